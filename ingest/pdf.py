"""PDF: text per page with its layout, tables, scanned pages and legacy fonts.

The text comes from pypdfium2, with each line's position: measured on the Party PDFs it
gives the same words as pdfplumber at ~1/50 of the cost (bench/bench_ingest.py), and the
positions tell a line filled to the margin (the paragraph goes on) from one that ends it.
pdfplumber, slow, runs only on pages that draw enough lines to hold a ruled table. A page
with images and no text layer goes to Tesseract (ocr.py), and so does a scan carrying a small
text layer (an e-signature stamp, a DMS code): its stamp lines are kept after the OCR text.
Characters in .VnTime or VNI fonts are decoded by font (legacy.py); others that read as
legacy text, by guess. A page whose characters stand sideways for its /Rotate (a landscape
annex, a page turned in a viewer) is read with the rotation under which they stand upright.
"""

from __future__ import annotations

import ctypes
import io
import math
import re
from collections.abc import Callable

from .errors import UnreadableFile
from .legacy import convert_chars, fix_legacy, has_legacy_marks, restore_u
from .limits import MAX_PAGES, MAX_PATHS_FOR_TABLES
from .ocr import page_image
from .pagework import Line, OcrQueue, PageWork, assemble_pages
from .pdfcheck import check_pdf
from .pdftables import FoundTable, decode_legacy_chars, find_tables, find_unruled_tables
from .records import Extracted
from .tesseract import OcrUnavailable, tesseract
from .text import normalize
from .unruled import MIN_COLUMNS

# a page with fewer characters than this, and an image, is a scan
MIN_TEXT_CHARS = 20
# a page mostly under images (a share of its area), whose text layer covers less than
# STAMP_AREA of it, is a scan with a stamp: signer, DMS code, "Bản sao", page number
SCAN_COVER = 0.5
STAMP_AREA = 0.05
# drawn lines and boxes from which a page may hold a ruled table
MIN_TABLE_PATHS = 4
# a line this long is prose, whose end tells the margin; a column holds this many of them
PROSE_CHARS = 20
MIN_COLUMN_LINES = 3
# a gap this many times the font size parts a line's pieces (justified prose stays under 1)
PIECE_GAP_EM = 1.5
_LINE = re.compile(r"[^\r\n]+")
_DIGIT = re.compile(r"\d")
# a label, dots leading to a number, and its unit, at the line's end ("… 125.340 người"; a
# form's blank "…… người" leads to none)
_LEADER = re.compile(
    r"(?P<label>.*?\S)\s*(?:[.…·]\s?){4,}\s*(?P<value>\d[\d.,]*(?:\s*%|(?:\s+[^\W\d_]+){1,3})?)$"
)
_SOFT_HYPHENS = ("\u00ad", "\x02")  # pdfium reports a soft hyphen at a line end as \x02
_PDFIUM_HYPHEN = re.compile(r"(\w*)\ufffe(\w*)")


def _fonts(textpage, count: int) -> list[str | None]:
    """The font name of every character (legacy pages only: one call per character)."""
    import pypdfium2.raw as pdfium_c

    buffer = ctypes.create_string_buffer(256)
    names: list[str | None] = []
    for index in range(count):
        length = pdfium_c.FPDFText_GetFontInfo(textpage, index, buffer, 256, None)
        names.append(buffer.value.decode("utf-8", "replace") if length else None)
    return names


def _dehyphenate(match: re.Match[str]) -> str:
    """pdfium joins a line ending in a hyphen to the next and marks the place with U+FFFE:
    a foreign word split in two loses it ("infor-mation"), Vietnamese keeps it."""
    before, after = match.group(1), match.group(2)
    split_word = before.isascii() and after.isascii() and after[:1].islower()
    return before + after if split_word else f"{before}-{after}"


def _clean_line(raw: str) -> str:
    """NFC, spaces, invisible characters; a soft hyphen at the end is kept for `glue`."""
    if "\ufffe" in raw:
        raw = _PDFIUM_HYPHEN.sub(_dehyphenate, raw)
    soft = raw.rstrip().endswith(_SOFT_HYPHENS)
    text = normalize(fix_legacy(raw.rstrip().rstrip("".join(_SOFT_HYPHENS)) if soft else raw))
    return text + "\u00ad" if soft and text else text


