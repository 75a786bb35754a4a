"""heldout22, step 2: photographs the printed pages with a simulated phone camera.

Documents how the set was made; not imported by tests, not part of the project. numpy, scipy
and Pillow from the project's interpreter, nothing of the project:

    /work/main/.venv/bin/python bench/gold/heldout22/make_photos.py

Reads pages/report_p1.png, pages/report_p2.png, pages/notice_p1.png (make_pages.py) and writes

- report.pdf: two A4 PDF pages (595.28 x 841.89 pt), each holding ONE camera photo (JPEG, RGB,
  3024x4032, embedded unchanged as a DCTDecode image, fitted to the page width and centred
  vertically, as a phone's "print / share as PDF" does), no text, no fonts;
- notice.jpg: one camera photo saved the way a phone saves it: the pixels in sensor order
  (4032x3024, landscape) with EXIF Orientation 6 ("turn 90 degrees clockwise to view"),
  EXIF Make/Model of a phone, 72 dpi (no real resolution);
- photos.json: the measured geometry and light of every photo (NOTES.md quotes it).

The camera (every photo): a 3024x4032 portrait frame (the sensor turned upright), focal length
3000 px (about a 26 mm-equivalent phone main camera), the page a plane seen from about 29 cm:

- the page lies on a desk (wood or dark cloth, in colour, textured in the desk plane so it takes
  the same perspective); the camera is tilted (pitch, yaw: one page edge 6-12 % shorter than the
  opposite one) and turned in the page's plane (roll 2-8 degrees); all four corners in frame;
- light: a linear brightness gradient across the page (30-40 %), slight vignetting, a soft
  shadow (of the phone and hand) over one side or corner, the page's own thin shadow on the
  desk; a warm colour cast (tungsten-ish: red 1.0, green 0.91, blue 0.76);
- lens: slight barrel distortion (r_ideal = r (1 + k r^2), r the distance from the centre over
  the half diagonal); slight defocus (Gaussian) and a short linear motion blur;
- sensor noise (signal-dependent, per channel, plus a finer luma grain), the phone's mild
  sharpening (unsharp mask), then JPEG 4:2:0.

Everything is seeded; two runs give byte-identical files.
"""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

import numpy as np
from PIL import Image
from scipy import ndimage

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
DPI = 300  # the clean pages
FRAME = (3024, 4032)  # width, height of the upright frame
FOCAL = 3000.0  # px
PAPER = np.array([0.925, 0.915, 0.885], np.float32)  # reflectance of the paper
INK = np.array([0.085, 0.085, 0.095], np.float32)  # of the toner
CAST = np.array([1.0, 0.91, 0.76], np.float32)  # warm light

PHOTOS = [
    {
        "name": "report_p1",
        "page": "report_p1.png",
        "seed": 2201,
        "distance_mm": 285.0,
        "pitch": -4.6,  # degrees: the top edge farther (shorter)
        "yaw": 1.2,
        "roll": 3.6,  # in-plane turn
        "shift_mm": (6.0, -4.0),  # page centre off the optical axis
        "desk": "wood",
        "gradient": (0.36, 135.0),  # strength, direction (degrees, image x right / y down)
        "shadow": {"kind": "corner", "at": (0.86, 0.90), "radius": 0.34, "depth": 0.30},
        "pen": True,
        "barrel": 0.018,
        "blur": 1.05,
        "motion": (3.0, 20.0),  # length px, angle degrees
        "quality": 86,
        "exposure": 0.985,
    },
    {
        "name": "report_p2",
        "page": "report_p2.png",
        "seed": 2202,
        "distance_mm": 290.0,
        "pitch": 1.0,
        "yaw": 6.0,  # the left edge farther (shorter)
        "roll": -5.4,
        "shift_mm": (-5.0, 3.0),
        "desk": "wood",
        "gradient": (0.33, 80.0),
        "shadow": {"kind": "corner", "at": (0.08, 0.10), "radius": 0.36, "depth": 0.32},
        "pen": False,
        "barrel": 0.02,
        "blur": 1.15,
        "motion": (3.5, -35.0),
        "quality": 84,
        "exposure": 0.97,
    },
    {
        "name": "notice",
        "page": "notice_p1.png",
        "seed": 2203,
        "distance_mm": 282.0,
        "pitch": 4.0,  # the bottom edge farther (shorter)
        "yaw": -1.5,
        "roll": 6.3,
        "shift_mm": (-3.0, 5.0),
        "desk": "cloth",
        "gradient": (0.38, 190.0),
        "shadow": {"kind": "side", "at": (0.0, 0.5), "radius": 0.22, "depth": 0.28},
        "pen": False,
        "barrel": 0.016,
        "blur": 0.95,
        "motion": (4.0, 75.0),
        "quality": 82,
        "exposure": 1.0,
    },
]


