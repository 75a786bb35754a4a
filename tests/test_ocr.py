"""Scanned pages: OCR by Tesseract (vie) when it is installed, a warning and an unread page
when it is not. The scans are rendered here from known text, so accuracy is measured."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata

import pytest

from ingest import UnreadableFile, read_bytes
from ingest import tesseract as tesseract_module
from tests.test_pdf import new_pdf, pdf_bytes, require_font, write

KNOWN_TEXT = (
    "Năm 2024, Liên đoàn Lao động tỉnh Nghệ An đã phát triển mới 12.450 đoàn viên, "
    "thành lập 86 công đoàn cơ sở và giới thiệu 1.320 đoàn viên ưu tú cho Đảng xem xét "
    "kết nạp. Các cấp công đoàn đã tổ chức thăm hỏi, tặng quà cho người lao động có hoàn "
    "cảnh khó khăn với tổng số tiền hơn 24,8 tỷ đồng; phấn đấu đến năm 2025 có ít nhất "
    "90% doanh nghiệp có tổ chức công đoàn thương lượng, ký kết thỏa ước lao động tập thể."
)


def _has_vietnamese_tesseract() -> bool:
    program = shutil.which("tesseract")
    if program is None:
        return False
    langs = subprocess.run([program, "--list-langs"], capture_output=True, text=True).stdout
    return "vie" in langs.split()


def _scan(font, text: str) -> bytes:
    """`text` laid out by fpdf2 and rendered at 200 dpi by pypdfium2, as a PNG."""
    import pypdfium2 as pdfium

    source = new_pdf(font, size=12)
    source.add_page()
    write(source, text, height=7)
    page = pdfium.PdfDocument(pdf_bytes(source))[0]
    image = page.render(scale=200 / 72, grayscale=True).to_pil()
    png = io.BytesIO()
    image.save(png, format="PNG")
    return png.getvalue()


def scanned_pdf(font, text: str, with_text_page: bool = False) -> bytes:
    """A PDF whose (last) page is only an image of `text`, placed as a picture on a page."""
    scan = new_pdf(font)
    if with_text_page:
        scan.add_page()
        write(scan, "Trang một có lớp chữ: Công đoàn cơ sở đạt 100% chỉ tiêu.")
    return scanned_pages(font, [text], scan)


def scanned_pages(font, texts: list[str], scan=None) -> bytes:
    """A PDF of one scanned page per text (after the pages `scan` already has)."""
    scan = scan or new_pdf(font)
    for text in texts:
        scan.add_page()
        scan.image(io.BytesIO(_scan(font, text)), x=0, y=0, w=scan.w, h=scan.h)
    return pdf_bytes(scan)


def character_error_rate(reference: str, hypothesis: str) -> float:
    """Levenshtein distance over characters, per character of the reference."""
    ref, hyp = " ".join(reference.split()), " ".join(hypothesis.split())
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, start=1):
        current = [i]
        for j, h in enumerate(hyp, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h)))
        previous = current
    return previous[-1] / max(len(ref), 1)


@pytest.fixture(scope="module")
def font():
    return require_font()


def test_scanned_page_is_read_by_tesseract(font) -> None:
    if not _has_vietnamese_tesseract():
        pytest.skip("tesseract with Vietnamese is not installed (apt install tesseract-ocr-vie)")
    tesseract_module.tesseract.cache_clear()
    raw = read_bytes(scanned_pdf(font, KNOWN_TEXT), "scan.pdf")
    assert raw.paginated and raw.unread_pages == [] and raw.warnings == []
    assert unicodedata.is_normalized("NFC", raw.text)
    accuracy = 1 - character_error_rate(KNOWN_TEXT, raw.text)
    assert accuracy >= 0.95, (accuracy, raw.text)
    assert "Liên đoàn Lao động tỉnh Nghệ An" in raw.text


@pytest.mark.parametrize("workers", ["1", "2"])
def test_scanned_pages_are_read_side_by_side_and_kept_in_order(
    font, workers: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not _has_vietnamese_tesseract():
        pytest.skip("tesseract with Vietnamese is not installed (apt install tesseract-ocr-vie)")
    monkeypatch.setenv("BAOCAO_OCR_WORKERS", workers)
    tesseract_module.tesseract.cache_clear()
    places = ["Nghệ An", "Hà Tĩnh", "Quảng Bình", "Thanh Hóa", "Bắc Giang"]
    texts = [f"Trang {n}: Liên đoàn Lao động tỉnh {p}." for n, p in enumerate(places, 1)]
    raw = read_bytes(scanned_pages(font, texts), "scans.pdf")
    assert raw.unread_pages == [] and [page.number for page in raw.pages] == [1, 2, 3, 4, 5]
    for page, place in zip(raw.pages, places, strict=True):
        assert place in raw.text[page.start : page.end]


def test_without_tesseract_a_scanned_page_is_named_and_left_unread(font, no_tesseract) -> None:
    raw = read_bytes(scanned_pdf(font, KNOWN_TEXT, with_text_page=True), "mixed.pdf")
    assert raw.unread_pages == [2]
    assert raw.warnings == [
        "page 2: scanned page not read: tesseract is not installed "
        "(apt install tesseract-ocr tesseract-ocr-vie)"
    ]
    assert raw.text.startswith("Trang một có lớp chữ") and len(raw.pages) == 2


def test_a_scan_alone_without_tesseract_is_unreadable(font, no_tesseract) -> None:
    with pytest.raises(UnreadableFile, match=r"no text found \(1 pages not read; page 1: "):
        read_bytes(scanned_pdf(font, "Báo cáo tổng kết."), "scan.pdf")


def test_pages_left_unread_are_read_once_ocr_is_there(
    font, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a scan ingested while Tesseract was missing kept its hole until --reanalyze; ingested
    # again once it is installed, it is read again (and only then)
    if not _has_vietnamese_tesseract():
        pytest.skip("tesseract with Vietnamese is not installed (apt install tesseract-ocr-vie)")
    import json

    from typer.testing import CliRunner

    from service.cli import app

    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf(font, KNOWN_TEXT, with_text_page=True))
    home = str(tmp_path / "home")
    runner = CliRunner()

    def ingest() -> dict:
        result = runner.invoke(app, ["ingest", str(path), "--home", home, "--json"])
        assert result.exit_code == 0, result.output
        tesseract_module.tesseract.cache_clear()
        return json.loads(result.stdout)["files"][0]

    monkeypatch.setenv("BAOCAO_OCR", "0")
    tesseract_module.tesseract.cache_clear()
    first = ingest()
    assert first["status"] == "added" and first["warnings"]
    assert ingest()["status"] == "unchanged"  # OCR still off: nothing to gain
    monkeypatch.delenv("BAOCAO_OCR")
    again = ingest()
    assert again["status"] == "reanalysed" and again["figures"] > first["figures"]
    assert ingest()["status"] == "unchanged"
