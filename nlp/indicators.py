"""The indicator catalogue (`data/indicators.json`): what a figure counts, as a stable id."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .text import fold_tones


@dataclass(frozen=True)
class Indicator:
    id: str
    label: str
    synonyms: tuple[str, ...]


@cache
def catalogue() -> tuple[Indicator, ...]:
    data = json.loads(resources.files("nlp").joinpath("data/indicators.json").read_text("utf-8"))
    return tuple(Indicator(d["id"], d["label"], tuple(d["synonyms"])) for d in data)


@cache
def _synonyms() -> list[tuple[str, re.Pattern[str]]]:
    """(indicator id, pattern) for every synonym, longest first: the most specific wins."""
    pairs = [(ind.id, fold_tones(s.lower())) for ind in catalogue() for s in ind.synonyms]
    pairs.sort(key=lambda pair: len(pair[1]), reverse=True)
    return [(id_, re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")) for id_, s in pairs]


def match_indicator(*phrases: str | None) -> str | None:
    """The catalogue id for the first phrase that names one ("đoàn viên ưu tú" ->
    "party_referrals"), trying the phrases in order.

    >>> match_indicator("đoàn viên ưu tú cho Đảng xem xét")
    'party_referrals'
    """
    for phrase in phrases:
        if not phrase:
            continue
        folded = fold_tones(phrase.lower())
        for indicator_id, pattern in _synonyms():
            if pattern.search(folded):
                return indicator_id
    return None
