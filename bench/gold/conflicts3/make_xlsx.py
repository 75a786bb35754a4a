"""Generator of docs/dienbien_phuluc_2025.xlsx (annex of the year-end report 2025 of LĐLĐ tỉnh
Điện Biên: plan and results of the main indicators of 2025).

Documents how the file was made. Run from the repository root with the project venv
(openpyxl):

    .venv/bin/python bench/gold/conflicts3/make_xlsx.py

Everything in it (number, names, figures) is invented. The cells hold numbers with a number
format ("#,##0", "0.0"), as a statistics clerk would type them; the unit of each row is in the
"Đơn vị tính" column only (the Tết money row is in triệu đồng).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

OUT = Path(__file__).with_name("docs") / "dienbien_phuluc_2025.xlsx"

ROWS = [
    # STT, chỉ tiêu, đơn vị tính, kế hoạch 2025, thực hiện 2025, tỷ lệ (%)
    (1, "Kết nạp đoàn viên mới", "Đoàn viên", 1500, 1742, 116.1),
    (2, "Thành lập mới công đoàn cơ sở", "CĐCS", 12, 14, 116.7),
    (3, "Kinh phí chăm lo Tết Ất Tỵ 2025", "Triệu đồng", 5000, 5380, 107.6),
    (4, "Xây mới, sửa chữa nhà “Mái ấm Công đoàn”", "Nhà", 20, 23, 115.0),
]


def main() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "KH-TH 2025"
    bold = Font(bold=True)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    sheet["A1"] = "LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐIỆN BIÊN"
    sheet["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    sheet["D2"] = "Độc lập - Tự do - Hạnh phúc"
    sheet["A4"] = "PHỤ LỤC"
    sheet["A5"] = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025"
    sheet["A6"] = (
        "(Kèm theo Báo cáo số 03/BC-LĐLĐ ngày 10/01/2026 của Ban Thường vụ LĐLĐ tỉnh Điện Biên)"
    )
    sheet["A7"] = "Số liệu tính đến ngày 31/12/2025"
    for ref in ("A1", "D1", "A4", "A5"):
        sheet[ref].font = bold

    header = (
        "STT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Kế hoạch năm 2025",
        "Thực hiện năm 2025",
        "Tỷ lệ (%)",
    )
    top = 9
    for c, value in enumerate(header, 1):
        cell = sheet.cell(row=top, column=c, value=value)
        cell.font = bold
        cell.border = box
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for r, row in enumerate(ROWS, top + 1):
        for c, value in enumerate(row, 1):
            cell = sheet.cell(row=r, column=c, value=value)
            cell.border = box
            if c in (4, 5):
                cell.number_format = "#,##0"
            if c == 6:
                cell.number_format = "0.0"

    end = top + len(ROWS) + 2
    sheet.cell(
        row=end,
        column=1,
        value="Ghi chú: Kinh phí chăm lo Tết gồm nguồn tài chính công đoàn và nguồn vận động "
        "doanh nghiệp, nhà hảo tâm.",
    )
    sheet.cell(row=end + 2, column=2, value="NGƯỜI LẬP BIỂU")
    sheet.cell(row=end + 2, column=5, value="TM. BAN THƯỜNG VỤ")
    sheet.cell(row=end + 3, column=5, value="CHỦ TỊCH")
    sheet.cell(row=end + 5, column=2, value="Quàng Thị Mai")
    sheet.cell(row=end + 5, column=5, value="Lò Văn Thanh")

    widths = {"A": 6, "B": 44, "C": 13, "D": 16, "E": 16, "F": 11}
    for col, width in widths.items():
        sheet.column_dimensions[col].width = width
    book.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
