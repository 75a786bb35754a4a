"""The analysis pipeline: a RawDocument from ingest in, a contract Document out."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from functools import cache

from ingest import RawDocument

from .dates import as_of, compared_at, find_periods
from .figures import Quantity, cues, holds_blank, tag_sentence
from .goal_words import CountStarts, share_of
from .indicators import (
    CONTEXT_CHARS,
    GIFT_UNITS,
    carries_over,
    indicator_of,
    is_stock,
    match_indicator,
    per_each,
    speaks_of_tet,
)
from .instruments import find_instruments
from .metadata import (
    NAMED_BEFORE,
    Metadata,
    extract_metadata,
    is_form,
    prints_own_number,
    states_rules,
)
from .months import InForce, MonthsInForce, months_of, named_in
from .numerals import english_style
from .organisations import canonical, find_organisations, main_organisation, names_one
from .places import find_provinces, province_after_merger
from .records import Document, Figure, Reference, Table
from .references import find_references
from .sections import Outline, is_top_heading
from .sentences import split_sentences
from .table_rows import (
    is_row,
    label_value,
    lead_counted_to,
    names_its_count,
    tag_table,
)


def document_id(raw: RawDocument) -> str:
    return raw.content_hash[:16]


def _lines(text: str) -> list[tuple[int, str]]:
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    return lines


CAPTION_LINES = 6  # lines above a table that may be its title, note or unit


def _of_province(union: str, province: str | None) -> bool:
    """Whether a union may count a figure of `province`: one naming no province may."""
    named = _province_named_by(union)
    return named is None or named == province


@cache
def _province_named_by(union: str) -> str | None:
    # asked for every figure: a document's few unions, and the gazetteer's search is long
    places = find_provinces(union)
    return places[0][0] if places else None


_OLD = re.compile(r"\s+cũ(?!\w)")
_CLAUSE_CUT = re.compile(r"[;:]|,(?=\s)")
_COUNTS_PROVINCES = re.compile(
    r"\s+(?:LĐLĐ\s+|Liên đoàn Lao động\s+)?tỉnh,\s+thành(?:\s+phố)?(?!\w)", re.IGNORECASE
)
# a sentence about many provinces at once names none to carry on: "Các tỉnh Đồng bằng sông
# Cửu Long nhìn chung đạt thấp", "Có 7 LĐLĐ tỉnh, thành phố chưa đạt chỉ tiêu"
_MANY_PROVINCES = re.compile(
    r"(?<!\w)(?:các tỉnh|tỉnh, thành phố|cả nước|toàn quốc|miền (?:Bắc|Trung|Nam)"
    r"|đồng bằng|tây nguyên|các địa phương)(?!\w)",
    re.IGNORECASE,
)


def _row_starts(text: str) -> tuple[list[int], list[int]]:
    """Where each table row's line of `text` starts and ends, in order: looked up by
    `_in_row` (a pasted text of one line names a union thousands of times)."""
    starts, ends, at = [], [], 0
    for line in text.split("\n"):
        if is_row(line):
            starts.append(at)
            ends.append(at + len(line))
        at += len(line) + 1
    return starts, ends


def _in_row(rows: tuple[list[int], list[int]], offset: int) -> bool:
    starts, ends = rows
    i = bisect_right(starts, offset) - 1
    return i >= 0 and offset <= ends[i]


class _FigureMaker:
    """Turns quantities found in a sentence into contract Figures with document context."""

    def __init__(
        self,
        raw: RawDocument,
        province: str | None,
        issuer: str | None,
        title: str | None,
        kind: str = "other",
    ) -> None:
        self.raw, self.province = raw, province
        # "Tết Sum vầy 2026: Công đoàn chăm lo Tết cho …": every gift in it is Tết's
        self.about_tet = speaks_of_tet(title or "")
        found = find_organisations(raw.text)
        # a union that issued the document is known by its full name from its header
        # ("CÔNG ĐOÀN NGÀNH Y TẾ TỈNH THANH HÓA"), which the prose shortens
        union = [name for name, _, _ in find_organisations(issuer or "") if name == issuer]
        # each name once (in order of first mention): what `canonical` looks names up in
        mentions = [name for name, _, _ in found] + union
        self.organisations = list(dict.fromkeys(mentions))
        # the body the document is about is named in its prose; a table's rows name its
        # parts (a workbook of LĐLĐ tỉnh Thái Bình names "Công đoàn các KCN" in a row and a
        # note under the table, its province's union once, in a caption); a union that
        # issued a paper reports its own work, whoever its prose names most (the Tổng Liên
        # đoàn's report on the provinces names LĐLĐ tỉnh Bắc Ninh most), but a web page is
        # its publisher's story of another's (LĐLĐ Hà Tĩnh's of a sector union's congress)
        rows = _row_starts(raw.text)
        named = [name for name, start, _ in found if not _in_row(rows, start)]
        first = (named or union) if kind == "article" else (union or named)
        main = main_organisation(first or mentions, province)
        main = main and canonical(main, self.organisations, province)
        self.organisation = main if names_one(main) else None
        self._named: tuple[str, list[tuple[str, int, int]]] = ("", [])

    def provinces(self, sentence: str) -> list[tuple[str, int, int]]:
        # once per sentence, not per figure: a table flattened into one "sentence" of
        # 20,000 words holds thousands of figures
        if self._named[0] != sentence:
            named = [
                # "khu vực Bình Dương cũ": the old province is now part of another
                ((_OLD.match(sentence, end) and province_after_merger(name)) or name, start, end)
                for name, start, end in find_provinces(sentence)
            ]
            self._named = (sentence, named)
        return self._named[1]

    def province_of(
        self, sentence: str, at: int, carried: str | None = None, end: int | None = None
    ) -> str | None:
        """The province a figure at `at` in `sentence` is of: the last one named before it
        in its clause ("Trong khi Bắc Ninh trao 42.000 suất quà, Thái Nguyên trao 18.500
        suất"), else the document's if the sentence names it, else the first the sentence
        names ("Từ ngày 01/7/2025, … hợp nhất LĐLĐ tỉnh Đắk Lắk với LĐLĐ tỉnh Phú Yên, 15
        LĐLĐ huyện …" in Đắk Lắk's report is Đắk Lắk's), else the one its
        paragraph named last (`carried`: only where the document has none of its own, as a
        national article's paragraph names its province once and then says "Thành phố",
        "địa phương"; not for a figure the sentence gives many provinces, or that counts
        provinces, ending at `end`), else the document's."""
        named = self.provinces(sentence)
        cuts = [m.end() for m in _CLAUSE_CUT.finditer(sentence, 0, at)]
        clause_start = cuts[-1] if cuts else 0
        before = [name for name, start, end in named if clause_start <= start and end <= at]
        if before:
            return before[-1]
        if named:
            # "Sau khi hợp nhất Công đoàn ngành Giáo dục tỉnh Hà Giang và … tỉnh Tuyên
            # Quang, … có 1.126 CĐCS": the document's own, of those its sentence names
            names = [name for name, _, _ in named]
            return self.province if self.province in names else names[0]
        if self.province is None and carried is not None:
            # "Các tỉnh Đồng bằng sông Cửu Long … bình quân 88,4%", "Có 7 LĐLĐ tỉnh, thành
            # phố chưa đạt": a figure of many provinces is no one province's
            counts_them = end is not None and _COUNTS_PROVINCES.match(sentence, end)
            if counts_them or _MANY_PROVINCES.search(sentence, 0, at):
                return None
        return self.province or carried

    def _organisation(
        self, before: str, province: str | None, carried: str | None = None
    ) -> str | None:
        """The last union named before the number in its sentence, else, in a national
        document, the one an earlier sentence of its paragraph opened with (`carried`:
        "Tại TP Hồ Chí Minh, Liên đoàn Lao động Thành phố dành …. Thành phố tổ chức 150
        chuyến xe …"), else the document's; a union of another province than the figure's
        `province` is neither (in a national article naming many, the union named most is
        no other province's)."""
        named = find_organisations(before)
        if named:
            # "Ở Đồng Nai, LĐLĐ tỉnh chi …": a bare "tỉnh" is the figure's province's, and
            # with no province it tells no union
            name = canonical(named[-1][0], self.organisations, province or self.province)
            return name if names_one(name) else None
        if carried and self.province is None:
            name = canonical(carried, self.organisations, province)
            if names_one(name) and _of_province(name, province):
                return name
        if self.organisation and not _of_province(self.organisation, province):
            return None
        return self.organisation

    def make(
        self,
        q: Quantity,
        sentence: str,
        sentence_start: int,
        period: str | None,
        in_table: bool = False,
        carried: str | None = None,
        carried_union: str | None = None,
        months: InForce | None = None,
        at_tet: bool = False,
    ) -> Figure:
        start = sentence_start + q.start
        before = sentence[: q.start]
        province = self.province_of(sentence, q.start, carried, q.end)
        if in_table and q.subject and names_its_count(q.subject, q.unit):
            # a "Số đoàn viên" column states what each row holds; so do a row "Công đoàn
            # cơ sở | CĐCS | 2.946", naming what it counts in its unit's words, and a column
            # "Đoàn viên 31/12/2025", naming it with the day it was counted
            before = ""
        return Figure(
            text=q.text,
            value=q.value,
            denominator=q.denominator,
            unit=q.unit,
            qualifier=q.qualifier,
            kind=q.kind,
            indicator=indicator_of(
                q.subject,
                before,
                q.unit,
                "" if in_table else sentence[q.end :],
                ratio=q.denominator is not None,
                at_tet=self.about_tet or at_tet,
            ),
            subject=q.subject,
            province=province,
            period=period,
            months=months_of(months, period),
            organisation=self._organisation(
                sentence[max(0, q.start - CONTEXT_CHARS) : q.start], province, carried_union
            ),
            sentence=sentence,
            page=self.raw.page_at(start),
            start=start,
            end=sentence_start + q.end,
        )


# words of English that Vietnamese written with or without its marks does not use (not
# "to", "on", "it", "be": "to chuc", "on dinh", "it nhat", "be" are Vietnamese unmarked)
_ENGLISH_WORDS = frozenset("the and of is are was were with for from this that which its".split())
_MARKED = re.compile(r"[đăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)


def in_english(sentence: str) -> bool:
    """A sentence in English: no word with a Vietnamese mark, and English's small words.
    Its numbers ("The story has 5 teasers", a labeller's notes ingested with a report) are
    no union's figures.

    >>> in_english("Its part 2 is the direction for 2025 - 2030 and a list of targets.")
    True
    >>> in_english("Nam 2024, cong doan tinh ket nap 1.200 doan vien moi.")
    False
    >>> in_english("Cong doan to chuc on dinh it nhat 12 lop cho doan vien.")
    False
    """
    if _MARKED.search(sentence):
        return False  # most sentences, at once
    words = re.findall(r"[^\W\d_]+", sentence.lower())
    return len(words) >= 5 and sum(word in _ENGLISH_WORDS for word in words) >= 2


def _table_block(
    raw: RawDocument, lines: list[tuple[int, str]], first: int
) -> tuple[list[tuple[int, str]], int]:
    """The rows of the table starting at line `first`, and the line after them. A table
    runs on over a page break (the blank line between two pages) when its next row has as
    many cells: rows 5-7 under the header of page 2 ("TT | Chỉ tiêu | Kế hoạch năm 2026 |
    …") had lost their columns' meaning."""
    block, j = [], first
    while j < len(lines):
        # a row whose last cells are empty has fewer bars ("Thành lập mới CĐCS | ≥ 50")
        if is_row(lines[j][1]) or block and "|" in lines[j][1] or _section_row(lines, j, block):
            block.append(lines[j])
            j += 1
            continue
        k = j
        while k < len(lines) and not lines[k][1].strip():
            k += 1
        # the next page may open with a section row ("B. | KHU VỰC LONG AN (CŨ)")
        row = k + 1 if k + 1 < len(lines) and _section_row(lines, k, block) else k
        runs_on = (
            k > j
            and row < len(lines)
            and is_row(lines[row][1])
            # as many cells, or fewer when the last are empty ("8 | Sáng kiến … | | 612")
            and lines[row][1].count("|") <= block[-1][1].count("|")
            and raw.page_at(lines[row][0]) != raw.page_at(block[-1][0])
        )
        if not runs_on:
            break
        j = k
    return block, j


_SECTION_TITLE = re.compile(r"^(?:[A-ZĐ]|[IVX]{1,5})[.)]\s+[^|]{1,80}$")


def _section_row(lines: list[tuple[int, str]], at: int, block: list[tuple[int, str]]) -> bool:
    """A row naming a section of the table between two of its rows, its text merged across
    the columns and so written as two cells: "A | CHỈ TIÊU VỀ TỔ CHỨC"."""
    line = lines[at][1]
    # or one cell when the table has no column of row numbers: "I. Chỉ tiêu về tổ chức"
    section = line.count("|") == 1 or _SECTION_TITLE.match(line) is not None
    return bool(block) and section and at + 1 < len(lines) and is_row(lines[at + 1][1])


# a note under a table saying what its rates are of: "Ghi chú: tỷ lệ so với kế hoạch tính
# theo chỉ tiêu kết nạp đoàn viên mới năm 2025 giao cho từng đơn vị."
_NOTE = re.compile(r"^\W*(?:ghi chú|chú thích|lưu ý)\b|^\s*\*", re.IGNORECASE)
_RATE_WORDS = re.compile(r"(?<!\w)(?:t[ỷỉ] lệ|so với kế hoạch)(?!\w)", re.IGNORECASE)
NOTE_LINES = 2
# a table of the union's own money: "DỰ TOÁN THU, CHI TÀI CHÍNH CÔNG ĐOÀN CƠ SỞ NĂM 2026"
_UNION_FINANCES = re.compile(
    r"(?:dự toán|quyết toán|thu,?\s+chi)\s+(?:thu,?\s+chi\s+)?(?:tài chính|kinh phí)\s+công đoàn"
    r"|thu,?\s+chi\s+công đoàn",
    re.IGNORECASE,
)


def _notes_under(lines: list[tuple[int, str]], after: int) -> list[str]:
    """The notes right under a table ("Ghi chú: …", "* …")."""
    return [line for _, line in lines[after : after + NOTE_LINES] if _NOTE.match(line)]


def _rate_of_note(notes: list[str]) -> str | None:
    """The indicator a table's note says its rate column is of."""
    for note in notes:
        # the note's sentence that speaks of the rate: not "GT: giới thiệu cho Đảng xem xét
        # kết nạp" of a legend beside it
        for said in re.split(r"(?<=[.;])\s+", note):
            if _RATE_WORDS.search(said):
                return match_indicator(said)
    return None


# "ĐV: đoàn viên; TL: thành lập;" in a note under a table: what its header's shorthand means
_LEGEND_ENTRY = re.compile(r"(?<!\w)([A-ZĐ][A-ZĐ0-9]{0,7}):\s*([^;:.]+?)\s*(?=[;.]|$)")


def _legend(notes: list[str]) -> dict[str, str]:
    """The shorthands a table's note writes out ("Ghi chú: ĐV: đoàn viên; TL: thành lập; GT:
    giới thiệu cho Đảng xem xét kết nạp")."""
    legend: dict[str, str] = {}
    for note in notes:
        body = _NOTE.sub("", note, count=1).lstrip(" :")
        for short, long in _LEGEND_ENTRY.findall(body):
            legend.setdefault(short, long)
    return legend


def _written_out(header: str, legend: dict[str, str]) -> str:
    """A header row with a note's shorthands written out: "Số ĐV 2024 | TL mới CĐCS" is
    "Số đoàn viên 2024 | thành lập mới CĐCS".

    >>> _written_out("STT | Số ĐV 2024 | TL mới CĐCS", {"ĐV": "đoàn viên", "TL": "thành lập"})
    'STT | Số đoàn viên 2024 | thành lập mới CĐCS'
    """
    if not legend:
        return header
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, legend)) + r")(?!\w)")
    return pattern.sub(lambda m: legend[m.group(1)], header)


