"""Conflicts between documents: which values of one province dispute each other, and the
months of a year a figure covers (nlp.months) that keep a six-month report's counts apart
from the year's. Real documents from bench/gold/conflicts and bench/gold/heldout6."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.library import Library
from ingest import read_bytes, read_file
from nlp.analyze import analyze
from nlp.records import Figure
from service.cli import app
from service.compare import Claim, compare

ROOT = Path(__file__).resolve().parents[1]
CONFLICTS = ROOT / "bench" / "gold" / "conflicts"


def _figures(path: Path) -> dict[str, Figure]:
    return {f.text: f for f in analyze(read_file(path)).figures}


def test_a_six_month_reports_figures_cover_its_first_months() -> None:
    """heldout6's "Sơ kết … 6 tháng đầu năm 2026, nhiệm vụ 6 tháng cuối năm"."""
    figures = _figures(ROOT / "bench" / "gold" / "heldout6" / "report.pdf")
    admitted = figures["7.428"]  # "Trong 6 tháng, toàn tỉnh kết nạp mới 7.428 đoàn viên"
    assert (admitted.period, admitted.months) == ("2026", "01-06")
    assert figures["2.864"].months == "01-06"  # "Tính đến ngày 30/6/2026, … có 2.864 CĐCS"
    goal = figures["ít nhất 6.600"]  # "Phấn đấu 6 tháng cuối năm kết nạp mới ít nhất 6.600"
    assert (goal.kind, goal.months) == ("target", "07-12")
    # its table: "Kế hoạch năm 2026" is the year's, "Thực hiện 6 tháng" the half's
    plan = figures["14.000"]
    assert (plan.kind, plan.months) == ("target", None)
    row = next(
        f
        for f in analyze(read_file(ROOT / "bench/gold/heldout6/report.pdf")).figures
        if f.text == "7.428" and " | " in f.sentence
    )
    assert row.months == "01-06"
    # a Tết is one event, the same in the six-month report and the year's
    assert figures["41.800"].months is None
    # "đến cuối năm 2026" is the whole year
    assert figures["75% trở lên"].months is None


def test_a_day_counted_to_holds_for_its_own_sentence() -> None:
    """ "Đến ngày 30/11/2024, toàn tỉnh có 1.592 CĐCS với 106.472 đoàn viên. …, tiêu biểu là
    LĐLĐ thị xã Kỳ Anh kết nạp 468 đoàn viên": the year's admissions, not November's."""
    figures = _figures(CONFLICTS / "docs" / "hatinh_baocao_nam_2024.txt")
    assert figures["106.472"].months == "01-11"
    assert (figures["468"].period, figures["468"].months) == ("2024", None)


def test_a_goal_for_the_years_plan_has_no_months() -> None:
    """Among a six-month report's tasks for the months left: "hoàn thành xây dựng, sửa
    chữa 45 nhà “Mái ấm Công đoàn” theo kế hoạch năm"."""
    figures = _figures(CONFLICTS / "docs" / "thanhhoa_baocao_6thang_2025.txt")
    houses = figures["45"]
    assert (houses.kind, houses.indicator, houses.months) == ("target", "union_houses", None)


def test_a_bare_district_union_is_the_one_the_document_names() -> None:
    """ "LĐLĐ thị xã" in the report of LĐLĐ thị xã Kỳ Anh (Hà Tĩnh) had been read as a
    "LĐLĐ thị xã Hà Tĩnh"."""
    figures = _figures(CONFLICTS / "docs" / "hatinh_kyanh_baocao_2024.txt")
    assert figures["486"].organisation == "LĐLĐ thị xã Kỳ Anh"


