"""Listing a national store's documents by words of their names (`baocao documents --find`,
`GET /api/documents?q=`): the count of matches and the first page of 200, as the web page
asks for them.

    python bench/bench_documents.py [--documents 100000]

The store holds only document rows (no passages): titles of 12 words drawn (seed 1) from
the words of union report titles, sources like "/data/bao-cao/17.pdf". Timed: making the
names' compared forms for rows stored before they were kept (index.store's migration, once
per store), then three listings: words with marks, the same typed without, three words.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.records import Filters  # noqa: E402
from index.store import _NAMES, Store  # noqa: E402

WORDS = (
    "Báo cáo tổng kết công tác công đoàn năm Liên đoàn Lao động tỉnh Nghệ An Hà Tĩnh"
    " Quảng Bình viên chức Đại hội nhiệm kỳ chăm lo Tết"
).split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    count = parser.parse_args().documents
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores,")
    print(f"Python {platform.python_version()}; {count:,} documents")
    random.seed(1)
    rows = [
        (
            f"{i:016x}",
            f"h{i}",
            f"/data/bao-cao/{i}.pdf",
            " ".join(random.choice(WORDS) for _ in range(12)),
        )
        for i in range(count)
    ]
    with tempfile.TemporaryDirectory() as home:
        store = Store(Path(home) / "baocao.db")
        with store.transaction() as db:
            db.executemany(
                "INSERT INTO documents (id, content_hash, source, title, kind, pages, record)"
                " VALUES (?, ?, ?, ?, 'report', 1, '{}')",
                rows,
            )
        started = time.perf_counter()
        store.db.execute(
            f"UPDATE documents AS d SET names = name_words({_NAMES}),"
            f" plain_names = plain_name_words({_NAMES})"
        )
        print(f"names made for rows stored before: {time.perf_counter() - started:.2f} s")
        for words in ("Nghệ An", "nghe an", "viên chức đại hội"):
            chosen = Filters(named=words)
            times = []
            for _ in range(5):
                started = time.perf_counter()
                total = store.listed_count(filters=chosen)
                page = store.documents(200, 0, filters=chosen)
                times.append(time.perf_counter() - started)
            best, median = min(times), sorted(times)[2]
            print(
                f"{words!r}: {total:,} match, {len(page)} listed;"
                f" count + page {median * 1000:.0f} ms (median of 5, best {best * 1000:.0f})"
            )
        store.close()


if __name__ == "__main__":
    main()
