"""Helpers for Pilot tests (pytest-asyncio runs the async tests: `asyncio_mode = "auto"`)."""

from __future__ import annotations

import asyncio
import contextlib
import weakref

# Markup an untrusted article might carry: each must show literally, never act.
MARKUP = ("[bold]not bold[/bold]", "[@click=app.quit]click me[/]", "[/x]", "[link=file:///etc/passwd]a link[/link]")


def aio(test):
    """No-op, kept so a test still marked `@aio` runs: pytest-asyncio runs every async test."""
    return test


async def workers_done(pilot) -> None:
    """Wait until no worker is left running. A worker cancelled because a newer one took its
    place (an exclusive group) counts as done: `WorkerManager.wait_for_complete` would raise."""
    from textual.worker import WorkerCancelled, WorkerState

    while True:
        # a pause first, and again after every wait: a finished worker's messages (or a screen
        # mounted meanwhile) may start another, which counts too
        await pilot.pause()
        busy = [w for w in pilot.app.workers if not w.is_finished]
        if not busy:
            break
        for worker in busy:
            if worker.state == WorkerState.PENDING:
                await pilot.pause(0.01)
                continue
            try:
                await worker.wait()
            except WorkerCancelled:
                pass


# Rounds of "every node has handled what was queued" a wait repeats until nothing is left to
# handle; the bound only stops a hang (a node that never stops being sent messages).
HANDLED_ROUNDS = 200


def unhandled(app) -> bool:
    """Whether a message sent to the app, or to a node of a screen on its stack, is still to be
    handled: a key on its way from the focused widget up to the binding it runs, a
    message a handler posted, a screen being pushed, a call after the next refresh, a new
    terminal size not yet passed on to the screens."""
    nodes = [app]
    for screen in app.screen_stack:
        nodes.extend(screen.walk_children(with_self=True))
    if any(node.message_queue_size or node._pending_message is not None or node._next_callbacks for node in nodes):
        return True
    if _resize_due(app):
        return True
    stack = app.screen_stack  # call_after_refresh: run once the screen shown has refreshed
    return bool(stack and (stack[-1]._callbacks or _refresh_due(stack[-1])))


def _resize_due(app) -> bool:
    """Whether the app has taken a new terminal size and not yet told its screens: Textual
    holds a resize back for a timer of 1/120 s (so a window dragged wide lays out once), which
    a starved process may not have run when Pilot's wait returns."""
    return app._resize_event is not None


def _refresh_due(screen) -> bool:
    """Whether the screen shown is to lay out again on its next refresh (what a widget does
    when its size or its scrollbars change waits for it), which a starved process may not have
    had yet."""
    return screen._layout_required or screen._scroll_required or screen._recompose_required


async def until_handled(pilot, wait_for_screen) -> bool:
    """`wait_for_screen` (Pilot's own wait: each node handles what was queued when it began)
    repeated until nothing is left unhandled. Pilot's wait alone returns while a key is still
    bubbling up to its binding, a hop per node, when the machine is so loaded that Textual's
    idle check (the process's CPU time standing still) mistakes "given no CPU" for "idle"."""
    done = True
    for _ in range(HANDLED_ROUNDS):
        done = await wait_for_screen()
        await asyncio.sleep(0)  # a message on its way to a queue (a key the driver sends) arrives
        if not done or not unhandled(pilot.app):
            break
        if _resize_due(pilot.app):
            pilot.app._check_resize()  # the screens told of it now, as the debounce timer does
        stack = pilot.app.screen_stack
        if stack and _refresh_due(stack[-1]):
            stack[-1]._on_timer_update()  # that refresh now, as Pilot's pause does
    return done


# Polls of POLL_STEP seconds a wait makes at most for a state it waits for (panes ready, writes
# made); the bound only stops a hang.
POLL_ROUNDS = 3000
POLL_STEP = 0.01


async def settle(pilot) -> None:
    """Wait for alignment (and any other worker) to finish and the screen to catch up,
    including panes taking the sentences a worker cut for them."""
    from reader.tui.pane import ArticlePane

    for _ in range(POLL_ROUNDS):
        await workers_done(pilot)
        if not (any(p.splitting for p in pilot.app.screen.query(ArticlePane)) or _alignment_due(pilot.app.screen)):
            break
        await pilot.pause(POLL_STEP)


