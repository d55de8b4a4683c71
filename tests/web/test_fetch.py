"""Fetching against a real HTTP server on 127.0.0.1: every failure is one line, never a hang."""

from __future__ import annotations

import gzip
import socket
import time
import zlib

import pytest
from web_pages import META, POLISH, RUSSIAN, article_html, page

from reader.corpus.html import extract_page
from reader.web.fetch import MAX_REDIRECTS, USER_AGENT, FetchError, fetch


def test_a_normal_page_is_fetched_with_a_plain_user_agent(server):
    handler, base = server
    fetched = fetch(f"{base}/page")
    assert fetched.data == META.encode("utf-8")
    assert fetched.url == f"{base}/page" and fetched.charset == "utf-8"
    assert handler.requests == [("/page", USER_AGENT)]
    assert USER_AGENT.startswith("Counterpoint/")


def test_a_redirect_chain_is_followed_to_the_page(server):
    handler, base = server
    fetched = fetch(f"{base}/hop/{MAX_REDIRECTS - 1}")
    assert fetched.url == f"{base}/page"
    assert fetched.data == META.encode("utf-8")
    assert len(handler.requests) == MAX_REDIRECTS + 1


def test_too_long_a_redirect_chain_stops(server):
    handler, base = server
    with pytest.raises(FetchError, match=f"more than {MAX_REDIRECTS} redirects"):
        fetch(f"{base}/hop/{MAX_REDIRECTS + 3}")
    assert len(handler.requests) == MAX_REDIRECTS + 1


def test_a_redirect_loop_is_named(server):
    handler, base = server
    with pytest.raises(FetchError, match="redirect loop"):
        fetch(f"{base}/loop/a")
    assert [path for path, _ in handler.requests] == ["/loop/a", "/loop/b"]


def test_a_redirect_off_the_web_is_refused(server):
    _, base = server
    with pytest.raises(FetchError, match="not a web address"):
        fetch(f"{base}/to-file")


@pytest.mark.parametrize("path, answer", [("/missing", "404 Not Found"), ("/broken", "500 Internal Server Error")])
def test_http_errors_name_the_status(server, path, answer):
    _, base = server
    with pytest.raises(FetchError) as caught:
        fetch(base + path)
    assert str(caught.value) == f"{base}{path}: the server answered {answer}"


def test_a_slow_server_times_out(server):
    _, base = server
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"no answer within 0.5 s"):
        fetch(f"{base}/slow", timeout=0.5)
    assert time.monotonic() - started < 2.5  # the server answers after 3 s


def test_a_trickle_that_keeps_each_read_in_time_still_hits_the_deadline(server):
    _, base = server
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"within 1 s"):
        fetch(f"{base}/trickle", timeout=1)
    assert time.monotonic() - started < 2.5  # the whole trickle takes 3 s


@pytest.mark.parametrize("path", ["/huge-declared", "/huge-streamed"])
def test_an_oversized_body_is_refused(server, path):
    _, base = server
    with pytest.raises(FetchError, match="larger than 1 MB"):
        fetch(base + path, max_bytes=1024 * 1024)


def test_a_pdf_is_fetched_as_what_it_is(server):
    _, base = server
    fetched = fetch(f"{base}/report.pdf")
    assert fetched.kind == "application/pdf" and fetched.data.startswith(b"%PDF-")


@pytest.mark.parametrize("url, why", [
    ("ftp://example.org/page.html", "only http and https"),
    ("file:///etc/passwd", "only http and https"),
    ("http:///no-host", "names no host"),
    ("http://[::1", "not a valid address"),
    ("http://127.0.0.1:99999/page", "not a valid port"),
    ("http://user:secret@127.0.0.1/page", "user name or password"),
])
def test_only_web_addresses_are_fetched(url, why):
    with pytest.raises(FetchError, match=why):
        fetch(url)


def test_headers_that_keep_each_read_in_time_still_hit_the_deadline(server):
    _, base = server
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"no answer within 1 s"):
        fetch(f"{base}/header-drip", timeout=1)
    assert time.monotonic() - started < 2.5  # the headers take 8 s


def test_a_server_that_hangs_up_without_answering_is_named_so(server):
    _, base = server
    with pytest.raises(FetchError) as caught:
        fetch(f"{base}/hang-up", timeout=5)
    assert str(caught.value) == f"{base}/hang-up: the server closed the connection without answering"


def test_a_closed_port_is_one_line():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError) as caught:
        fetch(f"http://127.0.0.1:{port}/page", timeout=2)
    assert "refused" in str(caught.value) and "\n" not in str(caught.value)


def test_the_servers_charset_decodes_a_page_that_declares_none(server):
    handler, base = server
    body = "<html><head><title>Genewa</title></head><body><article>" + "".join(
        f"<p>{p}</p>" for p in POLISH) + "</article></body></html>"
    handler.routes["/polish"] = ("text/html; charset=iso-8859-2", body.encode("iso8859_2"))
    fetched = fetch(f"{base}/polish")
    assert fetched.charset == "iso-8859-2"
    page = extract_page(fetched.data, fetched.url, declared_charset=fetched.charset)
    assert page.text.split() == "\n\n".join(POLISH).split()
    # Without the server's word the same bytes are read as another encoding.
    assert extract_page(fetched.data, fetched.url).text.split("\n\n")[0] != POLISH[0]


