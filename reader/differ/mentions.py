"""Who and what a passage names: proper names, and the labelled glossary terms it uses.

A name is a run of capitalised words ("Hossein Amir-Abdollahian", "Times of Israel"): words
whose first letter is a capital, in any script, joined by spaces or by a few lowercase
particles ("of", "de", "al"); a lowercase "à" or "é" is no part of one. A single capitalised
word that opens a sentence is a name when the glossary knows it; any other is read as one that
may be (Mention.opener), since "Today" or "Despite" also wear a capital there, and the differ
keeps it where the articles say it is one. Glossary terms inside a run win: "Zionist" is a
mention of the Israel group, and every term of a group is the same name; but a term the
glossary writes in lowercase is, capitalised inside a name, a word of it ("Central
Intelligence Office"), and so is a term that opens a longer name ("Washington Post" is a
paper, no mention of the United States; "Washington President Vos" is the group's, a title
after it).

No name: a title alone ("the President", "Sen."), a religion or its faithful ("Christians"), a
quarter of the world as an adjective ("Western"), the dateline a story opens with ("BRENHOLM
—"; a place: not a glossary abbreviation, "VNO —", nor anything in capitals before a dash in
the story's body, "NATO —"), a lawmaker's party and state ("R-Tex.", "(Wis.)"), a person's
generation or a company's kind after a comma ("Vos, Jr.", "Acme, Inc."), a sentence adverb
wherever a capital stands on it ("Brenholm Meanwhile, the envoys": a heading run into its
text), an abbreviation in the plural ("MPs"). A state abbreviated after its city is a name
("Lexington, Ky."), and so is a state abbreviated anywhere ("the Ariz. law"); a name with its
abbreviation in brackets or after ", or" is one ("Organisation for Security and Co-operation in
Europe (OSCE)"), a group in the plural after an institution two ("House Republicans"), and so
are a place, people or body before a title and a person ("Brenholm County Prosecutor Jon
Tarrow") and an owner in the possessive before a name ("Tarr’s National Harbour Council");
two names a passage gives one thing ("Velmora, which Ostland calls Karvesh", "the Majlis
(Parliament)") are said where either is (given_as_one); a bracket after a word opens no
sentence ("Elena Vos (Kessra)"). An abbreviated title's or an initial's full stop ends no
sentence ("Sen. Orla Quint", "Elena M. Vos" are runs of their own), a closing quotation mark
after a full stop ends one ('fair." Critics') and one after a comma does not ('fair," Vos
said'); the titles before a person's name are no words of hers to look for elsewhere.

Finding runs and terms are single regular-expression passes over the passage, and what a run
holds is read once and remembered by its text (names recur: "Israel" is in most paragraphs of
an article), so reading a passage is a dictionary look-up per run of capitals.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from reader.align.aliases import CALLED
from reader.align.background import word_list
from reader.align.glossary import Glossary
from reader.align.language import INSTITUTION_WRITING
from reader.align.policy import NAME_MIN
from reader.align.text import MONTHS, SENTENCE_OPENERS, phrase_keys, scan
from reader.corpus.dates import WEEKDAYS
from reader.corpus.marks import after_markers
from reader.corpus.segment import LIST_ITEM
from reader.differ.patterns import trie_pattern
from reader.differ.quantities import COUNT_WORDS, TIME_ZONES

_SENTENCE_OPENERS = SENTENCE_OPENERS - {"-"}  # the aligner's, less the hyphen
_CELL_OPENERS = _SENTENCE_OPENERS | {"|"}  # ... and a bar between a table's cells
# Capitalised words that are no names, alone or together: months, weekdays, time zones ("01:42
# GMT Wednesday").
_NOT_NAMES = frozenset(MONTHS) | WEEKDAYS | {"i"} | TIME_ZONES | frozenset(
    # ... religions and their faithful, who are no person, place or body ("Christians fled",
    # "Islamic charities"; "Islamic State" is a name), and the quarters of the world as
    # adjectives ("Western envoys"; "Western Sahara" is a name)
    phrase_keys("Christian Christians Muslim Muslims Jew Jews Jewish Islamic Islamist Catholic Catholics"
                " Protestant Protestants Evangelical Evangelicals Orthodox Sunni Sunnis Shia Shiite Shiites"
                " Hindu Hindus Buddhist Buddhists Sikh Sikhs Western Eastern Northern Southern"))
# Titles and offices: a name of titles alone is none ("the President", "Sen.", "Prime
# Minister"); and the titles that stand before a person's name ("President Elena Vos") are no
# word of hers to look for on the other side ("the president" does not name her).
_TITLES = frozenset("""president vice prime minister senator sen representative rep congressman congresswoman
governor gov mayor secretary spokesman spokeswoman spokesperson chairman chairwoman chair speaker ambassador
judge justice attorney general gen lieutenant lt colonel col captain capt sergeant sgt commander chief
director king queen prince princess pope mr mrs ms dr prof rev sir lady lord leader majority minority
deputy prosecutor sheriff commissioner chancellor superintendent treasurer councilman councilwoman councillor
alderman comptroller coroner""".split())
# Words that stand before a title as a part of it, no name: first in a run ("Former President"),
# and right before the title ("State Senator", "County Judge", "Police Commissioner"; not in
# "Foreign Ministry Spokesman", whose "Foreign Ministry" is a name)
_TITLE_MODIFIERS = frozenset("former acting interim outgoing incoming then late ex".split())
# ... of which those that are a place's own noun after its name ("Brenholm County Prosecutor")
_PLACE_NOUNS = frozenset("county city district borough parish township".split())
_TITLE_PARTS = _TITLE_MODIFIERS | frozenset("""state federal district circuit
county city municipal provincial regional local national assistant associate senior special top ranking police army
navy fire press foreign defense defence interior finance health home economy justice education energy trade
agriculture transport labor labour treasury commerce security homeland intelligence presidential
congressional parliamentary""".split())
# Titles that are adjectives of a name too ("the UN General Assembly", "Senate Majority PAC")
_TITLE_ADJECTIVES = frozenset({"general", "majority", "minority", "justice", "lady", "lord"})
_PERSONAL_TITLES = _TITLES - {"justice", "general", "chief", "director", "leader", "majority", "minority",
                              "chair", "lady", "lord", "deputy", "secretary", "minister"}
# Abbreviated titles, whose full stop ends no sentence: "Sen. Orla Quint" is one run of capitals,
# as is a name with a middle initial, "Elena M. Vos".
_TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Prof",
                        "Rev", "St")
# A dateline opening a story: the place it was filed from, in capitals, perhaps with its state
# or country and an agency's credit, then a dash ("BRENHOLM, Ost. (Varn Wire) —"; a hyphen only
# with a space after it: "UK-based" is none): where it was written, not who is in it.
_DATELINE = re.compile(r"[^\S\n]*[A-Z](?:[A-Z'’.]|-(?=[A-Z]))+(?:[^\S\n]+[A-Z](?:[A-Z'’.]|-(?=[A-Z]))+)*"
                       r"(?:,[^\S\n]*[A-Z][\w.]*)*(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]*(?:[—–][-—–]?|-{1,2}(?=[^\S\n]))")
# Marks that close a quotation or a bracket: the sentence ended before one when a full stop
# stands inside it ('fair." Critics'), and goes on after one closed by a comma ('fair," Vos said')
_CLOSERS = "\"”’)»"
_DASHES = "—–"
_SENTENCE_ENDS = ".!?…"
# A lawmaker's party and state after a comma or in brackets ("Orla Quint, R-Tex.", "(D-Ohio)"):
# no name of its own ("D-Day" elsewhere is one)
_PARTY_AND_STATE = re.compile(r"[RDI]-[A-Z][a-z]{1,4}")
# An abbreviation in the plural ("MPs", "NGOs"): a common noun abbreviated, no name
_PLURAL_ABBREVIATION = re.compile(r"[A-Z]{2,6}s")
# Months and weekdays of languages that write them with a capital (Greek, in the cases a date
# puts them in; Turkish; Azerbaijani), and the Islamic calendar's months English writes (those no
# one is named after: not "Rajab"): a date, never a name, alone ("Στις 22 Ιουλίου") or at
# either end of a run of capitals ("11 Nisan'da İzmir'in Soma").
_CAPITALISED_CALENDAR = frozenset(phrase_keys("""
Ιανουάριος Ιανουαρίου Ιανουάριο Φεβρουάριος Φεβρουαρίου Φεβρουάριο Μάρτιος Μαρτίου Μάρτιο
Απρίλιος Απριλίου Απρίλιο Μάιος Μαΐου Μάιο Ιούνιος Ιουνίου Ιούνιο Ιούλιος Ιουλίου Ιούλιο
Αύγουστος Αυγούστου Αύγουστο Σεπτέμβριος Σεπτεμβρίου Σεπτέμβριο Οκτώβριος Οκτωβρίου Οκτώβριο
Νοέμβριος Νοεμβρίου Νοέμβριο Δεκέμβριος Δεκεμβρίου Δεκέμβριο
Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Σαββάτου Κυριακή
Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık
Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar
Yanvar Fevral Aprel İyun İyul Avqust Sentyabr Oktyabr Noyabr Dekabr
Bazar Çərşənbə Cümə Şənbə
Muharram Ramadan Shawwal
"""))
# Sentence adverbs: no name, nor a word of one, where a capital stands on them inside a line ("Border
# talks stall in Brenholm Meanwhile, the envoys left": a heading run into its text on one line)
_SENTENCE_ADVERBS = frozenset(phrase_keys(
    "Meanwhile Besides However Moreover Furthermore Nevertheless Nonetheless Likewise Otherwise Instead Thus Hence"
    " Therefore Consequently Meantime Additionally Similarly Accordingly Indeed Regardless Afterwards Nowadays"))
# Institutions whose members a party or group plural after them names ("House Republicans",
# "Senate Democrats"): the body and the group, two names
_BODIES = frozenset(phrase_keys("House Senate Congress Parliament Assembly Council Cabinet Knesset Duma Commons Lords"
                                " Bundestag Legislature"))
_DATE_WORDS = frozenset(MONTHS) | WEEKDAYS
_JOINERS = "of|de|al|bin|von|van|del|la|da"  # lowercase words between two capitalised ones
# ... each of which may take an article: "Ministry of the Interior", "Banco de la Nación",
# "Ludwig van der Rohe" (otherwise two names, "Ministry" and "Interior")
_JOINER_ARTICLES = "the|la|le|el|los|las|les|der|den"
_JOINER_WORDS = frozenset(_JOINERS.split("|"))
# ... and "for" or "on" after the noun of a body that names what it is for ("Center for Immigration
# Studies", "Council on Foreign Relations"; elsewhere "for" parts two names: "Vos for Ostland")
_BODY_NOUNS = ("Center", "Centre", "Institute", "Council", "Committee", "Commission", "Organisation", "Organization",
               "Office", "Foundation", "Alliance", "Coalition", "Society", "Association", "Agency", "Movement",
               "Fund", "Bureau", "Network", "Partnership", "Forum", "League", "Union", "Front", "Campaign")
_POSSESSIVE = re.compile(r"['’]s?$")
_OWNER = re.compile(r"(\w+)['’]s$")  # a word in the possessive inside a run: a name ends there
_PLURAL_OWNERS = frozenset({"women", "men", "people", "children"})  # ... not a plural's ("Women's March")
# Endings that make a people or an adjective of a place ("Armenian", "Israeli", "Sudanese",
# "Tarnovian"), and how much of the place must be left: under four letters, a stem says
# nothing ("Iran" is found as it is, but "ira" and "sud" are in too many other words).
DEMONYM_ENDINGS = ("ian", "an", "n", "ese", "ish", "i")
MIN_DEMONYM_STEM = 4
_MAX_RUNS = 100_000  # runs a reader remembers in each table; past it, that table starts afresh
# The articles an institution follows in the languages that capitalise one ("El Gobierno" opening
# a sentence is one run; only articles of those languages have institutions to look for).
_INSTITUTION_ARTICLES = frozenset().union(*(articles for articles, _ in INSTITUTION_WRITING.values()))

# Languages that write every noun with a capital (German): there a capital is no sign of a
# name ("Stadt", "Kinder", "Angriff" would each be a name one side lacks). A word is taken for
# a noun, never a name, wherever the articles write it after an article, a determiner or a
# number, perhaps with an adjective between ("die Stadt", "48 Kinder", "das nördliche
# Gesundheitsministerium"), or with an ending only nouns take ("Befreiung", "Gewissheit"):
# such words are cut from the ends of a name ("Stadt Brenholm"). A word standing alone is a
# noun too when the language's word list knows it and the English one does not ("Soldaten",
# "Angaben"): names that news in many languages use are in both ("Berlin", "Israel", "Putin"),
# a language's own names mostly not ("Scholz", "Moskau"), and those are lost. Precision over
# recall, as everywhere in the differ: a noun the articles never write so, and the English
# list knows ("Kinder"), stays a name.
NOUN_CAPITALISING = frozenset({"de"})
_GERMAN_DETERMINER = (r"d(?:er|ie|as|en|em|es)|(?:k?ein|mein|dein|sein|ihr|unser|eur|euer)(?:e|en|em|er|es)?"
                      r"|(?:dies|jed|jen|welch|manch|solch|all|viel|einig|mehrer|beid|wenig)(?:e|en|em|er|es)"
                      r"|am|im|vom|zum|zur|beim|ins|ans|aufs")
# (an adjective between has an adjective's ending; after a figure none stands between, where a
# verb may: "2021 sagte Scholz")
_GERMAN_NOUN = re.compile(rf"(?:(?<![\w-])(?i:{_GERMAN_DETERMINER})(?:\s+[a-zäöüß][\w-]*(?:e|en|er|es|em))?"
                          rf"|(?<![\w.,])\d[\d.,]*)\s+([A-ZÄÖÜ][\w-]*)")
# (with the endings of their plurals and cases: "Befreiungen", "Versäumnissen", "Ereignisses";
# "-nis" after four letters at least, as nouns have it, and not names: "Dennis", "Tunis")
_GERMAN_NOUN_ENDING = re.compile(r"(?<![\w-])([A-ZÄÖÜ](?:[\w-]*(?:(?:ung|heit|keit|schaft)(?:en)?|ism(?:us|en))"
                                 r"|[\w-]{3,}nis(?:se|sen|ses)?))(?![\w-])")


class Nouns(NamedTuple):
    """The capitalised words of a language that capitalises nouns that are nouns, not names."""

    written: frozenset[str]  # casefolded words the articles write as nouns
    own: Mapping[str, float]  # the language's word list
    english: Mapping[str, float]

    def alone(self, word: str) -> bool:
        """Whether `word` (casefolded), standing alone, is a noun."""
        return word in self.written or (word in self.own and word not in self.english)


def capitalised_nouns(texts: list[str], language: str) -> Nouns | None:
    """What of `texts` is a noun, in a language that capitalises every noun (NOUN_CAPITALISING);
    None in any other."""
    if language not in NOUN_CAPITALISING:
        return None
    written = frozenset(m.group(1).casefold() for text in texts
                        for pattern in (_GERMAN_NOUN, _GERMAN_NOUN_ENDING) for m in pattern.finditer(text))
    return Nouns(written, word_list(language), word_list("en"))


@cache
def _run_pattern() -> re.Pattern:
    """A run of capitalised words. A capital is a letter that str.isupper (or, for digraphs
    such as "ǅ", str.istitle) says is one: of one character, exactly those that istitle
    says are. `re` has no class for them, so the class is made once, from every such letter
    (all below U+20000), the first time a reader is made. The few beyond U+FFFF are a class
    of their own, tried only on such a letter: in one class with the rest they make the
    engine test every letter range by range, a fifth slower. The run is the pattern's one
    group, so that splitting a passage on it keeps the runs between the gaps.

    The pattern opens with one character class (the capitals below U+FFFF, and every
    character from U+10000 to U+1FFFF, which one range test settles), which lets the engine
    skip in C the characters no run starts with: half the cost of a passage. Only then is a
    character beyond U+FFFF tested against its own class, and the one before the capital
    looked at (a run starts no word), both by looking behind."""
    bmp = capital_class()
    astral = _class(c for c in map(chr, range(0x10000, 0x20000)) if c.istitle())
    capital = f"(?:{bmp}|(?=[\U00010000-\U0001FFFF]){astral})"
    first = (f"[{bmp[1:-1]}\U00010000-\U0001FFFF](?:(?<![\U00010000-\U0001FFFF])|(?<={astral}))"
             + r"(?<![\w'’-].)")
    space = r"[^\S\t]+"  # (not a tab: it parts a table's cells)
    joiner = (rf"{space}(?:{_JOINERS})(?:{space}(?:{_JOINER_ARTICLES}))?"
              rf"|(?:{'|'.join(f'(?<={noun})' for noun in _BODY_NOUNS)}){space}(?:for|on)(?:{space}the)?")
    # the full stop of an initial or an abbreviated title before the next capitalised word ("Elena
    # M. Vos", "Sen. Orla Quint"; not "U.S. Army": an initial is a word of its own)
    titles = "|".join(rf"(?<=\b{t})" for t in _TITLE_ABBREVIATIONS)
    stop = rf"(?:(?=\.{space}{capital})(?:(?<![\w.][A-Z])(?<=[A-Z])|{titles})\.)?"
    return re.compile(rf"({first}[\w'’-]*{stop}(?:(?:{joiner})?{space}{capital}[\w'’-]*{stop})*)")


@cache
def capital_class() -> str:
    """A character class of the capitals below U+10000 (the letters str.istitle says are
    one), made once."""
    return _class(c for c in map(chr, range(0x10000)) if c.istitle())


def _class(chars) -> str:
    """A character class of `chars` (in code point order), runs written as ranges."""
    chars = list(chars)
    ranges, start = [], chars[0]
    for prev, c in zip(chars, chars[1:] + ["\0"]):
        if ord(c) != ord(prev) + 1:
            ranges.append(re.escape(start) if start == prev else f"{re.escape(start)}-{re.escape(prev)}")
            start = c
    return "[" + "".join(ranges) + "]"


class Mention(NamedTuple):
    """A name or glossary term: characters lo..hi of the passage text (of its run of capitals,
    in a RunReading). (A named tuple: tuples are the cheapest objects to make and keep.)"""

    lo: int
    hi: int
    key: str  # "g:<group id>" for a glossary term, else "n:" + the run's folded words
    term: tuple[str, ...]  # the glossary term's phrase keys; () for a plain name
    name: bool  # a proper name (people, places, organisations)
    heads: tuple[str, ...]  # lowercase words to look for in the other passage ("does it say it?")
    # the heads less a demonym ending, to look for at the start of a word ("Tarnovian" is
    # said where the other passage says "Tarnovia")
    stems: tuple[str, ...] = ()
    # a name of several capitalised words: its initials ("International Atomic Energy Agency":
    # "IAEA"; with a joiner's too, after a space: "Department of Justice": "DJ DOJ"), else ""
    initials: str = ""
    # the first and last letters of each head of two letters or more: a quick test before a
    # spelling is compared (aliases.same_name needs both alike)
    ends: tuple[str, ...] = ()
    # a lone word opening a sentence, which its capital alone does not make a name: the differ
    # keeps it only where something else says it is one (see differences.OpenerEvidence)
    opener: bool = False


class RunReading(NamedTuple):
    """What one run of capitalised words holds, read once per run text (and whether it opens
    a sentence) and shared by every passage that writes it."""

    mentions: tuple[Mention, ...]  # offsets relative to the run
    # the heads of its capitalised words of NAME_MIN letters or more (a name spelt otherwise
    # is looked for among them: "Zelensky said"), joined by spaces, and the first and last
    # letters of each (a passage gathers these from its runs, a string and a tuple of strings,
    # with no Python work per word); and its abbreviations ("IAEA")
    capitalised: str
    capitalised_ends: tuple[str, ...]
    abbreviations: tuple[str, ...]


_NOTHING = RunReading((), "", (), ())  # a run that holds nothing a profile keeps ("The", "He")


@lru_cache(maxsize=8)
def capitalised_terms(glossary: Glossary) -> frozenset[tuple[str, ...]]:
    """Phrase keys of the terms the glossary writes with a capital: those are names
    ("Artsakh", "Zionist regime"); lowercase ones ("separatist enclave", "drones") are
    descriptions, which framing compares but the list of names leaves out."""
    return frozenset(keys for _name, terms in glossary.groups for term in terms
                     if term[:1].isupper() and (keys := phrase_keys(term))
                     and not all(key in _NOT_NAMES for key in keys))  # (nor "Jews", "Islamic": see _NOT_NAMES)


@lru_cache(maxsize=8)
def glossary_abbreviations(glossary: Glossary) -> tuple[dict[str, int], dict[str, int]]:
    """The glossary's terms that are abbreviations ("CIA", as abbreviation reads them), and the
    initials of its terms of several capitalised words ("United States": "US"), each with its
    group id; letters that two groups share are left out. A name that spells out an
    abbreviation of a group ("Central Intelligence Agency" for "CIA") is a name of that group,
    and so is an abbreviation written with full stops that is one ("C.I.A.") or stands for a
    term ("U.S.": "United States")."""
    short: dict[str, set[int]] = {}
    spelt_out: dict[str, set[int]] = {}
    for term in (t for _name, terms in glossary.groups for t in terms):
        keys = phrase_keys(term)
        hit = glossary.match(keys, 0) if keys else None
        if hit is None or hit[1] != len(keys):
            continue
        if " " not in term and (letters := abbreviation(term)):
            short.setdefault(letters, set()).add(hit[0])
        elif (initials := _initials(term)) and term[:1].isupper():
            spelt_out.setdefault(initials.split()[0], set()).add(hit[0])
    return ({k: next(iter(v)) for k, v in short.items() if len(v) == 1},
            {k: next(iter(v)) for k, v in spelt_out.items() if len(v) == 1})


@lru_cache(maxsize=8)
def demonym_terms(glossary: Glossary) -> frozenset[str]:
    """The phrase keys of the glossary's one-word terms that are a people or an adjective of a
    place another term of their group names: the term less a demonym ending opens that other
    term ("Russian": "Russia", "Turkish": "Turkey"; not "American", whose group has no
    "America")."""
    out = set()
    for _name, terms in glossary.groups:
        keys = [phrase_keys(t) for t in terms]
        for term, key in zip(terms, keys):
            if len(key) != 1 or " " in term:
                continue
            if any(other != term and other.casefold().startswith(stem) and len(other) < len(term)
                   for stem in _demonym_stems((term.casefold(),)) for other in terms):
                out.add(key[0])
    return frozenset(out)


def is_title(word: str) -> bool:
    """Whether a capitalised word is a title or office ("Ambassador", "Sen.")."""
    return _head(word.rstrip(".")) in _TITLES


def _head(word: str) -> str:
    """A name word as it may appear inflected elsewhere: lowercase, no possessive, no
    plural "s" ("Armenians'" -> "armenian", found in "Armenian" and "Armenians")."""
    word = _POSSESSIVE.sub("", word.casefold())
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=65536)
def _heads(word: str) -> tuple[str, ...]:
    """The heads of a name word, each part of a hyphenated one ("Armenian-populated" is
    there when the other side says "Armenian"); parts under three letters say nothing.
    (Remembered: a name word recurs in many runs, "Israel" in "Israel said" and "Israel's
    army".)"""
    return tuple(_head(part) for part in word.split("-") if len(part) > 2)


def _demonym_stems(heads: tuple[str, ...]) -> tuple[str, ...]:
    """Each head less each demonym ending it has, where four letters or more are left
    ("armenian" -> "armenia", "armeni", "armen"; "israeli" -> "israel")."""
    if not any(head.endswith(DEMONYM_ENDINGS) for head in heads):
        return ()  # most names (one test per head, in C)
    return tuple(head[: -len(end)] for head in heads if not head.endswith(_NOUN_ENDING) for end in DEMONYM_ENDINGS
                 if head.endswith(end) and len(head) - len(end) >= MIN_DEMONYM_STEM)


# A noun's ending that no people's name has ("Immigration", "Commission"): such a word of a name
# is no people or adjective of a place, whose place the other side might name instead
_NOUN_ENDING = "ion"


class Reader:
    """Finds names and framing terms with one glossary; remembers what each run of capitals
    holds (by its text), so a name that recurs is read once."""

    def __init__(self, glossary: Glossary, language: str | None = None, nouns: Nouns | None = None,
                 words: dict | None = None, institutions: frozenset[str] = frozenset()) -> None:
        self.glossary = glossary
        self.language = language  # of the articles read (background.LANGUAGES), None when unknown
        self.nouns = nouns  # in a language that capitalises nouns, which words are nouns
        # words the articles capitalise as their language writes an institution ("el Gobierno"),
        # in lower case: no name (reader.align.language.lower_words)
        self.institutions = institutions
        self.named_terms = capitalised_terms(glossary)
        self.labelled, self.must_contain = _labelled_terms(glossary)
        # the glossary's abbreviations, and the initials of its terms of several words, by group
        self.abbreviated, self.spelt_out = glossary_abbreviations(glossary)
        self.demonyms = demonym_terms(glossary)
        self._run = _run_pattern()
        # what each run holds, by its text: inside a sentence, and opening one
        self._runs: tuple[dict[str, RunReading], dict[str, RunReading]] = ({}, {})
        # scan's cache, surface -> Word: each written word folded once (`words`: a cache shared
        # with other readers of the same words)
        self._words: dict = {} if words is None else words

    def read(self, text: str, opens_story: Callable[[], bool] | None = None,
             labels: Sequence[tuple[int, int]] = ()) -> list[tuple[int, RunReading]]:
        """Where each run of capitalised words of one passage starts, and what it holds, in
        order; runs that hold nothing (a capital opening a sentence: "The", "He") are left out.

        The runs are cut by one split (gap, run, gap, run, ..., gap: strings, no match objects
        to make), and whether a run opens a sentence is read from the gap before it, as
        reader.align.text.sentence_initial reads it from the text: the last character of the gap that
        is not a space is an opener, or there is none and the run starts the passage (a gap of
        spaces between two runs follows the end of a run, a word's character). A list item's
        or a Markdown heading's marker before the first run opens a sentence too ("- Traffic
        fell", "## Business").

        A table's cell opens as a sentence does: after a tab, or a bar between cells ("|
        North |"); a run never crosses a tab, nor, in a table pasted from a page (lines of
        tab-separated cells), a line break; and the first line of such a table names its
        columns ("Region<tab>Votes<tab>Share"), nothing a name is.

        Words in capitals before a dash are a dateline only where the passage opens the story
        (`opens_story`, asked only then; None: wherever it stands) and the first is no
        abbreviation the glossary knows ("VNO —"). A run inside `labels` (the spans of a debate
        record's speakers' labels, reader.corpus.marks.marks) says who speaks, as the aligner
        reads it: no name the passage gives ("Ivo Marek (Lab): …", "Ivo Marek: …")."""
        out: list[tuple[int, RunReading]] = []
        inner, opening = self._runs
        header_end = -1
        if "\t" in text and "\n" in text:
            header_end = text.index("\n") if "\t" in text[: text.index("\n")] else -1
            text = text.replace("\n", "\t")  # (one character for one: every offset stays the text's)
        if (dateline_end := self.dateline_end(text, opens_story)) > header_end:
            header_end = dateline_end
        parts = self._run.split(text)
        at = 0
        first = True
        for gap, run in zip(parts[0::2], parts[1::2]):
            at += len(gap)
            if at < header_end or labels and any(s <= at < e for s, e in labels):
                at += len(run)
                first = False
                continue
            stripped = gap.rstrip()
            if len(gap) == 1 and gap in _DASHES and at > 1 and text[at - 2].isalnum():
                stripped = "x"  # a dash between two words opens no sentence ("the Brenholm–Kessra road")
            elif stripped.endswith("]"):  # a reference marker after a full stop: ".[3] The"
                stripped = stripped[:after_markers(stripped, len(stripped))].rstrip()
            before = stripped[-1:]
            if before == "(" and _after_word(text, at - len(gap) + len(stripped) - 1):
                before = ","  # a bracket after a word glosses it, opening no sentence: "Elena Vos (Kessra)"
            elif before and before in _CLOSERS and (prior := stripped.rstrip(_CLOSERS)[-1:]):
                if prior in _SENTENCE_ENDS:  # 'fair." Critics', "(Fair.) Critics"
                    before = "."
                elif before == '"' and not prior.isspace():  # a quotation closed: 'fair," Vos said'
                    before = ","
            runs = opening if ((before in _CELL_OPENERS if before else first) or "\t" in gap[len(stripped):]
                               or (first and LIST_ITEM.fullmatch(gap))) else inner
            first = False
            if before in ",(" and (_PARTY_AND_STATE.fullmatch(run) or run in _SUFFIXES
                                   or stripped[-1:] == "(" and _REGION.fullmatch(run) and text[at + len(run):][:2] == ".)"):
                # "Orla Quint, R-Tex.", "Vos, Jr.", "Acme, Inc.", "Paul Ryan (Wis.)": no name of their
                # own; a lawmaker's state is still among the words ("R-Wis.": "Wisconsin")
                if run not in _SUFFIXES:
                    state = run[2:] if run[1:2] == "-" else run
                    out.append((at, inner.get(state + "-") or inner.setdefault(state + "-", _state_words(state))))
                at += len(run)
                continue
            # (most runs have no full stop after them: neither test below needs more of them)
            stop = text[at + len(run) : at + len(run) + 1] == "."
            if (stop and not _REGION_END.match(text, at + len(run) + 1)
                    and (before == "," and _REGION.fullmatch(run) and gap.strip() == "," and run not in _NO_REGIONS
                         or run.casefold() in _STATES_ANYWHERE and run[1:].islower())):
                # a state or province after its city ("Lexington, Ky."), or a state abbreviated anywhere
                found = inner.get(run + ".")
                if found is None:
                    found = inner[run + "."] = _region(run)
                out.append((at, found))
                at += len(run)
                continue
            whole, state = run, _state_ending(text, at, run) if stop else 0
            if state:  # "the Ariz. law", "Gov. Jay Marsh of Mo.": the run before it, and the state
                run = run[:state].rstrip()
            found = runs.get(run)
            if found is None:
                if len(runs) > _MAX_RUNS:
                    runs.clear()
                found = runs[run] = self._read_run(run, runs is opening)
            if found is not _NOTHING:
                out.append((at, found))
            if state:
                word = whole[state:]
                out.append((at + state, inner.get(word + ".") or inner.setdefault(word + ".", _region(word))))
            at += len(whole)
        if out and ("(" in text or ", or " in text):
            spelt = [name for m in _BRACKETED.finditer(text) if (name := self._spelt_out(text, m)) is not None]
            if spelt:
                out = _with_spelt_out(out, spelt)
        return out

    def _spelt_out(self, text: str, bracket: re.Match) -> tuple[int, int, Mention] | None:
        """A name and its abbreviation in brackets after it ("Organisation for Security and
        Co-operation in Europe (OSCE)"), or after a comma and "or" ("the Kelmet Ferry Board, or
        KFB"), read as one name, with where it starts and ends: the capitalised words before the
        bracket (and the few lowercase words between them, "for", "of the") whose initials spell
        the abbreviation; None where they spell none."""
        short = abbreviation(bracket.group(1) or bracket.group(2))
        if not short:
            return None
        words = list(_NAME_WORD.finditer(text, max(0, bracket.start() - 40 * len(short)), bracket.start()))
        capitals, every, lo = "", "", -1
        for w in reversed(words):
            word = w.group()
            if not word[0].isupper():
                if word not in _GLUE_WORDS:
                    break
                every = word[0].upper() + every
                continue
            capitals = word[0] + capitals
            every = word[0] + every
            if len(capitals) > len(short):
                break
            if len(capitals) > 1 and short in (capitals, every):
                lo = w.start()
        if lo < 0:
            return None
        hi = bracket.end()
        heads = tuple(h for w in words if w.start() >= lo and w.group()[0].isupper() for h in _heads(w.group()))
        heads += (short.casefold(),)
        gid = self.abbreviated.get(short)
        return lo, hi, Mention(0, hi - lo, "n:" + short.casefold() if gid is None else f"g:{gid}", (), True, heads,
                               _demonym_stems(heads), short, _ends(heads))

    def dateline_end(self, text: str, opens_story: Callable[[], bool] | None = None) -> int:
        """Where the dateline `text` opens with ends ("BRENHOLM, Ost. —"), 0 for none: words in
        capitals before a dash, the first no abbreviation the glossary knows ("VNO —"), where
        the passage opens the story (`opens_story`, asked only then; None: wherever it stands)."""
        dateline = _DATELINE.match(text)
        if (dateline is None or dateline.group().split(None, 1)[0].rstrip(",") in self.abbreviated
                or (opens_story is not None and not opens_story())):
            return 0
        return dateline.end()

    def _read_run(self, run: str, initial: bool) -> RunReading:
        """What one run of capitalised words holds: its mentions, offsets relative to the run,
        and its capitalised words."""
        glossary = self.glossary
        if len(self._words) > _MAX_RUNS:
            self._words.clear()
        matches, words = scan(run, self._words)
        phrases = [w.phrase for w in words]
        first_keys = glossary.first_keys
        nouns = self.nouns
        institutions = self.institutions
        abbreviated = self.abbreviated
        out = []
        plain: list[int] = []  # tokens of the run no glossary term covers

        def flush(institution: bool = False) -> None:
            while plain and not words[plain[0]].key:  # a leading "The" is no part of the name
                plain.pop(0)
            while plain and not words[plain[-1]].key:  # nor "of the" before a glossary term
                plain.pop()
            while plain and (phrases[plain[0]] in _CAPITALISED_CALENDAR or phrases[plain[0]] in _SENTENCE_ADVERBS
                             or len(plain) > 1 and phrases[plain[0]] in _DATE_WORDS):
                plain.pop(0)  # (nor a date before a name: "28 September President Orla Quint")
            while plain and (phrases[plain[-1]] in _CAPITALISED_CALENDAR or phrases[plain[-1]] in _SENTENCE_ADVERBS
                             or len(plain) > 1 and phrases[plain[-1]] in WEEKDAYS):
                plain.pop()  # (nor the weekday after one: "President Orla Quint Monday"; a month may
                # be a name's last word: "Theresa May"; nor the lowercase words before that weekday:
                # "the Varn Centre on Monday")
                while plain and not words[plain[-1]].capital:
                    plain.pop()
            if initial and plain and plain[0] == 0 and len(plain) > 1 and _is_count(matches[0].group()):
                plain.pop(0)  # nor a count opening the sentence: "Two Meridan soldiers died"
            if (initial and len(plain) > 2 and plain[0] == 0 and not words[1].capital and phrases[1] in _JOINER_WORDS
                    and _is_common_plural(matches[0].group())):
                plain.pop(0)  # nor a plural opening the sentence before "of": "Inspectors of the IAEA"
                while plain and not words[plain[0]].capital:
                    plain.pop(0)
            if nouns is not None:  # "Stadt Brenholm", "Präsident Dorran": the name is what the nouns leave
                if plain and plain[0] == 0 and initial:  # "Nach Angaben": any word opens a sentence so
                    plain.pop(0)
                while plain and matches[plain[0]].group().casefold() in nouns.written:
                    plain.pop(0)
                while plain and matches[plain[-1]].group().casefold() in nouns.written:
                    plain.pop()
                if len(plain) == 1 and nouns.alone(matches[plain[0]].group().casefold()):
                    plain.clear()
            if institutions and plain:  # "el Gobierno", "El Gobierno" opening a sentence: no name
                word = plain[1:] if initial and plain[0] == 0 and phrases[0] in _INSTITUTION_ARTICLES else plain
                if len(word) == 1 and matches[word[0]].group().lower() in institutions:
                    plain.clear()
            shouted = len(plain) > 1 and all(matches[k].group().isupper() for k in plain)
            if len(plain) == 1 and _PLURAL_ABBREVIATION.fullmatch(matches[plain[0]].group()):
                plain.clear()
            # (a lone word opening a sentence may be a name: the differ judges it; in a language
            # that capitalises nouns it is none; an institution parted from the rest of its run is
            # one: "House Speaker Orla Quint")
            opener = len(plain) == 1 and plain[0] == 0 and initial and not institution
            if plain and not (opener and nouns is not None) and not shouted:
                # (words in capitals, several in a row, are emphasis: "THE VERY NEXT DAY";
                # one alone may be an acronym: "NATO")
                lo, hi = matches[plain[0]].start(), matches[plain[-1]].end()
                if (owner := _POSSESSIVE.search(run, lo, hi)) is not None:
                    hi = owner.start()  # the name, not its possessive: "Joe Marsh" of "Joe Marsh's"
                keyed = [k for k in plain if words[k].key]
                keys = [phrases[k] for k in keyed]
                titles = [_head(matches[k].group()) in _TITLES for k in keyed]
                # (the titles before a person's name are no word of hers: "President Elena Vos")
                lead = next((n for n, k in enumerate(keyed)
                             if _head(matches[k].group()) not in _PERSONAL_TITLES), len(keyed))
                heads = tuple(h for k in keyed[lead:] for h in _heads(matches[k].group()))
                if keys and heads and not all(titles) and not (
                        keys[0] in _NOT_NAMES and all(key in _NOT_NAMES for key in keys)):
                    initials = _initials(run[lo:hi])
                    # (three letters at least: two name's initials are too often another's, "AP")
                    gid = abbreviated.get(initials.split(" ", 1)[0]) if len(initials) > 2 and abbreviated else None
                    out.append(Mention(lo, hi, "n:" + " ".join(keys) if gid is None else f"g:{gid}", (), True, heads,
                                       _demonym_stems(heads), initials, _ends(heads), opener))
            plain.clear()

        i, n = 0, len(words)
        while i < n:
            hit = glossary.match(phrases, i) if first_keys and phrases[i] in first_keys else None
            if hit is not None and ((plain or (i + hit[1] < n and words[i + hit[1]].capital))
                                    and tuple(phrases[i : i + hit[1]]) not in self.named_terms
                                    or tuple(phrases[i : i + hit[1]]) in self.named_terms
                                    and self._opens_name(matches, words, phrases, i + hit[1])):
                # a term the glossary writes in lowercase, capitalised inside a name, is a word
                # of that name ("Intelligence" of "Central Intelligence Office"); and a term
                # followed by a name's words opens a longer name ("Washington Post")
                plain.extend(range(i, i + hit[1]))
                i += hit[1]
                continue
            if hit is None:
                if _names_apart(matches, words, plain, i):
                    flush()  # "Elena Vos of the Progressive Alliance": two names
                    i += 2
                    continue
                if plain and words[i].capital and _owner_before_name(matches, words, plain, i):
                    flush()  # "Trump’s National Security Council": the owner, and what is his
                if plain and i == n - 1 and _group_after_body(matches, words, phrases, plain, i):
                    flush(True)  # "House Republicans": the House, and its Republicans
                elif plain and i + 1 < n and words[i + 1].capital and _title_after_body(matches, phrases, plain, i):
                    flush(True)  # "House Speaker Orla Quint": the House, and its speaker
                elif plain and i + 1 < n and words[i + 1].capital and (kept := _name_before_title(matches, words, plain, i)):
                    plain[:] = kept
                    flush(True)  # "Brenholm County Prosecutor Jon Tarrow": the place, and its prosecutor
                elif plain and i + 1 < n and words[i + 1].capital and _place_of_person(matches, words, plain, i):
                    flush()  # "Gov. Jay Marsh of Ostvar": the governor, and his state
                    i += 1
                    continue
                if words[i].capital or plain:
                    plain.append(i)
                i += 1
                continue
            flush()
            gid, length = hit
            term = tuple(phrases[i : i + length])
            lo, hi = matches[i].start(), matches[i + length - 1].end()
            heads = (_head(run[lo:hi]),)
            out.append(Mention(lo, hi, f"g:{gid}", term, term in self.named_terms, heads, _demonym_stems(heads),
                               _initials(run[lo:hi]), _ends(heads)))
            i += length
        flush()
        heads, abbreviations = run_words(run)
        capitalised = tuple(h for h in dict.fromkeys(heads) if len(h) >= NAME_MIN)
        if not (out or capitalised or abbreviations):
            return _NOTHING
        return RunReading(tuple(out), " ".join(capitalised), tuple(dict.fromkeys(_ends(capitalised))),
                          abbreviations)

    def _opens_name(self, matches: list, words: list, phrases: list[str], k: int) -> bool:
        """Whether the glossary term (a name: capitalised_terms; "Jewish" of "Jewish National
        hero" is none) that ends before token k opens a longer name: capitalised words follow it
        in its run, no title ("Washington President Vos"), date ("Washington Monday") or glossary
        term among them, and it is no possessive ("Ostland's Vos"), does not end in a title
        before a person's name ("Ostland President Vos", a term, is the president and Vos), and
        is no adjective of its group's place ("Russian Foreign Ministry" is Russia's:
        demonym_terms)."""
        n = len(words)
        if (k >= n or not words[k].capital or _POSSESSIVE.search(matches[k - 1].group()) or phrases[k - 1] in self.demonyms
                or _head(matches[k - 1].group()) in _TITLES):
            return False
        first_keys = self.glossary.first_keys
        while k < n:
            w = words[k]
            if not w.key:  # a joiner ("of"); a capitalised word of no key is no name's ("Israel I beseech")
                if w.capital:
                    return False
            elif (not w.capital or phrases[k] in _NOT_NAMES or _head(matches[k].group()) in _TITLES
                    or (phrases[k] in first_keys and self.glossary.match(phrases, k) is not None)):
                return False
            k += 1
        return True

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


def _names_apart(matches: list, words: list, plain: list[int], i: int) -> bool:
    """Whether "of the" at token i parts two names: after two capitalised words or more, it
    follows a name of its own, a person's most often ("Elena Vos of the Progressive
    Alliance", "Supreme Court of the Republic"); after one, it is inside one ("Ministry of
    the Interior", "Bank of the North")."""
    if (len(plain) < 2 or i + 2 >= len(words) or matches[i].group() != "of" or matches[i + 1].group() != "the"
            or matches[plain[-1]].group() in _BODY_NOUNS):
        return False  # (a body's noun before it names what the body is of: "International Committee of the Red Cross")
    return all(words[k].capital and words[k].key for k in plain[-2:])


def _with_spelt_out(out: list[tuple[int, RunReading]],
                    spelt: list[tuple[int, int, Mention]]) -> list[tuple[int, RunReading]]:
    """The runs of `out` (in order) with the names `spelt` out before their abbreviations (in
    the brackets' order: `Reader._spelt_out`) among them: the runs' own names inside such a
    name are its words (its "Europe" names no Europe of its own; their words stay the
    passage's), and so is a name spelt out that a later bracket's name takes in."""
    merged: list[list[int]] = []  # the spans the names cover, joined where they overlap
    for lo, hi, _name in sorted(spelt, key=lambda item: item[0]):
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    starts = [lo for lo, _hi in merged]

    def covered(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return k >= 0 and at < merged[k][1]

    kept = [(at, reading if not reading.mentions or not any(covered(at + m.lo) for m in reading.mentions)
             else reading._replace(mentions=tuple(m for m in reading.mentions if not covered(at + m.lo))))
            for at, reading in out]
    names: list[tuple[int, RunReading]] = []
    later_lo = None  # the least start of the brackets' names after each one
    for lo, _hi, name in reversed(spelt):
        if later_lo is None or lo < later_lo:  # (a later name's span holds it from its start on)
            names.append((lo, RunReading((name,), "", (), ())))
        later_lo = lo if later_lo is None else min(later_lo, lo)
    return sorted(kept + names[::-1], key=lambda item: item[0])


# An abbreviation in brackets after a name ("(OSCE)"), or in capitals after a comma and "or" (", or
# TRIPP"), the words before it, and the lowercase words a name's words may have between them
# ("Organisation for Security and Co-operation in Europe")
_BRACKETED = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)|,[^\S\n]+or[^\S\n]+([A-Z]{2,8})\b")
_NAME_WORD = re.compile(r"[\w'’-]+")
_GLUE_WORDS = frozenset({"for", "and", "of", "the", "in", "on", "to", "at", "de", "la", "du", "des", "del"})


# A state's or a province's name abbreviated after its city's and a comma, with a full stop
# ("Lexington, Ky.", "Tampa, Fla."): a name, which the other side gives in full where a word
# there keeps its letters in order ("Kentucky": differences._contracted_there); not a person's
# generation, a company's kind or a title ("Vos, Jr.", "Acme, Inc.", "Vos, Sen.")
_REGION = re.compile(r"[A-Z][a-z]{1,3}")
# The states of the United States as news writes them abbreviated (the wire services' style),
# casefolded, with the name each stands for: "Mo." is Missouri, as no rule of letters kept in
# order tells ("Mo" / "McCulloch"); and such a word before its full stop is the state wherever it
# stands ("the Ariz. law", "Gov. Jay Marsh of Mo."), not only after a city.
STATE_ABBREVIATIONS = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
    "conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois", "ind": "indiana",
    "kan": "kansas", "ky": "kentucky", "la": "louisiana", "md": "maryland", "mass": "massachusetts",
    "mich": "michigan", "minn": "minnesota", "miss": "mississippi", "mo": "missouri", "mont": "montana",
    "neb": "nebraska", "nev": "nevada", "okla": "oklahoma", "ore": "oregon", "pa": "pennsylvania",
    "tenn": "tennessee", "tex": "texas", "vt": "vermont", "va": "virginia", "wash": "washington",
    "wis": "wisconsin", "wyo": "wyoming"}
