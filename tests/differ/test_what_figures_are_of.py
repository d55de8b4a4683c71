"""Two figures of one unit disagree only when they are figures of one thing: what the sum is
called, by its noun or by the verb that tells it ("loses 3.4 million francs a year" is a loss,
"in debt repayments" a repayment), and what the figure is said of, the subject of the verb
of being, having or holding before it ("A cable car can take fourteen skiers" / "The chairlift
takes eight skiers"), not who did something to what it counts ("The officers arrested"), and
whether it is what a thing has room for or what it carries ("room for twelve passengers" /
"carries nine passengers"). Two
figures of two things say nothing; one thing told with two figures still disagrees, and so does
one gathering two sides call by two names when the name is the subject of one verb ("A crowd of
4,000 people gathered" / "A march of 9,000 people gathered"), though never two measures of a
sum ("A loss of 3 million francs" / "A profit of 9 million francs")."""

import pytest


@pytest.mark.parametrize("a, b", [
    # a loss against a repayment: one currency, one rate, two sums
    ("The mill loses 3.4 million francs a year on the contract.",
     "The mill pays 40 million francs a year in debt repayments on the contract."),
    ("The mill loses 3.4 million francs a year on the contract.",
     "The mill pays 40 million francs a year to repay the contract."),
    ("The museum loses £1.2 million a year on its café.",
     "The museum pays £9 million a year in loan repayments on its café."),
    # a budget against a debt
    ("The school's budget is $8 million a year, the council said.",
     "The school's debt is $30 million a year, the council said."),
    # a capacity against a load
    ("A cable car can take fourteen skiers up the slope.", "The chairlift takes eight skiers on average up the slope."),
    ("A minibus can seat sixteen pupils on the school run.",
     "The coach carries thirty pupils on average on the school run."),
    ("The cable car has a capacity of fourteen skiers up the slope.",
     "The cable car carries an average load of eight skiers up the slope."),
    # a share two rivals won
    ("The incumbent won 41% of the vote in the district.", "The challenger won 35% of the vote in the district."),
    # the head of what a sum is "in": aid is not loans, however military both are
    ("Tarnovia received $2 billion in military aid last year.",
     "Tarnovia received $3 billion in military loans last year."),
])
def test_figures_of_two_things_say_nothing(figures, a, b):
    assert figures(a, b) == []
    assert figures(b, a) == []


@pytest.mark.parametrize("a, b, found", [
    ("The storm killed 200 people in the valley overnight.", "The storm killed 300 people in the valley overnight.",
     [("200 people", "300 people")]),
    ("The landslide buried 40 homes in the village.", "The landslide buried 65 homes in the village.",
     [("40 homes", "65 homes")]),
    ("The army began a two-day offensive in the north.", "The army began a 24-hour offensive in the north.",
     [("two-day", "24-hour")]),
    # one thing, by its verb and by its noun
    ("A loss of 3 million francs a year hit the mill.", "The mill loses 9 million francs a year, the tribunal heard.",
     [("3 million francs a year", "9 million francs a year")]),
    ("The mill pays 12 million francs a year in repayments.", "The mill repays 15 million francs a year.",
     [("12 million francs a year", "15 million francs a year")]),
    # one holder, one figure each
    ("The ferry carries about nine passengers on each crossing.",
     "The ferry carries around 30 passengers on each crossing.",
     [("about nine passengers", "around 30 passengers")]),
    ("The hospital's budget is $8 million a year, the board said.",
     "The hospital's budget is $11 million a year, the board said.", [("$8 million a year", "$11 million a year")]),
    ("Tarnovia received $2 billion in military aid last year.", "Tarnovia received $3 billion in aid last year.",
     [("$2 billion", "$3 billion")]),
    # who tells a count, or did something to what it counts, is not what it counts
    ("The officers arrested 40 people at the rally.", "The police arrested 60 people at the rally.",
     [("40 people", "60 people")]),
    ("Organisers counted 5,000 marchers in the square.", "The police estimated 2,000 marchers in the square.",
     [("5,000 marchers", "estimated 2,000 marchers")]),
    ("The army reported 200 soldiers died in the assault.", "The ministry reported 300 soldiers died in the assault.",
     [("200 soldiers", "300 soldiers")]),
    ("Shelling killed 14 civilians in the market, the mayor said.",
     "Air strikes killed 40 civilians in the market, the mayor said.", [("14 civilians", "40 civilians")]),
    # a subject that names no measure ("total", "figure", "toll") is no holder, as it is no name
    ("The total is 40 people in the shelter.", "The figure is 52 people in the shelter.",
     [("40 people", "52 people")]),
    ("The tally is 12 boats in the harbour.", "The total is 20 boats in the harbour.", [("12 boats", "20 boats")]),
    ("The toll was 18 miners at the pit.", "The count was 25 miners at the pit.", [("18 miners", "25 miners")]),
    ("The figure was 30 stalls at the fair.", "The count was 45 stalls at the fair.", [("30 stalls", "45 stalls")]),
])
def test_one_thing_told_with_two_figures_still_disagrees(figures, a, b, found):
    assert figures(a, b) == found


