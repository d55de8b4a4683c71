"""A pair of units sharing one ordinary word alone is discounted: a short sentence meets a long
one on "minutes" by chance, and one common word is not the same claim."""

from __future__ import annotations

import numpy as np
import pytest

from reader.align import align, policy, scoring
from reader.align.features import Occurrence


def _keys(*names):
    return {k: Occurrence(k, 1, 0, 1, False) for k in names}


def _factors(fa, fb, idf, common=frozenset()):
    keys = sorted({k for f in fa for k in f} | {k for f in fb for k in f})
    columns = {k: c for c, k in enumerate(keys)}
    wa, wb = scoring.weight_matrix(fa, columns, idf), scoring.weight_matrix(fb, columns, idf)
    rows = [r for r in range(len(fa)) for _ in range(len(fb))]
    cols = [c for _ in range(len(fa)) for c in range(len(fb))]
    return scoring.lone_key_factors(keys, wa, wb, idf, np.array(rows), np.array(cols), common).tolist()


def test_one_ordinary_word_alone_is_discounted_a_rare_one_or_two_are_not():
    # idf (the table holds its square root): "minut" common, "halvorsen" rarer than LONE_KEY_IDF
    idf = {"w:minut": 2.0 ** 0.5, "w:halvorsen": (policy.LONE_KEY_IDF + 1) ** 0.5, "w:bridg": 3.0 ** 0.5,
           "w:the": 0.5, "w:other": 2.0 ** 0.5}
    fa = [_keys("w:minut"), _keys("w:halvorsen"), _keys("w:minut", "w:bridg"), _keys("w:minut", "w:the")]
    fb = [_keys("w:minut", "w:halvorsen", "w:bridg", "w:the", "w:other")]
    lone = policy.LONE_KEY_FACTOR
    assert lone < 1
    # a function word of the language (`common`) is no second key
    assert _factors(fa, fb, idf, frozenset({"w:the"})) == [lone, 1.0, 1.0, lone]
    assert _factors(fa, fb, idf) == [lone, 1.0, 1.0, 1.0]


def test_a_short_sentence_meeting_another_on_one_word_scores_below_the_claim_they_share(write_article,
                                                                                          monkeypatch):
    a = write_article(
        "Convoy struck at the bridge\n\n"
        "Three drones circled the river bridge before striking the grain convoy at dawn.\n\n"
        "Twenty minutes.\n\n"
        "Relief agencies say the convoy carried wheat and flour to the villages of the valley.\n")
    b = write_article(
        "Drones hit grain lorries\n\n"
        "Witnesses say the drones circled the river bridge and then struck the grain convoy at dawn.\n\n"
        "The fire crews took forty minutes to reach the burning lorries on the far bank of the river.\n\n"
        "The convoy had carried wheat and flour to the valley's villages, relief agencies say.\n")
    short = next(p.index for p in a.passages if p.text.startswith("Twenty"))
    crews = next(p.index for p in b.passages if p.text.startswith("The fire crews"))

    def score():
        links = align(a, b, min_score=0.0).links
        return next((l.score for l in links if (l.a, l.b) == (short, crews)), 0.0)

    discounted = score()
    monkeypatch.setattr(policy, "LONE_KEY_FACTOR", 1.0)
    plain = score()
    assert plain > 0
    assert discounted < plain
    assert discounted < policy.LINK_THRESHOLD


@pytest.mark.parametrize("granularity", ["paragraph", "sentence"])
def test_pairs_sharing_several_words_keep_their_scores(write_article, monkeypatch, granularity):
    text = ("Three drones circled the river bridge before striking the grain convoy at dawn.\n\n"
            "Relief agencies say the convoy carried wheat and flour to the villages of the valley.\n")
    a, b = write_article("Dawn attack\n\n" + text), write_article("Lorries burn\n\n" + text)
    before = [(l.a, l.b, l.score) for l in align(a, b, granularity=granularity).links]
    assert len(before) >= 2  # the two claims are linked, so there are scores to keep
    monkeypatch.setattr(policy, "LONE_KEY_FACTOR", 1.0)
    assert before == [(l.a, l.b, l.score) for l in align(a, b, granularity=granularity).links]


def test_a_heading_narrows_to_the_sentence_telling_its_claim_not_to_one_sharing_a_word(write_article,
                                                                                       monkeypatch):
    """At sentence granularity a paragraph link becomes its sentences most alike: a short
    sentence sharing one ordinary word with the heading ("lorries") is not that pair."""
    a = write_article(
        "Convoy struck at the bridge\n\n"
        "Three drones circled the river bridge before striking the grain convoy at dawn. Twenty minutes. "
        "Then the lorries burned.\n\n"
        "Relief agencies say the convoy carried wheat and flour to the villages of the valley.\n")
    b = write_article(
        "Drones hit grain lorries\n\n"
        "Witnesses say the drones circled the river bridge and then struck the grain convoy at dawn. "
        "Rescuers came forty minutes later.\n\n"
        "The convoy had carried wheat and flour to the valley's villages, relief agencies say.\n")

    def heading_partners():
        al = align(a, b, granularity="sentence")
        return {al.a_units[l.a].text for l in al.links if al.b_units[l.b].text == "Drones hit grain lorries"}

    assert heading_partners() == {"Three drones circled the river bridge before striking the grain convoy at dawn."}
    monkeypatch.setattr(policy, "LONE_KEY_FACTOR", 1.0)
    assert heading_partners() == {"Then the lorries burned."}  # what it was without the discount
