"""`baocao reanalyze`: stored documents analysed again from what the store kept of their
reading, without their files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from service.cli import app
from tests.conftest import CORPUS, SEEDS, watch_the_lock

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "gold"
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _older(home: Path, doc_id: str | None = None, keep_reading: bool = True) -> None:
    """Make documents look analysed by an older baocao (and stored before readings were
    kept, unless `keep_reading`)."""
    from index.library import Library

    library = Library(home)
    where, params = (" WHERE id = ?", (doc_id,)) if doc_id else ("", ())
    library.store.db.execute(f"UPDATE documents SET analysis = 24{where}", params)
    if not keep_reading:
        library.store.db.execute(f"UPDATE documents SET reading = NULL{where}", params)
    library.close()


@pytest.mark.parametrize(
    "path",
    [
        SEEDS["bac_giang"],  # a sidecar's source, title and date
        GOLD / "heldout23" / "newspaper.html",  # a web page: its title, date and site
        GOLD / "heldout23" / "bao-cao.pdf",  # pages and a table
        GOLD / "heldout20" / "scan.pdf",  # scanned pages read by OCR
    ],
    ids=lambda p: p.name,
)
def test_the_kept_reading_gives_back_what_ingest_read(path: Path) -> None:
    from index.readings import kept_reading, restored
    from ingest import read_file
    from nlp.analyze import analyze

    if not path.exists():
        pytest.skip(f"{path} is absent")
    raw = read_file(path)
    doc = analyze(raw)
    again = restored(doc, kept_reading(raw), raw.content_hash)
    assert again == raw
    assert analyze(again) == doc


def test_a_reading_of_another_version_is_not_used() -> None:
    from index.readings import restored
    from ingest import read_file
    from nlp.analyze import analyze

    raw = read_file(SEEDS["nghe_an"])
    doc = analyze(raw)
    assert restored(doc, '{"version": 0, "format": "txt"}', raw.content_hash) is None
    assert restored(doc, "not json", raw.content_hash) is None


def test_documents_are_reanalysed_without_their_files(tmp_path: Path) -> None:
    files = tmp_path / "files"
    shutil.copytree(CORPUS, files)
    home = str(tmp_path / "store")
    assert run("ingest", str(files), "--home", home)[0] == 0
    _, listed, _ = run("documents", "--json", "--home", home)
    shutil.rmtree(files)  # moved, deleted: the store kept what was read
    _older(home=Path(home))
    code, _, stderr = run("figures", "--home", home)
    assert "5 stored documents were analysed by an older baocao" in stderr
    assert "`baocao reanalyze`" in stderr

    code, stdout, stderr = run("reanalyze", "--json", "--home", home)
    assert code == 0, stderr
    rows = json.loads(stdout)["documents"]
    assert [r["status"] for r in rows] == ["reanalysed"] * 5
    assert {r["read_from"] for r in rows} == {"store"}
    # the analysis is this baocao's, the passages as before: no vector made again
    assert all(r["figures"] == r["figures_before"] for r in rows)
    assert sum(r["embedded"] for r in rows) == 0
    assert "5 reanalysed, 0 failed" in stderr
    code, _, stderr = run("figures", "--home", home)
    assert code == 0 and "older baocao" not in stderr
    # the same ids, in the same order, and still found
    assert run("documents", "--json", "--home", home)[1] == listed
    code, stdout, _ = run("search", "chăm lo Tết cho đoàn viên", "--json", "--home", home)
    assert code == 0 and json.loads(stdout)["hits"]
    # nothing older left: said so, and --all does them all again
    code, _, stderr = run("reanalyze", "--home", home)
    assert code == 0 and "all 5 documents were analysed by this baocao" in stderr
    code, stdout, _ = run("reanalyze", "--all", "--json", "--home", home)
    assert code == 0 and len(json.loads(stdout)["documents"]) == 5


def test_a_store_older_than_kept_readings_reads_files_still_in_place(tmp_path: Path) -> None:
    text = tmp_path / "nghe_an.txt"  # no sidecar: the path is its source
    text.write_bytes(SEEDS["nghe_an"].read_bytes())
    gone = tmp_path / "thai_nguyen.txt"
    gone.write_bytes(SEEDS["thai_nguyen"].read_bytes())
    home = tmp_path / "store"
    code, stdout, _ = run("ingest", str(text), str(gone), "--json", "--home", str(home))
    assert code == 0
    ids = {Path(r["path"]).name: r["doc_id"] for r in json.loads(stdout)["files"]}
    _older(home, keep_reading=False)
    gone.unlink()

    code, stdout, stderr = run("reanalyze", "--json", "--home", str(home))
    assert code == 1  # one could not be analysed again
    rows = {r["doc_id"]: r for r in json.loads(stdout)["documents"]}
    redone = rows[ids["nghe_an.txt"]]
    assert redone["status"] == "reanalysed" and redone["read_from"] == "file"
    failed = rows[ids["thai_nguyen.txt"]]
    assert failed["status"] == "failed"
    assert "its file is no longer there" in failed["error"]
    assert "baocao ingest --reanalyze FILE" in failed["error"]
    assert "1 reanalysed, 1 failed" in stderr
    # the one not analysed again keeps its old analysis, and is still older
    code, stdout, _ = run("figures", "--json", "--home", str(home))
    figures = json.loads(stdout)["figures"]
    assert any(f["doc_id"] == ids["thai_nguyen.txt"] for f in figures)
    assert run("figures", "--home", str(home))[2].count("1 stored documents") == 1
    # the one read from its file now keeps its reading
    text.unlink()
    code, stdout, _ = run("reanalyze", ids["nghe_an.txt"], "--json", "--home", str(home))
    assert code == 0 and json.loads(stdout)["documents"][0]["read_from"] == "store"


def test_a_web_page_older_than_kept_readings_is_named_with_its_command(tmp_path: Path) -> None:
    from index.library import Library

    home = tmp_path / "store"
    assert run("ingest", str(SEEDS["unnamed"]), "--home", str(home))[0] == 0
    library = Library(home)
    library.store.db.execute(
        "UPDATE documents SET source = ?1, record = json_set(record, '$.source', ?1)",
        ("https://ldld.example.vn/tin/1",),
    )
    library.close()
    _older(home, keep_reading=False)
    code, stdout, _ = run("reanalyze", "--json", "--home", str(home))
    assert code == 1
    error = json.loads(stdout)["documents"][0]["error"]
    assert "`baocao ingest --reanalyze https://ldld.example.vn/tin/1` fetches the page again" in (
        error
    )


def test_only_passages_that_changed_are_embedded_again(home_copy: Path) -> None:
    from index.library import Library

    library = Library(home_copy)
    doc_id = "0babc0c75662e8a8"
    before = library.store.counts(doc_id)
    # one stored passage's heading as an older chunker left it: its vector is made again
    library.store.db.execute(
        "UPDATE passages SET context = 'Tin tức' WHERE doc_id = ? AND ordinal = 2", (doc_id,)
    )
    raw = library.kept_raw(doc_id)
    assert raw is not None
    prepared = library.prepare(raw, reuse=[doc_id])
    assert prepared.embedded == 1
    result = library.replace(prepared, [doc_id])
    assert result.added and result.doc_id == doc_id
    assert library.store.counts(doc_id) == before


def test_a_failure_while_replacing_loses_nothing(
    home_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from index.library import Library
    from index.store import Store

    library = Library(home_copy)
    doc_id = "a374986d376cce3e"
    raw = library.kept_raw(doc_id)
    assert raw is not None
    prepared = library.prepare(raw, reuse=[doc_id])

    def broken(self: Store) -> int:
        raise OSError("disk full")

    # the old document is removed, then the new one fails to be written
    monkeypatch.setattr(Store, "_next_passage_id", broken)
    with pytest.raises(OSError):
        library.replace(prepared, [doc_id])
    monkeypatch.undo()
    assert library.document(doc_id) is not None
    assert library.store.counts(doc_id) == (6, 21)


def test_reanalyze_refuses_what_it_cannot_do(home_copy: Path, tmp_path: Path) -> None:
    home = str(home_copy)
    code, _, stderr = run("reanalyze", "0000000000000000", "--home", home)
    assert code == 2 and "no document 0000000000000000" in stderr
    code, _, stderr = run("reanalyze", "0babc0c75662e8a8", "--all", "--home", home)
    assert code == 2 and "not both" in stderr
    code, _, stderr = run("reanalyze", "--home", str(tmp_path / "none"))
    assert code == 2 and "no store in" in stderr


def test_the_server_reanalyses_a_document_and_lists_those_outdated(
    home_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastapi.testclient import TestClient

    from service.api import create_app

    _older(home_copy, "5893985f8b36f511")
    _older(home_copy, "a374986d376cce3e", keep_reading=False)
    client = TestClient(create_app(home_copy))
    assert client.get("/api/health").json()["outdated_analyses"] == 2
    listed = client.get("/api/documents", params={"outdated": "true"}).json()
    assert listed["total"] == 2
    assert {d["id"] for d in listed["documents"]} == {"5893985f8b36f511", "a374986d376cce3e"}
    assert client.get("/api/documents").json()["total"] == 5

    # analysis and embedding outside the readers' lock, as an upload's
    held = watch_the_lock(monkeypatch, client)
    answer = client.post("/api/documents/5893985f8b36f511/reanalyze")
    assert answer.status_code == 200 and held == [False]
    assert answer.json() == {
        "doc_id": "5893985f8b36f511",
        "passages": 8,
        "figures": 11,
        "figures_before": 11,
        "references": 0,
        "references_before": 0,
        "embedded": 0,
    }
    assert client.get("/api/health").json()["outdated_analyses"] == 1
    refused = client.post("/api/documents/a374986d376cce3e/reanalyze")
    assert refused.status_code == 409 and "baocao reanalyze" in refused.json()["detail"]
    assert client.post("/api/documents/0000000000000000/reanalyze").status_code == 404
    monkeypatch.setenv("BAOCAO_TOKEN", "s3cret")
    assert client.post("/api/documents/5893985f8b36f511/reanalyze").status_code == 401


def test_a_dry_run_says_what_would_change_and_stores_nothing(home_copy: Path) -> None:
    from index.library import Library

    # as an older baocao left the Nghệ An article: a figure missed, one counted as members,
    # the period read otherwise
    library = Library(home_copy)
    doc = library.document("0babc0c75662e8a8")
    assert doc is not None
    missed = doc.figures[0]
    doc.figures = doc.figures[1:]
    doc.figures[0].indicator = "members"
    doc.period = "2021"
    library.store.db.execute(
        "UPDATE documents SET record = ?, analysis = 24 WHERE id = ?",
        (doc.model_dump_json(), doc.id),
    )
    library.close()
    home = str(home_copy)
    code, stdout, stderr = run("reanalyze", "--dry-run", "--json", "--home", home)
    assert code == 0
    [row] = json.loads(stdout)["documents"]
    assert row["status"] == "would change"
    assert [f["start"] for f in row["figures_added"]] == [missed.start]
    [(was, now)] = row["figures_changed"]
    assert was["indicator"] == "members" and now["indicator"] != "members"
    assert row["metadata"] == {"period": ["2021", "2022"]}
    assert row["figures_removed"] == row["references_added"] == row["references_removed"] == []
    assert f"+ {missed.text}" in stderr and "period '2021' → '2022'" in stderr
    assert "1 would change, 0 the same, 0 failed; nothing stored (--dry-run)" in stderr
    # nothing stored: still older, still as it was
    code, stdout, _ = run("reanalyze", "--dry-run", "--all", "--json", "--home", home)
    statuses = [r["status"] for r in json.loads(stdout)["documents"]]
    assert sorted(statuses) == ["same"] * 4 + ["would change"]
    assert Library(home_copy).outdated_analyses == 1


@pytest.mark.parametrize("workers", ["1", "2"])
def test_analyses_in_other_processes_store_what_one_process_would(
    home_copy: Path, workers: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--workers 2` analyses in two processes of their own, in order (here for five
    documents: a run starts them from PARALLEL_FROM); the passages keep their vectors and
    their BM25 terms, which are what segmenting their words again gives."""
    import sqlite3

    from index.lexical import tokenize
    from index.passages import index_text
    from service import reanalysis

    monkeypatch.setattr(reanalysis, "PARALLEL_FROM", 2)
    pools = []
    pool = reanalysis.ProcessPoolExecutor

    def counted(*args: object, **kwargs: object) -> object:
        pools.append(args)
        return pool(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reanalysis, "ProcessPoolExecutor", counted)

    def stored() -> list[tuple]:
        db = sqlite3.connect(home_copy / "baocao.db")
        rows = db.execute(
            "SELECT d.id, d.record, p.text, p.context, p.terms, p.vector FROM documents d"
            " JOIN passages p ON p.doc_id = d.id ORDER BY d.added_at, p.ordinal"
        ).fetchall()
        db.close()
        return rows

    before = stored()
    code, stdout, stderr = run(
        "reanalyze", "--all", "--workers", workers, "--json", "--home", str(home_copy)
    )
    assert code == 0, stderr
    rows = json.loads(stdout)["documents"]
    assert [r["status"] for r in rows] == ["reanalysed"] * 5
    assert sum(r["embedded"] for r in rows) == 0
    assert len(pools) == (1 if workers == "2" else 0)
    after = stored()
    assert [row[:4] + row[5:] for row in after] == [row[:4] + row[5:] for row in before]
    for _, _, text, context, terms, _ in after:
        assert terms == " ".join(tokenize(index_text(text, context)))
