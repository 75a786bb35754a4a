"""Image files and phone photos of pages: a page laid out here, photographed on a desk by
bench/photograph.py (at an angle, turned, lit unevenly, JPEG), found, straightened and read
by OCR; a phone's sideways pixels turned by their EXIF tag; a scanner's multi-page TIFF;
and what is no page (a scan filling its frame, a blank image) left as it is."""

from __future__ import annotations

import io
import sys
from functools import cache

import numpy as np
import pytest
from PIL import Image

from ingest import UnreadableFile, read_bytes
from ingest.images import _grey, _resolution
from ingest.photo import find_page, prepare
from tests.conftest import ROOT
from tests.test_ocr import KNOWN_TEXT, _has_vietnamese_tesseract, character_error_rate
from tests.test_pdf import new_pdf, pdf_bytes, require_font, write

sys.path.insert(0, str(ROOT / "bench"))
from photograph import jpeg, photograph  # noqa: E402

needs_ocr = pytest.mark.skipif(
    not _has_vietnamese_tesseract(),
    reason="tesseract with Vietnamese is not installed (apt install tesseract-ocr-vie)",
)
TABLE = [
    ("TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"),
    ("1", "Kết nạp đoàn viên mới", "6.500", "7.126"),
    ("2", "Thành lập công đoàn cơ sở", "30", "34"),
]


@cache
def page() -> np.ndarray:
    """An A4 page at 300 dpi in grey: KNOWN_TEXT over a ruled table."""
    import pypdfium2 as pdfium

    pdf = new_pdf(require_font(), size=13)
    pdf.add_page()
    write(pdf, KNOWN_TEXT, height=7)
    pdf.ln(6)
    widths = (15, 85, 40, 40)
    for row in TABLE:
        for text, width in zip(row, widths, strict=True):
            pdf.cell(width, 10, text, border=1, align="C" if text == row[0] else "L")
        pdf.ln(10)
    rendered = pdfium.PdfDocument(pdf_bytes(pdf))[0].render(scale=300 / 72, grayscale=True)
    return np.asarray(rendered.to_pil().convert("L"))


@cache
def photo(seed: int) -> bytes:
    return jpeg(photograph(page(), np.random.default_rng(seed)))


def test_a_scan_filling_its_frame_and_a_blank_image_are_no_photos() -> None:
    assert find_page(page()) is None
    assert find_page(np.full((800, 600), 250, np.uint8)) is None
    pixels, dpi, straightened = prepare(page(), 300.0)
    assert not straightened and dpi == 300.0 and pixels is page()


def test_a_photographed_page_is_found_and_straightened_to_a4() -> None:
    grey = np.asarray(Image.open(io.BytesIO(photo(1))).convert("L"))
    found = find_page(grey)
    assert found is not None
    pixels, dpi, straightened = prepare(grey, 72.0)
    assert straightened and dpi == 300.0 and pixels.shape == (3508, 2480)
    # the light evened out: the paper as bright in the shadowed half as in the lit one
    paper = pixels[200:-200, 200:-200]
    left, right = np.percentile(paper[:, :1000], 90), np.percentile(paper[:, -1000:], 90)
    assert abs(float(left) - float(right)) < 12


@needs_ocr
@pytest.mark.parametrize("seed", [1, 2])
def test_a_phone_photo_of_a_page_reads_as_a_scan(seed: int) -> None:
    raw = read_bytes(photo(seed), "trang1.jpg")
    assert raw.format == "jpg" and raw.warnings == [] and len(raw.pages) == 1
    accuracy = 1 - character_error_rate(KNOWN_TEXT, raw.text.split("\nTT |")[0])
    assert accuracy >= 0.97, (accuracy, raw.text)
    assert [table.rows for table in raw.tables] == [[list(row) for row in TABLE[1:]]]
    # the same photo in a PDF, as a phone shares it, reads the same
    as_pdf = io.BytesIO()
    Image.open(io.BytesIO(photo(seed))).save(as_pdf, "PDF", resolution=300)
    assert read_bytes(as_pdf.getvalue(), "trang1.pdf").text == raw.text


