"""Figures as other kinds of story write them (recipes, sport, science, economics, census and
court reports, launches): ranges and scores with dashes, fractions, units of measure, rates,
periods, statistics. Each case here was a wrong "disagreement" (or a figure misread into
one) on invented pairs of opposing articles."""

import pytest

from reader.differ.quantities import Tokens, quantities


def read(text: str) -> list[tuple[str, object]]:
    tokens = Tokens(text, {})
    return [(text[slice(*tokens.char_span(q.first, q.last))], q) for q in quantities(tokens)]


# -- ranges and scores written with a dash -------------------------------------------------------

def test_a_dashed_range_is_one_figure():
    (written, q), = read("Bake for 45–50 minutes.")
    assert (written, q.unit, q.lo) == ("45–50 minutes", "time", 0.75) and q.hi >= 50 / 60
    (written, q), = read("Between 20-30 people were hurt.")
    assert written == "Between 20-30 people" and q.unit == "people" and q.lo < 20 and q.hi > 30
    assert [(w, q.unit) for w, q in read("turnout of 20-30% of voters")] == [("20-30%", "%")]


@pytest.mark.parametrize(("a_text", "b_text"), [
    ("Between 20-40 people were hurt in the blast.", "Some 28 people were hurt in the blast."),
    ("Bake the cake for 45–60 minutes until golden.", "Bake the cake for 52 minutes until golden."),
])
def test_a_figure_inside_a_dashed_range_agrees_with_it(figures, a_text, b_text):
    assert figures(a_text, b_text) == []


def test_days_joined_by_a_dash_are_a_span_of_days():
    assert [(w, q.date) for w, q in read("The summit ran on 14-15 March 2024 in Vienna.")] \
        == [("14-15 March 2024", (2024, 2024, 3, 14, 15))]


def test_a_score_or_record_counts_nothing():
    # (a score of two figures a result names is a figure of its own: a score, nothing counted)
    found = read("The Hawks moved to 12-4 with a 98-91 win; a 12-2-2 record.")
    assert all(q.unit == "" for w, q in found if w != "98-91")
    assert [q.unit for w, q in found if w == "98-91"] == ["score"]
    assert [(w, q.unit) for w, q in read("a 1-3 defeat and a 7-2 vote") if q.unit] == [("1-3", "score"), ("7-2", "score")]


def test_a_score_is_no_count_of_wins(figures):
    assert figures("The Hawks sealed a 98-91 win over Kelso.", "The Hawks sealed 12 wins over Kelso.") == []


# -- fractions ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Bake for 1½ hours.", 1.5), ("Add 1/2 cup of sugar.", 0.5), ("Add 1 1/2 cups of flour.", 1.5),
    ("Add ½ teaspoon of salt.", 0.5), ("Add 3/4 cup of milk.", 0.75),
])
def test_fractions(text, value):
    (_written, q), = read(text)
    assert q.lo == q.hi == value


def test_figures_joined_by_a_slash_are_no_count():
    """"9/11" is no count of 11 attacks, "24/7" no count of anything."""
    assert [w for w, _q in read("The 9/11 attacks and a 24/7 service.")] == []


@pytest.mark.parametrize(("a_text", "b_text"), [
    ("Bake the cake for 1½ hours in a low oven.", "Bake the cake for 90 minutes in a low oven."),
    ("Stir in 1 1/2 cups of sugar for the cake.", "Stir in 1.5 cups of sugar for the cake."),
])
def test_a_fraction_agrees_with_the_same_amount(figures, a_text, b_text):
    assert figures(a_text, b_text) == []


# -- units of measure ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "written", "unit"), [
    ("Beat 225g of butter.", "225g", "g"), ("Line a 2lb loaf tin.", "2lb", "lb"),
    ("Gusts of 50 mph fanned the fire.", "50 mph", "mph"), ("It landed 600 kilometres away.", "600 kilometres", "km"),
    ("It landed 600 km away.", "600 km", "km"), ("Heat the oven to 180C.", "180C", "°c"),
    ("The bank raised rates by 25 basis points.", "25 basis points", "bp"),
    ("Unemployment rose 4 percentage points.", "4 percentage points", "pp"),
])
def test_units_of_measure(text, written, unit):
    (w, q), = read(text)
    assert (w, q.unit) == (written, unit)


