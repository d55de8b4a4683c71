"""Two counts of one crowd by two sources ("police put it at about 3,000", "organisers said
more than 12,000 marched") are the disagreement a reader most needs shown: they are reported
whoever said them, whether the crowd is "people", "protesters", "demonstrators" or "marchers",
and whether a figure is written in digits or in words at a sentence's start; but counts of
people who did different things ("were arrested" / "marched") are two facts, not one crowd,
and so are those a deed was done to as its object ("Police arrested 12 protesters"); a verb that
counts or estimates the crowd ("Police counted 3,000 protesters") tells its size, no deed. A quotation's
last word ("every step the law requires") is no demand or need of the figure after it; a
bare number word with nothing counted ("The ministry counted three") says nothing."""

import pytest


@pytest.mark.parametrize("a, b, found", [
    # two sources, two nouns for one crowd
    ("Police counted about 3,000 protesters in Vell on Monday.",
     "Organisers said more than 12,000 people marched in Vell on Monday.",
     [("about 3,000 protesters", "more than 12,000 people")]),
    ("About 3,000 demonstrators marched through Vell.", "Some 12,000 marchers walked through Vell.",
     [("About 3,000 demonstrators", "Some 12,000 marchers")]),
    # two counts of those who did one thing, whoever said them
    ("Police said 3,000 protesters gathered in Vell.", "Organisers said 12,000 people gathered in Vell.",
     [("3,000 protesters", "12,000 people")]),
    ("12 protesters were arrested in Vell on Monday.", "Police said 30 people were arrested in Vell on Monday.",
     [("12 protesters", "30 people")]),
    # a figure with only its deed after it counts the people who did it
    ("3,000 people marched in Vell on Monday.", "12,000 marched in Vell on Monday.",
     [("3,000 people", "12,000")]),
    # ... and so does one that a source is said to give
    ("12,000 marched in Vell on Monday.", "Police said 3,000 marched in Vell on Monday.", [("12,000", "3,000")]),
    ("Police counted about 3,000 protesters in Vell.", "Organisers said more than 12,000 marched in Vell.",
     [("about 3,000 protesters", "more than 12,000")]),
    # a crowd's deed told in two words, or as going on, is still one crowd's
    ("Police said 3,000 protesters were marching in Vell on Monday.", "Organisers said 12,000 people walked in Vell on Monday.",
     [("3,000 protesters", "12,000 people")]),
    # being there is a crowd's own deed, not one done to it
    ("About 3,000 people were present in Vell on Monday.", "More than 12,000 people attended in Vell on Monday.",
     [("About 3,000 people", "More than 12,000 people")]),
    # one toll, whether told by "were killed" or "died"
    ("Police said 12 people were killed in Vell.", "Doctors said 30 people died in Vell.",
     [("12 people", "30 people")]),
    # numbers in words, at a sentence's start
    ("Twelve thousand people walked through Vell.", "About 3,000 people walked through Vell.",
     [("Twelve thousand people", "About 3,000 people")]),
    ("Two hundred and fifty people marched in Vell.", "More than 900 people marched in Vell.",
     [("Two hundred and fifty people", "More than 900 people")]),
    ("A dozen protesters marched in Vell.", "About 300 protesters marched in Vell.",
     [("dozen protesters", "About 300 protesters")]),
    # a bare figure the crowd is put at counts its people
    ("Police put the crowd at about 3,000 in Vell.", "Organisers put the crowd at 12,000 in Vell.",
     [("about 3,000", "12,000")]),
    ("Police put the crowd at about 3,000 in Vell.", "More than 12,000 people were in the crowd in Vell.",
     [("about 3,000", "More than 12,000 people")]),
    # one deed done to a count, told as a verb before it or as a passive after it
    ("Police arrested 12 protesters in Vell on Monday.", "Police said 30 protesters were arrested in Vell on Monday.",
     [("12 protesters", "30 protesters")]),
    ("Police arrested 12 protesters in Vell on Monday.", "Officers arrested 30 protesters in Vell on Monday.",
     [("12 protesters", "30 protesters")]),
    # a verb that counts, estimates or draws a crowd tells its size, not a deed done to it
    ("Police estimated 3,000 protesters in Vell on Monday.", "Organisers said 12,000 people marched in Vell on Monday.",
     [("estimated 3,000 protesters", "12,000 people")]),
    ("The march drew about 3,000 people to Vell on Monday.", "Organisers said 12,000 people marched in Vell on Monday.",
     [("about 3,000 people", "12,000 people")]),
    ("Police estimated that 3,000 people marched in Vell on Monday.", "Organisers said 12,000 people walked in Vell on Monday.",
     [("3,000 people", "12,000 people")]),
    # one deed of an irregular verb, in its past and its participle
    ("Police beat 12 protesters in Vell on Monday.", "Police said 30 protesters were beaten in Vell on Monday.",
     [("12 protesters", "30 protesters")]),
    # sitting or standing somewhere is being there, as a crowd is
    ("About 3,000 people were sat in the square in Vell on Monday.",
     "More than 12,000 people gathered in the square in Vell on Monday.", [("About 3,000 people", "More than 12,000 people")]),
    # a quotation closing before the figure: "requires" is the law's word, not a need
    ('The ministry said the licence followed "every step the law requires" as about 3,000 people marched '
     "through the capital.",
     "More than 12,000 people from the valley marched through the capital.",
     [("about 3,000 people", "More than 12,000 people")]),
])
def test_two_counts_of_one_crowd_disagree(figures, a, b, found):
    assert figures(a, b) == found


