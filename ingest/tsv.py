"""Rows of cells between tabs in plain text: a table pasted from a spreadsheet or saved as
tab-separated text ("1⇥Kết nạp đoàn viên mới⇥Người⇥6.500⇥7.120⇥109,5"), or a Word table
set out with tabs as antiword writes a legacy .doc (each paragraph a line, a blank line
between paragraphs, the tabs kept but not the stops). Read as text such a row is one run
of words and numbers.

Without the stops, a tab is one cell's end: a block of lines holding tabs (blank lines
and section rows such as "I. Khu vực hành chính" between them) holds a table from its
first line with the block's greatest number of tabs to its last, when two thirds of the
lines between have that many (a row with fewer leaves its last cells empty,
"⇥Cộng⇥97.070⇥58.340") and two of those full lines or more hold a figure after their
first cell. Lines lined up by eye, with two or three tabs for one gap over default stops,
have no such count and stay text.
"""

from __future__ import annotations

import re

from .records import RawTable
from .tables import grid_of, header_rows, is_numeric, is_year, raw_table, text_lines

MIN_COLUMNS = 3
MIN_BODY_ROWS = 2
FULL_SHARE = 2 / 3  # of a table's lines that have all its cells
_SECTION = re.compile(r"^(?:[A-ZĐ]|[IVX]{1,5})[.)]\s+\S")  # "I. Khu vực …", "A. CHỈ TIÊU …"


def _holds_figure(cells: list[str]) -> bool:
    return any(is_numeric(cell) and not is_year(cell) for cell in cells[1:] if cell)


def _table(lines: list[str]) -> tuple[int, int, list[list[str]]] | None:
    """The block's table, from its first line with the most tabs to its last (the lines
    around them are text: "⇥Trong năm đã tổ chức …" indented by a tab), as (first, last,
    rows), when it is one (see the module's docstring)."""
    most = max(line.count("\t") for line in lines)
    full = [i for i, line in enumerate(lines) if line.count("\t") == most]
    first, last = full[0], full[-1]
    # rows whose last cells are empty after the last full one ("⇥Cộng⇥30.650⇥30.930"; a
    # .doc's trailing tabs are not kept): short of tabs, figures in them
    for i in range(last + 1, len(lines)):
        cells = lines[i].split("\t")
        if lines[i].strip() and not (len(cells) >= MIN_COLUMNS and _holds_figure(cells)):
            break
        if lines[i].strip():
            last = i
    tabbed = [line for line in lines[first : last + 1] if "\t" in line]
    if most + 1 < MIN_COLUMNS or len(full) < FULL_SHARE * len(tabbed):
        return None
    cells = [[cell.strip() for cell in lines[i].split("\t")] for i in full]
    if sum(map(_holds_figure, cells)) < MIN_BODY_ROWS:
        return None  # two rows of figures with all their cells, at least
    inside = lines[first : last + 1]
    rows = [[cell.strip() for cell in line.split("\t")] for line in inside if line.strip()]
    return first, last, [row + [""] * (most + 1 - len(row)) for row in rows]


def tab_tables(text: str) -> tuple[str, list[RawTable]]:
    """The text with each block of tab-separated rows written as "a | b | c" lines, and
    those blocks as tables.

    >>> text, [table] = tab_tables("Kết quả:\\nTT\\tChỉ tiêu\\tKế hoạch\\tThực hiện\\n"
    ...     "1\\tKết nạp đoàn viên mới\\t6.500\\t7.120\\n\\n2\\tThành lập CĐCS\\t40\\t45\\nHết.")
    >>> print(text)
    Kết quả:
    TT | Chỉ tiêu | Kế hoạch | Thực hiện
    1 | Kết nạp đoàn viên mới | 6.500 | 7.120
    2 | Thành lập CĐCS | 40 | 45
    Hết.
    >>> table.header, table.rows[1]
    (['TT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện'], ['2', 'Thành lập CĐCS', '40', '45'])
    """
    out: list[str] = []
    tables: list[RawTable] = []
    block: list[str] = []  # the block's lines, blank lines and section rows among them
    held: list[str] = []  # blank lines and section rows after the block's last tabbed line

    def close() -> None:
        found = _table(block)
        if found is None:
            out.extend(block)
        else:
            first, last, rows = found
            grid = grid_of(rows)
            count = header_rows(grid)
            table = raw_table(grid, count)
            tables.append(table)
            # a header of two lines ("⇥⇥Năm 2024" over "TT⇥Nội dung⇥(người)") as one row
            # of names, as the figure tagger reads a table's first line
            named = [table.header, *table.rows] if table.header else rows
            shown = text_lines(grid_of(named))
            out.extend([*block[:first], *shown, *block[last + 1 :]])
        out.extend(held)
        block.clear()
        held.clear()

    for line in text.split("\n"):
        stripped = line.strip(" ")
        if "\t" in stripped:
            block.extend(held if block else [])
            if not block:
                out.extend(held)
            held.clear()
            block.append(stripped)
        elif block and (not stripped or _SECTION.match(stripped)):
            held.append(stripped)
        else:
            if block:
                close()
            out.append(line)
    if block:
        close()
    out.extend(held)
    return "\n".join(out), tables
