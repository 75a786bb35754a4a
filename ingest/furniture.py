"""Remove the furniture of scraped web pages (counters, captions, comment boxes).

The rules live in `data/furniture.txt` so that a new site's furniture is a data change.
Repeated lines are dropped too: scraped articles repeat their title and photo captions.
"""

from __future__ import annotations

import re
from collections import Counter
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


def is_furniture(line: str) -> bool:
    """A line a `drop` rule names (a visit counter, a lone rule "-----", a bare link)."""
    return any(p.match(line) for p in load_rules().drop)


# --- running headers, footers and page numbers of paginated documents ----------------------

EDGE_LINES = 2
RUNNING_MAX_CHARS = 100  # a running header or footer is short; body lines are not furniture
_PAGE_NUMBER = re.compile(
    r"^[-–—\s(]*(trang|page)?\s*\d{1,4}(\s*(/|trên|of)\s*\d{1,4})?[-–—\s)]*$", re.IGNORECASE
)
_DIGITS = re.compile(r"\d+")


SHORT_LINE = 40


def _shape(line: str) -> str:
    """A short line with its numbers blanked, so "Trang 3/35" and "Trang 4/35" are one
    shape; a longer one as it is (its numbers are content)."""
    line = line.strip().lower()
    return _DIGITS.sub("#", line) if len(line) <= SHORT_LINE else line


def _filled(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip()]


def _edges(lines: list[str]) -> list[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def page_furniture(pages: list[list[str]]) -> list[list[bool]]:
    """For each line of each page, whether it is furniture: a bare page number ("2",
    "- 3 -", "Trang 4/35") among a page's first or last lines, or a running header or
    footer, a line that recurs there on at least half the pages (and three), or the very
    first or last line of both pages of a two-page document.

    >>> header = "LĐLĐ TỈNH QUẢNG BÌNH - Báo cáo số 45/BC-LĐLĐ"
    >>> page_furniture([[header, "Đoạn một."], [header, "Đoạn hai."]])
    [[True, False], [True, False]]

    >>> pages = [["QUY ĐỊNH", "Nội dung."], ["2", "Đoạn hai."], ["Đoạn ba.", "Trang 3"]]
    >>> page_furniture(pages)
    [[False, False], [True, False], [False, True]]
    """
    shapes: Counter[str] = Counter()
    for lines in pages:
        shapes.update({_shape(lines[i]) for i in _edges(lines)})
    enough = max(3, (len(pages) + 1) // 2)
    running = {shape for shape, count in shapes.items() if count >= enough}
    if len(pages) == 2:
        # most reports and notices have two pages, where "three" can never be met: a line
        # at the very top, or the very bottom, of both is a running header or footer
        # ("LĐLĐ TỈNH QUẢNG BÌNH - Báo cáo số 45/BC-LĐLĐ" had been glued to each page's
        # first paragraph and kept a table from joining across the break)
        for end in (0, -1):
            edge = [_shape(filled[end]) for filled in map(_filled, pages) if filled]
            if len(edge) == 2 and edge[0] == edge[1]:
                running.add(edge[0])
    masks = []
    for lines in pages:
        mask = [False] * len(lines)
        for i in _edges(lines):
            line = lines[i]
            running_line = len(line) <= RUNNING_MAX_CHARS and _shape(line) in running
            mask[i] = bool(_PAGE_NUMBER.match(line)) or running_line
        masks.append(mask)
    return masks
