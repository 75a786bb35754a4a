"""heldout23 checks (run after make_pages.py, make_pdf.py, read_pages.py and make_labels.py).

- site.json: one entry per file, each file present, the notice links to the PDF's path;
- figures.jsonl / references.jsonl: valid JSON, keys in order, `doc` one of the set's files,
  none for notice.html's figures, `text` in `sentence`, values agree with their text (scale
  words, "Triệu đồng" table cells x 1e6, the lower end of "từ 60 đến 80 triệu đồng"),
  denominators agree with ratios, indicators from nlp/data/indicators.json (read as data),
  qualifiers agree with the cue words of `text`, periods/months from the allowed ones, no
  repeated (doc, sentence, text);
- every record without "absent" has a sentence of sentences.json that lies in
  ingested/<file>.txt with whitespace folded; every "absent" record's sentence is in the page
  (tags stripped) and not in the ingested text;
- every digit run of a labelled sentence is a label's text or a listed negative; the ingested
  sentences with a digit and no label are printed for review (the furniture the reader kept,
  headings, dates).

Run:  /work/main/.venv/bin/python bench/gold/heldout23/check_labels.py
"""

import html
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
FILES = ["portal.html", "blog.html", "newspaper.html", "notice.html", "bao-cao.pdf"]
DOCS = {f"bench/gold/heldout23/{n}": n for n in FILES}
KEYS = ["doc", "sentence", "text", "value", "denominator", "unit", "qualifier", "kind"]
KEYS += ["indicator", "period", "months"]
SCALE = {"nghìn": 1e3, "triệu": 1e6, "tỷ": 1e9}
TYPES = {"Nghị quyết", "Chỉ thị", "Quyết định", "Nghị định", "Kế hoạch", "Chương trình"}
TYPES |= {"Thông tư", "Luật", "Kết luận", "Hướng dẫn", "Công văn", "other"}
PERIODS = {"2026", "2027"}
MONTHS = {None, "01-11"}
CUES = [  # (words in `text`, the qualifier they give), first match wins
    (("ít nhất", "không dưới", "trở lên"), "at_least"),
    (("hơn", "Hơn", "trên", "Trên"), "over"),
    (("khoảng", "gần", "ước đạt"), "about"),
]
# texts whose qualifier lies outside them: "từ 85 / 30 CĐCS trở lên", the ends of "từ 60 đến
# 80 triệu đồng"
BARE = {"85": "at_least", "30": "at_least", "60": "at_least", "80 triệu đồng": "at_most"}
# digit runs of labelled sentences that are not figures
NEGATIVE = {
    "30/11/2026",  # a day counted to
    "2025",
    "2026",
    "2027",  # years, Tết Đinh Mùi 2027
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",  # the PDF table's row numbers (TT)
}
DOCNUM = re.compile(r"\d+/\d{4}/QH\d+|\d+[-/][A-ZĐ][\w/-]*")  # 50/2024/QH15, 02-NQ/TW


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def page_text(name):
    raw = (HERE / name).read_text(encoding="utf-8")
    raw = re.sub(r"(?s)<(script|style|head)\b.*?</\1>", " ", raw)
    return fold(html.unescape(re.sub(r"<[^>]+>", " ", raw)))


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

    site = json.loads((HERE / "site.json").read_text(encoding="utf-8"))
    if sorted(e["file"] for e in site) != sorted(FILES):
        bad("site.json files", [e["file"] for e in site])
    for e in site:
        if not (HERE / e["file"]).is_file() or not e["path"].startswith("/"):
            bad("site.json entry", e)
    pdf_path = next(e["path"] for e in site if e["file"] == "bao-cao.pdf")
    if f'href="{pdf_path}"' not in (HERE / "notice.html").read_text(encoding="utf-8"):
        bad("notice.html does not link to", pdf_path)

    figs = [json.loads(x) for x in open(HERE / "figures.jsonl", encoding="utf-8")]
    refs = [json.loads(x) for x in open(HERE / "references.jsonl", encoding="utf-8")]
    ids = {e["id"] for e in json.load(open(ROOT / "nlp/data/indicators.json", encoding="utf-8"))}
    sents = json.loads((HERE / "sentences.json").read_text(encoding="utf-8"))
    text = {d: fold((HERE / "ingested" / f"{n}.txt").read_text("utf-8")) for d, n in DOCS.items()}

    seen = set()
    for r in figs:
        want = KEYS + (["absent"] if "absent" in r else [])
        if list(r) != want or r.get("absent", True) is not True:
            bad("keys", list(r))
            continue
        if r["doc"] not in DOCS or r["doc"].endswith("notice.html"):
            bad("doc", r["doc"])
            continue
        if r["text"] not in r["sentence"]:
            bad("text not in sentence", r["text"], r["sentence"])
        v = parse(r["text"])
        if (
            r["sentence"].startswith(("| ", "7 |"))
            and r["unit"] == "đồng"
            and "đồng" not in r["text"]
        ):
            v *= 1e6  # the "(triệu đồng)" / "Triệu đồng" table cells
        if r["unit"] == "đồng" and r["text"] == "60":
            v *= 1e6  # "từ 60 đến 80 triệu đồng": the upper end's scale word
        if abs(v - r["value"]) > 1e-6 * max(1, abs(v)):
            bad("value", r["text"], r["value"], v)
        if r["indicator"] is not None and r["indicator"] not in ids:
            bad("indicator", r["indicator"])
        if "/" in r["text"]:
            if r["denominator"] != int(r["text"].split("/")[1].replace(".", "")):
                bad("denominator", r)
        elif r["denominator"] is not None:
            bad("denominator without ratio", r)
        if r["unit"] != r["unit"].lower():
            bad("unit case", r["unit"])
        cue = next((q for words, q in CUES if any(w in r["text"] for w in words)), "exact")
        cue = BARE.get(r["text"], cue) if r["qualifier"] != "exact" else cue
        if cue != r["qualifier"]:
            bad("qualifier", r["qualifier"], "for", r["text"])
        if r["kind"] not in ("target", "achievement"):
            bad("kind", r)
        if r["period"] not in PERIODS or r["months"] not in MONTHS:
            bad("period/months", r["period"], r["months"], r["text"])
        if (r["period"] == "2027") != (r["kind"] == "target") and "Kế hoạch" not in r["sentence"]:
            if not r["sentence"].startswith(tuple("1234567")):
                bad("a 2027 figure should be a target and the reverse", r["text"], r["sentence"])
        if r["months"] == "01-11" and "30/11/2026" not in r["sentence"]:
            bad("months 01-11 without the day counted to", r["sentence"])
        k = (r["doc"], r["sentence"], r["text"])
        if k in seen:
            bad("repeat", k)
        seen.add(k)
        if r.get("absent"):
            if fold(r["sentence"]) in text[r["doc"]]:
                bad("absent but ingested", r["sentence"])
            if fold(r["sentence"]) not in page_text(DOCS[r["doc"]]):
                bad("absent sentence not on the page", r["sentence"])
        elif r["sentence"] not in sents[r["doc"]] or fold(r["sentence"]) not in text[r["doc"]]:
            bad("sentence not in the ingested text", r["sentence"])
    for r in refs:
        if list(r) != ["doc", "sentence", "id", "type", "date"]:
            bad("ref keys", r)
            continue
        if r["doc"] not in DOCS or r["sentence"] not in sents[r["doc"]]:
            bad("ref sentence", r)
        elif r["id"] not in re.sub(r"\s+", "", r["sentence"]):
            bad("ref id", r)
        if r["type"] not in TYPES:
            bad("ref type", r)
        if r["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]):
            bad("ref date", r)

    # every digit run of a labelled sentence is a label or a negative
    by_sentence = {}
    for r in figs:
        by_sentence.setdefault((r["doc"], r["sentence"]), []).append(r["text"])
    for (_, s), texts in by_sentence.items():
        rest = DOCNUM.sub(" ", s)
        for t in sorted(texts, key=len, reverse=True):
            after = r"(?![\d/]|[.,]\d)" if t[-1].isdigit() else ""
            rest = re.sub(r"(?<![\d.,/])" + re.escape(t) + after, " ", rest, count=1)
        for run in re.findall(r"\d[\d.,/]*\d|\d", rest):
            if run not in NEGATIVE:
                bad("unlabelled number", run, "in", s[:90])

    # review: ingested sentences with a digit and no label
    with_label = {(r["doc"], r["sentence"]) for r in figs + refs}
    for d, ss in sents.items():
        for s in ss:
            if re.search(r"\d", s) and (d, s) not in with_label:
                print(f"  no label ({DOCS[d]}):", s[:110])

    for d, name in DOCS.items():
        group = [r for r in figs if r["doc"] == d]
        if not group:
            continue
        print(
            f"{name}: {len(group)} figures in {len({r['sentence'] for r in group})} sentences;",
            dict(Counter(r["kind"] for r in group)),
            dict(Counter(r["qualifier"] for r in group)),
            "indicator:",
            sum(r["indicator"] is not None for r in group),
            "absent:",
            sum(bool(r.get("absent")) for r in group),
            "periods",
            dict(Counter(r["period"] for r in group)),
            "months",
            dict(Counter(r["months"] for r in group)),
        )
    print("indicators", sorted(Counter(r["indicator"] for r in figs if r["indicator"]).items()))
    print("references by doc", dict(Counter(DOCS[r["doc"]] for r in refs)))
    print(len(figs), "figures;", len(refs), "references;", errors, "errors")
    return errors


if __name__ == "__main__":
    raise SystemExit(1 if main() else 0)
