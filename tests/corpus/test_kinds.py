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
