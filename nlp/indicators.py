"""The indicator catalogue (`data/indicators.json`): what a figure counts, as a stable id.

Two ways in: a synonym found word for word in a figure's subject (precise, tried first),
and TF-IDF with cosine similarity for phrases worded differently, such as a user's "giới
thiệu đoàn viên ưu tú cho Đảng". The TF-IDF features are syllables and syllable pairs over
one document per indicator (its label and synonyms): character n-grams were tried and
matched "thế giới" to "giới thiệu cho Đảng".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from .dates import NUMERIC_DATE, YEAR_RANGE
from .figures import SIZE_OF_UNITS
from .references import REFERENCE_ID
from .text import fold_tones, strip_marks
from .units import expand

# cosine below which a phrase names no indicator; set on the seed subjects and the
# catalogue's own labels (tests/test_indicators.py holds the cases)
SUBJECT_THRESHOLD = 0.5
QUERY_THRESHOLD = 0.35


@dataclass(frozen=True)
class Indicator:
    id: str
    label: str
    synonyms: tuple[str, ...]
    measures: frozenset[str]  # "count", "rate" (%), "money" (đồng): what its figures can be
    measure_words_excluded: frozenset[str]  # "lượt" counts occasions, not members
    stock: bool  # a count that exists at a time (members), not a flow (gifts given)


def measure_of(unit: str) -> str:
    return "money" if unit == "đồng" else "rate" if unit == "%" else "count"


@cache
def catalogue() -> tuple[Indicator, ...]:
    data = json.loads(resources.files("nlp").joinpath("data/indicators.json").read_text("utf-8"))
    return tuple(
        Indicator(
            d["id"],
            d["label"],
            tuple(d["synonyms"]),
            frozenset(d["measures"]),
            frozenset(d.get("measure_words_excluded", [])),
            bool(d.get("stock", False)),
        )
        for d in data
    )


@cache
def _synonyms() -> list[tuple[str, str, re.Pattern[str]]]:
    """(indicator id, synonym, pattern) for every synonym, longest first: the most specific
    wins. The synonym itself is a cheap test before the pattern's ("in" is some twenty
    times faster than a search, and most synonyms are absent from most phrases)."""
    pairs = [(ind.id, fold_tones(s.lower())) for ind in catalogue() for s in ind.synonyms]
    pairs.sort(key=lambda pair: len(pair[1]), reverse=True)
    return [(id_, s, re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")) for id_, s in pairs]


@lru_cache(maxsize=8192)
def _found_synonyms(phrase: str | None) -> tuple[tuple[int, str], ...]:
    """(length of the synonym, indicator id) for each synonym found in `phrase`."""
    if not phrase:
        return ()
    # (a name in quotes is the name: "Quỹ “Mái ấm Công đoàn”")
    folded = fold_tones(phrase.lower().translate(_NO_QUOTES))
    return tuple(
        (len(p.pattern), id_) for id_, s, p in _synonyms() if s in folded and p.search(folded)
    )


def _synonym_matches(phrase: str | None) -> list[tuple[int, str]]:
    """(length of the synonym, indicator id) for each synonym found in `phrase` (cached:
    a table's labels and column names come back row after row)."""
    return list(_found_synonyms(phrase))


_BOUND_WORDS = re.compile(r"\s+(?:từ|trên|hơn|gần|khoảng|ít nhất|tối thiểu|tối đa|không quá|dưới)$")


def _matches_across(left: str, right: str) -> list[tuple[int, str]]:
    """(length, indicator id) for each synonym that takes words from both `left` and `right`
    read as one phrase ("thành lập mới" + "công đoàn cơ sở"); one side's own synonyms are
    found on that side alone, so an earlier noun ("các CĐCS kết nạp mới") does not win here.

    >>> [id_ for _, id_ in _matches_across("thành lập mới", "công đoàn cơ sở")]
    ['new_grassroots_unions']
    """
    # "thành lập mới từ 02 CĐCS trở lên": the bound's word stands between verb and noun
    left_folded = _BOUND_WORDS.sub("", fold_tones(" ".join(left.split()).lower()))
    phrase = f"{left_folded} {fold_tones(right.lower())}"
    joint = len(left_folded)
    return [
        (len(p.pattern), id_)
        for id_, s, p in _synonyms()
        if s in phrase
        for m in p.finditer(phrase)
        if m.start() < joint < m.end()
    ]


def _longest(found: list[tuple[float, str]]) -> str | None:
    """The indicator of the longest synonym found, None when none was: the most specific
    wins ("thành lập mới công đoàn cơ sở" over "công đoàn cơ sở")."""
    return max(found, key=lambda pair: pair[0])[1] if found else None


def match_indicator(*phrases: str | None) -> str | None:
    """The catalogue id for the first phrase that names one ("đoàn viên ưu tú" ->
    "party_referrals"), trying the phrases in order; the longest synonym wins.

    >>> match_indicator("đoàn viên ưu tú cho Đảng xem xét")
    'party_referrals'
    """
    for phrase in phrases:
        found = _longest(_synonym_matches(phrase))
        if found:
            return found
    return None


def _normal(text: str) -> str:
    return fold_tones(expand(" ".join(text.split())))


@cache
def _tfidf() -> tuple[object, object, tuple[str, ...]]:
    # scikit-learn loads lazily: most commands never need the fuzzy path
    from sklearn.feature_extraction.text import TfidfVectorizer

    documents = [
        " | ".join(_normal(phrase) for phrase in (indicator.label, *indicator.synonyms))
        for indicator in catalogue()
    ]
    vectorizer = TfidfVectorizer(
        analyzer="word", ngram_range=(1, 2), token_pattern=r"[^\s|,;()/]+", sublinear_tf=True
    )
    matrix = vectorizer.fit_transform(documents)
    return vectorizer, matrix, tuple(indicator.id for indicator in catalogue())


def similar_indicators(text: str) -> list[tuple[str, float]]:
    """Catalogue ids by cosine similarity to `text`, best first.

    >>> similar_indicators("giới thiệu đoàn viên ưu tú cho Đảng")[0][0]
    'party_referrals'
    """
    vectorizer, matrix, ids = _tfidf()
    scores = (matrix @ vectorizer.transform([_normal(text)]).T).toarray().ravel()
    ranked = sorted(zip(ids, map(float, scores), strict=True), key=lambda pair: -pair[1])
    return ranked


def resolve_indicator(text: str, threshold: float = QUERY_THRESHOLD) -> str | None:
    """A catalogue id for an id, a synonym or free text; None when nothing is close.

    >>> resolve_indicator("members"), resolve_indicator("số sáng kiến, cải tiến")
    ('members', 'initiatives')
    >>> resolve_indicator("giá vàng thế giới") is None
    True
    >>> resolve_indicator("chăm lo Tết"), resolve_indicator("kinh phí chăm lo Tết")
    ('tet_beneficiaries', 'welfare_spending')
    """
    text = text.strip()
    if any(indicator.id == text for indicator in catalogue()):
        return text
    text = _with_marks(text)
    found = match_indicator(text)
    if not found:
        ranked = similar_indicators(text)
        found = ranked[0][0] if ranked and ranked[0][1] >= threshold else None
    if found and _MONEY_WORDS.search(text) and not _counts_money(found):
        # "kinh phí chăm lo Tết" asks for the money spent, not the people cared for: the
        # money indicator closest to the words besides the money
        rest = _MONEY_WORDS.sub(" ", text)
        money = [i for i, score in similar_indicators(rest) if score > 0 and _counts_money(i)]
        return money[0] if money else found
    return found


# words that ask for an amount of money
_MONEY_PHRASES = ("kinh phí", "số tiền", "tiền", "chi phí", "ngân sách", "tỷ đồng", "triệu đồng")
_MONEY_WORDS = re.compile(
    rf"(?<!\w)(?:{'|'.join(_MONEY_PHRASES)}|nghìn đồng)(?!\w)",
    re.IGNORECASE,
)


@cache
def _marked_phrases() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The catalogue's phrases (synonyms, labels) and the money words, each found by its
    unmarked spelling, longest first."""
    phrases = {s.lower() for i in catalogue() for s in (*i.synonyms, i.label)}
    phrases |= set(_MONEY_PHRASES)
    ordered = sorted((p for p in phrases if p), key=len, reverse=True)
    return tuple((re.compile(rf"(?<!\w){re.escape(strip_marks(p))}(?!\w)"), p) for p in ordered)


def _with_marks(text: str) -> str:
    """A request typed without marks, with the catalogue's own phrases marked again, as a
    search's query is ("kinh phi cham lo tet" -> "kinh phí chăm lo tết"); a marked text
    as it is.

    >>> _with_marks("kinh phi cham lo tet")
    'kinh phí chăm lo tết'
    """
    if strip_marks(text) != text.lower():
        return text
    restored = text.lower()
    for pattern, phrase in _marked_phrases():
        restored = pattern.sub(phrase, restored)
    return restored


def _counts_money(indicator_id: str) -> bool:
    return "money" in _indicator(indicator_id).measures


_ORGANISATION = re.compile(r"(?:Công|Liên) đoàn(?:\s+[A-ZĐÀ-Ỹ]\w*)+")
# a stock ("số đoàn viên hiện có") is stated with a verb of holding shortly before it
_HOLDING = re.compile(
    r"(?<!\w)(?:có|với|gồm|tổng số|tổng cộng|quản lý|chỉ đạo|tập hợp|là|đạt|lên|còn)\s[^.;:]{0,40}$"
    r"|^\W*$",
    re.IGNORECASE,
)
# "Tổng số đoàn viên công đoàn: 371.540", or a short label opening the line: "Số công đoàn
# cơ sở 2.871" (not "Số CĐCS khu vực ngoài nhà nước 812", a part, nor "Số CĐCS giảm 75 đơn
# vị", a change)
_STOCK_LABEL = re.compile(
    r"(?:(?<!\w)tổng số\s[^.;:]{1,60}:"
    r"|^\W*(?:tổng số|số)(?:\s+(?!(?:tăng|giảm|đạt|còn|được|là)(?!\w))[^\s\d.;:]+){1,4})\s*$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[\d,;:.()]")
_AND = re.compile(r"\svà\s")
# where the thing a rate counts ends: its whole ("trên tổng số lao động") or its place
_RATE_AGAINST = re.compile(r"\s(?:trên tổng số|so với|tại|ở)\s", re.IGNORECASE)
# the words after "tỷ lệ" up to the verb of the figure's clause
_RATE_NAMED = re.compile(
    r"t[ỷỉ] lệ ([^;.:\d]{3,120}?)\s(?:đạt|là|chiếm|ước|còn|giảm|tăng)", re.IGNORECASE
)


@cache
def _unit_indicators() -> dict[str, str]:
    data = json.loads(resources.files("nlp").joinpath("data/indicators.json").read_text("utf-8"))
    return {unit: d["id"] for d in data for unit in d.get("units", [])}


def indicator_of(
    subject: str | None,
    before: str,
    unit: str,
    after: str = "",
    ratio: bool = False,
    at_tet: bool = False,
) -> str | None:
    """The catalogue id a figure counts: from its subject and the words before it, else
    from the rest of its clause (`after`, from the figure on: "trên 90% cơ quan, đơn vị có
    CĐCS đạt chuẩn Cơ quan văn hóa" is cultural_standard_rate, past the comma that ends the
    subject "cơ quan"); None when neither names one that such a figure can measure.
    `ratio`: the figure is "a/b" ("739/739 CĐCS"); `at_tet`: its document's title speaks of
    Tết, where its sentence need not ("Tết Sum vầy 2026: …" over "Trong khi Bắc Ninh trao
    42.000 suất quà, …"; a report's paragraph of a year's work speaks of Tết and of visits
    to the sick alike)."""
    head = before  # the sentence's head may name its topic (`_topic`)
    before = before[-CONTEXT_CHARS:]
    clause = _clause(before)
    if _PER_UNIT.search(clause):
        return None  # "mỗi nhà được hỗ trợ từ 40 đến 60 triệu": a norm, not a total
    rest = _rest_of_clause(after, len(unit.split()) + NOUN_WORDS + 2)
    if measure_of(unit) == "money" and _OWED.search(f"{clause} {rest}"):
        # "còn 37 DN nợ với số tiền trên 2,6 tỷ đồng": arrears, not money spent ("số tiền"
        # names welfare_spending); the union's own when its dues are named
        return "union_finance" if _DUES.search(f"{before} {after}") else None
    if measure_of(unit) == "count" and _CHANGE_BEFORE.search(before) and _THAN.match(after):
        return None  # "tăng 8.120 suất so với Tết Ất Tỵ 2025": a difference, not a count
    if _SIZE_OF.search(clause) and _BOUND.search(rest):
        return None  # "CĐCS doanh nghiệp có từ 25 lao động trở lên": a size, not a count
    in_part = _IN_PART.search(_since_semicolon(clause))
    if measure_of(unit) == "count" and in_part and not _UNION_AFTER.match(clause, in_part.end()):
        # "đăng ký 412 sáng kiến, trong đó 57 sáng kiến được …": a part of them; not "trong
        # đó LĐLĐ huyện Sóc Sơn thành lập mới 27 CĐCS", that union's own count
        return None
    if unit == "%" and _FAILING.search(f"{_since_semicolon(clause)} {subject or ''} {rest}"):
        # "Giảm tỷ lệ CĐCS xếp loại không hoàn thành nhiệm vụ xuống dưới 3%": a rating that
        # is what is counted, not a part set apart
        return "failing_unions_rate"
    if _SET_APART.search(rest) or (unit == "%" and subject and _SET_APART.search(subject)):
        # "312 thỏa ước được xếp loại B", "40% thỏa ước được xếp loại B", "tỷ lệ thỏa ước
        # được xếp loại B trở lên mới đạt dưới 25%": a part
        return None
    if measure_of(unit) == "money" and _PER_THING.match(after):
        return None  # "mức hỗ trợ không quá 80 triệu đồng/nhà": a norm, not a total

    def measures(found: str) -> bool:
        if found == "officials_trained" and _FOR_MEMBERS.match(after):
            return False  # "1 lớp bồi dưỡng nhận thức về Đảng cho 44 đoàn viên": not officials
        if found == "members" and unit == "%":
            if _ARE_MEMBERS.search(_rest_of_clause(after, CLAUSE_WORDS)):
                return True  # "100% cán bộ, giáo viên, nhân viên … là đoàn viên công đoàn"
        return _measures(found, subject, before, unit, ratio, rest)

    # "100% CĐCS phối hợp … tổ chức hội nghị CBCCVC": the rest of the clause names what a
    # rate measures, among the indicators it can be ("CĐCS" names grassroots_unions, whose
    # rate this is not)
    candidates = (
        lambda: _indicator_of(subject, before, unit),
        # "tỷ lệ CĐCS doanh nghiệp có thỏa ước": the longest synonym (the unions) measures
        # no rate of theirs here; a shorter one of the subject may
        lambda: next(
            (
                found
                for _, found in sorted(_synonym_matches(subject), reverse=True)
                if measures(found)
            ),
            None,
        ),
        lambda: _in_clause(after, unit, measures),
        lambda: _topic(head, before, unit),
    )
    for candidate in candidates:
        found = candidate()
        if found and measures(found):
            return found
    care = list(_CARE_SPENT.finditer(clause)) if measure_of(unit) == "money" else []
    if care and not _NUMBER_OR_PART.search(clause, care[-1].end()):
        # "tổng kinh phí chăm lo cho đoàn viên, người lao động đạt 28,6 tỷ đồng": the care's
        # cost named before the people it went to (not "…, trong đó Công đoàn chi 486
        # triệu đồng", a part of it)
        return "welfare_spending"
    if measure_of(unit) == "money" and _SUM_OF.search(clause) and _CARED_FOR.search(head):
        # "… đã trao quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí
        # gần 19 tỷ đồng": what the gifts or the care cost
        return "welfare_spending"
    home = _HOME_FOR_TET.search(_rest_of_clause(after, CLAUSE_WORDS)) is not None
    given = _given_at_tet(unit, f"{before} {after}", clause, rest, at_tet, home)
    return "tet_beneficiaries" if given else None


def _given_at_tet(
    unit: str, sentence: str, clause: str, rest: str, at_tet: bool = False, home: bool = False
) -> bool:
    """Whether a count is of gifts given or people cared for at Tết: "Dịp Tết Nguyên đán, …
    trao 31.540 suất quà cho …", "Dịp Tết …, chăm lo cho ít nhất 60.000 đoàn viên", "…
    người lao động được chăm lo Tết", "chương trình Tết sum vầy cho 3.200 công nhân" (the
    people, not the programmes). `sentence`: the figure's words before and after it;
    `clause`: its own clause's words before it; `at_tet`: the document is about Tết;
    `home`: the rest of the clause takes them home ("đón 3.100 công nhân từ các tỉnh phía
    Nam về quê")."""
    if not (at_tet or _TET.search(sentence)):
        return False
    if unit in GIFT_UNITS:
        return True
    cue = any(p.search(clause) for p in (_CARED_FOR, _FOR_THEM))
    return (
        measure_of(unit) == "count"
        and _fits("tet_beneficiaries", unit)
        and (cue or home or _CARED_FOR.search(rest) is not None)
    )


# how far before a figure its rules read (a clause is rarely longer; a 20,000-word line
# read whole for each of its figures took minutes)
CONTEXT_CHARS = 600
# what a sentence is about, named at its head: "Về thỏa ước lao động tập thể, …", "Đối
# thoại định kỳ theo Nghị định số … được tổ chức ở 536 DN, chiếm 87,6% …"
_HEAD = re.compile(
    # (after a time it opens with: "Trong năm, Chương trình “Mái ấm Công đoàn” đã …")
    r"^\W*(?:(?:trong|cả)\s+năm(?:\s+(?:nay|qua))?\s*,\s*)?(?:về\s+|đối với\s+)?"
    r"([^,;:]{3,80}?)(?=\s*[,;:]|\s+(?:theo|được|đã|có|tại|ở)\s)",
    re.IGNORECASE,
)
# what a change is counted against, a few words after it: "… suất so với Tết Ất Tỵ 2025"
_THAN = re.compile(r"\s*(?:[^\d\s,;.]+\s+){0,4}?so (?:với|cùng kỳ)(?!\w)", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(r"(?<!\w)(?:tăng|giảm)(?:\s+thêm)?\s*$", re.IGNORECASE)
# counts whose noun does not say what they count ("1.127 bản còn hiệu lực"; "Chương trình
# “Mái ấm Công đoàn” …, hỗ trợ xây mới, sửa chữa 65 nhà")
_CLASSIFIERS = frozenset({"bản", "cuộc", "nhà"})


def _topic(sentence_head: str, before: str, unit: str) -> str | None:
    """The indicator the head of the sentence (`sentence_head`, all of it before the
    figure) names, for a rate, a sum or a classifier's count that names none itself;
    `before`, the words near the figure, may say it is a part."""
    if measure_of(unit) == "count" and unit not in _CLASSIFIERS:
        return None
    if _PART_OF_TOTAL.search(before):
        return None  # "Kết nạp mới 12.000 đoàn viên, trong đó khu vực … chiếm ít nhất 70%"
    if _SET_APART.search(_since_semicolon(before)):
        # "Tiến độ thành lập CĐCS chưa đạt yêu cầu; tỷ lệ thỏa ước được xếp loại B trở lên
        # còn thấp, chỉ khoảng 21%": the clause's own topic is a part, not the sentence's
        return None
    # the head of the figure's clause, then of its sentence: "…; vận động ủng hộ các loại
    # quỹ …, ủng hộ đồng bào miền Trung … được trên 3,8 tỷ đồng"
    for text in (_since_semicolon(before), sentence_head):
        head = _HEAD.match(text)
        found = _opening(head.group(1), unit) if head else None
        if found:
            return found
    if unit in _CLASSIFIERS and not _CHANGE_BEFORE.search(before):
        # "Toàn tỉnh có 1.027 bản thỏa ước lao động tập thể …; trong 6 tháng ký mới 64
        # bản": the last thing the sentence counted by the same word (not "giảm 4 cuộc so
        # với năm 2024", a change in it)
        named = [m.group(1) for m in re.finditer(rf"\d\s+{unit}\s+([^\d,;.]{{3,60}})", before)]
        return _opening(named[-1], unit) if named else None
    return None


_NO_QUOTES = str.maketrans("", "", '“”"')


def _opening(head: str, unit: str) -> str | None:
    """The indicator a synonym opening `head` names, after at most three words of a cue
    ("Dự kiến thu tài chính công đoàn …", "Tổng số lớp tập huấn …", "Riêng Chương trình
    “Mái ấm Công đoàn” …")."""
    # a programme's name in quotes is its topic: "Chương trình “Mái ấm Công đoàn”"
    folded = fold_tones(expand(head).lower()).translate(_NO_QUOTES)
    starts = [0] + [m.end() for m in re.finditer(r"\s+", folded)][:3]
    found = [
        (len(s), id_)
        for id_, s, _ in _synonyms()
        if s in folded
        for at in starts
        if folded.startswith(s, at) and not folded[at + len(s) : at + len(s) + 1].isalnum()
    ]
    return _longest([(n, id_) for n, id_ in found if _fits(id_, unit)])


# classes held for members or workers, not for the union's officials
_FOR_MEMBERS = re.compile(
    r"[^.;]{0,80}?(?<!\w)cho\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?[\d.,]+\s+(?:lượt\s+)?"
    r"(?:đoàn viên|công nhân|người lao động|NLĐ|học viên)",
    re.IGNORECASE,
)
# the units a size picks out: "doanh nghiệp có từ 25 lao động trở lên", "CĐCS với 35 đoàn
# viên trở lên"
_SIZE_OF = re.compile(rf"{SIZE_OF_UNITS}(?:từ\s+)?$", re.IGNORECASE)
_BOUND = re.compile(r"(?<!\w)trở (?:lên|xuống)(?!\w)")


# what marks a count out as a part of the whole it names: rated, awarded, or admitted to
# the Party ("312 thỏa ước được xếp loại B trở lên", "9 sáng kiến được Tổng Liên đoàn tặng
# Bằng", "716 đoàn viên … được kết nạp vào Đảng", "còn 23 CĐCS xếp loại chưa hoàn thành"),
# or as not having done it yet ("vẫn còn 14 CĐCS chưa ký quy chế phối hợp"; not a comment
# after a comma: "toàn tỉnh có 51.360 đoàn viên, chưa đạt chỉ tiêu kế hoạch năm")
_SET_APART = re.compile(
    r"(?<!\w)(?:xếp loại|được (?:\w+ ){0,3}?(?:tặng|khen thưởng)|kết nạp (?:vào )?Đảng"
    r"|(?<![,;] )chưa)(?!\w)"
)


# grassroots unions failing their duties, the share of which a plan keeps under a most
_FAILING = re.compile(
    r"(?<!\w)(?:không hoàn thành nhiệm vụ|xếp loại yếu|(?:CĐCS|công đoàn cơ sở) yếu)(?!\w)",
    re.IGNORECASE,
)


# money owed or collected late; not "dư nợ" (the loans a fund has out: worker_loans)
_OWED = re.compile(r"(?<!\w)(?<!dư )(?:nợ|chậm đóng|chưa đóng|truy thu)(?!\w)", re.IGNORECASE)
_DUES = re.compile(r"(?<!\w)(?:kinh phí công đoàn|đoàn phí|kpcđ)(?!\w)", re.IGNORECASE)


# what members or unions did, or had done for them, which makes their count a part of
# them: "5.120 đoàn viên nữ đăng ký", "45 CĐCS tham gia", "trên 45.000 đoàn viên, người lao
# động được chăm lo Tết"
_TAKING_PART = re.compile(r"(?<!\w)(?:đăng ký|tham gia|hưởng ứng|được)(?!\w)")
# a count's name that ends in what those counted did: "Số CĐCS thực hiện", "… tham gia"
_DID = re.compile(r"(?<!\w)(?:thực hiện|tham gia|đăng ký|hưởng ứng)\s*$", re.IGNORECASE)
# a column of unions gone: "CĐCS giải thể", "Công đoàn cơ sở Giải thể, sáp nhập" (in a
# "Tổng cộng" row, whose name reads as a stock's label)
_GONE = re.compile(
    r"^(?:số\s+)?(?:công đoàn cơ sở|cđcs)\s+(?:bị\s+)?"
    r"(?:giải thể|sáp nhập|chấm dứt hoạt động|ngừng hoạt động)(?!\w)",
    re.IGNORECASE,
)


def _rest_of_clause(after: str, words: int) -> str:
    """The first `words` words after a figure, up to its clause's end or the next number."""
    return " ".join(_CLAUSE_STOP.split(after, maxsplit=1)[0].split()[:words])


# gifts counted: in a sentence about Tết, the people given Tết gifts; their value is
# welfare spending ("… 48.600 suất quà … với tổng trị giá 29,16 tỷ đồng")
GIFT_UNITS = frozenset({"suất quà", "phần quà", "suất", "phần quà tết", "suất quà tết"})
# workers taken home for Tết ("hai chuyến xe đưa 96 công nhân về quê đón Tết") are cared for
_HOME_FOR_TET = re.compile(r"(?<!\w)về quê(?!\w)", re.IGNORECASE)
_SUM_OF = re.compile(r"(?<!\w)(?:tổng )?(?:kinh phí|số tiền|trị giá)(?: là| đạt)?\s*$", re.I)
_CARE_SPENT = re.compile(r"(?<!\w)kinh phí (?:chăm lo|thăm hỏi)(?!\w)", re.IGNORECASE)
_NUMBER_OR_PART = re.compile(r"\d|(?<!\w)trong đó(?!\w)", re.IGNORECASE)
_CARED_FOR = re.compile(r"(?<!\w)(?:chăm lo|thăm hỏi|tặng quà|trao quà)(?!\w)", re.IGNORECASE)
_FOR_THEM = re.compile(r"(?<!\w)cho\s*$", re.IGNORECASE)
_TET = re.compile(r"(?<!\w)tết(?!\w)", re.IGNORECASE)
# a part of a total named before it in the sentence: "2.184 CĐCS với 168.432 đoàn viên;
# trong đó khu vực doanh nghiệp ngoài nhà nước có 612 CĐCS và 74.905 đoàn viên"
_PART_OF_TOTAL = re.compile(r"\d[^.!?]*(?<!\w)trong đó(?!\w)", re.IGNORECASE)


def part_of_total(before: str) -> bool:
    """Whether the words before a figure make it a part of a total named earlier in its
    sentence ("2.184 CĐCS với 168.432 đoàn viên; trong đó khu vực …"), not a union's own
    count ("thành lập mới 512 CĐCS, trong đó LĐLĐ huyện Sóc Sơn thành lập mới 27 CĐCS").

    >>> part_of_total("có 2.184 CĐCS, trong đó khu vực doanh nghiệp có ")
    True
    >>> part_of_total("thành lập mới 512 CĐCS, trong đó LĐLĐ huyện Sóc Sơn thành lập mới ")
    False
    """
    found = _PART_OF_TOTAL.search(before)
    return found is not None and not _UNION_AFTER.match(before, found.end())


# a count in a clause that picks out part of what came before: "trong đó 57 sáng kiến được
# Hội đồng công nhận", "trong đó có 1.350 công nhân được hỗ trợ vé xe"
# "trong đó", and "gồm cả" ("including"): "Số suất quà … gồm cả 1.200 suất quà “Tết Sum
# vầy”" (not "gồm 55 CĐCS", what a body holds)
_IN_PART = re.compile(r"(?<!\w)(?:trong đó|(?:bao )?gồm cả)(?!\w)", re.IGNORECASE)
_UNION_AFTER = re.compile(r"[\s,:]*(?:LĐLĐ|Liên đoàn Lao động|Công đoàn|CĐ)\s+[\w-]")
# people who are members: "100% cán bộ, giáo viên … là đoàn viên công đoàn" is the
# membership rate
_ARE_MEMBERS = re.compile(r"(?<!\w)là đoàn viên(?!\w)", re.IGNORECASE)


def _measures(
    indicator_id: str, subject: str | None, before: str, unit: str, ratio: bool, rest: str = ""
) -> bool:
    """Whether a figure with this unit, subject, words before it and rest of its clause
    measures the indicator."""
    if not _fits(indicator_id, unit):
        return False
    stock = _indicator(indicator_id).stock
    if stock and ratio:
        return False  # "739/739 CĐCS tổ chức hội nghị": a share of the unions, not their number
    # "- Tổng số CĐCS: 1.245 đơn vị": a label names the stock its value counts
    labelled = _STOCK_LABEL.search(before) is not None
    if stock and measure_of(unit) == "count" and not (_HOLDING.search(before) or labelled):
        return False  # "… gồm 55 CĐCS, hơn 3.120 đoàn viên" holds; "quà cho 500 đoàn viên" not
    if stock and measure_of(unit) == "count" and _PART_OF_TOTAL.search(before):
        return False  # "…; trong đó khu vực … có 612 CĐCS": a part, not the whole
    if stock and measure_of(unit) == "count" and not (labelled or _names_stock(indicator_id, unit)):
        return False  # "143 doanh nghiệp đã có CĐCS" counts enterprises, not unions
    if stock and _WITH_NEW_UNIONS.search(before):
        return False  # "thành lập mới 57 CĐCS với 9.820 đoàn viên": the new unions' members
    if stock and _TAKING_PART.search(rest):
        return False  # "có 5.120 đoàn viên nữ đăng ký …": those who took part, not all
    if stock and subject and (_DID.search(subject) or _GONE.match(subject.strip())):
        # a column "Số CĐCS thực hiện": the unions that did it, not all of them; "CĐCS giải
        # thể": those gone
        return False
    # "đoàn viên nữ chiếm 68,5%", "100% CĐCS phối hợp tổ chức …": a share of the members or
    # unions, not their rate ("tỷ lệ đoàn viên trên tổng số lao động")
    named = _RATE_WORD.search(f"{_since_semicolon(before)} {subject}")
    return not (stock and measure_of(unit) == "rate" and not named)


def _names_stock(indicator_id: str, unit: str) -> bool:
    """Whether a count's noun is what a stock counts: "đoàn viên", "CĐCS", "cán bộ, công
    chức, viên chức" for the members, and none of "doanh nghiệp", "lao động"."""
    if unit == "người":
        return True  # "nâng tổng số đoàn viên toàn tỉnh lên 68.930 người": the words name them
    return _unit_indicators().get(unit) == indicator_id or any(
        found == indicator_id for _, found in _synonym_matches(unit)
    )


def _since_semicolon(before: str) -> str:
    """The words of `before` after its last ";": what a list item's rate names is its own
    ("… tỷ lệ đoàn viên … đạt 70% trở lên; 100% doanh nghiệp có CĐCS ký kết thỏa ước")."""
    return before.rsplit(";", 1)[-1]


# the rest of a figure's clause: up to its end or the next number, at most CLAUSE_WORDS words
CLAUSE_WORDS = 28
NOUN_WORDS = 4  # the words after a count's noun that may still name it: "nhà Mái ấm Công đoàn"
_CLAUSE_STOP = re.compile(r"[;.!?()]|(?<!\w)\d")


def _in_clause(after: str, unit: str, accepts: Callable[[str], bool]) -> str | None:
    """The longest synonym, of an indicator a figure with `unit` can measure, in the rest
    of the figure's clause ("… doanh nghiệp có tổ chức công đoàn tổ chức Hội nghị người lao
    động"). A count's noun says what it counts, so for a count only the words naming that
    noun count ("215 nhà “Mái ấm Công đoàn”", not "3 hội nghị … phòng ngừa đình công")."""
    limit = CLAUSE_WORDS if measure_of(unit) == "rate" else len(unit.split()) + NOUN_WORDS
    after = re.sub(r"^\s*\)", "", after)  # "1.076/1.317 (đạt 81%) doanh nghiệp …"
    words = _rest_of_clause(after, limit)
    found = _synonym_matches(expand(words))
    return _longest([(n, id_) for n, id_ in found if _fits(id_, unit) and accepts(id_)])


_WITH_NEW_UNIONS = re.compile(
    r"(?<!\w)thành lập mới\s+[\d.,]+\s+(?:CĐCS|công đoàn cơ sở)[^\d,;.]{0,40}\svới\s*$",
    re.IGNORECASE,
)
# a sum per thing, not per time: "80 triệu đồng/nhà", "500.000 đồng/suất"
_PER_THING = re.compile(r"\s*/\s*(?!(?:năm|tháng|quý|tuần|ngày|kỳ)(?!\w))[^\W\d]")

# "mỗi" before a thing, not a time ("mỗi năm kết nạp 1.000 đoàn viên" is a yearly total)
_PER_UNIT = re.compile(
    r"(?<!\w)mỗi\s+(?!(?:năm|tháng|quý|tuần|ngày|kỳ|nhiệm kỳ|đợt)(?!\w))", re.IGNORECASE
)


def per_each(text: str) -> bool:
    """Whether `text` sets a norm for each one ("mỗi suất trị giá", "mỗi nhà được hỗ trợ")."""
    return _PER_UNIT.search(text) is not None


def speaks_of_tet(text: str) -> bool:
    """Whether `text` (a title) speaks of Tết ("Tết Sum vầy 2026: …")."""
    return _TET.search(text) is not None


# what makes a share of people or unions the indicator's rate: "tỷ lệ đoàn viên trên tổng
# số lao động", "100% CBCCVC là đoàn viên công đoàn"; not "tỷ lệ đoàn viên tham gia sinh
# hoạt chuyên đề" (a share taking part) nor "tỷ lệ đoàn viên giảm" (a change)
_RATE_WORD = re.compile(
    r"(?<!\w)(?:t[ỷỉ] lệ (?:\w+ ){1,4}trên tổng số|t[ỷỉ] lệ tập hợp|là đoàn viên"
    r"|gia nhập công đoàn|tập hợp)(?!\w)",
    re.IGNORECASE,
)


def _clause(before: str) -> str:
    """The words of `before` since its last punctuation: the figure's own clause."""
    return re.split(r"[.;:!?]", before)[-1]


@cache
def _indicator(indicator_id: str) -> Indicator:
    return next(i for i in catalogue() if i.id == indicator_id)


def is_stock(indicator_id: str) -> bool:
    """Whether the indicator counts what exists at a time (members, unions), not what was
    done (new members, gifts)."""
    return _indicator(indicator_id).stock


def carries_over(indicator_id: str, unit: str, of_all: bool = False) -> bool:
    """Whether a figure with `unit` tied to a figure counting `indicator_id` ("…, tăng 5,3%
    so với năm 2024" after "bằng 103,5% dự toán" of the union's finances) measures it too:
    when such a figure can, and the indicator is no stock (a share of the members is not
    their rate), unless the figure is a share of the whole (`of_all`: "19.860 đoàn viên,
    đạt 98,7% tổng số cán bộ, công chức, viên chức" is the members' rate)."""
    return _fits(indicator_id, unit) and (of_all or not _indicator(indicator_id).stock)


def _fits(indicator_id: str, unit: str) -> bool:
    """Whether a figure with `unit` can measure the indicator: money is not a count, and
    "715 lượt đoàn viên" (visits) is not a number of members."""
    indicator = _indicator(indicator_id)
    if measure_of(unit) not in indicator.measures:
        return False
    return unit.split()[0] not in indicator.measure_words_excluded


@lru_cache(maxsize=8192)
def _flow_before_stock(subject: str | None) -> str | None:
    """A subject whose verb names what is added to a stock its noun names: "Kết nạp mới
    đoàn viên công đoàn" counts the new members, though "đoàn viên công đoàn" is the longer
    synonym (the members).

    >>> _flow_before_stock("Kết nạp mới đoàn viên công đoàn"), _flow_before_stock("đoàn viên")
    ('new_members', None)
    """
    if not subject:
        return None
    folded = fold_tones(subject.lower())
    spans = [
        (m.start(), m.end(), id_)
        for id_, s, p in _synonyms()
        if s in folded
        for m in p.finditer(folded)
    ]
    stocks = [(start, id_) for start, _, id_ in spans if _indicator(id_).stock]
    flows = [(end, id_) for _, end, id_ in spans if not _indicator(id_).stock]
    for end, flow in sorted(flows):
        if any(start >= end for start, _ in stocks):
            return flow
    return None


def _indicator_of(subject: str | None, before: str, unit: str) -> str | None:
    """The indicator a figure counts, from the longest synonym in its subject or in the
    words just before the number (back to the previous number or punctuation: "kết nạp mới
    1.200 đoàn viên" -> new_members), else from its unit ("3.092 cán bộ, công chức, viên
    chức" in a union report are members), else a close TF-IDF match of the subject.

    >>> indicator_of("đoàn viên", "Kết nạp mới ", "đoàn viên")
    'new_members'
    >>> listed = "cán bộ, công chức, viên chức"
    >>> indicator_of(listed, "37 CĐCS thành viên với ", listed)
    'members'
    """
    # "Tổng thu tài chính công đoàn giai đoạn 2022 - 2024 tăng bình quân 6,4%/năm": a year,
    # a date or a cited document's number is no earlier figure whose words these are
    before = _NOT_FIGURES.sub(" ", before)
    # "Công đoàn Viên chức" holds no "đoàn viên"; the window starts at a word boundary
    window = _ORGANISATION.sub(" ", before)
    # the last mark before the figure, however far back: an earlier number's words run
    # on past the window ("55% doanh nghiệp có CĐCS ký kết thỏa ước lao động tập thể và
    # xây mới [40] nhà")
    marks = list(_CLAUSE_END.finditer(window))
    after_number = bool(marks) and marks[-1].group(0).isdigit()
    window = window[-60:].split(" ", 1)[-1] if len(window) > 60 else window
    cut = list(_CLAUSE_END.finditer(window))
    context = window[cut[-1].end() :] if cut else window
    if cut and cut[-1].group(0) == ":" and not context.strip():
        # "- Tổng số đoàn viên công đoàn: 371.540 người": the label before the colon
        # names the value right after it
        context = window[cut[-2].end() if len(cut) > 1 else 0 : cut[-1].start()]
        cut = cut[:-1]
    if (cut and cut[-1].group(0).isdigit()) or (not cut and after_number):
        # words after an earlier number describe that number, up to a "và" opening a clause
        # of its own: "kết nạp mới 4.500 đoàn viên và thành lập mới [30] CĐCS"
        joined = list(_AND.finditer(context))
        context = context[joined[-1].end() :] if joined else ""
    if unit == "%" and subject:
        subject = _RATE_AGAINST.split(subject, maxsplit=1)[0]
    if unit == "%":
        # "Tỷ lệ đoàn viên trên tổng số NLĐ tại các DN … đạt tối thiểu 75%": a rate names
        # what it measures after "tỷ lệ", however far back that is in its clause
        named = _RATE_NAMED.search(_ORGANISATION.sub(" ", _since_semicolon(before)))
        if named:
            # what is counted, not what it is counted against or where: "tỷ lệ đoàn viên
            # trên tổng số lao động tại các doanh nghiệp đã có CĐCS" is the members'
            measured = _RATE_AGAINST.split(named.group(1), maxsplit=1)[0]
            context = f"{measured} {context}"
    found = _synonym_matches(subject) + [(n - 0.5, id_) for n, id_ in _synonym_matches(context)]
    if subject and context.strip():
        # the verb and its noun around the number: "thành lập mới [96] CĐCS" names
        # new_grassroots_unions, which neither side does alone
        found += _matches_across(expand(context), subject)
    flow = _flow_before_stock(subject)
    if flow and _fits(flow, unit):
        return flow
    longest = _longest([(n, id_) for n, id_ in found if _fits(id_, unit)])
    if longest:
        return longest
    if unit in _unit_indicators():
        return _unit_indicators()[unit]
    if not subject or not _UNION_WORDS.search(f"{subject} {context}"):
        # "trung học cơ sở" is close to "công đoàn cơ sở" and "tài chính, tín dụng" to
        # "tài chính công đoàn" by their letters; in a statistics table they are neither
        return None
    # "75% trở lên số CBCCVC thường xuyên tham gia …": the people a share is of do not say
    # what it measures, though by their letters they are "hội nghị cán bộ, công chức, viên
    # chức"; what they do may
    people = max((u for u in _unit_indicators() if subject.startswith(u)), key=len, default="")
    rest = subject[len(people) :].strip()
    if measure_of(unit) == "count":
        # "trợ cấp khó khăn cho 936 lượt đoàn viên với số tiền 1,12 tỷ đồng": the sum's
        # words are the sum's ("vay số tiền" is a loan), not the count's
        rest = _MONEY_WORDS.split(rest, maxsplit=1)[0].strip()
    return resolve_indicator(rest, SUBJECT_THRESHOLD) if rest else None


# numbers that are not figures: dates, years, spans of time and cited documents' numbers
_NOT_FIGURES = re.compile(
    rf"{NUMERIC_DATE.pattern}|{YEAR_RANGE.pattern}|{REFERENCE_ID.pattern}"
    r"|(?<![\d.,/])(?:19|20)\d{2}(?![\d.,/]\d)"
    # a span of time: "trong 6 tháng cuối năm kết nạp thêm ít nhất 2.000 đoàn viên"
    r"|(?<![\d.,/])\d{1,2}\s+(?:tháng|năm|quý|tuần|ngày)(?!\w)"
)


# the words that make a phrase a union's: without one, no indicator by likeness alone
_UNION_WORDS = re.compile(
    r"(?<!\w)(?:công đoàn|cđcs|đoàn viên|đoàn phí|người lao động|nlđ|công nhân|cnvc|"
    r"cnvclđ|viên chức|thỏa ước|thoả ước|hội nghị cán bộ)(?!\w)",
    re.IGNORECASE,
)
