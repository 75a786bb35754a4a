"""Word .docx: the text Word shows, in document order, legacy fonts decoded per run.

The XML is walked rather than read through python-docx's paragraphs and runs, which give a
paragraph's direct runs and hyperlinks and the body's direct paragraphs and tables only: a
tracked insertion, a content control (inline, or around paragraphs, rows or cells), a
field's result, a smart tag or custom XML wrapper and a text box's text were lost. Tracked
deletions and field instructions stay out. Footnotes and endnotes follow the body.

A run's font is its own, else its paragraph style's (and that style's bases), else the
document default: a .VnTime or VNI run is decoded by it, a run without one by guess.

A paragraph in one of Word's automatic lists gets the label Word shows before it ("II.",
"1.2.", "a)"; a bullet as "-"), then a space: the analysis finds sections and lists by them.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from typing import TYPE_CHECKING

from .docx_layout import ParagraphLayouts
from .docx_styles import Styles
from .docx_styles import W as _W
from .errors import UnreadableFile
from .legacy import decode_run
from .package import check_package
from .records import Extracted, RawTable
from .tables import Grid, header_rows, raw_table, text_lines
from .tabstops import Paragraph as Laid
from .tabstops import find_tables as find_tab_tables
from .tabstops import may_take_part
from .text import normalize

if TYPE_CHECKING:
    from lxml.etree import _Element as Element

# Tags spelled out rather than built with docx.oxml.ns.qn: python-docx is imported only when
# a .docx is read, not whenever ingest is.
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _TR, _TC, _R = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc", f"{_W}r"
_SDT, _SDT_CONTENT = f"{_W}sdt", f"{_W}sdtContent"
_TEXT_BOX = f"{_W}txbxContent"
_ALTERNATE = f"{_MC}AlternateContent"
# wrappers whose content Word shows where they stand
_WRAPPERS = {f"{_W}customXml", f"{_W}smartTag"}
# what a paragraph holds that Word does not show as its text: tracked deletions, text moved
# away (it shows at its new place, in a w:moveTo), the paragraph's properties
_NOT_SHOWN = {f"{_W}del", f"{_W}moveFrom", f"{_W}pPr"}
# the line between the body and its notes (see `_note_lines`)
NOTES_HEADING = "Chú thích"


class _Fonts:
    """Font names as Word resolves them: run, its character style chain, its paragraph's
    style chain, document default. Read from the styles' XML by id: python-docx's
    `run.style` and `paragraph.style` search the styles part at each call, which had taken
    two thirds of the time a .docx took to read."""

    def __init__(self, styles: Styles) -> None:
        fonts = styles.root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}rFonts")
        self.default = None if fonts is None else fonts.get(f"{_W}ascii") or fonts.get(f"{_W}hAnsi")
        self.styles = styles
        self.by_style: dict[tuple[str, str], str | None] = {}

    def of_style(self, named: Element | None, kind: str) -> str | None:
        """The font of the style in force (the one a w:rStyle or w:pStyle names, else its
        type's default), else the one its base names (w:basedOn), and so on."""
        style_id = self.styles.in_force(_val(named), kind)
        if style_id is None:
            return None
        if (kind, style_id) not in self.by_style:
            found = (s.find(f"{_W}rPr/{_W}rFonts") for s in self.styles.chain(style_id, kind))
            names = (fonts.get(f"{_W}ascii") for fonts in found if fonts is not None)
            self.by_style[kind, style_id] = next((name for name in names if name), None)
        return self.by_style[kind, style_id]

    def of_run(self, r: Element, p: Element) -> str | None:
        fonts = r.find(f"{_W}rPr/{_W}rFonts")
        return (
            (fonts.get(f"{_W}ascii") if fonts is not None else None)
            or self.of_style(r.find(f"{_W}rPr/{_W}rStyle"), "character")
            or self.of_style(p.find(f"{_W}pPr/{_W}pStyle"), "paragraph")
            or self.default
        )


def _val(element: Element | None) -> str | None:
    return None if element is None else element.get(f"{_W}val")


def _int(text: str | None, default: int) -> int:
    try:
        return int(text or "")
    except ValueError:
        return default


def _on(element: Element | None) -> bool:
    return element is not None and _val(element) not in ("0", "false", "off")


_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def _format_number(n: int, fmt: str) -> str:
    """A counter in its level's format: a Roman numeral, a letter (Word's A … Z, AA … ZZ),
    decimalZero with two digits; an unknown format (chineseCounting, ordinal …) as decimal.

    >>> [_format_number(n, f) for n, f in [(4, "upperRoman"), (9, "lowerRoman"),
    ...     (2, "lowerLetter"), (28, "upperLetter"), (3, "decimalZero"), (5, "ordinal")]]
    ['IV', 'ix', 'b', 'BB', '03', '5']
    """
    if fmt in ("upperRoman", "lowerRoman") and n > 0:
        parts = []
        for value, numeral in _ROMAN:
            count, n = divmod(n, value)
            parts.append(numeral * count)
        roman = "".join(parts)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter") and n > 0:
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


@dataclass(frozen=True)
class _Level:
    """One level of a list: w:start, w:numFmt, w:lvlText ("%1.%2."), w:lvlRestart (None:
    restarted by any outer level; 0: never; k: by levels 0 … k-1), w:isLgl (all numbers
    decimal) and w:pStyle (the paragraph style bound to the level)."""

    start: int = 0
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None
    legal: bool = False
    style: str | None = None

    @classmethod
    def of(cls, lvl: Element) -> _Level:
        restart = lvl.find(f"{_W}lvlRestart")
        return cls(
            start=_int(_val(lvl.find(f"{_W}start")), 0),
            fmt=_val(lvl.find(f"{_W}numFmt")) or "decimal",
            text=_val(lvl.find(f"{_W}lvlText")) or "",
            restart=None if restart is None else _int(_val(restart), 0),
            legal=_on(lvl.find(f"{_W}isLgl")),
            style=_val(lvl.find(f"{_W}pStyle")),
        )


class _Numbering:
    """Word's automatic numbering (word/numbering.xml), the label Word shows before a
    paragraph: "I.", "1.2.", "a)", a bullet as "-". The paragraph's w:numPr, else its style
    chain's, names a list (w:num, numId) and a level (ilvl); the list's abstract definition
    gives each level's start, format and text. Counters run per list and level, in document
    order; a level restarts when an outer level of the same abstract list advances, and a
    list's w:lvlOverride/w:startOverride sets its start."""

    def __init__(self, document, styles: Styles) -> None:
        self.styles = styles
        self.abstracts: dict[str, Element] = {}
        self.nums: dict[str, Element] = {}
        root = self._root(document)
        if root is not None:
            for abstract in root.iterchildren(f"{_W}abstractNum"):
                self.abstracts[abstract.get(f"{_W}abstractNumId", "")] = abstract
            for num in root.iterchildren(f"{_W}num"):
                self.nums[num.get(f"{_W}numId", "")] = num
        self.lists: dict[str, tuple[str, dict[int, _Level]]] = {}  # numId: abstract, levels
        self.counters: dict[str, dict[int, int]] = {}  # numId: level: its current number

    @staticmethod
    def _root(document) -> Element | None:
        from docx.oxml.parser import parse_xml

        for rel in document.part.rels.values():
            if not rel.is_external and rel.reltype.endswith("/numbering"):
                part = rel.target_part
                element = getattr(part, "element", None)
                return element if element is not None else parse_xml(part.blob)
        return None

    def _abstract(self, num_id: str) -> tuple[str, Element | None]:
        """A list's abstract definition, followed through w:numStyleLink (a list defined by
        a list style: the style's numPr names the list holding the levels)."""
        seen: set[str] = set()
        abstract_id = ""
        while num_id not in seen:
            seen.add(num_id)
            num = self.nums.get(num_id)
            abstract_id = (_val(num.find(f"{_W}abstractNumId")) if num is not None else "") or ""
            abstract = self.abstracts.get(abstract_id)
            link = _val(abstract.find(f"{_W}numStyleLink")) if abstract is not None else None
            style = self.styles.of_type("numbering").get(link or "")
            linked = _val(style.find(f"{_W}pPr/{_W}numPr/{_W}numId")) if style is not None else None
            if linked is None:
                return abstract_id, abstract
            num_id = linked
        return abstract_id, self.abstracts.get(abstract_id)

    def _list(self, num_id: str) -> tuple[str, dict[int, _Level]]:
        if num_id not in self.lists:
            abstract_id, abstract = self._abstract(num_id)
            levels = {}
            for lvl in abstract.iterchildren(f"{_W}lvl") if abstract is not None else ():
                levels[_int(lvl.get(f"{_W}ilvl"), 0)] = _Level.of(lvl)
            for override in self.nums[num_id].iterchildren(f"{_W}lvlOverride"):
                ilvl = _int(override.get(f"{_W}ilvl"), 0)
                lvl = override.find(f"{_W}lvl")
                if lvl is not None:
                    levels[ilvl] = _Level.of(lvl)
                start = override.find(f"{_W}startOverride")
                if start is not None:
                    level = levels.get(ilvl, _Level())
                    levels[ilvl] = replace(level, start=_int(_val(start), level.start))
            self.lists[num_id] = (abstract_id, levels)
        return self.lists[num_id]

    def _num_pr(self, p: Element) -> tuple[str | None, int | None, str | None]:
        """numId and ilvl from the paragraph's numPr, what is missing from its style chain's,
        and the style id the numbering came from (None: the paragraph's own)."""
        num_id = _val(p.find(f"{_W}pPr/{_W}numPr/{_W}numId"))
        ilvl_text = _val(p.find(f"{_W}pPr/{_W}numPr/{_W}ilvl"))
        ilvl = None if ilvl_text is None else _int(ilvl_text, 0)
        named = _val(p.find(f"{_W}pPr/{_W}pStyle")) or self.styles.defaults.get("paragraph")
        source = None
        for style in self.styles.chain(named):
            if num_id is not None and ilvl is not None:
                break
            if num_id is None:
                num_id = _val(style.find(f"{_W}pPr/{_W}numPr/{_W}numId"))
                source = style.get(f"{_W}styleId") if num_id is not None else None
            if ilvl is None:
                ilvl_text = _val(style.find(f"{_W}pPr/{_W}numPr/{_W}ilvl"))
                ilvl = None if ilvl_text is None else _int(ilvl_text, 0)
        return num_id, ilvl, source

    def label(self, p: Element) -> str:
        """The label Word puts before the paragraph ("II.", "1.2.", "a)", "-"), or "" for a
        paragraph out of any list; advances the list's counters."""
        if not self.nums:
            return ""
        num_id, ilvl, source = self._num_pr(p)
        if num_id is None or num_id not in self.nums:  # numId 0: numbering taken off
            return ""
        abstract_id, levels = self._list(num_id)
        if ilvl is None:  # a style's list: the level bound to the style, else the first
            bound = [i for i, level in levels.items() if source and level.style == source]
            ilvl = bound[0] if bound else 0
        if not 0 <= ilvl <= 8 or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else levels[ilvl].start
        # the levels this one restarts, in every list sharing its abstract definition
        for other_id, other in self.counters.items():
            if self.lists[other_id][0] != abstract_id:
                continue
            other_levels = self.lists[other_id][1]
            for deeper in [i for i in other if i > ilvl]:
                restart = other_levels.get(deeper, _Level()).restart
                if restart is None or ilvl < restart:
                    del other[deeper]
        level = levels[ilvl]
        if level.fmt == "bullet":
            return "-"
        if level.fmt == "none":
            return ""

        def number(match: re.Match[str]) -> str:
            i = int(match.group(1)) - 1
            shown = levels.get(i, _Level())
            value = counters.get(i, shown.start)
            return _format_number(value, "decimal" if level.legal else shown.fmt)

        return re.sub(r"%([1-9])", number, level.text).strip()


@dataclass
class _Reader:
    """What the walk of one document shares: its fonts, the python-docx Document that run
    and paragraph proxies reach styles through, the tables met so far, and the notes
    referenced so far, as (kind, id) in the order of their references (their numbering)."""

    fonts: _Fonts
    document: object
    numbering: _Numbering
    styles: Styles
    tables: list[RawTable] = field(default_factory=list)
    notes: dict[tuple[str, str], None] = field(default_factory=dict)

    @cached_property
    def layouts(self) -> ParagraphLayouts:
        """Tab stops, indents and sizes, read only for a story holding a tab."""
        return ParagraphLayouts(self.document, self.styles)

    def note_references(self, r: Element) -> None:
        for kind in ("footnote", "endnote"):
            for reference in r.iterchildren(f"{_W}{kind}Reference"):
                self.notes.setdefault((kind, reference.get(f"{_W}id", "")), None)


class _Fields:
    """Where a story stands in Word's complex fields ({ MERGEFIELD … }, { PAGE }): between a
    field's begin and separate marks is its instruction, code; between separate and end its
    result, text as any other. A field nested in another's instruction is code too."""

    def __init__(self) -> None:
        self.in_instruction: list[bool] = []  # one per open field, innermost last

    def read(self, r: Element) -> None:
        for mark in r.iterchildren(f"{_W}fldChar"):
            kind = mark.get(f"{_W}fldCharType")
            if kind == "begin":
                self.in_instruction.append(True)
            elif kind == "separate" and self.in_instruction:
                self.in_instruction[-1] = False
            elif kind == "end" and self.in_instruction:
                self.in_instruction.pop()

    def close_paragraph(self) -> None:
        """An instruction still open at its paragraph's end is taken as ended: field codes
        hardly ever cross a paragraph mark, and a begin mark never ended (a generator's slip)
        would otherwise hide the rest of the document. A result goes on (a table of
        contents is one field over many paragraphs)."""
        while self.in_instruction and self.in_instruction[-1]:
            self.in_instruction.pop()

    @property
    def showing(self) -> bool:
        return not any(self.in_instruction)


def _control_content(sdt: Element) -> Element | None:
    """A content control's content. A placeholder prompt ("Nhập số liệu") is kept: Word
    shows and prints it, and generators often leave the placeholder flag on real values."""
    return sdt.find(_SDT_CONTENT)


def _contents(element: Element) -> Iterator[Element]:
    """`element`'s children, each content control, custom XML or smart tag replaced by what it
    holds and each mc:AlternateContent by its first branch, at any depth: the same children
    whether Word wraps them or not (paragraphs in a body, rows in a table, runs in a
    paragraph)."""
    for child in element:
        if child.tag == _SDT:
            content = _control_content(child)
            if content is not None:
                yield from _contents(content)
        elif child.tag == _ALTERNATE:
            if len(child):
                yield from _contents(child[0])
        elif child.tag in _WRAPPERS:
            yield from _contents(child)
        else:
            yield child


def _runs(element: Element) -> Iterator[Element]:
    """The runs Word shows in a paragraph, in order, whatever holds them: a tracked insertion,
    a hyperlink, a simple field's result, a content control."""
    for child in _contents(element):
        if child.tag == _R:
            yield child
        elif child.tag not in _NOT_SHOWN:
            yield from _runs(child)


def _text_boxes(element: Element) -> Iterator[Element]:
    """The text boxes a run anchors, each once: Word writes a box as DrawingML and again as a
    VML picture for older readers, the two branches of one mc:AlternateContent."""
    for child in element:
        if child.tag == _TEXT_BOX:
            yield child
        elif child.tag == _ALTERNATE:
            branch = next((b for b in child if b.find(f".//{_TEXT_BOX}") is not None), None)
            if branch is not None:
                yield from _text_boxes(branch)
        else:
            yield from _text_boxes(child)


# a paragraph this long wraps: prose, which no table set out with tabs runs across
MAX_TAB_ROW_CHARS = 160


def _paragraph(
    p: Element, reader: _Reader, fields: _Fields
) -> tuple[list[str], Callable[[], Laid] | None]:
    """The paragraph's text, then the text of each text box it anchors as paragraphs of its
    own, set apart by blank lines so that neither is joined to the other as a wrapped line;
    and how to lay out its line as Word does, for the tables set out with tabs (None for a
    paragraph too long to be a row of one). The layout is asked for only in a story that
    holds a tab."""
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    paragraph = Paragraph(p, reader.document)
    shown: list[tuple[Element, str]] = []
    boxes: list[Element] = []
    first_font: str | None = None
    for r in _runs(p):
        fields.read(r)
        if fields.showing:
            run = Run(r, paragraph)
            font = reader.fonts.of_run(r, p)
            shown.append((r, decode_run(run.text, font)))
            if first_font is None and shown[-1][1].strip():
                first_font = font
        reader.note_references(r)
        boxes.extend(_text_boxes(r))
    fields.close_paragraph()
    text = "".join(part for _, part in shown)
    label = reader.numbering.label(p)
    lines = [f"{label} {text}" if label and text.strip() else text]
    layout = None
    if len(text) <= MAX_TAB_ROW_CHARS and not boxes:
        tabbed_label = label if "\t" in text and text.strip() else ""
        layout = partial(_laid_out, reader, p, shown, first_font, tabbed_label)
    for box in boxes:
        lines.extend(["", *_story_lines(box, reader), ""])
    return lines, layout


def _laid_out(reader: _Reader, *paragraph) -> Laid:
    return reader.layouts.paragraph(*paragraph)


def _paragraph_lines(p: Element, reader: _Reader, fields: _Fields) -> list[str]:
    return _paragraph(p, reader, fields)[0]


def _rows(tbl: Element) -> list[Element]:
    return [tr for tr in _contents(tbl) if tr.tag == _TR]


def _cells(tr: Element) -> list[Element]:
    return [tc for tc in _contents(tr) if tc.tag == _TC]


def _cell_paragraphs(tc: Element, reader: _Reader, fields: _Fields) -> list[str]:
    """A cell's non-empty paragraphs; a table inside the cell gives its cells' paragraphs, row
    by row, since a cell's value is one line of the outer table."""
    lines: list[str] = []
    for block in _contents(tc):
        if block.tag == _P:
            lines.extend(_paragraph_lines(block, reader, fields))
        elif block.tag == _TBL:
            for tr in _rows(block):
                for inner in _cells(tr):
                    lines.extend(_cell_paragraphs(inner, reader, fields))
    lines = [normalize(line) for line in lines]
    return [line for line in lines if line]


def _grid(tbl: Element, reader: _Reader, fields: _Fields) -> tuple[Grid, bool, list[str]]:
    """The table's layout grid (merged cells with their spans), whether Word marks its
    first row as a header repeated on each page, and every cell's paragraphs in order (the
    text of a one-row table, which lays out a page's head rather than holding data)."""
    rows = _rows(tbl)
    cells = [_cells(tr) for tr in rows]
    width = max((len(row) for row in cells), default=0)
    grid_columns = tbl.find(f"{_W}tblGrid")
    width = max(width, len(grid_columns.findall(f"{_W}gridCol")) if grid_columns is not None else 0)
    text: list[list[str]] = []
    span: list[list[str]] = []
    bold: list[bool] = []
    paragraphs: list[str] = []
    for r, (tr, row_cells) in enumerate(zip(rows, cells, strict=True)):
        row_text = [""] * width
        row_span = [""] * width
        column = tr.grid_before
        for tc in row_cells:
            if column >= width:
                break
            if tc.vMerge == "continue" and r > 0:
                above = text[r - 1][column]
                for offset in range(tc.grid_span):
                    if column + offset < width:
                        row_text[column + offset] = text[r - 1][column + offset] or above
                        row_span[column + offset] = "v"
            else:
                cell_paragraphs = _cell_paragraphs(tc, reader, fields)
                paragraphs.extend(cell_paragraphs)
                value = " ".join(cell_paragraphs)
                for offset in range(tc.grid_span):
                    if column + offset < width:
                        row_text[column + offset] = value
                        row_span[column + offset] = "h" if offset else ""
            column += tc.grid_span
        text.append(row_text)
        span.append(row_span)
        runs = [run for tc in row_cells for p in tc.iter(_P) for run in p.iter(_R)]
        bold.append(bool(runs) and all(run.find(f"{_W}rPr/{_W}b") is not None for run in runs))
    first = rows[0] if rows else None
    declared = first is not None and first.find(f"{_W}trPr/{_W}tblHeader") is not None
    return Grid(text=text, span=span, bold=bold), declared, paragraphs


# the motto a Vietnamese paper's head sets beside its issuer: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
# VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc", or the Party's "ĐẢNG CỘNG SẢN VIỆT NAM"
_MOTTO = re.compile(
    r"cộng h(?:òa|oà) xã hội chủ nghĩa việt nam|đảng cộng sản việt nam|độc lập\s*[-–]\s*tự do",
    re.IGNORECASE,
)
HEAD_TABLE_ROWS = 3  # issuer | motto, number | dateline, and at most one more


def _lays_out_a_head(grid: Grid) -> bool:
    """Whether a table is the paper's head set out in columns, as Word documents mostly
    have it ("LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN / CÔNG ĐOÀN NGÀNH GIÁO DỤC | CỘNG HÒA …",
    "Số: 45/BC-CĐN | Vinh, ngày …"): a few rows, the motto in one of them."""
    return grid.n_rows <= HEAD_TABLE_ROWS and any(
        _MOTTO.search(cell) for row in grid.text for cell in row
    )


def _table_lines(tbl: Element, reader: _Reader, fields: _Fields) -> list[str]:
    """A table as "a | b | c" lines, kept as a RawTable too; a one-row table, or a paper's
    head laid out in a table, is its paragraphs, as text: a cell's lines joined as one
    value had run the issuer's parent and the issuer into one name."""
    grid, declared, paragraphs = _grid(tbl, reader, fields)
    if grid.n_rows < 2 or _lays_out_a_head(grid):
        return ["", *paragraphs, ""]
    count = header_rows(grid, declared=declared)
    reader.tables.append(raw_table(grid, count))
    return ["", *text_lines(grid), ""]


def _story_lines(container: Element, reader: _Reader) -> list[str]:
    """The lines of a body, a text box or a note: its paragraphs and tables in order, the
    paragraphs that set out a table with tabs as that table's rows (tabstops.py)."""
    fields = _Fields()  # a field never runs from one story into another
    blocks: list[list[str]] = []
    layouts: list[Callable[[], Laid] | None] = []
    tables_before: list[int] = []  # tables met before each block, to keep their order
    tabbed = False
    for block in _contents(container):
        tables_before.append(len(reader.tables))
        if block.tag == _P:
            lines, layout = _paragraph(block, reader, fields)
            tabbed = tabbed or (layout is not None and "\t" in lines[0])
            blocks.append(lines)
            layouts.append(layout)
        elif block.tag == _TBL:
            blocks.append(_table_lines(block, reader, fields))
            layouts.append(None)
    if tabbed:
        laid = [
            layout() if layout is not None and may_take_part(lines[0]) else None
            for lines, layout in zip(blocks, layouts, strict=True)
        ]
        found = find_tab_tables(laid, reader.layouts.default_stop, reader.layouts.line_width)
        for first, last, table in reversed(found):
            reader.tables.insert(tables_before[first], raw_table(table.grid, table.n_header))
            blocks[first : last + 1] = [["", *text_lines(table.grid), ""]]
    return [line for lines in blocks for line in lines]


def _notes(document, kind: str) -> dict[str, Element]:
    """The document's footnotes or endnotes by id, without the separator lines Word keeps
    among them. python-docx has no part for notes: the part's XML is parsed here."""
    from docx.oxml.parser import parse_xml

    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith(f"/{kind}s"):
            continue
        root = parse_xml(rel.target_part.blob)
        notes = root.iterchildren(f"{_W}{kind}")
        return {
            note.get(f"{_W}id", ""): note
            for note in notes
            if note.get(f"{_W}type", "normal") == "normal"
        }
    return {}


def _note_lines(document, reader: _Reader) -> list[str]:
    """The notes the text refers to, footnotes then endnotes, each in the order of its
    reference, after a line "Chú thích". They go after the body, as the foot of a printed
    page puts them, rather than after their paragraph: there a citation would cut the body's
    flow in the middle of a section, and a mark glued to a word ("năm 2021¹") would be read
    as part of a figure, so the mark is left out. A note no reference points to (its
    reference deleted with changes tracked) is not shown by Word and is left out too."""
    lines: list[str] = []
    for kind in ("footnote", "endnote"):
        notes = _notes(document, kind)
        for note_kind, note_id in list(reader.notes):
            note = notes.get(note_id) if note_kind == kind else None
            text = _story_lines(note, reader) if note is not None else []
            if any(line.strip() for line in text):
                lines.extend(["", *text])
    return ["", NOTES_HEADING, *lines] if lines else []


def read_docx(data: bytes) -> Extracted:
    """Paragraphs and tables in document order, each text box after the paragraph anchoring
    it, notes at the end; each table also as a RawTable, its rows kept in the text as
    "a | b | c" lines for the figure tagger."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    check_package(data, ".docx")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise UnreadableFile(f"not a readable .docx ({error})") from error
    styles = Styles(document)
    reader = _Reader(
        fonts=_Fonts(styles),
        document=document,
        numbering=_Numbering(document, styles),
        styles=styles,
    )
    lines = _story_lines(document.element.body, reader)
    warnings: list[str] = []
    try:
        lines.extend(_note_lines(document, reader))
    except XMLSyntaxError as error:  # the body is worth keeping without its notes
        warnings.append(f"footnotes or endnotes not read ({error})")
    return Extracted(pages=["\n".join(lines)], tables=reader.tables, warnings=warnings)


_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"  # a picture in Word 2003's VML
_RELATION = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def pasted_pictures(data: bytes) -> list[bytes]:
    """The pictures of a .docx's body in document order, as the bytes of their files (a
    scan pasted into Word: what `read_docx` finds no text in)."""
    import docx

    document = docx.Document(io.BytesIO(data))
    related = document.part.related_parts
    pictures = []
    for element in document.element.body.iter(_BLIP, _IMAGEDATA):
        target = element.get(f"{_RELATION}embed") or element.get(f"{_RELATION}id")
        part = related.get(target) if target else None
        if part is not None and hasattr(part, "blob"):
            pictures.append(part.blob)
    return pictures
