"""Legacy Excel workbooks (.xls, BIFF) through xlrd: each sheet a page, its title lines as
text and its grid as a table, every text cell decoded by its own font (TCVN3 .VnTime and VNI
workbooks are common in provincial statistics).

Numbers are written the Vietnamese way ("1.721,5") with the decimals the cell's number
format shows, so that the figure tagger reads them as the sheet displays them, not as the
float Excel stores (1.6999999999999993 shown as "1,7").
"""

from __future__ import annotations

import re

from .errors import UnreadableFile
from .legacy import decode_run
from .records import Extracted, RawTable
from .sniff import wrong_kind
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


def _format_of(book, xf_index: int) -> tuple[int, bool]:  # noqa: ANN001 - xlrd Book
    """(decimals, percent) of a cell's number format."""
    fmt = book.format_map.get(book.xf_list[xf_index].format_key)
    pattern = fmt.format_str if fmt is not None else "General"
    if pattern == "General":
        return DEFAULT_DECIMALS, False
    shown = _DECIMALS.search(pattern.split(";")[0])
    return (len(shown.group(1)) if shown else 0), "%" in pattern


def _cell_text(book, sheet, r: int, c: int) -> str:  # noqa: ANN001 - xlrd objects
    import xlrd

    kind = sheet.cell_type(r, c)
    value = sheet.cell_value(r, c)
    xf_index = sheet.cell_xf_index(r, c)
    if kind == xlrd.XL_CELL_TEXT:
        font = book.font_list[book.xf_list[xf_index].font_index].name
        return " ".join(decode_run(value, font).split())
    if kind == xlrd.XL_CELL_NUMBER:
        return vietnamese_number(value, *_format_of(book, xf_index))
    if kind == xlrd.XL_CELL_DATE:
        return _date_text(value, book.datemode)
    if kind == xlrd.XL_CELL_BOOLEAN:
        return "Có" if value else "Không"
    return ""


def _date_text(value: float, datemode: int) -> str:
    import xlrd

    try:
        year, month, day, *_ = xlrd.xldate_as_tuple(value, datemode)
    except xlrd.xldate.XLDateError:
        return vietnamese_number(value, DEFAULT_DECIMALS)
    return f"{day:02d}/{month:02d}/{year}" if year else ""


def _own(row: list[str], spans: list[str]) -> list[str]:
    """A row's cells where they start; "" where a merged cell only goes on."""
    return [t if s == "" else "" for t, s in zip(row, spans, strict=True)]


def _sheet_grid(book, sheet) -> Grid:  # noqa: ANN001 - xlrd objects
    """The sheet's cells with merged ranges spread ("h" across, "v" down), empty rows and
    columns left out."""
    text = [[_cell_text(book, sheet, r, c) for c in range(sheet.ncols)] for r in range(sheet.nrows)]
    span = [[""] * sheet.ncols for _ in range(sheet.nrows)]
    for top, bottom, left, right in sheet.merged_cells:
        for r in range(top, min(bottom, sheet.nrows)):
            for c in range(left, min(right, sheet.ncols)):
                if (r, c) != (top, left):
                    text[r][c] = text[top][left]
                    span[r][c] = "h" if r == top else "v"
    own = [_own(row, spans) for row, spans in zip(text, span, strict=True)]
    rows = [r for r in range(sheet.nrows) if any(own[r])]
    columns = [c for c in range(sheet.ncols) if any(own[r][c] for r in rows)]
    return Grid(
        text=[[text[r][c] for c in columns] for r in rows],
        span=[[span[r][c] for c in columns] for r in rows],
    )


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


def read_xls(data: bytes) -> Extracted:
    """Each visible sheet as a page: its title lines, then its table as "a | b | c" lines
    (the header as one line of whole column names); the table also as a RawTable on that
    page."""
    wrong = wrong_kind(data, ("ole",))
    if wrong:
        raise UnreadableFile(f"not a readable .xls ({wrong})")
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except (xlrd.XLRDError, AssertionError, KeyError, IndexError, ValueError) as error:
        raise UnreadableFile(f"not a readable .xls ({error})") from error
    pages: list[str] = []
    tables: list[RawTable] = []
    for number, sheet in enumerate(book.sheets(), start=1):
        if sheet.visibility != 0:  # a hidden sheet holds helpers, not the report
            pages.append("")
            continue
        titles, table = _split_titles(_sheet_grid(book, sheet))
        lines = [*titles]
        if table.n_rows:
            count = header_rows(table)
            names = header_names(table, count)
            tables.append(RawTable(number, body_rows(table, count), names))
            if names:
                # a header over several rows said once, each column with its whole name
                # ("Chính thức tháng 12 năm 1999"), so that the tagger knows its period
                body = Grid(text=table.text[count:], span=table.span[count:])
                lines.extend(["", " | ".join(names), *_sheet_lines(body)])
            else:
                lines.extend(["", *_sheet_lines(table)])
        pages.append("\n".join(lines))
    book.release_resources()
    return Extracted(pages=pages, paginated=True, tables=tables)