@pytest.mark.parametrize("a, b", [
    # the hedges meet: "about 12,000" and "more than 10,000" may be one count
    ("About 12,000 protesters marched in Vell.", "More than 10,000 people marched in Vell."),
    ("Twelve thousand people marched in Vell.", "Organisers counted some 12,000 marchers in Vell."),
    # a number word with nothing counted is no figure of the crowd
    ("About 3,000 demonstrators marched in Vell.", "The ministry counted three."),
    # those arrested at a march are not the crowd that marched
    ("Police said four protesters were arrested after a scuffle outside the assembly.",
     "More than 12,000 people from the valley marched in Vell, outside the assembly."),
    # counts of people who did different things are two facts, active or passive
    ("12 protesters were arrested in Vell on Monday.", "300 people marched in Vell on Monday."),
    ("Twelve protesters were arrested in Vell on Monday.", "About 300 protesters marched in Vell on Monday."),
    ("Police said 40 people were injured in Vell.", "Organisers said 3,000 people gathered in Vell."),
    ("Police said 12 marchers have been detained in Vell.", "Organisers said 3,000 marchers gathered in Vell."),
    ("Police said 200 people were evacuated from Vell on Monday.", "Police said 30 people were arrested in Vell on Monday."),
    ("About 3,000 people were arrested in Vell on Monday.", "More than 12,000 people were present in Vell on Monday."),
    ("Police said 40 protesters were shot in Vell.", "Organisers said 3,000 protesters gathered in Vell."),
    # a count that is the object of a deed was done to as a passive count was ("Police arrested
    # 12 protesters" is "12 protesters were arrested"), not the crowd that marched
    ("Police arrested 12 protesters in Vell on Monday.", "300 people marched in Vell on Monday."),
    ("Police have detained about 40 protesters in Vell on Monday.", "More than 3,000 people gathered in Vell on Monday."),
    ("Officers evacuated 200 people from Vell on Monday.", "Police said 30 people were arrested in Vell on Monday."),
    # an irregular verb tells a deed as a regular one does, past or participle
    ("Police beat 12 protesters in Vell on Monday.", "Police said 30 protesters were arrested in Vell on Monday."),
    ("Police drove 300 protesters out of Vell on Monday.", "Organisers said 3,000 protesters marched in Vell on Monday."),
    ("Police in Vell said 12 protesters were brought to court.", "Organisers in Vell said 300 protesters marched."),
    # a figure the side demands is its position, not a rise others received
    ("The union is demanding a 12% rise for nurses.", "Nurses received a 4% rise this year."),
])
def test_counts_that_may_agree_or_are_of_other_things_say_nothing(figures, a, b):
    assert figures(a, b) == []


def test_a_quoted_demand_is_still_a_demand(figures):
    assert figures('The union is demanding "a 12% rise" for nurses.',
                   "The union is demanding a 4% rise for nurses.") == [("12%", "4%")]
