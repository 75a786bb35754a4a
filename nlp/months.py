"""Which months of its year a figure covers: "6 tháng đầu năm 2025" is "01-06" of 2025.

A province's six-month report and its year-end report give different numbers for the same
indicator ("kết nạp 1.240 đoàn viên" by June, 2.650 in the year) without contradicting each
other, and so do two counts of members at 30/6 and at 31/12. A figure's period says the
year; `months` says which part of it: "01-06" (the first six months, or a stock counted to
30/6), "07-12" (the last six), "01-09", "04-06" (quý II), "09-09" (tháng 9/2024); none for
the whole year.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .dates import FROM_MONTH, compared_at, find_periods
from .indicators import speaks_of_tet
from .sections import is_sub_heading


class Named(NamedTuple):
    """A part of a year a text names: its months (None for the whole year) and where."""

    months: str | None
    start: int
    end: int
    counted_to: bool = False  # "Tính đến ngày 30/6/2025": a day counted to, not a span


_COUNTS = {"ba": 3, "sáu": 6, "chín": 9}
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_COUNT = r"(\d{1,2}|ba|sáu|chín)"
_YEAR = r"(?:19|20)\d{2}(?!\d)"
# "6 tháng đầu năm", "6 tháng cuối năm 2025", "9 tháng năm 2025", "6 tháng/2025"; and a
# count of months a report sums up: "Sơ kết 6 tháng", "kết quả 9 tháng", "6 tháng qua"
_FIRST = re.compile(
    rf"(?<!\w){_COUNT}\s+tháng\s+(?:đầu\s+năm|(?:năm\s+)?{_YEAR}|/\s*{_YEAR}|qua(?!\w))"
    rf"|(?<!\w)(?:sơ\s+kết|kết\s+quả|thực\s+hiện|báo\s+cáo)\s+{_COUNT}\s+tháng(?!\s+(?:cuối|tới|tiếp))",
    re.IGNORECASE,
)
# (OCR drops a mark: "6 THÁNG CUÔI NĂM")
_LAST = re.compile(rf"(?<!\w){_COUNT}\s+tháng\s+cu[ốôo]i\s+năm", re.IGNORECASE)
_QUARTER = re.compile(r"(?<!\w)qu[ýí]\s+(IV|I{1,3}|[1-4])(?!\w)", re.IGNORECASE)
# a month of a year ("tháng 9/2024", "trong tháng 12 năm 2024"), not a day's month
_MONTH = re.compile(
    rf"(?<![\d/.-])tháng\s+(0?[1-9]|1[0-2])\s*(?:/|\s+năm\s+)\s*{_YEAR}", re.IGNORECASE
)
_DAY_BEFORE = re.compile(r"(?:ngày\s+)?\d{1,2}\s*$", re.IGNORECASE)
_FROM_DAY = re.compile(r"(?<!\w)từ\s+(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2})?\s*$", re.IGNORECASE)
# counted up to a day or the end of a month: "Tính đến ngày 30/6/2025", "đến hết tháng 9/2025"
_UP_TO = re.compile(
    r"(?<!\w)(?:tính\s+)?đến\s+(?:hết\s+)?(?:(?:ngày\s+)?\d{1,2}\s*(?:[/.-]|\s+tháng\s+)\s*(\d{1,2})"
    rf"|(?:cuối\s+)?tháng\s+(\d{{1,2}}))\s*(?:[/.-]|\s+năm\s+)\s*{_YEAR}",
    re.IGNORECASE,
)
# the whole year said outright: "cả năm", "trong năm 2025", "đến cuối năm 2026" in a
# six-month report's plans
_WHOLE_YEAR = re.compile(
    rf"(?<!\w)(?:cả|trong|toàn|(?:đến\s+)?(?:hết|cuối))\s+năm(?:\s+{_YEAR})?(?!\w)"
    rf"|^\W*năm\s+{_YEAR}(?=\s*,)",  # "Năm 2025, … kết nạp mới 6.240 đoàn viên"
    re.IGNORECASE,
)
_PLAN_BEFORE = re.compile(r"(?<!\w)(?:chỉ tiêu|kế hoạch)\s*$", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
# what every pattern above needs: one of these words, then the search
_WORDS = ("tháng", "quý", "quí", "năm", "đến")
_ANY = re.compile(
    r"tháng|qu[ýí]\s|(?:cả|trong|toàn|hết|cuối)\s+năm|đến\s+(?:hết\s+)?(?:ngày\s+)?\d"
    r"|^\W*năm\s+\d",
    re.IGNORECASE,
)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNTS[word.lower()]


def _span(first: int, last: int) -> str | None:
    if not 1 <= first <= last <= 12:
        return None
    return f"{first:02d}-{last:02d}"


def find_months(text: str) -> list[Named]:
    """The parts of a year `text` names, as (months, start, end); months None where it
    names the whole year ("cả năm", "đến 31/12/2025"). Not those it compares with ("so với
    6 tháng đầu năm 2024"), nor those inside a quoted name.

    >>> [n.months for n in find_months("Sơ kết 6 tháng đầu năm 2025; nhiệm vụ 6 tháng cuối năm")]
    ['01-06', '07-12']
    >>> find_months("Tính đến ngày 30/6/2025, toàn tỉnh có 1.126 CĐCS")
    [Named(months='01-06', start=0, end=23, counted_to=True)]
    >>> [n.months for n in find_months("Trong quý III/2025 và tháng 9/2024; đến 31/12/2024")]
    ['07-09', '09-09', None]
    >>> find_months("tăng 12% so với 6 tháng đầu năm 2024; thời hạn 6 tháng; ngày 5 tháng 9/2024")
    []
    >>> find_months("nâng lên 30.000 đồng từ tháng 4/2025; họp từ ngày 23 đến ngày 24/10/2025")
    []
    >>> [n.months for n in find_months("Kết quả 9 tháng; phấn đấu cả năm kết nạp 2.600 đoàn viên")]
    ['01-09', None]
    >>> find_months("Năm 2025, toàn tỉnh kết nạp mới 6.240 đoàn viên")  # under "6 tháng cuối năm"
    [Named(months=None, start=0, end=8, counted_to=False)]
    >>> find_months("Thực hiện Chương trình công tác năm 2025, …")  # a six-month report's
    []
    """
    low = text.lower()
    if not any(word in low for word in _WORDS) or not _ANY.search(text):
        return []  # most sentences: a few substring tests instead of seven searches
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    found: list[Named] = []
    for match in _FIRST.finditer(text):
        count = _count(match.group(1) or match.group(2))
        found.append(Named(_span(1, count), match.start(), match.end()))
    for match in _LAST.finditer(text):
        count = _count(match.group(1))
        found.append(Named(_span(13 - count, 12), match.start(), match.end()))
    for match in _QUARTER.finditer(text):
        quarter = _QUARTERS[match.group(1).lower()]
        found.append(Named(_span(3 * quarter - 2, 3 * quarter), match.start(), match.end()))
    for match in _MONTH.finditer(text):
        before = text[max(0, match.start() - 16) : match.start()]
        # "ngày 5 tháng 9/2024" is a day; "từ tháng 4/2025" when something began
        if not _DAY_BEFORE.search(before) and not FROM_MONTH.search(before):
            month = int(match.group(1))
            found.append(Named(_span(month, month), match.start(), match.end()))
    for match in _UP_TO.finditer(text):
        if _FROM_DAY.search(text[max(0, match.start() - 20) : match.start()]):
            continue  # "họp từ ngày 23 đến ngày 24/10/2025": the days of a meeting
        month = int(match.group(1) or match.group(2))
        months = None if month == 12 else _span(1, month)
        found.append(Named(months, match.start(), match.end(), counted_to=True))
    for match in _WHOLE_YEAR.finditer(text):
        if not _PLAN_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            found.append(Named(None, match.start(), match.end()))  # (not "chỉ tiêu cả năm")
    found.sort(key=lambda item: item.start)
    kept: list[Named] = []
    for named in found:
        if kept and named.start < kept[-1].end:
            continue  # words two patterns read ("tháng 9/2025" inside "đến hết tháng 9/2025")
        if any(a <= named.start < b for a, b in quoted):
            continue
        if compared_at(text, named.start):
            continue
        kept.append(named)
    return kept


_YEAR_NEAR = re.compile(rf"(?:\s*(?:/|năm)\s*)?({_YEAR})")
_IN_IT = re.compile(rf"({_YEAR})")
InForce = tuple[str | None, str | None]  # (months or None for the whole year, their year)


def named_in(text: str, year: str | None) -> list[tuple[InForce, Named]]:
    """`find_months` with the year each part is of: written in it or right after it
    ("6 tháng đầu năm 2025", "đến 30/6/2025"), else `year`."""
    found = []
    for named in find_months(text):
        written = _IN_IT.search(text, named.start, named.end) or _YEAR_NEAR.match(text, named.end)
        found.append(((named.months, written.group(1) if written else year), named))
    return found


class MonthsInForce:
    """The months a document's figures cover, followed line by line: its title's ("Báo
    cáo sơ kết 6 tháng đầu năm 2025"), then a heading's until the next heading of its level
    or above ("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM"), then a sentence's for the rest of its
    paragraph ("Trong 6 tháng đầu năm, …"; "Cả năm, …" or "Năm 2025, …" opening a sentence
    says the whole year). A year named elsewhere changes nothing: a six-month report speaks
    of "Chương trình công tác năm 2025"."""

    def __init__(self, title: str | None, year: str | None) -> None:
        # a day the title counts to is its sheet's ("Số liệu đoàn viên, CĐCS đến 30/6/2026"),
        # not a term's report's ("… nhiệm kỳ 2023 - 2028, tính đến ngày 30/6/2025": totals
        # since the term began)
        term = any("-" in period for period, _, _ in find_periods(title or ""))
        named = [f for f, n in named_in(title or "", year) if not (n.counted_to and term)]
        self.document: InForce | None = named[0] if named else None
        self.top = self.document
        self.sub: InForce | None = None
        self.paragraph: InForce | None = None
        # under a heading that speaks of Tết ("1. Công tác chăm lo Tết Nguyên đán Ất Tỵ
        # 2025"): its figures are the Tết's, though their sentences need not say so; in a
        # document whose title does ("KẾT QUẢ CHĂM LO TẾT NGUYÊN ĐÁN BÍNH NGỌ 2026 …
        # (Số liệu tổng hợp đến ngày 28/02/2026)"), all of them, whatever day it counts to
        self.tet_document = speaks_of_tet(title or "") and not _AND.search(title or "")
        self.at_tet = self.tet_document

    def heading(self, line: str, top: bool) -> None:
        """A new line: a heading of the outline's top level (`top`), a sub-heading, or any
        other line (nlp.sections tells)."""
        self.paragraph = None
        sub = not top and is_sub_heading(line)
        if top or sub:
            named = named_in(line, None)
            if top:
                self.top, self.sub = (named[0][0] if named else self.document), None
            elif named:
                self.sub = named[0][0]
            # of Tết alone: not "3. Chăm lo đời sống, Tết và Mái ấm Công đoàn"
            self.at_tet = self.tet_document or (speaks_of_tet(line) and not _LISTS.search(line))

    def sentence(self, named: list[tuple[InForce, Named]], text: str = "") -> None:
        """A sentence read: the last part of a year it names holds for the rest of its
        paragraph, but not a day it counts to ("Đến ngày 30/11/2024, toàn tỉnh có …" then
        "… kết nạp 468 đoàn viên" in the year), unless it leads into what follows ("Số liệu
        tính đến ngày 30/6/2025, …:" over a table)."""
        leads = text.rstrip().endswith(":")
        spans = [
            found
            for found, n in named
            if (leads or not n.counted_to)
            # (nor a part's: "…, trong đó 6 tháng cuối năm kết nạp 6.260 đoàn viên"; but
            # "Riêng 6 tháng đầu năm 2025, …" opening a sentence goes on)
            and not _WITHIN_BEFORE.search(text, 0, n.start)
        ]
        if spans:
            self.paragraph = spans[-1]

    def at(
        self, named: list[tuple[InForce, Named]], offset: int, sentence: str = ""
    ) -> InForce | None:
        """The months in force for a figure at `offset` of `sentence` naming `named`: those
        its own clause names ("…; đối thoại định kỳ không dưới 4 lần trong năm" after "trong
        quý I/2026"), else the last named before it, else the first named after it, else
        those in force."""
        start = sentence.rfind(";", 0, offset) + 1
        end = sentence.find(";", offset)
        end = len(sentence) if end < 0 else end
        for scope in ((start, end), (0, len(sentence) or offset + 1)):
            inside = [
                (found, n)
                for found, n in named
                if scope[0] <= n.start < scope[1]
                # "Năm 2025, … kết nạp mới 10.640 đoàn viên, trong đó 6 tháng cuối năm kết
                # nạp 6.260 đoàn viên; Công đoàn Khu kinh tế tỉnh kết nạp 3.240": a part's
                # months are its own clause's only
                and (scope[0] == start or not _PART_BEFORE.search(sentence, 0, n.start))
            ]
            before = [found for found, n in inside if n.start < offset]
            if before:
                return before[-1]
            if inside:
                return inside[0][0]
            if sentence and named and _names_own_year(sentence, start, end):
                # "năm 2024 tổng thu … đạt 53,75 tỷ đồng, …; 6 tháng đầu năm 2025 thu …":
                # a clause naming its own year borrows no months from the next
                return (None, None)
        return self.paragraph or self.sub or self.top

    def of_figure(
        self, sentence: str, named: list[tuple[InForce, Named]], offset: int, kind: str
    ) -> InForce | None:
        """The months of a figure at `offset` of `sentence` (`at`), but none for a Tết's
        figures (one event, the same in a six-month report and the year's) nor for a goal
        set for the whole year's plan ("hoàn thành 45 nhà … theo kế hoạch năm" among a
        six-month report's tasks for the months left)."""
        if self.at_tet or speaks_of_tet(sentence) or _SINCE_TERM.search(sentence):
            return None  # ("Từ đầu nhiệm kỳ đến ngày 30/6/2025, …": the term's totals)
        if kind == "target":
            # "(chỉ tiêu năm 6.500 đoàn viên)" in a nine-month report, "… 45 nhà theo kế
            # hoạch năm"; but "Phấn đấu 6 tháng cuối năm …, bảo đảm hoàn thành chỉ tiêu năm"
            # and "kết nạp thêm ít nhất 7.600 đoàn viên … để hoàn thành chỉ tiêu năm" set
            # the last months' goals
            own = _CLAUSE_OPENS.split(sentence[:offset])[-1]
            if _YEAR_PLAN.search(own) or (not named and _BY_YEAR_PLAN.search(sentence)):
                return None
        return self.at(named, offset, sentence)


_PART_BEFORE = re.compile(r"(?<!\w)(?:trong đó|riêng)\s*$", re.IGNORECASE)
_WITHIN_BEFORE = re.compile(r"(?<!\w)trong đó\s*$", re.IGNORECASE)
_YEAR_PLAN = re.compile(r"(?<!\w)(?:kế hoạch|chỉ tiêu) (?:của )?(?:cả )?năm(?!\w)", re.IGNORECASE)
_LISTS = re.compile(r",|\svà\s")
_AND = re.compile(r"\svà\s", re.IGNORECASE)
_YEAR_NAMED = re.compile(r"(?<!\w)năm\s+(?:19|20)\d{2}(?!\d)", re.IGNORECASE)
_BY_YEAR_PLAN = re.compile(r"(?<!\w)theo (?:kế hoạch|chỉ tiêu) (?:của )?(?:cả )?năm(?!\w)", re.I)
_SINCE_TERM = re.compile(r"(?<!\w)từ đầu nhiệm kỳ(?!\w)", re.IGNORECASE)
_CLAUSE_OPENS = re.compile(r"[,;(](?!\d)")


def _names_own_year(sentence: str, start: int, end: int) -> bool:
    """Whether `sentence[start:end]` names a year of its own: not one it compares with ("…
    tăng 1.250 đoàn viên so với năm 2024")."""
    return any(
        not compared_at(sentence, m.start()) for m in _YEAR_NAMED.finditer(sentence, start, end)
    )


def months_of(in_force: InForce | None, period: str | None) -> str | None:
    """The months of a figure of `period`: those in force when they are of its year.

    >>> months_of(("01-06", "2025"), "2025"), months_of(("01-06", "2025"), "2024")
    ('01-06', None)
    >>> months_of(("01-06", None), "2023-2028")
    """
    if in_force is None or not period or "-" in period:
        return None
    months, year = in_force
    return months if year in (None, period) else None
