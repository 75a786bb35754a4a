"""`baocao check` and POST /api/check: a text's figures held against the seed corpus's."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from service.api import create_app
from service.cli import app
from tests.conftest import SEEDS

runner = CliRunner()

BAC_GIANG_UNION = "Công đoàn Viên chức tỉnh Bắc Giang"


def checked(home: Path, *args: str, stdin: str | None = None) -> dict:
    result = runner.invoke(app, ["check", *args, "--home", str(home), "--json"], input=stdin)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def only(data: dict) -> dict:
    assert len(data["figures"]) == 1, data["figures"]
    return data["figures"][0]


def test_a_figure_another_document_contradicts_is_disputed(seeded_home: Path) -> None:
    data = checked(seeded_home, f"Năm 2023, {BAC_GIANG_UNION} có hơn 3.500 đoàn viên.")
    figure = only(data)
    assert figure["verdict"] == "disputed" and data["counts"]["disputed"] == 1
    assert figure["figure"]["indicator"] == "members"
    (against,) = figure["disputing"]
    assert against["text"] == "hơn 3.120" and against["period"] == "2023"
    assert "55 tổ chức công đoàn cơ sở, hơn 3.120 đoàn viên" in against["sentence"]
    assert against["doc_id"] and against["source"].startswith("web article, Công đoàn Viên chức")
    assert figure["agreeing"] == [] and figure["missing"] == []


def test_a_value_the_store_allows_agrees(seeded_home: Path) -> None:
    # "hơn 3.120" allows 3.125; the year comes from --year when the text has none
    figure = only(checked(seeded_home, f"{BAC_GIANG_UNION} có 3.125 đoàn viên.", "--year", "2023"))
    assert figure["verdict"] == "agrees" and figure["figure"]["period"] == "2023"
    assert [row["text"] for row in figure["agreeing"]] == ["hơn 3.120"]
    assert figure["disputing"] == []


def test_a_figure_without_its_year_is_unknown_and_says_what_is_stored(seeded_home: Path) -> None:
    figure = only(checked(seeded_home, f"{BAC_GIANG_UNION} có 3.500 đoàn viên."))
    assert figure["verdict"] == "unknown" and figure["missing"] == ["year"]
    assert [(r["text"], r["period"]) for r in figure["others"]] == [("hơn 3.120", "2023")]
    assert figure["others_total"] == 1
    # another year: nothing to hold it against either, the stored year shown
    figure = only(checked(seeded_home, f"Năm 2019, {BAC_GIANG_UNION} có 3.500 đoàn viên."))
    assert figure["verdict"] == "unknown" and figure["others"][0]["period"] == "2023"


def test_a_document_giving_the_value_among_its_parts_does_not_dispute_it(
    seeded_home: Path,
) -> None:
    # Nghệ An's report: "chi hơn 24,8 tỷ đồng cho việc chăm lo Tết, …, chi gần 3,3 tỷ đồng …
    # nhân dịp “Tháng Công nhân”": a report giving the text's 24,8 among its values is on the
    # text's side; its 3,3 is another part
    figure = only(checked(seeded_home, "LĐLĐ tỉnh Nghệ An năm 2022 chăm lo Tết 24,8 tỷ đồng."))
    assert figure["figure"]["indicator"] == "welfare_spending"
    assert figure["verdict"] == "agrees" and figure["disputing"] == []
    assert [row["text"] for row in figure["agreeing"]] == ["hơn 24,8 tỷ đồng"]
    # the same text with another sum is disputed by both parts
    figure = only(checked(seeded_home, "LĐLĐ tỉnh Nghệ An năm 2022 chăm lo Tết 40 tỷ đồng."))
    assert figure["verdict"] == "disputed"
    assert {row["text"] for row in figure["disputing"]} == {"hơn 24,8 tỷ đồng", "gần 3,3 tỷ đồng"}


def test_province_fills_in_and_figures_without_an_indicator_are_unchecked(
    seeded_home: Path,
) -> None:
    data = checked(
        seeded_home,
        "Năm 2023, công đoàn có 3.092 cán bộ, công chức, viên chức và 12 chiếc xe.",
        "--province",
        "thái nguyên",
    )
    verdicts = {
        f["figure"]["text"]: (f["verdict"], f["figure"]["province"]) for f in data["figures"]
    }
    assert verdicts["3.092"] == ("agrees", "Thái Nguyên")
    assert verdicts["12"][0] == "unchecked"
    assert data["counts"] == {"agrees": 1, "disputed": 0, "unknown": 0, "unchecked": 1}


def test_a_figure_naming_no_province_agrees_but_is_never_disputed(seeded_home: Path) -> None:
    # the unnamed LĐLĐ's "đã giới thiệu 2.158 đoàn viên ưu tú cho Đảng" of 2024
    text = "Năm 2024, công đoàn đã giới thiệu {} đoàn viên ưu tú cho Đảng xem xét kết nạp."
    figure = only(checked(seeded_home, text.format("2.158")))
    assert figure["verdict"] == "agrees" and figure["missing"] == ["province"]
    assert figure["agreeing"][0]["province"] is None
    # another value may be another province's: shown, not a dispute
    figure = only(checked(seeded_home, text.format("2.500")))
    assert figure["verdict"] == "unknown" and figure["disputing"] == []
    assert figure["others"][0]["text"] == "2.158"  # the year's first, then a target


def test_a_stored_report_checked_against_the_store_agrees_with_itself(seeded_home: Path) -> None:
    data = checked(seeded_home, "--file", str(SEEDS["nghe_an"]))
    assert data["source"] == "Báo Nghệ An (baonghean.vn)"  # its sidecar's
    counted = [f for f in data["figures"] if f["figure"]["indicator"]]
    assert len(counted) >= 5
    assert all(f["verdict"] == "agrees" for f in counted), [
        (f["figure"]["text"], f["verdict"]) for f in counted if f["verdict"] != "agrees"
    ]


def test_dates_years_and_numbers_are_nothing_to_check(seeded_home: Path) -> None:
    text = "Ngày 12/6/2021, Bộ Chính trị ban hành Nghị quyết 02-NQ/TW; năm 2025, chống COVID-19."
    assert checked(seeded_home, text)["figures"] == []
    result = runner.invoke(app, ["check", text, "--home", str(seeded_home)])
    assert result.exit_code == 0 and "no figures in the text" in result.stdout


def test_the_table_names_the_verdicts_and_the_sentences(seeded_home: Path) -> None:
    stdin = f"Năm 2023, {BAC_GIANG_UNION} có hơn 3.500 đoàn viên.\n"
    result = runner.invoke(app, ["check", "-", "--home", str(seeded_home)], input=stdin)
    assert result.exit_code == 0, result.output
    shown = " ".join(result.stdout.split())
    assert "1 figure: 1 disputed" in shown and "≠ hơn 3.120 đoàn viên (2023, achievement)" in shown


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give the text to check, --file FILE or --doc ID"),
        (["số liệu", "--file", "x.txt"], "give the text to check, --file FILE or --doc ID"),
        ([" "], "no text to check"),
        (["3 CĐCS", "--province", "Atlantis"], "unknown province 'Atlantis'"),
    ],
)
def test_bad_input_is_refused(seeded_home: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["check", *args, "--home", str(seeded_home)])
    assert result.exit_code == 2 and message in result.output


def test_an_unreadable_file_and_a_missing_store(seeded_home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "photo.heic"
    bad.write_bytes(b"\0" * 10)
    result = runner.invoke(app, ["check", "--file", str(bad), "--home", str(seeded_home)])
    assert result.exit_code == 1 and "export it as JPEG" in result.output
    result = runner.invoke(app, ["check", "3 CĐCS", "--home", str(tmp_path / "none")])
    assert result.exit_code == 2 and "no store in" in result.output


def test_the_route_checks_a_text_a_file_and_refuses_bad_input(
    seeded_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = TestClient(create_app(seeded_home))
    text = f"{BAC_GIANG_UNION} có hơn 3.500 đoàn viên."
    answer = client.post("/api/check", data={"text": text, "year": "2023", "province": ""})
    assert answer.status_code == 200, answer.text
    assert answer.json()["counts"]["disputed"] == 1
    upload = {"file": ("bao-cao.txt", SEEDS["thai_nguyen"].read_bytes())}
    answer = client.post("/api/check", files=upload)
    assert answer.status_code == 200 and answer.json()["source"] == "bao-cao.txt"
    assert answer.json()["counts"]["agrees"] >= 1 and answer.json()["counts"]["disputed"] == 0
    for data, detail in [
        ({}, "send a text, a file or a url"),
        ({"text": "  "}, "send a text, a file or a url"),
        ({"text": text, "url": "https://example.org"}, "one of them"),
        ({"text": text, "province": "Atlantis"}, "unknown province"),
    ]:
        answer = client.post("/api/check", data=data)
        assert answer.status_code == 422 and detail in answer.text, answer.text
    assert client.post("/api/check", data={"text": text, "year": "1800"}).status_code == 422
    monkeypatch.setenv("BAOCAO_TOKEN", "s3cret")
    assert client.post("/api/check", data={"text": text}).status_code == 401
    signed = {"Authorization": "Bearer s3cret"}
    assert client.post("/api/check", data={"text": text}, headers=signed).status_code == 200


def test_the_verdicts_as_csv_and_for_excel(seeded_home: Path) -> None:
    text = f"Năm 2023, {BAC_GIANG_UNION} có hơn 3.500 đoàn viên, 3.092 chiếc xe."
    result = runner.invoke(app, ["check", text, "--home", str(seeded_home), "--csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["verdict"], r["text"], r["indicator"]) for r in rows][0] == (
        "disputed",
        "hơn 3.500",
        "members",
    )
    first = rows[0]
    assert first["value"] == "3500" and first["period"] == "2023"
    assert first["disputing_values"] == "hơn 3.120 (2023)"
    assert first["disputing"].startswith("b5fb734f6863c80b:")
    excel = runner.invoke(app, ["check", text, "--home", str(seeded_home), "--excel"])
    assert excel.stdout.startswith("\ufeffverdict,text,")
    both = runner.invoke(app, ["check", text, "--home", str(seeded_home), "--csv", "--json"])
    assert both.exit_code == 2 and "give one of --json, --csv and --excel" in both.output
    client = TestClient(create_app(seeded_home))
    answer = client.post("/api/check", data={"text": text, "format": "csv", "excel": "true"})
    assert answer.status_code == 200 and answer.text.startswith("\ufeffverdict,")
    assert 'filename="check.csv"' in answer.headers["content-disposition"]


def test_a_stored_document_is_checked_against_the_others(home_copy: Path, tmp_path: Path) -> None:
    later = tmp_path / "bao-cao-2023.txt"
    later.write_text(f"Năm 2023, {BAC_GIANG_UNION} có 3.500 đoàn viên.\n", encoding="utf-8")
    added = runner.invoke(app, ["ingest", str(later), "--home", str(home_copy)])
    assert added.exit_code == 0, added.output
    data = checked(home_copy, "--doc", "b5fb734f6863c80b")
    assert data["doc_id"] == "b5fb734f6863c80b"
    members = [f for f in data["figures"] if f["figure"]["indicator"] == "members"]
    assert [(f["figure"]["text"], f["verdict"]) for f in members] == [("hơn 3.120", "disputed")]
    assert [row["text"] for row in members[0]["disputing"]] == ["3.500"]
    # never held against itself: its other figures have nothing to agree with
    assert data["counts"]["agrees"] == 0
    answer = TestClient(create_app(home_copy)).get("/api/documents/b5fb734f6863c80b/check")
    assert answer.status_code == 200 and answer.json()["counts"] == data["counts"]
    csv_answer = TestClient(create_app(home_copy)).get(
        "/api/documents/b5fb734f6863c80b/check", params={"format": "csv"}
    )
    assert csv_answer.text.startswith("verdict,text,")
    assert TestClient(create_app(home_copy)).get("/api/documents/nope/check").status_code == 404
    result = runner.invoke(app, ["check", "--doc", "nope", "--home", str(home_copy)])
    assert (
        result.exit_code == 2 and "no stored document has the id or number 'nope'" in result.output
    )
    result = runner.invoke(app, ["check", "x", "--doc", "nope", "--home", str(home_copy)])
    assert result.exit_code == 2 and "one of them" in result.output


def test_the_document_page_lists_the_figures_others_dispute(
    home_copy: Path, tmp_path: Path
) -> None:
    later = tmp_path / "bao-cao-2023.txt"
    later.write_text(f"Năm 2023, {BAC_GIANG_UNION} có 3.500 đoàn viên.\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(later), "--home", str(home_copy)]).exit_code == 0
    client = TestClient(create_app(home_copy))
    page = client.get("/documents/b5fb734f6863c80b").text
    assert "Số liệu tài liệu khác nói khác (1)" in page
    start = page.index('<section class="mau-thuan"')
    disputes = page[start : page.index("</section>", start)]
    assert "hơn 3.120 đoàn viên</a> (2023) ≠ " in disputes
    assert "3.500</a> (2023), bao-cao-2023.txt" in disputes
    assert "/documents/b5fb734f6863c80b?start=" in disputes
    # a document nothing disputes says nothing of it
    assert "Số liệu tài liệu khác nói khác" not in client.get("/documents/a374986d376cce3e").text


def test_the_texts_own_values_are_its_parts() -> None:
    """A report's "1.742" new members of 2025, which its annex's table also gives, and its
    "4.315" since the term began: the annex disputes neither (bench/gold/conflicts3)."""
    from nlp.records import Figure
    from service.check import check_figure
    from service.compare import Claim

    def figure(text: str, value: float, start: int) -> Figure:
        return Figure(
            text=text, value=value, unit="đoàn viên", indicator="new_members",
            province="Điện Biên", period="2025", sentence=f"kết nạp mới {text} đoàn viên.",
            start=start, end=start + len(text), organisation="LĐLĐ tỉnh Điện Biên",
        )  # fmt: skip

    annex = Claim("annex", "phu-luc.xlsx", figure("1.742", 1742, 40))
    year, term = figure("1.742", 1742, 100), figure("4.315", 4315, 300)
    alone = check_figure(term, [annex])
    assert alone.verdict == "disputed"  # a text saying only "4.315" is disputed
    with_its_year = check_figure(term, [annex], own=[year, term])
    assert with_its_year.verdict == "unknown" and with_its_year.disputing == []
    assert [row.text for row in with_its_year.others] == ["1.742"]
    assert check_figure(year, [annex], own=[year, term]).verdict == "agrees"
