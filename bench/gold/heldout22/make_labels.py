"""heldout22 labels: writes figures.jsonl and references.jsonl.

Written by hand, blind to the tagger, by reading the printed text (source_*.txt) and the text
the start code's reader gives for the FLAT versions of the pages (flat/*_ocr.txt, by
read_ocr.py). The records name the real files (report.pdf, notice.jpg, scan.tif), never the
flat ones.

- Prose: `sentence` is found by a fragment that must lie in exactly one sentence of that
  document's OCR sentences (ocr_sentences.json: `split_sentences` within each line, written by
  read_ocr.py, so this script imports nothing of the project).
- Table rows: `sentence` is the printed row as source_*.txt writes it (cells joined with
  " | ", trailing empties dropped), with "table_row": true; the script checks it is a line of
  the source text.

Run:  /work/main/.venv/bin/python bench/gold/heldout22/make_labels.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORT = "bench/gold/heldout22/report.pdf"
NOTICE = "bench/gold/heldout22/notice.jpg"
SCAN = "bench/gold/heldout22/scan.tif"
SENTS = json.loads((HERE / "ocr_sentences.json").read_text(encoding="utf-8"))
SOURCE = {
    REPORT: (HERE / "source_report.txt").read_text(encoding="utf-8").splitlines(),
    NOTICE: (HERE / "source_notice.txt").read_text(encoding="utf-8").splitlines(),
    SCAN: (HERE / "source_scan.txt").read_text(encoding="utf-8").splitlines(),
}

FIG, REF = [], []
_ctx = {}


def doc(name):
    _ctx.update(doc=name)


def period(p, months=None):
    _ctx.update(period=p, months=months)


def sent(frag):
    hits = [s for s in SENTS[_ctx["doc"]] if frag in s]
    assert len(hits) == 1, (frag, hits)
    _ctx.update(sentence=hits[0], table_row=False)


def row(text):
    assert text in SOURCE[_ctx["doc"]], text
    _ctx.update(sentence=text, table_row=True)


def f(text, value, unit, qualifier="exact", kind="achievement", indicator=None, *, den=None):
    if unit == "đồng":
        value = round(value)
    elif isinstance(value, float) and value.is_integer() and "," not in text:
        value = int(value)
    rec = {
        "doc": _ctx["doc"],
        "sentence": _ctx["sentence"],
        "text": text,
        "value": value,
        "denominator": den,
        "unit": unit,
        "qualifier": qualifier,
        "kind": kind,
        "indicator": indicator,
        "period": _ctx["period"],
    }
    if _ctx["table_row"]:
        rec["table_row"] = True
    rec["months"] = _ctx["months"]
    FIG.append(rec)


def ref(frag, id_, type_, date):
    hits = [s for s in SENTS[_ctx["doc"]] if frag in s]
    assert len(hits) == 1, (frag, hits)
    REF.append({"doc": _ctx["doc"], "sentence": hits[0], "id": id_, "type": type_, "date": date})


def vn(s):
    return float(s.replace(".", "").replace(",", "."))


T, A = "target", "achievement"
M = 1_000_000
B = 1_000_000_000
CDCS = "công đoàn cơ sở"
DV = "đoàn viên"

# ============================================================================================
# report.pdf: year-end 2025 report of LĐLĐ tỉnh Quảng Ngãi (photographed; labels from its
# flat version)
# ============================================================================================
doc(REPORT)
ref("Kế hoạch số 86/KH-LĐLĐ", "86/KH-LĐLĐ", "Kế hoạch", "2025-07-22")
ref("Nghị quyết số 202/2025/QH15", "202/2025/QH15", "Nghị quyết", "2025-06-12")

period("2025", "01-11")  # "Tính đến ngày 30/11/2025": its own sentence only
sent("Tính đến ngày 30/11/2025, toàn tỉnh có 2.146")
f("2.146", 2146, CDCS, indicator="grassroots_unions")
f("168.530", 168530, DV, indicator="members")
f("47,8%", 47.8, "%")

period("2025")
sent("khoảng 6.300 doanh nghiệp")
f("khoảng 6.300", 6300, "doanh nghiệp", "about")
f("hơn 215.000", 215000, "lao động", "over")
f("ước đạt 7,4 triệu đồng", 7.4 * M, "đồng", "about")

# ---- II. KẾT QUẢ HOẠT ĐỘNG NĂM 2025 ---------------------------------------------------------
ref("Luật Công đoàn số 50/2024/QH15, có hiệu lực", "50/2024/QH15", "Luật", None)

sent("tổ chức 1.482 buổi")
f("1.482", 1482, "buổi")
f("hơn 112.000", 112000, "lượt đoàn viên", "over")
f("gần 30.000", 30000, "tờ gấp", "about")

sent("Toàn tỉnh có 1.274/1.360")
f("1.274/1.360", 1274, "cơ quan", den=1360)
f("93,7%", 93.7, "%", indicator="worker_conferences_rate")

sent("705 cuộc đối thoại")
f("705", 705, "cuộc")
f("148", 148, "bản", indicator="collective_agreements")
f("1.036", 1036, "bản", indicator="collective_agreements")

sent("Năm 2025 có 2 cuộc ngừng việc")
f("2", 2, "cuộc", indicator="strikes")
f("khoảng 450", 450, "người", "about")

sent("tặng 61.240 suất quà")  # Tết Ất Tỵ 2025 (read "Ất Ty"): months null, a Tết
f("61.240", 61240, "suất quà", indicator="tet_beneficiaries")
f("hơn 38,5 tỷ đồng", 38.5 * B, "đồng", "over", indicator="welfare_spending")
f("24", 24, "chuyến")
f("gần 1.100", 1100, "công nhân", "about")

sent("sửa chữa 46 nhà")
f("46", 46, "nhà", indicator="union_houses")
f("50", 50 * M, "đồng", "at_least")  # "từ 50 đến 80 triệu đồng": the upper end's scale
f("80 triệu đồng", 80 * M, "đồng", "at_most")
f("2.360", 2360, DV)
f("trên 1,6 tỷ đồng", 1.6 * B, "đồng", "over", indicator="welfare_spending")

sent("Cả năm kết nạp mới 8.415")
f("8.415", 8415, DV, indicator="new_members")
f("112,2%", 112.2, "%", indicator="new_members")
f("41", 41, CDCS, indicator="new_grassroots_unions")
f("33", 33, CDCS)

sent("mở 118 lớp tập huấn")
f("118", 118, "lớp tập huấn")
f("5.230", 5230, "lượt cán bộ công đoàn", indicator="officials_trained")
f("116,2%", 116.2, "%", indicator="officials_trained")
f("1.126", 1126, DV, indicator="party_referrals")
f("812", 812, "đồng chí")

sent("có 1.788/2.146 CĐCS")
f("1.788/2.146", 1788, CDCS, den=2146)
f("83,3%", 83.3, "%")

sent("có 2.604 sáng kiến")
f("2.604", 2604, "sáng kiến", indicator="initiatives")
f("trên 52 tỷ đồng", 52 * B, "đồng", "over")

sent("ước đạt 118,6 tỷ đồng")
f("ước đạt 118,6 tỷ đồng", 118.6 * B, "đồng", "about", indicator="union_finance")
f("104,5%", 104.5, "%", indicator="union_finance")
f("27,9 tỷ đồng", 27.9 * B, "đồng", indicator="union_finance")

sent("chiếm 41,8%")
f("41,8%", 41.8, "%")

# table, fully ruled (page 2): plan cells are targets, result and rate cells achievements
REPORT_ROWS = [
    (
        "1 | Kết nạp đoàn viên công đoàn mới | Đoàn viên | 7.500 | 8.415 | 112,2",
        DV,
        1,
        "new_members",
    ),
    (
        "2 | Thành lập công đoàn cơ sở mới | CĐCS | 36 | 41 | 113,9",
        CDCS,
        1,
        "new_grassroots_unions",
    ),
    (
        "3 | Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp | Người | 1.000 | 1.126 | 112,6",
        "người",
        1,
        "party_referrals",
    ),
    (
        "4 | Tập huấn cán bộ công đoàn | Lượt người | 4.500 | 5.230 | 116,2",
        "lượt người",
        1,
        "officials_trained",
    ),
    (
        "5 | Đơn vị tổ chức hội nghị người lao động, hội nghị CBCCVC | % | 90 | 93,7 | 104,1",
        "%",
        1,
        "worker_conferences_rate",
    ),
    (
        "6 | Thỏa ước lao động tập thể ký mới, ký lại | Bản | 135 | 148 | 109,6",
        "bản",
        1,
        "collective_agreements",
    ),
    (
        "7 | Nhà “Mái ấm Công đoàn” xây dựng, sửa chữa | Nhà | 40 | 46 | 115,0",
        "nhà",
        1,
        "union_houses",
    ),
    (
        "8 | Thu kinh phí công đoàn | Triệu đồng | 113.500 | 118.600 | 104,5",
        "đồng",
        M,
        "union_finance",
    ),
]
for text, unit, scale, ind in REPORT_ROWS:
    row(text)
    cells = text.split(" | ")
    plan, done, rate = cells[3], cells[4], cells[5]
    f(plan, vn(plan) * scale, unit, kind=T, indicator=ind)
    f(done, vn(done) * scale, unit, indicator=ind)
    f(rate, vn(rate), "%", indicator=ind)

# ---- III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026 (read "II." by the OCR) -------------------------
period("2026")
ref("Nghị quyết số 02-NQ/TW", "02-NQ/TW", "Nghị quyết", "2021-06-12")

sent("Kết nạp mới ít nhất 8.000")
f("ít nhất 8.000", 8000, DV, "at_least", T, "new_members")
f("40", 40, CDCS, "at_least", T, "new_grassroots_unions")  # "từ 40 CĐCS trở lên"
f("trên 175.000", 175000, DV, "over", T, "members")

sent("Trên 85% CĐCS")
f("Trên 85%", 85, "%", "over", T)  # the share rated good ("trở lên" qualifies the grade)
f("92%", 92, "%", "exact", T, "worker_conferences_rate")

sent("Giới thiệu ít nhất 1.100")
f("ít nhất 1.100", 1100, DV, "at_least", T, "party_referrals")
f("khoảng 5.000", 5000, "lượt cán bộ công đoàn", "about", T, "officials_trained")
f("45", 45, "nhà", "exact", T, "union_houses")
f("không dưới 120 tỷ đồng", 120 * B, "đồng", "at_least", T, "union_finance")

sent("khoảng 40 tỷ đồng")  # Tết Bính Ngọ 2026: months null
f("khoảng 40 tỷ đồng", 40 * B, "đồng", "about", T, "welfare_spending")

# ============================================================================================
# notice.jpg: "Báo cáo nhanh" on Tháng Công nhân 2026 (May 2026)
# ============================================================================================
doc(NOTICE)
ref("Kế hoạch số 21/KH-LĐLĐ", "21/KH-LĐLĐ", "Kế hoạch", "2026-03-25")

period("2026", "05-05")  # heading "1. Kết quả nổi bật trong tháng 5/2026"
sent("tặng 8.650 suất quà")
f("8.650", 8650, "suất quà")
f("hơn 5,2 tỷ đồng", 5.2 * B, "đồng", "over", indicator="welfare_spending")

sent("Tổ chức 126 buổi")
f("126", 126, "buổi")
f("khoảng 18.500", 18500, "lượt người lao động", "about")

sent("cho 3.240 đoàn viên")
f("3.240", 3240, DV)
f("14", 14, "điểm")
f("9.800", 9800, "lượt công nhân")

sent("Bàn giao 12 nhà")
f("12", 12, "nhà", indicator="union_houses")
f("70 triệu đồng", 70 * M, "đồng")
f("35", 35, "suất học bổng")
f("2 triệu đồng", 2 * M, "đồng")

sent("Kết nạp mới 1.146")
f("1.146", 1146, DV, indicator="new_members")
f("6", 6, CDCS, indicator="new_grassroots_unions")

sent("Tổ chức 38 lớp")
f("38", 38, "lớp tập huấn")
f("2.870", 2870, "lượt người")

sent("Khánh thành hai công trình")
f("hai", 2, "công trình")

sent("xảy ra 1 cuộc ngừng việc")
f("1", 1, "cuộc", indicator="strikes")
f("khoảng 180", 180, "người", "about")

period("2026", "01-05")  # "Lũy kế 5 tháng đầu năm 2026"; "Tính đến ngày 31/5/2026"
sent("Lũy kế 5 tháng đầu năm 2026")
f("4.380", 4380, DV, indicator="new_members")
f("54,8%", 54.8, "%", indicator="new_members")
f("19", 19, CDCS, indicator="new_grassroots_unions")

sent("Tính đến ngày 31/5/2026")
f("2.163", 2163, CDCS, indicator="grassroots_unions")
f("171.240", 171240, DV, indicator="members")

period("2026", "07-12")  # "Trong 6 tháng cuối năm 2026"
sent("ít nhất 3.700")
f("ít nhất 3.700", 3700, DV, "at_least", T, "new_members")
f("20", 20, "nhà", "exact", T, "union_houses")

# ============================================================================================
# scan.tif: six-month 2026 report of Công đoàn các Khu kinh tế tỉnh Quảng Ngãi
# ============================================================================================
doc(SCAN)
ref("Kế hoạch số 05/KH-CĐKKT", "05/KH-CĐKKT", "Kế hoạch", "2026-01-12")

H1, H2 = "01-06", "07-12"  # the title "Sơ kết … 6 tháng đầu năm 2026"; heading III
period("2026", H1)
sent("có 412 doanh nghiệp")
f("412", 412, "doanh nghiệp")
f("khoảng 78.500", 78500, "lao động", "about")
f("46,2%", 46.2, "%")

sent("trực tiếp quản lý 348 CĐCS")
f("348", 348, CDCS, indicator="grassroots_unions")
f("60.949", 60949, DV, indicator="members")
f("77,6%", 77.6, "%", indicator="members")  # the membership rate among the workers

sent("ước đạt 8,2 triệu đồng")
f("ước đạt 8,2 triệu đồng", 8.2 * M, "đồng", "about")
f("5,1%", 5.1, "%")

ref("Luật Công đoàn số 50/2024/QH15 và Bộ luật", "50/2024/QH15", "Luật", None)
sent("tổ chức 64 buổi")
f("64", 64, "buổi")
f("hơn 9.600", 9600, "lượt đoàn viên", "over")
f("12.000", 12000, "tờ gấp")

sent("Có 318/348 CĐCS")
f("318/348", 318, CDCS, den=348)
f("91,4%", 91.4, "%", indicator="worker_conferences_rate")
f("226", 226, "doanh nghiệp", indicator="collective_agreements")
f("64,9%", 64.9, "%", indicator="collective_agreements")

sent("xảy ra 3 cuộc ngừng việc")
f("3", 3, "cuộc", indicator="strikes")
f("hơn 1.250", 1250, "người", "over")

period("2026")  # Tết Bính Ngọ 2026: months null
sent("tặng 21.450 suất quà")
f("21.450", 21450, "suất quà", indicator="tet_beneficiaries")
f("khoảng 11,8 tỷ đồng", 11.8 * B, "đồng", "about", indicator="welfare_spending")
f("1.320", 1320, "công nhân")

period("2026", H1)
sent("thăm hỏi 640 đoàn viên")  # "Trong “Tháng Công nhân”": the title's months (heldout21)
f("640", 640, DV)
f("512 triệu đồng", 512 * M, "đồng", indicator="welfare_spending")
f("3", 3, "nhà", indicator="union_houses")

sent("kết nạp mới 3.149")
f("3.149", 3149, DV, indicator="new_members")
f("57,3%", 57.3, "%", indicator="new_members")
f("8,4%", 8.4, "%", indicator="new_members")
f("9", 9, CDCS, indicator="new_grassroots_unions")

sent("giới thiệu 86 đoàn viên")
f("86", 86, DV, indicator="party_referrals")
f("41", 41, "đồng chí")

sent("Tổ chức 12 lớp")
f("12", 12, "lớp tập huấn")
f("740", 740, "lượt cán bộ công đoàn", indicator="officials_trained")

sent("ước đạt 36,4 tỷ đồng")
f("ước đạt 36,4 tỷ đồng", 36.4 * B, "đồng", "about", indicator="union_finance")
f("51,2%", 51.2, "%", indicator="union_finance")
f("7,9 tỷ đồng", 7.9 * B, "đồng", indicator="union_finance")

# table, fully ruled (page 2): units and indicators from the column headers
SCAN_ROWS = [
    "1 | Khu kinh tế Dung Quất | 142 | 24.860 | 1.215",
    "2 | Khu công nghiệp VSIP Quảng Ngãi | 96 | 18.430 | 986",
    "3 | Khu công nghiệp Tịnh Phong | 38 | 6.214 | 342",
    "4 | Khu công nghiệp Quảng Phú | 27 | 5.108 | 268",
    "5 | Khu công nghiệp Phổ Phong | 14 | 2.375 | 131",
    "6 | Khu kinh tế cửa khẩu quốc tế Bờ Y và các khu công nghiệp khu vực Kon Tum cũ | 31 | 3.962 | 207",
    "| Cộng | 348 | 60.949 | 3.149",
]
COLS = [(CDCS, "grassroots_unions"), (DV, "members"), (DV, "new_members")]
for text in SCAN_ROWS:
    row(text)
    cells = ["", *text[2:].split(" | ")] if text.startswith("| ") else text.split(" | ")
    for cell, (unit, ind) in zip(cells[2:], COLS, strict=True):
        f(cell, int(vn(cell)), unit, indicator=ind)

sent("Khu kinh tế Dung Quất có 142")
f("142", 142, CDCS, indicator="grassroots_unions")
f("24.860", 24860, DV, indicator="members")
f("40,8%", 40.8, "%")
f("31", 31, CDCS, indicator="grassroots_unions")
f("207", 207, DV, indicator="new_members")

# ---- III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026 (read "II." by the OCR) ----------------
ref("Nghị quyết số 02-NQ/TW", "02-NQ/TW", "Nghị quyết", "2021-06-12")
ref("Kế hoạch số 86/KH-LĐLĐ", "86/KH-LĐLĐ", "Kế hoạch", "2025-07-22")

sent("Kết nạp thêm ít nhất 2.400")
period("2026", H2)
f("ít nhất 2.400", 2400, DV, "at_least", T, "new_members")
f("6", 6, CDCS, "at_least", T, "new_grassroots_unions")  # "từ 6 CĐCS trở lên"
period("2026")  # "đến cuối năm 2026": the level at the year's end
f("trên 63.000", 63000, DV, "over", T, "members")

period("2026", H2)
sent("Phấn đấu 95% CĐCS")
f("95%", 95, "%", "exact", T, "worker_conferences_rate")
f("70% trở lên", 70, "%", "at_least", T, "collective_agreements")

sent("khoảng 600 lượt")
f("khoảng 600", 600, "lượt cán bộ công đoàn", "about", T, "officials_trained")
period("2026")  # "cả năm"
f("không dưới 71 tỷ đồng", 71 * B, "đồng", "at_least", T, "union_finance")

period("2027")  # Tết Đinh Mùi 2027: the Tết it is set for; months null
sent("Tết Đinh Mùi 2027")
f("không dưới 22.000", 22000, DV, "at_least", T, "tet_beneficiaries")


def dump(path, records):
    with open(path, "w", encoding="utf-8") as out:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    dump(HERE / "figures.jsonl", FIG)
    dump(HERE / "references.jsonl", REF)
    print(
        len(FIG),
        "figures,",
        sum(1 for r in FIG if r.get("table_row")),
        "table_row;",
        len(REF),
        "references",
    )
