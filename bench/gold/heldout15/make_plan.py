"""Generator of bench/gold/heldout15/plan.pdf (a born-digital six-month report with borderless tables).

Documents how the file was made; not imported by tests, not part of the project. It runs in
the project venv, which has fpdf2, with Debian's DejaVu fonts:

    .venv/bin/python bench/gold/heldout15/make_plan.py

(made with fpdf2 2.8.9, Python 3.11.7, fonts-dejavu-core 2.37 (DejaVu Serif), poppler-utils
for checking with `pdftotext -layout`).

"BÁO CÁO Sơ kết hoạt động công đoàn 6 tháng đầu năm 2026, nhiệm vụ trọng tâm 6 tháng cuối
năm 2026" of Công đoàn các Khu công nghiệp tỉnh Tây Ninh (the province after the merger with
Long An, from 01/7/2025). The file is called plan.pdf because the set's brief names it so;
it is a six-month report whose last section sets the targets of the second half and of the
year. Two A4 pages typed like a Word document exported to PDF: a real text layer in DejaVu
Serif (embedded subset, ToUnicode), body 12 pt on a 5.0 mm line, justified with a 10 mm
first-line indent (fpdf2 text_columns, text_align "J"), tables 10.5 pt, margins 30/15/20/20
mm, the page number at the top of page 2. Nothing is drawn as a grid:

- the head is two borderless columns, as in report.pdf;
- table B (members and admissions by industrial park) has a TWO-ROW header: "Kết nạp đoàn
  viên mới" spans two columns over "6 tháng 2025" and "6 tháng 2026" (a short rule under the
  spanning cell), the other header cells span both header rows and are centred vertically;
  a thin rule under the header and no other rule, no vertical lines; two section rows
  ("A. KHU VỰC TÂY NINH (CŨ)", "B. KHU VỰC LONG AN (CŨ)") written across the whole width; a
  bold "Tổng cộng" row centred across the first two columns; one row with an empty cell in the
  middle and "-" in the last column; park names wrapping in rows 4 and 10, and "KCN Đức Hòa
  1 - Hạnh Phúc" (row 5) with a digit in the name. The table
  RUNS OVER THE PAGE BREAK (rows A, 1-4 on page 1; B, 5-10 and "Tổng cộng" on page 2) and
  its header (both rows, with its rules) is REPEATED at the top of page 2, as Word does with
  "Repeat as header row";
- table C (the 2026 targets, "Chỉ tiêu | Năm 2026 | Ghi chú") has no rules at all, every
  cell centred horizontally and vertically, the table centred on the page;
- "Nơi nhận:" beside the signature block.

The printed text is written to source_plan.txt as for report.pdf (make_report.py): a
table row as its cells joined with " | ", a merged cell said once in its first column and
the places it covers empty, trailing empty cells dropped; the repeated header is written
where it is printed again. The PDF's dates are fixed, so two runs give the same bytes.

Every figure, number, person and local document is invented (so are the figures of the
named industrial parks, which are real parks); the cited national document (02-NQ/TW of
12/6/2021) is real.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial
from pathlib import Path

from fpdf import FPDF
from paper import BOTTOM, LEFT, WIDTH, closing, head, need, new_document, wrap
from paper import paragraph as typeset

HERE = Path(__file__).parent
OUT = HERE / "plan.pdf"
SOURCE = HERE / "source_plan.txt"

LH = 5.0  # body line height, mm
TSIZE = 10.5  # table font
TLH = 4.6  # table line height
PAD = 1.2  # horizontal cell padding
VPAD = 0.7  # vertical cell padding

HEAD_LEFT = [
    ("LĐLĐ TỈNH TÂY NINH", ""),
    ("CÔNG ĐOÀN CÁC", "B"),
    ("KHU CÔNG NGHIỆP", "B"),
]
NUMBER = "Số: 58/BC-CĐKCN"
HEAD_RIGHT = [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B"),
    ("Độc lập - Tự do - Hạnh phúc", "B"),
]
DATELINE = "Tây Ninh, ngày 08 tháng 7 năm 2026"
TITLE = "BÁO CÁO"
SUBTITLE = [
    "Sơ kết hoạt động công đoàn 6 tháng đầu năm 2026,",
    "nhiệm vụ trọng tâm 6 tháng cuối năm 2026",
]

BODY = [
    (
        "p",
        "Thực hiện Kế hoạch số 03/KH-CĐKCN ngày 09/01/2026 của Ban Thường vụ Công đoàn các Khu "
        "công nghiệp tỉnh về nhiệm vụ công tác công đoàn năm 2026 và Công văn số 512/LĐLĐ ngày "
        "15/6/2026 của Liên đoàn Lao động tỉnh Tây Ninh, Ban Thường vụ Công đoàn các Khu công "
        "nghiệp (KCN) tỉnh báo cáo kết quả 6 tháng đầu năm 2026 như sau:",
    ),
    ("h1", "I. TÌNH HÌNH CHUNG"),
    (
        "p",
        "Sau hợp nhất từ ngày 01/7/2025, Công đoàn các KCN tỉnh Tây Ninh quản lý các CĐCS tại 29 "
        "khu công nghiệp đang hoạt động với khoảng 1.960 doanh nghiệp, sử dụng hơn 468.000 lao "
        "động, trong đó lao động nữ chiếm 61,4%. Thu nhập bình quân của người lao động đạt 9,1 "
        "triệu đồng/người/tháng, tăng 6,2% so với cùng kỳ năm 2025. Có 37 doanh nghiệp thiếu đơn "
        "hàng phải giảm giờ làm, cho thôi việc gần 2.600 lao động.",
    ),
    ("h1", "II. KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM 2026"),
    ("h2", "1. Công tác đại diện, bảo vệ quyền, lợi ích của người lao động"),
    (
        "p",
        "Các CĐCS phối hợp với người sử dụng lao động tổ chức hội nghị người lao động tại "
        "1.096/1.184 doanh nghiệp, đạt 92,6%; tổ chức đối thoại định kỳ tại 874 doanh nghiệp. Đến "
        "nay có 806 bản thỏa ước lao động tập thể còn hiệu lực, đạt 68,1%; trong 6 tháng đã ký "
        "mới 52 bản.",
    ),
    (
        "p",
        "Trong 6 tháng, tại các KCN xảy ra 2 cuộc ngừng việc tập thể với gần 1.350 người lao động "
        "tham gia, giảm 1 cuộc so với cùng kỳ. Công đoàn đã tư vấn pháp luật cho 1.420 lượt người lao động, đòi quyền lợi với số tiền 486 "
        "triệu đồng.",
    ),
    ("h2", "2. Phát triển đoàn viên, thành lập công đoàn cơ sở"),
    (
        "p",
        "Sáu tháng đầu năm 2026, Công đoàn các KCN đã kết nạp mới 9.842 đoàn viên, bằng 54,7% kế "
        "hoạch năm, tăng 12,3% so với cùng kỳ; thành lập mới 27 CĐCS với 3.415 đoàn viên. Đến "
        "ngày 30/6/2026, toàn đơn vị có 1.184 CĐCS với 386.215 đoàn viên, chiếm 82,5% tổng số lao "
        "động trong các KCN.",
    ),
    ("lead", "Kết quả cụ thể tại từng khu công nghiệp như sau:"),
    ("table_b", None),
    ("h2", "3. Chăm lo đời sống đoàn viên, người lao động"),
    (
        "p",
        "Dịp Tết Bính Ngọ 2026, công đoàn các cấp trong KCN đã tặng 41.260 suất quà cho đoàn viên, "
        "người lao động với tổng trị giá hơn 29,8 tỷ đồng; tổ chức 18 chuyến xe đưa 1.080 công "
        "nhân về quê đón Tết. Trong “Tháng Công nhân” năm 2026, các CĐCS tổ chức 146 hoạt động "
        "chăm lo; bàn giao 12 nhà “Mái ấm Công đoàn”, mỗi nhà được hỗ trợ 60 triệu đồng.",
    ),
    ("h2", "4. Tài chính công đoàn"),
    (
        "p",
        "Thu kinh phí, đoàn phí công đoàn 6 tháng đầu năm ước đạt 118,6 tỷ đồng, bằng 52,3% dự "
        "toán năm; không còn doanh nghiệp nợ đọng kinh phí công đoàn kéo dài trên 12 tháng.",
    ),
    ("h1", "III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026"),
    (
        "p",
        "Tiếp tục thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị và Luật Công "
        "đoàn năm 2024; phấn đấu 6 tháng cuối năm kết nạp thêm ít nhất 8.200 đoàn viên, thành lập "
        "mới 25 CĐCS trở lên; tổ chức 12 lớp tập huấn cho khoảng 1.500 lượt cán bộ công đoàn cơ "
        "sở.",
    ),
    ("lead", "Các chỉ tiêu chủ yếu năm 2026 phấn đấu hoàn thành:"),
    ("table_c", None),
    (
        "p",
        "Phối hợp bàn giao thêm 8 nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở; không "
        "để xảy ra ngừng việc tập thể kéo dài.",
    ),
    (
        "p",
        "Trên đây là báo cáo sơ kết 6 tháng đầu năm 2026 của Công đoàn các Khu công nghiệp tỉnh "
        "Tây Ninh./.",
    ),
]

# table B: columns (width mm, body alignment)
B_COLS = [(9, "C"), (58, "L"), (15, "R"), (20, "R"), (20, "R"), (20, "R"), (23, "R")]
# header cells: (first column, columns spanned, header row, rows spanned, text)
B_HEAD = [
    (0, 1, 0, 2, "TT"),
    (1, 1, 0, 2, "Khu công nghiệp"),
    (2, 1, 0, 2, "Số CĐCS"),
    (3, 1, 0, 2, "Số đoàn viên"),
    (4, 2, 0, 1, "Kết nạp đoàn viên mới"),
    (4, 1, 1, 1, "6 tháng 2025"),
    (5, 1, 1, 1, "6 tháng 2026"),
    (6, 1, 0, 2, "Tỷ lệ so cùng kỳ (%)"),
]
# rows: ("section", title) / ("row", cells) / ("total", cells from the third column)
B_ROWS = [
    ("section", "A. KHU VỰC TÂY NINH (CŨ)"),
    ("row", ["1", "KCN Trảng Bàng", "96", "41.380", "812", "905", "111,5"]),
    ("row", ["2", "KCN Thành Thành Công", "58", "27.640", "634", "702", "110,7"]),
    ("row", ["3", "KCN Phước Đông", "71", "35.920", "1.046", "1.187", "113,5"]),
    ("row", ["4", "KCN Chà Là và KCN Linh Trung III", "39", "18.215", "327", "301", "92,0"]),
    ("section", "B. KHU VỰC LONG AN (CŨ)"),
    ("row", ["5", "KCN Đức Hòa 1 - Hạnh Phúc", "64", "21.470", "488", "563", "115,4"]),
    ("row", ["6", "KCN Tân Đức", "87", "30.615", "702", "774", "110,3"]),
    ("row", ["7", "KCN Xuyên Á", "93", "33.860", "815", "846", "103,8"]),
    ("row", ["8", "KCN Long Hậu", "118", "39.745", "926", "1.035", "111,8"]),
    ("row", ["9", "KCN Hựu Thạnh", "14", "3.126", "", "428", "-"]),
    (
        "row",
        ["10", "Các KCN còn lại khu vực Long An (cũ)", "544", "134.244", "3.014", "3.101", "102,9"],
    ),
    ("total", ["Tổng cộng", "1.184", "386.215", "8.764", "9.842", "112,3"]),
]

# table C: no rules, every cell centred
C_COLS = [98, 22, 45]
C_HEAD = ["Chỉ tiêu", "Năm 2026", "Ghi chú"]
C_ROWS = [
    ["Kết nạp đoàn viên mới (đoàn viên)", "18.000", "6 tháng đạt 54,7%"],
    ["Thành lập mới công đoàn cơ sở (CĐCS)", "≥ 50", ""],
    ["Doanh nghiệp tổ chức hội nghị người lao động (%)", "≥ 95", ""],
    ["Doanh nghiệp có thỏa ước lao động tập thể (%)", "70", "Tăng so với năm 2025"],
    ["Thu kinh phí, đoàn phí công đoàn đạt dự toán (%)", "100", ""],
]

RECIPIENTS = [
    "- LĐLĐ tỉnh Tây Ninh (b/c);",
    "- Ban Quản lý Khu kinh tế tỉnh;",
    "- Các CĐCS trực thuộc;",
    "- Lưu: VT, ToC.",
]
SIGNATURE = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "Trần Quốc Bảo"]


def num(s: str) -> float:
    return float(s.replace("≥", "").strip().replace(".", "").replace(",", "."))


def check_data() -> None:
    """Table B adds up, its ratios are right, and it agrees with the prose."""
    rows = [cells for kind, cells in B_ROWS if kind == "row"]
    total = next(cells for kind, cells in B_ROWS if kind == "total")
    for col in range(2, 6):
        assert sum(num(r[col]) for r in rows if r[col]) == num(total[col - 1]), col
    for r in rows:
        if r[4]:
            assert round(num(r[5]) / num(r[4]) * 100, 1) == num(r[6]), r
        cells = [c for c in r[2:] if c not in ("", "-")]
        assert len(set(cells)) == len(cells) and r[0] not in cells, r
    assert round(num(total[4]) / num(total[3]) * 100, 1) == num(total[5])
    assert total[1:3] == ["1.184", "386.215"] and total[4] == "9.842" and total[3] == "8.764"
    assert round(9842 / 18000 * 100, 1) == 54.7 and round(1096 / 1184 * 100, 1) == 92.6
    assert round(806 / 1184 * 100, 1) == 68.1 and round(386215 / 468000 * 100, 1) == 82.5


def setup() -> FPDF:
    stamp = dt.datetime(2026, 7, 8, 15, 10, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    return new_document(
        "Báo cáo sơ kết hoạt động công đoàn 6 tháng đầu năm 2026",
        "Công đoàn các Khu công nghiệp tỉnh Tây Ninh",
        stamp,
    )


# paper.paragraph at this document's line height
paragraph = partial(typeset, line_height=LH)


# ------------------------------------------------------------------------------------ table B


def b_geometry() -> tuple[list[float], list[float]]:
    widths = [w for w, _ in B_COLS]
    xs = [LEFT + sum(widths[:i]) for i in range(len(widths))]
    return widths, xs


def b_header_layout(pdf: FPDF) -> tuple[list[float], list[tuple]]:
    """Heights of the two header rows and each header cell's wrapped lines."""
    widths, xs = b_geometry()
    pdf.set_font("serif", "B", TSIZE)
    cells = []
    for col, span, row, rspan, text in B_HEAD:
        w = sum(widths[col : col + span])
        cells.append((col, span, row, rspan, wrap(pdf, text, w - 2 * PAD)))
    heights = [0.0, 0.0]
    for _col, _span, row, rspan, lines in cells:
        if rspan == 1:
            heights[row] = max(heights[row], len(lines) * TLH + 2 * VPAD)
    for _col, _span, _row, rspan, lines in cells:
        if rspan == 2:
            extra = len(lines) * TLH + 2 * VPAD - sum(heights)
            if extra > 0:
                heights[1] += extra
    return heights, cells


