"""The document page's text: page breaks where the passages show them, the cited span marked."""

from __future__ import annotations

from nlp.records import Document
from service.document_page import document_html

TEXT = "Trang một có 25 đoàn viên.\nTrang hai: kết nạp 120 đoàn viên mới.\n"


def _doc(source: str = "bc.pdf") -> Document:
    return Document(
        id="d1",
        source=source,
        title="Báo cáo <tổng kết>",
        kind="report",
        number="12/BC-LĐLĐ",
        issuer=None,
        province="Nghệ An",
        date="2024-01-05",
        period=None,
        pages=2,
        text=TEXT,
        figures=[],
        references=[],
        tables=[],
    )


def test_pages_and_the_marked_passage() -> None:
    second = TEXT.index("Trang hai")
    start = TEXT.index("kết nạp")
    page = document_html(_doc(), start, start + len("kết nạp 120 đoàn viên"), [(1, 2), (2, second)])
    assert page.index("— trang 1 —") < page.index("Trang một") < page.index("— trang 2 —")
    assert page.index("— trang 2 —") < page.index("Trang hai")
    assert '<mark id="doan">kết nạp 120 đoàn viên</mark>' in page
    # the title is escaped, the number and the kind are in Vietnamese words
    assert "Báo cáo &lt;tổng kết&gt;" in page and "12/BC-LĐLĐ" in page and "05/01/2024" in page


def test_a_passage_across_a_page_break_has_one_anchor() -> None:
    second = TEXT.index("Trang hai")
    page = document_html(_doc(), 5, second + 5, [(1, 0), (2, second)])
    assert page.count("<mark") == 2 and page.count('id="doan"') == 1


def test_a_web_source_is_a_link() -> None:
    page = document_html(_doc("https://baonghean.vn/a?b=1&c=2"))
    assert '<a href="https://baonghean.vn/a?b=1&amp;c=2"' in page and "<mark" not in page
    # opened in a tab of its own, which learns nothing of this page
    link = '<a href="https://baonghean.vn/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">'
    assert f"{link}https://baonghean.vn/a?b=1&amp;c=2</a>" in page
    # an address breaking out of its attribute stays inside it
    page = document_html(_doc('https://x.vn/"><script>alert(1)</script>'))
    assert "<script>alert" not in page
    assert 'href="https://x.vn/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in page


def test_only_a_web_source_is_a_link() -> None:
    for source in ("javascript:alert(1)", "/srv/kho/bao_cao.pdf", "data:text/html,<b>x</b>"):
        page = document_html(_doc(source))
        facts = page[page.index("<dl>") : page.index("</dl>")]
        assert "<a " not in facts and 'href="javascript' not in page, source
    assert "<dd>bao_cao.pdf</dd>" in document_html(_doc("/srv/kho/bao_cao.pdf"))


def test_a_file_of_several_instruments_links_each_part(shared) -> None:
    from ingest import read_file
    from nlp.analyze import analyze

    doc = analyze(read_file(shared / "corpus/real/resolutions_md/NQ57-NQ-TW_2024_bangoc.md"))
    page = document_html(doc)
    assert "<dt>Gồm các văn bản</dt>" in page
    conclusion = doc.instruments[1]
    link = f"?start={conclusion.start}&amp;end={conclusion.end}#doan"
    assert f'{link}">Kết luận 69-KL/TW ngày 11/01/2024</a>' in page
