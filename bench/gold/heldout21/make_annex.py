"""Generator of bench/gold/heldout21/annex.pdf (a one-page landscape annex, scanned in grey).

Documents how the file was made; not imported by tests, not part of the project. It runs
with the project venv's Pillow and numpy and Debian's Liberation Serif (fonts-liberation2):

    /work/main/.venv/bin/python bench/gold/heldout21/make_annex.py

(made with Pillow 13.0.0, numpy 2.4.6, fonts-liberation2 2.1.5-1, Python 3.11).

"PHỤ LỤC Số liệu đoàn viên, công đoàn cơ sở 6 tháng đầu năm 2026 (tính đến ngày 30/6/2026)"
of Liên đoàn Lao động tỉnh Ninh Bình, annex of its six-month report (report.pdf). One
LANDSCAPE A4 page typeset with Pillow at 300 dpi in grey (Liberation Serif): a table of 10
columns printed WITH NO RULES AT ALL, "TT | Đơn vị | SL CĐCS | Tổng số ĐV | ĐV nữ | Kết nạp ĐV
(6 tháng 2025 | 6 tháng 2026) | TL mới CĐCS | Giải thể CĐCS | Ghi chú", a two-row header
whose "Kết nạp ĐV" is centred over its two sub-columns and whose other cells are centred
down both header rows, 10 unions directly above the grassroots (five names wrapped over two
lines, the row's numbers on the row's middle), numbers right-aligned in columns whose
contents stand only 5-8 mm apart, "-" cells, an empty cell with "Chưa báo cáo" in Ghi chú,
a bold "Cộng" row of the column sums, and a note under the table writing out the shorthand.
Then the page is "scanned" as a clean office scan: turned +0.35 degree, blurred a little,
toner and paper greys, light grain, a few specks, JPEG. The PDF has one 3508x2480 grey image
at 300 dpi and no text layer. The printed text is written to source_annex.txt. The seed is
fixed, so the image is the same on every run (only the PDF's CreationDate changes).

Every figure and number is invented.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scanned_print import wrap  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "annex.pdf"
SOURCE = HERE / "source_annex.txt"
FONTS = Path("/usr/share/fonts/truetype/liberation2")

DPI = 300
MM = DPI / 25.4
PT = DPI / 72
WIDTH, HEIGHT = round(297 * MM), round(210 * MM)
TOP = round(10 * MM)
LEFT = round((297 - 239) / 2 * MM)  # the table centred on the sheet
SIZE = round(13 * PT)
HEAD_SIZE = round(12.5 * PT)
LEAD = round(13 * PT * 1.1)
ROW_PAD = round(1.0 * MM)  # above and below a row's lines

TURN = 0.35
SEED = 2121
BLUR = 0.5
TONER, PAPER = 0.08, 0.955
GRAIN = 4.0
SPECKS = 90
QUALITY = 85

# columns: width (mm) and alignment; no rules anywhere
COLUMNS_MM = [11, 70, 17, 21.5, 21.5, 17, 17, 14, 14, 36]  # 239 mm: a number column is its
# widest number plus 6.5-7 mm (9 mm for the two narrow count columns, held by their headers)
ALIGN = "clrrrrrrrl"
HEAD_1 = [
    "TT",
    "Đơn vị",
    "SL CĐCS",
    "Tổng số ĐV",
    "ĐV nữ",
    "Kết nạp ĐV",
    None,  # covered by "Kết nạp ĐV"
    "TL mới CĐCS",
    "Giải thể CĐCS",
    "Ghi chú",
]
HEAD_2 = ["", "", "", "", "", "6 tháng 2025", "6 tháng 2026", "", "", ""]

# TT, name, SL CĐCS, Tổng số ĐV, ĐV nữ, KN 6T 2025, KN 6T 2026, TL mới, Giải thể, Ghi chú
ROWS = [
    ["1", "Công đoàn Viên chức tỉnh", "486", "24.318", "13.905", "412", "386", "-", "5", ""],
    [
        "2",
        "Công đoàn ngành Giáo dục",
        "1.152",
        "48.760",
        "36.214",
        "905",
        "1.148",
        "5",
        "4",
        "Sáp nhập trường học",
    ],
    ["3", "Công đoàn ngành Y tế", "214", "16.425", "11.620", "318", "276", "-", "2", ""],
    ["4", "Công đoàn ngành Công Thương", "368", "52.840", "33.471", "2.130", "1.864", "9", "3", ""],
    ["5", "Công đoàn ngành Xây dựng", "245", "18.930", "4.862", "620", "547", "4", "-", ""],
    [
        "6",
        "Công đoàn ngành Nông nghiệp và Môi trường",
        "297",
        "12.506",
        "5.318",
        "290",
        "334",
        "2",
        "1",
        "",
    ],
    [
        "7",
        "Công đoàn các Khu công nghiệp tỉnh",
        "412",
        "127.754",
        "82.306",
        "3.994",
        "4.787",
        "19",
        "2",
        "",
    ],
    [
        "8",
        "Công đoàn Tổng Công ty Dệt may Nam Định",
        "38",
        "9.870",
        "7.915",
        "480",
        "356",
        "-",
        "-",
        "",
    ],
    [
        "9",
        "Công đoàn ngành Văn hóa, Thể thao và Du lịch",
        "126",
        "4.215",
        "2.148",
        "95",
        "114",
        "3",
        "-",
        "",
    ],
    ["10", "Công đoàn ngành Tài chính", "74", "2.022", "", "36", "53", "-", "-", "Chưa báo cáo"],
]
TOTAL_LABEL = "Cộng"
NOTE = (
    "Ghi chú: SL: số lượng; ĐV: đoàn viên; TL: thành lập; CĐCS: công đoàn cơ sở; "
    "“-”: không phát sinh."
)
TITLE = [
    ("b", round(14 * PT), "PHỤ LỤC"),
    ("b", SIZE, "Số liệu đoàn viên, công đoàn cơ sở 6 tháng đầu năm 2026"),
    ("i", SIZE, "(tính đến ngày 30/6/2026)"),
    (
        "i",
        round(12 * PT),
        "(Kèm theo Báo cáo số 214/BC-LĐLĐ ngày 10/7/2026 của Ban Thường vụ "
        "Liên đoàn Lao động tỉnh Ninh Bình)",
    ),
]


def font(style: str = "", size: int | None = None) -> ImageFont.FreeTypeFont:
    name = {"": "Regular", "b": "Bold", "i": "Italic"}[style]
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{name}.ttf"), size or SIZE)


def number(cell: str) -> int:
    return int(cell.replace(".", "")) if cell not in ("", "-") else 0


def total_row() -> list[str]:
    sums = []
    for c in range(2, 9):
        s = sum(number(r[c]) for r in ROWS)
        sums.append(f"{s:,}".replace(",", "."))
    return ["", TOTAL_LABEL, *sums, ""]


def check() -> None:
    """The totals the report's prose gives; no two number cells of a row alike, none its
    row number; the name column wraps some names."""
    total = total_row()
    assert total[2:4] == ["3.412", "317.640"], total
    assert total[5:9] == ["9.280", "9.865", "42", "17"], total
    for row in ROWS:
        numbers = [c for c in row[2:9] if c not in ("", "-")]
        assert len(set(numbers)) == len(numbers) and row[0] not in numbers, row


class Sheet:
    def __init__(self) -> None:
        self.image = Image.new("L", (WIDTH, HEIGHT), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.xs = [LEFT]
        for w in COLUMNS_MM:
            self.xs.append(self.xs[-1] + round(w * MM))
        self.pad = round(1.0 * MM)

    def cell(self, text: str, face, c0: int, c1: int, align: str, y: int) -> list[str]:
        """Draw `text` in columns c0..c1-1 from `y`; returns its lines."""
        x0, x1 = self.xs[c0] + self.pad, self.xs[c1] - self.pad
        if c0 == len(COLUMNS_MM) - 1:  # Ghi chú stands off the numbers
            x0 += round(4 * MM)
        lines = wrap(text, face, x1 - x0) if text else []
        for k, line in enumerate(lines):
            w = face.getlength(line)
            x = {"l": x0, "r": x1 - w, "c": (x0 + x1 - w) / 2}[align]
            self.draw.text((round(x), y + k * LEAD), line, font=face, fill=0)
        return lines

    def n_lines(self, text: str, face, c0: int, c1: int) -> int:
        width = self.xs[c1] - self.xs[c0] - 2 * self.pad
        if c0 == len(COLUMNS_MM) - 1:
            width -= round(4 * MM)
        return len(wrap(text, face, width)) if text else 0

    def typeset(self) -> None:
        d = self.draw
        # the issuer, top left, with a short rule
        issuer = "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH"
        face = font("b", round(12.5 * PT))
        d.text((round(15 * MM), TOP), issuer, font=face, fill=0)
        w = face.getlength(issuer)
        y = TOP + round(12.5 * PT * 1.45)
        d.line((15 * MM + w * 0.3, y, 15 * MM + w * 0.7, y), fill=0, width=3)
        y += round(4 * MM)
        for style, size, text in TITLE:
            f = font(style, size)
            d.text((round((WIDTH - f.getlength(text)) / 2), y), text, font=f, fill=0)
            y += round(size * 1.3)
        y += round(4 * MM)
        self.table(y)

    def table(self, top: int) -> None:
        bold, regular = font("b", HEAD_SIZE), font("", SIZE)
        cols = len(COLUMNS_MM)
        # two header rows: "Kết nạp ĐV" over its two sub-columns, the rest down both rows
        h1 = self.n_lines(HEAD_1[5], bold, 5, 7) * LEAD + 2 * ROW_PAD
        h2 = max(self.n_lines(t, bold, c, c + 1) for c, t in enumerate(HEAD_2)) * LEAD + 2 * ROW_PAD
        for c, text in enumerate(HEAD_1):
            if text is None:
                continue
            if c == 5:
                self.cell(text, bold, 5, 7, "c", top + ROW_PAD)
                continue
            n = self.n_lines(text, bold, c, c + 1)
            self.cell(text, bold, c, c + 1, "c", round(top + (h1 + h2 - n * LEAD) / 2))
        for c, text in enumerate(HEAD_2):
            if text:
                n = self.n_lines(text, bold, c, c + 1)
                self.cell(text, bold, c, c + 1, "c", round(top + h1 + (h2 - n * LEAD) / 2))
        y = top + h1 + h2 + round(1.5 * MM)
        for row in [*ROWS, total_row()]:
            face = font("b", SIZE) if row[1] == TOTAL_LABEL else regular
            n = max(self.n_lines(t, face, c, c + 1) for c, t in enumerate(row))
            height = n * LEAD + 2 * ROW_PAD
            for c, text in enumerate(row):
                k = self.n_lines(text, face, c, c + 1)
                align = "c" if row[1] == TOTAL_LABEL and c == 1 else ALIGN[c]
                self.cell(text, face, c, c + 1, align, round(y + (height - k * LEAD) / 2))
            y += height
        assert cols == len(HEAD_1) == len(HEAD_2)
        y += round(3 * MM)
        self.draw.text((LEFT + round(2 * MM), y), NOTE, font=font("i", round(12 * PT)), fill=0)
        assert y + LEAD < HEIGHT - round(10 * MM), y
        self.names_wrapped = [r[0] for r in ROWS if self.n_lines(r[1], regular, 1, 2) > 1]


def scan(image: Image.Image, rng) -> Image.Image:
    """A clean office scan: a slight turn, a little blur, toner and paper greys, grain."""
    image = image.rotate(TURN, resample=Image.BICUBIC, expand=False, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(BLUR))
    ink = 1 - np.asarray(image, dtype=np.float32) / 255
    grey = PAPER * (1 - ink) + TONER * ink
    out = grey * 255 + rng.normal(0, GRAIN, grey.shape)
    h, w = out.shape
    for _ in range(SPECKS):
        y, x = rng.integers(0, h - 3), rng.integers(0, w - 3)
        out[y : y + rng.integers(1, 3), x : x + rng.integers(1, 3)] = 90
    return Image.fromarray(out.clip(0, 255).astype(np.uint8), "L")


def row_text(cells: list) -> str:
    cells = ["" if c is None else c for c in cells]
    while cells and not cells[-1]:
        cells.pop()
    return " ".join(" | ".join(cells).split())


def source_text() -> str:
    out = ["LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH"]
    out += [t for _, _, t in TITLE]
    out.append("")
    out += [row_text(HEAD_1), row_text(HEAD_2)]
    out += [row_text(r) for r in [*ROWS, total_row()]]
    out.append("")
    out.append(NOTE)
    return "\n".join(out) + "\n"


def main(out: Path = OUT, seed: int = SEED) -> None:
    check()
    rng = np.random.default_rng(seed)
    sheet = Sheet()
    sheet.typeset()
    print("wrapped names in rows", sheet.names_wrapped)
    page = scan(sheet.image, rng)
    buffer = io.BytesIO()
    page.save(buffer, "JPEG", quality=QUALITY, dpi=(DPI, DPI))
    Image.open(io.BytesIO(buffer.getvalue())).save(out, resolution=DPI)
    SOURCE.write_text(source_text(), "utf-8")
    print(f"{out}: {page.size}, mode {page.mode}")


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    main(out, int(sys.argv[2]) if len(sys.argv) > 2 else SEED)
