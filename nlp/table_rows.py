"""Figures from table rows, which ingest writes into the text as "cell | cell | cell" lines.

An indicator table names what each column holds:

    TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì
    10 | Quy mô kinh tế số | % GDP | ≥ 30 | Bộ Thông tin và Truyền thông

The row's figure is 30, unit "%", at_least; the "TT" column and the label are not figures.
Whether a value column holds targets or results comes from its header ("Kế hoạch", "Thực
hiện"), else from the table's context: a caption or section row such as "Đến năm 2030",
"DANH MỤC CÁC CHỈ TIÊU" makes the table's figures targets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ingest.tables import SUB_ROW, is_column_numbers

from .dates import NUMERIC_DATE, as_of_year, compared_at, find_periods
from .figures import Quantity, cues, holds_blank, tag_sentence
from .indicators import match_indicator
from .months import find_months
from .numerals import NUMBER, SCALES, parse_number, scaled
from .places import find_provinces
from .text import fold_tones, strip_marks
from .units import abbreviations, expand

_SEPARATOR = re.compile(r"\s*\|\s*")
_ROW_NUMBER = re.compile(r"^(?:[IVXLC]+|[a-zđ]|\d+(?:\.\d+)*)\.?$", re.IGNORECASE)
_PLAIN_VALUE = re.compile(
    rf"(?P<qual>≥|>=|≤|<=|>|<|trên|dưới|hơn|khoảng|tối thiểu|tối đa|ít nhất)?\s*"
    rf"(?P<sign>[-−](?=\d))?(?P<num>{NUMBER})\s*(?P<pct>%)?",
    re.IGNORECASE,
)
_QUALIFIERS = {
    "≥": "at_least",
    ">=": "at_least",
    "tối thiểu": "at_least",
    "ít nhất": "at_least",
    "≤": "at_most",
    "<=": "at_most",
    "tối đa": "at_most",
    ">": "over",
    "trên": "over",
    "hơn": "over",
    "<": "under",
    "dưới": "under",
    "khoảng": "about",
}
_WITH_CHANGE = re.compile(
    rf"(?P<value>{NUMBER})\s*\(\s*(?P<way>tăng|giảm)\s+(?P<moved>{NUMBER})\s*\)", re.IGNORECASE
)
_RANGE_CELL = re.compile(rf"(?P<low>{NUMBER})\s*[-–—]\s*(?P<high>{NUMBER})\s*%?")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# a value column named only "Chỉ tiêu", or the goal's time with it ("Chỉ tiêu nhiệm kỳ",
# "Chỉ tiêu năm 2025") (the label column, "Chỉ tiêu Nghị quyết Đại hội", names the goals;
# this one their values)
_GOAL_ALONE = re.compile(
    r"chỉ tiêu(?: (?:cả )?(?:nhiệm kỳ|năm|giai đoạn)"
    r"(?: (?:19|20)\d{2}(?:\s*-\s*(?:19|20)\d{2})?)?)?(?: \(%\))?"
)
# "Nghị quyết đề ra", "Chỉ tiêu Nghị quyết": what the resolution set
_TARGET_HEADERS = (
    "kế hoạch",
    "mục tiêu",
    "chỉ tiêu giao",
    "phấn đấu",
    "dự kiến",
    "kh ",
    "đề ra",
    "nghị quyết",
)
_BARE_TARGET_HEADERS = tuple(strip_marks(w) for w in _TARGET_HEADERS if " " in w.strip())
# results: a header opening with the word, or "thực hiện"/"TH" then a time ("Thực hiện năm
# 2024", "TH 6 tháng"); not "kinh phí thực hiện một số nhiệm vụ" (money to carry tasks out)
_RESULT_HEADER = re.compile(
    r"^(?:thực hiện|đã đạt|kết quả thực hiện|ước đạt|ước thực hiện|th )"
    r"|(?<!\w)(?:thực hiện|th)\s+(?:\d|năm|tháng|quý|kỳ|cùng kỳ)"
    # "Kết quả đến 30/6/2025", "Kết quả năm 2024": what was done by then
    r"|^kết quả\s+(?:đạt được\s+)?(?:tính\s+)?(?:đến|năm|\d)"
)


_RATE, _RATE_I = fold_tones("tỷ lệ"), fold_tones("tỉ lệ")


def _header_kind(name: str) -> str | None:
    """The kind a column's (folded) header gives its values; a result first, since "Thực
    hiện tháng 1 so với kế hoạch năm (%)" is a result measured against the plan.

    >>> [_header_kind(_folded(h)) for h in ("Kế hoạch 2025", "Thực hiện năm 2024",
    ...     "Thực hiện tháng 1 so với kế hoạch năm (%)", "Kinh phí thực hiện một số nhiệm vụ",
    ...     "So với kế hoạch năm 2008 (%)", "Chỉ tiêu", "Kết quả", "Nghị quyết đề ra",
    ...     "Kết quả đến 30/6/2025 Số lượng", "Tỷ lệ so KH (%)", "Chỉ tiêu nhiệm kỳ")]
    ... # doctest: +NORMALIZE_WHITESPACE
    ['target', 'achievement', 'achievement', None, 'achievement', 'target', None, 'target',
     'achievement', 'achievement', 'target']
    """
    if _RESULT_HEADER.search(name):
        return "achievement"
    if _GOAL_ALONE.fullmatch(name.strip()):
        return "target"  # a value column "Chỉ tiêu" beside "Kết quả": the goal set
    measured, against = _compared(name)
    if against is not None and measured.strip() in ("", _RATE, _RATE_I):
        # "So với kế hoạch năm 2008 (%)", "Tỷ lệ so KH (%)": a result against the plan
        return "achievement"
    # the cue words folded like the header ("kế hoạch" is "kế họach" to fold_tones)
    if any(fold_tones(word) in measured for word in _TARGET_HEADERS):
        return "target"
    # a scan's header read with a mark wrong ("Kê hoạch năm 2026"): words of two syllables
    # or more, their marks set aside
    bare = strip_marks(measured)
    if any(word in bare for word in _BARE_TARGET_HEADERS):
        return "target"
    return None


def _header_unit(name: str) -> tuple[str, float] | None:
    """A money or scaled unit a (folded) header ends with in brackets: "Theo giá thực tế
    Tổng số (Tỷ đồng)" -> ("đồng", 1e9); an abbreviation in brackets is no unit.

    >>> _header_unit(_folded("Tổng số (Tỷ đồng)")), _header_unit(_folded("Số CĐCS (CĐCS)"))
    (('đồng', 1000000000.0), None)
    """
    found = re.search(r"\(([^()]+)\)\s*$", name)
    if found is None:
        return None
    unit, scale = _unit_of(found.group(1))
    return (unit, scale) if unit and (unit in ("đồng", "usd") or scale != 1.0) else None


def _compared(name: str) -> tuple[str, str | None]:
    """A (folded) header as what it measures and what that is compared with: "tháng 6 năm
    2003 so với tháng 6 năm 2002 (%)" -> ("tháng 6 năm 2003 ", "tháng 6 năm 2002 (%) ")."""
    found = _COMPARED_WITH.search(name)
    return (name, None) if found is None else (name[: found.start()], name[found.end() :])


