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


def test_the_framing_prefilter_passes_every_passage_a_term_occurs_in():
    """The cheap first test may let a passage through needlessly, never turn one away."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from reader.align.glossary import Glossary
    from reader.differ.mentions import _labelled_terms

    word = st.text(alphabet="abkzé(«#'-", min_size=1, max_size=6).filter(lambda w: any(c.isalpha() for c in w))
    term = st.lists(word, min_size=1, max_size=3).map(" ".join)

    @settings(max_examples=200)
    @given(st.lists(term, min_size=2, max_size=4, unique=True), st.lists(st.sampled_from([" ", ", ", "x", "("]), max_size=3))
    def check(terms, glue):
        glossary = Glossary((("thing", tuple(terms)),), framing=((terms[0], "one side's usage"),))
        main, prefilter = _labelled_terms(glossary)
        for t in terms:
            text = ("some words " + "".join(glue) + t + " more").casefold()
            if main is not None and main.search(text):
                assert prefilter.search(text), (terms, text)

    check()


def test_a_term_opening_with_punctuation_is_found():
    from reader.align.glossary import Glossary
    from reader.differ.mentions import Reader

    glossary = Glossary((("isis", ("Islamic State", "(Daesh)")),), framing=(("(Daesh)", "its enemies' usage"),))
    found = Reader(glossary).framing_terms("fighters of (daesh) fled")
    assert [m.key for m in found] == ["g:0"]
