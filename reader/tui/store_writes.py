"""Writing to the bookmark store from the UI: the checks and the worker every screen shares.

A leaf module (no screen imports it back), so the compare screen's bookmark actions and the
bookmarks screen both write the same way: off the UI thread, failures as one plain notice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, TypeVar

from textual.dom import DOMNode
from textual.worker import Worker

from reader.errors import UserError

if TYPE_CHECKING:
    from textual.app import App

    from reader.bookmarks import BookmarkStore

T = TypeVar("T")


def tell_store_problems(problems: list[str], notify: Callable[..., object]) -> None:
    """What opening the app's one store found (database moved aside, read-only), told once."""
    for problem in problems:
        notify(problem, title="Bookmarks", severity="warning", markup=False, timeout=10)


def read_only_notice(store: BookmarkStore) -> str:
    return f"Bookmarks are read-only ({store.path}): nothing can be saved. Reading works as usual."


def can_write(app: App) -> bool:
    """Whether the app's store takes writes; if not, says so (before a dialog is opened)."""
    store = app.bookmark_store
    if store.read_only:
        app.notify(read_only_notice(store), severity="warning", markup=False, timeout=6)
        return False
    return True


def write_in_background(node: DOMNode, write: Callable[[], T], done: Callable[[T], None]) -> Worker:
    """Run a store write in a thread worker; `done(result)` runs on the UI thread after it.

    A failed write (read-only, busy, damaged) becomes an error notice; anything else is a bug
    and ends the app with its traceback, as it would on the UI thread. The worker belongs to
    the app, not to `node`: closing the screen that asked for a write must not drop it.
    """
    app = node.app

    def run() -> None:
        try:
            result = write()
        except UserError as exc:
            app.call_from_thread(app.notify, str(exc), severity="error", markup=False, timeout=8)
            return
        app.call_from_thread(done, result)

    return app.run_worker(run, thread=True, group="bookmark-write")
