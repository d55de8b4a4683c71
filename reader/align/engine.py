"""The alignment pipeline: from two articles to links with scores, tiers and evidence.

1. Keys of every unit (reader.align.features): word stems, numbers and dates, glossary groups.
2. Spelling variants only one side uses are joined (reader.align.aliases), and so are two names
   a passage gives as one ("Khankandi (Stepanakert)") when each side writes its own.
3. Document frequencies over the corpus, smoothed towards general English
   (reader.align.background), give each key its weight (reader.align.scoring.corpus_statistics).
4. Candidate pairs and their scores (reader.align.scoring): one sparse product touches only
   pairs sharing a key.
5. Links are the pairs that clear the threshold and are among the best few of one of their
   units; a heading links only through more than names (reader.align.selection); each gets its tier
   (reader.align.policy) and, on first access, its evidence (reader.align.evidence).
6. At sentence granularity each paragraph link is narrowed to its sentences
   (reader.align.narrowing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

from reader.align import conflict, policy
from reader.align.aliases import called_aliases, clitic_aliases, figure_aliases, fuzzy_aliases
from reader.align.evidence import evidence
from reader.align.features import Occurrence, article_derived, article_features, clear_cache, rename
from reader.align.glossary import Glossary
from reader.align.model import Alignment, Link
from reader.align.narrowing import narrow, sentences_of, unit_rows
from reader.align.scoring import Candidates, KeyCounts, LoneKeys, candidates, corpus_statistics
from reader.align.selection import substantive, top_k
from reader.corpus import GRANULARITIES, Article

__all__ = ["Prepared", "align", "clear_cache", "prepare"]


class _Cancelled(Exception):
    pass


@dataclass
class Prepared:
    """What scoring needs: each side's keys (None for boilerplate), the idf table, candidates."""

    fa: list[dict[str, Occurrence] | None]
    fb: list[dict[str, Occurrence] | None]
    idf: dict[str, float]
    candidates: Candidates
    alias: dict[str, str]
    common: frozenset[str] = frozenset()  # function words of the articles' language: never shown as evidence


def _vocab(feats: list[dict[str, Occurrence] | None], prefix: str) -> set[str]:
    """The keys of one kind ("w:" words, "n:" figures) the units hold."""
    return {k for f in feats if f for k in f if k.startswith(prefix)}


def prepare(a: Article, b: Article, corpus: Iterable[Article] | None, granularity: str,
            glossary: Glossary, step: Callable[[float], None] = lambda fraction: None) -> Prepared:
    """Keys, statistics and candidate pairs with their scores."""
    step(0.0)
    words: dict = {}  # language -> word -> keys, for this call only (no shared state between threads)
    fa = article_features(a, granularity, glossary, words)
    step(0.25)
    fb = fa if b is a else article_features(b, granularity, glossary, words)
    step(0.5)
    # The other articles' share of the statistics is tallied once per article (and glossary):
    # aligning another pair of the corpus adds it up again without reading their units.
    others = [article_derived(art, granularity, glossary, KeyCounts.of, words) for art in corpus or ()
              if not _same_article(art, a) and not _same_article(art, b)]
    words_a, words_b = _vocab(fa, "w:"), _vocab(fb, "w:")
    alias = (fuzzy_aliases(words_a, words_b, conflict.names(fa, fb)) | clitic_aliases(words_a, words_b)
             | figure_aliases(_vocab(fa, "n:"), _vocab(fb, "n:")))
    if b is not a:
        alias = called_aliases([([u.text for u in a.units(granularity)], fa), ([u.text for u in b.units(granularity)], fb)],
                               alias)
    fa = [rename(f, alias) if f else f for f in fa]
    fb = [rename(f, alias) if f else f for f in fb]
    sides = [(a, fa)] if b is a else [(a, fa), (b, fb)]
    idf, common = corpus_statistics(((art.units(granularity), feats) for art, feats in sides), alias, others)
    step(0.6)
    return Prepared(fa, fb, idf, candidates(fa, fb, idf, common), alias, common)


def _same_article(x: Article, y: Article) -> bool:
    return x is y or (x.id == y.id and x.path == y.path)


