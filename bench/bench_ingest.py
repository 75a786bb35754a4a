"""PDF ingest speed, on one core: pages per second of pdfplumber alone against the path
ingest takes (pypdfium2 text with positions, cleaned; pdfplumber only on pages that draw
ruled tables), in one run, with the two texts compared page by page; tables per second;
OCR seconds per page and its character accuracy.

    python bench/bench_ingest.py [--rounds 3] [--no-ocr | --ocr-only | --word-only]

Scans also as an 8-page document read by one Tesseract process at a time and by one per
core (`BAOCAO_OCR_WORKERS`), in a child process on all cores.

Text PDFs: the Party and Án lệ PDFs of ../shared (when present) and a 40-page report laid
out here with fpdf2. Table PDFs: the targets table of Nghị quyết 03/NQ-CP Phụ lục I (when
../shared is present) and a 60-row table over two pages. Scans: two pages rendered from
known text at 200 dpi, the scanned gold sets heldout8 (a ruled table) and heldout20
(tables printed without rules), and heldout22's phone photos and G4 TIFF. Word files
(`--word-only` for them alone): the .docx of ../shared and bench/gold, and a generated
report with 20 tables set out with tab stops.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("OMP_NUM_THREADS", "1")
ALL_CORES = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
if ALL_CORES:
    os.sched_setaffinity(0, {sorted(ALL_CORES)[0]})

import pdfplumber  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

from ingest.pdf import read_pdf  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus" / "real"
PARAGRAPH = (
    "Năm 2024, các cấp công đoàn trong tỉnh đã phát triển mới {n}.450 đoàn viên, thành lập "
    "{n} công đoàn cơ sở; tổ chức thăm hỏi, tặng quà cho người lao động có hoàn cảnh khó khăn "
    "với tổng số tiền hơn 24,8 tỷ đồng. Ban Chấp hành Liên đoàn Lao động tỉnh đã chỉ đạo các "
    "công đoàn cơ sở phối hợp với người sử dụng lao động tổ chức đối thoại tại nơi làm việc, "
    "thương lượng, ký kết thỏa ước lao động tập thể, bảo đảm quyền, lợi ích hợp pháp, chính "
    "đáng của đoàn viên và người lao động theo Nghị quyết số 02-NQ/TW ngày 12/6/2021."
)
# sentences to vary the generated report's pages, as a real report's pages vary
SENTENCES = [
    "Công đoàn Viên chức tỉnh đã tổ chức {n} hội nghị tuyên truyền pháp luật cho đoàn viên.",
    "Tỷ lệ công đoàn cơ sở đạt vững mạnh là {n}%, vượt chỉ tiêu Đại hội đề ra.",
    "Các cấp công đoàn giới thiệu {n} đoàn viên ưu tú cho tổ chức Đảng xem xét kết nạp.",
    "Quỹ Mái ấm công đoàn hỗ trợ xây mới và sửa chữa {n} nhà cho đoàn viên khó khăn.",
    "Ban Thường vụ đã kiểm tra {n} đơn vị về việc thực hiện Điều lệ Công đoàn Việt Nam.",
    "Đã ký kết {n} thỏa ước lao động tập thể, trong đó nhiều thỏa ước có lợi hơn luật.",
]


def best_of(rounds: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def plumber_texts(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def pdfium_texts(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    texts = []
    for index in range(len(document)):
        page = document[index]
        textpage = page.get_textpage()
        texts.append(textpage.get_text_range())
        textpage.close()
        page.close()
    document.close()
    return texts


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", unicodedata.normalize("NFC", text).lower()))


def font_path() -> Path | None:
    from tests.test_pdf import find_font

    return find_font()


def generated_report(pages: int = 40) -> bytes | None:
    font = font_path()
    if font is None:
        return None
    from tests.test_pdf import new_pdf, pdf_bytes, write

    pdf = new_pdf(font, size=12)
    for number in range(1, pages + 1):
        pdf.add_page()
        write(pdf, f"BÁO CÁO TỔNG KẾT CÔNG TÁC CÔNG ĐOÀN - MỤC {number}")
        for n in range(3 + number % 3):
            picked = [SENTENCES[(number * 7 + n * 3 + k) % len(SENTENCES)] for k in range(4)]
            text = " ".join(s.format(n=number * 10 + n + k) for k, s in enumerate(picked))
            pdf.multi_cell(0, 7, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    return pdf_bytes(pdf)


def text_benchmark(rounds: int) -> None:
    sources: list[tuple[str, bytes]] = []
    for folder in ("party_pdf", "anle_pdf"):
        for path in sorted((SHARED / folder).glob("*.pdf")):
            sources.append((path.name, path.read_bytes()))
    report = generated_report()
    if report is not None:
        sources.append(("generated 40-page report (fpdf2)", report))
    print("\n## Text PDFs: pdfplumber alone vs the chosen path (pypdfium2 + cleaning)")
    print(
        f"{'document':44} {'pages':>5} {'plumber p/s':>11} {'pdfium p/s':>10} "
        f"{'ingest p/s':>10} {'speed-up':>8} {'same text':>9} {'same words':>10}"
    )
    total_pages = total_plumber = total_ingest = total_pdfium = 0.0
    identical = same_words = 0
    lost_words: Counter[str] = Counter()
    for name, data in sources:
        plumber = plumber_texts(data)
        fast = pdfium_texts(data)
        pages = len(plumber)
        t_plumber = best_of(rounds, lambda d=data: plumber_texts(d))
        t_pdfium = best_of(rounds, lambda d=data: pdfium_texts(d))
        t_ingest = best_of(rounds, lambda d=data: read_pdf(d))
        same = sum(flat(a) == flat(b) for a, b in zip(plumber, fast, strict=True))
        same_bag = sum(words(a) == words(b) for a, b in zip(plumber, fast, strict=True))
        ingested = read_pdf(data)
        for mine, theirs in zip(ingested.pages, plumber, strict=True):
            lost_words += words(theirs) - words(mine)
        identical += same
        same_words += same_bag
        total_pages += pages
        total_plumber += t_plumber
        total_pdfium += t_pdfium
        total_ingest += t_ingest
        print(
            f"{name[:44]:44} {pages:5d} {pages / t_plumber:11.1f} {pages / t_pdfium:10.1f} "
            f"{pages / t_ingest:10.1f} {t_plumber / t_ingest:7.1f}x {same:4d}/{pages:<4d} "
            f"{same_bag:5d}/{pages:<4d}"
        )
    print(
        f"{'all':44} {int(total_pages):5d} {total_pages / total_plumber:11.1f} "
        f"{total_pages / total_pdfium:10.1f} {total_pages / total_ingest:10.1f} "
        f"{total_plumber / total_ingest:7.1f}x"
    )
    print(
        f"pages whose text is identical after NFC and whitespace folding: "
        f"{identical / total_pages:.0%}; with the same words (order aside): "
        f"{same_words / total_pages:.0%}"
    )
    print(
        f"words pdfplumber sees that the ingested text lacks: {sum(lost_words.values())} "
        f"({', '.join(f'{w!r}×{c}' for w, c in lost_words.most_common(8)) or 'none'}) "
        "- page numbers and rules dropped as furniture"
    )


def table_pdfs() -> list[tuple[str, bytes]]:
    font = font_path()
    if font is None:
        return []
    from tests.test_pdf import NQ03_PL1, markdown_rows, new_pdf, pdf_bytes

    made = []
    source = SHARED.parent.parent / NQ03_PL1
    if source.is_file():
        pdf = new_pdf(font, size=8)
        pdf.add_page()
        with pdf.table(col_widths=(10, 70, 25, 45, 40), text_align="LEFT") as table:
            for cells in markdown_rows(source):
                row = table.row()
                for cell in cells:
                    row.cell(cell)
        made.append(("NQ 03/NQ-CP Phụ lục I (59 rows)", pdf_bytes(pdf)))
    pdf = new_pdf(font)
    pdf.add_page()
    with pdf.table(col_widths=(15, 60, 30)) as table:
        header = table.row()
        for cell in ("STT", "Đơn vị", "Số đoàn viên"):
            header.cell(cell)
        for number in range(1, 61):
            row = table.row()
            for cell in (str(number), f"Công đoàn cơ sở số {number}", str(number * 10)):
                row.cell(cell)
    made.append(("60-row table over 2 pages", pdf_bytes(pdf)))
    return made


def table_benchmark(rounds: int) -> None:
    print("\n## Tables (pdfplumber on the pages that draw lines; pieces joined across pages)")
    for name, data in table_pdfs():
        pages = len(pdfium.PdfDocument(data))
        seconds = best_of(rounds, lambda d=data: read_pdf(d))
        result = read_pdf(data)
        pieces = pages  # one piece of the table per page
        rows = sum(len(t.rows) for t in result.tables)
        print(
            f"{name}: {pages} pages, {pieces} table pieces -> {len(result.tables)} table(s), "
            f"{rows} rows; {seconds:.2f} s: {pieces / seconds:.1f} table pieces/s, "
            f"{rows / seconds:.0f} rows/s"
        )


def timed_tables(pdf: Path) -> tuple[list, float]:
    """The tables read from a PDF file, and the seconds reading it took."""
    start = time.perf_counter()
    tables = read_pdf(pdf.read_bytes()).tables
    return tables, time.perf_counter() - start


def ocr_benchmark() -> None:
    from ingest.tesseract import OcrUnavailable, tesseract

    print("\n## OCR (Tesseract vie, 300 dpi, OMP_THREAD_LIMIT=1)")
    try:
        tesseract()
    except OcrUnavailable as error:
        print(f"skipped: {error}")
        return
    font = font_path()
    if font is None:
        print("skipped: no DejaVuSans.ttf to lay out the pages")
        return
    from tests.test_ocr import KNOWN_TEXT, character_error_rate, scanned_pdf

    scans = [scanned_pdf(font, KNOWN_TEXT), scanned_pdf(font, PARAGRAPH.format(n=3))]
    start = time.perf_counter()
    texts = [read_pdf(scan).pages[0] for scan in scans]
    seconds = (time.perf_counter() - start) / len(scans)
    accuracy = [
        1 - character_error_rate(reference, text)
        for reference, text in zip((KNOWN_TEXT, PARAGRAPH.format(n=3)), texts, strict=True)
    ]
    print(
        f"{len(scans)} pages: {seconds:.2f} s/page; character accuracy (1 - CER): "
        + ", ".join(f"{a:.1%}" for a in accuracy)
    )
    # a scanned report with a ruled table: the cost of finding tables in each page image
    # (paid by every scanned page), and of reading the whole file with its table
    from ingest.ocr import image_pixels, page_image
    from ingest.scantables import find_tables

    report = ROOT / "bench" / "gold" / "heldout8" / "scan.pdf"
    document = pdfium.PdfDocument(report.read_bytes())
    images = [image_pixels(page_image(document[i]).data) for i in range(len(document))]
    start = time.perf_counter()
    found = [find_tables(image) for image in images]
    seconds = (time.perf_counter() - start) / len(images)
    tables, whole = timed_tables(report)
    print(
        f"finding ruled tables in a scanned page (heldout8, {len(images)} pages, "
        f"{sum(map(len, found))} table): {seconds:.3f} s/page; the file read with its table "
        f"({sum(len(t.rows) for t in tables)} rows): {whole:.2f} s"
    )
    # a scanned report whose tables are printed without rules: found from Tesseract's
    # words and read cell by cell (scan_unruled.py), a second Tesseract run on its pages
    report = ROOT / "bench" / "gold" / "heldout20" / "scan.pdf"
    pages = len(pdfium.PdfDocument(report.read_bytes()))
    tables, whole = timed_tables(report)
    print(
        f"a scan with tables printed without rules (heldout20, {pages} pages): {whole:.2f} s, "
        f"{whole / pages:.2f} s/page, {len(tables)} tables of "
        f"{sum(len(t.rows) for t in tables)} rows"
    )
    # phone photos of pages (heldout22): the page found, straightened and its light evened
    # out (photo.py), then the whole file read as a scan is
    import numpy as np
    from PIL import Image, ImageOps

    from ingest import read_file
    from ingest.photo import prepare

    photo = ROOT / "bench" / "gold" / "heldout22" / "notice.jpg"
    grey = np.asarray(ImageOps.exif_transpose(Image.open(photo)).convert("L"))
    start = time.perf_counter()
    prepare(grey, 300.0)
    straightening = time.perf_counter() - start
    for name in ("notice.jpg", "report.pdf", "scan.tif"):
        path = ROOT / "bench" / "gold" / "heldout22" / name
        start = time.perf_counter()
        pages = len(read_file(path).pages)
        whole = time.perf_counter() - start
        print(f"heldout22 {name} ({pages} pages): {whole:.2f} s, {whole / pages:.2f} s/page")
    print(f"finding and straightening a 12 MP photo's page (notice.jpg): {straightening:.2f} s")
    # what every scanned page pays to be told from a photo (heldout20's pages, no photo)
    from ingest.photo import find_page

    scan = pdfium.PdfDocument((ROOT / "bench" / "gold" / "heldout20" / "scan.pdf").read_bytes())
    images = [image_pixels(page_image(scan[i]).data) for i in range(len(scan))]
    start = time.perf_counter()
    assert all(find_page(image) is None for image in images)
    asking = (time.perf_counter() - start) / len(images)
    print(f"telling a scanned page from a photo (heldout20): {asking:.3f} s/page")
    # a scanned document: its pages read one at a time, then side by side, each in a fresh
    # process like `baocao ingest`, given back every core (this one is pinned to one)
    from tests.test_ocr import scanned_pages

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scan.pdf"
        path.write_bytes(scanned_pages(font, [PARAGRAPH.format(n=n) for n in range(1, 9)]))
        reader = (
            "import sys, time; from ingest import read_file; t = time.perf_counter(); "
            "pages = len(read_file(sys.argv[1]).pages); print(pages, time.perf_counter() - t)"
        )
        # this process is pinned to one core, so the child's default is counted from ALL_CORES
        cores = len(ALL_CORES) if ALL_CORES else (os.cpu_count() or 1)
        for workers in sorted({"1", str(cores)}):
            env = {**os.environ, "BAOCAO_OCR_WORKERS": workers, "PYTHONPATH": str(ROOT)}
            done = subprocess.run(
                [sys.executable, "-c", reader, str(path)],
                preexec_fn=(lambda: os.sched_setaffinity(0, ALL_CORES)) if ALL_CORES else None,
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            pages, seconds = done.stdout.split()
            print(
                f"a {pages}-page scan, {workers} Tesseract process(es) at once: "
                f"{float(seconds):.1f} s, {float(seconds) / int(pages):.2f} s/page"
            )


def generated_word_report(sections: int = 20) -> bytes:
    """A report of `sections` sections, each a paragraph of prose and a table of plans and
    results set out with tab stops (no Word table), as many offices type them."""
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT as ALIGN
    from docx.shared import Cm

    stops = [(1.0, ALIGN.LEFT), (8.5, ALIGN.CENTER), (11.0, ALIGN.RIGHT), (13.3, ALIGN.RIGHT),
             (15.3, ALIGN.DECIMAL)]  # fmt: skip
    document = docx.Document()
    for n in range(1, sections + 1):
        document.add_paragraph(PARAGRAPH.format(n=n))
        rows = ["TT\tChỉ tiêu\tĐơn vị\tKế hoạch\tThực hiện\tTỷ lệ (%)"] + [
            f"{i}\tKết nạp đoàn viên mới khu vực {i}\tNgười\t{n}.{i}00\t{n}.{i}50\t10{i},5"
            for i in range(1, 9)
        ]
        for row in rows:
            paragraph = document.add_paragraph(row)
            for position, align in stops:
                paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(position), align)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def word_benchmark(rounds: int) -> None:
    """Word files: the .docx of ../shared and of the gold sets, and a generated report whose
    tables are set out with tabs (laid out at their stops, ingest/tabstops.py)."""
    from ingest.readers import read_word

    paths = sorted(SHARED.glob("**/*.docx")) + sorted((ROOT / "bench" / "gold").glob("**/*.docx"))
    files = [(path.name, path.read_bytes()) for path in paths]
    seconds = best_of(rounds, lambda: [read_word(data) for _, data in files])
    print(f"{len(files)} .docx files of ../shared and bench/gold: {seconds:.3f} s, "
          f"{1000 * seconds / max(len(files), 1):.1f} ms per file")  # fmt: skip
    report = generated_word_report()
    tables = len(read_word(report).tables)
    seconds = best_of(rounds, lambda: read_word(report))
    print(f"a generated report, 20 sections with {tables} tables set out with tabs "
          f"(180 rows): {1000 * seconds:.1f} ms")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-ocr", action="store_true")
    parser.add_argument("--word-only", action="store_true", help="only the .docx files")
    parser.add_argument("--ocr-only", action="store_true", help="only the scans")
    args = parser.parse_args()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"# python bench/bench_ingest.py --rounds {args.rounds}  "
        f"({platform.platform()}, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, 1 used, Python {platform.python_version()}, "
        f"pdfplumber {pdfplumber.__version__}, pypdfium2 {pdfium.PYPDFIUM_INFO}, "
        f"load average {load:.2f})"
    )
    if args.ocr_only:
        ocr_benchmark()
        return
    word_benchmark(args.rounds)
    if args.word_only:
        return
    text_benchmark(args.rounds)
    table_benchmark(args.rounds)
    if not args.no_ocr:
        ocr_benchmark()


if __name__ == "__main__":
    main()
