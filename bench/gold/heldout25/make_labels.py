"""heldout25 labels: writes figures.jsonl and references.jsonl.

Written by hand, by reading the documents as generated (source_report.txt, the tables of
report.docx, annex.html / annex.pdf, stats.xlsx), blind to the tool.

- Prose: `sentence` is found by a fragment that must lie in exactly one sentence of the
  source text, split with underthesea's sent_tokenize one line at a time (a library, not the
  project; on these texts it cuts exactly at ". " before a capital).
- Table cells: `sentence` is the printed row, typed here as a literal and asserted to be one
  of the rows rows.py reads back from the file (merged cells said once, covered places
  empty, trailing empties dropped). Each table's columns carry a hand-written spec (unit,
  indicator, kind, period); every number cell of a row becomes a record, "-" and empty
  cells none; the cells that hold more than a number (the "164 (tăng 9)" cell, a Ghi chú
  note) are labelled one by one.

Run:  .venv/bin/python bench/gold/heldout25/make_labels.py
"""

import json
import re
import sys
from pathlib import Path

from underthesea import sent_tokenize

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from rows import all_rows  # noqa: E402

REL = "bench/gold/heldout25"
DOCS = {"report": "report.docx", "annex": "annex.pdf", "stats": "stats.xlsx"}
SOURCES = {"report": "source_report.txt", "annex": "source_annex.txt", "stats": "source_stats.txt"}


def sentences(name):
    out = []
    for line in (HERE / SOURCES[name]).read_text(encoding="utf-8").splitlines():
        out.extend(sent_tokenize(line))
    return out


PROSE = {k: sentences(k) for k in DOCS}
ROWS = all_rows()

FIG, REF = [], []
_ctx = {}

T, A = "target", "achievement"
M = 1_000_000
B = 1_000_000_000


def doc(name, period, months=None):
    _ctx.update(name=name, period=period, months=months)


def sent(frag):
    hits = [s for s in PROSE[_ctx["name"]] if frag in s]
    assert len(hits) == 1, (frag, hits)
    _ctx.update(sentence=hits[0], table_row=False)


def row(text):
    assert text in ROWS[_ctx["name"]], (text, ROWS[_ctx["name"]])
    _ctx.update(sentence=text, table_row=True)


def f(text, value, unit, qualifier="exact", kind=A, indicator=None, *, den=None, per=None):
    assert text in _ctx["sentence"], (text, _ctx["sentence"])
    rec = {
        "doc": f"{REL}/{DOCS[_ctx['name']]}",
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
    rec["months"] = _ctx["months"]
    FIG.append(rec)


def ref(frag, id_, type_, date):
    hits = [s for s in PROSE[_ctx["name"]] if frag in s]
    assert len(hits) == 1, (frag, hits)
    REF.append(
        {
            "doc": f"{REL}/{DOCS[_ctx['name']]}",
            "sentence": hits[0],
            "id": id_,
            "type": type_,
            "date": date,
        }
    )


def num(cell):
    """A cell's number: "12.486" -> 12486, "72,4" -> 72.4."""
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d)?", cell), cell
    if "," in cell:
        return float(cell.replace(".", "").replace(",", "."))
    return int(cell.replace(".", ""))


def cells(printed, specs, skip=()):
    """Label the number cells of a printed row. specs maps a column index (in the printed
    row's cells) to (unit, indicator, kind, period, scale). A "-" or empty cell is no
    figure; columns in `skip` are labelled by hand."""
    row(printed)
    parts = [c.strip() for c in printed.split("|")]
    for i, (unit, ind, kind, per, scale) in specs.items():
        if i in skip or i >= len(parts):
            continue
        c = parts[i]
        if c in ("", "-"):
            continue
        v = num(c)
        f(c, v * scale if scale != 1 else v, unit, "exact", kind, ind, per=per)


# ===========================================================================
# report.docx: BÁO CÁO Kết quả công tác công đoàn năm 2025, phương hướng, nhiệm vụ năm 2026
# ===========================================================================
doc("report", "2025")

ref("Hướng dẫn số 46/HD-TLĐ", "46/HD-TLĐ", "Hướng dẫn", "2025-11-24")

