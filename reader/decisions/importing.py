"""Link decisions back from an export: `links export --format json` (or `--format csv`), or
the confirmed links a `bookmarks export --format json --links` carries. The sides are exported
as bookmarks' are (quote, and under `stored` everything the anchor held), so they are read by the bookmark
import's rules: an export is untrusted, every entry is checked before anything is written, and
one bad entry refuses the whole file, naming the entry and the field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from reader.bookmarks.export import EXPORT_FORMAT as BOOKMARKS_FORMAT
from reader.bookmarks.export import EXPORT_VERSION as BOOKMARKS_VERSION
from reader.bookmarks.csv_import import BadCell, Row, with_context
from reader.bookmarks.importing import (Bad, checked_document, created, csv_export, entries, export_anchor,
                                        moved_anchor, parsed_json, relocated, unplaced_lines)
from reader.bookmarks.store import ArticleShelf
from reader.decisions.export import CSV_COLUMNS, EXPORT_FORMAT, EXPORT_VERSION
from reader.decisions.model import KINDS, Decision, PlacedDecision
from reader.decisions.store import place_decision
from reader.errors import UserError


def _decision(item: Any) -> Decision:
    if not isinstance(item, dict):
        raise Bad("it is not a table")
    kind = item.get("kind")
    if kind not in KINDS:
        raise Bad(f"'kind' is not one of {', '.join(KINDS)}")
    sides = []
    for side in ("a", "b"):
        if not isinstance(item.get(side), dict):
            raise Bad(f"'{side}' is missing or not a table")
        sides.append(export_anchor(item[side], f"{side}."))
    if sides[0].path == sides[1].path:
        raise Bad("'a' and 'b' are one article; a decision joins two")
    return Decision(0, kind, sides[0], sides[1], created(item))


def _csv_decision(row: Row) -> Decision:
    kind = row.text("kind").strip()
    if kind not in KINDS:
        raise BadCell(f"'kind' is not one of {', '.join(KINDS)}")
    sides = []
    for side in "ab":
        anchor = row.anchor(f"{side}_", f"{side}_url")
        if anchor is None:
            raise BadCell(f"'{side}_file' and '{side}_quote' are empty")
        sides.append(anchor)
    if sides[0].path == sides[1].path:
        raise BadCell("'a_file' and 'b_file' are one article; a decision joins two")
    return Decision(0, kind, sides[0], sides[1], row.created())


def read_decisions(data: bytes, name: str) -> list[Decision]:
    """The decisions of a `links export --format json` or `--format csv` (or the confirmed
    links of a `bookmarks export --format json --links`), or UserError naming what is wrong."""
    rows = csv_export(data, name, CSV_COLUMNS, "b_end", _csv_decision, "decision", "a link decisions export",
                      "counterpoint links export --format csv")
    if rows is not None:
        return rows
    kind, writer = "a link decisions export", "counterpoint links export --format json"
    document = parsed_json(data, name, kind, writer)
    if isinstance(document, dict) and document.get("format") == BOOKMARKS_FORMAT:
        document, key = checked_document(document, name, BOOKMARKS_FORMAT, BOOKMARKS_VERSION, "a bookmarks export",
                                         "counterpoint bookmarks export --format json --links"), "confirmed_links"
        if key not in document:
            raise UserError(f"{name}: a bookmarks export without links (`bookmarks export --format json "
                            "--links` adds them); nothing imported")
    else:  # what a decisions export should be is what helps
        document, key = checked_document(document, name, EXPORT_FORMAT, EXPORT_VERSION, kind, writer), "decisions"
    return entries(document, key, name, _decision, "decision")


def relocate(decisions: Sequence[Decision], folders: Iterable[Path]) -> tuple[list[Decision], list[str]]:
    """`decisions` with each side whose file is missing pointed at its file in `folders`
    (reader.bookmarks.importing.relocated); returns them and the missing paths found nowhere."""
    moved, missing = relocated((s.path for d in decisions for s in (d.a, d.b)), folders)
    return [replace(d, a=moved_anchor(d.a, moved), b=moved_anchor(d.b, moved)) for d in decisions], missing


def with_contexts(decisions: Sequence[Decision], shelf: ArticleShelf) -> list[Decision]:
    """`decisions` with each side read from a CSV export given its context from its article
    (reader.bookmarks.csv_import.with_context)."""
    return [replace(d, a=with_context(d.a, shelf), b=with_context(d.b, shelf)) for d in decisions]


def unplaced(decisions: Iterable[Decision], shelf: ArticleShelf) -> list[str]:
    """One line for each of `decisions` (just imported) with a side the articles here do not
    hold, naming that side (A or B), its quote, its file and why; past a count, one line
    (reader.bookmarks.importing.unplaced_lines)."""
    return orphan_lines((place_decision(d, shelf) for d in decisions), "imported link decisions", "orphaned here")


def orphan_lines(placed: Iterable[PlacedDecision], plural: str, state: str) -> list[str]:
    """One line for each orphaned decision of `placed`, naming its lost sides (A or B), their
    quotes, files and why; past a count, one line (`plural`, `state`: as unplaced_lines')."""
    return unplaced_lines(((f"link decision {p.id}", [("A ", p.a), ("B ", p.b)]) for p in placed),
                          plural, "counterpoint links list", state)