Box = tuple[float, float, float, float]  # left, bottom, right, top


def _turner(page) -> Callable[[Box], Box] | None:
    """pdfium gives character boxes in the unrotated page; pdfplumber, and the reader, see
    the page as displayed: this maps a box to the displayed page (y upwards, from the
    media box's corner, as pdfminer does). None for an unrotated page."""
    rotation = page.get_rotation()
    if not rotation:
        return None
    x0, y0, x1, y1 = page.get_mediabox()
    turn = {
        90: lambda x, y: (y - y0, x1 - x),
        180: lambda x, y: (x1 - x, y1 - y),
        270: lambda x, y: (y1 - y, x - x0),
    }[rotation]

    def box(b: Box) -> Box:
        (ax, ay), (bx, by) = turn(b[0], b[1]), turn(b[2], b[3])
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    return box


def _upright_rotation(textpage, samples: int = 200) -> int | None:
    """The /Rotate under which most of the page's characters stand upright, or None when
    there are too few, or they disagree (a sideways margin note on an upright page).
    pdfium's char angle is clockwise in the unrotated page; /Rotate turns it clockwise."""
    import pypdfium2.raw as pdfium_c

    count = textpage.count_chars()
    votes = [0, 0, 0, 0]
    for index in range(0, count, max(1, count // samples)):
        if chr(pdfium_c.FPDFText_GetUnicode(textpage, index)).isspace():
            continue
        angle = pdfium_c.FPDFText_GetCharAngle(textpage, index)
        if angle >= 0:  # -1: no angle (a generated space or line break)
            votes[round(angle / (math.pi / 2)) % 4] += 1
    best = max(range(4), key=votes.__getitem__)
    if votes[best] < 10 or votes[best] < 0.8 * sum(votes):
        return None
    return (-90 * best) % 360


def text_lines_of(textpage, turn: Callable[[Box], Box] | None = None) -> tuple[list[Line], bool]:
    """The lines of a pypdfium2 text page, legacy fonts decoded, with their boxes (mapped by
    `turn` to the displayed page); and whether the page held characters that legacy fonts
    use."""
    count = textpage.count_chars()
    if count <= 0:
        return [], False
    text = textpage.get_text_range(0, count)
    pieces: list[str] = list(text)
    legacy = has_legacy_marks(text)
    if legacy and len(pieces) == count:
        pieces = convert_chars(pieces, _fonts(textpage, count))
    if turn is None:
        charbox = textpage.get_charbox
    else:

        def charbox(index: int) -> Box:
            return turn(textpage.get_charbox(index))

    lines = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        content = _clean_line("".join(pieces[start:end]))
        if legacy:
            content = restore_u(content)
        if not content:
            continue
        left, bottom, _, top = charbox(start)
        _, last_bottom, right, last_top = charbox(end - 1)
        # a dash or a dot is a thin box: the taller of the two ends is the line's
        if last_top - last_bottom > top - bottom:
            bottom, top = last_bottom, last_top
        space = text.find(" ", start, end)
        first_word = charbox((space if space != -1 else end) - 1)[2] - left
        # a table's row, or a value at a tab stop, holds a number: prose without one is
        # not asked (pdfium's boxes cost a tenth of reading a page of text)
        runs = _pieces(textpage, start, end, turn) if _DIGIT.search(content) else 1
        leader = _LEADER.match(content)
        if leader:
            # "Số công đoàn cơ sở ........ 2.871": dots leading to a value are layout; the
            # line is a label and its value, apart from the next
            content, runs = f"{leader.group('label')} {leader.group('value')}", max(runs, 2)
        lines.append(Line(content, left, right, top, bottom, first_word, pieces=runs))
    return lines, legacy


def _pieces(textpage, start: int, end: int, turn) -> int:
    """How many runs of text a line holds with a gap of PIECE_GAP_EM of its font size
    between them: a table's cells, a label and its value at a tab stop. pdfium gives each
    text object its own rectangle, so one call per line tells them from prose (whose
    spaces, however stretched, lie inside its rectangles or stay under an em)."""
    import pypdfium2.raw as pdfium_c

    count = textpage.count_rects(start, end - start)
    if count < 2:
        return 1
    size = pdfium_c.FPDFText_GetFontSize(textpage, start)
    boxes = [textpage.get_rect(i) for i in range(count)]
    if turn is not None:
        boxes = [turn(box) for box in boxes]
    boxes.sort(key=lambda box: box[0])
    pieces = 1
    reach = boxes[0][2]
    for box in boxes[1:]:
        if box[0] - reach >= PIECE_GAP_EM * size:
            pieces += 1
        reach = max(reach, box[2])
    return pieces


def _right_margin(lines: list[Line]) -> float:
    """Where the lines end when filled: most prose lines reach it, few pass it."""
    rights = sorted(line.right for line in lines if len(line.text) >= PROSE_CHARS) or sorted(
        line.right for line in lines
    )
    return rights[int(0.9 * (len(rights) - 1))]


def _gutter(lines: list[Line]) -> float | None:
    """The x of the gap between two columns of prose, or None for a one-column page.

    A gap is where as many prose lines as possible end before it and start after it; it
    counts only when both sides hold MIN_COLUMN_LINES and the lines across it are fewer
    than half of either side: a title over the columns, not the body of a one-column page
    whose side-by-side blocks are a letterhead or a signature."""
    prose = [line for line in lines if len(line.text) >= PROSE_CHARS]
    best: tuple[int, float] | None = None
    for x in sorted({line.left for line in prose}):
        before = sum(line.right <= x for line in prose)
        after = sum(line.left >= x for line in prose)
        across = len(prose) - before - after
        side = min(before, after)
        if side >= MIN_COLUMN_LINES and 2 * across < side and (best is None or side > best[0]):
            best = (side, x)
    return best[1] if best else None


def _margins(lines: list[Line], gutter: float | None = None, known: bool = False) -> list[float]:
    """Each line's right margin: its column's, so that a left-column line filled to its
    column's edge counts as wrapped; the page's for a line across the columns. `known`:
    `gutter` is the lines' own, already found."""
    margins = [_right_margin(lines)] * len(lines)
    x = gutter if known else _gutter(lines)
    if x is None:
        return margins
    # each side may itself hold columns; it is smaller, so this ends
    for on_side in (lambda line: line.right <= x, lambda line: line.left >= x):
        picked = [i for i, line in enumerate(lines) if on_side(line)]
        for i, margin in zip(picked, _margins([lines[i] for i in picked]), strict=True):
            margins[i] = margin
    return margins


def _mark_wraps(lines: list[Line]) -> None:
    """A line is wrapped when the next line's first word would not have fitted after it
    before its column's right margin, and the next line follows at the page's usual line
    pitch (a wider gap is a paragraph break); never when either holds pieces set apart
    like a table's cells."""
    if len(lines) < 2:
        return
    gutter = _gutter(lines)
    margins = _margins(lines, gutter, known=True)
    steps = sorted(
        a.top - b.top for a, b in zip(lines, lines[1:], strict=False) if a.top - b.top > 0
    )
    pitch = steps[len(steps) // 2] if steps else 0.0
    for line, following, margin in zip(lines, lines[1:], margins, strict=False):
        step = line.top - following.top
        char_width = (line.right - line.left) / max(len(line.text), 1)
        room = margin - line.right
        close = 0 < step <= 1.35 * pitch
        # the foot of the left column going on at the head of the right: a paragraph split
        # by the columns, unless its line ends a sentence
        over = (
            gutter is not None
            and line.right <= gutter <= following.left
            and step < 0
            and not line.text.rstrip().endswith((".", ":", ";", "!", "?"))
        )
        # a label and its value at a tab stop, or a row of an unread table, is a line apart
        apart = line.pieces > 1 or following.pieces > 1
        fits = room >= following.first_word + 2 * char_width
        line.wrapped = (close or over) and not fits and not apart


Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _then(inner: Matrix, outer: Matrix) -> Matrix:
    """The matrix applying `inner`, then `outer` (PDF's row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
    )


def _image_area(obj, matrix: Matrix) -> float:
    """The area, in the page, of the box around an image object drawn in a form whose
    placement on the page is `matrix`."""
    import pypdfium2.raw as pdfium_c

    box = [ctypes.c_float() for _ in range(4)]
    if not pdfium_c.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in box)):
        return 0.0
    left, bottom, right, top = (v.value for v in box)
    a, b, c, d, e, f = matrix
    xs, ys = [], []
    for x, y in ((left, bottom), (left, top), (right, bottom), (right, top)):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return (max(xs) - min(xs)) * (max(ys) - min(ys))


def _count_objects(page) -> tuple[int, int, float]:
    """How many path (lines, boxes) and image objects a page draws, forms included, and
    the share of the page's area the images cover (overlaps counted twice, at most 1)."""
    import pypdfium2.raw as pdfium_c

    get_type = pdfium_c.FPDFPageObj_GetType
    paths = images = 0
    area = 0.0
    stack = [(page, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, 0, _IDENTITY)]
    while stack:
        owner, count_of, get, depth, matrix = stack.pop()
        for index in range(count_of(owner)):
            obj = get(owner, index)
            kind = get_type(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                paths += 1
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                images += 1
                area += _image_area(obj, matrix)
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 3:
                placed = pdfium_c.FS_MATRIX()
                pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(placed))
                own = (placed.a, placed.b, placed.c, placed.d, placed.e, placed.f)
                stack.append(
                    (
                        obj,
                        pdfium_c.FPDFFormObj_CountObjects,
                        pdfium_c.FPDFFormObj_GetObject,
                        depth + 1,
                        _then(own, matrix),
                    )
                )
    width, height = page.get_size()
    return paths, images, min(1.0, area / max(width * height, 1.0))


class _Plumber:
    """pdfplumber on the same bytes, opened only when a page needs it."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pdf = None
        self.copies: list = []

    def page(self, index: int, alone: bytes | None = None):
        """Page `index`, or the first page of `alone`: that page by itself, as a PDF with the
        rotation it is read under (see _read_page)."""
        import pdfplumber

        if alone is not None:
            self.copies.append(pdfplumber.open(io.BytesIO(alone)))
            return self.copies[-1].pages[0]
        if self.pdf is None:
            self.pdf = pdfplumber.open(io.BytesIO(self.data))
        return self.pdf.pages[index]

    def close(self) -> None:
        for pdf in [self.pdf, *self.copies]:
            if pdf is not None:
                pdf.close()


def _alone(pdf, index: int) -> bytes:
    """Page `index` of a pypdfium2 document as a one-page PDF, with the rotation it has now."""
    import pypdfium2 as pdfium

    single = pdfium.PdfDocument.new()
    try:
        single.import_pages(pdf, [index])
        buffer = io.BytesIO()
        single.save(buffer)
        return buffer.getvalue()
    finally:
        single.close()


def _stamp_only(lines: list[Line], page) -> bool:
    """The text layer covers a small part of the page: a stamp, a code or a page number on
    a scan, not a page of text (whose lines cover a quarter of it or more)."""
    width, height = page.get_size()
    inked = sum((line.right - line.left) * (line.top - line.bottom) for line in lines)
    return inked < STAMP_AREA * width * height


def _hide_text(page) -> None:
    """Take the text objects off a page (in memory), so that Tesseract reads the scan only:
    the text layer's lines are kept as pdfium reads them, exactly."""
    import pypdfium2.raw as pdfium_c

    for obj in list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT], max_depth=3)):
        page.remove_obj(obj)
        obj.close()


