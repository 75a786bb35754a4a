"""Bad input: every broken file is one clear line naming it, and the batch goes on."""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest import MAX_BYTES, MAX_PAGES, UnreadableFile, read_bytes, read_file
from service.cli import app
from tests.test_pdf import new_pdf, pdf_bytes, require_font, write


def hand_made_pdf(pages: int = 1, content: bytes = b"", flate: bool = False) -> bytes:
    """A minimal valid PDF, every page drawing the same content stream."""
    text = b"BT /F1 12 Tf 72 720 Td (Cong doan co so dat 100 phan tram.) Tj ET\n" + content
    stream = zlib.compress(text, 9) if flate else text
    content_id, font_id = 3 + pages, 4 + pages
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        *[
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content_id, font_id)
        ]
        * pages,
        b"<< /Length %d%s >>\nstream\n" % (len(stream), b" /Filter /FlateDecode" if flate else b"")
        + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def encrypted_pdf() -> bytes:
    pdf = new_pdf(require_font())
    pdf.set_encryption(owner_password="chu-so-huu", user_password="mat-khau")
    pdf.add_page()
    write(pdf, "Báo cáo mật.")
    return pdf_bytes(pdf)


def a_docx() -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as package:
        package.writestr("word/document.xml", "<w:document/>")
    return data.getvalue()


def test_the_hand_made_pdf_is_itself_readable() -> None:
    raw = read_bytes(hand_made_pdf(), "ok.pdf")
    assert raw.text == "Cong doan co so dat 100 phan tram."


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.pdf", lambda: b"", "empty file"),
        ("secret.pdf", encrypted_pdf, "encrypted PDF: it needs a password"),
        ("cut.pdf", lambda: hand_made_pdf()[:300], r"not a readable PDF \(truncated"),
        ("notes.pdf", lambda: "Công đoàn cơ sở".encode(), r"not a readable PDF \(it is plain text"),
        ("form.pdf", a_docx, r"not a readable PDF \(it is a ZIP package"),
        ("report.docx", hand_made_pdf, r"not a readable .docx \(it is a PDF: wrong extension\?\)"),
        ("old.doc", a_docx, r"not a readable .doc \(it is a ZIP package"),
        ("page.txt", hand_made_pdf, r"not a text file \(it is a PDF"),
        (
            "bomb.pdf",
            lambda: hand_made_pdf(content=b" " * (80 << 20), flate=True),
            "decompression bomb",
        ),
        (
            "pages.pdf",
            lambda: hand_made_pdf(pages=MAX_PAGES + 1),
            rf"too many pages \({MAX_PAGES + 1} >",
        ),
    ],
    ids=[
        "empty",
        "encrypted",
        "truncated",
        "text as pdf",
        "docx as pdf",
        "pdf as docx",
        "docx as doc",
        "pdf as txt",
        "decompression bomb",
        "page bomb",
    ],
)
def test_bad_files_fail_with_one_clear_line(name: str, data, message: str) -> None:
    with pytest.raises(UnreadableFile, match=message) as caught:
        read_bytes(data(), name)
    assert "\n" not in str(caught.value)


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as sparse:  # 500 MB on paper, nothing on disk
        sparse.truncate(500 * 10**6)
    assert path.stat().st_size > MAX_BYTES
    with pytest.raises(UnreadableFile, match=r"^larger than 200 MiB$"):
        read_file(path)


@pytest.mark.slow  # embeds a passage
def test_a_batch_reports_each_bad_file_and_stores_only_the_good_one(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bad = {
        "empty.pdf": b"",
        "secret.pdf": encrypted_pdf(),
        "cut.pdf": hand_made_pdf()[:300],
        "report.docx": hand_made_pdf(),
        "bomb.pdf": hand_made_pdf(content=b" " * (80 << 20), flate=True),
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    with (folder / "huge.pdf").open("wb") as sparse:
        sparse.truncate(500 * 10**6)
    (folder / "ok.txt").write_text("Công đoàn tỉnh đã kết nạp 25 đoàn viên mới.", encoding="utf-8")
    home = tmp_path / "store"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--home", str(home)])
    assert result.exit_code == 1
    failures = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert sorted(line.split(": ")[1].rsplit("/", 1)[-1] for line in failures) == sorted(
        [*bad, "huge.pdf"]
    )
    assert "1 added, 0 unchanged, 6 failed" in result.stderr
    figures = CliRunner().invoke(app, ["figures", "--json", "--home", str(home)])
    assert {f["value"] for f in json.loads(figures.stdout)["figures"]} == {25}


def test_text_that_is_no_language_is_analysed_in_reasonable_time() -> None:
    # 100 KB of letters without a space took 76 s (the patterns that read text backtrack
    # over it), a 20,000-word line without a stop 120 s (each figure read the whole line
    # before it); the server's other requests waited meanwhile
    import random
    import time

    from nlp.analyze import analyze

    rng = random.Random(1)
    blob = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(100_000))
    words = " ".join(
        rng.choice(["công", "đoàn", "viên", "đạt", "100%", "hội"]) for _ in range(20_000)
    )
    for text in (blob, words):
        started = time.perf_counter()
        doc = analyze(read_bytes(text.encode(), "x.txt"))
        assert time.perf_counter() - started < 60
        assert doc.text == text  # what is read around the blob keeps its offsets


def test_a_text_over_the_limit_is_refused_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    import ingest

    monkeypatch.setattr(ingest, "MAX_TEXT_CHARS", 1000)
    with pytest.raises(UnreadableFile, match="more than 1,000 .BAOCAO_MAX_TEXT_CHARS"):
        read_bytes(("Công đoàn cơ sở. " * 100).encode(), "long.txt")
    assert read_bytes(("Công đoàn cơ sở. " * 50).encode(), "short.txt").text
