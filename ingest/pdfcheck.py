"""Checks on a PDF's bytes before any parser sees them: is it a PDF at all, is it whole, and
does it hide a decompression bomb.

A "bomb" is a few kilobytes of Flate data that inflate to gigabytes when the page is drawn
or its text read. Every Flate stream but images and font programs is inflated here, in
bounded steps, counting bytes and keeping none. Images are left to the renderer, which
only draws them for OCR (and a scan's images inflate legitimately to megabytes each);
font programs, to pdfium's font loader.
"""

from __future__ import annotations

import re
import zlib

from .errors import UnreadableFile
from .sniff import wrong_kind

# streams beyond this size and ratio are not content anyone wrote
MAX_STREAM_BYTES = 64 * 1024 * 1024
MAX_STREAM_RATIO = 100
# all non-image streams of one file together
MAX_TOTAL_BYTES = 512 * 1024 * 1024
EOF_WINDOW = 16 * 1024  # %%EOF ends a PDF; some writers pad a little after it
# images and embedded font programs: the renderer bounds those itself
_SKIPPED_DICT = re.compile(rb"/Subtype\s*/Image|/Length[123]\b")
_STEP = 1 << 20


def check_pdf(data: bytes) -> None:
    """Raise UnreadableFile unless `data` is a whole PDF without a decompression bomb."""
    wrong = wrong_kind(data, ("pdf",))
    if wrong:
        raise UnreadableFile(f"not a readable PDF ({wrong})")
    # a whole PDF with bytes appended after its end (a mail gateway's or a CMS's) still has
    # its %%EOF, further back: it reads; one cut short has none
    if b"%%EOF" not in data[-EOF_WINDOW:] and data.rfind(b"%%EOF") < 0:
        raise UnreadableFile(
            "not a readable PDF (truncated: it has no %%EOF; the download or copy was cut"
            " short, fetch it again)"
        )
    total = 0
    view = memoryview(data)
    for keyword, start in _streams(data):
        # the stream's dictionary is just before the keyword, after its "obj"
        opening = data.rfind(b"obj", max(0, keyword - 4096), keyword)
        if _SKIPPED_DICT.search(data, max(0, opening), keyword):
            continue
        total += _inflated_size(view, start)
        if total > MAX_TOTAL_BYTES:
            raise UnreadableFile(
                f"not a readable PDF (its streams inflate beyond {MAX_TOTAL_BYTES >> 20} MiB)"
            )


def _streams(data: bytes):
    """(keyword offset, data offset) of each "stream" keyword; bytes.find is C-fast where a
    regex over a binary file is not."""
    position = data.find(b"stream")
    while position != -1:
        after = position + 6
        if data[position - 3 : position] != b"end":
            if data[after : after + 2] == b"\r\n":
                yield position, after + 2
            elif data[after : after + 1] in (b"\n", b"\r"):
                yield position, after + 1
        position = data.find(b"stream", after)


def _inflated_size(view: memoryview, start: int) -> int:
    """How many bytes the Flate stream at `start` inflates to (0 when it is not Flate).

    Raises UnreadableFile for a bomb: beyond MAX_STREAM_BYTES at a ratio beyond
    MAX_STREAM_RATIO."""
    inflater = zlib.decompressobj()
    produced = consumed = 0
    position = start
    pending = b""
    while not inflater.eof:
        if pending:
            chunk, pending = memoryview(pending), b""
        else:
            chunk = view[position : position + _STEP]
            position += len(chunk)
            if not chunk:
                break
        try:
            out = inflater.decompress(chunk, _STEP)
        except zlib.error:
            return produced  # not Flate data (or damaged): nothing to inflate here
        consumed += len(chunk) - len(inflater.unconsumed_tail) - len(inflater.unused_data)
        pending = inflater.unconsumed_tail
        produced += len(out)
        if produced > MAX_STREAM_BYTES and produced > MAX_STREAM_RATIO * max(consumed, 1):
            raise UnreadableFile(
                f"not a readable PDF (a compressed stream inflates beyond "
                f"{MAX_STREAM_BYTES >> 20} MiB: a decompression bomb)"
            )
    return produced
