"""Generator of bench/gold/heldout20/scan.pdf (a three-page year-end report, photocopied).

Documents how the file was made; not imported by tests, not part of the project. Runs with
the project's interpreter (Pillow and numpy are in /work/main/.venv) and Debian's Liberation
Serif 2 (Times New Roman metrics, the usual face of Vietnamese official documents):

    apt-get install -y fonts-liberation2
    /work/main/.venv/bin/python bench/gold/heldout20/make_scan.py

(made with Pillow 13.0.0, numpy 2.4.6, fonts-liberation2 2.1.5-1, Python 3.11).

"BÁO CÁO Kết quả hoạt động công đoàn năm 2025, phương hướng, nhiệm vụ năm 2026" of Liên
đoàn Lao động tỉnh Gia Lai (after the merger with Bình Định from 01/7/2025). Each page is
typeset with Pillow on an A4 canvas at 300 dpi in grey (Liberation Serif 13 pt body,
justified), with a borderless two-column letterhead and "Nơi nhận" beside the signature, and
three tabular things typeset the way Word prints them:

- Table 1, Word "No Border": no rule at all; header bold, centred, wrapped on two lines;
  body cells set at the top of their rows, names wrapped in their cells, numbers
  right-aligned, one "-" cell and one empty rate cell.
- Table 2, rows ruled only: a rule above and one under the header and one under every row,
  no vertical rule; numbers centred, cells centred vertically; it starts near the foot of
  page 2 and goes on to page 3 under its header printed again (Word's "repeat header row").
- Five leader lines: a label, dotted leaders to a right tab, the value.

Then each page is "photocopied": turned (+0.55, -0.8, +0.35 degrees), blurred slightly,
toner darkened on a light uneven paper, light grain, a few specks, saved as grey JPEG
quality 80 at 300 dpi in a PDF with no text layer. The printed text is written to
source_scan.txt (a table row as its cells joined with " | ", a leader line as
"label ⋯ value"). The seed is fixed, so the page images are the same on every run (only the
PDF's CreationDate changes).

Every figure, number, person and local document is invented; the cited national documents
(Nghị quyết 202/2025/QH15, Nghị quyết 02-NQ/TW, Luật Công đoàn số 50/2024/QH15) are real.
"""

from __future__ import annotations

import io
import math
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scanned_print import justify, smooth_field, wrap  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "scan.pdf"
SOURCE = HERE / "source_scan.txt"
FONTS = Path("/usr/share/fonts/truetype/liberation2")

DPI = 300
MM = DPI / 25.4
PT = DPI / 72
WIDTH, HEIGHT = round(210 * MM), round(297 * MM)
LEFT, RIGHT, TOP, BOTTOM = round(30 * MM), round(20 * MM), round(20 * MM), round(20 * MM)
SIZE = round(13 * PT)
LEADING = round(13 * PT * 1.15)
AFTER = round(3 * PT)  # space after a paragraph
INDENT = round(12.7 * MM)  # Word's first-line indent of 1.27 cm
T_SIZE = round(12 * PT)  # tables
T_LEAD = round(12 * PT * 1.18)
CELL = round(1.9 * MM)  # Word's left/right cell margin
RULE = 3

TURN = [0.55, -0.8, 0.35]  # degrees, pages 1-3
SEED = 20
BLUR = 0.6
TONER, PAPER = 0.12, 0.93
GRAIN = 5.0
SPECKS = 120
QUALITY = 80


def font(style: str = "", size: int | None = None) -> ImageFont.FreeTypeFont:
    name = {"": "Regular", "b": "Bold", "i": "Italic", "bi": "BoldItalic"}[style]
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{name}.ttf"), size or SIZE)


