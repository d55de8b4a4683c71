"""Who and what a passage names: proper names, and the labelled glossary terms it uses.

A name is a run of capitalised words ("Hossein Amir-Abdollahian", "Times of Israel"); a single
capitalised word that opens a sentence is a name only when the glossary knows it, since
"Today" or "Despite" also wear a capital there. Glossary terms inside a run win: "Zionist" is
a mention of the Israel group, and every term of a group is the same name.

Finding runs and terms are single regular-expression passes over the passage, and what a run
holds is remembered by its text (names recur: "Israel" is in most paragraphs of an article),
so reading the passages of two 5,000-paragraph articles stays well under a second.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from reader.align.glossary import Glossary
from reader.align.features import sentence_initial
from reader.align.text import MONTHS, phrase_keys, scan
from reader.differ.patterns import trie_pattern

_SENTENCE_OPENERS = frozenset('.!?:;"“‘([—–')  # the aligner's, less the hyphen
_NOT_NAMES = frozenset(MONTHS) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday i".split())
# A run of capitalised words, joined by spaces or by "of"/"de"/"al" between capitals.
_RUN = re.compile(r"(?<![\w'’-])[^\W\d_a-z][\w'’-]*(?:(?:\s+(?:of|de|al|bin|von|van|del|la|da))?\s+[^\W\d_a-z][\w'’-]*)*")
_POSSESSIVE = re.compile(r"['’]s?$")
_MAX_RUNS = 100_000  # runs remembered per reader; a reader of huge articles starts afresh past it


class Mention(NamedTuple):
    """A name or glossary term: characters lo..hi of the passage text. (A named tuple: a
    long article makes hundreds of thousands, and tuples are the cheapest to make.)"""

    lo: int
    hi: int
    key: str  # "g:<group id>" for a glossary term, else "n:" + the run's folded words
    term: tuple[str, ...]  # the glossary term's phrase keys; () for a plain name
    name: bool  # a proper name (people, places, organisations)
    heads: tuple[str, ...]  # lowercase words to look for in the other passage ("does it say it?")


@lru_cache(maxsize=8)
def capitalised_terms(glossary: Glossary) -> frozenset[tuple[str, ...]]:
    """Phrase keys of the terms the glossary writes with a capital: those are names
    ("Artsakh", "Zionist regime"); lowercase ones ("separatist enclave", "drones") are
    descriptions, which framing compares but the list of names leaves out."""
    return frozenset(phrase_keys(term) for _name, terms in glossary.groups for term in terms
                     if term[:1].isupper())


def _head(word: str) -> str:
    """A name word as it may appear inflected elsewhere: lowercase, no possessive, no
    plural "s" ("Armenians'" -> "armenian", found in "Armenian" and "Armenians")."""
    word = _POSSESSIVE.sub("", word.casefold())
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _heads(word: str) -> list[str]:
    """The heads of a name word, each part of a hyphenated one ("Armenian-populated" is
    there when the other side says "Armenian"); parts under three letters say nothing."""
    return [_head(part) for part in word.split("-") if len(part) > 2]


class Reader:
    """Finds names and framing terms with one glossary; remembers what each run of capitals
    holds (by its text), so a name that recurs is read once."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self.named_terms = capitalised_terms(glossary)
        self.labelled, self.must_contain = _labelled_terms(glossary)
        self._runs: dict[tuple[str, bool], tuple] = {}
        self._words: dict = {}  # scan's cache: each written word folded once

    def names(self, text: str) -> list[Mention]:
        """Proper names and capitalised glossary terms of one passage, in order."""
        out: list[Mention] = []
        runs = self._runs
        for m in _RUN.finditer(text):
            base = m.start()
            key = (m.group(), sentence_initial(text, base, _SENTENCE_OPENERS))
            found = runs.get(key)
            if found is None:
                if len(runs) > _MAX_RUNS:
                    runs.clear()
                found = runs[key] = self._read_run(*key)
            if not found:  # most runs: a capital opening a sentence ("The", "He")
                continue
            if base:
                out += [Mention(base + lo, base + hi, gkey, term, name, heads) for lo, hi, gkey, term, name, heads in found]
            else:
                out += found
        return out

    def _read_run(self, run: str, initial: bool) -> tuple:
        """The mentions in one run of capitalised words, offsets relative to the run."""
        glossary = self.glossary
        if len(self._words) > _MAX_RUNS:
            self._words.clear()
        matches, words = scan(run, self._words)
        phrases = [w.phrase for w in words]
        first_keys = glossary.first_keys
        out = []
        plain: list[int] = []  # tokens of the run no glossary term covers

        def flush() -> None:
            while plain and not words[plain[0]].key:  # a leading "The" is no part of the name
                plain.pop(0)
            shouted = len(plain) > 1 and all(matches[k].group().isupper() for k in plain)
            if plain and not (len(plain) == 1 and plain[0] == 0 and initial) and not shouted:
                # (words in capitals, several in a row, are emphasis: "THE VERY NEXT DAY";
                # one alone may be an acronym: "NATO")
                lo, hi = matches[plain[0]].start(), matches[plain[-1]].end()
                keys = [phrases[k] for k in plain if words[k].key]
                heads = tuple(h for k in plain if words[k].key for h in _heads(matches[k].group()))
                if keys and heads and not (len(keys) == 1 and keys[0] in _NOT_NAMES):
                    out.append(Mention(lo, hi, "n:" + " ".join(keys), (), True, heads))
            plain.clear()

        i, n = 0, len(words)
        while i < n:
            hit = glossary.match(phrases, i) if first_keys and phrases[i] in first_keys else None
            if hit is None:
                if words[i].capital or plain:
                    plain.append(i)
                i += 1
                continue
            flush()
            gid, length = hit
            term = tuple(phrases[i : i + length])
            lo, hi = matches[i].start(), matches[i + length - 1].end()
            out.append(Mention(lo, hi, f"g:{gid}", term, term in self.named_terms, (_head(run[lo:hi]),)))
            i += length
        flush()
        return tuple(out)

    def framing_terms(self, lower: str) -> list[Mention]:
        """Terms of labelled glossary groups in one passage (`lower`: its text casefolded),
        wherever they stand: a framing term may be lowercase ("a separatist enclave")."""
        if self.labelled is None or self.must_contain.search(lower) is None:
            return []
        out = []
        for m in self.labelled.finditer(lower):
            keys = phrase_keys(m.group())
            hit = self.glossary.match(keys, 0) if keys else None
            if hit is None:
                continue
            gid, length = hit
            hi = m.end() if length == len(keys) else m.start() + scan(m.group())[0][length - 1].end()
            out.append(Mention(m.start(), hi, f"g:{gid}", keys[:length], False, ()))
        return out


