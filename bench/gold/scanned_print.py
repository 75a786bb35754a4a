"""Typesetting and paper helpers shared by the generators of the scanned gold sets
(heldout8, heldout11 to heldout14: `make_scan.py`, `make_plan.py`, `make_report.py`,
`make_annex.py`), which draw a report's page with Pillow and then age it like a photocopy or
a fax. Documents how those files were made; not imported by tests.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int, indent: int = 0) -> list[str]:
    """The lines of a paragraph set in `width` pixels, its first line `indent` shorter."""
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        room = width - (indent if not lines else 0)
        if face.getlength(trial) <= room:
            line = trial
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def justify(draw: ImageDraw.ImageDraw, x: int, y: int, line: str, face, width: int) -> None:
    """A line drawn to fill `width`, the space shared between its words."""
    words = line.split()
    if len(words) == 1:
        draw.text((x, y), line, font=face, fill=0)
        return
    ink = sum(face.getlength(w) for w in words)
    gap = (width - ink) / (len(words) - 1)
    at = float(x)
    for word in words:
        draw.text((round(at), y), word, font=face, fill=0)
        at += face.getlength(word) + gap


def smooth_field(rng: np.random.Generator, shape: tuple[int, int], cells: int) -> np.ndarray:
    """A smooth random field in [0, 1]: a coarse grid of random values, resized bicubically."""
    coarse = rng.uniform(0, 1, (cells, max(2, round(cells * shape[1] / shape[0]))))
    image = Image.fromarray((coarse * 255).astype(np.uint8), "L")
    field = np.asarray(image.resize((shape[1], shape[0]), Image.BICUBIC), dtype=np.float32)
    return field / 255