@needs_ocr
def test_a_photo_stored_sideways_is_turned_by_its_exif_tag() -> None:
    """A phone held upright stores the sensor's landscape pixels and Orientation 6."""
    upright = Image.open(io.BytesIO(photo(1)))
    sideways = upright.transpose(Image.Transpose.ROTATE_90)  # as the sensor saw it
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: turn 90° clockwise to view
    out = io.BytesIO()
    sideways.save(out, "JPEG", quality=90, exif=exif.tobytes())
    raw = read_bytes(out.getvalue(), "IMG_2041.JPG")
    assert "Liên đoàn Lao động tỉnh Nghệ An" in raw.text
    assert "12.450 đoàn viên" in raw.text


@needs_ocr
def test_a_multipage_tiff_from_a_scanner_is_a_document_of_pages() -> None:
    first = Image.fromarray(page()).point(lambda v: 255 if v > 160 else 0).convert("1")
    second = Image.fromarray(np.full((3508, 2480), 255, np.uint8)).convert("1")
    out = io.BytesIO()
    first.save(
        out, "TIFF", compression="group4", dpi=(300, 300), save_all=True, append_images=[second]
    )
    raw = read_bytes(out.getvalue(), "scan.tif")
    assert [page.number for page in raw.pages] == [1, 2]
    assert "Liên đoàn Lao động tỉnh Nghệ An" in raw.text[raw.pages[0].start : raw.pages[0].end]
    assert raw.tables[0].page == 1


@needs_ocr
def test_pages_pasted_into_word_as_pictures_are_read_page_by_page(tmp_path) -> None:
    """A Word file holding no text, only a photo of each page (and a logo, no page)."""
    import docx
    from docx.shared import Cm

    logo = io.BytesIO()
    Image.new("L", (120, 120), 40).save(logo, "PNG")
    document = docx.Document()
    document.add_picture(logo, width=Cm(2))
    for seed in (1, 2):
        document.add_picture(io.BytesIO(photo(seed)), width=Cm(15))
    path = tmp_path / "scan.docx"
    document.save(path)
    raw = read_bytes(path.read_bytes(), "scan.docx")
    assert [page.number for page in raw.pages] == [1, 2] and raw.paginated
    # (the pages' common first line is taken for a running header on the second)
    for page in raw.pages:
        assert "1.320 đoàn viên ưu tú" in raw.text[page.start : page.end]
    assert len(raw.tables) == 2


def test_resolution_is_a_scanner_s_or_guessed_from_the_page() -> None:
    def image(size: tuple[int, int], dpi: tuple[float, float] | None = None) -> Image.Image:
        made = Image.new("L", size, 255)
        if dpi:
            made.info["dpi"] = dpi
        return made

    assert _resolution(image((1654, 2339), (200, 200))) == 200
    # a phone's 72 and a screen's 96 say nothing: an A4-shaped page is taken to be A4
    assert round(_resolution(image((1240, 1754), (72, 72)))) == 150
    assert round(_resolution(image((2480, 3508), (96, 96)))) == 300
    assert _resolution(image((1200, 500))) == 300  # a cut-out table: 300 dpi


def test_transparency_is_laid_on_white_and_16_bit_scans_brought_to_8() -> None:
    clear = Image.new("RGBA", (4, 4), (0, 0, 0, 0))
    assert _grey(clear).min() == 255
    deep = Image.fromarray(np.array([[0, 32768], [65535, 65535]], np.uint16))
    assert _grey(deep).tolist() == [[0, 127], [255, 255]]


def test_what_is_no_readable_image_says_so() -> None:
    with pytest.raises(UnreadableFile, match="it is plain text: wrong extension"):
        read_bytes("Báo cáo năm 2025".encode(), "anh.jpg")
    with pytest.raises(UnreadableFile, match="not a readable image"):
        read_bytes(photo(1)[:5000], "cut.jpg")
    with pytest.raises(UnreadableFile, match="it is an image"):
        read_bytes(photo(1), "report.pdf")
    with pytest.raises(UnreadableFile, match="HEIC.*JPEG"):
        read_bytes(b"\x00\x00\x00\x18ftypheic", "IMG_0001.HEIC")


def test_without_ocr_an_image_is_unreadable_and_says_why(
    monkeypatch: pytest.MonkeyPatch, no_tesseract: None
) -> None:
    with pytest.raises(UnreadableFile, match="an image is read by OCR, and tesseract is not"):
        read_bytes(photo(1), "trang1.jpg")
