"""Generator of bench/gold/heldout12/annex.pdf (a one-page landscape scanned annex).

Documents how the file was made; not imported by tests, not part of the project. Pillow is
not in the project venv, so it runs in a venv of its own, with Debian's FreeFont:

    apt-get install -y fonts-freefont-ttf
    python -m venv /tmp/h12venv && /tmp/h12venv/bin/pip install Pillow numpy
    /tmp/h12venv/bin/python bench/gold/heldout12/make_annex.py

(made with Pillow 13.0.0, numpy 2.4.6, fonts-freefont-ttf 20120503-10, Python 3.11).

The page is typeset with Pillow on a LANDSCAPE A4 canvas (297 x 210 mm) at 300 dpi in grey
(FreeSerif, 12 pt): the image itself is landscape, as the page was printed, not a portrait
image turned. It holds "Phụ lục: Kết quả chăm lo Tết Bính Ngọ 2026 của các công đoàn cấp
trên trực tiếp cơ sở" of Liên đoàn Lao động thành phố Đà Nẵng: a wide ruled table (2 px
rules) of 12 units and a "Cộng" row by 8 columns, with a two-row header in which "Trong đó:"
is merged over the two sub-columns "Đoàn viên | Người lao động" (the other header cells span
both rows); one unit's name wraps onto two lines in its cell; one unit has not reported its
money (its money cell is empty and its "Ghi chú" cell says "Chưa báo cáo"). No two number
cells of a row are equal, and none equals its row number. Under the table two lines of
prose. Then the page is degraded like an office photocopy (a turn of 0.35 degree, uneven
toner, blur, grain, specks, a shadow along the bottom edge, JPEG quality 70) and saved as a
PDF with no text layer. The printed text is also written to source_annex.txt (a table row as
its cells joined with " | "). The seed is fixed, so the image is the same on every run.

Every figure, number and local document is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scanned_print import smooth_field, wrap  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "annex.pdf"
SOURCE = HERE / "source_annex.txt"
FONTS = Path("/usr/share/fonts/truetype/freefont")

DPI = 300
MM = DPI / 25.4
PT = DPI / 72
WIDTH, HEIGHT = round(297 * MM), round(210 * MM)  # landscape as printed
LEFT, RIGHT, TOP, BOTTOM = round(20 * MM), round(15 * MM), round(12 * MM), round(12 * MM)
SIZE = round(12 * PT)
LEADING = round(12 * PT * 1.25)
TABLE_SIZE = round(12 * PT)
TABLE_LEAD = round(12 * PT * 1.2)
PAD = round(1.3 * MM)

TURN = 0.35  # degrees, on the glass
SEED = 12
TONER = (0.75, 1.0)  # ink strength across the page: the lightest patch and the full
BLUR = 0.5
NOISE = 6
SPECKS = 350
QUALITY = 70
RULE = 2


def font(style: str = "", size: int | None = None) -> ImageFont.FreeTypeFont:
    name = {"": "FreeSerif", "b": "FreeSerifBold", "i": "FreeSerifItalic"}[style]
    return ImageFont.truetype(str(FONTS / f"{name}.ttf"), size or SIZE)


HEAD_LEFT = [("", "TỔNG LĐLĐ VIỆT NAM"), ("b", "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ ĐÀ NẴNG")]
TITLE = [
    ("b", "PHỤ LỤC"),
    ("b", "Kết quả chăm lo Tết Bính Ngọ 2026 của các công đoàn cấp trên trực tiếp cơ sở"),
    (
        "i",
        "(Kèm theo Báo cáo số 46/BC-LĐLĐ ngày 06/3/2026 của Ban Thường vụ Liên đoàn Lao động "
        "thành phố)",
    ),
]

HEAD = [  # (row, column, rows spanned, columns spanned, text)
    (0, 0, 2, 1, "TT"),
    (0, 1, 2, 1, "Đơn vị"),
    (0, 2, 2, 1, "Số CĐCS thực hiện"),
    (0, 3, 2, 1, "Số suất quà"),
    (0, 4, 1, 2, "Trong đó:"),
    (1, 4, 1, 1, "Đoàn viên"),
    (1, 5, 1, 1, "Người lao động"),
    (0, 6, 2, 1, "Tổng số tiền (triệu đồng)"),
    (0, 7, 2, 1, "Ghi chú"),
]
# TT, unit, CĐCS, members' gifts, other workers' gifts, money (None: not reported),
# note; the gifts column is the sum of the two, the "Cộng" row the column sums
UNITS = [
    ("1", "Công đoàn Viên chức thành phố", 186, 4084, 36, 4944, ""),
    ("2", "Công đoàn ngành Giáo dục", 412, 8805, 145, 9845, ""),
    ("3", "Công đoàn ngành Y tế", 78, 3410, 230, 4368, ""),
    ("4", "Công đoàn ngành Xây dựng", 96, 2455, 415, 3444, ""),
    ("5", "Công đoàn ngành Công Thương", 64, 1702, 278, 2178, ""),
    ("6", "Công đoàn ngành Nông nghiệp và Môi trường", 58, 1318, 107, 1568, ""),
    (
        "7",
        "Công đoàn Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng",
        512,
        10940,
        1820,
        15950,
        "",
    ),
    ("8", "Công đoàn Khu kinh tế mở Chu Lai", 147, 5210, 1175, 7662, ""),
    ("9", "Công đoàn ngành Văn hóa, Thể thao và Du lịch", 41, 1012, 118, 1243, ""),
    ("10", "Công đoàn ngành Tài chính", 35, 828, 12, None, "Chưa báo cáo"),
    ("11", "Các CĐCS trực thuộc khu vực Đà Nẵng (cũ)", 948, 18230, 3220, 25740, ""),
    ("12", "Các CĐCS trực thuộc khu vực Quảng Nam (cũ)", 816, 13960, 1820, 17358, ""),
]
COLUMNS_MM = [12, 92, 24, 25, 25, 27, 29, 28]  # 262 mm, the text width
ALIGN = "clrrrrrc"


def number(n: int) -> str:
    """Vietnamese thousands separator: 18230 -> "18.230"."""
    return f"{n:,}".replace(",", ".")


def table_rows() -> list[list[str]]:
    rows = []
    for tt, unit, unions, members, others, money, note in UNITS:
        gifts = members + (0 if others == "-" else others)
        cells = [tt, unit, number(unions), number(gifts), number(members)]
        cells += ["-" if others == "-" else number(others)]
        cells += ["" if money is None else number(money), note]
        rows.append(cells)
    total = [
        "",
        "Cộng",
        number(sum(u[2] for u in UNITS)),
        number(sum(u[3] + (0 if u[4] == "-" else u[4]) for u in UNITS)),
        number(sum(u[3] for u in UNITS)),
        number(sum(u[4] for u in UNITS if u[4] != "-")),
        number(sum(u[5] for u in UNITS if u[5] is not None)),
        "",
    ]
    return [*rows, total]


AFTER = [
    (
        "p",
        "Ngoài ra, LĐLĐ thành phố trực tiếp thăm, tặng 350 suất quà cho đoàn viên có hoàn cảnh "
        "đặc biệt khó khăn, trị giá 525 triệu đồng (không tổng hợp vào bảng trên).",
    ),
    (
        "i",
        "Ghi chú: Số liệu tổng hợp đến ngày 28/02/2026; tổng số tiền chưa gồm số liệu của 01 "
        "đơn vị chưa báo cáo.",
    ),
]


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


def head_heights() -> list[int]:
    bold = font("b", TABLE_SIZE)
    heights = [0, 0]
    for r, c, rs, cs, text in HEAD:
        if rs == 1:
            h = len(cell_lines(text, bold, sum(WIDTHS[c : c + cs]))) * TABLE_LEAD + 2 * PAD
            heights[r] = max(heights[r], h)
    for r, c, rs, cs, text in HEAD:
        if rs > 1:
            h = len(cell_lines(text, bold, sum(WIDTHS[c : c + cs]))) * TABLE_LEAD + 2 * PAD
            short = h - sum(heights[r : r + rs])
            if short > 0:
                heights[r + rs - 1] += short
    return heights


def typeset() -> Page:
    page = Page()
    size = round(11.5 * PT)
    x0, x1 = round(8 * MM), round(118 * MM)
    for k, (style, text) in enumerate(HEAD_LEFT):
        page.centred(text, font(style, size), x0, x1, page.y + k * round(size * 1.3))
    w = font("b", size).getlength(HEAD_LEFT[-1][1]) * 0.35
    y = page.y + 2 * round(size * 1.3) + round(2 * PT)
    page.draw.line(((x0 + x1 - w) / 2, y, (x0 + x1 + w) / 2, y), fill=0, width=2)
    page.y = y + round(8 * PT)
    for style, text in TITLE:
        face = font(style, round(14 * PT) if text == "PHỤ LỤC" else SIZE)
        page.centred(text, face, LEFT, WIDTH - RIGHT, page.y)
        page.y += round(face.size * 1.3)
    page.y += round(3 * MM)

    # the table
    bold, regular = font("b", TABLE_SIZE), font("", TABLE_SIZE)
    left0, top = LEFT, page.y
    heights = head_heights()
    for r, c, rs, cs, text in HEAD:
        left = left0 + sum(WIDTHS[:c])
        right = left + sum(WIDTHS[c : c + cs])
        t = top + sum(heights[:r])
        b = t + sum(heights[r : r + rs])
        lines = cell_lines(text, bold, right - left)
        y = round((t + b - len(lines) * TABLE_LEAD) / 2)
        for k, line in enumerate(lines):
            page.centred(line, bold, left, right, y + k * TABLE_LEAD)
        page.draw.rectangle((left, t, right, b), outline=0, width=RULE)
    y0 = top + sum(heights)
    wrapped = 0
    for row in table_rows():
        face = bold if row[1] == "Cộng" else regular
        n = max(len(cell_lines(t, face, w)) for t, w in zip(row, WIDTHS, strict=True))
        wrapped += n > 1
        height = max(1, n) * TABLE_LEAD + 2 * PAD
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
        numbers = [c for c in row[2:7] if c and c != "-"]
        assert len(set(numbers)) == len(numbers) and row[0] not in numbers, row
    page.y = y0 + round(4 * MM)

    for style, text in AFTER:
        face = font("" if style == "p" else style)
        for line in wrap(text, face, WIDTH - LEFT - RIGHT - round(10 * MM)):
            page.draw.text((LEFT + round(10 * MM), page.y), line, font=face, fill=0)
            page.y += LEADING
    assert page.y < HEIGHT - BOTTOM, f"the page overflows: {page.y}"
    return page


def photocopy(page: Page, rng: np.random.Generator) -> Image.Image:
    """Uneven toner, a slight turn, a little blur, grain and grey specks; stays readable."""
    pixels = np.asarray(page.image, dtype=np.float32)
    low, high = TONER
    strength = low + (high - low) * np.clip(smooth_field(rng, pixels.shape, 4) * 1.6, 0, 1)
    pixels = 255 - (255 - pixels) * strength
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    image = image.rotate(TURN, resample=Image.BICUBIC, expand=False, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(BLUR))
    pixels = np.asarray(image, dtype=np.float32) * 0.92 + 255 * 0.05
    pixels += rng.normal(0, NOISE, pixels.shape)
    height, width = pixels.shape
    for _ in range(SPECKS):
        y, x = rng.integers(0, height - 4), rng.integers(0, width - 4)
        size = rng.integers(1, 4)
        pixels[y : y + size, x : x + size] = rng.uniform(100, 200)
    pixels[-30:, :] -= np.linspace(0, 40, 30)[:, None]  # a faint shadow along the bottom edge
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")


def source_text() -> str:
    """The printed text; a table row the way the project writes one: the cells in column
    order joined with " | ", a cell's wrapped lines joined with a space, an empty cell as an
    empty string, trailing empty cells dropped, whitespace folded. A merged header cell is
    said once, in its first row and column; the places it covers are empty."""
    out = [t for _, t in HEAD_LEFT] + [t for _, t in TITLE]
    grid = [[""] * len(WIDTHS) for _ in range(2)]
    for r, c, _, _, text in HEAD:
        grid[r][c] = text
    for row in [*grid, *table_rows()]:
        cells = list(row)
        while cells and not cells[-1]:
            cells.pop()
        out.append(" ".join(" | ".join(cells).split()))
    out += [t for _, t in AFTER]
    return "\n".join(out) + "\n"


def main(out: Path = OUT, seed: int = SEED) -> None:
    rng = np.random.default_rng(seed)
    image = photocopy(typeset(), rng)
    image.save(out, resolution=DPI, quality=QUALITY)
    SOURCE.write_text(source_text(), "utf-8")
    print(f"{out}: 1 page, {image.width}x{image.height}")


if __name__ == "__main__":
    import sys

    # optional: another output path and a seed, to try seeds (source text is the same)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    main(out, int(sys.argv[2]) if len(sys.argv) > 2 else SEED)
