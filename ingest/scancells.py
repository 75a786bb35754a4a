"""Reading the cells of a scanned table (found by scantables.py) with Tesseract.

Every cell is read alone, all of a page's cells by one Tesseract process (`--psm 6`); a
cell whose tall marks ("Mầm", "Tiểu") came back as a line of their own is read again as
one line (`--psm 7`). A lone glyph is where Tesseract fails: without a line around it, it
cannot tell the glyph's size, and read "8" as nothing, "5" as ")", "96" as "%" and "1" as
"|". So a short cell is read a second time beside its row's widest cell, which gives it a
line of the same print ("Xây dựng, sửa chữa nhà “Mái ấm Công đoàn”   8"); the words past
the gap are its reading. Then each column says which reading fits: in a column of numbers
the one that is a number (its look-alike letters made digits: "S8" is 58), in a column
numbering the rows the number between its neighbours. What the Vietnamese model has no
letter for is read from the image: a lone dash, and "≥"/"≤" read as ">"/"<".
"""

from __future__ import annotations

import re

import numpy as np

from .legacy import is_syllable
from .scantables import Cell, ScanTable, bar_under_first_sign, beside, is_dash, is_short
from .tables import Grid, is_numeric, join_cell_lines
from .tesseract import LANGUAGE, run_each
from .text import normalize

# letters Tesseract reads for digits: in a column of numbers, "S8" is 58 and "G7" is 67
_LOOK_ALIKE = str.maketrans(
    {
        "O": "0",
        "o": "0",
        "D": "0",
        "l": "1",
        "I": "1",
        "|": "1",
        "S": "5",
        "s": "5",
        "B": "8",
        "G": "6",
        "Z": "2",
        "z": "2",
        ":": ".",
        "⁄": ",",  # a fraction slash for the comma: "71⁄2" is 71,2
    }
)
_PLAIN_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{3})*(?:,\d+)?%?|\d+(?:[.,]\d+)?%?")
_ROW_NUMBER = re.compile(r"\d{1,3}")
# a column of numbers: two thirds of its filled cells below the first are numbers
NUMERIC_SHARE = 2 / 3
MIN_NUMBERED = 3  # cells in sequence from which a column numbers its rows


def read_tables(tables: list[ScanTable]) -> list[Grid]:
    """The Grid of each table, its cells read by Tesseract: every cell alone, one process
    for a page's tables; those whose marks came back as a line of their own again as one
    line; the short ones again beside their row's widest cell."""
    images = [cell.image for table in tables for cell in table.cells if cell.image is not None]
    dpi = tables[0].dpi if tables else 0.0  # a page's tables share its image's
    texts = run_each(images, "-l", LANGUAGE, "--psm", "6", dpi=dpi)
    # a cell whose tall marks ("Mầm", "Tiểu") came back as a line of their own ("^", ".+Ä")
    # above the letters, read again as one line (`--psm 7`)
    split = [i for i, text in enumerate(texts) if _marks_alone(text)]
    for i, text in zip(
        split,
        run_each([images[i] for i in split], "-l", LANGUAGE, "--psm", "7", dpi=dpi),
        strict=True,
    ):
        texts[i] = text
    alone = iter(texts)
    readings: dict[tuple[int, int, int], tuple[str, ...]] = {}
    for number, table in enumerate(tables):
        for cell in table.cells:
            if cell.image is not None:
                readings[number, cell.row, cell.col] = (_reading(next(alone), cell.image, dpi),)
    # the short cells again, each beside the widest cell of its row
    again = []
    for number, table in enumerate(tables):
        by_row: dict[int, list[Cell]] = {}
        for cell in table.cells:
            if cell.image is not None:
                by_row.setdefault(cell.row, []).append(cell)
        for cell in table.cells:
            if cell.image is None or not is_short(cell.image):
                continue
            others = [other.image for other in by_row[cell.row] if other is not cell]
            if others:
                line = beside(max(others, key=lambda image: image.shape[1]), cell.image)
                again.append(((number, cell.row, cell.col), line, cell.image))
    # the gap between print and glyphs comes back as a run of spaces: TSV would say where
    # each word is, but over a list of images Tesseract writes it some ten times slower
    texts = run_each(
        [line for _, line, _ in again],
        "-l",
        LANGUAGE,
        "--psm",
        "6",
        "-c",
        "preserve_interword_spaces=1",
        dpi=dpi,
    )
    for (key, _, image), text in zip(again, texts, strict=True):
        glyphs = _after_gap(text)
        if glyphs:
            readings[key] += (_reading(glyphs, image, dpi),)
    return [_grid(table, number, readings) for number, table in enumerate(tables)]


_GAP = re.compile(r"\S\s{4,}(?=\S)")


def _marks_alone(text: str) -> bool:
    r"""Whether Tesseract's reading of a cell opens with a line of marks: fewer than three
    letters or digits above a line of words ("^\nMãm non").

    >>> _marks_alone("^\nMãm non"), _marks_alone(".+Ä\nTiêu học"), _marks_alone("Nghị quyết\nđề ra")
    (True, True, False)
    >>> _marks_alone("Số\nCĐCS"), _marks_alone("SL\nCĐCS")  # a short word, a shorthand
    (False, False)
    """
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    first = lines[0]
    signs = [ch for ch in first if ch.isalnum()]
    shorthand = len(signs) == 2 and all(ch.isupper() or ch.isdigit() for ch in signs)
    return len(signs) < 3 and not shorthand and not is_syllable(first, check_case=False)


