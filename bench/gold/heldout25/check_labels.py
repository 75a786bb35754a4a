"""heldout25 checks (run after make_report.py, make_annex.py, make_stats.py, make_labels.py).

Labels:
- keys in order; `text` in `sentence`; the value agrees with the text (scale words; x 1e6 for
  table cells of a "Triệu đồng" / "(triệu đồng)" column); ratios carry their denominator;
  qualifiers, kinds, periods, months well formed; indicators are ids of
  nlp/data/indicators.json (the data file only); no repeated (doc, sentence, text);
- prose records: the sentence is a sent_tokenize sentence of the document's source text, and
  the source text is the document's own text (report.docx's paragraphs outside the two figure
  tables; annex.html's paragraphs, and for annex.pdf every sentence lies in `pdftotext` of the
  PDF, whitespace folded; stats.xlsx's cells outside the table);
- table records: the sentence is a printed row that rows.py reads back from the file; for
  annex.pdf every cell text is in `pdftotext`'s output.

Documents:
- the totals add up in every table (read back from the files), and the figures the documents
  share agree (table 2 against table 1, the annex, the workbook and the prose; every "Tỷ lệ %
  so KH" is Thực hiện / Kế hoạch to one decimal; the workbook's women's shares are table 1's
  Nữ / Tổng số);
- report.docx: the merged header cells are exactly the ones NOTES.md lists (w:gridSpan,
  w:vMerge), both header rows of both tables carry w:tblHeader, table 2 lies in the landscape
  section and is the only table there;
- stats.xlsx: the merged ranges are the ones NOTES.md lists, numbers are numeric cells with
  "#,##0" / "0.0";
- the source sentences and rows with a digit that carry no label are listed for review.

Run:  .venv/bin/python bench/gold/heldout25/check_labels.py
"""

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from lxml import etree
from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
from make_labels import DOCS, PROSE, SOURCES  # noqa: E402
from rows import (  # noqa: E402
    W,
    all_rows,
    docx_body_paragraphs,
    docx_tables,
    fold,
    html_tables,
    xlsx_lines,
    xlsx_rows,
)

KEYS = [
    "doc",
    "sentence",
    "text",
    "value",
    "denominator",
    "unit",
    "qualifier",
    "kind",
    "indicator",
    "period",
]
SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9}
TYPES = {
    "Nghị quyết",
    "Chỉ thị",
    "Quyết định",
    "Nghị định",
    "Kế hoạch",
    "Chương trình",
    "Thông tư",
    "Luật",
    "Kết luận",
    "Hướng dẫn",
    "Công văn",
    "other",
}
errors = 0


def bad(*a):
    global errors
    errors += 1
    print("ERROR", *a)


def parse(text):
    m = re.search(r"\d[\d.]*(?:,\d+)?", text)
    n = float(m.group().replace(".", "").replace(",", "."))
    for w, k in SCALE.items():
        if w in text:
            n *= k
    return n


def vnum(cell):
    """A table cell's leading number ("164 (tăng 9)" -> 164; "-" / "" -> 0)."""
    m = re.match(r"\d[\d.]*(?:,\d+)?", cell)
    return 0 if not m else float(m.group().replace(".", "").replace(",", "."))


