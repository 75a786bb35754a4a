"""What the CLI and the API ask of a store beyond search: comparisons and the registry of
cited documents. Fetching happens here; the logic is in service.compare and
service.registry."""

from __future__ import annotations

import csv
import heapq
import io
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from index.library import Library
from index.records import Hit
from nlp.indicators import catalogue, resolve_indicator
from nlp.places import renamed, spellings
from nlp.records import Document, Figure
from nlp.references import normalize_id, reference_key

from .check import SHOWN, Checked, check_figure, checked, distance
from .compare import CSV_COLUMNS, Claim, Comparison, compare
from .export import rows_csv
from .goals import CSV_COLUMNS as GOAL_COLUMNS
from .goals import (
    STATUSES,
    Goal,
    Goals,
    csv_records,
    cursor_group,
    group_cursor,
    group_order,
    track,
)
from .registry import RegistryEntry, build, registry, same_id, stored_as


class UnknownIndicator(ValueError):
    pass


class UnknownDocument(LookupError):
    pass


Scope = tuple[str, tuple[int, int] | None]


def document_for(library: Library, spec: str) -> Scope:
    """The stored document a search is kept to, and the part of it when `spec` numbers one
    of several instruments in one file ("69-KL/TW" in NQ 57's file): by its id, or by a
    number in any spelling ("57-NQ/TW", "số 57- nq/tw"). UnknownDocument when none or
    several match."""
    spec = spec.strip()
    if library.store.document_rows({spec}):  # its summary row, not its whole record
        return spec, None
    wanted = reference_key(spec)
    found = {
        n.doc_id: (n.start, n.end) if n.start is not None and n.end is not None else None
        for n in library.store.numbered()
        if reference_key(n.number) == wanted
    }
    if not found:
        raise UnknownDocument(f"no stored document has the id or number {spec!r}")
    if len(found) > 1:
        raise UnknownDocument(
            f"{spec!r} is the number of {len(found)} documents: {', '.join(sorted(found))};"
            " give one id"
        )
    return next(iter(found.items()))


@dataclass(frozen=True)
class Found:
    """A search's hits with what the CLI and the API print beside each."""

    hits: list[Hit]
    cited_by: list[list[str]]  # for each hit, the stored documents citing its own number
    searched_as: str | None  # the query as read, when that differs (marks restored)


def run_search(
    library: Library,
    query: str,
    k: int,
    province: str | None = None,
    kind: str | None = None,
    year: int | None = None,
    cites: str | None = None,
    doc: str | None = None,
) -> Found:
    """A search as users ask it: `doc` by id or number (UnknownDocument when it names none
    or several)."""
    doc_id, within = document_for(library, doc) if doc is not None else (None, None)
    hits = library.search(
        query,
        k=k,
        province=province,
        kind=kind,
        year=year,
        doc_id=doc_id,
        cites=cites,
        within=within,
    )
    cited_by = [
        citing_documents(library, number, hit.doc_id)
        for hit, number in zip(hits, hit_numbers(library, hits), strict=True)
    ]
    reading = library.reading(query)
    return Found(hits, cited_by, reading if reading != query else None)


def indicator_id(text: str) -> str:
    """A catalogue id for an id or free text, or UnknownIndicator naming the known ids."""
    found = resolve_indicator(text)
    if found is None:
        raise UnknownIndicator(f"no indicator matches {text!r}; known ids: {_known_ids()}")
    return found


def _known_ids() -> str:
    return ", ".join(i.id for i in catalogue())


