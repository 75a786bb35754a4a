"""Generator of bench/gold/heldout12/plan.pdf (a two-page scanned 2026 work plan).

Documents how the file was made; not imported by tests, not part of the project. Pillow is
not in the project venv, so it runs in a venv of its own, with Debian's TeX Gyre fonts:

    apt-get install -y fonts-texgyre
    python -m venv /tmp/h12venv && /tmp/h12venv/bin/pip install Pillow numpy
    /tmp/h12venv/bin/python bench/gold/heldout12/make_plan.py

(made with Pillow 13.0.0, numpy 2.4.6, fonts-texgyre 20180621-6, Python 3.11).

Each page is typeset with Pillow on an A4 canvas at 300 dpi in grey (TeX Gyre Termes, a
Times-like face, 12.5 pt body), with one ruled table of the 2026 targets: "STT | Nội dung chỉ
tiêu | ĐVT | Thực hiện 2025 | Kế hoạch 2026 | So sánh KH2026/TH2025 (%)", two section rows
("A | CHỈ TIÊU VỀ TỔ CHỨC", "B | CHỈ TIÊU VỀ HOẠT ĐỘNG") whose title cell is merged across
all the columns after STT, narrow numeric columns with the numbers right-aligned, thin rules
(1 px inside, 2 px outside). Then each page is degraded like a dark photocopy or a fax: the
toner spreads (strokes thicken), the paper is grey, a grey band runs across the page where
the copier's lid did not close (across the head on page 1, across the lower half of the
table on page 2), a dark edge down the left side, page 1 turned 0.2 degree and page 2 (the
table's) -0.85 degree, then blur, grain, specks and strong JPEG compression (quality 35). The two images are saved as a PDF with no text layer.
The printed text is also written to source_plan.txt (a table row as its cells joined with
" | "). The seed is fixed, so the images are the same on every run (only the PDF's
CreationDate changes).

Every figure, number, person and local document is invented; the cited national documents
(02-NQ/TW, 50/2024/QH15, 202/2025/QH15, 126-KL/TW, 191/2013/NĐ-CP) are real.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scanned_print import justify, smooth_field, wrap  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "plan.pdf"
SOURCE = HERE / "source_plan.txt"
FONTS = Path("/usr/share/texmf/fonts/opentype/public/tex-gyre")

DPI = 300
MM = DPI / 25.4
PT = DPI / 72
WIDTH, HEIGHT = round(210 * MM), round(297 * MM)
LEFT, RIGHT, TOP, BOTTOM = round(25 * MM), round(15 * MM), round(15 * MM), round(15 * MM)
SIZE = round(12.5 * PT)
LEADING = round(12.5 * PT * 1.2)
INDENT = round(10 * MM)
TABLE_SIZE = round(11 * PT)
TABLE_LEAD = round(11 * PT * 1.2)
PAD = round(1.0 * MM)

# rotation (degrees) of each page on the glass, and the seed of the noise
TURN = [0.2, -0.85]
SEED = 21
SPREAD = 0.85  # how far the toner spreads: share of a one-pixel thickening of every stroke
PAPER = 212  # grey of the paper (255 white)
INK = 18  # grey of full toner
BAND = 40  # how much darker the paper is inside the grey band
BLUR = 0.7  # Gaussian blur radius, pixels
NOISE = 9  # standard deviation of the grain, grey levels
SPECKS = 700  # specks of dust and toner on each page
QUALITY = 35  # JPEG quality
RULE = 1  # ruling inside the table, pixels
OUTER = 2  # the table's outer border, pixels


def font(style: str = "", size: int | None = None) -> ImageFont.FreeTypeFont:
    name = {
        "": "texgyretermes-regular",
        "b": "texgyretermes-bold",
        "i": "texgyretermes-italic",
    }[style]
    return ImageFont.truetype(str(FONTS / f"{name}.otf"), size or SIZE)


HEADER_LEFT = [
    ("", "TỔNG LĐLĐ VIỆT NAM"),
    ("b", "LIÊN ĐOÀN LAO ĐỘNG"),
    ("b", "THÀNH PHỐ ĐÀ NẴNG"),
    ("rule", ""),
    ("", "Số: 07/KH-LĐLĐ"),
]
HEADER_RIGHT = [
    ("b", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("b", "Độc lập - Tự do - Hạnh phúc"),
    ("rule", ""),
    ("", ""),
    ("i", "Đà Nẵng, ngày 14 tháng 01 năm 2026"),
]

# the targets table: one header row; a section row is [letter, title] and its title cell
# spans every column after STT; numbers right-aligned
TABLE_HEAD = [
    "STT",
    "Nội dung chỉ tiêu",
    "ĐVT",
    "Thực hiện 2025",
    "Kế hoạch 2026",
    "So sánh KH2026/ TH2025 (%)",
]
TABLE = [
    ["A", "CHỈ TIÊU VỀ TỔ CHỨC"],
    ["1", "Tổng số đoàn viên công đoàn", "Đoàn viên", "318.450", "325.000", "102,1"],
    ["2", "Kết nạp mới đoàn viên", "Đoàn viên", "14.260", "15.000", "105,2"],
    ["3", "Tổng số công đoàn cơ sở", "CĐCS", "3.412", "3.450", "101,1"],
    ["4", "Thành lập mới công đoàn cơ sở", "CĐCS", "96", "100", "104,2"],
    [
        "5",
        "Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp",
        "Đoàn viên",
        "1.870",
        "2.000",
        "107,0",
    ],
    ["B", "CHỈ TIÊU VỀ HOẠT ĐỘNG"],
    ["6", "Tập huấn, bồi dưỡng cán bộ công đoàn", "Lượt người", "11.540", "12.000", "104,0"],
    ["7", "CĐCS doanh nghiệp có thỏa ước lao động tập thể", "%", "78,5", "≥ 80", "-"],
    ["8", "Xây dựng, sửa chữa nhà “Mái ấm Công đoàn”", "Nhà", "42", "45", "107,1"],
    ["9", "Chăm lo Tết cho đoàn viên, người lao động", "Triệu đồng", "96.480", "100.000", "103,6"],
    ["10", "Thu kinh phí, đoàn phí công đoàn", "Triệu đồng", "412.600", "430.000", "104,2"],
]
TABLE_MM = [11, 66, 22, 23, 23, 25]  # 170 mm, the text width
TABLE_ALIGN = "clcrrr"

# (style, text): "title"/"sub" centred bold, "h" heading, "p" paragraph with a first-line
# indent, "gap" a blank, "table" the table, "end" the signature block; the text flows onto
# the next page where a page is full (a paragraph may run on over it)
BODY = [
    ("title", "KẾ HOẠCH"),
    ("sub", "Thực hiện nhiệm vụ công tác công đoàn năm 2026"),
    ("gap", ""),
    (
        "p",
        "Căn cứ Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và "
        "hoạt động của Công đoàn Việt Nam trong tình hình mới, Luật Công đoàn số 50/2024/QH15 "
        "và Nghị quyết số 21-NQ/LĐLĐ ngày 26/12/2025 của Ban Chấp hành Liên đoàn Lao động "
        "thành phố về nhiệm vụ năm 2026, Ban Thường vụ Liên đoàn Lao động (LĐLĐ) thành phố Đà "
        "Nẵng xây dựng Kế hoạch thực hiện nhiệm vụ công tác công đoàn năm 2026 như sau:",
    ),
    ("h", "I. KẾT QUẢ NỔI BẬT NĂM 2025"),
    (
        "p",
        "Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị "
        "hành chính cấp tỉnh, từ ngày 01/7/2025 Liên đoàn Lao động thành phố Đà Nẵng và Liên "
        "đoàn Lao động tỉnh Quảng Nam được hợp nhất; LĐLĐ của 25 quận, huyện, thị xã, thành "
        "phố kết thúc hoạt động, các CĐCS trực thuộc được chuyển về LĐLĐ thành phố quản lý "
        "trong vòng 10 ngày, không làm gián đoạn hoạt động ở cơ sở.",
    ),
    (
        "p",
        "Đến ngày 31/12/2025, toàn thành phố có 3.412 CĐCS với 318.450 đoàn viên, trong đó "
        "đoàn viên nữ chiếm 52,3%. Trong năm, các cấp công đoàn kết nạp mới 14.260 đoàn viên, "
        "đạt 101,9% kế hoạch; thành lập mới 96 CĐCS; giới thiệu 1.870 đoàn viên ưu tú cho Đảng "
        "xem xét kết nạp, trong đó 1.215 đồng chí đã được kết nạp.",
    ),
    (
        "p",
        "Công tác đại diện, bảo vệ có chuyển biến: 78,5% CĐCS doanh nghiệp ký kết thỏa ước lao "
        "động tập thể; các cấp công đoàn phối hợp tổ chức 1.126 cuộc đối thoại tại nơi làm "
        "việc; trên địa bàn xảy ra ba cuộc ngừng việc tập thể, đều được giải quyết trong 2 "
        "ngày.",
    ),
    (
        "p",
        "Dịp Tết Ất Tỵ 2025, công đoàn các cấp đã thăm hỏi, tặng quà cho 52.300 đoàn viên, "
        "người lao động với tổng số tiền hơn 96,4 tỷ đồng; xây dựng, sửa chữa 42 nhà “Mái ấm "
        "Công đoàn”, mỗi nhà được hỗ trợ từ 60 đến 80 triệu đồng. Đã tập huấn cho 11.540 lượt "
        "cán bộ công đoàn. Thu tài chính công đoàn cả năm đạt 412,6 tỷ đồng, bằng 103,2% dự "
        "toán.",
    ),
    ("h", "II. MỤC TIÊU, CHỈ TIÊU NĂM 2026"),
    ("h", "1. Mục tiêu chung"),
    (
        "p",
        "Tiếp tục thực hiện Nghị quyết số 02-NQ/TW, đổi mới nội dung, phương thức hoạt động; "
        "làm tốt chức năng đại diện, chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính đáng của "
        "đoàn viên, người lao động; xây dựng tổ chức công đoàn thành phố sau hợp nhất vững "
        "mạnh, đoàn kết.",
    ),
    ("h", "2. Chỉ tiêu cụ thể"),
    (
        "p",
        "Phấn đấu trong năm 2026 kết nạp mới ít nhất 15.000 đoàn viên, thành lập mới từ 100 "
        "CĐCS trở lên; đến cuối năm toàn thành phố có trên 325.000 đoàn viên.",
    ),
    (
        "p",
        "100% cơ quan, đơn vị khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức; "
        "ít nhất 80% CĐCS doanh nghiệp có thỏa ước lao động tập thể; ít nhất 90% doanh nghiệp "
        "có tổ chức công đoàn tổ chức đối thoại định kỳ tại nơi làm việc.",
    ),
    (
        "p",
        "Mỗi CĐCS giới thiệu ít nhất 1 đoàn viên ưu tú cho Đảng, toàn thành phố giới thiệu từ "
        "2.000 đoàn viên ưu tú trở lên; tập huấn, bồi dưỡng khoảng 12.000 lượt cán bộ công "
        "đoàn; xây dựng, sửa chữa 45 nhà “Mái ấm Công đoàn”.",
    ),
    (
        "p",
        "Thu kinh phí công đoàn, đoàn phí công đoàn đạt 100% dự toán trở lên, tổng thu khoảng "
        "430 tỷ đồng.",
    ),
    ("h", "3. Các chỉ tiêu chủ yếu năm 2026"),
    ("table", ""),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
    (
        "p",
        "Một là, chăm lo đời sống đoàn viên, người lao động. Tổ chức tốt Chương trình “Tết Sum "
        "vầy” năm 2026, phấn đấu chăm lo Tết Bính Ngọ cho trên 55.000 đoàn viên, người lao "
        "động với tổng kinh phí khoảng 100 tỷ đồng; phối hợp giải ngân ít nhất 15 tỷ đồng cho "
        "đoàn viên vay vốn phát triển kinh tế gia đình.",
    ),
    (
        "p",
        "Hai là, phát triển đoàn viên, thành lập CĐCS. Tập trung vào doanh nghiệp ngoài nhà "
        "nước, nhất là trong Khu công nghệ cao, các khu công nghiệp và Khu kinh tế mở Chu Lai, "
        "nơi hiện còn khoảng 410 doanh nghiệp đủ điều kiện nhưng chưa thành lập CĐCS. Kiện "
        "toàn tổ chức theo Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư "
        "và hướng dẫn của Tổng Liên đoàn Lao động Việt Nam.",
    ),
    (
        "p",
        "Ba là, đẩy mạnh phong trào thi đua “Lao động giỏi, lao động sáng tạo”, phấn đấu có "
        "trên 1.500 sáng kiến được đăng ký; quản lý, sử dụng tài chính công đoàn đúng Nghị "
        "định số 191/2013/NĐ-CP ngày 21/11/2013 của Chính phủ; dành không dưới 60% số thu để "
        "lại cơ sở cho hoạt động chăm lo, bảo vệ đoàn viên.",
    ),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    (
        "p",
        "Các công đoàn cấp trên trực tiếp cơ sở căn cứ Kế hoạch này xây dựng kế hoạch của đơn "
        "vị, gửi về LĐLĐ thành phố trước ngày 15/02/2026; định kỳ 6 tháng báo cáo kết quả thực "
        "hiện. Ban Thường vụ LĐLĐ thành phố sơ kết vào tháng 7/2026 và tổng kết vào tháng "
        "12/2026./.",
    ),
    ("end", ""),
]

RECIPIENTS = [
    "Nơi nhận:",
    "- Tổng LĐLĐ Việt Nam (b/c);",
    "- Thường trực Thành ủy (b/c);",
    "- Các công đoàn cấp trên cơ sở;",
    "- Lưu: VT, ToC.",
]
SIGNATURE = [
    ("b", "TM. BAN THƯỜNG VỤ"),
    ("b", "CHỦ TỊCH"),
    ("i", "(Đã ký)"),
    ("", ""),
    ("b", "Trần Văn Phúc"),
]


class Page:
    def __init__(self, number: int = 1) -> None:
        self.image = Image.new("L", (WIDTH, HEIGHT), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.y = TOP
        if number > 1:  # page numbers from page 2, at the top centre
            self.centred(str(number), font("", round(12 * PT)), LEFT, WIDTH - RIGHT, round(8 * MM))

    def centred(self, text: str, face, x0: int, x1: int, y: int) -> None:
        w = face.getlength(text)
        self.draw.text((round((x0 + x1 - w) / 2), y), text, font=face, fill=0)


def header(page: Page) -> None:
    """The two-column head: issuer and number left, motto and dateline right."""
    size = round(12 * PT)
    split = round(88 * MM)
    bottom = page.y
    for column, x0, x1 in (
        (HEADER_LEFT, round(12 * MM), split),
        (HEADER_RIGHT, split, round(202 * MM)),
    ):
        y = page.y
        previous = None
        for style, text in column:
            if style == "rule":  # the short line under the issuer and under the motto
                w = font("b", size).getlength(previous) * 0.45
                mid = (x0 + x1) / 2
                page.draw.line(
                    (mid - w / 2, y + round(2 * PT), mid + w / 2, y + round(2 * PT)),
                    fill=0,
                    width=2,
                )
                y += round(8 * PT)
                continue
            if text:
                page.centred(text, font(style, size), x0, x1, y)
                previous = text
            y += round(size * 1.25) if text else round(size * 0.4)
        bottom = max(bottom, y)
    page.y = bottom + round(12 * PT)


class Table:
    widths = [round(w * MM) for w in TABLE_MM]

    def lines(self, text: str, face, width: int) -> list[str]:
        return wrap(text, face, width - 2 * PAD) if text else []

    def head_height(self) -> int:
        bold = font("b", TABLE_SIZE)
        n = max(len(self.lines(t, bold, w)) for t, w in zip(TABLE_HEAD, self.widths, strict=True))
        return n * TABLE_LEAD + 2 * PAD

    def row_height(self, row: list[str]) -> int:
        face = font("", TABLE_SIZE)
        if len(row) == 2:  # a section row
            return TABLE_LEAD + 2 * PAD
        n = max(len(self.lines(t, face, w)) for t, w in zip(row, self.widths, strict=True))
        return n * TABLE_LEAD + 2 * PAD

    def height(self) -> int:
        return self.head_height() + sum(self.row_height(r) for r in TABLE)

    def typeset(self, page: Page) -> None:
        bold, regular = font("b", TABLE_SIZE), font("", TABLE_SIZE)
        x0, top = LEFT, page.y
        h = self.head_height()
        left = x0
        for text, w in zip(TABLE_HEAD, self.widths, strict=True):
            lines = self.lines(text, bold, w)
            y = round(top + (h - len(lines) * TABLE_LEAD) / 2)
            for k, line in enumerate(lines):
                page.centred(line, bold, left, left + w, y + k * TABLE_LEAD)
            page.draw.rectangle((left, top, left + w, top + h), outline=0, width=RULE)
            left += w
        y0 = top + h
        right = x0 + sum(self.widths)
        for row in TABLE:
            height = self.row_height(row)
            if len(row) == 2:  # section row: letter in STT, title across the other columns
                w0 = self.widths[0]
                page.centred(row[0], bold, x0, x0 + w0, y0 + PAD)
                page.draw.text((x0 + w0 + PAD, y0 + PAD), row[1], font=bold, fill=0)
                page.draw.rectangle((x0, y0, x0 + w0, y0 + height), outline=0, width=RULE)
                page.draw.rectangle((x0 + w0, y0, right, y0 + height), outline=0, width=RULE)
                y0 += height
                continue
            left = x0
            for c, (text, w) in enumerate(zip(row, self.widths, strict=True)):
                lines = self.lines(text, regular, w)
                y = y0 + PAD if c == 1 else round(y0 + (height - len(lines) * TABLE_LEAD) / 2)
                for k, line in enumerate(lines):
                    ty = y + k * TABLE_LEAD
                    if TABLE_ALIGN[c] == "l":
                        page.draw.text((left + PAD, ty), line, font=regular, fill=0)
                    elif TABLE_ALIGN[c] == "r":
                        at = round(left + w - PAD - regular.getlength(line))
                        page.draw.text((at, ty), line, font=regular, fill=0)
                    else:
                        page.centred(line, regular, left, left + w, ty)
                page.draw.rectangle((left, y0, left + w, y0 + height), outline=0, width=RULE)
                left += w
            y0 += height
        page.draw.rectangle((x0, top, right, y0), outline=0, width=OUTER)
        page.y = y0 + round(4 * MM)

    def source_lines(self) -> list[str]:
        """The printed rows, the way the project writes a table row: the cells in column
        order joined with " | ", a cell's wrapped lines joined with a space, an empty cell as
        an empty string, trailing empty cells dropped, whitespace folded. A merged cell is
        said once, in its first column: a section row is "A | CHỈ TIÊU VỀ TỔ CHỨC"."""
        out = []
        for row in [TABLE_HEAD, *TABLE]:
            cells = list(row)
            while cells and not cells[-1]:
                cells.pop()
            out.append(" ".join(" | ".join(cells).split()))
        return out


def signature(page: Page) -> None:
    y0 = page.y + round(2 * MM)
    small = round(11 * PT)
    for k, line in enumerate(RECIPIENTS):
        face = font("b" if k == 0 else "", small)
        page.draw.text((LEFT, y0 + k * round(small * 1.3)), line, font=face, fill=0)
    x0 = LEFT + round(85 * MM)
    y = y0
    for style, text in SIGNATURE:
        if text:
            page.centred(text, font(style), x0, WIDTH - RIGHT, y)
        y += LEADING if text else 2 * LEADING
    page.y = max(y, y0 + len(RECIPIENTS) * round(small * 1.3))


def typeset() -> list[Page]:
    pages = [Page()]
    header(pages[0])
    width = WIDTH - LEFT - RIGHT
    regular, bold = font(""), font("b")
    table = Table()

    def room(height: int) -> Page:
        """The current page if `height` fits on it, else a new page."""
        if pages[-1].y + height > HEIGHT - BOTTOM:
            pages.append(Page(len(pages) + 1))
        return pages[-1]

    for k, (style, text) in enumerate(BODY):
        need = {"h": 3 * LEADING, "end": 7 * LEADING}.get(style, LEADING)
        if style == "h" and BODY[k + 1][0] == "table":  # the table's heading goes with it
            need = LEADING * 2 + table.height()
        elif style == "table":
            need = table.height()
        page = room(need)
        if style == "gap":
            page.y += round(LEADING * 0.5)
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
                page = room(LEADING)  # a paragraph runs on over the page break
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
            signature(page)
        assert pages[-1].y < HEIGHT - BOTTOM, f"page {len(pages)} overflows: {pages[-1].y}"
    return pages


def band(shape: tuple[int, int], centre: float, half: float) -> np.ndarray:
    """A soft horizontal band in [0, 1] across the page: 1 within `half` of `centre` (shares
    of the page height), falling off over 80 px on each side."""
    height = shape[0]
    y = np.arange(height, dtype=np.float32)
    distance = np.abs(y - centre * height) - half * height
    return np.clip(1 - distance / 80, 0, 1)[:, None] * np.ones((1, shape[1]), np.float32)


def dark_copy(page: Page, turn: float, band_at: tuple[float, float], rng: np.random.Generator):
    """Spread toner, grey paper with a darker band, a turn, blur, grain, specks, streaks."""
    ink = 1 - np.asarray(page.image, dtype=np.float32) / 255  # 1 where printed
    thick = 1 - np.asarray(page.image.filter(ImageFilter.MinFilter(3)), np.float32) / 255
    ink = np.maximum(ink, thick * SPREAD)  # the toner spreads around every stroke
    # uneven toner, heavier in places
    ink = np.clip(ink * (0.9 + 0.2 * smooth_field(rng, ink.shape, 4)), 0, 1)
    paper = PAPER - BAND * band(ink.shape, *band_at)
    paper -= 10 * smooth_field(rng, ink.shape, 3)
    pixels = paper - (paper - INK) * ink
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    fill = int(PAPER)
    image = image.rotate(turn, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    image = image.filter(ImageFilter.GaussianBlur(BLUR))
    pixels = np.asarray(image, dtype=np.float32).copy()
    pixels += rng.normal(0, NOISE, pixels.shape)
    height, width = pixels.shape
    for _ in range(SPECKS):  # specks of dust and toner
        y, x = rng.integers(0, height - 4), rng.integers(0, width - 4)
        size = rng.integers(1, 4)
        pixels[y : y + size, x : x + size] = rng.uniform(60, 170)
    # a dark edge where the page did not lie flat on the glass
    pixels[:, :60] -= np.linspace(30, 0, 60)[None, :]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")


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


def main(out: Path = OUT, seed: int = SEED) -> None:
    rng = np.random.default_rng(seed)
    pages = typeset()
    assert len(pages) == len(TURN), f"{len(pages)} pages"
    bands = [(0.12, 0.04), (0.42, 0.07)]  # page 1: across the head; page 2: across the table
    images = [dark_copy(p, t, b, rng) for p, t, b in zip(pages, TURN, bands, strict=True)]
    images[0].save(out, save_all=True, append_images=images[1:], resolution=DPI, quality=QUALITY)
    SOURCE.write_text(source_text(), "utf-8")
    print(f"{out}: {len(images)} pages")


if __name__ == "__main__":
    import sys

    # optional: another output path and a seed, to try seeds (source text is the same)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    main(out, int(sys.argv[2]) if len(sys.argv) > 2 else SEED)
