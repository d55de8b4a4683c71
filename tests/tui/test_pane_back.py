"""Opening a bookmark says what it put in which pane, and backspace goes back to the articles
shown before (a bookmark, a claim from the map, the picker), each cursor where it was."""

from __future__ import annotations

from tui_helpers import compare, covers, notices, reading_room, settle

from reader.bookmarks import BookmarkStore


def _bookmark_elsewhere(tmp_path, seeds):
    """A bookmark in an article the reading room does not show at start, and a pair in two others."""
    a, b, c = seeds.articles[2], seeds.articles[3], seeds.articles[4]
    with BookmarkStore.open(tmp_path / "data") as store:
        store.add_passage(a, a.passages[5], note="alone")
        store.add_pair(b, b.passages[4].start, b.passages[4].end, c, c.passages[6].start, c.passages[6].end,
                       note="pair")
    return a, b, c


async def test_opening_a_bookmark_is_told_and_backspace_goes_back(make_app, seeds, tmp_path):
    covers("bookmarks.open", "bookmarks.jump", "pane.back")
    a, b, c = _bookmark_elsewhere(tmp_path, seeds)
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        await pilot.press("tab", "j", "j", "j")
        before = list(screen.articles)
        cursors = [p.cursor for p in screen.panes]
        active = screen.active
        assert a not in before

        await pilot.press("m")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert compare(app) is screen and a in screen.articles
        side = screen.articles.index(a)
        told = notices(app)[-1]
        assert a.title[:30] in told and f"pane {'AB'[side]} ({('left', 'right')[side]})" in told
        assert "goes back" in told

        await pilot.press("backspace")
        await settle(pilot)
        assert screen.articles == before
        assert [p.cursor for p in screen.panes] == cursors and screen.active == active
        assert all(article.title[:30] in notices(app)[-1] for article in before)

        # a pair: both panes change, and one backspace undoes both
        await pilot.press("m")
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert set(screen.articles) == {b, c}
        told = notices(app)[-1]
        assert "bookmark pair" in told and b.title[:30] in told and c.title[:30] in told
        await pilot.press("backspace")
        await settle(pilot)
        assert screen.articles == before and [p.cursor for p in screen.panes] == cursors

        await pilot.press("backspace")  # nothing more to go back to: said, nothing changes
        assert screen.articles == before
        assert "Nothing to go back to" in notices(app)[-1]


async def test_the_notice_names_panes_by_where_they_are_when_stacked(make_app, seeds, tmp_path):
    a, _, _ = _bookmark_elsewhere(tmp_path, seeds)
    app = make_app(seeds)
    async with reading_room(app, size=(80, 24)) as (pilot, screen):
        await pilot.press("m")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        side = screen.articles.index(a)
        assert f"pane {'AB'[side]} ({('top', 'bottom')[side]})" in notices(app)[-1]


async def test_back_after_the_picker_and_the_hostile_title_is_plain_text(make_app, hostile_corpus, seeds, tmp_path):
    """The back notice names titles through the sanitiser (no escape reaches the terminal)."""
    app = make_app(hostile_corpus)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        before = list(screen.articles)
        screen.action_swap()
        await pilot.pause()
        screen.set_pane_article(0, before[0])  # the picker's way: the other pane's article swaps back
        await settle(pilot)
        await pilot.press("backspace")
        await settle(pilot)
        assert screen.articles == before[::-1]
        said = notices(app)[-1]
        assert said.startswith("Back to") and "\x1b" not in said and "\u202e" not in said


async def test_back_after_a_claim_from_the_map(make_app, tmp_path):
    """The three invented reports: a claim opened from the map changes both panes; backspace
    brings back the pair and both cursors."""
    from dam_story import write_dam_story
    from reader.corpus import load_paths
    from reader.tui.claim_map import ClaimMapScreen
    from tui_helpers import workers_done

    app = make_app(load_paths([write_dam_story(tmp_path / "dam")]))
    async with reading_room(app, size=(80, 24)) as (pilot, screen):
        await pilot.press("j", "j", "tab", "j")
        before, cursors = list(screen.articles), [p.cursor for p in screen.panes]
        await pilot.press("M")
        await workers_done(pilot)
        assert isinstance(app.screen, ClaimMapScreen) and app.screen.claim_map is not None
        wire = next(a for a in app.corpus if a.path.name == "wire.txt")
        column = 1 + [a.path.name for a in app.screen.claim_map.articles].index("wire.txt")
        await pilot.press(*"l" * column, "enter")
        await settle(pilot)
        assert compare(app) is screen and wire in screen.articles
        await pilot.press("backspace")
        await settle(pilot)
        assert screen.articles == before and [p.cursor for p in screen.panes] == cursors


# A school canteen cutting its hot meals, told twice: paragraphs of more than one sentence.
CANTEEN = ["The school canteen will serve hot meals on three days a week from January. Parents were told "
           "in a letter sent home on Friday.", "The council blames the rising cost of food."]
MEALS = ["From January pupils get a hot lunch three days a week. A letter told parents on Friday.",
         "Food prices rose too fast, the council says."]


async def test_back_to_a_sentence_placed_inside_a_paragraph_keeps_that_sentence(make_app, tmp_path):
    """A cursor put on a sentence inside a paragraph (as a bookmark or a claim puts it), another
    pair shown, then backspace: the paragraph is shown again, and in sentences (`S`) the cursor
    is on that sentence, not on the paragraph's first, as it would have been had it not left."""
    from test_alignment_kept_with_the_place import BASIN, BOAT, DAM, FERRY, four_articles
    from test_pairs_shown_again import show

    covers("pane.back", "granularity.toggle")
    for n, (own, fresh) in enumerate((((DAM, BASIN), (FERRY, BOAT)), ((CANTEEN, MEALS), (FERRY, BOAT)))):
        (tmp_path / str(n)).mkdir()
        corpus, pair, other = four_articles(tmp_path / str(n), own, fresh)
        app = make_app(corpus, pair=(pair[0].id, pair[1].id))
        async with reading_room(app, (120, 40)) as (pilot, screen):
            pane = screen.panes[0]
            paragraph = pane.units[0]
            second = paragraph.start + paragraph.text.index(". ") + 2  # its second sentence
            assert pane.cursor_to_source(second) == 0
            await show(pilot, screen, other)
            await pilot.press("backspace")
            await settle(pilot)
            assert screen.articles == list(pair) and pane.cursor == 0
            await pilot.press("S")
            await settle(pilot)
            assert pane.units[pane.cursor].start == second
            await pilot.press("q")
