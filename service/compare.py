"""Provinces side by side on one indicator, every value traced to its sentence.

Rows come from stored figures, never from sums: figures of one province, period (and the
months of its year: a six-month report's count is no year's), kind and unit with the same
value are one claim (its first source is shown and the others counted); values there that
cannot both be true are a conflict, and every one of them is a row flagged `conflict`,
naming the rows it disputes. Values disagree when no number is both: "hơn 3.100" and
"3.120" agree, as do "24,8 tỷ" and "24.812 triệu" (a value is as exact as its last digit
written), "3.210" and "3.120" do not.
An achievement and a target of the same province, period and unit give the achievement its
`achieved_share` (percent of the target).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from nlp.goal_words import share_of
from nlp.indicators import part_of_total, speaks_of_tet
from nlp.numerals import parse_number
from nlp.organisations import is_below_province, names_one
from nlp.places import province_after_merger, renamed
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
    # the months of the period's year ("01-06": the first six months, or counted to 30/6);
    # values of other months are no dispute
    months: str | None = None
    # the rows this one disputes, each as "doc_id:start" (`key`)
    conflicts_with: list[str] = []

    @property
    def key(self) -> str:
        """The row's claim by its first source: "<doc_id>:<start>"."""
        return f"{self.doc_id}:{self.start}"


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


GroupKey = tuple[str, str, str, str, str, str]


def compared_unit(row: CompareRow) -> str:
    """The unit a row is compared in: a rate of a plan apart from other rates, "đoàn viên
    công đoàn" as "đoàn viên"."""
    return "% kế hoạch" if row.of_plan else _SAME_UNIT.get(row.unit, row.unit)


def _group_key(row: CompareRow, part: str) -> GroupKey:
    unit = compared_unit(row)
    return (row.province or "", row.period or "", row.months or "", row.kind, unit, part)


# gifts given, at Tết or another time ("đã trao 26.340 suất quà … với tổng kinh phí 12.480
# triệu đồng" under a heading "Công tác chăm lo Tết"): their money is a part of the year's
_GIFTS = re.compile(r"(?<!\w)(?:suất|phần) quà(?!\w)", re.IGNORECASE)
# a stop or a pause ends a clause; the point in "68.450" does not
_STOP = re.compile(r"[.;:!?](?!\d)")
_PAUSE = re.compile(r"[,.;:!?](?!\d)")


def _part(figure: Figure, at: int, indicator: str) -> str:
    """Which part of its indicator a value counts, where values of different parts are no
    dispute: a Tết's or other gifts' ("Tết Nguyên đán Ất Tỵ 2025, … tổng kinh phí 32,6 tỷ
    đồng") against the whole year's welfare spending ("… cả năm đạt 58,4 tỷ đồng, gồm quà
    Tết, …"); a part after "trong đó" against its total ("…, trong đó doanh nghiệp hỗ trợ
    18,4 tỷ đồng"), but not a union's own count after it (`part_of_total`).
    The figure's clause tells (`at`: where the figure stands in its sentence): its sentence
    back to the last stop before it and on to the next comma."""
    if at < 0:
        return ""
    sentence, text = figure.sentence, figure.text
    before = _STOP.split(sentence[:at])[-1]
    after = _PAUSE.split(sentence[at + len(text) :])[0]
    clause = f"{before} {text}{after}"
    gifts = not indicator.startswith("tet_") and (
        speaks_of_tet(clause) or _GIFTS.search(clause) is not None
    )
    return ("gifts " if gifts else "") + ("part" if part_of_total(sentence[:at]) else "")


def _of_plan(figure: Figure, at: int) -> bool:
    """Whether a rate standing at `at` in its sentence is measured against a plan: "đạt
    95,2% kế hoạch", "bằng 103,5% dự toán".

    >>> f = Figure(text="95,2%", value=95.2, unit="%", sentence="đạt 95,2% kế hoạch.",
    ...            start=0, end=5)
    >>> _of_plan(f, 4)
    True
    """
    if figure.unit != "%" or at < 0:
        return False
    # (also a bare share of a count, "…, đạt 45%", when the sentence's other shares are of
    # a plan)
    return share_of(figure.sentence, at + len(figure.text)) is not None


def row_of(indicator: str, claim: Claim, province: str | None, at: int) -> CompareRow:
    """The row of a claim whose figure stands at `at` in its sentence."""
    f = claim.figure
    of_plan = _of_plan(f, at)
    exceeds = of_plan and _EXCEEDS.search(f.sentence[: max(0, at)])
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
        of_plan=of_plan,
        months=f.months,
    ).model_copy(
        # "vượt 4% kế hoạch" is "đạt 104% kế hoạch": compared, shown and charted so
        update={"value": 100 + f.value, "text": f"vượt {f.text}"} if exceeds else {}
    )


