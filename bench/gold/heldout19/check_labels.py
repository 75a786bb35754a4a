"""heldout19 checks (run after make_report.py, make_stats.py, print_pdfs.sh, make_labels.py):

- figures.jsonl / references.jsonl: keys in order, `text` in `sentence`, values agree with
  their text, indicators from nlp/data/indicators.json, qualifiers/kinds/periods/months well
  formed, no repeated (doc, sentence, text);
- every prose sentence is a sent_tokenize sentence of its source (source_report.txt for the
  report, stats.txt itself) and, for report.pdf, lies in `pdftotext` of the PDF (whitespace
  folded); every table_row sentence is a printed row of its source (a name continued on the
  next paragraph joined), or a label/value line written "label value"; the `text` of every
  table record of the PDF is in `pdftotext`'s output;
- report.docx: its paragraphs (python-docx) are the source lines; w:defaultTabStop is 567
  (1 cm); style "Bang so lieu" holds the five tab stops in its pPr and every table A paragraph
  has that style and nothing else in its pPr (no w:tabs); the only w:tbl are the letterhead
  and the signature block;
- stats.txt: UTF-8 without BOM, CRLF, every tab-separated row with the same number of tabs;
- the source sentences and rows with a digit that carry no label are printed for review.

Run:  .venv/bin/python bench/gold/heldout19/check_labels.py
"""

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
from make_labels import SRC, TAB, fold, is_tab_prose  # noqa: E402

KEYS = [
    "doc",
    "sentence",
    "text",
    "value",
    "denominator",
    "unit",
    "qualifier",
    "kind",
    "indicator",
    "period",
]
SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def parse(text):
    m = re.search(r"\d[\d.]*(?:,\d+)?", text)
    num = float(m.group().replace(".", "").replace(",", "."))
    if re.search(r"\d/\d", text):
        num = float(text.split("/")[0].replace(".", ""))
    for w, k in SCALE.items():
        if w in text:
            num *= k
    return num


