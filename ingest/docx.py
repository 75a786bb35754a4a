"""Word .docx: paragraphs and tables in document order, legacy fonts decoded per run.

A run's font is its own, else its paragraph style's (and that style's bases), else the
document default: a .VnTime or VNI run is decoded by it, a run without one by guess.
"""

from __future__ import annotations

import io
import zipfile

from .errors import UnreadableFile
from .legacy import decode_run
from .package import check_package
from .records import Extracted, RawTable
from .tables import Grid, body_rows, header_names, header_rows, text_lines
from .text import normalize

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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


def _paragraph_text(paragraph, fonts: _Fonts) -> str:
    parts = []
    for item in paragraph.iter_inner_content():
        runs = item.runs if hasattr(item, "runs") else [item]  # a hyperlink holds runs
        for run in runs:
            parts.append(decode_run(run.text, fonts.of_run(run, paragraph)))
    return "".join(parts)


def _cell_paragraphs(tc, table, fonts: _Fonts) -> list[str]:
    from docx.table import _Cell

    cell = _Cell(tc, table)
    lines = [normalize(_paragraph_text(p, fonts)) for p in cell.paragraphs]
    return [line for line in lines if line]


def _grid(table, fonts: _Fonts) -> tuple[Grid, bool, list[str]]:
    """The table's layout grid (merged cells with their spans), whether Word marks its
    first row as a header repeated on each page, and every cell's paragraphs in order (the
    text of a one-row table, which lays out a page's head rather than holding data)."""
    rows = table._tbl.tr_lst
    width = max((len(row.tc_lst) for row in rows), default=0)
    width = max(width, len(table._tbl.tblGrid.gridCol_lst) if table._tbl.tblGrid is not None else 0)
    text: list[list[str]] = []
    span: list[list[str]] = []
    bold: list[bool] = []
    paragraphs: list[str] = []
    for r, tr in enumerate(rows):
        row_text = [""] * width
        row_span = [""] * width
        column = tr.grid_before
        for tc in tr.tc_lst:
            if column >= width:
                break
            if tc.vMerge == "continue" and r > 0:
                above = text[r - 1][column]
                for offset in range(tc.grid_span):
                    if column + offset < width:
                        row_text[column + offset] = text[r - 1][column + offset] or above
                        row_span[column + offset] = "v"
            else:
                cell_paragraphs = _cell_paragraphs(tc, table, fonts)
                paragraphs.extend(cell_paragraphs)
                value = " ".join(cell_paragraphs)
                for offset in range(tc.grid_span):
                    if column + offset < width:
                        row_text[column + offset] = value
                        row_span[column + offset] = "h" if offset else ""
            column += tc.grid_span
        text.append(row_text)
        span.append(row_span)
        runs = [run for tc in tr.tc_lst for p in tc.iter(f"{_W}p") for run in p.iter(f"{_W}r")]
        bold.append(bool(runs) and all(run.find(f"{_W}rPr/{_W}b") is not None for run in runs))
    first = rows[0] if rows else None
    declared = first is not None and first.find(f"{_W}trPr/{_W}tblHeader") is not None
    return Grid(text=text, span=span, bold=bold), declared, paragraphs


def read_docx(data: bytes) -> Extracted:
    """Paragraphs and tables in document order; each table also as a RawTable, its rows
    kept in the text as "a | b | c" lines for the figure tagger."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    check_package(data, ".docx")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise UnreadableFile(f"not a readable .docx ({error})") from error
    fonts = _Fonts(document)
    lines: list[str] = []
    tables: list[RawTable] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            grid, declared, paragraphs = _grid(item, fonts)
            if grid.n_rows < 2:  # a page head laid out in a table: its lines, as text
                lines.extend(["", *paragraphs, ""])
                continue
            count = header_rows(grid, declared=declared)
            tables.append(RawTable(None, body_rows(grid, count), header_names(grid, count)))
            lines.extend(["", *text_lines(grid), ""])
        else:
            lines.append(_paragraph_text(item, fonts))
    return Extracted(pages=["\n".join(lines)], tables=tables)
