"""The analysis pipeline: a RawDocument from ingest in, a contract Document out."""

from __future__ import annotations

from ingest import RawDocument

from .dates import find_periods
from .figures import tag_sentence
from .indicators import match_indicator
from .metadata import extract_metadata
from .places import find_provinces
from .records import Document, Figure, Reference, Table
from .references import find_references
from .sentences import split_sentences


def document_id(raw: RawDocument) -> str:
    return raw.content_hash[:16]


def find_figures(raw: RawDocument, province: str | None, period: str | None) -> list[Figure]:
    """Figures of a document. A sentence naming a province or period sets it for its own
    figures; a period also carries forward ("Trong nhiệm kỳ 2018-2023 …" then "… 343 đoàn
    viên ưu tú" two sentences later). A province is never guessed beyond the document's."""
    figures: list[Figure] = []
    current_period = period
    for sentence in split_sentences(raw.text):
        periods = find_periods(sentence.text)
        if periods:
            current_period = periods[0][0]
        quantities = tag_sentence(sentence.text)
        if not quantities:
            continue
        named = find_provinces(sentence.text)
        for q in quantities:
            start = sentence.start + q.start
            figures.append(
                Figure(
                    text=q.text,
                    value=q.value,
                    denominator=q.denominator,
                    unit=q.unit,
                    qualifier=q.qualifier,
                    kind=q.kind,
                    indicator=match_indicator(
                        q.subject, sentence.text[max(0, q.start - 60) : q.start]
                    ),
                    subject=q.subject,
                    province=named[0][0] if named else province,
                    period=current_period,
                    sentence=sentence.text,
                    page=raw.page_at(start),
                    start=start,
                    end=sentence.start + q.end,
                )
            )
    return figures


def analyze(raw: RawDocument) -> Document:
    """Everything baocao understands of one document."""
    meta = extract_metadata(raw.text, raw.format, raw.meta)
    references: list[Reference] = find_references(raw.text)
    return Document(
        id=document_id(raw),
        source=raw.source,
        title=meta.title,
        kind=meta.kind,
        number=meta.number,
        issuer=meta.issuer,
        province=meta.province,
        date=meta.date,
        period=meta.period,
        pages=len(raw.pages),
        text=raw.text,
        figures=find_figures(raw, meta.province, meta.period),
        references=references,
        tables=[Table(page=t.page, rows=t.rows, header=t.header) for t in raw.tables],
    )
