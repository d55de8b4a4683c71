"""Bookmarks on passages and pairs of passages, kept in SQLite and re-anchored when articles change.

Plain Python (no Textual): the CLI and the reading room share it.

    from reader.bookmarks import BookmarkStore, fuzzy_filter, marked_units

    store = BookmarkStore.open(data_dir)   # <data dir>/bookmarks.sqlite3; never raises for a bad file
    store.read_only                        # True: reading works, writes raise ReadOnlyError
    store.problems                         # one-line messages to show the user once (placed()
                                           # adds one per broken corpus.toml it read around)

    bid = store.add(article, start, end, note="", tags="a, b")          # source offsets
    bid = store.add_passage(article, passage, note=..., tags=...)
    bid = store.add_pair(article, start, end, other, o_start, o_end, note=..., tags=...)
    bid = store.add_quote(article, "obama's words", occurrence=1)        # forgiving match; UserError if absent

    placed = store.placed(articles)        # list[PlacedBookmark], re-anchored; `articles` are
                                           # already-loaded Articles (others are read once each)
    b = placed[0]
    b.id, b.status, b.note, b.tags, b.created     # status: "anchored" | "moved" | "orphaned"
    b.main.start, b.main.end, b.main.article      # current source offsets (None when orphaned)
    b.main.title, b.main.text, b.main.anchor.quote
    b.pair                                         # a Placement for the other side, or None
    b.as_json()                                    # the `bookmarks list --format json` item

    store.update(bid, note="...", tags=["x"])      # None leaves a field unchanged
    gone = store.delete(bid)                       # returns the Bookmark (UserError: unknown id)
    store.restore()                                # undo the last delete (or restore(gone))
    store.add_bookmarks(read_export(data, name))  # a JSON export imported (reader.bookmarks.importing)
    marked_units(article, placed, "paragraph")     # indices of bookmarked passages/sentences
    store.marked_units(article, "sentence")        # the same, reading only that article's bookmarks
    store.find_same([(article, start, end)])      # the bookmark on exactly that place (a pair: two sides)
    bid, was = store.add_once(sides, note=..., tags=...)        # that place's bookmark: a new one, or the one
                                                                # there (note replaced if given, tags added)
    bid, was = store.add_or_replace(sides, note=..., tags=...)  # the same, its note and tags both replaced
    store.bookmarks(path=None)                     # stored Bookmarks (no re-anchoring)
    fuzzy_filter("oil azerbajan", placed)          # matches title, quote, note and tags
    parse_tags("a, b")                             # the tags a modal's text field means

Every write is a transaction; errors a person can act on are `reader.errors.UserError`
(`ReadOnlyError` when the store cannot write).
"""

from reader.bookmarks.anchoring import Anchor, Placement, Status, anchor_span, place
from reader.bookmarks.filtering import fuzzy_filter
from reader.bookmarks.model import Bookmark, PlacedBookmark
from reader.bookmarks.quotes import find_quote
from reader.bookmarks.store import (
    ArticleShelf,
    BookmarkStore,
    ReadOnlyError,
    marked_units,
    orphaned_in,
    parse_tags,
    place_bookmark,
    same_place,
)

__all__ = [
    "Anchor",
    "ArticleShelf",
    "Bookmark",
    "BookmarkStore",
    "PlacedBookmark",
    "Placement",
    "ReadOnlyError",
    "Status",
    "anchor_span",
    "find_quote",
    "fuzzy_filter",
    "marked_units",
    "orphaned_in",
    "parse_tags",
    "place",
    "place_bookmark",
    "same_place",
]
