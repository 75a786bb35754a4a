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

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.progress import Progress

from nlp.records import Document

if TYPE_CHECKING:
    from index.library import AddResult, Library, Prepared
    from ingest import RawDocument


class NoReading(Exception):
    """A document stored before baocao kept readings, whose file is not at hand."""


# what a document's metadata is, compared before and after
METADATA = ("title", "kind", "number", "issuer", "province", "date", "period")
# what a figure is, beside where it stands (its span, the same in the same text)
FIGURE_FIELDS = (
    "text", "value", "denominator", "unit", "qualifier", "kind", "indicator", "province",
    "period", "months", "organisation",
)  # fmt: skip


@dataclass
class ReanalyseRun:
    library: Library
    console: Console  # stderr: progress and one line per document
    # only say what a new analysis would change (figures, references, metadata); store nothing
    dry_run: bool = False
    report: list[dict[str, object]] = field(default_factory=list)  # `reanalyze --json`
    counts: dict[str, int] = field(
        default_factory=lambda: {"reanalysed": 0, "would change": 0, "same": 0, "failed": 0}
    )

    def run(self, doc_ids: list[str], progress: Progress, workers: int = 1) -> None:
        """Each document analysed again, in order; with `workers` above 1, the analyses run
        in that many processes of their own while this one reads the next readings and
        stores the last results (the analysis is most of the work once vectors are kept)."""
        task = progress.add_task("reanalyse", total=len(doc_ids))
        embedding = progress.add_task("  embedding passages", total=None, visible=False)

        def embedded(count: int) -> None:
            progress.update(embedding, advance=count, visible=True)

        for read in _analysed(self.library, doc_ids, workers):
            if read.before is not None:  # else removed by another process meanwhile
                if self.dry_run:
                    self._compare(read)
                else:
                    self._one(read, embedded)
            progress.update(embedding, visible=False, completed=0)
            progress.advance(task)

    def summary(self) -> str:
        counts = self.counts
        if self.dry_run:
            return (
                f"{counts['would change']} would change, {counts['same']} the same,"
                f" {counts['failed']} failed; nothing stored (--dry-run)"
            )
        return (
            f"{counts['reanalysed']} reanalysed, {counts['failed']} failed;"
            f" store: {self.library.home}"
        )

    def _one(self, read: Read, embedded) -> None:
        library, before = self.library, read.before
        assert before is not None
        doc_id, source = before.id, before.source
        try:
            raw, read_from, doc = read.result()
            prepared = library.prepare(raw, embedded, reuse=[doc_id], doc=doc)
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
                **reanalysed(before, prepared, result),
                "read_from": read_from,
            }
        )

    def _compare(self, read: Read) -> None:
        """Say what this analysis would change in a stored document (no embedding)."""
        before = read.before
        assert before is not None
        doc_id = before.id
        try:
            after = read.result()[2]
        except Exception as error:
            self._failed(doc_id, before.source, error)
            return
        change = changes(before, after)
        status = "would change" if any(change.values()) else "same"
        self.counts[status] += 1
        self.report.append({"doc_id": doc_id, "source": before.source, "status": status, **change})
        if status == "same":
            return
        added, removed, altered = (
            change["figures_added"],
            change["figures_removed"],
            change["figures_changed"],
        )
        said = [f"figures +{len(added)} −{len(removed)} ~{len(altered)}"]
        refs = change["references_added"], change["references_removed"]
        if any(refs):
            said.append(f"references +{len(refs[0])} −{len(refs[1])}")
        said += [f"{name} {old!r} → {new!r}" for name, (old, new) in change["metadata"].items()]
        self.console.print(f"would change {doc_id} {escape(before.source)}: {'; '.join(said)}")
        for figure in added:
            self.console.print(f"  + {escape(_figure_line(figure))}")
        for figure in removed:
            self.console.print(f"  − {escape(_figure_line(figure))}")
        for was, now in altered:
            fields = ", ".join(
                f"{k} {was[k]!r} → {now[k]!r}" for k in FIGURE_FIELDS if was[k] != now[k]
            )
            self.console.print(f"  ~ {escape(str(now['text']))!s}: {escape(fields)}")

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


# documents from which a run analyses in processes of their own: starting them costs about
# a second and a half, the analysis of 26 documents one second (bench/bench_reanalyze.py)
PARALLEL_FROM = 64


