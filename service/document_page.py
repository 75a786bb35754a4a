"""One stored document as a web page, a cited passage marked: where a search hit, a figure
or a comparison row's "Mở văn bản" link leads, so a reader checks a claim in its context.

Rendered on the server from the stored text (no script needed): the document's facts, then
its text with a line at each page break and the passage in a <mark id="doan"> that the link's
"#doan" scrolls to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from urllib.parse import quote

from nlp.records import Document
from nlp.references import reference_key

from .check import CheckedFigure, with_unit
from .goals import Goal

KIND_NAMES = {
    "resolution": "Nghị quyết / văn bản",
    "report": "Báo cáo",
    "article": "Bài báo",
    "plan": "Kế hoạch",
    "other": "Khác",
}
PASSAGE_ID = "doan"


def document_html(
    doc: Document,
    start: int | None = None,
    end: int | None = None,
    page_starts: list[tuple[int, int]] | None = None,
    checked: Sequence[CheckedFigure] = (),
    goals: Sequence[Goal] = (),
) -> str:
    """The page for `doc`, text[start:end] marked when both are given and make a span of it;
    `page_starts` holds (page, offset of its first character) for a paginated document;
    `checked`, its figures held against the other documents' (`service.check`), lists the
    disputed ones with the values they are disputed by; `goals`, those it sets
    (`service.goals`), each with how far it is reached.

    >>> from nlp.records import Document
    >>> doc = Document(id="a1", source="bc.txt", title="Báo cáo", kind="report", number=None,
    ...     issuer=None, province="Nghệ An", date=None, period="2023-2028", pages=1,
    ...     text="Đã kết nạp 120 đoàn viên.", figures=[], references=[], tables=[])
    >>> '<mark id="doan">120 đoàn viên</mark>' in document_html(doc, 11, 24)
    True
    """
    text = doc.text
    span = (start, end) if start is not None and end is not None else None
    if span and not 0 <= span[0] < span[1] <= len(text):
        span = None
    # the first page opens the text, wherever its first passage starts
    pages = sorted(page_starts or [], key=lambda item: item[1])
    page_at = {0 if i == 0 else offset: page for i, (page, offset) in enumerate(pages)}
    cuts = sorted({o for o in page_at if 0 < o < len(text)} | set(span or ()))
    body = [_page_line(page_at[0])] if 0 in page_at else []
    previous = 0
    marks = 0
    for cut in [*cuts, len(text)]:
        piece = escape(text[previous:cut])
        if span and span[0] <= previous < span[1] and piece:
            # a page break inside the passage splits its mark; the link goes to the first
            anchor = f' id="{PASSAGE_ID}"' if marks == 0 else ""
            piece = f"<mark{anchor}>{piece}</mark>"
            marks += 1
        body.append(piece)
        if cut in page_at and cut != len(text):
            body.append(_page_line(page_at[cut]))
        previous = cut
    title = doc.title or doc.number or doc.source
    return _PAGE.format(
        title=escape(title),
        facts=_facts(doc) + _goals(doc.id, goals) + _disputes(doc.id, checked),
        jump=f'<p><a href="#{PASSAGE_ID}">Đến đoạn được trích</a></p>' if span else "",
        body="".join(body),
    )


def missing_document_html(doc_id: str) -> str:
    """The page for an id the store does not hold (removed since the link was made)."""
    return _message_html(
        "Không tìm thấy",
        f"Không có văn bản “{escape(doc_id)}” trong kho",
        "Văn bản có thể đã bị xóa khỏi kho sau khi liên kết này được tạo.",
    )


def bad_place_html(name: str, given: str) -> str:
    """The page for a link whose start or end is not a place in a text ("start=abc")."""
    return _message_html(
        "Liên kết sai",
        "Liên kết không chỉ đúng một đoạn văn bản",
        f"“{escape(name)}={escape(given)}” phải là một số nguyên không âm (vị trí ký tự).",
    )


def _message_html(title: str, heading: str, text: str) -> str:
    return (
        f'<!doctype html>\n<html lang="vi"><head><meta charset="utf-8">'
        f'<link rel="icon" href="data:,"><title>{title}'
        ' — baocao</title></head><body><p><a href="/">← baocao: tìm kiếm</a></p>'
        f"<h1>{heading}</h1><p>{text}</p></body></html>"
    )


def _page_line(page: int) -> str:
    return f'<span class="trang" role="separator">— trang {page} —</span>'


def _vietnamese_date(iso: str | None) -> str | None:
    """ "2025-05-26" as Vietnamese write it, "26/05/2025"; a partial date stays as stored."""
    if iso and len(iso) == 10 and iso[4] == iso[7] == "-":
        return f"{iso[8:]}/{iso[5:7]}/{iso[:4]}"
    return iso


def source_name(source: str) -> str:
    """What a reader is shown of a document's source: a web address whole, a file by its
    name (the folders it was ingested from are the server's, not the reader's).

    >>> source_name("/srv/kho/bao_cao/report.txt"), source_name("https://congdoan.vn/a")
    ('report.txt', 'https://congdoan.vn/a')
    """
    if _is_web_address(source):
        return source
    return re.split(r"[\\/]", source.rstrip("/\\"))[-1] or source


def _is_web_address(source: str) -> bool:
    """Only an http(s) source becomes a link: never a stored "javascript:…"."""
    return source.lower().startswith(("http://", "https://"))


def _facts(doc: Document) -> str:
    source = escape(source_name(doc.source))
    if _is_web_address(doc.source):
        # the page as it stands on its site, in a tab of its own that learns nothing of this
        href = escape(doc.source, quote=True)
        source = f'<a href="{href}" target="_blank" rel="noopener noreferrer">{source}</a>'
    rows = [
        ("Số, ký hiệu", doc.number),
        ("Loại", KIND_NAMES.get(doc.kind, doc.kind)),
        ("Cơ quan ban hành", doc.issuer),
        ("Tỉnh, thành", doc.province),
        ("Ngày", _vietnamese_date(doc.date)),
        ("Kỳ", doc.period),
        ("Số trang", str(doc.pages) if doc.pages > 1 else None),
        ("Số liệu, trích dẫn", _counts(doc)),
    ]
    cells = "".join(f"<dt>{name}</dt><dd>{escape(value)}</dd>" for name, value in rows if value)
    parts = _instruments(doc)
    if parts:
        cells += f"<dt>Gồm các văn bản</dt><dd>{parts}</dd>"
    return f"<dl>{cells}<dt>Nguồn</dt><dd>{source}</dd><dt>Mã</dt><dd>{escape(doc.id)}</dd></dl>"


def _disputes(doc_id: str, checked: Sequence[CheckedFigure]) -> str:
    """The document's figures other documents dispute, each a link to where it stands, with
    the values against it and links to theirs: "hơn 3.120 đoàn viên (2023) ≠ 3.500 (2023),
    bao-cao-2023.txt"."""
    disputed = [c for c in checked if c.verdict == "disputed"]
    if not disputed:
        return ""
    items = []
    for c in disputed:
        f = c.figure
        own = _link(doc_id, f.start, f.end, with_unit(f.text, f.unit))
        against = "; ".join(
            f"{_link(r.doc_id, r.start, r.end, r.text)} ({escape(r.period or 'không rõ năm')}),"
            f" {escape(source_name(r.source))}"
            for r in c.disputing
        )
        when = f" ({escape(f.period)})" if f.period else ""
        items.append(f"<li>{own}{when} ≠ {against}</li>")
    return (
        '<section class="mau-thuan" aria-labelledby="mau-thuan">'
        f'<h2 id="mau-thuan">Số liệu tài liệu khác nói khác ({len(disputed)})</h2>'
        f"<ul>{''.join(items)}</ul></section>"
    )


