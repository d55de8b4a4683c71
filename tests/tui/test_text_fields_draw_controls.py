"""A text field never sends what it holds to the terminal as a control: a path completed (tab)
from a file name with an escape sequence in it, a note pasted with ESC, C1 or bidi controls in
it, are drawn with each control as one visible cell (ESC as ␛), while the field keeps them, so
the completed path still opens its file. A suggestion holding one is not offered."""

from __future__ import annotations

from contextlib import asynccontextmanager

from tui_helpers import assert_terminal_safe, covers, pair_corpus, reading_room, settle

TOLD = ["The ferry company of Orlen Bay cut its winter crossings from six a day to two.",
        "Islanders say the two crossings leave no way to reach the hospital on the mainland in time."]
RETOLD = ["Orlen Bay's ferry operator halved its winter timetable, blaming fuel prices.",
          "The hospital on the mainland is out of reach for islanders after the last crossing, they say."]
HOSTILE_NAME = "tides\x1b[2J\x1b]0;pwn\x07\x9b31m\u202e.txt"


def screen_text(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_a_path_completed_from_a_hostile_file_name_is_drawn_safe_and_still_opens(make_app, tmp_path):
    covers("open.path", "open.complete")
    corpus = pair_corpus(tmp_path / "ferry", TOLD, RETOLD)
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    (shelf / HOSTILE_NAME).write_text("Tide tables for Orlen Bay were printed wrong all winter.\n", encoding="utf-8")
    async with reading_room(make_app(corpus), (80, 24)) as (pilot, screen):
        await pilot.press("O", *f"{shelf}/t")
        await settle(pilot)
        field = pilot.app.focused
        assert_terminal_safe(screen_text(pilot.app))  # the suggestion is not drawn raw either
        await pilot.press("tab")
        await settle(pilot)
        assert field.value == f"{shelf}/{HOSTILE_NAME}"
        drawn = screen_text(pilot.app)
        assert_terminal_safe(drawn)
        assert "tides␛[2J" in drawn
        assert field._cursor_offset == len(field.value) + 1  # one cell a character, the cursor after the last
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.screen is screen
        assert any(a.path.name == HOSTILE_NAME for a in screen.articles)


@asynccontextmanager
async def _note_field(make_app, tmp_path):
    """The reading room with the bookmark dialog open: the pilot and the note's field."""
    covers("bookmark.add")
    corpus = pair_corpus(tmp_path / "ferry", TOLD, RETOLD)
    async with reading_room(make_app(corpus), (80, 24)) as (pilot, screen):
        await pilot.press("b")
        await settle(pilot)
        yield pilot, pilot.app.focused


async def test_a_note_holding_controls_is_drawn_safe_and_kept(make_app, tmp_path):
    async with _note_field(make_app, tmp_path) as (pilot, note):
        note.insert_text_at_cursor("see \x1b]52;c;aGk=\x07 and \x85\u2066x")  # as a paste puts it there
        await pilot.pause()
        assert_terminal_safe(screen_text(pilot.app))
        assert note.value.startswith("see \x1b]52;")


async def test_a_click_in_a_field_holding_controls_puts_the_cursor_under_the_pointer(make_app, tmp_path):
    """Each control is drawn one cell wide (␛), so a click is told by those cells: the cursor
    lands on the character drawn where the pointer is, not characters further on."""
    async with _note_field(make_app, tmp_path) as (pilot, note):
        note.value = "tide\x1b\x1b\x1bmark"
        note.cursor_position = 0
        await pilot.pause()
        await pilot.click(note, offset=(note.gutter.left + 6, note.gutter.top))  # on the third ␛
        await pilot.pause()
        assert note.cursor_position == 6
