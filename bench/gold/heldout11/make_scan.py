"""Generator of bench/gold/heldout11/scan.pdf (a three-page scanned mid-term report).

Documents how the file was made; not imported by tests, not part of the project. Pillow is
not in the project venv, so it runs in a venv of its own, with Debian's Liberation fonts:

    apt-get install -y fonts-liberation2
    python -m venv /tmp/h11venv && /tmp/h11venv/bin/pip install Pillow numpy
    /tmp/h11venv/bin/python bench/gold/heldout11/make_scan.py

(made with Pillow 13.0.0, numpy 2.4.6, fonts-liberation2 2.1.5, Python 3.11).

Each page is typeset with Pillow on an A4 canvas at 300 dpi in grey (Liberation Serif, 12 pt
body), with two ruled tables: table A has a two-row header with a merged "Kết quả" cell, a
unit column and cells whose text wraps; table B runs from page 2 onto page 3, where its header
is printed again. Then each page is degraded like an office photocopy (a slight turn, blur,
grain, specks, uneven toner, stretches of ruling that came out faint) and the three images
are saved as a PDF with no text layer. The printed text is also written to source.txt (a
table row as its cells joined with " | "). The seed is fixed, so the images are the same on
every run (only the PDF's CreationDate changes).

Every figure, number, person and local document is invented; the cited national documents
(02-NQ/TW, 18-NQ/TW, 50/2024/QH15, 45/2019/QH14, 191/2013/NĐ-CP) are real.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scanned_print import justify, smooth_field, wrap  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "scan.pdf"
SOURCE = HERE / "source.txt"
FONTS = Path("/usr/share/fonts/truetype/liberation2")

DPI = 300
MM = DPI / 25.4
PT = DPI / 72
WIDTH, HEIGHT = round(210 * MM), round(297 * MM)
LEFT, RIGHT, TOP, BOTTOM = round(25 * MM), round(15 * MM), round(15 * MM), round(15 * MM)
SIZE = round(12 * PT)
LEADING = round(12 * PT * 1.22)
INDENT = round(10 * MM)
TABLE_SIZE = round(10.5 * PT)
TABLE_LEAD = round(10.5 * PT * 1.2)
PAD = round(1.1 * MM)

# rotation (degrees) of each page on the glass, and the seed of the noise
TURN = [-0.3, 0.4, -0.2]
SEED = 14
BLUR = 0.55  # Gaussian blur radius, pixels
NOISE = 6  # standard deviation of the grain, grey levels
SPECKS = 300  # specks of dust and toner on each page
TONER = (0.72, 1.0)  # ink strength across the page: the lightest patch and the full
RULE = 2  # ruling lines, pixels
BORDER = 5  # table B's outer border, pixels


def font(style: str = "", size: int | None = None) -> ImageFont.FreeTypeFont:
    name = {
        "": "LiberationSerif-Regular",
        "b": "LiberationSerif-Bold",
        "i": "LiberationSerif-Italic",
    }[style]
    return ImageFont.truetype(str(FONTS / f"{name}.ttf"), size or SIZE)


HEADER_LEFT = [
    ("", "TỔNG LĐLĐ VIỆT NAM"),
    ("b", "LIÊN ĐOÀN LAO ĐỘNG TỈNH LẠNG SƠN"),
    ("rule", ""),
    ("", "Số: 236/BC-LĐLĐ"),
]
HEADER_RIGHT = [
    ("b", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("b", "Độc lập - Tự do - Hạnh phúc"),
    ("rule", ""),
    ("i", "Lạng Sơn, ngày 15 tháng 7 năm 2025"),
]

# table A: the resolution's main targets and the results; two header rows, "Kết quả" spans
# the last two columns; numbers centred
TABLE_A_HEAD = [  # (row, column, rows spanned, columns spanned, text)
    (0, 0, 2, 1, "TT"),
    (0, 1, 2, 1, "Chỉ tiêu"),
    (0, 2, 2, 1, "Đơn vị tính"),
    (0, 3, 2, 1, "Nghị quyết đề ra"),
    (0, 4, 1, 2, "Kết quả đến 30/6/2025"),
    (1, 4, 1, 1, "Số lượng"),
    (1, 5, 1, 1, "Tỷ lệ (%)"),
]
TABLE_A = [
    ["1", "Kết nạp mới đoàn viên công đoàn", "Đoàn viên", "12.000", "6.845", "57,0"],
    ["2", "Thành lập mới công đoàn cơ sở", "CĐCS", "120", "67", "55,8"],
    [
        "3",
        "Tỷ lệ doanh nghiệp có từ 25 lao động trở lên thành lập CĐCS",
        "%",
        "≥ 70",
        "72,4",
        "-",
    ],
    ["4", "Tỷ lệ CĐCS doanh nghiệp có thỏa ước lao động tập thể", "%", "≥ 80", "82,5", "-"],
    [
        "5",
        "Tỷ lệ cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức",
        "%",
        "100",
        "98,6",
        "-",
    ],
    [
        "6",
        "Tập huấn, bồi dưỡng nghiệp vụ cho cán bộ công đoàn",
        "Lượt người",
        "15.000",
        "9.120",
        "60,8",
    ],
    [
        "7",
        "Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp",
        "Đoàn viên",
        "2.500",
        "1.436",
        "57,4",
    ],
    ["8", "Xây dựng, sửa chữa nhà “Mái ấm Công đoàn”", "Nhà", "150", "96", "64,0"],
    ["9", "Tỷ lệ CĐCS xếp loại hoàn thành tốt nhiệm vụ trở lên", "%", "≥ 85", "87,3", "-"],
    ["10", "Chi chăm lo, hỗ trợ đoàn viên, người lao động", "Triệu đồng", "", "64.380", ""],
]
TABLE_A_MM = [10, 74, 22, 22, 22, 20]  # 170 mm, the text width
TABLE_A_ALIGN = "clcccc"

# table B: members by union directly above the grassroots, at 30/6/2025; one header row,
# repeated on page 3; numbers right-aligned; a thicker outer border
TABLE_B_HEAD = [
    (0, 0, 1, 1, "TT"),
    (0, 1, 1, 1, "Công đoàn cấp trên trực tiếp cơ sở"),
    (0, 2, 1, 1, "Số CĐCS"),
    (0, 3, 1, 1, "Số đoàn viên"),
    (0, 4, 1, 1, "Kết nạp mới 6 tháng đầu năm 2025"),
]
TABLE_B = [
    ["1", "LĐLĐ thành phố Lạng Sơn", "148", "7.926", "164"],
    ["2", "LĐLĐ huyện Cao Lộc", "92", "3.418", "71"],
    ["3", "LĐLĐ huyện Lộc Bình", "88", "3.105", "58"],
    ["4", "LĐLĐ huyện Đình Lập", "47", "1.532", "23"],
    ["5", "LĐLĐ huyện Chi Lăng", "79", "2.874", "49"],
    ["6", "LĐLĐ huyện Hữu Lũng", "102", "3.967", "86"],
    ["7", "LĐLĐ huyện Bắc Sơn", "66", "2.213", "37"],
    ["8", "LĐLĐ huyện Bình Gia", "58", "1.846", "29"],
    ["9", "LĐLĐ huyện Văn Quan", "61", "2.052", "34"],
    ["10", "LĐLĐ huyện Tràng Định", "64", "2.190", "31"],
    ["11", "LĐLĐ huyện Văn Lãng", "57", "1.788", "26"],
    ["12", "Công đoàn ngành Giáo dục", "74", "3.960", "42"],
    ["13", "Công đoàn ngành Y tế", "38", "4.215", "57"],
    ["14", "Công đoàn Viên chức tỉnh", "96", "3.378", "45"],
    ["15", "Công đoàn Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "131", "5.342", "283"],
    ["16", "Các CĐCS trực thuộc LĐLĐ tỉnh", "83", "2.811", "93"],
    ["", "Tổng cộng", "1.284", "52.617", "1.128"],
]
TABLE_B_MM = [12, 82, 24, 26, 26]  # 170 mm
TABLE_B_ALIGN = "clrrr"

# (style, text): "title" centred bold, "sub" centred bold, "h" heading, "p" paragraph with a
# first-line indent, "gap" a blank, "tableA"/"tableB" the tables, "end" the signature block;
# the text flows onto the next page where a page is full (a paragraph may run on over it)
BODY = [
    ("title", "BÁO CÁO"),
    ("sub", "Kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội XVII Công đoàn tỉnh,"),
    ("sub", "nhiệm kỳ 2023 - 2028, tính đến ngày 30/6/2025"),
    ("gap", ""),
    (
        "p",
        "Thực hiện Kế hoạch số 41/KH-LĐLĐ ngày 12/5/2025 của Ban Thường vụ Liên đoàn Lao động "
        "tỉnh về sơ kết giữa nhiệm kỳ và Chương trình hành động số 08/CTr-LĐLĐ ngày 20/9/2023 "
        "thực hiện Nghị quyết Đại hội, Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh báo cáo kết "
        "quả thực hiện các chỉ tiêu Nghị quyết Đại hội XVII Công đoàn tỉnh từ đầu nhiệm kỳ đến "
        "ngày 30/6/2025 như sau:",
    ),
    ("h", "I. ĐẶC ĐIỂM TÌNH HÌNH"),
    (
        "p",
        "Đến ngày 30/6/2025, toàn tỉnh có 1.284 CĐCS với 52.617 đoàn viên, trong đó 419 CĐCS "
        "doanh nghiệp với 27.305 đoàn viên; đoàn viên nữ chiếm 47,6%. Trên địa bàn tỉnh có "
        "khoảng 2.930 doanh nghiệp đang hoạt động, sử dụng gần 61.000 lao động; thu nhập bình "
        "quân của người lao động ước đạt 7,8 triệu đồng/người/tháng, tăng 6,4% so với năm 2023.",
    ),
    (
        "p",
        "Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng "
        "(khóa XII) và chỉ đạo của Tổng Liên đoàn Lao động Việt Nam về sắp xếp tổ chức bộ máy, "
        "từ ngày 01/7/2025 LĐLĐ của 11 huyện, thành phố kết thúc hoạt động; 862 CĐCS trực thuộc "
        "được chuyển về LĐLĐ tỉnh quản lý trực tiếp. Việc bàn giao hoàn thành trong 15 ngày, "
        "không làm gián đoạn hoạt động của cơ sở.",
    ),
    ("h", "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT"),
    ("h", "1. Tuyên truyền, phát triển đoàn viên, thành lập CĐCS"),
    (
        "p",
        "Các cấp công đoàn đã tuyên truyền Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính "
        "trị, Bộ luật Lao động số 45/2019/QH14 cho hơn 38.500 lượt đoàn viên, người lao động; "
        "1.284/1.284 CĐCS (đạt 100%) đã tổ chức học tập Luật Công đoàn số 50/2024/QH15 trước "
        "ngày Luật có hiệu lực.",
    ),
    (
        "p",
        "Từ đầu nhiệm kỳ đến ngày 30/6/2025, các cấp công đoàn đã kết nạp mới 6.845 đoàn viên, "
        "đạt 57% chỉ tiêu Nghị quyết; thành lập mới 67 CĐCS với 2.140 đoàn viên. Riêng 6 tháng "
        "đầu năm 2025, kết nạp mới 1.128 đoàn viên, bằng 46,2% kế hoạch năm. Tỷ lệ đoàn viên "
        "trên tổng số lao động tại các doanh nghiệp có CĐCS đạt 86,2%.",
    ),
    ("h", "2. Đại diện, bảo vệ quyền, lợi ích hợp pháp của đoàn viên"),
    (
        "p",
        "Các cấp công đoàn đã tham gia thương lượng, ký kết 352 bản thỏa ước lao động tập thể, "
        "trong đó 54 bản được xếp loại B trở lên. Đến ngày 30/6/2025, tỷ lệ CĐCS doanh nghiệp "
        "có thỏa ước đạt 82,5%, vượt chỉ tiêu 80% mà Nghị quyết đề ra cho cả nhiệm kỳ. Có 98,6% "
        "cơ quan, đơn vị khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức; "
        "318/419 doanh nghiệp (đạt 75,9%) tổ chức đối thoại định kỳ tại nơi làm việc.",
    ),
    (
        "p",
        "Trong năm 2024 và 6 tháng đầu năm 2025, trên địa bàn tỉnh xảy ra hai cuộc ngừng việc "
        "tập thể với khoảng 430 người lao động tham gia, đều được giải quyết trong vòng 3 ngày. "
        "Công đoàn các cấp đã tư vấn pháp luật cho 1.760 lượt người lao động, giúp người lao "
        "động được truy lĩnh hơn 1,3 tỷ đồng tiền lương, bảo hiểm xã hội.",
    ),
    ("h", "3. Chăm lo đời sống, hỗ trợ đoàn viên, người lao động"),
    (
        "p",
        "Dịp Tết Giáp Thìn 2024, các cấp công đoàn đã chăm lo cho 24.560 đoàn viên, người lao "
        "động với tổng kinh phí trên 14,2 tỷ đồng; Tết Ất Tỵ 2025 trao 26.310 suất quà với số "
        "tiền gần 15,8 tỷ đồng. Đến ngày 30/6/2025, đã xây dựng, sửa chữa 96 nhà “Mái ấm Công "
        "đoàn”, mỗi nhà được hỗ trợ từ 50 đến 70 triệu đồng. Quỹ Trợ vốn đã cho 412 lượt đoàn "
        "viên vay với tổng số tiền 9,65 tỷ đồng.",
    ),
    (
        "p",
        "Năm 2024, đoàn viên, người lao động trong tỉnh đã ủng hộ đồng bào bị thiệt hại do bão "
        "số 3 (Yagi) hơn 2,7 tỷ đồng. Tổng chi chăm lo, hỗ trợ đoàn viên, người lao động từ đầu "
        "nhiệm kỳ đến ngày 30/6/2025 đạt 64,38 tỷ đồng.",
    ),
    ("h", "4. Thi đua, đào tạo cán bộ, xây dựng Đảng"),
    (
        "p",
        "Phong trào “Lao động giỏi, lao động sáng tạo” có 1.945 sáng kiến được đăng ký, trong "
        "đó 326 sáng kiến được công nhận, giá trị làm lợi ước tính 21 tỷ đồng. Các cấp công "
        "đoàn đã mở 74 lớp tập huấn cho 9.120 lượt cán bộ công đoàn, đạt 60,8% chỉ tiêu Nghị "
        "quyết. Đã giới thiệu 1.436 đoàn viên ưu tú cho Đảng xem xét kết nạp, có 1.052 đồng chí"
        " đã được kết nạp. Kết quả đánh giá năm 2024 có 87,3% CĐCS được xếp loại hoàn thành tốt"
        " nhiệm vụ trở lên.",
    ),
    ("h", "5. Tài chính công đoàn"),
    (
        "p",
        "Thực hiện Nghị định số 191/2013/NĐ-CP ngày 21/11/2013 của Chính phủ, năm 2024 tổng thu "
        "tài chính công đoàn đạt 53,75 tỷ đồng, bằng 103,4% dự toán; 6 tháng đầu năm 2025 thu "
        "27,9 tỷ đồng, ước đạt 51,2% dự toán năm. Vẫn còn 147 doanh nghiệp chưa đóng kinh phí "
        "công đoàn.",
    ),
    ("h", "6. Kết quả thực hiện các chỉ tiêu chủ yếu"),
    ("tableA", ""),
    ("h", "7. Đoàn viên theo công đoàn cấp trên trực tiếp cơ sở"),
    (
        "p",
        "Số liệu tính đến ngày 30/6/2025, trước khi kết thúc hoạt động công đoàn cấp huyện:",
    ),
    ("tableB", ""),
    ("h", "8. Hạn chế, nguyên nhân"),
    (
        "p",
        "Phát triển đoàn viên ở khu vực doanh nghiệp ngoài nhà nước còn chậm, mới đạt 57% chỉ "
        "tiêu sau hơn nửa nhiệm kỳ; vẫn còn 23 doanh nghiệp đủ điều kiện chưa thành lập CĐCS. "
        "Một số CĐCS hoạt động còn hình thức, chưa chủ động thương lượng tập thể.",
    ),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP ĐẾN CUỐI NHIỆM KỲ"),
    (
        "p",
        "Tiếp tục quán triệt Nghị quyết số 02-NQ/TW và Luật Công đoàn năm 2024; chuẩn bị tổng "
        "kết 5 năm thực hiện Nghị quyết trong năm 2026. Phấn đấu 6 tháng cuối năm 2025: kết nạp"
        " mới ít nhất 1.350 đoàn viên; thành lập mới từ 12 CĐCS trở lên; thu tài chính công đoàn"
        " đạt 100% dự toán trở lên.",
    ),
    ("p", "Đến năm 2028, phấn đấu đạt các chỉ tiêu sau:"),
    (
        "p",
        "1. Toàn tỉnh có trên 60.000 đoàn viên; kết nạp mới tối thiểu 5.200 đoàn viên trong "
        "thời gian còn lại của nhiệm kỳ.",
    ),
    (
        "p",
        "2. Tỷ lệ CĐCS doanh nghiệp có thỏa ước lao động tập thể đạt 85% trở lên; 100% cơ quan,"
        " đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; số doanh nghiệp chưa đóng kinh "
        "phí công đoàn giảm xuống dưới 100 doanh nghiệp.",
    ),
    (
        "p",
        "3. Mỗi năm tổ chức từ 20 đến 25 lớp tập huấn cho khoảng 2.000 lượt cán bộ công đoàn; "
        "giới thiệu ít nhất 1.100 đoàn viên ưu tú cho Đảng xem xét kết nạp.",
    ),
    (
        "p",
        "4. Mỗi năm xây dựng, sửa chữa ít nhất 18 nhà “Mái ấm Công đoàn”; số sáng kiến tăng gấp "
        "1,5 lần so với nửa đầu nhiệm kỳ; tỷ lệ nữ tham gia ban chấp hành công đoàn các cấp "
        "không dưới 30%.",
    ),
    (
        "p",
        "Trên đây là báo cáo kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội XVII Công đoàn "
        "tỉnh Lạng Sơn, nhiệm kỳ 2023 - 2028 tính đến ngày 30/6/2025./.",
    ),
    ("end", ""),
]

RECIPIENTS = [
    "Nơi nhận:",
    "- Tổng LĐLĐ Việt Nam (b/c);",
    "- Thường trực Tỉnh ủy (b/c);",
    "- Các công đoàn ngành, CĐCS trực thuộc;",
    "- Lưu: VT, ToC.",
]
SIGNATURE = [
    ("b", "TM. BAN THƯỜNG VỤ"),
    ("b", "CHỦ TỊCH"),
    ("i", "(Đã ký)"),
    ("", ""),
    ("b", "Hoàng Văn Thắng"),
]


class Page:
    def __init__(self, number: int = 1) -> None:
        self.image = Image.new("L", (WIDTH, HEIGHT), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.y = TOP
        self.faded: list[tuple[int, int, int, int]] = []  # boxes where the ruling came out faint
        if number > 1:  # page numbers from page 2, at the top centre
            self.centred(str(number), font("", round(11 * PT)), LEFT, WIDTH - RIGHT, round(8 * MM))

    def centred(self, text: str, face, x0: int, x1: int, y: int) -> None:
        w = face.getlength(text)
        self.draw.text((round((x0 + x1 - w) / 2), y), text, font=face, fill=0)


def header(page: Page) -> None:
    """The two-column head: issuer and number left, motto and dateline right."""
    size = round(11 * PT)
    split = round(95 * MM)
    for column, x0, x1 in (
        (HEADER_LEFT, round(12 * MM), split),
        (HEADER_RIGHT, split, round(200 * MM)),
    ):
        y = page.y
        previous = None
        for style, text in column:
            if style == "rule":  # the short line under the issuer and under the motto
                w = font("b", size).getlength(previous) * 0.4
                mid = (x0 + x1) / 2
                page.draw.line(
                    (mid - w / 2, y + round(3 * PT), mid + w / 2, y + round(3 * PT)),
                    fill=0,
                    width=RULE,
                )
                y += round(9 * PT)
                continue
            page.centred(text, font(style, size), x0, x1, y)
            previous = text
            y += round(size * 1.3)
    page.y += round(size * 1.3) * 3 + round(9 * PT) + round(12 * PT)


@dataclass
class Table:
    head: list[tuple[int, int, int, int, str]]
    rows: list[list[str]]
    columns_mm: list[int]
    align: str
    border: int  # outer border, pixels
    repeat_head: bool  # print the header again on a new page
    faint: dict[int, tuple[str, float, float]]  # body row -> (rule, from, to): a faded stretch

    @property
    def widths(self) -> list[int]:
        return [round(w * MM) for w in self.columns_mm]

    def cell_lines(self, text: str, face, width: int) -> list[str]:
        return wrap(text, face, width - 2 * PAD) if text else []

    def head_heights(self) -> list[int]:
        bold = font("b", TABLE_SIZE)
        widths = self.widths
        rows = max(r + rs for r, _, rs, _, _ in self.head)
        heights = [0] * rows
        for r, c, rs, cs, text in self.head:  # single-row cells set the row heights
            if rs == 1:
                w = sum(widths[c : c + cs])
                h = len(self.cell_lines(text, bold, w)) * TABLE_LEAD + 2 * PAD
                heights[r] = max(heights[r], h)
        for r, c, rs, cs, text in self.head:  # a spanning cell may need more room
            if rs > 1:
                w = sum(widths[c : c + cs])
                h = len(self.cell_lines(text, bold, w)) * TABLE_LEAD + 2 * PAD
                short = h - sum(heights[r : r + rs])
                if short > 0:
                    heights[r + rs - 1] += short
        return heights

    def row_height(self, row: list[str]) -> int:
        face = font("", TABLE_SIZE)
        lines = [len(self.cell_lines(t, face, w)) for t, w in zip(row, self.widths, strict=True)]
        return max(1, *lines) * TABLE_LEAD + 2 * PAD

    def draw_head(self, page: Page, x0: int, y0: int) -> int:
        bold = font("b", TABLE_SIZE)
        widths = self.widths
        heights = self.head_heights()
        for r, c, rs, cs, text in self.head:
            left = x0 + sum(widths[:c])
            right = left + sum(widths[c : c + cs])
            top = y0 + sum(heights[:r])
            bottom = top + sum(heights[r : r + rs])
            lines = self.cell_lines(text, bold, right - left)
            y = round((top + bottom - len(lines) * TABLE_LEAD) / 2)
            for k, line in enumerate(lines):
                page.centred(line, bold, left, right, y + k * TABLE_LEAD)
            page.draw.rectangle((left, top, right, bottom), outline=0, width=RULE)
        return y0 + sum(heights)

    def draw_row(self, page: Page, x0: int, y0: int, index: int) -> int:
        row = self.rows[index]
        face = font("b" if row[1] == "Tổng cộng" else "", TABLE_SIZE)
        widths = self.widths
        height = self.row_height(row)
        left = x0
        for c, (text, w) in enumerate(zip(row, widths, strict=True)):
            lines = self.cell_lines(text, face, w)
            y = round(y0 + (height - len(lines) * TABLE_LEAD) / 2) if c != 1 else y0 + PAD
            for k, line in enumerate(lines):
                ty = y + k * TABLE_LEAD
                if self.align[c] == "l":
                    page.draw.text((left + PAD, ty), line, font=face, fill=0)
                elif self.align[c] == "r":
                    page.draw.text(
                        (round(left + w - PAD - face.getlength(line)), ty), line, font=face, fill=0
                    )
                else:
                    page.centred(line, face, left, left + w, ty)
            page.draw.rectangle((left, y0, left + w, y0 + height), outline=0, width=RULE)
            left += w
        if index in self.faint:  # a stretch of one rule came out faint on the copy
            rule, a, b = self.faint[index]
            if rule == "bottom":
                x_a = x0 + round(a * sum(widths))
                x_b = x0 + round(b * sum(widths))
                page.faded.append((x_a, y0 + height - 3, x_b, y0 + height + 3))
            else:  # "v<k>": the vertical rule after column k, over part of the row's height
                k = int(rule[1:])
                x = x0 + sum(widths[: k + 1])
                page.faded.append((x - 3, y0 + round(a * height), x + 3, y0 + round(b * height)))
        return y0 + height

    def outline(self, page: Page, x0: int, top: int, bottom: int) -> None:
        if self.border > RULE:
            right = x0 + sum(self.widths)
            page.draw.rectangle(
                (
                    x0 - self.border // 2,
                    top - self.border // 2,
                    right + self.border // 2,
                    bottom + self.border // 2,
                ),
                outline=0,
                width=self.border,
            )

    def typeset(self, pages: list[Page]) -> None:
        """Draw the table from the current page's y, going on to new pages as needed."""
        page = pages[-1]
        x0 = LEFT
        top = page.y
        y = self.draw_head(page, x0, top)
        for index, row in enumerate(self.rows):
            if y + self.row_height(row) > HEIGHT - BOTTOM:
                self.outline(page, x0, top, y)
                pages.append(Page(len(pages) + 1))
                page = pages[-1]
                top = page.y
                y = self.draw_head(page, x0, top) if self.repeat_head else top
            y = self.draw_row(page, x0, y, index)
        self.outline(page, x0, top, y)
        page.y = y + round(4 * MM)

    def source_lines(self) -> list[str]:
        """The printed rows, the way the project writes a table row: the cells in column
        order joined with " | ", a cell's wrapped lines joined with a space, an empty cell as
        an empty string, trailing empty cells dropped, whitespace folded. A merged header
        cell is written in its first row and column; the places it covers are empty."""
        head_rows = max(r + rs for r, _, rs, _, _ in self.head)
        grid = [[""] * len(self.widths) for _ in range(head_rows)]
        for r, c, _, _, text in self.head:
            grid[r][c] = text
        out = []
        for row in [*grid, *self.rows]:
            cells = list(row)
            while cells and not cells[-1]:
                cells.pop()
            out.append(" ".join(" | ".join(cells).split()))
        return out


