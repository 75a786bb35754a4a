"""heldout23 labels: writes figures.jsonl and references.jsonl.

Written by hand, blind to the tagger, by reading the pages as a reader of the site would and the
text the project's reader keeps of them (sentences.json, written by read_pages.py from
`ingest.read_file(...).text` split by `nlp.sentences.split_sentences`; this script imports
nothing of the project).

- `sent(frag)`: the one ingested sentence of the current document that holds `frag`.
- `absent(sentence)`: a sentence of the STORY as published on the page that the reader dropped
  (no ingested sentence holds it); its records carry `"absent": true`. The script checks that it
  is in the page (tags stripped, whitespace folded) and not in the ingested text.
- Furniture (menus, sidebars, related news, comments, counters, footers, ads, "Đọc thêm") gets
  no record, also where the reader kept it.

Run:  /work/main/.venv/bin/python bench/gold/heldout23/make_labels.py
"""

import html
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SENTS = json.loads((HERE / "sentences.json").read_text(encoding="utf-8"))
PORTAL = "bench/gold/heldout23/portal.html"
BLOG = "bench/gold/heldout23/blog.html"
NEWS = "bench/gold/heldout23/newspaper.html"
NOTICE = "bench/gold/heldout23/notice.html"
PDF = "bench/gold/heldout23/bao-cao.pdf"

FIG, REF = [], []
_ctx = {}


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def page_text(doc):
    """The page's visible text, roughly: tags stripped, entities decoded, whitespace folded."""
    raw = (HERE / Path(doc).name).read_text(encoding="utf-8")
    raw = re.sub(r"(?s)<(script|style|head)\b.*?</\1>", " ", raw)
    return fold(html.unescape(re.sub(r"<[^>]+>", " ", raw)))


def doc(name):
    _ctx.update(doc=name)


def period(p, months=None):
    _ctx.update(period=p, months=months)


def sent(frag):
    hits = [s for s in SENTS[_ctx["doc"]] if frag in s]
    assert len(hits) == 1, (frag, hits)
    _ctx.update(sentence=hits[0], absent=False)


def absent(sentence):
    assert not any(sentence[:40] in s for s in SENTS[_ctx["doc"]]), sentence
    assert fold(sentence) in page_text(_ctx["doc"]), sentence
    _ctx.update(sentence=sentence, absent=True)


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
        "months": _ctx["months"],
    }
    if _ctx["absent"]:
        rec["absent"] = True
    FIG.append(rec)


def ref(frag, id_, type_, date):
    hits = [s for s in SENTS[_ctx["doc"]] if frag in s]
    assert len(hits) == 1, (frag, hits)
    REF.append({"doc": _ctx["doc"], "sentence": hits[0], "id": id_, "type": type_, "date": date})


T, A = "target", "achievement"
M = 1_000_000
B = 1_000_000_000
CDCS = "công đoàn cơ sở"
DV = "đoàn viên"
LCB = "lượt cán bộ công đoàn"

# ============================================================================================
# portal.html: LĐLĐ tỉnh Tây Ninh, year-end conference 2026 (Cổng thông tin điện tử)
# ============================================================================================
doc(PORTAL)
ref("Nghị quyết số 202/2025/QH15", "202/2025/QH15", "Nghị quyết", "2025-06-12")
ref("Bám sát Nghị quyết số 02-NQ/TW", "02-NQ/TW", "Nghị quyết", "2021-06-12")
# not labelled: the "Văn bản mới" sidebar the reader kept (1085/LĐLĐ, 96/KH-LĐLĐ,
# 412/TB-LĐLĐ, 88/HD-LĐLĐ): furniture

period("2026", "01-11")  # "Tính đến ngày 30/11/2026": its own sentence only
sent("Tính đến ngày 30/11/2026, toàn tỉnh có 3.284")
f("3.284", 3284, CDCS, indicator="grassroots_unions")
f("412.650", 412650, DV, indicator="members")

period("2026")
sent("kết nạp mới 16.820 đoàn viên")
f("16.820", 16820, DV, indicator="new_members")
f("105,1%", 105.1, "%", indicator="new_members")
f("97", 97, CDCS, indicator="new_grassroots_unions")
f("21,3%", 21.3, "%", indicator="new_grassroots_unions")  # "vượt 21,3% chỉ tiêu"

sent("đã trao 68.450 suất quà")  # Tết Bính Ngọ 2026: a Tết, months null
f("68.450", 68450, "suất quà", indicator="tet_beneficiaries")
f("hơn 41,2 tỷ đồng", 41.2 * B, "đồng", "over", indicator="welfare_spending")
f("36", 36, "chuyến")
f("gần 1.900", 1900, "công nhân", "about")

