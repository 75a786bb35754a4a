"""The HTTP service: the contract's /api routes, OpenAPI at /docs, the web page at /."""

from __future__ import annotations

import hmac
import os
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from fastapi import (
    Depends,
    FastAPI,
    File,
    Form,
    Header,
    HTTPException,
    Query,
    Request,
    UploadFile,
)
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, BeforeValidator, Field

from index.library import Library
from index.records import Filters, Hit
from ingest import NoArticleText, RawDocument, UnreadableFile, read_bytes, read_url
from nlp.analyze import ANALYSIS_VERSION, analyze
from nlp.indicators import catalogue
from nlp.records import Document

from .check import Checked
from .compare import Comparison
from .config import home_dir
from .document_page import bad_place_html, document_html, missing_document_html
from .export import checked_csv, figure_rows, figures_csv, for_excel
from .filters import (
    UnknownFilter,
    has_words,
    kind_filter,
    province_filter,
    province_filters,
)
from .goals import Goals, Status
from .queries import (
    UnknownDocument,
    UnknownIndicator,
    check_figures,
    citations_csv,
    comparison,
    comparison_csv,
    goal_tracking,
    goals_csv,
    indicator_id,
    reference_entry,
    references_csv,
    references_list,
    run_search,
)
from .reanalysis import reanalysed
from .registry import RegistryEntry

DEFAULT_MAX_UPLOAD_MB = 50
T = TypeVar("T")
U = TypeVar("U")


def _blank_is_none(value: object) -> object:
    # a form sends an empty field as "year=": no filter, not a malformed one
    return None if isinstance(value, str) and not value.strip() else value


Year = Annotated[Annotated[int, Field(ge=1900, le=2100)] | None, BeforeValidator(_blank_is_none)]
FigureKind = Annotated[Literal["achievement", "target"] | None, BeforeValidator(_blank_is_none)]
# a check box sent empty ("after_merger=") is unticked
Flag = Annotated[bool, BeforeValidator(lambda value: _blank_is_none(value) or False)]
GoalStatus = Annotated[Status | None, BeforeValidator(_blank_is_none)]


class SearchHit(Hit):
    cited_by: list[str] = []  # documents citing this hit's document by its own number


class SearchResponse(BaseModel):
    query: str
    # the query as searched when it differs: typed without marks, it gets them back
    searched_as: str | None = None
    hits: list[SearchHit]


class AddResponse(BaseModel):
    doc_id: str
    added: bool
    passages: int
    figures: int
    warnings: list[str] = []  # e.g. "page 3: scanned page not read: tesseract is not installed"
    # a web address's: where it was read from (after redirects), the stored versions of that
    # address it replaced (the page was edited since), the document files the page links
    source: str | None = None
    replaced: list[str] = []
    attachments: list[str] = []


class ReanalyseResponse(BaseModel):
    """A stored document analysed again by this baocao (POST /api/documents/{id}/reanalyze)."""

    doc_id: str
    passages: int
    figures: int
    figures_before: int
    references: int
    references_before: int
    embedded: int  # passages embedded again (the others came out as before)


class Health(BaseModel):
    status: Literal["ok"]
    documents: int
    encoder: str
    # documents an older baocao analysed (`baocao reanalyze` redoes them)
    outdated_analyses: int = 0
    # the store's BM25 terms, and whether `baocao reindex` would bring them up to date
    terms: str = ""
    terms_outdated: bool = False


class ServerStopping(Exception):
    """Raised inside an upload's embedding when the server stops."""


class Guarded:
    """The library behind a lock: SQLite connections and FAISS indexes are not shared
    safely across the server's worker threads."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.lock = threading.Lock()

    def __enter__(self) -> Library:
        self.lock.acquire()
        return self.library

    def __exit__(self, *exc: object) -> None:
        self.lock.release()


def _max_upload_bytes() -> int:
    return int(float(os.environ.get("BAOCAO_MAX_UPLOAD_MB", DEFAULT_MAX_UPLOAD_MB)) * 2**20)


def get_library(request: Request) -> Iterator[Library]:
    with request.app.state.guarded as library:
        yield library


def _search_response(
    library: Library,
    q: str,
    k: int,
    province: str | None,
    kind: str | None,
    year: int | None,
    cites: str | None,
    doc: str | None,
) -> bytes:
    try:
        found = run_search(library, q, k, province, kind, year, cites, doc)
    except UnknownDocument as error:
        raise HTTPException(404, str(error)) from error
    response = SearchResponse(
        query=q,
        searched_as=found.searched_as,
        hits=[
            SearchHit(**hit.model_dump(), cited_by=cited_by)
            for hit, cited_by in zip(found.hits, found.cited_by, strict=True)
        ],
    )
    return response.model_dump_json().encode()


def _filter(make: Callable[[T], U], typed: T) -> U:
    """A filter's stored value, or 422 naming what was not understood."""
    try:
        return make(typed)
    except (UnknownFilter, UnknownIndicator) as error:
        raise HTTPException(422, str(error)) from error


