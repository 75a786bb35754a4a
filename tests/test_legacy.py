"""Pre-Unicode Vietnamese: TCVN3 (.VnTime) and VNI text decoded per run, by font name when
the file gives one, by syllables when it does not; Unicode text never touched."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from ingest import read_bytes, read_file
from ingest.legacy import decode, decode_run, fix_legacy, font_encoding, guess_encoding
from tests.test_pdf import new_pdf, pdf_bytes, require_font

XLS = "corpus/real/legacy_encoding/tcvn3_xls"


def _xls_cells(path: Path) -> list[tuple[str, str]]:
    """Every text cell of a legacy workbook with its font name."""
    xlrd = pytest.importorskip("xlrd")
    book = xlrd.open_workbook(str(path), formatting_info=True)
    cells = []
    for sheet in book.sheets():
        for r in range(sheet.nrows):
            for c in range(sheet.ncols):
                value = sheet.cell_value(r, c)
                if isinstance(value, str) and value.strip():
                    font = book.font_list[book.xf_list[sheet.cell_xf_index(r, c)].font_index]
                    cells.append((value, font.name))
    return cells


@pytest.mark.parametrize(
    ("file", "legacy", "font", "unicode"),
    [
        (
            "GSO_2000-01-31-bieu-thang-1.xls",
            "§¬n vÞ tÝnh: Ngh×n ha",
            ".VnTime",
            "Đơn vị tính: Nghìn ha",
        ),
        (
            "GSO_2000-01-31-bieu-thang-1.xls",
            "Thùc hiÖn kú nµy so víi cïng kú n¨m tr\xadíc (%)",
            ".VnTime",
            "Thực hiện kỳ này so với cùng kỳ năm trước (%)",
        ),
        (
            "GSO_2000-01-31-bieu-thang-1.xls",
            "1. S¶n xuÊt n«ng nghiÖp ®Õn ngµy 15/1/2000",
            ".VnTimeH",  # a capitals font: what it shows is upper case
            "1. SẢN XUẤT NÔNG NGHIỆP ĐẾN NGÀY 15/1/2000",
        ),
        ("MOF_Plan_2003.xls", "Bé Tµi chÝnh", ".VnAvantH", "BỘ TÀI CHÍNH"),
        (
            "MOF_Plan_2003.xls",
            "(KÌm theo QuyÕt ®Þnh sè 757/2003/Q§-BTC ngµy 08/04/2003 "
            "cña Bé tr\xadëng Bé Tµi chÝnh)",
            ".VnArial Narrow",
            "(Kèm theo Quyết định số 757/2003/QĐ-BTC ngày 08/04/2003 của Bộ trưởng Bộ Tài chính)",
        ),
    ],
)
def test_real_tcvn3_cells_decode_by_their_font(
    shared: Path, file: str, legacy: str, font: str, unicode: str
) -> None:
    cells = _xls_cells(shared / XLS / file)
    assert (legacy, font) in [(value.strip(), name) for value, name in cells]
    assert decode_run(legacy, font) == unicode
    assert fix_legacy(legacy).upper() == unicode.upper()  # and by guess, without the font


def test_the_guess_agrees_with_the_font_on_real_workbooks(shared: Path) -> None:
    """Over every TCVN3 cell of the five workbooks, guessing from the text alone reads as the
    font does in ≥ 98% of cells; and word by word it never reads anything but what the font
    says or the text as it was (a cell mixing Unicode and TCVN3 may be fixed in part)."""
    agree = total = 0
    for path in sorted((shared / XLS).glob("*.xls")):
        for value, name in _xls_cells(path):
            if value.isascii() or font_encoding(name)[0] != "tcvn3":
                continue
            by_font, by_guess = decode_run(value, name).lower(), fix_legacy(value).lower()
            total += 1
            agree += by_font == by_guess
            decoded = decode(value, "tcvn3").lower()  # every word, even in a mixed cell
            for guessed, font_word, original in zip(
                by_guess.split(), decoded.split(), value.lower().split(), strict=True
            ):
                assert guessed in (font_word, original), (value, by_guess)
    assert total > 3000
    assert agree / total >= 0.98, agree / total


def test_unicode_text_is_never_decoded(shared: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path("corpus").glob("*.txt"))]
    texts += [
        p.read_text(encoding="utf-8")
        for p in sorted((shared / "corpus/real/resolutions_md").glob("*.md"))
    ]
    for text in texts:
        assert fix_legacy(text) == text


@pytest.mark.parametrize(
    ("vni", "unicode"),
    [
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
        ("Lieân ñoaøn Lao ñoäng tænh Ngheä An", "Liên đoàn Lao động tỉnh Nghệ An"),
        ("BAÙO CAÙO TOÅNG KEÁT", "BÁO CÁO TỔNG KẾT"),
        ("ngöôøi lao ñoäng ñöôïc höôûng", "người lao động được hưởng"),
        ("Vaên baûn naêm 2024 ñaït 95%", "Văn bản năm 2024 đạt 95%"),
    ],
)
def test_vni_decodes_by_font_and_by_guess(vni: str, unicode: str) -> None:
    assert decode(vni, "vni") == unicode
    assert decode_run(vni, "VNI-Times") == unicode
    assert guess_encoding(vni) == "vni" and fix_legacy(vni) == unicode


def test_a_tcvn3_text_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "baocao.txt"
    path.write_bytes("B¸o c¸o tæng kÕt c«ng t¸c c«ng ®oµn n¨m 2024\n".encode("latin-1"))
    assert read_file(path).text == "Báo cáo tổng kết công tác công đoàn năm 2024"


def test_docx_runs_decode_by_their_own_font() -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    paragraph = document.add_paragraph()
    for text, font in (
        ("Báo cáo ", "Times New Roman"),  # Unicode: must stay as it is
        ("tæng kÕt ", ".VnTime"),
        ("coâng taùc ", "VNI-Times"),
        ("c«ng ®oµn", None),  # no font of its own: guessed
    ):
        run = paragraph.add_run(text)
        run.font.name = font
    heading = document.add_paragraph().add_run("b¸o c¸o")
    heading.font.name = ".VnTimeH"
    data = io.BytesIO()
    document.save(data)
    raw = read_bytes(data.getvalue(), "legacy.docx")
    assert raw.text.split("\n") == ["Báo cáo tổng kết công tác công đoàn", "BÁO CÁO"]


def test_pdf_text_runs_decode_by_font_name() -> None:
    """One page, four runs: Unicode (DejaVu), .VnTime, VNI-Times, and TCVN3 in a font that
    says nothing (Times): each read right. The core fonts' names are swapped in the file for
    legacy ones of the same length; byte 0xAD (TCVN3's ư) is put back by hand, since fpdf2
    drops soft hyphens."""
    font = require_font()
    pdf = new_pdf(font)
    pdf.compress = False
    pdf.add_page()
    lines = [
        ("dv", "Báo cáo của Liên đoàn Lao động tỉnh."),
        ("Courier", "B¸o c¸o tæng kÕt c«ng t¸c c«ng ®oµn n¨m 2024."),
        ("Helvetica", "Ngoaøi ra, caùc coâng ñoaøn cô sôû ñaõ taïo ñieàu kieän."),
        ("Times", "Sè ®oµn viªn m¸i t¨ng 1.234 ng¿êi."),
    ]
    for family, text in lines:
        pdf.set_font(family, size=10)
        pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    data = pdf_bytes(pdf)
    data = data.replace(b"/BaseFont /Courier", b"/BaseFont /.VnTime")
    data = data.replace(b"/BaseFont /Helvetica", b"/BaseFont /VNI-Times")
    data = re.sub(rb"ng\xbf", b"ng\xad", data)
    raw = read_bytes(data, "legacy.pdf")
    assert raw.text.split("\n") == [
        "Báo cáo của Liên đoàn Lao động tỉnh.",
        "Báo cáo tổng kết công tác công đoàn năm 2024.",
        "Ngoài ra, các công đoàn cơ sở đã tạo điều kiện.",
        "Số đoàn viên mái tăng 1.234 người.",
    ]


def test_a_tcvn3_workbook_is_ingested_sheet_by_sheet(shared: Path) -> None:
    raw = read_file(shared / XLS / "GSO_2000-01-31-bieu-thang-1.xls")
    assert raw.format == "xls" and raw.paginated and len(raw.pages) == 28
    first = raw.text[raw.pages[0].start : raw.pages[0].end]
    assert first.startswith("1. SẢN XUẤT NÔNG NGHIỆP ĐẾN NGÀY 15/1/2000\nĐơn vị tính: Nghìn ha")
    # numbers as the sheet shows them (1.6999999999999993 with format "0.0" is "1,7")
    assert "1. Gieo cấy lúa đông xuân |  | 1.721,5 | 1.754,8 | 98,1" in first
    assert " | Các loại cây màu khác | 1,7 | 1,8 | 94,4" in first
    assert raw.tables[0].page == 1 and raw.tables[0].rows[0][2:] == ["1.721,5", "1.754,8", "98,1"]
    from nlp.analyze import analyze

    figures = {(f.text, f.page): f for f in analyze(raw).figures}
    rice = figures[("1.721,5", 1)]
    assert (rice.value, rice.unit, rice.kind) == (1_721_500, "ha", "achievement")
    assert figures[("98,1", 1)].unit == "%"
    # sheet 2: a header over three rows, said once with whole names, gives each column its
    # period; the caption's "Tỷ đồng" its unit
    assert " |  | Chính thức tháng 12 năm 1999 | Ước tính tháng 1 năm 2000 | " in raw.text
    total = figures[("17.150", 2)]
    assert (total.value, total.unit, total.period) == (17_150e9, "đồng", "1999")


def test_a_header_written_one_line_per_row_is_said_once(shared: Path) -> None:
    raw = read_file(shared / XLS / "GSO_2000-01-31-bieu-thang-1.xls")
    # "Tổng" / "số", "Đang" / "đi học" … in rows of their own, without merged cells
    assert " |  | Tổng số | Đang đi học | Đã thôi học | Chưa bao giờ đi học | Không xác định" in (
        raw.text
    )
    # a section row under the header, with the units of its columns, stays in the body
    assert " | A. HÀNH KHÁCH |  | Nghìn HK | Triệu HK.km |  | " in raw.text
    from nlp.analyze import analyze

    pupils = next(f for f in analyze(raw).figures if f.text == "10.063" and f.page == 12)
    # "Số học sinh (Nghìn học sinh)": the bracket gives the unit and its scale
    assert (pupils.value, pupils.unit) == (10_063_000, "học sinh")


def test_a_province_budget_table_gives_each_province_its_figures(shared: Path) -> None:
    raw = read_file(shared / XLS / "MOF_Plan_2003.xls")
    page = raw.text[raw.pages[0].start : raw.pages[0].end]
    # the issuer and the form's number at the two ends of the first row, the unit note: text
    assert page.startswith("BỘ TÀI CHÍNH\nMẫu số 06/CKTC-NSNN\nDỰ TOÁN THU, CHI NGÂN SÁCH")
    assert "\nĐơn vị: Triệu đồng.\n" in page
    # six header rows, "S" / "T" / "T" down the first column; the "A | B | 1 | 2" row goes
    header = raw.tables[0].header
    assert header is not None and header[:4] == [
        "STT",
        "TỈNH, THÀNH PHỐ",
        "TỔNG THU NSNN TRÊN ĐỊA BÀN CÁC TỈNH, TP TRỰC THUỘC TRUNG ƯƠNG",
        "TỶ LỆ PHÂN CHIA CÁC NGUỒN THU CHO NSĐP",
    ]
    assert raw.tables[0].rows[0][:2] == ["", "TỔNG SỐ"]
    from nlp.analyze import analyze

    figures = {(f.province, f.text): f for f in analyze(raw).figures if f.page == 1}
    revenue = figures[("Hà Nội", "19.348.000")]
    assert (revenue.value, revenue.unit, revenue.period) == (19_348_000e6, "đồng", "2003")
    # "DỰ TOÁN …" titles the table: a budget plan, its figures targets; "KINH PHÍ THỰC HIỆN
    # MỘT SỐ NHIỆM VỤ" in a column's name is money to carry tasks out, not a result
    assert {f.kind for f in figures.values()} == {"target"}
    assert revenue.subject == "tổng thu nsnn trên địa bàn các tỉnh, tp trực thuộc trung ương"
    share = figures[("Hà Nội", "30")]
    assert (share.value, share.unit) == (30, "%")
    assert share.subject == "tỷ lệ phân chia các nguồn thu cho nsđp"
    assert figures[("Hồ Chí Minh", "38.216.900")].value == 38_216_900e6
    # old spellings in capitals, without accents or with "C": "LAO CAI", "BẮC CẠN"
    assert figures[("Lào Cai", "277.500")].unit == "đồng"
    assert figures[("Bắc Kạn", "34.800")].unit == "đồng"
    # a province of its time, gone into Hà Nội in 2008, keeps its own name
    assert figures[("Hà Tây", "715.300")].value == 715_300e6
    # the column numbers are not figures
    assert not [f for f in analyze(raw).figures if f.sentence.startswith("A | B | 1")]


def test_a_pdf_named_xls_is_refused_clearly() -> None:
    from ingest import UnreadableFile

    with pytest.raises(UnreadableFile, match="not a readable .xls.*wrong extension"):
        read_bytes(b"%PDF-1.7 not a workbook", "bang.xls")


def test_a_statistics_sheets_unit_line_and_numbers_in_its_header(shared: Path) -> None:
    from nlp.analyze import analyze

    raw = read_file(shared / XLS / "GSO_2003-06-30-Bieu0603-1.xls")
    # the header row holds numbers ("Tổng số 381.313", "0", "735,3"): not column names, and
    # the unit line "Người" under the title gives the rows their unit
    assert "\nNgười\n\nTổng số |  | Tổng số 381.313 | Trong đó: ổn định 280.445 | 0" in raw.text
    figures = analyze(raw).figures
    hanoi = {f.text: f for f in figures if f.sentence.startswith(" | Hà Nội | 20.753")}
    assert (hanoi["20.753"].value, hanoi["20.753"].unit) == (20_753, "người")
    assert hanoi["20.753"].province == "Hà Nội" and hanoi["48,3"].unit == "%"
    # the province sits in the unnamed column after "Tổng số", which names what it counts
    assert hanoi["20.753"].subject == "tổng số"
    assert hanoi["10.030"].subject == "trong đó: ổn định"
    # a province spelt without accents is a province: "An Giang", "Long An"
    an_giang = next(f for f in figures if f.sentence.startswith(" | An Giang | 4.313"))
    assert an_giang.province == "An Giang"
    # "Nghìn người" scales a population table
    raw = read_file(shared / XLS / "GSO_2008-12-30-Bieu1208-1.xls")
    north = next(f for f in analyze(raw).figures if f.text == "11.220,5")
    assert (north.value, north.unit) == (11_220_500, "người")


def test_a_statistics_columns_period_and_kind(shared: Path) -> None:
    from nlp.analyze import analyze

    # "So với kế hoạch năm 2006 (%)": a result measured against the plan, not a target
    figures = analyze(read_file(shared / XLS / "GSO_2006-03-29-Bieu03-2006.xls")).figures
    against_plan = [f for f in figures if (f.subject or "").startswith("so với kế hoạch")]
    assert against_plan and {f.kind for f in against_plan} == {"achievement"}
    # "Theo giá so sánh 1994 …": 1994 is the year of the constant prices, not the period
    assert not any(f.period == "1994" for f in figures)
    figures = analyze(read_file(shared / XLS / "GSO_2003-06-30-Bieu0603-1.xls")).figures
    assert not any(f.period == "1994" for f in figures)
    # a unit in a column's header: "Theo giá thực tế Tổng số (Tỷ đồng)"
    raw = read_file(shared / XLS / "GSO_2006-03-29-Bieu03-2006.xls")
    gdp = next(f for f in analyze(raw).figures if f.text == "184.359")
    assert (gdp.value, gdp.unit, gdp.period) == (184_359e9, "đồng", "2006")


def test_a_header_said_again_where_a_sheet_runs_on_gives_no_figures() -> None:
    from nlp.table_rows import tag_table

    # a GSO sheet's table run onto a second printed page: its "(Tiếp theo)" title and its
    # header again, one line per row, among the rows; "2003", "2002" there are years
    lines = [
        " | Đơn vị tính | Thực hiện 5 tháng đầu năm 2003 | Tháng 6 năm 2003 so với năm 2002 (%)",
        "Than sạch | Nghìn tấn | 7.753,7 | 125,8",
        "5. (Tiếp theo) Một số sản phẩm chủ yếu |  |  | ",
        " | Đơn vị | Thực hiện | Tháng 6 năm",
        " | tính | 5 tháng đầu | 2003 so với",
        " |  | năm 2003 | 2002 (%)",
        "Bia | Triệu lít | 382,7 | 113,6",
    ]
    rows = tag_table(lines, ["5. Một số sản phẩm chủ yếu"])
    assert rows[2:6] == [[], [], [], []]
    beer = [(f.quantity.value, f.quantity.unit, f.period) for f in rows[6]]
    assert beer == [(382_700_000, "lít", "2003"), (113.6, "%", "2003")]
    # a header line said again under its own label column: the year is still no figure
    lines = [
        "Chỉ tiêu | Đơn vị | Năm 2003 | So với năm 2002 (%)",
        "Xuất khẩu | Triệu USD | 20.149 | 120,6",
        "Chỉ tiêu | Đơn vị | Năm 2003 | 2002 (%)",
        "Nhập khẩu | Triệu USD | 25.227 | 127,9",
    ]
    rows = tag_table(lines, [])
    assert rows[2] == [] and [f.quantity.value for f in rows[3]] == [25_227e6, 127.9]


@pytest.mark.parametrize(
    ("file", "continued", "row", "figures"),
    [
        (
            "GSO_2003-06-30-Bieu0603-1.xls",
            " | tính | 5 tháng đầu | Ước tính | Cộng dồn | 2003 so với | năm 2003",
            "Quần áo dệt kim | Nghìn cái |",
            [(28_547e3, "cái"), (6_388e3, "cái"), (34_935e3, "cái"), (95.2, "%"), (137.1, "%")],
        ),
        (
            "GSO_2006-03-29-Bieu03-2006.xls",
            " | tính | 2 tháng | Ước tính | Cộng dồn | 2006 so với | năm 2006",
            "Thuốc lá bao | Triệu bao |",
            [(599e6, "bao"), (343.8e6, "bao"), (942.8e6, "bao"), (89.7, "%"), (88.9, "%")],
        ),
    ],
)
def test_a_statistics_sheets_header_said_again_holds_no_years(
    shared: Path, file: str, continued: str, row: str, figures: list[tuple[float, str]]
) -> None:
    from nlp.analyze import analyze

    raw = read_file(shared / XLS / file)
    # the industry tables run onto a second page, where the header is said again as rows
    assert f"\n{continued}\n" in raw.text
    found = analyze(raw).figures
    assert not [f for f in found if 1900 <= f.value <= 2100 and f.text == str(int(f.value))]
    assert not [f for f in found if f.sentence.startswith((continued, " |  |  | năm 20"))]
    # the rows under it keep the first header's columns: units, "(%)", periods
    under = [f for f in found if f.sentence.startswith(row)]
    assert [(f.value, f.unit) for f in under] == figures
    assert {f.period for f in under} == {file[4:8]}
