"""heldout25: the printed rows of the three documents' tables, read back from the files
themselves (not from the generators' data), the way README's table_row convention writes a
row: the cells in column order joined with " | ", a cell's lines joined with one space, a
merged cell said once in its first column (first row) and the places it covers written as
empty strings, trailing empty cells dropped, whitespace folded.

- report.docx: every w:tbl of the body; a w:tc with w:gridSpan n is its text then n-1 empty
  cells; a w:tc with w:vMerge (continue) is empty. A cell's paragraphs are joined with a space.
- annex.html: every <tr> of table.data; colspan as gridSpan; a rowspan's covered places empty.
- stats.xlsx: rows 6 to 17 of the sheet; a cell covered by a merged range (not its top-left)
  is empty; numbers shown as the cell's format shows them in a Vietnamese locale ("#,##0" ->
  "12.486", "0.0" -> "49,8", General int -> "5").

Used by make_labels.py (to assert each hand-written row) and check_labels.py.
"""

import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def printed(cells):
    cells = [fold(c) for c in cells]
    while cells and cells[-1] == "":
        cells.pop()
    return fold(" | ".join(cells))


# ---- docx ------------------------------------------------------------------------------
def docx_tables(path):
    """A list of tables, each a list of rows, each a list of cell strings."""
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    body = root.find(f"{W}body")
    out = []
    for tbl in body.iter(f"{W}tbl"):
        rows = []
        for tr in tbl.findall(f"{W}tr"):
            cells = []
            for tc in tr.findall(f"{W}tc"):
                tcpr = tc.find(f"{W}tcPr")
                span, cont = 1, False
                if tcpr is not None:
                    gs = tcpr.find(f"{W}gridSpan")
                    if gs is not None:
                        span = int(gs.get(f"{W}val"))
                    vm = tcpr.find(f"{W}vMerge")
                    if vm is not None and vm.get(f"{W}val") in (None, "continue"):
                        cont = True
                paras = [
                    "".join(t.text or "" for t in p.iter(f"{W}t")) for p in tc.findall(f"{W}p")
                ]
                text = "" if cont else fold(" ".join(paras))
                cells.append(text)
                cells.extend([""] * (span - 1))
            rows.append(cells)
        out.append(rows)
    return out


def docx_body_paragraphs(path):
    """The text of every w:p of the body that is not inside a table, and of every paragraph
    of the two borderless tables (letterhead, signature), in document order."""
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    body = root.find(f"{W}body")
    out = []
    for block in body:
        if block.tag == f"{W}p":
            out.append("".join(t.text or "" for t in block.iter(f"{W}t")))
        elif block.tag == f"{W}tbl":
            borders = block.find(f"{W}tblPr/{W}tblBorders")
            nil = borders is not None and borders.find(f"{W}top").get(f"{W}val") == "nil"
            if nil:
                for p in block.iter(f"{W}p"):
                    out.append("".join(t.text or "" for t in p.iter(f"{W}t")))
    return [t for t in out if t.strip()]


# ---- html ------------------------------------------------------------------------------
class _Tables(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables, self.row, self.cell, self.in_data = [], None, None, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and "data" in (a.get("class") or ""):
            self.in_data = True
            self.tables.append([])
        elif self.in_data and tag == "tr":
            self.row = []
        elif self.in_data and tag in ("td", "th"):
            self.cell = {
                "text": "",
                "colspan": int(a.get("colspan", 1)),
                "rowspan": int(a.get("rowspan", 1)),
            }

    def handle_endtag(self, tag):
        if tag == "table" and self.in_data:
            self.in_data = False
        elif self.in_data and tag in ("td", "th") and self.cell is not None:
            self.row.append(self.cell)
            self.cell = None
        elif self.in_data and tag == "tr" and self.row is not None:
            self.tables[-1].append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell["text"] += data


def html_tables(path):
    parser = _Tables()
    parser.feed(Path(path).read_text(encoding="utf-8"))
    out = []
    for raw in parser.tables:
        grid, pending = [], {}  # pending[(row, col)] = True for places covered by a rowspan
        for r, row in enumerate(raw):
            cells, col = [], 0
            for c in row:
                while pending.pop((r, col), False):
                    cells.append("")
                    col += 1
                cells.append(fold(c["text"]))
                cells.extend([""] * (c["colspan"] - 1))
                for k in range(1, c["rowspan"]):
                    for j in range(c["colspan"]):
                        pending[(r + k, col + j)] = True
                col += c["colspan"]
            while pending.pop((r, col), False):
                cells.append("")
                col += 1
            grid.append(cells)
        out.append(grid)
    return out


# ---- xlsx ------------------------------------------------------------------------------
def shown(cell):
    v = cell.value
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        if cell.number_format == "#,##0":
            return f"{v:,}".replace(",", ".")
        return str(v)
    if isinstance(v, float):
        if cell.number_format == "0.0":
            return f"{v:.1f}".replace(".", ",")
        if cell.number_format == "#,##0":
            return f"{round(v):,}".replace(",", ".")
        raise ValueError((cell.coordinate, v, cell.number_format))
    return str(v)


def xlsx_rows(path, first=6, last=17):
    from openpyxl import load_workbook

    ws = load_workbook(path).active
    covered = set()
    for rng in ws.merged_cells.ranges:
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if (r, c) != (rng.min_row, rng.min_col):
                    covered.add((r, c))
    rows = []
    for r in range(first, last + 1):
        cells = []
        for c in range(1, ws.max_column + 1):
            cells.append("" if (r, c) in covered else shown(ws.cell(r, c)))
        rows.append(cells)
    return rows


def xlsx_lines(path):
    """The text of the sheet's cells outside the table (rows other than 6-17), one a cell."""
    from openpyxl import load_workbook

    ws = load_workbook(path).active
    out = []
    for row in ws.iter_rows():
        for c in row:
            if not 6 <= c.row <= 17 and c.value is not None:
                out.append(str(c.value))
    return out


def all_rows():
    """{doc name: [printed row, ...]} for the figure tables of the three documents."""
    d = docx_tables(HERE / "report.docx")
    return {
        "report": [printed(r) for t in d[1:3] for r in t],
        "annex": [printed(r) for t in html_tables(HERE / "annex.html") for r in t],
        "stats": [printed(r) for r in xlsx_rows(HERE / "stats.xlsx")],
    }


if __name__ == "__main__":
    for name, rows in all_rows().items():
        print("==", name)
        for r in rows:
            print(r)
