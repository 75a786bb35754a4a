"""heldout19 report.docx: the six-month report 2026 of Liên đoàn Lao động thành phố Hải Phòng
(the city after the merger with Hải Dương, 01/7/2025), whose tables are typed as paragraphs
with tab stops, in Arial 12 pt.

Run:  .venv/bin/python bench/gold/heldout19/make_report.py
Writes report.docx and source_report.txt next to this file. Deterministic.

- The document's default tab stop is 1 cm (w:defaultTabStop 567 in word/settings.xml).
- Table A (Biểu 1, plan vs six-month result): every paragraph, header included, has the
  custom paragraph style "Bang so lieu", whose pPr holds the tab stops (left 1.0, centre
  8.0, right 11.0, right 13.4, right 15.6), 11 pt and keepNext; the paragraphs carry no
  tabs and no formatting of their own (only pStyle; the header's runs are bold).
- Table B (members by union): direct tab stops on each paragraph (left 0.9, right 10.0,
  12.9, 15.7; the header: left 0.9 and centre 9.3, 12.2, 15.0). Row 2's name continues on
  a second paragraph that begins with a tab and carries the numbers; "Trong đó:" and
  "- Nữ" sub-rows begin with a tab, under row 1 and under "Tổng cộng".
- Six label/value lines with dot leaders to a right stop at 15.5 (left indent 1.0), and
  three "Label:⇥value" lines with a plain left stop at 7.5 (left indent 1.0).
- One prose paragraph is indented by a leading tab (no first-line indent; the tab reaches
  the 1 cm default stop).
No w:tbl is used for any table; the letterhead and the signature block are borderless
two-column Word tables.
"""

from pathlib import Path

from docxkit import Paper, rate, vn, vn1

HERE = Path(__file__).resolve().parent

# ---- Table A: plan 2026 vs six-month result ---------------------------------
# (label, unit, plan, result) ; percentages given as printed strings
TA = [
    ("Kết nạp đoàn viên mới", "Người", 16000, 9284),
    ("Thành lập CĐCS mới", "CĐCS", 90, 52),
    ("Giới thiệu ĐV ưu tú cho Đảng", "Người", 2400, 1318),
    ("DN tổ chức hội nghị NLĐ", "%", "95", "92,6"),
    ("Tập huấn cán bộ công đoàn", "Lượt người", 9000, 5126),
    ("Hỗ trợ nhà “Mái ấm Công đoàn”", "Nhà", 40, 17),
    ("Ký kết thỏa ước LĐTT mới", "Bản", 320, 174),
    ("Thu kinh phí công đoàn", "Triệu đồng", 196000, 101480),
    ("Thu đoàn phí công đoàn", "Triệu đồng", 42500, 21615),
]
TA_STYLE = "Bang so lieu"
TA_TABS = [(1.0, "left"), (8.0, "center"), (11.0, "right"), (13.4, "right"), (15.6, "right")]


def ta_rows():
    rows = []
    for i, (label, unit, plan, res) in enumerate(TA, 1):
        if isinstance(plan, str):
            p = float(plan.replace(",", "."))
            r = float(res.replace(",", "."))
            cells = [str(i), label, unit, plan, res, vn1(rate(r, p))]
        else:
            cells = [str(i), label, unit, vn(plan), vn(res), vn1(rate(res, plan))]
        rows.append(cells)
    return rows


# ---- Table B: members by upper-level union ------------------------------------
# (name, continuation or None, members 31/12/2025, new members 6 months, members 30/6/2026)
TB = [
    ("Công đoàn Khu kinh tế Hải Phòng", None, 168420, 3126, 170215),
    ("Công đoàn các Khu công nghiệp", "khu vực Hải Dương (cũ)", 92560, 2318, 93402),
    ("Công đoàn Viên chức thành phố", None, 21340, 205, 21118),
    ("Công đoàn ngành Giáo dục", None, 48915, 412, 48760),
    ("Công đoàn ngành Y tế", None, 17280, 236, 17335),
    ("Công đoàn ngành Xây dựng", None, 9415, 318, 9502),
    ("Công đoàn ngành Giao thông vận tải", None, 11806, 287, 11870),
    ("CĐCS trực thuộc khu vực Hải Phòng (cũ)", None, 38112, 1406, 38975),
    ("CĐCS trực thuộc khu vực Hải Dương (cũ)", None, 41650, 976, 41403),
]
TB_WOMEN_ROW1 = (101380, 1942, 102694)
TB_WOMEN_TOTAL = (262940, 5318, 265406)
TB_TABS = [(0.9, "left"), (10.0, "right"), (12.9, "right"), (15.7, "right")]
TB_HEAD_TABS = [(0.9, "left"), (9.3, "center"), (12.2, "center"), (15.0, "center")]
TB_TOTAL = tuple(sum(r[k] for r in TB) for k in (2, 3, 4))

