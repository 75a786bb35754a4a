"""heldout25 report.docx: the year-end 2025 report of Liên đoàn Lao động tỉnh Lào Cai (the
province after its 01/7/2025 merger with Yên Bái), with two real Word tables whose headers
have merged cells on two levels:

- Biểu 1 (portrait), members and CĐCS by union: "TT" / "Đơn vị" / "Ghi chú" merged down
  the two header rows (w:vMerge), "Số CĐCS" over 2 columns and "Đoàn viên" over 3
  (w:gridSpan); both header rows repeat on each page (w:tblHeader); "Tổng cộng" spans
  TT + Đơn vị; the table runs over a page break.
- Biểu 2 (a landscape section of its own), results 2025 against the plan and the 2026 plan:
  "TT" / "Chỉ tiêu" / "ĐVT" / "Kế hoạch năm 2026" merged down, "Năm 2025" over 3 columns;
  two section rows "I | Về tổ chức", "II | Về hoạt động" (the title cell spans the six
  columns after TT); row 3's TT cell merged down over its "Trong đó" sub-row.

Writes report.docx and source_report.txt (every paragraph outside the two figure tables, one a
line: letterhead, prose, captions, notes, signature). Deterministic (fixed core properties,
zip rewritten with fixed timestamps).

Run:  .venv/bin/python bench/gold/heldout25/make_report.py
"""

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402
from data import rate, vn, vn1  # noqa: E402

FONT = "Times New Roman"
STAMP = dt.datetime(2026, 1, 9, 8, 0, 0)
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}

SOURCE: list[str] = []


def twips(cm):
    return str(round(cm / 2.54 * 1440))


def setup(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    sec.header_distance, sec.footer_distance = Cm(1), Cm(1)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(13)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "vi-VN")
    lang.set(qn("w:eastAsia"), "vi-VN")
    rpr.append(lang)
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    props = doc.core_properties
    props.author = "Văn phòng LĐLĐ tỉnh"
    props.last_modified_by = "Văn phòng LĐLĐ tỉnh"
    props.created = STAMP
    props.modified = STAMP
    props.revision = 1
    props.title = ""
    props.comments = ""


def para(
    target,
    runs,
    *,
    size=None,
    align="justify",
    first=None,
    left=None,
    before=0,
    after=0,
    line=None,
    keep_next=False,
    source=True,
):
    """A paragraph; runs is a str or a list of (text, "b"/"i"/"bi"/"")."""
    if isinstance(runs, str):
        runs = [(runs, "")]
    p = target.add_paragraph()
    pf = p.paragraph_format
    pf.alignment = ALIGN[align]
    if first is not None:
        pf.first_line_indent = Cm(first)
    if left is not None:
        pf.left_indent = Cm(left)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = line
    if keep_next:
        pf.keep_with_next = True
    for text, st in runs:
        r = p.add_run(text)
        r.bold = "b" in st or None
        r.italic = "i" in st or None
        if size is not None:
            r.font.size = Pt(size)
    if source:
        text = "".join(t for t, _ in runs)
        if text:
            SOURCE.append(text)
    return p


def prose(doc, text, **kw):
    kw.setdefault("first", 1.0)
    kw.setdefault("after", 4)
    kw.setdefault("line", 1.1)
    return para(doc, text, **kw)


def heading(doc, text, style="b", **kw):
    kw.setdefault("first", 1.0)
    kw.setdefault("after", 4)
    kw.setdefault("line", 1.1)
    kw.setdefault("keep_next", True)
    return para(doc, [(text, style)], **kw)


def set_borders(tbl, val):
    tblpr = tbl._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), "4")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)


def fix_widths(tbl, widths):
    tbl.autofit = False
    tblpr = tbl._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), twips(sum(widths)))
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        gc.set(qn("w:w"), twips(w))
    for row in tbl.rows:
        for i, cell in enumerate(row.cells):
            cell.width = Cm(widths[i])


def two_columns(doc, widths, left, right, size=12.5):
    """Borderless two-cell table (letterhead, signature). Lines are (text, style, align)."""
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(t, "nil")
    fix_widths(t, widths)
    for cell, lines in zip(t.rows[0].cells, (left, right), strict=True):
        cell._tc.remove(cell.paragraphs[0]._p)
        for text, style, align in lines:
            para(cell, [(text, style)], size=size, align=align)
    return t


