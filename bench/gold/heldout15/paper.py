"""The paper both of heldout15's generators print on (make_report.py, make_plan.py): A4 with
the same margins and DejaVu Serif, a page number from page 2, the letterhead of two columns
over the title, justified paragraphs, and "Nơi nhận" beside the signature.

Documents how the set's files were made; not imported by tests, not part of the project.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

FONTS = Path("/usr/share/fonts/truetype/dejavu")
LEFT, RIGHT, TOP, BOTTOM = 30.0, 15.0, 20.0, 20.0
WIDTH = 210.0 - LEFT - RIGHT  # 165 mm
SIZE = 12.0
INDENT = 10.0


class Paged(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("serif", "", 12)
            self.set_xy(LEFT, 10)
            self.cell(WIDTH, 5, str(self.page_no()), align="C")
            self.set_y(TOP)


def new_document(title: str, author: str, stamp: dt.datetime) -> Paged:
    """An A4 document with the serif faces, the margins and fixed metadata (`stamp` its
    creation date, so that a rerun writes the same bytes)."""
    pdf = Paged(format="A4", unit="mm")
    pdf.add_font("serif", "", str(FONTS / "DejaVuSerif.ttf"))
    pdf.add_font("serif", "B", str(FONTS / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("serif", "I", str(FONTS / "DejaVuSerif-Italic.ttf"))
    pdf.add_font("serif", "BI", str(FONTS / "DejaVuSerif-BoldItalic.ttf"))
    pdf.set_margins(LEFT, TOP, RIGHT)
    pdf.set_auto_page_break(True, BOTTOM)
    pdf.set_creation_date(stamp)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("fpdf2")
    pdf.set_producer("fpdf2 2.8.9")
    return pdf


def wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    """Greedy word wrap with the current font."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and pdf.get_string_width(trial) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines or [""]


def paragraph(
    pdf: FPDF,
    text: str,
    style: str = "",
    indent: float = INDENT,
    align: str = "J",
    after: float = 0.6,
    *,
    line_height: float,
) -> None:
    pdf.set_font("serif", style, SIZE)
    with pdf.text_columns(text_align=align, line_height=line_height / (SIZE * 25.4 / 72)) as cols:
        with cols.paragraph(first_line_indent=indent, bottom_margin=after) as par:
            par.write(text)


def need(pdf: FPDF, height: float) -> None:
    """Start a new page unless `height` mm are left."""
    if pdf.get_y() + height > pdf.h - BOTTOM:
        pdf.add_page()


def head(
    pdf: FPDF,
    source: list[str],
    issuer: list[tuple[str, str]],
    number: str,
    motto: list[tuple[str, str]],
    dateline: str,
    title: str,
    subtitle: list[str],
) -> None:
    """The issuer and its number on the left, the motto and the dateline on the right, then
    the title and its subtitle; their lines added to `source`."""
    lw, rw = 68.0, 97.0
    y0 = TOP - 5
    y = y0
    for text, style in issuer:
        pdf.set_font("serif", style, 12)
        pdf.set_xy(LEFT, y)
        pdf.cell(lw, 5.6, text, align="C")
        y += 5.6
        source.append(text)
    pdf.set_line_width(0.3)
    pdf.line(LEFT + lw / 2 - 14, y + 0.6, LEFT + lw / 2 + 14, y + 0.6)
    pdf.set_font("serif", "", 12)
    pdf.set_xy(LEFT, y + 2.5)
    pdf.cell(lw, 5.6, number, align="C")
    source.append(number)
    y = y0
    x = LEFT + lw
    for (text, style), size in zip(motto, [11.5, 12.5], strict=True):
        pdf.set_font("serif", style, size)
        pdf.set_xy(x, y)
        pdf.cell(rw, 5.6, text, align="C")
        y += 5.6
        source.append(text)
    pdf.set_font("serif", "B", 12.5)
    half = pdf.get_string_width(motto[1][0]) / 2
    pdf.line(x + rw / 2 - half, y + 0.3, x + rw / 2 + half, y + 0.3)
    pdf.set_font("serif", "I", 12.5)
    pdf.set_xy(x, y + 5.0)
    pdf.cell(rw, 5.6, dateline, align="C")
    source.append(dateline)
    source.append("")
    y = y0 + 5.6 * 3 + 12
    pdf.set_font("serif", "B", 14)
    pdf.set_xy(LEFT, y)
    pdf.cell(WIDTH, 7, title, align="C")
    source.append(title)
    y += 7
    pdf.set_font("serif", "B", 13)
    for line in subtitle:
        pdf.set_xy(LEFT, y)
        pdf.cell(WIDTH, 6.2, line, align="C")
        y += 6.2
    source.append(" ".join(subtitle))
    pdf.line(LEFT + WIDTH / 2 - 20, y + 1.2, LEFT + WIDTH / 2 + 20, y + 1.2)
    pdf.set_y(y + 4.5)


def closing(pdf: FPDF, source: list[str], recipients: list[str], signature: list[str]) -> None:
    """ "Nơi nhận:" and its list on the left, the signature block on the right."""
    lw, rw = 80.0, 85.0
    need(pdf, 2 + max(5.5 + len(recipients) * 4.8, len(signature) * 5.5))
    y0 = pdf.get_y() + 2
    pdf.set_font("serif", "BI", 12)
    pdf.set_xy(LEFT, y0)
    pdf.cell(lw, 5.5, "Nơi nhận:")
    source.append("Nơi nhận:")
    pdf.set_font("serif", "", 11)
    y = y0 + 5.5
    for line in recipients:
        pdf.set_xy(LEFT, y)
        pdf.cell(lw, 4.8, line)
        y += 4.8
        source.append(line)
    y = y0
    for line in signature:
        if line:
            pdf.set_font("serif", "B", 12.5)
            pdf.set_xy(LEFT + lw, y)
            pdf.cell(rw, 5.5, line, align="C")
            source.append(line)
        y += 5.5
