"""A file opened again from disk (O) after it was edited is read again: the pane showing it
takes its new text, realigned, its cursor on the passage where it was; an article the pane shows
already, asked for again (O, the palette), is said to be there instead of nothing happening."""

from __future__ import annotations

from tui_helpers import covers, notices, pair_corpus, reading_room, settle

from reader.tui.pane_history import article_name

TOLD = ["The Marrowby lock keepers stopped work on Tuesday over the new rota.",
        "Keeper Jonas Pell said the rota left two keepers alone on the night locks.",
        "The canal trust said barges would wait at Fenwick basin until the dispute ends.",
        "A third of the boats booked for the Marrowby flight turned back on Wednesday."]
RETOLD = ["Barges waited at Fenwick basin on Tuesday as the Marrowby lock keepers walked out.",
          "The canal trust called the rota safe and said Jonas Pell had refused to discuss it.",
          "Boat owners complained that nobody had told them of the stoppage in advance."]
ADDED = "On Friday the canal trust agreed to keep three keepers on every night lock at Marrowby."


async def open_path(pilot, path) -> None:
    from textual.widgets import Input

    await pilot.press("O")
    pilot.app.screen.query_one(Input).value = str(path)
    await pilot.press("enter")
    await settle(pilot)


async def test_a_file_edited_on_disk_and_opened_again_shows_its_new_text(make_app, tmp_path):
    covers("open.path", "cursor.down")
    corpus = pair_corpus(tmp_path / "canal", TOLD, RETOLD)
    async with reading_room(make_app(corpus), (100, 30)) as (pilot, screen):
        old = screen.articles[0]
        await pilot.press("j", "j")
        cursor_text = screen.panes[0].units[screen.panes[0].cursor].text
        old.path.write_text("\n\n".join(TOLD + [ADDED]) + "\n", encoding="utf-8")
        await open_path(pilot, old.path)
        new, other = screen.articles
        assert new is not old and new.path == old.path and other.path.name == "retold.txt"  # not swapped
        assert [p.text for p in screen.panes[0].units][-1] == ADDED
        assert screen.panes[0].units[screen.panes[0].cursor].text == cursor_text
        assert screen.alignment is not None and screen.alignment.a is new
        assert any(link.a == len(TOLD) for link in screen.alignment.links)  # the new passage is aligned
        assert [a for a in pilot.app.corpus if a.path == old.path] == [new]
        assert "changed" in notices(pilot.app)[-1] and article_name(new) in notices(pilot.app)[-1]


async def test_opening_the_file_a_pane_shows_already_says_so(make_app, tmp_path):
    corpus = pair_corpus(tmp_path / "canal", TOLD, RETOLD)
    async with reading_room(make_app(corpus), (100, 30)) as (pilot, screen):
        a, b = screen.articles
        await open_path(pilot, b.path)  # O shows a file in the other pane, which shows it already
        assert screen.articles == [a, b]
        assert notices(pilot.app)[-1] == f"Pane B already shows {article_name(b)}."


async def test_going_back_after_a_file_was_read_again_shows_it_as_it_reads_now(make_app, tmp_path):
    covers("pane.back")
    corpus = pair_corpus(tmp_path / "canal", TOLD, RETOLD)
    third = tmp_path / "canal" / "notice.txt"
    third.write_text("The canal trust posted a notice about the Marrowby locks at Fenwick basin.\n", encoding="utf-8")
    async with reading_room(make_app(corpus), (100, 30)) as (pilot, screen):
        told, retold = screen.articles
        await open_path(pilot, third)  # pane B shows the notice; backspace would bring retold back
        told.path.write_text("\n\n".join(TOLD + [ADDED]) + "\n", encoding="utf-8")
        await open_path(pilot, told.path)
        new = screen.articles[0]
        assert new is not told
        await pilot.press("backspace")
        await settle(pilot)
        assert screen.articles == [new, retold]


async def test_the_palette_showing_a_pane_its_own_article_says_so(make_app, tmp_path):
    from textual.command import CommandList

    from tui_helpers import open_palette

    corpus = pair_corpus(tmp_path / "canal", TOLD, RETOLD)
    async with reading_room(make_app(corpus), (100, 30)) as (pilot, screen):
        a, b = screen.articles
        title = f"Show in pane A: {a.title}"
        await open_palette(pilot, title)
        first = pilot.app.screen.query_one(CommandList).get_option_at_index(0)
        assert str(first.prompt).split("\n")[0] == title
        await pilot.press("enter")
        await settle(pilot)
        assert screen.articles == [a, b]
        assert notices(pilot.app)[-1] == f"Pane A already shows {article_name(a)}."
