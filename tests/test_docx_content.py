"""Text Word shows that python-docx's paragraphs and runs do not give: tracked insertions,
content controls, fields, smart tags, text boxes, footnotes and endnotes. Each file is built
with python-docx and the raw XML put in; what Word hides (deletions, field codes) stays out."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import read_file

docx = pytest.importorskip("docx")

from docx.oxml.parser import parse_xml  # noqa: E402

NAMESPACES = " ".join(
    f'xmlns:{prefix}="{uri}"'
    for prefix, uri in {
        "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
        "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
        "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
        "v": "urn:schemas-microsoft-com:vml",
    }.items()
)
TRACKED = 'w:author="Văn thư" w:date="2024-07-04T10:00:00Z"'


def elements(xml: str) -> list:
    """The elements of an XML fragment written with the prefixes above."""
    return list(parse_xml(f"<w:fragment {NAMESPACES}>{xml}</w:fragment>"))


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraph(document, xml: str) -> None:
    """A body paragraph holding the given runs and wrappers."""
    p = document.add_paragraph()._p
    for element in elements(xml):
        p.append(element)


def blocks(document, xml: str) -> None:
    """Block-level elements put at the end of the body (before its section properties)."""
    body = document.element.body
    end = body.find(f"{{{body.nsmap['w']}}}sectPr")
    for element in elements(xml):
        end.addprevious(element)


def save(document, tmp_path: Path, name: str = "baocao.docx") -> Path:
    path = tmp_path / name
    document.save(str(path))
    return path


def test_tracked_insertion_is_read_and_deletion_left_out(tmp_path: Path) -> None:
    from nlp.analyze import analyze

    document = docx.Document()
    document.add_paragraph("LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN")
    paragraph(
        document,
        run("Tổng số đoàn viên toàn tỉnh là ")
        + f'<w:del w:id="1" {TRACKED}><w:r><w:delText>118.900</w:delText></w:r></w:del>'
        + f'<w:ins w:id="2" {TRACKED}>{run("125.300")}</w:ins>'
        + run(" người, tăng so với cùng kỳ."),
    )
    # a sentence moved: shown once, at its new place
    paragraph(
        document,
        f'<w:moveFrom w:id="3" {TRACKED}>{run("Kết nạp mới 1.250 đoàn viên.")}</w:moveFrom>',
    )
    paragraph(
        document, f'<w:moveTo w:id="4" {TRACKED}>{run("Kết nạp mới 1.250 đoàn viên.")}</w:moveTo>'
    )
    raw = read_file(save(document, tmp_path))
    assert raw.text.split("\n") == [
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN",
        "Tổng số đoàn viên toàn tỉnh là 125.300 người, tăng so với cùng kỳ.",
        "Kết nạp mới 1.250 đoàn viên.",
    ]
    assert "118.900" not in raw.text
    assert 125_300 in [figure.value for figure in analyze(raw).figures]


def test_inserted_legacy_run_is_decoded_by_its_own_font(tmp_path: Path) -> None:
    """A run inside w:ins or a content control keeps its font: .VnTime decodes as TCVN3."""
    document = docx.Document()
    p = document.add_paragraph()
    p.add_run("Báo cáo ").font.name = "Times New Roman"
    legacy = p.add_run("tæng kÕt")
    legacy.font.name = ".VnTime"
    inserted, control = elements(f'<w:ins w:id="1" {TRACKED}/><w:sdt><w:sdtContent/></w:sdt>')
    legacy._r.addprevious(inserted)
    inserted.append(legacy._r)
    capitals = p.add_run(" n¨m 2024")
    capitals.font.name = ".VnTimeH"
    capitals._r.addprevious(control)
    control[0].append(capitals._r)
    raw = read_file(save(document, tmp_path))
    assert raw.text == "Báo cáo tổng kết NĂM 2024"


def test_content_controls_inline_block_and_in_tables(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("BÁO CÁO NHANH CÔNG ĐOÀN TỈNH HÀ NAM")
    blocks(
        document,
        '<w:sdt><w:sdtPr><w:alias w:val="Nội dung"/></w:sdtPr><w:sdtContent>'
        f"<w:p>{run('Trong quý I năm 2024, toàn tỉnh kết nạp mới 1.480 đoàn viên.')}</w:p>"
        f"<w:p>{run('Thành lập mới 9 công đoàn cơ sở.')}</w:p>"
        "</w:sdtContent></w:sdt>",
    )
    paragraph(
        document,
        run("Kinh phí chăm lo: ")
        + f"<w:sdt><w:sdtPr/><w:sdtContent>{run('2.750')}</w:sdtContent></w:sdt>"
        + run(" triệu đồng."),
    )
    table = document.add_table(rows=3, cols=2)
    rows = [("Đơn vị", "Số đoàn viên"), ("LĐLĐ TP Phủ Lý", ""), ("LĐLĐ huyện Kim Bảng", "2.315")]
    for r, (unit, count) in enumerate(rows):
        table.cell(r, 0).text, table.cell(r, 1).text = unit, count
    # a cell's paragraph in a control, and a whole row in one (a repeating section)
    cell_p = table.cell(1, 1)._tc.p_lst[0]
    cell_xml = f"<w:sdt><w:sdtContent><w:p>{run('4.120')}</w:p></w:sdtContent></w:sdt>"
    [cell_control] = elements(cell_xml)
    cell_p.addprevious(cell_control)
    cell_p.getparent().remove(cell_p)
    last = table._tbl.tr_lst[2]
    [row_control] = elements("<w:sdt><w:sdtContent/></w:sdt>")
    last.addprevious(row_control)
    row_control[0].append(last)
    document.add_paragraph("Đoạn cuối.")
    raw = read_file(save(document, tmp_path))
    assert raw.text.split("\n") == [
        "BÁO CÁO NHANH CÔNG ĐOÀN TỈNH HÀ NAM",
        "Trong quý I năm 2024, toàn tỉnh kết nạp mới 1.480 đoàn viên.",
        "Thành lập mới 9 công đoàn cơ sở.",
        "Kinh phí chăm lo: 2.750 triệu đồng.",
        "Đơn vị | Số đoàn viên",
        "LĐLĐ TP Phủ Lý | 4.120",
        "LĐLĐ huyện Kim Bảng | 2.315",
        "Đoạn cuối.",
    ]
    [rows] = [t.rows for t in raw.tables]
    assert rows == [["LĐLĐ TP Phủ Lý", "4.120"], ["LĐLĐ huyện Kim Bảng", "2.315"]]


def test_field_results_read_and_instructions_left_out(tmp_path: Path) -> None:
    def field(instruction: str, result: str) -> str:
        return (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"{run(result)}"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )

    document = docx.Document()
    paragraph(
        document,
        run("Kinh phí chăm lo: ")
        + f'<w:fldSimple w:instr=" DOCPROPERTY KinhPhi ">{run("2.750")}</w:fldSimple>'
        + run(" triệu đồng."),
    )
    paragraph(
        document,
        run("Toàn tỉnh có ") + field("MERGEFIELD SoCDCS", "2.870") + run(" công đoàn cơ sở."),
    )
    # a field nested in another's instruction: only the outer result is shown
    nested = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
        + field("MERGEFIELD Dat", "1")
        + '<w:r><w:instrText xml:space="preserve"> = 1 "đạt" "chưa đạt" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run("đạt")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    paragraph(document, run("Chỉ tiêu kết nạp ") + nested + run(" kế hoạch."))
    # a begin mark never ended hides its own instruction, not the rest of the document
    paragraph(
        document,
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
    )
    document.add_paragraph("Tổ chức 320 hội nghị người lao động.")
    raw = read_file(save(document, tmp_path))
    assert raw.text.split("\n") == [
        "Kinh phí chăm lo: 2.750 triệu đồng.",
        "Toàn tỉnh có 2.870 công đoàn cơ sở.",
        "Chỉ tiêu kết nạp đạt kế hoạch.",
        "Tổ chức 320 hội nghị người lao động.",
    ]
    for code in ("DOCPROPERTY", "MERGEFIELD", "IF", "PAGE", "chưa đạt"):
        assert code not in raw.text


def test_smart_tag_and_custom_xml_wrappers(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph(
        document,
        run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT ")
        + '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
        + run("NAM")
        + "</w:smartTag>",
    )
    blocks(
        document,
        '<w:customXml w:element="noiDung">'
        f"<w:p>{run('Kết nạp mới ')}"
        f'<w:customXml w:element="soLieu">{run("1.250")}</w:customXml>'
        f"{run(' đoàn viên.')}</w:p></w:customXml>",
    )
    raw = read_file(save(document, tmp_path))
    assert raw.text.split("\n") == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Kết nạp mới 1.250 đoàn viên.",
    ]


def text_box(text: str) -> str:
    """A run anchoring a text box as Word writes it: DrawingML, and VML for older readers."""
    content = f"<w:txbxContent><w:p>{run(text)}</w:p></w:txbxContent>"
    return (
        "<w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="5" name="Text Box 5"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape"><wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_text_box_once_after_its_paragraph(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph(
        document,
        run("Số liệu cơ sở") + text_box("toàn tỉnh có 2.870 công đoàn cơ sở, tính đến 30/6/2024."),
    )
    document.add_paragraph("Bảng 1. Kết quả chăm lo đoàn viên")
    raw = read_file(save(document, tmp_path))
    # the box's text is a paragraph of its own, not glued to the open line anchoring it
    assert raw.text.split("\n") == [
        "Số liệu cơ sở",
        "toàn tỉnh có 2.870 công đoàn cơ sở, tính đến 30/6/2024.",
        "Bảng 1. Kết quả chăm lo đoàn viên",
    ]


def add_notes(document, kind: str, notes: str) -> None:
    """A footnotes or endnotes part, with Word's separator notes; python-docx makes none."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    separators = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:{kind}>"
    )
    xml = f"<w:{kind}s {NAMESPACES}>{separators}{notes}</w:{kind}s>"
    content_type = getattr(CONTENT_TYPE, f"WML_{kind.upper()}S")
    relationship = getattr(RELATIONSHIP_TYPE, f"{kind.upper()}S")
    part = Part(PackURI(f"/word/{kind}s.xml"), content_type, xml.encode(), document.part.package)
    document.part.relate_to(part, relationship)


