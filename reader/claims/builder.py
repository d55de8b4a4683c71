"""Build a corpus's claim map: keys per passage, one shared index, links, claims.

    claim_map = build(articles, glossary, progress=lambda f: ...)

Only body passages take part (headings restate, boilerplate is not the article's). The stages
report progress as one fraction: keys 0-0.5 (linear in the text), the index product 0.5-0.85,
grouping 0.85-0.95, labels and related passages (reader.claims.related) the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from reader.align.glossary import Glossary
from reader.claims.cluster import correlation_clusters
from reader.claims.decided import Decided, decided_links
from reader.claims.index import Links, passage_links, unit_matrix
from reader.claims.keys import Keys, passage_keys, weigh
from reader.claims.model import Claim, ClaimMap, ClaimPassage, RelatedPassage
from reader.claims.related import related_links
from reader.corpus import Article, Passage
from reader.corpus.sentences import split_sentences

LABEL_CHARS = 64  # a label is the central passage's first words, cut at a word within this
MAX_TERMS = 3


class Cancelled(Exception):
    """Raised by `build` when its `cancelled()` callback turns true."""


_CLAUSE_MARKS = " ,;:–—-"  # what a clause ends with when its sentence goes on
_LIST_MARKER = re.compile(r"(?:\d{1,3}[.)]|[-•*–—])\s+")  # "3. ", "- ", "• " opening a list item


def _label(text: str, terms: Sequence[str] = ()) -> str:
    """The claim's label: the sentence of its central passage that holds most of the claim's
    `terms` (the first, when none holds more), its first words cut at a word. A passage's first
    sentence is often a connective or an aside ("The warning is disputed too.", "Yes, indeed,"),
    not what the passages share."""
    spans = split_sentences(text) if terms and len(text) > LABEL_CHARS else []
    if len(spans) > 1:
        folded = [t.casefold() for t in terms]
        held = [sum(t in text[s:e].casefold() for t in folded) for s, e in spans]
        text = text[slice(*spans[held.index(max(held))])]
    words = " ".join(text.split())
    marker = _LIST_MARKER.match(words)
    if marker and marker.end() < len(words):
        words = words[marker.end() :]
    # A sentence cut at a semicolon or colon ("... soldiers home;") goes on: its mark would
    # read as a label broken off, so it becomes the ellipsis of one cut short.
    clause = words.rstrip(_CLAUSE_MARKS)
    if len(words) <= LABEL_CHARS:
        return words if clause == words or not clause else clause + "…"
    cut = words.rfind(" ", 0, LABEL_CHARS)
    return words[: cut if cut > LABEL_CHARS // 2 else LABEL_CHARS].rstrip(" ,;:.–—-") + "…"


def _terms(members: list[int], central: int, keys: Sequence[Keys], weights: Sequence[dict[str, float]],
           units: Sequence[tuple[int, Passage]]) -> tuple[str, ...]:
    """Keys two or more of the claim's passages share, written as the central passage (or the
    first passage that has the key) writes them, or as another does where that one shouts it
    in capitals (_written). Ranked by how many passages have a key times
    the square of its mean weight there, so a rare word several share comes before a topic
    word all of them use. A term whose words another term holds ("millimetres" beside "190
    millimetres", a number's key beside its unit's) is that term told twice: the longer one
    stays, in the place of the better ranked."""
    total: dict[str, float] = {}
    count: dict[str, int] = {}
    for m in members:
        for k, w in weights[m].items():
            total[k] = total.get(k, 0.0) + w
            count[k] = count.get(k, 0) + 1
    shared = sorted((k for k, c in count.items() if c >= 2), key=lambda k: (-total[k] ** 2 / count[k], k))
    out: list[str] = []
    for k in shared:
        word = _written(k, [central, *members], keys, units)
        words = set(word.casefold().split())
        if not words or any(words <= set(t.casefold().split()) for t in out):
            continue  # told already, alone or within a longer term
        within = [n for n, t in enumerate(out) if set(t.casefold().split()) < words]
        if within:  # the longer term takes the place of the first one it holds
            out[within[0]] = word
            out = [t for n, t in enumerate(out) if n not in within[1:]]
        else:
            out.append(word)
        if len(out) == MAX_TERMS:
            break
    return tuple(out)


def _written(key: str, owners: Sequence[int], keys: Sequence[Keys], units: Sequence[tuple[int, Passage]]) -> str:
    """`key` as the first of `owners` that has it writes it (the central passage, then the
    others), unless that is in capitals another writes in lower case: a dateline ("VELMOR —")
    or a headline shouts a name the passages write "Velmor"; an acronym all of them write
    in capitals stays so. The others' writings are read only when the first is in capitals."""
    writings = (" ".join(units[m][1].text[keys[m][key].lo : keys[m][key].hi].split()) for m in owners if key in keys[m])
    first = next(writings)
    return next((w for w in writings if not w.isupper()), first) if first.isupper() else first


def _claims(groups: list[list[int]], links: Links, units: Sequence[tuple[int, Passage]],
            keys: Sequence[Keys], weights: Sequence[dict[str, float]], article_of: np.ndarray) -> list[Claim]:
    group_of = {m: g for g, members in enumerate(groups) for m in members}
    inside: list[list[tuple[int, int, float]]] = [[] for _ in groups]  # each group's own links
    for i, j, w in zip(links.rows.tolist(), links.cols.tolist(), links.weights.tolist()):
        g = group_of.get(i)
        if g is not None and g == group_of.get(j):
            inside[g].append((i, j, w))
    related = related_links(groups, article_of, links)
    # Most widely told first, then in order of first appearance.
    order = sorted(range(len(groups)), key=lambda g: (-len({units[m][0] for m in groups[g]}), groups[g][0]))
    out = []
    for n, g in enumerate(order, start=1):
        members = groups[g]
        position = {m: k for k, m in enumerate(members)}
        strength = [0.0] * len(members)  # summed weight of each passage's links in the claim
        for i, j, w in inside[g]:
            strength[position[i]] += w
            strength[position[j]] += w
        central = max(range(len(members)), key=lambda k: (strength[k], -k))
        terms = _terms(members, members[central], keys, weights, units)
        out.append(Claim(
            n, _label(units[members[central]][1].text, terms), terms,
            tuple(ClaimPassage(units[m][0], units[m][1]) for m in members), central,
            tuple((position[i], position[j], round(w, 6)) for i, j, w in inside[g]),
            tuple(RelatedPassage(a, units[outside][1], round(w, 6), position[telling])
                  for a, (w, outside, telling) in sorted(related[g].items()))))
    return out


@dataclass
class Linked:
    """The corpus's body passages (as (article position, passage)), their keys and weights,
    and the links between them, strong and weak (row numbers into `units`)."""

    units: list[tuple[int, Passage]]
    keys: list[Keys]
    weights: list[dict[str, float]]
    article_of: np.ndarray
    links: Links


def link_passages(articles: Sequence[Article], glossary: Glossary,
                  step: Callable[[float], None] = lambda fraction: None, **tuning: float) -> Linked:
    """Keys for every body passage, one index over all of them, and its links
    (`tuning`: keyword arguments of reader.claims.index.passage_links, for the benchmarks)."""
    units: list[tuple[int, Passage]] = []
    keys: list[Keys] = []
    cache: dict = {}
    for n, article in enumerate(articles):
        for p in article.passages:
            if p.is_body:
                units.append((n, p))
                keys.append(passage_keys(p.text, glossary, cache, article))
        step(0.5 * (n + 1) / max(1, len(articles)))
    weights = weigh(keys, [p for _, p in units])
    article_of = np.array([a for a, _ in units], dtype=np.int64)
    links = passage_links(unit_matrix(weights), article_of, progress=lambda f: step(0.5 + 0.35 * f), **tuning)
    return Linked(units, keys, weights, article_of, links)


def build(articles: Sequence[Article], glossary: Glossary | None = None, *,
          decisions: Sequence[Decided] = (),
          progress: Callable[[float], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> ClaimMap:
    """The claim map of `articles` (see the module docstring), with no glossary unless one is
    given (as reader.align.align), the reader's link `decisions` applied to its links
    (reader.claims.decided). Raises Cancelled when `cancelled()` turns true between steps."""
    glossary = Glossary() if glossary is None else glossary

    def step(fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled
        if progress is not None:
            progress(fraction)

    step(0.0)
    linked = link_passages(articles, glossary, step)
    links, weighed = decided_links(linked.links, linked.units, decisions)
    groups = correlation_clusters(linked.article_of, weighed, progress=lambda f: step(0.85 + 0.1 * f))
    step(0.95)
    claims = _claims(groups, links, linked.units, linked.keys, linked.weights, linked.article_of)
    step(1.0)
    return ClaimMap(tuple(articles), tuple(claims), len(links))
