"""The reading room reopens a pair where it was left: saved on quitting and on changing the
pair, restored on opening it again (real quits and reopenings over a temporary data dir)."""

from __future__ import annotations

import json

from reader.corpus import load_paths
from reader.reading_places import FILE_NAME
from tui_helpers import covers, long_paragraph, notices, open_palette, reading_room, settle


def places_file(tmp_path):
    return tmp_path / "data" / FILE_NAME


async def read_then_quit(app, down_a: int, down_b: int) -> tuple[int, int]:
    """Move pane A's cursor, go to pane B, move its cursor, quit; the two cursors."""
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await pilot.press(*"j" * down_a, "tab", *"j" * down_b)
        cursors = screen.panes[0].cursor, screen.panes[1].cursor
        assert screen.active == 1
        await pilot.press("q")
    assert app.unsaved == []
    return cursors


async def read_then_change_pair(pilot, screen, seeds, down: int):
    """Move pane A's cursor, then show another article in pane B (as the picker, `O` and the
    palette do); the pair left and pane A's cursor in it."""
    a, b = screen.articles
    other = next(x for x in seeds if x is not a and x is not b)
    await pilot.press(*"j" * down)
    left_at = screen.panes[0].cursor
    screen.set_pane_article(1, other)
    await settle(pilot)
    return a, b, left_at


async def test_a_pair_reopens_where_it_was_left(make_app, seeds, tmp_path):
    covers("cursor.down", "pane.switch", "app.quit")
    a_cursor, b_cursor = await read_then_quit(make_app(seeds), 6, 3)
    assert places_file(tmp_path).is_file()
    again = make_app(seeds)
    async with reading_room(again, (120, 40)) as (pilot, screen):
        assert (screen.panes[0].cursor, screen.panes[1].cursor, screen.active) == (a_cursor, b_cursor, 1)
        assert screen.panes[0].is_passage_visible(a_cursor) and screen.panes[1].is_passage_visible(b_cursor)
        assert f"Back where you left off: ¶{a_cursor + 1} / ¶{b_cursor + 1}" in notices(again)


async def test_each_cursor_follows_its_article_when_the_pair_is_opened_the_other_way_round(make_app, seeds, tmp_path):
    first = make_app(seeds)
    a, b = first.pair
    a_cursor, b_cursor = await read_then_quit(first, 4, 2)
    swapped = make_app(seeds, pair=(b.id, a.id))
    async with reading_room(swapped, (120, 40)) as (pilot, screen):
        assert screen.articles == [b, a]
        assert (screen.panes[0].cursor, screen.panes[1].cursor) == (b_cursor, a_cursor)
        assert screen.active == 0  # B was the active article; it is in pane A now


async def test_changing_the_pair_saves_it_and_coming_back_restores_it(make_app, seeds, tmp_path):
    covers("cursor.down")
    app = make_app(seeds)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        a, b, left_at = await read_then_change_pair(pilot, screen, seeds, 5)
        saved = json.loads(places_file(tmp_path).read_text())["pairs"]
        assert [p["places"][0]["index"] for p in saved] == [left_at]
        await pilot.press("g")  # read the new pair from its top
        screen.set_pane_article(1, b)
        await settle(pilot)
        assert screen.panes[0].cursor == left_at
        assert notices(app)[-1].startswith(f"Back where you left off: ¶{left_at + 1} / ")


async def test_a_recent_pair_reopens_from_the_palette(make_app, seeds, tmp_path):
    app = make_app(seeds)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        a, b, left_at = await read_then_change_pair(pilot, screen, seeds, 3)
        await pilot.press("g")
        assert screen.panes[0].cursor != left_at
        await open_palette(pilot, "recent pair")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.articles == [a, b]
        assert screen.panes[0].cursor == left_at


async def test_a_damaged_places_file_is_told_once_and_never_rewritten(make_app, seeds, tmp_path):
    path = places_file(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b'{"format": 1, "pairs": [{"paths": "half a')
    app = make_app(seeds)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await read_then_change_pair(pilot, screen, seeds, 2)
        await pilot.press("q")
    told = [n for n in notices(app) if FILE_NAME in n]
    assert len(told) == 1 and "cannot read it" in told[0] and "left as it is" in told[0]
    assert path.read_bytes() == b'{"format": 1, "pairs": [{"paths": "half a'
    assert app.unsaved == []


async def test_a_fifo_in_place_of_the_file_neither_hangs_nor_stops_the_reader(make_app, seeds, tmp_path):
    import os

    path = places_file(tmp_path)
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    app = make_app(seeds)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await pilot.press("j", "q")
    assert any("FIFO" in n for n in notices(app))
    assert not path.is_file()


