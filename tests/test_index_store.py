"""The search store over the seed corpus: filters, removal, incremental updates, the HNSW
path and recovery from a crash mid-write."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from index import search_index, vectors
from index.lexical import TERMS_VERSION, tokenize
from index.library import Library
from index.records import Filters
from index.store import Numbered, Store
from ingest import read_bytes, read_file
from tests.conftest import SEEDS

COVID = "quyên góp ủng hộ phòng chống dịch Covid-19"
BAC_GIANG = "b5fb734f6863c80b"
NGHE_AN = "0babc0c75662e8a8"


def _snapshot(home: Path) -> Path:
    return home / "index" / json.loads((home / "index" / "manifest.json").read_text())["snapshot"]


def test_old_and_new_tone_placement_find_each_other(seeded_home: Path) -> None:
    library = Library(seeded_home)
    library.refresh()
    queries = [
        ("quan hệ lao động hài hoà", "hài hòa"),
        ("văn hóa công sở", "văn hoá công sở"),
    ]
    for query, written in queries:
        found = library.index.search_lexical(tokenize(query), 5, None)
        texts = library.store.passages([pid for pid, _ in found])
        assert any(written in texts[pid].text for pid, _ in found), query


def test_filters_keep_k_hits_from_the_filtered_documents(seeded_home: Path) -> None:
    library = Library(seeded_home)
    # unfiltered, the top hits are Bắc Giang's; filtered, Nghệ An still fills all k places,
    # which a filter applied after ranking the top k could not do
    assert library.search(COVID, k=3)[0].province == "Bắc Giang"
    hits = library.search(COVID, k=3, province="Nghệ An")
    assert len(hits) == 3 and {h.doc_id for h in hits} == {NGHE_AN}
    assert {h.doc_id for h in library.search(COVID, k=4, doc_id=NGHE_AN)} == {NGHE_AN}


def test_cites_keeps_documents_citing_a_reference(seeded_home: Path) -> None:
    library = Library(seeded_home)
    citing = {h.doc_id for h in library.search("công đoàn", k=50, cites="02-NQ/TW")}
    assert citing == {NGHE_AN}
    # spacing, "số" and letter case do not matter
    assert {h.doc_id for h in library.search("công đoàn", k=5, cites="số 02- nq/tw")} == citing
    assert library.search("công đoàn", cites="99-NQ/TW") == []
    quang_tri = {h.doc_id for h in library.search("công đoàn", k=50, cites="11/NQ-TU")}
    assert quang_tri == {"8e39f9bb14f4e9c3"}
    # as people type it: with its type, and a Party number in its own order ("11-NQ/TU")
    for typed in ("Nghị quyết số 02-NQ/TW", "nghị quyết 02-nq/tw"):
        assert {h.doc_id for h in library.search("công đoàn", k=5, cites=typed)} == citing
    assert {h.doc_id for h in library.search("công đoàn", k=50, cites="11-NQ/TU")} == quang_tri
    # the citations of an id match the same way: `refs ID` and `cited_by` agree with `cites`
    cited = library.store.references("02-NQ/TW")
    assert {doc for doc, _ in cited} == citing
    assert library.store.references("02-nq/tw") == cited


def test_stored_numbers(home_copy: Path) -> None:
    store = Library(home_copy).store
    assert store.numbered() == []  # the seeds carry no number of their own
    store.db.execute("UPDATE documents SET number = '02-NQ/TW' WHERE id = ?", (NGHE_AN,))
    date = next(d["date"] for d in store.documents() if d["id"] == NGHE_AN)
    assert store.numbered() == [Numbered(NGHE_AN, "02-NQ/TW", date)]
    # a search asks only for its hits' documents
    assert store.numbered({NGHE_AN, "no such id"}) == store.numbered()
    assert store.numbered(set()) == []


def test_remove_really_deletes_vectors(home_copy: Path) -> None:
    library = Library(home_copy)
    library.refresh()
    gone = [
        r[0]
        for r in library.store.db.execute("SELECT id FROM passages WHERE doc_id = ?", (BAC_GIANG,))
    ]
    before = library.index.vectors.index.ntotal
    assert library.remove(BAC_GIANG)
    library.refresh()
    vectors_now = library.index.vectors
    assert vectors_now.kind == "flat"
    assert vectors_now.index.ntotal == before - len(gone)
    assert not set(gone) & set(vectors_now.ids().tolist())
    # the saved snapshot agrees, and a new process sees the same
    reopened = Library(home_copy)
    reopened.refresh()
    assert reopened.index.vectors.index.ntotal == before - len(gone)
    assert all(h.doc_id != BAC_GIANG for h in reopened.search(COVID, k=50))


def test_near_duplicate_documents_give_one_hit(home_copy: Path) -> None:
    library = Library(home_copy)
    original = SEEDS["bac_giang"].read_text("utf-8")
    # a repost: old tone placement, doubled spaces, one line changed
    copy = original.replace("hóa", "hoá").replace("hòa", "hoà").replace(", ", ",  ")
    copy = copy.replace("Chủ nhật", "Thứ hai")
    raw = read_bytes(copy.encode(), "repost.txt", source="repost")
    assert library.add(raw).added
    hits = library.search(COVID, k=5)
    passages = [h.passage for h in hits]
    assert sum("hơn 4,4 tỷ đồng" in p for p in passages) == 1
    assert len(hits) == 5


def test_an_addition_is_incremental(home_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # behave like a large store: changes go to the delta, not to a new snapshot
    monkeypatch.setattr(search_index, "SMALL_STORE", 0)
    monkeypatch.setattr(search_index, "CHANGED_SHARE", 10.0)
    library = Library(home_copy)
    snapshot = _snapshot(home_copy)
    library.remove(BAC_GIANG)
    library.refresh()
    assert library.index.lexical.removed.any()  # masked, not rebuilt
    assert library.search(COVID, k=1)[0].province != "Bắc Giang"
    main = len(library.index.lexical.main)
    assert library.add(read_file(SEEDS["bac_giang"])).added
    library.refresh()
    assert _snapshot(home_copy) == snapshot  # nothing rewritten
    assert len(library.index.lexical.main) == main and len(library.index.lexical.delta) > 0
    assert library.search(COVID, k=1)[0].province == "Bắc Giang"
    # a new process loads the old snapshot and replays the change from SQLite
    reopened = Library(home_copy)
    assert reopened.search(COVID, k=1)[0].province == "Bắc Giang"
    assert _snapshot(home_copy) == snapshot


def test_the_hnsw_path(home_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vectors, "HNSW_MIN_VECTORS", 20)
    shutil.rmtree(home_copy / "index")
    library = Library(home_copy)
    assert library.search(COVID, k=1)[0].province == "Bắc Giang"
    assert library.index.vectors.kind == "hnsw"
    gone = set(library.store.passage_ids(Filters(doc_id=BAC_GIANG)).tolist())
    assert library.remove(BAC_GIANG)
    library.refresh()
    # over a tenth of the graph removed: the snapshot rebuilt it without them
    assert not gone & set(library.index.vectors.ids().tolist())
    assert len(library.index.vectors) == library.store.passage_count()
    assert all(h.doc_id != BAC_GIANG for h in library.search(COVID, k=20))
    # a filter small enough is searched exactly, a larger one through the graph
    exact = library.search(COVID, k=3, province="Nghệ An")
    monkeypatch.setattr(vectors, "EXACT_SHARE", 0.0)
    graph = library.search(COVID, k=3, province="Nghệ An")
    assert [h.start for h in exact] == [h.start for h in graph]
    reopened = Library(home_copy)
    reopened.refresh()
    assert reopened.index.vectors.kind == "hnsw"


def _still_searches(home: Path) -> None:
    hits = Library(home).search(COVID, k=1)
    assert "hơn 4,4 tỷ đồng" in hits[0].passage


@pytest.mark.parametrize("damage", ["truncated faiss", "truncated bm25", "bad manifest", "gone"])
def test_a_damaged_snapshot_is_rebuilt_from_sqlite(home_copy: Path, damage: str) -> None:
    snapshot = _snapshot(home_copy)
    if damage == "truncated faiss":
        path = snapshot / "vectors" / "vectors.faiss"
        path.write_bytes(path.read_bytes()[:100])
    elif damage == "truncated bm25":
        path = next((snapshot / "bm25").glob("data.csc.index.npy"))
        path.write_bytes(path.read_bytes()[:50])
    elif damage == "bad manifest":
        (home_copy / "index" / "manifest.json").write_text('{"snap')
    else:
        shutil.rmtree(snapshot)
    _still_searches(home_copy)
    assert _snapshot(home_copy) != snapshot


def test_a_crash_between_sqlite_and_the_snapshot(home_copy: Path) -> None:
    """SQLite committed, the process died before the indexes were saved: the old snapshot
    plus the store's change record give the right answers."""
    saved = home_copy.parent / "saved-index"
    shutil.copytree(home_copy / "index", saved)
    library = Library(home_copy)
    library.remove(BAC_GIANG)
    library.close()
    shutil.rmtree(home_copy / "index")
    shutil.copytree(saved, home_copy / "index")
    dead = home_copy / "index" / "snap-999-dead.partial"  # half-written, long ago
    dead.mkdir()
    os.utime(dead, (time.time() - 3600, time.time() - 3600))
    hits = Library(home_copy).search(COVID, k=20)
    assert hits and all(h.doc_id != BAC_GIANG for h in hits)
    assert not (home_copy / "index" / "snap-999-dead.partial").exists()


