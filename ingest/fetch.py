"""A document on the web, fetched: a union's news page, a report's PDF on its site.

`fetch` gets one address's bytes under the limits a file has (its size, and a time), follows
redirects itself, so that every hop can be checked, and names the bytes with a suffix that
says their format. Servers often send a PDF as "application/octet-stream", and a page's
address ends in ".aspx" or nothing, so the bytes' own first bytes decide where they can;
the Content-Type, then the name the server or the address gives, decide the rest.

A server fetching what its users ask for must not be turned on its own network (the cloud's
metadata address, a router's page): with `public_only` every hop's host must resolve to
public addresses only, and the address actually connected to is checked again.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import ssl
import unicodedata
import zipfile
from dataclasses import dataclass
from email.message import Message
from functools import cache
from io import BytesIO
from pathlib import PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

from .errors import UnreadableFile
from .hosted import file_address
from .limits import FETCH_TIMEOUT_SECONDS, MAX_BYTES
from .sniff import sniff

# some union and provincial sites answer 403 to a client that does not look like a browser
USER_AGENT = "Mozilla/5.0 (compatible; baocao/0.1; document reader)"
ACCEPT = "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8"
ACCEPT_LANGUAGE = "vi,en;q=0.5"
MAX_REDIRECTS = 5
CONNECT_TIMEOUT_SECONDS = 10.0

_MEDIA_SUFFIXES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "application/pdf": ".pdf",
    "application/x-pdf": ".pdf",
    "application/msword": ".doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.ms-excel": ".xls",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/tiff": ".tif",
    "image/bmp": ".bmp",
    "image/webp": ".webp",
    "image/gif": ".gif",
}
_TEXT_SUFFIXES = (".html", ".htm", ".txt", ".md", ".markdown")
_STATUS_HINTS = {
    401: "the page needs a login: open it in a browser, save it, and ingest the file",
    403: "the site refused (it may turn programs away): save the page from a browser and"
    " ingest the file",
    404: "no such page (moved or deleted?)",
    410: "the page was deleted",
    429: "the site asks for fewer requests: try again later",
}


class CertificateUnverified(UnreadableFile):
    """The site's TLS certificate did not verify (many provincial sites send an incomplete
    chain); the command line offers --insecure."""


@dataclass(frozen=True)
class Fetched:
    url: str  # the address that answered, after redirects
    data: bytes
    name: str  # a file name whose suffix says the format: "bao-cao-2025.pdf", "tin-tuc.html"
    media_type: str | None  # the Content-Type without its parameters


def is_url(text: str) -> bool:
    """Whether a command-line argument is a web address rather than a path.

    >>> is_url("https://congdoan.vn/tin-tuc/a.html"), is_url("HTTP://x.vn"), is_url("x.pdf")
    (True, True, False)
    """
    return re.match(r"(?i)https?://\S", text) is not None


def looks_like_address(text: str) -> bool:
    """A path that is no file but reads as an address typed without its scheme.

    >>> looks_like_address("congdoan.vn/tin-tuc/bao-cao"), looks_like_address("bao-cao.pdf")
    (True, False)
    """
    return (
        re.match(r"(?i)(www\.)?[\w-]+(\.[\w-]+)*\.(vn|com|net|org|gov|edu|info)(/|$)", text)
        is not None
    )


def fetch(
    url: str,
    *,
    max_bytes: int = MAX_BYTES,
    timeout: float | None = None,
    public_only: bool = False,
    verify: bool = True,
) -> Fetched:
    """The bytes at `url` (a hosted file's own, not its viewer page), or UnreadableFile with
    a one-line reason."""
    asked, url = url, file_address(url)
    fetched = _fetch(url, max_bytes, timeout, public_only, verify)
    if url != asked and fetched.name.endswith(".html"):
        # Drive's sign-in or "can't scan this file for viruses" page, not the file
        raise UnreadableFile(
            "Google gave a page, not the file (shared only with some people, or too large to"
            " download without confirming): download it from a browser and ingest the file"
        )
    return fetched


def _fetch(
    url: str, max_bytes: int, timeout: float | None, public_only: bool, verify: bool
) -> Fetched:
    import httpx

    seconds = FETCH_TIMEOUT_SECONDS if timeout is None else timeout
    limits = httpx.Timeout(seconds, connect=min(CONNECT_TIMEOUT_SECONDS, seconds))
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Language": ACCEPT_LANGUAGE}
    with httpx.Client(
        headers=headers, timeout=limits, verify=_tls(verify), follow_redirects=False
    ) as client:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            host = _checked(current, public_only)
            try:
                with client.stream("GET", current) as response:
                    if public_only:
                        _check_peer(response, host)
                    if response.is_redirect:  # a 3xx with a Location
                        current = urljoin(str(response.url), response.headers["location"])
                        continue
                    _check_status(response.status_code, response.reason_phrase)
                    data = _body(response, max_bytes)
                    return _fetched(str(response.url), data, response.headers)
            except httpx.TimeoutException as error:
                raise UnreadableFile(f"no answer from {host} within {seconds:g} s") from error
            except httpx.InvalidURL as error:
                raise UnreadableFile(f"not a web address ({error})") from error
            except httpx.TransportError as error:
                raise _transport_error(error, host) from error
        raise UnreadableFile(f"more than {MAX_REDIRECTS} redirects (a loop?)")


# OpenSSL 3 refuses servers that do not announce secure renegotiation ("unsafe legacy
# renegotiation disabled"), as many old provincial IIS servers are; browsers connect to them
# (the flag is ssl.OP_LEGACY_SERVER_CONNECT from Python 3.12)
_LEGACY_SERVER_CONNECT = getattr(ssl, "OP_LEGACY_SERVER_CONNECT", 0x4)


@cache
def _tls(verify: bool) -> ssl.SSLContext:
    """The TLS context of every fetch, made once (loading certifi's roots takes a while);
    a context is safe to share between the fetching threads."""
    import certifi

    if verify:
        context = ssl.create_default_context(cafile=certifi.where())
    else:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    context.options |= _LEGACY_SERVER_CONNECT
    return context


def _checked(url: str, public_only: bool) -> str:
    """The host of `url`, once the address is one baocao may fetch."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise UnreadableFile(f"only http and https addresses are fetched, not {parts.scheme}:")
    host = parts.hostname
    if not host:
        raise UnreadableFile("the address names no site")
    if public_only:
        for address in _resolve(host, parts.port or 443):
            _refuse_private(address, host)
    return host


def _resolve(host: str, port: int) -> list[str]:
    try:
        found = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as error:
        raise UnreadableFile(f"the name {host} could not be resolved") from error
    return [str(address[0]) for *_, address in found]


def _refuse_private(address: str, host: str) -> None:
    ip = ipaddress.ip_address(address.split("%")[0])
    if not ip.is_global:
        raise UnreadableFile(
            f"{host} is an address on the server's own network ({ip}); the server fetches"
            " public sites only (BAOCAO_FETCH_PRIVATE=1 allows others)"
        )


def _check_peer(response, host: str) -> None:  # an httpx.Response
    # the name may resolve otherwise when connecting than when checked a moment before
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if peer:
        _refuse_private(str(peer[0]), host)


def _check_status(status: int, reason: str) -> None:
    if status < 400:
        return
    said = f"the site answered {status} {reason}".rstrip()
    hint = _STATUS_HINTS.get(status)
    if hint is None and status >= 500:
        hint = "the site failed: try again later"
    raise UnreadableFile(f"{said}: {hint}" if hint else said)


def _body(response, max_bytes: int) -> bytes:  # an httpx.Response
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise UnreadableFile(f"larger than {max_bytes // 2**20} MiB")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise UnreadableFile(f"larger than {max_bytes // 2**20} MiB")
        chunks.append(chunk)
    data = b"".join(chunks)
    if not data:
        raise UnreadableFile("the site sent nothing")
    return data


def _transport_error(error: Exception, host: str) -> UnreadableFile:
    said = str(error) or type(error).__name__
    if "CERTIFICATE_VERIFY_FAILED" in said or "certificate verify failed" in said:
        detail = said.split("certificate verify failed:")[-1].strip(" )") or said
        return CertificateUnverified(f"the certificate of {host} could not be verified ({detail})")
    if re.search(
        r"Name or service not known|nodename nor servname|getaddrinfo|name resolution", said
    ):
        return UnreadableFile(
            f"the name {host} could not be resolved (no network, or a mistyped address?)"
        )
    if "refused" in said.lower():
        return UnreadableFile(f"{host} refused the connection")
    return UnreadableFile(f"could not fetch from {host} ({said})")


def _fetched(url: str, data: bytes, headers) -> Fetched:  # httpx.Headers
    message = Message()
    message["content-type"] = headers.get("content-type", "")
    media = message.get_content_type() if headers.get("content-type") else None
    charset = message.get_content_charset()
    disposition = headers.get("content-disposition", "")
    name = file_name(url, data, media, disposition)
    if name.endswith(_TEXT_SUFFIXES) and charset:
        data = _as_utf8(data, charset)
    return Fetched(url=url, data=data, name=name, media_type=media)


def file_name(url: str, data: bytes, media: str | None, disposition: str = "") -> str:
    """A name for fetched bytes whose suffix says their format.

    >>> file_name("https://x.vn/Upload/bc.aspx?id=3", b"%PDF-1.4", "application/octet-stream")
    'bc.pdf'
    >>> file_name("https://x.vn/tin-tuc/a-123", b"<meta charset=utf-8><p>x", "text/html")
    'a-123.html'
    >>> said = "attachment; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf"
    >>> file_name("https://x.vn/dl?id=9", b"%PDF-1.7", None, said)
    'Báo cáo.pdf'
    """
    given = _disposition_name(disposition) or _path_name(url)
    stem = PurePosixPath(given).stem if given else ""
    suffix = PurePosixPath(given).suffix.lower() if given else ""
    by_media = _MEDIA_SUFFIXES.get(media or "")
    kind = sniff(data)
    if kind == "pdf":
        chosen = ".pdf"
    elif kind == "image":
        chosen = _image_suffix(data)
    elif kind == "zip":
        chosen = _package_suffix(data)
    elif kind == "ole":
        chosen = ".xls" if "Workbook".encode("utf-16-le") in data[:65536] else ".doc"
    elif kind == "html":
        chosen = ".html"
    elif kind == "text":
        chosen = next(
            (s for s in (by_media, suffix) if s in _TEXT_SUFFIXES),
            ".txt",
        )
    else:  # RTF, binary: the name says what it is, and reading it says it is not read
        chosen = suffix or by_media or ".bin"
    return (stem or "page") + chosen


def _disposition_name(disposition: str) -> str:
    if not disposition:
        return ""
    message = Message()
    message["content-disposition"] = disposition
    name = message.get_filename() or ""
    return PurePosixPath(name.replace("\\", "/")).name


def _path_name(url: str) -> str:
    return PurePosixPath(unquote(urlsplit(url).path)).name


def _image_suffix(data: bytes) -> str:
    if data.startswith(b"\xff\xd8"):
        return ".jpg"
    if data.startswith(b"\x89PNG"):
        return ".png"
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return ".tif"
    if data.startswith(b"GIF8"):
        return ".gif"
    return ".bmp" if data.startswith(b"BM") else ".webp"


def _package_suffix(data: bytes) -> str:
    try:
        with zipfile.ZipFile(BytesIO(data)) as package:
            names = set(package.namelist())
    except zipfile.BadZipFile:
        return ".zip"
    if "word/document.xml" in names:
        return ".docx"
    if "xl/workbook.xml" in names:
        return ".xlsx"
    return ".zip"


def _as_utf8(data: bytes, charset: str) -> bytes:
    """A page in the charset its server names (Windows-1258 on old sites), as UTF-8; bytes
    that already are UTF-8 stay, whatever the server says."""
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return data  # the reader tries its own decodings
    return unicodedata.normalize("NFC", text).encode("utf-8")
