"""Tables printed without ruling lines, as Word exports a table with "No Border" or only a
rule under its header: read as rows under their header, not run into one paragraph.

The PDFs are laid out here with fpdf2's tables (borders off), and read back by the real
pipeline; the figures come from the real tagger.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import read_bytes
from tests.test_pdf import new_pdf, pdf_bytes, require_font, write

ROWS = [
    ("1", "Kết nạp đoàn viên mới trong các doanh nghiệp ngoài nhà nước", "Người", "6.500",
     "7.120", "109,5"),
    ("2", "Thành lập công đoàn cơ sở mới", "CĐCS", "45", "52", "115,6"),
    ("3", "Số đoàn viên, người lao động được thăm hỏi, tặng quà dịp Tết Nguyên đán", "Người",
     "60.000", "64.350", "107,3"),
    ("4", "Kinh phí chăm lo Tết", "Triệu đồng", "30.000", "32.415", "108,1"),
    ("5", "Số CĐCS đạt tiêu chuẩn vững mạnh", "%", "", "82,5", ""),
]  # fmt: skip
HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2025", "Thực hiện năm 2025", "So sánh (%)"]
LEAD = (
    "Năm 2025, công tác phát triển đoàn viên của Liên đoàn Lao động tỉnh Phú Thọ tiếp tục được"
    " chú trọng, các cấp công đoàn đã chủ động tiếp cận doanh nghiệp. Kết quả thực hiện các chỉ"
    " tiêu chủ yếu như sau:"
)
AFTER = "Năm 2026, phấn đấu kết nạp 7.000 đoàn viên, thành lập mới 50 CĐCS."


@pytest.fixture(scope="module")
def font() -> Path:
    return require_font()


def _results_pdf(
    font: Path, layout: str, v_align: str = "TOP", merged: bool = False, numbered: bool = True
) -> bytes:
    """A report's results table, borders as `layout` says, its cells set at the top or in the
    middle of their rows; `merged`: "Kết quả" over the plan and result columns."""
    from fpdf.fonts import FontFace

    skip = 0 if numbered else 1
    pdf = new_pdf(font, size=11)
    pdf.add_page()
    write(pdf, LEAD)
    aligns = ("CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT")[skip:]
    widths = (10, 70, 22, 28, 28, 25)[skip:]
    with pdf.table(
        col_widths=widths,
        borders_layout=layout,
        v_align=v_align,
        text_align=aligns,
        headings_style=FontFace(emphasis="BOLD"),
        num_heading_rows=2 if merged else 1,
    ) as table:
        if merged:
            upper = table.row()
            for name in HEADER[skip:3]:
                upper.cell(name, rowspan=2, align="CENTER")
            upper.cell("Kết quả", colspan=2, align="CENTER")
            upper.cell(HEADER[5], rowspan=2, align="CENTER")
            lower = table.row()
            for name in HEADER[3:5]:
                lower.cell(name, align="CENTER")
        else:
            head = table.row()
            for name in HEADER[skip:]:
                head.cell(name, align="CENTER")
        for cells in ROWS:
            row = table.row()
            for cell in cells[skip:]:
                row.cell(cell)
    write(pdf, AFTER)
    return pdf_bytes(pdf)


def _fill(table, header, rows) -> None:
    """An fpdf2 table's header, each name centred over its column, then its rows."""
    head = table.row()
    for name in header:
        head.cell(name, align="CENTER")
    for cells in rows:
        row = table.row()
        for cell in cells:
            row.cell(cell)


def _figures(raw):
    from nlp.analyze import analyze

    return {
        (f.text, f.sentence.split(" | ")[1]): f for f in analyze(raw).figures if " | " in f.sentence
    }


