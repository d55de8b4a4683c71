"""An alignment that arrives before a pane has its sentences (S: the align worker cut them
first, as happens on a busy machine) waits for them: the panes show it once both are cut,
instead of the screen reading a counterpart in a pane that has no units yet, which raised
IndexError and ended the app."""

from __future__ import annotations

from reader.tui.compare import AlignDone
from tui_helpers import covers, pair_corpus, reading_room, settle

FIRST = [
    "Storm over the harbour",
    "The ferry to Port Anselm was cancelled on Monday. Fog lay over the bay until noon.",
    "Harbour pilots reported waves of three metres near the outer buoy. Two boats turned back.",
    "The coastguard said nobody was hurt. Shopkeepers on the quay closed early.",
]
SECOND = [
    "Fog closes the bay",
    "Shopkeepers on the quay closed early, and the coastguard said nobody was hurt.",
    "The Monday ferry to Port Anselm was cancelled. Fog covered the bay until noon.",
    "Near the outer buoy harbour pilots saw waves of three metres. Two boats turned back.",
]


async def test_sentences_aligned_before_the_panes_have_them(make_app, tmp_path):
    covers("granularity.toggle")
    corpus = pair_corpus(tmp_path / "articles", FIRST, SECOND)
    async with reading_room(make_app(corpus), (80, 24)) as (pilot, screen):
        app = screen.app
        screen.active = 0
        screen._move_to(2, center=False)
        a, b = screen.articles
        a.units("sentence")  # A's sentences were cut already (the align worker cuts A's first)
        screen.action_toggle_granularity()  # the key's action, with no await: nothing else runs
        assert screen.panes[0].splitting is None and screen.panes[1].splitting is not None
        aligned = app.compute_alignment(a, b, progress=lambda _: None, cancelled=lambda: False)
        screen.on_align_done(AlignDone((a.id, b.id), aligned, app.settings_generation))
        await settle(pilot)
        assert all(pane.granularity == "sentence" and pane.splitting is None for pane in screen.panes)
        assert screen.alignment is not None and screen.alignment.granularity == "sentence"
        assert screen.current_link() is not None
        await pilot.press("j", "enter", "j", "tab")  # the room still answers
        assert screen.panes[screen.active].cursor is not None
