"""The figure tagger on the seed articles: what it must find and what it must not."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from ingest import read_bytes, read_file
from nlp.analyze import analyze, find_figures
from nlp.figures import holds_blank, tag_sentence
from nlp.metadata import extract_metadata
from nlp.numerals import parse_number
from nlp.records import Document, Figure
from tests.conftest import ROOT, SEEDS

GOLD = ROOT / "bench/gold/figures.jsonl"


@cache
def doc(name: str) -> Document:
    return analyze(read_file(SEEDS[name]))


def figure(name: str, text: str) -> Figure:
    found = [f for f in doc(name).figures if f.text == text]
    assert found, f"no figure {text!r} in {name}: {[f.text for f in doc(name).figures]}"
    return found[0]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("3.120", 3120),
        ("4,4", 4.4),
        ("10,930", 10.93),
        ("01", 1),
        ("1.076", 1076),
        ("2.158", 2158),
        ("80.893", 80893),
        ("1.234.567", 1234567),
        ("16,570,808", 16570808),
    ],
)
def test_vietnamese_numerals(written: str, value: float) -> None:
    assert parse_number(written) == value


def test_thai_nguyen_achievement_and_target() -> None:
    initiatives = figure("thai_nguyen", "486")
    assert (initiatives.value, initiatives.unit, initiatives.kind) == (
        486,
        "sáng kiến",
        "achievement",
    )
    assert initiatives.indicator == "initiatives"
    at_least = figure("thai_nguyen", "75% trở lên")
    assert (at_least.value, at_least.unit, at_least.qualifier, at_least.kind) == (
        75,
        "%",
        "at_least",
        "target",
    )


def test_a_colon_list_of_targets_makes_every_item_a_target() -> None:
    sentence = [f for f in doc("thai_nguyen").figures if "đặt ra một số chỉ tiêu" in f.sentence]
    assert [f.text for f in sentence] == ["100%", "100%", "75% trở lên", "trên 90% trở lên"]
    assert {f.kind for f in sentence} == {"target"}
    assert sentence[-1].qualifier == "over"  # the first word says it


def test_money_with_scale_words_and_implied_dong() -> None:
    donated = figure("bac_giang", "hơn 4,4 tỷ đồng")
    assert (donated.value, donated.unit, donated.qualifier) == (4.4e9, "đồng", "over")
    # money raised for others is not money spent on members
    assert donated.indicator == "donations"
    assert figure("bac_giang", "trên 2 tỷ đồng").indicator == "welfare_spending"
    implied = figure("bac_giang", "hơn 360 triệu")  # "(trị giá hơn 360 triệu)"
    assert (implied.value, implied.unit) == (360e6, "đồng")
    loan = figure("thai_nguyen", "10,930 tỷ đồng")
    assert loan.value == pytest.approx(1.093e10)


def test_counts_with_qualifiers_and_expanded_units() -> None:
    members = figure("bac_giang", "hơn 3.120")
    assert (members.value, members.unit, members.qualifier) == (3120, "đoàn viên", "over")
    assert members.indicator == "members"
    about = figure("bac_giang", "gần 3 nghìn")
    assert (about.value, about.qualifier, about.unit) == (3000, "about", "lượt cán bộ công đoàn")
    unions = figure("thai_nguyen", "42")
    assert unions.unit == "công đoàn cơ sở"  # "42 CĐCS"
    yearly = figure("bac_giang", "ít nhất 01")
    assert (yearly.value, yearly.qualifier, yearly.kind) == (1, "at_least", "target")


def test_ratios_keep_their_denominator_and_their_percentage() -> None:
    ratio = figure("unnamed", "739/739")
    assert (ratio.value, ratio.denominator, ratio.unit) == (739, 739, "công đoàn cơ sở")
    share = figure("unnamed", "1.076/1.317")
    assert (share.value, share.denominator, share.unit) == (1076, 1317, "doanh nghiệp")
    texts = [f.text for f in doc("unnamed").figures]
    assert texts[texts.index("1.076/1.317") + 1] == "81%"


def test_target_versus_achievement_in_one_sentence() -> None:
    assert figure("nghe_an", "ước thực hiện 15%").kind == "achievement"
    assert figure("nghe_an", "3%").kind == "target"  # "so với chỉ tiêu của đề án nguồn lực 3%"
    planned = figure("nghe_an", "ước đạt 112%")
    assert (planned.kind, planned.qualifier) == ("achievement", "about")


def test_province_and_period_are_never_guessed() -> None:
    referrals = figure("unnamed", "2.158")
    assert referrals.province is None
    assert referrals.period == "2024"
    assert referrals.indicator == "party_referrals"
    bac_giang = figure("bac_giang", "343")
    assert (bac_giang.province, bac_giang.period, bac_giang.indicator) == (
        "Bắc Giang",
        "2018-2023",
        "party_referrals",
    )


def test_offsets_point_at_the_figure_in_the_document_text() -> None:
    for name in SEEDS:
        document = doc(name)
        for f in document.figures:
            assert document.text[f.start : f.end] == f.text
            assert f.text in f.sentence


@pytest.mark.parametrize(
    "not_a_figure",
    [
        "2023-2028",
        "2018-2023",
        "2018- 2023",
        "03/06/2023",
        "18/06/2023",
        "23:05",
        "COVID-19",
        "Covid-19",
        "19",
        "2024",
        "2022",
        "12/6/2021",
        "02",
        "167",
        "2017",
        "4",
        "22/6/1996",
    ],
)
def test_dates_years_codes_and_names_are_not_figures(not_a_figure: str) -> None:
    for name in SEEDS:
        assert not_a_figure not in {f.text for f in doc(name).figures}, name


@pytest.mark.parametrize(
    "sentence",
    [
        "ĐẠI HỘI CÔNG ĐOÀN VIÊN CHỨC TỈNH LẦN THỨ VI, NHIỆM KỲ 2023-2028:",
        "Nguyễn Duy Tuấn, Chủ tịch Công đoàn Viên chức tỉnh Thái Nguyên 11:00, 03/06/2023",
        "góp phần thực hiện thành công Nghị quyết Trung ương 4 khóa XI, XII, XIII",
        "Sau 1 năm thực hiện Nghị quyết 02- NQ/TW ngày 12/6/2021 của Bộ Chính trị",
        "theo Nghị định 167/2017/NĐ-CP của Chính phủ",
        "Chương trình “1 triệu sáng kiến nỗ lực vượt khó” được hưởng ứng",
        "Trải qua 27 năm hình thành và phát triển",
        "Một là, tiếp tục đẩy mạnh công tác chính trị, tư tưởng",
        "theo Điều 5 khoản 2 của Luật Công đoàn",
    ],
)
def test_sentences_without_figures(sentence: str) -> None:
    assert tag_sentence(sentence) == []


def test_across_provinces_is_not_over() -> None:
    [found] = tag_sentence("Phong trào đã được triển khai trên 63 tỉnh, thành phố")
    assert (found.value, found.qualifier) == (63, "exact")


@pytest.mark.parametrize(
    "path",
    [
        "resolutions_md/Luat_Cong_doan_2012_va_Dieu_le_CDVN.md",
        "party_pdf/QD294-QD-TW_2025-05-26_thi_hanh_Dieu_le_Dang.pdf",
        "anle_pdf/an_le_so_432021AL.pdf",
    ],
)
def test_rules_and_precedents_state_no_figures(shared: Path, path: str) -> None:
    # the law's "khi có từ 05 đoàn viên" and the precedent's loan of 8.000.000.000 đồng are a
    # threshold and a case's facts: read as figures they stood in `compare members` and
    # `compare welfare_spending` as results
    assert analyze(read_file(shared / "corpus/real" / path)).figures == []


def test_a_resolution_still_states_its_targets(shared: Path) -> None:
    doc = analyze(read_file(shared / "corpus/real/resolutions_md/NQ57-NQ-TW_2024_bangoc.md"))
    assert any(f.kind == "target" and f.value == 30 for f in doc.figures)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # a share of GDP measures what is named before it, so `compare "kinh tế số"` finds it
        ("Quy mô kinh tế số đạt tối thiểu 30% GDP.", "quy mô kinh tế số"),
        ("* Quy mô kinh tế số đạt tối thiểu 30% GDP.", "quy mô kinh tế số"),
        # ... but not an earlier figure's words
        ("đạt 1,5% GDP vào năm 2015, trên 2% GDP vào năm 2020", "gdp"),
        ("có 70% số đoàn viên tham gia", "đoàn viên tham gia"),
        # "v.v…" (etc.) ends the subject; its first dot had left "đoàn viên ưu tú v"
        ("giới thiệu kết nạp vào Đảng được 343 đoàn viên ưu tú v.v…", "đoàn viên ưu tú"),
    ],
)
def test_what_a_share_measures(sentence: str, subject: str) -> None:
    assert tag_sentence(sentence)[-1].subject == subject


GRASSROOTS = "corpus/real/union_grassroots"
DOSSIER = "02_CacBuoc_ho_so_ky_ket_TULDTT_2025-2028_CDCS.docx"


@pytest.mark.parametrize(
    "file",
    [
        DOSSIER,  # its title is a cover letter's: only its body says it is model forms
        "04_Mau_Thoa_uoc_lao_dong_tap_the.docx",
        "01_HuongDan_quy_trinh_ky_ket_TULDTT.doc",
    ],
)
def test_model_forms_state_no_figures(shared: Path, file: str) -> None:
    # "Số lượng người lao động: 65 người", "Tỷ lệ: 100%", "0/0 người (0%)" are a form's
    # examples and blanks; read as figures they stood in `compare` beside union results
    assert analyze(read_file(shared / GRASSROOTS / file)).figures == []


def test_a_form_line_or_cell_gives_no_figure_even_in_a_report(shared: Path) -> None:
    raw = read_file(shared / GRASSROOTS / DOSSIER)
    found = find_figures(raw, extract_metadata(raw.text, raw.format, raw.meta))
    # the example values stand on lines of their own; the document as a whole is a form
    # (a line of Word's bulleted list: "- " as Word shows its bullet)
    assert "- Số lượng người lao động: 65 người" in {f.sentence for f in found}
    # "…./…. người (100%) | 0/0 người (0%)" and "…. người, bằng 100%." give nothing
    assert not [f for f in found if holds_blank(_cell_or_line(raw.text, f.start, f.end))]


def _cell_or_line(text: str, start: int, end: int) -> str:
    """The table cell, or else the line, that holds text[start:end]."""
    opens = max(text.rfind("\n", 0, start), text.rfind("|", 0, start)) + 1
    closes = [i for i in (text.find("\n", end), text.find("|", end)) if i >= 0]
    return text[opens : min(closes, default=len(text))]


def test_a_report_with_a_form_annexed_keeps_its_own_figures() -> None:
    # a body of twelve lines, so that the form's three are under a seventh of the lines
    body = "".join(f"- Hoạt động thứ {word} của công đoàn cơ sở.\n" for word in "abcdefghiklm")
    text = (
        "BÁO CÁO\n"
        "Kết quả công tác công đoàn năm 2024\n"
        "Năm 2024, các cấp công đoàn đã kết nạp 1.250 đoàn viên, đạt 104% kế hoạch.\n"
        f"{body}"
        "Đã thăm hỏi, tặng quà 3.400 lượt đoàn viên với tổng số tiền 1,2 tỷ đồng.\n"
        "Công đoàn | Số đoàn viên | Số CĐCS\n"
        "Công đoàn ngành Y tế | 320 | 12\n"
        "Công đoàn ngành Giáo dục | …/… người (…%) | 15\n"
        "Phụ lục: Mẫu biên bản\n"
        "Tổng số người lao động: …. người, bằng 100%.\n"
        "Số người không tán thành: 0/0 người (0%).\n"
    )
    texts = [f.text for f in analyze(read_bytes(text.encode(), "bao_cao.txt")).figures]
    assert texts == ["1.250", "104%", "3.400", "1,2 tỷ đồng", "320", "12", "15"]


@pytest.mark.parametrize(
    "path",
    [
        "union_grassroots/BAO_CAO_THANG_5_ChiBo.docx",
        "resolutions_md/NQ03-NQ-CP_2025.md",
        "resolutions_md/NQ03-NQ-CP_2025_PL1_chi_tieu.md",
    ],
)
def test_real_reports_and_resolutions_keep_their_figures(shared: Path, path: str) -> None:
    gold = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    expected = Counter(g["value"] for g in gold if g["doc"] == f"shared:corpus/real/{path}")
    found = Counter(f.value for f in analyze(read_file(shared / "corpus/real" / path)).figures)
    assert expected and expected <= found


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        ("Tổng số người lao động đã tham gia lấy ý kiến: …. người, bằng 100%.", True),
        ("1 | Nội dung 1 | …/… người (…%) | …/… người (…%)", True),
        ("Tây Ninh, ngày 04 tháng………năm 2026", True),
        ("Số người không tán thành: 0/0 người (0%)", True),
        ("hỗ trợ đoàn viên bị thiệt hại do bão, lũ... được trên 3,8 tỷ đồng", False),
        ("phát triển 343 đoàn viên ưu tú v.v…", False),
        ("xây dựng quê hương, đất nước.... Cuộc vận động", False),
        ("tiêu chí đánh giá … Tiếp tục thực hiện", False),
        ("Tỷ lệ hộ nghèo giảm còn 10/100 hộ", False),
    ],
)
def test_form_blanks_and_ellipses(sentence: str, blank: bool) -> None:
    assert holds_blank(sentence) is blank


def test_a_ratio_of_nothing_is_no_figure() -> None:
    assert "0/0" not in [q.text for q in tag_sentence("Không tán thành: 0/0 người")]
    assert [q.text for q in tag_sentence("Đã có 10/10 công đoàn cơ sở")] == ["10/10"]


def test_a_goals_table_a_labelled_stock_and_a_section_of_tasks() -> None:
    # heldout15's shapes: a table of goals whose rows end in empty cells and whose note
    # reports; "Tổng số …: n người" on a line of its own; "NHIỆM VỤ TRỌNG TÂM" sets goals
    text = (
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH\nBÁO CÁO\nSơ kết 6 tháng đầu năm 2026\n"
        "I. KẾT QUẢ\nSố liệu tổ chức công đoàn đến 30/6/2026:\n"
        "- Tổng số đoàn viên công đoàn: 371.540 người\n- Trong đó đoàn viên nữ: 197.659 người\n"
        "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026\n"
        "Các chỉ tiêu chủ yếu năm 2026 phấn đấu hoàn thành:\n"
        "Chỉ tiêu | Năm 2026 | Ghi chú\n"
        "Kết nạp đoàn viên mới (đoàn viên) | 18.000 | 6 tháng đạt 54,7%\n"
        "Thành lập mới công đoàn cơ sở (CĐCS) | ≥ 50\n"
        "Doanh nghiệp có thỏa ước lao động tập thể (%) | 70\n"
        "Phối hợp bàn giao thêm 8 nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở.\n"
    )
    found = {f.text: f for f in analyze(read_bytes(text.encode(), "so_ket.txt")).figures}

    assert found["371.540"].indicator == "members"
    assert found["197.659"].indicator is None  # a part of them
    assert (found["18.000"].kind, found["18.000"].unit) == ("target", "đoàn viên")
    assert (found["54,7%"].kind, found["54,7%"].indicator) == ("achievement", "new_members")
    assert (found["≥ 50"].kind, found["≥ 50"].unit) == ("target", "công đoàn cơ sở")
    assert (found["70"].kind, found["70"].unit) == ("target", "%")
    assert found["8"].kind == "target"


def test_a_results_table_its_falls_and_a_legend_under_it() -> None:
    # heldout16's shapes: "Kết quả … chỉ tiêu …" above a table reports results, whatever
    # its "Chỉ tiêu" column says; "-2,5" is a fall; a note writes out the header's shorthand
    text = (
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG\nBÁO CÁO\nKết quả hoạt động công đoàn năm 2025\n"
        "Kết quả một số chỉ tiêu chủ yếu năm 2025 so với năm 2024 như sau:\n"
        "Chỉ tiêu | Đơn vị | Năm 2024 | Năm 2025 | Tăng/giảm (%)\n"
        "Công đoàn cơ sở | CĐCS | 2.946 | 2.871 | -2,5\n"
        "Đoàn viên kết nạp mới | Đoàn viên | 14.208 | 15.362 | 8,1\n"
        "Kết quả theo đơn vị như sau:\n"
        "STT | Đơn vị | Số ĐV 2025 | TL mới CĐCS | Tỷ lệ HTTNV (%)\n"
        "1 | Công đoàn ngành Y tế | 18.264 | 3 | 89,3\n"
        "2 | Công đoàn ngành Xây dựng | 6.915 | 1 | 90,5\n"
        "3 | Công đoàn Viên chức tỉnh | 21.530 | - | 91,5\n"
        "Ghi chú: ĐV: đoàn viên; TL: thành lập; GT: giới thiệu cho Đảng xem xét kết nạp; HTTNV:"
        " hoàn thành tốt nhiệm vụ trở lên. Tỷ lệ HTTNV của Công đoàn ngành Xây dựng là số ước.\n"
    )
    found = {f.text: f for f in analyze(read_bytes(text.encode(), "ket_qua.txt")).figures}

    assert {found[t].kind for t in ("2.946", "2.871", "-2,5", "15.362")} == {"achievement"}
    assert (found["-2,5"].value, found["-2,5"].unit) == (-2.5, "%")
    assert (found["18.264"].unit, found["18.264"].indicator) == ("đoàn viên", "members")
    assert (found["3"].unit, found["3"].indicator) == ("công đoàn cơ sở", "new_grassroots_unions")
    # the rate column is not the party referrals the legend names beside it
    assert found["89,3"].indicator != "party_referrals"


def test_statistics_lines_and_an_annex_counted_to_a_day() -> None:
    # a label and its value (dotted leaders taken out by the PDF reader) is a figure of the
    # label's noun; the bracketed note under an annex's title gives its figures their months
    text = (
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG\nPHỤ LỤC\n"
        "Kết quả phát triển đoàn viên năm 2025 theo đơn vị\n"
        "(Kèm theo Báo cáo số 528/BC-LĐLĐ ngày 15/12/2025; số liệu tính đến ngày 30/11/2025)\n"
        "Số công đoàn cơ sở 2.871\nSố đoàn viên công đoàn 253.940\nSố liệu năm 2024\n"
    )
    found = {f.text: f for f in analyze(read_bytes(text.encode(), "phu_luc.txt")).figures}

    assert set(found) == {"2.871", "253.940"}
    assert (found["2.871"].indicator, found["2.871"].months) == ("grassroots_unions", "01-11")
    assert (found["253.940"].indicator, found["253.940"].unit) == ("members", "đoàn viên")


def test_a_one_cell_section_row_and_a_column_of_ages() -> None:
    # heldout17's shapes: "I. Chỉ tiêu về tổ chức" alone between a goals table's rows, rows
    # ending in empty cells; "Trong đó" over "Nữ | Dưới 35 tuổi", rows naming groups of
    # unions
    pages = [
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH VĨNH LONG\nKẾ HOẠCH\nHoạt động công đoàn năm 2026\n"
        "Các chỉ tiêu cụ thể như sau:\n"
        "Chỉ tiêu | Đơn vị tính | Năm 2026 | Ghi chú\nI. Chỉ tiêu về tổ chức\n"
        "Kết nạp đoàn viên mới | Đoàn viên | tối thiểu 1.300 | Năm 2025 đạt 1.386\n"
        "II. Chỉ tiêu về hoạt động\nCơ quan, đơn vị tổ chức hội nghị CBCCVC | % | 100\n",
        "Thu kinh phí, đoàn phí công đoàn so với dự toán | % | 100\n"
        "Số lượng CĐCS, đoàn viên theo khối như sau:\n"
        "TT | Khối, đơn vị | Số CĐCS | Số đoàn viên | Trong đó\n| | | | Nữ | Dưới 35 tuổi\n"
        "1 | CĐCS cơ quan Đảng, Mặt trận Tổ quốc và các đoàn thể tỉnh | 46 | 2.315 | 1.204 | 418\n"
        "2 | CĐCS các sở, ban, ngành tỉnh | 158 | 9.472 | 4.237 | 1.685\n",
    ]
    raw = read_bytes("".join(pages).encode(), "ke_hoach.txt")
    found = {(f.text, f.sentence.split(" | ")[0]): f for f in analyze(raw).figures}

    assert found[("tối thiểu 1.300", "Kết nạp đoàn viên mới")].kind == "target"
    # the note "Năm 2025 đạt 1.386": last year's result, in the row's unit
    done = found[("1.386", "Kết nạp đoàn viên mới")]
    assert (done.kind, done.period, done.unit) == ("achievement", "2025", "đoàn viên")
    assert found[("100", "Cơ quan, đơn vị tổ chức hội nghị CBCCVC")].unit == "%"
    assert found[("100", "Thu kinh phí, đoàn phí công đoàn so với dự toán")].kind == "target"
    assert found[("46", "1")].indicator == "grassroots_unions"
    assert found[("2.315", "1")].indicator == "members"
    assert (found[("418", "1")].value, found[("418", "1")].unit) == (418, "đoàn viên")


def test_a_plans_table_counted_to_a_day_and_a_caption_naming_what_is_counted() -> None:
    # heldout18's shapes: a plan's table under "Tính đến ngày 31/12/2025, … như sau:" holds
    # that day's stocks beside a column of next year's goal ("Kết nạp năm 2026"); a table
    # of unions by year under "Bảng 2. Số lượng đoàn viên công đoàn theo đơn vị"
    text = (
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH CÀ MAU\nKẾ HOẠCH\nHoạt động công đoàn năm 2026\n"
        "Tính đến ngày 31/12/2025, Công đoàn ngành có 948 CĐCS với 29.366 đoàn viên; số liệu "
        "theo cấp học và chỉ tiêu kết nạp năm 2026 như sau:\n"
        "TT | Cấp học | Số CĐCS | Số đoàn viên | Kết nạp năm 2026\n"
        "1. | Mầm non | 271 | 5.946 | 185\n2. | Tiểu học | 368 | 10.472 | 240\n"
        "Bảng 2. Số lượng đoàn viên công đoàn theo đơn vị\n"
        "TT | Đơn vị | Năm 2024 (người) | Năm 2025 (người)\n"
        "1 | Công đoàn Viên chức tỉnh | 21.486 | 22.315\n"
        "2 | CĐCS doanh nghiệp nhà nước | 12.604 | 12.377\n"
    )
    found = {f.text: f for f in analyze(read_bytes(text.encode(), "ke_hoach.txt")).figures}

    stock, goal = found["271"], found["185"]
    assert (stock.kind, stock.period, stock.indicator) == (
        "achievement",
        "2025",
        "grassroots_unions",
    )
    assert (goal.kind, goal.period, goal.indicator) == ("target", "2026", "new_members")
    for text in ("21.486", "12.377"):
        assert (found[text].unit, found[text].indicator) == ("người", "members")
    assert found["21.486"].period == "2024"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a size names which units, it counts none
        (
            "Còn 127 doanh nghiệp có từ 25 lao động trở lên chưa thành lập CĐCS.",
            [("127", "doanh nghiệp", "exact")],
        ),
        ("Toàn tỉnh có 57 CĐCS có dưới 10 đoàn viên.", [("57", "công đoàn cơ sở", "exact")]),
        # both ends of a range say their unit
        (
            "Mức quà từ 500.000 đồng đến 1.000.000 đồng/suất.",
            [("500.000", "đồng", "at_least"), ("1.000.000 đồng", "đồng", "at_most")],
        ),
        # the unions' own names are whole units
        (
            "Kết thúc hoạt động của 18 liên đoàn lao động huyện.",
            [("18", "liên đoàn lao động", "exact")],
        ),
        (
            "Quản lý 4 công đoàn cấp trên trực tiếp cơ sở.",
            [("4", "công đoàn cấp trên trực tiếp cơ sở", "exact")],
        ),
        ("Giới thiệu 1.500 ĐV ưu tú cho Đảng.", [("1.500", "đoàn viên", "exact")]),
    ],
)
def test_sizes_ranges_and_union_units(sentence: str, expected: list) -> None:
    assert [(q.text, q.unit, q.qualifier) for q in tag_sentence(sentence)] == expected


def test_what_still_stands_and_what_only_reached_are_results() -> None:
    # "chỉ tiêu … chỉ đạt 98,5%": the goal named, the result reported; "hiện còn" a count
    [reached] = tag_sentence("Riêng chỉ tiêu thu đoàn phí công đoàn chỉ đạt 98,5%.", "target")
    [left] = tag_sentence("Nơi hiện còn khoảng 1.150 giáo viên chưa là đoàn viên.", "target")
    assert (reached.kind, left.kind) == ("achievement", "achievement")


def test_tickets_home_for_tet_are_no_people() -> None:
    text = (
        "Dịp Tết Nguyên đán Ất Tỵ 2025, Chương trình “Tết Sum vầy” tặng 4.200 suất quà và hỗ "
        "trợ 320 vé xe cho đoàn viên về quê đón Tết."
    )
    found = {f.text: f for f in analyze(read_bytes(text.encode(), "tet.txt")).figures}
    assert found["320"].indicator is None


def test_a_range_of_sums_names_its_thing_once() -> None:
    found = tag_sentence("Mức quà từ 500.000 đồng đến 1.000.000 đồng/suất.")
    assert [q.subject for q in found] == ["mức quà", "mức quà"]  # not "000 đồng"


def test_a_tet_sheet_a_difference_and_a_bound_after_the_years_plan() -> None:
    # heldout19's shapes: a sheet titled on a Tết, counted to a day, gives its figures no
    # months; "tăng 8.120 suất so với Tết Ất Tỵ 2025" is a difference, no count of gifts
    text = (
        "KẾT QUẢ CHĂM LO TẾT NGUYÊN ĐÁN BÍNH NGỌ 2026 CHO ĐOÀN VIÊN, NGƯỜI LAO ĐỘNG\n"
        "(Số liệu tổng hợp đến ngày 28/02/2026)\n"
        "Các cấp công đoàn đã tặng 86.450 suất quà, tăng 8.120 suất so với Tết Ất Tỵ 2025.\n"
    )
    found = {f.text: f for f in analyze(read_bytes(text.encode(), "tet.txt")).figures}
    assert (found["86.450"].months, found["86.450"].indicator) == (None, "tet_beneficiaries")
    assert found["8.120"].indicator is None
    [share] = [
        q
        for q in tag_sentence("Sau 6 tháng, 8/9 chỉ tiêu đạt từ 50% kế hoạch năm trở lên.")
        if q.unit == "%"
    ]
    assert share.qualifier == "at_least"
    [houses] = tag_sentence("Chỉ tiêu nhà “Mái ấm Công đoàn” mới đạt 42,5%.", "target")
    assert houses.kind == "achievement"
