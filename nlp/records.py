"""The contract's JSON records (see CONTRACT.md), as pydantic models."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Qualifier = Literal["exact", "over", "under", "about", "at_least", "at_most"]
FigureKind = Literal["achievement", "target"]
DocumentKind = Literal["resolution", "report", "article", "plan", "other"]
ReferenceType = Literal[
    "Nghị quyết",
    "Chỉ thị",
    "Quyết định",
    "Nghị định",
    "Kế hoạch",
    "Chương trình",
    "Thông tư",
    "Luật",
    "Kết luận",
    "Hướng dẫn",
    "Công văn",
    "other",
]


class Figure(BaseModel):
    """A quantity the text claims, e.g. "hơn 4,4 tỷ đồng" -> 4.4e9 đồng, over."""

    text: str
    value: float
    denominator: float | None = None
    unit: str
    qualifier: Qualifier = "exact"
    kind: FigureKind = "achievement"
    indicator: str | None = None
    subject: str | None = None
    province: str | None = None
    period: str | None = None
    # the months of the period's year the figure covers, when not all of it: "01-06" for
    # "6 tháng đầu năm 2025" or a stock counted to 30/6/2025 (nlp.months)
    months: str | None = None
    organisation: str | None = None  # the union the figure is about, e.g. "LĐLĐ tỉnh Nghệ An"
    # where a result's count starts when its words say so, not its period: "term" ("Lũy kế
    # từ đầu nhiệm kỳ", also said by its paragraph's first sentence) or a year ("Từ năm
    # 2023 đến nay"); None for a count of its period (nlp.goal_words.counted_from)
    since: str | None = None
    sentence: str
    page: int | None = None
    start: int
    end: int


class Reference(BaseModel):
    """A cited legal or Party document, e.g. "Nghị quyết số 02-NQ/TW ngày 12/6/2021"."""

    id: str
    type: ReferenceType
    # the kind as Vietnamese names it, also where `type` can only say "other": "Quy định"
    # (a Party regulation), "Bản án", "Án lệ", "Tờ trình", "Thông báo"; None when unknown
    genre: str | None = None
    date: str | None = None
    text: str
    start: int
    end: int


class Table(BaseModel):
    page: int | None
    rows: list[list[str]]
    header: list[str] | None = None


class Instrument(BaseModel):
    """One of several instruments a file holds, e.g. "Kết luận số 69-KL/TW" after NQ 57."""

    kind: str  # as the opening line names it: "Kết luận", "Điều lệ", "Nghị quyết"
    number: str | None = None
    title: str | None = None
    date: str | None = None
    start: int  # [start, end) of its part of Document.text
    end: int


class Document(BaseModel):
    id: str
    source: str
    title: str | None = None
    kind: DocumentKind = "other"
    number: str | None = None
    issuer: str | None = None
    province: str | None = None
    date: str | None = None
    period: str | None = None
    pages: int = 1
    text: str
    figures: list[Figure] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    # a file holding several instruments lists them, the first being the one described
    # above; a file of one lists none
    instruments: list[Instrument] = Field(default_factory=list)
    # pages whose text could not be read (a scan while OCR was missing or off)
    unread_pages: list[int] = Field(default_factory=list)
