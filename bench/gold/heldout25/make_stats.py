"""heldout25 stats.xlsx: "BIỂU THỐNG KÊ Tình hình tổ chức công đoàn và đoàn viên năm 2025" of
Liên đoàn Lao động tỉnh Lào Cai (one sheet, "Bieu thong ke").

The table's header is two rows with merged cells (ws.merge_cells):
  A6:A7 "TT", B6:B7 "Đơn vị", H6:H7 "Ghi chú" (down both rows);
  C6:E6 "Công đoàn cơ sở" over C7 "Thành lập mới năm 2025" | D7 "Giải thể, sáp nhập" |
        E7 "Hiện có đến 31/12/2025";
  F6:G6 "Đoàn viên" over F7 "Hiện có đến 31/12/2025" | G7 "Tỷ lệ nữ (%)".
Nine unit rows (8-16) and "Tổng cộng" (row 17, A17:B17 merged). Title rows merged across
(A1:D1, A2:H2, A3:H3, A4:H4, F5:H5). Counts are int cells with number_format "#,##0"; the
women's share is a float cell with "0.0" (never a whole number, so no "x,0" to print). D12
(Công đoàn Viên chức tỉnh, not reported) is an empty cell; D14 (Công đoàn ngành Y tế) is the
text "-". No formulas: the totals are values (checked against the rows here).

Run:  .venv/bin/python bench/gold/heldout25/make_stats.py
Writes stats.xlsx and source_stats.txt (the cells outside the table, one a line) next to
this file; deterministic (fixed workbook properties and zip times).
"""

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402

