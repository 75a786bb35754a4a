"""Union organisations named in text: "Công đoàn Viên chức tỉnh Bắc Giang", "LĐLĐ tỉnh".

A gazetteer cannot list every union, so the names are read from their shape: a union head
("Liên đoàn Lao động", "LĐLĐ", "Công đoàn", "CĐ") followed by capitalised words ("Công đoàn
Viên chức", "Công đoàn ngành Y tế") and/or an administrative unit ("tỉnh Nghệ An", "huyện
Yên Thành"). Lowercase "công đoàn cơ sở" is a kind of body, not a name, and is not returned.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .places import central_cities

_UPPER = "A-ZĐÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# a sector written with its second syllable small, in a name as anywhere else ("Công đoàn
# ngành Giáo dục" had been read "Công đoàn ngành Giáo"); a name may hold an apostrophe ("Cư
# M’gar")
_SECTORS = (
    "Y tế|Giáo dục|Xây dựng|Công thương|Nông nghiệp|Giao thông|Tài chính|Ngân hàng|Dệt may"
    "|Cao su|Điện lực|Du lịch|Văn hóa|Văn hoá|Thông tin|Bưu điện|Công nghiệp|Thương mại"
)
# a unit written with a capital ("Liên đoàn Lao động Thành phố", the city's) is a place,
# not a name's first word
_CAPITAL_UNIT = r"(?:Thành phố|Tỉnh|Huyện|Quận|Thị xã|Xã|Phường)(?!\w)"
_NAME = rf"(?:(?:{_SECTORS})(?!\w)|(?!{_CAPITAL_UNIT}|Công ty(?!\w))[{_UPPER}][\w’'-]*)"
_NAMES = rf"{_NAME}(?: {_NAME})*"
_UNITS = r"(?:[tT]ỉnh|[tT]hành phố|TP\.?|[hH]uyện|[qQ]uận|[tT]hị xã|[xX]ã|[pP]hường)"
_PLACE = rf"{_UNITS}(?: {_NAMES})?"
_BARE_UNIT = re.compile(rf"{_UNITS}$")  # "LĐLĐ tỉnh": a union its province is not named with
# "Viên chức" in "Công đoàn Viên chức tỉnh …": lowercase words belong to a name only when a
# place follows; otherwise "Công đoàn Nghệ An phối hợp" would swallow the verb
_NAME_BEFORE_PLACE = rf"{_NAME}(?: [a-zđà-ỹ][\w-]*){{0,3}}(?= {_UNITS}(?!\w))"
_HEAD = r"(?:Tổng Liên đoàn Lao động Việt Nam|Liên đoàn Lao động|LĐLĐ|Công đoàn|CĐ)"
# the union of a province's industrial zones: "Công đoàn các KCN", "Công đoàn các Khu công
# nghiệp" (its lowercase "các" had left the name unread, and a sheet's row took the LĐLĐ's)
_ZONES = (
    r"các (?:KCN|KCX|KKT|[Kk]hu công nghiệp|[Kk]hu chế xuất|[Kk]hu kinh tế)"
    rf"(?: (?:và |- )?(?:KCX|[Kk]hu chế xuất|[Kk]hu công nghệ cao))?(?: {_NAMES})?"
)
# a company's union: "Công đoàn Công ty TNHH Điện tử Minh Khang Việt Nam", "Công đoàn cơ sở
# Công ty Cổ phần Cao su Thuận Phú": a legal form, then capitalised words, a small one only
# between two of them ("Điện tử Minh", not "Khang tổ chức")
_CAPITAL = rf"[{_UPPER}][\w’'-]*"
_COMPANY = (
    r"Công ty(?: (?:TNHH|CP|MTV|[Cc]ổ [Pp]hần|[Tt]rách nhiệm hữu hạn|[Mm]ột thành viên))*"
    rf"(?: {_CAPITAL}(?: [a-zđà-ỹ][\w-]*(?= {_CAPITAL}))?)+"
)
_NAMED = rf"{_ZONES}|{_COMPANY}|{_NAME_BEFORE_PLACE}|{_NAMES}"
ORGANISATION = re.compile(
    rf"(?<!\w){_HEAD}"
    rf"(?:(?: ngành| cơ sở)? (?!Việt Nam)(?P<name>{_NAMED}))?"
    rf"(?: (?P<place>{_PLACE}))?"
)


def find_organisations(text: str) -> list[tuple[str, int, int]]:
    """Organisations named in `text` as (name, start, end).

    >>> [o for o, _, _ in find_organisations(
    ...     "Công đoàn Viên chức tỉnh Bắc Giang và LĐLĐ tỉnh phối hợp với các công đoàn cơ sở")]
    ['Công đoàn Viên chức tỉnh Bắc Giang', 'LĐLĐ tỉnh']
    >>> [o for o, _, _ in find_organisations("Công đoàn ngành Y tế hiện quản lý 74 CĐCS")]
    ['Công đoàn ngành Y tế']
    >>> [o for o, _, _ in find_organisations("8 | Công đoàn các KCN | 224 | 52.870")]
    ['Công đoàn các KCN']
    >>> [o for o, _, _ in find_organisations("Công đoàn ngành Giáo dục và LĐLĐ huyện Cư M’gar")]
    ['Công đoàn ngành Giáo dục', 'LĐLĐ huyện Cư M’gar']
    >>> [o for o, _, _ in find_organisations(
    ...     "Công đoàn Công ty TNHH Điện tử Minh Khang Việt Nam tổ chức đại hội")]
    ['Công đoàn Công ty TNHH Điện tử Minh Khang Việt Nam']
    """
    found = []
    for match in ORGANISATION.finditer(text):
        if match.group(0).startswith("Tổng") or match.group("name") or match.group("place"):
            found.append((match.group(0).strip(), match.start(), match.end()))
        elif _SECTOR_SHORT.match(text, match.start()):
            # "Công đoàn ngành trao 1.240 suất quà": the sector union named before, short
            found.append(("Công đoàn ngành", match.start(), match.start() + 15))
    return found


_PLACE_AT_END = re.compile(rf"\s{_PLACE}$")
# the short form of a sector's union, at a sentence's head: "Công đoàn ngành trao …"
_SECTOR_SHORT = re.compile(r"Công đoàn ngành(?= [a-zđà-ỹ])")


def canonical(name: str, known: list[str], province: str | None) -> str:
    """The fullest form of `name` among `known` ("Công đoàn Viên chức tỉnh" -> "Công đoàn
    Viên chức tỉnh Bắc Giang"); a name ending in a bare "tỉnh" takes the document's province.

    >>> canonical("LĐLĐ tỉnh", [], "Nghệ An")
    'LĐLĐ tỉnh Nghệ An'
    >>> canonical("Công đoàn các KCN", ["Công đoàn các KCN tỉnh"], "Bắc Ninh")
    'Công đoàn các KCN tỉnh Bắc Ninh'
    >>> canonical("LĐLĐ tỉnh", ["Liên đoàn Lao động tỉnh Gia Lai"], "Gia Lai")
    'Liên đoàn Lao động tỉnh Gia Lai'
    >>> canonical("LĐLĐ thị xã", ["LĐLĐ thị xã", "LĐLĐ thị xã Kỳ Anh"], "Hà Tĩnh")
    'LĐLĐ thị xã Kỳ Anh'
    >>> canonical("LĐLĐ thành phố", [], "Hà Nội"), canonical("LĐLĐ huyện", [], "Hà Tĩnh")
    ('LĐLĐ thành phố Hà Nội', 'LĐLĐ huyện')
    """
    bare = _BARE_UNIT
    if bare.search(name) and _bare_below(name, province):
        # "LĐLĐ thị xã" in the report of LĐLĐ thị xã Kỳ Anh is that union, not one "thị xã
        # Hà Tĩnh"; with two of its kind named, which one is not guessed
        longer = {k for k in known if k.startswith(name + " ") and not bare.search(k)}
        full = longer.pop() if len(longer) == 1 else name
    elif province and bare.search(name):
        # the document's own, not the longest named: "LĐLĐ tỉnh" in Gia Lai's report is not
        # the "Liên đoàn Lao động tỉnh Bình Định" it merged with
        full = f"{name} {province}"
    elif bare.search(name):
        full = name  # no province to give it: which of the named it is, is not guessed
    else:
        longer = [k for k in known if k.startswith(name + " ")]
        if name == "Công đoàn ngành":
            # the sector's union of the figure's province; of two sectors named, which one
            # is not guessed
            own = [k for k in longer if province and k.endswith(province)]
            sectors = {_BARE_UNIT.split(_PLACE_AT_END.sub("", k))[0] for k in longer}
            longer = own or (longer if len(sectors) == 1 else [])
        # the fullest form may itself end in a bare "tỉnh" ("Công đoàn các Khu công nghiệp"
        # -> "… tỉnh", which still wants its province)
        full = max(longer, key=len) if longer else name
        if province and bare.search(full):
            full = f"{full} {province}"
    if full.startswith("LĐLĐ "):
        # one body, one name: the one the document writes out, if it does
        written = set(known) | {f"{k} {province}" for k in known if province and bare.search(k)}
        if "Liên đoàn Lao động" + full[4:] in written:
            return "Liên đoàn Lao động" + full[4:]
    return full


# a bare place below a province's ending a union's name: a district, a town, a commune, a
# ward, or a city within a province (a city run from the centre is a province's level)
_BARE_BELOW = re.compile(r"(?:[hH]uyện|[qQ]uận|[tT]hị xã|[xX]ã|[pP]hường)$")
_BARE_CITY = re.compile(r"(?:[tT]hành phố|TP\.?)$")


def _bare_below(name: str, province: str | None) -> bool:
    if _BARE_BELOW.search(name):
        return True
    return bool(_BARE_CITY.search(name)) and province not in central_cities()


def names_one(name: str | None) -> bool:
    """Whether a union's name tells which one it is: not "LĐLĐ tỉnh" with no province."""
    return bool(name) and _BARE_UNIT.search(name) is None


def main_organisation(names: list[str], province: str | None = None) -> str | None:
    """The organisation a document is about, from the names `find_organisations` found in
    it: the most named one (counting short forms with their full form), the earliest among
    equals."""
    if not names:
        return None
    # each name made full once: a text repeating a union's name thousands of times made
    # this quadratic (3,000 sentences took 8 s to analyse)
    distinct = list(dict.fromkeys(names))
    full_of = {name: canonical(name, distinct, province) for name in distinct}
    # counted in order of first mention: `max` keeps the earliest of equals
    counts = Counter(full_of[name] for name in names)
    return max(counts, key=counts.__getitem__)


# the cities run from the centre: their "thành phố" is a province's level, any other city
# is a part of its province ("LĐLĐ thành phố Buôn Ma Thuột" is in Đắk Lắk)
@cache
def _below_province() -> re.Pattern[str]:
    cities = "|".join(sorted(central_cities()))
    return re.compile(
        r"(?<!\w)(?:huyện|quận|thị xã|TX\.?|xã|phường)(?!\w)"
        rf"|(?<!\w)(?:thành phố|TP\.?)\s+(?!(?:{cities})(?!\w))"
        r"|^(?:Công đoàn|CĐ)\s+(?:ngành|các|Viên chức|cơ sở|Khu|KKT|KCN|KCX|Ban Quản lý"
        r"|Công ty)(?!\w)|(?<!\w)CĐCS(?!\w)",
        re.IGNORECASE,
    )


def is_below_province(name: str | None) -> bool:
    """Whether a union is a part of its province's: a district's, a city's (not a centrally
    run city's), a sector's, its industrial or economic zones', a company's or another
    grassroots union. Its figures are its
    own, no claim about the province's (nor in conflict with one).

    >>> [is_below_province(n) for n in ("LĐLĐ huyện Vũ Thư", "LĐLĐ thành phố Hà Nội",
    ...     "Công đoàn ngành Y tế", "LĐLĐ tỉnh Thái Bình", "Công đoàn các KCN", None,
    ...     "Công đoàn Khu kinh tế tỉnh Quảng Ninh", "Công đoàn Công ty TNHH Sao Việt")]
    [True, False, True, False, True, False, True, True]
    """
    return bool(name) and _below_province().search(name) is not None
