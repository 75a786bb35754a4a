"""Tables whatever their format: a grid of cells with merged cells, its header, its rows as
text lines, and tables continued over pages joined.

A `Grid` has one slot per row and column of the table's layout. A merged cell covers
several slots: its text is in every one, and `span` says which slots only continue it
("h" from the left, "v" from above), so that each use can fill or blank them:
the header fills both ways ("Kết quả" over "2024" and "2025" names both columns), the
body fills down (a "Bộ Công an" merged over three rows belongs to each) but not across (a
section title spanning the row is said once), and the text lines say each cell once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .records import RawTable
from .text import glue

# a cell that holds a number, a percentage or a target ("≥ 30", "40 - 50", "100%")
_NUMERIC = re.compile(r"[\d\s.,%/≥≤<>=+\-–~]*\d[\d\s.,%/≥≤<>=+\-–~]*")
MAX_HEADER_ROWS = 3  # rows a header takes through merged cells
MAX_STACKED_ROWS = 8  # rows a header takes written one line per row
_SECTION = re.compile(r"^(?:[A-Z]|[IVX]+|\d+)\.\s")  # "A. HÀNH KHÁCH", "II. Chi", "1. Lúa"
# a sub-row under a row or a total: "- Nữ", "+ Khu vực doanh nghiệp" (a part of it)
SUB_ROW = re.compile(r"^[-+–•]\s")
# a year or a span of years names a column: "2024", "Năm 2025", "2021-2025"
_YEARS = re.compile(r"(năm\s+)?(19|20)\d{2}(\s*[-–]\s*(19|20)\d{2})?", re.IGNORECASE)


@dataclass(frozen=True)
class Grid:
    text: list[list[str]]
    span: list[list[str]]  # "" where a cell starts, "h" or "v" where a merged cell goes on
    bold: list[bool] = field(default_factory=list)  # per row, when the format says

    @property
    def n_rows(self) -> int:
        return len(self.text)

    @property
    def n_cols(self) -> int:
        return max((len(row) for row in self.text), default=0)


def grid_of(rows: list[list[str]], bold: list[bool] | None = None) -> Grid:
    """A grid without merged cells (Markdown), rows padded to the same width."""
    width = max((len(row) for row in rows), default=0)
    text = [row + [""] * (width - len(row)) for row in rows]
    return Grid(text=text, span=[[""] * width for _ in text], bold=bold or [])


def join_cell_lines(text: str) -> str:
    r"""A cell's lines as one text: a number a narrow column broke ("11.1" over "0") is one
    number, a word hyphenated at a line end is repaired, other lines are joined by a space.

    >>> join_cell_lines("Kết nạp đoàn viên\nmới (đoàn viên)"), join_cell_lines("11.1\n0")
    ('Kết nạp đoàn viên mới (đoàn viên)', '11.10')
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    joined = lines[0] if lines else ""
    for line in lines[1:]:
        if line[:1].isdigit() and (joined[-1:].isdigit() or joined.endswith(".")):
            joined += line
        else:
            joined = glue(joined, line)
    return joined


def is_numeric(cell: str) -> bool:
    """A number, a percentage, a target or a range.

    >>> is_numeric("≥ 30"), is_numeric("11.2"), is_numeric("Năm 2024")
    (True, True, False)
    """
    return _NUMERIC.fullmatch(cell.strip()) is not None


def is_year(cell: str) -> bool:
    """A year or a span of years, which names a column rather than counting anything.

    >>> is_year("2025"), is_year("Năm 2024"), is_year("2021 - 2025"), is_year("2.025")
    (True, True, True, False)
    """
    return _YEARS.fullmatch(cell.strip()) is not None


