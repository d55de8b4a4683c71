"""Every notice, hint line and empty-screen message that names a key names the key in effect:
after a `[keys]` remap in config.toml, a line saying "W saves it" or "press O" would send the
reader to a key that no longer does it. Untouched keys keep the words they were written with."""

from __future__ import annotations

from tui_helpers import covers, notices, pair_corpus, reading_room, settle

# A story told twice (invented): the pair has links.
TOLD = ["Ferry crossings to Aldmere island resume on Thursday after the storm damaged the pier at Coltby.",
        "Engineers braced two cracked pilings of the Coltby pier with steel collars over the weekend.",
        "Islanders relied on a fishing boat for medicine and post while the ferry was stopped."]
RETOLD = ["The storm that damaged the Coltby pier stopped the Aldmere ferry until Thursday.",
          "Islanders say the harbour council ignored warnings about the pier's pilings for two years.",
          "Two cracked pilings at Coltby were braced with steel collars, engineers said."]
# Another story of the same kind, for the screens that need one article or a map.
LONE = ["The Marrowby lock keepers stopped work on Tuesday over the new night rota.",
        "Barges waited at Fenwick basin until the canal trust agreed to talk."]


def remap(tmp_path, keys: dict[str, str]) -> None:
    folder = tmp_path / "config"
    folder.mkdir(parents=True, exist_ok=True)
    lines = "".join(f'"{binding}" = "{key}"\n' for binding, key in keys.items())
    (folder / "config.toml").write_text("[keys]\n" + lines, encoding="utf-8")


def refused(app) -> list[str]:
    return [n for n in notices(app) if "refused" in n]


async def test_the_threshold_notice_names_the_save_key_in_effect(make_app, tmp_path):
    covers("threshold.raise", "settings.save")
    remap(tmp_path, {"settings.save": "ctrl+s"})
    app = make_app(pair_corpus(tmp_path / "ferry", TOLD, RETOLD))
    async with reading_room(app, (120, 36)) as (pilot, screen):
        assert not refused(app)
        await pilot.press("plus")
        await settle(pilot)
        said = [n for n in notices(app) if n.startswith("Link threshold")]
        assert said and said[-1].endswith("(^s saves it as the default)"), said
        await pilot.press("ctrl+s")  # the key named does it
        await settle(pilot)
        assert any(n.startswith("Saved as the default") for n in notices(app))


async def test_the_threshold_notice_is_unchanged_without_a_remap(make_app, tmp_path):
    app = make_app(pair_corpus(tmp_path / "canal", LONE, LONE[::-1]))
    async with reading_room(app, (120, 36)) as (pilot, screen):
        await pilot.press("minus")
        await settle(pilot)
        assert [n for n in notices(app) if n.startswith("Link threshold")][-1].endswith("(W saves it as the default)")


async def test_an_off_screen_cursor_names_the_pane_key_in_effect(make_app, tmp_path):
    covers("link.make", "follow.toggle", "cursor.bottom")
    remap(tmp_path, {"pane.switch": "ctrl+w"})
    many = [f"Paragraph {n} of the harbour council's long report on the Coltby pier and its pilings." for n in range(40)]
    app = make_app(pair_corpus(tmp_path / "report", many, many[::-1]))
    async with reading_room(app, (120, 36)) as (pilot, screen):
        left, right = screen.panes
        await pilot.press("f", "G")  # follow off: the right pane stays where it is
        right.cursor = 1
        right.scroll_to(y=right.max_scroll_y, animate=False, immediate=True)
        await pilot.pause()
        assert not right.is_passage_visible(1)
        await pilot.press("equals_sign")
        said = [n for n in notices(app) if "off screen" in n]
        assert said and "is off screen: ^w goes to it." in said[-1], said


async def test_the_empty_bookmarks_list_names_the_bookmark_keys_in_effect(make_app, tmp_path):
    covers("bookmarks.open", "bookmarks.close")
    remap(tmp_path, {"bookmark.add": "a", "bookmark.add-pair": "A"})
    app = make_app(pair_corpus(tmp_path / "ferry", TOLD, RETOLD))
    async with reading_room(app, (120, 36)) as (pilot, screen):
        await pilot.press("m")
        await settle(pilot)
        from textual.widgets import OptionList

        shown = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert shown == ("No bookmarks yet: press a on a passage in the reading room "
                         "(A for a passage and its counterpart)."), shown


async def test_the_search_hint_names_the_hit_keys_in_effect(make_app, tmp_path):
    covers("search.open", "search.close")
    remap(tmp_path, {"search.next": "ctrl+n", "search.prev": "ctrl+e"})
    app = make_app(pair_corpus(tmp_path / "ferry", TOLD, RETOLD))
    async with reading_room(app, (120, 36)) as (pilot, screen):
        assert not refused(app)
        await pilot.press("slash")
        await settle(pilot)
        hint = str(app.screen.query_one("#hint").render())
        assert hint.startswith("enter: jump (then ^n/^e: next/previous hit)"), hint
        await pilot.press("escape")