def _csv(text: str, excel: bool, name: str) -> Response:
    """CSV as it is, or made for Excel (`excel=true`: the page's download links) and saved
    under `name` rather than shown."""
    if not excel:
        return Response(text, media_type="text/csv; charset=utf-8")
    return Response(
        for_excel(text),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
    """Write routes need `Authorization: Bearer $BAOCAO_TOKEN` when BAOCAO_TOKEN is set."""
    token = os.environ.get("BAOCAO_TOKEN")
    if not token:
        return
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "missing or wrong token (Authorization: Bearer …)")


def _read_upload(file: UploadFile) -> bytes:
    limit = _max_upload_bytes()
    data = file.file.read(limit + 1)
    if len(data) > limit:
        raise HTTPException(413, f"{file.filename}: larger than {limit // 2**20} MiB")
    return data


def _refused(name: str, error: UnreadableFile) -> HTTPException:
    """A file or address that cannot be read: 415 for a type baocao does not read, else 422;
    the detail starts with its name."""
    status = 415 if "unsupported file type" in str(error) else 422
    return HTTPException(status, f"{name}: {error}")


def _raw(data: bytes, filename: str | None):
    name = Path(filename or "upload").name
    try:
        return read_bytes(data, name, source=name)
    except UnreadableFile as error:
        raise _refused(name, error) from error


class NoText(Exception):
    """A page with no text of its own, and the document files it links (the answer names
    them, so that a client can add them instead)."""

    def __init__(self, detail: str, attachments: list[str]) -> None:
        self.detail = detail
        self.attachments = attachments


def _fetch_private() -> bool:
    # the server fetches what its users name: its own network only when told it may
    return os.environ.get("BAOCAO_FETCH_PRIVATE", "").strip() not in ("", "0")


def _web(url: str):  # an ingest.WebDocument
    url = url.strip()
    try:
        return read_url(url, public_only=not _fetch_private(), max_bytes=_max_upload_bytes())
    except NoArticleText as error:
        raise NoText(f"{url}: {error}", error.attachments) from error
    except UnreadableFile as error:
        raise _refused(url, error) from error


def _given(file: UploadFile | None, url: str | None) -> tuple[RawDocument, list[str]]:
    """The document a request names (a file uploaded, or a web address) and, for a web
    page, the document files it links."""
    if (file is None) == (not url or not url.strip()):
        raise HTTPException(422, "send either a file or a url")
    if file is not None:
        return _raw(_read_upload(file), file.filename), []
    web = _web(url or "")
    return web.raw, web.attachments


LibraryDep = Annotated[Library, Depends(get_library)]


def _unless_stopping(request: Request) -> Callable[[int], None]:
    """An embedding's progress callback that abandons it once the server is stopping (it
    answers 503 and nothing is stored)."""
    stopping: threading.Event = request.app.state.stopping

    def embedded(_: int) -> None:
        if stopping.is_set():
            raise ServerStopping

    return embedded