def header_rows(grid: Grid, declared: bool = False) -> int:
    """How many rows at the top name the columns (0 when none do).

    The first row is a header when it is `declared` so (Markdown, a DOCX repeated header
    row); when it is bold and the body is not; or when it holds no number but years and
    some column is words in it and mostly numbers below ("TT" over 1, 2, 3 …, "2024" over
    120). A header with a cell merged across columns or down into the next row takes that
    next row too.
    """
    if grid.n_rows < 2:
        return 0
    first = [cell.strip() for cell in grid.text[0]]
    if not declared and sum(bool(cell) for cell in first) < 2:
        return 0
    bold = grid.bold
    if not (declared or (bold and bold[0] and not all(bold[1:]))):
        if any(is_numeric(cell) and not is_year(cell) for cell in first if cell):
            return 0
        if not any(_numeric_below(grid, column) for column in range(grid.n_cols)):
            return 0
    count = 1
    while count < min(MAX_HEADER_ROWS, grid.n_rows - 1):
        spans_across = "h" in grid.span[count - 1]
        spans_down = "v" in grid.span[count]
        if not (spans_across or spans_down):
            break
        count += 1
    while count < min(MAX_STACKED_ROWS, grid.n_rows - 1) and _stacked(grid, count):
        count += 1
    if count < grid.n_rows - 1 and is_column_numbers(grid.text[count]):
        count += 1
    return count


def _stacked(grid: Grid, row: int) -> bool:
    """Whether `row` goes on with the header above it, as old sheets write a long column
    name one line per row ("TỔNG THU" / "NSNN" / "TRÊN ĐỊA BÀN"): words, no number, in a
    column that holds numbers below. A section row ("A | Chia theo khu vực") has its words
    in the label columns only or opens with its letter, and ends the header ("A. HÀNH KHÁCH |
    | Nghìn HK | Triệu HK.km" names a section and the units under it)."""
    cells = [
        cell.strip() if span == "" else ""
        for cell, span in zip(grid.text[row], grid.span[row], strict=True)
    ]
    filled = [cell for cell in cells if cell]
    if not filled or _SECTION.match(filled[0]) or is_column_numbers(cells):
        return False
    if any(is_numeric(cell) and not is_year(cell) for cell in filled):
        return False
    return any(cells[c] and _numbers_below(grid, row, c) for c in range(1, len(cells)))


def _numbers_below(grid: Grid, row: int, column: int) -> bool:
    body = [r[column].strip() for r in grid.text[row + 1 :] if r[column].strip()]
    return len(body) >= 2 and sum(is_numeric(cell) for cell in body) * 2 >= len(body)


# how a numbered column is worked out from others: "3 = 2/1", "(4)=(3)-(2)"
_FORMULA = re.compile(r"\s*=\s*[\d()/+*x×:.\s-]+$")


def is_column_numbers(cells: list[str]) -> bool:
    """A row that numbers the columns, as Vietnamese forms do under their header.

    >>> is_column_numbers(["A", "B", "1", "2", "3", ""]), is_column_numbers(["(1)", "(2)", "(3)"])
    (True, True)
    >>> is_column_numbers(["1", "Hà Nội", "2", "3"]), is_column_numbers(["1", "12", "7"])
    (False, False)
    >>> is_column_numbers(["A", "B", "1", "2", "3 = 2/1"])  # a column made of others
    True
    """
    marks = [_FORMULA.sub("", cell.strip()).strip("()").upper() for cell in cells if cell.strip()]
    letters = [m for m in marks if len(m) == 1 and "A" <= m <= "Z"]
    numbers = [m for m in marks if m.isdigit()]
    return (
        len(marks) >= 3
        and len(letters) + len(numbers) == len(marks)
        and letters == [chr(ord("A") + i) for i in range(len(letters))]
        and numbers == [str(i) for i in range(1, len(numbers) + 1)]
    )


def _numeric_below(grid: Grid, column: int) -> bool:
    head = grid.text[0][column].strip()
    return bool(head) and not is_numeric(head) and _numbers_below(grid, 0, column)


def header_names(grid: Grid, count: int) -> list[str] | None:
    """One name per column from the header rows: the texts above it, in order, a cell merged
    down said once and a row numbering the columns ("A | B | 1 | 2") left out."""
    if count == 0:
        return None
    names = []
    for column in range(grid.n_cols):
        parts: list[str] = []
        for row, spans in zip(grid.text[:count], grid.span[:count], strict=True):
            cell = row[column].strip()
            if cell and spans[column] != "v" and not is_column_numbers(row):
                parts.append(cell)
        # "S" / "T" / "T" down one column is "STT" written one letter per row
        joiner = "" if parts and all(len(part) == 1 for part in parts) else " "
        names.append(joiner.join(parts))
    return names


def body_rows(grid: Grid, start: int) -> list[list[str]]:
    """Rows from `start` on, a merged cell filled down but said once across."""
    return [
        [cell if span != "h" else "" for cell, span in zip(row, spans, strict=True)]
        for row, spans in zip(grid.text[start:], grid.span[start:], strict=True)
    ]