# I. Đặc điểm tình hình
sent("hợp nhất thành tỉnh Lào Cai với 99")
ref("Nghị quyết số 202/2025/QH15", "202/2025/QH15", "Nghị quyết", "2025-06-12")
f("99", 99, "đơn vị hành chính")
sent("khoảng 7.450 doanh nghiệp")
f("khoảng 7.450", 7450, "doanh nghiệp", "about")
f("hơn 168.000", 168000, "lao động", "over")
f("ước đạt 7,6 triệu đồng", 7.6 * M, "đồng", "about")
f("6,3%", 6.3, "%")
sent("tỉnh có 9 công đoàn cấp trên")
ref("Quyết định số 1486/QĐ-TLĐ", "1486/QĐ-TLĐ", "Quyết định", "2025-06-27")
f("9", 9, "công đoàn cấp trên trực tiếp cơ sở")

# II.1 Phát triển đoàn viên, xây dựng tổ chức
sent("kết nạp mới 5.785 đoàn viên")
f("5.785", 5785, "đoàn viên", indicator="new_members")
f("105,2%", 105.2, "%", indicator="new_members")
f("52", 52, "công đoàn cơ sở", indicator="new_grassroots_unions")
f("24", 24, "công đoàn cơ sở")
sent("toàn tỉnh có 1.688 CĐCS")
f("1.688", 1688, "công đoàn cơ sở", indicator="grassroots_unions")
f("99.798", 99798, "đoàn viên", indicator="members")
f("57.782", 57782, "đoàn viên")

# Biểu 1 (ĐVT: đơn vị, người); stocks at 31/12/2025 and the admissions of 2025
CDCS, DV = "công đoàn cơ sở", "đoàn viên"
T1 = {
    2: (CDCS, "grassroots_unions", A, None, 1),  # Số CĐCS / Tổng số
    3: (CDCS, None, A, None, 1),  # Số CĐCS / Trong đó: khu vực ngoài nhà nước
    4: (DV, "members", A, None, 1),  # Đoàn viên / Tổng số
    5: (DV, None, A, None, 1),  # Đoàn viên / Nữ
    6: (DV, "new_members", A, None, 1),  # Đoàn viên / Kết nạp mới năm 2025
}
for r in (
    "1 | LĐLĐ phường Yên Bái | 248 | 96 | 12.486 | 6.215 | 742",
    "2 | LĐLĐ phường Lào Cai | 276 | 131 | 14.352 | 7.108 | 968",
    "3 | LĐLĐ phường Nghĩa Lộ | 132 | 38 | 5.847 | 3.012 | 315",
    "4 | LĐLĐ phường Sa Pa | 118 | 74 | 6.193 | 3.386 | 586",
    "6 | Công đoàn ngành Giáo dục | 412 | 17 | 21.638 | 15.412 | 408",
    "7 | Công đoàn ngành Y tế | 94 | 6 | 7.915 | 5.236 | 194",
    "9 | Công đoàn ngành Nông nghiệp và Môi trường | 58 | 11 | 3.216 | 1.174 | 172",
    "Tổng cộng | | 1.688 | 526 | 99.798 | 57.782 | 5.785",
):
    cells(r, T1)
# "-" in the non-state column; a note holding a figure
cells(
    "5 | Công đoàn Viên chức tỉnh | 186 | - | 9.724 | 4.851 | 237 | Tiếp nhận 41 CĐCS từ các "
    "LĐLĐ huyện (cũ)",
    T1,
)
f("41", 41, CDCS)
# a number with a note in one cell: "164 (tăng 9)"
cells(
    "8 | Công đoàn các Khu công nghiệp tỉnh (*) | 164 (tăng 9) | 153 | 18.427 | 11.388 | 2.163",
    T1,
    skip={2},
)
f("164", 164, CDCS, indicator="grassroots_unions")
f("9", 9, CDCS)  # a net change on 2024

sent("(*) Công đoàn các Khu công nghiệp tỉnh")
f("61,8%", 61.8, "%")

