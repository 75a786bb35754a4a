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
    subjects = page.locator("#compare-body tr td:nth-child(4)").all_inner_texts()
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
    assert "Nghệ An" in detail and "2021-06-12" in detail


def test_documents_that_disagree_are_drawn_in_red(browser, home_copy: Path) -> None:  # type: ignore[no-untyped-def]
    from index.library import Library
    from ingest import read_bytes

    # a second report claims another membership for Bắc Giang's union than the seed's 3.120
    text = "Công đoàn Viên chức tỉnh Bắc Giang gồm 56 công đoàn cơ sở với 3.300 đoàn viên."
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
        shot = page.locator("#compare").screenshot()
        assert _count_colour(shot, CONFLICT_RED) > 500  # both claims drawn, in red
