"""Candidate terms to teach from a linked pair: each side's own names and words."""

from __future__ import annotations

from reader.decisions.terms import candidate_terms

A = ("Azerbaijan launched offensive actions against Artsakh, the Armenian-populated region, on "
     "Tuesday, and Tel Aviv supplied drones.")
B = "Baku started war on Nagorno-Karabakh on Tuesday, and Israel supplied the drones to Azerbaijan."


def test_names_first_then_words_the_other_side_does_not_use():
    terms = candidate_terms(A, B)
    assert terms[:3] == ["Artsakh", "Armenian-populated", "Tel Aviv"]
    assert "offensive" in terms and "actions" in terms
    # Shared by both passages (folded: case, inflection), so the engine matches them already.
    assert not {"Azerbaijan", "Tuesday", "supplied", "drones"} & set(terms)
    assert candidate_terms(B, A)[:2] == ["Nagorno-Karabakh", "Israel"]


def test_a_capitalised_word_opening_the_passage_is_offered_with_the_words():
    assert candidate_terms(B, A).index("Baku") > candidate_terms(B, A).index("Israel")


def test_no_stopwords_or_numbers_and_a_limit():
    text = "The 42 big and the small of them " + " ".join(f"word{n}x" for n in range(30))
    terms = candidate_terms(text, "", limit=5)
    assert len(terms) == 5 and not {"The", "42", "and", "the", "of", "them"} & set(terms)


def test_identical_passages_offer_nothing():
    assert candidate_terms(A, A) == []


def test_words_the_matcher_joins_by_the_articles_language_are_not_offered():
    """In two articles read as French (or Spanish), a word the other side writes with another
    ending is matched by the language's stemmer already: it is no term to teach."""
    fr_a = "Les négociations ont repris mardi près du barrage, selon Valmont."
    fr_b = "Les deux capitales vont négocier encore près du barrage, a dit Valmont."
    assert "négociations" in candidate_terms(fr_a, fr_b)  # as English keys them, two words
    assert "négociations" not in candidate_terms(fr_a, fr_b, languages=("fr", "fr"))
    es_a = "Los agricultores protestaron contra la ocupación de las tierras."
    es_b = "La protesta campesina siguió a la ocupación de los campos."
    assert "protestaron" not in candidate_terms(es_a, es_b, languages=("es", "es"))
    assert "agricultores" in candidate_terms(es_a, es_b, languages=("es", "es"))


def test_a_word_opening_a_sentence_its_article_writes_in_lower_case_is_not_offered():
    """"Manifestations" opens a sentence of an article that also writes "manifestations" in
    lower case: the matcher keys it as that word, which the other side writes
    ("manifestation"), so it is no term to teach; "Lemercier", never written in lower case, is
    a name and still offered."""
    a = "Manifestations dans les ports. Lemercier annonce que les dockers bloqueront les quais."
    b = "La manifestation des dockers continue sur les quais, disent les syndicats."
    commons = (frozenset({"manifestations", "les", "dans", "ports", "annonce"}), frozenset({"manifestation"}))
    offered = candidate_terms(a, b, languages=("fr", "fr"), commons=commons)
    assert "Manifestations" not in offered and "Lemercier" in offered
    assert "Manifestations" in candidate_terms(a, b, languages=("fr", "fr"))
