"""The quotes in the teach-a-term and bookmark dialogs fit their box at 80x24: cut with "…”"
where they are long, never clipped mid-sentence by the box's height."""

from __future__ import annotations

from dam_story import write_dam_story
from tui_helpers import reading_room, settle

from reader.corpus import load_paths


def _shown_whole(quote) -> bool:
    """The widget's text fits its height at its width, and ends with the closing quote mark."""
    content = quote.render()
    rows = content.wrap(quote.content_size.width)
    return len(rows) <= quote.content_size.height and content.plain.rstrip().endswith("”")


async def test_quotes_fit_the_teach_and_bookmark_dialogs_at_80x24(make_app, tmp_path):
    from reader.tui.bookmark_dialog import BookmarkDialog
    from reader.tui.teaching import TeachDialog

    app = make_app(load_paths([write_dam_story(tmp_path / "dam")]))
    async with reading_room(app, (80, 24)) as (pilot, screen):
        units = screen.panes[0].units
        long_one = max(screen.marks[0], key=lambda i: len(units[i].text))  # the longest linked passage
        await pilot.press(*"j" * long_one)
        assert screen.current_link() is not None
        await pilot.press("T")
        await settle(pilot)
        assert isinstance(app.screen, TeachDialog)
        quotes = list(app.screen.query(".quote"))
        assert len(quotes) == 2 and all(_shown_whole(q) for q in quotes)
        assert any("…”" in q.render().plain for q in quotes)  # long passages: cut, and saying so
        await pilot.press("escape")
        await pilot.press("B")
        await settle(pilot)
        assert isinstance(app.screen, BookmarkDialog)
        assert all(_shown_whole(q) for q in app.screen.query(".quote"))
        await pilot.press("escape")
        await pilot.press("b")
        await settle(pilot)
        assert all(_shown_whole(q) for q in app.screen.query(".quote"))
