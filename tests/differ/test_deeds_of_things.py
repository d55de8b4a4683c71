"""A count of things or a measure that two different deeds befell counts two loads, whether each
is told by a passive after it ("5,000 tonnes were shipped"), an active verb after it ("3,000
tonnes arrived") or a verb it is the object of ("The firm shipped 5,000 tonnes"): the tonnes
shipped are not the tonnes that arrived. One deed, however told, still compares, and so do two
things a thing did: what it did is told in many words ("left" / "escaped")."""

import pytest


@pytest.mark.parametrize("a, b", [
    ("5,000 tonnes were shipped to Vell in May.", "3,000 tonnes arrived in Vell in May."),
    ("5,000 tonnes of grain were shipped to Vell in May.", "3,000 tonnes of grain arrived in Vell in May."),
    ("The firm shipped 5,000 tonnes of grain to Vell in May.", "3,000 tonnes of grain arrived in Vell in May."),
    ("The army fired 40 missiles at Vell on Monday.", "30 missiles struck Vell on Monday."),
    ("Crews cleared 40 trucks at the Vell crossing on Monday.", "30 trucks were turned back at the Vell crossing on Monday."),
])
def test_two_deeds_of_things_are_two_facts(figures, a, b):
    assert figures(a, b) == []
    assert figures(b, a) == []


@pytest.mark.parametrize("a, b, found", [
    ("5,000 tonnes of grain were shipped to Vell in May.", "3,000 tonnes of grain were shipped to Vell in May.",
     [("5,000 tonnes", "3,000 tonnes")]),
    ("The firm shipped 5,000 tonnes of grain to Vell in May.", "3,000 tonnes of grain were shipped to Vell in May.",
     [("5,000 tonnes", "3,000 tonnes")]),
    ("The army fired 40 missiles at Vell on Monday.", "The army fired 30 missiles at Vell on Monday.",
     [("40 missiles", "30 missiles")]),
    # what a thing did, told in two words, is one deed
    ("About 20,000 cubic metres of mud left the Vell reservoir on Monday.",
     "Nearly 200,000 cubic metres escaped from the Vell reservoir on Monday.",
     [("About 20,000 cubic metres", "Nearly 200,000 cubic metres")]),
    # a verb that moves a measure tells no deed done to it
    ("The river climbed 2 metres at Vell on Monday.", "The river climbed 5 metres at Vell on Monday.",
     [("2 metres", "5 metres")]),
])
def test_one_deed_of_things_still_compares(figures, a, b, found):
    assert figures(a, b) == found
    assert figures(b, a) == [(y, x) for x, y in found]
