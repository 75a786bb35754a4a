"""Goals and how far they are reached: each goal a document sets (a target figure of an
indicator) beside the results that measure it, and whether it is met.

    "Phấn đấu trong nhiệm kỳ 2023-2028 kết nạp mới ít nhất 15.000 đoàn viên"
    + "Từ đầu nhiệm kỳ đến ngày 30/6/2025, … kết nạp mới 6.845 đoàn viên"
    -> 45.6% of the goal, on the way (the term ends in 2028)

A result measures a goal when `compare` would put them side by side (one indicator, one
province, one body: a district's results never measure the province's goal; one unit) and
it falls within the goal's time. How it measures it (`Relation`):
- level: a stock or a rate standing at a time within the goal's (members at 30/6/2025,
  82,5% of unions with an agreement) against a goal of that stock or rate;
- whole: a flow (what is added: new members, houses, money spent) over the goal's very time;
- so_far: a flow from the goal's start to a time before its end (six months of a year's
  plan; "Từ đầu nhiệm kỳ đến nay" for a term's goal);
- part: a flow over a part of the goal's time not from its start (2024's new members against
  a goal of 2023-2028): shown, never summed, nothing concluded from it;
- stated_share: a percent a document gives of the goal ("đạt 57% chỉ tiêu Nghị quyết"),
  checked against the share its own count gives where the same sentence holds one.
The latest level, whole or so_far result says whether the goal is met.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, PrivateAttr

from nlp.goal_words import GoalSpan, counted_from, sets_a_ceiling, share_of
from nlp.indicators import catalogue
from nlp.places import renamed
from nlp.records import Figure
from nlp.text import sort_key

from .compare import (
    FLOWS,
    Claim,
    CompareRow,
    agree,
    claimant,
    compared_unit,
    plan_and_result_rows,
    row_of,
    step,
)

Relation = Literal["level", "whole", "so_far", "part", "stated_share"]
Status = Literal["met", "not_met", "on_the_way", "no_result"]
STATUSES: tuple[Status, ...] = ("met", "not_met", "on_the_way", "no_result")
# the relations that say where a goal stands (a part of its time says nothing alone)
COUNTING: frozenset[str] = frozenset({"level", "whole", "so_far"})


class Quote(BaseModel):
    """A figure as a document gives it, with where to find it."""

    value: float
    denominator: float | None
    unit: str
    qualifier: str
    text: str
    period: str | None
    months: str | None
    organisation: str | None
    doc_id: str
    source: str
    page: int | None
    sentence: str
    start: int
    end: int
    of_plan: bool = False  # a rate of a plan ("đạt 95,2% kế hoạch")

    @property
    def key(self) -> str:
        return f"{self.doc_id}:{self.start}"


class GoalResult(Quote):
    # the month its time ends, no later than its document's date (`_Reading.last`)
    _last: int = PrivateAttr(default=0)
    relation: Relation
    also_in: list[str] = []  # other documents giving the very same result
    # level, whole, so_far of a goal counted or summed: the result as a percent of the goal;
    # stated_share: the percent stated
    share: float | None = None
    since: str | None = None  # "term" or a year: where its sentence says its count starts
    # stated_share: the percent its own sentence's count gives of the goal, and whether the
    # stated one is that, to the last digit written (or a point)
    computed: float | None = None
    stated_right: bool | None = None


class Goal(Quote):
    indicator: str
    province: str | None
    ceiling: bool  # "không quá 3 cuộc", "dưới 5%": reached from below
    annual: bool = False  # "Mỗi năm …": each year's result is held against it
    status: Status
    share: float | None = None  # the latest result as a percent of the goal (counts, sums)
    latest: str | None = None  # the key of the result `status` and `share` are read from
    disputed: bool = False  # results of that latest time that cannot all be true
    also_in: list[str] = []  # other documents setting the very same goal
    # goals of the same body, indicator, time and unit set otherwise by other documents (a
    # report restating a resolution's 80% as 85%), by key
    restated_as: list[str] = []
    results: list[GoalResult] = []


class Goals(BaseModel):
    goals: list[Goal]
    counts: dict[str, int]  # goals by status
    # where the next page starts, when a page was asked for: its `start` ("Nghệ
    # An|members|100"); None when every goal asked for is listed
    next: str | None = None


Span = tuple[int, int]  # first and last month, as year * 12 + month - 1
_PERIOD = re.compile(r"((?:19|20)\d{2})(?:\s*-\s*((?:19|20)\d{2}))?")
_MONTHS = re.compile(r"(\d{1,2})(?:-(\d{1,2}))?")


def span_of(period: str | None, months: str | None = None) -> Span | None:
    """The months a period covers: "2023-2028" all of six years, "2025" with "01-06" the
    first half.

    >>> span_of("2025", "01-06"), span_of("2023-2028")
    ((24300, 24305), (24276, 24347))
    >>> span_of(None), span_of("nhiệm kỳ")
    (None, None)
    """
    found = _PERIOD.fullmatch(period or "")
    if not found:
        return None
    first, last = int(found.group(1)), int(found.group(2) or found.group(1))
    within = _MONTHS.fullmatch(months or "")
    if within and first == last:
        a, b = int(within.group(1)), int(within.group(2) or within.group(1))
        return first * 12 + a - 1, first * 12 + b - 1
    return first * 12, last * 12 + 11


def _dated_month(date: str | None) -> int | None:
    found = re.match(r"((?:19|20)\d{2})-(\d{2})", date or "")
    return int(found.group(1)) * 12 + int(found.group(2)) - 1 if found else None


def track(
    goals: Iterable[Claim],
    claims: Iterable[Claim],
    dated: Mapping[str, str | None] = {},
    terms: Mapping[str, str | None] = {},
) -> Goals:
    """Each goal of `goals` (target figures with an indicator) with the results among
    `claims` (stored figures of the goals' indicators and provinces, any kind and document)
    that measure it. `dated`: documents' dates (a report dated 10/7/2025 reports no result
    past it, whatever period its sentence carries); `terms`: their own periods (a
    congress's "2023-2028", whose goal "đến năm 2028" is the term's)."""
    claims = list(claims)
    planned = plan_and_result_rows(claims)
    # each result read once, kept by its indicator, body and the year its time ends in (a
    # national store's goals each look at the few results of their body and years)
    readings: dict[tuple[str, str, int], list[_Reading]] = defaultdict(list)
    # the goals' times each table row states: its results count from their start
    row_goals: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for claim in claims:
        f = claim.figure
        if f.kind == "target" and f.indicator and f.period and " | " in f.sentence:
            row_goals[(claim.doc_id, f.sentence, f.indicator)].add(f.period)
    for claim in claims:
        f = claim.figure
        if f.kind != "achievement" or not f.indicator:
            continue
        beside = row_goals.get((claim.doc_id, f.sentence, f.indicator), set())
        reading = _reading(_row(claim, planned), dated, frozenset(beside), f.since)
        if reading is not None and reading.body is not None:
            readings[(f.indicator, reading.body, reading.last // 12)].append(reading)
    found: dict[tuple[object, ...], Goal] = {}
    # the goals of one body, indicator, time and unit, whatever value each sets
    alike: dict[tuple[object, ...], list[tuple[Goal, CompareRow]]] = defaultdict(list)
    for claim in goals:
        f = claim.figure
        if f.kind != "target" or not f.indicator or _a_comparison(f):
            continue
        row = _of_its_term(_row(claim, planned), terms.get(claim.doc_id), dated)
        body = claimant(row)
        time_and_unit = (f.indicator, body, row.period, row.months, _unit(row))
        same = (*time_and_unit, row.value, row.qualifier)
        twin = found.get(same) if body is not None else None
        if twin is not None:
            if row.doc_id != twin.doc_id and row.doc_id not in twin.also_in:
                twin.also_in.append(row.doc_id)
            continue
        goal = _goal(row, body, readings, dated)
        found[same if body is not None else (id(goal),)] = goal
        if body is not None:
            alike[time_and_unit].append((goal, row))
    for goals_alike in alike.values():
        _restatements(sorted(goals_alike, key=lambda placed: _order(placed[0])))
    listed = sorted(found.values(), key=_order)
    counts = {status: sum(g.status == status for g in listed) for status in STATUSES}
    return Goals(goals=listed, counts=counts)


@dataclass(frozen=True)
class _Reading:
    """A result as every goal reads it: its row, body, time and the words around it."""

    row: CompareRow
    body: str | None
    first: int
    last: int  # no later than its document's date
    since: str | None  # where its sentence says its count starts
    share_words: GoalSpan | None  # which goal a percent says it is a share of
    # the periods of the goals its table row sets beside it ("Kết nạp đoàn viên mới | 15.000
    # | 6.310 | 42,1" under "Chỉ tiêu nhiệm kỳ | Thực hiện đến 30/6/2025"): it counts from
    # their start
    row_goals: frozenset[str] = frozenset()
    # its `Quote` fields, made once for every goal's result
    quote: Mapping[str, object] = field(default_factory=dict)


def _reading(
    row: CompareRow,
    dated: Mapping[str, str | None],
    row_goals: frozenset[str] = frozenset(),
    since: str | None = None,
) -> _Reading | None:
    """`since`: where the analysis read that the count starts (`Figure.since`: its
    paragraph's lead may say so); a store analysed before it was read reads its sentence."""
    own = span_of(row.period, row.months)
    if own is None:
        return None
    first, last = own
    written = _dated_month(dated.get(row.doc_id))
    if written is not None and written < last:
        last = max(first, written)  # a report tells no result past its date
    at = _at(row)
    return _Reading(
        row=row,
        body=claimant(row),
        first=first,
        last=last,
        since=since or (counted_from(row.sentence, at) if at >= 0 else None),
        share_words=share_of(row.sentence, at + len(row.text)) if at >= 0 else None,
        row_goals=row_goals,
        quote=_quote(row),
    )


# indicators counting members, where "người" is a member: "tổng số đoàn viên toàn tỉnh đạt
# trên 62.000 người"
_MEMBERS_COUNTED = frozenset({"members", "new_members", "party_referrals"})


def _unit(row: CompareRow) -> str:
    """The unit a goal and its results are compared in (`compared_unit`)."""
    unit = compared_unit(row)
    return "đoàn viên" if unit == "người" and row.indicator in _MEMBERS_COUNTED else unit


def _row(claim: Claim, planned: set[tuple[str, str]]) -> CompareRow:
    f = claim.figure
    at = f.sentence.find(f.text)
    row = row_of(f.indicator or "", claim, renamed(f.province), at)
    if row.unit == "%" and (claim.doc_id, row.sentence) in planned:
        row.of_plan = True  # "Thành lập mới CĐCS | 50 | 56 | 112,0": a share of the plan
    return row


def _goal(
    row: CompareRow,
    body: str | None,
    readings: Mapping[tuple[str, str, int], list[_Reading]],
    dated: Mapping[str, str | None],
) -> Goal:
    at = max(0, _at(row))
    before = row.sentence[:at]
    goal = Goal(
        **_quote(row),
        indicator=row.indicator,
        province=row.province,
        # fewer strikes is the only way a goal of strikes is kept; the top of a range ("từ
        # 20 đến 25 lớp tập huấn") is no most to keep under
        ceiling=(row.qualifier in ("at_most", "under") and not _RANGE_TOP.search(before))
        or row.indicator == "strikes"
        or sets_a_ceiling(row.sentence, at),
        status="no_result",
    )
    span = _goal_span(row, dated)
    if span is None or body is None:
        return goal
    goal.annual = _EACH_YEAR.search(re.split(r"[;:]", before)[-1]) is not None
    level = row.unit == "%" or row.indicator not in FLOWS and row.unit != "đồng"
    # set for a term (not for a year, nor a year ahead): a count since the term began is
    # a result for it
    set_for = span_of(row.period, row.months)
    term = set_for is not None and set_for[1] - set_for[0] >= 12
    results: list[GoalResult] = []
    alike: dict[tuple[object, ...], list[GoalResult]] = defaultdict(list)
    for year in range(span[0] // 12, span[1] // 12 + 1):
        for reading in readings.get((row.indicator, body, year), ()):
            within = _year_of(span, reading) if goal.annual else span
            result = _measure(row, within, level, term, reading)
            if result is None:
                continue
            same = alike[_result_key(result)]
            twin = next((r for r in same if _same_result(r, result)), None)
            if twin is None:
                results.append(result)
                same.append(result)
            elif result.doc_id != twin.doc_id and result.doc_id not in twin.also_in:
                twin.also_in.append(result.doc_id)
    results = [r for r in results if r.relation != "part" or not _counted_whole(r, results)]
    if row.unit == "%":
        _shares_of_a_rate(goal, results)
    results.sort(key=lambda r: (r._last, r.doc_id, r.start))
    if goal.ceiling:
        for r in results:
            r.share = None if r.relation in COUNTING else r.share  # no progress towards a most
    goal.results = results
    _judge(goal, span, dated)
    return goal


_RANGE_TOP = re.compile(r"(?<!\w)từ\s+[\d.,]+\s*(?:\S+\s+){0,3}?(?:đến|tới|-|–)\s*$", re.IGNORECASE)


# a goal for each year of its time: "Mỗi năm xây dựng ít nhất 18 nhà Mái ấm Công đoàn"
_EACH_YEAR = re.compile(r"(?<!\w)(?:mỗi|hằng|hàng)\s+năm(?!\w)", re.IGNORECASE)


def _year_of(span: Span, reading: _Reading) -> Span:
    """The year of an annual goal's time that a result falls in."""
    year = reading.last // 12
    return max(span[0], year * 12), min(span[1], year * 12 + 11)


# a plan's percent of last year's result, not a rate to reach: "Kết nạp mới 12.000 đoàn
# viên (bằng 93,5% so với thực hiện năm 2024)"
_COMPARED_AFTER = re.compile(r"\s*so (?:với|cùng kỳ)(?!\w)", re.IGNORECASE)


def _a_comparison(figure: Figure) -> bool:
    at = figure.sentence.find(figure.text)
    return (
        figure.unit == "%"
        and at >= 0
        and _COMPARED_AFTER.match(figure.sentence, at + len(figure.text)) is not None
    )


def _of_its_term(row: CompareRow, term: str | None, dated: Mapping[str, str | None]) -> CompareRow:
    """A congress's goal "Phấn đấu đến năm 2028, …" of its term 2023-2028 (its document's
    own period, `term`, starting in the year it is dated) is set for the term: counted from
    the congress, restated as the term's by a mid-term review."""
    written = dated.get(row.doc_id) or ""
    if term and "-" in term and term[:4] == written[:4] and row.period == term[-4:]:
        return row.model_copy(update={"period": term, "months": None})
    return row


def _goal_span(row: CompareRow, dated: Mapping[str, str | None]) -> Span | None:
    """The months a goal covers: its period's, but from its document's date when its year
    lies further ahead than the next ("Đến năm 2028, … có trên 60.000 đoàn viên" in a
    report of 7/2025: from 7/2025 to 2028; a plan for the next year is that year's); a
    term's, from its document's date when that is in the term's first year."""
    span = span_of(row.period, row.months)
    written = _dated_month(dated.get(row.doc_id))
    if span is None or written is None:
        return span
    if span[1] - span[0] >= 12:
        # a term's goals start at its congress: "Nghị quyết Đại hội …, nhiệm kỳ 2023 - 2028"
        # of 14/7/2023 (restated later, the term's first year)
        return (written, span[1]) if written // 12 == span[0] // 12 else span
    if span[0] // 12 > written // 12 + 1:
        return written, span[1]
    return span


def _shares_of_a_rate(goal: Goal, results: list[GoalResult]) -> None:
    """A rate's goal row gives the rate reached and its share of the goal, both in percent:
    "Tỷ lệ CĐCS doanh nghiệp có thỏa ước (%) | 80 | 82,5 | 103,1": 103,1 is 82,5 of 80, a
    stated share, not a rate of 103,1%."""
    for r in results:
        others = [
            o
            for o in results
            if o is not r and o.sentence == r.sentence and " | " in r.sentence and o.start < r.start
        ]
        if goal.value and any(
            abs(r.value - 100 * o.value / goal.value) <= max(step(_as_compare(r)), 0.1)
            for o in others
        ):
            r.relation, r.share = "stated_share", r.value


def _counted_whole(part: GoalResult, results: list[GoalResult]) -> bool:
    """Whether a document giving a value as a part also counts it from the goal's start
    (its table's "Thực hiện đến 30/6/2025" column beside its text's "Đã giới thiệu 1.436
    đoàn viên"): one result, the table's."""
    docs = {part.doc_id, *part.also_in}
    return any(
        r.relation in COUNTING
        and (r.value, r.period, r.months) == (part.value, part.period, part.months)
        and docs & {r.doc_id, *r.also_in}
        for r in results
    )


def _result_key(result: GoalResult) -> tuple[object, ...]:
    return (
        result.relation,
        result.value,
        result.qualifier,
        result.unit,
        result.period,
        result.months,
        result.since,
    )


def _same_result(a: GoalResult, b: GoalResult) -> bool:
    """One result given twice by two documents (a report and its scan, an article quoting
    it; results of one goal are all of its body, and these two of one `_result_key`); a
    document's text and its table giving one value are both shown, each sentence with what
    it says beside it."""
    return a.doc_id != b.doc_id or a.sentence == b.sentence


def _quote(row: CompareRow) -> dict[str, object]:
    return row.model_dump(include=set(Quote.model_fields))


def _at(row: CompareRow) -> int:
    return row.sentence.find(row.text)


def _measure(
    goal: CompareRow, span: Span, level: bool, term: bool, reading: _Reading
) -> GoalResult | None:
    """How the result `reading` measures `goal` (of `span`; `level`: of a stock or rate;
    `term`: set for a term), or None."""
    row, first, last, since = reading.row, reading.first, reading.last, reading.since
    if not span[0] <= last <= span[1]:
        return None
    one_year = span[1] - span[0] < 12
    if row.unit == "%" and goal.unit != "%":
        # a table row setting the goal and giving its share of it, or a share that says of
        # which goal: "chỉ tiêu Nghị quyết" a term's, "kế hoạch năm" a year's, a plan it
        # does not place the one of its own time
        # (a row of another document setting the same goal: a review's table restating it)
        same_row = " | " in row.sentence and (
            row.sentence == goal.sentence or goal.period in reading.row_goals
        )
        words = reading.share_words
        if words == "plan" and reading.since == "term":
            words = "term"  # "Lũy kế từ đầu nhiệm kỳ …, đạt 55% chỉ tiêu": the term's
        if not (row.of_plan or same_row) or (words is None and not same_row):
            return None
        if first < span[0] and not (same_row and first // 12 == span[0] // 12):
            return None
        if (words == "term" and one_year) or (words == "year" and not one_year):
            return None
        if words == "plan" and one_year != (last - first < 12):
            return None
        return _new_result(reading, "stated_share", row.value, None)
    if _unit(row) != _unit(goal):
        return None
    if since == "term":
        # a count from the term's start measures a term's goal, not a year's, nor one for
        # the rest of the term ("Đến năm 2028, … kết nạp mới tối thiểu 5.200 đoàn viên")
        if not term and not level:
            return None
        first = span[0]
    elif since:
        first = int(since) * 12
    elif reading.row_goals:
        # a table row setting a goal and giving its result counts from the goal's start:
        # this goal's (restated, or its very row), or another's (a term's count is no year's)
        if goal.period in reading.row_goals:
            first = span[0]
        else:
            starts = [s for p in reading.row_goals if (s := span_of(p)) is not None]
            first = min(first, *(start for start, _ in starts)) if starts else first
    if level:
        if reading.row.doc_id == goal.doc_id and last <= span[0]:
            return None  # the baseline a resolution sets its goal from, not a result of it
        return _result(goal, reading, "level", since) if first >= span[0] - 11 else None
    # a count of the year a goal was set in is from its start: 2023's new members for a term
    # of a congress in July 2023
    from_start = first == span[0] or (first < span[0] and first // 12 == span[0] // 12)
    if first < span[0] and not from_start:
        return None
    if from_start:
        return _result(goal, reading, "whole" if last == span[1] else "so_far", since)
    return _result(goal, reading, "part", since)


def _result(
    goal: CompareRow, reading: _Reading, relation: Relation, since: str | None
) -> GoalResult:
    share = None
    if relation in COUNTING and goal.unit != "%" and goal.value:
        share = round(100 * reading.row.value / goal.value, 1)
    return _new_result(reading, relation, share, since)


def _new_result(
    reading: _Reading, relation: Relation, share: float | None, since: str | None
) -> GoalResult:
    # (model_construct, unvalidated, took three times as long: it copies every default)
    result = GoalResult(**reading.quote, relation=relation, share=share, since=since)
    result._last = reading.last
    return result


def _judge(goal: Goal, span: Span, dated: Mapping[str, str | None]) -> None:
    """The goal's status and share by its latest result that says where it stands."""
    for stated in (r for r in goal.results if r.relation == "stated_share"):
        counted = [
            r
            for r in goal.results
            if r.relation in COUNTING
            and r.sentence == stated.sentence
            and stated.doc_id in (r.doc_id, *r.also_in)
            and r.sentence.find(r.text) < stated.sentence.find(stated.text)
        ]
        if counted and goal.unit != "%" and goal.value:
            stated.computed = round(100 * counted[-1].value / goal.value, 1)
            tolerance = max(step(_as_compare(stated)), 1.0)
            stated.stated_right = abs(stated.computed - stated.value) <= tolerance
    counting = [r for r in goal.results if r.relation in COUNTING]
    if not counting:
        return
    end = max(r._last for r in counting)
    latest = [r for r in counting if r._last == end]
    # a whole time's result first, then one in the goal's own table row, then the latest
    # document's, then its largest value (a document's several values of one time are its
    # parts: a table's rows and their total)
    chosen = max(
        latest,
        key=lambda r: (
            r.relation == "whole",
            r.sentence == goal.sentence,  # the goal's own table row giving its result
            dated.get(r.doc_id) or "",
            r.value,
        ),
    )
    goal.latest = chosen.key
    goal.share = None if goal.ceiling else chosen.share  # (no progress towards a most)
    goal.disputed = any(
        not {a.doc_id, *a.also_in} & {b.doc_id, *b.also_in}
        and not agree(_as_compare(a), _as_compare(b))
        for a in latest
        for b in latest
        if a is not b
    )
    reached = _reached(goal, chosen.value)
    over = end >= (min(span[1], end // 12 * 12 + 11) if goal.annual else span[1])
    if reached:
        goal.status = "met"
    elif over or (goal.ceiling and chosen.relation == "so_far"):
        goal.status = "not_met"  # (a ceiling on a flow passed before its end is broken)
    else:
        goal.status = "on_the_way"


def _reached(goal: Goal, value: float) -> bool:
    if goal.qualifier == "under":
        return value < goal.value
    if goal.ceiling:
        return value <= goal.value
    if goal.qualifier == "over":
        return value > goal.value
    return value >= goal.value


def _as_compare(quote: Quote) -> CompareRow:
    return CompareRow(
        **quote.model_dump(include=set(CompareRow.model_fields) & set(Quote.model_fields)),
        indicator="",
        province=None,
        kind="achievement",
        conflict=False,
    )


def _restatements(alike: list[tuple[Goal, CompareRow]]) -> None:
    """Which of the goals of one body, indicator, time and unit (each with its row) other
    documents set otherwise."""
    for goal, a in alike:
        goal.restated_as = [b.key for _, b in alike if b.doc_id != a.doc_id and not agree(a, b)]


_CATALOGUE_ORDER = {indicator.id: number for number, indicator in enumerate(catalogue())}


def group_order(indicator: str, province: str | None) -> tuple[object, ...]:
    """Where the goals of one indicator and province come in a listing: provinces in
    Vietnamese alphabetical order (those naming none last), then the catalogue's order."""
    return (
        province is None,
        sort_key(province or ""),
        _CATALOGUE_ORDER.get(indicator, len(_CATALOGUE_ORDER)),
        indicator,
    )


def group_cursor(indicator: str, province: str | None, before: int = 0) -> str:
    """Where a page of goals starts: a group ("Nghệ An|members", "|members" for the goals
    naming no province) and how many of its goals came before ("Nghệ An|members|100")."""
    return f"{province or ''}|{indicator}" + (f"|{before}" if before else "")


def cursor_group(cursor: str) -> tuple[tuple[str, str | None], int]:
    """The group (indicator, province) and the goals before of a `group_cursor`; ValueError
    for anything else.

    >>> cursor_group("Nghệ An|members|100"), cursor_group("|members")
    ((('members', 'Nghệ An'), 100), (('members', None), 0))
    """
    province, bar, rest = cursor.partition("|")
    indicator, _, before = rest.partition("|")
    if not bar or not indicator.strip() or not (before or "0").strip().isdigit():
        raise ValueError(
            f"start: {cursor!r} is not PROVINCE|INDICATOR or PROVINCE|INDICATOR|N"
            " (as `next` gives it)"
        )
    return (indicator.strip(), province.strip() or None), int(before or 0)


def _order(goal: Goal) -> tuple[object, ...]:
    return (
        *group_order(goal.indicator, goal.province),
        goal.period or "",
        goal.months or "",
        goal.organisation or "",
        goal.value,
    )


CSV_COLUMNS = [
    "province",
    "indicator",
    "organisation",
    "period",
    "months",
    "goal",
    "value",
    "unit",
    "qualifier",
    "status",
    "share",
    "latest",
    "latest_value",
    "latest_period",
    "latest_relation",
    "results",
    "restated_as",
    "doc_id",
    "source",
    "page",
    "sentence",
    "key",
]


def csv_records(goals: Goals) -> list[dict[str, object]]:
    """One record a goal, its latest result beside it (`CSV_COLUMNS`)."""
    records = []
    for g in goals.goals:
        latest = next((r for r in g.results if r.key == g.latest), None)
        records.append(
            {
                "province": g.province,
                "indicator": g.indicator,
                "organisation": g.organisation,
                "period": g.period,
                "months": g.months,
                "goal": g.text,
                "value": g.value,
                "unit": g.unit,
                "qualifier": g.qualifier,
                "status": g.status,
                "share": g.share,
                "latest": latest.text if latest else None,
                "latest_value": latest.value if latest else None,
                "latest_period": latest.period if latest else None,
                "latest_relation": latest.relation if latest else None,
                "results": len(g.results),
                "restated_as": " ".join(g.restated_as),
                "doc_id": g.doc_id,
                "source": g.source,
                "page": g.page,
                "sentence": g.sentence,
                "key": g.key,
            }
        )
    return records
