"""heldout22 checks (run after make_pages.py, make_photos.py, make_tif.py, make_flat.py,
read_ocr.py and make_labels.py):

- the three files are what the set says: report.pdf two pages, each one RGB JPEG image and no
  text or font; notice.jpg a landscape (sensor-order) JPEG with EXIF Orientation 6 and a
  phone's Make/Model; scan.tif two 1-bit Group 4 frames at 300 dpi;
- figures.jsonl / references.jsonl: valid JSON, keys in order, `doc` one of the three files
  (never a flat one), `text` in `sentence`, values agree with their text (scale words,
  spelled-out "hai", "Triệu đồng" table cells x 1e6), indicators from nlp/data/indicators.json
  (read as data), qualifiers agree with the cue words of `text`, kinds/periods/months well
  formed, no repeated (doc, sentence, text);
- every prose sentence is one of its document's OCR sentences (ocr_sentences.json) and lies
  in flat/<name>_ocr.txt with whitespace folded; every table_row sentence is a printed row of
  source_<name>.txt;
- every number cell of every printed table row is labelled exactly once; every digit run of
  a labelled prose sentence is a label's text or a listed negative; OCR sentences with a digit
  and no label are printed for review.

Run:  /work/main/.venv/bin/python bench/gold/heldout22/check_labels.py
"""

import json
import re
from collections import Counter
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
NAMES = {
    "bench/gold/heldout22/report.pdf": "report",
    "bench/gold/heldout22/notice.jpg": "notice",
    "bench/gold/heldout22/scan.tif": "scan",
}
KEYS = ["doc", "sentence", "text", "value", "denominator", "unit", "qualifier", "kind"]
KEYS += ["indicator", "period"]
SCALE = {"nghìn": 1e3, "triệu": 1e6, "tỷ": 1e9}
WORDS = {"hai": 2}
TYPES = {"Nghị quyết", "Chỉ thị", "Quyết định", "Nghị định", "Kế hoạch", "Chương trình"}
TYPES |= {"Thông tư", "Luật", "Kết luận", "Hướng dẫn", "Công văn", "other"}
MONTHS = {
    "report": {None, "01-11"},
    "notice": {"05-05", "01-05", "07-12"},
    "scan": {None, "01-06", "07-12"},
}
PERIODS = {"report": {"2025", "2026"}, "notice": {"2026"}, "scan": {"2026", "2027"}}
CUES = [  # (words in `text`, the qualifier they give), first match wins
    (("ít nhất", "không dưới", "trở lên"), "at_least"),
    (("hơn", "trên", "Trên"), "over"),
    (("khoảng", "gần", "ước đạt"), "about"),
]
# digit runs of labelled prose sentences that are not figures (dates, years, numbers of
# documents, durations, a month, a section number)
NEGATIVE = {
    "30/11/2025",
    "2025",
    "2026",
    "2027",
    "5",  # "5 tháng đầu năm 2026" (a span), "mục 5"
    "6",  # "6 tháng" (a span)
    "31/5/2026",
    "30/6/2026",
    "2019",  # "Bộ luật Lao động năm 2019"
    "01/7/2025",
    "0",  # "s0 với" (the OCR's "so với")
}
# texts whose qualifier lies outside them: "từ 40 CĐCS trở lên", "từ 6 CĐCS trở lên", the two
# ends of "từ 50 đến 80 triệu đồng"
BARE = {"40": "at_least", "6": "at_least", "50": "at_least", "80 triệu đồng": "at_most"}
DOCNUM = re.compile(r"\d+/\d{4}/QH\d+|\d+[-/][A-ZĐ][\w/-]*")  # 50/2024/QH15, 02-NQ/TW


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def parse(text):
    for w, v in WORDS.items():
        if text == w:
            return float(v)
    m = re.search(r"\d[\d.]*(?:,\d+)?", text)
    num = float(m.group().replace(".", "").replace(",", "."))
    for w, k in SCALE.items():
        if w in text:
            num *= k
    return num


