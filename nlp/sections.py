"""Where a line stands in a document's outline, and whether that part states goals.

Reports and resolutions put results and goals in different parts: "I. KẾT QUẢ THỰC HIỆN …"
then "II. PHƯƠNG HƯỚNG, MỤC TIÊU …"; a resolution's "II- MỤC TIÊU / 1. Đến năm 2030" is
followed by paragraphs of targets with no cue word of their own ("Việt Nam thuộc nhóm 3
nước dẫn đầu Đông Nam Á"). A list opened by "Các chỉ tiêu chủ yếu:" makes its items targets.

    >>> outline = Outline()
    >>> [outline.see(line) for line in ["II- MỤC TIÊU", "1. Đến năm 2030", "- Việt Nam …",
    ...                                 "III. KẾT QUẢ", "Năm 2024 …"]]
    ['target', 'target', 'target', 'achievement', 'achievement']
"""

from __future__ import annotations

import re

from .figures import cues

_TOP = re.compile(r"^\s*(?:[IVX]{1,4}\s*[.\-–):]|PHẦN\s|Phần thứ\s|Chương\s+[IVX\d])")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\\?[.)]|[a-zđ]\))\s*\S")
# an article of a resolution or law: "Điều 2. Đại hội đã bầu …" ends the parts of "Điều 1"
_ARTICLE = re.compile(r"^\s*Điều\s+\d{1,3}\s*[.:]")
_LIST_ITEM = re.compile(r"^\s*(?:\\?[-–+•*]|[a-zđ]\)|\d{1,2}[.)]\s)")


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)


def _is_short(line: str) -> bool:
    return len(line.split()) <= 14 and not line.rstrip().endswith((".", ";", ","))


def section_kind(line: str) -> str | None:
    """What a heading announces: "achievement" (kết quả, tình hình), "target" (mục tiêu,
    phương hướng, đến năm 20xx), or None."""
    if any(p.search(line) for p in cues().section_results):
        return "achievement"
    if any(p.search(line) for p in cues().section_targets):
        return "target"
    return None


def opens_target_list(line: str) -> bool:
    """ "Các chỉ tiêu chủ yếu:" or a short "MỤC TIÊU CỤ THỂ" opens a list of targets."""
    stripped = line.strip()
    if not cues().list_openers.search(stripped):
        return False
    return stripped.endswith(":") or _is_short(stripped)


def is_top_heading(line: str) -> bool:
    """A heading of the outline's top level: "II. KẾT QUẢ …", "PHẦN THỨ HAI", a short line
    in capitals."""
    stripped = line.strip()
    return _is_short(stripped) and bool(_TOP.match(stripped) or _is_caps(stripped))


def is_sub_heading(line: str) -> bool:
    """A short numbered line: "1. Công tác chăm lo Tết Nguyên đán Ất Tỵ 2025", "a) Về tổ
    chức"."""
    stripped = line.strip()
    return _is_short(stripped) and bool(_NUMBERED.match(stripped))


class Outline:
    """Follows headings line by line; `see(line)` returns the kind the line's context gives
    its figures ("target", "achievement" or None)."""

    def __init__(self, default: str | None = None) -> None:
        self.default = default
        self.top: str | None = default
        self.sub: str | None = None
        self.list: str | None = None

    def see(self, line: str) -> str | None:
        stripped = line.strip()
        if stripped:
            if _ARTICLE.match(stripped):
                # the kinds of the article before end: "Điều 2. Đại hội đã bầu …" after a
                # list of targets; a short article heading may state its own
                named = section_kind(stripped) if _is_short(stripped) else None
                self.top, self.sub, self.list = named or self.default, None, None
            elif is_top_heading(stripped):
                self.top, self.sub, self.list = section_kind(stripped) or self.top, None, None
            elif is_sub_heading(stripped):
                self.sub, self.list = section_kind(stripped), None
            elif not _LIST_ITEM.match(stripped):
                self.list = None
        kind = self.list or self.sub or self.top
        # "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024" reports results: its "nhiệm vụ" opens no
        # list of goals
        if stripped and opens_target_list(stripped) and section_kind(stripped) != "achievement":
            self.list = "target"  # for the lines after this one
        return kind
