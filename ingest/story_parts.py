"""What trafilatura leaves out of a news story, put back: its headline, its lead (the bold
"sapo" under the headline) and its photos' captions.

trafilatura takes the body it finds most text-like; on many Vietnamese news sites that is the
`article-body` block below the headline and the sapo, so a story lost the sentences that
carry its main figures ("Cà Mau: Hơn 9.600 đoàn viên được kết nạp mới trong năm 2026";
"(ĐSCN) - … kết nạp mới 9.642 đoàn viên, thành lập 58 công đoàn cơ sở"), and every caption
("… trao Bằng khen cho 24 tập thể và 37 cá nhân"). The headline is known by matching the
page's title, the lead by the names sites give it, a caption by its tag; each is put back
only when the extracted text lacks it, the captions after the paragraph they follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .webpage import class_and_id

# class or id of a story's lead: "sapo" (most Vietnamese news systems), "chapeau", "lead"
_LEAD = re.compile(
    r"sapo|chap+eau|(^|[-_\s])(lead|summary|excerpt|intro|tom-?tat|mo-?ta)([-_\s]|$)"
    r"|description",
    re.IGNORECASE,
)
_CAPTION = re.compile(r"caption|chu-?thich|img-?desc|image-?desc|photo-?desc", re.IGNORECASE)
MIN_HEADLINE_WORDS = 3
MIN_LEAD_WORDS = 8
MAX_LEAD_CHARS = 1500  # a lead is a paragraph, not a block holding the story
MIN_CAPTION_WORDS = 4
ANCHOR_CHARS = 60  # how much of a paragraph's start finds its line in the extracted text


def fold(text: str) -> str:
    return " ".join(text.split())


@dataclass
class StoryParts:
    headline: str | None = None
    lead: str | None = None
    # each caption with the start of the paragraph before it ("" when none)
    captions: list[tuple[str, str]] = field(default_factory=list)


def _text(element) -> str:  # an lxml element
    return fold(element.text_content())


def _titles(root) -> list[str]:
    found = root.xpath("//title/text() | //meta[@property='og:title']/@content")
    return [fold(str(t)).casefold() for t in found if fold(str(t))]


# where a page's title puts the site's name after the story's: " - ", " – ", " | "
_TITLE_SEPARATOR = re.compile(r"\s+[-–—|]\s+")


def _names_story(text: str, titles: list[str]) -> bool:
    """Whether a heading is the story's as the page's title says it: the title holds it,
    or it opens with the title's first part (a title cut short: "… có lợi – Công đoàn …"
    over the heading "… có lợi cho người lao động")."""
    folded = text.casefold()
    for title in titles:
        first = _TITLE_SEPARATOR.split(title)[0]
        if folded in title or (
            len(first.split()) >= MIN_HEADLINE_WORDS and folded.startswith(first)
        ):
            return True
    return False


def _headline(root, titles: list[str]):
    """The page's own headline: of the h1 and h2 the page's title names, the longest (the
    site's name in an h1 is in the title too, after the story's: "… 47 CĐCS - Liên đoàn Lao
    động tỉnh Nghệ An")."""
    found = [
        element
        for element in root.iter("h1", "h2")
        if len(_text(element).split()) >= MIN_HEADLINE_WORDS
        and _names_story(_text(element), titles)
    ]
    return max(found, key=lambda e: len(_text(e).split()), default=None)


def _is_lead(element) -> bool:
    if element.tag in ("meta", "html", "body", "head", "script", "style"):
        return False
    return bool(_LEAD.search(class_and_id(element)))


def parts_of(root) -> StoryParts:
    """The headline, lead and captions of a parsed page (lxml, furniture already taken out
    by webpage.prepared)."""
    parts = StoryParts()
    headline = _headline(root, _titles(root))
    if headline is not None:
        parts.headline = _text(headline)
    # the lead stands after the headline, in the page's order, in the block holding the
    # headline (a teaser's "description" in a list beside the story is no lead of it)
    after = headline is None
    around = root if headline is None else next(iter(headline.iterancestors()), root)
    for element in around.iter():
        if element is headline:
            after = True
            continue
        if not after or not isinstance(element.tag, str) or not _is_lead(element):
            continue
        text = _text(element)
        if len(text.split()) >= MIN_LEAD_WORDS and len(text) <= MAX_LEAD_CHARS:
            parts.lead = text
            break
    paragraph = ""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        is_caption = element.tag == "figcaption" or (
            element.tag in ("p", "div", "span", "em") and _CAPTION.search(class_and_id(element))
        )
        if is_caption:
            text = _text(element)
            if len(text.split()) >= MIN_CAPTION_WORDS:
                parts.captions.append((text, paragraph))
        elif element.tag == "p" and len(_text(element).split()) >= 5:
            paragraph = _text(element)
    return parts


def story_parts(html: str) -> StoryParts:
    """The headline, lead and captions of a prepared page (webpage.prepared)."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return parts_of(lxml_html.document_fromstring(html))
    except (etree.ParserError, ValueError):
        return StoryParts()


def completed(text: str, parts: StoryParts) -> str:
    """`text` (trafilatura's lines) with the headline, lead and captions it lacks put back.

    >>> parts = StoryParts("Cà Mau: Hơn 9.600 đoàn viên mới", "(ĐSCN) - Năm 2026 kết nạp"
    ...     " mới 9.642 đoàn viên, thành lập 58 CĐCS.", [("Trao Bằng khen cho 24 tập thể."
    ...     " Ảnh: N.H", "Báo cáo cho biết, toàn tỉnh có 1.946 CĐCS.")])
    >>> print(completed("Báo cáo cho biết, toàn tỉnh có 1.946 CĐCS.\\nĐoạn hai.", parts))
    Cà Mau: Hơn 9.600 đoàn viên mới
    (ĐSCN) - Năm 2026 kết nạp mới 9.642 đoàn viên, thành lập 58 CĐCS.
    Báo cáo cho biết, toàn tỉnh có 1.946 CĐCS.
    Trao Bằng khen cho 24 tập thể. Ảnh: N.H
    Đoạn hai.
    """
    lines = text.split("\n")
    present = fold(text)
    for caption, before in parts.captions:
        if fold(caption) in present or not before:
            continue
        start = before[:ANCHOR_CHARS]
        at = next((i for i, line in enumerate(lines) if start in fold(line)), None)
        if at is not None:  # where it stood; a caption not placed is left out
            lines.insert(at + 1, caption)
    if parts.lead and fold(parts.lead) not in present:
        # under the headline where the text has it, else first
        headline = fold(parts.headline or "") or None
        at = next((i for i, line in enumerate(lines) if fold(line) == headline), -1)
        lines.insert(at + 1, parts.lead)
    if parts.headline and fold(parts.headline) not in present:
        lines.insert(0, parts.headline)
    return "\n".join(lines)
