"""BM25 over underthesea word segments (bm25s), tone placement folded, stop words out."""

from __future__ import annotations

import logging
import re
from functools import cache
from importlib import resources
from pathlib import Path

import bm25s
import numpy as np
from underthesea import word_tokenize

from nlp.text import fold_tones

# bm25s sets its own logger to DEBUG and would print on every build
logging.getLogger("bm25s").setLevel(logging.WARNING)

_HAS_ALNUM = re.compile(r"\w")
_LEADING_NUMBER = re.compile(r"^(\d[\d.,]*)\s+(?=\D)")


@cache
def stopwords() -> frozenset[str]:
    text = resources.files("index").joinpath("data/stopwords.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def tokenize(text: str) -> list[str]:
    """Search terms: "Đoàn viên ưu tú" -> ["đoàn_viên", "ưu_tú"].

    >>> tokenize("Các cấp Công đoàn đã giới thiệu 2.158 đoàn viên ưu tú")
    ['cấp', 'công_đoàn', 'giới_thiệu', '2.158', 'đoàn_viên', 'ưu_tú']
    """
    terms = []
    for token in word_tokenize(fold_tones(text)):
        token = token.lower()
        # underthesea glues a number to its noun ("2.158 đoàn viên"): keep them apart
        number = _LEADING_NUMBER.match(token)
        pieces = [number.group(1), token[number.end() :]] if number else [token]
        for piece in pieces:
            term = piece.replace(" ", "_")
            if _HAS_ALNUM.search(term) and term not in stopwords():
                terms.append(term)
    return terms


class LexicalIndex:
    """A BM25 index whose rows are passage ids; built whole, saved to a folder."""

    def __init__(self, ids: np.ndarray, model: bm25s.BM25 | None) -> None:
        self.ids = ids
        self.model = model
        self._row = {int(pid): row for row, pid in enumerate(ids)}

    @classmethod
    def build(cls, ids: list[int], token_lists: list[list[str]]) -> LexicalIndex:
        if not ids:
            return cls(np.array([], dtype=np.int64), None)
        model = bm25s.BM25()
        model.index([tokens or [""] for tokens in token_lists], show_progress=False)
        return cls(np.array(ids, dtype=np.int64), model)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / "ids.npy", self.ids)
        if self.model is not None:
            self.model.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        ids = np.load(folder / "ids.npy")
        model = bm25s.BM25.load(str(folder), show_progress=False) if len(ids) else None
        return cls(ids, model)

    def search(
        self, terms: list[str], k: int, allowed: set[int] | None = None
    ) -> list[tuple[int, float]]:
        """Top `k` (passage id, score) with a score above zero, among `allowed` if given."""
        if self.model is None or not terms:
            return []
        vocab = self.model.vocab_dict
        known = [t for t in terms if t in vocab]
        if not known:
            return []
        scores = self.model.get_scores(known)
        if allowed is not None:
            mask = np.zeros(len(self.ids), dtype=bool)
            rows = [self._row[p] for p in allowed if p in self._row]
            mask[rows] = True
            scores = np.where(mask, scores, 0.0)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(int(self.ids[row]), float(scores[row])) for row in top if scores[row] > 0]