def create_app(home: Path | None = None) -> FastAPI:
    stopping = threading.Event()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        # uvicorn ends here after its grace (STOP_GRACE_SECONDS): an upload still embedding
        # in a worker thread stops at its next batch, or the process would wait for it
        stopping.set()

    app = FastAPI(
        title="baocao",
        description="Figures, references and cited search over Vietnamese union reports.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.guarded = Guarded(Library(home or home_dir()))
    app.state.stopping = stopping
    static = resources.files("service").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(str(static.joinpath("index.html")))

    @app.get("/documents/{doc_id}", include_in_schema=False)
    def document_page(
        doc_id: str, library: LibraryDep, start: str | None = None, end: str | None = None
    ) -> HTMLResponse:
        """The whole document to read a cited passage in, text[start:end] marked."""
        # read by hand: a reader who mistypes a link gets a page in Vietnamese, not JSON
        places: list[int | None] = []
        for name, given in (("start", start), ("end", end)):
            if given is None or not given.strip():
                places.append(None)
            elif given.strip().isdigit():
                places.append(int(given))
            else:
                return HTMLResponse(bad_place_html(name, given), status_code=400)
        start_at, end_at = places
        found = library.document(doc_id)
        if found is None:
            # a reader followed a link: a page that says so, not a JSON error
            return HTMLResponse(missing_document_html(doc_id), status_code=404)
        pages = library.store.page_starts(doc_id)
        checked = check_figures(library, found, stored=True).figures
        goals = goal_tracking(library, doc=doc_id).goals
        return HTMLResponse(document_html(found, start_at, end_at, pages, checked, goals))

    @app.get("/api/health", response_model=Health)
    def health(library: LibraryDep) -> Health:
        return Health(
            status="ok",
            documents=library.store.document_count(),
            encoder=library.encoder_spec,
            outdated_analyses=library.outdated_analyses,
            terms=library.tokenization,
            terms_outdated=library.tokenization_outdated,
        )

    @app.get("/api/search", response_model=SearchResponse)
    async def search(
        request: Request,
        q: Annotated[str, Query(min_length=1, max_length=1000)],
        k: Annotated[int, Query(ge=1, le=100)] = 10,
        province: str | None = None,
        kind: str | None = None,
        year: Year = None,
        cites: Annotated[str | None, Query(max_length=100)] = None,
        doc: Annotated[str | None, Query(max_length=100)] = None,
    ) -> Response:
        # the busiest route: one trip to a worker thread for the lock, the search and the
        # JSON, where a sync route with the library as a dependency takes three, and the
        # response is not validated again on its way out (measured: bench_search.py --http)
        if not has_words(q):
            raise HTTPException(422, "the query has no words")
        doc = doc if doc and doc.strip() else None
        province = _filter(province_filter, province)
        kind = _filter(kind_filter, kind)

        def answer() -> bytes:
            with request.app.state.guarded as library:
                return _search_response(library, q, k, province, kind, year, cites, doc)

        return Response(await run_in_threadpool(answer), media_type="application/json")

    @app.get("/api/documents")
    def documents(
        library: LibraryDep,
        limit: Annotated[int | None, Query(ge=1)] = None,
        offset: Annotated[int, Query(ge=0)] = 0,
        outdated: Flag = False,
        province: str | None = None,
        kind: str | None = None,
        year: Year = None,
        q: Annotated[str | None, Query(max_length=200)] = None,
    ) -> dict[str, Any]:
        """The stored documents, newest first; `limit` and `offset` page through them (a
        national store holds 100k), `total` says how many match. Only those of a province,
        kind or year (as search's filters), whose title, number, issuer or source have words
        starting with those of `q`, or (`outdated`) that an older baocao analysed, when
        given."""
        filters = Filters(
            _filter(province_filter, province), _filter(kind_filter, kind), year, named=q
        )
        older = ANALYSIS_VERSION if outdated else None
        return {
            "documents": library.store.documents(limit, offset, older, filters),
            "total": library.store.listed_count(older, filters),
        }

    @app.get("/api/documents/{doc_id}", response_model=Document)
    def document(doc_id: str, library: LibraryDep) -> Document:
        found = library.document(doc_id)
        if found is None:
            raise HTTPException(404, f"no document {doc_id}")
        return found

    @app.post("/api/documents", response_model=AddResponse, dependencies=[Depends(require_token)])
    def upload(
        request: Request,
        file: Annotated[UploadFile | None, File()] = None,
        url: Annotated[str | None, Form(description="a web address instead of a file")] = None,
    ) -> AddResponse:
        # sync on purpose: analysis and embedding run in a worker thread, not the event loop,
        # and outside the lock: searches go on meanwhile (a long file takes seconds to embed)
        raw, links = _given(file, url)
        guarded: Guarded = request.app.state.guarded
        with guarded as library:
            result = library.stored(raw.content_hash)
        replaced: list[str] = []
        if result is None:
            try:
                prepared = guarded.library.prepare(raw, _unless_stopping(request))
            except ServerStopping as error:
                # nothing was stored: the store is as it was, the upload can be made again
                raise HTTPException(503, "the server is stopping; upload the file again") from error
            with guarded as library:
                # an address stored before with another text: the page was edited since
                if url:
                    replaced = library.store.ids_for_source(raw.source)
                result = library.replace(prepared, replaced)
                replaced = replaced if result.added else []
                library.refresh()
        return AddResponse(
            doc_id=result.doc_id,
            added=result.added,
            passages=result.passages,
            figures=result.figures,
            warnings=raw.warnings,
            source=raw.source if url else None,
            replaced=replaced,
            attachments=links,
        )

    @app.post(
        "/api/documents/{doc_id}/reanalyze",
        response_model=ReanalyseResponse,
        dependencies=[Depends(require_token)],
    )
    def reanalyse(request: Request, doc_id: str) -> ReanalyseResponse:
        """Analyse a stored document again with this baocao, from what the store kept of its
        reading (no file, no OCR, no fetching); passages that come out as before keep their
        vectors. The web page calls it for each document an older baocao analysed."""
        guarded: Guarded = request.app.state.guarded
        with guarded as library:
            before = library.document(doc_id)
            if before is None:
                raise HTTPException(404, f"no document {doc_id}")
            raw = library.kept_raw(doc_id, before)
            if raw is None:
                raise HTTPException(
                    409,
                    "stored before baocao kept what it read: `baocao reanalyze` beside the"
                    " store reads its file again, if the file is still where it was",
                )
            kept = library.stored_passages([doc_id])
        try:  # outside the lock, as an upload: searches go on meanwhile
            prepared = guarded.library.prepare(raw, _unless_stopping(request), kept=kept)
        except ServerStopping as error:
            raise HTTPException(503, "the server is stopping; nothing was changed") from error
        with guarded as library:
            if library.document(doc_id) is None:  # removed meanwhile: not brought back
                raise HTTPException(404, f"no document {doc_id}")
            result = library.replace(prepared, [doc_id])
            library.refresh()
        return ReanalyseResponse(doc_id=result.doc_id, **reanalysed(before, prepared, result))

    @app.delete("/api/documents/{doc_id}", dependencies=[Depends(require_token)])
    def delete(doc_id: str, library: LibraryDep) -> dict[str, str]:
        if not library.remove(doc_id):
            raise HTTPException(404, f"no document {doc_id}")
        return {"deleted": doc_id}

    @app.get("/api/figures")
    def figures(
        library: LibraryDep,
        indicator: str | None = None,
        province: str | None = None,
        kind: FigureKind = None,
        year: Year = None,
        format: Literal["json", "csv"] = "json",
        limit: Annotated[int | None, Query(ge=1)] = None,
        offset: Annotated[int, Query(ge=0)] = 0,
        excel: Flag = False,
    ) -> Any:
        """The stored figures matching the filters, in document order; `limit` and `offset`
        page through them, `total` says how many match. The CSV holds every match. `year`:
        figures whose period is that year or a span holding it."""
        province = _filter(province_filter, province)
        indicator = _filter(indicator_id, indicator) if indicator and indicator.strip() else None
        store = library.store
        chosen = {"indicator": indicator, "province": province, "kind": kind, "year": year}
        if format == "csv":
            return _csv(figures_csv(store.figures(**chosen)), excel, "figures.csv")
        found = store.figures(**chosen, limit=limit, offset=offset)
        return {"figures": figure_rows(found), "total": store.figure_count(**chosen)}

    @app.get("/api/compare", response_model=Comparison)
    def compare(
        library: LibraryDep,
        indicator: Annotated[str, Query(min_length=1, max_length=200)],
        province: Annotated[list[str] | None, Query()] = None,
        kind: FigureKind = None,
        year: Year = None,
        after_merger: Flag = False,
        format: Literal["json", "csv"] = "json",
        excel: Flag = False,
    ) -> Any:
        provinces = _filter(province_filters, province)
        try:
            result = comparison(library, indicator, provinces, after_merger, kind, year)
        except UnknownIndicator as error:
            raise HTTPException(422, str(error)) from error
        if format == "csv":
            # named by the indicator's id ("compare-union_finance.csv"); free words, plainly
            name = f"compare-{result.indicator}.csv" if result.by == "indicator" else "compare.csv"
            return _csv(comparison_csv(result), excel, name)
        return result

    @app.get("/api/goals", response_model=Goals)
    def goals(
        library: LibraryDep,
        doc: Annotated[str | None, Query(max_length=200)] = None,
        province: Annotated[str | None, Query(max_length=100)] = None,
        indicator: Annotated[str | None, Query(max_length=200)] = None,
        year: Year = None,
        status: GoalStatus = None,
        limit: Annotated[int | None, Query(ge=1)] = None,
        start: Annotated[str | None, Query(max_length=300)] = None,
        format: Literal["json", "csv"] = "json",
        excel: Flag = False,
    ) -> Any:
        """Stored goals (of one document, province, indicator or year) and the stored results
        that measure them: how far each is reached (`baocao goals`). `limit` goals from
        `start`; `next` is the `start` of the following page."""
        named = _filter(province_filter, province)
        try:
            result = goal_tracking(
                library, named, indicator or None, year, doc or None, status, limit, start
            )
        except (UnknownIndicator, ValueError) as error:
            raise HTTPException(422, str(error)) from error
        except UnknownDocument as error:
            raise HTTPException(404, str(error)) from error
        if format == "csv":
            return _csv(goals_csv(result), excel, "goals.csv")
        return result

    @app.get("/api/indicators")
    def indicators() -> dict[str, Any]:
        return {
            "indicators": [
                {"id": i.id, "label": i.label, "synonyms": list(i.synonyms)} for i in catalogue()
            ]
        }

    @app.get("/api/references")
    def references(library: LibraryDep, format: Literal["json", "csv"] = "json") -> Any:
        rows = references_list(library)
        if format == "csv":
            return Response(references_csv(rows), media_type="text/csv; charset=utf-8")
        return {"references": rows}

    @app.get("/api/references/{ref_id:path}", response_model=RegistryEntry)
    def reference(ref_id: str, library: LibraryDep, format: Literal["json", "csv"] = "json") -> Any:
        entry = reference_entry(library, ref_id)
        if entry is None:
            raise HTTPException(404, f"no document in the store cites {ref_id}")
        if format == "csv":
            return Response(citations_csv(entry), media_type="text/csv; charset=utf-8")
        return entry

    @app.post("/api/extract", response_model=Document, dependencies=[Depends(require_token)])
    def extract(
        file: Annotated[UploadFile | None, File()] = None,
        url: Annotated[str | None, Form(description="a web address instead of a file")] = None,
    ) -> Document:
        return analyze(_given(file, url)[0])

    @app.post("/api/check", response_model=Checked, dependencies=[Depends(require_token)])
    def check(
        request: Request,
        text: Annotated[str | None, Form(description="the text whose figures to check")] = None,
        file: Annotated[UploadFile | None, File()] = None,
        url: Annotated[str | None, Form(description="a web address instead of a text")] = None,
        province: Annotated[
            str | None, Form(description="the province of figures whose text names none")
        ] = None,
        year: Annotated[Year, Form(description="the year of figures whose text names none")] = None,
        format: Annotated[Literal["json", "csv"], Form()] = "json",
        excel: Annotated[Flag, Form()] = False,
    ) -> Any:
        """A text's figures (or a file's, or a web page's) held against the stored ones:
        which documents agree with each, which dispute it (`baocao check`)."""
        named = _filter(province_filter, province)
        if text is not None and text.strip():
            if file is not None or (url and url.strip()):
                raise HTTPException(422, "send a text, a file or a url: one of them")
            raw = _raw(text.encode("utf-8"), "text.txt")
        elif file is None and not (url and url.strip()):
            raise HTTPException(422, "send a text, a file or a url")
        else:
            raw = _given(file, url)[0]
        doc = analyze(raw)  # outside the lock: searches go on meanwhile
        with request.app.state.guarded as library:
            result = check_figures(library, doc, named, year)
        if format == "csv":
            return _csv(checked_csv(result), excel, "check.csv")
        return result

    @app.get("/api/documents/{doc_id}/check", response_model=Checked)
    def check_stored(
        doc_id: str,
        library: LibraryDep,
        format: Literal["json", "csv"] = "json",
        excel: Flag = False,
    ) -> Any:
        """A stored document's figures held against the other documents' (`baocao check
        --doc`): which agree, which dispute each."""
        doc = library.document(doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id}")
        result = check_figures(library, doc, stored=True)
        if format == "csv":
            return _csv(checked_csv(result), excel, f"check-{doc_id}.csv")
        return result

    @app.exception_handler(NoText)
    def no_text(_: Request, error: NoText) -> JSONResponse:
        return JSONResponse({"detail": error.detail, "attachments": error.attachments}, 422)

    return app
