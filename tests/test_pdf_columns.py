"""PDF pages in two columns (a newsletter, a bulletin): a line filled to its column's edge
goes on on the next line, although the page's right margin is far to its right.

The pages are laid out with fpdf2 (helpers in tests/test_pdf.py); at 10 pt DejaVu in 85 mm
columns the lines break where the audit's p01_two_columns.pdf broke them: before a capital
("tỉnh Quảng" / "Bình") and before a digit ("vượt" / "5%", "ít nhất" / "3.500").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import read_bytes
from ingest.pdf import _gutter, _margins, _right_margin, text_lines_of
from tests.test_pdf import new_pdf, pdf_bytes, require_font, write

TITLE = "Công đoàn Quảng Bình: một năm nhìn lại"
LEFT = [
    "Năm 2023, Liên đoàn Lao động tỉnh Quảng Bình đã chỉ đạo các cấp công đoàn tập trung "
    "phát triển đoàn viên, thành lập công đoàn cơ sở trong các doanh nghiệp ngoài nhà nước.",
    "Kết quả, toàn tỉnh kết nạp mới 3.412 đoàn viên, thành lập mới 21 công đoàn cơ sở, vượt "
    "5% so với chỉ tiêu được giao.",
]
RIGHT = [
    "Năm 2024, Liên đoàn phấn đấu kết nạp ít nhất 3.500 đoàn viên và thành lập mới 25 công "
    "đoàn cơ sở trong các khu công nghiệp của tỉnh.",
    "Hoạt động tuyên truyền được đẩy mạnh với 215 buổi tuyên truyền pháp luật cho hơn "
    "18.000 lượt người lao động.",
]
COLUMN_MM = 85


@pytest.fixture(scope="module")
def font() -> Path:
    return require_font()


def _page_lines(data: bytes) -> list:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        textpage = document[0].get_textpage()
        lines, _ = text_lines_of(textpage)
        textpage.close()
        return lines
    finally:
        document.close()


def _titled_page(font: Path):  # -> (an fpdf2 document, the top of its columns)
    """A page with the title across it, set for the columns' 10 pt text."""
    pdf = new_pdf(font)
    pdf.add_page()
    pdf.set_font("dv", "B", 14)
    pdf.cell(0, 10, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10)
    return pdf, pdf.get_y() + 4


def _two_columns(font: Path) -> bytes:
    """A title across the page, then two columns of paragraphs side by side."""
    pdf, top = _titled_page(font)
    for x, paragraphs in ((pdf.l_margin, LEFT), (pdf.w - pdf.r_margin - COLUMN_MM, RIGHT)):
        pdf.set_xy(x, top)
        for paragraph in paragraphs:
            pdf.multi_cell(COLUMN_MM, 5, paragraph, new_x="LEFT", new_y="NEXT")
            pdf.ln(3)  # a paragraph break is a wider gap
            pdf.set_x(x)
    return pdf_bytes(pdf)


def test_two_columns_read_as_whole_paragraphs_left_column_first(font: Path) -> None:
    data = _two_columns(font)
    # the layout really breaks the lines before a capital and before digits
    ends = [line.text for line in _page_lines(data)]
    assert {"Năm 2023, Liên đoàn Lao động tỉnh Quảng", "5% so với chỉ tiêu được giao."} <= set(ends)
    assert any(end.endswith(", vượt") for end in ends)
    assert any(end.startswith("3.500") for end in ends)

    raw = read_bytes(data, "two_columns.pdf")
    assert raw.text.split("\n") == [TITLE, *LEFT, *RIGHT]


def test_each_column_has_its_own_margin_and_the_title_the_page_s(font: Path) -> None:
    lines = _page_lines(_two_columns(font))
    gutter = _gutter(lines)
    assert gutter is not None
    margins = _margins(lines)

    def margin_of(start: str) -> float:
        return next(
            m for line, m in zip(lines, margins, strict=True) if line.text.startswith(start)
        )

    left_edge = max(line.right for line in lines if line.text.startswith("Năm 2023"))
    right_start = min(line.left for line in lines if line.text.startswith("Năm 2024"))
    assert left_edge <= gutter <= right_start
    assert margin_of("Năm 2023") < gutter < margin_of("Năm 2024")
    # the title, across the gap, keeps the page's margin, as every line of a one-column page
    assert margin_of(TITLE) == _right_margin(lines)


