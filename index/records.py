"""Search results as the contract shapes them."""

from __future__ import annotations

from pydantic import BaseModel


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
