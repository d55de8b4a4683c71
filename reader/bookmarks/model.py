"""What a bookmark is (as stored) and what it is now (re-anchored in the current articles)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.bookmarks.anchoring import Anchor, Placement, Status


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A stored bookmark: one passage, or a pair of passages from two articles."""

    id: int
    anchor: Anchor
    pair: Anchor | None
    note: str
    tags: tuple[str, ...]
    created: str  # ISO-8601 UTC, e.g. 2024-05-01T12:00:00Z

    @property
    def is_pair(self) -> bool:
        return self.pair is not None


def _side_json(placement: Placement) -> dict:
    return {
        "path": placement.anchor.path,
        "title": placement.title,
        "quote": placement.anchor.quote,
        "start": placement.start,
        "end": placement.end,
        "status": placement.status,
    }


def _side_export(placement: Placement) -> dict:
    anchor = placement.anchor
    return {
        **_side_json(placement),
        "outlet": placement.outlet,
        "date": placement.date,
        "author": placement.author,
        "url": placement.url,
        "text": placement.text,
        "stored": {
            "start": anchor.start,
            "end": anchor.end,
            "prefix": anchor.prefix,
            "suffix": anchor.suffix,
            "content_hash": anchor.content_hash,
            "title": anchor.title,
            "outlet": anchor.outlet,
            "date": anchor.date,
            "author": anchor.author,
            "url": anchor.url,
        },
    }


@dataclass(frozen=True, slots=True)
class PlacedBookmark:
    """A bookmark with its anchor(s) re-found in the articles as they are now."""

    bookmark: Bookmark
    main: Placement
    pair: Placement | None

    @property
    def id(self) -> int:
        return self.bookmark.id

    @property
    def status(self) -> Status:
        return self.main.status

    @property
    def note(self) -> str:
        return self.bookmark.note

    @property
    def tags(self) -> tuple[str, ...]:
        return self.bookmark.tags

    @property
    def created(self) -> str:
        return self.bookmark.created

    def placements(self) -> tuple[Placement, ...]:
        return (self.main,) if self.pair is None else (self.main, self.pair)

    def as_json(self) -> dict:
        """The shape `counterpoint bookmarks list --format json` prints for one bookmark."""
        return {
            "id": self.id,
            **_side_json(self.main),
            "note": self.note,
            "tags": list(self.tags),
            "created": self.created,
            "pair": _side_json(self.pair) if self.pair is not None else None,
        }

    def as_export(self) -> dict:
        """Everything known about the bookmark, for `bookmarks export --format json`."""
        return {
            "id": self.id,
            **_side_export(self.main),
            "note": self.note,
            "tags": list(self.tags),
            "created": self.created,
            "pair": _side_export(self.pair) if self.pair is not None else None,
        }