def b_header(pdf: FPDF, y: float, source: list[str]) -> float:
    widths, xs = b_geometry()
    heights, cells = b_header_layout(pdf)
    pdf.set_font("serif", "B", TSIZE)
    rows_out: list[list[str]] = [[""] * len(widths), [""] * len(widths)]
    for col, span, row, rspan, lines in cells:
        x = xs[col]
        w = sum(widths[col : col + span])
        top = y + sum(heights[:row])
        h = sum(heights[row : row + rspan])
        start = top + (h - len(lines) * TLH) / 2
        for i, line in enumerate(lines):
            pdf.set_xy(x + PAD, start + i * TLH)
            pdf.cell(w - 2 * PAD, TLH, line, align="C")
        rows_out[row][col] = " ".join(lines)
        if span > 1:  # a short rule under the spanning cell
            pdf.set_line_width(0.2)
            pdf.line(x + 1.5, top + h, x + w - 1.5, top + h)
    for cells_out in rows_out:
        while cells_out and cells_out[-1] == "":
            cells_out.pop()
        source.append(" | ".join(cells_out))
    y += sum(heights)
    pdf.set_line_width(0.2)
    pdf.line(LEFT, y, LEFT + WIDTH, y)
    return y + 0.6


def b_row_layout(pdf: FPDF, kind: str, cells) -> tuple[float, list[list[str]]]:
    widths, xs = b_geometry()
    if kind == "section":
        pdf.set_font("serif", "B", TSIZE)
        lines = [wrap(pdf, cells, WIDTH - 2 * PAD)]
    elif kind == "total":
        pdf.set_font("serif", "B", TSIZE)
        spans = [widths[0] + widths[1]] + widths[2:]
        lines = [
            wrap(pdf, c, w - 2 * PAD) if c else [""] for c, w in zip(cells, spans, strict=True)
        ]
    else:
        pdf.set_font("serif", "", TSIZE)
        lines = [
            wrap(pdf, c, w - 2 * PAD) if c else [""] for c, w in zip(cells, widths, strict=True)
        ]
    return max(len(ls) for ls in lines) * TLH + 2 * VPAD, lines


