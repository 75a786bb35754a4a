"""The library: documents in, cited passages out. Ties the store, BM25, FAISS and the
encoder together; the service layer talks only to this.

SQLite holds the truth (passage vectors included). The BM25 and FAISS indexes are derived
from it and kept in step incrementally (see `search_index`); a missing, damaged or stale
snapshot is rebuilt from SQLite, so a crash between writes never leaves a store that cannot
be searched.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from pathlib import Path
from typing import get_args

import numpy as np

from ingest import RawDocument
from nlp.analyze import ANALYSIS_VERSION, analyze, document_id
from nlp.records import Document
from nlp.tokenizers import lexicon
from nlp.units import spelled_out

from .cache import Lru
from .encoders import DEFAULT_ENCODER, Encoder, Progress, load_encoder
from .fusion import DEFAULT_FUSION, Fusion, collapse, fuse
from .highlight import highlights
from .lexical import (
    DEFAULT_TOKENIZATION,
    TERMS_VERSION,
    Tokenization,
    stopwords,
    tokenize,
)
from .marks import MarkRestorer, typed_without_marks
from .passages import index_text, make_passages
from .readings import kept_reading, restored
from .records import Filters, Hit
from .search_index import SearchIndex, copy_snapshot
from .store import PassageRow, Store, StoredPassage
from .text import Fingerprint, abbreviations_of, fingerprint

# queries' vectors and terms kept: encoding a query costs 10-20 ms, segmenting it ~1 ms
QUERY_CACHE = 2048
FILTER_CACHE = 64  # filtered passage id sets kept
FINGERPRINT_CACHE = 8192  # passages' near-duplicate fingerprints kept (~6 kB each)
# extra fused candidates fetched so that collapsing near-duplicates still leaves k hits
COLLAPSE_SLACK = 10


STORE_FILE = "baocao.db"  # in the store folder; everything else derives from it
INDEX_FOLDER = "index"  # the search indexes' snapshots, beside it


class EncoderMismatch(ValueError):
    pass


@dataclass(frozen=True)
class Prepared:
    """A document analysed, chunked and embedded, not yet stored (`Library.commit`)."""

    doc: Document
    content_hash: str
    rows: list[PassageRow]
    reading: str | None = None  # what ingest read (index.readings), kept beside it
    embedded: int = 0  # passages the encoder embedded (the others kept their vectors)


@dataclass(frozen=True)
class KeptPassage:
    """What a stored passage keeps for a document analysed again: its vector and terms."""

    vector: np.ndarray
    terms: list[str]


@dataclass(frozen=True)
class AddResult:
    doc_id: str
    added: bool
    passages: int = 0
    figures: int = 0


class Library:
    def __init__(
        self, home: Path, encoder: str | None = None, fusion: Fusion = DEFAULT_FUSION
    ) -> None:
        self.home = Path(home)
        self.store = Store(self.home / STORE_FILE)
        stored = self.store.get_meta("encoder")
        if stored and encoder and encoder != stored:
            raise EncoderMismatch(
                f"the store in {self.home} was built with encoder {stored!r}, not {encoder!r};"
                " use another --home for another encoder"
            )
        self.encoder_spec = stored or encoder or DEFAULT_ENCODER
        tokens = self.store.get_meta("tokenization")
        if tokens is None and stored:
            tokens = "words"  # a store made before the tokenization was recorded
        self.tokenization = _tokenization(tokens)
        self.terms_version = _terms_version(self.store.get_meta("terms_version"), bool(stored))
        self.fusion = fusion
        self._encoder: Encoder | None = None
        self._index: SearchIndex | None = None
        self._vectors: Lru[str, np.ndarray] = Lru(QUERY_CACHE)
        self._terms: Lru[str, list[str]] = Lru(QUERY_CACHE)
        self._allowed: Lru[tuple, np.ndarray | None] = Lru(FILTER_CACHE)
        self._fingerprints: Lru[int, Fingerprint] = Lru(FINGERPRINT_CACHE)
        self._readings: Lru[str, str] = Lru(QUERY_CACHE)
        self._restorer: tuple[object, MarkRestorer] | None = None

    def close(self) -> None:
        self.store.close()

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = load_encoder(self.encoder_spec)
        return self._encoder

    # writing ------------------------------------------------------------------------------
    def add(self, raw: RawDocument, progress: Progress | None = None) -> AddResult:
        """Analyse, chunk, embed and store one document; a known content hash is a no-op."""
        return self.stored(raw.content_hash) or self.commit(self.prepare(raw, progress))

    def stored(self, content_hash: str) -> AddResult | None:
        """What the store holds of a file with this content hash, None when nothing: an
        upload again is told what is there, not zeros."""
        existing = self.store.id_for_hash(content_hash)
        if not existing:
            return None
        passages, figures = self.store.counts(existing)
        return AddResult(existing, added=False, passages=passages, figures=figures)

    def prepare(
        self,
        raw: RawDocument,
        progress: Progress | None = None,
        reuse: Collection[str] = (),
        kept: dict[str, KeptPassage] | None = None,
        doc: Document | None = None,
    ) -> Prepared:
        """The analysis, passages and vectors of a document. A passage the stored documents
        `reuse` (the same file analysed before, the page before its edit) already hold, with
        the same heading, keeps its vector and BM25 terms: embedding is most of the work,
        segmenting words for the terms half of the rest, and a newer analysis rarely moves a
        passage. A server runs this outside the lock its readers take (`commit` writes
        under it), with their `stored_passages` read under it (`kept`) instead of `reuse`.
        `doc`: the analysis of `raw`, when made elsewhere (another process)."""
        doc = doc or analyze(raw)
        spans = [(p.number, p.start, p.end) for p in raw.pages] if raw.paginated else None
        passages = make_passages(doc, spans)
        texts = [p.index_text for p in passages]
        known = {**(kept or {}), **self.stored_passages(reuse)}
        missing = [t for t in texts if t not in known]
        vectors = {t: k.vector for t, k in known.items()}
        if missing:
            vectors.update(
                zip(missing, self.encoder.encode_passages(missing, progress), strict=True)
            )
        # stored terms are this tokenization's; this code's too unless `reindex` is due
        current = self.terms_version == TERMS_VERSION
        rows = [
            PassageRow(
                p.ordinal,
                p.start,
                p.end,
                p.page,
                p.text,
                known[t].terms if current and t in known else tokenize(t, self.tokenization),
                vectors[t],
                p.context,
            )
            for p, t in zip(passages, texts, strict=True)
        ]
        return Prepared(doc, raw.content_hash, rows, kept_reading(raw), len(missing))

    def stored_passages(self, doc_ids: Collection[str]) -> dict[str, KeptPassage]:
        """The vectors and terms of the stored documents' passages, by the text they index."""
        found: dict[str, KeptPassage] = {}
        for doc_id in doc_ids:
            for text, context, blob, terms in self.store.reusable_passages(doc_id):
                vector = np.frombuffer(blob, dtype=np.float32)
                found[index_text(text, context)] = KeptPassage(vector, terms.split())
        return found

    def commit(
        self, prepared: Prepared, added_at: str | None = None, replacing: Collection[str] = ()
    ) -> AddResult:
        """Store a prepared document (unless the same file was stored meanwhile) in place of
        the documents `replacing`; `added_at` keeps a document analysed again in its place in
        the store's order."""
        already = self.stored(prepared.content_hash)
        if already and already.doc_id not in replacing:
            return already
        doc = prepared.doc
        if self.store.get_meta("encoder") is None:
            self.store.set_meta("encoder", self.encoder_spec)
            self.store.set_meta("dim", str(self.encoder.dim))
            self.store.set_meta("tokenization", self.tokenization)
            self.store.set_meta("terms_version", str(self.terms_version))
        self.store.add(
            doc,
            prepared.content_hash,
            prepared.rows,
            ANALYSIS_VERSION,
            added_at,
            prepared.reading,
            replacing,
        )
        return AddResult(doc.id, added=True, passages=len(prepared.rows), figures=len(doc.figures))

    def replace(self, prepared: Prepared, old: list[str]) -> AddResult:
        """Store `prepared` in place of the documents `old` (a file analysed again, a web
        page edited since), in the first one's place in the store's order, in one
        transaction: a failure to make the new analysis, or a crash, loses nothing. A file
        stored meanwhile (another upload of the same) leaves the old in place."""
        added_at = self.store.added_at(old[0]) if old else None
        return self.commit(prepared, added_at, old)

    def kept_raw(self, doc_id: str, doc: Document | None = None) -> RawDocument | None:
        """What ingest read of a stored document, as it read it (None: unknown, or stored
        before baocao kept readings): enough to analyse it again without its file. `doc`:
        its stored Document, when the caller has read it already."""
        row = self.store.reading(doc_id)
        if row is None or row[1] is None:
            return None
        content_hash, reading = row
        doc = doc or self.store.document(doc_id)
        return restored(doc, reading, content_hash) if doc else None

    def remove(self, doc_id: str) -> bool:
        return self.store.remove(doc_id) is not None

    def backup(
        self,
        target: Path,
        with_index: bool = True,
        pages: Callable[[int, int], None] | None = None,
        index_bytes: Callable[[int, int], None] | None = None,
    ) -> int | None:
        """Copy the store into the folder `target` as it stands at one moment, and, unless
        `with_index` is false, its search indexes' last snapshot (so that the copy's first
        search catches up instead of building them: minutes at a million passages). Returns
        the snapshot's generation, None when none was copied. Nothing is left in `target`
        when the copy fails; the index takes its name only after the store has its own."""
        target.mkdir(parents=True, exist_ok=True)
        index_copy = target / f"{INDEX_FOLDER}.partial"
        shutil.rmtree(index_copy, ignore_errors=True)  # a crashed backup's leftover
        generation = None
        try:
            if with_index:
                # before the store: the snapshot is then no newer than the store's copy
                generation = copy_snapshot(self.home / INDEX_FOLDER, index_copy, index_bytes)
            self.store.backup(target / STORE_FILE, pages)
        except BaseException:
            shutil.rmtree(index_copy, ignore_errors=True)
            raise
        if generation is None:
            shutil.rmtree(index_copy, ignore_errors=True)
        else:
            index_copy.rename(target / INDEX_FOLDER)
        return generation

    # derived indexes ----------------------------------------------------------------------
    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            dim = int(self.store.get_meta("dim") or 0) or self.encoder.dim
            self._index = SearchIndex(
                self.home / INDEX_FOLDER, self.store, dim, self.tokenization, self.terms_version
            )
        return self._index

    def refresh(self) -> None:
        """Bring BM25 and FAISS up to the store's generation (incrementally when possible)."""
        stored = self.store.get_meta("tokenization")
        recorded = self.store.get_meta("terms_version")
        version = int(recorded) if recorded else self.terms_version
        if (stored and stored != self.tokenization) or version != self.terms_version:
            # `retokenize` ran in another process: the indexes and cached terms are stale
            self.tokenization = _tokenization(stored)
            self.terms_version = version
            self._index = None
            self._terms = Lru(QUERY_CACHE)
        self.index.sync()

    @property
    def tokenization_outdated(self) -> bool:
        """The store's BM25 terms are an older kind than this version of baocao makes."""
        older = self.tokenization != DEFAULT_TOKENIZATION or self.terms_version < TERMS_VERSION
        return older and self.store.document_count() > 0

    @property
    def outdated_analyses(self) -> int:
        """Documents an older version of baocao analysed (`ingest --reanalyze` redoes them)."""
        return self.store.analysed_before(ANALYSIS_VERSION)

    def retokenize(self, progress: Progress | None = None) -> int:
        """Recompute every passage's BM25 terms the current way (DEFAULT_TOKENIZATION) and
        its context (the heading it was cut away from) from the stored text; vectors and
        figures stay. Returns the number of passages."""
        target = DEFAULT_TOKENIZATION

        def index_of(
            doc: Document, stored: list[StoredPassage]
        ) -> list[tuple[list[str], str | None]]:
            return [(tokenize(text, target), context) for text, context in _indexed(doc, stored)]

        count = self.store.replace_terms(index_of, target, TERMS_VERSION, progress)
        self.refresh()
        return count

    # reading ------------------------------------------------------------------------------
    def query_vector(self, query: str) -> np.ndarray:
        return self._vectors.get(query, lambda: self.encoder.encode_queries([query])[0])

    def reading(self, query: str) -> str:
        """The query as searched: typed without marks ("cham lo tet doan vien"), it gets the
        marks the store's vocabulary makes likeliest ("chăm lo tết đoàn viên"); its
        abbreviations are written out ("CĐCS" -> "công đoàn cơ sở"), for the passages that
        write them out and for the encoder, which reads the words better."""
        # read once per query: a search asks again for its terms, its vector and each hit's
        # highlights
        return self._readings.get(query, lambda: spelled_out(self._with_marks(query)))

    def _with_marks(self, query: str) -> str:
        return self._mark_restorer().restore(query) if typed_without_marks(query) else query

    def _mark_restorer(self) -> MarkRestorer:
        # made from the main BM25 segment (one pass over its vocabulary), again only when a new
        # snapshot replaces it; words only in the newest documents wait until then
        self.refresh()
        main = self.index.lexical.main
        if self._restorer is None or self._restorer[0] is not main:
            restorer = MarkRestorer.from_vocabulary(main.vocabulary(), stopwords(), lexicon())
            self._restorer = (main, restorer)
        return self._restorer[1]

    def _search_terms(self, query: str) -> list[str]:
        """BM25's terms: those of the query as read, as typed when that differs (a text
        written without marks is still found by its own words), and the abbreviations of
        what it writes out ("công đoàn cơ sở" also finds a report writing only "CĐCS")."""
        reading = self.reading(query)
        terms = self.query_terms(reading)
        if reading != query:
            terms = terms + self.query_terms(query)
        short = abbreviations_of(reading)
        return terms + self.query_terms(" ".join(short)) if short else terms

    def query_terms(self, query: str) -> list[str]:
        return self._terms.get(query, lambda: tokenize(query, self.tokenization))

    def allowed(self, filters: Filters) -> np.ndarray | None:
        """Passage ids the filters keep (None: no filter), remembered per store generation:
        the same few provinces and kinds come back again and again, and reading 30k ids
        out of SQLite takes longer than the search itself."""
        key = (self.store.generation, filters)
        return self._allowed.get(key, lambda: self.store.passage_ids(filters))

    def _rank(
        self, query: str, k: int, allowed: np.ndarray | None
    ) -> tuple[list[tuple[int, float]], dict[int, StoredPassage]]:
        """Fused (passage id, score), best first, near-duplicates collapsed, and the passages
        read on the way; `allowed` restricts both rankings before they rank."""
        if not query.strip() or k <= 0 or (allowed is not None and not len(allowed)):
            return [], {}
        self.refresh()
        index = self.index
        depth = max(self.fusion.depth, k + COLLAPSE_SLACK)
        lexical = index.search_lexical(self._search_terms(query), depth, allowed)
        dense = []
        if len(index):
            dense = index.search_dense(self.query_vector(self.reading(query)), depth, allowed)
        fusion = self.fusion if depth == self.fusion.depth else replace(self.fusion, depth=depth)
        pool = len(index) if allowed is None else len(allowed)
        fused = fuse(lexical, dense, fusion, pool)[: k + COLLAPSE_SLACK]
        passages = self.store.passages([pid for pid, _ in fused])
        # a passage removed by another process since our last sync is simply skipped
        fused = [(pid, score) for pid, score in fused if pid in passages]
        return collapse(fused, lambda pid: self._fingerprint(passages[pid]), k), passages

    def _fingerprint(self, passage: StoredPassage) -> Fingerprint:
        return self._fingerprints.get(passage.id, lambda: fingerprint(passage.text))

    def search(
        self,
        query: str,
        k: int = 10,
        province: str | None = None,
        kind: str | None = None,
        year: int | None = None,
        doc_id: str | None = None,
        cites: str | None = None,
        within: tuple[int, int] | None = None,
    ) -> list[Hit]:
        """Hybrid search: BM25 and dense rankings fused, the filters (see `Filters`) applied
        before ranking."""
        if not query.strip() or k <= 0:
            return []
        allowed = self.allowed(Filters(province, kind, year, doc_id, cites, within))
        best, passages = self._rank(query, k, allowed)
        docs = self.store.document_rows({passages[pid].doc_id for pid, _ in best})
        hits = []
        for pid, score in best:
            p = passages[pid]
            d = docs[p.doc_id]
            hits.append(
                Hit(
                    doc_id=p.doc_id,
                    source=d["source"],
                    title=d["title"],
                    province=d["province"],
                    kind=d["kind"],
                    page=p.page,
                    passage=p.text,
                    context=p.context,
                    highlights=self._highlights(p.text, query),
                    score=round(score, 6),
                    start=p.start,
                    end=p.end,
                )
            )
        return hits

    def _highlights(self, passage: str, query: str) -> list[tuple[int, int]]:
        # the words as read (and the abbreviations of those written out, which BM25 also
        # matched), or as typed in a passage written without marks itself
        reading = self.reading(query)
        found = highlights(passage, " ".join([reading, *abbreviations_of(reading)]))
        return found if found or reading == query else highlights(passage, query)

    def document(self, doc_id: str) -> Document | None:
        return self.store.document(doc_id)


