"""At 80 columns the claim map's footer has no room for all its keys: those it leaves out are
named on the line over the detail, so every key of the map is on screen without opening help;
a terminal wide enough for the footer's keys names none there."""

from __future__ import annotations

import pytest
from textual.content import Content
from textual.widgets import Footer, Static
from textual.widgets._footer import FooterKey

from tui_helpers import reading_room, workers_done

from reader.tui.claim_map import ClaimMapScreen
from reader.tui.keys import CLAIM_MAP_BINDINGS


def _footer_keys(screen) -> set[tuple[str, str]]:
    footer = screen.query_one(Footer)
    return {(k.key_display, k.description) for k in footer.query(FooterKey)
            if k.display and k.region.width and k.region.right <= footer.region.right}


def _over_the_detail(screen) -> str:
    title = screen.query_one("#detail", Static).border_title
    return "" if title is None else Content.from_markup(title).plain  # Textual gives it back as markup


@pytest.mark.parametrize(("keys", "untold"), [("", "u"), ('[keys]\n"claims.untold" = "U"\n', "U")])
async def test_every_key_of_the_map_is_on_screen_at_80_columns(tmp_path, make_app, seeds, keys, untold):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text(keys, encoding="utf-8")
    app = make_app(seeds)
    async with reading_room(app, size=(80, 24)) as (pilot, _):
        await pilot.press("M")
        await workers_done(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimMapScreen)
        shown, named = _footer_keys(screen), _over_the_detail(screen)
        for binding in CLAIM_MAP_BINDINGS:
            if binding.show:
                in_footer = any(description == binding.description for _, description in shown)
                assert in_footer or binding.description in named, (binding.description, shown, named)
        assert f"{untold} Untold" in named  # the key as remapped
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        await pilot.pause()
        assert _over_the_detail(screen) == ""  # the footer shows them all again
        assert ("z", "Fold") in _footer_keys(screen)
