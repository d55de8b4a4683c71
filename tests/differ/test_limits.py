"""A limit ("the legal limit of 10 ppm", "above the 10 ppm limit", "capped at 5%") is a rule,
not a measurement: it is compared only with another limit. A concentration ("95 ppm") is a
measure, whatever words follow it."""

import pytest


@pytest.mark.parametrize("a, b", [
    ("Nitrogen dioxide at the Brackwell depot never passed the legal limit of 40 ppm, the operator said.",
     "A monitor at the Brackwell depot showed nitrogen dioxide at 95 ppm on Tuesday."),
    ("At the Brackwell depot nitrogen dioxide stayed under the 40 ppm limit all week.",
     "At the Brackwell depot nitrogen dioxide reached 95 ppm on Tuesday."),
    ("Fare rises on the Brackwell line are capped at 3% this year.",
     "Fares on the Brackwell line rose 9% this year."),
])
def test_a_limit_is_no_reading(figures, a, b):
    assert figures(a, b) == []


@pytest.mark.parametrize("a, b, found", [
    ("The Brackwell depot must keep to the legal limit of 40 ppm.",
     "The Brackwell depot must keep to the legal limit of 400 ppm.", [("40 ppm", "400 ppm")]),
    # the highest reading is a reading, not a limit
    ("A monitor at the Brackwell depot recorded a maximum of 9.5 ppm of nitrogen dioxide.",
     "A monitor at the Brackwell depot recorded 95 ppm of nitrogen dioxide.", [("9.5 ppm", "95 ppm")]),
])
def test_figures_of_one_kind_still_disagree(figures, a, b, found):
    assert figures(a, b) == found


def test_a_concentration_is_a_measure_whatever_follows_it(figures):
    # "95 ppm circulating online" is 95 ppm (not a count of "online"), so it vouches for the
    # other side's 95 ppm and no other figure of A is reported against it
    assert figures("Stations at the Brackwell depot recorded 9.5 ppm of nitrogen dioxide; the figure of 95 ppm "
                   "circulating online comes from a hobby sensor.",
                   "A hobby sensor at the Brackwell depot recorded 95 ppm of nitrogen dioxide.") == []
