"""Checks bench/gold/heldout21's labels against the OCR text of the frozen worktree.

    PYTHONPATH=/tmp/wt_h21 /work/main/.venv/bin/python bench/gold/heldout21/check_labels.py

(run from /tmp). Reads report.pdf and annex.pdf with ingest.read_file, splits each line with
nlp.sentences.split_sentences, and checks: every prose `sentence` is one OCR sentence and lies
in the text (whitespace folded); every `text` lies in its `sentence`; table rows are lines of
source_*.txt; no (doc, sentence, text, value) twice; every digit run of a labelled prose
sentence is covered by a label's text or is listed below as a negative. Prints the counts.
"""

import collections
import json
import re
from pathlib import Path

from ingest import read_file
from nlp.sentences import split_sentences

HERE = Path(__file__).resolve().parent
NEGATIVE = {"30/6/2026", "2025", "6", "50/2024/QH15", "2026", "2027"}


def fold(s):
    return " ".join(s.split())


texts, sents = {}, {}
for name in ("report", "annex"):
    doc = f"bench/gold/heldout21/{name}.pdf"
    texts[doc] = read_file(str(HERE / f"{name}.pdf")).text
    sents[doc] = [
        s.text if hasattr(s, "text") else s
        for line in texts[doc].split("\n")
        for s in split_sentences(line)
    ]
source = {
    "bench/gold/heldout21/report.pdf": (HERE / "source_report.txt").read_text("utf-8").splitlines(),
    "bench/gold/heldout21/annex.pdf": (HERE / "source_annex.txt").read_text("utf-8").splitlines(),
}
figs = [json.loads(line) for line in open(HERE / "figures.jsonl", encoding="utf-8")]
refs = [json.loads(line) for line in open(HERE / "references.jsonl", encoding="utf-8")]
seen = set()
for r in figs:
    assert r["text"] in r["sentence"], r
    assert "period" in r and "months" in r, r
    key = (r["doc"], r["sentence"], r["text"], r["value"])
    assert key not in seen, key
    seen.add(key)
    if r.get("table_row"):
        assert r["sentence"] in source[r["doc"]], r["sentence"]
    else:
        assert r["sentence"] in sents[r["doc"]], r["sentence"]
        assert fold(r["sentence"]) in fold(texts[r["doc"]])
for r in refs:
    assert r["sentence"] in sents[r["doc"]] and r["id"].replace(" ", "") in r["sentence"].replace(
        " ", ""
    ), r
# digit runs of labelled prose sentences
by_sentence = collections.defaultdict(list)
for r in figs:
    if not r.get("table_row"):
        by_sentence[r["sentence"]].append(r["text"])
for s, labelled in by_sentence.items():
    rest = s
    for t in sorted(labelled, key=len, reverse=True):
        rest = rest.replace(t, " ", 1)
    for run in re.findall(r"[\d][\d.,/]*\d|\d", rest):
        assert run in NEGATIVE, (run, s)
c = collections.Counter
print("figures", len(figs), "references", len(refs))
for doc in texts:
    fs = [r for r in figs if r["doc"] == doc]
    for part, sel in (
        ("prose", [r for r in fs if not r.get("table_row")]),
        ("table", [r for r in fs if r.get("table_row")]),
    ):
        print(
            doc.split("/")[-1],
            part,
            len(sel),
            dict(c(r["kind"] for r in sel)),
            "sentences",
            len({r["sentence"] for r in sel}),
            "indicator",
            sum(r["indicator"] is not None for r in sel),
            dict(c(r["qualifier"] for r in sel)),
            "months",
            dict(c(r["months"] for r in sel)),
            "period",
            dict(c(r["period"] for r in sel)),
        )
print("indicators", sorted(c(r["indicator"] for r in figs if r["indicator"]).items()))
for doc in texts:
    labelled = {r["sentence"] for r in figs + refs if r["doc"] == doc}
    for s in sents[doc]:
        if re.search(r"\d", s) and s not in labelled:
            print("unlabelled with digits:", doc.split("/")[-1], repr(s[:110]))
print("ok")