sent("sửa chữa 58 nhà")
f("58", 58, "nhà", indicator="union_houses")
f("3,48 tỷ đồng", 3.48 * B, "đồng", indicator="welfare_spending")
f("1.245", 1245, "lượt đoàn viên")
f("trên 1,9 tỷ đồng", 1.9 * B, "đồng", "over", indicator="welfare_spending")

sent("1.862/2.015 doanh nghiệp")
f("100%", 100, "%", indicator="worker_conferences_rate")
f("1.862/2.015", 1862, "doanh nghiệp", den=2015)
f("92,4%", 92.4, "%", indicator="worker_conferences_rate")

sent("tham gia 2.140 cuộc đối thoại")
f("2.140", 2140, "cuộc")
f("326", 326, "bản", indicator="collective_agreements")
f("64,7%", 64.7, "%", indicator="collective_agreements")

sent("xảy ra 4 cuộc ngừng việc tập thể")
f("4", 4, "cuộc", indicator="strikes")

sent("có 3.615 sáng kiến")
f("3.615", 3615, "sáng kiến", indicator="initiatives")
f("trên 86 tỷ đồng", 86 * B, "đồng", "over")

sent("giới thiệu 1.426 đoàn viên ưu tú")
f("1.426", 1426, DV, indicator="party_referrals")
f("142", 142, "lớp tập huấn")
f("9.870", 9870, LCB, indicator="officials_trained")

sent("Tổng thu tài chính công đoàn ước đạt 246,5")
f("ước đạt 246,5 tỷ đồng", 246.5 * B, "đồng", "about", indicator="union_finance")
f("103,2%", 103.2, "%", indicator="union_finance")

# the table: "Kết nạp đoàn viên mới" (the year), "Suất quà Tết Bính Ngọ 2026", "Kinh phí chăm
# lo Tết (triệu đồng)"; a year's and a Tết's figures, months null
for name, new, gifts, money in [
    ("Công đoàn các Khu công nghiệp tỉnh", "7.240", "21.600", "12.850"),
    ("Công đoàn Khu kinh tế tỉnh", "1.315", "4.120", "2.470,5"),
    ("Công đoàn Viên chức tỉnh", "864", "2.380", "1.190"),
    ("Công đoàn ngành Giáo dục", "1.026", "3.150", "1.575"),
    ("Công đoàn ngành Y tế", "712", "1.960", "980"),
]:
    sent(f"| {name} | {new} | {gifts} | {money} |")
    f(new, int(new.replace(".", "")), DV, indicator="new_members")
    f(gifts, int(gifts.replace(".", "")), "suất quà", indicator="tet_beneficiaries")
    f(
        money,
        float(money.replace(".", "").replace(",", ".")) * M,
        "đồng",
        indicator="welfare_spending",
    )

sent("vẫn còn 312 doanh nghiệp")
f("312", 312, "doanh nghiệp")

period("2027")
sent("Năm 2027, Liên đoàn Lao động tỉnh đề ra các chỉ tiêu chủ yếu")
f("ít nhất 16.500", 16500, DV, "at_least", T, "new_members")
f("85", 85, CDCS, "at_least", T, "new_grassroots_unions")  # "từ 85 CĐCS trở lên"
f("100%", 100, "%", kind=T, indicator="worker_conferences_rate")
f("trên 70%", 70, "%", "over", T, "collective_agreements")
f("1.300", 1300, DV, kind=T, indicator="party_referrals")
f("ít nhất 5%", 5, "%", "at_least", T, "union_finance")

period("2026")
sent("tặng Bằng khen cho 45 tập thể")
f("45", 45, "tập thể")
f("68", 68, "cá nhân")

# ============================================================================================
# blog.html: Công đoàn ngành Y tế tỉnh Thái Nguyên, WordPress post on its year-end conference
# ============================================================================================
doc(BLOG)
ref("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15", "10/2022/QH15", "Luật", None)

period("2026")
sent("86 đại biểu")
f("86", 86, "đại biểu")

sent("hiện có 74 CĐCS")  # "hiện có", no day counted to: the year's, months null
f("74", 74, CDCS, indicator="grassroots_unions")
f("12.486", 12486, DV, indicator="members")
f("99,2%", 99.2, "%", indicator="members")  # a membership rate
f("8.915", 8915, "người")

sent("kết nạp mới 438 đoàn viên")
f("438", 438, DV, indicator="new_members")
f("109,5%", 109.5, "%", indicator="new_members")

sent("chỉ đạo 100% đơn vị")
f("100%", 100, "%", indicator="worker_conferences_rate")

