"""heldout20: reads scan.pdf with a frozen worktree's reader and keeps the text
(ocr_text.txt) and its sentences (ocr_sentences.json: `split_sentences` within each line),
from which make_labels.py copies the prose sentences. Run from /tmp, not from the
repository (python would pick up the current directory's packages):

    cd /tmp && PYTHONPATH=/tmp/wt_h20 /work/main/.venv/bin/python \
        /work/main/bench/gold/heldout20/read_ocr.py
"""

import json
from pathlib import Path

from ingest import read_file
from nlp.sentences import split_sentences

HERE = Path(__file__).resolve().parent
doc = read_file(HERE / "scan.pdf")
print({k: getattr(doc, k) for k in ("format", "warnings", "unread_pages")})
sents = [s.text for line in doc.text.splitlines() for s in split_sentences(line)]
(HERE / "ocr_text.txt").write_text(doc.text, encoding="utf-8")
with open(HERE / "ocr_sentences.json", "w", encoding="utf-8") as out:
    json.dump(sents, out, ensure_ascii=False, indent=0)
