"""Passages: sentence-aligned chunks of about 100–250 words, the unit of search."""

from __future__ import annotations

from dataclasses import dataclass

from nlp.records import Document
from nlp.sentences import split_sentences

TARGET_WORDS = 150
MAX_WORDS = 250
MIN_WORDS = 40


@dataclass(frozen=True)
class Passage:
    doc_id: str
    ordinal: int
    text: str
    start: int
    end: int
    page: int | None


def _page_of(pages: list[tuple[int, int, int]], offset: int) -> int | None:
    for number, start, end in pages:
        if start <= offset < end:
            return number
    return None


def make_passages(
    doc: Document, page_spans: list[tuple[int, int, int]] | None = None
) -> list[Passage]:
    """Greedy packing of whole sentences; a passage never crosses a page.

    `page_spans` is [(page number, start, end)] for paginated documents, None otherwise.
    A short heading line stays with the sentences after it.
    """
    spans = page_spans or []
    passages: list[Passage] = []
    group: list[tuple[int, int, int]] = []  # (start, end, words)

    def flush() -> None:
        if not group:
            return
        start, end = group[0][0], group[-1][1]
        passages.append(
            Passage(doc.id, len(passages), doc.text[start:end], start, end, _page_of(spans, start))
        )
        group.clear()

    words_in_group = 0
    for sentence in split_sentences(doc.text):
        words = len(sentence.text.split())
        same_page = not group or _page_of(spans, group[0][0]) == _page_of(spans, sentence.start)
        if group and (
            not same_page or words_in_group + words > MAX_WORDS or (words_in_group >= TARGET_WORDS)
        ):
            flush()
            words_in_group = 0
        group.append((sentence.start, sentence.end, words))
        words_in_group += words
    flush()
    # a last scrap of a few words reads better with the passage before it
    if len(passages) > 1 and len(passages[-1].text.split()) < MIN_WORDS:
        last, before = passages.pop(), passages.pop()
        if before.page == last.page:
            start, end = before.start, last.end
            passages.append(
                Passage(doc.id, before.ordinal, doc.text[start:end], start, end, before.page)
            )
        else:
            passages.extend([before, last])
    return passages
