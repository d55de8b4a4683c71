"""Bookmarks in the reading room, through Pilot: add (alone and as a pair), the gutter mark,
the bookmarks screen (list, filter, open, edit, delete, undo), damaged and read-only stores,
and hostile text in every bookmark view."""

from __future__ import annotations

import sqlite3
import threading
import time

from tui_helpers import MARKUP, assert_terminal_safe, compare, covers, notices, open_palette, reading_room, settle

from reader.bookmarks import BookmarkStore
from reader.corpus import load_paths


def stored(tmp_path):
    with BookmarkStore.open(tmp_path / "data") as store:
        return store.bookmarks()


def gutter(pane, index) -> str:
    """The bookmark cell of a passage's first row, as the pane paints it."""
    pane.scroll_to_passage(index, center=False)
    first, _ = pane.passage_rows(index)
    return pane.render_line(first - int(pane.scroll_offset.y)).text[0]


async def open_list(pilot):
    from reader.tui.bookmarks_screen import BookmarksScreen

    await pilot.press("m")
    await settle(pilot)
    assert isinstance(pilot.app.screen, BookmarksScreen)
    return pilot.app.screen


async def test_add_with_note_and_tags_marks_the_passage(make_app, seeds, tmp_path):
    covers("bookmark.add", "bookmark-dialog.save", "bookmark-dialog.cancel")
    from reader.tui.bookmark_dialog import BookmarkDialog

    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        left = compare(app).panes[0]
        await pilot.press("j", "j")
        index = left.cursor
        assert gutter(left, index) == " "
        await pilot.press("b")
        assert isinstance(app.screen, BookmarkDialog)
        await pilot.press("escape")
        await settle(pilot)
        assert stored(tmp_path) == [] and index not in left.bookmarked

        await pilot.press("b", *"why it matters", "tab", *"oil, arms deals", "enter")
        await settle(pilot)
        compare(app)
        [saved] = stored(tmp_path)
        assert saved.note == "why it matters" and saved.tags == ("oil", "arms deals")
        assert saved.anchor.quote.split()[:4] == left.article.passages[index].text.split()[:4]
        assert saved.pair is None
        assert left.bookmarked == {index} and gutter(left, index) == "●"
        assert any(n.startswith("Bookmarked:") for n in notices(app))

        # the dialog's save binding (enter with focus outside the inputs) saves too
        await pilot.press("j", "b")
        app.screen.set_focus(None)
        await pilot.press("enter")
        await settle(pilot)
        assert len(stored(tmp_path)) == 2 and left.cursor in left.bookmarked


async def test_the_tags_example_is_neutral_then_the_users_own_tags(make_app, seeds, tmp_path):
    from textual.widgets import Input

    from reader.tui.bookmark_dialog import NEUTRAL_TAGS_HINT, BookmarkDialog

    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("j", "b")
        assert isinstance(app.screen, BookmarkDialog)
        assert app.screen.query_one("#tags", Input).placeholder == NEUTRAL_TAGS_HINT  # no topic of its own
        await pilot.press("tab", *"ferry fares, water", "enter")
        await settle(pilot)
        await pilot.press("j", "b")
        assert isinstance(app.screen, BookmarkDialog)
        hint = app.screen.query_one("#tags", Input).placeholder
        assert hint == "e.g. ferry fares, water", hint


async def test_pair_bookmark_and_no_counterpart(make_app, seeds, tmp_path):
    covers("bookmark.add-pair")
    from reader.tui.bookmark_dialog import BookmarkDialog

    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        left, right = screen.panes
        await pilot.press("u")  # a passage with no counterpart (◌ also marks weak-only ones: skip those)
        while screen.current_links():
            await pilot.press("u")
        await pilot.press("B")
        await settle(pilot)
        assert not isinstance(app.screen, BookmarkDialog)
        assert any("no counterpart" in n for n in notices(app)) and stored(tmp_path) == []

        await pilot.press("n")
        mine, theirs = left.cursor, right.target
        await pilot.press("B")
        assert isinstance(app.screen, BookmarkDialog)
        assert len(app.screen.query(".quote")) == 2
        await pilot.press(*"both sides", "enter")
        await settle(pilot)
        [saved] = stored(tmp_path)
        assert saved.pair is not None and saved.note == "both sides"
        assert saved.anchor.start == left.article.passages[mine].start
        assert saved.pair.start == right.article.passages[theirs].start
        assert mine in left.bookmarked and theirs in right.bookmarked
        assert gutter(left, mine) == "●" and gutter(right, theirs) == "●"


