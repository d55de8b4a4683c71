"""Figures and dates as the differ reads them: number words, units, ranges, percentages,
money, hedges, dates with and without years."""

import math

import pytest

from reader.differ.quantities import Tokens, dates_agree, grouped_digits, quantities, values_agree


def read(text: str) -> list[tuple[str, object]]:
    """(written text, quantity) for each figure or date in `text`."""
    tokens = Tokens(text, {})
    return [(text[slice(*tokens.char_span(q.first, q.last))], q) for q in quantities(tokens)]


def one(text: str):
    found = read(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "value"), [
    ("a two-day military offensive", 48),
    ("a 24-hr lightning offensive", 24),
    ("fighting went on for three weeks", 3 * 168),
    ("a 44-day war", 44 * 24),
])
def test_durations_are_hours(text, value):
    _written, q = one(text)
    assert q.unit == "time" and q.lo == q.hi == value


def test_a_change_and_the_level_it_reached_are_two_figures_not_a_range():
    found = read("Revenue rose 23% to $412 million; sales fell 5% to 1,200 units.")
    assert [(written, q.unit) for written, q in found] == [("23%", "%"), ("$412 million", "$"), ("5%", "%"),
                                                           ("1,200 units", "unit")]
    assert [written for written, _q in read("between 20% and 30% of voters, from $5 to $7 a share")] \
        == ["between 20% and 30%", "from $5 to $7"]


def test_an_ordinal_of_a_unit_is_a_point_not_a_duration():
    written, q = one("Okafor scored in the 67th minute to put the side ahead")
    assert written == "67th minute" and (q.lo, q.hi) == (67, 67) and q.unit != "time"
    assert one("the match lasted 67 minutes")[1].unit == "time"
    assert read("the 67th anniversary of the club") == []


def test_number_words():
    assert one("twenty-five soldiers died")[1].lo == 25
    assert one("a dozen drones were shot down")[1].lo == 12
    hundreds = one("hundreds of missiles were fired")[1]
    assert (hundreds.lo, hundreds.hi, hundreds.unit) == (200, 999, "missil")
    assert read("one of the outcomes of the crisis") == []  # "one" as a pronoun counts nothing
    assert read("dozen") == []


def test_counted_nouns_and_people():
    written, q = one("More than 200 ethnic Armenians were killed")
    assert written == "More than 200 ethnic Armenians"
    assert q.unit == "people" and q.hi == math.inf and 150 < q.lo <= 200
    assert one("some 600 missiles arrived")[1].unit == "missil"
    assert one("compared to 31 the day before")[1].unit == ""  # a bare figure: never paired


def test_a_compound_of_a_role_counts_that_role():
    """"dockworkers" are workers, "schoolchildren" children; "coworkers" is too short a compound."""
    q = one("1,400 dockworkers walked out")[1]
    assert (q.unit, q.people) == ("people", "worker")
    assert one("300 schoolchildren were sent home")[1].people == "child"
    assert one("12 coworkers signed")[1].unit == "coworker"


def test_pounds_and_euros_before_the_figure_are_money_of_their_currency():
    written, q = one("a £2 million fund for families")
    assert (written, q.unit, q.lo < 2e6 < q.hi) == ("£2 million", "£", True)
    assert one("€12 million for training")[1].unit == "€"
    assert one("$5 million in aid")[1].unit == "$"
    assert one("a fine of £2019")[1].kind == "number"  # money, not a year


def test_an_hour_of_the_day_is_no_count():
    """"at 6am" after "900 workers" in one clause is the time they walked out, not 6 workers (a
    time of day of its own)."""
    for text in ("900 dockers walked out at 6am on Monday", "900 dockers walked out at 6 a.m. on Monday",
                 "900 dockers walked out at 11 PM"):
        assert [written for written, q in read(text) if q.unit != "clock"] == ["900 dockers"]


