"""One `baocao ingest` run: files and web addresses into the library, each reported.

A file stored before is not read again (a scan is not OCRed again); an address is always
fetched, since only its text says whether the page changed: the same text is "unchanged",
another text at the same address "updated" (the page was edited: the new version replaces
the old, in its place in the store's order). One broken item never stops the batch.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.progress import Progress

if TYPE_CHECKING:
    from index.library import AddResult, Library
    from ingest import RawDocument

STATUSES = ("added", "updated", "reanalysed", "unchanged", "failed")
FETCH_AHEAD = 4  # addresses fetched at once, from one site or several


@dataclass
class IngestRun:
    library: Library
    console: Console  # stderr: progress and one line per item
    reanalyze: bool = False
    attachments: bool = False  # also read the document files a page links
    verify: bool = True  # check sites' TLS certificates
    fetch_ahead: int = FETCH_AHEAD
    report: list[dict[str, object]] = field(default_factory=list)  # `ingest --json`'s files
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))

    def run(self, items: list[Path | str], progress: Progress) -> None:
        task = progress.add_task("ingest", total=len(items))
        # a long file's passages, as they are embedded (300 pages take minutes)
        embedding = progress.add_task("  embedding passages", total=None, visible=False)

        def embedded(count: int) -> None:
            progress.update(embedding, advance=count, visible=True)

        queue = deque(items)
        total = len(items)
        linked_from: dict[str, str] = {}
        given = {item for item in items if isinstance(item, str)}
        # the next addresses are fetched while this one is read and embedded: a list of
        # pages waits on the sites and on the cores at once, not in turn
        addresses = deque(item for item in items if isinstance(item, str))
        pool = ThreadPoolExecutor(self.fetch_ahead, thread_name_prefix="fetch")
        fetching: dict[str, Future] = {}
        try:
            while queue:
                item = queue.popleft()
                progress.update(task, description=f"ingest {_label(item)[:40]}")
                if not isinstance(item, str):
                    self._file(item, embedded)
                else:
                    for upcoming in islice(addresses, self.fetch_ahead):
                        if upcoming not in fetching:
                            fetching[upcoming] = pool.submit(self._fetch, upcoming)
                    addresses.popleft()
                    found = self._address(item, fetching.pop(item), linked_from.get(item), embedded)
                    for link in found:
                        if link not in linked_from and link not in given:
                            linked_from[link] = item
                            queue.append(link)
                            addresses.append(link)
                            total += 1
                            progress.update(task, total=total)
                progress.update(embedding, visible=False, completed=0)
                progress.advance(task)
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def _fetch(self, url: str):  # an ingest.fetch.Fetched
        from ingest import fetch_document

        return fetch_document(url, verify=self.verify)

    @property
    def failed(self) -> int:
        return self.counts["failed"]

    def summary(self) -> str:
        counts = self.counts
        again = (
            f"{counts['reanalysed']} reanalysed, " if self.reanalyze or counts["reanalysed"] else ""
        )
        updated = f"{counts['updated']} updated, " if counts["updated"] else ""
        return (
            f"{counts['added']} added, {updated}{again}{counts['unchanged']} unchanged,"
            f" {counts['failed']} failed; store: {self.library.home}"
        )

    # one item --------------------------------------------------------------------------
    def _file(self, path: Path, embedded) -> None:
        from ingest import UnreadableFile, file_hash, looks_like_address, ocr_available, read_file

        library = self.library
        try:
            if not path.exists() and looks_like_address(str(path)):
                raise UnreadableFile(f"no such file (a web address? give it as https://{path})")
            known = None if self.reanalyze else library.stored(file_hash(path))
            # ... unless pages of it went unread for want of OCR, which is there now
            retry = known is not None and library.store.unread(known.doc_id) > 0
            retry = retry and ocr_available()
            if known is not None and not retry:
                # a file stored before is not read again (a scan is not OCRed again)
                self._done(path, "unchanged", known, [])
                return
            raw = read_file(path)
            self._warn(path, raw.warnings)
            read_again = self.reanalyze or retry
            stored = library.store.id_for_hash(raw.content_hash) if read_again else None
            if stored:
                result = self._replace(raw, [stored], embedded)
                status = "reanalysed" if result.added else "unchanged"
            else:
                result = library.add(raw, embedded)
                status = "added" if result.added else "unchanged"
        except Exception as error:  # one broken file must not stop the batch
            self._failed(path, error)
        else:
            self._done(path, status, result, raw.warnings)

    def _address(self, url: str, fetched: Future, page: str | None, embedded) -> list[str]:
        """Read and store `url` once `fetched`; the document files it links, when wanted."""
        from ingest import NewsFeed, NoArticleText, read_fetched

        library = self.library
        try:
            web = read_fetched(fetched.result())
            raw = web.raw
            self._warn(url, raw.warnings)
            known = library.stored(raw.content_hash)
            earlier = [
                i
                for i in library.store.ids_for_source(raw.source)
                if not known or i != known.doc_id
            ]
            if known and not self.reanalyze:
                result, status = known, "unchanged"
            elif known:
                result, status = self._replace(raw, [known.doc_id], embedded), "reanalysed"
            elif earlier:
                # the page changed since it was stored: its new text replaces the old
                result, status = self._replace(raw, earlier, embedded), "updated"
            else:
                result, status = library.add(raw, embedded), "added"
        except NewsFeed as feed:
            # a site's news followed: each item is read (those stored before are unchanged)
            self.console.print(f"feed {escape(url)}: {len(feed.attachments)} items")
            self.report.append({"path": url, "status": "feed", "items": feed.attachments})
            return feed.attachments
        except NoArticleText as error:
            if not self.attachments:
                self._failed(url, error, "; --attachments reads them", page)
                return []
            self.console.print(
                f"note: {escape(url)} has no text of its own; reading the"
                f" {len(error.attachments)} document file(s) it links"
            )
            self.report.append({"path": url, "status": "linked", "attachments": error.attachments})
            return error.attachments
        except Exception as error:  # one broken address must not stop the batch
            self._failed(url, error, "", page)
            return []
        self._done(url, status, result, raw.warnings, raw.source, page)
        if web.attachments and not self.attachments:
            shown = ", ".join(web.attachments[:3]) + (", …" if len(web.attachments) > 3 else "")
            self.console.print(
                f"note: {escape(url)} links {len(web.attachments)} document file(s)"
                f" ({escape(shown)}): --attachments adds them"
            )
            return []
        return web.attachments if self.attachments else []

    def _replace(self, raw: RawDocument, old: list[str], embedded) -> AddResult:
        # the passages the old version holds keep their vectors
        return self.library.replace(self.library.prepare(raw, embedded, reuse=old), old)

    # reporting -------------------------------------------------------------------------
    def _warn(self, item: Path | str, warnings: list[str]) -> None:
        """What ingest could not do but went on without ("page 3: scanned page not read …")."""
        for warning in warnings:
            self.console.print(f"[yellow]warning:[/yellow] {escape(str(item))}: {escape(warning)}")

    def _done(
        self,
        item: Path | str,
        status: str,
        result: AddResult,
        warnings: list[str],
        url: str | None = None,
        page: str | None = None,
    ) -> None:
        self.counts[status] += 1
        line = f"{status} {result.doc_id} {escape(str(item))}"
        if url and url != item:
            line += f" → {escape(url)}"
        if status != "unchanged":
            line += f" ({result.passages} passages, {result.figures} figures)"
        self.console.print(line)
        row: dict[str, object] = {
            "path": str(item),
            "status": status,
            "doc_id": result.doc_id,
            "passages": result.passages,
            "figures": result.figures,
            "warnings": warnings,
        }
        if url:
            row["url"] = url
        if page:
            row["linked_from"] = page
        self.report.append(row)

    def _failed(
        self, item: Path | str, error: Exception, hint: str = "", page: str | None = None
    ) -> None:
        from ingest import CertificateUnverified, UnreadableFile

        self.counts["failed"] += 1
        # an unreadable file says why in words; anything else also names its error
        reason = str(error)
        if isinstance(error, CertificateUnverified):
            hint = "; if you trust the site, --insecure skips the check"
        elif not isinstance(error, UnreadableFile):
            reason = f"{type(error).__name__}: {reason}"
        reason += hint
        self.console.print(f"[red]failed:[/red] {escape(str(item))}: {escape(reason)}")
        row: dict[str, object] = {"path": str(item), "status": "failed", "error": reason}
        if page:
            row["linked_from"] = page
        self.report.append(row)


def _label(item: Path | str) -> str:
    return item.name if isinstance(item, Path) else item.split("://", 1)[-1]