@pytest.mark.parametrize("own_declaration", ["windows-1251", None])
def test_a_server_default_charset_that_garbles_the_page_is_not_believed(server, own_declaration):
    # A server configured with a default charset labels every page ISO-8859-1, whatever the
    # page is written in (and whatever its own <meta> says).
    handler, base = server
    source = page("<title>Переговоры в Женеве</title>", f"<article>{article_html(RUSSIAN)}</article>",
                  charset=own_declaration or "")
    if own_declaration is None:
        source = source.replace('<meta charset="">', "")
    handler.routes["/ru"] = ("text/html; charset=iso-8859-1", source.encode("cp1251"))
    fetched = fetch(f"{base}/ru")
    parsed = extract_page(fetched.data, fetched.url, declared_charset=fetched.charset)
    assert parsed.encoding == "cp1251"
    assert parsed.title == "Переговоры в Женеве"
    assert parsed.text.split() == "\n\n".join(RUSSIAN).split()


def test_a_unicode_address_is_fetched_as_a_browser_sends_it(server):
    handler, base = server
    handler.routes["/wiki/%D0%9A%D0%B0%D1%80%D0%B0%D0%B1%D0%B0%D1%85?q=%D0%B4%D0%B0"] = ("text/html", META.encode())
    fetched = fetch(f"{base}/wiki/Карабах?q=да#section")
    assert fetched.data == META.encode()
    assert fetched.url == f"{base}/wiki/%D0%9A%D0%B0%D1%80%D0%B0%D0%B1%D0%B0%D1%85?q=%D0%B4%D0%B0"


def test_an_unknown_host_is_one_line(monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)  # no resolver to depend on
    with pytest.raises(FetchError) as caught:
        fetch("http://counterpoint-test.invalid/page")
    assert str(caught.value) == ("http://counterpoint-test.invalid/page: cannot find that host "
                                 "(no network, or a mistyped address)")


def test_an_address_with_escapes_is_named_with_them_spelled_out():
    with pytest.raises(FetchError) as caught:
        fetch("ftp://example.org/\x1b]0;TITLE\x07\u202epage")
    message = str(caught.value)
    assert "\x1b" not in message and "\x07" not in message and "\u202e" not in message
    assert "\\x1b]0;TITLE\\x07\\u202epage" in message


@pytest.mark.parametrize("encoding, pack", [
    ("gzip", gzip.compress), ("x-gzip", gzip.compress), ("deflate", zlib.compress), ("GZIP", gzip.compress)])
def test_a_compressed_page_is_unpacked_as_a_browser_would(server, encoding, pack):
    handler, base = server
    handler.routes["/packed"] = ("text/html; charset=utf-8", pack(META.encode()), {"Content-Encoding": encoding})
    assert fetch(f"{base}/packed").data == META.encode()


def test_a_compression_bomb_stops_at_the_size_cap(server):
    handler, base = server
    handler.routes["/bomb"] = ("text/html", gzip.compress(b"<p>" + b"a" * (3 * 1024 * 1024)), {"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="larger than 1 MB"):
        fetch(f"{base}/bomb", max_bytes=1024 * 1024)


@pytest.mark.parametrize("encoding, body, message", [
    ("gzip", gzip.compress(META.encode(), mtime=0)[:-40], "damaged compressed page"),
    ("gzip", b"not gzip at all, just bytes", "damaged compressed page"),
    ("br", b"\x1b\x00\x00", "compressed as br, which cannot be read"),
], ids=["cut-gzip", "not-gzip", "brotli"])  # fixed ids: xdist's workers must collect the same names
def test_a_damaged_or_unknown_compression_is_one_line(server, encoding, body, message):
    handler, base = server
    handler.routes["/packed"] = ("text/html", body, {"Content-Encoding": encoding})
    with pytest.raises(FetchError, match=message) as caught:
        fetch(f"{base}/packed")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("refresh", [
    '<meta http-equiv="refresh" content="0; url=/page">',
    "<META CONTENT='1;URL=/page' HTTP-EQUIV='Refresh'>",
    '<meta http-equiv="refresh" content="0;/page">',
    '<meta http-equiv="refresh" content="0; url=/page?id=7&amp;view=full">',
])
def test_a_page_that_sends_the_reader_on_at_once_is_followed(server, refresh):
    handler, base = server
    handler.routes["/moved"] = ("text/html", f"<html><head>{refresh}</head><body>Moved.</body></html>".encode())
    handler.routes["/page?id=7&view=full"] = ("text/html", META.encode())
    fetched = fetch(f"{base}/moved")
    assert fetched.url.startswith(f"{base}/page") and fetched.data == META.encode()


def test_a_page_that_reloads_itself_later_is_the_page(server):
    handler, base = server
    live = META.replace("<head>", '<head><meta http-equiv="refresh" content="120">')
    handler.routes["/live"] = ("text/html", live.encode())
    handler.routes["/later"] = ("text/html", META.replace("<head>", '<head><meta http-equiv="refresh" content="60; url=/x">').encode())
    assert fetch(f"{base}/live").data == live.encode()
    assert fetch(f"{base}/later").url == f"{base}/later"


def test_refreshes_count_as_redirects(server):
    handler, base = server
    handler.routes["/r/a"] = ("text/html", b'<meta http-equiv="refresh" content="0; url=/r/b">')
    handler.routes["/r/b"] = ("text/html", b'<meta http-equiv="refresh" content="0; url=/r/a">')
    with pytest.raises(FetchError, match="redirect loop"):
        fetch(f"{base}/r/a")