def test_houses_of_the_mai_am_programme_are_counted() -> None:
    """The programme named at the head of the sentence, the houses counted after it; a
    table row labelled "Xây dựng, sửa chữa nhà “Mái ấm Công đoàn”"."""
    article = _figures(CONFLICTS / "docs" / "thanhhoa_tin_tongket_2025.html")
    assert (article["24"].unit, article["24"].indicator) == ("nhà", "union_houses")
    table = _figures(CONFLICTS / "docs" / "sonla_soket_giuanhiemky_2025.md")
    assert (table["150"].kind, table["150"].unit, table["150"].indicator) == (
        "target",
        "nhà",
        "union_houses",
    )


def _claim(doc: str, text: str, value: float, sentence: str, **fields: object) -> Claim:
    figure = Figure(
        text=text,
        value=value,
        unit=str(fields.pop("unit", "đoàn viên")),
        indicator=str(fields.pop("indicator", "members")),
        province="Thanh Hóa",
        period="2025",
        sentence=sentence,
        start=int(fields.pop("start", 0)),
        end=3,
        **fields,  # type: ignore[arg-type]
    )
    return Claim(doc, f"{doc}.txt", figure)


def _disputes(claims: list[Claim]) -> list[tuple[str, list[str]]]:
    return [(r.text, r.conflicts_with) for r in compare("x", claims).rows]


def test_values_that_can_both_be_true_are_no_conflict() -> None:
    # "hơn 3.100" is what a reporter writes of 3.120; 3.210 is another number
    over = _claim("a", "hơn 3.100", 3100, "Có hơn 3.100 đoàn viên.", qualifier="over")
    exact = _claim("b", "3.120", 3120, "Có 3.120 đoàn viên.")
    other = _claim("c", "3.210", 3210, "Có 3.210 đoàn viên.")
    assert _disputes([over, exact]) == [("hơn 3.100", []), ("3.120", [])]
    assert _disputes([exact, other]) == [("3.120", ["c:0"]), ("3.210", ["b:0"])]
    # a value is as exact as its last digit: "24,8 tỷ" is 24.812 triệu rounded
    money = {"unit": "đồng", "indicator": "welfare_spending"}
    rounded = _claim("a", "24,8 tỷ đồng", 24.8e9, "Chi 24,8 tỷ đồng.", **dict(money))
    full = _claim("b", "24.812 triệu đồng", 24.812e9, "Chi 24.812 triệu đồng.", **dict(money))
    wrong = _claim("c", "28,4 tỷ đồng", 28.4e9, "Chi 28,4 tỷ đồng.", **dict(money))
    rows = compare("welfare_spending", [rounded, full, wrong]).rows
    assert {r.text: len(r.conflicts_with) for r in rows} == {
        "24,8 tỷ đồng": 1,
        "24.812 triệu đồng": 1,
        "28,4 tỷ đồng": 2,
    }
    # "ít nhất 5.500" and 5.500 are one goal; "gần 25 tỷ" and 24,8 tỷ one sum
    least = _claim("a", "ít nhất 5.500", 5500, "Kết nạp ít nhất 5.500.", qualifier="at_least")
    plain = _claim("b", "5.500", 5500.0, "Kết nạp 5.500 đoàn viên.", start=7)
    assert not any(r.conflict for r in compare("x", [least, plain]).rows)
    near = _claim("a", "gần 25 tỷ đồng", 25e9, "Chi gần 25 tỷ đồng.", qualifier="about", **money)
    assert not any(r.conflict for r in compare("x", [near, rounded]).rows)