def main():
    figs = [json.loads(x) for x in open(HERE / "figures.jsonl", encoding="utf-8")]
    refs = [json.loads(x) for x in open(HERE / "references.jsonl", encoding="utf-8")]
    ids = {e["id"] for e in json.load(open(ROOT / "nlp/data/indicators.json", encoding="utf-8"))}
    pdf = fold(
        subprocess.run(
            ["pdftotext", str(HERE / "report.pdf"), "-"], capture_output=True, text=True
        ).stdout
    )
    errors = 0

    def bad(*a):
        nonlocal errors
        errors += 1
        print("ERROR", *a)

    def name_of(doc):
        return Path(doc).stem

    seen = set()
    for r in figs:
        want = KEYS + (["table_row"] if r.get("table_row") else []) + ["months"]
        if list(r) != want:
            bad("keys", list(r))
        name = name_of(r["doc"])
        prose, rows = SRC[name]
        if r["text"] not in r["sentence"]:
            bad("text not in sentence", r["text"], r["sentence"])
        v = parse(r["text"])
        if r.get("table_row") and r["unit"] == "đồng" and "đồng" not in r["text"]:
            v *= 1e6  # "Triệu đồng" / "Số tiền (triệu đồng)" cells
        if abs(v - r["value"]) > 1e-6 * max(1, abs(v)):
            bad("value", r["text"], r["value"], v)
        if r["indicator"] is not None and r["indicator"] not in ids:
            bad("indicator", r["indicator"])
        if r["denominator"] is not None and r["denominator"] != int(
            r["text"].split("/")[1].replace(".", "")
        ):
            bad("denominator", r)
        if r["denominator"] is None and re.search(r"\d/\d", r["text"]):
            bad("ratio without denominator", r)
        if r["qualifier"] not in ("exact", "about", "over", "under", "at_least", "at_most"):
            bad("qualifier", r)
        if r["kind"] not in ("target", "achievement"):
            bad("kind", r)
        if not re.fullmatch(r"\d{4}", r["period"] or "") or (
            r["months"] is not None
            and not re.fullmatch(r"(0[1-9]|1[0-2])-(0[1-9]|1[0-2])", r["months"])
        ):
            bad("period/months", r)
        k = (r["doc"], r["sentence"], r["text"])
        if k in seen:
            bad("repeat", k)
        seen.add(k)
        if r.get("table_row"):
            lines = {x.replace(" | ", " ", 1) for x in rows if x.count(" | ") == 1}
            if r["sentence"] not in rows and r["sentence"] not in lines:
                bad("row not printed", r["sentence"])
            if r["doc"].endswith(".pdf") and r["text"] not in pdf:
                bad("cell text not in pdftotext", r["doc"], r["text"])
        else:
            if r["sentence"] not in prose:
                bad("sentence not in source", r["sentence"])
            if r["doc"].endswith(".pdf") and fold(r["sentence"]) not in pdf:
                bad("sentence not in pdftotext", r["doc"], r["sentence"])
    # the .docx and the .pdf hold the same records
    key = lambda r: (r["sentence"], r["text"], json.dumps(r, ensure_ascii=False, sort_keys=True))  # noqa: E731
    dx = sorted(key({**r, "doc": ""}) for r in figs if r["doc"].endswith(".docx"))
    px = sorted(key({**r, "doc": ""}) for r in figs if r["doc"].endswith(".pdf"))
    if dx != px:
        bad("docx and pdf records differ")
    for r in refs:
        name = name_of(r["doc"])
        if r["sentence"] not in SRC[name][0] or r["id"] not in r["sentence"].replace(" ", ""):
            bad("ref", r)
        if r["doc"].endswith(".pdf") and fold(r["sentence"]) not in pdf:
            bad("ref sentence not in pdftotext", r)
        if r["type"] not in (
            "Nghị quyết",
            "Chỉ thị",
            "Quyết định",
            "Nghị định",
            "Kế hoạch",
            "Chương trình",
            "Thông tư",
            "Luật",
            "Kết luận",
            "Hướng dẫn",
            "Công văn",
            "other",
        ):
            bad("ref type", r)

    # ---- report.docx: text, default stop, style, tables ------------------------------
    src_lines = (HERE / "source_report.txt").read_text(encoding="utf-8").splitlines()
    d = Document(HERE / "report.docx")
    paras = []
    for block in d.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[1]
        if tag == "p":
            paras.append(block)
        elif tag == "tbl":
            paras.extend(block.iter(f"{W}p"))
    got = [Paragraph(p, d).text.replace("\t", TAB) for p in paras]
    got = [t for t in got if t.strip()]
    if got != src_lines:
        bad("docx text differs from source")
        for a, b in zip(got, src_lines, strict=False):
            if a != b:
                print("   docx:", a, "\n   src: ", b)
                break
    z = zipfile.ZipFile(HERE / "report.docx")
    settings = z.read("word/settings.xml").decode()
    if '<w:defaultTabStop w:val="567"/>' not in settings:
        bad("defaultTabStop is not 567")
    style = d.styles["Bang so lieu"]
    stops = [
        (t.get(qn("w:val")), int(t.get(qn("w:pos"))))
        for t in style.element.pPr.find(qn("w:tabs")).findall(qn("w:tab"))
    ]
    if stops != [
        ("left", 567),
        ("center", 4535),
        ("right", 6236),
        ("right", 7597),
        ("right", 8844),
    ]:
        bad("style stops", stops)
    styled = [p for p in paras if Paragraph(p, d).style.name == "Bang so lieu"]
    for p in styled:
        ppr = p.find(f"{W}pPr")
        kids = [c.tag.rsplit("}", 1)[1] for c in ppr] if ppr is not None else []
        if kids != ["pStyle"]:
            bad("table A paragraph has its own pPr", kids, Paragraph(p, d).text)
    xml = z.read("word/document.xml").decode()
    n_tbl = xml.count("<w:tbl>")
    with_tabs = sum(1 for p in paras if p.find(f"{W}pPr/{W}tabs") is not None)
    print(
        f"report.docx: {len(styled)} paragraphs in style 'Bang so lieu', {with_tabs} with their "
        f"own w:tabs, {n_tbl} w:tbl"
    )
    if len(styled) != 11 or n_tbl != 2:
        bad("table A paragraphs / w:tbl count", len(styled), n_tbl)

    # ---- stats.txt ---------------------------------------------------------------------
    raw = (HERE / "stats.txt").read_bytes()
    if raw.startswith(b"\xef\xbb\xbf") or b"\n" in raw.replace(b"\r\n", b""):
        bad("stats.txt: BOM or a bare LF")
    tabs = {ln.count("\t") for ln in raw.decode("utf-8").split("\r\n") if "\t" in ln}
    if tabs != {4}:
        bad("stats.txt rows differ in tab count", tabs)

    # ---- unlabelled source sentences / rows with a digit, for review --------------------
    labelled = {(name_of(r["doc"]), r["sentence"]) for r in figs}
    for name, (prose, _rows) in SRC.items():
        for s in prose:
            if re.search(r"\d", s) and (name, s) not in labelled:
                print("  no figure:", name, "|", s[:140])
    for ln in src_lines:
        if "⇥" in ln and not is_tab_prose(ln) and re.search(r"\d", ln):
            cells = [fold(c) for c in ln.split("⇥")]
            nums = [c for c in cells[1:] if re.fullmatch(r"[0-9.,]+", c)]
            tail = " | ".join(nums) if len(cells) > 2 else " ".join(cells)
            if not nums and len(cells) > 2 or not any(tail in s for _, s in labelled):
                print("  no figure (row):", ln)

    per = {}
    for r in figs:
        per.setdefault(r["doc"], [0, 0])
        per[r["doc"]][0] += 1
        per[r["doc"]][1] += bool(r.get("table_row"))
    for k, (n, t) in per.items():
        print(f"{k}: {n} figures, {t} table_row")
    print(len(refs), "references;", errors, "errors")
    return errors


if __name__ == "__main__":
    raise SystemExit(1 if main() else 0)
