"""From passage ids to the rows of an index holding them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import numpy as np

from .cache import Lru

V = TypeVar("V")


class RowLookup:
    """The row of each id, by a dense table: one read per id, where a binary search over a
    million ids cost a few milliseconds per filtered query (bench/bench_search.py).

    >>> lookup = RowLookup(np.array([3, 5, 9]))
    >>> lookup.rows(np.array([1, 3, 9, 12])).tolist()
    [0, 2]
    """

    def __init__(self, ids: np.ndarray) -> None:
        size = int(ids.max()) + 1 if len(ids) else 0
        self.table = np.full(size, -1, dtype=np.int32 if len(ids) < 2**31 else np.int64)
        self.table[ids] = np.arange(len(ids))

    def rows(self, wanted: np.ndarray) -> np.ndarray:
        """Rows of the ids in `wanted` that are present, in the order of `wanted`."""
        wanted = np.asarray(wanted, dtype=np.int64)
        wanted = wanted[(wanted >= 0) & (wanted < len(self.table))]
        rows = self.table[wanted]
        return rows[rows >= 0].astype(np.int64)

    def extend(self, ids: np.ndarray, first_row: int) -> None:
        """Ids appended at rows `first_row`, `first_row + 1`, …"""
        if not len(ids):
            return
        size = int(ids.max()) + 1
        if size > len(self.table):
            grown = np.full(max(size, 2 * len(self.table)), -1, dtype=self.table.dtype)
            grown[: len(self.table)] = self.table
            self.table = grown
        self.table[ids] = np.arange(first_row, first_row + len(ids))


class PerArray(Generic[V]):
    """What was made from each of the last few arrays, remembered by the arrays' identity.

    The library keeps one array of allowed ids per filter, and a filtered search looks it up
    in each index, query after query: at a million passages and a province filter (30k ids)
    the row lookups took about 0.7 ms of an 8 ms search. An entry holds its array, so no
    other array can take its identity while it is remembered.
    """

    def __init__(self, size: int = 8) -> None:
        self._recent: Lru[int, tuple[np.ndarray, V]] = Lru(size)

    def get(self, array: np.ndarray, make: Callable[[], V]) -> V:
        return self._recent.get(id(array), lambda: (array, make()))[1]

    def clear(self) -> None:
        self._recent.clear()
