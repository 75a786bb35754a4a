"""Ingest of a list of web addresses: wall time with addresses fetched one at a time against
fetched ahead (service/batch.py, FETCH_AHEAD) while the last one is read and embedded.

    python bench/bench_fetch.py [--pages 20] [--delay 1.0] [--rounds 2]

The site is served on loopback (tests/web_site.py) and answers each request after `--delay`
seconds, as a provincial union site far away or under load might; 0 measures reading and
embedding alone. Its pages are heldout5's saved LĐLĐ Đắk Lắk page (bench/gold/heldout5),
each with a sentence of its own so that none is a copy of another. Each run ingests them
into a new store (the default encoder, both cores), so the runs alternate: one at a time,
ahead, one at a time, …
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
from service.batch import FETCH_AHEAD, IngestRun  # noqa: E402
from tests.web_site import Answer, serving_site  # noqa: E402

PAGE = ROOT / "bench/gold/heldout5/article.html"
MARK = "(LĐLĐ Đắk Lắk) - Chiều 24/6"


def pages(count: int, delay: float) -> dict[str, Answer]:
    html = PAGE.read_text(encoding="utf-8")
    assert MARK in html
    routes = {}
    for number in range(count):
        own = f"Bài số {number + 1}: công đoàn cơ sở số {number + 1} kết nạp {100 + number}"
        page = html.replace(MARK, f"{own} đoàn viên. {MARK}").encode("utf-8")
        headers = {"Content-Type": "text/html; charset=utf-8"}
        routes[f"/tin-tuc/bai-{number + 1}.html"] = Answer(page, headers=headers, delay=delay)
    return routes


def ingest(urls: list[str], ahead: int) -> tuple[float, dict[str, int]]:
    with tempfile.TemporaryDirectory() as home:
        library = Library(Path(home))
        assert library.encoder.dim  # loaded before the clock starts, as in a store in use
        batch = IngestRun(library, Console(file=open(os.devnull, "w")), fetch_ahead=ahead)
        started = time.perf_counter()
        with Progress(disable=True) as progress:
            batch.run(list(urls), progress)
        elapsed = time.perf_counter() - started
        library.close()
    return elapsed, batch.counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--delay", type=float, default=1.0, help="seconds a request waits")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    print(
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores,"
        f" Python {platform.python_version()}; {args.pages} pages, {args.delay:g} s a request"
    )
    times: dict[int, list[float]] = {1: [], FETCH_AHEAD: []}
    with serving_site(pages(args.pages, args.delay)) as site:
        urls = [site.url + path for path in sorted(site.routes)]
        for _ in range(args.rounds):
            for ahead in times:
                elapsed, counts = ingest(urls, ahead)
                assert counts["added"] == args.pages, counts
                times[ahead].append(elapsed)
                print(f"  fetched {ahead} at a time: {elapsed:.1f} s")
    for ahead, runs in times.items():
        best = min(runs)
        print(
            f"{ahead} at a time: best {best:.1f} s ({best / args.pages:.2f} s a page),"
            f" runs {', '.join(f'{t:.1f}' for t in runs)}"
        )


if __name__ == "__main__":
    main()
