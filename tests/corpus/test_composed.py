"""Composing text for the pane: NFC without joiners, and offsets mapped both ways."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len, get_character_cell_size

from reader.corpus.composed import Composed
from reader.corpus.sanitize import sanitize

# Bases, marks that compose with them or not (and reorder), jamo, joiners, characters NFC
# replaces alone (U+212B Angstrom sign) or splits (U+0344, U+0958, U+FB2C), an emoji family.
_PIECES = st.lists(st.sampled_from([
    "a", "e", "q", " ", "\n", "Ж", "\u0301", "\u0323", "\u0302", "\u0306", "\u200d", "\u1100", "\u1161",
    "\u11a8", "가", "क", "्", "ष", "\u0344", "\u212b", "\u0958", "\ufb2c", "\u0b47", "\u0b3e", "👩",
    "\x1b[31m", "\u202e"]), max_size=30)


def test_what_changes_and_how_offsets_map():
    composed = Composed("Cafe\u0301 \u1112\u1161\u11ab co\u200dop")
    assert composed.text == "Café 한 coop" and composed.changed
    assert composed.shown_span(3, 5) == (3, 4)  # "e" + U+0301 is the one cell "é"
    assert composed.shown_span(3, 4) == (3, 4)  # half a cluster highlights all of it
    assert composed.shown_span(6, 9) == (5, 6)  # three jamo, one syllable
    assert composed.shown_span(10, 15) == (7, 11)  # the joiner is gone
    assert composed.original_span(7, 11) == (10, 15)
    assert composed.original_span(3, 4) == (3, 5)
    plain = Composed("Café, 한국어 as typed.")
    assert not plain.changed and plain.shown_span(2, 5) == (2, 5)


@given(_PIECES)
def test_composing_is_nfc_without_joiners_and_maps_offsets_in_order(parts):
    text = "".join(parts)
    composed = Composed(text)
    assert composed.text == unicodedata.normalize("NFC", text.replace("\u200d", ""))
    shown = [composed.shown(i) for i in range(len(text) + 1)]
    assert shown == sorted(shown) and shown[0] == 0 and shown[-1] == len(composed.text)
    back = [composed.original(j) for j in range(len(composed.text) + 1)]
    assert back == sorted(back) and composed.original(len(composed.text), end=True) == len(text)
    for j in range(len(composed.text) + 1):  # each character drawn comes from the cluster it maps to
        assert composed.shown(composed.original(j)) <= j <= composed.shown(composed.original(j, end=True), end=True)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            a, b = composed.shown_span(lo, hi)
            assert a <= b
            start, end = composed.original_span(a, b)
            assert start <= lo and hi <= end  # a highlight covers every character of its span
            assert Composed(text[start:end]).text == composed.text[a:b]


@given(_PIECES)
def test_what_the_pane_draws_measures_as_the_terminal_draws_it(parts):
    shown = Composed(sanitize("".join(parts)).text).text
    assert cell_len(shown) == sum(get_character_cell_size(ch) for ch in shown)
