"""Fuzzy search over the passages of the two open articles (rapidfuzz). No Textual here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from rapidfuzz import fuzz, process

from reader.corpus import Article


@dataclass(frozen=True)
class SearchHit:
    side: int  # which pane's article
    index: int  # passage index
    score: float  # 0..100
    start: int  # the best-matching span, as offsets into the passage text
    end: int


def search_passages(articles: Sequence[Article], query: str, *, limit: int = 60,
                    cutoff: float = 70.0) -> list[SearchHit]:
    """Passages of `articles` that contain something close to `query`, best first."""
    query = " ".join(query.split())
    if len(query) < 2:
        return []
    choices = {}
    for side, article in enumerate(articles):
        if side and article is articles[0]:
            continue  # the same article in both panes: search it once
        for passage in article.passages:
            choices[(side, passage.index)] = passage.text
    found = process.extract(query, choices, scorer=fuzz.partial_ratio, processor=str.lower,
                            limit=limit, score_cutoff=cutoff)
    hits = []
    for text, score, (side, index) in found:
        where = fuzz.partial_ratio_alignment(query, text, processor=str.lower)
        start = min(where.dest_start, len(text)) if where else 0
        end = min(where.dest_end, len(text)) if where else 0
        hits.append(SearchHit(side, index, float(score), start, end))
    hits.sort(key=lambda h: (-h.score, h.side, h.index))
    return hits


def snippet(text: str, start: int, end: int, width: int = 90) -> tuple[str, int, int]:
    """A one-line window of `text` around [start, end); returns it and the span inside it."""
    before = max(0, min(start, (width - (end - start)) // 3))
    lo = start - before
    hi = min(len(text), max(end, lo + width))
    window = text[lo:hi].replace("\n", " ").replace("\t", " ")
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    return prefix + window + suffix, start - lo + len(prefix), end - lo + len(prefix)