def _indexed(doc: Document, stored: list[StoredPassage]) -> list[tuple[str, str | None]]:
    """What is indexed for each stored passage, and its context: chunking the document again
    gives the same passages (with the heading each one lost) unless the chunking changed
    since; then the stored text and context."""
    spans = _page_spans(doc, stored)
    again = make_passages(doc, spans)
    if [(p.start, p.end) for p in again] == [(p.start, p.end) for p in stored]:
        return [(p.index_text, p.context or None) for p in again]
    return [(index_text(p.text, p.context), p.context) for p in stored]


def _page_spans(doc: Document, stored: list[StoredPassage]) -> list[tuple[int, int, int]] | None:
    """Page spans as the passages show them: a page runs from its first passage's start to
    the next page's first passage."""
    firsts: dict[int, int] = {}
    for passage in stored:
        if passage.page is None:
            return None
        firsts.setdefault(passage.page, passage.start)
    pages = sorted(firsts.items(), key=lambda item: item[1])
    ends = [start for _, start in pages[1:]] + [len(doc.text)]
    return [(page, start, end) for (page, start), end in zip(pages, ends, strict=True)]


def _terms_version(stored: str | None, existing: bool) -> int:
    """The version of a store's terms: as recorded; else the first for a store that holds
    documents (made before versions were recorded), the current one for a new store."""
    if stored:
        return int(stored)
    return 1 if existing else TERMS_VERSION


def _tokenization(name: str | None) -> Tokenization:
    for known in get_args(Tokenization):
        if name == known:
            return known
    return DEFAULT_TOKENIZATION


__all__ = ["AddResult", "EncoderMismatch", "Library", "document_id"]