sent("68/74 CĐCS")
f("68/74", 68, CDCS, den=74)
f("91,9%", 91.9, "%")  # the share rated good

sent("tặng 2.640 suất quà")
f("2.640", 2640, "suất quà", indicator="tet_beneficiaries")
f("gần 1,32 tỷ đồng", 1.32 * B, "đồng", "about", indicator="welfare_spending")
f("350", 350, "suất")  # "riêng Công đoàn ngành trao 350 suất": a part
f("500.000 đồng", 500_000, "đồng")  # per gift

sent("xây mới 3 nhà")
f("3", 3, "nhà", indicator="union_houses")
f("70 triệu đồng", 70 * M, "đồng")  # per house
f("412", 412, "lượt đoàn viên")
f("618 triệu đồng", 618 * M, "đồng", indicator="welfare_spending")

sent("toàn ngành có 127 sáng kiến")
f("127", 127, "sáng kiến", indicator="initiatives")

sent("tổ chức 6 lớp tập huấn")
f("6", 6, "lớp tập huấn")
f("485", 485, LCB, indicator="officials_trained")
f("96", 96, DV, indicator="party_referrals")
f("71", 71, "đồng chí")

sent("Thu kinh phí và đoàn phí công đoàn đạt 8,74")
f("8,74 tỷ đồng", 8.74 * B, "đồng", indicator="union_finance")
f("101,6%", 101.6, "%", indicator="union_finance")

period("2027")
sent("Năm 2027, Công đoàn ngành Y tế phấn đấu")
f("ít nhất 400", 400, DV, "at_least", T, "new_members")
f("100%", 100, "%", kind=T, indicator="worker_conferences_rate")
f("trên 90%", 90, "%", "over", T)  # the share rated good; "trở lên" qualifies the grade
f("ít nhất 1", 1, DV, "at_least", T)  # per CĐCS
f("không dưới 2.500", 2500, DV, "at_least", T, "tet_beneficiaries")  # Tết Đinh Mùi 2027

period("2026")
sent("Giấy khen cho 18 tập thể")
f("18", 18, "tập thể")
f("32", 32, "cá nhân")

# ============================================================================================
# newspaper.html: Báo Đời sống Công nhân on the year-end conference of LĐLĐ tỉnh Cà Mau
# ============================================================================================
doc(NEWS)
ref("tiếp tục thực hiện Nghị quyết số 02-NQ/TW", "02-NQ/TW", "Nghị quyết", "2021-06-12")

period("2026")
# the headline (<h1>), dropped by the reader
absent("Cà Mau: Hơn 9.600 đoàn viên được kết nạp mới trong năm 2026")
f("Hơn 9.600", 9600, DV, "over", indicator="new_members")
# the bold sapo, dropped by the reader (its first sentence has no figure)
absent(
    "Năm đầu tiên hoạt động trọn năm sau hợp nhất, toàn tỉnh kết nạp mới 9.642 đoàn viên, "
    "thành lập 58 công đoàn cơ sở."
)
f("9.642", 9642, DV, indicator="new_members")
f("58", 58, CDCS, indicator="new_grassroots_unions")

period("2026", "01-11")
sent("đến ngày 30/11/2026, Liên đoàn Lao động tỉnh Cà Mau có 1.946")
f("1.946", 1946, CDCS, indicator="grassroots_unions")
f("128.730", 128730, DV, indicator="members")
f("91,3%", 91.3, "%", indicator="members")  # members over workers: a membership rate

period("2026")
sent("Trong năm, toàn tỉnh kết nạp mới 9.642")
f("9.642", 9642, DV, indicator="new_members")
f("120,5%", 120.5, "%", indicator="new_members")
f("58", 58, CDCS, indicator="new_grassroots_unions")
f("41", 41, CDCS)  # a part

# the caption of the first photo (<figcaption>), dropped by the reader: story text (heldout5)
absent(
    "Lãnh đạo Liên đoàn Lao động tỉnh Cà Mau trao Bằng khen cho 24 tập thể và 37 cá nhân có "
    "thành tích xuất sắc năm 2026."
)
f("24", 24, "tập thể")
f("37", 37, "cá nhân")

sent("742/798 doanh nghiệp")
f("742/798", 742, "doanh nghiệp", den=798)
f("93%", 93, "%", indicator="dialogue_rate")
f("412", 412, "doanh nghiệp", indicator="collective_agreements")
f("51,6%", 51.6, "%", indicator="collective_agreements")

