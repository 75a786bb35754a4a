"""A page photographed lying on a desk: found, straightened, its light evened out for OCR.

A phone photo shows the page at an angle (its edges not parallel), turned, on a darker
ground, lit more on one side than the other, often with a shadow. Tesseract reads such a
page poorly: its lines slope and converge, and its binarisation loses the text in the
shadow. So the page is found where the well-lit paper, flooded outwards, meets the darker
ground flooded in from the frame's edge (a watershed over the brightness' gradient), its
four edges fitted to the paper's border, the quadrilateral warped back to a rectangle (A4
at 300 dpi when its sides have A4's proportions), and the light evened out by dividing by
the paper's own brightness, found by closing the text away at a coarse scale.

A scan (the page fills the image: no darker ground along most of its edge) is left as it
is, and so is a photo of a page on a white table.
All functions here are pure: grey pixels in (numpy uint8, 0 black), pixels out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image
from scipy import ndimage

# the page is looked for on a copy this many pixels on its long side
FIND_SIZE = 800
# a page covers at least this share of the photo, and leaves this share of the frame's
# size between each of its edges and the frame's (a scan's page reaches the edges)
MIN_PAGE_SHARE = 0.15
MIN_BORDER = 0.01
# paper is this much brighter than the ground it lies on (grey levels, 0-255), and that
# ground shows along this share of the frame's edge
MIN_CONTRAST = 25.0
MIN_GROUND_EDGE = 0.6
BLANK_LEVEL = 252  # a PDF page's white where no image is drawn
OPENING = 9  # pixels of the small copy: what is thinner than this and sticks out is no page
# a page's corners are within this many degrees of square once straightened
MAX_CORNER_SKEW = 35.0
A4_MM = (210, 297)
A4_RATIO = A4_MM[1] / A4_MM[0]
A4_TOLERANCE = 0.12  # a page whose sides are within 12 % of A4's proportions is A4
PHOTO_DPI = 300.0
# the straightened page's outermost band (2 mm at A4) is painted white: what is left there
# of the desk would frame the page like a table's rules, and nothing is printed so close
RIM = 0.01


@dataclass(frozen=True)
class Outline:
    """Where a photographed page lies: its corners (x, y) in the image's pixels, clockwise
    from the top left."""

    corners: tuple[tuple[float, float], ...]


def find_page(grey: np.ndarray) -> Outline | None:
    """The page in a photo, or None when the image is a scan (no darker ground shows all
    round the page) or no page stands out from what it lies on."""
    height, width = grey.shape
    factor = max(height, width) / FIND_SIZE
    small = _shrunk(grey, factor)
    blurred = ndimage.gaussian_filter(small, 2.0)
    if blurred.max() - blurred.min() < MIN_CONTRAST:
        return None  # a blank page, or one grey all over
    page = _paper(blurred)
    if page is None or page.mean() < MIN_PAGE_SHARE:
        return None
    ys, xs = np.nonzero(page)
    margin = MIN_BORDER * max(small.shape)
    last_y, last_x = small.shape[0] - 1 - margin, small.shape[1] - 1 - margin
    if min(xs.min(), ys.min()) < margin or xs.max() > last_x or ys.max() > last_y:
        return None  # a photo cropped to the page
    corners = _quadrilateral(page)
    if corners is None:
        return None
    corners = _refine(blurred, corners)
    if not _plausible(corners):
        return None
    return Outline(tuple((float(x * factor), float(y * factor)) for x, y in corners))


def _paper(blurred: np.ndarray) -> np.ndarray | None:
    """Where the page lies, as a mask, or None when no ground darker than the paper shows
    along most of the frame's edge (a scan; a page on a white table).

    The well-lit paper (brighter than Otsu's threshold) and the dark ground along the
    frame's edge are flooded outwards over the brightness' gradient (a watershed) until
    they meet: at the page's edge, where the gradient is steepest. A shadow or a fall of
    light across the page has a soft gradient and stays inside the paper, where a
    threshold would cut it off."""
    bright = blurred > _otsu(blurred)
    bright = ndimage.binary_closing(bright, np.ones((9, 9)), border_value=1)
    labels, count = ndimage.label(ndimage.binary_erosion(bright, np.ones((5, 5))))
    if count == 0:
        return None
    sizes = ndimage.sum_labels(np.ones_like(labels), labels, range(1, count + 1))
    lit = labels == 1 + int(np.argmax(sizes))
    level = float(np.median(blurred[lit]))
    edge = np.zeros_like(lit)
    edge[:2, :] = edge[-2:, :] = edge[:, :2] = edge[:, -2:] = True
    # a PDF page's white around the photo placed on it is no ground, nor any paper
    blank = blurred >= BLANK_LEVEL
    ground = edge & ~blank & (blurred < level - MIN_CONTRAST)
    if ground.sum() < MIN_GROUND_EDGE * (edge & ~blank).sum():
        return None
    markers = np.zeros(blurred.shape, np.int16)
    markers[edge & (ground | blank)] = 1
    markers[lit & ~edge] = 2
    gradient = ndimage.gaussian_gradient_magnitude(blurred, 1.0)
    steps = np.clip(gradient / max(float(gradient.max()), 1e-6) * 65535, 0, 65535)
    flooded = ndimage.watershed_ift(steps.astype(np.uint16), markers)
    page = ndimage.binary_fill_holes(flooded == 2)
    # a pen lying over the page's edge: thin, opened away
    page = ndimage.binary_opening(page, np.ones((OPENING, OPENING)))
    labels, count = ndimage.label(page)
    if count == 0:
        return None
    sizes = ndimage.sum_labels(np.ones_like(labels), labels, range(1, count + 1))
    return labels == 1 + int(np.argmax(sizes))


def straighten(grey: np.ndarray, page: Outline) -> tuple[np.ndarray, float]:
    """The page warped to a rectangle, with its resolution in dpi: A4 at 300 dpi when its
    sides have A4's proportions (turned either way), else its own size in pixels, taken to
    be 300 dpi."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = page.corners
    top = np.hypot(x1 - x0, y1 - y0)
    bottom = np.hypot(x2 - x3, y2 - y3)
    left = np.hypot(x3 - x0, y3 - y0)
    right = np.hypot(x2 - x1, y2 - y1)
    width, height = max(top, bottom), max(left, right)
    ratio = max(width, height) / min(width, height)
    if abs(ratio / A4_RATIO - 1) <= A4_TOLERANCE:
        short, long = (round(mm / 25.4 * PHOTO_DPI) for mm in A4_MM)
        width, height = (short, long) if height >= width else (long, short)
    size = (round(width), round(height))
    target = [(0, 0), (size[0], 0), (size[0], size[1]), (0, size[1])]
    coefficients = perspective_coefficients(list(page.corners), target)
    warped = Image.fromarray(grey).transform(
        size, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC
    )
    return np.asarray(warped), PHOTO_DPI


def even_light(grey: np.ndarray) -> np.ndarray:
    """The page with its light made even: each pixel divided by the paper's brightness
    around it, found at 1/8 scale by closing away the text (a window wider than a word's
    letters) and smoothing, so that ink in the shadow is as dark against its paper as ink
    in full light."""
    factor = 8
    small = _shrunk(grey, factor)
    paper = ndimage.grey_closing(small, size=(9, 9))
    paper = ndimage.gaussian_filter(paper, 3.0)
    height, width = grey.shape
    full = np.asarray(
        Image.fromarray(paper.astype(np.float32)).resize((width, height), Image.Resampling.BILINEAR)
    )
    evened = grey.astype(np.float32) / np.maximum(full, 1.0) * 245.0
    return np.clip(evened, 0, 255).astype(np.uint8)


def prepare(grey: np.ndarray, dpi: float) -> tuple[np.ndarray, float, bool]:
    """A page image ready for OCR: a photographed page found, straightened and evened out
    (and True), anything else as it is (and False)."""
    page = find_page(grey)
    if page is None:
        return grey, dpi, False
    straight, straight_dpi = straighten(grey, page)
    evened = even_light(straight)
    rim = max(1, round(RIM * min(evened.shape)))
    evened[:rim, :] = evened[-rim:, :] = 255
    evened[:, :rim] = evened[:, -rim:] = 255
    return evened, straight_dpi, True


def _shrunk(grey: np.ndarray, factor: float) -> np.ndarray:
    height, width = grey.shape
    size = (max(1, round(width / factor)), max(1, round(height / factor)))
    return np.asarray(Image.fromarray(grey).resize(size, Image.Resampling.BOX), np.float32)


def _otsu(values: np.ndarray) -> float:
    histogram, edges = np.histogram(values, bins=256, range=(0, 256))
    weights = histogram.astype(np.float64)
    middles = (edges[:-1] + edges[1:]) / 2
    below = np.cumsum(weights)
    above = below[-1] - below
    sums = np.cumsum(weights * middles)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_below = sums / below
        mean_above = (sums[-1] - sums) / above
        between = below * above * (mean_below - mean_above) ** 2
    return float(middles[int(np.nanargmax(between))])


def _quadrilateral(mask: np.ndarray) -> np.ndarray | None:
    """Four corners of a shape's outline, clockwise from the top left: its convex hull cut
    down, vertex by vertex, dropping each time the one whose loss costs least area."""
    from scipy.spatial import ConvexHull, QhullError

    edge = mask & ~ndimage.binary_erosion(mask)
    ys, xs = np.nonzero(edge)
    points = np.column_stack([xs, ys]).astype(np.float64)
    try:
        hull = points[ConvexHull(points).vertices]
    except (QhullError, ValueError):
        return None
    hull = list(hull)
    while len(hull) > 4:
        costs = []
        for index in range(len(hull)):
            a, b, c = hull[index - 1], hull[index], hull[(index + 1) % len(hull)]
            costs.append(abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])))
        hull.pop(int(np.argmin(costs)))
    if len(hull) < 4:
        return None
    corners = np.array(hull)
    # clockwise from the corner nearest the top left (image y grows downwards)
    centre = corners.mean(axis=0)
    angles = np.arctan2(corners[:, 1] - centre[1], corners[:, 0] - centre[0])
    corners = corners[np.argsort(angles)]
    start = int(np.argmin(corners.sum(axis=1)))
    return np.roll(corners, -start, axis=0)