def cell_text(cell, text, *, bold=False, italic=False, align="center", size=11):
    p = cell.paragraphs[0]
    p.paragraph_format.alignment = ALIGN[align]
    p.paragraph_format.space_before = Pt(1)
    p.paragraph_format.space_after = Pt(1)
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    r.font.size = Pt(size)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def row_props(row, *, header=False, cant_split=True, min_cm=None):
    trpr = row._tr.get_or_add_trPr()
    if cant_split:
        trpr.append(OxmlElement("w:cantSplit"))
    if min_cm is not None:
        h = OxmlElement("w:trHeight")
        h.set(qn("w:val"), twips(min_cm))
        h.set(qn("w:hRule"), "atLeast")
        trpr.append(h)
    if header:
        trpr.append(OxmlElement("w:tblHeader"))


def grid_table(doc, n_rows, widths):
    t = doc.add_table(rows=n_rows, cols=len(widths))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.style = doc.styles["Table Grid"]
    set_borders(t, "single")
    fix_widths(t, widths)
    return t


# ---------------------------------------------------------------------------
def table1(doc):
    """Biểu 1: TT | Đơn vị | Số CĐCS (Tổng số | Trong đó: khu vực ngoài nhà nước) |
    Đoàn viên (Tổng số | Nữ | Kết nạp mới năm 2025) | Ghi chú."""
    widths = [0.9, 4.5, 1.5, 1.8, 1.7, 1.6, 1.7, 2.3]
    n = 2 + len(D.T1) + 1
    t = grid_table(doc, n, widths)
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    # merge first, write after (merge() joins the paragraphs of the merged cells)
    for c in (0, 1, 7):
        h0[c].merge(h1[c])
    h0[2].merge(h0[3])
    h0[4].merge(h0[6])
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for c, text in ((0, "TT"), (1, "Đơn vị"), (2, "Số CĐCS"), (4, "Đoàn viên"), (7, "Ghi chú")):
        cell_text(h0[c], text, bold=True)
    for c, text in (
        (2, "Tổng số"),
        (3, "Trong đó: khu vực ngoài nhà nước"),
        (4, "Tổng số"),
        (5, "Nữ"),
        (6, "Kết nạp mới năm 2025"),
    ):
        cell_text(h1[c], text, bold=True, size=10.5)
    row_props(t.rows[0], header=True)
    row_props(t.rows[1], header=True)
    notes = {4: f"Tiếp nhận {D.VC_RECEIVED} CĐCS từ các LĐLĐ huyện (cũ)"}
    for i, (units, nn, mem, women, new) in enumerate(D.T1):
        row = t.rows[2 + i]
        row_props(row, min_cm=1.0)
        c = row.cells
        name = D.UNITS[i] + (" (*)" if i == 7 else "")
        cdcs = vn(units) + (f" (tăng {D.KCN_NET})" if i == 7 else "")
        cell_text(c[0], str(i + 1))
        cell_text(c[1], name, align="left")
        cell_text(c[2], cdcs, align="right")
        cell_text(
            c[3], "-" if nn is None else vn(nn), align="right" if nn is not None else "center"
        )
        cell_text(c[4], vn(mem), align="right")
        cell_text(c[5], vn(women), align="right")
        cell_text(c[6], vn(new), align="right")
        cell_text(c[7], notes.get(i, ""), align="left", size=10)
    last = t.rows[n - 1]
    row_props(last, min_cm=1.0)
    c = last.cells
    c[0].merge(c[1])
    c = last.cells
    cell_text(c[0], "Tổng cộng", bold=True)
    for k, v in zip(
        range(2, 7), (D.CDCS, D.CDCS_NN, D.MEMBERS, D.WOMEN, D.NEW_MEMBERS), strict=True
    ):
        cell_text(c[k], vn(v), bold=True, align="right")
    cell_text(c[7], "")
    return t


