"""Web addresses read as documents (ingest/fetch.py, ingest/web.py, ingest/attachments.py),
against a union site served on loopback (tests/web_site.py)."""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
import ssl
import subprocess
import unicodedata
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from ingest import NoArticleText, UnreadableFile, read_bytes, read_url
from ingest.fetch import CertificateUnverified, _transport_error, fetch
from nlp.analyze import analyze
from service.cli import app
from tests.test_pdf import new_pdf, pdf_bytes, require_font, write
from tests.web_site import Answer, gzipped, html_page, serving_site

STORY = (
    "<p>Ngày 15/01/2026, Liên đoàn Lao động tỉnh Nghệ An tổ chức hội nghị tổng kết công tác"
    " công đoàn năm 2025.</p><p>Năm 2025, toàn tỉnh kết nạp mới 6.520 đoàn viên, thành lập"
    " mới 41 công đoàn cơ sở; trao 12.400 suất quà Tết cho đoàn viên có hoàn cảnh khó"
    " khăn.</p>"
)
ARTICLE = html_page(
    "LĐLĐ tỉnh Nghệ An tổng kết công tác công đoàn năm 2025",
    STORY
    + '<p>Báo cáo tổng kết: <a href="/Upload/BC-2025.pdf">Tải về</a></p>'
    + '<iframe src="/pdfjs/web/viewer.html?file=%2FUpload%2FPhu-luc.docx"></iframe>'
    + '<p><img src="/Upload/anh-hoi-nghi.jpg" alt="Hội nghị"></p>',
)
HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture(scope="module")
def report_pdf() -> bytes:
    pdf = new_pdf(require_font(), 11)
    pdf.add_page()
    write(pdf, "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN")
    write(pdf, "BÁO CÁO TỔNG KẾT CÔNG TÁC CÔNG ĐOÀN NĂM 2025")
    write(pdf, "Trong năm 2025, các cấp công đoàn kết nạp mới 6.520 đoàn viên, thành lập mới")
    write(pdf, "41 công đoàn cơ sở, giới thiệu 1.150 đoàn viên ưu tú cho Đảng xem xét kết nạp.")
    return pdf_bytes(pdf)


def test_a_news_page_is_read_without_its_furniture_and_names_its_attachments() -> None:
    with serving_site({"/tin-tuc/tong-ket.html": Answer(ARTICLE, headers=HTML)}) as site:
        web = read_url(f"{site.url}/tin-tuc/tong-ket.html")
    raw = web.raw
    assert raw.source == f"{site.url}/tin-tuc/tong-ket.html"
    assert raw.format == "html"
    assert "kết nạp mới 6.520 đoàn viên" in raw.text
    # menu, related news and footer are not the story
    for furniture in ("Mẫu báo cáo", "900 suất quà", "Lượt truy cập"):
        assert furniture not in raw.text
    # the story's PDF and the file its viewer shows; not the menu's form, not the photo
    assert web.attachments == [
        f"{site.url}/Upload/BC-2025.pdf",
        f"{site.url}/Upload/Phu-luc.docx",
    ]
    doc = analyze(raw)
    assert doc.title == "LĐLĐ tỉnh Nghệ An tổng kết công tác công đoàn năm 2025"
    found = {(f.value, f.indicator) for f in doc.figures}
    assert {(6520, "new_members"), (41, "new_grassroots_unions")} <= found
    assert all(f.province == "Nghệ An" for f in doc.figures)


def test_a_page_fetched_again_with_other_bytes_but_the_same_story_is_the_same_document() -> None:
    visits = iter(range(1000))

    def counted() -> Answer:  # a visitor counter and a session token in every answer
        n = next(visits)
        page = ARTICLE.replace(b"1.234.567", f"{1234567 + n:,}".encode())
        page = page.replace(b"</head>", f'<meta name="csrf" content="t{n}"></head>'.encode())
        return Answer(page, headers=HTML)

    with serving_site({"/a.html": counted}) as site:
        first = read_url(f"{site.url}/a.html").raw
        second = read_url(f"{site.url}/a.html").raw
    assert first.content_hash == second.content_hash
    assert first.content_hash == hashlib.sha256(first.text.encode()).hexdigest()


