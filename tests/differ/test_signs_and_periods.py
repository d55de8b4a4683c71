"""Figures told apart by what is written around them: a minus sign, the group a share is of,
whose position a figure is (a demand, an offer, a need, a forecast), its period ("last year",
"on the 7th"), a change or the level it ends at, its measure, what a sum names itself."""

import pytest


# Pairs of passages and the number differences between them: what is written around a figure
# (the group a share is of, whose position it is, its period, a change or a level, its measure,
# what a sum names itself) decides what it is compared with.
CASES = [
    # a change, the level it starts or ends at, and a winner's margin are three things
    pytest.param("The Orla party won 48 seats, up from 31 in 2019.", "The Orla party won 48 seats, up 17 from 2019.",
                 [], id="change and level"),
    pytest.param("Varnholm's government cut the health budget by $400 million to $3.1 billion.",
                 "Varnholm's government cut the health budget to $3.5 billion.", [], id="change and level"),
    pytest.param("Varnholm's government cut the health budget by $400 million to $3.1 billion.",
                 "Varnholm's government cut the health budget by $600 million.",
                 [("$400 million", "$600 million")], id="change and level"),
    pytest.param("Orla's candidate won by 3,200 votes in Tarnovia.", "Orla's candidate won 43,200 votes in Tarnovia.",
                 [], id="margin"),
    pytest.param("Orla's candidate won by 3,200 votes in Tarnovia.", "Orla's candidate won by 4,100 votes in Tarnovia.",
                 [("3,200 votes", "4,100 votes")], id="margin"),
    # a rate per 10,000 is a tenth of one per 100,000
    pytest.param("Tarnovia recorded 61 cases per 100,000 people last week.",
                 "Tarnovia recorded 12 cases per 10,000 people last week.",
                 [("61 cases per 100,000", "12 cases per 10,000")], id="rate"),
    pytest.param("Tarnovia recorded 61 cases per 100,000 people last week.",
                 "Tarnovia recorded 6 cases per 10,000 people last week.",
                 [], id="rate"),
    pytest.param("In Tarnovia, 30% of those over 65 are vaccinated.",
                 "In Tarnovia, 12% of those under 15 are vaccinated.",
                 [], id="other group"),
    pytest.param("In Tarnovia, 30% of those over 65 are vaccinated.",
                 "In Tarnovia, 12% are vaccinated.",
                 [], id="other group"),
    pytest.param("Among voters under 30, 61% backed the Orla party.",
                 "Among voters over 65, 54% backed the Orla party.",
                 [], id="other group"),
    pytest.param("The Orla party won 48% of the vote in Tarnovia.",
                 "The Orla party won 52% of the seats in Tarnovia.",
                 [], id="other group"),
    pytest.param("In Tarnovia, 30% of those over 65 are vaccinated.",
                 "In Tarnovia, 12% of those over 65 are vaccinated.",
                 [("30%", "12%")], id="one group"),
    pytest.param("The Orla party won 48% of the vote in Tarnovia.",
                 "The Orla party won 45% of votes in Tarnovia.",
                 [("48%", "45%")], id="one group"),
    pytest.param("The Orla party won 48% of the vote in the Tarnovia election.",
                 "The Orla party won 45% in the Tarnovia election.",
                 [("48%", "45%")], id="one group"),
    pytest.param("The union wants 12% for the dockworkers of Varnholm.",
                 "The company offered 4% to the dockworkers of Varnholm.",
                 [], id="other position"),
    pytest.param("The union is asking for a pay rise of 12% for the dockworkers of Varnholm.",
                 "The dockworkers of Varnholm won a pay rise of 7% under the deal.",
                 [], id="other position"),
    pytest.param("The Orla party needs 76 seats for a majority in Tarnovia.",
                 "The Orla party won 52 seats in Tarnovia.",
                 [], id="other position"),
    pytest.param("Polls show the Orla party at 34% in Tarnovia.",
                 "The Orla party won 41% in Tarnovia.",
                 [], id="other position"),
    pytest.param("The union wants 12% for the dockworkers of Varnholm.",
                 "The union demanded 9% for the dockworkers of Varnholm.",
                 [("12%", "9%")], id="one position"),
    pytest.param("The company made a 4% offer to the dockworkers of Varnholm.",
                 "The company offered 5% to the dockworkers of Varnholm.",
                 [("4%", "5%")], id="one position"),
    pytest.param("Polls show the Orla party at 34% in Tarnovia.",
                 "Polls show the Orla party at 41% in Tarnovia.",
                 [("34%", "41%")], id="one position"),
    # a word of needing in another phrase is not the figure's
    pytest.param("When patients need it most, Tarnovia has cut $716 million from its hospitals.",
                 "Tarnovia has cut $450 million from its hospitals.",
                 [("$716 million", "$450 million")], id="one position"),
    pytest.param("Sales of Orla cars in Tarnovia fell 3% in January last year.",
                 "Sales of Orla cars in Tarnovia fell 8% in January.",
                 [], id="other period"),
    pytest.param("Orla Bank's profit was $3.2 billion in the year-earlier quarter.",
                 "Orla Bank's profit was $4.6 billion in the quarter.",
                 [], id="other period"),
    pytest.param("Sales of Orla cars in Tarnovia fell 3% a year ago.",
                 "Sales of Orla cars in Tarnovia fell 8% next year.",
                 [], id="other period"),
    # "a year" of "a year earlier" is a duration of the shift, not the figure it shifts
    pytest.param("Tarnovia's economy grew 2.1% in the third quarter from a year earlier.",
                 "Tarnovia's economy grew 0.5% in the third quarter from the second.",
                 [], id="other period"),
    pytest.param("Sales of Orla cars in Tarnovia fell 3% last year.",
                 "Sales of Orla cars in Tarnovia fell 8% last year.",
                 [("3%", "8%")], id="one period"),
    # the shift is the period of the figure nearest it, not of the whole clause
    pytest.param("Orla Bank's profit rose to $4.1 billion from $3.2 billion a year earlier.",
                 "Orla Bank's profit rose to $4.6 billion.",
                 [("$4.1 billion", "$4.6 billion")], id="one period"),
    pytest.param("The Tarnovia stock index fell 120 points on Friday.",
                 "The Tarnovia stock index fell 1.5% to 9,850 points on Friday.",
                 [], id="change and level"),
    pytest.param("Unemployment in Tarnovia rose to 5.1% in March.",
                 "Unemployment in Tarnovia rose 0.3% in March.",
                 [], id="change and level"),
    pytest.param("The Tarnovia stock index closed 120 points lower on Friday.",
                 "The Tarnovia stock index stood at 9,850 points on Friday.",
                 [], id="change and level"),
    pytest.param("Storm Orla's winds reached 120 km/h near Varnholm.",
                 "Storm Orla's winds reached 80 km from Varnholm.",
                 [], id="speed"),
    pytest.param("Storm Orla hit Varnholm with winds of 120 km/h.",
                 "Storm Orla hit Varnholm with winds of 150 kph.",
                 [("120 km/h", "150 kph")], id="speed"),
    pytest.param("Storm Orla hit Varnholm with winds of 12 m/s.",
                 "Storm Orla hit Varnholm with winds of 15 m/s.",
                 [("12 m/s", "15 m/s")], id="speed"),
    pytest.param("A magnitude 6.4 earthquake struck near Varnholm on Tuesday.",
                 "A magnitude 6.1 earthquake struck near Varnholm on Tuesday.",
                 [("6.4", "6.1")], id="magnitude"),
    pytest.param("The quake near Varnholm measured 6.4 on the Richter scale.",
                 "The quake near Varnholm measured a magnitude of 6.1.",
                 [("6.4 on the Richter scale", "6.1")], id="magnitude"),
    pytest.param("A magnitude 6.4 earthquake struck near Varnholm on Tuesday, killing 12 people.",
                 "A 6.4 magnitude earthquake struck 12 km from Varnholm on Tuesday.",
                 [], id="magnitude"),
    # a decimal copied with a space after its point is not read as a magnitude of 1
    pytest.param("A magnitude 6.1 earthquake struck near Varnholm on Tuesday.",
                 "A powerful 6. 1 magnitude earthquake struck near Varnholm on Tuesday.",
                 [], id="magnitude"),
    pytest.param("Orla Motors reported revenue of $4.1 billion for the quarter.",
                 "Orla Motors reported a profit of $900 million for the quarter.",
                 [], id="named sum"),
    pytest.param("Tarnovia received $2 billion in aid last year.",
                 "Tarnovia received $3 billion in loans last year.",
                 [], id="named sum"),
    pytest.param("Orla Motors reported revenue of $4.1 billion for the quarter.",
                 "Orla Motors reported revenues of $4.5 billion for the quarter.",
                 [("$4.1 billion", "$4.5 billion")], id="named sum"),
    pytest.param("Tarnovia received $2 billion in aid last year.",
                 "Tarnovia received a total of $3 billion last year.",
                 [("$2 billion", "$3 billion")], id="named sum"),
]


