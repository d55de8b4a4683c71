"""Engine behaviour on the seeds and invariants that must hold for any input."""

import math
from itertools import combinations
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.align import EVIDENCE_KINDS, Glossary, align, narrowing, policy
from reader.align.features import clear_cache
from reader.align.glossary import bundled_glossary
from reader.corpus import load_article


def keys(*names):
    """A unit's features holding these keys once each, for scoring tests that need no text."""
    from reader.align.features import Occurrence

    return {k: Occurrence(k, 1, 0, 1, False) for k in names}


def _index_with(article, needle):
    return next(p.index for p in article.passages if needle in p.text)


def _check_invariants(al):
    for link in al.links:
        assert 0.0 <= link.score <= 1.0
        assert al.a_units[link.a].kind != "boilerplate" and al.b_units[link.b].kind != "boilerplate"
        pa, pb = al.a_units[link.a], al.b_units[link.b]
        for e in link.evidence:
            assert e.kind in EVIDENCE_KINDS
            assert pa.start <= e.a_span[0] < e.a_span[1] <= pa.end
            assert pb.start <= e.b_span[0] < e.b_span[1] <= pb.end
            assert al.a.display(*e.a_span) == e.a_text
            assert al.b.display(*e.b_span) == e.b_text
    linked_a = {l.a for l in al.links}
    assert set(al.unmatched_a) == {p.index for p in al.a_units if p.is_body} - linked_a
    strong_a = {l.a for l in al.links if l.tier == "strong"}
    assert set(al.alone_a) == {p.index for p in al.a_units if p.is_body} - strong_a
    assert all(l.tier == ("strong" if l.score >= policy.STRONG_THRESHOLD else "weak") for l in al.links)


def test_april_2016_fighting_is_linked_across_opposing_authors(seeds):
    a, b = seeds.articles[0], seeds.articles[3]
    i = _index_with(a, "April 2016")
    j = _index_with(b, "night of 1 to 2 April")
    al = align(a, b, seeds, glossary=bundled_glossary())  # at the default threshold
    assert j in [link.b for link in al.for_a(i)]


def test_blogger_arrest_in_belarus_has_no_counterpart(seeds):
    a = seeds.articles[0]
    i = _index_with(a, "Belarus jail")
    for b in seeds.articles[1:]:
        al = align(a, b, seeds)
        assert al.for_a(i) == [] and i in al.unmatched_a


@pytest.mark.parametrize("granularity", ["paragraph", "sentence"])
def test_seed_pairs_keep_invariants_and_mirror_when_swapped(seeds, granularity):
    for a, b in combinations(seeds.articles, 2):
        ab = align(a, b, seeds, granularity=granularity)
        ba = align(b, a, seeds, granularity=granularity)
        _check_invariants(ab)
        _check_invariants(ba)
        mirrored = ab.swapped()
        assert {(l.a, l.b, l.score) for l in mirrored.links} == {(l.a, l.b, l.score) for l in ba.links}
        assert mirrored.unmatched_a == ba.unmatched_a and mirrored.unmatched_b == ba.unmatched_b
        assert ab.a_units == a.units(granularity)


def test_deterministic(seeds):
    a, b = seeds.articles[1], seeds.articles[4]
    first = align(a, b, seeds)
    assert first.links == align(a, b, seeds).links
    assert align(a, b, None).links == align(a, b, None).links


def test_headings_and_boilerplate_alone_do_not_link(write_article):
    a = write_article("Israel and Azerbaijan\n\nShare this\n\nThe weather in Oslo was mild all week.\n")
    b = write_article("Israel and Azerbaijan\n\nShare this\n\nA new bakery opened on the corner.\n")
    al = align(a, b)
    assert al.links == []


