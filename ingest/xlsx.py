"""Excel workbooks (.xlsx) through openpyxl: each sheet a page (ingest.sheets), as the .xls
reader does. Workbooks saved again from old .xls files keep their TCVN3 cells under .VnTime
fonts; each text cell is decoded by its own font."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime, time

from .errors import UnreadableFile
from .legacy import decode_run
from .limits import MAX_SHEET_CELLS
from .package import check_package
from .records import Extracted
from .sheets import Merge, SheetCells, number_text, workbook


def _cell_text(cell) -> str:  # noqa: ANN001 - an openpyxl cell
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, int | float):
        return number_text(float(value), cell.number_format)
    if isinstance(value, datetime | date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    if isinstance(value, time):
        return value.strftime("%H:%M")
    font = cell.font.name if cell.font is not None else None
    return " ".join(decode_run(str(value), font).split())


def read_xlsx(data: bytes) -> Extracted:
    """Each visible sheet as a page; its table also as a RawTable on that page. Formulas
    count with the value Excel last computed (a workbook never opened in Excel has none)."""
    check_package(data, ".xlsx")
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError) as error:
        raise UnreadableFile(f"not a readable .xlsx ({error})") from error
    sheets = [
        _sheet_cells(sheet) if sheet.sheet_state == "visible" else None for sheet in book.worksheets
    ]
    book.close()
    extracted = workbook(sheets)
    uncomputed = _formulas_without_values(data)
    if uncomputed:
        extracted.warnings.append(
            f"{uncomputed} formula cell(s) have no computed value (the workbook was written by"
            " a program, never saved by Excel): they read as blank; open and save it in Excel"
            " or LibreOffice"
        )
    return extracted


# a formula cell with no cached value: "<c r="B5"><f>SUM(B2:B4)</f></c>" or "<v></v>"
_UNCOMPUTED = re.compile(
    rb"<c\b[^>]*>\s*<f\b[^>]*(?:/>|>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>"
)


def _formulas_without_values(data: bytes) -> int:
    """How many formula cells of the workbook's sheets carry no value Excel computed."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = [n for n in package.namelist() if n.startswith("xl/worksheets/sheet")]
        return sum(len(_UNCOMPUTED.findall(package.read(name))) for name in names)


def _sheet_cells(sheet) -> SheetCells:  # noqa: ANN001 - an openpyxl worksheet
    if sheet.max_row * sheet.max_column > MAX_SHEET_CELLS:
        raise UnreadableFile(
            f"not a readable .xlsx (sheet {sheet.title!r} spans "
            f"{sheet.max_row} × {sheet.max_column} cells, beyond {MAX_SHEET_CELLS:,})"
        )
    text = [[_cell_text(cell) for cell in row] for row in sheet.iter_rows()]
    merges = [
        Merge(r.min_row - 1, r.max_row, r.min_col - 1, r.max_col) for r in sheet.merged_cells.ranges
    ]
    return SheetCells(text, merges)
