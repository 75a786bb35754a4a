"""Tables set out with tabs instead of a table: a Word document's paragraphs at its tab
stops, one a row (ingest/tabstops.py), read as tables where their text lines up and left as
text where it does not (a letterhead, a label and its value, prose indented by a tab), each
file built with python-docx; and a text file's tab-separated rows (ingest/tsv.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import read_bytes, read_file
from nlp.analyze import analyze


def test_tab_separated_rows_of_a_text_file() -> None:
    text = (
        "BÁO CÁO kết quả năm 2025 của LĐLĐ tỉnh Phú Thọ\n"
        "Kết quả thực hiện các chỉ tiêu:\n"
        "TT\tChỉ tiêu\tĐơn vị\tKế hoạch\tThực hiện\tTỷ lệ (%)\n"
        "1\tKết nạp đoàn viên mới\tNgười\t6.500\t7.120\t109,5\n"
        "2\tThành lập CĐCS\tCĐCS\t40\t45\t112,5\n"
        "\tTrong năm đã tổ chức 25 lớp tập huấn.\n"
        "\tTổng số đoàn viên:\t125.340 người\n"
    )
    raw = read_bytes(text.encode(), "bao_cao.txt")
    [table] = raw.tables
    assert table.header == ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]
    assert "\n2 | Thành lập CĐCS | CĐCS | 40 | 45 | 112,5\nTrong năm đã tổ chức" in raw.text
    # a paragraph indented by a tab, and a label with its value, stay text
    assert raw.text.endswith("\nTổng số đoàn viên: 125.340 người")
    figures = {(f.text, f.kind) for f in analyze(raw).figures}
    assert {("6.500", "target"), ("7.120", "achievement"), ("25", "achievement")} <= figures


def test_a_legacy_docs_tab_set_table_as_antiword_writes_it() -> None:
    """antiword keeps a .doc paragraph's tabs, a blank line between paragraphs: a row per
    line, section rows between, a total without its last cell; rows typed over default
    stops (two or three tabs for one gap) have no common count and stay text."""
    from ingest.tsv import tab_tables

    text = (
        "Bảng 2. Đoàn viên theo khu vực\n\n"
        "\t\tNăm 2024\tNăm 2025\tTăng/giảm\n\nTT\tNội dung\t(người)\t(người)\t(%)\n\n"
        "I. Khu vực hành chính sự nghiệp\n\n"
        "1\tCông đoàn Viên chức tỉnh\t12.450\t12.980\t4,3\n\n"
        "2\tCông đoàn ngành Giáo dục\t18.200\t17.950\t-1,4\n\n"
        "\tCộng\t30.650\t30.930\n\nSố liệu trên cho thấy …\n\n"
        "STT\tChỉ tiêu\t\t\tĐVT\tKế hoạch 2026\n\n1\tKết nạp đoàn viên mới\t\tngười\t1.500\n\n"
        "2\tThành lập CĐCS mới\t\t\tCĐCS\t12\n\n3\tTỷ lệ CĐCS vững mạnh\t\t%\t≥ 95\n"
    )
    lines, [table] = tab_tables(text)
    assert table.header == [
        "TT",
        "Nội dung",
        "Năm 2024 (người)",
        "Năm 2025 (người)",
        "Tăng/giảm (%)",
    ]
    assert table.rows[0][0] == "I. Khu vực hành chính sự nghiệp"
    assert table.rows[-1] == ["", "Cộng", "30.650", "30.930", ""]
    assert "\n1 | Công đoàn Viên chức tỉnh | 12.450 | 12.980 | 4,3\n" in lines
    assert "1\tKết nạp đoàn viên mới\t\tngười\t1.500" in lines  # stays text


docx = pytest.importorskip("docx")

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

LEFT, CENTER, RIGHT, DECIMAL = (
    WD_TAB_ALIGNMENT.LEFT,
    WD_TAB_ALIGNMENT.CENTER,
    WD_TAB_ALIGNMENT.RIGHT,
    WD_TAB_ALIGNMENT.DECIMAL,
)
# TT at the margin, the label at 1 cm, the unit centred, plan, result and rate right-aligned
PLAN_STOPS = [(1.0, LEFT), (8.5, CENTER), (11.0, RIGHT), (13.3, RIGHT), (15.3, DECIMAL)]


def a4_document():
    """A4 with the margins of a Vietnamese paper, Times New Roman 13 pt."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(13)
    return document