def test_the_words_of_a_cited_address_are_no_evidence(write_article):
    """A passage citing a page whose address spells out a heading's words
    (".../very-long-title-about-the-dam") links to nothing through them."""
    a = write_article("# A very long title about the dam\n\nVillagers met the engineers on Tuesday.\n")
    b = write_article("Harvest figures were published in spring.\n\nSee https://example.org/very/long/title/"
                      "about-the-dam-2024 or www.example.org/dam-title for the record.\n")
    assert align(a, b, min_score=0.0).links == []


def test_glossary_joins_different_names(write_article):
    a = write_article("Fighting broke out in Artsakh after the shelling of Stepanakert villages.\n")
    b = write_article("Fighting broke out in the separatist enclave after shelling near the line.\n")
    empty = align(a, b, glossary=Glossary(), min_score=0.0)
    named = align(a, b, glossary=Glossary((("NK", ("Artsakh", "separatist enclave")),)), min_score=0.0)
    kinds = {e.kind for link in named.links for e in link.evidence}
    assert "glossary" in kinds
    assert named.links[0].score > empty.links[0].score


def test_progress_and_cancel(seeds):
    a, b = seeds.articles[0], seeds.articles[1]
    seen = []
    align(a, b, seeds, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    al = align(a, b, seeds, cancelled=lambda: True)
    assert al.links == []


@pytest.mark.parametrize("text", [
    "",
    "Share this\n\nAdvertisement\n",
    "word " * 20000 + "\n",
    "Azerbaijan and Armenia exchanged fire near the border village today. " * 1400 + "\n",
    "Москва заявила, что переговоры в Баку продолжатся в апреле 2024 года.\n\n"
    "北京宣布了新的政策。\n",
])
def test_bad_input_gives_valid_output(write_article, seeds, text):
    a = write_article(text)
    for b in (a, write_article(text), seeds.articles[2]):
        for granularity in ("paragraph", "sentence"):
            al = align(a, b, granularity=granularity)
            _check_invariants(al)
            # bounded by the passages, however long the text: a long one is cut into passages
            # (reader.corpus.segment.MAX_PARAGRAPH_CHARS), each among the TOP_K best of a link
            assert len(al.links) <= max(1, len(al.a_units) + len(al.b_units)) * policy.TOP_K


def test_identical_articles_link_each_body_passage_to_itself(seeds):
    a = seeds.articles[2]
    al = align(a, a, seeds)
    for p in a.passages:
        if p.is_body and len(p.text.split()) > 3:
            assert al.for_a(p.index)[0].b == p.index


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=80),
                min_size=0, max_size=6),
       st.lists(st.sampled_from(["Israel sold drones", "Baku 2016 $4.85 billion", "Artsakh war", "x"]),
                max_size=4))
def test_random_text_keeps_invariants(tmp_path_factory, paras, shared):
    folder = tmp_path_factory.mktemp("h")
    pa, pb = folder / "a.txt", folder / "b.txt"
    pa.write_text("\n\n".join(paras + shared), encoding="utf-8", newline="")
    pb.write_text("\n\n".join(shared + paras[::-1]), encoding="utf-8", newline="")
    a, b = load_article(pa), load_article(pb)
    for granularity in ("paragraph", "sentence"):
        al = align(a, b, min_score=0.0, granularity=granularity)
        _check_invariants(al)
        mirrored = al.swapped()
        back = align(b, a, min_score=0.0, granularity=granularity)
        assert {(l.a, l.b) for l in mirrored.links} == {(l.a, l.b) for l in back.links}
    with patch.object(narrowing, "_BULK_PAIRS", 0):  # every link narrowed block by block instead
        by_blocks = align(a, b, min_score=0.0, granularity="sentence")
    assert {(l.a, l.b, l.score) for l in by_blocks.links} == {(l.a, l.b, l.score) for l in al.links}


def test_short_articles_and_identical_text_link(write_article):
    text = ("Azerbaijan received a shipment of drones in April 2016.\n\n"
            "The ceasefire was broken the very next day near the contact line.\n")
    a, b = write_article(text), write_article(text)
    for granularity in ("paragraph", "sentence"):
        al = align(a, b, granularity=granularity)
        assert {(l.a, l.b) for l in al.links} >= {(0, 0), (1, 1)}, granularity
        assert al.unmatched_a == [] and al.unmatched_b == []


