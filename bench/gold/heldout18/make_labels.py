"""heldout18 labels: writes figures.jsonl and references.jsonl.

The labels were written by hand, by reading source_report.txt / source_plan.txt
(the paragraphs the generators put in the .docx). Each figure is written once, for
the .docx; the .pdf records (the same documents printed by LibreOffice) are the same
records with `doc` changed.

- Prose: `sentence` is found by a fragment that must lie in exactly one sentence of
  the source text, split with underthesea's sent_tokenize (a library, not the project).
- Table rows and label/value lines: `sentence` is the printed row written by hand
  ("cells | joined", empty cell "", trailing empties dropped); the script checks it
  against the source paragraph (a tab is a cell boundary; in table 3, typed over the
  default stops, a run of tabs is one column gap, not empty cells).

Run:  .venv/bin/python bench/gold/heldout18/make_labels.py
"""

import json
import re
from pathlib import Path

from underthesea import sent_tokenize

HERE = Path(__file__).resolve().parent
REL = "bench/gold/heldout18"
TAB = " ⇥ "


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def load(name):
    lines = (HERE / f"source_{name}.txt").read_text(encoding="utf-8").splitlines()
    prose, rows = [], []
    for line in lines:
        if "⇥" in line:
            rows.append(line)
        else:
            prose.extend(sent_tokenize(line))
    return prose, rows


SRC = {n: load(n) for n in ("report", "plan")}


def printed_row(line, collapse):
    cells = [fold(c) for c in line.split(TAB)]
    if collapse:  # default-stop table: runs of tabs are one gap
        cells = [c for c in cells if c]
    while cells and cells[-1] == "":
        cells.pop()
    return fold(" | ".join(cells))


# ---------------------------------------------------------------------------
FIG, REF = [], []
_ctx = {}


def doc(name, period):
    _ctx.update(name=name, period=period)


def period(p):
    _ctx["period"] = p


def sent(frag):
    hits = [s for s in SRC[_ctx["name"]][0] if frag in s]
    assert len(hits) == 1, (frag, hits)
    _ctx.update(sentence=hits[0], table_row=False)


def row(printed, collapse=False):
    hits = [r for r in SRC[_ctx["name"]][1] if printed_row(r, collapse) == printed]
    assert len(hits) == 1, (printed, [printed_row(r, collapse) for r in SRC[_ctx["name"]][1]])
    _ctx.update(sentence=printed, table_row=True)


def leader_line(printed):
    """A label and its value at a stop with dot leaders: its sentence is "label value", the
    leaders left out, as the earlier sets (heldout15 to heldout17) write such lines and as
    the brief's "label | value" had not (corrected after the first run)."""
    row(printed)
    _ctx.update(sentence=printed.replace(" | ", " "))


def f(
    text,
    value,
    unit,
    qualifier="exact",
    kind="achievement",
    indicator=None,
    *,
    den=None,
    per=None,
    months=None,
):
    rec = {
        "doc": f"{REL}/{_ctx['name']}.docx",
        "sentence": _ctx["sentence"],
        "text": text,
        "value": value,
        "denominator": den,
        "unit": unit,
        "qualifier": qualifier,
        "kind": kind,
        "indicator": indicator,
        "period": per or _ctx["period"],
    }
    if _ctx["table_row"]:
        rec["table_row"] = True
    rec["months"] = months
    FIG.append(rec)


def ref(frag, id_, type_, date):
    hits = [s for s in SRC[_ctx["name"]][0] if frag in s]
    assert len(hits) == 1, (frag, hits)
    REF.append(
        {
            "doc": f"{REL}/{_ctx['name']}.docx",
            "sentence": hits[0],
            "id": id_,
            "type": type_,
            "date": date,
        }
    )


T, A = "target", "achievement"
M = 1_000_000
B = 1_000_000_000

# ===========================================================================
# report.docx (LĐLĐ tỉnh Lào Cai, year-end 2025)
# ===========================================================================
doc("report", "2025")

