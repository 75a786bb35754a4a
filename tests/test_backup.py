"""`baocao backup`: a store copied as it stands, usable as a store of its own."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from typer.testing import CliRunner

from service.cli import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_a_backup_is_a_store_of_its_own(home_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "backup"
    code, _, stderr = run("backup", str(target), "--home", str(home_copy))
    assert code == 0 and "copied 5 documents" in stderr and "and its search index" in stderr
    assert sorted(p.name for p in target.iterdir()) == ["baocao.db", "index"]
    snapshot = (target / "index" / "manifest.json").read_text()
    assert snapshot == (home_copy / "index" / "manifest.json").read_text()
    query = ["search", "chăm lo Tết cho đoàn viên", "--json"]
    original = json.loads(run(*query, "--home", str(home_copy))[1])["hits"]
    copied = json.loads(run(*query, "--home", str(target))[1])["hits"]
    assert [(h["doc_id"], h["start"]) for h in copied] == [
        (h["doc_id"], h["start"]) for h in original
    ]
    # the copy searched with the snapshot it was given: nothing was built again
    assert (target / "index" / "manifest.json").read_text() == snapshot
    # what ingest read came along: the copy analyses its documents again on its own
    code, stdout, _ = run("reanalyze", "--all", "--json", "--home", str(target))
    assert code == 0 and {d["read_from"] for d in json.loads(stdout)["documents"]} == {"store"}


def test_a_backup_while_another_connection_writes_is_whole(home_copy: Path, tmp_path: Path) -> None:
    from index.library import Library
    from ingest import read_bytes

    writer = Library(home_copy)
    text = "Năm 2024, Công đoàn tỉnh Hà Tĩnh đã kết nạp mới 1.250 đoàn viên.".encode()
    raw = read_bytes(text, "ha_tinh.txt")
    prepared = writer.prepare(raw)
    reader = Library(home_copy)
    started = threading.Event()

    def copied(done: int, total: int) -> None:
        if not started.is_set():  # a write lands between the copy's first steps
            started.set()
            writer.commit(prepared)

    from index import store

    step, store.BACKUP_PAGES = store.BACKUP_PAGES, 1
    try:
        reader.store.backup(tmp_path / "copy.db", copied)
    finally:
        store.BACKUP_PAGES = step
    copy = store.Store(tmp_path / "copy.db")
    assert copy.document_count() == 6  # the copy started again, with the new document
    assert copy.id_for_hash(raw.content_hash) == prepared.doc.id
    assert copy.counts(prepared.doc.id) == (1, 1)
    copy.close()


def test_backup_refuses_what_it_would_overwrite(home_copy: Path, tmp_path: Path) -> None:
    home = str(home_copy)
    code, _, stderr = run("backup", home, "--home", home)
    assert code == 2 and "is the store itself" in stderr
    taken = tmp_path / "taken"
    assert run("backup", str(taken), "--home", home)[0] == 0
    code, _, stderr = run("backup", str(taken), "--home", home)
    assert code == 2 and "already holds a store" in stderr
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    code, _, stderr = run("backup", str(a_file), "--home", home)
    assert code == 2 and "is a file" in stderr
    code, _, stderr = run("backup", str(tmp_path / "b"), "--home", str(tmp_path / "none"))
    assert code == 2 and "no store in" in stderr
    (tmp_path / "c" / "index").mkdir(parents=True)
    code, _, stderr = run("backup", str(tmp_path / "c"), "--home", home)
    assert code == 2 and "already holds a folder index" in stderr


def test_a_backup_without_its_index_builds_it_at_its_first_search(
    home_copy: Path, tmp_path: Path
) -> None:
    target = tmp_path / "backup"
    code, _, stderr = run("backup", str(target), "--no-index", "--home", str(home_copy))
    assert code == 0 and "built from them at its first search (--no-index)" in stderr
    assert sorted(p.name for p in target.iterdir()) == ["baocao.db"]
    code, stdout, _ = run("search", "chăm lo Tết cho đoàn viên", "--json", "--home", str(target))
    assert code == 0 and json.loads(stdout)["hits"]
    assert (target / "index" / "manifest.json").exists()


def test_a_snapshot_older_than_the_store_catches_up_in_the_copy(
    home_copy: Path, tmp_path: Path
) -> None:
    """A document added after the last search is in the store but not in the snapshot: the
    copy's first search takes it from the store's change record."""
    from index.library import Library
    from ingest import read_bytes

    library = Library(home_copy)
    text = "Năm 2024, Công đoàn tỉnh Hà Tĩnh đã kết nạp mới 1.250 đoàn viên nghề muối.".encode()
    added = library.add(read_bytes(text, "ha_tinh.txt"))
    library.close()
    target = tmp_path / "backup"
    assert run("backup", str(target), "--home", str(home_copy))[0] == 0
    meta = json.loads((target / "index" / "manifest.json").read_text())["snapshot"]
    assert meta.startswith("snap-5-")  # the five seeds' snapshot; the store is at 6
    code, stdout, _ = run("search", "đoàn viên nghề muối", "--json", "--home", str(target))
    assert json.loads(stdout)["hits"][0]["doc_id"] == added.doc_id


def test_a_snapshot_replaced_during_the_copy_is_taken_again(tmp_path: Path) -> None:
    """A writer saving a newer snapshot deletes the one being copied: the copy starts again
    with the newer one, and never names a half-copied snapshot."""
    from index import search_index

    source, target = tmp_path / "index", tmp_path / "copy"
    for name, generation in (("snap-1-a", 1), ("snap-2-b", 2)):
        (source / name / "bm25").mkdir(parents=True)
        (source / name / "bm25" / "ids.npy").write_bytes(b"x" * 100)
        (source / name / "meta.json").write_text(json.dumps({"generation": generation}))
    (source / "manifest.json").write_text(json.dumps({"snapshot": "snap-1-a"}))
    replaced = []

    def progress(done: int, total: int) -> None:
        if not replaced:  # after the first file: the writer moves on and cleans up
            replaced.append(True)
            (source / "manifest.json").write_text(json.dumps({"snapshot": "snap-2-b"}))
            for path in sorted((source / "snap-1-a").rglob("*"), reverse=True):
                path.rmdir() if path.is_dir() else path.unlink()

    assert search_index.copy_snapshot(source, target, progress) == 2
    assert json.loads((target / "manifest.json").read_text()) == {"snapshot": "snap-2-b"}
    assert sorted(p.name for p in target.iterdir()) == ["manifest.json", "snap-2-b"]
    assert search_index.copy_snapshot(tmp_path / "nothing", tmp_path / "none") is None
