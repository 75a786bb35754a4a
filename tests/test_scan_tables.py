"""Ruled tables on scanned pages: found from their rules in the image, their merged cells
told from a missing rule, a tilted scan turned straight, and read cell by cell by OCR."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ingest.ocr import tsv_lines
from ingest.scantables import blank_tables, find_tables
from tests.test_ocr import _has_vietnamese_tesseract

ROOT = Path(__file__).resolve().parents[1]
WIDTH, HEIGHT = 2480, 1400  # the top of an A4 page at 300 dpi
ROWS = [300, 420, 520, 620]  # three rows
COLS = [250, 400, 1300, 1700, 2100]  # four columns


def _page(
    merge_header: bool = False, outer: bool = True, ink: int = 20, paper: int = 240
) -> np.ndarray:
    """A white page with a ruled table drawn in 3-pixel rules; with `merge_header` the
    header's last two columns are one cell ("Kết quả" over two), and without `outer` the
    table has no rule at its left and right sides."""
    page = np.full((HEIGHT, WIDTH), paper, np.uint8)
    for y in ROWS:
        page[y : y + 3, COLS[0] : COLS[-1] + 3] = ink
    for index, x in enumerate(COLS):
        if not outer and index in (0, len(COLS) - 1):
            continue
        top = ROWS[1] if merge_header and index == 3 else ROWS[0]
        page[top : ROWS[-1] + 3, x : x + 3] = ink
    # a block of "text" in each body cell: ink that is no rule
    for r in range(1, len(ROWS) - 1):
        for c in range(len(COLS) - 1):
            y, x = ROWS[r] + 35, COLS[c] + 30
            page[y : y + 30, x : x + 40 : 4] = ink
    # the two short rules of a document's head, which are no table
    page[100:103, 300:650] = ink
    page[100:103, 1500:1850] = ink
    return page


def test_a_ruled_table_is_found_with_its_rows_and_columns() -> None:
    [table] = find_tables(_page())
    assert (table.n_rows, table.n_cols) == (3, 4)
    assert {(cell.row, cell.col) for cell in table.cells} == {
        (r, c) for r in range(3) for c in range(4)
    }
    # the box is the rules' own (a heading just above keeps its marks)
    assert table.top <= ROWS[0] and table.top >= ROWS[0] - 10
    assert table.left <= COLS[0] and table.right >= COLS[-1] + 3
    assert [round(x) for x in table.columns] == [c - COLS[0] for c in COLS]


def test_a_header_cell_without_a_rule_below_its_columns_is_merged() -> None:
    [table] = find_tables(_page(merge_header=True))
    merged = [cell for cell in table.cells if cell.cols > 1]
    assert [(cell.row, cell.col, cell.rows, cell.cols) for cell in merged] == [(0, 2, 1, 2)]
    assert len(table.cells) == 11


def test_a_tilted_scan_reads_the_same_table() -> None:
    from scipy import ndimage

    tilted = ndimage.rotate(_page(), 0.6, reshape=False, order=1, cval=240.0)
    [table] = find_tables(tilted.astype(np.uint8))
    assert (table.n_rows, table.n_cols) == (3, 4)


def test_a_table_without_outer_rules_keeps_its_side_columns() -> None:
    [table] = find_tables(_page(outer=False))
    assert (table.n_rows, table.n_cols) == (3, 4)


def test_a_page_without_a_table_has_none() -> None:
    page = _page()
    page[ROWS[0] - 5 : ROWS[-1] + 10, :] = 240  # the table gone, the head's rules left
    assert find_tables(page) == []


def test_empty_cells_have_no_image_and_blanking_paints_the_table_out() -> None:
    page = _page()
    [table] = find_tables(page)
    header = [cell for cell in table.cells if cell.row == 0]
    assert all(cell.image is None for cell in header)  # nothing written in the header here
    assert all(cell.image is not None for cell in table.cells if cell.row > 0)
    blank = blank_tables(page, [table])
    assert (blank[table.top : table.bottom, table.left : table.right] == 255).all()
    assert (blank[100:103, 300:650] == 20).all()  # the head's rule is not the table's


def test_tsv_lines_keep_boxes_and_paragraph_ends() -> None:
    tsv = "\n".join(
        [
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "5\t1\t1\t1\t1\t1\t100\t200\t80\t30\t96\tKết",
            "5\t1\t1\t1\t1\t2\t190\t202\t60\t28\t95\tnạp",
            "5\t1\t1\t1\t2\t1\t100\t250\t90\t30\t95\tđoàn",
            "4\t1\t1\t2\t1\t0\t100\t300\t90\t30\t-1\t",
            "5\t1\t1\t2\t1\t1\t100\t300\t90\t30\t91\t  ",
            "5\t1\t2\t1\t1\t1\t100\t400\t50\t30\t93\tviên",
        ]
    )
    lines = tsv_lines(tsv)
    assert [(line.text, line.ends_paragraph) for line in lines] == [
        ("Kết nạp", False),
        ("đoàn", True),
        ("viên", True),
    ]
    assert (lines[0].left, lines[0].top, lines[0].right, lines[0].bottom) == (100, 200, 250, 230)


@pytest.mark.skipif(not _has_vietnamese_tesseract(), reason="needs tesseract with vie")
def test_a_scanned_reports_table_is_read_cell_by_cell() -> None:
    """heldout8's scan: a photocopy's tilt and specks; Tesseract alone had read the table
    as lines with stray bars, two rows to a line, "3" lost and "133,3" as "1133"."""
    from ingest import read_file

    document = read_file(ROOT / "bench" / "gold" / "heldout8" / "scan.pdf")
    [table] = document.tables
    assert table.page == 2
    assert table.header == ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]
    assert table.rows == [
        ["1", "Kết nạp đoàn viên mới (đoàn viên)", "400", "426", "106,5"],
        ["2", "Thành lập CĐCS mới (CĐCS)", "3", "4", "133,3"],
        ["3", "Giới thiệu đoàn viên ưu tú cho Đảng (đoàn viên)", "70", "74", "105,7"],
        ["4", "Tập huấn cán bộ công đoàn (lượt người)", "650", "685", "105,4"],
        ["5", "Thu tài chính công đoàn (triệu đồng)", "11.430", "11.800", "103,2"],
    ]
    text = document.text
    # its rows stand between the heading above the table and the one below it
    heading, row, after = (
        text.index("5. Một số chỉ tiêu chủ yếu năm 2025"),
        text.index("2 | Thành lập CĐCS mới (CĐCS) | 3 | 4 | 133,3"),
        text.index("6. Hạn chế"),
    )
    assert heading < row < after


def test_a_faded_rule_still_separates_its_cells() -> None:
    """A photocopy fades a stretch of rule below the ink's threshold: the cells beside it
    stay two, where a merged cell has no line at all."""
    page = _page()
    x = COLS[2]
    page[ROWS[1] + 3 : ROWS[2], x : x + 3] = 170  # grey, lighter than the ink's threshold
    [table] = find_tables(page)
    assert not [cell for cell in table.cells if cell.cols > 1 or cell.rows > 1]


def test_a_grey_band_down_the_page_is_no_table() -> None:
    """A copier's grey band (ink by the page's threshold, long both ways) is no rule."""
    page = _page()
    page[ROWS[0] - 5 : ROWS[-1] + 10, :] = 240  # no table
    page[:, 1000:1400] = np.minimum(page[:, 1000:1400], 120)
    assert find_tables(page) == []
    with_table = _page()
    with_table[:, 2200:2400] = np.minimum(with_table[:, 2200:2400], 120)
    [table] = find_tables(with_table)
    assert (table.n_rows, table.n_cols) == (3, 4)


def _stroke_image(strokes: list[tuple[int, int, int, int]], size=(80, 160)) -> np.ndarray:
    image = np.full(size, 255, np.uint8)
    for top, bottom, left, right in strokes:
        image[top:bottom, left:right] = 0
    return image


def test_a_lone_flat_stroke_is_a_dash_and_a_bar_under_a_sign_makes_it_greater_or_equal() -> None:
    from ingest.scantables import bar_under_first_sign, is_dash

    assert is_dash(_stroke_image([(38, 42, 60, 80)]))
    assert not is_dash(_stroke_image([(20, 60, 60, 66)]))  # a "1"
    # a chevron (drawn as a block) with a bar under it, then two digits after a space
    sign = [(20, 44, 20, 40), (48, 51, 20, 41)]
    digits = [(20, 50, 60, 75), (20, 50, 80, 95)]
    assert bar_under_first_sign(_stroke_image(sign + digits)) == (True, True)
    assert bar_under_first_sign(_stroke_image(sign[:1] + digits)) == (False, False)


def test_columns_choose_numbers_and_number_their_rows() -> None:
    from ingest.scancells import choose

    # the first row's 1 read as "|", a 4 as ")", the last 7 as nothing alone and as "7"
    # beside its row's print; a column of counts where "%" was read for 96 alone; words
    numbering = [("STT",), ("|",), ("2",), ("3",), (")",), ("5",), ("6",), ("", "7")]
    counts = [("Số CĐCS",), ("186",), ("412",), ("%", "96"), ("64",), ("S8",), ("41",), ("35",)]
    words = [("Đơn vị",), ("", "B"), ("Y tế",), ("Xây dựng",), ("A",), ("Giáo dục",), (), ("Cộng",)]
    assert choose([numbering, counts, words]) == [
        ["STT", "1", "2", "3", "4", "5", "6", "7"],
        ["Số CĐCS", "186", "412", "96", "64", "58", "41", "35"],
        ["Đơn vị", "B", "Y tế", "Xây dựng", "A", "Giáo dục", "", "Cộng"],
    ]


@pytest.mark.skipif(not _has_vietnamese_tesseract(), reason="needs tesseract with vie")
@pytest.mark.parametrize(
    ("doc", "read_as_printed", "rows"),
    [
        ("bench/gold/heldout11/scan.pdf", 27, 27),  # faded rules, a merged header, ≥, "-"
        ("bench/gold/heldout12/plan.pdf", 10, 10),  # section rows across, a dark photocopy
        ("bench/gold/heldout12/annex.pdf", 12, 13),  # landscape; "840" reads as "540"
        ("bench/gold/heldout13/report.pdf", 6, 8),  # bitonal, a shaded header; "75" as "5"
        ("bench/gold/heldout13/annex.pdf", 11, 11),  # landscape, scanned sideways
        ("bench/gold/heldout14/scan.pdf", 7, 7),  # turned 1.1°; "Mầm non" merged down
        # tables printed without rules (scan_unruled.py): none read as printed before it
        ("bench/gold/heldout20/scan.pdf", 15, 22),  # no rules; rows ruled, no columns
        ("bench/gold/heldout21/report.pdf", 6, 8),  # a fax; a rule under the header only
        ("bench/gold/heldout21/annex.pdf", 10, 11),  # 10 columns 5-8 mm apart
    ],
)
def test_scanned_tables_rows_read_as_printed(doc: str, read_as_printed: int, rows: int) -> None:
    """The table rows of the scanned gold sets (labelled from the printed page, `table_row`)
    that OCR reads exactly as printed: a regression guard, the counts as measured."""
    import json
    import re

    from ingest import read_file

    def fold(text: str) -> str:
        return re.sub(r"\s+", " ", text).strip()

    gold = ROOT / Path(doc).parent / "figures.jsonl"
    printed = {
        record["sentence"]
        for record in map(json.loads, gold.read_text("utf-8").splitlines())
        if record.get("table_row") and record["doc"] == doc
    }
    lines = {fold(line) for line in read_file(ROOT / doc).text.split("\n")}
    assert len(printed) == rows
    assert sum(fold(row) in lines for row in printed) >= read_as_printed