# I. Đặc điểm tình hình (the title's year)
sent("hợp nhất thành tỉnh Lào Cai với 99 xã, phường")
f("99", 99, "xã")
sent("kết thúc hoạt động của 18 liên đoàn lao động")
f("18", 18, "liên đoàn lao động")
sent("khoảng 7.850 doanh nghiệp")
f("khoảng 7.850", 7850, "doanh nghiệp", "about")
f("hơn 96.000", 96000, "lao động", "over")
sent("Thu nhập bình quân của người lao động")
f("ước đạt 7,6 triệu đồng", 7.6 * M, "đồng", "about")
f("khoảng 6,2%", 6.2, "%", "about")
sent("Sau hợp nhất, Liên đoàn Lao động tỉnh trực tiếp quản lý")
f("4", 4, "công đoàn cấp trên trực tiếp cơ sở")
f("1.536", 1536, "công đoàn cơ sở")
f("6", 6, "ban")
f("52", 52, "cán bộ")
f("31", 31, "người")
sent("Ban Chấp hành lâm thời gồm 35 ủy viên")
f("35", 35, "ủy viên")
f("11", 11, "ủy viên")

# II.1 Table 1 (plan vs result 2025)
row("1 | Kết nạp đoàn viên mới | Người | 6.800 | 7.264 | 106,8")
f("6.800", 6800, "người", kind=T, indicator="new_members")
f("7.264", 7264, "người", indicator="new_members")
f("106,8", 106.8, "%", indicator="new_members")
row("2 | Thành lập công đoàn cơ sở mới | CĐCS | 40 | 47 | 117,5")
f("40", 40, "công đoàn cơ sở", kind=T, indicator="new_grassroots_unions")
f("47", 47, "công đoàn cơ sở", indicator="new_grassroots_unions")
f("117,5", 117.5, "%", indicator="new_grassroots_unions")
row("3 | Giới thiệu ĐV ưu tú cho Đảng | Người | 1.500 | 1.683 | 112,2")
f("1.500", 1500, "người", kind=T, indicator="party_referrals")
f("1.683", 1683, "người", indicator="party_referrals")
f("112,2", 112.2, "%", indicator="party_referrals")
row("4 | DN tổ chức hội nghị NLĐ | % | 95 | 96,6 | 101,7")
f("95", 95, "%", kind=T, indicator="worker_conferences_rate")
f("96,6", 96.6, "%", indicator="worker_conferences_rate")
f("101,7", 101.7, "%", indicator="worker_conferences_rate")
row("5 | DN tổ chức đối thoại định kỳ | % | 80 | 83,5 | 104,4")
f("80", 80, "%", kind=T, indicator="dialogue_rate")
f("83,5", 83.5, "%", indicator="dialogue_rate")
f("104,4", 104.4, "%", indicator="dialogue_rate")
row("6 | Tập huấn cán bộ công đoàn | Lượt người | 5.000 | 5.412 | 108,2")
f("5.000", 5000, "lượt người", kind=T, indicator="officials_trained")
f("5.412", 5412, "lượt người", indicator="officials_trained")
f("108,2", 108.2, "%", indicator="officials_trained")
row("7 | Hỗ trợ nhà “Mái ấm Công đoàn” | Nhà | 30 | 36 | 120,0")
f("30", 30, "nhà", kind=T, indicator="union_houses")
f("36", 36, "nhà", indicator="union_houses")
f("120,0", 120.0, "%", indicator="union_houses")
row("8 | Sáng kiến được công nhận | Sáng kiến | | 1.126 | -")
f("1.126", 1126, "sáng kiến", indicator="initiatives")
row("9 | Thu kinh phí công đoàn | Triệu đồng | 48.500 | 51.236 | 105,6")
f("48.500", 48500 * M, "đồng", kind=T, indicator="union_finance")
f("51.236", 51236 * M, "đồng", indicator="union_finance")
f("105,6", 105.6, "%", indicator="union_finance")
row("10 | Thu đoàn phí công đoàn | Triệu đồng | 12.000 | 11.820 | 98,5")
f("12.000", 12000 * M, "đồng", kind=T, indicator="union_finance")
f("11.820", 11820 * M, "đồng", indicator="union_finance")
f("98,5", 98.5, "%", indicator="union_finance")

sent("Như vậy, 8/9 chỉ tiêu")
f("8/9", 8, "chỉ tiêu", den=9)
f("98,5%", 98.5, "%", indicator="union_finance")

# II.2
sent("tổ chức 1.245 buổi")
f("1.245", 1245, "buổi")
f("hơn 86.000", 86000, "lượt đoàn viên", "over")
f("trên 1.500", 1500, "tin", "over")