def test_rounding_and_hedges():
    two_hundred = one("200 people were killed")[1]
    assert two_hundred.lo < 213 < two_hundred.hi  # a round figure covers its rounding
    assert one("213 people were killed")[1].lo == 213
    nearly = one("nearly 300 people were injured")[1]
    assert 150 < nearly.lo < 250 and nearly.hi >= 300  # a little under, with 300's rounding
    assert one("nearly two hours")[1].lo == 1.5
    assert one("up to 300 people were injured")[1].lo == 0  # open below
    twenty, thirty = one("20 people died")[1], one("30 people died")[1]
    assert not values_agree(twenty, thirty)


def test_a_one_and_its_zeros_stands_for_a_quarter_either_side_as_other_round_figures_do():
    """Police count 5,000, organisers 10,000: a figure of one and zeros is no wider than "200"
    is (a quarter either side), so the two disagree; near figures still meet it."""
    ten_thousand = one("10,000 people marched")[1]
    assert not values_agree(one("5,000 people marched")[1], ten_thousand)
    assert not values_agree(one("6 people died")[1], one("10 people died")[1])
    for near in ("8,000 people marched", "12,000 people marched", "about 9,000 people marched"):
        assert values_agree(one(near)[1], ten_thousand), near
    assert values_agree(one("100 people died")[1], one("120 people died")[1])


def test_ranges():
    written, q = one("between 20 and 30 people were arrested")
    assert written == "between 20 and 30 people" and q.lo <= 25 <= q.hi and q.hi < 40
    written, q = one("Between 2016 and 2020, Israel supplied arms")
    assert q.kind == "date" and q.date[:2] == (2016, 2020)


def test_percentages():
    assert [(w, q.unit, round(q.lo + q.hi) / 2) for w, q in read("69% of its arms and 17 per cent of exports")] == [
        ("69%", "%", 69), ("17 per cent", "%", 17)]
    assert one("40 percent of the oil")[1].unit == "%"


def test_money():
    written, q = one("it bought $4.85 billion worth of weapons")
    assert written == "$4.85 billion" and q.unit == "$"
    assert q.lo < 4.85e9 < q.hi and q.hi - q.lo < 0.02e9
    written, q = one("a deal worth 3 million dollars")
    assert q.unit == "$" and q.lo <= 3e6 <= q.hi


@pytest.mark.parametrize(("text", "written", "fields"), [
    ("On January 18th 2023, she took part", "January 18th 2023", (2023, 2023, 1, 18, 18)),
    ("On April 5, after the ceasefire", "April 5", (0, 0, 4, 5, 5)),
    ("on 5 April 2016 the war stopped", "5 April 2016", (2016, 2016, 4, 5, 5)),
    ("During the night of 1 to 2 April, the shelling", "1 to 2 April", (0, 0, 4, 1, 2)),
    ("Last year in April 2016, Azerbaijan received", "April 2016", (2016, 2016, 4, 0, 0)),
    ("since his death in 1992. Who", "1992", (1992, 1992, 0, 0, 0)),
    ("Back in the 1920's about the same time", "1920's", (1920, 1929, 0, 0, 0)),
    ("as of Sept. 26 to flee", "Sept. 26", (0, 0, 9, 26, 26)),
    ("after the events of April 1-5.", "April 1-5", (0, 0, 4, 1, 5)),
    ("from April 1 to 5 they fought", "April 1 to 5", (0, 0, 4, 1, 5)),
    ("on April 5 - 2016 was the year", "April 5 - 2016", (2016, 2016, 4, 5, 5)),
])
def test_dates(text, written, fields):
    got_written, q = one(text)
    assert (got_written, q.kind, q.date) == (written, "date", fields)


def test_may_the_verb_is_no_date():
    assert [w for w, _q in read("May 5 came, and the plan may fail")] == ["May 5"]


def test_dates_agree_on_every_field_both_give():
    assert dates_agree((2016, 2016, 4, 0, 0), (0, 0, 4, 2, 2))  # "April 2016" / "2 April"
    assert dates_agree((2016, 2020, 0, 0, 0), (2018, 2018, 3, 1, 1))
    assert not dates_agree((2016, 2016, 0, 0, 0), (2020, 2020, 0, 0, 0))
    assert not dates_agree((0, 0, 4, 5, 5), (0, 0, 4, 6, 6))
    assert not dates_agree((2023, 2023, 9, 0, 0), (2023, 2023, 10, 0, 0))


