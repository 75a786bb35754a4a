"""Document-level facts from the text's head: title, kind, number, date, province, period."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_dates, find_periods
from .places import main_province
from .references import REFERENCE_ID, normalize_id

HEAD_LINES = 6
DATELINE_MAX_CHARS = 90
HEADING_MAX_CHARS = 200
_NUMBER_LINE = re.compile(r"(?im)^\s*số\s*:\s*(.+?)\s*$")
_KINDS = [
    (
        re.compile(
            r"^(nghị quyết|chỉ thị|kết luận|quyết định|quy định|nghị định|luật|bộ luật|"
            r"thông tư|án lệ)\b",
            re.IGNORECASE,
        ),
        "resolution",
    ),
    (re.compile(r"^(báo cáo)\b", re.IGNORECASE), "report"),
    (re.compile(r"^(kế hoạch|chương trình|đề án)\b", re.IGNORECASE), "plan"),
]


@dataclass(frozen=True)
class Metadata:
    title: str | None
    kind: str
    number: str | None
    issuer: str | None
    province: str | None
    date: str | None
    period: str | None


def _kind(head: list[str], file_format: str) -> str:
    for line in head:
        for pattern, kind in _KINDS:
            if pattern.match(line):
                return kind
    return "article" if file_format in ("html", "htm") else "other"


def _number(head_text: str) -> str | None:
    for match in _NUMBER_LINE.finditer(head_text):
        found = REFERENCE_ID.search(match.group(1))
        if found:
            return normalize_id(found.group(0))
    return None


def _dateline(head: list[str]) -> str | None:
    """The date of a short line in the head ("Chủ nhật - 18/06/2023 23:05",
    "Hà Nội, ngày 26 tháng 5 năm 2025"); a long line's date is something it cites."""
    for line in head:
        if len(line) <= DATELINE_MAX_CHARS:
            dates = find_dates(line)
            if dates:
                return dates[0][0]
    return None


def extract_metadata(text: str, file_format: str, given: dict[str, str | None]) -> Metadata:
    """Metadata from the text, where `given` (a sidecar or the HTML's own) does not say."""
    lines = [line for line in text.split("\n") if line.strip()]
    head = lines[:HEAD_LINES]
    first = head[0] if head else None
    title = given.get("title") or (first if first and len(first) <= 250 else None)
    # a period in a title or heading ("NHIỆM KỲ 2023-2028") is the document's; one inside a
    # long paragraph is something the paragraph talks about
    periods = find_periods("\n".join(line for line in head if len(line) <= HEADING_MAX_CHARS))
    return Metadata(
        title=title,
        kind=given.get("kind") or _kind(head, file_format),
        number=given.get("number") or _number("\n".join(lines[:30])),
        issuer=given.get("issuer"),
        province=given.get("province") or main_province(text),
        date=given.get("date") or _dateline(head),
        period=given.get("period") or (periods[0][0] if periods else None),
    )