# the bracketed line under an annex's title that says what its numbers are counted to
_TITLE_NOTE = re.compile(r"^\(.*\b(?:số liệu|tính đến|đến ngày)\b.*\)$", re.IGNORECASE)
HEAD_LINES = 12


def _with_title_note(title: str | None, text: str) -> str | None:
    """The title with the note in brackets under it, among the document's first lines:
    "(Kèm theo Báo cáo số 528/BC-LĐLĐ …; số liệu tính đến ngày 30/11/2025)" under "PHỤ
    LỤC Kết quả … năm 2025 theo đơn vị" gives the annex's figures its months."""
    if not title:
        return title
    for line in text.split("\n", HEAD_LINES)[:HEAD_LINES]:
        if _TITLE_NOTE.match(line.strip()):
            return f"{title} {line.strip()}"
    return title


def find_figures(raw: RawDocument, meta: Metadata) -> list[Figure]:
    """Figures of a document, in the context its metadata gives (province, period, kind,
    date, issuer, title). A sentence naming a province or period sets it for its own
    figures; a period also carries forward ("Trong nhiệm kỳ 2018-2023 …" then "… 343 đoàn
    viên ưu tú" two sentences later). A province is never guessed beyond what the text
    names: the figure's clause, its sentence, its paragraph (in a national document) or the
    document.
    Sections and lists of goals make their figures targets (nlp.sections); table rows
    ("a | b | c" lines) are read column by column."""
    period, kind, date = meta.period, meta.kind, meta.date
    maker = _FigureMaker(raw, meta.province, meta.issuer, meta.title, kind)
    # the year the document speaks from: figures of a year before it are results
    now = date[:4] if date else period[:4] if period else None
    english = english_style(raw.text)
    figures: list[Figure] = []
    # before the text names a period, the document's own year: "hiện có 55 CĐCS" in an
    # article of 18/06/2023 counts 2023's
    current_period = period or now
    term = period if period and "-" in period else None  # the last term named ("2018-2023")
    outline = Outline("target" if kind == "plan" else None)
    in_force = MonthsInForce(
        _with_title_note(meta.title, raw.text), period if period and "-" not in period else now
    )
    counted_to = False  # the period in force is the year a date counted to
    # the term a date counting to its last year closed ("Nhiệm kỳ 2018 - 2023, … đến ngày
    # 30/6/2023 toàn tỉnh có 29.640 đoàn viên"): what follows stands at that day, but counts
    # of what was done are still the term's
    closed: str | None = None
    lines = _lines(raw.text)
    i = 0
    while i < len(lines):
        line_start, line = lines[i]
        if is_row(line):
            block, j = _table_block(raw, lines, i)
            caption = [text for _, text in lines[max(0, i - CAPTION_LINES) : i]]
            notes = _notes_under(lines, j)
            legend = _legend(notes)
            texts = [text for _, text in block]
            if legend:  # the header's shorthands, as the note under the table writes them
                texts[0] = _written_out(texts[0], legend)
            rows = tag_table(texts, caption, english)
            rated = _rate_of_note(notes)
            finances = _UNION_FINANCES.search(" ".join(caption)) is not None
            # "Nghị quyết đề ra" beside "Kết quả đến 30/6/2025": the goals of the term's
            # resolution, whatever the year counted to, and the results its totals so far
            terms_goals = bool(term) and any(
                item.quantity.kind == "target" and not item.period
                for found in rows
                for item in found
            )
            as_of_lead = lead_counted_to(caption)  # "Tính đến ngày 31/12/2025, … như sau:"
            for (row_start, row), found in zip(block, rows, strict=True):
                row_figures: list[Figure] = []
                for item in found:
                    period_of_row = item.period or current_period
                    if as_of_lead and not item.period and item.quantity.kind == "achievement":
                        period_of_row = as_of_lead
                    if item.quantity.kind == "target" and not item.period and term:
                        period_of_row = term
                    months = (
                        (None, None)
                        if terms_goals
                        else (item.months, item.period)
                        if item.months or item.period
                        else in_force.of_figure(row, [], 0, item.quantity.kind)
                    )
                    made = maker.make(
                        item.quantity,
                        row,
                        row_start,
                        period_of_row,
                        True,
                        months=months,
                        at_tet=in_force.at_tet,
                    )
                    if rated and made.unit == "%" and made.indicator is None:
                        if _RATE_WORDS.search(made.subject or ""):
                            made = made.model_copy(update={"indicator": rated})
                    if finances and made.unit in ("đồng", "%") and made.indicator is None:
                        # a row of "DỰ TOÁN THU, CHI TÀI CHÍNH CÔNG ĐOÀN …": the union's money
                        made = made.model_copy(update={"indicator": "union_finance"})
                    row_figures.append(made)
                row_figures = _share_of_its_row(row_figures)
                figures.extend(_counted_since(row_figures, CountStarts(row), row_start, None))
            i = j
            continue
        context_kind = outline.see(line)
        in_force.heading(line, is_top_heading(line))
        if counted_to and is_top_heading(line) and not own_periods(line):
            # a new part of the report: the year a date in the last part counted to ("Đến
            # ngày 30/6/2023, toàn tỉnh có …") gives way to the term it reports on
            current_period, counted_to, closed = term or period or now, False, None
        # a form's line ("Tổng số người lao động: …. người, bằng 100%.") gives an example or
        # a share of its blank; the whole line, as the sentence splitter cuts at the dots
        blank = holds_blank(line)
        carried = None  # the province this paragraph named last
        carried_union = None  # the union the last sentence of it naming one opened with
        carried_since = None  # where its counts start, as a sentence before said
        for sentence in split_sentences(line):
            periods = own_periods(sentence.text)
            term_named = term_spoken_of(sentence.text, term)
            spoken = term_meant(term_named, term, date[:4] if date else None)
            # "Tổng thu cả nhiệm kỳ đạt 612,5 tỷ đồng …; riêng năm 2022 …": the term holds
            # up to the first year named after it
            term_until = -1
            if term_named and term and (not periods or periods[0][1] > term_named.start()):
                term_until = periods[0][1] if periods else len(sentence.text)
            carried_in = current_period  # the period the sentences before left
            named_months = named_in(sentence.text, None)
            if periods or spoken:
                closed = None  # the text names its time again
            if periods:
                current_period = periods[0][0]
                term = next((p for p, _, _ in periods if "-" in p), term)
            elif spoken:
                # "Nhiệm kỳ qua, …" after "… năm 2022" in the sentence before
                current_period = spoken
            if blank or in_english(sentence.text):
                continue
            sentence_kind = context_kind
            # "Năm 2023, …" in a plan written in 2024; not "đạt 1,5% GDP vào năm 2015, …
            # khoảng 3% GDP vào năm 2030", a target that runs on past the document's year
            if now and periods and max(p[0][-4:] for p in periods) < now:
                sentence_kind = "achievement"
            # "Tính đến ngày 30/6/2025, …": that year, for this sentence; and for those after
            # it, until the next part of the report, when it is the year the document speaks
            # from (a stock at 31/12/2023 in a report of March 2024 leaves "Trong quý I" 2024's)
            counted = None if periods else as_of(sentence.text)
            as_of_at = counted[1] if counted else 0  # (no clause of its own before it)
            if counted and counted[0] == now:
                closed = current_period if _closes(current_period, counted[0]) else closed
                current_period, counted_to = counted[0], True
            elif periods:
                counted_to = False
            made = [
                maker.make(
                    q,
                    sentence.text,
                    line_start + sentence.start,
                    _period_of(
                        q,
                        sentence.text,
                        spoken
                        if q.start < term_until
                        # "… kết nạp mới 5.420 đoàn viên …; đến ngày 30/6/2023 toàn tỉnh
                        # có 29.640 đoàn viên": the date is its own clause's
                        else (carried_in if ";" in sentence.text[q.end : as_of_at] else None)
                        or (counted[0] if counted else None)
                        or _named_before(periods, q.start)
                        or _before_later_clause(sentence.text, periods, q.end, carried_in)
                        or current_period,
                        date[:4] if date else None,
                    ),
                    carried=carried,
                    carried_union=carried_union,
                    months=in_force.of_figure(sentence.text, named_months, q.start, q.kind),
                    at_tet=in_force.at_tet,
                )
                for q in tag_sentence(sentence.text, sentence_kind, english)
                or label_value(sentence.text, sentence_kind, english)
            ]
            in_force.sentence(named_months, sentence.text)
            if maker.province is None:  # only a national document's paragraphs carry them
                named = maker.provinces(sentence.text)
                carried = named[-1][0] if named else carried
                unions = find_organisations(sentence.text)
                carried_union = unions[0][0] if unions else carried_union
            if now and kind in ("report", "article"):
                # (a resolution restating an older one's goals, "Đến năm 2020, …", keeps
                # them goals)
                made = _past_deadlines(made, sentence.text, now)
            made = _restated_goals(
                _ranges_share_indicators(made), sentence.text, line_start + sentence.start
            )
            if closed and counted_to and not counted:  # (its own day's sentence holds stocks)
                made = [_of_the_closed_term(f, closed, current_period) for f in made]
            if periods or named_months:
                carried_since = None  # "Năm 2025, …": a time of its own
            starts = CountStarts(sentence.text)
            made = _counted_since(made, starts, line_start + sentence.start, carried_since)
            carried_since = starts.at(len(sentence.text), carried_since)
            figures.extend(_linked_indicators(made, sentence.text, line_start + sentence.start))
        i += 1
    return figures