def align(a: Article, b: Article, corpus: Iterable[Article] | None = None, *,
          granularity: str = "paragraph", min_score: float | None = None,
          glossary: Glossary | None = None,
          progress: Callable[[float], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> Alignment:
    """Align article `a` with article `b`; see the module docstring for how.

    `corpus` supplies word statistics (the two articles are always included); `glossary`
    defaults to none. `progress` gets 0..1; when `cancelled()` turns true the work stops and
    the links found so far (possibly none) are returned.
    """
    if granularity not in GRANULARITIES:
        raise ValueError(f"granularity must be one of {GRANULARITIES}, not {granularity!r}")
    if (b.id, str(b.path)) < (a.id, str(a.path)):
        # One orientation computes, the other mirrors it: swapping A and B mirrors exactly.
        return align(b, a, corpus, granularity=granularity, min_score=min_score, glossary=glossary,
                     progress=progress, cancelled=cancelled).swapped()
    glossary = Glossary() if glossary is None else glossary
    threshold = policy.LINK_THRESHOLD if min_score is None else float(min_score)

    def step(fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise _Cancelled
        if progress is not None:
            progress(fraction)

    links: list[Link] = []
    aliases: dict[str, str] = {}
    try:
        prepared = prepare(a, b, corpus, "paragraph", glossary, step)
        aliases = {k: v for k, v in prepared.alias.items() if k.startswith("w:")}
        links = _paragraph_links(a, b, prepared, threshold, step)
        if granularity == "sentence":
            links = _sentence_links(a, b, links, prepared, glossary)
        step(1.0)
    except _Cancelled:
        pass
    a_units, b_units = a.units(granularity), b.units(granularity)
    linked_a = {link.a for link in links}
    linked_b = {link.b for link in links}
    return Alignment(
        a=a, b=b, granularity=granularity, a_units=a_units, b_units=b_units, links=links,
        unmatched_a=[p.index for p in a_units if p.is_body and p.index not in linked_a],
        unmatched_b=[p.index for p in b_units if p.is_body and p.index not in linked_b], aliases=aliases,
    )


def _paragraph_links(a: Article, b: Article, prepared: Prepared, threshold: float,
                     step: Callable[[float], None]) -> list[Link]:
    fa, fb, idf, cands = prepared.fa, prepared.fb, prepared.idf, prepared.candidates
    a_units, b_units = a.passages, b.passages
    step(0.8)
    chosen = top_k(cands.rows, cands.cols, cands.scores, threshold)
    rows, cols, scores = (cands.rows[chosen].tolist(), cands.cols[chosen].tolist(),
                          cands.scores[chosen].tolist())
    links = []
    for n, (i, j, s) in enumerate(zip(rows, cols, scores)):
        if n % 512 == 0:
            step(0.8 + 0.15 * n / max(1, len(chosen)))
        heading = a_units[i].kind == "heading" or b_units[j].kind == "heading"
        if not substantive(fa[i], fb[j], heading, prepared.common):
            continue
        links.append(Link(i, j, s, partial(evidence, a, a_units[i], fa[i], b, b_units[j], fb[j], idf,
                                           policy.MAX_EVIDENCE, prepared.common), tier=policy.tier(s)))
    return links


def _sentence_links(a: Article, b: Article, paragraph_links: list[Link], prepared: Prepared,
                    glossary: Glossary) -> list[Link]:
    """Each paragraph link narrowed to the sentences that carry it (reader.align.narrowing)."""
    idf, alias = prepared.idf, prepared.alias
    fa = [rename(f, alias) if f else f for f in article_features(a, "sentence", glossary)]
    fb = [rename(f, alias) if f else f for f in article_features(b, "sentence", glossary)]
    columns = {k: c for c, k in enumerate(sorted({k for f in (*fa, *fb) if f for k in f}))}
    ma, mb = unit_rows(fa, columns, idf), unit_rows(fb, columns, idf)
    owners_a, owners_b = sentences_of(a), sentences_of(b)
    lone = LoneKeys.of(list(columns), ma, mb, idf, prepared.common)
    chosen = narrow(ma, mb, [(link.score, owners_a[link.a], owners_b[link.b]) for link in paragraph_links], lone)
    sa, sb = a.sentences, b.sentences
    return [Link(x, y, s, partial(evidence, a, sa[x], fa[x], b, sb[y], fb[y], idf, policy.MAX_EVIDENCE,
                                  prepared.common), tier=policy.tier(s))
            for x, y, s in chosen]
