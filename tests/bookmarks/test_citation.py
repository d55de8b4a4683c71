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
