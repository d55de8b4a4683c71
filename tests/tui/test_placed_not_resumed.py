"""A change of pair that puts the cursors somewhere on purpose (opening a bookmark, going back)
is not overridden by resuming where the pair was last left, even when a cursor it placed is
where the pair opens anyway (the first passage)."""

from __future__ import annotations

from tui_helpers import covers, notices, pair_corpus, reading_room, settle

TOLD = [f"Paragraph {n} of the harbour story: the concession, the dock workers and the strike ballot, part {n}."
        for n in range(1, 13)]
RETOLD = [f"Part {n} of the retelling: the dock workers, the concession and a strike ballot, paragraph {n}."
          for n in range(1, 13)]
OTHER = ["Fishermen on the northern lake reported record catches of pike this season.",
         "A new railway timetable adds two evening trains between the coastal towns."]


def story(tmp_path):
    """The pair, and two more articles to show in its place."""
    corpus = pair_corpus(tmp_path / "story", TOLD, RETOLD)
    corpus.add(pair_corpus(tmp_path / "other", OTHER, OTHER[::-1], names=("lake.txt", "rail.txt")).articles)
    return corpus


async def show_other_in_a(pilot, screen) -> None:
    other = next(a for a in screen.corpus if a.path.name == "lake.txt")
    screen.set_pane_article(0, other)
    await settle(pilot)


async def test_a_bookmark_on_the_first_passage_opens_there_not_where_the_pair_was_left(make_app, tmp_path):
    covers("bookmark.add", "bookmarks.open", "bookmarks.jump", "bookmark-dialog.save")
    app = make_app(story(tmp_path))
    async with reading_room(app, size=(100, 30)) as (pilot, screen):
        told = screen.articles[0]
        assert screen.panes[0].cursor == 0
        await pilot.press("b")
        await pilot.press("enter")  # bookmarks the first passage
        await settle(pilot)
        await pilot.press(*"j" * 8)
        assert screen.panes[0].cursor == 8
        await show_other_in_a(pilot, screen)  # the pair is left at ¶9
        await pilot.press("m")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.articles[0] is told
        assert screen.panes[0].cursor == 0, "the bookmark's passage, not ¶9 where the pair was left"
        assert not [n for n in notices(app) if "where you left off" in n]


async def test_going_back_puts_the_cursors_where_they_were_then(make_app, tmp_path):
    covers("pane.back")
    app = make_app(story(tmp_path))
    async with reading_room(app, size=(100, 30)) as (pilot, screen):
        told = screen.articles[0]
        await show_other_in_a(pilot, screen)  # leaves the pair at its first passages
        screen.set_pane_article(0, told)  # comes back: the pair reopens at ¶1 ...
        await settle(pilot)
        await pilot.press(*"j" * 8)  # ... and is left at ¶9
        await show_other_in_a(pilot, screen)
        await pilot.press("backspace")  # back to the pair as it was shown before: ¶9
        await settle(pilot)
        assert screen.articles[0] is told and screen.panes[0].cursor == 8
        await pilot.press("backspace")  # further back: the other article beside it
        await settle(pilot)
        await pilot.press("backspace")  # the pair as it was first shown: ¶1
        await settle(pilot)
        assert screen.articles[0] is told and screen.panes[0].cursor == 0
        assert not [n for n in notices(app) if "where you left off" in n]
