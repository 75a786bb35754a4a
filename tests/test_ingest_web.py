"""Ingest of what users feed it from the web and from their own desks: short news items,
table-laid sites, pages saved under the wrong name, UTF-16 without its mark, sidecars
written by hand, re-ingest of stored files, and what a refusal or a warning says (found by
an ingest audit, session 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest import UnreadableFile, read_bytes, read_file
from nlp.analyze import analyze
from service.cli import app

TEASERS = "".join(
    f"<li><a href='#'>Công đoàn huyện {i} kết nạp {100 + i} đoàn viên, trao {50 * i} suất quà"
    f"</a><p>Trong tháng, công đoàn huyện {i} đã kết nạp {100 + i} đoàn viên và thành lập {i}"
    f" công đoàn cơ sở mới, trao {50 * i} suất quà.</p></li>"
    for i in range(1, 9)
)
SHORT_ITEM = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Gặp mặt 50 đoàn viên tiêu biểu năm 2024</title></head><body>
<nav><a href="#">Trang chủ</a> <a href="#">Tin tức</a></nav>
<article><h1>Gặp mặt 50 đoàn viên tiêu biểu năm 2024</h1><time>10/06/2024</time>
<p>Ngày 10/6, Công đoàn Viên chức tỉnh Yên Bái tổ chức gặp mặt 50 đoàn viên tiêu biểu xuất
sắc năm 2024.</p></article>
<aside><h3>Tin cùng chuyên mục</h3><ul>{TEASERS}</ul></aside>
<footer>Bản quyền thuộc Công đoàn Viên chức tỉnh Yên Bái</footer></body></html>"""