def _column_period(name: str) -> str | None:
    """The year a (folded) column header measures: not the year of its constant prices nor
    the one it is compared with.

    >>> [_column_period(_folded(h)) for h in ("Năm 2008", "Tháng 6/2003 so với tháng 6/2002",
    ...     "Theo giá so sánh 1994 Tốc độ phát triển so với quí I năm 2005 (%)")]
    ['2008', '2003', None]
    """
    measured, _ = _compared(_CONSTANT_PRICES.sub(" ", name))
    year = _YEAR.search(measured)
    return year.group(1) if year else None


# "so với" opens what a column is compared with; "giá so sánh 1994" names constant prices
_AGAINST = "|".join(re.escape(fold_tones(w)) for w in ("kh", "kế hoạch", "dự toán"))
# ... and so does "so" before a plan ("Tỷ lệ so KH (%)")
_COMPARED_WITH = re.compile(rf"(?<!\w)so v(?:ới|ơí)(?!\w)|(?<!\w)so(?= (?:{_AGAINST})(?!\w))")
_CONSTANT_PRICES = re.compile(r"(?<!\w)giá (?:so sánh|cố định|thực tế)(?: năm)? (?:19|20)\d{2}")


_UNIT_HEADERS = ("đơn vị tính", "đơn vị", "đvt")
_NUMBER_HEADERS = ("tt", "stt", "số tt", "số thứ tự")


@dataclass(frozen=True)
class Cell:
    text: str
    start: int  # offset in the line
    end: int


@dataclass(frozen=True)
class TableFigure:
    """A figure of one row; offsets are into the row's line."""

    quantity: Quantity
    period: str | None
    months: str | None = None  # as its column or section row names them


def is_row(line: str) -> bool:
    return line.count("|") >= 2


def _cells(line: str) -> list[Cell]:
    """Cells of a row line with their offsets.

    >>> [c.text for c in _cells("10 | Quy mô kinh tế số | % GDP | ≥ 30 |")]
    ['10', 'Quy mô kinh tế số', '% GDP', '≥ 30', '']
    """
    cells, cursor = [], 0
    for piece in line.split("|"):
        stripped = piece.strip()
        offset = cursor + (piece.find(stripped) if stripped else 0)
        cells.append(Cell(stripped, offset, offset + len(stripped)))
        cursor += len(piece) + 1
    return cells


def _folded(text: str) -> str:
    return fold_tones(" ".join(text.lower().split())) + " "


def _unit_of(unit_cell: str) -> tuple[str | None, float]:
    """A unit column's text as (unit, multiplier): "Triệu đồng" -> ("đồng", 1e6)."""
    # "Chỉ số phát triển con người (HDI)" -> without the bracket; "Thành phố, Tỉnh" -> the first
    unit_cell = re.sub(r"\s*\([^)]*\)", "", unit_cell)
    if "," in unit_cell and expand(unit_cell) not in abbreviations().values():
        unit_cell = unit_cell.split(",")[0]
    text = " ".join(unit_cell.lower().split())
    if not text:
        return None, 1.0
    if text.startswith("%"):
        return "%", 1.0
    words = text.split()
    scale = SCALES.get(words[0], 1.0)
    rest = " ".join(words[1:]) if scale != 1.0 else text
    if rest in ("đồng", "vnđ", "vnd", "đ"):
        return "đồng", scale
    if rest in ("usd", "đô la", "đô la mỹ"):
        return "usd", scale
    return expand(unit_cell if scale == 1.0 else " ".join(unit_cell.split()[1:])), scale


# a unit cell saying "as above": ", “, ”, -"-, nt (như trên)
_DITTO = re.compile(r'^\s*(?:-?["“”\'’]{1,2}-?|-?nt-?|như trên)\s*$', re.IGNORECASE)
_CAPTION_UNIT = re.compile(
    r"(?:đơn vị tính|đơn vị|đvt)\s*:\s*(?P<unit>[^;]+?)[\s.]*$", re.IGNORECASE
)


# a statistics sheet's unit line under its title, said alone: "Người", "Tỷ đồng", "Nghìn tấn"
_BARE_UNIT = re.compile(r"^(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+[^\W\d]+|[^\W\d]+|%)$", re.IGNORECASE)


def _caption_unit(lines: list[str]) -> tuple[str | None, float]:
    """The unit a caption gives the whole table: "Đơn vị tính: Nghìn ha" -> ("ha", 1000),
    "Đơn vị: Triệu đồng." -> ("đồng", 1e6), or the General Statistics Office's unit line
    said alone just above the table.

    >>> _caption_unit(["14. Số người được giải quyết việc làm", "Người"])
    ('người', 1.0)
    >>> _caption_unit(["Bảng 2", "Tỷ đồng"]), _caption_unit(["Kết quả", "Năm 2003"])
    (('đồng', 1000000000.0), (None, 1.0))
    """
    said = _caption_says(lines)
    if said is not None:
        return _unit_of(said)
    last = next((line.strip() for line in reversed(lines) if line.strip()), "")
    if _BARE_UNIT.match(last) and (last[:1].isupper() or last == "%"):
        return _unit_of(last)
    return None, 1.0


def _caption_units(lines: list[str]) -> list[str]:
    """Every unit a caption lists ("Đơn vị tính: suất, lượt người, nhà, triệu đồng"): the
    table's columns take one each, the one their names say.

    >>> _caption_units(["Đơn vị tính: suất, lượt người, nhà, triệu đồng"])
    ['suất', 'lượt người', 'nhà', 'đồng']
    """
    said = _caption_says(lines)
    units = (_unit_of(part)[0] for part in (said or "").split(","))
    return [unit for unit in units if unit]


def _caption_says(lines: list[str]) -> str | None:
    """What the last "Đơn vị tính: …" line of a caption says, or None."""
    for line in reversed(lines):
        found = _CAPTION_UNIT.search(line.strip())
        if found:
            return found.group("unit")
    return None


def _listed_unit(named: str | None, listed: list[str]) -> str | None:
    """Of the units a caption lists (two at least), the one a column's noun opens with:
    "lượt người" for "lượt người được hỗ" ("Số lượt người được hỗ trợ").

    >>> _listed_unit("lượt người được hỗ", ["suất", "lượt người", "nhà", "đồng"])
    'lượt người'
    >>> _listed_unit("nhà", ["nhà"]), _listed_unit("suất quà", ["nhà", "đồng"])
    (None, None)
    """
    if not named or len(listed) < 2:
        return None
    fits = [unit for unit in listed if named == unit or named.startswith(unit + " ")]
    return max(fits, key=len) if fits else None


# a number a statistics sheet wrote into its header ("Tổng số 381.313"): data, not a name.
# Only a number with a separator, or a cell that is nothing else: "Quý 2", "Năm 2003" stay
_HEADER_NUMBER = re.compile(r"(?:^|\s+)\d+(?:[.,]\d+)+\s*$|^\s*\d+\s*$")


def _column_name(text: str) -> str:
    """A column's name without a number written into the header cell.

    >>> _column_name("Tổng số 381.313"), _column_name("735,3"), _column_name("0")
    ('Tổng số', '', '')
    >>> _column_name("Quý 2"), _column_name("Năm 2003")
    ('Quý 2', 'Năm 2003')
    """
    return _HEADER_NUMBER.sub("", text)


