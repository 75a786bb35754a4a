"""Document metadata measured against the blind gold set bench/gold/metadata.jsonl.

    python bench/eval_metadata.py [--gold bench/gold/metadata.jsonl] [--errors]

For each labelled document the real pipeline (ingest.read_file, nlp.analyze.analyze) gives
its title, kind, number, issuer, province, date and period; its `year` is the date's year,
else the period's when the period is one year (what `search --year` can go by); its
`organisation` is the union most of its figures are credited to (none without figures).
Each field is right when it equals the gold's after folding what is only spelling: case and
spaces everywhere, quotes, "Liên đoàn Lao động" = "LĐLĐ", "TP." = "thành phố", and a period
"2024-2024" = "2024". Titles are also scored by the share of the gold title's words found
(case folded). The labels and their conventions are in bench/gold/METADATA-NOTES.md.
Documents under ../shared are skipped, and said so, when that folder is absent.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest import read_file  # noqa: E402
from nlp.analyze import analyze  # noqa: E402
from nlp.records import Document  # noqa: E402

FIELDS = ("title", "kind", "number", "issuer", "province", "date", "year", "period", "organisation")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def resolve(doc: str) -> Path:
    if doc.startswith("shared:"):
        return ROOT.parent / "shared" / doc.removeprefix("shared:")
    return ROOT / doc


def fold(value: object) -> str | None:
    """A value with what is only spelling folded away."""
    if value is None:
        return None
    text = " ".join(str(value).translate(_QUOTES).split()).casefold()
    text = re.sub(r"liên đoàn lao động", "lđlđ", text)
    text = re.sub(r"(?<!\w)tp\.\s*", "thành phố ", text)
    ends = re.fullmatch(r"(\d{4})\s*[-–]\s*(\d{4})", text)
    if ends and ends.group(1) == ends.group(2):
        text = ends.group(1)
    return text


def year_of(doc: Document) -> int | None:
    if doc.date:
        return int(doc.date[:4])
    if doc.period and re.fullmatch(r"\d{4}", doc.period):
        return int(doc.period)
    return None


def organisation_of(doc: Document) -> str | None:
    named = Counter(f.organisation for f in doc.figures if f.organisation)
    return named.most_common(1)[0][0] if named else None


def predicted(doc: Document) -> dict[str, object]:
    return {
        "title": doc.title,
        "kind": doc.kind,
        "number": doc.number,
        "issuer": doc.issuer,
        "province": doc.province,
        "date": doc.date,
        "year": year_of(doc),
        "period": doc.period,
        "organisation": organisation_of(doc),
    }


def words_found(gold: str | None, guess: object) -> float:
    """The share of the gold title's words in the predicted one (1.0 when both are none)."""
    if gold is None:
        return 1.0 if guess is None else 0.0
    want = re.findall(r"\w+", fold(gold) or "")
    have = set(re.findall(r"\w+", fold(guess) or ""))
    return sum(w in have for w in want) / len(want) if want else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "bench" / "gold" / "metadata.jsonl")
    parser.add_argument("--errors", action="store_true", help="print every wrong field")
    args = parser.parse_args()
    records = [json.loads(line) for line in args.gold.read_text("utf-8").splitlines() if line]
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    right: Counter[str] = Counter()
    title_words, counted, skipped = 0.0, 0, 0
    for record in records:
        path = resolve(record["doc"])
        if not path.exists():
            skipped += 1
            continue
        guess = predicted(analyze(read_file(path)))
        counted += 1
        title_words += words_found(record["title"], guess["title"])
        for field in FIELDS:
            if fold(record[field]) == fold(guess[field]):
                right[field] += 1
            elif args.errors:
                print(f"{record['doc']}: {field}: gold {record[field]!r}, got {guess[field]!r}")
    if skipped:
        print(f"skipped {skipped} documents whose files are absent (../shared?)")
    print(f"{counted} documents")
    for field in FIELDS:
        print(f"  {field:<13} {right[field] / counted:.3f}  ({right[field]}/{counted})")
    print(f"  title words   {title_words / counted:.3f}  (mean share of the gold title's words)")


if __name__ == "__main__":
    main()