# ---------------------------------------------------------------------------------------------
# geometry
# ---------------------------------------------------------------------------------------------
def rotation(pitch: float, yaw: float, roll: float) -> np.ndarray:
    p, y, r = (math.radians(a) for a in (pitch, yaw, roll))
    rx = np.array([[1, 0, 0], [0, math.cos(p), -math.sin(p)], [0, math.sin(p), math.cos(p)]])
    ry = np.array([[math.cos(y), 0, math.sin(y)], [0, 1, 0], [-math.sin(y), 0, math.cos(y)]])
    rz = np.array([[math.cos(r), -math.sin(r), 0], [math.sin(r), math.cos(r), 0], [0, 0, 1]])
    return rz @ rx @ ry


def homography(spec) -> np.ndarray:
    """Desk plane (mm, page centre at 0, x right, y down) to the ideal (undistorted) image."""
    w, h = FRAME
    k = np.array([[FOCAL, 0, w / 2], [0, FOCAL, h / 2], [0, 0, 1]])
    rot = rotation(spec["pitch"], spec["yaw"], spec["roll"])
    t = np.array([spec["shift_mm"][0], spec["shift_mm"][1], spec["distance_mm"]])
    return k @ np.column_stack([rot[:, 0], rot[:, 1], t])


def apply(hm: np.ndarray, x, y):
    d = hm[2, 0] * x + hm[2, 1] * y + hm[2, 2]
    return (hm[0, 0] * x + hm[0, 1] * y + hm[0, 2]) / d, (
        hm[1, 0] * x + hm[1, 1] * y + hm[1, 2]
    ) / d


def undistort(u, v, k: float):
    """Barrel lens: a pixel at distance r (over the half diagonal) sees the ideal r (1 + k r^2)."""
    w, h = FRAME
    half = math.hypot(w, h) / 2
    du, dv = (u - w / 2) / half, (v - h / 2) / half
    g = 1 + k * (du * du + dv * dv)
    return w / 2 + du * g * half, h / 2 + dv * g * half


def distort(u, v, k: float):
    """The inverse of undistort (fixed point), for drawing points of the scene."""
    w, h = FRAME
    half = math.hypot(w, h) / 2
    iu, iv = (np.asarray(u, float) - w / 2) / half, (np.asarray(v, float) - h / 2) / half
    du, dv = iu.copy(), iv.copy()
    for _ in range(30):
        g = 1 + k * (du * du + dv * dv)
        du, dv = iu / g, iv / g
    return w / 2 + du * half, h / 2 + dv * half


def page_mm(page_size):
    return page_size[0] * 25.4 / DPI, page_size[1] * 25.4 / DPI


