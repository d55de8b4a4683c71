"""The claim map's grouping: known claims on a written corpus, and invariants on the seeds."""

from __future__ import annotations

from collections import Counter

import pytest
from claims_fixture import EXPECTED, matches

from reader.align import Glossary
from reader.claims import Cancelled, build
from reader.corpus import load_paths


def test_three_articles_give_the_claims_a_reader_would_find(three):
    claim_map = build(load_paths([three]).articles, Glossary())
    assert len(claim_map.claims) == len(EXPECTED)
    for expected in EXPECTED:
        assert sum(matches(claim_map, c, expected) for c in claim_map.claims) == 1, expected
    # The most widely told claim comes first; its label is its central passage's first words.
    first = claim_map.claims[0]
    assert len(first.articles) == 3 and first.id == 1
    assert first.label.startswith(first.passages[first.central].passage.text.split()[0])
    assert "Meridian" in first.terms


def test_silence_and_sides_on_the_written_corpus(three):
    claim_map = build(load_paths([three]).articles, Glossary())
    assert list(claim_map.sides) == ["city hall", "opposition"]
    insurers = next(c for c in claim_map.claims if matches(claim_map, c, EXPECTED[2]))
    assert claim_map.side_coverage(insurers) == {"city hall": 0, "opposition": 2}
    # The bakeries and the football match are told by one article only: in no claim.
    told = {p.passage.text for c in claim_map.claims for p in c.passages}
    assert not any(t.startswith(("Local bakeries", "The city's football")) for t in told)
    assert claim_map.article_counts() == [3, 3, 3]


def test_invariants_on_the_seeds(seeds):
    claim_map = build(seeds.articles)
    assert claim_map.claims, "the seeds tell several claims in common"
    seen = Counter((p.article, p.passage.index) for c in claim_map.claims for p in c.passages)
    assert max(seen.values()) == 1  # a passage is in at most one claim
    assert [c.id for c in claim_map.claims] == list(range(1, len(claim_map.claims) + 1))
    for claim in claim_map.claims:
        assert all(p.passage.is_body for p in claim.passages)
        assert all(claim_map.articles[p.article].passages[p.passage.index] == p.passage for p in claim.passages)
        assert len(claim.articles) >= 2
        assert sum(claim_map.side_coverage(claim).values()) == len(claim.articles)
        assert 0 <= claim.central < len(claim.passages) and claim.label
        order = [(p.article, p.passage.index) for p in claim.passages]
        assert order == sorted(order)
    assert sum(claim_map.article_counts()) == sum(len(c.articles) for c in claim_map.claims)
    widths = [len(c.articles) for c in claim_map.claims]
    assert widths == sorted(widths, reverse=True)


def test_deterministic_and_independent_of_nothing_but_the_articles(seeds):
    one, two = build(seeds.articles), build(seeds.articles)
    assert [(c.label, [(p.article, p.passage.index) for p in c.passages]) for c in one.claims] == \
           [(c.label, [(p.article, p.passage.index) for p in c.passages]) for c in two.claims]


def test_progress_rises_to_one_and_cancel_stops(seeds):
    seen: list[float] = []
    build(seeds.articles, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        build(seeds.articles, cancelled=lambda: len(seen) > 3, progress=seen.append)


def test_articles_with_nothing_in_common_make_no_claims(tmp_path):
    (tmp_path / "x.txt").write_text("Quantum kittens enjoy marmalade.\n\nGlaciers move slowly northward.\n")
    (tmp_path / "y.txt").write_text("Parliament debated tariffs today.\n\nThe orchestra tuned violins.\n")
    assert build(load_paths([tmp_path]).articles, Glossary()).claims == ()
    assert build([], Glossary()).claims == ()


def test_orders_filters_and_partners_for_the_reading_room(three):
    claim_map = build(load_paths([three]).articles, Glossary())
    by_expected = [next(c for c in claim_map.claims if matches(claim_map, c, e)) for e in EXPECTED]
    collapse, inquiry, insurers, _repairs = by_expected
    assert claim_map.sorted_claims("coverage")[0] is collapse
    # Only the opposition speaks of the insurers: the most one-sided claim.
    assert claim_map.imbalance(insurers) == 1.0 and claim_map.imbalance(collapse) == 0.0
    assert claim_map.sorted_claims("imbalance")[0] is insurers
    assert [c.first for c in claim_map.sorted_claims("first")] == sorted(c.first for c in claim_map.claims)
    assert claim_map.omitted() == [insurers]  # city hall is silent on it; every other claim has both sides
    with pytest.raises(ValueError):
        claim_map.sorted_claims("alphabet")
    # From city hall's telling of the collapse, compare with a telling in another article.
    partner = collapse.partner(0)
    assert partner is not None and partner.article != 0
    assert any(i != j and w > 0 for i, j, w in collapse.links)
    assert inquiry.partner(0).article == 1 and inquiry.partner(1).article == 0
    assert inquiry.partner(2) is not None  # an article without the claim still gets its central telling


def test_labels_are_first_words_cut_at_a_word():
    from reader.claims.builder import LABEL_CHARS, _label

    assert _label("  Short   and\nplain. ") == "Short and plain."
    assert _label("3. Muslim aggressors break ceasefires") == "Muslim aggressors break ceasefires"
    assert _label("2016 was the year") == "2016 was the year"  # a number is not a list marker
    long = _label("word " * 40)
    assert long.endswith("…") and len(long) <= LABEL_CHARS + 1 and not long[:-1].endswith(" ")


def test_a_label_is_the_sentence_holding_most_of_the_claims_terms():
    from reader.claims.builder import _label

    text = ("Fact: well, that is what the state media say, and they say a lot. As a result of the war, "
            "Armenia agreed to open a transport corridor through Syunik.")
    assert _label(text, ("transport corridor", "Syunik")).startswith("As a result of the war, Armenia agreed")
    assert _label(text, ("unrelated",)).startswith("Fact: well, that is")  # none holds one: the first
    assert _label(text).startswith("Fact: well, that is")


def test_a_claims_terms_do_not_repeat_each_other(tmp_path):
    """"190 millimetres" and "millimetres" are one term told twice: the claim shows the
    longer, and the room goes to another word."""
    texts = ["The weather service measured 190 millimetres of rain in the highlands over two days.",
             "Velmora says 190 millimetres of rain fell on the highlands in two days.",
             "Some 190 millimetres of rain fell in the highlands within two days, officials said."]
    others = ["Farmers counted their losses.", "A match drew a record crowd.", "The parliament debated a budget."]
    for n, (text, other) in enumerate(zip(texts, others)):
        (tmp_path / f"{n}.txt").write_text(f"{text}\n\n{other}\n", encoding="utf-8")
    claim_map = build(load_paths([tmp_path]).articles)
    (claim,) = claim_map.claims
    words = [set(term.casefold().split()) for term in claim.terms]
    assert "190 millimetres" in claim.terms and len(claim.terms) == 3
    assert not any(a <= b for i, a in enumerate(words) for j, b in enumerate(words) if i != j), claim.terms
