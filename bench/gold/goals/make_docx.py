"""Generator of docs/hatinh_soket_giuanhiemky_2025.docx (mid-term review of LĐLĐ tỉnh Hà Tĩnh).

Documents how the file was made. Run from the repository root with the project venv
(python-docx):

    .venv/bin/python bench/gold/goals/make_docx.py

Everything in it (number, names, figures) is invented. The term-to-date results of the main
indicators are given only in the Word table "Chỉ tiêu | Chỉ tiêu nhiệm kỳ | Thực hiện đến
30/6/2025 | Tỷ lệ (%)"; the table restates the resolution's term goals, one of them wrongly
(new CĐCS: 150, where the resolution says 120).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("docs") / "hatinh_soket_giuanhiemky_2025.docx"

HEAD = [
    ("center-bold", "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH"),
    ("center-bold", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("center", "Độc lập - Tự do - Hạnh phúc"),
    ("p", "Số: 236/BC-LĐLĐ"),
    ("right-italic", "Hà Tĩnh, ngày 28 tháng 7 năm 2025"),
    ("center-bold", "BÁO CÁO"),
    (
        "center-bold",
        "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Công đoàn tỉnh Hà Tĩnh lần thứ XIX, "
        "nhiệm kỳ 2023 - 2028",
    ),
]

BEFORE_TABLE = [
    ("bold", "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI"),
    ("bold", "1. Công tác quán triệt, triển khai Nghị quyết"),
    (
        "p",
        "Ngay sau Đại hội, Ban Chấp hành LĐLĐ tỉnh ban hành Chương trình hành động thực hiện Nghị "
        "quyết Đại hội Công đoàn tỉnh lần thứ XIX, cụ thể hóa thành kế hoạch công tác hằng năm; "
        "các công đoàn cấp trên trực tiếp cơ sở xây dựng chương trình, kế hoạch của đơn vị, giao "
        "chỉ tiêu phát triển đoàn viên, thành lập CĐCS gắn với trách nhiệm của người đứng đầu.",
    ),
    ("bold", "2. Kết quả thực hiện các chỉ tiêu chủ yếu"),
    (
        "p",
        "Từ đầu nhiệm kỳ đến ngày 30/6/2025, kết quả thực hiện các chỉ tiêu chủ yếu của Nghị "
        "quyết như sau:",
    ),
]

TABLE = [
    ("Chỉ tiêu", "Chỉ tiêu nhiệm kỳ", "Thực hiện đến 30/6/2025", "Tỷ lệ (%)"),
    ("Kết nạp đoàn viên mới", "15.000", "6.310", "42,1"),
    ("Thành lập CĐCS mới", "150", "52", "34,7"),
    ("Tổng số đoàn viên toàn tỉnh", "62.000", "62.040", "100,1"),
    ("Tỷ lệ CĐCS doanh nghiệp có thỏa ước lao động tập thể (%)", "80", "82,5", "103,1"),
    ("Giới thiệu đoàn viên ưu tú cho Đảng", "2.500", "1.064", "42,6"),
    ("Xây mới, sửa chữa nhà “Mái ấm Công đoàn”", "150", "61", "40,7"),
]

AFTER_TABLE = [
    (
        "p",
        "Vận động Quỹ “Mái ấm Công đoàn” từ đầu nhiệm kỳ được 8.260 triệu đồng, bằng 55,1% chỉ "
        "tiêu nhiệm kỳ. Tỷ lệ CĐCS xếp loại không hoàn thành nhiệm vụ giảm từ 4,2% (năm 2022) "
        "xuống còn 2,4% (năm 2024), đạt chỉ tiêu Nghị quyết đề ra.",
    ),
    (
        "p",
        "Trong các đơn vị, LĐLĐ thị xã Kỳ Anh là đơn vị dẫn đầu: từ đầu nhiệm kỳ đến khi kết thúc "
        "hoạt động theo chủ trương sắp xếp, đã kết nạp mới 1.240 đoàn viên, thành lập mới 9 CĐCS "
        "tại Khu kinh tế Vũng Áng.",
    ),
    ("bold", "3. Đánh giá chung"),
    (
        "p",
        "Ưu điểm: các chỉ tiêu về tổng số đoàn viên, thỏa ước lao động tập thể đã đạt và vượt "
        "chỉ tiêu Nghị quyết; công tác chăm lo cho đoàn viên có nhiều đổi mới. Hạn chế: tiến độ "
        "kết nạp đoàn viên mới, thành lập CĐCS, giới thiệu đoàn viên ưu tú cho Đảng và xây dựng "
        "nhà “Mái ấm Công đoàn” còn chậm so với yêu cầu của Nghị quyết.",
    ),
    (
        "p",
        "Theo số liệu trao đổi tại Hội nghị sơ kết giữa nhiệm kỳ của LĐLĐ các tỉnh khu vực Bắc "
        "Trung Bộ và Đông Bắc (tháng 7/2025), LĐLĐ tỉnh Quảng Ninh từ đầu nhiệm kỳ đến ngày "
        "30/6/2025 đã thành lập mới 122 CĐCS, chủ yếu tại các khu công nghiệp; đây là kinh "
        "nghiệm để các cấp công đoàn tỉnh học tập trong việc tiếp cận doanh nghiệp mới.",
    ),
    ("bold", "II. NHIỆM VỤ, GIẢI PHÁP NỬA CUỐI NHIỆM KỲ"),
    (
        "p",
        "1. Tập trung phát triển đoàn viên, thành lập CĐCS ở các doanh nghiệp mới đi vào hoạt "
        "động tại Khu kinh tế Vũng Áng; phấn đấu hoàn thành các chỉ tiêu còn chậm tiến độ.",
    ),
    (
        "p",
        "2. Ổn định tổ chức, hoạt động của các công đoàn cấp trên trực tiếp cơ sở mới sau sắp "
        "xếp; nâng cao chất lượng thương lượng, ký kết thỏa ước lao động tập thể.",
    ),
    ("p", "3. Chuẩn bị các điều kiện tổ chức Đại hội Công đoàn các cấp theo hướng dẫn."),
    ("p", "Nơi nhận:"),
    ("p", "- Tổng Liên đoàn LĐVN (để b/c);"),
    ("p", "- Thường trực Tỉnh ủy (để b/c);"),
    ("p", "- Lưu: VT, ToC."),
    ("center-bold", "TM. BAN CHẤP HÀNH"),
    ("center-bold", "CHỦ TỊCH"),
    ("center", "(Đã ký)"),
    ("center-bold", "Nguyễn Văn Hùng"),
]


def add(doc: Document, style: str, text: str) -> None:
    p = doc.add_paragraph()
    run = p.add_run(text)
    if "center" in style:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if "right" in style:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if "bold" in style:
        run.bold = True
    if "italic" in style:
        run.italic = True


def main() -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    for style, text in HEAD + BEFORE_TABLE:
        add(doc, style, text)
    table = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    table.style = "Table Grid"
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    for style, text in AFTER_TABLE:
        add(doc, style, text)
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
