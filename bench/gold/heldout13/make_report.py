"""Generator of bench/gold/heldout13/report.pdf (a two-page six-month report, received by fax).

Documents how the file was made; not imported by tests, not part of the project. Pillow is
not in the project venv, so it runs in a venv of its own, with Debian's TeX Gyre fonts:

    apt-get install -y fonts-texgyre
    python -m venv /tmp/h13venv && /tmp/h13venv/bin/pip install Pillow numpy
    /tmp/h13venv/bin/python bench/gold/heldout13/make_report.py

(made with Pillow 13.0.0, numpy 2.4.6, fonts-texgyre 20180621-6, Python 3.11).

"Báo cáo sơ kết công tác công đoàn 6 tháng đầu năm 2026" of Công đoàn các Khu công nghiệp
tỉnh Đồng Nai (after the merger with Bình Phước). Each page is typeset with Pillow on an A4
canvas at 400 dpi in grey (TeX Gyre Pagella, a Palatino-like face, 12.5 pt body), with one
ruled table "TT | Nội dung | Kế hoạch năm 2026 | Thực hiện 6 tháng | Tỷ lệ (%)" of 8 rows
whose HEADER ROW IS SHADED (a flat 22 % grey fill behind the bold header text). A fax
machine's transmission line is printed at the top of each page. Then each page is "faxed":
turned slightly (0.45 and -0.35 degree), blurred a little, brought down to 200 dpi, and made
BITONAL: every pixel black or white. Mid-tones go through a clustered-dot halftone screen (a
45-degree dot pattern, as a fax's halftone mode makes), so the header row's grey fill
becomes a field of dots behind its text, and letter edges come out ragged; a little noise
before the threshold, black specks and one white dropout line (a scan line lost) complete
the fax. The two 1-bit images are saved as a PDF at 200 dpi with no text layer. The printed
text is also written to source_report.txt (a table row as its cells joined with " | "; the
fax line of page 1 heads it, page 2's fax line and page number are not in it).
The seed is fixed, so the images are the same on every run (only the PDF's CreationDate
changes).

Every figure, number, person and local document is invented; the cited national documents
(202/2025/QH15, 50/2024/QH15, 45/2019/QH14, 31-CT/TW, 145/2020/NĐ-CP, 02-NQ/TW) are real.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scanned_print import justify, wrap  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "report.pdf"
SOURCE = HERE / "source_report.txt"
FONTS = Path("/usr/share/texmf/fonts/opentype/public/tex-gyre")

DPI = 400  # typesetting resolution; the fax is 200 dpi
FAX_DPI = 200
MM = DPI / 25.4
PT = DPI / 72
WIDTH, HEIGHT = round(210 * MM), round(297 * MM)
LEFT, RIGHT, TOP, BOTTOM = round(22 * MM), round(15 * MM), round(15 * MM), round(12 * MM)
SIZE = round(12 * PT)
LEADING = round(12 * PT * 1.2)
INDENT = round(10 * MM)
TABLE_SIZE = round(11 * PT)
TABLE_LEAD = round(11 * PT * 1.2)
PAD = round(1.0 * MM)

TURN = [0.45, -0.35]  # degrees, page 1 and page 2 (the table's)
SEED = 31
SHADE = 0.22  # darkness of the header row's grey fill (0 paper, 1 black)
BLUR = 0.6  # Gaussian blur radius at 400 dpi, pixels
NOISE = 0.045  # noise added to the darkness before the screen
WHITE, BLACK = 0.14, 0.62  # darkness below WHITE is paper, above BLACK is solid black
SCREEN = 5.0  # period of the halftone screen at 200 dpi, pixels (45 degrees)
SPECKS = 250  # black specks per page
DROPOUT = [(0.305, 1), (None, 0)]  # a lost scan line (share of the height, rows) per page
RULE = 2  # ruling at 400 dpi, pixels (1 px in the fax)
OUTER = 4

FAX_LINE = "08/07/2026 15:42  FAX 02513 891 246  CD CAC KCN DONG NAI  P.{:03d}/002"


def font(style: str = "", size: int | None = None) -> ImageFont.FreeTypeFont:
    name = {
        "": "texgyrepagella-regular",
        "b": "texgyrepagella-bold",
        "i": "texgyrepagella-italic",
    }[style]
    return ImageFont.truetype(str(FONTS / f"{name}.otf"), size or SIZE)


HEADER_LEFT = [
    ("", "LĐLĐ TỈNH ĐỒNG NAI"),
    ("b", "CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP"),
    ("rule", ""),
    ("", "Số: 58/BC-CĐKCN"),
]
HEADER_RIGHT = [
    ("b", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("b", "Độc lập - Tự do - Hạnh phúc"),
    ("rule", ""),
    ("i", "Đồng Nai, ngày 08 tháng 7 năm 2026"),
]

# the results table: one shaded header row, numbers centred
TABLE_HEAD = ["TT", "Nội dung", "Kế hoạch năm 2026", "Thực hiện 6 tháng", "Tỷ lệ (%)"]
TABLE = [
    ["1", "Số đoàn viên kết nạp mới", "18.000", "10.426", "57,9"],
    ["2", "Số CĐCS thành lập mới", "60", "37", "61,7"],
    ["3", "Lượt cán bộ công đoàn được tập huấn", "4.500", "2.318", "51,5"],
    ["4", "Tỷ lệ doanh nghiệp tổ chức đối thoại định kỳ (%)", "≥ 90", "84,6", "-"],
    ["5", "Tỷ lệ CĐCS doanh nghiệp có thỏa ước lao động tập thể (%)", "75", "71,2", "-"],
    ["6", "Số đoàn viên ưu tú giới thiệu cho Đảng", "600", "274", "45,7"],
    [
        "7",
        "Kinh phí chăm lo Tết cho đoàn viên, người lao động (triệu đồng)",
        "42.000",
        "44.850",
        "106,8",
    ],
    ["8", "Thu kinh phí công đoàn (triệu đồng)", "310.000", "168.420", "54,3"],
]
TABLE_MM = [10, 95, 24, 24, 20]  # 173 mm, the text width
TABLE_ALIGN = "clccc"

BODY = [
    ("title", "BÁO CÁO"),
    ("sub", "Sơ kết công tác công đoàn 6 tháng đầu năm 2026"),
    ("sub", "và phương hướng, nhiệm vụ 6 tháng cuối năm 2026"),
    ("gap", ""),
    (
        "p",
        "Thực hiện Kế hoạch số 12/KH-CĐKCN ngày 15/01/2026 của Ban Thường vụ Công đoàn các "
        "Khu công nghiệp (KCN) tỉnh Đồng Nai về nhiệm vụ năm 2026, Ban Thường vụ báo cáo kết "
        "quả 6 tháng đầu năm 2026 như sau:",
    ),
    ("h", "I. ĐẶC ĐIỂM TÌNH HÌNH"),
    (
        "p",
        "Từ ngày 01/7/2025, thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội "
        "về sắp xếp đơn vị hành chính cấp tỉnh, các KCN của tỉnh Bình Phước cũ được chuyển về "
        "Công đoàn các KCN tỉnh Đồng Nai. Đến nay, đơn vị theo dõi 49 KCN đang hoạt động với "
        "khoảng 2.140 doanh nghiệp và hơn 712.000 lao động, trong đó lao động nữ chiếm 58,6%.",
    ),
    (
        "p",
        "Sáu tháng đầu năm, sản xuất, kinh doanh của doanh nghiệp cơ bản ổn định; tuy nhiên "
        "một số doanh nghiệp may mặc, giày da thiếu đơn hàng, 23 doanh nghiệp phải cắt giảm "
        "giờ làm, ảnh hưởng đến việc làm và thu nhập của khoảng 9.800 người lao động.",
    ),
    ("h", "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"),
    ("h", "1. Tuyên truyền, giáo dục"),
    (
        "p",
        "Các cấp công đoàn tuyên truyền Luật Công đoàn số 50/2024/QH15, Bộ luật Lao động số "
        "45/2019/QH14 và Chỉ thị số 31-CT/TW ngày 19/3/2024 của Ban Bí thư về tiếp tục tăng "
        "cường sự lãnh đạo của Đảng đối với công tác xây dựng quan hệ lao động hài hòa, ổn "
        "định và tiến bộ trong tình hình mới. Đã tổ chức 146 buổi tuyên truyền tại doanh "
        "nghiệp với 31.500 lượt đoàn viên, người lao động tham dự.",
    ),
    ("h", "2. Phát triển đoàn viên, xây dựng tổ chức công đoàn"),
    (
        "p",
        "Sáu tháng đầu năm, toàn đơn vị kết nạp 10.426 đoàn viên, đạt 57,9% kế hoạch năm; "
        "thành lập mới 37 CĐCS với 4.915 đoàn viên. Do doanh nghiệp giải thể, ngừng hoạt động, "
        "19 CĐCS đã được giải thể theo quy định. Đến ngày 30/6/2026, Công đoàn các KCN có "
        "1.186 CĐCS với 486.230 đoàn viên, trong đó 281.760 đoàn viên nữ (chi tiết tại Phụ lục "
        "kèm theo). Đã giới thiệu 274 đoàn viên ưu tú cho Đảng xem xét kết nạp, đạt 45,7% kế "
        "hoạch.",
    ),
    ("h", "3. Đại diện, bảo vệ quyền, lợi ích của đoàn viên, người lao động"),
    (
        "p",
        "Các CĐCS phối hợp với người sử dụng lao động tổ chức 812 hội nghị người lao động, đạt "
        "94,3% số doanh nghiệp phải tổ chức, và 964 cuộc đối thoại định kỳ tại nơi làm việc "
        "theo Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ, đạt 84,6% số doanh "
        "nghiệp có tổ chức công đoàn. Có 68 bản thỏa ước lao động tập thể được ký mới hoặc sửa "
        "đổi, bổ sung; tỷ lệ CĐCS doanh nghiệp có thỏa ước đạt 71,2%. Trên địa bàn xảy ra 4 "
        "cuộc ngừng việc tập thể với khoảng 1.950 người tham gia, giảm 3 cuộc so với cùng kỳ "
        "năm 2025; công đoàn đã phối hợp giải quyết, không để kéo dài quá 2 ngày.",
    ),
    ("h", "4. Chăm lo đời sống đoàn viên, người lao động"),
    (
        "p",
        "Dịp Tết Bính Ngọ 2026, công đoàn các cấp thăm hỏi, tặng 38.640 suất quà cho đoàn "
        "viên, người lao động với tổng số tiền hơn 44,8 tỷ đồng; tổ chức 12 chuyến xe đưa "
        "1.720 công nhân về quê đón Tết. Trong “Tháng Công nhân” năm 2026, các CĐCS tổ chức "
        "215 hoạt động chăm lo; bàn giao 26 nhà “Mái ấm Công đoàn”, mỗi nhà được hỗ trợ 70 "
        "triệu đồng. Quỹ Trợ vốn công nhân lao động nghèo đã giải ngân 8,5 tỷ đồng cho 412 "
        "đoàn viên vay vốn.",
    ),
    ("h", "5. Thi đua, tập huấn, tài chính công đoàn"),
    (
        "p",
        "Phong trào thi đua “Lao động giỏi, lao động sáng tạo” có 1.348 sáng kiến được công "
        "nhận, làm lợi cho doanh nghiệp khoảng 27 tỷ đồng. Công đoàn các KCN mở 32 lớp tập "
        "huấn cho 2.318 lượt cán bộ công đoàn, đạt 51,5% kế hoạch năm.",
    ),
    (
        "p",
        "Thu kinh phí công đoàn 6 tháng đạt 168,42 tỷ đồng, bằng 54,3% dự toán; còn 9 doanh "
        "nghiệp nợ kinh phí công đoàn trên 6 tháng.",
    ),
    ("h", "6. Kết quả thực hiện một số chỉ tiêu chủ yếu"),
    ("table", ""),
    ("h", "7. Hạn chế"),
    (
        "p",
        "Tỷ lệ CĐCS có thỏa ước lao động tập thể và tỷ lệ doanh nghiệp tổ chức đối thoại định "
        "kỳ còn thấp hơn chỉ tiêu; phát triển đoàn viên ở doanh nghiệp nhỏ còn chậm.",
    ),
    ("h", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026"),
    (
        "p",
        "Tiếp tục thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị, tập trung "
        "vào các nhiệm vụ sau:",
    ),
    (
        "p",
        "Một là, phấn đấu kết nạp thêm ít nhất 7.600 đoàn viên, thành lập mới từ 23 CĐCS trở "
        "lên để hoàn thành chỉ tiêu năm; giới thiệu thêm 330 đoàn viên ưu tú cho Đảng xem xét "
        "kết nạp.",
    ),
    (
        "p",
        "Hai là, nâng tỷ lệ doanh nghiệp tổ chức đối thoại định kỳ lên 90% trở lên, tỷ lệ "
        "CĐCS doanh nghiệp có thỏa ước lao động tập thể đạt 75%; phối hợp tập huấn cho khoảng "
        "2.200 lượt cán bộ công đoàn.",
    ),
    (
        "p",
        "Ba là, thu kinh phí công đoàn đạt 100% dự toán, tổng thu cả năm khoảng 310 tỷ đồng; "
        "chuẩn bị sớm kế hoạch chăm lo Tết Đinh Mùi 2027, bàn giao thêm 14 nhà “Mái ấm Công "
        "đoàn” trước ngày 31/12/2026.",
    ),
    (
        "p",
        "Trên đây là báo cáo sơ kết công tác công đoàn 6 tháng đầu năm 2026 của Công đoàn các "
        "Khu công nghiệp tỉnh Đồng Nai./.",
    ),
    ("end", ""),
]

RECIPIENTS = [
    "Nơi nhận:",
    "- LĐLĐ tỉnh Đồng Nai (b/c);",
    "- Ban Quản lý các KCN tỉnh;",
    "- Các CĐCS;",
    "- Lưu: VT.",
]
SIGNATURE = [
    ("b", "TM. BAN THƯỜNG VỤ"),
    ("b", "CHỦ TỊCH"),
    ("i", "(Đã ký)"),
    ("", ""),
    ("b", "Lê Thị Thanh Hương"),
]


class Page:
    def __init__(self, number: int) -> None:
        self.image = Image.new("L", (WIDTH, HEIGHT), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.y = TOP
        # the fax machine's transmission line, at the very top
        fax = ImageFont.truetype(str(FONTS / "texgyrecursor-regular.otf"), round(8.5 * PT))
        self.draw.text((round(12 * MM), round(5 * MM)), FAX_LINE.format(number), font=fax, fill=0)
        if number > 1:  # the page number, at the top centre from page 2
            self.centred(str(number), font("", round(12 * PT)), LEFT, WIDTH - RIGHT, round(11 * MM))

    def centred(self, text: str, face, x0: int, x1: int, y: int) -> None:
        w = face.getlength(text)
        self.draw.text((round((x0 + x1 - w) / 2), y), text, font=face, fill=0)


def header(page: Page) -> None:
    """The two-column head: issuer and number left, motto and dateline right."""
    size = round(12 * PT)
    split = round(90 * MM)
    bottom = page.y
    for column, x0, x1 in (
        (HEADER_LEFT, round(10 * MM), split),
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

    def lines(self, text: str, face, width: int) -> list[str]:
        return wrap(text, face, width - 2 * PAD) if text else []

    def head_height(self) -> int:
        bold = font("b", TABLE_SIZE)
        n = max(len(self.lines(t, bold, w)) for t, w in zip(TABLE_HEAD, self.widths, strict=True))
        return n * TABLE_LEAD + 2 * PAD

    def row_height(self, row: list[str]) -> int:
        face = font("", TABLE_SIZE)
        n = max(len(self.lines(t, face, w)) for t, w in zip(row, self.widths, strict=True))
        return n * TABLE_LEAD + 2 * PAD

    def height(self) -> int:
        return self.head_height() + sum(self.row_height(r) for r in TABLE)

    def typeset(self, page: Page) -> None:
        bold, regular = font("b", TABLE_SIZE), font("", TABLE_SIZE)
        x0, top = LEFT, page.y
        right = x0 + sum(self.widths)
        h = self.head_height()
        # the shaded header row: a flat grey fill behind the header text
        page.draw.rectangle((x0, top, right, top + h), fill=round(255 * (1 - SHADE)))
        left = x0
        for text, w in zip(TABLE_HEAD, self.widths, strict=True):
            lines = self.lines(text, bold, w)
            y = round(top + (h - len(lines) * TABLE_LEAD) / 2)
            for k, line in enumerate(lines):
                page.centred(line, bold, left, left + w, y + k * TABLE_LEAD)
            page.draw.rectangle((left, top, left + w, top + h), outline=0, width=RULE)
            left += w
        y0 = top + h
        for row in TABLE:
            height = self.row_height(row)
            left = x0
            for c, (text, w) in enumerate(zip(row, self.widths, strict=True)):
                lines = self.lines(text, regular, w)
                y = round(y0 + (height - len(lines) * TABLE_LEAD) / 2)
                for k, line in enumerate(lines):
                    ty = y + k * TABLE_LEAD
                    if TABLE_ALIGN[c] == "l":
                        page.draw.text((left + PAD, ty), line, font=regular, fill=0)
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
        an empty string, trailing empty cells dropped, whitespace folded."""
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
    pages = [Page(1)]
    header(pages[0])
    width = WIDTH - LEFT - RIGHT
    regular, bold = font(""), font("b")
    table = Table()

    def room(height: int) -> Page:
        """The current page if `height` fits on it, else a new page."""
        if pages[-1].y + height > HEIGHT - BOTTOM:
            pages.append(Page(len(pages) + 1))
            pages[-1].y = TOP + round(4 * MM)
        return pages[-1]

    for k, (style, text) in enumerate(BODY):
        need = {"h": 3 * LEADING, "end": 7 * LEADING}.get(style, LEADING)
        if style == "h" and BODY[k + 1][0] == "table":  # the table's heading goes with it
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


