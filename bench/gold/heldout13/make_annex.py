"""Generator of bench/gold/heldout13/annex.pdf (a one-page landscape annex, scanned sideways).

Documents how the file was made; not imported by tests, not part of the project. Pillow is
not in the project venv, so it runs in a venv of its own, with Debian's Noto fonts:

    apt-get install -y fonts-noto-core
    python -m venv /tmp/h13venv && /tmp/h13venv/bin/pip install Pillow numpy
    /tmp/h13venv/bin/python bench/gold/heldout13/make_annex.py

(made with Pillow 13.0.0, numpy 2.4.6, fonts-noto-core 20201225-1, Python 3.11).

"Phụ lục: Số liệu đoàn viên, CĐCS đến 30/6/2026" of Công đoàn các Khu công nghiệp tỉnh
Đồng Nai, the annex of its six-month report (report.pdf). The page is typeset with Pillow
on a LANDSCAPE A4 canvas (297 x 210 mm) at 300 dpi in grey (Noto Serif, 12.5 pt): a ruled
table (2 px rules) "TT | Đơn vị | Số CĐCS | Số đoàn viên | Trong đó nữ | Kết nạp mới" of 10
units (the industrial parks, grouped) and a bold "Cộng" row whose TT cell is empty; one
unit's name wraps onto two lines in its cell; numbers right-aligned; a note under the
table. The sheet was then scanned as if fed SIDEWAYS: the landscape image is turned 90
degrees (counter-clockwise) into a PORTRAIT page image (2480 x 3508), so its lines run from
the bottom of the page to the top; the PDF page is portrait A4 with no /Rotate. The scan
adds a turn of 0.3 degree, a little blur, light grain, a few specks and JPEG compression
(quality 80). The printed text is also written to source_annex.txt (a table row as its
cells joined with " | "). The seed is fixed, so the image is the same on every run.

Every figure, number and local document is invented; the industrial parks are real names.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scanned_print import wrap  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "annex.pdf"
SOURCE = HERE / "source_annex.txt"
FONTS = Path("/usr/share/fonts/truetype/noto")

DPI = 300
MM = DPI / 25.4
PT = DPI / 72
WIDTH, HEIGHT = round(297 * MM), round(210 * MM)  # landscape as printed
LEFT, RIGHT, TOP, BOTTOM = round(20 * MM), round(15 * MM), round(12 * MM), round(12 * MM)
SIZE = round(12.5 * PT)
LEADING = round(12.5 * PT * 1.3)
TABLE_SIZE = round(12.5 * PT)
TABLE_LEAD = round(12.5 * PT * 1.25)
PAD = round(1.6 * MM)

SIDEWAYS = 90  # degrees: the landscape sheet fed sideways, its top to the left
TURN = 0.3  # degrees, on the glass
SEED = 13
BLUR = 0.45
NOISE = 4.5  # grain, grey levels
SPECKS = 120
QUALITY = 80
RULE = 2


def font(style: str = "", size: int | None = None) -> ImageFont.FreeTypeFont:
    name = {"": "NotoSerif-Regular", "b": "NotoSerif-Bold", "i": "NotoSerif-Italic"}[style]
    return ImageFont.truetype(str(FONTS / f"{name}.ttf"), size or SIZE)


HEAD_LEFT = [("", "LĐLĐ TỈNH ĐỒNG NAI"), ("b", "CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP")]
TITLE = [
    ("b", "PHỤ LỤC"),
    ("b", "Số liệu đoàn viên, CĐCS đến 30/6/2026"),
    (
        "i",
        "(Kèm theo Báo cáo số 58/BC-CĐKCN ngày 08/7/2026 của Ban Thường vụ Công đoàn các "
        "Khu công nghiệp tỉnh Đồng Nai)",
    ),
]
HEAD = ["TT", "Đơn vị", "Số CĐCS", "Số đoàn viên", "Trong đó nữ", "Kết nạp mới"]
# TT, unit, CĐCS, members, of whom women, new members (1/1 - 30/6/2026)
UNITS = [
    ("1", "KCN Biên Hòa 2 và KCN Amata", 168, 72450, 41380, 1215),
    ("2", "KCN Long Thành", 96, 41270, 25640, 987),
    ("3", "Các KCN Nhơn Trạch", 214, 88910, 49725, 1864),
    ("4", "KCN Hố Nai và KCN Sông Mây", 87, 45630, 29118, 1042),
    ("5", "KCN Giang Điền và KCN An Phước", 73, 26845, 16207, 658),
    ("6", "KCN Long Đức và KCN Lộc An - Bình Sơn", 64, 19380, 10472, 511),
    ("7", "KCN Tam Phước", 58, 22415, 13690, 476),
    ("8", "KCN Long Khánh và KCN Xuân Lộc", 49, 17960, 11845, 389),
    ("9", "Các KCN khu vực Đồng Xoài (tỉnh Bình Phước cũ)", 201, 77520, 42310, 1708),
    (
        "10",
        "Các KCN khu vực Chơn Thành, Minh Hưng, Bắc Đồng Phú (tỉnh Bình Phước cũ)",
        176,
        73850,
        41373,
        1576,
    ),
]
COLUMNS_MM = [14, 112, 32, 36, 34, 34]  # 262 mm, the text width
ALIGN = "clrrrr"
NOTE = "Ghi chú: Số kết nạp mới tính từ ngày 01/01/2026 đến ngày 30/6/2026."


def number(n: int) -> str:
    """Vietnamese thousands separator: 18230 -> "18.230"."""
    return f"{n:,}".replace(",", ".")


def table_rows() -> list[list[str]]:
    rows = [[tt, name, *map(number, counts)] for tt, name, *counts in UNITS]
    total = ["", "Cộng", *(number(sum(u[k] for u in UNITS)) for k in range(2, 6))]
    return [*rows, total]


class Page:
    def __init__(self) -> None:
        self.image = Image.new("L", (WIDTH, HEIGHT), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.y = TOP

    def centred(self, text: str, face, x0: int, x1: int, y: int) -> None:
        w = face.getlength(text)
        self.draw.text((round((x0 + x1 - w) / 2), y), text, font=face, fill=0)


WIDTHS = [round(w * MM) for w in COLUMNS_MM]


def cell_lines(text: str, face, width: int) -> list[str]:
    return wrap(text, face, width - 2 * PAD) if text else []


def typeset() -> Page:
    page = Page()
    size = round(12 * PT)
    x0, x1 = round(8 * MM), round(118 * MM)
    for k, (style, text) in enumerate(HEAD_LEFT):
        page.centred(text, font(style, size), x0, x1, page.y + k * round(size * 1.3))
    w = font("b", size).getlength(HEAD_LEFT[-1][1]) * 0.4
    y = page.y + 2 * round(size * 1.3) + round(2 * PT)
    page.draw.line(((x0 + x1 - w) / 2, y, (x0 + x1 + w) / 2, y), fill=0, width=3)
    page.y = y + round(8 * PT)
    for style, text in TITLE:
        face = font(style, round(14 * PT) if text == "PHỤ LỤC" else SIZE)
        page.centred(text, face, LEFT, WIDTH - RIGHT, page.y)
        page.y += round(face.size * 1.35)
    page.y += round(3 * MM)

    bold, regular = font("b", TABLE_SIZE), font("", TABLE_SIZE)
    left0, top = LEFT, page.y
    h = max(len(cell_lines(t, bold, w)) for t, w in zip(HEAD, WIDTHS, strict=True))
    h = h * TABLE_LEAD + 2 * PAD
    left = left0
    for text, w in zip(HEAD, WIDTHS, strict=True):
        lines = cell_lines(text, bold, w)
        y = round(top + (h - len(lines) * TABLE_LEAD) / 2)
        for k, line in enumerate(lines):
            page.centred(line, bold, left, left + w, y + k * TABLE_LEAD)
        page.draw.rectangle((left, top, left + w, top + h), outline=0, width=RULE)
        left += w
    y0 = top + h
    wrapped = 0
    for row in table_rows():
        face = bold if row[1] == "Cộng" else regular
        n = max(len(cell_lines(t, face, w)) for t, w in zip(row, WIDTHS, strict=True))
        wrapped += n > 1
        height = n * TABLE_LEAD + 2 * PAD
        left = left0
        for c, (text, w) in enumerate(zip(row, WIDTHS, strict=True)):
            lines = cell_lines(text, face, w)
            y = round(y0 + (height - len(lines) * TABLE_LEAD) / 2)
            for k, line in enumerate(lines):
                ty = y + k * TABLE_LEAD
                if ALIGN[c] == "l":
                    page.draw.text((left + PAD, ty), line, font=face, fill=0)
                elif ALIGN[c] == "r":
                    at = round(left + w - PAD - face.getlength(line))
                    page.draw.text((at, ty), line, font=face, fill=0)
                else:
                    page.centred(line, face, left, left + w, ty)
            page.draw.rectangle((left, y0, left + w, y0 + height), outline=0, width=RULE)
            left += w
        y0 += height
    assert wrapped == 1, f"{wrapped} rows wrap"
    for row in table_rows():  # no two number cells of a row alike, none its row number
        numbers = row[2:]
        assert len(set(numbers)) == len(numbers) and row[0] not in numbers, row
    page.y = y0 + round(4 * MM)
    page.draw.text((LEFT + round(6 * MM), page.y), NOTE, font=font("i"), fill=0)
    page.y += LEADING
    assert page.y < HEIGHT - BOTTOM, f"the page overflows: {page.y}"
    return page


def scan(page: Page, rng: np.random.Generator) -> Image.Image:
    """Fed sideways: turned 90 degrees into a portrait image, then a slight turn, a little
    blur, grain and specks."""
    image = page.image.rotate(SIDEWAYS, expand=True)  # 2480 x 3508, portrait
    image = image.rotate(TURN, resample=Image.BICUBIC, expand=False, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(BLUR))
    pixels = np.asarray(image, dtype=np.float32) * 0.9 + 255 * 0.07  # toner ~7 %, paper ~97 %
    pixels += rng.normal(0, NOISE, pixels.shape)
    height, width = pixels.shape
    for _ in range(SPECKS):
        y, x = rng.integers(0, height - 4), rng.integers(0, width - 4)
        size = rng.integers(1, 4)
        pixels[y : y + size, x : x + size] = rng.uniform(110, 200)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")


def source_text() -> str:
    """The printed text; a table row the way the project writes one: the cells in column
    order joined with " | ", a cell's wrapped lines joined with a space, an empty cell as an
    empty string, trailing empty cells dropped, whitespace folded."""
    out = [t for _, t in HEAD_LEFT] + [t for _, t in TITLE]
    for row in [HEAD, *table_rows()]:
        cells = list(row)
        while cells and not cells[-1]:
            cells.pop()
        out.append(" ".join(" | ".join(cells).split()))
    out.append(NOTE)
    return "\n".join(out) + "\n"


def main(out: Path = OUT, seed: int = SEED) -> None:
    rng = np.random.default_rng(seed)
    image = scan(typeset(), rng)
    assert image.width < image.height  # a portrait image
    image.save(out, resolution=DPI, quality=QUALITY)
    SOURCE.write_text(source_text(), "utf-8")
    print(f"{out}: 1 page, {image.width}x{image.height}")


if __name__ == "__main__":
    import sys

    # optional: another output path and a seed, to try seeds (source text is the same)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    main(out, int(sys.argv[2]) if len(sys.argv) > 2 else SEED)
