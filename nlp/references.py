"""References to legal and Party documents: "Nghị quyết số 02-NQ/TW ngày 12/6/2021".

Found on the raw text (word segmentation splits "02-NQ/TW" apart). The id is the number as
written with spaces removed; the type comes from the words before it ("Luật Công đoàn số
50/2024/QH15"), else from the code inside the id (NQ = Nghị quyết, QĐ = Quyết định, …). The
number of a contract, a certificate or a form ("hợp đồng tín dụng số …") is not a reference.
"""

from __future__ import annotations

import re

from .dates import _iso
from .records import Reference

TYPE_WORDS = {
    "nghị quyết": "Nghị quyết",
    "chỉ thị": "Chỉ thị",
    "quyết định": "Quyết định",
    "nghị định": "Nghị định",
    "kết luận": "Kết luận",
    "kế hoạch": "Kế hoạch",
    "chương trình hành động": "Chương trình",
    "chương trình": "Chương trình",
    "hướng dẫn": "Hướng dẫn",
    "thông tư liên tịch": "Thông tư",
    "thông tư": "Thông tư",
    "bộ luật": "Luật",
    "luật": "Luật",
    "công văn": "Công văn",
    # kinds ReferenceType has no value for: the words still name the kind, so the code
    # inside the id ("QĐ" of a Party's Quy định 101-QĐ/TW) does not override them
    "quy định": "other",
    "thông báo": "other",
    "án lệ": "other",
    "bản án": "other",
    "tờ trình": "other",
    # a procurator's or a chief justice's appeal is issued as a "Quyết định kháng nghị"
    "quyết định kháng nghị": "Quyết định",
    "kháng nghị": "Quyết định",
}
# the names of kinds ReferenceType has no value for ("other"), kept as the genre
GENRE_WORDS = {
    "quy định": "Quy định",
    "thông báo": "Thông báo",
    "án lệ": "Án lệ",
    "bản án": "Bản án",
    "tờ trình": "Tờ trình",
}
# ... and the codes that name one when no word does: "04/TTr-BKHCN-BTTTT" is a Tờ trình
GENRE_CODES = {"TTR": "Tờ trình", "TB": "Thông báo", "AL": "Án lệ"}
# what is numbered but is not a legal or administrative document: a loan or mortgage contract
# and its appendix ("hợp đồng tín dụng số 6360-LAV-200900957", "phụ lục hợp đồng … số
# 01/PL/BS/HĐTD"), a land-use certificate, a slip, a form ("Mẫu số 06/CKTC-NSNN")
NOT_CITED = ("hợp đồng", "phụ lục", "giấy chứng nhận", "giấy nhận nợ", "phiếu", "mẫu", "hóa đơn")
# "văn bản số 1552/BTTTT-TTH" names a document but not its kind: the id's code tells it
GENERIC = ("văn bản",)
CODE_TYPES = {
    "NQ": "Nghị quyết",
    "NQLT": "Nghị quyết",
    "CT": "Chỉ thị",
    "QĐ": "Quyết định",
    "NĐ": "Nghị định",
    "KL": "Kết luận",
    "KH": "Kế hoạch",
    "CTR": "Chương trình",
    "HD": "Hướng dẫn",
    "HĐ": "Hướng dẫn",
    "TT": "Thông tư",
    "TTLT": "Thông tư",
    "QH": "Luật",
    "CV": "Công văn",
}

