"""Generator of bench/gold/heldout16/annex.pdf (a one-page landscape annex, a borderless table).

Documents how the file was made; not imported by tests, not part of the project. reportlab is
not in the project venv, so it is installed in a folder of its own and put on ``sys.path`` here:

    python3 -m pip install --target /tmp/rl reportlab
    python3 bench/gold/heldout16/make_annex.py

(made with reportlab 5.1.0, Python 3.11.7, Debian fonts-dejavu-core 2.37-6).

Unlike make_report.py (platypus), this page is drawn directly on a reportlab ``canvas``: every
cell is a ``drawString`` / ``drawRightString`` / ``drawCentredString`` at a computed x, with no
table object, no rules and no boxes at all. It is the annex of the year-end 2025 report of
Liên đoàn Lao động tỉnh An Giang (report.pdf, "Số: 528/BC-LĐLĐ"): LANDSCAPE A4, a title block,
then a wide table of 10 columns (STT, Đơn vị, Số CĐCS, Số ĐV 2024, Số ĐV 2025, Trong đó nữ,
Kết nạp mới, TL mới CĐCS, GT ĐV ưu tú, Tỷ lệ HTTNV (%)) over 12 unions, a bold "Tổng cộng" row
and an italic row "So với kế hoạch năm 2025 (%)" whose percentages sit in count columns; then
an italic "Ghi chú: …" note with figures in it. DejaVu Serif 9.5 pt in the body, bold 8.5 pt
in the header (abbreviated, wrapped onto 2-3 lines so that the columns stay narrow). Each
column is exactly as wide as its widest header line or cell, and the columns are 8 pt apart,
so the columns sit close. Numbers are right-aligned with thousand dots and decimal commas;
"-" for nothing, an empty cell for "not reported", a "≥ 90" cell. Two unit names wrap onto a
second line; their numbers stand on the first line.

reportlab's invariant mode is on (``rl_config.invariant = 1``), so two runs give
byte-identical PDFs. The printed text is written to source_annex.txt (a table row as its cells
joined with " | ", wrapped lines joined with a space, empty cells as "", trailing empty cells
dropped, whitespace folded; the note as one line).

Every figure, number and local document is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, "/tmp/rl")

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "annex.pdf"
SRC = HERE / "source_annex.txt"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("Serif", str(FONTS / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Bold", str(FONTS / "DejaVuSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Italic", str(FONTS / "DejaVuSerif-Italic.ttf")))

PAGE_W, PAGE_H = landscape(A4)
BODY_SIZE = 9.5
HEAD_SIZE = 8.5
GAP = 8.0  # points between two column boxes
NAME_MAX = 222.5  # the unit-name column wraps longer names
ROW = 15.0  # row pitch
WRAP_LINE = 11.5  # extra height of a wrapped name line
HEAD_LINE = 10.5

HEAD_LEFT = ["TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG"]
TITLE = [
    "PHỤ LỤC",
    "Kết quả phát triển đoàn viên, xây dựng tổ chức công đoàn năm 2025 theo đơn vị",
    "(Kèm theo Báo cáo số 528/BC-LĐLĐ ngày 15/12/2025 của Ban Thường vụ Liên đoàn Lao động "
    "tỉnh; số liệu tính đến ngày 30/11/2025)",
]

# header cells: their printed lines
HEADER = [
    ["STT"],
    ["Đơn vị"],
    ["Số", "CĐCS"],
    ["Số ĐV", "2024"],
    ["Số ĐV", "2025"],
    ["Trong", "đó nữ"],
    ["Kết nạp", "mới"],
    ["TL mới", "CĐCS"],
    ["GT ĐV", "ưu tú"],
    ["Tỷ lệ", "HTTNV", "(%)"],
]

UNITS = [
    [
        "1",
        "Công đoàn Viên chức tỉnh",
        "412",
        "21.846",
        "21.530",
        "11.962",
        "486",
        "-",
        "248",
        "91,5",
    ],
    [
        "2",
        "Công đoàn ngành Giáo dục và Đào tạo",
        "846",
        "48.215",
        "47.308",
        "33.640",
        "1.152",
        "-",
        "402",
        "93,4",
    ],
    ["3", "Công đoàn ngành Y tế", "168", "17.930", "18.264", "12.518", "735", "-", "156", "89,3"],
    ["4", "Công đoàn ngành Xây dựng", "97", "6.842", "6.915", "1.288", "384", "3", "41", "≥ 90"],
    [
        "5",
        "Công đoàn ngành Công Thương",
        "124",
        "9.376",
        "9.820",
        "3.951",
        "612",
        "7",
        "58",
        "82,3",
    ],
    [
        "6",
        "Công đoàn ngành Nông nghiệp và Môi trường",
        "143",
        "7.614",
        "7.402",
        "2.870",
        "297",
        "2",
        "63",
        "86,0",
    ],
    [
        "7",
        "Công đoàn ngành Văn hóa, Thể thao và Du lịch",
        "52",
        "2.318",
        "2.296",
        "1.174",
        "84",
        "1",
        "27",
        "88,5",
    ],
    ["8", "Công đoàn ngành Tài chính", "58", "3.105", "2.987", "1.531", "73", "-", "34", "94,8"],
    [
        "9",
        "Công đoàn các Khu công nghiệp tỉnh",
        "186",
        "52.740",
        "56.312",
        "34.806",
        "6.418",
        "19",
        "142",
        "71,5",
    ],
    [
        "10",
        "Công đoàn Ban Quản lý Khu kinh tế Phú Quốc",
        "64",
        "5.120",
        "5.874",
        "",
        "1.036",
        "7",
        "22",
        "76,6",
    ],
    [
        "11",
        "Các CĐCS trực thuộc khu vực An Giang (cũ)",
        "398",
        "39.870",
        "40.615",
        "18.244",
        "2.236",
        "12",
        "268",
        "72,4",
    ],
    [
        "12",
        "Các CĐCS trực thuộc khu vực Kiên Giang (cũ)",
        "323",
        "33.639",
        "34.617",
        "15.106",
        "1.849",
        "10",
        "231",
        "67,5",
    ],
]
TOTAL = ["", "Tổng cộng", "2.871", "248.615", "253.940", "137.090", "15.362", "61", "1.692", "84,2"]
VS_PLAN = ["", "So với kế hoạch năm 2025 (%)", "", "", "", "", "109,7", "101,7", "94,0"]
PLAN = {6: 14000, 7: 60, 8: 1800}  # the 2025 plan (report: "đạt 109,7% kế hoạch", …)

NOTE = (
    "Ghi chú: ĐV: đoàn viên; TL: thành lập; GT: giới thiệu cho Đảng xem xét kết nạp; HTTNV: "
    "hoàn thành tốt nhiệm vụ trở lên. “-”: không phát sinh; ô để trống: đơn vị chưa báo cáo "
    "(tổng số đoàn viên nữ chưa gồm Công đoàn Ban Quản lý Khu kinh tế Phú Quốc). Tỷ lệ HTTNV "
    "của Công đoàn ngành Xây dựng là số ước. Số kết nạp mới gồm 1.284 đoàn viên của 61 CĐCS "
    "thành lập mới."
)


def fold(s: str) -> str:
    return " ".join(s.split())


def row_text(cells: list[str]) -> str:
    cells = [fold(c) for c in cells]
    while cells and cells[-1] == "":
        cells.pop()
    return fold(" | ".join(cells))


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, font, size)


def wrap(text: str, font: str, size: float, max_w: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if cur and width(trial, font, size) > max_w:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    lines.append(cur)
    return lines


def num(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


def check() -> None:
    for col in (2, 3, 4, 5, 6, 7, 8):
        vals = [u[col] for u in UNITS]
        total = sum(num(v) for v in vals if v not in ("", "-"))
        assert total == num(TOTAL[col]), (col, total)
    for col, plan in PLAN.items():
        assert round(num(TOTAL[col]) / plan * 100, 1) == num(VS_PLAN[col]), col
    for u in UNITS:
        cells = [c for c in u[2:] if c not in ("", "-")]
        assert len(cells) == len(set(cells)), u
        assert u[0] not in cells, u


def build() -> None:
    check()
    body = UNITS + [TOTAL, VS_PLAN]
    fonts = ["Serif"] * len(UNITS) + ["Serif-Bold", "Serif-Italic"]
    names = [wrap(r[1], f, BODY_SIZE, NAME_MAX) for r, f in zip(body, fonts, strict=True)]
    wrapped = [r[1] for r, n in zip(body, names, strict=True) if len(n) > 1]
    assert wrapped == [UNITS[6][1], UNITS[9][1]], wrapped

    ncol = len(HEADER)
    widths = []
    for j in range(ncol):
        w = max(width(s, "Serif-Bold", HEAD_SIZE) for s in HEADER[j])
        for r, f, n in zip(body, fonts, names, strict=True):
            if j == 1:
                w = max(w, max(width(s, f, BODY_SIZE) for s in n))
            elif j < len(r):
                w = max(w, width(r[j], f, BODY_SIZE))
        widths.append(w)
    total_w = sum(widths) + GAP * (ncol - 1)
    x0 = (PAGE_W - total_w) / 2
    xs = []
    x = x0
    for w in widths:
        xs.append(x)
        x += w + GAP

    c = canvas.Canvas(str(OUT), pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setTitle("Phụ lục kết quả phát triển đoàn viên năm 2025 theo đơn vị")
    c.setAuthor("LĐLĐ tỉnh An Giang")

    # head (top left) and title (centred)
    top = PAGE_H - 14 * mm
    hx = 15 * mm + 45 * mm
    c.setFont("Serif", 10)
    c.drawCentredString(hx, top, HEAD_LEFT[0])
    c.setFont("Serif-Bold", 10)
    c.drawCentredString(hx, top - 13, HEAD_LEFT[1])
    c.setLineWidth(0.5)
    c.line(hx - 22 * mm, top - 17, hx + 22 * mm, top - 17)
    y = top - 40
    c.setFont("Serif-Bold", 12)
    c.drawCentredString(PAGE_W / 2, y, TITLE[0])
    y -= 16
    c.setFont("Serif-Bold", 11)
    c.drawCentredString(PAGE_W / 2, y, TITLE[1])
    y -= 15
    c.setFont("Serif-Italic", 9.5)
    c.drawCentredString(PAGE_W / 2, y, TITLE[2])
    y -= 26

    # header: lines bottom-aligned, centred in their column (Đơn vị left)
    nlines = max(len(h) for h in HEADER)
    c.setFont("Serif-Bold", HEAD_SIZE)
    for j, lines in enumerate(HEADER):
        for k, s in enumerate(lines):
            yy = y - (nlines - len(lines) + k) * HEAD_LINE
            if j == 1:
                c.drawString(xs[j], yy, s)
            else:
                c.drawCentredString(xs[j] + widths[j] / 2, yy, s)
    y -= (nlines - 1) * HEAD_LINE + ROW + 3

    # body
    for r, f, n in zip(body, fonts, names, strict=True):
        c.setFont(f, BODY_SIZE)
        for j in range(ncol):
            if j == 0:
                if r[0]:
                    c.drawCentredString(xs[0] + widths[0] / 2, y, r[0])
            elif j == 1:
                for k, s in enumerate(n):
                    c.drawString(xs[1], y - k * WRAP_LINE, s)
            elif j < len(r) and r[j]:
                c.drawRightString(xs[j] + widths[j], y, r[j])
        y -= ROW + (len(n) - 1) * WRAP_LINE
        if r is UNITS[-1]:
            y -= 2

    # note, wrapped to the table's width
    y -= 8
    c.setFont("Serif-Italic", 9)
    for line in wrap(NOTE, "Serif-Italic", 9, total_w):
        c.drawString(x0, y, line)
        y -= 12
    assert y > 12 * mm, y
    c.showPage()
    c.save()

    gaps = [GAP] * (ncol - 1)
    assert all(6 <= g <= 12 for g in gaps)
    src = HEAD_LEFT + [""] + TITLE
    src.append(row_text([" ".join(h) for h in HEADER]))
    src += [row_text(r) for r in body]
    src.append(NOTE)
    SRC.write_text("\n".join(src) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
    print(OUT, SRC)