STATUS_NAMES = {
    "met": "đã đạt",
    "not_met": "không đạt",
    "on_the_way": "đang thực hiện",
    "no_result": "chưa có kết quả",
}


def _goals(doc_id: str, goals: Sequence[Goal]) -> str:
    """The goals the document sets, each a link to where it stands, with how far the stored
    results say it is reached: "12.000 đoàn viên (2023-2028): đang thực hiện, 57%"."""
    own = [g for g in goals if g.doc_id == doc_id or doc_id in g.also_in]
    if not own:
        return ""
    items = []
    for g in own:
        goal = (
            _link(doc_id, g.start, g.end, with_unit(g.text, g.unit))
            if g.doc_id == doc_id
            else (escape(with_unit(g.text, g.unit)))
        )
        when = f" ({escape(g.period)})" if g.period else ""
        share = f", {g.share:g}%".replace(".", ",") if g.share is not None else ""
        items.append(f"<li>{goal}{when}: {STATUS_NAMES[g.status]}{share}</li>")
    everything = f"/?goals_doc={quote(doc_id)}#goals"
    return (
        '<section class="chi-tieu" aria-labelledby="chi-tieu">'
        f'<h2 id="chi-tieu">Chỉ tiêu văn bản đặt ra ({len(own)})</h2>'
        f"<ul>{''.join(items)}</ul>"
        f'<p><a href="{escape(everything, quote=True)}">Xem tiến độ từng chỉ tiêu</a></p>'
        "</section>"
    )


def _link(doc_id: str, start: int, end: int, text: str) -> str:
    href = f"/documents/{quote(doc_id)}?start={start}&end={end}#{PASSAGE_ID}"
    return f'<a href="{escape(href, quote=True)}">{escape(text)}</a>'


def _instruments(doc: Document) -> str:
    """The instruments of a file holding several, each a link to its part, marked."""
    links = []
    for part in doc.instruments:
        name = " ".join(x for x in (part.kind, part.number) if x)
        if part.date:
            name += f" ngày {_vietnamese_date(part.date)}"
        links.append(_link(doc.id, part.start, part.end, name))
    return "; ".join(links)


_PAGE = """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{title} — baocao</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 52rem; margin: 0 auto;
  padding: 1rem; line-height: 1.55; color: #1b1b1b; }}
dl {{ display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }}
dt {{ color: #555; }} dd {{ margin: 0; overflow-wrap: anywhere; }}
.van-ban {{ white-space: pre-wrap; overflow-wrap: anywhere; border-top: 1px solid #ccc;
  padding-top: 1rem; }}
mark {{ background: #ffe58a; scroll-margin-top: 4rem; }}
.trang {{ display: block; color: #666; text-align: center; font-size: .9em; margin: 1rem 0; }}
.mau-thuan h2 {{ font-size: 1.05rem; color: #c01c28; }}
.mau-thuan li {{ overflow-wrap: anywhere; }}
</style>
</head>
<body>
<p><a id="back" href="/">← baocao: tìm kiếm</a></p>
<h1>{title}</h1>
{facts}
{jump}
<div class="van-ban">{body}</div>
<script>
// back to the search this page was opened from (its URL holds the query), not a blank page
(function () {{
  var from = document.referrer ? new URL(document.referrer) : null;
  if (from && from.origin === location.origin && from.pathname === "/") {{
    document.getElementById("back").href = from.pathname + from.search;
  }}
}})();
</script>
</body>
</html>
"""


def _counts(doc: Document) -> str:
    """ "13 số liệu, 12 trích dẫn của 4 văn bản": a document cited three times is one."""
    cited = len({reference_key(r.id) for r in doc.references})
    return f"{len(doc.figures)} số liệu, {len(doc.references)} trích dẫn của {cited} văn bản"