def table_b(pdf: FPDF, source: list[str]) -> None:
    pdf.set_auto_page_break(False)
    widths, xs = b_geometry()
    heights, _ = b_header_layout(pdf)
    first = b_row_layout(pdf, *B_ROWS[0])[0] + b_row_layout(pdf, *B_ROWS[1])[0]
    need(pdf, sum(heights) + first + 3)
    y = b_header(pdf, pdf.get_y() + 1.5, source)
    for kind, cells in B_ROWS:
        h, lines = b_row_layout(pdf, kind, cells)
        if y + h > pdf.h - BOTTOM:  # page break: the header is repeated
            pdf.add_page()
            y = b_header(pdf, pdf.get_y(), source)
        if kind == "section":
            pdf.set_font("serif", "B", TSIZE)
            pdf.set_xy(LEFT + PAD, y + VPAD)
            pdf.cell(WIDTH - 2 * PAD, TLH, lines[0][0], align="L")
            source.append(cells)
        elif kind == "total":
            pdf.set_font("serif", "B", TSIZE)
            spans = [(xs[0], widths[0] + widths[1], "C")] + [
                (x, w, "R") for x, w in zip(xs[2:], widths[2:], strict=True)
            ]
            for (x, w, align), ls in zip(spans, lines, strict=True):
                for i, line in enumerate(ls):
                    pdf.set_xy(x + PAD, y + VPAD + i * TLH)
                    pdf.cell(w - 2 * PAD, TLH, line, align=align)
            source.append(" | ".join([cells[0], ""] + cells[1:]))
        else:
            pdf.set_font("serif", "", TSIZE)
            for x, w, (_, align), ls in zip(xs, widths, B_COLS, lines, strict=True):
                for i, line in enumerate(ls):
                    pdf.set_xy(x + PAD, y + VPAD + i * TLH)
                    pdf.cell(w - 2 * PAD, TLH, line, align=align)
            printed = [" ".join(ls) for ls in lines]
            while printed and printed[-1] == "":
                printed.pop()
            source.append(" | ".join(printed))
        y += h
    pdf.set_y(y + 1.5)
    pdf.set_auto_page_break(True, BOTTOM)


