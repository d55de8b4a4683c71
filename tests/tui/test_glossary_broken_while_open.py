"""A glossary file broken while the reading room is open (one of the user's, in
<config dir>/glossaries/, or the one a folder's corpus.toml names) is told when a pair is
aligned without it: one line naming the file and its problem, with the glossaries the pair was
aligned with, once for each state of the broken file."""

from __future__ import annotations

import pytest

from test_alignment_kept_with_the_place import BASIN, BOAT, BRIDGE, CROSSING, DAM, FERRY, LIBRARY, READING, four_articles
from test_glossaries_edited_while_open import folder_glossary, glossary, user_glossary
from test_pairs_shown_again import show
from tui_helpers import notices, reading_room

KINDS = [((DAM, BASIN), (FERRY, BOAT), ("reservoir", "basin"), "[[group"),
         ((LIBRARY, READING), (BRIDGE, CROSSING), ("library", "reading room"), '[[group]]\nterms = ["shuts"]\n')]


def about(app, path) -> list[str]:
    return [n for n in notices(app) if path.name in n and "glossary skipped" in n]


@pytest.mark.parametrize("where", [user_glossary, folder_glossary])
@pytest.mark.parametrize(("own", "fresh", "terms", "broken"), KINDS)
async def test_a_glossary_broken_while_open_is_told_once_for_each_state(make_app, tmp_path, where, own, fresh,
                                                                       terms, broken):
    corpus, own_pair, fresh_pair = four_articles(tmp_path, own, fresh)
    path = where(tmp_path, corpus)
    path.write_text(glossary(terms), encoding="utf-8")
    kept = path.parent / "kept.toml" if where is user_glossary else None
    if kept is not None:
        kept.write_text(glossary(("weir", "sluice")), encoding="utf-8")
    app = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        assert about(app, path) == []
        path.write_text(broken, encoding="utf-8")
        await show(pilot, screen, fresh_pair)
        told = about(app, path)
        assert len(told) == 1 and "\n" not in told[0] and str(path) in told[0]
        assert "aligning without it" in told[0]
        assert ("kept.toml" in told[0]) if kept is not None else ("with no glossary" in told[0])
        assert screen.align_state == "ready"
        await show(pilot, screen, own_pair)  # the same broken file: not again
        await show(pilot, screen, fresh_pair)
        assert len(about(app, path)) == 1
        path.write_text(broken + "\n# still broken\n", encoding="utf-8")  # another broken state
        await show(pilot, screen, own_pair)
        assert len(about(app, path)) == 2
        await pilot.press("q")


async def test_a_broken_glossarys_hostile_name_is_told_visibly(make_app, tmp_path):
    """The file's name reaches the notice with its escapes spelled out, never sent to the terminal."""
    corpus, own_pair, fresh_pair = four_articles(tmp_path, (LIBRARY, READING), (FERRY, BOAT))
    folder = tmp_path / "config" / "glossaries"
    folder.mkdir(parents=True)
    app = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        (folder / "x\x1b]0;pwn\x07[b].toml").write_text("[[group]]\nterms = 3\n", encoding="utf-8")
        await show(pilot, screen, fresh_pair)
        told = [n for n in notices(app) if "glossary skipped" in n]
        assert len(told) == 1 and "x\\x1b]0;pwn\\x07[b].toml" in told[0] and "\x1b" not in told[0], told
        await pilot.press("q")