async def writes_made(pilot) -> None:
    """Wait until every write the app put off has been made and the store's answer shown (a link
    decision is stored STORE_AFTER seconds after its key, on a timer): no fixed delay a loaded
    machine could outrun. The screen settles before (a worker may put a write off) and after (the
    store's answer shown), not at each poll."""
    writes = pilot.app.pending_writes
    await settle(pilot)
    for _ in range(POLL_ROUNDS):
        if not (writes._waiting or writes._running):
            break
        await pilot.pause(POLL_STEP)
    await settle(pilot)


def _alignment_due(screen) -> bool:
    """Whether a compare screen's alignment is still to come: its workers start after the first
    paint, and a pair's alignment after its place is looked up, so "no worker running" alone may
    be the moment before the one that aligns starts (seen on a loaded machine)."""
    from reader.tui.compare import CompareScreen

    return isinstance(screen, CompareScreen) and screen.align_state == "aligning" and not screen._changing


@contextlib.asynccontextmanager
async def reading_room(app, size: tuple[int, int]):
    """Run `app` at `size` until its first alignment has settled; yields (pilot, compare screen)."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        yield pilot, compare(app)


def covers(*ids):
    """Names the binding ids a test presses, for the reader of the test. What is checked is
    what runs: tests/conftest.py records each binding the app runs and, at the end of a full
    run, fails it if a published binding id never ran."""


def compare(app):
    """The app's current screen, which must be the compare screen."""
    from reader.tui.compare import CompareScreen

    assert isinstance(app.screen, CompareScreen), app.screen
    return app.screen


# Each app's notifications, in order, recorded by the `record_notices` fixture (conftest.py).
SHOWN_NOTICES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def notices(app) -> list[str]:
    """The text of every notification the app has shown, expired or dismissed ones included."""
    return list(SHOWN_NOTICES.get(app, ()))


async def type_path(pilot, path: str) -> None:
    """Type `path` into the open dialog (O) and press enter; wait for what it opens."""
    from textual.widgets import Input

    pilot.app.screen.query_one(Input).value = path
    await pilot.press("enter")
    await settle(pilot)


async def open_palette(pilot, query: str = "") -> None:
    """Open the command palette, type `query` and wait until it has listed its matches (its
    search runs in a worker): no fixed delay a busy machine could outrun."""
    await pilot.press("ctrl+p", *query)
    await workers_done(pilot)


def assert_terminal_safe(text: str) -> None:
    """No escape, C1 or bidi-override character reaches the terminal."""
    bad = [c for c in text if c == "\x1b" or 0x80 <= ord(c) <= 0x9F or 0x202A <= ord(c) <= 0x202E
           or 0x2066 <= ord(c) <= 0x2069]
    assert not bad, bad


def drawn(widget) -> str:
    """The text the terminal shows where `widget` is, its lines joined, runs of spaces as one:
    what a cut-off line would lose is missing from it."""
    strips = widget.screen._compositor.render_strips()
    region = widget.region
    lines = [strips[y].crop(region.x, region.right).text for y in range(region.y, region.bottom)]
    return " ".join(" ".join(line.split()) for line in lines)


def pair_corpus(folder, first: list[str], second: list[str], names: tuple[str, str] = ("told.txt", "retold.txt")):
    """Two plain-text articles of the given paragraphs, written to `folder`, loaded as a corpus."""
    from reader.corpus import load_paths

    folder.mkdir(parents=True, exist_ok=True)
    for name, paragraphs in zip(names, (first, second)):
        (folder / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return load_paths([folder / name for name in names])


@contextlib.contextmanager
def local_site(handler, monkeypatch):
    """A real HTTP server on 127.0.0.1 answering with `handler` (a BaseHTTPRequestHandler), no
    proxy in the way; yields its base URL."""
    import threading
    from http.server import ThreadingHTTPServer

    class QuietServer(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request, client_address) -> None:
            pass  # a reader that gave up on a slow page, as it should

    for name in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    httpd = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def long_paragraph(sentences: list[str], times: int) -> str:
    """One paragraph of `sentences` told `times` over, numbered so no two lines read alike."""
    return " ".join(f"{sentence} (part {n})" for n in range(times) for sentence in sentences)