sent("giới thiệu 1.186 đoàn viên ưu tú")
f("1.186", 1186, "đoàn viên", indicator="party_referrals")
f("694", 694, "đồng chí")
sent("Tổ chức 142 lớp tập huấn")
f("142", 142, "lớp tập huấn", indicator="officials_trained")
f("4.862", 4862, "lượt cán bộ công đoàn", indicator="officials_trained")

# II.2 Tuyên truyền, thi đua
sent("quán triệt Nghị quyết số 02-NQ/TW")
ref("Nghị quyết số 02-NQ/TW", "02-NQ/TW", "Nghị quyết", "2021-06-12")
ref("Luật Công đoàn số 50/2024/QH15", "50/2024/QH15", "Luật", "2024-11-27")
sent("tổ chức 1.326 cuộc tuyên truyền")
f("1.326", 1326, "cuộc")
f("hơn 94.000", 94000, "lượt đoàn viên", "over")
sent("có 1.085 sáng kiến")
f("1.085", 1085, "sáng kiến", indicator="initiatives")
f("trên 38 tỷ đồng", 38 * B, "đồng", "over")

# II.3 Đại diện, bảo vệ
sent("tại 1.214/1.286 doanh nghiệp")
f("1.214/1.286", 1214, "doanh nghiệp", den=1286)
f("94,4%", 94.4, "%", indicator="worker_conferences_rate")
f("100%", 100, "%", indicator="worker_conferences_rate")
sent("Toàn tỉnh có 826 bản")
f("826", 826, "bản", indicator="collective_agreements")
f("72,4%", 72.4, "%", indicator="collective_agreements")
sent("xảy ra 2 cuộc ngừng việc")
f("2", 2, "cuộc", indicator="strikes")
f("1", 1, "cuộc")  # "giảm 1 cuộc": a net change
f("1.140", 1140, "người lao động")

# II.4 Chăm lo
sent("tặng 32.415 suất quà")
f("32.415", 32415, "suất quà", indicator="tet_beneficiaries")
f("hơn 16,5 tỷ đồng", 16.5 * B, "đồng", "over", indicator="welfare_spending")
sent("hỗ trợ 8.650 lượt đoàn viên")
f("8.650", 8650, "lượt đoàn viên")
f("5.190 triệu đồng", 5190 * M, "đồng", indicator="welfare_spending")
sent("sửa chữa 41 nhà")
f("41", 41, "nhà", indicator="union_houses")
f("2.070 triệu đồng", 2070 * M, "đồng", indicator="welfare_spending")
f("40", 40 * M, "đồng", "at_least")  # per-house norm, "từ 40 đến 60 triệu đồng"
f("60 triệu đồng", 60 * M, "đồng", "at_most")
sent("Tổng chi chăm lo, hỗ trợ đoàn viên")
f("27.386 triệu đồng", 27386 * M, "đồng", indicator="welfare_spending")
f("109,5%", 109.5, "%", indicator="welfare_spending")

# II.5 Chỉ tiêu chủ yếu
sent("có 8/9 chỉ tiêu")
f("8/9", 8, "chỉ tiêu", den=9)
f("97,8%", 97.8, "%", indicator="collective_agreements")


# Biểu 2 (landscape section): Năm 2025 (Kế hoạch | Thực hiện | Tỷ lệ % so KH) | KH 2026
def t2(unit, ind, scale=1):
    return {
        3: (unit, ind, T, "2025", scale),  # Năm 2025 / Kế hoạch
        4: (unit, ind, A, "2025", scale),  # Năm 2025 / Thực hiện
        5: ("%", ind, A, "2025", 1),  # Năm 2025 / Tỷ lệ % so KH
        6: (unit, ind, T, "2026", scale),  # Kế hoạch năm 2026
    }