def comparison(
    library: Library,
    indicator: str,
    provinces: list[str] | None = None,
    after_merger: bool = False,
    kind: str | None = None,
    year: int | None = None,
) -> Comparison:
    """Rows for a catalogue indicator (an id or words that name one); failing that, for the
    figures whose subject holds the words ("tổng thu NSNN": a column of a province table
    that no indicator of the catalogue counts). `year`: only figures of periods holding it."""
    words = " ".join(indicator.split())
    if not words:
        raise UnknownIndicator(f"no indicator given; known ids: {_known_ids()}")
    wanted = resolve_indicator(words)
    if wanted is not None and provinces and not after_merger:
        # only the provinces' figures read (a national store's indicator holds 40,000)
        found = [
            row
            for name in dict.fromkeys(n for p in provinces for n in spellings(p))
            for row in library.store.figures(wanted, name, kind, year=year)
        ]
        found.sort(key=lambda row: row[0])  # in document order, as one query gives them
    elif wanted is not None:
        found = library.store.figures(indicator=wanted, kind=kind, year=year)
    else:
        found = library.store.figures(kind=kind, subject=words, year=year)
        # words some figure's subject holds, if not in that year, are no rows, not an error
        if not found and not (year and library.store.figure_count(kind=kind, subject=words)):
            raise UnknownIndicator(
                f"no indicator matches {indicator!r} and no figure's subject contains it; "
                f"known ids: {_known_ids()}"
            )
    result = compare(wanted or words, _claims(found), provinces or None, after_merger)
    result.by = "indicator" if wanted else "subject"
    return result


def check_figures(
    library: Library,
    doc: Document,
    province: str | None = None,
    year: int | None = None,
    stored: bool = False,
) -> Checked:
    """Each figure of `doc` (a text analysed, or with `stored` a stored document, held
    against the others) held against the stored figures of its indicator and province
    (`service.check`); `province` and `year` stand in for what a figure's text leaves out.
    Only the figures of its period are read whole, and the few nearest of the others
    shown."""
    store = library.store
    periods: dict[tuple[str, str | None], list[tuple[int, str | None]]] = {}
    near: dict[tuple[str, str | None, str | None], list[Claim]] = {}
    filled = [
        f.model_copy(
            update={
                "province": f.province or province,
                "period": f.period or (str(year) if year else None),
            }
        )
        for f in doc.figures
    ]
    results = []
    for figure in filled:
        if not figure.indicator:
            results.append(check_figure(figure, []))
            continue
        key = (figure.indicator, renamed(figure.province))
        if key not in periods:
            names = spellings(key[1]) if key[1] else ()
            periods[key] = store.figure_periods(
                figure.indicator, names, besides=doc.id if stored else None
            )
        if (*key, figure.period) not in near:  # read once for the figures of one period
            ids = [i for i, period in periods[key] if period == figure.period]
            near[(*key, figure.period)] = _claims(store.figures_by_id(ids))
        far = [(i, period) for i, period in periods[key] if period != figure.period]
        nearest = heapq.nsmallest(SHOWN, far, key=lambda found: distance(found[1], figure.period))
        results.append(
            check_figure(
                figure,
                near[(*key, figure.period)],
                _claims(store.figures_by_id([i for i, _ in nearest])),
                len(far),
                own=filled,
            )
        )
    return checked(doc.source, results, doc.id if stored else None)


def goal_tracking(
    library: Library,
    province: str | None = None,
    indicator: str | None = None,
    year: int | None = None,
    doc: str | None = None,
    status: str | None = None,
    limit: int | None = None,
    start: str | None = None,
) -> Goals:
    """The stored goals (of one document, province, indicator or year) and the stored
    results that measure them (`service.goals`). Goals are tracked a group (a province's
    indicator) at a time, in the order they are listed, and only their own indicators and
    provinces are read whole. With `limit`, that many goals from `start` (a `next`, "Nghệ
    An|members|100": a group and how many of its goals came before) and `next`, where the
    following page starts: a national store's page costs what its groups do, not what the
    store does. `counts` are of the goals the listing went through, before `status`."""
    store = library.store
    wanted = indicator_id(indicator) if indicator else None
    doc_id = document_for(library, doc)[0] if doc is not None else None
    begin, skip = cursor_group(start) if start is not None else (None, 0)
    groups: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for name in spellings(province) if province else (None,):
        for figure_id, found, place in store.figure_keys(wanted, name, "target", year, doc_id):
            if found:
                groups[(found, renamed(place))].append(figure_id)
    ordered = sorted(groups, key=lambda group: group_order(*group))
    if begin is not None:
        ordered = [g for g in ordered if group_order(*g) >= group_order(*begin)]
    listed: list[Goal] = []
    counts: Counter[str] = Counter()
    following = None
    for group in ordered:
        first = skip if group == begin else 0
        if limit is not None and len(listed) >= limit:
            following = group_cursor(*group, first)
            break
        goals = _claims(store.figures_by_id(groups[group]))
        names = spellings(group[1]) if group[1] else ()
        ids = [figure_id for figure_id, _ in store.figure_periods(group[0], names)]
        claims = _claims(store.figures_by_id(ids))
        rows = store.document_rows({c.doc_id for c in claims})
        dated = {d: row["date"] for d, row in rows.items()}
        terms = {d: row["period"] for d, row in rows.items()}
        tracked = track(goals, claims, dated, terms)  # type: ignore[arg-type]
        for n, goal in enumerate(tracked.goals[first:], start=first):
            if limit is not None and len(listed) >= limit:
                following = group_cursor(*group, n)
                break
            counts[goal.status] += 1
            if status is None or goal.status == status:
                listed.append(goal)
        if following is not None:
            break
    return Goals(goals=listed, counts={s: counts[s] for s in STATUSES}, next=following)