def raw_table(grid: Grid, count: int, page: int | None = None) -> RawTable:
    """The grid as ingest hands a table on: its body rows under the names its `count`
    header rows give the columns."""
    return RawTable(page, body_rows(grid, count), header_names(grid, count))


def text_lines(grid: Grid, skip: int = 0) -> list[str]:
    """Each row as one "a | b | c" line, each cell said once, trailing empty cells dropped;
    the figure tagger reads these lines. `skip` leaves out the first rows (a header
    repeated on a continuation page)."""
    lines = []
    for row, spans in zip(grid.text[skip:], grid.span[skip:], strict=True):
        cells = [cell if span == "" else "" for cell, span in zip(row, spans, strict=True)]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            lines.append(" ".join(" | ".join(cells).split()))
    return lines


@dataclass
class PlacedTable:
    """A table found on a page, with what joining it to the next page's needs."""

    page: int | None
    grid: Grid
    n_header: int
    columns: tuple[float, ...] = ()  # column edges, in points, for PDFs
    opens_page: bool = False  # nothing but page furniture above it on its page
    closes_page: bool = False  # nothing but page furniture below it
    repeated_header: bool = False  # set by join_tables: its header rows repeat the previous

    def header(self) -> list[list[str]]:
        return [[cell.strip().lower() for cell in row] for row in self.grid.text[: self.n_header]]


def _continues(previous: PlacedTable, table: PlacedTable, last_page: int | None) -> bool:
    if previous.page is None or table.page is None or last_page is None:
        return False
    if table.page != last_page + 1 or not (previous.closes_page and table.opens_page):
        return False
    if previous.grid.n_cols != table.grid.n_cols:
        return False
    if previous.n_header and table.n_header == previous.n_header:
        return table.header() == previous.header()
    # no header on the continuation: the same columns, at the same places
    return not table.n_header and same_columns(previous.columns, table.columns)


def same_columns(above: tuple[float, ...], below: tuple[float, ...]) -> bool:
    """Whether two tables' column edges (points) are one table's: the same widths, within
    2 points or 1% of the width (a scanner sets a page a little askew, larger or smaller),
    wherever the second stands across its page.

    >>> same_columns((50.0, 80.0, 300.0, 545.0), (53.5, 83.0, 304.0, 550.0))
    True
    >>> same_columns((50.0, 80.0, 300.0, 545.0), (50.0, 120.0, 300.0, 545.0))
    False
    """
    if len(above) != len(below) or not above:
        return False
    slack = max(2.0, 0.01 * (above[-1] - above[0]))
    return all(
        abs((a - above[0]) - (b - below[0])) <= slack for a, b in zip(above, below, strict=True)
    )


def join_tables(placed: list[PlacedTable]) -> list[RawTable]:
    """RawTables, a table continued on the next page (its header repeated, or with the same
    columns and no header) joined to the one it continues. Marks the continuations whose
    header repeats (`repeated_header`), whose text lines should leave the header out."""
    joined: list[RawTable] = []
    previous: PlacedTable | None = None
    last_page: int | None = None
    for table in placed:
        if previous is not None and _continues(previous, table, last_page):
            table.repeated_header = table.n_header > 0
            joined[-1].rows.extend(body_rows(table.grid, table.n_header))
            last_page = table.page
            previous = table
            continue
        names = header_names(table.grid, table.n_header)
        joined.append(RawTable(table.page, body_rows(table.grid, table.n_header), names))
        previous, last_page = table, table.page
    return joined


# --- Markdown pipe tables ------------------------------------------------------------------

_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_ESCAPED_PIPE = "\x00"


def split_pipe_row(line: str) -> list[str]:
    """The cells of a Markdown table row.

    >>> split_pipe_row("| 10 | Quy mô kinh tế số | % GDP | ≥ 30 |")
    ['10', 'Quy mô kinh tế số', '% GDP', '≥ 30']
    """
    inner = line.strip().replace("\\|", _ESCAPED_PIPE)
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [cell.strip().replace(_ESCAPED_PIPE, "|") for cell in inner.split("|")]


def is_pipe_rule(line: str) -> bool:
    return _PIPE_RULE.match(line) is not None
