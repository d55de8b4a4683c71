"""A table's cells open as sentences do: a capitalised word alone in a cell is no name, a
run of capitals never crosses from one cell into the next, and the first line of a table
pasted from a page (tab-separated cells) names its columns, not anyone."""

from reader.align import Glossary
from reader.differ import Differ

PROSE = "Results in Tarnovia were close, officials said on Monday night after the count.\n\n"
OTHER = "Results in Tarnovia were close, officials said.\n"


def _names(write_article, table: str) -> list[str]:
    a, b = write_article(PROSE + table), write_article(OTHER)
    differ = Differ(a, b, a.passages, b.passages, Glossary())
    return [d.a_text for i in range(1, len(a.passages)) for d in differ.between(i, 0) if d.kind == "name" and d.a_text]


def test_a_pasted_table_s_header_row_and_row_labels_are_no_names(write_article):
    table = "Region\tVotes\tShare\nNorth\t12,400\t41%\nSouth\t9,100\t30%\n"
    assert _names(write_article, table) == []


def test_a_name_inside_a_pasted_table_s_cell_is_still_one(write_article):
    table = "City\tVotes\tShare\nPort Alder\t12,400\t41%\nEast Varnholm\t9,100\t30%\n"
    assert _names(write_article, table) == ["Port Alder", "East Varnholm"]


def test_cells_between_bars_open_as_sentences(write_article):
    table = "| Region | Votes | Share |\n|---|---|---|\n| North | 12,400 | 41% |\n| Port Alder | 9,100 | 30% |\n"
    assert _names(write_article, table) == ["Port Alder"]


def test_a_space_separated_table_s_header_row_is_no_name(write_article):
    # each row its own passage: the header row is known by the row under it, a label and as
    # many figures as the header has columns after its first
    table = "Region Votes Share\nNorth 12,400 41%\nSouth 9,100 30%\n"
    assert _names(write_article, table) == []
    table = "City Votes Share\nPort Alder 12,400 41%\nEast Varnholm 9,100 30%\n"
    assert _names(write_article, table) == ["Port Alder", "East Varnholm"]


def test_an_aligned_table_s_header_row_is_no_name(write_article):
    table = "Region      Votes    Share\nNorth       12,400   41%\nPort Alder  9,100    30%\n"
    assert _names(write_article, table) == ["Port Alder"]


def test_a_heading_over_prose_still_names(write_article):
    text = "Port Alder Mourns Varnholm\nThe town held 3 vigils on Monday for the 12 victims.\n"
    assert _names(write_article, text) == ["Port Alder Mourns Varnholm"]
