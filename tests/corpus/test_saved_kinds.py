"""Furniture of articles as users save them: fact boxes, end marks, footnotes, an organisation's
"About" section, a dateline and the outlet's name under the title."""

from __future__ import annotations

import pytest

from reader.corpus.kinds import classify

LONG = ("The river council voted on Tuesday to reopen the Kelmet ferry, closed since the floods of last "
        "winter, after engineers said the landing stage had been repaired and had passed its inspection.")
LATER = ("Opponents on the council said the repair had cost twice the estimate and that the ferry company "
         "had not yet published the accounts it promised in the autumn, and asked for an audit.")
FACTS = ["Date: 19 September 2023", "Location: Harrow Valley, Brennmoor",
         "Result: Ceasefire brokered by the river council", "Belligerents: Brennmoor Guard, Valley Militia",
         "Casualties: 14 killed, 40 wounded"]


def test_a_box_of_facts_under_the_title_is_furniture_not_headings():
    kinds = classify(["Battle of the Harrow Dam", *FACTS, LONG, LATER])
    assert kinds == ["heading", *["boilerplate"] * len(FACTS), "body", "body"]


@pytest.mark.parametrize("lines", [["Update: Council reverses its ferry decision"],
                                   ["Dana: We will not sign.", "Ivo: Then nobody sails."],
                                   ["Lesson one: count the cost", LATER]])
def test_a_label_and_colon_alone_or_in_sentences_is_no_box_of_facts(lines):
    assert "boilerplate" not in classify(["Ferry talks", LONG, *lines, LATER])


def test_a_box_of_facts_still_gives_the_articles_date(write_article):
    article = write_article("Battle of the Harrow Dam\n\n" + "\n".join(FACTS) + f"\n\n{LONG}\n\n{LATER}\n")
    assert (article.date, article.outlet) == ("2023-09-19", "")
    assert [p.kind for p in article.passages][1:len(FACTS) + 1] == ["boilerplate"] * len(FACTS)


@pytest.mark.parametrize("mark", ["(END)", "[END OF TRANSCRIPT]", "END OF STATEMENT", "- END -", "[ENDS]",
                                  "— End —", "-30-", "###", "# # #", "(end of release)"])
def test_an_end_mark_is_furniture(mark):
    assert classify(["Ferry reopens", LONG, LATER, mark])[-1] == "boilerplate"


@pytest.mark.parametrize("line", ["The End of an Era", "End of the line for the Kelmet ferry"])
def test_a_heading_about_an_end_stays_a_heading(line):
    assert classify(["Ferry reopens", LONG, line, LATER])[2] == "heading"


ABOUT = ["About the Ministry of Waterways",
         "The Ministry of Waterways is responsible for ferries, locks and the river police. It employs 3,400 "
         "people across the valley and publishes its accounts every spring.",
         "The ministry's offices are in Brennmoor and Kelmet."]


def test_an_organisations_about_section_is_furniture():
    kinds = classify(["Ferry reopens", LONG, LATER, *ABOUT, "About Valley Courier",
                      "The Valley Courier is an independent newspaper serving the lower valley since 1921."])
    assert kinds == ["heading", "body", "body", *["boilerplate"] * 5]


def test_a_section_about_something_that_the_article_goes_on_to_tell_stays_text():
    kinds = classify(["Ferry reopens", LONG, "About the Repair", "Engineers replaced the landing stage's piles "
                      "over six weeks, working from a barge moored below the ferry slip.", LATER])
    assert kinds == ["heading", "body", "heading", "body", "body"]


@pytest.mark.parametrize("line", ["Brennmoor, 3 March 2026", "KELMET, March 4, 2026", "Port Alder, 4 March 2026 —",
                                  "Brennmoor, Tuesday 3 March 2026"])
def test_a_dateline_alone_on_its_line_is_furniture_and_gives_the_date(line, write_article):
    assert classify(["Council votes to reopen the ferry", line, LONG, LATER])[1] == "boilerplate"
    article = write_article(f"Council votes to reopen the ferry\n\n{line}\n\n{LONG}\n\n{LATER}\n")
    assert article.date in ("2026-03-03", "2026-03-04")


def test_a_heading_that_holds_a_place_and_a_date_stays_a_heading():
    assert classify(["Ferry reopens", LONG, "Brennmoor, 3 March 2026: the day the ferry came back", LATER])[2] \
        == "heading"


@pytest.mark.parametrize("opening", [["Brennmoor Herald", "Brennmoor, 3 March 2026"],
                                     ["The Valley Courier", "By Jonas Ferl"],
                                     ["The Valley Courier"], ["Kelmet Daily News"]])
def test_the_outlets_name_under_the_title_is_furniture_and_names_the_outlet(opening, write_article):
    kinds = classify(["Council votes to reopen the ferry", *opening, LONG, LATER])
    assert kinds[1] == "boilerplate"
    article = write_article("\n\n".join(["Council votes to reopen the ferry", *opening, LONG, LATER]) + "\n")
    assert article.outlet == opening[0]


