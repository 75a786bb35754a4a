"""Passages: sentence-aligned chunks of about 100–250 words, the unit of search.

A passage is always a slice of the document text (`text == doc.text[start:end]`) and never
crosses a page. A heading, or a line ending in ":", opens what follows, so it is left at the
end of a passage only at the foot of a page, where a scrap of under MIN_WORDS words joins the
passage before it (the next page's passage still has it as context). A section (heading to
heading) that fits in MAX_WORDS stays whole; a longer one is cut into parts of balanced
length. Table rows ("a | b | c" lines) stay
together where they fit. What a passage lost by being cut (its section heading, its table's
header row) is kept as `context`: indexed with the passage, stored beside it, shown with a hit.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from nlp.records import Document
from nlp.sentences import Span, split_sentences

TARGET_WORDS = 150
MAX_WORDS = 250
MIN_WORDS = 40
# a heading starts a new passage once the open one has this many words
HEADING_BREAK_WORDS = 100
HEADING_MAX_WORDS = 20
CONTEXT_MAX_WORDS = 40

_TERMINAL = re.compile(r"[.!?…;,]['\"”’)\]]*$")
# a dateline or timestamp ("Chủ nhật - 18/06/2023 23:05") is furniture, not a heading
_DATE_OR_TIME = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b")
_HEADING_START = re.compile(
    r"^(?:(?:Chương|Mục|Phần|Điều|PHẦN|CHƯƠNG|MỤC|ĐIỀU)\s+[\dIVXLC]+|[IVXLC]+\s*[.)-]|[A-Z]\s*[.)])",
)


# how a line is numbered, highest level first: "Chương II", "Mục 1", "A.", "II.", "Điều 5",
# "1.", "1.1.", "1.1.1.", "a)"; a heading's section ends at the next line numbered at its
# level or above, whether or not that line is a heading itself
_NUMBERED = re.compile(
    r"^(?:(?P<part>(?:PHẦN|Phần|CHƯƠNG|Chương)\s+[\dIVXLC]+)"
    # a numeral before a letter: "I." is the first of I, II, III, "C." the third of A, B, C
    r"|(?P<roman>[IVXL][IVXLC]*\s*[.)\-–])"
    r"|(?P<section>(?:MỤC|Mục)\s+[\dIVXLC]+|[A-Z]\s*[.)])"
    r"|(?P<article>(?:ĐIỀU|Điều)\s+\d+)"
    r"|(?P<arabic>\d{1,3}(?:\.\d{1,3})*)\s*[.)]"
    r"|(?P<letter>[a-zđ])\s*\))(?=[\s.:]|$)"
)
_BARE_NUMBER = re.compile(r"(?:[IVXLC]+|\d{1,3}(?:\.\d{1,3})*|[a-zđA-Z])\s*[.)\-–]")


def numbering_level(line: str) -> int | None:
    """How high a numbered line stands (0 highest), None when it is not numbered.

    >>> [numbering_level(x) for x in ("Chương II QUYỀN", "II. NHIỆM VỤ", "Điều 7. Hệ thống")]
    [0, 2, 3]
    >>> [numbering_level(x) for x in ("1. Cấp Trung ương", "11.3. (Khoản 4)", "b) Ở địa phương:")]
    [4, 5, 9]
    >>> [numbering_level(x) for x in ("I. MỤC TIÊU", "A. KẾT QUẢ", "C. GIẢI PHÁP")]
    [2, 1, 1]
    >>> numbering_level("Năm 2024 toàn tỉnh"), numbering_level("2.158 đoàn viên")
    (None, None)
    """
    found = _NUMBERED.match(line.lstrip())
    if found is None:
        return None
    kind = found.lastgroup
    if kind == "arabic":
        return 3 + found.group("arabic").count(".") + 1
    return {"part": 0, "section": 1, "roman": 2, "article": 3, "letter": 9}[kind or ""]


@dataclass(frozen=True)
class Passage:
    doc_id: str
    ordinal: int
    text: str
    start: int
    end: int
    page: int | None
    context: str = ""

    @property
    def index_text(self) -> str:
        return index_text(self.text, self.context)


def index_text(text: str, context: str | None) -> str:
    """What BM25 and the encoder see: the lost heading, then the passage."""
    return f"{context}\n{text}" if context else text


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    words: int
    page: int | None
    heading: bool
    sticky: bool  # binds to what follows (a heading, or a lead-in ending in ":")
    table: bool
    level: int | None = None  # of a numbered whole line (`numbering_level`)


def _page_of(pages: list[tuple[int, int, int]], offset: int) -> int | None:
    for number, start, end in pages:
        if start <= offset < end:
            return number
    return None


def _is_line(text: str, span: Span) -> bool:
    """Whether the span is its whole line, but for spaces around it (" | TỔNG SỐ |  | ")."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    after = text[span.end : line_end if line_end >= 0 else len(text)]
    return not text[line_start : span.start].strip() and not after.strip()


