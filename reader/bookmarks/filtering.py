"""Fuzzy filtering of bookmarks by what a person remembers of them: title, quote, note, tags.

Every word of the query must match somewhere (rapidfuzz `partial_ratio`, so typos and word
fragments still match); bookmarks are ranked by the mean score, ties keeping their order.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from reader.bookmarks.model import PlacedBookmark

WORD_MIN = 75.0  # partial_ratio each query word must reach


def haystack(bookmark: PlacedBookmark) -> str:
    """The text a filter query is matched against."""
    parts = [bookmark.main.title, bookmark.main.anchor.quote, bookmark.note, " ".join(bookmark.tags)]
    if bookmark.pair is not None:
        parts += [bookmark.pair.title, bookmark.pair.anchor.quote]
    return default_process(" ".join(parts))


def score(query: str, bookmark: PlacedBookmark) -> float | None:
    """Mean match score of the query's words, or None when one of them does not match."""
    words = default_process(query).split()
    if not words:
        return 100.0
    text = haystack(bookmark)
    total = 0.0
    for word in words:
        s = 100.0 if word in text else fuzz.partial_ratio(word, text)
        if s < WORD_MIN:
            return None
        total += s
    return total / len(words)


def fuzzy_filter(query: str, bookmarks: Sequence[PlacedBookmark]) -> list[PlacedBookmark]:
    """The bookmarks matching `query`, best first (all of them, in order, for an empty query)."""
    if not query.strip():
        return list(bookmarks)
    scored = [(s, i, b) for i, b in enumerate(bookmarks) if (s := score(query, b)) is not None]
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [b for _, _, b in scored]
