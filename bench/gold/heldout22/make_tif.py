"""heldout22, step 3: "scans" the two pages of the Công đoàn các Khu kinh tế report to scan.tif.

Documents how the set was made; not imported by tests, not part of the project:

    /work/main/.venv/bin/python bench/gold/heldout22/make_tif.py

An office scanner's bitonal mode: each clean 300-dpi grey page (pages/scan_p1.png,
pages/scan_p2.png from make_pages.py) is turned a little (the sheet not quite square on the
glass: +0.45 and -0.65 degrees, bicubic, white fill), blurred slightly (Gaussian 0.7 px, the
scanner's optics), thresholded at 50 % grey, and given a few specks (dust: 45 black specks of
1-3 px per page, and 4 short hair-like strokes of 1 px). Saved as one multi-page TIFF: mode
"1" (1 bit per pixel), CCITT Group 4 compression, 300 x 300 dpi stated, 2480x3508 per page.
Seeded; two runs give the same file.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image
from scipy import ndimage

HERE = Path(__file__).resolve().parent
TURN = [0.45, -0.65]
SEED = 2204
BLUR = 0.7
SPECKS = 45


def scan(path: Path, turn: float, rng) -> Image.Image:
    grey = Image.open(path).rotate(turn, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = ndimage.gaussian_filter(np.asarray(grey, np.float32), BLUR)
    black = a < 128
    h, w = black.shape
    for _ in range(SPECKS):
        y, x = rng.integers(0, h - 4), rng.integers(0, w - 4)
        black[y : y + rng.integers(1, 4), x : x + rng.integers(1, 4)] = True
    for _ in range(4):  # hairs: short random walks
        y, x = int(rng.integers(50, h - 50)), int(rng.integers(50, w - 50))
        for _ in range(int(rng.integers(15, 40))):
            black[y, x] = True
            y += int(rng.integers(-1, 2))
            x += int(rng.integers(0, 2))
    return Image.fromarray(np.where(black, 0, 255).astype(np.uint8), "L").convert("1")


def main() -> None:
    rng = np.random.default_rng(SEED)
    pages = [scan(HERE / "pages" / f"scan_p{k}.png", t, rng) for k, t in enumerate(TURN, 1)]
    pages[0].save(
        HERE / "scan.tif",
        save_all=True,
        append_images=pages[1:],
        compression="group4",
        dpi=(300, 300),
    )
    check = Image.open(HERE / "scan.tif")
    for k in range(check.n_frames):
        check.seek(k)
        print(k + 1, check.size, check.mode, check.info.get("compression"), check.info.get("dpi"))


if __name__ == "__main__":
    main()
