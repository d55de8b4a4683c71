"""A claim's label taken from a clause the sentence splitter cut at a semicolon or colon ends
(and a passage ending in one) ends with an ellipsis, never with the mark, which reads as a label broken off."""

from __future__ import annotations

from reader.claims.builder import _label

SWAP = ("An exchange on April 2 brought 86 Federation soldiers home; Aldanian Foreign Minister Henrik "
        "Saal oversaw the handover at the border.")


def test_a_clause_cut_at_a_semicolon_ends_with_an_ellipsis():
    assert _label(SWAP, ("exchange", "April 2")) == "An exchange on April 2 brought 86 Federation soldiers home…"


def test_a_passage_ending_in_a_colon_too_and_a_whole_sentence_keeps_its_stop():
    assert _label("Officials in Tarsen told reporters:") == "Officials in Tarsen told reporters…"
    assert _label(SWAP, ("Saal", "handover")) == "Aldanian Foreign Minister Henrik Saal oversaw the handover at…"
    assert _label("Short and plain.") == "Short and plain."
