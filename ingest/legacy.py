"""Pre-Unicode Vietnamese text (TCVN3 and VNI fonts) to Unicode.

Documents typed in the .VnTime (TCVN3, "ABC") or VNI-Times fonts store Latin-1 bytes that
only those fonts draw as Vietnamese, so their text layer reads "B¸o c¸o tµi chÝnh" (TCVN3)
or "Baùo caùo taøi chính" (VNI). Documents mix encodings, so the decision is made per text
run: by the run's font name when the file says it (PDF characters, DOCX runs), else by
which reading gives valid Vietnamese syllables.

>>> fix_legacy("B¸o c¸o tµi chÝnh")
'Báo cáo tài chính'
>>> fix_legacy("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
'Cộng hòa xã hội chủ nghĩa Việt Nam'
>>> fix_legacy("Báo cáo tài chính")  # already Unicode: unchanged
'Báo cáo tài chính'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

Encoding = Literal["tcvn3", "vni"]

# letters only Vietnamese Unicode text has (ă đ ĩ ũ ơ ư and the tone-marked vowels): a line
# holding any is Unicode already
_UNICODE_VIETNAMESE = re.compile(
    "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"
)
_HIGH_LATIN = re.compile("[\u00a1-\u00ff]")


@dataclass(frozen=True)
class Tables:
    tcvn3: dict[int, str]  # for str.translate
    vni_single: dict[str, str]
    vni_pairs: dict[str, str]  # base letter + mark -> letter


@cache
def tables() -> Tables:
    """The mappings of `data/legacy_encodings.tsv`."""
    tcvn3: dict[int, str] = {}
    single: dict[str, str] = {}
    pairs: dict[str, str] = {}
    text = resources.files("ingest").joinpath("data/legacy_encodings.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        encoding, codes, letter = line.split("\t")
        legacy = "".join(chr(int(code, 16)) for code in codes.split())
        if encoding == "tcvn3":
            tcvn3[ord(legacy)] = letter
        elif len(legacy) == 1:
            single[legacy] = letter
        else:
            pairs[legacy] = letter
    # a mark typed in the other case ("Aù") still means the same letter, in the base's case
    for key, letter in list(pairs.items()):
        other = key[0] + key[1].swapcase()
        pairs.setdefault(other, letter.upper() if key[0].isupper() else letter.lower())
    return Tables(tcvn3=tcvn3, vni_single=single, vni_pairs=pairs)


def decode(text: str, encoding: Encoding, upper: bool = False) -> str:
    """Legacy text to Unicode; `upper` for the capitals fonts (.VnTimeH).

    >>> decode("§¬n vÞ tÝnh", "tcvn3")
    'Đơn vị tính'
    >>> decode("Ngöôøi lao ñoäng", "vni")
    'Người lao động'
    """
    t = tables()
    if encoding == "tcvn3":
        out = text.translate(t.tcvn3)
    else:
        parts: list[str] = []
        i = 0
        while i < len(text):
            pair = t.vni_pairs.get(text[i : i + 2])
            if pair is not None:
                parts.append(pair)
                i += 2
            else:
                parts.append(t.vni_single.get(text[i], text[i]))
                i += 1
        out = "".join(parts)
    return out.upper() if upper else out


_SUBSET = re.compile(r"^[A-Z]{6}\+")
_VNI_FONT = re.compile(r"^vni[-_ ]", re.IGNORECASE)
# .VnTime, VnTimeH, .VnArial NarrowH, VNTime; not VNI-Times
_TCVN3_FONT = re.compile(r"^\.?vn(?!i[-_ ])[a-z]", re.IGNORECASE)
_STYLE_SUFFIX = re.compile(r"(,.*|[-_](bold|italic|oblique|regular|bolditalic)\w*)$", re.I)


@cache
def font_encoding(fontname: str | None) -> tuple[Encoding | None, bool]:
    """The legacy encoding a font name implies, and whether it is a capitals-only font.

    >>> font_encoding("ABCDEF+.VnTimeH,Bold"), font_encoding("VNI-Times")
    (('tcvn3', True), ('vni', False))
    >>> font_encoding("TimesNewRomanPSMT")
    (None, False)
    """
    if not fontname:
        return None, False
    name = _SUBSET.sub("", fontname.strip())
    if _VNI_FONT.match(name):
        return "vni", False
    if _TCVN3_FONT.match(name):
        family = _STYLE_SUFFIX.sub("", name)
        return "tcvn3", family.endswith(("H", "h"))
    return None, False


def decode_run(text: str, fontname: str | None) -> str:
    """One run of text in one font: decoded by the font's encoding when it names one, else by
    `fix_legacy`'s guess. A run holding Vietnamese Unicode letters was typed, at least in
    part, in Unicode whatever its font says: only the words that read as legacy are
    decoded, by the same guess ("Ngh×n tấn" in a .VnArial cell).

    >>> decode_run("tæng kÕt", ".VnTime"), decode_run("tổng kết", ".VnTime")
    ('tổng kết', 'tổng kết')
    >>> decode_run("Ngh×n tấn", ".VnArial")
    'Nghìn tấn'
    """
    encoding, upper = font_encoding(fontname)
    if encoding is None or _UNICODE_VIETNAMESE.search(text):
        return fix_legacy(text)
    return decode(text, encoding, upper)


def convert_chars(chars: Sequence[str], fonts: Sequence[str | None]) -> list[str]:
    """Characters of a PDF, each with its font: the Unicode each stands for.

    Consecutive characters in one font form a run, decoded as `decode_run` does when the
    font names a legacy encoding; other runs are returned unchanged (`fix_legacy` can guess
    them later, line by line). A VNI mark merges into the letter before it, which then holds
    the whole letter, and the mark's entry becomes "".

    >>> chars = ["t", "\u00e6", "n", "g", " ", "a", "\u00f9"]
    >>> convert_chars(chars, [".VnTime"] * 5 + ["VNI-Times"] * 2)
    ['t', 'ổ', 'n', 'g', ' ', 'á', '']
    """
    t = tables()
    out = list(chars)
    start = 0
    while start < len(chars):
        end = start + 1
        while end < len(chars) and fonts[end] == fonts[start]:
            end += 1
        encoding, upper = font_encoding(fonts[start])
        run = chars[start:end]
        if encoding is not None and not any(_UNICODE_VIETNAMESE.match(c) for c in run):
            if encoding == "tcvn3":
                for i in range(start, end):
                    decoded = chars[i].translate(t.tcvn3)
                    out[i] = decoded.upper() if upper else decoded
            else:
                i = start
                while i < end:
                    pair = t.vni_pairs.get(chars[i] + chars[i + 1]) if i + 1 < end else None
                    if pair is not None:
                        out[i], out[i + 1] = pair, ""
                        i += 2
                    else:
                        out[i] = t.vni_single.get(chars[i], chars[i])
                        i += 1
        start = end
    return out


# --- guessing the encoding of a run whose font is unknown ----------------------------------

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_ONSETS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_NUCLEI = (
    "iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê "
    "a ă â e ê i o ô ơ u ư y"
).split()
_SYLLABLE = re.compile(
    rf"(?P<onset>{_ONSETS})?(?P<nucleus>{'|'.join(_NUCLEI)})(?P<coda>ch|ng|nh|c|m|n|p|t)?"
)
_STOP_TONES = frozenset("\u0301\u0323")  # a syllable ending in c, ch, p, t takes sắc or nặng
_FRONT = ("i", "e", "ê", "y")


def is_syllable(word: str, check_case: bool = True) -> bool:
    """A well-formed Vietnamese syllable: a known onset, vowel and final, one tone mark at
    most and one a stop final allows, k/gh/ngh only before i, e, ê, y, and (with
    `check_case`) the casing of a word ("Tổng", "tổng", "TỔNG", not "xuÊt").

    >>> is_syllable("Người"), is_syllable("nghiÖp"), is_syllable("vùc"), is_syllable("kú")
    (True, False, False, False)
    """
    if not word.isalpha():
        return False
    if check_case and not (word.islower() or word.istitle() or word.isupper()):
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [char for char in decomposed if char in _TONES]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    match = _SYLLABLE.fullmatch(bare)
    if match is None:
        return False
    onset, nucleus, coda = match.group("onset", "nucleus", "coda")
    if coda in ("c", "ch", "p", "t") and not (tones and tones[0] in _STOP_TONES):
        return False
    front = nucleus.startswith(_FRONT)
    if onset in ("k", "gh", "ngh") and not front:
        return False
    return not (onset in ("c", "ng") and front)


COMMON_COUNT = 50


@cache
def syllables() -> dict[str, int]:
    """Real Vietnamese syllables, lowercase, with their counts in a legal corpus
    (`data/syllables.tsv`)."""
    text = resources.files("ingest").joinpath("data/syllables.tsv").read_text("utf-8")
    known: dict[str, int] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, count = line.split("\t")
            known[word] = int(count)
    return known


def _score_word(word: str, decoded: bool) -> float:
    """Between 1 and 2 for a real syllable (more for a frequent one); 0 for a well-formed or,
    once decoded, merely alphabetic word (a name, a loanword); -1 for the rest."""
    count = syllables().get(word.lower())
    if count is not None and (decoded or is_syllable(word)):
        return 1 + min(count, COMMON_COUNT) / COMMON_COUNT
    if is_syllable(word, check_case=not decoded) or (decoded and word.isalpha()):
        return 0.0
    return -1.0


# Latin-1 characters that no Vietnamese Unicode word holds but legacy text is full of
_VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ"
_MARKERS = re.compile(
    "["
    + "".join(chr(c) for c in range(0xA1, 0x100) if chr(c) not in _VIETNAMESE_LATIN1 + "°")
    + "]"
)


def has_legacy_marks(text: str) -> bool:
    """Whether `text` holds a character legacy text is full of and Vietnamese Unicode never
    uses ("¸", "µ", "®", "ø", "ñ" …): a cheap test before any decoding.

    >>> has_legacy_marks("B¸o c¸o"), has_legacy_marks("Báo cáo")
    (True, False)
    """
    return _MARKERS.search(text) is not None


def _misshapen(word: str) -> bool:
    """Symbols inside a word ("§¾k", "vµ") or a capital after small letters ("xuÊt")."""
    if not word.isalpha() or any(char in "µªº" for char in word):
        return True
    return not (word.islower() or word.istitle() or word.isupper())


def _looks_odd(word: str) -> bool:
    """Misshapen, or holding a letter Vietnamese does not use ("ng©n", "Müller")."""
    return _misshapen(word) or _MARKERS.search(word) is not None


_WORD_BREAK = re.compile(r"[\s\-–—/\\.,;:()\[\]{}<>\"'!?*_|+=%0-9“”‘’…]+")


def guess_encoding(text: str) -> Encoding | None:
    """The legacy encoding under which `text` reads as the most real Vietnamese syllables,
    or None when it reads best as it is.

    TCVN3 has no capitals with tone marks, so a decoded word may mix case ("GIá TRị"):
    casing is checked only on the text as it is. Ties go to the text as it is: "sè hé" (a
    rare reading of "số hộ") stays, unless its font says otherwise.

    >>> guess_encoding("Tæng sè ®oµn viªn"), guess_encoding("Toång soá ñoaøn vieân")
    ('tcvn3', 'vni')
    >>> guess_encoding("Tổng số đoàn viên") is None, guess_encoding("Café Müller") is None
    (True, True)
    """
    if _UNICODE_VIETNAMESE.search(text):
        return None
    words = [w for w in _WORD_BREAK.split(text) if w and not w.isascii()]
    if not words:
        return None
    known = syllables()
    if all(word.lower() in known and is_syllable(word) for word in words):
        return None  # every word is a real syllable already: "What (Cái gì?)" is Unicode
    # unless the text as it is looks misshapen, a decoding must produce a real syllable, so
    # that "Café Müller" stays as it is
    odd = any(_misshapen(word) for word in words)
    best: Encoding | None = None
    best_score = sum(_score_word(word, decoded=False) for word in words)
    for encoding in ("tcvn3", "vni"):
        decoded = [decode(word, encoding) for word in words]
        if decoded == words:
            continue
        score = sum(
            _score_word(new, decoded=new != old) for old, new in zip(words, decoded, strict=True)
        )
        if score > best_score and (odd or any(w.lower() in known for w in decoded)):
            best, best_score = encoding, score
    return best


def _fix_words(line: str) -> str:
    """A line mixing Unicode with legacy words (a legacy file edited in a Unicode font):
    each odd word becomes the real syllable one decoding makes of it."""
    known = syllables()
    tokens = re.split(r"(\s+)", line)
    for number, token in enumerate(tokens):
        if len(token) < 2 or token.isascii():
            continue
        for part in _WORD_BREAK.split(token):
            if len(part) < 2 or part.isascii() or not (_looks_odd(part) or not is_syllable(part)):
                continue
            for encoding in ("tcvn3", "vni"):
                decoded = decode(part, encoding)
                if decoded.lower() in known:
                    tokens[number] = tokens[number].replace(part, decoded, 1)
                    break
    return "".join(tokens)


def fix_legacy(text: str) -> str:
    """Each line decoded from TCVN3 or VNI when it reads as such; other lines unchanged.

    A line without Vietnamese Unicode letters is decoded as a whole when one encoding reads
    it best. In a line that has some, only the odd words are, one by one.

    >>> fix_legacy("Năm 2008 so víi n¨m 2007 (%)")
    'Năm 2008 so với năm 2007 (%)'
    """
    if not _HIGH_LATIN.search(text):
        return text
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if not _HIGH_LATIN.search(line):
            continue
        if _UNICODE_VIETNAMESE.search(line):
            if _MARKERS.search(line):
                lines[number] = _fix_words(line)
            continue
        encoding = guess_encoding(line)
        if encoding is not None:
            lines[number] = decode(line, encoding)
    return "\n".join(lines)


# --- TCVN3's ư in PDFs ----------------------------------------------------------------------

_ONSET_ONLY = frozenset(_ONSETS.split("|")) | {""}
# the left side, the gap, and (looked at, not taken) the right side
_U_BY_HYPHEN = re.compile(r"(?<![\w-])([^\W\d_]*)[-\u00ad](?=([^\W\d_]+))")
_U_BY_SPACE = re.compile(r"(?<!\S)([^\W\d_]{1,3}) (?=([^\W\d_]+))")


def restore_u(text: str, space: bool = False) -> str:
    """Put back TCVN3's "ư", byte 0xAD, which is the soft hyphen of Latin-1: pdfium reads it
    as "-" and pdfminer as " ". A gap becomes "ư" where that makes one real syllable of the
    two sides ("ng-ời" -> "người"); real hyphens stay ("Bà Rịa-Vũng Tàu"). With `space`,
    a space is tried too, after an initial consonant only ("đ ợc" -> "được").

    >>> restore_u("đ-ợc ng-ời tr-ớc -u tiên, Bà Rịa-Vũng Tàu")
    'được người trước ưu tiên, Bà Rịa-Vũng Tàu'
    >>> restore_u("số đ ợc giao", space=True)
    'số được giao'
    """
    known = syllables()

    def join(match: re.Match[str], onset_only: bool) -> str:
        left, right = match.group(1), match.group(2)
        if onset_only and left.lower() not in _ONSET_ONLY:
            return match.group(0)
        letter = "Ư" if (left + right).isupper() and len(left + right) > 1 else "ư"
        if (left + letter + right).lower() in known:
            return left + letter
        return match.group(0)

    if "-" in text or "\u00ad" in text:
        text = _U_BY_HYPHEN.sub(lambda m: join(m, onset_only=False), text)
    if space:
        text = _U_BY_SPACE.sub(lambda m: join(m, onset_only=True), text)
    return text
