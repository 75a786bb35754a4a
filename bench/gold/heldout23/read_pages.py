"""heldout23, step 3: what the project's reader keeps of each file.

Runs the only project code the labeller used: `ingest.read_file(path).text` and
`nlp.sentences.split_sentences` (per line, as the README says). Writes ingested/<file>.txt (the
text) and sentences.json ({doc: [sentence, ...]}), which make_labels.py and check_labels.py
read, so that they import nothing of the project.

    cd /work/main && .venv/bin/python bench/gold/heldout23/read_pages.py
"""

from __future__ import annotations

import json
from pathlib import Path

from ingest import read_file
from nlp.sentences import split_sentences

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
FILES = ["portal.html", "blog.html", "newspaper.html", "notice.html", "bao-cao.pdf"]


def main() -> None:
    out = HERE / "ingested"
    out.mkdir(exist_ok=True)
    sentences = {}
    for name in FILES:
        text = read_file(HERE / name).text
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        doc = f"bench/gold/heldout23/{name}"
        sentences[doc] = [s.text for ln in text.splitlines() for s in split_sentences(ln)]
        print(name, len(text.split()), "words,", len(sentences[doc]), "sentences")
    (HERE / "sentences.json").write_text(
        json.dumps(sentences, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
