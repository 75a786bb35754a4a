"""The clean-up every text-like format gets: legacy encodings, NFC, furniture, paragraphs."""

from __future__ import annotations

import unicodedata

from .furniture import strip_furniture
from .legacy import fix_legacy
from .text import join_paragraphs, normalize


def clean_text(text: str) -> str:
    """Legacy TCVN3/VNI lines decoded (before `normalize` drops the soft hyphen, which is
    TCVN3's "ư"), NFC, furniture removed, soft-wrapped lines joined.

    >>> clean_text("B¸o c¸o t×nh h×nh\\nthùc hiÖn nhiÖm vô")
    'Báo cáo tình hình thực hiện nhiệm vụ'
    """
    text = fix_legacy(unicodedata.normalize("NFC", text))
    return join_paragraphs(strip_furniture(normalize(text).split("\n")))