# ---------------------------------------------------------------------------------------------
# textures (in desk millimetres, so they take the camera's perspective)
# ---------------------------------------------------------------------------------------------
def noise_at(rng, x, y, scale_mm: float) -> np.ndarray:
    """Smooth noise in [-1, 1]: a random grid every `scale_mm`, cubic, sampled at (x, y)."""
    x0, y0 = float(x.min()), float(y.min())
    nx = int((float(x.max()) - x0) / scale_mm) + 5
    ny = int((float(y.max()) - y0) / scale_mm) + 5
    grid = rng.uniform(-1, 1, (ny, nx)).astype(np.float32)
    gx = (x - x0) / scale_mm + 2
    gy = (y - y0) / scale_mm + 2
    return ndimage.map_coordinates(grid, [gy, gx], order=3, mode="nearest").astype(np.float32)


def wood(rng, x, y) -> np.ndarray:
    angle = math.radians(rng.uniform(8, 20))
    a = x * math.cos(angle) + y * math.sin(angle)  # along the grain
    b = -x * math.sin(angle) + y * math.cos(angle)  # across it
    warp = 9.0 * noise_at(rng, a * 0.25, b, 30.0) + 3.0 * noise_at(rng, a, b, 12.0)
    rings = 0.5 + 0.5 * np.sin(2 * np.pi * (b + warp) / 7.5)
    rings = rings**2.2
    fibres = noise_at(rng, a * 0.04, b * 2.0, 1.5)  # long thin streaks along the grain
    plank = np.abs(((b + 1000.0) % 145.0) - 72.5) > 71.8  # seams between planks
    t = np.clip(0.55 * rings + 0.18 * fibres + 0.25 + 0.12 * noise_at(rng, x, y, 80.0), 0, 1)
    light = np.array([0.60, 0.41, 0.24], np.float32)
    dark = np.array([0.36, 0.21, 0.11], np.float32)
    rgb = light[None, None] * (1 - t[..., None]) + dark[None, None] * t[..., None]
    rgb[plank] *= 0.45
    return rgb


def cloth(rng, x, y) -> np.ndarray:
    period = 0.9  # mm, the weave
    weave = np.sin(2 * np.pi * x / period) * np.sin(2 * np.pi * y / period)
    slub = noise_at(rng, x * 0.2, y, 2.0)
    folds = noise_at(rng, x, y, 60.0) + 0.5 * noise_at(rng, x, y, 25.0)
    t = 1 + 0.10 * weave + 0.06 * slub + 0.16 * folds
    base = np.array([0.085, 0.095, 0.135], np.float32)  # dark navy-grey cloth
    return base[None, None] * t[..., None]


# ---------------------------------------------------------------------------------------------
# the photograph
# ---------------------------------------------------------------------------------------------
def pen_geometry(pw: float, ph: float):
    """A ballpoint pen in the page's left margin, its lower end off the page on the desk."""
    x0, y0 = -pw / 2 - 7.0, 112.0  # mm: lower end, beyond the left edge
    x1, y1 = -pw / 2 + 19.0, -58.0  # upper end, inside the 30 mm margin
    return (x0, y0), (x1, y1), 4.6  # radius mm


