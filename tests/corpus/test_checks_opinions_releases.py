"""Fact checks as users save them: the site's rating and the heads of its blocks are furniture,
the claim checked and the story are text."""

from __future__ import annotations

import pytest

from reader.corpus.kinds import classify

LONG = ("A post shared thousands of times this week says the river council has voted to ban all ferry "
        "crossings on Sundays, and shows a notice said to be pinned to the landing stage at Kelmet.")
OTHER = ("Minutes of the council's March meeting record a vote to shorten the winter timetable by one "
         "crossing an hour on Sundays, not to stop the crossings, and the notice is an old draft.")


def kinds_of(article):
    return {p.text: p.kind for p in article.passages}


def test_a_fact_checks_rating_scale_and_heads_are_furniture_and_its_claim_is_text(write_article):
    article = write_article(
        "Did the council ban Sunday ferries?\n\nClaim: The river council has banned all ferry crossings on Sundays.\n\n"
        f"Rating: False\n\n{LONG}\n\n{OTHER}\n\nOur ruling\n\n"
        "The council shortened a timetable. We rate the claim False.\n\n"
        "Our rating scale: True, Mostly True, Half True, Mostly False, False, Pants on Fire\n")
    kinds = kinds_of(article)
    assert kinds["Claim: The river council has banned all ferry crossings on Sundays."] == "body"
    assert [kinds["Rating: False"], kinds["Our ruling"],
            kinds["Our rating scale: True, Mostly True, Half True, Mostly False, False, Pants on Fire"]] == ["boilerplate"] * 3
    assert kinds["The council shortened a timetable. We rate the claim False."] == "body"


def test_a_fact_check_worded_otherwise_has_its_labels_read_alike():
    texts = ["Fact check: Video does not show the dam bursting", "WHAT WAS CLAIMED",
             "A video shows the Harrow dam bursting after the storm.", "Our verdict", "Missing context",
             LONG, "Verdict — Misleading", "Truth-O-Meter: Half True", "False | Misleading | Unproven | True", OTHER]
    assert classify(texts) == ["heading", "boilerplate", "body", "boilerplate", "boilerplate", "body",
                               "boilerplate", "boilerplate", "boilerplate", "body"]


@pytest.mark.parametrize("line", ["Our ruling party has not commented on the video, a spokesman said.",
                                  "Claim of the day was the one made by the mayor on Monday.",
                                  "Claim: the ferry will reopen on Monday, the council says."])
def test_a_story_sentence_that_opens_as_a_label_stays_text(line):
    assert classify(["A title", LONG, "Rating: False", line, OTHER])[2:4] == ["boilerplate", "body"]


@pytest.mark.parametrize("head", ["The claim", "Our verdict", "Verdict"])
def test_a_text_that_rates_nothing_keeps_those_heads(head):
    assert classify(["A title", LONG, head, OTHER])[2] == "heading"