def table2(doc):
    """Biểu 2: TT | Chỉ tiêu | ĐVT | Năm 2025 (Kế hoạch | Thực hiện | Tỷ lệ % so KH) |
    Kế hoạch năm 2026."""
    widths = [1.3, 9.6, 2.6, 2.6, 2.6, 2.6, 3.2]
    T2 = D.T2
    body = [
        ("sec", "I", "Về tổ chức"),
        ("row", "1", "Kết nạp đoàn viên mới", "Người", T2["new_members"]),
        ("row", "2", "Thành lập mới công đoàn cơ sở", "CĐCS", T2["new_cdcs"]),
        ("row", "3", "Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp", "Người", T2["party"]),
        ("sub", "Trong đó: được kết nạp vào Đảng", "Người", T2["party_admitted"]),
        (
            "row",
            "4",
            "CĐCS khu vực doanh nghiệp có thỏa ước lao động tập thể",
            "%",
            T2["cba"],
        ),
        ("sec", "II", "Về hoạt động"),
        ("row", "5", "Tập huấn cán bộ công đoàn", "Lượt người", T2["training"]),
        ("row", "6", "Tặng quà Tết cho đoàn viên, người lao động", "Suất", T2["tet"]),
        ("row", "7", "Chi chăm lo, hỗ trợ đoàn viên, người lao động", "Triệu đồng", T2["welfare"]),
        ("row", "8", "Hỗ trợ xây, sửa nhà “Mái ấm Công đoàn”", "Nhà", T2["houses"]),
        ("row", "9", "Thu kinh phí, đoàn phí công đoàn", "Triệu đồng", T2["finance"]),
    ]
    n = 2 + len(body)
    t = grid_table(doc, n, widths)
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for c in (0, 1, 2, 6):
        h0[c].merge(h1[c])
    h0[3].merge(h0[5])
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for c, text in (
        (0, "TT"),
        (1, "Chỉ tiêu"),
        (2, "ĐVT"),
        (3, "Năm 2025"),
        (6, "Kế hoạch năm 2026"),
    ):
        cell_text(h0[c], text, bold=True, size=12)
    for c, text in ((3, "Kế hoạch"), (4, "Thực hiện"), (5, "Tỷ lệ % so KH")):
        cell_text(h1[c], text, bold=True, size=12)
    row_props(t.rows[0], header=True)
    row_props(t.rows[1], header=True)

    def num(v):
        return vn1(v) if isinstance(v, float) else vn(v)

    r = 2
    for item in body:
        row = t.rows[r]
        row_props(row, min_cm=0.75)
        c = row.cells
        if item[0] == "sec":
            c[1].merge(c[6])
            c = row.cells
            cell_text(c[0], item[1], bold=True, size=12)
            cell_text(c[1], item[2], bold=True, align="left", size=12)
        elif item[0] == "row":
            _, tt, label, unit, (plan, done, plan26) = item
            cell_text(c[0], tt, size=12)
            cell_text(c[1], label, align="left", size=12)
            cell_text(c[2], unit, size=12)
            cell_text(c[3], num(plan), align="right", size=12)
            cell_text(c[4], num(done), align="right", size=12)
            cell_text(c[5], vn1(rate(done, plan)), align="right", size=12)
            cell_text(c[6], num(plan26), align="right", size=12)
        else:  # the "Trong đó" sub-row of row 3: its TT cell is merged into row 3's
            _, label, unit, done = item
            above = t.rows[r - 1].cells[0]
            above.merge(c[0])
            c = row.cells
            cell_text(c[1], label, italic=True, align="left", size=12)
            cell_text(c[2], unit, size=12)
            cell_text(c[3], "-", size=12)
            cell_text(c[4], vn(done), align="right", size=12)
            cell_text(c[5], "-", size=12)
            cell_text(c[6], "-", size=12)
        r += 1
    return t