def photograph(spec) -> tuple[np.ndarray, dict]:
    rng = np.random.default_rng(spec["seed"])
    clean = Image.open(PAGES / spec["page"])
    page = np.asarray(clean, np.float32) / 255
    page = ndimage.gaussian_filter(page, 0.55)  # against aliasing when sampled down
    ph_px, pw_px = page.shape
    pw, ph = page_mm((pw_px, ph_px))
    w, h = FRAME
    hm = homography(spec)
    inv = np.linalg.inv(hm)

    # every output pixel: lens, then the desk plane in mm
    v, u = np.mgrid[0:h, 0:w].astype(np.float32)
    u, v = u + 0.5, v + 0.5
    iu, iv = undistort(u, v, spec["barrel"])
    x, y = apply(inv, iu, iv)
    x, y = x.astype(np.float32), y.astype(np.float32)
    del iu, iv

    # the page: print, paper fibre, antialiased edge
    px = (x + pw / 2) * DPI / 25.4 - 0.5
    py = (y + ph / 2) * DPI / 25.4 - 0.5
    grey = ndimage.map_coordinates(page, [py, px], order=1, mode="constant", cval=1.0)
    scale = FOCAL / spec["distance_mm"] * 25.4 / DPI  # output px per page px, near the centre
    edge = np.minimum.reduce([px + 0.5, pw_px - 0.5 - px, py + 0.5, ph_px - 0.5 - py])
    inside = np.clip(edge * scale + 0.5, 0, 1).astype(np.float32)
    del px, py, edge
    ink = 1 - grey
    fibre = 1 + 0.012 * noise_at(rng, x, y, 0.6) + 0.01 * noise_at(rng, x, y, 9.0)
    paper = (PAPER[None, None] * (1 - ink[..., None]) + INK[None, None] * ink[..., None]) * fibre[
        ..., None
    ]
    del grey, ink, fibre

    # the desk, and the page's own thin shadow on it (light from the gradient's bright side)
    desk = wood(rng, x, y) if spec["desk"] == "wood" else cloth(rng, x, y)
    strength, direction = spec["gradient"]
    dx, dy = math.cos(math.radians(direction)), math.sin(math.radians(direction))
    lift = ndimage.shift(inside, (dy * 9, dx * 9), order=1, mode="constant")
    lift = ndimage.gaussian_filter(lift, 7)
    desk = desk * (1 - 0.45 * lift * (1 - inside))[..., None]
    scene = paper * inside[..., None] + desk * (1 - inside[..., None])
    del paper, desk, lift

    # light: gradient across the page, vignetting, a soft shadow
    corners = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]])
    cu, cv = apply(hm, corners[:, 0], corners[:, 1])
    proj = cu * dx + cv * dy
    t = np.clip((u * dx + v * dy - proj.min()) / (proj.max() - proj.min()), -0.2, 1.2)
    gradient = 1 - strength * t
    half = math.hypot(w, h) / 2
    r2 = ((u - w / 2) ** 2 + (v - h / 2) ** 2) / half**2
    vignette = 1 - 0.10 * r2
    sh = spec["shadow"]
    qx = cu.min() + sh["at"][0] * (cu.max() - cu.min())
    qy = cv.min() + sh["at"][1] * (cv.max() - cv.min())
    size = sh["radius"] * math.hypot(cu.max() - cu.min(), cv.max() - cv.min())
    if sh["kind"] == "corner":  # a blurred disc (the phone and the hand over a corner)
        dist = np.hypot(u - qx, v - qy) - size
    else:  # a blurred band along one side
        dist = np.abs(u - qx) - size
    soft = 0.5 * (1 - np.tanh(dist / (0.18 * size)))
    shadow = 1 - sh["depth"] * soft
    light = (gradient * vignette * shadow).astype(np.float32)
    del t, r2, dist, soft

    image = scene * light[..., None]
    del scene

    # a pen lying over the left margin (report page 1), with its own shadow
    pen_info = None
    if spec["pen"]:
        image, pen_info = draw_pen(image, hm, spec, pw, ph, dx, dy, light)

    # colour cast and exposure (the brightest paper near 240 of 255)
    image = image * CAST[None, None] * spec["exposure"] * 1.06
    # lens: defocus, then a short motion streak
    for c in range(3):
        image[..., c] = ndimage.gaussian_filter(image[..., c], spec["blur"])
    length, angle = spec["motion"]
    kern = motion_kernel(length, angle)
    for c in range(3):
        image[..., c] = ndimage.convolve(image[..., c], kern, mode="nearest")
    # sensor noise: shot + read per channel, and a finer shared luma grain
    lin = np.clip(image, 0, 1.2) * 255
    del image
    sigma = np.sqrt(2.5 + 0.03 * lin)
    out = lin + sigma * rng.standard_normal(lin.shape, dtype=np.float32)
    out += 1.5 * rng.standard_normal(lin.shape[:2], dtype=np.float32)[..., None]
    # the phone's own sharpening (unsharp mask, amount 0.35, sigma 1.2 px)
    for c in range(3):
        out[..., c] += 0.35 * (out[..., c] - ndimage.gaussian_filter(out[..., c], 1.2))
    out = np.clip(np.round(out), 0, 255).astype(np.uint8)

    info = measure(spec, hm, cu, cv, corners, pw, ph, gradient, vignette, shadow, inside)
    info["pen"] = pen_info
    return out, info