# a label or column naming a count: "Số đoàn viên", "Tổng số hộ", "Số lượng …"
COUNT_LABEL = re.compile(r"^(?:tổng số|số lượng|số)\s+", re.IGNORECASE)
_RATE_LABEL = re.compile(r"^(?:tỷ lệ|tỉ lệ)(?!\w)", re.IGNORECASE)
# a rate's "%" inside a longer (folded) column name: "Năm 2025 Tỷ lệ % so KH", "% so KH"
# (not "Kinh phí 2%", a fund named by its share)
_PERCENT_NAMED = re.compile(r"(?:tỷ lệ|tỉ lệ)\s*%|(?<![\d,.])\s%\s*so(?!\w)|^%\s*so(?!\w)")


# a unit in brackets ending a row's label: "Kết nạp đoàn viên mới (đoàn viên)", "(CĐCS)",
# "(triệu đồng)", "(%)"; an acronym the catalogue does not know is a name ("(HDI)"), and so
# is a bracket glued to its word ("Hố xí Suilabh(thấm)")
_LABEL_UNIT = re.compile(r"\s\(([^\W\d][^()\d]{0,29}|%)\)\s*$")


def _counted_by(column: str) -> str:
    """What a column counts, its bracketed noun read as part of its name: "Thành lập mới
    (CĐCS)" counts "Thành lập mới CĐCS" (new unions), which the bracket had hidden; a rate's
    or a sum's bracket ("(%)", "(triệu đồng)") is only its unit.

    >>> _counted_by("Thành lập mới (CĐCS)"), _counted_by("Tỷ lệ so với kế hoạch (%)")
    ('Thành lập mới CĐCS', 'Tỷ lệ so với kế hoạch (%)')
    """
    if _ADMITTED.match(COUNTED_AT.sub("", column.lower())) and "viên" not in column:
        # "Kết nạp năm 2026": the new members of that year
        return re.sub(r"^(kết nạp(?:\s+mới)?)", r"\1 đoàn viên", column, flags=re.IGNORECASE)
    bracket = _LABEL_UNIT.search(column)
    if bracket is None or _unit_of(bracket.group(1))[0] in ("%", "đồng", "usd"):
        return column
    return f"{column[: bracket.start()]} {bracket.group(1)}"


# the nouns a union's plan counts, named in its rows' labels: "Kết nạp đoàn viên mới",
# "Thành lập CĐCS mới", "Trao suất quà Tết"
_COUNTED_NOUNS = (
    "đoàn viên",
    "công đoàn cơ sở",
    "suất quà",
    "phần quà",
    "sáng kiến",
    "thỏa ước lao động tập thể",
    "cán bộ công đoàn",
    "người lao động",  # "Trong đó: Đoàn viên | Người lao động" over the gifts' parts
)


_TO_THE_PARTY = re.compile(r"(?<!\w)giới thiệu\s+(?:\S+\s+){0,3}?cho\s+đảng(?!\w)", re.I)
_UNION_HOUSE = re.compile(r"(?<!\w)nhà\s*[“\"]?\s*mái ấm(?!\w)", re.IGNORECASE)
# the day or year a column's count stands at, ending its name: "Kết nạp năm 2026",
# "Đoàn viên 31/12/2025" (no part of what it counts)
COUNTED_AT = re.compile(
    rf"\s+(?:(?:đến|tính đến|tại|ngày|năm)\s+)*(?:{NUMERIC_DATE.pattern}|(?:19|20)\d{{2}})\s*$",
    re.IGNORECASE,
)
# a column of a stock named by its noun: "Công đoàn cơ sở hiện có đến 31/12/2025"
_HELD_NOW = re.compile(r"\s+(?:hiện có|hiện nay|hiện tại|có)\s*$", re.IGNORECASE)


def names_its_count(subject: str, unit: str) -> bool:
    """Whether a table figure's subject (its column's or its row's name) says what the
    figure counts, so that the words before it in the row say nothing more: "Số đoàn viên",
    "Tổng số đoàn viên", a row "Công đoàn cơ sở | CĐCS | 2.946", a column "Đoàn viên
    31/12/2025" or "Đoàn viên hiện có đến 31/12/2025".

    >>> names_its_count("đoàn viên hiện có đến 31/12/2025", "đoàn viên")
    True
    >>> names_its_count("đoàn viên nữ", "đoàn viên")
    False
    """
    if COUNT_LABEL.match(subject):
        return True
    return _HELD_NOW.sub("", COUNTED_AT.sub("", subject)) == unit


_ADMITTED = re.compile(r"^(?:số\s+)?(?:đoàn viên\s+)?kết nạp(?:\s+mới)?$|^kết nạp mới(?!\w)")


def _counted_noun(label: str) -> tuple[str | None, float]:
    """The first noun of `_COUNTED_NOUNS` a label names.

    >>> _counted_noun("Thành lập CĐCS mới"), _counted_noun("Thu kinh phí công đoàn")
    (('công đoàn cơ sở', 1.0), (None, 1.0))
    >>> _counted_noun("Kết nạp mới"), _counted_noun("Kết nạp đảng viên mới")
    (('đoàn viên', 1.0), (None, 1.0))
    >>> _counted_noun("Kết nạp năm 2026")
    ('đoàn viên', 1.0)
    >>> _counted_noun("Lượt cán bộ công đoàn được tập huấn")
    ('lượt cán bộ công đoàn', 1.0)
    >>> _counted_noun("Giới thiệu cho Đảng")
    ('đoàn viên', 1.0)
    """
    expanded = expand(label)
    # "Kết nạp năm 2026": a column's year is no part of what it counts
    bare = COUNTED_AT.sub("", expanded)
    if _ADMITTED.match(bare) and not re.search(r"(?<!\w)đảng(?!\w)", bare):
        return "đoàn viên", 1.0  # "Kết nạp mới": a union admits members
    if _UNION_HOUSE.search(expanded):
        return "nhà", 1.0  # "Xây dựng, sửa chữa nhà “Mái ấm Công đoàn”"
    if _TO_THE_PARTY.search(expanded):
        return "đoàn viên", 1.0  # "Giới thiệu cho Đảng": the members put forward
    found = [
        (expanded.find(n), n) for n in _COUNTED_NOUNS if re.search(rf"(?<!\w){n}(?!\w)", expanded)
    ]
    if not found:
        return None, 1.0
    at, noun = min(found)
    # "Lượt cán bộ công đoàn được tập huấn": times, not people
    times = expanded[:at].strip().lower().endswith("lượt")
    return ("lượt " + noun if times else noun), 1.0


def _bracket_unit(label: str) -> tuple[str | None, float]:
    """The unit a row's label ends with in brackets, in a table of plans and results.

    >>> _bracket_unit("Thành lập mới công đoàn cơ sở (CĐCS)")
    ('công đoàn cơ sở', 1.0)
    >>> _bracket_unit("Thu kinh phí công đoàn (triệu đồng)"), _bracket_unit("Chỉ số (HDI)")
    (('đồng', 1000000.0), (None, 1.0))
    """
    found = _LABEL_UNIT.search(label)
    if found is None:
        return None, 1.0
    inside = " ".join(found.group(1).split())
    known = inside in abbreviations() or inside == "%" or inside.split()[0].lower() in SCALES
    if not (known or inside[:1].islower()):
        return None, 1.0
    return _unit_of(inside)


