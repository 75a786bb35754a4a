"""Word .docx: the text Word shows, in document order, legacy fonts decoded per run.

The XML is walked rather than read through python-docx's paragraphs and runs, which give a
paragraph's direct runs and hyperlinks and the body's direct paragraphs and tables only: a
tracked insertion, a content control (inline, or around paragraphs, rows or cells), a
field's result, a smart tag or custom XML wrapper and a text box's text were lost. Tracked
deletions and field instructions stay out. Footnotes and endnotes follow the body.

A run's font is its own, else its paragraph style's (and that style's bases), else the
document default: a .VnTime or VNI run is decoded by it, a run without one by guess.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import UnreadableFile
from .legacy import decode_run
from .package import check_package
from .records import Extracted, RawTable
from .tables import Grid, body_rows, header_names, header_rows, text_lines
from .text import normalize

if TYPE_CHECKING:
    from lxml.etree import _Element as Element

# Tags spelled out rather than built with docx.oxml.ns.qn: python-docx is imported only when
# a .docx is read, not whenever ingest is.
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
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
    """Font names as Word resolves them: run, paragraph style chain, document default."""

    def __init__(self, document) -> None:
        self.default = self._default(document)
        self.by_style: dict[str, str | None] = {}

    @staticmethod
    def _default(document) -> str | None:
        styles = document.styles.element
        fonts = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}rFonts")
        if fonts is None:
            return None
        return fonts.get(f"{_W}ascii") or fonts.get(f"{_W}hAnsi")

    def of_style(self, style) -> str | None:
        if style is None:
            return None
        if style.style_id not in self.by_style:
            name = style.font.name if style.font is not None else None
            base = style.base_style
            self.by_style[style.style_id] = name or (self.of_style(base) if base else None)
        return self.by_style[style.style_id]

    def of_run(self, run, paragraph) -> str | None:
        return (
            run.font.name
            or self.of_style(run.style)
            or self.of_style(paragraph.style)
            or self.default
        )


@dataclass
class _Reader:
    """What the walk of one document shares: its fonts, the python-docx Document that run
    and paragraph proxies reach styles through, the tables met so far, and the notes
    referenced so far, as (kind, id) in the order of their references (their numbering)."""

    fonts: _Fonts
    document: object
    tables: list[RawTable] = field(default_factory=list)
    notes: dict[tuple[str, str], None] = field(default_factory=dict)

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


def _paragraph_lines(p: Element, reader: _Reader, fields: _Fields) -> list[str]:
    """The paragraph's text, then the text of each text box it anchors as paragraphs of its
    own, set apart by blank lines so that neither is joined to the other as a wrapped line."""
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    paragraph = Paragraph(p, reader.document)
    parts: list[str] = []
    boxes: list[Element] = []
    for r in _runs(p):
        fields.read(r)
        if fields.showing:
            run = Run(r, paragraph)
            parts.append(decode_run(run.text, reader.fonts.of_run(run, paragraph)))
        reader.note_references(r)
        boxes.extend(_text_boxes(r))
    fields.close_paragraph()
    lines = ["".join(parts)]
    for box in boxes:
        lines.extend(["", *_story_lines(box, reader), ""])
    return lines


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


def _table_lines(tbl: Element, reader: _Reader, fields: _Fields) -> list[str]:
    """A table as "a | b | c" lines, kept as a RawTable too; a one-row table is a page's head
    laid out in a table: its paragraphs, as text."""
    grid, declared, paragraphs = _grid(tbl, reader, fields)
    if grid.n_rows < 2:
        return ["", *paragraphs, ""]
    count = header_rows(grid, declared=declared)
    reader.tables.append(RawTable(None, body_rows(grid, count), header_names(grid, count)))
    return ["", *text_lines(grid), ""]


def _story_lines(container: Element, reader: _Reader) -> list[str]:
    """The lines of a body, a text box or a note: its paragraphs and tables in order."""
    fields = _Fields()  # a field never runs from one story into another
    lines: list[str] = []
    for block in _contents(container):
        if block.tag == _P:
            lines.extend(_paragraph_lines(block, reader, fields))
        elif block.tag == _TBL:
            lines.extend(_table_lines(block, reader, fields))
    return lines


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
    reader = _Reader(fonts=_Fonts(document), document=document)
    lines = _story_lines(document.element.body, reader)
    warnings: list[str] = []
    try:
        lines.extend(_note_lines(document, reader))
    except XMLSyntaxError as error:  # the body is worth keeping without its notes
        warnings.append(f"footnotes or endnotes not read ({error})")
    return Extracted(pages=["\n".join(lines)], tables=reader.tables, warnings=warnings)
