"""Ruled tables on a scanned page, found from their lines in the image.

Tesseract reads a page by text blocks: a ruled table comes out as lines that run across
its cells, two rows to a line, the rules read as "|" and a lone "3" lost as a speck
(bench/gold/heldout8/NOTES.md). So the table is found before Tesseract sees the page: its
rules are the long straight runs of ink (a morphological opening along each axis keeps a
run of ~4 mm and more, which letters never make), a table is a connected net of them with
at least two rows and two columns, its tilt is measured on its rules and undone, and the
slots between the rules are its cells; a slot with no rule between it and its neighbour
continues that neighbour's merged cell, unless a faded rule runs there. Each cell is then
cut out, its rules erased, its ink binarised and its specks dropped, ready to be read on
its own (scancells.py).

Pure numpy/scipy on a grey image (a 2-D uint8 array, 0 black); no Tesseract here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .tesseract import DPI

# a rule is a straight run of ink at least this long (mm): longer than any letter's stroke,
# shorter than the narrowest column's or row's side ("TT" columns are ~10 mm, rows ~5 mm)
RULE_MM = 4.0
# a net of rules smaller than this (mm) is no table: the short rule under a head's line
TABLE_WIDTH_MM = 25.0
TABLE_HEIGHT_MM = 8.0
# a rule this long (mm) is a table's; a shorter one must end at rules across it
LONG_RULE_MM = 20.0
MEETS_MM = 1.0
# ink thicker than this (mm) across its length is a band or a block, no rule
THICKEST_RULE_MM = 2.0
# gaps of up to this many pixels in a rule (grain, a worn photocopy) are closed
RULE_GAP = 3
# how far (mm) a rule's soft edge reaches past the ink found for it
RULE_EDGE_MM = 0.25
# rules closer than this (mm) are one (a thick border read as two runs, a double rule)
SAME_RULE_MM = 1.5
# a rule present over at least this share of a slot's side separates it from the next
SEPARATES = 0.5
# ...and so does a faded one: a line darker than the paper by a quarter of the ink's
# contrast over most of the side
FAINT_CONTRAST = 0.25
FAINT_COVER = 0.7
# specks of fewer dark pixels than this (at 300 dpi) are grain, not ink of a letter: an
# i's dot is ~25 at 11 pt
SPECK_PIXELS = 20
# ...unless it lies this close (mm) to a letter: then it is the letter's dot or mark
MARK_REACH_MM = 0.5
# a cell with more specks than this per pixel is shaded: 0.017 in a halftoned header, 0.0002
# in a plain cell of the same scan
SHADED_SPECKS = 0.004
CELL_INSET_MM = 0.3
DASH_MM = 0.6  # a flat stroke no taller than this (mm) alone in a cell is a dash
LINE_GAP = 0.12  # blank rows, as a share of a cell's ink height, that part two lines
SOFTEN = 0.8  # the blur (pixels at 300 dpi) that gives a binarised cell soft edges
MARGIN = 20  # white pixels around a cell's ink, as Tesseract likes it
MAX_TILT_DEGREES = 5.0


@dataclass(frozen=True)
class Cell:
    row: int
    col: int
    rows: int  # how many slots down and across the (merged) cell covers
    cols: int
    image: np.ndarray | None  # its ink, binarised, in a white margin; None when empty


@dataclass(frozen=True)
class ScanTable:
    """A ruled table of a page image: where it is (pixels of the page) and its cells."""

    top: int
    bottom: int
    left: int
    right: int
    n_rows: int
    n_cols: int
    columns: tuple[float, ...]  # column edges, pixels from the table's left rule
    cells: tuple[Cell, ...]
    dpi: float = DPI  # the page image's, which Tesseract is told when it reads the cells


@dataclass(frozen=True)
class _Rule:
    at: float  # y of a horizontal rule, x of a vertical one (middle of its thickness)
    start: int  # where it runs along its length
    stop: int
    low: int  # its thickness
    high: int


def ink_threshold(image: np.ndarray) -> int:
    """Otsu's threshold of a grey image: at or below it is ink. Photocopies print grey toner on
    grey paper, so no fixed level fits all."""
    # every other pixel of every other row: the same histogram's shape, a quarter the work
    hist = np.bincount(image[::2, ::2].ravel(), minlength=256).astype(np.float64)
    weight = np.cumsum(hist)
    total = weight[-1]
    mean = np.cumsum(hist * np.arange(256))
    between = (mean[-1] * weight / total - mean) ** 2 / (weight * (total - weight) + 1e-9)
    return int(np.argmax(between))


def find_tables(image: np.ndarray, dpi: float = DPI) -> list[ScanTable]:
    """The ruled tables of a grey page image with two rows and two columns or more, top
    to bottom."""
    from scipy import ndimage

    threshold = ink_threshold(image)
    ink = image <= threshold
    # find the nets on the image halved (any ink in a 2×2 block is ink): 4× fewer pixels
    small = _halve(ink)
    length = max(3, round(RULE_MM / 25.4 * dpi / 2))
    thickest = max(3, round(THICKEST_RULE_MM / 25.4 * dpi / 2))
    nets = _rules(small, length, 1, thickest) | _rules(small, length, 0, thickest)
    labels, count = ndimage.label(nets, structure=np.ones((3, 3)))
    tables = []
    half_mm = dpi / 25.4 / 2
    for found in ndimage.find_objects(labels):
        if found is None:
            continue
        height = found[0].stop - found[0].start
        width = found[1].stop - found[1].start
        if width < TABLE_WIDTH_MM * half_mm or height < TABLE_HEIGHT_MM * half_mm:
            continue
        # the crop leaves room for the tilt to be turned out; the box painted out of the
        # page's text is the rules' own, so that a heading just above keeps its marks
        room = round(dpi / 25.4 * 2)
        top, bottom = found[0].start * 2, found[0].stop * 2
        left, right = found[1].start * 2, found[1].stop * 2
        crop = image[max(0, top - room) : bottom + room, max(0, left - room) : right + room]
        table = _read_net(crop, threshold, dpi)
        if table is not None:
            edge = RULE_GAP
            tables.append(
                replace(
                    table,
                    top=max(0, top - edge),
                    bottom=min(image.shape[0], bottom + edge),
                    left=max(0, left - edge),
                    right=min(image.shape[1], right + edge),
                )
            )
    return sorted(tables, key=lambda table: table.top)


def blank_tables(image: np.ndarray, tables: list[ScanTable]) -> np.ndarray:
    """The image with each table's box painted white, for reading the page's text."""
    if not tables:
        return image
    blank = image.copy()
    for table in tables:
        blank[table.top : table.bottom, table.left : table.right] = 255
    return blank


def erase_rules(image: np.ndarray, dpi: float = DPI) -> np.ndarray:
    """The image with its long horizontal rules painted white: the rule under a table's
    header or between its rows where no net of rules makes it a table, a letterhead's
    line. The cells of a table printed without column rules are cut from it
    (scan_unruled.py): a rule, or its soft edge, in a cell's image is read as marks."""
    from scipy import ndimage

    threshold = ink_threshold(image)
    small = _halve(image <= threshold)
    length = max(3, round(LONG_RULE_MM / 25.4 * dpi / 2))
    thickest = max(3, round(THICKEST_RULE_MM / 25.4 * dpi / 2))
    # a rule on a page turned a little runs in steps a pixel apart (at 0.5° one every 11
    # mm): each step grown a pixel up and down meets the next
    grown = ndimage.maximum_filter1d(small.view(np.uint8), 3, 0).astype(bool)
    rules = _rules(grown, length, 1, thickest) & small
    if not rules.any():
        return image
    # back to full size, and grown over the rule's soft edges (blur, toner): left in, a
    # cell cut under the rule holds a grey line, and "297" reads as "5á Về"
    reach = max(1, round(RULE_EDGE_MM / 25.4 * dpi))
    mask = ndimage.binary_dilation(
        np.repeat(np.repeat(rules, 2, axis=0), 2, axis=1),
        structure=np.ones((2 * reach + 1, 3), bool),
    )
    erased = image.copy()
    erased[: mask.shape[0], : mask.shape[1]][mask] = 255
    return erased


