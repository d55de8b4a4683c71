"""After a search is left (enter on a hit, esc in the dialog, or esc after enter), the reading
room's one-letter keys work again: the search field keeps no key once its dialog is gone."""

from __future__ import annotations

import pytest
from tui_helpers import covers, pair_corpus, reading_room, settle

from reader.tui.bookmark_dialog import BookmarkDialog
from reader.tui.bookmarks_screen import BookmarksScreen
from reader.tui.claim_map import ClaimMapScreen
from reader.tui.help import HelpScreen
from reader.tui.words_screen import WordsScreen

TOLL = ["The toll on the Harrow bridge rises to four pounds in May, the county said on Monday.",
        "Drivers who cross the bridge daily said the toll would cost them a week's wages each year.",
        "The county said the toll pays for repairs to the bridge's cables, which rusted over the winter."]
FARES = ["Bridge tolls in Harrow go up in May, four pounds a crossing, council officers said.",
         "Commuters said the new toll would take a week of wages from them each year.",
         "Officers said the money mends the bridge's rusted cables."]
LEAVING = {"enter": ("enter",), "esc": ("escape",), "enter-esc": ("enter", "escape")}
KEYS = {"w": WordsScreen, "M": ClaimMapScreen, "m": BookmarksScreen, "b": BookmarkDialog, "question_mark": HelpScreen}


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("leave", LEAVING)
async def test_one_letter_keys_work_after_a_search(make_app, tmp_path, leave, key):
    covers("search.open", "search.leave", "words.open", "claims.open", "bookmarks.open", "bookmark.add")
    async with reading_room(make_app(pair_corpus(tmp_path, TOLL, FARES)), (120, 40)) as (pilot, room):
        await pilot.press("slash", *"bridge")
        await settle(pilot)
        await pilot.press(*LEAVING[leave])
        await settle(pilot)
        assert pilot.app.screen is room
        await pilot.press(key)
        await settle(pilot)
        assert isinstance(pilot.app.screen, KEYS[key]), (pilot.app.screen, pilot.app.focused)
