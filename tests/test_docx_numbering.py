"""Word's automatic numbering: the labels Word shows before numbered paragraphs ("I.",
"1.2.", "a)", bullets) are not in the runs' text but in word/numbering.xml. Each file is built
with python-docx, list definitions put into its numbering part as raw XML."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import read_file
from tests.test_docx_content import save

docx = pytest.importorskip("docx")

from docx.oxml.parser import parse_xml  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def level(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def define_list(document, abstract_id: int, levels: str, nums: dict[int, str]) -> None:
    """An abstract list of the given levels, and lists (numId: overrides) using it."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>'
    )
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is not None:  # the schema puts abstract definitions before the lists
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    for num_id, overrides in nums.items():
        numbering.append(
            parse_xml(
                f'<w:num xmlns:w="{W}" w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'
            )
        )


def numbered(document, text: str, num_id: int | None, ilvl: int | None = 0, style=None):
    """A paragraph with a w:numPr naming the list and level (either may be left out)."""
    p = document.add_paragraph(text, style=style)
    if num_id is not None or ilvl is not None:
        pPr = p._p.get_or_add_pPr()
        parts = "" if ilvl is None else f'<w:ilvl w:val="{ilvl}"/>'
        parts += "" if num_id is None else f'<w:numId w:val="{num_id}"/>'
        pPr.append(parse_xml(f'<w:numPr xmlns:w="{W}">{parts}</w:numPr>'))
    return p


OUTLINE = (
    level(0, "upperRoman", "%1.") + level(1, "decimal", "%2.") + level(2, "lowerLetter", "%3)")
)


