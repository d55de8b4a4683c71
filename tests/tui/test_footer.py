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
