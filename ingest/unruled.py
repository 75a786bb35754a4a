"""Tables drawn without ruling lines on a born-digital PDF page, found from how their words
line up.

Word prints a table with "No Border" (or only a rule under the header) as words at fixed
places and nothing else, so pdfplumber's ruled tables never see it, and read line by line
its rows run into one paragraph ("1 Kết nạp đoàn viên mới Người 6.500 7.120 109,5 2 Thành
lập CĐCS …"). Here a table is rows of figures whose pieces stand in the same columns:

- a piece is a run of words with no gap wider than GAP_EM of the font's height between them;
- a body row is a line of two pieces or more, one of them after the first a number (a bare
  year names a column: "Năm 2025" is no value);
- two body rows or more, close together, whose pieces fall into three columns or more make
  a table; a column is the span over which the body rows' pieces overlap;
- the lines just above the first row, within the table's width, are its header, down to
  its last line in bold when some are (a first row set in the middle of its cells has its
  name's upper lines there too); a piece between two names under it, over the space
  between them, is a merged cell ("Kết nạp đoàn viên mới" over "6 tháng 2025 | 6 tháng
  2026"); a line ending in ":" is the prose that leads into the table, and "Bảng 1. …"
  its caption;
- a line with no number between rows is a cell's wrapped line: of the row above when cells
  are set at the top of their rows (Word's way); when they are set in the middle (a row's
  name goes on beside its numbers in small letters, or stands only above and below them),
  a row's lines reach as far under its numbers as over them; a row of its own when it opens
  with a section mark ("A. KHU VỰC TÂY NINH (CŨ)", its letter then under "TT") or stands in
  the first column of a numbered table; a total centred under "TT" and the names is said
  in the first column, as a ruled table's merged cell is;
- after the last row, only a cell's wrapped lines within one column follow, not a list item
  or the prose after the table.

Two columns of text beside each other (a letterhead, "Nơi nhận" beside the signature, a
label and its value set at a tab stop) are no table: they have two columns.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from .tables import SUB_ROW, Grid, is_numeric, is_year
from .text import starts_item

GAP_EM = 0.8  # a gap this many font heights wide separates two cells
# in a header, a gap this wide between words over two columns separates two names
HEADER_GAP_EM = 0.45
MAX_LINE_GAP_EM = 2.6  # lines further apart than this (top to top) are not one table
MAX_HEADER_LINES = 8  # a header's names set in the middle of cells of several heights
MAX_GAP_LINES = 4  # lines without numbers between two body rows of one table
# a header's name reaches past its column of figures ("Tỷ lệ (%)" over "109,5") by this much
HEADER_REACH_EM = 4.0
MIN_COLUMNS = 3
MIN_BODY_ROWS = 2
NUMBERED_SHARE = 0.75
# a line of one piece as wide as this share of the table is prose, not a header
PROSE_WIDTH = 0.6
Columns = list[tuple[float, float]]  # each column's span of x, left to right
Box = tuple[float, float, float, float]  # x0, top, x1, bottom
HeaderRow = tuple[list[str], list[str], list[Box | None]]  # texts, spans and boxes
# a table's caption: "Bảng 1. Kết quả thực hiện chỉ tiêu năm 2025"
_CAPTION = re.compile(r"^(?:Bảng|Biểu|Phụ lục)\s+(?:số\s+)?[\dIVX]+\b", re.IGNORECASE)
_DATE = re.compile(r"\d{1,2}/\d{1,2}/(?:19|20)\d{2}")  # "31/12/2025" over a column names it
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,6}|[a-zA-ZđĐ])\.?$")  # "1", "12.", "IV", "a"
SECTION = re.compile(r"^(?:[A-ZĐ]|[IVX]{1,5}|\d{1,2})[.)]\s")


@dataclass(frozen=True)
class Word:
    """A word on the page, pdfplumber's way: x from the left, top and bottom from the top."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool = False
    # where its ink stands, when not where it stands in its line (a scan's word: its line's
    # height, its letters' box)
    ink: Box | None = None


