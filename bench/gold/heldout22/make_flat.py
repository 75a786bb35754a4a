"""heldout22, step 4: the FLAT versions of the three documents, for the labels' sentences.

Documents how the set was made; not imported by tests, not part of the project:

    /work/main/.venv/bin/python bench/gold/heldout22/make_flat.py

The start code cannot read .jpg/.tif and reads a photo-PDF without straightening, so the prose
sentences are taken from what it reads from flat, image-only PDFs of the same pages (no text
layer, 300 dpi, A4):

- flat/report_flat.pdf: pages/report_p1.png, pages/report_p2.png (the clean grey pages that
  were photographed), grey JPEG quality 90;
- flat/notice_flat.pdf: pages/notice_p1.png, likewise;
- flat/scan_flat.pdf: the very same bitonal frames as scan.tif (after the turn, blur,
  threshold and specks), 1 bit, CCITT.

Pillow writes the PDFs (its CreationDate/ModDate change from run to run; the images do not).
"""

from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
FLAT = HERE / "flat"


def pdf(images: list[Image.Image], out: Path, **extra) -> None:
    images[0].save(out, save_all=True, append_images=images[1:], resolution=300.0, **extra)
    print(out.name, len(images), images[0].size, images[0].mode)


def main() -> None:
    FLAT.mkdir(exist_ok=True)
    pages = HERE / "pages"
    pdf(
        [Image.open(pages / f"report_p{k}.png") for k in (1, 2)],
        FLAT / "report_flat.pdf",
        quality=90,
    )
    pdf([Image.open(pages / "notice_p1.png")], FLAT / "notice_flat.pdf", quality=90)
    tif = Image.open(HERE / "scan.tif")
    frames = []
    for k in range(tif.n_frames):
        tif.seek(k)
        frames.append(tif.copy())
    pdf(frames, FLAT / "scan_flat.pdf")


if __name__ == "__main__":
    main()