HEADER_LEFT = [
    ("", "TỔNG LĐLĐ VIỆT NAM"),
    ("b", "LIÊN ĐOÀN LAO ĐỘNG"),
    ("b", "TỈNH GIA LAI"),
    ("rule", ""),
    ("", "Số: 426/BC-LĐLĐ"),
]
HEADER_RIGHT = [
    ("b", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("b", "Độc lập - Tự do - Hạnh phúc"),
    ("rule", ""),
    ("", ""),
    ("i", "Gia Lai, ngày 16 tháng 12 năm 2025"),
]

# ---- table 1: plan and results, Word "No Border" ------------------------------------------
T1_HEAD = [
    "TT",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Kế hoạch năm 2025",
    "Thực hiện năm 2025",
    "Tỷ lệ (%)",
]
T1 = [
    ["1", "Kết nạp đoàn viên công đoàn mới", "Đoàn viên", "6.500", "7.126", "109,6"],
    ["2", "Thành lập công đoàn cơ sở mới", "CĐCS", "30", "34", "113,3"],
    [
        "3",
        "Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp",
        "Người",
        "1.200",
        "1.348",
        "112,3",
    ],
    ["4", "Tập huấn cán bộ công đoàn", "Lượt người", "4.000", "4.412", "110,3"],
    ["5", "Đơn vị tổ chức hội nghị người lao động, hội nghị CBCCVC", "%", "90", "94,0", "104,4"],
    ["6", "Thỏa ước lao động tập thể ký mới, ký lại", "Bản", "120", "131", "109,2"],
    ["7", "Nhà “Mái ấm Công đoàn” bàn giao", "Nhà", "45", "52", "115,6"],
    ["8", "Thu kinh phí công đoàn", "Triệu đồng", "96.500", "101.870", "105,6"],
    ["9", "Ngừng việc tập thể được phối hợp giải quyết", "Cuộc", "-", "3", ""],
]
T1_MM = [10, 60, 22, 23, 23, 22]  # 160 mm, the text width
T1_ALIGN = "clcrrr"

# ---- table 2: by union directly above the grassroots, rows ruled only ----------------------
T2_HEAD = ["TT", "Đơn vị", "Số CĐCS", "Số đoàn viên", "Trong đó nữ", "Kết nạp mới"]
T2 = [
    ["1", "Công đoàn Viên chức tỉnh", "156", "9.845", "5.120", "214"],
    ["2", "Công đoàn ngành Giáo dục", "418", "31.260", "23.705", "536"],
    ["3", "Công đoàn ngành Y tế", "64", "11.938", "8.412", "297"],
    ["4", "Công đoàn các Khu kinh tế, Khu công nghiệp tỉnh", "127", "38.416", "24.980", "2.645"],
    ["5", "Công đoàn ngành Giao thông - Xây dựng", "48", "3.172", "690", "118"],
    ["6", "Công đoàn ngành Công Thương", "53", "4.205", "1.876", "175"],
    ["7", "Công đoàn ngành Nông nghiệp và Môi trường", "71", "5.390", "2.047", "203"],
    ["", "Tổng cộng", "937", "104.226", "66.830", "4.188"],
]
T2_MM = [10, 64, 19, 23, 22, 22]  # 160 mm
T2_ALIGN = "clcccc"
T2_ROWS_ON_FIRST_PAGE = None  # set by the page: as many rows as fit

LEADERS = [
    ("Số công đoàn cơ sở", "1.184"),
    ("Tổng số đoàn viên", "186.420 người"),
    ("Trong đó đoàn viên nữ", "97.315 người"),
    ("Đoàn viên kết nạp mới trong năm", "7.126 người"),
    ("Công đoàn cơ sở thành lập mới", "34"),
]

BODY = [
    ("title", "BÁO CÁO"),
    ("sub", "Kết quả hoạt động công đoàn năm 2025,"),
    ("sub", "phương hướng, nhiệm vụ năm 2026"),
    ("rule", ""),
    (
        "p",
        "Thực hiện Kế hoạch số 18/KH-LĐLĐ ngày 15/01/2025 của Ban Thường vụ Liên đoàn Lao động "
        "tỉnh về hoạt động công đoàn năm 2025, Ban Thường vụ Liên đoàn Lao động tỉnh Gia Lai báo "
        "cáo kết quả hoạt động năm 2025, phương hướng, nhiệm vụ năm 2026 như sau:",
    ),
    ("h", "I. ĐẶC ĐIỂM TÌNH HÌNH"),
    (
        "p",
        "Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị "
        "hành chính cấp tỉnh, từ ngày 01/7/2025 tỉnh Gia Lai và tỉnh Bình Định hợp nhất thành "
        "tỉnh Gia Lai; Liên đoàn Lao động tỉnh Gia Lai và tỉnh Bình Định cũ được hợp nhất, công "
        "đoàn cấp huyện kết thúc hoạt động. Tính đến ngày 30/11/2025, toàn tỉnh có 1.184 CĐCS "
        "với 186.420 đoàn viên, trong đó nữ chiếm 52,2%. Trên địa bàn còn khoảng 2.950 doanh nghiệp ngoài nhà nước "
        "chưa thành lập công đoàn; thu nhập bình quân của người lao động trong doanh nghiệp ước "
        "đạt 7,8 triệu đồng/người/tháng.",
    ),
    ("h", "II. KẾT QUẢ HOẠT ĐỘNG NĂM 2025"),
    ("h", "1. Công tác tuyên truyền, giáo dục"),
    (
        "p",
        "Các cấp công đoàn tổ chức quán triệt Luật Công đoàn số 50/2024/QH15 và các văn bản "
        "hướng dẫn thi hành đến cán bộ công đoàn cơ sở. Đã tổ chức 1.265 buổi tuyên truyền, phổ "
        "biến pháp luật cho hơn 96.000 lượt đoàn viên, người lao động; phát hành gần 25.000 tờ "
        "gấp, tài liệu tuyên truyền về chính sách bảo hiểm xã hội, an toàn, vệ sinh lao động.",
    ),
    ("h", "2. Công tác đại diện, bảo vệ quyền lợi và chăm lo cho đoàn viên"),
    (
        "p",
        "Có 1.036/1.102 cơ quan, đơn vị, doanh nghiệp tổ chức hội nghị người lao động, hội nghị "
        "cán bộ, công chức, viên chức đúng quy định, đạt 94,0%. Công đoàn các cấp phối hợp tổ "
        "chức 612 cuộc đối thoại tại nơi làm việc; ký mới, ký lại 131 bản thỏa ước lao động tập "
        "thể, đạt 109,2% kế hoạch, nâng tổng số thỏa ước còn hiệu lực lên 868 bản. Trong năm "
        "xảy ra 3 cuộc ngừng việc tập thể, đều được công đoàn phối hợp giải quyết kịp thời, "
        "không có đình công.",
    ),
    (
        "p",
        "Dịp Tết Ất Tỵ 2025, công đoàn các cấp thăm hỏi, tặng 52.480 suất quà cho đoàn viên, "
        "người lao động với tổng số tiền hơn 31,7 tỷ đồng; tổ chức 18 chuyến xe đưa gần 900 "
        "công nhân về quê đón Tết. Trong năm, bàn giao 52 nhà “Mái ấm Công đoàn”, mỗi nhà được "
        "hỗ trợ từ 50 đến 70 triệu đồng; trợ cấp khó khăn đột xuất cho 1.420 đoàn viên với số "
        "tiền trên 1,2 tỷ đồng.",
    ),
    ("h", "3. Phát triển đoàn viên, xây dựng tổ chức công đoàn"),
    (
        "p",
        "Năm 2025, toàn tỉnh kết nạp mới 7.126 đoàn viên, đạt 109,6% kế hoạch; thành lập mới 34 "
        "CĐCS, trong đó 29 CĐCS ở doanh nghiệp ngoài nhà nước. Liên đoàn Lao động tỉnh mở 96 "
        "lớp tập huấn cho 4.412 lượt cán bộ công đoàn, đạt 110,3% kế hoạch; giới thiệu 1.348 "
        "đoàn viên ưu tú cho cấp ủy xem xét, trong đó 1.105 đồng chí đã được kết nạp vào Đảng. "
        "Kết quả đánh giá chất lượng, có 1.002/1.184 CĐCS hoàn thành tốt nhiệm vụ trở lên, "
        "chiếm 84,6%. Số liệu cơ bản về tổ chức công đoàn năm 2025 như sau:",
    ),
    ("leaders", ""),
    ("h", "4. Phong trào thi đua và công tác tài chính công đoàn"),
    (
        "p",
        "Phong trào “Lao động giỏi, lao động sáng tạo” có 2.318 sáng kiến được công nhận, làm "
        "lợi trên 46 tỷ đồng. Thu kinh phí công đoàn năm 2025 ước đạt 101,87 tỷ đồng, bằng "
        "105,6% kế hoạch; thu đoàn phí công đoàn đạt 24,3 tỷ đồng. Chi cho hoạt động chăm lo, "
        "bảo vệ đoàn viên chiếm 42,5% tổng chi.",
    ),
    ("h", "5. Kết quả thực hiện các chỉ tiêu năm 2025"),
    ("table1", ""),
    ("h", "6. Tổ chức công đoàn và đoàn viên của các công đoàn cấp trên trực tiếp cơ sở"),
    (
        "p",
        "Ngoài 247 CĐCS do Liên đoàn Lao động tỉnh trực tiếp quản lý, số liệu của 7 công đoàn "
        "cấp trên trực tiếp cơ sở như sau:",
    ),
    ("table2", ""),
    (
        "p",
        "Các công đoàn cấp trên trực tiếp cơ sở quản lý 937 CĐCS với 104.226 đoàn viên, bằng "
        "55,9% tổng số đoàn viên toàn tỉnh. Riêng Công đoàn các Khu kinh tế, Khu công nghiệp "
        "tỉnh kết nạp mới 2.645 đoàn viên, bằng 37,1% số đoàn viên kết nạp mới của toàn tỉnh.",
    ),
    ("h", "7. Hạn chế"),
    (
        "p",
        "Tỷ lệ đoàn viên ở khu vực doanh nghiệp ngoài nhà nước còn thấp; việc sắp xếp tổ chức, "
        "cán bộ công đoàn sau hợp nhất còn nhiều khó khăn; một số CĐCS hoạt động còn hình thức.",
    ),
    ("h", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
    (
        "p",
        "Tiếp tục thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ "
        "chức và hoạt động của Công đoàn Việt Nam trong tình hình mới, Liên đoàn Lao động tỉnh "
        "đề ra các chỉ tiêu năm 2026 như sau:",
    ),
    (
        "p",
        "- Kết nạp mới ít nhất 7.500 đoàn viên; thành lập mới từ 35 CĐCS trở lên, tập trung ở "
        "các doanh nghiệp ngoài nhà nước.",
    ),
    (
        "p",
        "- Phấn đấu trên 85% CĐCS được xếp loại hoàn thành tốt nhiệm vụ trở lên; 95% cơ quan, "
        "đơn vị, doanh nghiệp tổ chức hội nghị người lao động, hội nghị cán bộ, công chức, viên "
        "chức.",
    ),
    (
        "p",
        "- Ký mới, ký lại khoảng 130 bản thỏa ước lao động tập thể; tập huấn cho 4.500 lượt cán "
        "bộ công đoàn; giới thiệu ít nhất 1.300 đoàn viên ưu tú cho Đảng.",
    ),
    (
        "p",
        "- Vận động xây dựng 50 nhà “Mái ấm Công đoàn”; thu kinh phí công đoàn đạt không dưới "
        "104 tỷ đồng.",
    ),
    (
        "p",
        "Chăm lo chu đáo Tết Bính Ngọ 2026 cho đoàn viên, người lao động, dự kiến dành khoảng "
        "33 tỷ đồng cho chương trình “Tết Sum vầy”; hướng dẫn các CĐCS tổ chức đại hội đúng "
        "quy định của Luật Công đoàn số 50/2024/QH15.",
    ),
    (
        "p",
        "Trên đây là báo cáo kết quả hoạt động công đoàn năm 2025, phương hướng, nhiệm vụ năm "
        "2026 của Liên đoàn Lao động tỉnh Gia Lai./.",
    ),
    ("end", ""),
]

RECIPIENTS = [
    "Nơi nhận:",
    "- Tổng LĐLĐ Việt Nam (b/c);",
    "- Thường trực Tỉnh ủy (b/c);",
    "- UBND tỉnh;",
    "- Các công đoàn cấp trên trực tiếp cơ sở;",
    "- Lưu: VT, ToC.",
]
SIGNATURE = [
    ("b", "TM. BAN THƯỜNG VỤ"),
    ("b", "CHỦ TỊCH"),
    ("", ""),
    ("", ""),
    ("b", "Lê Văn Thắng"),
]


class Page:
    def __init__(self, number: int) -> None:
        self.image = Image.new("L", (WIDTH, HEIGHT), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.y = TOP
        if number > 1:  # Word's page number, top centre from page 2
            self.centred(str(number), font("", round(12 * PT)), LEFT, WIDTH - RIGHT, round(10 * MM))
            self.y = TOP + round(3 * MM)

    def centred(self, text: str, face, x0: int, x1: int, y: int) -> None:
        w = face.getlength(text)
        self.draw.text((round((x0 + x1 - w) / 2), y), text, font=face, fill=0)

    def right(self, text: str, face, x1: int, y: int) -> None:
        self.draw.text((round(x1 - face.getlength(text)), y), text, font=face, fill=0)


def header(page: Page) -> None:
    """The two-column head, borderless: issuer and number left, motto and dateline right."""
    size = round(13 * PT)
    split = round(88 * MM)
    bottom = page.y
    for column, x0, x1 in (
        (HEADER_LEFT, round(18 * MM), split),
        (HEADER_RIGHT, split, round(202 * MM)),
    ):
        y = page.y
        previous = None
        for style, text in column:
            if style == "rule":
                w = font("b", size).getlength(previous) * (0.45 if x0 < split else 0.7)
                mid = (x0 + x1) / 2
                page.draw.line(
                    (mid - w / 2, y + round(1 * PT), mid + w / 2, y + round(1 * PT)),
                    fill=0,
                    width=3,
                )
                y += round(6 * PT)
                continue
            if text:
                s = size if style != "b" or x0 < split else round(12.5 * PT)
                page.centred(text, font(style, s), x0, x1, y)
                previous = text
            y += round(size * 1.2) if text else round(size * 0.3)
        bottom = max(bottom, y)
    page.y = bottom + round(8 * PT)


class Table:
    """A Word table: cell margins CELL left and right, no padding above or below."""

    def __init__(self, head, rows, widths_mm, align, head_bold_rows=(), valign="top", ruled=False):
        self.head, self.rows, self.align = head, rows, align
        self.widths = [round(w * MM) for w in widths_mm]
        self.bold_rows, self.valign, self.ruled = set(head_bold_rows), valign, ruled
        self.xs = [LEFT]
        for w in self.widths:
            self.xs.append(self.xs[-1] + w)
        self.pad = round(2.5 * PT) if ruled else round(1.5 * PT)

    def lines(self, text: str, face, c: int) -> list[str]:
        return wrap(text, face, self.widths[c] - 2 * CELL) if text else []

    def height_of(self, cells, face) -> int:
        n = max(len(self.lines(t, face, c)) for c, t in enumerate(cells))
        return n * T_LEAD + 2 * self.pad

    def head_height(self) -> int:
        return self.height_of(self.head, font("b", T_SIZE))

    def row_height(self, r: int) -> int:
        face = font("b" if r in self.bold_rows else "", T_SIZE)
        return self.height_of(self.rows[r], face)

    def draw_cells(self, page: Page, cells, face, y0: int, h: int, valign: str) -> None:
        for c, text in enumerate(cells):
            lines = self.lines(text, face, c)
            if valign == "middle":
                y = round(y0 + (h - len(lines) * T_LEAD) / 2)
            else:
                y = y0 + self.pad
            for k, line in enumerate(lines):
                ty = y + k * T_LEAD
                x0, x1 = self.xs[c] + CELL, self.xs[c + 1] - CELL
                a = self.align[c]
                if a == "l":
                    page.draw.text((x0, ty), line, font=face, fill=0)
                elif a == "r":
                    page.right(line, face, x1, ty)
                else:
                    page.centred(line, face, x0, x1, ty)

    def rule(self, page: Page, y: int) -> None:
        if self.ruled:
            page.draw.line((self.xs[0], y, self.xs[-1], y), fill=0, width=RULE)

    def typeset_head(self, page: Page) -> None:
        h = self.head_height()
        self.rule(page, page.y)
        head_align = self.align
        self.align = "c" * len(self.head)
        self.draw_cells(page, self.head, font("b", T_SIZE), page.y, h, "middle")
        self.align = head_align
        page.y += h
        self.rule(page, page.y)

    def typeset_rows(self, page: Page, rows: range) -> None:
        for r in rows:
            face = font("b" if r in self.bold_rows else "", T_SIZE)
            h = self.row_height(r)
            self.draw_cells(page, self.rows[r], face, page.y, h, self.valign)
            page.y += h
            self.rule(page, page.y)

    def source_lines(self) -> list[str]:
        out = []
        for row in [self.head, *self.rows]:
            cells = list(row)
            while cells and not cells[-1]:
                cells.pop()
            out.append(" ".join(" | ".join(cells).split()))
        return out


TABLE1 = Table(T1_HEAD, T1, T1_MM, T1_ALIGN)
TABLE2 = Table(T2_HEAD, T2, T2_MM, T2_ALIGN, head_bold_rows=(7,), valign="middle", ruled=True)
LEADER_TAB = LEFT + round(150 * MM)  # the right tab stop
LEADER_X = LEFT + INDENT


def leaders(page: Page) -> None:
    """Label, then dots (Word's dotted leader) up to the value set at a right tab."""
    face = font()
    dot = face.getlength(".")
    step = round(face.getlength(". "))
    for label, value in LEADERS:
        page.draw.text((LEADER_X, page.y), label, font=face, fill=0)
        start = LEADER_X + face.getlength(label) + round(1.5 * MM)
        end = LEADER_TAB - face.getlength(value) - round(1.5 * MM)
        # Word sets the dots on a fixed grid, so they line up from row to row
        x = math.ceil(start / step) * step
        while x + dot <= end:
            page.draw.text((x, page.y), ".", font=face, fill=0)
            x += step
        page.right(value, face, LEADER_TAB, page.y)
        page.y += LEADING
    page.y += AFTER


def scribble(page: Page, x: int, y: int, rng) -> None:
    points = []
    for k in range(110):
        t = k / 109
        px = x + t * 48 * MM + 4 * MM * math.sin(t * 17)
        py = y + 5 * MM * math.sin(t * 10 + 0.4) * (1 - 0.5 * t) + 2.5 * MM * math.cos(t * 21)
        points.append((px + rng.normal(0, 1.0), py + rng.normal(0, 1.0)))
    page.draw.line(points, fill=30, width=4, joint="curve")


def signature(page: Page, rng) -> None:
    y0 = page.y + round(2 * MM)
    small = round(12 * PT)
    for k, line in enumerate(RECIPIENTS):
        face = font("bi" if k == 0 else "", small if k == 0 else round(11 * PT))
        page.draw.text((LEFT, y0 + k * round(11 * PT * 1.3)), line, font=face, fill=0)
    x0 = LEFT + round(80 * MM)
    y = y0
    for k, (style, text) in enumerate(SIGNATURE):
        if text:
            page.centred(text, font(style), x0, WIDTH - RIGHT, y)
        if k == 2:
            mid = (x0 + WIDTH - RIGHT) // 2
            scribble(page, mid - round(24 * MM), y + round(8 * MM), rng)
        y += LEADING if text else round(1.5 * LEADING)
    page.y = max(y, y0 + len(RECIPIENTS) * round(11 * PT * 1.3))


def typeset(rng) -> list[Page]:
    pages = [Page(1)]
    header(pages[0])
    width = WIDTH - LEFT - RIGHT
    regular, bold = font(""), font("b")
    limit = HEIGHT - BOTTOM

    def room(height: int) -> Page:
        if pages[-1].y + height > limit:
            pages.append(Page(len(pages) + 1))
        return pages[-1]

    for k, (style, text) in enumerate(BODY):
        if style == "h":
            nxt = BODY[k + 1][0]
            need = 2 * LEADING
            if nxt == "table1":
                need = LEADING + TABLE1.head_height() + sum(TABLE1.row_height(r) for r in range(9))
            page = room(need)
            page.y += round(3 * PT)
            x = LEFT + (0 if text[0] in "IV" else INDENT)
            page.draw.text((x, page.y), text, font=bold, fill=0)
            page.y += LEADING + round(1 * PT)
        elif style == "title":
            page = room(LEADING)
            page.y += round(4 * PT)
            page.centred(text, font("b", round(14 * PT)), LEFT, WIDTH - RIGHT, page.y)
            page.y += round(LEADING * 1.15)
        elif style == "sub":
            page = room(LEADING)
            page.centred(text, bold, LEFT, WIDTH - RIGHT, page.y)
            page.y += LEADING
        elif style == "rule":
            page = pages[-1]
            mid = (LEFT + WIDTH - RIGHT) // 2
            page.draw.line((mid - 25 * MM, page.y + 6, mid + 25 * MM, page.y + 6), fill=0, width=3)
            page.y += round(10 * PT)
        elif style == "p":
            lines = wrap(text, regular, width, INDENT)
            for n, line in enumerate(lines):
                page = room(LEADING)
                x = LEFT + (INDENT if n == 0 else 0)
                w = width - (INDENT if n == 0 else 0)
                if n < len(lines) - 1:
                    justify(page.draw, x, page.y, line, regular, w)
                else:
                    page.draw.text((x, page.y), line, font=regular, fill=0)
                page.y += LEADING
            page.y += AFTER
        elif style == "leaders":
            leaders(room(len(LEADERS) * LEADING))
        elif style == "table1":
            page = pages[-1]
            TABLE1.typeset_head(page)
            TABLE1.typeset_rows(page, range(len(T1)))
            page.y += round(3 * MM)
        elif style == "table2":
            page = room(TABLE2.head_height() + 2 * TABLE2.row_height(0))
            TABLE2.typeset_head(page)
            r = 0
            while r < len(T2):
                if page.y + TABLE2.row_height(r) > limit:
                    page = room(limit)  # a new page, the header printed again
                    TABLE2.typeset_head(page)
                TABLE2.typeset_rows(page, range(r, r + 1))
                r += 1
            page.y += round(3 * MM)
        elif style == "end":
            signature(room(9 * LEADING), rng)
        assert pages[-1].y < limit, f"page {len(pages)} overflows: {pages[-1].y}"
    return pages


def photocopy(image: Image.Image, turn: float, rng) -> Image.Image:
    """Turn, blur, toner on light uneven paper, grain, specks."""
    image = image.rotate(turn, resample=Image.BICUBIC, expand=False, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(BLUR))
    ink = 1 - np.asarray(image, dtype=np.float32) / 255
    ink = np.clip(ink * 1.15, 0, 1)
    h, w = ink.shape
    paper = PAPER - 0.05 * smooth_field(rng, (h, w), 6)
    grey = paper * (1 - ink) + TONER * ink
    out = grey * 255 + rng.normal(0, GRAIN, grey.shape)
    for _ in range(SPECKS):
        y, x = rng.integers(0, h - 4), rng.integers(0, w - 4)
        out[y : y + rng.integers(1, 4), x : x + rng.integers(1, 4)] = 60
    return Image.fromarray(out.clip(0, 255).astype(np.uint8), "L")


def source_text() -> str:
    out = [t for s, t in HEADER_LEFT + HEADER_RIGHT if s != "rule" and t]
    out.append("")
    for style, text in BODY:
        if style == "table1":
            out += TABLE1.source_lines()
        elif style == "table2":
            out += TABLE2.source_lines()
        elif style == "leaders":
            out += [f"{label} ⋯ {value}" for label, value in LEADERS]
        elif style == "end":
            out += RECIPIENTS + [t for _, t in SIGNATURE if t]
        elif text:
            out.append(text)
    return "\n".join(out) + "\n"


def rate(a: float, b: float) -> str:
    q = Decimal(str(100 * a / b)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return str(q).replace(".", ",")


def num(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


def check_tables() -> None:
    """Rates are result over plan; table 2's "Tổng cộng" is the column sums; the prose and
    the leader lines agree with them; no two number cells of a row alike."""
    for row in T1:
        if row[3] != "-":
            assert rate(num(row[4]), num(row[3])) == row[5], row
        nums = [x for x in row[3:] if x not in ("", "-")]
        assert len(set(nums)) == len(nums), row
    body, total = T2[:-1], T2[-1]
    for c in (2, 3, 4, 5):
        s = sum(int(r[c].replace(".", "")) for r in body)
        assert s == int(total[c].replace(".", "")), (c, s)
    for row in T2:
        assert len(set(row[2:])) == 4, row
    assert 1184 - 937 == 247
    assert rate(97315, 186420) == "52,2"
    assert rate(104226, 186420) == "55,9"
    assert rate(2645, 7126) == "37,1"
    assert rate(1036, 1102) == "94,0"
    assert rate(1002, 1184) == "84,6"


def check_glyphs() -> None:
    """Every character printed is in the font (no boxes for ơ ư ạ ệ ỹ Đ …)."""
    from fontTools.ttLib import TTFont

    text = source_text()
    for name in ("Regular", "Bold", "Italic", "BoldItalic"):
        cmap = TTFont(str(FONTS / f"LiberationSerif-{name}.ttf")).getBestCmap()
        missing = {ch for ch in text if not ch.isspace() and ch != "⋯" and ord(ch) not in cmap}
        assert not missing, (name, missing)


def main(out: Path = OUT, seed: int = SEED) -> None:
    check_tables()
    check_glyphs()
    rng = np.random.default_rng(seed)
    pages = typeset(rng)
    assert len(pages) == len(TURN), f"{len(pages)} pages"
    scans = []
    for page, turn in zip(pages, TURN, strict=True):
        copy = photocopy(page.image, turn, rng)
        buffer = io.BytesIO()
        copy.save(buffer, "JPEG", quality=QUALITY, dpi=(DPI, DPI))
        scans.append(Image.open(io.BytesIO(buffer.getvalue())))
    scans[0].save(out, save_all=True, append_images=scans[1:], resolution=DPI)
    SOURCE.write_text(source_text(), "utf-8")
    print(f"{out}: {len(scans)} pages, {scans[0].size}, mode {scans[0].mode}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
