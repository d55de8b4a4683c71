"""The word statistics of a corpus: each article's share is tallied once (per text, units and
glossary) and added up for every pair aligned against it, giving what tallying every unit for
each pair gives, to the last digit (invented articles, real files)."""

from __future__ import annotations

from itertools import permutations

from reader.align import Glossary, align
from reader.align.engine import prepare
from reader.align.features import article_derived, article_features, clear_cache
from reader.align.scoring import KeyCounts, corpus_statistics

STORIES = [
    "Harbour wall\n\nThe harbour wall at Kessa cracked on 3 May after the storm, the harbourmaster said.\n\n"
    "Fishermen moved 40 boats to Ostrel while engineers from Varna inspected the wall.\n",
    "Storm damage\n\nThe harbor wall in Kessa split on 3 May, harbour-master Ilse Brandt told reporters.\n\n"
    "About forty boats sheltered at Ostrel; Varna's engineers arrived the next morning.\n",
    "Council meeting\n\nThe council of Varna voted to pay for the Kessa wall repairs on Tuesday.\n\n"
    "Brandt asked the council for 2 million to rebuild the harbour wall before winter.\n",
    "Engineers' report\n\nEngineers found the Kessa wall had been weakened by years of salt and neglect.\n\n"
    "The report from Varna said the harbour would stay closed for six weeks.\n",
    "A letter\n\nResidents of Ostrel wrote that the boats from Kessa crowded their small harbour.\n",
]


def corpus_of(write_article):
    return [write_article(text) for text in STORIES]


def statistics_tallied_again(a, b, corpus, glossary):
    """corpus_statistics as made before the tallies were kept: every unit of every article."""
    prepared = prepare(a, b, None, "paragraph", glossary)
    groups = [(a.units("paragraph"), prepared.fa), (b.units("paragraph"), prepared.fb)]
    groups += [(x.units("paragraph"), article_features(x, "paragraph", glossary)) for x in corpus if x not in (a, b)]
    return corpus_statistics(groups, prepared.alias)


def test_each_pairs_statistics_are_those_of_every_unit_tallied_again(write_article):
    corpus = corpus_of(write_article)
    glossary = Glossary()
    for a, b in permutations(corpus[:3], 2):
        prepared = prepare(a, b, corpus, "paragraph", glossary)
        idf, common = statistics_tallied_again(a, b, corpus, glossary)
        assert prepared.idf == idf and list(prepared.idf) == list(idf) and prepared.common == common
    assert any(prepare(a, b, corpus, "paragraph", glossary).alias for a, b in permutations(corpus[:2], 2))


def test_an_articles_tally_is_made_once_and_made_again_when_its_text_changes(write_article):
    corpus = corpus_of(write_article)
    glossary = Glossary()
    align(corpus[0], corpus[1], corpus, glossary=glossary)
    kept = article_derived(corpus[3], "paragraph", glossary, KeyCounts.of)
    align(corpus[0], corpus[2], corpus, glossary=glossary)  # another pair of the corpus: the same tally
    assert article_derived(corpus[3], "paragraph", glossary, KeyCounts.of) is kept
    edited = write_article(STORIES[3].replace("six weeks", "a fortnight of repairs at Kessa"), name="art3.txt")
    fresh = article_derived(edited, "paragraph", glossary, KeyCounts.of)
    assert fresh is not kept and fresh.df != kept.df


def test_alignments_with_the_tallies_kept_equal_those_made_from_nothing(write_article):
    corpus = corpus_of(write_article)
    glossary = Glossary()

    def links():
        return [[(link.a, link.b, link.score, link.tier) for link in align(a, b, corpus, glossary=glossary).links]
                for a, b in permutations(corpus, 2)]

    clear_cache()
    first = links()
    assert links() == first and sum(map(len, first)) > 5
