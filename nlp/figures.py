"""The figure tagger: quantities a sentence claims, with unit, qualifier and kind.

    >>> [(q.value, q.unit, q.qualifier, q.kind) for q in tag_sentence(
    ...     "Đặt ra chỉ tiêu: có 75% trở lên số CBCCVC tham gia; "
    ...     "đã có 486 sáng kiến, hơn 4,4 tỷ đồng")]
    [(75.0, '%', 'at_least', 'target'), (486.0, 'sáng kiến', 'exact', 'achievement'), \
(4400000000.0, 'đồng', 'over', 'achievement')]

Not figures: dates, years and year ranges, times, document numbers ("02-NQ/TW"), names with
digits ("COVID-19", anything inside quotation marks), labels ("Điều 5", "lần thứ 6",
"Nghị quyết Trung ương 4"), durations ("27 năm", "10 tháng") and a ratio of nothing ("0/0").
A line or table cell holding a form's blank (`holds_blank`) states none either: nlp.analyze
and nlp.table_rows skip it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from .dates import NUMERIC_DATE, WORDED_DATE, YEAR_RANGE
from .number_words import find_word_numbers
from .numerals import NUMBER, SCALES, parse_number, scaled
from .references import REFERENCE_ID
from .sentences import Span, split_words
from .units import abbreviations, expand

# units written against the number: "65ha", "12km", "3MW"
GLUED_UNITS = ("ha", "km2", "km", "m2", "m²", "m3", "kg", "mw", "kw", "kwh", "gb", "tb", "tbps")
# "tỷ" as OCR reads it without its hook: "khoảng 310 tý đồng" (only before "đồng": "tý"
# is also "a little")
_OCR_SCALES = {"tý": 1e9}
_SCALE_WORDS = "|".join((*SCALES, *(word + r"(?=\s+đồng)" for word in _OCR_SCALES)))
CANDIDATE = re.compile(
    rf"(?<![\w.,/])(?P<num>{NUMBER})(?:\s?/\s?(?P<den>{NUMBER}))?"
    rf"(?:\s+(?P<scale>{_SCALE_WORDS})(?!\w))?"
    rf"(?:\s?(?P<pct>%|phần trăm(?!\w))|(?P<glued>{'|'.join(GLUED_UNITS)})(?!\w)|(?![\w/]))",
    re.IGNORECASE,
)
# "12 người trên một vạn dân": the "một vạn" is the denominator of a unit, not a figure
PER_CAPITA = re.compile(
    r"\s*(?:trên|/)\s*(?:một|1)?\s*(vạn|nghìn|ngàn|triệu|trăm nghìn)\s+(dân|người dân)(?!\w)",
    re.IGNORECASE,
)
# "0/0 người (0%)": a form's count left at zero, never a union's result
ZERO_RATIO = re.compile(r"(?<![\d.,/])0\s?/\s?0(?![\d.,/])")
_NOT_FIGURES = [
    NUMERIC_DATE,
    WORDED_DATE,
    YEAR_RANGE,
    REFERENCE_ID,
    re.compile(r"(?i)ngày\s+\d{1,2}(?:\s?[/\-]\s?\d{1,2})?"),
    re.compile(r"(?i)tháng\s+\d{1,2}(?:\s?[/\-]\s?(?:19|20)\d{2})?"),
    re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,]|\s?%)"),  # a bare year
    re.compile(r"\d{1,2}\s?[:h]\s?\d{2}(?!\d)"),  # 23:05, 7h30
    re.compile(r"(?i)\d[\d.,]*\s?(?:kb|mb)(?!\w)"),  # a file's size: "(PDF, 318 KB)"
    re.compile(r"[A-Za-zÀ-ỹĐđ]+\s?-\s?\d+"),  # COVID-19, Covid- 19
    # a name in quotes ("“1 triệu sáng kiến”"); not a speech quoted after a colon ("cho
    # biết: “Chúng tôi phấn đấu để 100% đoàn viên …”"), whose figures are claims
    re.compile(r"(?<!:)(?<!:\s)(?:“[^”]{0,300}”|\"[^\"]{0,300}\")"),
    PER_CAPITA,
    ZERO_RATIO,
    # "Nghị quyết 02", "Chỉ thị 05": a document cited by its short number (capitalised, so
    # the verb in "hướng dẫn 300 đoàn viên" is not caught)
    re.compile(
        r"(?:Nghị quyết|Chỉ thị|Quyết định|Nghị định|Kết luận|Kế hoạch|Chương trình|"
        r"Hướng dẫn|Thông tư|Luật|Công văn|Quy định|Thông báo|Đề án)\s+(?:số\s+)?\d+"
    ),  # names in quotes: “1 triệu sáng kiến…”
    re.compile(
        r"(?i)(?<!\w)(?:điều|khoản|(?<!dứt )điểm|chương|mục|phần|phụ lục|lần thứ|thứ|khóa|khoá|"
        r"trung ương|đại hội|hội nghị|số hiệu|top|tầng|phòng)\s+\d+"
    ),
    # a table's row named by its number: "Chỉ tiêu 4 tính trên số CĐCS …", "chỉ tiêu số 3
    # chưa đạt" (not a goal's value: "(chỉ tiêu 45)", "chỉ tiêu 40, thực hiện 45")
    re.compile(
        r"(?i)(?<!\w)chỉ tiêu\s+(?:số\s+)?\d{1,2}(?=\s+(?:tính|chưa|không|vượt|đã|được)(?!\w))"
    ),
]
DURATIONS = frozenset(
    ["năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "quý", "thế kỷ", "nhiệm kỳ", "tuổi"]
)
# words that follow a number without being what it counts
NOT_UNITS = frozenset(
    "và với của cho là được đã trong so tại từ đến trên dưới hơn gần theo nhưng mà thì để "
    "về như khi có này đó năm trở dành".split()
)
# measure words that need the next noun to say what is counted ("715 lượt đoàn viên")
MEASURE_WORDS = frozenset(["lượt", "suất", "đợt", "lớp"])
MONEY_WORDS = frozenset(["đồng", "đ", "vnđ", "vnd"])
_MONEY_PHRASES = frozenset(["đồng tiền"])  # "thu hồi 4,2 tỷ đồng tiền nợ đọng"
# words between a figure's subject and its number: "tổng thu đạt 9 tỷ" -> "tổng thu"
SUBJECT_TRAILERS = frozenset(
    "đạt được là có với gồm khoảng gần hơn trên dưới ước tổng cộng trị giá "
    "tương ứng bằng chiếm lên tới đến còn mới chỉ từ vượt".split()
)
# ... and "số tiền" as two words: "số" alone ends "kinh tế số"
SUBJECT_TRAILER_PAIRS = frozenset([("số", "tiền")])
_VERB_BEFORE = re.compile(r"\s(?:đạt|là|có|bằng|ở mức|chiếm)\s*$", re.IGNORECASE)
_PURPOSE = re.compile(r"(?:cho|để|nhằm)\s+\w", re.IGNORECASE)
# where a subject running on meets the next figure: "chăm lo tết [cho 15.432 đoàn viên]"
_BEFORE_NEXT_FIGURE = re.compile(r"(?:\s+(?:cho|để|với|và|của))?\s+(?=\d)")
# a sum followed by what it was spent on: "chi 12,5 tỷ đồng chăm lo Tết cho đoàn viên"
_SPENT_ON = re.compile(
    r"(?:chăm lo|thăm hỏi|hỗ trợ|tặng quà|trợ cấp|ủng hộ|quyên góp|cho vay|giải ngân)(?!\w)",
    re.IGNORECASE,
)
_NOT_SUBJECT = re.compile(
    r"(?:so với|kế hoạch|dự toán|chỉ tiêu|trở lên|trở xuống|của|từ|cho|để|với|và|trong|tại"
    r"|theo)(?!\w)"
)
# what a rate is measured against, never what it counts: "kế hoạch", "so với dự toán"
_PLAN = r"(?:so với\s+)?(?:kế hoạch|dự toán|chỉ tiêu)"
# ... said right after the rate ("đạt 95,2% kế hoạch"), or as its whole subject
AGAINST_PLAN = re.compile(rf"\s*{_PLAN}(?!\w)", re.IGNORECASE)
# the whole a share is taken of, not what it measures
_OF_GDP = re.compile(r"(?:gdp|grdp)(?!\w)", re.IGNORECASE)
_RANGE_LINK = re.compile(r"\s*(?:[-–—]|đến|tới)\s*", re.IGNORECASE)
_UNIT_THEN_LINK = re.compile(r"\s+([^\W\d][^\d,;.()]{0,20}?)\s+(?:đến|tới)\s+", re.IGNORECASE)
_FROM = re.compile(r"(?<!\w)từ\s+$", re.IGNORECASE)
_PERCENT_WORDS = re.compile(r"\s+phần trăm(?!\w)", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"\s*là(?!\w)", re.IGNORECASE)  # "Một là", "Hai là"
_ORDINAL_BEFORE = re.compile(r"(?i)(?:thứ|khóa|khoá|lần)\s+$")
# "v.v." (vân vân, "etc.") ends a subject before its first dot could leave a stray "v"
_SUBJECT_STOP = re.compile(r"(?<!\w)v\.v\b|[,;:.!?()\[\]“”\"…]")


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
    weak: tuple[re.Pattern[str], ...]
    section_targets: tuple[re.Pattern[str], ...]
    section_results: tuple[re.Pattern[str], ...]
    list_openers: re.Pattern[str]
    compound_units: frozenset[str]
    enumerated_ideas: frozenset[str]


def _words_pattern(word: str, anchor: str = "") -> re.Pattern[str]:
    body = r"(?<!\w)" + re.escape(word) + (r"(?!\w)" if word[-1].isalnum() else "")
    if word.lower().startswith("ước"):
        # "thỏa ước" (an agreement) holds "ước" (an estimate): "có thỏa ước đạt 82,5%"
        body = r"(?<!thỏa )(?<!thoả )" + body
    return re.compile(body + anchor if anchor == r"\s*$" else anchor + body, re.IGNORECASE)


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
        weak=tuple(_words_pattern(w) for w in data["weak_achievement"]),
        section_targets=tuple(_words_pattern(w) for w in data["section_targets"]),
        section_results=tuple(_words_pattern(w) for w in data["section_results"]),
        list_openers=re.compile(
            r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, by_length(data["list_openers"]))) + r")"
        ),
        compound_units=frozenset(data["compound_units"]),
        enumerated_ideas=frozenset(data["enumerated_ideas"]),
    )


_DOTS = re.compile(r"[.…_]+")
BLANK_WIDTH = 6  # dots, an ellipsis counting three: prose ends a word with at most "...."
SPACED_BLANK_WIDTH = 4  # dots set apart from the word before: "tháng …. năm", "…. người"


def _dot_width(run: str) -> int:
    return len(run) + 2 * run.count("…")


def holds_blank(text: str) -> bool:
    """Whether a text leaves a space to fill in, as a form or a model document does: a long
    run of dots ("CÔNG TY TNHH ……", "ngày 01 tháng ….. năm"), dots standing for a number
    ("…/… người (…%)") or a ratio of nothing ("0/0 người (0%)"). Its numbers are the form's
    examples, or shares of the blank. An ellipsis ending a list ("bão, lũ...", "đất
    nước....") or a statistics table's "..." for no data is no blank.

    >>> [holds_blank(t) for t in ("Tổng số: …. người, bằng 100%", "…/… người (…%)", "0/0")]
    [True, True, True]
    >>> [holds_blank(t) for t in ("do bão, lũ... được 3,8 tỷ đồng", "quê hương, đất nước....")]
    [False, False]
    """
    for run in _DOTS.finditer(text):
        width = _dot_width(run.group(0))
        before = text[run.start() - 1] if run.start() else " "
        after = text[run.end()] if run.end() < len(text) else " "
        spaced = not before.isalnum()
        for_number = width >= 3 and (before == "/" or after in "/%")
        if width >= BLANK_WIDTH or (spaced and width >= SPACED_BLANK_WIDTH) or for_number:
            return True
    return ZERO_RATIO.search(text) is not None


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


def _noun_at(sentence: str, tail: list[Span]) -> tuple[str, int]:
    """The unit named by the words of `tail` (not empty): (unit, end offset). Lists and
    compounds are matched on the text, since word segmentation may cut them apart
    ("công đoàn | cơ sở tại")."""
    first = tail[0]
    rest = sentence[first.start :].lower()
    for whole in _whole_units():
        if rest.startswith(whole) and not rest[len(whole) : len(whole) + 1].isalnum():
            return whole, first.start + len(whole)
    return _unit_word(first.text), first.end


@cache
def _whole_units() -> tuple[str, ...]:
    """Units of several words, longest first: expansions that are lists ("cán bộ, công
    chức, viên chức") and known compounds ("người lao động", "khu công nghiệp")."""
    listed = [v for v in abbreviations().values() if "," in v]
    return tuple(sorted({*listed, *cues().compound_units}, key=len, reverse=True))


_OPENING_QUOTES = ("“", '"', "«", "‘")


def _unit_after(sentence: str, words: list[Span], end: int) -> tuple[str | None, int, int]:
    """The counted noun after a number: (unit, start of its first word, end offset).

    A measure word takes the noun after it ("715 lượt cán bộ công đoàn" -> "lượt cán bộ công
    đoàn"), a known compound is kept whole ("người lao động", "khu công nghiệp"), "tổ chức"
    before a body is skipped ("55 tổ chức công đoàn cơ sở" -> "công đoàn cơ sở"), and a
    per-capita tail joins the unit ("12 người trên một vạn dân" -> "người/vạn dân").
    """
    tail = _skip_parenthesis(sentence, _words_from(sentence, words, end))
    if len(tail) > 1 and tail[0].text in _OPENING_QUOTES and _is_word(tail[1].text):
        tail = tail[1:]  # "46 “Chuyến xe Công đoàn”": the counted noun opens the name
    if not tail or not _is_word(tail[0].text):
        return None, -1, end
    first = tail[0]
    if first.text.lower() in NOT_UNITS:
        return None, -1, end
    if first.text.lower() == "tổ chức" and len(tail) > 1 and _is_word(tail[1].text):
        body, _ = _noun_at(sentence, tail[1:])
        if body in cues().compound_units:  # "55 tổ chức công đoàn cơ sở", not "tổ chức khoa học"
            tail = tail[1:]
    if first.text.lower() == "nữ" and len(tail) > 1 and _is_word(tail[1].text):
        tail = tail[1:]  # "1.120 nữ đoàn viên" counts đoàn viên, women among them
    unit, stop = _noun_at(sentence, tail)
    if unit in MEASURE_WORDS:
        rest = [w for w in tail if w.start >= stop]
        if rest and _is_word(rest[0].text) and rest[0].text.lower() not in NOT_UNITS:
            noun, stop = _noun_at(sentence, rest)
            unit = f"{unit} {noun}"
    per_capita = PER_CAPITA.match(sentence, stop)
    if per_capita:
        unit, stop = f"{unit}/{per_capita.group(1).lower()} dân", per_capita.end()
    return unit, first.start, stop


def _phrase(text: str) -> str | None:
    phrase = " ".join(text.split()).strip(" -–+•*")
    return expand(phrase) if phrase else None


# words that lead to the number after a subject cut there: "công đoàn cơ sở trực thuộc và
# [37 …]", "lớp tập huấn cho [5.870 …]", "cuộc so với năm [2024]"
_BEFORE_A_NUMBER = SUBJECT_TRAILERS | set(
    "và cho của so vào theo tại ở năm tháng quý giai đoạn cuối đầu điều".split()
)


def _subject(sentence: str, start: int) -> str | None:
    """What is counted: the words from `start` up to the next punctuation or number (the
    next figure's: "1.254 CĐCS với 86.730 đoàn viên" counts "công đoàn cơ sở"), at most 8."""
    tail = sentence[start:]
    stop = _SUBJECT_STOP.search(tail)
    words = (tail[: stop.start()] if stop else tail).split()[:8]
    number = next((i for i, w in enumerate(words) if i and w[0].isdigit()), None)
    if number is not None:
        words = words[:number]
        while words and words[-1].lower() in _BEFORE_A_NUMBER:
            words.pop()  # "… với", "… so với năm"
    return _phrase(" ".join(words))


_RATE = re.compile(r"(?<!\w)t[ỷỉ] lệ(?!\w)", re.IGNORECASE)
RATE_SUBJECT_WORDS = 14


def _agreement(words: tuple[str, ...]) -> bool:
    """Whether words end in "thỏa ước" (an agreement), whose "ước" is no "ước đạt"
    (estimated at): "có thỏa ước đạt 82,5%"."""
    return len(words) > 1 and words[-1] == "ước" and words[-2] in ("thỏa", "thoả")


def _subject_before(sentence: str, start: int) -> str | None:
    """What a sum or a rate measures when the sentence names it first: "tổng thu tài chính
    công đoàn đạt 10,930 tỷ đồng" -> "tổng thu tài chính công đoàn"."""
    head = sentence[:start]
    stops = list(_SUBJECT_STOP.finditer(head))
    head = head[stops[-1].end() :] if stops else head
    # a rate names its thing from "tỷ lệ" on, whole words: the last 8 had cut "lao động"
    # out of "tỷ lệ đoàn viên trên tổng số lao động tại các doanh nghiệp đã có CĐCS"
    rate = list(_RATE.finditer(head))
    limit = RATE_SUBJECT_WORDS if rate else 8
    head = head[rate[-1].end() :] if rate else head
    words = head.split()
    while words:
        ends = tuple(w.lower() for w in words[-3:])
        if ends[-2:] in SUBJECT_TRAILER_PAIRS and not _agreement(ends[:-1]):
            del words[-2:]
        elif ends[-1] == "ước" and _agreement(ends):
            break
        elif ends[-1] in SUBJECT_TRAILERS or not _is_word(words[-1]):
            words.pop()
        else:
            break
    # a rate's thing is what follows "tỷ lệ"; other subjects end where the figure starts
    return _phrase(" ".join(words[:limit] if rate else words[-limit:]))


_PER_PERIOD = re.compile(r"\s*/\s*(?:năm|tháng|quý)(?!\w)")
# a bound written after a count's noun, not its number: "từ 02 CĐCS trở lên"
_BOUNDS = {"trở lên": "at_least", "trở xuống": "at_most"}
_BOUND_AFTER_NOUN = re.compile(r"\s*(trở lên|trở xuống)(?!\w)", re.IGNORECASE)
# "đạt từ 50% kế hoạch năm trở lên"
_BOUND_AFTER_PLAN = re.compile(
    rf"\s*{_PLAN}(?:\s+(?:cả\s+)?năm)?\s+(trở lên|trở xuống)(?!\w)", re.IGNORECASE
)
# a class of units by their size, no count: "127 doanh nghiệp có từ 25 lao động trở lên
# chưa thành lập CĐCS", "Số CĐCS có dưới 10 đoàn viên"; the bound closes it ("từ … trở
# lên"), or "dưới" opens it
# units said to have a size: "doanh nghiệp … có", "CĐCS với" (indicators reads the same)
SIZE_OF_UNITS = (
    r"(?:doanh nghiệp|DN|CĐCS|công đoàn cơ sở|đơn vị|cơ quan|cơ sở)(?:\s+[^\s\d,;.]+){0,3}?"
    r"\s+(?:có|với|sử dụng)\s+"
)
_SIZE_CLASS = re.compile(rf"{SIZE_OF_UNITS}(?P<bound>từ|dưới)\s+$", re.IGNORECASE)


# a comparison by so much: "mức lương thấp nhất cao hơn 7% so với …"
_COMPARED_BY = re.compile(r"(?i)(?<!\w)(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn\s*$")
_EVERY_BEFORE = re.compile(r"(?i)(?<!\w)(?:mỗi|hằng)\s+(?:quý|năm|tháng|tuần|kỳ)\s+$")


def _qualifier(before: str, after: str, unit: str) -> tuple[str, int, int]:
    """(qualifier, characters of `before` it covers, characters of `after` it covers)."""
    qualifier, covered_before, covered_after = "exact", 0, 0
    verb = _VERB_BEFORE.search(before)  # "tối thiểu đạt 25%", "Tối thiểu có 5"
    cue_zone = before[: verb.start()] if verb else before
    every = _EVERY_BEFORE.search(cue_zone)  # "ít nhất mỗi quý một lần"
    cue_zone = cue_zone[: every.start()] if every else cue_zone
    # cues stacked before the number: the first one says it ("ước tính trên 35 tỷ đồng")
    zone = cue_zone
    while True:
        cued = ((m, name) for p, name in cues().qualifier_before if (m := p.search(zone)))
        cue = next(cued, None)
        if cue is None or cue[0].start() >= len(zone):
            break
        qualifier, covered_before = cue[1], len(before) - cue[0].start()
        zone = zone[: cue[0].start()]
    # "tăng bình quân 5%/năm trở lên": the bound after a rate's "per year"
    per = _PER_PERIOD.match(after)
    skip = per.end() if per else 0
    for pattern, name in cues().qualifier_after:
        found = pattern.search(after[skip:])
        if found:
            covered_after = skip + found.end()
            if qualifier == "exact":  # "trên 90% trở lên": the first word says it
                qualifier = name
            break
    if qualifier == "over" and verb:
        # "Tổng số tiền … của ba nội dung trên là 23.852 triệu đồng": "trên" before a verb
        # is "above" (the items above), "hơn là" is "rather than"; over is said after it
        # ("đạt trên 90%")
        qualifier, covered_before = "exact", 0
    if qualifier == "over" and _COMPARED_BY.search(before):
        qualifier, covered_before = "exact", 0  # "cao hơn 7%": higher by 7%, not over 7%
    if qualifier == "over" and before.rstrip().lower().endswith("trên"):
        if unit in cues().across_units:  # "trên 63 tỉnh" is "across 63 provinces"
            qualifier, covered_before = "exact", 0
    return qualifier, covered_before, covered_after


KIND_CUE_CHARS = 600
# target cues that only name a goal ("chỉ tiêu thỏa ước"), where others set one ("phấn đấu")
_GOAL_NAMED = re.compile(r"(?:chỉ tiêu|mục tiêu|kế hoạch năm)", re.IGNORECASE)
# a share of the plan reached: "đạt 97,8% kế hoạch", "vượt 5% chỉ tiêu", "bằng 103% dự toán"
_REACHED_BEFORE = re.compile(r"(?<!\w)(?:đạt|vượt|bằng)\s*$", re.IGNORECASE)
_MEASURED_AGAINST = re.compile(rf"%\s*{_PLAN}[^,;(]*", re.IGNORECASE)

# where a union exists, said of the places a figure counts in: "tại các doanh nghiệp đã có
# CĐCS", "đơn vị đã thành lập công đoàn"; its "đã" reports no result ("Tỷ lệ đoàn viên …
# tại các doanh nghiệp đã có CĐCS đạt 88% trở lên" is a goal in a list of goals)
_WHERE_UNIONS_ARE = re.compile(
    r"(?<!\w)(?:doanh nghiệp|đơn vị|cơ quan|nơi)( đã )(?=(?:có|thành lập)\s+(?:tổ chức\s+)?"
    r"(?:công đoàn|CĐCS))",
    re.IGNORECASE,
)


def _kind(
    sentence: str,
    start: int,
    qualified: int,
    context_kind: str | None,
    share_reached: bool = False,
) -> str:
    """Target or achievement, from the cues before the number in its clause.

    The nearest target or firm achievement cue ("đã", "ước đạt") decides. "đạt", "được" and
    "hoàn thành" also read as "reach" in a goal ("phấn đấu … đạt 80%"), so they decide only
    when there is no target cue and the number is not in a list or section of goals
    (`context_kind`). With no cue, an item of a colon list opened by "chỉ tiêu:" is a target;
    then the context decides; then achievement. A share of plan reached (`share_reached`:
    "đạt 97,8% kế hoạch") is a result where the goal is only named ("riêng chỉ tiêu thỏa ước
    … đạt 97,8% kế hoạch"), not set ("phấn đấu đạt 100% kế hoạch").
    """
    before = sentence[:start]
    colon = before.rfind(":")
    # a cue further back than KIND_CUE_CHARS governs no number (and scanning the whole of a
    # 20,000-word line for each of its figures took minutes)
    clause = before[max(before.rfind(";"), colon, start - KIND_CUE_CHARS) + 1 :]
    # "đạt 106% chỉ tiêu Chương trình hành động đề ra, và thành lập mới 173 CĐCS": what an
    # earlier rate was measured against is no goal of this figure
    clause = _MEASURED_AGAINST.sub(lambda m: "%" + " " * (len(m.group()) - 1), clause)
    clause = _WHERE_UNIONS_ARE.sub(lambda m: m.group()[: m.start(1) - m.start()] + "    ", clause)

    def nearest(patterns: tuple[re.Pattern[str], ...]) -> int:
        return max((m.end() for p in patterns for m in p.finditer(clause)), default=-1)

    # the figure's own "ít nhất", "tối thiểu" (from `qualified`, where its qualifier starts)
    # reads as a goal only when no other cue says what the figure is: "đã giới thiệu ít
    # nhất 350 đoàn viên ưu tú" is a result
    own = len(clause) - (start - qualified)
    target, firm, weak = nearest(cues().target), nearest(cues().achievement), nearest(cues().weak)
    if target > own and firm >= 0:
        target = max((m.end() for p in cues().target for m in p.finditer(clause[:own])), default=-1)
    if target >= 0 or firm >= 0:
        if target > firm and share_reached and context_kind != "target":
            cued = [m.group().strip() for p in cues().target for m in p.finditer(clause)]
            if all(_GOAL_NAMED.fullmatch(cue) for cue in cued):
                return "achievement"
        return "target" if target > firm else "achievement"
    if context_kind == "target":
        return "target"
    if weak >= 0:
        return "achievement"
    if colon >= 0 and cues().list_openers.search(before[max(0, colon - 60) : colon]):
        return "target"
    return context_kind or "achievement"


@dataclass(frozen=True)
class _Number:
    """A number found in a sentence, before it is known to be a figure."""

    start: int
    end: int
    value: float
    denominator: float | None
    scale: float  # 1.0, or the scale word's value ("4,4 tỷ" -> 1e9)
    percent: bool
    worded: bool
    glued: str | None = None  # "65ha" -> "ha"
    how_often: bool = False  # "mỗi quý một lần", not "ba lần" in a list of ideas

    @property
    def has_scale(self) -> bool:
        return self.scale != 1.0


def _numbers(sentence: str, english: bool) -> list[_Number]:
    blocked = _blocked(sentence)
    numbers = []
    for m in CANDIDATE.finditer(sentence):
        if _overlaps(m.start(), m.end(), blocked):
            continue
        try:
            value = parse_number(m.group("num"), english)
        except ValueError:
            continue  # "0229.3871.456" is a phone number, not a numeral
        scale = m.group("scale").lower() if m.group("scale") else None
        scale = SCALES.get(scale, _OCR_SCALES.get(scale, 1.0)) if scale else 1.0
        numbers.append(
            _Number(
                start=m.start(),
                end=m.end(),
                value=scaled(value, scale),
                denominator=parse_number(m.group("den"), english) if m.group("den") else None,
                scale=scale,
                percent=bool(m.group("pct")),
                worded=False,
                glued=m.group("glued").lower() if m.group("glued") else None,
            )
        )
    for w in find_word_numbers(sentence):
        if _overlaps(w.start, w.end, blocked) or _ORDINAL_AFTER.match(sentence, w.end):
            continue
        if _ORDINAL_BEFORE.search(sentence[max(0, w.start - 12) : w.start]):
            continue
        pct = _PERCENT_WORDS.match(sentence, w.end)
        end = pct.end() if pct else w.end
        scale = 1e3 if w.has_scale else 1.0  # only whether a scale word ends it matters here
        numbers.append(
            _Number(w.start, end, w.value, None, scale, bool(pct), True, how_often=w.how_often)
        )
    return sorted(numbers, key=lambda n: n.start)


def _ranges(sentence: str, numbers: list[_Number]) -> dict[int, int]:
    """Index of the first number of a range -> index of the second ("từ 8.000 – 11.000")."""
    pairs = {}
    for i in range(len(numbers) - 1):
        between = sentence[numbers[i].end : numbers[i + 1].start]
        if _RANGE_LINK.fullmatch(between) and numbers[i].denominator is None:
            pairs[i] = i + 1
            continue
        # "từ 500.000 đồng đến 1.000.000 đồng/suất": both ends say their unit
        said = _UNIT_THEN_LINK.fullmatch(between)
        after = sentence[numbers[i + 1].end :].lstrip()
        if (
            said
            and _FROM.search(sentence[: numbers[i].start])
            and after.lower().startswith(said.group(1).lower())
            and numbers[i].denominator is None
        ):
            pairs[i] = i + 1
    return pairs


def tag_sentence(
    sentence: str, context_kind: str | None = None, english: bool = False
) -> list[Quantity]:
    """Figures in one sentence, in order. `context_kind` is "target" for an item of a list
    that an earlier line opened ("Các chỉ tiêu chủ yếu:") or a sentence in a section of goals
    ("II- MỤC TIÊU"). `english` reads "4.4" as four point four (nlp.numerals.english_style)."""
    numbers = _numbers(sentence, english)
    if not numbers:
        return []
    words = split_words(sentence)
    ranges = _ranges(sentence, numbers)
    range_ends = set(ranges.values())
    units: dict[int, tuple[str | None, int, int]] = {}
    for first, second in ranges.items():  # "từ 40 - 50 triệu đồng": the scale is shared too
        a, b = numbers[first], numbers[second]
        # ... unless the first end says its own unit: "từ 800.000 đồng đến 1,5 triệu đồng"
        own_unit = not _RANGE_LINK.fullmatch(sentence[a.end : b.start])
        if b.has_scale and not a.has_scale and not a.worded and not own_unit:
            numbers[first] = replace(a, value=scaled(a.value, b.scale), scale=b.scale)
    for i in reversed(range(len(numbers))):
        n = numbers[i]
        if n.glued:
            units[i] = (n.glued, n.end, n.end)
        elif n.percent:
            units[i] = ("%", n.end, n.end)
        elif i in ranges and _unit_after(sentence, words, n.end)[0] in (None, *NOT_UNITS):
            units[i] = units[ranges[i]]  # "từ 8.000 – 11.000 đoàn viên": the unit is shared
        else:
            units[i] = _unit_after(sentence, words, n.end)
    found: dict[int, Quantity] = {}
    for i, n in enumerate(numbers):
        unit, unit_start, stop = units[i]
        end = n.end
        if unit == "%":
            subject_from = end
        elif unit in MONEY_WORDS or unit in _MONEY_PHRASES:
            if unit in _MONEY_PHRASES:
                stop = unit_start + len(unit.split()[0])  # "đồng", its "tiền" is the subject's
            unit, subject_from = "đồng", stop
            end = stop if i not in ranges else end
        elif n.has_scale and (unit is None or unit in NOT_UNITS):
            unit, subject_from = "đồng", end  # "trị giá hơn 360 triệu": money implied
        elif unit is None or unit in DURATIONS or unit.split()[0] in DURATIONS:
            continue
        elif n.worded and not n.how_often and {unit, unit.split()[0]} & cues().enumerated_ideas:
            continue  # "ba đột phá", "hai nhiệm vụ": a list of ideas, not a claim
        else:
            subject_from = unit_start
        size = _SIZE_CLASS.search(sentence[max(0, n.start - 60) : n.start])
        if size and (
            size.group("bound").lower() == "dưới" or _BOUND_AFTER_NOUN.match(sentence, stop)
        ):
            continue  # "doanh nghiệp có từ 25 lao động trở lên": which units, not how many
        qualifier, covered_before, covered_after = _qualifier(
            sentence[max(0, n.start - 30) : n.start], sentence[end:], unit
        )
        end += covered_after
        if qualifier == "exact":
            # "thành lập mới từ 02 CĐCS trở lên": the bound after the count's noun; "đạt
            # 100% dự toán trở lên": after what a rate is of
            bound = (
                _BOUND_AFTER_NOUN.match(sentence, stop)
                if unit != "%"
                else _BOUND_AFTER_PLAN.match(sentence, end)
            )
            qualifier = _BOUNDS[bound.group(1).lower()] if bound else qualifier
        if i in ranges and qualifier == "exact":
            qualifier = "at_least"
        elif i in range_ends and qualifier == "exact":
            qualifier = "at_most"
        if unit == "%":
            tail = _skip_parenthesis(sentence, _words_from(sentence, words, end))
            while tail and tail[0].text.lower() in ("số", "các", "những", ")"):
                tail = tail[1:]
            subject_from = tail[0].start if tail else len(sentence)
        start = n.start - covered_before
        subject = _subject(sentence, subject_from)
        if subject and unit in _whole_units() and unit.startswith(subject):
            subject = unit  # the subject stopped at the commas of "cán bộ, công chức, …"
        if unit == "đồng" and subject and _PURPOSE.match(subject):
            subject = subject.split(maxsplit=1)[-1]  # "chi 24,8 tỷ đồng cho việc chăm lo Tết"
        elif unit == "đồng" and subject and _SPENT_ON.match(subject):
            # "chi 12,5 tỷ đồng chăm lo Tết cho 15.432 đoàn viên": what follows says what it
            # paid for, up to the next figure
            subject = _BEFORE_NEXT_FIGURE.split(subject, maxsplit=1)[0]
        elif unit == "đồng" or (unit == "%" and (not subject or _NOT_SUBJECT.match(subject))):
            # a sum names what it pays for before it; a rate "so với kế hoạch" too
            subject = _subject_before(sentence, n.start - covered_before) or subject
            if unit == "%" and subject and AGAINST_PLAN.match(subject):
                subject = None  # "bằng 103,5% dự toán": what it is of, not what it counts
        elif unit == "%" and _OF_GDP.match(subject):
            # a share of GDP measures what is named before it: "Quy mô kinh tế số đạt tối
            # thiểu 30% GDP", unless that is an earlier figure ("trên 2% GDP … và khoảng 3%")
            before = _subject_before(sentence, n.start - covered_before)
            subject = before if before and not re.search(r"\d", before) else subject
        found[i] = Quantity(
            text=sentence[start:end],
            value=n.value,
            denominator=n.denominator,
            unit=unit,
            qualifier=qualifier,
            kind=_kind(
                sentence,
                n.start,
                start,
                context_kind,
                unit == "%"
                and AGAINST_PLAN.match(sentence, end) is not None
                and _REACHED_BEFORE.search(sentence, 0, start) is not None,
            ),
            subject=subject,
            start=start,
            end=end,
        )
    for first, second in ranges.items():  # "từ 70 - 80% số đoàn viên": one subject
        if first in found and second in found:
            said = found[second].subject
            if said is None or re.search(r"\d", said):
                # "mức quà từ 500.000 đồng đến 1.000.000 đồng": the end's words before it are
                # the range's start ("000 đồng"), its thing is named first
                found[second] = replace(found[second], subject=found[first].subject)
            else:
                found[first] = replace(found[first], subject=said)
    return list(found.values())