def test_a_file_is_named_by_its_bytes_and_keeps_its_bytes_hash(report_pdf: bytes) -> None:
    routes = {
        # served as "octet-stream" from an address ending in .aspx
        "/Upload/tai-ve.aspx?id=3": Answer(
            report_pdf, headers={"Content-Type": "application/octet-stream"}
        ),
        "/dl?id=9": Answer(
            report_pdf,
            headers={
                "Content-Type": "application/pdf",
                "Content-Disposition": "attachment; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf",
            },
        ),
    }
    with serving_site(routes) as site:
        web = read_url(f"{site.url}/Upload/tai-ve.aspx?id=3")
        named = fetch(f"{site.url}/dl?id=9")
    assert web.raw.format == "pdf" and web.raw.paginated and web.attachments == []
    # the same file saved from a browser and ingested from disk is the same document
    assert web.raw.content_hash == read_bytes(report_pdf, "bc.pdf").content_hash
    assert "kết nạp mới 6.520 đoàn viên" in web.raw.text
    assert named.name == "Báo cáo.pdf" and named.media_type == "application/pdf"


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Windows writes it: "â", "ơ", "đ" are characters of the code page,
    the five tones combining marks after them ("ộ" is "ô" and a dot below)."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += (base + tones).encode("cp1258")
    return bytes(out)


def test_old_sites_compressed_redirected_pages_and_windows_1258() -> None:
    old = "<html><head><title>Tin</title></head><body><article><h1>Hội nghị</h1>" + STORY
    routes = {
        "/cu": Answer(status=301, headers={"Location": "/tin-tuc/tong-ket.html"}),
        "/tin-tuc/tong-ket.html": gzipped(Answer(ARTICLE, headers=HTML)),
        # an old site's page in Windows' Vietnamese code page, said only by the server
        "/cp1258.asp": Answer(
            _cp1258(old + "</article></body></html>"),
            headers={"Content-Type": "text/html; charset=windows-1258"},
        ),
        "/vong": Answer(status=302, headers={"Location": "/vong"}),
    }
    with serving_site(routes) as site:
        moved = read_url(f"{site.url}/cu").raw
        windows = read_url(f"{site.url}/cp1258.asp").raw
        with pytest.raises(UnreadableFile, match="more than 5 redirects"):
            read_url(f"{site.url}/vong")
    assert moved.source == f"{site.url}/tin-tuc/tong-ket.html"  # where the page is now
    assert "kết nạp mới 6.520 đoàn viên" in moved.text
    assert "kết nạp mới 6.520 đoàn viên" in windows.text


def test_a_notice_whose_report_is_the_attached_file() -> None:
    notice = html_page("Thông báo", '<p><a href="/Upload/BC-2025.pdf">BC-2025.pdf</a></p>')
    with serving_site({"/thong-bao": Answer(notice, headers=HTML)}) as site:
        with pytest.raises(NoArticleText, match="no text of its own .0 words.") as raised:
            read_url(f"{site.url}/thong-bao")
    assert raised.value.attachments == [f"{site.url}/Upload/BC-2025.pdf"]


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (Answer(status=404), "answered 404 Not Found: no such page"),
        (Answer(status=403), "403 Forbidden: the site refused"),
        (Answer(status=503), "503 Service Unavailable: the site failed: try again later"),
        (Answer(b"GIF89a\x01\x00", headers={"Content-Type": "image/gif"}), "file type .gif"),
        (Answer(b"\x00\x01video" * 50, headers={"Content-Type": "video/mp4"}), "file type"),
        (Answer(b"", headers=HTML), "the site sent nothing"),
        (Answer(b"<html><body><nav>Menu</nav></body></html>", headers=HTML), "no article"),
        # a news system's "not found" page, sent as 200 OK
        (
            Answer(
                html_page("Thông báo", "<p>Bài viết không tồn tại hoặc đã bị xóa.</p>"),
                headers=HTML,
            ),
            "the site says the page is not there",
        ),
    ],
)
def test_what_cannot_be_read_says_why(answer: Answer, said: str) -> None:
    with serving_site({"/x": answer}) as site:
        with pytest.raises(UnreadableFile, match=said):
            read_url(f"{site.url}/x")


