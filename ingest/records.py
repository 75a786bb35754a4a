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
    page: int | None
    rows: list[list[str]]
    header: list[str] | None = None


@dataclass
class RawDocument:
    """One file read and cleaned: NFC text, furniture removed, pages as spans.

    `paginated` is False for formats without pages (text, Markdown, HTML): they hold one
    page spanning the whole text, and figures from them cite no page number.
    """

    source: str
    text: str
    format: str
    content_hash: str
    pages: list[Page]
    paginated: bool = False
    tables: list[RawTable] = field(default_factory=list)
    meta: dict[str, str | None] = field(default_factory=dict)

    def page_at(self, offset: int) -> int | None:
        """The page number holding character `offset`, or None when not paginated."""
        if not self.paginated:
            return None
        for page in self.pages:
            if page.start <= offset < page.end:
                return page.number
        return self.pages[-1].number if self.pages else None
