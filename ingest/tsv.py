"""Rows of cells between tabs in a text file: a table pasted from a spreadsheet, or saved as
tab-separated text ("1⇥Kết nạp đoàn viên mới⇥Người⇥6.500⇥7.120⇥109,5"). Read as text such
a row is one run of words and numbers; here lines with the same number of tabs, two of
them or more holding a figure after their first cell, are a table. Lines whose tab counts
differ were aligned by eye in an editor whose tab width is unknown, and stay text.
"""

from __future__ import annotations

from .records import RawTable
from .tables import body_rows, grid_of, header_names, header_rows, is_numeric, is_year, text_lines

MIN_COLUMNS = 3
MIN_BODY_ROWS = 2


def _holds_figure(cells: list[str]) -> bool:
    return any(is_numeric(cell) and not is_year(cell) for cell in cells[1:] if cell)


def _table(rows: list[list[str]]) -> RawTable | None:
    if len(rows[0]) < MIN_COLUMNS or sum(map(_holds_figure, rows)) < MIN_BODY_ROWS:
        return None
    grid = grid_of(rows)
    count = header_rows(grid)
    return RawTable(None, body_rows(grid, count), header_names(grid, count))


def tab_tables(text: str) -> tuple[str, list[RawTable]]:
    """The text with each block of tab-separated rows written as "a | b | c" lines, and
    those blocks as tables.

    >>> text, [table] = tab_tables("Kết quả:\\nTT\\tChỉ tiêu\\tKế hoạch\\tThực hiện\\n"
    ...     "1\\tKết nạp đoàn viên mới\\t6.500\\t7.120\\n2\\tThành lập CĐCS\\t40\\t45\\nHết.")
    >>> print(text)
    Kết quả:
    TT | Chỉ tiêu | Kế hoạch | Thực hiện
    1 | Kết nạp đoàn viên mới | 6.500 | 7.120
    2 | Thành lập CĐCS | 40 | 45
    Hết.
    >>> table.header, table.rows[1]
    (['TT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện'], ['2', 'Thành lập CĐCS', '40', '45'])
    """
    lines = text.split("\n")
    out: list[str] = []
    tables: list[RawTable] = []
    block: list[str] = []

    def close() -> None:
        rows = [[cell.strip() for cell in line.split("\t")] for line in block]
        table = _table(rows) if rows else None
        if table is None:
            out.extend(block)
        else:
            tables.append(table)
            out.extend(text_lines(grid_of(rows)))
        block.clear()

    for line in lines:
        tabs = line.strip(" ").count("\t")
        if tabs and (not block or block[0].strip(" ").count("\t") == tabs):
            block.append(line.strip(" "))
            continue
        close()
        if tabs:
            block.append(line.strip(" "))
        else:
            out.append(line)
    close()
    return "\n".join(out), tables
