"""Pages photographed by phone: the born-digital PDFs of the gold sets heldout15 to heldout19
printed, laid on a desk and photographed (bench/photograph.py), then read by OCR.

    python bench/eval_photos.py [--keep DIR]
    python bench/eval_photos.py --score DIR     # score photos made before, with this code

Each PDF page is rendered at 300 dpi in grey, photographed (seed 22: a 12 MP frame, the
page at an angle, turned, lit unevenly, JPEG quality 85) and the photos of a document put
in a PDF, one photo a page, as a phone's "share as PDF" makes it. Two scores:

- words: each page's words (lower-cased runs of letters and digits) as the PDF's text layer
  has them, against the words read from its photo: the share found (recall) and the share
  of the words read that are on the page (precision), summed over all pages;
- table rows: the figures of those sets labelled against their printed rows
  (`"table_row": true`), scored by bench/eval_figures.py as bench/eval_scanned_tables.py
  does (recall, and kind and indicator over matched figures; its precision means nothing
  here, the prose not being labelled).

`--score DIR` reads the photos' PDFs written by `--keep DIR` with the code on PYTHONPATH
(the same photos, another version of baocao). Needs Tesseract with its Vietnamese model;
takes about ten minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from eval_scanned_tables import SETS, table_row_scores
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SEED = 22
_WORD = re.compile(r"\w+")


def words(text: str) -> Counter[str]:
    return Counter(word.lower() for word in _WORD.findall(text))


def page_texts(pdf: Path) -> list[str]:
    """The text layer of each page, as pdfium reads it."""
    document = pdfium.PdfDocument(str(pdf))
    texts = []
    for page in document:
        textpage = page.get_textpage()
        texts.append(textpage.get_text_range())
        textpage.close()
    return texts


def photographed(pdf: Path, rng: np.random.Generator) -> bytes:
    """The PDF's pages photographed, one JPEG photo a page of a new PDF (no text layer)."""
    from photograph import jpeg, photograph

    document = pdfium.PdfDocument(str(pdf))
    photos = []
    for page in document:
        grey = np.asarray(page.render(scale=300 / 72, grayscale=True).to_pil().convert("L"))
        photos.append(Image.open(io.BytesIO(jpeg(photograph(grey, rng)))))
    out = io.BytesIO()
    photos[0].save(out, "PDF", resolution=300, save_all=True, append_images=photos[1:])
    return out.getvalue()


def make(folder: Path) -> None:
    """Photograph every PDF of the sets into `folder`, with the gold of their table rows
    and each page's words (`pages.json`)."""
    sys.path.insert(0, str(ROOT / "bench"))
    rng = np.random.default_rng(SEED)
    gold, pages = [], {}
    for name in SETS:
        records = [
            json.loads(line)
            for line in (ROOT / "bench" / "gold" / name / "figures.jsonl").open(encoding="utf-8")
            if line.strip()
        ]
        for pdf in sorted((ROOT / "bench" / "gold" / name).glob("*.pdf")):
            doc = f"bench/gold/{name}/{pdf.name}"
            photo = folder / f"{name}_{pdf.stem}_photos.pdf"
            photo.write_bytes(photographed(pdf, rng))
            pages[photo.name] = page_texts(pdf)
            rows = [r for r in records if r["doc"] == doc and r.get("table_row")]
            gold += [{**record, "doc": str(photo.resolve())} for record in rows]
            print(f"{doc}: {len(pages[photo.name])} pages, {len(rows)} figures of table rows")
    lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in gold)
    (folder / "figures.jsonl").write_text(lines, "utf-8")
    (folder / "references.jsonl").write_text("", "utf-8")
    (folder / "pages.json").write_text(json.dumps(pages, ensure_ascii=False), "utf-8")


def score(folder: Path) -> None:
    import ingest
    from ingest import read_file

    code = Path(ingest.__file__).resolve().parent.parent  # the version of baocao scored

    pages = json.loads((folder / "pages.json").read_text("utf-8"))
    found = printed = read = 0
    for name, texts in pages.items():
        raw = read_file(folder / name)
        spans = {page.number: raw.text[page.start : page.end] for page in raw.pages}
        for number, text in enumerate(texts, start=1):
            truth, got = words(text), words(spans.get(number, ""))
            found += sum((truth & got).values())
            printed += sum(truth.values())
            read += sum(got.values())
        print(f"{name}: {len(texts)} pages, warnings {raw.warnings}", flush=True)
    print(f"words: printed {printed}, read {read}, found {found}")
    print(f"  recall {found / printed:.3f}  precision {found / max(read, 1):.3f}")
    print("table rows " + table_row_scores(folder, code))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, help="write the photos and their gold here")
    parser.add_argument("--score", type=Path, help="only score the photos already in DIR")
    args = parser.parse_args()
    if args.score:
        score(args.score)
        return
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        make(folder)
        score(folder)


if __name__ == "__main__":
    main()
