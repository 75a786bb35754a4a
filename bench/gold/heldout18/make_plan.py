"""heldout18 plan.docx: the Kế hoạch hoạt động công đoàn năm 2026 of Công đoàn ngành
Giáo dục tỉnh Cà Mau (after the merger with Bạc Liêu), typed with tabs, no Word tables.

Run:  .venv/bin/python bench/gold/heldout18/make_plan.py
Writes plan.docx and source_plan.txt next to this file. Deterministic.

- Letterhead and signature block: set with centre tab stops (no w:tbl at all).
- Table 3 (goals): typed the careless way, NO custom tab stops: the columns sit on
  Word's default stops (every 1.27 cm), reached by pressing Tab once after long
  labels and two or three times after short ones (tab counts in T3 below).
- Table 4 (by school level): rows numbered by Word's automatic numbering (numPr,
  "%1." followed by a tab, hanging indent 1 cm), cells after tabs on custom
  right stops; a two-paragraph header and an unnumbered "Cộng" row.
"""

from pathlib import Path

from docxkit import Paper, rate, vn

HERE = Path(__file__).resolve().parent

# ---- table 4: CĐCS and members by school level (to 31/12/2025) ---------------
T4 = [
    ("Mầm non", 271, 5946, 5905, 185),
    ("Tiểu học", 368, 10472, 7961, 240),
    ("Trung học cơ sở", 227, 8139, 5772, 205),
    ("Trung học phổ thông", 63, 4068, 2644, 130),
    ("Cơ quan, trung tâm trực thuộc", 19, 741, 419, 40),
]
T4_TOTAL = tuple(sum(r[i] for r in T4) for i in range(1, 5))
T4_BODY_TABS = [(1.0, "left"), (8.3, "right"), (10.9, "right"), (13.3, "right"), (15.2, "right")]
T4_HEAD_TABS = [
    (1.0, "left"),
    (7.95, "center"),
    (10.27, "center"),
    (12.67, "center"),
    (14.85, "center"),
]

# ---- table 3: goals 2026, default tab stops only ------------------------------
# (STT, label, tabs after label, unit, tabs after unit, goal)
T3_HEAD = ("STT", "Chỉ tiêu", 6, "ĐVT", 2, "Kế hoạch 2026")
T3 = [
    ("1", "Kết nạp đoàn viên công đoàn", 3, "Đoàn viên", 1, "tối thiểu 800"),
    ("2", "Thành lập mới công đoàn cơ sở", 3, "CĐCS", 2, "≥ 10"),
    ("3", "Giới thiệu đoàn viên ưu tú cho Đảng xem xét", 1, "Đoàn viên", 1, "tối thiểu 300"),
    ("4", "CĐCS tổ chức hội nghị viên chức, NLĐ", 2, "%", 2, "100"),
    ("5", "Cơ quan, trường học đạt chuẩn văn hóa", 2, "%", 2, "≥ 95"),
    ("6", "Tập huấn nghiệp vụ cho cán bộ CĐCS", 2, "Lượt người", 1, "1.500"),
    ("7", "Hỗ trợ xây dựng nhà “Mái ấm Công đoàn”", 1, "Nhà", 2, "12"),
    ("8", "CĐCS hoàn thành tốt nhiệm vụ trở lên", 2, "%", 2, "≥ 90"),
    ("9", "Thu kinh phí và đoàn phí công đoàn", 2, "% dự toán", 1, "100"),
]


def t3_text(row):
    stt, label, n1, unit, n2, goal = row
    return f"{stt}\t{label}" + "\t" * n1 + unit + "\t" * n2 + goal


def checks():
    assert T4_TOTAL == (948, 29366, 22701, 800), T4_TOTAL
    assert sum(r[1] for r in T4[:3]) == 866  # CĐCS received from the district unions
    assert rate(T4_TOTAL[2], T4_TOTAL[1]) == 77.3 and rate(5905, 5946) == 99.3
    assert T4_TOTAL[3] == 800  # = table 3 row 1


