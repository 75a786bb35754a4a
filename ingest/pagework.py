"""A document's pages on their way to text: each page's lines and tables, from a PDF's
text layer or from OCR, and the pages put together.

PDF pages (pdf.py) and image files (images.py) both end here: a scanned page's image is
read by Tesseract beside the reading of the next pages (`OcrQueue`), its lines and tables
placed in PDF points, and `assemble_pages` drops running headers and footers, joins tables
continued over pages and puts each table's rows among its page's lines.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from .furniture import is_furniture, page_furniture
from .ocr import MIN_SYLLABLE_SHARE, PageImage, PageReading, read_image, syllable_share
from .pdftables import FoundTable
from .records import Extracted
from .tables import PlacedTable, header_rows, join_tables, text_lines
from .tesseract import OcrUnavailable, ocr_workers
from .text import join_paragraphs, normalize

# below this share of Vietnamese syllables among its words, a page's OCR is warned of
POOR_OCR_SHARE = 0.8


@dataclass
class Line:
    """One line of a page's text layer, with its box in PDF points (y grows upwards)."""

    text: str
    left: float = 0.0
    right: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    first_word: float = 0.0  # width of its first word
    wrapped: bool = False  # filled to the margin: its paragraph goes on
    pieces: int = 1  # runs of text with a column's gap between them: cells, tab stops


@dataclass
class PageWork:
    """One page on its way to text: what its text layer or OCR gave, or why it is unread."""

    number: int
    lines: list[Line] = field(default_factory=list)
    tables: list[FoundTable] = field(default_factory=list)
    unread: str | None = None  # why the page could not be read
    ocr: bool = False  # its lines come from Tesseract
    image: PageImage | None = None  # a scanned page's image, until Tesseract has read it
    size: tuple[float, float] = (0.0, 0.0)  # the page's width and height in points
    # a picture under a small text layer: its OCR is kept only if it reads as Vietnamese
    # (a scan under a stamp does; a photo above its caption does not)
    check_ocr: bool = False
    notes: list[str] = field(default_factory=list)  # what went wrong but left it readable


_EDGE_BAR = re.compile(r"^\|\s+|\s+\|$")


def _scan_lines(reading: PageReading, size: tuple[float, float]) -> list[Line]:
    """Tesseract's lines with their boxes in PDF points (y upwards); a line whose paragraph
    goes on is wrapped."""
    width, height = size
    scale = width / reading.width if reading.width else 0.0
    lines = []
    for line in reading.lines:
        # a bar at a line's end or start is a page edge or a rule's stub ("BÁO CÁO |"), no
        # table's: the page's tables are read apart
        text = _EDGE_BAR.sub("", normalize(line.text))
        if text:
            lines.append(
                Line(
                    text,
                    left=line.left * scale,
                    right=line.right * scale,
                    top=height - line.top * scale,
                    bottom=height - line.bottom * scale,
                    wrapped=not line.ends_paragraph,
                )
            )
    return lines


def _scan_tables(reading: PageReading, size: tuple[float, float]) -> list[FoundTable]:
    """The tables read cell by cell on a scan, placed on the page in PDF points."""
    width, height = size
    scale = width / reading.width if reading.width else 0.0
    found = []
    for table in reading.tables:  # their cells come normalised from scancells
        found.append(
            FoundTable(
                bbox=(
                    table.left * scale,
                    table.top * scale,
                    table.right * scale,
                    table.bottom * scale,
                ),
                grid=table.grid,
                columns=tuple(x * scale for x in table.columns),
                low=height - table.bottom * scale,
                high=height - table.top * scale,
                n_header=table.n_header,
            )
        )
    return found


class OcrQueue:
    """Scanned pages read by Tesseract processes side by side while the next pages are
    rendered; at most two images per process wait in memory (8 MB each at 300 dpi)."""

    def __init__(self) -> None:
        self.workers = ocr_workers()
        self.pool = ThreadPoolExecutor(self.workers) if self.workers > 1 else None
        self.waiting: deque[tuple[PageWork, Future[PageReading]]] = deque()

    def submit(self, work: PageWork, image: PageImage) -> None:
        if self.pool is None:
            _finish(work, lambda: read_image(image))
            return
        self.waiting.append((work, self.pool.submit(read_image, image)))
        while len(self.waiting) > 2 * self.workers:
            self._collect()

    def _collect(self) -> None:
        work, future = self.waiting.popleft()
        _finish(work, future.result)

    def __enter__(self) -> OcrQueue:
        return self

    def __exit__(self, error: type[BaseException] | None, *rest: object) -> None:
        try:
            while self.waiting and error is None:
                self._collect()
        finally:
            if self.pool is not None:
                self.pool.shutdown(cancel_futures=True)


