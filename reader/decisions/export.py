"""Link decisions as a Markdown record (what the reader linked, confirmed and rejected), or a
CSV with the bookmark export's columns for each side.

Grouped by pair of articles; each decision shows what each side says, as blockquotes made with
the bookmark export's rules (article text never becomes headings or emphasis): what the passage
says now (the stored words when it is lost), then the citation and the characters to check.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from reader import markdown
from reader.bookmarks.export import SIDE_COLUMNS, blockquote, cited_where, csv_cell, csv_side, status_note
from reader.bookmarks.store import now_utc
from reader.decisions.model import PlacedDecision

EXPORT_FORMAT = "counterpoint-link-decisions"  # what `links import` recognises a JSON export by
EXPORT_VERSION = 1
LABELS = {"link": "Linked by the reader", "confirm": "Confirmed link", "reject": "Rejected link"}


def as_json(decisions: Sequence[PlacedDecision]) -> dict:
    return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported": now_utc(),
            "decisions": [d.as_export() for d in decisions]}


CSV_COLUMNS = ("id", "kind", "status", "created", *(f"{side}_{c}" for side in "ab" for c in (*SIDE_COLUMNS, "text")),
               "a_url", "b_url")  # added later: last, so that no column moves


def as_csv(decisions: Sequence[PlacedDecision]) -> str:
    """One row per decision: each side's quote as decided, citation fields, offsets now, status,
    and what it says now; a cell that would start a formula is kept as text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for d in decisions:
        writer.writerow([csv_cell(x) for x in (d.id, d.kind, d.status, d.created, *csv_side(d.a), d.a.text,
                                               *csv_side(d.b), d.b.text, d.a.url, d.b.url)])
    return out.getvalue()


def _title(placement) -> str:
    return markdown.inline(placement.title) or markdown.inline(Path(placement.anchor.path).name)


def _quote_block(placement) -> list[str]:
    note = status_note(placement)
    return [*([note, ""] if note else []), *blockquote(placement.text), "", cited_where(placement), ""]


def as_markdown(decisions: Sequence[PlacedDecision], *, title: str = "Link decisions", level: int = 1) -> str:
    """The decisions grouped by pair of articles, under a heading of `level` (1 = "#")."""
    groups: dict[tuple[str, str], list[PlacedDecision]] = {}
    for d in decisions:
        groups.setdefault((d.a.anchor.path, d.b.anchor.path), []).append(d)
    out = ["#" * level + " " + title, ""]
    if not decisions:
        out += [f"No {title.lower()} yet.", ""]
    for members in groups.values():
        first = members[0]
        out += ["#" * (level + 1) + f" {_title(first.a)} ⇄ {_title(first.b)}", ""]
        for d in members:
            out += ["#" * (level + 2) + f" {LABELS[d.kind]} (decision {d.id}, {d.created})", ""]
            if d.orphaned:
                out += ["*(orphaned: a passage is no longer in its article; this decision is not applied)*", ""]
            for side in (d.a, d.b):
                out += [f"**{_title(side)} says:**", "", *_quote_block(side)]
    return "\n".join(out).rstrip("\n") + "\n"


def confirmed_links_markdown(decisions: Sequence[PlacedDecision]) -> str:
    """The links the reader vouched for (confirmed, or made), as a section to append to the
    bookmarks' Markdown export: what a citation of "these two say the same" rests on."""
    kept = [d for d in decisions if d.kind in ("confirm", "link")]
    return as_markdown(kept, title="Confirmed links", level=1)
