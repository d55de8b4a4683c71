"""Bookmarks back from an export: another machine's, an older data folder's, a backup's.

`counterpoint bookmarks export --format json` writes every stored field of each side (the
quote, the text around it, the offsets and content hash it was made on, the article's title,
outlet and date then) under `stored`, so an import rebuilds the bookmarks exactly (a CSV export,
which holds what the passages say now, is read too: reader.bookmarks.csv_import); they are
re-anchored in the files as they are, like any other. An export is untrusted input: every
entry is checked before anything is written, and one bad entry refuses the whole file, naming
the entry and the field.

On another machine the articles seldom sit where they did: `relocate` finds each missing file
by its name in the folders the reader names (`bookmarks import --corpus DIR`).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from reader.bookmarks.anchoring import Anchor, Placement, article_key
from reader.bookmarks.csv_import import (BadCell, Row, csv_rows, is_csv_of, looks_like_csv, not_a_time, on_the_calendar,
                                         readable, with_context)
from reader.bookmarks.export import EXPORT_FORMAT, EXPORT_VERSION, ORPHAN_REASONS, orphan_reason
from reader.bookmarks.model import Bookmark
from reader.bookmarks.store import SQLITE_INT_MAX, ArticleShelf, clean_note, parse_tags, place_bookmark
from reader.corpus.sanitize import one_line, sanitize, visible
from reader.errors import UserError
from reader.files import exists, stored_path_problem

T = TypeVar("T")
# How much of an export is read to tell a CSV one (its header line) from a JSON one.
EXPORT_HEAD_BYTES = 64 * 1024
IMPORT_MAX_BYTES = 256 * 1024 * 1024  # an export of ~100,000 bookmarks, quotes and context included
_STORED_TEXT = ("prefix", "suffix", "content_hash", "title", "outlet", "date")
_STORED_SINCE = ("author", "url")  # what later exports store too


class Bad(Exception):
    """What is wrong with one entry (the caller names the entry)."""


_KINDS = {str: "text", dict: "a table", list: "a list"}
_CREATED = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")  # as `now_utc` writes it


def _field(table: dict, key: str, kind: type, where: str = "") -> Any:
    value = table.get(key)
    if kind is int and (type(value) is not int or not 0 <= value <= SQLITE_INT_MAX):
        raise Bad(f"'{where}{key}' is not a position (a whole number from 0)")
    if kind is not int and not isinstance(value, kind):
        raise Bad(f"'{where}{key}' is missing or not {_KINDS[kind]}")
    return value


def export_anchor(side: dict, where: str) -> Anchor:
    """The anchor of one exported side (`path`, `quote`, `stored`: as bookmark and link
    decision exports write them), or Bad naming the field (`where`: its prefix, "pair.")."""
    path = _field(side, "path", str, where)
    if problem := stored_path_problem(path):
        raise Bad(f"'{where}path' {visible(path)[:60]!r} {problem}")
    stored = _field(side, "stored", dict, where)
    inner = f"{where}stored."
    start, end = _field(stored, "start", int, inner), _field(stored, "end", int, inner)
    if start > end:
        raise Bad(f"'{inner}start' comes after '{inner}end'")
    text = {key: sanitize(_field(stored, key, str, inner)).text for key in _STORED_TEXT}
    for key in _STORED_SINCE:  # an older export has none
        if key in stored:
            text[key] = sanitize(_field(stored, key, str, inner)).text
    return Anchor(path=path, start=start, end=end, quote=sanitize(_field(side, "quote", str, where)).text, **text)


def _bookmark(item: Any) -> Bookmark:
    if not isinstance(item, dict):
        raise Bad("it is not a table")
    anchor = export_anchor(item, "")
    pair = item.get("pair")
    if pair is not None and not isinstance(pair, dict):
        raise Bad("'pair' is neither a table nor null")
    tags = _field(item, "tags", list)
    if not all(isinstance(tag, str) for tag in tags):
        raise Bad("'tags' is not a list of words")
    return Bookmark(id=0, anchor=anchor, pair=None if pair is None else export_anchor(pair, "pair."),
                    note=clean_note(_field(item, "note", str)), tags=parse_tags(tags), created=created(item))


def created(item: dict) -> str:
    """An entry's `created` time, or Bad."""
    made = _field(item, "created", str)
    if not (_CREATED.fullmatch(made) and on_the_calendar(made)):
        raise Bad(not_a_time(made, made))
    return made


def read_document(data: bytes, name: str, fmt: str, version: int, kind: str, writer: str) -> dict:
    """An export's JSON document, checked to be `fmt` (what the export calls itself; `kind`:
    what people do, "a bookmarks export") of at most `version` (`writer`: the command that
    writes one), or UserError saying what it is instead."""
    return checked_document(parsed_json(data, name, kind, writer), name, fmt, version, kind, writer)


