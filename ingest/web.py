"""A web address read as a document: fetched, read as the file it turns out to be (a page, a
PDF, a Word file), with the document files the page links.

A page fetched twice is rarely the same bytes (a visitor counter, the latest news beside the
story, a session token), so a page's content hash is its text's: the same story fetched
again is found unchanged, and a story edited since is a new version. A file (PDF, Word)
keeps the hash of its bytes, which the same file downloaded and ingested from disk has too.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from .attachments import DOCUMENT_SUFFIXES, document_links, feed_items, refresh_target
from .errors import UnreadableFile
from .fetch import Fetched, fetch
from .limits import MAX_BYTES
from .records import RawDocument

__all__ = ["NewsFeed", "NoArticleText", "WebDocument", "fetch_document", "read_fetched", "read_url"]

# a page of fewer words, beside the names of the files it links, is a notice of them
NOTICE_WORDS = 20
# a short page saying its story is not there, sent as 200 OK by many news systems
MISSING_WORDS = 60
_MISSING = re.compile(
    r"không (còn )?tồn tại|không tìm thấy (trang|bài viết|tin|nội dung)|đã bị (xóa|xoá|gỡ)"
    # "404" alone may be a count ("kết nạp 404 đoàn viên"): only as an error's number
    r"|page not found|(?:lỗi|error)\s*404|404\s*[-:]?\s*(?:not found|không tìm thấy)",
    re.IGNORECASE,
)


@dataclass
class WebDocument:
    raw: RawDocument
    attachments: list[str] = field(default_factory=list)  # document files the page links


class NoArticleText(UnreadableFile):
    """A page with no text of its own that links document files: a notice whose report is
    the attached PDF."""

    def __init__(self, reason: str, attachments: list[str]) -> None:
        super().__init__(reason)
        self.attachments = attachments


class NewsFeed(NoArticleText):
    """An RSS or Atom feed: no document, the addresses of its items (`attachments`)."""


def read_url(
    url: str, *, public_only: bool = False, verify: bool = True, max_bytes: int = MAX_BYTES
) -> WebDocument:
    """Fetch and read `url`; UnreadableFile with a one-line reason when it cannot be."""
    return read_fetched(
        fetch_document(url, public_only=public_only, verify=verify, max_bytes=max_bytes)
    )


def _is_page(fetched: Fetched) -> bool:
    return fetched.name.endswith((".html", ".htm"))


def fetch_document(
    url: str, *, public_only: bool = False, verify: bool = True, max_bytes: int = MAX_BYTES
) -> Fetched:
    """The bytes of the document at `url`: an entry page's refresh followed. Only waits on
    the network, so that a batch can fetch the next addresses while it reads this one."""
    fetched = fetch(url, max_bytes=max_bytes, public_only=public_only, verify=verify)
    if _is_page(fetched):
        moved = refresh_target(fetched.data.decode("utf-8", "replace"), fetched.url)
        if moved and moved != fetched.url:
            fetched = fetch(moved, max_bytes=max_bytes, public_only=public_only, verify=verify)
    return fetched


def read_fetched(fetched: Fetched) -> WebDocument:
    """Read fetched bytes as the document they are, with the document files a page links."""
    from . import read_bytes  # the package's reader, which this module's import precedes

    items = feed_items(fetched.data, fetched.url)
    if items is not None:
        raise NewsFeed(f"a news feed of {len(items)} items", items)
    is_page = _is_page(fetched)
    html = fetched.data.decode("utf-8", "replace") if is_page else ""
    links = document_links(html, fetched.url) if is_page else []
    try:
        raw = read_bytes(fetched.data, fetched.name, source=fetched.url)
    except UnreadableFile as error:
        if links:
            raise NoArticleText(
                f"{error}; the page links {len(links)} document file(s)", links
            ) from error
        if is_page and "no article text" in str(error) and html.count("<script") >= 3:
            raise UnreadableFile(
                f"{error} (the site may draw its pages with JavaScript: open the page in a"
                " browser, save it (Ctrl+S) and ingest the file)"
            ) from error
        raise
    if is_page:
        _refuse_missing(raw)
        words = _own_words(raw)
        if links and len(words) < NOTICE_WORDS:
            # "Thông báo" over "BC-2025.pdf": the attached file is the document
            raise NoArticleText(
                f"the page has no text of its own ({len(words)} words) beside the"
                f" {len(links)} document file(s) it links",
                links,
            )
        raw.content_hash = hashlib.sha256(raw.text.encode("utf-8")).hexdigest()
    return WebDocument(raw, links)


def _own_words(raw: RawDocument) -> list[str]:
    """The words of a page beside its headline and the lines naming its files ("Tải về:
    bao-cao.pdf (PDF, 318 KB)")."""
    title = " ".join((raw.meta.get("title") or "").split()).casefold()
    words: list[str] = []
    for line in raw.text.split("\n"):
        line_words = line.split()
        if any(w.lower().rstrip(").,;").endswith(DOCUMENT_SUFFIXES) for w in line_words):
            continue
        if title and " ".join(line_words).casefold() in title:
            continue
        words += line_words
    return words


def _refuse_missing(raw: RawDocument) -> None:
    """A "soft 404": a news system's page saying the article is gone, sent as a page.

    >>> gone = "Thông báo\\nBài viết không tồn tại hoặc đã bị xóa."
    >>> _refuse_missing(RawDocument("u", gone, "html", "", []))
    Traceback (most recent call last):
    ...
    ingest.errors.UnreadableFile: the site says the page is not there ("Bài viết không tồn ...
    >>> _refuse_missing(RawDocument("u", "Tháng 5 kết nạp 404 đoàn viên.", "html", "", []))
    """
    if len(raw.text.split()) >= MISSING_WORDS:
        return
    for line in [raw.meta.get("title") or "", *raw.text.splitlines()]:
        if _MISSING.search(line):
            raise UnreadableFile(f'the site says the page is not there ("{line.strip()[:100]}")')
