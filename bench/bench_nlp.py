"""Words per second of the whole nlp analysis (sentences, figures, references, metadata) on
one core, over the seed corpus and, when ../shared is present, the Markdown resolutions.

    python bench/bench_nlp.py [--rounds 3]
    python bench/bench_nlp.py --startup     # seconds and memory to import underthesea and
                                            # baocao, in fresh processes
    python bench/bench_nlp.py --one-line 3000 15000   # a text pasted as one line, dense
                                            # with figures and a union's name: N sentences
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

STARTUP = {
    "import underthesea": "import underthesea",
    "import nlp.tokenizers (underthesea without its optional pipelines)": "import nlp.tokenizers",
    "import service.cli, service.api (all of baocao)": "import service.cli, service.api",
}
_MEASURE = """
import resource, sys, time
started = time.perf_counter()
{statement}
took = time.perf_counter() - started
print(took, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "torch" in sys.modules)
"""


def startup(rounds: int) -> None:
    """Each import in a fresh process, `rounds` times: median seconds, peak memory, and
    whether torch came in with it (it does when transformers is installed, as with [st])."""
    import statistics
    import subprocess

    print(f"# python bench/bench_nlp.py --startup  ({_machine()})")
    for name, statement in STARTUP.items():
        runs = []
        for _ in range(rounds):
            out = subprocess.run(
                [sys.executable, "-c", _MEASURE.format(statement=statement)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            runs.append((float(out[0]), float(out[1]), out[2] == "True"))
        seconds = statistics.median(r[0] for r in runs)
        memory = statistics.median(r[1] for r in runs)
        torch = "with torch" if runs[0][2] else "without torch"
        print(f"{name}: {seconds:.2f} s, {memory:.0f} MiB peak, {torch} (median of {rounds})")


# three figures and a union's name a sentence, as a report pasted into the web page's check
# (its line breaks lost) may hold: what made the analysis quadratic until session 23
DENSE = (
    "Năm 2023, Công đoàn Viên chức tỉnh Bắc Giang có hơn 3.500 đoàn viên, 55 CĐCS và 1.200"
    " suất quà. "
)


def one_line(counts: list[int]) -> None:
    from ingest import read_bytes

    print(f"# python bench/bench_nlp.py --one-line  ({_machine()})")
    for count in counts:
        raw = read_bytes((DENSE * count).encode(), "text.txt")
        start = time.perf_counter()
        doc = analyze(raw)
        took = time.perf_counter() - start
        print(f"{count} sentences on one line, {len(doc.figures)} figures: {took:.1f} s")


def _machine() -> str:
    return (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, 1 used"
        f" (this bench pins itself and its children to one), Python {platform.python_version()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--startup", action="store_true", help="only time the imports")
    parser.add_argument(
        "--one-line", type=int, nargs="+", metavar="N", help="only time one-line texts"
    )
    args = parser.parse_args()
    if args.startup:
        startup(max(args.rounds, 5))
        return
    if args.one_line:
        one_line(args.one_line)
        return
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
    print(f"# python bench/bench_nlp.py  ({_machine()})")
    print(f"documents {len(raws)}, words {words}, best of {args.rounds}: {best:.2f} s")
    print(f"words per second: {words / best:,.0f}")


if __name__ == "__main__":
    main()
