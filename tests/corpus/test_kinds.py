"""Passage kinds at an article's end: a sign-off is boilerplate, a short quoted sentence is not."""

from __future__ import annotations

import pytest

from reader.corpus.kinds import classify

LONG = ("Three days after the shelling, residents of the village were still clearing rubble from the "
        "main street, and the council had not yet said when the school would open again for the "
        "children of the valley, who have been taught in the church hall since the spring.")


@pytest.mark.parametrize("closing", ['"', "”", "’", "»", ")", '."'])
def test_a_short_quote_after_the_last_long_paragraph_is_body(closing):
    quote = f'Marta Velin, whose house was destroyed, said: "Walls do not tell you who fired.{closing}'
    assert classify([LONG, quote]) == ["body", "body"]


def test_a_sign_off_after_the_last_long_paragraph_is_still_boilerplate():
    assert classify([LONG, "Jonas Ferl, a staff correspondent based in Orlov"]) == ["body", "boilerplate"]
    assert classify([LONG, "Written by Ana Ruiz, senior editor"], author="Ana Ruiz") == ["body", "boilerplate"]


@pytest.mark.parametrize("line", ["Share this article on social media", "Share on Facebook",
                                  "Share this article on Facebook and Twitter.", "Share on Facebook, X or Email",
                                  "Share via WhatsApp, Telegram, and email",
                                  "Moravec Courier, 11 March 2025 — Staff correspondent Jonas Ferl",
                                  "ORLOV, March 11, 2025 | By our foreign correspondent"])
def test_sharing_prompts_and_dated_bylines_are_boilerplate(line):
    assert classify(["A title", LONG, line, LONG])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["Share the burden", "Our correspondent in Orlov, 11 March 2025, saw the shelling.",
                                  "Tweet on Friday sparks outrage", "Email to staff reveals plan",
                                  "Share on Facebook and the rest of the week was quiet"])
def test_a_heading_or_a_sentence_that_only_looks_like_one_is_not(line):
    assert classify(["A title", LONG, line, LONG])[2] != "boilerplate"
