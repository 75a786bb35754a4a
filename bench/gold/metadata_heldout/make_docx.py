"""Generator of the four .docx files of bench/gold/metadata_heldout/.

Documents how the files were made; not imported by tests. Run with the project venv
(python-docx):

    cd /work/main && source .venv/bin/activate
    python bench/gold/metadata_heldout/make_docx.py

Every local name, number, person and figure is invented; the cited national documents
(02-NQ/TW, 50/2024/QH15, 45/2019/QH14, 202/2025/QH15, Điều lệ Công đoàn Việt Nam) are real.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).parent


def new_doc() -> Document:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    return doc


def para(doc_or_cell, text: str, *, bold=False, italic=False, center=False, right=False):
    p = doc_or_cell.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    return p


def cell_lines(cell, lines):
    """Fill a table cell with (text, bold, italic) lines, centred."""
    cell.paragraphs[0].text = ""
    first = True
    for text, bold, italic in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


# --------------------------------------------------------------------------- A
def make_bc_cdn_yte():
    doc = new_doc()
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    cell_lines(
        t.cell(0, 0),
        [
            ("LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NGÃI", False, False),
            ("CÔNG ĐOÀN NGÀNH Y TẾ", True, False),
        ],
    )
    cell_lines(
        t.cell(0, 1),
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
            ("Độc lập - Tự do - Hạnh phúc", True, False),
        ],
    )
    cell_lines(t.cell(1, 0), [("Số: 54/BC-CĐN", False, False)])
    cell_lines(t.cell(1, 1), [("Quảng Ngãi, ngày 20 tháng 5 năm 2025", False, True)])
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(
        doc,
        "Tổng kết phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở” "
        "giai đoạn 2019 - 2025",
        bold=True,
        center=True,
    )
    body = [
        "Thực hiện Hướng dẫn của Liên đoàn Lao động tỉnh về tổng kết phong trào thi đua “Cán bộ, công "
        "chức, viên chức thi đua thực hiện văn hóa công sở”, Ban Thường vụ Công đoàn ngành Y tế báo cáo "
        "kết quả giai đoạn 2019 - 2025 như sau:",
        "I. KẾT QUẢ THỰC HIỆN",
        "1. Công tác triển khai. Ban Thường vụ Công đoàn ngành phối hợp với Sở Y tế ban hành Kế hoạch liên "
        "tịch triển khai phong trào tới 68 công đoàn cơ sở trực thuộc với 7.940 đoàn viên. 100% công đoàn "
        "cơ sở đăng ký thi đua; 100% đơn vị xây dựng, niêm yết quy tắc ứng xử tại nơi làm việc.",
        "2. Kết quả cụ thể. Giai đoạn 2019 - 2025, có 61/68 cơ quan, đơn vị đạt chuẩn văn hóa công sở, "
        "chiếm 89,7%; 14 bệnh viện triển khai mô hình “Xanh - Sạch - Đẹp”, “Đổi mới phong cách, thái độ "
        "phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh”. Tỷ lệ người bệnh hài lòng khi "
        "khám, chữa bệnh tại các bệnh viện tuyến tỉnh đạt bình quân 92,6%. Đoàn viên đăng ký 386 sáng kiến, "
        "giải pháp cải cách thủ tục hành chính, trong đó 147 sáng kiến được công nhận.",
        "3. Khen thưởng. Công đoàn ngành đã đề nghị Tổng Liên đoàn tặng Bằng khen cho 3 tập thể, 5 cá "
        "nhân; Liên đoàn Lao động tỉnh tặng Bằng khen cho 12 tập thể, 28 cá nhân có thành tích xuất sắc.",
        "II. HẠN CHẾ",
        "Một số đơn vị thực hiện còn hình thức; tình trạng quá tải tại bệnh viện tuyến tỉnh còn ảnh hưởng "
        "đến thái độ phục vụ của nhân viên y tế.",
        "III. ĐỀ XUẤT",
        "Đề nghị Liên đoàn Lao động tỉnh tiếp tục phát động phong trào trong giai đoạn mới, gắn với chuyển "
        "đổi số trong ngành y tế.",
        "Trên đây là báo cáo tổng kết phong trào thi đua giai đoạn 2019 - 2025 của Công đoàn ngành Y tế "
        "tỉnh Quảng Ngãi./.",
    ]
    for text in body:
        para(doc, text, bold=text[:3] in {"I. ", "II.", "III"})
    t2 = doc.add_table(rows=1, cols=2)
    no_borders(t2)
    cell_lines(
        t2.cell(0, 0),
        [
            ("Nơi nhận:", True, True),
            ("- LĐLĐ tỉnh (b/c);", False, False),
            ("- Sở Y tế;", False, False),
            ("- Lưu: VP.", False, False),
        ],
    )
    cell_lines(
        t2.cell(0, 1),
        [
            ("TM. BAN THƯỜNG VỤ", True, False),
            ("CHỦ TỊCH", True, False),
            ("", False, False),
            ("Võ Thị Ngọc Hân", True, False),
        ],
    )
    doc.save(HERE / "bc_cdn_yte_quang_ngai.docx")


# --------------------------------------------------------------------------- E
def make_qd_quy_che():
    doc = new_doc()
    # Head typed with a tab between the two columns (no table), as in many office files.
    para(doc, "LIÊN ĐOÀN LAO ĐỘNG TỈNH VĨNH LONG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    para(doc, "\tĐộc lập - Tự do - Hạnh phúc", bold=True)
    para(doc, "Số: 412/QĐ-LĐLĐ\tVĩnh Long, ngày 03 tháng 3 năm 2026")
    para(doc, "QUYẾT ĐỊNH", bold=True, center=True)
    para(
        doc,
        "Về việc ban hành Quy chế xét hỗ trợ xây dựng, sửa chữa nhà “Mái ấm Công đoàn”",
        bold=True,
        center=True,
    )
    para(doc, "BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG TỈNH VĨNH LONG", bold=True, center=True)
    for text in [
        "Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27/11/2024;",
        "Căn cứ Điều lệ Công đoàn Việt Nam;",
        "Căn cứ Quy chế làm việc của Ban Chấp hành Liên đoàn Lao động tỉnh Vĩnh Long khóa I, nhiệm kỳ "
        "2025 - 2028;",
        "Xét đề nghị của Ban Chính sách - Pháp luật và Quan hệ lao động,",
    ]:
        para(doc, text, italic=True)
    para(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    for text in [
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế xét hỗ trợ xây dựng, sửa chữa nhà “Mái ấm Công "
        "đoàn” của Liên đoàn Lao động tỉnh Vĩnh Long.",
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký; thay thế các quy chế về nhà “Mái ấm Công đoàn” do "
        "Liên đoàn Lao động các tỉnh Vĩnh Long, Bến Tre, Trà Vinh (cũ) ban hành trước ngày 01/7/2025.",
        "Điều 3. Văn phòng, các ban Liên đoàn Lao động tỉnh, các công đoàn ngành, Công đoàn các Khu công "
        "nghiệp và các công đoàn cơ sở trực thuộc chịu trách nhiệm thi hành Quyết định này./.",
    ]:
        para(doc, text)
    para(doc, "Nơi nhận: - Như Điều 3; - Tổng LĐLĐ Việt Nam (b/c); - Lưu: VT, CSPL.", italic=True)
    para(doc, "TM. BAN THƯỜNG VỤ", bold=True, right=True)
    para(doc, "CHỦ TỊCH", bold=True, right=True)
    para(doc, "Thạch Thị Sa Rinh", bold=True, right=True)
    doc.add_page_break()
    para(doc, "LIÊN ĐOÀN LAO ĐỘNG TỈNH VĨNH LONG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    para(doc, "\tĐộc lập - Tự do - Hạnh phúc", bold=True)
    para(doc, "QUY CHẾ", bold=True, center=True)
    para(doc, "Xét hỗ trợ xây dựng, sửa chữa nhà “Mái ấm Công đoàn”", bold=True, center=True)
    para(
        doc,
        "(Kèm theo Quyết định số 412/QĐ-LĐLĐ ngày 03/3/2026 của Ban Thường vụ Liên đoàn Lao động tỉnh)",
        italic=True,
        center=True,
    )
    for text in [
        "Chương I. QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi, đối tượng. Quy chế này quy định tiêu chuẩn, mức hỗ trợ, trình tự xét hỗ trợ xây "
        "dựng mới, sửa chữa nhà ở cho đoàn viên công đoàn có hoàn cảnh khó khăn về nhà ở.",
        "Điều 2. Nguyên tắc. Việc xét hỗ trợ bảo đảm công khai, dân chủ, đúng đối tượng; mỗi đoàn viên "
        "chỉ được hỗ trợ một lần.",
        "Chương II. TIÊU CHUẨN VÀ MỨC HỖ TRỢ",
        "Điều 3. Tiêu chuẩn. Đoàn viên có thời gian tham gia công đoàn từ 3 năm trở lên; chưa có nhà ở hoặc "
        "nhà ở dột nát, hư hỏng nặng; được công đoàn cơ sở đề nghị.",
        "Điều 4. Mức hỗ trợ. Xây dựng mới: 70 triệu đồng/nhà; sửa chữa: 35 triệu đồng/nhà. Công đoàn cơ "
        "sở, người sử dụng lao động và các nhà tài trợ được khuyến khích hỗ trợ thêm.",
        "Chương III. TỔ CHỨC THỰC HIỆN",
        "Điều 5. Trình tự. Công đoàn cơ sở lập hồ sơ gửi công đoàn cấp trên trực tiếp trước ngày 30/6 hằng "
        "năm; Ban Chính sách - Pháp luật và Quan hệ lao động thẩm định, trình Thường trực xem xét, quyết "
        "định.",
        "Điều 6. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Liên đoàn Lao động "
        "tỉnh để sửa đổi, bổ sung cho phù hợp./.",
    ]:
        para(doc, text, bold=text.startswith("Chương"))
    doc.save(HERE / "qd_quy_che_mai_am_vinh_long.docx")


# --------------------------------------------------------------------------- F
def make_cv_thang_cong_nhan():
    doc = new_doc()
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(
        t.cell(0, 0),
        [
            ("LIÊN ĐOÀN LAO ĐỘNG", False, False),
            ("THÀNH PHỐ ĐÀ NẴNG", True, False),
            ("Số: 215/LĐLĐ-TG", False, False),
            ("V/v tổ chức các hoạt động Tháng Công nhân năm 2026", False, False),
        ],
    )
    cell_lines(
        t.cell(0, 1),
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
            ("Độc lập - Tự do - Hạnh phúc", True, False),
            ("", False, False),
            ("Đà Nẵng, ngày 10 tháng 4 năm 2026", False, True),
        ],
    )
    para(doc, "Kính gửi:", bold=True)
    for text in [
        "- Các công đoàn ngành, Công đoàn các Khu công nghệ cao và các khu công nghiệp;",
        "- Các công đoàn cơ sở trực thuộc Liên đoàn Lao động thành phố.",
    ]:
        para(doc, text)
    for text in [
        "Thực hiện Kế hoạch của Tổng Liên đoàn Lao động Việt Nam về tổ chức Tháng Công nhân năm 2026, "
        "Ban Thường vụ Liên đoàn Lao động thành phố đề nghị các đơn vị tổ chức các hoạt động sau:",
        "1. Tổ chức Lễ phát động Tháng Công nhân năm 2026 tại Khu công nghiệp Hòa Nhơn 3 vào ngày 03/5/2026; "
        "Liên đoàn Lao động thành phố dành 1,5 tỷ đồng trao 1.500 suất quà cho công nhân, lao động có hoàn "
        "cảnh khó khăn, trong đó 500 suất dành cho đoàn viên ở các xã miền núi phía tây thành phố (địa bàn "
        "tỉnh Quảng Nam cũ).",
        "2. Tổ chức đối thoại giữa lãnh đạo thành phố với công nhân lao động; mỗi công đoàn cơ sở khu vực "
        "doanh nghiệp phối hợp tổ chức ít nhất 01 cuộc đối thoại tại nơi làm việc theo Bộ luật Lao động số "
        "45/2019/QH14.",
        "3. Triển khai chương trình “Phúc lợi cho đoàn viên”, “Chợ Công đoàn”; phối hợp với cơ sở y tế khám "
        "sức khỏe miễn phí cho 2.000 lượt công nhân.",
        "4. Tổ chức Hội thao công nhân lao động thành phố với khoảng 800 vận động viên.",
        "Các đơn vị báo cáo kết quả về Liên đoàn Lao động thành phố (qua Ban Tuyên giáo) trước ngày "
        "05/6/2026 để tổng hợp, báo cáo Tổng Liên đoàn./.",
    ]:
        para(doc, text)
    t2 = doc.add_table(rows=1, cols=2)
    no_borders(t2)
    cell_lines(
        t2.cell(0, 0),
        [
            ("Nơi nhận:", True, True),
            ("- Như trên;", False, False),
            ("- Thường trực LĐLĐ TP;", False, False),
            ("- Lưu: VT, TG.", False, False),
        ],
    )
    cell_lines(
        t2.cell(0, 1),
        [
            ("TM. BAN THƯỜNG VỤ", True, False),
            ("PHÓ CHỦ TỊCH", True, False),
            ("", False, False),
            ("Huỳnh Văn Phúc", True, False),
        ],
    )
    doc.save(HERE / "cv_thang_cong_nhan_da_nang.docx")


# --------------------------------------------------------------------------- L
def make_tham_luan():
    """A contribution to a conference: head without number or dateline, dated at its foot."""
    doc = new_doc()
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(
        t.cell(0, 0),
        [
            ("LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI", False, False),
            ("CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ PHẦN", True, False),
            ("CAO SU THUẬN PHÚ", True, False),
        ],
    )
    cell_lines(t.cell(0, 1), [("", False, False)])
    para(doc, "BÁO CÁO THAM LUẬN", bold=True, center=True)
    para(
        doc,
        "Phát huy vai trò đại diện của công đoàn cơ sở trong thương lượng, ký kết thỏa ước lao động "
        "tập thể",
        bold=True,
        center=True,
    )
    para(
        doc,
        "(Tại Hội nghị sơ kết 5 năm thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị)",
        italic=True,
        center=True,
    )
    for text in [
        "Kính thưa Đoàn Chủ tịch, thưa các vị đại biểu!",
        "Công ty Cổ phần Cao su Thuận Phú có 3.260 lao động làm việc tại 4 nông trường; Công đoàn cơ sở "
        "Công ty có 3.118 đoàn viên, sinh hoạt tại 24 công đoàn bộ phận. Giai đoạn 2021 - 2026, thực hiện "
        "Nghị quyết số 02-NQ/TW, Công đoàn Công ty xác định thương lượng tập thể là khâu đột phá.",
        "Trong 5 năm, Công đoàn đã tổ chức 3 lần thương lượng, ký kết thỏa ước lao động tập thể với 21 điều "
        "khoản có lợi hơn quy định của pháp luật; thỏa ước năm 2025 được Liên đoàn Lao động tỉnh xếp loại "
        "A. Tiền lương bình quân của công nhân khai thác mủ tăng từ 7,1 triệu đồng/tháng năm 2021 lên 9,4 "
        "triệu đồng/tháng năm 2025; thưởng Tết bình quân đạt 1,8 tháng lương. Công ty hỗ trợ 100% tiền "
        "xăng xe đi lại cho công nhân ở xa và 500.000 đồng/tháng tiền nhà trọ.",
        "Sau khi tỉnh Bình Phước hợp nhất vào tỉnh Đồng Nai từ ngày 01/7/2025, Công đoàn Công ty trực thuộc "
        "Liên đoàn Lao động tỉnh Đồng Nai; việc chuyển giao được thực hiện thông suốt, không ảnh hưởng đến "
        "quyền lợi của đoàn viên.",
        "Từ thực tiễn, chúng tôi rút ra ba bài học: một là, phải lấy ý kiến trực tiếp của người lao động "
        "trước mỗi phiên thương lượng; hai là, cán bộ công đoàn phải nắm chắc tình hình sản xuất, kinh "
        "doanh của Công ty; ba là, công khai kết quả thương lượng đến từng tổ sản xuất.",
        "Chúng tôi kiến nghị Liên đoàn Lao động tỉnh tiếp tục mở các lớp tập huấn kỹ năng thương lượng cho "
        "cán bộ công đoàn cơ sở khu vực nông nghiệp.",
        "Xin trân trọng cảm ơn!",
    ]:
        para(doc, text)
    para(doc, "Đồng Nai, ngày 18 tháng 5 năm 2026", italic=True, right=True)
    para(doc, "TM. BAN CHẤP HÀNH", bold=True, right=True)
    para(doc, "CHỦ TỊCH", bold=True, right=True)
    para(doc, "Điểu Thị Mai", bold=True, right=True)
    doc.save(HERE / "tham_luan_cao_su_thuan_phu.docx")


if __name__ == "__main__":
    make_bc_cdn_yte()
    make_qd_quy_che()
    make_cv_thang_cong_nhan()
    make_tham_luan()
