"""Text forms used for matching only; documents keep their own spelling for display."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from nlp.units import abbreviations

_NON_WORD = re.compile(r"[\W_]+")
# "hoà"/"hòa", "hoè"/"hòe", "thuỷ"/"thủy": two conventions place the tone mark on either
# vowel of an open oa/oe/uy syllable. Both become tone-on-the-first-vowel. A closed
# syllable ("hoàng", "huỳnh") and "qu" + y ("quý") have one spelling only and stay.
_TONE_MOVES: dict[str, str] = {}
for _pair, _on_first, _on_second in (
    ("oa", "òóỏõọ", "àáảãạ"),
    ("oe", "òóỏõọ", "èéẻẽẹ"),
    ("uy", "ùúủũụ", "ỳýỷỹỵ"),
):
    for _first, _second in zip(_on_first, _on_second, strict=True):
        _TONE_MOVES[_pair[0] + _second] = _first + _pair[1]
_OPEN_SYLLABLE = re.compile(r"(?<!q)(" + "|".join(_TONE_MOVES) + r")(?!\w)")


# "tỷ lệ"/"tỉ lệ", "quản lý"/"quản lí", "kỹ thuật"/"kĩ thuật", "nhiệm kỳ"/"nhiệm kì", "bác
# sỹ"/"bác sĩ", "hy sinh"/"hi sinh": after h, k, l, m, s or t alone, a final i is also
# written y. Both become i. ("ty" of "công ty" too; "quý", "huy", "tay" keep their y.)
_I_FOR_Y = str.maketrans("yýỳỷỹỵ", "iíìỉĩị")
_Y_FOR_I = str.maketrans("iíìỉĩị", "yýỳỷỹỵ")
_Y_SYLLABLE = re.compile(r"(?<![^\W\d_])([hklmst])([yýỳỷỹỵ])(?![^\W\d_])")
_I_SYLLABLE = re.compile(r"[hklmst][iíìỉĩị]")


def fold_tones(text: str) -> str:
    """One spelling for the syllables of lowercase text that have two: the tone on the first
    vowel of open oa/oe/uy, and i for the y of "tỷ", "lý", "kỹ".

    >>> fold_tones("hoà bình, thuỷ lợi, hoàng, quý, khoẻ")
    'hòa bình, thủy lợi, hoàng, quý, khỏe'
    >>> fold_tones("tỷ lệ, quản lý, kỹ thuật, công ty, huy động, tay")
    'tỉ lệ, quản lí, kĩ thuật, công ti, huy động, tay'
    """
    text = _OPEN_SYLLABLE.sub(lambda m: _TONE_MOVES[m.group(1)], text)
    return _Y_SYLLABLE.sub(lambda m: m.group(1) + m.group(2).translate(_I_FOR_Y), text)


def y_spelled(syllable: str) -> str:
    """A lowercase syllable that `fold_tones` wrote with i, with its y back ("tỉ" -> "tỷ");
    any other syllable as it is."""
    return syllable.translate(_Y_FOR_I) if _I_SYLLABLE.fullmatch(syllable) else syllable


_TONE_BACK = {folded: written for written, folded in _TONE_MOVES.items()}


def spellings(word: str) -> set[str]:
    """The lowercase spellings that `fold_tones` makes into `word` (a syllable in its form).

    >>> sorted(spellings("hòa")), sorted(spellings("hoàng")), sorted(spellings("quý"))
    (['hoà', 'hòa'], ['hoàng'], ['quý'])
    >>> sorted(spellings("tỉ"))
    ['tỉ', 'tỷ']
    """
    ending = word[-2:]
    if ending in _TONE_BACK and not word[:-2].endswith("q"):
        return {word, word[:-2] + _TONE_BACK[ending]}
    return {word, y_spelled(word)}


def search_form(text: str) -> str:
    """Lowercase NFC with one tone placement and i for the y of "tỷ", so "Hoà" and "hòa",
    "tỷ lệ" and "tỉ lệ" match; diacritics stay.

    Lowercasing comes first because the tone folding only knows lowercase and capitalised
    spellings ("HOÀ" would slip through otherwise).

    >>> search_form("HOÀ BÌNH") == search_form("hòa bình")
    True
    >>> search_form("Thuỷ lợi")
    'thủy lợi'
    """
    return fold_tones(unicodedata.normalize("NFC", text).lower())


def duplicate_key(text: str) -> str:
    """The words of a passage without punctuation or spacing, for spotting copies.

    >>> duplicate_key("Thoả thuận,  hợp đồng.") == duplicate_key("thỏa thuận - hợp đồng")
    True
    """
    return " ".join(_NON_WORD.sub(" ", search_form(text)).split())


@cache
def _written_out() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    short_forms: dict[str, list[str]] = {}
    for short, long in abbreviations().items():
        short_forms.setdefault(duplicate_key(long), []).append(short)
    # longest first, so that "công đoàn cơ sở" is taken whole before "công đoàn"
    names = sorted(short_forms, key=len, reverse=True)
    return re.compile(r"(?<!\S)(" + "|".join(map(re.escape, names)) + r")(?!\S)"), short_forms


@lru_cache(maxsize=4096)
def abbreviations_of(text: str) -> tuple[str, ...]:
    """The abbreviations of what `text` writes out in full, so that a query saying "công
    đoàn cơ sở" also finds a passage that only writes "CĐCS" (case, punctuation and tone
    placement aside). Remembered: a search asks again for each hit's highlights.

    >>> abbreviations_of("Thành lập mới công đoàn cơ sở; thoả ước lao động tập thể")
    ('CĐCS', 'TƯLĐTT', 'TULĐTT')
    >>> abbreviations_of("cán bộ công chức viên chức")
    ('CBCCVC',)
    """
    pattern, short_forms = _written_out()
    return tuple(s for m in pattern.finditer(duplicate_key(text)) for s in short_forms[m.group(1)])


@dataclass(frozen=True)
class Fingerprint:
    """What near-duplicate detection compares: the duplicate key's hash and the hashes of
    its word trigrams (small enough to keep for thousands of passages)."""

    key: int
    grams: frozenset[int]


def fingerprint(text: str) -> Fingerprint:
    key = duplicate_key(text)
    words = key.split()
    grams = zip(words, words[1:], words[2:], strict=False) if len(words) > 3 else [words]
    return Fingerprint(hash(key), frozenset(hash(tuple(g)) for g in grams))


def overlap(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller set found in the other: 1.0 when one passage contains the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
