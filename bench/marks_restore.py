"""How well marks come back to queries typed without them (index.marks.MarkRestorer).

    python bench/marks_restore.py [--errors N]

Vocabulary: the BM25 terms (with document frequencies) of the 3,508 ALQAC law articles,
chunked and tokenized as a store does, plus the stop words and underthesea's word list, as
`Library` builds its restorer. Queries: the 620 ALQAC questions (2022 and 2023 train) and
the 122 Zalo questions of bench/retrieval_alqac.py, their marks stripped
(index.marks.strip_marks) and restored. Reported: the share of words given back exactly (a
word is a run of letters) and of questions given back whole, lowercase; and BM25's nDCG@10
on the law articles with the questions as written, as typed without marks, and as read back
(searched as `baocao search` does: the terms of the reading plus those as typed). The ALQAC
questions
are the development set of the restorer's weights; Zalo is reported apart, and the union
set of bench/retrieval_union.py (53 queries, "every mark restored in …") was not looked at.
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
import time
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

from retrieval_alqac import (  # noqa: E402
    DATA,
    Question,
    articles_of,
    chunk_articles,
    load_articles,
    load_questions,
    load_zalo_questions,
    ranked_by_terms,
    score,
)

WORDS = re.compile(r"[^\W\d_]+")


def vocabulary(chunk_terms: list[list[str]]) -> list[tuple[str, int]]:
    """Each term with its document frequency, as a BM25 segment lists them."""
    df: Counter[str] = Counter()
    for terms in chunk_terms:
        df.update(set(terms))
    return list(df.items())


def evaluate(restorer: object, questions: list[str]) -> tuple[float, float, list[tuple[str, str]]]:
    from index.marks import strip_marks

    words = right = whole = 0
    wrong: list[tuple[str, str]] = []
    for text in questions:
        truth = WORDS.findall(text.lower())
        got = WORDS.findall(restorer.restore(strip_marks(text)).lower())  # type: ignore[attr-defined]
        words += len(truth)
        right += sum(a == b for a, b in zip(truth, got, strict=False))
        whole += truth == got
        if truth != got:
            wrong.append((text, " ".join(got)))
    return right / max(words, 1), whole / max(len(questions), 1), wrong


def bm25_ndcg(
    chunk_terms: list[list[str]], chunks: list, questions: list[Question], texts: list[list[str]]
) -> float:
    rankings = ranked_by_terms(chunk_terms, texts, 100)
    return score([articles_of(r, chunks) for r in rankings], questions).ndcg


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", type=int, default=0, help="print this many misreadings")
    args = parser.parse_args()
    if not DATA.exists():
        raise SystemExit(f"{DATA} not found: ../shared/data/retrieval is needed")
    from index.lexical import stopwords, tokenize
    from index.marks import MarkRestorer, strip_marks
    from nlp.tokenizers import lexicon

    started = time.perf_counter()
    articles = load_articles()
    chunks = chunk_articles(articles)
    chunk_terms = [tokenize(c.text) for c in chunks]
    vocab = vocabulary(chunk_terms)
    restorer = MarkRestorer.from_vocabulary(vocab, stopwords(), lexicon())
    machine = f"{platform.machine()}, Python {platform.python_version()}"
    print(f"# python bench/marks_restore.py  ({machine})")
    print(f"vocabulary: {len(vocab):,} terms of {len(articles):,} articles\n")
    print(
        "| questions | n | words right | questions whole"
        " | BM25 nDCG@10: as written | unmarked | read back |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    sets = {
        "ALQAC (development)": load_questions(),
        "Zalo": load_zalo_questions(articles),
    }
    misses: dict[str, list[tuple[str, str]]] = {}
    for name, questions in sets.items():
        texts = [q.text for q in questions]
        words, whole, misses[name] = evaluate(restorer, texts)
        plain = [strip_marks(t) for t in texts]
        ndcg = [
            bm25_ndcg(chunk_terms, chunks, questions, [tokenize(t) for t in variant])
            for variant in (texts, plain)
        ]
        read = [tokenize(restorer.restore(t)) + tokenize(t) for t in plain]
        ndcg.append(bm25_ndcg(chunk_terms, chunks, questions, read))
        cells = " | ".join(f"{v:.3f}" for v in ndcg)
        print(f"| {name} | {len(texts)} | {words:.3f} | {whole:.3f} | {cells} |")
    for name, wrong in misses.items():
        for truth, got in wrong[: args.errors]:
            print(f"\n{name}: {truth}\n  read: {got}")
    print(f"\n{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
