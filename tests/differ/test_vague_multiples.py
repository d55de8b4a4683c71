"""A vague count of a vague count ("tens of thousands", "hundreds of thousands") is one figure:
at least one ten (or hundred) of the scale, short of the next order. Against an exact count
it disagrees only when the exact one is under even one ten of the scale, or past the next
order; within, it is the vague count told exactly."""

import pytest


@pytest.mark.parametrize("a, b, found", [
    ("Tens of thousands of people marched through Varnholm on Sunday.",
     "About 30,000 people marched through Varnholm on Sunday.", []),
    ("Tens of thousands of people marched through Varnholm on Sunday.",
     "Some 12,000 people marched through Varnholm on Sunday.", []),
    ("Tens of thousands of people marched through Varnholm on Sunday.",
     "About 4,000 people marched through Varnholm on Sunday.",
     [("Tens of thousands of people", "About 4,000 people")]),
    ("Hundreds of thousands of people fled Tarnov after the shelling began.",
     "About 40,000 people fled Tarnov after the shelling began.",
     [("Hundreds of thousands of people", "About 40,000 people")]),
    ("Hundreds of thousands of people fled Tarnov after the shelling began.",
     "About 300,000 people fled Tarnov after the shelling began.", []),
])
def test_tens_of_thousands_is_one_vague_count(figures, a, b, found):
    assert figures(a, b) == found