def test_sentence_granularity_narrows_paragraph_links(seeds):
    a, b = seeds.articles[0], seeds.articles[3]
    paragraphs = align(a, b, seeds)
    sentences = align(a, b, seeds, granularity="sentence")
    assert sentences.links
    owner = {s.index: a.passage_at(s.start).index for s in a.sentences}
    owner_b = {s.index: b.passage_at(s.start).index for s in b.sentences}
    para_pairs = {(l.a, l.b) for l in paragraphs.links}
    assert all((owner[l.a], owner_b[l.b]) in para_pairs for l in sentences.links)
    for link in sentences.links:
        for e in link.evidence:  # the evidence lies inside the two sentences
            sa, sb = a.sentences[link.a], b.sentences[link.b]
            assert sa.start <= e.a_span[0] <= e.a_span[1] <= sa.end
            assert sb.start <= e.b_span[0] <= e.b_span[1] <= sb.end


def test_a_term_repeated_weighs_more_than_a_term_in_passing(write_article):
    a = write_article(
        "The drones arrived in April. Officials said the drones were tested, and the drones "
        "flew over the border before the embassy issued its statement.\n")
    b = write_article(
        "Villagers in the region reported drones overhead on Monday.\n\n"
        "The embassy spoke about the weather on Monday.\n")
    al = align(a, b, glossary=Glossary(), min_score=0.0)
    best = max(al.for_a(0), key=lambda link: link.score)
    assert "drones" in b.passages[best.b].text


def test_a_paragraph_holding_every_key_outranks_a_short_one_holding_part(monkeypatch):
    """Plain cosine prefers the short paragraph; the pivoted cosine does not penalise the long
    one for its other claims. With the slope at 1 it is plain cosine again."""
    from reader.align import scoring

    claim = ("w:drone", "w:shipment", "w:border")
    others = tuple(f"w:other{n}" for n in range(30))
    fa = [keys(*claim)]
    fb = [keys(*claim, *others), keys(*claim[:2])]
    idf = {k: 1.0 for k in claim + others}
    cands = scoring.candidates(fa, fb, idf)
    by_col = dict(zip(cands.cols.tolist(), range(len(cands.cols))))
    long, short = by_col[0], by_col[1]
    assert cands.cosine[short] > cands.cosine[long]
    assert cands.scores[long] > cands.scores[short]
    monkeypatch.setattr(policy, "PIVOT_SLOPE", 1.0)
    plain = scoring.candidates(fa, fb, idf)
    assert plain.scores[short] > plain.scores[long]


def test_several_shared_keys_outrank_one_rare_key_shared_by_chance():
    """A shared key adds its idf once to a pair, not idf squared: three keys of middling
    rarity that tell the same claim outrank one rare word the two passages share by chance."""
    from reader.align import scoring

    fa = [keys("w:rare", "w:m1", "w:m2", "w:m3")]
    fb = [keys("w:rare", "w:o1", "w:o2", "w:o3"), keys("w:m1", "w:m2", "w:m3", "w:o4", "w:o5", "w:o6")]
    df = {"w:rare": 1, **{k: 8 for k in ("w:m1", "w:m2", "w:m3", "w:o1", "w:o2", "w:o3", "w:o4", "w:o5", "w:o6")}}
    idf = scoring.idf_table(df, 100)
    m = policy.BACKGROUND_UNITS
    assert scoring.key_weight("w:m1", fa[0]["w:m1"], idf) ** 2 == pytest.approx(math.log((100 + m) / 8))
    cands = scoring.candidates(fa, fb, idf)
    by_col = dict(zip(cands.cols.tolist(), range(len(cands.cols))))
    chance, claim = by_col[0], by_col[1]
    assert cands.cosine[claim] > cands.cosine[chance]
    assert cands.scores[claim] > cands.scores[chance]


