"""Figures and dates as the differ reads them: number words, units, ranges, percentages,
money, hedges, dates with and without years."""

import math

import pytest

from reader.differ.quantities import Tokens, dates_agree, quantities, values_agree


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


def test_ranges():
    written, q = one("between 20 and 30 people were arrested")
    assert written == "between 20 and 30 people" and q.lo <= 25 <= q.hi and q.hi < 40
    written, q = one("Between 2016 and 2020, Israel supplied arms")
    assert q.kind == "date" and q.date[:2] == (2016, 2020)


def test_percentages():
    assert [(w, q.unit, q.lo) for w, q in read("69% of its arms and 17 per cent of exports")] == [
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
