"""Names and paths in the reading room's notifications are shown escaped, never obeyed."""

from __future__ import annotations

import os

from tui_helpers import notices, settle

OSC_NAME = "\x1b]52;c;cHduZWQ=\x07\x1b]0;TITLE\x07bad"
STEERING = ("\x1b", "\x07", "\x9b", "\u202e")


async def test_a_bad_user_theme_and_glossary_are_reported_with_their_names_escaped(make_app, hostile_corpus,
                                                                                    tmp_path):
    themes = tmp_path / "config" / "themes"
    themes.mkdir(parents=True)
    (themes / f"{OSC_NAME}.toml").write_text('primary = "rgb(' + "9" * 400 + ',0,0)"\n', encoding="utf-8")
    glossaries = tmp_path / "config" / "glossaries"
    glossaries.mkdir()
    (glossaries / f"{OSC_NAME}.toml").write_text("x = " + "[" * 500 + "]" * 500 + "\n", encoding="utf-8")
    os.mkfifo(glossaries / "pipe.toml")  # refused, not waited on
    app = make_app(hostile_corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        shown = notices(app)
        assert app.is_running
        assert not any(c in text for text in shown for c in STEERING), shown
        assert sum("\\x1b]52;c;cHduZWQ=\\x07" in text for text in shown) >= 2, shown
        assert any("pipe.toml: is a FIFO" in text for text in shown), shown


async def test_every_notification_goes_through_the_sanitiser(make_app, hostile_corpus):
    app = make_app(hostile_corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        app.notify("cannot open \x1b]0;T\x07x" + os.fsdecode(b"\xff") + "\nsecond line", title="\u202eT",
                   markup=False)
        await pilot.pause()
        [shown] = [n for n in app._notifications if "cannot open" in str(n.message)]
        assert str(shown.message) == "cannot open \\x1b]0;T\\x07x\\xff\nsecond line"
        assert shown.title == "\\u202eT"


async def test_bookmarking_an_article_whose_name_is_not_utf8(make_app, tmp_path):
    from tui_helpers import compare

    from reader.bookmarks import BookmarkStore
    from reader.corpus import load_paths

    folder = tmp_path / "articles"
    folder.mkdir()
    name = os.fsdecode(bytes(folder) + b"/caf\xe9.txt")
    with open(name, "w", encoding="utf-8") as handle:
        handle.write("Talks in Geneva\n\nThe delegations met in Geneva on Monday.\n\nBoth sides agreed.\n")
    (folder / "other.txt").write_text("Geneva\n\nOn Monday the delegations met in Geneva.\n", encoding="utf-8")
    app = make_app(load_paths([folder]))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        pane = next(p for p in compare(app).panes if str(p.article.path) == name)
        pane.focus()
        await pilot.press("j", "b", *"a note", "enter")
        await settle(pilot)
        assert app.is_running
        assert not any(c in text for text in notices(app) for c in STEERING)
    with BookmarkStore.open(tmp_path / "data") as store:
        [saved] = store.bookmarks()
    assert saved.anchor.path == name and saved.note == "a note"
