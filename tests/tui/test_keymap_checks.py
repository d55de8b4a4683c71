"""A `[keys]` remap Textual could not use, or one that takes a key from another binding of the
same screen, is refused with a notice and the binding keeps its default: quit and help stay
where they are unless the user moves them."""

from __future__ import annotations

import contextlib
import re

import pytest
from textual.screen import ModalScreen, Screen
from textual.widgets._footer import FooterKey
from test_palette_help import palette_prompts
from tui_helpers import compare, notices, settle

from reader.tui.help import HelpScreen
from reader.tui.keymap import SCREENS, checked_keymap, key_problem
from reader.tui.keys import APP_BINDINGS, BINDING_IDS


@contextlib.asynccontextmanager
async def running_with(tmp_path, make_app, corpus, keys: str):
    """The reader over `corpus` with `keys` as its config's [keys] table, settled; yields the
    pilot and the notices about [keys]."""
    folder = tmp_path / "config"  # what make_app passes
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text("[keys]\n" + keys, encoding="utf-8")
    app = make_app(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        yield pilot, [n for n in notices(app) if "[keys]" in n]


def footer_keys(app) -> dict[str, str]:
    return {k.description: k.key for k in app.screen.query(FooterKey) if k.description}


def help_line(app, binding_id: str) -> str:
    text = str(app.screen.query_one("#keys").render())
    return next(line for line in text.splitlines() if line.rstrip().endswith(" " + binding_id))


async def test_a_remap_onto_quit_is_refused_and_q_still_quits(tmp_path, make_app, seeds):
    async with running_with(tmp_path, make_app, seeds, '"cursor.down" = "q"\n') as (pilot, said):
        app = pilot.app
        assert len(said) == 1, said
        assert '"cursor.down" = "q" refused' in said[0] and "q already runs app.quit" in said[0]
        footer = footer_keys(app)
        assert footer["Quit"] == "q" and footer["Next passage"] == "j"
        left = compare(app).panes[0]
        await pilot.press("j")
        assert left.cursor == left.visible_order()[1]
        await pilot.press("q")
        assert not app.is_running


async def test_a_key_textual_never_reports_is_refused_by_name(tmp_path, make_app, seeds):
    keys = '"cursor.down" = "ctrl+shift+alt+zz"\n"theme.cycle" = "shift+ctrl+t"\n'
    async with running_with(tmp_path, make_app, seeds, keys) as (pilot, said):
        app = pilot.app
        assert len(said) == 2, said
        assert '"ctrl+shift+alt+zz" refused: zz is no key name Textual knows' in said[0]
        assert "Textual writes it ctrl+shift+t" in said[1] and 'theme.cycle keeps "t"' in said[1]
        left = compare(app).panes[0]
        await pilot.press("j", "down")
        assert left.cursor == left.visible_order()[2]
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert str(commands["Next passage"]) == "key: j/↓"
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert help_line(app, "cursor.down").split()[0] == "j/↓"


async def test_help_and_palette_show_a_kept_remap(tmp_path, make_app, seeds):
    """A swap is no conflict: each binding takes the key the other gives up."""
    keys = '"cursor.down" = "k"\n"cursor.up" = "j"\n'
    async with running_with(tmp_path, make_app, seeds, keys) as (pilot, said):
        app = pilot.app
        assert said == []
        left = compare(app).panes[0]
        await pilot.press("k", "k", "j")
        assert left.cursor == left.visible_order()[1]
        prompts = await palette_prompts(pilot, "passage")
        assert "Next passage\nkey: k" in prompts and "Previous passage\nkey: j" in prompts, prompts
        await pilot.press("escape")
        await pilot.press("question_mark")
        assert help_line(app, "cursor.down").split()[0] == "k"
        assert help_line(app, "cursor.up").split()[0] == "j"


async def test_moving_one_of_two_bindings_off_a_shared_key_leaves_the_other_on_it(tmp_path, make_app, seeds):
    """n is the next search hit during a search and the next linked passage otherwise; moving
    the search's n elsewhere keeps n for linked passages (Textual would drop the key whole)."""
    async with running_with(tmp_path, make_app, seeds, '"search.next" = "e"\n') as (pilot, said):
        assert said == []
        left = compare(pilot.app).panes[0]
        await pilot.press("n")
        assert left.cursor in left.best and left.cursor != left.visible_order()[0]


def test_textual_key_names_pass_and_others_are_named():
    for key in ("j", "J", "ctrl+n", "f1", "f24", "question_mark", "left_square_bracket", "shift+tab",
                "minus", "slash", "pagedown", "space", "ctrl+shift+left", "alt+ctrl+x", "escape", "-"):
        assert key_problem(key) is None, key
    assert "no key name" in key_problem("zz")
    assert "no key name" in key_problem("Enter")
    assert "'control'" in key_problem("control+x")
    assert "ctrl+shift+x" in key_problem("shift+ctrl+x")
    assert "ctrl+x" in key_problem("ctrl+ctrl+x")
    assert "names no key" in key_problem("ctrl+")
    assert "calls solidus slash" in key_problem("solidus")
    assert "minus" in key_problem("ctrl+-")


@pytest.mark.parametrize(("keymap", "refused", "names"), [
    ({"app.quit": "j"}, "app.quit", ("cursor.down", "j")),
    ({"help.open": "c"}, "help.open", ("link.confirm", "c")),  # c confirms a link in the reading room
    ({"theme.cycle": "i"}, "theme.cycle", ("claims.sort-imbalance", "i", "the claim map")),
    ({"words.close": "j"}, "words.close", ("words.down", "j")),
    ({"cursor.down": "ctrl+p"}, "cursor.down", ("command palette", "ctrl+p")),
    ({"theme.cycle": "ctrl+q"}, "theme.cycle", ("quit", "ctrl+q")),
    ({"follow.toggle": "ctrl+o", "view.cycle": "ctrl+o"}, "view.cycle", ("follow.toggle", "ctrl+o")),
])
def test_a_key_taken_on_the_same_screen_is_refused(keymap, refused, names):
    kept, problems = checked_keymap(keymap)
    assert refused not in kept and len(problems) == 1
    assert problems[0].startswith(f'config.toml [keys]: "{refused}" = ')
    assert all(name in problems[0] for name in names)
    assert f"{refused} keeps " in problems[0]


def test_keys_free_on_the_screen_are_kept():
    cases = [{"app.quit": "ctrl+q"},  # Textual's own ctrl+q quits too: no clash
             {"help.close": "q"},  # its default, written out
             {"picker.down": "ctrl+n", "cursor.down": "ctrl+n"},  # different screens
             {"search.next": "e", "passage.next-linked": "e"}]  # partners by design may share
    for keymap in cases:
        kept, problems = checked_keymap(keymap)
        assert problems == [] and all(kept.get(b, keys) == keys for b, keys in keymap.items()), keymap


def test_every_screen_is_checked_with_the_bindings_it_runs():
    """SCREENS must say what each screen's bindings are: a full screen runs the app's bindings
    too, a modal one only its own."""
    from reader.tui import (bookmark_dialog, bookmarks_screen, claim_map, compare as compare_module, help,
                            open_dialog, picker, search, teaching, words_screen)

    modules = (bookmark_dialog, bookmarks_screen, claim_map, compare_module, help, open_dialog, picker,
               search, teaching, words_screen)
    classes = [c for m in modules for c in vars(m).values()
               if isinstance(c, type) and issubclass(c, Screen) and c.__module__ == m.__name__
               and any(getattr(b, "id", None) for b in c.BINDINGS)]
    assert len(classes) >= 11
    app_ids = {b.id for b in APP_BINDINGS}
    for cls in classes:
        ids = {b.id for b in cls.BINDINGS if getattr(b, "id", None)}
        if not issubclass(cls, ModalScreen):
            ids |= app_ids
        assert any({b.id for b in bindings} == ids for _, bindings in SCREENS), cls
    assert {b.id for _, bindings in SCREENS for b in bindings} == set(BINDING_IDS)


def test_notices_quote_keys_as_written():
    _, problems = checked_keymap({"cursor.down": "[/]", "[b]x": "z"})
    assert re.search(r"no binding with id '\[b\]x'", problems[0])
    assert '"cursor.down" = "[/]" refused: [/] is no key name' in problems[1]


def test_a_keys_table_full_of_mistakes_is_a_few_short_lines():
    from reader.config.hints import MAX_PROBLEMS

    keymap = {f"x{i}": "j" for i in range(1500)}
    keymap.update({binding_id: "zz" for binding_id in BINDING_IDS[:20]})
    kept, problems = checked_keymap(keymap)
    assert kept == {} and len(problems) == MAX_PROBLEMS
    assert all(len(line) < 300 for line in problems)
    assert "'x0'" in problems[0] and "1495 more" in problems[0]
    assert problems[-1].endswith("more problems like these; ignored")
