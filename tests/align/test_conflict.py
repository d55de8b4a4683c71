"""Conflict evidence: passages that name different rare things and share no name are discounted.

The texts are written here for the purpose: two reports of different earthquakes, and two
tellings of one clash that name the region each its own way.
"""

import math

import pytest

from reader.align import align, policy
from reader.align.aliases import same_name
from reader.align.conflict import names
from reader.align.features import unit_features
from reader.align.glossary import Glossary
from reader.corpus import load_paths

QUAKE_A = """Strong earthquake on the coast

A magnitude 6 earthquake struck the coast near Meulaboh at dawn, toppling homes and cutting power.

Rescue teams searched the rubble through the night.
"""

QUAKE_B = """Earthquake shakes the valley

A magnitude 5 earthquake struck the coast near Hollister at dawn, toppling homes and cutting power.

Schools stayed closed while engineers inspected bridges.
"""

CLASH_A = """Shelling reported overnight

Troops of Azerbaijan shelled villages in Artsakh overnight, the defence ministry of Armenia said.
"""

CLASH_B = """Night of fighting

Troops of Azerbaijan shelled villages in Nagorno-Karabakh overnight, officials in Armenia said.
"""


def _pair(tmp_path, a, b):
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    corpus = load_paths([tmp_path / "a.txt", tmp_path / "b.txt"])
    return corpus.articles[0], corpus.articles[1]


def _score(a, b, needle_a, needle_b):
    al = align(a, b, min_score=0.0)
    i = next(p.index for p in a.passages if needle_a in p.text)
    j = next(p.index for p in b.passages if needle_b in p.text)
    return next(link.score for link in al.links if (link.a, link.b) == (i, j))


def test_two_earthquakes_named_apart_keep_the_conflict_factor_of_their_similarity(tmp_path, monkeypatch):
    """Same words, different places: the pair's similarity is multiplied by CONFLICT_FACTOR
    (each unit is the other's only partner, so the score is 1 - exp(-rate * similarity))."""
    a, b = _pair(tmp_path, QUAKE_A, QUAKE_B)
    discounted = _score(a, b, "Meulaboh", "Hollister")
    monkeypatch.setattr(policy, "CONFLICT_FACTOR", 1.0)
    plain = _score(a, b, "Meulaboh", "Hollister")
    assert discounted < plain
    assert -math.log(1 - discounted) == pytest.approx(0.8 * -math.log(1 - plain), rel=1e-4)


def test_a_shared_name_outweighs_names_only_one_side_uses(tmp_path, monkeypatch):
    """"Artsakh" and "Nagorno-Karabakh" (no glossary) are different rare names, but both
    passages name Armenia and Azerbaijan: no conflict, the score is untouched."""
    a, b = _pair(tmp_path, CLASH_A, CLASH_B)
    score = _score(a, b, "Artsakh", "Nagorno-Karabakh")
    monkeypatch.setattr(policy, "CONFLICT_FACTOR", 1.0)
    assert _score(a, b, "Artsakh", "Nagorno-Karabakh") == score


def test_a_passage_that_names_nothing_is_in_no_conflict(tmp_path, monkeypatch):
    b_unnamed = QUAKE_B.replace("near Hollister", "near the town")
    a, b = _pair(tmp_path, QUAKE_A, b_unnamed)
    score = _score(a, b, "Meulaboh", "near the town")
    monkeypatch.setattr(policy, "CONFLICT_FACTOR", 1.0)
    assert _score(a, b, "Meulaboh", "near the town") == score


def test_a_name_is_capitalised_inside_a_sentence_and_never_written_in_lower_case():
    glossary = Glossary()
    heading = unit_features("Actress Lohan Checks Into Rehab", glossary)
    body = unit_features("She checked into rehab in Rancho Mirage, her lawyer said.", glossary)
    found = names([heading], [body])
    assert {"w:lohan", "w:rancho", "w:mirag"} <= found
    assert "w:rehab" not in found and "w:check" not in found


def test_one_place_spelt_two_ways_is_a_shared_name(tmp_path, monkeypatch):
    """"Kharkiv" and "Kharkov" (a transliteration apart, too far apart for the aligner's
    spelling variants) name one city: the pair is in no conflict."""
    a, b = _pair(tmp_path, QUAKE_A.replace("Meulaboh", "Kharkiv"), QUAKE_B.replace("Hollister", "Kharkov"))
    score = _score(a, b, "Kharkiv", "Kharkov")
    monkeypatch.setattr(policy, "CONFLICT_FACTOR", 1.0)
    assert _score(a, b, "Kharkiv", "Kharkov") == score


def test_a_place_whose_final_vowel_one_side_drops_is_a_shared_name(tmp_path, monkeypatch):
    """"Tskhinvali" and "Tskhinval" (one transliteration drops the final vowel) name one
    town: no conflict. A short name with a vowel more is another name ("Mari" / "Maria")."""
    a, b = _pair(tmp_path, QUAKE_A.replace("Meulaboh", "Tskhinvali"), QUAKE_B.replace("Hollister", "Tskhinval"))
    score = _score(a, b, "Tskhinvali", "Tskhinval")
    monkeypatch.setattr(policy, "CONFLICT_FACTOR", 1.0)
    assert _score(a, b, "Tskhinvali", "Tskhinval") == score


@pytest.mark.parametrize(("x", "y", "same"), [
    ("tskhinvali", "tskhinval", True), ("sukhumi", "sukhum", False), ("maria", "mari", False),
    ("israeli", "israel", False), ("kharkiv", "kharkov", True),
    ("tskhinvali", "tskhinvalo", False),
])
def test_same_name_allows_a_dropped_final_vowel_only_on_long_names(x, y, same):
    assert same_name(x, y) is same and same_name(y, x) is same