# II.3
sent("100% cơ quan, đơn vị hành chính")
f("100%", 100, "%", indicator="worker_conferences_rate")
f("1.064/1.102", 1064, "doanh nghiệp", den=1102)
f("96,6%", 96.6, "%", indicator="worker_conferences_rate")
sent("đối thoại định kỳ tại 920 doanh nghiệp")
f("920", 920, "doanh nghiệp")
f("83,5%", 83.5, "%", indicator="dialogue_rate")
f("214", 214, "bản", indicator="collective_agreements")
f("985", 985, "bản", indicator="collective_agreements")
sent("xảy ra 2 cuộc ngừng việc tập thể")
f("2", 2, "cuộc", indicator="strikes")
f("1.350", 1350, "người lao động")
sent("tư vấn cho 2.740 lượt")
f("2.740", 2740, "lượt người lao động")
f("11", 11, "vụ án")

# II.4
sent("Dịp Tết Nguyên đán Ất Tỵ 2025")
f("62.480", 62480, "suất quà", indicator="tet_beneficiaries")
f("trên 48,6 tỷ đồng", 48.6 * B, "đồng", "over", indicator="welfare_spending")
f("4.200", 4200, "suất quà")
f("320", 320, "vé")
sent("trợ cấp 5.860 lượt đoàn viên")
f("5.860", 5860, "lượt đoàn viên")
f("gần 3,4 tỷ đồng", 3.4 * B, "đồng", "about", indicator="welfare_spending")
sent("hỗ trợ xây dựng mới 36 nhà")
f("36", 36, "nhà", indicator="union_houses")
f("60 triệu đồng", 60 * M, "đồng")
f("2,16 tỷ đồng", 2.16 * B, "đồng", indicator="welfare_spending")
sent("giải ngân 18,5 tỷ đồng")
f("18,5 tỷ đồng", 18.5 * B, "đồng", indicator="worker_loans")
f("412", 412, "lượt đoàn viên")
sent("Sau các đợt mưa lũ")
f("1.184", 1184, "đoàn viên")
f("2,37 tỷ đồng", 2.37 * B, "đồng", indicator="welfare_spending")
f("6,7 tỷ đồng", 6.7 * B, "đồng", indicator="donations")

# II.5
sent("các cấp công đoàn kết nạp 7.264 đoàn viên")
f("7.264", 7264, "đoàn viên", indicator="new_members")
f("106,8%", 106.8, "%", indicator="new_members")
f("47", 47, "công đoàn cơ sở", indicator="new_grassroots_unions")
f("117,5%", 117.5, "%", indicator="new_grassroots_unions")
sent("83 CĐCS đã thôi hoạt động")
f("83", 83, "công đoàn cơ sở")
sent("Riêng 6 tháng cuối năm")
f("3.905", 3905, "đoàn viên", indicator="new_members", months="07-12")
f("26", 26, "công đoàn cơ sở", indicator="new_grassroots_unions", months="07-12")

# label / value lines (right stop, dot leaders), lead line "… đến cuối năm 2025:"
leader_line("Số công đoàn cấp trên trực tiếp cơ sở | 4 đơn vị")
f("4", 4, "đơn vị")
leader_line("Số công đoàn cơ sở | 2.318 CĐCS")
f("2.318", 2318, "công đoàn cơ sở", indicator="grassroots_unions")
leader_line("Tổng số đoàn viên | 131.865 người")
f("131.865", 131865, "người", indicator="members")
leader_line("Trong đó đoàn viên nữ | 67.240 người")
f("67.240", 67240, "người")
leader_line("Số cán bộ công đoàn chuyên trách | 94 người")
f("94", 94, "người")

sent("Tỷ lệ đoàn viên trên tổng số lao động tại các doanh nghiệp có tổ chức công đoàn")
f("82,4%", 82.4, "%", indicator="members")
sent("1.906 CĐCS (chiếm 82,2%)")
f("1.906", 1906, "công đoàn cơ sở")
f("82,2%", 82.2, "%")
sent("giới thiệu 1.683 đoàn viên ưu tú")
f("1.683", 1683, "đoàn viên", indicator="party_referrals")
f("1.127", 1127, "đồng chí")
sent("tổ chức 64 lớp tập huấn")
f("64", 64, "lớp tập huấn", indicator="officials_trained")
f("5.412", 5412, "lượt cán bộ công đoàn", indicator="officials_trained")
f("38", 38, "lớp")