def _unit_from_label(label: str | None) -> tuple[str | None, float]:
    """With no unit column, the row's label names the unit: "Số đoàn viên" -> "đoàn viên",
    "Tỷ lệ CĐCS …" -> "%".

    >>> _unit_from_label("Số học sinh (Nghìn học sinh)")
    ('học sinh', 1000.0)
    >>> _unit_from_label("Số vốn đăng ký (Nghìn USD) Tổng số"), _unit_from_label("Tổng số 381.313")
    (('usd', 1000.0), (None, 1.0))
    >>> _unit_from_label("Số CĐCS thực hiện")
    ('công đoàn cơ sở', 1.0)
    """
    if not label:
        return None, 1.0
    if _RATE_LABEL.match(label) or label.rstrip().endswith("(%)"):
        return "%", 1.0  # "Tỷ lệ CĐCS …", "So với kế hoạch năm 2025 (%)"
    counted = COUNT_LABEL.match(label)
    if counted:
        # "Số học sinh (Nghìn học sinh)": the bracket gives the unit and its scale
        bracket = re.search(r"\(([^()]+)\)", label)
        if bracket and _unit_of(bracket.group(1))[0]:
            return _unit_of(bracket.group(1))
        unit = expand(" ".join(label[counted.end() :].split()[:4]))
        # "Số CĐCS thực hiện", "Số đoàn viên tham gia": the noun, not what they did
        unit = next((noun for noun in _COUNTED_NOUNS if unit.startswith(noun + " ")), unit)
        if not re.search(r"\d", unit):  # "Tổng số 381.313" names no unit
            return unit, 1.0
    return None, 1.0


# a statistics line: a label naming what it counts, then its value ("Số công đoàn cơ sở
# 2.871", after dotted leaders the PDF reader took out)
_LABEL_VALUE = re.compile(
    rf"^(?P<label>(?P<part>Trong đó:?\s+)?(?:Tổng số|Số)?\s*\D+?)\s+(?P<num>{NUMBER})$"
)
_NOT_A_COUNT = re.compile(r"^số (?:liệu|hiệu|điện thoại|tài khoản|fax)(?!\w)", re.IGNORECASE)


def label_value(line: str, kind: str | None, english: bool = False) -> list[Quantity]:
    """The figure of a line that is a label and its value, its unit the label's noun.

    >>> [(q.value, q.unit) for q in label_value("Số đoàn viên công đoàn 253.940", None)]
    [(253940.0, 'đoàn viên')]
    >>> [q.unit for q in label_value("Trong đó: CĐCS khu vực doanh nghiệp 1.342", None)]
    ['công đoàn cơ sở']
    >>> label_value("Số liệu năm 2024", None), label_value("Tổng số 381.313", None)
    ([], [])
    >>> label_value("Hội nghị lần thứ 12", None)
    []
    """
    match = _LABEL_VALUE.match(line.strip())
    if not match or _YEAR.fullmatch(match.group("num")) or _NOT_A_COUNT.match(line.strip()):
        return []
    label = match.group("label")
    if match.group("part"):
        # "Trong đó: CĐCS khu vực doanh nghiệp 1.342": a part, in the noun it opens with
        named = expand(label[match.end("part") :])
        unit = next((noun for noun in _COUNTED_NOUNS if named.startswith(noun)), None)
        scale = 1.0
    elif COUNT_LABEL.match(label):
        unit, scale = _unit_from_label(label)
    else:
        return []
    if unit is None:
        return []
    text, start = match.group("num"), line.find(match.group("num"), match.start("num"))
    return [
        Quantity(
            text=text,
            value=scaled(parse_number(text, english), scale),
            denominator=None,
            unit=unit,
            qualifier="exact",
            kind=kind or "achievement",
            subject=expand(match.group("label")),
            start=start,
            end=start + len(text),
        )
    ]


_PLACE_WORDS = re.compile(r"^(?:tỉnh|thành phố|tp\.?)\s*", re.IGNORECASE)


def _is_place(label: str | None) -> bool:
    """Whether a row's label is a province and nothing else: "HÀ NỘI", "Tỉnh Bắc Giang",
    "TP. HỒ CHÍ MINH".

    >>> _is_place("TP. HỒ CHÍ MINH"), _is_place("Tỉnh Bắc Giang"), _is_place("LĐLĐ tỉnh Bắc Giang")
    (True, True, False)
    """
    if not label:
        return False
    name = _PLACE_WORDS.sub("", label.strip())
    found = find_provinces(name)
    return len(found) == 1 and found[0][1] == 0 and found[0][2] == len(name)


@dataclass(frozen=True)
class _Layout:
    number_column: int | None
    # the column naming the row, or the leading columns with no header name, which hold the
    # label at one level or another ("1. Gieo cấy lúa | | 1.721,5" then " | Miền Bắc | 105"):
    # the first filled one is the label
    label_columns: tuple[int, ...]
    unit_column: int | None
    kinds: dict[int, str | None]  # value column -> kind its header says, or None
    periods: dict[int, str | None]
    units: dict[int, tuple[str | None, float]]  # value column -> unit its header gives ("(%)")
    # value column -> the months its header names ("Thực hiện 6 tháng": "01-06"), or none
    months: dict[int, str | None]


# what a cell of a union's "Đơn vị" column names when it is an organisation, not a unit of
# measure: "LĐLĐ TP Bắc Ninh", "Công đoàn các KCN", "huyện Yên Phong"
_ORGANISATION_CELL = re.compile(
    r"^\s*(?:(?i:lđlđ|liên đoàn lao động)(?!\w)|Công đoàn (?!cơ sở)|CĐCS [A-ZĐÀ-Ỹ]"
    # a group of unions by sector: "CĐCS cơ quan Đảng, …", "CĐCS các sở, ban, ngành tỉnh",
    # "CĐCS doanh nghiệp nhà nước" (not "CĐCS doanh nghiệp ký kết thỏa ước", a rate's name)
    r"|CĐCS (?:cơ quan|các|đơn vị|khối)(?!\w)"
    r"|CĐCS (?:doanh nghiệp|DN) (?:nhà nước|ngoài nhà nước|tư nhân|có vốn|FDI)(?!\w)"
    r"|(?i:các )?CĐCS trực thuộc"
    # an industrial park's or economic zone's unions: "KCN Long Thành", "Các KCN Nhơn Trạch"
    r"|(?i:các )(?:KCN|KKT|CCN|khu công nghiệp|khu kinh tế|cụm công nghiệp)(?!\w)"
    r"|(?:KCN|KKT|CCN|Khu công nghiệp|Khu kinh tế|Cụm công nghiệp) [A-ZĐÀ-Ỹ]"
    r"|(?:Huyện|huyện|Quận|quận|Thị xã|thị xã|TX|TP|Thành phố|thành phố|Tỉnh|tỉnh|Xã|Phường"
    r"|Sở|Trường|Bệnh viện|Công ty)\.?\s+[A-ZĐÀ-Ỹ])"
)


_AGAINST_A_PLAN = re.compile(r"(?<!\w)(?:so với|kế hoạch|dự toán|chỉ tiêu|cùng kỳ)(?!\w)", re.I)


