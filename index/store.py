"""The SQLite store: the one source of truth for documents, passages (with their vectors),
figures and references. Search indexes are derived from it and can always be rebuilt.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from nlp.records import Document, Figure, Reference
from nlp.references import reference_key
from nlp.text import strip_marks

from .records import Filters
from .text import search_form

# how refs.ref_key is made: 2 when it became nlp.references.reference_key (casefold before),
# 3 when that read the id inside a longer text
REF_KEYS = "3"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    title TEXT, kind TEXT NOT NULL, number TEXT, issuer TEXT,
    province TEXT, date TEXT, period TEXT,
    pages INTEGER NOT NULL,
    added_at TEXT NOT NULL DEFAULT (datetime('now')),
    record TEXT NOT NULL            -- the whole Document as JSON
);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, page INTEGER,
    text TEXT NOT NULL,
    terms TEXT NOT NULL,            -- BM25 terms, space separated
    context TEXT,                   -- the heading or table header it was cut away from
    vector BLOB NOT NULL            -- float32, normalised
);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc_id);
CREATE INDEX IF NOT EXISTS documents_number ON documents(number, id);
-- the documents list pages through this, newest first, without reading the records
CREATE INDEX IF NOT EXISTS documents_added ON documents(added_at, id);
-- a web page fetched again is found by its address (ingest of a URL)
CREATE INDEX IF NOT EXISTS documents_source ON documents(source);
CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    indicator TEXT, province TEXT, kind TEXT NOT NULL, unit TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS figures_doc ON figures(doc_id);
-- an indicator's figures, and one province's of them (compare, check)
CREATE INDEX IF NOT EXISTS figures_indicator_province ON figures(indicator, province);
DROP INDEX IF EXISTS figures_indicator;  -- the one above does its work (stores before 23)
CREATE TABLE IF NOT EXISTS refs (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ref_id TEXT NOT NULL, type TEXT NOT NULL, date TEXT,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS refs_doc ON refs(doc_id);
CREATE INDEX IF NOT EXISTS refs_id ON refs(ref_id);
-- the instruments of a file holding several (Document.instruments): "69-KL/TW" is stored
-- when the file of NQ 57 holds it
CREATE TABLE IF NOT EXISTS instruments (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number TEXT NOT NULL, date TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS instruments_doc ON instruments(doc_id);
-- passages removed, by the generation that removed them: a search index saved at an older
-- generation learns here what to drop
CREATE TABLE IF NOT EXISTS removed (
    passage_id INTEGER NOT NULL,
    generation INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS removed_generation ON removed(generation);
"""

# ids bound to one statement at a time (SQLite before 3.32 allowed 999 parameters)
_BATCH = 900
# pages copied at a time by `backup` (4 MiB of 4 KiB pages): readers and writers go on
# between the steps; a write by another connection starts the copy again
BACKUP_PAGES = 1024
# documents made by an analysis older than the version given (or one that did not record
# itself: stores made before versions were)
_OLDER = "analysis IS NULL OR analysis < ?"


@dataclass(frozen=True)
class StoredPassage:
    id: int
    doc_id: str
    text: str
    start: int
    end: int
    page: int | None
    context: str | None = None  # the heading or table header above it, cut away


@dataclass(frozen=True)
class PassageRow:
    """A passage to store: where it is, its BM25 terms and its vector."""

    ordinal: int
    start: int
    end: int
    page: int | None
    text: str
    terms: list[str]
    vector: np.ndarray
    context: str = ""


@dataclass
class Changes:
    """What a search index saved at some generation must apply to reach `generation`."""

    generation: int
    added: list[int] = field(default_factory=list)
    terms: list[list[str]] = field(default_factory=list)
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    removed: list[int] = field(default_factory=list)


# a stored document's summary (`Store.documents`), in its columns' order
SUMMARY_FIELDS = (
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
    "added_at",
    "figures",
    "references",
)


@dataclass(frozen=True)
class Numbered:
    """A number a stored document bears: its own (start None), or one instrument's of a
    file holding several ("69-KL/TW" at [start, end) of the file of NQ 57)."""

    doc_id: str
    number: str
    date: str | None
    start: int | None = None
    end: int | None = None


