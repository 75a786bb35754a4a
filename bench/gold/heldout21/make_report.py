"""Generator of bench/gold/heldout21/report.pdf (a two-page six-month report, received by fax).

Documents how the file was made; not imported by tests, not part of the project. It runs
with the project venv's Pillow and numpy and Debian's Liberation Serif (fonts-liberation2):

    /work/main/.venv/bin/python bench/gold/heldout21/make_report.py

(made with Pillow 13.0.0, numpy 2.4.6, fonts-liberation2 2.1.5-1, Python 3.11).

"Báo cáo sơ kết hoạt động công đoàn 6 tháng đầu năm 2026, nhiệm vụ trọng tâm 6 tháng cuối
năm 2026" of Liên đoàn Lao động tỉnh Ninh Bình (after the merger with Hà Nam and Nam Định).
Each page is typeset with Pillow on an A4 canvas at 400 dpi in grey (Liberation Serif 13 pt,
Times New Roman metrics), with table A "TT | Nội dung chỉ tiêu | Kế hoạch năm 2026 | Thực hiện
6 tháng | Tỷ lệ so KH (%)" printed WITHOUT RULES except one rule under the header and one
under the last row (the table has no total row), two section rows across the whole table,
names wrapped over two or three lines and the row's numbers centred vertically on the middle
of the row (Word's "center" cell alignment) and horizontally in their columns. A fax
machine's transmission line is printed at the top of each page. Then each page is "faxed":
turned slightly (+0.55 and -0.6 degree), blurred a little, brought down to 200 dpi and made
BITONAL (black or white only) with a noisy threshold, so the letter edges come out ragged;
black specks complete the fax. The two 1-bit images are saved as a PDF at 200 dpi with no
text layer. The printed text is also written to source_report.txt (a table row as its cells
joined with " | "; page 2's fax line and page number are not in it). The seed is fixed, so
the images are the same on every run (only the PDF's CreationDate changes).

Every figure, number, person and local document is invented; the cited national documents
(Luật Công đoàn số 50/2024/QH15, Nghị quyết số 02-NQ/TW ngày 12/6/2021) are real.
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
FONTS = Path("/usr/share/fonts/truetype/liberation2")

DPI = 400  # typesetting resolution; the fax is 200 dpi
FAX_DPI = 200
MM = DPI / 25.4
PT = DPI / 72
WIDTH, HEIGHT = round(210 * MM), round(297 * MM)
LEFT, RIGHT, TOP, BOTTOM = round(25 * MM), round(15 * MM), round(14 * MM), round(12 * MM)
SIZE = round(13 * PT)
LEADING = round(13 * PT * 1.12)
INDENT = round(10 * MM)
TABLE_SIZE = round(12 * PT)
TABLE_LEAD = round(12 * PT * 1.12)
PAD = round(1.2 * MM)

TURN = [0.55, -0.6]  # degrees, page 1 and page 2
SEED = 21
BLUR = 0.7  # Gaussian blur radius at 400 dpi, pixels
NOISE = 0.09  # noise on the darkness before the threshold (ragged edges)
THRESHOLD = 0.47  # darkness above this is black
SPECKS = 300  # black specks per page
RULE = 3  # the two rules of table A at 400 dpi

FAX_LINE = "10/07/2026 09:18  FAX 0228 3849 516  LDLD TINH NINH BINH  P.{:03d}/002"


def font(style: str = "", size: int | None = None) -> ImageFont.FreeTypeFont:
    name = {"": "Regular", "b": "Bold", "i": "Italic", "bi": "BoldItalic"}[style]
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{name}.ttf"), size or SIZE)


HEADER_LEFT = [
    ("", "TỔNG LĐLĐ VIỆT NAM"),
    ("b", "LĐLĐ TỈNH NINH BÌNH"),
    ("rule", ""),
    ("", "Số: 214/BC-LĐLĐ"),
]
HEADER_RIGHT = [
    ("b", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("b", "Độc lập - Tự do - Hạnh phúc"),
    ("rule", ""),
    ("i", "Ninh Bình, ngày 10 tháng 7 năm 2026"),
]

# table A: no rules but one under the header and one under the last row; numbers centred
TABLE_HEAD = [
    "TT",
    "Nội dung chỉ tiêu",
    "Kế hoạch năm 2026",
    "Thực hiện 6 tháng",
    "Tỷ lệ so KH (%)",
]
SECTION = "section"
TABLE = [
    [SECTION, "I. CHỈ TIÊU VỀ TỔ CHỨC"],
    ["1", "Kết nạp đoàn viên công đoàn mới (đoàn viên)", "15.000", "9.865", "65,8"],
    ["2", "Thành lập mới công đoàn cơ sở (CĐCS)", "80", "42", "52,5"],
    [
        "3",
        "Giới thiệu đoàn viên ưu tú cho cấp ủy Đảng xem xét, bồi dưỡng, kết nạp (đoàn viên)",
        "800",
        "385",
        "48,1",
    ],
    [SECTION, "II. CHỈ TIÊU VỀ HOẠT ĐỘNG"],
    [
        "4",
        "Tỷ lệ doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động (%)",
        "≥ 90",
        "94,6",
        "-",
    ],
    [
        "5",
        "Tỷ lệ CĐCS doanh nghiệp ký kết thỏa ước lao động tập thể (%)",
        "80",
        "76,3",
        "-",
    ],
    [
        "6",
        "Lượt cán bộ công đoàn được tập huấn, bồi dưỡng nghiệp vụ",
        "7.000",
        "3.920",
        "56,0",
    ],
    [
        "7",
        "Kinh phí chăm lo, hỗ trợ đoàn viên, người lao động (triệu đồng)",
        "48.000",
        "41.250",
        "85,9",
    ],
    ["8", "Thu kinh phí công đoàn (triệu đồng)", "244.000", "128.400", "52,6"],
]
TABLE_MM = [11, 72, 29, 29, 29]  # 170 mm, the text width
TABLE_ALIGN = "clccc"

BODY = [
    ("title", "BÁO CÁO"),
    ("sub", "Sơ kết hoạt động công đoàn 6 tháng đầu năm 2026,"),
    ("sub", "nhiệm vụ trọng tâm 6 tháng cuối năm 2026"),
    ("gap", ""),
    (
        "p",
        "Thực hiện Chương trình công tác năm 2026 của Ban Chấp hành Liên đoàn Lao động tỉnh, "
        "Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh Ninh Bình báo cáo kết quả hoạt động công "
        "đoàn 6 tháng đầu năm 2026 như sau:",
    ),
    ("h", "I. KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM 2026"),
    ("h", "1. Tình hình tổ chức công đoàn"),
    (
        "p",
        "Sau một năm hợp nhất LĐLĐ ba tỉnh Hà Nam, Nam Định và Ninh Bình, bộ máy của LĐLĐ tỉnh "
        "đi vào ổn định. Đến ngày 30/6/2026, toàn tỉnh có 10 công đoàn cấp trên trực tiếp cơ "
        "sở, 3.412 CĐCS với 317.640 đoàn viên (chi tiết tại Phụ lục kèm theo). Trên địa bàn có "
        "khoảng 4.860 doanh nghiệp đang hoạt động với hơn 520.000 lao động.",
    ),
    ("h", "2. Tuyên truyền, giáo dục"),
    (
        "p",
        "Các cấp công đoàn tuyên truyền Luật Công đoàn số 50/2024/QH15 và các chế độ, chính "
        "sách mới đối với người lao động. Đã tổ chức 1.284 buổi tuyên truyền, đối thoại pháp "
        "luật với hơn 96.000 lượt đoàn viên, người lao động tham dự.",
    ),
    ("h", "3. Phát triển đoàn viên, xây dựng tổ chức công đoàn vững mạnh"),
    (
        "p",
        "Sáu tháng đầu năm, toàn tỉnh kết nạp 9.865 đoàn viên, đạt 65,8% kế hoạch năm, tăng "
        "6,3% so với cùng kỳ năm 2025; thành lập mới 42 CĐCS, đạt 52,5% kế hoạch. Do sắp xếp "
        "đơn vị sự nghiệp và doanh nghiệp ngừng hoạt động, 17 CĐCS đã được giải thể. Các cấp "
        "công đoàn giới thiệu 385 đoàn viên ưu tú cho cấp ủy Đảng, trong đó 212 đồng chí đã "
        "được kết nạp vào Đảng.",
    ),
    ("h", "4. Đại diện, bảo vệ quyền, lợi ích hợp pháp của đoàn viên, người lao động"),
    (
        "p",
        "Có 1.146/1.212 doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động, đạt "
        "94,6%; tỷ lệ CĐCS doanh nghiệp ký kết thỏa ước lao động tập thể đạt 76,3%, với 73 "
        "bản thỏa ước được ký mới hoặc sửa đổi. Trên địa bàn xảy ra 2 cuộc ngừng việc tập thể "
        "với khoảng 640 người tham gia, đều được giải quyết trong ngày.",
    ),
    ("h", "5. Chăm lo đời sống, thi đua, tài chính công đoàn"),
    (
        "p",
        "Dịp Tết Bính Ngọ 2026, công đoàn các cấp tặng 52.380 suất quà cho đoàn viên, người "
        "lao động với tổng số tiền hơn 39,6 tỷ đồng. Trong “Tháng Công nhân”, các cấp công "
        "đoàn thăm hỏi 2.150 đoàn viên có hoàn cảnh khó khăn với số tiền 1,29 tỷ đồng; bàn "
        "giao 18 nhà “Mái ấm Công đoàn”, mỗi nhà được hỗ trợ 60 triệu đồng.",
    ),
    (
        "p",
        "Phong trào thi đua “Lao động giỏi, lao động sáng tạo” có 1.027 sáng kiến được công "
        "nhận. Các cấp công đoàn mở 46 lớp tập huấn cho 3.920 lượt cán bộ công đoàn. Thu kinh "
        "phí công đoàn 6 tháng ước đạt 128,4 tỷ đồng, bằng 52,6% dự toán năm.",
    ),
    ("h", "6. Kết quả thực hiện một số chỉ tiêu chủ yếu"),
    ("table", ""),
    ("h", "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026"),
    (
        "p",
        "Tiếp tục thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới "
        "tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới, các cấp công đoàn "
        "tập trung hoàn thành các chỉ tiêu năm 2026:",
    ),
    (
        "p",
        "- Kết nạp thêm ít nhất 5.200 đoàn viên, thành lập mới từ 38 CĐCS trở lên; phấn đấu "
        "đến cuối năm toàn tỉnh có trên 320.000 đoàn viên.",
    ),
    (
        "p",
        "- Giới thiệu thêm 415 đoàn viên ưu tú cho cấp ủy Đảng; tập huấn cho khoảng 3.100 "
        "lượt cán bộ công đoàn.",
    ),
    (
        "p",
        "- Phấn đấu 90% trở lên doanh nghiệp có tổ chức công đoàn tổ chức đối thoại định kỳ; "
        "tỷ lệ CĐCS doanh nghiệp có thỏa ước lao động tập thể đạt 80%.",
    ),
    (
        "p",
        "- Thu kinh phí công đoàn đạt 100% dự toán; chuẩn bị chăm lo Tết Đinh Mùi 2027 cho "
        "không dưới 50.000 đoàn viên, người lao động.",
    ),
    (
        "p",
        "Trên đây là báo cáo sơ kết hoạt động công đoàn 6 tháng đầu năm 2026 của Liên đoàn Lao "
        "động tỉnh Ninh Bình./.",
    ),
    ("end", ""),
]

RECIPIENTS = [
    "Nơi nhận:",
    "- Tổng LĐLĐ Việt Nam (b/c);",
    "- Thường trực Tỉnh ủy (b/c);",
    "- Các CĐ cấp trên cơ sở;",
    "- Lưu: VT, ToC.",
]
SIGNATURE = [
    ("b", "TM. BAN THƯỜNG VỤ"),
    ("b", "CHỦ TỊCH"),
    ("i", "(Đã ký)"),
    ("", ""),
    ("b", "Trần Văn Khải"),
]


class Page:
    def __init__(self, number: int) -> None:
        self.image = Image.new("L", (WIDTH, HEIGHT), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.y = TOP
        # the fax machine's transmission line, at the very top
        fax = ImageFont.truetype(str(FONTS / "LiberationMono-Regular.ttf"), round(8.5 * PT))
        self.draw.text((round(12 * MM), round(4.5 * MM)), FAX_LINE.format(number), font=fax, fill=0)
        if number > 1:  # the page number, at the top centre from page 2
            self.centred(str(number), font("", round(12 * PT)), LEFT, WIDTH - RIGHT, round(10 * MM))
            self.y = TOP + round(4 * MM)

    def centred(self, text: str, face, x0: int, x1: int, y: int) -> None:
        w = face.getlength(text)
        self.draw.text((round((x0 + x1 - w) / 2), y), text, font=face, fill=0)


def header(page: Page) -> None:
    """The two-column head: issuer and number left, motto and dateline right."""
    size = round(12.5 * PT)
    split = round(85 * MM)
    bottom = page.y
    for column, x0, x1 in (
        (HEADER_LEFT, round(12 * MM), split),
        (HEADER_RIGHT, split, round(204 * MM)),
    ):
        y = page.y
        previous = None
        for style, text in column:
            if style == "rule":
                w = font("b", size).getlength(previous) * 0.45
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
            y += round(size * 1.22)
        bottom = max(bottom, y)
    page.y = bottom + round(8 * PT)


class Table:
    widths = [round(w * MM) for w in TABLE_MM]

    def lines(self, text: str, face, width: int) -> list[str]:
        return wrap(text, face, width - 2 * PAD) if text else []

    def head_height(self) -> int:
        bold = font("b", TABLE_SIZE)
        n = max(len(self.lines(t, bold, w)) for t, w in zip(TABLE_HEAD, self.widths, strict=True))
        return n * TABLE_LEAD + 2 * PAD

    def row_height(self, row: list[str]) -> int:
        if row[0] == SECTION:
            return TABLE_LEAD + 2 * PAD
        face = font("", TABLE_SIZE)
        n = max(len(self.lines(t, face, w)) for t, w in zip(row, self.widths, strict=True))
        return n * TABLE_LEAD + 2 * PAD

    def height(self) -> int:
        return self.head_height() + sum(self.row_height(r) for r in TABLE) + round(2 * MM)

    def typeset(self, page: Page) -> None:
        bold, regular = font("b", TABLE_SIZE), font("", TABLE_SIZE)
        x0, top = LEFT, page.y
        right = x0 + sum(self.widths)
        h = self.head_height()
        left = x0
        for text, w in zip(TABLE_HEAD, self.widths, strict=True):
            lines = self.lines(text, bold, w)
            y = round(top + (h - len(lines) * TABLE_LEAD) / 2)
            for k, line in enumerate(lines):
                page.centred(line, bold, left, left + w, y + k * TABLE_LEAD)
            left += w
        y0 = top + h
        page.draw.line((x0, y0, right, y0), fill=0, width=RULE)  # the rule under the header
        y0 += round(1 * MM)
        for row in TABLE:
            height = self.row_height(row)
            if row[0] == SECTION:  # across the whole table, bold, from the left edge
                page.draw.text((x0 + PAD, y0 + PAD), row[1], font=bold, fill=0)
                y0 += height
                continue
            left = x0
            for c, (text, w) in enumerate(zip(row, self.widths, strict=True)):
                lines = self.lines(text, regular, w)
                # Word's "center" cell alignment: the cell's lines on the middle of the row
                y = round(y0 + (height - len(lines) * TABLE_LEAD) / 2)
                for k, line in enumerate(lines):
                    ty = y + k * TABLE_LEAD
                    if TABLE_ALIGN[c] == "l":
                        page.draw.text((left + PAD, ty), line, font=regular, fill=0)
                    else:
                        page.centred(line, regular, left, left + w, ty)
                left += w
            y0 += height
        y0 += round(1 * MM)
        page.draw.line((x0, y0, right, y0), fill=0, width=RULE)  # the rule under the last row
        page.y = y0 + round(4 * MM)

    def source_lines(self) -> list[str]:
        """The printed rows, the way the project writes a table row: the cells in column
        order joined with " | ", a cell's wrapped lines joined with a space, trailing empty
        cells dropped, whitespace folded; a section row across the table is its one cell."""
        out = []
        for row in [TABLE_HEAD, *TABLE]:
            cells = [row[1]] if row[0] == SECTION else list(row)
            while cells and not cells[-1]:
                cells.pop()
            out.append(" ".join(" | ".join(cells).split()))
        return out


def signature(page: Page) -> None:
    y0 = page.y + round(2 * MM)
    small = round(11 * PT)
    for k, line in enumerate(RECIPIENTS):
        face = font("bi" if k == 0 else "", small)
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
        return pages[-1]

    for k, (style, text) in enumerate(BODY):
        need = {"h": 3 * LEADING, "end": 7 * LEADING}.get(style, LEADING)
        if style == "h" and BODY[k + 1][0] == "table":  # the table's heading goes with it
            need = LEADING * 2 + table.height()
        elif style == "table":
            need = table.height()
        page = room(need)
        if style == "gap":
            page.y += round(LEADING * 0.3)
        elif style == "title":
            page.centred(text, font("b", round(14 * PT)), LEFT, WIDTH - RIGHT, page.y)
            page.y += round(LEADING * 1.15)
        elif style == "sub":
            page.centred(text, bold, LEFT, WIDTH - RIGHT, page.y)
            page.y += LEADING
        elif style == "h":
            page.y += round(1.5 * PT)
            x = LEFT + (0 if text[0] in "IV" else INDENT)
            for line in wrap(text, bold, width - (x - LEFT)):
                page.draw.text((x, page.y), line, font=bold, fill=0)
                page.y += LEADING
            page.y += round(1 * PT)
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
            page.y += round(2.5 * PT)
        elif style == "table":
            table.typeset(page)
        elif style == "end":
            signature(page)
        assert pages[-1].y < HEIGHT - BOTTOM, f"page {len(pages)} overflows: {pages[-1].y}"
    return pages


def fax(page: Page, turn: float, rng) -> Image.Image:
    """Turn, blur, down to 200 dpi, then black and white with a noisy threshold."""
    image = page.image.rotate(turn, resample=Image.BICUBIC, expand=False, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(BLUR))
    size = (round(210 / 25.4 * FAX_DPI), round(297 / 25.4 * FAX_DPI))
    image = image.resize(size, Image.BOX)
    dark = 1 - np.asarray(image, dtype=np.float32) / 255
    dark += rng.normal(0, NOISE, dark.shape)
    black = dark > THRESHOLD
    height, width = black.shape
    for _ in range(SPECKS):  # fax noise: black specks
        y, x = rng.integers(0, height - 3), rng.integers(0, width - 3)
        black[y : y + rng.integers(1, 3), x : x + rng.integers(1, 3)] = True
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


def check_table() -> None:
    """Rates are Thực hiện / Kế hoạch to one decimal; no two number cells of a row alike,
    none equal to its row number."""
    for row in TABLE:
        if row[0] == SECTION:
            continue
        numbers = [c for c in row[2:] if c != "-"]
        assert len(set(numbers)) == len(numbers) and row[0] not in numbers, row
        if row[4] != "-":
            plan, done = (int(c.replace(".", "")) for c in row[2:4])
            assert f"{100 * done / plan:.1f}".replace(".", ",") == row[4], row


def main(out: Path = OUT, seed: int = SEED) -> None:
    check_table()
    rng = np.random.default_rng(seed)
    pages = typeset()
    assert len(pages) == len(TURN), f"{len(pages)} pages"
    images = [fax(p, t, rng) for p, t in zip(pages, TURN, strict=True)]
    images[0].save(out, save_all=True, append_images=images[1:], resolution=FAX_DPI)
    SOURCE.write_text(source_text(), "utf-8")
    print(f"{out}: {len(images)} pages, {images[0].size}, mode {images[0].mode}")


if __name__ == "__main__":
    # optional: another output path and a seed, to try seeds (source text is the same)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    main(out, int(sys.argv[2]) if len(sys.argv) > 2 else SEED)
