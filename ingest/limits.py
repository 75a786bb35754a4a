"""Limits that keep one hostile or broken file from taking the machine down.

Each can be raised through the environment for a trusted batch, e.g.
`BAOCAO_MAX_PAGES=5000 baocao ingest big.pdf`.
"""

from __future__ import annotations

import os


def _env_number(name: str, default: int | float) -> int | float:
    """The environment's value for `name`, of `default`'s type; `default` if it is none."""
    try:
        return type(default)(os.environ.get(name, default))
    except ValueError:
        return default


MAX_BYTES = 200 * 1024 * 1024
# a PDF's page count, its streams once decompressed (a "zip bomb" inflates a few kilobytes
# into gigabytes), and the pixels of one page rendered for OCR
MAX_PAGES = _env_number("BAOCAO_MAX_PAGES", 2000)
MAX_DECOMPRESSED_BYTES = _env_number("BAOCAO_MAX_DECOMPRESSED_MB", 1024) * 1024 * 1024
MAX_OCR_PIXELS = 60_000_000
# drawing objects on one page beyond which table finding is skipped (pdfplumber is slow on
# tens of thousands of paths)
MAX_PATHS_FOR_TABLES = 20_000
# the cells of one spreadsheet sheet (a formatted but empty column reaches row 1,048,576)
MAX_SHEET_CELLS = _env_number("BAOCAO_MAX_SHEET_CELLS", 5_000_000)
# the characters of one document's text: about 3,000 pages; more is a dump, not a report
# (an audit saw 50 MB of text keep a server busy past ten minutes)
MAX_TEXT_CHARS = _env_number("BAOCAO_MAX_TEXT_CHARS", 10_000_000)
# what a .docx or .xlsx (a ZIP package) may inflate to
MAX_PACKAGE_UNCOMPRESSED_BYTES = 512 * 1024 * 1024
# how long a web address's site is waited for, in seconds (ingest/fetch.py)
FETCH_TIMEOUT_SECONDS = _env_number("BAOCAO_FETCH_TIMEOUT", 30.0)


def usable_cores() -> int:
    """The cores this process may run on (its affinity, where the system tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