@lru_cache(maxsize=8)
def _labelled_terms(glossary: Glossary) -> tuple[re.Pattern | None, re.Pattern | None]:
    """One pattern for every term of the groups that carry framing labels (the only groups
    framing compares), each word allowed an inflection ("israel" finds "israeli",
    "israel's"), matched on casefolded text; and a cheap first test that lets most passages
    skip it: a term's match holds its longest word as written, from the start of a word, so a
    passage with none of those words there holds no term."""
    labelled = {phrase_keys(term) for term, _label in glossary.framing}
    terms = {term.casefold() for _name, group in glossary.groups if any(phrase_keys(t) in labelled for t in group)
             for term in group}
    if not terms:
        return None, None
    words = {t: [w for w in re.split(r"[\s-]+", t) if w] for t in terms}
    parts = sorted((r"[\s-]+".join(re.escape(w) + r"[\w'’]*" for w in ws) for ws in words.values()), key=len, reverse=True)
    longest = {max(ws, key=len) for ws in words.values()}
    # \b only before a word that starts with a letter or digit: "(daesh)" has none before it
    at_word = sorted(w for w in longest if w[0].isalnum() or w[0] == "_")
    other = sorted(longest - set(at_word))
    prefilter = "|".join(([r"\b(?:" + trie_pattern(at_word) + ")"] if at_word else [])
                         + ([trie_pattern(other)] if other else []))
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")"), re.compile(prefilter)

