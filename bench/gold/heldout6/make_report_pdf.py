"""Generator of bench/gold/heldout6/report.pdf (a born-digital six-month report).

Documents how the file was made; not imported by tests. Needs reportlab, installed outside
the project venv:

    pip install --target /tmp/rl reportlab
    PYTHONPATH=/tmp/rl python bench/gold/heldout6/make_report_pdf.py

Every figure, number, person and local document is invented; the cited national documents
(02-NQ/TW, 50/2024/QH15, 45/2019/QH14, 191/2013/NĐ-CP, 202/2025/QH15) are real.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).with_name("report.pdf")
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
    leading=16.5,
    alignment=TA_JUSTIFY,
    firstLineIndent=8 * mm,
    spaceAfter=4,
)
HEAD = ParagraphStyle("head", parent=BODY, fontName="Serif-Bold", firstLineIndent=0)
SUB = ParagraphStyle("sub", parent=BODY, fontName="Serif-Bold", firstLineIndent=8 * mm)
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0)
CENTER_B = ParagraphStyle("center_b", parent=CENTER, fontName="Serif-Bold")
CELL = ParagraphStyle("cell", fontName="Serif", fontSize=10, leading=13)
CELL_C = ParagraphStyle("cell_c", parent=CELL, alignment=TA_CENTER)
CELL_H = ParagraphStyle("cell_h", parent=CELL_C, fontName="Serif-Bold")
SMALL = ParagraphStyle("small", fontName="Serif", fontSize=10, leading=13)

HEADER_LEFT = ["LIÊN ĐOÀN LAO ĐỘNG TỈNH LÂM ĐỒNG", "Số: 186/BC-LĐLĐ"]
HEADER_RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "<i>Lâm Đồng, ngày 08 tháng 7 năm 2026</i>",
]
TITLE = [
    "BÁO CÁO",
    "Sơ kết công tác công đoàn 6 tháng đầu năm 2026, nhiệm vụ 6 tháng cuối năm",
]

# ("h", heading) | ("s", subheading) | ("p", paragraph) | ("table", caption)
BODY_TEXT: list[tuple[str, str]] = [
    (
        "p",
        "Thực hiện Kế hoạch số 09/KH-LĐLĐ ngày 15/01/2026 của Ban Thường vụ Liên đoàn Lao "
        "động tỉnh về thực hiện nhiệm vụ công tác công đoàn năm 2026, Ban Thường vụ Liên đoàn "
        "Lao động tỉnh báo cáo kết quả 6 tháng đầu năm 2026 như sau:",
    ),
    ("h", "I. ĐẶC ĐIỂM TÌNH HÌNH"),
    (
        "p",
        "Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị "
        "hành chính cấp tỉnh, từ ngày 01/7/2025 tỉnh Lâm Đồng mới được thành lập trên cơ sở "
        "nhập tỉnh Đắk Nông, tỉnh Bình Thuận vào tỉnh Lâm Đồng; Liên đoàn Lao động tỉnh được "
        "hợp nhất từ Liên đoàn Lao động của các tỉnh trên và đi vào hoạt động ổn định. Toàn "
        "tỉnh hiện có khoảng 4.950 doanh nghiệp đang hoạt động, sử dụng gần 286.000 lao động; "
        "thu nhập bình quân của người lao động ước đạt 8,2 triệu đồng/người/tháng. Một số "
        "doanh nghiệp may mặc, chế biến gỗ thiếu đơn hàng, phải giảm giờ làm, ảnh hưởng đến "
        "việc làm của hơn 3.100 người lao động; việc làm ở nhiều nơi vẫn chưa trở lại như "
        "trước đại dịch COVID-19.",
    ),
    ("h", "II. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026"),
    ("s", "1. Phát triển đoàn viên, thành lập công đoàn cơ sở"),
    (
        "p",
        "Tính đến ngày 30/6/2026, Liên đoàn Lao động tỉnh có 2.864 CĐCS với 241.530 đoàn viên; "
        "tỷ lệ đoàn viên trên tổng số công nhân, viên chức, lao động đạt 84,6%. Trong 6 tháng, "
        "toàn tỉnh kết nạp mới 7.428 đoàn viên, tăng 12,4% so với cùng kỳ năm 2025, đạt 53,1% "
        "kế hoạch năm; thành lập mới 38 CĐCS, đạt 47,5% kế hoạch năm, trong đó 29 CĐCS ở doanh "
        "nghiệp ngoài nhà nước. Đợt cao điểm “Tháng 5 - 200 ngày phát triển đoàn viên” được "
        "triển khai tại 12 địa bàn trọng điểm.",
    ),
    ("s", "2. Đại diện, bảo vệ quyền và lợi ích hợp pháp của đoàn viên, người lao động"),
    (
        "p",
        "100% cơ quan, đơn vị khu vực hành chính, sự nghiệp đã tổ chức hội nghị cán bộ, công "
        "chức, viên chức năm 2026. Ở khu vực doanh nghiệp, 1.146/1.392 CĐCS (đạt 82,3%) đã phối "
        "hợp tổ chức hội nghị người lao động; 968/1.392 doanh nghiệp tổ chức đối thoại định kỳ "
        "tại nơi làm việc theo quy định của Bộ luật Lao động số 45/2019/QH14. Toàn tỉnh có "
        "1.027 bản thỏa ước lao động tập thể còn hiệu lực, bao phủ 73,8% số doanh nghiệp có tổ "
        "chức công đoàn; trong 6 tháng ký mới 64 bản.",
    ),
    (
        "p",
        "Trong kỳ xảy ra hai cuộc ngừng việc tập thể tại doanh nghiệp chế biến gỗ và giày da, "
        "với khoảng 950 người lao động tham gia; các cuộc ngừng việc đều được giải quyết trong "
        "vòng 3 ngày. Công đoàn các cấp tư vấn pháp luật cho 1.270 lượt người lao động; tham gia "
        "giải quyết 17 vụ tranh chấp lao động cá nhân, giúp người lao động nhận lại hơn 620 "
        "triệu đồng tiền lương, bảo hiểm xã hội.",
    ),
    ("s", "3. Chăm lo đời sống đoàn viên, người lao động"),
    (
        "p",
        "Chương trình “Tết Sum vầy - Xuân Bính Ngọ 2026” đã trao 41.800 suất quà cho đoàn viên, "
        "người lao động với tổng kinh phí trên 27,6 tỷ đồng; tổ chức 9 chuyến xe đưa gần 400 "
        "công nhân về quê đón Tết. Hỗ trợ xây mới 14 nhà “Mái ấm Công đoàn” với tổng số tiền 980 "
        "triệu đồng, mỗi nhà được hỗ trợ 70 triệu đồng. Quỹ Trợ vốn cho công nhân lao động "
        "nghèo cho 186 lượt đoàn viên vay với tổng số tiền 5,58 tỷ đồng. Thăm hỏi 1.530 lượt "
        "đoàn viên ốm đau, gặp khó khăn với số tiền hơn 1,2 tỷ đồng. Đoàn viên, người lao động "
        "toàn tỉnh ủng hộ Quỹ “Vì người nghèo” 2,35 tỷ đồng.",
    ),
    ("s", "4. Tuyên truyền, đào tạo cán bộ và phong trào thi đua"),
    (
        "p",
        "Tổ chức 32 lớp tập huấn cho 2.460 lượt cán bộ công đoàn về Luật Công đoàn số "
        "50/2024/QH15 và nghiệp vụ công tác công đoàn. Hưởng ứng phong trào “Lao động giỏi, Lao "
        "động sáng tạo”, đoàn viên, người lao động đăng ký 412 sáng kiến, trong đó 57 sáng kiến "
        "được Hội đồng công nhận, giá trị làm lợi ước tính 18,5 tỷ đồng. Giới thiệu 318 đoàn "
        "viên ưu tú cho Đảng xem xét kết nạp, đạt 63,6% chỉ tiêu năm; 205 đồng chí đã được kết "
        "nạp vào Đảng.",
    ),
    ("s", "5. Tài chính công đoàn"),
    (
        "p",
        "Thực hiện Nghị định số 191/2013/NĐ-CP ngày 21/11/2013 của Chính phủ, 6 tháng đầu năm "
        "thu kinh phí công đoàn ước đạt 68,4 tỷ đồng, bằng 48,9% dự toán năm; thu đoàn phí công "
        "đoàn đạt 19,2 tỷ đồng. Còn 236 doanh nghiệp nợ đọng kinh phí công đoàn kéo dài trên 12 "
        "tháng.",
    ),
    ("s", "6. Kết quả thực hiện một số chỉ tiêu chủ yếu"),
    ("table", ""),
    ("s", "7. Hạn chế"),
    (
        "p",
        "Tiến độ thành lập CĐCS chưa đạt yêu cầu; tỷ lệ thỏa ước được xếp loại B trở lên còn "
        "thấp, chỉ khoảng 21%. Một số CĐCS chưa chủ động đối thoại, còn để xảy ra ngừng việc "
        "tập thể.",
    ),
    ("h", "III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026"),
    (
        "p",
        "1. Tiếp tục triển khai Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi "
        "mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới; tổ chức 01 hội "
        "nghị sơ kết 5 năm thực hiện Nghị quyết theo Hướng dẫn số 05/HD-LĐLĐ ngày 20/02/2026 "
        "của Ban Thường vụ Liên đoàn Lao động tỉnh.",
    ),
    (
        "p",
        "2. Phấn đấu 6 tháng cuối năm kết nạp mới ít nhất 6.600 đoàn viên, thành lập mới ít "
        "nhất 42 CĐCS, bảo đảm hoàn thành chỉ tiêu năm; giới thiệu ít nhất 182 đoàn viên ưu tú "
        "cho Đảng.",
    ),
    (
        "p",
        "3. Phấn đấu đến cuối năm 2026 có 75% trở lên số doanh nghiệp có tổ chức công đoàn ký "
        "kết thỏa ước lao động tập thể; 100% CĐCS khu vực doanh nghiệp tổ chức hội nghị người "
        "lao động; số cuộc ngừng việc tập thể không quá hai cuộc. Thường trực Liên đoàn Lao động "
        "tỉnh đối thoại với công nhân các khu công nghiệp mỗi quý ít nhất một lần.",
    ),
    (
        "p",
        "4. Dự kiến tổ chức từ 25 đến 30 lớp tập huấn cho cán bộ công đoàn cơ sở mới thành "
        "lập; xây mới 16 nhà “Mái ấm Công đoàn” còn lại theo kế hoạch; thu kinh phí công đoàn "
        "đạt 100% dự toán trở lên.",
    ),
    (
        "p",
        "Trên đây là báo cáo sơ kết công tác công đoàn 6 tháng đầu năm 2026 và nhiệm vụ 6 tháng "
        "cuối năm của Liên đoàn Lao động tỉnh Lâm Đồng./.",
    ),
]

TABLE = [
    ["TT", "Chỉ tiêu", "Kế hoạch năm 2026", "Thực hiện 6 tháng", "Tỷ lệ (%)"],
    ["1", "Kết nạp đoàn viên mới (đoàn viên)", "14.000", "7.428", "53,1"],
    ["2", "Thành lập mới CĐCS (CĐCS)", "80", "38", "47,5"],
    ["3", "Tập huấn cán bộ công đoàn (lượt người)", "5.000", "2.460", "49,2"],
    ["4", "Giới thiệu đoàn viên ưu tú cho Đảng (đoàn viên)", "500", "318", "63,6"],
    ["5", "Xây mới nhà “Mái ấm Công đoàn” (nhà)", "30", "14", "46,7"],
    ["6", "Doanh nghiệp có thỏa ước lao động tập thể (%)", "≥ 75", "73,8", "98,4"],
    ["7", "Thu kinh phí công đoàn (triệu đồng)", "140.000", "68.400", "48,9"],
]

RECIPIENTS = [
    "<b><i>Nơi nhận:</i></b>",
    "- Tổng Liên đoàn Lao động Việt Nam (để b/c);",
    "- Thường trực Tỉnh ủy (để b/c);",
    "- Các LĐLĐ khu vực, công đoàn ngành;",
    "- Lưu: VT, ToC.",
]
SIGNATURE = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "<i>(Đã ký)</i>", "", "Nguyễn Văn Thịnh"]


class NumberedCanvas(canvas.Canvas):
    """Writes "Trang i/n" in the footer of every page once the page count is known."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 (reportlab API)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont("Serif", 9)
            self.drawCentredString(A4[0] / 2, 12 * mm, f"Trang {self._pageNumber}/{total}")
            super().showPage()
        super().save()


