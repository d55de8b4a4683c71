"""A file that reads otherwise than when it was opened is read again the same way however it
comes back: opened from disk (O, tests/tui/test_reopen_edited.py), a web page fetched again
(its file in the corpus folder rewritten), or a recent pair reopened from the palette. The pane
showing it takes the new text in place, its cursor on the passage where it was, a notice says
so, and going back (backspace) never brings the old text back."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler

import pytest
from textual.widgets import Input

from tui_helpers import covers, local_site, notices, open_palette, pair_corpus, reading_room, settle

QUAY = ["Port officials from both towns met on Monday to reopen talks on the shared harbour at Calder Quay.",
        "The northern mayor said ferries could run again within weeks if the councils agree on inspections.",
        "Fishermen at Calder Quay said they had heard such promises before and wanted a written timetable.",
        "The southern council said its inspectors would not sign anything before the summer season."]
LATER = "On Thursday the two councils agreed that a joint crew would inspect the catch at Calder Quay."
OTHER = ["The southern council blamed the northern mayor for closing Calder Quay to ferries last autumn.",
         "Its inspectors said the catch landed by northern boats had never been weighed at the quay.",
         "Ferry crews from the south said they lost half a year of wages while the talks stalled.",
         "The council said a written timetable was the least the fishermen of Calder Quay deserved."]


def _page(paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Quay talks | Ledger</title>"
            "<meta name='author' content='Sam Writer'></head><body><article><h1>Quay talks</h1>"
            f"{body}</article></body></html>").encode("utf-8")


class _Site:
    page = _page(QUAY)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        body = _Site.page
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site(monkeypatch):
    """A local server whose one page the test rewrites (`_Site.page`); yields the page's URL."""
    _Site.page = _page(QUAY)
    with local_site(_Handler, monkeypatch) as url:
        yield f"{url}/quay"


async def _open(pilot, text: str) -> None:
    await pilot.press("O")
    pilot.app.screen.query_one(Input).value = str(text)
    await pilot.press("enter")
    await settle(pilot)
    await settle(pilot)


def _texts(pane) -> list[str]:
    return [unit.text for unit in pane.units]


async def test_a_page_fetched_again_is_read_again_in_its_pane(make_app, tmp_path, site):
    covers("open.path", "pane.switch", "cursor.down")
    corpus = pair_corpus(tmp_path / "quay", OTHER, OTHER[::-1], ("south.txt", "north.txt"))
    app = make_app(corpus)
    async with reading_room(app, (120, 36)) as (pilot, screen):
        await _open(pilot, site)  # O from pane A: the page goes into pane B
        page = screen.articles[1]
        assert page.title == "Quay talks"
        await pilot.press("tab", "g", "j", "j")  # pane B's cursor on the page's second paragraph
        right = screen.panes[1]
        at = right.units[right.cursor].text
        assert at == QUAY[1]
        await pilot.press("tab")  # back to pane A: O shows its page in pane B again
        _Site.page = _page(QUAY + [LATER])
        told = len(notices(app))
        await _open(pilot, site)
        fresh = screen.articles[1]
        assert fresh is not page and fresh.path == page.path and _texts(right)[-1] == LATER
        assert right.units[right.cursor].text == at  # still where it was in the page
        assert screen.alignment is not None and screen.alignment.b is fresh
        assert any("changed" in n and "Quay talks" in n for n in notices(app)[told:])
        assert [a for a in app.corpus if a.path == page.path] == [fresh]


async def test_a_page_fetched_again_into_the_other_pane_is_not_compared_with_itself(make_app, tmp_path, site):
    covers("open.path", "pane.switch")
    corpus = pair_corpus(tmp_path / "quay", OTHER, OTHER[::-1], ("south.txt", "north.txt"))
    app = make_app(corpus)
    async with reading_room(app, (120, 36)) as (pilot, screen):
        south = screen.articles[0]
        await _open(pilot, site)  # the page into pane B
        page = screen.articles[1]
        await pilot.press("tab")  # pane B active: O now opens into pane A
        _Site.page = _page(QUAY + [LATER])
        await _open(pilot, site)
        a, b = screen.articles
        assert a.path != b.path, "the page's old and new text side by side"
        assert a is south and b is not page and b.path == page.path and _texts(screen.panes[1])[-1] == LATER


async def test_a_recent_pair_reopened_with_an_edited_file_reads_it_again(make_app, tmp_path):
    covers("open.path", "pane.back")
    corpus = pair_corpus(tmp_path / "quay", QUAY, OTHER, ("north.txt", "south.txt"))
    third = tmp_path / "quay" / "ferry.txt"
    third.write_text("\n\n".join(OTHER[::-1]) + "\n", encoding="utf-8")
    app = make_app(corpus)
    async with reading_room(app, (120, 36)) as (pilot, screen):
        north, south = screen.articles
        await _open(pilot, third)  # pane B shows ferry.txt; north ↔ south is a recent pair now
        await pilot.press("j", "j")
        at = screen.panes[0].units[screen.panes[0].cursor].text
        north.path.write_text("\n\n".join(QUAY + [LATER]) + "\n", encoding="utf-8")
        told = len(notices(app))
        await open_palette(pilot, "recent pair")
        await pilot.press("enter")
        await settle(pilot)
        fresh, other = screen.articles
        assert fresh is not north and fresh.path == north.path and other is south
        assert _texts(screen.panes[0])[-1] == LATER
        assert any("changed on disk" in n for n in notices(app)[told:])
        await pilot.press("backspace")  # back to north ↔ ferry: north as it reads now
        await settle(pilot)
        assert screen.articles[0] is fresh and screen.articles[1].path == third
        assert screen.panes[0].units[screen.panes[0].cursor].text == at
