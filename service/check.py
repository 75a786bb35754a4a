"""A text's figures checked against the store: for each, whether a stored document claims
a value it can be (it agrees), one it cannot be (disputed), or nothing to hold it against.

    "Năm 2023, Công đoàn Viên chức tỉnh Bắc Giang có hơn 3.500 đoàn viên."
    -> disputed: the union's own report says "hơn 3.120 đoàn viên" (2023)

The judgement is `compare`'s: the text is one more document beside the stored ones, so a
figure agrees or conflicts exactly where its row would in `baocao compare` (same province,
period, months, kind, unit and body; a six-month count is no dispute of the year's).
"""

from __future__ import annotations

from collections import Counter
from typing import Literal

from pydantic import BaseModel

from nlp.places import renamed
from nlp.records import Figure

from .compare import Claim, CompareRow, GroupKey, agree, grouped

# the document id the text's figures stand under: no stored id (16 hex digits) is like it
CHECKED = "(checked text)"

Verdict = Literal["agrees", "disputed", "unknown", "unchecked"]
VERDICTS: tuple[Verdict, ...] = ("agrees", "disputed", "unknown", "unchecked")


class CheckedFigure(BaseModel):
    """One figure of the text and what the store says of it."""

    figure: Figure
    # agrees: a stored document claims a value it can be (and none one it cannot be);
    # disputed: a stored document claims a value it cannot be; unknown: none claims this
    # indicator for its province, period, months, kind and unit; unchecked: no indicator
    verdict: Verdict
    # what the text leaves out that a comparison needs ("province", "year"): said, since a
    # figure without a year is held only against stored figures without one
    missing: list[str] = []
    agreeing: list[CompareRow] = []
    also_in: list[str] = []  # other documents claiming the very value of `agreeing[0]`
    disputing: list[CompareRow] = []
    # the indicator's other stored values for the province (other years, months, kinds,
    # units or bodies), nearest period first, `others_total` in all
    others: list[CompareRow] = []
    others_total: int = 0


class Checked(BaseModel):
    source: str
    figures: list[CheckedFigure]
    counts: dict[str, int]  # figures by verdict


def check_figure(figure: Figure, stored: list[Claim], shown: int = 5) -> CheckedFigure:
    """`figure` held against `stored` (claims of its indicator, any province: those of
    another are left out here)."""
    wanted = (("province", figure.province), ("year", figure.period))
    missing = [name for name, given in wanted if not given]
    if figure.indicator is None:
        return CheckedFigure(figure=figure, verdict="unchecked", missing=missing)
    province = renamed(figure.province)
    mine = [c for c in stored if renamed(c.figure.province) == province and c.doc_id != CHECKED]
    # the text's figure last: a stored row of the very same value takes it into `also_in`
    groups, _ = grouped(figure.indicator, [*mine, Claim(CHECKED, CHECKED, figure)])
    own, key = _own(groups)
    group = groups[key]
    rows = {row.key: row for rows in groups.values() for row in rows}
    agreeing = [own] if own.doc_id != CHECKED else []
    agreeing += [
        row
        for row in group
        if row is not own and row.key not in own.conflicts_with and agree(own, row)
    ]
    # a document giving the figure's value among others gives its parts: "hơn 24,8 tỷ đồng
    # cho việc chăm lo Tết, … gần 3,3 tỷ đồng … Tháng Công nhân" disputes no "24,8 tỷ đồng"
    agreed = {doc for row in agreeing for doc in (row.doc_id, *row.also_in)}
    disputing = [
        rows[k] for k in own.conflicts_with if not {rows[k].doc_id, *rows[k].also_in} <= agreed
    ]
    placed = {own.key, *(row.key for row in disputing), *(row.key for row in agreeing)}
    others = [row for key, row in rows.items() if key not in placed]
    others.sort(key=lambda row: _distance(row, figure))
    verdict: Verdict = "disputed" if disputing else "agrees" if agreeing else "unknown"
    return CheckedFigure(
        figure=figure,
        verdict=verdict,
        missing=missing,
        agreeing=[_stored(row) for row in agreeing],
        also_in=[doc for doc in own.also_in if doc != CHECKED],
        disputing=[_stored(row) for row in disputing],
        others=[_stored(row) for row in others[:shown]],
        others_total=len(others),
    )


def checked(source: str, figures: list[CheckedFigure]) -> Checked:
    counts = Counter(f.verdict for f in figures)
    return Checked(
        source=source, figures=figures, counts={verdict: counts[verdict] for verdict in VERDICTS}
    )


def _own(groups: dict[GroupKey, list[CompareRow]]) -> tuple[CompareRow, GroupKey]:
    """The row standing for the text's figure: its own, or the stored row of the very same
    value it joined."""
    for key, group in groups.items():
        for row in group:
            if row.doc_id == CHECKED or CHECKED in row.also_in:
                return row, key
    raise AssertionError("the checked figure has no row")  # grouped keeps every claim


def _stored(row: CompareRow) -> CompareRow:
    """A stored row as shown: without the text among its documents or disputes."""
    return row.model_copy(
        update={
            "also_in": [doc for doc in row.also_in if doc != CHECKED],
            "conflicts_with": [k for k in row.conflicts_with if not k.startswith(f"{CHECKED}:")],
        }
    )


def _distance(row: CompareRow, figure: Figure) -> tuple[int, int, str]:
    """Rows of the figure's period first, then the nearest years (a term by its first), the
    latest of two as near."""
    year, wanted = _first_year(row.period), _first_year(figure.period)
    if row.period == figure.period:
        return (0, 0, "")
    if year is None or wanted is None:
        return (2, 0, row.period or "")
    return (1, abs(year - wanted), str(-year))


def _first_year(period: str | None) -> int | None:
    return int(period[:4]) if period and period[:4].isdigit() else None
