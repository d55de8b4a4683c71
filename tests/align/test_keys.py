"""What a unit's keys say about numbers and dates: anchors only where they mean the same."""

from reader.align import Glossary
from reader.align.features import unit_features


def _keys(text):
    return set(unit_features(text, Glossary()))


def test_a_day_of_the_month_is_one_date_with_its_month():
    told = _keys("On January 27, the channel broadcast an episode.")
    other = _keys("There, on January 18th 2023, she spoke. On February 27, the minister replied.")
    assert {"n:month1", "n:month1-27"} <= told and "n:27" not in told
    # the same month is shared; the same day number in another month is not
    assert {k for k in told & other if k.startswith("n:")} == {"n:month1"}
    assert _keys("during the night of 1 to 2 April") >= {"n:1", "n:month4", "n:month4-2"}
    assert "n:month4-2" in _keys("on April 02")


def test_a_date_is_shown_whole_as_evidence():
    text = "On January 27, and again on 2 April, the channel broadcast an episode."
    feats = unit_features(text, Glossary())
    assert text[feats["n:month1-27"].lo : feats["n:month1-27"].hi] == "January 27"
    assert text[feats["n:month4-2"].lo : feats["n:month4-2"].hi] == "2 April"
    assert text[feats["n:month1"].lo : feats["n:month1"].hi] == "January"


def test_ordinals_are_numbers_and_leave_no_suffix_word():
    keys = _keys("They met on the 18th floor of the 117th Street building.")
    assert {"n:18", "n:117"} <= keys
    assert not {"w:th", "w:18th"} & keys


def test_numbers_that_are_not_days_stay_anchors():
    keys = _keys("Some 28,000 people left 27 villages in 2023; 69% of them by road.")
    assert {"n:28000", "n:27", "n:2023", "n:69%"} <= keys
    assert {"n:month4", "n:32", "n:00"} <= _keys("April 32, April 00")
    assert "n:month5-3" not in _keys("3 May")  # "may" is too often the verb to be a month
    assert _keys("April ¹ and ٣ April")  # digits beyond ASCII are numbers, never days
