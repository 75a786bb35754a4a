"""References to legal and Party documents: "Nghị quyết số 02-NQ/TW ngày 12/6/2021".

Found on the raw text (word segmentation splits "02-NQ/TW" apart). The id is the number as
written with spaces removed; the type comes from the words before it, else from the code
inside the id (NQ = Nghị quyết, QĐ = Quyết định, …).
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
    "quy định": "other",
    "thông báo": "other",
    "án lệ": "other",
}
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
REFERENCE_ID = re.compile(
    rf"(?<![\w/.,-])(\d{{1,5}}[a-z]?)(?:\s?/\s?((?:19|20)\d{{2}}))?\s?[-/]\s?"
    rf"({_CODE}(?:\s?[-/]\s?{_CODE})*)(?![\w])"
)
_TYPE_BEFORE = re.compile(
    r"(" + "|".join(sorted(map(re.escape, TYPE_WORDS), key=len, reverse=True)) + r")"
    r"(?:\s+(?:số|số:))?\s*:?\s*$",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(
    r"\s*,?\s*(?:ban hành\s+)?ngày:?\s*(?:"
    r"(\d{1,2})\s?[/.\-]\s?(\d{1,2})\s?[/.\-]\s?((?:19|20)\d{2})"
    r"|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2}))(?!\d)",
    re.IGNORECASE,
)


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


def _type_of(before: str, code: str) -> str:
    typed = _TYPE_BEFORE.search(before[-40:])
    if typed:
        return TYPE_WORDS[typed.group(1).lower()]
    for part in re.split(r"[-/]", code):
        kind = CODE_TYPES.get(part.upper())
        if kind:
            return kind
    return "other"


def _date_after(text: str, end: int) -> tuple[str | None, int]:
    """The date written right after an id ("… ngày 12/6/2021"), and where it ends."""
    match = _DATE_AFTER.match(text, end)
    if not match:
        return None, end
    groups = match.groups()
    iso = _iso(*(groups[:3] if groups[0] else groups[3:]))
    return (iso, match.end()) if iso else (None, end)


_LIST_LINK = re.compile(r"\s*(?:,|và|;)\s*(?:(?:các\s+)?số\s+)?", re.IGNORECASE)
_SHORT_FORM = re.compile(
    r"(" + "|".join(sorted(map(re.escape, TYPE_WORDS), key=len, reverse=True)) + r")"
    r"\s+(?:số\s+)?(\d{1,5})(?![\w/\-.,]*\w)",
    re.IGNORECASE,
)


_PRECEDENT_MARK = re.compile(r"(?<=/AL)\d+$")


def find_references(text: str) -> list[Reference]:
    """Cited documents in `text`, with offsets of the whole mention.

    An id listed right after another ("Quy định 217-QĐ/TW, 218-QĐ/TW") has the first one's
    type; a short form ("Nghị quyết 02") after the full id appeared is that id.

    >>> [(r.id, r.type, r.date) for r in find_references(
    ...     "thực hiện Nghị quyết 02- NQ/TW ngày 12/6/2021 của Bộ Chính trị")]
    [('02-NQ/TW', 'Nghị quyết', '2021-06-12')]
    >>> [r.id for r in find_references("theo Án lệ số 43/2021/AL1 về hợp đồng")]
    ['43/2021/AL']
    >>> [(r.id, r.type, r.text) for r in find_references(
    ...     "Quy định 217-QĐ/TW, 218-QĐ/TW; Nghị quyết số 02-NQ/TW … thực hiện Nghị quyết 02")]
    [('217-QĐ/TW', 'other', 'Quy định 217-QĐ/TW'), ('218-QĐ/TW', 'other', '218-QĐ/TW'), \
('02-NQ/TW', 'Nghị quyết', 'Nghị quyết số 02-NQ/TW'), ('02-NQ/TW', 'Nghị quyết', 'Nghị quyết 02')]
    """
    references: list[Reference] = []
    for match in REFERENCE_ID.finditer(text):
        number, year, code = match.groups()
        if not re.search(rf"[{_UPPER}]{{2,}}|[{_UPPER}][a-z]*[{_UPPER}]|^[{_UPPER}]{{1,3}}$", code):
            continue
        before = text[max(0, match.start() - 60) : match.start()]
        kind = _type_of(before, code)
        typed = _TYPE_BEFORE.search(before[-40:])
        start = match.start() - (len(before[-40:]) - typed.start()) if typed else match.start()
        previous = references[-1] if references else None
        if not typed and previous and _LIST_LINK.fullmatch(text[previous.end : match.start()]):
            kind = previous.type
        date, end = _date_after(text, match.end())
        references.append(
            Reference(
                # "43/2021/AL1": an Án lệ's number with its footnote marker glued on
                id=_PRECEDENT_MARK.sub("", normalize_id(match.group(0))),
                type=kind,
                date=date,
                text=text[start:end],
                start=start,
                end=end,
            )
        )
    _share_dates(text, references)
    return sorted(references + _short_forms(text, references), key=lambda r: r.start)


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
        number = match.group(2)
        earlier = [
            r
            for r in full
            if r.start < match.start()
            and r.type == kind
            and int(re.match(r"\d+", r.id).group()) == int(number)
        ]
        if earlier and not any(r.start <= match.start() < r.end for r in full):
            found.append(
                Reference(
                    id=earlier[-1].id,
                    type=kind,
                    date=earlier[-1].date,
                    text=match.group(0),
                    start=match.start(),
                    end=match.end(),
                )
            )
    return found


# the body after the last "-" or "/" of an id: "02-NQ/TW" -> TW, "11/NQ-TU" -> TU
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
    """ "02-NQ/TW" -> "TW"; "167/2017/NĐ-CP" -> "CP"; "12/2012/QH13" -> "QH".

    >>> issuer_code("02/CTr-LĐLĐ"), issuer_code("12/2012/QH13")
    ('LĐLĐ', 'QH')
    """
    last = re.split(r"[-/]", ref_id)[-1]
    return re.sub(r"\d+$", "", last)


def issuer_name(ref_id: str) -> str | None:
    return ISSUERS.get(issuer_code(ref_id).upper())


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
