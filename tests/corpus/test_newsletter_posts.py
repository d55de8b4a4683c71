"""A newsletter post pasted from its e-mail or its platform's page: the platform's lines around
the story (its "view in browser" link, its thanks that asks for a subscription, its buttons, its
sponsor's label and paragraph) are furniture, so that two newsletters are not linked by them."""

from __future__ import annotations

import pytest

from reader.corpus import load_article
from reader.corpus.kinds import classify

STORY = ("The water board of Kessa voted on Tuesday to raise the reservoir's dam by two metres, against the "
         "advice of its own engineers, who said the old wall could not bear the added load.")

POST = f"""The Kessa Ledger
Read online

Was this newsletter forwarded to you? Sign up here

Dam vote splits the board

{STORY}

This edition is brought to you by Lowmere Bikes. Take 15% off a spring service with code LEDGER.

The engineers' report will be published next month.

Share

Thanks for reading The Kessa Ledger! Subscribe for free to receive new posts and support my work.

You are on the free plan of The Kessa Ledger. Upgrade to read the full archive.

Members get a weekly briefing on every vote of the board. Upgrade to paid

Like
Restack
"""


def test_a_newsletter_platforms_lines_are_furniture(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text(POST, encoding="utf-8")
    passages = [(p.kind, p.text) for p in load_article(path).passages]
    body = [text for kind, text in passages if kind == "body"]
    assert body == [STORY, "The engineers' report will be published next month."]
    assert ("heading", "Dam vote splits the board") in passages


@pytest.mark.parametrize("line", [
    "View in browser", "Open in browser", "Forwarded this email? Subscribe here for more", "Sponsored by Harbourline Ferries",
    "Thanks for reading Dockside Dispatch! Subscribe for free to receive new posts and support my work.",
    "You're currently a free subscriber to The Vellmar Weekly. For the full experience, upgrade your subscription.",
    "This post is for paid subscribers", "Today's issue is sponsored by Quayside Coffee. Use code DOCK10 at checkout.",
    "Paid subscribers get our full analysis every Friday. Upgrade to paid", "Restack", "Start writing",
])
def test_a_newsletter_line_is_boilerplate(line):
    assert classify(["A title", STORY, line, STORY])[2] == "boilerplate"


@pytest.mark.parametrize("line", [
    "The app's users were told to upgrade to paid plans by March, and many refused to do so.",
    "The festival, sponsored by the water board, drew four thousand people to the dam on Sunday.",
    "Thanks for reading the report so closely, the chair told the engineers before the vote was taken.",
    "Members of the board said they would read the engineers' report online before the next meeting.",
])
def test_a_sentence_of_the_story_that_names_the_same_things_is_text(line):
    assert classify(["A title", STORY, line, STORY])[2] == "body"


@pytest.mark.parametrize(("line", "kind"), [
    ("Good morning, readers.", "boilerplate"), ("Hi everyone!", "boilerplate"),
    ("Hello, and welcome back, subscribers!", "boilerplate"), ("Greetings, fellow readers.", "boilerplate"),
    ("Hello Kitty maker sues.", "body"), ("Welcome back, Commander Holm.", "body"),
])
def test_a_newsletters_hello_to_its_readers(line, kind):
    """A hello to all the readers as a sentence of its own is the letter's form, not its story;
    one to a person named, or a sentence that only opens with "Hello", is text."""
    assert classify(["A title", STORY, line, STORY])[2] == kind


@pytest.mark.parametrize("line", [
    "Sponsored by the state, the militia took the port.", "Presented by the minister, the bill passed on Monday.",
    "Brought to you by the tide, the logs piled up on the beach at Kessa.",
    "Sponsored by the mayor. The vote was held on Friday.",
])
def test_a_sentence_that_opens_like_a_sponsors_label_is_text(line):
    assert classify(["A title", STORY, line, STORY.replace("Kessa", "Orlen")])[2] == "body"


# The sender's postal address at the foot, below the sign-off and the unsubscribe line.
@pytest.mark.parametrize("address", ["Ledger Press Ltd, 14 Mill Lane, Kessa KS2 4RT",
                                     "2210 Harbor Avenue Suite 400, Portland, OR 97209",
                                     "PO Box 3310, Lowmere 5120, Norway"])
def test_a_newsletters_postal_address_at_its_foot_is_furniture(address):
    texts = ["The Kessa Ledger", "Dam vote splits the board", STORY, "The engineers' report will be published next month.",
             "Thanks for reading! See you next week.", "Unsubscribe · Manage preferences", address, "© 2026 Kessa Ledger"]
    assert classify(texts)[6] == "boilerplate"


@pytest.mark.parametrize("line", ["3 Questions, 2 Answers, 1 Vote", "12 Mill Lane, Kessa, Lowmere"])
def test_a_line_without_a_postcode_and_its_place_is_no_address(line):
    texts = ["The Kessa Ledger", STORY, "Unsubscribe · Manage preferences", line]
    assert classify(texts)[3] == "heading"


def test_an_address_in_the_story_stays_in_it():
    # (above the sign-off, in the text, an address is the story's: a heading or a line of it as before)
    texts = ["The Kessa Ledger", "14 Mill Lane, Kessa KS2 4RT", STORY, "Unsubscribe · Manage preferences"]
    assert classify(texts)[1] != "boilerplate"