def story() -> list:
    header = Table(
        [
            [
                [
                    Paragraph(HEADER_LEFT[0], CENTER_B),
                    Paragraph("––––––––", CENTER),
                    Paragraph(HEADER_LEFT[1], CENTER),
                ],
                [
                    Paragraph(HEADER_RIGHT[0], CENTER_B),
                    Paragraph(f"<b>{HEADER_RIGHT[1]}</b>", CENTER),
                    Paragraph("––––––––––––––––", CENTER),
                    Paragraph(HEADER_RIGHT[2], CENTER),
                ],
            ]
        ],
        colWidths=[70 * mm, 95 * mm],
    )
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow: list = [header, Spacer(1, 8 * mm)]
    flow += [
        Paragraph(TITLE[0], CENTER_B),
        Paragraph(f"<b>{TITLE[1]}</b>", CENTER),
        Spacer(1, 5 * mm),
    ]
    for kind, text in BODY_TEXT:
        if kind == "h":
            flow.append(Paragraph(text, HEAD))
        elif kind == "s":
            flow.append(Paragraph(text, SUB))
        elif kind == "p":
            flow.append(Paragraph(text, BODY))
        else:
            rows = [[Paragraph(c, CELL_H) for c in TABLE[0]]]
            rows += [
                [Paragraph(r[0], CELL_C), Paragraph(r[1], CELL)]
                + [Paragraph(c, CELL_C) for c in r[2:]]
                for r in TABLE[1:]
            ]
            table = Table(rows, colWidths=[10 * mm, 72 * mm, 28 * mm, 28 * mm, 22 * mm])
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ]
                )
            )
            flow += [table, Spacer(1, 3 * mm)]
    flow.append(Spacer(1, 6 * mm))
    sign = Table(
        [
            [
                [Paragraph(line, SMALL) for line in RECIPIENTS],
                [Paragraph(f"<b>{line}</b>" if line else " ", CENTER) for line in SIGNATURE],
            ]
        ],
        colWidths=[80 * mm, 85 * mm],
    )
    sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow.append(sign)
    return flow


def main() -> None:
    doc = SimpleDocTemplate(
        str(OUT),
        pagesize=A4,
        leftMargin=30 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title="Báo cáo sơ kết 6 tháng đầu năm 2026",
        author="LĐLĐ tỉnh Lâm Đồng",
    )
    doc.build(story(), canvasmaker=NumberedCanvas)
    print(OUT)


if __name__ == "__main__":
    main()
