"""Segmentation invariants, for any text: ordered, disjoint, in bounds, nothing lost."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.corpus.kinds import classify
from reader.corpus.segment import MAX_PARAGRAPH_CHARS, paragraph_spans

lines = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r"), max_size=120),
    st.sampled_from(["", "   ", "# Heading", "- item", "1. item", "Add comment", "By: A. Writer",
                     "date 2023-07-25 Body text follows here.", "x" * 90, "Short line", "\t"]),
)
documents = st.lists(lines, max_size=25).map("\n".join)


@settings(max_examples=300)
@given(documents)
def test_paragraphs_never_overlap_stay_in_bounds_and_cover_all_text(text):
    spans = paragraph_spans(text)
    covered = [False] * len(text)
    previous_end = 0
    for start, end in spans:
        assert 0 <= previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        for i in range(start, end):
            covered[i] = True
        previous_end = end
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert covered[i], f"character {i} ({ch!r}) is in no passage"


@given(documents)
def test_every_paragraph_gets_exactly_one_known_kind(text):
    texts = [text[s:e] for s, e in paragraph_spans(text)]
    kinds = classify(texts, title="", author="A. Writer")
    assert len(kinds) == len(texts)
    assert set(kinds) <= {"body", "heading", "boilerplate"}


_SENTENCES = ["The ministry said talks would resume on Monday.", "Officials denied it!", "Was it shelling?",
              "Residents heard explosions through the night near the border crossing,", "a spokesman said."]


@settings(max_examples=40)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=300, max_size=900), st.sampled_from([" ", "  ", "\n"]))
def test_a_paragraph_longer_than_the_limit_is_cut_at_sentence_ends(sentences, separator):
    """A text with no paragraphs (a dump on one line, or hard-wrapped) becomes bounded
    passages, cut after a sentence's end, with nothing lost."""
    text = separator.join(sentences)
    spans = paragraph_spans(text)
    assert all(end - start <= MAX_PARAGRAPH_CHARS for start, end in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "").replace("\n", "") == \
        text.replace(" ", "").replace("\n", "")
    if len(text) > MAX_PARAGRAPH_CHARS and separator != "\n":
        assert len(spans) > 1
        assert all(text[s:e].endswith((".", "!", "?")) for s, e in spans[:-1])


def test_a_megabyte_on_one_line_without_sentences_is_cut_at_spaces_or_the_limit():
    text = ("word " * 300_000) + "x" * (3 * MAX_PARAGRAPH_CHARS)
    spans = paragraph_spans(text)
    assert max(end - start for start, end in spans) == MAX_PARAGRAPH_CHARS
    assert all(text[s:e].endswith("word") for s, e in spans[:-4])
    assert sum(e - s for s, e in spans[-3:]) == 3 * MAX_PARAGRAPH_CHARS  # cut at the limit, nothing lost


def test_a_cut_at_a_run_of_spaces_leaves_no_space_at_the_end_of_a_passage():
    text = "a" * 4000 + " " * 2000 + "b" * 9000
    assert paragraph_spans(text) == [(0, 4000), (6000, 15000)]


def test_a_long_paragraph_without_spaces_after_its_full_stops_is_cut_after_one():
    """Chinese and Japanese put no space after 。: the cut still falls at a sentence's end."""
    sentence = "这是一个关于水坝的句子。"
    text = sentence * (3 * MAX_PARAGRAPH_CHARS // len(sentence))
    spans = paragraph_spans(text)
    assert len(spans) > 1
    assert all(text[end - 1] == "。" for _, end in spans)
    assert "".join(text[s:e] for s, e in spans) == text


def test_a_cut_at_the_limit_keeps_accents_with_their_letters():
    """No space and no sentence end to cut at: the cut steps back so no piece opens with a
    combining accent or a variation selector, and none ends with a joiner."""
    for unit in ("e\u0301\u0301", "a\u0308", "\u2764\ufe0f", "\U0001F469\u200d\U0001F52C"):
        text = unit * (3 * MAX_PARAGRAPH_CHARS // len(unit) + 1)
        spans = paragraph_spans(text)
        assert len(spans) > 1
        assert "".join(text[s:e] for s, e in spans) == text
        for start, end in spans:
            assert end - start <= MAX_PARAGRAPH_CHARS
            assert not unicodedata.category(text[start]).startswith("M")
            assert text[start] != "\ufe0f" and text[end - 1] != "\u200d" and text[start] != "\u200d"