TABLES = {
    "tableA": Table(
        TABLE_A_HEAD,
        TABLE_A,
        TABLE_A_MM,
        TABLE_A_ALIGN,
        border=RULE,
        repeat_head=False,
        faint={4: ("v2", 0.0, 1.0), 7: ("bottom", 0.35, 0.75)},
    ),
    "tableB": Table(
        TABLE_B_HEAD,
        TABLE_B,
        TABLE_B_MM,
        TABLE_B_ALIGN,
        border=BORDER,
        repeat_head=True,
        faint={10: ("bottom", 0.05, 0.45), 13: ("v1", 0.2, 1.0)},
    ),
}


def signature(page: Page) -> None:
    y0 = page.y + round(2 * MM)
    small = round(10.5 * PT)
    for k, line in enumerate(RECIPIENTS):
        face = font("b" if k == 0 else "", small)
        page.draw.text((LEFT, y0 + k * round(small * 1.3)), line, font=face, fill=0)
    x0 = LEFT + round(85 * MM)
    y = y0
    for style, text in SIGNATURE:
        if text:
            page.centred(text, font(style), x0, WIDTH - RIGHT, y)
        y += LEADING if text else 2 * LEADING


def typeset() -> list[Page]:
    pages = [Page()]
    header(pages[0])
    width = WIDTH - LEFT - RIGHT
    regular, bold = font(""), font("b")

    def room(height: int) -> Page:
        """The current page if `height` fits on it, else a new page."""
        if pages[-1].y + height > HEIGHT - BOTTOM:
            pages.append(Page(len(pages) + 1))
        return pages[-1]

    for style, text in BODY:
        need = {"h": 3 * LEADING, "end": 7 * LEADING}.get(style, LEADING)
        if style == "tableA":  # table A stays on one page
            t = TABLES[style]
            need = sum(t.head_heights()) + sum(t.row_height(r) for r in t.rows)
        elif style == "tableB":  # table B may run over: its header and three rows first
            t = TABLES[style]
            need = sum(t.head_heights()) + sum(t.row_height(r) for r in t.rows[:3])
        page = room(need)
        if style == "gap":
            page.y += round(LEADING * 0.5)
        elif style == "title":
            page.centred(text, font("b", round(14 * PT)), LEFT, WIDTH - RIGHT, page.y)
            page.y += round(LEADING * 1.15)
        elif style == "sub":
            page.centred(text, bold, LEFT, WIDTH - RIGHT, page.y)
            page.y += LEADING
        elif style == "h":
            page.y += round(2 * PT)
            page.draw.text(
                (LEFT + (0 if text[0] in "IV" else INDENT), page.y), text, font=bold, fill=0
            )
            page.y += LEADING + round(1 * PT)
        elif style == "p":
            lines = wrap(text, regular, width, INDENT)
            for k, line in enumerate(lines):
                page = room(LEADING)  # a paragraph runs on over the page break
                x = LEFT + (INDENT if k == 0 else 0)
                w = width - (INDENT if k == 0 else 0)
                if k < len(lines) - 1:
                    justify(page.draw, x, page.y, line, regular, w)
                else:
                    page.draw.text((x, page.y), line, font=regular, fill=0)
                page.y += LEADING
            page.y += round(3 * PT)
        elif style in TABLES:
            TABLES[style].typeset(pages)
        elif style == "end":
            signature(page)
        assert pages[-1].y < HEIGHT - BOTTOM, f"page {len(pages)} overflows: {pages[-1].y}"
    return pages


