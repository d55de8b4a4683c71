"""Figures and names as more kinds of story write them (earnings, a trial, a census, a
ceasefire told in two time zones, protests counted with negated hedges, aid convoys), on
invented pairs of opposing passages: what two ways of telling one fact must not be called a
disagreement or a missing name, beside what still is one."""

import pytest

from reader.align import Glossary
from reader.differ import Differ
from reader.differ.quantities import Tokens, quantities


def figures_of(text: str) -> list:
    """The quantities of one passage."""
    return quantities(Tokens(text, {}))


# -- hedges ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "floor"), [
    ("No fewer than 500 people were arrested.", True), ("Not less than 500 people were arrested.", True),
    ("No more than 50 people were arrested.", False), ("Not more than 50 people were arrested.", False),
])
def test_a_negated_hedge_turns_round(text, floor):
    """A floor is open above, a ceiling open below (each end rounded as the figure is written)."""
    q, = figures_of(text)
    assert (q.hi == float("inf")) if floor else (q.lo == 0 and q.hi < 60)


@pytest.mark.parametrize(("a_text", "b_text"), [
    ("No fewer than 500 people were arrested during the protests.",
     "Some 620 people were arrested during the protests."),
    ("No more than 50 people were arrested during the protests.",
     "Some 20 people were arrested during the protests."),
])
def test_a_negated_hedge_agrees_with_what_it_allows(figures, a_text, b_text):
    assert figures(a_text, b_text) == []


def test_a_negated_hedge_still_disagrees_with_what_it_rules_out(figures):
    assert figures("No more than 50 people were arrested during the protests.",
                       "Some 200 people were arrested during the protests.") \
        == [("No more than 50 people", "Some 200 people")]


# -- rounding ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("a_text", "b_text"), [
    ("Shares of Northwind fell 6% on Thursday after the results.",
     "Northwind's shares fell 6.2% on Thursday after the results."),
    ("The ticket costs $12 at the gate, the organisers said.", "The ticket costs $12.40 at the gate, the organisers said."),
    ("The storm dumped 3 cm of snow on the pass overnight.", "The storm dumped 3.4 cm of snow on the pass overnight."),
])
def test_a_whole_share_sum_or_measure_is_rounded(figures, a_text, b_text):
    assert figures(a_text, b_text) == []


def test_a_whole_share_still_disagrees_with_another(figures):
    assert figures("Shares of Northwind fell 6% on Thursday after the results.",
                       "Northwind's shares fell 7.5% on Thursday after the results.") == [("6%", "7.5%")]


def test_a_count_is_not_rounded():
    q, = figures_of("Ashby scored 38 points.")
    assert q.lo == q.hi == 38


# -- a part and its whole ----------------------------------------------------------------------------

@pytest.mark.parametrize(("a_text", "b_text"), [
    ("Fewer than half of the 300 people were arrested during the protests.",
     "Some 120 people were arrested during the protests."),
    ("A jury convicted Marlow on nine of the 14 counts of fraud.", "A jury convicted Marlow on nine counts of fraud."),
    ("Rescuers pulled 40 out of the 90 miners trapped in the shaft.", "Rescuers pulled 40 miners trapped in the shaft."),
])
def test_the_whole_a_part_is_of_is_no_count_of_the_part(figures, a_text, b_text):
    assert figures(a_text, b_text) == []


def test_two_wholes_still_disagree(figures):
    assert figures("Half of the 300 passengers on the ferry were rescued.",
                       "Half of the 500 passengers on the ferry were rescued.") \
        == [("300 passengers", "500 passengers")]


# -- rates -------------------------------------------------------------------------------------------

def test_a_rate_told_after_what_is_counted_is_a_rate():
    assert [q.unit for q in figures_of("Under the truce, 40 trucks of aid a day will enter.")] == ["truck/day"]


def test_a_daily_rate_is_no_total(figures):
    assert figures("Under the truce, 40 trucks of aid a day will enter.",
                       "About 200 trucks of aid entered during the truce.") == []