@pytest.mark.parametrize("line", ["Introduction", "A Ferry Returns to the Valley", "Why the Ferry Matters"])
def test_a_heading_under_the_title_stays_a_heading(line):
    assert classify(["Council votes to reopen the ferry", line, LONG, LATER])[1] == "heading"


@pytest.mark.parametrize("opening", [["By Jonas Ferl", "Brennmoor, 3 March 2026"], ["Opinion", "By Jonas Ferl"]])
def test_a_byline_or_a_section_beside_it_names_no_outlet(opening, write_article):
    article = write_article("\n\n".join(["Council votes to reopen the ferry", *opening, LONG, LATER]) + "\n")
    assert (article.author, article.outlet) == ("Jonas Ferl", "")


def test_a_title_with_a_colon_over_a_labelled_byline_is_no_box_of_facts():
    kinds = classify(["Ferry talks: the council stands firm", "Author: Jonas Ferl, 3 March 2026", LONG, LATER])
    assert kinds == ["heading", "boilerplate", "body", "body"]


def test_footnote_definitions_are_apparatus(write_article, tmp_path):
    text = (f"# Ferry accounts still missing\n\nThe company promised its accounts in the autumn[^1], but the council "
            f"has received nothing[^2].\n\n{LONG}\n\n[^1]: Statement of the Kelmet Ferry Company, 12 October 2025.\n"
            "[^2]: Minutes of the river council, 3 March 2026, item 4.\n")
    for name in ("notes.md", "notes.txt"):
        article = write_article(text, name)
        assert [p.kind for p in article.passages][-1] == "boilerplate", name
        assert "body" in [p.kind for p in article.passages]


def test_a_heading_wrapped_onto_a_line_in_lower_case_is_one_heading(write_article):
    article = write_article(f"Ferry talks\n\nCouncil votes to reopen\nthe Kelmet ferry\n\n{LONG}\n\n{LATER}\n")
    assert [(p.kind, p.text) for p in article.passages][1] == ("heading", "Council votes to reopen\nthe Kelmet ferry")


@pytest.mark.parametrize("stamp", ["16:05 GMT", "14:32", "2.32pm", "9:10 a.m. CET"])
def test_a_live_blogs_update_times_are_stamps_not_headings(stamp):
    assert classify(["Ferry reopens: live", stamp, LONG, "15:40 GMT", LATER])[1] == "boilerplate"


@pytest.mark.parametrize("letterhead", ["BRENNMOOR FERRY OWNERS' FEDERATION", "MINISTRY OF WATERWAYS AND LOCKS",
                                        "KELMET FERRY COMPANY LTD", "VALLEY BOATMEN'S UNION"])
def test_a_senders_letterhead_over_a_statements_title_is_furniture_and_names_the_sender(letterhead, write_article):
    title = "Statement on the reopening of the Kelmet ferry"
    opening = [letterhead, title, "Brennmoor, 3 March 2026"]
    assert classify([*opening, LONG, LATER])[:2] == ["boilerplate", "heading"]
    article = write_article("\n".join(opening) + f"\n\n{LONG}\n\n{LATER}\n")
    assert (article.title, article.outlet, article.date) == (title, letterhead, "2026-03-03")


@pytest.mark.parametrize("letterhead, address, title", [
    # a company's name in its own case, its address under it, the statement's title in capitals
    ("Halvorsen Chemie GmbH", "Werk Neuwerder · Industriestraße 4 · 21364 Neuwerder",
     "STATEMENT ON THE FIRE IN WAREHOUSE 7"),
    ("Kelmet Ferry Company Ltd", "Harbour Road 4, Brennmoor KL4 2RT", "Statement on the reopening of the Kelmet ferry"),
    ("KELMET FERRY COMPANY LTD", "12 Harbour Road | Brennmoor KL4 2RT", "Statement on the reopening of the Kelmet ferry"),
    ("Kelmet Ferry Company Ltd", None, "STATEMENT ON THE REOPENING OF THE KELMET FERRY"),
])
def test_a_letterhead_with_its_address_over_a_statements_title_is_furniture(letterhead, address, title,
                                                                             write_article):
    opening = [letterhead, *([address] if address else []), title, "Brennmoor, 3 March 2026"]
    lines = len(opening) - 2
    assert classify([*opening, LONG, LATER])[:lines + 1] == ["boilerplate"] * lines + ["heading"]
    article = write_article("\n".join(opening) + f"\n\n{LONG}\n\n{LATER}\n")
    assert (article.title, article.outlet, article.date) == (title, letterhead, "2026-03-03")


@pytest.mark.parametrize("opening", [["Valley Ferry Strike Ends", "Boatmen return to work after nine days"],
                                     ["Kelmet Ferry Company Ltd", "Harbour Road 4, Brennmoor KL4 2RT",
                                      "The company reopened the ferry on Monday."]])