def _row_time(label: str | None, before: list[str]) -> tuple[str | None, str | None]:
    """The period and months a row's label names ("6 tháng cuối năm 2023 | 4.600 | 31"),
    kept in `before`; a total under such rows ("Cộng | 18.100 | 122") spans them all.

    >>> seen = []
    >>> [_row_time(label, seen) for label in ("6 tháng cuối năm 2023", "Năm 2024", "Cộng")]
    [('2023', '07-12'), ('2024', None), ('2023-2024', None)]
    >>> _row_time("Kết nạp đoàn viên mới", []), _row_time("Cộng", [])
    ((None, None), (None, None))
    >>> _row_time("So với kế hoạch năm 2025 (%)", [])
    (None, None)
    >>> _row_time("Từ Đại hội đến 31/12/2023", []), _row_time("Từ Đại hội đến 30/6/2025", [])
    (('2023', None), ('2025', '01-06'))
    """
    if not label:
        return None, None
    if re.match(_TOTAL_ROW, label):
        if not before:
            return None, None
        first, last = min(before)[:4], max(before)[-4:]
        return (first if first == last else f"{first}-{last}"), None
    named = [p for p, at, _ in find_periods(label) if not compared_at(label, at)]
    if _AGAINST_A_PLAN.search(label):
        return None, None  # ("So với kế hoạch năm 2025 (%)": the plan's year, not the row's)
    if not named:
        # "Từ Đại hội đến 31/12/2023": the year it counts to (from when, its words say)
        counted_to = as_of_year(label)
        if counted_to is None:
            return None, None
        before.append(counted_to)
        return counted_to, _months_to_day(label)
    before.append(named[0])
    months = find_months(label)
    return named[0], months[0].months if months else None


# a row of the whole: "Tổng cộng", "Toàn tỉnh"
_TOTAL_ROW = r"^\s*(?i:tổng cộng|tổng số|tổng|cộng|toàn tỉnh|toàn thành phố|toàn ngành)\s*$"
_WHO_COUNTS = re.compile(rf"{_ORGANISATION_CELL.pattern}|{_TOTAL_ROW}")


def _names_organisations(cells: list[str]) -> bool:
    """Whether a column headed "Đơn vị" lists the units reporting (organisations) rather
    than units of measure ("người", "Tỷ đồng", "%"): most of its cells name one."""
    filled = [c for c in cells if c.strip()]
    named = sum(1 for c in filled if _ORGANISATION_CELL.match(c) or len(c.split()) > 3)
    return bool(filled) and 2 * named > len(filled)


def _months_to_day(name: str) -> str | None:
    """The months a column counted to a day covers ("Đoàn viên 30/6/2026" -> "01-06"); the
    whole year's at its last day.

    >>> _months_to_day("Đoàn viên 30/6/2026"), _months_to_day("Đoàn viên 31/12/2025")
    ('01-06', None)
    """
    day = NUMERIC_DATE.search(name)
    if day is None or not 1 <= int(day.group(2)) <= 12:
        return None
    month = int(day.group(2))
    return None if (int(day.group(1)), month) == (31, 12) else f"01-{month:02d}"


def _layout(header: list[Cell], body: list[list[Cell]] | None = None) -> _Layout:
    names = [_folded(c.text) for c in header]
    number_column = next((i for i, n in enumerate(names) if n.strip() in _NUMBER_HEADERS), None)
    unit_column = next((i for i, n in enumerate(names) if n.startswith(_UNIT_HEADERS)), None)
    if unit_column is not None and names[unit_column].strip() == "đơn vị" and body:
        cells = [row[unit_column].text for row in body if unit_column < len(row)]
        if _names_organisations(cells):
            unit_column = None  # "Đơn vị | Số CĐCS | Số đoàn viên": the rows' names
    unnamed = 0
    while unnamed < len(names) and not names[unnamed].strip():
        unnamed += 1
    label_columns = tuple(range(unnamed)) if unnamed < len(names) else ()
    if not label_columns:
        named = next(
            (
                i
                for i, n in enumerate(names)
                if i not in (number_column, unit_column) and n.strip() and not _YEAR.search(n)
            ),
            None,
        )
        label_columns = () if named is None else (named,)
        # "Tổng số | | …" over "TỔNG SỐ | | …" and " | Hà Nội | …": the unnamed columns
        # right after the label column hold the labels of the rows under it
        while named is not None and named + 1 < len(names) and not names[named + 1].strip():
            named += 1
            label_columns += (named,)
    kinds: dict[int, str | None] = {}
    periods: dict[int, str | None] = {}
    months: dict[int, str | None] = {}
    units: dict[int, tuple[str | None, float]] = {}
    for i, name in enumerate(names):
        if i in (number_column, unit_column) or i in label_columns:
            continue
        if "(%)" in name or _RATE_LABEL.match(name) or _PERCENT_NAMED.search(name):
            units[i] = ("%", 1.0)
        elif bracketed := _header_unit(name):
            units[i] = bracketed
        kinds[i] = _header_kind(name)
        periods[i] = _column_period(name)
        named_months = find_months(header[i].text)
        months[i] = named_months[0].months if named_months else _months_to_day(header[i].text)
    if "target" in kinds.values():
        # "Chỉ tiêu | Kết quả": beside the goals' column, "Kết quả" holds what was done (alone,
        # as in a resolution's annex of targets, it is what is to be achieved)
        for i, kind in kinds.items():
            if kind is None and _RESULTS_BESIDE_GOALS.match(names[i].strip()):
                kinds[i] = "achievement"
    return _Layout(number_column, label_columns, unit_column, kinds, periods, units, months)


def _names_a_kind_of_unit(label: str, column: str) -> bool:
    """Whether a row's label names nothing the catalogue counts while its column does
    ("Công lập" under "Số đoàn viên")."""
    return match_indicator(label) is None and match_indicator(_counted_by(column)) is not None


# a column comparing the ones before it: "Tỷ lệ so cùng kỳ (%)", "So sánh (%)"; not "Tỷ lệ
# so với kế hoạch (%)" after columns of several things (whose plan it is, a note may say)
_COMPARED = re.compile(r"^(?:(?:tỷ lệ|tỉ lệ)\s(?:.*\s)?so (?:với )?cùng kỳ|so sánh)(?!\w)")
# a note's value at its end, after a verb saying it was reached: "Năm 2025 đạt 1.386"
_NOTE_VALUE = re.compile(rf"(?<!\w)(?:đạt|là|được)\s+({NUMBER})\s*$")
_REPORTED = re.compile(r"(?<!\w)(?:đạt|đã)(?!\w)")
_NOTE_COLUMN = re.compile(r"^(?:ghi chú|chú thích)(?!\w)")
_PART_COLUMN = re.compile(r"^(?:trong đó|trđ|t\.đó)(?!\w)")
_RESULTS_BESIDE_GOALS = re.compile(r"(?:kết quả|đạt được)(?:\s*\(|$)")


# a number a column's name holds: a year, a month or a quarter ("năm 2003", "tháng 6", "5 tháng
# đầu", "2/2006", "tháng 12/1999")
_NAME_NUMBER = re.compile(
    r"(?<![\d.,])\d{1,2}/(?:19|20)\d{2}(?![\d.,])"
    r"|(?<![\d.,])(?:19|20)\d{2}(?![\d.,])"
    r"|(?<!\w)(?:tháng|quý|quí|kỳ|đợt)\s+\d{1,2}(?![\d.,])"
    r"|(?<![\d.,])\d{1,2}\s+(?:tháng|quý|quí)(?!\w)"
    r"|(?<![\d.,])\d{1,3}\s+tuổi(?!\w)",  # a column of ages: "Dưới 35 tuổi"
    re.IGNORECASE,
)


