"""How often `baocao compare` flags a conflict where a careful reader sees one.

    python bench/eval_conflicts.py [--gold bench/gold/conflicts] [--errors]
    python bench/eval_conflicts.py --check [--gold …]   # as `baocao check` judges each pair

The gold (`conflicts.jsonl`) pairs figures of two documents: every pair about the same
province, year (or term) and kind that counts the same kind of thing, each labelled
`conflict` true (the two cannot both be right) or false (same value, a rounding or a
qualifier that agrees, six months against the year, a district against the province, a part
against the whole, …), by a reader who never saw the tool's output (see its NOTES.md).

Every document is read and analysed as `baocao ingest` would, then compared indicator by
indicator as `baocao compare` does; a pair is flagged when the row of one figure names the
other's among those it disputes (`conflicts_with`). Reported: the true conflicts flagged
(recall), the false pairs flagged, and flagged pairs the gold does not list (the labeller
listed every pair that could be the same quantity, so these are false alarms too);
precision counts both kinds of false alarm.

With `--check`, each pair is judged as `baocao check --doc` judges it: the first figure's
document held against the others, the pair flagged when the second figure is among those
disputing the first (and the other way round, reported apart); unlisted flags are not
counted there.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest import read_file  # noqa: E402
from nlp.analyze import analyze  # noqa: E402
from nlp.records import Document, Figure  # noqa: E402
from service.check import check_figure  # noqa: E402
from service.compare import Claim, CompareRow, compare  # noqa: E402


@dataclass(frozen=True)
class Located:
    doc: str
    start: int  # of the figure in its document's text


def _folded(text: str) -> tuple[str, list[int]]:
    """Whitespace runs as one space, with each folded character's offset in `text`."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, c in enumerate(text):
        if c.isspace():
            if not space and out:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        out.append(c)
        where.append(i)
    return "".join(out), where


def locate(text: str, figures: list[Figure], snippet: str, number: str) -> Figure | None:
    """The figure whose number is `number` inside `snippet` (found once in `text`)."""
    folded, where = _folded(text)
    snip = " ".join(snippet.split())
    at = folded.find(snip)
    if at < 0:
        return None
    inside = re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)", snip)
    if inside is None:
        return None
    offset = where[at + inside.start()]
    return next((f for f in figures if f.start <= offset < f.end), None)


def _row_of(figure: Figure, doc: str, rows: list[CompareRow]) -> CompareRow | None:
    """The row a figure stands in: its own, or that of another document's same claim."""
    for row in rows:
        if row.doc_id == doc and row.start == figure.start:
            return row
    for row in rows:
        if (
            doc in row.also_in
            and row.value == figure.value
            and row.qualifier == figure.qualifier
            and row.kind == figure.kind
            and row.period == figure.period
            and row.months == figure.months
        ):
            return row
    return None


@dataclass
class Evaluation:
    documents: int
    pairs: int
    counts: Counter[str]  # "true", "false", "<truth>: flagged", "<truth>: figure not found"
    by_category: dict[str, Counter[str]]  # category -> "pairs", "flagged"
    unlisted: int  # flagged pairs the gold does not list
    errors: list[str]  # every miss and false alarm, one line each

    @property
    def alarms(self) -> int:
        return self.counts["false: flagged"] + self.unlisted

    @property
    def recall(self) -> float:
        return self.counts["true: flagged"] / max(1, self.counts["true"])

    @property
    def precision(self) -> float:
        flagged = self.counts["true: flagged"] + self.alarms
        return self.counts["true: flagged"] / flagged if flagged else 1.0


def _read(gold: Path) -> tuple[list[dict], dict[str, Document], dict[str, list[Claim]]]:
    """The gold's pairs, its documents analysed as `baocao ingest` would, and their figures
    as claims by indicator."""
    pairs = [json.loads(line) for line in (gold / "conflicts.jsonl").open(encoding="utf-8")]
    docs = sorted(str(path.relative_to(ROOT)) for path in (gold / "docs").iterdir())
    docs += sorted({p[s]["doc"] for p in pairs for s in ("a", "b")} - set(docs))
    analysed = {doc: analyze(read_file(ROOT / doc)) for doc in docs}
    claims: dict[str, list[Claim]] = defaultdict(list)
    for doc, document in analysed.items():
        for figure in document.figures:
            if figure.indicator:
                claims[figure.indicator].append(Claim(doc, doc, figure))
    return pairs, analysed, claims


def _sides(pair: dict, analysed: dict[str, Document]) -> list[tuple[str, Figure | None]]:
    """Each side of a gold pair: its document and the figure the labeller meant there."""
    found = []
    for side in ("a", "b"):
        doc, said = pair[side]["doc"], pair[side]
        document = analysed[doc]
        figure = locate(document.text, document.figures, said["snippet"], said["number"])
        found.append((doc, figure))
    return found


