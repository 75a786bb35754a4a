"""Tables printed without ruling lines on scanned pages (ingest/scan_unruled.py): found from
the words Tesseract reads, then read cell by cell from the image; and the pieces of
unruled.py that a scan's reading needs (a heading over the header, a line half over a row,
a name going on in small letters, a letterhead that is no table)."""

from __future__ import annotations

import io

import numpy as np
import pytest

from tests.test_ocr import _has_vietnamese_tesseract
from tests.test_pdf import require_font
from tests.test_pdf_unruled import HEADER, ROWS, _results_pdf, words_at

needs_ocr = pytest.mark.skipif(
    not _has_vietnamese_tesseract(), reason="needs tesseract with its Vietnamese model"
)


def _as_scan(pdf: bytes) -> bytes:
    """The PDF's first page as a 300-dpi grey page image, a PDF with no text layer."""
    import pypdfium2 as pdfium

    image = pdfium.PdfDocument(pdf)[0].render(scale=300 / 72, grayscale=True).to_pil()
    out = io.BytesIO()
    image.save(out, "PDF", resolution=300)
    return out.getvalue()


@needs_ocr
@pytest.mark.parametrize(
    ("layout", "v_align"),
    [("HORIZONTAL_LINES", "TOP"), ("SINGLE_TOP_LINE", "MIDDLE")],
)
def test_a_scanned_table_without_column_rules_is_read_cell_by_cell(
    layout: str, v_align: str
) -> None:
    """Rules between the rows and none down the columns (no net of rules: no ruled
    table), or a rule under the header only with names wrapped round their numbers: read
    as lines, the rows ran into one paragraph; now every cell as printed."""
    from ingest import read_bytes

    scan = _as_scan(_results_pdf(require_font(), layout, v_align=v_align))
    raw = read_bytes(scan, "bao_cao.pdf")

    [table] = raw.tables
    assert table.header == HEADER
    assert table.rows == [list(cells) for cells in ROWS]
    # the prose around it is still read, and the table's rows are no part of it
    assert "Năm 2026, phấn đấu kết nạp 7.000 đoàn viên" in raw.text
    assert "1 | Kết nạp đoàn viên mới trong các doanh nghiệp ngoài nhà nước | Người" in raw.text


@needs_ocr
def test_row_numbers_tesseract_drops_are_read_in_their_own_column() -> None:
    """No rules at all: Tesseract reads no word for the lone "1" … "4" beside the names, so
    the words make no "TT" column; the ink left of the names under "TT" makes it again.
    (The last row stays text: its "82,5" reads "82„Đ", no figure, and its "5" as "3".)"""
    from ingest import read_bytes

    raw = read_bytes(_as_scan(_results_pdf(require_font(), "NONE")), "bao_cao.pdf")

    [table] = raw.tables
    assert table.header == HEADER
    assert table.rows == [list(cells) for cells in ROWS[:4]]


@needs_ocr
def test_a_scanned_tables_figures_are_its_rows() -> None:
    from ingest import read_bytes
    from nlp.analyze import analyze

    scan = _as_scan(_results_pdf(require_font(), "HORIZONTAL_LINES"))
    figures = analyze(read_bytes(scan, "bao_cao.pdf")).figures
    done = next(f for f in figures if f.text == "7.120")
    assert (done.kind, done.indicator, done.value) == ("achievement", "new_members", 7120)
    plan = next(f for f in figures if f.text == "6.500")
    assert plan.kind == "target"
    # the row numbers and the header's years are no figures
    assert not {f.text for f in figures} & {"1", "2", "2025"}


def test_a_heading_over_the_header_is_no_part_of_the_table() -> None:
    """Bold tells a born-digital header from the heading over it; a scan has no bold:
    "5. Kết quả …" with the header's lines under it is the heading, "I. …" just above the
    first row a section row."""
    from ingest.unruled import find_tables

    lines = [
        [(88, "5. Kết quả thực hiện các chỉ tiêu năm 2025")],
        [(88, "TT"), (130, "Chỉ tiêu"), (360, "Kế hoạch"), (440, "Thực hiện")],
        [(88, "I. CHỈ TIÊU VỀ TỔ CHỨC")],
        [(88, "1"), (130, "Kết nạp đoàn viên mới"), (380, "6.500"), (455, "7.126")],
        [(88, "2"), (130, "Thành lập công đoàn cơ sở"), (392, "30"), (467, "34")],
    ]
    words = [w for i, cells in enumerate(lines) for w in words_at(100 + 18 * i, cells)]
    [table] = find_tables(words)
    assert table.n_header == 1
    assert table.grid.text == [
        ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
        ["I.", "CHỈ TIÊU VỀ TỔ CHỨC", "", ""],
        ["1", "Kết nạp đoàn viên mới", "6.500", "7.126"],
        ["2", "Thành lập công đoàn cơ sở", "30", "34"],
    ]
    # where each cell's words stand, for cutting it from a scan
    assert table.boxes[2][2] == (380, 154, 380 + 6.5 * 5, 167)
    assert len(table.spans) == 4 and table.spans[0][1] < 130 <= table.spans[1][0]


