"""Where the store lives: --home, else $BAOCAO_HOME, else ./.baocao."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_HOME = ".baocao"


def home_dir(given: str | Path | None = None) -> Path:
    return Path(given or os.environ.get("BAOCAO_HOME") or DEFAULT_HOME)
