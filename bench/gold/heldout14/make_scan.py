"""Generator of bench/gold/heldout14/scan.pdf (a two-page year-end report, photocopied).

Documents how the file was made; not imported by tests, not part of the project. Pillow is
not in the project venv, so it runs in a venv of its own, with SIL's Charis font (Debian's
package; Caladea and the URW base-35 faces were tried first, but they lack the Vietnamese
letters with horn and dot below):

    apt-get install -y fonts-sil-charis
    python -m venv /tmp/h14venv && /tmp/h14venv/bin/pip install Pillow numpy
    /tmp/h14venv/bin/python bench/gold/heldout14/make_scan.py

(made with Pillow 13.0.0, numpy 2.4.6, fonts-sil-charis 6.101-1, Python 3.11).

"Báo cáo tổng kết hoạt động công đoàn năm 2025, phương hướng nhiệm vụ năm 2026" of Công
đoàn ngành Giáo dục tỉnh Khánh Hòa (after the merger with Ninh Thuận). Each page is typeset
with Pillow on an A4 canvas at 300 dpi in grey (Charis SIL, a Bitstream Charter-like face, 12 pt body),
with one ruled table of results by school level whose first column has MERGED cells down
two rows ("Mầm non" and "THPT" over "Công lập" / "Ngoài công lập") and a "Tổng cộng" row
merged across the first two columns. The signature block carries a scribble for the
signature and a round grey "stamp" (two rings, the issuer's name around, a star in the
middle; a red seal as a grey scanner sees it) laid partly over it. Then each page is
"photocopied": turned about 1.1 and -1.25 degrees, blurred, toner made darker and paper
greyer and uneven (a gradient and a dark band at the left edge where the copy lid did not
close), grain, specks, saved as grey JPEG at 300 dpi in a PDF with no text layer. The
printed text is written to source.txt (a table row as its cells joined with " | ", a
merged cell said once in its first place, the places it covers empty).
The seed is fixed, so the images are the same on every run (only the PDF's CreationDate
changes).

Every figure, number, person and local document is invented; the cited national documents
(71-NQ/TW, 29-NQ/TW, 02-NQ/TW) are real.
"""

from __future__ import annotations

import io
import math
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scanned_print import justify, wrap  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "scan.pdf"
SOURCE = HERE / "source.txt"
FONTS = Path("/usr/share/fonts/truetype/charis")

DPI = 300
MM = DPI / 25.4
PT = DPI / 72
WIDTH, HEIGHT = round(210 * MM), round(297 * MM)
LEFT, RIGHT, TOP, BOTTOM = round(25 * MM), round(15 * MM), round(15 * MM), round(15 * MM)
SIZE = round(12 * PT)
LEADING = round(12 * PT * 1.25)
INDENT = round(10 * MM)
TABLE_SIZE = round(11 * PT)
TABLE_LEAD = round(11 * PT * 1.2)
PAD = round(1.2 * MM)
RULE = 2
OUTER = 3

TURN = [1.1, -1.25]  # degrees, page 1 and page 2
SEED = 14
BLUR = 0.7  # Gaussian blur radius, pixels
TONER, PAPER = 0.10, 0.88  # grey levels (0 black, 1 white) after the copy
GRAIN = 7.0  # sigma of the grain, grey levels
SPECKS = 300
QUALITY = 75


def font(style: str = "", size: int | None = None) -> ImageFont.FreeTypeFont:
    name = {"": "Regular", "b": "Bold", "i": "Italic"}[style]
    return ImageFont.truetype(str(FONTS / f"CharisSIL-{name}.ttf"), size or SIZE)


