"""Provinces: the 63 before and the 34 after the 1/7/2025 merger, and those gone before
2008 that older reports and tables name ("Hà Tây", "Hà Bắc"), from `data/provinces.json`.

The data was derived from underthesea's address mapping (see bench/make_provinces.py).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .text import fold_tones


@dataclass(frozen=True)
class Gazetteer:
    canonical: dict[str, str]  # every name or alias -> the province's name as written
    merged_into: dict[str, str]  # old (or earlier) province -> new province
    formed_from: dict[str, tuple[str, ...]]  # new province -> old provinces
    pattern: re.Pattern[str]


@cache
def _data() -> dict[str, list[dict]]:
    return json.loads(resources.files("nlp").joinpath("data/provinces.json").read_text("utf-8"))


@cache
def gazetteer() -> Gazetteer:
    data = _data()
    canonical: dict[str, str] = {}
    for entry in data["earlier"]:
        # a name that is also a given name ("Nguyễn Minh Hải") is read only after "tỉnh"
        names = [entry["name"], *entry["aliases"]] if entry["bare"] else entry["aliases"]
        for alias in names:
            canonical.setdefault(alias, entry["name"])
            canonical.setdefault(alias.upper(), entry["name"])
    for entry in data["old"] + data["new"]:
        for alias in [entry["name"], *entry.get("aliases", [])]:
            # unaccented aliases ("Ha Noi") would match English text and names; keep to
            # Vietnamese spellings, plus the abbreviations that carry no accents anyway. Four
            # names are spelt without accents: "Long An", "An Giang", "Gia Lai", "Kon Tum"
            unaccented = alias.isascii() and not alias.isupper() and " " in alias
            if alias == entry["name"] or not unaccented:
                canonical.setdefault(alias, entry["name"])
            # tables and titles write names in capitals: "HÀ NỘI", "TỈNH BẮC GIANG", and old
            # sheets without accents "LAO CAI" (but one unaccented word, "HUE", is English)
            if not alias.isascii() or " " in alias:
                canonical.setdefault(alias.upper(), entry["name"])
    for entry in data["new"]:
        # a province renamed: its other names are the new one's ("Huế", "Thành phố Huế" are
        # the city of 2025 on), its own old name stays its own ("Thừa Thiên Huế")
        for alias in [entry["name"], *entry.get("aliases", [])]:
            for written in (alias, alias.upper()):
                old = canonical.get(written)
                if old in entry.get("formed_from", ()) and written.upper() != old.upper():
                    canonical[written] = entry["name"]
    names = sorted(canonical, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)")
    return Gazetteer(
        canonical=canonical,
        merged_into={
            e["name"]: e["merged_into"] for e in data["old"] + data["earlier"] if e["merged_into"]
        },
        formed_from={e["name"]: tuple(e["formed_from"]) for e in data["new"]},
        pattern=pattern,
    )


# "tư tưởng Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh": a person, not the city
_NAMED_AFTER = re.compile(
    r"(?:tư tưởng|Chủ tịch|Bác|Cộng sản|đạo đức, phong cách|Đội Thiếu niên Tiền phong|"
    r"Lăng|Bảo tàng|gương)\s+$",
    re.IGNORECASE,
)


# a district, town or commune that shares a province's name: "huyện Quảng Ninh" is in Quảng
# Bình (its LĐLĐ's 68.930 members had been compared as Quảng Ninh's), "xã Hà Nam"
_SUB_UNIT = re.compile(
    r"(?<!\w)(?:huyện|quận|thị xã|thị trấn|xã|phường|thôn|ấp|khu phố)\s+$", re.IGNORECASE
)


def find_provinces(text: str) -> list[tuple[str, int, int]]:
    """Province mentions as (name, start, end); aliases resolve to the name. The city is not
    read in "tư tưởng Hồ Chí Minh" or "Đoàn Thanh niên Cộng sản Hồ Chí Minh".

    >>> find_provinces("Công đoàn Viên chức tỉnh Bắc Giang và TP.HCM")
    [('Bắc Giang', 25, 34), ('Hồ Chí Minh', 38, 44)]
    >>> find_provinces("1 | HÀ NỘI | 19.348.000")
    [('Hà Nội', 4, 10)]
    >>> find_provinces("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")
    []
    >>> [name for name, _, _ in find_provinces("Long An, An Giang, Gia Lai và Kon Tum")]
    ['Long An', 'An Giang', 'Gia Lai', 'Kon Tum']
    >>> find_provinces("3 | HÀ TÂY | 715.300; tỉnh Minh Hải; ông Nguyễn Minh Hải")
    [('Hà Tây', 4, 10), ('Minh Hải', 22, 35)]
    >>> find_provinces("LĐLĐ huyện Quảng Ninh, tỉnh Quảng Bình; HUYỆN QUẢNG NINH")
    [('Quảng Bình', 28, 38)]
    """
    g = gazetteer()
    found = []
    for m in g.pattern.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if not _NAMED_AFTER.search(before) and not _SUB_UNIT.search(before):
            found.append((g.canonical[m.group(1)], m.start(), m.end()))
    return found


def main_province(text: str) -> str | None:
    """The province a text is about: the most mentioned one, or None on a tie or no mention.

    Never a guess: "các cấp Công đoàn trong tỉnh" names no province and gives None.
    """
    counts = Counter(name for name, _, _ in find_provinces(text)).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


@cache
def central_cities() -> frozenset[str]:
    """The cities run from the centre, a province's level: the gazetteer's "thành phố".

    >>> sorted(central_cities())
    ['Cần Thơ', 'Huế', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Đà Nẵng']
    """
    data = _data()
    return frozenset(e["name"] for e in data["old"] + data["new"] if e["kind"] == "thành phố")


def province_after_merger(name: str) -> str | None:
    """The province that `name` belongs to since 1/7/2025 (itself when unchanged)."""
    g = gazetteer()
    name = g.canonical.get(name, name)
    if name in g.formed_from:
        return name
    return g.merged_into.get(name)


def renamed(name: str | None) -> str | None:
    """The name since 1/7/2025 of a province that only changed its name, the rest as they are:
    Thừa Thiên Huế is the city of Huế with nothing added, Bắc Giang stays Bắc Giang (it was
    merged into Bắc Ninh, which is another province).

    >>> renamed("Thừa Thiên Huế"), renamed("Bắc Giang"), renamed("Nghệ An"), renamed(None)
    ('Huế', 'Bắc Giang', 'Nghệ An', None)
    """
    if name is None:
        return None
    new = province_after_merger(name)
    return new if new and gazetteer().formed_from.get(new) == (name,) else name


def spellings(name: str) -> tuple[str, ...]:
    """The names figures of a province may be stored under: its own and, for one that only
    changed its name, the other (`renamed`).

    >>> spellings("Huế"), spellings("Thừa Thiên Huế"), spellings("Bắc Giang")
    (('Huế', 'Thừa Thiên Huế'), ('Huế', 'Thừa Thiên Huế'), ('Bắc Giang',))
    """
    new = renamed(name) or name
    return (new, *(old for old in gazetteer().formed_from.get(new, ()) if renamed(old) == new))


def gone_in(name: str) -> int | None:
    """The year a province gone before 2008 ended ("Hà Tây": 2008); None for the 63 (which
    the merger of 1/7/2025 ended, or not).

    >>> gone_in("Hà Tây"), gone_in("Hà Giang")
    (2008, None)
    """
    return next((e["until"] for e in _data()["earlier"] if e["name"] == name), None)


def province_named(typed: str) -> str | None:
    """The province a user means by a name typed in any case, tone placement or with its
    unit ("nghệ an", "NGHỆ AN", "tỉnh Thanh Hoá", "TP.HCM", "Ha Noi"); None if none.

    >>> [province_named(t) for t in ("nghệ an", "Tỉnh Thanh Hoá", "tp hcm", "Atlantis")]
    ['Nghệ An', 'Thanh Hóa', 'Hồ Chí Minh', None]
    >>> [province_named(t) for t in ("Thừa Thiên Huế", "TT Huế", "Huế")]
    ['Thừa Thiên Huế', 'Thừa Thiên Huế', 'Thừa Thiên Huế']
    """
    key = _typed_key(typed)
    names = _typed_names()
    if key in names:
        return names[key]
    return names.get(_UNIT.sub("", key))


# "tỉnh", "thành phố", "tp." before a name a user types
_UNIT = re.compile(r"^(?:tỉnh|thành phố|thanh pho|tp)\s*")


def _typed_key(text: str) -> str:
    return " ".join(fold_tones(text).casefold().replace(".", " ").split())


@cache
def _typed_names() -> dict[str, str]:
    data = _data()
    names: dict[str, str] = {}
    # the order `gazetteer` reads them in, so that a name resolves to the province figures
    # are stored under: "Thừa Thiên Huế" is itself, not the Huế of 2025 that lists it
    for entry in data["earlier"] + data["old"] + data["new"]:
        for alias in [entry["name"], *entry.get("aliases", [])]:
            names.setdefault(_typed_key(alias), entry["name"])
    return names