# ---- label / value lines ------------------------------------------------------
LEADERS = [
    ("Số công đoàn cấp trên trực tiếp cơ sở", "7 đơn vị"),
    ("Số công đoàn cơ sở", "4.126 CĐCS"),
    ("Trong đó CĐCS khu vực doanh nghiệp", "2.964 CĐCS"),
    ("Tổng số đoàn viên", f"{vn(TB_TOTAL[2])} người"),
    ("Trong đó đoàn viên nữ", f"{vn(TB_WOMEN_TOTAL[2])} người"),
    ("Số cán bộ công đoàn chuyên trách", "138 người"),
]
FINANCE = [
    ("Thu kinh phí công đoàn:", "101.480 triệu đồng"),
    ("Thu đoàn phí công đoàn:", "21.615 triệu đồng"),
    ("Thu khác:", "2.308 triệu đồng"),
]


def checks():
    rows = ta_rows()
    assert [r[5] for r in rows] == [
        "58,0",
        "57,8",
        "54,9",
        "97,5",
        "57,0",
        "42,5",
        "54,4",
        "51,8",
        "50,9",
    ], [r[5] for r in rows]
    assert TB_TOTAL == (449498, 9284, 452580), TB_TOTAL
    assert TB_TOTAL[1] == TA[0][3]
    # women are a part of each column
    assert all(w < t for w, t in zip(TB_WOMEN_TOTAL, TB_TOTAL, strict=True))
    assert all(w < t for w, t in zip(TB_WOMEN_ROW1, TB[0][2:], strict=True))
    # prose ratios and totals
    assert rate(3182, 3436) == 92.6 and rate(2415, 3436) == 70.3
    assert TB[0][3] + TB[1][3] == 5444 and rate(5444, 9284) == 58.6
    assert 101480 + 21615 + 2308 == 125403
    assert rate(125403, 240700) == 52.1
    assert sum(1 for r in rows if float(r[5].replace(",", ".")) >= 50) == 8
    # second-half targets complete the year's plan
    assert 9284 + 6800 >= 16000 and 52 + 40 >= 90 and 1318 + 1100 >= 2400
    assert 17 + 23 == 40 and 5126 + 4000 >= 9000