def _refine(blurred: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """Each edge moved onto the paper's border: along the edge, the strongest fall in
    brightness from inside to outside within a few pixels of it, a line fitted through
    those points, and the corners where neighbouring lines meet."""
    lines = []
    centre = corners.mean(axis=0)
    for index in range(4):
        a, b = corners[index], corners[(index + 1) % 4]
        direction = (b - a) / np.linalg.norm(b - a)
        normal = np.array([direction[1], -direction[0]])
        if np.dot(normal, (a + b) / 2 - centre) < 0:
            normal = -normal  # pointing out of the page
        found = []
        for t in np.linspace(0.1, 0.9, 40):
            base = a + (b - a) * t
            offsets = np.arange(-8, 9, dtype=np.float64)
            samples = base[None, :] + offsets[:, None] * normal[None, :]
            values = ndimage.map_coordinates(blurred, [samples[:, 1], samples[:, 0]], order=1)
            falls = values[:-1] - values[1:]  # bright inside to dark outside
            best = int(np.argmax(falls))
            if falls[best] > 5:
                found.append(base + (offsets[best] + 0.5) * normal)
        if len(found) < 8:
            lines.append((a, direction))
            continue
        points = np.array(found)
        # a line through the points, robust to a few stray ones (a pen over the margin)
        for _ in range(2):
            middle = points.mean(axis=0)
            _, _, vectors = np.linalg.svd(points - middle)
            along = vectors[0]
            distance = np.abs((points - middle) @ np.array([along[1], -along[0]]))
            keep = distance <= max(1.5, 2.5 * np.median(distance))
            if keep.sum() < 8:
                break
            points = points[keep]
        middle = points.mean(axis=0)
        _, _, vectors = np.linalg.svd(points - middle)
        lines.append((middle, vectors[0]))
    refined = []
    for index in range(4):
        (p, u), (q, v) = lines[index - 1], lines[index]
        matrix = np.column_stack([u, -v])
        if abs(np.linalg.det(matrix)) < 1e-6:
            return corners
        s, _ = np.linalg.solve(matrix, q - p)
        refined.append(p + s * u)
    return np.array(refined)


def _plausible(corners: np.ndarray) -> bool:
    """A convex quadrilateral whose corners are near right angles."""
    for index in range(4):
        a, b, c = corners[index - 1], corners[index], corners[(index + 1) % 4]
        u, v = a - b, c - b
        cosine = np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v) + 1e-9)
        if abs(np.degrees(np.arccos(np.clip(cosine, -1, 1))) - 90) > MAX_CORNER_SKEW:
            return False
    return True


def perspective_coefficients(
    source: list[tuple[float, float]], target: list[tuple[float, float]]
) -> tuple[float, ...]:
    """Pillow's PERSPECTIVE coefficients taking each `target` point to its `source` point
    (Pillow maps each pixel of the output back onto the input)."""
    rows, values = [], []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values += [u, v]
    return tuple(np.linalg.solve(np.array(rows, float), np.array(values, float)))
