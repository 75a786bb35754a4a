"""heldout22: reads the FLAT versions (flat/*_flat.pdf, make_flat.py) with the start code's
reader and keeps the text (flat/<name>_ocr.txt) and its sentences (ocr_sentences.json:
{doc: [sentences]}, `split_sentences` within each line), from which make_labels.py copies
the prose sentences. Run from /tmp with the frozen start worktree (HEAD 7c4bb66), not from the
repository (python would pick up the current directory's packages):

    cd /tmp && PYTHONPATH=/tmp/wt_start /work/main/.venv/bin/python \
        /work/main/bench/gold/heldout22/read_ocr.py
"""

import json
import time
from pathlib import Path

from ingest import read_file
from nlp.sentences import split_sentences

HERE = Path(__file__).resolve().parent
DOCS = {
    "bench/gold/heldout22/report.pdf": "report",
    "bench/gold/heldout22/notice.jpg": "notice",
    "bench/gold/heldout22/scan.tif": "scan",
}
out = {}
for doc, name in DOCS.items():
    t = time.time()
    d = read_file(HERE / "flat" / f"{name}_flat.pdf")
    info = {k: getattr(d, k, None) for k in ("format", "warnings", "unread_pages")}
    print(name, info, f"{time.time() - t:.1f} s", len(d.text.split()), "words")
    (HERE / "flat" / f"{name}_ocr.txt").write_text(d.text, encoding="utf-8")
    out[doc] = [s.text for line in d.text.splitlines() for s in split_sentences(line)]
with open(HERE / "ocr_sentences.json", "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=0)
