"""The document files a web page links: a union site posts its report as a PDF or Word file
under a short notice ("Tải về", "File đính kèm"), or shows it in an embedded viewer.

Only files baocao reads as documents count (PDF, Word, Excel); a story's photos are
illustrations, not pages. Links in the menus and in the boxes of other stories are left
out (webpage.prepared), or every page of a site would "attach" the same forms.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

from .webpage import prepared

DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".xls", ".xlsx")
MAX_ATTACHMENTS = 20
# a viewer's own address carries the file's in its query: pdf.js "viewer.html?file=…",
# Google's "docs.google.com/viewer?url=…", Office Online's "view.aspx?src=…"
_FILE_PARAMETERS = ("file", "url", "src")


def _is_document(url: str) -> bool:
    path = unquote(urlsplit(url).path).lower()
    return path.endswith(DOCUMENT_SUFFIXES)


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
