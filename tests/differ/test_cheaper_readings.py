"""The differ's cheaper readings say what the plainer ones they replace said: an index of a
passage's abbreviations made once instead of a scan of them for every name of the other side,
and patterns that open with what the engine can skip to instead of a look behind. (What the
differ then reports is test_short_forms.py's and test_unchanged.py's.)"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.differ import Differ
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



# -- per-passage readings made once instead of on every link ------------------------------------

def _plain_unvouched(indices, found, unit, units, other, totals):
    """Figures no figure of the other side vouches for, its intervals made again on every link
    (the reading before PassageProfile.vouching)."""
    from reader.differ.differences import _BARE, _READINGS, _read_as, _share_a_field
    from reader.differ.quantities import values_agree
    same = units.get(unit, ())
    if unit in _READINGS:
        return [i for i in indices if not any(lo <= found[i].hi and found[i].lo <= hi
                                              for lo, hi in _read_as(unit, units, other))]
    if unit[0] == "date":
        return [i for i in indices
                if not any(values_agree(found[i], other[j]) and _share_a_field(found[i], other[j]) for j in same)]
    spans = [(other[j].lo, other[j].hi) for j in (*same, *units.get(_BARE, ()))]
    spans += totals.get(unit, ())
    spans += [(-other[j].hi, -other[j].lo) for j in same if other[j].falls]
    return [i for i in indices if not any(lo <= found[i].hi and found[i].lo <= hi
                                          or found[i].falls and lo <= -found[i].lo and -found[i].hi <= hi
                                          for lo, hi in spans)]


_TOLD = [
    "Sales fell 12% to $4.1 billion in March 2021, and 300 people were hired.",
    "Revenue dropped -12% while costs were £5,000 in fees and £2,000 in compensation.",
    "It was 25 °C in Varnholm on 3 May 2022; the river rose 3 degrees.",
    "About 77 degrees F was recorded, as 14 people left on 3 June 2022.",
    "It reached 77 °F in the afternoon, and 2 °C at night.",
    "The company paid £7,000 and hired 310 people; shares rose 4%.",
    "Temperatures of -3 °C were seen in May 2022, with sales of $4.1 billion.",
]


def test_a_passages_vouching_intervals_read_once_say_what_each_link_read_again_said(write_article):
    from reader.align import Glossary
    from reader.differ.differences import _BARE, _unvouched

    articles = [write_article(text + "\n") for text in _TOLD]
    differ = Differ(articles[0], articles[1], [a.passages[0] for a in articles],
                    [a.passages[0] for a in articles], Glossary())
    for i in range(len(_TOLD)):
        differ.between(i, i)
    profiles = [differ._a[i] for i in range(len(_TOLD))]
    compared, units = 0, set()
    for pa in profiles:
        for pb in profiles:
            for unit, indices in pa.units().items():
                if unit == _BARE:
                    continue
                expected = _plain_unvouched(indices, pa.figures(), unit, pb.units(), pb.figures(), pb.totals())
                assert _unvouched(indices, pa.figures(), unit, pb) == expected
                assert _unvouched(indices, pa.figures(), unit, pb) == expected  # (and once more, remembered)
                compared += 1
                units.add(unit)
    assert compared > 20
    # shares, sums (listed in a clause: a total), counts, dates, degrees in each reading
    assert {("number", "%"), ("number", "£"), ("number", "people"), ("number", "°"), ("number", "°c"),
            ("number", "°f")} <= units and any(kind == "date" for kind, _unit in units), units


def test_the_names_the_aligner_joined_are_found_by_a_names_heads_as_by_each_head():
    from reader.align.text import name_key
    from reader.differ.differences import Joined

    aliases = {name_key("Stepanakerd"): name_key("Stepanakert"), name_key("Khankandi"): name_key("Stepanakert")}
    joined = Joined(aliases)

    def plain_there(heads, capitalised):  # each head's key looked up on every call (the reading before)
        for head in heads:
            key = name_key(head)
            if key not in joined.keys:
                continue
            one = aliases.get(key, key)
            if any(aliases.get(k, k) == one for theirs in capitalised.split()
                   if (k := name_key(theirs)) != key and k in joined.keys):
                return True
        return False

    for heads in [("stepanakerd",), ("khankandi", "city"), ("vos",), ("elena", "stepanakert"), ()]:
        for capitalised in [" stepanakert", " khankandi", " stepanakerd", " vos elena", " "]:
            found = bool(joined.heads[heads]) and joined.there(joined.heads[heads], capitalised)
            assert found == plain_there(heads, capitalised), (heads, capitalised)
