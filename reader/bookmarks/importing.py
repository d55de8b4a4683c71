"""Bookmarks back from a JSON export: another machine's, an older data folder's, a backup's.

`counterpoint bookmarks export --format json` writes every stored field of each side (the
quote, the text around it, the offsets and content hash it was made on, the article's title,
outlet and date then) under `stored`, so an import rebuilds the bookmarks exactly; they are
re-anchored in the files as they are, like any other. An export is untrusted input: every
entry is checked before anything is written, and one bad entry refuses the whole file, naming
the entry and the field.
"""

from __future__ import annotations

import json
import re
from typing import Any

from reader.bookmarks.anchoring import Anchor
from reader.bookmarks.export import EXPORT_FORMAT, EXPORT_VERSION
from reader.bookmarks.model import Bookmark
from reader.bookmarks.store import clean_note, parse_tags
from reader.corpus.sanitize import sanitize, visible
from reader.errors import UserError
from reader.files import path_problem

_STORED_TEXT = ("prefix", "suffix", "content_hash", "title", "outlet", "date")


class _Bad(Exception):
    """What is wrong with one entry (the caller names the entry)."""


_KINDS = {str: "text", dict: "a table", list: "a list"}
_CREATED = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")  # as `now_utc` writes it


def _field(table: dict, key: str, kind: type, where: str = "") -> Any:
    value = table.get(key)
    if kind is int and (type(value) is not int or value < 0):
        raise _Bad(f"'{where}{key}' is not a position (a whole number from 0)")
    if kind is not int and not isinstance(value, kind):
        raise _Bad(f"'{where}{key}' is missing or not {_KINDS[kind]}")
    return value


def _anchor(side: dict, where: str) -> Anchor:
    path = _field(side, "path", str, where)
    if not path.startswith("/") and not (len(path) > 2 and path[1] == ":"):  # the key is an absolute path
        raise _Bad(f"'{where}path' {visible(path)[:60]!r} is not an absolute path")
    if problem := path_problem(path):
        raise _Bad(f"'{where}path' {visible(path)[:60]!r} is no file name: {problem}")
    stored = _field(side, "stored", dict, where)
    inner = f"{where}stored."
    start, end = _field(stored, "start", int, inner), _field(stored, "end", int, inner)
    if start > end:
        raise _Bad(f"'{inner}start' comes after '{inner}end'")
    text = {key: sanitize(_field(stored, key, str, inner)).text for key in _STORED_TEXT}
    return Anchor(path=path, start=start, end=end, quote=sanitize(_field(side, "quote", str, where)).text, **text)


def _bookmark(item: Any) -> Bookmark:
    if not isinstance(item, dict):
        raise _Bad("it is not a table")
    anchor = _anchor(item, "")
    pair = item.get("pair")
    if pair is not None and not isinstance(pair, dict):
        raise _Bad("'pair' is neither a table nor null")
    tags = _field(item, "tags", list)
    if not all(isinstance(tag, str) for tag in tags):
        raise _Bad("'tags' is not a list of words")
    created = _field(item, "created", str)
    if not _CREATED.fullmatch(created):
        raise _Bad(f"'created' {visible(created)[:40]!r} is not a time such as 2024-05-01T12:00:00Z")
    return Bookmark(id=0, anchor=anchor, pair=None if pair is None else _anchor(pair, "pair."),
                    note=clean_note(_field(item, "note", str)), tags=parse_tags(tags), created=created)


def read_export(data: bytes, name: str, left_out: list[str] | None = None) -> list[Bookmark]:
    """The bookmarks of a JSON export's bytes (read from `name`), or UserError naming what is
    wrong: not JSON, not a bookmarks export, a newer version, or which entry is broken. What the
    export holds besides bookmarks and is not imported (its confirmed links) is told in
    `left_out`, one line each."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise UserError(f"{name}: byte {exc.start} is not UTF-8, as a JSON export is") from None
    except json.JSONDecodeError as exc:
        raise UserError(f"{name}: not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise UserError(f"{name}: not a bookmarks export (nested too deeply)") from None
    except ValueError:  # a number of more digits than Python will convert
        raise UserError(f"{name}: not a bookmarks export (a number too long to read)") from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise UserError(f"{name}: not a bookmarks export (`counterpoint bookmarks export --format json` writes one)")
    version = document.get("version")
    if type(version) is not int or version > EXPORT_VERSION:
        raise UserError(f"{name}: an export of version {visible(str(version))[:20]}, newer than this "
                        f"Counterpoint reads ({EXPORT_VERSION}); update Counterpoint to import it")
    items = document.get("bookmarks")
    if not isinstance(items, list):
        raise UserError(f"{name}: 'bookmarks' is not a list; nothing imported")
    links = document.get("confirmed_links")
    if left_out is not None and isinstance(links, list) and links:
        n = len(links)
        left_out.append(f"the file's {n} confirmed link{'s were' if n != 1 else ' was'} not imported "
                        "(link decisions are made again with `counterpoint links confirm`)")
    out = []
    for n, item in enumerate(items, 1):
        try:
            out.append(_bookmark(item))
        except _Bad as exc:
            said = item.get("id") if isinstance(item, dict) else None
            which = f"bookmark {n}" + (f" (id {said})" if type(said) is int else "")
            raise UserError(f"{name}: {which}: {exc}; nothing imported") from None
    return out