# a deadline: "đến hết năm 2025", "đến năm 2030"
_DEADLINE = re.compile(r"(?<!\w)đến (?:hết )?năm\s+((?:19|20)\d{2})(?!\d)", re.IGNORECASE)
_BARE_DEADLINE = re.compile(r"(?<!\w)đến (?:hết|cuối) năm(?!\s*\d)", re.IGNORECASE)


def _past_deadlines(figures: list[Figure], sentence: str, now: str) -> list[Figure]:
    """A deadline already past when the document was written reports a result: "Theo báo
    cáo, đến hết năm 2025, Liên đoàn Lao động tỉnh có … 612.000 đoàn viên" in an article of
    January 2026 (its "đến hết năm" had made them targets), unless another goal's cue says so."""
    years = [m.group(1) for m in _DEADLINE.finditer(sentence)]
    if not years and _BARE_DEADLINE.search(sentence):
        # "Đến hết năm, toàn tỉnh có hơn 205.800 đoàn viên" in an article of January 2026:
        # the year its figures are of
        years = [f.period for f in figures if f.period and "-" not in f.period]
    if not years or max(years) >= now:
        return figures
    rest = _BARE_DEADLINE.sub(" ", _DEADLINE.sub(" ", sentence))
    if any(p.search(rest) for p in cues().target):
        return figures
    return [
        f.model_copy(update={"kind": "achievement"}) if f.kind == "target" else f for f in figures
    ]