@dataclass
class Read:
    """A stored document on its way through a run: as stored (None when removed meanwhile),
    what ingest read of it and whence, and its new analysis, or what failed."""

    before: Document | None
    reading: tuple[RawDocument, str] | None = None
    analysis: Future[Document] | Document | None = None
    error: Exception | None = None

    def result(self) -> tuple[RawDocument, str, Document]:
        """(reading, where it was read from, the new analysis); raises what failed."""
        if self.error is not None:
            raise self.error
        assert self.reading is not None and self.analysis is not None
        doc = self.analysis if isinstance(self.analysis, Document) else self.analysis.result()
        return (*self.reading, doc)


def _analysed(library: Library, doc_ids: list[str], workers: int) -> Iterator[Read]:
    """The documents `doc_ids`, read and analysed again, in order: in this process, or with
    `workers` above 1 in that many processes, a few documents ahead of the one given (the
    readings of a whole store would not fit in memory)."""
    from nlp.analyze import analyze

    def read(doc_id: str, analyse: Callable[[RawDocument], Future[Document] | Document]) -> Read:
        before = library.document(doc_id)
        if before is None:
            return Read(None)
        try:
            reading = reading_of(library, before)
            return Read(before, reading, analyse(reading[0]))
        except Exception as error:  # said for this document; the others go on
            return Read(before, error=error)

    if workers <= 1 or len(doc_ids) < PARALLEL_FROM:
        for doc_id in doc_ids:
            yield read(doc_id, analyze)
        return
    # forkserver: workers start from a clean process (not a fork of this one, whose threads
    # draw the progress bar), with the analysis's modules loaded once in the server
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["nlp.analyze"])
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        submit = partial(pool.submit, analyze)
        waiting = iter(doc_ids)
        ahead = deque(read(doc_id, submit) for doc_id in islice(waiting, 2 * workers))
        while ahead:
            given = ahead.popleft()
            ahead.extend(read(doc_id, submit) for doc_id in islice(waiting, 1))
            yield given


def reanalysed(before: Document, prepared: Prepared, result: AddResult) -> dict[str, int]:
    """What a document analysed again became, beside what it was (`reanalyze --json`, and
    the answer of POST /api/documents/{id}/reanalyze)."""
    return {
        "passages": result.passages,
        "figures": result.figures,
        "figures_before": len(before.figures),
        "references": len(prepared.doc.references),
        "references_before": len(before.references),
        "embedded": prepared.embedded,
    }


def reading_of(library: Library, before: Document) -> tuple[RawDocument, str]:
    """What ingest read of the stored document `before`: as kept in the store, else its
    file again when the file at its source is the one stored."""
    from ingest import file_hash, is_url, read_file

    doc_id, source = before.id, before.source
    kept = library.kept_raw(doc_id, before)
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


def changes(before: Document, after: Document) -> dict:
    """What another analysis of the same text changes: figures added and removed (by where
    they stand), figures at the same place read otherwise, references added and removed,
    metadata fields that differ (`{"period": ["2022", "2022-2023"]}`)."""
    was = {(f.start, f.end): f.model_dump() for f in before.figures}
    now = {(f.start, f.end): f.model_dump() for f in after.figures}
    cited_before = {(r.id, r.start) for r in before.references}
    cited_after = {(r.id, r.start) for r in after.references}
    return {
        "figures_added": [now[k] for k in now.keys() - was.keys()],
        "figures_removed": [was[k] for k in was.keys() - now.keys()],
        "figures_changed": [
            (was[k], now[k])
            for k in sorted(was.keys() & now.keys())
            if any(was[k][name] != now[k][name] for name in FIGURE_FIELDS)
        ],
        "references_added": sorted(r for r, _ in cited_after - cited_before),
        "references_removed": sorted(r for r, _ in cited_before - cited_after),
        "metadata": {
            name: [getattr(before, name), getattr(after, name)]
            for name in METADATA
            if getattr(before, name) != getattr(after, name)
        },
    }


def _figure_line(figure: dict) -> str:
    """ "3.120 đoàn viên (members, achievement, 2023)"."""
    about = [figure["indicator"] or figure["subject"] or "-", figure["kind"], figure["period"]]
    return f"{figure['text']} ({', '.join(str(a) for a in about if a)})"