def _continues_header(cells: list[Cell]) -> bool:
    """A second header row: its first cell blank (under the label column's name) and the
    rest names, not values.

    >>> _continues_header(_cells(" | Số suất quà | Số tiền (triệu đồng)"))
    True
    >>> _continues_header(_cells(" | Miền Bắc |  | ")), _continues_header(_cells(" | 2 | 1"))
    (False, False)
    """
    texts = [c.text for c in cells]
    named = sum(1 for text in texts if text)
    # two names at least: a section row under the header ("| Miền Bắc | |") has one
    return len(texts) >= 3 and not texts[0] and named >= 2 and _is_header_line(texts[1:])


def _joined_names(header: list[Cell], below: list[Cell]) -> list[Cell]:
    """Each column's name and the one under it, as one; a cell merged across sub-columns,
    said once over the first ("Kết quả đến 30/6/2025" over "Số lượng | Tỷ lệ (%)"), names
    each of them.

    >>> [c.text for c in _joined_names(_cells("TT | Chỉ tiêu | Kết quả năm 2025"),
    ...                                _cells(" | | Số lượng | Tỷ lệ (%)"))]
    ['TT', 'Chỉ tiêu', 'Kết quả năm 2025 Số lượng', 'Kết quả năm 2025 Tỷ lệ (%)']

    A total under what it counts is named as Vietnamese names it, and a part ("Trong đó")
    as a part:

    >>> [c.text for c in _joined_names(_cells("Đơn vị | Số CĐCS | | Đoàn viên | "),
    ...     _cells(" | Tổng số | Trong đó: khu vực ngoài nhà nước | Tổng số | Nữ"))]
    ['Đơn vị', 'Tổng số CĐCS', 'Trong đó: khu vực ngoài nhà nước', 'Tổng số Đoàn viên', \
'Đoàn viên Nữ']
    """
    joined = []
    group = ""  # the name over the sub-columns so far
    for i in range(max(len(header), len(below))):
        top = header[i] if i < len(header) else Cell("", 0, 0)
        under = below[i].text if i < len(below) else ""
        if top.text:
            group = top.text if under else ""
        name = top.text or (group if under else "")
        if name and _TOTAL_UNDER.match(under) and match_indicator(name) is not None:
            # "Đoàn viên" over "Tổng số | Nữ": the total is "Tổng số đoàn viên"
            text = f"{under} {COUNT_LABEL.sub('', name)}"
        elif (
            name
            and (
                COUNT_LABEL.match(under)
                and not _LABEL_UNIT.search(under)
                or _header_kind(_folded(under))
            )
            and _header_kind(_folded(name)) is None
        ):
            # "Mái ấm Công đoàn" over "Số nhà | Số tiền (triệu đồng)": "Số nhà Mái ấm Công
            # đoàn", the count named first as in a sentence; so is a plan or a result,
            # "Năm 2025" over "Kế hoạch | Thực hiện": "Thực hiện Năm 2025" (not under a
            # name that says so itself: "Kết quả năm 2025" over "Số lượng")
            text = f"{under} {name}"
        elif name and _PART_COLUMN.match(_folded(under)):
            # "Số CĐCS" over "Tổng số | Trong đó: khu vực ngoài nhà nước": a part of the
            # column before, as a column "Trong đó nữ" beside "Số đoàn viên" is
            text = under
        else:
            text = " ".join(x for x in (name, under) if x)
        joined.append(Cell(text, top.start, top.end))
    return joined


_TOTAL_UNDER = re.compile(r"^\s*(?:tổng số|tổng cộng|tổng|cộng)\s*$", re.IGNORECASE)


def _is_header_line(texts: list[str]) -> bool:
    """Whether a row's value cells name columns rather than hold values: words, with no number
    but a year, a month or a quarter.

    >>> _is_header_line(["5 tháng đầu", "Ước tính", "Cộng dồn", "2003 so với", "năm 2003"])
    True
    >>> _is_header_line(["năm 2003", "năm 2003", "2002 (%)", "năm 2002 (%)"])
    True
    >>> _is_header_line(["7.753,7", "1.535,1"]), _is_header_line(["≤ 3 Đông Nam Á"])
    (False, False)
    >>> _is_header_line(["2003", "2004"]), _is_header_line(["-", "-"])
    (False, False)
    """
    if not any(re.search(r"[^\W\d_]", text) for text in texts):
        return False  # a row of numbers or dashes
    return not any(re.search(r"\d", _NAME_NUMBER.sub("", text)) for text in texts)


def _context_kind(lines: list[str]) -> str | None:
    """ "target" when a caption or section row states a goal ("Đến năm 2030", "chỉ tiêu"),
    unless it says it reports results ("Kết quả thực hiện chỉ tiêu năm 2025")."""
    for line in lines:
        if any(p.search(line) for p in cues().section_results):
            continue
        if any(p.search(line) for p in cues().target):
            return "target"
    return None


# a table titled as a plan: "DỰ TOÁN THU, CHI NGÂN SÁCH … NĂM 2003", "KẾ HOẠCH …"
_PLAN_TITLE = re.compile(r"^\s*(?:dự toán|kế hoạch)\s", re.IGNORECASE)


CAPTION_MAX_CHARS = 160  # a longer line above a table is a paragraph of prose


# a numbered caption: "Bảng 2. Số lượng đoàn viên công đoàn theo đơn vị"
_NUMBERED_CAPTION = re.compile(r"^(?:bảng|biểu)\s+(?:số\s+)?[\dIVX]+\s*[.:\-–]?\s*", re.I)
_BY_WHAT = re.compile(r"\s+(?:theo|chia theo|phân theo|của)\s.*$", re.IGNORECASE)


def _caption_subject(caption: list[str]) -> str | None:
    """What a numbered caption just above a table says its cells count, when that names an
    indicator: "Bảng 2. Số lượng đoàn viên công đoàn theo đơn vị" -> "Số lượng đoàn viên
    công đoàn", for columns that name only years ("Năm 2024 (người)").

    >>> _caption_subject(["Bảng 2. Số lượng đoàn viên công đoàn theo đơn vị"])
    'Số lượng đoàn viên công đoàn'
    >>> _caption_subject(["Bảng 1. Kết quả thực hiện chỉ tiêu năm 2025"]) is None
    True
    """
    for line in reversed(caption[-2:]):
        numbered = _NUMBERED_CAPTION.match(line.strip())
        if numbered:
            named = _BY_WHAT.sub("", line.strip()[numbered.end() :]).strip(" .:")
            return named if match_indicator(named) is not None else None
    return None


def lead_counted_to(caption: list[str]) -> str | None:
    """The year of the day a table's lead line counts to: "Tính đến ngày 31/12/2025, Công
    đoàn ngành có 948 CĐCS …; số liệu theo cấp học và chỉ tiêu kết nạp năm 2026 như sau:".
    The table then counts what stood that day, whatever goals the line names too; a column
    naming a later year ("Kết nạp năm 2026") holds goals."""
    lead = caption[-1].rstrip() if caption else ""
    return as_of_year(lead) if lead.endswith(":") else None