def motion_kernel(length: float, angle: float) -> np.ndarray:
    n = int(math.ceil(length)) | 1
    n += 2
    kern = np.zeros((n, n), np.float32)
    c = n // 2
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    for s in np.linspace(-length / 2, length / 2, 41):
        xx, yy = c + s * ca, c + s * sa
        x0, y0 = int(math.floor(xx)), int(math.floor(yy))
        fx, fy = xx - x0, yy - y0
        kern[y0, x0] += (1 - fx) * (1 - fy)
        kern[y0, x0 + 1] += fx * (1 - fy)
        kern[y0 + 1, x0] += (1 - fx) * fy
        kern[y0 + 1, x0 + 1] += fx * fy
    return kern / kern.sum()


def draw_pen(image, hm, spec, pw, ph, dx, dy, light):
    (x0, y0), (x1, y1), radius = pen_geometry(pw, ph)
    k = spec["barrel"]
    ends = np.array([[x0, y0], [x1, y1]])
    eu, ev = apply(hm, ends[:, 0], ends[:, 1])
    eu, ev = distort(eu, ev, k)
    # radius in px at the pen's middle
    mu, mv = apply(
        hm, np.array([(x0 + x1) / 2, (x0 + x1) / 2 + radius]), np.array([(y0 + y1) / 2] * 2)
    )
    rpx = float(abs(mu[1] - mu[0]))
    h, w = image.shape[:2]
    pad = int(rpx * 6)
    ulo, uhi = int(max(0, min(eu) - pad)), int(min(w, max(eu) + pad))
    vlo, vhi = int(max(0, min(ev) - pad)), int(min(h, max(ev) + pad))
    vv, uu = np.mgrid[vlo:vhi, ulo:uhi].astype(np.float32) + 0.5
    ax, ay = eu[1] - eu[0], ev[1] - ev[0]
    length = math.hypot(ax, ay)
    ax, ay = ax / length, ay / length
    along = (uu - eu[0]) * ax + (vv - ev[0]) * ay  # 0 at the lower end
    across = -(uu - eu[0]) * ay + (vv - ev[0]) * ax
    region = image[vlo:vhi, ulo:uhi]
    # shadow first: the pen 8 mm above the desk, the light from the bright side
    su, sv = -dx * rpx * 1.6, -dy * rpx * 1.6
    s_along = along - (su * ax + sv * ay)
    s_across = across - (-su * ay + sv * ax)
    body = (np.abs(s_across) < rpx) & (s_along > 0) & (s_along < length)
    shade = ndimage.gaussian_filter(body.astype(np.float32), rpx * 0.7)
    region *= (1 - 0.42 * shade)[..., None]
    # the pen: a blue barrel shaded as a cylinder, a steel tip cone, a clip near the top
    tip = rpx * 3.2  # the cone at the lower end
    rad = np.where(along < tip, rpx * np.clip(along / tip, 0.08, 1), rpx)
    over = np.clip(along - (length - rpx), 0, rpx)  # a rounded top end
    rad = np.where(over > 0, np.sqrt(np.maximum(rpx * rpx - over * over, 0)), rad)
    inpen = (np.abs(across) <= rad) & (along > 0) & (along < length)
    d = np.clip(across / np.maximum(rad, 1e-3), -1, 1)
    shading = 0.35 + 0.65 * np.sqrt(1 - d * d) + 0.55 * np.exp(-(((d + 0.45) / 0.12) ** 2))
    colour = np.where(
        (along < tip)[..., None],
        np.array([0.55, 0.56, 0.58], np.float32),
        np.array([0.07, 0.15, 0.48], np.float32),
    )
    clip_zone = (
        (along > length - 9 * rpx) & (along < length - 1.5 * rpx) & (np.abs(across) < rpx * 0.22)
    )
    colour = np.where(clip_zone[..., None], np.array([0.70, 0.71, 0.73], np.float32), colour)
    lit = colour * shading[..., None] * light[vlo:vhi, ulo:uhi][..., None]
    region[inpen] = lit[inpen]
    image[vlo:vhi, ulo:uhi] = region
    return image, {
        "ends_px": [[round(float(a), 1), round(float(b), 1)] for a, b in zip(eu, ev, strict=True)],
        "ends_mm_on_page": [
            [round(x0 + pw / 2, 1), round(y0 + ph / 2, 1)],
            [round(x1 + pw / 2, 1), round(y1 + ph / 2, 1)],
        ],
        "diameter_px": round(2 * rpx, 1),
    }


