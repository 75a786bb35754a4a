"""Remove the furniture of scraped web pages (counters, captions, comment boxes).

The rules live in `data/furniture.txt` so that a new site's furniture is a data change.
Repeated lines are dropped too: scraped articles repeat their title and photo captions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

MIN_REPEAT_CHARS = 20


@dataclass(frozen=True)
class FurnitureRules:
    drop: tuple[re.Pattern[str], ...]
    end: tuple[re.Pattern[str], ...]


@cache
def load_rules() -> FurnitureRules:
    drop: list[re.Pattern[str]] = []
    end: list[re.Pattern[str]] = []
    text = resources.files("ingest").joinpath("data/furniture.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        verb, _, pattern = line.partition(" ")
        target = {"drop": drop, "end": end}.get(verb)
        if target is None:
            raise ValueError(f"furniture.txt: unknown rule {verb!r} in {line!r}")
        target.append(re.compile(pattern.strip(), re.IGNORECASE))
    return FurnitureRules(tuple(drop), tuple(end))


def strip_furniture(lines: list[str]) -> list[str]:
    """Keep the article's own lines, stripped, in order; drop furniture and repeats.

    >>> title = "Giải pháp tạo chuyển biến tích cực"
    >>> strip_furniture([title, "Đang truy cập75", title, "Nội dung."])
    ['Giải pháp tạo chuyển biến tích cực', 'Nội dung.']
    """
    rules = load_rules()
    stripped = [line.strip() for line in lines]
    half = len(stripped) // 2
    kept: list[str] = []
    seen: set[str] = set()
    for number, line in enumerate(stripped):
        if not line:
            kept.append("")
            continue
        if number >= half and any(p.match(line) for p in rules.end):
            break
        if any(p.match(line) for p in rules.drop):
            continue
        if len(line) >= MIN_REPEAT_CHARS and line in seen:
            continue
        seen.add(line)
        kept.append(line)
    return kept
