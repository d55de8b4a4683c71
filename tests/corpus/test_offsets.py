"""Offsets index the decoded source text, for paragraphs and sentences alike."""

from __future__ import annotations

import pytest

from reader.corpus import load_paths
from reader.corpus.sentences import split_sentences


@pytest.fixture
def corpus(seeds):
    return seeds


def test_passage_offsets_round_trip_against_python_reading(corpus):
    for article in corpus:
        with open(article.path, encoding="utf-8") as handle:  # universal newlines
            source = handle.read()
        assert article.text == source
        for p in article.passages:
            assert source[p.start : p.end] == p.text
            assert p.text == p.text.strip() and p.text


def test_passages_are_ordered_and_disjoint(corpus):
    for article in corpus:
        ends = [(p.start, p.end) for p in article.passages]
        assert all(e1 <= s2 for (_, e1), (s2, _) in zip(ends, ends[1:]))
        assert [p.index for p in article.passages] == list(range(len(article.passages)))


def test_sentence_offsets_and_kinds(corpus):
    for article in corpus:
        for s in article.sentences:
            assert article.text[s.start : s.end] == s.text
            owner = article.passage_at(s.start)
            assert owner is not None and owner.start <= s.start and s.end <= owner.end
            assert s.kind == owner.kind


def test_units_ready_says_whether_sentences_are_cut_yet(tmp_path):
    (tmp_path / "a.txt").write_text("One claim here. Another one there.\n\nA second paragraph.\n", encoding="utf-8")
    article = next(iter(load_paths([tmp_path / "a.txt"])))
    assert article.units_ready("paragraph")
    assert not article.units_ready("sentence")
    assert len(article.units("sentence")) == 3
    assert article.units_ready("sentence")


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. said on Sept. 26 that the talks would resume.",
        "Mr. Smith met Dr. Jones in Baku.",
        "J. R. R. Tolkien wrote it in 1937.",
        "Israel accounted for 69.4 percent of the $4.85 billion total.",
        "Alexander Lapshin, a.k.a. the blogger, crossed over.",
    ],
)
def test_abbreviations_initials_and_decimals_do_not_split(text):
    assert split_sentences(text) == [(0, len(text))]


def test_sentences_split_where_they_should():
    text = "Azerbaijan bought drones. Armenia protested!  Was it legal? Nobody knows."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Azerbaijan bought drones.", "Armenia protested!", "Was it legal?", "Nobody knows.",
    ]


def test_crlf_files_report_offsets_into_universal_newline_text(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Title line\r\n\r\nFirst paragraph here.\r\nSecond one\rthird.\r\n")
    article = load_paths([path]).articles[0]
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    assert article.text == source
    assert [source[p.start : p.end] for p in article.passages] == [
        "Title line", "First paragraph here.", "Second one", "third.",
    ]


def test_hard_wrapped_paragraphs_join_but_lists_do_not(tmp_path):
    path = tmp_path / "wrapped.md"
    path.write_text(
        "# Ceasefire talks\n\n"
        "Negotiators met on Tuesday in a hotel outside the capital and agreed\n"
        "to a framework that both governments said would hold until the next\n"
        "round of talks in the spring.\n\n"
        "- the corridor stays open\n- prisoners are exchanged\n",
        encoding="utf-8",
    )
    article = load_paths([path]).articles[0]
    assert [p.kind for p in article.passages] == ["heading", "body", "body", "body"]
    assert article.passages[1].text.endswith("in the spring.")
    assert article.title == "Ceasefire talks"


def test_a_tables_rows_are_one_passage(tmp_path):
    path = tmp_path / "table.md"
    path.write_text("Distances\n\nThe villages lie close to the line, the monitors said on Friday.\n\n"
                    "| village | distance |\n|---|---|\n| Ostrava Mill | 3 km |\n| Lenka | 2.5 km |\n", encoding="utf-8")
    article = load_paths([path]).articles[0]
    table = article.passages[-1]
    assert table.text == "| village | distance |\n| Ostrava Mill | 3 km |\n| Lenka | 2.5 km |"
    assert len(article.passages) == 3


def test_a_quoted_span_is_its_source_span_and_display_text(tmp_path):
    """Article.quoter reads a span's display text from clean offsets directly; it must be what
    display() gives for the span's source offsets, in a file the sanitiser and the Markdown
    reader both cut text out of."""
    page = tmp_path / "page.md"
    page.write_text("# The \x1b[31mdam\x1b[0m report\n\nThe **dam** at Kessra \u202eburst\u202c on "
                    "*14 March*, [the ministry](https://example.org) said.\n\n"
                    "Rescuers\x07 reached the `town` by noon; 120 people were moved.\n", encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("Nothing to clean here.\n\nA second passage, also plain.\n", encoding="utf-8")
    for article in load_paths([page, plain]):
        assert article.path != page or article.clean.changed
        for passage in article.passages:
            quote = article.quoter(passage)
            n = len(passage.text)
            for lo in range(n + 1):
                for hi in range(lo, min(n, lo + 12) + 1):
                    span = article.source_span(passage, lo, hi)
                    assert quote(lo, hi) == (span, article.display(*span))
