"""A pair reopens in the view it was left in, as it reopens on the passage: `v` (all passages,
only ◌ ones, only linked ones) and `x` (boilerplate hidden or shown) are kept with the place in
reading-places.json, on quitting and on changing the pair."""

from __future__ import annotations

import json

from tui_helpers import covers, pair_corpus, reading_room, settle

from reader.reading_places import FILE_NAME

KILN = ["The pottery at Brenmoor fired its last kiln on Friday after ninety years of work.",
        "Its owners blamed the price of gas, which tripled over the winter months.",
        "Twelve potters lose their jobs; the town council offered them a workshop in the old school.",
        "Subscribe to our newsletter for more local stories."]
CLAY = ["Brenmoor's pottery fired its kiln for the last time on Friday, ending ninety years of work.",
        "A choir from the chapel sang outside the gates as the staff left.",
        "Gas that cost three times as much over the winter closed it, its owners said.",
        "Subscribe to our newsletter for more local stories."]


async def leave_in(pilot, screen, view: str) -> None:
    """Press v until the room shows `view`, and hide boilerplate."""
    for _ in range(3):
        if screen.view == view:
            break
        await pilot.press("v")
    assert screen.view == view
    await pilot.press("x")
    await settle(pilot)


async def test_a_pair_reopens_in_the_view_it_was_left_in(make_app, seeds, tmp_path):
    covers("view.cycle", "boilerplate.toggle", "app.quit")
    invented = pair_corpus(tmp_path / "articles", KILN, CLAY)
    for corpus, view in ((seeds, "linked"), (invented, "unmatched")):
        app = make_app(corpus)
        async with reading_room(app, (120, 40)) as (pilot, screen):
            shown = not screen.hide_boilerplate
            await leave_in(pilot, screen, view)
            await pilot.press("q")
        again = make_app(corpus)
        async with reading_room(again, (120, 40)) as (pilot, screen):
            assert screen.view == view and screen.hide_boilerplate == shown
            for pane in screen.panes:  # the view is painted, and each cursor is on a passage it shows
                assert pane.paint.view == view
                assert pane.cursor is None or pane.paint.shows(pane.cursor, pane.units[pane.cursor].kind)
            await leave_in(pilot, screen, "all")
            await pilot.press("q")
        stored = json.loads((tmp_path / "data" / FILE_NAME).read_text())["pairs"][0]
        assert "view" not in stored and stored["hide_boilerplate"] is not shown


async def test_coming_back_to_a_pair_restores_its_view_and_another_pair_keeps_its_own(make_app, seeds, tmp_path):
    covers("view.cycle")
    app = make_app(seeds)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        a, b = screen.articles
        other = next(x for x in seeds if x is not a and x is not b)
        screen.set_pane_article(1, other)  # a pair read in all passages
        await settle(pilot)
        screen.set_pane_article(1, b)
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert screen.view == "unmatched"
        screen.set_pane_article(1, other)
        await settle(pilot)
        assert screen.view == "all"  # as that pair was left
        screen.set_pane_article(1, b)
        await settle(pilot)
        assert screen.view == "unmatched"


async def test_a_view_chosen_before_the_places_are_found_wins(make_app, tmp_path):
    covers("boilerplate.toggle")
    corpus = pair_corpus(tmp_path / "articles", KILN, CLAY)
    app = make_app(corpus)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await leave_in(pilot, screen, "unmatched")
        await pilot.press("q")
    again = make_app(corpus)
    async with reading_room(again, (120, 40)) as (pilot, screen):
        left_hidden = screen.hide_boilerplate
        await pilot.press("x")  # the person's choice, before the places (found again here) come
        screen._find_places(tuple(screen.articles), screen._cursor_marks())
        await settle(pilot)
        assert screen.hide_boilerplate is not left_hidden
