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


def test_add_or_replace_replaces_the_note_and_tags_of_that_place(store, write_article, sample):
    """What the reading room's dialog means: the note and tags it shows, edited, in place of
    the bookmark's own (an empty note clears it); add_once keeps and merges instead."""
    article = write_article()
    start, end = sample.span_of(article)
    first, was = store.add_or_replace([(article, start, end)], note="first", tags="oil, figures")
    assert was is None
    again, was = store.add_or_replace([(article, start, end)], note="", tags="checked")
    assert again == first and was.note == "first"
    [kept] = store.bookmarks()
    assert (kept.note, kept.tags) == ("", ("checked",))
    store.add_once([(article, start, end)], note="", tags="more")
    assert store.get(first).tags == ("checked", "more") and store.get(first).note == ""


def test_add_or_replace_waits_for_another_writer_of_that_place(store, data_dir, write_article, sample,
                                                               another_writer):
    """Another process bookmarks the place while the reader saves it: looking and writing are
    one transaction, so the reader's save waits for the other's and edits that bookmark
    instead of making a twin (two connections to one SQLite file)."""
    import threading

    article = write_article()
    sides = [(article, *sample.span_of(article))]
    store.bookmarks()  # the database exists
    saved: list = []
    with another_writer(store.path, sides, note="from the shell", tags="cli"):
        saver = threading.Thread(target=lambda: saved.append(store.add_or_replace(sides, note="mine", tags="room")))
        saver.start()
        saver.join(0.5)
        assert saver.is_alive()  # waiting for the other writer's transaction
    saver.join(30)
    [(bookmark_id, was)] = saved
    assert was is not None and was.note == "from the shell"
    [kept] = store.bookmarks()
    assert (kept.id, kept.note, kept.tags) == (bookmark_id, "mine", ("room",))
