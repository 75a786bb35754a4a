"""Words per second of the whole nlp analysis (sentences, figures, references, metadata) on
one core, over the seed corpus and, when ../shared is present, the Markdown resolutions.

    python bench/bench_nlp.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("OMP_NUM_THREADS", "1")
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

from ingest import iter_files, read_file  # noqa: E402
from nlp.analyze import analyze  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    paths = [ROOT / "corpus"]
    shared = ROOT.parent / "shared" / "corpus" / "real" / "resolutions_md"
    if shared.is_dir():
        paths.append(shared)
    raws = [read_file(p) for p in iter_files(paths)]
    words = sum(len(raw.text.split()) for raw in raws)
    analyze(raws[0])  # load models and data once, outside the timing
    best = float("inf")
    for _ in range(args.rounds):
        start = time.perf_counter()
        for raw in raws:
            analyze(raw)
        best = min(best, time.perf_counter() - start)
    print(
        f"# python bench/bench_nlp.py  ({platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, 1 used, Python {platform.python_version()})"
    )
    print(f"documents {len(raws)}, words {words}, best of {args.rounds}: {best:.2f} s")
    print(f"words per second: {words / best:,.0f}")


if __name__ == "__main__":
    main()