# what Tesseract makes of specks and smudges: „ » ˆ ⁄ ©, never in a Vietnamese report's text
_DEBRIS = re.compile(r"[„»«ˆ⁄¬¦¨´`~^¢£¥§¤©®]")
POOR_OCR_DEBRIS = 5 / 1000  # debris characters per character of text
MIN_DEBRIS = 3


def reads_poorly(text: str, share: float | None) -> bool:
    """Whether a page's OCR text is garbled: few Vietnamese syllables among its words
    (`share`, from `syllable_share`), or debris scattered through it.

    >>> text = "Các cấp tông đoàn để trao B. 560 suất quà „đoàn viên» „với. tổng"
    >>> reads_poorly(text, syllable_share(text))
    True
    >>> text = "Các cấp công đoàn đã trao 8.560 suất quà Tết cho đoàn viên, người lao động."
    >>> reads_poorly(text, syllable_share(text))
    False
    """
    if share is not None and share < POOR_OCR_SHARE:
        return True
    debris = len(_DEBRIS.findall(text))
    return debris >= MIN_DEBRIS and debris > POOR_OCR_DEBRIS * len(text)


def _finish(work: PageWork, read: Callable[[], PageReading]) -> None:
    try:
        reading = read()
        text = reading.text
        share = syllable_share(text)
        if work.check_ocr and (share or 0.0) < MIN_SYLLABLE_SHARE:
            work.notes.append("the picture over most of the page was OCRed to no Vietnamese text")
            return
        size = work.size
        if reading.photo:  # the straightened page has its own size
            size = (reading.width * 72 / reading.dpi, reading.height * 72 / reading.dpi)
        # the body first, so that a stamp ("Người ký: …") is not taken for the title
        work.lines = _scan_lines(reading, size) + work.lines
        work.tables = _scan_tables(reading, size)
        work.ocr = True
        if reads_poorly(text, share):
            # a noisy scan: "B. 560 suất quà" is stored like any figure; the reader is told
            work.notes.append("the scan reads poorly: check its figures against the page")
    except OcrUnavailable as error:
        work.unread = f"scanned page not read: {error}"


def assemble_pages(
    pages: list[PageWork], mark_wraps: Callable[[list[Line]], None] | None = None
) -> Extracted:
    """The pages' text and tables: running headers and footers dropped, lines that a text
    layer gives marked wrapped or not by `mark_wraps` (OCR marks its own), tables joined
    across pages and set among their page's lines."""
    # furniture first, so that a table under a running header still opens its page
    masks = page_furniture([[line.text for line in work.lines] for work in pages])
    for work, mask in zip(pages, masks, strict=True):
        work.lines = [
            line
            for line, furniture in zip(work.lines, mask, strict=True)
            if not furniture and not is_furniture(line.text)
        ]
        if not work.ocr and mark_wraps is not None:
            mark_wraps(work.lines)
    placed: list[PlacedTable] = []
    for work in pages:
        for table in work.tables:
            placed.append(
                PlacedTable(
                    page=work.number,
                    grid=table.grid,
                    n_header=(
                        header_rows(table.grid) if table.n_header is None else table.n_header
                    ),
                    columns=table.columns,
                    opens_page=not any(line.bottom > table.high for line in work.lines),
                    closes_page=not any(line.top < table.low for line in work.lines),
                )
            )
    tables = join_tables(placed)
    by_page: dict[int, list[PlacedTable]] = {}
    for table in placed:
        by_page.setdefault(table.page or 0, []).append(table)
    texts = []
    for work in pages:
        texts.append(_page_text(work, by_page.get(work.number, [])))
    extracted = Extracted(pages=texts, paginated=True, tables=tables)
    for work in pages:
        if work.unread:
            extracted.unread_pages.append(work.number)
            extracted.warnings.append(f"page {work.number}: {work.unread}")
        extracted.warnings.extend(f"page {work.number}: {note}" for note in work.notes)
    return extracted


def _page_text(work: PageWork, placed: list[PlacedTable]) -> str:
    """The page's lines in pdfium's reading order, each table's rows put before the first
    line printed below the table's top, then joined into paragraphs."""
    lines = [line.text for line in work.lines]
    wrapped = [line.wrapped for line in work.lines]
    tops = [line.top for line in work.lines]
    for found, table in sorted(zip(work.tables, placed, strict=True), key=lambda t: -t[0].high):
        rows = text_lines(table.grid, skip=table.n_header if table.repeated_header else 0)
        at = next((i for i, top in enumerate(tops) if top < found.high), len(lines))
        # blank lines around a table keep its rows out of the paragraphs next to it
        block = ["", *rows, ""]
        lines[at:at] = block
        wrapped[at:at] = [False] * len(block)
        tops[at:at] = [found.high] * len(block)
    return join_paragraphs(lines, wrapped).replace("\u00ad", "")