def photocopy(page: Page, turn: float, rng: np.random.Generator) -> Image.Image:
    """Faint rules, uneven toner, a slight turn, a little blur, grain and grey specks; stays
    readable."""
    pixels = np.asarray(page.image, dtype=np.float32).copy()
    for x0, y0, x1, y1 in page.faded:  # stretches of ruling that came out faint
        box = pixels[y0:y1, x0:x1]
        box[:] = 255 - (255 - box) * 0.35
    # uneven toner: ink strength varies smoothly over the page, lighter in a few patches
    low, high = TONER
    strength = low + (high - low) * np.clip(smooth_field(rng, pixels.shape, 5) * 1.6, 0, 1)
    pixels = 255 - (255 - pixels) * strength
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    image = image.rotate(turn, resample=Image.BICUBIC, expand=False, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(BLUR))
    pixels = np.asarray(image, dtype=np.float32)
    pixels = pixels * 0.92 + 255 * 0.06  # toner not quite black, paper not quite white
    pixels += rng.normal(0, NOISE, pixels.shape)
    height, width = pixels.shape
    for _ in range(SPECKS):  # specks of dust and toner
        y, x = rng.integers(0, height - 4), rng.integers(0, width - 4)
        size = rng.integers(1, 4)
        pixels[y : y + size, x : x + size] = rng.uniform(100, 200)
    # a faint shadow along the top edge, where the book edge lifted the page
    pixels[:30, :] -= np.linspace(45, 0, 30)[:, None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")


def source_text() -> str:
    out = [t for s, t in HEADER_LEFT + HEADER_RIGHT if s != "rule"]
    out.append("")
    for style, text in BODY:
        if style in TABLES:
            out += TABLES[style].source_lines()
        elif style == "end":
            out += RECIPIENTS + [t for _, t in SIGNATURE if t]
        elif text:
            out.append(text)
    return "\n".join(out) + "\n"


def main(out: Path = OUT) -> None:
    rng = np.random.default_rng(SEED)
    pages = typeset()
    assert len(pages) == len(TURN), f"{len(pages)} pages"
    images = [photocopy(p, t, rng) for p, t in zip(pages, TURN, strict=True)]
    images[0].save(out, save_all=True, append_images=images[1:], resolution=DPI, quality=80)
    SOURCE.write_text(source_text(), "utf-8")
    print(f"{out}: {len(images)} pages")


if __name__ == "__main__":
    main()