def test_a_letter_apart_from_its_figure_is_no_unit_and_m_on_a_sum_is_millions():
    assert read("Tom has 3 g and more")[0][1].unit != "g"
    (w, q), = read("The club paid £85m for him.")
    assert w == "£85m" and q.lo > 84e6 and q.hi < 86e6
    assert read("a 100m sprint")[0][1].unit == "m"


def test_a_sum_with_millions_written_on_disagrees_with_another_in_millions(figures):
    assert figures("The club paid £85m for the striker.", "The club paid £62 million for the striker.") \
        == [("£85m", "£62 million")]


def test_a_weight_written_onto_its_figure_takes_no_noun_from_its_clause():
    """"21g" counts grams, not the calories of the figure before it."""
    assert [(w, q.unit) for w, q in read("Each slice has 390 calories and 21g of fat.")][1] == ("21g", "g")


# -- rates ------------------------------------------------------------------------------------------

def test_a_rate_is_per_what_it_is_per():
    # (every rate per a number is read per 100,000: 61 per 10,000 is 610 per 100,000)
    assert [(w, q.unit, q.lo, q.hi) for w, q in read("61 violent offences per 10,000 residents")] \
        == [("61 violent offences per 10,000", "offenc/100000", pytest.approx(605.05), pytest.approx(614.95))]
    assert [q.unit for _w, q in read("4,180 people per square kilometre")] == ["people/sq km"]
    assert [q.unit for _w, q in read("12 per cent")] == ["%"]


def test_a_figure_a_year_is_a_rate():
    assert [(w, q.unit) for w, q in read("The city needs 12,000 new homes a year.")] \
        == [("12,000 new homes a year", "home/year")]
    assert [q.unit for _w, q in read("He earns £250,000 a week and takes it twice a day.")] == ["£/week", "times/day"]
    assert [q.unit for _w, q in read("Troops killed 200 people a day after the vote.")] == ["people"]
    assert [q.unit for _w, q in read("He is worth £230,000 a week before bonuses.")] == ["£/week"]


def test_a_yearly_rate_is_no_total(figures):
    assert figures("The city needs 12,000 new homes a year until 2030.", "The city needs 120,000 new homes by 2030.") == []
    assert figures("Ferreira will earn £250,000 a week at Harwick.", "Ferreira will earn £230,000 a week at Harwick.") \
        == [("£250,000 a week", "£230,000 a week")]


def test_a_rate_per_ten_thousand_is_no_count_against_one_per_hundred_thousand(figures):
    assert figures("The crime rate was 61 per 10,000 residents in 2021.",
                   "The crime rate was 610 per 100,000 residents in 2021.") == []


# -- units read where they are -----------------------------------------------------------------------

def test_a_comma_ends_the_phrase_a_figure_counts():
    assert [(w, q.unit) for w, q in read("Dunmore, which grew 3.1% to 1.39 million, slipped to fourth place.")] \
        == [("3.1%", "%"), ("1.39 million", "")]


def test_another_figures_scale_word_is_no_shared_context(figures):
    """"million" belongs to the figure beside it, and says nothing of what either tells."""
    assert figures("Dunmore, now the fourth-largest city, grew by 3.1% to 1.39 million.",
                   "The census put the population at 1.4 million, an increase of 12% in ten years.") == []


def test_a_statistic_or_a_figure_of_another_scale_borrows_no_unit():
    assert [q.unit for _w, q in read("The trial enrolled 412 patients (p=0.003).")] == ["patient", ""]
    assert [q.unit for _w, q in read("Of 4,120 adults, the hazard ratio was 0.72.")] == ["adult", ""]
    assert [q.unit for _w, q in read("Nine delegates walked out, compared to 31 the day before.")] \
        == ["delegat", "delegat"]


def test_a_p_value_under_a_threshold_agrees_with_it(figures):
    assert figures("The trial enrolled 412 patients and the result was significant (p=0.003).",
                   "The trial enrolled 412 patients and the result was significant (p<0.05).") == []


def test_a_hazard_ratio_is_no_count_of_the_people_studied(figures):
    assert figures("The study of 4,120 adults found a hazard ratio of 0.72 for heart disease.",
                   "The study of 4,120 adults found a hazard ratio of 0.81 for heart disease.") == []


# -- periods --------------------------------------------------------------------------------------

