"""heldout20 checks (run after make_scan.py, the reader, make_labels.py):

- figures.jsonl / references.jsonl: valid JSON, keys in order, `text` in `sentence`, values
  agree with their text (scale words; "Triệu đồng" table cells × 1e6), indicators from
  nlp/data/indicators.json (read as data), qualifiers/kinds/periods/months well formed, no
  repeated (sentence, text);
- every prose sentence is a sentence of the OCR text (ocr_sentences.json) and lies in
  ocr_text.txt with whitespace folded; every table_row sentence is a printed row of
  source_scan.txt, or a leader line "label ⋯ value" written "label value";
- table rows and leader lines of source_scan.txt with a number are all labelled, every number
  cell of them once; OCR sentences with a digit and no label are printed for review.

Run:  /work/main/.venv/bin/python bench/gold/heldout20/check_labels.py
"""

import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
KEYS = ["doc", "sentence", "text", "value", "denominator", "unit", "qualifier", "kind"]
KEYS += ["indicator", "period"]
SCALE = {"nghìn": 1e3, "triệu": 1e6, "tỷ": 1e9}
TYPES = {"Nghị quyết", "Chỉ thị", "Quyết định", "Nghị định", "Kế hoạch", "Chương trình"}
TYPES |= {"Thông tư", "Luật", "Kết luận", "Hướng dẫn", "Công văn", "other"}


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def parse(text):
    m = re.search(r"\d[\d.]*(?:,\d+)?", text)
    num = float(m.group().replace(".", "").replace(",", "."))
    for w, k in SCALE.items():
        if w in text:
            num *= k
    return num


def main():
    errors = 0

    def bad(*a):
        nonlocal errors
        errors += 1
        print("ERROR", *a)

    figs = [json.loads(x) for x in open(HERE / "figures.jsonl", encoding="utf-8")]
    refs = [json.loads(x) for x in open(HERE / "references.jsonl", encoding="utf-8")]
    ids = {e["id"] for e in json.load(open(ROOT / "nlp/data/indicators.json", encoding="utf-8"))}
    sents = json.loads((HERE / "ocr_sentences.json").read_text(encoding="utf-8"))
    ocr = fold((HERE / "ocr_text.txt").read_text(encoding="utf-8"))
    source = (HERE / "source_scan.txt").read_text(encoding="utf-8").splitlines()
    rows = {ln for ln in source if " | " in ln or ln.startswith("| ")}
    leaders = {ln.replace(" ⋯ ", " ") for ln in source if " ⋯ " in ln}

    seen = set()
    for r in figs:
        want = KEYS + (["table_row"] if r.get("table_row") else []) + ["months"]
        if list(r) != want:
            bad("keys", list(r))
        if r["text"] not in r["sentence"]:
            bad("text not in sentence", r["text"], r["sentence"])
        v = parse(r["text"])
        if r.get("table_row") and r["unit"] == "đồng" and "đồng" not in r["text"]:
            v *= 1e6  # "Triệu đồng" cells
        if r["unit"] == "đồng" and r["text"] == "50":
            v *= 1e6  # "từ 50 đến 70 triệu đồng": the upper end's scale word
        if abs(v - r["value"]) > 1e-6 * max(1, abs(v)):
            bad("value", r["text"], r["value"], v)
        if r["indicator"] is not None and r["indicator"] not in ids:
            bad("indicator", r["indicator"])
        if "/" in r["text"]:
            if r["denominator"] != int(r["text"].split("/")[1].replace(".", "")):
                bad("denominator", r)
        elif r["denominator"] is not None:
            bad("denominator without ratio", r)
        if r["qualifier"] not in ("exact", "about", "over", "under", "at_least", "at_most"):
            bad("qualifier", r)
        if r["kind"] not in ("target", "achievement"):
            bad("kind", r)
        if r["period"] not in ("2025", "2026") or r["months"] not in (None, "01-11"):
            bad("period/months", r)
        k = (r["sentence"], r["text"])
        if k in seen:
            bad("repeat", k)
        seen.add(k)
        if r.get("table_row"):
            if r["sentence"] not in rows and r["sentence"] not in leaders:
                bad("row not printed", r["sentence"])
        elif r["sentence"] not in sents or fold(r["sentence"]) not in ocr:
            bad("sentence not in OCR text", r["sentence"])
    for r in refs:
        if list(r) != ["doc", "sentence", "id", "type", "date"]:
            bad("ref keys", r)
        if r["sentence"] not in sents or r["id"] not in r["sentence"].replace(" ", ""):
            bad("ref", r)
        if r["type"] not in TYPES:
            bad("ref type", r)

    # every number cell of every printed row / leader line is labelled, once
    labelled = Counter((r["sentence"], r["text"]) for r in figs if r.get("table_row"))
    todo = []
    for ln in rows:
        if not ln.startswith("TT |"):
            cells = ["", *ln[2:].split(" | ")] if ln.startswith("| ") else ln.split(" | ")
            todo += [(ln, c) for c in cells[2:] if re.fullmatch(r"\d[\d.]*(,\d+)?", c)]
    for ln in source:
        if " ⋯ " in ln:
            value = ln.split(" ⋯ ")[1]
            todo += [(ln.replace(" ⋯ ", " "), n) for n in re.findall(r"\d[\d.]*", value)]
    for k in todo:
        if labelled[k] != 1:
            bad("cell not labelled once", k)
    if sum(labelled.values()) != len(todo):
        bad("table records that are no printed cell", sum(labelled.values()), len(todo))
    # review: OCR sentences with a digit and no figure
    with_fig = {r["sentence"] for r in figs}
    for s in sents:
        if re.search(r"\d", s) and s not in with_fig:
            print("  no figure:", s[:150])

    prose = [r for r in figs if not r.get("table_row")]
    table = [r for r in figs if r.get("table_row")]
    for name, group in (("prose", prose), ("table", table)):
        print(
            f"{name}: {len(group)} figures in {len({r['sentence'] for r in group})} sentences;",
            dict(Counter(r["kind"] for r in group)),
            dict(Counter(r["qualifier"] for r in group)),
            "indicator:",
            sum(r["indicator"] is not None for r in group),
        )
    print("periods", dict(Counter(r["period"] for r in figs)))
    print("months", dict(Counter(r["months"] for r in figs)))
    print("indicators", dict(Counter(r["indicator"] for r in figs if r["indicator"])))
    print(len(figs), "figures;", len(refs), "references;", errors, "errors")
    return errors


if __name__ == "__main__":
    raise SystemExit(1 if main() else 0)
