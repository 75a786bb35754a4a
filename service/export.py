"""Figures as flat rows, for JSON lists and CSV files."""

from __future__ import annotations

import csv
import io
from typing import Any

from nlp.records import Figure

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
]


def figure_rows(found: list[tuple[str, str, Figure]]) -> list[dict[str, Any]]:
    """Each stored figure with the document it comes from."""
    return [
        {"doc_id": doc_id, "source": source, **figure.model_dump()}
        for doc_id, source, figure in found
    ]


def figures_csv(found: list[tuple[str, str, Figure]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(figure_rows(found))
    return out.getvalue()
