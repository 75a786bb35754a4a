"""Image files: a scanner's TIFF, JPEG or PNG, a phone's photo of a page, each read by OCR.

Every frame of the file is a page (a multi-page TIFF is a document), read as a scanned PDF
page is (ocr.py): a photographed page is found, straightened and its light evened out first
(photo.py). A phone stores its photo as the sensor saw it and says in EXIF how to turn it
upright; the page is turned so before anything else. The resolution is the file's own
when it states one a scanner would use (100 to 1,200 dpi; phones and screenshots write 72
or 96, which says nothing); else a page of A4's proportions is taken to be A4, and
anything else to be 300 dpi.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator

import numpy as np
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError
from scipy import ndimage

from .errors import UnreadableFile
from .limits import MAX_OCR_PIXELS, MAX_PAGES
from .ocr import PageImage
from .pagework import OcrQueue, PageWork, assemble_pages
from .photo import A4_MM, A4_RATIO, A4_TOLERANCE
from .records import Extracted
from .sniff import wrong_kind
from .tesseract import DPI, OcrUnavailable, pgm, tesseract

# a stated resolution outside this range is a placeholder (72 from a phone, 96 from a
# screen, 1 from a careless program), not a scanner's
MIN_STATED_DPI = 100
MAX_STATED_DPI = 1200
A4_LONG_INCHES = A4_MM[1] / 25.4
# a picture pasted in a Word file smaller than this on a side is no page (a logo, a stamp)
MIN_PASTED_SIDE = 400


def read_image_file(data: bytes) -> Extracted:
    """Text per page of an image file (each frame of a TIFF a page), read by OCR."""
    wrong = wrong_kind(data, ("image",))
    if wrong:
        raise UnreadableFile(f"not a readable image ({wrong})")
    _require_ocr()
    return _read_pages(_frames(data))


def read_pasted_pages(images: list[bytes]) -> Extracted:
    """Text per page of the pictures in a Word file that has no text: scans or photos of
    pages pasted into it, one a page, read by OCR in the order given. Pictures too small
    to be a page (a logo, a signature) and those that are no picture Pillow reads (a
    drawing in EMF) are left out."""
    _require_ocr()

    def frames() -> Iterator[tuple[np.ndarray, float]]:
        for data in images:
            try:
                for pixels, dpi in _frames(data):
                    if min(pixels.shape) >= MIN_PASTED_SIDE:
                        yield pixels, dpi
            except UnreadableFile:
                continue

    return _read_pages(frames())


def _require_ocr() -> None:
    try:
        tesseract()  # installed? if not, say so before decoding anything
    except OcrUnavailable as error:
        raise UnreadableFile(f"an image is read by OCR, and {error}") from error


def _read_pages(frames: Iterator[tuple[np.ndarray, float]]) -> Extracted:
    pages: list[PageWork] = []
    with OcrQueue() as ocr:
        for number, (pixels, dpi) in enumerate(frames, start=1):
            height, width = pixels.shape
            work = PageWork(number=number, size=(width * 72 / dpi, height * 72 / dpi))
            ocr.submit(work, _page_image(pixels, dpi))
            pages.append(work)
    return assemble_pages(pages)


def _frames(data: bytes) -> Iterator[tuple[np.ndarray, float]]:
    """Each frame of the image as grey pixels (0 black), upright, with its resolution."""
    try:
        with warnings.catch_warnings():
            # Pillow warns of an image past MAX_IMAGE_PIXELS (a decompression bomb's size)
            # and refuses one twice as large: both are refused here
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
        count = getattr(image, "n_frames", 1)
        if count > MAX_PAGES:
            raise UnreadableFile(f"too many pages ({count} > {MAX_PAGES})")
        for frame in ImageSequence.Iterator(image):
            yield _grey(ImageOps.exif_transpose(frame)), _resolution(frame)
    except (UnidentifiedImageError, OSError) as error:  # OSError: truncated or corrupt data
        raise UnreadableFile(f"not a readable image ({error})") from error
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise UnreadableFile(f"image too large to read ({error})") from error


def _grey(frame: Image.Image) -> np.ndarray:
    """The frame in grey: transparency laid on white paper, 16-bit scans brought to 8,
    bitonal ones softened at their edges."""
    if frame.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        values = np.asarray(frame, np.float64)
        top = values.max() or 1.0
        return np.clip(values / top * 255, 0, 255).astype(np.uint8)
    if frame.mode == "1":
        # a bitonal scan (a TIFF in CCITT G4, a fax): given the grey edges a PDF renderer's
        # interpolation gives it, it reads far better (heldout22's scan.tif: 18 of its 21
        # table figures missed with hard edges, none softened)
        hard = np.asarray(frame.convert("L"), np.float32)
        return ndimage.uniform_filter(hard, 2).round().astype(np.uint8)
    if frame.mode in ("RGBA", "LA", "PA") or "transparency" in frame.info:
        rgba = frame.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        frame = Image.alpha_composite(paper, rgba)
    return np.asarray(frame.convert("L"))


def _resolution(frame: Image.Image) -> float:
    """The frame's resolution in dpi: as stated by a scanner, else guessed from the page."""
    stated = frame.info.get("dpi")
    if stated:
        try:
            dpi = float(stated[0])
        except (TypeError, ValueError, IndexError):
            dpi = 0.0
        if MIN_STATED_DPI <= dpi <= MAX_STATED_DPI:
            return dpi
    width, height = frame.size
    long, short = max(width, height), min(width, height)
    if short and abs(long / short / A4_RATIO - 1) <= A4_TOLERANCE:
        return long / A4_LONG_INCHES
    return float(DPI)


def _page_image(pixels: np.ndarray, dpi: float) -> PageImage:
    """The page for OCR; a frame larger than MAX_OCR_PIXELS is made smaller first."""
    height, width = pixels.shape
    if width * height > MAX_OCR_PIXELS:
        scale = (MAX_OCR_PIXELS / (width * height)) ** 0.5 * 0.999
        size = (max(1, int(width * scale)), max(1, int(height * scale)))
        pixels = np.asarray(Image.fromarray(pixels).resize(size, Image.Resampling.LANCZOS))
        dpi *= scale
    return PageImage(pgm(pixels), dpi)
