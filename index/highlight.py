"""Where a passage answers its query: the spans to highlight, and the window to show.

Matching is by syllable in search form (lowercase, one tone placement), as BM25 matches:
"Hoà giải" highlights "hòa giải", and "an" never lights up inside "quan". A run of query
syllables is one span; a syllable alone only when it is a word of the query by itself
("Tết", not the "đoàn" of "Liên đoàn" for "công đoàn"). Function words ("cho", "của") are
highlighted only inside a run ("chăm lo cho đoàn viên").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from nlp.references import REFERENCE_ID
from nlp.tokenizers import lexicon, word_tokenize

from .lexical import stopwords
from .text import search_form, spellings

Span = tuple[int, int]

# a syllable, or a number with its separators ("3.120", "4,4")
_TOKEN = re.compile(r"\w+(?:[.,]\w+)*")
# the syllable just before a position, or just after it, spaces between
_TOKEN_BEFORE = re.compile(r"(\w+)[ \t]+$")
_TOKEN_AFTER = re.compile(r"[ \t]+(\w+)")
# a percentage as a user writes it: "2%", "30 %", "40,5%"
_PERCENT = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?\s?%")
# where a shown window may start: after a sentence's end or a line break
_SENTENCE_START = re.compile(r"(?:[.!?…;:]\s+|\n)(?=\S)")
# how far back from its first highlight a window may reach for a sentence start
LEAD = 120


def query_syllables(query: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The query's syllables in search form: (content syllables, function words, the words
    of one syllable among them, as underthesea segments the query).

    >>> content, function, single = query_syllables("Chăm lo Tết cho đoàn viên")
    >>> sorted(content), sorted(function), sorted(single)
    (['chăm', 'lo', 'tết', 'viên', 'đoàn'], ['cho'], ['tết'])
    """
    found = {m.group() for m in _TOKEN.finditer(search_form(query))}
    stop = stopwords()
    words = (search_form(word) for word in word_tokenize(query))
    single = {word for word in words if _TOKEN.fullmatch(word)} - stop
    # the pieces of "57-NQ/TW" or "2%" are never highlighted alone ("NQ" of "03/NQ-CP", the
    # "2" of "2. Khuyến khích"): the whole is, by `codes`
    pieces = {m.group() for code in codes(query) for m in _TOKEN.finditer(search_form(code))}
    return frozenset(found - stop), frozenset(found & stop), frozenset((single & found) - pieces)


def codes(query: str) -> list[str]:
    """What a query holds that is highlighted only whole: document numbers and percentages.

    >>> codes("Nghị quyết 57-NQ/TW và kinh phí 2%")
    ['57-NQ/TW', '2%']
    """
    return [m.group() for m in REFERENCE_ID.finditer(query)] + _PERCENT.findall(query)


def _code_spans(passage: str, query: str) -> list[Span]:
    """Where the query's codes stand whole in the passage, in any case and spacing around
    their separators ("57- NQ/TW")."""
    pattern = _code_pattern(query)
    return [] if pattern is None else [m.span() for m in pattern.finditer(passage)]


@lru_cache(maxsize=256)
def _code_pattern(query: str) -> re.Pattern[str] | None:
    """One regex for all the query's codes, made once per query as `_matcher` is."""
    alternatives = []
    for code in codes(query):
        parts = [re.escape(part) for part in re.split(r"\s*([-/%])\s*", code.replace(" ", ""))]
        alternatives.append(r"\s?".join(part for part in parts if part))
    if not alternatives:
        return None
    return re.compile(rf"(?<![\w.,/-])(?:{'|'.join(alternatives)})(?![\w/])", re.IGNORECASE)


