"""PDFs as people have them: text with its pages, tables (merged cells, continued over
pages), decomposed diacritics, running headers and page numbers.

The PDFs are laid out here with fpdf2 and a DejaVu font; the helpers are shared with the
other ingest tests (test_ocr, test_legacy, test_bad_input).
"""

from __future__ import annotations

import io
import re
import sysconfig
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from ingest import read_bytes, read_file
from ingest.tables import split_pipe_row

SYSTEM_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
NQ03_PL1 = "corpus/real/resolutions_md/NQ03-NQ-CP_2025_PL1_chi_tieu.md"


def find_font() -> Path | None:
    """DejaVuSans.ttf from Debian's fonts-dejavu, else one a Python package bundles."""
    if SYSTEM_FONT.is_file():
        return SYSTEM_FONT
    for key in ("purelib", "platlib"):
        found = sorted(Path(sysconfig.get_paths()[key]).rglob("DejaVuSans.ttf"))
        if found:
            return found[0]
    return None


def require_font() -> Path:
    """The font, or a clean skip when fpdf2 or the font is missing."""
    pytest.importorskip("fpdf")
    path = find_font()
    if path is None:
        pytest.skip("no DejaVuSans.ttf (apt install fonts-dejavu-core)")
    return path


@pytest.fixture(scope="session")
def font() -> Path:
    return require_font()


def new_pdf(font: Path, size: float = 10):
    """An fpdf2 document with "dv" as a Unicode font (bold: DejaVuSans-Bold when present)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("dv", "", str(font))
    bold = font.with_name("DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "B", str(bold if bold.is_file() else font))
    pdf.set_font("dv", size=size)
    return pdf


def write(pdf, text: str, height: float = 6) -> None:
    pdf.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")


def pdf_bytes(pdf) -> bytes:
    return bytes(pdf.output())


def markdown_rows(path: Path) -> list[list[str]]:
    """The rows of the pipe table in a Markdown file, bold marks removed."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip().startswith("|") and not re.match(r"^\s*\|?\s*:?-{2,}", line):
            rows.append([" ".join(c.replace("**", "").split()) for c in split_pipe_row(line)])
    return rows


# --- tables ---------------------------------------------------------------------------------


def test_nq03_targets_table_round_trips_through_a_pdf(shared: Path, font: Path) -> None:
    rows = markdown_rows(shared / NQ03_PL1)
    pdf = new_pdf(font, size=8)
    pdf.add_page()
    write(pdf, "PHỤ LỤC I\nDANH MỤC CÁC CHỈ TIÊU CỤ THỂ")
    with pdf.table(col_widths=(10, 70, 25, 45, 40), text_align="LEFT") as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    raw = read_bytes(pdf_bytes(pdf), "nq03_pl1.pdf")

    assert raw.paginated and len(raw.pages) >= 3
    # one table over every page, its header repeated by fpdf2 on each and said once here
    assert len(raw.tables) == 1
    table = raw.tables[0]
    assert table.page == 1
    assert table.header == [
        "TT",
        "Chỉ tiêu",
        "Đơn vị",
        "Kết quả",
        "Cơ quan chủ trì theo dõi, đánh giá",
    ]
    assert table.rows == rows[1:]  # all 59 rows, every cell exact
    assert raw.text.count("TT | Chỉ tiêu | Đơn vị") == 1
    # the rows are in the text for the figure tagger, on the page they are printed on
    line = "10 | Quy mô kinh tế số | % GDP | ≥ 30 | Bộ Thông tin và Truyền thông"
    assert line in raw.text
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf_bytes(pdf))) as plumbed:
        printed_on = next(
            number
            for number, page in enumerate(plumbed.pages, start=1)
            if "36 Quy mô kinh tế số" in (page.extract_text() or "")
        )
    later = raw.text.index("36 | Quy mô kinh tế số | % GDP | ≥ 50")
    assert raw.page_at(later) == printed_on > 1


def _merged_table_pdf(font: Path) -> bytes:
    pdf = new_pdf(font)
    pdf.add_page()
    write(pdf, "Báo cáo kết quả thực hiện chỉ tiêu năm 2024.")
    with pdf.table(col_widths=(40, 25, 25, 40), num_heading_rows=2) as table:
        row = table.row()
        row.cell("Chỉ tiêu", rowspan=2)
        row.cell("Kết quả", colspan=2)
        row.cell("Cơ quan chủ trì", rowspan=2)
        row = table.row()
        row.cell("2024")
        row.cell("2025")
        row = table.row()
        for cell in ("Đoàn viên mới", "1.234", "≥ 1.500"):
            row.cell(cell)
        row.cell("Ban Tổ chức", rowspan=2)
        row = table.row()
        for cell in ("Công đoàn cơ sở", "56", "60"):
            row.cell(cell)
        table.row().cell("Ghi chú: số liệu ước tính", colspan=4)
    write(pdf, "Đoạn văn sau bảng.")
    return pdf_bytes(pdf)


