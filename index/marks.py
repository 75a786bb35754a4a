"""Queries typed without Vietnamese marks ("cham lo tet doan vien"). Each run of words gets
back the marks it most likely has, judged by the store's own vocabulary: which marked words
exist, how often, and which pairs of syllables stand side by side (the BM25 syllable pairs).
BM25, the encoder and the highlights then see "chăm lo tết đoàn viên".

Without this such a query matched almost nothing: "lao" stood for the one "LAO CAI" row of a
table (since "lao động" is one word term), and the encoder reads unmarked Vietnamese poorly.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from nlp.text import strip_marks

from .lexical import PAIR_JOINER
from .text import y_spelled

# candidates kept per unmarked word: "tet" -> "tết", "tệt", "tét" …
CANDIDATES = 8
# the words people ask with, which queries hold and reports seldom do: counted as the most
# frequent words are ("du bao nhieu tuoi" is "đủ bao nhiêu tuổi", not "dự báo nhiều tuổi")
QUESTION_WORDS = (
    "bao nhiêu",
    "bao lâu",
    "bao giờ",
    "mấy",
    "thế nào",
    "như thế nào",
    "khi nào",
    "lúc nào",
    "ở đâu",
    "là gì",
    "những gì",
    "gì",
    "tại sao",
    "vì sao",
    "ai",
    "không",
    "hay không",
    "có phải",
)
# the longest word looked up, in syllables ("như thế nào", "người sử dụng lao động")
LONGEST_WORD = 4
# what a word of the lexicon that the store never holds counts as (its document frequency)
LEXICON_WORD = 1
# how much each pair of neighbouring syllables seen in the store adds (a BM25 syllable pair)
PAIR_WEIGHT = 1.5
# a syllable no word of the store or lexicon spells: kept as typed, at this cost
UNKNOWN_COST = 6.0
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_Y_AFTER = re.compile(r"(?<![a-z])([hklmst])y(?![a-z])")


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
    """What the marks of an unmarked phrase most likely are, from a vocabulary of words.

    A reading splits the phrase into words of one to LONGEST_WORD syllables, each with its
    marks; it scores the words' log probabilities (their frequencies in the store), plus the
    store's frequency of each pair of neighbouring syllables, within a word or across two.
    Words, not syllables: "can" alone is "cần" far more often than "căn", which mostly
    stands in "căn cứ"; and "co" is "có", a word on its own, where "cơ" mostly begins "cơ
    quan". (Syllables scored alone, by their pairs and frequencies, gave back 36% of the
    ALQAC questions whole; words 65%, and 80% with QUESTION_WORDS:
    `python bench/marks_restore.py`.)
    """

    words: dict[str, list[tuple[str, float]]]  # unmarked -> (marked, log frequency), best first
    pairs: dict[tuple[str, str], int]  # two marked syllables side by side -> frequency

    @classmethod
    def from_vocabulary(
        cls,
        terms: Iterable[tuple[str, int]],
        common: Iterable[str] = (),
        lexicon: Iterable[str] = (),
    ) -> MarkRestorer:
        """From BM25 terms and their document frequencies: word segments ("chăm_lo", "tết")
        and syllable pairs ("chăm+lo"); the `common` words BM25 leaves out (its stop words
        "khi", "có"), taken as the most frequent, so that "khi co" is not read as "khí cơ";
        and the words of a `lexicon`, which count LEXICON_WORD times (a question's words
        that reports seldom hold: "bao nhiêu", "thế nào")."""
        counts: Counter[str] = Counter()
        pairs: dict[tuple[str, str], int] = {}
        for term, df in terms:
            if PAIR_JOINER in term:
                first, _, second = term.partition(PAIR_JOINER)
                pairs[(first, second)] = pairs.get((first, second), 0) + df
            else:
                counts[term.replace("_", " ")] += df
        for word in lexicon:
            counts[word] += LEXICON_WORD
        most = max(counts.values(), default=1)
        for word in (*common, *QUESTION_WORDS):
            counts[word] = max(counts[word], most)
        # a word's weight is its log probability: each word of a reading costs the log of
        # the total, so that a known word of two syllables beats two words that each happen
        # to be frequent ("bao nhiêu", not "bảo nhiều")
        total = math.log(sum(counts.values()) or 1)
        by_plain: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for word, n in counts.items():
            syllables = word.split()
            if len(syllables) <= LONGEST_WORD and all(_WORD.fullmatch(s) for s in syllables):
                by_plain[_plain_key(word)].append((word, math.log1p(n) - total))
        words = {
            plain: sorted(found, key=lambda pair: -pair[1])[:CANDIDATES]
            for plain, found in by_plain.items()
        }
        return cls(words, pairs)

    def restore(self, query: str) -> str:
        """The query with marks, each run of words read as the likeliest sequence of words
        (see the class). Syllables no word spells stay as typed.

        >>> restorer = MarkRestorer.from_vocabulary(
        ...     [("chăm_lo", 5), ("tết", 9), ("tệt", 1), ("lo", 2), ("lo+tết", 3)])
        >>> restorer.restore("cham lo Tet, COVID, CHAM LO")
        'chăm lo Tết, COVID, CHĂM LO'
        """
        pieces = re.split(r"([^\W\d_]+)", query)
        at = list(range(1, len(pieces), 2))
        chosen: list[str | None] = []
        run: list[int] = []
        for i in at:
            # a gap holding anything but spaces (a comma, a number) ends a run
            if run and pieces[i - 1].strip():
                chosen += self._best([pieces[j] for j in run])
                run = []
            run.append(i)
        if run:
            chosen += self._best([pieces[j] for j in run])
        for i, choice in zip(at, chosen, strict=True):
            if choice is not None and pieces[i].lower().endswith("y"):
                choice = y_spelled(choice)  # "ty le" is read "tỷ lệ", as typed, not "tỉ lệ"
            if choice is not None and choice != pieces[i].lower():
                pieces[i] = _cased_like(choice, pieces[i])
        return "".join(pieces)

    def _best(self, typed: list[str]) -> list[str | None]:
        """The likeliest marked form of each syllable of a run (None: keep it as typed), by
        dynamic programming over where words end and which word ends there."""
        plain = [_plain_key(t) for t in typed]
        # best[j]: reading of the first j syllables, keyed by its last syllable (for pairs)
        best: list[dict[str | None, tuple[float, list[str | None]]]] = [{None: (0.0, [])}]
        for end in range(1, len(plain) + 1):
            here: dict[str | None, tuple[float, list[str | None]]] = {}
            for size in range(1, min(LONGEST_WORD, end) + 1):
                before = best[end - size]
                if not before:
                    continue
                span = " ".join(plain[end - size : end])
                options: list[tuple[list[str | None], float]] = [
                    (list(word.split()), weight + self._pairs_within(word))
                    for word, weight in self.words.get(span, [])
                ]
                if size == 1 and not options:
                    options = [([None], -UNKNOWN_COST)]
                for syllables, own in options:
                    first, last = syllables[0], syllables[-1]
                    score, path = max(
                        (
                            (
                                total
                                + own
                                + PAIR_WEIGHT * math.log1p(self.pairs.get((prev, first), 0))
                                if prev is not None and first is not None
                                else total + own,
                                path,
                            )
                            for prev, (total, path) in before.items()
                        ),
                        key=lambda sp: sp[0],
                    )
                    if last not in here or score > here[last][0]:
                        here[last] = (score, [*path, *syllables])
            best.append(here)
        return max(best[-1].values(), key=lambda sp: sp[0])[1]

    def _pairs_within(self, word: str) -> float:
        # a word's own pairs count as a reading's pairs across words do, so that splitting
        # "độ tuổi" into "do" + "tuổi" gains nothing from it
        syllables = word.split()
        return PAIR_WEIGHT * sum(
            math.log1p(self.pairs.get(pair, 0))
            for pair in zip(syllables, syllables[1:], strict=False)
        )


def _plain_key(word: str) -> str:
    """`strip_marks`, with the y of "ty", "ly", "ky" as i: the store folds "tỷ" to "tỉ".

    >>> _plain_key("Tỷ lệ"), _plain_key("tỉ lệ"), _plain_key("quý")
    ('ti le', 'ti le', 'quy')
    """
    return _Y_AFTER.sub(r"\1i", strip_marks(word))


def _cased_like(marked: str, typed: str) -> str:
    """ "tết" as "Tet" was typed: "Tết"; "chăm" as "CHAM": "CHĂM"."""
    if typed.isupper() and len(typed) > 1:
        return marked.upper()
    return marked[:1].upper() + marked[1:] if typed[:1].isupper() else marked