@pytest.mark.parametrize("a, b, found", [
    # one gathering, called a crowd by one side and a march or a rally by the other
    ("A crowd of 4,000 people gathered in the square.", "A march of 9,000 people gathered in the square.",
     [("4,000 people", "9,000 people")]),
    ("Police said a rally of 2,500 supporters filled the stadium in Tarnov.",
     "Organisers said a crowd of 6,000 supporters filled the stadium in Tarnov.",
     [("2,500 supporters", "6,000 supporters")]),
    # one strike's pickets, a picket to one side and a picket line to the other
    ("On Monday, a picket of 40 strikers blocked the gates of the bottling plant.",
     "On Monday, a picket line of 150 strikers blocked the gates of the bottling plant.",
     [("40 strikers", "150 strikers")]),
])
def test_one_gathering_called_two_names_still_disagrees(figures, a, b, found):
    assert figures(a, b) == found
    assert figures(b, a) == [(y, x) for x, y in found]


@pytest.mark.parametrize("a, b", [
    # two names that do two things, or that are what something has, stay two counts
    ("A protest of 300 farmers marched through the town centre.", "A convoy of 900 farmers drove through the town centre."),
    ("The union put a picket of 40 strikers at the gates of the plant.",
     "The union put a line of 150 strikers at the gates of the plant."),
])
def test_two_names_of_two_deeds_say_nothing(figures, a, b):
    assert figures(a, b) == []
    assert figures(b, a) == []


@pytest.mark.parametrize("a, b", [
    # what a thing has room for, or can hold, against what it holds or carries on a day
    ("The ferry has room for twelve passengers on each crossing.", "The ferry carries nine passengers on each crossing."),
    ("The ferry has space for twelve passengers on each crossing.",
     "The ferry carries about nine passengers on each crossing."),
    ("The ferry has a capacity of twelve passengers on each crossing.",
     "The ferry carries nine passengers on each crossing."),
    ("The ferry can carry up to twelve passengers, the operator said.",
     "The ferry carried 30 passengers when it sank, the operator said."),
    ("The hall has seating for 400 guests at the gala.", "The hall welcomed 250 guests at the gala."),
    ("The hall seats 400 guests at the gala.", "The hall welcomed 250 guests at the gala."),
    ("The stadium can hold 40,000 fans for the final.", "About 25,000 fans watched the final at the stadium."),
    ("The shelter in Tarnov has beds for 200 people, the mayor said.",
     "The shelter in Tarnov housed 350 people on Tuesday night, the mayor said."),
    ("The new terminal is able to handle 9,000 containers a day, the port said.",
     "The new terminal handled 6,500 containers a day in May, the port said."),
])
def test_a_capacity_and_a_load_say_nothing(figures, a, b):
    assert figures(a, b) == []
    assert figures(b, a) == []


@pytest.mark.parametrize("a, b, found", [
    # two capacities of one thing, however each is told, still disagree; so do two loads
    ("The ferry has room for twelve passengers on each crossing.",
     "The ferry has room for nine passengers on each crossing.", [("twelve passengers", "nine passengers")]),
    ("The stadium has a capacity of 60,000 fans for the final.", "The stadium can hold 40,000 fans for the final.",
     [("60,000 fans", "40,000 fans")]),
    ("The hall seats 400 guests at the gala.", "The hall has seating for 600 guests at the gala.",
     [("400 guests", "600 guests")]),
    ("The ferry carried 30 passengers when it sank, the operator said.",
     "The ferry carried 52 passengers when it sank, the operator said.", [("30 passengers", "52 passengers")]),
])
def test_two_capacities_still_disagree(figures, a, b, found):
    assert figures(a, b) == found
    assert figures(b, a) == [(y, x) for x, y in found]


@pytest.mark.parametrize("a, b", [
    # two measures of one currency, each the subject of one verb: a loss is no profit, revenue no
    # profit, a bill no budget, whatever currency, symbol or word, and whatever the rate
    ("A loss of 3 million francs a year hit the mill.", "A profit of 9 million francs a year hit the mill."),
    ("A loss of 3 million francs hit the mill this year.", "A profit of 9 million francs hit the mill this year."),
    ("A loss of $3 million a year hit the mill.", "A profit of $9 million a year hit the mill."),
    ("Revenue of 30 million manat flowed to the state fund in May.",
     "A profit of 9 million manat flowed to the state fund in May."),
    ("A bill of 3 million shekels reached the ministry, officials said.",
     "A budget of 9 million shekels reached the ministry, officials said."),
    ("A cost of 40 million yen fell on the town, the mayor said.",
     "A price of 55 million yen fell on the town, the mayor said."),
    # a sum lost against one made
    ("The mill lost 3 million francs this year.", "The mill made 9 million francs this year."),
])
def test_two_measures_of_one_currency_say_nothing(figures, a, b):
    assert figures(a, b) == []
    assert figures(b, a) == []


@pytest.mark.parametrize("a, b, found", [
    # one measure told with two sums still disagrees
    ("A loss of 3 million francs a year hit the mill.", "A loss of 9 million francs a year hit the mill.",
     [("3 million francs a year", "9 million francs a year")]),
    ("A profit of 30 million manat flowed to the state fund in May.",
     "A profit of 9 million manat flowed to the state fund in May.", [("30 million manat", "9 million manat")]),
    ("The mill made 9 million francs this year.", "The mill earned 14 million francs this year.",
     [("9 million francs", "14 million francs")]),
])
def test_one_measure_of_a_currency_still_disagrees(figures, a, b, found):
    assert figures(a, b) == found
    assert figures(b, a) == [(y, x) for x, y in found]


def test_who_made_a_thing_is_no_sum_made(figures):
    """A verb that names a sum ("made 9 million francs") names none after "by": that is who did it."""
    assert figures("The cars were made by 400 workers at the plant.",
                   "A team of 600 workers built the cars at the plant.") == [("400 workers", "600 workers")]