def test_general_english_makes_a_common_word_weigh_less_than_a_rare_name():
    """Two articles alone give "said" and "Halvorsen" the same document frequency; the prior
    from general English tells them apart."""
    from reader.align import scoring
    from reader.align.background import unit_share

    assert unit_share("said") > 0.01 > 0.001 > unit_share("halvorsen")
    idf = scoring.idf_table({"w:said": 2, "w:halvorsen": 2}, 40, {"w:said": unit_share("said"),
                                                                "w:halvorsen": unit_share("halvorsen")})
    assert idf["w:halvorsen"] > 1.1 * idf["w:said"]


def test_scores_meet_the_threshold_at_the_chosen_similarity_and_never_tie_at_one():
    """Scores are 1 - exp(-rate * similarity): the curve's similarity lands on its score for
    a mutual best pair, and strong pairs stay ordered below 1."""
    import numpy as np

    from reader.align.scoring import link_scores

    sim = np.array([policy.CURVE_SIMILARITY, 0.6, 0.9, 1.4])
    scores = link_scores(sim, np.arange(4), np.arange(4), 4, 4)
    assert scores[0] == pytest.approx(policy.CURVE_SCORE, abs=1e-6)
    assert np.all(np.diff(scores) > 0) and scores[-1] < 1.0
    # a runner-up is damped below the same similarity as a best match
    two = link_scores(np.array([0.5, 0.25]), np.array([0, 0]), np.array([0, 1]), 1, 2)
    alone = link_scores(np.array([0.25]), np.array([0]), np.array([0]), 1, 1)
    assert two[1] < alone[0]


def test_matrix_weights_agree_with_key_weight(seeds):
    """The candidate matrices compute key weights in bulk; evidence ranks keys one at a time."""
    from reader.align.features import unit_features
    from reader.align.scoring import idf_table, key_weight, weight_matrix

    glossary = bundled_glossary()
    feats = [unit_features(p.text, glossary) for p in seeds.articles[0].passages[:12]]
    df: dict[str, int] = {}
    for f in feats:
        for k in f:
            df[k] = df.get(k, 0) + 1
    idf = idf_table(df, len(feats))
    columns = {k: c for c, k in enumerate(sorted(df))}
    weights = weight_matrix(feats, columns, idf).toarray()
    for i, f in enumerate(feats):
        for key, occ in f.items():
            assert weights[i, columns[key]] == pytest.approx(key_weight(key, occ, idf))
    assert any(occ.count > 1 for f in feats for occ in f.values())  # the count term is exercised


def test_sentence_narrowing_in_bulk_matches_the_block_rule(seeds, monkeypatch):
    """Ordinary links are narrowed to sentences all at once; links between long paragraphs go
    block by block. Both must pick the same sentence pairs."""
    def links():
        return [sorted((link.a, link.b, link.score) for link in align(a, b, seeds, granularity="sentence").links)
                for a, b in combinations(seeds.articles, 2)]

    bulk = links()
    monkeypatch.setattr(narrowing, "_BULK_PAIRS", 0)
    clear_cache()
    assert links() == bulk
    assert sum(map(len, bulk)) > 50


def test_a_date_is_shown_once_not_with_its_year_and_month_again(write_article):
    a = write_article("Fire on the bridge\n\nThe bridge at Karvo burned on 14 March 2026, police said, "
                      "and traffic stopped for a day.\n")
    b = write_article("Bridge fire\n\nOn 14 March 2026 the Karvo bridge burned and traffic halted, the "
                      "mayor's office reported.\n")
    link = next(link for link in align(a, b, None, glossary=Glossary()).links if link.a == 1)
    texts = [e.a_text for e in link.evidence]
    assert "14 March 2026" in texts and "2026" not in texts and "March" not in texts
    assert "Karvo" in texts
