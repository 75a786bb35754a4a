"""OCR of a scanned page (a PDF page, an image file's frame): its text's lines and tables.

A photographed page is first found, straightened and its light evened out (photo.py). A PDF
page is rendered at 300 dpi by pypdfium2, in grey, and given to Tesseract (tesseract.py
runs it). A ruled table is found in the image first (scantables.py), painted out of the
page Tesseract reads and read cell by cell (scancells.py), so that "3" alone in its cell is
read and rows stay rows; a table printed without rules is found from the words Tesseract
reads, and read cell by cell too (scan_unruled.py). The page is read as TSV, which gives
each line's box: that puts the table's rows between the lines above and below it.

A page scanned sideways or upside down reads as gibberish: when few of the words read are
Vietnamese syllables, Tesseract's orientation detection (`--psm 0`, the osd model) is asked,
and when it is confident the page is turned, the turned image is read (its tables found
anew) and kept if it reads better. Upright pages pay nothing for this; a turned one, one
detection and a second read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from .legacy import is_syllable
from .limits import MAX_OCR_PIXELS
from .photo import prepare
from .scan_unruled import unruled_tables
from .scancells import read_tables
from .scantables import blank_tables, find_tables
from .tables import Grid
from .tesseract import DPI, LANGUAGE, OcrUnavailable, image_pixels, pgm, run

# below this share of Vietnamese syllables among its words (8 at least), a page is garbled
MIN_SYLLABLE_SHARE = 0.5
MIN_WORDS = 8
# Tesseract's orientation confidence from which a page is taken to be turned (it reports
# 6-13 on clean upright or sideways A4 scans, below 3 when it has little to go on)
MIN_OSD_CONFIDENCE = 5.0
_WORD = re.compile(r"[^\W\d_]+")
_ROTATE = re.compile(r"Rotate:\s*(\d+)\s+Orientation confidence:\s*([\d.]+)")


@dataclass(frozen=True)
class PageImage:
    """A page rendered for OCR: a binary PGM image and its resolution."""

    data: bytes
    dpi: float = DPI


def page_image(page) -> PageImage:  # a pypdfium2 PdfPage
    """The page in grey at 300 dpi (less for a page so large it would pass MAX_OCR_PIXELS:
    an A0 plan at about 200), as a binary PGM image."""
    width, height = page.get_size()
    scale = DPI / 72
    pixels = width * scale * height * scale
    if pixels > MAX_OCR_PIXELS:  # a hair under, since pdfium rounds the size up
        scale *= (MAX_OCR_PIXELS / pixels) ** 0.5 * 0.999
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        w, h, stride = bitmap.width, bitmap.height, bitmap.stride
        raw = bytes(bitmap.buffer)
    finally:
        bitmap.close()
    if bitmap.n_channels != 1:
        raise OcrUnavailable(f"unexpected bitmap with {bitmap.n_channels} channels")
    rows = raw if stride == w else b"".join(raw[r * stride : r * stride + w] for r in range(h))
    return PageImage(b"P5\n%d %d\n255\n" % (w, h) + rows, scale * 72)


@dataclass(frozen=True)
class OcrWord:
    """A word Tesseract read, with its box in pixels of the page image."""

    text: str
    left: int
    top: int
    right: int
    bottom: int


@dataclass(frozen=True)
class OcrLine:
    """A line Tesseract read, with its box in pixels of the page image, and its words."""

    text: str
    left: int
    top: int
    right: int
    bottom: int
    ends_paragraph: bool
    words: tuple[OcrWord, ...] = ()


@dataclass(frozen=True)
class OcrTable:
    """A ruled table read cell by cell: its box and column edges in pixels of the page."""

    top: int
    bottom: int
    left: int
    right: int
    columns: tuple[float, ...]
    grid: Grid
    n_header: int | None = None  # known for a table found without rules, else guessed later


@dataclass(frozen=True)
class PageReading:
    """What Tesseract read on a page image: its lines (tables left out) and its tables."""

    lines: list[OcrLine]
    tables: list[OcrTable] = field(default_factory=list)
    width: int = 0  # the image's size in pixels, for mapping boxes onto the page
    height: int = 0
    dpi: float = DPI
    photo: bool = False  # a photographed page, found in the image and straightened

    @property
    def text(self) -> str:
        """The lines as Tesseract prints them: a blank line after each paragraph."""
        return "".join(line.text + ("\n\n" if line.ends_paragraph else "\n") for line in self.lines)


def read_image(image: PageImage) -> PageReading:
    """What Tesseract reads on a page image from `page_image`: the text's lines (raw, not
    yet normalised) and the ruled tables, a photographed page found and straightened first
    (photo.py), the page turned upright if it reads as gibberish and Tesseract is sure it
    is turned. Safe to call from several threads: each call runs its own processes.

    Raises OcrUnavailable when Tesseract cannot run.
    """
    pixels, dpi, photo = prepare(image_pixels(image.data), image.dpi)
    reading = _read_pixels(pixels, dpi, photo)
    share = syllable_share(reading.text)
    if share is None or share >= MIN_SYLLABLE_SHARE:
        return reading
    turn = _orientation(PageImage(pgm(pixels), dpi) if photo else image)
    if turn:
        try:
            turned = _read_pixels(np.rot90(pixels, -(turn // 90)), dpi, photo)
        except OcrUnavailable:  # the first reading stands
            return reading
        if (syllable_share(turned.text) or 0.0) > share:
            return turned
    return reading


def _read_pixels(pixels: np.ndarray, dpi: float, photo: bool = False) -> PageReading:
    found = find_tables(pixels, dpi)
    page = blank_tables(pixels, found)
    lines = tsv_lines(run(pgm(page), "-l", LANGUAGE, "--psm", "3", configs=("tsv",), dpi=dpi))
    unruled, lines = unruled_tables(lines, page, dpi)
    scans = found + [table.scan for table in unruled]
    # every cell of the page's tables, ruled or not, read by one Tesseract process
    grids = read_tables(scans)
    n_ruled = len(found)
    grids[n_ruled:] = [
        table.grid(grid) for table, grid in zip(unruled, grids[n_ruled:], strict=True)
    ]
    headers = [None] * n_ruled + [table.n_header for table in unruled]
    tables = [
        OcrTable(
            scan.top,
            scan.bottom,
            scan.left,
            scan.right,
            tuple(scan.left + x for x in scan.columns),
            grid,
            n_header,
        )
        for scan, grid, n_header in zip(scans, grids, headers, strict=True)
    ]
    height, width = pixels.shape
    return PageReading(lines, tables, width, height, dpi, photo)


def tsv_lines(tsv: str) -> list[OcrLine]:
    """Tesseract's TSV as lines of words, each with its box, in its reading order; a line
    followed by another paragraph's, or by none, ends its paragraph (where Tesseract's text
    output puts a blank line)."""
    words: dict[tuple[str, str, str], list[list[str]]] = {}
    for row in tsv.splitlines()[1:]:
        fields = row.split("\t")
        if len(fields) < 12 or fields[0] != "5" or not fields[11].strip():
            continue
        words.setdefault((fields[2], fields[3], fields[4]), []).append(fields)
    keys = list(words)
    lines = []
    for index, key in enumerate(keys):
        boxes = [tuple(map(int, word[6:10])) for word in words[key]]
        following = keys[index + 1] if index + 1 < len(keys) else None
        lines.append(
            OcrLine(
                text=" ".join(word[11].strip() for word in words[key]),
                left=min(left for left, _, _, _ in boxes),
                top=min(top for _, top, _, _ in boxes),
                right=max(left + width for left, _, width, _ in boxes),
                bottom=max(top + height for _, top, _, height in boxes),
                ends_paragraph=following is None or following[:2] != key[:2],
                words=tuple(
                    OcrWord(word[11].strip(), left, top, left + width, top + height)
                    for word, (left, top, width, height) in zip(words[key], boxes, strict=True)
                ),
            )
        )
    return lines


def syllable_share(text: str) -> float | None:
    """The share of the words of `text` that are Vietnamese syllables; None for a text of
    fewer than MIN_WORDS words, too short to judge."""
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return None
    return sum(is_syllable(word, check_case=False) for word in words) / len(words)


def _orientation(image: PageImage) -> int:
    """How far to turn the page clockwise (90, 180, 270) to stand it upright, by Tesseract's
    orientation detection; 0 when upright, unsure, or the osd model is missing."""
    try:
        report = run(image.data, "--psm", "0", dpi=image.dpi)
    except OcrUnavailable:
        return 0
    found = _ROTATE.search(report)
    if found is None or float(found.group(2)) < MIN_OSD_CONFIDENCE:
        return 0
    return int(found.group(1)) % 360