def add(document, text: str, stops=(), bold: bool = False, leader=None) -> None:
    paragraph = document.add_paragraph()
    for position, align in stops:
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            Cm(position), align, leader or WD_TAB_LEADER.SPACES
        )
    paragraph.add_run(text).bold = bold


def read(document, tmp_path: Path):
    path = tmp_path / "baocao.docx"
    document.save(str(path))
    return read_file(path)


def plan_table(document) -> None:
    add(document, "Kết quả thực hiện các chỉ tiêu năm 2025 như sau:")
    add(document, "TT\tChỉ tiêu\tĐơn vị\tKế hoạch\tThực hiện\tTỷ lệ (%)", PLAN_STOPS, bold=True)
    add(document, "1\tKết nạp đoàn viên mới\tNgười\t6.500\t7.120\t109,5", PLAN_STOPS)
    add(document, "2\tThành lập CĐCS\tCĐCS\t40\t45\t112,5", PLAN_STOPS)
    add(document, "3\tGiới thiệu đoàn viên ưu tú cho Đảng\tNgười\t1.200\t1.315\t109,6", PLAN_STOPS)


def test_rows_at_custom_stops_are_a_table_with_their_header(tmp_path: Path) -> None:
    document = a4_document()
    add(document, "BÁO CÁO kết quả công tác công đoàn năm 2025 của LĐLĐ tỉnh Phú Thọ")
    plan_table(document)
    add(document, "Trong năm, các cấp công đoàn đã tổ chức 25 lớp tập huấn.")
    raw = read(document, tmp_path)
    assert "TT | Chỉ tiêu | Đơn vị | Kế hoạch | Thực hiện | Tỷ lệ (%)" in raw.text
    assert "3 | Giới thiệu đoàn viên ưu tú cho Đảng | Người | 1.200 | 1.315 | 109,6" in raw.text
    [table] = raw.tables
    assert table.header == ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]
    assert table.rows[1] == ["2", "Thành lập CĐCS", "CĐCS", "40", "45", "112,5"]
    # the prose around the table stays as it was
    assert "như sau:\nTT | Chỉ tiêu" in raw.text
    assert "109,6\nTrong năm, các cấp công đoàn đã tổ chức 25 lớp tập huấn." in raw.text

    figures = {(f.text, f.kind, f.indicator) for f in analyze(raw).figures}
    assert ("6.500", "target", "new_members") in figures
    assert ("7.120", "achievement", "new_members") in figures
    assert ("109,5", "achievement", "new_members") in figures
    assert ("45", "achievement", "new_grassroots_unions") in figures
    # the row numbers are no figures: read as text, "1 Kết nạp" had been one
    assert not any(text in ("1", "2", "3") for text, _, _ in figures)


def test_header_over_two_lines_section_rows_and_a_total(tmp_path: Path) -> None:
    stops = [(1.2, LEFT), (10.5, RIGHT), (13.0, RIGHT), (15.5, DECIMAL)]
    document = a4_document()
    add(document, "Bảng 2. Đoàn viên theo khu vực")
    add(document, "\t\tNăm 2024\tNăm 2025\tTăng/giảm", stops, bold=True)
    add(document, "TT\tNội dung\t(người)\t(người)\t(%)", stops, bold=True)
    add(document, "I. Khu vực hành chính sự nghiệp", bold=True)
    add(document, "1\tCông đoàn Viên chức tỉnh\t12.450\t12.980\t4,3", stops)
    add(document, "2\tCông đoàn ngành Giáo dục\t18.200\t17.950\t-1,4", stops)
    add(document, "II. Khu vực doanh nghiệp", bold=True)
    add(document, "3\tCông đoàn các KCN\t25.300\t27.410\t8,3", stops)
    add(document, "4\tLĐLĐ cấp huyện (cũ)\t41.120\t\t", stops)
    add(document, "\tCộng\t97.070\t58.340", stops, bold=True)
    add(document, "Số liệu trên cho thấy khu vực doanh nghiệp tăng mạnh nhất.")
    raw = read(document, tmp_path)
    [table] = raw.tables
    assert table.header == [
        "TT", "Nội dung", "Năm 2024 (người)", "Năm 2025 (người)", "Tăng/giảm (%)"
    ]  # fmt: skip
    assert table.rows == [
        ["I.", "Khu vực hành chính sự nghiệp", "", "", ""],
        ["1", "Công đoàn Viên chức tỉnh", "12.450", "12.980", "4,3"],
        ["2", "Công đoàn ngành Giáo dục", "18.200", "17.950", "-1,4"],
        ["II.", "Khu vực doanh nghiệp", "", "", ""],
        ["3", "Công đoàn các KCN", "25.300", "27.410", "8,3"],
        ["4", "LĐLĐ cấp huyện (cũ)", "41.120", "", ""],
        ["", "Cộng", "97.070", "58.340", ""],
    ]
    # the caption above and the prose below are no rows
    assert "Bảng 2. Đoàn viên theo khu vực\nTT | Nội dung" in raw.text
    assert "| Cộng | 97.070 | 58.340\nSố liệu trên" in raw.text


