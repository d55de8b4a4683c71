"""Writing to the bookmark store from the UI: the checks and the worker every screen shares.

A leaf module (no screen imports it back), so the compare screen's bookmark actions and the
bookmarks screen both write the same way: off the UI thread, failures as one plain notice.
Every write goes through the app's `PendingWrites` first, so none is lost when the reader
quits while it waits on a timer or runs in a thread.
"""

from __future__ import annotations

import itertools
import threading
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from textual.dom import DOMNode
from textual.worker import Worker

from reader.errors import UserError

if TYPE_CHECKING:
    from textual.app import App

    from reader.bookmarks import BookmarkStore

T = TypeVar("T")

FLUSHED = object()  # what `PendingWrites.run` returns for a write the exit flush already made


class PendingWrites:
    """Writes asked for that the store may not hold yet: waiting (on a timer, or for their
    thread to start) or running. `flush`, as the app closes, waits for the running ones and
    makes the waiting ones itself, so a decision or bookmark made just before quitting is kept.

    Each write is made exactly once: by its thread (`run`) or by `flush`, whichever claims it.
    Writes added with the same `ordered` name are made in the order they were asked for: a
    link decision waits a moment on a timer before it is stored, and an undo asked for
    meanwhile must undo that decision, not the one before it.

    A write that fails once the app is closing (made by `flush`, or still running in its
    thread) is one line of what `flush` returns, with what the person typed for it (`typed`,
    a note) in that line: the dialog that would give it back is gone, so the terminal does.
    """

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._waiting: dict[int, Callable[[], Any]] = {}
        self._order: dict[int, str] = {}  # waiting tickets that keep the order of their name
        self._running: set[int] = set()
        self._typed: dict[int, str] = {}  # what the person typed for a write, to give back if it fails
        self._unsaved: list[str] = []  # the writes that failed once closing, one line each
        self._tickets = itertools.count(1)
        self.closing = False  # set by flush: threads finishing after it tell the UI nothing

    def add(self, write: Callable[[], Any], ordered: str | None = None, typed: str = "") -> int:
        """Register `write` (called with no arguments); the ticket runs it, after the writes
        still waiting that were added before it under the same `ordered` name. `typed`: what
        the person typed for it, said again if it fails as the app closes."""
        with self._changed:
            ticket = next(self._tickets)
            self._waiting[ticket] = write
            if ordered is not None:
                self._order[ticket] = ordered
            if typed:
                self._typed[ticket] = typed
            return ticket

    def _failed(self, exc: UserError, typed: str) -> None:
        """Keep a write's failure for `flush` to return, if the app is closing."""
        line = f"not saved: {exc}" + (f"; what was typed: {typed}" if typed else "")
        with self._changed:
            if self.closing and line not in self._unsaved:  # two places refused alike: one line says both
                self._unsaved.append(line)

    def run(self, ticket: int) -> Any:
        """Make write `ticket` here (any thread) and return its result, or FLUSHED if it was
        made already; its exceptions propagate. Earlier waiting writes of its order are made
        first (their own threads then find them FLUSHED); a failure of one of those is raised
        once this write is made."""
        with self._changed:
            write = self._waiting.pop(ticket, None)
            if write is None:
                return FLUSHED
            typed = self._typed.pop(ticket, "")
            name = self._order.pop(ticket, None)
            before = sorted(t for t, n in self._order.items() if n == name and t < ticket) if name else []
            earlier = [(self._waiting.pop(t), self._typed.pop(t, "")) for t in before]
            for t in before:
                del self._order[t]
            self._running.add(ticket)
        try:
            failed = None
            for made, made_typed in earlier:
                try:
                    made()
                except UserError as exc:
                    self._failed(exc, made_typed)
                    failed = failed or exc
            try:
                result = write()
            except UserError as exc:
                self._failed(exc, typed)
                raise
            if failed is not None:
                raise failed
            return result
        finally:
            with self._changed:
                self._running.discard(ticket)
                self._changed.notify_all()

    def flush(self, timeout: float) -> list[str]:
        """Wait up to `timeout` seconds for the running writes, then make the waiting ones,
        oldest first; returns what failed since the app began closing, one line each (the
        running writes' failures too: each is kept before its write stops counting as running)."""
        with self._changed:
            self.closing = True
            if not self._changed.wait_for(lambda: not self._running, timeout):
                return ["a change (a bookmark, a link decision, the theme or where a pair was left) was still being "
                        "saved when the reader closed; it may not have been kept"]
            tickets = sorted(self._waiting)
        for ticket in tickets:
            try:
                self.run(ticket)
            except UserError:
                pass  # kept by run
        with self._changed:
            return list(self._unsaved)


def tell_store_problems(problems: list[str], notify: Callable[..., object]) -> None:
    """What opening the app's one store found (database moved aside, read-only), told once."""
    for problem in problems:
        notify(problem, title="Bookmarks", severity="warning", markup=False, timeout=10)


def read_only_notice(store: BookmarkStore) -> str:
    if store.unreadable:  # no database at all (the data folder is a file, say), not a read-only one
        return f"Not saved: {store.unreadable}. Reading works as usual."
    return f"Bookmarks are read-only ({store.path}): nothing can be saved. Reading works as usual."


def can_write(app: App) -> bool:
    """Whether the app's store takes writes; if not, says why (before a dialog is opened)."""
    store = app.bookmark_store
    if store.read_only:
        app.notify(read_only_notice(store), severity="warning", markup=False, timeout=6)
        return False
    return True


def write_in_background(node: DOMNode, write: Callable[[], T], done: Callable[[T], None],
                        failed: Callable[[], None] | None = None, typed: str = "") -> Worker:
    """Run a store write in a thread worker; `done(result)` runs on the UI thread after it.

    A failed write (read-only, busy, damaged, a full disk) becomes an error notice, and then
    `failed()` runs on the UI thread (to give back what the person typed); once the app is
    closing, what `flush` returns says the failure with `typed` (what the person typed) instead.
    Anything else is a bug and ends the app with its traceback, as it would on the UI thread.
    The worker belongs to the app, not to `node`: closing the screen that asked for a write
    must not drop it.
    """
    app = node.app
    pending = app.pending_writes
    ticket = pending.add(write, typed=typed)

    def run() -> None:
        try:
            result = pending.run(ticket)
        except UserError as exc:
            if not pending.closing:
                app.call_from_thread(app.notify, str(exc), severity="error", markup=False, timeout=8)
                if failed is not None:
                    app.call_from_thread(failed)
            return
        if result is not FLUSHED and not pending.closing:
            app.call_from_thread(done, result)

    return app.run_worker(run, thread=True, group="bookmark-write")
