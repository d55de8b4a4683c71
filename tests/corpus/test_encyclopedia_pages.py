"""An encyclopedia's page copied from the browser: its notes that point to other pages ("Main
article: …", "… redirects here. For …, see …") and its table of contents are where to read on,
not what the page says, while its sections' headings and its text stay."""

from __future__ import annotations

import pytest

from reader.corpus import load_article
from reader.corpus.kinds import classify

LEAD = ("The Kessa dam vote was a decision of the water board of Kessa in April 2026 to raise the reservoir's dam "
        "by two metres, which the board's engineers opposed.[1]")
HISTORY = "The dam was finished in 1934 and strengthened after the earthquake of 1971.[2]"
VOTE = "The board voted six to three on 14 April 2026; the engineers' report was not published until May.[3]"

PAGE = f"""Kessa dam vote
From Wikipedia, the free encyclopedia
For the earlier dispute over the spillway, see Kessa spillway affair.
{LEAD}
Contents
hide
(Top)
1 History
2 The vote
2.1 Engineers' objections
3 References
History[edit]
Main article: Kessa reservoir
{HISTORY}
The vote[edit]
Further information: Water Boards Act
See also: Lowmere flood
{VOTE}
References[edit]
^ "Board votes to raise dam". Kessa Ledger. 15 April 2026.
"""


