"""Running Tesseract: the program and its Vietnamese model, how many at once, one image or a
list of images in one process.

Tesseract is a Debian package (`apt install tesseract-ocr tesseract-ocr-vie`), called as a
program. `OMP_THREAD_LIMIT=1` because its OpenMP threads make it slower on a shared 2-core
machine (1.7 s/page with one thread, 3.8 s with its default, measured); instead, pages are
read by as many Tesseract processes at once as there are cores (`ocr_workers`). Many small
images (a table's cells) are read by one process over a file listing them, which loads the
model once: 30 cells in 0.24 s instead of some 4 s one process each.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

import numpy as np

from .limits import usable_cores

DPI = 300
LANGUAGE = "vie"
TIMEOUT_SECONDS = 180


class OcrUnavailable(Exception):
    """Tesseract, or its Vietnamese model, is not installed; the message says what to do."""


@cache
def tesseract() -> str:
    """The tesseract program, checked to have the Vietnamese model.

    Raises OcrUnavailable otherwise. `BAOCAO_OCR=0` turns OCR off.
    """
    if os.environ.get("BAOCAO_OCR", "1") == "0":
        raise OcrUnavailable("OCR is turned off (BAOCAO_OCR=0)")
    program = shutil.which(os.environ.get("BAOCAO_TESSERACT", "tesseract"))
    if program is None:
        raise OcrUnavailable(
            "tesseract is not installed (apt install tesseract-ocr tesseract-ocr-vie)"
        )
    result = subprocess.run(
        [program, "--list-langs"], capture_output=True, text=True, timeout=60, check=False
    )
    languages = set(result.stdout.split())
    if LANGUAGE not in languages:
        raise OcrUnavailable("tesseract has no Vietnamese model (apt install tesseract-ocr-vie)")
    return program


def ocr_available() -> bool:
    """Whether scanned pages can be read now (Tesseract with its Vietnamese model, OCR on)."""
    try:
        tesseract()
    except OcrUnavailable:
        return False
    return True


def ocr_workers() -> int:
    """How many pages Tesseract reads at once: `BAOCAO_OCR_WORKERS`, else one per core this
    process may run on."""
    configured = os.environ.get("BAOCAO_OCR_WORKERS")
    if configured and configured.strip().isdigit() and int(configured) > 0:
        return int(configured)
    return usable_cores()


def run(
    image: bytes | None,
    *options: str,
    configs: tuple[str, ...] = (),
    source: str = "stdin",
    dpi: float = DPI,
) -> str:
    """Tesseract's output on `image`, or on the images listed in the file `source`, with
    `options` and then `configs` (output formats such as "tsv"), as text. `dpi` is the
    image's resolution (a PGM cannot say it, and Tesseract sizes its reading by it)."""
    program = tesseract()
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        result = subprocess.run(
            [program, source, "stdout", *options, "--dpi", str(round(dpi)), *configs],
            input=image,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise OcrUnavailable(f"tesseract took longer than {TIMEOUT_SECONDS} s") from error
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise OcrUnavailable(f"tesseract failed: {message[-1] if message else result.returncode}")
    return result.stdout.decode("utf-8", errors="replace")


def run_each(
    images: list[np.ndarray], *options: str, configs: tuple[str, ...] = (), dpi: float = DPI
) -> list[str]:
    """Tesseract's output on each grey image (all of resolution `dpi`), all read by one
    process over a file listing them (its outputs come back one after another, split at
    form feeds)."""
    if not images:
        return []
    with tempfile.TemporaryDirectory(prefix="baocao-ocr-") as folder:
        paths = []
        for number, image in enumerate(images):
            path = Path(folder) / f"{number}.pgm"
            path.write_bytes(pgm(image))
            paths.append(str(path))
        listing = Path(folder) / "images.txt"
        listing.write_text("\n".join(paths) + "\n", encoding="utf-8")
        output = run(None, *options, configs=configs, source=str(listing), dpi=dpi)
    pages = output.split("\f")
    if len(pages) < len(images):  # never seen; each image is then read alone
        pages = [run(pgm(image), *options, configs=configs, dpi=dpi) for image in images]
    return pages[: len(images)]


def image_pixels(image: bytes) -> np.ndarray:
    """The grey pixels of a binary PGM image (rows of bytes, 0 black)."""
    _, size, _, _ = image.split(b"\n", 3)
    width, height = map(int, size.split())
    pixels = np.frombuffer(image, np.uint8, offset=len(image) - width * height)
    return pixels.reshape(height, width)


def pgm(pixels: np.ndarray) -> bytes:
    """A binary PGM image of grey pixels."""
    height, width = pixels.shape
    return b"P5\n%d %d\n255\n" % (width, height) + np.ascontiguousarray(pixels).tobytes()
