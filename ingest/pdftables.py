"""Tables of a PDF page, by pdfplumber: ruled ones as Grids with their merged cells, and
unruled ones from its words (unruled.py).

pdfplumber finds a table from its ruling lines and gives each cell's box; a merged cell is
one box over several rows or columns of the layout, and the slots it covers come back as
None. The boxes say exactly which slots a merged cell covers, so no guessing is needed.
Only pages with drawn lines get here (see pdf.py): pdfplumber costs ~50 ms a page.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .legacy import convert_chars, fix_legacy, restore_u
from .tables import Grid, join_cell_lines
from .text import normalize
from .unruled import Word
from .unruled import find_tables as find_unruled

EPSILON = 1.0  # points


@dataclass(frozen=True)
class FoundTable:
    bbox: tuple[float, float, float, float]  # pdfplumber's x0, top, x1, bottom
    grid: Grid
    columns: tuple[float, ...]  # left edge of each column, then the right edge
    low: float  # the table's bottom and top in PDF space (y upwards), as pypdfium2 has them
    high: float
    n_header: int | None = None  # its header rows, when the finder knows them


def decode_legacy_chars(page) -> None:
    """Rewrite the text of a pdfplumber page's characters set in TCVN3 or VNI fonts, in
    place, so that tables read as Unicode."""
    chars = page.chars
    decoded = convert_chars([c["text"] for c in chars], [c.get("fontname") for c in chars])
    for char, text in zip(chars, decoded, strict=True):
        char["text"] = text


def _cell_text(value: str | None, legacy: bool) -> str:
    if not value:
        return ""
    text = normalize(fix_legacy(join_cell_lines(value)))
    # pdfminer reads TCVN3's "ư" (the soft hyphen byte) as a space
    return restore_u(text, space=True) if legacy else text


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return "bold" in name or "black" in name or "heavy" in name or name.endswith(",b")


def _grid(table, page, legacy: bool) -> tuple[Grid, tuple[float, ...]]:
    """The grid of a pdfplumber Table: its rows are the distinct cell tops, its columns the
    distinct cell lefts, as pdfplumber lays out `table.rows`."""
    texts = table.extract()
    rows = table.rows
    lefts = sorted({cell[0] for cell in table.cells})
    tops = [row.bbox[1] for row in rows]
    n_rows, n_cols = len(rows), len(lefts)
    text = [[""] * n_cols for _ in range(n_rows)]
    span = [[""] * n_cols for _ in range(n_rows)]
    for r, row in enumerate(rows):
        for c, box in enumerate(row.cells):
            if box is None:
                continue
            value = _cell_text(texts[r][c], legacy)
            x0, top, x1, bottom = box
            covered_rows = [i for i, y in enumerate(tops) if top - EPSILON <= y < bottom - EPSILON]
            covered_cols = [j for j, x in enumerate(lefts) if x0 - EPSILON <= x < x1 - EPSILON]
            for i in covered_rows:
                for j in covered_cols:
                    text[i][j] = value
                    span[i][j] = "" if (i, j) == (r, c) else ("h" if j > c else "v")
    # which rows are set in bold: a header row usually is
    bold_chars = [0] * n_rows
    all_chars = [0] * n_rows
    x0, top, x1, bottom = table.bbox
    for char in page.chars:
        if char["text"].isspace() or not (x0 <= char["x0"] <= x1 and top <= char["top"] <= bottom):
            continue
        r = bisect.bisect_right(tops, char["top"] + EPSILON) - 1
        if 0 <= r < n_rows:
            all_chars[r] += 1
            bold_chars[r] += _is_bold(char.get("fontname", ""))
    bold = [n > 0 and b * 5 >= n * 3 for b, n in zip(bold_chars, all_chars, strict=True)]
    right = max(cell[2] for cell in table.cells)
    return Grid(text=text, span=span, bold=bold), (*lefts, right)


def find_tables(page, legacy: bool = False) -> list[FoundTable]:
    """The ruled tables of a pdfplumber page (its characters already decoded when `legacy`)
    with two rows and two columns or more (a ruled box around a paragraph, or a page head
    laid out in one row, is not a table: its text stays in the page's text)."""
    found = []
    for table in page.find_tables():
        if not table.cells:
            continue
        grid, columns = _grid(table, page, legacy)
        if grid.n_cols < 2 or grid.n_rows < 2:
            continue
        x0, top, x1, bottom = table.bbox
        # pdfplumber measures from the top down: height - top is PDF space
        found.append(
            FoundTable(
                bbox=(x0, top, x1, bottom),
                grid=grid,
                columns=columns,
                low=page.height - bottom,
                high=page.height - top,
            )
        )
    return found


def find_unruled_tables(page, ruled: list[FoundTable], legacy: bool = False) -> list[FoundTable]:
    """The tables set without ruling lines on a pdfplumber page (its characters already
    decoded when `legacy`), outside the `ruled` ones."""

    def outside(word: dict) -> bool:
        middle = (word["top"] + word["bottom"]) / 2
        return not any(
            t.bbox[0] - EPSILON <= word["x0"] <= t.bbox[2] + EPSILON
            and t.bbox[1] - EPSILON <= middle <= t.bbox[3] + EPSILON
            for t in ruled
        )

    words = [
        Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], _is_bold(w.get("fontname", "")))
        for w in page.extract_words(extra_attrs=["fontname"])
        if outside(w)
    ]
    found = []
    for table in find_unruled(words):
        text = [[_cell_text(cell, legacy) for cell in row] for row in table.grid.text]
        grid = Grid(text=text, span=table.grid.span, bold=table.grid.bold)
        found.append(
            FoundTable(
                bbox=(table.x0, table.top, table.x1, table.bottom),
                grid=grid,
                columns=table.columns,
                low=page.height - table.bottom,
                high=page.height - table.top,
                n_header=table.n_header,
            )
        )
    return found