def test_a_names_lines_round_numbers_read_on_its_first_line() -> None:
    """Names set in the middle of their rows (one going on in small letters beside its
    numbers), which a scan's reading puts on one of the name's lines, not between them:
    "(đoàn" with the numbers, "viên)" under it in small letters is that row's; a line half
    over the next row's line ("Công đoàn ngành Nông nghiệp và" over "3 | Môi trường | 71")
    is that row's."""
    from ingest.unruled import find_tables

    lines = [
        (100, [(88, "TT"), (130, "Nội dung"), (380, "Kế hoạch"), (455, "Thực hiện")]),
        (124, [(88, "1"), (130, "Kết nạp đoàn viên (đoàn"), (380, "15.000"), (455, "9.865")]),
        (139, [(130, "viên)")]),
        (162, [(130, "Thành lập mới công")]),
        (174, [(88, "2"), (130, "đoàn cơ sở (CĐCS)"), (392, "80"), (467, "42")]),
        (190, [(130, "Công đoàn ngành Nông nghiệp và")]),
        (199, [(88, "3"), (130, "Môi trường"), (392, "71"), (467, "65")]),
    ]
    words = [w for top, cells in lines for w in words_at(top, cells)]
    [table] = find_tables(words)
    assert table.grid.text[1:] == [
        ["1", "Kết nạp đoàn viên (đoàn viên)", "15.000", "9.865"],
        ["2", "Thành lập mới công đoàn cơ sở (CĐCS)", "80", "42"],
        ["3", "Công đoàn ngành Nông nghiệp và Môi trường", "71", "65"],
    ]


def test_a_letterhead_read_in_pieces_is_no_table() -> None:
    """A scanned letterhead whose dateline Tesseract cuts into pieces ("Đà Nẵng, | 14 |
    tháng 01 năm 202" over "Số: 07/KH-LĐLĐ | nay | 6256") has numbers in two lines, but in
    no one column: a table's rows share their columns of figures."""
    from ingest.unruled import find_tables

    lines = [
        [(60, "TỔNG LĐLĐ VIỆT NAM"), (300, "CỘNG HÒA XÃ HỘI"), (520, "Hạnh phúc")],
        [(220, "Đà Nẵng,"), (330, "14"), (420, "tháng 01 năm 202")],
        [(60, "Số: 07/KH-LĐLĐ"), (280, "nay"), (460, "6256")],
    ]
    words = [w for i, cells in enumerate(lines) for w in words_at(100 + 16 * i, cells)]
    assert find_tables(words) == []


def test_long_rules_are_erased_and_print_is_kept() -> None:
    """The rules between rows, a little turned as a scan's are, are painted out before the
    cells are cut; a letter's strokes stay."""
    from ingest.scantables import erase_rules

    page = np.full((400, 1600), 235, np.uint8)
    for x in range(100, 1500):  # a rule falling 6 pixels over 140 mm (0.25°)
        y = 200 + (x - 100) * 6 // 1400
        page[y : y + 3, x] = 30
    page[100:140, 300:330] = 30  # a stroke of print
    erased = erase_rules(page, 300)
    assert (erased[190:215, 102:1498] > 200).all()  # its last pixels may stay
    assert (erased[100:140, 300:330] == 30).all()


def test_a_scans_eth_is_d_with_stroke_and_run_together_numbers_are_no_value() -> None:
    from ingest.text import normalize
    from nlp.table_rows import _plain_value

    # Tesseract (and Windows-1258 keyboards) give the Icelandic "Ð" for "Đ"
    assert normalize("Số CÐCS của Ðảng") == "Số CĐCS của Đảng"
    # two cells a misread ran together: no value, and no crash
    assert _plain_value("4.2059.390", english=False) is None
    assert _plain_value("4.205", english=False) == ("exact", 4205.0, False)
