"""A map is read to compare the sides: a cell opens its passage beside another side's
telling, not the same side's retelling, whenever another side tells the claim."""

from __future__ import annotations

import pytest
from sided_corpus import write_sides

from reader.claims import build
from reader.corpus import load_paths


@pytest.fixture
def sides_map(tmp_path):
    corpus = load_paths([write_sides(tmp_path / "sides")])
    claim_map = build(tuple(corpus.articles))
    claim = next(c for c in claim_map.claims if "hospital" in c.label)
    return claim_map, claim


def position(claim_map, stem: str) -> int:
    return next(i for i, a in enumerate(claim_map.articles) if a.path.stem == stem)


def test_the_partner_is_the_other_sides_telling(sides_map):
    claim_map, claim = sides_map
    ours, twin, theirs = (position(claim_map, s) for s in ("ours-1", "ours-2", "theirs"))
    assert claim.articles == {ours, twin, theirs}
    index = claim.in_article(ours)[0].index
    assert claim.partner(ours, index).article == twin  # the strongest link is the same side's
    assert claim_map.partner(claim, ours, index).article == theirs
    assert claim_map.partner(claim, theirs).article in {ours, twin}


def test_a_silent_article_is_shown_beside_the_other_sides_telling(sides_map):
    claim_map, claim = sides_map
    silent = position(claim_map, "ours-3")
    assert claim.passages[claim.central].article != position(claim_map, "theirs")
    assert claim_map.partner(claim, silent).article == position(claim_map, "theirs")


def test_one_sided_claims_keep_their_partner(sides_map):
    claim_map, claim = sides_map
    only_ours = type(claim)(claim.id, claim.label, claim.terms, claim.passages[:2], 0, claim.links[:1])
    assert claim_map.partner(only_ours, position(claim_map, "ours-1")).article == position(claim_map, "ours-2")
