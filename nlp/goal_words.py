"""The words around a figure that tie a result to a goal: where a count starts ("Từ đầu
nhiệm kỳ đến ngày 30/6/2025, … kết nạp mới 6.845 đoàn viên": from the term's start), and
which goal a percent is a share of ("đạt 57% chỉ tiêu Nghị quyết": the term's; "bằng
46,2% kế hoạch năm": the year's)."""

from __future__ import annotations

import re
from typing import Literal

GoalSpan = Literal["term", "year", "plan"]

# a count kept from the term's start: "Từ đầu nhiệm kỳ đến nay", "Lũy kế", "Sau hơn hai
# năm thực hiện Nghị quyết", "Từ khi triển khai Nghị quyết", "Tính từ Đại hội đến 30/6/2025"
# (the congress opens the term)
_FROM_TERM = re.compile(
    r"(?<!\w)(?:từ đầu nhiệm kỳ|lũy kế|luỹ kế|tính từ đầu nhiệm kỳ"
    r"|từ\s+(?:sau\s+)?đại hội(?=[^;.|]{0,60}?(?:đến|tới|nay)(?!\w))"
    r"|sau\s+(?:(?:hơn|gần)\s+)?(?:\d{1,2}|hai|ba|bốn|năm|nửa)\s+năm\s+"
    r"(?:thực hiện|triển khai)"
    r"|từ khi (?:triển khai|thực hiện|ban hành) (?:nghị quyết|chương trình|kế hoạch))(?!\w)",
    re.IGNORECASE,
)
# ... or from a year named: "Từ năm 2023 đến nay", "từ đầu năm 2023 đến 30/6/2025"
_FROM_YEAR = re.compile(
    r"(?<!\w)từ\s+(?:đầu\s+)?năm\s+((?:19|20)\d{2})\s*(?:đến|tới)(?!\w)", re.IGNORECASE
)
# what ends the reach of a cue before a figure: "…; riêng năm 2025, kết nạp 1.128"
_SINGLED_OUT = re.compile(r"(?<!\w)(?:riêng|trong đó|chỉ tính)(?!\w)", re.IGNORECASE)
# a time of its own, which a cue of the sentences before does not reach: "Trong năm, …"
_OWN_TIME = re.compile(r"(?<!\w)(?:trong năm|năm nay|cả năm|quý|tháng)(?!\w)", re.IGNORECASE)


def counted_from(sentence: str, at: int, carried: str | None = None) -> str | None:
    """Where the count of a figure standing at `at` in `sentence` starts, when its sentence
    says: "term" (the term's start), a year ("2023"), or None (the figure's period says);
    `carried`, what the sentences before it in its paragraph said, when this one says
    nothing and sets nothing apart ("Lũy kế từ đầu nhiệm kỳ đến nay, … . Các cấp công đoàn
    đã giới thiệu 744 đoàn viên ưu tú cho Đảng").

    >>> s = "Từ đầu nhiệm kỳ đến ngày 30/6/2025, đã kết nạp mới 6.845 đoàn viên"
    >>> counted_from(s, s.index("6.845"))
    'term'
    >>> s = "Từ năm 2023 đến nay, đã xây dựng 96 Mái ấm Công đoàn"
    >>> counted_from(s, s.index("96"))
    '2023'
    >>> s = "Tính từ Đại hội đến 30/6/2025, toàn tỉnh kết nạp mới 3.646 đoàn viên"
    >>> counted_from(s, s.index("3.646")), counted_from("Từ Đại hội đến 31/12/2023 | 5.870", 28)
    ('term', 'term')
    >>> s = "Từ đầu nhiệm kỳ, kết nạp 6.845 đoàn viên; riêng năm 2025, kết nạp 1.128 đoàn viên"
    >>> counted_from(s, s.index("1.128")) is None
    True
    >>> counted_from("Các cấp công đoàn đã giới thiệu 744 đoàn viên", 31, "term")
    'term'
    >>> counted_from("Riêng năm 2025, kết nạp 1.128 đoàn viên", 25, "term") is None
    True
    """
    return CountStarts(sentence).at(at, carried)


class CountStarts:
    """Where the counts of one sentence start (`counted_from`), its words read once for all
    its figures: a line of thousands of figures had each read all the words before it."""

    def __init__(self, sentence: str) -> None:
        self._cues = [(m.start(), m.end(), "term") for m in _FROM_TERM.finditer(sentence)]
        self._cues += [(m.start(), m.end(), m.group(1)) for m in _FROM_YEAR.finditer(sentence)]
        self._singled = [(m.start(), m.end()) for m in _SINGLED_OUT.finditer(sentence)]
        ends = [m.end() for m in _OWN_TIME.finditer(sentence)] + [e for _, e in self._singled]
        self._first_own = min(ends, default=len(sentence) + 1)

    def at(self, at: int, carried: str | None = None) -> str | None:
        cues = [(start, since) for start, end, since in self._cues if end <= at]
        if not cues:
            return None if self._first_own <= at else carried
        start, since = max(cues)
        if any(start <= s and e <= at for s, e in self._singled):
            return None
        return since


