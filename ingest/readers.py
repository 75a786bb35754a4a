"""One reader per format: bytes in, cleaned text (and pages, tables) out."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from configparser import ConfigParser
from functools import cache
from pathlib import Path

from .clean import clean_text
from .docx import pasted_pictures, read_docx
from .errors import UnreadableFile
from .images import read_image_file, read_pasted_pages
from .legacy import fix_legacy, is_syllable
from .pdf import read_pdf
from .records import Extracted, Page, RawTable
from .sniff import sniff, wrong_kind
from .story_parts import completed, story_parts
from .tables import grid_of, is_pipe_rule, split_pipe_row
from .tsv import tab_tables
from .webpage import prepared
from .xls import read_xls
from .xlsx import read_xlsx

__all__ = ["READERS", "Extracted", "UnreadableFile", "assemble", "format_of"]

# a text file is taken as Latin-1 bytes of TCVN3 or VNI when at least this share of its
# non-ASCII lines decode to Vietnamese
LEGACY_TEXT_SHARE = 0.5
# ... (or as Windows-1258) when this share of its words with marks are Vietnamese syllables
VIETNAMESE_WORD_SHARE = 0.8
_PUNCTUATION = ".,;:!?()[]{}\"'“”‘’…-–—/%"


def _decode(data: bytes) -> str:
    wrong = wrong_kind(data, ("text", "html"))
    if wrong:
        raise UnreadableFile(f"not a text file ({wrong})")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # any even number of bytes decodes as UTF-16: "Báo cáo" in Windows-1258 came out as
    # CJK. Only a byte-order mark or the zero bytes of ASCII letters say it is UTF-16
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data.count(0) >= len(data) // 4:
        # without its mark, the zeros of ASCII letters say the byte order ("N\0" is little)
        order = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else _utf16_order(data)
        try:
            return data.decode(order)
        except UnicodeDecodeError:
            pass
    # Windows' own Vietnamese code page first: TCVN3 or VNI bytes read as cp1258 are no
    # Vietnamese syllables ("b¸o c¸o", "Ngöôøi"), while cp1258 read as TCVN3 half is
    windows = _windows_vietnamese(data)
    if windows is not None:
        return windows
    # a file typed in a .VnTime or VNI font and saved as plain text: Latin-1 bytes
    latin = data.decode("latin-1")
    lines = [line for line in latin.split("\n") if not line.isascii()]
    fixed = fix_legacy(latin)
    changed = sum(a != b for a, b in zip(latin.split("\n"), fixed.split("\n"), strict=True))
    # ... and then reads as Vietnamese: French "café" changes too, into "cafộ"
    if lines and changed >= LEGACY_TEXT_SHARE * len(lines) and _reads_vietnamese(fixed):
        return fixed
    raise UnreadableFile("not UTF-8 or UTF-16 text (nor TCVN3, VNI or Windows-1258)")


def _utf16_order(data: bytes) -> str:
    head = data[:4096]
    return "utf-16-le" if head[1::2].count(0) >= head[0::2].count(0) else "utf-16-be"


def _windows_vietnamese(data: bytes) -> str | None:
    """Text saved in Windows' Vietnamese code page (cp1258, tones as combining marks), when
    its words with marks read as Vietnamese syllables; None otherwise.

    >>> _windows_vietnamese(b"B\\xe1o c\\xe1o ti\\xccnh hi\\xccnh c\\xf4ng \\xf0o\\xe0n")
    'Báo cáo tình hình công đoàn'
    """
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    return text if _reads_vietnamese(text) else None


def _reads_vietnamese(text: str) -> bool:
    """Whether most words with marks are Vietnamese syllables ("tình", not "cafộ")."""
    marked = [w.strip(_PUNCTUATION) for w in text.split() if not w.isascii()]
    marked = [w for w in marked if w]
    read = sum(is_syllable(w, check_case=False) for w in marked)
    return bool(marked) and read >= VIETNAMESE_WORD_SHARE * len(marked)


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w))")
_MD_RULE = re.compile(r"^\s*([-*_]\s*){3,}$")
# backslash escapes ("16 \- 18%", "4\.", "R\&D"); an escaped pipe stays escaped in a table row
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!&<>~|])")
_MD_ESCAPE_IN_ROW = re.compile(r"\\([\\`*_{}\[\]()#+\-.!&<>~])")


def read_text(data: bytes) -> Extracted:
    if sniff(data) == "html":
        # a web page saved under a .txt name: its markup, menus and comments are no text
        return read_html(data)
    text, tables = tab_tables(_decode(data))
    return Extracted(pages=[clean_text(text)], tables=tables)


def _markdown_table(rows: list[str], declared: bool) -> RawTable:
    grid = grid_of([[_MD_EMPHASIS.sub("", c).strip() for c in split_pipe_row(r)] for r in rows])
    if declared and grid.n_rows >= 2:
        return RawTable(None, grid.text[1:], grid.text[0])
    return RawTable(None, grid.text, None)


def read_markdown(data: bytes) -> Extracted:
    """Markdown as plain text: markup dropped, table rows kept as "a | b | c" lines, and
    each pipe table also as a RawTable (its header is the row above the |---| rule)."""
    lines: list[str] = []
    tables: list[RawTable] = []
    table_rows: list[str] = []
    declared = False

    def close_table() -> None:
        nonlocal declared
        if table_rows:
            tables.append(_markdown_table(table_rows, declared))
        table_rows.clear()
        declared = False

    for line in _decode(data).splitlines():
        if is_pipe_rule(line):
            declared = declared or len(table_rows) == 1
            lines.append("")
            continue
        if line.strip().startswith("|"):
            table_rows.append(line)
            line = _MD_ESCAPE_IN_ROW.sub(r"\1", _MD_EMPHASIS.sub("", line))
            # a table row stands alone: keep it off its neighbours' paragraphs
            lines.extend(["", line.strip().strip("|").strip(), ""])
            continue
        close_table()
        if _MD_RULE.match(line):
            lines.append("")
            continue
        line = _MD_HEADING.sub("", line)
        lines.append(_MD_ESCAPE.sub(r"\1", _MD_EMPHASIS.sub("", line)))
    close_table()
    return Extracted(pages=[clean_text("\n".join(lines))], tables=tables)


# trafilatura takes its main extraction only past 250 characters, else falls back to
# cruder extractors that gather the sidebar: a one-sentence news item ("tin") took in the
# eight teasers of "Tin cùng chuyên mục" and their figures, filed under its province
MIN_ARTICLE_CHARS = 50


@cache
def _trafilatura_config() -> ConfigParser:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_ARTICLE_CHARS))
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "10")
    return config


def read_html(data: bytes) -> Extracted:
    """Main content by trafilatura (boilerplate removed), then our furniture rules."""
    import trafilatura

    html = _decode(data)
    page = prepared(html)
    body = trafilatura.extract(
        page,
        include_tables=True,
        include_comments=False,
        favor_recall=True,
        output_format="txt",
        config=_trafilatura_config(),
    )
    if not body:
        raise UnreadableFile("no article text found in the HTML")
    text = clean_text(completed(body, story_parts(page)))
    meta: dict[str, str | None] = {}
    metadata = trafilatura.extract_metadata(page)
    if metadata is not None:
        meta = {"title": metadata.title, "date": metadata.date, "url": metadata.url}
        # the publisher a page names itself ("Báo Lao Động"), not a host name trafilatura
        # falls back to ("congdoandaklak.org.vn")
        site = metadata.sitename
        if site and site != metadata.hostname and not re.fullmatch(r"[\w.-]+\.\w+", site):
            meta["issuer"] = site
    meta = {k: v for k, v in meta.items() if v}
    return Extracted(pages=[text], tables=_framed_tables(text), meta=meta)


def _framed_tables(text: str) -> list[RawTable]:
    """The tables of an extracted page: runs of "| a | b |" lines (trafilatura writes a
    story's <table> so), a first row of one cell (its <caption>) left out of the header.

    >>> [t.header for t in _framed_tables("| Kết quả |  |\\n| Đơn vị | Suất quà |\\n| A | 5 |")]
    [['Đơn vị', 'Suất quà']]
    """
    tables: list[RawTable] = []
    block: list[list[str]] = []
    for line in [*text.split("\n"), ""]:
        stripped = line.strip()
        if len(stripped) > 1 and stripped[0] == "|" and stripped[-1] == "|":
            block.append(split_pipe_row(stripped))
            continue
        while len(block) > 2 and sum(1 for cell in block[0] if cell) == 1:
            block = block[1:]  # a caption
        if len(block) >= 2:
            grid = grid_of(block)
            tables.append(RawTable(None, grid.text[1:], grid.text[0]))
        block = []
    return tables


def read_word(data: bytes) -> Extracted:
    """A .docx: paragraphs and tables (docx.py), then the common clean-up; one with no text
    but pictures (scans or photos of pages pasted into Word) is read by OCR, a page a
    picture."""
    extracted = read_docx(data)
    extracted.pages = [clean_text(page) for page in extracted.pages]
    if not any(page.strip() for page in extracted.pages):
        pictures = pasted_pictures(data)
        if pictures:
            return read_pasted_pages(pictures)
    return extracted


def read_doc(data: bytes) -> Extracted:
    """Legacy .doc through antiword (Debian package `antiword`)."""
    wrong = wrong_kind(data, ("ole",))
    if wrong:
        raise UnreadableFile(f"not a readable .doc ({wrong})")
    antiword = shutil.which("antiword")
    if antiword is None:
        raise UnreadableFile(".doc needs antiword (apt install antiword)")
    try:
        result = subprocess.run(
            [antiword, "-w", "0", "-m", "UTF-8.txt", "-"],
            input=data,
            capture_output=True,
            timeout=120,
        )
    except subprocess.TimeoutExpired as error:
        raise UnreadableFile("antiword took longer than 120 s") from error
    if result.returncode != 0:
        # antiword reads stdin, which it calls "-": "- is not a Word Document."
        said = result.stderr.decode(errors="replace").strip().rstrip(".")
        said = said.replace("- is ", "it is ", 1)
        raise UnreadableFile(
            f"antiword cannot read it ({said}): open it in Word or LibreOffice and save it as .docx"
        )
    # antiword keeps a paragraph's tabs: a table set out with them is read as one (tsv.py)
    text, tables = tab_tables(result.stdout.decode("utf-8", errors="replace"))
    return Extracted(pages=[clean_text(text)], tables=tables)


READERS: dict[str, Callable[[bytes], Extracted]] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_word,
    ".doc": read_doc,
    ".xls": read_xls,
    ".xlsx": read_xlsx,
    # scans and photos of pages, read by OCR (images.py)
    ".jpg": read_image_file,
    ".jpeg": read_image_file,
    ".png": read_image_file,
    ".tif": read_image_file,
    ".tiff": read_image_file,
    ".bmp": read_image_file,
    ".webp": read_image_file,
}


def assemble(pages: list[str]) -> tuple[str, list[Page]]:
    r"""Join page texts with a blank line, remembering each page's span; a sentence a page
    break cuts ("… theo quy định của Bộ" / "luật Lao động số 45/2019/QH14 …") is joined by
    a space, so that it stays one sentence.

    >>> assemble(["Toàn tỉnh có", "1.027 bản.", "Hết.", "Trang mới"])[0]
    'Toàn tỉnh có\n\n1.027 bản.\n\nHết.\n\nTrang mới'
    >>> text, spans = assemble(["… theo quy định của Bộ", "luật Lao động."])
    >>> text, [(p.start, p.end) for p in spans]
    ('… theo quy định của Bộ luật Lao động.', [(0, 22), (23, 37)])
    """
    parts: list[str] = []
    spans: list[Page] = []
    offset = 0
    for number, page_text in enumerate(pages, start=1):
        if parts:
            separator = " " if _runs_on(parts[-1], page_text) else "\n\n"
            parts.append(separator)
            offset += len(separator)
        parts.append(page_text)
        spans.append(Page(number, offset, offset + len(page_text)))
        offset += len(page_text)
    return "".join(parts), spans


_LAST_LINE_ENDS = re.compile(r"[^\W\d_],?$")  # a word, maybe a comma: no full stop, colon
_FIRST_LINE_STARTS = re.compile(r"[^\W\d_]")


def _runs_on(before: str, after: str) -> bool:
    """Whether a sentence runs on from the end of one page into the next: the page ends in
    a word, not a stop, a colon or a table row, and the next starts with a small letter."""
    last = before.rstrip().rsplit("\n", 1)[-1]
    first = after.lstrip()
    return (
        bool(last)
        and "|" not in last
        and _LAST_LINE_ENDS.search(last) is not None
        and _FIRST_LINE_STARTS.match(first) is not None
        and first[0].islower()
        and before == before.rstrip()
        and after == after.lstrip()
    )


def format_of(path: Path) -> str:
    return path.suffix.lower()