@pytest.mark.parametrize("layout", ["NONE", "HORIZONTAL_LINES", "SINGLE_TOP_LINE"])
def test_a_borderless_table_is_read_as_rows_under_its_header(font: Path, layout: str) -> None:
    raw = read_bytes(_results_pdf(font, layout), f"ket_qua_{layout}.pdf")

    assert len(raw.tables) == 1
    table = raw.tables[0]
    assert table.header == HEADER
    assert table.rows == [list(cells) for cells in ROWS]
    # one line a row in the text, the prose around it untouched
    assert (
        "\n1 | Kết nạp đoàn viên mới trong các doanh nghiệp ngoài nhà nước | Người | 6.500 |"
        in (raw.text)
    )
    assert LEAD in raw.text and AFTER in raw.text
    # each figure takes its column's kind: the plan's are targets, the results achievements
    figures = _figures(raw)
    plan = figures[("6.500", "Kết nạp đoàn viên mới trong các doanh nghiệp ngoài nhà nước")]
    done = figures[("7.120", "Kết nạp đoàn viên mới trong các doanh nghiệp ngoài nhà nước")]
    assert (plan.kind, plan.indicator, plan.period) == ("target", "new_members", "2025")
    assert (done.kind, done.indicator, done.value) == ("achievement", "new_members", 7120)
    # the row numbers "1", "2" and the years of the header are no figures
    assert not {text for text, _ in figures} & {"1", "2", "2025"}


@pytest.mark.parametrize("numbered", [True, False])
def test_cells_set_in_the_middle_of_their_rows_keep_their_wrapped_lines(
    font: Path, numbered: bool
) -> None:
    # a name wrapped over three lines stands with its numbers on the middle one, a
    # two-line name around them, a unit ("Triệu" / "đồng") over and under them
    raw = read_bytes(
        _results_pdf(font, "SINGLE_TOP_LINE", v_align="MIDDLE", numbered=numbered), "giua.pdf"
    )

    skip = 0 if numbered else 1
    assert raw.tables[0].header == HEADER[skip:]
    assert raw.tables[0].rows == [list(cells[skip:]) for cells in ROWS]


def test_a_header_merged_over_two_columns_names_both(font: Path) -> None:
    raw = read_bytes(_results_pdf(font, "NONE", merged=True), "hai_tang.pdf")

    assert raw.tables[0].header == [
        "TT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Kết quả Kế hoạch năm 2025",
        "Kết quả Thực hiện năm 2025",
        "So sánh (%)",
    ]
    assert raw.tables[0].rows == [list(cells) for cells in ROWS]


@pytest.mark.parametrize("repeat_header", [True, False])
def test_a_borderless_table_over_two_pages_is_one_table(font: Path, repeat_header: bool) -> None:
    from fpdf.enums import TableHeadingsDisplay
    from fpdf.fonts import FontFace

    pdf = new_pdf(font, size=11)
    pdf.add_page()
    for _ in range(5):
        write(
            pdf,
            "Năm 2025, các cấp công đoàn trong tỉnh tiếp tục đổi mới nội dung, phương thức hoạt"
            " động, hướng mạnh về cơ sở, lấy đoàn viên và người lao động làm trung tâm.",
        )
    write(pdf, "Số liệu đoàn viên, CĐCS theo đơn vị như sau:")
    shown = (
        TableHeadingsDisplay.ON_TOP_OF_EVERY_PAGE if repeat_header else TableHeadingsDisplay.NONE
    )
    rows = [
        (
            str(i),
            f"Liên đoàn Lao động xã số {i}",
            str(10 + i),
            f"{1000 + 37 * i:,}".replace(",", "."),
        )
        for i in range(1, 31)
    ]
    with pdf.table(
        col_widths=(12, 80, 30, 30),
        borders_layout="SINGLE_TOP_LINE",
        text_align=("CENTER", "LEFT", "RIGHT", "RIGHT"),
        headings_style=FontFace(emphasis="BOLD"),
        repeat_headings=shown,
    ) as table:
        _fill(table, ("TT", "Đơn vị", "Số CĐCS", "Số đoàn viên"), rows)
    write(pdf, "Toàn tỉnh có 1.245 CĐCS với 112.450 đoàn viên.")
    raw = read_bytes(pdf_bytes(pdf), "hai_trang.pdf")

    assert len(raw.pages) == 2
    assert len(raw.tables) == 1
    assert raw.tables[0].header == ["TT", "Đơn vị", "Số CĐCS", "Số đoàn viên"]
    assert raw.tables[0].rows == [list(cells) for cells in rows]
    assert raw.text.count("TT | Đơn vị | Số CĐCS | Số đoàn viên") == 1


