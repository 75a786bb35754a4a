"""The console script as users call it (typer's runner, real store, real corpus)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from service.cli import app
from tests.conftest import SEEDS

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_extract_json_is_a_contract_document() -> None:
    code, stdout, _ = run("extract", str(SEEDS["thai_nguyen"]), "--json")
    assert code == 0
    doc = json.loads(stdout)
    assert set(doc) == {
        "id",
        "source",
        "title",
        "kind",
        "number",
        "issuer",
        "province",
        "date",
        "period",
        "pages",
        "text",
        "figures",
        "references",
        "tables",
        # added to the contract's fields: a file's several instruments, its unread pages
        "instruments",
        "unread_pages",
    }
    figures = {f["text"]: f for f in doc["figures"]}
    assert (figures["486"]["value"], figures["486"]["kind"]) == (486, "achievement")
    target = figures["75% trở lên"]
    assert (target["value"], target["unit"], target["qualifier"], target["kind"]) == (
        75,
        "%",
        "at_least",
        "target",
    )
    texts = " | ".join(figures)
    for absent in ("2023-2028", "03/06/2023", "COVID-19", "lần thứ VI"):
        assert absent not in texts
    # the contract's fields, all of them (added fields such as "organisation" are allowed)
    assert set(doc["figures"][0]) >= {
        "text",
        "value",
        "denominator",
        "unit",
        "qualifier",
        "kind",
        "indicator",
        "subject",
        "province",
        "period",
        "sentence",
        "page",
        "start",
        "end",
    }


def test_search_json_hits_carry_document_passage_and_offsets(seeded_home: Path) -> None:
    code, stdout, _ = run(
        "search", "quyên góp ủng hộ phòng chống dịch Covid-19", "--json", "--home", str(seeded_home)
    )
    assert code == 0
    result = json.loads(stdout)
    assert result["query"] == "quyên góp ủng hộ phòng chống dịch Covid-19"
    first = result["hits"][0]
    assert set(first) >= {
        "doc_id",
        "source",
        "title",
        "province",
        "kind",
        "page",
        "passage",
        "score",
        "start",
        "end",
    }
    assert "hơn 4,4 tỷ đồng" in first["passage"] and first["province"] == "Bắc Giang"
    assert ["quyên góp ủng hộ"] == [
        first["passage"][a:b] for a, b in first["highlights"] if "quyên" in first["passage"][a:b]
    ]


def test_search_within_an_unknown_document_is_a_clear_error(seeded_home: Path) -> None:
    code, _, stderr = run("search", "công đoàn", "--doc", "99-NQ/TW", "--home", str(seeded_home))
    assert code == 2
    assert "no stored document has the id or number '99-NQ/TW'" in stderr


def test_search_prints_the_part_of_a_passage_that_matches(seeded_home: Path) -> None:
    # the Nghệ An passage on Tết opens with strikes; its Tết sentences come last
    code, stdout, _ = run(
        "search", "chăm lo Tết cho đoàn viên", "--k", "1", "--home", str(seeded_home)
    )
    assert code == 0
    shown = " ".join(stdout.split())
    assert "Trong dịp Tết cổ truyền của dân tộc" in shown
    assert "… Trong dịp Tết" in shown  # the passage's start was left out, and said so
    assert "by meaning" not in shown
    # a word no passage holds: what comes back is the dense ranking's, and says so
    code, stdout, _ = run("search", "xylophone", "--k", "2", "--home", str(seeded_home))
    assert code == 0 and stdout.count("by meaning: none of the query's words") == 2


def test_figures_filters_and_csv(seeded_home: Path) -> None:
    code, stdout, _ = run(
        "figures", "--indicator", "party_referrals", "--json", "--home", str(seeded_home)
    )
    assert code == 0
    rows = json.loads(stdout)["figures"]
    assert {(r["province"], r["value"]) for r in rows} >= {("Bắc Giang", 343), (None, 2158)}
    code, stdout, _ = run("figures", "--kind", "target", "--csv", "--home", str(seeded_home))
    table = list(csv.DictReader(io.StringIO(stdout)))
    assert table and {r["kind"] for r in table} == {"target"}
    assert run("figures", "--kind", "goal", "--home", str(seeded_home))[0] == 2
    # one year: figures of that year, or of a span holding it
    code, stdout, _ = run("figures", "--year", "2022", "--json", "--home", str(seeded_home))
    assert {r["period"] for r in json.loads(stdout)["figures"]} == {"2022", "2018-2023"}
    code, stdout, _ = run(
        "compare", "members", "--year", "2023", "--json", "--home", str(seeded_home)
    )
    assert code == 0 and len(json.loads(stdout)["rows"]) == 2
    assert run("compare", "members", "--year", "1800", "--home", str(seeded_home))[0] == 2


def test_ingest_reports_bad_files_and_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    (folder / "ok.txt").write_text(
        "Công đoàn tỉnh đã giới thiệu 25 đoàn viên ưu tú cho Đảng.", encoding="utf-8"
    )
    code, _, stderr = run("ingest", str(folder), "--home", str(tmp_path / "store"))
    assert code == 1
    assert "empty.txt: empty file" in stderr
    assert "broken.pdf: not a readable PDF" in stderr
    assert "1 added, 0 unchanged, 2 failed" in stderr
    code, stdout, _ = run("figures", "--json", "--home", str(tmp_path / "store"))
    assert [f["value"] for f in json.loads(stdout)["figures"]] == [25]
    code, stdout, _ = run("ingest", str(folder), "--json", "--home", str(tmp_path / "store"))
    files = {Path(f["path"]).name: f for f in json.loads(stdout)["files"]}
    assert code == 1 and files["empty.txt"] == {
        "path": str(folder / "empty.txt"),
        "status": "failed",
        "error": "empty file",
    }
    assert files["ok.txt"]["status"] == "unchanged" and files["ok.txt"]["figures"] == 1
    ok = str(folder / "ok.txt")
    assert "0 added, 1 unchanged" in run("ingest", ok, "--home", str(tmp_path / "store"))[2]
    listed = json.loads(run("documents", "--json", "--home", str(tmp_path / "store"))[1])
    again = run("ingest", ok, "--reanalyze", "--home", str(tmp_path / "store"))
    assert again[0] == 0 and "0 added, 1 reanalysed, 0 unchanged" in again[2]
    # analysed again, a document keeps its place in the store's order
    assert json.loads(run("documents", "--json", "--home", str(tmp_path / "store"))[1]) == listed
    code, stdout, _ = run("figures", "--json", "--home", str(tmp_path / "store"))
    assert [f["value"] for f in json.loads(stdout)["figures"]] == [25]  # replaced, not doubled


def test_remove_unknown_document_fails_clearly(home_copy: Path) -> None:
    code, _, stderr = run("remove", "nope", "--home", str(home_copy))
    assert code == 1 and "no document nope" in stderr


def test_a_mistyped_home_is_an_error_not_an_empty_store(tmp_path: Path) -> None:
    for command in (["search", "công đoàn"], ["figures"], ["refs"], ["remove", "x"]):
        code, _, stderr = run(*command, "--home", str(tmp_path / "typo"))
        assert code == 2 and "no store in" in stderr, command
        assert not (tmp_path / "typo").exists()
    a_file = tmp_path / "file"
    a_file.write_text("x")
    code, _, stderr = run("ingest", str(SEEDS["nghe_an"]), "--home", str(a_file))
    assert code == 2 and "is a file" in stderr and "Traceback" not in stderr


def test_filters_are_read_as_people_type_them(seeded_home: Path) -> None:
    home = ("--home", str(seeded_home))
    exact = run("search", "công đoàn", "--province", "Nghệ An", "--json", *home)[1]
    for typed in ("nghệ an", "NGHỆ AN", "tỉnh Nghệ An"):
        assert run("search", "công đoàn", "--province", typed, "--json", *home)[1] == exact
    code, _, stderr = run("search", "công đoàn", "--province", "Atlantis", *home)
    assert code == 2 and "unknown province 'Atlantis'" in stderr
    code, _, stderr = run("search", "công đoàn", "--kind", "bogus", *home)
    assert code == 2 and "unknown document kind" in stderr
    code, stdout, _ = run("search", "công đoàn", "--kind", "Article", "--json", *home)
    assert code == 0 and json.loads(stdout)["hits"]
    code, _, stderr = run("figures", "--province", "atlantis", *home)
    assert code == 2 and "unknown province" in stderr
    code, _, stderr = run("compare", "members", "--province", "atlantis", *home)
    assert code == 2 and "unknown province" in stderr


def test_an_undated_article_is_found_by_the_year_its_figures_report(seeded_home: Path) -> None:
    # the Nghệ An article states no date and no period; its figures are of 2022
    code, stdout, _ = run(
        "search", "chăm lo Tết", "--year", "2022", "--json", "--home", str(seeded_home)
    )
    provinces = {h["province"] for h in json.loads(stdout)["hits"]}
    # with Bắc Giang's congress article, whose results are of its term 2018-2023
    assert code == 0 and "Nghệ An" in provinces and provinces <= {"Nghệ An", "Bắc Giang"}


def test_an_article_dated_after_the_year_it_reports_is_found_by_that_year(
    seeded_home: Path,
) -> None:
    # dated 23/01/2025, it reports 2024: "Chỉ tính trong năm 2024 … giới thiệu 2.158 đoàn
    # viên ưu tú"; `--year 2024` had left it out
    args = ("giới thiệu đoàn viên ưu tú cho Đảng", "--json", "--home", str(seeded_home))
    for year in ("2024", "2025"):
        code, stdout, _ = run("search", args[0], "--year", year, *args[1:])
        hits = json.loads(stdout)["hits"]
        assert code == 0 and any("2.158 đoàn viên ưu tú" in h["passage"] for h in hits)


def test_what_cannot_be_answered_is_refused(seeded_home: Path, tmp_path: Path) -> None:
    home = ("--home", str(seeded_home))
    for args in (
        ["search", "   "],
        ["search", "x", "--year", "1800"],
        ["compare", " "],
        ["figures", "--indicator", "no such thing at all"],
        ["figures", "--json", "--csv"],
        ["refs", " "],
    ):
        code, _, stderr = run(*args, *home)
        assert code == 2, args
    code, _, stderr = run("extract", str(tmp_path))
    assert code == 1 and "is a folder" in stderr


def test_compare_prints_ids_that_other_commands_take(seeded_home: Path) -> None:
    code, stdout, _ = run("compare", "party_referrals", "--home", str(seeded_home))
    assert code == 0 and "doc 5893985f8b36f511" in stdout  # the LĐLĐ's 2.158, whole id


def test_remove_then_search_no_longer_finds_it(home_copy: Path) -> None:
    code, _, _ = run("remove", "b5fb734f6863c80b", "--home", str(home_copy))
    assert code == 0
    code, stdout, _ = run("search", "quyên góp Covid-19", "--json", "--home", str(home_copy))
    assert all(h["doc_id"] != "b5fb734f6863c80b" for h in json.loads(stdout)["hits"])


def test_search_notes_an_old_store_and_reindex_updates_it(home_copy: Path) -> None:
    from index.lexical import tokenize
    from index.library import Library

    Library(home_copy).store.replace_terms(
        lambda doc, stored: [(tokenize(p.text, "words"), None) for p in stored], "words", 1
    )
    code, stdout, stderr = run("search", "quyên góp Covid-19", "--json", "--home", str(home_copy))
    assert code == 0 and json.loads(stdout)["hits"]
    assert "baocao reindex" in stderr
    code, _, stderr = run("reindex", "--home", str(home_copy))
    assert code == 0 and "phrases terms" in stderr
    code, _, stderr = run("search", "quyên góp Covid-19", "--home", str(home_copy))
    assert code == 0 and "reindex" not in stderr


def test_an_older_analysis_is_noted_until_reanalysed(home_copy: Path) -> None:
    from index.library import Library

    store = Library(home_copy).store
    # a document stored before the analysis version was recorded
    store.db.execute("UPDATE documents SET analysis = NULL WHERE id = 'b5fb734f6863c80b'")
    for command in (["figures"], ["compare", "members"], ["refs"]):
        code, _, stderr = run(*command, "--home", str(home_copy))
        assert code == 0 and "1 stored documents were analysed by an older baocao" in stderr
    code, _, _ = run("ingest", "--reanalyze", str(SEEDS["bac_giang"]), "--home", str(home_copy))
    assert code == 0
    code, _, stderr = run("figures", "--home", str(home_copy))
    assert code == 0 and "older baocao" not in stderr


def test_csv_for_excel(seeded_home: Path) -> None:
    code, stdout, _ = run("figures", "--excel", "--home", str(seeded_home))
    plain = run("figures", "--csv", "--home", str(seeded_home))[1]
    assert code == 0 and stdout.startswith("\ufeffdoc_id,")
    rows = list(csv.DictReader(io.StringIO(stdout.removeprefix("\ufeff"))))
    assert len(rows) == len(list(csv.DictReader(io.StringIO(plain))))
    assert not any(v.startswith(("=", "+", "@")) for row in rows for v in row.values())
    code, stdout, _ = run("compare", "members", "--excel", "--home", str(seeded_home))
    assert code == 0 and stdout.startswith("\ufeff")


def test_serve_refuses_a_port_it_cannot_have(tmp_path: Path) -> None:
    import socket

    code, _, _ = run("serve", "--port", "99999", "--home", str(tmp_path))
    assert code == 2
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        code, _, stderr = run("serve", "--port", port, "--home", str(tmp_path))
    assert code == 3 and "cannot listen" in stderr and "serving" not in stderr


def test_a_wrong_encoder_makes_no_store(tmp_path: Path) -> None:
    home = tmp_path / "new"
    seed = str(SEEDS["nghe_an"])
    code, _, stderr = run("ingest", seed, "--encoder", "bogus", "--home", str(home))
    assert code == 2 and "--encoder bogus" in stderr and "Traceback" not in stderr
    assert not (home / "baocao.db").exists()


def test_documents_lists_the_store_with_whole_ids(seeded_home: Path) -> None:
    home = ("--home", str(seeded_home))
    code, stdout, _ = run("documents", "--json", *home)
    listed = json.loads(stdout)
    assert code == 0 and listed["total"] == len(listed["documents"]) == 5
    nghe_an = next(d for d in listed["documents"] if d["province"] == "Nghệ An")
    assert nghe_an["figures"] > 0 and nghe_an["period"] == "2022"
    # the table shows each id whole, as `remove` and `search --doc` take it
    code, stdout, _ = run("documents", *home)
    assert code == 0 and all(d["id"] in stdout for d in listed["documents"])
    code, stdout, stderr = run("documents", "--limit", "2", "--csv", *home)
    rows = stdout.strip().splitlines()
    assert code == 0 and rows[0].startswith("id,source,title,kind") and len(rows) == 3
    code, _, _ = run("documents", "--json", "--csv", *home)
    assert code == 2
    # found by province, year, kind and words of their names
    code, stdout, stderr = run("documents", "--find", "vien chuc", "--year", "2023", *home)
    assert code == 0 and "a374986d376cce3e" in stdout and "b5fb734f6863c80b" in stdout
    assert "2 of 5 documents" in stderr
    code, stdout, _ = run("documents", "--province", "Nghệ An", "--json", *home)
    assert [d["id"] for d in json.loads(stdout)["documents"]] == ["0babc0c75662e8a8"]
    code, _, stderr = run("documents", "--kind", "poem", *home)
    assert code == 2 and "unknown document kind 'poem'" in stderr
