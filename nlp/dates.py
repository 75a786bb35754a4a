"""Dates and periods as Vietnamese documents write them."""

from __future__ import annotations

import re
from datetime import date

from .text import strip_marks

# "12/6/2021", "18/06/2023", "12-6-2021", "ngày 26 tháng 5 năm 2025"
NUMERIC_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s?[/.\-]\s?(\d{1,2})\s?[/.\-]\s?((?:19|20)\d{2})(?!\d)"
)
WORDED_DATE = re.compile(
    r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})(?!\d)", re.IGNORECASE
)
# "nhiệm kỳ 2018-2023", "giai đoạn 2022 - 2030", "2023-2028"
YEAR_RANGE = re.compile(r"(?<![\d/.,])((?:19|20)\d{2})\s?[-–—]\s?((?:19|20)\d{2})(?![\d/])")
PERIOD = re.compile(
    r"(?:nhiệm kỳ|nhiệm|giai đoạn|thời kỳ)\s+((?:19|20)\d{2})\s?[-–—]\s?((?:19|20)\d{2})"
    r"|(?:trong |cả |của )?năm\s+((?:19|20)\d{2})(?!\s?[-–—]\s?\d)",
    re.IGNORECASE,
)

_DATE_BEFORE = re.compile(r"tháng\s+\d{1,2}\s*$", re.IGNORECASE)
# a month of a year: "Tháng 9/2024, đoàn viên quyên góp …", "trong tháng 12 năm 2024"; a
# day's month ("ngày 5 tháng 12 năm 2024", "15 tháng 12 năm 2024") is a date
MONTH = re.compile(
    r"(?<![\d/.-])tháng\s+(?:0?[1-9]|1[0-2])\s*(?:/|\s+năm\s+)\s*"
    r"((?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
_DAY_BEFORE = re.compile(r"(?:ngày\s+)?\d{1,2}\s*$", re.IGNORECASE)
# a stock counted up to a day or a month: "Tính đến ngày 30/6/2023, toàn tỉnh có …" and
# "tính đến tháng 9/2025, …" are of that year
_AS_OF = re.compile(
    r"(?:tính\s+)?đến\s+(?:hết\s+)?(?:(?:ngày\s+)?\d{1,2}\s*(?:[/.-]|\s+tháng\s+)\s*\d{1,2}"
    r"|(?:cuối\s+)?tháng\s+\d{1,2})\s*(?:[/.-]|\s+năm\s+)\s*((?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
# what a period is compared with, right before it: "so với năm 2023", "gấp 1,5 lần năm
# 2023", "so với cuối năm 2024", "so với thời điểm đầu năm 2024", "so với cùng kỳ", "so
# với thực hiện năm 2024" (a plan's goal against last year's result)
COMPARED_WITH = re.compile(
    r"(?:so với|gấp\s+[\d.,]+\s+lần|cùng kỳ|bằng)\s*"
    r"(?:cùng kỳ\s*|(?:thời điểm\s+)?(?:cuối|đầu)\s*|(?:kết quả\s+)?thực hiện\s*)?$",
    re.IGNORECASE,
)
COMPARED_REACH = 30  # characters before a period that may say it is compared with


def compared_at(text: str, start: int) -> bool:
    """Whether what stands at `start` of `text` is only compared with ("so với năm 2023").

    >>> compared_at("tăng 5% so với năm 2024", 15), compared_at("Năm 2025 đạt 6.240", 0)
    (True, False)
    >>> compared_at("(bằng 93,5% so với thực hiện năm 2024)", 29)
    True
    """
    return COMPARED_WITH.search(text[max(0, start - COMPARED_REACH) : start]) is not None


# a month something began in: "từ tháng 4/2025", "từ đầu tháng 12/2024"
FROM_MONTH = re.compile(r"(?<!\w)từ(?:\s+(?:đầu|giữa|cuối))?\s*$", re.IGNORECASE)
_COUNTED_UP_TO = re.compile(r"đến\s+(?:hết\s+)?(?:cuối\s+)?$", re.IGNORECASE)
# Tết of a lunar year, by its number or its name: "Tết Nguyên đán Ất Tỵ 2025", "Tết Giáp
# Thìn", "Xuân Bính Ngọ" (the heavenly stem is the year's last digit, the earthly branch
# its remainder by 12)
_STEMS = ("Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ")
_BRANCHES = ("Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi")
_BRANCH_SPELLINGS = {"Mẹo": "Mão", "Tị": "Tỵ"}
# a branch read by OCR without its marks ("Tết Ất Ty 2025"): "Ty" is Tý or Tỵ, told apart by
# the stem, which only ever meets one of them
_UNMARKED = {strip_marks(branch).capitalize() for branch in _BRANCHES}
LUNAR_NEW_YEAR = re.compile(
    r"(?:Tết\s+(?:Nguyên\s+[đĐ]án\s+)?|Xuân\s+(?=\w+\s+\w+))"
    rf"(?:(?P<stem>{'|'.join(_STEMS)})\s+"
    rf"(?P<branch>{'|'.join((*_BRANCHES, *_BRANCH_SPELLINGS, *sorted(_UNMARKED)))})(?!\w)\s*)?"
    r"(?P<year>(?:19|20)\d{2}(?!\d))?"
)
# a name in quotation marks: its years name a programme, not a period ("đề án “… giai đoạn
# 2022 - 2030”")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


def _iso(day: str, month: str, year: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[str, int, int]]:
    """Every valid date in `text` as (ISO date, start, end).

    >>> find_dates("ngày 12/6/2021 và ngày 26 tháng 5 năm 2025")
    [('2021-06-12', 5, 14), ('2025-05-26', 18, 42)]
    """
    found = []
    for pattern in (NUMERIC_DATE, WORDED_DATE):
        for match in pattern.finditer(text):
            iso = _iso(*match.groups())
            if iso:
                found.append((iso, match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


def first_date(text: str) -> str | None:
    dates = find_dates(text)
    return dates[0][0] if dates else None


def find_periods(text: str) -> list[tuple[str, int, int]]:
    """Periods named in `text`: "nhiệm kỳ 2018- 2023" -> "2018-2023", "năm 2024" -> "2024".

    >>> [p for p, _, _ in find_periods("Trong nhiệm kỳ 2018- 2023, và trong năm 2024")]
    ['2018-2023', '2024']
    >>> find_periods("ngày 01 tháng 01 năm 2025")
    []
    >>> find_periods("3 hội nghị triển khai đề án “Nâng cao … giai đoạn 2022 - 2030”")
    []
    """
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    periods = []
    for match in PERIOD.finditer(text):
        first, last, single = match.groups()
        if single and _DATE_BEFORE.search(text[max(0, match.start() - 16) : match.start()]):
            continue  # "ngày 01 tháng 01 năm 2025" is a date, not a period
        if any(a <= match.start() < b for a, b in quoted):
            continue
        period = f"{first}-{last}" if first else single
        periods.append((period, match.start(), match.end()))
    for match in MONTH.finditer(text):
        before = text[max(0, match.start() - 16) : match.start()]
        if _DAY_BEFORE.search(before) or _COUNTED_UP_TO.search(before):
            continue  # a day's month; "đến tháng 9/2025" is the sentence's own (as_of_year)
        if FROM_MONTH.search(before):
            continue  # "triển khai từ đầu tháng 12/2024": when something began
        if not any(a <= match.start() < b for a, b in quoted):
            periods.append((match.group(1), match.start(), match.end()))
    for match in LUNAR_NEW_YEAR.finditer(text):
        year = lunar_year(match.group("stem"), match.group("branch"), match.group("year"))
        if year and not any(a <= match.start() < b for a, b in quoted):
            periods.append((year, match.start(), match.end()))
    periods.sort(key=lambda found: found[1])
    # words read by two patterns are one period
    return [p for i, p in enumerate(periods) if i == 0 or p[1] >= periods[i - 1][2]]


def lunar_year(stem: str | None, branch: str | None, year: str | None) -> str | None:
    """The year of a Tết by its number or its name, the name's between 1984 and 2043.

    >>> lunar_year("Ất", "Tỵ", None), lunar_year("Giáp", "Thìn", "2024"), lunar_year("Ất", "", "")
    ('2025', '2024', None)
    >>> lunar_year("Ất", "Ty", None), lunar_year("Giáp", "Ty", None)  # OCR dropped the mark
    ('2025', '1984')
    """
    if year:
        return year
    if not (stem and branch):
        return None
    branch = _BRANCH_SPELLINGS.get(branch, branch)
    last = _STEMS.index(stem)
    meets = [
        remainder
        for remainder, name in enumerate(_BRANCHES)
        if branch in (name, strip_marks(name).capitalize()) and not (last - remainder) % 2
    ]
    if not meets:
        return None  # a stem and a branch that never meet ("Giáp Sửu")
    remainder = meets[0]
    return str(next(y for y in range(1984, 2044) if y % 10 == last and y % 12 == remainder))


def as_of_year(text: str) -> str | None:
    """The year of the day a sentence counts up to, the period of its own figures only
    (what follows is not of that day).

    >>> as_of_year("Tính đến ngày 30/6/2023, toàn tỉnh có 1.126 CĐCS")
    '2023'
    >>> as_of_year("Đến hết ngày 31 tháng 12 năm 2024, có 98 CĐCS"), as_of_year("Năm 2024")
    ('2024', None)
    """
    found = as_of(text)
    return found[0] if found else None


def as_of(text: str) -> tuple[str, int] | None:
    """The year of the day a sentence counts up to and where it says so.

    >>> as_of("Kết nạp 5.420 đoàn viên; đến ngày 30/6/2023 toàn tỉnh có 29.640 đoàn viên")
    ('2023', 25)
    """
    found = _AS_OF.search(text)
    return (found.group(1), found.start()) if found else None
