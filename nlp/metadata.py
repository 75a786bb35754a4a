"""Document-level facts from the text's head: title, kind, number, issuer, date, province,
period.

Vietnamese administrative and Party documents open with a fixed layout (Nghị định
30/2020/NĐ-CP on document form):

    BAN CHẤP HÀNH TRUNG ƯƠNG              ĐẢNG CỘNG SẢN VIỆT NAM        <- issuer | motto
    Số 294-QĐ/TW                          Hà Nội, ngày 26 tháng 5 năm 2025   <- number | date
                               QUY ĐỊNH                                  <- kind heading
                       THI HÀNH ĐIỀU LỆ ĐẢNG                             <- title, continued

An Án lệ opens with "ÁN LỆ SỐ 43/2021/AL", its subject ("Về …"), and "Được Hội đồng Thẩm
phán Tòa án nhân dân tối cao thông qua … và được công bố theo Quyết định … ngày …".
Web articles have none of this: their first line is the title, and what the text does not
say comes from a sidecar (`given`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .dates import _iso, find_dates, find_periods
from .figures import holds_blank
from .given import checked
from .organisations import find_organisations
from .places import central_cities, find_provinces, main_province
from .references import REFERENCE_ID, normalize_id

HEAD_LINES = 6
HEADING_LINES = 12  # the kind heading and the issuer block sit within these
NUMBER_LINES = 30
DATELINE_MAX_CHARS = 90
HEADING_MAX_CHARS = 200
TITLE_MAX_CHARS = 250
# a first line longer than this that holds sentences is cut at its first ("LUẬT CÔNG ĐOÀN
# số: 12/2012/QH13. Luật công đoàn đã được Quốc hội … thông qua …")
TITLE_SENTENCES_FROM = 120

_BARE_HEADING = re.compile(r"[^\W\d_]+( [^\W\d_]+)?", re.IGNORECASE)  # "NGHỊ QUYẾT"
_NOT_SUBJECT = re.compile(r"(căn cứ|kính gửi|thực hiện|[-–+•*]|\d|[IVX]+\.)", re.IGNORECASE)
_TITLE_NUMBER = re.compile(
    r"^(nghị quyết|quyết định|quy định|chỉ thị|kết luận|hướng dẫn|kế hoạch|báo cáo|"
    r"thông tư|nghị định|luật|bộ luật)\b.{0,60}?\bsố\s*:?\s*",
    re.IGNORECASE,
)
_KIND_WORD = re.compile(
    r"(?<!\w)(?:nghị quyết|quyết định|quy định|chỉ thị|kết luận|hướng dẫn|kế hoạch|"
    r"thông tư|nghị định|luật|chương trình|công văn)(?!\w)",
    re.IGNORECASE,
)
_NUMBER_LINE = re.compile(r"^\s*số\s*:?\s*(.+?)\s*$", re.IGNORECASE)
# the number after the motto on one line, as OCR reads a head's two columns across
_NUMBER_AFTER_MOTTO = re.compile(r"h[ạa]nh ph[úu]c\s+số\s*:?\s*(.+?)\s*$", re.IGNORECASE)
# what stands before the paper's own number on its line: "Số:" opening it, or after the motto
_OWN_NUMBER_BEFORE = re.compile(
    r"^\s*(?:Số|SỐ)\s*:?\s*$|[Hh][ạa]nh [Pp]h[úu]c\s+(?:Số|SỐ)\s*:?\s*$"
)


def prints_own_number(line_before: str) -> bool:
    """Whether the start of a line, up to a number, is where a paper prints its own number
    ("Số: 87/KH-LĐLĐ"; "… Độc lập - Tự do - Hạnh phúc Số: 58/BC-CĐVC" as OCR reads a head
    across its columns), so that the number is no citation."""
    return _OWN_NUMBER_BEFORE.search(line_before) is not None


_PRECEDENT_NUMBER = re.compile(r"án lệ số\s*(\d{1,4}/\d{4}/AL)", re.IGNORECASE)
_KINDS = [
    (
        re.compile(
            r"^(nghị quyết|chỉ thị|kết luận|quyết định|quy định|nghị định|luật|bộ luật|"
            r"thông tư|án lệ|quy chế)\b",
            re.IGNORECASE,
        ),
        "resolution",
    ),
    (re.compile(r"^(báo cáo)\b", re.IGNORECASE), "report"),
    (re.compile(r"^(kế hoạch|chương trình|đề án|dự toán)\b", re.IGNORECASE), "plan"),
    (re.compile(r"^(hướng dẫn|thông báo|công văn|tờ trình|thông tri)\b", re.IGNORECASE), "other"),
]
# "Hà Nội, ngày 26 tháng 5 năm 2025", "Nghệ An, ngày 05 tháng 01 năm 2024"
_DATELINE = re.compile(
    r"[^\W\d_][\w .]*,\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})",
    re.IGNORECASE,
)
# an Án lệ is dated by its publication: "được công bố theo Quyết định số 42/QĐ-CA ngày 12
# tháng 3 năm 2021"
_PUBLISHED = re.compile(
    r"công bố theo .{0,80}?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})",
    re.IGNORECASE,
)
# a law states its own adoption: "Luật công đoàn đã được Quốc hội … thông qua ngày 20 tháng 6
# năm 2012"; the date itself is read by `find_dates` at the match's end
_ADOPTED = re.compile(r"được [^.;]{3,160}?thông qua\s+(?:vào\s+)?(?=ngày)", re.IGNORECASE)
# a head that dates the document in brackets after its number: "Nghị quyết số 57-NQ/TW (ngày
# 22/12/2024) của Bộ Chính trị"
_DATED_BRACKET = re.compile(r"\(\s*(?=ngày)", re.IGNORECASE)
_DAY_WORD = re.compile(r"(ngày\s*:?\s*)?", re.IGNORECASE)
# a line that opens by citing another document: its dates and years are that document's. An
# appendix's "(Kèm theo Quyết định số 757/2003/QĐ-BTC ngày 08/04/2003 …)" is not one: the
# appendix is part of that decision and has its date
_CITING = re.compile(r"^(căn cứ|thực hiện|triển khai)\b", re.IGNORECASE)
# a year right after a document's name names that document: "Hiến pháp … năm 1992", "Bộ luật
# Lao động Việt Nam năm 2019", "Luật Công đoàn năm 2012"
NAMED_BEFORE = re.compile(
    r"\b(hiến pháp|bộ luật|luật|pháp lệnh|nghị quyết|nghị định|quyết định|chỉ thị|kết luận|"
    r"thông tư|điều lệ)\b[^,;()\d]{0,80}$",
    re.IGNORECASE,
)
# the number of a body of the whole country: a law ("12/2012/QH13"), a Party central document
# ("57-NQ/TW"), an Án lệ ("43/2021/AL"), the Government's or the Prime Minister's ("03/NQ-CP",
# "15/QĐ-TTg"), the Standing Committee's ("35/NQ-UBTVQH15"), the Tổng Liên đoàn's
# ("1234/QĐ-TLĐ"), a minister's circular ("10/2020/TT-BLĐTBXH")
_NATIONAL_NUMBER = re.compile(
    r"(/QH\d*|/TW|/AL|[-/]CP|[-/]TTg|[-/]UBTVQH\d*|[-/]TLĐ|/TT-B\w+|/TTLT-B[\w-]+)$"
)
# a table over the country's provinces (the GSO workbooks name 33 to 64) is about none of them
NATIONAL_PROVINCES = 20
# the national and the Party motto: removed where whole (`_MOTTOS`), and a line that starts
# like one is no title, also when a line break cut it ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT")
_REPUBLIC = r"cộng h(?:òa|oà) xã hội chủ nghĩa"
_PARTY = r"đảng cộng sản việt nam"
_INDEPENDENCE = r"độc lập\s*[-–]"
_MOTTOS = re.compile(
    rf"{_REPUBLIC} việt nam|{_PARTY}|{_INDEPENDENCE}\s*tự do\s*[-–]\s*hạnh phúc", re.IGNORECASE
)
_MOTTO_START = re.compile(rf"{_REPUBLIC}|{_PARTY}|{_INDEPENDENCE}", re.IGNORECASE)
_APPROVED_BY = re.compile(r"được (.{5,120}?) thông qua", re.IGNORECASE)
_PLACE_UNIT = r"(tỉnh|thành phố|tp\.?)"
_LOCAL_UNIT = r"(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|thị trấn|xã|phường|ấp|thôn|bản)"
# issuers as they are usually written, most specific first; matched on the lowercased line
_ISSUERS: list[tuple[re.Pattern[str], Callable[[re.Match[str], str], str]]] = [
    (
        re.compile(r"hội đồng thẩm phán t(?:òa|oà) án nhân dân tối cao"),
        lambda m, line: "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
    ),
    (
        re.compile(r"^(?:ban chấp hành )?(?:tổng liên đoàn lao động|tổng lđlđ) việt nam$"),
        lambda m, line: "Tổng Liên đoàn Lao động Việt Nam",
    ),
    (
        re.compile(rf"(?:liên đoàn lao động|lđlđ) {_PLACE_UNIT} (.+)$"),
        lambda m, line: f"LĐLĐ {_unit(m.group(1))} {_title_case_place(m.group(2))}",
    ),
    (re.compile(r"ban chấp hành trung ương"), lambda m, line: "Ban Chấp hành Trung ương"),
    (re.compile(r"^bộ chính trị$"), lambda m, line: "Bộ Chính trị"),
    (
        re.compile(r"^t(?:òa|oà) án nhân dân tối cao$"),
        lambda m, line: "Tòa án nhân dân tối cao",
    ),
    (re.compile(r"^ban bí thư$"), lambda m, line: "Ban Bí thư"),
    (re.compile(r"^thủ tướng chính phủ$"), lambda m, line: "Thủ tướng Chính phủ"),
    (re.compile(r"^chính phủ$"), lambda m, line: "Chính phủ"),
    # "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 3"
    (re.compile(r"^quốc hội(?:$| nước | kh(?:óa|oá) )"), lambda m, line: "Quốc hội"),
    (
        re.compile(rf"^(?:ủy|uỷ) ban nhân dân {_PLACE_UNIT} (.+)$"),
        lambda m, line: f"UBND {_unit(m.group(1))} {_title_case_place(m.group(2))}",
    ),
    (
        re.compile(r"^(tỉnh|thành) (?:ủy|uỷ) (.+)$"),
        lambda m, line: f"{m.group(1).capitalize()} ủy {_title_case_place(m.group(2))}",
    ),
    (re.compile(r"^công đoàn "), lambda m, line: _organisation_case(line)),
    (re.compile(r"^bộ (.+)$"), lambda m, line: f"Bộ {m.group(1).capitalize()}"),
]
_ORGANISATION_WORDS = re.compile(
    r"^(ban|bộ|ủy ban|uỷ ban|hội đồng|liên đoàn|lđlđ|công đoàn|đảng bộ|đảng ủy|đảng uỷ|"
    r"tỉnh ủy|tỉnh uỷ|thành ủy|chi bộ|sở|văn phòng|tòa án|toà án|viện)\b"
)


# bodies of the whole country: "Hồ Chí Minh" in their text is Đoàn TNCS Hồ Chí Minh or tư
# tưởng Hồ Chí Minh, not the city; "Hà Nội" is where they sit ("Hà Nội, ngày …"); and the
# city an Án lệ's case was tried in is not the precedent's province
CENTRAL = frozenset(
    {
        "Ban Chấp hành Trung ương",
        "Bộ Chính trị",
        "Ban Bí thư",
        "Chính phủ",
        "Thủ tướng Chính phủ",
        "Quốc hội",
        "Tổng Liên đoàn Lao động Việt Nam",
        "Tòa án nhân dân tối cao",
        "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
    }
)
# "Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 57-NQ/TW …"
_SIGNED_FOR = re.compile(r"(?:^|\s)(?:thay mặt|t/m)\s+([^,;:]{3,60}?)\s*[,;:]", re.IGNORECASE)
_PLACE_WORD = re.compile(r"(?<!\w)(tỉnh|thành phố|tp\.?|huyện|quận|thị xã)(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Metadata:
    title: str | None
    kind: str
    number: str | None
    issuer: str | None
    province: str | None
    date: str | None
    period: str | None


# a document that states rules or decides a case: its numbers are thresholds and case facts
# ("khi có từ 05 đoàn viên", "đóng bằng 2% quỹ tiền lương", "vay 8.000.000.000 đồng"), not a
# union's results or targets
_RULES_TITLE = re.compile(
    r"^\s*(?:luật|bộ luật|điều lệ|quy định|quy chế|hướng dẫn|án lệ|thỏa ước|thoả ước)(?!\w)"
    # a decision that only issues rules: "QUYẾT ĐỊNH Về việc ban hành Quy chế xét hỗ trợ …"
    r"|^\s*quyết định\s+(?:về việc\s+)?ban hành\s+(?:quy chế|quy định|điều lệ)(?!\w)",
    re.IGNORECASE,
)
_RULES_NUMBER = re.compile(r"(?:/QH\d*|/AL)$")


def states_rules(meta: Metadata) -> bool:
    """Whether a document is a law, charter, regulation, guidance, precedent or agreement.

    >>> states_rules(Metadata("LUẬT CÔNG ĐOÀN", "resolution", "12/2012/QH13", *[None] * 4))
    True
    >>> states_rules(Metadata("Nghị quyết số 57-NQ/TW", "resolution", "57-NQ/TW", *[None] * 4))
    False
    """
    by_title = meta.title is not None and _RULES_TITLE.match(meta.title) is not None
    return by_title or (meta.number is not None and _RULES_NUMBER.search(meta.number) is not None)


# a form leaves its own company, dates and signers blank line after line ("CĐCS CÔNG TY
# TNHH ……", "ngày 04 tháng……năm 2026", "CHỦ TỊCH ……"): a fifth to a third of the lines of
# the model forms and dossiers read, a ninth of a guidance with forms annexed, none of a
# report, plan or resolution. A report with a form annexed stays under a seventh and loses
# only the form's lines (nlp.analyze)
FORM_BLANK_SHARE = 1 / 7
FORM_BLANK_LINES = 3


def is_form(text: str) -> bool:
    """Whether a document is a form or a dossier of model forms, whose numbers are examples
    ("Số lượng người lao động: 65 người") or blanks, not a union's results.

    >>> form = ["CĐCS CÔNG TY TNHH ……", "Số lao động: 65 người", "ngày … tháng ….. năm 2026",
    ...         "CHỦ TỊCH", "……………………"]
    >>> is_form("\\n".join(form)), is_form("Đã kết nạp 120 đoàn viên, giúp vùng bão, lũ...")
    (True, False)
    """
    lines = [line for line in text.split("\n") if line.strip()]
    blanks = sum(1 for line in lines if holds_blank(line))
    return blanks >= FORM_BLANK_LINES and blanks >= FORM_BLANK_SHARE * len(lines)


def _kind_of(line: str) -> str | None:
    for pattern, kind in _KINDS:
        if pattern.match(line):
            return kind
    return None


def _heading(lines: list[str]) -> int | None:
    """The index of the kind heading: a short upper-case line opening with a document type
    ("QUY ĐỊNH", "NGHỊ QUYẾT", "ÁN LỆ SỐ 43/2021/AL")."""
    for index, line in enumerate(lines[:HEADING_LINES]):
        # in capitals, or a kind's name alone in small letters ("Kế hoạch", typed in a
        # legacy font without capitals)
        alone = _BARE_HEADING.fullmatch(line) is not None
        if (line.isupper() or alone) and len(line) <= HEADING_MAX_CHARS and _kind_of(line):
            return index
    return None


def _kind(
    head: list[str], heading: int | None, lines: list[str], file_format: str, title: str | None
) -> str:
    if heading is not None:
        return _kind_of(lines[heading]) or "other"
    if head and _ANNEX_LABEL.fullmatch(head[0]):
        # an annex is of the kind of the paper it is attached to: "PHỤ LỤC I" / … /
        # "(Kèm theo Chương trình hành động tại Nghị quyết số …)" is a plan's
        for line in head[1:]:
            annexed = _ANNEXED_OF.match(line)
            if annexed:
                return _kind_of(annexed.group(1)) or "other"
    # the title says it ("LUẬT CÔNG ĐOÀN", "Báo cáo kết quả …"), not a paragraph ("Báo cáo
    # tại hội nghị cho biết, …", "Chương trình “Tết Sum vầy” năm 2025 đã trao …")
    kind = _kind_of(title) if title else None
    if kind and kind != "other":
        return kind
    news = any(_NEWS_DATELINE.search(line) or _NEWS_CREDIT.match(line) for line in head)
    return "article" if file_format in ("html", "htm") or news else "other"


# a news item's marks: its dateline "Thứ Hai, 26/01/2026 - 07:30", its credit "(LĐ) - …"
_NEWS_DATELINE = re.compile(
    r"^(?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật),?\s+\d{1,2}/\d{1,2}/\d{4}", re.IGNORECASE
)
_NEWS_CREDIT = re.compile(r"^\([^()]{2,40}\)\s*[-–—]\s*\S")


_BREADCRUMB = re.compile(r"^(?:Trang chủ|Home|Trang nhất)\s*[>»›/|]", re.IGNORECASE)


def _menu_end(lines: list[str]) -> int:
    """Where a scraped web page's text starts after its menu: the line after a breadcrumb
    ("Trang chủ > Tin tức - Sự kiện > Hoạt động công đoàn") near the top, else 0.

    >>> _menu_end(["LĐLĐ TỈNH HÀ TĨNH", "Tin tức", "Trang chủ > Tin tức", "Đại hội …"])
    3
    """
    found = (i for i, line in enumerate(lines[:HEADING_LINES]) if _BREADCRUMB.match(line))
    at = next(found, None)
    return at + 1 if at is not None and at + 1 < len(lines) else 0


def _title(lines: list[str], heading: int | None) -> str | None:
    """The heading with the upper-case lines under it, or its "Về …" subject line:
    "QUY ĐỊNH THI HÀNH ĐIỀU LỆ ĐẢNG"; else the first line, as web articles have it."""
    if heading is None:
        regarding = next((line for line in lines[:HEADING_LINES] if line.startswith("V/v")), None)
        if regarding and len(regarding) <= TITLE_MAX_CHARS:
            return regarding.rstrip(".")  # a letter's subject: "V/v tổ chức các hoạt động …"
        at = next((i for i, line in enumerate(lines[:HEADING_LINES]) if _reads_as_title(line)), 0)
        first = lines[at] if lines else None
        if first and len(first) > TITLE_SENTENCES_FROM:
            first = _first_sentence(first)
        # a kicker and its headline: "ĐẠI HỘI … NHIỆM KỲ 2023-2028:" / "Xây dựng …"; an
        # annex's label and its name: "PHỤ LỤC I" / "DANH MỤC CÁC CHỈ TIÊU CỤ THỂ"
        after = lines[at + 1] if first and at + 1 < len(lines) else ""
        # … and a short title in capitals and its subject under it: "ĐỀ CƯƠNG TUYÊN TRUYỀN"
        # / "Kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2026)"
        subject_under = (
            first is not None
            and _SHORT_HEADING.fullmatch(first) is not None
            and first.isupper()
            and not after.isupper()
            and len(after) <= SUBJECT_MAX_CHARS
            and not after.rstrip().endswith((".", ":", ";"))
            and not _SECTION_LABEL.match(after)
            and _is_subject(after)
        )
        joins = first and (first.endswith(":") or _ANNEX_LABEL.fullmatch(first) or subject_under)
        if joins and _reads_as_title(after) and len(first) + len(after) < TITLE_MAX_CHARS:
            first = f"{first} {after}"
        numbered = _OWN_NUMBER_AFTER.search(first) if first else None
        if numbered and len(first[: numbered.start()].split()) >= 3:
            first = first[: numbered.start()]  # "LUẬT CÔNG ĐOÀN số: 12/2012/QH13"
        if first and first.endswith(".") and not first.endswith(".."):
            first = first[:-1]  # "V/v: Đề nghị … năm 2026."
        return first if first and len(first) <= TITLE_MAX_CHARS else None
    parts = [re.sub(r"(/AL)\d+$", r"\1", lines[heading])]  # "AL1": a footnote mark
    # a heading that only names the kind ("NGHỊ QUYẾT", "BÁO CÁO THAM LUẬN", "CHƯƠNG TRÌNH
    # HÀNH ĐỘNG") has its subject on the line under it
    bare = _SHORT_HEADING.fullmatch(lines[heading]) is not None
    for line in lines[heading + 1 : heading + 4]:
        if _SECTION_LABEL.match(line):
            break  # "A- TÌNH HÌNH VÀ NGUYÊN NHÂN" opens the body
        if line.isupper() and len(line) <= HEADING_MAX_CHARS and not _kind_of(line):
            parts.append(line)
            continue
        # the subject under a bare heading: "NGHỊ QUYẾT" / "Ban hành Chương trình …"
        subject = line.startswith(("Về ", "về ", "V/v")) or (bare and len(parts) == 1)
        if subject and len(line) <= TITLE_MAX_CHARS and _is_subject(line):
            parts.append(line)
        break
    return " ".join(parts)


SUBJECT_MAX_CHARS = 160
_SHORT_HEADING = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,3}")


def _is_subject(line: str) -> bool:
    """Whether a line under a heading is its subject, not the body's first paragraph: not
    "Căn cứ …", "Kính gửi", a list item; "Thực hiện …" only as a title, with no stop after
    it ("Thực hiện nhiệm vụ công tác công đoàn năm 2026", not "Thực hiện Kế hoạch số …,
    Ban Thường vụ … báo cáo kết quả như sau:")."""
    if line.lower().startswith("thực hiện"):
        ends = line.rstrip().endswith((".", ":", ";", ","))
        return not ends and len(line) <= SUBJECT_MAX_CHARS
    return not _NOT_SUBJECT.match(line)


_OWN_NUMBER_AFTER = re.compile(r"\s+số\s*:?\s*\S*\d\S*$", re.IGNORECASE)
# a part's or section's label: "A- ", "I. ", "II- ", "PHẦN I", "Chương I"
_SECTION_LABEL = re.compile(r"^\*?(?:[A-E]|[IVX]{1,4})\s*[-.–)]\s|^(?:PHẦN|Phần|Chương)\s")
_ANNEX_LABEL = re.compile(r"(?:PHỤ LỤC|Phụ lục)\s+(?:[IVXLC]+|\d+)\.?")


def _first_sentence(line: str) -> str:
    """A first line that runs on past its title: the title's sentence alone. A full stop
    ends it before a capital, after a word of three characters or a number, so "TP. Hồ Chí
    Minh" is not cut.

    >>> _first_sentence("LUẬT CÔNG ĐOÀN số: 12/2012/QH13. Luật đã được Quốc hội thông qua.")
    'LUẬT CÔNG ĐOÀN số: 12/2012/QH13'
    >>> _first_sentence("Công đoàn TP. Hồ Chí Minh chăm lo Tết. Nhiều hoạt động")
    'Công đoàn TP. Hồ Chí Minh chăm lo Tết'
    """
    for end in re.finditer(r"\.\s+(?=\w)", line):
        words = line[: end.start()].split()
        last = words[-1] if words else ""
        long_enough = len(last) >= 3 or any(c.isdigit() for c in last)
        if len(words) >= 3 and long_enough and line[end.end()].isupper():
            return line[: end.start()]
    return line


_BLANK = re.compile(r"[.…_]{3,}")  # a form's space to fill in: "CÔNG TY TNHH ……"
_FORM_NUMBER = re.compile(r"(?:mẫu số|biểu số|mẫu)\s*:?\s*\S*\d", re.IGNORECASE)


# a colon inside a line with words after it: a headline's, never in an issuer's name
_HEADLINE_COLON = re.compile(r"[^\W\d]:\s+\S")


def _reads_as_title(line: str) -> bool:
    """Whether a head line can be a document's title: not a sheet's number or a lone word
    ("1", "Cuối"), a table row, the motto, a form's number ("Mẫu số 06/CKTC-NSNN") or blank
    ("Số ĐT:………"), or an issuer's name in capitals ("BỘ TÀI CHÍNH", "LIÊN ĐOÀN LAO ĐỘNG
    TỈNH TÂY NINH").

    >>> [_reads_as_title(t) for t in ("1", "BỘ TÀI CHÍNH", "DỰ TOÁN THU, CHI NGÂN SÁCH NĂM 2003")]
    [False, False, True]
    """
    words = [word for word in line.split() if any(c.isalpha() for c in word)]
    if len(words) < 3 or "|" in line or _FORM_NUMBER.match(line) or _BLANK.search(line):
        return False
    if _MOTTO_START.match(line.strip(" -–_*")):
        return False
    if line.isupper() and _HEADLINE_COLON.search(line):
        return True  # "CÔNG ĐOÀN QUẢNG BÌNH: NĂM 2023 NHÌN LẠI": a headline names a body first
    if line.isupper() and len(words) <= 8 and _DEPARTMENT.match(line.lower()):
        return False  # "BAN TỔ CHỨC", the department of the body above it
    if line.isupper() and len(words) <= 8 and _ORGANISATION_WORDS.match(line.lower()):
        return False  # "LIÊN ĐOÀN LAO ĐỘNG", its place wrapped onto the next line
    return not (line.isupper() and len(words) <= 8 and _canonical_issuer(line)) and not (
        _only_an_issuer(line)
    )


def _only_an_issuer(line: str) -> bool:
    """A line that is a body's name and nothing else, as a web page's masthead gives it
    ("Liên đoàn Lao động tỉnh Quảng Trị"), in any case.

    >>> _only_an_issuer("Liên đoàn Lao động tỉnh Quảng Trị")
    True
    >>> _only_an_issuer("Công đoàn Viên chức tỉnh chăm lo Tết cho đoàn viên")
    False
    """
    lowered = " ".join(line.lower().split()).strip(" .:")
    for pattern, _ in _ISSUERS:
        match = pattern.search(lowered)
        if match:
            return match.span() == (0, len(lowered))
    return False


def _number(lines: list[str]) -> str | None:
    for line in lines[:3]:  # "Nghị quyết số 57-NQ/TW", "LUẬT CÔNG ĐOÀN số: 12/2012/QH13"
        match = _TITLE_NUMBER.match(line)
        if match and _KIND_WORD.search(line, match.end(1), match.end()):
            # "BÁO CÁO kết quả thực hiện Kết luận số 69-KL/TW": the number of what it cites
            match = None
        found = REFERENCE_ID.match(line, match.end()) if match else None
        if found:
            return normalize_id(found.group(0))
    for line in lines[:NUMBER_LINES]:
        precedent = _PRECEDENT_NUMBER.search(line)
        if precedent:
            return precedent.group(1)
        match = _NUMBER_LINE.match(line) or _NUMBER_AFTER_MOTTO.search(line)
        if match:
            found = REFERENCE_ID.match(match.group(1))
            if found:
                return normalize_id(found.group(0))
    return None


def _date(lines: list[str], head: list[str], number: str | None) -> str | None:
    """The publication of an Án lệ, a dateline ("Hà Nội, ngày 26 tháng 5 năm 2025"), a law's
    adoption, a date in brackets after the document's number, or the date of a short line in
    the head ("Chủ nhật - 18/06/2023 23:05"); a long line's date is something it cites."""
    own = [line for line in lines[:HEADING_LINES] if not _CITING.match(line)]
    # "Căn cứ Quyết định số 757/2003/QĐ-BTC, ngày 08 tháng 4 năm 2003" reads as a dateline
    for text, pattern in (
        ("\n".join(lines[:HEADING_LINES]), _PUBLISHED),
        ("\n".join(own), _DATELINE),
    ):
        match = pattern.search(text)
        if match:
            iso = _iso(*match.groups())
            if iso:
                return iso
    for line in own:
        iso = _adopted(line)
        if iso:
            return iso
    for line in own:
        iso = _bracketed(line, number)
        if iso:
            return iso
    for line in head:
        if len(line) <= DATELINE_MAX_CHARS and not _CITING.match(line):
            # not the date of a document the line cites ("… Kết luận số 69-KL/TW ngày
            # 11/01/2024"), unless it is the one this is attached to ("(Kèm theo Quyết
            # định số 757/2003/QĐ-BTC ngày 08/04/2003 …)")
            attached = _ATTACHED.match(line) is not None
            dates = [
                d
                for d, start, end in find_dates(line)
                if (attached or not _after_a_number(line, start))
                and not _CUT_OFF.search(line[max(0, start - 20) : start])
                and not _SPAN_END.match(line, end)
                and not _SPAN_START.search(line[max(0, start - 20) : start])
            ]
            if dates:
                return dates[0]
    # a sheet signed at its foot: "| | Thái Bình, ngày 20 tháng 6 năm 2025 | |"
    for line in lines[HEADING_LINES:]:
        cell = line.strip(" |")
        match = _DATELINE.match(cell) if len(cell) <= DATELINE_MAX_CHARS else None
        if match and not _CITING.match(cell):
            return _iso(*match.groups())
    return None


def _counted_to(head: list[str]) -> str | None:
    """The year of the day a head says its figures are counted to: "SẢN XUẤT NÔNG NGHIỆP
    ĐẾN NGÀY 15/1/2000" is 2000's (that day is not the paper's date)."""
    for line in head:
        for iso, start, _ in find_dates(line):
            if _CUT_OFF.search(line[max(0, start - 20) : start]):
                return iso[:4]
    return None


# a span of days is no paper's date: "Kỷ niệm 97 năm … (28/7/1929 - 28/7/2026)"
_SPAN_END = re.compile(r"\s*[-–]\s*\d{1,2}/\d{1,2}/\d{4}")
_SPAN_START = re.compile(r"\d{4}\s*[-–]\s*$")
# the day figures are counted to is not the paper's: "(Số liệu tính đến ngày 15/6/2025)",
# "SẢN XUẤT NÔNG NGHIỆP ĐẾN NGÀY 15/1/2000"
_CUT_OFF = re.compile(r"đến\s+(?:hết\s+)?(?:ngày\s*)?$", re.IGNORECASE)


_ATTACHED = re.compile(r"^\W*(?:ban hành )?kèm theo(?!\w)", re.IGNORECASE)


def _after_a_number(line: str, start: int) -> bool:
    before = line[max(0, start - 40) : start]
    return re.search(rf"(?:{REFERENCE_ID.pattern})[\s,]*(?:ngày\s*)?$", before) is not None


def _date_at(text: str, start: int) -> str | None:
    """The date that opens `text[start:]` ("ngày 20 tháng 6 năm 2012", "ngày 22/12/2024")."""
    window = text[start : start + 40]
    dates = find_dates(window)
    opens = dates and _DAY_WORD.fullmatch(window[: dates[0][1]])
    return dates[0][0] if opens else None


def _adopted(line: str) -> str | None:
    """The date a law or resolution says it was adopted, unless the sentence names another
    document first (then the adoption is that document's).

    >>> _adopted("Luật công đoàn đã được Quốc hội khóa XIII thông qua ngày 20 tháng 6 năm 2012.")
    '2012-06-20'
    >>> print(_adopted("Nghị quyết số 51/2001/QH10 được Quốc hội thông qua ngày 25/12/2001"))
    None
    """
    for match in _ADOPTED.finditer(line):
        sentence = re.split(r"[.;]\s", line[: match.start()])[-1]
        if REFERENCE_ID.search(sentence):
            continue
        iso = _date_at(line, match.end())
        if iso:
            return iso
    return None


def _bracketed(line: str, number: str | None) -> str | None:
    """A date in brackets that is a line of its own or follows the document's own number: the
    bracket after another document's number dates that one.

    >>> _bracketed("Tổng Bí thư đã ký Nghị quyết số 57-NQ/TW (ngày 22/12/2024)", "57-NQ/TW")
    '2024-12-22'
    >>> print(_bracketed("thực hiện Kết luận 21-KL/TW (ngày 25/10/2021)", "57-NQ/TW"))
    None
    >>> print(_bracketed("Nghị quyết số 157-NQ/TW (ngày 01/02/2020)", "57-NQ/TW"))
    None
    """
    for match in _DATED_BRACKET.finditer(line):
        before = line[: match.start()].rstrip()
        cited = [
            found.group(0) for found in REFERENCE_ID.finditer(before) if found.end() == len(before)
        ]
        own = bool(cited) and normalize_id(cited[0]) == number
        if not before or own:
            iso = _date_at(line, match.end())
            if iso:
                return iso
    return None


def _title_lines(lines: list[str], heading: int | None) -> list[str]:
    """The heading and the lines under it, where the title's period is ("NGHỊ QUYẾT" /
    "Đại hội … lần thứ IV, nhiệm kỳ 2025 - 2030"), below a head of many header lines."""
    return [] if heading is None else lines[heading : heading + 3]


def _period(head: list[str], title: tuple[str, ...] = ()) -> str | None:
    """The first period of a title or heading: a line citing a document and a year that names
    one are not the document's, but a title's subject line may implement one ("CHƯƠNG TRÌNH
    HÀNH ĐỘNG" / "Thực hiện Nghị quyết Đại hội … nhiệm kỳ 2025 - 2030").

    >>> _period(["Căn cứ Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;"])
    >>> _period(["ĐẠI HỘI CÔNG ĐOÀN TỈNH LẦN THỨ VI, NHIỆM KỲ 2023-2028"])
    '2023-2028'
    >>> _period(["Tuyên truyền Luật Công đoàn năm 2012"])
    >>> _period(["Báo cáo kết quả công tác công đoàn năm 2024"])
    '2024'
    """
    # a period inside a long paragraph is something the paragraph talks about
    for line in [*title, *head]:
        if len(line) > HEADING_MAX_CHARS or (_CITING.match(line) and line not in title):
            continue
        for period, start, _ in find_periods(line):
            if "-" not in period and NAMED_BEFORE.search(line[:start]):
                continue
            return period
    return None


def _national(issuer: str | None, number: str | None) -> bool:
    """Whether a document is the whole country's, by its issuer or its own number.

    >>> [_national(None, n) for n in ("12/2012/QH13", "57-NQ/TW", "43/2021/AL", "05-NQ/TU")]
    [True, True, True, False]
    >>> [_national(i, None) for i in ("Bộ Tài chính", "Bộ Chỉ huy Quân sự tỉnh Nghệ An")]
    [True, False]
    """
    if number and _NATIONAL_NUMBER.search(number):
        return True
    if issuer is None:
        return False
    # a ministry, or a Party central board ("Ban Tổ chức Trung ương"); "Bộ Chỉ huy Quân sự
    # tỉnh …" is a province's
    ministry = issuer.startswith("Bộ ") or issuer.lower().endswith("trung ương")
    local = _PLACE_WORD.search(issuer) or find_provinces(issuer)
    return issuer in CENTRAL or (ministry and not local)


def _names_the_country(text: str) -> bool:
    """Whether a text lists so many provinces that the most named is only the first of a
    table's rows (GSO's "Dân số trung bình … phân theo địa phương")."""
    return len({name for name, _, _ in find_provinces(text)}) >= NATIONAL_PROVINCES


def _title_case_place(place: str) -> str:
    """ "NGHỆ AN" -> "Nghệ An"; a province the gazetteer knows gets its own spelling."""
    cased = place.strip(" .,").title()
    found = find_provinces(cased)
    return found[0][0] if found and found[0][1] == 0 else cased


def _unit(unit: str) -> str:
    return "tỉnh" if unit == "tỉnh" else "thành phố"


def _canonical_issuer(line: str) -> str | None:
    """An issuer's line as it is usually written ("LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN" ->
    "LĐLĐ tỉnh Nghệ An"), or None for a line naming no body we know."""
    lowered = " ".join(line.lower().split())
    for pattern, name in _ISSUERS:
        match = pattern.search(lowered)
        if match:
            return name(match, line)
    return None


# what follows "Công đoàn" in the name of a province's part, and whether the name is
# complete without a place: "CÔNG ĐOÀN NGÀNH GIÁO DỤC", "CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP",
# "CÔNG ĐOÀN VIÊN CHỨC" name their province's, whose place is on the line above
_PART_OF_PROVINCE = re.compile(r"^công đoàn (?:ngành|các|viên chức)(?!\w)")
_ABBREVIATIONS = frozenset({"KCN", "KCX", "KKT", "CNC", "KCNC"})


def _union_words(words: list[str]) -> str:
    """The words of a union's name in the case Vietnamese writes them: the head, then the
    first word of what it names ("ngành Giáo dục", "các Khu công nghiệp", "Viên chức");
    abbreviations as written ("các KCN")."""
    cased = [w.upper() if w.upper() in _ABBREVIATIONS else w for w in words]
    if len(cased) >= 3 and cased[:2] == ["công", "đoàn"]:
        named = 3 if cased[2] in ("ngành", "các") and len(cased) > 3 else 2
        if cased[named] not in _ABBREVIATIONS:
            cased[named] = cased[named].capitalize()
    joined = " ".join(cased)
    return joined[:1].upper() + joined[1:]


def _organisation_case(name: str) -> str:
    """An upper-case organisation name in the case Vietnamese writes it, when it ends in a
    place: "CÔNG ĐOÀN VIÊN CHỨC TỈNH THÁI NGUYÊN" -> "Công đoàn Viên chức tỉnh Thái
    Nguyên" (the head, the word after "Công đoàn", and the place capitalised), or names a
    province's part ("CÔNG ĐOÀN NGÀNH Y TẾ" -> "Công đoàn ngành Y tế"), or a company's
    (its name's words capitalised: which are common words, no rule tells). Otherwise it stays
    as written.

    >>> _organisation_case("CÔNG ĐOÀN NGÀNH Y TẾ TỈNH THANH HÓA")
    'Công đoàn ngành Y tế tỉnh Thanh Hóa'
    >>> _organisation_case("CÔNG ĐOÀN CÁC KCN")
    'Công đoàn các KCN'
    >>> _organisation_case("CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ PHẦN MAY 10")
    'Công đoàn cơ sở Công ty Cổ phần May 10'
    >>> _organisation_case("BAN QUẢN LÝ DỰ ÁN")
    'BAN QUẢN LÝ DỰ ÁN'
    """
    written = name.split()
    lowered = " ".join(written).lower()
    match = re.search(rf"(?<!\w){_LOCAL_UNIT}(?:\s+(.+))?$", lowered)
    if match is not None and match.group(2) and lowered[: match.start()].strip():
        words = lowered[: match.start()].split()
        place = f" {match.group(1)} {_title_case_place(match.group(2))}"
        return _union_words(words) + place
    if _PART_OF_PROVINCE.match(lowered):
        return _union_words(lowered.split())
    company = _COMPANY_UNION.match(lowered)
    if company:
        rest = lowered[company.end() :].replace("cổ phần", "Cổ_phần").split()
        words = [_LEGAL_FORMS.get(w, w.capitalize()).replace("_", " ") for w in rest]
        return " ".join([company.group(0).capitalize().replace("công ty", "Công ty"), *words])
    return " ".join(written)


_COMPANY_UNION = re.compile(r"^công đoàn (?:cơ sở )?công ty")
_LEGAL_FORMS = {"tnhh": "TNHH", "cp": "CP", "mtv": "MTV", "Cổ_phần": "Cổ_phần"}


_DEPARTMENT = re.compile(r"ban (?!chấp hành|thường vụ|bí thư)\w+")


def _with_place(name: str, parent: str | None) -> str:
    """A province's part named without its place takes its parent's from the line above:
    "Công đoàn các Khu công nghiệp" under "LĐLĐ tỉnh Bắc Ninh" -> "… tỉnh Bắc Ninh"."""
    if parent is None or not _PART_OF_PROVINCE.match(name.lower()):
        return name
    place = re.search(rf"(?<!\w){_PLACE_UNIT}\s+\S.*$", parent)
    if place is None:
        return name
    bare = re.search(rf"\s{_PLACE_UNIT}$", name)  # "Công đoàn Viên chức thành phố"
    if bare:
        return name[: bare.start()] + " " + place.group(0)
    if re.search(rf"(?<!\w){_LOCAL_UNIT}\s+\S", name):
        return name  # it names its own place
    return f"{name} {place.group(0)}"


def _issuer(lines: list[str], heading: int | None) -> str | None:
    """The body above the number and the heading (the last and most specific line of that
    block: "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN" under "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"), or
    the body an Án lệ or a law was "thông qua" by, or the one a head says was signed for
    ("Thay mặt Bộ Chính trị, Tổng Bí thư … đã ký")."""
    end = heading if heading is not None else min(len(lines), HEADING_LINES)
    issuer = None
    for at, line in enumerate(lines[:end]):
        stop = _NUMBER_LINE.match(line) or _DATELINE.search(line)
        if stop:
            # the number line may share its row with the dateline; the block is above, or
            # before them on the line where OCR read the head's two columns as one ("CÔNG
            # ĐOÀN VIÊN CHỨC TỈNH Độc lập - Tự do - Hạnh phúc Số: 58/BC-CĐVC Quảng Trị, …")
            cut = _HEAD_CUT.search(line)
            line = line[: cut.start()] if cut and not _NUMBER_LINE.match(line) else ""
            if not line.strip():
                break
        block = _MOTTOS.sub(" ", line).strip(" *-–_")
        if not block or _HEADLINE_COLON.search(block):
            continue  # "CÔNG ĐOÀN QUẢNG BÌNH: NĂM 2023 NHÌN LẠI" is a headline, no issuer
        if not (block.isupper() or _names_a_body(block)):
            continue
        if block.isupper() and at + 1 < end and not stop and _goes_on(lines[at + 1]):
            # a name wrapped in its column: "LIÊN ĐOÀN LAO ĐỘNG" / "THÀNH PHỐ HẢI PHÒNG",
            # "CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ PHẦN" / "CAO SU THUẬN PHÚ"
            block = f"{block} {_MOTTOS.sub(' ', lines[at + 1]).strip(' *-–_')}"
        block = _congress_of(block)
        candidate = _canonical_issuer(block)
        if candidate is None and _ORGANISATION_WORDS.match(block.lower()):
            candidate = _organisation_case(block)
        if issuer and _DEPARTMENT.match(block.lower()):
            continue  # "BAN TỔ CHỨC" under "LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI BÌNH": its department
        issuer = _with_place(candidate, issuer) if candidate else issuer
        if stop:
            break
    if issuer:
        return _signed_for(lines, issuer)
    credited = _credited(lines[:HEADING_LINES])
    if credited:
        return credited
    top = "\n".join(lines[:HEADING_LINES])
    for pattern in (_APPROVED_BY, _SIGNED_FOR):
        match = pattern.search(top)
        issuer = _canonical_issuer(match.group(1)) if match else None
        if issuer:
            return issuer
    return None


# a congress heading its paper: "ĐẠI HỘI CÔNG ĐOÀN TỈNH HÀ TĨNH" under "TỔNG LIÊN ĐOÀN LAO
# ĐỘNG VIỆT NAM" (the union whose congress it is issues it)
_CONGRESS = re.compile(r"^ĐẠI HỘI(?:\s+ĐẠI BIỂU)?(?:\s+(?!LẦN THỨ)(.*?))?(?:\s+LẦN THỨ\b.*)?$")
_PROVINCE_UNION = re.compile(r"^CÔNG ĐOÀN\s+(TỈNH|THÀNH PHỐ)\s+(\S.*)$")


def _congress_of(block: str) -> str:
    """The union whose congress a head line names, as its own head line would name it:
    "ĐẠI HỘI CÔNG ĐOÀN TỈNH HÀ TĨNH" -> "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH" (a province's union
    is its LĐLĐ); other lines as they are.

    >>> _congress_of("ĐẠI HỘI CÔNG ĐOÀN TỈNH HÀ TĨNH")
    'LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH'
    >>> _congress_of("ĐẠI HỘI ĐẠI BIỂU CÔNG ĐOÀN NGÀNH Y TẾ LẦN THỨ V")
    'CÔNG ĐOÀN NGÀNH Y TẾ'
    >>> _congress_of("ĐẠI HỘI ĐẠI BIỂU LẦN THỨ IV"), _congress_of("BAN TỔ CHỨC")
    ('', 'BAN TỔ CHỨC')
    >>> _congress_of("ĐẠI HỘI CÔNG ĐOÀN VIÊN CHỨC TỈNH LẦN THỨ VI, NHIỆM KỲ 2023-2028:")
    'ĐẠI HỘI CÔNG ĐOÀN VIÊN CHỨC TỈNH LẦN THỨ VI, NHIỆM KỲ 2023-2028:'

    """
    congress = _CONGRESS.match(block)
    if congress is None or block.rstrip().endswith(":"):
        return block  # ("ĐẠI HỘI … LẦN THỨ VI, NHIỆM KỲ 2023-2028:" over a story's headline)
    body = (congress.group(1) or "").strip()
    if re.search(r"(?<!\w)(?:TỈNH|THÀNH PHỐ)$", body):
        return block  # "… CÔNG ĐOÀN VIÊN CHỨC TỈNH", its province not named
    province = _PROVINCE_UNION.match(body)
    return f"LIÊN ĐOÀN LAO ĐỘNG {province.group(1)} {province.group(2)}" if province else body


# the signature: "T/M BAN BÍ THƯ" under a paper headed "BAN CHẤP HÀNH TRUNG ƯƠNG" (every
# Party body's paper is headed so; who issued it signs for itself)
_SIGNATURE = re.compile(r"^(?:T/M|TM\.?|THAY MẶT)\s+(BỘ CHÍNH TRỊ|BAN BÍ THƯ)\s*$")
SIGNATURE_LINES = 30
# a web article's credit: "(LĐLĐ Đắk Lắk) - Chiều 24/6, …"; a masthead: "Liên đoàn Lao
# động tỉnh Quảng Trị" alone on the page's first line
_CREDIT = re.compile(r"^\((?:LĐLĐ|Liên đoàn Lao động)\s+([^()]{3,40})\)\s*[-–—]")
# an annex: "(Kèm theo Chương trình hành động tại Nghị quyết số /NQ-CP … của Chính phủ)"
_ANNEXED_OF = re.compile(r"^\W*(?:ban hành )?kèm theo\s+(.+?)\)?\s*$", re.IGNORECASE)
_OF_BODY = re.compile(r"\scủa\s+([^,;()]+?)\)?\s*$")


# where a head line read across both columns turns to the right one: the motto, the number
_HEAD_CUT = re.compile(r"\s(?:Độc lập|ĐỘC LẬP|CỘNG H[OÒ][AÀ]|Số\s*:|SỐ\s*:)")
# what opens a line of its own in a head: another body, a congress, the motto
_OWN_HEAD_LINE = re.compile(
    r"^(?:LIÊN ĐOÀN|LĐLĐ|CÔNG ĐOÀN|TỔNG|BAN|ĐẢNG|ĐẠI HỘI|HỘI ĐỒNG|ỦY BAN|UỶ BAN|UBND|"
    r"TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|CHI BỘ|SỞ|BỘ|CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP|\*)(?!\w)"
)


def _goes_on(line: str) -> bool:
    """Whether a head line finishes the name above it, wrapped in its column: in capitals,
    short, with no digit, opening no body, congress or motto of its own."""
    rest = _MOTTOS.sub(" ", line).strip(" *-–_")
    return (
        bool(rest)
        and rest.isupper()
        and len(rest.split()) <= 6
        and not any(c.isdigit() for c in rest)
        and not _OWN_HEAD_LINE.match(rest)
        and not _NUMBER_LINE.match(line)
        and _kind_of(rest) is None
    )


def _names_a_body(line: str) -> bool:
    """A head line in small letters that is a body's name and nothing else, as a paper
    typed in a legacy font without capitals has it: "Liên đoàn Lao động tỉnh Hưng Yên",
    "Công đoàn ngành Giáo dục"."""
    if "," in line:
        return False  # a byline's office: "Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh"
    return _only_an_issuer(line) or (
        len(line.split()) <= 8 and _PART_OF_PROVINCE.match(line.lower()) is not None
    )


def _as_written(issuer: str | None, text: str) -> str | None:
    """An issuer read from capitals as the text writes its name ("CÔNG ĐOÀN CÔNG TY TNHH
    ĐIỆN TỬ MINH KHANG VIỆT NAM" -> "Công đoàn Công ty TNHH Điện tử Minh Khang Việt Nam"),
    where there is no telling a company's name from common words by rule."""
    if issuer is None:
        return issuer
    folded = issuer.casefold()
    for name, _, _ in find_organisations(text):
        if name.casefold() == folded:
            return name
    return issuer


def _signed_for(lines: list[str], issuer: str) -> str:
    if issuer != "Ban Chấp hành Trung ương":
        return issuer
    for line in lines[-SIGNATURE_LINES:]:
        match = _SIGNATURE.match(line.strip())
        if match:
            return _canonical_issuer(match.group(1)) or issuer
    return issuer


def _credited(head: list[str]) -> str | None:
    """The union a web page is by: its masthead, or the credit opening its lead paragraph
    ("(LĐLĐ Đắk Lắk) - …" -> "LĐLĐ tỉnh Đắk Lắk"); or the body an annex is attached to the
    paper of ("(Kèm theo … của Chính phủ)")."""
    if head and _only_an_issuer(head[0]):
        return _canonical_issuer(head[0])
    for line in head:
        credit = _CREDIT.match(line)
        named = find_provinces(credit.group(1)) if credit else []
        if named and named[0][1] == 0:
            province = named[0][0]
            unit = "thành phố" if province in central_cities() else "tỉnh"
            return f"LĐLĐ {unit} {province}"
        annexed = _ANNEXED_OF.match(line)
        body = _OF_BODY.search(annexed.group(1)) if annexed else None
        if body and _canonical_issuer(body.group(1)):
            return _canonical_issuer(body.group(1))
    return None


def extract_metadata(text: str, file_format: str, given: dict[str, str | None]) -> Metadata:
    """Metadata from the text, where `given` (a sidecar or the HTML's own) does not say."""
    given = checked(given)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    heading = _heading(lines)
    issuer = given.get("issuer") or _as_written(_issuer(lines, heading), text)
    menu = _menu_end(lines) if heading is None else 0
    # a web page's menu and breadcrumb ("Trang chủ > Tin tức - Sự kiện > …") come before
    # its headline and dateline: the head is what follows them, and it is an article
    lines = lines[menu:]
    head = lines[:HEAD_LINES]
    number = given.get("number") or _number(lines)
    national = _national(issuer, number) or _names_the_country(text)
    province = given.get("province") or (None if national else main_province(text))
    if province is None and issuer and "province" not in given and not national:
        named = find_provinces(issuer)  # "LĐLĐ tỉnh Nghệ An"
        province = named[0][0] if named else None
    date = given.get("date") or _date(lines, head, number)
    title = _title(lines, heading)
    under = _title_lines(lines, heading)
    subject = tuple(line for line in under if title and line in title)
    period = given.get("period") or _period(under + head, subject)
    if period is None and date is None:
        # an undated sheet's year is the one its figures are counted to
        period = _counted_to(head)
    return Metadata(
        title=given.get("title") or title,
        kind=given.get("kind")
        or ("article" if menu else _kind(head, heading, lines, file_format, title)),
        number=number,
        issuer=issuer,
        province=province,
        date=date,
        period=period,
    )