# a goal said again beside its result, naming only its unit: "(chỉ tiêu năm 6.500 đoàn
# viên)", "trong khi chỉ tiêu cả năm là 45 CĐCS"
_GOAL_RESTATED = re.compile(
    r"(?<!\w)chỉ tiêu (?:của )?(?:cả )?năm(?:\s+(?:19|20)\d{2})?(?:\s+là)?\s*$", re.IGNORECASE
)


def _restated_goals(figures: list[Figure], sentence: str, offset: int) -> list[Figure]:
    """A goal said again beside its result counts what the result does: "thành lập mới 41
    CĐCS, trong khi chỉ tiêu cả năm là 45 CĐCS" is new_grassroots_unions, not the stock of
    unions its bare "CĐCS" would name."""
    restated = list(figures)
    for i, figure in enumerate(restated):
        if figure.kind != "target" or not _GOAL_RESTATED.search(sentence[: figure.start - offset]):
            continue
        result = next(
            (
                f
                for f in reversed(restated[:i])
                if f.kind == "achievement" and f.unit == figure.unit and f.indicator
            ),
            None,
        )
        if result is not None:
            restated[i] = figure.model_copy(update={"indicator": result.indicator})
    return restated


def _ranges_share_indicators(figures: list[Figure]) -> list[Figure]:
    """ "kết nạp mới từ 28.000 – 32.000 đoàn viên": the range's upper end counts what its
    lower end does (the words before the second number are the first number's)."""
    shared = list(figures)
    for i in range(1, len(shared)):
        low, high = shared[i - 1], shared[i]
        if (low.qualifier, high.qualifier) == ("at_least", "at_most") and low.unit == high.unit:
            if high.indicator is None:
                shared[i] = high.model_copy(update={"indicator": low.indicator})
    return shared


# what ties a rate or a sum to the figure before it: "612 DN, đạt 87,4%", "536 DN, chiếm
# 87,6% số DN …", "486 sáng kiến,
# vượt 162%", "612,5 tỷ đồng, bình quân tăng 9%/năm", "41.200 lượt đoàn viên … với tổng số
# tiền 18,6 tỷ đồng"
_LINK_TO_PREVIOUS = re.compile(
    r"^[^;.:]{0,80}?(?:[,(]\s*(?:đạt|vượt|bằng|chiếm|(?:bình quân )?(?:tăng|giảm))(?: mức)?"
    r"|với tổng (?:số tiền|trị giá|kinh phí)"
    r"|với số tiền|tổng trị giá|trị giá)\s*$",
    re.IGNORECASE,
)


# a share of the whole after a count: "19.860 đoàn viên, đạt 98,7% tổng số cán bộ, …"
_OF_ALL = re.compile(r"\s*(?:so với\s+|trên\s+)?tổng số(?!\w)", re.IGNORECASE)


# what the union gives its members, whose cost is welfare spending: "46 nhà “Mái ấm Công
# đoàn” với tổng kinh phí 2,74 tỷ đồng", "48.600 suất quà … với tổng trị giá 29,16 tỷ đồng"
_GIVEN_TO_MEMBERS = frozenset({"union_houses", "tet_beneficiaries"})


def _linked_indicator(
    previous: Figure, figure: Figure, sentence: str, offset: int, gap: str
) -> str | None:
    """The indicator of a figure tied to the one before it by `gap` (", đạt", "với tổng
    số tiền")."""
    before = sentence[: previous.start - offset]
    # the words between name it too: "574/612 DN có CĐCS tổ chức hội nghị người lao động,
    # đạt 93,8%"
    found = indicator_of(previous.subject, before, figure.unit, gap)
    given = previous.unit in GIFT_UNITS or previous.indicator in _GIVEN_TO_MEMBERS
    if found is None and figure.unit == "đồng" and given:
        return "welfare_spending"  # what the gifts or the houses cost
    if found is None and previous.indicator:
        # a chain: "… đạt 96,4 tỷ đồng, bằng 103,5% dự toán, tăng 5,3% so với …"
        of_all = _OF_ALL.match(sentence[figure.end - offset :]) is not None
        if carries_over(previous.indicator, figure.unit, of_all):
            return previous.indicator
        if figure.unit == "%" and share_of(sentence, figure.end - offset):
            # how much of its plan the figure before is, whatever that counts: "tổng kinh
            # phí chăm lo … đạt 23,8 tỷ đồng, đạt 108,2% kế hoạch"
            return previous.indicator
        return None
    return found