async def test_the_confirm_dialog_names_its_keys_in_effect(make_app, tmp_path):
    covers("bookmark.add", "bookmark-dialog.save", "bookmarks.delete", "confirm.no")
    remap(tmp_path, {"confirm.yes": "s", "confirm.no": "c"})
    app = make_app(pair_corpus(tmp_path / "ferry", TOLD, RETOLD))
    async with reading_room(app, (120, 36)) as (pilot, screen):
        await pilot.press("j", "b")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        await pilot.press("d")
        await pilot.pause()
        from reader.tui.bookmark_dialog import ConfirmDialog

        assert isinstance(app.screen, ConfirmDialog)
        assert str(app.screen.query_one("#hint").render()) == "s: yes · c: no"
        await pilot.press("c")  # the key named answers no
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmDialog)


async def test_one_article_alone_names_the_opening_keys_in_effect(make_app, tmp_path):
    covers("link.jump", "words.open")
    remap(tmp_path, {"picker.open": "P", "open.path": "ctrl+o"})
    from reader.corpus import load_paths

    (tmp_path / "lone").mkdir()
    (tmp_path / "lone" / "locks.txt").write_text("\n\n".join(LONE) + "\n", encoding="utf-8")
    app = make_app(load_paths([tmp_path / "lone" / "locks.txt"]))
    async with reading_room(app, (120, 36)) as (pilot, screen):
        assert screen.align_state == "alone" and not refused(app)
        assert "No other article beside this one: press ^o to open one from disk." in notices(app)
        assert "one article: P or ^o opens a second" in screen.query_one("#status").render().plain
        await pilot.press("enter", "w")
        await settle(pilot)
        assert notices(app)[-2:] == ["One article in both panes: P or ^o opens a second to compare it with.",
                                     "Each side's words compare two articles: open a second one (P or ^o)."]
        await pilot.press("M")
        await settle(pilot)
        label = str(app.screen.query_one("#building-label").render())
        assert "needs at least two articles: press ^o in the reading room" in label, label


async def test_an_empty_article_names_the_picker_key_in_effect(make_app, tmp_path):
    remap(tmp_path, {"picker.open": "P"})
    app = make_app(pair_corpus(tmp_path / "story", [], TOLD, names=("empty.txt", "told.txt")))
    async with reading_room(app, (120, 36)) as (pilot, screen):
        await pilot.press("j")
        await settle(pilot)
        assert notices(app)[-1] == ("Pane A: No text to show: the article's file is empty or blank. "
                                    "P chooses another article.")


async def test_the_claim_map_names_its_compare_key_in_effect(make_app, tmp_path):
    covers("claims.open", "help.open")
    remap(tmp_path, {"claims.compare": "space"})
    app = make_app(pair_corpus(tmp_path / "ferry", TOLD, RETOLD))
    async with reading_room(app, (120, 36)) as (pilot, screen):
        await pilot.press("M")
        await settle(pilot)
        from reader.tui.claim_map import ClaimMapScreen

        assert isinstance(app.screen, ClaimMapScreen) and app.screen.claim_map.claims
        detail = str(app.screen.query_one("#detail").render())
        assert "space: beside" in detail and "enter" not in detail, detail
        await pilot.press("question_mark")
        await pilot.pause()
        legend = str(app.screen.query_one("#legend").render())
        assert "(linked to a telling); space shows it" in legend, legend


async def test_teaching_with_glossaries_off_names_the_glossary_key_in_effect(make_app, tmp_path):
    covers("glossary.toggle", "term.teach", "teach.save")
    remap(tmp_path, {"glossary.toggle": "ctrl+l"})
    app = make_app(pair_corpus(tmp_path / "ferry", TOLD, RETOLD))
    async with reading_room(app, (120, 36)) as (pilot, screen):
        await pilot.press("ctrl+l")  # glossaries off, by the key named
        await settle(pilot)
        assert not app.config.glossary
        linked = next(i for i in range(len(screen.panes[0].units)) if screen.marks[0].get(i))
        screen.panes[0].cursor = linked
        screen.refresh_view()
        await pilot.press("T")
        await pilot.pause()
        app.screen.query_one("#term-0").value = "Aldmere crossing"
        app.screen.query_one("#term-1").value = "the island ferry"
        await pilot.press("ctrl+s")
        await settle(pilot)
        taught = [n for n in notices(app) if n.startswith("Taught")]
        assert taught and taught[-1].endswith("(glossaries are off: ^l turns them on)"), taught
