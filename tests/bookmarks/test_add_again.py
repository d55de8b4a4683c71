"""`bookmarks add` on a place that is bookmarked already is that bookmark, as in the reading
room: a script run twice leaves one bookmark, not two, and --note/--tag change it."""

from __future__ import annotations


def _listed(cli_json) -> list[tuple[int, str, list[str], str | None]]:
    return [(b["id"], b["note"], b["tags"], b["pair"] and b["pair"]["quote"])
            for b in cli_json("bookmarks", "list", "--format", "json")["bookmarks"]]


def test_adding_the_same_place_again_changes_that_bookmark(cli, cli_json, write_article, sample):
    article = write_article()
    assert cli("bookmarks", "add", article.path, "--quote", sample.QUOTE, "--tag", "oil")[:2] == (0, "1\n")

    status, out, err = cli("bookmarks", "add", article.path, "--quote", sample.QUOTE.upper())  # the same words
    assert (status, out) == (0, "1\n")
    assert err == ("counterpoint: warning: bookmarked already as bookmark 1; nothing changed "
                   "(--note replaces its note, --tag adds a tag)\n")

    status, out, err = cli("bookmarks", "add", article.path, "--quote", sample.QUOTE, "--note", "checked",
                           "--tag", "figures")
    assert (status, out) == (0, "1\n") and "note replaced and tags added" in err
    assert _listed(cli_json) == [(1, "checked", ["oil", "figures"], None)]

    # another occurrence, or a pair on the same passage, is another bookmark
    assert cli("bookmarks", "add", article.path, "--quote", "forty percent of its crude oil",
               "--occurrence", "2")[:2] == (0, "2\n")
    other = write_article(name="other.txt")
    assert cli("bookmarks", "add", article.path, "--quote", sample.QUOTE, "--pair", other.path,
               "--pair-quote", sample.QUOTE)[:2] == (0, "3\n")
    status, out, err = cli("bookmarks", "add", other.path, "--quote", sample.QUOTE, "--pair", article.path,
                           "--pair-quote", sample.QUOTE, "--tag", "pair")  # the pair named the other way round
    assert (status, out) == (0, "3\n") and "bookmark 3" in err
    assert [b[0] for b in _listed(cli_json)] == [1, 2, 3]