def test_columns_over_default_stops_with_tabs_pressed_again(tmp_path: Path) -> None:
    """No stop set: Word's default stops every 1,27 cm, a short label followed by more tabs
    than a long one to reach the same column."""
    document = a4_document()
    add(document, "Các chỉ tiêu năm 2026:")
    add(document, "STT\tChỉ tiêu\t\t\t\t\tĐVT\tKế hoạch", bold=True)
    add(document, "1\tKết nạp đoàn viên mới\t\t\tngười\t1.500")
    add(document, "2\tThành lập CĐCS\t\t\t\tCĐCS\t12")
    add(document, "3\tTỷ lệ CĐCS vững mạnh\t\t\t%\t≥ 95")
    raw = read(document, tmp_path)
    [table] = raw.tables
    assert table.header == ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch"]
    assert table.rows == [
        ["1", "Kết nạp đoàn viên mới", "người", "1.500"],
        ["2", "Thành lập CĐCS", "CĐCS", "12"],
        ["3", "Tỷ lệ CĐCS vững mạnh", "%", "≥ 95"],
    ]


def test_letterhead_label_value_lines_and_indented_prose_stay_text(tmp_path: Path) -> None:
    document = a4_document()
    add(document, "LIÊN ĐOÀN LAO ĐỘNG TỈNH LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA", [(11, CENTER)])
    add(document, "Số: 215/BC-LĐLĐ\tLào Cai, ngày 15 tháng 12 năm 2025", [(11, CENTER)])
    add(
        document,
        "\tTrong năm 2025, các cấp công đoàn đã kết nạp mới 7.120 đoàn viên, thành lập mới "
        "45 công đoàn cơ sở, vượt các chỉ tiêu Đại hội đề ra.",
    )
    dots = WD_TAB_LEADER.DOTS
    add(document, "Tổng số đoàn viên\t125.340 người", [(15.9, RIGHT)], leader=dots)
    add(document, "Số công đoàn cơ sở\t2.871", [(15.9, RIGHT)], leader=dots)
    add(document, "Số đoàn viên nữ:\t68.210", [(9, LEFT)])
    add(document, "Trên đây là báo cáo của LĐLĐ tỉnh.")
    raw = read(document, tmp_path)
    assert raw.tables == []
    assert "Tổng số đoàn viên 125.340 người\nSố công đoàn cơ sở 2.871\n" in raw.text
    assert "Số: 215/BC-LĐLĐ Lào Cai, ngày 15 tháng 12 năm 2025" in raw.text


def test_label_value_lines_after_a_table_are_not_its_rows(tmp_path: Path) -> None:
    document = a4_document()
    plan_table(document)
    dots = WD_TAB_LEADER.DOTS
    add(document, "Tổng số đoàn viên\t125.340 người", [(15.9, RIGHT)], leader=dots)
    add(document, "Số công đoàn cơ sở\t2.871", [(15.9, RIGHT)], leader=dots)
    raw = read(document, tmp_path)
    [table] = raw.tables
    assert len(table.rows) == 3 and table.header is not None and table.header[0] == "TT"
    assert "Tổng số đoàn viên 125.340 người" in raw.text