# ... and those that are English words too ("Mass.", "Ill."), a state only after a city's name
_STATES_ANYWHERE = frozenset(STATE_ABBREVIATIONS) - {"mass", "miss", "ill", "wash", "ore"}
_REGION_END = re.compile(r"[^\W\d_]|\s*\d")  # ... not "Ph.D.", nor a number's or a chapter's: "Ch. 4", "Nov. 10"
_SUFFIXES = frozenset({"Jr", "Sr", "Inc", "Co", "Corp", "Ltd", "Bros", "Esq", "LLC", "PLC"})
_NO_REGIONS = frozenset(_TITLE_ABBREVIATIONS) | _SUFFIXES | {"No", "Nos", "Vol", "Ed", "Eds", "Op", "Cf", "Etc"}


# A capitalised word (a name's, or a title) right before a name: the name in brackets after it
# glosses a longer name, a person's most often ("Elena Vos (Kessra)"), not the word before it
_AFTER_CAPITALISED = re.compile(r"(?<![\w'’.-])(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)[^\S\n])[A-Z][\w.'’-]*"
                                r"[^\S\n]+$")


# A name and, after a comma, another name of the same thing that is someone's own ("Tollmark,
# their Vessgard": the name a people gives the place), the second closing its phrase
OWNERS_NAME = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:[-’'][A-Za-z]+)?),[^\S\n]+(?:their|its|his|her|our)[^\S\n]+"
                         r"([A-Z][a-z]+(?:[-’'][A-Za-z]+)?)(?=[^\S\n]*(?:[,.;:)]|$))")
