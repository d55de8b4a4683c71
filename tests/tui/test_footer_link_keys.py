"""The reading room's footer and its palette offer the keys that act on links (jump to the
counterpart, the next linked passage) only while the pair has links: a pair with none, or a threshold that
leaves none, shows them no more, and they come back with the links. Pressed anyway, they
still say why they do nothing."""

from __future__ import annotations

from test_footer import _shown_keys
from test_room_views import GARDENS, REPORT, STARS, write_pair
from tui_helpers import covers, notices, reading_room, settle

LINK_KEYS = {"Jump to counterpart", "Next linked"}
# The same three events told again in other words: linked at the shipped threshold, not at the top of its range.
RETOLD = ["Officials said shelling hit the Dorna village school early on Tuesday, before dawn.",
          "An evacuation of Dorna and three villages nearby was ordered by the regional governor.",
          "By Thursday, convoys with water and medicine had reached the camps for Dorna's evacuees."]


def shown(app) -> set[str]:
    return {description for _, description in _shown_keys(app)}


async def test_a_pair_with_no_links_offers_no_link_keys(tmp_path, make_app):
    covers("link.jump", "passage.next-linked")
    app = make_app(write_pair(tmp_path, GARDENS, STARS))
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        assert not (screen.marks[0] or screen.marks[1])
        assert not LINK_KEYS & shown(app), shown(app)
        assert "Next passage" in shown(app)
        for key in ("enter", "n"):  # pressed anyway, a key says why it does nothing
            count = len(notices(app))
            await pilot.press(key)
            assert notices(app)[count:], key


async def test_the_link_keys_go_with_the_links_a_threshold_takes_and_come_back_with_them(tmp_path, make_app):
    covers("threshold.raise", "threshold.lower")
    app = make_app(write_pair(tmp_path, REPORT, RETOLD))
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        assert screen.marks[0] and LINK_KEYS <= shown(app), shown(app)
        raised = 0
        while screen.marks[0] or screen.marks[1]:
            await pilot.press("plus")
            await settle(pilot)
            raised += 1
            assert raised < 30, "the top of the threshold's range still links the pair"
        await pilot.pause()
        assert not LINK_KEYS & shown(app), shown(app)
        for _ in range(raised):
            await pilot.press("minus")
            await settle(pilot)
        await pilot.pause()
        assert screen.marks[0] and LINK_KEYS <= shown(app), shown(app)


async def test_the_palette_offers_the_link_keys_only_while_the_pair_has_links(tmp_path, make_app):
    from test_palette_help import palette_titles

    for folder in ("unlinked", "linked"):
        (tmp_path / folder).mkdir()
    app = make_app(write_pair(tmp_path / "unlinked", GARDENS, STARS))
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        assert not (screen.marks[0] or screen.marks[1])
        titles = set(await palette_titles(pilot, ""))
        assert not LINK_KEYS & titles and "Next passage" in titles, titles
    app = make_app(write_pair(tmp_path / "linked", REPORT, RETOLD))
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        assert screen.marks[0]
        assert LINK_KEYS <= set(await palette_titles(pilot, ""))
