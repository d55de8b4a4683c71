"""The bookmark store: every read and write of `<data dir>/bookmarks.sqlite3` goes through here.

Each write is one `BEGIN IMMEDIATE ... COMMIT` transaction on a WAL database with a busy
timeout, so concurrent processes queue instead of failing, and a process killed mid-write leaves
the last committed state. One store may be shared by threads (calls are serialised).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import threading
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TypeVar

from reader.bookmarks.anchoring import Anchor, Placement, anchor_span, article_key, place
from reader.bookmarks.quotes import find_quote
from reader.bookmarks.database import (DB_NAME, Opened, begin_write, is_busy, is_damage, is_read_only_error,
                                       open_database)
from reader.bookmarks.model import Bookmark, PlacedBookmark
from reader.corpus import Article, Passage
from reader.corpus.sanitize import sanitize, visible
from reader.errors import UserError
from reader.files import exists, is_regular

# The columns that hold an Anchor, in its field order: bookmarks and link decisions both store
# anchors in tables with these columns (reader.decisions.store).
ANCHOR_COLUMNS = ("path", "content_hash", "start_offset", "end_offset", "quote", "prefix", "suffix",
                  "title", "outlet", "date", "author", "url")


class ReadOnlyError(UserError):
    """A write was asked of a store that can only read."""


def now_utc() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# A time read without its seconds ("2024-05-01T12:00Z": a spreadsheet wrote it back as
# "2024-05-01 12:00"): it names a minute, not a second.
_MINUTE_ONLY = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\dZ")
_MINUTE_LENGTH = len("2024-05-01T12:00")


def minute_only(made: str) -> bool:
    return _MINUTE_ONLY.fullmatch(made) is not None


def stored_time(made: str) -> str:
    """`made` as the store keeps a time: one without its seconds at the minute's first."""
    return made[:_MINUTE_LENGTH] + ":00Z" if minute_only(made) else made


def same_time(one: str, other: str) -> bool:
    """Whether two times may be the one an item was made at: equal, or in the same minute when
    either was read without its seconds."""
    if minute_only(one) or minute_only(other):
        return one[:_MINUTE_LENGTH] == other[:_MINUTE_LENGTH]
    return one == other


# A lone surrogate is an undecodable byte of the command line or a file name: no text.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# SQLite's integers are signed 64-bit: a larger id cannot name a bookmark, nor a larger offset a place.
SQLITE_INT_MAX = 2**63 - 1


def _text(value: str) -> str:
    """Display-safe text to keep (a note, a tag): controls removed, stray bytes become U+FFFD."""
    return _SURROGATE.sub("\ufffd", sanitize(value).text)


