"""Tables printed without ruling lines on a scanned page (Word's "No Border", a rule under
the header only, rules between the rows and none down the columns), read from Tesseract's
words.

Tesseract reads such a table as lines of text that run into one paragraph ("1 Kết nạp
đoàn viên mới Đoàn viên 6.500 7.126 109,6 2 Thành lập …"), and misreads them where a
ruled table's cells read right: a header's names set on two lines beside one set in the
middle ("TT" read as "s_"), a number beside a name ("113,3" as "ti CÁN"), a number under a
rule between rows ("297" as "5á Về"). So the words only say where the table stands:
unruled.py finds its rows and columns from them, as from pdfplumber's words on a
born-digital page; then each cell is cut from the page image, without its rules, as if
the table were ruled (across, from the middle of the gap before its column to the middle
of the gap after; down, over its row's words) and read alone by scancells.py, with the ruled
tables' cells.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from .scantables import (
    Cell,
    ScanTable,
    cell_image,
    erase_rules,
    ink_threshold,
)
from .tables import Grid
from .tesseract import LANGUAGE, run_each
from .unruled import GAP_EM, NUMBERED_SHARE, SECTION, Box, Table, Word
from .unruled import find_tables as find_unruled

if TYPE_CHECKING:
    from .ocr import OcrLine, OcrWord

# a font's size over the middle height of its words' boxes, as Tesseract draws them round
# letters and marks (9 pt print at 300 dpi: words 32 px, 1 em 37.5 px)
EM_PER_WORD_HEIGHT = 1.4
# round a cell's words this much (mm) of the page is cut for reading it alone: their marks
# and the soft edge of their strokes
CELL_PAD_MM = 0.6
INKED = re.compile(r"[^\W_]")  # a letter or a digit
DASHES = {"-", "–", "—"}
LEADER = 3  # a run of dots this long leads a label to its value
DASH_EM = 0.15  # a dash is this wide (font sizes) at least; a narrower one is a speck


@dataclass(frozen=True)
class UnruledScan:
    """A table printed without rules on a page: its cells cut from the image, ready to be
    read (scancells.read_tables, with the page's ruled tables, by one Tesseract process)."""

    scan: ScanTable
    n_header: int
    sections: frozenset[int]  # rows that are a section's title across, read as one line

    def grid(self, read: Grid) -> Grid:
        """The table's grid from its cells as read: a section row cut after its mark."""
        return _split_sections(read, self.sections)


def unruled_tables(
    lines: list[OcrLine], pixels: np.ndarray, dpi: float
) -> tuple[list[UnruledScan], list[OcrLine]]:
    """The tables printed without ruling lines among a page's lines (Tesseract's, the
    ruled tables painted out), their cells cut from `pixels`, and the lines left outside
    them."""
    found = find_unruled(_parted(_words(lines), pixels, dpi))
    if not found:
        return [], lines
    # the cells are cut from the page without its rules: a rule between rows, or its soft
    # edge, in a cell's image is read as marks ("297" as "5á Về")
    pixels = erase_rules(pixels, dpi)
    threshold = ink_threshold(pixels)
    found = [_numbers_column(table, pixels, threshold, dpi) for table in found]
    scans = [
        UnruledScan(
            _scan_table(table, pixels, threshold, dpi),
            table.n_header,
            frozenset(_section_rows(table)),
        )
        for table in found
    ]
    rest = [line for line in lines if not any(_inside(line, table) for table in found)]
    return scans, rest


def _words(lines: list[OcrLine]) -> list[Word]:
    """Tesseract's words for unruled.py. A word stands as high as its line: its own box is
    as tall as its letters and marks ("a" and "Ấ"), which would set the words of one row
    apart; and as high as a font's size (EM_PER_WORD_HEIGHT times its words' middle
    height), which unruled.py measures gaps in, where the line's box also holds the marks
    over capitals and the tails under "g", "y". Marks read from specks or a rule's stub
    ("_", "`", ":") are left out: they would bridge the gap between two columns ("7 _
    Nhà"); so is a dash but one standing alone in its cell; a run of dots is a leader's.
    (A cell misread as marks alone, ")" for "53", is read again with the others.)"""
    words = []
    for line in lines:
        if not line.words:
            continue
        middle = (line.top + line.bottom) / 2
        # a font's size from its letters' boxes, not from specks read as marks (": ..")
        inked = [w for w in line.words if INKED.search(w.text)] or list(line.words)
        half = EM_PER_WORD_HEIGHT * statistics.median(w.bottom - w.top for w in inked) / 2
        ordered = sorted(line.words, key=lambda w: w.left)
        words += [
            Word(
                word.text,
                word.left,
                _ink_right(word),
                middle - half,
                middle + half,
                ink=(word.left, word.top, word.right, word.bottom),
            )
            for i, word in enumerate(ordered)
            if INKED.search(word.text)
            or len(word.text) >= LEADER
            or (word.text in DASHES and _lone_dash(ordered, i, 2 * half))
        ]
    return words


def _parted(words: list[Word], pixels: np.ndarray, dpi: float) -> list[Word]:
    """The words with those whose box holds a column's gap (a blank a font's GAP_EM wide
    from top to bottom) cut there, each part read again alone: Tesseract reads a row whose
    name, over two lines, stands beside its numbers as garbage words over two columns
    ("30/1200" over "297" and "12.506"), which would run the columns together."""
    wide = [w for w in words if w.ink and w.x1 - w.x0 > 2 * (w.bottom - w.top)]
    if not wide:
        return words
    threshold = ink_threshold(pixels)
    cut: dict[int, list[tuple[int, int]]] = {}
    for word in wide:
        x0, top, x1, bottom = (round(v) for v in word.ink or ())
        blank = ~(pixels[top:bottom, x0:x1] <= threshold).any(axis=0)
        parts = _inked_runs(blank, GAP_EM * (word.bottom - word.top))
        if len(parts) > 1:
            cut[id(word)] = [(x0 + a, x0 + b) for a, b in parts]
    if not cut:
        return words
    pieces = [(word, a, b) for word in words if id(word) in cut for a, b in cut[id(word)]]
    images = []
    for word, a, b in pieces:
        _, top, _, bottom = (round(v) for v in word.ink or ())
        images.append(cell_image(pixels[top:bottom, a:b], threshold, dpi))
    readable = [image for image in images if image is not None]
    texts = iter(run_each(readable, "-l", LANGUAGE, "--psm", "7", dpi=dpi))
    parts: dict[int, list[Word]] = {}
    for (word, a, b), image in zip(pieces, images, strict=True):
        text = " ".join(next(texts).split()) if image is not None else ""
        if text:
            ink = (a, (word.ink or ())[1], b, (word.ink or ())[3])
            parts.setdefault(id(word), []).append(Word(text, a, b, word.top, word.bottom, ink=ink))
    return [part for word in words for part in parts.get(id(word), [word])]


def _inked_runs(blank: np.ndarray, gap: float) -> list[tuple[int, int]]:
    """The runs of columns holding ink, parted where `gap` blank columns or more lie
    between them: [(start, end), …]."""
    inked = np.flatnonzero(~blank)
    if not inked.size:
        return []
    breaks = np.flatnonzero(np.diff(inked) > gap)
    starts = [inked[0], *inked[breaks + 1]]
    ends = [*inked[breaks] + 1, inked[-1] + 1]
    return [(int(a), int(b)) for a, b in zip(starts, ends, strict=True)]


def _numbers_column(table: Table, pixels: np.ndarray, threshold: int, dpi: float) -> Table:
    """The table with a column for the rows' numbers that Tesseract did not read (a lone
    "1", "2" beside a name is often dropped), when ink stands left of its first column, a
    column's gap apart, in most of its rows, under a header that reaches there ("TT")."""
    body = [row for row in table.boxes[table.n_header :] if any(row)]
    if not body or not table.spans:
        return table
    first = table.spans[0][0]
    height = statistics.median(box[3] - box[1] for row in body for box in row if box)
    gap = GAP_EM * height
    pad = round(CELL_PAD_MM / 25.4 * dpi)
    left = round(table.x0) - pad
    if first - gap - left < gap:
        return table
    found = []
    for row in body:
        top = round(min(box[1] for box in row if box))
        bottom = round(max(box[3] for box in row if box))
        blank = ~(pixels[top:bottom, max(0, left) : round(first - gap)] <= threshold).any(axis=0)
        found += [(max(0, left) + a, max(0, left) + b) for a, b in _inked_runs(blank, math.inf)]
    if len(found) < NUMBERED_SHARE * len(body):
        return table
    span = (float(min(a for a, _ in found)), float(max(b for _, b in found)))
    middle = (span[1] + first) / 2
    boxes = []
    for r, row in enumerate(table.boxes):
        name = row[0] if row else None
        if r < table.n_header and name is not None and name[0] < middle:
            # the header's "TT" was read into the names' cell ("TT Chỉ tiêu"): cut there
            boxes.append(((name[0], name[1], middle, name[3]), (middle, *name[1:]), *row[1:]))
        else:
            boxes.append((None, *row))
    grid = table.grid
    return replace(
        table,
        grid=Grid(
            text=[["", *row] for row in grid.text],
            span=[["", *row] for row in grid.span],
            bold=grid.bold,
        ),
        columns=(span[0], *table.columns),
        boxes=tuple(boxes),
        spans=(span, *table.spans),
    )


def _section_rows(table: Table) -> set[int]:
    """The body rows that are a section's title across the table ("I. CHỈ TIÊU VỀ TỔ
    CHỨC", its mark under "TT"): read as one line, and cut at the mark after."""
    return {
        r
        for r in range(table.n_header, len(table.grid.text))
        if SECTION.match(table.grid.text[r][0] + " ")
        and table.boxes[r][1] is not None
        and not any(table.boxes[r][2:])
    }


def _split_sections(grid: Grid, rows: set[int]) -> Grid:
    """The grid with each section row's title cut after its mark, as unruled.py cuts it."""
    if not rows:
        return grid
    text = [list(row) for row in grid.text]
    span = [list(row) for row in grid.span]
    for r in rows:
        found = SECTION.match(text[r][0])
        if found:
            text[r][0], text[r][1] = found.group(0).strip(), text[r][0][found.end() :].strip()
        else:
            text[r][1] = ""  # no mark read: the title stands in the first column
        span[r][1] = ""
    return Grid(text=text, span=span, bold=grid.bold)


def _ink_right(word: OcrWord) -> float:
    """Where a word's letters end: short of the underscore Tesseract reads a speck after
    them as ("2_" beside "Thành lập", which would close the gap between the columns), by
    its share of the word's characters."""
    kept = word.text.rstrip("_")
    if not kept or kept == word.text:
        return word.right
    return word.left + (word.right - word.left) * len(kept) / len(word.text)


def _lone_dash(ordered: list[OcrWord], i: int, height: float) -> bool:
    """Whether the dash ordered[i] is a cell's: as wide as a dash, a column's gap from the
    words beside it (not "2 - Thành lập", "Giao thông - Xây dựng", nor a speck)."""
    dash = ordered[i]
    before = ordered[i - 1].right if i else -math.inf
    after = ordered[i + 1].left if i + 1 < len(ordered) else math.inf
    gap = GAP_EM * height
    return (
        dash.right - dash.left >= DASH_EM * height
        and dash.left - before >= gap
        and after - dash.right >= gap
    )


def _scan_table(table: Table, pixels: np.ndarray, threshold: int, dpi: float) -> ScanTable:
    """The table's cells cut from the page image as if ruled: across, from the middle of
    the gap before its column to the middle of the gap after; down, over its row's words.
    Tesseract's box round a word it misread can miss part of it ("Đơn vị" read as "TH"
    over "Đơn" alone), and a cell it read as marks alone has none; so every cell is cut,
    and one with no ink is empty. A merged cell (a name over two columns, a header's name
    set down two rows) is cut as one."""
    pad = round(CELL_PAD_MM / 25.4 * dpi)
    spans = table.grid.span
    gutters = [(a[1] + b[0]) / 2 for a, b in itertools.pairwise(table.spans)]
    edges = [table.x0 - pad, *gutters, table.x1 + pad]
    bands = [
        (min(box[1] for box in row if box), max(box[3] for box in row if box))
        if any(row)
        else (0.0, 0.0)
        for row in table.boxes
    ]
    sections = _section_rows(table)
    cells = []
    for r, row in enumerate(table.boxes):
        if not any(row):
            continue
        for c in range(len(row)):
            if spans[r][c] or (r in sections and c == 1):
                continue  # a merged cell's covered place
            cols = 2 if r in sections and c == 0 else 1
            while c + cols < len(row) and spans[r][c + cols] == "h":
                cols += 1
            rows = 1
            while r + rows < len(spans) and spans[r + rows][c] == "v":
                rows += 1
            top = min(band[0] for band in bands[r : r + rows] if band[1])
            bottom = max(band[1] for band in bands[r : r + rows])
            left, right = edges[c], edges[c + cols]
            if r < table.n_header:
                left, right = _header_span(table, row, c, cols, (left, right), pad)
            crop = pixels[
                max(0, round(top) - pad) : round(bottom) + pad,
                max(0, round(left)) : round(right),
            ]
            cells.append(Cell(r, c, rows, cols, cell_image(crop, threshold, dpi)))
    left = round(table.x0)
    return ScanTable(
        top=round(table.top),
        bottom=round(table.bottom),
        left=left,
        right=round(table.x1),
        n_rows=len(table.grid.text),
        n_cols=len(table.columns) - 1,
        columns=tuple(x - left for x in table.columns),  # from its left, as a ruled one's
        cells=tuple(cells),
        dpi=dpi,
    )


def _header_span(
    table: Table, row: tuple[Box | None, ...], c: int, cols: int, cut: tuple[float, float], pad: int
) -> tuple[float, float]:
    """Where a header's name is cut across: its column's cut, widened to its words where
    they reach past the middle of a gap (a name centred over a narrower column of figures,
    "Kế hoạch năm 2025" over "6.500"), short of its neighbours' words and figures."""
    left, right = cut
    box = row[c]
    if box is not None:
        left, right = min(left, box[0] - pad), max(right, box[2] + pad)
    before = next((b for b in reversed(row[:c]) if b is not None), None)
    after = next((b for b in row[c + cols :] if b is not None), None)
    if before is not None:
        left = max(left, before[2] + 1)
    if after is not None:
        right = min(right, after[0] - 1)
    if c:
        left = max(left, table.spans[c - 1][1])
    if c + cols < len(table.spans):
        right = min(right, table.spans[c + cols][0])
    return left, right


def _inside(line: OcrLine, table: Table) -> bool:
    middle = (line.top + line.bottom) / 2
    return table.top <= middle <= table.bottom and line.left < table.x1 and line.right > table.x0
