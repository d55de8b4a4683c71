"""The citation line a copied or exported passage carries."""

from __future__ import annotations

from reader.bookmarks.citation import Source, citation_line, cited


def test_citation_line_leaves_out_what_the_article_does_not_say():
    full = Source(title="Pipelines and Promises", author="R. Writer", outlet="The Courier", date="2024-03-01")
    assert citation_line(full) == "“Pipelines and Promises”, R. Writer, The Courier, 2024-03-01"
    assert citation_line(Source(title="Only a title")) == "“Only a title”"
    assert citation_line(Source(author="R. Writer", file="/tmp/x/op-ed.txt")) == "“op-ed.txt”, R. Writer"
    assert citation_line(Source(file="/tmp/x\x1b[31m.txt")) == "“x.txt”"  # names are untrusted


def test_cited_passage_is_one_paragraph_with_its_source_below():
    source = Source(title="T", author="A")
    assert cited("Oil flows\n to   Haifa.", source) == "“Oil flows to Haifa.”\n— “T”, A"
    assert cited("Words.", Source()) == "“Words.”"


def test_quotes_inside_a_cited_title_or_passage_become_single_quotes():
    source = Source(title="Dovrania rejects “staged” bridge fire claims", author="A")
    assert citation_line(source) == "“Dovrania rejects ‘staged’ bridge fire claims”, A"
    assert cited('The minister said "we will respond" (and "soon").', Source()) == (
        "“The minister said ‘we will respond’ (and ‘soon’).”")
    assert cited("Its 1990s policy wasn't new.", Source()) == "“Its 1990s policy wasn't new.”"  # apostrophes stay


def test_a_citation_ends_with_where_the_article_came_from():
    source = Source(title="T", date="2024-03-01", url="https://example.org/t")
    assert citation_line(source) == "“T”, 2024-03-01, https://example.org/t"


def test_the_address_in_corpus_toml_reaches_the_citation(tmp_path):
    from reader.bookmarks.citation import source_of
    from reader.corpus import load_paths

    (tmp_path / "a.txt").write_text("Bridge reopens\n\nThe bridge reopened on Monday.\n", encoding="utf-8")
    (tmp_path / "corpus.toml").write_text('[[article]]\nfile = "a.txt"\noutlet = "The Courier"\n'
                                          'url = "https://example.org/bridge"\n', encoding="utf-8")
    (article,) = load_paths([tmp_path]).articles
    assert citation_line(source_of(article)) == "“Bridge reopens”, The Courier, https://example.org/bridge"


def test_quotes_that_open_low_become_single_quotes_that_open_low():
    # a German title and quote: „…“ nested is ‚…‘, its closing mark no opening one
    source = Source(title="„Wir waren die Letzten, die es erfuhren“", author="H. Albers")
    assert citation_line(source) == "“‚Wir waren die Letzten, die es erfuhren‘”, H. Albers"
    assert cited("„Wir waren die Letzten“, sagt sie. Er sagt „nein“.", Source()) == (
        "“‚Wir waren die Letzten‘, sagt sie. Er sagt ‚nein‘.”")
    assert cited("Powiedział „nie” i wyszedł.", Source()) == "“Powiedział ‚nie’ i wyszedł.”"  # Polish
