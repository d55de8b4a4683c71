"""A money word is money whatever its accents: "dólares", "dólar" and "dolares" are dollars,
read as sums of "$" (not counts of a noun "dólares"), so they meet the same sum told with a
sign."""

import pytest

from reader.differ.quantities import Tokens, grouped_digits, quantities

ES = "Según el ministerio, el gobierno de Valmonte gastó {} en la nueva escuela de la ciudad."


@pytest.mark.parametrize("text, language, value", [
    ("El gobierno gastó 3 millones de dólares en la escuela.", "es", 3e6),
    ("El gobierno gastó 1.200 dólares en la escuela.", "es", 1200),
    ("El gobierno gastó 1 dólar en la escuela.", "es", 1),
    ("O governo gastou 3 milhões de dólares na escola.", "pt", 3e6),
    ("Il comune ha speso 3 milioni di dollari per la scuola.", "it", 3e6),
    ("El gobierno gastó 3 millones de dolares en la escuela.", "es", 3e6),
])
def test_an_accented_money_word_is_money(text, language, value):
    found = [q for q in quantities(Tokens(grouped_digits(text, language), {}, language)) if q.kind == "number"]
    assert found and found[0].unit == "$" and found[0].lo <= value <= found[0].hi


@pytest.mark.parametrize("a, b, found", [
    ("3 millones de dólares", "US$3 millones", []),
    ("3 millones de dólares", "US$5 millones", [("3 millones de dólares", "US$5 millones")]),
    ("3 millones de dólares", "5 millones de dolares", [("3 millones de dólares", "5 millones de dolares")]),
])
def test_dollars_with_an_accent_meet_dollars_with_a_sign(figures, a, b, found):
    assert figures(ES.format(a), ES.format(b)) == found