def test_other_months_other_parts_are_no_conflict() -> None:
    half = _claim("a", "1.240", 1240, "6 tháng đầu năm kết nạp 1.240.", months="01-06")
    year = _claim("b", "2.650", 2650, "Năm 2025 kết nạp 2.650.")
    assert not any(r.conflict for r in compare("x", [half, year]).rows)
    money = {"unit": "đồng", "indicator": "welfare_spending"}
    tet = _claim(
        "a",
        "32,6 tỷ đồng",
        32.6e9,
        "Tết Ất Tỵ 2025, trao quà với tổng kinh phí "
        "32,6 tỷ đồng, trong đó doanh nghiệp hỗ trợ 18,4 tỷ đồng.",
        **dict(money),
    )
    part = _claim("a", "18,4 tỷ đồng", 18.4e9, tet.figure.sentence, start=90, **dict(money))
    whole = _claim(
        "b",
        "58,4 tỷ đồng",
        58.4e9,
        "Tổng kinh phí chăm lo cả năm đạt 58,4 tỷ đồng, gồm quà Tết, trợ cấp khó khăn.",
        **dict(money),
    )
    again = _claim("c", "32,6 tỷ đồng", 32.6e9, tet.figure.sentence, **dict(money))
    assert not any(r.conflict for r in compare("x", [tet, part, whole, again]).rows)
    # ... but the same part told otherwise is
    other = _claim(
        "c",
        "19,4 tỷ đồng",
        19.4e9,
        tet.figure.sentence.replace("18,4", "19,4"),
        start=90,
        **dict(money),
    )
    assert [r.conflict for r in compare("x", [part, other]).rows] == [True, True]


CONFLICTS2 = ROOT / "bench" / "gold" / "conflicts2"


def test_a_quarter_and_a_nine_month_report_keep_their_months_and_goals() -> None:
    """bench/gold/conflicts2: a goal said again in a report is the year's ("Để hoàn thành
    chỉ tiêu năm 2025 là … thành lập mới 30 CĐCS" in the quarter I report), and counts what
    its result does ("(chỉ tiêu năm 6.500 đoàn viên)", "trong khi chỉ tiêu cả năm là 45
    CĐCS" after "thành lập mới 41 CĐCS", whose nine months "cả năm" does not undo)."""
    quarter = _figures(CONFLICTS2 / "docs" / "quangninh_baocao_quy1_2025.txt")
    assert (quarter["30"].kind, quarter["30"].indicator, quarter["30"].months) == (
        "target",
        "new_grassroots_unions",
        None,
    )
    nine = _figures(CONFLICTS2 / "docs" / "nghean_baocao_9thang_2025.txt")
    assert (nine["6.500"].kind, nine["6.500"].indicator, nine["6.500"].months) == (
        "target",
        "new_members",
        None,
    )
    assert (nine["41"].indicator, nine["41"].months) == ("new_grassroots_unions", "01-09")
    assert (nine["45"].kind, nine["45"].indicator, nine["45"].months) == (
        "target",
        "new_grassroots_unions",
        None,
    )


def test_a_laws_year_a_past_year_end_and_a_unions_own_count() -> None:
    year_report = _figures(CONFLICTS2 / "docs" / "quangninh_baocao_nam_2025.txt")
    # "Tuyên truyền Luật Công đoàn năm 2024, …. Công tác bồi dưỡng, giới thiệu … 846"
    assert year_report["846"].period == "2025"
    # "Đến hết năm, toàn tỉnh có hơn 205.800 đoàn viên" in an article of 14/01/2026
    article = _figures(CONFLICTS2 / "docs" / "nghean_tin_tongket_2025.html")
    assert (article["hơn 205.800"].kind, article["hơn 205.800"].period) == ("achievement", "2025")
    # "…, trong đó LĐLĐ huyện Sóc Sơn thành lập mới 27 CĐCS": that union's own count
    plan = _figures(CONFLICTS2 / "docs" / "hanoi_kehoach_2025.txt")
    assert (plan["27"].indicator, plan["27"].organisation) == (
        "new_grassroots_unions",
        "LĐLĐ huyện Sóc Sơn",
    )


