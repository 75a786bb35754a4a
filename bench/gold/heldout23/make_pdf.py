"""heldout23, step 2: typesets bao-cao.pdf, the report notice.html links to.

Documents how the set was made; not imported by tests, not part of the project. Runs with the
project's interpreter (fpdf2 is in /work/main/.venv) and Debian's DejaVu fonts
(`fonts-dejavu-core`), as tests/test_pdf.py makes its PDFs:

    /work/main/.venv/bin/python bench/gold/heldout23/make_pdf.py

A born-digital A4 PDF (fpdf2, DejaVuSans 11 pt, justified, margins 20/20/30/15 mm): the year-end
2026 report of Liên đoàn Lao động thành phố Huế, "Số: 625/BC-LĐLĐ", dated 21/12/2026, a
borderless two-column letterhead, prose in four sections, one fully ruled table of plan and
result (7 rows) and a signature block. Also writes source_pdf.txt, the printed text (a table row
as its cells joined with " | "). Every figure, number, person and local document is invented;
the national documents cited (Luật Công đoàn 50/2024/QH15, Bộ luật Lao động 45/2019/QH14,
Nghị quyết 02-NQ/TW) are real. The creation date is fixed so that reruns give the same bytes.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BOLD = FONT.with_name("DejaVuSans-Bold.ttf")
ITALIC = FONT.with_name("DejaVuSans-Oblique.ttf")

LEFT_HEAD = [
    ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", ""),
    ("LIÊN ĐOÀN LAO ĐỘNG", "B"),
    ("THÀNH PHỐ HUẾ", "B"),
    ("Số: 625/BC-LĐLĐ", ""),
]
RIGHT_HEAD = [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B"),
    ("Độc lập - Tự do - Hạnh phúc", "B"),
    ("", ""),
    ("Huế, ngày 21 tháng 12 năm 2026", "I"),
]
TITLE = [
    "BÁO CÁO",
    "Tổng kết công tác công đoàn năm 2026,",
    "phương hướng, nhiệm vụ năm 2027",
]

# ("h", heading) | ("p", paragraph) | ("table", None)
BODY = [
    (
        "p",
        "Thực hiện Kế hoạch số 112/KH-LĐLĐ ngày 15/01/2026 của Ban Thường vụ Liên đoàn Lao động thành phố về hoạt động công đoàn năm 2026, Ban Thường vụ Liên đoàn Lao động thành phố Huế báo cáo kết quả như sau:",
    ),
    ("h", "I. ĐẶC ĐIỂM TÌNH HÌNH"),
    (
        "p",
        "Năm 2026, kinh tế - xã hội của thành phố tiếp tục phục hồi; thu nhập bình quân của người lao động ước đạt 7,9 triệu đồng/người/tháng, tăng 6,2% so với năm 2025. Tính đến ngày 30/11/2026, toàn thành phố có 1.312 CĐCS với 86.540 đoàn viên, trong đó đoàn viên nữ chiếm 54,6%; Liên đoàn Lao động thành phố có 7 công đoàn cấp trên trực tiếp cơ sở.",
    ),
    ("h", "II. KẾT QUẢ HOẠT ĐỘNG NĂM 2026"),
    ("h", "1. Công tác tuyên truyền"),
    (
        "p",
        "Các cấp công đoàn tổ chức 1.126 buổi tuyên truyền, phổ biến pháp luật cho hơn 72.000 lượt đoàn viên, người lao động, tập trung vào Luật Công đoàn số 50/2024/QH15 và Bộ luật Lao động số 45/2019/QH14.",
    ),
    ("h", "2. Công tác đại diện, bảo vệ và chăm lo cho đoàn viên, người lao động"),
    (
        "p",
        "100% cơ quan, đơn vị hành chính, sự nghiệp tổ chức hội nghị cán bộ, công chức, viên chức; 612/648 doanh nghiệp có CĐCS tổ chức hội nghị người lao động, đạt 94,4%. Các cấp công đoàn tham gia 1.540 cuộc đối thoại tại nơi làm việc, ký mới 138 bản thỏa ước lao động tập thể.",
    ),
    (
        "p",
        "Dịp Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn trao 27.860 suất quà cho đoàn viên, người lao động với tổng trị giá 15,3 tỷ đồng; chương trình “Chuyến xe Công đoàn” đưa 820 công nhân về quê đón Tết.",
    ),
    (
        "p",
        "Trong năm, các cấp công đoàn xây mới, sửa chữa 29 nhà “Mái ấm Công đoàn” với tổng kinh phí 1,74 tỷ đồng; trợ cấp khó khăn cho 936 lượt đoàn viên với số tiền 1,12 tỷ đồng.",
    ),
    ("h", "3. Công tác phát triển đoàn viên, xây dựng tổ chức công đoàn"),
    (
        "p",
        "Các cấp công đoàn kết nạp mới 5.214 đoàn viên, đạt 104,3% kế hoạch; thành lập mới 36 CĐCS, đạt 120% kế hoạch. Kết quả đánh giá, xếp loại có 1.086/1.312 CĐCS hoàn thành tốt nhiệm vụ trở lên, chiếm 82,8%.",
    ),
    (
        "p",
        "Liên đoàn Lao động thành phố mở 48 lớp tập huấn cho 3.450 lượt cán bộ công đoàn; các cấp công đoàn giới thiệu 584 đoàn viên ưu tú cho Đảng xem xét, kết nạp.",
    ),
    ("h", "4. Phong trào thi đua"),
    (
        "p",
        "Phong trào thi đua “Lao động giỏi, lao động sáng tạo” có 1.238 sáng kiến được công nhận, làm lợi hơn 34 tỷ đồng.",
    ),
    ("h", "5. Công tác tài chính công đoàn"),
    (
        "p",
        "Thu kinh phí công đoàn ước đạt 78,6 tỷ đồng, bằng 102,4% dự toán; chi chăm lo, bảo vệ đoàn viên chiếm 38,5% tổng chi.",
    ),
    ("h", "6. Kết quả thực hiện các chỉ tiêu chủ yếu năm 2026"),
    ("table", None),
    ("h", "III. HẠN CHẾ"),
    (
        "p",
        "Việc phát triển đoàn viên ở doanh nghiệp ngoài nhà nước còn khó khăn; còn 87 doanh nghiệp nợ đọng kinh phí công đoàn với số tiền khoảng 3,2 tỷ đồng.",
    ),
    ("h", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027"),
    (
        "p",
        "Tiếp tục thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới. Liên đoàn Lao động thành phố đề ra các chỉ tiêu chủ yếu năm 2027 như sau:",
    ),
    ("p", "- Kết nạp mới ít nhất 5.200 đoàn viên; thành lập mới từ 30 CĐCS trở lên."),
    (
        "p",
        "- Trên 95% doanh nghiệp có CĐCS tổ chức hội nghị người lao động; 60% doanh nghiệp có CĐCS ký kết thỏa ước lao động tập thể.",
    ),
    (
        "p",
        "- Tập huấn cho 3.500 lượt cán bộ công đoàn; giới thiệu 600 đoàn viên ưu tú cho Đảng xem xét, kết nạp.",
    ),
    (
        "p",
        "- Chăm lo Tết Đinh Mùi 2027 cho không dưới 28.000 đoàn viên, người lao động; thu kinh phí công đoàn đạt không dưới 80 tỷ đồng.",
    ),
    (
        "p",
        "Trên đây là báo cáo tổng kết công tác công đoàn năm 2026, phương hướng, nhiệm vụ năm 2027 của Liên đoàn Lao động thành phố Huế./.",
    ),
]

HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Thực hiện năm 2026", "Tỷ lệ (%)"]
ROWS = [  # plan and result as numbers; the rate is computed and checked
    ("1", "Kết nạp đoàn viên mới", "Đoàn viên", 5000, 5214),
    ("2", "Thành lập mới CĐCS", "CĐCS", 30, 36),
    ("3", "Doanh nghiệp có CĐCS tổ chức hội nghị người lao động", "%", 90, 94.4),
    ("4", "Tập huấn cán bộ công đoàn", "Lượt người", 3200, 3450),
    ("5", "Giới thiệu đoàn viên ưu tú cho Đảng", "Người", 550, 584),
    ("6", "Xây mới, sửa chữa nhà “Mái ấm Công đoàn”", "Nhà", 25, 29),
    ("7", "Thu kinh phí công đoàn", "Triệu đồng", 76760, 78600),
]
WIDTHS = (10, 62, 24, 25, 25, 19)  # mm, 165 in all

NOI_NHAN = [
    "Nơi nhận:",
    "- Tổng Liên đoàn Lao động Việt Nam;",
    "- Thành ủy, HĐND, UBND thành phố;",
    "- Các công đoàn cấp trên trực tiếp cơ sở;",
    "- Lưu: VT, VP.",
]
SIGN = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "(Đã ký)", "", "Tôn Thất Minh Quân"]


def vn(x: float, places: int = 0) -> str:
    """A number the Vietnamese way: "." between thousands, "," before decimals."""
    q = Decimal(str(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    whole, _, frac = f"{q:f}".partition(".")
    whole = f"{int(whole):,}".replace(",", ".")
    return whole + ("," + frac if frac else "")


def table_rows() -> list[list[str]]:
    rows = []
    for tt, name, unit, plan, done in ROWS:
        rate = vn(done / plan * 100, 1)
        places = 1 if isinstance(done, float) else 0
        rows.append([tt, name, unit, vn(plan), vn(done, places), rate])
    # the rates the prose gives must be the table's
    got = {r[1]: r[5] for r in rows}
    assert got["Kết nạp đoàn viên mới"] == "104,3"
    assert got["Thu kinh phí công đoàn"] == "102,4"
    assert vn(612 / 648 * 100, 1) == "94,4" and vn(1086 / 1312 * 100, 1) == "82,8"
    return rows


def main() -> None:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2026, 12, 21, 16, 5, tzinfo=dt.UTC))
    pdf.set_title("Báo cáo tổng kết công tác công đoàn năm 2026")
    pdf.set_author("Liên đoàn Lao động thành phố Huế")
    pdf.add_font("dv", "", str(FONT))
    pdf.add_font("dv", "B", str(BOLD))
    pdf.add_font("dv", "I", str(ITALIC))
    pdf.set_margins(30, 20, 15)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    source: list[str] = []

    # letterhead: two borderless columns
    top = pdf.get_y()
    for i, ((lt, ls), (rt, rs)) in enumerate(zip(LEFT_HEAD, RIGHT_HEAD, strict=True)):
        y = top + i * 5.5
        pdf.set_xy(30, y)
        pdf.set_font("dv", ls, 10)
        pdf.cell(70, 5.5, lt, align="C")
        pdf.set_xy(100, y)
        pdf.set_font("dv", rs, 10)
        pdf.cell(95, 5.5, rt, align="C")
        source += [t for t in (lt, rt) if t]
    pdf.set_y(top + 4 * 5.5 + 8)
    for k, line in enumerate(TITLE):
        pdf.set_font("dv", "B", 13 if k == 0 else 11.5)
        pdf.cell(0, 6.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
        source.append(line)
    pdf.ln(5)

    for kind, text in BODY:
        if kind == "h":
            pdf.set_font("dv", "B", 11)
            pdf.ln(1.5)
            pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
            source.append(text)
        elif kind == "p":
            pdf.set_font("dv", "", 11)
            pdf.multi_cell(0, 6, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            source.append(text)
        else:
            rows = table_rows()
            pdf.set_font("dv", "", 10)
            pdf.ln(1)
            with pdf.table(
                col_widths=WIDTHS,
                width=sum(WIDTHS),
                line_height=5.5,
                text_align=("CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT"),
                headings_style=FontFace(emphasis="BOLD"),
                borders_layout="ALL",
                padding=1.2,
            ) as table:
                head = table.row()
                for cell in HEADER:
                    head.cell(cell, align="CENTER")
                for cells in rows:
                    row = table.row()
                    for cell in cells:
                        row.cell(cell)
            source.append(" | ".join(HEADER))
            source += [" | ".join(cells) for cells in rows]
            pdf.ln(3)

    # "Nơi nhận" beside the signature block
    pdf.ln(3)
    if pdf.get_y() > 297 - 20 - 40:
        pdf.add_page()
    top = pdf.get_y()
    for i, line in enumerate(NOI_NHAN):
        pdf.set_xy(30, top + i * 4.8)
        pdf.set_font("dv", "B" if i == 0 else "", 9)
        pdf.cell(80, 4.8, line)
    for i, line in enumerate(SIGN):
        pdf.set_xy(115, top + i * 5.5)
        pdf.set_font("dv", "I" if line == "(Đã ký)" else "B", 10.5)
        pdf.cell(80, 5.5, line, align="C")
    source += NOI_NHAN + [s for s in SIGN if s]

    pdf.output(str(HERE / "bao-cao.pdf"))
    (HERE / "source_pdf.txt").write_text("\n".join(source) + "\n", encoding="utf-8")
    print("bao-cao.pdf", pdf.pages_count, "pages")


if __name__ == "__main__":
    main()
