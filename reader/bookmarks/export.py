"""Bookmarks as a Markdown reading list or a complete JSON document.

Markdown groups bookmarks by article (title, outlet, date), each quote a blockquote followed by
its note and tags; a pair shows what each article says. Quotes are article text: every line is
kept inside its blockquote, and headings and emphasis never come from it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.bookmarks.anchoring import Placement
from reader.bookmarks.model import PlacedBookmark
from reader.bookmarks.store import now_utc
from reader.markdown import code, inline, line

EXPORT_VERSION = 1


def as_json(bookmarks: Sequence[PlacedBookmark]) -> dict:
    return {
        "format": "counterpoint-bookmarks",
        "version": EXPORT_VERSION,
        "exported": now_utc(),
        "bookmarks": [b.as_export() for b in bookmarks],
    }


def _blockquote(text: str) -> list[str]:
    lines = [each.strip() for each in text.strip().splitlines()]
    return [f"> {line(each)}" if each else ">" for each in lines] or [">"]


def _meta(placement: Placement) -> str:
    return " · ".join(inline(x) for x in (placement.outlet, placement.date) if x)


def _status_line(placement: Placement) -> list[str]:
    if placement.status == "orphaned":
        return ["*(orphaned: this passage is no longer in the article; the quote is as it was bookmarked)*", ""]
    if placement.status == "moved":
        return ["*(moved: found at a new place in the changed article)*", ""]
    return []


def _quote_block(placement: Placement) -> list[str]:
    return [*_status_line(placement), *_blockquote(placement.anchor.quote), ""]


def _footer(bookmark: PlacedBookmark) -> list[str]:
    lines = []
    if bookmark.note:
        lines.append(f"**Note:** {inline(bookmark.note.strip())}")
    if bookmark.tags:
        lines.append("**Tags:** " + ", ".join(code(t) for t in bookmark.tags))
    lines.append(f"*Bookmark {bookmark.id}, {bookmark.created}*")
    return ["  \n".join(lines), ""]


def as_markdown(bookmarks: Sequence[PlacedBookmark]) -> str:
    groups: dict[str, list[PlacedBookmark]] = {}
    for bookmark in bookmarks:
        groups.setdefault(bookmark.main.anchor.path, []).append(bookmark)
    out = ["# Bookmarks", ""]
    if not bookmarks:
        out += ["No bookmarks yet.", ""]
    for raw_path, members in groups.items():
        first = members[0].main
        out += [f"## {inline(first.title) or inline(raw_path)}", ""]  # a file name is untrusted too
        meta = _meta(first)
        out += [f"{meta}  \n{code(raw_path)}" if meta else code(raw_path), ""]
        members.sort(key=lambda b: (b.main.start if b.main.start is not None else b.main.anchor.start, b.id))
        for bookmark in members:
            if bookmark.pair is None:
                out += _quote_block(bookmark.main)
            else:
                for side in (bookmark.main, bookmark.pair):
                    said = f"**{inline(side.title) or 'Untitled'} says:**"
                    meta = _meta(side)
                    out += [said + (f" ({meta})" if meta else ""), "", *_quote_block(side)]
            out += _footer(bookmark)
    return "\n".join(out).rstrip("\n") + "\n"