cells(
    "1 | Kết nạp đoàn viên mới | Người | 5.500 | 5.785 | 105,2 | 5.800", t2("người", "new_members")
)
cells(
    "2 | Thành lập mới công đoàn cơ sở | CĐCS | 45 | 52 | 115,6 | 50",
    t2(CDCS, "new_grassroots_unions"),
)
cells(
    "3 | Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp | Người | 1.100 | 1.186 | 107,8 | 1.150",
    t2("người", "party_referrals"),
)
# the "Trong đó" sub-row: its TT cell is covered by row 3's; "-" cells are no figures
cells("| Trong đó: được kết nạp vào Đảng | Người | - | 694 | - | -", t2("người", None))
cells(
    "4 | CĐCS khu vực doanh nghiệp có thỏa ước lao động tập thể | % | 74 | 72,4 | 97,8 | 75",
    t2("%", "collective_agreements"),
)
cells(
    "5 | Tập huấn cán bộ công đoàn | Lượt người | 4.600 | 4.862 | 105,7 | 5.000",
    t2("lượt người", "officials_trained"),
)
cells(
    "6 | Tặng quà Tết cho đoàn viên, người lao động | Suất | 30.000 | 32.415 | 108,1 | 32.000",
    t2("suất", "tet_beneficiaries"),
)
cells(
    "7 | Chi chăm lo, hỗ trợ đoàn viên, người lao động | Triệu đồng | 25.000 | 27.386 | 109,5 | "
    "27.000",
    t2("đồng", "welfare_spending", M),
)
cells(
    "8 | Hỗ trợ xây, sửa nhà “Mái ấm Công đoàn” | Nhà | 35 | 41 | 117,1 | 40",
    t2("nhà", "union_houses"),
)
cells(
    "9 | Thu kinh phí, đoàn phí công đoàn | Triệu đồng | 96.000 | 98.740 | 102,9 | 100.000",
    t2("đồng", "union_finance", M),
)

# II.6 Tài chính
sent("Tổng thu kinh phí, đoàn phí")
f("98.740 triệu đồng", 98740 * M, "đồng", indicator="union_finance")
f("102,9%", 102.9, "%", indicator="union_finance")

# II.7 Hạn chế
sent("khoảng 420 doanh nghiệp")
f("khoảng 420", 420, "doanh nghiệp", "about")

# III. Phương hướng, nhiệm vụ năm 2026: "Phấn đấu đạt các chỉ tiêu chủ yếu sau:"
doc("report", "2026")
sent("Kết nạp mới ít nhất 5.800")
f("ít nhất 5.800", 5800, "đoàn viên", "at_least", T, "new_members")
f("tối thiểu 50", 50, CDCS, "at_least", T, "new_grassroots_unions")
sent("Giới thiệu 1.150 đoàn viên")
f("1.150", 1150, "đoàn viên", "exact", T, "party_referrals")
f("khoảng 5.000", 5000, "lượt cán bộ công đoàn", "about", T, "officials_trained")
sent("75% CĐCS khu vực doanh nghiệp")
f("75%", 75, "%", "exact", T, "collective_agreements")
f("100%", 100, "%", "exact", T, "worker_conferences_rate")
sent("sửa chữa 40 nhà")
f("40", 40, "nhà", "exact", T, "union_houses")
f("khoảng 32.000", 32000, "đoàn viên", "about", T, "tet_beneficiaries")
sent("Thu kinh phí, đoàn phí công đoàn đạt 100 tỷ")
f("100 tỷ đồng", 100 * B, "đồng", "exact", T, "union_finance")