def build():
    checks()
    pp = Paper(body_pt=13)
    pp.prose_line, pp.prose_after = 1.0, 3
    pp.doc.core_properties.created = pp.doc.core_properties.modified = __import__(
        "datetime"
    ).datetime(2026, 1, 12, 8, 0, 0)

    # letterhead: centre tab stops, no table
    head_tabs = [(3.3, "center"), (11.5, "center")]
    pp.para(
        [("\tLĐLĐ TỈNH CÀ MAU\t", ""), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b")],
        size=12,
        tabs=head_tabs,
    )
    pp.para(
        [("\tCÔNG ĐOÀN NGÀNH GIÁO DỤC\t", "b"), ("Độc lập - Tự do - Hạnh phúc", "b")],
        size=12,
        tabs=head_tabs,
        after=10,
    )
    pp.para(
        [("\tSố: 03/KH-CĐN\t", ""), ("Cà Mau, ngày 12 tháng 01 năm 2026", "i")],
        size=12,
        tabs=head_tabs,
        after=12,
    )
    pp.para("KẾ HOẠCH", bold=True, align="center", keep_next=True)
    pp.para("Hoạt động công đoàn năm 2026", bold=True, align="center", after=12, keep_next=True)
    pp.prose(
        "Căn cứ Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và "
        "đào tạo; Kế hoạch số 05/KH-LĐLĐ ngày 06/01/2026 của Ban Thường vụ Liên đoàn Lao động tỉnh Cà Mau "
        "về hoạt động công đoàn năm 2026, Ban Thường vụ Công đoàn ngành Giáo dục tỉnh xây dựng kế hoạch "
        "hoạt động năm 2026 như sau:"
    )

    pp.heading("I. MỤC ĐÍCH, YÊU CẦU")
    pp.prose(
        "Thực hiện tốt chức năng đại diện, chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính đáng của nhà "
        "giáo, người lao động; góp phần xây dựng đội ngũ nhà giáo đáp ứng yêu cầu của Luật Nhà giáo số "
        "73/2025/QH15. Các chỉ tiêu phải sát với thực tế của từng cấp học sau khi hợp nhất Công đoàn ngành "
        "Giáo dục tỉnh Cà Mau và tỉnh Bạc Liêu (cũ)."
    )

    pp.heading("II. TÌNH HÌNH TỔ CHỨC VÀ KẾT QUẢ NĂM 2025")
    pp.prose(
        "Thực hiện Quyết định số 412/QĐ-LĐLĐ ngày 15/7/2025 của Ban Thường vụ Liên đoàn Lao động tỉnh, "
        "Công đoàn ngành Giáo dục tỉnh Cà Mau được hợp nhất từ Công đoàn ngành Giáo dục của tỉnh Cà Mau và "
        "tỉnh Bạc Liêu (cũ); đồng thời tiếp nhận 866 CĐCS trường mầm non, tiểu học, trung học cơ sở từ 16 "
        "liên đoàn lao động huyện, thị xã, thành phố (cũ)."
    )
    pp.prose(
        f"Tính đến ngày 31/12/2025, Công đoàn ngành có {vn(T4_TOTAL[0])} CĐCS với {vn(T4_TOTAL[1])} đoàn "
        "viên; số liệu theo cấp học và chỉ tiêu kết nạp năm 2026 như sau:",
        keep_next=True,
        after=3,
    )
    # Table 4: header on two paragraphs, Word-numbered rows, "Cộng"
    pp.para(
        "TT\tCấp học\tSố\tSố\tĐoàn\tKết nạp", bold=True, size=13, tabs=T4_HEAD_TABS, keep_next=True
    )
    pp.para(
        "\t\tCĐCS\tđoàn viên\tviên nữ\tnăm 2026",
        bold=True,
        size=13,
        tabs=T4_HEAD_TABS,
        after=3,
        keep_next=True,
    )
    num_id = pp.add_numbering(left_cm=1.0, hanging_cm=1.0)
    for k, (name, c, m, f, kn) in enumerate(T4, 1):
        p = pp.para(
            f"{name}\t{c}\t{vn(m)}\t{vn(f)}\t{kn}",
            size=13,
            left_indent=1.0,
            hanging=1.0,
            tabs=T4_BODY_TABS[1:],
            after=3,
            keep_next=True,
            source_prefix=f"{k}. ⇥ ",
        )
        pp.number_paragraph(p, num_id)
    pp.para(
        "\tCộng\t" + "\t".join(vn(v) for v in T4_TOTAL),
        bold=True,
        size=13,
        tabs=T4_BODY_TABS,
        after=9,
    )
    pp.prose(
        "Đoàn viên nữ chiếm 77,3% tổng số đoàn viên; riêng khối mầm non có 99,3% đoàn viên là nữ."
    )
    pp.prose(
        "Năm 2025, Công đoàn ngành kết nạp 846 đoàn viên mới, thành lập mới 6 CĐCS tại các trường mầm non "
        "ngoài công lập; giới thiệu 312 đoàn viên ưu tú cho cấp ủy xem xét, trong đó 187 đồng chí đã được "
        "kết nạp vào Đảng. Dịp Tết Ất Tỵ 2025, Công đoàn ngành và các CĐCS đã tặng 6.420 suất quà với tổng "
        "số tiền gần 3,9 tỷ đồng; hỗ trợ xây dựng 14 nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở."
    )

    h3 = pp.heading("III. CHỈ TIÊU CHỦ YẾU NĂM 2026")
    h3.paragraph_format.page_break_before = True
    pp.prose(
        "Ban Thường vụ Công đoàn ngành đề ra các chỉ tiêu chủ yếu năm 2026 như sau:",
        keep_next=True,
        after=3,
    )
    # Table 3: default stops only
    stt, label, n1, unit, n2, goal = T3_HEAD
    pp.para(
        f"{stt}\t{label}" + "\t" * n1 + unit + "\t" * n2 + goal,
        bold=True,
        size=13,
        after=3,
        keep_next=True,
    )
    for k, row in enumerate(T3):
        last = k == len(T3) - 1
        pp.para(t3_text(row), size=13, after=1 if not last else 6, keep_next=not last)
    pp.prose(
        "Chỉ tiêu kết nạp đoàn viên đã được phân bổ cho từng cấp học; tập trung vào các trường mầm non, tiểu "
        "học ngoài công lập, nơi hiện còn khoảng 1.150 giáo viên, nhân viên chưa là đoàn viên."
    )

    pp.heading("IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM")
    pp.heading("1. Công tác tuyên truyền, giáo dục")
    pp.prose(
        "Tổ chức quán triệt Nghị quyết số 71-NQ/TW và Luật Nhà giáo đến toàn thể đoàn viên; phối hợp với Sở "
        "Giáo dục và Đào tạo tổ chức 2 hội nghị chuyên đề về chính sách tiền lương, phụ cấp ưu đãi nghề của "
        "nhà giáo."
    )
    pp.heading("2. Chăm lo, đại diện, bảo vệ quyền lợi của đoàn viên")
    pp.prose(
        "Dịp Tết Bính Ngọ 2026, phấn đấu thăm hỏi, tặng tối thiểu 6.500 suất quà cho đoàn viên, trong đó ít "
        "nhất 2.000 suất dành cho đoàn viên có hoàn cảnh khó khăn, mức quà từ 500.000 đồng đến 1.000.000 "
        "đồng/suất. Dành khoảng 1,2 tỷ đồng từ nguồn tài chính công đoàn và xã hội hóa để hỗ trợ xây dựng 12 "
        "nhà “Mái ấm Công đoàn”, mức hỗ trợ 100 triệu đồng/nhà. Phối hợp với thủ trưởng đơn vị tổ chức hội "
        "nghị viên chức, người lao động đầu năm học tại 100% cơ quan, trường học."
    )
    pp.heading("3. Phát triển đoàn viên, xây dựng tổ chức công đoàn")
    pp.prose(
        "Tổ chức 10 lớp tập huấn nghiệp vụ cho khoảng 1.500 lượt cán bộ công đoàn. Phấn đấu 90% trở lên CĐCS được xếp loại hoàn thành tốt "
        "nhiệm vụ; 100% CĐCS sử dụng phần mềm quản lý đoàn viên."
    )
    pp.heading("4. Công tác tài chính công đoàn")
    pp.prose(
        "Dự toán thu kinh phí, đoàn phí công đoàn năm 2026 là 14.650 triệu đồng; chi cho hoạt động chăm lo, "
        "bảo vệ đoàn viên không dưới 40% tổng chi tại CĐCS."
    )

    pp.heading("V. TỔ CHỨC THỰC HIỆN")
    pp.prose(
        "Các CĐCS căn cứ kế hoạch này xây dựng kế hoạch của đơn vị, gửi về Công đoàn ngành trước ngày "
        "31/01/2026; báo cáo sơ kết 6 tháng trước ngày 15/6/2026 và tổng kết năm trước ngày 15/11/2026./.",
        after=6,
    )
    # closing: centre/left tab stops, no table
    close_tabs = [(11.5, "center")]
    closing = [
        [("Nơi nhận:", "bi"), ("\t", ""), ("TM. BAN THƯỜNG VỤ", "b")],
        [("- Thường trực LĐLĐ tỉnh (b/c);\t", ""), ("CHỦ TỊCH", "b")],
        [("- Sở Giáo dục và Đào tạo (p/h);", "")],
        [("- Các CĐCS trực thuộc;\t", ""), ("(Đã ký)", "i")],
        [("- Lưu: VT, ToC.", "")],
        [("\t", ""), ("Lê Thị Hồng Nhung", "b")],
    ]
    for k, runs in enumerate(closing):
        pp.para(
            runs,
            size=11,
            tabs=close_tabs,
            keep_next=k < len(closing) - 1,
            before=6 if k == 5 else 0,
        )
    pp.save(HERE / "plan.docx", HERE / "source_plan.txt")


if __name__ == "__main__":
    build()