sent("trao 41.380 suất quà")  # Tết: months null
f("41.380", 41380, "suất quà", indicator="tet_beneficiaries")
f("23,6 tỷ đồng", 23.6 * B, "đồng", indicator="welfare_spending")
f("18", 18, "chuyến")
f("1.240", 1240, "công nhân")

sent("Quỹ Xã hội Công đoàn tỉnh vận động được 4,2")
f("4,2 tỷ đồng", 4.2 * B, "đồng", indicator="donations")
f("52", 52, "nhà", indicator="union_houses")
f("60", 60 * M, "đồng", "at_least")  # "từ 60 đến 80 triệu đồng" per house
f("80 triệu đồng", 80 * M, "đồng", "at_most")

sent("xảy ra 2 cuộc ngừng việc tập thể")
f("2", 2, "cuộc", indicator="strikes")

sent("tư vấn pháp luật cho 5.310")
f("5.310", 5310, "lượt người lao động")
f("14", 14, "vụ")
f("hơn 1,1 tỷ đồng", 1.1 * B, "đồng", "over")

sent("có 1.874 sáng kiến")
f("1.874", 1874, "sáng kiến", indicator="initiatives")
f("trên 52 tỷ đồng", 52 * B, "đồng", "over")

sent("giới thiệu 724 đoàn viên ưu tú")
f("724", 724, DV, indicator="party_referrals")
f("518", 518, "đồng chí")

sent("Tổng thu tài chính công đoàn ước đạt 118,4")
f("ước đạt 118,4 tỷ đồng", 118.4 * B, "đồng", "about", indicator="union_finance")
f("6,8%", 6.8, "%", indicator="union_finance")  # "vượt 6,8% dự toán"

period("2027")
sent("Năm 2027, Liên đoàn Lao động tỉnh Cà Mau đặt mục tiêu")
f("9.000", 9000, DV, kind=T, indicator="new_members")
f("ít nhất 45", 45, CDCS, "at_least", T, "new_grassroots_unions")
f("95%", 95, "%", kind=T, indicator="dialogue_rate")
f("55%", 55, "%", kind=T, indicator="collective_agreements")
f("40", 40, "nhà", kind=T, indicator="union_houses")

# ============================================================================================
# notice.html: a notice linking to the report; no figure of its own
# ============================================================================================
doc(NOTICE)
ref("Báo cáo số 625/BC-LĐLĐ", "625/BC-LĐLĐ", "other", "2026-12-21")

# ============================================================================================
# bao-cao.pdf: year-end 2026 report of LĐLĐ thành phố Huế, Số 625/BC-LĐLĐ
# ============================================================================================
doc(PDF)
ref("Kế hoạch số 112/KH-LĐLĐ", "112/KH-LĐLĐ", "Kế hoạch", "2026-01-15")
ref("Luật Công đoàn số 50/2024/QH15", "50/2024/QH15", "Luật", None)
ref("Bộ luật Lao động số 45/2019/QH14", "45/2019/QH14", "Luật", None)
ref("Tiếp tục thực hiện Nghị quyết số 02-NQ/TW", "02-NQ/TW", "Nghị quyết", "2021-06-12")

period("2026")
sent("thu nhập bình quân của người lao động ước đạt 7,9")
f("ước đạt 7,9 triệu đồng", 7.9 * M, "đồng", "about")
f("6,2%", 6.2, "%")

period("2026", "01-11")
sent("Tính đến ngày 30/11/2026, toàn thành phố có 1.312")
f("1.312", 1312, CDCS, indicator="grassroots_unions")
f("86.540", 86540, DV, indicator="members")
f("54,6%", 54.6, "%")
f("7", 7, "công đoàn")

period("2026")
sent("tổ chức 1.126 buổi")
f("1.126", 1126, "buổi")
f("hơn 72.000", 72000, "lượt đoàn viên", "over")

sent("612/648 doanh nghiệp")  # the heading "2. Công tác đại diện …" runs into it
f("100%", 100, "%", indicator="worker_conferences_rate")
f("612/648", 612, "doanh nghiệp", den=648)
f("94,4%", 94.4, "%", indicator="worker_conferences_rate")

sent("tham gia 1.540 cuộc đối thoại")
f("1.540", 1540, "cuộc")
f("138", 138, "bản", indicator="collective_agreements")

sent("trao 27.860 suất quà")  # Tết: months null
f("27.860", 27860, "suất quà", indicator="tet_beneficiaries")
f("15,3 tỷ đồng", 15.3 * B, "đồng", indicator="welfare_spending")
f("820", 820, "công nhân")

