"""The index's parts on their own: passages, terms, fusion, collapse, vector index kinds."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index import vectors as vectors_module
from index.fusion import Fusion, collapse, fuse
from index.lexical import Bm25Segment, LexicalIndex, tokenize
from index.passages import MAX_WORDS, make_passages
from index.text import fingerprint
from index.vectors import VectorIndex
from ingest import read_file
from nlp.analyze import analyze
from nlp.records import Document
from tests.conftest import SEEDS


def test_passages_are_slices_of_whole_sentences_within_bounds() -> None:
    doc = analyze(read_file(SEEDS["bac_giang"]))
    passages = make_passages(doc)
    assert len(passages) > 5
    for p in passages:
        assert doc.text[p.start : p.end] == p.text
        assert len(p.text.split()) <= MAX_WORDS + 40
    # consecutive, non-overlapping
    assert all(a.end <= b.start for a, b in zip(passages, passages[1:], strict=False))


def test_a_heading_opens_its_passage_and_is_context_for_the_next_parts() -> None:
    body = " ".join(f"Câu thứ {i} nói về quyền của đoàn viên công đoàn." for i in range(60))
    text = (
        f"I. KẾT QUẢ ĐẠT ĐƯỢC\n{body}\nII. NHIỆM VỤ NĂM 2025\nTiếp tục chăm lo Tết cho đoàn viên."
    )
    passages = make_passages(Document(id="d", source="s", text=text))
    assert passages[0].text.startswith("I. KẾT QUẢ ĐẠT ĐƯỢC\nCâu thứ 0")
    # a heading is never left at the end of a passage, away from what it heads
    assert any("II. NHIỆM VỤ NĂM 2025\nTiếp tục chăm lo Tết" in p.text for p in passages)
    assert not any(p.text.rstrip().endswith("NĂM 2025") for p in passages)
    # the long section is cut in parts of similar length
    sizes = [len(p.text.split()) for p in passages]
    assert max(sizes) - min(sizes) < 40
    middle = [p for p in passages if not p.text.startswith(("I.", "II."))]
    assert middle and all(p.context == "I. KẾT QUẢ ĐẠT ĐƯỢC" for p in middle)
    assert all(p.index_text.startswith("I. KẾT QUẢ") for p in middle)


def test_table_rows_stay_together_with_their_header_as_context() -> None:
    rows = "\n".join(f"Huyện {i} | {i * 10} đoàn viên | {i} CĐCS" for i in range(40))
    text = f"Bảng kết quả phát triển đoàn viên:\nĐơn vị | Đoàn viên | CĐCS\n{rows}"
    passages = make_passages(Document(id="d", source="s", text=text))
    assert passages[0].text.startswith("Bảng kết quả")  # the lead-in keeps its table
    for p in passages[1:]:
        assert "Đơn vị | Đoàn viên | CĐCS" in p.context
        assert all(" | " in line for line in p.text.split("\n"))


def test_a_page_break_ends_a_passage() -> None:
    first = "Trang một có câu này. " * 10
    second = "Trang hai có câu khác. " * 10
    text = first + "\n" + second
    spans = [(1, 0, len(first) + 1), (2, len(first) + 1, len(text))]
    passages = make_passages(Document(id="d", source="s", text=text), spans)
    assert [p.page for p in passages] == [1, 2]


def test_a_scrap_at_the_foot_of_a_page_joins_the_passage_before_it() -> None:
    # "Vì các lẽ trên," at the foot of an Án lệ page had been a passage, and a search hit
    first = "Tòa án nhận định về hợp đồng thế chấp tài sản. " * 30 + "\nVì các lẽ trên,\n"
    second = "QUYẾT ĐỊNH:\n" + "Chấp nhận kháng nghị của Chánh án. " * 10
    text = first + second
    spans = [(1, 0, len(first)), (2, len(first), len(text))]
    passages = make_passages(Document(id="d", source="s", text=text), spans)
    assert [p.page for p in passages] == [1, 1, 1, 2]
    assert passages[2].text.endswith("Vì các lẽ trên,")
    assert min(len(p.text.split()) for p in passages) > 40


def test_tone_placement_is_folded_but_diacritics_are_kept() -> None:
    assert tokenize("hài hoà, Tỉnh uỷ, khoẻ") == tokenize("hài hòa, Tỉnh ủy, khỏe")
    assert tokenize("HOÀ GIẢI") == tokenize("hòa giải")
    assert tokenize("bàn") != tokenize("ban")  # diacritics are never folded away
    assert "và" not in tokenize("đoàn viên và người lao động")  # a stop word


def test_syllable_terms_split_words() -> None:
    assert tokenize("đoàn viên công đoàn", mode="syllables") == ["đoàn", "viên", "công", "đoàn"]


def test_phrase_terms_keep_word_order_within_a_clause() -> None:
    terms = tokenize("Phát triển đảng viên trong doanh nghiệp.")
    assert "đảng_viên" in terms  # the word segments are still there
    assert {"phát+triển", "đảng+viên", "doanh+nghiệp"} <= set(terms)
    # the same syllables in another order are another phrase
    assert "viên+đảng" in tokenize("đoàn viên đảng viên")
    assert "viên+đảng" not in terms
    # no pair across punctuation, none made of two stop words
    assert "viên+đảng" not in tokenize("đoàn viên. Đảng viên")
    assert "và+các" not in tokenize("đoàn viên và các cấp")
    # tone placement is folded inside pairs too
    assert "hòa+giải" in tokenize("Hoà giải viên")


def test_bm25_delta_segment_scores_on_the_same_scale_as_the_main_one() -> None:
    texts = [f"tài liệu về lao động {'việc làm ' * (i % 5)}" for i in range(50)]
    texts.append("chăm lo tết cho đoàn viên lao động")
    terms = [tokenize(t) for t in texts]
    whole = LexicalIndex(Bm25Segment.build(list(range(51)), terms))
    split = LexicalIndex(Bm25Segment.build(list(range(50)), terms[:50]))
    split.delta = Bm25Segment.build([50], terms[50:])
    query = tokenize("chăm lo tết cho đoàn viên")
    (best, together), (also_best, apart) = whole.search(query, 1)[0], split.search(query, 1)[0]
    assert best == also_best == 50
    # same idf; only the length normalisation differs (each segment has its own mean)
    assert apart == pytest.approx(together, rel=0.2)


def test_bm25_filter_and_removed_rows() -> None:
    terms = [tokenize(f"đoàn viên số {i}") for i in range(10)]
    index = LexicalIndex(Bm25Segment.build(list(range(100, 110)), terms))
    assert {pid for pid, _ in index.search(["đoàn_viên"], 10, np.array([101, 105]))} == {101, 105}
    index.removed[1] = True
    assert 101 not in {pid for pid, _ in index.search(["đoàn_viên"], 10)}


@pytest.mark.parametrize("method", ["rrf", "minmax", "zscore"])
def test_fusion_rewards_agreement(method: str) -> None:
    lexical = [(1, 12.0), (2, 11.0), (5, 3.0), (6, 2.5), (3, 2.0)]
    dense = [(3, 0.90), (2, 0.89), (7, 0.5), (4, 0.4)]
    fused = fuse(lexical, dense, Fusion(method, 60, 0.5, 50))  # type: ignore[arg-type]
    assert fused[0][0] == 2  # near the top of both
    assert {pid for pid, _ in fused} == {1, 2, 3, 4, 5, 6, 7}


def test_fusion_weight_and_depth() -> None:
    lexical = [(1, 5.0), (2, 4.0)]
    dense = [(3, 0.9), (1, 0.1)]
    assert fuse(lexical, dense, Fusion("rrf", 60, 1.0, 50))[0][0] == 3
    assert fuse(lexical, dense, Fusion("rrf", 60, 0.0, 50))[0][0] == 1
    assert {pid for pid, _ in fuse(lexical, dense, Fusion("rrf", 60, 0.5, 1))} == {1, 3}


def test_collapse_drops_copies_and_near_copies_only() -> None:
    base = "Công đoàn tỉnh đã tổ chức chăm lo Tết cho hơn 3.120 đoàn viên có hoàn cảnh khó khăn"
    texts = {
        1: base + " trong năm 2024.",
        2: base.replace("chăm lo", "chăm  lo").upper() + " trong năm 2024",  # same words
        3: base + " trong năm 2024 và năm 2025.",  # a near copy: two words added
        4: "Hội nghị tổng kết công tác thi đua khen thưởng năm 2024 của Liên đoàn Lao động.",
    }
    kept = collapse([(1, 4.0), (2, 3.0), (3, 2.0), (4, 1.0)], lambda pid: fingerprint(texts[pid]))
    assert [pid for pid, _ in kept] == [1, 4]


def test_hnsw_kind_past_the_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vectors_module, "HNSW_MIN_VECTORS", 100)
    rng = np.random.default_rng(7)
    data = rng.normal(size=(300, 32)).astype(np.float32)
    data /= np.linalg.norm(data, axis=1, keepdims=True)
    small = VectorIndex.build(32, np.arange(50), data[:50])
    large = VectorIndex.build(32, np.arange(300), data)
    assert (small.kind, large.kind) == ("flat", "hnsw")
    assert large.search(data[7], 1)[0][0] == 7
    large.remove([7])
    assert large.tombstones == {7} and len(large) == 299
    assert 7 not in {pid for pid, _ in large.search(data[7], 10)}
    # a narrow filter is answered exactly (a removed id skipped), a wide one through the
    # graph: the same answer, and the exact one is the brute-force one
    allowed = np.array([7, 8, 9, 40, 41, 120, 121, 122])
    exact = large.search(data[8], 5, allowed)
    expected = sorted((-float(data[i] @ data[8]), i) for i in allowed if i != 7)[:5]
    assert [p for p, _ in exact] == [i for _, i in expected]
    assert np.allclose([s for _, s in exact], [-s for s, _ in expected], atol=1e-5)
    monkeypatch.setattr(vectors_module, "EXACT_SHARE", 0.0)
    walked = large.search(data[8], 5, allowed)
    assert [p for p, _ in exact] == [p for p, _ in walked]
    # what is kept per filter (rows, selector) goes when the index changes: the same
    # allowed array no longer finds a passage removed since
    large.remove([8])
    assert 8 not in {p for p, _ in large.search(data[8], 5, allowed)}
    monkeypatch.setattr(vectors_module, "EXACT_SHARE", 1.0)
    assert 8 not in {p for p, _ in large.search(data[8], 5, allowed)}


def test_pruned_bm25_top_k_is_exact() -> None:
    rng = np.random.default_rng(3)
    vocabulary = [f"t{i}" for i in range(300)]
    weights = np.arange(1, 301) ** -1.1  # Zipf: a few common terms, many rare ones
    docs = [list(rng.choice(vocabulary, 40, p=weights / weights.sum())) for _ in range(2000)]
    segment = Bm25Segment.build(np.arange(2000), docs)
    narrow = np.zeros(2000, dtype=bool)
    narrow[::50] = True
    queries = [["t0", "t1", "t250"], ["t0", "t2", "t5", "t120", "t299"], ["t0", "t1"]]
    queries.append([f"t{i}" for i in range(0, 300, 13)])  # long, like a legal question
    dead = np.zeros(2000, dtype=bool)
    dead[::7] = True
    for query in queries:
        for keep, removed in ((None, None), (narrow, None), (~narrow, None), (None, dead)):
            rows_kept = None if keep is None else np.flatnonzero(keep)
            for k in (1, 10, 100):
                rows, scores = segment.top(query, {}, k, rows_kept, removed)
                full = segment.scores(query, {})
                if keep is not None:
                    full = np.where(keep, full, 0)
                if removed is not None:
                    full = np.where(removed, 0, full)
                expected = np.sort(full[full > 0])[::-1][:k]
                assert np.allclose(scores, expected), (query, k)
                assert np.allclose(full[rows], scores)
    assert len(segment.top(queries[0], {}, 0)[0]) == 0


def test_a_section_ends_where_a_line_numbered_at_its_level_begins(shared: Path) -> None:
    # NQ 03/NQ-CP's programme: underthesea splits "II." off its title, which had left the
    # whole of sections II and III under "I. MỤC TIÊU"
    path = shared / "corpus/real/resolutions_md/NQ03-NQ-CP_2025.md"
    passages = make_passages(analyze(read_file(path)))
    tasks = next(p for p in passages if "Nhằm đạt được mục tiêu Nghị quyết số 57" in p.text)
    assert tasks.text.startswith("II. NHIỆM VỤ CỤ THỂ") or tasks.context == "II. NHIỆM VỤ CỤ THỂ"
    after = passages[passages.index(tasks) + 1 :]
    assert after and not any(p.context == "I. MỤC TIÊU" for p in after)
    # the 294-QĐ/TW regulation: a lead-in "b) Ở các tỉnh, …:" holds only its own list; it
    # had stood over the next 37 passages, numbered 11.3 to 12.5
    path = shared / "corpus/real/party_pdf/QD294-QD-TW_2025-05-26_thi_hanh_Dieu_le_Dang.pdf"
    raw = read_file(path)
    passages = make_passages(analyze(raw), [(g.number, g.start, g.end) for g in raw.pages])
    under = [p for p in passages if p.context.startswith("b) Ở các tỉnh, thành phố")]
    assert len(under) <= 2
    assert not any(p.context.startswith("Chính phủ; Quốc hội") for p in passages)


def test_a_file_of_several_instruments_names_each_passages_instrument(shared: Path) -> None:
    # a law and the charter after it in one file: the charter's passages said only their
    # chapter, and their hits the law's title
    path = shared / "corpus/real/resolutions_md/Luat_Cong_doan_2012_va_Dieu_le_CDVN.md"
    passages = make_passages(analyze(read_file(path)))
    charter = [p for p in passages if p.context.startswith("ĐIỀU LỆ CÔNG ĐOÀN số: 174/QĐ-TLĐ")]
    assert len(charter) > 20
    assert not any("ĐIỀU LỆ" in p.context for p in passages[: passages.index(charter[0])])
    # NQ 57's file carries KL 69 and NQ 20 after it; KL 69's passages are under KL 69, not
    # under NQ 57's last section
    path = shared / "corpus/real/resolutions_md/NQ57-NQ-TW_2024_bangoc.md"
    passages = make_passages(analyze(read_file(path)))
    under = [p for p in passages if p.context.startswith("Kết luận số 69-KL/TW")]
    assert under and not any("IV- TỔ CHỨC THỰC HIỆN" in p.context for p in under)
    assert any(p.context.startswith("Nghị quyết 20 - 2012 › ") for p in passages)


def test_a_byline_is_no_heading() -> None:
    # the Quảng Trị seed: "Nguyễn Thế Lập" / "Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh" under the
    # title had been the context of all ten passages after the first
    passages = make_passages(analyze(read_file(SEEDS["quang_tri"])))
    assert len(passages) > 5
    assert not any("Chủ tịch" in p.context or "Nguyễn" in p.context for p in passages)


def test_numbering_levels() -> None:
    from index.passages import numbering_level

    levels = [
        numbering_level(line)
        for line in ("Chương III", "I. MỤC TIÊU", "Điều 14. Trình tự", "2. Cấp tỉnh", "a) Ở")
    ]
    assert levels == sorted(levels)
    # not numbered: a figure, a year, a date
    assert {numbering_level(x) for x in ("3.120 đoàn viên", "2024 là năm", "12/6/2021")} == {None}