def _linked_indicators(figures: list[Figure], sentence: str, offset: int) -> list[Figure]:
    """A rate or a sum with no indicator of its own that states how much of the figure
    before it was done or what it cost takes the indicator that figure's words give it:
    "kết nạp mới 27.815 đoàn viên, đạt 111% chỉ tiêu" is new_members, "hỗ trợ 41.200 lượt
    đoàn viên … với tổng số tiền 18,6 tỷ đồng" welfare_spending."""
    linked = list(figures)
    for i in range(1, len(linked)):
        previous, figure = linked[i - 1], linked[i]
        if figure.unit not in ("%", "đồng"):
            continue
        gap = sentence[previous.end - offset : figure.start - offset]
        if not _LINK_TO_PREVIOUS.match(gap) or per_each(gap):
            continue  # not "…, mỗi suất trị giá 1 triệu đồng": a norm for each
        # "96,4 tỷ đồng, bằng 103,5% dự toán": the rate counts what the sum does
        update: dict[str, str | None] = {"subject": figure.subject or previous.subject}
        if not figure.indicator:
            update["indicator"] = _linked_indicator(previous, figure, sentence, offset, gap)
        linked[i] = figure.model_copy(update=update)
    return linked


# a term spoken of without its years: it is the last one named ("nhiệm kỳ qua", "cả nhiệm kỳ")
_TERM_WORDS = re.compile(
    r"(?<!\w)(?:nhiệm kỳ (?:qua|vừa qua|trước|này)|cả nhiệm kỳ|trong nhiệm kỳ)(?!\s*\d)",
    re.IGNORECASE,
)
# ... or by its length: "Sau 3 năm, …", "Trong 3 năm, …", "5 năm qua, …"
_YEAR_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "mười": 10}
_YEARS_GONE = re.compile(
    r"(?<!\w)(?:(?:sau|trong|qua)\s+(?P<after>\d{1,2}|hai|ba|bốn|năm|mười)\s+năm(?!\s*\d)"
    r"|(?P<before>\d{1,2}|hai|ba|bốn|năm|mười)\s+năm\s+(?:qua|vừa qua))(?!\w)",
    re.IGNORECASE,
)


def term_spoken_of(sentence: str, term: str | None) -> re.Match[str] | None:
    """Where `sentence` speaks of the last term named without its years: "Nhiệm kỳ qua",
    "cả nhiệm kỳ", or as many years as it spans ("Sau 3 năm" of "giai đoạn 2022 - 2025").

    >>> term_spoken_of("Sau 3 năm, đã xây mới 138 nhà", "2022-2025").start()
    0
    >>> term_spoken_of("Sau 2 năm, …", "2022-2025"), term_spoken_of("Sau 3 năm", None)
    (None, None)
    """
    found = _TERM_WORDS.search(sentence)
    if found or term is None:
        return found
    first, last = (int(year) for year in term.split("-"))
    for match in _YEARS_GONE.finditer(sentence):
        count = (match.group("after") or match.group("before")).lower()
        if int(_YEAR_WORDS.get(count, count)) == last - first:
            return match
    return None


def term_meant(spoken: re.Match[str] | None, term: str | None, now: str | None) -> str | None:
    """The term a sentence speaks of without its years (`term_spoken_of`): the last term
    named, but the one before it for "nhiệm kỳ qua" when that starts in the year the
    document is dated (`now`: a congress's resolution of 2023 on "nhiệm kỳ 2023 - 2028"
    looks back on 2018-2023).

    >>> words = term_spoken_of("Đại hội đánh giá: nhiệm kỳ qua, …", "2023-2028")
    >>> term_meant(words, "2023-2028", "2023"), term_meant(words, "2023-2028", "2025")
    ('2018-2023', '2023-2028')
    """
    if spoken is None or term is None:
        return None
    first, last = (int(year) for year in term.split("-"))
    if _PAST_TERM.match(spoken.group(0)) and now and first >= int(now):
        return f"{2 * first - last}-{first}"
    return term


_PAST_TERM = re.compile(r"nhiệm kỳ (?:vừa )?(?:qua|trước)", re.IGNORECASE)


def _share_of_its_row(row: list[Figure]) -> list[Figure]:
    """A table row setting a goal and giving its result counts one thing: its percent with
    no indicator of its own is how much of the goal is done ("Tổng số đoàn viên | 260.000 |
    251.600 | 96,8": members, though a stock's rate is none of theirs)."""
    counted = {f.indicator for f in row if f.unit != "%"}
    kinds = {f.kind for f in row if f.unit != "%"}
    if len(counted) != 1 or None in counted or kinds != {"target", "achievement"}:
        return row
    indicator = counted.pop()
    return [
        f.model_copy(update={"indicator": indicator})
        if f.unit == "%" and f.indicator is None and f.kind == "achievement"
        else f
        for f in row
    ]


def _counted_since(
    figures: list[Figure], starts: CountStarts, offset: int, carried: str | None
) -> list[Figure]:
    """Each result with where its count starts (`Figure.since`), when its sentence (read
    once into `starts`) or, naming no time of its own, the one before in its paragraph
    says so."""
    return [
        f.model_copy(update={"since": since})
        if f.kind == "achievement" and (since := starts.at(f.start - offset, carried))
        else f
        for f in figures
    ]


def _of_the_closed_term(figure: Figure, term: str, year: str | None) -> Figure:
    """A count of what was done (new members, referrals, houses) after a date counting to
    the last year of `term` is still the term's: "Đến ngày 30/6/2023, toàn tỉnh có 29.640
    đoàn viên. … giới thiệu 980 đoàn viên ưu tú cho Đảng" (what stands at that day, a rate
    or a stock, is of its `year`)."""
    if figure.kind != "achievement" or figure.period != year or figure.indicator is None:
        return figure
    if figure.unit == "%" or figure.denominator is not None or is_stock(figure.indicator):
        return figure
    return figure.model_copy(update={"period": term, "months": None})


def _closes(period: str | None, year: str) -> bool:
    """Whether `period` is a term ending in `year`: a stock "đến ngày 30/6/2023" in a
    congress's account of 2018-2023 closes that term, and what follows is still the term's.

    >>> _closes("2018-2023", "2023"), _closes("2023", "2023"), _closes(None, "2023")
    (True, False, False)
    """
    return bool(period) and "-" in period and period[-4:] == year  # type: ignore[operator]


# a year right after a figure is that figure's own: "tăng từ 72,5% năm 2022 lên 84,3% năm 2024"
# ("… đạt 1,5% GDP vào năm 2015, trên 2% GDP vào năm 2020")
_YEAR_AFTER = re.compile(
    r"(?:\s+GR?DP)?\s*(?:vào\s+|trong\s+)?năm\s+((?:19|20)\d{2})(?![\d\s]*[-–—]\s*\d)"
)


def _before_later_clause(
    sentence: str, periods: list[tuple[str, int, int]], at: int, carried: str | None
) -> str | None:
    """The period the text carried into a sentence, for a figure before a ";" after which
    the sentence names its only periods: "Ba là, thu đạt 100% dự toán, khoảng 310 tỷ đồng;
    chuẩn bị sớm kế hoạch năm 2027" leaves the 310 to the year of the part it stands in."""
    if not periods or periods[0][1] < at:
        return None
    return carried if ";" in sentence[at : periods[0][1]] else None


