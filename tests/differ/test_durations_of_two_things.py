"""A story times many of its events, each beside the story's own subject: two durations are one
fact only when they share more than that subject (two words, or a name), and never when each
follows a verb naming another deed."""

import pytest


@pytest.mark.parametrize("a, b", [
    # one word in common ("flood") is the story's subject, not the event timed
    ("The pumping crew was at the dyke within six minutes of the flood warning.",
     "Neighbours asked why the sirens rang more than 80 minutes after the flood started."),
    ("In the dry summer the canal dropped to a third of its usual depth for seven months.",
     "Engineers say the survey gauged the canal's depth in three very rainy years."),
    # two verbs, two deeds
    ("The ferry office was alerted four minutes after the storm warning at Dunmere.",
     "The harbour horn sounded 70 minutes after the storm warning at Dunmere."),
])
def test_durations_of_two_events_are_silent(figures, a, b):
    assert figures(a, b) == []


@pytest.mark.parametrize("a, b, found", [
    # one deed, told alike
    ("The harbour horn sounded 70 minutes after the storm warning at Dunmere.",
     "The harbour horn sounded eight minutes after the storm warning at Dunmere.",
     [("70 minutes", "eight minutes")]),
    # a name both give says which thing is timed
    ("Residents of Dunmere have protested for 12 days.", "Residents of Dunmere protested for 40 days.",
     [("12 days", "40 days")]),
    ("The crew worked on the dyke for six weeks before the flood.",
     "The crew worked on the dyke for nine months before the flood.",
     [("six weeks", "nine months")]),
])
def test_durations_of_one_event_disagree(figures, a, b, found):
    assert figures(a, b) == found