def db_path(path: str) -> str | bytes:
    """An article key as stored: a path whose name is not valid UTF-8 (its undecodable bytes
    carried as surrogates) is stored as its bytes, so it round-trips exactly."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path)
    return path


def clean_note(note: str | None) -> str:
    return _text(note or "").strip()


def parse_tags(tags: str | Iterable[str] | None) -> tuple[str, ...]:
    """Tags from "a, b" or ["a", "b, c"]: split on commas, trimmed, made safe, de-duplicated."""
    if tags is None:
        return ()
    items = [tags] if isinstance(tags, str) else list(tags)
    out: dict[str, None] = {}  # a dict keeps the first of each in order, and finds one at once
    for item in items:
        for piece in item.split(","):
            if tag := " ".join(_text(piece).split()):
                out.setdefault(tag)
    return tuple(out)


class ArticleShelf:
    """Current articles by path, each read from disk at most once (None when gone/unreadable).

    An article is read with the metadata of the `corpus.toml` beside it; when that manifest is
    broken, the article is read without it (its bookmarks still place) and `problems` gets one
    line per broken manifest.
    """

    def __init__(self, articles: Iterable[Article] = (), *, on_disk: bool = False) -> None:
        """`articles`: those read already (a reader's open ones), used in place of their files.
        With `on_disk`, one stands for its file only while the file is still there to be read:
        one deleted, moved or replaced by something else since is gone (None), as it would be
        to a reader opened now (`counterpoint bookmarks list`)."""
        from reader.corpus.manifest import ManifestCache

        given = {article_key(a.path): a for a in articles}
        self._given = given if on_disk else {}
        self._by_key: dict[str, Article | None] = {} if on_disk else given
        self._manifests = ManifestCache()  # one parse per folder, not one per article read
        self._unlisted: set[str] = set()  # keys of articles read without their broken manifest
        self.problems: list[str] = []

    def place(self, anchor: Anchor) -> Placement:
        """`anchor` found in its current article, cited with the stored metadata where the
        article's manifest could not be read."""
        placement = place(anchor, self.get(anchor.path))
        return replace(placement, metadata_read=False) if anchor.path in self._unlisted else placement

    def get(self, key: str) -> Article | None:
        if key not in self._by_key:
            given = self._given.get(key)
            self._by_key[key] = self._load(key) if given is None else given if _readable(Path(key)) else None
        return self._by_key[key]

    def _load(self, key: str) -> Article | None:
        from reader.corpus import load_article

        path = Path(key)
        if not is_regular(path):  # (Path.is_file raises inside a folder that may not be searched)
            return None
        try:
            entry = self._manifests.entry_for(path)
            return load_article(entry.file, entry)
        except UserError as exc:
            with_manifest = str(exc)
        try:
            article = load_article(path)
        except UserError:
            return None  # the article itself is unreadable, not just its manifest
        self._unlisted.add(key)
        problem = f"{with_manifest}; bookmarks in its articles are cited with the metadata they were made with"
        if problem not in self.problems:
            self.problems.append(problem)
        return article


def _readable(path: Path) -> bool:
    """Whether `path` is a file this process may read (no read is made)."""
    try:
        return path.is_file() and os.access(path, os.R_OK)
    except OSError:
        return False


class BookmarkStore:
    """Bookmarks in one data directory. Open with `BookmarkStore.open(data_dir)`."""

    def __init__(self, path: Path, opened: Opened) -> None:
        self.path = path
        self._conn = opened.conn
        self.read_only = opened.read_only
        self.problems: list[str] = list(opened.problems)
        self.unreadable = opened.unreadable  # why the stored bookmarks cannot be read, if so
        self.recovered = opened.recovered  # a damaged database moved aside by this opening, if so
        self.absent = opened.absent  # no database, and none made: nothing was ever saved here
        self._lock = threading.RLock()
        # Set by `close`: a write queued for the lock (a thread of the reading room as it quits)
        # stops queuing after its current wait, so closing never waits out WRITE_PATIENCE.
        self._closing = threading.Event()
        self._last_deleted: Bookmark | None = None

    @classmethod
    def open(cls, data_dir: str | Path | None = None, *, create: bool = True) -> BookmarkStore:
        """The store in `data_dir` (default: `reader.paths.data_dir()`); never raises for a bad file.
        `create=False` for reading only: no database is made where there is none."""
        from reader.paths import data_dir as default_data_dir

        path = default_data_dir(data_dir) / DB_NAME
        return cls(path, open_database(path, create=create))

    def close(self) -> None:
        self._closing.set()  # before the lock, which a queued write holds
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> BookmarkStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._conn is None and self.unreadable:
                raise ReadOnlyError(f"{self.unreadable}; nothing was saved")
            if self.read_only or self._conn is None:
                raise ReadOnlyError(f"bookmarks are read-only ({self.path}); nothing was saved")
            conn = self._conn
            try:
                try:
                    begin_write(conn, give_up=self._closing.is_set)
                except KeyboardInterrupt:
                    raise KeyboardInterrupt(f"interrupted while waiting for {self.path} (another Counterpoint is "
                                            "writing); nothing was saved") from None
                try:
                    yield conn
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                raise self._write_error(exc) from exc

    def _write_error(self, exc: sqlite3.Error) -> UserError:
        if is_read_only_error(exc):
            self.read_only = True
            return ReadOnlyError(f"{self.path} is read-only; nothing was saved")
        if isinstance(exc, sqlite3.DatabaseError) and is_damage(exc):
            return UserError(f"{self.path} is damaged ({exc}); nothing was saved — restart Counterpoint to recover")
        if is_busy(exc):
            return UserError(f"{self.path} is busy (another Counterpoint is writing); nothing was saved, try again")
        return UserError(f"cannot save to {self.path} ({exc}); nothing was saved")

    @staticmethod
    def _insert(conn: sqlite3.Connection, bookmark_id: int | None, anchor: Anchor, pair: Anchor | None,
                note: str, tags: tuple[str, ...], created: str) -> int:
        cursor = conn.execute("INSERT INTO bookmark (id, created, note, tags) VALUES (?, ?, ?, ?)",
                              (bookmark_id, created, note, json.dumps(list(tags), ensure_ascii=False)))
        new_id = cursor.lastrowid
        for side, a in enumerate((anchor, pair)):
            if a is not None:
                conn.execute(
                    f"INSERT INTO anchor (bookmark_id, side, {', '.join(ANCHOR_COLUMNS)}) "
                    f"VALUES (?, ?, {', '.join('?' * len(ANCHOR_COLUMNS))})",
                    (new_id, side, db_path(a.path), a.content_hash, a.start, a.end, a.quote, a.prefix, a.suffix,
                     a.title, a.outlet, a.date, a.author, a.url),
                )
        return new_id

    def add(self, article: Article, start: int, end: int, *, note: str = "",
            tags: str | Iterable[str] = ()) -> int:
        """Bookmark the source span [start, end) of `article`; returns the new id."""
        anchor = anchor_span(article, start, end)
        with self._write() as conn:
            return self._insert(conn, None, anchor, None, clean_note(note), parse_tags(tags), now_utc())

    def add_pair(self, article: Article, start: int, end: int, other: Article, other_start: int,
                 other_end: int, *, note: str = "", tags: str | Iterable[str] = ()) -> int:
        """Bookmark a passage together with its counterpart in another article."""
        anchor = anchor_span(article, start, end)
        pair = anchor_span(other, other_start, other_end)
        with self._write() as conn:
            return self._insert(conn, None, anchor, pair, clean_note(note), parse_tags(tags), now_utc())

    def add_bookmarks(self, bookmarks: Sequence[Bookmark]) -> tuple[int, int]:
        """Add stored bookmarks (an import: `reader.bookmarks.importing`) under new ids, all in
        one transaction; one that is here already (the same sides, made at the same time, in
        whichever files) is skipped, so importing a file twice adds nothing. Returns (added,
        skipped).

        One here already whose file is missing where the import's is not (imported before the
        articles were found: `importing.relocate`) takes the import's paths, so importing again
        with the corpus found mends the earlier import."""
        with self._write() as conn:
            here = Twins(self._rows(conn), lambda b: (b.anchor, b.pair), lambda b: (b.created,))
            added = 0
            for b in bookmarks:
                twin = here.of(b)
                if twin is None:
                    self._insert(conn, None, b.anchor, b.pair, b.note, b.tags, stored_time(b.created))
                    here.add(replace(b, created=stored_time(b.created)))
                    added += 1
                    continue
                for side, (old, new) in enumerate(((twin.anchor, b.anchor), (twin.pair, b.pair))):
                    if old is not None and new is not None:
                        mended(conn, "anchor", "bookmark_id", twin.id, side, old, new)
        return added, len(bookmarks) - added

    def add_once(self, sides: Sequence[tuple[Article, int, int]], *, note: str = "",
                 tags: str | Iterable[str] = ()) -> tuple[int, PlacedBookmark | None]:
        """Bookmark `sides` ((article, start, end): one, or two for a pair) unless a bookmark
        is on that place already (`find_same`): then that one takes `note`, when given, in
        place of its own, and `tags` besides its own (as `bookmarks add` does). Looking and
        writing are one transaction, so processes bookmarking one place at once make one
        bookmark and lose none of each other's tags. Returns the id and the bookmark as it was
        (None when it is new)."""
        return self._add_or_change(sides, note, tags, lambda existing: (
            clean_note(note) if note else existing.note, parse_tags([*existing.tags, *parse_tags(tags)])))

    def add_or_replace(self, sides: Sequence[tuple[Article, int, int]], *, note: str = "",
                       tags: str | Iterable[str] = ()) -> tuple[int, PlacedBookmark | None]:
        """As `add_once`, but a bookmark on that place already takes `note` and `tags` in place
        of its own, both (an empty note clears it): what the reading room's dialog, which shows
        the note and tags to edit, means. One transaction, so another process bookmarking the
        place meanwhile makes no twin. Returns the id and the bookmark as it was (None when new)."""
        return self._add_or_change(sides, note, tags, lambda existing: (clean_note(note), parse_tags(tags)))

    def _add_or_change(self, sides: Sequence[tuple[Article, int, int]], note: str, tags: str | Iterable[str],
                       changed: Callable[[PlacedBookmark], tuple[str, tuple[str, ...]]],
                       ) -> tuple[int, PlacedBookmark | None]:
        """Add a bookmark on `sides`, or give the one there already the (note, tags) that
        `changed(existing)` makes of it, looking and writing in one transaction."""
        anchors = [anchor_span(article, start, end) for article, start, end in sides]
        with self._write() as conn:
            existing = self.find_same(sides)  # read inside the transaction: no writer between
            if existing is None:
                pair = anchors[1] if len(anchors) > 1 else None
                return self._insert(conn, None, anchors[0], pair, clean_note(note), parse_tags(tags), now_utc()), None
            new_note, new_tags = changed(existing)
            conn.execute("UPDATE bookmark SET note = ?, tags = ? WHERE id = ?",
                         (new_note, json.dumps(list(new_tags), ensure_ascii=False), existing.id))
            return existing.id, existing

    def add_passage(self, article: Article, passage: Passage, **kwargs) -> int:
        return self.add(article, passage.start, passage.end, **kwargs)

    def add_quote(self, article: Article, quote: str, *, occurrence: int = 1, note: str = "",
                  tags: str | Iterable[str] = ()) -> int:
        """Bookmark the `occurrence`-th place `quote` occurs in `article` (UserError if absent)."""
        start, end = find_quote(article, quote, occurrence)
        return self.add(article, start, end, note=note, tags=tags)

    def update(self, bookmark_id: int, *, note: str | None = None,
               tags: str | Iterable[str] | None = None) -> Bookmark:
        """Change the note and/or tags (None leaves one as it is); returns the updated bookmark."""
        with self._write() as conn:
            current = self._get(conn, bookmark_id)
            new_note = current.note if note is None else clean_note(note)
            new_tags = current.tags if tags is None else parse_tags(tags)
            conn.execute("UPDATE bookmark SET note = ?, tags = ? WHERE id = ?",
                         (new_note, json.dumps(list(new_tags), ensure_ascii=False), bookmark_id))
        return Bookmark(current.id, current.anchor, current.pair, new_note, new_tags, current.created)

    def delete(self, bookmark_id: int) -> Bookmark | None:
        """Delete a bookmark; returns it whole, so `restore` can put it back (undo). A damaged
        one (see `_rows`) is deleted too, and None returned: there is nothing to put back."""
        if self.absent:
            raise UserError(f"no bookmark with id {bookmark_id}")
        with self._write() as conn:
            found = self._rows(conn, "WHERE b.id = ?", (checked_id(bookmark_id),), damaged := [])
            if not found and not damaged:
                raise UserError(f"no bookmark with id {bookmark_id}")
            conn.execute("DELETE FROM anchor WHERE bookmark_id = ?", (bookmark_id,))
            conn.execute("DELETE FROM bookmark WHERE id = ?", (bookmark_id,))
        gone = found[0] if found else None
        self._last_deleted = gone
        return gone

    @property
    def last_deleted(self) -> Bookmark | None:
        return self._last_deleted

    def restore(self, bookmark: Bookmark | None = None) -> int:
        """Put back a deleted bookmark (default: the last one this store deleted), same id if free."""
        bookmark = bookmark or self._last_deleted
        if bookmark is None:
            raise UserError("nothing to undo: no bookmark was deleted")
        with self._write() as conn:
            taken = conn.execute("SELECT 1 FROM bookmark WHERE id = ?", (bookmark.id,)).fetchone()
            new_id = self._insert(conn, None if taken else bookmark.id, bookmark.anchor, bookmark.pair,
                                  bookmark.note, bookmark.tags, bookmark.created)
        if bookmark is self._last_deleted:
            self._last_deleted = None
        return new_id

    # --- reading -------------------------------------------------------------------------

    def _rows(self, conn: sqlite3.Connection, where: str = "", params: tuple = (),
              damaged: list[int] | None = None) -> list[Bookmark]:
        """The bookmarks the query selects. A row another program damaged (tags that are not
        a JSON list, an offset that is not a number) is left out, its id added to `damaged`
        (default: reported once in `problems`), so the rest still show."""
        rows = conn.execute(
            f"SELECT b.id, b.created, b.note, b.tags, a.side, {', '.join('a.' + c for c in ANCHOR_COLUMNS)} "
            f"FROM bookmark b JOIN anchor a ON a.bookmark_id = b.id {where} ORDER BY b.id, a.side",
            params,
        ).fetchall()
        sides: dict[int, dict[int, Anchor]] = {}
        heads: dict[int, tuple] = {}
        bad: dict[int, str] = {}
        for bid, created, note, tags, side, *anchor in rows:
            problem = _row_problem(created, note, tags, side, anchor)
            if problem:
                bad.setdefault(bid, problem)
                continue
            heads[bid] = (created, _text(note), tuple(map(_text, json.loads(tags))))
            sides.setdefault(bid, {})[side] = stored_anchor(anchor)
        out = []
        for bid, (created, note, tags) in heads.items():
            if bid in bad:
                continue
            if 0 in sides[bid]:
                out.append(Bookmark(bid, sides[bid][0], sides[bid].get(1), note, tags, created))
        if damaged is not None:
            damaged.extend(bad)
        elif bad:
            ids = ", ".join(map(str, bad))
            first = next(iter(bad.values()))
            problem = (f"{self.path}: bookmark{'s' if len(bad) > 1 else ''} {ids} "
                       f"{'are' if len(bad) > 1 else 'is'} damaged ({first}) and not shown; "
                       f"`counterpoint bookmarks delete ID` removes one")
            if problem not in self.problems:
                self.problems.append(problem)
        return out

    def _get(self, conn: sqlite3.Connection, bookmark_id: int) -> Bookmark:
        found = self._rows(conn, "WHERE b.id = ?", (checked_id(bookmark_id),), damaged := [])
        if damaged:
            raise UserError(f"bookmark {bookmark_id} is damaged in {self.path}; it can only be deleted")
        if not found:
            raise UserError(f"no bookmark with id {bookmark_id}")
        return found[0]

    def bookmarks(self, path: str | Path | None = None) -> list[Bookmark]:
        """Stored bookmarks, oldest first, as stored (no re-anchoring); only those with a side
        in the article file at `path` when given."""
        where, params = ("", ()) if path is None else (
            "WHERE b.id IN (SELECT bookmark_id FROM anchor WHERE path = ?)", (db_path(article_key(path)),))
        with self._lock:
            if self._conn is None:
                if self.unreadable:
                    raise UserError(self.unreadable)
                return []
            try:
                return self._rows(self._conn, where, params)
            except sqlite3.Error as exc:
                raise UserError(f"cannot read {self.path} ({exc})") from exc

    def get(self, bookmark_id: int) -> Bookmark:
        """One stored bookmark; UserError when there is no such id."""
        with self._lock:
            if self._conn is None:
                raise UserError(self.unreadable or f"no bookmark with id {bookmark_id}")
            try:
                return self._get(self._conn, bookmark_id)
            except sqlite3.Error as exc:
                raise UserError(f"cannot read {self.path} ({exc})") from exc

    def placed(self, articles: Iterable[Article] | ArticleShelf = ()) -> list[PlacedBookmark]:
        """Every bookmark re-anchored in the current articles, oldest first.

        `articles` are ones the caller already loaded (matched by resolved path); any other
        article a bookmark points to is read from disk once for the whole call.
        """
        shelf = articles if isinstance(articles, ArticleShelf) else ArticleShelf(articles)
        placed = [place_bookmark(b, shelf) for b in self.bookmarks()]
        self._take_problems(shelf)
        return placed

    def marked_units(self, article: Article, granularity: str = "paragraph",
                     others: Iterable[Article] | ArticleShelf = ()) -> set[int]:
        """Indices of `article.units(granularity)` holding a bookmark (either side of a pair)."""
        return marked_units(article, self.placed_in(article, others), granularity)

    def placed_in(self, article: Article, others: Iterable[Article] | ArticleShelf = ()) -> list[PlacedBookmark]:
        """The bookmarks with a side in `article`, re-anchored (`others` as for `placed`)."""
        shelf = others if isinstance(others, ArticleShelf) else ArticleShelf([article, *others])
        placed = [place_bookmark(b, shelf) for b in self.bookmarks(article.path)]
        self._take_problems(shelf)
        return placed

    def find_same(self, sides: Sequence[tuple[Article, int, int]]) -> PlacedBookmark | None:
        """The bookmark on exactly these sides ((article, start, end) each), if there is one."""
        shelf = ArticleShelf([article for article, _, _ in sides])
        return same_place(self.placed_in(sides[0][0], shelf), sides)

    def _take_problems(self, shelf: ArticleShelf) -> None:
        """A shelf's problems become the store's (once each), for the caller to show."""
        self.problems.extend(p for p in shelf.problems if p not in self.problems)


T = TypeVar("T")


def two_files(path: str, other: str) -> bool:
    """Whether `path` and `other` are both here and are two files (not one under two names); a
    file that is not here is known by its name alone."""
    if path == other:
        return False
    try:
        return not os.path.samefile(path, other)
    except (OSError, ValueError):
        return False


class Twins:
    """What is stored already, to find an imported item's twin (the same item, in any data
    folder and wherever its files are): by when it was made (`made`) and its sides' content
    hashes and offsets as made, unless a side's files are two files here (identical copies of
    one article in two folders, each bookmarked in the same second: two bookmarks, as a CSV
    export of them is read too). When either has a side read from a CSV export (no content hash,
    and the offsets where the passage stood at the export, moved since it was made perhaps), by
    its time and its sides' quotes and file names (what stays when an import finds a file
    moved), and when both are, by their offsets too; of several such, the one at the same
    offsets, or none: two items made in one second in two articles, or at two places of one,
    stay two; so do two whose sides have one file name but are two files here (this year's
    and last year's report.txt, in two folders). A time read without its seconds (a spreadsheet's) is any second of its minute,
    and so is a CSV side's stored at its minute's first second (how such a time is kept), whichever
    of the CSV and the JSON is imported first: `made` gives the time last, after what else must
    agree (a decision's kind)."""

    def __init__(self, items: Iterable[T], sides: Callable[[T], Sequence[Anchor | None]],
                 made: Callable[[T], tuple]) -> None:
        self._sides, self._made = sides, made
        self._by: dict[tuple, list[T]] = {}
        self._by_words: dict[tuple, list[T]] = {}
        for item in items:
            self.add(item)

    def _offsets(self, item: T) -> tuple:
        return tuple((s.start, s.end) if s else None for s in self._sides(item))

    def _keys(self, item: T) -> tuple[tuple, tuple]:
        """The key of its full match, and that of its words (by the minute it was made in)."""
        sides, made = self._sides(item), self._made(item)
        return ((*made, *((s.content_hash, s.start, s.end) if s else None for s in sides)),
                (*made[:-1], made[-1][:_MINUTE_LENGTH],
                 *((" ".join(s.quote.split()), Path(s.path).name) if s else None for s in sides)))

    def _two_files(self, one: T, other: T) -> bool:
        """Whether a side of `one` and the same side of `other` are two files that are both here."""
        return any(a is not None and b is not None and two_files(a.path, b.path)
                   for a, b in zip(self._sides(one), self._sides(other)))

    def _unhashed(self, item: T) -> bool:
        return any(s is not None and not s.content_hash for s in self._sides(item))

    def _time(self, item: T) -> str:
        """When `item` (one here) was made; a CSV's at its minute's first second is the minute
        (`stored_time` keeps a time read without its seconds so, and the JSON of the same item
        may come after); an imported one's seconds, when it has them, are known."""
        made = self._made(item)[-1]
        return made[:_MINUTE_LENGTH] + "Z" if self._unhashed(item) and made.endswith(":00Z") else made

    def add(self, item: T) -> None:
        full, words = self._keys(item)
        if not self._unhashed(item):  # an empty hash would make every side at those offsets one
            self._by.setdefault(full, []).append(item)
        self._by_words.setdefault(words, []).append(item)

    def of(self, item: T) -> T | None:
        full, words = self._keys(item)
        if not self._unhashed(item):
            for twin in self._by.get(full, []):
                if not self._two_files(twin, item):
                    return twin
        # either read from a CSV: known by time, quotes and file names; both: by their offsets too
        here, from_csv = self._offsets(item), self._unhashed(item)
        found = []
        for t in self._by_words.get(words, []):
            if not same_time(self._time(t), self._made(item)[-1]) or self._two_files(t, item):
                continue
            if self._unhashed(t) and from_csv:  # both at their offsets as exported
                found += [t] if self._offsets(t) == here else []
            elif self._unhashed(t) or from_csv:
                found.append(t)
        found.sort(key=lambda t: self._made(t)[-1] != self._made(item)[-1])  # one at the very second first
        same = [t for t in found if self._offsets(t) == here]
        return same[0] if same else found[0] if len(found) == 1 else None


def mended(conn: sqlite3.Connection, table: str, owner: str, owner_id: int, side: int, old: Anchor,
           new: Anchor) -> None:
    """An earlier import's side `old` given what the import of its twin knows better: the path
    where its file is found now (its own is missing), the text around it (it had none: read
    from a CSV whose article was not here)."""
    if not exists(Path(old.path)) and exists(Path(new.path)):
        conn.execute(f"UPDATE {table} SET path = ? WHERE {owner} = ? AND side = ?", (db_path(new.path), owner_id, side))
    if not (old.prefix or old.suffix or old.content_hash) and (new.prefix or new.suffix):
        conn.execute(f"UPDATE {table} SET prefix = ?, suffix = ? WHERE {owner} = ? AND side = ?",
                     (new.prefix, new.suffix, owner_id, side))


def checked_id(row_id: int, what: str = "bookmark") -> int:
    """An id as typed, refused in one line when no row can have it: SQLite holds none past
    SQLITE_INT_MAX, and the driver raises OverflowError rather than find nothing."""
    if not 0 < row_id <= SQLITE_INT_MAX:
        raise UserError(f"no {what} with id {row_id} (ids are whole numbers from 1)")
    return row_id


_TEXT_FIELDS = (1, 4, 5, 6, 7, 8, 9, 10, 11)  # the anchor's columns holding text, besides the path
_SHOWN_FIELDS = frozenset(range(4, 12))  # of those, the ones shown: quote, context, metadata


def stored_anchor(columns: list) -> Anchor:
    """An Anchor from its ANCHOR_COLUMNS as read: the text shown goes through the sanitiser
    again, since another program (or an older version) may have written the database."""
    path = columns[0] if isinstance(columns[0], str) else os.fsdecode(columns[0])
    return Anchor(path, *(_text(v) if n in _SHOWN_FIELDS and isinstance(v, str) else v
                          for n, v in enumerate(columns[1:], 1)))


def _row_problem(created, note, tags, side, anchor: list) -> str | None:
    """Why a row cannot be a bookmark's side, or None when it is sound."""
    if side not in (0, 1):
        return f"side {side!r}"
    if not all(isinstance(v, str) for v in (created, note)):
        return "its date or note is not text"
    try:
        parsed = json.loads(tags) if isinstance(tags, str) else None
    except ValueError:
        parsed = None
    if not isinstance(parsed, list) or not all(isinstance(t, str) for t in parsed):
        return f"tags {visible(str(tags))[:40]!r} are not a list of words"
    path, start, end = anchor[0], anchor[2], anchor[3]
    if not isinstance(path, (str, bytes)) or not all(isinstance(anchor[i], str) for i in _TEXT_FIELDS):
        return "its path or quote is not text"
    if not (type(start) is int and type(end) is int and 0 <= start <= end):
        return f"offsets {visible(str(start))[:20]!r}..{visible(str(end))[:20]!r} are not positions"
    return None


def place_bookmark(bookmark: Bookmark, shelf: ArticleShelf) -> PlacedBookmark:
    main = shelf.place(bookmark.anchor)
    pair = shelf.place(bookmark.pair) if bookmark.pair is not None else None
    return PlacedBookmark(bookmark, main, pair)


def same_place(placed: Iterable[PlacedBookmark], sides: Sequence[tuple[Article, int, int]]) -> PlacedBookmark | None:
    """The newest of `placed` whose sides are exactly `sides` ((article, start, end) each, as
    the article is now; a pair in either order): bookmarking the same place again means this one."""
    wanted = sorted((article_key(article.path), start, end) for article, start, end in sides)
    found = None
    for bookmark in placed:
        have = [(p.anchor.path, p.start, p.end) for p in bookmark.placements()]
        if all(start is not None for _, start, _ in have) and sorted(have) == wanted:
            found = bookmark
    return found


def marked_units(article: Article, placed: Iterable[PlacedBookmark], granularity: str = "paragraph") -> set[int]:
    """Indices of `article.units(granularity)` that overlap a bookmarked (not orphaned) span."""
    units = article.units(granularity)
    ends = [u.end for u in units]
    key = article_key(article.path)
    out: set[int] = set()
    for bookmark in placed:
        for placement in bookmark.placements():
            if placement.anchor.path != key or placement.start is None or placement.end is None:
                continue
            i = bisect_right(ends, placement.start)
            while i < len(units) and units[i].start < placement.end:
                out.add(units[i].index)
                i += 1
    return out


def orphaned_in(article: Article, placed: Iterable[PlacedBookmark]) -> int:
    """How many of `placed` have a side in `article` whose words are no longer in it (the file
    was edited since): they have no mark in its gutter, only a line in the bookmarks list."""
    key = article_key(article.path)
    return sum(any(p.anchor.path == key and p.status == "orphaned" for p in bookmark.placements())
               for bookmark in placed)