def _seed_bookmarks(tmp_path, seeds):
    """One bookmark in an article not shown at start, and one pair across two others."""
    a, b, c = seeds.articles[2], seeds.articles[3], seeds.articles[4]
    with BookmarkStore.open(tmp_path / "data") as store:
        p = a.passages[5]
        single = store.add_passage(a, p, note="drones over the mountains", tags="war")
        q, r = b.passages[4], c.passages[6]
        pair = store.add_pair(b, q.start, q.end, c, r.start, r.end, note="both sides", tags="pair, claims")
    return (single, a, p), (pair, b, q, c, r)


async def test_list_filter_and_jump(make_app, seeds, tmp_path):
    covers("bookmarks.open", "bookmarks.filter", "bookmarks.jump", "bookmarks.close", "bookmarks.down",
           "bookmarks.up")
    (single, a, p), (pair, b, q, c, r) = _seed_bookmarks(tmp_path, seeds)
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        bookmarks = await open_list(pilot)
        assert [x.id for x in bookmarks.shown] == [single, pair]
        rendered = str(bookmarks.query_one("#list").get_option_at_index(1).prompt)
        assert b.title[:20] in rendered and "⇄" in rendered and "#pair #claims" in rendered
        assert "anchored" in rendered

        await pilot.press("j")
        assert bookmarks.highlighted().id == pair
        await pilot.press("k")
        assert bookmarks.highlighted().id == single
        await pilot.press("slash", *"drones mountains")
        assert [x.id for x in bookmarks.shown] == [single]
        await pilot.press("escape")  # clears the filter, and stays
        assert app.screen is bookmarks and bookmarks.options.has_focus
        await pilot.press("enter")
        await settle(pilot)
        assert compare(app) is screen
        side = screen.active
        assert screen.articles[side] is a and screen.panes[side].cursor == p.index
        assert screen.panes[side].is_passage_visible(p.index)
        assert p.index in screen.panes[side].bookmarked

        bookmarks = await open_list(pilot)
        assert bookmarks.query_one("#filter").value == ""
        await pilot.press("down", "enter")
        await settle(pilot)
        assert screen.articles == [b, c] or screen.articles == [c, b]
        b_side = screen.articles.index(b)
        assert screen.active == b_side and screen.panes[b_side].cursor == q.index
        assert screen.panes[1 - b_side].cursor == r.index
        assert screen.panes[1 - b_side].is_passage_visible(r.index)
        assert q.index in screen.panes[b_side].bookmarked and r.index in screen.panes[1 - b_side].bookmarked

        await open_list(pilot)
        await pilot.press("escape")
        assert compare(app) is screen