def test_merged_cells_fill_the_header_and_the_body_sensibly(font: Path) -> None:
    raw = read_bytes(_merged_table_pdf(font), "merged.pdf")
    [table] = raw.tables
    assert table.header == ["Chỉ tiêu", "Kết quả 2024", "Kết quả 2025", "Cơ quan chủ trì"]
    assert table.rows == [
        ["Đoàn viên mới", "1.234", "≥ 1.500", "Ban Tổ chức"],
        ["Công đoàn cơ sở", "56", "60", "Ban Tổ chức"],  # filled down
        ["Ghi chú: số liệu ước tính", "", "", ""],  # said once across
    ]
    lines = raw.text.split("\n")
    # in the text, each cell once, where it is printed, between the paragraphs around it
    assert lines == [
        "Báo cáo kết quả thực hiện chỉ tiêu năm 2024.",
        "Chỉ tiêu | Kết quả | | Cơ quan chủ trì",
        "| 2024 | 2025",
        "Đoàn viên mới | 1.234 | ≥ 1.500 | Ban Tổ chức",
        "Công đoàn cơ sở | 56 | 60",
        "Ghi chú: số liệu ước tính",
        "Đoạn văn sau bảng.",
    ]


def _units_table(font: Path, repeat_header: bool, rows: int = 60) -> bytes:
    from fpdf.enums import TableHeadingsDisplay

    pdf = new_pdf(font)
    pdf.add_page()
    write(pdf, "Bảng 2. Số đoàn viên theo công đoàn cơ sở")
    repeat = TableHeadingsDisplay.ON_TOP_OF_EVERY_PAGE if repeat_header else 0
    with pdf.table(col_widths=(15, 60, 30), repeat_headings=repeat) as table:
        header = table.row()
        for cell in ("STT", "Đơn vị", "Số đoàn viên"):
            header.cell(cell)
        for number in range(1, rows + 1):
            row = table.row()
            for cell in (str(number), f"Công đoàn cơ sở số {number}", str(number * 10)):
                row.cell(cell)
    write(pdf, "Tổng cộng: 18.300 đoàn viên.")
    return pdf_bytes(pdf)


@pytest.mark.parametrize("repeat_header", [True, False], ids=["header repeated", "no header"])
def test_a_table_continued_on_the_next_page_is_joined(font: Path, repeat_header: bool) -> None:
    raw = read_bytes(_units_table(font, repeat_header), "units.pdf")
    assert len(raw.pages) == 2
    [table] = raw.tables
    assert (table.page, table.header) == (1, ["STT", "Đơn vị", "Số đoàn viên"])
    assert [row[0] for row in table.rows] == [str(n) for n in range(1, 61)]
    assert table.rows[-1] == ["60", "Công đoàn cơ sở số 60", "600"]
    page_two = raw.text[raw.pages[1].start : raw.pages[1].end]
    assert "STT | Đơn vị" not in page_two and "60 | Công đoàn cơ sở số 60 | 600" in page_two
    assert raw.text.endswith("Tổng cộng: 18.300 đoàn viên.")


def test_tables_with_other_columns_are_not_joined(font: Path) -> None:
    pdf = new_pdf(font)
    pdf.add_page()
    with pdf.table(col_widths=(20, 80)) as table:
        for cells in (("STT", "Đơn vị"), ("1", "Công đoàn Giáo dục"), ("2", "Công đoàn Y tế")):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.add_page()
    with pdf.table(col_widths=(50, 25, 25)) as table:
        for cells in (("Chỉ tiêu", "2024", "2025"), ("Đoàn viên", "120", "135")):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    raw = read_bytes(pdf_bytes(pdf), "two.pdf")
    assert [(t.page, t.header) for t in raw.tables] == [
        (1, ["STT", "Đơn vị"]),
        (2, ["Chỉ tiêu", "2024", "2025"]),
    ]


# --- text -----------------------------------------------------------------------------------


def test_decomposed_text_comes_out_nfc_with_its_diacritics(font: Path) -> None:
    sentence = "Liên đoàn Lao động tỉnh Nghệ An đã trao 1.250 suất quà Tết cho đoàn viên."
    pdf = new_pdf(font)
    pdf.add_page()
    write(pdf, unicodedata.normalize("NFD", sentence))
    data = pdf_bytes(pdf)
    import pypdfium2 as pdfium

    layer = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()
    assert not unicodedata.is_normalized("NFC", layer)  # the PDF really stores NFD
    assert read_bytes(data, "nfd.pdf").text == sentence


