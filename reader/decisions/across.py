"""The reader's decisions as a corpus's passages see them, for the claim map.

The map (reader.claims) works on every body passage of a corpus at once, not on one aligned
pair, and may not import this package; so each decision between two of the corpus's articles
is told to it as plain numbers: the articles' places in the corpus, the body passages each
side covers and the pair a `link` makes, chosen as apply_decisions chooses them (the units a
span overlaps; for `link`, the most overlapped). Decisions about an article outside the
corpus, orphaned ones and those covering no body passage change nothing and are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from reader.bookmarks.anchoring import article_key
from reader.corpus import Article
from reader.decisions.apply import READER_SCORE, covered_units, linked_pair, oriented
from reader.decisions.model import Kind, PlacedDecision


class PassageDecision(NamedTuple):
    """One decision between articles `a` < `b` (places in the corpus), in passage indices."""

    id: int
    kind: Kind
    a: int
    b: int
    a_passages: tuple[int, ...]  # the body passages of article a the decision covers, in order
    b_passages: tuple[int, ...]
    best: tuple[int, int]  # the pair (a passage, b passage) a `link` makes
    score: float  # the weight of a reader's link (READER_SCORE)


def passage_decisions(articles: Sequence[Article], placed: Iterable[PlacedDecision]) -> list[PassageDecision]:
    """The decisions of `placed` that apply to the corpus `articles`, oldest first."""
    where: dict[str, int] = {}
    for n, article in enumerate(articles):
        where.setdefault(article_key(article.path), n)
    out = []
    for decision in sorted(placed, key=lambda d: d.id):
        na, nb = where.get(decision.a.anchor.path), where.get(decision.b.anchor.path)
        if na is None or nb is None or na == nb or decision.orphaned:
            continue
        na, nb = min(na, nb), max(na, nb)
        d = oriented(decision, article_key(articles[na].path), article_key(articles[nb].path))
        if d is None:
            continue
        a_units, b_units = list(articles[na].passages), list(articles[nb].passages)
        ua, ub = covered_units(d, a_units, b_units)
        ua, ub = [i for i in ua if a_units[i].is_body], [j for j in ub if b_units[j].is_body]
        if ua and ub:
            out.append(PassageDecision(d.id, d.kind, na, nb, tuple(ua), tuple(ub),
                                       linked_pair(d, a_units, b_units, ua, ub), READER_SCORE))
    return out