def test_a_name_with_its_legal_form_is_no_letterhead_without_a_title_under_it(opening, write_article):
    article = write_article("\n".join(opening) + f"\n\n{LONG}\n\n{LATER}\n")
    assert article.title == opening[0]


@pytest.mark.parametrize("letterhead", ["BRENNMOOR FERRY\nOWNERS' FEDERATION", "MINISTRY OF WATERWAYS\nAND LOCKS",
                                        "Brennmoor Ferry Owners' Federation", "Ministry of Waterways and Locks",
                                        "Kelmet Ferry\nCompany Ltd", "Ministry of Waterways\nand Locks"])
def test_a_letterhead_on_two_lines_or_in_a_titles_case_is_furniture_and_names_the_sender(letterhead, write_article):
    title = "Statement on the reopening of the Kelmet ferry"
    article = write_article("\n".join([letterhead, title, "Brennmoor, 3 March 2026"]) + f"\n\n{LONG}\n\n{LATER}\n")
    assert (article.title, article.outlet, article.date) == (title, " ".join(letterhead.split()), "2026-03-03")
    assert [p.kind for p in article.passages if p.text != title and p.text in letterhead] == ["boilerplate"] * (
        len(article.passages) - 4)


@pytest.mark.parametrize("opening", [["The Return of the Party", "How the old guard won the valley back"],
                                     ["A Fragile Union", "Two ferry towns, one timetable"],
                                     ["Fall of the Government", "What the vote on the ferry cost"],
                                     ["Inside the Council", "A year at the table where the valley is run"],
                                     # a headline's verb before the body's word, or after its "of"
                                     ["Rebels Storm Parliament", "What the vote on the ferry cost the valley"],
                                     ["Ministry of Defence Admits Failures", "An inquiry found gaps in the supply chain"]])
def test_a_headline_in_a_titles_case_ending_on_a_bodys_word_stays_the_title(opening, write_article):
    article = write_article("\n".join(opening) + f"\n\n{LONG}\n\n{LATER}\n")
    assert article.title == opening[0] and article.passages[0].kind == "heading"


@pytest.mark.parametrize("opening", [["FERRY STRIKE ENDS", "Boatmen return to work after nine days"],
                                     ["VALLEY BOATMEN'S UNION", "Brennmoor, 3 March 2026"],
                                     ["VALLEY BOATMEN'S UNION", "The union voted to end the strike."],
                                     ["VALLEY BOATMEN'S UNION", "BALLOT RESULT ON THE KELMET STRIKE"],
                                     ["FERRY STRIKE HITS THE VALLEY", "By Jonas Ferl"],
                                     # a headline in capitals ending on a body's word over its
                                     # standfirst, with no date line under it
                                     ["REBELS STORM PARLIAMENT", "What the vote on the ferry cost the valley"],
                                     ["MINISTER QUITS GOVERNMENT", "A row over the ferry's subsidy ends a career"]])
def test_a_headline_or_a_title_in_capitals_with_no_title_under_it_stays_the_title(opening, write_article):
    article = write_article("\n".join(opening) + f"\n\n{LONG}\n\n{LATER}\n")
    assert article.title == opening[0]
    assert article.passages[0].kind == "heading"


@pytest.mark.parametrize("line, author", [
    ("Dr. Katrin Vossberg, Chief Operating Officer", "Katrin Vossberg"),
    ("Ana Petrova, Minister of Transport", "Ana Petrova"),
    ("Jonas Ferl, Spokesperson", "Jonas Ferl"),
    ("Brennmoor, Head Office", ""),  # a place, not a person
    ("Andrea Kühn, Kleinmoor", ""),  # a name and a place: no office
])
def test_a_statements_signatory_under_its_title_is_its_author(line, author, write_article):
    opening = ["Statement on the reopening of the Kelmet ferry", "Brennmoor, 3 March 2026", line]
    article = write_article("\n".join(opening) + f"\n\n{LONG}\n\n{LATER}\n")
    assert article.author == author


def test_a_signatory_line_after_the_text_has_begun_names_no_author(write_article):
    article = write_article(f"Statement on the reopening of the Kelmet ferry\n\n{LONG}\n\n"
                            f"Ana Petrova, Minister of Transport\n\n{LATER}\n")
    assert article.author == ""


@pytest.mark.parametrize("title", ['"We will not send boats over a cracked pier"', "“Not one more season like this”",
                                   "«Le port restera ouvert»"])
def test_a_headline_that_is_a_quote_is_the_title_and_a_heading(title, write_article):
    article = write_article(f"{title}\n\n{LONG}\n\n{LATER}\n")
    assert (article.title, article.passages[0].kind) == (title, "heading")


@pytest.mark.parametrize("opening", ['"We will not send boats over a cracked pier."', "“Not one more season,” she said."])
def test_a_quote_that_ends_a_sentence_or_goes_on_opening_a_text_is_no_heading(opening):
    assert classify([opening, LONG, LATER])[0] == "body"
