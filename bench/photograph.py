"""A page photographed by phone, simulated: for measuring and testing how baocao reads photos.

    photograph(page, rng) -> RGB photo (numpy, height x width x 3)

`page` is a clean grey page image at 300 dpi (A4 is 2480 x 3508). The photo is a 12 MP
frame (3024 x 4032, or turned for a landscape page) in which the page lies on a desk:
scaled to 55-70 % of the frame's height, turned 2-7° in its plane, seen at an angle (the
far edge 5-11 % shorter than the near one), lit unevenly (a gradient of 25-40 % across the
page and a soft shadow over one side), warm white balance, blurred a little, with sensor
noise. Save it as JPEG (quality 85) as a phone does. Seeded by `rng`, reproducible.

The heldout22 gold set was photographed by another simulator, written apart from this one
(bench/gold/heldout22/make_photos.py), so that baocao is not measured on the very photos it
was developed on.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image
from scipy import ndimage

from ingest.photo import perspective_coefficients

FRAME = (3024, 4032)  # width, height of a 12 MP phone photo held upright


def _desk(width: int, height: int, rng: np.random.Generator) -> np.ndarray:
    """A wooden desk: grain along x, knots of darker wood, in brown."""
    y = np.arange(height, dtype=np.float32)[:, None]
    x = np.arange(width, dtype=np.float32)[None, :]
    wobble = ndimage.gaussian_filter(rng.normal(0, 1, (height // 16 + 1, width // 16 + 1)), 4)
    wobble = np.kron(wobble, np.ones((16, 16)))[:height, :width] * 900
    grain = 0.5 + 0.5 * np.sin((y + wobble + 0.02 * x) / rng.uniform(9, 15))
    shade = 0.55 + 0.2 * grain + rng.normal(0, 0.03, (height, width))
    base = np.array(rng.choice([(150, 100, 60), (120, 80, 50), (95, 85, 80)]), np.float32)
    return np.clip(shade[..., None] * base[None, None, :], 0, 255).astype(np.float32)


def photograph(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The page (grey, 300 dpi) lying on a desk, photographed by phone (RGB, uint8)."""
    page_h, page_w = page.shape
    width, height = FRAME if page_h >= page_w else FRAME[::-1]
    photo = _desk(width, height, rng)
    # where the page's corners land in the frame: scaled, seen at an angle, turned, moved
    scale = rng.uniform(0.55, 0.70) * height / page_h
    w, h = page_w * scale, page_h * scale
    near = rng.uniform(0.05, 0.11)  # the far (top) edge this much shorter
    corners = np.array(
        [
            [-w / 2 * (1 - near), -h / 2],
            [w / 2 * (1 - near), -h / 2],
            [w / 2, h / 2],
            [-w / 2, h / 2],
        ]
    )
    angle = np.radians(rng.uniform(2, 7) * rng.choice([-1, 1]))
    turn = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    corners = corners @ turn.T
    room = np.array([width, height]) / 2 - np.abs(corners).max(axis=0) - 40
    corners += np.array([width, height]) / 2 + rng.uniform(-1, 1, 2) * np.maximum(room, 0)
    source = [(0, 0), (page_w, 0), (page_w, page_h), (0, page_h)]
    coefficients = perspective_coefficients(source, [tuple(c) for c in corners])
    paper = Image.fromarray(page).transform(
        (width, height), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC
    )
    mask = Image.new("L", (page_w, page_h), 255).transform(
        (width, height), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BILINEAR
    )
    alpha = np.asarray(mask, np.float32)[..., None] / 255
    paper_rgb = np.asarray(paper, np.float32)[..., None] * np.array([1.0, 0.96, 0.88])
    photo = photo * (1 - alpha) + paper_rgb * alpha
    # light: a gradient across the frame and a soft shadow over one side
    y = np.linspace(-1, 1, height, dtype=np.float32)[:, None]
    x = np.linspace(-1, 1, width, dtype=np.float32)[None, :]
    direction = rng.uniform(0, 2 * np.pi)
    drop = rng.uniform(0.25, 0.40)
    light = 1 - drop * (0.5 + 0.5 * (np.cos(direction) * x + np.sin(direction) * y))
    side = rng.integers(4)
    edge = [x, -x, y, -y][side]
    shadow = 1 - 0.35 / (1 + np.exp(-(edge - rng.uniform(0.3, 0.6)) * 12))
    photo *= (light * shadow)[..., None]
    photo = ndimage.gaussian_filter(photo, (1.1, 1.1, 0))
    photo += rng.normal(0, 4, photo.shape)
    return np.clip(photo, 0, 255).astype(np.uint8)


def jpeg(photo: np.ndarray, quality: int = 85) -> bytes:
    """The photo as a phone saves it (JPEG, no resolution)."""
    out = io.BytesIO()
    Image.fromarray(photo).save(out, "JPEG", quality=quality)
    return out.getvalue()