def parsed_json(data: bytes, name: str, kind: str, writer: str) -> Any:
    """The JSON an export's bytes hold, or UserError (`kind`, `writer`: as read_document's)."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise UserError(f"{name}: byte {exc.start} is not UTF-8, as a JSON export is") from None
    except json.JSONDecodeError as exc:
        raise UserError(f"{name}: not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); "
                        f"import reads what `{writer}` writes, or its CSV (--format csv)") from None
    except RecursionError:
        raise UserError(f"{name}: not {kind} (nested too deeply)") from None
    except ValueError:  # a number of more digits than Python will convert
        raise UserError(f"{name}: not {kind} (a number too long to read)") from None
    return document


def checked_document(document: Any, name: str, fmt: str, version: int, kind: str, writer: str) -> dict:
    """`document` when it is an export of `fmt` of at most `version`, else UserError (the
    arguments as read_document's)."""
    if not isinstance(document, dict) or document.get("format") != fmt:
        raise UserError(f"{name}: not {kind} (`{writer}` writes one)")
    found = document.get("version")
    if type(found) is not int or found > version:
        raise UserError(f"{name}: an export of version {visible(str(found))[:20]}, newer than this "
                        f"Counterpoint reads ({version}); update Counterpoint to import it")
    return document


def entries(document: dict, key: str, name: str, read: Callable[[Any], T], what: str) -> list[T]:
    """`read` of each entry of the document's list `key`, or UserError naming the first
    broken entry (`what`: "bookmark") and that nothing was imported."""
    items = document.get(key)
    if not isinstance(items, list):
        raise UserError(f"{name}: '{key}' is not a list; nothing imported")
    out = []
    for n, item in enumerate(items, 1):
        try:
            out.append(read(item))
        except Bad as exc:
            said = item.get("id") if isinstance(item, dict) else None
            which = f"{what} {n}" + (f" (id {said})" if type(said) is int else "")
            raise UserError(f"{name}: {which}: {exc}; nothing imported") from None
    return out


def _csv_bookmark(row: Row) -> Bookmark:
    anchor = row.anchor("", "url")
    if anchor is None:
        raise BadCell("'file' and 'quote' are empty")
    return Bookmark(id=0, anchor=anchor, pair=row.anchor("pair_", "pair_url"), note=clean_note(row.text("note")),
                    tags=parse_tags(row.text("tags").split(";")), created=row.created())


def csv_export(data: bytes, name: str, columns: Sequence[str], required: str, read: Callable[[Row], T],
               what: str, kind: str, writer: str) -> list[T] | None:
    """`read` of each row when `data` is a CSV export of `columns` (its columns through
    `required` at least), None when it is no CSV at all (JSON, or nothing a spreadsheet wrote);
    UserError for a CSV of other columns (`what`, `kind`, `writer`: "bookmark", "a bookmarks
    export", the command that writes one)."""
    head = readable(data[:EXPORT_HEAD_BYTES])
    if is_csv_of(head, columns, columns.index(required) + 1):
        return csv_rows(data, name, read, what)
    if looks_like_csv(head):
        raise UserError(f"{name}: a CSV but not {kind} (its columns are not those `{writer}` writes); "
                        "nothing imported")
    return None


def read_export(data: bytes, name: str, left_out: list[str] | None = None) -> list[Bookmark]:
    """The bookmarks of a JSON or CSV export's bytes (read from `name`), or UserError naming
    what is wrong: not an export, not a bookmarks export, a newer version, or which entry is
    broken. What the export holds besides bookmarks and is not imported (its confirmed links) is
    told in `left_out`, one line each."""
    from reader.bookmarks.export import CSV_COLUMNS

    rows = csv_export(data, name, CSV_COLUMNS, "pair_end", _csv_bookmark, "bookmark", "a bookmarks export",
                      "counterpoint bookmarks export --format csv")
    if rows is not None:
        return rows
    document = read_document(data, name, EXPORT_FORMAT, EXPORT_VERSION, "a bookmarks export",
                             "counterpoint bookmarks export --format json")
    links = document.get("confirmed_links")
    if left_out is not None and isinstance(links, list) and links:
        n = len(links)
        left_out.append(f"the file's {n} confirmed link{'s were' if n != 1 else ' was'} not imported "
                        "(`counterpoint links import` imports them from this file)")
    return entries(document, "bookmarks", name, _bookmark, "bookmark")


# A folder searched for moved articles is walked once; past this many files (a home folder
# named by mistake) the walk stops, and what it found so far is used.
RELOCATE_MAX_FILES = 100_000


def _files_by_name(folders: Iterable[Path]) -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {}
    seen = 0
    for folder in folders:
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                found.setdefault(name, []).append(Path(root) / name)
                seen += 1
                if seen >= RELOCATE_MAX_FILES:
                    return found
    return found


def _shared_tail(a: Path, b: Path) -> int:
    """How many trailing path parts (file name, its folder, ...) `a` and `b` share."""
    n = 0
    for x, y in zip(reversed(a.parts), reversed(b.parts)):
        if x != y:
            break
        n += 1
    return n


def relocated(paths: Iterable[str], folders: Iterable[Path]) -> tuple[dict[str, str], list[str]]:
    """Where each of `paths` whose file is missing is now: the file of that name in `folders`
    (of several, the one sharing most folder names with the old path; a tie finds none: a
    guess could put a note on another article). Returns {old path: new path} and the missing
    paths found nowhere (each once, in order)."""
    by_name: dict[str, list[Path]] | None = None
    moved: dict[str, str] = {}
    missing: list[str] = []
    for path in dict.fromkeys(paths):
        old = Path(path)
        if exists(old):
            continue
        by_name = _files_by_name(folders) if by_name is None else by_name
        ranked = sorted(((_shared_tail(old, p), p) for p in by_name.get(old.name, [])), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            moved[path] = article_key(ranked[0][1])
        else:
            missing.append(path)
    return moved, missing


def moved_anchor(anchor: Anchor, moved: dict[str, str]) -> Anchor:
    """`anchor` at its file's new path (`relocated`), if it has one."""
    return replace(anchor, path=moved[anchor.path]) if anchor.path in moved else anchor


def relocate(bookmarks: Sequence[Bookmark], folders: Iterable[Path]) -> tuple[list[Bookmark], list[str]]:
    """`bookmarks` with each side whose file is missing pointed at its file in `folders`
    (`relocated`); returns them and the missing paths found nowhere."""
    moved, missing = relocated((s.path for b in bookmarks for s in (b.anchor, b.pair) if s is not None), folders)
    return [replace(b, anchor=moved_anchor(b.anchor, moved), pair=b.pair and moved_anchor(b.pair, moved))
            for b in bookmarks], missing


def with_contexts(bookmarks: Sequence[Bookmark], shelf: ArticleShelf) -> list[Bookmark]:
    """`bookmarks` with each side read from a CSV export given its context from its article
    (csv_import.with_context); a side read from JSON has its own already."""
    return [replace(b, anchor=with_context(b.anchor, shelf), pair=b.pair and with_context(b.pair, shelf))
            for b in bookmarks]


UNPLACED_SHOWN = 20  # imported items told one line each when they cannot be placed; past this, a count
QUOTE_SHOWN = 40  # characters of a quote in such a line


def unplaced(bookmarks: Iterable[Bookmark], shelf: ArticleShelf) -> list[str]:
    """One line for each of `bookmarks` (just imported) that has a side the articles here do not
    hold (see unplaced_lines)."""
    return unplaced_lines(((f"bookmark {b.id}", [("", side) for side in place_bookmark(b, shelf).placements()])
                           for b in bookmarks), "imported bookmarks", "counterpoint bookmarks list")


def unplaced_lines(items: Iterable[tuple[str, Sequence[tuple[str, Placement]]]], plural: str,
                   listing: str, state: str = "orphaned here") -> list[str]:
    """What `bookmarks import` and `links import` say of what they imported but cannot place
    here (and `align` and `map` of the decisions they cannot apply): for each item (its name,
    "bookmark 7", and its sides, each with a label, "A ", or "") with an orphaned side, one
    line with each such side's quote, file and why (the file is not here, or its words are not
    in it); past UNPLACED_SHOWN, one line counting the rest (`plural`: "imported bookmarks";
    `listing`: the command that lists them; `state`: what such an item is, "orphaned here")."""
    lines: list[str] = []
    count = 0
    for name, sides in items:
        lost = [(label, side) for label, side in sides if side.status == "orphaned"]
        if not lost:
            continue
        count += 1
        if count <= UNPLACED_SHOWN:
            why = "; ".join(f"{label}“{_short(side.anchor.quote)}” in {side.anchor.path}: "
                            f"{ORPHAN_REASONS[orphan_reason(side)]}" for label, side in lost)
            lines.append(f"{name} is {state}: {why}")
    if count > UNPLACED_SHOWN:
        lines.append(f"and {count - UNPLACED_SHOWN} more {plural} are {state} (`{listing}` shows them)")
    return lines


def _short(quote: str) -> str:
    quote = one_line(quote)
    return quote if len(quote) <= QUOTE_SHOWN else quote[:QUOTE_SHOWN - 1].rstrip() + "…"