@dataclass
class Piece:
    """Words of one line with no column's gap between them: a cell's text on that line."""

    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def bold(self) -> bool:
        return all(word.bold for word in self.words)

    @property
    def box(self) -> Box:
        """Where its words' ink stands."""
        return _round(
            [word.ink or (word.x0, word.top, word.x1, word.bottom) for word in self.words]
        )


@dataclass
class Line:
    """Words standing on one line of the page, cut into pieces at the columns' gaps."""

    pieces: list[Piece]
    top: float
    bottom: float
    height: float  # the font's, from its words

    @property
    def x0(self) -> float:
        return self.pieces[0].x0

    @property
    def x1(self) -> float:
        return self.pieces[-1].x1

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def text(self) -> str:
        return " ".join(piece.text for piece in self.pieces)

    @property
    def bold(self) -> bool:
        return all(piece.bold for piece in self.pieces)


@dataclass
class Table:
    """A table found on a page: its grid, how many of its rows are the header, its box
    (x from the left, top and bottom from the top) and its column edges."""

    grid: Grid
    n_header: int
    x0: float
    top: float
    x1: float
    bottom: float
    columns: tuple[float, ...]
    # where each cell's words stand (None for an empty cell or a merged cell's covered
    # places): a scan's cells are read again there, each alone (scan_unruled.py)
    boxes: tuple[tuple[Box | None, ...], ...] = ()
    spans: tuple[tuple[float, float], ...] = ()  # each column's, where its body rows' words stand


# a goal's or an estimate's word before its number: "tối thiểu 800", "khoảng 1.500"; not
# "trên", "dưới", which name a header's age or size groups ("Dưới 35" over "tuổi")
_QUALIFIED = re.compile(
    r"^(?:tối thiểu|tối đa|ít nhất|không dưới|không quá|khoảng|gần|đạt)\s+(?=\d)", re.IGNORECASE
)


def _is_value(text: str) -> bool:
    """A cell that holds a figure: "6.500", "109,5", "≥ 95", "100%", "tối thiểu 800"; not
    "2025", "(%)", "Năm 2025"."""
    text = _QUALIFIED.sub("", text.strip())
    return is_numeric(text) and not is_year(text) and not _DATE.fullmatch(text)


def lines_of(words: list[Word]) -> list[Line]:
    """The page's words as lines, top to bottom: words whose middles are within 0.4 of a
    font height of the line's first word stand on it; each line cut into pieces."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0)):
        middle = (word.top + word.bottom) / 2
        if lines:
            first = lines[-1][0]
            height = first.bottom - first.top
            if abs(middle - (first.top + first.bottom) / 2) <= 0.4 * height:
                lines[-1].append(word)
                continue
        lines.append([word])
    return [_line(sorted(group, key=lambda w: w.x0)) for group in lines]


def _line(words: list[Word]) -> Line:
    height = statistics.median(word.bottom - word.top for word in words)
    pieces = [Piece([words[0]])]
    for word in words[1:]:
        if word.x0 - pieces[-1].x1 >= GAP_EM * height:
            pieces.append(Piece([word]))
        else:
            pieces[-1].words.append(word)
    top = min(word.top for word in words)
    bottom = max(word.bottom for word in words)
    return Line(pieces, top, bottom, height)


def _is_body(line: Line) -> bool:
    return len(line.pieces) >= 2 and any(_is_value(piece.text) for piece in line.pieces[1:])


def _close(upper: Line, lower: Line) -> bool:
    return 0 < lower.top - upper.top <= MAX_LINE_GAP_EM * max(upper.height, lower.height)


def _columns(body: list[Line]) -> Columns:
    """The spans of x over which the body rows' pieces overlap, left to right."""
    spans: list[list[float]] = []
    for x0, x1 in sorted((piece.x0, piece.x1) for line in body for piece in line.pieces):
        if spans and x0 <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], x1)
        else:
            spans.append([x0, x1])
    return [(x0, x1) for x0, x1 in spans]


def _covered(piece: Piece, columns: Columns) -> list[int]:
    """The columns a piece stands over (the nearest when it stands in a gap)."""
    inside = [i for i, (x0, x1) in enumerate(columns) if piece.x0 < x1 and piece.x1 > x0]
    if inside:
        return inside
    middle = (piece.x0 + piece.x1) / 2
    return [min(range(len(columns)), key=lambda i: abs(sum(columns[i]) / 2 - middle))]


