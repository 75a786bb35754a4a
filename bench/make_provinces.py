"""Generate nlp/data/provinces.json (63 old -> 34 new provinces, reform of 1/7/2025).

Source of truth: underthesea's shipped data file
    underthesea/address/data/mapping.json
(keys "province_mapping", "old_province_names", "province_names"; the same
file `underthesea.convert_address` loads). Only aliases, and the provinces that were gone
by 2008 (EARLIER), are added by hand.

Usage:  . .venv/bin/activate && python bench/make_provinces.py
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

import underthesea.address.converter as conv

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "nlp" / "data" / "provinces.json"

data = json.loads(Path(conv._DATA_PATH).read_text(encoding="utf-8"))
PMAP = data["province_mapping"]  # old_key -> new_key
OLD = data["old_province_names"]  # old_key -> {name, short, code}
NEW = data["province_names"]  # new_key -> {name, short, code}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def ascii_fold(s):
    s = nfc(s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# Tone placement on oa / oe / uy in open syllables: "Hòa" (old style, official)
# <-> "Hoà" (new style).
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def alt_tone(s):
    def fix(word):
        d = unicodedata.normalize("NFD", word)
        m = re.search(r"(?i)(?<![q])([ou])([" + _TONES + "]?)([aey])([" + _TONES + "]?)$", d)
        if not m:
            return word
        v1, t1, v2, t2 = m.groups()
        if t1 and not t2:
            new = v1 + v2 + t1
        elif t2 and not t1:
            new = v1 + t2 + v2
        else:
            return word
        return nfc(d[: m.start()] + new)

    return " ".join(fix(w) for w in s.split(" "))


CITIES_OLD = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
CITIES_NEW = CITIES_OLD | {"Huế"}

# The old 63-province list is best known with "Thừa Thiên Huế" (a province
# until 1/1/2025); underthesea's legacy table already calls it "Thành phố Huế".
OLD_NAME_OVERRIDE = {"thanhphohue": "Thừa Thiên Huế"}

EXTRA_ALIASES = {
    "Hồ Chí Minh": [
        "TP.HCM",
        "TPHCM",
        "TP HCM",
        "TP. HCM",
        "HCM",
        "HCMC",
        "Sài Gòn",
        "Sai Gon",
        "Saigon",
        "Ho Chi Minh City",
    ],
    "Hà Nội": ["Hanoi"],
    "Đà Nẵng": ["Danang"],
    "Thừa Thiên Huế": [
        "Thừa Thiên - Huế",
        "Thừa Thiên-Huế",
        "TT Huế",
        "TT-Huế",
        "Huế",
        "Thành phố Huế",
        "TP. Huế",
    ],
    "Huế": ["Thừa Thiên Huế", "Thừa Thiên - Huế", "Thua Thien Hue"],
    "Bà Rịa - Vũng Tàu": ["Bà Rịa Vũng Tàu", "Bà Rịa-Vũng Tàu", "BR-VT", "BRVT"],
    "Bắc Kạn": ["Bắc Cạn"],
    "Đắk Lắk": ["Đắc Lắc", "Đăk Lăk", "Daklak"],
    "Đắk Nông": ["Đăk Nông", "Đắc Nông", "Daknong"],
    "Kon Tum": ["Kontum"],
}


# Provinces gone before the 63 of 2008 that reports and statistics tables of their time still
# name: (name, last year, the 2025 province that holds all of its land or None, whether the
# name alone is read). Hà Tây joined Hà Nội on 1/8/2008; the others were split on 1/1/1997.
# "Minh Hải", "Nam Hà" and "Vĩnh Phú" are also people's given names ("Nguyễn Minh Hải"), so
# only "tỉnh Minh Hải" is read as the province; "Quảng Nam - Đà Nẵng" may also name two
# provinces side by side.
EARLIER = [
    ("Hà Tây", 2008, "Hà Nội", True),
    ("Hà Bắc", 1996, "Bắc Ninh", True),
    ("Bắc Thái", 1996, "Thái Nguyên", True),
    ("Hải Hưng", 1996, None, True),
    ("Sông Bé", 1996, None, True),
    ("Quảng Nam - Đà Nẵng", 1996, "Đà Nẵng", False),
    ("Vĩnh Phú", 1996, "Phú Thọ", False),
    ("Nam Hà", 1996, "Ninh Bình", False),
    ("Minh Hải", 1996, "Cà Mau", False),
]


def earlier_entry(name, until, successor, bare):
    # nlp.places adds each alias in capitals ("TỈNH HÀ TÂY") itself
    aliases = [f"Tỉnh {name}", f"tỉnh {name}"]
    if " - " in name:
        aliases += [name.replace(" - ", "-"), name.replace(" - ", " ")]
    return {
        "name": name,
        "kind": "tỉnh",
        "aliases": aliases,
        "until": until,
        "merged_into": successor,
        "bare": bare,
    }


def make_aliases(name, kind, full_name):
    out = []
    base = [name] + EXTRA_ALIASES.get(name, [])
    if kind == "thành phố":
        base += [f"TP. {name}", f"TP {name}", f"Thành phố {name}"]
    else:
        base += [f"Tỉnh {name}"]
    if full_name:
        base.append(full_name)
    for a in base:
        for v in (a, alt_tone(a), ascii_fold(a), ascii_fold(a).replace(" - ", " ")):
            v = nfc(v)
            if v != name and v not in out:
                out.append(v)
    return out


def by_code(d):
    return sorted(d, key=lambda k: d[k]["code"])


def main():
    new_name = {k: nfc(v["short"]) for k, v in NEW.items()}
    old_name = {k: nfc(OLD_NAME_OVERRIDE.get(k, v["short"])) for k, v in OLD.items()}

    old_list = []
    for k in by_code(OLD):
        name = old_name[k]
        kind = "thành phố" if name in CITIES_OLD else "tỉnh"
        full = None if k in OLD_NAME_OVERRIDE else nfc(OLD[k]["name"])
        old_list.append(
            {
                "name": name,
                "kind": kind,
                "aliases": make_aliases(name, kind, full),
                "merged_into": new_name[PMAP[k]],
            }
        )

    new_list = []
    for k in by_code(NEW):
        name = new_name[k]
        kind = "thành phố" if name in CITIES_NEW else "tỉnh"
        formed = [old_name[o] for o in by_code(OLD) if PMAP[o] == k]
        new_list.append(
            {
                "name": name,
                "kind": kind,
                "aliases": make_aliases(name, kind, nfc(NEW[k]["name"])),
                "formed_from": formed,
            }
        )

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps(
            {"old": old_list, "new": new_list, "earlier": [earlier_entry(*e) for e in EARLIER]},
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT}")
    return check()


def check():
    d = json.loads(OUT.read_text(encoding="utf-8"))
    old, new = d["old"], d["new"]
    on = [o["name"] for o in old]
    nn = [n["name"] for n in new]
    om = {o["name"]: o["merged_into"] for o in old}
    union = [x for n in new for x in n["formed_from"]]
    results = []

    def ok(label, cond):
        results.append(cond)
        print(f"[{'OK' if cond else 'FAIL'}] {label}")

    ok(f"old count = {len(old)} (63)", len(old) == 63 and len(set(on)) == 63)
    earlier = d["earlier"]
    ok(
        "earlier provinces: names of their own, successors among the 34",
        not {e["name"] for e in earlier} & (set(on) | {n["name"] for n in new})
        and all(e["merged_into"] in (None, *[n["name"] for n in new]) for e in earlier),
    )
    ok(f"new count = {len(new)} (34)", len(new) == 34 and len(set(nn)) == 34)
    ok("every old merged_into is a new name", all(o["merged_into"] in nn for o in old))
    ok(
        "every new formed_from lists old names",
        all(n["formed_from"] and all(x in on for x in n["formed_from"]) for n in new),
    )
    ok("union(formed_from) == 63 old names, no duplicates", sorted(union) == sorted(on))
    ok(
        "formed_from consistent with merged_into",
        all(om[x] == n["name"] for n in new for x in n["formed_from"]),
    )
    ok("all strings NFC", all(s == nfc(s) for e in old + new for s in [e["name"], *e["aliases"]]))
    ok(
        "kind thành phố: old = 5 cities, new = 6 (incl. Huế)",
        {o["name"] for o in old if o["kind"] == "thành phố"} == CITIES_OLD
        and {n["name"] for n in new if n["kind"] == "thành phố"} == CITIES_NEW,
    )
    ok(
        "unchanged provinces merged_into themselves",
        all(
            om[x] == x
            for x in [
                "Nghệ An",
                "Hà Tĩnh",
                "Thanh Hóa",
                "Quảng Ninh",
                "Lạng Sơn",
                "Cao Bằng",
                "Điện Biên",
                "Lai Châu",
                "Sơn La",
                "Hà Nội",
            ]
        ),
    )
    facts = {
        "Bắc Giang": "Bắc Ninh",
        "Quảng Bình": "Quảng Trị",
        "Bắc Kạn": "Thái Nguyên",
        "Nghệ An": "Nghệ An",
        "Hà Giang": "Tuyên Quang",
        "Bình Dương": "Hồ Chí Minh",
        "Bà Rịa - Vũng Tàu": "Hồ Chí Minh",
        "Thừa Thiên Huế": "Huế",
    }
    for a, b in facts.items():
        ok(f"{a} -> {b} (got {om.get(a)})", om.get(a) == b)
    # cross-check against underthesea.convert_address itself (province-only input)
    from underthesea import convert_address

    bad = []
    for k, v in OLD.items():
        got = convert_address(v["name"]).new.province
        if got != NEW[PMAP[k]]["name"] or om[nfc(OLD_NAME_OVERRIDE.get(k, v["short"]))] != nfc(
            NEW[PMAP[k]]["short"]
        ):
            bad.append((v["name"], got))
    ok(f"convert_address agrees for all 63 old provinces (mismatches: {bad})", not bad)
    print("ALL CHECKS PASSED" if all(results) else "SOME CHECKS FAILED")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