# ------------------------------------------------------------------------------------ table C


def c_layout(pdf: FPDF) -> list[tuple[float, list[list[str]], str]]:
    out = []
    for cells, style in [(C_HEAD, "B")] + [(r, "") for r in C_ROWS]:
        pdf.set_font("serif", style, TSIZE)
        lines = [
            wrap(pdf, c, w - 2 * PAD) if c else [""] for c, w in zip(cells, C_COLS, strict=True)
        ]
        out.append((max(len(ls) for ls in lines) * TLH + 2 * VPAD + 0.6, lines, style))
    return out


def table_c(pdf: FPDF, source: list[str]) -> None:
    pdf.set_auto_page_break(False)
    layout = c_layout(pdf)
    need(pdf, sum(h for h, _, _ in layout) + 2)
    x0 = LEFT + (WIDTH - sum(C_COLS)) / 2
    xs = [x0 + sum(C_COLS[:i]) for i in range(len(C_COLS))]
    y = pdf.get_y() + 1
    for h, lines, style in layout:
        pdf.set_font("serif", style, TSIZE)
        for x, w, ls in zip(xs, C_COLS, lines, strict=True):
            start = y + (h - len(ls) * TLH) / 2
            for i, line in enumerate(ls):
                pdf.set_xy(x + PAD, start + i * TLH)
                pdf.cell(w - 2 * PAD, TLH, line, align="C")
        printed = [" ".join(ls) for ls in lines]
        while printed and printed[-1] == "":
            printed.pop()
        source.append(" | ".join(printed))
        y += h
    pdf.set_y(y + 1.0)
    pdf.set_auto_page_break(True, BOTTOM)


