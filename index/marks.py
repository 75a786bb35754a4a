"""Queries typed without Vietnamese marks ("cham lo tet doan vien"). Each syllable gets back
the marks it most likely has, judged by the store's own vocabulary: which marked syllables
exist, how often, and which pairs of them stand side by side (the BM25 syllable pairs). BM25,
the encoder and the highlights then see "chăm lo tết đoàn viên".

Without this such a query matched almost nothing: "lao" stood for the one "LAO CAI" row of a
table (since "lao động" is one word term), and the encoder reads unmarked Vietnamese poorly.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .lexical import PAIR_JOINER

# candidates kept per unmarked syllable: "tet" -> "tết", "tệt", "tét" …
CANDIDATES = 8
# a pair of syllables that make a word of the lexicon counts as seen this often
LEXICON_PAIR = 10
# how much a syllable's own frequency counts against the pairs it makes with its neighbours
FREQUENCY_WEIGHT = 0.2
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def strip_marks(text: str) -> str:
    """Lowercase text without tone or vowel marks, "đ" as "d".

    >>> strip_marks("Chăm lo Tết cho đoàn viên")
    'cham lo tet cho doan vien'
    """
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def typed_without_marks(query: str) -> bool:
    """Whether a query is Vietnamese typed without marks: ASCII letters only (a query with
    any mark is taken as written).

    >>> typed_without_marks("cham lo tet"), typed_without_marks("chăm lo Tết")
    (True, False)
    >>> typed_without_marks("2.158")
    False
    """
    return query.isascii() and _WORD.search(query) is not None


@dataclass(frozen=True)
class MarkRestorer:
    """What the marks of an unmarked syllable most likely are, from a vocabulary."""

    syllables: dict[str, list[tuple[str, int]]]  # unmarked -> (marked, frequency), best first
    pairs: dict[tuple[str, str], int]  # two marked syllables side by side -> frequency

    @classmethod
    def from_vocabulary(
        cls,
        terms: Iterable[tuple[str, int]],
        common: Iterable[str] = (),
        lexicon: Iterable[str] = (),
    ) -> MarkRestorer:
        """From BM25 terms and their document frequencies: word segments ("chăm_lo"),
        single syllables ("tết") and syllable pairs ("chăm+lo"); the `common` words BM25
        leaves out (its stop words "khi", "có"), taken as the most frequent, so that "khi co"
        is not read as "khí cơ"; and the words of a `lexicon`, whose syllables stand together
        as a pair seen LEXICON_PAIR times ("bao nhiêu", a question's words that reports
        seldom hold, not "bảo nhiều")."""
        counts: Counter[str] = Counter()
        pairs: dict[tuple[str, str], int] = {}
        for term, df in terms:
            if PAIR_JOINER in term:
                first, _, second = term.partition(PAIR_JOINER)
                pairs[(first, second)] = pairs.get((first, second), 0) + df
            else:
                for syllable in term.split("_"):
                    counts[syllable] += df
        for word in lexicon:
            syllables = word.split()
            for pair in zip(syllables, syllables[1:], strict=False):
                pairs[pair] = pairs.get(pair, 0) + LEXICON_PAIR
            for syllable in syllables:
                counts[syllable] += 1
        most = max(counts.values(), default=1)
        common_syllables = frozenset(syllable for word in common for syllable in word.split())
        for syllable in common_syllables:
            counts[syllable] = max(counts[syllable], most)
        by_plain: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for syllable, n in counts.items():
            if _WORD.fullmatch(syllable):
                by_plain[strip_marks(syllable)].append((syllable, n))
        syllables = {
            plain: sorted(found, key=lambda pair: -pair[1])[:CANDIDATES]
            for plain, found in by_plain.items()
        }
        return cls(syllables, pairs)

    def restore(self, query: str) -> str:
        """The query with marks, each run of words read as the likeliest marked sequence
        (Viterbi over the candidates; a pair seen in the store outweighs frequency alone).
        Words the vocabulary does not know stay as typed.

        >>> restorer = MarkRestorer.from_vocabulary(
        ...     [("chăm+lo", 5), ("lo+tết", 3), ("tết", 9), ("tệt", 1), ("chăm_lo", 5), ("lo", 2)])
        >>> restorer.restore("cham lo Tet, COVID, CHAM LO")
        'chăm lo Tết, COVID, CHĂM LO'
        """
        pieces = re.split(r"([^\W\d_]+)", query)
        words = [i for i in range(1, len(pieces), 2)]
        choices = self._best([pieces[i] for i in words], [pieces[i - 1] for i in words])
        for i, choice in zip(words, choices, strict=True):
            if choice is not None and choice != pieces[i].lower():
                pieces[i] = _cased_like(choice, pieces[i])
        return "".join(pieces)

    def _best(self, words: list[str], gaps: list[str]) -> list[str | None]:
        """The likeliest marked form of each word (None: keep it); a gap holding anything but
        spaces (a comma, a number) breaks the chain of pairs."""
        chosen: list[str | None] = []
        # Viterbi: for each candidate of the current word, the best score and path to it
        paths: dict[str, tuple[float, list[str | None]]] = {}
        for word, gap in zip(words, gaps, strict=True):
            found = self.syllables.get(strip_marks(word), [])
            if not found:
                best = max(paths.values(), key=lambda sp: sp[0])[1] if paths else []
                chosen += best + [None]
                paths = {}
                continue
            joined = bool(paths) and not gap.strip()
            if paths and not joined:
                chosen += max(paths.values(), key=lambda sp: sp[0])[1]
                paths = {}
            step: dict[str, tuple[float, list[str | None]]] = {}
            for marked, n in found:
                own = FREQUENCY_WEIGHT * math.log1p(n)
                if not paths:
                    step[marked] = (own, [marked])
                    continue
                score, path = max(
                    (
                        (before + own + math.log1p(self.pairs.get((last, marked), 0)), path)
                        for last, (before, path) in paths.items()
                    ),
                    key=lambda sp: sp[0],
                )
                step[marked] = (score, [*path, marked])
            paths = step
        if paths:
            chosen += max(paths.values(), key=lambda sp: sp[0])[1]
        return chosen


def _cased_like(marked: str, typed: str) -> str:
    """ "tết" as "Tet" was typed: "Tết"; "chăm" as "CHAM": "CHĂM"."""
    if typed.isupper() and len(typed) > 1:
        return marked.upper()
    return marked[:1].upper() + marked[1:] if typed[:1].isupper() else marked