def highlights(passage: str, query: str) -> list[Span]:
    """Character spans of `passage` where the query's words stand, runs of them as one span.

    >>> text = "Các cấp công đoàn chăm lo cho đoàn viên dịp Tết; cơ quan an toàn."
    >>> [text[a:b] for a, b in highlights(text, "chăm lo Tết cho đoàn viên")]
    ['chăm lo cho đoàn viên', 'Tết']
    >>> [text[a:b] for a, b in highlights(text, "an toàn")]
    ['an toàn']
    >>> text = "Ban Thường vụ chủ động phối hợp; đoàn công tác của tỉnh"
    >>> [text[a:b] for a, b in highlights(text, "phối hợp tổ chức công đoàn")]
    ['phối hợp']
    >>> highlights("Hòa giải viên", "hoà giải") == [(0, 8)]
    True
    >>> text = "có 13.120 và 3.120,5 người"
    >>> [text[a:b] for a, b in highlights(text, "3.120 người")]
    ['người']
    >>> text = "Công đoàn Viên chức tỉnh thăm đoàn viên"
    >>> [text[a:b] for a, b in highlights(text, "đoàn viên")]
    ['đoàn viên']
    >>> text = "2. Đóng 2% quỹ lương theo Nghị quyết 57- NQ/TW, không theo 03/NQ-CP"
    >>> [text[a:b] for a, b in highlights(text, "kinh phí 2% 57-NQ/TW")]
    ['2%', '57- NQ/TW']
    """
    matcher = _matcher(query)
    if matcher is None:
        return []
    pattern, function, single, capitalised = matcher
    spans: list[Span] = []
    run_start = run_end = -1  # the current run, from its first to its last content word
    bridge_end = -1  # where the function words after the run's last content word end
    content = 0  # content words in the run
    first = ""  # the run's first content word

    def close() -> None:
        # a lone syllable only when it is a word of the query by itself: "Tết", not the
        # "đoàn" of "Liên đoàn" for a query on "công đoàn"
        if content > 1 or (content == 1 and first in single):
            spans.append((run_start, run_end))

    previous = ""  # the run's last word as written
    for match in pattern.finditer(passage):
        start, end = match.span()
        joined = run_start >= 0 and not passage[max(run_end, bridge_end) : start].strip()
        # a capital after a small letter starts a name, unless the query writes it so
        # ("chăm lo Tết"): "Công đoàn Viên chức" holds no "đoàn viên"
        joined = joined and not (
            previous[:1].islower()
            and match.group()[:1].isupper()
            and search_form(match.group()) not in capitalised
        )
        previous = match.group()
        word = match.group().lower()
        if word in function:
            if joined:
                bridge_end = end
            continue
        if not joined:
            if run_start >= 0:
                close()
            run_start, content, first = start, 0, search_form(word)
        run_end, bridge_end = end, -1
        content += 1
    if run_start >= 0:
        close()
    spans = [t for span in spans if (t := _trimmed(passage, span, single, function))]
    return _merged(spans + _code_spans(passage, query))


@cache
def _lexicon_words() -> frozenset[str]:
    return frozenset(lexicon())


@lru_cache(maxsize=65536)
def _is_word(first: str, second: str) -> bool:
    """Whether two syllables make a word of underthesea's list, in any case and either tone
    placement or i/y (the list writes "hoà", a passage may write "Hòa"); remembered, as the
    same pairs come back in passage after passage."""
    words = _lexicon_words()
    a_forms, b_forms = spellings(search_form(first)), spellings(search_form(second))
    return any(f"{a} {b}" in words for a in a_forms for b in b_forms)


def _trimmed(
    passage: str, span: Span, single: frozenset[str], function: frozenset[str]
) -> Span | None:
    """A run without an edge syllable that belongs to the word beside the run, not to the
    run: "chủ động phối hợp" for "phối hợp" lights "phối hợp", not "động phối hợp"; "đoàn
    công tác" lights no "công". None when what is left is a lone syllable the query does not
    hold as a word (the "vụ" of "dịch vụ công", the "hợp" of "tập hợp"); a function word
    left at an edge goes too, as it never ends a run."""
    tokens = list(_TOKEN.finditer(passage, span[0], span[1]))
    if len(tokens) < 2:
        return span
    start, end = span
    # the syllable before the run: looked for in the few characters before it, not the whole
    # passage before it (a `$`-anchored search tries every position from the start)
    before = _TOKEN_BEFORE.search(passage, max(0, start - 40), start)
    first, second = (t.group() for t in tokens[:2])
    if before and _is_word(before.group(1), first) and not _is_word(first, second):
        tokens = tokens[1:]
    after = _TOKEN_AFTER.match(passage, end)
    if after and len(tokens) > 1:
        inner, last = (t.group() for t in tokens[-2:])
        if _is_word(last, after.group(1)) and not _is_word(inner, last):
            tokens = tokens[:-1]
    while tokens and tokens[0].group().lower() in function:
        tokens = tokens[1:]
    while tokens and tokens[-1].group().lower() in function:
        tokens = tokens[:-1]
    if not tokens or (len(tokens) == 1 and search_form(tokens[0].group()) not in single):
        return None
    return tokens[0].start(), tokens[-1].end()