def _named_before(periods: list[tuple[str, int, int]], at: int) -> str | None:
    """The last period a sentence names before offset `at`, when it names one before the
    first: "Dịp Tết Giáp Thìn 2024, … ; Tết Ất Tỵ 2025 trao 26.310 suất quà" gives 26.310
    to 2025 (the first period named holds the figures before the second)."""
    before = [period for period, _, end in periods if end <= at]
    return before[-1] if len(before) > 1 else None


def _period_of(q: Quantity, sentence: str, period: str | None, dated: str | None) -> str | None:
    """A figure's period: a year written right after it, else the one its sentence and the
    text before give; a result counted under a term that starts in the year the document is
    dated (`dated`: "hiện có 315 CĐCS" in an article of 16/10/2025 on a congress of
    "nhiệm kỳ 2025 - 2030") is of that year, the term's results are still to come."""
    own = _YEAR_AFTER.match(sentence, q.end)
    if own:
        return own.group(1)
    if q.unit in _OF_THE_TERM:
        return period  # a congress's delegates, the committee it elects: the term's
    if q.kind == "achievement" and period and "-" in period and dated and period[:4] >= dated:
        return dated
    return period


# who a congress gathers and elects: "186 đại biểu", "Ban Chấp hành … gồm 25 đồng chí"
_OF_THE_TERM = frozenset({"đại biểu", "đồng chí", "ủy viên"})


def own_periods(sentence: str) -> list[tuple[str, int, int]]:
    """The periods a sentence's figures belong to: those it names, less a year it compares
    with.

    >>> [p for p, _, _ in own_periods("Năm 2024 có 436 sáng kiến, gấp 1,5 lần năm 2023.")]
    ['2024']
    >>> own_periods("Tăng 5% so với năm 2023.")
    []
    >>> own_periods("Số đoàn viên tăng 6.214 người so với cuối năm 2024.")
    []
    >>> own_periods("Tuyên truyền Luật Công đoàn năm 2024; tọa đàm về nhà ở xã hội.")
    []
    """
    return [
        (period, start, end)
        for period, start, end in find_periods(sentence)
        if not compared_at(sentence, start)
        and not ("-" not in period and NAMED_BEFORE.search(sentence[max(0, start - 90) : start]))
    ]


def _own_number(text: str, reference: Reference) -> bool:
    """The document's own "Số: 87/KH-LĐLĐ" line: a number, not a citation."""
    line_start = text.rfind("\n", 0, reference.start) + 1
    return prints_own_number(text[line_start : reference.start])