@dataclass(frozen=True)
class _Facts:
    """What `_disagree` reads of a row, worked out once for all the pairs it is in (a
    national store's province-year groups hold hundreds of rows each)."""

    value: tuple[float, float | None]  # its value and denominator
    bounds: tuple[float, float]
    counted: bool  # no denominator: a count or sum whose bounds say what it allows
    body: str | None  # `claimant`
    docs: frozenset[str]  # its document and those giving the same value

    @classmethod
    def of(cls, row: CompareRow) -> _Facts:
        return cls(
            (row.value, row.denominator),
            bounds(row),
            row.denominator is None,
            claimant(row),
            frozenset((row.doc_id, *row.also_in)),
        )


def _disagree(a: _Facts, b: _Facts, accounts: dict[str, frozenset[float]]) -> bool:
    """Two values of one province, period, kind and unit that documents claim against each
    other, for one body (a district's union's members are no claim on the province's), and
    that cannot both be true (`bounds`). One document's several values are its parts
    ("24,8 tỷ đồng cho việc chăm lo Tết", "3,3 tỷ đồng … Tháng Công nhân"), not a dispute
    with itself; nor are documents that give the very same values (`accounts`: each
    document's values in the group), such as one report stored as .docx and as .txt."""
    if a.value == b.value:
        return False
    if (a.counted or b.counted) and _overlap(a.bounds, b.bounds):  # ("739/745" is no "739/739")
        return False
    if a.body is None or a.body != b.body:
        return False
    if a.docs & b.docs:
        return False  # one document's parts, whoever else gives one of them
    return len({accounts[d] for d in a.docs | b.docs}) > 1


def agree(a: CompareRow, b: CompareRow) -> bool:
    """Whether two rows of one group are claims on one body that some value satisfies both:
    "hơn 3.100" and "3.120" do, "739/745" and "739/739" do not."""
    if not _one_claimant(a, b):
        return False
    if (a.value, a.denominator) == (b.value, b.denominator):
        return True
    return (a.denominator is None or b.denominator is None) and _overlap(bounds(a), bounds(b))


def one_body(a: CompareRow, b: CompareRow) -> bool:
    """Whether two rows are claims on one body: of one `claimant`."""
    body = claimant(a)
    return body is not None and body == claimant(b)


def claimant(row: CompareRow) -> str | None:
    """The body a row is a claim on: its province's own union (by the province's name since
    1/7/2025's renamings), or a union below it, a district's or a sector's, which counts its
    own (by its name and province); naming no province, only a union named in full, the
    same twice ("Tổng Liên đoàn Lao động Việt Nam"): two reports leaving their unions
    unnamed may be two provinces' (and a national store holds thousands: they would be pairs
    of every two). None: a claim on no body another row can be known to share."""
    province = renamed(row.province_as_written)
    if province is None:
        return f"named {_body(row.organisation, None)}" if names_one(row.organisation) else None
    if is_below_province(row.organisation):
        return f"{province} / {_body(row.organisation, row.province_as_written)}"
    return province


def _one_claimant(a: CompareRow, b: CompareRow) -> bool:
    """Whether two rows are claims on one body: a district's or a sector's union counts its
    own, not the province's; after the merger, Bắc Giang's own total and Bắc Ninh's are
    two."""
    if (is_below_province(a.organisation) or is_below_province(b.organisation)) and not (
        _same_body(a, b)
    ):
        return False
    return renamed(a.province_as_written) == renamed(b.province_as_written)


def _more_than_the_year(
    indicator: str, groups: dict[GroupKey, list[CompareRow]], focus: str | None = None
) -> None:
    """A year's total can be no smaller than what its first months had already counted: 42
    new unions "đến ngày 30/11/2024" and 24 in the whole of 2024 dispute each other (flows
    only: a stock of members may well fall by December). `focus`: only pairs holding a row
    that document claims (see `grouped`)."""
    if indicator not in FLOWS:
        return
    wholes: dict[tuple, list[CompareRow]] = defaultdict(list)
    for (province, period, months, kind, unit, part), group in groups.items():
        if not months and unit != "%":
            wholes[(province, period, kind, unit, part)].extend(group)
    for (province, period, months, kind, unit, part), group in groups.items():
        if not months or not months.startswith("01-"):
            continue
        whole = wholes.get((province, period, kind, unit, part), [])
        focused = whole if focus is None else [r for r in whole if _claims(r, focus)]
        for early in group:
            for year in whole if focus is None or _claims(early, focus) else focused:
                if (
                    early.doc_id != year.doc_id
                    and bounds(early)[0] > bounds(year)[1]
                    and one_body(early, year)
                ):
                    early.conflicts_with.append(year.key)
                    year.conflicts_with.append(early.key)
                    early.conflict = year.conflict = True