def test_without_column_margins_the_left_column_breaks_before_capitals(
    font: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The defect this guards against: with one margin for the page, none of the left
    column's lines counts as filled."""
    monkeypatch.setattr("ingest.pdf._gutter", lambda lines: None)
    text = read_bytes(_two_columns(font), "two_columns.pdf").text.split("\n")
    assert "Năm 2023, Liên đoàn Lao động tỉnh Quảng" in text


ISSUER = ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LĐLĐ TỈNH QUẢNG BÌNH", "Số: 125/BC-LĐLĐ"]
MOTTO = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Quảng Bình, ngày 15 tháng 12 năm 2023",
]
RECIPIENTS = [
    "Nơi nhận:",
    "- Tổng Liên đoàn Lao động Việt Nam;",
    "- Ban Thường vụ Tỉnh ủy Quảng Bình;",
    "- Lưu: VT, Văn phòng Liên đoàn.",
]
SIGNATURE = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Văn Bình"]


def test_a_one_column_page_with_blocks_side_by_side_keeps_one_margin(font: Path) -> None:
    """An official letter: issuer and motto side by side above the body, the recipients and
    the signature side by side below it, each side with prose lines enough for a column.
    The body runs across the gap between them, so the page is one column."""
    pdf = new_pdf(font)
    pdf.add_page()
    half = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    for left, right, body in ((ISSUER, MOTTO, [*LEFT, *RIGHT]), (RECIPIENTS, SIGNATURE, [])):
        top = pdf.get_y()
        pdf.multi_cell(half, 5, "\n".join(left), new_x="LMARGIN", new_y="NEXT")
        bottom = pdf.get_y()
        pdf.set_xy(pdf.l_margin + half, top)
        pdf.multi_cell(half, 5, "\n".join(right), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(bottom, pdf.get_y()) + 6)
        for paragraph in body:
            write(pdf, paragraph, height=5)
        pdf.ln(6)
    data = pdf_bytes(pdf)

    lines = _page_lines(data)
    assert _gutter(lines) is None
    assert _margins(lines) == [_right_margin(lines)] * len(lines)
    text = read_bytes(data, "letter.pdf").text.split("\n")
    assert all(paragraph in text for paragraph in (*LEFT, *RIGHT))


def test_a_paragraph_from_the_foot_of_the_left_column_goes_on_at_the_head_of_the_right(
    font: Path,
) -> None:
    # a newsletter's paragraph that the left column cuts: it had been split in two there
    # ("… vượt" / "5% so với chỉ tiêu được giao."), and a figure's words with it
    cut_paragraph = LEFT[1]  # its lines break "… vượt" / "5% so với chỉ tiêu được giao."
    pdf, top = _titled_page(font)
    lines = pdf.multi_cell(COLUMN_MM, 5, cut_paragraph, dry_run=True, output="LINES")
    # the right column opens with a number, which does not say that a sentence goes on
    cut = next(i for i, line in enumerate(lines) if line[0].isdigit())
    right = pdf.w - pdf.r_margin - COLUMN_MM
    pdf.set_xy(pdf.l_margin, top)
    pdf.multi_cell(COLUMN_MM, 5, LEFT[0], new_x="LEFT", new_y="NEXT")
    pdf.ln(3)
    pdf.set_x(pdf.l_margin)
    for line in lines[:cut]:  # the foot of the left column
        pdf.cell(COLUMN_MM, 5, line, new_x="LEFT", new_y="NEXT")
    pdf.set_xy(right, top)
    for line in lines[cut:]:  # the head of the right column
        pdf.cell(COLUMN_MM, 5, line, new_x="LEFT", new_y="NEXT")
    pdf.ln(3)
    pdf.set_x(right)
    pdf.multi_cell(COLUMN_MM, 5, RIGHT[0], new_x="LEFT", new_y="NEXT")
    text = read_bytes(pdf_bytes(pdf), "cut.pdf").text.split("\n")
    assert text == [TITLE, LEFT[0], cut_paragraph, RIGHT[0]]