def measure(spec, hm, cu, cv, corners, pw, ph, gradient, vignette, shadow, inside) -> dict:
    k = spec["barrel"]
    du, dv = distort(cu, cv, k)
    w, h = FRAME
    pts = list(zip(du, dv, strict=True))  # TL, TR, BR, BL (distorted, as photographed)

    def dist(a, b):
        return math.hypot(a[0] - b[0], a[1] - b[1])

    top, right, bottom, left = (dist(pts[i], pts[(i + 1) % 4]) for i in range(4))
    area = 0.5 * abs(
        sum(pts[i][0] * pts[(i + 1) % 4][1] - pts[(i + 1) % 4][0] * pts[i][1] for i in range(4))
    )
    # the page's vertical axis against the frame's vertical
    mt = ((pts[0][0] + pts[1][0]) / 2, (pts[0][1] + pts[1][1]) / 2)
    mb = ((pts[3][0] + pts[2][0]) / 2, (pts[3][1] + pts[2][1]) / 2)
    turn = math.degrees(math.atan2(mt[0] - mb[0], mb[1] - mt[1]))

    # px per inch along the page, at its centre and near each edge's middle
    def ppi_at(x, y):
        a = np.array([x - 2.54, x + 2.54]), np.array([y, y])
        b = np.array([x, x]), np.array([y - 2.54, y + 2.54])
        ua, va = distort(*apply(hm, *a), k)
        ub, vb = distort(*apply(hm, *b), k)
        return 2.5 * (
            math.hypot(ua[1] - ua[0], va[1] - va[0]) + math.hypot(ub[1] - ub[0], vb[1] - vb[0])
        )

    ppis = [ppi_at(0, 0)] + [
        ppi_at(x, y) for x, y in ((0, -ph / 2), (pw / 2, 0), (0, ph / 2), (-pw / 2, 0))
    ]
    # barrel: how far the middle of each page edge bows from the straight line between corners
    bows = []
    for i in range(4):
        a, b = corners[i], corners[(i + 1) % 4]
        mu, mv = distort(
            *apply(hm, np.array([(a[0] + b[0]) / 2]), np.array([(a[1] + b[1]) / 2])), k
        )
        p0, p1 = pts[i], pts[(i + 1) % 4]
        nx, ny = p1[1] - p0[1], -(p1[0] - p0[0])
        n = math.hypot(nx, ny)
        bows.append(abs((mu[0] - p0[0]) * nx + (mv[0] - p0[1]) * ny) / n)
    on = inside > 0.99
    g = (gradient * vignette)[on]
    full = (gradient * vignette * shadow)[on]
    return {
        "corners_px": [[round(float(a), 1), round(float(b), 1)] for a, b in pts],
        "margin_to_frame_px": round(float(min(min(du), min(dv), w - max(du), h - max(dv))), 1),
        "edges_px": {
            "top": round(top, 1),
            "right": round(right, 1),
            "bottom": round(bottom, 1),
            "left": round(left, 1),
        },
        "short_edge": min(
            (
                ("top", top / bottom),
                ("bottom", bottom / top),
                ("left", left / right),
                ("right", right / left),
            ),
            key=lambda e: e[1],
        )[0],
        "shortening_pct": round(
            100 * (1 - min(top / bottom, bottom / top, left / right, right / left)), 1
        ),
        "top_bottom_pct": round(100 * (1 - min(top / bottom, bottom / top)), 1),
        "left_right_pct": round(100 * (1 - min(left / right, right / left)), 1),
        "turn_deg": round(turn, 2),
        "page_area_pct": round(100 * area / (w * h), 1),
        "ppi_centre": round(ppis[0], 1),
        "ppi_edges_top_right_bottom_left": [round(p, 1) for p in ppis[1:]],
        "edge_bow_px": [round(b, 1) for b in bows],
        "light_gradient_pct": round(100 * (1 - g.min() / g.max()), 1),
        "light_with_shadow_pct": round(100 * (1 - full.min() / full.max()), 1),
        "shadow_depth_pct": round(100 * spec["shadow"]["depth"], 1),
        "page_pixels_in_shadow_pct": round(
            100 * float(np.mean(shadow[on] < 1 - 0.5 * spec["shadow"]["depth"])), 1
        ),
    }