def evaluate(gold: Path) -> Evaluation:
    """Read and analyse the gold's documents, compare them, and score the flags."""
    pairs, analysed, claims = _read(gold)
    # compare every indicator over all the documents, as `baocao compare` does
    rows: dict[str, list[CompareRow]] = {
        indicator: compare(indicator, found).rows for indicator, found in claims.items()
    }
    # a flag between two rows claimed by more than one document in all (a row whose value
    # another document also gives disputes that one's other rows: the page shows it)
    flagged: set[frozenset[str]] = set()
    for found in rows.values():
        by_key = {row.key: row for row in found}
        for row in found:
            for other in row.conflicts_with:
                claimed = {row.doc_id, *row.also_in}
                if other in by_key:
                    claimed |= {by_key[other].doc_id, *by_key[other].also_in}
                if len(claimed) > 1:
                    flagged.add(frozenset((row.key, other)))

    labelled: set[frozenset[str]] = set()
    counts: Counter[str] = Counter()
    by_category: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[str] = []
    for pair in pairs:
        sides = _sides(pair, analysed)
        truth = "true" if pair["conflict"] else "false"
        counts[truth] += 1
        by_category[pair["category"]]["pairs"] += 1
        (doc_a, fig_a), (doc_b, fig_b) = sides
        if fig_a is None or fig_b is None:
            counts[f"{truth}: figure not found"] += 1
            hit = False
            missing = [
                pair[s]["number"] for s, (_, f) in zip("ab", sides, strict=True) if f is None
            ]
            why = "figure not found: " + ", ".join(missing)
        else:
            row_a = _row_of(fig_a, doc_a, rows.get(fig_a.indicator or "", []))
            row_b = _row_of(fig_b, doc_b, rows.get(fig_b.indicator or "", []))
            keys = frozenset((row_a.key, row_b.key)) if row_a and row_b else None
            if keys:
                labelled.add(keys)
            hit = keys in flagged
            why = f"{_said(fig_a)} vs {_said(fig_b)}"
        if hit:
            counts[f"{truth}: flagged"] += 1
            by_category[pair["category"]]["flagged"] += 1
        if hit != pair["conflict"]:
            errors.append(
                f"{'MISSED' if pair['conflict'] else 'ALARM'} [{pair['category']}] "
                f"{pair['a']['number']} ({Path(pair['a']['doc']).name}) vs "
                f"{pair['b']['number']} ({Path(pair['b']['doc']).name}): {why}"
            )
    unlisted = flagged - labelled
    every_row = {row.key: row for found in rows.values() for row in found}
    for keys in sorted(unlisted, key=sorted):
        a, b = (every_row[k] for k in sorted(keys))
        errors.append(
            f"UNLISTED [{a.indicator}] {a.text} ({Path(a.doc_id).name}) vs {b.text} "
            f"({Path(b.doc_id).name}): {a.period}/{a.months}/{a.kind}/{a.unit}"
        )
    return Evaluation(len(analysed), len(pairs), counts, by_category, len(unlisted), errors)


def check_flags(gold: Path) -> dict[str, Counter[str]]:
    """For each direction ("a checked", "b checked"), how many true and false pairs `check`
    flags: the checked figure's document held against the other documents' figures of its
    indicator and period (`service.check.check_figure`)."""
    pairs, analysed, claims = _read(gold)
    counts: dict[str, Counter[str]] = {"a checked": Counter(), "b checked": Counter()}
    for pair in pairs:
        found = _sides(pair, analysed)
        truth = "true" if pair["conflict"] else "false"
        for name, ((doc, figure), (other_doc, other)) in (
            ("a checked", found),
            ("b checked", found[::-1]),
        ):
            counts[name][truth] += 1
            if figure is None or other is None or not figure.indicator:
                continue
            near = [
                c
                for c in claims[figure.indicator]
                if c.doc_id != doc and c.figure.period == figure.period
            ]
            disputing = check_figure(figure, near, own=analysed[doc].figures).disputing
            if any(
                (row.doc_id == other_doc and row.start == other.start)
                or (other_doc in row.also_in and row.value == other.value)
                for row in disputing
            ):
                counts[name][f"{truth}: flagged"] += 1
    return counts


def _said(f: Figure) -> str:
    return f"{f.indicator}/{f.period}/{f.months}/{f.kind}/{f.unit}/{f.organisation}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "bench" / "gold" / "conflicts")
    parser.add_argument("--errors", action="store_true", help="print every miss and alarm")
    parser.add_argument("--check", action="store_true", help="judge the pairs as check does")
    args = parser.parse_args()
    if args.check:
        print(f"machine: {platform.machine()}, Python {platform.python_version()}")
        print(f"gold: {args.gold}, each pair as `baocao check --doc` judges it")
        for name, c in check_flags(args.gold.resolve()).items():
            print(
                f"{name}: true conflicts flagged {c['true: flagged']} of {c['true']},"
                f" false pairs flagged {c['false: flagged']} of {c['false']}"
            )
        return
    result = evaluate(args.gold.resolve())
    counts = result.counts
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    print(f"gold: {args.gold}: {result.documents} documents, {result.pairs} pairs")
    print(
        f"true conflicts: {counts['true']}, flagged {counts['true: flagged']} "
        f"(recall {result.recall:.3f}; a figure not found in {counts['true: figure not found']})"
    )
    print(
        f"false pairs: {counts['false']}, flagged {counts['false: flagged']}; "
        f"flagged pairs the gold does not list: {result.unlisted}"
    )
    flagged = counts["true: flagged"] + result.alarms
    print(
        f"precision of the flags: {result.precision:.3f} ({counts['true: flagged']} of {flagged})"
    )
    print("by category (flagged / pairs):")
    for category, c in sorted(result.by_category.items()):
        print(f"  {category:24} {c['flagged']:3d} / {c['pairs']:3d}")
    if args.errors:
        print()
        print("\n".join(result.errors))


if __name__ == "__main__":
    main()