# a goal named right after a rate: "đạt 57% chỉ tiêu Nghị quyết", "bằng 46,2% kế hoạch năm"
_GOAL = r"\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)(?:\s+(?:đề ra|đặt ra|giao))?"
_TERM_GOAL = re.compile(
    _GOAL + r"\s+(?:của\s+)?(?:cả\s+)?(?:nghị quyết|nhiệm kỳ|đại hội|nq)(?!\w)", re.IGNORECASE
)
_YEAR_GOAL = re.compile(
    _GOAL + r"\s+(?:của\s+)?(?:cả\s+)?năm(?!\w)(?!\s+(?:thực hiện|triển khai))", re.IGNORECASE
)
_ANY_GOAL = re.compile(_GOAL + r"(?!\w)", re.IGNORECASE)


def share_of(sentence: str, end: int) -> GoalSpan | None:
    """Which goal a rate ending at `end` in `sentence` is a share of: "term" ("57% chỉ
    tiêu Nghị quyết", "… chỉ tiêu nhiệm kỳ"), "year" ("46,2% kế hoạch năm"), "plan" (a
    plan it does not place: "đạt 95,2% kế hoạch"), or None (a rate of coverage: "82,5% CĐCS
    có thỏa ước").

    >>> s = "kết nạp 6.845 đoàn viên, đạt 57% chỉ tiêu Nghị quyết"
    >>> share_of(s, len(s))
    >>> share_of(s, s.index("%") + 1), share_of("bằng 46,2% kế hoạch năm", 10)
    ('term', 'year')
    >>> share_of("đạt 95,2% kế hoạch.", 9), share_of("82,5% CĐCS có thỏa ước", 5)
    ('plan', None)

    A bare share after a count ("…, đạt 45%") is of the goal the sentence's other shares
    name, when they all name one: "kết nạp mới 3.290 đoàn viên, đạt 54,8% chỉ tiêu nhiệm
    kỳ; thành lập mới 18 công đoàn cơ sở, đạt 45%."

    >>> s = "kết nạp 3.290 đoàn viên, đạt 54,8% chỉ tiêu nhiệm kỳ; thành lập 18 CĐCS, đạt 45%."
    >>> share_of(s, s.index("45%") + 3)
    'term'
    """
    named = _named_share(sentence, end)
    if named or not (_BARE_SHARE.search(sentence[:end]) and _CLAUSE_ENDS.match(sentence, end)):
        return named
    others = {_named_share(sentence, m.end()) for m in _PERCENT.finditer(sentence)} - {None}
    return others.pop() if len(others) == 1 else None


def _named_share(sentence: str, end: int) -> GoalSpan | None:
    for pattern, span in ((_TERM_GOAL, "term"), (_YEAR_GOAL, "year"), (_ANY_GOAL, "plan")):
        if pattern.match(sentence, end):
            return span  # type: ignore[return-value]
    return None


# a share tied to the count before it and saying no more: "…, đạt 45%;"
_BARE_SHARE = re.compile(r",\s*(?:đạt|bằng)\s+\d[\d.,]*\s*%$", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"\s*(?:[;.]|$)")
_PERCENT = re.compile(r"\d[\d.,]*\s*%")


# a goal that is a ceiling: "không để xảy ra quá 3 cuộc ngừng việc", "không vượt quá",
# "giảm … xuống dưới 100 doanh nghiệp", "tối đa"
_CEILING = re.compile(
    r"(?<!\w)(?:không\s+(?:để\s+)?(?:xảy ra\s+|phát sinh\s+)?(?:vượt\s+)?quá"
    r"|(?:giảm|hạ)\b[^;,.]*?\s(?:xuống|còn)(?:\s+(?:dưới|không quá))?"
    r"|tối đa|dưới)\s*$",
    re.IGNORECASE,
)


def sets_a_ceiling(sentence: str, at: int) -> bool:
    """Whether the goal standing at `at` in `sentence` is a most, not a least: "không để xảy
    ra quá 3 cuộc ngừng việc tập thể", "giảm … xuống dưới 100 doanh nghiệp".

    >>> s = "không để xảy ra quá 3 cuộc ngừng việc tập thể"
    >>> sets_a_ceiling(s, s.index("3")), sets_a_ceiling("kết nạp ít nhất 3.000", 16)
    (True, False)
    >>> s = "số doanh nghiệp nợ đọng giảm xuống dưới 100 doanh nghiệp"
    >>> sets_a_ceiling(s, s.index("100"))
    True
    """
    return _CEILING.search(sentence[:at]) is not None
