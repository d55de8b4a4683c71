"""What a claim map is: claims (groups of passages telling one thing) across a corpus's articles.

Plain immutable values, so a map built in a worker thread can be handed to any screen or
printer as it is. Coverage is derived, never stored: which articles tell a claim and, per
side, how many of that side's articles do. An article that does not tell a claim either
touches on it (one related passage, linked to the claim's tellings) or is silent on it;
related passages never count as coverage, only in `omitted`.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from reader.corpus import Article, Passage
from reader.corpus.naming import file_label
from reader.corpus.sanitize import visible

# How an article, or one of a side's articles, stands to a claim, drawn alike by the reading
# room and `counterpoint map`. ~ rather than ∼ (U+223C), which is of ambiguous East Asian
# width: two columns in some terminals; ~ is one column everywhere and in every font.
TOLD, RELATED, SILENT = "✓", "~", "◌"
SORTS = ("coverage", "imbalance", "first")  # what ClaimMap.sorted_claims sorts by


def counted(n: int, word: str) -> str:
    """"1 claim", "2 claims": how the map's summaries count."""
    return f"{n} {word}{'' if n == 1 else 's'}"


@dataclass(frozen=True)
class ClaimPassage:
    """One article's telling of a claim: the article's position in the map and its passage."""

    article: int
    passage: Passage


@dataclass(frozen=True)
class RelatedPassage(ClaimPassage):
    """An article that does not tell a claim but touches on it: its passage with the strongest
    link to the claim's tellings (`weight`), and which of the claim's `passages` that is
    (`telling`). See reader.claims.related for when a link is strong enough."""

    weight: float
    telling: int


@dataclass(frozen=True)
class Claim:
    id: int  # 1-based, in the map's order
    label: str  # the first words of the claim's most central passage
    terms: tuple[str, ...]  # the words its passages share that tell it apart, as written
    passages: tuple[ClaimPassage, ...]  # in article order, then passage order
    central: int  # which of `passages` the label comes from: the one with most link weight
    links: tuple[tuple[int, int, float], ...] = ()  # (passage, passage, weight), positions in `passages`
    # Articles that do not tell it but touch on it: one passage each, in article order.
    related: tuple[RelatedPassage, ...] = ()

    @cached_property
    def articles(self) -> frozenset[int]:
        """The articles that tell the claim (its coverage: related ones are not among them)."""
        return frozenset(p.article for p in self.passages)

    @cached_property
    def related_articles(self) -> frozenset[int]:
        return frozenset(p.article for p in self.related)

    def state(self, articles: Iterable[int]) -> str:
        """TOLD when one of `articles` tells the claim, else RELATED when one touches on it,
        else SILENT."""
        articles = list(articles)
        if any(a in self.articles for a in articles):
            return TOLD
        return RELATED if any(a in self.related_articles for a in articles) else SILENT

    def related_in(self, article: int) -> RelatedPassage | None:
        """`article`'s passage touching on the claim, when it does not tell it but does that."""
        return next((p for p in self.related if p.article == article), None)

    @cached_property
    def first(self) -> tuple[int, int]:
        """(article, passage index) of the claim's first telling, in corpus order."""
        return self.passages[0].article, self.passages[0].passage.index

    def in_article(self, article: int) -> list[Passage]:
        return [p.passage for p in self.passages if p.article == article]

    def partner(self, article: int, index: int | None = None,
                prefer: frozenset[int] = frozenset()) -> ClaimPassage | None:
        """The telling in another article to compare with `article`'s (its passage `index`,
        or any of its passages): the most strongly linked one, else the most central. When one
        of the `prefer` articles tells the claim (ClaimMap.partner: the other sides'), the
        partner is theirs."""
        mine = {k for k, p in enumerate(self.passages)
                if p.article == article and (index is None or p.passage.index == index)}
        others = [k for k, p in enumerate(self.passages) if p.article != article]
        if any(self.passages[k].article in prefer for k in others):
            others = [k for k in others if self.passages[k].article in prefer]
        best: tuple[float, int] | None = None
        for i, j, w in self.links:
            for here, there in ((i, j), (j, i)):
                if here in mine and there in others:
                    if best is None or (w, -there) > (best[0], -best[1]):
                        best = (w, there)
        if best is not None:
            return self.passages[best[1]]
        return self.passages[self.central] if self.central in others else (
            self.passages[max(others, key=lambda k: (self.strength[k], -k))] if others else None)

    @cached_property
    def strength(self) -> tuple[float, ...]:
        """Each telling's summed link weight inside the claim (the central one has the most)."""
        out = [0.0] * len(self.passages)
        for i, j, w in self.links:
            out[i] += w
            out[j] += w
        return tuple(out)