async def test_resume_false_opens_at_the_start_and_saves_nothing(make_app, seeds, tmp_path):
    await read_then_quit(make_app(seeds), 5, 2)
    saved = places_file(tmp_path).read_bytes()
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text("resume = false\n")
    app = make_app(seeds)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        assert (screen.panes[0].cursor, screen.active) == (screen.panes[0].visible_order()[0], 0)
        await pilot.press("j", "j", "q")
    assert places_file(tmp_path).read_bytes() == saved
    assert not any("left off" in n for n in notices(app))


async def test_a_pair_shown_in_two_steps_saves_no_pair_between_and_keeps_cursors_placed_meanwhile(
        make_app, seeds, tmp_path):
    """A bookmark pair or the claim map sets both panes, then places the cursors: the pair
    between the two steps is never saved, and resuming never moves the cursors they placed."""
    from reader.bookmarks.anchoring import article_key
    from reader.reading_places import pair_key

    app = make_app(seeds)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        a, b = screen.articles
        c, d = [x for x in seeds if x is not a and x is not b][:2]
        for first, second in ((c, d), (a, b)):
            await pilot.press("j", "j", "j")
            screen.set_pane_article(0, first)
            screen.set_pane_article(1, second)
            await settle(pilot)
        stored = {tuple(p["paths"]) for p in json.loads(places_file(tmp_path).read_text())["pairs"]}
        keys = {pair_key(article_key(x.path), article_key(y.path)) for x, y in ((a, b), (c, d))}
        assert {pair_key(*paths) for paths in stored} == keys
        told = len(notices(app))
        screen.set_pane_article(0, c)
        screen.set_pane_article(1, d)
        screen.panes[0].cursor = 1  # as an opened bookmark places it
        await settle(pilot)
        assert screen.panes[0].cursor == 1
        assert not any(n.startswith("Back where") for n in notices(app)[told:])


