"""A glossary file that cannot be read is told once for each state it is in, whichever screen
reads it: the claim map tells it as the reading room does (never twice for one state, never
dropped for a new one, even while the map kept from before is shown); and the picker's counting
of links, which aligns pairs the panes do not show, names the pair it counted without it."""

from __future__ import annotations

import pytest

from test_alignment_kept_with_the_place import BASIN, BRIDGE, DAM, FERRY, LIBRARY, READING, four_articles
from test_claim_map import open_map
from test_glossaries_edited_while_open import folder_glossary, user_glossary
from test_glossary_broken_while_open import KINDS, about
from tui_helpers import notices, reading_room, settle


# Each kind's pairs and broken file, then the other kind's broken file and what is said of it:
# the same file broken another way
SAID = ("a group needs 'terms'", "invalid TOML")
BROKEN_TWICE = [(own, fresh, broken, other[3], said) for (own, fresh, _, broken), other, said
                in zip(KINDS, KINDS[::-1], SAID)]


@pytest.mark.parametrize("where", [user_glossary, folder_glossary])
@pytest.mark.parametrize(("own", "fresh", "broken", "again", "wrong"), BROKEN_TWICE)
async def test_the_claim_map_tells_a_broken_glossary_once_for_each_state(make_app, tmp_path, where, own, fresh,
                                                                        broken, again, wrong):
    corpus, own_pair, _ = four_articles(tmp_path, own, fresh)
    (path := where(tmp_path, corpus)).write_text(broken, encoding="utf-8")
    app = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        assert len(about(app, path)) == 1  # told by the room
        await open_map(pilot)
        assert len(about(app, path)) == 1  # the same state, read for the map: not again
        await pilot.press("escape")
        path.write_text(again, encoding="utf-8")  # broken another way: told, with what is wrong now
        await open_map(pilot)  # the map kept is shown: it was made without the file, as it would be now
        told = about(app, path)
        assert len(told) == 2 and wrong in told[1], told
        assert told[1].startswith("Claim map: glossary skipped") and "mapping claims without it" in told[1]
        await pilot.press("escape")
        await open_map(pilot)
        assert len(about(app, path)) == 2
        await pilot.press("escape", "q")


@pytest.mark.parametrize(("near", "far"), [((DAM, BASIN), FERRY), ((LIBRARY, READING), BRIDGE)])
async def test_the_pickers_counting_names_the_pair_it_counted_without_a_broken_glossary(make_app, tmp_path,
                                                                                      near, far):
    """The panes show an article beside one of a folder whose corpus.toml names a broken
    glossary: that glossary is not the shown pair's (they come from two folders), but the
    picker counts the links of the folder's other article with it, and says so by name."""
    from reader.corpus import load_paths
    from reader.tui.pane_history import article_name
    from reader.tui.picker import PickerScreen

    there, here = tmp_path / "there", tmp_path / "here"
    there.mkdir()
    here.mkdir()
    for name, paragraphs in (("first.txt", near[0]), ("second.txt", near[1])):
        (there / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    (there / "corpus.toml").write_text('glossary = "terms.toml"\n', encoding="utf-8")
    broken = there / "terms.toml"
    broken.write_text("[[group]\nterms = [\n", encoding="utf-8")
    (here / "aside.txt").write_text("\n\n".join(far) + "\n", encoding="utf-8")
    corpus = load_paths([here / "aside.txt", there / "first.txt", there / "second.txt"])
    aside, first, second = (next(a for a in corpus if a.path.name == n) for n in ("aside.txt", "first.txt",
                                                                                   "second.txt"))
    app = make_app(corpus, pair=(aside.id, first.id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        assert about(app, broken) == []  # not the shown pair's glossary
        await pilot.press("o")  # the picker of pane A: its rows are counted with pane B's article
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        told = about(app, broken)
        assert len(told) == 1, notices(app)
        assert f"counting the links of {article_name(second)} with {article_name(first)} without it" in told[0]
        await pilot.press("escape", "q")
