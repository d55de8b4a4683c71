"""What each unit says, as weighted keys: folded words, numbers, glossary groups.

A key is a string with a one-letter prefix: "w:" a word stem, "n:" a number, "g:" a glossary
group. For each key a unit remembers how often it occurs and where it first occurs (offsets
into the unit's display text), which becomes the evidence shown to the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.align.glossary import Glossary
from reader.align.text import scan

_SENTENCE_OPENERS = frozenset('.!?:;"“‘([—–-')
_DAY = re.compile(r"0?[1-9]|[12][0-9]|3[01]")


@dataclass(slots=True)
class Occurrence:
    key: str  # the unit's own key, before spelling variants were joined
    count: int
    lo: int  # first occurrence, offsets into the unit's text
    hi: int
    name: bool  # capitalised inside a sentence: a proper name


def _sentence_initial(text: str, start: int) -> bool:
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k < 0 or text[k] in _SENTENCE_OPENERS


def _day_of(words: list, i: int) -> tuple[str, tuple[int, int]]:
    """The key of a day of the month written next to its month ("January 27", "2 April"),
    with the first and last token of the date: one date, so "January 27" does not match
    "January 18 ... February 27" twice over, and its evidence shows the whole date."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(words) and words[j].key.startswith("n:month"):
            return f"{words[j].key}-{int(words[i].phrase)}", (min(i, j), max(i, j))
    return words[i].key, (i, i)


def unit_features(text: str, glossary: Glossary, cache: dict | None = None) -> dict[str, Occurrence]:
    """The keys of one unit with their counts and first occurrences."""
    matches, words = scan(text, cache)
    out: dict[str, Occurrence] = {}
    first = glossary.first_keys
    phrase = [w.phrase for w in words] if first else []
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        hit = glossary.match(phrase, i) if first and w.phrase in first else None
        if hit is not None:
            gid, length = hit
            key, span = f"g:{gid}", (i, i + length - 1)
        else:
            length = 1
            if w.key.startswith("n:") and _DAY.fullmatch(w.phrase):
                key, span = _day_of(words, i)
            else:
                key, span = w.key, (i, i)
        i += length
        if not key:
            continue
        occ = out.get(key)
        if occ is None:
            lo, hi = matches[span[0]].start(), matches[span[1]].end()
            out[key] = Occurrence(key, 1, lo, hi, w.capital and not _sentence_initial(text, lo))
        else:
            occ.count += 1
    return out


def rename(features: dict[str, Occurrence], alias: dict[str, str]) -> dict[str, Occurrence]:
    """Apply a key alias map (spelling variants joined), merging counts. A unit with no
    aliased key is returned as it is (features are never mutated once built)."""
    if not alias or alias.keys().isdisjoint(features):
        return features
    out: dict[str, Occurrence] = {}
    for key, occ in features.items():
        key = alias.get(key, key)
        have = out.get(key)
        if have is None:
            out[key] = Occurrence(occ.key, occ.count, occ.lo, occ.hi, occ.name)
        else:
            have.count += occ.count
            if occ.lo < have.lo:
                have.key, have.lo, have.hi, have.name = occ.key, occ.lo, occ.hi, occ.name
    return out
