"""Fetch one web page: http(s) only, a bounded time, size and number of redirects.

Every way a fetch can fail (no such host, refused, timed out, 404, 500, a Word file, a redirect loop,
a page too big) becomes one FetchError line naming the address and what went wrong, so a batch
of `counterpoint add` URLs reports each failure on its own line and goes on.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message
from functools import partial
from html import unescape
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from reader import __version__
from reader.corpus.formats import DOCUMENT_TYPES, HTML_TYPES
from reader.corpus.html import MAX_PAGE_BYTES
from reader.corpus.sanitize import visible
from reader.errors import UserError

# Plain and honest: a site that blocks it knows what it blocks.
USER_AGENT = f"Counterpoint/{__version__} (terminal reader for opposing articles)"
TIMEOUT = 20.0  # seconds for the whole fetch, redirects and body included
MAX_REDIRECTS = 5  # news links seldom take more than 2 (tracker -> canonical -> https)
SCHEMES = ("http", "https")
# A plain text page is an article as it is (the reader reads .txt files): paragraphs by blank
# lines, the first line its title.
TEXT_TYPE = "text/plain"
PDF_TYPE = "application/pdf"  # a PDF's text is an article too (`reader.corpus.pdf`)
_CHUNK = 64 * 1024
# A page that sends the reader on at once (<meta http-equiv="refresh" content="0; url=...">,
# as link shorteners and moved pages do) is followed as a redirect; one that reloads itself
# later (live blogs refresh after a minute or more) is the page. Looked for in its head.
_REFRESH_MAX_DELAY = 5  # seconds
_REFRESH_SCAN = 16 * 1024
_META_TAG = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_REFRESH = re.compile(rb"""http-equiv\s*=\s*["']?refresh\b""", re.IGNORECASE)
_REFRESH_TARGET = re.compile(
    rb"""content\s*=\s*["']?\s*(\d+)(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?['"]?([^"'>\s]+)""", re.IGNORECASE)
# Compressions every browser reads (and so servers send, asked or not); the cap on page size
# holds for what they unpack to, so a small bomb stops at MAX_PAGE_BYTES. Either header is
# read whichever name the server gives it, as browsers do.
_PACKED = ("gzip", "x-gzip", "deflate")
_ANY_HEADER = 32 + zlib.MAX_WBITS
_SAFE = "/%:@!$&'()*+,;=?~"  # what stays as written: reserved characters and escapes already made


# What to do with a document (DOCUMENT_TYPES) a link leads to instead of a page: its text is
# what the reader reads.
_DOCUMENT_HINT = "; download it and copy its text into a .txt file in the corpus folder"


class FetchError(UserError):
    """A page could not be fetched; the message is one line naming the address."""


@dataclass(frozen=True)
class Fetched:
    url: str  # where the page was found, after redirects
    data: bytes
    charset: str | None  # what the server declared in Content-Type, if anything
    kind: str = "text/html"  # the media type it declared: HTML_TYPES, TEXT_TYPE or PDF_TYPE


def shown(url: str) -> str:
    """An address as safe to print, its escapes spelled out as every name's are (servers
    choose where they redirect to)."""
    return visible(url)


def check_url(url: str) -> str:
    """`url` if it is an http(s) address with a host, else UserError."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        raise FetchError(f"{shown(url)}: not a valid address") from None
    if parts.scheme.lower() not in SCHEMES:
        raise FetchError(f"{shown(url)}: only http and https addresses can be fetched")
    if not host:
        raise FetchError(f"{shown(url)}: the address names no host")
    return url


def ascii_url(url: str) -> str:
    """`url` as it goes on the wire: a Unicode host in IDNA, Unicode in the path and query
    percent-encoded (as a browser's address bar shows them, and people paste them)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise FetchError(f"{shown(url)}: not a valid host name") from None
    netloc = host if ":" not in host else f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        raise FetchError(f"{shown(url)}: not a valid port") from None
    if port is not None:
        netloc += f":{port}"
    if parts.username is not None:
        raise FetchError(f"{shown(url)}: addresses with a user name or password are not fetched")
    return urlunsplit((parts.scheme, netloc, quote(parts.path, safe=_SAFE), quote(parts.query, safe=_SAFE), ""))


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects come back as responses, so `fetch` follows them itself, checking each."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001 - urllib's signature
        return None


class _Watchdog:
    """Shuts the connections of one fetch when its time is up. A socket timeout bounds each
    read, not their sum: a server that sends a header line or a few bytes every few seconds
    would keep a fetch going for ever, so the deadline is kept from outside."""

    def __init__(self, deadline: float) -> None:
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)  # a read blocked on it returns at once
    except OSError:
        pass  # closed already