def one_decimal_rate(num, den):
    from decimal import ROUND_HALF_UP, Decimal

    q = Decimal(str(num)) * 100 / Decimal(str(den))
    return float(q.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def pdf_text():
    out = subprocess.run(
        ["pdftotext", str(HERE / "annex.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    return fold(out)


# ---------------------------------------------------------------------------------------
def check_records(figs, refs):
    ids = {e["id"] for e in json.load(open(ROOT / "nlp/data/indicators.json", encoding="utf-8"))}
    rows = all_rows()
    pdf = pdf_text()
    name_of = {f"bench/gold/heldout25/{v}": k for k, v in DOCS.items()}
    seen = set()
    for r in figs:
        want = KEYS + (["table_row"] if r.get("table_row") else []) + ["months"]
        if list(r) != want:
            bad("keys", list(r))
        name = name_of.get(r["doc"])
        if name is None:
            bad("doc", r["doc"])
            continue
        if r["text"] not in r["sentence"]:
            bad("text not in sentence", r["text"], r["sentence"])
        v = parse(r["text"])
        if "/" in r["text"]:
            a, b = r["text"].split("/")
            v = float(a.replace(".", ""))
            if r["denominator"] != int(b.replace(".", "")):
                bad("denominator", r)
        elif r["denominator"] is not None:
            bad("denominator without a ratio", r)
        if r.get("table_row") and r["unit"] == "đồng" and "đồng" not in r["text"]:
            v *= 1e6
        # the lower end of a money range takes the upper end's scale word (README)
        m = re.search(rf"từ {re.escape(r['text'])} đến [\d.,]+ (triệu|tỷ)", r["sentence"])
        if m:
            v *= SCALE[m.group(1)]
        if abs(v - r["value"]) > 1e-6 * max(1, abs(v)):
            bad("value", r["text"], r["value"], v)
        if r["indicator"] is not None and r["indicator"] not in ids:
            bad("indicator", r["indicator"])
        if r["qualifier"] not in ("exact", "about", "over", "under", "at_least", "at_most"):
            bad("qualifier", r)
        if r["kind"] not in ("target", "achievement"):
            bad("kind", r)
        if not re.fullmatch(r"\d{4}", r["period"] or ""):
            bad("period", r)
        if r["months"] is not None and not re.fullmatch(
            r"(0[1-9]|1[0-2])-(0[1-9]|1[0-2])", r["months"]
        ):
            bad("months", r)
        k = (r["doc"], r["sentence"], r["text"])
        if k in seen:
            bad("repeat", k)
        seen.add(k)
        if r.get("table_row"):
            if r["sentence"] not in rows[name]:
                bad("row not printed", r["sentence"])
            if name == "annex" and r["text"] not in pdf:
                bad("cell not in pdftotext", r["text"])
        else:
            if r["sentence"] not in PROSE[name]:
                bad("sentence not in source", r["sentence"])
            if name == "annex" and fold(r["sentence"]) not in pdf:
                bad("sentence not in pdftotext", r["sentence"])
    for r in refs:
        name = name_of.get(r["doc"])
        if list(r) != ["doc", "sentence", "id", "type", "date"]:
            bad("ref keys", r)
        if r["sentence"] not in PROSE[name] or r["id"] not in r["sentence"].replace(" ", ""):
            bad("ref", r)
        if r["type"] not in TYPES:
            bad("ref type", r)
        if r["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            bad("ref date", r)
        if name == "annex" and fold(r["sentence"]) not in pdf:
            bad("ref sentence not in pdftotext", r)


def check_sources():
    src = lambda k: (HERE / SOURCES[k]).read_text(encoding="utf-8").splitlines()  # noqa: E731
    if docx_body_paragraphs(HERE / "report.docx") != src("report"):
        bad("report.docx paragraphs differ from source_report.txt")
    html = (HERE / "annex.html").read_text(encoding="utf-8")
    paras = [fold(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p [^>]*>(.*?)</p>", html)]
    paras = [p.replace("&amp;", "&") for p in paras]
    if paras != src("annex"):
        bad("annex.html paragraphs differ from source_annex.txt")
    if xlsx_lines(HERE / "stats.xlsx") != src("stats"):
        bad("stats.xlsx cells differ from source_stats.txt")


# ---------------------------------------------------------------------------------------
def column_sums(name, rows, first_num, total_label="Tổng cộng"):
    """rows: cell lists (header rows first); every numeric column adds up to the total row."""
    body = [r for r in rows if r and re.fullmatch(r"\d+", r[0] or "")]
    total = next(r for r in rows if r and r[0] == total_label)
    for c in range(first_num, len(total)):
        if not re.match(r"\d", total[c] or ""):
            continue
        s = sum(vnum(r[c]) for r in body)
        t = vnum(total[c])
        if "," in total[c]:
            continue  # a share, not a sum
        if abs(s - t) > 1e-9:
            bad(f"{name}: column {c} adds up to {s}, total says {t}")
    return body, total


def check_documents():
    tables = docx_tables(HERE / "report.docx")
    if len(tables) != 4:
        bad("report.docx should hold 4 w:tbl (letterhead, Biểu 1, Biểu 2, signature)", len(tables))
    t1, t2 = tables[1], tables[2]
    body1, tot1 = column_sums("Biểu 1", t1, 2)
    annex = html_tables(HERE / "annex.html")[0]
    body_a, tot_a = column_sums("annex", annex, 2)
    xrows = xlsx_rows(HERE / "stats.xlsx")
    body_x, tot_x = column_sums("stats", xrows, 2)

    # Biểu 2: rates and the figures it shares with the other tables
    t2rows = {r[0]: r for r in t2 if re.fullmatch(r"\d", r[0] or "")}
    for tt, r in t2rows.items():
        plan, done, rt = vnum(r[3]), vnum(r[4]), vnum(r[5])
        if one_decimal_rate(done, plan) != rt:
            bad("Biểu 2 rate", tt, r)
    same = [
        ("TH kết nạp = Biểu 1 Kết nạp mới", vnum(t2rows["1"][4]), vnum(tot1[6])),
        ("TH thành lập CĐCS = stats Thành lập mới", vnum(t2rows["2"][4]), vnum(tot_x[2])),
        ("TH quà Tết = annex Số suất quà", vnum(t2rows["6"][4]), vnum(tot_a[2])),
        ("TH Mái ấm = annex Số nhà", vnum(t2rows["8"][4]), vnum(tot_a[6])),
        ("Biểu 1 CĐCS = stats Hiện có", vnum(tot1[2]), vnum(tot_x[4])),
        ("Biểu 1 Đoàn viên = stats Hiện có", vnum(tot1[4]), vnum(tot_x[5])),
    ]
    for label, a, b in same:
        if a != b:
            bad("disagree:", label, a, b)
    for r1, rx in zip(body1, body_x, strict=True):
        if r1[1].replace(" (*)", "") != rx[1] or vnum(r1[2]) != vnum(rx[4]):
            bad("units differ between Biểu 1 and stats", r1, rx)
        if one_decimal_rate(vnum(r1[5]), vnum(r1[4])) != vnum(rx[6]):
            bad("women's share", r1, rx)
    if one_decimal_rate(vnum(tot1[5]), vnum(tot1[4])) != vnum(tot_x[6]):
        bad("women's share, total")
    for ra in body_a:
        if ra[1] not in {r[1].replace(" (*)", "") for r in body1}:
            bad("annex unit not in Biểu 1", ra[1])
    # "164 (tăng 9)": the KCN row of the workbook founded 11 and dissolved 2
    kcn = next(r for r in body_x if "Khu công nghiệp" in r[1])
    if vnum(kcn[2]) - vnum(kcn[3]) != 9:
        bad("KCN net change")

    # the prose says what the tables say
    text = " ".join((HERE / "source_report.txt").read_text(encoding="utf-8").splitlines())
    money3 = vnum(tot_a[3]) + vnum(tot_a[5]) + vnum(tot_a[7])
    for what, want in (
        ("kết nạp mới", f"kết nạp mới {tot1[6]} đoàn viên, đạt {t2rows['1'][5]}% kế hoạch"),
        ("thành lập", f"thành lập mới {tot_x[2]} CĐCS, giải thể {tot_x[3]} CĐCS"),
        ("stock", f"toàn tỉnh có {tot1[2]} CĐCS với {tot1[4]} đoàn viên, trong đó {tot1[5]}"),
        ("Đảng", f"giới thiệu {t2rows['3'][4]} đoàn viên"),
        ("tập huấn", f"cho {t2rows['5'][4]} lượt cán bộ công đoàn"),
        ("Tết", f"tặng {tot_a[2]} suất quà"),
        ("Tháng CN", f"hỗ trợ {tot_a[4]} lượt đoàn viên, người lao động với số tiền {tot_a[5]}"),
        ("Mái ấm", f"sửa chữa {tot_a[6]} nhà “Mái ấm Công đoàn” với tổng số tiền {tot_a[7]}"),
        ("chi chăm lo", f"đạt {t2rows['7'][4]} triệu đồng, bằng {t2rows['7'][5]}% kế hoạch"),
        ("TƯLĐTT", f"thỏa ước đạt {t2rows['4'][4]}%"),
        ("TƯLĐTT %KH", f"tập thể đạt {t2rows['4'][5]}% kế hoạch"),
        ("tài chính", f"đạt {t2rows['9'][4]} triệu đồng, bằng {t2rows['9'][5]}% dự toán"),
        ("KH 2026 kết nạp", f"ít nhất {t2rows['1'][6]} đoàn viên"),
        ("KH 2026 CĐCS", f"tối thiểu {t2rows['2'][6]} CĐCS"),
        ("KH 2026 Đảng", f"Giới thiệu {t2rows['3'][6]} đoàn viên"),
        ("KH 2026 tập huấn", f"khoảng {t2rows['5'][6]} lượt"),
        ("KH 2026 TƯLĐTT", f"- {t2rows['4'][6]}% CĐCS"),
        ("KH 2026 Mái ấm", f"sửa chữa {t2rows['8'][6]} nhà"),
        ("KH 2026 Tết", f"khoảng {t2rows['6'][6]} đoàn viên"),
    ):
        if want not in text:
            bad("prose disagrees with the tables:", what, "|", want)
    if vnum(tot_a[3]) <= 16500 or vnum(tot_a[3]) >= 16600:
        bad("'hơn 16,5 tỷ đồng' vs annex Tết money", tot_a[3])
    if int(vnum(t2rows["9"][6])) != 100000 or "đạt 100 tỷ đồng" not in text:
        bad("KH 2026 thu 100 tỷ")
    fn = f"({vnum(body1[7][5]) / vnum(body1[7][4]) * 100:.1f}%)".replace(".", ",")
    if fn not in text:
        bad("KCN footnote share", fn)
    ann = " ".join((HERE / "source_annex.txt").read_text(encoding="utf-8").splitlines())
    care = f"{int(money3):,}".replace(",", ".")
    share = f"{one_decimal_rate(money3, vnum(t2rows['7'][4]))}".replace(".", ",")
    if f"là {care} triệu đồng, chiếm {share}%" not in ann:
        bad("annex: the three care sums", care, share)
    avg = f"{vnum(tot_a[7]) / vnum(tot_a[6]):.1f}".replace(".", ",")
    if f"bình quân {avg} triệu" not in ann:
        bad("annex: average per house", avg)
    print(
        f"totals add up: Biểu 1 {len(body1)} rows, annex {len(body_a)} rows, "
        f"stats {len(body_x)} rows; Biểu 2 {len(t2rows)} numbered rows, rates checked"
    )


def check_docx_structure():
    root = etree.fromstring(zipfile.ZipFile(HERE / "report.docx").read("word/document.xml"))
    body = root.find(f"{W}body")
    tbls = body.findall(f"{W}tbl")

    def shape(tbl, n):
        out = []
        for tr in tbl.findall(f"{W}tr")[:n]:
            row = []
            for tc in tr.findall(f"{W}tc"):
                pr = tc.find(f"{W}tcPr")
                gs = pr.find(f"{W}gridSpan") if pr is not None else None
                vm = pr.find(f"{W}vMerge") if pr is not None else None
                tag = ""
                if gs is not None:
                    tag += "g" + gs.get(f"{W}val")
                if vm is not None:
                    tag += "v" + (vm.get(f"{W}val") or "continue")[0]
                row.append(tag)
            hdr = tr.find(f"{W}trPr/{W}tblHeader") is not None
            out.append((tuple(row), hdr))
        return out

    want1 = [
        (("vr", "vr", "g2", "g3", "vr"), True),
        (("vc", "vc", "", "", "", "", "", "vc"), True),
    ]
    want2 = [
        (("vr", "vr", "vr", "g3", "vr"), True),
        (("vc", "vc", "vc", "", "", "", "vc"), True),
    ]
    if shape(tbls[1], 2) != want1:
        bad("Biểu 1 header merges", shape(tbls[1], 2))
    if shape(tbls[2], 2) != want2:
        bad("Biểu 2 header merges", shape(tbls[2], 2))
    # body merges: Biểu 1 "Tổng cộng" over TT + Đơn vị; Biểu 2 section rows and row 3's TT
    s1 = [x[0] for x in shape(tbls[1], 99)[2:]]
    if s1[-1][0] != "g2" or any(t for r in s1[:-1] for t in r):
        bad("Biểu 1 body merges", s1)
    s2 = [x[0] for x in shape(tbls[2], 99)[2:]]
    want_s2 = [("", "g6")] + [("",) * 7] * 2 + [("vr",) + ("",) * 6, ("vc",) + ("",) * 6]
    want_s2 += [("",) * 7, ("", "g6")] + [("",) * 7] * 5
    if s2 != want_s2:
        bad("Biểu 2 body merges", s2)
    # sections: portrait, landscape (Biểu 2 alone), portrait
    sects, current, tables_in = [], [], []
    for block in body:
        if block.tag == f"{W}tbl":
            current.append(block)
        sp = block.find(f"{W}pPr/{W}sectPr") if block.tag == f"{W}p" else None
        if block.tag == f"{W}sectPr" or sp is not None:
            sect = sp if sp is not None else block
            pg = sect.find(f"{W}pgSz")
            sects.append(pg.get(f"{W}orient") or "portrait")
            tables_in.append(current)
            current = []
    if sects != ["portrait", "landscape", "portrait"]:
        bad("sections", sects)
    elif len(tables_in[1]) != 1 or tables_in[1][0] is not tbls[2]:
        bad("Biểu 2 is not alone in the landscape section")
    print("report.docx: header merges, tblHeader and the landscape section as listed")


def check_xlsx_structure():
    ws = load_workbook(HERE / "stats.xlsx").active
    got = sorted(str(r) for r in ws.merged_cells.ranges)
    want = sorted(
        [
            "A1:D1",
            "A2:H2",
            "A3:H3",
            "A4:H4",
            "F5:H5",
            "A6:A7",
            "B6:B7",
            "H6:H7",
            "C6:E6",
            "F6:G6",
            "A17:B17",
            "E21:H21",
            "E25:H25",
        ]
    )
    if got != want:
        bad("stats.xlsx merged ranges", got)
    for r in range(8, 18):
        for col in "CDEF":
            c = ws[f"{col}{r}"]
            if c.value in (None, "-"):
                continue
            if not isinstance(c.value, int) or c.number_format != "#,##0":
                bad("stats.xlsx cell", c.coordinate, c.value, c.number_format)
        g = ws[f"G{r}"]
        if not isinstance(g.value, float) or g.number_format != "0.0":
            bad("stats.xlsx share", g.coordinate, g.value, g.number_format)
    print("stats.xlsx: merged ranges and number formats as listed")


def review(figs):
    labelled = {(r["doc"], r["sentence"]) for r in figs}
    rows = all_rows()
    for name, file in DOCS.items():
        d = f"bench/gold/heldout25/{file}"
        for s in PROSE[name]:
            if re.search(r"\d", s) and (d, s) not in labelled:
                print("  no figure:", name, "|", s[:150])
        for r in rows[name]:
            if re.search(r"\d", r) and (d, r) not in labelled:
                print("  no figure (row):", name, "|", r[:150])


def main():
    figs = [json.loads(x) for x in open(HERE / "figures.jsonl", encoding="utf-8")]
    refs = [json.loads(x) for x in open(HERE / "references.jsonl", encoding="utf-8")]
    check_records(figs, refs)
    check_sources()
    check_documents()
    check_docx_structure()
    check_xlsx_structure()
    review(figs)
    per = {}
    for r in figs:
        k = per.setdefault(r["doc"], [0, 0, 0])
        k[0] += 1
        k[1] += bool(r.get("table_row"))
        k[2] += r["kind"] == "target"
    for k, (n, t, g) in per.items():
        print(f"{k}: {n} figures, {t} table cells, {g} targets")
    print(len(figs), "figures;", len(refs), "references;", errors, "errors")
    return errors


if __name__ == "__main__":
    raise SystemExit(1 if main() else 0)
