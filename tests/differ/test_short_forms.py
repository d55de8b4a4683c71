"""A name one passage writes in full and the other in a short form is no name one side lacks:
initials with full stops ("U.N.", "L.A."), in mixed case ("BoE"), with a letter for a word the
full name leaves out ("NYC" / "New York"), or the name's first word clipped ("the Fed")."""

import pytest


@pytest.mark.parametrize("a, b", [
    ("The Fed raised rates again on Wednesday.", "The Federal Reserve raised rates again on Wednesday."),
    ("Rents in NYC rose again last month.", "Rents in New York rose again last month."),
    ("The U.N. sent observers to Varnholm.", "The United Nations sent observers to Varnholm."),
    ("Rents in L.A. rose again last month.", "Rents in Los Angeles rose again last month."),
    ("The BoE raised rates again on Wednesday.", "The Bank of England raised rates again on Wednesday."),
])
def test_a_short_form_names_what_the_full_name_names(figures, a, b):
    assert figures(a, b, "name") == []
    assert figures(b, a, "name") == []


@pytest.mark.parametrize("a, b, found", [
    ("Rents in New Jersey rose again last month.", "Rents in NYC rose again last month.",
     [("New Jersey", None), (None, "NYC")]),
    ("In Varnholm, McCain spoke first.", "In Varnholm, Marlow spoke first.", [("McCain", None), (None, "Marlow")]),
    ("The Federal Reserve raised rates again.", "The central bank fed markets with cash again.",
     [("Federal Reserve", None)]),
])
def test_other_names_are_still_missing(figures, a, b, found):
    assert figures(a, b, "name") == found


@pytest.mark.parametrize("a, b, name", [
    ("Actor Peter Capaldi spoke in Varnholm.", "The Endangered Species Act was debated in Varnholm.",
     "Actor Peter Capaldi"),
    ("The Jacksonville Jaguars lost in Varnholm.", "The coach praised Jackson in Varnholm.", "Jacksonville Jaguars"),
    ("Troops massed in Southern Kordofan, officials said.", "Troops massed in the South, officials said.",
     "Southern Kordofan"),
])
def test_a_word_that_starts_a_name_is_no_clipping_of_it(figures, a, b, name):
    assert (name, None) in figures(a, b, "name")


@pytest.mark.parametrize("a, b, found", [
    ("The UNC campus in Chapel Hill was closed on Monday, officials said.",
     "The United Nations said on Monday the campus was closed.",
     [("UNC", None), ("Chapel Hill", None), (None, "United Nations")]),
    ("On Monday, the United Nations sent observers to Varnholm.", "On Monday, UNC sent observers to Varnholm.",
     [("United Nations", None), (None, "UNC")]),
    ("On Monday, USC students marched in Varnholm.", "On Monday, United States students marched in Varnholm.",
     [("USC", None), (None, "United States")]),
])
def test_the_letter_of_city_follows_no_plural(figures, a, b, found):
    # "City" is left out of a place's name ("NYC" / "New York"); a name whose last word is a
    # plural names a union or a group, which "City" never follows: "UNC" is no "United Nations"
    assert sorted(figures(a, b, "name"), key=str) == sorted(found, key=str)


def test_a_version_s_digit_still_follows_any_name(figures):
    assert figures("Windows Phones 7 sold well in Varnholm.", "WP7 sold well in Varnholm.", "name") == []
