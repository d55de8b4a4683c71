"""A trie pattern matches exactly the words it was built from, and finds them in text where
the plain alternation of the words would."""

import re

from hypothesis import given
from hypothesis import strategies as st

from reader.differ.patterns import trie_pattern

WORDS = st.lists(st.text(alphabet="ab'’-.", min_size=1, max_size=6), min_size=1, max_size=12, unique=True)


@given(WORDS, st.text(alphabet="ab'’-. ", max_size=8))
def test_a_trie_matches_exactly_its_words(words, other):
    pattern = re.compile(trie_pattern(words))
    for word in words:
        assert pattern.fullmatch(word)
    assert bool(pattern.fullmatch(other)) == (other in words)


@given(WORDS, st.text(alphabet="ab'’-. x", max_size=30))
def test_a_trie_finds_what_the_alternation_finds(words, text):
    alternation = re.compile("|".join(map(re.escape, words)))
    assert bool(re.search(trie_pattern(words), text)) == bool(alternation.search(text))


def test_a_trie_shares_prefixes():
    assert trie_pattern(["israel", "israeli", "israelis", "aviv"]) == "(?:aviv|israel(?:is?)?)"
