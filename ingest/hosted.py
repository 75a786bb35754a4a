"""Files kept on Google Drive and Google Docs, as many union sites link their reports: the
link opens a viewer page drawn by JavaScript, with no text in it; another address of the
same file gives the file itself.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

_DRIVE_FILE = re.compile(r"/file/d/([\w-]{10,})")
_DOCS = re.compile(r"/(document|spreadsheets)/d/([\w-]{10,})")
_EXPORTS = {"document": "docx", "spreadsheets": "xlsx"}


def _drive_id(url: str) -> str | None:
    parts = urlsplit(url)
    if (parts.hostname or "").lower() != "drive.google.com":
        return None
    found = _DRIVE_FILE.match(parts.path)
    if found:
        return found.group(1)
    if parts.path in ("/open", "/uc"):
        ids = parse_qs(parts.query).get("id")
        return ids[0] if ids else None
    return None


def file_address(url: str) -> str:
    """The address that gives a hosted file itself; any other address unchanged.

    >>> file_address("https://drive.google.com/file/d/1AbCdEfGhIjKlMn/view?usp=sharing")
    'https://drive.google.com/uc?export=download&id=1AbCdEfGhIjKlMn'
    >>> file_address("https://docs.google.com/document/d/1AbCdEfGhIjKlMn/edit#heading=h.1")
    'https://docs.google.com/document/d/1AbCdEfGhIjKlMn/export?format=docx'
    >>> file_address("https://congdoan.vn/Upload/bc.pdf")
    'https://congdoan.vn/Upload/bc.pdf'
    """
    drive = _drive_id(url)
    if drive:
        return f"https://drive.google.com/uc?export=download&id={drive}"
    parts = urlsplit(url)
    if (parts.hostname or "").lower() == "docs.google.com":
        found = _DOCS.match(parts.path)
        if found:
            kind, key = found.groups()
            return f"https://docs.google.com/{kind}/d/{key}/export?format={_EXPORTS[kind]}"
    return url


def is_hosted_file(url: str) -> bool:
    """Whether `url` names a file on Google Drive or a Google document.

    >>> is_hosted_file("https://drive.google.com/open?id=1AbCdEfGhIjKlMn")
    True
    >>> is_hosted_file("https://drive.google.com/drive/folders/1AbCdEfGhIjKlMn")
    False
    """
    return file_address(url) != url or "/uc?export=download" in url