# Raise when the same text would now give other figures, references or metadata: a store
# records the version each document was analysed with, and says when some are older.
ANALYSIS_VERSION = 31
# 2: table units from captions, "(%)" headers and ditto marks
# 3: headers written one line per row, rows named by a province, names in capitals,
#    titles past issuers, mottos, form numbers and blanks, plan titles and result headers
# 7: a long first line taken as the title is cut at its first sentence
# 8: national documents (laws, central resolutions, precedents, national tables) have no
#    province; adoption and bracketed dates; a cited law's year is not the period; a
#    table's header said again where a sheet runs on gives no figures; laws, charters,
#    regulations, guidance, precedents and agreements give none; a share of GDP measures
#    what is named before it; no union indicator by likeness without a union word; a
#    column's period is not its base year or constant prices, "so với kế hoạch" is a result
#    and a bracketed money unit ends its header; an Án lệ number drops a footnote mark
# 9: forms and dossiers of model forms (a seventh of their lines left to fill in) give no
#    figures; a line or table cell holding a blank ("…./….", "………") gives none; "0/0" is
#    no figure; "v.v." ends a subject; money lent to workers is worker_loans, not
#    welfare_spending; a reference's type from the words before it ("Luật Công đoàn số"),
#    else its code; contract, certificate and form numbers are no references; issuers from
#    ministry codes; a bracketed date after an id; no sentence ends at a dot with no space
#    after it ("Baonghean.vn"); a document stating neither date nor period takes the
#    period most of its figures report; a sum followed by what it paid for ("chi 12,5 tỷ
#    đồng chăm lo Tết cho …") takes that as its subject; money raised for others
#    ("quyên góp ủng hộ") is donations, not welfare_spending; a synonym across the number
#    ("thành lập mới 96 CĐCS"); no stock indicator for a share without a rate's words, nor
#    any for a norm "mỗi …"; scaled amounts without float noise; the rest of the clause
#    names a rate's indicator, or a count's when it names its noun; a compared year is
#    not the period, "nhiệm kỳ qua" is the last term named; "Công đoàn ngành Y tế" whole;
#    a range's upper end shares its lower end's indicator; a rate or sum tied to the figure
#    before it (", đạt 111%", "với tổng số tiền …") measures what that one counts; a rate
#    names its thing after "tỷ lệ", and only "tỷ lệ … trên tổng số" is a members' rate;
#    a term named in a sentence holds up to its first year; a ratio is no stock; ", bình
#    quân tăng 9%" grows the figure before it; "CĐCS mới" alone is no new union ("chủ tịch
#    CĐCS mới được bầu")
# 10: (the passages made beside the analysis, index.passages) a heading's section ends at
#    the next line numbered at its level or above, and a list number split off its line
#    ("II." / "NHIỆM VỤ CỤ THỂ") is joined back: documents added again get the right
#    heading as their passages' context; a dated document that states no period takes the
#    period most of its results report (an article of 23/01/2025 on 2024); gifts or people
#    cared for in a sentence about Tết are tet_beneficiaries, the gifts' value
#    welfare_spending; a stock after "trong đó" is a part; a rate linked to a ratio takes
#    the words between them (", chiếm"); a count rated, awarded or admitted to the Party
#    is a part ("312 thỏa ước được xếp loại B"); the cost of houses given is welfare
#    spending; a rate down a chain of tied figures measures the first one's indicator; a
#    web page's masthead naming only its body is no title, a kicker ending in ":" takes the
#    headline under it and an annex's label its name; "so với cuối năm 2024" is compared;
#    members or unions counted as doing something ("đăng ký", "tham gia") are a part;
#    "Tính đến ngày 30/6/2023" is that sentence's period; a quoted name's years are none;
#    figures before any named period take the document's year
# 11: money owed is arrears ("nợ với số tiền"), the union's finances when its dues are
#    named; a byline is no heading; references name their genre ("Quy định"); periods of
#    a month ("Tháng 9/2024"), of a Tết by its year or name ("Tết Ất Tỵ"), "tính đến tháng
#    9/2025" for its sentence, a year right after a figure, "Sau 3 năm" as the last term
#    when it spans three, results under a term that starts in the document's year; a
#    rate's indicator from the rest of its clause among those it can measure (28 words);
#    years, dates and cited numbers are no earlier figures; a list item's rate names its
#    own thing; a share rated ("40% thỏa ước được xếp loại B") is a part; "từ 02 CĐCS
#    trở lên" is at least, and new_grassroots_unions across the bound's word; the head
#    of a sentence names a rate's or a "bản" count's indicator ("Về thỏa ước lao động tập
#    thể, …"); the people a share is of are no indicator by likeness; what an earlier
#    rate was measured against ("đạt 106% chỉ tiêu … đề ra") is no goal of the next figure;
#    stacked qualifiers, the first says it; "5%/năm trở lên"; "lớp dành cho" is a "lớp";
#    (audit) "đã … ít nhất 350" is a result; people "được chăm lo Tết" are Tết's, not the
#    members; programmes are no beneficiaries; a size ("CĐCS với 35 đoàn viên trở lên")
#    counts nothing; a subject stops at the next number; "2% GDP vào năm 2020" is 2020's;
#    the head's topic after a cue ("Dự kiến thu tài chính …"), for sums and "cuộc" too;
#    a class "cho 44 đoàn viên" is no officials' training; the head of a figure's clause
#    ("…; vận động ủng hộ các loại quỹ … được trên 3,8 tỷ đồng")
# 12: 11 was raised by the first of session 12's changes; 12 has all of them (stores made
#    in between are analysed again)
# 13: the head of a figure's own clause names its topic ("…; vận động ủng hộ … được trên
#    3,8 tỷ đồng"); a scraped page's menu and breadcrumb come before its headline and
#    dateline (its title, kind and date)
# 14: (index.passages) in a file of several instruments, each names its passages' context
# 15: a file's instruments listed (Document.instruments: number, title, date, span); a
#    title stops at the body's first section label ("A- TÌNH HÌNH VÀ NGUYÊN NHÂN"); a
#    title citing a number is not the document's number or date; (heldout4) a table of
#    plans and results takes units from its labels' brackets, "Chỉ tiêu" beside result
#    columns and a results caption state no goal; "Điều 2." ends Điều 1's goals; a
#    congress's delegates and committee are of its term; a rate's subject from "tỷ lệ" on
#    and its indicator from what it counts; a stock's share of the whole; enterprises
#    with a union, new unions' members, rated shares and sums per thing under none;
#    "doanh nghiệp đã có CĐCS" reports nothing; "100% dự toán trở lên"; "đồng tiền";
#    (ingest audit) a table of organisations counts what its columns name, a plan's rows
#    their noun; a district named like a province names none; a rate against the plan
#    counts what the figure before it does; (heldout5) a column named by its verb counts its
#    noun, a caption row captions, framing pipes open no column, a total row counts what
#    its columns name, people taken home for Tết, a span of time is no earlier figure;
#    "Công đoàn các KCN" is a union's name, and the body a document is about is named in
#    its prose, not its tables' rows; a header of two rows names each column by both;
#    Document.unread_pages; (audit) people the words name as members; sector names with a
#    small second syllable ("ngành Giáo dục"), names with an apostrophe ("Cư M’gar"); a
#    sentence in English gives no figures; a results heading naming tasks opens no list
#    of goals
# 16: (heldout6) a table runs on over a page break; a count after "trong đó" is a part; a
#    bare "bản"/"cuộc" counts what the sentence last counted by it; people who "là đoàn
#    viên" give the membership rate; "mỗi quý (ít nhất) một lần"; (metadata gold) a
#    province part's header in its written case with its parent's place, the issuer's
#    full name for the figures' union, a department line is no issuer or title, a sheet
#    dated at its foot, the day figures are counted to is no date, a Party paper's signer,
#    a web page's credit or masthead, an annex of what it is attached to, a title's
#    period under its heading, a title without its number; (heldout7) a figure's province
#    is the last its clause names, a national article's paragraph carries its province,
#    "Bình Dương cũ" is the province it merged into; a paragraph of prose above a table is
#    no caption; a column's bracketed noun names what it counts; a document about Tết makes
#    its gifts Tết's; a sum for each ("mỗi suất trị giá …") is tied to no figure; a union
#    that issued a paper is its figures' union, a bare "LĐLĐ tỉnh" the figure's province's
#    or none, the document's union not another province's figures'; (metadata heldout) a
#    head name wrapped in its column, a company's union, a title's subject line (a letter's
#    "V/v", a short heading's, "Thực hiện …" as a title) and its period, "Huế" the city of
#    2025 on, a span of days no date, a news item's dateline or credit; a national
#    article's paragraph carries its union; (heldout8) a scan's head read across its
#    columns gives its number and issuer, "nữ đoàn viên" counts đoàn viên, a count of those
#    who have "chưa" done something is a part; a note under a table names what its rates
#    are of; a decision issuing rules states rules; "Công đoàn ngành" in short; a sentence
#    naming the document's province among others keeps it; (heldout9) a value column
#    "Chỉ tiêu" is the goal and "Kết quả" beside it the result; a deadline already past in
#    a report or article reports a result; (heldout10) a union budget table's money is
#    union_finance, "3 = 2/1" numbers a column, "cao hơn 7%" is exact
# 17: (heldout8, heldout11, heldout12: scanned tables read cell by cell in ingest) a table
#    whose columns say which is the plan and which the result takes no kind from its
#    caption; "Tính đến ngày 30/6/2025" carries on to the next part of a report, then the
#    term; a column "Nghị quyết đề ra" holds the term's targets; a header cell merged across
#    names each sub-column; a section row "A | CHỈ TIÊU …" inside a table; "Kết nạp mới
#    đoàn viên công đoàn" counts new members; "người lao động" counted in a column, "Số
#    CĐCS thực hiện" counts CĐCS but not all of them; "thỏa ước đạt" is no estimate; a
#    lunar year read without its marks ("Ất Ty"); a figure after a sentence's second
#    period is that period's; "có thỏa ước"; "Các CĐCS trực thuộc …" names who counts;
#    (heldout13) a header with a mark misread still names a plan, "Kết quả đến …" results,
#    "Trong đó nữ" in the unit of the column before, "KCN …" rows name who counts, "tý
#    đồng" is "tỷ đồng", a stock counted to in the document's year carries, "số46/BC-…"
# 18: (bench/gold/conflicts) figures carry the months of their year they cover (`months`:
#    a six-month report's title, a heading, a sentence for its paragraph, a day counted to
#    for its sentence; none for a Tết or a goal of the year's plan); a bare "LĐLĐ thị xã"
#    is the one the document names; a programme's quoted name heads its sentence's topic
#    ("Chương trình “Mái ấm Công đoàn” …, sửa chữa 65 nhà"); a table row "nhà “Mái ấm …”"
# 19: (bench/gold/conflicts2) a goal said again in a report is the year plan's ("chỉ tiêu
#    năm 6.500 đoàn viên") and counts what its result does; "chỉ tiêu cả năm" is no span;
#    "Luật Công đoàn năm 2024" is no period; "Đến hết năm" past in an article is a result;
#    "trong đó LĐLĐ huyện … thành lập mới 27 CĐCS" is that union's count; "kết nạp mới
#    4.500 đoàn viên và thành lập mới 30 CĐCS"; "từ tháng 4/2025", "họp từ ngày 23 đến
#    ngày 24/10/2025" are no months; a figure's own clause names its months first
# 20: (an audit of compare) gifts under a heading on Tết are the Tết's; what gifts or care
#    cost is welfare spending ("… với tổng kinh phí gần 19 tỷ đồng", "(trị giá hơn 360
#    triệu)"); "Trong năm, Chương trình “Mái ấm Công đoàn” …" heads its houses; "từ đầu
#    tháng 12/2023" is no period; "Năm 2025, …" opening a sentence is the whole year's
# 21: (months labelled blind on five sets) a day a term's report's title counts to gives
#    no months, a sheet's does; a term's table and "Từ đầu nhiệm kỳ …" none; a lead line
#    counted to a day gives it to its table; a clause naming its own year borrows none;
#    "CUÔI NĂM" (OCR); "… theo kế hoạch năm" the year's goal, "… để hoàn thành chỉ tiêu năm"
#    not
# 22: (bench/gold/heldout15, tables printed without rules) a table's row whose last cells
#    are empty ("Thành lập mới CĐCS | ≥ 50") stays in its table, and a table goes on over a
#    page that opens with a section row; a table of goals by its caption reads a row's unit
#    in its label's bracket; a note column ("Ghi chú": "6 tháng đạt 54,7%") says its own
#    kind, of what its row names; a total named across the number's column ("Tổng cộng |
#    | 1.184") counts its columns' things; "Tỷ lệ so cùng kỳ (%)" compares what the
#    columns before it count; "- Tổng số đoàn viên công đoàn: 371.540 người" is the stock
#    its label names; (heldout16) a note under a table writes out its header's shorthand
#    ("ĐV: đoàn viên"); "Kết quả … chỉ tiêu …" over a table reports results; "-2,5" is a
#    fall; a label "… (%)" is a rate; "Số công đoàn cơ sở 2.871" is a figure of the
#    label's noun ("Trong đó: CĐCS … 1.342" a part of it); the bracketed note under an
#    annex's title ("số liệu tính đến ngày 30/11/2025") gives its months; a table row
#    "Công đoàn cơ sở | CĐCS | 2.946" names the stock it counts
#    (heldout17) a section row of one cell ("I. Chỉ tiêu về tổ chức") stays in its table;
#    a table goes on over a page break whose next row ends in empty cells; a column of
#    ages ("Dưới 35 tuổi") names no value; "CĐCS cơ quan …", "CĐCS các sở, …" name who
#    counts; a note "Năm 2025 đạt 1.386" is that year's result in its row's unit, a note
#    saying no "đạt"/"đã" keeps its column's kind
# 23: (bench/gold/heldout18, tables set out with tabs) a table under a lead line counted to
#    a day ("Tính đến ngày 31/12/2025, … như sau:") holds that day's results, a column
#    naming a later year ("Kết nạp năm 2026") its goals; a column "Kết nạp năm 2026" counts
#    new members, "Năm 2025 (người)" people; a numbered caption ("Bảng 2. Số lượng đoàn
#    viên công đoàn theo đơn vị") names what a table of unions by year counts; "CĐCS doanh
#    nghiệp …" names who counts; "ĐV" is "đoàn viên"; "liên đoàn lao động", "công đoàn cấp
#    trên trực tiếp cơ sở" are units; "hiện còn", "chỉ đạt" report; "doanh nghiệp có từ 25
#    lao động trở lên" is a size, no figure; "từ 500.000 đồng đến 1.000.000 đồng" a range;
#    tickets ("vé xe") are no people given a Tết; "Ngày 27/6/2025, … ban hành Quyết định số
#    2158/QĐ-TLĐ" dates the decision; (heldout19) a column "Đoàn viên 31/12/2025" counts
#    the members at that day, "… 30/6/2026" with its months; "- Nữ" under a row is a part;
#    a document titled on a Tết gives its figures no months; "tăng 8.120 suất so với …" is
#    a difference; "… kế hoạch năm trở lên" bounds; "mới đạt" reports; "đơn vị hành chính"
# 24: (bench/gold/heldout20 and heldout21, scans of tables printed without rules) a scanned
#    page's table without rules is read as a table, cell by cell (ingest/scan_unruled.py),
#    where its rows had run into one paragraph; "Ð" is read as "Đ"
# 25: (bench/gold/heldout23, web pages) a page's headline, lead ("sapo") and photo captions
#    are read where trafilatura had left them out (ingest/story_parts.py); polls, ratings,
#    share counts, ads and a portal's side columns are no part of the story; a file's size
#    in a download link ("(PDF, 318 KB)") is no figure; an earlier number's words end at a
#    "và" however far back the number is ("… thỏa ước lao động tập thể và xây mới 40 nhà");
#    money a fund "vận động được" is donations; (heldout24) the story's headline is the
#    longest heading the title names (a Joomla site's h1 is its own name); a range's first
#    end with its own unit keeps its scale ("từ 800.000 đồng đến 1,5 triệu đồng"); a count
#    before a name in quotes counts its first noun ("46 “Chuyến xe Công đoàn”"); a speech
#    quoted after a colon holds claims; "dứt điểm 37 kiến nghị" is no "điểm 3" of a law;
#    view counts and newsletter boxes are furniture
# 26: (bench/gold/goals) a table's "Chỉ tiêu nhiệm kỳ" column holds goals; a row labelled
#    with its time is of it; a congress's paper is its province union's; "chưa" after a
#    comma sets nothing apart; the cost of care named before its people is welfare spending
# 27: (bench/gold/goals2) a congress's account of the last term is that term's ("nhiệm kỳ
#    qua" in a paper of the new term's first year; counts of what was done after a stock
#    at the congress's day); a date clause after ";" is its own clause's; `Figure.since`,
#    where a count starts, also from the sentence before in its paragraph and "Từ Đại hội
#    đến …"; a bare share after a count, a sum's share of its plan and a plan row's
#    percent take its indicator; loans counted in people; failing_unions_rate; a fund to
#    raise is donations
# 28: (the same session) a part's months ("trong đó 6 tháng cuối năm") its own clause's;
#    "Giới thiệu cho Đảng" columns count members (27 was out for an hour without them); a
#    name in quotes is read as the name ("Quỹ “Mái ấm Công đoàn” vận động 6 tỷ đồng")
# 29: two-level table headers read as Vietnamese says them ("Tổng số đoàn viên", a
#    "Trong đó" part, "Số nhà Mái ấm Công đoàn", "Thực hiện Năm 2025", "Tỷ lệ % so KH");
#    a caption's list of units; "Đoàn viên hiện có đến …"; "164 (tăng 9)"; "trên là" exact
# 30: (the same session) "riêng chỉ tiêu … đạt 97,8% kế hoạch" a result; "Chỉ tiêu 4 tính
#    trên …" a row's number; "gồm cả" picks out a part (29 was out for an hour without them)
# 31: (the same session) a column of unions gone ("CĐCS giải thể") counts no unions held,
#    also in its "Tổng cộng" row


