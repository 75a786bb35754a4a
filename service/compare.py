"""Provinces side by side on one indicator, every value traced to its sentence.

Rows come from stored figures, never from sums: figures of one province, period, kind and
unit with the same value are one claim (its first source is shown and the others counted);
different values there are a conflict, and every one of them is a row flagged `conflict`.
An achievement and a target of the same province, period and unit give the achievement its
`achieved_share` (percent of the target).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from nlp.figures import AGAINST_PLAN
from nlp.organisations import is_below_province
from nlp.places import province_after_merger
from nlp.records import Figure
from nlp.text import sort_key


class CompareRow(BaseModel):
    """One claimed value for a province (contract CompareRow, plus fields after `sentence`)."""

    indicator: str
    province: str | None
    value: float
    denominator: float | None
    unit: str
    qualifier: str
    kind: str
    period: str | None
    organisation: str | None
    conflict: bool
    doc_id: str
    source: str
    page: int | None
    sentence: str
    text: str
    start: int
    end: int
    province_as_written: str | None = None
    subject: str | None = None  # what the figure counts, as its sentence or column says
    achieved_share: float | None = None  # achievement / target × 100, same province+period
    also_in: list[str] = []  # other documents claiming the same value
    # a rate of completion ("đạt 95,2% kế hoạch"), not of coverage ("71,4% CĐCS có thỏa
    # ước"): compared, and disputed, only with its like; last, as it came last
    of_plan: bool = False


class Comparison(BaseModel):
    indicator: str  # a catalogue id, or the words asked for when `by` is "subject"
    rows: list[CompareRow]
    by: Literal["indicator", "subject"] = "indicator"
    merged: dict[str, list[str]] = {}  # new province -> old provinces rolled into it


@dataclass(frozen=True)
class Claim:
    doc_id: str
    source: str
    figure: Figure


# units that count the same thing: a report writing "đoàn viên công đoàn" disputes one
# writing "đoàn viên"
_SAME_UNIT = {"đoàn viên công đoàn": "đoàn viên"}


def _group_key(row: CompareRow) -> tuple[str, str, str, str]:
    unit = "% kế hoạch" if row.of_plan else _SAME_UNIT.get(row.unit, row.unit)
    return (row.province or "", row.period or "", row.kind, unit)


def _of_plan(figure: Figure) -> bool:
    """Whether a rate is measured against a plan: "đạt 95,2% kế hoạch", "bằng 103,5% dự toán".

    >>> f = Figure(text="95,2%", value=95.2, unit="%", sentence="đạt 95,2% kế hoạch.",
    ...            start=0, end=5)
    >>> _of_plan(f)
    True
    """
    if figure.unit != "%":
        return False
    at = figure.sentence.find(figure.text)
    return at >= 0 and AGAINST_PLAN.match(figure.sentence, at + len(figure.text)) is not None


def _row(indicator: str, claim: Claim, province: str | None) -> CompareRow:
    f = claim.figure
    return CompareRow(
        indicator=indicator,
        province=province,
        value=f.value,
        denominator=f.denominator,
        unit=f.unit,
        qualifier=f.qualifier,
        kind=f.kind,
        period=f.period,
        organisation=f.organisation,
        conflict=False,
        doc_id=claim.doc_id,
        source=claim.source,
        page=f.page,
        sentence=f.sentence,
        text=f.text,
        start=f.start,
        end=f.end,
        province_as_written=f.province,
        subject=f.subject,
        of_plan=_of_plan(f),
    )


def _disagree(a: CompareRow, b: CompareRow, accounts: dict[str, frozenset[float]]) -> bool:
    """Two values of one province, period, kind and unit that documents claim against each
    other, for one body (a district's union's members are no claim on the province's). One
    document's several values are its parts ("24,8 tỷ đồng cho việc chăm lo Tết",
    "3,3 tỷ đồng … Tháng Công nhân"), not a dispute with itself; nor are documents that give
    the very same values (`accounts`: each document's values in the group), such as one
    report stored as .docx and as .txt."""
    if (a.value, a.denominator) == (b.value, b.denominator):
        return False
    if (is_below_province(a.organisation) or is_below_province(b.organisation)) and (
        a.organisation != b.organisation
    ):
        return False  # a district's or a sector's union counts its own, not the province's
    if a.province_as_written != b.province_as_written:
        return False  # after the merger: Bắc Giang's own total and Bắc Ninh's are no dispute
    return len({accounts[d] for d in (a.doc_id, *a.also_in, b.doc_id, *b.also_in)}) > 1


def compare(
    indicator: str,
    claims: Iterable[Claim],
    provinces: list[str] | None = None,
    after_merger: bool = False,
) -> Comparison:
    """Rows for `indicator` from `claims` (figures already of that indicator).

    `provinces` keeps only those provinces (as written, or after the merger when
    `after_merger`); `after_merger` rolls the 63 old provinces into the 34 new ones and says
    which were merged.
    """
    merged: dict[str, set[str]] = defaultdict(set)
    groups: dict[tuple[str, str, str, str], list[CompareRow]] = defaultdict(list)
    for claim in claims:
        province = claim.figure.province
        written = province
        if after_merger and province:
            province = province_after_merger(province) or province
        if provinces and province not in provinces:
            continue
        if written and province != written:  # said only of the rows shown
            merged[province].add(written)
        row = _row(indicator, claim, province)
        same_group = groups[_group_key(row)]
        twin = next(
            (r for r in same_group if r.value == row.value and r.qualifier == row.qualifier),
            None,
        )
        if twin is None:
            same_group.append(row)
        elif row.doc_id != twin.doc_id and row.doc_id not in twin.also_in:
            twin.also_in.append(row.doc_id)
    rows: list[CompareRow] = []
    for group in groups.values():
        claimed: dict[str, set[float]] = defaultdict(set)
        for r in group:
            for doc_id in (r.doc_id, *r.also_in):
                claimed[doc_id].add(r.value)
        accounts = {doc_id: frozenset(values) for doc_id, values in claimed.items()}
        for r in group:
            r.conflict = any(_disagree(r, other, accounts) for other in group)
        rows.extend(group)
    _add_shares(rows)
    rows.sort(
        key=lambda r: (r.province is None, sort_key(r.province or ""), r.period or "", r.kind)
    )
    return Comparison(
        indicator=indicator, rows=rows, merged={k: sorted(v) for k, v in merged.items()}
    )


def _add_shares(rows: list[CompareRow]) -> None:
    """An achieved count or sum as a percent of the target its own row of a table sets
    ("Kết nạp đoàn viên mới | 35.000 | 41.350": 118.1). Only there are the two sure to count
    the same thing for the same body over the same time: paired by province and year, a
    report's 3.142 new members had shown 157.1% of a target for the last six months (its
    text said 62,8%), districts' figures shares of the province's target. Not for rates:
    "ước đạt 112% kế hoạch" over a growth target of 3% gave "3733.3% chỉ tiêu"."""
    targets: dict[tuple[str, str, str], list[CompareRow]] = defaultdict(list)
    for r in rows:
        if r.kind == "target" and r.unit != "%":
            targets[(r.doc_id, r.sentence, r.unit)].append(r)
    for r in rows:
        found = targets.get((r.doc_id, r.sentence, r.unit), [])
        if r.kind == "achievement" and len(found) == 1 and found[0].value and " | " in r.sentence:
            r.achieved_share = round(100 * r.value / found[0].value, 1)


CSV_COLUMNS = [*CompareRow.model_fields]