def test_a_year_that_counts_money_or_people_is_no_date():
    assert one("it cost $2000 to fix")[1].kind == "number"
    assert one("some 1500 soldiers were sent")[1].unit == "people"


def test_a_nul_in_the_text_reads_as_a_space():
    """Tokens are joined by NUL inside the reader of figures: one in the text must not shift them."""
    with_nul = read("On April 5\0. In 2016, 200 people\0fled; a two-day\0war.")
    with_space = read("On April 5 . In 2016, 200 people fled; a two-day war.")
    assert [q for _w, q in with_nul] == [q for _w, q in with_space] and len(with_nul) == 4


@pytest.mark.parametrize("text", [
    "The vote was on April 5.\nTo 20 of them it came late.",  # a clause ends between the two
    "On April 3 - 12 people were killed.",  # a dash with space around it is a pause
    "From April 5 to 10 delegates came.",  # the second figure counts delegates
])
def test_a_day_is_no_range_across_a_clause_or_into_a_count(text):
    found = [q for q in quantities(Tokens(text, {})) if q.kind == "date"]
    assert len(found) == 1 and found[0].date[3] == found[0].date[4]  # one day, not a span
    assert len(quantities(Tokens(text, {}))) == 2  # and the figure after it is kept


@pytest.mark.parametrize("text", ["The talks of April 1-5 ended.", "The talks of April 1–5 ended.",
                                  "The events of April 1 to 5 ended."])
def test_a_span_of_days(text):
    (q,) = quantities(Tokens(text, {}))
    assert (q.date[3], q.date[4]) == (1, 5)


@pytest.mark.parametrize(("text", "value"), [
    ("Three hundred and twelve civilians were killed", 312),
    ("one hundred and five people", 105),
    ("three hundred twelve people", 312),
    ("fifteen hundred troops", 1500),
    ("two thousand five hundred troops", 2500),
    ("three hundred and twelve thousand people", 312_000),
])
def test_numbers_in_words_with_hundreds_and_and(text, value):
    _written, q = one(text)
    assert q.kind == "number" and q.unit == "people" and q.lo <= value <= q.hi and q.hi - q.lo < 0.1 * value


def test_a_number_in_words_is_never_a_year():
    """Prose writes its years in digits: "two thousand and twenty" is a count."""
    written, q = one("two thousand and twenty refugees crossed")
    assert (written, q.kind, q.unit) == ("two thousand and twenty refugees", "number", "people")
    assert q.lo <= 2020 <= q.hi
    assert [q.kind for _w, q in read("It happened in two thousand and twenty.")] == ["number"]


def test_an_and_that_opens_another_hundred_joins_a_range():
    written, q = one("between three hundred and four hundred people")
    assert written == "between three hundred and four hundred people"
    assert q.lo < 300 and q.hi > 400
    _written, q = one("between two thousand and three thousand people")
    assert q.lo < 2000 and q.hi > 3000


