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
    assert code == 0 and "copied 5 documents" in stderr
    assert sorted(p.name for p in target.iterdir()) == ["baocao.db"]  # the index is derived
    query = ["search", "chăm lo Tết cho đoàn viên", "--json"]
    original = json.loads(run(*query, "--home", str(home_copy))[1])["hits"]
    copied = json.loads(run(*query, "--home", str(target))[1])["hits"]
    assert [(h["doc_id"], h["start"]) for h in copied] == [
        (h["doc_id"], h["start"]) for h in original
    ]
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
