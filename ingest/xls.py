"""Legacy Excel workbooks (.xls, BIFF) through xlrd: each sheet a page (ingest.sheets),
every text cell decoded by its own font (TCVN3 .VnTime and VNI workbooks are common in
provincial statistics)."""

from __future__ import annotations

from .errors import UnreadableFile
from .legacy import decode_run
from .records import Extracted
from .sheets import (
    DEFAULT_DECIMALS,
    Merge,
    SheetCells,
    number_text,
    vietnamese_number,
    workbook,
)
from .sniff import wrong_kind


def _cell_text(book, sheet, r: int, c: int) -> str:  # noqa: ANN001 - xlrd objects
    import xlrd

    kind = sheet.cell_type(r, c)
    value = sheet.cell_value(r, c)
    xf_index = sheet.cell_xf_index(r, c)
    if kind == xlrd.XL_CELL_TEXT:
        font = book.font_list[book.xf_list[xf_index].font_index].name
        return " ".join(decode_run(value, font).split())
    if kind == xlrd.XL_CELL_NUMBER:
        fmt = book.format_map.get(book.xf_list[xf_index].format_key)
        return number_text(value, fmt.format_str if fmt is not None else None)
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


def read_xls(data: bytes) -> Extracted:
    """Each visible sheet as a page; its table also as a RawTable on that page."""
    wrong = wrong_kind(data, ("ole",))
    if wrong:
        raise UnreadableFile(f"not a readable .xls ({wrong})")
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except (xlrd.XLRDError, AssertionError, KeyError, IndexError, ValueError) as error:
        raise UnreadableFile(f"not a readable .xls ({error})") from error
    sheets = [
        _sheet_cells(book, sheet) if sheet.visibility == 0 else None for sheet in book.sheets()
    ]
    book.release_resources()
    return workbook(sheets)


def _sheet_cells(book, sheet) -> SheetCells:  # noqa: ANN001 - xlrd objects
    text = [[_cell_text(book, sheet, r, c) for c in range(sheet.ncols)] for r in range(sheet.nrows)]
    return SheetCells(text, [Merge(*m) for m in sheet.merged_cells])
