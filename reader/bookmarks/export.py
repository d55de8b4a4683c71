"""Bookmarks as a Markdown reading list, a complete JSON document, or a CSV for spreadsheets.

Each format carries what a citation needs: the article's title, author, outlet and date, its
file, and the character offsets of the quote. Markdown groups bookmarks by article, each quote
a blockquote with its citation line, note and tags; a pair puts the two quotes side by side in
a table. Quotes are article text: they never turn into headings, emphasis or formulas.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from reader import markdown
from reader.bookmarks.anchoring import Placement
from reader.bookmarks.citation import Source, citation_line, nested
from reader.bookmarks.model import PlacedBookmark
from reader.bookmarks.store import now_utc
from reader.corpus.sanitize import visible
from reader.files import exists, out_of_sight

EXPORT_FORMAT = "counterpoint-bookmarks"  # what `bookmarks import` recognises a JSON export by
EXPORT_VERSION = 1

# Why an orphaned bookmark lost its passage: the codes JSON and CSV carry, and how people read them.
ORPHAN_REASONS = {
    "file-missing": "the file was moved or deleted",
    "file-unreadable": "the file cannot be read",
    "text-gone": "the words are no longer in the file",
}


def orphan_reason(placement: Placement) -> str | None:
    """A key of ORPHAN_REASONS for an orphaned placement; None for one that was found."""
    if placement.status != "orphaned":
        return None
    if placement.article is not None:
        return "text-gone"
    path = Path(placement.anchor.path)  # in a folder that may not be searched, it may well be there
    return "file-unreadable" if exists(path) or out_of_sight(path) else "file-missing"


def source(placement: Placement) -> Source:
    return Source(title=placement.title, author=placement.author, outlet=placement.outlet,
                  date=placement.date, file=placement.anchor.path, url=placement.url)


def offsets(placement: Placement) -> tuple[int, int]:
    """The quote's character offsets now, or where it stood when bookmarked if it is lost."""
    if placement.start is not None and placement.end is not None:
        return placement.start, placement.end
    return placement.anchor.start, placement.anchor.end


def _side_extra(placement: Placement) -> dict:
    """What the JSON export adds to a side: its citation and why an orphan is one."""
    return {"citation": citation_line(source(placement)), "orphan_reason": orphan_reason(placement)}


def as_json(bookmarks: Sequence[PlacedBookmark]) -> dict:
    items = []
    for b in bookmarks:
        item = {**b.as_export(), **_side_extra(b.main)}
        if b.pair is not None:
            item["pair"] = {**item["pair"], **_side_extra(b.pair)}
        items.append(item)
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported": now_utc(),
        "bookmarks": items,
    }


# --- CSV -------------------------------------------------------------------------------------

SIDE_COLUMNS = ("quote", "title", "author", "outlet", "date", "file", "start", "end", "status", "orphan_reason")
# "quote" is the text as bookmarked; "text" what the article says there now, which differs
# when the quote was found moved and reworded; "url" the article's address. Columns added
# later come last, so that no column moves.
CSV_COLUMNS = ("id", *SIDE_COLUMNS, "note", "tags", "created", *(f"pair_{c}" for c in SIDE_COLUMNS),
               "text", "pair_text", "url", "pair_url")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formula_like(text: str) -> bool:
    """Whether `text` would start a formula in a spreadsheet, or does after apostrophes (which
    the import would take for the mark csv_cell puts before such a field: "'=x" is marked too,
    so that it comes back as written)."""
    return text.lstrip("'").startswith(FORMULA_START)


def csv_cell(value) -> str:
    """A CSV field a spreadsheet shows as text: one that would start a formula gets a leading '."""
    text = "" if value is None else str(value)
    return "'" + text if formula_like(text) else text


def csv_side(placement: Placement | None) -> list:
    """One side's SIDE_COLUMNS (raw: csv_cell makes each a spreadsheet's text)."""
    if placement is None:
        return [""] * len(SIDE_COLUMNS)
    start, end = offsets(placement)
    return [placement.anchor.quote, placement.title, placement.author, placement.outlet, placement.date,
            visible(placement.anchor.path), start, end, placement.status, orphan_reason(placement)]


