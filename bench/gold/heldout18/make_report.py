"""heldout18 report.docx: the year-end 2025 report of Liên đoàn Lao động tỉnh Lào Cai
(after the merger with Yên Bái), whose tables are typed as paragraphs with tab stops.

Run:  .venv/bin/python bench/gold/heldout18/make_report.py
Writes report.docx and source_report.txt next to this file. Deterministic.

Table 1 (plan vs result): one paragraph a row, TT at the margin, a left stop for
the label, a centre stop for the unit, right stops for the plan and the result, a
decimal stop for the rate. The header row has its own stops (centre over each
column). Table 2: a header on two paragraphs, section rows without tabs, a
"Tổng cộng" row. Five label/value lines: a right stop with dot leaders.
No w:tbl is used for any table; the letterhead and the signature block are
borderless two-column Word tables, as usual in these papers.
"""

from pathlib import Path

from docxkit import Paper, change, rate, vn, vn1

HERE = Path(__file__).resolve().parent

# ---- table 1: plan vs result 2025 -------------------------------------------
# (label, unit, plan or None, result, shown rate or None)
T1 = [
    ("Kết nạp đoàn viên mới", "Người", 6800, 7264),
    ("Thành lập công đoàn cơ sở mới", "CĐCS", 40, 47),
    ("Giới thiệu ĐV ưu tú cho Đảng", "Người", 1500, 1683),
    ("DN tổ chức hội nghị NLĐ", "%", "95", "96,6"),
    ("DN tổ chức đối thoại định kỳ", "%", "80", "83,5"),
    ("Tập huấn cán bộ công đoàn", "Lượt người", 5000, 5412),
    ("Hỗ trợ nhà “Mái ấm Công đoàn”", "Nhà", 30, 36),
    ("Sáng kiến được công nhận", "Sáng kiến", None, 1126),
    ("Thu kinh phí công đoàn", "Triệu đồng", 48500, 51236),
    ("Thu đoàn phí công đoàn", "Triệu đồng", 12000, 11820),
]
T1_BODY_TABS = [(0.9, "left"), (8.4, "center"), (11.1, "right"), (13.3, "right"), (15.3, "decimal")]
T1_HEAD_TABS = [
    (0.9, "left"),
    (8.4, "center"),
    (10.45, "center"),
    (12.65, "center"),
    (14.85, "center"),
]


def t1_rows():
    rows = []
    for i, (label, unit, plan, res) in enumerate(T1, 1):
        if plan is None:
            cells = [str(i), label, unit, "", vn(res), "-"]
        elif isinstance(plan, str):  # percentages, given as printed
            p = float(plan.replace(",", "."))
            r = float(res.replace(",", "."))
            cells = [str(i), label, unit, plan, res, vn1(rate(round(r * 10), round(p * 10)))]
        else:
            cells = [str(i), label, unit, vn(plan), vn(res), vn1(rate(res, plan))]
        rows.append(cells)
    return rows


# ---- table 2: members by union, 2024 and 2025 --------------------------------
T2 = [
    ("I. Khu vực hành chính, sự nghiệp", None),
    ("Công đoàn Viên chức tỉnh", (21486, 22315)),
    ("Công đoàn ngành Giáo dục", (28902, 28517)),
    ("Công đoàn ngành Y tế", (9846, 9702)),
    ("II. Khu vực sản xuất, kinh doanh", None),
    ("Công đoàn các Khu công nghiệp tỉnh", (18735, 20148)),
    ("CĐCS doanh nghiệp nhà nước", (12604, 12377)),
    ("CĐCS doanh nghiệp ngoài nhà nước", (37945, 38806)),
]
T2_BODY_TABS = [(0.9, "left"), (10.4, "right"), (12.9, "right"), (15.0, "decimal")]
T2_HEAD_TABS = [(0.9, "left"), (9.65, "center"), (12.15, "center"), (14.55, "center")]

# ---- label / value lines (right stop with dot leaders) -----------------------
MEMBERS_2025 = sum(v[1] for _, v in T2 if v)
LINES = [
    ("Số công đoàn cấp trên trực tiếp cơ sở", "4 đơn vị"),
    ("Số công đoàn cơ sở", "2.318 CĐCS"),
    ("Tổng số đoàn viên", f"{vn(MEMBERS_2025)} người"),
    ("Trong đó đoàn viên nữ", "67.240 người"),
    ("Số cán bộ công đoàn chuyên trách", "94 người"),
]


