"""What ingest read of a file, kept beside its analysis so that a newer baocao can analyse
the document again without the file (moved, deleted, a web page since edited or gone) and
without reading it again (a scan is not OCRed twice).

The text and tables are already in the stored Document; the reading adds what the analysis
also uses and the Document does not hold: the format, the pages' spans, the metadata given
from outside (a sidecar's title, a web page's date and site) and the warnings.
"""

from __future__ import annotations

import json

from ingest import Page, RawDocument, RawTable
from nlp.records import Document

# bumped when the reading's fields change meaning; a reading of another version is not used
READING_VERSION = 1


def kept_reading(raw: RawDocument) -> str:
    """The JSON kept of `raw` beside its Document (no text, no tables: the Document has them)."""
    return json.dumps(
        {
            "version": READING_VERSION,
            "format": raw.format,
            "paginated": raw.paginated,
            "pages": [[p.number, p.start, p.end] for p in raw.pages],
            "meta": raw.meta,
            "warnings": raw.warnings,
        },
        ensure_ascii=False,
    )


def restored(doc: Document, reading: str, content_hash: str) -> RawDocument | None:
    """The RawDocument ingest made of the file, from its Document and kept reading; None when
    the reading is of another version (or not one at all)."""
    try:
        kept = json.loads(reading)
    except ValueError:
        return None
    if not isinstance(kept, dict) or kept.get("version") != READING_VERSION:
        return None
    return RawDocument(
        source=doc.source,
        text=doc.text,
        format=kept["format"],
        content_hash=content_hash,
        pages=[Page(number, start, end) for number, start, end in kept["pages"]],
        paginated=kept["paginated"],
        tables=[RawTable(t.page, t.rows, t.header) for t in doc.tables],
        meta=kept["meta"],
        warnings=kept["warnings"],
        unread_pages=list(doc.unread_pages),
    )
