"""A scale word of another language is part of its figure, as "million" is in English: "3
milioni di euro" is three million euros, not three of "milioni"; "mil millones" is a thousand
million; the preposition after the scale word ("di", "de", "d'") joins it to what the figure
counts. Outside English only ("mil" is no English scale word)."""

import pytest

from reader.differ.quantities import Tokens, grouped_digits, quantities


@pytest.mark.parametrize(("text", "language", "value", "unit"), [
    ("Il comune ha speso 3 milioni di euro per la scuola.", "it", 3e6, "€"),
    ("Il comune ha speso 3 miliardi di euro per la scuola.", "it", 3e9, "€"),
    ("Il comune ha speso 30 mila euro per la scuola.", "it", 3e4, "€"),
    ("El gobierno gastó 3 millones de euros en la escuela.", "es", 3e6, "€"),
    ("El gobierno gastó 3 mil millones de euros en la escuela.", "es", 3e9, "€"),
    ("El gobierno gastó 3 mil euros en la escuela.", "es", 3e3, "€"),
    ("Unos 3 millones de personas huyeron de la ciudad.", "es", 3e6, "persona"),
    ("O governo gastou 3 milhões de reais na escola.", "pt", 3e6, "reais"),
    ("Die Stadt gab 3 Millionen Euro für die Schule aus.", "de", 3e6, "€"),
    ("Die Stadt gab 3 Milliarden Euro für die Schule aus.", "de", 3e9, "€"),
    ("Die Stadt gab 3 Mio. Euro für die Schule aus.", "de", 3e6, "€"),
    ("La ville a dépensé 3 milliards d'euros pour l'école.", "fr", 3e9, "€"),
    ("La ville a dépensé 3 millions d’euros pour l'école.", "fr", 3e6, "€"),
    ("De stad gaf 3 miljoen euro uit aan de school.", "nl", 3e6, "€"),
], ids=["it-milioni", "it-miliardi", "it-mila", "es-millones", "es-mil-millones", "es-mil", "es-personas",
        "pt-milhoes", "de-millionen", "de-milliarden", "de-mio", "fr-milliards", "fr-millions", "nl-miljoen"])
def test_a_scale_word_of_another_language_is_part_of_the_figure(text, language, value, unit):
    (q,) = quantities(Tokens(grouped_digits(text, language), {}, language))
    assert q.lo <= value <= q.hi and q.hi < value * 1.5 and q.unit == unit


def test_mil_is_no_english_scale_word():
    (q,) = quantities(Tokens("The sheet is 3 mil thick.", {}, "en"))
    assert q.lo <= 3 <= q.hi


IT = "Secondo il ministero, il comune di Valmonte ha speso {} per la nuova scuola della città."
ES = "Según el ministerio, el gobierno de Valmonte gastó {} en la nueva escuela de la ciudad."
FR = "Selon le ministère, la ville de Valmont a dépensé {} pour la nouvelle école de la ville."


@pytest.mark.parametrize(("telling", "a", "b", "found"), [
    (IT, "3 milioni di euro", "5.000.000 euro", [("3 milioni di euro", "5.000.000 euro")]),
    (IT, "3 milioni di euro", "5 milioni di euro", [("3 milioni di euro", "5 milioni di euro")]),
    (IT, "3 milioni di euro", "3.000.000 euro", []),
    (ES, "3 mil euros", "5.000 euros", [("3 mil euros", "5.000 euros")]),
    (ES, "3 mil millones de euros", "3.000 millones de euros", []),
    (ES, "3 millones de euros", "3.000.000 euros", []),
    (FR, "3 milliards d'euros", "5 000 000 000 euros", [("3 milliards d'euros", "5 000 000 000 euros")]),
    (FR, "3 milliards d'euros", "3 000 000 000 euros", []),
], ids=["it-written-out", "it-both-scaled", "it-agree", "es-mil", "es-mil-millones-agree", "es-agree",
        "fr-written-out", "fr-agree"])
def test_a_scaled_sum_meets_the_same_sum_written_out(figures, telling, a, b, found):
    assert figures(telling.format(a), telling.format(b)) == found