def build():
    checks()
    pp = Paper(body_pt=12)
    pp.set_default_tab_stop(1.0)
    st = pp.add_paragraph_style(TA_STYLE, tabs=TA_TABS, size=11, after=1)
    st.paragraph_format.keep_with_next = True

    # letterhead: borderless two-column Word table
    pp.two_columns(
        (6.4, 9.6),
        [
            ("TỔNG LĐLĐ VIỆT NAM", "", "center"),
            ("LIÊN ĐOÀN LAO ĐỘNG", "b", "center"),
            ("THÀNH PHỐ HẢI PHÒNG", "b", "center"),
            ("Số: 215/BC-LĐLĐ", "", "center"),
        ],
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", "center"),
            ("Độc lập - Tự do - Hạnh phúc", "b", "center"),
            ("", "", "center"),
            ("Hải Phòng, ngày 10 tháng 7 năm 2026", "i", "center"),
        ],
        size=11.5,
    )
    pp.para("BÁO CÁO", bold=True, align="center", before=8, keep_next=True)
    pp.para(
        "Sơ kết hoạt động công đoàn 6 tháng đầu năm 2026, nhiệm vụ trọng tâm 6 tháng cuối năm 2026",
        bold=True,
        align="center",
        after=10,
        keep_next=True,
    )
    pp.prose(
        "Thực hiện Hướng dẫn số 21/HD-TLĐ ngày 05/6/2026 của Đoàn Chủ tịch Tổng Liên đoàn Lao động "
        "Việt Nam về sơ kết hoạt động công đoàn 6 tháng đầu năm 2026, Ban Thường vụ Liên đoàn Lao động "
        "thành phố Hải Phòng báo cáo kết quả như sau:"
    )

    pp.heading("I. ĐẶC ĐIỂM TÌNH HÌNH")
    pp.prose(
        "Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành "
        "chính cấp tỉnh, từ ngày 01/7/2025 thành phố Hải Phòng và tỉnh Hải Dương hợp nhất thành thành "
        "phố Hải Phòng với 114 đơn vị hành chính cấp xã, gồm 45 phường, 67 xã và 2 đặc khu."
    )
    pp.prose(
        "Trên địa bàn thành phố hiện có khoảng 31.500 doanh nghiệp đang hoạt động, sử dụng hơn 1,05 "
        "triệu lao động; riêng các khu công nghiệp, khu kinh tế thu hút khoảng 312.000 lao động. Thu "
        "nhập bình quân của người lao động trong doanh nghiệp ước đạt 9,4 triệu đồng/người/tháng, tăng "
        "6,1% so với cùng kỳ năm 2025. Quan hệ lao động cơ bản ổn định; tuy nhiên, một số doanh nghiệp "
        "dệt may, da giày thiếu đơn hàng phải cắt giảm giờ làm, ảnh hưởng đến việc làm, thu nhập của gần "
        "4.800 người lao động."
    )

    pp.heading("II. KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN 6 THÁNG ĐẦU NĂM 2026")
    pp.heading("1. Kết quả thực hiện các chỉ tiêu chủ yếu")
    pp.prose(
        "Ngay từ đầu năm, Ban Thường vụ Liên đoàn Lao động thành phố đã giao chỉ tiêu năm 2026 cho 7 "
        "công đoàn cấp trên trực tiếp cơ sở và các CĐCS trực thuộc; kết quả thực hiện một số chỉ tiêu "
        "chủ yếu như sau:",
        keep_next=True,
    )
    pp.para(
        "Biểu 1. Kết quả thực hiện chỉ tiêu 6 tháng đầu năm 2026",
        bold=True,
        align="center",
        before=2,
        after=4,
        keep_next=True,
    )
    # Table A: style "Bang so lieu" only; no tabs, no formatting on the paragraphs
    plain = dict(style=TA_STYLE, align=None, before=None, after=None)
    pp.para([("TT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\tTỷ lệ", "b")], **plain)
    pp.para([("\t\t\tnăm 2026\t6 tháng\t(%)", "b")], **plain)
    for cells in ta_rows():
        pp.para("\t".join(cells), **plain)
    pp.prose(
        "Sau 6 tháng, 8/9 chỉ tiêu đạt từ 50% kế hoạch năm trở lên; riêng chỉ tiêu hỗ trợ xây dựng nhà "
        "“Mái ấm Công đoàn” mới đạt 42,5% do một số hộ chưa hoàn thiện thủ tục về đất đai.",
        before=6,
    )

    pp.heading("2. Công tác tuyên truyền, giáo dục")
    pp.prose(
        "Các cấp công đoàn tiếp tục quán triệt Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị "
        "về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới, Luật Công đoàn số "
        "50/2024/QH15 và các chính sách mới về tiền lương, bảo hiểm xã hội. Sáu tháng đầu năm, các cấp "
        "công đoàn tổ chức 864 buổi tuyên truyền, phổ biến pháp luật cho hơn 72.000 lượt đoàn viên, "
        "người lao động."
    )

    pp.heading("3. Công tác đại diện, bảo vệ quyền, lợi ích của đoàn viên, người lao động")
    pp.prose(
        "Đến ngày 30/6/2026, 3.182/3.436 doanh nghiệp có tổ chức công đoàn đã phối hợp tổ chức hội nghị "
        "người lao động, đạt 92,6%; 100% cơ quan, đơn vị hành chính, sự nghiệp tổ chức hội nghị cán bộ, "
        "công chức, viên chức. Công đoàn cơ sở phối hợp với người sử dụng lao động tổ chức đối thoại định "
        "kỳ tại 2.415 doanh nghiệp, đạt 70,3%; tham gia ký kết mới 174 bản thỏa ước lao động tập thể."
    )
    # a paragraph indented by a leading tab (the 1 cm default stop), no first-line indent
    pp.prose(
        "\tSáu tháng đầu năm, trên địa bàn thành phố xảy ra 3 cuộc ngừng việc tập thể với khoảng 1.150 "
        "người lao động tham gia, giảm 2 cuộc so với cùng kỳ năm 2025; công đoàn các cấp đã chủ động "
        "phối hợp giải quyết, các cuộc ngừng việc đều kết thúc trong ngày. Văn phòng tư vấn pháp luật "
        "công đoàn thành phố tư vấn cho 1.960 lượt người lao động, tham gia tố tụng bảo vệ quyền lợi "
        "cho 23 người lao động tại tòa án; giúp người lao động nhận lại hơn 2,3 tỷ đồng tiền lương, bảo "
        "hiểm xã hội bị nợ đọng.",
        first_indent=0,
    )

    pp.heading("4. Công tác chăm lo đời sống đoàn viên, người lao động")
    pp.prose(
        "Thực hiện Kế hoạch số 142/KH-LĐLĐ ngày 20/11/2025 của Ban Thường vụ Liên đoàn Lao động thành "
        "phố, dịp Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn đã thăm hỏi, tặng 86.450 suất quà cho "
        "đoàn viên, người lao động với tổng số tiền hơn 68,2 tỷ đồng, tăng 8.120 suất so với Tết Ất Tỵ "
        "2025. Chương trình “Tết Sum vầy” năm 2026 được tổ chức tại 6 điểm, trao 1.200 suất quà và hỗ trợ "
        "2.350 vé xe, vé tàu cho đoàn viên khó khăn về quê đón Tết."
    )
    pp.prose(
        "Trong 6 tháng, các cấp công đoàn đã thăm hỏi, trợ cấp 3.215 lượt đoàn viên ốm đau, tai nạn lao "
        "động, có hoàn cảnh khó khăn với số tiền gần 2,9 tỷ đồng; hỗ trợ xây dựng mới và sửa chữa 17 nhà "
        "“Mái ấm Công đoàn” với tổng kinh phí 1,19 tỷ đồng. Quỹ Trợ vốn cho người lao động nghèo tự tạo "
        "việc làm của Liên đoàn Lao động thành phố giải ngân 14,5 tỷ đồng cho 386 lượt đoàn viên vay vốn."
    )

    pp.heading("5. Phát triển đoàn viên, xây dựng tổ chức công đoàn vững mạnh")
    pp.prose(
        "Sáu tháng đầu năm, các cấp công đoàn kết nạp 9.284 đoàn viên, đạt 58,0% kế hoạch năm; thành "
        "lập mới 52 CĐCS với 3.906 đoàn viên, đạt 57,8% kế hoạch năm. Do doanh nghiệp giải thể, ngừng "
        "hoạt động, 61 CĐCS đã thôi hoạt động."
    )
    pp.prose(
        "Số liệu tổ chức công đoàn toàn thành phố đến ngày 30/6/2026:", after=3, keep_next=True
    )
    for k, (label, value) in enumerate(LEADERS):
        last = k == len(LEADERS) - 1
        pp.para(
            f"{label}\t{value}",
            left_indent=1.0,
            tabs=[(15.5, "right", "dots")],
            after=2 if not last else 7,
            line=1.0,
            keep_next=not last,
        )
    pp.prose(
        "Số đoàn viên theo công đoàn cấp trên trực tiếp cơ sở như sau:", after=4, keep_next=True
    )
    # Table B: direct tab stops on every paragraph
    pp.para(
        "\t\tĐoàn viên\tKết nạp mới\tĐoàn viên",
        bold=True,
        size=11,
        tabs=TB_HEAD_TABS,
        keep_next=True,
    )
    pp.para(
        "TT\tĐơn vị\t31/12/2025\t6 tháng\t30/6/2026",
        bold=True,
        size=11,
        tabs=TB_HEAD_TABS,
        after=3,
        keep_next=True,
    )
    # keepNext holds the header, rows 1-2 with their sub-row and continuation, and the
    # "Tổng cộng" block together; the other rows may be parted by a page break (LibreOffice
    # breaks after row 5).
    row = dict(size=11, tabs=TB_TABS, after=1, keep_next=True)
    for n, (name, cont, old, new, now) in enumerate(TB, 1):
        nums = f"{vn(old)}\t{vn(new)}\t{vn(now)}"
        if cont is None:
            pp.para(f"{n}\t{name}\t{nums}", **{**row, "keep_next": n < 2})
        else:
            # the typist pressed Enter in the name, then Tab, and typed the numbers here
            pp.para(f"{n}\t{name}", **{**row, "after": 0})
            pp.para(f"\t{cont}\t{nums}", **{**row, "keep_next": False})
        if n == 1:
            pp.para("\tTrong đó:", **{**row, "after": 0})
            pp.para("\t- Nữ\t" + "\t".join(vn(v) for v in TB_WOMEN_ROW1), **row)
    pp.para("\tTổng cộng\t" + "\t".join(vn(v) for v in TB_TOTAL), bold=True, **row)
    pp.para("\tTrong đó:", **{**row, "after": 0})
    pp.para(
        "\t- Nữ\t" + "\t".join(vn(v) for v in TB_WOMEN_TOTAL),
        **{**row, "after": 8, "keep_next": False},
    )
    pp.prose(
        "Công đoàn Khu kinh tế Hải Phòng và Công đoàn các Khu công nghiệp khu vực Hải Dương (cũ) kết "
        "nạp 5.444 đoàn viên, chiếm 58,6% số đoàn viên kết nạp mới của toàn thành phố. Số đoàn viên của "
        "Công đoàn Viên chức thành phố và Công đoàn ngành Giáo dục giảm do tinh giản biên chế theo Nghị "
        "định số 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ."
    )
    pp.prose(
        "Các cấp công đoàn đã giới thiệu 1.318 đoàn viên ưu tú cho tổ chức Đảng xem xét, bồi dưỡng kết "
        "nạp, trong đó 642 đồng chí đã được kết nạp vào Đảng. Liên đoàn Lao động thành phố tổ chức 58 "
        "lớp tập huấn nghiệp vụ cho 5.126 lượt cán bộ công đoàn, trong đó 21 lớp dành cho chủ tịch CĐCS "
        "mới được bầu."
    )

    pp.heading("6. Công tác tài chính và kiểm tra")
    pp.prose("Kết quả thu tài chính công đoàn 6 tháng đầu năm 2026:", after=3, keep_next=True)
    for k, (label, value) in enumerate(FINANCE):
        last = k == len(FINANCE) - 1
        pp.para(
            f"{label}\t{value}",
            left_indent=1.0,
            tabs=[(7.5, "left")],
            after=2 if not last else 7,
            line=1.0,
            keep_next=not last,
        )
    pp.prose(
        "Tổng thu tài chính công đoàn đạt 125.403 triệu đồng, bằng 52,1% dự toán năm; chi cho hoạt động "
        "chăm lo, bảo vệ đoàn viên tại CĐCS chiếm 44,6% tổng chi."
    )

    pp.heading("7. Hạn chế")
    pp.prose(
        "Tốc độ phát triển đoàn viên ở khu vực doanh nghiệp ngoài nhà nước còn chậm; còn khoảng 1.240 "
        "doanh nghiệp có từ 25 lao động trở lên chưa thành lập CĐCS."
    )

    pp.heading("III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026")
    pp.prose(
        "Một là, phấn đấu kết nạp thêm ít nhất 6.800 đoàn viên, thành lập mới tối thiểu 40 CĐCS; giới "
        "thiệu 1.100 đoàn viên ưu tú cho Đảng xem xét kết nạp."
    )
    pp.prose(
        "Hai là, hoàn thành hỗ trợ xây dựng 23 nhà “Mái ấm Công đoàn” còn lại; tập huấn cho khoảng "
        "4.000 lượt cán bộ công đoàn; 100% CĐCS khu vực doanh nghiệp sử dụng phần mềm quản lý đoàn viên."
    )
    pp.prose("Ba là, phấn đấu đến cuối năm thu kinh phí, đoàn phí công đoàn đạt 100% dự toán.")
    pp.prose(
        "Bốn là, tổ chức các hoạt động kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - "
        "28/7/2026); tiếp tục thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị trong "
        "hoạt động công đoàn, phấn đấu có ít nhất 300 sáng kiến được công nhận trong phong trào thi đua “Lao động giỏi, lao động sáng tạo”."
    )
    pp.prose(
        "Trên đây là báo cáo sơ kết hoạt động công đoàn 6 tháng đầu năm 2026, nhiệm vụ trọng tâm 6 tháng "
        "cuối năm 2026 của Liên đoàn Lao động thành phố Hải Phòng./.",
        after=10,
    )
    # closing: borderless two-column Word table
    pp.two_columns(
        (8.0, 8.0),
        [
            ("Nơi nhận:", "bi", "left"),
            ("- Đoàn Chủ tịch TLĐ (b/c);", "", "left"),
            ("- Thường trực Thành ủy (b/c);", "", "left"),
            ("- Các công đoàn cấp trên trực tiếp cơ sở;", "", "left"),
            ("- Lưu: VT, ToC.", "", "left"),
        ],
        [
            ("TM. BAN THƯỜNG VỤ", "b", "center"),
            ("CHỦ TỊCH", "b", "center"),
            ("", "", "center"),
            ("(Đã ký)", "i", "center"),
            ("", "", "center"),
            ("Trần Quang Huy", "b", "center"),
        ],
        size=11,
    )
    pp.save(HERE / "report.docx", HERE / "source_report.txt")


if __name__ == "__main__":
    build()
