"""A quote typed at a shell, in a hurry: single quote marks inside the double ones that hold the
argument ("called the payment 'an insult'"), the apostrophe of a plural's possessive left out
("the residents group"), a hyphen typed for a space or a space for a hyphen ("fire-engines",
"fence line"). The bookmark keeps the article's own words, its quote marks whole."""

from __future__ import annotations

import pytest

from reader.bookmarks.quotes import find_quote
from reader.corpus import load_article
from reader.errors import UserError

STATEMENT = ("The payment\n\n"
             "The residents’ group called the payment “an insult” and asked for more. "
             "Sensors of this type react to the exhaust of fire engines, the company said.\n\n"
             "The fence-line stations sit upwind. The parents' meeting is on Tuesday.\n")


def article_of(tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    return load_article(path)


@pytest.mark.parametrize(("typed", "found"), [
    ("called the payment 'an insult'", "called the payment “an insult”"),  # single marks for double
    ("called the payment 'an insult' and asked", "called the payment “an insult” and asked"),
    ("the residents group called", "The residents’ group called"),  # the plural's apostrophe left out
    ("the parents meeting", "The parents' meeting"),
    ("the exhaust of fire-engines", "the exhaust of fire engines"),  # a hyphen for a space
    ("the fence line stations", "The fence-line stations"),  # a space for a hyphen
    ("residents group called the payment 'an insult'", "residents’ group called the payment “an insult”"),
])
def test_a_quote_typed_at_a_shell_is_found(tmp_path, typed, found):
    article = article_of(tmp_path)
    start, end = find_quote(article, typed)
    assert article.text[start:end] == found


@pytest.mark.parametrize("typed", [
    "the residents group called the payment an insult and asked for less",  # other words
    "the firee engines",
    "the fenceline stations",  # two words run together are no hyphen left out
])
def test_other_words_are_still_refused(tmp_path, typed):
    with pytest.raises(UserError, match="does not occur"):
        find_quote(article_of(tmp_path), typed)
