"""The document files a web page links: a union site posts its report as a PDF or Word file
under a short notice ("Tải về", "File đính kèm"), shows it in an embedded viewer, or links
it on Google Drive.

Only files baocao reads as documents count (PDF, Word, Excel); a story's photos are
illustrations, not pages. Links in the menus and in the boxes of other stories are left
out (webpage.prepared), or every page of a site would "attach" the same forms.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

from .hosted import is_hosted_file
from .webpage import prepared

DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".xls", ".xlsx")
MAX_ATTACHMENTS = 20
# a viewer's own address carries the file's in its query: pdf.js "viewer.html?file=…",
# Google's "docs.google.com/viewer?url=…", Office Online's "view.aspx?src=…"
_FILE_PARAMETERS = ("file", "url", "src")


def _is_document(url: str) -> bool:
    path = unquote(urlsplit(url).path).lower()
    return path.endswith(DOCUMENT_SUFFIXES) or is_hosted_file(url)


def _targets(address: str, base: str) -> list[str]:
    """The document addresses one link stands for: itself, or the file a viewer shows."""
    absolute = urljoin(base, address.strip())
    if urlsplit(absolute).scheme not in ("http", "https"):
        return []
    found = [absolute] if _is_document(absolute) else []
    for key, value in parse_qsl(urlsplit(absolute).query):
        if key.lower() in _FILE_PARAMETERS and _is_document(value):
            found.append(urljoin(absolute, value))
    return found


def document_links(html: str, base_url: str) -> list[str]:
    """The addresses of the document files a page links, in page order, each once.

    >>> page = ('<html><body><article><p>Báo cáo tổng kết năm 2025.</p>'
    ...         '<a href="/Upload/BC-2025.pdf">Tải về</a> <a href="anh.jpg">Ảnh</a>'
    ...         '<iframe src="/pdfjs/web/viewer.html?file=%2FUpload%2FPL1.docx"></iframe>'
    ...         '</article><nav><a href="/mau-bieu.doc">Mẫu</a></nav></body></html>')
    >>> document_links(page, "https://congdoan.vn/tin-tuc/bc.html")
    ['https://congdoan.vn/Upload/BC-2025.pdf', 'https://congdoan.vn/Upload/PL1.docx']
    """
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(prepared(html))
    except (ValueError, TypeError):  # lxml's parser errors are ValueErrors
        return []
    base = urljoin(base_url, (root.xpath("//base/@href") or [""])[0])
    found: list[str] = []
    addresses = root.xpath("//a/@href | //iframe/@src | //embed/@src | //object/@data")
    for address in addresses:
        for target in _targets(str(address), base):
            target = target.split("#")[0]
            if target not in found:
                found.append(target)
    return found[:MAX_ATTACHMENTS]


_REFRESH = re.compile(
    r"^\s*(?P<delay>\d+(?:\.\d+)?)\s*[;,]\s*url\s*=\s*['\"]?(?P<target>[^'\"]+)", re.IGNORECASE
)
# a refresh later than this is a page that reloads itself (news tickers), not one that moved
MAX_REFRESH_SECONDS = 10


def refresh_target(html: str, base_url: str) -> str | None:
    """Where a page sends the browser at once by `<meta http-equiv="refresh">`, as old
    portals' entry pages do; None when it does not.

    >>> refresh_target('<meta http-equiv="Refresh" content="0; URL=/Portal/tin.aspx">',
    ...                "http://ldld.vn/")
    'http://ldld.vn/Portal/tin.aspx'
    >>> refresh_target('<meta http-equiv="refresh" content="300">', "http://ldld.vn/") is None
    True
    """
    from lxml import html as lxml_html

    head = html[:20000]
    if "refresh" not in head.lower():
        return None
    try:
        root = lxml_html.fromstring(head)
    except (ValueError, TypeError):
        return None
    for meta in root.xpath("//meta[@http-equiv and @content]"):
        if meta.get("http-equiv", "").strip().lower() != "refresh":
            continue
        found = _REFRESH.match(meta.get("content", ""))
        if found and float(found.group("delay")) <= MAX_REFRESH_SECONDS:
            target = urljoin(base_url, found.group("target").strip())
            return target if urlsplit(target).scheme in ("http", "https") else None
    return None


MAX_FEED_ITEMS = 100
_ATOM = "{http://www.w3.org/2005/Atom}"


def feed_items(data: bytes, base_url: str) -> list[str] | None:
    """The addresses of an RSS or Atom feed's items, newest first as the feed lists them;
    None when `data` is no feed. A union site's "/rss" is how its news is followed.

    >>> rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title>'
    ...        b'<item><title>A</title><link>https://ldld.vn/tin/a.html</link></item>'
    ...        b'<item><title>B</title><link>/tin/b.html</link></item></channel></rss>')
    >>> feed_items(rss, "https://ldld.vn/rss")
    ['https://ldld.vn/tin/a.html', 'https://ldld.vn/tin/b.html']
    >>> feed_items(b"<html><body>Tin</body></html>", "https://ldld.vn/") is None
    True
    """
    from lxml import etree

    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not (head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed"))):
        return None
    if b"<rss" not in head and b"<feed" not in head and b"<rdf" not in head:
        return None
    try:
        root = etree.fromstring(data, etree.XMLParser(recover=True, resolve_entities=False))
    except etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    found: list[str] = []
    for link in root.iter("link", f"{_ATOM}link", "{http://purl.org/rss/1.0/}link"):
        parent = link.getparent()
        if parent is None or etree.QName(parent).localname not in ("item", "entry"):
            continue  # the channel's own link, the site's home page
        if link.get("href") is not None and link.get("rel", "alternate") != "alternate":
            continue  # an Atom entry's "edit" or "enclosure" link
        address = urljoin(base_url, (link.get("href") or link.text or "").strip())
        if urlsplit(address).scheme in ("http", "https") and address not in found:
            found.append(address)
    return found[:MAX_FEED_ITEMS]