def _caption_kind(caption: list[str]) -> str | None:
    """The kind the lines above a table give it: a title naming a plan among them all, else
    the nearest of the three nearest that states a goal ("target") or reports results
    ("achievement"). A paragraph of
    prose is no caption: "… Có 27/34 LĐLĐ tỉnh đạt và vượt chỉ tiêu …" above "2. Kết quả
    của một số LĐLĐ tỉnh, thành phố" had made a table of results a list of goals."""
    if any(_PLAN_TITLE.match(line) for line in caption):
        return "target"
    for line in reversed(caption[-3:]):
        if len(line) > CAPTION_MAX_CHARS:
            continue
        if any(p.search(line) for p in cues().section_results):
            # "Kết quả một số chỉ tiêu chủ yếu năm 2025 so với năm 2024 như sau:": results,
            # whatever "Chỉ tiêu" heading the names' column says
            return "achievement"
        if any(p.search(line) for p in cues().target):
            return "target"
    return None


def _plain_value(cell: str, english: bool) -> tuple[str, float, bool] | None:
    """A cell that is just a number with an optional sign: (qualifier, value, percent)."""
    match = _PLAIN_VALUE.fullmatch(cell.strip())
    if not match:
        return None
    qualifier = _QUALIFIERS.get((match.group("qual") or "").lower(), "exact")
    try:
        value = parse_number(match.group("num"), english)
    except ValueError:  # two numbers run together by a misread scan: "4.2059.390"
        return None
    # "-2,5" under "Tăng/giảm (%)": a fall
    return qualifier, -value if match.group("sign") else value, bool(match.group("pct"))


def _cell_figures(
    cell: Cell,
    unit: tuple[str | None, float],
    label: str | None,
    kind: str,
    english: bool,
    note: bool = False,
) -> Iterator[Quantity]:
    """Figures of one value cell; a cell may hold several ("≤ 3 Đông Nam Á; ≤ 50 Thế giới").
    A `note` ("Ghi chú": "6 tháng đạt 54,7%", "Năm 2025 đạt 1.386") counts what its row
    names, reported when it says so ("đạt", "đã"), else of its column's kind."""
    subject = expand(label) if label else None

    def quantity(text: str, at: int, value: float, qualifier: str, percent: bool) -> Quantity:
        return Quantity(
            text=text,
            value=scaled(value, 1.0 if percent else unit[1]),
            denominator=None,
            unit="%" if percent else str(unit[0]),
            qualifier=qualifier,
            kind=kind,
            subject=subject,
            start=at,
            end=at + len(text),
        )

    for part in re.finditer(r"[^;]+", cell.text):
        text = part.group(0).strip()
        start = cell.start + part.start() + part.group(0).find(text)
        spread = _RANGE_CELL.fullmatch(text)
        if spread and unit[0]:
            # "40 - 50" under "Tổ chức": two figures, at_least and at_most
            for group, bound in (("low", "at_least"), ("high", "at_most")):
                value = parse_number(spread.group(group), english)
                at = start + spread.start(group)
                yield quantity(spread.group(group), at, value, bound, unit[0] == "%")
            continue
        change = _WITH_CHANGE.fullmatch(text)
        if change and unit[0]:
            # "164 (tăng 9)": the count, and in brackets how much it changed (no count of
            # its own: the change's subject says so)
            value = parse_number(change.group("value"), english)
            yield quantity(change.group("value"), start, value, "exact", False)
            moved = parse_number(change.group("moved"), english)
            at = start + change.start("moved")
            q = quantity(change.group("moved"), at, moved, "exact", False)
            yield replace(q, subject=f"{change.group('way')} {subject or ''}".strip())
            continue
        plain = _plain_value(text, english)
        head = re.match(rf"(?:≥|>=|≤|<=|>|<)?\s*{NUMBER}\s*%?", text)
        # a year before words ("2003 so với", "2002 (%)") is a year, as in a sentence
        if head and _YEAR.fullmatch(head.group(0).strip()):
            head = None
        if plain is None and head and unit[0] and not re.search(r"\d", text[head.end() :]):
            # "≤ 3 Đông Nam Á": a number with a sign, then words saying where it applies
            plain = _plain_value(head.group(0), english)
            text = head.group(0).strip()
        if plain is not None:
            qualifier, value, percent = plain
            if percent or unit[0] is not None:
                yield quantity(text, start, value, qualifier, percent)
            continue
        # a note says in its own words that something was reached ("6 tháng đạt 54,7%");
        # else it is of its column's kind ("Tăng 2 CĐCS so với năm 2025" among goals)
        reports = note and _REPORTED.search(text) is not None
        found = tag_sentence(text, None if reports else kind, english)
        for q in found:
            yield replace(
                q,
                kind=kind if kind == "target" and not reports else q.kind,
                subject=subject if note and subject else q.subject or subject,
                start=start + q.start,
                end=start + q.end,
            )
        ending = _NOTE_VALUE.search(text) if note and not found and unit[0] else None
        if ending:
            # "Năm 2025 đạt 1.386" beside "Kết nạp đoàn viên mới | Đoàn viên": the row's
            # thing, in its unit, reported
            value = parse_number(ending.group(1), english)
            q = quantity(ending.group(1), start + ending.start(1), value, "exact", False)
            yield replace(q, kind="achievement" if reports else kind)