async def test_recent_pairs_show_hostile_titles_as_plain_visible_text(make_app, hostile_corpus, seeds, tmp_path):
    from textual.command import CommandList

    from tui_helpers import assert_terminal_safe

    await read_then_quit(make_app(hostile_corpus), 1, 1)
    app = make_app(seeds)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await open_palette(pilot, "recent pair")
        options = pilot.app.screen.query_one(CommandList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert len(prompts) == 1 and "[bold]Loud[/bold] [@click=app.quit]x[/]" in prompts[0]
        assert_terminal_safe(prompts[0])
        await pilot.press("enter")
        await settle(pilot)
        assert {a.path.name for a in screen.articles} == {"hostile.txt", "plain.txt"}


async def test_a_recent_pair_whose_file_is_gone_says_so(make_app, hostile_corpus, seeds, tmp_path):
    await read_then_quit(make_app(hostile_corpus), 1, 1)
    (tmp_path / "hostile" / "plain.txt").unlink()
    app = make_app(seeds)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        shown = list(screen.articles)
        await open_palette(pilot, "recent pair")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.articles == shown
        assert any(n.startswith("Cannot reopen that pair: ") and "plain.txt" in n for n in notices(app))


STORY = [f"{who} said on day {n} that {what}." for n, (who, what) in enumerate([
    ("The minister", "the corridor would open within a month"), ("A farmer near the border", "the shelling never stopped"),
    ("The envoy", "talks had reached their hardest point"), ("Opposition papers", "the tariffs hurt the poor most"),
    ("The harbour master", "cargo fees would double in spring"), ("A retired general", "nobody wanted a long war"),
    ("Students", "they would march again on Friday"), ("The central bank", "rates were raised twice"),
    ("The broadcaster", "its documentary was cut by censors"), ("Aid workers", "winter tents were still missing"),
], 1)]


def told_both_ways(folder, story: list[str]):
    """A story's paragraphs written in order and reversed, as two articles' files."""
    folder.mkdir()
    a_path, b_path = folder / "ours.txt", folder / "theirs.txt"
    a_path.write_text("\n\n".join(story) + "\n")
    b_path.write_text("\n\n".join(reversed(story)) + "\n")
    return a_path, b_path


async def test_counterpoint_a_b_reopens_edited_files_where_they_were_left(make_app, tmp_path):
    """`counterpoint A B` twice, with A edited in between: a new load of the files each time."""
    a_path, b_path = told_both_ways(tmp_path / "story", STORY)
    a_cursor, b_cursor = await read_then_quit(make_app(load_paths([a_path, b_path])), 6, 2)
    a_path.write_text("\n\n".join(["A correction was added at the top.", *STORY]) + "\n")
    again = make_app(load_paths([a_path, b_path]))
    async with reading_room(again, (120, 40)) as (pilot, screen):
        assert (screen.panes[0].cursor, screen.panes[1].cursor) == (a_cursor + 1, b_cursor)
        assert (f"Back where you left off: ¶{a_cursor + 2} / ¶{b_cursor + 1} "
                f"(A changed: ¶{a_cursor + 1} is ¶{a_cursor + 2} now)") in notices(again)


# Another story (invented), for the edits that remove a passage or keep its number.
HARBOUR = [f"On day {n} the harbour council of Coltby {what}." for n, what in enumerate([
    "closed the pier after the storm", "sent engineers to the cracked pilings", "hired a fishing boat for the post",
    "heard islanders complain about the delay", "braced two pilings with steel collars",
    "set Thursday for the first ferry", "promised a review of the warnings", "paid for the repairs from reserves",
], 1)]


async def test_a_place_whose_passage_was_deleted_says_which_article_lost_it(make_app, tmp_path):
    a_path, b_path = told_both_ways(tmp_path / "harbour", HARBOUR)
    a_cursor, b_cursor = await read_then_quit(make_app(load_paths([a_path, b_path])), 4, 1)
    kept = [p for n, p in enumerate(reversed(HARBOUR)) if n != b_cursor]
    b_path.write_text("\n\n".join(kept) + "\n")
    again = make_app(load_paths([a_path, b_path]))
    async with reading_room(again, (120, 40)) as (pilot, screen):
        said = [n for n in notices(again) if "where you left off" in n]
        assert said == [f"Near where you left off: ¶{a_cursor + 1} / ¶{screen.panes[1].cursor + 1} "
                        f"(B changed: its ¶{b_cursor + 1} is gone)"], said


async def test_a_place_found_again_at_its_own_number_says_the_article_changed(make_app, tmp_path):
    a_path, b_path = told_both_ways(tmp_path / "harbour", HARBOUR)
    a_cursor, b_cursor = await read_then_quit(make_app(load_paths([a_path, b_path])), 5, 0)
    edited = ["A line the editor added at the top.", *HARBOUR]
    del edited[2]  # one above the place gone, one added: the place keeps its number
    a_path.write_text("\n\n".join(edited) + "\n")
    again = make_app(load_paths([a_path, b_path]))
    async with reading_room(again, (120, 40)) as (pilot, screen):
        assert screen.panes[0].cursor == a_cursor
        assert (f"Back where you left off: ¶{a_cursor + 1} / ¶{b_cursor + 1} (A changed: ¶{a_cursor + 1} found again)"
                in notices(again))


async def test_sentences_resume_once_the_article_is_cut(make_app, seeds, tmp_path):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text('granularity = "sentence"\n')
    a_cursor, b_cursor = await read_then_quit(make_app(seeds), 9, 4)
    again = make_app(seeds)
    async with reading_room(again, (120, 40)) as (pilot, screen):
        assert screen.panes[0].granularity == "sentence"
        assert (screen.panes[0].cursor, screen.panes[1].cursor) == (a_cursor, b_cursor)


async def test_a_place_that_cannot_be_saved_on_quitting_is_reported_after_exit(tmp_path, seeds):
    from reader.tui.app import build_app

    (tmp_path / "data").write_text("a file where the data folder should be")
    app = build_app(seeds, config_dir=tmp_path / "config", data_dir=tmp_path / "data")
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await pilot.press("j", "q")
    assert [line for line in app.unsaved if "left off" in line] == [
        f"not saved: {tmp_path / 'data'} is a file, not a folder; where you left off is not kept"]


async def test_a_reading_place_inside_a_long_passage_reopens_on_the_line_read(make_app, tmp_path):
    covers("page.down", "cursor.down", "app.quit")
    for name, sentences in (("harbour", HARBOUR[:3]), ("story", STORY[:3])):
        a_path, b_path = told_both_ways(tmp_path / name, ["A short opening.", long_paragraph(sentences, 40), "Close."])
        app = make_app(load_paths([a_path, b_path]))
        async with reading_room(app, (120, 40)) as (pilot, screen):
            pane = screen.panes[0]
            await pilot.press("j", "ctrl+f", "ctrl+f")
            read = pane.wrapped.rows[int(pane.scroll_offset.y)]
            assert read[0] == 1 and read[1] > 0
            await pilot.press("q")
        again = make_app(load_paths([a_path, b_path]))
        async with reading_room(again, (120, 40)) as (pilot, screen):
            pane = screen.panes[0]
            assert pane.cursor == 1
            assert pane.wrapped.rows[int(pane.scroll_offset.y)] == read
