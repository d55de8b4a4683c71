"""The noun a figure counts is never a function word of its article's language: "20.000 según
los organizadores" counts nothing named, so it cannot disagree with "12.000 manifestantes",
and a passage that gives both counts agrees with one that gives one of them. Each test also
shows the real difference is still found, so none passes by finding nothing."""

import pytest


@pytest.mark.parametrize(("a", "b", "other"), [
    ("Más de 20.000 manifestantes recorrieron el domingo las calles de Brenada contra el cierre de la fábrica.",
     "La marcha del domingo en Brenada reunió a 12.000 manifestantes según la policía y a 20.000 según los "
     "organizadores contra el cierre de la fábrica.",
     "Más de 30.000 manifestantes recorrieron el domingo las calles de Brenada contra el cierre de la fábrica."),
    ("Plus de 20 000 manifestants ont défilé dimanche dans les rues de Brenade contre la fermeture de l'usine.",
     "La marche de dimanche à Brenade a réuni 12 000 manifestants selon la police et 20 000 selon les "
     "organisateurs contre la fermeture de l'usine.",
     "Plus de 30 000 manifestants ont défilé dimanche dans les rues de Brenade contre la fermeture de l'usine."),
], ids=["es", "fr"])
def test_both_counts_against_one_of_them_agree(figures, a, b, other):
    assert figures(a, b) == []
    assert figures(b, a) == []
    # the side that gives 30.000 agrees with neither count
    assert len(figures(other, b)) == 1


def test_a_plural_the_stop_list_holds_is_still_a_counted_noun(figures):
    # "días" and "personnes" are on their languages' stop lists, and still what a figure counts
    assert figures("El cierre de la carretera de Brenada durará 30 días según el ayuntamiento.",
                   "El cierre de la carretera de Brenada durará 45 días según el ayuntamiento.") == [
        ("30 días", "45 días")]
    assert figures("L'incendie de Brenade a fait évacuer 300 personnes selon la préfecture.",
                   "L'incendie de Brenade a fait évacuer 500 personnes selon la préfecture.") == [
        ("300 personnes", "500 personnes")]


def test_an_english_count_after_according_to_still_disagrees(figures):
    a = "More than 20,000 protesters marched through Brenham on Sunday, according to the organisers."
    b = "Some 12,000 protesters marched through Brenham on Sunday, according to the police."
    assert figures(a, b) == [("More than 20,000 protesters", "Some 12,000 protesters")]
    b = ("The march on Sunday in Brenham drew 12,000 protesters according to the police and 20,000 "
         "according to the organisers.")
    assert figures(a, b) == []


@pytest.mark.parametrize("a, b, found", [
    # Italian plurals end in a vowel: "anni", "giorni" and "persone" are on its stop list, and
    # still what a figure counts
    ("Il conflitto a Vell è durato 30 anni, ha detto il ministro.",
     "Il conflitto a Vell è durato 12 anni, ha detto il ministro.", [("30 anni", "12 anni")]),
    ("Il ponte di Vell è chiuso da 30 giorni, secondo il comune.",
     "Il ponte di Vell è chiuso da 12 giorni, secondo il comune.", [("30 giorni", "12 giorni")]),
    ("A Vell sono morte 30 persone in due giorni, secondo la polizia.",
     "A Vell sono morte 12 persone in due giorni, secondo la polizia.", [("30 persone", "12 persone")]),
    # ... but a preposition or determiner that inflects alike goes with the noun after it: "30
    # delle vittime" counts no "delle"
    ("A Vell sono morte 30 delle vittime, secondo la polizia.",
     "A Vell sono morte 12 delle case, secondo la polizia.", []),
    ("A Vell sono arrivati 30 altri feriti, secondo la polizia.",
     "A Vell sono arrivati 12 altri camion, secondo la polizia.", []),
])
def test_an_italian_plural_the_stop_list_holds_is_still_a_counted_noun(figures, a, b, found):
    assert figures(a, b) == found
