"""What each unit says, as weighted keys: folded words, numbers, glossary groups.

A key is a string with a one-letter prefix: "w:" a word stem, "n:" a number, "g:" a glossary
group. For each key a unit remembers how often it occurs and where it first occurs (offsets
into the unit's display text), which becomes the evidence shown to the reader.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, TypeVar

from reader.align.glossary import Glossary
from reader.align.language import keyed_language, lower_words
from reader.align.text import Word, counted_key, lowered, scan, sentence_initial, unelided, word_keys
from reader.corpus import Article
from reader.corpus.dates import FOREIGN_MONTHS
from reader.corpus.marks import speakers as record_speakers

T = TypeVar("T")

_DAY = re.compile(r"0?[1-9]|[12][0-9]|3[01]")


@dataclass(slots=True)
class Occurrence:
    key: str  # the unit's own key, before spelling variants were joined
    count: int
    lo: int  # first occurrence, offsets into the unit's text
    hi: int
    name: bool  # capitalised inside a sentence: a proper name
    capital: bool = False  # written with a capital (a name, a sentence's or a title's first word)


_ABBREVIATED = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_VERBS = frozenset({"may", "march"})  # "may" the modal, "march" the verb
_YEAR = re.compile(r"1[5-9]\d\d|2[01]\d\d")
_MAY_HAVE_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|月)")  # a cheap test first
# A day number before a word: where another language's month may stand ("14 mars 2023", "14 de
# marzo", "١٤ آذار ٢٠٢٣", "14 מרץ", "14 մարտի"), a cheap test first.
_DAY_BEFORE_WORD = re.compile(r"\d\.?\s+(?:de\s+)?[^\W\d_]")


def _foreign_months(matches: list, words: list) -> list | None:
    """`words` with each month of another language (reader.corpus.dates.FOREIGN_MONTHS) that
    follows a day number (past a "de" or a day's full stop) made a month, as an English month
    is, so that "١٤ آذار ٢٠٢٣" meets "14 مارس 2023" and "14 March 2023"; None when there is
    none. As the differences read them: the month written in lower case, or before a year, so
    that "2 Mars rovers" stays a count."""
    out = None
    n = len(words)
    # Only a word one or two tokens after a day number can be such a month: most units hold
    # few numbers, so look only there rather than at every word.
    days = [j for j, w in enumerate(words) if w.key[:2] == "n:" and _is_number(words, j) and _DAY.fullmatch(w.phrase)]
    after = sorted({j + 1 for j in days} | {j + 2 for j in days if j + 1 < n and words[j + 1].phrase in _UNIT_OF})
    for i in after:
        if i >= n:
            break
        day = i - 2 if words[i - 1].phrase in _UNIT_OF and i > 1 else i - 1
        if not (_is_number(words, day) and _DAY.fullmatch(words[day].phrase)) or not words[i].key.startswith("w:"):
            continue
        surface = matches[i].group().lower()
        month, last = FOREIGN_MONTHS.get(surface, 0), i
        if not month and i + 1 < n:  # a month of two words ("كانون الثاني")
            month, last = FOREIGN_MONTHS.get(f"{surface} {matches[i + 1].group().lower()}", 0), i + 1
        year = last + 1 < n and _is_number(words, last + 1) and _YEAR.fullmatch(words[last + 1].phrase)
        if month and (not words[i].capital or year or day == i - 2):
            out = out or list(words)
            out[i] = Word(f"n:month{month}", words[i].phrase, words[i].capital)
            if last > i:
                out[last] = Word("", words[last].phrase, False)
    return out


def _is_number(words: list, j: int) -> bool:
    return 0 <= j < len(words) and words[j].key.startswith("n:") and not words[j].key.startswith("n:month")


def _dates(words: list) -> dict[int, tuple[str, tuple[int, int]]]:
    """The dates of a unit: for each month token that is one, its key and token span, and for
    each day of the month written beside it, the same. A month name is a date only as a month:
    next to a day or a year, or as a full name not followed by another name ("Jan Brewer",
    "April Ryan" and "May" the verb are words). A year beside the month becomes part of the
    key, so "April 2016" does not meet "April 2023"; "January 27" does not meet "February 27"."""
    out: dict[int, tuple[str, tuple[int, int]]] = {}
    n = len(words)
    for i, w in enumerate(words):
        if not w.key.startswith("n:month"):
            continue
        day = next((j for j in (i + 1, i - 1, i - 2) if _is_number(words, j) and _DAY.fullmatch(words[j].phrase)
                    and (j != i - 2 or words[i - 1].phrase in _UNIT_OF)), None)  # "14 de marzo"
        # Chinese and Japanese write the year first: "2026年3月14日".
        years = (i - 1,) if w.phrase.endswith("月") else (i + 1, i + 2)
        year = next((j for j in years if _is_number(words, j) and j != day
                     and _YEAR.fullmatch(words[j].phrase)), None)
        if day is None and year is None:
            following = words[i + 1] if i + 1 < n else None
            if w.phrase in _ABBREVIATED or w.phrase in _VERBS or (following is not None and following.capital):
                continue
        month = w.key if year is None else f"n:{words[year].phrase}-{w.key[2:]}"
        last = max(i, year) if year is not None else i
        first = min(i, year) if year is not None else i
        out[i] = (month, (i, i))
        if day is not None:
            out[day] = (f"{month}-{int(words[day].phrase)}", (min(first, day), max(last, day)))
    return out


_UNIT_REACH = 2  # a quantity's unit is among the next few words ("200 were killed")
# The preposition Romance languages write between a figure and what it counts or dates ("6 de
# abril", "3 del mese", "12 du mois"): passed over like a stop word, or "6 de abril" would be
# the figure 6 counting "de" and meet "6 de mayo".
_UNIT_OF = frozenset({"de", "del", "di", "da", "du"})


# Words that join two modifiers of one counted noun: "1,400 ferry and dock workers".
_COORDINATORS = frozenset({"and", "or"})
# Endings of singular words that end in s ("bus", "press", "crisis"): no plurals.
_SINGULAR_S = ("us", "ss", "is")


def _plural(word: str) -> bool:
    """Whether a lower-case English word is written as a regular plural ("workers", "agencies")."""
    return word.endswith("s") and not word.endswith(_SINGULAR_S)


def _quantity(words: list, i: int, matches: list, text: str) -> tuple[str, tuple[int, int]]:
    """A number with the thing it counts: "200 killed" is not "200 miles". The unit is the first
    word with a key among the next _UNIT_REACH tokens (stopwords skipped); a number with none
    ("in 1991", "the 25 of them") stands alone. Two modifiers joined before the noun they
    qualify count that noun ("1,400 ferry and dock workers" counts workers, as "1,400 workers"
    does): see _coordinated_head."""
    for j in range(i + 1, min(len(words), i + 1 + _UNIT_REACH)):
        key = words[j].key
        if words[j].phrase in _UNIT_OF:
            continue
        if key.startswith("w:"):
            j = _coordinated_head(words, j, matches, text)
            return f"{words[i].key}|{counted_key(words[j].key[2:])}", (i, j)
        if key:
            break
    return words[i].key, (i, i)


def _coordinated_head(words: list, j: int, matches: list, text: str) -> int:
    """The token of the noun that `j` and the next word modify, when `j` opens "X and Y Z" (three
    lower-case keyed words, nothing but spaces between them) whose X is written singular and Z
    plural, as a count's modifiers and its noun are: "ferry and dock workers" is workers;
    otherwise `j` itself: X plural is the counted noun, the "and" going on to something else
    ("600 lives and aid agencies", "7 points and ripped down").
    """
    z = j + 3
    if z >= len(words) or words[j + 1].phrase not in _COORDINATORS:
        return j
    if any(not words[t].key.startswith("w:") or words[t].capital for t in (j, j + 2, z)):
        return j
    if _plural(matches[j].group().lower()) or not _plural(matches[z].group().lower()):
        return j
    if any(text[matches[t].end():matches[t + 1].start()].strip() for t in range(j, z)):
        return j
    return z


def unit_features(text: str, glossary: Glossary, cache: dict | None = None, language: str | None = None,
                  common: frozenset[str] | None = None, speakers: frozenset[str] = frozenset(),
                  ) -> dict[str, Occurrence]:
    """The keys of one unit of an article in `language` (text.word_keys) that writes the words
    of `common` in lower case (language.lower_words), with their counts and first occurrences;
    `cache` is scan's, for that language; `speakers`: the last words of the names a debate's
    record labels its turns with (reader.corpus.marks.speakers), a label's words no keys."""
    matches, words = scan(text, cache, language, common, speakers)
    # an institution its language capitalises ("el Gobierno") keeps its key but is no name
    institutions = getattr(common, "institutions", None)
    out: dict[str, Occurrence] = {}
    first = glossary.first_keys
    phrase = [w.phrase for w in words] if first else []
    if _DAY_BEFORE_WORD.search(text) and (foreign := _foreign_months(matches, words)) is not None:
        words = foreign
        dates = _dates(words)
    else:
        dates = _dates(words) if _MAY_HAVE_MONTH.search(text) else {}
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        key = w.key
        first_token = last_token = i
        i += 1
        if first and w.phrase in first and (hit := glossary.match(phrase, first_token)) is not None:
            gid, length = hit
            key, last_token = f"g:{gid}", first_token + length - 1
            i = first_token + length
        elif key[:2] == "n:":  # most tokens are words: one test keeps them on the fast path
            if first_token in dates:
                key, (first_token, last_token) = dates[first_token]
            elif key.startswith("n:month"):
                key = word_keys(w.phrase)[0]  # a month name that is not a date
                key = "w:" + key if key else ""
            elif not key.endswith("%") and not _YEAR.fullmatch(w.phrase):
                key, (first_token, last_token) = _quantity(words, first_token, matches, text)
        if not key:
            continue
        occ = out.get(key)
        named = w.capital and not (institutions and matches[first_token].group().lower() in institutions)
        if occ is None:
            lo = matches[first_token].start()
            out[key] = Occurrence(key, 1, lo, matches[last_token].end(), named and not sentence_initial(text, lo),
                                  w.capital)
        else:
            occ.count += 1
            # A name that opens its unit ("KESSRA — …", "Kessra said") is one all the same
            # when it is written capitalised inside a sentence later on ("the town of Kessra").
            if named and not occ.name:
                occ.name = not sentence_initial(text, matches[first_token].start())
    return out


def rename(features: dict[str, Occurrence], alias: dict[str, str]) -> dict[str, Occurrence]:
    """Apply a key alias map (spelling variants joined), merging counts. A unit with no
    aliased key is returned as it is, and a key that meets no other keeps its Occurrence
    (features are never mutated once built, so they can be shared: a copy of every one
    doubled the memory of a huge article's features); only a merge makes a new one."""
    if not alias or alias.keys().isdisjoint(features):
        return features
    out: dict[str, Occurrence] = {}
    for key, occ in features.items():
        key = alias.get(key, key)
        have = out.get(key)
        if have is None:
            out[key] = occ
        else:
            first = occ if occ.lo < have.lo else have
            out[key] = Occurrence(first.key, have.count + occ.count, first.lo, first.hi, first.name, first.capital)
    return out


# features_key -> (the keys of each unit, what is made from them: see `article_derived`)
_CACHE: OrderedDict[tuple, tuple[list, dict]] = OrderedDict()  # guarded by _LOCK
_LOCK = threading.Lock()
_CACHE_SIZE = 512


def article_features(article: Article, granularity: str, glossary: Glossary,
                     words: dict | None = None) -> list[dict[str, Occurrence] | None]:
    """Keys of each unit of an article (None for boilerplate), remembered per article text and
    glossary: the reader aligns the same few articles against each other over and over. The
    cache is bounded, locked, and holds values nothing mutates afterwards; `words` holds
    unit_features' per-call word caches, one per language (words_of)."""
    return _entry(article, granularity, glossary, words)[0]


def article_derived(article: Article, granularity: str, glossary: Glossary, make: Callable[[list, list], T],
                    words: dict | None = None) -> T:
    """`make(units, keys of each unit)` for an article, remembered with its keys (one value per
    `make`, which must return a value nothing mutates afterwards): what every alignment with
    the article in its corpus would work out again, such as its share of the word statistics."""
    feats, made = _entry(article, granularity, glossary, words)
    with _LOCK:
        if make in made:
            return made[make]
    value = make(article.units(granularity), feats)
    with _LOCK:
        return made.setdefault(make, value)


def _entry(article: Article, granularity: str, glossary: Glossary, words: dict | None) -> tuple[list, dict]:
    key = features_key(article, granularity, glossary)
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is not None:
            _CACHE.move_to_end(key)
            return hit
    language, common = keyed_language(article), lower_words(article)
    cache = words_of({} if words is None else words, language)
    units = article.units(granularity)
    labelled = article_speakers(article)
    feats = [unit_features(p.text, glossary, cache, language, common, labelled) if p.kind != "boilerplate" else None
             for p in units]
    with _LOCK:
        entry = _CACHE.setdefault(key, (feats, {}))
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return entry


_speakers: weakref.WeakKeyDictionary[Article, frozenset[str]] = weakref.WeakKeyDictionary()  # guarded by _LOCK


def article_speakers(article: Article) -> frozenset[str]:
    """The names a debate's record labels its turns with (reader.corpus.marks.speakers), judged
    once per article from its paragraphs: a later turn opens on the name alone, no word of it.
    A thread worker and the UI may ask at once: the judging runs outside the lock (a long
    article takes a while), and every caller gets the one judgement kept."""
    with _LOCK:
        found = _speakers.get(article)
    if found is None:
        judged = record_speakers([p.text for p in article.passages])
        with _LOCK:
            found = _speakers.setdefault(article, judged)
    return found


def words_of(words: dict, language: str | None) -> dict:
    """The word cache of one language among `words` (language -> surface -> Word): a word is
    keyed by its article's language, so one written alike in two languages has two keys."""
    cache = words.get(language)
    if cache is None:
        cache = words[language] = {}
    return cache


def features_key(article: Article, granularity: str, glossary: Glossary) -> tuple:
    """What an article's keys depend on: its text, file, units and their kinds, and the glossary."""
    return (article.content_hash, article.path, granularity, glossary,
            tuple(u.kind for u in article.units(granularity)))


def clear_cache() -> None:
    with _LOCK:
        _CACHE.clear()


def surfaces(units: list, feats: list[dict[str, Occurrence] | None], into: dict[str, str]) -> None:
    """Record, for each key not yet in `into`, the lower-cased words it was first written as
    (a Turkish "İçin" opening a sentence as "için", the function word: text.lowered)."""
    for unit, f in zip(units, feats):
        if f:
            for key, occ in f.items():
                if key not in into:
                    into[key] = unelided(lowered(unit.text[occ.lo : occ.hi], None))