@pytest.mark.parametrize(("text", "written", "date"), [
    ("The army crossed on 2021-03-14 at dawn.", "2021-03-14", (2021, 2021, 3, 14, 14)),
    ("The army crossed on 14/03/2021 at dawn.", "14/03/2021", (2021, 2021, 3, 14, 14)),
    ("The army crossed on 3/14/2021 at dawn.", "3/14/2021", (2021, 2021, 3, 14, 14)),
    ("The army crossed on 14.03.2021 at dawn.", "14.03.2021", (2021, 2021, 3, 14, 14)),
    # both fields twelve or under: the 4th of March or April 3rd, so only the year is read
    ("The army crossed on 04/03/2021 at dawn.", "04/03/2021", (2021, 2021, 0, 0, 0)),
    # months of other languages, after a day: Spanish, French, German, Italian, Portuguese
    ("El 14 de marzo de 2021, soldados cruzaron el puente.", "14 de marzo de 2021", (2021, 2021, 3, 14, 14)),
    ("Los observadores llegaron el 17 de marzo.", "17 de marzo", (0, 0, 3, 17, 17)),
    ("Le 14 mars 2021, des soldats ont franchi le pont.", "14 mars 2021", (2021, 2021, 3, 14, 14)),
    ("Am 14. März 2021 überquerten Soldaten die Brücke.", "14. März 2021", (2021, 2021, 3, 14, 14)),
    ("Il 14 marzo 2021 i soldati hanno attraversato il ponte.", "14 marzo 2021", (2021, 2021, 3, 14, 14)),
    ("Em 14 de março de 2021, soldados atravessaram a ponte.", "14 de março de 2021", (2021, 2021, 3, 14, 14)),
])
def test_dates_in_figures_and_in_other_languages(text, written, date):
    found = one(text)
    assert (found[0], found[1].kind, found[1].date) == (written, "date", date)


def test_figures_with_slashes_or_hyphens_are_no_dates():
    assert all(q.kind == "number" for _w, q in read("Scores of 3/4 and a 2-1 win."))
    assert [(w, q.date[:2]) for w, q in read("The 2021-22 season began.") if q.kind == "date"] \
        == [("2021-22", (2021, 2022))]


def test_a_month_of_another_language_is_never_a_counted_noun():
    """"14 Marzo" that is no date we read is a bare figure, not a count of "Marzo"; "2 Mars
    rovers" (a capital, no "de", no year) is no date."""
    assert [(w, q.kind, q.unit) for w, q in read("El 14 Marzo fue el día.")] == [("14", "number", "")]
    assert [q.kind for _w, q in read("NASA sent 2 Mars rovers.")] == ["number"]


@pytest.mark.parametrize("text", [
    "Last updated 13:26 14/09/2013 The minister said so.",
    "SEPTEMBER 16, 2013 11:12AM The minister said so.",
    "Posted on January 5, 2011 The minister said so.",
])
def test_a_page_time_stamp_is_not_read(text):
    assert [q for _w, q in read(text) if q.kind == "date"] == []


def test_a_clock_time_the_story_tells_leaves_its_date():
    assert [w for w, q in read("At 5:30 on March 14 the soldiers crossed.") if q.kind == "date"] == ["March 14"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("1\u00a0200 familles", "fr", "1,200 familles"),  # a no-break space groups digits in any language
    ("1\u202f200 families", "en", "1,200 families"),
    ("1 200 familles et 4 000 maisons", "fr", "1,200 familles et 4,000 maisons"),
    ("1 234 567 euros", "fr", "1,234,567 euros"),
    ("on March 14 200 people fled", "en", "on March 14 200 people fled"),  # a day and a count in English
    ("en 2020 200 personnes", "fr", "en 2020 200 personnes"),  # a year is no group of three
    ("4.000 Häuser und 1.000.000 Euro am 14.03.2021", "de", "4,000 Häuser und 1,000,000 Euro am 14.03.2021"),
    ("4.000 miles", "en", "4.000 miles"),
])
def test_digits_grouped_by_thousands_as_a_language_writes_them(text, language, expected):
    out = grouped_digits(text, language)
    assert out == expected and len(out) == len(text)  # offsets stay the text's


@pytest.mark.parametrize(("text", "written", "value"), [
    ("arms exports have tripled since", "tripled", 3),
    ("a twofold rise in prices", "twofold", 2),
    ("a three-fold rise in prices", "three-fold", 3),
    ("wages halved last winter", "halved", 0.5),
    ("he was arrested twice", "twice", 2),
    ("exports rose three times over", "three times", 3),
])
def test_multiples_are_figures_of_their_own_unit(text, written, value):
    found, q = one(text)
    assert (found, q.lo, q.hi, q.unit) == (written, value, value, "times")


def test_times_are_no_durations_and_doubling_down_is_no_figure():
    assert one("he was arrested three times")[1].unit != one("the talks lasted three hours")[1].unit
    assert read("the minister doubled down on his claim") == []