async def test_edit_delete_with_confirmation_and_undo(make_app, seeds, tmp_path):
    covers("bookmarks.edit", "bookmarks.delete", "bookmarks.undo", "confirm.yes", "confirm.no")
    from reader.tui.bookmark_dialog import BookmarkDialog, ConfirmDialog

    (single, a, p), _ = _seed_bookmarks(tmp_path, seeds)
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        bookmarks = await open_list(pilot)
        await pilot.press("e")
        assert isinstance(app.screen, BookmarkDialog)
        assert app.screen.query_one("#note").value == "drones over the mountains"
        assert app.screen.query_one("#tags").value == "war"
        await pilot.press("ctrl+u", *"edited note", "tab", "ctrl+u", *"war, 2020", "enter")
        await settle(pilot)
        assert app.screen is bookmarks
        edited = next(x for x in stored(tmp_path) if x.id == single)
        assert edited.note == "edited note" and edited.tags == ("war", "2020")
        assert bookmarks.highlighted().note == "edited note"

        await pilot.press("d")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(pilot)
        assert len(stored(tmp_path)) == 2

        await pilot.press("d", "y")
        await settle(pilot)
        assert [x.id for x in stored(tmp_path)] == [single + 1]
        assert [x.id for x in bookmarks.shown] == [single + 1]
        assert any(n.startswith("Deleted bookmark") and "press u to undo" in n for n in notices(app))

        await pilot.press("u")
        await settle(pilot)
        back = next(x for x in stored(tmp_path) if x.id == single)
        assert back.note == "edited note" and back.created == edited.created
        assert [x.id for x in bookmarks.shown] == [single, single + 1]
        await pilot.press("u")
        assert any("Nothing to undo" in n for n in notices(app))


async def test_undo_survives_leaving_the_list(make_app, seeds, tmp_path):
    _seed_bookmarks(tmp_path, seeds)
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await open_list(pilot)
        await pilot.press("delete", "enter")
        await settle(pilot)
        await pilot.press("escape")
        assert len(stored(tmp_path)) == 1
        bookmarks = await open_list(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert len(stored(tmp_path)) == 2 and len(bookmarks.shown) == 2


async def test_articles_outside_the_corpus_and_missing_files(make_app, seeds, tmp_path):
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    kept = folder / "kept.txt"
    kept.write_text("A Title Here\n\nFirst words of the kept article.\n\nThe bookmarked claim about oil.\n",
                    encoding="utf-8")
    gone = folder / "gone.txt"
    gone.write_text("Gone\n\nThis article will be deleted soon, with its claim.\n", encoding="utf-8")
    loaded = load_paths([kept, gone])
    with BookmarkStore.open(tmp_path / "data") as store:
        store.add_quote(loaded.articles[0], "The bookmarked claim about oil.")
        store.add_quote(loaded.articles[1], "deleted soon, with its claim", note="lost file")
    gone.unlink()

    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        bookmarks = await open_list(pilot)
        statuses = [(x.main.status, x.main.text) for x in bookmarks.shown]
        assert statuses[1] == ("orphaned", "deleted soon, with its claim")
        assert "orphaned" in str(bookmarks.query_one("#title").render())
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.screen is bookmarks
        assert any("missing or unreadable" in n for n in notices(app))

        await pilot.press("up", "enter")
        await settle(pilot)
        side = screen.active
        article = screen.articles[side]
        assert article.path.resolve() == kept.resolve()
        assert article.passages[screen.panes[side].cursor].text == "The bookmarked claim about oil."
        assert screen.panes[side].cursor in screen.panes[side].bookmarked


async def test_damaged_database_is_reported_once(make_app, seeds, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "bookmarks.sqlite3").write_bytes(b"this is not a database [bold]at all[/]" * 50)
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("b", "enter")
        await settle(pilot)
        await open_list(pilot)
        found = [n for n in notices(app) if "not a usable bookmarks database" in n]
        assert len(found) == 1 and "moved it to" in found[0]
        assert len(stored(tmp_path)) == 1
        assert [p.name for p in data.iterdir() if p.name.startswith("bookmarks.sqlite3.")]


async def test_damaged_rows_are_told_once_by_id_and_the_rest_listed(make_app, seeds, tmp_path):
    (single, *_), (pair, *_) = _seed_bookmarks(tmp_path, seeds)
    with sqlite3.connect(tmp_path / "data" / "bookmarks.sqlite3") as conn:
        conn.execute("UPDATE bookmark SET tags = 'not json' WHERE id = ?", (single,))
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        bookmarks = await open_list(pilot)
        assert [x.id for x in bookmarks.shown] == [pair]
        await pilot.press("escape")
        await settle(pilot)
        await open_list(pilot)  # listed again: still told once
        told = [n for n in notices(app) if f"bookmark {single} is damaged" in n]
        assert len(told) == 1


async def test_read_only_store_gives_a_notice_not_a_crash(make_app, seeds, tmp_path):
    from reader.tui.bookmark_dialog import BookmarkDialog

    data = tmp_path / "data"
    _seed_bookmarks(tmp_path, seeds)
    with sqlite3.connect(data / "bookmarks.sqlite3") as conn:
        conn.execute("PRAGMA user_version = 999")  # written by a newer Counterpoint: read-only here
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert sum("read-only" in n for n in notices(app)) == 1
        await pilot.press("b")
        assert not isinstance(app.screen, BookmarkDialog)
        await pilot.press("n", "B")
        assert not isinstance(app.screen, BookmarkDialog)
        assert sum("nothing can be saved" in n for n in notices(app)) == 2
        bookmarks = await open_list(pilot)
        assert len(bookmarks.shown) == 2 and "read-only" in str(bookmarks.query_one("#title").render())
        await pilot.press("d", "e")
        assert app.screen is bookmarks and len(stored(tmp_path)) == 2
        assert app.is_running


async def test_palette_reaches_the_list_and_its_keys(make_app, seeds, tmp_path):
    _seed_bookmarks(tmp_path, seeds)
    from reader.tui.bookmark_dialog import ConfirmDialog
    from reader.tui.bookmarks_screen import BookmarksScreen

    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await open_palette(pilot, "bookmarks")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, BookmarksScreen)
        await open_palette(pilot, "delete")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await open_palette(pilot, "no")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, BookmarksScreen) and len(stored(tmp_path)) == 2


