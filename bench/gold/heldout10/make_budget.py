"""Generator of bench/gold/heldout10/budget.xlsx (a grassroots union's 2026 finance budget).

Documents how the file was made; not imported by tests. Run with the project venv
(openpyxl):

    python bench/gold/heldout10/make_budget.py

One sheet, "Dự toán 2026": head lines beside the national motto, the title, the caption
"Đơn vị tính: nghìn đồng", the header "STT | Nội dung | Thực hiện năm 2025 | Dự toán năm
2026 | So sánh (%)", a column-number row, 11 body rows (three total rows I, II, III and their
items), a note line and a signature block with the dateline. Amounts are integer cells in
nghìn đồng (format #,##0), "So sánh" cells are floats rounded to one decimal (format 0.0);
no formulas, so the file reads the same without a recalculating application. Every figure
and name is invented; the totals add up (thu 2025 - chi 2025 = kết dư).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

OUT = Path(__file__).with_name("budget.xlsx")

# STT, Nội dung, Thực hiện 2025, Dự toán 2026 (nghìn đồng)
ROWS = [
    ("I", "TỔNG THU", 3_215_600, 3_420_000),
    ("1", "Kinh phí công đoàn (phần công đoàn cơ sở được sử dụng)", 1_993_500, 2_100_000),
    ("2", "Đoàn phí công đoàn", 1_108_100, 1_180_000),
    ("3", "Thu khác", 114_000, 140_000),
    ("II", "TỔNG CHI", 3_046_800, 3_420_000),
    ("1", "Lương, phụ cấp cán bộ công đoàn chuyên trách", 412_000, 436_000),
    ("2", "Chi chăm lo, bảo vệ, đào tạo đoàn viên và người lao động", 1_875_300, 2_080_000),
    ("3", "Chi tuyên truyền đoàn viên và người lao động", 186_500, 215_000),
    ("4", "Chi tổ chức hoạt động phong trào", 398_000, 460_000),
    ("5", "Chi quản lý hành chính", 175_000, 229_000),
    ("III", "KẾT DƯ (I - II)", 168_800, 0),
]


def main() -> None:
    # the sums hold
    thu, chi = ROWS[0], ROWS[4]
    for total, items in ((thu, ROWS[1:4]), (chi, ROWS[5:10])):
        for col in (2, 3):
            assert total[col] == sum(r[col] for r in items), (total, col)
    assert ROWS[10][2] == thu[2] - chi[2] and ROWS[10][3] == thu[3] - chi[3]

    wb = Workbook()
    ws = wb.active
    ws.title = "Dự toán 2026"
    bold = Font(bold=True, name="Times New Roman", size=12)
    plain = Font(name="Times New Roman", size=12)
    italic = Font(italic=True, name="Times New Roman", size=12)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    ws["A1"], ws["D1"] = "LĐLĐ TỈNH NINH BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["A2"], ws["D2"] = "CĐCS CÔNG TY TNHH MAY HƯNG PHÁT", "Độc lập - Tự do - Hạnh phúc"
    for ref in ("A1", "D1", "D2"):
        ws[ref].font = bold
    ws["A2"].font = bold
    ws.merge_cells("A1:B1")
    ws.merge_cells("A2:B2")
    ws.merge_cells("D1:E1")
    ws.merge_cells("D2:E2")

    ws["A4"] = "DỰ TOÁN THU, CHI TÀI CHÍNH CÔNG ĐOÀN CƠ SỞ NĂM 2026"
    ws["A4"].font = bold
    ws["A4"].alignment = center
    ws.merge_cells("A4:E4")
    ws["E5"] = "Đơn vị tính: nghìn đồng"
    ws["E5"].font = italic

    header = ["STT", "Nội dung", "Thực hiện năm 2025", "Dự toán năm 2026", "So sánh (%)"]
    numbers = ["A", "B", "1", "2", "3 = 2/1"]
    for c, (h, n) in enumerate(zip(header, numbers, strict=True), start=1):
        ws.cell(6, c, h).font = bold
        ws.cell(7, c, n).font = italic
        for r in (6, 7):
            ws.cell(r, c).alignment = center
            ws.cell(r, c).border = box

    for i, (stt, content, done, plan) in enumerate(ROWS):
        r = 8 + i
        is_total = stt in ("I", "II", "III")
        font = bold if is_total else plain
        ws.cell(r, 1, stt)
        ws.cell(r, 2, content)
        ws.cell(r, 3, done).number_format = "#,##0"
        ws.cell(r, 4, plan).number_format = "#,##0"
        if plan and done:
            ws.cell(r, 5, round(plan / done * 100, 1)).number_format = "0.0"
        else:
            ws.cell(r, 5, "-")
        for c in range(1, 6):
            ws.cell(r, c).font = font
            ws.cell(r, c).border = box
        ws.cell(r, 1).alignment = center

    foot = 8 + len(ROWS) + 1
    ws.cell(
        foot,
        1,
        "Ghi chú: Số thực hiện năm 2025 đã được Ủy ban Kiểm tra Công đoàn cơ sở "
        "kiểm tra ngày 05/01/2026; dự toán năm 2026 được Ban Chấp hành thông qua tại kỳ họp "
        "thứ 12.",
    ).font = italic
    ws.merge_cells(start_row=foot, start_column=1, end_row=foot, end_column=5)
    ws.cell(foot + 2, 4, "Ninh Bình, ngày 09 tháng 01 năm 2026").font = italic
    ws.cell(foot + 3, 2, "NGƯỜI LẬP BIỂU").font = bold
    ws.cell(foot + 3, 4, "TM. BAN CHẤP HÀNH").font = bold
    ws.cell(foot + 4, 4, "CHỦ TỊCH").font = bold
    ws.cell(foot + 7, 2, "Phạm Văn Tuấn").font = bold
    ws.cell(foot + 7, 4, "Trần Thị Thu Hằng").font = bold

    widths = {"A": 7, "B": 52, "C": 18, "D": 18, "E": 14}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    wb.save(OUT)


if __name__ == "__main__":
    main()