def _runs(lines: list[Line]) -> list[tuple[int, int]]:
    """Spans [first, last] of line indexes from one body row to the last body row after it
    that follows close, with at most MAX_GAP_LINES lines without numbers between."""
    runs: list[tuple[int, int]] = []
    start = last = None
    for index, line in enumerate(lines):
        if not _is_body(line):
            continue
        if (
            last is not None
            and index - last - 1 <= MAX_GAP_LINES
            and all(_close(lines[i], lines[i + 1]) for i in range(last, index))
        ):
            last = index
            continue
        if start is not None and last is not None:
            runs.append((start, last))
        start = last = index
    if start is not None and last is not None:
        runs.append((start, last))
    return runs


def _figures(body: list[Line], columns: Columns) -> bool:
    """Whether a column holds the figures of two body rows: a table's rows share their
    columns of figures; a scanned letterhead's lines a dateline's day ("14") and a year
    read as a number ("6256") do not."""
    seen: set[int] = set()
    for line in body:
        mine = {_column_at(_center(p), columns) for p in line.pieces[1:] if _is_value(p.text)}
        if mine & seen:
            return True
        seen |= mine
    return False


def _header_lines(lines: list[Line], first: int, x0: float, x1: float) -> int:
    """Index of the first line above body line `first` that may still be the table's (its
    header, or the upper lines of a first row set in the middle of its cells)."""
    width = x1 - x0
    top = first
    while top > 0 and first - top < MAX_HEADER_LINES:
        line = lines[top - 1]
        if not _close(line, lines[top]) or _is_body(line):
            break
        if line.x0 < x0 - HEADER_REACH_EM * line.height:
            break
        if line.x1 > x1 + HEADER_REACH_EM * line.height:
            break
        if line.text.rstrip().endswith(":") or _CAPTION.match(line.text):
            break
        if len(line.pieces) == 1 and line.x1 - line.x0 >= PROSE_WIDTH * width:
            break
        top -= 1
    return top


def _below_heading(lines: list[Line], start: int, first: int) -> int:
    """Where the table starts, its lines from `start` up to the first body row: after a
    heading over it, a section mark with no line of the table's columns above it but some
    under ("5. Kết quả thực hiện các chỉ tiêu năm 2025" over "TT | Chỉ tiêu | …", which a
    scan's bold does not tell apart; a page's number above it goes too), not a section
    row under the header ("I. CHỈ TIÊU VỀ TỔ CHỨC" just above the first row)."""
    for k in range(start, first):
        if len(lines[k].pieces) > 1:
            break
        if SECTION.match(lines[k].text) and any(
            len(line.pieces) > 1 for line in lines[k + 1 : first]
        ):
            return k + 1
    return start


def _column_at(x: float, columns: Columns) -> int:
    """The column whose span holds x, else the nearest."""
    return min(
        range(len(columns)),
        key=lambda i: (
            0.0
            if columns[i][0] <= x <= columns[i][1]
            else min(abs(x - columns[i][0]), abs(x - columns[i][1]))
        ),
    )


def _center(piece: Piece) -> float:
    return (piece.x0 + piece.x1) / 2


def _merged_over(piece: Piece, lower: list[Piece], columns: Columns) -> tuple[int, int] | None:
    """The columns a header piece stands over as a merged cell ("Kết quả" over "6 tháng 2025"
    and "6 tháng 2026"): it stands between two pieces of the lines under it, in two
    columns, over the space between them rather than over either."""
    middle = _center(piece)
    left = [q for q in lower if _center(q) < middle and q.x1 < middle]
    right = [q for q in lower if _center(q) > middle and q.x0 > middle]
    if not left or not right:
        return None
    q_left = max(left, key=_center)
    q_right = min(right, key=_center)
    c_left, c_right = _column_at(_center(q_left), columns), _column_at(_center(q_right), columns)
    if c_right - c_left != 1:
        return None
    spread = _center(q_right) - _center(q_left)
    if min(middle - _center(q_left), _center(q_right) - middle) < 0.25 * spread:
        return None
    # the merged name reaches over both (centred over two columns), not far past them
    if piece.x1 < q_left.x0 or piece.x0 > q_right.x1:
        return None
    return c_left, c_right