def screen(shape: tuple[int, int]) -> np.ndarray:
    """A clustered-dot halftone screen at 45 degrees, thresholds in [0, 1]: a pixel whose
    darkness is above its threshold prints black, so a flat grey turns into round dots."""
    y, x = np.mgrid[0 : shape[0], 0 : shape[1]].astype(np.float32)
    u = (x + y) / np.sqrt(2) * 2 * np.pi / SCREEN
    v = (x - y) / np.sqrt(2) * 2 * np.pi / SCREEN
    spot = (np.cos(u) + np.cos(v)) / 4 + 0.5  # 1 at a dot's centre, 0 between dots
    return 0.06 + 0.9 * (1 - spot)  # never 0: a flat paper stays white


def fax(page: Page, turn: float, dropout: tuple[float | None, int], rng) -> Image.Image:
    """Turn, blur, down to 200 dpi, then black and white through a halftone screen."""
    image = page.image.rotate(turn, resample=Image.BICUBIC, expand=False, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(BLUR))
    size = (round(210 / 25.4 * FAX_DPI), round(297 / 25.4 * FAX_DPI))
    image = image.resize(size, Image.BOX)
    dark = 1 - np.asarray(image, dtype=np.float32) / 255
    dark += rng.normal(0, NOISE, dark.shape)
    level = np.clip((dark - WHITE) / (BLACK - WHITE), 0, 1)  # paper 0, solid ink 1
    black = level > screen(dark.shape)
    black &= dark > WHITE
    black |= dark > BLACK
    height, width = black.shape
    for _ in range(SPECKS):  # fax noise: black specks
        y, x = rng.integers(0, height - 3), rng.integers(0, width - 3)
        black[y : y + rng.integers(1, 3), x : x + rng.integers(1, 3)] = True
    at, rows = dropout
    if at is not None:  # a lost scan line: a white row across the page
        black[round(at * height) : round(at * height) + rows, :] = False
    return Image.fromarray(np.where(black, 0, 255).astype(np.uint8), "L").convert("1")


def source_text() -> str:
    out = [FAX_LINE.format(1)]
    out += [t for s, t in HEADER_LEFT + HEADER_RIGHT if s != "rule" and t]
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
    for row in TABLE:  # no two number cells of a row alike, none its row number
        numbers = [c for c in row[2:] if c != "-"]
        assert len(set(numbers)) == len(numbers) and row[0] not in numbers, row
    images = [fax(p, t, d, rng) for p, t, d in zip(pages, TURN, DROPOUT, strict=True)]
    images[0].save(out, save_all=True, append_images=images[1:], resolution=FAX_DPI)
    SOURCE.write_text(source_text(), "utf-8")
    print(f"{out}: {len(images)} pages, {images[0].size}, mode {images[0].mode}")


if __name__ == "__main__":
    import sys

    # optional: another output path and a seed, to try seeds (source text is the same)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    main(out, int(sys.argv[2]) if len(sys.argv) > 2 else SEED)