_UPPER = "A-ZĐÂĂÊÔƠƯ"
_CODE = rf"[{_UPPER}][{_UPPER}a-zđ0-9]*"
# 02-NQ/TW · 02- NQ/TW · 167/2017/NĐ-CP · 11/NQ-TU · 02/CTr-LĐLĐ · 45/2019/QH14 · 43/2021/AL
# · 119A/QĐ-CA (a number with a letter) · 02-HD/UBKT TW (the Party's "TW" set apart).
# An id glued to more ("6360-LAV-200900957", "7332/2008/UB.GCN") is a longer number this
# pattern does not read: a contract's or a certificate's, never cut to a cited document.
REFERENCE_ID = re.compile(
    # "số46/BC-LĐLĐ": OCR can lose the space after "số"
    rf"(?:(?<![\w/.,-])|(?<=[Ss]ố))(\d{{1,5}}[a-zA-Z]?)(?:\s?/\s?((?:19|20)\d{{2}}))?\s?[-/]\s?"
    rf"({_CODE}(?:\s?[-/]\s?{_CODE})*(?: T[WƯ])?)(?![\w]|[-/]\d|\.[{_UPPER}]{{2}})"
)
# a word naming what an id numbers; "luật" of "pháp luật" (the law in general) is none
_KIND_WORD = re.compile(
    r"(?<!\w)(?<!pháp )("
    + "|".join(sorted(map(re.escape, (*TYPE_WORDS, *NOT_CITED, *GENERIC)), key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)
# between that word and the id: nothing but "số", or the document's name and then "số"
# ("Luật Công đoàn số", "Bản án kinh doanh, thương mại sơ thẩm số"); a digit, a bracket or
# the end of a clause in between means the word belongs to something else
_NAME_THEN_NUMBER = re.compile(
    r"(?:\s+số)?\s*:?\s*|\s[^\d.;:!?()\[\]“”\"\n]{0,60}?\ssố\s*:?\s*", re.IGNORECASE
)
_DATE_AFTER = re.compile(
    r"\s*,?\s*(?P<open>\(\s*)?(?:ban hành\s+)?ngày:?\s*(?:"
    r"(?P<d1>\d{1,2})\s?[/.\-]\s?(?P<m1>\d{1,2})\s?[/.\-]\s?(?P<y1>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>(?:19|20)\d{2}))(?!\d)"
    # "57-NQ/TW (ngày 22/12/2024)": a bracket opened before the date closes after it
    r"(?(open)\s*\))",
    re.IGNORECASE,
)
# a court's case number: year, kind of case (DS dân sự, HS hình sự, HC hành chính, KDTM kinh
# doanh thương mại, LĐ lao động, HNGĐ hôn nhân gia đình, KT kinh tế) and the stage that
# decided it; an appeal against one (KN, kháng nghị) has the kind and no stage
_COURT_CASE = re.compile(
    r"^\d+[a-zA-Z]?/\d{4}/(?:(?P<appeal>KN)-)?(?:DS|HS|HC|KDTM|LĐ|HNGĐ|KT)"
    r"(?:-(?P<stage>ST|PT|GĐT|TT))?$"
)
# a first instance or appeal court (sơ thẩm, phúc thẩm) gives a Bản án, which ReferenceType
# has no value for; a review (giám đốc thẩm, tái thẩm) or an appeal is a Quyết định
_COURT_TYPES = {"ST": "other", "PT": "other", "GĐT": "Quyết định", "TT": "Quyết định"}


def normalize_id(raw: str) -> str:
    """The id as written, without spaces or what a user types before it.

    >>> normalize_id("số 217- QĐ/TW"), normalize_id("Nghị quyết số 02-NQ/TW")
    ('217-QĐ/TW', '02-NQ/TW')
    """
    raw = _TYPED_BEFORE.sub("", raw.strip())
    return re.sub(r"\s+", "", raw)


def reference_key(raw: str) -> str:
    """What two spellings of one id share: letter case, "D" typed for "Đ", and a Party
    document's "05/CT-TW" written in the State's order for its own "05-CT/TW".

    >>> reference_key("05/CT-TW") == reference_key("05-ct/tw") == "05-ct/tw"
    True
    >>> reference_key("294-QD/TW") == reference_key("294-QĐ/TW")
    True
    >>> reference_key("03/NQ-CP")  # the Government's own order stays
    '03/nq-cp'
    >>> reference_key("Luật Công đoàn số 50/2024/QH15")
    '50/2024/qh15'
    """
    # "Luật Công đoàn số 50/2024/QH15": the id inside what was typed
    found = REFERENCE_ID.search(raw)
    key = normalize_id(found.group(0) if found else raw).casefold().replace("đ", "d")
    return _PARTY_SWAPPED.sub(r"\1-\2/\3", key)


# what people type before an id: "Nghị quyết 02-NQ/TW", "Chỉ thị số 05-CT/TW", "số: 02"
_TYPED_BEFORE = re.compile(
    r"^(?:(?:" + "|".join(sorted(map(re.escape, TYPE_WORDS), key=len, reverse=True)) + r")\s*)?"
    r"(?:số\s*:?\s*)?",
    re.IGNORECASE,
)
# a Party committee (Trung ương, tỉnh ủy, huyện ủy, quận ủy, đảng ủy) numbers its documents
# "number-TYPE/COMMITTEE"; only their keys are turned around
_PARTY_SWAPPED = re.compile(r"^(\d+[a-z]?)/([a-z]+)-(tw|tư|tu|hu|qu|du)$")


def _code_parts(ref_id: str) -> list[str]:
    """The parts of an id after its number and year, without a term's digits.

    >>> _code_parts("45/2019/QH14"), _code_parts("04/TTr-BKHCN-BTTTT")
    (['QH'], ['TTr', 'BKHCN', 'BTTTT'])
    """
    parts = re.split(r"[-/]", ref_id)[1:]
    return [re.sub(r"\d+$", "", p) for p in parts if p and not p.isdigit()]


def _court_type(ref_id: str) -> str | None:
    """A court case number's type, None for any other id: "04/2019/DS-ST" is a first
    instance Bản án ("other"), "60/2022/DS-GĐT" a Quyết định giám đốc thẩm."""
    case = _COURT_CASE.match(ref_id)
    if not case or not (case.group("appeal") or case.group("stage")):
        return None
    return _COURT_TYPES[case.group("stage")] if case.group("stage") else "Quyết định"


def type_from_code(ref_id: str) -> str:
    """The type an id's own code gives when no word before it names one.

    The type's abbreviation comes first (State "167/2017/NĐ-CP", Party "02-NQ/TW", a law's
    "45/2019/QH14"); a State office's letter (công văn) has none, its number starts with the
    issuer ("1552/BTTTT-TTH", "456/LĐLĐ").

    >>> [type_from_code(i) for i in ("101-QĐ/TW", "50/2024/QH15", "1552/BTTTT-TTH", "32/PCCTT")]
    ['Quyết định', 'Luật', 'Công văn', 'other']
    """
    court = _court_type(ref_id)
    if court:
        return court
    parts = _code_parts(ref_id)
    if not parts:
        return "other"
    kind = CODE_TYPES.get(parts[0].upper())
    if kind:
        return kind
    return "Công văn" if parts[0].upper() in ISSUERS else "other"


def _kind_before(before: str) -> re.Match[str] | None:
    """The last word naming a kind of document in `before` when only "số" or that document's
    name stands between it and the end ("Căn cứ Luật Công đoàn số " -> "Luật")."""
    words = list(_KIND_WORD.finditer(before))
    if words and _NAME_THEN_NUMBER.fullmatch(before, words[-1].end()):
        return words[-1]
    return None


def _date_after(text: str, end: int) -> tuple[str | None, int]:
    """The date written right after an id ("… ngày 12/6/2021", "… (ngày 22/12/2024)"), and
    where it ends."""
    match = _DATE_AFTER.match(text, end)
    if not match:
        return None, end
    day, month, year = ("d1", "m1", "y1") if match.group("d1") else ("d2", "m2", "y2")
    iso = _iso(match.group(day), match.group(month), match.group(year))
    return (iso, match.end()) if iso else (None, end)


# "Ngày 27/6/2025, Đoàn Chủ tịch Tổng Liên đoàn ban hành Quyết định số 2158/QĐ-TLĐ": the
# date opens the clause that issues the document, the id comes last
_DATE_BEFORE = re.compile(
    r"(?:^|[.;:]\s+|\n)ngày\s+(?P<d>\d{1,2})\s?/\s?(?P<m>\d{1,2})\s?/\s?(?P<y>(?:19|20)\d{2})"
    r",\s+[^.;:\n\d]{0,120}?\sban hành\s+[^.;:\n\d]{0,40}$",
    re.IGNORECASE,
)


def _date_before(text: str, start: int) -> str | None:
    """The date of a clause "Ngày …, X ban hành …" that ends with the id at `start`.

    >>> _date_before("Ngày 27/6/2025, Đoàn Chủ tịch ban hành Quyết định số ", 53)
    '2025-06-27'
    """
    match = _DATE_BEFORE.search(text[max(0, start - 220) : start])
    return _iso(match.group("d"), match.group("m"), match.group("y")) if match else None


_LIST_LINK = re.compile(r"\s*(?:,|và|;)\s*(?:(?:các\s+)?số\s+)?", re.IGNORECASE)
_SHORT_FORM = re.compile(
    r"(" + "|".join(sorted(map(re.escape, TYPE_WORDS), key=len, reverse=True)) + r")"
    r"\s+(?:số\s+)?(\d{1,5})(?![\w/\-.,]*\w)",
    re.IGNORECASE,
)


_PRECEDENT_MARK = re.compile(r"(?<=/AL)\d+$")
# a code holds two capitals ("NQ", "CTr") or is one to three capitals; "5/Km" is a unit
_A_CODE = re.compile(rf"[{_UPPER}]{{2,}}|[{_UPPER}][a-z]*[{_UPPER}]|^[{_UPPER}]{{1,3}}$")


def find_references(text: str) -> list[Reference]:
    """Cited documents in `text`, with offsets of the whole mention.

    The type is what the words before the id name ("Luật Công đoàn số 50/2024/QH15"), else
    what its code gives (type_from_code). An id listed right after another with the same
    type code ("Quy định 217-QĐ/TW, 218-QĐ/TW") has the first one's type; a short form
    ("Nghị quyết 02") after the full id appeared is that id. A contract's, a certificate's or
    a form's number ("hợp đồng tín dụng số …", "Mẫu số …"), and one listed after it, is none.

    >>> [(r.id, r.type, r.date) for r in find_references(
    ...     "thực hiện Nghị quyết 02- NQ/TW ngày 12/6/2021 của Bộ Chính trị")]
    [('02-NQ/TW', 'Nghị quyết', '2021-06-12')]
    >>> [r.id for r in find_references("theo Án lệ số 43/2021/AL1 về hợp đồng")]
    ['43/2021/AL']
    >>> [(r.id, r.type, r.text) for r in find_references(
    ...     "Quy định 217-QĐ/TW, 218-QĐ/TW; Nghị quyết số 02-NQ/TW … thực hiện Nghị quyết 02")]
    [('217-QĐ/TW', 'other', 'Quy định 217-QĐ/TW'), ('218-QĐ/TW', 'other', '218-QĐ/TW'), \
('02-NQ/TW', 'Nghị quyết', 'Nghị quyết số 02-NQ/TW'), ('02-NQ/TW', 'Nghị quyết', 'Nghị quyết 02')]
    >>> [(r.id, r.type) for r in find_references(
    ...     "Căn cứ Bộ luật Lao động số 45/2019/QH14; phụ lục hợp đồng tín dụng số 01/PL/BS/HĐTD")]
    [('45/2019/QH14', 'Luật')]
    """
    references: list[Reference] = []
    skipped = -1  # where the last number that is not a cited document's ends
    for match in REFERENCE_ID.finditer(text):
        if not _A_CODE.search(match.group(3)):
            continue
        # "43/2021/AL1": an Án lệ's number with its footnote marker glued on
        ref_id = _PRECEDENT_MARK.sub("", normalize_id(match.group(0)))
        before = text[max(0, match.start() - 80) : match.start()]
        word = _kind_before(before)
        named = word.group(1).lower() if word else None
        date, end = _date_after(text, match.end())
        date = date or _date_before(text, match.start())
        listed = skipped >= 0 and _LIST_LINK.fullmatch(text[skipped : match.start()])
        if named in NOT_CITED or (named is None and listed):
            skipped = end
            continue
        # "119A/QĐ-CA": a number with a capital letter is a document's when words or its code
        # say so; "5G/LTE" is a network
        if named is None and match.group(1)[-1].isupper() and type_from_code(ref_id) == "other":
            continue
        previous = references[-1] if references else None
        start = match.start() - len(before) + word.start() if word else match.start()
        ref_type, genre = _type_of(text, ref_id, named, previous, match.start())
        references.append(
            Reference(
                id=ref_id,
                type=ref_type,
                genre=genre,
                date=date,
                text=text[start:end],
                start=start,
                end=end,
            )
        )
    _share_dates(text, references)
    return sorted(references + _short_forms(text, references), key=lambda r: r.start)


def _type_of(
    text: str, ref_id: str, named: str | None, previous: Reference | None, start: int
) -> tuple[str, str | None]:
    """The type and genre of the id at `start`: the words before it name them, or the id
    listed before it has them and the same type code ("Quy định 217-QĐ/TW, 218-QĐ/TW"), or
    its code gives them."""
    if named in TYPE_WORDS:
        ref_type = TYPE_WORDS[named]
        return ref_type, GENRE_WORDS.get(named, None if ref_type == "other" else ref_type)
    listed = (
        named is None
        and previous is not None
        and _LIST_LINK.fullmatch(text[previous.end : start]) is not None
        and _code_parts(previous.id)[:1] == _code_parts(ref_id)[:1]
    )
    if listed and previous:
        return previous.type, previous.genre
    return type_from_code(ref_id), genre_from_code(ref_id)


def genre_from_code(ref_id: str) -> str | None:
    """The genre an id's own code gives: its type, or a first instance or appeal court's
    Bản án, an Án lệ, a Tờ trình; None when the code does not tell.

    >>> [genre_from_code(i) for i in ("02-NQ/TW", "04/2019/DS-ST", "43/2021/AL", "32/PCCTT")]
    ['Nghị quyết', 'Bản án', 'Án lệ', None]
    """
    ref_type = type_from_code(ref_id)
    if ref_type != "other":
        return ref_type
    case = _COURT_CASE.match(ref_id)
    if case and case.group("stage") in ("ST", "PT"):
        return "Bản án"
    parts = _code_parts(ref_id)
    return GENRE_CODES.get(parts[0].upper()) if parts else None


def _share_dates(text: str, references: list[Reference]) -> None:
    """ "Quyết định 217- QĐ/TW và Quyết định 218- QĐ/TW ngày 12/12/2013": one date for both."""
    for i in range(len(references) - 2, -1, -1):
        this, after = references[i], references[i + 1]
        between = text[this.end : after.start]
        same_list = re.fullmatch(r"\s*(?:,|và)\s*", between) and this.type == after.type
        if this.date is None and after.date and same_list:
            references[i] = this.model_copy(update={"date": after.date})


def _short_forms(text: str, full: list[Reference]) -> list[Reference]:
    """ "Nghị quyết 02" where "02-NQ/TW" (same type, same number) appeared earlier."""
    found = []
    for match in _SHORT_FORM.finditer(text):
        kind = TYPE_WORDS[match.group(1).lower()]
        # "Quy định 294" is a Quy định's, not a Tờ trình's, though both are "other"
        genre = GENRE_WORDS.get(match.group(1).lower())
        number = match.group(2)
        earlier = [
            r
            for r in full
            if r.start < match.start()
            and r.type == kind
            and (genre is None or r.genre == genre)
            and int(re.match(r"\d+", r.id).group()) == int(number)
        ]
        if earlier and not any(r.start <= match.start() < r.end for r in full):
            found.append(
                Reference(
                    id=earlier[-1].id,
                    type=kind,
                    genre=earlier[-1].genre,
                    date=earlier[-1].date,
                    text=match.group(0),
                    start=match.start(),
                    end=match.end(),
                )
            )
    return found


# who issued a document, by the code its id carries: "02-NQ/TW" -> TW, "11/NQ-TU" -> TU,
# "757/2003/QĐ-BTC" -> BTC. Only codes every issuer writes the same way: "CA" (Chánh án Tòa
# án nhân dân tối cao in "42/QĐ-CA", but also read as Công an) and "UB" stay unnamed.
ISSUERS = {
    "TW": "Trung ương",
    "BCT": "Bộ Chính trị",
    "BBT": "Ban Bí thư",
    "TU": "Tỉnh ủy",
    "TƯ": "Trung ương",
    "HU": "Huyện ủy",
    "QU": "Quận ủy",
    "ĐU": "Đảng ủy",
    "CP": "Chính phủ",
    "TTG": "Thủ tướng Chính phủ",
    "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "TLĐ": "Tổng Liên đoàn Lao động Việt Nam",
    "ĐCT": "Đoàn Chủ tịch Tổng Liên đoàn",
    "LĐLĐ": "Liên đoàn Lao động",
    "CĐ": "Công đoàn",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "HĐTP": "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
    "UBKTTW": "Ủy ban Kiểm tra Trung ương",
    "UBKT": "Ủy ban Kiểm tra",
    "CĐCS": "Công đoàn cơ sở",
    "VPTW": "Văn phòng Trung ương Đảng",
    "VPCP": "Văn phòng Chính phủ",
    "BTC": "Bộ Tài chính",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BNV": "Bộ Nội vụ",
    "BTP": "Bộ Tư pháp",
    "BYT": "Bộ Y tế",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "TANDTC": "Tòa án nhân dân tối cao",
    "VKSNDTC": "Viện kiểm sát nhân dân tối cao",
    "VKS": "Viện kiểm sát nhân dân",
}
# the title runs to the end of the clause: a full stop, a quote, a bracket, or a comma that
# starts a new clause with a capitalised word ("…, Công đoàn Nghệ An đã …")
# capital letters, Vietnamese ones included: a title ends at ", Bộ Chính trị …" but not at
# ", đổi mới sáng tạo" (a class "À-Ỹ" also holds "đ" and every lower-case vowel with a mark)
_CAPITALS = "".join(c for c in map(chr, range(ord("A"), 0x1EFA)) if c.isupper())
# the gap before "về" never holds another document or a "và" ("Chỉ thị 05-CT/TW … và Nghị
# quyết Trung ương 4 về tăng cường …", "Nghị quyết 57-NQ/TW và các nhiệm vụ về chuyển đổi
# số": the subject is what comes after the "và")
_ABOUT = re.compile(
    r"(?:(?!(?i:\svà\s|"
    + "|".join(sorted(map(re.escape, TYPE_WORDS), key=len, reverse=True))
    + r"))[^.;\n]){0,80}?\svề\s+(?:việc\s+)?[\"“]?"
    r"(?P<title>[^.;:\n“”\"()]{8,200}?)(?=\s*[.;:\n“”\"()]|,\s+[" + _CAPITALS + "]|$)"
)


def issuer_code(ref_id: str) -> str:
    """The issuer's code in an id: the parts after the type that ISSUERS knows, all of them
    for a joint document; else the last part, as written. A court's case number names none.

    >>> issuer_code("02/CTr-LĐLĐ"), issuer_code("12/2012/QH13"), issuer_code("02-NQ/TW")
    ('LĐLĐ', 'QH', 'TW')
    >>> issuer_code("83/BKHCN-BTTTT-VP"), issuer_code("42/QĐ-CA"), issuer_code("04/2019/DS-ST")
    ('BKHCN-BTTTT', 'CA', '')
    """
    if _court_type(ref_id):
        return ""
    parts = _code_parts(ref_id)
    known = [p for p in parts if p.upper() in ISSUERS]
    return "-".join(known) if known else (parts[-1] if parts else "")


def issuer_name(ref_id: str) -> str | None:
    """Who issued the document an id numbers, when its code says it unambiguously.

    >>> issuer_name("757/2003/QĐ-BTC"), issuer_name("11384-CV/VPTW"), issuer_name("42/QĐ-CA")
    ('Bộ Tài chính', 'Văn phòng Trung ương Đảng', None)
    >>> issuer_name("04/TTr-BKHCN-BTTTT")
    'Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông'
    """
    names = [ISSUERS[p.upper()] for p in issuer_code(ref_id).split("-") if p.upper() in ISSUERS]
    return ", ".join(names) or None


def title_after(text: str, end: int) -> str | None:
    """What a citation says the cited document is about: "… 02-NQ/TW ngày 12/6/2021 của Bộ
    Chính trị về đổi mới tổ chức và hoạt động …" -> "đổi mới tổ chức và hoạt động …".

    >>> title_after("Nghị quyết 02-NQ/TW của Bộ Chính trị về đổi mới tổ chức của Công đoàn.", 22)
    'đổi mới tổ chức của Công đoàn'
    >>> title_after("Chỉ thị 05-CT/TW và Nghị quyết Trung ương 4 về chỉnh đốn Đảng.", 16) is None
    True
    >>> title_after("57-NQ/TW về khoa học, công nghệ, đổi mới sáng tạo, Bộ Chính trị", 8)
    'khoa học, công nghệ, đổi mới sáng tạo'
    """
    found = _ABOUT.match(text, end)
    return found.group("title").strip() if found else None