class Store:
    """SQLite in WAL mode; every change is one transaction and bumps `generation`.

    Passage ids only grow (`next_passage` in meta), so an index that has seen every id up
    to some value knows that anything above it is new.
    """

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        # Python's casefold knows "Đ"; SQLite's own NOCASE only folds ASCII
        self.db.create_function("casefold", 1, _casefold, deterministic=True)
        self.db.create_function("search_form", 1, _search_form, deterministic=True)
        self.db.create_function("name_words", 1, name_words, deterministic=True)
        self.db.create_function("plain_name_words", 1, plain_name_words, deterministic=True)
        self.db.create_function("reference_key", 1, reference_key, deterministic=True)
        self._add_missing_columns()

    def _add_missing_columns(self) -> None:
        """Columns added since the first stores were made (NULL in their old rows)."""
        if "analysis" not in self._columns("documents"):
            # the analysis version (nlp.analyze.ANALYSIS_VERSION) that made the document
            self.db.execute("ALTER TABLE documents ADD COLUMN analysis INTEGER")
        if "unread" not in self._columns("documents"):
            # how many pages of a document went unread (a scan without OCR): ingest reads
            # such a file again once OCR is available; NULL in older rows, as none
            self.db.execute("ALTER TABLE documents ADD COLUMN unread INTEGER")
        if "reading" not in self._columns("documents"):
            # what ingest read beside the analysis (index.readings): NULL in older rows,
            # whose documents only their files can analyse again
            self.db.execute("ALTER TABLE documents ADD COLUMN reading TEXT")
        if "names" not in self._columns("documents"):
            # a document's title, number, issuer and source as `Filters.named` compares them
            # (search form, and without marks), kept so that listing a national store's 100k
            # documents by a word is a scan in C, not 100k calls into Python
            with self.db:
                self.db.execute("BEGIN IMMEDIATE")
                if "names" not in self._columns("documents"):  # not made meanwhile elsewhere
                    self.db.execute("ALTER TABLE documents ADD COLUMN names TEXT")
                    self.db.execute("ALTER TABLE documents ADD COLUMN plain_names TEXT")
                    self.db.execute(
                        f"UPDATE documents AS d SET names = name_words({_NAMES}),"
                        f" plain_names = plain_name_words({_NAMES})"
                    )
        if "context" not in self._columns("passages"):
            # passages stored before this show no heading (NULL) until `baocao reindex`
            self.db.execute("ALTER TABLE passages ADD COLUMN context TEXT")
        if self._ref_keys_outdated():
            # one key for the spellings of an id (nlp.references.reference_key): matching by
            # casefold(ref_id) read every citation of the store for each cited_by of a search
            with self.db:
                self.db.execute("BEGIN IMMEDIATE")
                if self._ref_keys_outdated():  # not redone meanwhile by another process
                    if "ref_key" not in self._columns("refs"):
                        self.db.execute("ALTER TABLE refs ADD COLUMN ref_key TEXT")
                    self.db.execute("UPDATE refs SET ref_key = reference_key(ref_id)")
                    self.set_meta("ref_keys", REF_KEYS)
        self.db.execute("CREATE INDEX IF NOT EXISTS refs_key ON refs(ref_key)")
        if "passage_count" not in self._columns("documents"):
            # a document's passages are the ids [first_passage, first_passage + passage_count):
            # a filter builds its ids from these spans instead of reading 200k passage rows
            with self.db:
                self.db.execute("BEGIN IMMEDIATE")
                if "passage_count" not in self._columns("documents"):
                    self.db.execute("ALTER TABLE documents ADD COLUMN first_passage INTEGER")
                    self.db.execute("ALTER TABLE documents ADD COLUMN passage_count INTEGER")
                    self.db.execute(_FILL_SPANS)
                    self.db.execute("DROP INDEX IF EXISTS documents_filter")
        # search filters read documents through this alone, never the rows holding records
        self.db.execute(
            "CREATE INDEX IF NOT EXISTS documents_span ON documents"
            "(province, kind, date, period, id, first_passage, passage_count)"
        )

    def _ref_keys_outdated(self) -> bool:
        return self.get_meta("ref_keys") != REF_KEYS or "ref_key" not in self._columns("refs")

    def _columns(self, table: str) -> set[str]:
        return {row[1] for row in self.db.execute(f"PRAGMA table_info({table})")}

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            self._bump_generation()
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # meta ---------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    @property
    def generation(self) -> int:
        return int(self.get_meta("generation") or 0)

    def _bump_generation(self) -> None:
        self.set_meta("generation", str(self.generation + 1))

    # documents ----------------------------------------------------------------------------
    def id_for_hash(self, content_hash: str) -> str | None:
        row = self.db.execute(
            "SELECT id FROM documents WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row[0] if row else None

    def ids_for_source(self, source: str) -> list[str]:
        """The documents stored from `source` (a path or a web address), oldest first."""
        rows = self.db.execute(
            "SELECT id FROM documents WHERE source = ? ORDER BY added_at, id", (source,)
        )
        return [row[0] for row in rows]

    def added_at(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT added_at FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def add(
        self,
        doc: Document,
        content_hash: str,
        passages: list[PassageRow],
        analysis: int | None = None,
        added_at: str | None = None,
        reading: str | None = None,
        replacing: Collection[str] = (),
    ) -> list[int]:
        """Store a document with everything derived from it (by analysis version `analysis`)
        and what ingest read of it (`reading`, index.readings); returns the new passage ids.
        The documents `replacing` are removed in the same transaction: a crash leaves the
        old or the new, never neither. `added_at` keeps the time a document analysed again
        was first added (the store's order, newest first), else now."""
        with self.transaction() as db:
            for old in replacing:
                self._remove(db, old)
            first = self._next_passage_id()
            names = _names(doc)
            db.execute(
                "INSERT INTO documents (id, content_hash, source, title, kind, number, issuer, "
                "province, date, period, pages, record, analysis, first_passage, passage_count,"
                " added_at, unread, reading, names, plain_names)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,coalesce(?, datetime('now')),?,?,?,?)",
                (
                    doc.id,
                    content_hash,
                    doc.source,
                    doc.title,
                    doc.kind,
                    doc.number,
                    doc.issuer,
                    doc.province,
                    doc.date,
                    doc.period,
                    doc.pages,
                    doc.model_dump_json(),
                    analysis,
                    first,
                    len(passages),
                    added_at,
                    len(doc.unread_pages),
                    reading,
                    name_words(names),
                    plain_name_words(names),
                ),
            )
            ids = list(range(first, first + len(passages)))
            self.set_meta("next_passage", str(first + len(passages)))
            db.executemany(
                'INSERT INTO passages (id, doc_id, ordinal, start, "end", page, text, terms,'
                " vector, context) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        pid,
                        doc.id,
                        p.ordinal,
                        p.start,
                        p.end,
                        p.page,
                        p.text,
                        " ".join(p.terms),
                        np.asarray(p.vector, dtype=np.float32).tobytes(),
                        p.context or None,
                    )
                    for pid, p in zip(ids, passages, strict=True)
                ],
            )
            db.executemany(
                "INSERT INTO figures (doc_id, indicator, province, kind, unit, record)"
                " VALUES (?,?,?,?,?,?)",
                [
                    (doc.id, f.indicator, f.province, f.kind, f.unit, f.model_dump_json())
                    for f in doc.figures
                ],
            )
            db.executemany(
                "INSERT INTO refs (doc_id, ref_id, ref_key, type, date, record)"
                " VALUES (?,?,?,?,?,?)",
                [
                    (doc.id, r.id, reference_key(r.id), r.type, r.date, r.model_dump_json())
                    for r in doc.references
                ],
            )
            db.executemany(
                'INSERT INTO instruments (doc_id, number, date, start, "end") VALUES (?,?,?,?,?)',
                [(doc.id, i.number, i.date, i.start, i.end) for i in doc.instruments if i.number],
            )
        return ids

    def remove(self, doc_id: str) -> list[int] | None:
        """Delete a document and all derived rows; returns its passage ids, None if unknown."""
        with self.transaction() as db:
            return self._remove(db, doc_id)

    def _remove(self, db: sqlite3.Connection, doc_id: str) -> list[int] | None:
        if not db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
            return None
        ids = [r[0] for r in db.execute("SELECT id FROM passages WHERE doc_id = ?", (doc_id,))]
        generation = self.generation + 1  # the one this transaction commits
        db.executemany(
            "INSERT INTO removed (passage_id, generation) VALUES (?, ?)",
            [(pid, generation) for pid in ids],
        )
        db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        return ids

    def _next_passage_id(self) -> int:
        # an old store has no counter yet: start above every id it ever handed out
        stored = int(self.get_meta("next_passage") or 0)
        highest = self.db.execute(
            "SELECT max(m) FROM (SELECT max(id) AS m FROM passages"
            " UNION ALL SELECT max(passage_id) FROM removed)"
        ).fetchone()[0]
        return max(stored, (highest or 0) + 1)

    def numbered(self, ids: Collection[str] | None = None) -> list[Numbered]:
        """Every stored number: documents' own, and those of the instruments of a file
        holding several (after its own), of the documents `ids` only when given."""
        where, args = "", []
        if ids is not None and not ids:
            return []
        if ids is not None:
            where, args = f" WHERE doc_id IN ({','.join('?' * len(ids))})", list(ids)
        rows = self.db.execute(
            "SELECT * FROM (SELECT id AS doc_id, number, date, NULL AS start, NULL AS stop"
            " FROM documents WHERE number IS NOT NULL"
            ' UNION ALL SELECT doc_id, number, date, start, "end" FROM instruments'
            " WHERE start > 0)" + where,
            args,
        )
        return [Numbered(*row) for row in rows]

    def unread(self, doc_id: str) -> int:
        """How many pages of a stored document went unread (0 when unknown)."""
        row = self.db.execute("SELECT unread FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return int(row[0] or 0) if row else 0

    def counts(self, doc_id: str) -> tuple[int, int]:
        """A stored document's number of passages and of figures."""
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM passages WHERE doc_id = ?),"
            " (SELECT count(*) FROM figures WHERE doc_id = ?)",
            (doc_id, doc_id),
        ).fetchone()
        return row[0], row[1]

    def document(self, doc_id: str) -> Document | None:
        row = self.db.execute("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return Document.model_validate_json(row[0]) if row else None

    def reading(self, doc_id: str) -> tuple[str, str | None] | None:
        """A stored document's content hash and kept reading (None: kept by no version)."""
        row = self.db.execute(
            "SELECT content_hash, reading FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def reusable_passages(self, doc_id: str) -> list[tuple[str, str | None, bytes, str]]:
        """A document's passages' text, context, vector (float32 bytes) and terms (space
        separated), in order."""
        return list(
            self.db.execute(
                "SELECT text, context, vector, terms FROM passages WHERE doc_id = ?"
                " ORDER BY ordinal",
                (doc_id,),
            )
        )

    def page_starts(self, doc_id: str) -> list[tuple[int, int]]:
        """(page, offset of its first passage) for each page of a document its passages
        show, in text order; empty for a document without pages."""
        return [
            (page, first)
            for page, first in self.db.execute(
                "SELECT page, min(start) FROM passages WHERE doc_id = ? AND page IS NOT NULL"
                " GROUP BY page ORDER BY 2",
                (doc_id,),
            )
        ]

    def documents(
        self,
        limit: int | None = None,
        offset: int = 0,
        analysed_before: int | None = None,
        filters: Filters | None = None,
    ) -> list[dict[str, object]]:
        """The documents' summaries (no text), newest first: `limit` of them from `offset`, or
        all; only those `filters` keep, and those an analysis older than `analysed_before`
        made, when given. The page is chosen (through an index) before its figures and
        references are counted, which for all of a national store's 100k documents is slow."""
        where, params = self._listed(analysed_before, filters)
        cursor = self.db.execute(
            f"WITH page AS (SELECT d.id, d.added_at FROM documents d{where}"
            " ORDER BY d.added_at DESC, d.id LIMIT ? OFFSET ?)"
            " SELECT d.id, d.source, d.title, d.kind, d.number, d.issuer, d.province, d.date,"
            " d.period, d.pages, d.added_at,"
            " (SELECT count(*) FROM figures f WHERE f.doc_id = d.id),"
            " (SELECT count(*) FROM refs r WHERE r.doc_id = d.id)"
            " FROM page JOIN documents d ON d.id = page.id ORDER BY page.added_at DESC, page.id",
            (*params, limit or -1, offset),
        )
        return [dict(zip(SUMMARY_FIELDS, row, strict=True)) for row in cursor]

    def listed_count(
        self, analysed_before: int | None = None, filters: Filters | None = None
    ) -> int:
        """How many documents `documents` lists with these filters, all pages together."""
        where, params = self._listed(analysed_before, filters)
        row = self.db.execute(f"SELECT count(*) FROM documents d{where}", params).fetchone()
        return int(row[0])

    @staticmethod
    def _listed(analysed_before: int | None, filters: Filters | None) -> tuple[str, list[object]]:
        clauses, params = _kept_by(filters or Filters())
        if analysed_before is not None:
            clauses.append(f"({_OLDER})")
            params.append(analysed_before)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    # passages -----------------------------------------------------------------------------
    def passages(self, ids: list[int]) -> dict[int, StoredPassage]:
        found: dict[int, StoredPassage] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            marks = ",".join("?" * len(part))
            for row in self.db.execute(
                f'SELECT id, doc_id, text, start, "end", page, context FROM passages'
                f" WHERE id IN ({marks})",
                part,
            ):
                found[row[0]] = StoredPassage(*row)
        return found

    def replace_terms(
        self,
        index_of: Callable[[Document, list[StoredPassage]], list[tuple[list[str], str | None]]],
        tokenization: str,
        terms_version: int,
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Give every passage the BM25 terms and context `index_of(document, its passages in
        order)` returns and record `tokenization` and `terms_version`, in one transaction: a
        crash leaves the old terms, never a mix. Returns the number of passages."""
        count = 0
        with self.transaction() as db:
            doc_ids = [row[0] for row in db.execute("SELECT id FROM documents ORDER BY id")]
            for doc_id in doc_ids:
                doc = self.document(doc_id)
                rows = [
                    StoredPassage(*row)
                    for row in db.execute(
                        'SELECT id, doc_id, text, start, "end", page, context FROM passages'
                        " WHERE doc_id = ? ORDER BY ordinal",
                        (doc_id,),
                    )
                ]
                if doc is None or not rows:
                    continue
                new = index_of(doc, rows)
                db.executemany(
                    "UPDATE passages SET terms = ?, context = ? WHERE id = ?",
                    [
                        (" ".join(terms), context or None, row.id)
                        for row, (terms, context) in zip(rows, new, strict=True)
                    ],
                )
                count += len(rows)
                if progress:
                    progress(1)
            self.set_meta("tokenization", tokenization)
            self.set_meta("terms_version", str(terms_version))
        return count

    def analysed_before(self, version: int) -> int:
        """How many documents an older analysis made (or one that did not record itself)."""
        return self.listed_count(analysed_before=version)

    def analysed_ids(self, before: int | None = None) -> list[str]:
        """The documents, oldest first; only those an analysis older than `before` made (or
        one that did not record itself) when given."""
        where, params = self._listed(before, None)
        rows = self.db.execute(f"SELECT id FROM documents d{where} ORDER BY added_at, id", params)
        return [row[0] for row in rows]

    def document_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def passage_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM passages").fetchone()[0])

    def _rows(self, where: str, params: tuple, dim: int) -> Changes:
        changes = Changes(self.generation)
        blobs = []
        for pid, terms, blob in self.db.execute(
            f"SELECT id, terms, vector FROM passages {where} ORDER BY id", params
        ):
            changes.added.append(pid)
            changes.terms.append(terms.split())
            blobs.append(blob)
        vectors = np.frombuffer(b"".join(blobs), dtype=np.float32)
        changes.vectors = vectors.reshape(len(blobs), dim) if blobs else vectors.reshape(0, dim)
        return changes

    def all_ids(self) -> np.ndarray:
        rows = self.db.execute("SELECT id FROM passages ORDER BY id")
        return np.fromiter((r[0] for r in rows), dtype=np.int64)

    def all_terms(self) -> Iterator[list[str]]:
        """Every passage's terms, in id order, streamed (a million lists would not fit)."""
        for (text,) in self.db.execute("SELECT terms FROM passages ORDER BY id"):
            yield text.split()

    def all_vectors(self, dim: int) -> np.ndarray:
        """Every passage's vector, in id order."""
        vectors = np.empty((self.passage_count(), dim), dtype=np.float32)
        rows = self.db.execute("SELECT vector FROM passages ORDER BY id")
        for row, (blob,) in enumerate(rows):
            vectors[row] = np.frombuffer(blob, dtype=np.float32)
        return vectors

    def changes_since(self, generation: int, above: int, dim: int) -> Changes:
        """Passages added with an id above `above`, and passages removed after `generation`."""
        with self.snapshot():
            changes = self._rows("WHERE id > ?", (above,), dim)
            changes.removed = [
                r[0]
                for r in self.db.execute(
                    "SELECT passage_id FROM removed WHERE generation > ?", (generation,)
                )
            ]
        return changes

    def backup(self, target: Path, progress: Callable[[int, int], None] | None = None) -> None:
        """Copy the store to `target` (a new file) as it stands at one moment, while other
        connections read and write it: copying the file itself could miss the transactions
        still in its write-ahead log, or catch one half written. `progress(done, total)`
        counts pages. The copy is checked before it takes its name."""
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        copy = sqlite3.connect(partial)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress:
                    progress(total - remaining, total)

            self.db.backup(copy, pages=BACKUP_PAGES, progress=step)
            check = copy.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(f"the copy does not check out: {check}")
        except BaseException:
            copy.close()
            partial.unlink(missing_ok=True)
            raise
        copy.close()
        partial.replace(target)

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """A read transaction: every read inside sees the same generation."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            self.db.execute("COMMIT")

    def passage_ids(self, filters: Filters) -> np.ndarray | None:
        """Sorted passage ids of the documents `filters` keep; None when nothing is filtered."""
        clauses, params = _kept_by(filters)
        if not clauses:
            return None
        where = " AND ".join(clauses)
        if filters.doc_id and filters.within:
            # one part of one document: few passages, read by their offsets
            rows = self.db.execute(
                "SELECT id FROM passages INDEXED BY passages_doc WHERE doc_id = ?"
                f" AND start >= ? AND start < ? AND doc_id IN (SELECT d.id FROM documents d"
                f" WHERE {where}) ORDER BY id",
                [filters.doc_id, *filters.within, *params],
            )
            return np.array([r[0] for r in rows], dtype=np.int64)
        # "first,count,first,count,…" in one string, parsed in C: 20k rows of two integers
        # took twice as long to come back as Python tuples
        spans, unknown = self.db.execute(
            "SELECT group_concat(first_passage || ',' || passage_count), count(*)"
            " - count(first_passage) FROM documents d INDEXED BY documents_span"
            f" WHERE {where} AND passage_count IS NOT 0",
            params,
        ).fetchone()
        if unknown:
            return self._passage_ids_by_rows(where, params)
        if not spans:
            return _NO_IDS
        firsts, counts = np.fromstring(spans, dtype=np.int64, sep=",").reshape(-1, 2).T
        # runs never overlap: in order of their first ids, the ids come out sorted
        order = np.argsort(firsts)
        firsts, counts = firsts[order], counts[order]
        # the k-th id of a document's run is its first id + k
        ends = np.cumsum(counts)
        return np.repeat(firsts - (ends - counts), counts) + np.arange(ends[-1], dtype=np.int64)

    def _passage_ids_by_rows(self, where: str, params: list[object]) -> np.ndarray:
        """The passage ids of documents whose span is unknown (a store whose ids were not one
        run per document when spans were first recorded)."""
        # documents first, then their passages through the passages_doc index alone (a
        # plan that scans passages would read every vector blob: 300 ms at 100k passages);
        # one concatenated string comes back faster than 30k rows
        found = self.db.execute(
            "SELECT group_concat(id) FROM passages INDEXED BY passages_doc WHERE doc_id IN"
            f" (SELECT d.id FROM documents d INDEXED BY documents_span WHERE {where})",
            params,
        ).fetchone()[0]
        if not found:
            return _NO_IDS
        # parsed in C: splitting 200k ids into Python strings first took several times as long
        return np.sort(np.fromstring(found, dtype=np.int64, sep=","))

    # figures and references ---------------------------------------------------------------
    def figures(
        self,
        indicator: str | None = None,
        province: str | None = None,
        kind: str | None = None,
        subject: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        year: int | None = None,
        doc: str | None = None,
    ) -> list[tuple[str, str, Figure]]:
        """(doc id, source, figure) for stored figures matching the filters, in document
        order (`limit` of them from `offset`, or all); `subject` is words the figure's
        subject contains, in any letter case and tone placement; `year` keeps figures whose
        period is that year or a span holding it (a term's 2023-2028 is in each of its
        years); `doc`, one document's (without reading its whole record)."""
        where, params = _figure_filters(indicator, province, kind, subject, year, doc)
        rows = self.db.execute(
            "SELECT f.doc_id, d.source, f.record FROM figures f JOIN documents d ON d.id = f.doc_id"
            + where
            + " ORDER BY d.id, f.id LIMIT ? OFFSET ?",
            [*params, -1 if limit is None else limit, offset],
        )
        return [(doc, source, Figure.model_validate_json(rec)) for doc, source, rec in rows]

    def figure_keys(
        self,
        indicator: str | None = None,
        province: str | None = None,
        kind: str | None = None,
        year: int | None = None,
        doc: str | None = None,
    ) -> list[tuple[int, str | None, str | None]]:
        """(figure id, indicator, province) of the figures `figures` would return for these
        filters, without reading their records: a national store's goals are grouped by
        indicator and province before any is read."""
        where, params = _figure_filters(indicator, province, kind, None, year, doc)
        rows = self.db.execute(
            "SELECT f.id, f.indicator, f.province FROM figures f" + where + " ORDER BY f.id",
            params,
        )
        return [(int(figure_id), found, place) for figure_id, found, place in rows]

    def figure_periods(
        self, indicator: str, provinces: Sequence[str] = (), besides: str | None = None
    ) -> list[tuple[int, str | None]]:
        """(figure id, period) of the stored figures of `indicator` for a province under any
        of the names `provinces`, or naming none when there are none, of documents other
        than `besides`: what `figures_by_id` then reads, without reading every record."""
        where = (
            f"province IN ({', '.join('?' * len(provinces))})" if provinces else "province IS NULL"
        )
        rows = self.db.execute(
            "SELECT id, json_extract(record, '$.period') FROM figures"
            f" WHERE indicator = ? AND {where} AND doc_id IS NOT ? ORDER BY id",
            [indicator, *provinces, besides],
        )
        return [(int(figure_id), period) for figure_id, period in rows]

    def figures_by_id(self, ids: Sequence[int]) -> list[tuple[str, str, Figure]]:
        """(doc id, source, figure) of the stored figures `ids`, in document order."""
        found: list[tuple[str, str, Figure]] = []
        for start in range(0, len(ids), _BATCH):
            batch = list(ids[start : start + _BATCH])
            rows = self.db.execute(
                "SELECT f.doc_id, d.source, f.record FROM figures f"
                " JOIN documents d ON d.id = f.doc_id"
                f" WHERE f.id IN ({', '.join('?' * len(batch))}) ORDER BY d.id, f.id",
                batch,
            )
            found += [(doc, source, Figure.model_validate_json(rec)) for doc, source, rec in rows]
        return found

    def figure_count(
        self,
        indicator: str | None = None,
        province: str | None = None,
        kind: str | None = None,
        subject: str | None = None,
        year: int | None = None,
    ) -> int:
        """How many stored figures match the filters of `figures`."""
        where, params = _figure_filters(indicator, province, kind, subject, year)
        return int(self.db.execute("SELECT count(*) FROM figures f" + where, params).fetchone()[0])

    def references(self, ref_id: str | None = None) -> list[tuple[str, Reference]]:
        """(document id, reference) of every citation, or of those of `ref_id` (normalised,
        any letter case: the same match as the `cites` filter)."""
        where, params = ("", [])
        if ref_id:
            where, params = f"WHERE {_SAME_REF}", _same_ref(ref_id)
        rows = self.db.execute(f"SELECT doc_id, record FROM refs {where} ORDER BY id", params)
        return [(doc, Reference.model_validate_json(rec)) for doc, rec in rows]

    def document_rows(self, ids: set[str]) -> dict[str, dict[str, object]]:
        """The summary row of each document of `ids` (in batches: a national store's goals
        name tens of thousands, past SQLite's limit on a statement's parameters)."""
        found: dict[str, dict[str, object]] = {}
        listed = list(ids)
        for start in range(0, len(listed), _BATCH):
            batch = listed[start : start + _BATCH]
            rows = self.db.execute(
                "SELECT id, source, title, province, kind, date, period FROM documents"
                f" WHERE id IN ({','.join('?' * len(batch))})",
                batch,
            )
            for r in rows:
                found[r[0]] = {
                    "source": r[1],
                    "title": r[2],
                    "province": r[3],
                    "kind": r[4],
                    "date": r[5],
                    "period": r[6],
                }
        return found


_NO_IDS = np.zeros(0, dtype=np.int64)

# spans of stores made before spans were recorded; a document whose ids are not one run
# keeps NULL and is read passage by passage
_FILL_SPANS = """
UPDATE documents SET first_passage = coalesce(run.low, 0), passage_count = coalesce(run.n, 0)
FROM documents AS d LEFT JOIN (
    SELECT doc_id, min(id) AS low, max(id) AS high, count(*) AS n
    FROM passages GROUP BY doc_id
) AS run ON run.doc_id = d.id
WHERE d.id = documents.id AND (run.n IS NULL OR run.high - run.low + 1 = run.n)
"""


# a reference id in any letter case, through the indexed case-folded key
def _figure_filters(
    indicator: str | None,
    province: str | None,
    kind: str | None,
    subject: str | None,
    year: int | None = None,
    doc: str | None = None,
) -> tuple[str, list[object]]:
    """The WHERE clause over figures `f` and its parameters."""
    clauses, params = [], []
    filters = (("f.indicator", indicator), ("f.province", province), ("f.kind", kind))
    for column, value in (*filters, ("f.doc_id", doc)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if subject:
        clauses.append("instr(search_form(json_extract(f.record, '$.subject')), ?) > 0")
        params.append(_search_form(subject))
    if year:  # a figure without a period is in no year
        clauses.append(_period_holds("json_extract(f.record, '$.period')"))
        params.extend([year, year])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_SAME_REF = "ref_key = ?"


def _period_holds(period: str) -> str:
    """SQL: the period `period` ("2024", "2023-2028"; NULL holds none) holds the year given
    twice as parameters."""
    return (
        f"(CAST(substr({period}, 1, 4) AS INTEGER) <= ?"
        f" AND CAST(substr({period}, -4) AS INTEGER) >= ?)"
    )


# what `Filters.named` looks in
_NAMES = (
    "coalesce(d.title, '') || ' ' || coalesce(d.number, '') || ' '"
    " || coalesce(d.issuer, '') || ' ' || d.source"
)


def _kept_by(filters: Filters) -> tuple[list[str], list[object]]:
    """The SQL conditions on `documents d` that `filters` make, and their parameters."""
    clauses: list[str] = []
    params: list[object] = []
    if filters.province:
        clauses.append("d.province = ?")
        params.append(filters.province)
    if filters.kind:
        clauses.append("d.kind = ?")
        params.append(filters.kind)
    if year := filters.year:
        clauses.append(f"(substr(d.date, 1, 4) = ? OR {_period_holds('d.period')})")
        params.extend([str(year), year, year])
    if filters.doc_id:
        clauses.append("d.id = ?")
        params.append(filters.doc_id)
    if filters.cites:
        clauses.append(f"d.id IN (SELECT doc_id FROM refs WHERE {_SAME_REF})")
        params.extend(_same_ref(filters.cites))
    for typed in (filters.named or "").split():
        # a word typed without marks ("nghe an") matches the names without theirs; each of
        # its parts ("02-NQ/TW": 02, nq, tw) the start of a word of the names ("an" is not
        # in "Ban", "viên ch" finds "viên chức")
        plain = typed.isascii()
        for part in (plain_name_words if plain else name_words)(typed).split():
            clauses.append(f"instr(d.{'plain_names' if plain else 'names'}, ?)")
            params.append(f" {part}")
    return clauses, params


def _names(doc: Document) -> str:
    """What `Filters.named` looks in (as _NAMES in SQL)."""
    return f"{doc.title or ''} {doc.number or ''} {doc.issuer or ''} {doc.source}"


_NOT_A_WORD = re.compile(r"[\W_]+")


def name_words(text: str) -> str:
    """A document's names as `Filters.named` compares them: words in their search form,
    one space before each and after the last.

    >>> name_words("Nghị quyết số 02-NQ/TW (Hoà Bình)")
    ' nghị quyết số 02 nq tw hòa bình '
    """
    return _spaced_words(search_form(text))


def plain_name_words(text: str) -> str:
    """`name_words` without marks, for words typed without them.

    >>> plain_name_words("Công đoàn Viên chức tỉnh Thái Nguyên")
    ' cong doan vien chuc tinh thai nguyen '
    """
    return _spaced_words(strip_marks(text))


def _spaced_words(text: str) -> str:
    return f" {' '.join(_NOT_A_WORD.sub(' ', text).split())} "


def _same_ref(ref_id: str) -> list[object]:
    return [reference_key(ref_id)]


def _search_form(value: str | None) -> str | None:
    return " ".join(search_form(value).split()) if value is not None else None


def _casefold(value: str | None) -> str | None:
    return value.casefold() if value is not None else None
