"""Generator of the two .pdf files of bench/gold/metadata_heldout/.

Documents how the files were made; not imported by tests. Needs reportlab, installed outside
the project venv:

    pip install --target /tmp/rl reportlab
    PYTHONPATH=/tmp/rl python3 bench/gold/metadata_heldout/make_pdf.py

Every local name, number, person and figure is invented; the cited national documents
(02-NQ/TW, 50/2024/QH15, 45/2019/QH14, 202/2025/QH15) are real.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).parent
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("Serif", FONTS / "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("Serif-Bold", FONTS / "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif-Italic", FONTS / "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Serif-BoldItalic", FONTS / "DejaVuSerif-BoldItalic.ttf"))
pdfmetrics.registerFontFamily(
    "Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-BoldItalic"
)

BODY = ParagraphStyle(
    "body",
    fontName="Serif",
    fontSize=11,
    leading=16,
    alignment=TA_JUSTIFY,
    firstLineIndent=8 * mm,
    spaceAfter=4,
)
HEAD = ParagraphStyle("head", parent=BODY, fontName="Serif-Bold", firstLineIndent=0)
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0)
CENTER_B = ParagraphStyle("center_b", parent=CENTER, fontName="Serif-Bold")
HEADC = ParagraphStyle("headc", parent=CENTER, fontSize=10.5, leading=14)
HEADC_B = ParagraphStyle("headc_b", parent=HEADC, fontName="Serif-Bold")
SMALL = ParagraphStyle("small", fontName="Serif", fontSize=9.5, leading=12)


def head_table(left: list[tuple[str, bool]], right: list[tuple[str, bool]]) -> Table:
    def cell(lines):
        return [Paragraph(t, HEADC_B if b else HEADC) for t, b in lines]

    t = Table([[cell(left), cell(right)]], colWidths=[72 * mm, 98 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def sign_table(left: list[str], right: list[tuple[str, bool]]) -> Table:
    lcell = [Paragraph(x, SMALL) for x in left]
    rcell = [Paragraph(t, CENTER_B if b else CENTER) for t, b in right]
    t = Table([[lcell, rcell]], colWidths=[80 * mm, 90 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def body(items: list[tuple[str, str]]) -> list:
    out = []
    for kind, text in items:
        out.append(Paragraph(text, HEAD if kind == "h" else BODY))
    return out


def build(name: str, flow: list) -> None:
    doc = SimpleDocTemplate(
        str(HERE / name),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="",
        author="",
    )
    doc.build(flow)


# --------------------------------------------------------------------------- J
def make_hai_phong() -> None:
    # The place line of the head wraps: "LIÊN ĐOÀN LAO ĐỘNG" / "THÀNH PHỐ HẢI PHÒNG".
    flow = [
        head_table(
            [
                ("LIÊN ĐOÀN LAO ĐỘNG", False),
                ("THÀNH PHỐ HẢI PHÒNG", True),
                ("", False),
                ("Số: 97/BC-LĐLĐ", False),
            ],
            [
                ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
                ("Độc lập - Tự do - Hạnh phúc", True),
                ("", False),
                ("<i>Hải Phòng, ngày 12 tháng 6 năm 2026</i>", False),
            ],
        ),
        Spacer(1, 8 * mm),
        Paragraph("BÁO CÁO", CENTER_B),
        Paragraph("Kết quả tổ chức Tháng Công nhân, Tháng hành động về an toàn,", CENTER_B),
        Paragraph("vệ sinh lao động năm 2026", CENTER_B),
        Spacer(1, 6 * mm),
    ]
    flow += body(
        [
            (
                "p",
                "Thực hiện Kế hoạch số 31/KH-LĐLĐ ngày 02/4/2026 của Ban Thường vụ Liên đoàn Lao động thành "
                "phố về tổ chức Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động năm 2026, Liên "
                "đoàn Lao động thành phố Hải Phòng báo cáo kết quả như sau:",
            ),
            ("h", "I. ĐẶC ĐIỂM TÌNH HÌNH"),
            (
                "p",
                "Năm 2026 là năm đầu tiên thành phố Hải Phòng (sau khi hợp nhất tỉnh Hải Dương và thành phố Hải "
                "Phòng theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội) tổ chức Tháng Công nhân "
                "trên địa bàn mới. Toàn thành phố có 5.870 công đoàn cơ sở với 498.300 đoàn viên, trong đó "
                "62% làm việc tại các khu công nghiệp, khu kinh tế.",
            ),
            ("h", "II. KẾT QUẢ THỰC HIỆN"),
            (
                "p",
                "1. Các cấp công đoàn tổ chức 186 hoạt động hưởng ứng, thu hút hơn 95.000 lượt đoàn viên, người "
                "lao động tham gia. Lễ phát động Tháng Công nhân cấp thành phố được tổ chức ngày 04/5/2026 tại "
                "Khu công nghiệp An Hưng 2 với 1.200 công nhân tham dự.",
            ),
            (
                "p",
                "2. Trao 8.450 suất quà cho công nhân, lao động khó khăn với tổng kinh phí 6,3 tỷ đồng; bàn giao "
                "18 nhà “Mái ấm Công đoàn”; tổ chức 42 “Chuyến xe nhân ái”, “Phiên chợ 0 đồng” phục vụ 12.600 "
                "lượt công nhân.",
            ),
            (
                "p",
                "3. Chủ tịch UBND thành phố đối thoại với 350 công nhân; 1.940 công đoàn cơ sở phối hợp tổ chức "
                "đối thoại tại nơi làm việc theo Bộ luật Lao động số 45/2019/QH14.",
            ),
            (
                "p",
                "4. Về an toàn, vệ sinh lao động: phối hợp kiểm tra 264 doanh nghiệp, phát hiện và kiến nghị khắc "
                "phục 1.032 nguy cơ mất an toàn; huấn luyện cho 3.800 an toàn, vệ sinh viên. Trong 5 tháng đầu "
                "năm 2026 xảy ra 21 vụ tai nạn lao động làm chết 6 người, giảm 3 người so với cùng kỳ.",
            ),
            ("h", "III. HẠN CHẾ VÀ KIẾN NGHỊ"),
            (
                "p",
                "Một số doanh nghiệp nhỏ chưa quan tâm tạo điều kiện cho người lao động tham gia hoạt động Tháng "
                "Công nhân. Đề nghị Tổng Liên đoàn hỗ trợ kinh phí xây dựng thiết chế công đoàn tại khu vực Hải "
                "Dương (cũ)./.",
            ),
        ]
    )
    flow.append(Spacer(1, 6 * mm))
    flow.append(
        sign_table(
            [
                "<b><i>Nơi nhận:</i></b>",
                "- Tổng LĐLĐ Việt Nam (b/c);",
                "- Thường trực Thành ủy (b/c);",
                "- Lưu: VT, CSPL.",
            ],
            [
                ("TM. BAN THƯỜNG VỤ", True),
                ("PHÓ CHỦ TỊCH", True),
                ("", False),
                ("(Đã ký)", False),
                ("", False),
                ("Vũ Đức Trọng", True),
            ],
        )
    )
    build("bc_thang_cong_nhan_hai_phong.pdf", flow)


# --------------------------------------------------------------------------- K
def make_khe_thinh() -> None:
    flow = [
        head_table(
            [
                ("LĐLĐ TỈNH LÀO CAI", False),
                ("CÔNG ĐOÀN CƠ SỞ XÃ KHÊ THỊNH", True),
                ("", False),
                ("Số: 12/BC-CĐCS", False),
            ],
            [
                ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
                ("Độc lập - Tự do - Hạnh phúc", True),
                ("", False),
                ("<i>Khê Thịnh, ngày 26 tháng 9 năm 2025</i>", False),
            ],
        ),
        Spacer(1, 8 * mm),
        Paragraph("BÁO CÁO", CENTER_B),
        Paragraph("Kết quả hoạt động công đoàn quý III và nhiệm vụ quý IV năm 2025", CENTER_B),
        Spacer(1, 6 * mm),
    ]
    flow += body(
        [
            ("h", "I. TÌNH HÌNH CHUNG"),
            (
                "p",
                "Thực hiện chủ trương sắp xếp đơn vị hành chính hai cấp, từ ngày 01/7/2025 xã Khê Thịnh được "
                "thành lập trên cơ sở nhập 3 xã thuộc huyện Văn Chấn (cũ), tỉnh "
                "Yên Bái (cũ), nay thuộc tỉnh Lào Cai. Công đoàn cơ sở xã được thành lập theo Quyết định số "
                "268/QĐ-LĐLĐ ngày 15/7/2025 của Ban Thường vụ Liên đoàn Lao động tỉnh, gồm đoàn viên là cán bộ, "
                "công chức, người lao động của Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã và các đơn vị sự nghiệp "
                "trực thuộc.",
            ),
            (
                "p",
                "Đến ngày 20/9/2025, Công đoàn cơ sở có 7 công đoàn bộ phận với 84 đoàn viên (nữ 37); Ban Chấp "
                "hành lâm thời gồm 5 đồng chí.",
            ),
            ("h", "II. KẾT QUẢ HOẠT ĐỘNG QUÝ III NĂM 2025"),
            (
                "p",
                "1. Tổ chức quán triệt Luật Công đoàn số 50/2024/QH15 cho 100% đoàn viên; phối hợp với UBND xã "
                "xây dựng Quy chế phối hợp giữa chính quyền và Ban Chấp hành Công đoàn cơ sở.",
            ),
            (
                "p",
                "2. Thăm hỏi 6 đoàn viên ốm đau với số tiền 3 triệu đồng; vận động đoàn viên ủng hộ đồng bào "
                "bị thiệt hại do mưa lũ 18,5 triệu đồng; tặng 25 suất quà Trung thu cho con đoàn viên.",
            ),
            ("p", "3. Thu đoàn phí công đoàn quý III đạt 11,3 triệu đồng, bằng 100% kế hoạch."),
            ("h", "III. NHIỆM VỤ QUÝ IV NĂM 2025"),
            (
                "p",
                "Tổ chức Đại hội Công đoàn cơ sở xã lần thứ I, nhiệm kỳ 2025 - 2030 trong tháng 11/2025; "
                "phát động phong trào thi đua “Cán bộ, công chức xã thi đua phục vụ nhân dân”; rà soát, đề "
                "nghị giải quyết chế độ cho đoàn viên dôi dư sau sắp xếp./.",
            ),
        ]
    )
    flow.append(Spacer(1, 6 * mm))
    flow.append(
        sign_table(
            [
                "<b><i>Nơi nhận:</i></b>",
                "- LĐLĐ tỉnh (b/c);",
                "- Đảng ủy xã (b/c);",
                "- Lưu: CĐCS.",
            ],
            [
                ("TM. BAN CHẤP HÀNH", True),
                ("CHỦ TỊCH", True),
                ("", False),
                ("", False),
                ("Hà Văn Luyến", True),
            ],
        )
    )
    build("bc_cdcs_xa_khe_thinh.pdf", flow)


if __name__ == "__main__":
    make_hai_phong()
    make_khe_thinh()