def test_roman_headings_decimal_items_and_letters_restart_under_each_heading(
    tmp_path: Path,
) -> None:
    document = docx.Document()
    define_list(document, 90, OUTLINE, {91: ""})
    document.add_paragraph("BÁO CÁO KẾT QUẢ CÔNG TÁC CÔNG ĐOÀN NĂM 2024")
    numbered(document, "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", 91, 0)
    numbered(document, "Công tác tổ chức", 91, 1)
    numbered(document, "Kết nạp 1.250 đoàn viên mới;", 91, 2)
    numbered(document, "Thành lập 12 công đoàn cơ sở.", 91, 2)
    numbered(document, "Công tác tài chính", 91, 1)
    numbered(document, "Thu kinh phí đạt 102% dự toán.", 91, 2)
    numbered(document, "PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 91, 0)
    numbered(document, "Công tác tổ chức", 91, 1)
    numbered(document, "Phát triển 1.500 đoàn viên.", 91, 2)
    numbered(document, "", 91, 1)  # an empty item: counted, no label of its own
    numbered(document, "Công tác thi đua", 91, 1)
    raw = read_file(save(document, tmp_path))
    assert raw.text.split("\n") == [
        "BÁO CÁO KẾT QUẢ CÔNG TÁC CÔNG ĐOÀN NĂM 2024",
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
        "1. Công tác tổ chức",
        "a) Kết nạp 1.250 đoàn viên mới;",
        "b) Thành lập 12 công đoàn cơ sở.",
        "2. Công tác tài chính",
        "a) Thu kinh phí đạt 102% dự toán.",
        "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025",
        "1. Công tác tổ chức",
        "a) Phát triển 1.500 đoàn viên.",
        "3. Công tác thi đua",
    ]


def test_multilevel_text_start_override_and_restart_rules(tmp_path: Path) -> None:
    document = docx.Document()
    levels = (
        level(0, "decimal", "%1.")
        + level(1, "decimal", "%1.%2.")
        + level(2, "decimal", "(%3)", extra='<w:lvlRestart w:val="0"/>')
    )
    start_at_3 = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride>'
    define_list(document, 80, levels, {81: "", 82: start_at_3})
    numbered(document, "Về tổ chức", 81, 0)
    numbered(document, "Về kết nạp đoàn viên", 81, 1)
    numbered(document, "Bước một", 81, 2)
    numbered(document, "Về thành lập công đoàn cơ sở", 81, 1)
    numbered(document, "Về tài chính", 81, 0)
    numbered(document, "Về thu kinh phí", 81, 1)
    numbered(document, "Bước hai", 81, 2)  # lvlRestart 0: never restarted
    numbered(document, "Về thi đua", 82, 0)  # another list of the same definition, from 3
    numbered(document, "Về khen thưởng", 82, 0)
    raw = read_file(save(document, tmp_path))
    assert raw.text.split("\n") == [
        "1. Về tổ chức",
        "1.1. Về kết nạp đoàn viên",
        "(1) Bước một",
        "1.2. Về thành lập công đoàn cơ sở",
        "2. Về tài chính",
        "2.1. Về thu kinh phí",
        "(2) Bước hai",
        "3. Về thi đua",
        "4. Về khen thưởng",
    ]


def test_bullets_none_empty_and_unknown_formats(tmp_path: Path) -> None:
    document = docx.Document()
    symbol = '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>'
    define_list(document, 70, level(0, "bullet", "\uf0b7", extra=symbol), {71: ""})
    define_list(document, 72, level(0, "bullet", "-"), {73: ""})
    define_list(document, 74, level(0, "none", "%1."), {75: ""})
    define_list(document, 76, level(0, "decimal", ""), {77: ""})
    define_list(document, 78, level(0, "decimalZero", "%1."), {79: ""})
    define_list(document, 68, level(0, "chineseCounting", "%1、", start=7), {69: ""})
    numbered(document, "Tổ chức 15 lớp tập huấn cho cán bộ công đoàn;", 71)
    numbered(document, "Thăm hỏi 320 đoàn viên có hoàn cảnh khó khăn;", 73)
    numbered(document, "Nội dung không đánh số", 75)
    numbered(document, "Nội dung có nhãn trống", 77)
    numbered(document, "Mục thứ nhất", 79)
    numbered(document, "Mục thứ hai", 79)
    numbered(document, "Mục thứ bảy", 69)
    numbered(document, "Không thuộc danh sách nào", 0)  # numId 0: numbering off
    raw = read_file(save(document, tmp_path))
    assert raw.text.split("\n") == [
        "- Tổ chức 15 lớp tập huấn cho cán bộ công đoàn;",
        "- Thăm hỏi 320 đoàn viên có hoàn cảnh khó khăn;",
        "Nội dung không đánh số",
        "Nội dung có nhãn trống",
        "01. Mục thứ nhất",
        "02. Mục thứ hai",
        "7、 Mục thứ bảy",
        "Không thuộc danh sách nào",
    ]


def test_style_linked_numbering(tmp_path: Path) -> None:
    """ "List Number" and "List Bullet" carry their numPr in the style; a style based on one
    inherits it; a paragraph's own numId 0 takes it off."""
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    goals = document.styles.add_style("Muc tieu", WD_STYLE_TYPE.PARAGRAPH)
    goals.base_style = document.styles["List Number"]
    document.add_paragraph("Các nhiệm vụ trọng tâm:")
    document.add_paragraph("Tuyên truyền, phổ biến pháp luật lao động.", style="List Number")
    document.add_paragraph("Đại diện, bảo vệ quyền lợi đoàn viên.", style="List Number")
    document.add_paragraph("Thăm hỏi 120 đoàn viên ốm đau.", style="List Bullet")
    document.add_paragraph("Phát triển đoàn viên.", style=goals)
    numbered(document, "Ghi chú không đánh số.", 0, None, style="List Number")
    raw = read_file(save(document, tmp_path))
    assert raw.text.split("\n") == [
        "Các nhiệm vụ trọng tâm:",
        "1. Tuyên truyền, phổ biến pháp luật lao động.",
        "2. Đại diện, bảo vệ quyền lợi đoàn viên.",
        "- Thăm hỏi 120 đoàn viên ốm đau.",
        "3. Phát triển đoàn viên.",
        "Ghi chú không đánh số.",
    ]


def test_heading_style_numbering_bound_by_pstyle(tmp_path: Path) -> None:
    """A heading style numbered in its definition: the style's numPr names the list only,
    the level is the one whose w:pStyle is the style."""
    document = docx.Document()
    levels = level(0, "upperRoman", "%1.", extra='<w:pStyle w:val="Heading1"/>') + level(
        1, "decimal", "%2.", extra='<w:pStyle w:val="Heading2"/>'
    )
    define_list(document, 60, levels, {61: ""})
    for name in ("Heading 1", "Heading 2"):
        pPr = document.styles[name].element.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:numPr xmlns:w="{W}"><w:numId w:val="61"/></w:numPr>'))
    document.add_heading("KẾT QUẢ", level=1)
    document.add_heading("Công tác tổ chức", level=2)
    document.add_heading("Công tác tài chính", level=2)
    document.add_heading("PHƯƠNG HƯỚNG", level=1)
    document.add_heading("Công tác tổ chức", level=2)
    raw = read_file(save(document, tmp_path))
    assert raw.text.split("\n") == [
        "I. KẾT QUẢ",
        "1. Công tác tổ chức",
        "2. Công tác tài chính",
        "II. PHƯƠNG HƯỚNG",
        "1. Công tác tổ chức",
    ]


@pytest.mark.parametrize(
    ("results", "goals"),
    [
        ("KẾT QUẢ CÔNG TÁC NĂM 2024", "PHƯƠNG HƯỚNG, MỤC TIÊU NĂM 2025"),
        # in sentence case only the labels Word adds make these lines headings
        ("Kết quả công tác năm 2024", "Phương hướng, mục tiêu năm 2025"),
    ],
)
def test_auto_numbered_goals_section_gives_targets(
    tmp_path: Path, results: str, goals: str
) -> None:
    from nlp.analyze import analyze

    document = docx.Document()
    define_list(document, 50, OUTLINE, {51: ""})
    document.add_paragraph("Liên đoàn Lao động huyện Nam Đàn")
    document.add_paragraph("BÁO CÁO")
    document.add_paragraph("Kết quả công tác công đoàn năm 2024 và phương hướng, nhiệm vụ năm 2025")
    numbered(document, results, 51, 0)
    numbered(document, "Công tác tổ chức", 51, 1)
    document.add_paragraph("Năm 2024, toàn huyện kết nạp mới 1.250 đoàn viên.")
    numbered(document, goals, 51, 0)
    numbered(document, "Kết nạp mới 1.500 đoàn viên.", 51, 1)
    numbered(document, "Thành lập mới 15 công đoàn cơ sở.", 51, 1)
    raw = read_file(save(document, tmp_path))
    assert raw.text.split("\n")[3:] == [
        f"I. {results}",
        "1. Công tác tổ chức",
        "Năm 2024, toàn huyện kết nạp mới 1.250 đoàn viên.",
        f"II. {goals}",
        "1. Kết nạp mới 1.500 đoàn viên.",
        "2. Thành lập mới 15 công đoàn cơ sở.",
    ]
    kinds = {figure.text: figure.kind for figure in analyze(raw).figures}
    assert kinds == {"1.250": "achievement", "1.500": "target", "15": "target"}