def build() -> list[str]:
    check_data()
    pdf = setup()
    pdf.add_page()
    source: list[str] = []
    head(pdf, source, HEAD_LEFT, NUMBER, HEAD_RIGHT, DATELINE, TITLE, SUBTITLE)
    for n, (kind, text) in enumerate(BODY):
        if kind in ("h1", "h2"):  # a heading is kept with what follows it
            k = n + 1
            while BODY[k][0] in ("h1", "h2"):
                k += 1
            need(pdf, (k - n) * (LH + 1) + 2 * LH)
            paragraph(pdf, text, "B", align="L")
            source.append(text)
        elif kind == "p":
            paragraph(pdf, text)
            source.append(text)
        elif kind == "lead":
            need(pdf, 4 * LH)
            paragraph(pdf, text)
            source.append(text)
        elif kind == "table_b":
            table_b(pdf, source)
        elif kind == "table_c":
            table_c(pdf, source)
    closing(pdf, source, RECIPIENTS, SIGNATURE)
    pdf.output(str(OUT))
    return source


def main() -> None:
    source = build()
    # whitespace folded, as the project writes a table row ("| |" for an empty cell)
    SOURCE.write_text(
        "\n".join(re.sub(r"\s+", " ", line).strip() for line in source) + "\n", "utf-8"
    )


if __name__ == "__main__":
    main()