_EXCEEDS = re.compile(r"(?<!\w)vượt(?: mức)?\s*$", re.IGNORECASE)
# indicators that count what is added in a time, which only grows as the year goes on (not
# the members or unions standing at a day, nor the agreements in force, which may fall)
FLOWS = frozenset(
    {
        "new_members",
        "new_grassroots_unions",
        "party_referrals",
        "officials_trained",
        "welfare_spending",
        "worker_loans",
        "donations",
        "tet_beneficiaries",
        "union_houses",
        "initiatives",
        "strikes",
    }
)


def _same_body(a: CompareRow, b: CompareRow) -> bool:
    """Whether two rows' unions are one, however written: "LĐLĐ huyện Sóc Sơn" and "Liên
    đoàn Lao động huyện Sóc Sơn"; "Công đoàn ngành Y tế" and "Công đoàn ngành Y tế tỉnh
    Nghệ An" in Nghệ An."""
    return _body(a.organisation, a.province_as_written) == _body(
        b.organisation, b.province_as_written
    )


def _body(name: str | None, province: str | None) -> str:
    """A union's name as compared: its province's name dropped ("Công đoàn ngành Y tế tỉnh
    Nghệ An" in Nghệ An), but not a city's of that name below it ("LĐLĐ thành phố Lạng
    Sơn" is not the province's LĐLĐ).

    >>> _body("Liên đoàn Lao động tỉnh Lạng Sơn", "Lạng Sơn")
    'lđlđ'
    >>> _body("LĐLĐ thành phố Lạng Sơn", "Lạng Sơn")
    'lđlđ thành phố lạng sơn'
    >>> _body("LĐLĐ thành phố Hà Nội", "Hà Nội")
    'lđlđ'
    """
    below = is_below_province(name)
    name = _LDLD.sub("lđlđ", (name or "").lower())
    if province:
        words = "tỉnh" if below else r"(?:tỉnh|thành phố|tp\.?)"
        name = re.sub(rf"\s+{words}\s+{re.escape(province.lower())}$", "", name)
    return name


_LDLD = re.compile(r"liên đoàn lao động")
# how far past its number "hơn", "gần", "khoảng" reach: "hơn 3.100" is no way of writing
# 3.500; a value in round numbers reaches a step of its last digit ("hơn 3.000": to 4.000)
NEAR = 0.05
_NUMERAL = re.compile(r"\d[\d.,]*\d|\d")


def step(row: CompareRow) -> float:
    """The worth of the last digit a value is written with: "24,8 tỷ đồng" 1e8, "98,6%"
    0.1, "3.120" 1; 0 for a number in words ("hai").

    >>> def row(text, value):
    ...     return CompareRow(indicator="x", province=None, value=value, denominator=None,
    ...         unit="đồng", qualifier="exact", kind="achievement", period=None,
    ...         organisation=None, conflict=False, doc_id="d", source="s", page=None,
    ...         sentence=text, text=text, start=0, end=1)
    >>> step(row("24,8 tỷ đồng", 24.8e9)), step(row("98,6%", 98.6)), step(row("3.120", 3120))
    (100000000.0, 0.1, 1.0)
    >>> step(row("980 triệu đồng", 9.8e8)), step(row("hai", 2))
    (1000000.0, 0.0)
    """
    numeral = _NUMERAL.search(row.text)
    if numeral is None:
        return 0.0
    for english in (False, True):
        try:
            written = parse_number(numeral.group(), english)
        except ValueError:
            continue
        if written <= 0 or row.value <= 0:
            continue
        power = round(math.log10(row.value / written))
        if power < 0 or not math.isclose(row.value, written * 10**power, rel_tol=1e-6):
            continue
        decimals = len(re.split(r"[.,]", numeral.group())[-1]) if written % 1 else 0
        return 10.0**power / 10**decimals
    return 0.0