def test_a_failed_write_leaves_the_store_as_it_was(
    home_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = Library(home_copy)
    before = (library.store.generation, library.store.passage_count())
    raw = read_bytes(b"Hoi nghi cong doan. " * 30, "x.txt", source="x")

    def boom(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(library.store, "_bump_generation", boom)
    with pytest.raises(OSError):
        library.add(raw)
    monkeypatch.undo()
    reopened = Library(home_copy)
    assert (reopened.store.generation, reopened.store.passage_count()) == before
    assert reopened.search(COVID, k=1)[0].province == "Bắc Giang"
    # the connection was rolled back, not left inside the failed transaction: the document
    # is added and found (BM25's first by far; fused, a seed's passage may edge past it)
    assert library.add(raw).added
    assert "x" in [hit.source for hit in library.search("Hoi nghi cong doan", k=3)]


def test_reindex_brings_an_old_store_to_the_current_terms(home_copy: Path) -> None:
    library = Library(home_copy)
    original = dict(library.store.db.execute("SELECT id, terms FROM passages").fetchall())
    assert any("+" in terms for terms in original.values())  # syllable pairs are indexed
    contexts = dict(library.store.db.execute("SELECT id, context FROM passages").fetchall())
    assert any(contexts.values())
    # make it a store of an older baocao: word segments only
    library.store.replace_terms(
        lambda doc, stored: [(tokenize(p.text, "words"), None) for p in stored], "words", 1
    )
    old = Library(home_copy)
    assert old.tokenization == "words" and old.tokenization_outdated
    assert old.search(COVID, k=1)[0].province == "Bắc Giang"  # searching words with words
    watching = Library(home_copy)  # another process with the store open, e.g. the server
    watching.refresh()

    assert old.retokenize() == len(original)
    # chunking again recovers each passage's lost heading: the terms are the ones a fresh
    # ingest made, to the letter
    assert dict(old.store.db.execute("SELECT id, terms FROM passages").fetchall()) == original
    # and the contexts of a store made before they were kept (here emptied) come back
    assert dict(old.store.db.execute("SELECT id, context FROM passages").fetchall()) == contexts
    assert not old.tokenization_outdated and old.terms_version == TERMS_VERSION
    watching.refresh()
    assert (watching.tokenization, watching.terms_version) == ("phrases", TERMS_VERSION)
    assert watching.search(COVID, k=1)[0].province == "Bắc Giang"
    assert watching.index.search_lexical(["quyên+góp"], 1, None)


def test_a_store_from_before_ref_keys_gets_them(home_copy: Path) -> None:
    import sqlite3

    with sqlite3.connect(home_copy / "baocao.db") as db:
        db.execute("DROP INDEX refs_key")
        db.execute("ALTER TABLE refs DROP COLUMN ref_key")
    store = Library(home_copy).store
    # the Nghệ An seed cites 02-NQ/TW: found in any letter case, through the new index
    assert {doc for doc, _ in store.references("02-nq/tw")} == {NGHE_AN}
    plan = " ".join(
        str(row)
        for row in store.db.execute(
            "EXPLAIN QUERY PLAN SELECT doc_id FROM refs WHERE ref_key = ?", ("x",)
        )
    )
    assert "refs_key" in plan


def _ids_by_rows(store: Store, where: str, *params: object) -> list[int]:
    rows = store.db.execute(
        f"SELECT p.id FROM passages p JOIN documents d ON d.id = p.doc_id WHERE {where}"
        " ORDER BY p.id",
        params,
    )
    return [r[0] for r in rows]


def test_filters_read_passage_ids_from_document_spans(home_copy: Path) -> None:
    library = Library(home_copy)
    library.remove(BAC_GIANG)  # a hole among the ids
    library.add(read_file(SEEDS["bac_giang"]))
    store = library.store
    for filters, where, params in [
        (Filters(province="Nghệ An"), "d.province = ?", ("Nghệ An",)),
        (Filters(kind="article"), "d.kind = ?", ("article",)),
        (Filters(province="Bắc Giang"), "d.province = ?", ("Bắc Giang",)),
    ]:
        expected = _ids_by_rows(store, where, *params)
        assert expected and store.passage_ids(filters).tolist() == expected
    assert store.passage_ids(Filters(province="Cà Mau")).tolist() == []


def test_a_store_from_before_spans_gets_them(home_copy: Path) -> None:
    import sqlite3

    with sqlite3.connect(home_copy / "baocao.db") as db:
        db.execute("DROP INDEX documents_span")
        db.execute("ALTER TABLE documents DROP COLUMN first_passage")
        db.execute("ALTER TABLE documents DROP COLUMN passage_count")
        db.execute("CREATE INDEX documents_filter ON documents(province, kind, date, period, id)")
        # one document whose ids are not one run: it cannot have a span
        last = db.execute("SELECT max(id) FROM passages WHERE doc_id = ?", (NGHE_AN,)).fetchone()
        db.execute("UPDATE passages SET id = id + 100000 WHERE id = ?", last)
    store = Library(home_copy).store
    spans = dict(store.db.execute("SELECT id, passage_count FROM documents"))
    assert spans.pop(NGHE_AN) is None and all(n > 0 for n in spans.values())
    assert (
        store.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents_filter'").fetchone()
        is None
    )
    article = store.passage_ids(Filters(kind="article")).tolist()
    assert article == _ids_by_rows(store, "d.kind = ?", "article")
    assert max(article) > 100000  # Nghệ An's moved passage, read row by row


def test_a_store_of_older_terms_is_noted_and_reindexed(home_copy: Path) -> None:
    # terms made before the table bar was a separator: "| 1.003" gave "|_1.003"
    library = Library(home_copy)
    library.store.set_meta("terms_version", "1")
    old = Library(home_copy)
    assert old.terms_version == 1 and old.tokenization_outdated
    old.retokenize()
    assert not Library(home_copy).tokenization_outdated
    assert old.search(COVID, k=1)[0].province == "Bắc Giang"


def test_a_store_made_before_names_were_kept_finds_documents_by_name(home_copy: Path) -> None:
    store = Store(home_copy / "baocao.db")
    by_name = Filters(named="vien chuc Thái")
    found = [d["id"] for d in store.documents(filters=by_name)]
    assert found == ["a374986d376cce3e"]
    store.db.execute("ALTER TABLE documents DROP COLUMN names")
    store.db.execute("ALTER TABLE documents DROP COLUMN plain_names")
    store.close()
    older = Store(home_copy / "baocao.db")  # the names are made for the rows there
    assert [d["id"] for d in older.documents(filters=by_name)] == found
    assert older.listed_count(filters=Filters(named="công đoàn")) == 4
    older.close()


def test_an_old_stores_figures_are_indexed_by_indicator_and_province(home_copy: Path) -> None:
    def indexes(store: Store) -> set[str]:
        rows = store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'figures'"
        )
        return {name for (name,) in rows if not name.startswith("sqlite_")}

    store = Store(home_copy / "baocao.db")
    assert indexes(store) == {"figures_doc", "figures_indicator_province"}
    periods = store.figure_periods("members", ["Bắc Giang"])
    assert [period for _, period in periods] == ["2023"]
    (found,) = store.figures_by_id([figure_id for figure_id, _ in periods])
    assert found[0] == "b5fb734f6863c80b" and found[2].text == "hơn 3.120"
    assert sorted(p for _, p in store.figure_periods("party_referrals")) == ["2024", "2025"]
    # a store made before session 23 had an index on the indicator alone
    store.db.execute("DROP INDEX figures_indicator_province")
    store.db.execute("CREATE INDEX figures_indicator ON figures(indicator)")
    store.close()
    older = Store(home_copy / "baocao.db")
    assert indexes(older) == {"figures_doc", "figures_indicator_province"}
    older.close()
