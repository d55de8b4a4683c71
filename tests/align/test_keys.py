"""What a unit's keys say about numbers and dates: anchors only where they mean the same."""

from reader.align import Glossary
from reader.align.features import unit_features


def _keys(text):
    return set(unit_features(text, Glossary()))


def test_a_day_of_the_month_is_one_date_with_its_month():
    told = _keys("On January 27, the channel broadcast an episode.")
    other = _keys("There, on January 18th, she spoke. On February 27, the minister replied.")
    assert {"n:month1", "n:month1-27"} <= told and "n:27" not in told
    # the same month is shared; the same day number in another month is not
    assert {k for k in told & other if k.startswith("n:")} == {"n:month1"}
    assert _keys("during the night of 1 to 2 April") >= {"n:1", "n:month4", "n:month4-2"}
    # a month with its year is that month of that year: April 2016 is not April 2023
    assert not {k for k in _keys("in April 2016") & _keys("in April 2023") if "month" in k}
    assert {"n:2016-month4", "n:2016-month4-2"} <= _keys("on 2 April 2016")
    assert "n:month4-2" in _keys("on April 02")


def test_a_date_is_shown_whole_as_evidence():
    text = "On January 27, and again on 2 April, the channel broadcast an episode."
    feats = unit_features(text, Glossary())
    assert text[feats["n:month1-27"].lo : feats["n:month1-27"].hi] == "January 27"
    assert text[feats["n:month4-2"].lo : feats["n:month4-2"].hi] == "2 April"
    assert text[feats["n:month1"].lo : feats["n:month1"].hi] == "January"


def test_ordinals_are_numbers_and_leave_no_suffix_word():
    keys = _keys("They met on the 18th floor of the 117th Street building.")
    assert {"n:18|floor", "n:117|street"} <= keys
    assert not {"w:th", "w:18th"} & keys


def test_numbers_that_are_not_days_stay_anchors():
    keys = _keys("Some 28,000 people left 27 villages in 2023; 69% of them by road.")
    assert {"n:28000|person", "n:27|villag", "n:2023", "n:69%"} <= keys
    assert {"n:month4", "n:32", "n:00"} <= _keys("April 32, April 00")
    assert "n:month5-3" in _keys("3 May")  # beside a day, May is the month
    assert not {k for k in _keys("It may rain, they March on, Jan Brewer and April Ryan said.") if k.startswith("n:")}
    assert _keys("April ¹ and ٣ April")  # digits beyond ASCII are numbers, never days


def test_a_number_matches_a_number_of_the_same_thing():
    killed, miles = _keys("At least 200 were killed."), _keys("The road runs 200 miles.")
    assert not {k for k in killed & miles if k.startswith("n:")}
    assert {k for k in killed & _keys("Some 200 killed in the raid.") if k.startswith("n:")} == {"n:200|kill"}
    assert "n:4.85|billion" in _keys("a deal worth $4.85 billion")
    assert "n:1991" in _keys("in 1991, the war")  # a year is a date, not a count
