"""Units of counted things: abbreviations expanded, lowercase ("CĐCS" -> "công đoàn cơ sở")."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def abbreviations() -> dict[str, str]:
    table: dict[str, str] = {}
    text = resources.files("nlp").joinpath("data/abbreviations.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            short, _, long = line.partition("\t")
            table[short.strip()] = long.strip()
    return table


@cache
def _abbreviation_pattern() -> re.Pattern[str]:
    names = sorted(abbreviations(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)")


def spelled_out(text: str) -> str:
    """`text` with its abbreviations written out, and nothing else changed: a query typed
    "thành lập mới CĐCS" also finds "công đoàn cơ sở".

    >>> spelled_out("Số ĐVCĐ tại các DN ngoài nhà nước")
    'Số đoàn viên công đoàn tại các doanh nghiệp ngoài nhà nước'
    """
    return _abbreviation_pattern().sub(lambda m: abbreviations()[m.group(1)], text)


def expand(phrase: str) -> str:
    """Expand known abbreviations and lowercase: "CĐCS khối hành chính" ->
    "công đoàn cơ sở khối hành chính".

    >>> expand("CBCCVC")
    'cán bộ, công chức, viên chức'
    """
    expanded = _abbreviation_pattern().sub(lambda m: abbreviations()[m.group(1)], phrase)
    return expanded.lower().strip()
