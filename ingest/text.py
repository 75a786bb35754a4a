"""Unicode and line clean-up shared by every reader."""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# A line that ends like this closes its paragraph; anything else may be a soft wrap.
_CLOSED = re.compile(r"[.!?…:;»”\")\]]$")


def normalize(text: str) -> str:
    """NFC, no invisible characters, one space between words, "\\n" line ends."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def join_paragraphs(lines: list[str]) -> str:
    """One paragraph per line: a soft-wrapped line joins the next when that starts lowercase.

    >>> join_paragraphs(["Công đoàn đã tổ chức", "nhiều hoạt động.", "", "Hai là"])
    'Công đoàn đã tổ chức nhiều hoạt động.\\nHai là'
    """
    paragraphs: list[str] = []
    open_paragraph = False
    for line in lines:
        if not line:
            open_paragraph = False
            continue
        if open_paragraph and paragraphs and line[0].islower():
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
        open_paragraph = not _CLOSED.search(line)
    return "\n".join(paragraphs)
