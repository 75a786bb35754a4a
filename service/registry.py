"""Cited documents as first-class objects: every reference id in the store, who cites it,
in which sentences, and what the citing text reports next to the citation.

Built from stored records (pure functions over documents and references); the CLI and the
API only fetch and print. An ingested resolution whose own number equals a cited id is
linked to its citations ("57-NQ/TW" cited by reports, and Nghị quyết 57-NQ/TW itself).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from pydantic import BaseModel

from index.store import Numbered
from nlp.records import Document, Figure, Instrument, Reference
from nlp.references import (
    TYPE_WORDS,
    genre_from_code,
    issuer_code,
    issuer_name,
    reference_key,
    title_after,
)
from nlp.sentences import split_sentences


class Citation(BaseModel):
    """One document citing an id: where, in which sentences, and what it reports there."""

    doc_id: str
    source: str
    title: str | None
    province: str | None
    date: str | None
    kind: str
    sentences: list[str]
    spans: list[tuple[int, int]] = []  # each sentence's [start, end) in the document's text
    figures: list[Figure]  # achievements in the paragraphs that cite the id


class RegistryEntry(BaseModel):
    id: str
    type: str
    genre: str | None = None  # the kind as named: "Quy định" where type says "other"
    issuer_code: str
    issuer: str | None
    date: str | None  # the issue date, as the citing texts give it
    title: str | None  # what a citing sentence says it is about ("về …")
    document: str | None  # the stored document whose own number is this id
    # where in it, when it is one of several instruments of one file ("69-KL/TW" after NQ 57)
    document_start: int | None = None
    document_end: int | None = None
    citing_documents: int
    citations: int
    cited_by: list[Citation] = []


def same_id(a: str, b: str) -> bool:
    return reference_key(a) == reference_key(b)


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _sentence_at(text: str, offset: int) -> tuple[str, int, int]:
    """The sentence holding `offset`, with its start and end in `text`."""
    start, end = _paragraph(text, offset)
    for sentence in split_sentences(text[start:end]):
        if sentence.start <= offset - start < sentence.end:
            return sentence.text, start + sentence.start, start + sentence.end
    return text[start:end], start, end


# what a title made of a document's type and number holds besides them
_NOT_A_SUBJECT = re.compile(
    r"(?<!\w)(?:" + "|".join(map(re.escape, TYPE_WORDS)) + r"|số|ngày|tháng|năm)(?!\w)|[\d\W]+",
    re.IGNORECASE,
)


def _seen(found: dict[str, tuple[int, int]], sentence: str) -> set[str]:
    """The sentences of `found` before `sentence`, without their last marks."""
    before = list(found)[: list(found).index(sentence)]
    return {s.rstrip(".;:… ") for s in before}


def _within(sentence: str, other: str) -> bool:
    return sentence != other and sentence.rstrip(".;:… ") in other


def _says_more(title: str, number: str | None) -> bool:
    """Whether a title says more than its number ("Nghị quyết số 57-NQ/TW" does not: the
    citations' "về …" then name it better)."""
    rest = _NOT_A_SUBJECT.sub(" ", title.replace(number or "", " "))
    return len(rest.split()) >= 3


def instrument(own: Document | None, ref_id: str) -> Instrument | None:
    """The part of a stored file of several instruments that is `ref_id`, if one is."""
    if own is None:
        return None
    return next((i for i in own.instruments if i.number and same_id(i.number, ref_id)), None)


def citation(doc: Document, refs: list[Reference]) -> Citation:
    """How `doc` cites one id (`refs` are its references to it)."""
    found: dict[str, tuple[int, int]] = {}  # sentence -> its first place
    figures, paragraphs = [], []
    for ref in refs:
        sentence, start, end = _sentence_at(doc.text, ref.start)
        found.setdefault(sentence, (start, end))
        paragraph = _paragraph(doc.text, ref.start)
        if paragraph not in paragraphs:
            paragraphs.append(paragraph)
    # a sentence cut short where the id ends a line, and the whole sentence: keep the whole;
    # two lines differing only by their last mark ("…;" and "….") are one
    found = {s: span for s, span in found.items() if s.rstrip(".;:… ") not in _seen(found, s)}
    sentences = [s for s in found if not any(_within(s, other) for other in found)]
    for f in doc.figures:
        if f.kind == "achievement" and any(s <= f.start < e for s, e in paragraphs):
            figures.append(f)
    return Citation(
        doc_id=doc.id,
        source=doc.source,
        title=doc.title,
        province=doc.province,
        date=doc.date,
        kind=doc.kind,
        sentences=sentences,
        spans=[found[s] for s in sentences],
        figures=figures,
    )


def _entry(
    refs: list[Reference], fallback_id: str, own: Document | None, citing: int, title: str | None
) -> RegistryEntry:
    """An entry from the citations of one id (`refs`) and the stored document that is it."""
    part = instrument(own, fallback_id)
    # the second or a later instrument of its file: its own number, title and date
    facts = part if part is not None and part.start > 0 else own
    own_number, own_title, own_date = (
        (facts.number, facts.title, facts.date) if facts else (None, None, None)
    )
    written = refs[0].id if refs else (own_number or fallback_id)
    ref_type = next((r.type for r in refs if r.type != "other"), "other")
    # a store analysed before genres were read has none: the type, or what the code gives
    genre = next((r.genre for r in refs if r.genre and r.type == ref_type), None)
    # the stored document's own title; a citation's words after the id may be a part
    said = own_title if own_title and _says_more(own_title, own_number) else None
    return RegistryEntry(
        id=written,
        type=ref_type,
        genre=genre or (ref_type if ref_type != "other" else genre_from_code(written)),
        issuer_code=issuer_code(written),
        issuer=issuer_name(written),
        date=next((r.date for r in refs if r.date), own_date),
        title=said or title or own_title,
        document=own.id if own else None,
        document_start=part.start if part and facts is part else None,
        document_end=part.end if part and facts is part else None,
        citing_documents=citing,
        citations=len(refs),
    )


def build(
    ref_id: str, citing: Iterable[Document], own: Document | None, with_citations: bool
) -> RegistryEntry | None:
    """The entry for one id from the documents that cite it and the one that is it."""
    found: dict[str, tuple[Document, list[Reference]]] = {}
    for doc in citing:
        refs = [r for r in doc.references if same_id(r.id, ref_id)]
        if refs and doc.id != (own.id if own else None):
            found[doc.id] = (doc, refs)
    all_refs = [r for _, refs in found.values() for r in refs]
    if not all_refs and own is None:
        return None
    titles = (title_after(doc.text, r.end) for doc, refs in found.values() for r in refs)
    entry = _entry(all_refs, ref_id, own, len(found), next((t for t in titles if t), None))
    if with_citations:
        entry.cited_by = [citation(doc, refs) for doc, refs in found.values()]
    return entry


def may_be(date: str | None, refs: list[Reference]) -> bool:
    """Whether a stored document of `date` may be the one `refs` cite: unless every dated
    citation gives another year. Party numbers start again each term: "20-NQ/TW" of 2008
    is on the working class, of 2012 on science and technology."""
    years = {r.date[:4] for r in refs if r.date}
    return date is None or not years or date[:4] in years


def stored_as(
    candidates: Iterable[Numbered], citing: list[tuple[str, Reference]]
) -> Numbered | None:
    """Which stored number (of one id) the citations are of, a dated one first; `citing`
    holds (doc id, reference) pairs, and a file's citations of its own parts do not count
    (KL 69 cites the 2012 NQ 20 printed after it; a report citing the 2008 one is what
    decides)."""

    def fits(candidate: Numbered) -> bool:
        return may_be(candidate.date, [r for d, r in citing if d != candidate.doc_id])

    found = sorted((c for c in candidates if fits(c)), key=lambda c: c.date is None)
    return found[0] if found else None


def registry(
    references: Iterable[tuple[str, Reference]], stored: Iterable[Numbered]
) -> list[RegistryEntry]:
    """One entry per cited id (without its citations) from (doc id, reference) pairs;
    `stored` are the numbers the store's documents bear, to link a resolution that is in
    the store (or a part of a file holding several)."""
    by_id: dict[str, list[tuple[str, Reference]]] = defaultdict(list)
    for doc_id, ref in references:
        by_id[reference_key(ref.id)].append((doc_id, ref))
    numbers: dict[str, list[Numbered]] = defaultdict(list)
    for numbered in stored:
        numbers[reference_key(numbered.number)].append(numbered)
    entries = []
    for key, pairs in by_id.items():
        own = stored_as(numbers.get(key, []), pairs)
        # a file holding an instrument of this number cites its own part, even when the
        # citations are of another document of the number (NQ 57's file, printing the 2012
        # 20-NQ/TW, is no citer of the 2008 one)
        holders = {n.doc_id for n in numbers.get(key, []) if n.start is not None}
        citing = {d for d, _ in pairs if (own is None or d != own.doc_id) and d not in holders}
        if not citing:
            continue  # only the document's own mentions of itself
        entry = _entry([r for d, r in pairs if d in citing], key, None, len(citing), None)
        if own is not None:
            entry.document, entry.document_start, entry.document_end = (
                own.doc_id,
                own.start,
                own.end,
            )
        entries.append(entry)
    entries.sort(key=lambda e: (-e.citing_documents, e.id))
    return entries
