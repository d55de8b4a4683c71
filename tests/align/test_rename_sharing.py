"""Joining spelling variants merges counts without copying the keys it leaves alone."""

from __future__ import annotations

from reader.align.features import Occurrence, rename, unit_features
from reader.align.glossary import Glossary


def test_renaming_merges_variants_and_shares_the_untouched_occurrences():
    features = unit_features("Artsakh leaders met Artsach envoys in Stepanakert on Monday.", Glossary())
    before = {key: (occ.count, occ.lo) for key, occ in features.items()}
    renamed = rename(features, {"w:artsach": "w:artsakh"})
    # The variant's count joins the first spelling's, at its first occurrence.
    assert renamed["w:artsakh"] == Occurrence("w:artsakh", 2, 0, 7, False, True)
    assert "w:artsach" not in renamed
    # Keys that meet no variant keep their very Occurrence: a huge article's features are not
    # held twice (cached as built, and renamed for the pair being aligned).
    assert all(renamed[key] is features[key] for key in features if key not in ("w:artsakh", "w:artsach"))
    # ... and nothing built before is changed.
    assert {key: (occ.count, occ.lo) for key, occ in features.items()} == before


def test_a_later_variant_keeps_the_earlier_first_occurrence():
    features = unit_features("Artsach envoys met Artsakh leaders.", Glossary())
    merged = rename(features, {"w:artsach": "w:artsakh"})["w:artsakh"]
    assert (merged.key, merged.count, merged.lo) == ("w:artsach", 2, 0)