HEADER_LEFT = [
    ("", "LĐLĐ TỈNH KHÁNH HÒA"),
    ("b", "CÔNG ĐOÀN NGÀNH GIÁO DỤC"),
    ("rule", ""),
    ("", "Số: 86/BC-CĐN"),
]
HEADER_RIGHT = [
    ("b", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("b", "Độc lập - Tự do - Hạnh phúc"),
    ("rule", ""),
    ("i", "Khánh Hòa, ngày 18 tháng 12 năm 2025"),
]

# the table: a cell None is covered by the merged cell above it (first column) or to its
# left ("Tổng cộng" over the first two columns)
TABLE_HEAD = [
    "Khối trường",
    "Loại hình",
    "Số CĐCS",
    "Số đoàn viên",
    "Kết nạp mới",
    "Tỷ lệ CĐCS vững mạnh (%)",
]
TABLE = [
    ["Mầm non", "Công lập", "168", "4.215", "96", "92,3"],
    [None, "Ngoài công lập", "24", "1.130", "187", "75,0"],
    ["Tiểu học", "Công lập", "205", "7.860", "142", "94,1"],
    ["THCS", "Công lập", "131", "5.940", "118", "93,9"],
    ["THPT", "Công lập", "52", "3.105", "76", "96,2"],
    [None, "Ngoài công lập", "9", "412", "35", "77,8"],
    ["Tổng cộng", None, "589", "22.662", "654", "92,7"],
]
VUNG_MANH = [155, 18, 193, 123, 50, 7]  # CĐCS rated vững mạnh, for the last column
TABLE_MM = [28, 34, 22, 28, 26, 35]  # 173 mm
TABLE_ALIGN = "llcccc"

BODY = [
    ("title", "BÁO CÁO"),
    ("sub", "Tổng kết hoạt động công đoàn năm 2025,"),
    ("sub", "phương hướng nhiệm vụ năm 2026"),
    ("gap", ""),
    (
        "p",
        "Thực hiện Kế hoạch số 05/KH-CĐN ngày 10/01/2025 của Ban Thường vụ Công đoàn ngành "
        "Giáo dục tỉnh Khánh Hòa về hoạt động công đoàn năm 2025, Ban Thường vụ báo cáo kết "
        "quả như sau:",
    ),
    ("h", "I. ĐẶC ĐIỂM TÌNH HÌNH"),
    (
        "p",
        "Sau khi sắp xếp đơn vị hành chính, từ ngày 01/7/2025 Công đoàn ngành Giáo dục tỉnh "
        "Khánh Hòa quản lý các CĐCS trường học của tỉnh Khánh Hòa và tỉnh Ninh Thuận cũ. Đến "
        "ngày 30/11/2025, toàn ngành có 589 CĐCS với 22.662 đoàn viên, trong đó nữ chiếm "
        "78,4%. Năm học 2025 - 2026, ngành còn thiếu khoảng 1.150 giáo viên, chủ yếu ở bậc "
        "mầm non và tiểu học.",
    ),
    ("h", "II. KẾT QUẢ HOẠT ĐỘNG NĂM 2025"),
    ("h", "1. Tuyên truyền, giáo dục"),
    (
        "p",
        "Các cấp công đoàn quán triệt Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị "
        "về đột phá phát triển giáo dục và đào tạo, gắn với tiếp tục thực hiện Nghị quyết số "
        "29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương về đổi mới căn bản, toàn diện "
        "giáo dục và đào tạo. Đã tổ chức 214 buổi tuyên truyền, phổ biến pháp luật cho hơn "
        "18.500 lượt đoàn viên.",
    ),
    ("h", "2. Đại diện, bảo vệ quyền lợi và chăm lo đời sống đoàn viên"),
    (
        "p",
        "Có 553/556 trường công lập tổ chức hội nghị viên chức đầu năm học đúng quy định, đạt "
        "99,5%. Công đoàn ngành phối hợp với Sở Giáo dục và Đào tạo đề nghị chi trả đủ phụ "
        "cấp ưu đãi nghề cho 21.340 nhà giáo; tham gia giải quyết 6 đơn thư của đoàn viên, "
        "không có đơn vượt cấp.",
    ),
    (
        "p",
        "Dịp Tết Ất Tỵ 2025, công đoàn các cấp thăm hỏi, tặng 3.960 suất quà cho đoàn viên có "
        "hoàn cảnh khó khăn với tổng số tiền hơn 2,4 tỷ đồng. Quỹ “Tấm lòng vàng” của ngành "
        "hỗ trợ xây mới 9 nhà “Mái ấm Công đoàn”, mỗi nhà 60 triệu đồng; trợ cấp đột xuất cho "
        "215 đoàn viên ốm đau, tai nạn với số tiền 430 triệu đồng.",
    ),
    ("h", "3. Phát triển đoàn viên, xây dựng tổ chức công đoàn"),
    (
        "p",
        "Năm 2025, toàn ngành kết nạp mới 654 đoàn viên, đạt 109% kế hoạch; thành lập mới 5 "
        "CĐCS ở các trường ngoài công lập. Kết quả đánh giá chất lượng, có 546/589 CĐCS đạt "
        "vững mạnh, tỷ lệ 92,7%, vượt chỉ tiêu đề ra (90%). Công đoàn ngành mở 14 lớp tập "
        "huấn cho 1.625 lượt cán bộ công đoàn cơ sở; giới thiệu 87 đoàn viên ưu tú cho cấp "
        "ủy xem xét, trong đó 64 đồng chí đã được kết nạp vào Đảng.",
    ),
    ("h", "4. Thi đua, tài chính công đoàn"),
    (
        "p",
        "Phong trào “Đổi mới, sáng tạo trong dạy và học” có 1.275 sáng kiến được công nhận cấp "
        "cơ sở và 46 sáng kiến cấp tỉnh. Thu kinh phí công đoàn năm 2025 ước đạt 9,86 tỷ "
        "đồng, bằng 103,5% dự toán; chi cho chăm lo, bảo vệ đoàn viên chiếm 41% tổng chi.",
    ),
    ("h", "5. Kết quả công tác tổ chức theo khối trường năm 2025"),
    ("table", ""),
    ("h", "6. Hạn chế"),
    (
        "p",
        "Tỷ lệ CĐCS vững mạnh ở khối ngoài công lập còn thấp; phát triển đoàn viên tại các cơ "
        "sở giáo dục tư thục còn khó khăn.",
    ),
    ("h", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
    (
        "p",
        "Tiếp tục thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới "
        "tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới, Công đoàn ngành đề "
        "ra các chỉ tiêu năm 2026 như sau:",
    ),
    (
        "p",
        "- Kết nạp mới ít nhất 600 đoàn viên; thành lập mới từ 4 CĐCS trở lên ở các trường "
        "ngoài công lập.",
    ),
    (
        "p",
        "- Phấn đấu có trên 93% CĐCS đạt vững mạnh; 100% trường công lập tổ chức hội nghị "
        "viên chức đúng quy định.",
    ),
    (
        "p",
        "- Giới thiệu 90 đoàn viên ưu tú cho Đảng; tập huấn cho khoảng 1.800 lượt cán bộ công "
        "đoàn cơ sở.",
    ),
    (
        "p",
        "- Vận động xây mới 10 nhà “Mái ấm Công đoàn”; thu kinh phí công đoàn đạt tối thiểu "
        "10,2 tỷ đồng.",
    ),
    (
        "p",
        "Trên đây là báo cáo tổng kết hoạt động công đoàn năm 2025, phương hướng nhiệm vụ năm "
        "2026 của Công đoàn ngành Giáo dục tỉnh Khánh Hòa./.",
    ),
    ("end", ""),
]

RECIPIENTS = [
    "Nơi nhận:",
    "- LĐLĐ tỉnh Khánh Hòa (b/c);",
    "- Sở Giáo dục và Đào tạo;",
    "- Các CĐCS trực thuộc;",
    "- Lưu: VT.",
]
SIGNATURE = [
    ("b", "TM. BAN THƯỜNG VỤ"),
    ("b", "CHỦ TỊCH"),
    ("", ""),
    ("", ""),
    ("b", "Phạm Thị Ngọc Lan"),
]
STAMP_TEXT = "CÔNG ĐOÀN NGÀNH GIÁO DỤC * TỈNH KHÁNH HÒA * "


class Page:
    def __init__(self, number: int) -> None:
        self.image = Image.new("L", (WIDTH, HEIGHT), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.y = TOP
        if number > 1:  # the page number, at the top centre from page 2
            self.centred(str(number), font("", round(12 * PT)), LEFT, WIDTH - RIGHT, round(8 * MM))

    def centred(self, text: str, face, x0: int, x1: int, y: int) -> None:
        w = face.getlength(text)
        self.draw.text((round((x0 + x1 - w) / 2), y), text, font=face, fill=0)


def header(page: Page) -> None:
    """The two-column head: issuer and number left, motto and dateline right."""
    size = round(12 * PT)
    split = round(92 * MM)
    bottom = page.y
    for column, x0, x1 in (
        (HEADER_LEFT, round(12 * MM), split),
        (HEADER_RIGHT, split, round(204 * MM)),
    ):
        y = page.y
        previous = None
        for style, text in column:
            if style == "rule":
                w = font("b", size).getlength(previous) * 0.4
                mid = (x0 + x1) / 2
                page.draw.line(
                    (mid - w / 2, y + round(2 * PT), mid + w / 2, y + round(2 * PT)),
                    fill=0,
                    width=3,
                )
                y += round(9 * PT)
                continue
            page.centred(text, font(style, size), x0, x1, y)
            previous = text
            y += round(size * 1.25)
        bottom = max(bottom, y)
    page.y = bottom + round(10 * PT)


class Table:
    widths = [round(w * MM) for w in TABLE_MM]

    def lines(self, text: str | None, face, width: int) -> list[str]:
        return wrap(text, face, width - 2 * PAD) if text else []

    def head_height(self) -> int:
        bold = font("b", TABLE_SIZE)
        n = max(len(self.lines(t, bold, w)) for t, w in zip(TABLE_HEAD, self.widths, strict=True))
        return n * TABLE_LEAD + 2 * PAD

    def row_height(self, row: list[str | None]) -> int:
        face = font("", TABLE_SIZE)
        n = max(len(self.lines(t, face, w)) for t, w in zip(row, self.widths, strict=True))
        return n * TABLE_LEAD + 2 * PAD + round(1 * MM)

    def height(self) -> int:
        return self.head_height() + sum(self.row_height(r) for r in TABLE)

    def typeset(self, page: Page) -> None:
        bold, regular = font("b", TABLE_SIZE), font("", TABLE_SIZE)
        x0, top = LEFT, page.y
        xs = [x0]
        for w in self.widths:
            xs.append(xs[-1] + w)
        h = self.head_height()
        for c, text in enumerate(TABLE_HEAD):
            lines = self.lines(text, bold, self.widths[c])
            y = round(top + (h - len(lines) * TABLE_LEAD) / 2)
            for k, line in enumerate(lines):
                page.centred(line, bold, xs[c], xs[c + 1], y + k * TABLE_LEAD)
        ys = [top + h]
        for row in TABLE:
            ys.append(ys[-1] + self.row_height(row))
        # cells: (row, col) -> box, spans resolved
        for r, row in enumerate(TABLE):
            for c, text in enumerate(row):
                if text is None:
                    continue
                r1 = r + 1
                while c == 0 and r1 < len(TABLE) and TABLE[r1][0] is None:
                    r1 += 1
                c1 = c + 1
                while c1 < len(row) and row[c1] is None and c == 0 and r1 == r + 1:
                    c1 += 1
                box = (xs[c], ys[r], xs[c1], ys[r1])
                face = bold if TABLE[r][0] == "Tổng cộng" else regular
                lines = self.lines(text, face, box[2] - box[0])
                y = round(box[1] + (box[3] - box[1] - len(lines) * TABLE_LEAD) / 2)
                for k, line in enumerate(lines):
                    ty = y + k * TABLE_LEAD
                    if TABLE_ALIGN[c] == "l" and text != "Tổng cộng":
                        page.draw.text((box[0] + PAD, ty), line, font=face, fill=0)
                    else:
                        page.centred(line, face, box[0], box[2], ty)
                page.draw.rectangle(box, outline=0, width=RULE)
        page.draw.line((xs[0], top, xs[-1], top), fill=0, width=RULE)
        for x in xs:  # header verticals
            page.draw.line((x, top, x, top + h), fill=0, width=RULE)
        page.draw.rectangle((xs[0], top, xs[-1], ys[-1]), outline=0, width=OUTER)
        page.y = ys[-1] + round(4 * MM)

    def source_lines(self) -> list[str]:
        """The printed rows, the way the project writes a table row: the cells in column
        order joined with " | ", a merged cell said once in its first place and the places it
        covers empty, trailing empty cells dropped, whitespace folded."""
        out = []
        for row in [TABLE_HEAD, *TABLE]:
            cells = [c or "" for c in row]
            while cells and not cells[-1]:
                cells.pop()
            out.append(" ".join(" | ".join(cells).split()))
        return out


def scribble(page: Page, x: int, y: int, rng) -> None:
    """A signature: a few loops and a long stroke, in a thick pen."""
    points = []
    for k in range(120):
        t = k / 119
        px = x + t * 55 * MM + 5 * MM * math.sin(t * 19)
        py = y + 6 * MM * math.sin(t * 11 + 0.6) * (1 - 0.5 * t) + 3 * MM * math.cos(t * 23)
        points.append((px + rng.normal(0, 1.2), py + rng.normal(0, 1.2)))
    page.draw.line(points, fill=25, width=5, joint="curve")
    page.draw.line(
        [(x + 8 * MM, y + 9 * MM), (x + 40 * MM, y + 6 * MM), (x + 62 * MM, y + 2 * MM)],
        fill=25,
        width=4,
    )


def stamp(image: Image.Image, cx: int, cy: int) -> Image.Image:
    """A round seal printed in red, which a grey scan makes a mid grey: two rings, the
    issuer's name around, a star in the middle. Laid over the page like ink (darkest wins)."""
    r = round(19 * MM)
    size = 2 * r + 20
    layer = Image.new("L", (size, size), 255)
    d = ImageDraw.Draw(layer)
    c = size // 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=0, width=9)
    r2 = r - round(7.5 * MM)
    d.ellipse((c - r2, c - r2, c + r2, c + r2), outline=0, width=5)
    face = font("b", round(10 * PT))
    rt = r - round(4.2 * MM)
    step = 360 / len(STAMP_TEXT)
    for k, ch in enumerate(STAMP_TEXT):
        angle = -90 + k * step  # from the top, clockwise
        glyph = Image.new("L", (70, 70), 0)
        ImageDraw.Draw(glyph).text((35, 35), ch, font=face, fill=255, anchor="mm")
        glyph = glyph.rotate(-(angle + 90), resample=Image.BICUBIC)
        gx = c + rt * math.cos(math.radians(angle)) - 35
        gy = c + rt * math.sin(math.radians(angle)) - 35
        layer.paste(0, (round(gx), round(gy)), glyph)
    star = [
        (
            c + (r2 * 0.55 if k % 2 == 0 else r2 * 0.22) * math.cos(math.radians(-90 + 36 * k)),
            c + (r2 * 0.55 if k % 2 == 0 else r2 * 0.22) * math.sin(math.radians(-90 + 36 * k)),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=0)
    # red ink as grey: the ink is a mid grey, uneven
    ink = np.asarray(layer, dtype=np.float32) / 255
    grey = 255 - (1 - ink) * 255 * 0.52
    layer = Image.fromarray(grey.clip(0, 255).astype(np.uint8), "L").rotate(17, fillcolor=255)
    page = np.asarray(image, dtype=np.uint8).copy()
    x0, y0 = cx - c, cy - c
    region = page[y0 : y0 + size, x0 : x0 + size]
    page[y0 : y0 + size, x0 : x0 + size] = np.minimum(region, np.asarray(layer))
    return Image.fromarray(page, "L")


def signature(page: Page, rng) -> tuple[int, int]:
    y0 = page.y + round(2 * MM)
    small = round(11 * PT)
    for k, line in enumerate(RECIPIENTS):
        face = font("b" if k == 0 else "", small)
        page.draw.text((LEFT, y0 + k * round(small * 1.3)), line, font=face, fill=0)
    x0 = LEFT + round(85 * MM)
    y = y0
    marks = (0, 0)
    for k, (style, text) in enumerate(SIGNATURE):
        if text:
            page.centred(text, font(style), x0, WIDTH - RIGHT, y)
        if k == 2:
            mid = (x0 + WIDTH - RIGHT) // 2
            scribble(page, mid - round(28 * MM), y + round(2 * MM), rng)
            marks = (mid - round(22 * MM), y - round(2 * MM))
        y += LEADING if text else round(1.4 * LEADING)
    page.y = max(y, y0 + len(RECIPIENTS) * round(small * 1.3))
    return marks


def typeset(rng) -> tuple[list[Page], tuple[int, int, int]]:
    pages = [Page(1)]
    header(pages[0])
    width = WIDTH - LEFT - RIGHT
    regular, bold = font(""), font("b")
    table = Table()
    seal = (0, 0, 0)

    def room(height: int) -> Page:
        if pages[-1].y + height > HEIGHT - BOTTOM:
            pages.append(Page(len(pages) + 1))
            pages[-1].y = TOP + round(4 * MM)
        return pages[-1]

    for k, (style, text) in enumerate(BODY):
        need = {"h": 3 * LEADING, "end": 8 * LEADING}.get(style, LEADING)
        if style == "h" and BODY[k + 1][0] == "table":
            need = LEADING * 2 + table.height()
        elif style == "table":
            need = table.height()
        page = room(need)
        if style == "gap":
            page.y += round(LEADING * 0.4)
        elif style == "title":
            page.centred(text, font("b", round(14 * PT)), LEFT, WIDTH - RIGHT, page.y)
            page.y += round(LEADING * 1.15)
        elif style == "sub":
            page.centred(text, bold, LEFT, WIDTH - RIGHT, page.y)
            page.y += LEADING
        elif style == "h":
            page.y += round(2 * PT)
            x = LEFT + (0 if text[0] in "IV" else INDENT)
            page.draw.text((x, page.y), text, font=bold, fill=0)
            page.y += LEADING + round(1 * PT)
        elif style == "p":
            lines = wrap(text, regular, width, INDENT)
            for n, line in enumerate(lines):
                page = room(LEADING)
                x = LEFT + (INDENT if n == 0 else 0)
                w = width - (INDENT if n == 0 else 0)
                if n < len(lines) - 1:
                    justify(page.draw, x, page.y, line, regular, w)
                else:
                    page.draw.text((x, page.y), line, font=regular, fill=0)
                page.y += LEADING
            page.y += round(3 * PT)
        elif style == "table":
            table.typeset(page)
        elif style == "end":
            x, y = signature(page, rng)
            seal = (len(pages) - 1, x, y)
        assert pages[-1].y < HEIGHT - BOTTOM, f"page {len(pages)} overflows: {pages[-1].y}"
    return pages, seal


def photocopy(image: Image.Image, turn: float, rng) -> Image.Image:
    """Turn, blur, dark toner on a grey uneven paper, an edge band, grain, specks."""
    image = image.rotate(turn, resample=Image.BICUBIC, expand=False, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(BLUR))
    ink = 1 - np.asarray(image, dtype=np.float32) / 255  # 0 paper, 1 ink
    ink = np.clip(ink * 1.25, 0, 1)  # a copier darkens strokes
    h, w = ink.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    paper = PAPER - 0.06 * (xx / w) - 0.04 * (yy / h)  # uneven light
    band = np.exp(-xx / (4 * MM)) * 0.55  # the dark band at the left edge
    paper = paper - band
    grey = paper * (1 - ink) + TONER * ink
    out = grey * 255 + rng.normal(0, GRAIN, grey.shape)
    for _ in range(SPECKS):
        y, x = rng.integers(0, h - 4), rng.integers(0, w - 4)
        out[y : y + rng.integers(1, 4), x : x + rng.integers(1, 4)] = 40
    return Image.fromarray(out.clip(0, 255).astype(np.uint8), "L")


def source_text() -> str:
    out = [t for s, t in HEADER_LEFT + HEADER_RIGHT if s != "rule" and t]
    out.append("")
    for style, text in BODY:
        if style == "table":
            out += Table().source_lines()
        elif style == "end":
            out += RECIPIENTS + [t for _, t in SIGNATURE if t]
        elif text:
            out.append(text)
    return "\n".join(out) + "\n"


def check_table() -> None:
    """The last column is vững mạnh over CĐCS, the "Tổng cộng" row the sums; no two number
    cells of a row alike."""
    body = TABLE[:-1]
    total = TABLE[-1]
    for row, good in zip(body, VUNG_MANH, strict=True):
        assert f"{100 * good / int(row[2]):.1f}".replace(".", ",") == row[5], row
    for c in (2, 3, 4):
        assert sum(int(r[c].replace(".", "")) for r in body) == int(total[c].replace(".", ""))
    rate = 100 * sum(VUNG_MANH) / int(total[2])
    assert f"{rate:.1f}".replace(".", ",") == total[5]
    for row in TABLE:
        numbers = row[2:]
        assert len(set(numbers)) == len(numbers), row


def main(out: Path = OUT, seed: int = SEED) -> None:
    check_table()
    rng = np.random.default_rng(seed)
    pages, (seal_page, sx, sy) = typeset(rng)
    assert len(pages) == len(TURN), f"{len(pages)} pages"
    images = [p.image for p in pages]
    images[seal_page] = stamp(images[seal_page], sx, sy + round(4 * MM))
    scans = []
    for image, turn in zip(images, TURN, strict=True):
        copy = photocopy(image, turn, rng)
        buffer = io.BytesIO()
        copy.save(buffer, "JPEG", quality=QUALITY, dpi=(DPI, DPI))
        scans.append(Image.open(io.BytesIO(buffer.getvalue())))
    scans[0].save(out, save_all=True, append_images=scans[1:], resolution=DPI)
    SOURCE.write_text(source_text(), "utf-8")
    print(f"{out}: {len(scans)} pages, {scans[0].size}, mode {scans[0].mode}")


if __name__ == "__main__":
    import sys

    # optional: another output path and a seed, to try seeds (source text is the same)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    main(out, int(sys.argv[2]) if len(sys.argv) > 2 else SEED)
