"""What a link decision is (as stored) and what it is now (re-anchored in the current articles).

A decision is the reader's word on one pair of passages of two articles: `link` them (the
aligner missed it), `confirm` the aligner's link, or `reject` it. Each side is anchored the way
a bookmark is (quote + context + offsets), so it survives edits to either article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reader.bookmarks.anchoring import Anchor, Placement, Status
from reader.bookmarks.model import _side_export, _side_json  # one JSON shape for an anchored side

Kind = Literal["link", "confirm", "reject"]
KINDS: tuple[Kind, ...] = ("link", "confirm", "reject")


@dataclass(frozen=True, slots=True)
class Decision:
    """A stored decision: side `a` in one article, side `b` in the other."""

    id: int
    kind: Kind
    a: Anchor
    b: Anchor
    created: str  # ISO-8601 UTC

    def swapped(self) -> Decision:
        return Decision(self.id, self.kind, self.b, self.a, self.created)


@dataclass(frozen=True, slots=True)
class PlacedDecision:
    """A decision with both sides re-found in the articles as they are now."""

    decision: Decision
    a: Placement
    b: Placement

    @property
    def id(self) -> int:
        return self.decision.id

    @property
    def kind(self) -> Kind:
        return self.decision.kind

    @property
    def created(self) -> str:
        return self.decision.created

    @property
    def status(self) -> Status:
        """orphaned when either side is; moved when either moved; anchored otherwise."""
        statuses = {self.a.status, self.b.status}
        for status in ("orphaned", "moved"):
            if status in statuses:
                return status  # type: ignore[return-value]
        return "anchored"

    @property
    def orphaned(self) -> bool:
        return self.status == "orphaned"

    def swapped(self) -> PlacedDecision:
        return PlacedDecision(self.decision.swapped(), self.b, self.a)

    def as_json(self) -> dict:
        """The shape `counterpoint links list --format json` prints for one decision."""
        return {"id": self.id, "kind": self.kind, "status": self.status, "created": self.created,
                "a": _side_json(self.a), "b": _side_json(self.b)}

    def as_export(self) -> dict:
        """Everything known, for `links export --format json`: what each passage says now and
        the stored anchors, in the shape bookmark exports use."""
        return {"id": self.id, "kind": self.kind, "status": self.status, "created": self.created,
                "a": _side_export(self.a), "b": _side_export(self.b)}
