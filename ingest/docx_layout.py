"""Where Word sets a paragraph's first line: its tab stops, indents, font size and weight,
each from the paragraph's own properties, else its style chain's, else the document's
defaults; and the page's text width. What tabstops.py needs to find a table set out with
tabs (docx.py reads the text)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .docx_styles import Styles
from .docx_styles import W as _W
from .tabstops import Paragraph, Run, Stop

if TYPE_CHECKING:
    from lxml.etree import _Element as Element

TWIPS = 20.0  # twentieths of a point
EMU_PER_POINT = 12700  # python-docx's lengths are in English Metric Units
DEFAULT_TAB_STOP = 36.0  # Word's own default: half an inch
DEFAULT_SIZE = 10.0  # a document naming no size anywhere is set at 10 points
# A4 with the margins Vietnamese administrative papers use (3 cm left, 2 cm right)
DEFAULT_LINE_WIDTH = (21.0 - 5.0) / 2.54 * 72
_STOP_ALIGN = {"left": "left", "start": "left", "right": "right", "end": "right",
               "center": "center", "decimal": "decimal"}  # fmt: skip


def _twips(value: str | None) -> float | None:
    try:
        return float(value) / TWIPS if value is not None else None
    except ValueError:
        return None


def _on(element: Element | None) -> bool | None:
    if element is None:
        return None
    return element.get(f"{_W}val") not in ("0", "false", "off")


class ParagraphLayouts:
    """A document's paragraph styles and defaults, asked paragraph by paragraph."""

    def __init__(self, document, styles: Styles) -> None:
        self.styles = styles
        defaults = styles.root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        size = self._attr(defaults, "sz")
        self.size = int(size) / 2 if size and size.isdigit() else DEFAULT_SIZE
        self.bold = bool(_on(defaults.find(f"{_W}b"))) if defaults is not None else False
        self.default_stop = self._default_stop(document)
        self.line_width = self._line_width(document)

    @staticmethod
    def _attr(element: Element | None, tag: str) -> str | None:
        found = element.find(f"{_W}{tag}") if element is not None else None
        return found.get(f"{_W}val") if found is not None else None

    @staticmethod
    def _default_stop(document) -> float:
        try:
            settings = document.settings.element
        except (KeyError, ValueError, AttributeError):
            return DEFAULT_TAB_STOP
        found = settings.find(f"{_W}defaultTabStop")
        stop = _twips(found.get(f"{_W}val")) if found is not None else None
        return stop if stop else DEFAULT_TAB_STOP

    @staticmethod
    def _line_width(document) -> float:
        try:
            section = document.sections[0]
            width = section.page_width - section.left_margin - section.right_margin
        except (IndexError, TypeError, AttributeError, ValueError):
            return DEFAULT_LINE_WIDTH
        return width / EMU_PER_POINT if width and width > 0 else DEFAULT_LINE_WIDTH

    def _chain(self, p: Element) -> list[Element]:
        """The paragraph's style and its bases, the paragraph's own style first."""
        named = self._attr(p.find(f"{_W}pPr"), "pStyle")
        return self.styles.chain(named or self.styles.defaults.get("paragraph"))

    def _stops(self, p: Element, chain: list[Element]) -> tuple[Stop, ...]:
        """The stops in force: the styles' from the base up, then the paragraph's own; a
        "clear" stop takes away an inherited one at its place."""
        stops: dict[float, tuple[str, bool]] = {}
        for holder in [*reversed(chain), p]:
            tabs = holder.find(f"{_W}pPr/{_W}tabs")
            for tab in tabs.iterchildren(f"{_W}tab") if tabs is not None else ():
                position = _twips(tab.get(f"{_W}pos"))
                kind = tab.get(f"{_W}val", "left")
                if position is None:
                    continue
                if kind == "clear":
                    stops.pop(position, None)
                elif kind in _STOP_ALIGN:
                    leader = tab.get(f"{_W}leader", "none") not in ("none", "")
                    stops[position] = (_STOP_ALIGN[kind], leader)
        return tuple(Stop(at, align, leader) for at, (align, leader) in sorted(stops.items()))

    def _indent(self, p: Element, chain: list[Element]) -> tuple[float, float]:
        """The first line's start and the left indent, in points."""
        left = first = None
        for holder in [p, *chain]:
            ind = holder.find(f"{_W}pPr/{_W}ind")
            if ind is None:
                continue
            if left is None:
                left = _twips(ind.get(f"{_W}left") or ind.get(f"{_W}start"))
            if first is None:
                hanging = _twips(ind.get(f"{_W}hanging"))
                first = -hanging if hanging is not None else _twips(ind.get(f"{_W}firstLine"))
        left = left or 0.0
        return max(0.0, left + (first or 0.0)), left

    def _run_size(self, r: Element, chain: list[Element]) -> float:
        for holder in [r, *chain]:
            size = self._attr(holder.find(f"{_W}rPr"), "sz")
            if size and size.isdigit():
                return int(size) / 2
        return self.size

    def _run_bold(self, r: Element, chain: list[Element]) -> bool:
        for holder in [r, *chain]:
            bold = _on(holder.find(f"{_W}rPr/{_W}b"))
            if bold is not None:
                return bold
        return self.bold

    def paragraph(
        self, p: Element, runs: list[tuple[Element, str]], font: str | None, label: str = ""
    ) -> Paragraph:
        """The paragraph as tabstops.py lays it out, from its shown runs (each with the
        text Word shows for it), the font of its first and the label of its list, which a
        tab follows."""
        chain = self._chain(p)
        start, left = self._indent(p, chain)
        texted = [r for r, text in runs if text.strip()]
        size = self._run_size(texted[0], chain) if texted else self.size
        shown = [Run(text, self._run_bold(r, chain)) for r, text in runs]
        if label:
            shown.insert(0, Run(f"{label}\t", self._run_bold(p, chain)))
        return Paragraph(
            runs=tuple(shown),
            stops=self._stops(p, chain),
            start=start,
            left=left,
            size=size,
            font=font,
        )
