"""Search filters, and search results as the contract shapes them."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel


@dataclass(frozen=True)
class Filters:
    """Which documents a search may return; every filter given must hold.

    `year` keeps documents dated in it or whose period covers it; `cites` keeps documents
    citing that reference id ("02-NQ/TW"; spacing, a leading "số" and letter case do not
    matter)."""

    province: str | None = None
    kind: str | None = None
    year: int | None = None
    doc_id: str | None = None
    cites: str | None = None
    # with `doc_id`: only the passages starting in [start, end) of its text (one instrument
    # of a file holding several: `search --doc 69-KL/TW`)
    within: tuple[int, int] | None = None
    # documents whose title, number, issuer or source have a word starting with each of
    # these (in any case or tone placement; typed without marks, compared without them)
    named: str | None = None


class Hit(BaseModel):
    doc_id: str
    source: str
    title: str | None = None
    province: str | None = None
    kind: str
    page: int | None = None
    passage: str
    score: float
    start: int
    end: int
    # the heading or table header the passage was cut away from ("STT | TỈNH, THÀNH PHỐ | …"
    # above its rows), for reading it; None when it has none or was stored before contexts
    context: str | None = None
    # where the query's words stand in `passage`: [start, end) offsets within it, a run of
    # query words as one span ("chăm lo cho đoàn viên"), matched as BM25 matches them
    highlights: list[tuple[int, int]] = []