# -- time zones --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("a_text", "b_text"), [
    ("The truce began at 23:00 GMT on June 13.", "The truce began at 2am local time on June 14."),
    ("The truce began at 11pm GMT on 13 June.", "The truce began at 2 am Moscow time on 14 June."),
])
def test_one_moment_told_in_two_time_zones(figures, a_text, b_text):
    assert figures(a_text, b_text, "date") == []


def test_two_days_of_one_truce_still_disagree(figures):
    assert figures("The truce began at 23:00 GMT on June 13.", "The truce began at 2am local time on June 16.",
                       "date") == [("June 13", "June 16")]


# -- context -----------------------------------------------------------------------------------------

def test_a_verb_of_direction_alone_says_nothing_of_what_moved(figures):
    assert figures("Net income rose 12% to $860 million in the quarter.",
                       "Northwind's shares rose 6% on Thursday after the results.") == []
    assert figures("Net income rose 12% to $860 million in the quarter.",
                       "Net income rose 16% to $860 million in the quarter.") == [("12%", "16%")]


# -- names -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("a_text", "b_text"), [
    ("The U.S. Department of Justice charged Marlow on Monday.", "The DOJ charged Marlow on Monday."),
    ("The Bank of England held rates on Thursday.", "The BOE held rates on Thursday."),
    ("The Department of Homeland Security said so.", "The DHS said so."),
])
def test_a_name_abbreviated_with_or_without_its_of_is_no_name_one_side_lacks(figures, a_text, b_text):
    assert figures(a_text, b_text, "name") == []


@pytest.mark.parametrize(("a_text", "b_text"), [
    ("The IMF cut its forecast for Germany on Tuesday.", "The IMF cut its German forecast on Tuesday."),
    ("Talks with Russia stalled after the vote.", "Talks with Russian envoys stalled after the vote."),
    ("Exports from China fell in May.", "Chinese exports fell in May."),
])
def test_a_place_is_said_where_the_other_side_writes_its_people_or_adjective(figures, a_text, b_text):
    assert figures(a_text, b_text, "name") == []


def test_a_name_that_only_starts_with_a_word_of_the_other_side_is_still_missing(figures):
    assert figures("On Monday the coach Palmer left for the coast.",
                   "On Monday the coach Ford left Palm Springs for the coast.", "name") \
        == [("Palmer", None), (None, "Ford")]  # ("Palm" is said inside "Palmer")


def test_a_place_unlike_the_others_adjective_is_still_missing(figures):
    assert figures("Talks with Georgia stalled after the vote.", "Talks with German envoys stalled after the vote.",
                       "name") == [("Georgia", None), (None, "German")]


# -- ages --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Marlow, a 34-year-old teacher, was jailed.", "Marlow, aged 34, was jailed.",
                                  "Marlow, 34, was jailed.", "At the age of 34, Marlow was jailed."])
def test_an_age(text):
    q, = figures_of(text)
    assert (q.unit, q.lo) == ("age", 34)


def test_one_persons_ages_disagree(figures):
    assert figures("Marlow, 34, was sentenced to 12 years in prison for fraud.",
                       "Marlow, 43, was sentenced to 12 years in prison for fraud.") == [("34", "43")]
    assert figures("Marlow, a 34-year-old teacher, was jailed for fraud.",
                       "Marlow, 43, a teacher, was jailed for fraud.") == [("34-year-old", "43")]


def test_two_peoples_ages_are_not_compared(figures):
    assert figures("Marlow, 34, was convicted of fraud on Monday.", "Jones, 41, was convicted of fraud on Monday.") \
        == []
    assert figures("A 34-year-old teacher was convicted of fraud.", "A 41-year-old teacher was convicted of fraud.") \
        == []


def test_a_headline_in_title_case_names_only_what_its_article_never_writes_in_lowercase(write_article):
    a = write_article("Northwind said on Thursday that it would cut jobs.\n")
    b = write_article("Northwind Cuts Jobs as Profits Mask Weak Hardware at Ashford\n\n"
                      "Hardware sales fell again, and the profits of the quarter came from cloud work.\n")
    names = [d.b_text for d in Differ(a, b, a.passages, b.passages, Glossary()).between(0, 0) if d.kind == "name"]
    assert names == ["Ashford"]
