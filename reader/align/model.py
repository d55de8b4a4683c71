"""What an alignment is: links between units of two articles, each with its evidence.

These are the values the reader's screens and the CLI consume; the engine that makes them lives
in `reader.align.engine`. Everything here is immutable or built once, so an `Alignment` can be
handed from a worker thread to the UI without copying.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from reader.align import policy
from reader.corpus import Article, Passage

EVIDENCE_KINDS = ("exact", "fuzzy", "glossary", "number", "entity")


class Evidence(NamedTuple):
    """One matched term: where it sits on each side (source offsets) and how it matched. (A
    named tuple: JSON output of two long articles builds hundreds of thousands, and a tuple is
    the cheapest immutable value to make.)"""

    a_span: tuple[int, int]
    b_span: tuple[int, int]
    a_text: str
    b_text: str
    kind: str  # one of EVIDENCE_KINDS

    def swapped(self) -> Evidence:
        return Evidence(self.b_span, self.a_span, self.b_text, self.a_text, self.kind)


class Link:
    """Unit `a` of article A discusses what unit `b` of article B does, with confidence `score`.

    `evidence` may be given as a zero-argument function: a long alignment makes tens of
    thousands of links while a reader looks at a handful, so their evidence is worked out on
    first access (once; the inputs are immutable, so any thread may do it).

    `tier` is "strong" (the same claim: a counterpart) or "weak" (related context); by default
    it follows from the score (reader.align.policy.tier).

    `origin` is "machine" for the engine's links and "reader" for one the reader made;
    `confirmed` is True once the reader has confirmed it (see `reader.decisions`).
    """

    __slots__ = ("a", "b", "score", "tier", "_evidence", "origin", "confirmed")

    def __init__(self, a: int, b: int, score: float,
                 evidence: tuple[Evidence, ...] | Callable[[], tuple[Evidence, ...]],
                 tier: str | None = None, *, origin: str = "machine", confirmed: bool = False) -> None:
        self.a, self.b, self.score = a, b, score
        self.tier = tier if tier is not None else policy.tier(score)
        self._evidence = evidence
        self.origin, self.confirmed = origin, confirmed

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        if callable(self._evidence):
            self._evidence = self._evidence()
        return self._evidence

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Link):
            return NotImplemented
        return ((self.a, self.b, self.score, self.tier, self.origin, self.confirmed, self.evidence)
                == (other.a, other.b, other.score, other.tier, other.origin, other.confirmed, other.evidence))

    def __hash__(self) -> int:
        return hash((self.a, self.b, self.score))

    def __repr__(self) -> str:
        decided = "" if (self.origin, self.confirmed) == ("machine", False) else \
            f", origin={self.origin!r}, confirmed={self.confirmed}"
        return (f"Link(a={self.a}, b={self.b}, score={self.score}, tier={self.tier!r}, "
                f"evidence={self.evidence!r}{decided})")

    def swapped(self) -> Link:
        return Link(self.b, self.a, self.score, lambda: tuple(e.swapped() for e in self.evidence), self.tier,
                    origin=self.origin, confirmed=self.confirmed)


def _alone(units: list[Passage], by_unit: dict[int, list[Link]]) -> list[int]:
    return [p.index for p in units
            if p.is_body and not any(link.tier == "strong" for link in by_unit.get(p.index, ()))]


def _rank(link: Link) -> tuple[float, int, int]:
    return (-link.score, link.a, link.b)


@dataclass
class Alignment:
    a: Article
    b: Article
    granularity: str
    a_units: list[Passage]
    b_units: list[Passage]
    links: list[Link]
    unmatched_a: list[int]
    unmatched_b: list[int]
    # word keys the aligner took for one name spelt or called two ways (key -> the key it was
    # joined into: "w:stepanakert" -> "w:stepanakerd"), for what reads the pair after it
    aliases: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    _by_a: dict[int, list[Link]] = field(init=False, repr=False, compare=False)
    _by_b: dict[int, list[Link]] = field(init=False, repr=False, compare=False)
    _mirror: Alignment | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.links = sorted(self.links, key=_rank)
        self._by_a = {}
        self._by_b = {}
        for link in self.links:  # already best first, so each list is too
            self._by_a.setdefault(link.a, []).append(link)
            self._by_b.setdefault(link.b, []).append(link)

    @cached_property
    def alone_a(self) -> list[int]:
        """A's body units with no strong link: what only A tells (weak links are context).
        Worked out once: the links do not change after construction."""
        return _alone(self.a_units, self._by_a)

    @cached_property
    def alone_b(self) -> list[int]:
        """B's body units with no strong link."""
        return _alone(self.b_units, self._by_b)

    def for_a(self, i: int) -> list[Link]:
        """Links of A-unit `i`, best first."""
        return list(self._by_a.get(i, ()))

    def for_b(self, j: int) -> list[Link]:
        """Links of B-unit `j`, best first."""
        return list(self._by_b.get(j, ()))

    def swapped(self) -> Alignment:
        """The same alignment seen from B's side: B becomes A everywhere. Built once and
        remembered both ways, so swapping back and forth neither re-sorts the links nor
        stacks mirrors of mirrors."""
        if self._mirror is None:
            mirror = Alignment(
                a=self.b, b=self.a, granularity=self.granularity,
                a_units=self.b_units, b_units=self.a_units,
                links=[link.swapped() for link in self.links],
                unmatched_a=list(self.unmatched_b), unmatched_b=list(self.unmatched_a), aliases=self.aliases,
            )
            mirror._mirror = self
            self._mirror = mirror
        return self._mirror


__all__ = ["EVIDENCE_KINDS", "Alignment", "Evidence", "Link"]