@pytest.mark.parametrize("a, b, found", CASES)
def test_what_is_written_around_a_figure_decides_what_it_is_compared_with(figures, a, b, found):
    assert figures(a, b) == found


@pytest.mark.parametrize("a, b", [
    ("Overnight the temperature in Varnholm fell to −3 °C, forecasters said.",
     "Overnight the temperature in Varnholm fell to 3 °C, forecasters said."),
    ("Overnight the temperature in Varnholm fell to -3C, forecasters said.",
     "Overnight the temperature in Varnholm fell to 3C, forecasters said."),
    ("Overnight the temperature in Varnholm fell to minus 3 degrees, forecasters said.",
     "Overnight the temperature in Varnholm fell to 3 degrees, forecasters said."),
    ("Orla Mining's quarterly profit margin fell to -12% after the strike.",
     "Orla Mining's quarterly profit margin fell to 12% after the strike."),
])
def test_a_figure_below_zero_disagrees_with_the_same_figure_above_it(figures, a, b):
    found = figures(a, b)
    assert len(found) == 1
    assert found[0][0].startswith(("-", "−", "minus")) and not found[0][1].startswith(("-", "−"))


def test_a_degree_sign_written_apart_or_onto_the_figure_is_a_unit(figures):
    assert figures("The thermometer in Varnholm read 3°C at dawn.", "The thermometer in Varnholm read 8 °C at dawn.") \
        == [("3°C", "8 °C")]