# Table 2: "Năm 2024 (người)" | "Năm 2025 (người)" | "Tăng/giảm (%)"
T2_ROWS = [
    ("1 | Công đoàn Viên chức tỉnh | 21.486 | 22.315 | 3,9", 21486, 22315, "3,9", 3.9),
    ("2 | Công đoàn ngành Giáo dục | 28.902 | 28.517 | -1,3", 28902, 28517, "-1,3", -1.3),
    ("3 | Công đoàn ngành Y tế | 9.846 | 9.702 | -1,5", 9846, 9702, "-1,5", -1.5),
    ("4 | Công đoàn các Khu công nghiệp tỉnh | 18.735 | 20.148 | 7,5", 18735, 20148, "7,5", 7.5),
    ("5 | CĐCS doanh nghiệp nhà nước | 12.604 | 12.377 | -1,8", 12604, 12377, "-1,8", -1.8),
    ("6 | CĐCS doanh nghiệp ngoài nhà nước | 37.945 | 38.806 | 2,3", 37945, 38806, "2,3", 2.3),
    ("| Tổng cộng | 129.518 | 131.865 | 1,8", 129518, 131865, "1,8", 1.8),
]


def vn(n):
    return f"{n:,}".replace(",", ".")


for printed, old, new, ctext, cval in T2_ROWS:
    row(printed)
    f(vn(old), old, "người", indicator="members", per="2024")
    f(vn(new), new, "người", indicator="members")
    f(ctext, cval, "%", indicator="members")

sent("có mức tăng đoàn viên cao nhất (7,5%)")
f("7,5%", 7.5, "%", indicator="members")

# II.6
sent("có 1.126 sáng kiến")
f("1.126", 1126, "sáng kiến", indicator="initiatives")
f("ước tính trên 35 tỷ đồng", 35 * B, "đồng", "about")
sent("Tổng thu tài chính công đoàn năm 2025")
f("63.056 triệu đồng", 63056 * M, "đồng", indicator="union_finance")
f("104,2%", 104.2, "%", indicator="union_finance")
f("51.236 triệu đồng", 51236 * M, "đồng", indicator="union_finance")
f("11.820 triệu đồng", 11820 * M, "đồng", indicator="union_finance")
sent("chiếm 45,3% tổng chi")
f("45,3%", 45.3, "%")

# II.7 Hạn chế
sent("mới đạt 61,4%")
f("61,4%", 61.4, "%", indicator="members")
f("127", 127, "doanh nghiệp")

# III. Phương hướng 2026
period("2026")
sent("phấn đấu hoàn thành các chỉ tiêu chủ yếu")
f("ít nhất 7.000", 7000, "đoàn viên", "at_least", T, "new_members")
f("tối thiểu 45", 45, "công đoàn cơ sở", "at_least", T, "new_grassroots_unions")
f("1.600", 1600, "đoàn viên", kind=T, indicator="party_referrals")
f("97%", 97, "%", kind=T, indicator="worker_conferences_rate")
f("85% trở lên", 85, "%", "at_least", T, "dialogue_rate")
f("tối thiểu 30", 30, "nhà", "at_least", T, "union_houses")
f("100%", 100, "%", kind=T, indicator="union_finance")
sent("Chăm lo Tết Bính Ngọ 2026")
f("khoảng 65.000", 65000, "suất quà", "about", T, "tet_beneficiaries")
f("50 tỷ đồng", 50 * B, "đồng", kind=T, indicator="welfare_spending")
sent("phấn đấu 100% CĐCS sử dụng phần mềm")
f("100%", 100, "%", kind=T)

# references
ref("Hướng dẫn số 64/HD-TLĐ", "64/HD-TLĐ", "Hướng dẫn", "2025-10-24")
ref("Nghị quyết số 60-NQ/TW", "60-NQ/TW", "Nghị quyết", "2025-04-12")
ref("Nghị quyết số 60-NQ/TW", "202/2025/QH15", "Nghị quyết", "2025-06-12")
ref("Quyết định số 2158/QĐ-TLĐ", "2158/QĐ-TLĐ", "Quyết định", "2025-06-27")
ref("Nghị quyết số 02-NQ/TW", "02-NQ/TW", "Nghị quyết", "2021-06-12")
ref("Nghị quyết số 02-NQ/TW", "50/2024/QH15", "Luật", None)
ref("Nghị định số 178/2024/NĐ-CP", "178/2024/NĐ-CP", "Nghị định", "2024-12-31")
ref("Nghị quyết số 57-NQ/TW", "57-NQ/TW", "Nghị quyết", "2024-12-22")

