"""Figures and documents as flat rows, for JSON lists and CSV files, and CSV made ready for
Excel."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from typing import Any

from index.store import SUMMARY_FIELDS
from nlp.records import Figure

from .check import Checked
from .compare import CompareRow

CSV_COLUMNS = [
    "doc_id",
    "source",
    "province",
    "period",
    "indicator",
    "subject",
    "value",
    "denominator",
    "unit",
    "qualifier",
    "kind",
    "text",
    "page",
    "start",
    "end",
    "sentence",
    "organisation",  # added after the first release: new columns go last
    "months",
    "since",
]


def figure_rows(found: list[tuple[str, str, Figure]]) -> list[dict[str, Any]]:
    """Each stored figure with the document it comes from."""
    return [
        {"doc_id": doc_id, "source": source, **figure.model_dump()}
        for doc_id, source, figure in found
    ]


def figures_csv(found: list[tuple[str, str, Figure]]) -> str:
    return rows_csv(figure_rows(found), CSV_COLUMNS)


def documents_csv(documents: list[dict[str, Any]]) -> str:
    """The stored documents' summaries (`Store.documents`), one row each."""
    return rows_csv(documents, SUMMARY_FIELDS)


def rows_csv(rows: list[dict[str, Any]], columns: Sequence[str]) -> str:
    """CSV of `rows` in `columns`; a whole number is written without ".0" (96400000000,
    not 96400000000.0)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows({k: _plain(v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def _plain(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


# a text cell Excel would take for a formula: "+ quốc doanh trung ương" showed as #NAME?
_FORMULA_START = ("=", "+", "-", "@")


def for_excel(text: str) -> str:
    r"""CSV that Excel opens as it is: a byte-order mark, without which Excel on Windows
    reads UTF-8 as its ANSI code page ("CÃ´ng Ä‘oÃ n"), and text cells that start like a
    formula kept as text with a leading apostrophe; numbers ("-5", "40,36") stay numbers.

    >>> for_excel("subject,value\n+ quốc doanh,-5\n").splitlines()
    ['\ufeffsubject,value', "'+ quốc doanh,-5"]
    >>> for_excel("period,months\n2025,01-09\n").splitlines()[1]
    "2025,'01-09"
    """
    out = io.StringIO()
    writer = csv.writer(out)
    for row in csv.reader(io.StringIO(text)):
        writer.writerow([_as_text(cell) for cell in row])
    return "\ufeff" + out.getvalue()


def _as_text(cell: str) -> str:
    if cell.startswith(_FORMULA_START) and not _is_number(cell):
        return "'" + cell
    if _MONTHS.fullmatch(cell):
        return "'" + cell  # months "01-09", which Excel would read as the date 1 September
    return cell


_MONTHS = re.compile(r"\d{2}-\d{2}")


def _is_number(cell: str) -> bool:
    try:
        float(cell.replace(",", "."))
    except ValueError:
        return False
    return True


CHECK_COLUMNS = [
    "verdict",
    "text",
    "value",
    "denominator",
    "unit",
    "qualifier",
    "kind",
    "indicator",
    "subject",
    "province",
    "period",
    "months",
    "organisation",
    "page",
    "start",
    "end",
    "sentence",
    "missing",
    "agreeing",
    "agreeing_values",
    "disputing",
    "disputing_values",
    "also_in",
    "others_total",
]


def checked_csv(result: Checked) -> str:
    """One row per figure of a checked text: the figure, its verdict, and the stored rows
    agreeing and disputing, each as "doc_id:start" (compare's `key`) and as written ("hơn
    3.120 (2023)")."""

    def written(rows: list[CompareRow]) -> str:
        return " | ".join(f"{row.text} ({row.period or '-'})" for row in rows)

    return rows_csv(
        [
            {
                **checked.figure.model_dump(),
                "verdict": checked.verdict,
                "missing": " ".join(checked.missing),
                "agreeing": " ".join(row.key for row in checked.agreeing),
                "agreeing_values": written(checked.agreeing),
                "disputing": " ".join(row.key for row in checked.disputing),
                "disputing_values": written(checked.disputing),
                "also_in": " ".join(checked.also_in),
                "others_total": checked.others_total,
            }
            for checked in result.figures
        ],
        CHECK_COLUMNS,
    )