STAMP = dt.datetime(2026, 1, 9, 8, 0, 0)
FONT = "Times New Roman"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
NOTES = {4: "Chưa báo cáo số giải thể", 8: "Thành lập từ tháng 8/2025"}


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu thong ke"
    f = lambda **kw: Font(name=FONT, size=kw.pop("size", 12), **kw)  # noqa: E731
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def put(ref, value, *, font=None, align=None, fmt=None, border=False):
        c = ws[ref]
        c.value = value
        c.font = font or f()
        if align is not None:
            c.alignment = align
        if fmt is not None:
            c.number_format = fmt
        if border:
            c.border = BOX
        return c

    ws.merge_cells("A1:D1")
    put("A1", "LIÊN ĐOÀN LAO ĐỘNG TỈNH LÀO CAI", font=f(bold=True), align=center)
    ws.merge_cells("A2:H2")
    put("A2", "BIỂU THỐNG KÊ", font=f(bold=True, size=14), align=center)
    ws.merge_cells("A3:H3")
    put(
        "A3",
        "Tình hình tổ chức công đoàn và đoàn viên năm 2025",
        font=f(bold=True, size=13),
        align=center,
    )
    ws.merge_cells("A4:H4")
    put(
        "A4",
        "(Kèm theo Báo cáo số 12/BC-LĐLĐ ngày 09/01/2026 của Ban Thường vụ Liên đoàn Lao động "
        "tỉnh Lào Cai)",
        font=f(italic=True),
        align=center,
    )
    ws.merge_cells("F5:H5")
    put(
        "F5",
        "Đơn vị tính: CĐCS; người; %",
        font=f(italic=True),
        align=Alignment(horizontal="right"),
    )

    # header: merge first, then write into the top-left cells, and box every cell
    for rng in ("A6:A7", "B6:B7", "H6:H7", "C6:E6", "F6:G6"):
        ws.merge_cells(rng)
    hb = f(bold=True)
    for ref, text in (
        ("A6", "TT"),
        ("B6", "Đơn vị"),
        ("C6", "Công đoàn cơ sở"),
        ("F6", "Đoàn viên"),
        ("H6", "Ghi chú"),
        ("C7", "Thành lập mới năm 2025"),
        ("D7", "Giải thể, sáp nhập"),
        ("E7", "Hiện có đến 31/12/2025"),
        ("F7", "Hiện có đến 31/12/2025"),
        ("G7", "Tỷ lệ nữ (%)"),
    ):
        put(ref, text, font=hb, align=center)
    for row in ws["A6:H7"]:
        for c in row:
            c.border = BOX
            c.alignment = center

    right = Alignment(horizontal="right", vertical="center")
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    r = 8
    for i, name in enumerate(D.UNITS):
        put(f"A{r}", i + 1, align=center, border=True)
        put(f"B{r}", name, align=left, border=True)
        put(f"C{r}", D.FOUNDED[i], fmt="#,##0", align=right, border=True)
        gone = D.DISSOLVED[i]
        if gone is None:
            put(f"D{r}", None, border=True)
        elif gone == "-":
            put(f"D{r}", "-", align=center, border=True)
        else:
            put(f"D{r}", gone, fmt="#,##0", align=right, border=True)
        put(f"E{r}", D.T1[i][0], fmt="#,##0", align=right, border=True)
        put(f"F{r}", D.T1[i][2], fmt="#,##0", align=right, border=True)
        put(f"G{r}", D.women_rate(i), fmt="0.0", align=right, border=True)
        put(f"H{r}", NOTES.get(i), align=left, border=True, font=f(size=11))
        r += 1
    ws.merge_cells(f"A{r}:B{r}")
    tb = f(bold=True)
    put(f"A{r}", "Tổng cộng", font=tb, align=center, border=True)
    ws[f"B{r}"].border = BOX
    totals = (D.NEW_CDCS, D.GONE, D.CDCS, D.MEMBERS)
    for col, v in zip("CDEF", totals, strict=True):
        put(f"{col}{r}", v, font=tb, fmt="#,##0", align=right, border=True)
    put(f"G{r}", D.WOMEN_RATE, font=tb, fmt="0.0", align=right, border=True)
    put(f"H{r}", None, border=True)
    total_row = r

    put(
        f"A{r + 2}",
        "Ghi chú: Dấu “-” là không phát sinh; ô để trống là đơn vị chưa báo cáo.",
        font=f(italic=True, size=11),
    )
    put(f"B{r + 4}", "Người lập biểu", font=f(bold=True), align=Alignment(horizontal="center"))
    ws.merge_cells(f"E{r + 4}:H{r + 4}")
    put(f"E{r + 4}", "TRƯỞNG BAN TỔ CHỨC", font=f(bold=True), align=center)
    put(f"B{r + 8}", "Nguyễn Thu Trang", font=f(bold=True), align=Alignment(horizontal="center"))
    ws.merge_cells(f"E{r + 8}:H{r + 8}")
    put(f"E{r + 8}", "Phạm Văn Hùng", font=f(bold=True), align=center)

    for col, w in zip("ABCDEFGH", (6, 40, 12, 12, 13, 13, 10, 22), strict=True):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[7].height = 48
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = "6:7"

    # the totals add up
    rows = list(range(8, total_row))
    for col in "CDEF":
        vals = [ws[f"{col}{x}"].value for x in rows]
        assert sum(v for v in vals if isinstance(v, int)) == ws[f"{col}{total_row}"].value, col
    props = wb.properties
    props.creator = "Ban Tổ chức LĐLĐ tỉnh"
    props.lastModifiedBy = "Ban Tổ chức LĐLĐ tỉnh"
    props.created = STAMP
    props.modified = STAMP
    return wb


def save(wb):
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    stamp = STAMP.timetuple()[:6]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; put the fixed one back
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + STAMP.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>",
                    data,
                )
            z.writestr(zi, data)
    (HERE / "stats.xlsx").write_bytes(out.getvalue())
    # the sheet's prose: every non-empty cell outside the table (rows 6-17), in reading order
    ws = wb.active
    lines = [
        str(c.value)
        for row in ws.iter_rows()
        for c in row
        if c.value is not None and not 6 <= c.row <= 17
    ]
    (HERE / "source_stats.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    save(build())
