"""Tables printed without rules, read from scans: the born-digital PDFs of the gold sets
heldout15 to heldout19 (tables without rules, tables set out with tabs, leader lines)
printed as scans and read by OCR, scored on their table rows only.

    python bench/eval_scanned_tables.py [--keep DIR]

Each page is rendered at 300 dpi in grey by pypdfium2, turned a little (within ±0.8°, seed
19), blurred (0.6 px), given grain (σ 6 grey levels) and saved as JPEG (quality 78), then
wrapped in a PDF with no text layer. The figures of those sets labelled against their
printed rows (`"table_row": true`, bench/gold/README.md) are the gold; the prose around the
tables is not labelled here, so only recall and the accuracies over matched figures mean
anything (bench/eval_figures.py prints a precision too: ignore it). Needs Tesseract with
its Vietnamese model; takes about a minute on 2 cores.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
SETS = ["heldout15", "heldout16", "heldout17", "heldout18", "heldout19"]


def as_scan(pdf: Path, rng: np.random.Generator) -> bytes:
    """The PDF's pages as degraded 300-dpi grey page images, a PDF with no text layer."""
    document = pdfium.PdfDocument(str(pdf))
    pages = []
    for index in range(len(document)):
        image = document[index].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
        image = image.rotate(float(rng.uniform(-0.8, 0.8)), Image.BICUBIC, fillcolor=235)
        image = image.filter(ImageFilter.GaussianBlur(0.6))
        grey = np.asarray(image).astype(np.float32) * 0.9 + 12 + rng.normal(0, 6, image.size[::-1])
        jpeg = io.BytesIO()
        Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8)).save(jpeg, "JPEG", quality=78)
        pages.append(Image.open(io.BytesIO(jpeg.getvalue())))
    out = io.BytesIO()
    pages[0].save(out, "PDF", resolution=300, save_all=True, append_images=pages[1:])
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, help="write the scans and their gold here")
    args = parser.parse_args()
    rng = np.random.default_rng(19)
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        gold = []
        for name in SETS:
            records = [
                json.loads(line)
                for line in (ROOT / "bench" / "gold" / name / "figures.jsonl").open(
                    encoding="utf-8"
                )
                if line.strip()
            ]
            for pdf in sorted((ROOT / "bench" / "gold" / name).glob("*.pdf")):
                doc = f"bench/gold/{name}/{pdf.name}"
                rows = [r for r in records if r["doc"] == doc and r.get("table_row")]
                if not rows:
                    continue
                scan = folder / f"{name}_{pdf.name}"
                scan.write_bytes(as_scan(pdf, rng))
                gold += [{**record, "doc": str(scan.resolve())} for record in rows]
                print(f"{doc}: {len(rows)} figures of table rows", flush=True)
        lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in gold)
        (folder / "figures.jsonl").write_text(lines, "utf-8")
        (folder / "references.jsonl").write_text("", "utf-8")
        print(table_row_scores(folder))


def table_row_scores(folder: Path, code: Path = ROOT) -> str:
    """bench/eval_figures.py's figure scores on the gold set in `folder`, whose prose is not
    labelled (its precision means nothing), run with the baocao in `code`."""
    done = subprocess.run(
        [sys.executable, str(code / "bench" / "eval_figures.py"), "--gold", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = done.stdout.split("references:")[0]
    return figures.replace("precision", "(precision, not meaningful here)")


if __name__ == "__main__":
    main()
