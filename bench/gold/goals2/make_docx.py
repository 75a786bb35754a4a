"""Generator of docs/thanhhoa_soket_2nam_ruoi_2025.docx (LĐLĐ tỉnh Thanh Hóa, sơ kết 2 năm rưỡi).

Documents how the file was made. Run from the repository root with the project venv
(python-docx):

    .venv/bin/python bench/gold/goals2/make_docx.py

Everything in it (number, names, figures) is invented. The term-to-date results of the main
indicators are given in a first Word table "Chỉ tiêu | Nghị quyết giao | Lũy kế đến 30/11/2025 |
Đạt (%)", which restates the resolution's term goals, one of them wrongly (members introduced
to the Party: 6.000, where the resolution says 8.000); a second Word table gives the same counts
period by period ("Giai đoạn | Kết nạp đoàn viên | Thành lập CĐCS | Giới thiệu cho Đảng").
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("docs") / "thanhhoa_soket_2nam_ruoi_2025.docx"

HEAD = [
    ("center-bold", "LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA"),
    ("center-bold", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("center", "Độc lập - Tự do - Hạnh phúc"),
    ("p", "Số: 512/BC-LĐLĐ"),
    ("right-italic", "Thanh Hóa, ngày 15 tháng 12 năm 2025"),
    ("center-bold", "BÁO CÁO"),
    (
        "center-bold",
        "Sơ kết 2 năm rưỡi thực hiện Nghị quyết Đại hội đại biểu Công đoàn tỉnh Thanh Hóa "
        "lần thứ XX, nhiệm kỳ 2023 - 2028",
    ),
]

BEFORE_TABLE = [
    ("bold", "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT"),
    (
        "p",
        "Sau hơn hai năm triển khai, trong bối cảnh sắp xếp tổ chức bộ máy của hệ thống chính "
        "trị, các cấp công đoàn tỉnh đã bám sát Chương trình hành động thực hiện Nghị quyết, "
        "cụ thể hóa thành chương trình công tác hằng năm. Tính từ Đại hội đến ngày 30/11/2025, "
        "kết quả thực hiện các chỉ tiêu chủ yếu như sau:",
    ),
]

TABLE = [
    ("Chỉ tiêu", "Nghị quyết giao", "Lũy kế đến 30/11/2025", "Đạt (%)"),
    ("Kết nạp đoàn viên mới", "60.000", "26.350", "43,9"),
    ("Thành lập CĐCS mới", "400", "168", "42,0"),
    ("Tổng số đoàn viên", "260.000", "251.600", "96,8"),
    ("Tỷ lệ CĐCS doanh nghiệp có thỏa ước lao động tập thể (%)", "80", "78,3", "97,9"),
    ("Giới thiệu đoàn viên ưu tú cho Đảng", "6.000", "3.910", "65,2"),
    ("Xây mới, sửa chữa nhà “Mái ấm Công đoàn”", "500", "236", "47,2"),
]

BETWEEN = [
    (
        "p",
        "Kết quả phát triển đoàn viên, thành lập CĐCS và giới thiệu đoàn viên ưu tú cho Đảng theo từng giai đoạn:",
    ),
]

TABLE2 = [
    ("Giai đoạn", "Kết nạp đoàn viên", "Thành lập CĐCS", "Giới thiệu cho Đảng"),
    ("Từ Đại hội đến 31/12/2023", "5.870", "39", "860"),
    ("Năm 2024", "12.840", "86", "1.720"),
    ("11 tháng năm 2025", "7.640", "43", "1.330"),
]

AFTER_TABLE = [
    (
        "p",
        "Như vậy, bình quân mỗi năm các cấp công đoàn kết nạp mới trên 10.500 đoàn viên. Tổng số "
        "đoàn viên toàn tỉnh tăng khá so với thời điểm Đại hội (236.500 đoàn viên).",
    ),
    (
        "p",
        "Công đoàn Khu kinh tế Nghi Sơn và các khu công nghiệp tiếp tục là đơn vị dẫn đầu, lũy "
        "kế kết nạp 9.840 đoàn viên, chiếm 37,3% số đoàn viên kết nạp mới toàn tỉnh.",
    ),
    (
        "p",
        "Quỹ “Mái ấm Công đoàn” từ Đại hội đến 30/11/2025 vận động được 21.640 triệu đồng, đạt "
        "54,1% chỉ tiêu Nghị quyết.",
    ),
    (
        "p",
        "Năm 2025 có 92,4% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động. "
        "Trong 11 tháng năm 2025, trên địa bàn xảy ra 3 cuộc ngừng việc tập thể, giảm so với "
        "cùng kỳ. Tại thời điểm sơ kết, tỷ lệ CĐCS xếp loại không hoàn thành nhiệm vụ còn 1,9%.",
    ),
    ("bold", "II. ĐÁNH GIÁ CHUNG"),
    (
        "p",
        "Chỉ tiêu tổng số đoàn viên, thỏa ước lao động tập thể, hội nghị người lao động cơ bản "
        "bám sát lộ trình; các chỉ tiêu kết nạp đoàn viên, thành lập CĐCS, xây dựng nhà “Mái ấm "
        "Công đoàn” chưa đạt tiến độ bình quân của nửa đầu nhiệm kỳ. Việc sắp xếp các công đoàn "
        "cấp trên trực tiếp cơ sở làm gián đoạn một phần công tác phát triển đoàn viên.",
    ),
    ("bold", "III. NHIỆM VỤ, GIẢI PHÁP NỬA CUỐI NHIỆM KỲ"),
    (
        "p",
        "1. Giao chỉ tiêu phát triển đoàn viên cho các công đoàn cấp trên trực tiếp cơ sở mới "
        "theo địa bàn khu kinh tế, khu công nghiệp; phấn đấu hoàn thành các chỉ tiêu còn chậm.",
    ),
    (
        "p",
        "2. Nâng cao chất lượng thương lượng tập thể, mở rộng thỏa ước lao động tập thể nhóm "
        "doanh nghiệp trong ngành da giày, may mặc.",
    ),
    ("p", "Nơi nhận:"),
    ("p", "- Tổng Liên đoàn LĐVN (b/c);"),
    ("p", "- Thường trực Tỉnh ủy (b/c);"),
    ("p", "- Lưu: VT, TC-CS."),
    ("center-bold", "TM. BAN CHẤP HÀNH"),
    ("center-bold", "CHỦ TỊCH"),
    ("center", "(Đã ký)"),
    ("center-bold", "Lê Thị Thanh Bình"),
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


def add_table(doc: Document, rows: list[tuple[str, ...]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def main() -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    for style, text in HEAD + BEFORE_TABLE:
        add(doc, style, text)
    add_table(doc, TABLE)
    for style, text in BETWEEN:
        add(doc, style, text)
    add_table(doc, TABLE2)
    for style, text in AFTER_TABLE:
        add(doc, style, text)
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