sent("sửa chữa 29 nhà")
f("29", 29, "nhà", indicator="union_houses")
f("1,74 tỷ đồng", 1.74 * B, "đồng", indicator="welfare_spending")
f("936", 936, "lượt đoàn viên")
f("1,12 tỷ đồng", 1.12 * B, "đồng", indicator="welfare_spending")

sent("kết nạp mới 5.214 đoàn viên")
f("5.214", 5214, DV, indicator="new_members")
f("104,3%", 104.3, "%", indicator="new_members")
f("36", 36, CDCS, indicator="new_grassroots_unions")
f("120%", 120, "%", indicator="new_grassroots_unions")

sent("1.086/1.312 CĐCS")
f("1.086/1.312", 1086, CDCS, den=1312)
f("82,8%", 82.8, "%")  # the share rated good

sent("mở 48 lớp tập huấn")
f("48", 48, "lớp tập huấn")
f("3.450", 3450, LCB, indicator="officials_trained")
f("584", 584, DV, indicator="party_referrals")

sent("có 1.238 sáng kiến")
f("1.238", 1238, "sáng kiến", indicator="initiatives")
f("hơn 34 tỷ đồng", 34 * B, "đồng", "over")

sent("Thu kinh phí công đoàn ước đạt 78,6")
f("ước đạt 78,6 tỷ đồng", 78.6 * B, "đồng", "about", indicator="union_finance")
f("102,4%", 102.4, "%", indicator="union_finance")
f("38,5%", 38.5, "%")  # a share of spending

# the ruled table: "Kế hoạch năm 2026" cells targets, "Thực hiện" and "Tỷ lệ (%)" cells
# achievements (heldout22 call 1); units from the unit column, "Triệu đồng" x 1e6
for row, unit, ind in [
    ("1 | Kết nạp đoàn viên mới | Đoàn viên | 5.000 | 5.214 | 104,3", DV, "new_members"),
    ("2 | Thành lập mới CĐCS | CĐCS | 30 | 36 | 120,0", CDCS, "new_grassroots_unions"),
    (
        "3 | Doanh nghiệp có CĐCS tổ chức hội nghị người lao động | % | 90 | 94,4 | 104,9",
        "%",
        "worker_conferences_rate",
    ),
    (
        "4 | Tập huấn cán bộ công đoàn | Lượt người | 3.200 | 3.450 | 107,8",
        "lượt người",
        "officials_trained",
    ),
    (
        "5 | Giới thiệu đoàn viên ưu tú cho Đảng | Người | 550 | 584 | 106,2",
        "người",
        "party_referrals",
    ),
    ("6 | Xây mới, sửa chữa nhà “Mái ấm Công đoàn” | Nhà | 25 | 29 | 116,0", "nhà", "union_houses"),
    ("7 | Thu kinh phí công đoàn | Triệu đồng | 76.760 | 78.600 | 102,4", "đồng", "union_finance"),
]:
    sent(row)
    plan, done, rate = row.split(" | ")[3:]
    scale = M if unit == "đồng" else 1
    for text, kind, u in ((plan, T, unit), (done, A, unit), (rate, A, "%")):
        v = float(text.replace(".", "").replace(",", "."))
        f(text, v * (scale if u == "đồng" else 1), u, kind=kind, indicator=ind)

sent("còn 87 doanh nghiệp")
f("87", 87, "doanh nghiệp")
f("khoảng 3,2 tỷ đồng", 3.2 * B, "đồng", "about")  # arrears, not the union's revenue

period("2027")  # "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027", "các chỉ tiêu chủ yếu năm 2027"
sent("- Kết nạp mới ít nhất 5.200")
f("ít nhất 5.200", 5200, DV, "at_least", T, "new_members")
f("30", 30, CDCS, "at_least", T, "new_grassroots_unions")  # "từ 30 CĐCS trở lên"
sent("- Trên 95% doanh nghiệp")
f("Trên 95%", 95, "%", "over", T, "worker_conferences_rate")
f("60%", 60, "%", kind=T, indicator="collective_agreements")
sent("- Tập huấn cho 3.500")
f("3.500", 3500, LCB, kind=T, indicator="officials_trained")
f("600", 600, DV, kind=T, indicator="party_referrals")
sent("- Chăm lo Tết Đinh Mùi 2027")
f("không dưới 28.000", 28000, DV, "at_least", T, "tet_beneficiaries")
f("không dưới 80 tỷ đồng", 80 * B, "đồng", "at_least", T, "union_finance")


def main():
    with open(HERE / "figures.jsonl", "w", encoding="utf-8") as out:
        for r in FIG:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "references.jsonl", "w", encoding="utf-8") as out:
        for r in REF:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(FIG), "figures;", len(REF), "references")


if __name__ == "__main__":
    main()
