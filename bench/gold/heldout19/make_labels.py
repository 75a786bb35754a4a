"""heldout19 labels: writes figures.jsonl and references.jsonl.

The labels were written by hand, by reading source_report.txt (the paragraphs make_report.py
puts in report.docx) and stats.txt. Each figure of the report is written once, for the .docx;
the .pdf records (the report printed by LibreOffice) are the same records with `doc` changed.

- Prose: `sentence` is found by a fragment that must lie in exactly one sentence of the
  source text, split with underthesea's sent_tokenize (a library, not the project). The
  paragraph indented by a leading tab is prose; its sentences are those of the paragraph
  without the tab.
- Table rows: `sentence` is the printed row written by hand ("cells | joined", empty cell "",
  trailing empties dropped); the script checks it against the source (a tab is a cell
  boundary; table B's row 2, whose name continues on a second paragraph that begins with a
  tab, is the two paragraphs joined column by column).
- Leader lines and "Label:⇥value" lines: `sentence` is "label value" with one space.

Run:  .venv/bin/python bench/gold/heldout19/make_labels.py
"""

import json
import re
from pathlib import Path

from underthesea import sent_tokenize

HERE = Path(__file__).resolve().parent
REL = "bench/gold/heldout19"
TAB = " ⇥ "


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def is_tab_prose(line):
    """A paragraph whose first-line indent was typed as a tab: one leading tab, no other."""
    return line.startswith(TAB) and line.count("⇥") == 1 and len(line) > 80


def cells_of(line, sep):
    return [fold(c) for c in line.split(sep)]


def printed(cells):
    cells = list(cells)
    while cells and cells[-1] == "":
        cells.pop()
    return fold(" | ".join(cells))


def joined(a, b):
    """Two paragraphs of one row (a name continued on the next paragraph), column by column."""
    n = max(len(a), len(b))
    a = a + [""] * (n - len(a))
    b = b + [""] * (n - len(b))
    return [fold(f"{x} {y}") for x, y in zip(a, b, strict=True)]


def load_report():
    lines = (HERE / "source_report.txt").read_text(encoding="utf-8").splitlines()
    prose, rows = [], set()
    tab_lines = []
    for line in lines:
        if "⇥" not in line:
            prose.extend(sent_tokenize(line))
            tab_lines.append(None)
        elif is_tab_prose(line):
            prose.extend(sent_tokenize(line[len(TAB) :]))
            tab_lines.append(None)
        else:
            tab_lines.append(cells_of(line, "⇥"))
    for i, c in enumerate(tab_lines):
        if c is None:
            continue
        rows.add(printed(c))
        nxt = tab_lines[i + 1] if i + 1 < len(tab_lines) else None
        if nxt is not None and nxt[0] == "":
            rows.add(printed(joined(c, nxt)))
    return prose, rows


def load_stats():
    text = (HERE / "stats.txt").read_bytes().decode("utf-8")
    lines = text.split("\r\n")
    prose, rows = [], set()
    for line in lines:
        if "\t" in line:
            rows.add(printed(cells_of(line, "\t")))
        elif line:
            prose.extend(sent_tokenize(line))
    return prose, rows


SRC = {"report": load_report(), "stats": load_stats()}
EXT = {"report": "docx", "stats": "txt"}

# ---------------------------------------------------------------------------
FIG, REF = [], []
_ctx = {}


def doc(name, period, months):
    _ctx.update(name=name, period=period, months=months)


def period(p, months):
    _ctx.update(period=p, months=months)


def sent(frag):
    hits = [s for s in SRC[_ctx["name"]][0] if frag in s]
    assert len(hits) == 1, (frag, hits)
    _ctx.update(sentence=hits[0], table_row=False)


def row(text):
    rows = SRC[_ctx["name"]][1]
    assert text in rows, (text, sorted(rows))
    _ctx.update(sentence=text, table_row=True)


