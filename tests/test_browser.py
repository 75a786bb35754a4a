"""The web page in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright):
search, the compare chart with its rows and sources, and a resolution's citing documents.

Skips when Chromium or Playwright is absent; `.ci/run` installs both.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import serving

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.slow
sync_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("chromium is not installed", allow_module_level=True)

ACHIEVEMENT_BLUE = (0x1A, 0x5F, 0xB4)  # the chart's achievement colour (analysis.js)
CONFLICT_RED = (0xC0, 0x1C, 0x28)  # a value other documents contradict


@pytest.fixture(scope="module")
def server(seeded_home: Path) -> Iterator[str]:
    with serving(seeded_home) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    # one Playwright per thread: a second one started beside it fails
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield launched
        launched.close()


def _open_page(browser, url: str):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.goto(url)
    return page


@pytest.fixture(scope="module")
def page(browser, server: str):  # type: ignore[no-untyped-def]
    return _open_page(browser, server)


def _count_colour(png: bytes, colour: tuple[int, int, int]) -> int:
    from io import BytesIO

    import numpy as np
    from PIL import Image

    pixels = np.asarray(Image.open(BytesIO(png)).convert("RGB"), dtype=np.int16)
    return int((np.abs(pixels - np.array(colour)).max(axis=2) <= 8).sum())


def test_search_shows_cited_passages(page) -> None:  # type: ignore[no-untyped-def]
    page.fill("#q", "quyên góp ủng hộ phòng chống dịch Covid-19")
    page.click("#search-button")
    page.wait_for_selector(".hit")
    first = page.locator(".hit").first
    assert "4,4 tỷ đồng" in first.inner_text()
    assert "ký tự" in first.locator(".citation").inner_text()
    assert first.locator("mark").count() > 0


def test_a_query_without_marks_says_how_it_was_read(page) -> None:  # type: ignore[no-untyped-def]
    page.fill("#q", "cham lo tet cho doan vien")
    page.evaluate("document.getElementById('results').replaceChildren()")
    page.click("#search-button")
    page.wait_for_selector(".hit")
    assert "24,8 tỷ" in page.locator(".hit").first.inner_text()
    assert "“chăm lo tết cho đoàn viên”" in page.locator("#status").inner_text()


def test_search_within_one_document(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector("#doc-choices option[value='0babc0c75662e8a8']", state="attached")
    page.fill("#q", "công đoàn")
    page.fill("#doc", "0babc0c75662e8a8")  # the Nghệ An article, as its suggestion fills it
    page.evaluate("document.getElementById('results').replaceChildren()")  # earlier hits
    page.click("#search-button")
    page.wait_for_selector(".hit")
    titles = page.locator(".hit h3").all_inner_texts()
    assert titles and set(titles) == {
        "Chuyển biến tích cực của Công đoàn Nghệ An từ Nghị quyết 02-NQ/TW"
    }
    page.fill("#doc", "99-NQ/TW")  # no such document: the page says so
    page.click("#search-button")
    page.wait_for_selector("#status.error", state="attached")
    assert "99-NQ/TW" in page.locator("#status").inner_text()
    page.fill("#doc", "")


def test_compare_chart_and_sources(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.fill("#compare-indicator", "party_referrals")
    page.click("#compare-button")
    page.wait_for_selector("#compare-body tr")
    rows = page.locator("#compare-body tr")
    text = rows.all_inner_texts()
    assert len(text) >= 3
    assert any("Bắc Giang" in row and "343" in row and "2018-2023" in row for row in text)
    assert any("2.158" in row and "không rõ tỉnh" in row for row in text)
    assert all("“" in row for row in text)  # every value shows its source sentence
    subjects = page.locator("#compare-body tr td:nth-child(5)").all_inner_texts()
    assert any("đoàn viên ưu tú" in cell for cell in subjects)  # and what it counts
    shot = page.locator("#compare").screenshot(path=str(tmp_path / "compare.png"))
    assert _count_colour(shot, ACHIEVEMENT_BLUE) > 2000  # the bars were drawn
    # the download is made for Excel (a byte-order mark), where people open it
    assert page.locator("#compare-csv").get_attribute("href").endswith("format=csv&excel=true")


def test_resolution_view_lists_citing_documents(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector("#refs-body tr")
    page.locator("#refs-body tr", has_text="02-NQ/TW").click()
    page.wait_for_selector(".citing")
    detail = page.locator("#ref-detail").inner_text()
    assert "Nghệ An" in detail and "12/06/2021" in detail  # dates as Vietnamese write them
    assert "2021-06-12" not in detail


def test_documents_that_disagree_are_drawn_in_red(browser, home_copy: Path) -> None:  # type: ignore[no-untyped-def]
    from index.library import Library
    from ingest import read_bytes

    # a second report claims another membership for Bắc Giang's union in 2023 than the
    # seed's 3.120 (an article of 18/06/2023)
    text = (
        "Năm 2023, Công đoàn Viên chức tỉnh Bắc Giang gồm 56 công đoàn cơ sở với 3.300 đoàn viên."
    )
    library = Library(home_copy)
    library.add(read_bytes(text.encode(), "bac_giang_khac.txt"))
    library.refresh()
    library.close()
    with serving(home_copy) as url:
        page = _open_page(browser, url)
        page.fill("#compare-indicator", "members")
        page.click("#compare-button")
        page.wait_for_selector("#compare-body tr")
        assert page.locator("#compare-body .conflict").count() == 2
        # each names, by its number, the row it disputes: the other one
        disputing = page.locator("#compare-body tr", has=page.locator(".conflict"))
        numbers = disputing.locator("td.row-number").all_inner_texts()
        against = disputing.locator(".against").all_inner_texts()
        assert sorted(a.strip() for a in against) == sorted(f"≠ #{n}" for n in numbers[::-1])
        # ... as a link to it
        target = disputing.locator(".against a").first.get_attribute("href")
        assert page.locator(target).locator("td.row-number").inner_text() in numbers
        shot = page.locator("#compare").screenshot()
        assert _count_colour(shot, CONFLICT_RED) > 500  # both claims drawn, in red


def _search(page, query: str) -> None:  # type: ignore[no-untyped-def]
    page.fill("#year", "")
    page.fill("#doc", "")
    page.fill("#q", query)
    page.evaluate("document.getElementById('results').replaceChildren()")
    page.click("#search-button")
    page.wait_for_selector(".hit")


def test_each_hit_opens_its_document_at_the_passage(page) -> None:  # type: ignore[no-untyped-def]
    _search(page, "chăm lo Tết cho đoàn viên")
    hits = page.evaluate(
        """[...document.querySelectorAll('.hit')].map((h) => ({
             href: h.querySelector('a.open-doc').getAttribute('href'),
             citation: h.querySelector('.citation').textContent}))"""
    )
    assert len(hits) == 10
    for hit in hits:
        # /documents/{doc_id}?start=..&end=..#doan, the span the citation's "ký tự" names
        assert hit["href"].startswith("/documents/") and hit["href"].endswith("#doan")
        start, end = hit["href"].split("?start=")[1].split("#")[0].split("&end=")
        assert f"ký tự {start}–{end}" in hit["citation"]
    # kinds in Vietnamese, and a document's date from the documents list before its source
    assert any("· bài báo ·" in hit["citation"] for hit in hits)
    assert not any("article" in hit["citation"].split("nguồn:")[0] for hit in hits)
    assert any(hit["citation"].startswith("ngày 23/01/2025 · nguồn:") for hit in hits)


def test_the_link_opens_the_document_at_the_passage(browser, page, server: str) -> None:  # type: ignore[no-untyped-def]
    _search(page, "quyên góp ủng hộ phòng chống dịch Covid-19")
    href = page.locator(".hit a.open-doc").first.get_attribute("href")
    opened = browser.new_page()
    opened.goto(server + href)
    assert "4,4 tỷ đồng" in opened.locator("mark#doan").inner_text()  # the hit's passage
    opened.close()
    # followed from the page, the document's back link returns to the same search
    page.locator(".hit a.open-doc").first.click()
    page.wait_for_selector("mark#doan")
    page.click("#back")
    page.wait_for_selector(".hit")
    assert page.input_value("#q") == "quyên góp ủng hộ phòng chống dịch Covid-19"


def test_back_from_a_hit_returns_to_it(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    # the results are drawn after the page loads: Back had landed thousands of pixels past
    # the hit opened
    page = _open_page(browser, server)
    _search(page, "chăm lo Tết cho đoàn viên")
    hit = page.locator(".hit").nth(4)
    hit.scroll_into_view_if_needed()
    before = page.evaluate("window.scrollY")
    hit.locator("a.open-doc").click()
    page.wait_for_selector("mark#doan")
    page.go_back()
    page.wait_for_selector(".hit")
    page.wait_for_function(f"Math.abs(window.scrollY - {before}) < 50")
    # the other sections keep no state in the address: their links open a new tab
    page.fill("#compare-indicator", "members")
    page.click("#compare-button")
    page.wait_for_selector("#compare-body tr")
    assert page.locator("#compare-body a.open-doc").first.get_attribute("target") == "_blank"
    page.close()


def test_no_hits_names_the_filters(page) -> None:  # type: ignore[no-untyped-def]
    page.fill("#q", "chăm lo Tết cho đoàn viên")
    page.fill("#year", "1999")
    page.click("#search-button")
    page.wait_for_selector("#results .empty")
    assert "0 kết quả năm 1999" in page.locator("#status").inner_text()
    page.fill("#year", "")


def test_meaning_only_hits_are_marked(page) -> None:  # type: ignore[no-untyped-def]
    _search(page, "bình đẳng giới")  # few passages hold these words; the rest come by meaning
    tagged = page.locator(".hit.meaning-only")
    assert tagged.count() > 0
    assert tagged.count() < page.locator(".hit").count()
    for n in range(tagged.count()):
        assert tagged.nth(n).locator("mark").count() == 0
        assert "gần nghĩa — không chứa từ tìm kiếm" in tagged.nth(n).inner_text()
    untagged = page.locator(".hit:not(.meaning-only)")
    assert untagged.first.locator("mark").count() > 0
    assert "chứa từ tìm kiếm" in page.locator("#status").inner_text()


def test_a_year_out_of_range_is_refused_in_vietnamese(page) -> None:  # type: ignore[no-untyped-def]
    _search(page, "công đoàn")
    page.fill("#year", "3000")
    page.click("#search-button")
    page.wait_for_selector("#status.error", state="attached")
    assert "1900 đến 2100" in page.locator("#status").inner_text()
    assert page.locator(".hit").count() == 0  # the earlier hits are gone
    page.fill("#year", "")


def test_long_queries_are_cut_at_the_apis_limit(page) -> None:  # type: ignore[no-untyped-def]
    assert page.get_attribute("#q", "maxlength") == "1000"
    assert page.locator("#q-hint").is_hidden()
    page.locator("#q").fill("")
    page.locator("#q").type("công đoàn " * 101)  # typed: maxlength stops it at 1000
    assert len(page.input_value("#q")) == 1000
    assert page.locator("#q-hint").is_visible()
    page.fill("#q", "")
    page.dispatch_event("#q", "input")
    assert page.locator("#q-hint").is_hidden()


def test_a_failed_compare_leaves_no_stale_rows(page) -> None:  # type: ignore[no-untyped-def]
    page.fill("#compare-indicator", "party_referrals")
    page.click("#compare-button")
    page.wait_for_selector("#compare-body tr")
    status = page.locator("#compare-status").inner_text()
    assert status.startswith("Chỉ tiêu: Đoàn viên ưu tú") and "party_referrals" not in status
    kinds = set(page.locator("#compare-body tr td:nth-child(6)").all_inner_texts())
    assert kinds <= {"kết quả", "chỉ tiêu"} and kinds
    assert (
        page.locator("#compare-body a.open-doc").count() == page.locator("#compare-body tr").count()
    )
    page.fill("#compare-indicator", "không có chỉ tiêu nào như thế này")
    page.click("#compare-button")
    page.wait_for_selector("#compare-status.error", state="attached")
    message = page.locator("#compare-status").inner_text()
    assert message.startswith("Yêu cầu không hợp lệ")
    # the server's words in Vietnamese, the indicators named by their labels, not their ids
    assert "Không có chỉ tiêu nào khớp “không có chỉ tiêu nào như thế này”" in message
    assert "Đoàn viên công đoàn" in message and "party_referrals" not in message
    assert "chi tiết:" not in message and "known ids" not in message
    assert page.locator("#compare-body tr").count() == 0
    assert page.locator("#compare-csv").is_hidden()
    assert page.evaluate("Chart.getChart(document.getElementById('compare-chart'))") is None


def test_figures_page_through_and_clear_on_error(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector("#figures-body tr")
    assert page.locator("#figures-body tr").count() == 50
    assert page.locator("#figures-status").inner_text() == "50 / 58 số liệu"
    kinds = set(page.locator("#figures-body tr td:nth-child(4)").all_inner_texts())
    assert kinds <= {"kết quả", "chỉ tiêu"}
    indicators = page.locator("#figures-body tr td:nth-child(5)").all_inner_texts()
    assert "Cán bộ công đoàn được tập huấn, bồi dưỡng" in indicators
    assert "officials_trained" not in indicators
    assert "#doan" in page.locator("#figures-body a.open-doc").first.get_attribute("href")
    page.click("#figures-more")
    page.wait_for_function("document.querySelectorAll('#figures-body tr').length === 58")
    assert page.locator("#figures-status").inner_text() == "58 / 58 số liệu"
    assert page.locator("#figures-more").is_hidden()
    # every figure the filters match, for Excel
    csv_link = page.locator("#figures-csv")
    assert csv_link.is_visible() and csv_link.get_attribute("href").endswith(
        "format=csv&excel=true"
    )
    page.fill("#figures-province", "Không Có Tỉnh Này")
    page.click("#figures-button")
    page.wait_for_selector("#figures-status.error", state="attached")
    assert page.locator("#figures-body tr").count() == 0
    assert page.locator("#figures-csv").is_hidden()
    message = page.locator("#figures-status").inner_text()
    assert message.startswith("Yêu cầu không hợp lệ")
    assert "Không có tỉnh/thành nào tên “Không Có Tỉnh Này”; hãy gõ tên tỉnh" in message
    assert "unknown province" not in message
    page.fill("#figures-province", "")
    page.click("#figures-button")
    page.wait_for_selector("#figures-body tr")


def test_no_english_kind_names_in_the_forms(page) -> None:  # type: ignore[no-untyped-def]
    for select in ["#kind", "#figures-kind", "#compare-kind"]:
        names = page.locator(f"{select} option").all_inner_texts()
        assert not any(
            word in " ".join(names) for word in ["resolution", "article", "achievement", "target"]
        )
    assert "bài báo" in page.locator("#kind option[value='article']").inner_text()
    body = page.locator("main").inner_text()
    assert "(Search)" not in body and "(query)" not in body and "score" not in body


def test_the_citing_documents_come_into_view(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 390, "height": 700})
    page.goto(server)
    page.wait_for_selector("#refs-body tr")
    page.locator("#refs-body tr", has_text="02-NQ/TW").click()
    page.wait_for_selector(".citing")
    top = page.evaluate("document.getElementById('ref-detail').getBoundingClientRect().top")
    assert 0 <= top < 700
    assert page.evaluate("document.activeElement.id") == "ref-detail"
    # and the page never scrolls sideways on a phone: wide tables scroll in their box
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.close()


def test_upload_keeps_the_token_and_names_the_document(
    browser, home_copy: Path, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BAOCAO_TOKEN", "bi-mat")
    upload = tmp_path / "hai_duong.txt"
    upload.write_text("Báo cáo công đoàn tỉnh Hải Dương\n\nNăm 2024 kết nạp 1.234 đoàn viên.\n")
    with serving(home_copy) as url:
        page = _open_page(browser, url)
        page.set_input_files("#file", str(upload))
        page.click("#upload-button")
        page.wait_for_selector("#upload-status.error", state="attached")
        assert page.locator("#upload-status").inner_text().startswith("Thiếu hoặc sai mã truy cập")
        page.fill("#token", "bi-mat")
        page.click("#upload-button")
        page.wait_for_selector("#upload-status:has-text('Đã thêm')")
        assert "“Báo cáo công đoàn tỉnh Hải Dương”" in page.locator("#upload-status").inner_text()
        assert page.input_value("#token") == "bi-mat"  # kept for the next upload
        page.set_input_files("#file", str(upload))
        page.click("#upload-button")
        page.wait_for_selector("#upload-status:has-text('đã có trong kho')")
        page.reload()  # kept for the session, in sessionStorage only
        assert page.input_value("#token") == "bi-mat"
        assert page.evaluate("localStorage.length") == 0
        page.close()


def test_figures_without_an_indicator_show_their_subject(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector("#figures-body tr")
    figures = page.evaluate(
        "fetch('/api/figures?limit=50').then((r) => r.json()).then((d) => d.figures)"
    )
    labels = dict(page.evaluate("[...indicatorLabels]"))
    cells = page.locator("#figures-body tr td:nth-child(5)")
    assert cells.count() == len(figures) == 50
    for n, figure in enumerate(figures):
        cell = cells.nth(n)
        if figure["indicator"]:
            assert cell.inner_text() == labels[figure["indicator"]]
            assert "subject" not in cell.get_attribute("class")
        elif figure["subject"]:
            assert cell.inner_text() == figure["subject"]  # dimmed, in italics
            assert "subject" in cell.get_attribute("class")
    assert page.locator("#figures-body td.subject").count() > 0
    style = page.evaluate(
        "getComputedStyle(document.querySelector('#figures-body td.subject')).fontStyle"
    )
    assert style == "italic"


def test_a_figure_is_a_compact_block_on_a_phone(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 390, "height": 800})
    page.goto(server)
    page.wait_for_selector("#figures-body tr")
    row = page.locator("#figures-body tr").first
    box = row.bounding_box()
    quote = row.locator("td.quote").bounding_box()
    # the source sentence under the figure's line, on the screen rather than scrolled away
    assert box["width"] <= 390 and quote["x"] + quote["width"] <= 390
    assert quote["y"] > row.locator("td").first.bounding_box()["y"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.close()


def _store_resolution_02(home: Path) -> str:
    """Nghị quyết 02-NQ/TW itself, which the Nghệ An article cites, added to the store at
    `home`; its document id."""
    from index.library import Library
    from ingest import read_bytes

    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 02-NQ/TW\nHà Nội, ngày 12 tháng 6 năm 2021\n\n"
        "NGHỊ QUYẾT\nCỦA BỘ CHÍNH TRỊ\nvề đổi mới tổ chức và hoạt động của Công đoàn Việt Nam "
        "trong tình hình mới\n\nCông đoàn Việt Nam là tổ chức chính trị - xã hội rộng lớn.\n"
    )
    library = Library(home)
    doc_id = library.add(read_bytes(text.encode(), "nq_02.txt")).doc_id
    library.refresh()
    library.close()
    return doc_id


def test_a_stored_cited_document_opens_from_the_references(browser, home_copy: Path) -> None:  # type: ignore[no-untyped-def]
    doc_id = _store_resolution_02(home_copy)
    with serving(home_copy) as url:
        page = _open_page(browser, url)
        page.wait_for_selector("#refs-body tr")
        row = page.locator("#refs-body tr", has_text="02-NQ/TW")
        link = row.locator("a.open-doc")
        assert link.inner_text() == "Mở văn bản"
        assert link.get_attribute("href") == f"/documents/{doc_id}"
        # only a stored document has the link
        assert page.locator("#refs-body a.open-doc").count() == 1
        assert "other" not in " ".join(page.locator("#refs-body td:nth-child(2)").all_inner_texts())
        row.locator("td").first.click()
        page.wait_for_selector(".citing")
        stored = page.locator("#ref-detail .stored a")
        assert stored.get_attribute("href") == f"/documents/{doc_id}"
        page.close()


def test_a_reload_shows_the_same_search(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page = _open_page(browser, server)
    page.fill("#q", "chăm lo Tết cho đoàn viên")
    page.fill("#province", "Nghệ An")
    page.click("#search-button")
    page.wait_for_selector(".hit")
    titles = page.locator(".hit h3").all_inner_texts()
    # only the filled fields, in the page's own URL
    assert (
        page.url
        == server
        + "/?q=ch%C4%83m+lo+T%E1%BA%BFt+cho+%C4%91o%C3%A0n+vi%C3%AAn&province=Ngh%E1%BB%87+An"
    )
    page.reload()
    page.wait_for_selector(".hit")
    assert page.input_value("#q") == "chăm lo Tết cho đoàn viên"
    assert page.input_value("#province") == "Nghệ An"
    assert page.locator(".hit h3").all_inner_texts() == titles
    # a shared link with a kind: its field filled as well
    page.goto(server + "/?q=c%C3%B4ng+%C4%91o%C3%A0n&kind=article")
    page.wait_for_selector(".hit")
    assert page.input_value("#kind") == "article"
    assert all("· bài báo ·" in c for c in page.locator(".hit .citation").all_inner_texts())
    # ... or by its Vietnamese name, as the API takes it
    page.goto(server + "/?q=c%C3%B4ng+%C4%91o%C3%A0n&kind=b%C3%A0i+b%C3%A1o")
    page.wait_for_selector(".hit")
    assert page.input_value("#kind") == "article"
    page.close()


def test_compare_within_some_provinces(page) -> None:  # type: ignore[no-untyped-def]
    label = page.locator("label[for='compare-province']").inner_text()
    assert label == "Tỉnh/thành (cách nhau bằng dấu phẩy)"
    page.fill("#compare-indicator", "party_referrals")
    page.fill("#compare-province", " bắc giang , ,")
    page.click("#compare-button")
    page.wait_for_selector("#compare-body tr")
    provinces = set(page.locator("#compare-body tr td:nth-child(2)").all_inner_texts())
    assert provinces == {"Bắc Giang"}
    assert "province=b%E1%BA%AFc+giang" in page.locator("#compare-csv").get_attribute("href")
    # a suggestion picked shows its Vietnamese name, and the request sends its id
    names = page.eval_on_selector_all("#indicator-list option", "os => os.map(o => o.value)")
    assert "Đoàn viên công đoàn" in names and "members" not in names
    page.fill("#compare-indicator", "Đoàn viên công đoàn")
    page.click("#compare-button")
    page.wait_for_function(
        "document.getElementById('compare-csv').href.includes('indicator=members')"
    )
    page.fill("#compare-indicator", "party_referrals")
    page.click("#compare-button")
    page.wait_for_function(
        "document.getElementById('compare-csv').href.includes('indicator=party_referrals')"
    )
    # the value axis says what is counted
    unit = page.evaluate(
        "Chart.getChart(document.getElementById('compare-chart')).options.scales.y.title.text"
    )
    assert unit and unit in " ".join(
        page.locator("#compare-body tr td:nth-child(4)").all_inner_texts()
    )
    page.fill("#compare-province", "Nghệ An, Không Có Tỉnh Này")
    page.click("#compare-button")
    page.wait_for_selector("#compare-status.error", state="attached")
    assert (
        "Không có tỉnh/thành nào tên “Không Có Tỉnh Này”"
        in page.locator("#compare-status").inner_text()
    )
    page.fill("#compare-province", "")


def test_the_chart_draws_one_measure(page) -> None:  # type: ignore[no-untyped-def]
    # 98.450 đoàn viên and 71% on one axis would read as two counts
    rows = [
        {"unit": "đoàn viên", "value": 98450},
        {"unit": "cán bộ, công chức, viên chức", "value": 3092},
        {"unit": "%", "value": 71},
    ]
    picked = page.evaluate("(rows) => rowsOfOneMeasure(rows)", rows)
    assert picked["measure"] == "count" and [r["value"] for r in picked["rows"]] == [98450, 3092]
    # sums on the axis as people say them
    assert page.evaluate("shortMoney(250000000000)") == "250 tỷ"
    assert page.evaluate("shortMoney(3500000)") == "3,5 triệu"
    # people are one kind of count; gifts another
    gifts = [
        {"unit": "suất quà", "value": 31540},
        *rows[:2],
        {"unit": "người lao động", "value": 9},
    ]
    picked = page.evaluate("(rows) => rowsOfOneMeasure(rows)", gifts)
    assert picked["unit"] == "người" and 31540 not in [r["value"] for r in picked["rows"]]


def test_a_cited_resolution_names_who_cites_it(browser, home_copy: Path) -> None:  # type: ignore[no-untyped-def]
    # the seed article on Nghệ An cites 02-NQ/TW; stored, the resolution's hits say so
    _store_resolution_02(home_copy)
    with serving(home_copy) as url:
        page = _open_page(
            browser, f"{url}/?q=t%E1%BB%95+ch%E1%BB%A9c+c%C3%B4ng+%C4%91o%C3%A0n&doc=02-NQ/TW"
        )
        page.wait_for_selector(".hit .cited-by")
        cited = page.locator(".hit .cited-by").first
        assert "trích dẫn" in cited.inner_text()
        assert cited.locator("a").first.get_attribute("href").startswith("/documents/")


def test_a_web_address_is_added_with_the_files_it_links(
    browser, home_copy: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from tests.test_pdf import new_pdf, pdf_bytes, require_font, write
    from tests.web_site import Answer, html_page, serving_site

    pdf = new_pdf(require_font(), 11)
    pdf.add_page()
    write(pdf, "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN")
    write(pdf, "BÁO CÁO TỔNG KẾT CÔNG TÁC CÔNG ĐOÀN NĂM 2025")
    write(pdf, "Trong năm 2025, các cấp công đoàn kết nạp mới 6.520 đoàn viên.")
    title = "LĐLĐ tỉnh Nghệ An tổng kết công tác công đoàn năm 2025"
    story = (
        "<p>Ngày 15/01/2026, Liên đoàn Lao động tỉnh Nghệ An tổng kết công tác công đoàn năm"
        " 2025.</p><p>Năm 2025, toàn tỉnh kết nạp mới 6.520 đoàn viên, thành lập mới 41 công"
        ' đoàn cơ sở.</p><p>Báo cáo tổng kết: <a href="/Upload/BC-2025.pdf">Tải về</a></p>'
    )
    routes = {
        "/tin-tuc/tong-ket.html": Answer(
            html_page(title, story), headers={"Content-Type": "text/html; charset=utf-8"}
        ),
        "/thong-bao": Answer(
            html_page("Thông báo", '<p><a href="/Upload/BC-2025.pdf">BC-2025.pdf</a></p>'),
            headers={"Content-Type": "text/html; charset=utf-8"},
        ),
        "/Upload/BC-2025.pdf": Answer(pdf_bytes(pdf), headers={"Content-Type": "application/pdf"}),
        "/rss": Answer(
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title>'
            b"<item><title>Tong ket</title><link>/tin-tuc/tong-ket.html</link></item>"
            b"</channel></rss>",
            headers={"Content-Type": "application/rss+xml"},
        ),
    }
    # the site is on loopback, which the server refuses to fetch unless told it may
    monkeypatch.setenv("BAOCAO_FETCH_PRIVATE", "1")
    with serving_site(routes) as site, serving(home_copy) as url:
        page = _open_page(browser, url)
        address = f"{site.url}/tin-tuc/tong-ket.html"
        page.fill("#url", address)
        page.click("#upload-button")
        page.wait_for_selector("#upload-status:has-text('Đã thêm')")
        assert f"“{title}”" in page.locator("#upload-status").inner_text()
        assert page.input_value("#url") == ""
        # the report the page links: named, a link to it, and a button that adds it
        items = page.locator("#upload-attachments li")
        assert "Trang này đính kèm 1 tệp" in page.locator("#upload-attachments").inner_text()
        assert items.count() == 1 and "BC-2025.pdf" in items.first.inner_text()
        link = items.first.locator("a")
        assert link.get_attribute("href") == f"{site.url}/Upload/BC-2025.pdf"
        assert link.get_attribute("rel") == "noopener noreferrer"
        items.first.locator("button", has_text="Thêm").click()
        page.wait_for_selector("#upload-attachments li .attachment-status:has-text('Đã thêm')")
        assert items.first.locator("button").count() == 0
        # both documents listed, the page's with a link to where it stands
        page.wait_for_selector(f"#documents-body a.doc-source[href='{address}']")
        assert page.locator(f"#documents-body a.doc-source[href^='{site.url}/']").count() == 2
        # shown by its site and path, the whole address in its tooltip
        shown = page.locator(f"#documents-body a.doc-source[href='{address}']")
        assert shown.inner_text() == address.removeprefix("http://")
        assert shown.get_attribute("target") == "_blank"
        # a notice whose document is the file it links: the file offered instead
        page.fill("#url", f"{site.url}/thong-bao")
        page.click("#upload-button")
        page.wait_for_selector("#upload-status:has-text('không có nội dung riêng')")
        said = page.locator("#upload-status").inner_text()
        assert said == "Trang không có nội dung riêng; trang đính kèm 1 tệp:"
        assert "BC-2025.pdf" in items.first.inner_text() and items.first.locator("button").count()
        # a site's news feed: its stories offered one by one
        page.fill("#url", f"{site.url}/rss")
        page.click("#upload-button")
        page.wait_for_selector("#upload-status:has-text('nguồn tin (RSS)')")
        said = page.locator("#upload-status").inner_text()
        assert said == "Địa chỉ này là nguồn tin (RSS) gồm 1 bài; thêm từng bài:"
        assert "tong-ket.html" in items.first.inner_text()
        # a page that is gone, in Vietnamese words
        page.fill("#url", f"{site.url}/tin-tuc/da-xoa.html")
        page.click("#upload-button")
        page.wait_for_selector("#upload-status.error", state="attached")
        said = page.locator("#upload-status").inner_text()
        assert "trang không còn (đã chuyển hoặc bị xóa?)" in said and "chi tiết" not in said
        assert page.locator("#upload-attachments").is_hidden()
        # a file and an address at once: one of them is asked for
        page.set_input_files("#file", {"name": "a.txt", "mimeType": "text/plain", "buffer": b"x"})
        page.fill("#url", address)
        page.click("#upload-button")
        assert "không cả hai" in page.locator("#upload-status").inner_text()
        page.close()


def test_documents_an_older_baocao_analysed_are_analysed_again(browser, home_copy: Path) -> None:  # type: ignore[no-untyped-def]
    from index.library import Library

    library = Library(home_copy)
    # two documents an older baocao analysed; one stored before readings were kept
    library.store.db.execute(
        "UPDATE documents SET analysis = 24 WHERE id IN (?, ?)",
        ("5893985f8b36f511", "a374986d376cce3e"),
    )
    library.store.db.execute("UPDATE documents SET reading = NULL WHERE id = 'a374986d376cce3e'")
    library.close()
    with serving(home_copy) as url:
        page = _open_page(browser, url)
        page.wait_for_selector("#outdated:not([hidden])")
        assert (
            page.locator("#outdated-text")
            .inner_text()
            .startswith("2 tài liệu do phiên bản baocao cũ hơn phân tích")
        )
        page.click("#reanalyse-button")
        page.wait_for_selector("#outdated-text:has-text('Đã phân tích lại 1 tài liệu')")
        said = page.locator("#outdated-text").inner_text()
        assert "Không phân tích lại được 1:" in said and "baocao reanalyze" in said
        page.reload()
        page.wait_for_selector("#outdated:not([hidden])")
        assert page.locator("#outdated-text").inner_text().startswith("1 tài liệu")
        page.close()
    library = Library(home_copy)
    assert library.outdated_analyses == 1
    library.close()


def _filter_documents(page, **fields: str) -> None:  # type: ignore[no-untyped-def]
    """The documents panel's filters filled (the others emptied) and applied; waits for the
    new listing's status."""
    for name in ["q", "province", "year"]:
        page.fill(f"#docs-{name}", fields.get(name, ""))
    page.select_option("#docs-kind", fields.get("kind", ""))
    page.evaluate("document.getElementById('documents-status').textContent = ''")
    page.click("#documents-button")
    page.wait_for_function(
        "(s => s && s !== 'Đang tải…')(document.getElementById('documents-status').textContent)"
    )


