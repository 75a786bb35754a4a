"""A web page made ready for extraction: what lays it out, and what stands beside its story,
taken out of the way.

Tables that lay a page out are told from tables that hold data. Old district and provincial
union sites put the whole page in a <table>: menu, visitor counter, story and footer in
cells. Read as a data table, that page became one row "| DANH MỤC … Đang truy cập: 12 | …
the story … | Bản quyền …", with no figures (one giant cell) and the site's name as its
title. Such tables are unwrapped into plain blocks before extraction, so that the story
reads as paragraphs and the menu as boilerplate.

A page's <aside> and <nav> outside its <article> (and blocks named as related news: "Tin
cùng chuyên mục", class "tin-lien-quan", "related") are not its story; beside a story of one
or two sentences, trafilatura took eight teasers' summaries for the article and filed their
districts' figures under the page.
"""

from __future__ import annotations

import re

# a cell holding a page's own structure: a heading, or a long text of several blocks
_HEADINGS = ("h1", "h2", "h3", "h4")
_BLOCKS = ("p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6")
LAYOUT_CELL_CHARS = 400


def _is_layout(table) -> bool:  # an lxml element
    if table.xpath(".//table"):
        return True  # a table inside a table is a grid of page regions
    for cell in table.xpath(".//td | .//th"):
        if any(cell.xpath(f".//{tag}") for tag in _HEADINGS):
            return True
        blocks = sum(1 for child in cell.iterdescendants() if child.tag in _BLOCKS)
        if blocks >= 2 and len(cell.text_content()) > LAYOUT_CELL_CHARS:
            return True
    return False


def _owner(part):  # the table a row or cell belongs to, not one around that table
    return next(iter(part.xpath("ancestor::table[1]")), None)


# class or id naming a block of other stories
_OTHER_STORIES = re.compile(
    r"related|sidebar|tin-?lien-?quan|tin-?khac|cung-?chuyen-?muc|other-?news|tin-?moi",
    re.IGNORECASE,
)


# class or id naming a box that is never the story's, even inside it: a poll, ratings, share
# buttons and their counts, ads, a portal's side columns ("Văn bản mới", "Liên kết website"),
# most-read lists. Not "thong-ke": a story's statistics table may be named so
_BOXES = re.compile(
    r"poll|vote|binh-?chon|tham-?do|survey|rating|danh-?gia"
    r"|(^|[\s_-])(share|sharing|social|chia-?se|ads?|advert\w*|quang-?cao)([\s_-]|$)"
    r"|(left|right)[-_]?(pane|col|column|side|bar|box)|box[-_]?(left|right)|col[-_]?side"
    r"|xem-?nhieu|doc-?nhieu|most-?(read|viewed|popular)|tieu-?diem|lien-?ket-?web|weblinks?",
    re.IGNORECASE,
)
# a box holding this share of the page's text is a wrapper of the story, whatever its name
WRAPPER_SHARE = 0.5


def class_and_id(element) -> str:  # an lxml element
    """The names a site gives a block, by which its kind is told ("news-sapo", "box-left")."""
    return f"{element.get('class', '')} {element.get('id', '')}"


def _beside_the_story(root) -> list:  # lxml elements
    found = []
    body = max(len(root.text_content()), 1)
    for element in root.xpath("//aside | //nav | //*[@class or @id]"):
        names = class_and_id(element)
        if _BOXES.search(names):
            if len(element.text_content()) < WRAPPER_SHARE * body and not element.xpath(".//h1"):
                found.append(element)
            continue
        if element.tag not in ("aside", "nav") and not _OTHER_STORIES.search(names):
            continue
        if element.xpath("ancestor::article") or element.xpath(".//article"):
            continue  # a box inside the story, or a wrapper holding it
        found.append(element)
    return found


def prepared(html: str) -> str:
    """`html` without what stands beside its story and with its layout tables unwrapped.

    >>> page = ("<html><body><article><p>Đã trao 50 suất quà.</p></article><aside><p>Huyện"
    ...         " 2 trao 100 suất quà.</p></aside></body></html>")
    >>> "Huyện 2" in prepared(page)
    False
    >>> page = ("<html><body><table><tr><td><a href='#'>Tin</a></td><td><h2>LĐLĐ tổ "
    ...         "chức Tháng Công nhân</h2><p>Đã trao 3.450 suất quà.</p></td></tr></table>"
    ...         "<table><tr><td>Số đoàn viên</td><td>3.120</td></tr></table></body></html>")
    >>> out = prepared(page)
    >>> out.count("<table"), "<h2>LĐLĐ" in out
    (1, True)
    """
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    removed = _beside_the_story(root)
    for element in removed:
        if element.getparent() is not None:
            element.drop_tree()
    unwrapped = _unwrap_layout_tables(root)
    if not removed and not unwrapped:
        return html
    return lxml_html.tostring(root, encoding="unicode")


def _unwrap_layout_tables(root) -> bool:
    """Turn `root`'s layout tables into plain blocks, outermost first (a layout table's
    inner tables are judged on their own); whether any was."""
    changed = False
    for table in root.xpath("//table"):
        if _is_layout(table):
            parts = table.xpath(".//tbody | .//thead | .//tfoot | .//tr | .//td | .//th")
            for part in [table, *(p for p in parts if _owner(p) is table)]:
                part.tag = "div"
            changed = True
    return changed
