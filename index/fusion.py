"""Fusing the BM25 and dense rankings, and collapsing near-duplicate passages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np

from .text import Fingerprint, overlap

Ranking = list[tuple[int, float]]
Method = Literal["rrf", "minmax", "zscore"]


@dataclass(frozen=True)
class Fusion:
    """How two rankings become one.

    - "rrf": sum of weight / (k + rank) (reciprocal rank fusion; `k` damps the top ranks)
    - "minmax": weighted sum of scores scaled to [0, 1] within each ranking
    - "zscore": weighted sum of standardised scores
    `dense_weight` is the dense ranking's share; the lexical one gets 1 - dense_weight.
    A passage missing from a ranking gets nothing from it (its floor for the score methods).
    """

    method: Method = "rrf"
    k: int = 60
    dense_weight: float = 0.5
    depth: int = 50  # candidates taken from each ranking

    def __str__(self) -> str:
        extra = f" k={self.k}" if self.method == "rrf" else ""
        return f"{self.method}{extra} w={self.dense_weight:g} depth={self.depth}"


# chosen on ALQAC 2023 train among 120 settings and reported on ALQAC 2022, held out
# (bench/retrieval_alqac.py): the best there is depth 200 (0.959 on 2023); depth 100 is
# within 0.002 of it for half the candidates to fetch and fuse, and scores 0.960 held out
DEFAULT_FUSION = Fusion("zscore", 60, 0.6, 100)


def _normalised(ranking: Ranking, method: Method, pool: int | None = None) -> dict[int, float]:
    """Each passage's score scaled within its ranking, a missing passage's being zero.

    A missing passage counts as scoring the ranking's worst, unless `pool` is given: the
    ranking then holds every passage of a pool of that many that scores above 0 (BM25 ran
    out of passages holding a query word), so the rest score 0, and the scores are scaled
    over the whole pool. A word found in a handful of passages ("3.120", a name) then lifts
    them as far above the others as their scores stand above the pool's, where scaling among
    the handful alone made them nothing special (and one hit, with no spread, nothing at all).

    >>> _normalised([(7, 5.0)], "zscore")
    {7: 0.0}
    >>> int(_normalised([(7, 5.0)], "zscore", pool=100)[7])
    10
    """
    if not ranking:
        return {}
    scores = np.array([s for _, s in ranking], dtype=float)
    if pool is not None and pool > len(scores):
        # the pool's statistics, its other passages scoring 0
        low, high = 0.0, float(scores.max())
        mean = scores.sum() / pool
        spread = float(np.sqrt(max((scores**2).sum() / pool - mean**2, 0.0)))
    else:
        low, high = float(scores.min()), float(scores.max())
        spread = float(scores.std())
    if method == "minmax":
        scaled = (scores - low) / (high - low) if high > low else np.ones_like(scores)
    elif spread > 0:
        scaled = (scores - low) / spread  # z-scores shifted so that the floor is zero
    else:
        scaled = np.zeros_like(scores)
    return {pid: float(v) for (pid, _), v in zip(ranking, scaled, strict=True)}


def fuse(
    lexical: Ranking, dense: Ranking, fusion: Fusion = DEFAULT_FUSION, pool: int | None = None
) -> Ranking:
    """One ranking from two, best first (ties broken by passage id for stability).

    `pool` is the number of passages both rankings were drawn from (the index, or those a
    filter allows); the lexical ranking must hold at least `fusion.depth` passages or every
    one scoring above 0.

    >>> fuse([(1, 9.0), (2, 8.0), (4, 1.0)], [(2, 0.9), (3, 0.8), (1, 0.1)])[0][0]
    2
    """
    weights = (1.0 - fusion.dense_weight, fusion.dense_weight)
    # fewer lexical hits than asked for: no other passage of the pool holds a query word
    complete = pool if len(lexical) < fusion.depth else None
    lexical, dense = lexical[: fusion.depth], dense[: fusion.depth]
    fused: dict[int, float] = {}
    for weight, ranking, whole in zip(weights, (lexical, dense), (complete, None), strict=True):
        if fusion.method == "rrf":
            contributions = {
                pid: 1.0 / (fusion.k + rank + 1) for rank, (pid, _) in enumerate(ranking)
            }
        else:
            contributions = _normalised(ranking, fusion.method, whole)
        for pid, value in contributions.items():
            fused[pid] = fused.get(pid, 0.0) + weight * value
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))


def near_duplicates(a: Fingerprint, b: Fingerprint, threshold: float = 0.9) -> bool:
    """The same words once case, spacing, punctuation and tone placement are ignored, or
    `threshold` of the shorter one's word trigrams found in the other (a copy with a line
    changed or a paragraph added), both long enough to judge and of comparable length."""
    if a.key == b.key:
        return True
    small, large = sorted((len(a.grams), len(b.grams)))
    return small >= 10 and small >= large / 2 and overlap(a.grams, b.grams) >= threshold


def collapse(
    ranking: Ranking, fingerprint_of: Callable[[int], Fingerprint], k: int | None = None
) -> Ranking:
    """Drop each passage that near-duplicates a better-ranked one; stop at `k` kept.

    >>> from index.text import fingerprint
    >>> texts = {1: "Hoà giải tại cơ sở.", 2: "hòa giải tại cơ sở", 3: "Khác hẳn."}
    >>> collapse([(1, 3.0), (2, 2.0), (3, 1.0)], lambda pid: fingerprint(texts[pid]))
    [(1, 3.0), (3, 1.0)]
    """
    kept: Ranking = []
    seen: list[Fingerprint] = []
    for pid, score in ranking:
        mark = fingerprint_of(pid)
        if any(near_duplicates(mark, other) for other in seen):
            continue
        seen.append(mark)
        kept.append((pid, score))
        if k is not None and len(kept) == k:
            break
    return kept
