"""Every footer ends in the command palette's key: its last column is the key's, not a letter of
a key scrolled beneath it."""

from __future__ import annotations

import pytest
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


def _palette_key_ends_at_the_edge(app) -> None:
    footer = app.screen.query_one(Footer)
    (key,) = [k for k in footer.query(FooterKey) if k.has_class("-command-palette")]
    assert key.region.right == footer.region.right == app.size.width


@pytest.mark.parametrize("width", [80, 100, 160])
@pytest.mark.parametrize("keys", [(), ("m",), ("w",), ("M",)], ids=["compare", "bookmarks", "words", "claim map"])
async def test_the_palette_key_owns_the_last_column(make_app, seeds, width, keys):
    app = make_app(seeds)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        if keys == ("M",):
            await app.workers.wait_for_complete()
            await pilot.pause()
        _palette_key_ends_at_the_edge(app)


def _shown_keys(app) -> list[tuple[str, str]]:
    """(keys, description) of each footer key a person sees, left to right."""
    footer = app.screen.query_one(Footer)
    keys = [k for k in footer.query(FooterKey) if k.description and not k.has_class("-command-palette")]
    visible = [k for k in keys if k.region.width and k.region.right <= footer.region.right]
    return [(k.key_display, k.description) for k in sorted(visible, key=lambda k: k.region.x)]


@pytest.mark.parametrize(("keys", "shown"), [
    ('"cursor.down" = "k"\n"cursor.up" = "j"\n', "k"),
    ('"cursor.down" = "J,ctrl+shift+j"\n', "J/shift+^j"),
])
async def test_a_remapped_binding_keeps_its_place_in_the_footer_with_its_new_keys(tmp_path, make_app, seeds, keys, shown):
    app = make_app(seeds)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        default = _shown_keys(app)
    assert ("j/↓", "Next passage") in default
    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "config.toml").write_text("[keys]\n" + keys, encoding="utf-8")
    app = make_app(seeds)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        remapped = _shown_keys(app)
    expected = [(shown if description == "Next passage" else key, description) for key, description in default]
    assert remapped[:len(default) - 1] == expected[:-1]  # a longer key may push the last one off


@pytest.mark.parametrize("keys", [(), ("m",), ("w",), ("M",)], ids=["compare", "bookmarks", "words", "claim map"])
async def test_help_and_quit_lead_every_full_screen_footer_at_80_columns(make_app, seeds, keys):
    """However many keys a screen has, a narrow footer still shows how to get help and leave,
    first on every full screen and packed as tightly: going from the room to another screen,
    help and quit stay where they were."""
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = _shown_keys(app)
        assert shown[:2] == [("?", "Help"), ("q", "Quit")], shown
        assert app.screen.query_one(Footer).compact
        if keys in (("m",), ("w",), ("M",)):  # and how to get back to the reading room
            assert ("esc", "Back") in shown, shown