def goals_csv(result: Goals) -> str:
    return rows_csv(csv_records(result), GOAL_COLUMNS)


def _claims(found: list[tuple[str, str, Figure]]) -> list[Claim]:
    return [Claim(doc_id, source, figure) for doc_id, source, figure in found]


def comparison_csv(result: Comparison) -> str:
    records = [
        {
            **row.model_dump(),
            "also_in": " ".join(row.also_in),
            "conflicts_with": " ".join(row.conflicts_with),
            "key": row.key,  # what conflicts_with names
        }
        for row in result.rows
    ]
    return rows_csv(records, [*CSV_COLUMNS, "key"])


def hit_numbers(library: Library, hits: list[Hit]) -> list[str | None]:
    """The number of the document each hit is in: the instrument holding the hit's passage
    in a file of several, else the document's own."""
    numbered = library.store.numbered({hit.doc_id for hit in hits})
    own = {n.doc_id: n.number for n in numbered if n.start is None}
    parts = [
        (n.doc_id, n.number, n.start, n.end)
        for n in numbered
        if n.start is not None and n.end is not None
    ]
    return [
        next(
            (n for d, n, start, end in parts if d == hit.doc_id and start <= hit.start < end),
            own.get(hit.doc_id),
        )
        for hit in hits
    ]


def references_list(library: Library) -> list[dict[str, Any]]:
    entries = registry(library.store.references(), library.store.numbered())
    return [entry.model_dump(exclude={"cited_by", "title"}) for entry in entries]


def reference_entry(library: Library, ref_id: str) -> RegistryEntry | None:
    """One cited id with the documents citing it, their sentences and reported figures."""
    wanted = normalize_id(ref_id)
    citing = {doc_id for doc_id, _ in library.store.references(wanted)}
    docs = [doc for doc in map(library.document, sorted(citing)) if doc is not None]
    refs = [(doc.id, r) for doc in docs for r in doc.references if same_id(r.id, wanted)]
    candidates = [n for n in library.store.numbered() if same_id(n.number, wanted)]
    chosen = stored_as(candidates, refs)
    own = library.document(chosen.doc_id) if chosen else None
    # a file printing an instrument of this number cites its own part (see registry)
    holders = {n.doc_id for n in candidates if n.start is not None}
    docs = [doc for doc in docs if doc.id not in holders or (own and doc.id == own.id)]
    return build(wanted, docs, own, with_citations=True)


def citing_documents(library: Library, number: str | None, own: str | None = None) -> list[str]:
    """Ids of stored documents that cite `number` (a resolution's own number), other than
    the document `own` that bears it (a law names itself in its closing lines)."""
    if not number:
        return []
    citing = {doc_id for doc_id, _ in library.store.references(normalize_id(number))}
    return sorted(citing - {own})


# the registry's columns; "genre" came after the first release, so it goes last
REFERENCE_COLUMNS = [
    "id",
    "type",
    "issuer_code",
    "issuer",
    "date",
    "document",
    "citing_documents",
    "citations",
    "genre",
]


def references_csv(rows: list[dict[str, Any]]) -> str:
    return rows_csv(rows, REFERENCE_COLUMNS)


def citations_csv(entry: RegistryEntry) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "doc_id", "source", "province", "date", "kind", "sentence"])
    for c in entry.cited_by:
        for sentence in c.sentences:
            writer.writerow([entry.id, c.doc_id, c.source, c.province, c.date, c.kind, sentence])
    return out.getvalue()
