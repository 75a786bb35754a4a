"""The figure tagger on the seed articles: what it must find and what it must not."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from ingest import read_file
from nlp.analyze import analyze
from nlp.figures import tag_sentence
from nlp.numerals import parse_number
from nlp.records import Document, Figure
from tests.conftest import SEEDS


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
        ("đạt 1,5% GDP vào năm 2015, trên 2% GDP vào năm 2020", "gdp vào năm 2020"),
        ("có 70% số đoàn viên tham gia", "đoàn viên tham gia"),
    ],
)
def test_what_a_share_measures(sentence: str, subject: str) -> None:
    assert tag_sentence(sentence)[-1].subject == subject
