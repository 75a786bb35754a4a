"""Generator of bench/gold/heldout15/report.pdf (a born-digital year-end report with borderless tables).

Documents how the file was made; not imported by tests, not part of the project. It runs in
the project venv, which has fpdf2, with Debian's DejaVu fonts:

    .venv/bin/python bench/gold/heldout15/make_report.py

(made with fpdf2 2.8.9, Python 3.11.7, fonts-dejavu-core 2.37 (DejaVu Serif), poppler-utils
for checking with `pdftotext -layout`).

"BÁO CÁO Kết quả hoạt động công đoàn năm 2025, phương hướng nhiệm vụ năm 2026" of Liên đoàn
Lao động tỉnh Phú Thọ (the province after the merger with Vĩnh Phúc and Hòa Bình, from
01/7/2025). Three A4 pages typed like a Word document exported to PDF: a real text layer in
DejaVu Serif (embedded subset, ToUnicode), body 12 pt on a 5.2 mm line, justified with a
10 mm first-line indent (fpdf2 text_columns, text_align "J"), tables 10.5 pt, margins
30/15/20/20 mm (left/right/top/bottom), page numbers at the top of pages 2 and 3. Two
sentences run over a page break ("… tổ chức" / "1.846 buổi …" from page 1 to 2, "… trở" /
"lên, chiếm 79,1%." from page 2 to 3). Nothing is drawn as a grid:

- the head is two borderless columns (issuer and "Số: …" on the left, the motto and the
  dateline on the right), each with a short rule under it;
- table A (section II.1, page 1: "TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 | Thực hiện năm 2025 | So sánh
  (%)") has no vertical lines and only two thin horizontal rules, one under the header and
  one under the last row; the header is bold and its cells wrap onto two lines ("Kế hoạch" /
  "năm 2025"), the one-line header cells are centred vertically; several "Chỉ tiêu" cells wrap;
  numbers are right-aligned; one row's plan cell is "-" and its comparison cell empty; the
  unit column holds Đoàn viên, CĐCS, %, Lượt người, Nhà, Suất, Sáng kiến and Tỷ đồng;
- a block of five lines set with tab stops (label at the indent, value at a fixed x 118 mm
  further right, no dotted leaders), no table at all;
- "Nơi nhận:" beside the signature block, two borderless columns.

The printed text is written to source_report.txt: the head (left column, then right
column), the title, each paragraph on one line, table rows as their cells joined with " | "
(a cell's wrapped lines joined with one space, an empty cell as an empty string, trailing
empty cells dropped), each tab-set line as its two parts joined with one space, then "Nơi
nhận" and the signature. The page numbers are printed but are not in it. The PDF's dates
are fixed, so two runs give the same bytes.

Every figure, number, person and local document is invented; the cited national documents
(02-NQ/TW of 12/6/2021, Luật Công đoàn 50/2024/QH15, Nghị quyết 202/2025/QH15 of 12/6/2025)
are real.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial
from pathlib import Path

from fpdf import FPDF
from paper import BOTTOM, INDENT, LEFT, SIZE, WIDTH, closing, head, need, new_document, wrap
from paper import paragraph as typeset

HERE = Path(__file__).parent
OUT = HERE / "report.pdf"
SOURCE = HERE / "source_report.txt"

LH = 5.2  # body line height, mm
TSIZE = 10.5  # table font
TLH = 4.6  # table line height
PAD = 1.2  # horizontal cell padding
VPAD = 0.6  # vertical cell padding

# ---------------------------------------------------------------------------------------------
# The text.  ("h1", …) section heading, ("h2", …) numbered sub-heading, ("h3", …) a) b) heading,
# ("p", …) justified paragraph, ("item", …) a "- " item of a list, ("lead", …) the line before a
# table or the tab-set block, ("table", None) table A, ("tabs", None) the tab-set block.
# ---------------------------------------------------------------------------------------------

HEAD_LEFT = [
    ("TỔNG LĐLĐ VIỆT NAM", ""),
    ("LIÊN ĐOÀN LAO ĐỘNG", "B"),
    ("TỈNH PHÚ THỌ", "B"),
]
NUMBER = "Số: 412/BC-LĐLĐ"
HEAD_RIGHT = [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B"),
    ("Độc lập - Tự do - Hạnh phúc", "B"),
]
DATELINE = "Phú Thọ, ngày 18 tháng 12 năm 2025"
TITLE = "BÁO CÁO"
SUBTITLE = ["Kết quả hoạt động công đoàn năm 2025,", "phương hướng nhiệm vụ năm 2026"]

BODY = [
    (
        "p",
        "Thực hiện Kế hoạch số 15/KH-LĐLĐ ngày 10/7/2025 của Ban Thường vụ Liên đoàn Lao động "
        "tỉnh, Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh Phú Thọ báo cáo kết quả hoạt động "
        "công đoàn năm 2025, phương hướng nhiệm vụ năm 2026 như sau:",
    ),
    ("h1", "I. ĐẶC ĐIỂM TÌNH HÌNH"),
    (
        "p",
        "Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, từ ngày 01/7/2025 "
        "Liên đoàn Lao động các tỉnh Phú Thọ, Vĩnh Phúc và Hòa Bình hợp nhất thành Liên đoàn Lao "
        "động tỉnh Phú Thọ; công đoàn cấp huyện kết thúc hoạt động, các công đoàn cơ sở (CĐCS) "
        "được giữ nguyên.",
    ),
    (
        "p",
        "Năm 2025, trên địa bàn tỉnh có 28 khu công nghiệp đang hoạt động với hơn 2.900 doanh "
        "nghiệp, sử dụng gần 312.000 lao động. Thu nhập bình quân của người lao động ước đạt 8,6 "
        "triệu đồng/người/tháng, tăng 7,5% so với năm 2024.",
    ),
    ("h1", "II. KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2025"),
    ("h2", "1. Kết quả thực hiện các chỉ tiêu chủ yếu"),
    ("lead", "Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2025 như sau:"),
    ("table", None),
    ("h2", "2. Công tác tuyên truyền, giáo dục"),
    (
        "p",
        "Các cấp công đoàn quán triệt Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị và "
        "Luật Công đoàn số 50/2024/QH15; tổ chức 1.846 buổi tuyên truyền, phổ biến pháp luật cho hơn "
        "126.000 lượt đoàn viên, người lao động. Hội thi “Tìm hiểu pháp luật lao động” năm 2025 "
        "thu hút 168 thí sinh của 42 đơn vị tham gia.",
    ),
    (
        "h2",
        "3. Công tác đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, "
        "người lao động",
    ),
    (
        "p",
        "Các cấp công đoàn phối hợp với người sử dụng lao động tổ chức hội nghị người lao động "
        "tại 1.928/2.035 doanh nghiệp có tổ chức công đoàn, đạt 94,7%; 100% cơ quan, đơn vị hành "
        "chính, sự nghiệp tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định.",
    ),
    (
        "p",
        "Tính đến ngày 30/11/2025, toàn tỉnh có 1.512 bản thỏa ước lao động tập thể còn hiệu lực, "
        "đạt 74,3% số doanh nghiệp có tổ chức công đoàn. Trong năm, các cấp công đoàn đã thương "
        "lượng, ký mới 186 bản, trong đó 41 bản được xếp loại B trở lên. Công đoàn các cấp đã tư "
        "vấn pháp luật cho 2.760 lượt người lao động, tham gia giải quyết 23 vụ tranh chấp lao "
        "động, giúp người lao động được hưởng các chế độ với số tiền hơn 1,15 tỷ đồng.",
    ),
    (
        "p",
        "Trên địa bàn tỉnh xảy ra 4 cuộc ngừng việc tập thể với khoảng 2.100 người lao động tham "
        "gia, giảm 3 cuộc so với năm 2024; các vụ việc đều được giải quyết trong 2 ngày.",
    ),
    ("h2", "4. Công tác chăm lo đời sống đoàn viên, người lao động"),
    ("h3", "a) Chăm lo Tết và hỗ trợ nhà ở"),
    (
        "p",
        "Chương trình “Tết Sum vầy” Xuân Ất Tỵ 2025 được tổ chức chu đáo: công đoàn các cấp đã "
        "thăm hỏi, tặng 68.450 suất quà cho đoàn viên, người lao động với tổng số tiền trên 52,6 "
        "tỷ đồng; hỗ trợ 36 chuyến xe đưa gần 1.500 công nhân về quê đón Tết.",
    ),
    (
        "p",
        "Từ nguồn Quỹ “Mái ấm Công đoàn”, các cấp công đoàn đã hỗ trợ xây mới, sửa chữa 57 nhà "
        "cho đoàn viên có hoàn cảnh khó khăn về nhà ở, mỗi nhà được hỗ trợ từ 50 đến 70 triệu "
        "đồng, tổng kinh phí gần 3,4 tỷ đồng.",
    ),
    ("h3", "b) Các hoạt động chăm lo khác"),
    (
        "p",
        "Trong “Tháng Công nhân” năm 2025, các cấp công đoàn tổ chức 312 hoạt động chăm lo với "
        "tổng trị giá 9,8 tỷ đồng; trao 1.240 suất học bổng cho con đoàn viên. Các quỹ trợ vốn "
        "của công đoàn giải ngân 18,2 tỷ đồng cho 512 lượt đoàn viên vay vốn. Đoàn viên, người "
        "lao động toàn tỉnh ủng hộ đồng bào bị thiệt hại do bão số 10 và mưa lũ 2,65 tỷ đồng.",
    ),
    ("h2", "5. Công tác phát triển đoàn viên, xây dựng tổ chức công đoàn vững mạnh"),
    (
        "p",
        "Năm 2025, các cấp công đoàn kết nạp mới 14.380 đoàn viên, đạt 102,7% kế hoạch; thành lập "
        "mới 64 CĐCS với 5.215 đoàn viên. Tính đến ngày 30/11/2025, toàn tỉnh có 3.684 CĐCS "
        "với 371.540 đoàn viên, trong "
        "đó đoàn viên nữ chiếm 53,2%; tỷ lệ đoàn viên trên tổng số lao động tại các doanh nghiệp "
        "có tổ chức công đoàn đạt 86,4%.",
    ),
    ("lead", "Cơ cấu tổ chức công đoàn của tỉnh đến ngày 30/11/2025 như sau:"),
    ("tabs", None),
    (
        "p",
        "Qua đánh giá, 2.914 CĐCS được xếp loại hoàn thành tốt nhiệm vụ trở lên, chiếm 79,1%. Các "
        "cấp công đoàn đã giới thiệu 1.126 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó 742 "
        "đồng chí đã được kết nạp vào Đảng. Tổ chức 86 lớp tập huấn cho 7.930 lượt cán bộ công "
        "đoàn, đạt 113,3% kế hoạch.",
    ),
    ("h2", "6. Phong trào thi đua và công tác tài chính công đoàn"),
    (
        "p",
        "Phong trào thi đua “Lao động giỏi, lao động sáng tạo” có 2.140 sáng kiến được công nhận, "
        "giá trị làm lợi ước tính trên 96 tỷ đồng; 38 công trình, sản phẩm được gắn biển chào "
        "mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.",
    ),
    (
        "p",
        "Thu kinh phí công đoàn, đoàn phí công đoàn năm 2025 ước đạt 286,4 tỷ đồng, bằng 104,5% "
        "dự toán; trong đó thu kinh phí công đoàn 231,7 tỷ đồng, thu đoàn phí công đoàn 54,7 tỷ "
        "đồng. Chi cho hoạt động chăm lo, bảo vệ, đào tạo đoàn viên và người lao động chiếm 62,5% "
        "tổng chi tại CĐCS. Hiện còn 214 doanh nghiệp nợ đọng kinh phí công đoàn với số tiền trên "
        "9,3 tỷ đồng.",
    ),
    ("h2", "7. Hạn chế"),
    (
        "p",
        "Tỷ lệ doanh nghiệp có thỏa ước lao động tập thể chưa đạt chỉ tiêu đề ra (75%); việc "
        "thành lập CĐCS ở doanh nghiệp dưới 50 lao động còn khó khăn; nợ đọng kinh phí công đoàn "
        "chưa được khắc phục triệt để.",
    ),
    ("h1", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
    (
        "p",
        "Năm 2026, các cấp công đoàn tiếp tục thực hiện Nghị quyết số 02-NQ/TW của Bộ Chính trị, "
        "Chương trình hành động số 09/CTr-LĐLĐ ngày 20/8/2025 của Ban Chấp hành Liên đoàn Lao "
        "động tỉnh, phấn đấu hoàn thành các chỉ tiêu chủ yếu sau:",
    ),
    ("item", "- Kết nạp mới ít nhất 15.000 đoàn viên, thành lập mới 65 CĐCS trở lên."),
    (
        "item",
        "- 95% trở lên doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động; 100% "
        "cơ quan, đơn vị hành chính, sự nghiệp tổ chức hội nghị cán bộ, công chức, viên chức.",
    ),
    (
        "item",
        "- Tỷ lệ doanh nghiệp có thỏa ước lao động tập thể đạt trên 76%; ít nhất 90% doanh "
        "nghiệp có công đoàn tổ chức đối thoại định kỳ.",
    ),
    (
        "item",
        "- Giới thiệu 1.150 đoàn viên ưu tú cho Đảng xem xét kết nạp; tập huấn cho khoảng 8.000 "
        "lượt cán bộ công đoàn.",
    ),
    (
        "item",
        "- Hỗ trợ xây mới, sửa chữa 60 nhà “Mái ấm Công đoàn”; thu kinh phí, đoàn phí công "
        "đoàn đạt 100% dự toán trở lên.",
    ),
    (
        "item",
        "- Chăm lo Tết Bính Ngọ 2026 cho đoàn viên, người lao động với tổng kinh phí không dưới "
        "55 tỷ đồng.",
    ),
    (
        "p",
        "Chủ động nắm tình hình quan hệ lao động, không để xảy ra ngừng việc tập thể kéo dài; "
        "kiện toàn bộ máy công đoàn các cấp trước ngày 30/6/2026.",
    ),
    (
        "p",
        "Trên đây là báo cáo kết quả hoạt động công đoàn năm 2025, phương hướng nhiệm vụ năm 2026 "
        "của Liên đoàn Lao động tỉnh Phú Thọ./.",
    ),
]

# table A: (TT, Chỉ tiêu, Đơn vị tính, Kế hoạch, Thực hiện, So sánh)
TABLE_HEAD = [
    "TT",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Kế hoạch năm 2025",
    "Thực hiện năm 2025",
    "So sánh (%)",
]
TABLE = [
    ["1", "Kết nạp đoàn viên mới", "Đoàn viên", "14.000", "14.380", "102,7"],
    ["2", "Thành lập mới công đoàn cơ sở", "CĐCS", "60", "64", "106,7"],
    ["3", "Doanh nghiệp tổ chức hội nghị người lao động", "%", "≥ 90", "94,7", "105,2"],
    ["4", "Doanh nghiệp có thỏa ước lao động tập thể còn hiệu lực", "%", "75", "74,3", "99,1"],
    [
        "5",
        "Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp",
        "Đoàn viên",
        "1.100",
        "1.126",
        "102,4",
    ],
    ["6", "Tập huấn cán bộ công đoàn", "Lượt người", "7.000", "7.930", "113,3"],
    ["7", "Xây mới, sửa chữa nhà “Mái ấm Công đoàn”", "Nhà", "50", "57", "114,0"],
    ["8", "Chăm lo Tết cho đoàn viên, người lao động", "Suất", "65.000", "68.450", "105,3"],
    ["9", "Sáng kiến được công nhận", "Sáng kiến", "-", "2.140", ""],
    ["10", "Thu kinh phí, đoàn phí công đoàn", "Tỷ đồng", "274,0", "286,4", "104,5"],
]
# widths (mm) and alignment of the body cells
TABLE_COLS = [(9, "C"), (63, "L"), (23, "C"), (24, "R"), (24, "R"), (22, "R")]

# the tab-set block: label at the indent, value at a tab stop
TABS = [
    ("- Công đoàn cấp trên trực tiếp cơ sở:", "14 đơn vị"),
    ("- CĐCS khu vực hành chính, sự nghiệp:", "1.655 đơn vị"),
    ("- CĐCS doanh nghiệp, ngoài nhà nước:", "2.029 đơn vị"),
    ("- Tổng số đoàn viên công đoàn:", "371.540 người"),
    ("- Trong đó đoàn viên nữ:", "197.659 người"),
]
TAB_STOP = 118.0  # mm from the left margin

RECIPIENTS = [
    "- Tổng LĐLĐ Việt Nam (b/c);",
    "- Thường trực Tỉnh ủy (b/c);",
    "- Ban Dân vận Tỉnh ủy (b/c);",
    "- UBND tỉnh;",
    "- Các công đoàn cấp trên trực tiếp cơ sở;",
    "- Lưu: VT, ToC.",
]
SIGNATURE = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "Nguyễn Thị Thu Hương"]


def check_data() -> None:
    """The table agrees with itself and with the prose; no row repeats a number cell."""

    def num(s: str) -> float:
        return float(s.replace("≥", "").strip().replace(".", "").replace(",", "."))

    for row in TABLE:
        plan, done, ratio = row[3], row[4], row[5]
        if plan not in ("-", "") and ratio:
            assert abs(round(num(done) / num(plan) * 100, 1) - num(ratio)) < 0.051, row
        cells = [c for c in row[3:] if c not in ("", "-")]
        assert len(set(cells)) == len(cells), row
        assert row[0] not in cells, row
    assert 1655 + 2029 == 3684 and round(197659 / 371540 * 100, 1) == 53.2
    assert round(1928 / 2035 * 100, 1) == 94.7 and round(1512 / 2035 * 100, 1) == 74.3
    assert round(2914 / 3684 * 100, 1) == 79.1
    assert abs(231.7 + 54.7 - 286.4) < 1e-9


def setup() -> FPDF:
    stamp = dt.datetime(2025, 12, 18, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    return new_document(
        "Báo cáo kết quả hoạt động công đoàn năm 2025, phương hướng nhiệm vụ năm 2026",
        "Liên đoàn Lao động tỉnh Phú Thọ",
        stamp,
    )


# paper.paragraph at this document's line height
paragraph = partial(typeset, line_height=LH)


def table_height(pdf: FPDF) -> float:
    widths = [w for w, _ in TABLE_COLS]
    total = 0.0
    for cells, style in [(TABLE_HEAD, "B")] + [(r, "") for r in TABLE]:
        pdf.set_font("serif", style, TSIZE)
        total += (
            max(len(wrap(pdf, c, w - 2 * PAD)) for c, w in zip(cells, widths, strict=True)) * TLH
        )
        total += 2 * VPAD
    return total + 5.5


def table_a(pdf: FPDF, source: list[str]) -> None:
    """Borderless table: a rule under the header and one under the last row, nothing else."""
    pdf.set_auto_page_break(False)
    widths = [w for w, _ in TABLE_COLS]
    xs = [LEFT + sum(widths[:i]) for i in range(len(widths))]

    def row_lines(cells: list[str], style: str) -> list[list[str]]:
        pdf.set_font("serif", style, TSIZE)
        return [
            wrap(pdf, c, w - 2 * PAD) if c else [""] for c, w in zip(cells, widths, strict=True)
        ]

    head_lines = row_lines(TABLE_HEAD, "B")
    head_h = max(len(ls) for ls in head_lines) * TLH + 2 * VPAD
    body = [row_lines(r, "") for r in TABLE]
    need(pdf, table_height(pdf))
    y = pdf.get_y() + 1.5
    pdf.set_font("serif", "B", TSIZE)
    for x, w, lines in zip(xs, widths, head_lines, strict=True):
        top = y + VPAD + (head_h - 2 * VPAD - len(lines) * TLH) / 2
        for i, line in enumerate(lines):
            pdf.set_xy(x + PAD, top + i * TLH)
            pdf.cell(w - 2 * PAD, TLH, line, align="C")
    y += head_h
    pdf.set_line_width(0.2)
    pdf.line(LEFT, y, LEFT + WIDTH, y)
    source.append(" | ".join(" ".join(ls) for ls in head_lines))
    pdf.set_font("serif", "", TSIZE)
    for lines in body:
        h = max(len(ls) for ls in lines) * TLH + 2 * VPAD
        assert y + h <= pdf.h - BOTTOM, "table A must fit on its page"
        for x, w, (_, align), ls in zip(xs, widths, TABLE_COLS, lines, strict=True):
            for i, line in enumerate(ls):
                pdf.set_xy(x + PAD, y + VPAD + i * TLH)
                pdf.cell(w - 2 * PAD, TLH, line, align=align)
        y += h
        printed = [" ".join(ls) for ls in lines]
        while printed and printed[-1] == "":
            printed.pop()
        source.append(" | ".join(printed))
    pdf.line(LEFT, y, LEFT + WIDTH, y)
    pdf.set_y(y + 4)
    pdf.set_auto_page_break(True, BOTTOM)


def tabs(pdf: FPDF, source: list[str]) -> None:
    need(pdf, len(TABS) * LH + 2)
    pdf.set_font("serif", "", SIZE)
    y = pdf.get_y()
    for label, value in TABS:
        pdf.set_xy(LEFT + INDENT, y)
        pdf.cell(TAB_STOP - INDENT, LH, label)
        pdf.set_xy(LEFT + TAB_STOP, y)
        pdf.cell(WIDTH - TAB_STOP, LH, value)
        y += LH
        source.append(f"{label} {value}")
    pdf.set_y(y + 1.8)


def build() -> list[str]:
    check_data()
    pdf = setup()
    pdf.add_page()
    source: list[str] = []
    head(pdf, source, HEAD_LEFT, NUMBER, HEAD_RIGHT, DATELINE, TITLE, SUBTITLE)
    for n, (kind, text) in enumerate(BODY):
        if kind in ("h1", "h2", "h3"):  # a heading is kept with what follows it
            k = n + 1
            while BODY[k][0] in ("h1", "h2", "h3"):
                k += 1
            need(pdf, (k - n) * (LH + 1) + 2 * LH)
        if kind == "h1":
            pdf.set_y(pdf.get_y() + 1)
            paragraph(pdf, text, "B", indent=INDENT, align="L")
            source.append(text)
        elif kind == "h2":
            if BODY[n + 2][0] == "table":  # heading, lead line and table kept together
                need(pdf, 2 * LH + 3 + table_height(pdf))
            need(pdf, 3 * LH)
            paragraph(pdf, text, "B", indent=INDENT, align="L")
            source.append(text)
        elif kind == "h3":
            need(pdf, 3 * LH)
            paragraph(pdf, text, "BI", indent=INDENT, align="L")
            source.append(text)
        elif kind in ("p", "item"):
            paragraph(pdf, text)
            source.append(text)
        elif kind == "lead":
            if BODY[n + 1][0] == "table":  # keep the lead line with its table
                need(pdf, LH + 2 + table_height(pdf))
            else:  # and with the tab-set block
                need(pdf, (len(TABS) + 1) * LH + 2)
            paragraph(pdf, text)
            source.append(text)
        elif kind == "table":
            table_a(pdf, source)
        elif kind == "tabs":
            tabs(pdf, source)
    closing(pdf, source, RECIPIENTS, SIGNATURE)
    pdf.output(str(OUT))
    return source


def main() -> None:
    source = build()
    # whitespace folded, as the project writes a table row ("| |" for an empty cell)
    SOURCE.write_text(
        "\n".join(re.sub(r"\s+", " ", line).strip() for line in source) + "\n", "utf-8"
    )


if __name__ == "__main__":
    main()
