"""A link's differences put in the order a reader takes them in, and said in words.

The reading room's detail line and `counterpoint align`'s table and Markdown list the same
items the same way: disagreements first (a figure, a date), then framing terms, then the
names one passage has and the other lacks, each name once, since names are often many.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.corpus.sanitize import one_line
from reader.differ.differences import Difference

# The order differences are listed in: disagreements first, names (often many) last.
READING_ORDER = ("number", "date", "framing", "name")
KIND_LABELS = {"number": "figure", "date": "date", "framing": "framing"}


def in_reading_order(differences: Iterable[Difference]) -> list[Difference]:
    return sorted(differences, key=lambda d: READING_ORDER.index(d.kind))


def sign(kind: str) -> str:
    """How two sides' texts of a difference are joined: they disagree (≠) or name one thing (↔)."""
    return "≠" if kind in ("number", "date") else "↔"


def missing_names(differences: Iterable[Difference], side: int) -> list[str]:
    """Names only side `side`'s passage (0: A) mentions, each once, in the order they occur."""
    seen: list[str] = []
    for d in differences:
        text = d.a_text if side == 0 else d.b_text
        if d.kind == "name" and text is not None and (d.b_text if side == 0 else d.a_text) is None:
            text = one_line(text)
            if text not in seen:
                seen.append(text)
    return seen


def described(differences: Iterable[Difference], labels: tuple[str, str] = ("A", "B"),
              names_shown: int | None = None) -> list[str]:
    """Each difference in words, in reading order: "figure 200 ≠ 300", "framing Artsakh ↔
    separatist enclave (Armenian usage; …)", then "only in A: Hamas, Iran" per side, at most
    `names_shown` names each ("+2 more" for the rest)."""
    differences = list(differences)
    out = []
    for d in in_reading_order(d for d in differences if d.kind != "name"):
        note = f" ({one_line(d.note)})" if d.note else ""
        out.append(f"{KIND_LABELS[d.kind]} {one_line(d.a_text or '')} {sign(d.kind)} {one_line(d.b_text or '')}{note}")
    for side in (0, 1):
        names = missing_names(differences, side)
        if names_shown is not None and len(names) > names_shown:
            names = names[:names_shown] + [f"+{len(names) - names_shown} more"]
        if names:
            out.append(f"only in {labels[side]}: " + ", ".join(names))
    return out