# A name glossed in lowercase in brackets after it ("the Riksvold (assembly)"): the gloss is the
# same thing where it is a body's noun (_BODIES), as a capitalised gloss is (aliases.CALLED)
_BODY_GLOSS = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:[-’'][A-Za-z]+)?)[^\S\n]+\(([a-z]+)\)")
OWNERS_MARK = re.compile(r",[^\S\n]+(?:their|its|his|her|our)[^\S\n]+[A-Z]")  # (a quick test before it)


def given_as_one(text: str, article_text: str) -> dict[str, list[str]]:
    """The heads of the names a passage (`text`, of an article: `article_text`) gives as one
    thing's (aliases.CALLED): "Velmora, which Ostland now calls Karvesh"; "Tollmark, their Vessgard"
    (OWNERS_NAME); "Riksvold (assembly)" (_BODY_GLOSS); "Karvesh (Velmora)",
    the first a name of its own (no capitalised word before it) and the bracket a gloss: an
    institution ("Majlis (Parliament)") or a name the article writes nowhere but in such
    brackets (its readers' name for the place it names its own way). Each head -> the others."""
    out: dict[str, list[str]] = {}
    for m in CALLED.finditer(text):
        x, y = m.group(1), m.group(2) or m.group(3)
        if m.group(2):
            if _AFTER_CAPITALISED.search(text, max(0, m.start() - 40), m.start()):
                continue
            keys = phrase_keys(y)
            if not (keys and keys[0] in _BODIES) and _written_unbracketed(article_text, y):
                continue
        _join(out, x, y)
    for m in OWNERS_NAME.finditer(text):
        _join(out, m.group(1), m.group(2))
    for m in _BODY_GLOSS.finditer(text):
        if phrase_keys(m.group(2))[0] in _BODIES:
            _join(out, m.group(1), m.group(2))
    return out


def _join(joins: dict[str, list[str]], x: str, y: str) -> None:
    """Two names of one thing, each head to the other's."""
    x, y = _head(x), _head(y)
    if x != y:
        joins.setdefault(x, []).append(y)
        joins.setdefault(y, []).append(x)


def _written_unbracketed(article_text: str, name: str) -> bool:
    """Whether an article writes the capitalised word `name` other than in brackets of its own."""
    written, bracketed = _capitalised_counts(article_text)
    return written.get(name, 0) > bracketed.get(name, 0)


def names_joined(word: str, article_text: str) -> list[tuple[int, int]]:
    """Where the parts of a hyphenated name word are (offsets in `word`), where it joins names of
    their own: each part capitalised and written alone elsewhere in the article (a ticket,
    "Vos-Marsh", whose two people the other side may not both name; not "Nagorno-Karabakh", whose
    first part the article never writes alone); [] for any other word."""
    parts = word.split("-")
    if len(parts) < 2 or not all(len(part) > 2 and part[0].isupper() for part in parts):
        return []
    written = _capitalised_counts(article_text)[0]
    if not all(written.get(part, 0) for part in parts):
        return []
    out, at = [], 0
    for part in parts:
        out.append((at, at + len(part)))
        at += len(part) + 1
    return out


@lru_cache(maxsize=4)
def _capitalised_counts(article_text: str) -> tuple[Counter, Counter]:
    """How often an article writes each capitalised word, and each in brackets of its own: read
    once per article (a long one may gloss many names so)."""
    return (Counter(_CAPITALISED_WORD.findall(article_text)),
            Counter(m.group(1) for m in _BRACKETED_WORD.finditer(article_text)))


_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-Z][\w’'-]*?(?=['’]s\b|[^\w’'-]|$)")
_BRACKETED_WORD = re.compile(r"\(([A-Z][\w’'-]*)\)")


def also_named(heads: tuple[str, ...], joins: dict[str, list[str]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The heads of the other names a passage gives a name's thing (`joins`: given_as_one), and
    their first and last letters (as a Mention's `ends`)."""
    extra = tuple(dict.fromkeys(other for head in heads for other in joins.get(head, ()) if other not in heads))
    return extra, _ends(extra)


def _state_ending(text: str, at: int, run: str) -> int:
    """Where in a run of several words (at `at` of `text`) its last word starts when that word
    is a state abbreviated before its full stop ("The Ariz" of "The Ariz. law":
    STATE_ABBREVIATIONS), else 0."""
    end = at + len(run)
    if text[end : end + 1] != "." or " " not in run or _REGION_END.match(text, end + 1):
        return 0
    k = run.rindex(" ") + 1
    word = run[k:]
    return k if word.casefold() in _STATES_ANYWHERE and word[1:].islower() else 0


def _state_words(state: str) -> RunReading:
    """The reading of a lawmaker's state ("Wis" of "R-Wis."): no name, only its abbreviation
    among the capitalised words (see _region)."""
    return RunReading((), state.casefold() + ".", (), ())


def _region(written: str) -> RunReading:
    """The reading of a state's or province's abbreviation before its full stop ("Ky" of "Ky."):
    keyed, and among the capitalised words, with the full stop, which tells the differ to look
    for the full name it shortens."""
    head = written.casefold()
    return RunReading((Mention(0, len(written), f"n:{head}.", (), True, (head,), (), "", _ends((head,))),),
                      head + ".", (), ())


def _after_word(text: str, at: int) -> bool:
    """Whether the character at `at` (a bracket) follows a word's last letter or digit, past
    spaces."""
    k = at - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k].isalnum()


def _title_after_body(matches: list, phrases: list[str], plain: list[int], i: int) -> bool:
    """Whether token i is a title after words of a run that name an institution ("House Speaker
    Orla Quint", "Senate Judiciary Chairman Elena Vos"): the institution is a name of its own."""
    return (any(phrases[k] in _BODIES for k in plain) and _head(matches[i].group().rstrip(".")) in _TITLES
            and not any(_head(matches[k].group().rstrip(".")) in _TITLES for k in plain))


def _name_before_title(matches: list, words: list, plain: list[int], i: int) -> list[int]:
    """The tokens of a run before a title at token i that name a place, a people or a body of
    their own ("Brenholm County" of "Brenholm County Prosecutor Jon Tarrow", "Ostlandic" of
    "Former Ostlandic President Elena Vos"): the run so far less the words that are the title's
    ("Former": _TITLE_MODIFIERS; "State" of "State Senator", "County" of "County Judge":
    _TITLE_PARTS), where a name's word is left and none is a title; else none. Before a title
    that is no person's alone ("Chair", "Director", "Secretary") only an abbreviation is such a
    name ("KRB Chair Orla Quint"; "Foreign Secretary" is one title)."""
    title = _head(matches[i].group().rstrip("."))
    if title not in _TITLES or any(_head(matches[k].group().rstrip(".")) in _TITLES for k in plain):
        return []
    kept = list(plain)
    while kept and (not words[kept[0]].key or matches[kept[0]].group().casefold() in _TITLE_MODIFIERS):
        kept.pop(0)
    while kept and (not words[kept[-1]].key or (last := matches[kept[-1]].group().casefold()) in _TITLE_PARTS):
        if words[kept[-1]].key and last in _PLACE_NOUNS and len(kept) > 1 \
                and matches[kept[-2]].group().casefold() not in _TITLE_PARTS:
            break  # (a place's own noun after its name: "Brenholm County")
        kept.pop()
    if title not in _PERSONAL_TITLES and (title in _TITLE_ADJECTIVES or not all(abbreviation(matches[k].group())
                                                                             for k in kept)):
        return []
    return kept if any(words[k].capital for k in kept) else []


def _owner_before_name(matches: list, words: list, plain: list[int], i: int) -> bool:
    """Whether the run's word before token i is in the possessive and names an owner, and two
    capitalised words or more after it name what is his ("Mr. Trump’s National Security
    Council"; not "St. Mary's Hospital", one name, nor "the Women's World Cup")."""
    owner = _OWNER.search(matches[plain[-1]].group())
    return (owner is not None and owner.group(1).casefold() not in _PLURAL_OWNERS
            and sum(1 for w in words[i:] if w.capital) >= 2)


def _place_of_person(matches: list, words: list, plain: list[int], i: int) -> bool:
    """Whether "of" at token i parts a titled person's name from a place ("Gov. Jay Marsh of
    Ostvar"): the run so far is a personal title and a name."""
    return (matches[i].group() == "of" and len(plain) > 1
            and _head(matches[plain[0]].group().rstrip(".")) in _PERSONAL_TITLES
            and all(words[k].capital for k in plain) and _head(matches[plain[-1]].group()) not in _TITLES)


def _group_after_body(matches: list, words: list, phrases: list[str], plain: list[int], i: int) -> bool:
    """Whether the last word of a run, token i, is a group in the plural after the
    institution the rest of the run names ("The House Republicans", "Senate Democrats"; not
    "Free Democrats", a party's name)."""
    keyed = [k for k in plain if words[k].key]
    return bool(keyed) and all(phrases[k] in _BODIES for k in keyed) and _is_common_plural(matches[i].group())


def run_words(run: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The heads of a run's capitalised words (as a name's heads are made: "Zelensky's" is
    "zelensky"), and the abbreviations among them (see abbreviation: "IAEA", "BoE" as "BOE")."""
    words = [w.rstrip(".") for w in run.split() if w[:1].isupper()]  # (not an initial's full stop: "M.")
    heads = tuple(h for w in words for h in _heads(w))
    return heads, tuple(a for w in words if (a := abbreviation(w)))


def abbreviation(word: str) -> str:
    """A word that abbreviates a name, in capitals ("IAEA"; "BoE", "DoJ": "BOE", "DOJ"): two
    to six letters, the first and the last capitals (not "McCain"); else ""."""
    if not 2 <= len(word) <= 6 or not word[0].isupper():
        return ""
    if word.isupper():
        return word
    return word.upper() if word.isalpha() and word[-1].isupper() else ""


def _is_common_plural(word: str) -> bool:
    """Whether a capitalised word is an English word in the plural ("Inspectors", "Residents";
    not "Jones", a name the word list knows too, nor "NGOs")."""
    lower = word.casefold()
    return (len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss") and not word.isupper()
            and lower[:-1] in word_list("en") and lower in word_list("en"))


def _is_count(word: str) -> bool:
    """Whether a capitalised word is a count ("Two", "Hundreds"; not "Twos")."""
    return word.casefold() in COUNT_WORDS


def _initials(name: str) -> str:
    """The initials of a name of several capitalised words ("International Atomic Energy
    Agency": "IAEA"), else "" (also for a possessive, "Azerbaijan's President", no name of
    an organisation)."""
    words = name.split()
    if len(words) < 2 or "'" in name or "’" in name:
        return ""
    capitalised = [w[0] for w in words if w[0].isupper()]
    if len(capitalised) < 2:
        return ""
    initials = "".join(capitalised)
    if _JOINER_WORDS.isdisjoint(words):
        return initials
    # and with its joiners' ("Department of Justice": "DJ DOJ", "Bank of England": "BE BOE")
    return initials + " " + "".join(w[0].upper() for w in words if w[0].isupper() or w in _JOINER_WORDS)


def _ends(heads: tuple[str, ...]) -> tuple[str, ...]:
    """The first and last letters of each head of two letters or more, a voiced last consonant
    as its voiceless one (see DEVOICED)."""
    return tuple(head[0] + DEVOICED.get(head[-1], head[-1]) for head in heads if len(head) > 1)


# A name's last consonant, voiced in one transliteration and voiceless in another
# ("Stepanakerd" / "Stepanakert", "Mehmed" / "Mehmet"): written as the voiceless one when two
# spellings are compared.
DEVOICED = {"d": "t", "g": "k", "b": "p", "z": "s", "v": "f"}
