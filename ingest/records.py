"""What ingest hands to nlp: text with page provenance, tables and outside metadata."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Page:
    """A page's span in `RawDocument.text` (character offsets, end exclusive)."""

    number: int
    start: int
    end: int


@dataclass(frozen=True)
class RawTable:
    """A table as rows of cell texts.

    `header` holds the column names when the table has a header row; a header of several
    rows (a merged "Kết quả" over "2024" and "2025") is one name per column ("Kết quả 2024").
    `rows` are then the body rows only, else every row. A merged cell's text fills every
    column and row it covers in the header, and every row it covers in the body; in the body
    the columns it spans after the first are "". `page` is the first page of a PDF table
    (one continued over pages is joined), None for formats without pages.
    """

    page: int | None
    rows: list[list[str]]
    header: list[str] | None = None


@dataclass
class RawDocument:
    """One file read and cleaned: NFC text, furniture removed, pages as spans.

    `paginated` is False for formats without pages (text, Markdown, HTML): they hold one
    page spanning the whole text, and figures from them cite no page number.
    `warnings` are one-line notes on what could not be read well ("page 3: scanned page not
    read: …"); `unread_pages` lists the page numbers whose text is missing (a scan without
    OCR). Neither stops the document from being stored.
    """

    source: str
    text: str
    format: str
    content_hash: str
    pages: list[Page]
    paginated: bool = False
    tables: list[RawTable] = field(default_factory=list)
    meta: dict[str, str | None] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    unread_pages: list[int] = field(default_factory=list)

    def page_at(self, offset: int) -> int | None:
        """The page number holding character `offset`, or None when not paginated."""
        if not self.paginated:
            return None
        for page in self.pages:
            if page.start <= offset < page.end:
                return page.number
        return self.pages[-1].number if self.pages else None


@dataclass
class Extracted:
    """A reader's output: the text of each page, cleaned, before the pages are joined."""

    pages: list[str]
    paginated: bool = False
    tables: list[RawTable] = field(default_factory=list)
    meta: dict[str, str | None] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    unread_pages: list[int] = field(default_factory=list)
