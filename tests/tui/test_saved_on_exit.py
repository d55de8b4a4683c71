"""Writes asked for just before the reader closes are in the store afterwards (real SQLite)."""

from __future__ import annotations

from reader.decisions import DecisionStore
from reader.tui.store_writes import FLUSHED, PendingWrites
from tui_helpers import covers, reading_room


async def test_a_decision_made_just_before_quitting_is_stored(make_app, seeds, tmp_path):
    covers("link.reject", "app.quit")
    app = make_app(seeds)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        a, b = screen.articles
        left = screen.panes[0]
        left.cursor = next(i for i in left.visible_order() if screen.alignment.for_a(i))
        await pilot.pause()
        await pilot.press("X", "q")  # quit well before the decision's store timer fires
    with DecisionStore.open(tmp_path / "data") as store:
        assert [d.kind for d in store.for_pair(a, b)] == ["reject"]
    assert app.unsaved == []


def test_each_pending_write_is_made_once_by_its_thread_or_by_the_flush():
    made: list[str] = []
    pending = PendingWrites()
    first = pending.add(lambda: made.append("first") or "one")
    second = pending.add(lambda: made.append("second"))
    assert pending.run(first) == "one"
    assert pending.flush(timeout=1) == []
    assert made == ["first", "second"]
    assert pending.run(second) is FLUSHED and pending.closing
    assert made == ["first", "second"]


def test_a_failed_write_at_the_flush_is_reported():
    from reader.errors import UserError

    pending = PendingWrites()

    def fails():
        raise UserError("the disk is full")

    pending.add(fails)
    assert pending.flush(timeout=1) == ["not saved: the disk is full"]
