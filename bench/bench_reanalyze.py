"""Analysing a store again after an upgrade: from its files against from what it kept.

    python bench/bench_reanalyze.py [PATH ...]
    python bench/bench_reanalyze.py --store HOME   # only `reanalyze --all`, --workers 1 and
                                                   # one a core, each on a copy of HOME

The files (by default: the seed articles, the gold sets' PDFs, scans, photos, TIFF and saved
web pages of heldout20 to heldout24, and ../shared's grassroots union files and Party PDFs
when present) are ingested into a new store (the default encoder, both cores; timed as
"ingest"), then the store is analysed again three ways, each over every document, timed
apart:

- "from files, every passage embedded": `ingest --reanalyze FILE...` as it was before
  session 22: each file read again (PDF pages, OCR of scans and photos) and each passage
  embedded again;
- "from files, vectors kept": `ingest --reanalyze FILE...` now (service.batch.IngestRun):
  files read again, passages that come out as before keep their vectors;
- "from the store": `baocao reanalyze --all` (service.reanalysis.ReanalyseRun): no file,
  no OCR, vectors kept; with `--workers 1` (the analysis in this process) and with one
  worker a core (`--workers`, the default).

The encoder is loaded before each clock starts (as in a store in use).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402
from rich.progress import Progress  # noqa: E402

from index.library import Library  # noqa: E402
from ingest import iter_files, read_file  # noqa: E402
from ingest.limits import usable_cores  # noqa: E402
from service.batch import IngestRun  # noqa: E402
from service.reanalysis import ReanalyseRun  # noqa: E402

GOLD = ROOT / "bench" / "gold"
SHARED = ROOT.parent / "shared" / "corpus" / "real"
DOCUMENTS = (".pdf", ".html", ".jpg", ".tif", ".docx")


def default_paths() -> list[Path]:
    paths = list(iter_files([ROOT / "corpus"]))
    for number in range(20, 25):
        folder = GOLD / f"heldout{number}"
        paths += sorted(p for p in folder.iterdir() if p.suffix in DOCUMENTS)
    for folder in ("union_grassroots", "party_pdf"):
        if (SHARED / folder).is_dir():
            paths += list(iter_files([SHARED / folder]))
    return paths


def quiet() -> Console:
    return Console(file=open(os.devnull, "w"))  # noqa: SIM115


def timed(work) -> float:
    started = time.perf_counter()
    with Progress(disable=True) as progress:
        work(progress)
    return time.perf_counter() - started


def stored(home: Path) -> None:
    """`reanalyze --all` on a copy of the store `home`, in one process and in one a core."""
    import shutil

    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores,", end=" ")
    print(f"Python {platform.python_version()}; store {home}")
    for workers in (1, usable_cores()):
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / "store"
            shutil.copytree(home, copy)
            library = Library(copy)
            ids = library.store.analysed_ids()
            run = ReanalyseRun(library, quiet())
            took = timed(lambda progress, run=run, ids=ids, n=workers: run.run(ids, progress, n))
            assert run.counts["failed"] == 0, run.report
            embedded = sum(int(r.get("embedded", 0)) for r in run.report)
            print(
                f"reanalyze --all --workers {workers}: {len(ids)} documents in {took:.1f} s,"
                f" {embedded} passages embedded"
            )
            library.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--store", type=Path, help="time reanalyze --all on copies of it")
    args = parser.parse_args()
    if args.store:
        stored(args.store)
        return
    paths = args.paths or default_paths()
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores,")
    print(f"Python {platform.python_version()}; {len(paths)} files")
    with tempfile.TemporaryDirectory() as home:
        library = Library(Path(home))
        assert library.encoder.dim
        batch = IngestRun(library, quiet())
        took = timed(lambda progress: batch.run(list(paths), progress))
        ids = library.store.analysed_ids()
        passages = library.store.passage_count()
        print(f"{len(ids)} documents, {passages} passages; failed: {batch.failed}")
        rows = [("ingest", took, passages)]

        def every_passage(progress: Progress) -> None:
            for path in paths:
                raw = read_file(path)
                old = library.store.id_for_hash(raw.content_hash)
                library.replace(library.prepare(raw), [old] if old else [])

        rows.append(("from files, every passage embedded", timed(every_passage), passages))
        again = IngestRun(library, quiet(), reanalyze=True)
        embedded: list[int] = []
        prepare = library.prepare

        def counting(*args, **kwargs):
            prepared = prepare(*args, **kwargs)
            embedded.append(prepared.embedded)
            return prepared

        library.prepare = counting  # type: ignore[method-assign]
        took = timed(lambda progress: again.run(list(paths), progress))
        rows.append(("from files, vectors kept", took, sum(embedded)))
        for workers in (1, usable_cores()):
            run = ReanalyseRun(library, quiet())
            took = timed(
                lambda progress, run=run, n=workers: run.run(
                    library.store.analysed_ids(), progress, n
                )
            )
            kept = sum(int(r.get("embedded", 0)) for r in run.report)
            name = f"from the store (baocao reanalyze --all --workers {workers})"
            rows.append((name, took, kept))
            assert run.counts["failed"] == 0 and again.failed == 0, (run.report, again.report)
        library.close()
    print()
    print("| all documents | seconds | passages embedded |")
    print("| --- | ---: | ---: |")
    for name, seconds, count in rows:
        print(f"| {name} | {seconds:.1f} | {count} |")


if __name__ == "__main__":
    main()