def check_files(bad):
    pdf = (HERE / "report.pdf").read_bytes()
    if pdf.count(b"/Type /Page ") != 2 or pdf.count(b"/DCTDecode") != 2:
        bad("report.pdf: not two pages of one JPEG each")
    if b"/Font" in pdf or b"BT" in pdf.split(b"stream")[0]:
        bad("report.pdf has text")
    for m in re.finditer(rb"/Width (\d+) /Height (\d+) /ColorSpace /DeviceRGB", pdf):
        if (int(m.group(1)), int(m.group(2))) != (3024, 4032):
            bad("report.pdf photo size", m.groups())
    jpg = Image.open(HERE / "notice.jpg")
    exif = jpg.getexif()
    if jpg.format != "JPEG" or jpg.mode != "RGB" or jpg.size != (4032, 3024):
        bad("notice.jpg", jpg.format, jpg.mode, jpg.size)
    if exif.get(0x0112) != 6 or not exif.get(0x010F) or not exif.get(0x0110):
        bad("notice.jpg EXIF", dict(exif))
    tif = Image.open(HERE / "scan.tif")
    if tif.n_frames != 2:
        bad("scan.tif frames", tif.n_frames)
    for k in range(tif.n_frames):
        tif.seek(k)
        if tif.mode != "1" or tif.info.get("compression") != "group4":
            bad("scan.tif frame", k, tif.mode, tif.info.get("compression"))
        if tuple(round(x) for x in tif.info.get("dpi", (0, 0))) != (300, 300):
            bad("scan.tif dpi", tif.info.get("dpi"))


