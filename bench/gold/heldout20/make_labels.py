"""heldout20 labels: writes figures.jsonl and references.jsonl.

Written by hand, blind to the tagger, by reading the printed text (source_scan.txt) and the
OCR text the frozen worktree's reader gives for scan.pdf (ocr_text.txt, kept here:
`ingest.read_file("scan.pdf").text`).

- Prose: `sentence` is found by a fragment that must lie in exactly one sentence of the OCR
  text, split within each line with `nlp.sentences.split_sentences` (the sentences are kept in
  ocr_sentences.json, written by the reader script quoted in NOTES.md, so this script imports
  nothing of the project).
- Table rows: `sentence` is the printed row as source_scan.txt writes it ("cells | joined",
  empty cell "", trailing empties dropped); the script checks it is a line of source_scan.txt.
- Leader lines: the printed line is "label ⋯ value" in source_scan.txt; `sentence` is
  "label value".

Run:  /work/main/.venv/bin/python bench/gold/heldout20/make_labels.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC = "bench/gold/heldout20/scan.pdf"
SENTS = json.loads((HERE / "ocr_sentences.json").read_text(encoding="utf-8"))
SOURCE = (HERE / "source_scan.txt").read_text(encoding="utf-8").splitlines()

FIG, REF = [], []
_ctx = {}


def period(p, months=None):
    _ctx.update(period=p, months=months)


def sent(frag):
    hits = [s for s in SENTS if frag in s]
    assert len(hits) == 1, (frag, hits)
    _ctx.update(sentence=hits[0], table_row=False)


def row(text):
    assert text in SOURCE, text
    _ctx.update(sentence=text, table_row=True)


def line(label, value):
    assert f"{label} ⋯ {value}" in SOURCE, (label, value)
    _ctx.update(sentence=f"{label} {value}", table_row=True)


def f(text, value, unit, qualifier="exact", kind="achievement", indicator=None, *, den=None):
    if unit == "đồng":
        value = round(value)
    elif isinstance(value, float) and value.is_integer() and "," not in text:
        value = int(value)
    rec = {
        "doc": DOC,
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
    hits = [s for s in SENTS if frag in s]
    assert len(hits) == 1, (frag, hits)
    REF.append({"doc": DOC, "sentence": hits[0], "id": id_, "type": type_, "date": date})


T, A = "target", "achievement"
M = 1_000_000
B = 1_000_000_000
CDCS = "công đoàn cơ sở"

# ---- opening and I. ĐẶC ĐIỂM TÌNH HÌNH ---------------------------------------------------
ref("Kế hoạch số 18/KH-LĐLĐ", "18/KH-LĐLĐ", "Kế hoạch", "2025-01-15")
ref("Nghị quyết số 202/2025/QH15", "202/2025/QH15", "Nghị quyết", "2025-06-12")

period("2025", "01-11")  # "Tính đến ngày 30/11/2025": its own sentence only
sent("Tính đến ngày 30/11/2025, toàn tỉnh có 1.184")
f("1.184", 1184, CDCS, indicator="grassroots_unions")
f("186.420", 186420, "đoàn viên", indicator="members")
f("52,2%", 52.2, "%")

period("2025")
sent("khoảng 2.950 doanh nghiệp")
f("khoảng 2.950", 2950, "doanh nghiệp", "about")
f("ước đạt 7,8 triệu đồng", 7.8 * M, "đồng", "about")

# ---- II. KẾT QUẢ HOẠT ĐỘNG NĂM 2025 ---------------------------------------------------------
ref("quán triệt Luật Công đoàn số 50/2024/QH15", "50/2024/QH15", "Luật", None)

sent("Đã tổ chức 1.265 buổi")
f("1.265", 1265, "buổi")
f("hơn 96.000", 96000, "lượt đoàn viên", "over")
f("gần 25.000", 25000, "tờ gấp", "about")

sent("Có 1.036/1.102 cơ quan")
f("1.036/1.102", 1036, "cơ quan", den=1102)
f("94,0%", 94.0, "%", indicator="worker_conferences_rate")

sent("612 cuộc đối thoại")
f("612", 612, "cuộc")
f("131", 131, "bản", indicator="collective_agreements")
f("109,2%", 109.2, "%", indicator="collective_agreements")
f("868", 868, "bản", indicator="collective_agreements")

sent("Trong năm xảy ra 3 cuộc ngừng việc")
f("3", 3, "cuộc", indicator="strikes")

sent("tặng 52.480 suất quà")  # Tết Ất Tỵ 2025: months null (a Tết)
f("52.480", 52480, "suất quà", indicator="tet_beneficiaries")
f("hơn 31,7 tỷ đồng", 31.7 * B, "đồng", "over", indicator="welfare_spending")
f("18", 18, "chuyến")
f("gần 900", 900, "công nhân", "about")

sent("bàn giao 52 nhà")
f("52", 52, "nhà", indicator="union_houses")
f("50", 50 * M, "đồng", "at_least")
f("70 triệu đồng", 70 * M, "đồng", "at_most")
f("1.420", 1420, "đoàn viên")
f("trên 1,2 tỷ đồng", 1.2 * B, "đồng", "over", indicator="welfare_spending")

sent("toàn tỉnh kết nạp mới 7.126")
f("7.126", 7126, "đoàn viên", indicator="new_members")
f("109,6%", 109.6, "%", indicator="new_members")
f("34", 34, CDCS, indicator="new_grassroots_unions")
f("29", 29, CDCS)

sent("mở 96 lớp tập huấn")
f("96", 96, "lớp tập huấn")
f("4.412", 4412, "lượt cán bộ công đoàn", indicator="officials_trained")
f("110,3%", 110.3, "%", indicator="officials_trained")
f("1.348", 1348, "đoàn viên", indicator="party_referrals")
f("1.105", 1105, "đồng chí")

sent("có 1.002/1.184 CĐCS")
f("1.002/1.184", 1002, CDCS, den=1184)
f("84,6%", 84.6, "%")

# the five leader lines (label, dotted leaders, value at a right tab)
line("Số công đoàn cơ sở", "1.184")
f("1.184", 1184, CDCS, indicator="grassroots_unions")
line("Tổng số đoàn viên", "186.420 người")
f("186.420", 186420, "người", indicator="members")
line("Trong đó đoàn viên nữ", "97.315 người")
f("97.315", 97315, "người")
line("Đoàn viên kết nạp mới trong năm", "7.126 người")
f("7.126", 7126, "người", indicator="new_members")
line("Công đoàn cơ sở thành lập mới", "34")
f("34", 34, CDCS, indicator="new_grassroots_unions")

sent("có 2.318 sáng kiến")
f("2.318", 2318, "sáng kiến", indicator="initiatives")
f("trên 46 tỷ đồng", 46 * B, "đồng", "over")

sent("ước đạt 101,87 tỷ đồng")
f("ước đạt 101,87 tỷ đồng", 101.87 * B, "đồng", "about", indicator="union_finance")
f("105,6%", 105.6, "%", indicator="union_finance")
f("24,3 tỷ đồng", 24.3 * B, "đồng", indicator="union_finance")

sent("chiếm 42,5% tổng chi")
f("42,5%", 42.5, "%")

# table 1, no rules: plan cells are targets, result and rate cells achievements
T1 = [
    (
        "1 | Kết nạp đoàn viên công đoàn mới | Đoàn viên | 6.500 | 7.126 | 109,6",
        "đoàn viên",
        1,
        "new_members",
    ),
    (
        "2 | Thành lập công đoàn cơ sở mới | CĐCS | 30 | 34 | 113,3",
        CDCS,
        1,
        "new_grassroots_unions",
    ),
    (
        "3 | Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp | Người | 1.200 | 1.348 | 112,3",
        "người",
        1,
        "party_referrals",
    ),
    (
        "4 | Tập huấn cán bộ công đoàn | Lượt người | 4.000 | 4.412 | 110,3",
        "lượt người",
        1,
        "officials_trained",
    ),
    (
        "5 | Đơn vị tổ chức hội nghị người lao động, hội nghị CBCCVC | % | 90 | 94,0 | 104,4",
        "%",
        1,
        "worker_conferences_rate",
    ),
    (
        "6 | Thỏa ước lao động tập thể ký mới, ký lại | Bản | 120 | 131 | 109,2",
        "bản",
        1,
        "collective_agreements",
    ),
    ("7 | Nhà “Mái ấm Công đoàn” bàn giao | Nhà | 45 | 52 | 115,6", "nhà", 1, "union_houses"),
    (
        "8 | Thu kinh phí công đoàn | Triệu đồng | 96.500 | 101.870 | 105,6",
        "đồng",
        M,
        "union_finance",
    ),
]


def vn(s):
    return float(s.replace(".", "").replace(",", "."))


for text, unit, scale, ind in T1:
    row(text)
    cells = text.split(" | ")
    plan, done, rate = cells[3], cells[4], cells[5]
    f(plan, vn(plan) * scale, unit, kind=T, indicator=ind)
    f(done, vn(done) * scale, unit, indicator=ind)
    f(rate, vn(rate), "%", indicator=ind)
row("9 | Ngừng việc tập thể được phối hợp giải quyết | Cuộc | - | 3")
f("3", 3, "cuộc", indicator="strikes")

sent("Ngoài 247 CĐCS")
f("247", 247, CDCS, indicator="grassroots_unions")
f("7", 7, "công đoàn cấp trên trực tiếp cơ sở")

# table 2, rows ruled only; units and indicators from the column headers
T2 = [
    "1 | Công đoàn Viên chức tỉnh | 156 | 9.845 | 5.120 | 214",
    "2 | Công đoàn ngành Giáo dục | 418 | 31.260 | 23.705 | 536",
    "3 | Công đoàn ngành Y tế | 64 | 11.938 | 8.412 | 297",
    "4 | Công đoàn các Khu kinh tế, Khu công nghiệp tỉnh | 127 | 38.416 | 24.980 | 2.645",
    "5 | Công đoàn ngành Giao thông - Xây dựng | 48 | 3.172 | 690 | 118",
    "6 | Công đoàn ngành Công Thương | 53 | 4.205 | 1.876 | 175",
    "7 | Công đoàn ngành Nông nghiệp và Môi trường | 71 | 5.390 | 2.047 | 203",
    "| Tổng cộng | 937 | 104.226 | 66.830 | 4.188",
]
COLS = [
    (CDCS, "grassroots_unions"),
    ("đoàn viên", "members"),
    ("đoàn viên", None),
    ("đoàn viên", "new_members"),
]
for text in T2:
    row(text)
    cells = ["", *text[2:].split(" | ")] if text.startswith("| ") else text.split(" | ")
    for cell, (unit, ind) in zip(cells[2:], COLS, strict=True):
        f(cell, int(vn(cell)), unit, indicator=ind)

sent("quản lý 937 CĐCS")
f("937", 937, CDCS, indicator="grassroots_unions")
f("104.226", 104226, "đoàn viên", indicator="members")
f("55,9%", 55.9, "%")

sent("kết nạp mới 2.645")
f("2.645", 2645, "đoàn viên", indicator="new_members")
f("37,1%", 37.1, "%")

# ---- III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026 (read "II." by the OCR) -------------------------
period("2026")
ref("Nghị quyết số 02-NQ/TW", "02-NQ/TW", "Nghị quyết", "2021-06-12")

sent("Kết nạp mới ít nhất 7.500")
f("ít nhất 7.500", 7500, "đoàn viên", "at_least", T, "new_members")
f("35", 35, CDCS, "at_least", T, "new_grassroots_unions")

sent("Phấn đấu trên 85%")
f("trên 85%", 85, "%", "over", T)
f("95%", 95, "%", "exact", T, "worker_conferences_rate")

sent("khoảng 130 bản")
f("khoảng 130", 130, "bản", "about", T, "collective_agreements")
f("4.500", 4500, "lượt cán bộ công đoàn", "exact", T, "officials_trained")
f("ít nhất 1.300", 1300, "đoàn viên", "at_least", T, "party_referrals")

sent("Vận động xây dựng 50 nhà")
f("50", 50, "nhà", "exact", T, "union_houses")

sent("không dưới 104 tỷ đồng")
f("không dưới 104 tỷ đồng", 104 * B, "đồng", "at_least", T, "union_finance")

sent("khoảng 33 tỷ đồng")  # Tết Bính Ngọ 2026: months null
f("khoảng 33 tỷ đồng", 33 * B, "đồng", "about", T, "welfare_spending")
ref("đúng quy định của Luật Công đoàn số 50/2024/QH15", "50/2024/QH15", "Luật", None)


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
