"""Generator of bench/gold/heldout10/report.docx (year-end report of a company union).

Documents how the file was made; not imported by tests. Run with the project venv
(python-docx):

    python bench/gold/heldout10/make_report.py

The head is a 2x2 Word table without borders, as such reports are usually typed: issuing
unions / national motto, then the number / the place and date. Every figure, name, address,
phone number and local document (Công văn 1125/LĐLĐ-TC) is invented; the cited national
documents (50/2024/QH15, 45/2019/QH14, 191/2013/NĐ-CP) are real, with their real dates.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("report.docx")

BODY = [
    ("center-bold", "BÁO CÁO"),
    ("center-bold", "Kết quả hoạt động công đoàn năm 2025, phương hướng nhiệm vụ năm 2026"),
    (
        "p",
        "Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27 tháng 11 năm 2024; thực hiện Công văn "
        "số 1125/LĐLĐ-TC ngày 08/12/2025 của Ban Thường vụ Liên đoàn Lao động tỉnh, Ban Chấp hành "
        "Công đoàn cơ sở báo cáo như sau:",
    ),
    ("bold", "I. ĐẶC ĐIỂM TÌNH HÌNH"),
    (
        "p",
        "Công ty TNHH May Hưng Phát có trụ sở tại Lô C12, đường số 3, Khu công nghiệp Thành An, "
        "tỉnh Ninh Bình (trước ngày 01/7/2025 thuộc tỉnh Nam Định), sau hơn 18 năm hoạt động chuyên "
        "may hàng xuất khẩu. Tính đến ngày 31/12/2025, Công ty có 1.846 lao động, trong đó nữ 1.512 "
        "người, chiếm 81,9%.",
    ),
    ("bold", "II. KẾT QUẢ HOẠT ĐỘNG NĂM 2025"),
    ("bold", "1. Tổ chức, phát triển đoàn viên"),
    (
        "p",
        "Công đoàn cơ sở hiện có 1.790 đoàn viên, tỷ lệ đoàn viên trên tổng số lao động đạt 97%; "
        "trong năm kết nạp mới 214 đoàn viên, đạt 107% chỉ tiêu Liên đoàn Lao động tỉnh giao. "
        "Công đoàn giới thiệu 5 đoàn viên ưu tú cho Đảng, 3 đồng chí đã được kết nạp.",
    ),
    ("bold", "2. Tiền lương, thu nhập, chăm lo đoàn viên"),
    (
        "p",
        "Tiền lương bình quân năm 2025 là 8,6 triệu đồng/người/tháng, tăng 6,2% so với năm 2024; "
        "thu nhập bình quân 9,4 triệu đồng/người/tháng. Mức lương thấp nhất cao hơn 7% so với lương "
        "tối thiểu vùng; tiền ăn ca được nâng từ 25.000 đồng lên 30.000 đồng/suất từ tháng 4/2025.",
    ),
    (
        "p",
        "Tết Nguyên đán Ất Tỵ 2025, Công đoàn phối hợp với Công ty trao 1.790 suất quà cho đoàn "
        "viên, tổng trị giá 895 triệu đồng, trong đó Công đoàn chi 358 triệu đồng; hỗ trợ tiền tàu xe "
        "cho 120 đoàn viên ở xa về quê đón Tết, mỗi người 300.000 đồng. Dịp Tết Dương lịch 2026, "
        "Công ty thưởng mỗi người lao động 500.000 đồng theo đề nghị của Công đoàn.",
    ),
    (
        "p",
        "Trong năm 2025, Công đoàn thăm hỏi 312 lượt đoàn viên ốm đau, thai sản với số tiền 156 triệu đồng; tổng "
        "chi chăm lo đoàn viên từ tài chính công đoàn là 1.875,3 triệu đồng.",
    ),
    ("bold", "3. Đại diện, bảo vệ người lao động"),
    (
        "p",
        "Ngày 15/3/2025, Công đoàn và Công ty ký Thỏa ước lao động tập thể lần thứ 4, hiệu lực "
        "3 năm, gồm 36 điều, trong đó 14 điều có lợi hơn cho người lao động so với Bộ luật Lao động "
        "số 45/2019/QH14.",
    ),
    (
        "p",
        "Hội nghị người lao động tổ chức ngày 22/02/2025 với 186 đại biểu, 100% đại biểu tán "
        "thành Quy chế dân chủ sửa đổi. Công đoàn phối hợp tổ chức 4 cuộc đối thoại định kỳ, mỗi quý "
        "một lần, và 2 cuộc đối thoại đột xuất; 100% kiến nghị của người lao động được giải quyết.",
    ),
    (
        "p",
        "Không xảy ra đình công; có 2 vụ tai nạn lao động nhẹ (nghỉ điều trị 7 ngày); 1.846 "
        "người lao động được huấn luyện an toàn, vệ sinh lao động. Công đoàn tư vấn pháp luật cho "
        "145 lượt người lao động qua đường dây nóng 0228.3846.517.",
    ),
    ("bold", "4. Phong trào thi đua"),
    (
        "p",
        "Phong trào “Lao động giỏi, lao động sáng tạo” có 27 sáng kiến được công nhận, làm lợi "
        "ước tính 1,2 tỷ đồng; Công đoàn khen thưởng 18 tập thể, 64 cá nhân.",
    ),
    ("bold", "5. Tài chính công đoàn"),
    (
        "p",
        "Thực hiện Nghị định số 191/2013/NĐ-CP ngày 21/11/2013 của Chính phủ, Công ty đóng kinh "
        "phí công đoàn bằng 2% quỹ tiền lương đóng bảo hiểm xã hội, năm 2025 nộp 2.658 triệu đồng; "
        "đoàn viên đóng đoàn phí 1% tiền lương theo Điều 26 Điều lệ Công đoàn Việt Nam. Tổng thu tài "
        "chính công đoàn cơ sở năm 2025 đạt 3.215,6 triệu đồng, bằng 104,2% dự toán; tổng chi "
        "3.046,8 triệu đồng; kết dư chuyển sang năm 2026 là 168,8 triệu đồng.",
    ),
    ("bold", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
    ("p", "Năm 2026, Công đoàn cơ sở phấn đấu đạt các chỉ tiêu sau:"),
    (
        "p",
        "- Kết nạp mới ít nhất 150 đoàn viên; tỷ lệ đoàn viên trên tổng số lao động đạt 98% trở lên;",
    ),
    ("p", "- 100% người lao động được ký hợp đồng lao động, tham gia bảo hiểm xã hội;"),
    (
        "p",
        "- Tổ chức Hội nghị người lao động trong quý I/2026; đối thoại định kỳ không dưới 4 lần "
        "trong năm;",
    ),
    ("p", "- Thu nhập bình quân của người lao động không dưới 9,8 triệu đồng/người/tháng;"),
    (
        "p",
        "- Có ít nhất 30 sáng kiến được công nhận; giới thiệu ít nhất 5 đoàn viên ưu tú cho Đảng;",
    ),
    (
        "p",
        "- Thu kinh phí công đoàn, đoàn phí công đoàn đạt 100% dự toán; tổng dự toán thu năm 2026 "
        "là 3.420 triệu đồng;",
    ),
    (
        "p",
        "- Không để xảy ra tai nạn lao động nặng; 75% đoàn viên được công nhận danh hiệu “Lao "
        "động giỏi” trở lên.",
    ),
    (
        "p",
        "Nhiệm vụ trọng tâm: tuyên truyền Luật Công đoàn số 50/2024/QH15 đến toàn thể đoàn viên; chuẩn "
        "bị thương lượng thỏa ước mới trước khi thỏa ước hiện hành hết hạn vào tháng 3/2028; chăm lo "
        "Tết Nguyên đán Bính Ngọ 2026 cho 100% đoàn viên với mức quà không dưới 600.000 đồng/người.",
    ),
    ("p", "Nơi nhận: - LĐLĐ tỉnh Ninh Bình (b/c); - Ban Giám đốc Công ty; - Lưu: VT, BCH."),
    ("right-bold", "TM. BAN CHẤP HÀNH"),
    ("right-bold", "CHỦ TỊCH"),
    ("right", "(Đã ký)"),
    ("right-bold", "Trần Thị Thu Hằng"),
]


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)

    head = doc.add_table(rows=2, cols=2)
    cells = [
        [
            "LĐLĐ TỈNH NINH BÌNH\nCÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY HƯNG PHÁT",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        ],
        ["Số: 02/BC-CĐCS", "Ninh Bình, ngày 12 tháng 01 năm 2026"],
    ]
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            cell = head.cell(r, c)
            lines = text.split("\n")
            cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
            for par in cell.paragraphs:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in par.runs:
                    run.bold = r == 0
                    run.italic = r == 1 and c == 1

    for style_name, text in BODY:
        par = doc.add_paragraph()
        run = par.add_run(text)
        if "bold" in style_name:
            run.bold = True
        if style_name.startswith("center"):
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif style_name.startswith("right"):
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.save(OUT)


if __name__ == "__main__":
    main()