def _merged(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@lru_cache(maxsize=256)
def _matcher(
    query: str,
) -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str]] | None:
    """One regex finding the query's syllables as whole tokens, in any case and either tone
    placement, the lowercase spellings of its function words, and its one-syllable words;
    None when it has no content word. Made once per query, it reads passages as they are:
    putting ten passages in search form and walking their tokens in Python took about 0.8 ms
    per search. Last, the syllables the query writes with a capital ("Tết")."""
    content, function, single = query_syllables(query)
    if not content:
        return None
    function = frozenset(spelling for word in function for spelling in spellings(word))
    words = function | {spelling for word in content for spelling in spellings(word)}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # a whole token: not inside a longer word or number ("an" in "quan", "3.120" in "13.120")
    pattern = re.compile(rf"(?<!\w)(?<!\w[.,])(?:{alternatives})(?![.,]?\w)", re.IGNORECASE)
    capitalised = frozenset(
        search_form(m.group()) for m in _TOKEN.finditer(query) if m.group()[:1].isupper()
    )
    return pattern, function, single, capitalised


def best_window(passage: str, spans: Sequence[Span], width: int) -> Span:
    """The stretch of at most `width` characters to show: the one holding the most distinct
    highlighted words, opening on a sentence where it can; the passage's start when nothing
    is highlighted.

    >>> text = "Mở đầu dài dòng. " * 10 + "Dịp Tết, công đoàn tặng quà đoàn viên."
    >>> a, b = best_window(text, highlights(text, "Tết đoàn viên"), 60)
    >>> text[a:b]
    'Dịp Tết, công đoàn tặng quà đoàn viên.'
    """
    if len(passage) <= width or not spans:
        return 0, _word_end(passage, min(width, len(passage)))
    sentences = _sentence_starts(passage) | {0}
    starts = {a for a, _ in spans} | {max(0, a - LEAD) for a, _ in spans}
    starts = {_sentence_start(passage, start, sentences) for start in starts} | sentences
    # (distinct words, highlighted spans, opens a sentence, start): among equals a sentence's
    # start, the latest, so that the window opens on the first sentence that matters
    best: tuple[int, int, bool, int] | None = None
    chosen = 0
    for start in sorted(starts):
        inside = [passage[a:b].lower() for a, b in spans if a >= start and b <= start + width]
        rank = (len(set(inside)), len(inside), start in sentences, start)
        if best is None or rank > best:
            best, chosen = rank, start
    return chosen, _word_end(passage, min(len(passage), chosen + width))


def _sentence_starts(passage: str) -> set[int]:
    return {m.end() for m in _SENTENCE_START.finditer(passage)}


def _sentence_start(passage: str, start: int, sentences: set[int]) -> int:
    """`start`, moved back to the start of its sentence when that is near, else to a word."""
    before = [s for s in sentences if start - LEAD <= s <= start]
    if before:
        return max(before)
    while start > 0 and not passage[start - 1].isspace():
        start -= 1
    return start


def _word_end(passage: str, end: int) -> int:
    """`end`, moved back so as not to cut a word (unless the word is all there is)."""
    if end >= len(passage) or not passage[end].isalnum():
        return end
    cut = end
    while cut > 0 and passage[cut - 1].isalnum():
        cut -= 1
    return cut if cut > 0 else end
