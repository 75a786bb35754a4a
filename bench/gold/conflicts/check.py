"""Check a conflicts gold set. Run from the repository root:

    .venv/bin/python bench/gold/conflicts/check.py [bench/gold/conflicts2]

(the folder of the set, this one by default).

For every pair of conflicts.jsonl (and every figure of catalogue.jsonl): the doc exists; the
text `ingest.read_file(doc).text` gives, NFC and whitespace folded, holds the snippet exactly once;
the number stands in the snippet as a number of its own (not inside a longer one); a and b are
different files; no pair is repeated (a/b swapped counts). Then the list is checked to be
exhaustive against the catalogue: the pairs are exactly the cross-file pairs of catalogued
figures with equal province, period, kind and measure. Exits 1 on any problem.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from ingest import read_file  # noqa: E402

CATEGORIES_TRUE = {"misquote", "reports_disagree", "targets_disagree"}
CATEGORIES_FALSE = {
    "same_value",
    "rounding",
    "qualifier",
    "six_months_vs_year",
    "stock_dates",
    "district_vs_province",
    "sector_vs_province",
    "part_vs_whole",
    "different_parts",
    "plan_rate_vs_coverage",
    "different_things",
    # the second set's (conflicts2)
    "quarter_vs_year",
    "nine_months_vs_year",
    "term_to_date_vs_year",
    "scale_same_value",
    "scale_rounding",
    "rate_form",
    # the third set's (conflicts3)
    "interim_vs_final",
    "different_base",
    "district_vs_district",
    "net_vs_gross",
    "eleven_months_vs_year",
    "per_year_vs_term",
}


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


_texts: dict[str, str] = {}


def text_of(doc: str) -> str:
    if doc not in _texts:
        _texts[doc] = fold(read_file(ROOT / doc).text)
    return _texts[doc]


def number_in(number: str, snippet: str) -> bool:
    pattern = r"(?<![\d.,/])" + re.escape(number) + r"(?![\d/]|[.,]\d)"
    return re.search(pattern, snippet) is not None


def ref(side: dict) -> tuple[str, str, str]:
    return (side["doc"], side["snippet"], side["number"])


def check_side(side: dict, where: str, problems: list[str]) -> None:
    doc, snippet, number = side.get("doc"), side.get("snippet"), side.get("number")
    if not (isinstance(doc, str) and isinstance(snippet, str) and isinstance(number, str)):
        problems.append(f"{where}: doc, snippet and number must be strings")
        return
    if not (ROOT / doc).is_file():
        problems.append(f"{where}: no such doc {doc}")
        return
    if snippet != unicodedata.normalize("NFC", snippet):
        problems.append(f"{where}: snippet is not NFC")
    folded = fold(snippet)
    if len(folded.split()) < 6:
        problems.append(f"{where}: snippet has fewer than 6 words: {snippet!r}")
    count = text_of(doc).count(folded)
    if count != 1:
        problems.append(f"{where}: snippet occurs {count} times in {doc}: {snippet!r}")
    if not number_in(number, folded):
        problems.append(f"{where}: number {number!r} not in snippet {snippet!r}")


def main() -> int:
    problems: list[str] = []

    catalogue = [json.loads(line) for line in open(HERE / "catalogue.jsonl", encoding="utf-8")]
    for fig in catalogue:
        check_side(fig, f"catalogue {fig['id']}", problems)

    pairs = [json.loads(line) for line in open(HERE / "conflicts.jsonl", encoding="utf-8")]
    seen = set()
    for n, pair in enumerate(pairs, 1):
        where = f"conflicts.jsonl line {n}"
        for key in ("a", "b"):
            check_side(pair[key], f"{where} {key}", problems)
        a, b = pair["a"], pair["b"]
        if a["doc"] == b["doc"]:
            problems.append(f"{where}: a and b are the same file")
        key = frozenset([ref(a), ref(b)])
        if key in seen:
            problems.append(f"{where}: pair repeated")
        seen.add(key)
        if not isinstance(pair.get("conflict"), bool):
            problems.append(f"{where}: conflict must be true or false")
        category = pair.get("category")
        expected = CATEGORIES_TRUE if pair.get("conflict") else CATEGORIES_FALSE
        if category not in expected:
            problems.append(
                f"{where}: category {category!r} does not go with conflict={pair.get('conflict')}"
            )
        if not pair.get("why"):
            problems.append(f"{where}: no why")

    # exhaustive against the catalogue
    eligible = set()
    for x, y in itertools.combinations(catalogue, 2):
        same_slot = all(x[k] == y[k] for k in ("province", "period", "kind", "measure"))
        if x["doc"] != y["doc"] and same_slot:
            eligible.add(frozenset([ref(x), ref(y)]))
    catalogued = {ref(f) for f in catalogue}
    for n, pair in enumerate(pairs, 1):
        for key in ("a", "b"):
            if ref(pair[key]) not in catalogued:
                problems.append(f"conflicts.jsonl line {n} {key}: figure not in catalogue.jsonl")
    for missing in eligible - seen:
        problems.append(f"eligible pair missing from conflicts.jsonl: {sorted(missing)}")
    for extra in seen - eligible:
        problems.append(f"pair not eligible by the catalogue: {sorted(extra)}")

    for p in problems:
        print(p)
    counts = Counter((p["conflict"], p["category"]) for p in pairs)
    docs = {side["doc"] for p in pairs for side in (p["a"], p["b"])}
    n_true = sum(p["conflict"] for p in pairs)
    print(f"{len(pairs)} pairs over {len(docs)} files; {n_true} conflicts")
    for (conflict, category), c in sorted(counts.items(), key=lambda kv: (not kv[0][0], kv[0][1])):
        print(f"  {'true ' if conflict else 'false'} {category:24} {c}")
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