def test_one_union_however_written_and_a_rate_over_the_plan() -> None:
    short = _claim(
        "a", "27", 27, "LĐLĐ huyện Sóc Sơn thành lập 27.", organisation="LĐLĐ huyện Sóc Sơn"
    )
    long = _claim(
        "b", "21", 21, "Thành lập 21.", organisation="Liên đoàn Lao động huyện Sóc Sơn", start=5
    )
    assert [r.conflict for r in compare("x", [short, long]).rows] == [True, True]
    sector = _claim("c", "412", 412, "Ngành Y tế kết nạp 412.", organisation="Công đoàn ngành Y tế")
    own = _claim(
        "d", "421", 421, "Kết nạp 421.", organisation="Công đoàn ngành Y tế tỉnh Thanh Hóa"
    )
    assert [r.conflict for r in compare("x", [sector, own]).rows] == [True, True]
    # "vượt 4% kế hoạch" is "đạt 104% kế hoạch"
    rate = {"unit": "%", "indicator": "new_members"}
    over = _claim("a", "4%", 4, "Kết nạp gần 4.700, vượt 4% kế hoạch.", **dict(rate))
    reached = _claim("b", "104%", 104, "Kết nạp 4.682, đạt 104% kế hoạch.", **dict(rate))
    [one] = compare("x", [over, reached]).rows  # one claim, made by both
    assert (one.text, one.value, one.also_in, one.conflict) == ("vượt 4%", 104, ["b"], False)


def test_the_conflicts_gold_set_is_flagged_as_measured() -> None:
    """`python bench/eval_conflicts.py [--gold bench/gold/conflicts2]` (session 16): of 16
    true conflicts between 11 documents, 15 flagged; of 72 pairs that only look alike, none;
    nothing flagged the gold does not list. The one missed: a term's results counted to
    30/9/2025 are 2025's by the gold README's rule, the labeller's 2023-2028 (see the set's
    NOTES.md). The second set: all 16, no false alarm."""
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_conflicts import evaluate

    result = evaluate(CONFLICTS)
    assert (result.pairs, result.counts["true"]) == (88, 16)
    assert result.counts["true: flagged"] == 15
    assert result.alarms == 0
    # the second set, written after the first set's rules (its first run: 8 of 16, and 3
    # false alarms; then its misses were fixed)
    second = evaluate(CONFLICTS2)
    assert (second.pairs, second.counts["true"]) == (96, 16)
    assert second.counts["true: flagged"] == 16
    assert second.alarms == 0
    # the third (its first run, unseen, with the code of 0d8c1db: 12 of 16, 4 false alarms;
    # then a renamed province and a year's total below its first months' were read)
    third = evaluate(ROOT / "bench" / "gold" / "conflicts3")
    assert (third.pairs, third.counts["true"]) == (99, 16)
    assert third.counts["true: flagged"] == 14
    assert third.alarms == 4


@pytest.fixture(scope="module")
def thanh_hoa_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of Thanh Hóa's six-month report, year report and the news article on it."""
    home = tmp_path_factory.mktemp("thanh-hoa")
    library = Library(home)
    for name in (
        "thanhhoa_baocao_6thang_2025.txt",
        "thanhhoa_baocao_nam_2025.txt",
        "thanhhoa_tin_tongket_2025.html",
    ):
        path = CONFLICTS / "docs" / name
        library.add(read_bytes(path.read_bytes(), name))
    library.refresh()
    library.close()
    return home