TABLE_LAID = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Công đoàn tỉnh Lào Cai</title></head><body><table width="100%">
<tr><td colspan="2"><img src="banner.jpg" alt="CÔNG ĐOÀN LÀO CAI"></td></tr>
<tr><td width="200" valign="top"><b>DANH MỤC</b><br><a href="#">Giới thiệu</a><br>
<b>THỐNG KÊ TRUY CẬP</b><br>Đang truy cập: 12<br>Tổng lượt truy cập: 2.345.678</td>
<td valign="top"><div class="news-detail">
<h2>LĐLĐ tỉnh Lào Cai tổ chức Tháng Công nhân năm 2024</h2>
<p>Ngày 2/5/2024, Liên đoàn Lao động tỉnh Lào Cai tổ chức tổng kết Tháng Công nhân năm 2024
với chủ đề "Đoàn kết công nhân - Xây dựng giai cấp".</p>
<p>Trong Tháng Công nhân, các cấp công đoàn tỉnh đã tổ chức thăm hỏi, tặng 3.450 suất quà
cho công nhân, lao động với tổng kinh phí 1,7 tỷ đồng; tổ chức 12 buổi đối thoại với người
sử dụng lao động.</p>
<table border="1"><tr><th>Đơn vị</th><th>Số suất quà</th></tr>
<tr><td>Công đoàn ngành Y tế</td><td>1.200</td></tr>
<tr><td>Công đoàn ngành Giáo dục</td><td>2.250</td></tr></table>
</div></td></tr>
<tr><td colspan="2">Bản quyền thuộc Liên đoàn Lao động tỉnh Lào Cai</td></tr>
</table></body></html>"""


def test_a_short_news_item_keeps_to_its_story() -> None:
    # trafilatura fell back to cruder extractors under 250 characters and took in the eight
    # teasers: 24 of 26 figures were other districts', filed under Yên Bái
    doc = analyze(read_bytes(SHORT_ITEM.encode(), "tin.html"))
    assert "Công đoàn Viên chức tỉnh Yên Bái tổ chức gặp mặt" in doc.text
    assert "huyện 3" not in doc.text
    assert {f.value for f in doc.figures} == {50}


def test_a_table_laid_page_reads_as_paragraphs() -> None:
    # the whole page had been one table row "| DANH MỤC … | … story … | Bản quyền …"
    raw = read_bytes(TABLE_LAID.encode(), "tin.html")
    assert "Trong Tháng Công nhân, các cấp công đoàn" in raw.text
    assert not any(len(line) > 400 and " | " in line for line in raw.text.splitlines())
    figures = {f.text: f for f in analyze(raw).figures}
    assert figures["3.450"].unit == "suất quà"
    assert figures["1,7 tỷ đồng"].value == 1.7e9
    # the data table inside the story stays a table, in the text and among the tables
    assert "Công đoàn ngành Y tế | 1.200" in raw.text
    assert [(t.header, t.rows[0]) for t in raw.tables] == [
        (["Đơn vị", "Số suất quà"], ["Công đoàn ngành Y tế", "1.200"])
    ]


def test_a_web_page_saved_as_txt_is_read_as_html() -> None:
    raw = read_bytes(SHORT_ITEM.encode(), "tin.txt")
    assert "<p>" not in raw.text and "<title>" not in raw.text
    assert "gặp mặt 50 đoàn viên tiêu biểu" in raw.text


def test_utf16_without_its_byte_order_mark() -> None:
    text = "Năm 2024, Công đoàn tỉnh đã kết nạp 1.200 đoàn viên."
    for encoding in ("utf-16-le", "utf-16-be"):
        assert read_bytes(text.encode(encoding), "bc.txt").text == text
    with pytest.raises(UnreadableFile, match="binary"):
        read_bytes(bytes([0, 1, 0, 0, 7, 0, 0, 3] * 64), "bc.txt")


def test_a_doc_keeps_one_line_per_paragraph(shared: Path) -> None:
    # antiword's 80 columns had cut "lãnh thổ Việt" / "Nam có sử dụng lao động"
    doc = shared / "corpus/real/union_grassroots/01_HuongDan_quy_trinh_ky_ket_TULDTT.doc"
    text = read_file(doc).text
    assert "đóng trên lãnh thổ Việt Nam có sử dụng lao động là người Việt Nam" in text


def _with_sidecar(tmp_path: Path, sidecar: bytes) -> Path:
    path = tmp_path / "bao_cao.txt"
    path.write_text("BÁO CÁO\nNăm 2024, Công đoàn đã kết nạp 1.200 đoàn viên.\n", "utf-8")
    (tmp_path / "bao_cao.meta.json").write_bytes(sidecar)
    return path


def test_a_sidecar_written_by_hand_is_read_in_the_stores_form(tmp_path: Path) -> None:
    given = {"date": "15/03/2024", "province": "tỉnh Hà Tĩnh", "kind": "Báo cáo"}
    path = _with_sidecar(tmp_path, json.dumps(given, ensure_ascii=False).encode())
    doc = analyze(read_file(path))
    assert (doc.date, doc.province, doc.kind) == ("2024-03-15", "Hà Tĩnh", "report")


@pytest.mark.parametrize(
    ("sidecar", "message"),
    [
        ('{"kind": "bài báo hay"}'.encode(), "sidecar kind 'bài báo hay' is none of"),
        ('{"date": "sắp tới"}'.encode(), "sidecar date 'sắp tới' is no date"),
        (b'{"province": "Atlantis"}', "no province baocao knows"),
        ('{"title": "Báo cáo năm"}'.encode("cp1258"), "not UTF-8: save it as UTF-8"),
        (b'{"date": 2024}', "date must be text or null"),
    ],
)
def test_a_bad_sidecar_is_refused_by_name(tmp_path: Path, sidecar: bytes, message: str) -> None:
    path = _with_sidecar(tmp_path, sidecar)
    with pytest.raises(UnreadableFile, match=message):
        analyze(read_file(path))
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 1 and message.split("'")[0] in result.stderr


def test_a_stored_file_is_not_read_again(tmp_path: Path, monkeypatch) -> None:
    import ingest

    path = _with_sidecar(tmp_path, b'{"province": "Ngh\\u1ec7 An"}')
    home = str(tmp_path / "home")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(path), "--home", home]).exit_code == 0

    def unreadable(_path: object) -> None:
        raise AssertionError("read again")

    # a stored scan was OCRed again only to be found unchanged
    monkeypatch.setattr(ingest, "read_file", unreadable)
    again = runner.invoke(app, ["ingest", str(path), "--home", home, "--json"])
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["files"][0]["status"] == "unchanged"


def test_a_pdf_with_bytes_after_its_end_reads() -> None:
    from tests.test_pdf import new_pdf, pdf_bytes, require_font, write

    pdf = new_pdf(require_font())
    pdf.add_page()
    write(pdf, "Năm 2024, Công đoàn tỉnh đã kết nạp 1.200 đoàn viên.")
    data = pdf_bytes(pdf)
    # a gateway's or a CMS's trailer had made a whole PDF "truncated"
    raw = read_bytes(data + b"\0" * 20_000, "bc.pdf")
    assert "kết nạp 1.200 đoàn viên" in raw.text
    with pytest.raises(UnreadableFile, match="cut short, fetch it again"):
        read_bytes(data[: len(data) // 2], "bc.pdf")


def test_refusals_say_what_to_do(tmp_path: Path) -> None:
    import shutil

    import docx

    if shutil.which("antiword"):
        with pytest.raises(UnreadableFile, match="save it as .docx") as refused:
            read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "cu.doc")
        assert "- is" not in str(refused.value)
    document = docx.Document()
    document.add_paragraph("")
    path = tmp_path / "scan.docx"
    document.save(path)
    with pytest.raises(UnreadableFile, match=r"no text found \(and no picture in it reads"):
        read_file(path)


def test_files_left_out_of_a_folder_are_named(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bc.txt").write_text("Năm 2024, Công đoàn tỉnh đã kết nạp 1.200 đoàn viên.\n")
    (folder / "anh.zip").write_bytes(b"PK\x03\x04")
    (folder / "bc.meta.json").write_text('{"province": "Nghệ An"}')
    result = CliRunner().invoke(app, ["ingest", str(folder), "--home", str(tmp_path / "h")])
    assert result.exit_code == 0, result.output
    assert "1 file(s) of a type baocao does not read left out (.zip)" in result.stderr


def test_formulas_without_values_are_warned_of() -> None:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Đơn vị", "Số đoàn viên"])
    sheet.append(["LĐLĐ huyện A", 1200])
    sheet.append(["Tổng cộng", "=SUM(B2:B2)"])
    out = io.BytesIO()
    book.save(out)  # openpyxl writes formulas without values, as web systems do
    raw = read_bytes(out.getvalue(), "bieu.xlsx")
    assert any("1 formula cell(s) have no computed value" in w for w in raw.warnings)


def test_a_two_page_report_drops_its_running_header() -> None:
    from tests.test_pdf import new_pdf, pdf_bytes, require_font, write

    pdf = new_pdf(require_font())
    header = "LĐLĐ TỈNH QUẢNG BÌNH - Báo cáo số 45/BC-LĐLĐ"
    for number in (1, 2):
        pdf.add_page()
        write(pdf, header)
        write(pdf, f"Đoạn {number}. Các cấp công đoàn đã kết nạp {number * 100} đoàn viên.")
    raw = read_bytes(pdf_bytes(pdf), "bc.pdf")
    # "three pages" could never be met by a two-page report: its header stayed, glued to
    # each page's first paragraph
    assert "45/BC-LĐLĐ" not in raw.text
    assert raw.text.startswith("Đoạn 1.")
