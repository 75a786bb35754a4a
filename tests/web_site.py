"""A union's web site on loopback, for fetching tests: news pages, attachments, redirects,
refusals, a slow page, an old Windows-1258 page. Nothing leaves the machine."""

from __future__ import annotations

import gzip
import http.server
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Answer:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering


Route = Answer | Callable[[], Answer]


def html_page(title: str, story: str, extra: str = "") -> bytes:
    """A news page as union sites lay them out: menu, story, related news, footer."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{title}</title></head><body>
<nav><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a>
<a href="/van-ban/mau-bao-cao.doc">Mẫu báo cáo</a></nav>
<article><h1>{title}</h1>{story}</article>{extra}
<aside class="tin-lien-quan"><h3>Tin cùng chuyên mục</h3><ul>
<li><a href="/tin-tuc/khac.html">Công đoàn huyện A trao 900 suất quà</a></li></ul></aside>
<footer>Bản quyền thuộc Liên đoàn Lao động tỉnh. Lượt truy cập: 1.234.567</footer>
</body></html>""".encode()


class Site:
    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.requests: list[tuple[str, dict[str, str]]] = []
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                site.requests.append((self.path, dict(self.headers)))
                route = site.routes.get(self.path)
                answer = route() if callable(route) else route
                if answer is None:
                    answer = Answer(b"<html><body>Not found</body></html>", 404)
                if answer.delay:
                    time.sleep(answer.delay)
                self.send_response(answer.status)
                headers = {"Content-Length": str(len(answer.body)), **answer.headers}
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                try:
                    self.wfile.write(answer.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> Site:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def serving_site(routes: dict[str, Route]) -> Iterator[Site]:
    with Site(routes) as site:
        yield site


def gzipped(answer: Answer) -> Answer:
    return Answer(
        gzip.compress(answer.body),
        answer.status,
        {**answer.headers, "Content-Encoding": "gzip"},
    )
