"""Word search over the passages of the two open articles, as a reader expects it. No Textual.

A query matches a passage when every query word does (so `karabakh war` never drops the
passage holding both words). A word matches a word of the text, never the middle of one:
`/war` finds "war" and "wars", not "towards" or "forward". Ranking follows match quality:
the word itself, then the word with an inflection, a prefix (`karab` -> "Karabakh"), then a
word one typo away; typos are forgiven only in longer words, because one edit turns a short
word into another real word ("drones" is two edits from "cronies", "war" one from "car").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from rapidfuzz.distance import Levenshtein

from reader.corpus import Passage
from reader.corpus.composed import Composed

WORD = re.compile(r"\w+(?:['’]\w+)*")
PREFIX_MIN = 4  # a query word this long also matches longer words it begins ("karab" -> "karabakh");
# shorter stems begin too many unrelated words ("war": warned, warm, ward) to be useful.
TYPO_MIN = 5  # a query word this long also matches a word one edit away ("azerbajan")
INFLECTIONS = ("s", "es", "'s", "’s", "ed", "ing")  # "war" still finds "wars" and "war's"
EXACT, INFLECTED, PREFIX, TYPO = 1.0, 0.9, 0.75, 0.5  # match quality, best first
MIN_QUERY = 2  # characters: a one-letter query would match half the text


@dataclass(frozen=True)
class SearchHit:
    side: int  # which pane's article
    index: int  # unit index in that pane
    score: float  # mean match quality of the query's words (0..1), then more matches first
    start: int  # the first match, as offsets into the unit's text
    end: int
    spans: tuple[tuple[int, int], ...] = ()  # every word that matched, to highlight


def query_words(query: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(Composed(query).text)]


def word_quality(wanted: str, word: str) -> float:
    """How well text word `word` (casefolded) answers query word `wanted`; 0: not at all."""
    if word == wanted:
        return EXACT
    if word.startswith(wanted):
        rest = word[len(wanted):]
        if rest in INFLECTIONS:
            return INFLECTED
        if len(wanted) >= PREFIX_MIN:
            return PREFIX
    if len(wanted) >= TYPO_MIN and abs(len(word) - len(wanted)) <= 1:
        if Levenshtein.distance(wanted, word, score_cutoff=1) <= 1:
            return TYPO
    return 0.0


def match_passage(words: Sequence[str], text: str) -> tuple[float, list[tuple[int, int]]] | None:
    """(quality, spans of matching words, as offsets into `text`) if every query word matches
    a word of `text`. Words are read from the text composed, as the pane shows it: "été" typed
    finds it spelt with combining accents (where `\\w` would stop at each one), and syllables
    typed find them spelt in jamo."""
    composed = Composed(text)
    best = [0.0] * len(words)
    spans: list[tuple[int, int]] = []
    for found in WORD.finditer(composed.text):
        token = found.group().casefold()
        hit = False
        for n, wanted in enumerate(words):
            quality = word_quality(wanted, token)
            if quality:
                hit = True
                best[n] = max(best[n], quality)
        if hit:
            spans.append(composed.original_span(*found.span()))
    if not all(best):
        return None
    return sum(best) / len(best), spans


# Hits kept per search, best first: n/N steps through them, and a count at the limit is shown
# as "500+" (a word in every passage of a 20,000-paragraph article is no use to step through).
SEARCH_LIMIT = 500


def search_passages(units: Sequence[Sequence[Passage]], query: str, *, limit: int = SEARCH_LIMIT) -> list[SearchHit]:
    """Units (per pane side) whose text matches every word of `query`, best match first,
    then in reading order; at most `limit`."""
    words = list(dict.fromkeys(query_words(query)))
    if not words or len("".join(words)) < MIN_QUERY:
        return []
    hits = []
    for side, passages in enumerate(units):
        if side and passages is units[0]:
            continue  # the same article in both panes: search it once
        for index, passage in enumerate(passages):
            found = match_passage(words, passage.text)
            if found is not None:
                quality, spans = found
                (start, end) = spans[0]
                hits.append(SearchHit(side, index, quality, start, end, tuple(spans)))
    hits.sort(key=lambda h: (-h.score, -len(h.spans), h.side, h.index))
    return hits[:limit]


def snippet(text: str, start: int, end: int, width: int = 90) -> tuple[str, int, int]:
    """A one-line window of `text` around [start, end); returns it and the span inside it."""
    before = max(0, min(start, (width - (end - start)) // 3))
    lo = start - before
    hi = min(len(text), max(end, lo + width))
    window = text[lo:hi].replace("\n", " ").replace("\t", " ")
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    return prefix + window + suffix, start - lo + len(prefix), end - lo + len(prefix)
