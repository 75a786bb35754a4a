"""One `baocao reanalyze` run: stored documents analysed again by this baocao, from what the
store kept of their reading, without their files.

After an upgrade a store's figures and references are the older analysis's. The files
behind a store of months are scattered, moved or deleted, web pages edited or gone; the
store kept what ingest read of each (index.readings), so the new analysis needs none of
them, and no scan is OCRed again. A passage that comes out as before keeps its vector.
A document stored before readings were kept is read from its file when the file is still
at its source with the same bytes; otherwise it is named with the command that reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.progress import Progress

if TYPE_CHECKING:
    from index.library import Library
    from ingest import RawDocument


class NoReading(Exception):
    """A document stored before baocao kept readings, whose file is not at hand."""


@dataclass
class ReanalyseRun:
    library: Library
    console: Console  # stderr: progress and one line per document
    report: list[dict[str, object]] = field(default_factory=list)  # `reanalyze --json`
    counts: dict[str, int] = field(default_factory=lambda: {"reanalysed": 0, "failed": 0})

    def run(self, doc_ids: list[str], progress: Progress) -> None:
        task = progress.add_task("reanalyse", total=len(doc_ids))
        embedding = progress.add_task("  embedding passages", total=None, visible=False)

        def embedded(count: int) -> None:
            progress.update(embedding, advance=count, visible=True)

        for doc_id in doc_ids:
            self._one(doc_id, embedded)
            progress.update(embedding, visible=False, completed=0)
            progress.advance(task)

    def summary(self) -> str:
        return (
            f"{self.counts['reanalysed']} reanalysed, {self.counts['failed']} failed;"
            f" store: {self.library.home}"
        )

    def _one(self, doc_id: str, embedded) -> None:
        library = self.library
        before = library.document(doc_id)
        if before is None:  # removed by another process meanwhile
            return
        source = before.source
        try:
            raw, read_from = reading_of(library, doc_id, source)
            prepared = library.prepare(raw, embedded, reuse=[doc_id])
            result = library.replace(prepared, [doc_id])
        except Exception as error:  # the document keeps its old analysis; the others go on
            self._failed(doc_id, source, error)
            return
        self.counts["reanalysed"] += 1
        figures = f"{len(before.figures)} → {result.figures}"
        if len(before.figures) == result.figures:
            figures = str(result.figures)
        line = (
            f"reanalysed {result.doc_id} {escape(source)} ({result.passages} passages,"
            f" {figures} figures; {prepared.embedded} passages embedded"
        )
        self.console.print(line + (", read from its file)" if read_from == "file" else ")"))
        self.report.append(
            {
                "doc_id": result.doc_id,
                "source": source,
                "status": "reanalysed",
                "passages": result.passages,
                "figures": result.figures,
                "figures_before": len(before.figures),
                "references": len(prepared.doc.references),
                "references_before": len(before.references),
                "embedded": prepared.embedded,
                "read_from": read_from,
            }
        )

    def _failed(self, doc_id: str, source: str, error: Exception) -> None:
        from ingest import UnreadableFile

        self.counts["failed"] += 1
        reason = str(error)
        if not isinstance(error, NoReading | UnreadableFile):
            reason = f"{type(error).__name__}: {reason}"
        self.console.print(f"[red]failed:[/red] {doc_id} {escape(source)}: {escape(reason)}")
        self.report.append(
            {"doc_id": doc_id, "source": source, "status": "failed", "error": reason}
        )


def reading_of(library: Library, doc_id: str, source: str) -> tuple[RawDocument, str]:
    """What ingest read of the document: as kept in the store, else its file again when
    the file at its source is the one stored."""
    from ingest import file_hash, is_url, read_file

    kept = library.kept_raw(doc_id)
    if kept is not None:
        return kept, "store"
    if is_url(source):
        raise NoReading(
            "stored before baocao kept what it read;"
            f" `baocao ingest --reanalyze {source}` fetches the page again"
        )
    path = Path(source)
    stored = library.store.reading(doc_id)
    if path.is_file() and stored and file_hash(path) == stored[0]:
        return read_file(path), "file"
    where = "changed since" if path.is_file() else "no longer there"
    raise NoReading(
        f"stored before baocao kept what it read, and its file is {where};"
        " `baocao ingest --reanalyze FILE` reads the file again"
    )
