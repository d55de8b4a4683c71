"""A score ("3-1", "won 3–1", "a 2-0 win", "lost 1-3") is one figure, its two sides in either
order, compared only with another score told beside a name both passages give (a team, a
player) and one more word: two scores of two matches ("Varnholm won 3-1" / "Alder won 2-0")
are two facts. Each figure of a score still vouches for the same figure on the other side."""

import pytest


@pytest.mark.parametrize("a, b, found", [
    ("Varnholm won 3-1 against Tarnov on Saturday.", "Varnholm won 2-0 against Tarnov on Saturday.",
     [("3-1", "2-0")]),
    ("Varnholm beat Tarnov 3-1 on Saturday in the league.",
     "Varnholm secured a 2-0 win over Tarnov on Saturday in the league.", [("3-1", "2-0")]),
    ("Varnholm won 3–1 at home to Tarnov.", "Varnholm won 3-2 at home to Tarnov.", [("3–1", "3-2")]),
])
def test_two_scores_of_one_match_disagree(figures, a, b, found):
    assert figures(a, b) == found


@pytest.mark.parametrize("a, b", [
    ("Varnholm beat Tarnov 3-1 on Saturday.", "Tarnov lost 1-3 to Varnholm on Saturday."),
    ("Varnholm won 3-1 against Tarnov on Saturday.", "Varnholm's 3–1 win over Tarnov came on Saturday."),
    # two matches: no name in common
    ("Varnholm won 3-1 on Saturday.", "Alder won 2-0 on Saturday."),
    # one name, one match each: the other team differs
    ("Varnholm won 3-1 against Tarnov.", "Tarnov lost 0-2 to Alder."),
    # a range, not a score
    ("Varnholm won 3-1 against Tarnov as 20-30 fans watched.", "Varnholm won 3-1 against Tarnov as 25 fans watched."),
])
def test_the_same_score_or_another_match_is_no_disagreement(figures, a, b):
    assert figures(a, b) == []


def test_scores_told_of_two_days_are_two_matches(figures):
    assert figures("Varnholm won 3-1 against Tarnov in the first leg on Saturday.",
                   "Varnholm lost 0-2 against Tarnov in the second leg on Wednesday.") == []
    assert figures("Varnholm won 3-1 against Tarnov on Saturday.", "Varnholm won 2-1 against Tarnov on Saturday.") \
        == [("3-1", "2-1")]


def test_a_record_or_a_lead_is_no_score(figures):
    assert figures("Varnholm moved to a 35-47 record after beating Tarnov on Saturday.",
                   "Varnholm moved to a 36-46 record after beating Tarnov on Saturday.") == []
    assert figures("Varnholm raced out to a 14-0 lead against Tarnov on Saturday.",
                   "Varnholm raced out to a 21-0 lead against Tarnov on Saturday.") == []
