"""Tables from Markdown and DOCX as RawTables, their rows kept in the text as "a | b" lines."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ingest import read_bytes, read_file
from tests.test_pdf import NQ03_PL1, markdown_rows


def test_markdown_pipe_table_is_a_raw_table_and_stays_in_the_text(shared: Path) -> None:
    raw = read_file(shared / NQ03_PL1)
    rows = markdown_rows(shared / NQ03_PL1)
    [table] = raw.tables
    assert table.page is None
    assert (
        table.header
        == rows[0]
        == ["TT", "Chỉ tiêu", "Đơn vị", "Kết quả", "Cơ quan chủ trì theo dõi, đánh giá"]
    )
    assert table.rows == rows[1:] and len(table.rows) == 59
    assert "10 | Quy mô kinh tế số | % GDP | ≥ 30 | Bộ Thông tin và Truyền thông" in raw.text
    assert "I | Đến năm 2030" in raw.text  # bold marks gone


def test_markdown_table_without_a_rule_has_no_header() -> None:
    raw = read_bytes(b"Danh sach\n\n| 1 | Ha Noi |\n| 2 | Hue |\n", "list.md")
    assert [(t.header, t.rows) for t in raw.tables] == [(None, [["1", "Ha Noi"], ["2", "Hue"]])]


def _docx_with_merged_table() -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Kết quả thực hiện chỉ tiêu năm 2024 như sau:")
    table = document.add_table(rows=5, cols=4)
    cells = [[table.cell(r, c) for c in range(4)] for r in range(5)]
    cells[0][0].merge(cells[1][0]).text = "Chỉ tiêu"
    cells[0][1].merge(cells[0][2]).text = "Kết quả"
    cells[0][3].merge(cells[1][3]).text = "Cơ quan chủ trì"
    cells[1][1].text, cells[1][2].text = "2024", "2025"
    for c, text in enumerate(("Đoàn viên mới", "1.234", "≥ 1.500")):
        cells[2][c].text = text
    cells[2][3].merge(cells[3][3]).text = "Ban Tổ chức"
    for c, text in enumerate(("Công đoàn cơ sở", "56", "60")):
        cells[3][c].text = text
    cells[4][0].merge(cells[4][3]).text = "Ghi chú: số liệu ước tính"
    document.add_paragraph("Đoạn văn sau bảng.")
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


def test_docx_table_with_merged_cells_in_document_order() -> None:
    raw = read_bytes(_docx_with_merged_table(), "report.docx")
    [table] = raw.tables
    assert table.header == ["Chỉ tiêu", "Kết quả 2024", "Kết quả 2025", "Cơ quan chủ trì"]
    assert table.rows == [
        ["Đoàn viên mới", "1.234", "≥ 1.500", "Ban Tổ chức"],
        ["Công đoàn cơ sở", "56", "60", "Ban Tổ chức"],
        ["Ghi chú: số liệu ước tính", "", "", ""],
    ]
    assert raw.text.split("\n") == [
        "Kết quả thực hiện chỉ tiêu năm 2024 như sau:",
        "Chỉ tiêu | Kết quả | | Cơ quan chủ trì",
        "| 2024 | 2025",
        "Đoàn viên mới | 1.234 | ≥ 1.500 | Ban Tổ chức",
        "Công đoàn cơ sở | 56 | 60",
        "Ghi chú: số liệu ước tính",
        "Đoạn văn sau bảng.",
    ]


def test_a_page_head_laid_out_in_a_docx_table_stays_lines_of_text(shared: Path) -> None:
    """A one-row table holding the issuer block and the dateline is layout, not data."""
    raw = read_file(shared / "corpus/real/union_grassroots/BAO_CAO_THANG_5_ChiBo.docx")
    assert raw.text.split("\n")[:6] == [
        "ĐẢNG BỘ XÃ HÒA KHÁNH",
        "CHI BỘ ẤP HÓC THƠM 1",
        "Số 01 -BC/CB",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Hòa Khánh, ngày 06 tháng 5 năm 2026",
        "BÁO CÁO",
    ]
    assert raw.tables == []


def test_a_table_of_provinces_counts_what_its_columns_name() -> None:
    from nlp.analyze import analyze

    text = (
        "BÁO CÁO SỐ LIỆU ĐOÀN VIÊN NĂM 2024\n\n"
        "| STT | Tỉnh | Số đoàn viên | Số CĐCS | Tỷ lệ CĐCS vững mạnh |\n"
        "|---|---|---|---|---|\n"
        "| A | B | 1 | 2 | 3 |\n"
        "| 1 | Bắc Giang | 120.345 | 1.203 | 85,5 |\n"
        "| 2 | TỈNH LẠNG SƠN | 45.120 | 640 | 80 |\n"
        "| 3 | Cộng | 165.465 | 1.843 | |\n"
    )
    figures = analyze(read_bytes(text.encode(), "so_lieu.md")).figures
    found = {(f.province, f.text): f for f in figures}
    members = found[("Bắc Giang", "120.345")]
    assert (members.unit, members.indicator, members.period) == ("đoàn viên", "members", "2024")
    assert found[("Lạng Sơn", "640")].indicator == "grassroots_unions"
    assert (found[("Lạng Sơn", "80")].unit, found[("Lạng Sơn", "80")].value) == ("%", 80)
    # the total row names no province, and counts what its column names
    total = found[(None, "165.465")]
    assert (total.subject, total.indicator) == ("số đoàn viên", "members")
    # the STT column holds row numbers, and "A | B | 1 | 2 | 3" numbers the columns
    assert not [f for f in figures if f.text in ("1", "2", "3")]