def _open(data: bytes):
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise UnreadableFile("encrypted PDF: it needs a password") from error
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise UnreadableFile("encrypted PDF with an unsupported security handler") from error
        raise UnreadableFile(f"not a readable PDF ({error})") from error


def _read_page(pdf, plumber: _Plumber, index: int) -> PageWork:
    """One page: its lines, its tables, or its OCR. A page pdfium or pdfplumber fails on is
    noted in a warning; the rest of the document is still read."""
    import pypdfium2 as pdfium

    work = PageWork(number=index + 1)
    try:
        page = pdf[index]
    except pdfium.PdfiumError as error:
        work.unread = f"page could not be read ({error})"
        return work
    try:
        rotation = page.get_rotation()
        textpage = page.get_textpage()
        try:
            upright = _upright_rotation(textpage)
            if upright is not None and upright != rotation:
                # pdfium orders lines, and pdfplumber lays out tables, in the displayed
                # page: display it with its characters upright
                textpage.close()
                page.set_rotation(upright)
                textpage = page.get_textpage()
            lines, legacy = text_lines_of(textpage, _turner(page))
        finally:
            textpage.close()
        paths, images, covered = _count_objects(page)
        characters = sum(len(line.text.replace(" ", "")) for line in lines)
        scan = characters < MIN_TEXT_CHARS or covered > SCAN_COVER and _stamp_only(lines, page)
        if images and scan:
            work.lines = lines  # a stamp's lines, put after the OCR text (_finish)
            work.check_ocr = characters >= MIN_TEXT_CHARS
            try:
                tesseract()  # installed? if not, say so now, before rendering the page
                page.set_rotation(rotation)  # the scan as it is displayed
                _hide_text(page)
                work.size = page.get_size()
                work.image = page_image(page)
            except OcrUnavailable as error:
                work.unread = f"scanned page not read: {error}"
            return work
        ruled = MIN_TABLE_PATHS <= paths <= MAX_PATHS_FOR_TABLES
        if ruled or _unruled_rows(lines):
            alone = _alone(pdf, index) if page.get_rotation() != rotation else None
            work.tables = _tables(plumber, index, legacy, work, alone, ruled, lines)
            lines = [line for line in lines if not _inside(line, work.tables)]
        work.lines = lines
    except pdfium.PdfiumError as error:
        work.unread = f"page could not be read ({error})"
    finally:
        page.close()
    return work


