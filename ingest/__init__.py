"""Ingest: files (txt, md, html, pdf, docx, doc, xls, xlsx, images) and web addresses to
cleaned NFC text with provenance.

PDFs keep their pages, tables (joined across pages) and OCR of scanned pages; image files
(a scanner's TIFF, a phone's photo of a page) are read by OCR page by page; text in the
pre-Unicode TCVN3 (.VnTime) and VNI fonts is decoded; a file that cannot be read raises
UnreadableFile with a one-line reason.

>>> from ingest import read_file
>>> raw = read_file("corpus/000_efa16624371a578d.txt")
>>> "Đang truy cập" in raw.text
False
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import UnreadableFile
from .fetch import CertificateUnverified, is_url, looks_like_address
from .limits import MAX_BYTES, MAX_PAGES, MAX_TEXT_CHARS
from .readers import READERS, assemble
from .records import Page, RawDocument, RawTable
from .tesseract import ocr_available
from .web import NewsFeed, NoArticleText, WebDocument, fetch_document, read_fetched, read_url

__all__ = [
    "CertificateUnverified",
    "MAX_BYTES",
    "MAX_PAGES",
    "NewsFeed",
    "NoArticleText",
    "Page",
    "RawDocument",
    "RawTable",
    "SUPPORTED_SUFFIXES",
    "UnreadableFile",
    "fetch_document",
    "file_hash",
    "is_url",
    "iter_files",
    "looks_like_address",
    "ocr_available",
    "unsupported_files",
    "read_bytes",
    "read_fetched",
    "read_file",
    "read_url",
    "WebDocument",
]

SUPPORTED_SUFFIXES = frozenset(READERS)
SIDECAR_SUFFIX = ".meta.json"
SIDECAR_KEYS = ("title", "source", "date", "province", "kind", "number", "issuer", "period")


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def _read_sidecar(path: Path) -> tuple[dict[str, str | None], bytes]:
    side = sidecar_path(path)
    if not side.is_file():
        return {}, b""
    data = side.read_bytes()
    try:
        values = json.loads(data)
    except UnicodeDecodeError as error:
        # Notepad's "ANSI" is Windows-1258 on a Vietnamese Windows
        raise UnreadableFile(f"sidecar {side.name} is not UTF-8: save it as UTF-8") from error
    except json.JSONDecodeError as error:
        raise UnreadableFile(f"sidecar {side.name} is not JSON ({error})") from error
    if not isinstance(values, dict):
        raise UnreadableFile(f"sidecar {side.name} must hold a JSON object")
    wrong = [k for k in SIDECAR_KEYS if k in values and not isinstance(values[k], str | None)]
    if wrong:
        raise UnreadableFile(f"sidecar {side.name}: {wrong[0]} must be text or null")
    return {k: values.get(k) for k in SIDECAR_KEYS if k in values}, data


def read_bytes(
    data: bytes, name: str, source: str | None = None, meta: dict[str, str | None] | None = None
) -> RawDocument:
    """Read one file's bytes; `name` gives the format by its suffix."""
    suffix = Path(name).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None and suffix in (".heic", ".heif"):
        raise UnreadableFile(
            f"unsupported file type {suffix} (an iPhone photo in HEIC: export it as JPEG,"
            " or set Camera > Formats to Most Compatible)"
        )
    if reader is None:
        raise UnreadableFile(f"unsupported file type {suffix or '(none)'}")
    if not data:
        raise UnreadableFile("empty file")
    if len(data) > MAX_BYTES:
        raise UnreadableFile(f"larger than {MAX_BYTES // 2**20} MiB")
    extracted = reader(data)
    text, pages = assemble(extracted.pages)
    if len(text) > MAX_TEXT_CHARS:
        raise UnreadableFile(
            f"its text is {len(text):,} characters, more than {MAX_TEXT_CHARS:,}"
            " (BAOCAO_MAX_TEXT_CHARS)"
        )
    if not text.strip():
        if extracted.warnings:
            unread = len(extracted.unread_pages)
            raise UnreadableFile(
                f"no text found ({unread} pages not read; {extracted.warnings[0]})"
            )
        if suffix == ".docx":
            # its pictures, if any, were read by OCR (readers.read_word) and gave no text
            raise UnreadableFile("no text found (and no picture in it reads as text)")
        if suffix == ".doc":
            raise UnreadableFile(
                "no text found (only pictures? save it as .docx or PDF: baocao reads their"
                " pictures by OCR)"
            )
        if suffix in (".xlsx", ".xls"):
            raise UnreadableFile("no text found (an empty workbook, or its sheets all hidden?)")
        raise UnreadableFile("no text found")
    merged = {**extracted.meta, **(meta or {})}
    return RawDocument(
        source=source or name,
        text=text,
        format=suffix.lstrip("."),
        content_hash=hashlib.sha256(data).hexdigest(),
        pages=pages,
        paginated=extracted.paginated,
        tables=extracted.tables,
        meta=merged,
        warnings=extracted.warnings,
        unread_pages=extracted.unread_pages,
    )


def file_hash(path: str | Path) -> str:
    """The content hash `read_file` gives the file (with its sidecar), without reading it:
    a stored scan is known before it is OCRed again to be found unchanged."""
    path = Path(path)
    data = path.read_bytes()
    side = sidecar_path(path)
    if side.is_file():
        data += side.read_bytes()
    return hashlib.sha256(data).hexdigest()


def read_file(path: str | Path) -> RawDocument:
    """Read a file and its optional sidecar `NAME.meta.json` (title, source, date, province…).

    Raises UnreadableFile with a one-line reason for anything that cannot be read.
    """
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile("no such file")
    if path.stat().st_size > MAX_BYTES:
        raise UnreadableFile(f"larger than {MAX_BYTES // 2**20} MiB")
    meta, sidecar_bytes = _read_sidecar(path)
    data = path.read_bytes()
    raw = read_bytes(data, path.name, source=meta.pop("source", None) or str(path), meta=meta)
    if sidecar_bytes:
        # a corrected sidecar must count as a new version of the document
        raw.content_hash = hashlib.sha256(data + sidecar_bytes).hexdigest()
    return raw


def _visible_files(folder: Path) -> Iterator[Path]:
    """The files below `folder`, sorted, none under a hidden name (".git", ".baocao")."""
    for child in sorted(folder.rglob("*")):
        hidden = any(part.startswith(".") for part in child.relative_to(folder).parts)
        if child.is_file() and not hidden:
            yield child


def unsupported_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files under folders among `paths` that `iter_files` leaves out by their type
    (".zip", ".heic", no suffix): a user is told what was not read."""
    return [
        child
        for given in paths
        if Path(given).is_dir()
        for child in _visible_files(Path(given))
        if child.suffix.lower() not in SUPPORTED_SUFFIXES
        and not child.name.endswith(SIDECAR_SUFFIX)
    ]


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand folders into the supported files below them, sorted; files pass as given."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from (c for c in _visible_files(path) if c.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            yield path
