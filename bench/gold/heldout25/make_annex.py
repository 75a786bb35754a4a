"""heldout25 annex.pdf: "PHỤ LỤC Số liệu công tác chăm lo đoàn viên, người lao động năm 2025"
of Liên đoàn Lao động tỉnh Lào Cai, annexed to its report 12/BC-LĐLĐ.

One ruled HTML table whose header is two rows: "TT" and "Đơn vị" rowspan=2; "Tết Ất Tỵ
2025", "Tháng Công nhân năm 2025" and "Mái ấm Công đoàn" colspan=2 over "Số suất quà | Số
tiền (triệu đồng)", "Số lượt người được hỗ trợ | Số tiền (triệu đồng)", "Số nhà | Số tiền
(triệu đồng)"; a row for each of the nine unions below the province and a "Tổng cộng" row
whose label spans TT + Đơn vị (colspan=2); a caption over it and three note lines under it.

Writes annex.html, prints it to annex.pdf with Debian's headless Chromium (A4 portrait from
the CSS @page rule, no header/footer), and writes source_annex.txt (the prose lines: title,
caption, notes, one a line). The HTML and the source text are deterministic; Chromium
stamps the print time into the PDF.

Run:  .venv/bin/python bench/gold/heldout25/make_annex.py
"""

import html
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402
from data import rate, vn, vn1  # noqa: E402

CSS = """
@page { size: A4; margin: 18mm 15mm 18mm 22mm; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13.5pt;
       line-height: 1.35; color: #000; margin: 0; }
.unit { font-weight: bold; text-align: left; font-size: 12.5pt; }
.title { font-weight: bold; text-align: center; font-size: 14pt; margin: 10mm 0 0 0; }
.subtitle { font-weight: bold; text-align: center; margin: 0; }
.attach { font-style: italic; text-align: center; margin: 0 0 4mm 0; }
.caption { font-style: italic; text-align: right; margin: 0 0 1mm 0; font-size: 12pt; }
table.data { border-collapse: collapse; width: 100%; font-size: 11.5pt; }
table.data th, table.data td { border: 1px solid #000; padding: 3px 4px;
       vertical-align: middle; }
table.data th { font-weight: bold; text-align: center; }
table.data td.c { text-align: center; }
table.data td.n { text-align: right; }
table.data tr.total td { font-weight: bold; }
p.note { margin: 1.5mm 0 0 0; text-align: justify; }
p.note.first { margin-top: 4mm; font-weight: bold; font-style: italic; }
"""

PROSE: list[str] = []


def p(cls, text):
    PROSE.append(text)
    return f'<p class="{cls}">{html.escape(text, quote=False)}</p>'


def td(text, cls="n", extra=""):
    return f'<td class="{cls}"{extra}>{html.escape(text, quote=False)}</td>'


def cell(v):
    return "-" if v is None else vn(v)


def build_html():
    tot = D.ANNEX_TOT
    care3 = D.CARE3
    welfare = D.T2["welfare"][1]
    per_house = tot[5] / tot[4]
    head = [
        "<tr>",
        '<th rowspan="2" style="width:6%">TT</th>',
        '<th rowspan="2" style="width:26%">Đơn vị</th>',
        '<th colspan="2">Tết Ất Tỵ 2025</th>',
        '<th colspan="2">Tháng Công nhân năm 2025</th>',
        '<th colspan="2">Mái ấm Công đoàn</th>',
        "</tr>",
        "<tr>",
        '<th style="width:10%">Số suất quà</th>',
        '<th style="width:10%">Số tiền (triệu đồng)</th>',
        '<th style="width:11%">Số lượt người được hỗ trợ</th>',
        '<th style="width:10%">Số tiền (triệu đồng)</th>',
        '<th style="width:8%">Số nhà</th>',
        '<th style="width:10%">Số tiền (triệu đồng)</th>',
        "</tr>",
    ]
    rows = []
    for i, (name, r) in enumerate(zip(D.UNITS, D.ANNEX, strict=True), 1):
        cells = [td(str(i), "c"), td(name, "l")]
        for v in r:
            cells.append(td(cell(v), "n" if v is not None else "c"))
        rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append(
        '<tr class="total">'
        + td("Tổng cộng", "c", ' colspan="2"')
        + "".join(td(vn(v)) for v in tot)
        + "</tr>"
    )
    body = [
        p("unit", "LIÊN ĐOÀN LAO ĐỘNG TỈNH LÀO CAI"),
        p("title", "PHỤ LỤC"),
        p("subtitle", "Số liệu công tác chăm lo đoàn viên, người lao động năm 2025"),
        p(
            "attach",
            "(Kèm theo Báo cáo số 12/BC-LĐLĐ ngày 09/01/2026 của Ban Thường vụ Liên đoàn Lao "
            "động tỉnh Lào Cai)",
        ),
        p("caption", "Đơn vị tính: suất, lượt người, nhà, triệu đồng"),
        '<table class="data">',
        "<thead>",
        *head,
        "</thead>",
        "<tbody>",
        *rows,
        "</tbody>",
        "</table>",
        p("note first", "Ghi chú:"),
        p(
            "note",
            "- Số suất quà Tết của Công đoàn các Khu công nghiệp tỉnh gồm cả 1.200 suất quà "
            "“Tết Sum vầy” do Liên đoàn Lao động tỉnh phối hợp trao tại các khu công nghiệp.",
        ),
        p(
            "note",
            f"- Mức hỗ trợ nhà “Mái ấm Công đoàn” bình quân {vn1(round(per_house, 1))} triệu "
            "đồng/nhà; Công đoàn Viên chức tỉnh không có trường hợp đề nghị hỗ trợ trong năm.",
        ),
        p(
            "note",
            f"- Tổng số tiền chăm lo của ba nội dung trên là {vn(care3)} triệu đồng, chiếm "
            f"{vn1(rate(care3, welfare))}% tổng chi chăm lo, hỗ trợ đoàn viên, người lao động "
            "năm 2025.",
        ),
    ]
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        "<title>Phụ lục số liệu chăm lo năm 2025</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def main():
    assert round(D.ANNEX_TOT[5] / D.ANNEX_TOT[4], 1) == 50.5
    (HERE / "annex.html").write_text(build_html(), encoding="utf-8")
    (HERE / "source_annex.txt").write_text("\n".join(PROSE) + "\n", encoding="utf-8")
    subprocess.run(
        [
            "/usr/bin/chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={HERE / 'annex.pdf'}",
            (HERE / "annex.html").as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


if __name__ == "__main__":
    main()
