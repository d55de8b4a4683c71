"""Link decisions kept in the bookmarks database (`<data dir>/bookmarks.sqlite3`).

The decisions share the bookmark store's connection and write discipline: each write is one
`BEGIN IMMEDIATE ... COMMIT` on a WAL database with a busy timeout, so several processes queue
instead of failing. A decision is keyed by its two articles (either order: swapping panes finds
the same decisions) and each side is anchored like a bookmark.

The newest decision about a pair of passages wins: a new one whose two sides overlap an older
one's (as both are placed now) replaces it. Nothing is erased outright: a deleted or replaced
decision is marked, and `link_event` records every add and delete, so `undo` can step back
through them one at a time, from any process.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from reader.bookmarks.anchoring import Anchor, anchor_span, article_key
from reader.bookmarks.quotes import unique_quote
from reader.bookmarks.store import (ANCHOR_COLUMNS, ArticleShelf, BookmarkStore, Twins, checked_id, mended, now_utc,
                                    stored_anchor, stored_time)
from reader.corpus import Article, Passage
from reader.decisions.apply import covered_units, linked_pair
from reader.decisions.model import KINDS, Decision, Kind, PlacedDecision
from reader.errors import UserError

_SELECT = (f"SELECT d.id, d.kind, d.created, a.side, {', '.join('a.' + c for c in ANCHOR_COLUMNS)} "
           "FROM link_decision d JOIN link_anchor a ON a.decision_id = d.id")


@dataclass(frozen=True, slots=True)
class Undone:
    """What `undo` reversed: the decision and whether it had been added or deleted."""

    action: Literal["add", "delete"]
    decision: Decision

    def describe(self) -> str:
        if self.action == "add":
            return f"undid {self.decision.kind} decision {self.decision.id} (removed it)"
        return f"undid the deletion of {self.decision.kind} decision {self.decision.id} (restored it)"


def _overlap(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> bool:
    if None in a or None in b:
        return False
    return a[0] < b[1] and b[0] < a[1]  # type: ignore[operator]


_NOTHING_TO_UNDO = "nothing to undo: no link decision or deletion is left to undo"


class NothingToUndo(UserError):
    """`undo` with no decision left to reverse: a state to report, not a failure (the CLI still
    exits 2, as for every refused request; the reading room says it as a plain notice)."""


class DecisionStore:
    """The reader's link decisions. Open with `DecisionStore.open(data_dir)`; never raises for a
    bad database file (see `problems` and `read_only`, as for bookmarks)."""

    def __init__(self, store: BookmarkStore) -> None:
        self._store = store

    @classmethod
    def open(cls, data_dir: str | Path | None = None, *, create: bool = True) -> DecisionStore:
        return cls(BookmarkStore.open(data_dir, create=create))

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    @property
    def problems(self) -> list[str]:
        return self._store.problems

    @property
    def unreadable(self) -> str | None:
        """Why the stored decisions cannot be read, if so (a listing must fail, not be empty)."""
        return self._store.unreadable

    @property
    def recovered(self) -> str | None:
        """A damaged database moved aside by this opening, if so: what it held is out of reach."""
        return self._store.recovered

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> DecisionStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------------

    def add(self, kind: Kind, a: Article, a_start: int, a_end: int, b: Article, b_start: int,
            b_end: int) -> int:
        """Record `kind` for source span [a_start, a_end) of `a` and [b_start, b_end) of `b`;
        returns the new id. Live decisions it overlaps on both sides are replaced by it."""
        if kind not in KINDS:
            raise UserError(f"unknown decision {kind!r} (expected {', '.join(KINDS)})")
        if article_key(a.path) == article_key(b.path):
            raise UserError("a link decision joins two different articles")
        anchors = (anchor_span(a, a_start, a_end), anchor_span(b, b_start, b_end))
        # Placed before the write lock is taken: re-anchoring in long articles must not hold
        # up other writers. One made meanwhile by another process is newer anyway.
        replaced = [p.id for p in self.for_pair(a, b)
                    if _overlap((p.a.start, p.a.end), (a_start, a_end))
                    and _overlap((p.b.start, p.b.end), (b_start, b_end))]
        with self._store._write() as conn:
            made = now_utc()
            new_id = self._insert(conn, kind, made, anchors)
            conn.executemany("UPDATE link_decision SET deleted = ?, replaced_by = ? WHERE id = ? AND deleted IS NULL",
                             [(made, new_id, old) for old in replaced])
        return new_id

    @staticmethod
    def _insert(conn: sqlite3.Connection, kind: Kind, created: str, anchors: Iterable[Anchor]) -> int:
        """A new decision's rows, and its add in the undo history; returns its id."""
        new_id = conn.execute("INSERT INTO link_decision (kind, created) VALUES (?, ?)", (kind, created)).lastrowid
        for side, anchor in enumerate(anchors):
            conn.execute(
                f"INSERT INTO link_anchor (decision_id, side, {', '.join(ANCHOR_COLUMNS)}) "
                f"VALUES (?, ?, {', '.join('?' * len(ANCHOR_COLUMNS))})",
                (new_id, side, anchor.path, anchor.content_hash, anchor.start, anchor.end,
                 anchor.quote, anchor.prefix, anchor.suffix, anchor.title, anchor.outlet, anchor.date,
                 anchor.author, anchor.url))
        conn.execute("INSERT INTO link_event (decision_id, action, at) VALUES (?, 'add', ?)", (new_id, now_utc()))
        return new_id

    def add_decisions(self, decisions: Iterable[Decision]) -> tuple[int, int]:
        """Add exported decisions (reader.decisions.importing) under new ids, all in one
        transaction, oldest first, after those here: one here already (the same kind and
        sides, made at the same time, in whichever files; deleted here too) is skipped, so
        importing a file twice adds nothing, and takes the import's paths when its files are
        missing and the import's are not (an import made before the articles were found).
        Returns (added, skipped)."""
        decisions = sorted(decisions, key=lambda d: stored_time(d.created))
        with self._store._write() as conn:
            here = Twins(self._rows(conn, ""), lambda d: (d.a, d.b), lambda d: (d.kind, d.created))
            added = 0
            for d in decisions:
                twin = here.of(d)
                if twin is None:
                    self._insert(conn, d.kind, stored_time(d.created), (d.a, d.b))
                    here.add(replace(d, created=stored_time(d.created)))
                    added += 1
                    continue
                for side, (old, new) in enumerate(((twin.a, d.a), (twin.b, d.b))):
                    mended(conn, "link_anchor", "decision_id", twin.id, side, old, new)
        return added, len(decisions) - added

    def add_passages(self, kind: Kind, a: Article, passage_a: Passage, b: Article, passage_b: Passage) -> int:
        """Record `kind` for two whole passages (or sentences), as the reading room does."""
        return self.add(kind, a, passage_a.start, passage_a.end, b, passage_b.start, passage_b.end)

    def add_quotes(self, kind: Kind, a: Article, quote_a: str, b: Article, quote_b: str, *,
                   occurrence_a: int | None = None, occurrence_b: int | None = None) -> int:
        """Record `kind` for the places two quotes name; a quote that is absent, or occurs more
        than once with no occurrence given, is a UserError."""
        a_span = unique_quote(a, quote_a, occurrence_a, flag="--occurrence-a")
        b_span = unique_quote(b, quote_b, occurrence_b, flag="--occurrence-b")
        return self.add(kind, a, *a_span, b, *b_span)

    def delete(self, decision_id: int) -> Decision:
        """Delete a live decision (undo brings it back); UserError for an unknown id."""
        if self._store.absent:
            raise UserError(f"no link decision with id {decision_id}")
        with self._store._write() as conn:
            gone = self._get(conn, decision_id)
            when = now_utc()
            conn.execute("UPDATE link_decision SET deleted = ? WHERE id = ?", (when, decision_id))
            conn.execute("INSERT INTO link_event (decision_id, action, at) VALUES (?, 'delete', ?)",
                         (decision_id, when))
        return gone

    def undo(self) -> Undone:
        """Reverse the newest add or delete not yet undone, whichever process made it."""
        if self._store.absent:
            raise NothingToUndo(_NOTHING_TO_UNDO)
        with self._store._write() as conn:
            row = conn.execute("SELECT id, decision_id, action FROM link_event ORDER BY id DESC LIMIT 1").fetchone()
            if row is None:
                raise NothingToUndo(_NOTHING_TO_UNDO)
            event_id, decision_id, action = row
            decision = self._get(conn, decision_id, live=False)
            if action == "add":
                conn.execute("UPDATE link_decision SET deleted = NULL, replaced_by = NULL WHERE replaced_by = ?",
                             (decision_id,))
                conn.execute("DELETE FROM link_event WHERE decision_id = ?", (decision_id,))
                conn.execute("DELETE FROM link_anchor WHERE decision_id = ?", (decision_id,))
                conn.execute("DELETE FROM link_decision WHERE id = ?", (decision_id,))
            else:
                conn.execute("UPDATE link_decision SET deleted = NULL WHERE id = ?", (decision_id,))
                conn.execute("DELETE FROM link_event WHERE id = ?", (event_id,))
        return Undone(action, decision)

    # --- reading -------------------------------------------------------------------------

    @staticmethod
    def _rows(conn: sqlite3.Connection, where: str, params: tuple = ()) -> list[Decision]:
        sides: dict[int, dict[int, Anchor]] = {}
        heads: dict[int, tuple[str, str]] = {}
        for did, kind, created, side, *anchor in conn.execute(f"{_SELECT} {where} ORDER BY d.id, a.side", params):
            heads[did] = (kind, created)
            sides.setdefault(did, {})[side] = stored_anchor(anchor)
        return [Decision(did, kind, sides[did][0], sides[did][1], created)
                for did, (kind, created) in heads.items() if len(sides[did]) == 2]

    def _get(self, conn: sqlite3.Connection, decision_id: int, *, live: bool = True) -> Decision:
        where = "WHERE d.id = ?" + (" AND d.deleted IS NULL" if live else "")
        found = self._rows(conn, where, (checked_id(decision_id, "link decision"),))
        if not found:
            raise UserError(f"no link decision with id {decision_id}")
        return found[0]

    def _read(self, where: str, params: tuple = ()) -> list[Decision]:
        with self._store._lock:
            conn = self._store._conn
            if conn is None:
                return []
            try:
                return self._rows(conn, where, params)
            except sqlite3.Error as exc:
                raise UserError(f"cannot read link decisions from {self.path} ({exc})") from exc

    @staticmethod
    def _pair_where(a: str | Path, b: str | Path) -> tuple[str, tuple]:
        """Live decisions between the two article files, in either order."""
        side = "d.id IN (SELECT decision_id FROM link_anchor WHERE side = {} AND path = ?)"
        both = f"({side.format(0)} AND {side.format(1)})"
        ka, kb = article_key(a), article_key(b)
        return f"WHERE d.deleted IS NULL AND ({both} OR {both})", (ka, kb, kb, ka)

    def decisions(self, pair: tuple[str | Path, str | Path] | None = None) -> list[Decision]:
        """Live decisions, oldest first, as stored; only those between the two files when
        `pair` is given (sides as stored, not oriented)."""
        if pair is None:
            return self._read("WHERE d.deleted IS NULL")
        return self._read(*self._pair_where(*pair))

    def placed(self, articles: Iterable[Article] | ArticleShelf = ()) -> list[PlacedDecision]:
        """Every live decision re-anchored in the current articles, oldest first."""
        shelf = articles if isinstance(articles, ArticleShelf) else ArticleShelf(articles)
        out = [place_decision(d, shelf) for d in self.decisions()]
        self.problems.extend(p for p in shelf.problems if p not in self.problems)
        return out

    def among(self, articles: Sequence[Article]) -> list[PlacedDecision]:
        """The decisions between two of `articles`, placed in them, oldest first: no other
        article is read from disk."""
        keys = {article_key(a.path) for a in articles}
        shelf = ArticleShelf(articles)
        return [place_decision(d, shelf) for d in self.decisions()
                if d.a.path in keys and d.b.path in keys and d.a.path != d.b.path]

    def for_pair(self, a: Article, b: Article) -> list[PlacedDecision]:
        """The decisions between `a` and `b`, placed in them, side `a` always in article `a`."""
        shelf = ArticleShelf([a, b])
        key = article_key(a.path)
        return [place_decision(d if d.a.path == key else d.swapped(), shelf)
                for d in self.decisions((a.path, b.path))]


def place_decision(decision: Decision, shelf: ArticleShelf) -> PlacedDecision:
    return PlacedDecision(decision, shelf.place(decision.a), shelf.place(decision.b))


def decided_pair(decision: Decision, a: Article, b: Article, a_units: Sequence[Passage],
                 b_units: Sequence[Passage]) -> tuple[int, int] | None:
    """The passages (a unit of `a`, a unit of `b`) `decision` is about, the pair it links or
    would link: where a reader who undid it looks again. None when it is about other articles
    or its text is gone."""
    keys = article_key(a.path), article_key(b.path)
    if (decision.b.path, decision.a.path) == keys:
        decision = decision.swapped()
    elif (decision.a.path, decision.b.path) != keys:
        return None
    placed = place_decision(decision, ArticleShelf([a, b]))
    if placed.orphaned:
        return None
    ua, ub = covered_units(placed, list(a_units), list(b_units))
    return linked_pair(placed, list(a_units), list(b_units), ua, ub) if ua and ub else None
