"""A temperature told in bare degrees ("3 degrees") is in Celsius or in Fahrenheit: it is
compared with one told in either, and disagrees with it only when it disagrees under both
readings ("−3 °C" / "3 degrees"; not "25 °C" / "77 degrees", which is 25 °C in Fahrenheit)."""

import pytest


@pytest.mark.parametrize("a, b, found", [
    ("Temperatures in Varnholm fell to −3 °C overnight.", "Temperatures in Varnholm fell to 3 degrees overnight.",
     [("−3 °C", "3 degrees")]),
    ("Temperatures in Varnholm rose to 38C on Monday.", "Temperatures in Varnholm rose to 30 degrees on Monday.",
     [("38C", "30 degrees")]),
    ("Temperatures in Varnholm rose to 95F on Monday.", "Temperatures in Varnholm rose to 20 degrees on Monday.",
     [("95F", "20 degrees")]),
])
def test_bare_degrees_disagree_under_both_readings(figures, a, b, found):
    assert figures(a, b) == found
    assert figures(b, a) == [(y, x) for x, y in found]


@pytest.mark.parametrize("a, b", [
    ("Temperatures in Varnholm rose to 25 °C on Monday.", "Temperatures in Varnholm rose to 77 degrees on Monday."),
    ("Temperatures in Varnholm rose to 25 °C on Monday.", "Temperatures in Varnholm rose to 25 degrees on Monday."),
    ("Temperatures in Varnholm fell to −3 °C overnight.", "Temperatures in Varnholm fell to minus 3 degrees overnight."),
    ("Temperatures in Varnholm fell to 27F overnight.", "Temperatures in Varnholm fell to −3 degrees overnight."),
])
def test_bare_degrees_that_agree_under_either_reading_are_no_disagreement(figures, a, b):
    assert figures(a, b) == []
    assert figures(b, a) == []