def test_compare_names_the_rows_a_conflict_disputes(thanh_hoa_home: Path) -> None:
    runner = CliRunner(env={"COLUMNS": "250"})  # a row a line
    home = ["--home", str(thanh_hoa_home)]
    data = json.loads(runner.invoke(app, ["compare", "union_houses", "--json", *home]).stdout)
    number = {r["text"]: n for n, r in enumerate(data["rows"], start=1)}
    rows = {r["text"]: r for r in data["rows"]}
    # the year report's 42 houses and the article's 24 dispute each other
    assert rows["42"]["conflicts_with"] == [f"{rows['24']['doc_id']}:{rows['24']['start']}"]
    shown = runner.invoke(app, ["compare", "union_houses", *home])
    assert shown.exit_code == 0, shown.output
    lines = shown.stdout.splitlines()
    line_42 = next(line for line in lines if line.startswith(f"│ {number['42']} "))
    assert f"conflict ≠ #{number['24']}" in line_42
    # the six-month report's 18 houses are the first months' ("2025 (đến hết tháng 6)")
    assert "2025 (đến hết tháng 6)" in shown.stdout
    assert rows["18"]["months"] == "01-06" and not rows["18"]["conflict"]
    table = runner.invoke(app, ["compare", "union_houses", "--csv", *home])
    records = list(csv.DictReader(io.StringIO(table.stdout)))
    assert list(records[0])[-3:] == ["months", "conflicts_with", "key"]  # added go last
    keys = {r["key"] for r in records}
    assert all(k in keys for r in records for k in r["conflicts_with"].split())
    figures = runner.invoke(app, ["figures", "--csv", *home])
    assert next(csv.reader(io.StringIO(figures.stdout)))[-2:] == ["months", "since"]


def test_what_a_journalists_audit_found_unread() -> None:
    """Sentences from the audit of compare (session 16): gifts under a heading on Tết whose
    sentence does not say Tết; what gifts cost; houses after "Trong năm, Chương trình “Mái
    ấm Công đoàn” …"; a month something began in is no period; a sentence opening with its
    year under a heading on the last six months is the whole year's."""
    text = "\n".join(
        [
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH",
            "BÁO CÁO",
            "Kết quả công tác công đoàn năm 2024",
            "1. Công tác chăm lo Tết Nguyên đán Giáp Thìn 2024",
            "Chương trình “Tết Sum vầy” được triển khai từ đầu tháng 12/2023. Các cấp công đoàn "
            "trong tỉnh đã trao 26.340 suất quà cho đoàn viên, người lao động với tổng kinh phí "
            "12.480 triệu đồng.",
            "2. Công tác xã hội",
            "Dịp Tết Giáp Thìn, các cấp công đoàn đã trao quà cho đoàn viên, người lao động có "
            "hoàn cảnh khó khăn với tổng kinh phí gần 19 tỷ đồng.",
            "Trong năm, Chương trình “Mái ấm Công đoàn” đã hỗ trợ xây mới, sửa chữa 33 nhà cho "
            "đoàn viên khó khăn.",
            "3. Nhiệm vụ 6 tháng cuối năm",
            "Năm 2024, toàn tỉnh đã kết nạp mới 6.240 đoàn viên.",
        ]
    )
    found = {f.text: f for f in analyze(read_bytes(text.encode(), "ha_tinh.txt")).figures}
    gifts = found["26.340"]
    assert (gifts.indicator, gifts.period, gifts.months) == ("tet_beneficiaries", "2024", None)
    assert found["12.480 triệu đồng"].period == "2024"
    assert found["gần 19 tỷ đồng"].indicator == "welfare_spending"
    assert found["33"].indicator == "union_houses"
    admitted = found["6.240"]
    assert (admitted.indicator, admitted.months) == ("new_members", None)


@pytest.mark.parametrize(
    ("gold", "right", "records"),
    [
        ("heldout3", 82, 83),
        ("heldout5", 115, 116),
        ("heldout6", 112, 113),
        ("heldout13", 113, 114),
        ("heldout11", 137, 149),
    ],
)
def test_months_as_measured_on_the_gold(gold: str, right: int, records: int) -> None:
    """`python bench/eval_figures.py --gold bench/gold/<set>` (session 16): the months of a
    year each figure covers, labelled blind by a helper after the rules of bench/gold/README.md
    ("### months"). The scanned sets need Tesseract."""
    if gold in ("heldout11", "heldout13"):
        from tests.test_ocr import _has_vietnamese_tesseract

        if not _has_vietnamese_tesseract():
            pytest.skip("needs Tesseract with its Vietnamese model")
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_figures import months_matched

    assert months_matched(ROOT / "bench" / "gold" / gold) == (right, records)