async def test_hostile_text_in_dialog_list_and_notices(make_app, hostile_corpus, tmp_path):
    from reader.tui.bookmark_dialog import BookmarkDialog

    hostile_note = "[@click=app.quit]note[/] [/x] \x1b[31mred\x1b]0;pwn\x07 \u202eevil"
    app = make_app(hostile_corpus)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        side = next(s for s, a in enumerate(screen.articles) if a.id == "hostile")
        await pilot.press("h" if side == 0 else "l")
        for n in range(4):
            await pilot.press("b")
            dialog = app.screen
            assert isinstance(dialog, BookmarkDialog)
            shown = "\n".join(str(q.render()) for q in dialog.query(".quote"))
            assert "[bold]Loud[/bold]" in shown
            assert_terminal_safe(shown)
            dialog.query_one("#note").value = hostile_note
            dialog.query_one("#tags").value = "[b]tag[/b], [/x]"
            await pilot.press("enter")
            await settle(pilot)
            await pilot.press("j")
        assert len(stored(tmp_path)) == 4 and app.is_running
        bookmarks = await open_list(pilot)
        listed = "\n".join(str(bookmarks.query_one("#list").get_option_at_index(i).prompt) for i in range(4))
        listed += str(bookmarks.query_one("#details").render())
        for literal in MARKUP[:2]:
            assert literal in listed
        assert "[@click=app.quit]note[/]" in listed and "#[b]tag[/b]" in listed
        assert_terminal_safe(listed)
        await pilot.press("slash", *"click", "tab", "d", "y")  # tab: from the filter to the list
        await settle(pilot)
        assert any("press u to undo" in n for n in notices(app))
        for n in notices(app):
            assert_terminal_safe(n)
        await pilot.press("e", "enter", "enter")
        await settle(pilot)
        assert app.is_running


def _slow(method, seconds):
    """`method`, taking `seconds` longer (a store kept waiting by another process's lock)."""
    def slow(*args, **kwargs):
        time.sleep(seconds)
        return method(*args, **kwargs)

    return slow