def line(label, value):
    """A label and its value at a stop (dot leaders, or a plain left stop after "Label:"):
    the printed row is "label | value"; its sentence is "label value"."""
    row(f"{label} | {value}")
    _ctx.update(sentence=f"{label} {value}")


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
    months="ctx",
):
    rec = {
        "doc": f"{REL}/{_ctx['name']}.{EXT[_ctx['name']]}",
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
    rec["months"] = _ctx["months"] if months == "ctx" else months
    FIG.append(rec)


def ref(frag, id_, type_, date):
    hits = [s for s in SRC[_ctx["name"]][0] if frag in s]
    assert len(hits) == 1, (frag, hits)
    REF.append(
        {
            "doc": f"{REL}/{_ctx['name']}.{EXT[_ctx['name']]}",
            "sentence": hits[0],
            "id": id_,
            "type": type_,
            "date": date,
        }
    )


def vn(n):
    return f"{n:,}".replace(",", ".")


T, A = "target", "achievement"
M = 1_000_000
B = 1_000_000_000
H1 = "01-06"  # the title: "Sơ kết … 6 tháng đầu năm 2026"
H2 = "07-12"  # heading III: "NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026"

# ===========================================================================
# report.docx (LĐLĐ thành phố Hải Phòng, six-month report 2026)
# ===========================================================================
doc("report", "2026", H1)

# I. Đặc điểm tình hình
sent("hợp nhất thành thành phố Hải Phòng với 114")
f("114", 114, "đơn vị hành chính")
f("45", 45, "phường")
f("67", 67, "xã")
f("2", 2, "đặc khu")
sent("khoảng 31.500 doanh nghiệp")
f("khoảng 31.500", 31500, "doanh nghiệp", "about")
f("hơn 1,05 triệu", 1_050_000, "lao động", "over")
f("khoảng 312.000", 312000, "lao động", "about")
sent("Thu nhập bình quân của người lao động")
f("ước đạt 9,4 triệu đồng", 9.4 * M, "đồng", "about")
f("6,1%", 6.1, "%")
sent("thu nhập của gần 4.800 người lao động")
f("gần 4.800", 4800, "người lao động", "about")

# II.1 lead line
sent("giao chỉ tiêu năm 2026 cho 7 công đoàn")
f("7", 7, "công đoàn cấp trên trực tiếp cơ sở")

# Table A (Biểu 1): Kế hoạch năm 2026 (target, months null) | Thực hiện 6 tháng | Tỷ lệ (%)
TA_ROWS = [
    # printed row, unit, scale, (plan text, value), (result text, value), (rate text, value), ind
    ("1 | Kết nạp đoàn viên mới | Người | 16.000 | 9.284 | 58,0", "người", 1, "new_members"),
    (
        "2 | Thành lập CĐCS mới | CĐCS | 90 | 52 | 57,8",
        "công đoàn cơ sở",
        1,
        "new_grassroots_unions",
    ),
    (
        "3 | Giới thiệu ĐV ưu tú cho Đảng | Người | 2.400 | 1.318 | 54,9",
        "người",
        1,
        "party_referrals",
    ),
    ("4 | DN tổ chức hội nghị NLĐ | % | 95 | 92,6 | 97,5", "%", 1, "worker_conferences_rate"),
    (
        "5 | Tập huấn cán bộ công đoàn | Lượt người | 9.000 | 5.126 | 57,0",
        "lượt người",
        1,
        "officials_trained",
    ),
    ("6 | Hỗ trợ nhà “Mái ấm Công đoàn” | Nhà | 40 | 17 | 42,5", "nhà", 1, "union_houses"),
    ("7 | Ký kết thỏa ước LĐTT mới | Bản | 320 | 174 | 54,4", "bản", 1, "collective_agreements"),
    (
        "8 | Thu kinh phí công đoàn | Triệu đồng | 196.000 | 101.480 | 51,8",
        "đồng",
        M,
        "union_finance",
    ),
    (
        "9 | Thu đoàn phí công đoàn | Triệu đồng | 42.500 | 21.615 | 50,9",
        "đồng",
        M,
        "union_finance",
    ),
]


def num(text):
    return float(text.replace(".", "").replace(",", "."))


for printed_row, unit, scale, ind in TA_ROWS:
    row(printed_row)
    plan, res, pct = printed_row.split(" | ")[3:]
    f(plan, num(plan) * scale, unit, kind=T, indicator=ind, months=None)
    f(res, num(res) * scale, unit, indicator=ind)
    f(pct, num(pct), "%", indicator=ind)

sent("Sau 6 tháng, 8/9 chỉ tiêu")
f("8/9", 8, "chỉ tiêu", den=9)
f("50%", 50, "%", "at_least")
f("42,5%", 42.5, "%", indicator="union_houses")

# II.2
sent("tổ chức 864 buổi")
f("864", 864, "buổi")
f("hơn 72.000", 72000, "lượt đoàn viên", "over")

# II.3
sent("3.182/3.436 doanh nghiệp")
f("3.182/3.436", 3182, "doanh nghiệp", den=3436)
f("92,6%", 92.6, "%", indicator="worker_conferences_rate")
f("100%", 100, "%", indicator="worker_conferences_rate")
sent("đối thoại định kỳ tại 2.415 doanh nghiệp")
f("2.415", 2415, "doanh nghiệp")
f("70,3%", 70.3, "%", indicator="dialogue_rate")
f("174", 174, "bản", indicator="collective_agreements")
# the paragraph indented by a leading tab
sent("xảy ra 3 cuộc ngừng việc tập thể")
f("3", 3, "cuộc", indicator="strikes")
f("khoảng 1.150", 1150, "người lao động", "about")
f("2", 2, "cuộc")
sent("tư vấn cho 1.960 lượt")
f("1.960", 1960, "lượt người lao động")
f("23", 23, "người lao động")
f("hơn 2,3 tỷ đồng", 2.3 * B, "đồng", "over")

# II.4 Tết Bính Ngọ 2026: one event, months null
sent("tặng 86.450 suất quà")
f("86.450", 86450, "suất quà", indicator="tet_beneficiaries", months=None)
f("hơn 68,2 tỷ đồng", 68.2 * B, "đồng", "over", indicator="welfare_spending", months=None)
f("8.120", 8120, "suất", months=None)
sent("Chương trình “Tết Sum vầy” năm 2026")
f("6", 6, "điểm", months=None)
f("1.200", 1200, "suất quà", months=None)
f("2.350", 2350, "vé", months=None)
# the rest of II.4 ("Trong 6 tháng, …")
sent("trợ cấp 3.215 lượt đoàn viên")
f("3.215", 3215, "lượt đoàn viên")
f("gần 2,9 tỷ đồng", 2.9 * B, "đồng", "about", indicator="welfare_spending")
f("17", 17, "nhà", indicator="union_houses")
f("1,19 tỷ đồng", 1.19 * B, "đồng", indicator="welfare_spending")
sent("giải ngân 14,5 tỷ đồng")
f("14,5 tỷ đồng", 14.5 * B, "đồng", indicator="worker_loans")
f("386", 386, "lượt đoàn viên")

# II.5
sent("kết nạp 9.284 đoàn viên")
f("9.284", 9284, "đoàn viên", indicator="new_members")
f("58,0%", 58.0, "%", indicator="new_members")
f("52", 52, "công đoàn cơ sở", indicator="new_grassroots_unions")
f("3.906", 3906, "đoàn viên")
f("57,8%", 57.8, "%", indicator="new_grassroots_unions")
sent("61 CĐCS đã thôi hoạt động")
f("61", 61, "công đoàn cơ sở")

# leader lines, lead line "… đến ngày 30/6/2026:"
line("Số công đoàn cấp trên trực tiếp cơ sở", "7 đơn vị")
f("7", 7, "đơn vị")
line("Số công đoàn cơ sở", "4.126 CĐCS")
f("4.126", 4126, "công đoàn cơ sở", indicator="grassroots_unions")
line("Trong đó CĐCS khu vực doanh nghiệp", "2.964 CĐCS")
f("2.964", 2964, "công đoàn cơ sở")
line("Tổng số đoàn viên", "452.580 người")
f("452.580", 452580, "người", indicator="members")
line("Trong đó đoàn viên nữ", "265.406 người")
f("265.406", 265406, "người")
line("Số cán bộ công đoàn chuyên trách", "138 người")
f("138", 138, "người")

# Table B: Đoàn viên 31/12/2025 (2025, months null) | Kết nạp mới 6 tháng | Đoàn viên 30/6/2026
TB_ROWS = [
    ("1 | Công đoàn Khu kinh tế Hải Phòng | 168.420 | 3.126 | 170.215", True),
    ("| - Nữ | 101.380 | 1.942 | 102.694", False),
    ("2 | Công đoàn các Khu công nghiệp khu vực Hải Dương (cũ) | 92.560 | 2.318 | 93.402", True),
    ("3 | Công đoàn Viên chức thành phố | 21.340 | 205 | 21.118", True),
    ("4 | Công đoàn ngành Giáo dục | 48.915 | 412 | 48.760", True),
    ("5 | Công đoàn ngành Y tế | 17.280 | 236 | 17.335", True),
    ("6 | Công đoàn ngành Xây dựng | 9.415 | 318 | 9.502", True),
    ("7 | Công đoàn ngành Giao thông vận tải | 11.806 | 287 | 11.870", True),
    ("8 | CĐCS trực thuộc khu vực Hải Phòng (cũ) | 38.112 | 1.406 | 38.975", True),
    ("9 | CĐCS trực thuộc khu vực Hải Dương (cũ) | 41.650 | 976 | 41.403", True),
    ("| Tổng cộng | 449.498 | 9.284 | 452.580", True),
    ("| - Nữ | 262.940 | 5.318 | 265.406", False),
]
for printed_row, whole in TB_ROWS:
    row(printed_row)
    old, new, now = printed_row.split(" | ")[-3:]
    f(
        old,
        int(num(old)),
        "đoàn viên",
        indicator="members" if whole else None,
        per="2025",
        months=None,
    )
    f(new, int(num(new)), "đoàn viên", indicator="new_members" if whole else None)
    f(now, int(num(now)), "đoàn viên", indicator="members" if whole else None)

sent("kết nạp 5.444 đoàn viên")
f("5.444", 5444, "đoàn viên", indicator="new_members")
f("58,6%", 58.6, "%")
sent("giới thiệu 1.318 đoàn viên ưu tú")
f("1.318", 1318, "đoàn viên", indicator="party_referrals")
f("642", 642, "đồng chí")
sent("tổ chức 58 lớp tập huấn")
f("58", 58, "lớp tập huấn", indicator="officials_trained")
f("5.126", 5126, "lượt cán bộ công đoàn", indicator="officials_trained")
f("21", 21, "lớp")

# II.6 "Label:⇥value" lines, lead line "Kết quả thu tài chính công đoàn 6 tháng đầu năm 2026:"
line("Thu kinh phí công đoàn:", "101.480 triệu đồng")
f("101.480 triệu đồng", 101480 * M, "đồng", indicator="union_finance")
line("Thu đoàn phí công đoàn:", "21.615 triệu đồng")
f("21.615 triệu đồng", 21615 * M, "đồng", indicator="union_finance")
line("Thu khác:", "2.308 triệu đồng")
f("2.308 triệu đồng", 2308 * M, "đồng", indicator="union_finance")
sent("Tổng thu tài chính công đoàn đạt 125.403")
f("125.403 triệu đồng", 125403 * M, "đồng", indicator="union_finance")
f("52,1%", 52.1, "%", indicator="union_finance")
f("44,6%", 44.6, "%")

# II.7 Hạn chế
sent("còn khoảng 1.240 doanh nghiệp")
f("khoảng 1.240", 1240, "doanh nghiệp", "about")

# III. Nhiệm vụ trọng tâm 6 tháng cuối năm 2026: targets of the second half
period("2026", H2)
sent("Một là, phấn đấu kết nạp thêm")
f("ít nhất 6.800", 6800, "đoàn viên", "at_least", T, "new_members")
f("tối thiểu 40", 40, "công đoàn cơ sở", "at_least", T, "new_grassroots_unions")
f("1.100", 1100, "đoàn viên", kind=T, indicator="party_referrals")
sent("Hai là, hoàn thành hỗ trợ xây dựng 23 nhà")
f("23", 23, "nhà", kind=T, indicator="union_houses")
f("khoảng 4.000", 4000, "lượt cán bộ công đoàn", "about", T, "officials_trained")
f("100%", 100, "%", kind=T)
sent("Ba là, phấn đấu đến cuối năm")
f(
    "100%", 100, "%", kind=T, indicator="union_finance", months=None
)  # "đến cuối năm": the year's goal
sent("Bốn là, tổ chức các hoạt động kỷ niệm")
f("ít nhất 300", 300, "sáng kiến", "at_least", T, "initiatives")

# references
ref("Hướng dẫn số 21/HD-TLĐ", "21/HD-TLĐ", "Hướng dẫn", "2026-06-05")
ref("Nghị quyết số 202/2025/QH15", "202/2025/QH15", "Nghị quyết", "2025-06-12")
ref("Nghị quyết số 02-NQ/TW", "02-NQ/TW", "Nghị quyết", "2021-06-12")
ref("Nghị quyết số 02-NQ/TW", "50/2024/QH15", "Luật", None)
ref("Kế hoạch số 142/KH-LĐLĐ", "142/KH-LĐLĐ", "Kế hoạch", "2025-11-20")
ref("Nghị định số 178/2024/NĐ-CP", "178/2024/NĐ-CP", "Nghị định", "2024-12-31")
ref("Nghị quyết số 57-NQ/TW", "57-NQ/TW", "Nghị quyết", "2024-12-22")

# ===========================================================================
# stats.txt (Tết Bính Ngọ 2026 care by unit): one event, months null throughout
# ===========================================================================
doc("stats", "2026", None)

sent("tặng 86.450 suất quà")
f("86.450", 86450, "suất quà", indicator="tet_beneficiaries")
f("68.214 triệu đồng", 68214 * M, "đồng", indicator="welfare_spending")
sent("Trong đó, 31.640 suất quà")
f("31.640", 31640, "suất quà")

# the tab-separated table: Số suất quà | Số tiền (triệu đồng) | Ghi chú
TS_ROWS = [
    "1 | Công đoàn Khu kinh tế Hải Phòng | 24.860 | 22.540",
    "2 | Công đoàn các KCN khu vực Hải Dương (cũ) | 15.420 | 13.861 | Báo cáo bổ sung ngày 05/3/2026",
    "3 | Công đoàn Viên chức thành phố | 3.150 | 1.890",
    "4 | Công đoàn ngành Giáo dục | 6.820 | 4.092",
    "5 | Công đoàn ngành Y tế | 2.940 | 1.764",
    "6 | Công đoàn ngành Xây dựng | 1.950 | | Chưa báo cáo số tiền",
    "7 | Công đoàn ngành Giao thông vận tải | 2.310 | 1.617",
    "8 | CĐCS trực thuộc khu vực Hải Phòng (cũ) | 9.800 | 6.370",
    "9 | CĐCS trực thuộc khu vực Hải Dương (cũ) | 7.200 | 4.680",
    "10 | Liên đoàn Lao động thành phố | 12.000 | 11.400 | Gồm 1.200 suất “Tết Sum vầy”",
    "| Cộng | 86.450 | 68.214",
]
for printed_row in TS_ROWS:
    row(printed_row)
    cells = [c.strip() for c in printed_row.split("|")]
    gifts, money = cells[2], cells[3] if len(cells) > 3 else ""
    f(gifts, int(num(gifts)), "suất quà", indicator="tet_beneficiaries")
    if money:
        f(money, int(num(money)) * M, "đồng", indicator="welfare_spending")
    if "1.200 suất" in printed_row:
        f("1.200", 1200, "suất")  # in the Ghi chú cell: a part of the row's 12.000

sent("Ngoài ra, Chương trình “Tết Sum vầy”")
f("2.350", 2350, "vé")
f("14", 14, "doanh nghiệp")
f("khoảng 3.000", 3000, "suất quà", "about", indicator="tet_beneficiaries")
f("gần 1,5 tỷ đồng", 1.5 * B, "đồng", "about", indicator="welfare_spending")

ref("Kế hoạch số 142/KH-LĐLĐ", "142/KH-LĐLĐ", "Kế hoạch", "2025-11-20")


# ---------------------------------------------------------------------------
def clean(v):
    """Money products like 9.4 * 1e6 -> exact integers; keep decimals of rates."""
    if isinstance(v, float) and abs(v - round(v)) < 1e-6 and abs(v) >= 1000:
        return int(round(v))
    if isinstance(v, float) and abs(v - round(v)) < 1e-9:
        return int(round(v))
    if isinstance(v, float):
        return round(v, 4)
    return v


def write():
    order = {
        f"{REL}/report.docx": 0,
        f"{REL}/report.pdf": 1,
        f"{REL}/stats.txt": 2,
    }

    def expand(records):
        out = []
        for r in records:
            copies = [r["doc"]]
            if r["doc"].endswith(".docx"):
                copies.append(r["doc"][: -len("docx")] + "pdf")
            for d in copies:
                r2 = dict(r)
                r2["doc"] = d
                if "value" in r2:
                    r2["value"] = clean(r["value"])
                out.append(r2)
        return sorted(out, key=lambda r: order[r["doc"]])

    figs, refs = expand(FIG), expand(REF)
    with open(HERE / "figures.jsonl", "w", encoding="utf-8") as fh:
        for r in figs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "references.jsonl", "w", encoding="utf-8") as fh:
        for r in refs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(figs), "figures,", len(refs), "references")


if __name__ == "__main__":
    write()