def reported_period(figures: list[Figure]) -> str | None:
    """The period most of a document's results report, for a document that does not state
    its period (a press article: "Năm 2022, LĐLĐ tỉnh …", or one dated 23/01/2025 on "Chỉ
    tính trong năm 2024 …"): without it, `search --year 2024` left the article out. Targets
    do not count (a resolution's "đến năm 2030" is not what it reports). None unless one
    period holds over half of the results."""
    results = [f for f in figures if f.kind == "achievement"]
    counts = Counter(f.period for f in results if f.period)
    if not counts:
        return None
    period, count = counts.most_common(1)[0]
    return period if 2 * count > len(results) else None


# a run of letters and digits this long is no word of any language (a hash, base64, a
# pasted blob): the patterns that read text backtrack over it, in time growing with the
# square of its length (100 KB of letters took over a minute, holding the server's other
# requests)
_NOT_A_WORD = re.compile(r"[^\W_]{64,}")


def readable(raw: RawDocument) -> RawDocument:
    """`raw` with every run that is no word turned to spaces: offsets stay the text's."""
    masked = _NOT_A_WORD.sub(lambda m: " " * len(m.group()), raw.text)
    return raw if masked == raw.text else replace(raw, text=masked)


def analyze(raw: RawDocument) -> Document:
    """Everything baocao understands of one document."""
    text = raw.text
    raw = readable(raw)
    meta = extract_metadata(raw.text, raw.format, raw.meta)
    references = [r for r in find_references(raw.text) if not _own_number(raw.text, r)]
    # a law's "khi có từ 05 đoàn viên" is a threshold, not a union's result; a form's
    # "Số lượng người lao động: 65 người" is an example
    figures = [] if states_rules(meta) or is_form(raw.text) else find_figures(raw, meta)
    period = meta.period if meta.period is not None else reported_period(figures)
    return Document(
        id=document_id(raw),
        source=raw.source,
        title=meta.title,
        kind=meta.kind,
        number=meta.number,
        issuer=meta.issuer,
        province=meta.province,
        date=meta.date,
        period=period,
        pages=len(raw.pages),
        text=text,
        figures=figures,
        references=references,
        tables=[Table(page=t.page, rows=t.rows, header=t.header) for t in raw.tables],
        instruments=find_instruments(raw.text, raw.format),
        unread_pages=list(raw.unread_pages),
    )
