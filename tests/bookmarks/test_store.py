"""The store's API as the reading room uses it: add, list re-anchored, edit, delete, undo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.bookmarks import ArticleShelf, BookmarkStore, fuzzy_filter, marked_units, parse_tags
from reader.bookmarks import store as store_module
from reader.errors import UserError


def test_add_and_list_a_passage(store, write_article, sample):
    article = write_article()
    passage = article.passages[2]
    bid = store.add_passage(article, passage, note="  the key figure ", tags="oil, trade, oil")
    [placed] = store.placed([article])
    assert placed.id == bid
    assert placed.status == "anchored"
    assert (placed.main.start, placed.main.end) == (passage.start, passage.end)
    assert placed.main.anchor.quote == passage.text
    assert placed.note == "the key figure"
    assert placed.tags == ("oil", "trade")
    assert placed.created.endswith("Z") and placed.created[10] == "T"
    assert placed.pair is None
    assert store.path == store.path.parent / "bookmarks.sqlite3" and store.path.is_file()


def test_pair_bookmark(store, write_article, sample):
    left = write_article()
    right = write_article("The other side\n\nArmenia says the oil money paid for the drones.\n", name="other.txt")
    bid = store.add_pair(left, *sample.span_of(left), right, *sample.span_of(right, "the oil money paid for the drones"),
                         note="both sides", tags=["oil"])
    [placed] = store.placed([left, right])
    assert placed.id == bid and placed.bookmark.is_pair
    assert placed.pair.anchor.quote == "the oil money paid for the drones"
    assert placed.pair.title == "The other side"
    data = placed.as_json()
    assert list(data) == ["id", "path", "title", "quote", "start", "end", "status", "note", "tags", "created", "pair"]
    assert data["pair"] == {"path": str(right.path.resolve()), "title": "The other side",
                            "quote": "the oil money paid for the drones", "start": right.text.index("the oil"),
                            "end": right.text.index("the oil") + 33, "status": "anchored"}


def test_update_note_and_tags(store, write_article, sample):
    article = write_article()
    bid = store.add(article, *sample.span_of(article), note="first", tags=["a"])
    updated = store.update(bid, tags="b, c")
    assert (updated.note, updated.tags) == ("first", ("b", "c"))
    store.update(bid, note="second\x1b[2J")  # control sequences never reach the terminal
    assert store.get(bid).note == "second"
    assert store.get(bid).tags == ("b", "c")
    with pytest.raises(UserError, match="no bookmark with id 99"):
        store.update(99, note="x")


def test_delete_and_undo(store, write_article, sample):
    article = write_article()
    first = store.add(article, *sample.span_of(article), note="keep me", tags=["t"])
    second = store.add_pair(article, *sample.span_of(article, "Critics in Yerevan"), article,
                            *sample.span_of(article, "Officials in Jerusalem"))
    gone = store.delete(second)
    assert [b.id for b in store.bookmarks()] == [first]
    assert gone.pair is not None and store.last_deleted == gone
    assert store.restore() == second  # same id back
    restored = store.get(second)
    assert restored == gone
    with pytest.raises(UserError, match="nothing to undo"):
        store.restore()
    with pytest.raises(UserError, match="no bookmark with id 12345"):
        store.delete(12345)


def test_ids_are_never_reused(store, write_article, sample):
    article = write_article()
    a = store.add(article, *sample.span_of(article))
    store.delete(a)
    b = store.add(article, *sample.span_of(article))
    assert b > a


def test_marked_units(store, write_article, sample):
    article = write_article()
    store.add(article, *sample.span_of(article, "Critics in Yerevan"))
    # a span across the end of paragraph 4 and the start of paragraph 5
    start = article.text.index("the map of the region")
    store.add(article, start, article.passages[5].start + 10)
    placed = store.placed([article])
    assert marked_units(article, placed) == {3, 4, 5}
    sentences = marked_units(article, placed, "sentence")
    assert {article.sentences[i].text[:18] for i in sentences} >= {"Critics in Yerevan"}
    other = article.passages[1]
    assert other.index not in marked_units(article, placed)
    assert store.marked_units(article) == {3, 4, 5}
    assert store.marked_units(article, "sentence") == sentences


def test_marks_for_one_article_come_from_its_own_bookmarks(store, write_article, sample):
    left = write_article()
    right = write_article("Another view\n\nFirst.\n\nThe oil trade is a lifeline for Baku.\n", name="right.txt")
    store.add(left, *sample.span_of(left))
    store.add_pair(left, *sample.span_of(left, "Critics in Yerevan"), right, *sample.span_of(right, "a lifeline"))
    assert [b.id for b in store.bookmarks(right.path)] == [2]
    assert store.marked_units(right) == {2}
    assert store.marked_units(left) == {2, 3}


def test_orphaned_bookmarks_are_not_marked(store, write_article, sample):
    article = write_article()
    store.add(article, *sample.span_of(article))
    changed = write_article(sample.TEXT.replace(sample.PARAGRAPHS[2] + "\n\n", ""))
    placed = store.placed([changed])
    assert placed[0].status == "orphaned"
    assert marked_units(changed, placed) == set()
    assert len(store.bookmarks()) == 1  # kept


def test_many_bookmarks_on_one_article_read_it_once(store, write_article, sample, monkeypatch):
    article = write_article()
    for passage in article.passages:
        store.add_passage(article, passage)
    loads = []
    original = ArticleShelf._load
    monkeypatch.setattr(ArticleShelf, "_load", lambda shelf, key: loads.append(key) or original(shelf, key))
    placed = store.placed()
    assert len(placed) == len(article.passages) and all(b.status == "anchored" for b in placed)
    assert loads == [str(article.path.resolve())]
    loads.clear()
    store.placed([article])  # already loaded by the caller: not read again
    assert loads == []


def test_fuzzy_filter(store, write_article, sample):
    article = write_article()
    oil = store.add(article, *sample.span_of(article), note="energy figures", tags=["oil"])
    drones = store.add(article, *sample.span_of(article, "The drones that flew over the mountains"), tags=["war"])
    placed = store.placed([article])
    assert [b.id for b in fuzzy_filter("", placed)] == [oil, drones]
    assert [b.id for b in fuzzy_filter("drones", placed)] == [drones]
    assert [b.id for b in fuzzy_filter("enrgy", placed)] == [oil]  # a typo still matches
    assert [b.id for b in fuzzy_filter("war mountains", placed)] == [drones]
    assert [b.id for b in fuzzy_filter("pipelines", placed)] == [oil, drones]  # the title
    assert fuzzy_filter("zzqx", placed) == []


def test_parse_tags():
    assert parse_tags("a, b ,, a") == ("a", "b")
    assert parse_tags(["x", "y, z", "  two   words "]) == ("x", "y", "z", "two words")
    assert parse_tags(None) == () and parse_tags("") == ()


def test_bad_spans_are_refused(store, write_article):
    article = write_article()
    with pytest.raises(UserError):
        store.add(article, 10, 5)
    with pytest.raises(UserError):
        store.add(article, 0, len(article.text) + 1)
    assert store.bookmarks() == []


def test_failed_write_leaves_nothing(store, write_article, sample, monkeypatch):
    """An error between the two inserts of a pair rolls the whole bookmark back."""
    article = write_article()
    calls = []

    def failing_insert(conn, *args):
        calls.append(1)
        conn.execute("INSERT INTO bookmark (created) VALUES ('x')")
        raise sqlite3.IntegrityError("simulated")

    monkeypatch.setattr(BookmarkStore, "_insert", staticmethod(failing_insert))
    with pytest.raises(UserError, match="nothing was saved"):
        store.add(article, *sample.span_of(article))
    monkeypatch.undo()
    assert calls and store.bookmarks() == []
    assert sqlite3.connect(store.path).execute("SELECT count(*) FROM bookmark").fetchone() == (0,)


def test_store_in_a_fresh_nested_directory(tmp_path, write_article, sample):
    with BookmarkStore.open(tmp_path / "not" / "yet" / "there") as s:
        assert not s.read_only and s.problems == []
        article = write_article()
        s.add(article, *sample.span_of(article))
    assert (tmp_path / "not" / "yet" / "there" / "bookmarks.sqlite3").is_file()
    assert store_module.DB_NAME == "bookmarks.sqlite3"


def test_a_broken_manifest_beside_the_article_does_not_orphan_its_bookmarks(store, write_article, sample):
    article = write_article()
    store.add_quote(article, sample.QUOTE)
    other = write_article(name="other.txt")
    store.add_quote(other, sample.QUOTE)
    manifest = article.path.parent / "corpus.toml"
    manifest.write_text('[[article]]\nfile = "article.txt"\ntitle = ', encoding="utf-8")
    before = list(store.problems)
    placed = store.placed()
    assert [b.status for b in placed] == ["anchored", "anchored"]
    assert placed[0].main.title == "Pipelines and Promises"
    new = store.problems[len(before):]
    assert len(new) == 1 and str(manifest) in new[0] and "line 3" in new[0], new
    store.placed()
    assert len(store.problems) == len(before) + 1  # said once, not once per call


def test_an_unreadable_article_is_still_orphaned_beside_a_broken_manifest(store, write_article, sample):
    article = write_article()
    store.add_quote(article, sample.QUOTE)
    (article.path.parent / "corpus.toml").write_text("x = ", encoding="utf-8")
    article.path.write_bytes(b"")
    article.path.chmod(0)
    try:
        import os

        if os.access(article.path, os.R_OK):
            pytest.skip("running as a user who can read anything")
        assert [b.status for b in store.placed()] == ["orphaned"]
    finally:
        article.path.chmod(0o644)


@pytest.fixture
def manifest_parses(monkeypatch):
    """The corpus.toml files parsed while the test runs, in order, by resolved path."""
    import reader.corpus.manifest as manifest_module

    parses: list[Path] = []
    load_toml = manifest_module.load_toml

    def counting(path, *args):
        parses.append(Path(path).resolve())
        return load_toml(path, *args)

    monkeypatch.setattr(manifest_module, "load_toml", counting)
    return parses


def test_placing_bookmarks_on_many_articles_of_a_folder_parses_its_manifest_once(
        store, write_article, sample, manifest_parses):
    names = [f"article-{n}.txt" for n in range(4)]
    articles = [write_article(name=name) for name in names]
    for article in articles:
        store.add_quote(article, sample.QUOTE)
    manifest = articles[0].path.parent / "corpus.toml"
    manifest.write_text("".join(f'[[article]]\nfile = "{name}"\ntitle = "Title of {name}"\n\n' for name in names),
                        encoding="utf-8")
    placed = store.placed()
    assert [(b.status, b.main.title) for b in placed] == [("anchored", f"Title of {name}") for name in names]
    assert manifest_parses == [manifest.resolve()]


def test_a_broken_manifest_is_parsed_once_and_reported_once(store, write_article, sample, manifest_parses):
    articles = [write_article(name=f"article-{n}.txt") for n in range(3)]
    for article in articles:
        store.add_quote(article, sample.QUOTE)
    manifest = articles[0].path.parent / "corpus.toml"
    manifest.write_text("x = ", encoding="utf-8")
    before = len(store.problems)
    assert [b.status for b in store.placed()] == ["anchored"] * 3
    assert manifest_parses == [manifest.resolve()]
    assert len(store.problems) == before + 1 and str(manifest) in store.problems[-1]
