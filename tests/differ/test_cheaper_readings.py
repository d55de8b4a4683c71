"""The differ's cheaper readings say what the plainer ones they replace said: an index of a
passage's abbreviations made once instead of a scan of them for every name of the other side,
and patterns that open with what the engine can skip to instead of a look behind. (What the
differ then reports is test_short_forms.py's and test_unchanged.py's.)"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.differ.differences import _DOTTED, _abbreviated_there, _short_forms
from reader.differ.quantities import _DECIMAL_COMMA, _DECIMAL_COMMA_LANGUAGES, grouped_digits


def _plain_abbreviated_there(initials: str, abbreviations: list[str], city: bool) -> bool:
    """Each initials as written, or with one character more: a version's digit, or the "C" of
    "City" where `city` (the reading before the index)."""
    return any(each in abbreviations
               or any(len(a) == len(each) + 1 and a.startswith(each) and (a[-1] == "C" and city or a[-1].isdigit())
                      for a in abbreviations)
               for each in initials.split())


_LETTERS = st.text(alphabet="ABCNY6", min_size=2, max_size=5)


@settings(max_examples=300)
@given(st.lists(_LETTERS, max_size=4), st.lists(_LETTERS, min_size=1, max_size=2).map(" ".join), st.booleans())
def test_the_index_of_abbreviations_finds_what_a_scan_of_them_finds(abbreviations, initials, city):
    assert _abbreviated_there(initials, _short_forms(abbreviations), city) == _plain_abbreviated_there(
        initials, abbreviations, city)


def test_the_index_tells_a_version_and_a_city_apart():
    forms = _short_forms(["IE6", "NYC"])
    assert _abbreviated_there("IE", forms, False)  # "Internet Explorer": "IE6"
    assert _abbreviated_there("NY", forms, True)  # "New York": "NYC"
    assert not _abbreviated_there("UN", _short_forms(["UNC"]), False)  # "United Nations" is no city


_DIGITS_AND_SEPARATORS = st.text(alphabet="0123456789٣., '’\u00a0\u202fa", max_size=18)


@settings(max_examples=300)
@given(_DIGITS_AND_SEPARATORS, st.sampled_from(["en", "de", "fr", None]))
def test_digit_groups_are_read_as_the_look_behind_patterns_read_them(text, language):
    def plain(text: str) -> str:
        def commas(m: re.Match) -> str:
            return re.sub(r"\D", ",", m.group())

        text = re.sub(r"(?<![\d.,])\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d|[.,]\d)", commas,
                      text.translate({ord("٣"): "3"}))
        text = re.sub(r"(?<![\d.,'’])\d{1,3}(?:['’]\d{3})+(?!\d|[.,'’]\d)", commas, text)
        if language != "en":
            text = re.sub(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d|[.,]\d)", commas, text)
        if language == "de":
            text = re.sub(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?!\d|[.,]\d)", commas, text)
        if language in _DECIMAL_COMMA_LANGUAGES:  # then the decimal comma, a rule of its own
            text = _DECIMAL_COMMA.sub(r"\1.", text)
        return text

    assert grouped_digits(text, language) == plain(text)


@settings(max_examples=300)
@given(st.text(alphabet="ABU.. a1é", max_size=14))
def test_dotted_abbreviations_are_found_as_after_a_look_behind(text):
    assert [m.group() for m in _DOTTED.finditer(text)] == re.findall(r"(?<![\w.])(?:[A-Z]\.){2,}", text)