def _listed_ids(page) -> list[str]:  # type: ignore[no-untyped-def]
    return page.eval_on_selector_all("#documents-body tr", "rows => rows.map(r => r.dataset.id)")


def test_the_documents_list_is_filtered(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page = _open_page(browser, server)
    page.wait_for_selector("#documents-body tr")
    assert len(_listed_ids(page)) == 5
    assert page.locator("#documents-status").inner_text() == "5 tài liệu"
    assert page.locator("#documents-clear").is_hidden()
    # a province typed without its marks
    _filter_documents(page, province="thai nguyen")
    assert _listed_ids(page) == ["a374986d376cce3e"]
    assert page.locator("#documents-status").inner_text() == "1 tài liệu khớp bộ lọc"
    assert "Thái Nguyên" in page.locator("#documents-body").inner_text()
    # words of the title, and a year
    expected = page.evaluate(
        "fetch('/api/documents?q=vi%C3%AAn+ch%E1%BB%A9c').then(r => r.json())"
        ".then(d => d.documents.map(doc => doc.id))"
    )
    assert 0 < len(expected) < 5
    _filter_documents(page, q="viên chức")
    assert _listed_ids(page) == expected
    assert page.locator("#documents-status").inner_text() == f"{len(expected)} tài liệu khớp bộ lọc"
    _filter_documents(page, kind="article", year="2023")
    assert sorted(_listed_ids(page)) == ["a374986d376cce3e", "b5fb734f6863c80b"]
    _filter_documents(page, year="1999")
    assert page.locator("#documents-status").inner_text() == "Không có tài liệu nào khớp bộ lọc."
    assert _listed_ids(page) == []
    # the search form's suggestions stay the newest documents, whatever the filter
    assert page.locator("#doc-choices option").count() == 5
    # a province the API does not know, in Vietnamese, the rows of the last listing gone
    _filter_documents(page, province="Nghệ An")
    assert _listed_ids(page) == ["0babc0c75662e8a8"]
    _filter_documents(page, province="xyz")
    status = page.locator("#documents-status")
    assert "error" in status.get_attribute("class")
    message = status.inner_text()
    assert message.startswith("Yêu cầu không hợp lệ")
    assert "Không có tỉnh/thành nào tên “xyz”" in message and "unknown province" not in message
    assert _listed_ids(page) == []
    # a year out of the API's range, said before asking
    page.fill("#docs-province", "")
    page.fill("#docs-year", "3000")
    page.click("#documents-button")
    assert (
        page.locator("#documents-status").inner_text() == "Năm phải là số nguyên từ 1900 đến 2100."
    )
    # "Bỏ lọc": every document again
    page.click("#documents-clear")
    page.wait_for_function("document.querySelectorAll('#documents-body tr').length === 5")
    assert page.locator("#documents-status").inner_text() == "5 tài liệu"
    assert page.locator("#documents-clear").is_hidden() and page.input_value("#docs-year") == ""
    page.close()


def test_more_documents_are_listed_page_by_page(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page = _open_page(browser, server)
    page.wait_for_selector("#documents-body tr")
    newest = _listed_ids(page)
    page.evaluate("documentsList.pageSize = 2")  # 200 a page on the real page
    _filter_documents(page)
    assert page.locator("#documents-status").inner_text() == "2 mới nhất trong 5 tài liệu"
    more = page.locator("#documents-more")
    assert _listed_ids(page) == newest[:2] and more.is_visible()
    more.click()
    page.wait_for_function("document.querySelectorAll('#documents-body tr').length === 4")
    assert page.locator("#documents-status").inner_text() == "4 mới nhất trong 5 tài liệu"
    more.click()
    page.wait_for_function("document.querySelectorAll('#documents-body tr').length === 5")
    assert _listed_ids(page) == newest and more.is_hidden()
    assert page.locator("#documents-status").inner_text() == "5 tài liệu"
    # with a filter: its next page, the filter kept
    _filter_documents(page, kind="article", year="2023")
    assert page.locator("#documents-status").inner_text() == "2 tài liệu khớp bộ lọc"
    assert more.is_hidden()
    _filter_documents(page, q="công đoàn")
    assert "mới nhất trong" in page.locator("#documents-status").inner_text()
    more.click()
    page.wait_for_function("document.querySelectorAll('#documents-body tr').length === 4")
    assert page.locator("#documents-status").inner_text().endswith("khớp bộ lọc")
    assert len(set(_listed_ids(page))) == 4
    page.close()


def test_a_document_is_deleted_with_the_token(browser, home_copy: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BAOCAO_TOKEN", "bi-mat")
    with serving(home_copy) as url:
        page = _open_page(browser, url)
        asked: list[str] = []

        def accept(dialog) -> None:  # type: ignore[no-untyped-def]
            asked.append(dialog.message)
            dialog.accept()

        page.on("dialog", accept)
        page.wait_for_selector("#documents-body tr")
        page.wait_for_selector("#doc-choices option[value='a374986d376cce3e']", state="attached")
        page.evaluate(
            "window.stored = 0;"
            " document.addEventListener('baocao:stored', () => { window.stored += 1; })"
        )
        row = page.locator("#documents-body tr[data-id='a374986d376cce3e']")
        title = row.locator("td").first.locator("a").inner_text()
        button = row.locator("button", has_text="Xóa")
        assert button.get_attribute("aria-label") == f"Xóa “{title}” khỏi kho"
        button.click()
        page.wait_for_selector("#documents-status.error", state="attached")
        assert asked == [
            f"Xóa “{title}” khỏi kho? Số liệu và đoạn văn của tài liệu này cũng bị xóa."
        ]
        message = page.locator("#documents-status").inner_text()
        assert message.startswith("Thiếu hoặc sai mã truy cập (token)")
        assert row.count() == 1 and len(_listed_ids(page)) == 5
        assert page.evaluate("window.stored") == 0
        # with the token: the row goes, the count follows
        page.fill("#token", "bi-mat")
        button.click()
        page.wait_for_selector("#documents-status:has-text('Đã xóa')")
        assert page.locator("#documents-status").inner_text() == f"Đã xóa “{title}”. 4 tài liệu"
        assert "error" not in (page.locator("#documents-status").get_attribute("class") or "")
        assert row.count() == 0 and len(_listed_ids(page)) == 4
        assert page.locator("#doc-choices option[value='a374986d376cce3e']").count() == 0
        assert page.evaluate("window.stored") == 1  # the figures and references drawn again
        listed = page.evaluate("fetch('/api/documents').then(r => r.json())")
        assert listed["total"] == 4
        assert "a374986d376cce3e" not in [doc["id"] for doc in listed["documents"]]
        # declined: nothing sent
        page.remove_listener("dialog", accept)
        page.once("dialog", lambda dialog: dialog.dismiss())
        page.locator("#documents-body tr button", has_text="Xóa").first.click()
        assert len(_listed_ids(page)) == 4
        page.reload()
        page.wait_for_selector("#documents-body tr")
        assert page.locator("#documents-status").inner_text() == "4 tài liệu"
        page.close()


def _count_requests(page) -> None:  # type: ignore[no-untyped-def]
    """Every URL the page fetches from now on, in `window.asked`."""
    # a function, run: a script whose value is a function would be called by Playwright
    page.evaluate(
        "() => { window.asked = []; const sent = window.fetch;"
        " window.fetch = (url, options) => { window.asked.push(String(url));"
        " return sent(url, options); }; }"
    )


def test_figures_of_one_year(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    import csv
    import io

    page = _open_page(browser, server)
    page.wait_for_selector("#figures-body tr")
    assert page.locator("label[for='figures-year']").inner_text() == "Năm"
    ids = page.eval_on_selector_all("[id]", "nodes => nodes.map(n => n.id)")
    assert len(ids) == len(set(ids))  # the search and documents forms have years too
    page.fill("#figures-year", "2022")
    page.click("#figures-button")
    page.wait_for_function(
        "document.getElementById('figures-status').textContent.includes('năm 2022')"
    )
    # a figure of 2022, or of a span holding it, as the API answers
    expected = page.evaluate("fetch('/api/figures?year=2022&limit=50').then(r => r.json())")
    assert 0 < expected["total"] <= 50
    assert {f["period"] for f in expected["figures"]} == {"2022", "2018-2023"}
    total = expected["total"]
    assert page.locator("#figures-status").inner_text() == f"{total} / {total} số liệu năm 2022"
    values = page.locator("#figures-body tr td:nth-child(2)").all_inner_texts()
    assert values == [f["text"] for f in expected["figures"]]
    periods = page.locator("#figures-body tr td:nth-child(6)").all_inner_texts()
    assert {p.split(" (")[0] for p in periods} == {"2022", "2018-2023"}
    # the download holds the year's figures, every one
    href = page.locator("#figures-csv").get_attribute("href")
    assert "year=2022" in href and href.endswith("format=csv&excel=true")
    rows = list(csv.DictReader(io.StringIO(page.evaluate(f"fetch('{href}').then(r => r.text())"))))
    assert len(rows) == total and {r["period"] for r in rows} == {"2022", "2018-2023"}
    # a number the field takes but the API would not: sent as the year it is
    page.fill("#figures-year", "2e3")
    page.click("#figures-button")
    page.wait_for_function(
        "document.getElementById('figures-status').textContent.includes('năm 2000')"
    )
    status = page.locator("#figures-status").inner_text()
    assert status == "Không có số liệu nào năm 2000 khớp bộ lọc."
    assert page.locator("#figures-csv").is_hidden()
    # a year out of the API's range: said in Vietnamese, nothing asked, no rows left
    _count_requests(page)
    page.fill("#figures-year", "3000")
    page.click("#figures-button")
    status = page.locator("#figures-status")
    assert status.inner_text() == "Năm phải là số nguyên từ 1900 đến 2100."
    assert "error" in status.get_attribute("class")
    assert page.evaluate("window.asked") == []
    assert page.locator("#figures-body tr").count() == 0
    assert page.locator("#figures-csv").is_hidden() and page.locator("#figures-results").is_hidden()
    page.close()


def test_compare_within_one_year(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page = _open_page(browser, server)
    assert page.locator("label[for='compare-year']").inner_text() == "Năm"
    page.fill("#compare-indicator", "members")
    page.fill("#compare-year", "2023")
    page.click("#compare-button")
    page.wait_for_selector("#compare-body tr")
    rows = page.locator("#compare-body tr").all_inner_texts()
    assert len(rows) == 2
    assert "Bắc Giang" in rows[0] and "hơn 3.120" in rows[0] and "2023" in rows[0]
    assert "Thái Nguyên" in rows[1] and "3.092" in rows[1] and "2023" in rows[1]
    status = page.locator("#compare-status").inner_text()
    assert status == "Chỉ tiêu: Đoàn viên công đoàn, năm 2023 — 2 dòng"
    href = page.locator("#compare-csv").get_attribute("href")
    assert "year=2023" in href and href.endswith("format=csv&excel=true")
    # no members figure of a period holding 2022: the sentence alone, no empty chart or table
    page.fill("#compare-year", "2022")
    page.click("#compare-button")
    page.wait_for_function(
        "document.getElementById('compare-status').textContent.includes('năm 2022')"
    )
    status = page.locator("#compare-status")
    assert status.inner_text() == (
        "Chỉ tiêu: Đoàn viên công đoàn, năm 2022 — không có số liệu nào khớp bộ lọc."
    )
    assert "error" not in (status.get_attribute("class") or "")
    assert page.locator("#compare-body tr").count() == 0
    assert page.locator("#compare-results").is_hidden() and page.locator("#compare-csv").is_hidden()
    assert page.evaluate("Chart.getChart(document.getElementById('compare-chart'))") is None
    # a year out of the API's range: said in Vietnamese before anything is asked
    page.fill("#compare-year", "2023")
    page.click("#compare-button")
    page.wait_for_selector("#compare-body tr")
    _count_requests(page)
    page.fill("#compare-year", "3000")
    page.click("#compare-button")
    assert status.inner_text() == "Năm phải là số nguyên từ 1900 đến 2100."
    assert "error" in status.get_attribute("class")
    assert page.evaluate("window.asked") == []
    assert (
        page.locator("#compare-body tr").count() == 0
        and page.locator("#compare-results").is_hidden()
    )
    page.close()


def _union_report(path: Path, province: str, members: str) -> Path:
    path.write_text(f"Báo cáo công đoàn tỉnh {province}\n\nNăm 2024 kết nạp {members} đoàn viên.\n")
    return path


def _count_uploads(page) -> None:  # type: ignore[no-untyped-def]
    """`window.uploads`: the uploads sent; `window.most`: the most sent at once;
    `window.stored`: the times the page said the store changed."""
    page.evaluate(
        "() => { window.uploads = 0; window.most = 0; window.stored = 0; let open = 0;"
        " document.addEventListener('baocao:stored', () => { window.stored += 1; });"
        " const sent = window.fetch;"
        " window.fetch = async (url, options) => {"
        "   if (!options || options.method !== 'POST') return sent(url, options);"
        "   window.uploads += 1; open += 1; window.most = Math.max(window.most, open);"
        "   try { return await sent(url, options); } finally { open -= 1; } }; }"
    )


def test_several_files_are_added_one_after_another(
    browser, home_copy: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import re

    hai_duong = _union_report(tmp_path / "hai_duong.txt", "Hải Dương", "1.234")
    thai_binh = _union_report(tmp_path / "thai_binh.txt", "Thái Bình", "2.345")
    copy = tmp_path / "hai_duong_ban_sao.txt"
    copy.write_bytes(hai_duong.read_bytes())
    program = tmp_path / "ghi-chu.exe"
    program.write_bytes(b"MZ")
    with serving(home_copy) as url:
        page = _open_page(browser, url)
        page.wait_for_selector("#documents-body tr")
        assert "nhiều tệp cùng lúc" in page.locator("#upload-hint").inner_text()
        _count_uploads(page)
        page.set_input_files("#file", [str(hai_duong), str(thai_binh), str(copy), str(program)])
        page.click("#upload-button")
        page.wait_for_selector("#upload-status:has-text('trong 4 tệp')")
        status = page.locator("#upload-status")
        assert status.inner_text() == "Đã thêm 2, đã có 1, lỗi 1 trong 4 tệp."
        assert "error" not in (status.get_attribute("class") or "")
        # each file's outcome on its own line, in the order chosen; the refused one did not
        # stop those after it
        items = page.locator("#upload-results li").all_inner_texts()
        assert len(items) == 4
        counts = r" — \d+ đoạn, \d+ số liệu\.$"
        added = "Đã thêm “Báo cáo công đoàn tỉnh"
        assert re.match(rf"hai_duong\.txt: {added} Hải Dương”{counts}", items[0])
        assert re.match(rf"thai_binh\.txt: {added} Thái Bình”{counts}", items[1])
        assert re.match(
            rf"hai_duong_ban_sao\.txt: “Báo cáo công đoàn tỉnh Hải Dương” đã có trong kho"
            rf" \(cùng nội dung\), không thêm lại{counts}",
            items[2],
        )
        # the refusal in Vietnamese, the file's name said once
        assert items[3].startswith(
            "ghi-chu.exe: Loại tệp không được hỗ trợ: không đọc được loại tệp .exe; hãy tải lên PDF"
        )
        assert items[3].count("ghi-chu.exe") == 1 and "chi tiết" not in items[3]
        assert page.locator("#upload-results li").nth(3).locator(".error").count() == 1
        # one at a time, and the rest of the page told once, at the end
        assert page.evaluate("[window.uploads, window.most, window.stored]") == [4, 1, 1]
        # the documents list holds the new ones
        assert page.locator("#documents-status").inner_text() == "7 tài liệu"
        titles = page.locator("#documents-body tr td:first-child").all_inner_texts()
        assert sum("Báo cáo công đoàn tỉnh Hải Dương" in title for title in titles) == 1
        assert sum("Báo cáo công đoàn tỉnh Thái Bình" in title for title in titles) == 1
        # the choice cleared, the form ready for the next
        assert page.evaluate("document.getElementById('file').files.length") == 0
        assert page.is_enabled("#upload-button") and page.is_enabled("#file")
        # one file again: its outcome in the status line, as before; the batch's list gone
        page.set_input_files("#file", str(thai_binh))
        page.click("#upload-button")
        page.wait_for_selector("#upload-status:has-text('đã có trong kho')")
        assert page.locator("#upload-results").is_hidden()
        assert page.locator("#upload-results li").count() == 0
        page.close()


def test_a_batch_without_the_token_stops_at_the_first_file(
    browser, home_copy: Path, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BAOCAO_TOKEN", "bi-mat")
    files = [
        str(_union_report(tmp_path / "hai_duong.txt", "Hải Dương", "1.234")),
        str(_union_report(tmp_path / "thai_binh.txt", "Thái Bình", "2.345")),
        str(_union_report(tmp_path / "nam_dinh.txt", "Nam Định", "3.456")),
    ]
    with serving(home_copy) as url:
        page = _open_page(browser, url)
        page.wait_for_selector("#documents-body tr")
        _count_uploads(page)
        page.set_input_files("#file", files)
        page.click("#upload-button")
        page.wait_for_selector("#upload-status.error", state="attached")
        status = page.locator("#upload-status")
        assert status.inner_text() == (
            "Đã thêm 0, đã có 0, lỗi 1 trong 3 tệp. Đã dừng, vì các tệp sau cũng sẽ gặp lỗi"
            " này: 2 tệp chưa gửi (thai_binh.txt, nam_dinh.txt)."
        )
        items = page.locator("#upload-results li").all_inner_texts()
        assert items == [
            "hai_duong.txt: Thiếu hoặc sai mã truy cập (token): Hãy nhập đúng mã truy cập"
            " (token) vào ô “Mã truy cập” ở phần Thêm tài liệu rồi thử lại"
        ]
        # the next two never sent, nothing stored, nothing drawn again
        assert page.evaluate("[window.uploads, window.stored]") == [1, 0]
        assert page.locator("#documents-status").inner_text() == "5 tài liệu"
        # the files stay chosen: with the token, the same click sends them all
        assert page.evaluate("document.getElementById('file').files.length") == 3
        page.fill("#token", "bi-mat")
        page.click("#upload-button")
        page.wait_for_selector("#upload-status:has-text('Đã thêm 3')")
        assert status.inner_text() == "Đã thêm 3, đã có 0, lỗi 0 trong 3 tệp."
        assert page.locator("#upload-results li").count() == 3
        assert page.locator("#documents-status").inner_text() == "8 tài liệu"
        assert page.evaluate("document.getElementById('file').files.length") == 0
        assert page.input_value("#token") == "bi-mat"
        page.close()


def test_a_long_upload_shows_its_time_ticking(browser, home_copy: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = [
        str(_union_report(tmp_path / "hai_duong.txt", "Hải Dương", "1.234")),
        str(_union_report(tmp_path / "thai_binh.txt", "Thái Bình", "2.345")),
    ]
    held: list[object] = []

    def hold_uploads(route) -> None:  # type: ignore[no-untyped-def]
        # an upload waits here, as a long OCR would keep it; the rest goes through
        if route.request.method == "POST":
            held.append(route)
        else:
            route.continue_()

    with serving(home_copy) as url:
        page = _open_page(browser, url)
        page.wait_for_selector("#documents-body tr")
        page.clock.install()  # the page's seconds, moved on by the test
        page.route("**/api/documents*", hold_uploads)
        page.set_input_files("#file", files)
        page.click("#upload-button")
        status = page.locator("#upload-status")
        page.wait_for_selector("#upload-status:has-text('(1/2)')")
        assert status.inner_text() == "Đang tải lên “hai_duong.txt” (1/2)… 0:00"
        assert page.is_disabled("#upload-button") and page.is_disabled("#file")
        page.clock.run_for(15_000)
        assert status.inner_text() == "Đang tải lên “hai_duong.txt” (1/2)… 0:15"
        page.clock.run_for(27_000)
        assert status.inner_text() == (
            "Đang tải lên “hai_duong.txt” (1/2)… 0:42"
            " — tệp quét được đọc bằng OCR, khoảng vài giây mỗi trang"
        )
        page.clock.run_for(60_000)
        assert "1:42 — tệp quét" in status.inner_text()
        held.pop().continue_()
        # the next file's own time, from nought
        page.wait_for_selector("#upload-status:has-text('(2/2)')")
        assert status.inner_text() == "Đang tải lên “thai_binh.txt” (2/2)… 0:00"
        while not held:
            page.wait_for_timeout(20)
        held.pop().continue_()
        page.wait_for_selector("#upload-status:has-text('trong 2 tệp')")
        page.clock.run_for(5_000)  # stopped: nothing ticks over the summary
        assert status.inner_text() == "Đã thêm 2, đã có 0, lỗi 0 trong 2 tệp."
        assert page.is_enabled("#upload-button")
        page.close()


# ---- checking a text's figures against the store (POST /api/check) ----

BAC_GIANG_OVER = "Năm 2023, Công đoàn Viên chức tỉnh Bắc Giang có hơn 3.500 đoàn viên."
BAC_GIANG_NO_YEAR = "Công đoàn Viên chức tỉnh Bắc Giang có 3.500 đoàn viên."


def _check(page, text: str, year: str = "", province: str = "") -> None:  # type: ignore[no-untyped-def]
    """The check form filled and sent, its answer (or refusal) awaited."""
    page.fill("#check-text", text)
    page.fill("#check-year", year)
    page.fill("#check-province", province)
    page.click("#check-button")
    _check_answered(page)


def _check_answered(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_function(
        "!document.getElementById('check-button').disabled"
        " && !document.getElementById('check-status').textContent.startsWith('Đang')"
    )


def test_check_a_disputed_figure(page) -> None:  # type: ignore[no-untyped-def]
    page.fill("#check-text", BAC_GIANG_OVER)
    page.fill("#check-year", "2023")
    page.fill("#check-province", "")
    _count_requests(page)
    # a second submit while the first is on its way sends nothing
    page.evaluate(
        "() => { const form = document.getElementById('check-form');"
        " form.requestSubmit(); form.requestSubmit(); }"
    )
    _check_answered(page)
    assert page.evaluate("window.asked") == ["/api/check"]
    status = page.locator("#check-status")
    assert status.inner_text() == "1 số liệu: 1 mâu thuẫn"
    assert "error" not in (status.get_attribute("class") or "")
    block = page.locator("#check-results .check-figure")
    assert block.count() == 1
    badge = block.locator(".verdict")
    assert badge.inner_text() == "Mâu thuẫn"
    assert badge.evaluate("(node) => getComputedStyle(node).backgroundColor") == "rgb(192, 28, 40)"
    head = block.locator(".check-head").inner_text()
    assert "hơn 3.500 đoàn viên" in head and "Đoàn viên công đoàn" in head
    assert "Bắc Giang" in head and "2023" in head and "members" not in head
    # the stored claim it disputes: its sentence quoted, a link to the document at it
    row = block.locator(".check-row")
    assert row.count() == 1
    assert row.locator(".check-sign").inner_text() == "≠"
    assert "hơn 3.120 đoàn viên" in row.locator(".check-row-head").inner_text()
    quote = row.locator(".check-quote").inner_text()
    assert "“Trải qua 27 năm" in quote and "hơn 3.120 đoàn viên hầu hết" in quote
    href = row.locator("a.open-doc").get_attribute("href")
    assert href.startswith("/documents/") and href.endswith("#doan")
    opened = page.evaluate(f"fetch({href!r}).then((r) => r.text())")
    assert '<mark id="doan">hơn 3.120</mark>' in opened


def test_check_a_figure_without_a_year(page) -> None:  # type: ignore[no-untyped-def]
    _check(page, BAC_GIANG_NO_YEAR)
    assert page.locator("#check-status").inner_text() == "1 số liệu: 1 chưa có số liệu đối chiếu"
    block = page.locator("#check-results .check-figure")
    assert block.locator(".verdict").inner_text() == "Chưa có số liệu đối chiếu"
    note = block.locator(".check-note")
    assert note.inner_text() == "Văn bản không nêu năm: chọn năm ở ô Năm rồi kiểm tra lại"
    note.locator("a").click()  # takes the keyboard to the year's field
    assert page.evaluate("document.activeElement.id") == "check-year"
    # the year's value the store holds, with its sentence and document
    assert block.locator(".check-others").inner_text() == "Số liệu khác đã lưu:"
    row = block.locator(".check-row")
    assert row.count() == 1 and row.locator(".check-sign").count() == 0
    assert "hơn 3.120 đoàn viên · kết quả · 2023" in row.locator(".check-row-head").inner_text()
    assert "#doan" in row.locator("a.open-doc").get_attribute("href")
    assert block.locator(".check-compare").count() == 0  # every other value is shown


def test_check_compares_all_the_other_values(page) -> None:  # type: ignore[no-untyped-def]
    def more_stored(route) -> None:  # type: ignore[no-untyped-def]
        # the answer as the store gives it, but as if it held 7 other values, 1 shown
        answer = route.fetch().json()
        answer["figures"][0]["others_total"] = 7
        route.fulfill(json=answer)

    page.route("**/api/check", more_stored)
    try:
        _check(page, BAC_GIANG_NO_YEAR)
    finally:
        page.unroute("**/api/check")
    button = page.locator("#check-results .check-compare")
    assert button.inner_text() == "So sánh tất cả (7 số liệu)"
    page.fill("#compare-year", "2019")  # the comparison asked for is of every year
    button.click()
    page.wait_for_selector("#compare-body tr")
    assert page.input_value("#compare-indicator") == "Đoàn viên công đoàn"
    assert page.input_value("#compare-province") == "Bắc Giang"
    assert page.input_value("#compare-year") == ""
    assert page.locator("#compare-status").inner_text().startswith("Chỉ tiêu: Đoàn viên công đoàn")
    assert all("Bắc Giang" in row for row in page.locator("#compare-body tr").all_inner_texts())


def test_check_a_text_without_figures(page) -> None:  # type: ignore[no-untyped-def]
    _check(page, BAC_GIANG_OVER, year="2023")
    assert page.locator("#check-results .check-figure").count() == 1
    _check(page, "Ngày 12/6/2021, Bộ Chính trị ban hành Nghị quyết 02-NQ/TW.")
    status = page.locator("#check-status")
    assert status.inner_text() == (
        "Không tìm thấy số liệu nào trong văn bản"
        " (ngày tháng, năm và số hiệu văn bản không phải số liệu)."
    )
    assert page.locator("#check-results").inner_text() == ""


def test_check_refusals_in_vietnamese(page) -> None:  # type: ignore[no-untyped-def]
    _check(page, BAC_GIANG_OVER, year="2023")
    assert page.locator("#check-results .check-figure").count() == 1
    # nothing to check: said here, nothing asked, the earlier answer gone
    _count_requests(page)
    page.fill("#check-text", "  \n ")
    page.fill("#check-year", "")
    page.click("#check-button")
    status = page.locator("#check-status")
    assert status.inner_text() == (
        "Hãy dán đoạn văn cần kiểm tra, chọn một tệp hoặc nhập một địa chỉ web."
    )
    assert "error" in status.get_attribute("class")
    assert page.locator("#check-results").inner_text() == ""
    page.fill("#check-text", BAC_GIANG_OVER)
    page.fill("#check-year", "3000")
    page.click("#check-button")
    assert status.inner_text() == "Năm phải là số nguyên từ 1900 đến 2100."
    assert page.evaluate("window.asked") == []
    # the server's refusal in Vietnamese, and no rows of the answer before it
    _check(page, BAC_GIANG_OVER, year="2023")
    assert page.locator("#check-results .check-figure").count() == 1
    _check(page, BAC_GIANG_NO_YEAR, province="Không Có Tỉnh Này")
    message = status.inner_text()
    assert message.startswith("Yêu cầu không hợp lệ")
    assert "Không có tỉnh/thành nào tên “Không Có Tỉnh Này”" in message
    assert "unknown province" not in message
    assert page.locator("#check-results").inner_text() == ""


def test_check_a_file_on_a_phone(browser, server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "nghe_an.txt"
    text.write_text("LĐLĐ tỉnh Nghệ An năm 2022 chăm lo Tết 24,8 tỷ đồng.\n")
    page = browser.new_page(viewport={"width": 400, "height": 800})
    page.goto(server)
    page.set_input_files("#check-file", str(text))
    page.click("#check-button")
    _check_answered(page)
    assert page.locator("#check-status").inner_text() == "1 số liệu: 1 khớp"
    block = page.locator("#check-results .check-figure")
    assert block.locator(".verdict").inner_text() == "Khớp"
    assert "Chăm lo" in block.locator(".check-head").inner_text()
    row = block.locator(".check-row")
    assert row.locator(".check-sign").inner_text() == "="
    assert "hơn 24,8 tỷ đồng" in row.inner_text()
    # the blocks fit the screen: the page never scrolls sideways
    box = block.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 400
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    page.close()


def test_check_needs_the_token(browser, home_copy: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BAOCAO_TOKEN", "bi-mat")
    with serving(home_copy) as url:
        page = _open_page(browser, url)
        _check(page, BAC_GIANG_OVER, year="2023")
        status = page.locator("#check-status")
        assert "error" in status.get_attribute("class")
        message = status.inner_text()
        assert message.startswith("Thiếu hoặc sai mã truy cập (token)")
        assert "Hãy nhập đúng mã truy cập (token) vào ô “Mã truy cập”" in message
        assert page.locator("#check-results").inner_text() == ""
        # the upload form's token is sent with the check too
        page.fill("#token", "bi-mat")
        page.click("#check-button")
        _check_answered(page)
        assert status.inner_text() == "1 số liệu: 1 mâu thuẫn"
        page.close()


def test_check_a_web_address(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An address typed without its "https://" is sent as `url` (the answer faked here: no
    site to fetch); an address beside a file, or of another scheme, is refused first."""
    import json

    sent: list[str] = []

    def answer(route) -> None:  # type: ignore[no-untyped-def]
        sent.append(route.request.post_data or "")
        body = {"source": "https://congdoan.vn/tin", "figures": [], "counts": {}}
        route.fulfill(status=200, content_type="application/json", body=json.dumps(body))

    page.route("**/api/check", answer)
    try:
        page.fill("#check-text", "")
        page.fill("#check-year", "")
        page.fill("#check-province", "")
        page.fill("#check-url", "congdoan.vn/tin")
        page.click("#check-button")
        _check_answered(page)
        assert len(sent) == 1 and "https://congdoan.vn/tin" in sent[0]
        assert 'name="url"' in sent[0] and 'name="text"' not in sent[0]
        status = page.locator("#check-status")
        assert status.inner_text().startswith("Không tìm thấy số liệu nào")
        page.fill("#check-url", "ftp://congdoan.vn/tin")
        page.click("#check-button")
        assert status.inner_text().startswith("Địa chỉ web phải bắt đầu bằng http://")
        chosen = tmp_path / "bao-cao.txt"
        chosen.write_text("Có 3 CĐCS.", encoding="utf-8")
        page.set_input_files("#check-file", str(chosen))
        page.fill("#check-url", "https://congdoan.vn/tin")
        page.click("#check-button")
        assert status.inner_text() == "Hãy chọn một tệp hoặc nhập một địa chỉ web, không cả hai."
        assert len(sent) == 1
    finally:
        page.unroute("**/api/check")
        page.set_input_files("#check-file", [])
        page.fill("#check-url", "")


# ---- goals and their progress (goals.js) ----

GOALS_SOURCE = Path(__file__).resolve().parent.parent / "bench/gold/heldout11/source.txt"


@pytest.fixture(scope="module")
def goals_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store holding a Lạng Sơn mid-term report: a table of the term's goals beside their
    results, and the goals of the rest of the term, served."""
    import subprocess
    import sys

    home = tmp_path_factory.mktemp("goals")
    command = [sys.executable, "-m", "service.cli", "ingest", str(GOALS_SOURCE)]
    command += ["--home", str(home)]
    subprocess.run(command, check=True, capture_output=True, cwd=GOALS_SOURCE.parents[3])
    with serving(home) as url:
        yield url


def _api(url: str) -> object:
    import json
    import urllib.request

    with urllib.request.urlopen(url, timeout=30) as answer:
        return json.load(answer)


def _goals_doc(url: str) -> str:
    return _api(f"{url}/api/documents")["documents"][0]["id"]  # type: ignore[index]


def _new_members_goal(answer: dict) -> dict:
    """The report's goal of 12.000 new members in 2023-2028 (57% reached by mid-2025)."""
    return next(
        g
        for g in answer["goals"]
        if g["indicator"] == "new_members" and g["value"] == 12000 and g["period"] == "2023-2028"
    )


def _goals(page, **fields: str) -> None:  # type: ignore[no-untyped-def]
    """The goals form filled (`doc`, `province`, `indicator`, `year`, `state`) and sent;
    back once the panel has answered."""
    for name in ("doc", "province", "indicator", "year"):
        page.fill(f"#goals-{name}", fields.get(name, ""))
    page.select_option("#goals-state", fields.get("state", ""))
    page.click("#goals-button")
    page.wait_for_function(
        "!document.getElementById('goals-button').disabled"
        " && document.getElementById('goals-status').textContent !== 'Đang tải…'"
    )


def _card(page, goal: dict):  # type: ignore[no-untyped-def]
    return page.locator(f".goal-card[data-key='{goal['doc_id']}:{goal['start']}']")


def _goal_card_id(goal: dict) -> str:
    return f"goal-{goal['doc_id']}-{goal['start']}"


def test_goals_of_a_document_with_their_progress(browser, goals_server: str) -> None:  # type: ignore[no-untyped-def]
    doc = _goals_doc(goals_server)
    answer = _api(f"{goals_server}/api/goals?doc={doc}")
    counts = answer["counts"]  # type: ignore[index]
    goal = _new_members_goal(answer)  # type: ignore[arg-type]
    assert (goal["status"], goal["share"]) == ("on_the_way", 57.0)
    page = _open_page(browser, goals_server)
    _goals(page, doc=doc)
    status = page.locator("#goals-status")
    parts = [
        f"{counts[name]} {words}"
        for name, words in [
            ("met", "đã đạt"),
            ("not_met", "không đạt"),
            ("on_the_way", "đang thực hiện"),
            ("no_result", "chưa có kết quả"),
        ]
        if counts[name]
    ]
    assert status.inner_text() == f"{sum(counts.values())} chỉ tiêu: {', '.join(parts)}"
    assert "error" not in (status.get_attribute("class") or "")
    assert page.locator(".goal-card").count() == len(answer["goals"])  # type: ignore[index]
    card = _card(page, goal)
    assert card.get_attribute("id") == _goal_card_id(goal)
    heading = card.locator("h3").inner_text()
    assert heading == "Lạng Sơn · Đoàn viên kết nạp mới · Liên đoàn Lao động tỉnh Lạng Sơn"
    badge = card.locator(".goal-status")
    assert badge.inner_text() == "Đang thực hiện"
    line = card.locator(".goal-line").inner_text()
    assert "12.000 đoàn viên" in line and "2023-2028" in line
    bar = card.locator("[role='progressbar']")
    assert bar.get_attribute("aria-valuenow") == "57"
    assert card.locator(".goal-share").inner_text() == "57,0%"
    assert card.locator(".goal-quote mark").first.inner_text() == "12.000"
    href = card.locator(".goal-quote a.open-doc").get_attribute("href")
    assert href == f"/documents/{doc}?start={goal['start']}&end={goal['end']}#doan"
    # its results, latest first: the one its status is read from marked so
    results = card.locator(".goal-result")
    assert results.count() == len(goal["results"])
    latest = card.locator(f".goal-result[data-key='{goal['latest']}']")
    assert "latest" in latest.get_attribute("class")
    assert results.first.get_attribute("data-key") == goal["latest"]
    newest = next(r for r in goal["results"] if f"{r['doc_id']}:{r['start']}" == goal["latest"])
    assert (newest["relation"], newest["text"], newest["share"]) == ("so_far", "6.845", 57.0)
    head = latest.locator(".goal-result-head").inner_text()
    assert head.startswith("lũy kế đến nay: 6.845 đoàn viên = 57,0% chỉ tiêu · 2025")
    assert "kết quả mới nhất" in head
    assert card.locator(".goal-latest").count() == 1
    assert latest.locator("mark").inner_text() == "6.845"
    assert "#doan" in latest.locator("a.open-doc").get_attribute("href")
    # parts of the goal's time come last, dimmer, under the hint that they are not added up
    relations = card.locator(".goal-relation").all_inner_texts()
    wanted_parts = sum(r["relation"] == "part" for r in goal["results"])
    assert wanted_parts and relations[-wanted_parts:] == ["một phần thời gian:"] * wanted_parts
    assert "một phần thời gian:" not in relations[:-wanted_parts]
    assert card.locator(".goal-result-list.parts .goal-result").count() == wanted_parts
    assert "không cộng dồn" in card.locator(".goal-parts-hint").inner_text()
    # the stated share ("đạt 57% chỉ tiêu Nghị quyết") agrees with its sentence's count
    shares = [r for r in goal["results"] if r["relation"] == "stated_share"]
    assert shares and all(r["stated_right"] is not False for r in shares)
    stated = card.locator(".goal-result.stated_share")
    assert stated.count() == len(shares)
    assert any("tỷ lệ văn bản nêu: 57% chỉ tiêu" in text for text in stated.all_inner_texts())
    assert card.locator(".goal-wrong").count() == 0
    # a goal no stored result measures says so
    empty = next(g for g in answer["goals"] if not g["results"])  # type: ignore[index]
    assert _card(page, empty).locator(".goal-status").inner_text() == "Chưa có kết quả"
    assert "Chưa có kết quả nào trong kho cho chỉ tiêu này." in _card(page, empty).inner_text()
    # the CSV: the same query, for Excel
    csv = page.locator("#goals-csv")
    assert csv.is_visible() and csv.inner_text() == "Tải CSV"
    assert csv.get_attribute("href") == f"/api/goals?doc={doc}&format=csv&excel=true"
    text = page.evaluate("(href) => fetch(href).then((r) => r.text())", csv.get_attribute("href"))
    assert text.lstrip("\ufeff").startswith("province,indicator,")
    assert "members" not in page.locator("#goals-results").inner_text()  # labels, not ids
    page.close()


def test_goals_filtered_by_status_and_indicator(browser, goals_server: str) -> None:  # type: ignore[no-untyped-def]
    doc = _goals_doc(goals_server)
    counts = _api(f"{goals_server}/api/goals?doc={doc}")["counts"]  # type: ignore[index]
    assert counts["on_the_way"] and not counts["not_met"]
    page = _open_page(browser, goals_server)
    _goals(page, doc=doc, state="on_the_way")
    cards = page.locator(".goal-card")
    assert cards.count() == counts["on_the_way"]
    assert set(page.locator(".goal-card .goal-status").all_inner_texts()) == {"Đang thực hiện"}
    status = page.locator("#goals-status").inner_text()
    assert status.endswith(f"— đang xem {counts['on_the_way']} chỉ tiêu “Đang thực hiện”")
    assert page.locator("#goals-csv").get_attribute("href") == (
        f"/api/goals?doc={doc}&status=on_the_way&format=csv&excel=true"
    )
    # none of a status: said, and no cards nor CSV of nothing
    _goals(page, doc=doc, state="not_met")
    assert page.locator(".goal-card").count() == 0
    said = page.locator("#goals-status").inner_text()
    assert said.endswith("— không có chỉ tiêu nào “Không đạt”.")
    assert page.locator("#goals-csv").is_hidden()
    # an indicator picked by its Vietnamese name is sent as its id
    label = "Đoàn viên kết nạp mới"
    page.wait_for_selector(f"#indicator-list option[value='{label}']", state="attached")
    _goals(page, indicator=label, province="Lạng Sơn", year="2025")
    query = "province=L%E1%BA%A1ng+S%C6%A1n&indicator=new_members&year=2025"
    href = page.locator("#goals-csv").get_attribute("href")
    assert href == f"/api/goals?{query}&format=csv&excel=true"
    wanted = _api(f"{goals_server}/api/goals?{query}")
    assert page.locator(".goal-card").count() == len(wanted["goals"]) > 0  # type: ignore[index]
    assert all(
        " · Đoàn viên kết nạp mới · " in heading
        for heading in page.locator(".goal-card h3").all_inner_texts()
    )
    # nothing matching at all
    _goals(page, province="Nghệ An")
    assert page.locator("#goals-status").inner_text() == "Không có chỉ tiêu nào khớp bộ lọc."
    assert page.locator(".goal-card").count() == 0
    page.close()


def test_goals_refusals_in_vietnamese(browser, goals_server: str) -> None:  # type: ignore[no-untyped-def]
    doc = _goals_doc(goals_server)
    page = _open_page(browser, goals_server)
    _goals(page, doc=doc)
    assert page.locator(".goal-card").count() > 0
    status = page.locator("#goals-status")
    # an unknown document: 404, said in Vietnamese, nothing of the answer before it left
    _goals(page, doc="99-NQ/TW")
    assert "error" in status.get_attribute("class")
    message = status.inner_text()
    assert message.startswith("Không tìm thấy")
    assert "Không có tài liệu nào trong kho có mã hoặc số hiệu “99-NQ/TW”" in message
    assert "no stored document" not in message
    assert page.locator(".goal-card").count() == 0
    assert page.locator("#goals-csv").is_hidden()
    # an unknown province: 422
    _goals(page, province="Không Có Tỉnh Này")
    message = status.inner_text()
    assert message.startswith("Yêu cầu không hợp lệ")
    assert "Không có tỉnh/thành nào tên “Không Có Tỉnh Này”" in message
    # a year out of range is said here, nothing asked
    _count_requests(page)
    _goals(page, year="3000")
    assert status.inner_text() == "Năm phải là số nguyên từ 1900 đến 2100."
    assert page.evaluate("window.asked") == []
    # a new answer clears the error
    _goals(page, doc=doc)
    assert "error" not in status.get_attribute("class")
    page.close()


def test_goals_of_a_document_opened_from_a_link(browser, goals_server: str) -> None:  # type: ignore[no-untyped-def]
    doc = _goals_doc(goals_server)
    answer = _api(f"{goals_server}/api/goals?doc={doc}")
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.goto(f"{goals_server}/?goals_doc={doc}#goals")
    page.wait_for_selector(".goal-card")
    assert page.input_value("#goals-doc") == doc
    assert page.locator(".goal-card").count() == len(answer["goals"])  # type: ignore[index]
    said = page.locator("#goals-status").inner_text()
    assert said.startswith(f"{len(answer['goals'])} chỉ tiêu: ")  # type: ignore[index]
    # the panel is in view, though the panels above it filled in meanwhile
    page.wait_for_function(
        "Math.abs(document.getElementById('goals').getBoundingClientRect().top) < 5"
    )
    page.close()


def test_goals_notes_of_disputes_restatements_and_wrong_shares(browser, goals_server: str) -> None:  # type: ignore[no-untyped-def]
    """A goal passed, its results disputed, restated by another document, set by a second one
    too, a stated share its own sentence's count contradicts: the answer faked from the
    store's (one report holds none of these)."""
    doc = _goals_doc(goals_server)
    answer = _api(f"{goals_server}/api/goals?doc={doc}")
    goal = _new_members_goal(answer)  # type: ignore[arg-type]
    other = next(
        g
        for g in answer["goals"]
        if g["indicator"] == "new_members" and g is not goal  # type: ignore[index]
    )

    def faked(route) -> None:  # type: ignore[no-untyped-def]
        data = route.fetch().json()
        found = _new_members_goal(data)
        found.update(share=131.6, disputed=True, also_in=["abcdef0123456789"])
        found["restated_as"] = [f"{other['doc_id']}:{other['start']}", "fedcba9876543210:12"]
        stated = next(r for r in found["results"] if r["relation"] == "stated_share")
        stated.update(value=97.0, text="97%", computed=57.0, stated_right=False)
        route.fulfill(json=data)

    page = _open_page(browser, goals_server)
    page.route("**/api/goals?*", faked)
    try:
        _goals(page, doc=doc)
    finally:
        page.unroute("**/api/goals?*")
    card = _card(page, goal)
    # past the goal: the bar full, the number as it is
    bar = card.locator("[role='progressbar']")
    assert bar.get_attribute("aria-valuenow") == "131.6"
    assert card.locator(".goal-share").inner_text() == "131,6%"
    fill = card.locator(".goal-bar-fill").bounding_box()
    assert abs(fill["width"] - bar.bounding_box()["width"]) <= 2
    assert card.locator(".goal-note.disputed").inner_text().startswith("Số liệu mâu thuẫn: ")
    assert "cũng nêu trong 1 văn bản khác" in card.inner_text()
    restated = card.locator(".goal-note.restated")
    assert restated.inner_text().startswith("Văn bản khác nêu chỉ tiêu này khác: ")
    links = restated.locator("a")
    assert links.count() == 2
    assert links.first.get_attribute("href") == f"#{_goal_card_id(other)}"
    assert links.nth(1).get_attribute("href") == "/documents/fedcba9876543210"  # not listed
    links.first.click()  # to the other goal's card, the keyboard with it
    assert page.evaluate("document.activeElement.id") == _goal_card_id(other)
    wrong = card.locator(".goal-result.stated_share .goal-wrong")
    assert wrong.inner_text() == "Văn bản nêu 97%, nhưng số liệu của chính câu đó cho 57,0%."
    assert wrong.evaluate("(node) => getComputedStyle(node).color") == "rgb(180, 35, 24)"
    page.close()


def test_goals_on_a_phone(browser, goals_server: str) -> None:  # type: ignore[no-untyped-def]
    doc = _goals_doc(goals_server)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(f"{goals_server}/?goals_doc={doc}#goals")
    page.wait_for_selector(".goal-card")
    # the cards stacked, each within the screen; the page never scrolls sideways
    boxes = [card.bounding_box() for card in page.locator(".goal-card").all()]
    assert all(b["x"] >= 0 and b["x"] + b["width"] <= 390 for b in boxes)
    assert all(a["y"] + a["height"] <= b["y"] for a, b in zip(boxes, boxes[1:], strict=False))
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    form = page.locator("#goals-form").bounding_box()
    assert form["x"] + form["width"] <= 390
    page.close()


def test_goals_come_a_page_at_a_time(browser, goals_server: str) -> None:  # type: ignore[no-untyped-def]
    everything = _api(f"{goals_server}/api/goals")
    goals, counts = everything["goals"], everything["counts"]  # type: ignore[index]
    page = _open_page(browser, goals_server)
    asked: list[str] = []

    def small_pages(route):  # type: ignore[no-untyped-def]
        # the page asks for 100 goals at a time; this store holds fewer
        url = route.request.url.replace("limit=100", "limit=2")
        asked.append(url)
        route.continue_(url=url)

    page.route("**/api/goals?*", small_pages)
    _goals(page)
    status = page.locator("#goals-status")
    assert status.inner_text().startswith("Những chỉ tiêu đầu tiên — ")
    assert "Còn nữa: bấm “Xem thêm chỉ tiêu”" in status.inner_text()
    shown = page.locator(".goal-card").count()
    assert 2 <= shown < len(goals)
    # the CSV is of every goal asked for, not of the page shown
    assert page.locator("#goals-csv").get_attribute("href") == "/api/goals?format=csv&excel=true"
    more = page.locator("#goals-more")
    while more.is_visible():
        more.click()
        page.wait_for_function(
            "!document.getElementById('goals-more').disabled"
            " && document.getElementById('goals-status').textContent !== 'Đang tải…'"
        )
        assert page.locator(".goal-card").count() > shown
        shown = page.locator(".goal-card").count()
    keys = page.locator(".goal-card").evaluate_all("cards => cards.map((c) => c.dataset.key)")
    assert keys == [f"{g['doc_id']}:{g['start']}" for g in goals]
    total = sum(counts.values())
    assert status.inner_text().startswith(f"{total} chỉ tiêu: ")
    assert "Còn nữa" not in status.inner_text()
    assert any("start=" in url for url in asked)
    page.close()
