"""OCR of scanned PDF pages with Tesseract and its Vietnamese model.

Tesseract is a Debian package (`apt install tesseract-ocr tesseract-ocr-vie`), called as a
program: the page is rendered at 300 dpi by pypdfium2, in grey, and piped to it as a PGM
image. `OMP_THREAD_LIMIT=1` because its OpenMP threads make it slower on a shared 2-core
machine (1.7 s/page with one thread, 3.8 s with its default, measured); instead, pages are
read by as many Tesseract processes at once as there are cores (`ocr_workers`).

A page scanned sideways or upside down reads as gibberish: when few of the words read are
Vietnamese syllables, Tesseract's orientation detection (`--psm 0`, the osd model) is asked,
and when it is confident the page is turned, the turned image is read and kept if it reads
better. Upright pages pay nothing for this; a turned one, one detection and a second read.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from functools import cache

from .legacy import is_syllable
from .limits import MAX_OCR_PIXELS

DPI = 300
LANGUAGE = "vie"
TIMEOUT_SECONDS = 180
# below this share of Vietnamese syllables among its words (8 at least), a page is garbled
MIN_SYLLABLE_SHARE = 0.5
MIN_WORDS = 8
# Tesseract's orientation confidence from which a page is taken to be turned (it reports
# 6-13 on clean upright or sideways A4 scans, below 3 when it has little to go on)
MIN_OSD_CONFIDENCE = 5.0
_WORD = re.compile(r"[^\W\d_]+")
_ROTATE = re.compile(r"Rotate:\s*(\d+)\s+Orientation confidence:\s*([\d.]+)")


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
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def page_image(page) -> bytes:  # a pypdfium2 PdfPage
    """The page in grey at 300 dpi (less for a page so large it would pass MAX_OCR_PIXELS),
    as a binary PGM image."""
    width, height = page.get_size()
    scale = DPI / 72
    pixels = width * scale * height * scale
    if pixels > MAX_OCR_PIXELS:
        scale *= (MAX_OCR_PIXELS / pixels) ** 0.5
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        w, h, stride = bitmap.width, bitmap.height, bitmap.stride
        raw = bytes(bitmap.buffer)
    finally:
        bitmap.close()
    if bitmap.n_channels != 1:
        raise OcrUnavailable(f"unexpected bitmap with {bitmap.n_channels} channels")
    rows = raw if stride == w else b"".join(raw[r * stride : r * stride + w] for r in range(h))
    return b"P5\n%d %d\n255\n" % (w, h) + rows


def read_image(image: bytes) -> str:
    """The text Tesseract reads on a page image from `page_image` (raw, not yet
    normalised), the page turned upright first if it reads as gibberish and Tesseract is
    sure it is turned. Safe to call from several threads: each call is its own process.

    Raises OcrUnavailable when Tesseract cannot run.
    """
    text = _run(image, "-l", LANGUAGE, "--psm", "3")
    share = syllable_share(text)
    if share is None or share >= MIN_SYLLABLE_SHARE:
        return text
    turn = _orientation(image)
    if turn:
        try:
            turned = _run(rotate_image(image, turn), "-l", LANGUAGE, "--psm", "3")
        except OcrUnavailable:  # the first reading stands
            return text
        if (syllable_share(turned) or 0.0) > share:
            return turned
    return text


def syllable_share(text: str) -> float | None:
    """The share of the words of `text` that are Vietnamese syllables; None for a text of
    fewer than MIN_WORDS words, too short to judge."""
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return None
    return sum(is_syllable(word, check_case=False) for word in words) / len(words)


def _orientation(image: bytes) -> int:
    """How far to turn the page clockwise (90, 180, 270) to stand it upright, by Tesseract's
    orientation detection; 0 when upright, unsure, or the osd model is missing."""
    try:
        report = _run(image, "--psm", "0")
    except OcrUnavailable:
        return 0
    found = _ROTATE.search(report)
    if found is None or float(found.group(2)) < MIN_OSD_CONFIDENCE:
        return 0
    return int(found.group(1)) % 360


def rotate_image(image: bytes, clockwise: int) -> bytes:
    """A PGM image from `page_image` turned clockwise by 90, 180 or 270 degrees."""
    import numpy as np

    _, size, _, _ = image.split(b"\n", 3)
    width, height = map(int, size.split())
    pixels = np.frombuffer(image, np.uint8, offset=len(image) - width * height)
    turned = np.rot90(pixels.reshape(height, width), -(clockwise // 90))
    return b"P5\n%d %d\n255\n" % (turned.shape[1], turned.shape[0]) + turned.tobytes()


def _run(image: bytes, *options: str) -> str:
    """Tesseract's output on `image` with `options`, as text."""
    program = tesseract()
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        result = subprocess.run(
            [program, "stdin", "stdout", *options, "--dpi", str(DPI)],
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
