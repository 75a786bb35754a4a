"""heldout22, step 1: typesets the printed pages of the three documents (clean, flat, 300 dpi).

Documents how the set was made; not imported by tests, not part of the project. Runs with the
project's interpreter (Pillow, numpy, fontTools are in /work/main/.venv) and Debian's Liberation
Serif 2 (`fonts-liberation2`, Times New Roman metrics):

    /work/main/.venv/bin/python bench/gold/heldout22/make_pages.py

Writes pages/report_p1.png, pages/report_p2.png (the year-end 2025 report of Liên đoàn Lao
động tỉnh Quảng Ngãi, photographed by make_photos.py into report.pdf), pages/notice_p1.png (its
"Báo cáo nhanh" on Tháng Công nhân 2026, photographed into notice.jpg), pages/scan_p1.png,
pages/scan_p2.png (the six-month 2026 report of Công đoàn các Khu kinh tế tỉnh Quảng Ngãi,
scanned by make_tif.py into scan.tif), and the printed text source_report.txt,
source_notice.txt, source_scan.txt (a table row as its cells joined with " | ", trailing empty
cells dropped).

Every page: A4 at 300 dpi (2480x3508), grey ("L"), white paper, black ink; Liberation Serif
13 pt body, leading 1.15, justified with a 1.27 cm first-line indent, 3 pt after a paragraph;
margins 20/20/30/20 mm (top/bottom/left/right); a borderless two-column letterhead; tables
12 pt, fully ruled (outer box, every column and every row), cells centred vertically. No
randomness except the signature scribbles (seeded). Every figure, number, person and local
document is invented; the cited national documents (Nghị quyết 202/2025/QH15, Nghị quyết
02-NQ/TW, Luật Công đoàn số 50/2024/QH15) are real.
"""

from __future__ import annotations

import math
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scanned_print import justify, wrap  # noqa: E402

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
FONTS = Path("/usr/share/fonts/truetype/liberation2")

DPI = 300
MM = DPI / 25.4
PT = DPI / 72
WIDTH, HEIGHT = round(210 * MM), round(297 * MM)
LEFT, RIGHT, TOP, BOTTOM = round(30 * MM), round(20 * MM), round(20 * MM), round(20 * MM)
SIZE = round(13 * PT)
LEADING = round(13 * PT * 1.15)
AFTER = round(3 * PT)
INDENT = round(12.7 * MM)
T_SIZE = round(12 * PT)
T_LEAD = round(12 * PT * 1.18)
CELL = round(1.9 * MM)  # Word's left/right cell margin
PAD = round(2 * PT)  # space above and below a cell's text
RULE = 3  # px, a 0.25 mm table rule
SEED = 22


def font(style: str = "", size: int | None = None) -> ImageFont.FreeTypeFont:
    name = {"": "Regular", "b": "Bold", "i": "Italic", "bi": "BoldItalic"}[style]
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{name}.ttf"), size or SIZE)


