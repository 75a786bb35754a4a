"""The one error ingest raises for a file it cannot read."""

from __future__ import annotations


class UnreadableFile(Exception):
    """The file cannot be read as the format its name claims; the message says why, on one
    line, and callers put the file's name before it."""

    def __init__(self, reason: str) -> None:
        super().__init__(" ".join(reason.split()))  # one line, whatever the library said