@dataclass(frozen=True)
class ClaimMap:
    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    links: int = 0  # how many links (strong and weak) the claims were grouped from
    from_cache: bool = field(default=False, compare=False)

    @cached_property
    def sides(self) -> dict[str, list[int]]:
        """Each side (as the manifest first names it, its spaces collapsed; "" when unknown)
        with its articles, in the order sides first appear. Names that differ only in case,
        spacing or how an accent is encoded ("Kastrian  government ", "kastrian government") are one side: a manifest
        written by hand is not read as two sides whose columns read alike."""
        out: dict[str, list[int]] = {}
        for i, side in enumerate(self._side_names):
            out.setdefault(side, []).append(i)
        return out

    @cached_property
    def _side_names(self) -> tuple[str, ...]:
        first: dict[str, str] = {}  # a side's name folded -> as first written
        names = []
        for article in self.articles:
            written = " ".join(article.side.split())
            names.append(first.setdefault(_folded(written), written))
        return tuple(names)

    def side_of(self, article: int) -> str:
        """The side (a key of `sides`) of the article at position `article`."""
        return self._side_names[article]

    @cached_property
    def names(self) -> tuple[str, ...]:
        """Each article's name for people, in map order: its title, with its file after it
        (reader.corpus.naming: with its folder where file names clash) where another article
        has the same title (a story republished, two pages of one outlet), and its id where
        even that is shared, so no two columns read alike. A file name or id is one line, its
        line breaks and tabs spelt out as `ls` shows them (`line\\nbreak.txt`)."""
        return tuple(title + told for title, told in self.name_parts)

    @cached_property
    def name_parts(self) -> tuple[tuple[str, str], ...]:
        """`names` in two parts: each article's title, and what tells it from its twins
        (" (courier.txt)", or ""), so a line too narrow for both can cut the title alone."""
        names = [a.title for a in self.articles]
        told = [""] * len(names)
        # (a file label is one display-safe line already; an id is spelt out as one)
        for tell in (lambda a: file_label(a, self.articles), lambda a: visible(a.id)):
            for i, (a, twin) in enumerate(zip(self.articles, _repeated(names))):
                if twin:
                    told[i] = f" ({tell(a)})"
                    names[i] = a.title + told[i]
        return tuple((a.title, t) for a, t in zip(self.articles, told))

    def name(self, article: Article) -> str:
        """`article`'s name in `names` (`article` is one of the map's articles)."""
        return "".join(self.name_in_parts(article))

    def name_in_parts(self, article: Article) -> tuple[str, str]:
        """`article`'s name in `name_parts`: its title, and what tells it from a twin."""
        return self.name_parts[self.position(article)]

    def position(self, article: Article) -> int:
        """Where `article` (one of the map's articles) stands in the map."""
        return next(i for i, a in enumerate(self.articles) if a is article)

    def partner(self, claim: Claim, article: int, index: int | None = None) -> ClaimPassage | None:
        """`claim.partner`, from another side than `article`'s when another side tells the
        claim: the reader opens opposing articles side by side, and a map read to compare the
        sides should not answer with the same side's retelling."""
        side = self.side_of(article)
        return claim.partner(article, index, frozenset(a for a in claim.articles if self.side_of(a) != side))

    def side_coverage(self, claim: Claim) -> dict[str, int]:
        """For every side, how many of its articles tell `claim` (0: that side is silent)."""
        return {side: sum(i in claim.articles for i in members) for side, members in self.sides.items()}

    def sides_told(self, claim: Claim) -> int:
        """How many sides have at least one article telling `claim`."""
        return sum(1 for told in self.side_coverage(claim).values() if told)

    def imbalance(self, claim: Claim) -> float:
        """How one-sided a claim is: the largest share of a side's articles telling it minus
        the smallest (1: all of one side and none of another; 0: every side alike)."""
        shares = [told / len(self.sides[side]) for side, told in self.side_coverage(claim).items()]
        return max(shares) - min(shares)

    def one_sided_key(self, claim: Claim) -> tuple[int, float, int]:
        """The "imbalance" order's key, most one-sided first: the claims fewest sides tell
        (one side's own claims before those two sides share), then the widest gap between the
        sides' shares (all of one side's articles before half of them), then the most
        articles. The share gap alone would put a claim every side tells unevenly (1/4, 3/4,
        2/2) above one only a side makes."""
        return self.sides_told(claim), -self.imbalance(claim), -len(claim.articles)

    def sorted_claims(self, by: str) -> list[Claim]:
        """The claims by "coverage" (most articles first), "imbalance" (most one-sided first:
        `one_sided_key`) or "first" (order of first appearance); ties keep the map's order."""
        if by == "coverage":
            return sorted(self.claims, key=lambda c: -len(c.articles))
        if by == "imbalance":
            return sorted(self.claims, key=self.one_sided_key)
        if by == "first":
            return sorted(self.claims, key=lambda c: c.first)
        raise ValueError(f"sort by coverage, imbalance or first, not {by!r}")

    def omitted(self, strict: bool = False) -> list[Claim]:
        """The claims some side omits: a side omits a claim when none of its articles tells it
        or has a passage related to it (an article that touches on a claim has not left it
        out). `strict`: a side omits a claim when none of its articles tells it, related
        passages or not."""
        return [c for c in self.claims
                if any(not any(i in c.articles or (not strict and i in c.related_articles) for i in members)
                       for members in self.sides.values())]

    def same_texts(self) -> list[list[int]]:
        """The map's articles of one text (same_texts)."""
        return same_texts(self.articles)

    def article_counts(self) -> list[int]:
        """How many claims each article tells."""
        counts = [0] * len(self.articles)
        for claim in self.claims:
            for i in claim.articles:
                counts[i] += 1
        return counts


