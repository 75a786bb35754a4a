"""heldout24 labels: writes figures.jsonl and references.jsonl.

Written by hand, blind to the tagger, by reading each page as a careful reader of the story
would (headline, lead, body, captions, the story's table, list and quotes; the site's furniture
gets no record) and the text the project's reader gives for it (ingested/*.txt and
sentences.json, written by read_pages.py).

- A story sentence in the ingested text: `sentence` is found by a fragment that must lie in
  exactly one of that page's sentences (sentences.json: `split_sentences` of the text).
- A story sentence the reader dropped: `sentence` is the sentence as published, and the record
  ends with "absent": true (README "absent"); the script checks that it is NOT in the text.

Run:  /work/main/.venv/bin/python bench/gold/heldout24/make_labels.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = "bench/gold/heldout24/"
JOOMLA, NATIONAL, DISTRICT, PAGED = (
    D + n for n in ("joomla.html", "national.html", "district.html", "paged.html")
)
SENTS = json.loads((HERE / "sentences.json").read_text(encoding="utf-8"))

FIG, REF = [], []
_ctx = {}


def doc(name):
    _ctx.update(doc=name)


def period(p, months=None):
    _ctx.update(period=p, months=months)


def sent(frag):
    hits = [s for s in SENTS[_ctx["doc"]] if frag in s]
    assert len(hits) == 1, (frag, hits)
    _ctx.update(sentence=hits[0], absent=False)


def absent(published):
    """A story sentence as published, which the ingested text does not hold."""
    assert not any(published in s or s in published for s in SENTS[_ctx["doc"]]), published
    _ctx.update(sentence=published, absent=True)


def f(text, value, unit, qualifier="exact", kind="achievement", indicator=None, *, den=None):
    assert text in _ctx["sentence"], (text, _ctx["sentence"])
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


def vn(s):
    return float(s.replace(".", "").replace(",", "."))


T, A = "target", "achievement"
M = 1_000_000
B = 1_000_000_000
CDCS = "công đoàn cơ sở"
DV = "đoàn viên"

# ============================================================================================
# joomla.html: LĐLĐ tỉnh Nghệ An, year-end conference on 2025 (published 15/01/2026)
# ============================================================================================
doc(JOOMLA)
period("2025")

# the story's headline is the <h2 itemprop="headline"> of .item-page (the site name is the h1)
absent("LĐLĐ tỉnh Nghệ An: Năm 2025 kết nạp mới 6.520 đoàn viên, thành lập 47 CĐCS")
f("6.520", 6520, DV, indicator="new_members")
f("47", 47, CDCS, indicator="new_grassroots_unions")

sent("Năm qua, các cấp công đoàn trong tỉnh đã chăm lo")
f("hơn 182.000", 182000, "lượt đoàn viên", "over")
f("trên 96 tỷ đồng", 96 * B, "đồng", "over", indicator="welfare_spending")

ref("Kế hoạch số 112/KH-LĐLĐ", "112/KH-LĐLĐ", "Kế hoạch", "2025-07-05")

sent("Tính đến ngày 31/12/2025, toàn tỉnh có 2.486")  # to 31/12: months null
f("2.486", 2486, CDCS, indicator="grassroots_unions")
f("171.340", 171340, DV, indicator="members")

sent("đã kết nạp mới 6.520 đoàn viên, đạt 108,7%")
f("6.520", 6520, DV, indicator="new_members")
f("108,7%", 108.7, "%", indicator="new_members")
f("47", 47, CDCS, indicator="new_grassroots_unions")

sent("Qua đánh giá, có 2.147/2.486")
f("2.147/2.486", 2147, CDCS, den=2486)  # the share rated good, "trở lên" qualifies the grade
f("86,4%", 86.4, "%")

# the story's table: "TT | Đơn vị | Số đoàn viên | Kết nạp mới" (TT numbers are no figures)
for frag in [
    "| 1 | Công đoàn ngành Giáo dục |",
    "| 2 | Công đoàn ngành Y tế |",
    "| 3 | Công đoàn Viên chức tỉnh |",
    "| 4 | Công đoàn Khu kinh tế Đông Nam |",
    "| 5 | CĐCS trực thuộc LĐLĐ tỉnh |",
    "| | Cộng |",
]:
    sent(frag)
    cells = [c.strip() for c in _ctx["sentence"].strip("| ").split("|")]
    f(cells[-2], int(vn(cells[-2])), DV, indicator="members")
    f(cells[-1], int(vn(cells[-1])), DV, indicator="new_members")

sent("đã trao 38.460 suất quà")  # Tết Ất Tỵ 2025 (January 2025): period 2025, months null
f("38.460", 38460, "suất quà", indicator="tet_beneficiaries")
f("27,6 tỷ đồng", 27.6 * B, "đồng", indicator="welfare_spending")
f("12", 12, "chuyến")
f("gần 600", 600, "công nhân", "about", indicator="tet_beneficiaries")

sent("sửa chữa 86 nhà")
f("86", 86, "nhà", indicator="union_houses")
f("4,3 tỷ đồng", 4.3 * B, "đồng", indicator="welfare_spending")
f("50", 50 * M, "đồng", "at_least")  # "từ 50 đến 70 triệu đồng" per house
f("70 triệu đồng", 70 * M, "đồng", "at_most")

sent("100% cơ quan, đơn vị hành chính, sự nghiệp")
f("100%", 100, "%", indicator="worker_conferences_rate")
f("1.318/1.452", 1318, "doanh nghiệp", den=1452)
f("90,8%", 90.8, "%", indicator="worker_conferences_rate")

ref("Bộ luật Lao động số 45/2019/QH14", "45/2019/QH14", "Luật", None)
sent("phối hợp tổ chức 1.206 cuộc")
f("1.206", 1206, "cuộc")
f("214", 214, "bản", indicator="collective_agreements")
f("68,5%", 68.5, "%", indicator="collective_agreements")

sent("xảy ra 2 cuộc ngừng việc")
f("2", 2, "cuộc", indicator="strikes")

sent("giới thiệu 1.085 đoàn viên")
f("1.085", 1085, DV, indicator="party_referrals")
f("812", 812, "đồng chí")
f("46", 46, "lớp tập huấn")
f("4.230", 4230, "lượt cán bộ công đoàn", indicator="officials_trained")

sent("có 3.915 sáng kiến")
f("3.915", 3915, "sáng kiến", indicator="initiatives")

sent("Thu kinh phí công đoàn đạt 142,8")
f("142,8 tỷ đồng", 142.8 * B, "đồng", indicator="union_finance")
f("103,2%", 103.2, "%", indicator="union_finance")
f("31,5 tỷ đồng", 31.5 * B, "đồng", indicator="union_finance")

ref("Nghị quyết số 02-NQ/TW", "02-NQ/TW", "Nghị quyết", "2021-06-12")
ref("LĐLĐ tỉnh đặt ra các chỉ tiêu chủ yếu", "50/2024/QH15", "Luật", None)
period("2026")
sent("LĐLĐ tỉnh đặt ra các chỉ tiêu chủ yếu")
f("ít nhất 6.000", 6000, DV, "at_least", T, "new_members")
f("40", 40, CDCS, "at_least", T, "new_grassroots_unions")  # "từ 40 CĐCS trở lên"
f("100%", 100, "%", "exact", T, "worker_conferences_rate")
f("trên 92%", 92, "%", "over", T, "worker_conferences_rate")
f("1.000", 1000, DV, "exact", T, "party_referrals")
f("105%", 105, "%", "at_least", T, "union_finance")  # "105% dự toán trở lên"

sent("dự kiến trao 40.000 suất quà")  # Tết Bính Ngọ 2026 (February 2026), a plan
f("40.000", 40000, "suất quà", "exact", T, "tet_beneficiaries")
f("khoảng 30 tỷ đồng", 30 * B, "đồng", "about", T, "welfare_spending")

# ============================================================================================
# national.html: Báo Đời sống Công nhân on Tết Bính Ngọ 2026 in TP Hồ Chí Minh (08/02/2026)
# ============================================================================================
doc(NATIONAL)
period("2026")  # Tết Bính Ngọ 2026: months null throughout

sent("TP Hồ Chí Minh: Hơn 1,2 triệu lượt")  # the <h1>
f("Hơn 1,2 triệu", 1.2 * M, "lượt đoàn viên", "over", indicator="tet_beneficiaries")

sent("đồng loạt ở 168 phường")  # the sapo (<h2 class="sapo">)
f("168", 168, "phường")
sent("Tổng kinh phí chăm lo Tết của các cấp công đoàn thành phố ước đạt")
f("ước đạt 1.350 tỷ đồng", 1350 * B, "đồng", "about", indicator="welfare_spending")

# the live box "DIỄN BIẾN CHƯƠNG TRÌNH" (story: the reporter's timeline of the event)
sent("- 11:15 Kết thúc chương trình")
f("3.000", 3000, "phần", indicator="tet_beneficiaries")
f("1 triệu đồng", 1 * M, "đồng")  # per gift
sent("- 10:00 Chủ tịch LĐLĐ thành phố")
f("4,6 tỷ đồng", 4.6 * B, "đồng", indicator="donations")
f("27", 27, "doanh nghiệp")
sent("- 08:45 Đoàn 50 xe khách")
f("50", 50, "xe khách")
f("2.150", 2150, "công nhân", indicator="tet_beneficiaries")
sent("- 07:30 Phiên chợ")  # "0 đồng" is the name of the fair
f("120", 120, "gian hàng")

sent("các cấp công đoàn đã chăm lo cho hơn 1,2 triệu")
f("hơn 1,2 triệu", 1.2 * M, "lượt đoàn viên", "over", indicator="tet_beneficiaries")
f("ước đạt 1.350 tỷ đồng", 1350 * B, "đồng", "about", indicator="welfare_spending")
f("8,5%", 8.5, "%", indicator="welfare_spending")
sent("công đoàn các cấp chi 312 tỷ đồng")
f("312 tỷ đồng", 312 * B, "đồng")  # "Trong đó": the part from union finance

sent("Năm nay, LĐLĐ thành phố hỗ trợ 12.400")  # photo caption
f("12.400", 12400, "vé")

# the "Số liệu" box (div.box-number): story text that restates the story's figures, as
# published, one item a sentence; the reader leaves the box out
absent("1,2 triệu lượt đoàn viên, người lao động được công đoàn chăm lo")
f("1,2 triệu", 1.2 * M, "lượt đoàn viên", indicator="tet_beneficiaries")
absent("1.350 tỷ đồng tổng kinh phí chăm lo của các cấp công đoàn")
f("1.350 tỷ đồng", 1350 * B, "đồng", indicator="welfare_spending")
absent("85.600 suất quà “Tết Sum vầy”")
f("85.600", 85600, "suất quà", indicator="tet_beneficiaries")
absent("12.400 vé xe, vé tàu, vé máy bay hỗ trợ công nhân về quê")
f("12.400", 12400, "vé")

sent("năm nay trao 85.600 suất quà")
f("85.600", 85600, "suất quà", indicator="tet_beneficiaries")
f("800.000 đồng", 800000, "đồng", "at_least")  # per gift, "từ … đến …"
f("1,5 triệu đồng", 1.5 * M, "đồng", "at_most")
f("12.400", 12400, "vé")
f("46", 46, "chuyến")  # 46 “Chuyến xe Công đoàn”

sent("phối hợp bàn giao 35 nhà")
f("35", 35, "nhà", indicator="union_houses")
f("80 triệu đồng", 80 * M, "đồng")  # per house
f("26", 26, "phiên chợ")  # 26 “Phiên chợ Tết Công đoàn”
f("hơn 95.000", 95000, "lượt công nhân", "over")
f("10%", 10, "%", "at_least")
f("50%", 50, "%", "at_most")

sent("Video: 2.150 công nhân")  # the video's caption
f("2.150", 2150, "công nhân", indicator="tet_beneficiaries")
f("50", 50, "chuyến")

period("2025")
sent("Công đoàn thành phố kết nạp mới 72.450")  # "đến cuối năm": a stock at 31/12
f("72.450", 72450, DV, indicator="new_members")
f("318", 318, CDCS, indicator="new_grassroots_unions")
f("2,16 triệu", 2.16 * M, DV, indicator="members")
f("14.870", 14870, CDCS, indicator="grassroots_unions")

period("2026")
sent("Chúng tôi phấn đấu để 100%")
f("100%", 100, "%", "exact", T, "tet_beneficiaries")

sent("Lãnh đạo LĐLĐ TP Hồ Chí Minh trao quà Tết cho 3.000")  # photo caption
f("3.000", 3000, DV, indicator="tet_beneficiaries")

sent("Theo khảo sát của LĐLĐ thành phố tại 1.250")
f("1.250", 1250, "doanh nghiệp")
f("9,8 triệu đồng", 9.8 * M, "đồng")
f("1,62 tỷ đồng", 1.62 * B, "đồng")
sent("Có 96,4% doanh nghiệp")
f("96,4%", 96.4, "%")
ref("Có 96,4% doanh nghiệp", "45/2019/QH14", "Luật", None)

ref("Kế hoạch số 87/KH-LĐLĐ", "87/KH-LĐLĐ", "Kế hoạch", "2025-10-28")
sent("đặt chỉ tiêu kết nạp mới 75.000")
f("75.000", 75000, DV, "exact", T, "new_members")
f("ít nhất 300", 300, CDCS, "at_least", T, "new_grassroots_unions")
f("50", 50, "nhà", "exact", T, "union_houses")

# ============================================================================================
# district.html: Công đoàn Công ty TNHH Điện tử Sao Việt (Bắc Ninh), Hội nghị người lao động
# năm 2026 on 24/01/2026 (published 26/01/2026), an Elementor page
# ============================================================================================
doc(DISTRICT)
period("2026")

# the story's title is an Elementor heading widget (<h2 class="elementor-heading-title">)
absent("Hội nghị người lao động năm 2026: ký Thỏa ước với 28 điều khoản có lợi cho người lao động")
f("28", 28, "điều khoản")

sent("với sự tham dự của 320 đại biểu")
f("320", 320, "đại biểu")
f("5.640", 5640, "người lao động")

period("2025")
sent("Công đoàn Công ty có 5.215")
f("5.215", 5215, DV, indicator="members")
f("92,5%", 92.5, "%", indicator="members")  # a membership rate
f("846", 846, DV, indicator="new_members")
sent("Công đoàn đã tổ chức 4 cuộc đối thoại")
f("4", 4, "cuộc")
f("2", 2, "cuộc")
f("37", 37, "kiến nghị")
sent("Trong năm, Công đoàn thăm hỏi 1.126")
f("1.126", 1126, "lượt đoàn viên")
f("563 triệu đồng", 563 * M, "đồng", indicator="welfare_spending")
f("2", 2, "nhà", indicator="union_houses")
f("60 triệu đồng", 60 * M, "đồng")  # per house
ref("Nghị định số 191/2013/NĐ-CP", "191/2013/NĐ-CP", "Nghị định", None)
ref("Nghị định số 191/2013/NĐ-CP", "50/2024/QH15", "Luật", None)
sent("Công ty đóng đầy đủ kinh phí công đoàn bằng 2%")
f("2%", 2, "%")  # the contribution's rate of the payroll (the legal norm)
f("1,18 tỷ đồng", 1.18 * B, "đồng", indicator="union_finance")

period("2026")
sent("Giám đốc Công ty và Chủ tịch Công đoàn ký")  # photo caption
f("28", 28, "điều khoản")
sent("Tại hội nghị, hai bên ký kết")
f("28", 28, "điều khoản")
f("2", 2, "điều khoản")  # "tăng 2 điều khoản"

period("2025")
sent("Thu nhập bình quân của người lao động năm 2025")
f("9,6 triệu đồng", 9.6 * M, "đồng")
f("7,2%", 7.2, "%")
sent("có 63 sáng kiến")
f("63", 63, "sáng kiến", indicator="initiatives")
f("gần 2,4 tỷ đồng", 2.4 * B, "đồng", "about")
sent("Công đoàn giới thiệu 11 đoàn viên")
f("11", 11, DV, indicator="party_referrals")
f("7", 7, "đồng chí")

period("2026")  # Tết Bính Ngọ 2026 (February), a plan made in January: targets
sent("thống nhất dự kiến trao 5.640 suất quà")
f("5.640", 5640, "suất quà", "exact", T, "tet_beneficiaries")
f("100%", 100, "%", "exact", T, "tet_beneficiaries")
f("500.000 đồng", 500000, "đồng", "exact", T)
f("214", 214, DV, "exact", T)
f("1 triệu đồng", 1 * M, "đồng", "exact", T)
sent("Tổng kinh phí chăm lo Tết dự kiến hơn 3,03")
f("hơn 3,03 tỷ đồng", 3.03 * B, "đồng", "over", T, "welfare_spending")
f("486 triệu đồng", 486 * M, "đồng", "exact", T)  # "trong đó": the union's part

sent("Hội nghị thống nhất các chỉ tiêu năm 2026")
f("95% trở lên", 95, "%", "at_least", T, "members")
f("ít nhất 600", 600, DV, "at_least", T, "new_members")
f("70", 70, "sáng kiến", "at_least", T, "initiatives")  # "từ 70 sáng kiến trở lên"
f("10,2 triệu đồng", 10.2 * M, "đồng", "exact", T)
f("100%", 100, "%", "exact", T)  # health checks
f("10", 10, DV, "exact", T, "party_referrals")

sent("Hội nghị cũng bầu 42")
f("42", 42, "đại diện")
f("98,6%", 98.6, "%")

# ============================================================================================
# paged.html: page 1 of 2 of LĐLĐ tỉnh Lâm Đồng's story on its six-month 2026 review
# (published 10/07/2026); page 2 was not saved, so only page 1 is labelled
# ============================================================================================
doc(PAGED)
H1 = "01-06"
H2 = "07-12"
period("2026", H1)

sent("Lâm Đồng: 6 tháng đầu năm 2026 kết nạp mới 5.310")  # the <h1>
f("5.310", 5310, DV, indicator="new_members")

ref("Nghị quyết số 202/2025/QH15", "202/2025/QH15", "Nghị quyết", "2025-06-12")

sent("tính đến ngày 30/6/2026, toàn tỉnh có 3.318")
f("3.318", 3318, CDCS, indicator="grassroots_unions")
f("198.760", 198760, DV, indicator="members")
f("1.360", 1360, DV)  # a net change

sent("Trong 6 tháng, các cấp công đoàn kết nạp mới 5.310")
f("5.310", 5310, DV, indicator="new_members")
f("59%", 59, "%", indicator="new_members")
f("38", 38, CDCS, indicator="new_grassroots_unions")
f("63,3%", 63.3, "%", indicator="new_grassroots_unions")

period("2026")  # Tết Bính Ngọ 2026: months null
sent("- Dịp Tết Bính Ngọ 2026, trao 52.380")
f("52.380", 52380, "suất quà", indicator="tet_beneficiaries")
f("31,4 tỷ đồng", 31.4 * B, "đồng", indicator="welfare_spending")
f("18", 18, "chuyến")
f("1.020", 1020, "công nhân", indicator="tet_beneficiaries")

period("2026", H1)
sent("- Tháng Công nhân năm 2026")
f("214", 214, "hoạt động")
f("15.600", 15600, "lượt đoàn viên")
f("gần 6,8 tỷ đồng", 6.8 * B, "đồng", "about", indicator="welfare_spending")
sent("- Khởi công, bàn giao 48 nhà")
f("48", 48, "nhà", indicator="union_houses")
f("50", 50 * M, "đồng", "at_least")  # per house, "từ 50 đến 80 triệu đồng"
f("80 triệu đồng", 80 * M, "đồng", "at_most")
sent("- 1.426/1.538 doanh nghiệp")
f("1.426/1.538", 1426, "doanh nghiệp", den=1538)
f("92,7%", 92.7, "%", indicator="worker_conferences_rate")
f("100%", 100, "%", indicator="worker_conferences_rate")
sent("- Ký mới 96 bản")
f("96", 96, "bản", indicator="collective_agreements")
f("1.184", 1184, "cuộc")
sent("- Xảy ra 3 cuộc ngừng việc")  # "trong vòng 2 ngày" is a duration
f("3", 3, "cuộc", indicator="strikes")

# the pull quote (<blockquote>) of the LĐLĐ's chair
sent("“Sau một năm hợp nhất")
f("100%", 100, "%")  # unions transferred whole
period("2026", H2)
sent("6 tháng cuối năm, mỗi CĐCS phải giới thiệu")
f("ít nhất 1", 1, DV, "at_least", T)  # a per-union norm
f("4.000", 4000, DV, "exact", T, "new_members")

period("2026", H1)
ref("Công tác tuyên truyền Luật Công đoàn", "50/2024/QH15", "Luật", None)
ref("Công tác tuyên truyền Luật Công đoàn", "45/2019/QH14", "Luật", None)
sent("Công tác tuyên truyền Luật Công đoàn")
f("1.362", 1362, "buổi")
f("hơn 96.000", 96000, "lượt đoàn viên", "over")
f("28", 28, "lớp tập huấn")
f("2.140", 2140, "cán bộ công đoàn", indicator="officials_trained")
sent("đã giới thiệu 426 đoàn viên")
f("426", 426, DV, indicator="party_referrals")
f("ước đạt 74,5 tỷ đồng", 74.5 * B, "đồng", "about", indicator="union_finance")
f("52,3%", 52.3, "%", indicator="union_finance")
sent("6 tháng qua có 3.950")
f("3.950", 3950, DV)
f("112", 112, "doanh nghiệp")
f("trên 9,6 tỷ đồng", 9.6 * B, "đồng", "over")


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
        sum(1 for r in FIG if r.get("absent")),
        "absent;",
        len(REF),
        "references",
    )
