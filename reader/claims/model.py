"""What a claim map is: claims (groups of passages telling one thing) across a corpus's articles.

Plain immutable values, so a map built in a worker thread can be handed to any screen or
printer as it is. Coverage is derived, never stored: which articles tell a claim and, per
side, how many of that side's articles do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from reader.corpus import Article, Passage


@dataclass(frozen=True)
class ClaimPassage:
    """One article's telling of a claim: the article's position in the map and its passage."""

    article: int
    passage: Passage


@dataclass(frozen=True)
class Claim:
    id: int  # 1-based, in the map's order
    label: str  # the first words of the claim's most central passage
    terms: tuple[str, ...]  # the words its passages share that tell it apart, as written
    passages: tuple[ClaimPassage, ...]  # in article order, then passage order
    central: int  # which of `passages` the label comes from

    @cached_property
    def articles(self) -> frozenset[int]:
        return frozenset(p.article for p in self.passages)

    def in_article(self, article: int) -> list[Passage]:
        return [p.passage for p in self.passages if p.article == article]


@dataclass(frozen=True)
class ClaimMap:
    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    links: int = 0  # how many strong links the claims were grouped from
    from_cache: bool = field(default=False, compare=False)

    @cached_property
    def sides(self) -> dict[str, list[int]]:
        """Each side (as the manifest names it; "" when unknown) with its articles, in the
        order sides first appear."""
        out: dict[str, list[int]] = {}
        for i, article in enumerate(self.articles):
            out.setdefault(article.side, []).append(i)
        return out

    def side_coverage(self, claim: Claim) -> dict[str, int]:
        """For every side, how many of its articles tell `claim` (0: that side is silent)."""
        return {side: sum(i in claim.articles for i in members) for side, members in self.sides.items()}

    def article_counts(self) -> list[int]:
        """How many claims each article tells."""
        counts = [0] * len(self.articles)
        for claim in self.claims:
            for i in claim.articles:
                counts[i] += 1
        return counts
