"""Running a computation the reader may walk away from.

Textual runs a thread worker in asyncio's default executor, and both `asyncio.run` and the
interpreter wait for that executor's threads before the process ends. A worker that is cancelled
(the reader quits, or another pair replaces this one) can only stop at its next checkpoint, and
an alignment has stretches without one: on two 50,000-line articles the process stayed alive
for four minutes after q, the terminal given back but not the prompt. So the computation runs
in a daemon thread, and the worker waits for it while watching its own cancellation: cancelled,
it returns at once; the abandoned thread stops at its own next checkpoint or ends with the
process.
"""

from __future__ import annotations

import threading
from typing import Any, Callable, TypeVar

T = TypeVar("T")

POLL = 0.05  # seconds between looks at the cancellation: the longest a quit waits for a worker


class Abandoned(Exception):
    """The worker was cancelled before the computation finished; its result will not come."""


def detached(work: Callable[[], T], cancelled: Callable[[], bool], poll: float = POLL) -> T:
    """`work()`'s result (or its exception), computed in a daemon thread; raises `Abandoned`
    as soon as `cancelled()` turns true while it still runs."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed to the waiting worker, which re-raises it
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True, name="counterpoint-detached")
    thread.start()
    while thread.is_alive():
        thread.join(poll)
        if thread.is_alive() and cancelled():
            raise Abandoned
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def for_this_worker(work: Callable[[], T]) -> T:
    """`detached(work)` for the thread worker calling it, abandoned once that worker is
    cancelled: reading files (a folder of them, one of a million short paragraphs) has no
    checkpoint either, and a quit must not wait for it."""
    from textual.worker import get_current_worker

    worker = get_current_worker()
    return detached(work, lambda: worker.is_cancelled)


def units_cut(article: Any, granularity: str, cancelled: Callable[[], bool]) -> list:
    """`article.units(granularity)`, cut in a daemon thread when not cut yet (a long article's
    sentences take seconds with no checkpoint inside, and a quit would wait for them); raises
    `Abandoned` as soon as `cancelled()` turns true while the cut still runs."""
    if article.units_ready(granularity):
        return article.units(granularity)
    return detached(lambda: article.units(granularity), cancelled)