def test_a_bar_ocr_reads_at_a_lines_end_is_no_text() -> None:
    """heldout13's fax: Tesseract read its "BÁO CÁO" as "BÁO CÁO |", which kept the report's
    subject line (and its months, "6 tháng đầu năm 2026") out of its title."""
    from tests.test_ocr import _has_vietnamese_tesseract

    if not _has_vietnamese_tesseract():
        pytest.skip("needs Tesseract with its Vietnamese model")
    document = analyze(read_file(ROOT / "bench" / "gold" / "heldout13" / "report.pdf"))
    assert document.title and document.title.startswith(
        "BÁO CÁO Sơ kết công tác công đoàn 6 tháng đầu năm 2026"
    )


def test_a_tables_rate_beside_its_plan_and_result_is_a_share_of_the_plan() -> None:
    """ "2 | Thành lập mới CĐCS | CĐCS | 50 | 56 | 112,0": the 112,0 is how much of the plan
    was done (the audit had seen it shown as a bare percent, beside rates of coverage)."""
    row = "2 | Thành lập mới CĐCS | CĐCS | 50 | 56 | 112,0"
    unions = {"unit": "công đoàn cơ sở", "indicator": "new_grassroots_unions"}
    plan = _claim("a", "50", 50, row, kind="target", start=27, **dict(unions))
    done = _claim("a", "56", 56, row, start=32, **dict(unions))
    rate = _claim("a", "112,0", 112.0, row, unit="%", indicator="new_grassroots_unions", start=37)
    coverage = _claim("b", "80%", 80, "Có 80% doanh nghiệp có CĐCS.", unit="%")
    coverage.figure.indicator = "new_grassroots_unions"
    rows = {r.text: r for r in compare("x", [plan, done, rate, coverage]).rows}
    assert rows["112,0"].of_plan and not rows["80%"].of_plan
    assert not rows["112,0"].conflict and not rows["80%"].conflict


def test_a_renamed_province_is_one_and_a_year_is_no_less_than_its_first_months() -> None:
    """bench/gold/conflicts3: "LĐLĐ tỉnh Thừa Thiên Huế" of 2024 and the city of Huế since
    1/7/2025 are one body; 42 new unions counted to 30/11/2024 and 24 in the whole of 2024
    cannot both be right (but members may fall by December)."""
    hue = _claim("a", "28.650", 28650, "Trao 28.650 suất quà.", unit="suất quà")
    hue.figure.province = "Thừa Thiên Huế"
    city = _claim("b", "26.850", 26850, "Trao 26.850 suất quà.", unit="suất quà")
    city.figure.province = "Huế"
    rows = compare("tet_beneficiaries", [hue, city]).rows
    assert {r.province for r in rows} == {"Huế"} and all(r.conflict for r in rows)
    unions = {"unit": "công đoàn cơ sở", "indicator": "new_grassroots_unions"}
    early = _claim(
        "a", "42", 42, "Đến ngày 30/11/2024 thành lập 42 CĐCS.", months="01-11", **dict(unions)
    )
    year = _claim("b", "24", 24, "Năm 2024 thành lập 24 CĐCS.", **dict(unions))
    more = _claim("c", "45", 45, "Năm 2024 thành lập 45 CĐCS.", **dict(unions))
    rows = {r.text: r for r in compare("new_grassroots_unions", [early, year, more]).rows}
    assert rows["42"].conflicts_with == ["b:0"] and rows["24"].conflict
    stock = {"unit": "đoàn viên", "indicator": "members"}
    june = _claim(
        "a", "45.210", 45210, "Đến 30/6 có 45.210 đoàn viên.", months="01-06", **dict(stock)
    )
    december = _claim("b", "45.120", 45120, "Năm 2025 có 45.120 đoàn viên.", **dict(stock))
    assert not any(r.conflict for r in compare("members", [june, december]).rows)
