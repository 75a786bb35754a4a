"""Tables a Word document sets out with tab stops instead of a table, found where Word
places their text.

Many reports write a table as paragraphs, a row each, its cells between tabs
("1⇥Kết nạp đoàn viên mới⇥Người⇥6.500⇥7.120⇥109,5"), the columns held by the paragraphs'
tab stops. Read as text such a row is one run of words and numbers: "1 Kết nạp" was taken
for a figure, and nothing told the plan, the result and the rate apart. Here each
paragraph holding a tab is set out as Word sets it: the text after a tab starts at the
first stop past the text before it (left-aligned there, or ending at a right stop,
centred on a centre stop, its decimal comma on a decimal stop; past the last stop of its
own, at the document's default stops), each word as wide as the font's metrics make it
(Times New Roman's or Arial's, which pdfminer ships; a Vietnamese letter as wide as its
base letter). The paragraphs' lines then go to unruled.py, which finds a table in them as
it does among a page's words: a body row has a number after its first piece, a table
three columns or more, a header the lines just above.

Only paragraphs that fit on one line take part, and a block of them starts and ends with a
paragraph holding a tab: a line without one between rows may be a section row
("I. Chỉ tiêu về tổ chức") or a cell's wrapped line, and a heading or prose before the
table is left out of it (evenly spaced paragraphs give no gap to tell a header by).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from .unruled import SECTION, Line, Piece, Table, Word, tables_in

LINE_STEP_EM = 1.4  # top to top of two paragraphs' lines, in font heights
MAX_TEXT_LINES = 4  # paragraphs without a tab between two rows of one table
DEFAULT_WIDTH = 500  # a character the metrics lack, in thousandths of an em


@dataclass(frozen=True)
class Stop:
    position: float  # points from the text's left edge
    align: str  # "left", "center", "right" or "decimal"
    leader: bool = False  # dots (or a rule) lead to the text after the tab


@dataclass(frozen=True)
class Run:
    text: str  # as Word shows it, tabs as "\t"
    bold: bool = False


@dataclass(frozen=True)
class Paragraph:
    """What Word needs to place a paragraph's first line: its text in runs, its tab stops,
    where the line starts, the left indent a hanging line's first tab reaches, its font."""

    runs: tuple[Run, ...]
    stops: tuple[Stop, ...] = ()
    start: float = 0.0  # points from the text's left edge (left indent + first-line indent)
    left: float = 0.0  # the left indent: an implicit stop when the first line hangs
    size: float = 12.0
    font: str | None = None

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


class _Widths(dict):
    """A font's widths by character, a Vietnamese letter looked up by its base letter once
    and kept."""

    def __init__(self, metrics: dict[str, int]) -> None:
        super().__init__(metrics)

    def __missing__(self, char: str) -> int:
        base = (
            "d" if char == "đ" else "D" if char == "Đ" else unicodedata.normalize("NFD", char)[:1]
        )
        width = self[base] if base and base != char and base in self else DEFAULT_WIDTH
        self[char] = width
        return width


@cache
def _widths(font: str | None, bold: bool) -> _Widths:
    from pdfminer.fontmetrics import FONT_METRICS

    name = (font or "").lower()
    sans = any(word in name for word in ("arial", "helvetica", "calibri", "tahoma", "sans"))
    family = "Arial" if sans else "TimesNewRoman"
    return _Widths(FONT_METRICS[f"{family},Bold" if bold else family][1])


def text_width(text: str, size: float, font: str | None = None, bold: bool = False) -> float:
    """Width in points of `text` set in `font` at `size` points ("ệ" as wide as "e").

    >>> round(text_width("6.500", 13), 1), round(text_width("Người", 13), 1)
    (29.2, 32.5)
    """
    widths = _widths(font, bold)
    return sum(widths[char] for char in text) * size / 1000


