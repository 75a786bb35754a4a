"""heldout24: the text the project's reader gives for each page, and its sentences.

Runs only `ingest.read_file(path).text` and `nlp.sentences.split_sentences` (per line, as the
gold README says) and writes ingested/<name>.txt and sentences.json ({doc: [sentences]}).

Run:  cd /work/main && .venv/bin/python bench/gold/heldout24/read_pages.py
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from ingest import read_file  # noqa: E402
from nlp.sentences import split_sentences  # noqa: E402

NAMES = ["joomla.html", "national.html", "district.html", "paged.html"]


def main():
    out = HERE / "ingested"
    out.mkdir(exist_ok=True)
    sents = {}
    for name in NAMES:
        text = read_file(HERE / name).text
        (out / (name.removesuffix(".html") + ".txt")).write_text(text, encoding="utf-8")
        doc = f"bench/gold/heldout24/{name}"
        sents[doc] = [s.text for s in split_sentences(text)]
        print(name, len(text.split()), "words,", len(sents[doc]), "sentences")
    (HERE / "sentences.json").write_text(
        json.dumps(sents, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
