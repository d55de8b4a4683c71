"""A folder reopens on the pair it was left on, each cursor where it was (the places file in
the data dir), not on its first pair; another folder keeps its own."""

from __future__ import annotations

from dam_story import write_dam_story
from tui_helpers import reading_room, settle

from reader.corpus import load_paths


async def _leave_on_the_last_pair(app, size):
    """Show the folder's wire report beside the upstream one, move into it, quit."""
    async with reading_room(app, size) as (pilot, screen):
        by_name = {a.path.name: a for a in app.corpus}
        assert set(screen.articles) != {by_name["wire.txt"], by_name["upstream.txt"]}
        screen.set_pane_article(0, by_name["wire.txt"])
        screen.set_pane_article(1, by_name["upstream.txt"])
        await settle(pilot)
        await pilot.press("tab", "j", "j", "j")
        left = (list(screen.articles), screen.panes[1].cursor, screen.active)
        await pilot.press("q")
    assert app.unsaved == []
    return left


async def test_a_folder_reopens_on_its_last_pair_where_it_was_left(make_app, tmp_path):
    folder = write_dam_story(tmp_path / "dam")
    first = make_app(load_paths([folder]))
    articles, cursor, active = await _leave_on_the_last_pair(first, (120, 36))

    again = make_app(load_paths([folder]))
    assert [a.path for a in again.pair] == [a.path for a in articles]
    async with reading_room(again, (80, 24)) as (pilot, screen):
        await settle(pilot)
        assert [a.path for a in screen.articles] == [a.path for a in articles]
        assert (screen.panes[1].cursor, screen.active) == (cursor, active)

    # another folder (the same story, copied) opens on its own first pair
    other = write_dam_story(tmp_path / "copy")
    elsewhere = make_app(load_paths([other]))
    assert all(a.path.parent == other for a in elsewhere.pair)
    from reader.tui.app import first_pair

    assert [a.path.name for a in elsewhere.pair] == [a.path.name for a in first_pair(elsewhere.corpus)]


async def test_a_pair_chosen_on_the_command_line_or_resume_off_wins(make_app, tmp_path):
    folder = write_dam_story(tmp_path / "dam")
    await _leave_on_the_last_pair(make_app(load_paths([folder])), (120, 36))
    corpus = load_paths([folder])
    chosen = (corpus.articles[0].id, corpus.articles[1].id)
    assert [a.id for a in make_app(corpus, pair=chosen).pair] == list(chosen)

    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "config.toml").write_text("resume = false\n", encoding="utf-8")
    from reader.tui.app import first_pair

    corpus = load_paths([folder])
    assert make_app(corpus).pair == first_pair(corpus)


async def test_a_damaged_places_file_opens_the_first_pair_and_is_left_alone(make_app, tmp_path):
    folder = write_dam_story(tmp_path / "dam")
    places = tmp_path / "data" / "reading-places.json"
    places.parent.mkdir(parents=True)
    places.write_text("{not json", encoding="utf-8")
    from reader.tui.app import first_pair

    corpus = load_paths([folder])
    app = make_app(corpus)
    assert app.pair == first_pair(corpus)
    async with reading_room(app, (80, 24)) as (pilot, screen):
        await pilot.press("q")
    assert places.read_text(encoding="utf-8") == "{not json"


async def test_a_last_pair_whose_file_is_gone_is_told_once_with_the_pair_opened_instead(make_app, tmp_path):
    from tui_helpers import notices

    from reader.bookmarks.anchoring import article_key
    from reader.tui.app import first_pair

    folder = write_dam_story(tmp_path / "dam")
    await _leave_on_the_last_pair(make_app(load_paths([folder])), (120, 36))
    gone = folder / "wire.txt"
    gone.unlink()

    corpus = load_paths([folder])
    app = make_app(corpus)
    assert app.pair == first_pair(corpus)
    async with reading_room(app, (80, 24)) as (pilot, screen):
        await settle(pilot)
        a, b = screen.articles
        told = [n for n in notices(app) if "pair read last" in n]
        assert told == [f"The pair read last cannot be reopened: {article_key(gone)} is missing. "
                        f"Opened “{a.title}” ↔ “{b.title}” instead."]
        await pilot.press("s")  # the pair shown the other way round: nothing more to tell
        await settle(pilot)
        assert [n for n in notices(app) if "pair read last" in n] == told  # once


async def test_the_missing_file_of_the_last_pair_is_named_with_its_escapes_spelled_out(make_app, tmp_path):
    from tui_helpers import assert_terminal_safe, notices

    folder = write_dam_story(tmp_path / "dam")
    hostile = folder / "wire\x1b[2Jnews\n.txt"
    (folder / "wire.txt").rename(hostile)
    first = make_app(load_paths([folder]))
    async with reading_room(first, (120, 36)) as (pilot, screen):
        by_name = {a.path.name: a for a in first.corpus}
        screen.set_pane_article(0, by_name[hostile.name])
        screen.set_pane_article(1, by_name["upstream.txt"])
        await settle(pilot)
        await pilot.press("q")
    hostile.unlink()

    app = make_app(load_paths([folder]))
    async with reading_room(app, (80, 24)) as (pilot, screen):
        (told,) = [n for n in notices(app) if "pair read last" in n]
        assert_terminal_safe(told)
        assert "wire\\x1b[2Jnews\\n.txt is missing" in told
