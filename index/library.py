"""The library: documents in, cited passages out. Ties the store, BM25, FAISS and the
encoder together; the service layer talks only to this.

SQLite holds the truth (passage vectors included). The BM25 and FAISS indexes are files
derived from it for one store generation; a missing or stale one is rebuilt on open, so a
crash between writes never leaves a store that cannot be searched.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from ingest import RawDocument
from nlp.analyze import analyze, document_id
from nlp.records import Document

from .encoders import DEFAULT_ENCODER, Encoder, Progress, load_encoder
from .lexical import LexicalIndex, tokenize
from .passages import make_passages
from .records import Hit
from .store import PassageRow, Store
from .vectors import VectorIndex

RRF_K = 60
CANDIDATES = 50


class EncoderMismatch(ValueError):
    pass


@dataclass(frozen=True)
class AddResult:
    doc_id: str
    added: bool
    passages: int = 0
    figures: int = 0


class Library:
    def __init__(self, home: Path, encoder: str | None = None) -> None:
        self.home = Path(home)
        self.store = Store(self.home / "baocao.db")
        stored = self.store.get_meta("encoder")
        if stored and encoder and encoder != stored:
            raise EncoderMismatch(
                f"the store in {self.home} was built with encoder {stored!r}, not {encoder!r};"
                " use another --home for another encoder"
            )
        self.encoder_spec = stored or encoder or DEFAULT_ENCODER
        self._encoder: Encoder | None = None
        self._generation = -1
        self._lexical: LexicalIndex | None = None
        self._vectors: VectorIndex | None = None

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
        existing = self.store.id_for_hash(raw.content_hash)
        if existing:
            return AddResult(existing, added=False)
        doc = analyze(raw)
        return self.add_document(doc, raw, progress)

    def add_document(
        self, doc: Document, raw: RawDocument, progress: Progress | None = None
    ) -> AddResult:
        spans = [(p.number, p.start, p.end) for p in raw.pages] if raw.paginated else None
        passages = make_passages(doc, spans)
        vectors = self.encoder.encode_passages([p.text for p in passages], progress)
        rows = [
            PassageRow(p.ordinal, p.start, p.end, p.page, p.text, tokenize(p.text), vector)
            for p, vector in zip(passages, vectors, strict=True)
        ]
        if self.store.get_meta("encoder") is None:
            self.store.set_meta("encoder", self.encoder_spec)
            self.store.set_meta("dim", str(self.encoder.dim))
        self.store.add(doc, raw.content_hash, rows)
        return AddResult(doc.id, added=True, passages=len(rows), figures=len(doc.figures))

    def remove(self, doc_id: str) -> bool:
        return self.store.remove(doc_id) is not None

    # derived indexes ----------------------------------------------------------------------
    def _index_dir(self) -> Path:
        return self.home / "index"

    def refresh(self) -> None:
        """Bring BM25 and FAISS up to the store's generation, from disk or rebuilt."""
        generation = self.store.generation
        if generation == self._generation:
            return
        folder = self._index_dir() / f"gen-{generation}"
        try:
            lexical = LexicalIndex.load(folder / "bm25")
            vectors = VectorIndex.load(folder / "vectors.faiss")
        except (OSError, RuntimeError, ValueError):
            lexical, vectors = self._rebuild(folder)
        self._lexical, self._vectors, self._generation = lexical, vectors, generation

    def _rebuild(self, folder: Path) -> tuple[LexicalIndex, VectorIndex]:
        lexical = LexicalIndex.build(*self.store.all_terms())
        dim = int(self.store.get_meta("dim") or 0) or self.encoder.dim
        vectors = VectorIndex.empty(dim)
        vectors.add(*self.store.all_vectors(dim))
        staging = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(staging, ignore_errors=True)
        lexical.save(staging / "bm25")
        vectors.save(staging / "vectors.faiss")
        shutil.rmtree(folder, ignore_errors=True)
        staging.rename(folder)
        for old in self._index_dir().glob("gen-*"):
            if old != folder:
                shutil.rmtree(old, ignore_errors=True)
        return lexical, vectors

    # reading ------------------------------------------------------------------------------
    def search(
        self,
        query: str,
        k: int = 10,
        province: str | None = None,
        kind: str | None = None,
        year: int | None = None,
        doc_id: str | None = None,
    ) -> list[Hit]:
        """Hybrid search: BM25 and dense rankings fused by reciprocal rank."""
        if not query.strip() or k <= 0:
            return []
        self.refresh()
        assert self._lexical is not None and self._vectors is not None
        allowed = self.store.passage_ids(province=province, kind=kind, year=year, doc_id=doc_id)
        if allowed is not None and not allowed:
            return []
        depth = max(CANDIDATES, k)
        lexical = self._lexical.search(tokenize(query), depth, allowed)
        dense = []
        if len(self._vectors):
            dense = self._vectors.search(self.encoder.encode_queries([query])[0], depth, allowed)
        fused: dict[int, float] = {}
        for ranking in (lexical, dense):
            for rank, (pid, _) in enumerate(ranking):
                fused[pid] = fused.get(pid, 0.0) + 1.0 / (RRF_K + rank + 1)
        best = sorted(fused.items(), key=lambda item: -item[1])[:k]
        passages = self.store.passages([pid for pid, _ in best])
        docs = self.store.document_rows({p.doc_id for p in passages.values()})
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
                    score=round(score, 6),
                    start=p.start,
                    end=p.end,
                )
            )
        return hits

    def document(self, doc_id: str) -> Document | None:
        return self.store.document(doc_id)


__all__ = ["AddResult", "EncoderMismatch", "Library", "document_id"]
