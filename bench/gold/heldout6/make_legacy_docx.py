"""Generator of bench/gold/heldout6/legacy.docx (a plan typed in the legacy .VnTime font).

Documents how the file was made; not imported by tests. Run with the project venv
(python-docx):

    python bench/gold/heldout6/make_legacy_docx.py

The text is written here in Unicode and stored in the TCVN3 ("ABC") encoding, as the
.VnTime font expects: each Vietnamese letter becomes the Latin-1 character of its TCVN3
byte ("Báo cáo" -> "B¸o c¸o"). The mapping is the inverse of the tcvn3 lines of
ingest/data/legacy_encodings.tsv. TCVN3 has no capital letters with tone marks (those were
typed in .VnTimeH), so the headings are written in sentence case and the converter refuses
any letter it cannot encode. Every run is in ".VnTime" (w:rFonts ascii/hAnsi/cs too).

Every figure, number, person and local document is invented; the cited national documents
(50/2024/QH15, 02-NQ/TW, 29-NQ/TW) are real.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("legacy.docx")
TSV = Path(__file__).resolve().parents[3] / "ingest" / "data" / "legacy_encodings.tsv"
FONT = ".VnTime"


def tcvn3_table() -> dict[str, str]:
    """Unicode letter -> TCVN3 character (the inverse of the reader's tcvn3 table)."""
    inverse: dict[str, str] = {}
    for line in TSV.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        encoding, codes, letter = line.split("\t")
        if encoding == "tcvn3":
            inverse[letter] = "".join(chr(int(code, 16)) for code in codes.split())
    return inverse


INVERSE = tcvn3_table()


def to_tcvn3(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in INVERSE:
            out.append(INVERSE[ch])
        elif ord(ch) < 128 or ch in "“”":
            out.append(ch)
        else:
            raise ValueError(f"no TCVN3 code for {ch!r} in {text!r}")
    return "".join(out)


# (style, text): "c" centred, "cb" centred bold, "b" bold, "p" body, "i" italic centred
LINES: list[tuple[str, str]] = [
    ("cb", "Liên đoàn Lao động tỉnh Hưng Yên"),
    ("cb", "Công đoàn ngành Giáo dục"),
    ("c", "Số: 07/KH-CĐGD"),
    ("cb", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("cb", "Độc lập - Tự do - Hạnh phúc"),
    ("i", "Hưng Yên, ngày 12 tháng 01 năm 2026"),
    ("cb", "Kế hoạch"),
    ("cb", "Thực hiện nhiệm vụ công tác công đoàn năm 2026"),
    ("p", "Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27/11/2024 của Quốc hội;"),
    (
        "p",
        "Căn cứ Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và "
        "hoạt động của Công đoàn Việt Nam trong tình hình mới;",
    ),
    (
        "p",
        "Căn cứ Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương về đổi "
        "mới căn bản, toàn diện giáo dục và đào tạo;",
    ),
    (
        "p",
        "Căn cứ Kế hoạch số 05/KH-LĐLĐ ngày 06/01/2026 của Ban Thường vụ Liên đoàn Lao động "
        "tỉnh về nhiệm vụ công tác công đoàn năm 2026,",
    ),
    (
        "p",
        "Ban Thường vụ Công đoàn ngành Giáo dục xây dựng Kế hoạch thực hiện nhiệm vụ công tác "
        "công đoàn năm 2026 như sau:",
    ),
    ("b", "I. Mục đích, yêu cầu"),
    (
        "p",
        "1. Tiếp tục đưa Nghị quyết Đại hội Công đoàn ngành Giáo dục nhiệm kỳ 2023 - 2028 vào "
        "cuộc sống; gắn hoạt động công đoàn với nhiệm vụ năm học 2025 - 2026 và cuộc vận động "
        "“Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo”.",
    ),
    (
        "p",
        "2. Các chỉ tiêu phải cụ thể, sát với thực tế của từng CĐCS sau khi hợp nhất; phát huy "
        "vai trò đại diện, chăm lo, bảo vệ quyền, lợi ích hợp pháp của nhà giáo, người lao động.",
    ),
    ("b", "II. Kết quả năm 2025 và chỉ tiêu năm 2026"),
    (
        "p",
        "Từ ngày 01/7/2025, Công đoàn ngành Giáo dục tỉnh Hưng Yên được hợp nhất với Công đoàn "
        "ngành Giáo dục tỉnh Thái Bình (cũ). Năm 2025, Công đoàn ngành có 1.392 CĐCS với 52.860 "
        "đoàn viên; kết nạp mới 2.415 đoàn viên, đạt 120,8% kế hoạch; thành lập mới 6 CĐCS ở "
        "các trường ngoài công lập. 100% cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, "
        "viên chức đúng quy định; 1.306 cơ quan, đơn vị đạt chuẩn văn hóa, chiếm 93,8%. Công "
        "đoàn ngành đã trao 2.860 suất quà Tết cho đoàn viên có hoàn cảnh khó khăn với tổng số "
        "tiền hơn 1,4 tỷ đồng; hỗ trợ xây mới 8 nhà “Mái ấm Công đoàn”. Giới thiệu 264 đoàn "
        "viên ưu tú cho Đảng, trong đó 197 đồng chí đã được kết nạp. Thu kinh phí công đoàn "
        "đạt 102,7% dự toán; có hơn 40 sáng kiến, kinh nghiệm của đoàn viên được áp dụng.",
    ),
    ("p", "Phấn đấu năm 2026 đạt các chỉ tiêu sau:"),
    (
        "p",
        "1. Kết nạp mới ít nhất 2.000 đoàn viên; 100% cán bộ, giáo viên, nhân viên trong các "
        "trường công lập là đoàn viên công đoàn.",
    ),
    ("p", "2. Thành lập mới từ 5 CĐCS trở lên ở các trường mầm non, phổ thông ngoài công lập."),
    (
        "p",
        "3. 100% CĐCS phối hợp tổ chức hội nghị cán bộ, công chức, viên chức; 95% trở lên "
        "cơ quan, đơn vị đạt chuẩn văn hóa.",
    ),
    ("p", "4. Giới thiệu ít nhất 250 đoàn viên ưu tú cho Đảng xem xét kết nạp."),
    ("p", "5. Tổ chức 4 lớp tập huấn cho 600 lượt cán bộ công đoàn cơ sở."),
    (
        "p",
        "6. Xây mới, sửa chữa ít nhất 6 nhà “Mái ấm Công đoàn”, mỗi nhà hỗ trợ không quá 60 "
        "triệu đồng.",
    ),
    (
        "p",
        "7. Thăm hỏi, trợ cấp đoàn viên ốm đau, có hoàn cảnh khó khăn với tổng kinh phí khoảng "
        "900 triệu đồng.",
    ),
    (
        "p",
        "8. Thu kinh phí công đoàn, đoàn phí công đoàn đạt 100% dự toán trở lên; 90% trở lên "
        "CĐCS được xếp loại hoàn thành tốt nhiệm vụ.",
    ),
    (
        "p",
        "9. Mỗi CĐCS có ít nhất 01 mô hình, cách làm hay trong phong trào thi đua “Dạy tốt - "
        "Học tốt”.",
    ),
    ("b", "III. Tổ chức thực hiện"),
    (
        "p",
        "1. Ban Thường vụ Công đoàn ngành phân công ủy viên phụ trách từng cụm trường; định kỳ "
        "6 tháng sơ kết, cuối năm tổng kết việc thực hiện Kế hoạch.",
    ),
    (
        "p",
        "2. Các CĐCS căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị, gửi về Văn phòng Công "
        "đoàn ngành trước ngày 28/02/2026.",
    ),
    (
        "p",
        "3. Văn phòng Công đoàn ngành theo dõi, tổng hợp, báo cáo Liên đoàn Lao động tỉnh "
        "trước ngày 15/12/2026.",
    ),
    ("b", "Nơi nhận:"),
    ("p", "- Liên đoàn Lao động tỉnh (để b/c);"),
    ("p", "- Sở Giáo dục và Đào tạo (để phối hợp);"),
    ("p", "- Các CĐCS trực thuộc (để thực hiện);"),
    ("p", "- Lưu: VP."),
    ("cb", "TM. Ban Thường vụ"),
    ("cb", "Chủ tịch"),
    ("cb", "Trần Thị Thu Hương"),
]


def set_font(run) -> None:
    run.font.name = FONT
    run.font.size = Pt(14)
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)


def main() -> None:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hAnsi"), FONT)
    for style, text in LINES:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(to_tcvn3(text))
        set_font(run)
        if style in ("c", "cb", "i"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        run.bold = style in ("cb", "b")
        run.italic = style == "i"
    document.core_properties.title = to_tcvn3("Kế hoạch năm 2026")
    document.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
