"""Numbers written as words: "hai cuộc ngừng việc" = 2, "ba trăm năm mươi" = 350.

Only spans that must be numbers are returned. "một" alone is an article ("một số", "một
cuộc họp") and "năm" alone is usually "year", so each needs a multiplier beside it ("một
trăm", "năm mươi"); "tư" and "lăm" only count after "mươi". The caller decides whether the
noun after the span makes it a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numerals import SCALES

DIGITS = {
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
# words that need a neighbour to be numbers
_NEED_COMPANY = frozenset(["một", "mốt", "năm", "tư", "lăm", "nhăm"])
_ONLY_AFTER_TENS = frozenset(["mốt", "tư", "lăm", "nhăm"])
TENS = {"mười": 10, "mươi": 10}
LINKS = frozenset(["linh", "lẻ"])
MULTIPLIERS = {"trăm": 100.0, **SCALES}
_VOCABULARY = set(DIGITS) | set(TENS) | LINKS | set(MULTIPLIERS)
_VAGUE_BEFORE = re.compile(r"(?i)(?:hàng|vài|mấy|dăm|mươi)\s+$")
# "một" is a count of times where a frequency is set: "mỗi quý một lần", "mỗi quý ít
# nhất một lần" (not "một lần nữa", "một lần đến thăm")
_HOW_OFTEN = re.compile(
    r"(?i)(?:(?:mỗi|hằng|hàng)\s+(?:quý|năm|tháng|tuần|kỳ|học kỳ|nhiệm kỳ)|ít nhất|tối thiểu)"
    r"(?:\s+(?:ít nhất|tối thiểu))?\s+$"
)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class WordNumber:
    value: float
    start: int
    end: int
    has_scale: bool  # ends in nghìn/triệu/tỷ: "hai tỷ" may be money with "đồng" implied
    how_often: bool = False  # "mỗi quý một lần": a set frequency, a figure of its own


def _value(words: list[str]) -> float | None:
    """The value of a run of number words, or None when the run is not a number."""
    total = 0.0  # completed groups of nghìn/triệu/tỷ
    group = 0.0  # below the current multiplier
    digit: float | None = None
    after_tens = False
    for i, word in enumerate(words):
        if word in DIGITS:
            if word in _ONLY_AFTER_TENS and not after_tens:
                return None
            if digit is not None:
                return None
            digit = DIGITS[word]
        elif word in TENS:
            if word == "mươi":
                if digit is None:
                    return None
                group += digit * 10
            else:
                group += 10
            digit = None
            after_tens = True
            continue
        elif word in LINKS:
            if i == 0:
                return None
        elif word == "trăm":
            group += (digit if digit is not None else 1) * 100
            digit = None
        else:
            scale = MULTIPLIERS[word]
            group += digit or 0
            digit = None
            # "một nghìn tỷ": a multiplier with nothing new before it scales what came before
            total = total * scale if group == 0 else total + group * scale
            group = 0.0
        after_tens = False
    if digit is not None:
        group += digit
    value = total + group
    return value or None


def _is_number(words: list[str]) -> bool:
    if words[0] in MULTIPLIERS or words[0] in LINKS or words[0] == "mươi":
        return False  # "trăm nghìn lượt" alone is vague ("hàng trăm nghìn")
    if len(words) == 1:
        return words[0] not in _NEED_COMPANY and words[0] not in MULTIPLIERS
    return any(w in MULTIPLIERS or w in TENS for w in words)


def find_word_numbers(text: str) -> list[WordNumber]:
    """Spans of number words that can only be numbers.

    >>> text = "có hai cuộc ngừng việc, khoảng ba trăm năm mươi công nhân; một số nơi"
    >>> [(n.value, text[n.start:n.end]) for n in find_word_numbers(text)]
    [(2.0, 'hai'), (350.0, 'ba trăm năm mươi')]
    >>> [n.value for n in find_word_numbers("hai mươi lăm người, một trăm linh năm, năm 2024")]
    [25.0, 105.0]
    >>> [n.value for n in find_word_numbers("mỗi quý ít nhất một lần; một lần nữa")]
    [1.0]
    """
    found: list[WordNumber] = []
    words = [(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
    i = 0
    while i < len(words):
        if words[i][0] not in _VOCABULARY:
            i += 1
            continue
        j = i
        while (
            j < len(words)
            and words[j][0] in _VOCABULARY
            and (j == i or text[words[j - 1][2] : words[j][1]].strip() == "")
        ):
            j += 1
        run = [w for w, _, _ in words[i:j]]
        # trim from the right until the run reads as a number ("năm mươi người năm" → …)
        while run and not (_is_number(run) and _value(run) is not None):
            run.pop()
        if run and _VAGUE_BEFORE.search(text[max(0, words[i][1] - 8) : words[i][1]]):
            run = []  # "vài trăm", "mấy nghìn": no value is claimed
        if not run and words[i][0] == "một" and i + 1 < len(words) and words[i + 1][0] == "lần":
            if _HOW_OFTEN.search(text[max(0, words[i][1] - 30) : words[i][1]]):
                found.append(WordNumber(1.0, words[i][1], words[i][2], False, how_often=True))
                i += 1
                continue
        if run:
            value = _value(run)
            end = words[i + len(run) - 1][2]
            assert value is not None
            found.append(
                WordNumber(value, words[i][1], end, run[-1] in MULTIPLIERS and run[-1] != "trăm")
            )
            i += len(run)
        else:
            i += 1
    return found
