"""A quote is found, suggested and bookmarked inside one paragraph: words that run across a
paragraph break (a title and the paragraph after it) are no place in the article to mark."""

from __future__ import annotations

import re

import pytest

from reader.bookmarks import find_quote
from reader.errors import UserError

# A Markdown article whose title ends with the words the next paragraph's first words follow.
HARBOUR = ("# In the frozen harbour nobody sails\n\n"
           "The Talvik fleet has stayed at anchor since the ice came in early, and the crews wait "
           "for a thaw.\n\n"
           "Fishermen say the winter was the hardest they remember.\n")
# A plain-text article: a paragraph ends on words the next one's first words seem to go on from.
COUNCIL = ("The council meets again\n\n"
           "After four hours of argument the members put off the vote\n\n"
           "Tomorrow the mayor will ask them to decide on the new bridge before the river rises.\n")


def _inside_one(article, lo: int, hi: int) -> bool:
    """Whether the source span [lo, hi) lies inside one of the article's paragraphs."""
    return any(p.start <= lo and hi <= p.end for p in article.passages)


@pytest.mark.parametrize("text, typed", [
    (HARBOUR, "nobody here wrote this"),
    (HARBOUR, "nobody sail, the Talvek"),
    (COUNCIL, "members put it off. Tomorrow"),
    (COUNCIL, "the vote tomorow the mayor"),
])
def test_the_closest_text_suggested_lies_inside_one_paragraph(write_article, text, typed):
    article = write_article(text, "article.md" if text.startswith("#") else "article.txt")
    with pytest.raises(UserError) as raised:
        find_quote(article, typed)
    number, shown = re.search(r"closest \(paragraph (\d+)\): “(.*)”$", str(raised.value)).groups()
    assert shown in article.passages[int(number) - 1].text, str(raised.value)


@pytest.mark.parametrize("text, typed, pieces", [
    (HARBOUR, "nobody sails The Talvik", "1 and 2"),
    (COUNCIL, "put off the vote Tomorrow the mayor", "2 and 3"),
    (COUNCIL, "meets again After four hours of argument the members put off the vote Tomorrow", "1 to 3"),
])
def test_a_quote_across_a_paragraph_break_is_refused_saying_what_to_do(write_article, store, text, typed, pieces):
    article = write_article(text, "article.md" if text.startswith("#") else "article.txt")
    with pytest.raises(UserError) as raised:
        store.add_quote(article, typed)
    message = str(raised.value)
    assert "\n" not in message
    assert f"runs across paragraphs {pieces}" in message, message
    suggested = re.search(r"e\.g\. “(.*)”", message).group(1)  # words of one paragraph, to use instead
    lo, hi = find_quote(article, suggested)
    assert _inside_one(article, lo, hi)
    assert store.placed() == []


def test_an_occurrence_inside_a_paragraph_is_found_after_one_across_a_break(write_article):
    """The quote "the bell the bell" first matches across the break, then inside the last
    paragraph, overlapping the first: that one is the quote's place, and the only one."""
    article = write_article("They rang the bell\n\nthe bell the bell rang on into the night.\n")
    start, end = find_quote(article, "the bell the bell")
    assert article.text[start:end] == "the bell the bell" and _inside_one(article, start, end)
    with pytest.raises(UserError, match=r"occurs only 1 time\(s\) within a paragraph, not 2"):
        find_quote(article, "the bell the bell", 2)
