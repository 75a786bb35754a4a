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
