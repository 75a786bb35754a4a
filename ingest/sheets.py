"""A spreadsheet's sheet as a page, whatever the workbook format (.xls through xlrd, .xlsx
through openpyxl): the readers give each cell's text as the sheet shows it and the merged
ranges; this module makes the grid, the title lines above the table, the table's header
and its "a | b | c" lines.

Numbers are written the Vietnamese way ("1.721,5") with the decimals the cell's number
format shows, so that the figure tagger reads them as the sheet displays them, not as the
float Excel stores (1.6999999999999993 shown as "1,7").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .records import Extracted, RawTable
from .tables import Grid, body_rows, header_names, header_rows

# decimals a number format shows: "0.0" → 1, "#,##0.00" → 2, "0%" → 0
_DECIMALS = re.compile(r"\.([0#?]+)")
DEFAULT_DECIMALS = 2  # a General cell: enough for the percentages these sheets hold
_UNIT_NOTE = re.compile(r"\s*(?:đơn vị tính|đơn vị|đvt)\s*:", re.IGNORECASE)


def vietnamese_number(value: float, decimals: int, percent: bool = False) -> str:
    """A cell's number as the sheet shows it, "." grouping thousands and "," for decimals.

    >>> vietnamese_number(1721.5, 1), vietnamese_number(1.6999999999999993, 1)
    ('1.721,5', '1,7')
    >>> vietnamese_number(0.981, 1, percent=True), vietnamese_number(12.0, 2)
    ('98,1%', '12')
    """
    if percent:
        value *= 100
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text + ("%" if percent else "")


def number_text(value: float, number_format: str | None) -> str:
    """A number under its cell's format ("0.0", "#,##0", "0%", "General").

    >>> number_text(0.981, "0.0%"), number_text(1721.54, "#,##0.0"), number_text(3.0, None)
    ('98,1%', '1.721,5', '3')
    """
    pattern = number_format or "General"
    if pattern == "General":
        return vietnamese_number(value, DEFAULT_DECIMALS)
    positive = pattern.split(";")[0]
    shown = _DECIMALS.search(positive)
    return vietnamese_number(value, len(shown.group(1)) if shown else 0, "%" in positive)


@dataclass(frozen=True)
class Merge:
    """A merged range, rows and columns counted from 0, ends excluded."""

    top: int
    bottom: int
    left: int
    right: int


def _sheet_grid(text: list[list[str]], merges: list[Merge]) -> Grid:
    """The sheet's cells with merged ranges spread ("h" across, "v" down), empty rows and
    columns left out."""
    n_rows = len(text)
    n_cols = max((len(row) for row in text), default=0)
    text = [row + [""] * (n_cols - len(row)) for row in text]
    span = [[""] * n_cols for _ in range(n_rows)]
    for m in merges:
        for r in range(m.top, min(m.bottom, n_rows)):
            for c in range(m.left, min(m.right, n_cols)):
                if (r, c) != (m.top, m.left):
                    text[r][c] = text[m.top][m.left]
                    span[r][c] = "h" if r == m.top else "v"
    own = [_own(row, spans) for row, spans in zip(text, span, strict=True)]
    rows = [r for r in range(n_rows) if any(own[r])]
    columns = [c for c in range(n_cols) if any(own[r][c] for r in rows)]
    return Grid(
        text=[[text[r][c] for c in columns] for r in rows],
        span=[[span[r][c] for c in columns] for r in rows],
    )


def _own(row: list[str], spans: list[str]) -> list[str]:
    """A row's cells where they start; "" where a merged cell only goes on."""
    return [t if s == "" else "" for t, s in zip(row, spans, strict=True)]


def _split_titles(grid: Grid) -> tuple[list[str], Grid]:
    """Lines above the table and the rest. Above the table a row is a title of one cell, a
    unit note ("Đơn vị: Triệu đồng.", sometimes written twice) or two texts at the two ends
    of the row, as forms put the issuer and the form's number ("BỘ TÀI CHÍNH" … "Mẫu số
    06/CKTC-NSNN"); each distinct text is a line."""
    first = 0
    while first < grid.n_rows and _is_title(_own(grid.text[first], grid.span[first])):
        first += 1
    titles: list[str] = []
    for row, spans in zip(grid.text[:first], grid.span[:first], strict=True):
        titles.extend(dict.fromkeys(filter(None, _own(row, spans))))
    return titles, Grid(text=grid.text[first:], span=grid.span[first:])


def _is_title(cells: list[str]) -> bool:
    filled = [i for i, cell in enumerate(cells) if cell]
    if len(filled) <= 1 or all(_UNIT_NOTE.match(cells[i]) for i in filled):
        return True
    return len(filled) == 2 and filled[1] - filled[0] > 2


def _sheet_lines(grid: Grid) -> list[str]:
    """The table's rows as "a | b | c" lines with every column kept, so that a section row
    ("A. Chia theo khu vực | | |", " | TỔNG SỐ | |") stays inside its table for the figure
    tagger; a lone unit note off the first column ("Đơn vị tính: Tỷ đồng" at the right,
    heading a repeated table further down the sheet) is a line of text, which ends the table
    above it."""
    lines = []
    for row, spans in zip(grid.text, grid.span, strict=True):
        cells = _own(row, spans)
        filled = [i for i, cell in enumerate(cells) if cell]
        if len(filled) == 1 and filled[0] > 0 and _UNIT_NOTE.match(cells[filled[0]]):
            lines.append(cells[filled[0]])
        else:
            lines.append(" | ".join(cells))
    return lines


def _sheet_page(number: int, grid: Grid) -> tuple[str, RawTable | None]:
    """A sheet's page text: its title lines, then its table as "a | b | c" lines (a header
    over several rows as one line of whole column names); and the table as a RawTable."""
    titles, table = _split_titles(grid)
    lines = [*titles]
    if not table.n_rows:
        return "\n".join(lines), None
    count = header_rows(table)
    names = header_names(table, count)
    if names:
        # a header over several rows said once, each column with its whole name
        # ("Chính thức tháng 12 năm 1999"), so that the tagger knows its period
        body = Grid(text=table.text[count:], span=table.span[count:])
        lines.extend(["", " | ".join(names), *_sheet_lines(body)])
    else:
        lines.extend(["", *_sheet_lines(table)])
    return "\n".join(lines), RawTable(number, body_rows(table, count), names)


@dataclass(frozen=True)
class SheetCells:
    """A sheet as a reader gives it: each cell's text as shown, and the merged ranges."""

    text: list[list[str]]
    merges: list[Merge]


def workbook(sheets: Iterable[SheetCells | None]) -> Extracted:
    """Each sheet a page, its table a RawTable on that page; None is a hidden sheet (helpers,
    not the report), an empty page so that the others keep their numbers."""
    pages: list[str] = []
    tables: list[RawTable] = []
    for number, sheet in enumerate(sheets, start=1):
        if sheet is None:
            pages.append("")
            continue
        page, table = _sheet_page(number, _sheet_grid(sheet.text, sheet.merges))
        pages.append(page)
        if table is not None:
            tables.append(table)
    return Extracted(pages=pages, paginated=True, tables=tables)