def measure_pixels(rgb: np.ndarray, hm, spec, pw, ph) -> dict:
    """From the saved pixels: paper brightness (90th percentile luma) in a 3x3 grid of 30 mm
    patches on the page, and the noise on blank paper (std of the residual after a 5x5 mean)."""
    k = spec["barrel"]
    luma = rgb.astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)
    vals = []
    for fy in (0.12, 0.5, 0.9):
        row = []
        for fx in (0.1, 0.5, 0.9):
            xs = np.linspace(-15, 15, 31) + (fx - 0.5) * pw
            ys = np.linspace(-15, 15, 31) + (fy - 0.5) * ph
            gx, gy = np.meshgrid(xs, ys)
            uu, vv = distort(*apply(hm, gx.ravel(), gy.ravel()), k)
            s = luma[
                np.clip(vv.astype(int), 0, FRAME[1] - 1), np.clip(uu.astype(int), 0, FRAME[0] - 1)
            ]
            row.append(round(float(np.percentile(s, 90)), 1))
        vals.append(row)
    flat = np.array(vals)
    # noise: a blank patch of the bottom margin (12 mm above the page's foot, centre)
    uu, vv = distort(*apply(hm, np.array([0.0]), np.array([ph / 2 - 9.0])), k)
    cu, cv = int(uu[0]), int(vv[0])
    patch = rgb[cv - 40 : cv + 40, cu - 120 : cu + 120].astype(np.float32)
    resid = patch - ndimage.uniform_filter(patch, (5, 5, 1))
    mean_rgb = patch.reshape(-1, 3).mean(0)
    return {
        "paper_luma_3x3": vals,
        "paper_luma_spread_pct": round(100 * (1 - flat.min() / flat.max()), 1),
        "blank_paper_mean_rgb": [round(float(c), 1) for c in mean_rgb],
        "noise_sigma_per_channel": [
            round(float(resid[..., c].std() * math.sqrt(25 / 24)), 2) for c in range(3)
        ],
    }


# ---------------------------------------------------------------------------------------------
# files
# ---------------------------------------------------------------------------------------------
def jpeg(rgb: np.ndarray, quality: int, **extra) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb, "RGB").save(buf, "JPEG", quality=quality, subsampling=2, **extra)
    return buf.getvalue()