def test_years_joined_by_a_dash_are_a_span():
    assert [(w, q.date[:2]) for w, q in read("the 2023-24 season, from 2016–2020 and in 2024/25")] \
        == [("2023-24", (2023, 2024)), ("from 2016–2020", (2016, 2020)), ("2024/25", (2024, 2025))]
    (w, q), = read("released in 2021-03")
    assert q.date == (2021, 2021, 3, 0, 0)


def test_a_season_agrees_with_either_of_its_years(figures):
    assert figures("Harwick won the league title in the 2023-24 season.", "Harwick won the league title in 2024.",
                   "date") == []


def test_changes_over_different_periods_are_different_figures(figures):
    assert figures("Consumer prices rose 2.9% year on year in October, the statistics office said.",
                   "Consumer prices rose 0.3% month on month in October, the statistics office said.") == []
    assert [q.unit for _w, q in read("prices rose 2.9% year-on-year")] == ["%/year"]


@pytest.mark.parametrize(("a_text", "b_text"), [
    ("Revenue was $4.1 billion in 2023, the company said.", "Revenue was $3.8 billion in 2022, the company said."),
    ("Unemployment rose to 4.8% in the third quarter.", "Unemployment rose to 4.5% in the second quarter."),
    ("Revenue rose 12% in Q3 to $4.1 billion.", "Revenue rose 12% in Q2 to $3.8 billion."),
    ("Unemployment rose to 4.8% in October.", "Unemployment rose to 4.5% in the second quarter."),
])
def test_figures_told_of_two_periods_are_two_facts(figures, a_text, b_text):
    assert figures(a_text, b_text) == []


def test_figures_of_one_period_still_disagree(figures):
    assert figures("Revenue was $4.1 billion in 2023, the company said.",
                   "Revenue was $3.8 billion in 2023, the company said.") == [("$4.1 billion", "$3.8 billion")]


# -- figures that name rather than count ----------------------------------------------------------

@pytest.mark.parametrize(("a_text", "b_text"), [
    ("About 40 users on iOS 17.2 lost access during the outage.", "About 40 users on iOS 16.4 lost access during the outage."),
    ("About 40 users on version 4.6 lost access during the outage.",
     "About 40 users on version 4.2 lost access during the outage."),
    ("Ferreira will wear the number 9 shirt after 27 goals.", "Ferreira will wear the number 11 shirt after 27 goals."),
    ("Hurricane Lena strengthened to a Category 4 storm.", "Hurricane Lena strengthened to a Category 3 storm."),
    ("Some 300 people attended the Web 3.0 summit in Lisbon.", "Some 300 people attended the Web 2.0 summit in Lisbon."),
])
def test_a_version_or_designation_is_no_quantity(figures, a_text, b_text):
    assert figures(a_text, b_text) == []


def test_a_figure_after_a_name_that_counts_is_still_read():
    assert [w for w, _q in read("In Gaza 200 people died; Ashby's 38 points; Some 300 people fled on Tuesday 12 May.")] \
        == ["200 people", "38 points", "Some 300 people", "12 May"]
    assert [w for w, _q in read("Later in Gaza 1.5 million people fled.")] == ["1.5 million people"]


def test_a_time_zone_and_a_weekday_are_no_name(figures):
    found = figures("The rocket lifted off at 9:42 p.m. EDT on Tuesday (01:42 GMT Wednesday) from Tessaly.",
                    "The rocket lifted off late on Tuesday from Tessaly.", "name")
    assert found == []
    assert figures("The rocket lifted off from Tessaly.", "The rocket lifted off from Varnholm.", "name") \
        == [("Tessaly", None), (None, "Varnholm")]


def test_one_moment_told_in_two_time_zones_is_no_disagreement(figures):
    assert figures("The satellite will launch on 14 July 2025 at 21:42 local time.",
                   "The satellite will launch on 15 July 2025 at 01:42 GMT.", "date") == []
    assert figures("The satellite will launch on 14 July 2025.", "The satellite will launch on 15 July 2025.",
                   "date") == [("14 July 2025", "15 July 2025")]


def test_a_limit_late_in_a_month_is_still_a_limit(figures):
    """"until late April" is a deadline, never the day something began ("began on March 3")."""
    assert figures("The strike began in mid-March and lasted until late April.",
                   "The strike began on March 3 and lasted until May 2.", "date") == [("April", "May 2")]