def as_csv(bookmarks: Sequence[PlacedBookmark]) -> str:
    """One row per bookmark (a pair's other side in the pair_ columns), with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for b in bookmarks:
        writer.writerow([csv_cell(x) for x in (b.id, *csv_side(b.main), b.note, "; ".join(b.tags),
                                             b.created, *csv_side(b.pair), b.main.text,
                                             b.pair.text if b.pair is not None else "", b.main.url,
                                             b.pair.url if b.pair is not None else "")])
    return out.getvalue()


# --- Markdown --------------------------------------------------------------------------------

def blockquote(text: str) -> list[str]:
    lines = [line.strip() for line in text.strip().splitlines()]
    return [f"> {markdown.line(line)}" if line else ">" for line in lines] or [">"]


def _meta(placement: Placement) -> str:
    return " · ".join(markdown.inline(x) for x in (placement.author, placement.outlet, placement.date) if x)


def status_note(placement: Placement) -> str:
    if placement.status == "orphaned":
        return (f"*(orphaned: {ORPHAN_REASONS[orphan_reason(placement) or 'text-gone']}; "
                "the quote is as it was bookmarked)*")
    if placement.status == "moved":
        if reworded(placement):
            return ("*(moved and reworded: quoted as the article says it now; as bookmarked: "
                    f"“{markdown.inline(nested(placement.anchor.quote))}”)*")
        return "*(moved: found at a new place in the changed article)*"
    return ""


def reworded(placement: Placement) -> bool:
    """Found, but no longer in the words bookmarked (spacing aside)."""
    if placement.status == "orphaned":
        return False
    return " ".join(placement.text.split()) != " ".join(placement.anchor.quote.split())


def _table_code(path: str) -> str:
    """A file path as inline code in a table cell, where a `|` of its name would split the
    cell even inside the code span; elsewhere the backslash would show, so only here."""
    return markdown.code(path).replace("|", "\\|")


def _where(placement: Placement, *, in_table: bool = False) -> str:
    """`file`, characters A–B: where to check the quote."""
    start, end = offsets(placement)
    when = " when bookmarked" if placement.status == "orphaned" else ""
    path = (_table_code if in_table else markdown.code)(placement.anchor.path)
    return f"{path}, characters {start}–{end}{when}"


def cited_where(placement: Placement) -> str:
    """— citation · `file`, characters A–B: the line under a quoted passage."""
    return f"— {markdown.inline(citation_line(source(placement)))} · {_where(placement)}"


def _single(placement: Placement) -> list[str]:
    note = status_note(placement)
    return [*([note, ""] if note else []), *blockquote(placement.text), "", cited_where(placement), ""]


def _pair(bookmark: PlacedBookmark) -> list[str]:
    """The two quotes side by side: one table column per article."""
    sides = bookmark.placements()
    row = lambda cells: "| " + " | ".join(cells) + " |"  # noqa: E731
    rows = [
        row(markdown.inline(citation_line(source(s))) for s in sides),
        row("---" for _ in sides),
        row(markdown.inline(s.text) for s in sides),
        row(_where(s, in_table=True) + (" " + status_note(s) if status_note(s) else "") for s in sides),
    ]
    return [*rows, ""]


def _footer(bookmark: PlacedBookmark) -> list[str]:
    lines = []
    if bookmark.note:  # each line of a note its own line (a hard break), never structure
        lines.append("**Note:** " + "  \n".join(markdown.line(n) for n in bookmark.note.splitlines() if n.strip()))
    if bookmark.tags:
        lines.append("**Tags:** " + ", ".join(markdown.code(t) for t in bookmark.tags))
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
        name = markdown.inline(first.title) or markdown.inline(raw_path)  # a file name is untrusted too
        meta = _meta(first)
        path = markdown.code(raw_path)
        out += [f"## {name}", "", f"{meta}  \n{path}" if meta else path, ""]
        members.sort(key=lambda b: (offsets(b.main)[0], b.id))
        for bookmark in members:
            out += _single(bookmark.main) if bookmark.pair is None else _pair(bookmark)
            out += _footer(bookmark)
    return "\n".join(out).rstrip("\n") + "\n"