# ===========================================================================
# annex.pdf: PHỤ LỤC Số liệu công tác chăm lo đoàn viên, người lao động năm 2025
# ===========================================================================
doc("annex", "2025")
ref("Báo cáo số 12/BC-LĐLĐ", "12/BC-LĐLĐ", "other", "2026-01-09")
AX = {
    2: ("suất quà", "tet_beneficiaries", A, None, 1),  # Tết Ất Tỵ 2025 / Số suất quà
    3: ("đồng", "welfare_spending", A, None, M),  # Tết / Số tiền (triệu đồng)
    4: ("lượt người", None, A, None, 1),  # Tháng Công nhân / Số lượt người được hỗ trợ
    5: ("đồng", "welfare_spending", A, None, M),  # Tháng Công nhân / Số tiền (triệu đồng)
    6: ("nhà", "union_houses", A, None, 1),  # Mái ấm Công đoàn / Số nhà
    7: ("đồng", "welfare_spending", A, None, M),  # Mái ấm Công đoàn / Số tiền (triệu đồng)
}
for r in (
    "1 | LĐLĐ phường Yên Bái | 4.120 | 2.060 | 1.180 | 708 | 6 | 300",
    "2 | LĐLĐ phường Lào Cai | 4.860 | 2.511 | 1.350 | 810 | 7 | 350",
    "3 | LĐLĐ phường Nghĩa Lộ | 1.950 | 936 | 640 | 384 | 4 | 230",
    "4 | LĐLĐ phường Sa Pa | 2.240 | 1.120 | 720 | 432 | 5 | 200",
    "5 | Công đoàn Viên chức tỉnh | 1.680 | 756 | 560 | 336 | - | -",
    "6 | Công đoàn ngành Giáo dục | 3.150 | 1.418 | 1.240 | 744 | 8 | 400",
    "7 | Công đoàn ngành Y tế | 1.210 | 605 | 480 | 288 | 2 | 100",
    "8 | Công đoàn các Khu công nghiệp tỉnh | 12.405 | 6.824 | 2.080 | 1.248 | 7 | 390",
    "9 | Công đoàn ngành Nông nghiệp và Môi trường | 800 | 362 | 400 | 240 | 2 | 100",
    "Tổng cộng | | 32.415 | 16.592 | 8.650 | 5.190 | 41 | 2.070",
):
    cells(r, AX)
sent("gồm cả 1.200 suất quà")
f("1.200", 1200, "suất quà")
sent("bình quân 50,5 triệu")
f("50,5 triệu đồng", 50.5 * M, "đồng")
sent("ba nội dung trên là 23.852")
f("23.852 triệu đồng", 23852 * M, "đồng", indicator="welfare_spending")
f("87,1%", 87.1, "%")


# ===========================================================================
# stats.xlsx: BIỂU THỐNG KÊ Tình hình tổ chức công đoàn và đoàn viên năm 2025
# ===========================================================================
doc("stats", "2025")
ref("Báo cáo số 12/BC-LĐLĐ", "12/BC-LĐLĐ", "other", "2026-01-09")
ST = {
    2: (CDCS, "new_grassroots_unions", A, None, 1),  # Công đoàn cơ sở / Thành lập mới năm 2025
    3: (CDCS, None, A, None, 1),  # Công đoàn cơ sở / Giải thể, sáp nhập
    4: (CDCS, "grassroots_unions", A, None, 1),  # Công đoàn cơ sở / Hiện có đến 31/12/2025
    5: (DV, "members", A, None, 1),  # Đoàn viên / Hiện có đến 31/12/2025
    6: ("%", None, A, None, 1),  # Đoàn viên / Tỷ lệ nữ (%)
}
for r in (
    "1 | LĐLĐ phường Yên Bái | 8 | 6 | 248 | 12.486 | 49,8",
    "2 | LĐLĐ phường Lào Cai | 10 | 8 | 276 | 14.352 | 49,5",
    "3 | LĐLĐ phường Nghĩa Lộ | 4 | 2 | 132 | 5.847 | 51,5",
    "4 | LĐLĐ phường Sa Pa | 6 | 3 | 118 | 6.193 | 54,7",
    "5 | Công đoàn Viên chức tỉnh | 3 | | 186 | 9.724 | 49,9 | Chưa báo cáo số giải thể",
    "6 | Công đoàn ngành Giáo dục | 5 | 2 | 412 | 21.638 | 71,2",
    "7 | Công đoàn ngành Y tế | 2 | - | 94 | 7.915 | 66,2",
    "8 | Công đoàn các Khu công nghiệp tỉnh | 11 | 2 | 164 | 18.427 | 61,8",
    "9 | Công đoàn ngành Nông nghiệp và Môi trường | 3 | 1 | 58 | 3.216 | 36,5 | Thành lập từ tháng "
    "8/2025",
    "Tổng cộng | | 52 | 24 | 1.688 | 99.798 | 57,9",
):
    cells(r, ST)


# ---------------------------------------------------------------------------
def main():
    with open(HERE / "figures.jsonl", "w", encoding="utf-8") as fh:
        for r in FIG:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "references.jsonl", "w", encoding="utf-8") as fh:
        for r in REF:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(FIG), "figures,", len(REF), "references")


if __name__ == "__main__":
    main()
