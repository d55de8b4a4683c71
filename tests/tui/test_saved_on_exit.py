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


def test_a_note_whose_save_fails_as_the_reader_closes_is_said_again():
    from reader.errors import UserError

    pending = PendingWrites()

    def fails():
        raise UserError("the disk is full")

    pending.add(fails, typed="note “ask the ministry”, tags “dam”")
    pending.add(lambda: None)  # a write that is made keeps no line
    assert pending.flush(timeout=1) == ["not saved: the disk is full; what was typed: note “ask the ministry”, tags “dam”"]


def test_a_write_still_running_when_the_reader_closes_and_failing_then_is_reported():
    """A bookmark's thread already writing when the flush begins, failing after it: its line is
    in what the flush returns (the UI that would have said it is gone)."""
    import threading

    from reader.errors import UserError

    pending = PendingWrites()
    go = threading.Event()

    def slow_then_fails():
        go.wait(5)
        raise UserError("the disk is full")

    ticket = pending.add(slow_then_fails)

    def in_its_thread():
        try:
            pending.run(ticket)
        except UserError:
            pass  # (what write_in_background does once closing: tells the UI nothing)

    writer = threading.Thread(target=in_its_thread)
    writer.start()
    result: list[list[str]] = []
    flusher = threading.Thread(target=lambda: result.append(pending.flush(timeout=5)))
    while not pending._running:  # the write has started in its thread
        threading.Event().wait(0.001)
    flusher.start()
    while not pending.closing:
        threading.Event().wait(0.001)
    go.set()
    writer.join(5)
    flusher.join(5)
    assert result == [["not saved: the disk is full"]]


def test_what_a_bookmark_dialog_gives_back_says_the_note_and_tags_as_typed():
    from reader.tui.bookmark_dialog import NoteAndTags

    assert NoteAndTags("ask them\nagain", "dam, court").said == "note “ask them\nagain”, tags “dam, court”"
    assert NoteAndTags("  ", "dam").said == "tags “dam”"
    assert NoteAndTags("", "").said == ""
