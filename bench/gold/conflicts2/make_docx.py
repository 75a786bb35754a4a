"""Generator of docs/hanoi_baocao_nam_2025.docx (year-end report 2025 of LĐLĐ thành phố Hà Nội).

Documents how the file was made. Run from the repository root with the project venv
(python-docx):

    .venv/bin/python bench/gold/conflicts2/make_docx.py

Everything in it (number, names, figures) is invented. The results of the main indicators are
given only in the Word table "Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện năm 2025 | Tỷ lệ so với
kế hoạch (%)", not again in the prose.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("docs") / "hanoi_baocao_nam_2025.docx"

HEAD = [
    ("center-bold", "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI"),
    ("center-bold", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("center", "Độc lập - Tự do - Hạnh phúc"),
    ("p", "Số: 318/BC-LĐLĐ"),
    ("right-italic", "Hà Nội, ngày 18 tháng 12 năm 2025"),
    ("center-bold", "BÁO CÁO"),
    ("center-bold", "Kết quả công tác công đoàn năm 2025, phương hướng, nhiệm vụ năm 2026"),
]

BEFORE_TABLE = [
    ("bold", "PHẦN I. KẾT QUẢ CÔNG TÁC CÔNG ĐOÀN NĂM 2025"),
    ("bold", "1. Đặc điểm tình hình"),
    (
        "p",
        "Năm 2025 là năm cả hệ thống chính trị thực hiện cuộc cách mạng về sắp xếp tổ chức bộ máy. "
        "Từ ngày 01/7/2025, thực hiện chủ trương của Trung ương và hướng dẫn của Tổng Liên đoàn, "
        "Liên đoàn Lao động thành phố đã kết thúc hoạt động của LĐLĐ các quận, huyện, thị xã; tiếp "
        "nhận và phân cấp quản lý CĐCS về các công đoàn cấp trên trực tiếp cơ sở mới tổ chức theo "
        "khu vực phường, xã và theo ngành. Việc bàn giao hồ sơ, tài chính, cán bộ được thực hiện "
        "chặt chẽ; hoạt động của CĐCS không bị gián đoạn.",
    ),
    (
        "bold",
        "2. Công tác chăm lo, đại diện, bảo vệ quyền, lợi ích hợp pháp của đoàn viên, người lao động",
    ),
    (
        "p",
        "Chương trình “Tết Sum vầy” Xuân Ất Tỵ 2025 được tổ chức sớm, rộng khắp; các cấp công đoàn "
        "Thủ đô đã trao 248.300 suất quà cho đoàn viên, người lao động với tổng kinh phí 196,8 tỷ "
        "đồng, cùng nhiều chuyến xe đưa công nhân về quê đón Tết. Tổng kinh phí chăm lo cho đoàn "
        "viên, người lao động cả năm 2025 đạt 412,5 tỷ đồng, gồm quà Tết, trợ cấp khó khăn, hỗ trợ "
        "đoàn viên bị tai nạn lao động, bệnh hiểm nghèo và các hoạt động của Tháng Công nhân.",
    ),
    (
        "p",
        "Các cấp công đoàn chủ động tham gia giải quyết tranh chấp lao động; đối thoại định kỳ, "
        "hội nghị người lao động được duy trì ở phần lớn doanh nghiệp có tổ chức công đoàn. Thương "
        "lượng tập thể theo nhóm doanh nghiệp được triển khai tại các khu công nghiệp Thăng Long, "
        "Quang Minh và Nội Bài.",
    ),
    ("bold", "3. Công tác phát triển đoàn viên, xây dựng tổ chức công đoàn"),
    ("p", "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2025 như sau:"),
]

TABLE = [
    ("Chỉ tiêu", "Kế hoạch năm 2025", "Thực hiện năm 2025", "Tỷ lệ so với kế hoạch (%)"),
    ("Kết nạp đoàn viên mới", "40.000", "43.152", "107,9"),
    ("Thành lập công đoàn cơ sở mới", "450", "538", "119,6"),
    ("CĐCS khu vực doanh nghiệp có thỏa ước lao động tập thể", "80%", "78,6%", ""),
]

AFTER_TABLE = [
    (
        "p",
        "Tính đến ngày 30/11/2025, toàn thành phố có 14.402 CĐCS với 1.102.615 đoàn viên. Từ đầu "
        "nhiệm kỳ 2023 - 2028 đến ngày 30/11/2025, các cấp công đoàn Thủ đô đã kết nạp mới 126.540 "
        "đoàn viên, đạt 63,3% chỉ tiêu Nghị quyết Đại hội Công đoàn thành phố lần thứ XVII.",
    ),
    (
        "p",
        "Chỉ tiêu về thỏa ước lao động tập thể chưa đạt do nhiều doanh nghiệp nhỏ chưa đủ điều "
        "kiện thương lượng, một số thỏa ước hết hạn trong thời gian sắp xếp tổ chức chưa kịp ký lại.",
    ),
    ("bold", "4. Đánh giá chung"),
    (
        "p",
        "Năm 2025, các cấp công đoàn Thủ đô đã vượt qua khó khăn của việc sắp xếp tổ chức, hoàn "
        "thành vượt mức các chỉ tiêu phát triển đoàn viên, thành lập CĐCS. Hạn chế: chất lượng "
        "thỏa ước lao động tập thể chưa cao; năng lực của một bộ phận cán bộ công đoàn cấp trên "
        "trực tiếp cơ sở mới thành lập còn hạn chế, chưa quen địa bàn.",
    ),
    ("bold", "PHẦN II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
    (
        "p",
        "Năm 2026, các cấp công đoàn Thủ đô tập trung ổn định tổ chức sau sắp xếp, hướng mạnh về "
        "cơ sở; phấn đấu kết nạp mới 42.000 đoàn viên; nâng cao chất lượng thương lượng tập thể; tổ "
        "chức tốt Chương trình “Tết Sum vầy” Xuân Bính Ngọ 2026 và chuẩn bị Đại hội Công đoàn các "
        "cấp theo hướng dẫn của Tổng Liên đoàn.",
    ),
    ("p", "Nơi nhận:"),
    ("p", "- Tổng Liên đoàn LĐVN (để b/c);"),
    ("p", "- Thường trực Thành ủy (để b/c);"),
    ("p", "- Lưu: VT, VP."),
    ("center-bold", "TM. BAN THƯỜNG VỤ"),
    ("center-bold", "CHỦ TỊCH"),
    ("center", "(Đã ký)"),
    ("center-bold", "Đỗ Minh Khôi"),
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
