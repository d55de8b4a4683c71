"""A term taught with `T` realigns the pair with it: the alignment shown after is made with
the learned glossary, not one kept from before at the same settings."""

from __future__ import annotations

import pytest

from reader.corpus import load_paths
from tui_helpers import covers, reading_room, settle

HARBOUR = (
    ("The council of Vantoria voted on Tuesday to close the northern harbour for the winter storms.\n\n"
     "Fishing crews in Vantoria say the closure will cost them a season of catches and wages.\n\n"
     "The harbour master promised a review of the decision before the spring tides.\n",
     "The council of the Merrow realm voted on Tuesday to close the northern harbour for the winter storms.\n\n"
     "Fishing crews in the Merrow realm say the closure will cost them a season of catches and wages.\n\n"
     "The harbour master promised a review of the decision before the spring tides.\n"),
    ("Vantoria", "the Merrow realm"))
ORCHARD = (
    ("Growers near Pellidor lost half their apple harvest to the late frost this April.\n\n"
     "The cooperative of Pellidor asks the ministry for help to replant the damaged orchards.\n\n"
     "Prices for cider apples are expected to rise across the region by autumn.\n",
     "Growers near Ostkarra lost half their apple harvest to the late frost this April.\n\n"
     "The cooperative of Ostkarra asks the ministry for help to replant the damaged orchards.\n\n"
     "Prices for cider apples are expected to rise across the region by autumn.\n"),
    ("Pellidor", "Ostkarra"))


def glossary_evidence(alignment) -> list:
    """The words the alignment linked as terms of a glossary."""
    return [e for link in alignment.links for e in link.evidence if e.kind == "glossary"]


@pytest.mark.parametrize(("texts", "terms"), [HARBOUR, ORCHARD])
async def test_a_taught_term_realigns_the_pair_with_it(make_app, write_article, tmp_path, texts, terms):
    covers("term.teach", "teach.save")
    write_article(texts[0], "a.txt"), write_article(texts[1], "b.txt")
    corpus = load_paths([str(tmp_path / "articles" / "a.txt"), str(tmp_path / "articles" / "b.txt")])
    async with reading_room(make_app(corpus), (160, 48)) as (pilot, screen):
        assert screen.alignment.links and not glossary_evidence(screen.alignment)
        screen.active = 0
        screen._move_to(screen.alignment.links[0].a, center=True)
        await pilot.press("T")
        await pilot.pause()
        dialog = screen.app.screen
        dialog.query_one("#term-0").value, dialog.query_one("#term-1").value = terms
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert screen.align_state == "ready"
        assert glossary_evidence(screen.alignment)