def test_rows_numbered_by_words_list(tmp_path: Path) -> None:
    """Word's automatic numbering puts "1." and a tab before each row's cells: the number is
    the row's first cell."""
    document = a4_document()
    stops = [(1.27, LEFT), (9.0, RIGHT), (12.0, RIGHT), (15.0, RIGHT)]
    add(document, "Số liệu theo cấp học:")
    add(document, "TT\tCấp học\tSố CĐCS\tĐoàn viên\tNữ", stops, bold=True)
    for text in ("Mầm non\t152\t4.210\t4.150", "Tiểu học\t198\t6.830\t5.920"):
        paragraph = document.add_paragraph(style="List Number")
        for position, align in stops:
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(position), align)
        paragraph.add_run(text)
    raw = read(document, tmp_path)
    [table] = raw.tables
    assert table.header == ["TT", "Cấp học", "Số CĐCS", "Đoàn viên", "Nữ"]
    assert table.rows == [
        ["1.", "Mầm non", "152", "4.210", "4.150"],
        ["2.", "Tiểu học", "198", "6.830", "5.920"],
    ]


def test_a_table_keeps_its_place_among_words_tables(tmp_path: Path) -> None:
    document = a4_document()
    word_table = document.add_table(rows=3, cols=2)
    cells = [("Đơn vị", "Số CĐCS"), ("A", "12"), ("B", "15")]
    for row, texts in zip(word_table.rows, cells, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    plan_table(document)
    raw = read(document, tmp_path)
    assert [table.rows[0][0] for table in raw.tables] == ["A", "1"]


def test_stops_of_a_style_a_name_over_two_paragraphs_and_sub_rows(tmp_path: Path) -> None:
    """heldout19's shapes: the rows' stops set in their paragraph style, a row whose name
    goes on in the next paragraph (its numbers there), "Trong đó:" leading into "- Nữ"
    under a row, and a header naming the day each column counts to."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = a4_document()
    style = document.styles.add_style("Bang so lieu", 1)  # a paragraph style
    style.base_style = document.styles["Normal"]
    for position, align in [(0.9, LEFT), (10.0, RIGHT), (12.9, RIGHT), (15.7, RIGHT)]:
        style.paragraph_format.tab_stops.add_tab_stop(Cm(position), align)
    settings = document.settings.element
    default_stop = settings.find(qn("w:defaultTabStop"))
    if default_stop is None:
        default_stop = OxmlElement("w:defaultTabStop")
        settings.append(default_stop)
    default_stop.set(qn("w:val"), "567")  # 1 cm
    rows = [
        "\t\tĐoàn viên\tKết nạp mới\tĐoàn viên",
        "TT\tĐơn vị\t31/12/2025\t6 tháng\t30/6/2026",
        "1\tCông đoàn Khu kinh tế Hải Phòng\t168.420\t3.126\t170.215",
        "\tTrong đó:",
        "\t- Nữ\t101.380\t1.942\t102.694",
        "2\tCông đoàn các Khu công nghiệp",
        "\tkhu vực Hải Dương (cũ)\t92.560\t2.318\t93.402",
        "3\tCông đoàn Viên chức thành phố\t21.340\t205\t21.118",
    ]
    add(document, "Số đoàn viên theo công đoàn cấp trên trực tiếp cơ sở như sau:")
    for index, text in enumerate(rows):
        document.add_paragraph(text, style="Bang so lieu").runs[0].bold = index < 2  # header
    raw = read(document, tmp_path)
    [table] = raw.tables
    assert table.header == [
        "TT", "Đơn vị", "Đoàn viên 31/12/2025", "Kết nạp mới 6 tháng", "Đoàn viên 30/6/2026"
    ]  # fmt: skip
    assert table.rows == [
        ["1", "Công đoàn Khu kinh tế Hải Phòng", "168.420", "3.126", "170.215"],
        ["", "Trong đó:", "", "", ""],
        ["", "- Nữ", "101.380", "1.942", "102.694"],
        ["2", "Công đoàn các Khu công nghiệp khu vực Hải Dương (cũ)", "92.560", "2.318", "93.402"],
        ["3", "Công đoàn Viên chức thành phố", "21.340", "205", "21.118"],
    ]
    found = {f.text: f for f in analyze(raw).figures}
    # each column counts the members at its day, the sub-row a part of them
    at_start, at_june = found["168.420"], found["170.215"]
    assert (at_start.indicator, at_start.period, at_start.months) == ("members", "2025", None)
    assert (at_june.indicator, at_june.period, at_june.months) == ("members", "2026", "01-06")
    assert found["101.380"].indicator is None