# ============================================================================================
# 1. report: year-end 2025 report of LĐLĐ tỉnh Quảng Ngãi (2 pages, photographed)
# ============================================================================================
REPORT_HEAD_LEFT = [
    ("", "TỔNG LĐLĐ VIỆT NAM"),
    ("b", "LIÊN ĐOÀN LAO ĐỘNG"),
    ("b", "TỈNH QUẢNG NGÃI"),
    ("rule", ""),
    ("", "Số: 512/BC-LĐLĐ"),
]
MOTTO = [
    ("b", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("b", "Độc lập - Tự do - Hạnh phúc"),
    ("rule", ""),
    ("", ""),
]
REPORT_HEAD_RIGHT = MOTTO + [("i", "Quảng Ngãi, ngày 18 tháng 12 năm 2025")]

REPORT_T_HEAD = [
    "TT",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Kế hoạch năm 2025",
    "Thực hiện năm 2025",
    "Tỷ lệ (%)",
]
REPORT_T = [
    ["1", "Kết nạp đoàn viên công đoàn mới", "Đoàn viên", "7.500", "8.415", "112,2"],
    ["2", "Thành lập công đoàn cơ sở mới", "CĐCS", "36", "41", "113,9"],
    [
        "3",
        "Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp",
        "Người",
        "1.000",
        "1.126",
        "112,6",
    ],
    ["4", "Tập huấn cán bộ công đoàn", "Lượt người", "4.500", "5.230", "116,2"],
    ["5", "Đơn vị tổ chức hội nghị người lao động, hội nghị CBCCVC", "%", "90", "93,7", "104,1"],
    ["6", "Thỏa ước lao động tập thể ký mới, ký lại", "Bản", "135", "148", "109,6"],
    ["7", "Nhà “Mái ấm Công đoàn” xây dựng, sửa chữa", "Nhà", "40", "46", "115,0"],
    ["8", "Thu kinh phí công đoàn", "Triệu đồng", "113.500", "118.600", "104,5"],
]
REPORT_T_MM = [10, 62, 20, 23, 24, 21]  # 160 mm, the text width
REPORT_T_ALIGN = "clcrrr"

REPORT_BODY = [
    ("title", "BÁO CÁO"),
    ("sub", "Kết quả hoạt động công đoàn năm 2025,"),
    ("sub", "phương hướng, nhiệm vụ năm 2026"),
    ("rule", ""),
    (
        "p",
        "Căn cứ Chương trình công tác năm 2025 và Kế hoạch số 86/KH-LĐLĐ ngày 22/7/2025 của "
        "Ban Thường vụ Liên đoàn Lao động tỉnh về hoạt động công đoàn sau hợp nhất, Ban Thường "
        "vụ Liên đoàn Lao động tỉnh Quảng Ngãi báo cáo kết quả hoạt động năm 2025, phương "
        "hướng, nhiệm vụ năm 2026 như sau:",
    ),
    ("h", "I. ĐẶC ĐIỂM TÌNH HÌNH"),
    (
        "p",
        "Theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành "
        "chính cấp tỉnh, từ ngày 01/7/2025 tỉnh Kon Tum và tỉnh Quảng Ngãi hợp nhất thành tỉnh "
        "Quảng Ngãi; Liên đoàn Lao động tỉnh Quảng Ngãi và Liên đoàn Lao động tỉnh Kon Tum cũ "
        "được hợp nhất, các công đoàn cấp huyện kết thúc hoạt động. Tính đến ngày 30/11/2025, "
        "toàn tỉnh có 2.146 CĐCS với 168.530 đoàn viên, trong đó đoàn viên nữ chiếm 47,8%. "
        "Trên địa bàn có khoảng 6.300 doanh nghiệp đang hoạt động, sử dụng hơn 215.000 lao "
        "động; thu nhập bình quân của người lao động ước đạt 7,4 triệu đồng/người/tháng.",
    ),
    ("h", "II. KẾT QUẢ HOẠT ĐỘNG NĂM 2025"),
    ("h", "1. Tuyên truyền, giáo dục đoàn viên, người lao động"),
    (
        "p",
        "Luật Công đoàn số 50/2024/QH15, có hiệu lực từ ngày 01/7/2025, được các cấp công đoàn "
        "tuyên truyền rộng rãi. Công đoàn các cấp tổ chức 1.482 buổi tuyên truyền, phổ biến "
        "pháp luật với hơn 112.000 lượt đoàn viên, người lao động tham dự; phát hành gần "
        "30.000 tờ gấp, tài liệu.",
    ),
    ("h", "2. Đại diện, bảo vệ quyền lợi và chăm lo cho đoàn viên"),
    (
        "p",
        "Toàn tỉnh có 1.274/1.360 cơ quan, đơn vị, doanh nghiệp tổ chức hội nghị người lao "
        "động, hội nghị cán bộ, công chức, viên chức, đạt 93,7%. Công đoàn các cấp phối hợp tổ "
        "chức 705 cuộc đối thoại tại nơi làm việc; 148 bản thỏa ước lao động tập thể được ký "
        "mới, ký lại, nâng tổng số thỏa ước còn hiệu lực lên 1.036 bản. Năm 2025 có 2 cuộc "
        "ngừng việc tập thể với khoảng 450 người tham gia, đã được phối hợp giải quyết ổn thỏa.",
    ),
    (
        "p",
        "Dịp Tết Ất Tỵ 2025, công đoàn các cấp trên địa bàn tặng 61.240 suất quà cho đoàn viên, "
        "người lao động, tổng số tiền hơn 38,5 tỷ đồng; bố trí 24 chuyến xe đưa gần 1.100 công "
        "nhân về quê đón Tết. Trong năm, công đoàn các cấp hỗ trợ xây dựng, sửa chữa 46 nhà "
        "“Mái ấm Công đoàn”, mỗi nhà từ 50 đến 80 triệu đồng; thăm hỏi, trợ cấp 2.360 đoàn viên "
        "có hoàn cảnh khó khăn với số tiền trên 1,6 tỷ đồng.",
    ),
    ("h", "3. Phát triển đoàn viên, xây dựng tổ chức công đoàn"),
    (
        "p",
        "Cả năm kết nạp mới 8.415 đoàn viên, đạt 112,2% kế hoạch; thành lập mới 41 CĐCS, trong "
        "đó 33 CĐCS ở doanh nghiệp ngoài nhà nước. Các cấp công đoàn mở 118 lớp tập huấn cho "
        "5.230 lượt cán bộ công đoàn, đạt 116,2% kế hoạch; giới thiệu 1.126 đoàn viên ưu tú "
        "cho cấp ủy Đảng xem xét, trong đó 812 đồng chí đã được kết nạp vào Đảng. Qua đánh "
        "giá, xếp loại, có 1.788/2.146 CĐCS hoàn thành tốt nhiệm vụ trở lên, chiếm 83,3%.",
    ),
    ("h", "4. Thi đua và tài chính công đoàn"),
    (
        "p",
        "Phong trào “Lao động giỏi, lao động sáng tạo” có 2.604 sáng kiến được công nhận, làm "
        "lợi trên 52 tỷ đồng. Thu kinh phí công đoàn năm 2025 ước đạt 118,6 tỷ đồng, bằng "
        "104,5% dự toán; thu đoàn phí công đoàn đạt 27,9 tỷ đồng. Chi chăm lo, bảo vệ quyền lợi "
        "đoàn viên, người lao động chiếm 41,8% tổng chi tài chính công đoàn.",
    ),
    ("h", "5. Kết quả thực hiện các chỉ tiêu năm 2025"),
    ("table", "report"),
    ("h", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
    (
        "p",
        "Tiếp tục thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị, Liên đoàn "
        "Lao động tỉnh đề ra các chỉ tiêu năm 2026:",
    ),
    (
        "p",
        "- Kết nạp mới ít nhất 8.000 đoàn viên; thành lập mới từ 40 CĐCS trở lên; phấn đấu đến "
        "cuối năm toàn tỉnh có trên 175.000 đoàn viên.",
    ),
    (
        "p",
        "- Trên 85% CĐCS được xếp loại hoàn thành tốt nhiệm vụ trở lên; 92% cơ quan, đơn vị, "
        "doanh nghiệp tổ chức hội nghị người lao động, hội nghị cán bộ, công chức, viên chức.",
    ),
    (
        "p",
        "- Giới thiệu ít nhất 1.100 đoàn viên ưu tú cho cấp ủy Đảng; tập huấn cho khoảng 5.000 "
        "lượt cán bộ công đoàn; vận động xây dựng 45 nhà “Mái ấm Công đoàn”; thu kinh phí công "
        "đoàn đạt không dưới 120 tỷ đồng.",
    ),
    (
        "p",
        "Chăm lo Tết Bính Ngọ 2026 chu đáo, dự kiến dành khoảng 40 tỷ đồng cho chương trình "
        "“Tết Sum vầy”. Trên đây là báo cáo kết quả hoạt động công đoàn năm 2025, phương "
        "hướng, nhiệm vụ năm 2026 của Liên đoàn Lao động tỉnh Quảng Ngãi./.",
    ),
    ("end", "report"),
]
REPORT_RECIPIENTS = [
    "Nơi nhận:",
    "- Tổng LĐLĐ Việt Nam (b/c);",
    "- Thường trực Tỉnh ủy (b/c);",
    "- UBND tỉnh;",
    "- Lưu: VT, ToC.",
]
REPORT_SIGNATURE = [
    ("b", "TM. BAN THƯỜNG VỤ"),
    ("b", "CHỦ TỊCH"),
    ("", ""),
    ("", ""),
    ("b", "Trương Công Hậu"),
]

# ============================================================================================
# 2. notice: "Báo cáo nhanh" on Tháng Công nhân 2026 (1 page, photographed, EXIF-rotated JPEG)
# ============================================================================================
NOTICE_HEAD_LEFT = REPORT_HEAD_LEFT[:4] + [("", "Số: 168/BC-LĐLĐ")]
NOTICE_HEAD_RIGHT = MOTTO + [("i", "Quảng Ngãi, ngày 02 tháng 6 năm 2026")]
NOTICE_BODY = [
    ("title", "BÁO CÁO NHANH"),
    ("sub", "Kết quả tổ chức Tháng Công nhân năm 2026"),
    ("rule", ""),
    (
        "p",
        "Thực hiện Kế hoạch số 21/KH-LĐLĐ ngày 25/3/2026 của Ban Thường vụ Liên đoàn Lao động "
        "tỉnh về tổ chức Tháng Công nhân năm 2026, Liên đoàn Lao động tỉnh Quảng Ngãi báo cáo "
        "nhanh kết quả như sau:",
    ),
    ("h", "1. Kết quả nổi bật trong tháng 5/2026"),
    (
        "p",
        "- Thăm hỏi, tặng 8.650 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, "
        "tổng trị giá hơn 5,2 tỷ đồng.",
    ),
    (
        "p",
        "- Tổ chức 126 buổi đối thoại, tuyên truyền pháp luật với khoảng 18.500 lượt người lao "
        "động tham dự.",
    ),
    (
        "p",
        "- Phối hợp khám sức khỏe miễn phí cho 3.240 đoàn viên; mở 14 điểm “Phiên chợ Công "
        "nhân” với 9.800 lượt công nhân mua hàng giảm giá.",
    ),
    (
        "p",
        "- Bàn giao 12 nhà “Mái ấm Công đoàn”, mỗi nhà được hỗ trợ 70 triệu đồng; trao 35 suất "
        "học bổng cho con đoàn viên, mỗi suất 2 triệu đồng.",
    ),
    ("p", "- Kết nạp mới 1.146 đoàn viên, thành lập mới 6 CĐCS."),
    ("p", "- Tổ chức 38 lớp tập huấn an toàn, vệ sinh lao động cho 2.870 lượt người."),
    (
        "p",
        "- Khánh thành hai công trình phúc lợi cho công nhân tại Khu công nghiệp VSIP Quảng "
        "Ngãi và Khu công nghiệp Hòa Bình.",
    ),
    (
        "p",
        "Trong tháng, trên địa bàn xảy ra 1 cuộc ngừng việc tập thể tại một doanh nghiệp may "
        "với khoảng 180 người tham gia, đã được giải quyết ngay trong ngày.",
    ),
    ("h", "2. Lũy kế từ đầu năm"),
    (
        "p",
        "Lũy kế 5 tháng đầu năm 2026, toàn tỉnh kết nạp mới 4.380 đoàn viên, đạt 54,8% kế hoạch "
        "năm; thành lập mới 19 CĐCS. Tính đến ngày 31/5/2026, toàn tỉnh có 2.163 CĐCS với "
        "171.240 đoàn viên.",
    ),
    ("h", "3. Nhiệm vụ tiếp theo"),
    (
        "p",
        "Trong 6 tháng cuối năm 2026, Liên đoàn Lao động tỉnh phấn đấu kết nạp thêm ít nhất "
        "3.700 đoàn viên và vận động xây dựng thêm 20 nhà “Mái ấm Công đoàn”./.",
    ),
    ("end", "notice"),
]
NOTICE_RECIPIENTS = [
    "Nơi nhận:",
    "- Tổng LĐLĐ Việt Nam (b/c);",
    "- Thường trực Tỉnh ủy (b/c);",
    "- Lưu: VT, CSPL.",
]
NOTICE_SIGNATURE = [
    ("b", "TM. BAN THƯỜNG VỤ"),
    ("b", "KT. CHỦ TỊCH"),
    ("b", "PHÓ CHỦ TỊCH"),
    ("", ""),
    ("", ""),
    ("", ""),
    ("b", "Lê Thị Mỹ Dung"),
]

# ============================================================================================
# 3. scan: six-month 2026 report of Công đoàn các Khu kinh tế tỉnh Quảng Ngãi (2 pages, TIFF)
# ============================================================================================
SCAN_HEAD_LEFT = [
    ("", "LĐLĐ TỈNH QUẢNG NGÃI"),
    ("b", "CÔNG ĐOÀN CÁC KHU KINH TẾ"),
    ("b", "TỈNH QUẢNG NGÃI"),
    ("rule", ""),
    ("", "Số: 57/BC-CĐKKT"),
]
SCAN_HEAD_RIGHT = MOTTO + [("i", "Quảng Ngãi, ngày 08 tháng 7 năm 2026")]
SCAN_T_HEAD = ["TT", "Khu kinh tế, khu công nghiệp", "Số CĐCS", "Số đoàn viên", "Kết nạp mới"]
SCAN_T = [
    ["1", "Khu kinh tế Dung Quất", "142", "24.860", "1.215"],
    ["2", "Khu công nghiệp VSIP Quảng Ngãi", "96", "18.430", "986"],
    ["3", "Khu công nghiệp Tịnh Phong", "38", "6.214", "342"],
    ["4", "Khu công nghiệp Quảng Phú", "27", "5.108", "268"],
    ["5", "Khu công nghiệp Phổ Phong", "14", "2.375", "131"],
    [
        "6",
        "Khu kinh tế cửa khẩu quốc tế Bờ Y và các khu công nghiệp khu vực Kon Tum cũ",
        "31",
        "3.962",
        "207",
    ],
    ["", "Cộng", "348", "60.949", "3.149"],
]
SCAN_T_MM = [12, 76, 22, 26, 24]  # 160 mm
SCAN_T_ALIGN = "clccc"
SCAN_BODY = [
    ("title", "BÁO CÁO"),
    ("sub", "Sơ kết hoạt động công đoàn 6 tháng đầu năm 2026,"),
    ("sub", "nhiệm vụ trọng tâm 6 tháng cuối năm 2026"),
    ("rule", ""),
    (
        "p",
        "Thực hiện Chương trình công tác năm 2026 của Liên đoàn Lao động tỉnh và Kế hoạch số "
        "05/KH-CĐKKT ngày 12/01/2026 của Ban Thường vụ Công đoàn các Khu kinh tế tỉnh, Ban "
        "Thường vụ Công đoàn các Khu kinh tế tỉnh Quảng Ngãi báo cáo sơ kết hoạt động 6 tháng "
        "đầu năm 2026 như sau:",
    ),
    ("h", "I. TÌNH HÌNH CHUNG"),
    (
        "p",
        "Đến ngày 30/6/2026, trong các khu kinh tế, khu công nghiệp của tỉnh có 412 doanh "
        "nghiệp đang hoạt động với khoảng 78.500 lao động, trong đó lao động nữ chiếm 46,2%. "
        "Công đoàn các Khu kinh tế tỉnh trực tiếp quản lý 348 CĐCS với 60.949 đoàn viên (chi "
        "tiết tại bảng ở mục 5), đạt tỷ lệ 77,6% số lao động. Thu nhập bình quân của người lao "
        "động 6 tháng ước đạt 8,2 triệu đồng/người/tháng, tăng 5,1% so với cùng kỳ năm 2025.",
    ),
    ("h", "II. KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM 2026"),
    ("h", "1. Công tác tuyên truyền"),
    (
        "p",
        "Công đoàn các Khu kinh tế tỉnh phối hợp tổ chức 64 buổi tuyên truyền Luật Công đoàn số "
        "50/2024/QH15 và Bộ luật Lao động năm 2019 cho hơn 9.600 lượt đoàn viên, người lao "
        "động; cấp phát 12.000 tờ gấp pháp luật.",
    ),
    ("h", "2. Đại diện, bảo vệ quyền, lợi ích hợp pháp của đoàn viên"),
    (
        "p",
        "Có 318/348 CĐCS phối hợp với người sử dụng lao động tổ chức hội nghị người lao động, "
        "đạt 91,4%; 226 doanh nghiệp ký kết thỏa ước lao động tập thể, bằng 64,9% số doanh "
        "nghiệp có tổ chức công đoàn. Sáu tháng đầu năm, trong các khu công nghiệp xảy ra 3 "
        "cuộc ngừng việc tập thể với hơn 1.250 người tham gia; công đoàn đã phối hợp giải quyết, "
        "bảo đảm quyền lợi cho người lao động.",
    ),
    (
        "p",
        "Dịp Tết Bính Ngọ 2026, Công đoàn các Khu kinh tế tỉnh và các CĐCS tặng 21.450 suất quà "
        "với tổng trị giá khoảng 11,8 tỷ đồng; hỗ trợ tiền tàu xe cho 1.320 công nhân về quê "
        "đón Tết. Trong “Tháng Công nhân”, các CĐCS thăm hỏi 640 đoàn viên ốm đau, gặp khó "
        "khăn với số tiền 512 triệu đồng; phối hợp bàn giao 3 nhà “Mái ấm Công đoàn”.",
    ),
    ("h", "3. Phát triển đoàn viên, thành lập CĐCS"),
    (
        "p",
        "Sáu tháng đầu năm, Công đoàn các Khu kinh tế tỉnh kết nạp mới 3.149 đoàn viên, đạt "
        "57,3% kế hoạch năm, tăng 8,4% so với cùng kỳ năm 2025; thành lập mới 9 CĐCS tại các "
        "doanh nghiệp có vốn đầu tư nước ngoài. Đã giới thiệu 86 đoàn viên ưu tú cho cấp ủy "
        "Đảng xem xét, trong đó 41 đồng chí được kết nạp. Tổ chức 12 lớp tập huấn cho 740 lượt "
        "cán bộ công đoàn.",
    ),
    ("h", "4. Tài chính công đoàn"),
    (
        "p",
        "Thu kinh phí công đoàn 6 tháng ước đạt 36,4 tỷ đồng, bằng 51,2% dự toán năm; thu đoàn "
        "phí công đoàn đạt 7,9 tỷ đồng.",
    ),
    ("break", ""),
    ("h", "5. Số liệu tổ chức công đoàn theo khu kinh tế, khu công nghiệp"),
    ("table", "scan"),
    (
        "p",
        "Khu kinh tế Dung Quất có 142 CĐCS với 24.860 đoàn viên, chiếm 40,8% số đoàn viên toàn "
        "đơn vị; khu vực Kon Tum cũ có 31 CĐCS, kết nạp mới 207 đoàn viên.",
    ),
    ("h", "6. Hạn chế"),
    (
        "p",
        "Tỷ lệ doanh nghiệp ký kết thỏa ước lao động tập thể còn thấp; một số CĐCS ở doanh "
        "nghiệp nhỏ hoạt động còn lúng túng.",
    ),
    ("h", "III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026"),
    (
        "p",
        "Bám sát Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị và Kế hoạch số "
        "86/KH-LĐLĐ ngày 22/7/2025 của Liên đoàn Lao động tỉnh, Công đoàn các Khu kinh tế tỉnh "
        "tập trung thực hiện các nhiệm vụ sau:",
    ),
    (
        "p",
        "- Kết nạp thêm ít nhất 2.400 đoàn viên, thành lập mới từ 6 CĐCS trở lên; phấn đấu đến "
        "cuối năm 2026 có trên 63.000 đoàn viên.",
    ),
    (
        "p",
        "- Phấn đấu 95% CĐCS tổ chức hội nghị người lao động; tỷ lệ doanh nghiệp có thỏa ước "
        "lao động tập thể đạt 70% trở lên.",
    ),
    (
        "p",
        "- Tập huấn cho khoảng 600 lượt cán bộ công đoàn; thu kinh phí công đoàn cả năm đạt "
        "không dưới 71 tỷ đồng.",
    ),
    ("p", "- Chuẩn bị chăm lo Tết Đinh Mùi 2027 cho không dưới 22.000 đoàn viên, người lao động."),
    (
        "p",
        "Trên đây là báo cáo sơ kết hoạt động công đoàn 6 tháng đầu năm 2026 của Công đoàn các "
        "Khu kinh tế tỉnh Quảng Ngãi./.",
    ),
    ("end", "scan"),
]
SCAN_RECIPIENTS = [
    "Nơi nhận:",
    "- LĐLĐ tỉnh (b/c);",
    "- Ban Quản lý KKT tỉnh;",
    "- Lưu: VT.",
]
SCAN_SIGNATURE = [
    ("b", "TM. BAN THƯỜNG VỤ"),
    ("b", "CHỦ TỊCH"),
    ("", ""),
    ("", ""),
    ("b", "Võ Thành Nhân"),
]


# ============================================================================================
# typesetting
# ============================================================================================
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


def header(page: Page, left, right) -> None:
    """The two-column head, borderless: issuer and number left, motto and dateline right."""
    size = round(13 * PT)
    split = round(88 * MM)
    bottom = page.y
    for column, x0, x1 in ((left, round(18 * MM), split), (right, split, round(202 * MM))):
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
    """A fully ruled Word table: outer box, a rule between every two columns and rows."""

    def __init__(self, head, rows, widths_mm, align, bold_rows=()):
        self.head, self.rows, self.align = head, rows, align
        self.widths = [round(w * MM) for w in widths_mm]
        self.bold_rows = set(bold_rows)
        self.xs = [LEFT]
        for w in self.widths:
            self.xs.append(self.xs[-1] + w)
        assert self.xs[-1] == WIDTH - RIGHT or abs(self.xs[-1] - (WIDTH - RIGHT)) <= 3

    def lines(self, text: str, face, c: int) -> list[str]:
        return wrap(text, face, self.widths[c] - 2 * CELL) if text else []

    def height_of(self, cells, face) -> int:
        n = max(len(self.lines(t, face, c)) for c, t in enumerate(cells))
        return n * T_LEAD + 2 * PAD

    def face(self, r: int | None):
        return font("b" if r is None or r in self.bold_rows else "", T_SIZE)

    def height(self) -> int:
        h = self.height_of(self.head, self.face(None))
        return h + sum(self.height_of(row, self.face(r)) for r, row in enumerate(self.rows))

    def draw_row(self, page: Page, cells, face, align: str) -> None:
        h = self.height_of(cells, face)
        y0 = page.y
        for c, text in enumerate(cells):
            lines = self.lines(text, face, c)
            y = round(y0 + (h - len(lines) * T_LEAD) / 2) + round(0.5 * PT)
            for k, line in enumerate(lines):
                ty = y + k * T_LEAD
                x0, x1 = self.xs[c] + CELL, self.xs[c + 1] - CELL
                if align[c] == "l":
                    page.draw.text((x0, ty), line, font=face, fill=0)
                elif align[c] == "r":
                    page.right(line, face, x1, ty)
                else:
                    page.centred(line, face, x0, x1, ty)
        page.y += h
        page.draw.line((self.xs[0], page.y, self.xs[-1], page.y), fill=0, width=RULE)

    def typeset(self, page: Page) -> None:
        top = page.y
        page.draw.line((self.xs[0], top, self.xs[-1], top), fill=0, width=RULE)
        self.draw_row(page, self.head, self.face(None), "c" * len(self.head))
        for r, row in enumerate(self.rows):
            cells = row
            if r in self.bold_rows:  # the "Cộng" row: its label centred
                self.draw_row(page, cells, self.face(r), "cc" + self.align[2:])
            else:
                self.draw_row(page, cells, self.face(r), self.align)
        for x in self.xs:
            page.draw.line((x, top, x, page.y), fill=0, width=RULE)

    def source_lines(self) -> list[str]:
        out = []
        for row in [self.head, *self.rows]:
            cells = list(row)
            while cells and not cells[-1]:
                cells.pop()
            out.append(" ".join(" | ".join(cells).split()))
        return out


TABLES = {
    "report": Table(REPORT_T_HEAD, REPORT_T, REPORT_T_MM, REPORT_T_ALIGN),
    "scan": Table(SCAN_T_HEAD, SCAN_T, SCAN_T_MM, SCAN_T_ALIGN, bold_rows=(len(SCAN_T) - 1,)),
}
CLOSING = {
    "report": (REPORT_RECIPIENTS, REPORT_SIGNATURE),
    "notice": (NOTICE_RECIPIENTS, NOTICE_SIGNATURE),
    "scan": (SCAN_RECIPIENTS, SCAN_SIGNATURE),
}


def scribble(page: Page, x: int, y: int, rng) -> None:
    points = []
    for k in range(110):
        t = k / 109
        px = x + t * 48 * MM + 4 * MM * math.sin(t * 15)
        py = y + 5 * MM * math.sin(t * 9 + 0.7) * (1 - 0.5 * t) + 2.5 * MM * math.cos(t * 23)
        points.append((px + rng.normal(0, 1.0), py + rng.normal(0, 1.0)))
    page.draw.line(points, fill=30, width=4, joint="curve")


def signature_height(which: str) -> int:
    recipients, sig = CLOSING[which]
    h = sum(LEADING if t else round(1.2 * LEADING) for _, t in sig)
    return round(2 * MM) + max(h, len(recipients) * round(11 * PT * 1.3))


def signature(page: Page, which: str, rng) -> None:
    recipients, sig = CLOSING[which]
    y0 = page.y + round(2 * MM)
    for k, line in enumerate(recipients):
        face = font("bi", round(12 * PT)) if k == 0 else font("", round(11 * PT))
        page.draw.text((LEFT, y0 + k * round(11 * PT * 1.3)), line, font=face, fill=0)
    x0 = LEFT + round(80 * MM)
    y = y0
    first_blank = next(k for k, (_, t) in enumerate(sig) if not t)
    for k, (style, text) in enumerate(sig):
        if text:
            page.centred(text, font(style), x0, WIDTH - RIGHT, y)
        if k == first_blank:
            mid = (x0 + WIDTH - RIGHT) // 2
            scribble(page, mid - round(24 * MM), y + round(6 * MM), rng)
        y += LEADING if text else round(1.2 * LEADING)
    page.y = max(y, y0 + len(recipients) * round(11 * PT * 1.3))


def typeset(left, right, body, rng) -> list[Page]:
    pages = [Page(1)]
    header(pages[0], left, right)
    width = WIDTH - LEFT - RIGHT
    regular, bold = font(""), font("b")
    limit = HEIGHT - BOTTOM

    def room(height: int) -> Page:
        if pages[-1].y + height > limit:
            pages.append(Page(len(pages) + 1))
        return pages[-1]

    for k, (style, text) in enumerate(body):
        if style == "h":
            nxt = body[k + 1]
            need = 2 * LEADING
            if nxt[0] == "table":
                need = LEADING + TABLES[nxt[1]].height()
            page = room(need)
            page.y += round(3 * PT)
            x = LEFT + (0 if text.split()[0].strip(".") in ("I", "II", "III") else INDENT)
            for line in wrap(text, bold, width - (x - LEFT)):
                page.draw.text((x, page.y), line, font=bold, fill=0)
                page.y += LEADING
            page.y += round(1 * PT)
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
        elif style == "break":
            pages.append(Page(len(pages) + 1))
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
        elif style == "table":
            page = pages[-1]
            page.y += round(1 * MM)
            TABLES[text].typeset(page)
            page.y += round(4 * MM)
        elif style == "end":
            signature(room(signature_height(text)), text, rng)
        assert pages[-1].y < limit, f"page {len(pages)} overflows: {pages[-1].y}"
    return pages


def source_text(left, right, body) -> str:
    out = [t for s, t in left + right if s != "rule" and t]
    out.append("")
    for style, text in body:
        if style == "table":
            out += TABLES[text].source_lines()
        elif style == "end":
            recipients, sig = CLOSING[text]
            out += recipients + [t for _, t in sig if t]
        elif style in ("h", "p", "title", "sub") and text:
            out.append(text)
    return "\n".join(out) + "\n"


# ============================================================================================
# checks
# ============================================================================================
def rate(a: float, b: float) -> str:
    q = Decimal(str(100 * a / b)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return str(q).replace(".", ",")


def num(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


def check_numbers() -> None:
    """The tables add up and agree with the prose; rates are computed, not typed."""
    for row in REPORT_T:
        assert rate(num(row[4]), num(row[3])) == row[5], row
        assert len(set(row[3:])) == 3, row
    assert rate(1274, 1360) == "93,7" and rate(1788, 2146) == "83,3"
    assert rate(118_600, 113_500) == "104,5"
    body, total = SCAN_T[:-1], SCAN_T[-1]
    for c in (2, 3, 4):
        assert sum(int(num(r[c])) for r in body) == int(num(total[c])), c
    assert total[2:] == ["348", "60.949", "3.149"]
    assert rate(60_949, 78_500) == "77,6" and rate(24_860, 60_949) == "40,8"
    assert rate(318, 348) == "91,4" and rate(226, 348) == "64,9"
    assert rate(3_149, 5_500) == "57,3"  # the year's plan of 5.500 (not printed)
    assert rate(4_380, 8_000) == "54,8"  # notice: the 2026 plan of 8.000 (report's target)
    for row in SCAN_T:
        assert len(set(row[2:])) == 3, row


def check_glyphs(texts: list[str]) -> None:
    """Every character printed is in the font (no boxes for ơ ư ạ ệ ỹ Đ …)."""
    from fontTools.ttLib import TTFont

    for name in ("Regular", "Bold", "Italic", "BoldItalic"):
        cmap = TTFont(str(FONTS / f"LiberationSerif-{name}.ttf")).getBestCmap()
        missing = {ch for t in texts for ch in t if not ch.isspace() and ord(ch) not in cmap}
        assert not missing, (name, missing)


DOCS = {
    "report": (REPORT_HEAD_LEFT, REPORT_HEAD_RIGHT, REPORT_BODY, 2),
    "notice": (NOTICE_HEAD_LEFT, NOTICE_HEAD_RIGHT, NOTICE_BODY, 1),
    "scan": (SCAN_HEAD_LEFT, SCAN_HEAD_RIGHT, SCAN_BODY, 2),
}


def prose_words(body) -> int:
    return sum(len(t.split()) for s, t in body if s in ("h", "p", "title", "sub"))


def main() -> None:
    check_numbers()
    texts = {name: source_text(*doc[:3]) for name, doc in DOCS.items()}
    check_glyphs(list(texts.values()))
    rng = np.random.default_rng(SEED)
    PAGES.mkdir(exist_ok=True)
    for name, (left, right, body, n) in DOCS.items():
        pages = typeset(left, right, body, rng)
        assert len(pages) == n, (name, len(pages))
        for k, page in enumerate(pages, 1):
            page.image.save(PAGES / f"{name}_p{k}.png", optimize=True)
        (HERE / f"source_{name}.txt").write_text(texts[name], "utf-8")
        print(
            f"{name}: {len(pages)} pages, {prose_words(body)} words of prose, "
            f"{len(texts[name].split())} in source_{name}.txt; last page ends at "
            f"{pages[-1].y / MM:.0f} mm"
        )


if __name__ == "__main__":
    main()