def main():
    errors = 0

    def bad(*a):
        nonlocal errors
        errors += 1
        print("ERROR", *a)

    check_files(bad)
    figs = [json.loads(x) for x in open(HERE / "figures.jsonl", encoding="utf-8")]
    refs = [json.loads(x) for x in open(HERE / "references.jsonl", encoding="utf-8")]
    ids = {e["id"] for e in json.load(open(ROOT / "nlp/data/indicators.json", encoding="utf-8"))}
    sents = json.loads((HERE / "ocr_sentences.json").read_text(encoding="utf-8"))
    ocr, rows, source = {}, {}, {}
    for doc, name in NAMES.items():
        ocr[doc] = fold((HERE / "flat" / f"{name}_ocr.txt").read_text(encoding="utf-8"))
        source[doc] = (HERE / f"source_{name}.txt").read_text(encoding="utf-8").splitlines()
        rows[doc] = {ln for ln in source[doc] if " | " in ln}

    seen = set()
    for r in figs:
        want = KEYS + (["table_row"] if r.get("table_row") else []) + ["months"]
        if list(r) != want:
            bad("keys", list(r))
            continue
        if r["doc"] not in NAMES:
            bad("doc", r["doc"])
            continue
        name = NAMES[r["doc"]]
        if r["text"] not in r["sentence"]:
            bad("text not in sentence", r["text"], r["sentence"])
        v = parse(r["text"])
        if r.get("table_row") and r["unit"] == "đồng" and "đồng" not in r["text"]:
            v *= 1e6  # "Triệu đồng" cells
        if r["unit"] == "đồng" and r["text"] == "50":
            v *= 1e6  # "từ 50 đến 80 triệu đồng": the upper end's scale word
        if abs(v - r["value"]) > 1e-6 * max(1, abs(v)):
            bad("value", r["text"], r["value"], v)
        if r["indicator"] is not None and r["indicator"] not in ids:
            bad("indicator", r["indicator"])
        if "/" in r["text"]:
            if r["denominator"] != int(r["text"].split("/")[1].replace(".", "")):
                bad("denominator", r)
        elif r["denominator"] is not None:
            bad("denominator without ratio", r)
        cue = next((q for words, q in CUES if any(w in r["text"] for w in words)), "exact")
        cue = BARE.get(r["text"], cue) if r["qualifier"] != "exact" else cue
        if cue != r["qualifier"]:
            bad("qualifier", r["qualifier"], "for", r["text"])
        if r["kind"] not in ("target", "achievement"):
            bad("kind", r)
        if r["period"] not in PERIODS[name] or r["months"] not in MONTHS[name]:
            bad("period/months", r["period"], r["months"], r["text"], r["sentence"][:60])
        if r["months"] is not None and int(r["months"][:2]) > int(r["months"][3:]):
            bad("months", r["months"])
        k = (r["doc"], r["sentence"], r["text"])
        if k in seen:
            bad("repeat", k)
        seen.add(k)
        if r.get("table_row"):
            if r["sentence"] not in rows[r["doc"]]:
                bad("row not printed", r["sentence"])
        elif r["sentence"] not in sents[r["doc"]] or fold(r["sentence"]) not in ocr[r["doc"]]:
            bad("sentence not in OCR text", r["sentence"])
    for r in refs:
        if list(r) != ["doc", "sentence", "id", "type", "date"]:
            bad("ref keys", r)
            continue
        if r["doc"] not in NAMES or r["sentence"] not in sents[r["doc"]]:
            bad("ref sentence", r)
        elif r["id"] not in r["sentence"].replace(" ", ""):
            bad("ref id", r)
        if r["type"] not in TYPES:
            bad("ref type", r)
        if r["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]):
            bad("ref date", r)

    # every number cell of every printed row is labelled, once
    labelled = Counter((r["doc"], r["sentence"], r["text"]) for r in figs if r.get("table_row"))
    todo = []
    for doc in NAMES:
        for ln in rows[doc]:
            if ln.startswith("TT |"):
                continue
            cells = ["", *ln[2:].split(" | ")] if ln.startswith("| ") else ln.split(" | ")
            todo += [(doc, ln, c) for c in cells[2:] if re.fullmatch(r"\d[\d.]*(,\d+)?", c)]
    for k in todo:
        if labelled[k] != 1:
            bad("cell not labelled once", k)
    if sum(labelled.values()) != len(todo):
        bad("table records that are no printed cell", sum(labelled.values()), len(todo))

    # every digit run of a labelled prose sentence is a label or a negative
    by_sentence = {}
    for r in figs:
        if not r.get("table_row"):
            by_sentence.setdefault((r["doc"], r["sentence"]), []).append(r["text"])
    for (_, s), texts in by_sentence.items():
        rest = DOCNUM.sub(" ", s)
        for t in sorted(texts, key=len, reverse=True):
            if t.isalpha():
                continue
            after = r"(?![\d/]|[.,]\d)" if t[-1].isdigit() else ""
            rest = re.sub(r"(?<![\d.,/])" + re.escape(t) + after, " ", rest, count=1)
        for run in re.findall(r"\d[\d.,/]*\d|\d", rest):
            if run not in NEGATIVE:
                bad("unlabelled number", run, "in", s[:90])

    # review: OCR sentences with a digit and no label
    with_label = {(r["doc"], r["sentence"]) for r in figs + refs}
    for doc, ss in sents.items():
        for s in ss:
            if re.search(r"\d", s) and (doc, s) not in with_label:
                print(f"  no label ({NAMES[doc]}):", s[:120])

    for doc, name in NAMES.items():
        for part, group in (
            ("prose", [r for r in figs if r["doc"] == doc and not r.get("table_row")]),
            ("table", [r for r in figs if r["doc"] == doc and r.get("table_row")]),
        ):
            if not group:
                continue
            print(
                f"{name} {part}: {len(group)} figures in {len({r['sentence'] for r in group})} "
                f"sentences/rows;",
                dict(Counter(r["kind"] for r in group)),
                dict(Counter(r["qualifier"] for r in group)),
                "indicator:",
                sum(r["indicator"] is not None for r in group),
                "periods",
                dict(Counter(r["period"] for r in group)),
                "months",
                dict(Counter(r["months"] for r in group)),
            )
    print("indicators", sorted(Counter(r["indicator"] for r in figs if r["indicator"]).items()))
    print("references by doc", dict(Counter(NAMES[r["doc"]] for r in refs)))
    print(len(figs), "figures;", len(refs), "references;", errors, "errors")
    return errors


if __name__ == "__main__":
    raise SystemExit(1 if main() else 0)
