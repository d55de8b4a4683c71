"""The shared "did you mean" hint used by config, theme and colour messages."""

from reader.config.hints import did_you_mean


def test_close_word_gets_the_nearest_candidate_quoted():
    assert did_you_mean("folow", ["theme", "follow", "keys"]) == " (did you mean 'follow'?)"


def test_nothing_close_gives_an_empty_hint():
    assert did_you_mean("zzzz", ["theme", "follow"]) == ""
    assert did_you_mean("theme", []) == ""


def test_any_iterable_of_names_is_accepted():
    assert did_you_mean("blu", {"blue": (0, 0, 255), "red": (255, 0, 0)}) == " (did you mean 'blue'?)"
    assert did_you_mean("primay", iter(("primary", "accent"))) == " (did you mean 'primary'?)"
