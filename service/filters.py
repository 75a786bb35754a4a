"""What users type as filters, turned into the values the store keeps, or a clear refusal:
a province in any case or tone placement ("nghệ an", "Thanh Hoá"), a document kind in
English or Vietnamese ("Resolution", "nghị quyết"). An unknown value is an error rather than
an empty answer, which reads as "nothing there"."""

from __future__ import annotations

from nlp.kinds import KINDS, kind_named
from nlp.places import province_named


class UnknownFilter(ValueError):
    pass


def has_words(query: str) -> bool:
    """Whether a query holds a letter or digit: not empty, spaces, a zero-width space, a NUL.

    >>> has_words("tết"), has_words(" \u200b ")
    (True, False)
    """
    return any(c.isalnum() for c in query)


def province_filter(typed: str | None) -> str | None:
    """The stored name of the province `typed` names; None for no filter.

    >>> province_filter("NGHỆ AN"), province_filter(None), province_filter(" ")
    ('Nghệ An', None, None)
    """
    return _province(typed) if typed and typed.strip() else None


def province_filters(typed: list[str] | None) -> list[str] | None:
    named = [_province(p) for p in typed if p.strip()] if typed else []
    return named or None


def _province(typed: str) -> str:
    found = province_named(typed)
    if found is None:
        raise UnknownFilter(
            f"unknown province {typed!r}; write a province's name, e.g. 'Nghệ An', 'Hà Nội'"
        )
    return found


def kind_filter(typed: str | None) -> str | None:
    """The document kind `typed` names.

    >>> kind_filter("Resolution"), kind_filter("Nghị quyết")
    ('resolution', 'resolution')
    """
    if not typed or not typed.strip():
        return None  # "?kind=" asks for no filter
    found = kind_named(typed)
    if found is None:
        raise UnknownFilter(f"unknown document kind {typed!r}; one of {', '.join(KINDS)}")
    return found
