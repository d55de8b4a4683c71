"""A quote typed in a hurry, an apostrophe left out ("trawlers bow") or a space missing beside a
comma ("shots,not two"), still names the article's words, and the bookmark keeps them as the
article writes them."""

from __future__ import annotations

import pytest

from reader.bookmarks.quotes import find_quote, unique_quote
from reader.corpus import load_article
from reader.errors import UserError

STATEMENT = ("The boarding\n\n"
             "After three radio calls, the cutter fired two warning shots across the trawler’s bow. "
             "The crew say it fired at least four shots, not two.\n\n"
             "The skipper’s log was seized. Its owner’s lawyers want it back.\n")


def article_of(tmp_path, text: str = STATEMENT):
    path = tmp_path / "statement.txt"
    path.write_text(text, encoding="utf-8")
    return load_article(path)


@pytest.mark.parametrize(("typed", "found"), [
    ("across the trawlers bow", "across the trawler’s bow"),  # the apostrophe left out
    ("at least four shots,not two", "at least four shots, not two"),  # no space after the comma
    ("four shots , not two", "four shots, not two"),  # a space before it
    ("across the trawlers bow .The crew", "across the trawler’s bow. The crew"),
    ("THE SKIPPERS LOG", "The skipper’s log"),
    ("the skipper's log", "The skipper’s log"),  # (as before: the apostrophe's style)
])
def test_a_quote_typed_in_haste_is_found(tmp_path, typed, found):
    article = article_of(tmp_path)
    start, end = find_quote(article, typed)
    assert article.text[start:end] == found


def test_an_apostrophe_typed_where_the_article_has_none_is_forgiven_too(tmp_path):
    article = article_of(tmp_path)
    assert article.text[slice(*find_quote(article, "the crew say it fired at least four shot's"))] \
        == "The crew say it fired at least four shots"


def test_other_words_are_still_refused_with_the_closest_text(tmp_path):
    article = article_of(tmp_path)
    with pytest.raises(UserError, match="does not occur.*closest"):
        find_quote(article, "across the trawlers stern")


def test_a_quote_found_twice_in_haste_must_say_which(tmp_path):
    article = article_of(tmp_path, "Title\n\nThe owner’s boat sank. Later the owner’s boat was raised.\n")
    with pytest.raises(UserError, match="more than once"):
        unique_quote(article, "owners boat")
    assert article.text[slice(*unique_quote(article, "owners boat", 2))] == "owner’s boat"


def test_the_cli_bookmarks_the_articles_own_words(cli, cli_json, tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    typed = "fired two warning shots across the trawlers bow,the crew"
    assert cli("bookmarks", "add", path, "--quote", typed)[0] == 2  # (a full stop is no comma)
    assert cli("bookmarks", "add", path, "--quote", typed.replace(",", "."))[:2] == (0, "1\n")
    stored = {(b["quote"], STATEMENT[b["start"]:b["end"]]) for b in cli_json("bookmarks", "list", "--format", "json")["bookmarks"]}
    assert stored == {("fired two warning shots across the trawler’s bow. The crew",) * 2}