def note(kind: str, number: int, text: str) -> str:
    return (
        f'<w:{kind} w:id="{number}"><w:p><w:r><w:{kind}Ref/></w:r>{run(" " + text)}</w:p>'
        f"</w:{kind}>"
    )


def reference(kind: str, number: int) -> str:
    return (
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:{kind}Reference w:id="{number}"/></w:r>'
    )


def test_footnotes_and_endnotes_after_the_body(tmp_path: Path) -> None:
    citation = (
        "Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt "
        "động của Công đoàn Việt Nam trong tình hình mới."
    )
    document = docx.Document()
    paragraph(
        document,
        run("Thực hiện Nghị quyết 02-NQ/TW")
        + reference("footnote", 2)
        + run(", Liên đoàn Lao động tỉnh báo cáo kết quả năm 2021")
        + reference("endnote", 1)
        + run(" như sau:"),
    )
    # a reference deleted with changes tracked: Word no longer shows its note
    paragraph(
        document,
        run("Kết nạp mới 1.250 đoàn viên.")
        + f'<w:del w:id="9" {TRACKED}>{reference("footnote", 1)}</w:del>',
    )
    add_notes(
        document,
        "footnote",
        note("footnote", 1, "Số liệu cũ, đã bỏ.") + note("footnote", 2, citation),
    )
    add_notes(document, "endnote", note("endnote", 1, "Số liệu tính đến ngày 31/12/2021."))
    raw = read_file(save(document, tmp_path))
    assert raw.text.split("\n") == [
        "Thực hiện Nghị quyết 02-NQ/TW, Liên đoàn Lao động tỉnh báo cáo kết quả năm 2021 như sau:",
        "Kết nạp mới 1.250 đoàn viên.",
        "Chú thích",
        citation,
        "Số liệu tính đến ngày 31/12/2021.",
    ]