def is_heading(line: str) -> bool:
    """A short whole line that does not end a sentence, or a numbered section title.

    >>> is_heading("Phạm vi điều chỉnh"), is_heading("II. NHIỆM VỤ, GIẢI PHÁP")
    (True, True)
    >>> is_heading("Công đoàn tỉnh đã giới thiệu 343 đoàn viên ưu tú cho Đảng.")
    False
    """
    words = len(line.split())
    if not words or words > HEADING_MAX_WORDS or " | " in line or _DATE_OR_TIME.search(line):
        return False
    if _TERMINAL.search(line.rstrip()) is None:
        return True
    return bool(_HEADING_START.match(line)) and words <= 12 and not line.rstrip().endswith(",")


# a byline: the writer's name on a line of its own ("Nguyễn Thế Lập"), then the office
# ("Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh"); short lines without a full stop, but no headings:
# the office had stood as the "under:" context of every passage of the article
_SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Lâm "
    "Mai Trương Cao Lương Đoàn Tạ Vương Tô Trịnh Thái Châu Quách Lưu Triệu Kiều Chu Nông Lò "
    "Hứa Hà Tăng Lục Mạc Thân Khổng Phùng Âu Giáp Kim Lại Văn Nghiêm Từ Ông Viên Y"
).split()
_PERSON = re.compile(rf"^(?:{'|'.join(_SURNAMES)})(?: [A-ZĐÀ-Ỹ][a-zđà-ỹ]*){{1,4}}$")
_OFFICE = re.compile(
    r"^(?:Tỉnh ủy viên|Thành ủy viên|Ủy viên|Phó Chủ tịch|Chủ tịch|Phó Bí thư|Bí thư"
    r"|Phó Trưởng ban|Trưởng ban|Phó Giám đốc|Giám đốc|Phó Trưởng phòng|Trưởng phòng"
    r"|Đại biểu Quốc hội|Nhà báo|Phóng viên|PGS|GS|TS|ThS|Thạc sĩ|Tiến sĩ)(?!\w)"
)


def is_byline(line: str, after_name: bool = False) -> bool:
    """A writer's name, or (`after_name`: on the line after one) their office.

    >>> is_byline("Nguyễn Thế Lập"), is_byline("Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh", True)
    (True, True)
    >>> is_byline("Phạm vi điều chỉnh"), is_byline("Chủ tịch Công đoàn cơ sở")
    (False, False)
    """
    line = line.strip()
    return bool(_PERSON.match(line) or (after_name and _OFFICE.match(line)))


def _split_long(span: Span) -> list[Span]:
    """A sentence over MAX_WORDS words cut at spaces, so the encoder sees all of it."""
    words = list(re.finditer(r"\S+", span.text))
    if len(words) <= MAX_WORDS:
        return [span]
    parts = math.ceil(len(words) / MAX_WORDS)
    size = math.ceil(len(words) / parts)
    pieces = []
    for first in range(0, len(words), size):
        chunk = words[first : first + size]
        start, end = chunk[0].start(), chunk[-1].end()
        pieces.append(Span(span.text[start:end], span.start + start, span.start + end))
    return pieces


