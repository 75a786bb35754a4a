"""From passage ids to the rows of an index holding them."""

from __future__ import annotations

import numpy as np


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
