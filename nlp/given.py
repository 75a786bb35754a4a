"""Metadata a user gives in a sidecar (`NAME.meta.json`), checked and put in the form the
store keeps: people write "15/03/2024", "tỉnh Hà Tĩnh" and "bài báo", and stored as typed
those made the document vanish from `--year 2024` and `--province "Hà Tĩnh"` (or, for a
kind, stopped the analysis with a traceback).

    >>> checked({"date": "15/03/2024", "province": "tỉnh Hà Tĩnh", "kind": "bài báo"})
    {'date': '2024-03-15', 'province': 'Hà Tĩnh', 'kind': 'article'}
    >>> checked({"period": "2023 - 2028", "title": "Báo cáo"})
    {'period': '2023-2028', 'title': 'Báo cáo'}
"""

from __future__ import annotations

import re

from ingest import UnreadableFile

from .dates import find_dates
from .kinds import KINDS, kind_named
from .places import province_named

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PERIOD = re.compile(r"^((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?$")


def _date(value: str) -> str:
    if _ISO_DATE.match(value):
        return value
    found = find_dates(value)
    if not found:
        raise UnreadableFile(
            f"sidecar date {value!r} is no date: write 2024-03-15, 15/03/2024 or"
            " ngày 15 tháng 3 năm 2024"
        )
    return found[0][0]


def _province(value: str) -> str:
    found = province_named(value)
    if found is None:
        raise UnreadableFile(f"sidecar province {value!r} is no province baocao knows")
    return found


def _kind(value: str) -> str:
    found = kind_named(value)
    if found is None:
        raise UnreadableFile(f"sidecar kind {value!r} is none of {', '.join(KINDS)}")
    return found


def _period(value: str) -> str:
    found = _PERIOD.match(value.strip())
    if found is None:
        raise UnreadableFile(
            f"sidecar period {value!r} is no year or term: write 2024 or 2023-2028"
        )
    return "-".join(part for part in found.groups() if part)


_CHECKS = {"date": _date, "province": _province, "kind": _kind, "period": _period}


def checked(given: dict[str, str | None]) -> dict[str, str | None]:
    """`given` with its date, province, kind and period in the store's form; UnreadableFile
    naming the value that is none."""
    return {
        key: _CHECKS[key](value) if key in _CHECKS and value else value
        for key, value in given.items()
    }
