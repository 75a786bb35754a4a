""".xlsx workbooks read like .xls ones: the real legacy workbooks of `../shared`, saved as
.xlsx with their cells, fonts, number formats and merged ranges, give the same pages."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest

from ingest import read_bytes
from ingest.errors import UnreadableFile
from tests.test_legacy import XLS

xlrd = pytest.importorskip("xlrd")
openpyxl = pytest.importorskip("openpyxl")


def as_xlsx(path: Path) -> bytes:
    """The .xls workbook at `path` saved as .xlsx, its TCVN3 text left as it is."""
    from openpyxl.styles import Font

    book = xlrd.open_workbook(str(path), formatting_info=True)
    out = openpyxl.Workbook()
    out.remove(out.active)
    for sheet in book.sheets():
        target = out.create_sheet(sheet.name[:31])
        if sheet.visibility:
            target.sheet_state = "hidden"
        for r in range(sheet.nrows):
            for c in range(sheet.ncols):
                kind, value = sheet.cell_type(r, c), sheet.cell_value(r, c)
                if kind == xlrd.XL_CELL_DATE:
                    parts = xlrd.xldate_as_tuple(value, book.datemode)
                    value = datetime(*parts) if parts[0] else None
                elif kind == xlrd.XL_CELL_BOOLEAN:
                    value = bool(value)
                elif kind not in (xlrd.XL_CELL_TEXT, xlrd.XL_CELL_NUMBER):
                    continue
                xf = book.xf_list[sheet.cell_xf_index(r, c)]
                cell = target.cell(r + 1, c + 1, value)
                cell.font = Font(name=book.font_list[xf.font_index].name)
                fmt = book.format_map.get(xf.format_key)
                if fmt is not None and kind == xlrd.XL_CELL_NUMBER:
                    cell.number_format = fmt.format_str
        for top, bottom, left, right in sheet.merged_cells:
            target.merge_cells(
                start_row=top + 1, end_row=bottom, start_column=left + 1, end_column=right
            )
    data = io.BytesIO()
    out.save(data)
    return data.getvalue()


@pytest.mark.parametrize(
    "name",
    ["GSO_2000-01-31-bieu-thang-1.xls", "GSO_2008-12-30-Bieu1208-1.xls", "MOF_Plan_2003.xls"],
)
def test_an_xlsx_reads_as_its_xls(shared: Path, name: str) -> None:
    path = shared / XLS / name
    old = read_bytes(path.read_bytes(), name)
    new = read_bytes(as_xlsx(path), name.replace(".xls", ".xlsx"))
    assert new.format == "xlsx" and new.paginated
    assert [p.end - p.start for p in new.pages] == [p.end - p.start for p in old.pages]
    assert new.text == old.text
    assert [(t.page, t.header, t.rows) for t in new.tables] == [
        (t.page, t.header, t.rows) for t in old.tables
    ]


def test_xlsx_figures_come_from_its_tables(shared: Path) -> None:
    from nlp.analyze import analyze

    raw = read_bytes(as_xlsx(shared / XLS / "MOF_Plan_2003.xls"), "du_toan_2003.xlsx")
    revenue = next(f for f in analyze(raw).figures if f.text == "19.348.000")
    assert (revenue.province, revenue.value, revenue.unit) == ("Hà Nội", 19_348_000e6, "đồng")


def test_a_broken_or_misnamed_xlsx_is_refused_clearly() -> None:
    with pytest.raises(UnreadableFile, match=r"not a readable \.xlsx.*wrong extension"):
        read_bytes(b"%PDF-1.7 not a workbook", "bang.xlsx")
    docx = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(docx, "w") as package:
        package.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(UnreadableFile, match=r"not a readable \.xlsx"):
        read_bytes(docx.getvalue(), "bang.xlsx")


def test_a_sheet_too_large_is_refused_with_its_size(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ingest.xlsx

    monkeypatch.setattr(ingest.xlsx, "MAX_SHEET_CELLS", 100)
    with pytest.raises(UnreadableFile, match=r"spans \d+ × \d+ cells, beyond 100"):
        read_bytes(as_xlsx(shared / XLS / "MOF_Plan_2003.xls"), "bang.xlsx")