# ===========================================================================
# plan.docx (Công đoàn ngành Giáo dục tỉnh Cà Mau, Kế hoạch năm 2026)
# ===========================================================================
doc("plan", "2025")  # section II "TÌNH HÌNH TỔ CHỨC VÀ KẾT QUẢ NĂM 2025"

sent("tiếp nhận 866 CĐCS")
f("866", 866, "công đoàn cơ sở")
f("16", 16, "liên đoàn lao động")
sent("Tính đến ngày 31/12/2025, Công đoàn ngành có 948 CĐCS")
f("948", 948, "công đoàn cơ sở", indicator="grassroots_unions")
f("29.366", 29366, "đoàn viên", indicator="members")

# Table 4: Word-numbered rows; Số CĐCS | Số đoàn viên | Đoàn viên nữ (to 31/12/2025) | Kết nạp năm 2026
T4_ROWS = [
    ("1. | Mầm non | 271 | 5.946 | 5.905 | 185", 271, 5946, 5905, 185),
    ("2. | Tiểu học | 368 | 10.472 | 7.961 | 240", 368, 10472, 7961, 240),
    ("3. | Trung học cơ sở | 227 | 8.139 | 5.772 | 205", 227, 8139, 5772, 205),
    ("4. | Trung học phổ thông | 63 | 4.068 | 2.644 | 130", 63, 4068, 2644, 130),
    ("5. | Cơ quan, trung tâm trực thuộc | 19 | 741 | 419 | 40", 19, 741, 419, 40),
    ("| Cộng | 948 | 29.366 | 22.701 | 800", 948, 29366, 22701, 800),
]
for printed, c, m, w, kn in T4_ROWS:
    row(printed)
    f(vn(c), c, "công đoàn cơ sở", indicator="grassroots_unions")
    f(vn(m), m, "đoàn viên", indicator="members")
    f(vn(w), w, "đoàn viên")
    f(vn(kn), kn, "đoàn viên", kind=T, indicator="new_members", per="2026")

sent("Đoàn viên nữ chiếm 77,3%")
f("77,3%", 77.3, "%")
f("99,3%", 99.3, "%")
sent("Công đoàn ngành kết nạp 846 đoàn viên mới")
f("846", 846, "đoàn viên", indicator="new_members")
f("6", 6, "công đoàn cơ sở", indicator="new_grassroots_unions")
f("312", 312, "đoàn viên", indicator="party_referrals")
f("187", 187, "đồng chí")
sent("Dịp Tết Ất Tỵ 2025")
f("6.420", 6420, "suất quà", indicator="tet_beneficiaries")
f("gần 3,9 tỷ đồng", 3.9 * B, "đồng", "about", indicator="welfare_spending")
f("14", 14, "nhà", indicator="union_houses")

# III. Chỉ tiêu chủ yếu năm 2026: table 3, typed over Word's default tab stops
period("2026")
row("1 | Kết nạp đoàn viên công đoàn | Đoàn viên | tối thiểu 800", collapse=True)
f("tối thiểu 800", 800, "đoàn viên", "at_least", T, "new_members")
row("2 | Thành lập mới công đoàn cơ sở | CĐCS | ≥ 10", collapse=True)
f("≥ 10", 10, "công đoàn cơ sở", "at_least", T, "new_grassroots_unions")
row("3 | Giới thiệu đoàn viên ưu tú cho Đảng xem xét | Đoàn viên | tối thiểu 300", collapse=True)
f("tối thiểu 300", 300, "đoàn viên", "at_least", T, "party_referrals")
row("4 | CĐCS tổ chức hội nghị viên chức, NLĐ | % | 100", collapse=True)
f("100", 100, "%", kind=T, indicator="worker_conferences_rate")
row("5 | Cơ quan, trường học đạt chuẩn văn hóa | % | ≥ 95", collapse=True)
f("≥ 95", 95, "%", "at_least", T, "cultural_standard_rate")
row("6 | Tập huấn nghiệp vụ cho cán bộ CĐCS | Lượt người | 1.500", collapse=True)
f("1.500", 1500, "lượt người", kind=T, indicator="officials_trained")
row("7 | Hỗ trợ xây dựng nhà “Mái ấm Công đoàn” | Nhà | 12", collapse=True)
f("12", 12, "nhà", kind=T, indicator="union_houses")
row("8 | CĐCS hoàn thành tốt nhiệm vụ trở lên | % | ≥ 90", collapse=True)
f("≥ 90", 90, "%", "at_least", T)
row("9 | Thu kinh phí và đoàn phí công đoàn | % dự toán | 100", collapse=True)
f("100", 100, "%", kind=T, indicator="union_finance")

