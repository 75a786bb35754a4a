"""BM25 over underthesea word segments plus adjacent syllable pairs (bm25s): tone
placement folded, diacritics kept, Vietnamese stop words out.

An index is a large `Bm25Segment` persisted with a snapshot plus a small one for passages
added since, both scored with one document frequency table so that their scores compare.
Passages removed since the snapshot are masked out until the next snapshot.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

import bm25s
import numpy as np

from nlp.tokenizers import word_tokenize

from .ids import PerArray, RowLookup
from .text import search_form

# bm25s sets its own logger to DEBUG and would print on every build
logging.getLogger("bm25s").setLevel(logging.WARNING)
# bm25s' defaults; of 16 settings (k1 0.9-2.0, b 0.4-0.9) none made the hybrid better on the
# ALQAC 2023 questions (`python bench/retrieval_alqac.py --bm25-grid`)
BM25_K1 = 1.5
BM25_B = 0.75

Tokenization = Literal["words", "syllables", "both", "pairs", "phrases"]
# word segments plus syllable pairs beat words alone (0.942 vs 0.905 nDCG@10), syllable
# pairs alone (0.933) and syllables (0.886) on ALQAC (bench/retrieval_alqac.py, README
# "Search quality"): a pair keeps a phrase's word order, and it survives the cases where
# underthesea segments a phrase differently in the question and in the passage
DEFAULT_TOKENIZATION: Tokenization = "phrases"
# the rare terms read first, to set a floor under the k-th score, hold at most one posting
# per CHEAP_SHARE rows between them
CHEAP_SHARE = 20
# a filter's rows are scored one by one (a binary search per row and term) when that is
# cheaper than reading postings; one lookup costs about as much as reading 8 postings
# (measured at 1M passages with a province filter, bench/bench_search.py)
LOOKUP_COST = 8
PAIR_JOINER = "+"  # "thực+hành": a pair never collides with the word term "thực_hành"
_STRIPPED = ".,;:!?()[]{}\"'“”‘’…-–—|"
# Raise when `tokenize` gives other terms for the same text: a store records the version of
# its terms, and `baocao reindex` brings older ones up to date.
# 2: a table's cell bar is a separator; underthesea glued it to the cell beside it, and
#    "| 1.003" became the term "|_1.003", which no query finds
# 3: a line break ends a word and a syllable pair; underthesea glued a line's last word to
#    the next line's first ("1.077\n35-39" became "1.077_35-39")
# 4: the y of "tỷ", "lý", "kỹ", "kỳ", "sỹ", "hy" is folded to i ("tỷ lệ" and "tỉ lệ" are one
#    term; a "tỷ lệ" query had missed the 10 of 75 union passages that write "tỉ lệ")
TERMS_VERSION = 4

_HAS_ALNUM = re.compile(r"\w")
_LEADING_NUMBER = re.compile(r"^(\d[\d.,]*)\s+(?=\D)")
Ranking = list[tuple[int, float]]


@cache
def stopwords() -> frozenset[str]:
    text = resources.files("index").joinpath("data/stopwords.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def tokenize(
    text: str,
    mode: Tokenization = DEFAULT_TOKENIZATION,
    drop_stopwords: bool = True,
    fold: bool = True,
) -> list[str]:
    """Search terms: word segments joined by "_", single syllables, "both" (a word of
    several syllables then also gives each syllable), "phrases" (word segments, then each
    pair of adjacent syllables within a clause) or those "pairs" alone; lowercase, tone
    placement folded (`fold=False` only lowercases; kept to measure the folding).

    >>> tokenize("Các cấp Công đoàn đã giới thiệu 2.158 đoàn viên ưu tú", mode="words")
    ['cấp', 'công_đoàn', 'giới_thiệu', '2.158', 'đoàn_viên', 'ưu_tú']
    >>> tokenize("Hoà giải viên lao động", mode="syllables")
    ['hòa', 'giải', 'viên', 'lao', 'động']
    >>> tokenize("Người thực hành là ai?")
    ['người', 'thực_hành', 'ai', 'người+thực', 'thực+hành', 'hành+là', 'là+ai']
    >>> tokenize("Vĩnh Long | 1.003 | 40,36 |", mode="words")
    ['vĩnh_long', '1.003', '40,36']
    >>> tokenize("29.077 | 1.077\\n35-39 | 4.043.098", mode="words")
    ['29.077', '1.077', '35-39', '4.043.098']
    """
    form = search_form if fold else str.lower
    if mode == "pairs":
        stop = stopwords() if drop_stopwords else frozenset()
        return [pair for line in form(text).splitlines() for pair in syllable_pairs(line, stop)]
    pieces: list[str] = []
    if mode == "syllables":
        pieces = form(text).split()
    else:
        tokens = (token for line in text.splitlines() for token in word_tokenize(line))
        for token in tokens:
            for part in form(token).split("|"):  # "| 1.003": a table cell and its bar
                part = part.strip()
                # underthesea glues a number to its noun ("2.158 đoàn viên"): keep them apart
                number = _LEADING_NUMBER.match(part)
                pieces.extend([number.group(1), part[number.end() :]] if number else [part])
    terms = []
    stop = stopwords() if drop_stopwords else frozenset()
    for piece in pieces:
        term = piece.strip(_STRIPPED).replace(" ", "_")
        if term and _HAS_ALNUM.search(term) and term.replace("_", " ") not in stop:
            terms.append(term)
            if mode == "both" and "_" in term:
                terms.extend(s for s in term.split("_") if s not in stop)
    if mode == "phrases":
        terms.extend(
            pair for line in form(text).splitlines() for pair in syllable_pairs(line, stop)
        )
    return terms


def syllable_pairs(text: str, stop: frozenset[str] = frozenset()) -> list[str]:
    """Each two adjacent syllables of `text` (already in search form) as one term, but not
    across punctuation and not when both are stop words.

    >>> syllable_pairs("tội phạm. người tổ chức", frozenset({"người"}))
    ['tội+phạm', 'người+tổ', 'tổ+chức']
    """
    pairs: list[str] = []
    previous: str | None = None
    for piece in text.split():
        syllable = piece.strip(_STRIPPED)
        if not _HAS_ALNUM.search(syllable):
            previous = None
            continue
        if previous is not None and not (previous in stop and syllable in stop):
            pairs.append(previous + PAIR_JOINER + syllable)
        # a clause ends at punctuation after the syllable ("phạm." or "phạm,")
        previous = syllable if piece.endswith(syllable) else None
    return pairs


def idf(num_docs: int, df: np.ndarray) -> np.ndarray:
    """Lucene's idf, the one bm25s uses by default."""
    return np.log(1.0 + (num_docs - df + 0.5) / (df + 0.5))