class _Watched:
    """A connection whose socket its fetch's watchdog can shut."""

    def __init__(self, *args, watchdog: _Watchdog, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._watchdog = watchdog

    def connect(self) -> None:
        super().connect()
        self._watchdog.watch(self.sock)


class _WatchedHTTP(_Watched, http.client.HTTPConnection):
    pass


class _WatchedHTTPS(_Watched, http.client.HTTPSConnection):
    pass


def _opener(watchdog: _Watchdog) -> urllib.request.OpenerDirector:
    """urllib's opener (proxies from the environment included), its connections watched."""

    class Plain(urllib.request.HTTPHandler):
        def http_open(self, req):  # noqa: ANN001 - urllib's signature
            return self.do_open(partial(_WatchedHTTP, watchdog=watchdog), req)

    class Secure(urllib.request.HTTPSHandler):
        def https_open(self, req):  # noqa: ANN001 - urllib's signature
            return self.do_open(partial(_WatchedHTTPS, watchdog=watchdog), req, context=self._context)

    return urllib.request.build_opener(_NoRedirects, Plain, Secure)


def _why(exc: BaseException, timeout: float) -> str:
    """What went wrong, in words, for an exception from connecting or reading."""
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return "cannot find that host (no network, or a mistyped address)"
    if isinstance(reason, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"the site's certificate is not trusted ({reason.verify_message})"
    if isinstance(reason, ssl.SSLError):
        return "the secure connection failed"
    if isinstance(reason, http.client.RemoteDisconnected):
        return "the server closed the connection without answering"
    if isinstance(reason, http.client.HTTPException):
        return "the server sent a malformed response"
    if isinstance(reason, OSError) and reason.strerror:
        return f"cannot connect ({reason.strerror.lower()})"
    return f"cannot fetch ({visible(reason)})"


def _content_type(headers: Message) -> tuple[str, str | None]:
    return headers.get_content_type(), headers.get_param("charset")  # type: ignore[return-value]


def _unpacker(encoding: str, url: str):
    """A decompressor for a response's Content-Encoding, None for none, FetchError for one
    no browser-compatible reader knows."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding not in _PACKED:
        raise FetchError(f"{shown(url)}: the page is compressed as {visible(encoding)}, which cannot be read")
    return zlib.decompressobj(_ANY_HEADER)


def _too_large(url: str, max_bytes: int) -> FetchError:
    return FetchError(f"{shown(url)}: the page is larger than {max_bytes // (1024 * 1024)} MB; not fetching it")


def _unpack(unpacker, raw: bytes, room: int, url: str, max_bytes: int) -> tuple[bytes, bool]:
    """What `raw` unpacks to (at most `room` + 1 bytes, so an overflow shows), and whether the
    compressed page is whole; FetchError when it is damaged or cut short."""
    try:
        if not raw and not unpacker.eof:
            raise zlib.error("cut short")
        out = unpacker.decompress(raw, room + 1)
    except zlib.error:
        raise FetchError(f"{shown(url)}: the server sent a damaged compressed page") from None
    if unpacker.unconsumed_tail:
        raise _too_large(url, max_bytes)
    return out, unpacker.eof


def _read_body(response, url: str, deadline: float, timeout: float, max_bytes: int) -> bytes:
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise _too_large(url, max_bytes)
    unpacker = _unpacker(response.headers.get("Content-Encoding", ""), url)
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"{shown(url)}: the page did not arrive within {timeout:g} s")
        raw = response.read1(_CHUNK)  # what has arrived: read(n) would wait for all n bytes
        if unpacker is None:
            chunk, done = raw, not raw
        else:
            chunk, done = _unpack(unpacker, raw, max_bytes - size, url, max_bytes)
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(url, max_bytes)
        chunks.append(chunk)
        if done:
            return b"".join(chunks)


def _refresh_target(data: bytes) -> str | None:
    """Where a page that sends the reader on at once sends them, else None."""
    for tag in _META_TAG.findall(data[:_REFRESH_SCAN]):
        if _REFRESH.search(tag) and (target := _REFRESH_TARGET.search(tag)) and int(target[1]) <= _REFRESH_MAX_DELAY:
            return unescape(target[2].decode("ascii", "replace"))  # an attribute's &amp; is an &
    return None


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_PAGE_BYTES,
          max_redirects: int = MAX_REDIRECTS) -> Fetched:
    """The HTML (or plain text) page at `url` (redirects followed), or FetchError saying why not."""
    url = ascii_url(check_url(url))
    deadline = time.monotonic() + timeout
    watchdog = _Watchdog(deadline)
    try:
        return _fetch(url, _opener(watchdog), watchdog, deadline, timeout, max_bytes, max_redirects)
    finally:
        watchdog.cancel()


def _fetch(url: str, opener: urllib.request.OpenerDirector, watchdog: _Watchdog, deadline: float,
           timeout: float, max_bytes: int, max_redirects: int) -> Fetched:
    seen = [url]
    while True:
        request = urllib.request.Request(url, headers={
            "User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
            "Accept-Encoding": "gzip, deflate"})
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"{shown(url)}: no answer within {timeout:g} s")
        late = "no answer"  # what a deadline that passes means, until the headers are in
        try:
            with opener.open(request, timeout=remaining) as response:
                if watchdog.expired:  # headers cut short by the deadline are no answer
                    raise FetchError(f"{shown(url)}: no answer within {timeout:g} s")
                late = "the page did not arrive"
                kind, charset = _content_type(response.headers)
                declared = bool(response.headers.get("Content-Type"))
                if declared and kind not in (*HTML_TYPES, TEXT_TYPE, PDF_TYPE):
                    hint = _DOCUMENT_HINT if kind in DOCUMENT_TYPES else ""
                    raise FetchError(f"{shown(url)}: this is {visible(kind)}, not a web page{hint}")
                data = _read_body(response, url, deadline, timeout, max_bytes)
                if watchdog.expired:  # the body ended because its time was up, not because it was whole
                    raise FetchError(f"{shown(url)}: {late} within {timeout:g} s")
                location = None if kind in (TEXT_TYPE, PDF_TYPE) and declared else _refresh_target(data)
                if location is None:
                    return Fetched(url=response.geturl(), data=data, charset=charset,
                                   kind=kind if declared else HTML_TYPES[0])
        except urllib.error.HTTPError as exc:
            with exc:
                location = exc.headers.get("Location") if 300 <= exc.code < 400 else None
                if location is None:
                    reason = visible(exc.reason or "")
                    raise FetchError(f"{shown(url)}: the server answered {exc.code} {reason}".rstrip()) from None
        except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
            if watchdog.expired:
                raise FetchError(f"{shown(url)}: {late} within {timeout:g} s") from None
            raise FetchError(f"{shown(url)}: {_why(exc, timeout)}") from None
        url = _redirect(url, location, seen, max_redirects)


def _redirect(url: str, location: str, seen: list[str], max_redirects: int) -> str:
    """The address `url` redirects to (by a Location header or an immediate refresh), added
    to `seen`; FetchError for a redirect off the web, a loop, or one too many."""
    target = urljoin(url, location)
    if urlsplit(target).scheme.lower() not in SCHEMES:
        raise FetchError(f"{shown(url)}: redirects to {shown(target)}, which is not a web address")
    target = ascii_url(target)
    if target in seen:
        raise FetchError(f"{shown(seen[0])}: redirect loop (back to {shown(target)})")
    if len(seen) > max_redirects:
        raise FetchError(f"{shown(seen[0])}: more than {max_redirects} redirects")
    seen.append(target)
    return target