def _split_over_columns(line: Line, columns: Columns) -> Line:
    """A header line with its pieces cut where two words a little more than a space apart
    stand over two columns: names centred over their columns at tab stops leave gaps
    narrower than GAP_EM between them ("Kế hoạch  Thực hiện  Tỷ lệ (%)", "TT  Chỉ tiêu"),
    where one name's own words stand a space apart."""
    pieces: list[Piece] = []
    for piece in line.pieces:
        current = [piece.words[0]]
        for word in piece.words[1:]:
            before = current[-1]
            apart = word.x0 - before.x1 >= HEADER_GAP_EM * line.height
            if apart and _column_at((before.x0 + before.x1) / 2, columns) != _column_at(
                (word.x0 + word.x1) / 2, columns
            ):
                pieces.append(Piece(current))
                current = [word]
            else:
                current.append(word)
        pieces.append(Piece(current))
    return Line(pieces, line.top, line.bottom, line.height)


def _header(lines: list[Line], columns: Columns) -> list[HeaderRow]:
    """The header's rows as (texts, spans). Lines stacked in one column are one cell's
    lines; a piece over two columns with a name under each is a merged cell, and then the
    header has two rows: the merged cells and the columns under no merged cell (merged
    down), then the columns under them."""
    n = len(columns)
    own: list[list[Piece]] = [[] for _ in range(n)]
    merged: dict[tuple[int, int], list[Piece]] = {}  # a merged name's lines, top to bottom
    for index, line in enumerate(lines):
        lower = [q for below in lines[index + 1 :] for q in below.pieces]
        for piece in line.pieces:
            over = _merged_over(piece, lower, columns)
            if over is not None:
                merged.setdefault(over, []).append(piece)
            else:
                own[_column_at(_center(piece), columns)].append(piece)
    names = [_text(pieces) for pieces in own]
    boxes = [_union(pieces) for pieces in own]
    if not merged:
        return [(names, [""] * n, boxes)]
    upper, upper_span, upper_boxes = list(names), [""] * n, list(boxes)
    lower_names, lower_span = list(names), ["v"] * n
    lower_boxes: list[Box | None] = [None] * n
    for (first, last), pieces in merged.items():
        for column in range(first, last + 1):
            upper[column] = _text(pieces)
            upper_span[column] = "" if column == first else "h"
            upper_boxes[column] = _union(pieces) if column == first else None
            lower_span[column] = ""
            lower_boxes[column] = boxes[column]
    return [(upper, upper_span, upper_boxes), (lower_names, lower_span, lower_boxes)]


def _text(pieces: list[Piece]) -> str:
    return " ".join(piece.text for piece in pieces)


def _union(pieces: list[Piece]) -> Box | None:
    """The box round the pieces' words; None for none."""
    return _round([piece.box for piece in pieces]) if pieces else None


def _round(boxes: list[Box]) -> Box:
    """The box round the boxes."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _label_column(body: list[Line], columns: Columns) -> int | None:
    """The column of the rows' names: the widest that holds words, not numbers (not a unit
    column's "Lượt người" beside names wrapped above and below their numbers)."""
    worded = {
        _column_at(_center(piece), columns)
        for line in body
        for piece in line.pieces
        if not _is_value(piece.text) and len(piece.text) > 3
    }
    if not worded:
        return None
    return max(worded, key=lambda i: columns[i][1] - columns[i][0])


def _set_middle(lines: list[Line], columns: Columns, numbered: bool) -> bool:
    """Whether the rows' cells are set in the middle of their rows: some body row's name
    goes on from a line above (it starts in small letters), or a body row has no name on
    its own line while a line without numbers next to it has one."""
    body = [i for i, line in enumerate(lines) if _is_body(line)]
    label = _label_column([lines[i] for i in body], columns)
    if label is None:
        return False

    def named(line: Line) -> bool:
        return any(_column_at(_center(p), columns) == label for p in line.pieces)

    def name_goes_on(line: Line) -> bool:
        # "cán bộ, công chức, viên chức" beside the numbers: the name began a line above
        return any(
            _column_at(_center(p), columns) == label and p.text[:1].islower() for p in line.pieces
        )

    # a name going on from a line above that holds the row's number is set at the row's
    # foot, not in its middle
    if any(
        name_goes_on(lines[i]) and not _numbered_above(lines, i, columns, numbered) for i in body
    ):
        return True
    for i in body:
        if named(lines[i]):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and j not in body and named(lines[j]):
                return True
    return False