def _markers_joined(text: str, sentences: list[Span]) -> list[Span]:
    """A list number that underthesea splits off as a sentence of its own ("II." then
    "NHIỆM VỤ CỤ THỂ") joined to what follows it on its line, so that the line can be
    seen as the heading it is."""
    joined: list[Span] = []
    for sentence in sentences:
        if joined and _BARE_NUMBER.fullmatch(joined[-1].text.strip()):
            last = joined[-1]
            if "\n" not in text[last.end : sentence.start]:
                joined[-1] = Span(text[last.start : sentence.end], last.start, sentence.end)
                continue
        joined.append(sentence)
    return joined


def _units(doc: Document, spans: list[tuple[int, int, int]]) -> list[_Unit]:
    units = []
    after_name = False
    for sentence in _markers_joined(doc.text, split_sentences(doc.text)):
        whole_line = _is_line(doc.text, sentence)
        byline = whole_line and is_byline(sentence.text, after_name)
        after_name = byline
        heading = whole_line and not byline and is_heading(sentence.text)
        table = whole_line and " | " in sentence.text
        sticky = heading or sentence.text.rstrip().endswith(":")
        level = numbering_level(sentence.text) if _starts_line(doc.text, sentence) else None
        for number, piece in enumerate(_split_long(sentence)):
            units.append(
                _Unit(
                    piece.start,
                    piece.end,
                    len(piece.text.split()),
                    _page_of(spans, piece.start),
                    heading,
                    sticky,
                    table,
                    level if number == 0 else None,
                )
            )
    return units


def _starts_line(text: str, span: Span) -> bool:
    return not text[text.rfind("\n", 0, span.start) + 1 : span.start].strip()


def _section_words(units: list[_Unit], first: int) -> int:
    """Words from unit `first` to the next heading or page change."""
    total = units[first].words
    for unit in units[first + 1 :]:
        if unit.heading or unit.page != units[first].page:
            break
        total += unit.words
    return total


def _groups(units: list[_Unit]) -> list[list[_Unit]]:
    groups: list[list[_Unit]] = []
    group: list[_Unit] = []
    words = 0
    target = TARGET_WORDS
    for i, unit in enumerate(units):
        if i == 0 or unit.heading or unit.page != units[i - 1].page:
            # a section that fits stays whole; a longer one is cut into balanced parts
            section = _section_words(units, i)
            parts = 1 if section <= MAX_WORDS else math.ceil(section / TARGET_WORDS)
            target = MAX_WORDS if parts == 1 else math.ceil(section / parts)
        if group:
            last = group[-1]
            cut = (
                unit.page != last.page
                or words + unit.words > MAX_WORDS
                or (not last.sticky and unit.heading and words >= HEADING_BREAK_WORDS)
                or (not last.sticky and words >= target and not (unit.table and last.table))
            )
            if cut:
                groups.append(group)
                group, words = [], 0
        group.append(unit)
        words += unit.words
    if group:
        groups.append(group)
    return _scraps_joined(groups)


def _scraps_joined(groups: list[list[_Unit]]) -> list[list[_Unit]]:
    """A scrap of a few words that ends the text or a page ("Vì các lẽ trên,", a heading at
    the foot of a page) joins the passage before it on that page: alone, it came up as a
    search hit that said nothing. A heading joined so still opens the next page's passage as
    its context."""
    joined: list[list[_Unit]] = []
    for i, group in enumerate(groups):
        ends_page = i == len(groups) - 1 or groups[i + 1][0].page != group[-1].page
        scrap = sum(u.words for u in group)
        if joined and ends_page and scrap < MIN_WORDS and joined[-1][-1].page == group[0].page:
            if scrap + sum(u.words for u in joined[-1]) <= MAX_WORDS + MIN_WORDS:
                joined[-1] = joined[-1] + group
                continue
        joined.append(group)
    return joined


