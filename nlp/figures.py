"""The figure tagger: quantities a sentence claims, with unit, qualifier and kind.

    >>> [(q.value, q.unit, q.qualifier, q.kind) for q in tag_sentence(
    ...     "Đặt ra chỉ tiêu: có 75% trở lên số CBCCVC tham gia; "
    ...     "đã có 486 sáng kiến, hơn 4,4 tỷ đồng")]
    [(75.0, '%', 'at_least', 'target'), (486.0, 'sáng kiến', 'exact', 'achievement'), \
(4400000000.0, 'đồng', 'over', 'achievement')]

Not figures: dates, years and year ranges, times, document numbers ("02-NQ/TW"), names with
digits ("COVID-19", anything inside quotation marks), labels ("Điều 5", "lần thứ 6",
"Nghị quyết Trung ương 4") and durations ("27 năm", "10 tháng").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .dates import NUMERIC_DATE, WORDED_DATE, YEAR_RANGE
from .numerals import NUMBER, SCALES, parse_number
from .references import REFERENCE_ID
from .sentences import Span, split_words
from .units import abbreviations, expand

CANDIDATE = re.compile(
    rf"(?<![\w.,/])(?P<num>{NUMBER})(?:\s?/\s?(?P<den>{NUMBER}))?"
    rf"(?:\s+(?P<scale>{'|'.join(SCALES)})(?!\w))?(?:\s?(?P<pct>%))?(?![\w/])"
)
_NOT_FIGURES = [
    NUMERIC_DATE,
    WORDED_DATE,
    YEAR_RANGE,
    REFERENCE_ID,
    re.compile(r"(?i)ngày\s+\d{1,2}(?:\s?[/\-]\s?\d{1,2})?"),
    re.compile(r"(?i)tháng\s+\d{1,2}(?:\s?[/\-]\s?(?:19|20)\d{2})?"),
    re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,]|\s?%)"),  # a bare year
    re.compile(r"\d{1,2}\s?[:h]\s?\d{2}(?!\d)"),  # 23:05, 7h30
    re.compile(r"[A-Za-zÀ-ỹĐđ]+\s?-\s?\d+"),  # COVID-19, Covid- 19
    re.compile(r"“[^”]{0,300}”|\"[^\"]{0,300}\""),  # names in quotes: “1 triệu sáng kiến…”
    re.compile(
        r"(?i)(?<!\w)(?:điều|khoản|điểm|chương|mục|phần|phụ lục|lần thứ|thứ|khóa|khoá|"
        r"trung ương|đại hội|hội nghị|số hiệu|top|tầng|phòng)\s+\d+"
    ),
]
DURATIONS = frozenset(["năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "quý", "thế kỷ"])
# words that follow a number without being what it counts
NOT_UNITS = frozenset(
    "và với của cho là được đã trong so tại từ đến trên dưới hơn gần theo nhưng mà thì để "
    "về như khi có này đó năm".split()
)
# measure words that need the next noun to say what is counted ("715 lượt đoàn viên")
MEASURE_WORDS = frozenset(["lượt", "đơn vị", "tổ chức", "lớp", "nhóm"])
MONEY_WORDS = frozenset(["đồng", "đ", "vnđ", "vnd"])
_SUBJECT_STOP = re.compile(r"[,;:.!?()\[\]“”\"…]")


@dataclass(frozen=True)
class Quantity:
    """A figure found in one sentence; offsets are into that sentence."""

    text: str
    value: float
    denominator: float | None
    unit: str
    qualifier: str
    kind: str
    subject: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Cues:
    qualifier_before: tuple[tuple[re.Pattern[str], str], ...]
    qualifier_after: tuple[tuple[re.Pattern[str], str], ...]
    across_units: frozenset[str]
    target: tuple[re.Pattern[str], ...]
    achievement: tuple[re.Pattern[str], ...]
    list_openers: re.Pattern[str]


def _words_pattern(word: str, anchor: str = "") -> re.Pattern[str]:
    body = r"(?<!\w)" + re.escape(word) + (r"(?!\w)" if word[-1].isalnum() else "")
    return re.compile(body + anchor if anchor == r"\s*$" else anchor + body)


@cache
def cues() -> Cues:
    data = json.loads(resources.files("nlp").joinpath("data/cues.json").read_text("utf-8"))
    by_length = lambda words: sorted(words, key=len, reverse=True)  # noqa: E731
    return Cues(
        qualifier_before=tuple(
            (_words_pattern(w, r"\s*$"), data["qualifier_before"][w])
            for w in by_length(data["qualifier_before"])
        ),
        qualifier_after=tuple(
            (_words_pattern(w, r"^\s*"), data["qualifier_after"][w])
            for w in by_length(data["qualifier_after"])
        ),
        across_units=frozenset(data["over_means_across_units"]),
        target=tuple(_words_pattern(w) for w in data["target"]),
        achievement=tuple(_words_pattern(w) for w in data["achievement"]),
        list_openers=re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, by_length(data["list_openers"]))) + r")"
        ),
    )


def _blocked(sentence: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for p in _NOT_FIGURES for m in p.finditer(sentence)]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _words_from(sentence: str, words: list[Span], offset: int) -> list[Span]:
    """The words after `offset`; a word straddling it keeps its part after it (underthesea
    joins "2.158 đoàn viên" into one word)."""
    tail: list[Span] = []
    for word in words:
        if word.end <= offset:
            continue
        if word.start < offset:
            rest = sentence[offset : word.end]
            stripped = rest.lstrip()
            if not stripped:
                continue
            word = Span(stripped, word.end - len(stripped), word.end)
        tail.append(word)
    return tail


def _is_word(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _unit_word(word: str) -> str:
    """A word as a unit: lowercase, abbreviation expanded; "CĐCS khối" -> "công đoàn cơ sở"."""
    head = word.split()[0]
    if head.isupper() and head in abbreviations():
        return abbreviations()[head]
    return expand(word)


def _skip_parenthesis(sentence: str, tail: list[Span]) -> list[Span]:
    """Skip "(đạt 100%)" between a count and its noun: "739/739 (đạt 100%) CĐCS"."""
    if tail and tail[0].text == "(":
        closing = sentence.find(")", tail[0].start)
        return [w for w in tail if w.start > closing] if closing >= 0 else []
    return tail


def _unit_after(sentence: str, words: list[Span], end: int) -> tuple[str | None, int, int]:
    """The counted noun after a number: (unit, start of its first word, end offset)."""
    tail = _skip_parenthesis(sentence, _words_from(sentence, words, end))
    if not tail or not _is_word(tail[0].text):
        return None, -1, end
    first = tail[0]
    if first.text.lower() in NOT_UNITS:
        return None, -1, end
    unit, stop = _unit_word(first.text), first.end
    if unit in MEASURE_WORDS and len(tail) > 1 and _is_word(tail[1].text):
        unit, stop = f"{unit} {_unit_word(tail[1].text)}", tail[1].end
    return unit, first.start, stop


def _subject(sentence: str, start: int) -> str | None:
    """What is counted: the words from `start` up to the next punctuation, at most 8."""
    tail = sentence[start:]
    stop = _SUBJECT_STOP.search(tail)
    words = (tail[: stop.start()] if stop else tail).split()[:8]
    phrase = " ".join(words).strip()
    return expand(phrase) if phrase else None


def _qualifier(before: str, after: str, unit: str) -> tuple[str, int, int]:
    """(qualifier, characters of `before` it covers, characters of `after` it covers)."""
    qualifier, covered_before, covered_after = "exact", 0, 0
    for pattern, name in cues().qualifier_before:
        found = pattern.search(before)
        if found:
            qualifier, covered_before = name, len(before) - found.start()
            break
    for pattern, name in cues().qualifier_after:
        found = pattern.search(after)
        if found:
            qualifier, covered_after = name, found.end()
            break
    if qualifier == "over" and before.rstrip().lower().endswith("trên"):
        if unit in cues().across_units:  # "trên 63 tỉnh" is "across 63 provinces"
            qualifier, covered_before = "exact", 0
    return qualifier, covered_before, covered_after


def _kind(sentence: str, start: int) -> str:
    """Target or achievement, from the nearest cue before the number in its clause.

    With no cue in the clause, an item of a colon list opened by "chỉ tiêu:", "mục tiêu:" or
    "phấn đấu:" is a target; anything else is an achievement.
    """
    before = sentence[:start]
    colon = before.rfind(":")
    clause = before[max(before.rfind(";"), colon) + 1 :]
    nearest, kind = -1, None
    for patterns, name in ((cues().target, "target"), (cues().achievement, "achievement")):
        for pattern in patterns:
            for found in pattern.finditer(clause):
                if found.end() > nearest:
                    nearest, kind = found.end(), name
    if kind:
        return kind
    if colon >= 0 and cues().list_openers.search(before[max(0, colon - 60) : colon]):
        return "target"
    return "achievement"


def tag_sentence(sentence: str) -> list[Quantity]:
    """Figures in one sentence, in order."""
    blocked = _blocked(sentence)
    candidates = [
        m for m in CANDIDATE.finditer(sentence) if not _overlaps(m.start(), m.end(), blocked)
    ]
    if not candidates:
        return []
    words = split_words(sentence)
    found: list[Quantity] = []
    for match in candidates:
        value = parse_number(match.group("num"))
        denominator = parse_number(match.group("den")) if match.group("den") else None
        scale = match.group("scale")
        if scale:
            value *= SCALES[scale]
        end = match.end()
        if match.group("pct"):
            unit, subject_from = "%", end
        else:
            unit, unit_start, stop = _unit_after(sentence, words, end)
            if unit in MONEY_WORDS:
                unit, end, subject_from = "đồng", stop, stop
            elif scale and (unit is None or unit in NOT_UNITS):
                unit, subject_from = "đồng", end  # "trị giá hơn 360 triệu": money implied
            elif unit is None or unit in DURATIONS:
                continue
            else:
                subject_from = unit_start
        after = sentence[end:]
        qualifier, covered_before, covered_after = _qualifier(
            sentence[max(0, match.start() - 30) : match.start()], after, unit
        )
        end += covered_after
        if unit == "%":
            tail = _skip_parenthesis(sentence, _words_from(sentence, words, end))
            while tail and tail[0].text.lower() in ("số", "các", "những", ")"):
                tail = tail[1:]
            subject_from = tail[0].start if tail else len(sentence)
        start = match.start() - covered_before
        found.append(
            Quantity(
                text=sentence[start:end],
                value=value,
                denominator=denominator,
                unit=unit,
                qualifier=qualifier,
                kind=_kind(sentence, match.start()),
                subject=_subject(sentence, subject_from),
                start=start,
                end=end,
            )
        )
    return found