# ---------------------------------------------------------------------------
def build():
    doc = Document()
    setup(doc)
    T2 = D.T2

    two_columns(
        doc,
        [6.4, 9.6],
        [
            ("TỔNG LĐLĐ VIỆT NAM", "", "center"),
            ("LIÊN ĐOÀN LAO ĐỘNG TỈNH LÀO CAI", "b", "center"),
            ("Số: 12/BC-LĐLĐ", "", "center"),
        ],
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", "center"),
            ("Độc lập - Tự do - Hạnh phúc", "b", "center"),
            ("Lào Cai, ngày 09 tháng 01 năm 2026", "i", "center"),
        ],
    )
    para(doc, "BÁO CÁO", size=14, align="center", before=14, keep_next=True)
    doc.paragraphs[-1].runs[0].bold = True
    para(
        doc,
        [("Kết quả công tác công đoàn năm 2025, phương hướng, nhiệm vụ năm 2026", "b")],
        align="center",
        after=10,
        keep_next=True,
    )
    prose(
        doc,
        "Thực hiện Hướng dẫn số 46/HD-TLĐ ngày 24/11/2025 của Đoàn Chủ tịch Tổng Liên đoàn Lao "
        "động Việt Nam về tổng kết công tác công đoàn năm 2025, Ban Thường vụ Liên đoàn Lao động "
        "tỉnh Lào Cai báo cáo kết quả như sau:",
    )

    heading(doc, "I. ĐẶC ĐIỂM TÌNH HÌNH")
    prose(
        doc,
        "Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, từ ngày 01/7/2025 "
        "tỉnh Lào Cai và tỉnh Yên Bái hợp nhất thành tỉnh Lào Cai với 99 đơn vị hành chính cấp "
        "xã. Toàn tỉnh có khoảng 7.450 doanh nghiệp đang hoạt động, sử dụng hơn 168.000 lao "
        "động; thu nhập bình quân của người lao động ước đạt 7,6 triệu đồng/người/tháng, tăng "
        "6,3% so với năm 2024.",
    )
    prose(
        doc,
        "Liên đoàn Lao động tỉnh kiện toàn bộ máy theo Quyết định số 1486/QĐ-TLĐ ngày 27/6/2025 "
        "của Đoàn Chủ tịch Tổng Liên đoàn; sau sắp xếp, tỉnh có 9 công đoàn cấp trên trực tiếp "
        "cơ sở.",
    )

    heading(doc, "II. KẾT QUẢ CÔNG TÁC CÔNG ĐOÀN NĂM 2025")
    heading(doc, "1. Phát triển đoàn viên, xây dựng tổ chức công đoàn vững mạnh")
    prose(
        doc,
        f"Năm 2025, các cấp công đoàn kết nạp mới {vn(D.NEW_MEMBERS)} đoàn viên, đạt "
        f"{vn1(rate(D.NEW_MEMBERS, T2['new_members'][0]))}% kế hoạch; thành lập mới {D.NEW_CDCS} "
        f"CĐCS, giải thể {D.GONE} CĐCS do doanh nghiệp ngừng hoạt động hoặc sắp xếp lại đơn vị "
        "sự nghiệp.",
    )
    prose(
        doc,
        f"Tính đến ngày 31/12/2025, toàn tỉnh có {vn(D.CDCS)} CĐCS với {vn(D.MEMBERS)} đoàn viên, "
        f"trong đó {vn(D.WOMEN)} đoàn viên nữ; số liệu theo công đoàn cấp trên trực tiếp cơ sở "
        "như sau:",
        keep_next=True,
    )
    para(
        doc,
        [
            (
                "Biểu 1. Số lượng công đoàn cơ sở, đoàn viên theo công đoàn cấp trên trực tiếp cơ sở",
                "b",
            )
        ],
        align="center",
        size=12,
        before=4,
        keep_next=True,
    )
    para(doc, [("ĐVT: đơn vị, người", "i")], align="right", size=12, after=2, keep_next=True)
    table1(doc)
    para(
        doc,
        [
            (
                "(*) Công đoàn các Khu công nghiệp tỉnh có tỷ lệ đoàn viên nữ cao nhất "
                f"({vn1(D.women_rate(7))}%) do lao động ngành may mặc, điện tử chủ yếu là nữ.",
                "i",
            )
        ],
        size=12,
        before=3,
        after=6,
    )
    prose(
        doc,
        f"Các cấp công đoàn đã giới thiệu {vn(T2['party'][1])} đoàn viên ưu tú cho Đảng xem xét "
        f"kết nạp, trong đó {T2['party_admitted']} đồng chí đã được kết nạp vào Đảng. Tổ chức "
        f"142 lớp tập huấn cho {vn(T2['training'][1])} lượt cán bộ công đoàn.",
    )
    heading(doc, "2. Công tác tuyên truyền, giáo dục, thi đua")
    prose(
        doc,
        "Các cấp công đoàn tiếp tục quán triệt Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính "
        "trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới và Luật "
        "Công đoàn số 50/2024/QH15 ngày 27/11/2024. Trong năm, các cấp công đoàn tổ chức 1.326 "
        "cuộc tuyên truyền, phổ biến pháp luật cho hơn 94.000 lượt đoàn viên, người lao động.",
    )
    prose(
        doc,
        "Phong trào thi đua “Lao động giỏi, lao động sáng tạo” có 1.085 sáng kiến được công "
        "nhận, làm lợi trên 38 tỷ đồng.",
    )
    heading(doc, "3. Đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên")
    prose(
        doc,
        "Công đoàn tham gia tổ chức hội nghị người lao động tại 1.214/1.286 doanh nghiệp có tổ "
        "chức công đoàn, đạt 94,4%; 100% cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên "
        f"chức. Toàn tỉnh có 826 bản thỏa ước lao động tập thể còn hiệu lực; tỷ lệ CĐCS khu vực "
        f"doanh nghiệp có thỏa ước đạt {vn1(T2['cba'][1])}%.",
    )
    prose(
        doc,
        "Trong năm xảy ra 2 cuộc ngừng việc tập thể tại doanh nghiệp có vốn đầu tư nước ngoài, "
        "giảm 1 cuộc so với năm 2024; công đoàn đã phối hợp giải quyết dứt điểm, bảo đảm quyền "
        "lợi cho 1.140 người lao động.",
    )
    heading(doc, "4. Chăm lo đời sống đoàn viên, người lao động")
    prose(
        doc,
        f"Dịp Tết Nguyên đán Ất Tỵ 2025, các cấp công đoàn tỉnh đã thăm hỏi, tặng "
        f"{vn(D.ANNEX_TOT[0])} suất quà cho đoàn viên, người lao động với tổng số tiền hơn 16,5 tỷ "
        f"đồng. Trong “Tháng Công nhân” năm 2025, công đoàn các cấp thăm hỏi, hỗ trợ "
        f"{vn(D.ANNEX_TOT[2])} lượt đoàn viên, người lao động với số tiền {vn(D.ANNEX_TOT[3])} "
        "triệu đồng.",
    )
    prose(
        doc,
        f"Hỗ trợ xây mới, sửa chữa {D.ANNEX_TOT[4]} nhà “Mái ấm Công đoàn” với tổng số tiền "
        f"{vn(D.ANNEX_TOT[5])} triệu đồng; mỗi nhà được hỗ trợ từ 40 đến 60 triệu đồng. Tổng chi "
        f"chăm lo, hỗ trợ đoàn viên, người lao động năm 2025 đạt {vn(T2['welfare'][1])} triệu "
        f"đồng, bằng {vn1(rate(T2['welfare'][1], T2['welfare'][0]))}% kế hoạch.",
    )
    heading(doc, "5. Kết quả thực hiện các chỉ tiêu chủ yếu")
    prose(
        doc,
        "Năm 2025, có 8/9 chỉ tiêu chủ yếu đạt và vượt kế hoạch, riêng chỉ tiêu thỏa ước lao "
        f"động tập thể đạt {vn1(rate(T2['cba'][1], T2['cba'][0]))}% kế hoạch; kết quả cụ thể và "
        "kế hoạch năm 2026 tại Biểu 2.",
    )

    # ---- landscape section: Biểu 2 ------------------------------------------------
    land = doc.add_section(WD_SECTION.NEW_PAGE)
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Cm(29.7), Cm(21)
    land.left_margin, land.right_margin = Cm(2), Cm(2)
    land.top_margin, land.bottom_margin = Cm(2), Cm(2)
    para(
        doc,
        [("Biểu 2. Kết quả thực hiện các chỉ tiêu chủ yếu năm 2025 và kế hoạch năm 2026", "b")],
        align="center",
        after=6,
        keep_next=True,
    )
    table2(doc)
    para(
        doc,
        [
            (
                "Ghi chú: Chỉ tiêu 4 tính trên số CĐCS khu vực doanh nghiệp có từ 25 lao động "
                "trở lên.",
                "i",
            )
        ],
        size=12,
        before=4,
    )

    # ---- back to portrait ---------------------------------------------------------
    port = doc.add_section(WD_SECTION.NEW_PAGE)
    port.orientation = WD_ORIENT.PORTRAIT
    port.page_width, port.page_height = Cm(21), Cm(29.7)
    port.left_margin, port.right_margin = Cm(3), Cm(2)
    port.top_margin, port.bottom_margin = Cm(2), Cm(2)
    heading(doc, "6. Công tác tài chính công đoàn")
    fin = T2["finance"]
    prose(
        doc,
        f"Tổng thu kinh phí, đoàn phí công đoàn năm 2025 đạt {vn(fin[1])} triệu đồng, bằng "
        f"{vn1(rate(fin[1], fin[0]))}% dự toán; việc trích chuyển về Tổng Liên đoàn thực hiện "
        "đúng quy định.",
    )
    heading(doc, "7. Hạn chế")
    prose(
        doc,
        "Phát triển đoàn viên ở khu vực doanh nghiệp ngoài nhà nước còn khó khăn; vẫn còn khoảng "
        "420 doanh nghiệp có từ 25 lao động trở lên chưa thành lập công đoàn.",
    )

    heading(doc, "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026")
    prose(
        doc,
        "Năm 2026, các cấp công đoàn tỉnh tập trung triển khai Nghị quyết Đại hội XIII Công đoàn "
        "Việt Nam, nâng cao chất lượng đại diện, bảo vệ quyền lợi của đoàn viên, người lao động. "
        "Phấn đấu đạt các chỉ tiêu chủ yếu sau:",
    )
    for item in (
        f"- Kết nạp mới ít nhất {vn(T2['new_members'][2])} đoàn viên; thành lập mới tối thiểu "
        f"{T2['new_cdcs'][2]} CĐCS.",
        f"- Giới thiệu {vn(T2['party'][2])} đoàn viên ưu tú cho Đảng xem xét kết nạp; tập huấn "
        f"cho khoảng {vn(T2['training'][2])} lượt cán bộ công đoàn.",
        f"- {T2['cba'][2]}% CĐCS khu vực doanh nghiệp có thỏa ước lao động tập thể; 100% doanh "
        "nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động.",
        f"- Hỗ trợ xây mới, sửa chữa {T2['houses'][2]} nhà “Mái ấm Công đoàn”; tặng quà Tết Bính "
        f"Ngọ 2026 cho khoảng {vn(T2['tet'][2])} đoàn viên, người lao động.",
        f"- Thu kinh phí, đoàn phí công đoàn đạt {T2['finance'][2] // 1000} tỷ đồng.",
    ):
        prose(doc, item, first=0, left=1.0, after=2)
    prose(
        doc,
        "Trên đây là báo cáo kết quả công tác công đoàn năm 2025, phương hướng, nhiệm vụ năm 2026 "
        "của Liên đoàn Lao động tỉnh Lào Cai./.",
        before=4,
        after=10,
    )
    two_columns(
        doc,
        [8.0, 8.0],
        [
            ("Nơi nhận:", "bi", "left"),
            ("- Tổng LĐLĐ Việt Nam (b/c);", "", "left"),
            ("- Thường trực Tỉnh ủy, UBND tỉnh (b/c);", "", "left"),
            ("- Các công đoàn cấp trên trực tiếp cơ sở;", "", "left"),
            ("- Lưu: VT, ToC.", "", "left"),
        ],
        [
            ("TM. BAN THƯỜNG VỤ", "b", "center"),
            ("CHỦ TỊCH", "b", "center"),
            ("(Đã ký)", "i", "center"),
            ("Đỗ Quang Minh", "b", "center"),
        ],
        size=11.5,
    )
    return doc


def ensure_paragraphs(doc):
    """Every w:tc must hold a w:p; python-docx's vertical merge can leave the covered cell
    without one. Give it an empty paragraph (as Word writes it)."""
    n = 0
    for tc in doc.element.body.iter(qn("w:tc")):
        if tc.find(qn("w:p")) is None:
            tc.append(OxmlElement("w:p"))
            n += 1
    return n


def save(doc):
    ensure_paragraphs(doc)
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    stamp = STAMP.timetuple()[:6]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    (HERE / "report.docx").write_bytes(out.getvalue())
    (HERE / "source_report.txt").write_text("\n".join(SOURCE) + "\n", encoding="utf-8")


if __name__ == "__main__":
    save(build())
