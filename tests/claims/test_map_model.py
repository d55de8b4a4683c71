"""A claim map's order and article names, on maps written here."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from reader.claims import Claim, ClaimMap, ClaimPassage
from reader.corpus import Article, Passage

SIDES = ["North"] * 4 + ["South"] * 4 + ["Neutral"] * 2


def _article(n: int, side: str, title: str = "", path: str = "") -> Article:
    text = f"Passage of article {n}."
    article = Article(f"a{n}", Path(path or f"a{n}.txt"), title or f"Article {n}", "", "", "", side, text)
    article.passages = [Passage(article.id, 0, "body", 0, len(text), text)]
    return article


def _claim(id: int, articles: list[int]) -> Claim:
    passages = tuple(ClaimPassage(a, _article(a, SIDES[a]).passages[0]) for a in articles)
    return Claim(id, f"claim {id}", (), passages, 0)


def test_claims_fewer_sides_tell_come_first_then_the_widest_gap_then_coverage():
    articles = tuple(_article(n, side) for n, side in enumerate(SIDES))
    every_side = _claim(1, [0, 4, 5, 6, 8, 9])  # North 1/4, South 3/4, Neutral 2/2: a gap of 3/4
    two_sides = _claim(2, [0, 1, 4])  # North 2/4, South 1/4
    half_the_south = _claim(3, [4, 5])  # South 2/4 only
    all_the_south = _claim(4, [4, 5, 6, 7])  # South 4/4 only
    neutral = _claim(5, [8, 9])  # Neutral 2/2 only: the same gap as all_the_south, fewer articles
    claim_map = ClaimMap(articles, (every_side, two_sides, half_the_south, all_the_south, neutral))
    assert [claim_map.sides_told(c) for c in claim_map.claims] == [3, 2, 1, 1, 1]
    assert [c.id for c in claim_map.sorted_claims("imbalance")] == [4, 5, 3, 2, 1]
    # A corpus of one side has no side imbalance: the share gap is 0, coverage decides.
    one_side = ClaimMap(articles[:4], (_claim(1, [0, 1]), _claim(2, [0, 1, 2])))
    assert [c.id for c in one_side.sorted_claims("imbalance")] == [2, 1]


def test_articles_sharing_a_title_are_named_by_file_then_folder_then_id():
    articles = (_article(0, "North", "The Massacre", "north/courier.txt"),
                _article(1, "North", "the  massacre", "north/blog.md"),  # case and spacing aside, the same
                _article(2, "South", "Liberation", "south/herald.txt"),
                _article(3, "South", "Liberation", "web/herald.txt"),  # the file name too: its folder
                _article(4, "South", "Opinion", "x/op\x1b[31med.txt"),  # no escape reaches a name
                _article(5, "South", "Opinion", "y/op-ed.txt"),
                _article(6, "Neutral", "Report", "a/same/r.txt"),  # the folder too: the id
                _article(7, "Neutral", "Report", "b/same/r.txt"))
    claim_map = ClaimMap(articles, ())
    assert claim_map.names == ("The Massacre (courier.txt)", "the  massacre (blog.md)",
                               "Liberation (south/herald.txt)", "Liberation (web/herald.txt)",
                               "Opinion (oped.txt)", "Opinion (op-ed.txt)",
                               "Report (a6)", "Report (a7)")
    assert claim_map.name(articles[3]) == "Liberation (web/herald.txt)"
    # Titles told apart already stay as they are.
    assert ClaimMap(articles[1:3], ()).names == ("the  massacre", "Liberation")


def test_one_side_spelt_with_other_spaces_or_case_is_one_side():
    """A manifest written by hand names a side "Kastrian government" here and "kastrian
    government " there: one side, named as first written, not two columns that read alike."""
    spellings = ["Kastrian government", "Kastrian  government ", "kastrian government", "Velmora", " "]
    articles = tuple(_article(n, side) for n, side in enumerate(spellings))
    claim_map = ClaimMap(articles, (Claim(1, "c", (), tuple(ClaimPassage(a, articles[a].passages[0])
                                                          for a in (1, 3)), 0),))
    assert claim_map.sides == {"Kastrian government": [0, 1, 2], "Velmora": [3], "": [4]}
    assert [claim_map.side_of(n) for n in range(5)] == ["Kastrian government"] * 3 + ["Velmora", ""]
    assert claim_map.side_coverage(claim_map.claims[0]) == {"Kastrian government": 1, "Velmora": 1, "": 0}


def test_names_that_differ_only_in_how_an_accent_is_encoded_read_alike():
    """"é" as one character (NFC) or as "e" and a combining accent (NFD, as a Mac's file names
    and text pasted from them spell it) looks the same on screen: one side, and twin titles
    told apart by their files, not two columns that read alike."""
    composed, decomposed = "Café Workers", unicodedata.normalize("NFD", "Café Workers")
    assert composed != decomposed
    articles = (_article(0, composed, composed, "x/union.txt"), _article(1, "Owners", "Report"),
                _article(2, decomposed, decomposed, "y/bulletin.txt"))
    claim_map = ClaimMap(articles, ())
    assert claim_map.sides == {composed: [0, 2], "Owners": [1]}
    assert claim_map.names == (f"{composed} (union.txt)", "Report", f"{decomposed} (bulletin.txt)")


def test_a_name_told_by_its_file_or_id_is_one_line_with_its_controls_spelt_out():
    """A file may be named with a line break or a tab, and a manifest may give an id with one;
    where the name tells twins apart it must stay one line (a table's legend, a CSV header, the
    reading room's detail line), shown as `ls` shows it: `line\\nbreak`."""
    articles = (_article(0, "North", "Report", "line\nbreak, \"q\".txt"),
                _article(1, "North", "Report", "tab\there.txt"),
                _article(2, "South", "Same", "a/same/r.txt"),
                _article(3, "South", "Same", "b/same/r.txt"))
    articles[2].id, articles[3].id = "first\nid", "second\tid"
    claim_map = ClaimMap(articles, ())
    assert claim_map.names == ('Report (line\\nbreak, "q".txt)', "Report (tab\\there.txt)",
                               "Same (first\\nid)", "Same (second\\tid)")
    assert all(told.isprintable() for _, told in claim_map.name_parts)
