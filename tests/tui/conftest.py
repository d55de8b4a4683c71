"""Fixtures for the reading room: corpora on disk and apps pointed at temporary user dirs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.corpus import load_paths

# Everything a hostile article can throw at a terminal UI: markup tags (balanced, unbalanced,
# clickable actions, links), CSI/OSC escape sequences, C1 controls and bidi overrides.
HOSTILE_TITLE = "[bold]Loud[/bold] [@click=app.quit]x[/] [/x] [link=file:///etc/passwd]pw[/link] \x1b[31mred\x1b]0;pwn\x07 \x9b2J \u202eevil\u202c"
HOSTILE_BODY = [
    "Intro [bold]not bold[/bold] and [@click=app.quit]click me[/] here, Azerbaijan and Israel.",
    "Unbalanced [/x] closing tag and [link=file:///etc/passwd]a link[/link] about Armenia.",
    "Escapes \x1b[2J\x1b[31mred\x1b[0m and OSC \x1b]52;c;aGVsbG8=\x07 and C1 \x9b31m and \x85 next line.",
    "Bidi \u202ereversed\u202c and \u2066isolate\u2069 text about Nagorno-Karabakh and Iron Dome.",
]


def write_hostile(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hostile.txt").write_text("\n\n".join(HOSTILE_BODY) + "\n", encoding="utf-8")
    (folder / "plain.txt").write_text(
        "A plain article about Israel and Azerbaijan.\n\nIsrael sold Iron Dome technology to Azerbaijan "
        "according to the report.\n\nArmenia [bold] protested the sale.\n", encoding="utf-8")
    manifest = (
        "[[article]]\nfile = \"hostile.txt\"\n"
        f"title = {json.dumps(HOSTILE_TITLE)}\n"
        f"outlet = {json.dumps('[i]Outlet[/i] [@click=app.quit]q[/]')}\n"
        f"side = {json.dumps('[/side] hostile')}\n"
        f"date = {json.dumps('[b]2024[/b]')}\n"
        "\n[[article]]\nfile = \"plain.txt\"\nside = \"plain\"\n"
    )
    (folder / "corpus.toml").write_text(manifest, encoding="utf-8")
    return folder


@pytest.fixture
def hostile_corpus(tmp_path):
    return load_paths([write_hostile(tmp_path / "hostile")])


@pytest.fixture
def make_app(tmp_path):
    """Build the app over a corpus with temporary config and data directories."""
    from reader.tui.app import build_app

    def make(corpus, **kwargs):
        return build_app(corpus, config_dir=tmp_path / "config", data_dir=tmp_path / "data", **kwargs)

    return make


@pytest.fixture(autouse=True)
def observe_bindings(monkeypatch, binding_observer):
    """Every app a test runs reports the bindings it runs (see tests/conftest.py)."""
    from reader.tui.app import CounterpointApp

    monkeypatch.setattr(CounterpointApp, "action_observer", binding_observer)


@pytest.fixture(autouse=True)
def record_notices(monkeypatch):
    """Keep the text of every notification an app shows, however soon it expires (read it
    with `tui_helpers.notices(app)`): counting toasts still on screen depends on the clock."""
    from textual.app import App

    from tui_helpers import SHOWN_NOTICES

    notify = App.notify

    def recording(app, message, *args, **kwargs):
        SHOWN_NOTICES.setdefault(app, []).append(str(message))
        return notify(app, message, *args, **kwargs)

    monkeypatch.setattr(App, "notify", recording)


@pytest.fixture(autouse=True)
def steady_cursor(request, monkeypatch):
    """In snapshot tests every text input's cursor stays on (no blink): a screenshot taken
    during the blink's off half-second would differ from the saved one."""
    if "snap_compare" not in request.fixturenames:
        return
    from textual.widgets import Input

    init = Input.__init__

    def without_blink(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.cursor_blink = False

    monkeypatch.setattr(Input, "__init__", without_blink)


@pytest.fixture(autouse=True)
def a_terminal_that_takes_copies(monkeypatch):
    """The room's tests run as in a terminal that takes a program's copy (OSC 52), whatever
    terminal runs them: copying says what it did the same way everywhere (see
    test_copy_says_how.py for the terminals that do not)."""
    for name in ("TMUX", "TERM_PROGRAM", "VTE_VERSION"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")


@pytest.fixture(autouse=True)
def pilot_waits_until_handled(monkeypatch):
    """Pilot's waits (after a key, a click, a pause) last until the app has handled what they
    set off, on a loaded machine too (see tui_helpers.until_handled); keys pressed together are
    handled one after the other, as a person types them: a key a binding takes (backspace) runs
    once it has bubbled up to the binding, and a letter typed after it must not overtake it."""
    from textual.pilot import Pilot

    from tui_helpers import until_handled

    wait, press = Pilot._wait_for_screen, Pilot.press

    async def waiting(pilot, timeout: float = 30.0) -> bool:
        return await until_handled(pilot, lambda: wait(pilot, timeout))

    async def one_at_a_time(pilot, *keys: str) -> None:
        for key in keys:
            await press(pilot, key)

    monkeypatch.setattr(Pilot, "_wait_for_screen", waiting)
    monkeypatch.setattr(Pilot, "press", one_at_a_time)


@pytest.fixture
def starved(monkeypatch):
    """Textual's idle check as on a machine that gives the tests' process no CPU for a while:
    its CPU time stands still, so it looks idle after a single turn of the event loop."""
    import asyncio

    import textual.app
    import textual.pilot

    async def looks_idle(min_sleep: float = 0.0, max_sleep: float = 1.0) -> None:
        await asyncio.sleep(0)

    for module in (textual.app, textual.pilot):
        monkeypatch.setattr(module, "wait_for_idle", looks_idle)


@pytest.fixture(autouse=True)
def starved_when_asked(request):
    """COUNTERPOINT_TESTS_STARVED=1 runs every Pilot test as on a loaded machine (`starved`): a
    test that reads the app's state before the app has made it fails at once, not now and then."""
    import os

    if os.environ.get("COUNTERPOINT_TESTS_STARVED") == "1":
        request.getfixturevalue("starved")