def test_running_headers_and_page_numbers_are_dropped(font: Path) -> None:
    pdf = new_pdf(font)
    pdf.set_auto_page_break(False)
    for number in range(1, 5):
        pdf.add_page()
        write(pdf, "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN - BÁO CÁO TỔNG KẾT NĂM 2024")
        write(pdf, f"Mục {number}. Trong năm, các cấp công đoàn đã tổ chức {number * 11} hội nghị.")
        pdf.set_y(-20)
        write(pdf, f"Trang {number}/4")
    raw = read_bytes(pdf_bytes(pdf), "report.pdf")
    assert "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN" not in raw.text and "Trang" not in raw.text
    for number in range(1, 5):
        sentence = f"Mục {number}. Trong năm, các cấp công đoàn đã tổ chức {number * 11} hội nghị."
        assert raw.page_at(raw.text.index(sentence)) == number


def test_wrapped_lines_join_and_line_end_hyphens_are_repaired(font: Path) -> None:
    paragraph = (
        "Ban Chấp hành Trung ương Đảng khoá XIII ban hành Quy định thi hành Điều lệ Đảng; "
        "Ban Bí thư hướng dẫn Ban Thường vụ Tỉnh ủy, Thành ủy, Đảng ủy trực thuộc Trung ương "
        "thực hiện thống nhất trong toàn Đảng, Nhà nước và Mặt trận Tổ quốc Việt Nam các cấp."
    )
    pdf = new_pdf(font)
    pdf.add_page()
    pdf.multi_cell(0, 6, paragraph, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    # a line laid out by hand to the width of the longest, broken inside a foreign word
    for line in (
        "Các cấp công đoàn đã triển khai hệ thống quản lý đoàn viên và infor-",
        "mation technology cho người lao động.",
        "Hai là, công tác phát triển đoàn viên được chú trọng trong năm 2024.",
    ):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    raw = read_bytes(pdf_bytes(pdf), "wrapped.pdf")
    assert raw.text.split("\n") == [
        paragraph,
        "Các cấp công đoàn đã triển khai hệ thống quản lý đoàn viên và information "
        "technology cho người lao động.",
        "Hai là, công tác phát triển đoàn viên được chú trọng trong năm 2024.",
    ]


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", unicodedata.normalize("NFC", text).lower()))


@pytest.mark.parametrize(
    "name",
    [
        "party_pdf/QD294-QD-TW_2025-05-26_thi_hanh_Dieu_le_Dang.pdf",
        "party_pdf/HD06-HD-TW_2025-06-09_thi_hanh_Dieu_le_Dang.pdf",
        "anle_pdf/an_le_so_432021AL.pdf",
    ],
)
def test_real_pdfs_keep_every_word_pdfplumber_sees(shared: Path, name: str) -> None:
    """Page by page (the first six), the fast path (pypdfium2) loses no word against
    pdfplumber; what it drops is furniture: the page number."""
    import pdfplumber

    path = shared / "corpus/real" / name
    raw = read_file(path)
    assert raw.paginated and unicodedata.is_normalized("NFC", raw.text)
    with pdfplumber.open(path) as pdf:
        assert len(raw.pages) == len(pdf.pages)
        for page, plumbed in zip(raw.pages[:6], pdf.pages[:6], strict=True):
            ours = _words(raw.text[page.start : page.end])
            missing = _words(plumbed.extract_text() or "") - ours
            assert set(missing) <= {str(page.number)}, (page.number, missing)


def test_party_pdf_head_and_page_provenance(shared: Path) -> None:
    raw = read_file(
        shared / "corpus/real/party_pdf/QD294-QD-TW_2025-05-26_thi_hanh_Dieu_le_Dang.pdf"
    )
    lines = raw.text.split("\n")
    assert lines[:5] == [
        "BAN CHẤP HÀNH TRUNG ƯƠNG",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 294-QĐ/TW Hà Nội, ngày 26 tháng 5 năm 2025",
        "QUY ĐỊNH",
        "THI HÀNH ĐIỀU LỆ ĐẢNG",
    ]
    # a wrapped line ending "khoá" joins "XIII;" although that starts with a capital
    assert (
        "- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư "
        "khoá XIII;" in lines
    )
    # the page number "2" heading page 2 is gone, and page 2 starts mid-sentence
    page_two = raw.text[raw.pages[1].start : raw.pages[1].end]
    assert page_two.startswith("phương, cơ quan, đơn vị; các chủ trương")
