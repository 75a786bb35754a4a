"""The paper for heldout19's generator, adapted from heldout18's docxkit: a Word page
set out as Vietnamese administrative papers are (A4, margins 3/2/2/2 cm, here Arial
12 pt), paragraphs with tab stops, a custom paragraph style that carries its own tab
stops, the document's default tab stop (settings.xml), and a deterministic save.

Every paragraph that goes into the .docx is also written to the source text
(one paragraph a line, a tab as " ⇥ "), so that the labels can be read against
what the document holds.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import ROUND_HALF_UP, Decimal

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

FONT = "Arial"
TAB_SHOWN = " ⇥ "

ALIGN = {
    "left": WD_TAB_ALIGNMENT.LEFT,
    "center": WD_TAB_ALIGNMENT.CENTER,
    "right": WD_TAB_ALIGNMENT.RIGHT,
    "decimal": WD_TAB_ALIGNMENT.DECIMAL,
}
PARA_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def twips(cm: float) -> str:
    return str(round(cm / 2.54 * 1440))


def _add_tabs(pf, tabs):
    for tab in tabs:
        pos, kind = tab[0], tab[1]
        leader = WD_TAB_LEADER.DOTS if len(tab) > 2 and tab[2] == "dots" else WD_TAB_LEADER.SPACES
        pf.tab_stops.add_tab_stop(Cm(pos), ALIGN[kind], leader)


class Paper:
    """A python-docx Document with the page, the fonts and a source-text log."""

    def __init__(self, body_pt: float = 12, stamp=dt.datetime(2026, 7, 10, 8, 0, 0)):
        self.doc = Document()
        self.body_pt = body_pt
        self.prose_line = 1.0
        self.prose_after = 3
        self.stamp = stamp
        self.source: list[str] = []
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin, sec.right_margin = Cm(3), Cm(2)
        sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
        sec.header_distance, sec.footer_distance = Cm(1), Cm(1)
        normal = self.doc.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(body_pt)
        rpr = normal.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "vi-VN")
        lang.set(qn("w:eastAsia"), "vi-VN")
        rpr.append(lang)
        pf = normal.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
        props = self.doc.core_properties
        props.author = "Văn phòng"
        props.last_modified_by = "Văn phòng"
        props.created = stamp
        props.modified = stamp
        props.revision = 1
        props.title = ""
        props.comments = ""

    # -- settings and styles --------------------------------------------------
    def set_default_tab_stop(self, cm: float):
        """Write w:defaultTabStop in word/settings.xml (python-docx has no API for it)."""
        settings = self.doc.settings.element
        el = settings.find(qn("w:defaultTabStop"))
        if el is None:
            el = OxmlElement("w:defaultTabStop")
            settings.append(el)
        el.set(qn("w:val"), twips(cm))
        return el

    def add_paragraph_style(self, name: str, *, tabs=(), size=None, after=0, line=None):
        """A custom paragraph style based on Normal whose pPr holds the tab stops."""
        st = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = self.doc.styles["Normal"]
        st.quick_style = True
        pf = st.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(after)
        if line is not None:
            pf.line_spacing = line
        _add_tabs(pf, tabs)
        if size is not None:
            st.font.size = Pt(size)
        return st

    # -- paragraphs ---------------------------------------------------------
    def para(
        self,
        runs,
        *,
        style: str | None = None,
        size: float | None = None,
        align: str | None = "left",
        first_indent: float | None = None,
        left_indent: float | None = None,
        before: float | None = 0,
        after: float | None = 0,
        line: float | None = None,
        tabs=(),
        keep_next: bool = False,
        bold: bool = False,
        italic: bool = False,
        source: bool = True,
        container=None,
    ):
        """Add a paragraph. ``runs`` is a string or a list of (text, style)
        with style any of "b", "i", "bi", "". Tabs in the text become w:tab.
        ``tabs`` is a list of (cm, "left|center|right|decimal"[, "dots"]), set on the
        paragraph itself. With ``style`` and no other formatting, the paragraph carries
        only its pStyle (and keepNext when asked)."""
        if isinstance(runs, str):
            runs = [(runs, ("b" if bold else "") + ("i" if italic else ""))]
        target = container if container is not None else self.doc
        p = target.add_paragraph(style=style)
        pf = p.paragraph_format
        if align is not None:
            pf.alignment = PARA_ALIGN[align]
        if first_indent is not None:
            pf.first_line_indent = Cm(first_indent)
        if left_indent is not None:
            pf.left_indent = Cm(left_indent)
        if before is not None:
            pf.space_before = Pt(before)
        if after is not None:
            pf.space_after = Pt(after)
        if line is not None:
            pf.line_spacing = line
        if keep_next:
            pf.keep_with_next = True
        _add_tabs(pf, tabs)
        for text, st in runs:
            r = p.add_run(text)
            r.bold = "b" in st or None
            r.italic = "i" in st or None
            if size is not None:
                r.font.size = Pt(size)
        if source:
            text = "".join(t for t, _ in runs)
            self.source.append(text.replace("\t", TAB_SHOWN))
        return p

    def prose(self, text: str, **kw):
        """A justified body paragraph with a first-line indent."""
        kw.setdefault("align", "justify")
        kw.setdefault("first_indent", 1.0)
        kw.setdefault("after", self.prose_after)
        kw.setdefault("line", self.prose_line)
        return self.para(text, **kw)

    def heading(self, text: str, style: str = "b", **kw):
        kw.setdefault("align", "justify")
        kw.setdefault("first_indent", 1.0)
        kw.setdefault("after", self.prose_after)
        kw.setdefault("line", self.prose_line)
        kw.setdefault("keep_next", True)
        return self.para([(text, style)], **kw)

    # -- borderless two-column block (letterhead / signature) ---------------
    def two_columns(self, widths_cm, left_lines, right_lines, size=12):
        """A borderless 2-column Word table. Each line is (text, style, align)."""
        t = self.doc.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        tblpr = t._tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            e.set(qn("w:val"), "nil")
            borders.append(e)
        tblpr.append(borders)
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        tblpr.append(layout)
        for cell, width, lines in zip(
            t.rows[0].cells, widths_cm, (left_lines, right_lines), strict=True
        ):
            cell.width = Cm(width)
            first = cell.paragraphs[0]
            for i, (text, style, align) in enumerate(lines):
                if i == 0:
                    p = first
                    p.paragraph_format.alignment = PARA_ALIGN[align]
                    r = p.add_run(text)
                    r.bold = "b" in style or None
                    r.italic = "i" in style or None
                    r.font.size = Pt(size)
                    if text:
                        self.source.append(text)
                else:
                    self.para(
                        [(text, style)], size=size, align=align, container=cell, source=bool(text)
                    )
        grid = t._tbl.tblGrid
        for gc, width in zip(grid.findall(qn("w:gridCol")), widths_cm, strict=True):
            gc.set(qn("w:w"), twips(width))
        tblw = tblpr.find(qn("w:tblW"))
        if tblw is None:
            tblw = OxmlElement("w:tblW")
            tblpr.append(tblw)
        tblw.set(qn("w:type"), "dxa")
        tblw.set(qn("w:w"), twips(sum(widths_cm)))
        return t

    # -- output -------------------------------------------------------------
    def save(self, path, source_path):
        """Save the .docx with fixed zip timestamps, and the source text."""
        buf = io.BytesIO()
        self.doc.save(buf)
        src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
        out = io.BytesIO()
        stamp = self.stamp.timetuple()[:6]
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for info in src.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=stamp)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, src.read(info.filename))
        with open(path, "wb") as f:
            f.write(out.getvalue())
        with open(source_path, "w", encoding="utf-8") as f:
            f.write("\n".join(self.source) + "\n")


def rate(num, den) -> float:
    """num / den as a percentage, one decimal, rounded half up (exact arithmetic)."""
    return float(
        (Decimal(str(num)) * 100 / Decimal(str(den))).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )
    )


def vn(n: int) -> str:
    """12345 -> "12.345"."""
    return f"{n:,}".replace(",", ".")


def vn1(x: float) -> str:
    """One decimal with a decimal comma: 106.8 -> "106,8"."""
    return f"{x:.1f}".replace(".", ",")
