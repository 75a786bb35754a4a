"""Vietnamese numerals: "3.120" = 3120, "4,4" = 4.4, "10,930 tỷ" = 1.093e10."""

from __future__ import annotations

import re

# digits with "." or "," groups; the caller decides what the separators mean
NUMBER = r"\d+(?:[.,]\d+)*"

SCALES: dict[str, float] = {
    "nghìn": 1e3,
    "ngàn": 1e3,
    "vạn": 1e4,
    "triệu": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,
}

_SWAP = str.maketrans(".,", ",.")
# evidence of a document's style: several groups ("1.234.567") or a short decimal before a
# scale or percent ("4,4 tỷ", "12,5%")
_VIETNAMESE = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?![\d,])|\d,\d{1,2}\s*(?:%|tỷ|tỉ|triệu|nghìn)")
_ENGLISH = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?![\d.])|\d\.\d{1,2}\s*(?:%|tỷ|tỉ|triệu|nghìn)")


def english_style(text: str) -> bool:
    """Whether a document writes numbers English style ("4.4 tỷ", "1,234,567"): only when its
    evidence outweighs the Vietnamese kind, since most documents give little of either.

    >>> english_style("đạt 4.4 tỷ đồng, tăng 12.5%; 1,234,567 người"), english_style("4,4 tỷ")
    (True, False)
    """
    return len(_ENGLISH.findall(text)) > len(_VIETNAMESE.findall(text))


_GROUPS = re.compile(r"^\d{1,3}(?:([.,])\d{3})+$")


def scaled(value: float, scale: float) -> float:
    """`value` times a scale word's `scale`, without the float's noise ("8,54 tỷ" is
    8540000000, not 8539999999.999999): a scaled amount is kept to two decimals.

    >>> scaled(8.54, 1e9), scaled(4.4, 1.0)
    (8540000000.0, 4.4)
    """
    return value if scale == 1.0 else round(value * scale, 2)


def parse_number(text: str, english: bool = False) -> float:
    """Parse a numeral as Vietnamese writes it ("." thousands, "," decimals), or, for a
    document written English style (`english`), with the two marks swapped.

    Several identical separators in 3-digit groups are thousands in either style
    ("16,570,808"); with both kinds, the last one is the decimal mark.

    >>> parse_number("3.120"), parse_number("4,4"), parse_number("1.076"), parse_number("01")
    (3120.0, 4.4, 1076.0, 1.0)
    >>> parse_number("16,570,808"), parse_number("1.234,5"), parse_number("4.4", english=True)
    (16570808.0, 1234.5, 4.4)
    """
    text = text.strip()
    if english:
        text = text.translate(_SWAP)
    if "." in text and "," in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return float(text.replace(thousands, "").replace(decimal, "."))
    grouped = _GROUPS.match(text)
    if grouped and (text.count(grouped.group(1)) > 1 or grouped.group(1) == "."):
        return float(text.replace(grouped.group(1), ""))
    if text.count(",") == 1:
        return float(text.replace(",", "."))
    if text.count(".") == 1:
        return float(text)
    if not text.isdigit():
        raise ValueError(f"not a numeral: {text!r}")
    return float(text)
