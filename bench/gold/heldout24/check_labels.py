"""heldout24 checks (run after make_pages.py, read_pages.py and make_labels.py):

- figures.jsonl / references.jsonl: valid JSON, keys in order, `doc` one of the four pages,
  `text` in `sentence`, the value agrees with its text (separators, scale words, "đồng" money;
  a range's lower end "50" of "từ 50 đến 70/80 triệu đồng" takes the upper end's scale),
  `denominator` with "n/N", indicators from nlp/data/indicators.json (read as data),
  qualifiers agree with the cue words of `text`, kinds/periods/months well formed, no repeated
  (doc, sentence, text);
- every sentence without "absent" is one of its page's sentences (sentences.json) and lies in
  ingested/<name>.txt with whitespace folded; every "absent" sentence lies in the saved HTML
  (tags stripped) and not in the ingested text;
- every digit run of a labelled sentence is a label's text or a listed negative; ingested
  sentences with a digit and no label are printed (the furniture the reader kept, and story
  sentences whose numbers are all negatives), for review.

Run:  /work/main/.venv/bin/python bench/gold/heldout24/check_labels.py
"""

import html
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
NAMES = {f"bench/gold/heldout24/{n}.html": n for n in ("joomla", "national", "district", "paged")}
KEYS = ["doc", "sentence", "text", "value", "denominator", "unit", "qualifier", "kind"]
KEYS += ["indicator", "period", "months"]
SCALE = {"nghìn": 1e3, "triệu": 1e6, "tỷ": 1e9}
CUES = [  # (words in `text`, the qualifier they give), first match wins
    (("ít nhất", "trở lên"), "at_least"),
    (("hơn", "Hơn", "trên"), "over"),
    (("khoảng", "gần", "ước đạt"), "about"),
]
# texts whose qualifier lies outside them: range ends and "từ 40 CĐCS trở lên" / "từ 70 sáng
# kiến trở lên" / "105% dự toán trở lên"
BARE = {
    ("joomla", "50"): "at_least",
    ("joomla", "70 triệu đồng"): "at_most",
    ("joomla", "40"): "at_least",
    ("joomla", "105%"): "at_least",
    ("national", "800.000 đồng"): "at_least",
    ("national", "1,5 triệu đồng"): "at_most",
    ("national", "10%"): "at_least",
    ("national", "50%"): "at_most",
    ("district", "70"): "at_least",
    ("paged", "50"): "at_least",
    ("paged", "80 triệu đồng"): "at_most",
}
# digit runs of labelled sentences that are not figures: dates, times, years, document
# numbers, spans of months, a duration, a name with a digit
NEGATIVE = {
    "31/12/2025",
    "30/6/2026",
    "2025",
    "2026",
    "2024",
    "8/2",
    "11:15",
    "10:00",
    "08:45",
    "07:30",
    "0",  # Phiên chợ “0 đồng” (a name)
    "6",  # "6 tháng"
    "2",  # "trong vòng 2 ngày" (paged) — only where no label "2" is in the sentence
    "12/6/2021",
    "05/7/2025",
    "28/10/2025",
    "12/6/2025",
    "9/7/2026",
    "14/01/2026",
    "24/01/2026",
}
DOCNUM = re.compile(r"\d+/\d{4}/(?:QH|NĐ-CP)\d*|\d+[-/][A-ZĐ][\w/-]*")


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
    cat = json.load(open(ROOT / "nlp/data/indicators.json", encoding="utf-8"))
    ids = {e["id"] for e in cat}
    sents = json.loads((HERE / "sentences.json").read_text(encoding="utf-8"))
    text, page = {}, {}
    for doc, name in NAMES.items():
        text[doc] = fold((HERE / "ingested" / f"{name}.txt").read_text(encoding="utf-8"))
        raw = (HERE / f"{name}.html").read_text(encoding="utf-8")
        page[doc] = fold(html.unescape(re.sub(r"<[^>]+>", " ", raw)))

    seen = Counter()
    for r in figs:
        want = KEYS + (["absent"] if r.get("absent") else [])
        if list(r) != want:
            bad("keys", list(r))
            continue
        doc, s, t = r["doc"], r["sentence"], r["text"]
        if doc not in NAMES:
            bad("doc", doc)
            continue
        name = NAMES[doc]
        seen[(doc, s, t)] += 1
        if t not in s:
            bad("text not in sentence", t, s)
        if r.get("absent"):
            if r["absent"] is not True or fold(s) in text[doc] or fold(s) not in page[doc]:
                bad("absent sentence", s)
        elif s not in sents[doc] or fold(s) not in text[doc]:
            bad("sentence not in the ingested text", s)
        v = parse(t)
        if BARE.get((name, t)) == "at_least" and r["unit"] == "đồng" and "đồng" not in t:
            v *= 1e6  # "từ 50 đến 70 triệu đồng": the upper end's scale
        elif r["unit"] == "đồng" and "đồng" not in t:
            bad("money text without đồng", t)
        if abs(v - r["value"]) > 1e-6 * max(1, abs(v)):
            bad("value", t, r["value"], v)
        if "/" in t:
            den = parse(t.split("/")[1])
            if r["denominator"] != den:
                bad("denominator", t, r["denominator"])
        elif r["denominator"] is not None:
            bad("denominator without a ratio", t)
        q = next((q for words, q in CUES if any(w in t for w in words)), None)
        q = q or BARE.get((name, t), "exact")
        if r["qualifier"] != q:
            bad("qualifier", t, r["qualifier"], q)
        if r["unit"] != r["unit"].lower() or (r["unit"] == "%") != ("%" in t):
            bad("unit", t, r["unit"])
        if r["kind"] not in ("achievement", "target"):
            bad("kind", r["kind"])
        if r["indicator"] is not None and r["indicator"] not in ids:
            bad("indicator", r["indicator"])
        if r["period"] not in {"2025", "2026"}:
            bad("period", r["period"])
        if r["months"] not in {None, "01-06", "07-12"}:
            bad("months", r["months"])
        if r["months"] and name != "paged":
            bad("months outside the six-month page", t)
    for k, n in seen.items():
        if n > 1:
            bad("repeated", k)

    for r in refs:
        if list(r) != ["doc", "sentence", "id", "type", "date"]:
            bad("ref keys", list(r))
        if r["sentence"] not in sents[r["doc"]] or r["id"] not in re.sub(r"\s", "", r["sentence"]):
            bad("ref", r)

    # digit runs: every run of a labelled sentence is a label or a negative
    labels = {}
    for r in figs:
        labels.setdefault((r["doc"], r["sentence"]), []).append(r["text"])
    for (_doc, s), texts in labels.items():
        rest = DOCNUM.sub(" ", re.sub(r"^\| \d+ \|", "|", s))  # a table row's TT cell
        for t in sorted(texts, key=len, reverse=True):
            rest = re.sub(rf"(?<!\d){re.escape(t)}(?!\d)", " ", rest, count=1)
        for run in re.findall(r"\d[\d.,:/]*\d|\d", rest):
            if run not in NEGATIVE:
                bad("unlabelled number", run, "in", s)
    print("\nsentences with a digit and no figure label (review):")
    for doc, ss in sents.items():
        for s in ss:
            if re.search(r"\d", s) and (doc, s) not in labels:
                print(f"  {NAMES[doc]:8} | {s}")

    kinds = Counter((NAMES[r["doc"]], r["kind"]) for r in figs)
    print("\nfigures:", len(figs), dict(kinds))
    print("references:", len(refs))
    print("errors:", errors)
    return errors


if __name__ == "__main__":
    raise SystemExit(1 if main() else 0)
