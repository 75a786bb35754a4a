"""Search quality on the project's own kind of documents: BM25 alone, dense alone, hybrid.

    python bench/retrieval_union.py [--rebuild]

Corpus: the seed articles in corpus/ and every real document in ../shared/corpus/real/
(union law and charter, resolutions, grassroots union files, Party PDFs, court precedents, a
legacy statistics sheet), ingested by the real pipeline into a store kept in
bench/.cache/union-store (`--rebuild` starts it again).
Queries: bench/gold/search/union_queries.jsonl, written by a helper who read the documents'
extracted text and never saw a search result: short topic queries and natural questions,
each with the snippets of text that answer it, copied verbatim. A passage is relevant when
it contains one of its query's snippets (spacing and letter case aside), so the labels do not
depend on where the chunker cuts. Nothing was tuned on this set.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
QUERIES = BENCH / "gold" / "search" / "union_queries.jsonl"
HOME = BENCH / ".cache" / "union-store"

from retrieval_alqac import Question, score  # noqa: E402  (the same metrics as on ALQAC)

DEPTH = 100


@dataclass(frozen=True)
class Query:
    id: str
    style: str
    text: str
    evidence: tuple[str, ...]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def load_queries() -> list[Query]:
    rows = [json.loads(line) for line in QUERIES.read_text("utf-8").splitlines() if line.strip()]
    return [Query(r["id"], r["style"], r["query"], tuple(r["evidence"])) for r in rows]


def build(home: Path) -> None:
    from index.library import Library
    from ingest import iter_files, read_file
    from ingest.errors import UnreadableFile

    library = Library(home)
    for path in iter_files([ROOT / "corpus", SHARED / "corpus" / "real"]):
        try:
            library.add(read_file(path))
        except UnreadableFile as error:
            print(f"  skipped {path.name}: {error}", file=sys.stderr)
    library.refresh()
    library.close()


def relevant_ids(texts: dict[int, str], query: Query) -> set[int]:
    snippets = [squeeze(s) for s in query.evidence]
    return {pid for pid, text in texts.items() if any(s in text for s in snippets)}


def per_query_ndcg(ranked: list[list[str]], questions: list[Question]) -> np.ndarray:
    return np.array([score([r], [q]).ndcg for r, q in zip(ranked, questions, strict=True)])


def paired_bootstrap(
    a: list[list[str]], b: list[list[str]], questions: list[Question], rounds: int = 10_000
) -> tuple[float, float, float]:
    """2.5th percentile, mean and 97.5th percentile of mean nDCG@10(a) - nDCG@10(b) over
    queries drawn with replacement (fixed seed: the same interval on every run)."""
    diff = per_query_ndcg(a, questions) - per_query_ndcg(b, questions)
    rng = np.random.default_rng(0)
    means = diff[rng.integers(0, len(diff), (rounds, len(diff)))].mean(axis=1)
    return float(np.percentile(means, 2.5)), float(diff.mean()), float(np.percentile(means, 97.5))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rebuild", action="store_true", help="ingest the documents again")
    args = parser.parse_args()
    if not (SHARED / "corpus" / "real").is_dir():
        raise SystemExit(f"{SHARED / 'corpus' / 'real'} is absent: this benchmark needs ../shared")
    from index.fusion import DEFAULT_FUSION, fuse
    from index.library import Library

    started = time.perf_counter()
    if args.rebuild and HOME.exists():
        shutil.rmtree(HOME)
    HOME.parent.mkdir(parents=True, exist_ok=True)
    (HOME.parent / ".gitignore").write_text("*\n")
    build(HOME)
    library = Library(HOME)
    if library.outdated_analyses or library.tokenization_outdated:
        raise SystemExit(f"{HOME} was built by an older baocao: run with --rebuild")
    library.refresh()
    texts = {
        pid: squeeze(text)
        for pid, text in library.store.db.execute("SELECT id, text FROM passages")
    }
    documents = library.store.db.execute("SELECT count(*) FROM documents").fetchone()[0]
    queries = load_queries()
    print(
        f"# python bench/retrieval_union.py  ({platform.processor() or platform.machine()},"
        f" Python {platform.python_version()})"
    )
    print(f"store: {documents} documents, {len(texts)} passages; queries: {len(queries)}")

    fused_name = f"hybrid, the two fused ({DEFAULT_FUSION})"
    rankers = (
        "BM25",
        "dense",
        fused_name,
        "hybrid as `baocao search` returns it (copies collapsed)",
    )
    at = {
        (doc, start): pid
        for pid, doc, start in library.store.db.execute("SELECT id, doc_id, start FROM passages")
    }
    ranked: dict[str, list[list[str]]] = {name: [] for name in rankers}
    questions: list[Question] = []  # split = the query's style
    unanswerable = []
    for query in queries:
        relevant = relevant_ids(texts, query)
        if not relevant:
            unanswerable.append(query.id)
            continue
        questions.append(Question(query.style, query.id, query.text, frozenset(map(str, relevant))))
        lexical = library.index.search_lexical(library.query_terms(query.text), DEPTH, None)
        dense = library.index.search_dense(library.query_vector(query.text), DEPTH, None)
        fused = fuse(lexical, dense, DEFAULT_FUSION, len(library.index))
        for name, ranking in zip(rankers, (lexical, dense, fused), strict=False):
            ranked[name].append([str(pid) for pid, _ in ranking[:10]])
        hits = library.search(query.text, k=10)
        ranked[rankers[3]].append([str(at[(h.doc_id, h.start)]) for h in hits])
    if unanswerable:
        print(f"evidence found in no passage (left out): {', '.join(unanswerable)}")
    for style in ("all", "topic", "question"):
        rows = [i for i, q in enumerate(questions) if style == "all" or q.split == style]
        print(f"\n{style} ({len(rows)} queries)\n")
        print("| ranker | nDCG@10 | MRR@10 | R@10 |")
        print("| --- | ---: | ---: | ---: |")
        for name in rankers:
            picked = score([ranked[name][i] for i in rows], [questions[i] for i in rows])
            print(picked.row(name))
    print(
        "\nhybrid (as returned) minus each part, nDCG@10 over all queries, with a 95% interval"
        " from 10,000 paired bootstrap resamples of the queries:\n"
    )
    for part in rankers[:2]:
        low, mid, high = paired_bootstrap(ranked[rankers[3]], ranked[part], questions)
        print(f"- minus {part}: {mid:+.3f} ({low:+.3f} to {high:+.3f})")
    unmarked(library, questions, ranked[rankers[3]])
    lookups(library)
    library.close()
    print(f"\n{time.perf_counter() - started:.0f} s")


def unmarked(library: object, questions: list[Question], marked: list[list[str]]) -> None:
    """The same queries typed without marks ("cham lo tet cho doan vien"), searched as typed
    and as `baocao search` reads them (marks restored from the store's vocabulary,
    `index.marks`), against the queries as written."""
    from index.fusion import DEFAULT_FUSION, fuse
    from index.marks import strip_marks

    index = library.index  # type: ignore[attr-defined]
    at = {
        (doc, start): pid
        for pid, doc, start in library.store.db.execute(  # type: ignore[attr-defined]
            "SELECT id, doc_id, start FROM passages"
        )
    }
    names = ("typed without marks, searched as typed", "typed without marks, marks restored")
    ranked: dict[str, list[list[str]]] = {name: [] for name in names}
    restored_exactly = 0
    for question in questions:
        plain = strip_marks(question.text)
        lexical = index.search_lexical(library.query_terms(plain), DEPTH, None)  # type: ignore[attr-defined]
        dense = index.search_dense(library.query_vector(plain), DEPTH, None)  # type: ignore[attr-defined]
        fused = fuse(lexical, dense, DEFAULT_FUSION, len(index))
        ranked[names[0]].append([str(pid) for pid, _ in fused[:10]])
        hits = library.search(plain, k=10)  # type: ignore[attr-defined]
        ranked[names[1]].append([str(at[(h.doc_id, h.start)]) for h in hits])
        reading = library.reading(plain)  # type: ignore[attr-defined]
        restored_exactly += WORDS.findall(reading) == WORDS.findall(question.text.lower())
    print(
        f"\nthe {len(questions)} queries typed without marks (hybrid as `baocao search` returns"
        f" it); every mark restored in {restored_exactly} of them\n"
    )
    print("| queries | nDCG@10 | MRR@10 | R@10 |")
    print("| --- | ---: | ---: | ---: |")
    print(score(marked, questions).row("typed with marks (above)"))
    for name in names:
        print(score(ranked[name], questions).row(name))


WORDS = re.compile(r"[^\W_]+")

# a number written with separators: "80.893", "24,8", "3.154.000"
NUMBER = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})+(?:,\d+)?(?![\w]|[.,]\d)|(?<![\w.,])\d+,\d+(?![\w]|[.,]\d)"
)
LOOKUPS = 200


def lookups(library: object) -> None:
    """Looking up a figure: each number written with separators that stands in exactly one
    passage ("80.893", "24,8"; up to LOOKUPS of them, evenly spread) is searched for alone,
    and the passage holding it should come first. BM25 finds it; for the dense part the
    query means nothing. The fusion scales a complete BM25 ranking over the whole pool of
    passages (`index.fusion`); "before" scales it among its own few hits, as it did."""
    from index.fusion import DEFAULT_FUSION, fuse

    rows = library.store.db.execute("SELECT id, text FROM passages").fetchall()  # type: ignore[attr-defined]
    where: dict[str, set[int]] = {}
    for pid, text in rows:
        for match in NUMBER.finditer(text):
            where.setdefault(match.group(), set()).add(pid)
    single = sorted((n, next(iter(p))) for n, p in where.items() if len(p) == 1)
    picked = single[:: max(1, len(single) // LOOKUPS)][:LOOKUPS]
    index = library.index  # type: ignore[attr-defined]
    pool = len(index)
    names = ("BM25", "dense", "hybrid", "hybrid before (scaled among its hits)")
    ranks: dict[str, list[int | None]] = {name: [] for name in names}
    for number, pid in picked:
        lexical = index.search_lexical(library.query_terms(number), DEPTH, None)  # type: ignore[attr-defined]
        dense = index.search_dense(library.query_vector(number), DEPTH, None)  # type: ignore[attr-defined]
        rankings = (
            lexical,
            dense,
            fuse(lexical, dense, DEFAULT_FUSION, pool),
            fuse(lexical, dense, DEFAULT_FUSION),
        )
        for name, ranking in zip(names, rankings, strict=True):
            found = [p for p, _ in ranking[:10]]
            ranks[name].append(found.index(pid) + 1 if pid in found else None)
    print(
        f"\nlooking up a figure: {len(picked)} numbers that stand in one passage each (of"
        f" {len(single)}), each searched for alone\n"
    )
    print("| ranker | first | in the top 10 | MRR@10 |")
    print("| --- | ---: | ---: | ---: |")
    for name in names:
        found = ranks[name]
        first = sum(r == 1 for r in found) / len(found)
        top = sum(r is not None for r in found) / len(found)
        mrr = sum(1 / r for r in found if r) / len(found)
        print(f"| {name} | {first:.3f} | {top:.3f} | {mrr:.3f} |")


if __name__ == "__main__":
    main()
