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
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel

from nlp.organisations import names_one
from nlp.places import renamed
from nlp.records import Figure

from .compare import Claim, CompareRow, GroupKey, agree, grouped

# the document id the text's figures stand under: no stored id (16 hex digits) is like it
CHECKED = "(checked text)"

Verdict = Literal["agrees", "disputed", "unknown", "unchecked"]
VERDICTS: tuple[Verdict, ...] = ("agrees", "disputed", "unknown", "unchecked")
# stored values of other periods shown beside a figure nothing agrees with or disputes
SHOWN = 5


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
    doc_id: str | None = None  # a stored document checked against the others


def check_figure(
    figure: Figure,
    near: list[Claim],
    farther: Sequence[Claim] = (),
    farther_total: int = 0,
    own: Sequence[Figure] = (),
) -> CheckedFigure:
    """`figure` held against `near`, the stored claims of its indicator, province and
    period (only they can agree with it or dispute it: months are told apart within the
    period); `farther`, some of the `farther_total` claims of its other periods, the nearest
    of which (`distance`) are shown when too few of the near are. `own`: the text's figures
    (those of the same indicator, province and period are its parts: a report's "1.742"
    new members of the year, which its annex gives too, does not make the annex dispute its
    "4.315" since the term began)."""
    wanted = (("province", figure.province), ("year", figure.period))
    missing = [name for name, given in wanted if not given]
    if figure.indicator is None:
        return CheckedFigure(figure=figure, verdict="unchecked", missing=missing)
    province = renamed(figure.province)
    near = [c for c in near if renamed(c.figure.province) == province and c.doc_id != CHECKED]
    near_total = len(near)
    if province is None:
        # naming no province, it is disputed only by its own union named alike, and only a
        # value near its own can agree with it: the thousands naming none in a national
        # store are not grouped
        near = [
            c
            for c in near
            if _may_agree(c.figure, figure)
            or (names_one(figure.organisation) and c.figure.organisation == figure.organisation)
        ]
    alike = (figure.indicator, province, figure.period)
    parts = [
        Claim(CHECKED, CHECKED, f)
        for f in own
        if f is not figure and (f.indicator, renamed(f.province), f.period) == alike
    ]
    # the text's figures after the stored: a stored row of the very same value takes them
    # into `also_in`
    placed: dict[int, tuple[CompareRow, GroupKey]] = {}
    claims = [*near, Claim(CHECKED, CHECKED, figure), *parts]
    groups, _ = grouped(figure.indicator, claims, focus=CHECKED, placed=placed)
    own_row, key = placed[len(near)]
    rows = {row.key: row for rows in groups.values() for row in rows}
    agreeing = [own_row] if own_row.doc_id != CHECKED else []
    agreeing += [
        row
        for row in groups[key]
        if row is not own_row
        and row.doc_id != CHECKED
        and row.key not in own_row.conflicts_with
        and agree(own_row, row)
    ]
    # a document giving the figure's value among others gives its parts: "hơn 24,8 tỷ đồng
    # cho việc chăm lo Tết, … gần 3,3 tỷ đồng … Tháng Công nhân" disputes no "24,8 tỷ đồng"
    agreed = {doc for row in agreeing for doc in (row.doc_id, *row.also_in)}
    disputing = [
        rows[k] for k in own_row.conflicts_with if not {rows[k].doc_id, *rows[k].also_in} <= agreed
    ]
    shown_keys = {own_row.key, *(row.key for row in disputing), *(row.key for row in agreeing)}
    others = [row for key, row in rows.items() if key not in shown_keys and row.doc_id != CHECKED]
    others_total = len(others) + farther_total + near_total - len(near)
    if len(others) < SHOWN:
        nearest = sorted(farther, key=lambda c: distance(c.figure.period, figure.period))
        nearest = nearest[: SHOWN - len(others)]
        shown, _ = grouped(figure.indicator, nearest, focus=CHECKED)
        others += sorted(
            (row for rows in shown.values() for row in rows),
            key=lambda row: distance(row.period, figure.period),
        )
    verdict: Verdict = "disputed" if disputing else "agrees" if agreeing else "unknown"
    return CheckedFigure(
        figure=figure,
        verdict=verdict,
        missing=missing,
        agreeing=[_shown(row, False) for row in agreeing],
        also_in=[doc for doc in own_row.also_in if doc != CHECKED],
        disputing=[_shown(row, True) for row in disputing],
        others=[_shown(row, False) for row in others[:SHOWN]],
        others_total=others_total,
    )


def checked(source: str, figures: list[CheckedFigure], doc_id: str | None = None) -> Checked:
    counts = Counter(f.verdict for f in figures)
    return Checked(
        source=source,
        figures=figures,
        counts={verdict: counts[verdict] for verdict in VERDICTS},
        doc_id=doc_id,
    )


def with_unit(text: str, unit: str) -> str:
    """A figure as written, with its unit when the text leaves it out ("55" of a table's
    column "CĐCS"); "%" and money already say theirs.

    >>> with_unit("hơn 3.120", "đoàn viên"), with_unit("24,8 tỷ đồng", "đồng")
    ('hơn 3.120 đoàn viên', '24,8 tỷ đồng')
    """
    return text if unit in text else f"{text} {unit}"


def _may_agree(stored: Figure, figure: Figure) -> bool:
    """Whether two values could agree at all: within a factor of two of each other (no
    value's precision or qualifier reaches further, "1 tỷ" being 0,5 to 1,5 tỷ), or one
    without a bound on one side ("ít nhất 80%").

    >>> def f(value, qualifier="exact"):
    ...     return Figure(text=str(value), value=value, unit="x", qualifier=qualifier,
    ...                   sentence="", start=0, end=1)
    >>> _may_agree(f(2158), f(2500)), _may_agree(f(2158), f(5000))
    (True, False)
    >>> _may_agree(f(9), f(80, "at_least"))
    True
    """
    unbounded = ("at_least", "at_most")
    if stored.qualifier in unbounded or figure.qualifier in unbounded:
        return True
    low, high = sorted((abs(stored.value), abs(figure.value)))
    return high <= 2 * low


def _shown(row: CompareRow, disputes: bool) -> CompareRow:
    """A stored row as the check shows it: `conflict` says whether it disputes the text's
    figure (its disputes with other stored rows are `compare`'s to show), and the text is
    not among its documents."""
    return row.model_copy(
        update={
            "conflict": disputes,
            "conflicts_with": [],
            "also_in": [doc for doc in row.also_in if doc != CHECKED],
        }
    )


def distance(period: str | None, wanted: str | None) -> tuple[int, int, int]:
    """How far a period is from the figure's: the same first, then the nearest years (a term
    by its first), the later of two as near; periods without a year last.

    >>> sorted(["2021", None, "2024", "2023-2028", "2022"], key=lambda p: distance(p, "2023"))
    ['2023-2028', '2024', '2022', '2021', None]
    """
    year, other = _first_year(period), _first_year(wanted)
    if period == wanted:
        return (0, 0, 0)
    if year is None or other is None:
        return (2, 0, 0)
    return (1, abs(year - other), -year)


def _first_year(period: str | None) -> int | None:
    return int(period[:4]) if period and period[:4].isdigit() else None
