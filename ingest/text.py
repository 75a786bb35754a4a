"""Unicode and line clean-up shared by every reader."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# A line that ends like this closes its paragraph; anything else may be a soft wrap.
_CLOSED = re.compile(r"[.!?…:;»”\")\]]$")
# A line that starts like this starts a new item, whatever came before:
# "- Căn cứ …", "a) Người vào Đảng …", "1.2. Về trình độ học vấn", "II. NHIỆM VỤ", "+ …"
_ITEM = re.compile(
    r"^([-–+•*]\s|\(?[a-zđ]\)\s|\(?\d{1,3}(\.\d{1,3})*[.)](\s|$)|[IVXLC]{1,6}[.)]\s|Điều \d)"
)
HYPHENS = ("-", "\u2010", "\u00ad")
_ETH = str.maketrans("Ðð", "Đđ")


def normalize(text: str) -> str:
    """NFC, no invisible characters, one space between words, "\\n" line ends, and "Đ"
    for the Icelandic "Ð" that Windows-1258 keyboards type and Tesseract reads for it
    ("Ðảng", "CÐCS")."""
    text = unicodedata.normalize("NFC", text).translate(_ETH)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def glue(line: str, following: str) -> str:
    """Two lines of one paragraph as one, repairing a word hyphenated at the line end.

    Vietnamese breaks lines between syllables without a hyphen, so a hyphen there is kept
    ("Mác-Lênin", "kinh tế-xã hội"); only a foreign word split in two ("infor-mation") or a
    soft hyphen loses it.

    >>> glue("theo chủ nghĩa Mác-", "Lênin"), glue("hệ thống infor-", "mation")
    ('theo chủ nghĩa Mác-Lênin', 'hệ thống information')
    >>> glue("phát triển kinh tế -", "xã hội")
    'phát triển kinh tế - xã hội'
    """
    if line.endswith(HYPHENS) and len(line) > 1 and line[-2].isalpha():
        head = line[:-1]
        before = head.split()[-1]
        after = following.split()[0] if following.split() else ""
        split_word = before.isascii() and before.isalpha() and after[:1].islower()
        if line.endswith("\u00ad") or (split_word and after.isascii()):
            return head + following
        return line + following
    return f"{line} {following}"


def starts_item(line: str) -> bool:
    """A list item or numbered heading starts here.

    >>> starts_item("a) Người vào Đảng"), starts_item("1.2. Về trình độ"), starts_item("tín;")
    (True, True, False)
    >>> starts_item("100.000 người lao động")
    False
    """
    return _ITEM.match(line) is not None


_TIME_WORD_END = re.compile(r"(?<!\w)(?:năm|nhiệm kỳ|giai đoạn)\s*$", re.IGNORECASE)
_YEARS_ALONE = re.compile(r"^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*$")


def join_paragraphs(lines: Sequence[str], wrapped: Sequence[bool] | None = None) -> str:
    """One paragraph per line: an open line (no closing punctuation) joins the next when that
    starts lowercase, or when `wrapped` says the line was filled to the margin; a list item
    or an upper-case heading always starts anew.

    >>> join_paragraphs(["Công đoàn đã tổ chức", "nhiều hoạt động.", "", "Hai là"])
    'Công đoàn đã tổ chức nhiều hoạt động.\\nHai là'
    >>> join_paragraphs(["Ban Chấp hành", "Trung ương khoá", "XIII;"], [True, True, False])
    'Ban Chấp hành Trung ương khoá XIII;'
    >>> join_paragraphs(["1.2. Về trình độ học vấn", "a) Người vào Đảng"])
    '1.2. Về trình độ học vấn\\na) Người vào Đảng'
    >>> join_paragraphs(["SỐ ĐOÀN VIÊN THEO HUYỆN NĂM", "2023", "Đơn vị tính: người"])
    'SỐ ĐOÀN VIÊN THEO HUYỆN NĂM 2023\\nĐơn vị tính: người'
    """
    paragraphs: list[str] = []
    open_paragraph = False
    filled = False
    previous = ""
    for number, line in enumerate(lines):
        if not line:
            open_paragraph = filled = False
            continue
        # an upper-case heading neither takes the line under it nor joins the one above
        heading = (line.isupper() and " " in line) or (
            previous.isupper() and " " in previous and not line.isupper()
        )
        previous = line
        # a line filled to the margin goes on even after a ";" when the next starts small
        continues = (open_paragraph and (filled or line[0].islower())) or (
            filled and line[0].islower()
        )
        # a heading cut before its year: "… THEO HUYỆN, THÀNH PHỐ NĂM" / "2023"
        years_on = bool(paragraphs) and _TIME_WORD_END.search(paragraphs[-1]) is not None
        if years_on and _YEARS_ALONE.match(line):
            paragraphs[-1] = glue(paragraphs[-1], line)
        elif paragraphs and continues and not heading and not starts_item(line):
            paragraphs[-1] = glue(paragraphs[-1], line)
        else:
            paragraphs.append(line)
        open_paragraph = not _CLOSED.search(line)
        filled = bool(wrapped is not None and wrapped[number])
    return "\n".join(paragraphs)