@pytest.mark.parametrize("b", [
    "Orla Mining's quarterly profit fell 12% after the strike.",
    "Orla Mining's quarterly profit was down by 12% after the strike.",
    "Orla Mining's quarterly profit showed a 12% drop after the strike.",
])
def test_a_negative_figure_agrees_with_a_fall_of_its_size(figures, b):
    assert figures("Orla Mining's quarterly profit changed by -12% after the strike.", b) == []


@pytest.mark.parametrize("text", ["The Orla side won 3-1 at home in Varnholm.",
                                  "Between 20-30 dockworkers in Varnholm walked out."])
def test_a_dash_between_figures_is_no_minus_sign(figures, text):
    assert figures(text, text) == []


def test_a_day_told_without_its_month_parts_the_periods_of_figures(figures):
    talks = "Talks between the union and Orla Shipping on 3 February drew 400 dockworkers in Varnholm."
    assert figures(talks, "The strike by the union against Orla Shipping that began on the 7th has drawn 900 "
                          "dockworkers in Varnholm.") == []
    assert figures(talks, "The strike by the union against Orla Shipping that began on the 7th, when 900 dockworkers "
                          "in Varnholm walked out, goes on.") == []


def test_a_day_told_without_its_month_is_no_date_difference_of_its_own(figures):
    assert figures("The dockworkers' strike against Orla Shipping in Varnholm began on 3 February.",
                   "The dockworkers' strike against Orla Shipping in Varnholm began on the 7th.", "date") == []


def test_an_ordinal_day_of_a_month_is_a_date(figures):
    assert figures("The dockworkers' strike against Orla Shipping in Varnholm began on February 3.",
                   "The dockworkers' strike against Orla Shipping in Varnholm began on the 7th of February.", "date") \
        == [("February 3", "7th of February")]


def test_an_ordinal_before_a_noun_is_no_day(figures):
    assert figures("The dockworkers met on the 7th floor of Orla Shipping in Varnholm on February 3.",
                   "The dockworkers met on the 9th floor of Orla Shipping in Varnholm on February 3.") \
        == [("7th floor", "9th floor")]


def test_two_changes_still_disagree(figures):
    assert figures("The Orla central bank raised its key rate by 25 basis points to 4.5%.",
                   "The Orla central bank raised its key rate by 50 basis points to 4.75%.") \
        == [("25 basis points", "50 basis points"), ("4.5%", "4.75%")]


def test_a_vague_plural_is_as_far_from_a_figure_as_its_orders_of_magnitude(figures):
    """"Thousands" (2,000 to 99,999) is some 14,000 on the scale of orders of magnitude, not
    51,000: within reach of "about 500", which it contradicts."""
    assert figures("Thousands of people marched in Varnholm on Sunday.", "About 500 people marched in Varnholm on Sunday.") \
        == [("Thousands of people", "About 500 people")]
