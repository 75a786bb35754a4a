"""Generator of bench/gold/heldout8/scan.pdf (a two-page scanned year-end report).

Documents how the file was made; not imported by tests. Runs in the project venv (Pillow,
numpy):

    python bench/gold/heldout8/make_scan.py

Each page is typeset with Pillow on an A4 canvas (DejaVu Serif, 11.5 pt equivalent), then
degraded like an office photocopy (a slight turn, blur, noise, grey speckles) and the two
images are saved as a PDF with no text layer. The printed text is also written to
source.txt. Every figure, number, person and local document is invented; the cited national
documents (02-NQ/TW, 50/2024/QH15, 202/2025/QH15, 191/2013/NĐ-CP) are real.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scanned_print import justify, wrap  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "scan.pdf"
SOURCE = HERE / "source.txt"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

DPI = 300
MM = DPI / 25.4
PT = DPI / 72
WIDTH, HEIGHT = round(210 * MM), round(297 * MM)
LEFT, RIGHT, TOP, BOTTOM = round(30 * MM), round(20 * MM), round(18 * MM), round(18 * MM)
SIZE = round(11.5 * PT)
LEADING = round(11.5 * PT * 1.38)
INDENT = round(10 * MM)

# rotation (degrees) of each page on the glass, and the seed of its noise
TURN = [0.45, -0.35]
SEED = 8
BLUR = 0.5  # Gaussian blur radius, pixels
NOISE = 5  # standard deviation of the grain, grey levels
SPECKS = 400  # specks of dust and toner on each page


def font(style: str = "", size: int | None = None) -> ImageFont.FreeTypeFont:
    name = {"": "DejaVuSerif", "b": "DejaVuSerif-Bold", "i": "DejaVuSerif-Italic"}[style]
    return ImageFont.truetype(str(FONTS / f"{name}.ttf"), size or SIZE)


HEADER_LEFT = [
    ("", "LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ"),
    ("b", "CÔNG ĐOÀN VIÊN CHỨC TỈNH"),
    ("rule", ""),
    ("", "Số: 58/BC-CĐVC"),
]
HEADER_RIGHT = [
    ("b", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("b", "Độc lập - Tự do - Hạnh phúc"),
    ("rule", ""),
    ("i", "Quảng Trị, ngày 15 tháng 12 năm 2025"),
]

# (style, text): "title" centred bold, "sub" centred bold, "h" heading, "p" paragraph with a
# first-line indent, "gap" a blank, "table" the table, "end" the signature block; the text
# flows onto page 2 where page 1 is full (a paragraph may run on over the break)
BODY = [
    ("title", "BÁO CÁO"),
    ("sub", "Kết quả hoạt động công đoàn năm 2025"),
    ("sub", "và phương hướng nhiệm vụ năm 2026"),
    ("gap", ""),
    (
        "p",
        "Thực hiện Kế hoạch số 12/KH-CĐVC ngày 15/01/2025 của Ban Thường vụ Công đoàn Viên chức"
        " tỉnh về nhiệm vụ công tác công đoàn năm 2025, Ban Thường vụ Công đoàn Viên chức tỉnh "
        "báo cáo kết quả thực hiện như sau:",
    ),
    ("h", "I. ĐẶC ĐIỂM TÌNH HÌNH"),
    (
        "p",
        "Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, từ ngày 01/7/2025 "
        "tỉnh Quảng Bình và tỉnh Quảng Trị hợp nhất thành tỉnh Quảng Trị; Công đoàn Viên chức "
        "của hai tỉnh được hợp nhất và sau 3 tháng đã đi vào hoạt động ổn định. Đến ngày "
        "30/11/2025, Công đoàn Viên chức tỉnh có 212 CĐCS trực thuộc với 16.845 đoàn viên, "
        "trong đó đoàn viên nữ chiếm 58,2%. Thu nhập bình quân của viên chức, người lao động "
        "ước đạt 9,6 triệu đồng/người/tháng.",
    ),
    ("h", "II. KẾT QUẢ HOẠT ĐỘNG NĂM 2025"),
    ("h", "1. Tuyên truyền, phát triển đoàn viên"),
    (
        "p",
        "Các cấp công đoàn đã tổ chức quán triệt Luật Công đoàn số 50/2024/QH15 và Nghị quyết "
        "số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị cho hơn 15.000 lượt đoàn viên. Trong năm, "
        "kết nạp mới 426 đoàn viên, đạt 106,5% chỉ tiêu; thành lập mới 4 CĐCS tại các đơn vị sự"
        " nghiệp ngoài công lập. 100% CĐCS phối hợp tổ chức hội nghị cán bộ, công chức, viên "
        "chức; 198/212 CĐCS (đạt 93,4%) được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
    ),
    ("h", "2. Chăm lo đời sống, bảo vệ quyền lợi đoàn viên"),
    (
        "p",
        "Dịp Tết Nguyên đán Ất Tỵ 2025, các cấp công đoàn đã trao 4.260 suất quà cho đoàn viên,"
        " người lao động với tổng số tiền gần 2,1 tỷ đồng. Xây dựng mới hai nhà “Mái ấm Công "
        "đoàn”, mỗi nhà được hỗ trợ 60 triệu đồng. Thăm hỏi 935 lượt đoàn viên ốm đau, có hoàn "
        "cảnh khó khăn với số tiền trên 480 triệu đồng. Đoàn viên trong tỉnh đã ủng hộ đồng bào"
        " bị thiệt hại do bão lũ 1,35 tỷ đồng.",
    ),
    (
        "p",
        "Công đoàn tham gia xây dựng quy chế dân chủ tại 38 cơ quan, đơn vị; phối hợp giải "
        "quyết 6 đơn thư của đoàn viên trong thời hạn 15 ngày.",
    ),
    ("h", "3. Thi đua, đào tạo cán bộ, xây dựng Đảng"),
    (
        "p",
        "Phong trào “Giỏi việc nước, đảm đang việc nhà” có 1.120 nữ đoàn viên đăng ký. Đã tổ "
        "chức 7 lớp tập huấn cho 685 lượt cán bộ công đoàn cơ sở, mỗi lớp 2 ngày. Đoàn viên "
        "đăng ký 312 sáng kiến, trong đó 45 sáng kiến được công nhận cấp tỉnh. Giới thiệu 74 "
        "đoàn viên ưu tú cho Đảng xem xét kết nạp, có 52 đồng chí đã được kết nạp.",
    ),
    ("h", "4. Tài chính công đoàn"),
    (
        "p",
        "Thực hiện Nghị định số 191/2013/NĐ-CP ngày 21/11/2013 của Chính phủ, tổng thu tài "
        "chính công đoàn năm 2025 ước đạt 11,8 tỷ đồng, bằng 103,2% dự toán; thu đoàn phí công "
        "đoàn đạt 4,25 tỷ đồng. Chi chăm lo, bảo vệ đoàn viên chiếm 42% tổng chi.",
    ),
    ("h", "5. Một số chỉ tiêu chủ yếu năm 2025"),
    ("table", ""),
    ("h", "6. Hạn chế"),
    (
        "p",
        "Phát triển đoàn viên ở khu vực ngoài công lập còn chậm; vẫn còn 14 CĐCS chưa ký quy "
        "chế phối hợp với người đứng đầu cơ quan, đơn vị. Một số CĐCS hoạt động còn hình thức.",
    ),
    ("h", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
    (
        "p",
        "Tiếp tục thực hiện Nghị quyết số 02-NQ/TW; tổ chức sơ kết 5 năm thực hiện Nghị quyết "
        "trong quý II/2026. Phấn đấu năm 2026 đạt các chỉ tiêu sau:",
    ),
    ("p", "1. Kết nạp mới ít nhất 450 đoàn viên; thành lập mới từ 3 CĐCS trở lên."),
    (
        "p",
        "2. 100% CĐCS tổ chức hội nghị cán bộ, công chức, viên chức; trên 90% CĐCS được xếp "
        "loại hoàn thành tốt nhiệm vụ.",
    ),
    ("p", "3. Giới thiệu ít nhất 80 đoàn viên ưu tú cho Đảng xem xét kết nạp."),
    ("p", "4. Tổ chức từ 6 đến 8 lớp tập huấn cho khoảng 700 lượt cán bộ công đoàn."),
    (
        "p",
        "5. Xây dựng mới 3 nhà “Mái ấm Công đoàn”; chi chăm lo Tết Bính Ngọ 2026 không dưới 2,5"
        " tỷ đồng.",
    ),
    ("p", "6. Thu tài chính công đoàn đạt 100% dự toán trở lên."),
    (
        "p",
        "Trên đây là báo cáo kết quả hoạt động công đoàn năm 2025 và phương hướng nhiệm vụ năm "
        "2026 của Công đoàn Viên chức tỉnh Quảng Trị./.",
    ),
    ("end", ""),
]

TABLE = [
    ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
    ["1", "Kết nạp đoàn viên mới (đoàn viên)", "400", "426", "106,5"],
    ["2", "Thành lập CĐCS mới (CĐCS)", "3", "4", "133,3"],
    ["3", "Giới thiệu đoàn viên ưu tú cho Đảng (đoàn viên)", "70", "74", "105,7"],
    ["4", "Tập huấn cán bộ công đoàn (lượt người)", "650", "685", "105,4"],
    ["5", "Thu tài chính công đoàn (triệu đồng)", "11.430", "11.800", "103,2"],
]
COLUMNS_MM = [12, 78, 24, 24, 22]  # 160 mm, the text width

RECIPIENTS = ["Nơi nhận:", "- LĐLĐ tỉnh (b/c);", "- Các CĐCS trực thuộc;", "- Lưu: VT."]
SIGNATURE = [
    ("b", "TM. BAN THƯỜNG VỤ"),
    ("b", "CHỦ TỊCH"),
    ("i", "(Đã ký)"),
    ("", ""),
    ("b", "Lê Thị Thanh Hương"),
]


class Page:
    def __init__(self, number: int = 1) -> None:
        self.image = Image.new("L", (WIDTH, HEIGHT), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.y = TOP
        if number > 1:  # page numbers from page 2, at the top centre
            self.centred(str(number), font("", round(11 * PT)), LEFT, WIDTH - RIGHT, round(9 * MM))

    def centred(self, text: str, face, x0: int, x1: int, y: int) -> None:
        w = face.getlength(text)
        self.draw.text((round((x0 + x1 - w) / 2), y), text, font=face, fill=0)


def header(page: Page) -> None:
    """The two-column head: issuer and number left, motto and dateline right."""
    size = round(10.5 * PT)
    split = round(98 * MM)
    for column, x0, x1 in (
        (HEADER_LEFT, round(14 * MM), split),
        (HEADER_RIGHT, split, round(198 * MM)),
    ):
        y = page.y
        previous = None
        for style, text in column:
            if style == "rule":  # the short line under the issuer and under the motto
                w = font("b", size).getlength(previous) * 0.45
                mid = (x0 + x1) / 2
                page.draw.line(
                    (mid - w / 2, y + round(4 * PT), mid + w / 2, y + round(4 * PT)),
                    fill=0,
                    width=3,
                )
                y += round(10 * PT)
                continue
            page.centred(text, font(style, size), x0, x1, y)
            previous = text
            y += round(size * 1.35)
    page.y += round(size * 1.35) * 3 + round(10 * PT) + round(10 * PT)


def table(page: Page) -> None:
    widths = [round(w * MM) for w in COLUMNS_MM]
    pad = round(1.6 * MM)
    body, bold = font("", round(11 * PT)), font("b", round(11 * PT))
    lead = round(11 * PT * 1.35)
    top = page.y
    page.draw.line((LEFT, top, LEFT + sum(widths), top), fill=0, width=3)
    for r, row in enumerate(TABLE):
        face = bold if r == 0 else body
        cells = [wrap(cell, face, w - 2 * pad) for cell, w in zip(row, widths, strict=True)]
        height = max(len(c) for c in cells) * lead + 2 * pad
        x = LEFT
        for c, (lines, w) in enumerate(zip(cells, widths, strict=True)):
            for k, line in enumerate(lines):
                y = page.y + pad + k * lead
                if c == 1 and r > 0:
                    page.draw.text((x + pad, y), line, font=face, fill=0)
                else:
                    page.centred(line, face, x, x + w, y)
            x += w
        page.y += height
        page.draw.line((LEFT, page.y, LEFT + sum(widths), page.y), fill=0, width=3)
    x = LEFT
    for w in [0, *widths]:
        x += w
        page.draw.line((x, top, x, page.y), fill=0, width=3)
    page.y += round(4 * MM)


def signature(page: Page) -> None:
    y0 = page.y + round(2 * MM)
    small = round(10 * PT)
    for k, line in enumerate(RECIPIENTS):
        face = font("b" if k == 0 else "", small)
        page.draw.text((LEFT, y0 + k * round(small * 1.35)), line, font=face, fill=0)
    x0 = LEFT + round(85 * MM)
    y = y0
    for style, text in SIGNATURE:
        if text:
            page.centred(text, font(style), x0, WIDTH - RIGHT, y)
        y += LEADING if text else 2 * LEADING


def table_height() -> int:
    return len(TABLE) * round(11 * PT * 1.35) + round(8 * MM) + 2 * round(11 * PT * 1.35)


def typeset() -> list[Image.Image]:
    pages = [Page()]
    header(pages[0])
    width = WIDTH - LEFT - RIGHT
    regular, bold = font(""), font("b")

    def room(height: int) -> Page:
        """The current page if `height` fits on it, else a new page."""
        if pages[-1].y + height > HEIGHT - BOTTOM:
            pages.append(Page(len(pages) + 1))
        return pages[-1]

    for style, text in BODY:
        page = room(
            {"h": 3 * LEADING, "table": table_height(), "end": 6 * LEADING}.get(style, LEADING)
        )
        if style == "gap":
            page.y += round(LEADING * 0.6)
        elif style == "title":
            page.centred(text, font("b", round(13 * PT)), LEFT, WIDTH - RIGHT, page.y)
            page.y += LEADING
        elif style == "sub":
            page.centred(text, bold, LEFT, WIDTH - RIGHT, page.y)
            page.y += LEADING
        elif style == "h":
            page.y += round(2 * PT)
            page.draw.text(
                (LEFT + (0 if text[0] in "IV" else INDENT), page.y), text, font=bold, fill=0
            )
            page.y += LEADING + round(2 * PT)
        elif style == "p":
            lines = wrap(text, regular, width, INDENT)
            for k, line in enumerate(lines):
                page = room(LEADING)  # a paragraph runs on over the page break
                x = LEFT + (INDENT if k == 0 else 0)
                w = width - (INDENT if k == 0 else 0)
                if k < len(lines) - 1:
                    justify(page.draw, x, page.y, line, regular, w)
                else:
                    page.draw.text((x, page.y), line, font=regular, fill=0)
                page.y += LEADING
            page.y += round(3 * PT)
        elif style == "table":
            table(page)
        elif style == "end":
            signature(page)
        assert page.y < HEIGHT - BOTTOM, f"page {len(pages)} overflows: {page.y}"
    return [p.image for p in pages]


def photocopy(image: Image.Image, turn: float, rng: np.random.Generator) -> Image.Image:
    """A slight turn, a little blur, toner noise and grey specks; stays readable."""
    image = image.rotate(turn, resample=Image.BICUBIC, expand=False, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(BLUR))
    pixels = np.asarray(image, dtype=np.float32)
    pixels = pixels * 0.93 + 255 * 0.05  # toner not quite black, paper not quite white
    pixels += rng.normal(0, NOISE, pixels.shape)
    height, width = pixels.shape
    for _ in range(SPECKS):  # specks of dust and toner
        y, x = rng.integers(0, height - 4), rng.integers(0, width - 4)
        size = rng.integers(1, 4)
        pixels[y : y + size, x : x + size] = rng.uniform(90, 200)
    # a faint grey band down the left edge, where the lid did not quite close
    pixels[:, :40] -= np.linspace(60, 0, 40)[None, :]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")


def source_text() -> str:
    out = [t for s, t in HEADER_LEFT + HEADER_RIGHT if s != "rule"]
    out.append("")
    for style, text in BODY:
        if style == "table":
            out += [" | ".join(row) for row in TABLE]
        elif style == "end":
            out += RECIPIENTS + [t for _, t in SIGNATURE if t]
        elif text:
            out.append(text)
    return "\n".join(out) + "\n"


def main(out: Path = OUT) -> None:
    rng = np.random.default_rng(SEED)
    pages = [photocopy(p, t, rng) for p, t in zip(typeset(), TURN, strict=True)]
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=DPI, quality=80)
    SOURCE.write_text(source_text(), "utf-8")
    print(f"{out}: {len(pages)} pages")


if __name__ == "__main__":
    main()