def _next_stop(x: float, paragraph: Paragraph, default_stop: float) -> Stop:
    """The stop a tab at x reaches: the first of the paragraph's own past x (a hanging
    line's left indent among them), else the next default stop past them all."""
    stops = list(paragraph.stops)
    if paragraph.start < paragraph.left:
        stops.append(Stop(paragraph.left, "left"))
    ahead = [stop for stop in stops if stop.position > x + 0.01]
    if ahead:
        return min(ahead, key=lambda stop: stop.position)
    last = max([x, *(stop.position for stop in stops)])
    step = default_stop if default_stop > 0 else 36.0
    return Stop((int(last // step) + 1) * step, "left")


def _aligned(x: float, stop: Stop, text: str, width: float, paragraph: Paragraph) -> float:
    """Where text after a tab starts: at a left stop, ending at a right one, centred on a
    centre one, its decimal comma on a decimal one; never before the text already set."""
    if stop.align == "right":
        start = stop.position - width
    elif stop.align == "center":
        start = stop.position - width / 2
    elif stop.align == "decimal":
        whole = text.split(",")[0]
        start = stop.position - text_width(whole, paragraph.size, paragraph.font)
    else:
        start = stop.position
    return max(x, start)


def _words(text: str, x: float, paragraph: Paragraph, bold: bool, top: float) -> list[Word]:
    words = []
    space = text_width(" ", paragraph.size, paragraph.font, bold)
    for token in text.split(" "):
        width = text_width(token, paragraph.size, paragraph.font, bold)
        if token:
            words.append(Word(token, x, x + width, top, top + paragraph.size, bold))
        x += width + space
    return words


def layout(paragraph: Paragraph, top: float, default_stop: float) -> Line | None:
    """The paragraph's first line as Word sets it: a piece for each text between tabs
    (none for an empty one); None when it holds no text."""
    segments: list[list[Run]] = [[]]
    for run in paragraph.runs:
        for index, part in enumerate(run.text.split("\t")):
            if index:
                segments.append([])
            if part:
                segments[-1].append(Run(part, run.bold))
    x = paragraph.start
    pieces: list[Piece] = []
    for index, segment in enumerate(segments):
        text = "".join(run.text for run in segment)
        widths = [text_width(run.text, paragraph.size, paragraph.font, run.bold) for run in segment]
        if index:
            stop = _next_stop(x, paragraph, default_stop)
            x = _aligned(x, stop, text.strip(), sum(widths), paragraph)
        words: list[Word] = []
        for run, width in zip(segment, widths, strict=True):
            words += _words(run.text, x, paragraph, run.bold, top)
            x += width
        if words:
            pieces.append(Piece(words))
    if not pieces:
        return None
    return Line(pieces, top, top + paragraph.size, paragraph.size)


def _label_and_value(paragraph: Paragraph) -> bool:
    """A label and its value, not a table's row: "Tổng số đoàn viên ........ 125.340 người"
    (dots leading to a stop), "Số CĐCS:⇥2.871"."""
    label, tab, value = paragraph.text.strip().partition("\t")
    if not tab or "\t" in value:
        return False
    return label.rstrip().endswith(":") or any(stop.leader for stop in paragraph.stops)


def may_take_part(text: str) -> bool:
    """Whether a paragraph may be part of a table set out with tabs: a row (it holds a
    tab), a section row between rows ("I. Khu vực hành chính sự nghiệp", "KHU VỰC DOANH
    NGHIỆP"), or an empty paragraph, which ends no table; not prose or a lead line."""
    text = text.strip(" ")
    return not text or "\t" in text or _between_rows(text)


def _between_rows(text: str) -> bool:
    text = text.strip()
    return bool(SECTION.match(text)) or (text.isupper() and not text.endswith(":"))


def find_tables(
    paragraphs: list[Paragraph | None], default_stop: float, line_width: float
) -> list[tuple[int, int, Table]]:
    """The tables set out with tabs among a story's paragraphs, each as the indexes of its
    first and last paragraph and the table; None stands for what no such table runs across
    (a Word table, a paragraph that cannot `may_take_part`)."""
    found: list[tuple[int, int, Table]] = []
    block: list[tuple[int, Line]] = []
    text_lines = 0  # lines without a tab at the block's end
    for index, paragraph in enumerate(paragraphs):
        line = None
        if paragraph is not None:
            top = block[-1][1].top + LINE_STEP_EM * block[-1][1].height if block else 0.0
            line = layout(paragraph, top, default_stop)
            if line is None:
                continue  # an empty paragraph: no line, and no end to a table
        # a line past the margin by an em or less fits: the widths are estimates
        if paragraph is None or line is None or line.x1 > line_width + line.height:
            row = between = False
        else:
            row = "\t" in paragraph.text and not _label_and_value(paragraph)
            between = bool(block) and text_lines < MAX_TEXT_LINES and _between_rows(paragraph.text)
        if line is not None and (row or between):
            block.append((index, line))
            text_lines = 0 if row else text_lines + 1
        else:
            found += _tables_of(block[: len(block) - text_lines])
            block, text_lines = [], 0
    found += _tables_of(block[: len(block) - text_lines])
    return found


def _tables_of(block: list[tuple[int, Line]]) -> list[tuple[int, int, Table]]:
    if sum(len(line.pieces) > 1 for _, line in block) < 2:
        return []  # not two rows of cells: no table, and no need to look
    tables = []
    for table in tables_in([line for _, line in block]):
        covered = [index for index, line in block if table.top <= line.top <= table.bottom]
        if covered:
            tables.append((covered[0], covered[-1], table))
    return tables
