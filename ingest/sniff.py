"""What a file's bytes are, whatever its name says, for clear wrong-extension messages."""

from __future__ import annotations

from typing import Literal

Kind = Literal["pdf", "zip", "ole", "rtf", "html", "text", "binary"]

_NAMES = {
    "pdf": "a PDF",
    "zip": "a ZIP package (.docx, .xlsx, .odt …)",
    "ole": "a legacy Office file (.doc, .xls)",
    "rtf": "an RTF document",
    "html": "an HTML page",
    "text": "plain text",
    "binary": "binary data",
}


def sniff(data: bytes) -> Kind:
    """The kind of file by its first bytes.

    >>> sniff(b"%PDF-1.7"), sniff(b"PK\\x03\\x04"), sniff("Công đoàn".encode())
    ('pdf', 'zip', 'text')
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
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "text"  # UTF-16 with its byte-order mark
    if b"\x00" in data[:4096]:
        return "binary"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "html"
    return "text"


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