def _halve(ink: np.ndarray) -> np.ndarray:
    height, width = ink.shape[0] // 2 * 2, ink.shape[1] // 2 * 2
    blocks = ink[:height, :width].reshape(height // 2, 2, width // 2, 2)
    return blocks.any(axis=(1, 3))


def _rules(ink: np.ndarray, length: int, axis: int, thickest: int) -> np.ndarray:
    """The runs of ink at least `length` long along `axis` (1: horizontal), small gaps
    closed first, less what is thicker than `thickest` across: a grey band down a
    photocopy, or a shaded block, is ink that runs long both ways but is no rule."""
    from scipy import ndimage

    mask = ink.view(np.uint8)
    closed = ndimage.minimum_filter1d(
        ndimage.maximum_filter1d(mask, RULE_GAP, axis), RULE_GAP, axis
    )
    opened = ndimage.maximum_filter1d(ndimage.minimum_filter1d(closed, length, axis), length, axis)
    across = 1 - axis
    solid = ndimage.maximum_filter1d(
        ndimage.minimum_filter1d(opened, thickest, across), thickest, across
    )
    return (opened & ~solid).astype(bool)


def _tilt(horizontal: np.ndarray) -> float:
    """The table's tilt in degrees (clockwise positive), from its longest horizontal rule."""
    from scipy import ndimage

    labels, count = ndimage.label(horizontal, structure=np.ones((3, 3)))
    if not count:
        return 0.0
    sizes = ndimage.sum(horizontal, labels, range(1, count + 1))
    ys, xs = np.nonzero(labels == int(np.argmax(sizes)) + 1)
    if xs.max() - xs.min() < 10:
        return 0.0
    slope = np.polyfit(xs, ys, 1)[0]
    return float(np.degrees(np.arctan(slope)))


def _read_net(crop: np.ndarray, threshold: int, dpi: float) -> ScanTable | None:
    """The table in `crop` (the box around one net of rules): tilt undone, rules found,
    cells cut. None when the net is not a table of 2×2 slots or more."""
    from scipy import ndimage

    length = max(5, round(RULE_MM / 25.4 * dpi))
    thickest = max(3, round(THICKEST_RULE_MM / 25.4 * dpi))
    horizontal = _rules(crop <= threshold, length, 1, thickest)
    tilt = _tilt(horizontal)
    if abs(tilt) > MAX_TILT_DEGREES:
        return None
    if abs(tilt) >= 0.05:
        turned = ndimage.rotate(
            crop.astype(np.float32), tilt, reshape=False, order=1, mode="constant", cval=255.0
        )
        crop = np.clip(turned, 0, 255).astype(np.uint8)
        horizontal = _rules(crop <= threshold, length, 1, thickest)
    vertical = _rules(crop <= threshold, length, 0, thickest)
    mm = dpi / 25.4
    across, down = _found_rules(horizontal, axis=1), _found_rules(vertical, axis=0)
    across, down = _table_rules(across, down, mm), _table_rules(down, across, mm)
    same = SAME_RULE_MM * mm
    rows = _merge(across, same)
    cols = _merge(down, same)
    # an open table (no outer rule at a side) ends where the other rules end
    rows = _close(rows, cols, same)
    cols = _close(cols, rows, same)
    if len(rows) < 3 or len(cols) < 3:
        return None
    # only the table's rules are erased: the runs a bold word makes stay letters
    clean = crop.copy()
    pad = RULE_GAP
    for rule in across:
        clean[
            max(0, rule.low - pad) : rule.high + pad, max(0, rule.start - pad) : rule.stop + pad
        ] = 255
    for rule in down:
        clean[
            max(0, rule.start - pad) : rule.stop + pad, max(0, rule.low - pad) : rule.high + pad
        ] = 255
    n_rows, n_cols = len(rows) - 1, len(cols) - 1
    faint = _FaintRules(crop, threshold)
    origin = [[(r, c) for c in range(n_cols)] for r in range(n_rows)]
    for r in range(n_rows):
        for c in range(n_cols):
            if c and not faint.separates(cols[c], rows[r], rows[r + 1], vertical=True):
                origin[r][c] = origin[r][c - 1]
            elif r and not faint.separates(rows[r], cols[c], cols[c + 1], vertical=False):
                origin[r][c] = origin[r - 1][c]
    cells = []
    # a cell is cut a little inside its rules: the rotation greys their edges, and a sliver
    # of rule left along a cell's side reads as a letter ("Lhực hiện")
    inset = max(2, round(CELL_INSET_MM * mm))
    for r in range(n_rows):
        for c in range(n_cols):
            if origin[r][c] != (r, c):
                continue
            last_r = max(i for i in range(n_rows) if origin[i][c] == (r, c))
            last_c = max(j for j in range(n_cols) if origin[r][j] == (r, c))
            box = clean[
                rows[r].high + inset : rows[last_r + 1].low - inset,
                cols[c].high + inset : cols[last_c + 1].low - inset,
            ]
            cells.append(
                Cell(r, c, last_r - r + 1, last_c - c + 1, cell_image(box, threshold, dpi))
            )
    left = cols[0].at
    columns = tuple(col.at - left for col in cols)
    return ScanTable(0, 0, 0, 0, n_rows, n_cols, columns, tuple(cells), dpi)


def _found_rules(mask: np.ndarray, axis: int) -> list[_Rule]:
    """The rules of a mask of runs along `axis`, each with its extent."""
    from scipy import ndimage

    labels, _ = ndimage.label(mask, structure=np.ones((3, 3)))
    rules = []
    for found in ndimage.find_objects(labels):
        if found is None:
            continue
        across, along = (found[0], found[1]) if axis == 1 else (found[1], found[0])
        rules.append(
            _Rule(
                at=(across.start + across.stop - 1) / 2,
                start=along.start,
                stop=along.stop,
                low=across.start,
                high=across.stop,
            )
        )
    return rules


def _table_rules(rules: list[_Rule], across: list[_Rule], mm: float) -> list[_Rule]:
    """The rules that are a table's: long ones, and short ones that end at a long rule
    across them at each end (a narrow column's rule). A bold word whose serifs touch makes a
    short run too, but it stops short of the cell's rules."""
    long = LONG_RULE_MM * mm
    reach = MEETS_MM * mm
    walls = [rule for rule in across if rule.stop - rule.start >= long]

    def meets(rule: _Rule, end: float) -> bool:
        return any(
            wall.low - reach <= end <= wall.high + reach
            and wall.start - reach <= rule.at <= wall.stop + reach
            for wall in walls
        )

    return [
        rule
        for rule in rules
        if rule.stop - rule.start >= long or meets(rule, rule.start) and meets(rule, rule.stop)
    ]


def _merge(rules: list[_Rule], same: float) -> list[_MergedRule]:
    """Rules at the same place (pieces of one rule, broken where it faded) as one, in order."""
    merged: list[_MergedRule] = []
    for rule in sorted(rules, key=lambda rule: rule.at):
        if merged and rule.at - merged[-1].at <= same:
            merged[-1].add(rule)
        else:
            merged.append(_MergedRule(rule))
    return merged


class _MergedRule:
    """One rule of the table, made of the pieces found at its place."""

    def __init__(self, rule: _Rule) -> None:
        self.pieces = [(rule.start, rule.stop)]
        self.at = rule.at
        self.low, self.high = rule.low, rule.high

    def add(self, rule: _Rule) -> None:
        self.pieces.append((rule.start, rule.stop))
        self.low, self.high = min(self.low, rule.low), max(self.high, rule.high)
        self.at = (self.low + self.high - 1) / 2

    @property
    def start(self) -> int:
        return min(start for start, _ in self.pieces)

    @property
    def stop(self) -> int:
        return max(stop for _, stop in self.pieces)

    def covers(self, start: float, stop: float) -> float:
        """The share of [start, stop) this rule runs over."""
        if stop <= start:
            return 0.0
        spans = sorted((max(a, start), min(b, stop)) for a, b in self.pieces)
        covered, reach = 0.0, start
        for a, b in spans:
            if b <= reach:
                continue
            covered += b - max(a, reach)
            reach = b
        return covered / (stop - start)


def _close(rules: list[_MergedRule], across: list[_MergedRule], same: float) -> list[_MergedRule]:
    """`rules` with an edge added where the rules `across` them end beyond the first or
    last (a table printed without its outer rules on that side)."""
    if not across or not rules:
        return rules
    start = min(rule.start for rule in across)
    stop = max(rule.stop for rule in across)
    # the added edge runs all along the table, so it separates every slot beside it
    along = (min(rule.start for rule in rules), max(rule.stop for rule in rules))
    out = list(rules)
    if start < out[0].at - same:
        out.insert(0, _MergedRule(_Rule(start, *along, start, start + 1)))
    if stop > out[-1].at + same:
        out.append(_MergedRule(_Rule(stop - 1, *along, stop - 1, stop)))
    return out


class _FaintRules:
    """Whether a rule runs between two slots: found there as ink, or, where a photocopy
    faded it below the ink's threshold, as a straight line darker than the paper all along
    the slots' side (a merged cell's text crosses that line only in places)."""

    def __init__(self, crop: np.ndarray, threshold: int) -> None:
        self.crop = crop
        ink = crop[crop <= threshold]
        paper = crop[crop > threshold]
        self.paper = float(np.median(paper)) if paper.size else 255.0
        contrast = self.paper - (float(np.median(ink)) if ink.size else 0.0)
        self.faint = self.paper - FAINT_CONTRAST * max(contrast, 1.0)

    def separates(
        self, rule: _MergedRule, before: _MergedRule, after: _MergedRule, vertical: bool
    ) -> bool:
        """Whether `rule` separates the slots beside it, between the rules `before` and
        `after` across it."""
        if rule.covers(before.at, after.at) >= SEPARATES:
            return True
        start, stop = before.high, after.low
        low, high = max(0, rule.low - RULE_GAP), rule.high + RULE_GAP
        band = self.crop[start:stop, low:high] if vertical else self.crop[low:high, start:stop].T
        if band.size == 0:
            return False
        return float((band < self.faint).mean(axis=0).max()) >= FAINT_COVER


def cell_image(box: np.ndarray, threshold: int, dpi: float) -> np.ndarray | None:
    """A cell's ink in black on white, specks dropped, cut to its ink and set in a white
    margin; None for an empty cell. Binarising at the page's threshold takes the grain and
    the grey of the paper away, which Tesseract reads as marks ("_", "-") in a small image."""
    from scipy import ndimage

    if box.size == 0:
        return None
    speck = max(2, round(SPECK_PIXELS * (dpi / DPI) ** 2))  # fewer dark pixels are grain
    reach = max(1, round(MARK_REACH_MM * dpi / 25.4))
    ink = box <= threshold
    labels, count = ndimage.label(ink, structure=np.ones((3, 3)))
    sizes = np.bincount(labels.ravel(), minlength=count + 1)
    shaded = np.count_nonzero(sizes[1:] < speck) > SHADED_SPECKS * box.size
    if shaded:
        # a shaded cell (a header's grey fill, a halftone of dots on a bitonal scan): the
        # median of each 3×3 takes the dots away and leaves strokes and marks; what dots
        # are left stand near the letters as marks would, and go too
        ink = ndimage.median_filter(ink.view(np.uint8), size=3).astype(bool)
        labels, count = ndimage.label(ink, structure=np.ones((3, 3)))
        sizes = np.bincount(labels.ravel(), minlength=count + 1)
    if count:
        letters = sizes >= speck
        letters[0] = False
        # a small mark near a letter is its dot or tone mark (the dot of "ạ", of "i"); one
        # standing apart is a speck
        near = ndimage.maximum_filter(letters[labels], size=2 * reach + 1)
        if shaded:
            near[:] = False
        marks = np.zeros(count + 1, bool)
        marks[np.unique(labels[near & ink & ~letters[labels]])] = True
        marks[0] = False
        ink = (letters | marks)[labels]
    if not ink.any():
        return None
    ys = np.nonzero(ink.any(axis=1))[0]
    xs = np.nonzero(ink.any(axis=0))[0]
    piece = ink[ys[0] : ys[-1] + 1, xs[0] : xs[-1] + 1]
    image = np.full((piece.shape[0] + 2 * MARGIN, piece.shape[1] + 2 * MARGIN), 255.0)
    image[MARGIN:-MARGIN, MARGIN:-MARGIN] = np.where(piece, 0.0, 255.0)
    # Tesseract's model learnt letters with soft edges: a hard-edged "5" alone in its cell
    # read as "h", softened as "5"
    soft = ndimage.gaussian_filter(image, SOFTEN * dpi / DPI)
    return np.clip(soft, 0, 255).astype(np.uint8)


def is_dash(image: np.ndarray, dpi: float = DPI) -> bool:
    """Whether a cell image from `find_tables` holds one flat stroke: the "-" a table puts
    where it has no figure, which Tesseract drops as a speck when it stands alone."""
    from scipy import ndimage

    ink = image < 128
    labels, count = ndimage.label(ink, structure=np.ones((3, 3)))
    if count != 1:
        return False
    ys, xs = np.nonzero(ink)
    height, width = ys.max() - ys.min() + 1, xs.max() - xs.min() + 1
    return height <= DASH_MM * dpi / 25.4 and width >= 2 * height


def bar_under_first_sign(image: np.ndarray) -> tuple[bool, bool]:
    """Whether the first sign of a cell image ("> 70") has a bar under it, which makes it
    "≥" (Tesseract's Vietnamese model has no "≥" or "≤" and reads ">" or "<"); and whether
    a space follows the sign."""
    from scipy import ndimage

    ink = image < 128
    labels, count = ndimage.label(ink, structure=np.ones((3, 3)))
    boxes = [box for box in ndimage.find_objects(labels) if box is not None]
    if len(boxes) < 2:
        return False, False
    tallest = max(box[0].stop - box[0].start for box in boxes)
    # the sign is the first mark that is no bar (the bar may start a pixel left of it)
    sign = min(
        (box for box in boxes if 3 * (box[0].stop - box[0].start) > tallest),
        key=lambda box: box[1].start,
    )
    height = sign[0].stop - sign[0].start
    width = sign[1].stop - sign[1].start
    bar = next(
        (
            box
            for box in boxes
            if box is not sign
            and box[0].start >= sign[0].stop - 1
            and box[0].stop - box[0].start <= max(3, height / 3)
            and min(box[1].stop, sign[1].stop) - max(box[1].start, sign[1].start) >= width / 2
        ),
        None,
    )
    if bar is None:
        return False, False
    rest = [box for box in boxes if box is not bar and box is not sign]
    gap = min((box[1].start for box in rest), default=sign[1].stop) - max(sign[1].stop, bar[1].stop)
    return True, gap > height / 4


def is_short(image: np.ndarray) -> bool:
    """Whether a cell image holds a few glyphs on one line ("8", "96", "B"): its ink no
    wider than twice its height."""
    ink = image < 128
    ys = np.nonzero(ink.any(axis=1))[0]
    xs = np.nonzero(ink.any(axis=0))[0]
    if not len(ys):
        return False
    return xs[-1] - xs[0] + 1 <= 2 * (ys[-1] - ys[0] + 1) and _one_line(image)


def _one_line(image: np.ndarray) -> bool:
    """Whether a cell image's ink is one line of print: no gap between rows of ink like
    that between two lines (a mark over a letter leaves a thinner one)."""
    rows = (image < 128).any(axis=1)
    ys = np.nonzero(rows)[0]
    if not len(ys):
        return False
    longest, run = 0, 0
    for empty in ~rows[ys[0] : ys[-1] + 1]:
        run = run + 1 if empty else 0
        longest = max(longest, run)
    return longest < LINE_GAP * (ys[-1] - ys[0] + 1)


def beside(line: np.ndarray, glyphs: np.ndarray) -> np.ndarray:
    """One image of a line of print (a wide cell of the row) and, after a gap twice the
    glyphs' height, a short cell's glyphs, both centred on one height."""
    height = max(line.shape[0], glyphs.shape[0])
    gap = 2 * glyphs.shape[0]
    out = np.full((height, line.shape[1] + gap + glyphs.shape[1]), 255, np.uint8)
    top = (height - line.shape[0]) // 2
    out[top : top + line.shape[0], : line.shape[1]] = line
    left = line.shape[1] + gap
    top = (height - glyphs.shape[0]) // 2
    out[top : top + glyphs.shape[0], left : left + glyphs.shape[1]] = glyphs
    return out
