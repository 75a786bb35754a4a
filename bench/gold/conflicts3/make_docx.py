"""Generator of docs/langson_baocao_6thang_2025.docx (six-month report 2025 of LĐLĐ tỉnh Lạng Sơn).

Documents how the file was made. Run from the repository root with the project venv
(python-docx):

    .venv/bin/python bench/gold/conflicts3/make_docx.py

Everything in it (number, names, figures) is invented. The first-half results of the main
indicators are given only in the Word table "Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện 6 tháng |
Tỷ lệ so với kế hoạch năm (%)", not again in the prose.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("docs") / "langson_baocao_6thang_2025.docx"

HEAD = [
    ("center-bold", "LIÊN ĐOÀN LAO ĐỘNG TỈNH LẠNG SƠN"),
    ("center-bold", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("center", "Độc lập - Tự do - Hạnh phúc"),
    ("p", "Số: 187/BC-LĐLĐ"),
    ("right-italic", "Lạng Sơn, ngày 20 tháng 6 năm 2025"),
    ("center-bold", "BÁO CÁO"),
    (
        "center-bold",
        "Sơ kết công tác công đoàn 6 tháng đầu năm 2025, nhiệm vụ trọng tâm 6 tháng cuối năm 2025",
    ),
]

BEFORE_TABLE = [
    ("bold", "I. KẾT QUẢ CÔNG TÁC CÔNG ĐOÀN 6 THÁNG ĐẦU NĂM 2025"),
    ("bold", "1. Công tác chăm lo Tết Nguyên đán Ất Tỵ 2025"),
    (
        "p",
        "Chương trình “Tết Sum vầy” Xuân Ất Tỵ 2025 đã kết thúc. Các cấp công đoàn trong tỉnh đã "
        "trao 21.340 suất quà cho đoàn viên, người lao động với tổng kinh phí 9.860 triệu đồng, "
        "trong đó nguồn tài chính công đoàn các cấp 3.420 triệu đồng, còn lại do doanh nghiệp, nhà "
        "hảo tâm hỗ trợ. LĐLĐ tỉnh tổ chức “Chợ Tết Công đoàn” tại thành phố Lạng Sơn và hỗ trợ vé "
        "xe cho công nhân làm việc xa quê.",
    ),
    ("bold", "2. Công tác đại diện, bảo vệ quyền, lợi ích hợp pháp của đoàn viên, người lao động"),
    (
        "p",
        "Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động năm 2025 được tổ chức với "
        "chủ đề hướng về người lao động tại các khu kinh tế cửa khẩu. Các cấp công đoàn phối hợp "
        "với ngành lao động nắm tình hình trả lương, đóng bảo hiểm xã hội; tham gia giải quyết "
        "kịp thời kiến nghị của người lao động tại một số doanh nghiệp chế biến gỗ, không để xảy "
        "ra ngừng việc tập thể.",
    ),
    ("bold", "3. Công tác phát triển đoàn viên, xây dựng tổ chức công đoàn"),
    ("p", "Kết quả thực hiện một số chỉ tiêu chủ yếu 6 tháng đầu năm 2025 như sau:"),
]

TABLE = [
    (
        "Chỉ tiêu",
        "Kế hoạch năm 2025",
        "Thực hiện 6 tháng",
        "Tỷ lệ so với kế hoạch năm (%)",
    ),
    ("Kết nạp đoàn viên mới", "2.200", "1.146", "52,1"),
    ("Thành lập công đoàn cơ sở mới", "20", "11", "55,0"),
    ("Giới thiệu đoàn viên ưu tú cho Đảng", "350", "162", "46,3"),
]

AFTER_TABLE = [
    (
        "p",
        "Tính đến ngày 15/6/2025, toàn tỉnh có 41.870 đoàn viên công đoàn. Việc phát triển đoàn "
        "viên tập trung ở các doanh nghiệp kho vận, dịch vụ cửa khẩu; số đoàn viên giảm do doanh "
        "nghiệp chế biến nông sản thu hẹp sản xuất vẫn ở mức cao.",
    ),
    ("bold", "4. Công tác sắp xếp tổ chức bộ máy"),
    (
        "p",
        "Thực hiện chủ trương của Trung ương và hướng dẫn của Tổng Liên đoàn, LĐLĐ tỉnh đã hoàn "
        "thành đề án sắp xếp tổ chức công đoàn; LĐLĐ các huyện, thành phố kết thúc hoạt động từ "
        "ngày 01/7/2025, CĐCS được chuyển về các công đoàn cấp trên trực tiếp cơ sở mới theo khu "
        "vực và theo ngành. Việc bàn giao hồ sơ, tài chính, tài sản được thực hiện công khai, đúng "
        "quy định.",
    ),
    ("bold", "5. Đánh giá chung"),
    (
        "p",
        "Sáu tháng đầu năm, các cấp công đoàn tỉnh hoàn thành tốt công tác chăm lo Tết, chủ động "
        "triển khai sắp xếp tổ chức. Hạn chế: tiến độ thành lập CĐCS, giới thiệu đoàn viên ưu tú "
        "cho Đảng còn chậm so với kế hoạch năm; một số cán bộ công đoàn tâm lý chưa ổn định trước "
        "việc sắp xếp.",
    ),
    ("bold", "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025"),
    (
        "p",
        "1. Ổn định tổ chức, hoạt động của các công đoàn cấp trên trực tiếp cơ sở mới; không để "
        "gián đoạn việc chăm lo cho đoàn viên.",
    ),
    (
        "p",
        "2. Tập trung phát triển đoàn viên, thành lập CĐCS để hoàn thành chỉ tiêu cả năm; đẩy "
        "mạnh thương lượng tập thể tại doanh nghiệp kho vận.",
    ),
    ("p", "3. Chuẩn bị các điều kiện tổ chức Đại hội Công đoàn các cấp theo hướng dẫn."),
    ("p", "Nơi nhận:"),
    ("p", "- Tổng Liên đoàn LĐVN (để b/c);"),
    ("p", "- Thường trực Tỉnh ủy (để b/c);"),
    ("p", "- Lưu: VT, TC."),
    ("center-bold", "TM. BAN THƯỜNG VỤ"),
    ("center-bold", "CHỦ TỊCH"),
    ("center", "(Đã ký)"),
    ("center-bold", "Nông Thị Thu Hà"),
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