def pdf_of_jpegs(photos: list[tuple[bytes, int, int]]) -> bytes:
    """A minimal PDF: one A4 page per photo, the JPEG embedded unchanged (DCTDecode), fitted
    to the page width and centred vertically. No text, no fonts, no dates (reproducible)."""
    a4w, a4h = 595.28, 841.89
    objs: list[bytes] = []
    kids = []
    for k, (data, w, h) in enumerate(photos):
        img_id = 3 + 3 * k
        content_id, page_id = img_id + 1, img_id + 2
        sw = a4w
        sh = a4w * h / w
        if sh > a4h:
            sh, sw = a4h, a4h * w / h
        x, y = (a4w - sw) / 2, (a4h - sh) / 2
        objs.append(
            f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceRGB "
            f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>\nstream\n".encode()
            + data
            + b"\nendstream"
        )
        stream = f"q {sw:.2f} 0 0 {sh:.2f} {x:.2f} {y:.2f} cm /Im0 Do Q".encode()
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {a4w} {a4h}] /Resources << "
            f"/XObject << /Im0 {img_id} 0 R >> >> /Contents {content_id} 0 R >>".encode()
        )
        kids.append(f"{page_id} 0 R")
    head = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode(),
    ]
    everything = head + objs
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(everything, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(everything) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(everything) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def phone_exif() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "samsung"  # Make
    exif[0x0110] = "SM-A546E"  # Model (Galaxy A54 5G)
    exif[0x0112] = 6  # Orientation: the viewer turns the picture 90 degrees clockwise
    exif[0x011A] = 72.0  # XResolution
    exif[0x011B] = 72.0  # YResolution
    exif[0x0128] = 2  # ResolutionUnit: inch
    exif[0x0132] = "2026:06:02 09:41:17"  # DateTime
    exif[0x0213] = 1  # YCbCrPositioning
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2026:06:02 09:41:17"  # DateTimeOriginal
    sub[0x829A] = 1 / 50  # ExposureTime
    sub[0x829D] = 1.8  # FNumber
    sub[0x8827] = 250  # ISO
    sub[0x920A] = 5.5  # FocalLength, mm
    sub[0xA405] = 26  # FocalLengthIn35mmFilm
    sub[0xA002] = 4032  # PixelXDimension (sensor order)
    sub[0xA003] = 3024  # PixelYDimension
    sub[0xA001] = 1  # ColorSpace sRGB
    return exif.tobytes()


def main() -> None:
    report = {}
    pdf_pages = []
    for spec in PHOTOS:
        rgb, info = photograph(spec)
        pw, ph = page_mm(Image.open(PAGES / spec["page"]).size)
        hm = homography(spec)
        if spec["name"] == "notice":
            sensor = np.ascontiguousarray(np.rot90(rgb, 1))  # 4032 wide, 3024 high
            data = jpeg(sensor, spec["quality"], exif=phone_exif(), dpi=(72, 72))
            (HERE / "notice.jpg").write_bytes(data)
        else:
            data = jpeg(rgb, spec["quality"])
            pdf_pages.append((data, FRAME[0], FRAME[1]))
        saved = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
        if spec["name"] == "notice":
            saved = np.rot90(saved, -1)  # back upright, to measure
        info.update(measure_pixels(saved, hm, spec, pw, ph))
        info.update(
            {
                "seed": spec["seed"],
                "desk": spec["desk"],
                "camera": {k: spec[k] for k in ("distance_mm", "pitch", "yaw", "roll", "shift_mm")},
                "focal_px": FOCAL,
                "barrel_k": spec["barrel"],
                "defocus_sigma_px": spec["blur"],
                "motion_px_deg": list(spec["motion"]),
                "gradient_set": list(spec["gradient"]),
                "shadow_set": spec["shadow"],
                "jpeg_quality": spec["quality"],
                "jpeg_bytes": len(data),
            }
        )
        report[spec["name"]] = info
        print(spec["name"], json.dumps(info, ensure_ascii=False))
    (HERE / "report.pdf").write_bytes(pdf_of_jpegs(pdf_pages))
    (HERE / "photos.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=1) + "\n", "utf-8"
    )


if __name__ == "__main__":
    main()
