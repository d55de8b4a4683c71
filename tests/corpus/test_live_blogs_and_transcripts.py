"""Shapes of article the web and the newsroom give: a live blog's key events, stamps and bold
entry headings; a transcript's asides; a photo's credit after its caption; a link to another
story under "Read more:". Each rule is shown on two invented texts."""

from __future__ import annotations

import pytest

from reader.corpus import load_article
from reader.corpus.kinds import classify

LONG = ("Union officials rejected the board's offer on Tuesday, calling it an insult to the dock "
        "workers who had kept the port open through the winter storms, and said the strike would go on.")
OTHER = ("The ferry company said the crossings would resume on Thursday morning once the harbour "
         "master had inspected the damaged pier, though passengers should expect long delays.")

HARBOUR_BLOG = f"""Harbour strike – as it happened

Key events
2:32pm Union rejects offer
2:10pm Cranes stop
1:45pm Board goes to court

2.32pm BST
**Union calls offer an insult**

{LONG}

2.10pm BST
**Eastern terminal at a standstill**

The cranes at the eastern terminal stopped at two in the afternoon, and lorries queued to the ring road.

Updated at 3.05pm BST
"""

FERRY_BLOG = f"""Ferry crossings suspended: live

Show key events only
Please turn on JavaScript to use this feature

Key moments
09:05 Pier damaged in storm
08:40 First crossing cancelled

09:05 GMT
__Storm tears into the pier__

{OTHER}
"""


def kinds(tmp_path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "blog.txt"
    path.write_text(text, encoding="utf-8")
    return [(p.kind, p.text) for p in load_article(path).passages]


def test_a_live_blogs_key_events_list_and_its_stamps_are_furniture(tmp_path):
    got = kinds(tmp_path, HARBOUR_BLOG)
    assert got[1:6] == [("boilerplate", "Key events"), ("boilerplate", "2:32pm Union rejects offer"),
                        ("boilerplate", "2:10pm Cranes stop"), ("boilerplate", "1:45pm Board goes to court"),
                        ("boilerplate", "2.32pm BST")]
    assert ("heading", "**Union calls offer an insult**") in got
    assert ("heading", "**Eastern terminal at a standstill**") in got
    assert got[-1] == ("boilerplate", "Updated at 3.05pm BST")


def test_a_second_live_blog_the_switch_the_script_notice_and_the_entry_after_the_list(tmp_path):
    got = kinds(tmp_path, FERRY_BLOG)
    assert [k for k, _ in got[1:6]] == ["boilerplate"] * 5  # switch, notice, "Key moments" and its two items
    # the entry's own time ends the list: its stamp is a stamp, its bold headline a heading
    assert got[6:9] == [("boilerplate", "09:05 GMT"), ("heading", "__Storm tears into the pier__"), ("body", OTHER)]


def test_a_key_events_list_ends_at_the_first_entry_that_repeats_a_listed_time():
    texts = ["A title", "Key events", "14:32 Union rejects offer", "14:32 Union rejects the offer", LONG]
    assert classify(texts)[1:] == ["boilerplate", "boilerplate", "heading", "body"]


@pytest.mark.parametrize("line", ["Updated at 3.05pm BST", "Posted 11.40am", "Last updated at 9.15 p.m. GMT"])
def test_a_stamp_with_a_clock_written_with_a_dot_is_a_stamp(line):
    assert classify(["A title", LONG, line, OTHER])[2] == "boilerplate"


def test_a_bold_heading_that_names_key_events_is_a_heading_and_a_bold_sentence_is_body():
    assert classify(["A title", LONG, "**Key events in the strike**", OTHER])[2] == "heading"
    assert classify(["A title", LONG, "**The offer is an insult, says the union.**", OTHER])[2] == "body"