async def test_closing_the_list_while_a_save_runs_keeps_the_app(make_app, seeds, tmp_path):
    (single, _, _), _ = _seed_bookmarks(tmp_path, seeds)
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        store = app.bookmark_store
        store.update = _slow(store.update, 0.6)
        await open_list(pilot)
        await pilot.press("e", "ctrl+u", *"written late", "enter")
        await pilot.press("escape")  # the list closes while the write still sleeps
        assert app.screen is screen
        await settle(pilot)
        await pilot.pause(0.2)
        assert app.is_running and app.screen is screen
        assert "Bookmark updated." in notices(app)
        assert next(x for x in stored(tmp_path) if x.id == single).note == "written late"


async def test_marks_are_computed_off_the_ui_thread(make_app, seeds, tmp_path):
    from reader.tui.app import first_pair

    shown, _ = first_pair(seeds)
    with BookmarkStore.open(tmp_path / "data") as store:
        store.add_passage(shown, shown.passages[3], note="", tags="")
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        left = screen.panes[0]
        assert 3 in left.bookmarked
        store = app.bookmark_store
        release = threading.Event()
        placed_in = store.placed_in

        def blocked(*args, **kwargs):
            release.wait(5)
            return placed_in(*args, **kwargs)

        store.placed_in = blocked
        left.bookmarked = set()
        started = time.perf_counter()
        screen.refresh_marks()
        assert time.perf_counter() - started < 1.0  # the UI thread did not wait for the store
        start = left.cursor
        await pilot.press("j")
        assert left.cursor == left.visible_order()[left.visible_order().index(start) + 1]
        assert left.bookmarked == set()  # not yet: the store is still busy
        release.set()
        await settle(pilot)
        assert 3 in left.bookmarked and gutter(left, 3) == "●"


async def test_the_first_paint_does_not_wait_for_the_store_to_open(make_app, seeds, tmp_path, monkeypatch):
    from reader.tui.app import first_pair

    shown, _ = first_pair(seeds)
    with BookmarkStore.open(tmp_path / "data") as store:
        store.add_passage(shown, shown.passages[3], note="", tags="")
    release = threading.Event()
    opened: list[bool] = []  # one entry per open: True when released, False when it timed out
    real_open = BookmarkStore.open.__func__

    def slow_open(cls, data_dir=None):
        opened.append(release.wait(5))
        return real_open(cls, data_dir)

    monkeypatch.setattr(BookmarkStore, "open", classmethod(slow_open))
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(60):
            if app.first_paint is not None:
                break
            await pilot.pause(0.05)
        left = compare(app).panes[0]
        assert app.first_paint is not None and opened == []  # painted while the store still opens
        assert left.bookmarked == set()
        release.set()
        await settle(pilot)
        assert opened == [True]
        assert 3 in left.bookmarked and gutter(left, 3) == "●"


async def test_open_bookmark_binding_follows_the_keymap(make_app, seeds, tmp_path):
    """Enter on the list opens a bookmark through the list's own selection; the binding id
    (bookmarks.jump) is what a `[keys]` table remaps, so a remapped key opens one too."""
    covers("bookmarks.jump")
    (single, a, p), _ = _seed_bookmarks(tmp_path, seeds)
    app = make_app(seeds, keymap={"bookmarks.jump": "o"})
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        bookmarks = await open_list(pilot)
        assert bookmarks.highlighted().id == single
        await pilot.press("o")
        await settle(pilot)
        assert compare(app) is screen
        assert screen.articles[screen.active] is a and screen.panes[screen.active].cursor == p.index


def test_the_details_say_a_moved_passage_was_reworded_and_show_the_saved_words(tmp_path):
    """The list shows what the article says now; when that is not what was bookmarked, the
    details say so and keep the words saved, as the exports do."""
    from reader.corpus import load_article
    from reader.tui.bookmarks_screen import details

    path = tmp_path / "article.txt"
    saved = "The harbour authority said eleven officers were injured in the clearance."
    path.write_text(f"Docks cleared\n\n{saved}\n\nFreight resumes on Saturday.\n", encoding="utf-8")
    article = load_article(path)
    start = article.text.index(saved)
    with BookmarkStore.open(tmp_path / "data") as store:
        store.add(article, start, start + len(saved))
        path.write_text(f"Docks cleared\n\nAn update.\n\n{saved.replace('injured', 'wounded')}\n\n"
                        "Freight resumes on Saturday.\n", encoding="utf-8")
        [placed] = store.placed()
    shown = details(placed).plain
    assert "eleven officers were wounded" in shown
    assert "reworded; as saved: “The harbour authority said eleven officers were injured in the clearance.”" in shown


