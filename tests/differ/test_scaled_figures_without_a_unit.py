"""A scaled figure with no unit of its own ("lost 3 million": money or people, left to the
context) is compared only where the two sides' heads agree: what it counts after it ("3
million jobs", "3 million dollars") or the noun naming it ("3 million in revenue"). With no
head on either side, or two heads, it says nothing: "lost 3 million" may be jobs on one side and
dollars on the other. A time after it ("last year") is no unit: "3 million last year" counts no
years."""

import pytest


@pytest.mark.parametrize("a, b, found", [
    ("The region lost 3 million jobs last year.", "The region lost 5 million jobs last year.",
     [("3 million jobs", "5 million jobs")]),
    ("The mill lost 3 million dollars last year.", "The mill lost 5 million dollars last year.",
     [("3 million dollars", "5 million dollars")]),
    # the head of the phrase naming it
    ("The mill lost 3 million in revenue last year.", "The mill lost 5 million in revenue last year.",
     [("3 million", "5 million")]),
    ("The mill lost 3 million in export revenue.", "The mill lost 5 million in export revenue.",
     [("3 million", "5 million")]),
])
def test_two_scaled_figures_with_one_head_disagree(figures, a, b, found):
    assert figures(a, b) == found


@pytest.mark.parametrize("a, b", [
    # no head on either side: money or people, nobody can tell
    ("The mill lost 3 million last year.", "The mill lost 5 million last year."),
    ("The mill lost 3 million.", "The mill lost 5 million."),
    ("The country lost 3 million in the war.", "The country lost 5 million in the war."),
    # a head on one side only
    ("The region lost 3 million jobs last year.", "The region lost 5 million last year."),
    ("The mill lost 3 million in revenue last year.", "The mill lost 5 million last year."),
    # two heads
    ("The region lost 3 million jobs last year.", "The region lost 5 million dollars last year."),
    ("The mill lost 3 million in revenue last year.", "The mill lost 5 million in aid last year."),
    # a name is no head
    ("The mill lost 3 million in Vell.", "The mill lost 5 million in Vell."),
])
def test_scaled_figures_whose_heads_do_not_agree_say_nothing(figures, a, b):
    assert figures(a, b) == []
