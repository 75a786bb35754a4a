"""How long `baocao check` takes to hold a text's figures against a national store's
(`service.queries.check_figures`, after the text's analysis, which is timed apart).

    python bench/bench_check.py [--documents 100000]

The store holds figure rows only (no passages): each synthetic document carries the
figures of one seed article (drawn in turn), moved to a province drawn from the 63 and a
year from 2018 to 2025, each value scaled by a factor from 0.8 to 1.2 (seed 1), so a
province holds about 1/63 of every indicator's figures. Timed, median of 3: checking one
sentence, and each seed article as `check --file` reads it; then `baocao compare` of two
indicators over the whole store (members; party_referrals, a fifth of whose figures name
no province) and of one province; `baocao goals` of one document, one province, one
indicator, the first page (`limit=100`, what the web page asks first) of everything and of
an indicator, a page further on, and everything.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.library import Library  # noqa: E402
from index.store import Store  # noqa: E402
from ingest import iter_files, read_bytes, read_file  # noqa: E402
from nlp.analyze import analyze  # noqa: E402
from nlp.places import gazetteer  # noqa: E402
from service.queries import check_figures, comparison, goal_tracking  # noqa: E402

SENTENCE = "Năm 2023, Công đoàn Viên chức tỉnh Bắc Giang có hơn 3.500 đoàn viên."


def _fill(store: Store, count: int) -> int:
    seeds = [analyze(read_file(path)) for path in iter_files([ROOT / "corpus"])]
    old = sorted({name for names in gazetteer().formed_from.values() for name in names})
    random.seed(1)
    documents, figures = [], []
    for i in range(count):
        seed = seeds[i % len(seeds)]
        doc_id = f"{i:016x}"
        province, year = random.choice(old), str(random.randint(2018, 2025))
        documents.append((doc_id, f"h{i}", f"/data/bao-cao/{i}.txt", seed.title))
        for f in seed.figures:
            moved = f.model_copy(
                update={
                    "value": f.value * random.uniform(0.8, 1.2),
                    "province": province if f.province else None,
                    "period": year if f.period else None,
                }
            )
            row = (doc_id, f.indicator, moved.province, f.kind, f.unit, moved.model_dump_json())
            figures.append(row)
    with store.transaction() as db:
        db.executemany(
            "INSERT INTO documents (id, content_hash, source, title, kind, pages, record)"
            " VALUES (?, ?, ?, ?, 'report', 1, '{}')",
            documents,
        )
        db.executemany(
            "INSERT INTO figures (doc_id, indicator, province, kind, unit, record)"
            " VALUES (?,?,?,?,?,?)",
            figures,
        )
    return len(figures)


def _median(work, rounds: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    count = parser.parse_args().documents
    print(f"# python bench/bench_check.py --documents {count}")
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores,", end=" ")
    print(f"Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as home:
        started = time.perf_counter()
        store = Store(Path(home) / "baocao.db")
        stored = _fill(store, count)
        store.close()
        print(f"{count:,} documents, {stored:,} figures stored in", end=" ")
        print(f"{time.perf_counter() - started:.1f} s")
        library = Library(Path(home))
        texts = [("one sentence", read_bytes(SENTENCE.encode(), "text.txt"))]
        texts += [(path.name, read_file(path)) for path in iter_files([ROOT / "corpus"])]
        for name, raw in texts:
            doc = analyze(raw)
            analysed = _median(lambda raw=raw: analyze(raw))
            checked = _median(lambda doc=doc: check_figures(library, doc))
            counts = check_figures(library, doc).counts
            shown = ", ".join(f"{n} {verdict}" for verdict, n in counts.items() if n) or "none"
            print(f"{name}: figures {len(doc.figures)} ({shown});", end=" ")
            print(f"analysis {analysed:.2f} s, check {checked:.2f} s")
        for indicator, provinces in (("members", None), ("party_referrals", None)):
            took = _median(lambda i=indicator, p=provinces: comparison(library, i, p))
            rows = len(comparison(library, indicator, provinces).rows)
            print(f"compare {indicator}: {rows:,} rows in {took:.2f} s")
        took = _median(lambda: comparison(library, "members", ["Nghệ An"]))
        print(f"compare members --province 'Nghệ An': {took:.2f} s")
        goals_asked: list[dict[str, object]] = [
            {"doc": f"{4:016x}"},  # a copy of the Nghệ An seed, setting one goal
            {"province": "Nghệ An"},
            {"indicator": "party_referrals"},
            {"limit": 100},  # the web page's first page of everything
            {"indicator": "party_referrals", "limit": 100},
            {"limit": 100, "start": "Nghệ An|members"},  # a page further on
            {},  # every goal of the store, once (minutes)
        ]
        for asked in goals_asked:
            times = []
            for _ in range(3 if asked else 1):
                started = time.perf_counter()
                found = goal_tracking(library, **asked)  # type: ignore[arg-type]
                times.append(time.perf_counter() - started)
            took = statistics.median(times)
            results = sum(len(g.results) for g in found.goals)
            named = " ".join(f"--{k} {v!r}" for k, v in asked.items()) or "(everything)"
            more = f" (next: {found.next})" if found.next else ""
            found_words = f"{len(found.goals):,} goals, {results:,} results"
            print(f"goals {named}: {found_words} in {took:.2f} s{more}")
        library.close()


if __name__ == "__main__":
    main()
