"""The search indexes derived from the store: BM25 (bm25s) and FAISS, kept in step with it.

SQLite is the truth. What is on disk is a snapshot: a folder `snap-<generation>-<token>`
under `<home>/index/` holding the BM25 and FAISS files and `meta.json`, named by
`manifest.json`. The folder is complete (and flushed) before the manifest is replaced, and
the manifest is replaced atomically, so a crash leaves either the old snapshot or the new
one; a snapshot that cannot be read, or does not match the store, is rebuilt from SQLite.

Between snapshots, the store's own change record brings a loaded index up to date: passage
ids only grow, so every id above the snapshot's highest is new, and the `removed` table
says which passages went after the snapshot's generation. New vectors go straight into
FAISS; new passages get a small BM25 segment of their own; removed ones are deleted from
FAISS (or tombstoned, for HNSW) and masked in BM25. A new snapshot is written when that
work would be cheap (a small store) or when the changes outgrow a tenth of the snapshot.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import numpy as np

from .lexical import TERMS_VERSION, Bm25Segment, LexicalIndex, Ranking, Tokenization, id_mask
from .store import Changes, Store
from .vectors import VectorIndex, kind_for

MANIFEST = "manifest.json"
FORMAT = 2
# below this many passages a change is folded into a new snapshot at once: rebuilding BM25
# takes a quarter of a second (bench/bench_search.py), and no delta is left to replay
SMALL_STORE = 5_000
# past that, a new snapshot is written when additions or removals exceed this share of it
CHANGED_SHARE = 0.1
ABANDONED_AFTER = 600  # seconds after which a half-written snapshot is a crash's leftover
SNAPSHOT_COPY_TRIES = 3  # a backup's tries at a snapshot that a writer keeps replacing
COPY_CHUNK = 8 << 20
T = TypeVar("T")


class SearchIndex:
    """BM25 and dense search over the store's passages at its current generation."""

    def __init__(
        self,
        folder: Path,
        store: Store,
        dim: int,
        tokenization: Tokenization,
        terms_version: int = TERMS_VERSION,
    ) -> None:
        self.folder = folder
        self.store = store
        self.dim = dim
        self.tokenization = tokenization
        self.terms_version = terms_version
        self.generation = -1
        self.above = 0  # highest passage id folded in
        self.lexical = LexicalIndex(Bm25Segment.build([], []))
        self.vectors = VectorIndex.empty(dim)
        self.saved_generation = -1
        self._delta: dict[int, list[str]] = {}  # passages added since the snapshot
        self.timings: dict[str, float] = {}  # seconds taken by the last build steps

    def _timed(self, step: str, work: Callable[[], T]) -> T:
        started = time.perf_counter()
        result = work()
        self.timings[step] = time.perf_counter() - started
        return result

    # keeping up -------------------------------------------------------------------------------
    def sync(self) -> None:
        """Bring the indexes to the store's generation; save a snapshot when it pays."""
        if self.generation == self.store.generation:
            return
        if self.generation < 0:
            self._open()
        self._apply(self.store.changes_since(self.generation, self.above, self.dim))
        if self._snapshot_due():
            try:
                self.save()
            except OSError as error:
                # the indexes in memory are right; the snapshot only saves time at the next open
                _warn(f"could not save search indexes in {self.folder}: {error}")

    def _open(self) -> None:
        try:
            self._load()
        except Exception as error:  # noqa: BLE001 - any unreadable snapshot is rebuilt
            if (self.folder / MANIFEST).exists():
                # a damaged or stale snapshot: SQLite has everything needed to redo it
                _warn(f"rebuilding search indexes in {self.folder} ({error})")
            self._build()

    def _load(self) -> None:
        manifest = json.loads((self.folder / MANIFEST).read_text("utf-8"))
        snapshot = self.folder / manifest["snapshot"]
        meta = json.loads((snapshot / "meta.json").read_text("utf-8"))
        expected = {
            "format": FORMAT,
            "dim": self.dim,
            "tokenization": self.tokenization,
            "terms_version": self.terms_version,
        }
        meta.setdefault("terms_version", 1)  # written before terms had versions
        for key, value in expected.items():
            if meta.get(key) != value:
                raise ValueError(f"snapshot {key} {meta.get(key)!r}, expected {value!r}")
        if meta["generation"] > self.store.generation:
            raise ValueError("snapshot is newer than the store")
        main = Bm25Segment.load(snapshot / "bm25")
        vectors = VectorIndex.load(snapshot / "vectors")
        if len(main) != len(vectors) or vectors.dim != self.dim:
            raise ValueError("BM25 and FAISS snapshots disagree")
        self.lexical = LexicalIndex(main)
        self.vectors = vectors
        self.generation = self.saved_generation = int(meta["generation"])
        self.above = int(meta["above"])
        self._delta = {}

    def _build(self) -> None:
        with self.store.snapshot():
            generation = self.store.generation
            ids = self.store.all_ids()
            main = self._timed("bm25", lambda: Bm25Segment.build(ids, self.store.all_terms()))
            matrix = self._timed("read vectors", lambda: self.store.all_vectors(self.dim))
        self.lexical = LexicalIndex(main)
        self.vectors = self._timed("faiss", lambda: VectorIndex.build(self.dim, ids, matrix))
        self.generation = generation
        self.above = int(ids.max()) if len(ids) else 0
        self.saved_generation = -1
        self._delta = {}

    def _apply(self, changes: Changes) -> None:
        if changes.removed:
            removed = np.array(sorted(changes.removed), dtype=np.int64)
            self.vectors.remove(removed)
            self.lexical.removed |= id_mask(self.lexical.main, removed)
            for pid in changes.removed:
                self._delta.pop(pid, None)
        if changes.added:
            self.vectors.add(changes.added, changes.vectors)
            self._delta.update(zip(changes.added, changes.terms, strict=True))
            self.above = max(self.above, max(changes.added))
        if changes.added or changes.removed:
            delta = sorted(self._delta)
            self.lexical.delta = Bm25Segment.build(delta, (self._delta[pid] for pid in delta))
        self.generation = changes.generation

    def _snapshot_due(self) -> bool:
        if self.saved_generation < 0:
            return True
        if self.generation == self.saved_generation:
            return False
        main = len(self.lexical.main)
        if main + len(self._delta) <= SMALL_STORE:
            return True
        changed = max(len(self._delta), int(self.lexical.removed.sum()))
        return changed > CHANGED_SHARE * main

    # saving ----------------------------------------------------------------------------------
    def save(self) -> None:
        """Write a snapshot of the current state and point the manifest at it."""
        with self.store.snapshot():
            # fold in anything another writer committed meanwhile, then read the terms at
            # exactly that generation
            self._apply(self.store.changes_since(self.generation, self.above, self.dim))
            if self._delta or self.lexical.removed.any():
                ids = self.store.all_ids()
                main = self._timed("bm25", lambda: Bm25Segment.build(ids, self.store.all_terms()))
            else:  # just built, or only just loaded: nothing to fold in
                main = self.lexical.main
        live = len(main)
        stale = len(self.vectors.tombstones) > CHANGED_SHARE * max(live, 1)
        if self.vectors.kind != kind_for(live) or stale:
            vectors = self.vectors.vectors()
            self.vectors = self._timed("faiss", lambda: VectorIndex.build(self.dim, *vectors))
        name = f"snap-{self.generation}-{secrets.token_hex(4)}"
        partial = self.folder / f"{name}.partial"
        started = time.perf_counter()
        main.save(partial / "bm25")
        self.vectors.save(partial / "vectors")
        meta = {
            "format": FORMAT,
            "generation": self.generation,
            "above": self.above,
            "dim": self.dim,
            "tokenization": self.tokenization,
            "terms_version": self.terms_version,
            "passages": live,
            "vectors": self.vectors.kind,
        }
        (partial / "meta.json").write_text(json.dumps(meta, indent=1), "utf-8")
        _flush_tree(partial)
        partial.rename(self.folder / name)
        _replace_atomically(self.folder / MANIFEST, json.dumps({"snapshot": name}))
        self.timings["write"] = time.perf_counter() - started
        self.lexical = LexicalIndex(main)
        self._delta = {}
        self.saved_generation = self.generation
        self._clean(keep=name)

    def _clean(self, keep: str) -> None:
        """Delete older snapshots, and half-written ones left by a crash (another process
        may be writing one right now, so only those untouched for a while)."""
        for old in self.folder.iterdir():
            if not old.is_dir() or old.name == keep:
                continue
            abandoned = time.time() - old.stat().st_mtime > ABANDONED_AFTER
            if not old.name.endswith(".partial") or abandoned:
                shutil.rmtree(old, ignore_errors=True)

    # searching -------------------------------------------------------------------------------
    def search_lexical(self, terms: list[str], k: int, allowed: np.ndarray | None) -> Ranking:
        return self.lexical.search(terms, k, allowed)

    def search_dense(self, query: np.ndarray, k: int, allowed: np.ndarray | None) -> Ranking:
        return self.vectors.search(query, k, allowed)

    def __len__(self) -> int:
        return len(self.vectors)