def test_letterheads_signatures_and_tab_stops_are_no_tables(font: Path) -> None:
    pdf = new_pdf(font, size=11)
    pdf.add_page()
    with pdf.table(
        col_widths=(80, 110),
        borders_layout="NONE",
        text_align="CENTER",
        first_row_as_headings=False,
    ) as table:
        for left, right in [
            ("LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("Số: 215/BC-LĐLĐ", "Độc lập - Tự do - Hạnh phúc"),
            ("", "Phú Thọ, ngày 15 tháng 12 năm 2025"),
        ]:
            row = table.row()
            row.cell(left)
            row.cell(right)
    write(pdf, "BÁO CÁO\nKết quả hoạt động công đoàn năm 2025")
    prose = (
        "Năm 2025, Liên đoàn Lao động tỉnh đã chỉ đạo các cấp công đoàn tập trung phát triển"
        " đoàn viên, thành lập công đoàn cơ sở; toàn tỉnh kết nạp 7.120 đoàn viên, thành lập mới"
        " 52 CĐCS, đạt 115,6% kế hoạch năm; tổ chức thăm hỏi, tặng quà cho 64.350 đoàn viên,"
        " người lao động với tổng kinh phí hơn 32,4 tỷ đồng."
    )
    pdf.multi_cell(0, 6, prose, align="J", new_x="LMARGIN", new_y="NEXT")
    write(pdf, "Số liệu tổ chức công đoàn đến 30/11/2025:")
    for label, value in [
        ("Tổng số CĐCS:", "1.245 đơn vị"),
        ("Tổng số đoàn viên:", "112.450 người"),
        ("Trong đó đoàn viên nữ:", "61.300 người"),
    ]:
        pdf.set_x(20)
        pdf.cell(90, 7, label)
        pdf.cell(50, 7, value, align="R")
        pdf.ln(7)
    pdf.ln(6)
    with pdf.table(
        col_widths=(95, 95), borders_layout="NONE", first_row_as_headings=False
    ) as table:
        for left, right in [
            ("Nơi nhận:", "TM. BAN THƯỜNG VỤ"),
            ("- Tổng LĐLĐ Việt Nam;", "CHỦ TỊCH"),
            ("- Lưu: VT, ToC.", "Nguyễn Văn An"),
        ]:
            row = table.row()
            row.cell(left)
            row.cell(right, align="CENTER")
    raw = read_bytes(pdf_bytes(pdf), "khong_bang.pdf")

    assert raw.tables == []
    assert prose in raw.text
    # a label and its value at a tab stop stay one line each, not one paragraph
    assert "\nTổng số CĐCS: 1.245 đơn vị\nTổng số đoàn viên: 112.450 người\n" in raw.text


def test_section_rows_and_a_total_keep_their_places(font: Path) -> None:
    # "A. KHU VỰC …" across the table and "Tổng cộng" centred under "TT" and the names, as
    # a merged cell of a ruled table reads; the header's names of several heights
    from fpdf.fonts import FontFace

    pdf = new_pdf(font, size=10)
    pdf.add_page()
    write(pdf, "Kết quả cụ thể tại từng khu công nghiệp như sau:")
    with pdf.table(
        col_widths=(10, 60, 22, 28, 28),
        borders_layout="SINGLE_TOP_LINE",
        v_align="MIDDLE",
        text_align=("CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
        headings_style=FontFace(emphasis="BOLD"),
    ) as table:
        head = table.row()
        for name in ("TT", "Khu công nghiệp", "Số CĐCS", "Số đoàn viên", "Kết nạp đoàn viên mới"):
            head.cell(name, align="CENTER")
        for cells in [
            ("A. KHU VỰC TÂY NINH (CŨ)",),
            ("1", "KCN Trảng Bàng", "96", "41.380", "905"),
            ("2", "KCN Phước Đông", "71", "35.920", "1.187"),
            ("B. KHU VỰC LONG AN (CŨ)",),
            ("3", "KCN Tân Đức", "87", "30.615", "774"),
            ("Tổng cộng", "254", "107.915", "2.866"),
        ]:
            row = table.row()
            if len(cells) == 1:
                row.cell(cells[0], colspan=5, align="LEFT")
            elif len(cells) == 4:
                row.cell(cells[0], colspan=2, align="CENTER")
                for cell in cells[1:]:
                    row.cell(cell)
            else:
                for cell in cells:
                    row.cell(cell)
    raw = read_bytes(pdf_bytes(pdf), "khu_cong_nghiep.pdf")

    table = raw.tables[0]
    assert table.header == [
        "TT",
        "Khu công nghiệp",
        "Số CĐCS",
        "Số đoàn viên",
        "Kết nạp đoàn viên mới",
    ]
    assert table.rows == [
        ["A.", "KHU VỰC TÂY NINH (CŨ)", "", "", ""],
        ["1", "KCN Trảng Bàng", "96", "41.380", "905"],
        ["2", "KCN Phước Đông", "71", "35.920", "1.187"],
        ["B.", "KHU VỰC LONG AN (CŨ)", "", "", ""],
        ["3", "KCN Tân Đức", "87", "30.615", "774"],
        ["Tổng cộng", "", "254", "107.915", "2.866"],
    ]
    # the total counts what its columns count, the section rows hold no figure
    from nlp.analyze import analyze

    totals = {f.text: f.indicator for f in analyze(raw).figures if f.sentence.startswith("Tổng")}
    assert totals == {"254": "grassroots_unions", "107.915": "members", "2.866": "new_members"}


def test_dotted_leaders_to_a_value_leave_a_label_and_its_value(font: Path) -> None:
    pdf = new_pdf(font, size=11)
    pdf.add_page()
    write(pdf, "Số liệu thống kê tổ chức công đoàn toàn tỉnh cuối năm 2025:")
    for label, value in [("Số công đoàn cơ sở", "2.871"), ("Số đoàn viên công đoàn", "253.940")]:
        dots = "." * (70 - len(label))
        pdf.cell(0, 7, f"{label} {dots} {value}", new_x="LMARGIN", new_y="NEXT")
    # LibreOffice prints a tab's leader dots up to the value, its unit after it
    pdf.cell(0, 7, f"Số đoàn viên nữ{'.' * 60}125.340 người", new_x="LMARGIN", new_y="NEXT")
    write(pdf, "Họ và tên người báo cáo: ......................................")
    raw = read_bytes(pdf_bytes(pdf), "thong_ke.pdf")

    assert "\nSố công đoàn cơ sở 2.871\nSố đoàn viên công đoàn 253.940\n" in raw.text
    assert "\nSố đoàn viên nữ 125.340 người\n" in raw.text
    assert "Họ và tên người báo cáo: ......" in raw.text  # a form's blank stays


def test_a_last_row_carried_alone_onto_the_next_page_and_a_caption(font: Path) -> None:
    # names set in the middle of their rows wrap round their numbers ("cán bộ, công chức"
    # beside them starts in small letters); "Bảng 1. …" over the table is its caption; the
    # last row stands alone on page 2 under the header said again
    from fpdf.enums import TableHeadingsDisplay
    from fpdf.fonts import FontFace

    pdf = new_pdf(font, size=11)
    pdf.add_page()
    pdf.set_y(196)
    write(pdf, "Bảng 1. Kết quả thực hiện chỉ tiêu năm 2025")
    rows = [
        ("Kết nạp đoàn viên mới", "Đoàn viên", "1.200", "1.386"),
        ("Cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định", "%",
         "98", "99,4"),
        ("Cán bộ công đoàn được tập huấn, bồi dưỡng nghiệp vụ", "Lượt người", "2.500", "2.846"),
        ("Thu kinh phí, đoàn phí công đoàn", "Triệu đồng", "18.500", "19.372"),
    ]  # fmt: skip
    with pdf.table(
        col_widths=(50, 25, 25, 25),
        width=125,
        borders_layout="NONE",
        v_align="MIDDLE",
        text_align=("LEFT", "CENTER", "RIGHT", "RIGHT"),
        headings_style=FontFace(emphasis="BOLD"),
        repeat_headings=TableHeadingsDisplay.ON_TOP_OF_EVERY_PAGE,
    ) as table:
        _fill(table, ("Nội dung", "ĐVT", "Kế hoạch 2025", "Thực hiện 2025"), rows)
    raw = read_bytes(pdf_bytes(pdf), "bang_1.pdf")

    assert len(raw.pages) == 2
    assert [t.header for t in raw.tables] == [
        ["Nội dung", "ĐVT", "Kế hoạch 2025", "Thực hiện 2025"]
    ]
    assert raw.tables[0].rows == [list(cells) for cells in rows]
    assert "Bảng 1. Kết quả thực hiện chỉ tiêu năm 2025\n" in raw.text


def words_at(top: float, cells: list[tuple[float, str]], bold: bool = False) -> list:
    """The words of one printed line, each cell's text from its x on, 6.5 pt a letter."""
    from ingest.unruled import Word

    words = []
    for x, text in cells:
        for token in text.split():
            width = 6.5 * len(token)
            words.append(Word(token, x, x + width, top, top + 13, bold))
            x += width + 3.3
    return words


def test_header_names_a_little_apart_over_their_columns() -> None:
    """LibreOffice prints a header's names centred at tab stops a little more than a space
    apart ("TT  Chỉ tiêu", "Kế hoạch  Thực hiện  Tỷ lệ (%)"): over two columns, two names."""
    from ingest.unruled import find_tables

    words = words_at(100, [(85, "TT"), (110, "Chỉ tiêu"), (355, "Kế hoạch"), (415, "Thực hiện"),
                           (480, "Tỷ lệ (%)")], bold=True)  # fmt: skip
    for n, top in enumerate((120, 140, 160), start=1):
        words += words_at(top, [(88, str(n)), (110, f"Chỉ tiêu số {n}"), (375, "6.800"),
                                (440, "7.264"), (500, "106,8")])  # fmt: skip
    [table] = find_tables(words)
    assert table.grid.text[0] == ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]


def test_a_row_number_over_its_numbers_line_and_sub_rows() -> None:
    """heldout19 printed: "2  Công đoàn các Khu công nghiệp" over "khu vực Hải Dương (cũ)"
    and its numbers is one row; "Trong đó:" leads into "- Nữ" under row 1 and is no part of
    its name; a header's dates ("31/12/2025") name columns, they are no values."""
    from ingest.unruled import find_tables

    lines = [
        [(88, "TT"), (110, "Đơn vị"), (360, "31/12/2025"), (440, "30/6/2026")],
        [(88, "1"), (110, "Công đoàn Khu kinh tế"), (380, "168.420"), (455, "170.215")],
        [(110, "Trong đó:")],
        [(110, "- Nữ"), (380, "101.380"), (455, "102.694")],
        [(88, "2"), (110, "Công đoàn các Khu công nghiệp")],
        [(110, "khu vực Hải Dương (cũ)"), (386, "92.560"), (461, "93.402")],
        [(88, "3"), (110, "Công đoàn Viên chức"), (386, "21.340"), (461, "21.118")],
    ]
    words = [w for i, cells in enumerate(lines) for w in words_at(100 + 18 * i, cells, i == 0)]
    [table] = find_tables(words)
    assert table.grid.text == [
        ["TT", "Đơn vị", "31/12/2025", "30/6/2026"],
        ["1", "Công đoàn Khu kinh tế", "168.420", "170.215"],
        ["", "Trong đó:", "", ""],
        ["", "- Nữ", "101.380", "102.694"],
        ["2", "Công đoàn các Khu công nghiệp khu vực Hải Dương (cũ)", "92.560", "93.402"],
        ["3", "Công đoàn Viên chức", "21.340", "21.118"],
    ]
