"""heldout19 stats.txt: the Tết Bính Ngọ 2026 care of Liên đoàn Lao động thành phố Hải Phòng
by unit, as a clerk would save it after copying a range from Excel into Notepad: a title and a
note typed above, one paragraph of prose, the copied range as tab-separated rows (every row
with the same number of tabs, 4; an empty cell is nothing between two tabs, an empty last
cell leaves the row ending in a tab), then a closing paragraph. UTF-8 without BOM, CRLF line
ends (Notepad on Windows).

Run:  .venv/bin/python bench/gold/heldout19/make_stats.py
Writes stats.txt next to this file. Deterministic.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent

HEADER = ["TT", "Đơn vị", "Số suất quà", "Số tiền (triệu đồng)", "Ghi chú"]
# (name, gifts, money in million đồng or None, note)
ROWS = [
    ("Công đoàn Khu kinh tế Hải Phòng", 24860, 22540, ""),
    ("Công đoàn các KCN khu vực Hải Dương (cũ)", 15420, 13861, "Báo cáo bổ sung ngày 05/3/2026"),
    ("Công đoàn Viên chức thành phố", 3150, 1890, ""),
    ("Công đoàn ngành Giáo dục", 6820, 4092, ""),
    ("Công đoàn ngành Y tế", 2940, 1764, ""),
    ("Công đoàn ngành Xây dựng", 1950, None, "Chưa báo cáo số tiền"),
    ("Công đoàn ngành Giao thông vận tải", 2310, 1617, ""),
    ("CĐCS trực thuộc khu vực Hải Phòng (cũ)", 9800, 6370, ""),
    ("CĐCS trực thuộc khu vực Hải Dương (cũ)", 7200, 4680, ""),
    ("Liên đoàn Lao động thành phố", 12000, 11400, "Gồm 1.200 suất “Tết Sum vầy”"),
]
GIFTS = sum(r[1] for r in ROWS)
MONEY = sum(r[2] for r in ROWS if r[2] is not None)


def vn(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def lines():
    assert (GIFTS, MONEY) == (86450, 68214), (GIFTS, MONEY)
    out = [
        "KẾT QUẢ CHĂM LO TẾT NGUYÊN ĐÁN BÍNH NGỌ 2026 CHO ĐOÀN VIÊN, NGƯỜI LAO ĐỘNG",
        "(Số liệu tổng hợp đến ngày 28/02/2026)",
        "",
        "Thực hiện Kế hoạch số 142/KH-LĐLĐ ngày 20/11/2025 của Ban Thường vụ Liên đoàn Lao động "
        f"thành phố Hải Phòng, dịp Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn thành phố đã thăm "
        f"hỏi, tặng {vn(GIFTS)} suất quà cho đoàn viên, người lao động với tổng số tiền {vn(MONEY)} "
        "triệu đồng (chưa kể Công đoàn ngành Xây dựng). Trong đó, 31.640 suất quà dành cho đoàn viên, "
        "người lao động có hoàn cảnh khó khăn, bị mất việc làm hoặc bị cắt giảm giờ làm.",
        "",
        "\t".join(HEADER),
    ]
    for i, (name, gifts, money, note) in enumerate(ROWS, 1):
        cells = [str(i), name, vn(gifts), "" if money is None else vn(money), note]
        out.append("\t".join(cells))
    out.append("\t".join(["", "Cộng", vn(GIFTS), vn(MONEY), ""]))
    out += [
        "",
        "Ngoài ra, Chương trình “Tết Sum vầy” hỗ trợ 2.350 vé xe, vé tàu cho đoàn viên về quê đón "
        "Tết; 14 doanh nghiệp đồng hành tặng thêm khoảng 3.000 suất quà trị giá gần 1,5 tỷ đồng, "
        "chưa tổng hợp vào bảng trên.",
    ]
    tabs = {ln.count("\t") for ln in out if "\t" in ln}
    assert tabs == {4}, tabs
    return out


def main():
    data = "\r\n".join(lines()) + "\r\n"
    (HERE / "stats.txt").write_bytes(data.encode("utf-8"))


if __name__ == "__main__":
    main()
