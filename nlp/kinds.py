"""Document kinds as users name them, in English (the contract's) or Vietnamese.

>>> kind_named("Nghị quyết"), kind_named("bài báo"), kind_named("Report"), kind_named("x")
('resolution', 'article', 'report', None)
"""

from __future__ import annotations

from typing import get_args

from .records import DocumentKind
from .text import fold_tones

KINDS: tuple[str, ...] = get_args(DocumentKind)
_KIND_WORDS = {
    "nghị quyết": "resolution",
    "báo cáo": "report",
    "bài báo": "article",
    "bài viết": "article",
    "tin": "article",
    "kế hoạch": "plan",
    "chương trình": "plan",
    "khác": "other",
}


def kind_named(typed: str) -> str | None:
    """The contract's kind `typed` names, in any case or tone placement; None if none."""
    key = " ".join(fold_tones(typed).casefold().split())
    return key if key in KINDS else _KIND_WORDS.get(key)