def bounds(row: CompareRow) -> tuple[float, float]:
    """The values a claim allows: its number to the precision written, widened by its
    qualifier ("hơn 3.100": 3.100 to 3.255; "ít nhất 80%": 80 and up)."""
    value, written = row.value, step(row)
    reach = max(written, NEAR * abs(value))
    if row.qualifier == "over":
        return value, value + reach
    if row.qualifier == "under":
        return value - reach, value
    if row.qualifier == "about":
        return value - max(written / 2, NEAR * abs(value)), value + max(
            written / 2, NEAR * abs(value)
        )
    if row.qualifier == "at_least":
        return value, math.inf
    if row.qualifier == "at_most":
        return -math.inf, value
    return value - written / 2, value + written / 2


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two claims' values meet inside both: 9 and 10 only touch at 9,5, where each
    would be written otherwise."""
    return a[0] < b[1] and b[0] < a[1]


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
    groups, merged = grouped(indicator, claims, provinces, after_merger)
    rows = [row for group in groups.values() for row in group]
    rows.sort(
        key=lambda r: (
            r.province is None,
            sort_key(r.province or ""),
            r.period or "",
            r.months or "",
            r.kind,
            # the province's own union before its districts', sectors' and grassroots'
            is_below_province(r.organisation),
        )
    )
    return Comparison(
        indicator=indicator, rows=rows, merged={k: sorted(v) for k, v in merged.items()}
    )


def grouped(
    indicator: str,
    claims: Iterable[Claim],
    provinces: list[str] | None = None,
    after_merger: bool = False,
    focus: str | None = None,
    placed: dict[int, tuple[CompareRow, GroupKey]] | None = None,
) -> tuple[dict[GroupKey, list[CompareRow]], dict[str, set[str]]]:
    """The rows of `compare`, conflicts flagged and shares added, in their groups (rows of
    one group are of one province, period, months, kind, unit and part, and only they can
    agree), with the provinces merged into each shown one.

    `focus`, a document id: only the disputes of the rows it claims are worked out (a text
    checked against a national store asks nothing of the stored rows among themselves,
    which would be pairs of every two in a group). `placed` is filled with the row each
    claim stands in (its own, or the row of the same value it joined), by its place in
    `claims`."""
    claims = list(claims)
    merged: dict[str, set[str]] = defaultdict(set)
    groups: dict[GroupKey, list[CompareRow]] = defaultdict(list)
    # a group's row of each value and qualifier, where a claim of the same joins it
    twins: dict[tuple[GroupKey, float, str], CompareRow] = {}
    planned = plan_and_result_rows(claims)
    for number, claim in enumerate(claims):
        # a province that only changed its name is one: "Thừa Thiên Huế" of 2024 is Huế
        province = renamed(claim.figure.province)
        written = claim.figure.province
        if after_merger and province:
            province = province_after_merger(province) or province
        if provinces and province not in provinces:
            continue
        if written and province != written:  # said only of the rows shown
            merged[province].add(written)
        # where the figure stands in its sentence, found once for all that asks
        at = claim.figure.sentence.find(claim.figure.text)
        row = row_of(indicator, claim, province, at)
        if row.unit == "%" and (claim.doc_id, row.sentence) in planned:
            row.of_plan = True  # "Thành lập mới CĐCS | 50 | 56 | 112,0": a share of the plan
        key = _group_key(row, _part(claim.figure, at, indicator))
        twin = twins.get((key, row.value, row.qualifier))
        if twin is None:
            groups[key].append(row)
            twins[(key, row.value, row.qualifier)] = row
        elif row.doc_id != twin.doc_id and row.doc_id not in twin.also_in:
            twin.also_in.append(row.doc_id)
        if placed is not None:
            placed[number] = (twin or row, key)
    rows: list[CompareRow] = []
    for group in groups.values():
        claimed: dict[str, set[float]] = defaultdict(set)
        for r in group:
            for doc_id in (r.doc_id, *r.also_in):
                claimed[doc_id].add(r.value)
        accounts = {doc_id: frozenset(values) for doc_id, values in claimed.items()}
        for claimants in _claimants(group):
            focused = claimants if focus is None else [r for r in claimants if _claims(r, focus)]
            facts = {id(r): _Facts.of(r) for r in claimants}
            for r in claimants:
                against = claimants if focus is None or _claims(r, focus) else focused
                mine = facts[id(r)]
                r.conflicts_with = [
                    o.key for o in against if o is not r and _disagree(mine, facts[id(o)], accounts)
                ]
                r.conflict = bool(r.conflicts_with)
        rows.extend(group)
    _more_than_the_year(indicator, groups, focus)
    _add_shares(rows)
    return groups, merged


def _claimants(group: list[CompareRow]) -> list[list[CompareRow]]:
    """The rows of a group that may dispute each other: all of a province's; of those naming
    none, each named body's apart (`claimant`), the others none."""
    if group[0].province:
        return [group]
    bodies: dict[str, list[CompareRow]] = defaultdict(list)
    for row in group:
        body = claimant(row)
        if body is not None:
            bodies[body].append(row)
    return list(bodies.values())


def _claims(row: CompareRow, doc_id: str) -> bool:
    return row.doc_id == doc_id or doc_id in row.also_in


def plan_and_result_rows(claims: list[Claim]) -> set[tuple[str, str]]:
    """The table rows (document, row) holding a goal and a result in a count or a sum: their
    percent is how much of the plan was done ("Kết nạp đoàn viên mới | 6.800 | 7.072 |
    104,0"), not a rate of coverage."""
    kinds: dict[tuple[str, str], set[str]] = defaultdict(set)
    for claim in claims:
        f = claim.figure
        if f.unit != "%" and " | " in f.sentence:
            kinds[(claim.doc_id, f.sentence)].add(f.kind)
    return {key for key, found in kinds.items() if found == {"target", "achievement"}}


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