def copy_snapshot(
    source: Path, target: Path, progress: Callable[[int, int], None] | None = None
) -> int | None:
    """Copy the snapshot `source`'s manifest names into the folder `target` (new or empty):
    the files a store's first search would otherwise spend minutes building again. Returns
    its generation, or None when `source` holds none (a store never searched) or every try
    lost its snapshot to a newer one. `progress(done, total)` counts bytes.

    Taken before the store itself is copied, the snapshot is no newer than the copy, and the
    copy's first search brings it up to date from the store's change record."""
    for _ in range(SNAPSHOT_COPY_TRIES):
        try:
            manifest = json.loads((source / MANIFEST).read_text("utf-8"))
            name = manifest["snapshot"]
            files = [p for p in sorted((source / name).rglob("*")) if p.is_file()]
            generation = int(
                json.loads((source / name / "meta.json").read_text("utf-8"))["generation"]
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None  # no snapshot, or one the copy's first search would rebuild anyway
        try:
            _copy_files(source / name, files, target / name, progress)
        except FileNotFoundError:
            # a writer saved a newer snapshot and cleaned this one away mid-copy: take that
            shutil.rmtree(target / name, ignore_errors=True)
            continue
        _replace_atomically(target / MANIFEST, json.dumps({"snapshot": name}))
        return generation
    return None


def _copy_files(
    root: Path, files: list[Path], target: Path, progress: Callable[[int, int], None] | None
) -> None:
    total = sum(path.stat().st_size for path in files)
    done = 0
    for path in files:
        copy = target / path.relative_to(root)
        copy.parent.mkdir(parents=True, exist_ok=True)
        with path.open("rb") as source, copy.open("wb") as sink:
            while chunk := source.read(COPY_CHUNK):
                sink.write(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
            sink.flush()
            os.fsync(sink.fileno())  # on disk before the manifest names the snapshot


def _flush_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb+") as handle:
                os.fsync(handle.fileno())


def _replace_atomically(path: Path, text: str) -> None:
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def _warn(message: str) -> None:
    import logging

    logging.getLogger("baocao.index").warning(message)
