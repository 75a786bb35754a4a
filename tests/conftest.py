from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"

SEEDS = {
    "bac_giang": CORPUS / "000_efa16624371a578d.txt",
    "quang_tri": CORPUS / "001_ed950540d842dac9.txt",
    "thai_nguyen": CORPUS / "002_33ed2eb9d3020c66.txt",
    "unnamed": CORPUS / "003_211596c2ed20f39d.txt",
    "nghe_an": CORPUS / "004_c6b3ac77e1092954.txt",
}


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the checkout; tests that need it skip on a user's fresh clone."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def seeded_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the seed corpus, built once per session (embedding takes ~15 s)."""
    from index.library import Library
    from ingest import iter_files, read_file

    home = tmp_path_factory.mktemp("seeded")
    library = Library(home)
    for path in iter_files([CORPUS]):
        library.add(read_file(path))
    library.refresh()
    library.close()
    return home


@pytest.fixture
def home_copy(seeded_home: Path, tmp_path: Path) -> Path:
    """A private copy of the seeded store, for tests that change it."""
    target = tmp_path / "home"
    shutil.copytree(seeded_home, target)
    return target


def start_server(home: Path, *options: str) -> tuple[subprocess.Popen, str]:
    """`baocao serve` on a free port over the store in `home`, once it answers /api/health:
    its process (the leader of its own session) and base URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-m", "service.cli", "serve", "--port", str(port)]
    command += ["--home", str(home), *options]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(240):
        try:
            urllib.request.urlopen(f"{url}/api/health", timeout=1)
            return process, url
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"server died: {process.stderr.read().decode()}")  # type: ignore[union-attr]
            time.sleep(0.5)
    os.killpg(process.pid, signal.SIGTERM)
    pytest.fail("the server did not answer")


@contextmanager
def serving(home: Path, *options: str) -> Iterator[str]:
    """`baocao serve` over the store in `home`: yields its base URL and stops it (all its
    processes) afterwards."""
    process, url = start_server(home, *options)
    try:
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


@pytest.fixture
def no_tesseract(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tesseract missing, as on a machine without it: scanned pages go unread."""
    from ingest import tesseract

    monkeypatch.setenv("BAOCAO_TESSERACT", "/nonexistent/tesseract")
    tesseract.tesseract.cache_clear()
    yield
    tesseract.tesseract.cache_clear()


def watch_the_lock(monkeypatch: pytest.MonkeyPatch, client: object) -> list[bool]:
    """Whether the server's readers' lock was held at each `Library.prepare` (analysis and
    embedding, which take seconds and must not hold searches up): filled as it is called."""
    from index.library import Library

    guarded = client.app.state.guarded  # type: ignore[attr-defined]
    held: list[bool] = []
    prepare = Library.prepare

    def watched(self: Library, *args: object, **kwargs: object) -> object:
        held.append(guarded.lock.locked())
        return prepare(self, *args, **kwargs)

    monkeypatch.setattr(Library, "prepare", watched)
    return held