# What a side filter says of articles all on one side (`one_side`), after the filter's name.
SIDES_NEEDED = "compares sides, and {where}; give each article its side in the folder's corpus.toml (side = \"...\")"


def one_side(articles: Sequence[Article]) -> str | None:
    """Why no side can omit a claim of `articles`: every article is on one side, or none has
    one ("every article is on one side ('op-ed')"); None when they span sides. Filtering the
    claims some side omits would then find none, as if the sides had been compared."""
    sides = ClaimMap(tuple(articles), ()).sides
    if len(sides) != 1:
        return None
    (side,) = sides
    return f"every article is on one side ({side!r})" if side else "no article has a side"


def same_texts(articles: Sequence[Article]) -> list[list[int]]:
    """The articles (positions, in order) holding one text, for each text several hold: a map
    counts all, so every claim of theirs looks told as many times (a story republished may be
    meant; a file copied or saved twice is not). Empty articles are not among them."""
    holders: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        if article.passages:
            holders.setdefault(article.content_hash, []).append(i)
    return [group for group in holders.values() if len(group) > 1]


def _repeated(names: list[str]) -> list[bool]:
    """Whether each name is another's too, ignoring case, spacing and how accents are encoded."""
    keys = [_folded(n) for n in names]
    counts = Counter(keys)
    return [counts[k] > 1 for k in keys]


def _folded(name: str) -> str:
    """`name` as names that read alike compare: spaces collapsed, case folded, and an accented
    letter one way whether it is written as one character or as a letter and a combining
    accent, as text pasted from elsewhere or a Mac's file names may spell it (Unicode's
    canonical caseless match)."""
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", " ".join(name.split())).casefold())
