"""A time of day told of an event ("at 3 p.m.", "at 15:00", "at noon", "around 9.30am",
"shortly after 2pm") is a figure of its own, compared with another time of day told beside
the same words; in another time zone it is another figure ("at 3 p.m. local time" / "at 12:00
GMT"), and a time a page is stamped with is none."""

import pytest


@pytest.mark.parametrize("a, b, found", [
    ("The explosion happened at 3 p.m. near the Tarnov station, police said.",
     "The explosion happened at 5pm near the Tarnov station, police said.", [("3 p.m.", "5pm")]),
    ("The explosion happened at 3 p.m. near the Tarnov station, police said.",
     "The explosion happened at noon near the Tarnov station, police said.", [("3 p.m.", "noon")]),
    ("The explosion happened at 9.30am near the Tarnov station, police said.",
     "The explosion happened at 11:45am near the Tarnov station, police said.", [("9.30am", "11:45am")]),
])
def test_two_times_of_one_event_disagree(figures, a, b, found):
    assert figures(a, b) == found


@pytest.mark.parametrize("a, b", [
    ("The explosion happened at 3 p.m. near the Tarnov station, police said.",
     "The explosion happened at 15:00 near the Tarnov station, police said."),
    ("The explosion happened at 3 p.m. near the Tarnov station, police said.",
     "The explosion happened shortly after 2pm near the Tarnov station, police said."),
    ("The explosion happened at 3 p.m. near the Tarnov station, police said.",
     "The explosion happened at around 3.20pm near the Tarnov station, police said."),
    ("The explosion happened at 3 p.m. local time near the Tarnov station, police said.",
     "The explosion happened at 12:00 GMT near the Tarnov station, police said."),
    # "3:30" alone may be either side of noon
    ("The explosion happened at 3:30 near the Tarnov station, police said.",
     "The explosion happened at 15:30 near the Tarnov station, police said."),
    ("Updated at 16:40. The explosion near the Tarnov station killed two, police said.",
     "Updated at 11:05. The explosion near the Tarnov station killed two, police said."),
])
def test_one_time_told_two_ways_or_two_zones_is_no_disagreement(figures, a, b):
    assert figures(a, b) == []
    assert figures(b, a) == []


def test_the_times_of_two_things_are_two_facts(figures):
    a = "The meeting in Tarnov began at 9am and ended at 5pm, officials said."
    assert figures(a, "The meeting in Tarnov ended at 4pm, officials said.") == [("5pm", "4pm")]
    assert figures(a, "The meeting in Tarnov began at 10am, officials said.") == [("9am", "10am")]


def test_a_bound_hedged_is_still_a_bound(figures):
    assert figures("Firefighters stayed in Tarnov until about 5 a.m. Saturday, officials said.",
                   "Firefighters stayed in Tarnov until about 8 a.m. Saturday, officials said.") == []
    assert figures("Firefighters arrived in Tarnov at about 5 a.m. Saturday, officials said.",
                   "Firefighters arrived in Tarnov at about 8 a.m. Saturday, officials said.") == [("5 a.m.", "8 a.m.")]
