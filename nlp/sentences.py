"""Sentences and words with character offsets (underthesea underneath)."""

from __future__ import annotations

from dataclasses import dataclass

from .tokenizers import sent_tokenize, word_tokenize


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


def _locate(pieces: list[str], text: str, base: int) -> list[Span]:
    """Offsets of `pieces` found in order in `text`; a piece not found verbatim is skipped."""
    spans: list[Span] = []
    cursor = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, cursor)
        if found < 0:
            continue
        spans.append(Span(piece, base + found, base + found + len(piece)))
        cursor = found + len(piece)
    return spans


def split_sentences(text: str) -> list[Span]:
    """Sentences of a document; a line (paragraph, heading, table row) never spans two.

    >>> [s.text for s in split_sentences("Năm là, kiểm tra.\\nHơn 3.120 đoàn viên. Tốt.")]
    ['Năm là, kiểm tra.', 'Hơn 3.120 đoàn viên.', 'Tốt.']
    >>> [s.text for s in split_sentences("(Baonghean.vn) - Sau 1 năm. Tốt.")]
    ['(Baonghean.vn) - Sau 1 năm.', 'Tốt.']
    >>> [s.text for s in split_sentences(" | Tổng số | TR.ĐÓ: CHI C.TRÌNH | 5 | ")]
    ['| Tổng số | TR.ĐÓ: CHI C.TRÌNH | 5 |']
    """
    sentences: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        if line.count("|") >= 2:
            # a table row is one unit: its cells ("TR.ĐÓ: CHI C.TRÌNH") are not sentences
            lead = len(line) - len(line.lstrip())
            sentences.append(Span(line.strip(), offset + lead, offset + lead + len(line.strip())))
        elif line.strip():
            found = _glued_rejoined(_locate(sent_tokenize(line), line, offset), text)
            sentences.extend(found or [Span(line, offset, offset + len(line))])
        offset += len(line) + 1
    return sentences


def _glued_rejoined(spans: list[Span], text: str) -> list[Span]:
    """Sentences split where no space follows the stop put back together: underthesea
    ends a sentence at the dot of "Baonghean.vn" or "v.v", a sentence never ends so."""
    joined: list[Span] = []
    for span in spans:
        if joined and span.start == joined[-1].end:
            last = joined[-1]
            joined[-1] = Span(text[last.start : span.end], last.start, span.end)
        else:
            joined.append(span)
    return joined


def split_words(sentence: str) -> list[Span]:
    """Word segments with offsets into `sentence`: "đoàn viên" is one word.

    >>> [w.text for w in split_words("486 sáng kiến tham gia")]
    ['486', 'sáng kiến', 'tham gia']
    """
    return _locate(word_tokenize(sentence), sentence, 0)
