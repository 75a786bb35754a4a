"""PDF pages as they come from offices: a scan carrying an e-signature stamp as text, pages
with /Rotate (a landscape annex, a page turned in a viewer), a page scanned sideways.

The PDFs are laid out with fpdf2 and turned with pypdfium2; scans are rendered from known
text (tests/test_ocr.py), so what OCR must find is known.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from ingest import ocr as ocr_module
from ingest import read_bytes
from ingest import tesseract as tesseract_module
from ingest.ocr import OcrLine, PageReading
from tests.test_ocr import _has_vietnamese_tesseract, _scan
from tests.test_pdf import new_pdf, pdf_bytes, require_font, write

BODY = (
    "Năm 2024, Liên đoàn Lao động tỉnh Quảng Nam đã phát triển mới 3.120 đoàn viên, "
    "thành lập 42 công đoàn cơ sở và tổ chức thăm hỏi, tặng quà cho người lao động có "
    "hoàn cảnh khó khăn."
)
STAMP = [
    "Người ký: Liên đoàn Lao động tỉnh Quảng Nam",
    "Email: ldld@quangnam.gov.vn",
    "Cơ quan: Tỉnh Quảng Nam",
    "Thời gian ký: 05.07.2024 10:15:22 +07:00",
]
PARAGRAPH = (
    "Phụ lục 2. Tổng hợp kết quả thu kinh phí công đoàn năm 2023 của các liên đoàn lao động "
    "huyện, thị xã, thành phố trực thuộc, số liệu do Ban Tài chính tổng hợp và đã đối chiếu "
    "với Kho bạc Nhà nước tỉnh (đơn vị: triệu đồng)."
)
TABLE = [
    ["TT", "Đơn vị", "Số thu"],
    ["1", "LĐLĐ TP Hội An", "4.512"],
    ["2", "LĐLĐ TP Tam Kỳ", "6.230"],
    ["3", "LĐLĐ huyện Điện Bàn", "3.870"],
]
CLOSING = "Người lập biểu: Nguyễn Văn Bình."


@pytest.fixture(scope="module")
def font() -> Path:
    return require_font()


@pytest.fixture
def vietnamese_ocr() -> None:
    if not _has_vietnamese_tesseract():
        pytest.skip("tesseract with Vietnamese is not installed (apt install tesseract-ocr-vie)")
    tesseract_module.tesseract.cache_clear()


# --- a scan with a text stamp ---------------------------------------------------------------


def _scan_with_stamp(font: Path) -> bytes:
    """A scanned page, signed afterwards: the signing tool writes its stamp as text at the
    bottom right, over the scan."""
    pdf = new_pdf(font)
    pdf.add_page()
    pdf.image(io.BytesIO(_scan(font, BODY)), x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.set_font("dv", size=7)
    pdf.set_auto_page_break(False)
    for number, line in enumerate(STAMP):
        pdf.set_xy(125, 262 + 4 * number)
        pdf.cell(0, 4, line)
    return pdf_bytes(pdf)


def test_a_scan_under_an_e_signature_stamp_is_ocred(font: Path, vietnamese_ocr: None) -> None:
    raw = read_bytes(_scan_with_stamp(font), "signed_scan.pdf")
    assert raw.unread_pages == [] and raw.warnings == []
    assert "3.120 đoàn viên" in raw.text
    assert "Liên đoàn Lao động tỉnh Quảng Nam" in raw.text and "42 công đoàn cơ sở" in raw.text
    # the stamp is kept, read exactly from its text layer, once, after the body
    lines = raw.text.split("\n")
    assert lines[-len(STAMP) :] == STAMP
    assert raw.text.count("Thời gian ký") == 1
    assert raw.text.startswith("Năm 2024")


def test_without_tesseract_the_stamp_stays_and_the_page_is_named(
    font: Path, no_tesseract: None
) -> None:
    raw = read_bytes(_scan_with_stamp(font), "signed_scan.pdf")
    assert raw.unread_pages == [1] and raw.warnings[0].startswith("page 1: scanned page not read")
    assert raw.text.replace("\n", " ") == " ".join(STAMP)


def _picture_png() -> bytes:
    from PIL import Image

    png = io.BytesIO()
    Image.new("L", (300, 300), 90).save(png, format="PNG")
    return png.getvalue()


def _text_and_picture(font: Path, size_mm: float, paragraphs: int) -> bytes:
    pdf = new_pdf(font)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.image(io.BytesIO(_picture_png()), x=15, y=10, w=size_mm, h=size_mm)
    pdf.set_y(15 + size_mm)
    for _ in range(paragraphs):
        write(pdf, BODY)
    return pdf_bytes(pdf)


@pytest.mark.parametrize("size_mm", [30, 180], ids=["logo", "picture over half the page"])
def test_a_page_of_text_with_a_picture_is_not_ocred(
    font: Path, size_mm: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_ocr(*args: object) -> PageReading:
        raise AssertionError("OCR was run on a page with a text layer")

    monkeypatch.setattr("ingest.pagework.read_image", no_ocr)
    raw = read_bytes(_text_and_picture(font, size_mm, paragraphs=5), "picture.pdf")
    assert raw.text.count("3.120 đoàn viên") == 5 and raw.warnings == []


def test_a_photo_above_its_caption_keeps_the_caption_only(
    font: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A picture over most of the page with a one-line caption is OCRed as a scan would
    be; what Tesseract makes of a photo is not Vietnamese, and is dropped with a note."""
    monkeypatch.setattr("ingest.pdf.tesseract", lambda: "tesseract")
    garble = [OcrLine("|| ~= Il1 .,' ~~ | WW", 0, 0, 10, 10, False)] * 4
    monkeypatch.setattr("ingest.pagework.read_image", lambda image: PageReading(garble))
    pdf = new_pdf(font)
    pdf.add_page()
    pdf.image(io.BytesIO(_picture_png()), x=15, y=10, w=180, h=180)
    pdf.set_y(195)
    write(pdf, "Ảnh: Lễ ra mắt công đoàn cơ sở Công ty May Hội An.")
    raw = read_bytes(pdf_bytes(pdf), "photo.pdf")
    assert raw.text == "Ảnh: Lễ ra mắt công đoàn cơ sở Công ty May Hội An."
    assert raw.warnings == [
        "page 1: the picture over most of the page was OCRed to no Vietnamese text"
    ]