def tag_table(
    lines: list[str], context: list[str], english: bool = False
) -> list[list[TableFigure]]:
    """Figures of each row of one table; `lines` starts with the header row, `context` is
    the text just before the table (its caption)."""
    # a web table's <caption> comes out as a first row of one cell ("| Kết quả Tháng Công
    # nhân năm 2025 tại một số đơn vị | | | |"): it captions the table, the next row heads it
    leading = 0
    while len(lines) - leading > 2 and sum(1 for c in _cells(lines[leading]) if c.text) == 1:
        leading += 1
    if leading:
        context = [*context, *(c.text for line in lines[:leading] for c in _cells(line))]
        empty: list[list[TableFigure]] = [[] for _ in range(leading)]
        return empty + tag_table(lines[leading:], [c for c in context if c], english)
    # "| a | b |" rows (a web table, Markdown): the outer pipes frame the row, they do not
    # open an empty first column (a sheet's " | Tổng cộng | 1.386" does)
    framed = all(line.strip()[:1] == "|" and line.strip()[-1:] == "|" for line in lines)

    def split_row(line: str) -> list[Cell]:
        cells = _cells(line)
        return cells[1:-1] if framed and len(cells) >= 2 else cells

    header = split_row(lines[0])
    # a header of two rows, its merged cells left blank in the first ("Đơn vị | Kết quả | |
    # Ghi chú" over " | Số suất quà | Số tiền (triệu đồng)"): each column is named by both
    continued = 0
    while len(lines) > continued + 2 and _continues_header(split_row(lines[continued + 1])):
        header = _joined_names(header, split_row(lines[continued + 1]))
        continued += 1
    body = [(line, split_row(line)) for line in lines[1 + continued :]]
    layout = _layout(header, [cells for _, cells in body])
    # "Chỉ tiêu" heads the label column of result tables too: beside a "Thực hiện" column
    # it states no goal
    results = "achievement" in layout.kinds.values()
    plans = "target" in layout.kinds.values()
    # a table whose columns say which is the plan and which the result ("Kế hoạch | Thực
    # hiện | Tỷ lệ (%)") takes no kind from its caption: "Một số chỉ tiêu chủ yếu năm 2025"
    # names indicators there, and the rate beside them is a result
    table_kind = (
        None
        if results and plans
        else _caption_kind(context) or (None if results else _context_kind([lines[0]]))
    )
    caption_unit = _caption_unit(context)
    listed = _caption_units(context)  # a caption listing units gives each column its own
    caption_subject = _caption_subject(context)
    counted_to = lead_counted_to(context)
    figures: list[list[TableFigure]] = [[]]
    section_period: str | None = None
    section_months: str | None = None
    above: tuple[str | None, float] = (None, 1.0)  # the unit cell of the row above
    row_periods: list[str] = []  # the periods the rows' labels name, in turn
    figures.extend([] for _ in range(continued))
    for line, cells in body:
        row: list[TableFigure] = []
        if is_column_numbers([c.text for c in cells]):
            figures.append(row)  # "A | B | 1 | 2 | 3" under the header numbers the columns
            continue
        values = {i: c for i, c in enumerate(cells) if i in layout.kinds and c.text}
        if not values:
            # a section row ("I | Đến năm 2030 | | |") sets the kind and period of the rows
            # under it
            table_kind = _context_kind([line]) or table_kind
            periods = find_periods(line)
            section_period = periods[0][0] if periods else section_period
            named_months = find_months(line)
            if named_months or periods:  # "II | Năm 2026 | |" after "I | 6 tháng đầu năm …"
                section_months = named_months[0].months if named_months else None
            figures.append(row)
            continue
        # the first label cell that is not the row's number ("1 | | Hà Nội | 13")
        label = next(
            (
                cells[i].text
                for i in layout.label_columns
                if i < len(cells) and cells[i].text and not _ROW_NUMBER.match(cells[i].text)
            ),
            None,
        )
        if label is None and _is_header_line([c.text for c in values.values()]):
            # the header said again where a sheet runs onto a new page, under its "(Tiếp
            # theo)" title: " |  | 5 tháng đầu | … | 2003 so với | năm 2003" names columns
            # the first header already named, and "2003" there is a year, not a value
            figures.append(row)
            continue
        if label is None and layout.number_column is not None:
            # "Tổng cộng | | 1.184 | 386.215": a total's name in a cell merged over the
            # number's column and the names'
            first = cells[layout.number_column].text if layout.number_column < len(cells) else ""
            label = first if first and not _ROW_NUMBER.match(first) else None
        by_place = _is_place(label)
        row_period, row_months = _row_time(label, row_periods)
        if layout.unit_column is not None and layout.unit_column < len(cells):
            unit_cell = cells[layout.unit_column].text
            unit = above if _DITTO.match(unit_cell) else _unit_of(unit_cell)
            above = unit
        else:
            unit = _unit_from_label(label)
            goals = table_kind == "target" and caption_unit[0] is None
            if unit[0] is None and label and (plans or goals):
                # "Kết nạp đoàn viên mới (đoàn viên) | 35.000 | 41.350": a plan's columns, or
                # a table of goals by its caption ("Các chỉ tiêu chủ yếu năm 2026 phấn đấu
                # hoàn thành:") that names no unit ("Đơn vị tính: nghìn đồng"), the unit in
                # the label's bracket or its counted noun (a
                # statistics sheet's are left alone: its columns of indices are no counts of
                # the row's unit)
                unit = _bracket_unit(label)
                if unit[0] is None:
                    unit = _counted_noun(label)
        row_unit = unit
        if unit[0] is None:
            unit = caption_unit
        units_so_far: dict[int, tuple[str | None, float]] = {}
        counted_before: str | None = None  # what the value column before counts
        for i, cell in values.items():
            if holds_blank(cell.text):
                # a cell left to fill in ("…./…. người (100%)") holds a form's example; the
                # row's other cells stand
                continue
            kind = layout.kinds[i] or table_kind or "achievement"
            own_year = layout.periods[i]
            if counted_to and not layout.kinds[i]:
                kind = "target" if own_year and own_year[-4:] > counted_to else "achievement"
            subject, cell_unit = label, layout.units.get(i, unit)
            column = _column_name(header[i].text) if i < len(header) else ""
            if label and SUB_ROW.match(label):
                pass  # "- Nữ" under a row or a total: a part of what it counts, named so
            elif column and label and not by_place and _WHO_COUNTS.match(label):
                # "LĐLĐ TP Bắc Ninh | 210", "Tổng cộng | 1.386": the row names who counts
                subject = _counted_by(column)
            elif column and label and _names_a_kind_of_unit(label, column):
                # "Mầm non | Công lập | 168" under "Số CĐCS": the row names a kind of school,
                # the column what is counted of it
                subject = _counted_by(column)
            if by_place and column:
                # "TỈNH | Số đoàn viên" over "Bắc Giang | 3.120": the column names what the
                # row's province counts
                subject = _counted_by(column)
                if i not in layout.units and layout.unit_column is None:
                    cell_unit = caption_unit
            part = _PART_COLUMN.match(_folded(column)) is not None
            if (
                subject is not label
                and caption_subject
                and not part
                and match_indicator(subject) is None
            ):
                # "Bảng 2. Số lượng đoàn viên công đoàn theo đơn vị" over "Đơn vị | Năm 2024
                # (người)": the rows name who counts, the column only when, the caption what
                subject = caption_subject
            if i not in layout.units and column:
                # "Số đoàn viên" names its column's unit where nothing else does, and before
                # the caption's ("Đơn vị tính: người" over a column "Số CĐCS") when it is a
                # noun a union counts ("SỐ BỔ SUNG TỪ NGÂN SÁCH" is in "Triệu đồng")
                named = _unit_from_label(column)
                if named[0] is None:
                    named = _counted_noun(column)  # "Thành lập mới CĐCS", "Kết nạp mới"
                if named[0] is None:
                    named = _bracket_unit(column)  # "Năm 2025 (người)"
                counted = row_unit[0] is None and named[0] in _COUNTED_NOUNS
                # "Số nhà …" under "Đơn vị tính: suất, lượt người, nhà": the unit of those
                # listed that the column names, not the first
                own = None
                if row_unit[0] is None and named[0] not in _COUNTED_NOUNS:  # "suất quà"
                    own = _listed_unit(named[0], listed)
                if own:
                    named = (own, 1.0)
                if named[0] and (cell_unit[0] is None or counted or own):
                    cell_unit = named
            if (
                counted_before
                and _COMPARED.match(_folded(column))
                and match_indicator(subject) is None
            ):
                # "Kết nạp mới 6 tháng 2025 | 6 tháng 2026 | Tỷ lệ so cùng kỳ (%)": the rate
                # compares what the columns before it count
                subject = counted_before
            if match_indicator(subject) is not None:
                counted_before = subject
            if part and cell_unit in (caption_unit, (None, 1.0)):
                # "Số đoàn viên | Trong đó nữ": a part of the column before, in its unit
                # (a caption's "ĐVT: đơn vị, người" is the table's, that column's the part's)
                cell_unit = units_so_far.get(i - 1, cell_unit)
            units_so_far[i] = cell_unit
            note = _NOTE_COLUMN.match(_folded(column)) is not None
            # a note names its own year: "Năm 2025 đạt 1.386" in a column of 2026's goals
            named = [
                (period, at, end)
                for period, at, end in (find_periods(cell.text) if note else [])
                if not compared_at(cell.text, at)
            ]
            period = named[0][0] if named else layout.periods[i] or row_period or section_period
            months = layout.months[i] or (row_months if row_period else section_months)
            for q in _cell_figures(cell, cell_unit, subject, kind, english, note):
                row.append(TableFigure(q, period, months))
        figures.append(row)
    return figures