def _after_gap(text: str) -> str:
    """What a line of print and a short cell's glyphs read as, past the gap between them
    (Tesseract keeping the spaces): "Công đoàn ngành Xây dựng            96" -> "96"."""
    found = []
    for line in text.splitlines():
        gaps = list(_GAP.finditer(line))
        if gaps:
            found.append(line[gaps[-1].end() :].strip())
    return " ".join(found)


def _reading(text: str, image: np.ndarray, dpi: float) -> str:
    """A cell's text as Tesseract read it, with what its Vietnamese model cannot read
    taken from the image: a lone dash, and the "≥" or "≤" it reads as ">" or "<"."""
    text = join_cell_lines(normalize(text))
    if not text:
        return "-" if is_dash(image, dpi) else ""
    if text[0] in "<>":
        bar, spaced = bar_under_first_sign(image)
        if bar:
            rest = text[1:].strip()
            return ("≥" if text[0] == ">" else "≤") + (" " if spaced else "") + rest
    return text


def choose(columns: list[list[tuple[str, ...]]]) -> list[list[str]]:
    """Each column's cells (top to bottom; each cell its readings: alone, then beside its
    row's print if it was read so; none for a cell with no ink) read as the column says. In
    a column of numbers mostly, a number: read beside the print first (a lone glyph's size
    is known there), its look-alike letters made digits ("S8" -> 58); elsewhere the reading
    alone, unless it read nothing. Then in a column numbering its rows, the number between
    its neighbours for a cell read as none (")" between 4 and 6 is 5).

    >>> choose([[("TT",), ("1",), ("2",), (")", ")"), ("4",), ("5",)],
    ...         [("Số",), ("148",), ("92",), ("S8",), ("%", "47"), ("61",)]])
    [['TT', '1', '2', '3', '4', '5'], ['Số', '148', '92', '58', '47', '61']]
    """
    chosen = []
    for cells in columns:
        texts = [_first_said(readings) for readings in cells]
        filled = [readings for readings in cells[1:] if any(readings)]
        numbers = sum(any(_as_number(r) for r in readings) for readings in filled)
        if len(filled) >= 3 and numbers >= NUMERIC_SHARE * len(filled):
            for row, readings in enumerate(cells):
                found = next(filter(None, map(_as_number, reversed(readings))), None)
                if row and found:
                    texts[row] = found
        chosen.append(_numbered(texts, [bool(readings) for readings in cells]))
    return chosen


def _first_said(readings: tuple[str, ...]) -> str:
    return next((reading for reading in readings if reading), "")


def _as_number(text: str) -> str | None:
    """`text` as a number, its look-alike letters made digits; None when it is none."""
    if is_numeric(text):
        return text
    if not any(ch.isdigit() for ch in text):
        return None
    fixed = text.translate(_LOOK_ALIKE)
    return fixed if _PLAIN_NUMBER.fullmatch(fixed) else None


def _numbered(texts: list[str], inked: list[bool]) -> list[str]:
    """A column numbering its rows ("1", "2", … with MIN_NUMBERED in sequence) with the
    cells read as no number, or out of sequence, between two of its numbers given theirs."""
    numbers = [int(t) if _ROW_NUMBER.fullmatch(t) else None for t in texts]
    in_sequence = sum(
        1
        for i in range(1, len(numbers))
        if numbers[i] is not None
        and numbers[i - 1] is not None
        and numbers[i] == numbers[i - 1] + 1
    )
    if in_sequence < MIN_NUMBERED - 1:
        return texts
    out = list(texts)
    for row in range(len(texts)):
        if not inked[row] or (numbers[row] is not None and _fits_sequence(numbers, row)):
            continue
        before = numbers[row - 1] if row else None
        after = numbers[row + 1] if row + 1 < len(numbers) else None
        if before is not None and after is not None and after - before == 2:
            out[row] = str(before + 1)
        elif before is None and after == 2 and len(texts[row]) <= 2:
            out[row] = "1"  # the first row, under the header
    return out


def _fits_sequence(numbers: list[int | None], row: int) -> bool:
    value = numbers[row]
    before = numbers[row - 1] if row else None
    after = numbers[row + 1] if row + 1 < len(numbers) else None
    return (before is None or value == before + 1) and (after is None or after == value + 1)


def _grid(
    table: ScanTable, number: int, readings: dict[tuple[int, int, int], tuple[str, ...]]
) -> Grid:
    """The table's Grid: each cell as its column chooses, a merged cell's text in every slot
    it covers, its span marked."""
    # the cells one column wide: a merged cell across columns is said as read
    single = {(cell.row, cell.col) for cell in table.cells if cell.cols == 1}
    columns = [
        [
            readings.get((number, row, col), ()) if (row, col) in single else ()
            for row in range(table.n_rows)
        ]
        for col in range(table.n_cols)
    ]
    chosen = choose(columns)
    text = [[""] * table.n_cols for _ in range(table.n_rows)]
    span = [[""] * table.n_cols for _ in range(table.n_rows)]
    for cell in table.cells:
        value = chosen[cell.col][cell.row] if cell.cols == 1 else _first(readings, number, cell)
        for row in range(cell.row, cell.row + cell.rows):
            for col in range(cell.col, cell.col + cell.cols):
                text[row][col] = value
                if (row, col) != (cell.row, cell.col):
                    span[row][col] = "h" if col > cell.col else "v"
    return Grid(text=text, span=span)


def _first(readings: dict[tuple[int, int, int], tuple[str, ...]], number: int, cell) -> str:
    return _first_said(readings.get((number, cell.row, cell.col), ()))
