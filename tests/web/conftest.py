"""A real HTTP server on 127.0.0.1 for the fetching tests, and the pages the tests write."""

from __future__ import annotations

import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # for web_pages (a unique module name)

from web_pages import META  # noqa: E402

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


class _Handler(BaseHTTPRequestHandler):
    """Routes: a page, redirect chains and loops, errors, a slow answer, a trickle, too much."""

    # path -> (content type, body) or (content type, body, headers), set by a test
    routes: dict[str, tuple[str, bytes] | tuple[str, bytes, dict[str, str]]] = {}
    requests: list[tuple[str, str]] = []  # (path, user agent) of every request

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def _send(self, code: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", **headers) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.requests.append((self.path, self.headers.get("User-Agent", "")))
        path = self.path
        if path in self.routes:
            ctype, body, *headers = self.routes[path]
            self._send(200, body, ctype=ctype, **(headers[0] if headers else {}))
        elif path == "/page":
            self._send(200, META.encode("utf-8"))
        elif path.startswith("/hop/"):  # /hop/N redirects to /hop/N-1, and /hop/0 to the page
            n = int(path.rsplit("/", 1)[1])
            self._send(302 if n % 2 else 301, Location=f"/hop/{n - 1}" if n else "/page")
        elif path == "/loop/a":
            self._send(302, Location="/loop/b")
        elif path == "/loop/b":
            self._send(307, Location="http://127.0.0.1:%d/loop/a" % self.server.server_port)
        elif path == "/to-file":
            self._send(302, Location="file:///etc/passwd")
        elif path == "/missing":
            self._send(404, b"<h1>Not here</h1>")
        elif path == "/broken":
            self._send(500, b"<h1>Oops</h1>")
        elif path == "/slow":
            time.sleep(3)
            self._send(200, META.encode("utf-8"))
        elif path == "/trickle":  # every byte in time, the whole far too late
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"<p>" + b"x" * 10 + b"</p>\n")
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/header-drip":  # a header line every 0.2 s: each read in time, the answer never
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            try:
                for n in range(40):
                    self.wfile.flush()
                    time.sleep(0.2)
                    self.wfile.write(b"X-Padding-%d: 1\r\n" % n)
            except OSError:
                pass  # the client hung up at its deadline
        elif path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
            self.wfile.write(b"<html>")
        elif path == "/huge-streamed":  # no Content-Length: the cap must hold while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"y" * 65536 + b"</p>"
            try:
                for _ in range(400):
                    self.wfile.write(chunk)
            except OSError:
                pass  # the client hung up once it had enough, as it should
        elif path == "/hang-up":  # a crashed handler: the connection closes with no answer
            self.close_connection = True
        elif path == "/report.pdf":
            self._send(200, PDF, ctype="application/pdf")
        else:
            self._send(404)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # a client that hung up on a slow or huge answer did what the test wanted


@pytest.fixture
def server():
    """A threaded HTTP server on a free port of 127.0.0.1; yields its base URL."""
    _Handler.routes = {}
    _Handler.requests = []
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield _Handler, f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """The tests talk to 127.0.0.1 directly, whatever proxy the machine sets."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