def _numbered(lines: list[Line], columns: Columns) -> bool:
    """Whether the rows are numbered in a first column of their own ("TT"): a number there
    for most rows, a total's row and the sub-rows under a row ("- Nữ") aside, the number
    perhaps on a line of the row's own above its numbers."""
    body = [line for line in lines if _is_body(line) and not SUB_ROW.match(line.pieces[0].text)]
    numbers = sum(
        _ROW_NUMBER.match(line.pieces[0].text) is not None
        and _column_at(_center(line.pieces[0]), columns) == 0
        for line in lines
    )
    return bool(body) and numbers >= NUMBERED_SHARE * len(body)


def _numbered_above(lines: list[Line], i: int, columns: Columns, numbered: bool) -> bool:
    """Whether body line i goes on from the line above, which holds its row's number and
    its name's first line but no value ("2 | Công đoàn các Khu công nghiệp" over "khu vực
    Hải Dương (cũ) | 92.560 | …": a row typed over two paragraphs, or set at its foot)."""
    if not numbered or i == 0 or _is_body(lines[i - 1]):
        return False
    above, line = lines[i - 1], lines[i]
    return (
        _ROW_NUMBER.match(above.pieces[0].text) is not None
        and _column_at(_center(above.pieces[0]), columns) == 0
        and _column_at(_center(line.pieces[0]), columns) != 0
        and line.pieces[0].text[:1].islower()
    )


def _owners(lines: list[Line], columns: Columns, numbered: bool, middle: bool) -> list[int]:
    """For each line, the line whose row it belongs to: each body line opens a row; a line
    without numbers is a section row, or a wrapped line of a row: of the row above when
    cells are set at the top of their rows (Word's way); when they are set in the middle, a
    row's lines reach as far below its numbers as above them, and the lines past that are
    the next row's (a name of four lines stands two over its numbers and two under them)."""
    body = [i for i, line in enumerate(lines) if _is_body(line)]
    label = _label_column([lines[i] for i in body], columns)
    owner = list(range(len(lines)))
    reach = dict.fromkeys(body, 0.0)  # how far above its numbers a row's lines stand
    for i, line in enumerate(lines):
        if i in body:
            continue
        first_column = _column_at(_center(line.pieces[0]), columns)
        if SECTION.match(line.text) or line.text.rstrip().endswith(":"):
            continue  # a section row, or "Trong đó:" leading into the sub-rows under it
        if numbered and first_column == 0:
            if i + 1 in body and _numbered_above(lines, i + 1, columns, numbered):
                owner[i] = i + 1  # "2 | Công đoàn các Khu công nghiệp" over its numbers' line
            continue
        above = max((b for b in body if b < i), default=None)
        below = min((b for b in body if b > i), default=None)
        if above is None and below is None:
            continue
        if (
            middle
            and i
            and line.text[:1].islower()
            and first_column == label
            and (owner[i - 1] != i - 1 or i - 1 in body)
        ):
            # a name going on in small letters is the line before's row's, wherever the
            # numbers stand: a scan's reading can put them on a name's first line
            # ("Kết nạp … (đoàn | 15.000" over "viên)")
            owner[i] = owner[i - 1]
            if owner[i] in reach and owner[i] > i:
                reach[owner[i]] = max(reach[owner[i]], lines[owner[i]].middle - line.middle)
        elif (
            above is None
            or (below is not None and _overlaps(line, lines[below]))
            or (
                middle
                and below is not None
                and line.middle - lines[above].middle > reach[above] + 0.3 * line.height
            )
        ):
            owner[i] = below
            reach[below] = max(reach[below], lines[below].middle - line.middle)
        else:
            owner[i] = above
    return owner