sent("nơi hiện còn khoảng 1.150 giáo viên")
f("khoảng 1.150", 1150, "giáo viên", "about")

# IV. Nhiệm vụ, giải pháp (targets of the 2026 plan)
sent("tổ chức 2 hội nghị chuyên đề")
f("2", 2, "hội nghị", kind=T)
sent("Dịp Tết Bính Ngọ 2026")
f("tối thiểu 6.500", 6500, "suất quà", "at_least", T, "tet_beneficiaries")
f("ít nhất 2.000", 2000, "suất", "at_least", T)
f("500.000 đồng", 500000, "đồng", "at_least", T)
f("1.000.000 đồng", 1000000, "đồng", "at_most", T)
sent("Dành khoảng 1,2 tỷ đồng")
f("khoảng 1,2 tỷ đồng", 1.2 * B, "đồng", "about", T, "welfare_spending")
f("12", 12, "nhà", kind=T, indicator="union_houses")
f("100 triệu đồng", 100 * M, "đồng", kind=T)
sent("đầu năm học tại 100% cơ quan, trường học")
f("100%", 100, "%", kind=T, indicator="worker_conferences_rate")
sent("Tổ chức 10 lớp tập huấn")
f("10", 10, "lớp tập huấn", kind=T, indicator="officials_trained")
f("khoảng 1.500", 1500, "lượt cán bộ công đoàn", "about", T, "officials_trained")
sent("Phấn đấu 90% trở lên CĐCS")
f("90% trở lên", 90, "%", "at_least", T)
f("100%", 100, "%", kind=T)
sent("Dự toán thu kinh phí, đoàn phí công đoàn năm 2026")
f("14.650 triệu đồng", 14650 * M, "đồng", kind=T, indicator="union_finance")
f("không dưới 40%", 40, "%", "at_least", T)

ref("Nghị quyết số 71-NQ/TW ngày 22/8/2025", "71-NQ/TW", "Nghị quyết", "2025-08-22")
ref("Kế hoạch số 05/KH-LĐLĐ", "05/KH-LĐLĐ", "Kế hoạch", "2026-01-06")
ref("Luật Nhà giáo số 73/2025/QH15", "73/2025/QH15", "Luật", None)
ref("Quyết định số 412/QĐ-LĐLĐ", "412/QĐ-LĐLĐ", "Quyết định", "2025-07-15")
ref("Tổ chức quán triệt Nghị quyết số 71-NQ/TW", "71-NQ/TW", "Nghị quyết", None)


# ---------------------------------------------------------------------------
def clean(v):
    """Money products like 7.6 * 1e6 -> exact integers; keep decimals of rates."""
    if isinstance(v, float) and abs(v - round(v)) < 1e-6 and abs(v) >= 1000:
        return int(round(v))
    if isinstance(v, float):
        return round(v, 4)
    return v


def write():
    figs = []
    for suffix in ("docx", "pdf"):
        for r in FIG:
            r2 = dict(r)
            r2["doc"] = r["doc"].rsplit(".", 1)[0] + "." + suffix
            r2["value"] = clean(r["value"])
            figs.append(r2)
    refs = []
    for suffix in ("docx", "pdf"):
        for r in REF:
            r2 = dict(r)
            r2["doc"] = r["doc"].rsplit(".", 1)[0] + "." + suffix
            refs.append(r2)
    # sort: per document in file order (docx of report, docx of plan, then the pdfs)
    order = {
        f"{REL}/report.docx": 0,
        f"{REL}/plan.docx": 1,
        f"{REL}/report.pdf": 2,
        f"{REL}/plan.pdf": 3,
    }
    figs.sort(key=lambda r: order[r["doc"]])
    refs.sort(key=lambda r: order[r["doc"]])
    with open(HERE / "figures.jsonl", "w", encoding="utf-8") as fh:
        for r in figs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "references.jsonl", "w", encoding="utf-8") as fh:
        for r in refs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(figs), "figures,", len(refs), "references")


if __name__ == "__main__":
    write()