# --- rotated pages --------------------------------------------------------------------------


def _annex(font: Path, orientation: str) -> bytes:
    """A paragraph, a ruled table and a closing line, laid out upright."""
    pdf = new_pdf(font)
    pdf.add_page(orientation=orientation)
    write(pdf, PARAGRAPH)
    with pdf.table(col_widths=(15, 90, 40)) as table:
        for cells in TABLE:
            table.row(cells)
    write(pdf, CLOSING)
    return pdf_bytes(pdf)


def _save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _turned_in_a_viewer(font: Path, rotate: int) -> bytes:
    """An upright portrait page given /Rotate afterwards, as a viewer saves a turned page:
    it displays sideways, its text still reads along the page."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(_annex(font, "P"))
    document[0].set_rotation(rotate)
    return _save(document)


def _landscape_annex(font: Path, rotate: int) -> bytes:
    """A landscape page drawn turned on a portrait page whose /Rotate stands it upright, as
    LaTeX's pdflscape and some print drivers make annexes: it displays upright."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(_annex(font, "L"))
    width, height = source[0].get_size()
    document = pdfium.PdfDocument.new()
    page = document.new_page(height, width)
    drawn = source.page_as_xobject(0, document).as_pageobject()
    # a quarter turn counter-clockwise for /Rotate 90 (shown turned clockwise), and back
    turn = (0, 1, -1, 0, height, 0) if rotate == 90 else (0, -1, 1, 0, 0, width)
    drawn.transform(pdfium.PdfMatrix(*turn))
    page.insert_obj(drawn)
    page.gen_content()
    page.set_rotation(rotate)
    return _save(document)


@pytest.mark.parametrize("rotate", [90, 270])
@pytest.mark.parametrize("make", [_turned_in_a_viewer, _landscape_annex], ids=["viewer", "annex"])
def test_a_rotated_page_reads_in_order_with_its_table_once(font: Path, make, rotate: int) -> None:
    raw = read_bytes(make(font, rotate), "rotated.pdf")
    assert raw.text.split("\n") == [
        PARAGRAPH,
        *(" | ".join(cells) for cells in TABLE),
        CLOSING,
    ]
    [table] = raw.tables
    assert [table.header, *table.rows] == TABLE


def test_a_rotated_page_between_upright_ones_keeps_its_place(font: Path) -> None:
    import pypdfium2 as pdfium

    pdf = new_pdf(font)
    for number in (1, 2, 3):
        pdf.add_page()
        write(pdf, f"Trang {number}. {PARAGRAPH}")
    upright = read_bytes(pdf_bytes(pdf), "three.pdf")
    document = pdfium.PdfDocument(pdf_bytes(pdf))
    document[1].set_rotation(90)
    raw = read_bytes(_save(document), "three.pdf")
    # the turned page reads as it does upright, in its place
    assert raw.text == upright.text and raw.pages == upright.pages
    assert raw.page_at(raw.text.index("Trang 2.")) == 2


# --- a page scanned sideways ----------------------------------------------------------------


def _has_osd() -> bool:
    program = shutil.which("tesseract")
    langs = subprocess.run([program or "true", "--list-langs"], capture_output=True, text=True)
    return "osd" in langs.stdout.split()


def test_a_page_scanned_sideways_is_turned_before_ocr(font: Path, vietnamese_ocr: None) -> None:
    if not _has_osd():
        pytest.skip("tesseract has no orientation model (osd)")
    from PIL import Image

    upright = Image.open(io.BytesIO(_scan(font, BODY)))
    sideways = io.BytesIO()
    upright.rotate(90, expand=True).save(sideways, format="PNG")
    pdf = new_pdf(font)
    pdf.add_page(orientation="L")  # the scanner's page, as wide as the turned sheet
    pdf.image(sideways, x=0, y=0, w=pdf.w, h=pdf.h)
    raw = read_bytes(pdf_bytes(pdf), "sideways.pdf")
    assert "3.120 đoàn viên" in raw.text and "Liên đoàn Lao động tỉnh Quảng Nam" in raw.text


def test_a_page_too_large_for_300_dpi_is_read_at_the_resolution_it_was_rendered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An A0 plan at 300 dpi would pass MAX_OCR_PIXELS: it is rendered smaller, and
    Tesseract and the table finder are told the resolution it has (they measure letters
    and rules in it), not 300."""
    import numpy as np
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument.new()
    page = document.new_page(2384, 3370)  # A0 in points
    image = ocr_module.page_image(page)
    pixels = ocr_module.image_pixels(image.data)
    assert 190 < image.dpi < 210
    assert abs(pixels.shape[1] - 2384 / 72 * image.dpi) <= 1
    assert pixels.size <= ocr_module.MAX_OCR_PIXELS

    told: list[float] = []

    def run(image: bytes | None, *options: str, dpi: float, **rest: object) -> str:
        told.append(dpi)
        return ""

    monkeypatch.setattr(ocr_module, "run", run)
    blank = ocr_module.PageImage(ocr_module.pgm(np.full((200, 150), 255, np.uint8)), 150.0)
    ocr_module.read_image(blank)
    assert told == [150.0]
