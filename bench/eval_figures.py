"""Figure and reference extraction measured against the gold set in bench/gold/.

    python bench/eval_figures.py [--gold bench/gold] [--errors]

A predicted figure matches a gold one in the same document when the values are equal, the
sentences are the same (one holds the other, whitespace folded) and the gold figure's text
lies in the predicted figure's sentence; matching is one-to-one. Precision counts every
prediction in fully annotated documents, and in a partly annotated one (bench/gold/README.md
says which) only predictions in annotated sentences. Unit, qualifier and kind accuracy are
over matched pairs, and so are indicator, period and province accuracy when the gold labels
them (null where no catalogue indicator fits, or no period or province is stated; labelled
by reading, see bench/gold/README.md).
Documents under ../shared are skipped, and said so, when that folder is absent.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest import read_file  # noqa: E402
from nlp.analyze import analyze  # noqa: E402
from nlp.records import Document  # noqa: E402

PARTIAL_DOCS = {"shared:corpus/real/resolutions_md/NQ57-NQ-TW_2024_bangoc.md"}


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def resolve(doc: str) -> Path:
    if doc.startswith("shared:"):
        return ROOT.parent / "shared" / doc.removeprefix("shared:")
    return ROOT / doc


def same_sentence(gold: str, predicted: str) -> bool:
    """Sentence splitters may differ a little; one sentence holding the other is the same."""
    a, b = fold(gold), fold(predicted)
    return a in b or b in a


def written_id(ref_id: str, text: str) -> bool:
    return ref_id in re.sub(r"\s+", "", text)


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def by_document(gold: list[dict], docs: dict[str, Document]) -> dict[str, list[dict]]:
    """Gold records per analysed document. Every document named in the gold set counts, also
    one with no records of this kind: what the tagger finds there is all false positives."""
    grouped: dict[str, list[dict]] = {name: [] for name in docs}
    for record in gold:
        if record["doc"] in docs:
            grouped[record["doc"]].append(record)
    return grouped


def print_scores(what: str, tp: int, fp: int, fn: int) -> None:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(f"{what}: gold {tp + fn}, predicted {tp + fp}, matched {tp}")
    print(f"  precision {precision:.3f}  recall {recall:.3f}  F1 {f1(precision, recall):.3f}")


def evaluate_figures(
    gold: list[dict], docs: dict[str, Document], show_errors: bool
) -> tuple[int, dict[str, int]]:
    """Print the scores; return the figures matched and, per field scored, how many of
    them agree with the gold."""
    by_doc = by_document(gold, docs)
    tp = fp = fn = 0
    same = {"unit": 0, "qualifier": 0, "kind": 0}
    if gold and all("indicator" in r for r in gold):
        same["indicator"] = 0
    if gold and all("period" in r for r in gold):
        same["period"] = 0  # labelled in the held-out sets
    if gold and all("province" in r for r in gold):
        same["province"] = 0  # labelled in heldout7, whose figures are of several provinces
    if gold and all("months" in r for r in gold):
        same["months"] = 0  # labelled in the sets of reports on part of a year
    # indicators: (gold names one and it is found, gold names one, found one where gold has none)
    named = [0, 0, 0]
    for name, records in by_doc.items():
        predicted = docs[name].figures
        if name in PARTIAL_DOCS:
            covered = {fold(r["sentence"]) for r in records}
            predicted = [
                f
                for f in predicted
                if any(fold(f.sentence) in c or c in fold(f.sentence) for c in covered)
            ]
        unused = list(predicted)
        for record in records:
            match = next(
                (
                    f
                    for f in unused
                    if abs(f.value - record["value"]) <= 1e-9 * max(1.0, abs(record["value"]))
                    and fold(record["text"]) in fold(f.sentence)
                    and same_sentence(record["sentence"], f.sentence)
                ),
                None,
            )
            if match is None:
                fn += 1
                if show_errors:
                    print(
                        f"  MISSED {name}: {record['text']!r} = {record['value']} "
                        f"in {record['sentence'][:100]!r}"
                    )
                continue
            unused.remove(match)
            tp += 1
            if "indicator" in same:
                wanted = record["indicator"]
                named[0] += wanted is not None and match.indicator == wanted
                named[1] += wanted is not None
                named[2] += wanted is None and match.indicator is not None
            for field in same:
                if getattr(match, field) == record[field]:
                    same[field] += 1
                elif show_errors:
                    print(
                        f"  {field.upper()} {name}: {record['text']!r} gold "
                        f"{record[field]!r}, got {getattr(match, field)!r}"
                    )
        fp += len(unused)
        if show_errors:
            for f in unused:
                print(f"  EXTRA {name}: {f.text!r} = {f.value} in {f.sentence[:100]!r}")
    print_scores("figures", tp, fp, fn)
    for field, count in same.items():
        print(f"  {field} accuracy {count / tp if tp else 0.0:.3f} ({count}/{tp})")
    if "indicator" in same:
        print(
            f"  indicator found where the gold names one: {named[0]}/{named[1]}; "
            f"one given where the gold has none: {named[2]}"
        )
    return tp, same


def evaluate_references(gold: list[dict], docs: dict[str, Document], show_errors: bool) -> None:
    """Matching is by id, in order of appearance, one-to-one; type and date are compared on
    the matched pairs."""
    by_doc = by_document(gold, docs)
    tp = fp = fn = same_type = same_date = 0
    for name, records in by_doc.items():
        # "Nghị quyết 02" resolved to "02-NQ/TW" serves the registry; the gold set marks
        # written ids only, so only references whose text holds their id are scored
        predicted = [r for r in docs[name].references if written_id(r.id, r.text)]
        if name in PARTIAL_DOCS:
            predicted = [p for p in predicted if p.id in {r["id"] for r in records}]
        remaining = list(predicted)
        for record in records:
            match = next((r for r in remaining if r.id == record["id"]), None)
            if match is None:
                fn += 1
                if show_errors:
                    print(f"  MISSED REF {name}: {record['id']}")
                continue
            remaining.remove(match)
            tp += 1
            same_type += match.type == record["type"]
            same_date += match.date == record["date"]
            if show_errors and (match.type, match.date) != (record["type"], record["date"]):
                print(
                    f"  REF FIELDS {name}: {record['id']} gold {record['type']} {record['date']},"
                    f" got {match.type} {match.date}"
                )
        fp += len(remaining)
        if show_errors:
            for ref in remaining:
                print(f"  EXTRA REF {name}: {ref.id}")
    print_scores("references", tp, fp, fn)
    print(
        f"  type accuracy {same_type / tp if tp else 0.0:.3f}  date accuracy "
        f"{same_date / tp if tp else 0.0:.3f}"
    )


def analysed(records: list[dict]) -> dict[str, Document]:
    """The documents the records name, read and analysed (those absent are skipped)."""
    docs: dict[str, Document] = {}
    for name in sorted({r["doc"] for r in records}):
        path = resolve(name)
        if not path.is_file():
            print(f"skipped (absent): {name}")
            continue
        docs[name] = analyze(read_file(path))
    return docs


def months_matched(gold: Path) -> tuple[int, int]:
    """(figures whose months agree with the gold, figures matched) of a gold set that labels
    `months`."""
    figures = load(gold / "figures.jsonl")
    matched, same = evaluate_figures(figures, analysed(figures), False)
    return same["months"], matched


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "bench" / "gold")
    parser.add_argument("--errors", action="store_true", help="print every mismatch")
    args = parser.parse_args()
    figures = load(args.gold / "figures.jsonl")
    references = load(args.gold / "references.jsonl")
    docs = analysed(figures + references)
    print(f"# python bench/eval_figures.py  ({platform.machine()}, {platform.python_version()})")
    print(f"documents: {len(docs)}")
    evaluate_figures(figures, docs, args.errors)
    evaluate_references(references, docs, args.errors)


if __name__ == "__main__":
    main()
