"""One reader per format: bytes in, cleaned text (and pages, tables) out."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from .furniture import strip_furniture
from .records import Page, RawTable
from .text import join_paragraphs, normalize


class UnreadableFile(Exception):
    """The file cannot be read as the format its name claims; the message says why."""


@dataclass
class Extracted:
    pages: list[str]
    paginated: bool = False
    tables: list[RawTable] = field(default_factory=list)
    meta: dict[str, str | None] = field(default_factory=dict)


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile("not UTF-8 or UTF-16 text")


def _clean(text: str) -> str:
    return join_paragraphs(strip_furniture(normalize(text).split("\n")))


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w))")
_MD_RULE = re.compile(r"^\s*([-*_]\s*){3,}$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def read_text(data: bytes) -> Extracted:
    return Extracted(pages=[_clean(_decode(data))])


def read_markdown(data: bytes) -> Extracted:
    """Markdown as plain text: markup dropped, table rows kept as "a | b | c" lines."""
    lines = []
    for line in _decode(data).splitlines():
        if _MD_RULE.match(line) or _MD_TABLE_RULE.match(line):
            lines.append("")
            continue
        line = _MD_HEADING.sub("", line)
        line = _MD_EMPHASIS.sub("", line)
        if line.strip().startswith("|"):
            # a table row stands alone: keep it off its neighbours' paragraphs
            lines.extend(["", line.strip().strip("|").strip(), ""])
        else:
            lines.append(line)
    return Extracted(pages=[_clean("\n".join(lines))])


def read_html(data: bytes) -> Extracted:
    """Main content by trafilatura (boilerplate removed), then our furniture rules."""
    import trafilatura

    html = _decode(data)
    body = trafilatura.extract(
        html, include_tables=True, include_comments=False, favor_recall=True, output_format="txt"
    )
    if not body:
        raise UnreadableFile("no article text found in the HTML")
    meta: dict[str, str | None] = {}
    metadata = trafilatura.extract_metadata(html)
    if metadata is not None:
        meta = {"title": metadata.title, "date": metadata.date, "url": metadata.url}
    return Extracted(pages=[_clean(body)], meta={k: v for k, v in meta.items() if v})


def read_pdf(data: bytes) -> Extracted:
    """Text per page from the PDF's text layer (pypdfium2)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise UnreadableFile(f"not a readable PDF ({error})") from error
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            pages.append(_clean(textpage.get_text_range()))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return Extracted(pages=pages, paginated=True)


def read_docx(data: bytes) -> Extracted:
    """Paragraphs and tables of a .docx, tables as rows."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise UnreadableFile(f"not a readable .docx ({error})") from error
    lines = [p.text for p in document.paragraphs]
    tables = []
    for table in document.tables:
        rows = [[normalize(cell.text) for cell in row.cells] for row in table.rows]
        tables.append(RawTable(page=None, rows=rows, header=rows[0] if rows else None))
        lines.extend(["", *(" | ".join(row) for row in rows), ""])
    return Extracted(pages=[_clean("\n".join(lines))], tables=tables)


def read_doc(data: bytes) -> Extracted:
    """Legacy .doc through antiword (Debian package `antiword`)."""
    antiword = shutil.which("antiword")
    if antiword is None:
        raise UnreadableFile(".doc needs antiword (apt install antiword)")
    result = subprocess.run(
        [antiword, "-m", "UTF-8.txt", "-"], input=data, capture_output=True, timeout=120
    )
    if result.returncode != 0:
        raise UnreadableFile(f"antiword failed: {result.stderr.decode(errors='replace').strip()}")
    return Extracted(pages=[_clean(result.stdout.decode("utf-8", errors="replace"))])


READERS = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".doc": read_doc,
}


def assemble(pages: list[str]) -> tuple[str, list[Page]]:
    """Join page texts with a blank line, remembering each page's span."""
    parts: list[str] = []
    spans: list[Page] = []
    offset = 0
    for number, page_text in enumerate(pages, start=1):
        if parts:
            parts.append("\n\n")
            offset += 2
        parts.append(page_text)
        spans.append(Page(number, offset, offset + len(page_text)))
        offset += len(page_text)
    return "".join(parts), spans


def format_of(path: Path) -> str:
    return path.suffix.lower()
