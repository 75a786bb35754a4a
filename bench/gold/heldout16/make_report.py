"""Generator of bench/gold/heldout16/report.pdf (a born-digital year-end report, borderless tables).

Documents how the file was made; not imported by tests, not part of the project. reportlab is
not in the project venv, so it is installed in a folder of its own and put on ``sys.path`` here:

    python3 -m pip install --target /tmp/rl reportlab
    python3 bench/gold/heldout16/make_report.py

(made with reportlab 5.1.0, Python 3.11.7, Debian fonts-dejavu-core 2.37-6).

The PDF is typeset with reportlab's platypus (SimpleDocTemplate, Paragraph with TA_JUSTIFY,
Table) on A4 in DejaVu Serif 12 pt (tables 10.5-11 pt): the year-end 2025 report of Liên đoàn
Lao động tỉnh An Giang (after the merger with Kiên Giang, 01/7/2025), 3 pages. It holds

- table D: "Chỉ tiêu | Đơn vị | Năm 2024 | Năm 2025 | Tăng/giảm (%)", no row-number column,
  the indicator names left-aligned (some wrap onto two lines), numbers right-aligned, the
  header in plain italics on one line, NO rules at all (a platypus Table with no GRID, BOX or
  LINE commands); a "-" cell, an empty cell with the trailing cell dropped, negative changes;
- table E: "STT | Nguồn kinh phí | Chăm lo Tết Ất Tỵ 2025 (Suất quà | Số tiền (triệu đồng))",
  a bold two-row header whose "Chăm lo Tết Ất Tỵ 2025" spans two columns, a "Cộng" row, and
  only two rules: one above the header and one below the last row; cells VALIGN MIDDLE;
- five lines "label .......... value" with dotted leaders to the right margin (a Flowable that
  draws the label, a run of "." and the value right-aligned at the margin).

reportlab's invariant mode is on (``rl_config.invariant = 1``): fixed dates and document id,
so two runs give byte-identical PDFs. The printed text is written to source_report.txt: each
paragraph on one line, a table row as its cells joined with " | " (wrapped cell lines joined
with a space, an empty cell as "", trailing empty cells dropped, a spanned cell said once in
its first column), a leader line as its label and value with the dots dropped and one space.

Every figure, number, person and local document is invented; the cited national documents
(202/2025/QH15, 02-NQ/TW, 50/2024/QH15, 31-CT/TW) are real, with numbers and dates as I know
them.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, "/tmp/rl")

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "report.pdf"
SRC = HERE / "source_report.txt"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("Serif", str(FONTS / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Bold", str(FONTS / "DejaVuSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Italic", str(FONTS / "DejaVuSerif-Italic.ttf")))
pdfmetrics.registerFont(TTFont("Serif-BoldItalic", str(FONTS / "DejaVuSerif-BoldItalic.ttf")))
pdfmetrics.registerFontFamily(
    "Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-BoldItalic"
)

SIZE = 12
LEADING = 14.8
BODY = ParagraphStyle(
    "body",
    fontName="Serif",
    fontSize=SIZE,
    leading=LEADING,
    alignment=TA_JUSTIFY,
    firstLineIndent=10 * mm,
    spaceAfter=3,
)
HEAD = ParagraphStyle("head", parent=BODY, fontName="Serif-Bold", firstLineIndent=0, spaceBefore=3)
SUB = ParagraphStyle("sub", parent=BODY, fontName="Serif-Bold", firstLineIndent=10 * mm)
SUBI = ParagraphStyle("subi", parent=SUB, fontName="Serif-BoldItalic")
NOTE = ParagraphStyle("note", parent=BODY, fontName="Serif-Italic", fontSize=11, leading=15)
CENTER = ParagraphStyle(
    "center", fontName="Serif", fontSize=11.5, leading=14.5, alignment=TA_CENTER, spaceAfter=0
)
CENTER_B = ParagraphStyle("center_b", parent=CENTER, fontName="Serif-Bold")
CENTER_I = ParagraphStyle("center_i", parent=CENTER, fontName="Serif-Italic")
TITLE = ParagraphStyle("title", parent=CENTER_B, fontSize=13.5, leading=18)
SUBTITLE = ParagraphStyle("subtitle", parent=CENTER_B, fontSize=12, leading=16)
SMALL = ParagraphStyle("small", fontName="Serif", fontSize=10.5, leading=13.5)
SIGN = ParagraphStyle("sign", parent=CENTER_B, fontSize=12, leading=15)

# table D: plain italic header on one line, 11 pt body
TD_SIZE = 10.5
TD_NAME = ParagraphStyle("td_name", fontName="Serif", fontSize=TD_SIZE, leading=14)
TD_HEAD_L = ParagraphStyle("td_hl", parent=TD_NAME, fontName="Serif-Italic")
TD_HEAD_R = ParagraphStyle("td_hr", parent=TD_HEAD_L, alignment=TA_RIGHT)
TD_NUM = ParagraphStyle("td_num", parent=TD_NAME, alignment=TA_RIGHT)
# table E: bold header, 11 pt body
TE_NAME = ParagraphStyle("te_name", fontName="Serif", fontSize=11, leading=14)
TE_NAME_B = ParagraphStyle("te_name_b", parent=TE_NAME, fontName="Serif-Bold")
TE_HEAD = ParagraphStyle("te_head", parent=TE_NAME_B, alignment=TA_CENTER)
TE_C = ParagraphStyle("te_c", parent=TE_NAME, alignment=TA_CENTER)
TE_NUM = ParagraphStyle("te_num", parent=TE_NAME, alignment=TA_RIGHT)
TE_NUM_B = ParagraphStyle("te_num_b", parent=TE_NUM, fontName="Serif-Bold")

HEAD_LEFT = ["TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG", "TỈNH AN GIANG"]
NUMBER = "Số: 528/BC-LĐLĐ"
HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
DATELINE = "An Giang, ngày 15 tháng 12 năm 2025"
TITLE_LINES = [
    "BÁO CÁO",
    "Tổng kết công tác công đoàn và phong trào công nhân, viên chức, lao động năm 2025; "
    "phương hướng, nhiệm vụ năm 2026",
]

TABLE_D = [
    ["Chỉ tiêu", "Đơn vị", "Năm 2024", "Năm 2025", "Tăng/giảm (%)"],
    ["Tổng số đoàn viên công đoàn", "Đoàn viên", "248.615", "253.940", "2,1"],
    ["Đoàn viên kết nạp mới", "Đoàn viên", "14.208", "15.362", "8,1"],
    ["Công đoàn cơ sở", "CĐCS", "2.946", "2.871", "-2,5"],
    ["Công đoàn cơ sở thành lập mới", "CĐCS", "58", "61", "5,2"],
    ["Doanh nghiệp có công đoàn ký thỏa ước lao động tập thể", "%", "71,6", "74,8", "-"],
    ["Đoàn viên ưu tú giới thiệu cho Đảng xem xét kết nạp", "Đoàn viên", "1.734", "1.692", "-2,4"],
    ["Thu kinh phí, đoàn phí công đoàn", "Tỷ đồng", "286,4", "301,9", "5,4"],
    ["Sáng kiến, cải tiến kỹ thuật", "Sáng kiến", "", "1.126", ""],
]
TD_WIDTHS = [62 * mm, 22 * mm, 24 * mm, 24 * mm, 32 * mm]

TABLE_E_HEAD = [
    ["STT", "Nguồn kinh phí", "Chăm lo Tết Ất Tỵ 2025", ""],
    ["", "", "Suất quà", "Số tiền (triệu đồng)"],
]
TABLE_E = [
    ["1", "Tổng Liên đoàn Lao động Việt Nam hỗ trợ", "2.150", "1.075"],
    ["2", "Liên đoàn Lao động tỉnh", "6.420", "3.852"],
    ["3", "Công đoàn cơ sở phối hợp với chuyên môn, chủ doanh nghiệp", "96.870", "68.215"],
    ["4", "Doanh nghiệp, nhà hảo tâm, các đơn vị tài trợ", "12.380", "7.428"],
    ["5", "Chương trình “Tết Sum vầy”", "1.540", "2.310"],
    ["", "Cộng", "119.360", "82.880"],
]
TE_WIDTHS = [14 * mm, 84 * mm, 30 * mm, 36 * mm]

LEAD_LEADERS = "Số liệu thống kê tổ chức công đoàn toàn tỉnh cuối năm 2025:"
LEADERS = [
    (0, "Số công đoàn cấp trên trực tiếp cơ sở", "10"),
    (0, "Số công đoàn cơ sở", "2.871"),
    (8 * mm, "Trong đó: CĐCS khu vực doanh nghiệp", "1.342"),
    (0, "Số đoàn viên công đoàn", "253.940"),
    (0, "Số cán bộ công đoàn chuyên trách", "186"),
]

# ("h", heading) | ("s", subheading) | ("si", italic subheading) | ("p", paragraph)
# | ("note", italic note) | ("D",) table D | ("E",) table E | ("L",) leader lines
BODY_TEXT: list[tuple[str, ...]] = [
    (
        "p",
        "Thực hiện Kế hoạch số 142/KH-LĐLĐ ngày 20/01/2025 của Ban Thường vụ Liên đoàn Lao "
        "động tỉnh, Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh An Giang báo cáo tổng kết công "
        "tác công đoàn năm 2025 như sau:",
    ),
    ("h", "I. ĐẶC ĐIỂM TÌNH HÌNH"),
    (
        "p",
        "Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, từ ngày 01/7/2025 "
        "tỉnh An Giang và tỉnh Kiên Giang hợp nhất thành tỉnh An Giang; Liên đoàn Lao động tỉnh "
        "được hợp nhất, công đoàn cấp huyện kết thúc hoạt động, các công đoàn cơ sở (CĐCS) được "
        "chuyển về công đoàn ngành và Liên đoàn Lao động tỉnh trực tiếp quản lý. Sau sắp xếp, "
        "tỉnh có 102 xã, phường, đặc khu. "
        "Trên địa bàn tỉnh hiện có khoảng 21.400 doanh nghiệp đang hoạt động, sử dụng hơn "
        "318.000 lao động; thu nhập bình quân của người lao động ước đạt 7,8 triệu "
        "đồng/người/tháng, tăng khoảng 6% so với năm 2024.",
    ),
    ("h", "II. KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2025"),
    ("s", "1. Kết quả thực hiện các chỉ tiêu chủ yếu"),
    (
        "p",
        "Kết quả một số chỉ tiêu chủ yếu năm 2025 so với năm 2024 như sau:",
    ),
    ("D",),
    (
        "note",
        "Số liệu năm 2024 là số cộng của LĐLĐ tỉnh An Giang và LĐLĐ tỉnh Kiên Giang (cũ); số "
        "sáng kiến năm 2024 chưa được thống kê chung.",
    ),
    ("s", "2. Công tác tuyên truyền, giáo dục"),
    (
        "p",
        "Các cấp công đoàn tổ chức quán triệt Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ "
        "Chính trị và Luật Công đoàn số 50/2024/QH15 đến đoàn viên, người lao động; trên 92% CĐCS đã tổ "
        "chức cho đoàn viên học tập, thảo luận. Năm 2025, toàn tỉnh tổ chức 1.265 buổi tuyên "
        "truyền, phổ biến pháp luật với gần 97.000 lượt đoàn viên, người lao động tham dự.",
    ),
    ("s", "3. Đại diện, bảo vệ quyền lợi của đoàn viên, người lao động"),
    (
        "p",
        "Năm 2025, 100% cơ quan, đơn vị khu vực nhà nước tổ chức hội nghị cán bộ, công chức, "
        "viên chức; 1.184/1.342 doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao "
        "động, đạt 88,2%. Công đoàn các cấp tham gia thương lượng, ký mới và sửa đổi, bổ sung "
        "236 bản thỏa ước lao động tập thể; tỷ lệ doanh nghiệp có công đoàn ký kết thỏa ước đạt "
        "74,8%, trong đó 57 bản được xếp loại A. Công đoàn tham gia giải quyết 2 cuộc ngừng việc "
        "tập thể tại doanh nghiệp có vốn đầu tư nước ngoài, giảm 1 cuộc so với năm 2024, giúp "
        "người lao động được truy lĩnh hơn 1,2 tỷ đồng tiền lương, bảo hiểm xã hội.",
    ),
    ("s", "4. Công tác chăm lo đời sống đoàn viên, người lao động"),
    ("si", "a) Chăm lo Tết Ất Tỵ 2025"),
    (
        "p",
        "Dịp Tết Ất Tỵ 2025, công đoàn các cấp phối hợp với chuyên môn, doanh nghiệp thăm hỏi, "
        "tặng 119.360 suất quà cho đoàn viên, người lao động với tổng số tiền gần 82,9 tỷ đồng, "
        "bình quân khoảng 694 nghìn đồng mỗi suất. Kết quả theo nguồn kinh phí như sau:",
    ),
    ("E",),
    ("si", "b) Các hoạt động chăm lo khác"),
    (
        "p",
        "Trong “Tháng Công nhân” năm 2025, các cấp công đoàn tổ chức 486 hoạt động chăm lo, hỗ "
        "trợ 12.870 lượt đoàn viên, người lao động với số tiền hơn 9,6 tỷ đồng. Công đoàn các "
        "cấp xây dựng mới 32 nhà và sửa chữa 6 nhà “Mái ấm Công đoàn” với tổng "
        "kinh phí 2,1 tỷ đồng. Quỹ Trợ vốn CEP cho 2.150 lượt người lao động vay với số tiền "
        "46,5 tỷ đồng; đoàn viên, người lao động quyên góp ủng hộ đồng bào các tỉnh phía Bắc bị "
        "thiệt hại do bão, lũ hơn 3,4 tỷ đồng.",
    ),
    ("s", "5. Phát triển đoàn viên, xây dựng tổ chức công đoàn vững mạnh"),
    (
        "p",
        "Năm 2025, các cấp công đoàn kết nạp 15.362 đoàn viên, đạt 109,7% kế hoạch; thành lập "
        "mới 61 CĐCS với 1.284 đoàn viên, đạt 101,7% kế hoạch. Tính đến ngày 30/11/2025, toàn "
        "tỉnh có 2.871 CĐCS với 253.940 đoàn viên, trong đó đoàn viên nữ chiếm khoảng 55%. Số "
        "CĐCS giảm 75 đơn vị so với năm 2024 do sắp xếp bộ máy và doanh nghiệp giải thể.",
    ),
    ("L",),
    (
        "p",
        "Kết quả đánh giá, xếp loại năm 2025 có 2.418 CĐCS hoàn thành tốt nhiệm vụ trở lên "
        "(84,2%); các cấp công đoàn giới thiệu 1.692 đoàn viên ưu tú cho tổ chức Đảng xem xét, "
        "trong đó 1.105 đồng chí đã được kết nạp vào Đảng. Công tác đào tạo, bồi dưỡng cán bộ "
        "được chú trọng: mở 124 lớp tập huấn cho 9.860 lượt cán bộ công đoàn, đạt 103,8% kế "
        "hoạch.",
    ),
    ("s", "6. Công tác thi đua, tài chính công đoàn"),
    (
        "p",
        "Phong trào thi đua “Lao động giỏi, lao động sáng tạo” có 1.126 sáng kiến, cải tiến kỹ "
        "thuật được đăng ký, trong đó 412 sáng kiến được Hội đồng sáng kiến cấp tỉnh công nhận, "
        "giá trị làm lợi hơn 38 tỷ đồng. Thu kinh phí, đoàn phí công đoàn năm 2025 đạt 301,9 tỷ "
        "đồng, bằng 104,1% dự toán, tăng 5,4% so với năm 2024; còn 162 doanh nghiệp nợ đọng khoảng 7,3 tỷ đồng.",
    ),
    ("s", "7. Hạn chế"),
    (
        "p",
        "Tỷ lệ doanh nghiệp tổ chức hội nghị người lao động chưa đạt chỉ tiêu 90% đề ra; phát "
        "triển đoàn viên ở khu vực ngoài nhà nước còn khó khăn.",
    ),
    ("h", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
    (
        "p",
        "Năm 2026, các cấp công đoàn tiếp tục thực hiện Chỉ thị số 31-CT/TW ngày 19/3/2024 của "
        "Ban Bí thư và Nghị quyết số 07-NQ/LĐLĐ ngày 10/12/2025 của Ban Chấp hành LĐLĐ tỉnh, "
        "tuyên truyền chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của "
        "Đảng và phấn đấu đạt các chỉ tiêu chủ yếu: kết nạp mới ít nhất 15.000 đoàn viên; thành "
        "lập mới tối thiểu 62 CĐCS; 90% trở lên doanh nghiệp có tổ chức công đoàn tổ chức hội "
        "nghị người lao động; giới thiệu 1.850 đoàn viên ưu tú cho Đảng xem xét kết nạp; thu "
        "kinh phí, đoàn phí công đoàn đạt 100% dự toán trở lên.",
    ),
    (
        "p",
        "Dịp Tết Bính Ngọ 2026, phấn đấu chăm lo cho khoảng 120.000 đoàn viên, người lao động, "
        "trong đó tối thiểu 30% là đoàn viên có hoàn cảnh khó khăn; xây dựng, sửa chữa 40 nhà "
        "“Mái ấm Công đoàn”; mỗi CĐCS doanh nghiệp tổ chức ít nhất 1 lần đối thoại định kỳ tại "
        "nơi làm việc.",
    ),
    (
        "p",
        "Trên đây là báo cáo tổng kết công tác công đoàn năm 2025, phương hướng, nhiệm vụ năm "
        "2026 của Liên đoàn Lao động tỉnh An Giang./.",
    ),
]

RECIPIENTS = [
    "Nơi nhận:",
    "- Tổng LĐLĐ Việt Nam (b/c);",
    "- Thường trực Tỉnh ủy (b/c);",
    "- Các công đoàn cấp trên trực tiếp cơ sở;",
    "- Lưu: VT, ToC.",
]
SIGNATURE = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "(Đã ký)", "Lâm Văn Thạnh"]


def fold(s: str) -> str:
    return " ".join(s.split())


def row_text(cells: list[str]) -> str:
    cells = [fold(c) for c in cells]
    while cells and cells[-1] == "":
        cells.pop()
    return fold(" | ".join(cells))


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Leader(Flowable):
    """One statistics line: the label, a run of dots, the value right-aligned at the margin."""

    def __init__(self, indent: float, label: str, value: str) -> None:
        super().__init__()
        self.indent, self.label, self.value = indent, label, value
        self.font, self.size, self.lead = "Serif", SIZE, LEADING

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.lead

    def draw(self) -> None:
        c = self.canv
        c.setFont(self.font, self.size)
        y = 4.5
        x0 = 10 * mm + self.indent
        c.drawString(x0, y, self.label)
        c.drawRightString(self.width, y, self.value)
        start = x0 + pdfmetrics.stringWidth(self.label, self.font, self.size) + 4
        end = self.width - pdfmetrics.stringWidth(self.value, self.font, self.size) - 4
        dot = pdfmetrics.stringWidth(".", self.font, self.size)
        n = int((end - start) // dot)
        assert n >= 10, self.label
        c.drawRightString(end, y, "." * n)


def wrapped_lines(text: str, style: ParagraphStyle, width: float) -> int:
    p = Paragraph(esc(text), style)
    p.wrap(width, 1000)
    return len(p.blPara.lines)


def table_d() -> Table:
    pad = 4
    data = []
    for i, row in enumerate(TABLE_D):
        if i == 0:
            data.append(
                [Paragraph(esc(row[0]), TD_HEAD_L), Paragraph(esc(row[1]), TD_HEAD_L)]
                + [Paragraph(esc(c), TD_HEAD_R) for c in row[2:]]
            )
            for c, w in zip(row, TD_WIDTHS, strict=True):
                assert wrapped_lines(c, TD_HEAD_L, w - 2 * pad) == 1, c
        else:
            data.append(
                [Paragraph(esc(row[0]), TD_NAME), Paragraph(esc(row[1]), TD_NAME)]
                + [Paragraph(esc(c), TD_NUM) for c in row[2:]]
            )
    wraps = [wrapped_lines(r[0], TD_NAME, TD_WIDTHS[0] - 2 * pad) for r in TABLE_D[1:]]
    assert max(wraps) == 2 and 3 <= wraps.count(2) <= 4, wraps
    t = Table(data, colWidths=TD_WIDTHS, hAlign="CENTER")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
            ]
        )
    )
    return t


def table_e() -> Table:
    pad = 4
    data = [
        [
            Paragraph(esc(TABLE_E_HEAD[0][0]), TE_HEAD),
            Paragraph(esc(TABLE_E_HEAD[0][1]), TE_HEAD),
            Paragraph(esc(TABLE_E_HEAD[0][2]), TE_HEAD),
            "",
        ],
        [
            "",
            "",
            Paragraph(esc(TABLE_E_HEAD[1][2]), TE_HEAD),
            Paragraph(esc(TABLE_E_HEAD[1][3]), TE_HEAD),
        ],
    ]
    for row in TABLE_E:
        bold = row[1] == "Cộng"
        data.append(
            [
                Paragraph(esc(row[0]), TE_C),
                Paragraph(esc(row[1]), TE_NAME_B if bold else TE_NAME),
                Paragraph(esc(row[2]), TE_NUM_B if bold else TE_NUM),
                Paragraph(esc(row[3]), TE_NUM_B if bold else TE_NUM),
            ]
        )
    wraps = [wrapped_lines(r[1], TE_NAME, TE_WIDTHS[1] - 2 * pad) for r in TABLE_E]
    assert wraps.count(2) >= 2, wraps
    t = Table(data, colWidths=TE_WIDTHS, hAlign="CENTER")
    t.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (1, 0), (1, 1)),
                ("SPAN", (2, 0), (3, 0)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEABOVE", (0, 0), (-1, 0), 0.7, "black"),
                ("LINEBELOW", (0, -1), (-1, -1), 0.7, "black"),
            ]
        )
    )
    return t


def check_numbers() -> None:
    def num(s: str) -> float:
        return float(s.replace(".", "").replace(",", "."))

    for row in TABLE_D[1:]:
        a, b, d = row[2], row[3], row[4]
        if a and b and d not in ("", "-"):
            assert round((num(b) / num(a) - 1) * 100, 1) == num(d), row
    e = TABLE_E
    assert sum(num(r[2]) for r in e[:-1]) == num(e[-1][2])
    assert sum(num(r[3]) for r in e[:-1]) == num(e[-1][3])
    for r in e[:-1]:
        assert r[0] not in r[2:], r


def head_block() -> Table:
    left = [Paragraph(esc(HEAD_LEFT[0]), CENTER)]
    left += [Paragraph(esc(s), CENTER_B) for s in HEAD_LEFT[1:]]
    left += [
        HRFlowable(
            width="35%", thickness=0.6, color="black", spaceBefore=1, spaceAfter=3, hAlign="CENTER"
        )
    ]
    left += [Paragraph(esc(NUMBER), CENTER)]
    right = [Paragraph(esc(s), CENTER_B) for s in HEAD_RIGHT]
    right += [
        HRFlowable(
            width="55%", thickness=0.6, color="black", spaceBefore=1, spaceAfter=3, hAlign="CENTER"
        )
    ]
    right += [Paragraph(esc(DATELINE), CENTER_I)]
    t = Table([[left, right]], colWidths=[70 * mm, 100 * mm], hAlign="CENTER")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def sign_block() -> Table:
    left = [Paragraph("<b><i>Nơi nhận:</i></b>", SMALL)]
    left += [Paragraph(esc(s), SMALL) for s in RECIPIENTS[1:]]
    right = [Paragraph(esc(SIGNATURE[0]), SIGN), Paragraph(esc(SIGNATURE[1]), SIGN)]
    right += [Spacer(1, 5 * mm), Paragraph("<i>(Đã ký)</i>", CENTER), Spacer(1, 5 * mm)]
    right += [Paragraph(esc(SIGNATURE[3]), SIGN)]
    t = Table([[left, right]], colWidths=[88 * mm, 82 * mm], hAlign="CENTER")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def page_number(c, doc) -> None:
    c.saveState()
    c.setFont("Serif", 11)
    c.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, str(doc.page))
    c.restoreState()


def build() -> list[str]:
    check_numbers()
    src: list[str] = []
    src += HEAD_LEFT + [NUMBER] + HEAD_RIGHT + [DATELINE, ""]
    src += [TITLE_LINES[0], TITLE_LINES[1]]
    story: list = [head_block(), Spacer(1, 9 * mm)]
    story += [Paragraph(esc(TITLE_LINES[0]), TITLE), Paragraph(esc(TITLE_LINES[1]), SUBTITLE)]
    story += [Spacer(1, 6 * mm)]
    pending: list = []  # headings kept with what follows
    for item in BODY_TEXT:
        kind = item[0]
        if kind in ("h", "s", "si"):
            style = {"h": HEAD, "s": SUB, "si": SUBI}[kind]
            pending.append(Paragraph(esc(item[1]), style))
            src.append(item[1])
            continue
        if kind == "p":
            flow = [Paragraph(esc(item[1]), BODY)]
            src.append(item[1])
        elif kind == "note":
            flow = [Paragraph(esc(item[1]), NOTE)]
            src.append(item[1])
        elif kind == "D":
            flow = [KeepTogether([Spacer(1, 2), table_d()]), Spacer(1, 5)]
            src += [row_text(r) for r in TABLE_D]
        elif kind == "E":
            flow = [KeepTogether([Spacer(1, 2), table_e()]), Spacer(1, 6)]
            src.append(row_text(TABLE_E_HEAD[0]))
            src.append(row_text(TABLE_E_HEAD[1]))
            src += [row_text(r) for r in TABLE_E]
        elif kind == "L":
            block = [Paragraph(esc(LEAD_LEADERS), BODY)]
            block += [Leader(i, lab, val) for i, lab, val in LEADERS]
            flow = [KeepTogether(block), Spacer(1, 4)]
            src.append(LEAD_LEADERS)
            src += [f"{lab} {val}" for _, lab, val in LEADERS]
        else:
            raise ValueError(kind)
        if pending:
            # a heading goes to the next page unless it and three lines fit under it
            story.append(CondPageBreak(len(pending) * 18 + 3 * LEADING + 4))
            story += pending + flow
            pending = []
        else:
            story += flow
    story += [Spacer(1, 3 * mm), sign_block()]
    src += [""] + RECIPIENTS + SIGNATURE

    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title="Báo cáo tổng kết công tác công đoàn năm 2025",
        author="LĐLĐ tỉnh An Giang",
    )
    doc.build(story, onLaterPages=page_number)
    SRC.write_text("\n".join(src) + "\n", encoding="utf-8")
    return src


if __name__ == "__main__":
    build()
    print(OUT, SRC)
