"""A chamber's record of a debate: its title may end on a note in brackets ("Kessa Dam (Safety)"),
and the room's cries from many at once ("Hon. Members: Hear, hear!") are what the room did, not
a speaker's turn, as an aside is."""

from __future__ import annotations

import pytest

from reader.corpus import load_article
from reader.corpus.kinds import classify

TURN = ("The water board voted to raise the dam against the advice of its own engineers, and the council "
        "should ask to see their report before a single stone is laid.")
REPLY = "The report will be published next month, and the board has said it will answer every question put to it."

RECORD = f"""Kessa Dam (Safety)

Councillor Mira Sand (Lowmere Ward)
{TURN}

Several Members: Shame!

The Leader of the Council (Councillor Odd Varn)
{REPLY}

Opposition Members: No!
"""


def test_a_records_title_and_the_rooms_cries(tmp_path):
    path = tmp_path / "record.txt"
    path.write_text(RECORD, encoding="utf-8")
    article = load_article(path)
    kinds = {p.text: p.kind for p in article.passages}
    assert kinds["Kessa Dam (Safety)"] == "heading" and article.title == "Kessa Dam (Safety)"
    assert kinds["Several Members: Shame!"] == kinds["Opposition Members: No!"] == "boilerplate"
    assert [p.kind for p in article.passages if TURN in p.text or REPLY in p.text] == ["body", "body"]


@pytest.mark.parametrize(("line", "kind"), [
    # a cry from the room is no one's turn; a group's longer turn, or one speaker's, is text
    ("Hon. Members: Hear, hear!", "boilerplate"), ("Some hon. Members: No!", "boilerplate"),
    ("An hon. Member: Rubbish!", "boilerplate"), ("Delegates: Aye.", "boilerplate"),
    ("Members: the board has failed this town again and again, and we will say so.", "body"),
    ("Mr Speaker: Order.", "body"),
])
def test_a_line_of_a_record_between_two_turns(line, kind):
    assert classify(["A title", TURN, line, REPLY])[2] == kind


@pytest.mark.parametrize(("title", "kind"), [
    ("Port Dues (Amendment) (No. 2)", "heading"), ("Kessa Dam (Safety)", "heading"), ("Dam vote (update)", "heading"),
    ("Dam vote (The board will appeal.)", "body"),
])
def test_a_title_may_end_on_notes_in_brackets_that_are_no_sentence(title, kind):
    assert classify([title, TURN, REPLY])[0] == kind


def test_below_the_title_a_line_with_a_note_in_brackets_is_no_heading():
    assert classify(["A title", TURN, "Jon Berg (knee)", REPLY])[2] != "heading"


@pytest.mark.parametrize("line", [
    "Members: 27 states", "Delegates: 1,200 from 40 countries", "Protesters: about 2,000", "Senators: 100",
    "Members: the founding states",
])
def test_a_fact_boxs_line_that_names_a_group_is_no_cry_from_the_room(line):
    assert classify(["A title", TURN, line, REPLY])[2] != "boilerplate"