def test_limits_of_time_size_scheme_and_network(monkeypatch: pytest.MonkeyPatch) -> None:
    routes = {
        "/cham": Answer(ARTICLE, headers=HTML, delay=2.0),
        "/lon": Answer(ARTICLE, headers=HTML),
    }
    with serving_site(routes) as site:
        with pytest.raises(UnreadableFile, match=r"no answer from 127.0.0.1 within 0.5 s"):
            fetch(f"{site.url}/cham", timeout=0.5)
        with pytest.raises(UnreadableFile, match="larger than 0 MiB"):
            fetch(f"{site.url}/lon", max_bytes=1000)
        # a server fetching for its users keeps off its own network
        with pytest.raises(UnreadableFile, match="the server's own network"):
            fetch(f"{site.url}/lon", public_only=True)
        # a name resolving to a public address when checked and to loopback when connected
        monkeypatch.setattr("ingest.fetch._resolve", lambda host, port: ["93.184.216.34"])
        with pytest.raises(UnreadableFile, match=r"own network \(127.0.0.1\)"):
            fetch(f"{site.url}/lon", public_only=True)
    with pytest.raises(UnreadableFile, match="only http and https"):
        fetch("ftp://congdoan.vn/bc.pdf")
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    with pytest.raises(UnreadableFile, match="refused the connection"):
        fetch(f"http://127.0.0.1:{port}/")
    name_error = httpx.ConnectError("[Errno -2] Name or service not known")
    assert "could not be resolved" in str(_transport_error(name_error, "congdoan.vn"))