def _overlaps(line: Line, row: Line) -> bool:
    """Whether a line stands over part of a row's line: then it is a line of that row's
    cells, a name set in the middle whose other line a scan's reading put beside the
    numbers ("Công đoàn ngành Nông nghiệp và" half a line over "7 | Môi trường | 71 | …");
    the lines of two rows never touch."""
    return line.bottom - row.top > 0.2 * min(line.height, row.height)


def _rows(
    lines: list[Line], columns: Columns, numbered: bool, middle: bool
) -> list[list[list[Piece]]]:
    """The body's rows, each cell's lines joined top to bottom. In a numbered table, a row
    with no number whose name is not set where the others start ("Tổng cộng" centred under
    "TT" and the names) is a cell merged over both, said in the first column."""
    owner = _owners(lines, columns, numbered, middle)
    rows: dict[int, list[list[Piece]]] = {}
    starts: dict[int, float] = {}  # where each row's name starts
    for i, line in enumerate(lines):
        row = rows.setdefault(owner[i], [[] for _ in columns])
        mark = SECTION.match(line.text)
        if numbered and mark and len(line.pieces) == 1 and not _is_body(line):
            # "A. KHU VỰC TÂY NINH (CŨ)" across the table: its letter under "TT", as a
            # ruled table's merged section row reads ("A | CHỈ TIÊU VỀ TỔ CHỨC")
            row[0].append(_part(line, 0, mark.end()))
            row[1].append(_part(line, mark.end(), len(line.text)))
            continue
        for piece in line.pieces:
            column = _covered(piece, columns)[0]
            if column == 1 and not row[1]:
                starts[owner[i]] = piece.x0
            row[column].append(piece)
    if numbered and len(columns) > 2 and starts:
        usual = statistics.median(starts.values())
        height = statistics.median(line.height for line in lines)
        for key, row in rows.items():
            if not row[0] and key in starts and starts[key] - usual > height:
                row[0], row[1] = row[1], []
    return [rows[key] for key in sorted(rows)]


def _part(line: Line, start: int, end: int) -> Piece:
    """The words of a line of one piece within characters start:end of its text ("A." and
    "KHU VỰC TÂY NINH (CŨ)" of a section row); a word is counted where it starts."""
    words, at = [], 0
    for word in line.pieces[0].words:
        if start <= at < end:
            words.append(word)
        at += len(word.text) + 1
    text = line.text[start:end].strip()
    return Piece([Word(text, words[0].x0, words[-1].x1, line.top, line.bottom)])


def _extend_down(lines: list[Line], last: int, columns: Columns) -> int:
    """The last line of the table: wrapped lines of the last row's cells follow it, each
    within one column ("Triệu" / "đồng"); not a line across the columns (the prose after
    the table) nor a list item ("b) Các hoạt động chăm lo khác")."""
    x0, x1 = columns[0][0], columns[-1][1]
    while last + 1 < len(lines):
        line = lines[last + 1]
        if not _close(lines[last], line) or _is_body(line):
            break
        if line.x0 < x0 - line.height or line.x1 > x1 + line.height:
            break
        if any(len(_covered(p, columns)) != 1 for p in line.pieces) or starts_item(line.text):
            break
        if not line.text[:1].islower() and not _close_as_cell(lines[last], line):
            break
        last += 1
    return last


def _close_as_cell(upper: Line, lower: Line) -> bool:
    """The next line of a cell: no more than a line's height below."""
    return lower.top - upper.bottom <= 0.5 * lower.height


def _head_end(lines: list[Line], start: int, first: int, columns, middle: bool) -> int:
    """Where the header ends among lines[start:first]: before a section row, after its
    last line in bold when some are, and before the upper lines of a first row set in the
    middle of its cells."""
    # a section row ("I. Chỉ tiêu về tổ chức") opens the body, however the cells around
    # it are set
    end = next(
        (
            k
            for k in range(start, first)
            if len(lines[k].pieces) == 1 and SECTION.match(lines[k].text)
        ),
        first,
    )
    candidates = lines[start:end]
    if any(line.bold for line in candidates):
        while end > start and not lines[end - 1].bold:
            end -= 1
        return end
    if middle and end == first:
        # (under a section row, the first row's upper lines are below it)
        # as many lines above the first row's numbers as under them, before the next row
        nxt = next((i for i in range(first + 1, len(lines)) if _is_body(lines[i])), len(lines))
        under = sum(
            1
            for i in range(first + 1, nxt)
            if lines[i].middle - lines[first].middle
            < (lines[nxt].middle - lines[i].middle if nxt < len(lines) else float("inf"))
        )
        end = max(start, end - under)
    return end


