"""The search index answers as reading every passage would: same hits, same order, same spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.corpus import Passage
from reader.corpus.composed import Composed
from reader.tui.finding import WORD, SearchIndex, fold, query_words, word_quality

# Words close to each other: inflections, prefixes, one-edit typos, short words, accents.
VOCABULARY = ["war", "wars", "war's", "warned", "towards", "karabakh", "karab", "karabakhs", "azerbaijan",
              "azerbajan", "drones", "cronies", "drone", "été", "e\u0301te\u0301", "ete", "Israel", "israeli", "the", "a",
              "ceasefire", "ceasefires", "ceasefir"]


def reading_every_passage(units, query):
    """The search as a scan of every passage's words (what the index must agree with)."""
    words = list(dict.fromkeys(query_words(query)))
    if not words or len("".join(words)) < 2:
        return []
    hits = []
    for side, passages in enumerate(units):
        for index, passage in enumerate(passages):
            composed = Composed(passage.text)
            best, spans = [0.0] * len(words), []
            for found in WORD.finditer(composed.text):
                qualities = [word_quality(w, fold(found.group())) for w in words]
                best = [max(b, q) for b, q in zip(best, qualities)]
                if any(qualities):
                    spans.append(composed.original_span(*found.span()))
            if all(best):
                hits.append((side, index, sum(best) / len(best), tuple(spans)))
    hits.sort(key=lambda h: (-h[2], -len(h[3]), h[0], h[1]))
    return hits


def passages(texts):
    return [Passage("t", n, "body", 0, len(text), text) for n, text in enumerate(texts)]


texts = st.lists(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=8).map(" ".join), max_size=6)


@settings(max_examples=150)
@given(texts, texts, st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=3).map(" ".join))
def test_the_index_finds_what_reading_every_passage_finds(a, b, query):
    units = [passages(a), passages(b)]
    found = [(h.side, h.index, h.score, h.spans) for h in SearchIndex(units).search(query)]
    assert found == reading_every_passage(units, query)


def test_a_cancelled_search_stops_with_nothing():
    units = [passages(["the war began", "the wars ended"]), passages(["war"])]
    assert SearchIndex(units).search("war", cancelled=lambda: True) == []
    assert len(SearchIndex(units).search("war")) == 3


def test_a_figure_is_found_as_written_never_as_its_digits_or_a_figure_one_digit_away():
    """Each side of a story gives its own figure ("about 3,000" / "12,000"): a reader who looks
    for one must not land on the other, nor on "$12 million … 60,000" for holding 12 and 000."""
    units = [passages(["Police put the crowd at about 3,000.", "The organisers counted 12,000 marchers.",
                       "A trust of $12 million for 60,000 people.", "The ministry says 2,000 attended.",
                       "Another 13,000 came by bus in the 1990s."]), []]
    index = SearchIndex(units)
    assert [h.index for h in index.search("12,000")] == [1]
    assert [h.index for h in index.search("2,000")] == [3]
    assert [h.index for h in index.search("3,000")] == [0]
    assert [h.index for h in index.search("1990")] == [4]  # "the 1990s" is still that figure
    assert [(h.start, h.end) for h in index.search("12,000")] == [(23, 29)]
    for query in ("12,000", "2,000", "12 million", "1990"):
        assert [(h.side, h.index, h.score, h.spans) for h in index.search(query)] == [
            (s, i, q, sp) for s, i, q, sp in reading_every_passage(units, query)]
