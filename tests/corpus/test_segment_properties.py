"""Segmentation invariants, for any text: ordered, disjoint, in bounds, nothing lost."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.corpus.kinds import classify
from reader.corpus.segment import paragraph_spans

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
