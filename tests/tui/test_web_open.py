"""Opening a web page from the reading room (O, and O in the picker), against a real HTTP
server on 127.0.0.1: a good page, a 404, and a page slower than the fetch timeout."""

from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler

import pytest
from textual.widgets import Input

from tui_helpers import covers, local_site, notices, reading_room, settle

PAGE = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Harbour talks reopen | Example Ledger</title>"
        "<meta name='author' content='Sam Writer'><meta name='date' content='2024-03-05'>"
        "<meta name='application-name' content='Example Ledger'></head><body><article>"
        "<h1>Harbour talks reopen</h1>"
        "<p>Port officials from both towns met on Monday to reopen talks on the shared harbour, "
        "closed to ferries since the dispute over fishing rights began last autumn.</p>"
        "<p>The mayor of the northern town said the ferries could run again within weeks if the "
        "two councils agree on who inspects the catch landed at the eastern quay.</p>"
        "<p>Fishermen on both sides said they had heard such promises before, and asked for a "
        "written timetable before the summer season starts in earnest.</p>"
        "</article></body></html>").encode("utf-8")
# The slow page answers long after the reader's timeout (1.5 s), so a loaded machine that takes
# seconds to settle the screen still tells giving up at the timeout from waiting for the answer.
SLOW_SECONDS = 30.0


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/slow":
            time.sleep(SLOW_SECONDS)
        code, body = (200, PAGE) if self.path in ("/harbour", "/slow") else (404, b"<h1>Not here</h1>")
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass  # the reader gave up on a slow page, as it should


@pytest.fixture
def site(monkeypatch):
    """A local server; yields its base URL."""
    with local_site(_Handler, monkeypatch) as url:
        yield url


async def _open(pilot, text: str) -> None:
    await pilot.press("O")
    field = pilot.app.screen.query_one(Input)
    field.value = text
    await pilot.press("enter")


async def test_a_web_address_is_fetched_added_and_shown(make_app, seeds, site, tmp_path):
    covers("open.path")
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        before = len(app.corpus)
        await _open(pilot, f"{site}/harbour")
        assert any(n.startswith("Fetching http://127.0.0.1") for n in notices(app))
        await settle(pilot)
        await settle(pilot)
        shown = screen.articles[1]
        assert shown.title == "Harbour talks reopen" and shown.author == "Sam Writer"
        assert "ferries could run again" in shown.text
        assert shown.path.parent == tmp_path / "data" / "corpus"  # the data dir's corpus folder
        assert 'url = "' + site + '/harbour"' in (shown.path.parent / "corpus.toml").read_text()
        assert len(app.corpus) == before + 1 and screen.align_state == "ready"
        assert any(n.startswith("Fetched http://127.0.0.1") and "extracting" in n for n in notices(app))
        assert any(n.startswith("added harbour-talks-reopen.txt") for n in notices(app))


async def test_the_picker_opens_a_web_page_in_its_pane(make_app, seeds, site):
    covers("picker.open", "picker.open-path")
    from reader.tui.open_dialog import OpenDialog

    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        await pilot.press("o", "O")  # the picker for the active pane (left), then open
        assert isinstance(app.screen, OpenDialog)
        assert "web page" in str(app.screen.query_one("#title").render())
        field = app.screen.query_one(Input)
        field.value = f"{site}/harbour"
        await pilot.pause()
        assert "A web page" in str(app.screen.query_one("#about").render())
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert screen.articles[0].title == "Harbour talks reopen"


async def test_a_missing_page_is_one_clear_notice(make_app, seeds, site):
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        shown = list(screen.articles)
        count = len(app.corpus)
        await _open(pilot, f"{site}/gone?\x1b[31m")
        await settle(pilot)
        errors = [n for n in notices(app) if "answered 404" in n]  # (the port may hold "404" too)
        assert len(errors) == 1 and "\n" not in errors[0] and "\x1b" not in errors[0]
        assert errors[0].startswith(f"{site}/gone") and "the server answered 404" in errors[0]
        assert screen.articles == shown and len(app.corpus) == count  # nothing added, nothing replaced


async def test_a_slow_page_times_out_while_the_reader_stays_responsive(make_app, seeds, site):
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        screen.fetch_timeout = 1.5
        left = screen.panes[0]
        cursor = left.cursor
        started = time.monotonic()
        await _open(pilot, f"{site}/slow")
        await pilot.press("j", "j")  # keys work while the page is being fetched
        assert left.cursor != cursor
        fetching = [w for w in app.workers if w.group == "fetch"]
        assert fetching and not fetching[0].is_finished
        await settle(pilot)
        assert time.monotonic() - started < SLOW_SECONDS  # given up at the timeout, not at the answer
        errors = [n for n in notices(app) if "no answer within 1.5 s" in n]
        assert len(errors) == 1 and errors[0].startswith(f"{site}/slow")
        assert screen.articles[1].title != "Harbour talks reopen"
