"""A .docx's styles (word/styles.xml) by type and id, each type's default style, and a
style's chain of bases: what the readers of fonts, list numbering and tab stops all look up,
indexed once per document."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.etree import _Element as Element

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"  # WordprocessingML's tags
MAX_BASES = 10  # a chain of w:basedOn longer than this is taken to loop


class Styles:
    def __init__(self, document) -> None:
        self.root: Element = document.styles.element
        self.by_type: dict[str, dict[str, Element]] = {}
        self.defaults: dict[str, str] = {}  # a type's default style ("Normal" for paragraphs)
        for style in self.root.iterchildren(f"{W}style"):
            kind = style.get(f"{W}type", "paragraph")
            style_id = style.get(f"{W}styleId", "")
            self.by_type.setdefault(kind, {}).setdefault(style_id, style)
            if style.get(f"{W}default") in ("1", "true", "on"):
                self.defaults.setdefault(kind, style_id)

    def of_type(self, kind: str) -> dict[str, Element]:
        return self.by_type.get(kind, {})

    def in_force(self, style_id: str | None, kind: str) -> str | None:
        """The style a paragraph or run is in: the one it names when that exists and is of
        its type, else the type's default (as Word, and python-docx, take it)."""
        return style_id if style_id in self.of_type(kind) else self.defaults.get(kind)

    def chain(self, style_id: str | None, kind: str = "paragraph") -> list[Element]:
        """The style and its bases (w:basedOn), the style itself first."""
        styles = self.of_type(kind)
        chain: list[Element] = []
        while style_id and style_id in styles and len(chain) < MAX_BASES:
            style = styles[style_id]
            if any(style is seen for seen in chain):
                break
            chain.append(style)
            based = style.find(f"{W}basedOn")
            style_id = based.get(f"{W}val") if based is not None else None
        return chain