class Bm25Segment:
    """A bm25s index over fixed passages; row i is passage `ids[i]` (ids ascending)."""

    def __init__(self, ids: np.ndarray, model: bm25s.BM25 | None) -> None:
        self.ids = ids
        self.model = model
        self._lookup: RowLookup | None = None
        self._sorted_rows: PerArray[np.ndarray] = PerArray()
        self._max: np.ndarray | None = None
        if model is not None:
            self._indptr = np.asarray(model.scores["indptr"])
            self._indices = np.asarray(model.scores["indices"])
            self._data = np.asarray(model.scores["data"])
            self._vocab: dict[str, int] = model.vocab_dict

    def __len__(self) -> int:
        return len(self.ids)

    def rows_of(self, wanted: np.ndarray) -> np.ndarray:
        """Rows holding the ids in `wanted`."""
        if self._lookup is None:
            self._lookup = RowLookup(self.ids)
        return self._lookup.rows(wanted)

    def sorted_rows_of(self, allowed: np.ndarray) -> np.ndarray:
        """Rows holding the ids in `allowed`, ascending; remembered for the same array."""
        return self._sorted_rows.get(allowed, lambda: np.sort(self.rows_of(allowed)))

    @classmethod
    def build(
        cls,
        ids: list[int] | np.ndarray,
        token_lists: Iterable[list[str]],
        k1: float = BM25_K1,
        b: float = BM25_B,
    ) -> Bm25Segment:
        """A segment over passages `ids` (ascending) with their terms, in the same order.

        Terms become vocabulary ids as they stream in: a million passages of strings
        would not fit in memory, their ids do.
        """
        ids = np.asarray(ids, dtype=np.int64)
        if not len(ids):
            return cls(ids, None)
        if np.any(np.diff(ids) <= 0):
            raise ValueError("passage ids must ascend")
        vocab: dict[str, int] = {"": 0}
        corpus = [[vocab.setdefault(t, len(vocab)) for t in terms] or [0] for terms in token_lists]
        if len(corpus) != len(ids):
            raise ValueError(f"{len(ids)} ids but {len(corpus)} term lists")
        model = bm25s.BM25(k1=k1, b=b)
        model.index((corpus, vocab), show_progress=False)
        return cls(ids, model)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / "ids.npy", self.ids)
        if self.model is not None:
            self.model.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> Bm25Segment:
        ids = np.load(folder / "ids.npy")
        model = bm25s.BM25.load(str(folder), show_progress=False) if len(ids) else None
        return cls(ids, model)

    def vocabulary(self) -> Iterator[tuple[str, int]]:
        """Every term with its document frequency."""
        if self.model is None:
            return
        counts = np.diff(self._indptr)
        for term, row in self._vocab.items():
            yield term, int(counts[row])

    def df(self, terms: list[str]) -> np.ndarray:
        """Document frequency of each term (0 when unknown)."""
        if self.model is None:
            return np.zeros(len(terms))
        rows = [self._vocab.get(t, -1) for t in terms]
        return np.array(
            [self._indptr[r + 1] - self._indptr[r] if r >= 0 else 0 for r in rows], dtype=float
        )

    def _columns(self, terms: list[str], weights: dict[str, float]) -> list[_Column]:
        columns = []
        for term in dict.fromkeys(terms):
            row = self._vocab.get(term) if self.model is not None else None
            weight = weights.get(term, 1.0)
            if row is None or weight <= 0:
                continue
            start, end = int(self._indptr[row]), int(self._indptr[row + 1])
            if end > start:
                bound = float(self._maxima()[row]) * weight
                columns.append(
                    _Column(self._indices[start:end], self._data[start:end], weight, bound)
                )
        return columns

    def _maxima(self) -> np.ndarray:
        """Each term's highest BM25 weight, computed once: a common word's postings run to
        hundreds of thousands, and every query would otherwise scan them for their maximum."""
        if self._max is None:
            starts = self._indptr[:-1]
            empty = starts == self._indptr[1:]
            maxima = np.zeros(len(starts), dtype=self._data.dtype)
            if len(self._data):
                found = np.maximum.reduceat(self._data, np.minimum(starts, len(self._data) - 1))
                # reduceat gives a term without postings the next term's first weight
                maxima = np.where(empty, 0.0, found).astype(self._data.dtype)
            self._max = maxima
        return self._max

    def scores(self, terms: list[str], weights: dict[str, float]) -> np.ndarray:
        """BM25 of every row, each term's column multiplied by `weights[term]`: what `top`
        must agree with, read the slow way."""
        columns = self._columns(terms, weights)
        if not columns:
            return np.zeros(len(self.ids))
        # one bincount over all postings: an order of magnitude faster than bm25s' np.add.at
        return np.bincount(
            np.concatenate([c.rows for c in columns]),
            weights=np.concatenate([c.data * c.weight for c in columns]),
            minlength=len(self.ids),
        )

    def top(
        self,
        terms: list[str],
        weights: dict[str, float],
        k: int,
        keep: np.ndarray | None = None,
        dead: np.ndarray | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """The `k` best (rows, scores) with a score above zero, among the rows `keep` lists
        (ascending; None for all) and not marked in `dead` (a mask over rows).

        Exact, without reading every posting when it can (MaxScore): a narrow filter scores
        only the rows it keeps; otherwise see `_pruned`.
        """
        columns = self._columns(terms, weights)
        if not columns or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        # the rows that may score, as a 0/1 factor: multiplying a million scores by it is
        # several times cheaper than zeroing the others through a boolean mask
        allowed = None
        if keep is not None:
            keep = keep if dead is None else keep[~dead[keep]]
            if len(keep) * len(columns) * LOOKUP_COST < sum(len(c.rows) for c in columns):
                scores = _score_rows(keep, columns)
                return _best(keep[scores > 0], scores[scores > 0], k)
            allowed = np.zeros(len(self.ids), dtype=np.float32)
            allowed[keep] = 1.0
        elif dead is not None:
            allowed = (~dead).astype(np.float32)
        return _pruned(columns, k, len(self.ids), allowed)


@dataclass(frozen=True)
class _Column:
    """One query term's postings: rows (ascending), BM25 weights, query weight, max score."""

    rows: np.ndarray
    data: np.ndarray
    weight: float
    bound: float


def _pruned(
    columns: list[_Column], k: int, n: int, allowed: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """Top `k` of `n` rows (those whose factor in `allowed` is 1; all when None) by MaxScore
    over a dense accumulator.

    The rare terms go in first: their postings are short and their weights high. The k-th
    best of those partial scores is a floor under the final k-th score (a row's full score
    is at least its partial one). The common terms whose maxima together stay under that
    floor cannot lift a row that holds none of the other terms into the top k, so they are
    never read in full: they are looked up only for the rows that could still get there.
    A long legal question is mostly such common words ("người", "được", "quy+định").
    """
    # float32, like the stored weights: half the memory traffic of float64 over a million
    # rows, and bm25s itself scores in float32
    scores = np.zeros(n, dtype=np.float32)
    order = sorted(columns, key=lambda c: -c.bound)
    cheap = 0
    added = 0
    for column in order:
        if added and cheap + len(column.rows) > n // CHEAP_SHARE:
            break
        scores[column.rows] += column.data * column.weight
        cheap += len(column.rows)
        added += 1
    if allowed is not None:
        scores *= allowed
    floor = _kth(scores, k)
    rest = sorted(order[added:], key=lambda c: c.bound)
    skipped: list[_Column] = []
    ceiling = 0.0
    for column in rest:
        if ceiling + column.bound >= floor:
            break
        skipped.append(column)
        ceiling += column.bound
    for column in rest[len(skipped) :]:
        scores[column.rows] += column.data * column.weight
    if allowed is not None:
        scores *= allowed
    if not skipped:
        rows = np.flatnonzero(scores)
        return _best(rows, scores[rows], k)
    # a row can reach the floor only if its partial score is within `ceiling` of it; rows
    # holding none of the terms read cannot (ceiling < floor)
    rows = np.flatnonzero(scores >= floor - ceiling)
    partial = scores[rows]
    # the partial scores now include the terms read since: a higher floor, a few rows left.
    # Every partial score at or above the k-th is among these rows, so their k-th is it.
    floor = max(floor, _kth(partial, k))
    close = partial >= floor - ceiling
    rows, partial = rows[close], partial[close]
    total = partial + _score_rows(rows, skipped)
    return _best(rows, total, k)


def _kth(scores: np.ndarray, k: int) -> float:
    """The k-th largest score above zero (0 when fewer than k are), lowered by a margin for
    the rounding of float32 sums, so that it never stands above the exact k-th."""
    positive = scores[scores > 0]
    if len(positive) < k:
        return 0.0
    return float(np.partition(positive, len(positive) - k)[len(positive) - k]) * (1 - 1e-5)


def _score_rows(rows: np.ndarray, columns: list[_Column]) -> np.ndarray:
    """Scores of the given rows (ascending) from `columns`: each posting list and the rows
    are matched by binary search, the shorter looked up in the longer."""
    scores = np.zeros(len(rows))
    for column in columns:
        if len(column.rows) < len(rows):
            at = np.searchsorted(rows, column.rows)
            inside = at < len(rows)
            found = np.flatnonzero(inside)[rows[at[inside]] == column.rows[inside]]
            scores[at[found]] += column.data[found] * column.weight
        else:
            at = np.searchsorted(column.rows, rows)
            inside = at < len(column.rows)
            found = np.flatnonzero(inside)[column.rows[at[inside]] == rows[inside]]
            scores[found] += column.data[at[found]] * column.weight
    return scores


def _best(rows: np.ndarray, scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    if len(rows) > k:
        part = np.argpartition(-scores, k - 1)[:k]
        rows, scores = rows[part], scores[part]
    order = np.lexsort((rows, -scores))
    return rows[order], scores[order]


def id_mask(segment: Bm25Segment, wanted: np.ndarray) -> np.ndarray:
    """Boolean mask over a segment's rows of the ids in `wanted`."""
    mask = np.zeros(len(segment), dtype=bool)
    mask[segment.rows_of(wanted)] = True
    return mask


class LexicalIndex:
    """A main segment, a delta segment and the main rows removed since the snapshot."""

    def __init__(
        self,
        main: Bm25Segment,
        delta: Bm25Segment | None = None,
        removed: np.ndarray | None = None,
    ) -> None:
        self.main = main
        self.delta = delta or Bm25Segment.build([], [])
        self.removed = removed if removed is not None else np.zeros(len(main), dtype=bool)

    def __len__(self) -> int:
        return len(self.main) - int(self.removed.sum()) + len(self.delta)

    def vocabulary(self) -> Iterator[tuple[str, int]]:
        """The terms of both segments with their document frequencies (a term in both comes
        twice; removed rows still count)."""
        yield from self.main.vocabulary()
        yield from self.delta.vocabulary()

    def search(self, terms: list[str], k: int, allowed: np.ndarray | None = None) -> Ranking:
        """Top `k` (passage id, score) with a score above zero, among `allowed` ids if given."""
        if not terms or k <= 0:
            return []
        segments = [s for s in (self.main, self.delta) if len(s)]
        total = sum(len(s) for s in segments)
        unique = list(dict.fromkeys(terms))
        df = sum((s.df(unique) for s in segments), np.zeros(len(unique)))
        shared = idf(total, df)
        ranking: Ranking = []
        for segment in segments:
            own = idf(len(segment), segment.df(unique))
            # rescale each column from the segment's idf to the idf over all segments
            weights = {
                t: float(g / o) if o > 0 else 0.0
                for t, g, o in zip(unique, shared, own, strict=True)
            }
            dead = self.removed if segment is self.main and self.removed.any() else None
            keep = None if allowed is None else segment.sorted_rows_of(allowed)
            rows, scores = segment.top(unique, weights, k, keep, dead)
            ranking.extend(
                (int(segment.ids[r]), float(s)) for r, s in zip(rows, scores, strict=True) if s > 0
            )
        ranking.sort(key=lambda item: -item[1])
        return ranking[:k]
