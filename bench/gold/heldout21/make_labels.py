"""Writes bench/gold/heldout21/figures.jsonl and references.jsonl (hand labels, blind to the
tagger). Prose records name their OCR sentence by a fragment; check_labels.py finds the whole
sentence in the OCR text and checks it. Table records are the printed rows of
source_report.txt / source_annex.txt with "table_row": true.

    /work/main/.venv/bin/python bench/gold/heldout21/make_labels.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
REPORT = "bench/gold/heldout21/report.pdf"
ANNEX = "bench/gold/heldout21/annex.pdf"

# the OCR sentences (frozen worktree reading, split per line), copied verbatim
S = {
    "s11": "Đến ngày 30/6/2026, toàn tỉnh có 10 công đoàn cấp trên trực tiếp cơ sở, 3.412 CĐCS với 317.640 đoàn viên (chỉ tiết tại Phụ lục kèm theo).",
    "s12": "Trên địa bàn có khoảng 4.860 doanh nghiệp đang hoạt động với hơn 520.000 lao động.",
    "s16": "Các cấp công đoàn tuyên truyền Luật Công đoàn số 50/2024/QH15 và các chế độ, chính sách mới đối với người lao động.",
    "s17": "Đã tổ chức 1.284 buổi tuyên truyền, đối thoại pháp luật với hơn 96.000 lượt đoàn viên, người lao động tham dự.",
    "s20": "Sáu tháng đầu năm, toàn tỉnh kết nạp 9.865 đoàn viên, đạt 65,8% kế hoạch năm, tăng 6,3% so với cùng kỳ năm 2025; thành lập mới 42 CĐCS, đạt 52,5% kế hoạch.",
    "s21": "Do sắp xếp đơn vị sự nghiệp và doanh nghiệp ngừng hoạt động, 17 CĐCS đã được giải thể.",
    "s22": "Các cấp công đoàn giới thiệu 385 đoàn viên ưu tú cho cấp ủy Đảng, trong đó 212 đồng chí đã được kết nạp vào Đảng.",
    "s25": "Có 1.146/1.212 doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động, đạt 94,6%; tỷ lệ CĐCS doanh nghiệp ký kết thỏa ước lao động tập thể đạt 76,3%, với 73 bản thỏa ước được ký.",
    "s27": "Trên địa bàn xảy ra 2 cuộc ngừng việc tập thể với khoảng 640 người tham gia, đều được giải quyết trong ngày.",
    "s29": "Dịp Tết Bính Ngọ 2026, công đoàn các cấp tặng 52.380 suất quà cho đoàn viên, người lao động với tổng số tiền hơn 39,6 tỷ đồng.",
    "s30": "Trong “Tháng Công nhân”, các cấp công đoàn thăm hỏi 2.150 đoàn viên có hoàn cảnh khó khăn với số tiền 1,29 tỷ đồng; bàn giao 18 nhà “Mái ấm Công đoàn”, mỗi nhà được hỗ trợ 60 triệu đồng.",
    "s31": "Phong trào thi đua “Lao động giỏi, lao động sáng tạo” có 1.027 sáng kiến được công nhận.",
    "s32": "Các cấp công đoàn mở 46 lớp tập huấn cho 3.920 lượt cán bộ công đoàn.",
    "s33": "Thu kinh phí công đoàn 6 tháng ước đạt 128,4 tỷ đồng, bằng 52,6% dự toán năm.",
    "s49": "Tiếp tục thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới, các cấp công đoàn tập trung hoàn thành các chỉ tiêu năm 2026:",
    "s50": "- Kết nạp thêm ít nhất 5.200 đoàn viên, thành lập mới từ 38 CĐCS trở lên; phấn đấu đến cuối năm toàn tỉnh có trên 320.000 đoàn viên.",
    "s51": "- Giới thiệu thêm 415 đoàn viên tru tú cho cấp ủy Đảng; tập huấn cho khoảng 3.100 lượt cán bộ công đoàn.",
    "s53": "- Phấn đấu 90% trở lên doanh nghiệp có tổ chức công đoàn tổ chức đối thoại định kỳ; tỷ lệ CĐCS doanh nghiệp có thỏa ước lao động tập thể đạt 809%.",
    "s54": "- Thu kinh phí công đoàn đặt 100% dự toán; chuẩn bị chăm lo Tết Đinh Mùi 2027 cho không dưới 50.000 đoàn viên, người lao động.",
    "a3": "(Kèm theo Báo cáo số 214/BC-LĐLĐ ngày 10/7/2026 của Ban Thường vụ Liên đoàn Lao động tỉnh N inh Bình)",
}

CDCS, DV = "công đoàn cơ sở", "đoàn viên"
A, T = "achievement", "target"
H1 = "01-06"  # first half of 2026 (the title; section I)
H2 = "07-12"  # second half (heading II)

# (sentence key, text, value, denominator, unit, qualifier, kind, indicator, period, months)
PROSE = [
    ("s11", "10", 10, None, "công đoàn", "exact", A, None, "2026", H1),
    ("s11", "3.412", 3412, None, CDCS, "exact", A, "grassroots_unions", "2026", H1),
    ("s11", "317.640", 317640, None, DV, "exact", A, "members", "2026", H1),
    ("s12", "khoảng 4.860", 4860, None, "doanh nghiệp", "about", A, None, "2026", H1),
    ("s12", "hơn 520.000", 520000, None, "lao động", "over", A, None, "2026", H1),
    ("s17", "1.284", 1284, None, "buổi", "exact", A, None, "2026", H1),
    ("s17", "hơn 96.000", 96000, None, "lượt đoàn viên", "over", A, None, "2026", H1),
    ("s20", "9.865", 9865, None, DV, "exact", A, "new_members", "2026", H1),
    ("s20", "65,8%", 65.8, None, "%", "exact", A, "new_members", "2026", H1),
    ("s20", "6,3%", 6.3, None, "%", "exact", A, "new_members", "2026", H1),
    ("s20", "42", 42, None, CDCS, "exact", A, "new_grassroots_unions", "2026", H1),
    ("s20", "52,5%", 52.5, None, "%", "exact", A, "new_grassroots_unions", "2026", H1),
    ("s21", "17", 17, None, CDCS, "exact", A, None, "2026", H1),
    ("s22", "385", 385, None, DV, "exact", A, "party_referrals", "2026", H1),
    ("s22", "212", 212, None, "đồng chí", "exact", A, None, "2026", H1),
    ("s25", "1.146/1.212", 1146, 1212, "doanh nghiệp", "exact", A, None, "2026", H1),
    ("s25", "94,6%", 94.6, None, "%", "exact", A, "worker_conferences_rate", "2026", H1),
    ("s25", "76,3%", 76.3, None, "%", "exact", A, "collective_agreements", "2026", H1),
    ("s25", "73", 73, None, "bản", "exact", A, "collective_agreements", "2026", H1),
    ("s27", "2", 2, None, "cuộc", "exact", A, "strikes", "2026", H1),
    ("s27", "khoảng 640", 640, None, "người", "about", A, None, "2026", H1),
    ("s29", "52.380", 52380, None, "suất quà", "exact", A, "tet_beneficiaries", "2026", None),
    (
        "s29",
        "hơn 39,6 tỷ đồng",
        39_600_000_000,
        None,
        "đồng",
        "over",
        A,
        "welfare_spending",
        "2026",
        None,
    ),
    ("s30", "2.150", 2150, None, DV, "exact", A, None, "2026", H1),
    (
        "s30",
        "1,29 tỷ đồng",
        1_290_000_000,
        None,
        "đồng",
        "exact",
        A,
        "welfare_spending",
        "2026",
        H1,
    ),
    ("s30", "18", 18, None, "nhà", "exact", A, "union_houses", "2026", H1),
    ("s30", "60 triệu đồng", 60_000_000, None, "đồng", "exact", A, None, "2026", H1),
    ("s31", "1.027", 1027, None, "sáng kiến", "exact", A, "initiatives", "2026", H1),
    ("s32", "46", 46, None, "lớp tập huấn", "exact", A, None, "2026", H1),
    (
        "s32",
        "3.920",
        3920,
        None,
        "lượt cán bộ công đoàn",
        "exact",
        A,
        "officials_trained",
        "2026",
        H1,
    ),
    (
        "s33",
        "ước đạt 128,4 tỷ đồng",
        128_400_000_000,
        None,
        "đồng",
        "about",
        A,
        "union_finance",
        "2026",
        H1,
    ),
    ("s33", "52,6%", 52.6, None, "%", "exact", A, "union_finance", "2026", H1),
    ("s50", "ít nhất 5.200", 5200, None, DV, "at_least", T, "new_members", "2026", H2),
    ("s50", "38", 38, None, CDCS, "at_least", T, "new_grassroots_unions", "2026", H2),
    ("s50", "trên 320.000", 320000, None, DV, "over", T, "members", "2026", None),
    ("s51", "415", 415, None, DV, "exact", T, "party_referrals", "2026", H2),
    (
        "s51",
        "khoảng 3.100",
        3100,
        None,
        "lượt cán bộ công đoàn",
        "about",
        T,
        "officials_trained",
        "2026",
        H2,
    ),
    ("s53", "90% trở lên", 90, None, "%", "at_least", T, "dialogue_rate", "2026", None),
    ("s53", "809%", 809, None, "%", "exact", T, "collective_agreements", "2026", None),
    ("s54", "100%", 100, None, "%", "exact", T, "union_finance", "2026", None),
    ("s54", "không dưới 50.000", 50000, None, DV, "at_least", T, "tet_beneficiaries", "2027", None),
]

REFERENCES = [
    (REPORT, "s16", "50/2024/QH15", "Luật", None),
    (REPORT, "s49", "02-NQ/TW", "Nghị quyết", "2021-06-12"),
    (ANNEX, "a3", "214/BC-LĐLĐ", "other", "2026-07-10"),
]

# table A of report.pdf: per column (kind, months); unit and indicator per row
REPORT_COLUMNS = [(T, None), (A, H1), (A, H1)]  # Kế hoạch năm 2026, Thực hiện 6 tháng, Tỷ lệ
REPORT_ROWS = {  # row number -> (unit of the plan/result cells, scale, indicator)
    "1": (DV, 1, "new_members"),
    "2": (CDCS, 1, "new_grassroots_unions"),
    "3": (DV, 1, "party_referrals"),
    "4": ("%", 1, "worker_conferences_rate"),
    "5": ("%", 1, "collective_agreements"),
    "6": ("lượt cán bộ công đoàn", 1, "officials_trained"),
    "7": ("đồng", 1_000_000, "welfare_spending"),
    "8": ("đồng", 1_000_000, "union_finance"),
}
# the annex: per column index (unit, indicator, period); every cell an achievement, "01-06"
ANNEX_COLUMNS = {
    2: (CDCS, "grassroots_unions", "2026"),  # SL CĐCS
    3: (DV, "members", "2026"),  # Tổng số ĐV
    4: (DV, None, "2026"),  # ĐV nữ
    5: (DV, "new_members", "2025"),  # Kết nạp ĐV, 6 tháng 2025
    6: (DV, "new_members", "2026"),  # Kết nạp ĐV, 6 tháng 2026
    7: (CDCS, "new_grassroots_unions", "2026"),  # TL mới CĐCS
    8: (CDCS, None, "2026"),  # Giải thể CĐCS
}


def value_of(cell: str) -> tuple[float, str, str]:
    qualifier = "exact"
    text = cell
    if cell.startswith("≥"):
        qualifier, cell = "at_least", cell[1:].strip()
    v = float(cell.replace(".", "").replace(",", "."))
    return (int(v) if v == int(v) and "," not in cell else v), qualifier, text


def record(doc, sentence, text, value, den, unit, qual, kind, ind, period, months, table=False):
    r = {
        "doc": doc,
        "sentence": sentence,
        "text": text,
        "value": value,
        "denominator": den,
        "unit": unit,
        "qualifier": qual,
        "kind": kind,
        "indicator": ind,
        "period": period,
    }
    if table:
        r["table_row"] = True
    r["months"] = months
    return r


def table_records() -> list[dict]:
    out = []
    for line in (HERE / "source_report.txt").read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) != 5 or cells[0] not in REPORT_ROWS:
            continue
        unit, scale, indicator = REPORT_ROWS[cells[0]]
        for k, cell in enumerate(cells[2:]):
            if cell == "-":
                continue
            kind, months = REPORT_COLUMNS[k]
            value, qual, text = value_of(cell)
            u, s = (unit, scale) if k < 2 else ("%", 1)
            if s != 1:
                value = int(round(value * s))
            out.append(
                record(
                    REPORT, line, text, value, None, u, qual, kind, indicator, "2026", months, True
                )
            )
    for line in (HERE / "source_annex.txt").read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 9 or not (cells[0].isdigit() or cells[1] == "Cộng"):
            continue
        for c, (unit, indicator, period) in ANNEX_COLUMNS.items():
            cell = cells[c]
            if cell in ("", "-"):
                continue
            value, qual, text = value_of(cell)
            out.append(
                record(ANNEX, line, text, value, None, unit, qual, A, indicator, period, H1, True)
            )
    return out


def main() -> None:
    figures = [record(REPORT, S[k], *rest) for k, *rest in PROSE]
    # keep the document's order: the prose of sections I, then table A, then section II
    split = next(i for i, r in enumerate(PROSE) if r[0] == "s50")
    tables = table_records()
    report_table = [r for r in tables if r["doc"] == REPORT]
    annex_table = [r for r in tables if r["doc"] == ANNEX]
    ordered = figures[:split] + report_table + figures[split:] + annex_table
    with open(HERE / "figures.jsonl", "w", encoding="utf-8") as f:
        for r in ordered:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "references.jsonl", "w", encoding="utf-8") as f:
        for doc, key, rid, rtype, date in REFERENCES:
            r = {"doc": doc, "sentence": S[key], "id": rid, "type": rtype, "date": date}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(ordered), "figures,", len(REFERENCES), "references")


if __name__ == "__main__":
    main()
