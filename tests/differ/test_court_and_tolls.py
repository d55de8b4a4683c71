"""Court and conflict reporting: the sentence a defendant faces is no sentence passed ("faces a
maximum sentence of 20 years" / "was sentenced to 12 years"), a maximum or a minimum told as
a noun bounds its figure as "up to" and "at least" do, and a running total ("Since October,
1,200 people have been killed") is another fact than one day's toll."""

import pytest


@pytest.mark.parametrize("a, b", [
    ("Marlow faces a maximum sentence of 20 years at Varnholm court.", "Marlow was sentenced to 12 years at Varnholm court."),
    ("Marlow faces 20 years in prison, prosecutors in Varnholm said.",
     "Marlow was jailed for 12 years, prosecutors in Varnholm said."),
    ("Since October, 1,200 people have been killed in Tarnov, officials said.",
     "On Sunday, 40 people were killed in Tarnov, officials said."),
    ("So far 1,200 people have been killed in Tarnov, officials said.", "On Sunday 40 people were killed in Tarnov, officials said."),
])
def test_a_possible_sentence_or_a_running_total_is_another_fact(figures, a, b):
    assert figures(a, b) == []
    assert figures(b, a) == []


def test_a_maximum_told_as_a_noun_is_a_ceiling(figures):
    assert figures("The court can impose a maximum of 20 years on Marlow in Varnholm.",
                   "The court can impose 12 years on Marlow in Varnholm.") == []
    assert figures("The court imposed a minimum term of eight years on Marlow in Varnholm.",
                   "The court imposed a term of five years on Marlow in Varnholm.") \
        == [("eight years", "five years")]


@pytest.mark.parametrize("a, b, found", [
    ("Marlow was sentenced to 12 years at Varnholm court.", "Marlow was sentenced to five years at Varnholm court.",
     [("12 years", "five years")]),
    ("Since October, 1,200 people have been killed in Tarnov, officials said.",
     "Since October, 2,500 people have been killed in Tarnov, officials said.", [("1,200 people", "2,500 people")]),
])
def test_two_sentences_passed_or_two_running_totals_still_disagree(figures, a, b, found):
    assert figures(a, b) == found


@pytest.mark.parametrize("a, b, found", [
    # soldiers are people: twelve of fourteen people killed may be soldiers
    ("The attack near Tarnov killed 12 soldiers and two civilians on Monday.", "The attack near Tarnov killed 14 people on Monday.", []),
    ("The attack near Tarnov killed 12 children on Monday, officials said.", "The attack near Tarnov killed 30 people on Monday, officials said.", []),
    # ... but not twelve of four
    ("The attack near Tarnov killed 12 soldiers on Monday, officials said.", "The attack near Tarnov killed four people on Monday, officials said.",
     [("12 soldiers", "four people")]),
])
def test_a_count_of_some_people_is_part_of_a_count_of_people(figures, a, b, found):
    assert figures(a, b) == found
    assert figures(b, a) == [(y, x) for x, y in found]