def test_broken_notes_part_keeps_the_body_with_a_warning(tmp_path: Path) -> None:
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    paragraph(document, run("Kết nạp mới 1.250 đoàn viên.") + reference("footnote", 1))
    broken = b"<w:footnotes><w:footnote"
    package = document.part.package
    part = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, broken, package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    raw = read_file(save(document, tmp_path))
    assert raw.text == "Kết nạp mới 1.250 đoàn viên."
    assert [w.split(" (")[0] for w in raw.warnings] == ["footnotes or endnotes not read"]


def test_a_papers_head_set_out_in_a_table_is_read_as_its_lines(tmp_path: Path) -> None:
    # most Word papers set the issuer beside the motto, and the number beside the dateline,
    # in a table of two columns; a cell's lines joined as one value had run "LIÊN ĐOÀN LAO
    # ĐỘNG TỈNH NGHỆ AN" and "CÔNG ĐOÀN NGÀNH GIÁO DỤC" into one issuer (the parent's)
    from nlp.analyze import analyze

    document = docx.Document()
    head = document.add_table(rows=2, cols=2)
    head.cell(0, 0).text = "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN\nCÔNG ĐOÀN NGÀNH GIÁO DỤC"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    head.cell(1, 0).text = "Số: 45/BC-CĐN"
    head.cell(1, 1).text = "Vinh, ngày 15 tháng 12 năm 2024"
    document.add_paragraph("BÁO CÁO")
    document.add_paragraph("Kết quả hoạt động công đoàn năm 2024")
    document.add_paragraph("Năm 2024, toàn ngành kết nạp mới 1.250 đoàn viên.")
    raw = read_file(save(document, tmp_path))
    assert raw.text.split("\n")[:6] == [
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN",
        "CÔNG ĐOÀN NGÀNH GIÁO DỤC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 45/BC-CĐN",
        "Vinh, ngày 15 tháng 12 năm 2024",
    ]
    assert raw.tables == []  # no data in it
    doc = analyze(raw)
    assert (doc.issuer, doc.number, doc.date) == (
        "Công đoàn ngành Giáo dục tỉnh Nghệ An",
        "45/BC-CĐN",
        "2024-12-15",
    )
    assert [f.organisation for f in doc.figures] == ["Công đoàn ngành Giáo dục tỉnh Nghệ An"]
