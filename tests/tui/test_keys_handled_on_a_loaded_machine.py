"""The room's tests hold on a machine so loaded that Textual's idle check (the process's CPU
time standing still) passes at once: what a key, a click or a pause sets off has been handled
when the Pilot's wait returns, and keys pressed together are handled in their order
(conftest.py's pilot_waits_until_handled)."""

from __future__ import annotations

from reader.tui.help import HelpScreen
from tui_helpers import pair_corpus, reading_room, settle

TOLD = ["The river rose two metres overnight and the old bridge was closed to traffic.",
        "Farmers downstream moved their herds to the hills before the water reached them."]
RETOLD = ["Overnight the river rose by two metres, and the old bridge was shut to cars.",
          "Before the water came, farmers downstream drove their herds up into the hills."]


async def test_a_key_has_run_its_binding_when_press_returns(make_app, tmp_path, starved):
    async with reading_room(make_app(pair_corpus(tmp_path / "flood", TOLD, RETOLD)), (100, 30)) as (pilot, _):
        await pilot.press("question_mark")  # bubbles from the focused pane up to the screen's binding
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(pilot.app.screen, HelpScreen)



async def test_keys_typed_together_are_handled_in_their_order(make_app, tmp_path, starved):
    async with reading_room(make_app(pair_corpus(tmp_path / "flood", TOLD, RETOLD)), (100, 30)) as (pilot, _):
        await pilot.press("b", *"one", "enter")  # a bookmark with a note
        await settle(pilot)
        await pilot.press("b")  # the same passage: its note to edit
        note = pilot.app.screen.query_one("#note")
        assert note.value == "one"
        await pilot.press("backspace", "backspace", "backspace", *"two")  # backspace is a binding; letters are not
        assert note.value == "two"
