"""The instruments of a file that holds several: a law and the charter after it, or
Nghị quyết 57-NQ/TW followed by Kết luận 69-KL/TW and Nghị quyết 20-NQ/TW in one page.

Each is named by a short line of its own ("Kết luận số 69-KL/TW", "ĐIỀU LỆ CÔNG ĐOÀN số:
174/QĐ-TLĐ.") and runs to the next. The file's metadata describes the first; without the
others, a report citing "Kết luận 69-KL/TW" was never linked to the file that holds it.

    >>> text = ("Nghị quyết số 57-NQ/TW\\nNội dung.\\nKết luận số 69-KL/TW\\n"
    ...         "Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị về khoa học.")
    >>> [(i.kind, i.number, i.date, i.start) for i in find_instruments(text, "md")]
    [('Nghị quyết', '57-NQ/TW', None, 0), ('Kết luận', '69-KL/TW', '2024-01-11', 33)]
"""

from __future__ import annotations

import re

from .metadata import extract_metadata
from .records import Instrument
from .references import find_references, reference_key
from .sentences import split_sentences

# a line naming an instrument: its kind, its name at most, then its number ("Kết luận số
# 69-KL/TW", "Nghị quyết 20 - 2012", "*ĐIỀU LỆ CÔNG ĐOÀN số: 174/QĐ-TLĐ.")
_OPENING = re.compile(
    r"^[*#\s]*(bộ luật|luật|điều lệ|nghị quyết|kết luận|quyết định|chỉ thị|quy định|hướng dẫn"
    r"|nghị định|thông tư|chương trình hành động)(?!\w)[^.\n\d]{0,50}?(?:số\s*:?\s*)?\d",
    re.IGNORECASE,
)
OPENING_MAX_WORDS = 14
# the lines after an opening that may give its date ("Kết luận số 69-KL/TW ngày 11/01/2024")
DATE_LINES = 3
_TERMINAL = re.compile(r"[.!?;:…]$")


def _opening(line: str) -> str | None:
    """The first sentence of `line` when it names an instrument on its own: short, and a
    heading (no full stop) or in capitals; a list item ("- Nghị quyết số 02-NQ/TW …;") or a
    sentence citing one is none."""
    if not _OPENING.match(line):
        return None
    sentences = split_sentences(line)
    if not sentences:
        return None
    first = sentences[0].text
    if len(first.split()) > OPENING_MAX_WORDS:
        return None
    whole = len(sentences) == 1 and not _TERMINAL.search(first.rstrip(" *"))
    return first if whole or first.lstrip("*# ")[:4].isupper() else None


def _kind(opening: str) -> str:
    match = _OPENING.match(opening)
    assert match is not None
    return match.group(1).capitalize()


def _instrument(text: str, start: int, end: int, opening: str, file_format: str) -> Instrument:
    """One instrument from its part of the text: the number its opening line writes, else
    the one its header gives ("Số: 20-NQ/TW" under "Nghị quyết 20 - 2012"); the date its
    header or a first line citing its number gives."""
    part = text[start:end]
    meta = extract_metadata(part, file_format, {})
    named = find_references(opening)
    number = named[0].id if named else meta.number
    date = meta.date
    if date is None and number:
        head = "\n".join(part.split("\n", DATE_LINES + 1)[: DATE_LINES + 1])
        key = reference_key(number)
        date = next(
            (r.date for r in find_references(head) if r.date and reference_key(r.id) == key),
            None,
        )
    title = " ".join(opening.split()).strip(" *#.")
    if meta.title and len(meta.title) > len(title) and not meta.title.startswith(title[:12]):
        title = meta.title
    return Instrument(
        kind=_kind(opening), number=number, title=title, date=date, start=start, end=end
    )


def find_instruments(text: str, file_format: str) -> list[Instrument]:
    """The instruments of a file holding more than one, in order (the first is the one
    the file's metadata describes); none for a file of one."""
    starts: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        opening = _opening(line)
        if opening is not None:
            starts.append((offset + line.index(opening), opening))
        offset += len(line) + 1
    if len(starts) < 2:
        return []
    ends = [start for start, _ in starts[1:]] + [len(text)]
    return [
        _instrument(text, start, end, opening, file_format)
        for (start, opening), end in zip(starts, ends, strict=True)
    ]