def _lone_row(lines: list[Line], at: int) -> list[Line] | None:
    """The wrapped lines around a lone body row at `at` when a header in bold stands just
    above them (its names in two pieces or more), else None."""
    above = at
    while above > 0 and at - above < MAX_GAP_LINES and _close(lines[above - 1], lines[above]):
        line = lines[above - 1]
        if line.bold or _is_body(line):
            break
        above -= 1
    header = []
    top = above
    while top > 0 and above - top < MAX_HEADER_LINES and _close(lines[top - 1], lines[top]):
        if not lines[top - 1].bold or SECTION.match(lines[top - 1].text):
            break
        top -= 1
        header.append(lines[top])
    if sum(len(line.pieces) for line in header) < 2:
        return None
    below = at
    while below + 1 < len(lines) and below - at < MAX_GAP_LINES:
        line = lines[below + 1]
        if not _close(lines[below], line) or _is_body(line) or line.bold:
            break
        if not _close_as_cell(lines[below], line):
            break
        below += 1
    return lines[above:at] + lines[at + 1 : below + 1]


def find_tables(words: list[Word]) -> list[Table]:
    """The unruled tables among a page's words (see the module's docstring)."""
    return tables_in(lines_of(words))


def tables_in(lines: list[Line]) -> list[Table]:
    """The unruled tables among lines already cut into pieces, top to bottom: a page's, or
    a Word document's paragraphs laid out at their tab stops (tabstops.py)."""
    tables = []
    for first, last in _runs(lines):
        body = [line for line in lines[first : last + 1] if _is_body(line)]
        if len(body) < MIN_BODY_ROWS:
            # one row under a header in bold: a table's end carried onto the next page
            # under its header said again; the row's wrapped lines show its columns
            wrapped = _lone_row(lines, first)
            if wrapped is None:
                continue
            columns = _columns(body + wrapped)
        else:
            columns = _columns(body)
        if len(columns) < MIN_COLUMNS or (
            len(body) >= MIN_BODY_ROWS and not _figures(body, columns)
        ):
            continue
        x0, x1 = columns[0][0], columns[-1][1]
        start = _header_lines(lines, first, x0, x1)
        start = _below_heading(lines, start, first)
        last = _extend_down(lines, last, columns)
        numbered = _numbered(lines[first : last + 1], columns)
        # cells set in the middle of their rows, or at the top: asked once of the table's
        # lines, header and rows
        middle = _set_middle(lines[start : last + 1], columns, numbered)
        head_end = _head_end(lines[: last + 1], start, first, columns, middle)
        heads = [_split_over_columns(line, columns) for line in lines[start:head_end]]
        header = _header(heads, columns) if heads else []
        rows = _rows(lines[head_end : last + 1], columns, numbered, middle)
        text = [list(cells) for cells, _, _ in header] + [[_text(c) for c in row] for row in rows]
        span = [list(spans) for _, spans, _ in header] + [[""] * len(columns) for _ in rows]
        boxes = [tuple(b) for _, _, b in header] + [tuple(_union(c) for c in row) for row in rows]
        bold = [True] * len(header) + [False] * len(rows)
        chosen = lines[start : last + 1]
        tables.append(
            Table(
                grid=Grid(text=text, span=span, bold=bold),
                n_header=len(header),
                x0=min(x0, *(line.x0 for line in chosen)),
                top=min(line.top for line in chosen),
                x1=max(x1, *(line.x1 for line in chosen)),
                bottom=max(line.bottom for line in chosen),
                columns=(*(c[0] for c in columns), columns[-1][1]),
                boxes=tuple(boxes),
                spans=tuple(columns),
            )
        )
    return tables
