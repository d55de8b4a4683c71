"""A share or a sum names what it measures: the noun of "revenue of $4.1 billion", "$2 billion in
aid", and the subject of the verb that moves or sets it ("The deficit reached 3.2% of GDP", "Core
inflation rose to 2.9%"), with a word that makes it another measure ("core", "underlying",
"net"); and a verb that names a sum ("fined £2,000" is a fine). Two that name different
measures are two facts, whatever whole or words they share."""

import pytest


@pytest.mark.parametrize("a, b", [
    ("The deficit reached 3.2% of GDP last year, the ministry said.",
     "Debt reached 94% of GDP last year, the ministry said."),
    ("Inflation rose to 4.1% in March, the statistics office said.",
     "Core inflation rose to 2.9% in March, the statistics office said."),
    ("Net profit was $1.2 billion last year, the company said.", "Profit was $3.4 billion last year, the company said."),
    ("Marlow was jailed for six years and fined £2,000 at Varnholm Crown Court.",
     "Marlow was jailed for six years and ordered to pay £20,000 in compensation at Varnholm Crown Court."),
])
def test_two_measures_are_two_facts(figures, a, b):
    assert figures(a, b) == []
    assert figures(b, a) == []


@pytest.mark.parametrize("a, b, found", [
    ("The deficit reached 3.2% of GDP last year, the ministry said.",
     "The budget deficit reached 4.5% of GDP last year, the ministry said.", [("3.2%", "4.5%")]),
    ("Inflation rose to 4.1% in March, the statistics office said.",
     "Inflation has risen to 2.9% in March, the statistics office said.", [("4.1%", "2.9%")]),
    ("Marlow was fined £2,000 at Varnholm Crown Court.", "Marlow was given a fine of £5,000 at Varnholm Crown Court.",
     [("£2,000", "£5,000")]),
    ("The deficit reached 3.2% of GDP last year, the ministry said.",
     "It was 4.5% of GDP last year, the ministry said.", [("3.2%", "4.5%")]),
])
def test_one_measure_told_two_ways_still_disagrees(figures, a, b, found):
    assert figures(a, b) == found


@pytest.mark.parametrize("a, b", [
    ("Unemployment was 4.1% in Varnholm last year, the office said.", "Unemployment was 3% in Tarnov last year, the office said."),
    ("The party won 41% in Varnholm, officials said.", "The party won 35% in Tarnov, officials said."),
])
def test_shares_told_of_two_places_are_two_facts(figures, a, b):
    assert figures(a, b) == []


def test_a_count_after_a_verb_of_sums_is_no_sum(figures):
    """"made 12 arrests" counts arrests, no earnings: it compares with arrests named otherwise."""
    assert figures("Police made 12 arrests on Monday in Vell.",
                   "Police reported a wave of 30 arrests on Monday in Vell.") == [("12 arrests", "30 arrests")]
    assert figures("The mill made 9 million francs this year.", "The mill lost 30 jobs in the crash this year.") == []


def test_a_concentration_is_measured_in_its_unit_whatever_noun_follows(figures):
    # "31 ppm circulating online" is 31 ppm, as the other side's reading is: no difference; the
    # fence's 3.1 ppm against it is one
    a = ("The stations recorded a maximum of 3.1 ppm of hydrogen chloride. "
         "The figure of 31 ppm circulating online comes from a hobby sensor.")
    assert figures(a, "Our member's sensor read 31 ppm of hydrogen chloride at 4:00.") == []
    assert figures("The stations recorded 3.1 ppm of hydrogen chloride at the fence.",
                   "Our member's sensor read 31 ppm of hydrogen chloride at the fence.") == [("3.1 ppm", "31 ppm")]
    assert figures("Levels reached 40 ppb of benzene near the school.",
                   "Levels reached 12 ppb of benzene near the school.") == [("40 ppb", "12 ppb")]
