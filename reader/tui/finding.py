"""Word search over the passages of the two open articles, as a reader expects it. No Textual.

A query matches a passage when every query word does (so `karabakh war` never drops the
passage holding both words). A word matches a word of the text, never the middle of one:
`/war` finds "war" and "wars", not "towards" or "forward". Ranking follows match quality:
the word itself, then the word with an inflection, a prefix (`karab` -> "Karabakh"), then a
word one typo away; typos are forgiven only in longer words, because one edit turns a short
word into another real word ("drones" is two edits from "cronies", "war" one from "car"), and
never in figures, which are found as written ("2,000" is one edit from the other side's "3,000").
Case and accents never matter: `reka` finds "Réka" and "Reka" alike (`reader.corpus.accents`,
as bookmark quotes are matched). Chinese, Japanese and Thai put no space between words, so there
a query word matches inside a run of their characters, and only what it matched is marked
(`李红梅` in "附近居民李红梅说").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import islice
from threading import Lock
from typing import Callable, Sequence

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from reader.align.text import MARKS, UNSPACED_SCRIPT
from reader.corpus import Passage
from reader.corpus.accents import fold_accents as fold
from reader.corpus.composed import Composed

# A word with its combining marks, which \w does not match: Devanagari's vowel signs and
# viramas, Arabic's vowels ("अस्पताल" is one word, not "अस", "पत" and "ल").
# A figure is one word with its separators ("12,000", "3.5"): each side of a story gives its own,
# and "12,000" must not be found as the 12 and the 000 of "$12 million for 60,000 people".
WORD = re.compile(rf"\d+(?:[.,]\d+)+|\w[\w{MARKS}]*(?:['’]\w[\w{MARKS}]*)*")
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
    return [fold(w) for w in WORD.findall(Composed(query).text)]


def _figure(word: str) -> bool:
    """Whether a query word holds a digit: a figure or a date is found as written (or with an
    inflection, "1990s"), never by its start or one edit away, as "2,000" is from "3,000"."""
    return any(char.isdigit() for char in word)


def word_quality(wanted: str, word: str) -> float:
    """How well text word `word` (folded) answers query word `wanted`; 0: not at all."""
    if word == wanted:
        return EXACT
    if word.startswith(wanted):
        rest = word[len(wanted):]
        if rest in INFLECTIONS:
            return INFLECTED
        if len(wanted) >= PREFIX_MIN and not _figure(wanted):
            return PREFIX
    if len(wanted) >= TYPO_MIN and abs(len(word) - len(wanted)) <= 1 and not _figure(wanted):
        if Levenshtein.distance(wanted, word, score_cutoff=1) <= 1:
            return TYPO
    return 0.0


def _words(text: str):
    """(folded word, its span in `text`) for each word of `text`. Words are read from the
    text composed, as the pane shows it: "été" typed finds it spelt with combining accents
    (where `\\w` would stop at each one), and syllables typed find them spelt in jamo."""
    composed = Composed(text)
    for found in WORD.finditer(composed.text):
        yield fold(found.group()), composed.original_span(*found.span())


def _spans(text: str, answering: set[str], inside: list[str]) -> tuple[tuple[int, int], ...]:
    """The spans in `text` of its words in `answering`; of a word holding one of the CJK query
    words `inside`, only where those stand in it (a run of ideographs is many words)."""
    composed = Composed(text)
    out = []
    for found in WORD.finditer(composed.text):
        token = fold(found.group())
        if token not in answering:
            continue
        parts = [w for w in inside if w in token] if len(token) == len(found.group()) else []
        if not parts:
            out.append(composed.original_span(*found.span()))
        for wanted in parts:
            at = token.find(wanted)
            while at >= 0:
                out.append(composed.original_span(found.start() + at, found.start() + at + len(wanted)))
                at = token.find(wanted, at + len(wanted))
    return tuple(sorted(out))


# Hits kept per search, best first: n/N steps through them, and a count at the limit is shown
# as "500+" (a word in every passage of a 20,000-paragraph article is no use to step through).
SEARCH_LIMIT = 500


class SearchIndex:
    """Where each word of the panes' units occurs, read once per pair of unit lists.

    A query is answered from the distinct words (thousands, against hundreds of thousands of
    words of text): each query word is matched against the vocabulary, then the units holding
    a matching word are looked up. Reading every unit again on each keystroke cost 150-180 ms
    on two 3,000-paragraph articles; this answers in about 20 ms after one read of about 0.2 s."""

    def __init__(self, units: Sequence[Sequence[Passage]]) -> None:
        self.units = [list(passages) for passages in units]
        self._sources = tuple(units)  # the lists it was read from, to tell whether it is current
        self._starts: list[int] = []  # the first unit number of each side
        postings: dict[str, list[int]] = {}  # word -> the unit numbers holding it, once per occurrence
        number = 0
        for side, passages in enumerate(self.units):
            self._starts.append(number)
            if side and units[side] is units[0]:
                continue  # the same article in both panes: search it once
            for passage in passages:
                for token, _ in _words(passage.text):
                    postings.setdefault(token, []).append(number)
                number += 1
        self._postings = postings
        self._vocabulary = sorted(postings)
        self._by_length: dict[int, list[str]] = {}
        for token in self._vocabulary:
            self._by_length.setdefault(len(token), []).append(token)

    def reads(self, units: Sequence[Sequence[Passage]]) -> bool:
        return len(units) == len(self._sources) and all(a is b for a, b in zip(units, self._sources))

    def _matches(self, wanted: str) -> dict[str, float]:
        """Each vocabulary word answering query word `wanted`, with its quality (word_quality)."""
        found: dict[str, float] = {}
        if UNSPACED_SCRIPT.search(wanted):  # anywhere in a run of such characters, which holds many words
            return {token: EXACT for token in self._vocabulary if wanted in token}
        if len(wanted) >= TYPO_MIN and not _figure(wanted):
            near = [t for n in (len(wanted) - 1, len(wanted), len(wanted) + 1) for t in self._by_length.get(n, ())]
            for token, _, _ in process.extract(wanted, near, scorer=Levenshtein.distance, score_cutoff=1,
                                               limit=None):
                found[token] = TYPO
        start = bisect_left(self._vocabulary, wanted)
        for token in islice(self._vocabulary, start, None):
            if not token.startswith(wanted):
                break
            quality = word_quality(wanted, token)
            if quality:
                found[token] = quality
        return found

    def search(self, query: str, *, limit: int = SEARCH_LIMIT,
               cancelled: Callable[[], bool] = lambda: False) -> list[SearchHit]:
        """Units whose text matches every word of `query`, best match first (then more matching
        words first, then in reading order); at most `limit`. [] once `cancelled()` is true."""
        words = list(dict.fromkeys(query_words(query)))
        if not words or len("".join(words)) < MIN_QUERY:
            return []
        best: dict[int, float] | None = None  # unit -> sum of each query word's best quality
        answering: set[str] = set()
        for wanted in words:
            matches = self._matches(wanted)
            here: dict[int, float] = {}
            for token, quality in matches.items():
                for number in self._postings[token]:
                    if here.get(number, 0.0) < quality:
                        here[number] = quality
            best = here if best is None else {n: q + here[n] for n, q in best.items() if n in here}
            answering.update(matches)
            if not best or cancelled():
                return []
        assert best is not None
        counts: dict[int, int] = dict.fromkeys(best, 0)  # words of the unit answering the query
        for token in answering:
            for number in self._postings[token]:
                if number in counts:
                    counts[number] += 1
        ranked = sorted(best, key=lambda n: (-best[n], -counts[n], n))[:limit]
        hits = []
        for number in ranked:
            if cancelled():
                return []
            side = bisect_right(self._starts, number) - 1
            index = number - self._starts[side]
            spans = _spans(self.units[side][index].text, answering, [w for w in words if UNSPACED_SCRIPT.search(w)])
            hits.append(SearchHit(side, index, best[number] / len(words), *spans[0], spans))
        return hits


_last: list[SearchIndex] = []  # the index of the units searched last: reopening the dialog reuses it
_building = Lock()


def search_index(units: Sequence[Sequence[Passage]]) -> SearchIndex:
    """The index of `units` (built once, then kept while the panes show the same units)."""
    with _building:
        if not (_last and _last[0].reads(units)):
            _last[:] = [SearchIndex(units)]
        return _last[0]


def search_passages(units: Sequence[Sequence[Passage]], query: str, *, limit: int = SEARCH_LIMIT) -> list[SearchHit]:
    """Units (per pane side) whose text matches every word of `query`, best match first,
    then in reading order; at most `limit`."""
    return search_index(units).search(query, limit=limit)


_SPACE = re.compile(r"\s+")


def snippet(text: str, start: int, end: int, width: int = 90) -> tuple[str, int, int]:
    """A one-line window of `text` around [start, end); returns it and the span inside it.
    A window cut inside the text begins and ends on whole words ("…according to", not
    "…ing to") when the text around the match has a space to cut at."""
    before = max(0, min(start, (width - (end - start)) // 3))
    lo = start - before
    hi = min(len(text), max(end, lo + width))
    if lo > 0 and not text[lo - 1].isspace():
        lead = _SPACE.search(text, lo, start)
        lo = lead.end() if lead else lo
    if hi < len(text) and not text[hi].isspace():
        tail = [m.start() for m in _SPACE.finditer(text, end, hi)]
        hi = tail[-1] if tail else hi
    window = text[lo:hi].replace("\n", " ").replace("\t", " ")
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    return prefix + window + suffix, start - lo + len(prefix), end - lo + len(prefix)
