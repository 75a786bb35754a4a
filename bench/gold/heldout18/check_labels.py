"""heldout18 checks (run after make_report.py, make_plan.py, print_pdfs.sh, make_labels.py):

- figures.jsonl / references.jsonl: keys in order, `text` in `sentence`, values agree with
  their text, indicators from nlp/data/indicators.json, no repeated (doc, sentence, text);
- every prose sentence lies in its source text and in `pdftotext` of the PDF (whitespace
  folded); every table_row sentence is a printed row of its source text, and the `text` of
  every table record of a PDF is in `pdftotext`'s output;
- the .docx paragraphs are the source text (read with python-docx), no w:tbl in plan.docx and
  only the letterhead and signature tables in report.docx;
- the source sentences and rows with a digit that carry no label are printed for review.

Run:  .venv/bin/python bench/gold/heldout18/check_labels.py
"""

import json
import re
import subprocess
import zipfile
from pathlib import Path

from docx import Document
from underthesea import sent_tokenize

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
TAB = " ⇥ "
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


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def parse(text):
    m = re.search(r"-?\d[\d.]*(?:,\d+)?", text)
    num = float(m.group().replace(".", "").replace(",", "."))
    if "/" in text and re.search(r"\d/\d", text):
        num = float(text.split("/")[0].replace(".", ""))
    for w, k in SCALE.items():
        if w in text:
            num *= k
    return num


def printed_rows(lines):
    out = set()
    for line in lines:
        cells = [fold(c) for c in line.split(TAB)]
        for collapse in (False, True):
            cs = [c for c in cells if c] if collapse else list(cells)
            while cs and cs[-1] == "":
                cs.pop()
            out.add(fold(" | ".join(cs)))
    return out


def main():
    figs = [json.loads(x) for x in open(HERE / "figures.jsonl", encoding="utf-8")]
    refs = [json.loads(x) for x in open(HERE / "references.jsonl", encoding="utf-8")]
    ids = {e["id"] for e in json.load(open(ROOT / "nlp/data/indicators.json", encoding="utf-8"))}
    src, prose, rows, pdf = {}, {}, {}, {}
    for name in ("report", "plan"):
        lines = (HERE / f"source_{name}.txt").read_text(encoding="utf-8").splitlines()
        src[name] = lines
        prose[name] = [s for ln in lines if "⇥" not in ln for s in sent_tokenize(ln)]
        rows[name] = printed_rows([ln for ln in lines if "⇥" in ln])
        pdf[name] = fold(
            subprocess.run(
                ["pdftotext", str(HERE / f"{name}.pdf"), "-"], capture_output=True, text=True
            ).stdout
        )
    errors = 0

    def bad(*a):
        nonlocal errors
        errors += 1
        print("ERROR", *a)

    seen = set()
    for r in figs:
        keys = list(r)
        want = KEYS + (["table_row"] if r.get("table_row") else []) + ["months"]
        if keys != want:
            bad("keys", keys)
        name = Path(r["doc"]).stem
        if r["text"] not in r["sentence"]:
            bad("text not in sentence", r["text"], r["sentence"])
        v = parse(r["text"])
        if r.get("table_row") and r["unit"] == "đồng" and "đồng" not in r["text"]:
            v *= 1e6  # "Triệu đồng" rows of table 1
        if abs(v - r["value"]) > 1e-6 * max(1, abs(v)):
            bad("value", r["text"], r["value"], v)
        if r["indicator"] is not None and r["indicator"] not in ids:
            bad("indicator", r["indicator"])
        if r["denominator"] is not None and r["denominator"] != int(
            r["text"].split("/")[1].replace(".", "")
        ):
            bad("denominator", r)
        if r["qualifier"] not in ("exact", "about", "over", "under", "at_least", "at_most"):
            bad("qualifier", r)
        if r["kind"] not in ("target", "achievement"):
            bad("kind", r)
        if not re.fullmatch(r"\d{4}", r["period"] or "") or (
            r["months"] and not re.fullmatch(r"\d\d-\d\d", r["months"])
        ):
            bad("period/months", r)
        k = (r["doc"], r["sentence"], r["text"])
        if k in seen:
            bad("repeat", k)
        seen.add(k)
        if r.get("table_row"):
            # a leader line's sentence is "label value" (make_labels.leader_line)
            leader_lines = {row.replace(" | ", " ") for row in rows[name] if row.count(" | ") == 1}
            if r["sentence"] not in rows[name] and r["sentence"] not in leader_lines:
                bad("row not printed", r["sentence"])
            if r["doc"].endswith(".pdf") and r["text"] not in pdf[name]:
                bad("cell text not in pdftotext", r["doc"], r["text"])
        else:
            if r["sentence"] not in prose[name]:
                bad("sentence not in source", r["sentence"])
            if fold(r["sentence"]) not in pdf[name]:
                bad("sentence not in pdftotext", r["doc"], r["sentence"])
    for r in refs:
        name = Path(r["doc"]).stem
        if r["sentence"] not in prose[name] or r["id"].replace(" ", "") not in r[
            "sentence"
        ].replace(" ", ""):
            bad("ref", r)
        if fold(r["sentence"]) not in pdf[name]:
            bad("ref sentence not in pdftotext", r)

    # the .docx holds the source text
    for name in ("report", "plan"):
        d = Document(HERE / f"{name}.docx")
        paras = []
        for block in d.element.body.iterchildren():
            tag = block.tag.rsplit("}", 1)[1]
            if tag == "p":
                paras.append(block)
            elif tag == "tbl":
                for cell_p in block.iter(
                    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
                ):
                    paras.append(cell_p)
        from docx.text.paragraph import Paragraph

        texts = [Paragraph(p, d).text for p in paras]
        texts = [t for t in texts if t.strip()]
        numbered = 0
        got = []
        for p, t in zip([p for p in paras if Paragraph(p, d).text.strip()], texts, strict=True):
            if (
                p.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}numPr")
                is not None
            ):
                numbered += 1
                t = f"{numbered}. ⇥ " + t.replace("\t", TAB)
            got.append(t.replace("\t", TAB))
        if got != src[name]:
            bad("docx text differs from source", name)
            for a, b in zip(got, src[name], strict=False):
                if a != b:
                    print("   docx:", a, "\n   src: ", b)
                    break
        xml = zipfile.ZipFile(HERE / f"{name}.docx").read("word/document.xml").decode()
        print(name, "w:tbl elements:", xml.count("<w:tbl>"), "numbered paragraphs:", numbered)

    # unlabelled source sentences / rows with a digit, for review
    labelled = {(Path(r["doc"]).stem, r["sentence"]) for r in figs}
    for name in ("report", "plan"):
        for s in prose[name]:
            if re.search(r"\d", s) and (name, s) not in labelled:
                print("  no figure:", name, "|", s[:150])
        for ln in src[name]:
            if "⇥" in ln and re.search(r"\d", ln):
                if not any((name, pr) in labelled for pr in printed_rows([ln])):
                    print("  no figure (row):", name, "|", ln)

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
