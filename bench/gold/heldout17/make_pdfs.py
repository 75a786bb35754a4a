"""Printer of bench/gold/heldout17/report.pdf and plan.pdf (HTML + CSS printed by Chromium).

Documents how the files were made; not imported by tests, not part of the project. Run with the
project venv (it has playwright) and Debian's Chromium:

    .venv/bin/python bench/gold/heldout17/make_pdfs.py

(made with playwright 1.65.3 driving /usr/bin/chromium 156.0.8078.114 headless, Python 3.11.7,
Debian fonts-dejavu-core 2.37-6, DejaVu Serif). The same PDFs come from the command line:

    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf=report.pdf report.html

The two HTML files are the hand-written, committed sources: report.html (the year-end 2025 report
of Công đoàn Viên chức tỉnh Vĩnh Long, after the merger with Bến Tre and Trà Vinh, 01/7/2025) and
plan.html (its Kế hoạch hoạt động công đoàn năm 2026). Page size and margins come from their
CSS @page rules (A4); the page number at the top centre of pages 2 and following is an @page
margin box. Chromium writes the print date into the PDF (CreationDate/ModDate), so two runs do
not give byte-identical PDFs; the HTML is deterministic.

For each document the script also writes the printed text, source_<name>.txt, read from the
page's DOM: every element marked ``data-src`` is one line (its rendered text, whitespace
folded); a ``data-src="table"`` is one line per row, its cells in column order joined with
" | " (a spanned cell said once in its first column, the places it covers empty, trailing empty
cells dropped); a ``data-src="dl"`` is one line per label/value pair, "label value". It then
checks the tables' arithmetic (table F's rates, table G's "Cộng" row).

Every figure, number, person and local document is invented; the cited national documents
(60-NQ/TW, 202/2025/QH15, 178/2024/NĐ-CP, 45-CT/TW, 50/2024/QH15, 57-NQ/TW) are real, with
numbers and dates as I know them.
"""

from __future__ import annotations

import subprocess
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"

EXTRACT = r"""
() => {
  const fold = (s) => s.replace(/\s+/g, " ").trim();
  const out = [];  // [text, table number or -1, header row?]
  let t = -1;
  for (const el of document.querySelectorAll("[data-src]")) {
    const kind = el.getAttribute("data-src");
    if (kind === "table") {
      t++;
      const taken = [];  // taken[r][c] = true where a rowspan from above covers
      Array.from(el.rows).forEach((tr, r) => {
        const cells = [];
        taken[r] = taken[r] || [];
        let c = 0;
        for (const td of tr.cells) {
          while (taken[r][c]) { cells[c] = ""; c++; }
          cells[c] = fold(td.innerText);
          for (let k = 1; k < td.colSpan; k++) cells[c + k] = "";
          for (let k = 1; k < td.rowSpan; k++) {
            taken[r + k] = taken[r + k] || [];
            for (let j = 0; j < td.colSpan; j++) taken[r + k][c + j] = true;
          }
          c += td.colSpan;
        }
        while (taken[r][c]) { cells[c] = ""; c++; }
        while (cells.length && cells[cells.length - 1] === "") cells.pop();
        out.push([fold(cells.join(" | ")), t, tr.parentElement.tagName === "THEAD"]);
      });
    } else if (kind === "dl") {
      for (const item of el.querySelectorAll(".item")) {
        const dt = fold(item.querySelector("dt").innerText);
        out.push([dt + " " + fold(item.querySelector("dd").innerText), -1, false]);
      }
    } else {
      out.push([fold(el.innerText), -1, false]);
    }
  }
  return out;
}
"""


def num(cell: str) -> Decimal:
    return Decimal(cell.replace(".", "").replace(",", "."))


def rate(result: Decimal, plan: Decimal) -> str:
    q = (result / plan * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return str(q).replace(".", ",")


def check_report(lines: list[str]) -> None:
    rows = [[c.strip() for c in ln.split("|")] for ln in lines if " | " in ln]
    f_rows = [r for r in rows if len(r) >= 5 and r[0].isdigit() and len(r) in (5, 6) and r[2] != ""]
    f_rows = [r for r in f_rows if not r[2][0].isdigit()]  # table F: ĐVT column is a word
    assert len(f_rows) == 9, f_rows
    for r in f_rows:
        if len(r) == 6 and r[3]:
            assert rate(num(r[4]), num(r[3])) == r[5], r
    g_rows = [r for r in rows if len(r) == 6 and r[0].isdigit() and r[2][0].isdigit()]
    assert len(g_rows) == 6, g_rows
    total = next(r for r in rows if r[0] == "Cộng")
    for col in (2, 3, 4, 5):
        s = sum(num(r[col]) for r in g_rows)
        assert s == num(total[col]), (col, s, total)
    # the statistics lines agree with table G
    assert "Tổng số CĐCS 639" in lines and "Tổng số đoàn viên 31.942" in lines


# Where Chromium broke a table over a page and repeated its <thead> (found by looking at the
# printed pages; checked below with pdftotext): the table (0-based, in document order), the
# first body row on the new page, the page, a cell printed last before the break and one
# printed first after it. The repeated header rows are written into source_<name>.txt there.
BREAKS = {
    "report": [
        (0, "8 | Sáng kiến", 2, "4.372", "19.372"),
        (1, "3 | CĐCS đơn vị sự nghiệp", 3, "9.472", "11.046"),
    ],
    "plan": [(0, "Thu kinh phí, đoàn phí", 2, "≥ 95", "19.800")],
}


def page_text(pdf: Path, page: int) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return out


def with_repeated_headers(name: str, items: list[list], pdf: Path) -> list[str]:
    lines = [text for text, _, _ in items]
    for table, first_row, page, before, after in BREAKS[name]:
        head = [text for text, t, is_head in items if t == table and is_head]
        body_at = next(
            i
            for i, (text, t, is_head) in enumerate(items)
            if t == table and not is_head and text.startswith(first_row)
        )
        # check the break is where it is said to be
        prev_page, this_page = page_text(pdf, page - 1), page_text(pdf, page)
        assert before in prev_page and after in this_page and after not in prev_page, (
            name,
            first_row,
        )
        assert all(word in this_page for row in head for word in row.replace("|", " ").split()), (
            name,
            head,
        )
        shift = len(lines) - len(items)
        lines[body_at + shift : body_at + shift] = head
    return lines


def main() -> None:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page()
        for name in ("report", "plan"):
            html = HERE / f"{name}.html"
            page.goto(html.as_uri())
            page.evaluate("document.fonts.ready")
            page.emulate_media(media="print")
            items = page.evaluate(EXTRACT)
            if name == "report":
                check_report([text for text, _, _ in items])
            pdf = HERE / f"{name}.pdf"
            page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=False)
            lines = with_repeated_headers(name, items, pdf)
            (HERE / f"source_{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(name, len(lines), "lines")
        browser.close()


if __name__ == "__main__":
    main()
