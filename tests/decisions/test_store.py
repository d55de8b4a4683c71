"""The decision store: a migration from the bookmarks-only schema, writes, undo, re-anchoring
after edits, orphans, and a store that can only read."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.bookmarks import BookmarkStore, ReadOnlyError, schema
from reader.decisions import DecisionStore, unique_quote
from reader.errors import UserError

# The schema every release before link decisions wrote (version 1): bookmarks only.
V1_SQL = """
CREATE TABLE bookmark (id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]');
CREATE TABLE anchor (
    bookmark_id INTEGER NOT NULL REFERENCES bookmark(id) ON DELETE CASCADE,
    side INTEGER NOT NULL CHECK (side IN (0, 1)), path TEXT NOT NULL, content_hash TEXT NOT NULL,
    start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, quote TEXT NOT NULL,
    prefix TEXT NOT NULL, suffix TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
    outlet TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (bookmark_id, side)) WITHOUT ROWID;
CREATE INDEX anchor_by_path ON anchor(path);
PRAGMA user_version = 1;
"""

OIL_A = "Azerbaijan supplied Israel with forty percent of its crude oil last year"
OIL_B = "Forty percent of the crude oil Israel burns comes from Azerbaijani wells"
WAR_A = "Officials in Jerusalem reply that commerce is not a declaration of war."
WAR_B = "It is nothing of the kind."


def _span(article, quote):
    start = article.text.index(quote)
    return start, start + len(quote)


def test_a_v1_database_gains_decisions_and_keeps_its_bookmarks(data_dir, pair):
    a, b = pair
    data_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(data_dir / "bookmarks.sqlite3")
    conn.executescript(V1_SQL)
    start, end = _span(a, OIL_A)
    conn.execute("INSERT INTO bookmark (id, created, note) VALUES (3, '2024-01-02T03:04:05Z', 'kept')")
    conn.execute("INSERT INTO anchor VALUES (3, 0, ?, ?, ?, ?, ?, ?, ?, '', '', '')",
                 (str(a.path.resolve()), a.content_hash, start, end, OIL_A, a.text[start - 32:start],
                  a.text[end:end + 32]))
    conn.commit()
    conn.close()
    with DecisionStore.open(data_dir) as store:
        assert store.problems == [] and not store.read_only
        assert store._store._conn.execute("PRAGMA user_version").fetchone() == (schema.latest(),)
        assert store._store._conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        did = store.add_quotes("confirm", a, OIL_A, b, OIL_B)
        assert [d.id for d in store.decisions()] == [did]
    with BookmarkStore.open(data_dir) as bookmarks:
        [kept] = bookmarks.placed([a])
        assert (kept.id, kept.note, kept.status) == (3, "kept", "anchored")


def test_decisions_are_found_from_either_side(store, pair):
    a, b = pair
    did = store.add_quotes("link", a, OIL_A, b, OIL_B)
    [forward] = store.for_pair(a, b)
    [backward] = store.for_pair(b, a)
    assert forward.id == backward.id == did
    assert (forward.a.text, forward.b.text) == (OIL_A, OIL_B)
    assert (backward.a.text, backward.b.text) == (OIL_B, OIL_A)
    assert forward.status == "anchored" and forward.kind == "link"


def test_a_newer_decision_on_the_same_passages_replaces_the_older_and_undo_brings_it_back(store, pair):
    a, b = pair
    first = store.add_passages("confirm", a, a.passages[2], b, b.passages[2])
    other = store.add_passages("link", a, a.passages[3], b, b.passages[3])
    second = store.add_quotes("reject", a, OIL_A, b, OIL_B)  # inside the confirmed passages
    assert [(d.id, d.kind) for d in store.for_pair(a, b)] == [(other, "link"), (second, "reject")]
    assert store.undo().action == "add"
    assert [(d.id, d.kind) for d in store.for_pair(a, b)] == [(first, "confirm"), (other, "link")]


def test_delete_and_undo_step_back_through_history(store, pair):
    a, b = pair
    one = store.add_passages("link", a, a.passages[1], b, b.passages[1])
    two = store.add_passages("reject", a, a.passages[4], b, b.passages[4])
    assert store.delete(one).id == one
    with pytest.raises(UserError, match=f"no link decision with id {one}"):
        store.delete(one)
    assert [d.id for d in store.decisions()] == [two]
    undone = store.undo()
    assert (undone.action, undone.decision.id) == ("delete", one)
    assert [d.id for d in store.decisions()] == [one, two]
    assert store.undo().decision.id == two
    assert store.undo().decision.id == one
    assert store.decisions() == []
    with pytest.raises(UserError, match="nothing to undo"):
        store.undo()


def test_undo_works_across_processes_and_restarts(data_dir, pair):
    a, b = pair
    with DecisionStore.open(data_dir) as store:
        did = store.add_passages("reject", a, a.passages[2], b, b.passages[2])
    with DecisionStore.open(data_dir) as store:
        assert store.undo().decision.id == did
        assert store.decisions() == []


def test_a_decision_joins_two_different_articles(store, pair):
    a, _ = pair
    with pytest.raises(UserError, match="two different articles"):
        store.add_passages("link", a, a.passages[1], a, a.passages[2])
    with pytest.raises(UserError, match="unknown decision"):
        store.add_passages("maybe", a, a.passages[1], pair[1], pair[1].passages[2])


def test_quotes_must_be_found_once(pair):
    a, _ = pair
    with pytest.raises(UserError, match="occurs more than once; say which with --occurrence-a N"):
        unique_quote(a, "Jerusalem", flag="--occurrence-a")
    second = unique_quote(a, "Jerusalem", 2)
    assert a.text[slice(*second)] == "Jerusalem" and second[0] > a.text.index("Jerusalem")
    with pytest.raises(UserError, match="does not occur"):
        unique_quote(a, "Tbilisi")
    with pytest.raises(UserError, match="only 2 time"):
        unique_quote(a, "Jerusalem", 3)


def test_decisions_re_anchor_after_either_article_is_edited(store, pair, write, paragraphs):
    a, b = pair
    A_PARAGRAPHS, B_PARAGRAPHS = paragraphs
    store.add_quotes("link", a, OIL_A, b, OIL_B)
    a2 = write([A_PARAGRAPHS[0], "A new opening paragraph pushes everything down the page.", *A_PARAGRAPHS[1:]], "a.txt")
    edited_b = B_PARAGRAPHS[2].replace("burns", "burned")  # the quote itself edited slightly
    b2 = write([*B_PARAGRAPHS[:2], "Another paragraph first.", edited_b, *B_PARAGRAPHS[3:]], "b.txt")
    [d] = store.for_pair(a2, b2)
    assert d.status == "moved" and not d.orphaned
    assert a2.text[d.a.start:d.a.end] == OIL_A
    assert "crude oil Israel burned" in b2.text[d.b.start:d.b.end]
    assert a2.passage_at(d.a.start).index == 3 and b2.passage_at(d.b.start).index == 3


def test_a_decision_whose_text_is_gone_is_an_orphan_listed_not_moved(store, pair, write, paragraphs):
    a, b = pair
    did = store.add_quotes("confirm", a, WAR_A, b, WAR_B)
    kept = store.add_quotes("link", a, OIL_A, b, OIL_B)
    a2 = write([p.replace(WAR_A, "Officials answer nothing.") for p in paragraphs[0]], "a.txt")
    placed = {d.id: d for d in store.for_pair(a2, b)}
    assert placed[did].status == "orphaned" and placed[did].a.start is None
    assert placed[did].b.status == "anchored"  # the other side is still there, and still shown
    assert placed[did].as_json()["a"]["quote"] == WAR_A
    assert placed[kept].status == "anchored"
    a2.path.unlink()
    assert {d.id: d.status for d in store.placed()} == {did: "orphaned", kept: "orphaned"}


def test_a_store_from_a_newer_release_reads_decisions_but_refuses_writes(data_dir, pair):
    a, b = pair
    with DecisionStore.open(data_dir) as store:
        did = store.add_passages("link", a, a.passages[1], b, b.passages[1])
        store._store._conn.execute(f"PRAGMA user_version = {schema.latest() + 1}")
    with DecisionStore.open(data_dir) as store:
        assert store.read_only and "newer Counterpoint" in store.problems[0]
        assert [d.id for d in store.for_pair(a, b)] == [did]
        with pytest.raises(ReadOnlyError):
            store.add_passages("reject", a, a.passages[2], b, b.passages[2])
        with pytest.raises(ReadOnlyError):
            store.undo()
        assert [d.id for d in store.decisions()] == [did]


OPS = st.lists(st.one_of(
    st.tuples(st.just("add"), st.sampled_from(["link", "confirm", "reject"]), st.integers(1, 3), st.integers(1, 3)),
    st.tuples(st.just("delete"), st.integers(0, 5)),
    st.tuples(st.just("undo")),
), max_size=14)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])  # read only
@given(ops=OPS)
def test_adds_deletes_and_undos_match_a_model(pair, tmp_path_factory, ops):
    a, b = pair
    live: dict[int, tuple[str, int, int]] = {}
    history: list[tuple] = []  # ("add", id, {replaced id: entry}) or ("delete", id, entry)
    with DecisionStore.open(tmp_path_factory.mktemp("model")) as store:
        for op in ops:
            if op[0] == "add":
                _, kind, i, j = op
                replaced = {d: e for d, e in live.items() if e[1:] == (i, j)}
                new = store.add_passages(kind, a, a.passages[i], b, b.passages[j])
                for d in replaced:
                    del live[d]
                live[new] = (kind, i, j)
                history.append(("add", new, replaced))
            elif op[0] == "delete":
                if not live:
                    continue
                d = sorted(live)[op[1] % len(live)]
                store.delete(d)
                history.append(("delete", d, live.pop(d)))
            elif not history:
                with pytest.raises(UserError, match="nothing to undo"):
                    store.undo()
            else:
                action, d, saved = history.pop()
                assert store.undo().action == action
                if action == "add":
                    del live[d]
                    live.update(saved)
                else:
                    live[d] = saved
            stored = {d.id: (d.kind, a.passage_at(d.a.start).index, b.passage_at(d.b.start).index)
                      for d in store.decisions()}
            assert stored == live