def checks():
    rows = t1_rows()
    assert [r[5] for r in rows] == [
        "106,8",
        "117,5",
        "112,2",
        "101,7",
        "104,4",
        "108,2",
        "120,0",
        "-",
        "105,6",
        "98,5",
    ], [r[5] for r in rows]
    # finance: the prose's totals
    assert 51236 + 11820 == 63056 and rate(63056, 48500 + 12000) == 104.2
    # table 2
    old = sum(v[0] for _, v in T2 if v)
    assert (old, MEMBERS_2025) == (129518, 131865)
    assert change(MEMBERS_2025, old) == 1.8
    # ratios in the prose
    assert rate(1064, 1102) == 96.6 and rate(920, 1102) == 83.5 and rate(1906, 2318) == 82.2


def build():
    checks()
    pp = Paper(body_pt=14)

    # letterhead: borderless two-column Word table
    pp.two_columns(
        (6.4, 9.6),
        [
            ("TỔNG LĐLĐ VIỆT NAM", "", "center"),
            ("LIÊN ĐOÀN LAO ĐỘNG", "b", "center"),
            ("TỈNH LÀO CAI", "b", "center"),
            ("Số: 486/BC-LĐLĐ", "", "center"),
        ],
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", "center"),
            ("Độc lập - Tự do - Hạnh phúc", "b", "center"),
            ("", "", "center"),
            ("Lào Cai, ngày 16 tháng 12 năm 2025", "i", "center"),
        ],
        size=12.5,
    )
    pp.para("BÁO CÁO", bold=True, align="center", before=18, keep_next=True)
    pp.para(
        "Kết quả hoạt động công đoàn năm 2025, phương hướng nhiệm vụ năm 2026",
        bold=True,
        align="center",
        after=12,
        keep_next=True,
    )
    pp.prose(
        "Thực hiện Hướng dẫn số 64/HD-TLĐ ngày 24/10/2025 của Đoàn Chủ tịch Tổng Liên đoàn Lao động "
        "Việt Nam về tổng kết công tác công đoàn năm 2025, Ban Thường vụ Liên đoàn Lao động tỉnh Lào Cai "
        "báo cáo kết quả hoạt động công đoàn năm 2025, phương hướng nhiệm vụ năm 2026 như sau:"
    )

    pp.heading("I. ĐẶC ĐIỂM TÌNH HÌNH")
    pp.prose(
        "Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng và Nghị quyết "
        "số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, từ ngày "
        "01/7/2025 tỉnh Lào Cai và tỉnh Yên Bái hợp nhất thành tỉnh Lào Cai với 99 xã, phường. Ngày "
        "27/6/2025, Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam ban hành Quyết định số 2158/QĐ-TLĐ "
        "hợp nhất Liên đoàn Lao động tỉnh Yên Bái và Liên đoàn Lao động tỉnh Lào Cai; đồng thời kết thúc "
        "hoạt động của 18 liên đoàn lao động huyện, thị xã, thành phố, chuyển các CĐCS về trực thuộc Liên "
        "đoàn Lao động tỉnh và các công đoàn cấp trên trực tiếp cơ sở."
    )
    pp.prose(
        "Trên địa bàn tỉnh hiện có khoảng 7.850 doanh nghiệp đang hoạt động, sử dụng hơn 96.000 lao động, "
        "tập trung tại các khu công nghiệp, khu kinh tế cửa khẩu và các doanh nghiệp khai khoáng, chế biến "
        "nông, lâm sản. Thu nhập bình quân của người lao động ước đạt 7,6 triệu đồng/người/tháng, tăng "
        "khoảng 6,2% so với năm 2024. Bên cạnh những thuận lợi, việc sắp xếp tổ chức bộ máy đã tác động đến "
        "tư tưởng của một bộ phận cán bộ công đoàn; mưa lũ do hoàn lưu bão gây thiệt hại nặng nề cho nhiều "
        "xã vùng cao, ảnh hưởng đến việc làm, đời sống của đoàn viên, người lao động."
    )

    pp.prose(
        "Sau hợp nhất, Liên đoàn Lao động tỉnh trực tiếp quản lý 4 công đoàn cấp trên trực tiếp cơ sở và "
        "1.536 CĐCS; cơ quan Liên đoàn Lao động tỉnh được sắp xếp còn 6 ban, văn phòng với 52 cán bộ, giảm "
        "31 người so với trước hợp nhất. Ban Chấp hành lâm thời gồm 35 ủy viên, Ban Thường vụ gồm 11 ủy viên "
        "do Đoàn Chủ tịch Tổng Liên đoàn chỉ định."
    )

    pp.heading("II. KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2025")
    pp.heading("1. Kết quả thực hiện các chỉ tiêu chủ yếu")
    pp.prose(
        "Ngay sau khi hợp nhất, Ban Thường vụ Liên đoàn Lao động tỉnh đã rà soát, điều chỉnh kế hoạch năm "
        "2025 trên cơ sở cộng chỉ tiêu của Liên đoàn Lao động tỉnh Lào Cai và tỉnh Yên Bái (cũ), giao lại cho "
        "các công đoàn cấp trên trực tiếp cơ sở; các cấp công đoàn đã nỗ lực vượt qua khó khăn trong giai đoạn chuyển "
        "tiếp, bảo đảm hoạt động thông suốt, không gián đoạn."
    )
    pp.prose(
        "Năm 2025, Liên đoàn Lao động tỉnh thực hiện các chỉ tiêu chủ yếu do Tổng Liên đoàn giao và Ban "
        "Chấp hành đề ra, kết quả cụ thể như sau:",
        keep_next=True,
    )
    # Table 1
    pp.para(
        "TT\tChỉ tiêu\tĐơn vị\tKế hoạch\tThực hiện\tTỷ lệ (%)",
        bold=True,
        size=13,
        tabs=T1_HEAD_TABS,
        before=3,
        after=3,
        keep_next=True,
    )
    rows = t1_rows()
    for k, cells in enumerate(rows):
        last = k == len(rows) - 1
        pp.para(
            "\t".join(cells),
            size=13,
            tabs=T1_BODY_TABS,
            after=3 if not last else 9,
            keep_next=not last,
        )
    pp.prose(
        "Như vậy, 8/9 chỉ tiêu được giao kế hoạch đều đạt và vượt; riêng chỉ tiêu thu đoàn phí công đoàn chỉ "
        "đạt 98,5% do nhiều doanh nghiệp cắt giảm lao động, một số CĐCS khu vực hành chính giảm đoàn viên "
        "sau sắp xếp bộ máy."
    )

    pp.heading("2. Công tác tuyên truyền, giáo dục")
    pp.prose(
        "Các cấp công đoàn tiếp tục quán triệt Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về "
        "đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới và Luật Công đoàn số "
        "50/2024/QH15 đến đoàn viên, người lao động. Trong năm, các cấp công đoàn tổ chức 1.245 buổi "
        "tuyên truyền, phổ biến pháp luật cho hơn 86.000 lượt đoàn viên, người lao động; đăng tải trên "
        "1.500 tin, bài trên Trang thông tin điện tử và các nền tảng mạng xã hội của Liên đoàn Lao động "
        "tỉnh. Toàn bộ CĐCS đã tổ chức cho đoàn viên học tập, góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh "
        "Lào Cai lần thứ I, nhiệm kỳ 2025 - 2030."
    )

    pp.heading(
        "3. Công tác đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động"
    )
    pp.prose(
        "100% cơ quan, đơn vị hành chính, sự nghiệp tổ chức hội nghị cán bộ, công chức, viên chức; "
        "1.064/1.102 doanh nghiệp có tổ chức công đoàn phối hợp tổ chức hội nghị người lao động, đạt 96,6%. "
        "Công đoàn phối hợp với người sử dụng lao động tổ chức đối thoại định kỳ tại 920 doanh nghiệp, đạt "
        "83,5%; tham gia xây dựng, ký kết mới 214 bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn "
        "hiệu lực lên 985 bản. Trong năm, trên địa bàn tỉnh xảy ra 2 cuộc ngừng việc tập thể tại doanh "
        "nghiệp có vốn đầu tư nước ngoài; công đoàn đã chủ động phối hợp giải quyết, bảo đảm quyền lợi cho "
        "1.350 người lao động. Văn phòng tư vấn pháp luật công đoàn tỉnh tư vấn cho 2.740 lượt người lao "
        "động, tham gia bảo vệ người lao động trong 11 vụ án lao động tại tòa án."
    )

    pp.heading("4. Công tác chăm lo đời sống đoàn viên, người lao động")
    pp.prose(
        "Dịp Tết Nguyên đán Ất Tỵ 2025, các cấp công đoàn tỉnh Lào Cai và tỉnh Yên Bái (cũ) đã thăm hỏi, "
        "tặng 62.480 suất quà cho đoàn viên, người lao động với tổng số tiền trên 48,6 tỷ đồng; trong đó "
        "Chương trình “Tết Sum vầy” tặng 4.200 suất quà và hỗ trợ 320 vé xe cho đoàn viên về quê đón Tết."
    )
    pp.prose(
        "Các cấp công đoàn thăm hỏi, trợ cấp 5.860 lượt đoàn viên ốm đau, gặp hoàn cảnh khó khăn với số "
        "tiền gần 3,4 tỷ đồng. Liên đoàn Lao động tỉnh hỗ trợ xây dựng mới 36 nhà “Mái ấm Công đoàn”, mỗi "
        "nhà 60 triệu đồng, tổng kinh phí 2,16 tỷ đồng. Quỹ Trợ vốn cho người lao động nghèo tự tạo việc "
        "làm giải ngân 18,5 tỷ đồng cho 412 lượt đoàn viên vay vốn phát triển kinh tế gia đình. Sau các "
        "đợt mưa lũ, các cấp công đoàn kịp thời thăm hỏi 1.184 đoàn viên bị thiệt hại với số tiền 2,37 tỷ "
        "đồng; đoàn viên, người lao động trong tỉnh ủng hộ đồng bào vùng lũ 6,7 tỷ đồng."
    )

    pp.heading("5. Phát triển đoàn viên, xây dựng tổ chức công đoàn vững mạnh")
    pp.prose(
        "Năm 2025, các cấp công đoàn kết nạp 7.264 đoàn viên, đạt 106,8% kế hoạch; thành lập mới 47 CĐCS, "
        "đạt 117,5% kế hoạch. Do doanh nghiệp giải thể, ngừng hoạt động và sắp xếp đơn vị hành chính, 83 "
        "CĐCS đã thôi hoạt động hoặc được hợp nhất. Riêng 6 tháng cuối năm, sau khi hợp nhất, toàn tỉnh kết "
        "nạp 3.905 đoàn viên và thành lập mới 26 CĐCS."
    )
    pp.prose("Số liệu tổ chức công đoàn toàn tỉnh đến cuối năm 2025:", after=3, keep_next=True)
    for k, (label, value) in enumerate(LINES):
        last = k == len(LINES) - 1
        pp.para(
            f"{label}\t{value}",
            left_indent=1.0,
            tabs=[(15.5, "right", "dots")],
            after=3 if not last else 9,
            line=1.1,
            keep_next=not last,
        )
    pp.prose(
        "Tỷ lệ đoàn viên trên tổng số lao động tại các doanh nghiệp có tổ chức công đoàn đạt 82,4%. Kết quả "
        "đánh giá, xếp loại năm 2025 có 1.906 CĐCS (chiếm 82,2%) hoàn thành tốt nhiệm vụ trở lên. Các cấp "
        "công đoàn giới thiệu 1.683 đoàn viên ưu tú cho tổ chức Đảng xem xét kết nạp, trong đó 1.127 đồng "
        "chí đã được kết nạp vào Đảng. Liên đoàn Lao động tỉnh tổ chức 64 lớp tập huấn nghiệp vụ cho 5.412 "
        "lượt cán bộ công đoàn, trong đó 38 lớp dành cho cán bộ CĐCS mới được tiếp nhận từ công đoàn cấp "
        "huyện (cũ)."
    )

    pp.para(
        "Bảng 2. Số lượng đoàn viên công đoàn theo đơn vị",
        bold=True,
        align="center",
        before=3,
        after=6,
        keep_next=True,
    )
    # Table 2: header on two paragraphs, section rows without tabs, "Tổng cộng"
    pp.para(
        "\t\tNăm 2024\tNăm 2025\tTăng/giảm", bold=True, size=13, tabs=T2_HEAD_TABS, keep_next=True
    )
    pp.para(
        "TT\tĐơn vị\t(người)\t(người)\t(%)",
        bold=True,
        size=13,
        tabs=T2_HEAD_TABS,
        after=3,
        keep_next=True,
    )
    n = 0
    for name, vals in T2:
        if vals is None:
            pp.para(name, bold=True, italic=True, size=13, after=3, keep_next=True)
            continue
        n += 1
        old, new = vals
        pp.para(
            f"{n}\t{name}\t{vn(old)}\t{vn(new)}\t{vn1(change(new, old))}",
            size=13,
            tabs=T2_BODY_TABS,
            after=3,
            keep_next=True,
        )
    old = sum(v[0] for _, v in T2 if v)
    pp.para(
        f"\tTổng cộng\t{vn(old)}\t{vn(MEMBERS_2025)}\t{vn1(change(MEMBERS_2025, old))}",
        bold=True,
        size=13,
        tabs=T2_BODY_TABS,
        after=9,
    )
    pp.prose(
        "Công đoàn các Khu công nghiệp tỉnh có mức tăng đoàn viên cao nhất (7,5%); số đoàn viên của ngành "
        "Giáo dục, ngành Y tế và khối doanh nghiệp nhà nước giảm do tinh giản biên chế theo Nghị định số "
        "178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ và do cổ phần hóa, thoái vốn nhà nước."
    )
    pp.heading("6. Phong trào thi đua và công tác tài chính công đoàn")
    pp.prose(
        "Phong trào thi đua “Lao động giỏi, lao động sáng tạo” được đông đảo đoàn viên hưởng ứng, có 1.126 "
        "sáng kiến, giải pháp được cấp có thẩm quyền công nhận, làm lợi ước tính trên 35 tỷ đồng. Tổng thu "
        "tài chính công đoàn năm 2025 đạt 63.056 triệu đồng, bằng 104,2% dự toán; trong đó thu kinh phí "
        "công đoàn 51.236 triệu đồng, thu đoàn phí công đoàn 11.820 triệu đồng. Chi cho hoạt động chăm lo, "
        "bảo vệ đoàn viên chiếm 45,3% tổng chi tại CĐCS."
    )

    pp.heading("7. Hạn chế")
    pp.prose(
        "Việc phát triển đoàn viên tại doanh nghiệp ngoài nhà nước còn khó khăn; tỷ lệ đoàn viên trên tổng "
        "số lao động ở khu vực này mới đạt 61,4%, còn 127 doanh nghiệp có từ 25 lao động trở lên chưa thành "
        "lập CĐCS. Một số CĐCS tiếp nhận từ công đoàn cấp huyện (cũ) chưa kịp kiện toàn ban chấp hành; hoạt "
        "động của CĐCS ở các xã vùng cao còn hạn chế."
    )

    pp.heading("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026")
    pp.prose(
        "Năm 2026, Liên đoàn Lao động tỉnh tiếp tục triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của "
        "Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia "
        "trong hoạt động công đoàn; phấn đấu hoàn thành các chỉ tiêu chủ yếu: kết nạp mới ít nhất 7.000 "
        "đoàn viên; thành lập mới tối thiểu 45 CĐCS; giới thiệu 1.600 đoàn viên ưu tú cho Đảng xem xét kết "
        "nạp; 97% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động; 85% trở lên doanh "
        "nghiệp tổ chức đối thoại định kỳ; hỗ trợ xây dựng tối thiểu 30 nhà “Mái ấm Công đoàn”; thu kinh "
        "phí, đoàn phí công đoàn đạt 100% dự toán được giao."
    )
    pp.prose(
        "Chăm lo Tết Bính Ngọ 2026 bảo đảm thiết thực, không để đoàn viên, người lao động nào không có Tết; "
        "phấn đấu thăm hỏi, tặng khoảng 65.000 suất quà với tổng kinh phí dự kiến 50 tỷ đồng, ưu tiên đoàn "
        "viên bị ảnh hưởng bởi mưa lũ. Đẩy mạnh chuyển đổi số, phấn đấu 100% CĐCS sử dụng phần mềm quản lý "
        "đoàn viên; tổ chức các hoạt động kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - "
        "28/7/2026)."
    )
    pp.prose(
        "Trên đây là báo cáo kết quả hoạt động công đoàn năm 2025, phương hướng nhiệm vụ năm 2026 của Liên "
        "đoàn Lao động tỉnh Lào Cai./.",
        after=12,
    )
    # closing: borderless two-column Word table
    pp.two_columns(
        (8.0, 8.0),
        [
            ("Nơi nhận:", "bi", "left"),
            ("- Đoàn Chủ tịch TLĐ (b/c);", "", "left"),
            ("- Thường trực Tỉnh ủy (b/c);", "", "left"),
            ("- Các công đoàn cấp trên trực tiếp cơ sở;", "", "left"),
            ("- Lưu: VT, ToC.", "", "left"),
        ],
        [
            ("TM. BAN THƯỜNG VỤ", "b", "center"),
            ("CHỦ TỊCH", "b", "center"),
            ("", "", "center"),
            ("(Đã ký)", "i", "center"),
            ("", "", "center"),
            ("Hoàng Văn Thắng", "b", "center"),
        ],
        size=12,
    )
    pp.save(HERE / "report.docx", HERE / "source_report.txt")


if __name__ == "__main__":
    build()
