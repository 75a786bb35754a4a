from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from ingest import UnreadableFile, iter_files, read_bytes, read_file
from tests.conftest import CORPUS, SEEDS

FURNITURE = [
    "Đang truy cập",
    "Tổng lượt truy cập",
    "16,570,808",
    "Mã bảo mật",
    "ảnh 1",
    "ảnh 4",
    "Bạn đã không sử dụng Site",
    "Click để đánh giá",
    "Tổng số điểm của bài viết",
    "Ý kiến bạn đọc",
    "Sign In",
    "Tin mới",
    "File đính kèm",
    "Tag:",
    "Thăm dò ý kiến",
    "Máy chủ tìm kiếm",
    "Thời gian chờ",
]


@pytest.mark.parametrize("path", sorted(SEEDS.values()), ids=lambda p: p.name)
def test_seed_furniture_never_reaches_the_text(path: Path) -> None:
    text = read_file(path).text
    for furniture in FURNITURE:
        assert furniture not in text
    assert unicodedata.is_normalized("NFC", text)


def test_article_body_survives_cleaning() -> None:
    text = read_file(SEEDS["bac_giang"]).text
    assert "hơn 4,4 tỷ đồng" in text
    assert text.startswith("Giải pháp tạo chuyển biến tích cực")
    # the title repeated under the dateline is dropped, the article's last line kept
    assert text.count("Giải pháp tạo chuyển biến tích cực, rõ nét") == 1
    assert text.rstrip().endswith("TUV- Bí thư Đảng uỷ Các cơ quan tỉnh")


def test_repeated_photo_captions_are_kept_once() -> None:
    text = read_file(SEEDS["thai_nguyen"]).text
    assert text.count("trao hỗ trợ nhà Mái ấm công đoàn cho đoàn viên Hoàng Thị Hồng Ngân") == 1


def test_sidecar_gives_source_date_and_province() -> None:
    raw = read_file(SEEDS["quang_tri"])
    assert raw.source == "https://congdoan.quangtri.gov.vn"
    assert raw.meta["province"] == "Quảng Trị"
    assert read_file(SEEDS["unnamed"]).meta["province"] is None


def test_same_bytes_same_hash_and_folders_expand_sorted() -> None:
    assert read_file(SEEDS["nghe_an"]).content_hash == read_file(SEEDS["nghe_an"]).content_hash
    files = list(iter_files([CORPUS]))
    assert files == sorted(SEEDS.values())  # sidecars are not documents


def test_decomposed_text_becomes_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Công đoàn cơ sở đạt 100%.")
    assert read_bytes(nfd.encode(), "a.txt").text == "Công đoàn cơ sở đạt 100%."


def test_soft_wrapped_lines_join_into_one_paragraph() -> None:
    raw = read_bytes("Liên đoàn Lao động tỉnh đã\ntổ chức 3 hội nghị.\nHai là".encode(), "a.md")
    assert raw.text == "Liên đoàn Lao động tỉnh đã tổ chức 3 hội nghị.\nHai là"


def test_markdown_markup_goes_and_table_rows_stay_whole() -> None:
    md = (
        "# NGHỊ QUYẾT\n\n**Điều 1.** Nội dung\n\n| Chỉ tiêu | Đơn vị |\n|---|---|\n| Tốc độ | % |\n"
    )
    text = read_bytes(md.encode(), "nq.md").text
    assert text.split("\n") == ["NGHỊ QUYẾT", "Điều 1. Nội dung", "Chỉ tiêu | Đơn vị", "Tốc độ | %"]


def test_html_boilerplate_is_removed() -> None:
    html = """<html><head><title>LĐLĐ tỉnh</title></head><body>
    <nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a> | Đăng nhập</nav>
    <article><h1>Công đoàn chăm lo Tết cho đoàn viên</h1>
    <p>Năm 2024, các cấp công đoàn trong tỉnh đã chi hơn 24,8 tỷ đồng cho việc chăm lo Tết,
    với 80.893 người lao động được thụ hưởng trên toàn địa bàn tỉnh Nghệ An.</p>
    <p>Liên đoàn Lao động tỉnh đã tổ chức 3 hội nghị để tìm giải pháp phòng ngừa đình công
    trên địa bàn, góp phần xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ.</p></article>
    <footer>Bản quyền thuộc về Liên đoàn Lao động tỉnh. Đang truy cập 75</footer>
    </body></html>"""
    raw = read_bytes(html.encode(), "page.html")
    assert "hơn 24,8 tỷ đồng" in raw.text
    assert "Trang chủ" not in raw.text and "Bản quyền" not in raw.text


def test_docx_paragraphs_and_tables(shared: Path) -> None:
    raw = read_file(shared / "corpus/real/union_grassroots/BAO_CAO_THANG_5_ChiBo.docx")
    assert raw.format == "docx"
    assert len(raw.text) > 200
    assert unicodedata.is_normalized("NFC", raw.text)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("notes.xyz", b"hello", "unsupported file type .xyz"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj <<", "not a readable PDF"),
        ("fake.pdf", "Công đoàn".encode(), "not a readable PDF"),
        ("fake.docx", b"PK\x03\x04 not really a zip", "not a readable .docx"),
        ("binary.txt", b"\x81\x8d\x8f\x90 abc \x9d", "not UTF-8"),
        ("odd.txt", "Hello wörld, ça va? Très bien.".encode("latin-1"), "not UTF-8"),
        ("french.txt", "Le café de la façade était fermé.".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_input_fails_with_a_clear_reason(name: str, data: bytes, message: str) -> None:
    with pytest.raises(UnreadableFile, match=message):
        read_bytes(data, name)


def test_windows_vietnamese_text_is_read_not_taken_for_utf16() -> None:
    # Windows-1258: "ì" is "i" and a combining grave, "đ" is 0xF0; an even number of bytes,
    # which UTF-16 would have decoded without complaint into CJK characters
    data = b"B\xe1o c\xe1o ti\xccnh hi\xccnh c\xf4ng \xf0o\xe0n n\xe3m 2024: k\xea\xect na\xf2p"
    data += b" 12.250 \xf0o\xe0n vi\xean m\xf5\xeci."
    assert len(data) % 2 == 0
    text = read_bytes(data, "cp1258.txt").text
    assert text == "Báo cáo tình hình công đoàn năm 2024: kết nạp 12.250 đoàn viên mới."
    # with a byte-order mark UTF-16 is still read
    assert read_bytes("Công đoàn".encode("utf-16"), "u16.txt").text == "Công đoàn"


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="no such file"):
        read_file(tmp_path / "absent.txt")


def test_legacy_doc_through_antiword(shared: Path) -> None:
    import shutil

    if shutil.which("antiword") is None:
        pytest.skip("antiword is not installed (apt install antiword)")
    raw = read_file(shared / "corpus/real/union_grassroots/01_HuongDan_quy_trinh_ky_ket_TULDTT.doc")
    assert raw.text.startswith("HƯỚNG DẪN\nQuy trình xây dựng, thương lượng ký kết Thỏa ước")
