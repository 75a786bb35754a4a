"""Text helpers for matching (never for display: documents keep their own spelling)."""

from __future__ import annotations

import unicodedata

# old tone placement -> new ("hoà" -> "hòa", "thuỷ" -> "thủy"); NFC strings differ otherwise
_OLD_TO_NEW = {
    "òa": "oà",
    "óa": "oá",
    "ỏa": "oả",
    "õa": "oã",
    "ọa": "oạ",
    "òe": "oè",
    "óe": "oé",
    "ỏe": "oẻ",
    "õe": "oẽ",
    "ọe": "oẹ",
    "ùy": "uỳ",
    "úy": "uý",
    "ủy": "uỷ",
    "ũy": "uỹ",
    "ụy": "uỵ",
}
_FOLD = {new: old for old, new in _OLD_TO_NEW.items()}


def strip_marks(text: str) -> str:
    """Lowercase text without tone or vowel marks, "đ" as "d".

    >>> strip_marks("Chăm lo Tết cho đoàn viên")
    'cham lo tet cho doan vien'
    """
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_tones(text: str) -> str:
    """One spelling per syllable for matching: "hoà" and "hòa" both become "hòa".

    >>> fold_tones("Thanh Hoá, thuỷ lợi, hoà bình") == fold_tones("Thanh Hóa, thủy lợi, hòa bình")
    True
    """
    text = unicodedata.normalize("NFC", text)
    for old, new in _FOLD.items():
        text = text.replace(old, new)
        text = text.replace(old.capitalize(), new.capitalize())
    return text


# Vietnamese alphabetical order: letters with their vowel marks are letters of their own
# (a < ă < â < b … d < đ), tones only break ties, in the order a à ả ã á ạ (CLDR "vi")
_LETTERS = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m"]
_LETTERS += ["n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"]
_RANK = {letter: rank for rank, letter in enumerate(_LETTERS)}
_VOWEL_MARKS = "\u0306\u0302\u031b"  # breve, circumflex, horn: part of the letter
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def sort_key(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """A key that sorts Vietnamese names alphabetically, as a dictionary does.

    >>> sorted(["Bình Dương", "Bạc Liêu", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Đà Nẵng", "Cà Mau"],
    ...        key=sort_key)
    ['Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bình Dương', 'Cà Mau', 'Đà Nẵng']
    """
    letters: list[str] = []
    tones: list[int] = []
    for char in unicodedata.normalize("NFD", text.lower()):
        if char in _TONE_RANK:
            if tones:
                tones[-1] = _TONE_RANK[char]
        elif char in _VOWEL_MARKS and letters:
            letters[-1] += char
        else:
            letters.append(char)
            tones.append(0)
    primary = []
    for letter in letters:
        rank = _RANK.get(unicodedata.normalize("NFC", letter))
        # spaces, digits and signs sort before letters
        primary.append((1, rank) if rank is not None else (0, ord(letter[0])))
    return tuple(primary), tuple(tones)
