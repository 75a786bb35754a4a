"""What a file's bytes are, whatever its name says, for clear wrong-extension messages."""

from __future__ import annotations

from typing import Literal

Kind = Literal["pdf", "zip", "ole", "rtf", "image", "html", "text", "binary"]

_NAMES = {
    "pdf": "a PDF",
    "zip": "a ZIP package (.docx, .xlsx, .odt …)",
    "ole": "a legacy Office file (.doc, .xls)",
    "rtf": "an RTF document",
    "image": "an image (JPEG, PNG, TIFF …)",
    "html": "an HTML page",
    "text": "plain text",
    "binary": "binary data",
}


# JPEG, PNG, TIFF (either byte order), GIF; a BMP and a WebP are told by more than a prefix
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"GIF87a", b"GIF89a")


def sniff(data: bytes) -> Kind:
    """The kind of file by its first bytes.

    >>> sniff(b"%PDF-1.7"), sniff(b"PK\\x03\\x04"), sniff("Công đoàn".encode())
    ('pdf', 'zip', 'text')
    >>> sniff(b"\\xff\\xd8\\xff\\xe1 Exif"), sniff(b"II*\\x00\\x08\\x00")
    ('image', 'image')
    """
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(_IMAGE_MAGIC) or _bmp_or_webp(data):
        return "image"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "text"  # UTF-16 with its byte-order mark
    if b"\x00" in data[:4096]:
        return "text" if _utf16_without_mark(data[:4096]) else "binary"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "html"
    return "text"


def _bmp_or_webp(data: bytes) -> bool:
    """A BMP ("BM" and its own length: a text may begin "BM-01") or a WebP (a RIFF file)."""
    if data[:2] == b"BM" and len(data) >= 26:
        return int.from_bytes(data[2:6], "little") == len(data)
    return data[:4] == b"RIFF" and data[8:12] == b"WEBP"


def _utf16_without_mark(head: bytes) -> bool:
    """UTF-16 saved without its byte-order mark: the zero bytes of its ASCII letters all
    stand on one side of each pair (odd offsets little-endian, even big-endian), and there
    are many of them. A binary file's zeros fall anywhere.

    >>> _utf16_without_mark("Báo cáo năm 2024".encode("utf-16-le"))
    True
    >>> _utf16_without_mark(bytes([0, 1, 0, 0, 7, 0, 0, 3] * 8))
    False
    """
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    pairs = len(head) // 2
    return pairs >= 4 and min(even, odd) == 0 and max(even, odd) >= pairs // 2


def describe(kind: Kind) -> str:
    return _NAMES[kind]


def wrong_kind(data: bytes, expected: tuple[Kind, ...]) -> str | None:
    """A reason to put in an error when the bytes are not of the kinds expected, else None.

    >>> wrong_kind(b"%PDF-1.7 ...", ("zip",))
    'it is a PDF: wrong extension?'
    """
    kind = sniff(data)
    if kind in expected:
        return None
    return f"it is {describe(kind)}: wrong extension?"