def test_a_certificate_that_does_not_verify(tmp_path: Path) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("no openssl to make a certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    with serving_site({"/a.html": Answer(ARTICLE, headers=HTML)}) as site:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        site.server.socket = context.wrap_socket(site.server.socket, server_side=True)
        url = site.url.replace("http://", "https://") + "/a.html"
        with pytest.raises(CertificateUnverified, match="could not be verified"):
            read_url(url)
        raw = read_url(url, verify=False).raw
    assert "6.520 đoàn viên" in raw.text


def test_ingest_addresses_with_their_attachments_then_again_then_edited(
    tmp_path: Path, report_pdf: bytes
) -> None:
    pages = {"story": STORY}

    def article() -> Answer:
        body = html_page(
            "LĐLĐ tỉnh Nghệ An tổng kết công tác công đoàn năm 2025",
            pages["story"] + '<p><a href="/Upload/BC-2025.pdf">Tải về</a>'
            ' <a href="/Upload/Phu-luc.docx">Phụ lục</a></p>',
        )
        return Answer(body, headers=HTML)

    routes = {
        "/tin-tuc/tong-ket.html": article,
        "/Upload/BC-2025.pdf": Answer(report_pdf, headers={"Content-Type": "application/pdf"}),
    }
    home = str(tmp_path / "home")
    runner = CliRunner()
    with serving_site(routes) as site:
        page = f"{site.url}/tin-tuc/tong-ket.html"
        first = runner.invoke(app, ["ingest", page, "--attachments", "--home", home, "--json"])
        again = runner.invoke(app, ["ingest", page, "--home", home, "--json"])
        redone = runner.invoke(app, ["ingest", page, "--reanalyze", "--home", home, "--json"])
        pages["story"] = STORY.replace("6.520", "6.750")  # the site corrects its figure
        listed = tmp_path / "urls.txt"
        listed.write_text(f"# Nghệ An\n\n{page}\n", encoding="utf-8")
        edited = runner.invoke(app, ["ingest", "--urls", str(listed), "--home", home, "--json"])
    # the page's Word appendix is missing on the site: one failure, the rest stored
    assert first.exit_code == 1, first.output
    rows = json.loads(first.stdout)["files"]
    assert [(r["path"], r["status"]) for r in rows] == [
        (page, "added"),
        (f"{site.url}/Upload/BC-2025.pdf", "added"),
        (f"{site.url}/Upload/Phu-luc.docx", "failed"),
    ]
    assert rows[1]["linked_from"] == page and "404" in rows[2]["error"]
    assert "1 failed" in first.stderr
    # fetched again: the same story; its files are named, not fetched, without --attachments
    assert again.exit_code == 0, again.output
    (row,) = json.loads(again.stdout)["files"]
    assert row["status"] == "unchanged" and row["doc_id"] == rows[0]["doc_id"]
    assert "links 2 document file(s)" in again.stderr and "--attachments adds them" in again.stderr
    (row,) = json.loads(redone.stdout)["files"]
    assert row["status"] == "reanalysed" and row["doc_id"] == rows[0]["doc_id"]
    # edited on the site: the new version replaces the old one
    assert edited.exit_code == 0, edited.output
    (row,) = json.loads(edited.stdout)["files"]
    assert row["status"] == "updated" and row["doc_id"] != rows[0]["doc_id"]
    assert "1 updated" in edited.stderr
    listing = runner.invoke(app, ["documents", "--home", home, "--json"])
    stored = {d["id"]: d["source"] for d in json.loads(listing.stdout)["documents"]}
    assert stored == {row["doc_id"]: page, rows[1]["doc_id"]: f"{site.url}/Upload/BC-2025.pdf"}
    figures = runner.invoke(
        app, ["figures", "--indicator", "new_members", "--home", home, "--json"]
    )
    values = sorted(f["value"] for f in json.loads(figures.stdout)["figures"])
    assert values == [6520, 6750]  # the PDF's and the edited page's


def test_extract_an_address_and_what_ingest_says_of_addresses_it_cannot_use(
    tmp_path: Path,
) -> None:
    runner = CliRunner()
    with serving_site({"/a.html": Answer(ARTICLE, headers=HTML)}) as site:
        extracted = runner.invoke(app, ["extract", f"{site.url}/a.html", "--json"])
    assert extracted.exit_code == 0, extracted.output
    doc = json.loads(extracted.stdout)
    assert doc["source"] == f"{site.url}/a.html"
    assert any(f["value"] == 6520 for f in doc["figures"])
    home = str(tmp_path / "home")
    typed = runner.invoke(app, ["ingest", "congdoan.vn/tin-tuc/bao-cao", "--home", home])
    assert typed.exit_code == 1
    assert "give it as https://congdoan.vn/tin-tuc/bao-cao" in typed.stderr
    listed = tmp_path / "urls.txt"
    listed.write_text("https://congdoan.vn/a\nbao-cao.pdf\n", encoding="utf-8")
    bad = runner.invoke(app, ["ingest", "--urls", str(listed), "--home", home])
    assert bad.exit_code == 2 and "line 2: not a web address" in bad.stderr
    # addresses piped in, one a line, a comment among them
    with serving_site({"/a.html": Answer(ARTICLE, headers=HTML)}) as site:
        piped = runner.invoke(
            app, ["ingest", "--urls", "-", "--home", home], input=f"# tin\n{site.url}/a.html\n"
        )
    assert piped.exit_code == 0 and "1 added" in piped.stderr, piped.output
    nothing = runner.invoke(app, ["ingest", "--home", home])
    assert nothing.exit_code == 2 and "give files, folders or web addresses" in nothing.stderr


def test_the_service_adds_an_address_and_keeps_off_its_own_network(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastapi.testclient import TestClient

    from service.api import create_app

    pages = {"story": STORY}
    notice = html_page("Thông báo", '<p><a href="/Upload/BC-2025.pdf">BC-2025.pdf</a></p>')
    routes = {
        "/a.html": lambda: Answer(
            ARTICLE.replace(STORY.encode(), pages["story"].encode()), headers=HTML
        ),
        "/thong-bao": Answer(notice, headers=HTML),
    }
    client = TestClient(create_app(tmp_path / "home"))
    with serving_site(routes) as site:
        url = f"{site.url}/a.html"
        # loopback is the server's own network: refused unless allowed
        refused = client.post("/api/documents", data={"url": url})
        assert refused.status_code == 422 and "own network" in refused.json()["detail"]
        monkeypatch.setenv("BAOCAO_FETCH_PRIVATE", "1")
        added = client.post("/api/documents", data={"url": url}).json()
        again = client.post("/api/documents", data={"url": url}).json()
        pages["story"] = STORY.replace("6.520", "6.750")
        edited = client.post("/api/documents", data={"url": url}).json()
        extracted = client.post("/api/extract", data={"url": url}).json()
        linked = client.post("/api/documents", data={"url": f"{site.url}/thong-bao"})
        missing = client.post("/api/documents", data={"url": f"{site.url}/khong-co"})
    assert added["added"] and added["source"] == url and added["replaced"] == []
    assert added["attachments"] == [
        f"{site.url}/Upload/BC-2025.pdf",
        f"{site.url}/Upload/Phu-luc.docx",
    ]
    assert not again["added"] and again["doc_id"] == added["doc_id"]
    assert edited["added"] and edited["replaced"] == [added["doc_id"]]
    assert client.get(f"/api/documents/{added['doc_id']}").status_code == 404
    assert any(f["value"] == 6750 for f in extracted["figures"])
    assert linked.status_code == 422
    assert linked.json()["attachments"] == [f"{site.url}/Upload/BC-2025.pdf"]
    assert missing.status_code == 422 and "404" in missing.json()["detail"]
    both = client.post("/api/documents", data={"url": url}, files={"file": ("a.txt", b"x")})
    assert both.status_code == 422 and both.json()["detail"] == "send either a file or a url"
    assert client.post("/api/documents", data={"url": "ftp://x.vn/a"}).status_code == 422


def test_a_saved_union_page_reads_the_same_from_its_address() -> None:
    # heldout5's LĐLĐ Đắk Lắk page (menus, share buttons, related news, a table of unions)
    saved = Path(__file__).resolve().parent.parent / "bench/gold/heldout5/article.html"
    path = "/tin-tuc/hoat-dong-cong-doan/ldld-tinh-dak-lak-so-ket-6-thang-2025-4127.html"
    served = gzipped(Answer(saved.read_bytes(), headers=HTML))
    with serving_site({path: served}) as site:
        web = read_url(site.url + path)
    from ingest import read_file

    local = read_file(saved)
    assert web.raw.text == local.text and web.raw.tables == local.tables
    assert web.attachments == []  # its links are menus, tags, shares and other stories
    fetched, kept = analyze(web.raw), analyze(local)
    assert [(f.start, f.value, f.unit, f.indicator, f.months) for f in fetched.figures] == [
        (f.start, f.value, f.unit, f.indicator, f.months) for f in kept.figures
    ]
    assert (fetched.title, fetched.date, fetched.province) == (kept.title, kept.date, kept.province)
    assert len(fetched.figures) > 40


def test_an_entry_page_that_moves_a_page_drawn_by_script_and_files_on_drive() -> None:
    entry = (
        b'<html><head><meta http-equiv="Refresh" content="0; URL=/Portal/tin.aspx"></head></html>'
    )
    script = (
        b"<html><head>" + b"<script src='/app.js'></script>" * 4 + b"</head><body></body></html>"
    )
    on_drive = html_page(
        "Báo cáo tổng kết",
        STORY + '<p><a href="https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view">Báo cáo</a>'
        ' <a href="https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOp">Thư mục</a></p>',
    )
    routes = {
        "/": Answer(entry, headers=HTML),
        "/Portal/tin.aspx": Answer(ARTICLE, headers=HTML),
        "/spa": Answer(script, headers=HTML),
        "/drive": Answer(on_drive, headers=HTML),
    }
    with serving_site(routes) as site:
        moved = read_url(f"{site.url}/").raw
        with pytest.raises(UnreadableFile, match="draw its pages with JavaScript"):
            read_url(f"{site.url}/spa")
        drive = read_url(f"{site.url}/drive")
    assert moved.source == f"{site.url}/Portal/tin.aspx" and "6.520" in moved.text
    # a file on Drive is an attachment (fetched from its download address); a folder is not
    assert drive.attachments == ["https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view"]


def test_ingest_a_notice_reads_the_file_it_links(tmp_path: Path, report_pdf: bytes) -> None:
    notice = html_page("Thông báo", '<p><a href="/Upload/BC-2025.pdf">BC-2025.pdf</a></p>')
    routes = {
        "/thong-bao": Answer(notice, headers=HTML),
        "/Upload/BC-2025.pdf": Answer(report_pdf, headers={"Content-Type": "application/pdf"}),
    }
    home = str(tmp_path / "home")
    runner = CliRunner()
    with serving_site(routes) as site:
        alone = runner.invoke(app, ["ingest", f"{site.url}/thong-bao", "--home", home])
        linked = runner.invoke(
            app, ["ingest", f"{site.url}/thong-bao", "--attachments", "--home", home, "--json"]
        )
    assert alone.exit_code == 1 and "--attachments reads them" in alone.stderr
    assert linked.exit_code == 0, linked.output
    rows = json.loads(linked.stdout)["files"]
    assert [r["status"] for r in rows] == ["linked", "added"]
    assert rows[0]["attachments"] == [f"{site.url}/Upload/BC-2025.pdf"]
    assert rows[1]["linked_from"] == f"{site.url}/thong-bao" and rows[1]["figures"] >= 3
    assert "has no text of its own; reading the 1 document file(s) it links" in linked.stderr


HELDOUT23 = Path(__file__).resolve().parent.parent / "bench/gold/heldout23"


def _union_site() -> dict[str, Answer]:
    """heldout23's pages (a .gov.vn portal, a WordPress site, a newspaper, a notice and its
    PDF) at the addresses its site.json gives them."""
    entries = json.loads((HELDOUT23 / "site.json").read_text(encoding="utf-8"))
    return {
        e["path"]: Answer(
            (HELDOUT23 / e["file"]).read_bytes(), headers={"Content-Type": e["content_type"]}
        )
        for e in entries
    }


def test_a_union_site_read_by_address_reads_as_its_saved_pages(tmp_path: Path) -> None:
    from ingest import read_file

    site_map = json.loads((HELDOUT23 / "site.json").read_text(encoding="utf-8"))
    with serving_site(_union_site()) as site:
        for entry in site_map:
            if entry["file"] == "notice.html":
                continue
            web = read_url(site.url + entry["path"])
            assert web.raw.text == read_file(HELDOUT23 / entry["file"]).text, entry["file"]
            assert web.raw.source == site.url + entry["path"]
        # the notice is the PDF's: read with --attachments, the report is stored
        notice = next(e["path"] for e in site_map if e["file"] == "notice.html")
        result = CliRunner().invoke(
            app,
            ["ingest", site.url + notice, "--attachments", "--home", str(tmp_path), "--json"],
        )
    rows = json.loads(result.stdout)["files"]
    assert [r["status"] for r in rows] == ["linked", "added"], result.output
    assert rows[1]["path"] == f"{site.url}/Uploads/2026/12/bao-cao.pdf"
    assert rows[1]["figures"] >= 60


def test_a_storys_headline_lead_and_captions_are_read_and_boxes_beside_it_are_not() -> None:
    from ingest import read_file

    newspaper = read_file(HELDOUT23 / "newspaper.html").text
    lines = newspaper.split("\n")
    # the headline, then the bold lead, which trafilatura had left out with the captions
    assert lines[0] == "Cà Mau: Hơn 9.600 đoàn viên được kết nạp mới trong năm 2026"
    assert lines[1].startswith("(ĐSCN) - Ngày 22/12, Liên đoàn Lao động tỉnh Cà Mau")
    caption = "trao Bằng khen cho 24 tập thể và 37 cá nhân có thành tích xuất sắc năm 2026"
    at = next(i for i, line in enumerate(lines) if caption in line)
    assert lines[at - 1].startswith("Báo cáo tại hội nghị cho biết")  # after its paragraph
    assert "Giảm đến 30%" not in newspaper and "Xem nhiều" not in newspaper  # ads, most read
    portal = read_file(HELDOUT23 / "portal.html").text
    assert portal.startswith("Liên đoàn Lao động tỉnh Tây Ninh tổng kết hoạt động công đoàn")
    # the portal's side columns, its poll, rating and share counts
    for box in ("1085/LĐLĐ", "1.042 phiếu", "lượt bình chọn", "Facebook (56)", "lượt đánh giá"):
        assert box not in portal, box
    # a story's own table stays, and so do the earlier sets' stories
    assert "| Kết nạp" in portal or "Kết nạp" in portal
    saved = read_file(Path(__file__).resolve().parent.parent / "bench/gold/heldout5/article.html")
    assert saved.text.startswith("LĐLĐ tỉnh Đắk Lắk sơ kết công tác công đoàn 6 tháng đầu năm")


def test_a_sites_news_feed_is_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`baocao ingest https://…/rss` each morning adds the new stories and finds the others
    unchanged; the service answers a feed with its items, for the page to add."""
    items = {"a": STORY, "b": STORY.replace("6.520", "7.010").replace("Nghệ An", "Hà Tĩnh")}

    def feed() -> Answer:
        entries = "".join(
            f"<item><title>Tin {key}</title><link>/tin-tuc/{key}.html</link>"
            f"<pubDate>Mon, 14 Dec 2026 08:00:00 +0700</pubDate></item>"
            for key in items
        )
        body = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>LĐLĐ</title><link>/</link>{entries}</channel></rss>"
        )
        return Answer(body.encode(), headers={"Content-Type": "application/rss+xml"})

    routes: dict[str, object] = {"/rss": feed}
    for key, story in items.items():
        routes[f"/tin-tuc/{key}.html"] = Answer(
            html_page(f"Tin {key} năm 2025", story), headers=HTML
        )
    from fastapi.testclient import TestClient

    from service.api import create_app

    home = str(tmp_path / "home")
    runner = CliRunner()
    with serving_site(routes) as site:  # type: ignore[arg-type]
        first = runner.invoke(app, ["ingest", f"{site.url}/rss", "--home", home, "--json"])
        items["c"] = STORY.replace("6.520", "5.990").replace("Nghệ An", "Quảng Trị")
        routes["/tin-tuc/c.html"] = Answer(html_page("Tin c năm 2025", items["c"]), headers=HTML)
        second = runner.invoke(app, ["ingest", f"{site.url}/rss", "--home", home, "--json"])

        monkeypatch.setenv("BAOCAO_FETCH_PRIVATE", "1")
        answer = TestClient(create_app(tmp_path / "api")).post(
            "/api/documents", data={"url": f"{site.url}/rss"}
        )
    assert first.exit_code == 0, first.output
    rows = json.loads(first.stdout)["files"]
    assert [r["status"] for r in rows] == ["feed", "added", "added"]
    assert rows[0]["items"] == [f"{site.url}/tin-tuc/a.html", f"{site.url}/tin-tuc/b.html"]
    assert rows[1]["linked_from"] == f"{site.url}/rss"
    assert "feed " in first.stderr and ": 2 items" in first.stderr
    rows = json.loads(second.stdout)["files"]
    assert [r["status"] for r in rows] == ["feed", "unchanged", "unchanged", "added"]
    assert answer.status_code == 422
    assert answer.json()["detail"].endswith(": a news feed of 3 items")
    assert len(answer.json()["attachments"]) == 3


def test_the_storys_heading_not_the_sites_and_counts_beside_the_story() -> None:
    """(heldout24) a Joomla page's h1 is the site's name, its story's headline an h2; a
    page builder's headline is longer than the title that cut it short; a post's view count
    and a newsletter box are no part of the story."""
    from ingest import read_file

    held = Path(__file__).resolve().parent.parent / "bench/gold/heldout24"
    joomla = read_file(held / "joomla.html").text
    assert joomla.split("\n")[0] == (
        "LĐLĐ tỉnh Nghệ An: Năm 2025 kết nạp mới 6.520 đoàn viên, thành lập 47 CĐCS"
    )
    district = read_file(held / "district.html").text
    assert district.split("\n")[0].endswith("28 điều khoản có lợi cho người lao động")
    assert "486 lượt xem" not in district and "người đăng ký" not in district


def test_a_teasers_description_beside_the_story_is_no_lead() -> None:
    page = (
        "<html><head><title>Công đoàn Y tế tổng kết năm 2025 - Báo X</title></head><body>"
        "<div class='main'><div class='post'><h1>Công đoàn Y tế tổng kết năm 2025</h1>"
        "<div class='body'><p>Năm 2025, Công đoàn ngành Y tế kết nạp mới 320 đoàn viên,"
        " thành lập mới 4 công đoàn cơ sở và trao 900 suất quà cho đoàn viên.</p></div></div>"
        "<div class='box'><div class='item'><a href='/b'>Tin khác</a><div class='description'>"
        "Công đoàn huyện B trao 1.500 suất quà cho công nhân lao động dịp Tết năm nay.</div>"
        "</div></div></div></body></html>"
    )
    text = read_bytes(page.encode(), "a.html").text
    assert text.startswith("Công đoàn Y tế tổng kết năm 2025\nNăm 2025")
    assert "1.500 suất quà" not in text