def test_the_details_spell_out_escapes_in_a_file_name(tmp_path):
    """A file name is untrusted text: an escape sequence in it never reaches the terminal."""
    from reader.corpus import load_article
    from reader.tui.bookmarks_screen import details

    path = tmp_path / "news\x1b]0;pwned\x07\x9b2J\u202e.txt"
    path.write_text("Docks cleared\n\nThe harbour authority said eleven officers were injured.\n", encoding="utf-8")
    article = load_article(path)
    with BookmarkStore.open(tmp_path / "data") as store:
        store.add(article, 0, len("Docks cleared"))
        [placed] = store.placed()
        path.unlink()
        [orphan] = store.placed()
    for bookmark in (placed, orphan):
        shown = details(bookmark).plain
        assert_terminal_safe(shown)
        assert "news" in shown


ACTING = {"Open", "Edit note/tags", "Delete"}  # the footer's words for the keys that act on a bookmark


def _footer_descriptions(screen) -> set[str]:
    from textual.widgets._footer import FooterKey

    return {key.description for key in screen.query(FooterKey)}


async def test_an_empty_list_offers_no_open_edit_or_delete(make_app, seeds, tmp_path):
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        bookmarks = await open_list(pilot)
        assert bookmarks.loaded and not bookmarks.placed
        await settle(pilot)
        assert not ACTING & _footer_descriptions(bookmarks)
        assert {"Filter", "Back"} <= _footer_descriptions(bookmarks)
        before = len(notices(app))
        for key in ("enter", "e", "d", "delete"):
            await pilot.press(key)
            await settle(pilot)
            assert app.screen is bookmarks, key
        assert len(notices(app)) == before and stored(tmp_path) == []


async def test_a_filter_matching_nothing_takes_open_edit_and_delete_away_until_cleared(make_app, seeds, tmp_path):
    _seed_bookmarks(tmp_path, seeds)
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        bookmarks = await open_list(pilot)
        assert ACTING <= _footer_descriptions(bookmarks)
        await pilot.press("slash", *"zzqqxx nothing like it", "tab")  # back to the (empty) list
        await settle(pilot)
        assert bookmarks.options.has_focus and bookmarks.shown == []
        assert not ACTING & _footer_descriptions(bookmarks)
        for key in ("enter", "e", "d"):
            await pilot.press(key)
            assert app.screen is bookmarks, key
        await pilot.press("escape")  # clears the filter
        await settle(pilot)
        assert len(bookmarks.shown) == 2 and ACTING <= _footer_descriptions(bookmarks)


async def _palette_titles(pilot, query: str) -> list[str]:
    from textual.command import CommandList

    await open_palette(pilot, query)
    options = pilot.app.screen.query_one(CommandList)
    titles = [str(options.get_option_at_index(i).prompt).split("\n")[0] for i in range(options.option_count)]
    await pilot.press("escape")
    return titles


async def test_the_palette_offers_open_edit_and_delete_only_while_a_bookmark_is_listed(make_app, seeds, tmp_path):
    _seed_bookmarks(tmp_path, seeds)
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        bookmarks = await open_list(pilot)
        for command in ACTING:
            assert command in await _palette_titles(pilot, command), command
        await pilot.press("slash", *"zzqqxx nothing like it", "tab")
        await settle(pilot)
        assert bookmarks.shown == [] and pilot.app.screen is bookmarks
        for command in ACTING:  # as the footer: a command that would do nothing is not offered
            assert command not in await _palette_titles(pilot, command), command
        assert "Filter" in await _palette_titles(pilot, "Filter")