def _tables(
    plumber: _Plumber,
    index: int,
    legacy: bool,
    work: PageWork,
    alone: bytes | None,
    ruled: bool,
    lines: list[Line],
) -> list[FoundTable]:
    try:
        plumber_page = plumber.page(index, alone)
        try:
            if legacy:
                decode_legacy_chars(plumber_page)
            found = find_tables(plumber_page, legacy=legacy) if ruled else []
            if _unruled_rows([line for line in lines if not _inside(line, found)]):
                found += find_unruled_tables(plumber_page, found, legacy=legacy)
            return found
        finally:
            plumber_page.close()
    except Exception as error:  # pdfminer's errors have no common base; the text stays
        work.notes.append(f"tables not read ({type(error).__name__}: {error})")
        return []


def _unruled_rows(lines: list[Line]) -> bool:
    """Whether some line may be a row of a table without rules: pieces a column apart in
    pdfium's text boxes (unruled.py then reads the page's words; one row is enough, the
    end of a table carried onto the next page)."""
    return any(line.pieces >= MIN_COLUMNS for line in lines)


def _inside(line: Line, tables: list[FoundTable]) -> bool:
    middle_y = (line.top + line.bottom) / 2
    for table in tables:
        x0, _, x1, _ = table.bbox
        if table.low - 1 <= middle_y <= table.high + 1 and x0 - 1 <= line.left <= x1 + 1:
            return True
    return False


def read_pdf(data: bytes) -> Extracted:
    """Text per page (page numbers kept), tables joined across pages, scans OCRed."""
    check_pdf(data)
    pdf = _open(data)
    plumber = _Plumber(data)
    try:
        count = len(pdf)
        if count > MAX_PAGES:
            raise UnreadableFile(f"too many pages ({count} > {MAX_PAGES})")
        if count == 0:
            raise UnreadableFile("not a readable PDF (no pages)")
        pages = []
        with OcrQueue() as ocr:
            for index in range(count):
                work = _read_page(pdf, plumber, index)
                if work.image is not None:
                    ocr.submit(work, work.image)
                    work.image = None
                pages.append(work)
    finally:
        plumber.close()
        pdf.close()
    return assemble_pages(pages, _mark_wraps)