def test_an_encyclopedias_pointers_and_contents_are_boilerplate(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    passages = [(p.kind, p.text) for p in load_article(path).passages]
    assert [text for kind, text in passages if kind == "body"] == [LEAD, HISTORY, VOTE]
    assert [text for kind, text in passages if kind == "heading"] == ["Kessa dam vote", "History[edit]", "The vote[edit]"]


@pytest.mark.parametrize("line", [
    "Main article: Port of Vellmar", "Main articles: Port of Vellmar and Dock Labour Act", "See also: Vellmar flood",
    "Further information: Dock Labour Act 1987", "Not to be confused with Vellmar Harbour.",
    '"North quay dispute" redirects here. For the 1962 flood, see Vellmar flood.',
    "For other uses, see Vellmar (disambiguation).",
])
def test_a_pointer_to_another_page_is_boilerplate(line):
    assert classify(["A title", LEAD, line, HISTORY])[2] == "boilerplate"


@pytest.mark.parametrize("line", [
    "For the families, the move to see the engineers in court was a relief after years of waiting.",
    "See also how the board voted: six members for, three against, and the chair silent throughout.",
])
def test_a_sentence_that_says_see_is_text(line):
    assert classify(["A title", LEAD, line, HISTORY])[2] == "body"


def test_contents_over_the_texts_own_numbered_sections_is_a_heading():
    texts = ["A title", LEAD, "Contents", HISTORY, "1 The vote", VOTE]
    assert classify(texts)[2:] == ["heading", "body", "heading", "body"]


def test_a_line_that_ends_on_reference_marks_ends_its_paragraph(tmp_path):
    """A sentence's stop before "[4]", "[2][a]" or "[citation needed]" ends the line's
    paragraph: the heading under it is not read into it as a wrapped line."""
    lines = ["Lowmere ferry strike",
             "The ferry crews of Lowmere stopped work on 2 June over the new timetable.[2][a]",
             "Talks",
             "The operator said the crews had agreed to the timetable in March.[citation needed]",
             "Aftermath",
             "Sailings resumed on 9 June after the port's mayor stepped in to broker a deal.[4]"]
    path = tmp_path / "strike.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [p.text for p in load_article(path).passages] == lines


@pytest.mark.parametrize("line", [
    "Further information: the council will vote on the scheme on Friday.",
    "See also: the report the inspectors filed in May.",
    "Main article: the treaty's second clause, which the board rejects.",
])
def test_a_sentence_after_a_hatnotes_words_is_text(line):
    body = ("The port authority of Vellmar closed the north quay on Monday after inspectors found cracks in "
            "the sea wall, and said ships would be sent to the south basin.")
    assert classify(["A title", body, line, body.replace("Vellmar", "Orlen")])[2] == "body"


@pytest.mark.parametrize("items", [["2 kg of rice", "1 litre of cooking oil", "5 bars of soap"],
                                   ["12 tins of beans", "3 blankets"]])
def test_a_list_of_things_under_contents_is_no_table_of_contents(items):
    body = ("The aid agency sent four hundred parcels to the villages cut off by the flood on Monday, and said "
            "more would follow once the bridge at Orlen was open to lorries again.")
    texts = ["Aid reaches flooded villages", body, "Contents:", *items, body.replace("Orlen", "Vellmar")]
    assert "boilerplate" not in classify(texts)


STORY = ("The ferry stopped running in March, and the families on the island waited for news that did not come. "
         "Some wrote to the council, and some to the paper.")


@pytest.mark.parametrize("line", ["For the families, see Mr. Berg's letter.",
                                  "For the timetable, see Harbour Office notices at the quay."])
def test_a_storys_sentence_shaped_as_a_pointer_is_text(tmp_path, line):
    """"For X, see Y." is a hatnote at an encyclopedia page's top, not a sentence in a story,
    where it stands in it or at its top."""
    path = tmp_path / "story.txt"
    path.write_text(f"The Quiet Harbour\n\n{STORY}\n\n{line}\n\n{STORY.replace('March', 'May')}\n", encoding="utf-8")
    assert {p.text: p.kind for p in load_article(path).passages}[line] == "body"
    second = "For the fishermen, see Orlen's new quay, finished in the spring."
    path.write_text(f"The Quiet Harbour\n\n{line}\n\n{second}\n\n{STORY}\n", encoding="utf-8")
    kinds = {p.text: p.kind for p in load_article(path).passages}
    assert kinds[line] == kinds[second] == "body"


@pytest.mark.parametrize("line", ["For the 1962 flood, see Vellmar flood.", "For the river, see Orlen (river)."])
def test_a_pointer_at_the_top_of_a_page_or_under_an_encyclopedias_heading_is_a_hatnote(line):
    assert classify(["Port of Vellmar", line, LEAD, HISTORY])[1] == "boilerplate"
    assert classify(["Port of Vellmar", LEAD, "History[edit]", line, HISTORY])[3] == "boilerplate"
    assert classify(["Port of Vellmar", STORY, "History", line, STORY])[3] == "body"


@pytest.mark.parametrize("line", ["For other people, see Page 4.", "For other places, see Map 2 on the back page."])
def test_a_storys_pointer_to_other_people_or_places_is_text(line):
    assert classify(["A title", STORY, line, STORY.replace("March", "May")])[2] == "body"


@pytest.mark.parametrize("line", ["For other people named Berg, see Berg (surname).",
                                  "For other places called Vellmar, see Vellmar (disambiguation)."])
def test_an_encyclopedias_pointer_to_other_people_or_places_under_its_title_is_boilerplate(line):
    assert classify(["Vellmar", line, LEAD, "History[edit]", HISTORY])[1] == "boilerplate"


@pytest.mark.parametrize("line", ["For other places called Lowmere, see Lowmere (disambiguation).",
                                  "For other people with the same name, see Ana Holt (disambiguation)."])
def test_a_pointer_to_an_encyclopedias_page_of_one_names_pages_is_a_hatnote_without_other_marks(line):
    """A page copied with no reference or edit marks still points to its list of the pages of one
    name in its own wording."""
    lead = ("Lowmere is a fishing village on the western fjord, with a population of about nine hundred, and a "
            "ferry stop since 1923.")
    history = ("The village grew around its boatyard in the last century, when the cod fishery brought crews from "
               "the islands to its quays.")
    assert classify(["Lowmere", line, lead, "History", history])[1] == "boilerplate"


@pytest.mark.parametrize("mark, line", [("FROM WIKIPEDIA, THE FREE ENCYCLOPEDIA", "For the river, see Lowmere River."),
                                        ("From WIKIPEDIA, the free encyclopedia", "For the 1962 flood, see Orlen flood.")])
def test_a_pointer_under_the_encyclopedias_tagline_in_any_case_is_a_hatnote(mark, line):
    """A page copied without reference marks still says it is an encyclopedia's, in capitals too."""
    lead = ("Lowmere is a fishing village on the western fjord, with a population of about nine hundred, and a "
            "ferry stop since 1923.")
    assert classify(["Lowmere", mark, line, lead, HISTORY.replace("[2]", "")])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["For other uses of the grant, see Page 6.",
                                  "For other meanings of the word, see Glossary on page 12."])
def test_a_storys_pointer_to_other_uses_or_meanings_is_text(line):
    """"For other uses, see …" is a hatnote by the same rule as the other pointers: an
    encyclopedia's marks and its place, not its words alone."""
    assert classify(["A title", STORY, line, STORY.replace("March", "May")])[2] == "body"
    assert classify(["A title", line, STORY])[1] == "body"


@pytest.mark.parametrize("line", ["For other uses, see Vellmar.", "For other meanings, see Kessa dam vote (film)."])
def test_an_encyclopedias_pointer_to_other_uses_at_its_top_or_under_its_heading_is_a_hatnote(line):
    assert classify(["Vellmar", line, LEAD, "History[edit]", HISTORY])[1] == "boilerplate"
    assert classify(["Vellmar", LEAD, "History[edit]", line, HISTORY])[3] == "boilerplate"