def _context(doc: Document, units: list[_Unit], position: dict[int, int], first: _Unit) -> str:
    """The heading and table header a passage starting at `first` was cut away from."""
    parts: list[str] = []
    index = position[first.start]
    if first.table:
        row = index
        while row > 0 and units[row - 1].table and units[row - 1].page == first.page:
            row -= 1
        if row < index:
            parts.append(doc.text[units[row].start : units[row].end])
    if not first.heading:
        heading = _heading_over(units, index)
        if heading is not None:
            parts.insert(0, doc.text[heading.start : heading.end])
    words = " ".join(parts).split()
    return " ".join(words[:CONTEXT_MAX_WORDS])


def _heading_over(units: list[_Unit], index: int) -> _Unit | None:
    """The heading whose section holds unit `index`: the nearest one before it, unless a
    line numbered at its level or above came between ("b) Ở các tỉnh…:" ends at "11.3.";
    an unnumbered heading at any numbered line), in which case the search goes on up.

    Without this, a lead-in such as "b) Ở các tỉnh, thành phố trực thuộc Trung ương:" stood
    over the next 37 passages of a Party regulation, and "I. MỤC TIÊU" over sections II and
    III of a programme."""
    closed = units[index].level
    for unit in reversed(units[:index]):
        if unit.heading and (closed is None or (unit.level is not None and unit.level < closed)):
            return unit
        if unit.level is not None:
            closed = unit.level if closed is None else min(closed, unit.level)
    return None


def _instruments(doc: Document, units: list[_Unit]) -> list[int | None]:
    """For each unit, the index of the unit opening its instrument when the file holds
    more than one (nlp.instruments) and that one is not the first (the file's own: its
    title says it), else None. A law and the charter after it, or NQ 57 with KL 69 and NQ
    20 in one file: a passage of the charter names the charter as its context, not only its
    chapter."""
    openings = {instrument.start for instrument in doc.instruments[1:]}
    starts = [i for i, unit in enumerate(units) if unit.start in openings]
    current: list[int | None] = [None] * len(units)
    for first, last in zip(starts, [*starts[1:], len(units)], strict=False):
        current[first:last] = [first] * (last - first)
    return current


def make_passages(
    doc: Document, page_spans: list[tuple[int, int, int]] | None = None
) -> list[Passage]:
    """Chunks of `doc`; `page_spans` is [(page number, start, end)] for paginated documents.

    >>> text = "Phạm vi\\n" + " ".join(["Câu số một dài."] * 90)
    >>> passages = make_passages(Document(id="d", source="s", text=text))
    >>> [(len(p.text.split()), p.context) for p in passages]
    [(122, ''), (124, 'Phạm vi'), (116, 'Phạm vi')]
    """
    units = _units(doc, page_spans or [])
    position = {unit.start: i for i, unit in enumerate(units)}
    instrument_of = _instruments(doc, units)
    for i in {at for at in instrument_of if at is not None}:
        # an instrument's start closes every section before it, as a part ("Phần") does
        units[i] = replace(units[i], level=-1)
    passages = []
    for ordinal, group in enumerate(_groups(units)):
        start, end = group[0].start, group[-1].end
        context = _context(doc, units, position, group[0])
        instrument = instrument_of[position[group[0].start]]
        if instrument is not None and units[instrument].start < start:
            # "Kết luận số 69-KL/TW › IV- TỔ CHỨC THỰC HIỆN"
            name = " ".join(doc.text[units[instrument].start : units[instrument].end].split())
            name = name.strip(" *#.")
            context = f"{name} › {context}" if context and context != name else name
            context = " ".join(context.split()[:CONTEXT_MAX_WORDS])
        passages.append(
            Passage(doc.id, ordinal, doc.text[start:end], start, end, group[0].page, context)
        )
    return passages
