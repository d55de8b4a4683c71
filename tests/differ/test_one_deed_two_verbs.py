"""One deed told by two verbs of one group ("detained" / "arrested", "closed" / "shut",
"deployed" / "sent") is one deed, so its two counts disagree; verbs of no common group
("arrested" / "released") stay two deeds. Taking hostages is one deed whether they were
taken, seized or held, and never the deed of freeing them."""

import pytest


@pytest.mark.parametrize("a, b, found", [
    ("Police detained 12 people in Vell on Monday.", "Police arrested 30 people in Vell on Monday.",
     [("12 people", "30 people")]),
    ("Police said 12 protesters were detained in Vell.", "Officers arrested 30 protesters in Vell.",
     [("12 protesters", "30 protesters")]),
    ("The ministry closed 40 schools in Vell on Monday.", "The ministry shut 60 schools in Vell on Monday.",
     [("40 schools", "60 schools")]),
    ("The government deployed 500 troops to Vell on Monday.", "The government sent 800 troops to Vell on Monday.",
     [("500 troops", "800 troops")]),
    ("Gunmen kidnapped 12 villagers near Vell.", "Gunmen abducted 30 villagers near Vell.",
     [("12 villagers", "30 villagers")]),
    ("Gunmen freed 12 hostages in Vell on Monday.", "Gunmen released 30 hostages in Vell on Monday.",
     [("12 hostages", "30 hostages")]),
    # hostages taken, seized or held: one deed, told before the count or after it
    ("Gunmen took 12 hostages in Vell on Monday.", "Gunmen held 30 hostages in Vell on Monday.",
     [("12 hostages", "30 hostages")]),
    ("Gunmen seized 12 hostages in Vell on Monday.", "Police said 30 hostages were taken in Vell on Monday.",
     [("12 hostages", "30 hostages")]),
    ("Gunmen are holding 12 hostages in Vell.", "Gunmen took 30 hostages in Vell.",
     [("12 hostages", "30 hostages")]),
    # who took them is no holder of a figure: two sides name the gunmen differently
    ("The gunmen held 12 hostages in Vell.", "The militants took 30 hostages in Vell.",
     [("12 hostages", "30 hostages")]),
])
def test_one_deed_told_by_two_verbs_disagrees(figures, a, b, found):
    assert figures(a, b) == found


@pytest.mark.parametrize("a, b", [
    # two verbs of no common group are two deeds
    ("Police arrested 12 people in Vell on Monday.", "Police released 30 people in Vell on Monday."),
    ("Police detained 12 protesters in Vell on Monday.", "Police said 30 protesters were freed in Vell on Monday."),
    ("The ministry closed 40 schools in Vell on Monday.", "The ministry opened 60 schools in Vell on Monday."),
    # hostages taken are not hostages freed, whichever verb tells either
    ("Gunmen took 12 hostages in Vell on Monday.", "Police said 30 hostages were freed in Vell on Monday."),
    ("Gunmen held 12 hostages in Vell on Monday.", "Police said 30 hostages were released in Vell on Monday."),
    ("Gunmen seized 12 hostages in Vell on Monday.", "Police freed 30 hostages in Vell on Monday."),
])
def test_two_deeds_say_nothing(figures, a, b):
    assert figures(a, b) == []
