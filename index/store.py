"""The SQLite store: the one source of truth for documents, passages (with their vectors),
figures and references. Search indexes are derived from it and can always be rebuilt.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nlp.records import Document, Figure, Reference

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
    vector BLOB NOT NULL            -- float32, normalised
);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc_id);
CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    indicator TEXT, province TEXT, kind TEXT NOT NULL, unit TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS figures_doc ON figures(doc_id);
CREATE INDEX IF NOT EXISTS figures_indicator ON figures(indicator);
CREATE TABLE IF NOT EXISTS refs (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ref_id TEXT NOT NULL, type TEXT NOT NULL, date TEXT,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS refs_doc ON refs(doc_id);
CREATE INDEX IF NOT EXISTS refs_id ON refs(ref_id);
"""


@dataclass(frozen=True)
class StoredPassage:
    id: int
    doc_id: str
    text: str
    start: int
    end: int
    page: int | None


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


class Store:
    """SQLite in WAL mode; every change is one transaction and bumps `generation`."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self._bump_generation()
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

    def add(self, doc: Document, content_hash: str, passages: list[PassageRow]) -> list[int]:
        """Store a document with everything derived from it; returns the new passage ids."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO documents (id, content_hash, source, title, kind, number, issuer, "
                "province, date, period, pages, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
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
                ),
            )
            ids = []
            for p in passages:
                cursor = db.execute(
                    'INSERT INTO passages (doc_id, ordinal, start, "end", page, text, terms,'
                    " vector) VALUES (?,?,?,?,?,?,?,?)",
                    (
                        doc.id,
                        p.ordinal,
                        p.start,
                        p.end,
                        p.page,
                        p.text,
                        " ".join(p.terms),
                        np.asarray(p.vector, dtype=np.float32).tobytes(),
                    ),
                )
                ids.append(int(cursor.lastrowid))
            db.executemany(
                "INSERT INTO figures (doc_id, indicator, province, kind, unit, record)"
                " VALUES (?,?,?,?,?,?)",
                [
                    (doc.id, f.indicator, f.province, f.kind, f.unit, f.model_dump_json())
                    for f in doc.figures
                ],
            )
            db.executemany(
                "INSERT INTO refs (doc_id, ref_id, type, date, record) VALUES (?,?,?,?,?)",
                [(doc.id, r.id, r.type, r.date, r.model_dump_json()) for r in doc.references],
            )
        return ids

    def remove(self, doc_id: str) -> list[int] | None:
        """Delete a document and all derived rows; returns its passage ids, None if unknown."""
        with self.transaction() as db:
            if not db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
                return None
            ids = [r[0] for r in db.execute("SELECT id FROM passages WHERE doc_id = ?", (doc_id,))]
            db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        return ids

    def document(self, doc_id: str) -> Document | None:
        row = self.db.execute("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return Document.model_validate_json(row[0]) if row else None

    def documents(self) -> list[dict[str, object]]:
        """Every document's summary (no text), newest first."""
        cursor = self.db.execute(
            "SELECT d.id, d.source, d.title, d.kind, d.number, d.issuer, d.province, d.date,"
            " d.period, d.pages, d.added_at,"
            " (SELECT count(*) FROM figures f WHERE f.doc_id = d.id),"
            " (SELECT count(*) FROM refs r WHERE r.doc_id = d.id)"
            " FROM documents d ORDER BY d.added_at DESC, d.id"
        )
        keys = [
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
        ]
        return [dict(zip(keys, row, strict=True)) for row in cursor]

    # passages -----------------------------------------------------------------------------
    def passages(self, ids: list[int]) -> dict[int, StoredPassage]:
        found: dict[int, StoredPassage] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            marks = ",".join("?" * len(part))
            for row in self.db.execute(
                f'SELECT id, doc_id, text, start, "end", page FROM passages WHERE id IN ({marks})',
                part,
            ):
                found[row[0]] = StoredPassage(*row)
        return found

    def all_terms(self) -> tuple[list[int], list[list[str]]]:
        ids, terms = [], []
        for pid, text in self.db.execute("SELECT id, terms FROM passages ORDER BY id"):
            ids.append(pid)
            terms.append(text.split())
        return ids, terms

    def all_vectors(self, dim: int) -> tuple[list[int], np.ndarray]:
        ids, blobs = [], []
        for pid, blob in self.db.execute("SELECT id, vector FROM passages ORDER BY id"):
            ids.append(pid)
            blobs.append(blob)
        if not ids:
            return [], np.zeros((0, dim), dtype=np.float32)
        return ids, np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(ids), dim)

    def passage_ids(
        self,
        province: str | None = None,
        kind: str | None = None,
        year: int | None = None,
        doc_id: str | None = None,
    ) -> set[int] | None:
        """Passage ids of documents matching the filters; None when there is no filter."""
        clauses, params = [], []
        if province:
            clauses.append("d.province = ?")
            params.append(province)
        if kind:
            clauses.append("d.kind = ?")
            params.append(kind)
        if year:
            clauses.append(
                "(substr(d.date, 1, 4) = ? OR (d.period IS NOT NULL"
                " AND CAST(substr(d.period, 1, 4) AS INTEGER) <= ?"
                " AND CAST(substr(d.period, -4) AS INTEGER) >= ?))"
            )
            params.extend([str(year), year, year])
        if doc_id:
            clauses.append("d.id = ?")
            params.append(doc_id)
        if not clauses:
            return None
        sql = (
            "SELECT p.id FROM passages p JOIN documents d ON d.id = p.doc_id WHERE "
            + " AND ".join(clauses)
        )
        return {row[0] for row in self.db.execute(sql, params)}

    # figures and references ---------------------------------------------------------------
    def figures(
        self,
        indicator: str | None = None,
        province: str | None = None,
        kind: str | None = None,
    ) -> list[tuple[str, str, Figure]]:
        """(doc id, source, figure) for stored figures matching the filters."""
        clauses, params = [], []
        for column, value in (
            ("f.indicator", indicator),
            ("f.province", province),
            ("f.kind", kind),
        ):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.db.execute(
            "SELECT f.doc_id, d.source, f.record FROM figures f JOIN documents d ON d.id = f.doc_id"
            + where
            + " ORDER BY d.id, f.id",
            params,
        )
        return [(doc, source, Figure.model_validate_json(rec)) for doc, source, rec in rows]

    def references(self, ref_id: str | None = None) -> list[tuple[str, Reference]]:
        where, params = ("WHERE ref_id = ?", [ref_id]) if ref_id else ("", [])
        rows = self.db.execute(f"SELECT doc_id, record FROM refs {where} ORDER BY id", params)
        return [(doc, Reference.model_validate_json(rec)) for doc, rec in rows]

    def document_rows(self, ids: set[str]) -> dict[str, dict[str, object]]:
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT id, source, title, province, kind FROM documents WHERE id IN ({marks})",
            list(ids),
        )
        return {r[0]: {"source": r[1], "title": r[2], "province": r[3], "kind": r[4]} for r in rows}
