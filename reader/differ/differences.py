"""How two linked passages differ: figures and dates that disagree, names only one of them
mentions, and one thing called by different glossary terms.

Precision comes first throughout (a wrong "disagreement" is worse than a missed one):

- Two figures are compared only when they count the same kind of thing (one unit: "time",
  "%", money, people, a multiple, "tripled" / "doubled", or the same counted noun) *and* share a content word or glossary group
  nearby ("200 ... killed" and "300 ... injured" share none, so they are different facts), and
  are figures of one thing: not named as two ("a loss" / "in repayments"; but "A crowd of 4,000
  people gathered" / "A march of 9,000 people gathered" is one gathering) nor said of two
  subjects by a verb of being or having ("A cable car can take fourteen skiers" / "The
  chairlift takes eight skiers"), nor one what a thing has room for and the other what it
  carries ("room for twelve passengers" / "carries nine passengers"). A
  figure that agrees with any figure of the same unit on the other side is never reported,
  whatever else it might be paired with.
  Counts of people count one kind of people: two different roles ("children", "soldiers")
  are never one fact, and people against soldiers, or two groups ("Christians",
  "Armenians"), need more context in common; people against civilians are one toll when
  both tell the same outcome (killed, died; wounded, injured) right beside the figure.
- Two figures told of two periods ("$4.1 billion in 2023" / "$3.8 billion in 2022", "in the
  third quarter" / "in Q2") are two facts; a figure's unit holds what it is a rate of ("61
  per 10,000 residents", "12,000 homes a year") and the period a change is measured over
  ("2.9% year on year").
- Dates likewise, with their whole clause as context and two shared words that say what
  happened, or one and a name (names recur across a story's events: a year is written about
  many things; and one word of a whole clause in common happens by chance); between two days
  of one month, a word one side writes with a capital and the other without counts as a
  word. Two dates disagree only on a field both give: "2019" says nothing of whether
  "September" is right. Another language's function words ("de", "und") are no context.
- A name is missing from the other passage only if neither its glossary group nor any of its
  words occurs there at the start of a word (in any case for a name of one word, so "Israel"
  opening a sentence counts; with a capital for a word of a name of several, so "budget" is no
  mention of the "Varn Budget Office"; not the titles before a person's name: "the president"
  is no mention of President Vos), nor, for a people or an adjective of a place, the place
  ("Tarnovian": "Tarnovia"). A passage lists each name once: not again shorter or with a title
  ("Mayor Vos" after "Elena Vos"). A lone word opening a sentence is a name only where the
  articles say so (OpenerEvidence). A state abbreviated with a full stop is named by its full
  name ("Ky." / "Kentucky").
- Framing: one glossary group, a term one side uses and the other never does, against the
  other side's term for the same thing; not mere inflections of each other ("Israel" /
  "Israeli"), and labelled differently by the glossary's `framing` table ("Artsakh": Armenian
  usage, "separatist enclave": Azerbaijani usage; a plain "Nagorno-Karabakh" is a label of
  its own).

Every passage is read once (`PassageProfile`) and remembered, so the differences of tens of
thousands of links cost one reading per passage plus a comparison per link.
"""

from __future__ import annotations

import datetime
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from reader.align.aliases import same_name
from reader.align.background import function_set, function_words, language_of, word_list
from reader.align.features import article_speakers
from reader.align.glossary import Glossary
from reader.align.language import institutions
from reader.align.policy import NAME_MIN
from reader.align.text import MARKS, MONTHS, fold, name_key, word as read_word
from reader.corpus import Article, Passage
from reader.corpus.dates import WEEKDAYS
from reader.corpus.irregular_verbs import IRREGULAR_PARTICIPLES, IRREGULAR_PASTS, IRREGULAR_VERBS
from reader.corpus.marks import marks
from reader.differ.deeds import TABLE_PASTS, deed_groups, noun_deed
from reader.differ.mentions import (DEMONYM_ENDINGS, DEVOICED, MIN_DEMONYM_STEM, OWNERS_MARK, STATE_ABBREVIATIONS,
                                    Mention, Reader, abbreviation, also_named, capital_class, capitalised_nouns,
                                    given_as_one, is_title, names_joined)
from reader.differ.quantities import (TELLING_VERBS, TIME_OPENERS, AGE, AUXILIARIES, CLOCK, FIGURE_HINT, OTHER_MEASURE, MEASURE_UNITS, MINUS_SIGNS, MULTIPLE, ORDINAL, PEOPLE_ROLES,
                                      SCORE, SUM_VERBS, Quantity, Tokens, dates_agree, grouped_digits, is_continuous, is_figure_word, is_scale_word, is_subgroup, measured, motion, quantities, subject_of, told_with_a_time,
                                      values_agree)

DIFFERENCE_KINDS = ("number", "date", "name", "framing")

# Content words around a figure that make its context: a clause-bounded window this many
# tokens either side: "More than 200 Armenians were killed", "a 24-hr lightning offensive".
# A duration's own unit word is none of it: every duration in days has "day", which says
# nothing of what lasted (on the 31,414 links of the generated documents of
# benchmarks/differences.py, 45 of 168 number differences paired two durations on nothing
# else; the labelled pairs lose no found figure).
# A date dates the event its whole clause tells, often words away from it ("the pension cuts
# became the opposition's main charge in the 2014 regional elections"), so its context is the
# clause.
CONTEXT_WINDOW = 4
# Two figures further apart than this many orders of magnitude are different facts, not one
# fact told differently ("saving each family $400 a year" / "about $900 billion" in savings).
MAX_ORDERS = 2.0
# Shared context needed before two figures (or dates) are taken to describe one thing: one
# word. For dates it must be a word that says what happened, not a name (see _shared): on the
# hand-labelled pairs of benchmarks/differences.py, names alone paired the seeds' 2016, 2020
# and 2023 wars into five false alarms.
MIN_SHARED = 1
# Words that say what happened two dates' clauses must share, unless they share a name as well:
# one word of two whole clauses in common happens by chance ("played", "fired", "state" in
# unrelated reports). On the 31,056 links (at a 0.2 threshold) of two generated 5,000-paragraph
# documents (random news sentences, so most links join unrelated events) one word alone
# reported 83 date differences, against 37 with this rule; on the labelled pairs it loses no
# found date.
MIN_DATE_WORDS = 2
# Shared context needed before two counts of different people are taken as one fact: a count
# of people against one of soldiers ("2 soldiers wounded" / "15 people died after a wounded
# man died"), or two groups ("28,000 Christians" / "100,000 ethnic Armenians", who fled the
# region: two words in common). One word in common is chance as often as not; two different
# roles ("children", "soldiers") are never compared at all (PEOPLE_ROLES).
MIN_SHARED_OTHER_PEOPLE = 2
# ... except a toll of people against one of civilians ("312 civilians were killed" / "41
# people died"): "people" is the generic count and civilians are people, so the two are one
# toll when each tells the same outcome, death or injury, right beside its figure (within
# this many tokens, inside its clause): the disagreement a reader of opposing coverage most
# wants to see. Soldiers against people still need MIN_SHARED_OTHER_PEOPLE: a count of
# people beside soldiers is as often the other side's losses.
EVENT_WINDOW = 3
# Shared context needed before a ceiling ("less than 3%", "under 5,000", "up to 30") and a
# figure that is none are taken as one fact: a ceiling is as often a rule or a threshold
# ("parties under 3% of the vote win no seats") as a hedged telling of the fact itself, and
# one word in common ("vote") is then chance ("took 48.6% of the vote"). A floor ("more than
# 1,400 dockworkers") is how tolls and crowds are told, and keeps MIN_SHARED: the labelled
# pairs of benchmarks/differences.py pair one with "around 900" on one word.
MIN_SHARED_BOUND = 2
# Shared context needed before a share told of a whole ("48% of the vote") and one that does not
# say what it is of ("45%") are taken as one fact: the untold whole is as often another ("45%"
# of those who voted early). Shares of two different wholes are never compared.
MIN_SHARED_WHOLE = 2
# Shared context needed before two durations ("within four minutes" / "more than 90 minutes
# after the fire began") are taken as one fact: a story times many of its events (a brigade's
# arrival, a call, the sirens) and each is told beside the story's own subject ("fire"), so one
# word in common is that subject as often as the event timed; a name or glossary term both give
# beside it ("Ferguson", "the United States") says which thing is timed, and is enough. Two durations each right after a
# verb ("was called three minutes after" / "sounded 90 minutes after") time two deeds when the
# verbs name two (see _deed_names).
MIN_SHARED_DURATION = 2
# What a date is the day of, from the words right before it: a date of telling, right after a
# verb of saying ("the party said on Saturday 9 November"), is the day a side spoke, and a
# limit ("until 15 November", "by 1 March", "the deadline of 6 November") a day something must
# happen by; neither is the day the story's event took place, so a date is compared only with
# a date of its own role ("said on 9 November" / "released on 8 November" are two facts; the
# verbs of saying: quantities.TELLING_VERBS).
_LIMIT_WORDS = frozenset("until till by before".split())
_DEADLINES = frozenset({"deadline", "deadlines"})
# What a figure names itself: the noun before "of" ("revenue of $4.1 billion", "a profit of
# $900 million", "a capacity of fourteen skiers") or the head of the phrase after "in" ("$2
# billion in military aid"), or the verb that tells the sum ("loses 3.4 million francs a year",
# "... a year to repay the loan": quantities.SUM_VERBS). Two figures, of any currency or counted
# noun, that name themselves differently measure two things, whatever words they share; one
# that names itself and one that does not may still be one. Words that name no measure (a
# "total of", "an amount of", a "toll of") are no name.
_NAMELESS = frozenset("total sum amount figure value level average estimate worth tune record high low toll tally count "
                      "maximum minimum".split())
# How far past a figure the name after "in" reaches ("in loan repayments"), its head the last: this
# many tokens, "in" and at most two words after it, none that opens or is a time ("in aid last year").
NAMING_REACH = 3
# The modifiers before the noun a count follows "of" after ("A picket line of"): fewer than this many.
MODIFIER_REACH = 3
# What a figure is said of (_holder): the subject of a verb of being, having or holding right
# before it ("A water taxi can carry twelve passengers", "The school's budget is $8 million").
# Two figures said of two things are two facts, whatever their unit and the words they share
# ("... twelve passengers" / "The ferry carries nine passengers": a capacity and a load); one
# said of nothing the words before it tell ("it carries", "Varnholm carries") stays comparable.
# Not the subject of any other verb: that is who did something to what the figure counts, whom
# two sides name differently ("The officers arrested 40 people" / "Police arrested 60 people";
# "Shelling killed 14 civilians" / "Air strikes killed 40 civilians"), or who tells or counts it
# ("Organisers counted 5,000 marchers" / "Police estimated 2,000 marchers" is one crowd).
_HELPING_VERBS = AUXILIARIES | frozenset("can could may might must shall should not".split())
_HOLDING_VERBS = _HELPING_VERBS | frozenset(
    "hold holds held carry carries carried take takes took seat seats seated contain contains contained "
    "accommodate accommodates accommodated house houses housed employ employs employed serve serves served "
    "cost costs weigh weighs weighed win wins won get gets got receive receives received".split())
# Whose position a figure is: a side's demand ("the union wants 12%", "is demanding a 12% rise")
# or an offer ("the company offered 4%", "a 4% offer"), told by a word of asking or offering
# before it in its clause and phrase (within POSITION_WINDOW tokens, no comma between) or right
# after it; or what is needed
# or foreseen. A demand and an offer are the two ends of a negotiation, and none of these is an
# outcome ("the deal gives 7%"): a figure is compared only with one of its own position. (Not "claimed" or "insisted": those
# tell a fact, "claimed 200 were killed", as "said" does.)
POSITION_WINDOW = 6
_POSITIONS = {
    **dict.fromkeys("want wants wanted wanting demand demands demanded demanding seek seeks seeking sought".split(),
                    "demand"),
    **dict.fromkeys("offer offers offered offering propose proposes proposed proposing proposal proposals bid bids "
                    "tabled".split(), "offer"),
    # what is needed ("needs 76 seats for a majority") and what is foreseen ("polls show the party
    # at 34%", "is expected to win 40%") are no outcome either
    **dict.fromkeys("need needs needed needing require requires required requiring".split(), "need"),
    **dict.fromkeys("poll polls polling survey surveys forecast forecasts forecasting predicted predicts predict "
                    "projected projects projection projections expected expects expect".split(), "forecast"),
    # what one risks ("Marlow faces 20 years in prison", "faces a maximum sentence of 20 years"),
    # never what befell one ("was sentenced to 12 years")
    **dict.fromkeys("face faces facing risk risks risking".split(), "risk"),
}
# What a thing has room for is a capacity: what could be, not what is, as a demand or a forecast
# is. It is told by a noun of room before the figure ("room for twelve passengers", "seating for
# 400", "a capacity of 14"), by a verb that says what a thing is able to hold ("The hall seats
# 400", "can carry", "is able to handle") or by a ceiling after a verb of holding ("carries up to
# twelve"). A load, a crowd or a toll ("carries nine passengers", "carried 30 when it sank") is
# compared with no capacity (the ferry that can carry twelve is overloaded the day it sinks); two
# capacities of one thing still disagree.
_ROOM = frozenset("room space capacity capacities seats seating berths beds places".split())
_ROOM_VERBS = frozenset("seats sleeps accommodates".split())
_ABLE = frozenset({"can", "could"})
_CAPACITY_VERBS = frozenset("hold carry take seat contain accommodate house fit handle sleep serve".split())
_HOLDS = frozenset("holds carries takes seats contains accommodates houses fits handles sleeps serves".split())
# A gap that closes a quotation (its mark before any space): the words before it are the
# quoted speaker's, not a position of the figure after it.
_CLOSING_QUOTE = re.compile(r"[.,;:!?]*[\"”’»]")
_POSITION_NOUNS = {noun: _POSITIONS[noun.rstrip("s")] for noun in "demand demands offer offers proposal proposals bid bids".split()}
# "asks for", "called for", "pushing for": asking only with "for" after it
_ASKING = frozenset("ask asks asked asking call calls called calling push pushes pushed pushing press presses pressed "
                    "pressing".split())
# A limit is a rule, not a measurement: "the legal limit of 10 ppm", "above the 10 ppm limit",
# "a cap of 5%", "capped at 5%" say what may be, as a demand says what is wanted, so a limit is
# compared only with a limit ("31 ppm" measured is no reading of "the limit of 10 ppm"). Its
# noun is right before the figure, "of" between (or another language's "de", "von"), or right
# after it; "maximum" is no limit ("a maximum of 3.1 ppm" is the highest reading).
_LIMIT_NOUNS = frozenset("limit limits cap caps ceiling ceilings threshold thresholds quota quotas grenzwert grenzwerte "
                         "límite límites limite limites umbral seuil plafond soglia".split())
_LIMIT_OF = frozenset("of de del di von du".split())
_LIMITING_VERBS = {"capped": "at", "limited": "to", "restricted": "to"}
_TIME_HEDGES = frozenset("about around approximately roughly shortly just soon after before".split())
_PART_OF = frozenset({"early", "late", "mid", "end", "start"})
# What a date dates when it is part of a noun phrase: the word before its "of" ("the statement
# of 10 November 2020"), or after a determiner the first word in lower case after it, past
# names ("the 2020 Nagorno-Karabakh conflict", "a 2019 report by ...") or, where only names
# follow, the last of them ("the 1990 Declaration of Independence"), within DATED_REACH words
# and up to a word without a key. Two dates of two things ("the 1989 act" / "the 1990
# Declaration") are two facts, even where one clause mentions the other thing undated. A date
# of a thing against a plain date stays comparable: asking the plain date's clause to name the
# thing too cost four of the ten dates found on the labelled pairs of
# benchmarks/differences.py ("the 2012 election" / "elected in 2008"; "the decision" /
# "ruled"). Words of time ("the night of 1 to 2 April", "in the wake of") and "events" name no
# thing. ("That" is no determiner here: "said that 2019 marked ...".)
DATED_REACH = 3
_ATTRIBUTIVE = frozenset("the a an its their his her our this these those".split())
# A date that opens its clause (after one of these, or none: "On 22 February the court ordered
# free movement of cargo") dates that clause's event, its subject's deed; against a date of a
# thing ("the statement of 10 November 2020 says the road is for cargo") it is one event only
# where its clause names the thing or a word of its noun phrase ("On 12 November the statement
# opened the road"): shared objects ("cargo") are no shared event. A date later in its clause may
# be a noun's as well as the verb's ("ruled in 1898's Wong Kim Ark" / "a 1901 Supreme Court
# decision", "won the House in 2010" / "the 2010 elections"), and stays comparable.
_FRONTING = frozenset("on in since by during from after before until".split())
_NO_THING = frozenset("night day morning evening afternoon dawn eve tonight week weekend month year decade century "
                      "era season term session semester end beginning start middle summer winter spring autumn "
                      "fall half quarter period time date moment minute hour event wake aftermath run-up".split())
# A count of people or things tells one fact with another only when both tell the same fate
# right beside it (EVENT_WINDOW), or neither does: "Eleven passengers died" is a toll, "340
# passengers" on board a head count (on the generated documents of benchmarks/differences.py,
# 121 number differences fall to 105; the labelled pairs lose none). Measures (a share, a sum,
# a duration, a multiple) are not counts of anything that dies.
_MEASURES = frozenset({"%", "$", "€", "£", "₹", "time", MULTIPLE, CLOCK})
_OUTCOMES = {
    **dict.fromkeys("kill killed kills killing die died dies dying dead death deaths perished fatalities".split(), "death"),
    **dict.fromkeys("wound wounded wounding injure injured injuring injuries hurt".split(), "injury"),
}
# Terms whose folded spellings share a prefix this long (or one contains the other) are
# inflections or shortenings ("Azeri" / "Azerbaijan", "Karabakh" / "Nagorno-Karabakh"),
# not different framings.
VARIANT_PREFIX = 4


class Difference(NamedTuple):
    """One difference inside a linked pair; a side is None when only the other has it.
    Spans are source offsets into each article, like Evidence spans. (A named tuple: the
    differences of every link of two long articles are over a hundred thousand, and a tuple
    is the cheapest immutable value to make.)"""

    kind: str  # one of DIFFERENCE_KINDS
    a_span: tuple[int, int] | None
    b_span: tuple[int, int] | None
    a_text: str | None
    b_text: str | None
    note: str = ""  # framing: whose usage each term is, as the glossary labels it

    def swapped(self) -> Difference:
        return Difference(self.kind, self.b_span, self.a_span, self.b_text, self.a_text, self.note)


_new_difference = tuple.__new__  # a Difference of all its fields (see _names)


class PassageProfile:
    """What one passage holds that differences compare. Names and framing terms are read at
    once (one regex pass each); figures only when a link's other side may have figures too.

    A differ of two long articles keeps one profile per passage for as long as it lives,
    beside the alignment's own objects, so a profile holds few objects the garbage collector
    must track: names as plain tuples, no token lists (a figure's context, which needs the
    tokens, is asked for in few passages, which read them again then and keep them)."""

    __slots__ = ("article", "passage", "language", "lower", "names", "capitalised", "spelling_ends", "short_forms",
                 "initials", "terms", "groups", "term_spans", "may_have_figures", "_found", "_units", "_totals", "_again",
                 "_shift", "_folded_words", "_capital_keys", "_vouching", "_term_groups")

    def __init__(self, article: Article, passage: Passage, reader: Reader,
                 lowercase: Callable[[Article, str], bool] | None = None,
                 opener: Callable[[str, str, int], bool] | None = None) -> None:
        self.article, self.passage, self.language = article, passage, reader.language
        # where the passage's characters are in the source, when no character was removed
        # before them (source_span's own answer then, without its look-ups)
        self._shift = None if article.clean.changed else passage.start
        text = passage.text
        self.lower = text.casefold()
        if len(self.lower) != len(text):  # "ß" -> "ss": keep offsets those of the text
            self.lower = "".join(c.casefold() if len(c.casefold()) == 1 else c for c in text)
        terms = reader.framing_terms(self.lower)
        self.terms: tuple[Mention, ...] = tuple(terms)
        # every key the passage names, its terms' too (a dict of strings, for its look-ups:
        # nothing the garbage collector tracks); the spans glossary terms cover; each name
        # once, at its first mention; the words written with a capital (a sentence's first
        # too: "Zelensky said") and the abbreviations the passage writes ("IAEA")
        groups: dict[str, None] = {}
        term_spans: list[tuple[int, int, str]] = []
        first: dict[str, tuple] = {}
        said: set[str] = set()  # the heads of the names in `first`
        opens_story = lambda: _opens_story(article.text, passage.start)  # noqa: E731
        # (in a debate's record, who speaks each turn: its labels, as the aligner reads them; a
        # line elsewhere that opens on capitals and a colon, "NATO: Allies will meet", names NATO)
        speakers = article_speakers(article)
        runs = reader.read(text, opens_story, marks(text, speakers) if speakers else ())
        span = self.span
        for base, reading in runs:
            for m in reading.mentions:
                # a lone word opening a sentence, where the articles say it is a name (`opener`:
                # OpenerEvidence; none without it)
                if m.opener and (opener is None or not opener(text[base + m.lo : base + m.hi], text, base + m.hi)):
                    continue
                key = m.key
                groups[key] = None
                lo = base + m.lo
                if m.term:
                    term_spans.append((lo, base + m.hi, key))
                # a name inside a framing term of another group is that term's, not a name of its
                # own ("Armenian" of "Armenian-populated separatist enclave"); the term itself is one
                if m.name and key not in first and not (terms and any(t.lo <= lo < t.hi and t.key != key for t in terms)):
                    if first and key[0] == "n" and said.issuperset(m.heads):
                        continue  # a name the passage gave already, shorter or with a title: "Mayor Vos" after "Elena Vos"
                    if (len(m.heads) == 2 and key[0] == "n" and " " not in key
                            and not _NEXT_NAME_WORD.match(text, base + m.hi)
                            and (parts := names_joined(text[lo : base + m.hi], article.text))):
                        # a ticket, "Vos-Marsh": each its own name, which the other side says apart
                        # (not where a name's word follows: "the Ostland-Velmora Karvesh")
                        for (part_lo, part_hi), head in zip(parts, m.heads):
                            if head not in said:
                                ends = (head[0] + DEVOICED.get(head[-1], head[-1]),)
                                first["n:" + head] = ("n:" + head, (head,), (), *span(lo + part_lo, lo + part_hi), "", ends)
                                said.add(head)
                        continue
                    first[key] = (key, m.heads, m.stems, *span(lo, base + m.hi), m.initials, m.ends)
                    said.update(m.heads)
        # an abbreviation written with full stops ("U.N."; "U.S." for the glossary's "United
        # States", "C.I.A." for its "CIA"), past a dateline ("BRENHOLM, D.C. —")
        dotted = list(_DOTTED.finditer(text))
        if dotted and (after := reader.dateline_end(text, opens_story)):
            dotted = [m for m in dotted if m.start() >= after]
        if dotted:
            for m in dotted:
                short = m.group().replace(".", "")
                gid = reader.abbreviated.get(short, reader.spelt_out.get(short))
                if gid is None and short in _NO_ABBREVIATIONS:
                    continue
                key = f"g:{gid}" if gid is not None else "n:" + short.casefold()
                groups[key] = None
                # (one that opens a longer name is a word of it: "U.S. Department of Justice";
                # not before a title: "U.N. Ambassador Rice")
                following = _NEXT_NAME_WORD.match(text, m.end())
                if following and not is_title(following.group(1)):
                    continue
                if key not in first and not (terms and any(t.lo <= m.start() < t.hi and t.key != key for t in terms)):
                    # (no heads: it is found as an abbreviation, its initials the letters)
                    first[key] = (key, (), (), *span(m.start(), m.end()), short, ())
            first = dict(sorted(first.items(), key=lambda item: item[1][3][0]))  # in the passage's order
        if first and _table_header(article.text, passage):
            first = {}  # a table's header row names its columns ("Region Votes Share"), nothing a name is
        if first and lowercase is not None and _title_case(text):
            # a headline in title case ("Profits Mask Weak Hardware"): its capitals are no sign of
            # a name, so a run holding a word the article writes in lowercase is none
            first = {key: name for key, name in first.items() if not any(lowercase(article, h) for h in name[1])}
        if (first and ("(" in text or "call" in text or "name" in text or OWNERS_MARK.search(text) is not None)
                and (joins := given_as_one(text, article.text))):
            # a name the passage gives another name for ("Velmora, which Ostland now calls
            # Karvesh", "Majlis (Parliament)"): the other side says it when it says either, and
            # the other name is the same name again
            named: dict[str, tuple] = {}
            covered: set[str] = set()
            for key, name in first.items():
                if covered.issuperset(name[1]):
                    continue
                extra, ends = also_named(name[1], joins)
                named[key] = (name[0], name[1] + extra, *name[2:6], name[6] + ends) if extra else name
                covered.update(named[key][1])
            first = named
        for t in terms:
            groups[t.key] = None
            term_spans.append((t.lo, t.hi, t.key))
        self.groups = groups
        # characters lo..hi that a glossary term covers, and its group: a figure's context
        self.term_spans = tuple(term_spans)
        # each name: (key, heads, demonym stems, source span, text, initials of a name of
        # several capitalised words, its heads' first and last letters, whether "City" may
        # follow it, the abbreviation it is or "", whether its first word may be clipped (see
        # _clipped_there), the letters a people of it opens with if it is one word, else None):
        # what is asked of it on every link, read once
        self.names: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[int, int], str, str, tuple[str, ...], bool,
                                str, bool, str | None], ...] = tuple([
            (*name, *_city_and_short(name[4] if name[1] else name[5]),
             len(name[1]) > 1 and len(name[1][0]) - 2 >= MIN_CLIPPED,
             name[1][0][:MIN_DEMONYM_STEM] if len(name[1]) == 1 else None) for name in first.values()])
        # the capitalised words' heads, each after a space (words hold none: " iran" is a word
        # that opens with "iran"), and their first and last
        # letters: a name's spelling is compared only with words that have its own
        # (same_name needs both alike). Strings and a dict of strings, which the garbage
        # collector need not track, where tuples would be over fifty thousand objects in a
        # differ of two long articles.
        self.capitalised = " " + " ".join([reading.capitalised for _, reading in runs if reading.capitalised])
        self.spelling_ends = dict.fromkeys([ends for _, reading in runs for ends in reading.capitalised_ends])
        # the abbreviations, written with full stops or without ("U.N.", "IAEA"), indexed (see
        # _short_forms), and the initials of the passage's names
        abbreviations = [a for _, reading in runs for a in reading.abbreviations]
        abbreviations += [m.group().replace(".", "") for m in dotted]
        self.short_forms = _short_forms(abbreviations) if abbreviations else _NO_FORMS
        # (each with whether "City" may follow its name: see _left_out)
        self.initials = {initials: name[7] for name in self.names if name[5] for initials in name[5].split()}
        self.may_have_figures = _DIGIT.search(text) is not None or FIGURE_HINT.search(self.lower) is not None
        self._found: tuple[Quantity, ...] | None = None
        self._totals: dict[tuple[str, str], list[tuple[float, float]]] | None = None
        self._units: dict[tuple[str, str], tuple[int, ...]] | None = None
        self._again: _FigureReading | None = None
        self._folded_words: frozenset[str] | None = None
        self._capital_keys: frozenset[str] | None = None
        self._vouching: dict[tuple[str, str], list[tuple[float, float]]] | None = None
        self._term_groups: dict[str, dict[tuple[str, ...], Mention]] | None = None

    def folded_words(self) -> frozenset[str]:
        """The passage's words folded as text.fold folds them (accents, case, a Turkic ending
        after an apostrophe off), made when a name of the other side is first looked for in it."""
        if self._folded_words is None:
            self._folded_words = frozenset(map(fold, _WORDS.findall(self.passage.text)))
        return self._folded_words

    def capital_keys(self) -> frozenset[str]:
        """The aligner's keys (name_key) of the passage's words written with a capital, made when
        a short name of the other side is first looked for in it (see MIN_KEYED_NAME)."""
        if self._capital_keys is None:
            self._capital_keys = frozenset(name_key(w) for w in _WORDS.findall(self.passage.text) if w[:1].isupper())
        return self._capital_keys

    def figures(self) -> tuple[Quantity, ...]:
        """The passage's quantities, read on first use."""
        if self._found is None:
            self._found = ()
            self._units = {}
            self._totals = {}
            if self.may_have_figures:
                tokens = Tokens(grouped_digits(self.passage.text, self.language), _WORD_CACHE, self.language)
                found = quantities(tokens)
                if found:
                    self._found = tuple(_headed(q, tokens) for q in found)
                    found = self._found
                    units: dict[tuple[str, str], list[int]] = {}
                    for i, q in enumerate(found):
                        units.setdefault((q.kind, q.unit), []).append(i)
                    self._units = {unit: tuple(indices) for unit, indices in units.items()}
                    self._totals = _totals(found, units, tokens)
        return self._found

    def totals(self) -> dict[tuple[str, str], list[tuple[float, float]]]:
        """The totals of the sums each clause lists (see _totals), by unit."""
        if self._totals is None:
            self.figures()
        return self._totals

    def units(self) -> dict[tuple[str, str], tuple[int, ...]]:
        """The indices of the passage's quantities by (kind, unit)."""
        if self._units is None:
            self.figures()
        return self._units

    def term_groups(self) -> dict[str, dict[tuple[str, ...], Mention]]:
        """The passage's framing terms by group, each term at its first mention, in the passage's
        order (made once: framing compares them on every link of the passage)."""
        if self._term_groups is None:
            self._term_groups = {}
            for m in self.terms:
                self._term_groups.setdefault(m.key, {}).setdefault(m.term, m)
        return self._term_groups

    def vouching(self, unit: tuple[str, str]) -> list[tuple[float, float]]:
        """The intervals of values that the passage's figures vouch for in a figure of `unit`, not a
        date, of another passage (see _unvouched): made once per unit, as a passage is in several
        links."""
        if self._vouching is None:
            self._vouching = {}
        found = self._vouching.get(unit)
        if found is None:
            found = self._vouching[unit] = _vouching(unit, self.units(), self.figures(), self.totals())
        return found

    def context(self, i: int) -> frozenset[str]:
        """The context keys of quantity i."""
        return self._read_again().context(self.figures()[i], i)

    def outcomes(self, i: int) -> frozenset[str]:
        """What befell the people quantity i counts ("death", "injury"), as told right beside it."""
        return self._read_again().outcomes(self.figures()[i], i)

    def date_role(self, i: int) -> str:
        """What date i is the day of: "telling", "limit" or "event" (see TELLING_VERBS)."""
        return _date_role(self._read_again().tokens.low, self.figures()[i].first)

    def dated_thing(self, i: int) -> str:
        """The thing date i dates, as part of a noun phrase, or "" (see DATED_REACH)."""
        return _dated_thing(self._read_again().tokens, self.figures()[i])

    def phrase_words(self, i: int) -> frozenset[str]:
        """The words of the noun phrase date i is part of (see _dated_phrase)."""
        return _phrase_words(self._read_again().tokens, self.figures()[i])

    def dated_deed(self, i: int) -> str:
        """The word a plain date i follows, the deed it dates, or "" (see DEED_REACH)."""
        again = self._read_again()
        return _dated_deed(again.tokens, again.function, self.figures()[i])

    def place_of(self, i: int) -> str:
        """The place date i's event happened at, as its context keys it, or "" (see _PLACED)."""
        again = self._read_again()
        return _place_of(again.tokens, again.group_at, self.figures()[i])

    def opens_clause(self, i: int) -> bool:
        """Whether date i opens its clause (see _FRONTING)."""
        return _opens_clause(self._read_again().tokens, self.figures()[i])

    def position(self, i: int) -> str:
        """Whose position figure i is: a "demand", an "offer", a "need", a "forecast", or "" (see
        _POSITIONS)."""
        tokens = self._read_again().tokens
        return _position(tokens.low, tokens, self.figures()[i])

    def motion(self, i: int) -> str:
        """Whether figure i is a change, a level, a margin or none (see quantities.motion)."""
        return motion(self._read_again().tokens, self.figures()[i])

    def named(self, i: int) -> str:
        """What figure i names itself, or "" (see _NAMELESS)."""
        return _named(self._read_again().tokens, self.figures()[i])

    def holder(self, i: int) -> str:
        """What figure i is said of, the subject of the verb before it, or "" (see _holder)."""
        again = self._read_again()
        return _holder(again.tokens, again.group_at, self.figures()[i])

    def subject_verb(self, i: int) -> str:
        """What the noun naming figure i does, where that noun is its clause's subject, or "" (see _subject_verb)."""
        return _subject_verb(self._read_again().tokens, self.figures()[i])

    def deed(self, i: int) -> tuple[bool, frozenset[str]] | None:
        """What count i did or had done to it, where it is its clause's subject, or None (see _deed)."""
        return _deed(self._read_again().tokens, self.figures()[i])

    def time_of(self, i: int) -> str:
        """What time of day i is the time of: the key of the word before its "at" ("began at 9am":
        "began"), or ""."""
        tokens = self._read_again().tokens
        k = self.figures()[i].first - 1
        while k > 0 and tokens.low[k] != "at" and tokens.low[k] in _TIME_HEDGES:
            k -= 1
        if k < 1 or tokens.low[k] != "at" or "," in tokens.gaps[k - 1]:
            return ""
        key = tokens[k - 1].key
        return _root(key) if key.startswith("w:") else ""

    def timed(self, i: int) -> bool:
        """Whether date i is told with a time of day (see quantities.told_with_a_time)."""
        q = self.figures()[i]
        return told_with_a_time(self._read_again().tokens.low, q.first, q.last)

    def period(self, i: int) -> Period:
        """The date and quarter that figure i is told of (see _period)."""
        return self._read_again().period(self.figures(), i)

    def fate(self, i: int) -> frozenset[str]:
        """What befell what count i counts ("death", "injury"), told right beside it."""
        return self._read_again().fate(self.figures()[i], i)

    def quantity_span(self, i: int) -> tuple[tuple[int, int], str]:
        q = self.figures()[i]
        tokens = self._read_again().tokens
        lo, hi = tokens.char_span(q.first, q.last)
        if q.lo < 0 and tokens.text[lo - 1 : lo] in MINUS_SIGNS:  # the sign is the figure's: "-3C"
            lo -= 1
        if q.unit == CLOCK and tokens.text[hi - 3 : hi + 1] in ("a.m.", "p.m."):  # the last stop is the time's: "3 p.m."
            hi += 1
        if q.unit == "%" and self.passage.text[hi : hi + 1] == "%":  # "71 %": the sign read as if before the space
            hi += 1
        return self.span(lo, hi)

    def _read_again(self) -> _FigureReading:
        """The tokens read again for what only a figure that may be paired needs: its
        context, outcome and character span, each worked out when first asked for (few
        passages get this far: on the links of benchmarks/differences.py, one in eight of
        those with figures, and fewer than half of their figures' contexts are asked for)."""
        if self._again is None:
            tokens = Tokens(grouped_digits(self.passage.text, self.language), _WORD_CACHE, self.language)
            self._again = _FigureReading(tokens, self.term_spans, self.language)
        return self._again

    def span(self, lo: int, hi: int) -> tuple[tuple[int, int], str]:
        """Source span and display text of characters lo..hi of the passage text."""
        if (shift := self._shift) is not None:
            return (shift + lo, shift + hi), self.passage.text[lo:hi]
        return self.article.source_span(self.passage, lo, hi), self.passage.text[lo:hi]


# "U.N.", "L.A." (its first capital, then what is before it: as "(?<![\w.])(?:[A-Z]\.){2,}", but
# the engine skips in C to the next capital)
_DOTTED = re.compile(r"[A-Z](?<![\w.][A-Z])\.(?:[A-Z]\.)+")
_NEXT_NAME_WORD = re.compile(r"[^\S\n]+([A-Z][\w'’-]*)")  # a capitalised word after a space
# ... those that name nothing, unless the glossary has them: the time of day ("10 A.M."), an
# era ("A.D.")
_NO_ABBREVIATIONS = frozenset({"AM", "PM", "AD", "BC", "BCE", "CE"})
_NO_CONTEXT: frozenset[str] = frozenset()  # a bare figure's: it is never paired
# A headline in title case: a short passage whose every word of this many letters or more
# opens with a capital, and at least TITLE_WORDS such words.
TITLE_LETTERS = 4
TITLE_WORDS = 3
_TITLE_MAX_CHARS = 200
_WORD_CHAR = re.compile(r"[\w'’-]")
_LOWER_WORD = re.compile(rf"(?<![\w'’-])[a-z]\w{{{TITLE_LETTERS - 1}}}")


def _title_case(text: str) -> bool:
    """Whether a passage is a headline written in title case ("Northwind Cuts 1,200 Jobs as
    Profits Mask Weak Hardware")."""
    if len(text) > _TITLE_MAX_CHARS or _LOWER_WORD.search(text):  # (most passages: one search, in C)
        return False
    words = [w for w in text.split() if len(w) >= TITLE_LETTERS and w[0].isalpha()]
    return len(words) >= TITLE_WORDS and all(w[0].isupper() for w in words)


# A story's opening, where a dateline stands ("BRENHOLM —"): a passage with at most
# STORY_HEAD_LINES lines before it in the article, none of them a sentence (a headline, a
# byline, a date: "Updated 5:30 p.m."), within STORY_HEAD_CHARS characters of its start.
STORY_HEAD_LINES = 4
STORY_HEAD_CHARS = 1000
_SENTENCE_LINE = re.compile(r"[^\W\d_]{2}[.!?][\"”’)]?[^\S\n]*$", re.MULTILINE)


def _opens_story(source: str, start: int) -> bool:
    """Whether the passage at `start` of `source` opens the story (see STORY_HEAD_LINES)."""
    if start > STORY_HEAD_CHARS:
        return False
    head = source[:start]
    return sum(1 for line in head.splitlines() if line.strip()) <= STORY_HEAD_LINES and not _SENTENCE_LINE.search(head)


# A lone capitalised word opening a sentence ("Vos said", "Despite that") is a name
# (mentions.Mention.opener) where neither article writes it in lowercase, and it is an
# abbreviation ("NATO"), or either article writes it, or its plural or singular, with a capital
# inside a sentence (not in a headline in title case: "Loyalist lawmakers" where "two Loyalists"
# stands elsewhere), or the name it is an adjective of ("Democratic": "Democrats"), or, in
# English, a verb of saying follows it ("Marsh said"): then it is no plural of a word the list
# knows ("Critics said"; "Vos said" is a name), no indefinite pronoun ("Nobody said"), and no word
# as common as SAYER_MAX_FREQUENCY ("Police said": 0.0002; "Trump", "Johnson": under 0.0001). That
# the word list does not know a word is no sign: it leaves out many an ordinary word ("Footfall").
SAYER_MAX_FREQUENCY = 1e-4
_SAYING = re.compile(r"[^\S\n]+(?:said|says|told|added|wrote|argued|asked|stated|noted|insisted|explained|warned"
                     r"|testified|replied|responded|recalled|acknowledged|conceded|tweeted)\b")
_INDEFINITE_PRONOUNS = frozenset({"nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone",
                                  "none", "nothing", "something", "everything", "anything"})
_CONTRACTION = re.compile(r"['’][a-z]")  # "I'm", "We've": no name (not "O'Brien")
# how a word is written between spaces, with what may stand before or after it (a word
# written otherwise, "(hall)," or "-hall", is not looked for)
_WORD_ENDS = ("", "'s", "’s", ",", ".", ";", ":", "!", "?", ")", "\"", "”", "’", "'", ".\"", ".”", ",\"", ",”")
_WORD_STARTS = ("(", "\"", "“", "‘")


@cache
def _inside_word() -> re.Pattern:
    """A capitalised word after another word or a comma and a space (not after a sentence's
    end, a colon, a dash or a quotation opened): its capital first, which the engine finds in C."""
    return re.compile(rf"{capital_class()}(?<=[\w,][ \xa0].)[\w'’]*")


class OpenerEvidence:
    """Whether a lone word opening a sentence is a name, from the two articles of a pair (see
    SAYER_MAX_FREQUENCY): their words, read once when the first such word is asked about, and
    each word's answer remembered."""

    def __init__(self, texts: Sequence[str], language: str | None) -> None:
        self.texts, self.language = texts, language
        self._words: frozenset[str] | None = None  # as written, without the marks around them
        self._inside: frozenset[str] = frozenset()
        # each word's answer, None where it rests on whether a verb of saying follows it
        self._answers: dict[str, bool | None] = {}

    def _read(self) -> None:
        """The words the articles write between spaces (those in lowercase are looked up as
        they are, with the marks that may stand around them: _WORD_ENDS), and those written
        with a capital inside a sentence (not only in a headline in title case): passes in C
        over each text, and Python work only per distinct word."""
        words: set[str] = set()
        inside: set[str] = set()
        pattern = _inside_word()
        for text in self.texts:
            words.update(text.split())
            found = Counter(pattern.findall(text))
            for line in text.splitlines():
                if len(line) <= _TITLE_MAX_CHARS and _title_case(line):
                    found.subtract(pattern.findall(line))
            inside.update(w for w, n in found.items() if n > 0)
        self._words = frozenset(words)
        self._inside = frozenset(map(_bare, inside))

    def __call__(self, word: str, text: str, end: int) -> bool:
        """Whether `word`, opening a sentence of `text` and ending at `end`, is a name."""
        try:
            answer = self._answers[word]
        except KeyError:
            answer = self._answers[word] = self._judge(word)
        return answer if answer is not None else _SAYING.match(text, end) is not None

    def _judge(self, word: str) -> bool | None:
        """Whether `word`, opening a sentence, is a name; None: only if a verb of saying follows it."""
        if self._words is None:
            self._read()
        bare = _bare(word)
        words = self._words
        if any(bare + end in words for end in _WORD_ENDS) or any(mark + bare in words for mark in _WORD_STARTS) \
                or _CONTRACTION.search(word):
            return False
        inside = self._inside
        if (bare in inside or bare + "s" in inside or bare[-1:] == "s" and bare[:-1] in inside
                or abbreviation(word) or _adjective_of(bare, inside)
                or "-" in bare and all(part in inside for part in bare.split("-"))):  # "Vos-Marsh": both
            return True
        known = word_list("en")
        if (self.language != "en" or bare in _INDEFINITE_PRONOUNS or known.get(bare, 0.0) >= SAYER_MAX_FREQUENCY
                or (bare.endswith("s") and bare in known and bare[:-1] in known)):
            return False
        return None


# Endings that make an adjective of a name ("Democratic" of the Democrats, "Armenian" of Armenia)
_ADJECTIVE_ENDINGS = ("ic", *DEMONYM_ENDINGS)


def _adjective_of(bare: str, inside: frozenset[str]) -> bool:
    """Whether `bare` (a word casefolded) is an adjective of a name the articles write with a
    capital inside a sentence (`inside`): less an adjective's ending, at least MIN_DEMONYM_STEM
    letters left, it is that name or its plural ("democratic": "Democrats"; "tarnovian":
    "Tarnovia")."""
    return any(bare.endswith(end) and len(bare) - len(end) >= MIN_DEMONYM_STEM
               and ((stem := bare[: -len(end)]) in inside or stem + "s" in inside) for end in _ADJECTIVE_ENDINGS)


def _bare(word: str) -> str:
    """A word casefolded, without a possessive ending ("Ward's": "ward")."""
    return _POSSESSIVE_END.sub("", word.casefold())


_POSSESSIVE_END = re.compile(r"['’]s?$")


# A table whose rows are each a line of cells parted by spaces (one row a passage): its header
# row is a line of words with no figure, under which, on the next line, a row holds as many
# cells: parted as the header's are by runs of spaces or tabs ("Region    Votes    Share"), or,
# under a header of single spaces, a label and as many figures as the header has words after
# its first ("Region Votes Share" over "Port Alder 12,400 41%").
_CELL_GAP = re.compile(r"\t|[ \t]{2,}")
_NEXT_LINE = re.compile(r"[ \t]*\r?\n([^\n]*\S)")


def _table_header(source: str, passage: Passage) -> bool:
    """Whether `passage` is the header row of a table of lines (see _CELL_GAP), told from the
    line of the article's `source` under it."""
    line = passage.text.strip()
    if "\n" in line or len(line) > _TITLE_MAX_CHARS or _DIGIT.search(line) or line.endswith((".", "!", "?", ":", ";", ",")):
        return False
    m = _NEXT_LINE.match(source, passage.end)
    if m is None or not _DIGIT.search(row := m.group(1).strip()):
        return False
    if _CELL_GAP.search(line):
        return len(_CELL_GAP.split(line)) == len(_CELL_GAP.split(row))
    words, cells = line.split(), row.split()
    figure = next((k for k, cell in enumerate(cells) if _DIGIT.search(cell)), 0)
    return (len(words) >= 2 and figure > 0 and all(_DIGIT.search(cell) for cell in cells[figure:])
            and len(words) == 1 + len(cells) - figure)


def written_lowercase(text: str, head: str) -> bool:
    """Whether `text` writes the name word `head` (casefolded, no plural "s": mentions._head)
    in lowercase as a word of its own, perhaps with a plural "s" ("hardware", "profits"). A
    search of the text for each word looked up, in C: only headlines in title case ask."""
    at = text.find(head)
    while at >= 0:
        end = at + len(head)
        if end < len(text) and text[end] == "s":
            end += 1
        if (at == 0 or not _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
            return True
        at = text.find(head, at + 1)
    return False


class _FigureReading:
    """A passage's tokens kept, once a figure of it may be paired, with each quantity's context
    and outcomes as they are asked for."""

    __slots__ = ("tokens", "group_at", "function", "_contexts", "_fates", "_periods", "_quarters")

    def __init__(self, tokens: Tokens, term_spans: tuple, language: str | None) -> None:
        self.tokens = tokens
        self.group_at = _groups_at(tokens, term_spans)
        # another language's function words ("de", "und") say nothing, as English stop
        # words say nothing (those have no key)
        self.function = function_set(language) if language else function_words(set(tokens.low))
        self._contexts: dict[int, frozenset[str]] = {}
        self._fates: dict[int, frozenset[str]] = {}
        self._periods: dict[int, Period] = {}
        self._quarters: list[tuple[int, int]] | None = None  # (token, quarter) where the passage names one

    def context(self, q: Quantity, i: int) -> frozenset[str]:
        found = self._contexts.get(i)
        if found is None:
            found = self._contexts[i] = (_context(q, self.tokens, self.group_at, self.function)
                                        if q.unit or q.kind == "date" else _NO_CONTEXT)
        return found

    def fate(self, q: Quantity, i: int) -> frozenset[str]:
        found = self._fates.get(i)
        if found is None:
            found = self._fates[i] = _outcomes(q, self.tokens)
        return found

    def period(self, found: tuple[Quantity, ...], i: int) -> Period:
        found_period = self._periods.get(i)
        if found_period is None:
            if self._quarters is None:
                self._quarters = _quarters(self.tokens.low)
            found_period = self._periods[i] = _period(found, i, self.tokens, self._quarters)
        return found_period

    def outcomes(self, q: Quantity, i: int) -> frozenset[str]:
        """The fate of a count of people, the kind a toll compares."""
        return self.fate(q, i) if q.people in ("", "civilian") and q.unit == "people" else _NO_CONTEXT


def _position(low: list[str], tokens: Tokens, q: Quantity) -> str:
    """Whose position figure q is: "demand", "offer", "need", "forecast", "capacity", "limit", or ""
    for none (see _POSITIONS, _ROOM, _LIMIT_NOUNS)."""
    if _capacity(low, tokens, q):
        return "capacity"
    if _is_limit(low, tokens, q):
        return "limit"
    for k in (q.last + 1, q.last + 2):  # "a 4% offer", "a 12% pay demand" (not "30% want a vote")
        if k < tokens.boundary(q.last) and (found := _POSITION_NOUNS.get(low[k])):
            return found
    for k in range(q.first - 1, max(tokens.clause_start(q.first), q.first - POSITION_WINDOW) - 1, -1):
        if "," in tokens.gaps[k] or _CLOSING_QUOTE.match(tokens.gaps[k]):
            break  # "when you need it, Obama has cut $716 billion": another phrase's; 'followed
            # "every step the law requires" as 3,000 marched': a quotation's word
        if (found := _POSITIONS.get(low[k])) is not None:
            return found
        if low[k] in _ASKING and k + 1 < q.first and low[k + 1] == "for":
            return "demand"
    return ""


def _is_limit(low: list[str], tokens: Tokens, q: Quantity) -> bool:
    """Whether figure q is a limit (see _LIMIT_NOUNS): "limit of 10 ppm", "the 10 ppm limit",
    "capped at 5%"."""
    first, end = q.first, tokens.boundary(q.last)
    if first >= 2 and not tokens.gaps[first - 2].strip() and not tokens.gaps[first - 1].strip() and (
            low[first - 1] in _LIMIT_OF and low[first - 2] in _LIMIT_NOUNS
            or _LIMITING_VERBS.get(low[first - 2]) == low[first - 1]):
        return True
    return any(k < end and low[k] in _LIMIT_NOUNS and not "".join(tokens.gaps[q.last:k]).strip()
               for k in (q.last + 1, q.last + 2))


def _capacity(low: list[str], tokens: Tokens, q: Quantity) -> bool:
    """Whether figure q is what a thing has room for (see _ROOM)."""
    verb = q.first - 1
    if verb < tokens.clause_start(q.first) or "," in tokens.gaps[verb]:
        return False
    if low[verb] in ("for", "of"):
        return verb >= 1 and low[verb - 1] in _ROOM and "," not in tokens.gaps[verb - 1]  # "room for twelve"
    if low[verb] in _ROOM_VERBS:
        return True  # "The hall seats 400"
    before = low[verb - 2:verb]
    if low[verb] in _CAPACITY_VERBS and (before[-1:] and before[-1] in _ABLE or before == ["able", "to"]):
        return True  # "can carry twelve", "is able to hold 40,000"
    return low[verb] in _HOLDS and low[q.first:q.first + 2] == ["up", "to"]  # "carries up to twelve"


def _named(tokens: Tokens, q: Quantity) -> str:
    """What any figure names itself ("revenue of $4.1 billion", "$2 billion in aid": the word's
    key; "The deficit reached 3.2%", "Core inflation rose to 2.9%", "fined £2,000": see
    quantities.measured), or "" (see _NAMELESS)."""
    low = tokens.low
    k = _naming_noun(tokens, q)
    end = tokens.boundary(q.last)
    if k is None and q.last + 2 < end and low[q.last + 1] == "to" and (verb := SUM_VERBS.get(low[q.last + 2])):
        return _measure_key(verb)  # "54 million a year to repay the loan"
    if k is None:
        subject = measured(tokens, q)
        return "" if subject.rsplit(" ", 1)[-1] in _NAMELESS else _measure_key(subject)  # "The toll was 18 miners"
    key = tokens[k].key
    if low[k] in _NAMELESS or not key.startswith("w:"):
        return ""
    return _root(key) if k < 1 or low[k - 1] not in OTHER_MEASURE else _measure_key(f"{low[k - 1]} {low[k]}")


def _naming_noun(tokens: Tokens, q: Quantity) -> int | None:
    """The token of the noun that names figure q, the noun before its "of" or the head of the
    phrase after its "in" (see _named), or None."""
    low = tokens.low
    k = _noun_before_of(tokens, q.first)
    end = tokens.boundary(q.last)
    if k is None and (q.last + 2 < end and low[q.last + 1] == "in" and "," not in tokens.gaps[q.last]
                      and low[q.last + 2] not in MONTHS):  # (not a month: "4.1% in March"; a place is: "41% in Varnholm")
        k = q.last + 2
        while (k + 1 < end and k - q.last < NAMING_REACH and _lowercase_word(tokens, k) and _lowercase_word(tokens, k + 1)
               and not tokens.gaps[k].strip() and low[k + 1] not in _NO_THING and low[k + 1] not in TIME_OPENERS):
            k += 1  # the phrase's head: "$2 billion in military aid", "in loan repayments"
    return k


# A scaled figure with no unit of its own ("lost 3 million", money or people left to the
# context) counts what the noun naming it names ("3 million in revenue", "revenue of 3
# million": as "3 million jobs" counts jobs), so two such figures meet only where the two
# heads agree; with no such noun it stays bare and is never paired ("lost 3 million" /
# "lost 5 million" may be jobs against dollars). A verb that names a sum ("lost": a loss)
# names no head: it says what is measured, not what is counted.
def _headed(q: Quantity, tokens: Tokens) -> Quantity:
    """Figure q with the unit its naming noun gives it, where it is a bare scaled figure."""
    if q.kind != "number" or q.unit or not is_scale_word(tokens.low[q.last]):
        return q
    k = _naming_noun(tokens, q)
    if k is None or not _lowercase_word(tokens, k) or tokens.low[k] in _NAMELESS or tokens.low[k] in _NO_THING:
        return q
    return q._replace(unit=tokens[k].key[2:])


@cache
def _measure_key(phrase: str) -> str:
    """The key of what a figure measures ("core inflation": its words' keys), as _named gives it."""
    return " ".join(_root(read_word(w).key) for w in phrase.split() if read_word(w).key)


def _holder(tokens: Tokens, group_at: dict[int, str], q: Quantity) -> str:
    """What figure q is said of: the key of the subject of the verb right before it ("A water
    taxi can carry twelve passengers": "taxi"; "The ferry's average load is nine passengers":
    "load"), or "" where the words before it are no such subject and verb (a pronoun, a name, a
    comma between, another verb: see _HOLDING_VERBS)."""
    low = tokens.low
    if q.first < 1 or low[q.first - 1] not in _HOLDING_VERBS or noun_deed(low[q.first - 1], low[q.last]):
        return ""  # (not a deed: "The gunmen held 30 hostages" / "The militants took 12 hostages")
    k = subject_of(tokens, q.first - 1, _HELPING_VERBS)
    if k is None or not _lowercase_word(tokens, k) or low[k] in _NAMELESS:
        return ""  # a nameless subject ("The total is 40 people") is no holder, as it is no name
    return _root(group_at.get(k) or tokens[k].key)


# A count named by a noun that is its clause's subject and does one thing ("A crowd of 4,000
# people gathered" / "A march of 9,000 people gathered") is one count whatever the noun: two
# sides call one gathering a crowd, a rally or a march. Only the noun's own verb after the
# figure tells that they are one (see _subject_verb); a name that is an object ("has a capacity
# of" / "carries a load of") keeps its name apart, and so does the name of a sum, a share or a
# measure, whatever its currency or rate ("A loss of 3 million francs a year hit the mill" / "A
# profit of 9 million francs a year hit the mill"): those names are what is measured, not what
# two sides call one crowd.
def _is_count(unit: str) -> bool:
    """Whether a figure of `unit` counts people or things: no share, sum, measure, time or
    multiple, even per something ("$/year")."""
    base = unit.partition("/")[0]
    return base not in _MEASURES and not is_continuous(base)


def _has_deeds(unit: str) -> bool:
    """Whether a figure of `unit` is of people or things a deed befalls (see _deed): a count, or
    a measure ("5,000 tonnes were shipped"); no share, sum, time or multiple."""
    return _is_count(unit) or unit.partition("/")[0] in MEASURE_UNITS


def _subject_verb(tokens: Tokens, q: Quantity) -> str:
    """The verb right after figure q when the noun it follows "of" after opens its clause, after
    a determiner and its modifiers at most, or after a comma, "that" or a verb that tells it ("A
    crowd of 5,000 people gathered": "gathered"), or "" (a helping verb tells no deed: see
    _HELPING_VERBS)."""
    low, k = tokens.low, _noun_before_of(tokens, q.first)
    after = q.last + 1
    if (k is None or after >= tokens.boundary(q.last) or tokens.gaps[q.last].strip() or not _lowercase_word(tokens, after)
            or low[after] in _HELPING_VERBS):
        return ""
    clause, j = tokens.clause_start(k), k - 1
    while j >= clause and k - j < MODIFIER_REACH and _lowercase_word(tokens, j) and not tokens.gaps[j].strip():
        j -= 1  # its modifiers: "A picket line of"
    if j >= clause and low[j] in _ATTRIBUTIVE and not tokens.gaps[j].strip():
        j -= 1
    return low[after] if _subject_opens(tokens, j, clause) else ""


def _subject_opens(tokens: Tokens, j: int, clause: int) -> bool:
    """Whether a subject whose first word follows token j opens its clause: j is before the
    clause, or a comma, "that" or a verb that tells it is right before it."""
    return j < clause or "," in tokens.gaps[j] or tokens.low[j] in TELLING_VERBS or tokens.low[j] == "that"


# What a count did, or had done to it, when the figure and its noun are their clause's subject:
# the verb right after, past the helping verbs, active or passive ("300 people marched", "12
# protesters were arrested"; "were marching" is active), or past one word the noun is "of"
# ("5,000 tonnes of grain were shipped"); and when the count is the object of a verb right
# before it, that verb, done to it ("Police arrested 12 protesters", "have detained about 40":
# as "12 protesters were arrested"). Those something was done to are not those who did
# something (the protesters arrested at a march are not its crowd), and two things done to them
# are two facts ("were arrested" / "were evacuated"), whatever roles the counts name; but a
# crowd's own deed is told in many words ("marched" / "walked" / "gathered"), so two active deeds
# stay comparable. So for things and measures: "5,000 tonnes were shipped" / "3,000 tonnes
# arrived" and "fired 40 missiles" / "30 missiles struck" are two loads, but what a thing did is
# told in many words too ("40,000 cubic metres of tailings left the dam" / "400,000 cubic metres
# escaped": one spill).
# A count with no such verb stays comparable ("12,000 people from the valley marched"), and so
# do counts an outcome is told of (see _outcomes): "were killed" and "died" are one toll.
# Only a participle after "were" tells a deed done to them ("were arrested", "were shot"); an
# adjective or a place ("were present", "were there") tells they were there, as a crowd is.
# A verb before a count that tells, counts or sizes it tells no deed done to it ("Police counted
# 3,000 protesters": TELLING_VERBS; "The march drew 3,000 people", "The hall holds 400 people",
# "made 12 arrests", "demanded 300 more nurses"): the count is then what the verb measures, not
# whom it befell. Nor does a verb that moves a figure ("climbed 2 metres": quantities.motion),
# nor a past participle that is an adjective ("the combined 3,000 members").
_BEING = frozenset("is was are were be been being".split())
# (the participles of verbs that take no object tell where people were or what they became,
# nothing done to them: "were sat in the square", "were gone by noon"). An irregular verb's deed
# is its base form, so that "beat 12 protesters" and "12 protesters were beaten" tell one deed;
# a verb of a group of reader.differ.deeds names that group's deed ("detained" / "arrested").
_DONE_TO_PARTICIPLES = IRREGULAR_PARTICIPLES - frozenset("sat stood gone come become slept wept".split())
_BASE_FORMS = {form: base for base, forms in IRREGULAR_VERBS.items() for form in forms}
_SIZING_VERBS = (TELLING_VERBS | _HOLDING_VERBS | frozenset(SUM_VERBS) | frozenset(_POSITIONS) | frozenset(
    "drew attracted brought saw led mobilised mobilized gathered assembled hosted welcomed included involved numbered "
    "totalled totaled topped exceeded surpassed passed reached hit recorded registered measured tallied put".split()))


def _deed(tokens: Tokens, q: Quantity) -> tuple[bool, frozenset[str]] | None:
    """Whether count q had its deed done to it (passive, or the object of the verb before it),
    and the names of that deed (see _deed_names), where q opens its clause (see _subject_opens)
    and the verb is right after it, or q is the object of the verb right before it; or None."""
    low, end, k = tokens.low, tokens.boundary(q.last), q.last + 1
    if not _subject_opens(tokens, q.first - 1, tokens.clause_start(q.first)):
        return _deed_before(tokens, q)
    if k + 1 < end and low[k] == "of" and not tokens.gaps[k].strip() and _lowercase_word(tokens, k + 1):
        k += 2  # "5,000 tonnes of grain were shipped"
    while k < end and low[k] in _HELPING_VERBS and not tokens.gaps[k - 1].strip():
        k += 1  # "were arrested", "have been detained"
    if k >= end or tokens.gaps[k - 1].strip() or not _lowercase_word(tokens, k):
        return None
    done_to = low[k - 1] in _BEING and (low[k].endswith(("ed", "en")) or low[k] in _DONE_TO_PARTICIPLES)
    return done_to, _deed_names(tokens, k, q)  # ("were marching", "were present": active)


def _deed_before(tokens: Tokens, q: Quantity) -> tuple[bool, frozenset[str]] | None:
    """The deed done to count q as the object of a past tense right before it, in its clause
    ("Police arrested 12 protesters": (True, {"arrest"})), or None (see _SIZING_VERBS); a verb
    that names a deed of what q counts in any tense ("are holding 12 hostages": deeds.noun_deed)."""
    low, j = tokens.low, q.first - 1
    if j < tokens.clause_start(q.first) or tokens.gaps[j].strip() or not _lowercase_word(tokens, j):
        return None
    verb = low[j]
    if (named := noun_deed(verb, low[q.last])) is not None:
        return True, named
    past = verb in IRREGULAR_PASTS or verb.endswith("ed") and (not verb.endswith("eed") or verb in TABLE_PASTS)
    if (not past or verb in _SIZING_VERBS or j and low[j - 1] in _ATTRIBUTIVE
            or motion(tokens, q)):
        return None
    return True, _deed_names(tokens, j, q)


def _deed_names(tokens: Tokens, k: int, q: Quantity) -> frozenset[str]:
    """The names of the deed the verb at token k tells of count q: the groups of reader.differ.deeds
    it is a verb of ("detained", "arrested": {"arrest"}), else its root alone (an irregular
    verb's base form, else its key's root). Two deeds are one when their names meet."""
    verb = tokens.low[k]
    found = noun_deed(verb, tokens.low[q.last]) or deed_groups(verb)
    if found is not None:
        return found
    base = _BASE_FORMS.get(verb)
    return frozenset({"w:" + base if base else _root(tokens[k].key)})


def _two_groups(a: tuple[bool, frozenset[str]] | None, b: tuple[bool, frozenset[str]] | None) -> bool:
    """Whether two counts' deeds (see _deed) tell two groups: one did and one had done to it,
    or two different things were done to them."""
    return a is not None and b is not None and (a[0] != b[0] or a[0] and a[1].isdisjoint(b[1]))


def _two_deeds_timed(a: tuple[bool, frozenset[str]] | None, b: tuple[bool, frozenset[str]] | None) -> bool:
    """Whether two durations are told right after two verbs that name different deeds (see
    MIN_SHARED_DURATION)."""
    return a is not None and b is not None and a[1].isdisjoint(b[1])


def _lowercase_word(tokens: Tokens, k: int) -> bool:
    """Whether token k is a word in lowercase with a key (no function word, no name): a common noun
    or a verb."""
    w = tokens[k]
    return bool(w.key) and w.key.startswith("w:") and not w.capital


def _noun_before_of(tokens: Tokens, first: int) -> int | None:
    """The token of the word a figure or date starting at token `first` follows "of" after
    ("revenue of $4.1 billion", "the statement of 10 November 2020"), or None."""
    if first >= 2 and tokens.low[first - 1] == "of" and "," not in tokens.gaps[first - 2]:
        return first - 2
    return None


def _dated_thing(tokens: Tokens, q: Quantity) -> str:
    """The root of the thing a date dates as part of a noun phrase, or "" (see DATED_REACH)."""
    found = _dated_phrase(tokens, q)
    return "" if found is None else _root(tokens[found[1]].key).lower()


def _dated_phrase(tokens: Tokens, q: Quantity) -> tuple[int, int] | None:
    """The tokens of the noun phrase a date is part of, from its first word after a determiner
    (or the date) to the thing it dates, or None (see DATED_REACH): "trilateral statement" of
    "the trilateral statement of 10 November 2020", "Supreme Court decision" of "A 1901
    Supreme Court decision"."""
    k = lo = _noun_before_of(tokens, q.first)
    if k is not None:  # (the words before "of" back to its determiner: "the trilateral statement of")
        while (lo > tokens.clause_start(k) and k - lo < DATED_REACH - 1 and tokens[lo - 1].key.startswith("w:")
               and "," not in tokens.gaps[lo - 1]):
            lo -= 1
    elif q.first >= 1 and tokens.low[q.first - 1] in _ATTRIBUTIVE:
        lo = q.last + 1
        for j in range(q.last + 1, min(tokens.boundary(q.last), q.last + 1 + DATED_REACH)):
            if not tokens[j].key.startswith("w:") or "," in tokens.gaps[j - 1]:
                break
            k = j
            if not tokens[j].capital:
                break
    if k is None or lo is None or not tokens[k].key.startswith("w:"):
        return None
    word = tokens.low[k]
    if word in _NO_THING or word.endswith("s") and word[:-1] in _NO_THING:
        return None
    return lo, k


def _phrase_words(tokens: Tokens, q: Quantity) -> frozenset[str]:
    """The roots of the words of the noun phrase a date is part of (_dated_phrase), lowercase."""
    found = _dated_phrase(tokens, q)
    if found is None:
        return frozenset()
    return frozenset(_root(tokens[j].key).lower() for j in range(found[0], found[1] + 1) if tokens[j].key)


# A plain date right after its verb, past DEED_REACH function words at most and inside its
# clause ("aprobó el pasado 4 de marzo", "a approuvé le 4 mars"), dates that verb's deed, as a
# date in a noun phrase dates that thing: two dates of two deeds ("aprobó el 4 de marzo" /
# "almacenaba el 10 de marzo") are two facts, whatever else their clauses share, unless one
# clause names the other's deed as well ("aprobó el 4 de marzo" / "firmó el 6 de marzo lo que
# el Gobierno aprobó"). Function words are the language's own (background.function_set), no list
# of verbs: the word before them is whatever the date is told of. Not in English, where one word
# is as often a noun as a verb and a date after a noun is the sentence's ("arrived on March 17" /
# "invited to visit the town on March 20" are one visit): its dates of things and of fronted
# clauses are read by its own words (_ATTRIBUTIVE, _FRONTING); there the rule cost one of the ten
# dates found on the labelled pairs of benchmarks/differences.py.
DEED_REACH = 3


def _dated_deed(tokens: Tokens, function: frozenset[str], q: Quantity) -> str:
    """The root of the lowercase word a date follows past at most DEED_REACH function words (a
    weekday is part of the date), inside its clause and with no comma between, or ""."""
    if tokens.english:
        return ""
    low, k = tokens.low, q.first - 1
    if k >= 0 and low[k] in WEEKDAYS:
        k -= 1
    start, skipped = tokens.clause_start(q.first), 0
    while k >= start and "," not in tokens.gaps[k] and (low[k] in function or not tokens[k].key):
        if (skipped := skipped + 1) > DEED_REACH:
            return ""
        k -= 1
    if k < start or "," in tokens.gaps[k] or tokens[k].capital or not tokens[k].key.startswith("w:"):
        return ""
    return _root(tokens[k].key)


def _other_deeds(pa: PassageProfile, ia: int, pb: PassageProfile, ib: int) -> bool:
    """Whether two plain dates date two deeds (see DEED_REACH): each follows its verb, the two
    differ, and neither clause names the other's."""
    deed_a, deed_b = pa.dated_deed(ia), pb.dated_deed(ib)
    return bool(deed_a and deed_b and deed_a != deed_b and deed_a not in {k.lower() for k in pb.context(ib)}
                and deed_b not in {k.lower() for k in pa.context(ia)})


# A date right after a place, itself after a preposition ("driven out of Artsakh in 2023",
# "expelled from Armenia in 1987–1991", "the dam burst at Tarnov on 4 May"), dates an event at
# that place: a date whose clause does not name that place at all is another event's, however
# many words the two clauses share ("return", "right" and "Baku" in two accounts of two
# expulsions). A name after an article ("won control of the House in 2013") is no place.
_PLACED = frozenset("from of in at to into near".split())


def _place_of(tokens: Tokens, group_at: dict[int, str], q: Quantity) -> str:
    """The context key of the place date q's event happened at (see _PLACED), or ""."""
    low, k = tokens.low, q.first - 1
    if (k - 2 < tokens.clause_start(q.first) or low[k] not in _FRONTING or "," in tokens.gaps[k - 1]
            or low[k - 2] not in _PLACED):
        return ""
    w = tokens[k - 1]
    key = group_at.get(k - 1) or w.key
    if not w.capital or not key or key.startswith("n:"):
        return ""
    return _root(key).upper()


def _opens_clause(tokens: Tokens, q: Quantity) -> bool:
    """Whether a date opens its clause, perhaps after a preposition ("On 22 February the court
    ordered ...", "Since 12 December 2022, the road ..."): it dates that clause's event."""
    low, k = tokens.low, q.first - 1
    if k >= 0 and low[k] in WEEKDAYS:
        k -= 1
    if k >= 0 and low[k] in _FRONTING:
        k -= 1
    return k < tokens.clause_start(q.first)


def _date_role(low: list[str], first: int) -> str:
    """The role of a date whose first token is `first`, from the words before it (a weekday
    before the day is part of the date: "on Saturday 9 November")."""
    k = first - 1
    if k >= 0 and low[k] in WEEKDAYS:
        k -= 1
    if k >= 0 and low[k] == "the":  # "on the 7th"
        k -= 1
    if k >= 0 and low[k] in _PART_OF:  # "until late April"
        k -= 1
    if k < 0:
        return "event"
    if low[k] in _LIMIT_WORDS or not _DEADLINES.isdisjoint(low[max(0, k - 2):k + 1]):
        return "limit"
    if low[k] == "on" and k > 0 and low[k - 1] in TELLING_VERBS:
        return "telling"
    return "event"


# What period a figure is told of: the date nearest it in its clause ("$4.1 billion in 2023",
# "In 2022 revenue rose to $3.8 billion", "4.8% in October") and the quarter of the year its
# clause names ("in Q3", "in the third quarter"). Two figures of two periods are two facts
# (a year's revenue and the year before's), never one told two ways, whatever words they
# share; the two periods' dates are compared as dates are, on their own.
_QUARTERS = {"q1": 1, "q2": 2, "q3": 3, "q4": 4}
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# A period told relative to now ("in January last year", "a year earlier", "last month") is
# another period than one told plainly ("in January"), or relative to now another way ("next
# year"): its shift (the unit and its direction) is part of the period.
_SHIFTED_UNITS = ("year", "month", "quarter", "week")
_SHIFTS = {
    **{(word, unit): f"{unit}-" for unit in _SHIFTED_UNITS for word in ("last", "previous", "prior", "past")},
    **{(word, unit): f"{unit}+" for unit in _SHIFTED_UNITS for word in ("next", "coming", "following")},
    **{(unit, word): f"{unit}-" for unit in _SHIFTED_UNITS for word in ("earlier", "ago", "before")},
    **{(unit, "later"): f"{unit}+" for unit in _SHIFTED_UNITS},
}
_RUNNING = frozenset({("so", "far"), ("to", "date")})  # (and "since": a running total)
_SHIFTED_WORDS = frozenset(f"{unit}-{word}" for unit in _SHIFTED_UNITS for word in ("earlier", "ago"))  # "year-earlier"
# a date's fields (Quantity.date), a quarter 1-4, a shift, a weekday ("" where the clause names
# none or several: "won 3-1 on Saturday" / "lost 0-2 on Wednesday" are two matches)
Period = tuple[tuple[int, int, int, int, int], int, str, str]
_NO_DATE = (0, 0, 0, 0, 0)


def _quarters(low: list[str]) -> list[tuple[int, int]]:
    """(token, quarter 1-4) for each quarter a passage names: "Q3", "the third quarter"."""
    return [(k, quarter) for k, word in enumerate(low)
            if (quarter := _QUARTERS.get(word) or (k and word == "quarter" and _QUARTER_ORDINALS.get(low[k - 1], 0)))]


def _period(found: tuple[Quantity, ...], i: int, tokens: Tokens, quarters: list[tuple[int, int]]) -> Period:
    """The period figure i of `found` is told of (0 where its clause does not say), from the
    passage's `quarters` (see _quarters)."""
    q = found[i]
    lo, hi = tokens.clause_start(q.first), tokens.boundary(q.last)
    dates = [d for d in found if d.kind == "date" and lo <= d.first and d.last < hi]
    date = min(dates, key=lambda d: min(abs(d.first - q.last), abs(q.first - d.last))).date if dates else _NO_DATE
    near = [(abs(k - q.first), quarter) for k, quarter in quarters if lo <= k < hi]
    figures = [f for f in found if f.kind == "number" and lo <= f.first and f.last < hi]

    def apart(f: Quantity, k: int) -> int:
        return f.first - k if k < f.first else k - f.last

    # a shift is the period of the figure nearest it ("rose to $4.1 billion from $3.2 billion a
    # year earlier"), not of one it is part of ("a year" of "a year earlier")
    shifts = {shift for k, shift in _shifts(tokens.low, lo, hi)
              if min((f for f in figures if not (f.unit == "time" and f.first <= k + 1 and k <= f.last)),
                     key=lambda f: apart(f, k), default=None) is q}
    days = {low for low in tokens.low[lo:hi] if low in WEEKDAYS}
    return date, min(near)[1] if near else 0, " ".join(sorted(shifts)), days.pop() if len(days) == 1 else ""


def _shifts(low: list[str], lo: int, hi: int) -> list[tuple[int, str]]:
    """Where tokens lo..hi shift the period they tell relative to now, and how (see _SHIFTS):
    (k, "year-") for "last year" at token k; and where they tell a running total ("since
    October", "so far", "to date": "since"), another fact than one day's figure."""
    out = []
    for k in range(lo, hi):
        if k + 1 < hi and (shift := _SHIFTS.get((low[k], low[k + 1]))):
            out.append((k, shift))
        elif low[k] == "since" or k + 1 < hi and (low[k], low[k + 1]) in _RUNNING:
            out.append((k, "since"))
        elif low[k] in _SHIFTED_WORDS:  # "the year-earlier quarter"
            out.append((k, low[k].partition("-")[0] + "-"))
    return out


def _other_periods(a: Period, b: Period) -> bool:
    """Whether two figures are told of two different periods (see _period)."""
    (date_a, quarter_a, shift_a, day_a), (date_b, quarter_b, shift_b, day_b) = a, b
    if shift_a != shift_b:
        return True  # "in January last year" / "in January"
    if day_a and day_b and day_a != day_b:
        return True  # "on Saturday" / "on Wednesday"
    if date_a[0] and date_b[0] or date_a[2] and date_b[2] or date_a[3] and date_b[3]:
        if not dates_agree(date_a, date_b):
            return True
    if quarter_a and quarter_b:
        return quarter_a != quarter_b
    month, quarter = (date_b[2], quarter_a) if quarter_a else (date_a[2], quarter_b)
    return bool(month and quarter and (month - 1) // 3 + 1 != quarter)


def _groups_at(tokens: Tokens, term_spans: tuple) -> dict[int, str]:
    """Token index -> glossary group key, for tokens inside a glossary term."""
    out: dict[int, str] = {}
    if term_spans:
        starts = tokens.starts()
        for lo, hi, key in term_spans:
            for k in range(bisect_left(starts, lo), bisect_left(starts, hi)):
                out[k] = key
    return out


def _context(q: Quantity, tokens: Tokens, group_at: dict[int, str], function: frozenset[str]) -> frozenset[str]:
    """Content keys (glossary groups where a term stands) near a quantity, inside its clause;
    not the `function` words of the passage's language."""
    date = q.kind == "date"
    window = len(tokens) if date else CONTEXT_WINDOW
    lo = max(tokens.clause_start(q.first), q.first - window)
    hi = min(tokens.boundary(q.last), q.last + 1 + window)
    own = (range(q.first, q.last + 1) if date or q.unit == "time" or q.unit in MEASURE_UNITS or _is_ordinal(q)
           or q.unit.startswith(CLOCK)
           else range(0))  # (CONTEXT_WINDOW, quantities.MEASURE_UNITS)
    low = tokens.low
    out = set()
    for k in range(lo, hi):
        if k in own or is_figure_word(low[k]):
            continue
        w = tokens[k]
        key = group_at.get(k) or w.key
        if key and not key.startswith("n:") and key not in _NOT_CONTEXT and low[k] not in function:
            key = _root(key)
            out.add(key.upper() if w.capital else key)  # names in capitals: see _shared
    return frozenset(out)


def _outcomes(q: Quantity, tokens: Tokens) -> frozenset[str]:
    """The outcomes (_OUTCOMES) told within EVENT_WINDOW tokens of a count, inside its clause."""
    lo = max(tokens.clause_start(q.first), q.first - EVENT_WINDOW)
    hi = min(tokens.boundary(q.last), q.last + 1 + EVENT_WINDOW)
    return frozenset(outcome for k in range(lo, hi) if (outcome := _OUTCOMES.get(tokens.low[k])))


_INFLECTIONS = ("ing", "ed", "es", "e", "s")
# Words that place a time relative to now, said of any event: two figures that share only
# "ago" ("started a century ago" / "struck 3 years ago") share nothing that says what happened.
# Nor do verbs that say only which way a figure moved ("Net income rose 12%" / "shares rose 6%":
# a rise of two things); what rose is the context.
_NOT_CONTEXT = frozenset({"w:ago", "w:later", "w:earlier"}) | frozenset(
    "w:" + key for key in "rise rose risen rising fall fell fallen grow grew grown increas decreas drop climb jump gain "
                          "declin slip slid soar surg plung edged".split())


@cache
def _root(key: str) -> str:
    """A word key with the inflections alignment's light stemmer leaves on short words cut
    off, so "ruled", "rules" and "ruling" meet (glossary keys are left alone). Remembered:
    the keys are those of the words the articles write, and recur."""
    if not key.startswith("w:"):
        return key
    for suffix in _INFLECTIONS:
        if key.endswith(suffix) and len(key) - len(suffix) >= 5:  # "w:" and three letters kept
            return key[: -len(suffix)]
    return key


def _shared(a: frozenset[str], b: frozenset[str], kind: str, days_of_a_month: bool = False) -> int:
    """Context two figures share. For dates, names ("Israel", "Azerbaijan") recur across the
    events of a story, so they count only beside a shared word that says what happened; and
    as a date's context is its whole clause, one such word alone is not enough either unless
    a name is shared too (see MIN_DATE_WORDS). Between two days of one month
    (`days_of_a_month`), a word one side writes with a capital counts as a word too."""
    common = a & b
    if kind == "date":
        met = _met_across_case(a, b) if days_of_a_month else 0
        words = sum(1 for k in common if not k.isupper()) + met
        if words < MIN_DATE_WORDS and not (words and len(common) + met > words):
            return 0
        return len(common) + met
    return len(common)


def _event_words(a: frozenset[str], b: frozenset[str], days_of_a_month: bool) -> int:
    """The words that say what happened two dates' clauses share (the context's lowercase keys,
    and, between two days of one month, those one side writes with a capital: _met_across_case):
    where each date opens its clause, it dates that clause's event, and names both clauses give
    (the story's actors) tell nothing of whether it is one event."""
    return sum(1 for k in a & b if not k.isupper()) + (_met_across_case(a, b) if days_of_a_month else 0)


def _met_across_case(a: frozenset[str], b: frozenset[str]) -> int:
    """Words one side writes with a capital and the other without: a word opening a sentence
    ("Observers from the League" / "observers from the League") or a common noun inside a
    name ("the Kessler Bridge" / "the bridge at Kessler"); the lowercase side shows it is a
    word that says what happened. (Not a glossary group: its terms name one thing.)"""
    return (sum(1 for k in a if k.startswith("W:") and k.lower() in b)
            + sum(1 for k in b if k.startswith("W:") and k.lower() in a))


def _days_of_a_month(a: Quantity, b: Quantity) -> bool:
    """Whether two dates both give a day of one month (of one year, where both give it)."""
    ya, _, ma, da, _ = a.date
    yb, _, mb, db, _ = b.date
    return bool(da and db and ma and ma == mb and (not (ya and yb) or ya == yb))


# The kind and unit of a bare figure ("12" alone): it counts nothing we can name, so it is
# never paired, but it still vouches for the same figure on the other side.
_BARE = ("number", "")
# A passage without a digit, a number word or a month name holds no figure worth parsing
# (the digit test first: it is the common case and the cheapest).
_DIGIT = re.compile(r"\d")
# Words made by scan, shared by every passage and the names' reader: folding a word once
# serves all its uses.
_WORD_CACHE: dict = {}
# A word with its combining marks and a Turkic case ending after its apostrophe ("Sargsyan's",
# "Işıklı'da"), as PassageProfile.folded_words cuts a passage.
_WORDS = re.compile(rf"\w[\w{MARKS}]*(?:['’]\w[\w{MARKS}]*)*")


def _is_variant(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    a, b = "".join(x), "".join(y)
    if a in b or b in a:
        return True
    n = 0
    for ca, cb in zip(a, b):
        if ca != cb:
            break
        n += 1
    return n >= VARIANT_PREFIX


def _figures(pa: PassageProfile, pb: PassageProfile) -> list[Difference]:
    out: list[Difference] = []
    units_a = pa.units()
    if not units_a:  # (the other passage need not be read at all)
        return out
    units_b = pb.units()
    qas, qbs = pa.figures(), pb.figures()
    candidates = []  # (shared context, distance of values, a, b): the likeliest pairs first
    for unit, in_a in units_a.items():  # figures of one kind and unit, never bare ones
        if unit == _BARE:
            continue
        open_a = None
        for unit_b in (unit, *_READINGS.get(unit, ())):  # (bare degrees, also against Celsius and Fahrenheit)
            in_b = units_b.get(unit_b)
            if in_b is None:
                continue
            # a figure some figure on the other side agrees with is never reported: set it aside first
            open_b = _unvouched(in_b, qbs, unit_b, pa)
            if not open_b:
                continue
            if open_a is None:
                open_a = _unvouched(in_a, qas, unit, pb)
            _pair(pa, pb, open_a, open_b, candidates)
    candidates.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    for *_rank, ia, ib in candidates:
        if ia in used_a or ib in used_b:
            continue
        qa = qas[ia]
        used_a.add(ia)
        used_b.add(ib)
        a_span, a_text = pa.quantity_span(ia)
        b_span, b_text = pb.quantity_span(ib)
        out.append(Difference(qa.kind, a_span, b_span, a_text, b_text))
    return out


def _pair(pa: PassageProfile, pb: PassageProfile, open_a: list[int], open_b: list[int], candidates: list) -> None:
    """Add to `candidates` the pairs of figures of A's `open_a` and B's `open_b` (of one unit, or
    two units one figure may be read in) that may tell one fact: (-shared context, distance, a, b)."""
    qas, qbs = pa.figures(), pb.figures()
    for ia in open_a:
        qa = qas[ia]
        for ib in open_b:
            qb = qbs[ib]
            if (needed := _needed(qa, qb)) is None:
                continue
            if qa.kind == "date" and (pa.date_role(ia) != pb.date_role(ib)
                                      or _a_day_apart(qa, qb) and pa.timed(ia) and pb.timed(ib)):
                continue  # a day something was said, or a deadline, against another day; one
                # moment told in two time zones ("14 July at 21:42 local time" / "15 July at 01:42 GMT")
            if qa.kind == "date" and (thing := pa.dated_thing(ia)) and pb.dated_thing(ib) not in ("", thing):
                continue  # "the 1989 act" / "the 1990 Declaration": the dates of two things
            if qa.kind == "date" and (bool(thing) != bool(pb.dated_thing(ib))) and _other_events(pa, ia, pb, ib, thing):
                continue  # "On 22 February the court ordered" / "the statement of 10 November 2020"
            if qa.kind == "date" and not thing and not pb.dated_thing(ib) and _other_deeds(pa, ia, pb, ib):
                continue  # "aprobó el pasado 4 de marzo" / "almacenaba el 10 de marzo": two deeds' dates
            if qa.kind == "date" and pa.opens_clause(ia) and pb.opens_clause(ib) and _event_words(
                    pa.context(ia), pb.context(ib), _days_of_a_month(qa, qb)) < MIN_DATE_WORDS:
                continue  # "Since 12 December the road has been blocked by activists" / "On 22 February
                # the court rejected the request to remove the activists": two clauses' events
            if qa.kind == "date" and ((place := pa.place_of(ia)) and place not in pb.context(ib)
                                      or (place := pb.place_of(ib)) and place not in pa.context(ia)):
                continue  # "driven out of Artsakh in 2023" / "expelled from Armenia in 1987–1991"
            if qa.kind == "number" and qa.unit not in _MEASURES and pa.fate(ia) != pb.fate(ib):
                continue  # a toll against a head count: "Eleven passengers died" / "340 passengers"
            if qa.kind == "number" and _has_deeds(qa.unit) and not pa.fate(ia) and _two_groups(pa.deed(ia), pb.deed(ib)):
                continue  # "12 protesters were arrested" / "300 people marched": two groups' counts;
                # "5,000 tonnes were shipped" / "3,000 tonnes arrived": two loads
            if qa.unit == "time" and _two_deeds_timed(pa.deed(ia), pb.deed(ib)):
                continue  # "was called three minutes after the alarm" / "sounded 90 minutes after the fire began"
            if qa.kind == "number" and _other_motions(pa.motion(ia), pb.motion(ib)):
                continue  # "fell 120 points" / "fell 1.5% to 9,850 points"; "won by 3,200 votes" / "won 43,200 votes"
            if qa.kind == "number" and (named := pa.named(ia)) and pb.named(ib) not in ("", named) and not (
                    _is_count(qa.unit) and (verb := pa.subject_verb(ia)) and pb.subject_verb(ib) == verb):
                continue  # "revenue of $4.1 billion" / "a profit of $900 million"; "loses 6 million francs" / "in repayments"
                # (not "A crowd of 4,000 people gathered" / "A march of 9,000 people gathered": see _subject_verb)
            if qa.kind == "number" and (held := pa.holder(ia)) and pb.holder(ib) not in ("", held):
                continue  # "A water taxi can carry twelve passengers" / "The ferry carries nine passengers"
            if qa.kind == "number" and pa.position(ia) != pb.position(ib):
                continue  # a demand, an offer, an outcome: "the union wants 12%" / "the company offered 4%"
            if qa.kind == "number" and _other_periods(pa.period(ia), pb.period(ib)):
                continue  # "$4.1 billion in 2023" / "$3.8 billion in 2022": two years' figures
            if qa.unit == AGE and not any(k.isupper() for k in pa.context(ia) & pb.context(ib)):
                continue  # two ages are of one person only beside one name: "Marlow, 34" / "Marlow, 43"
            if qa.unit == CLOCK and (began := pa.time_of(ia)) and pb.time_of(ib) not in ("", began):
                continue  # "began at 9am" / "ended at 4pm": the times of two things
            if _part_of_people(qa, qb):
                continue  # "killed 12 soldiers" / "killed 14 people": twelve of the fourteen may be soldiers
            if qa.unit == SCORE and not _one_match(pa.context(ia) & pb.context(ib)):
                continue  # "Varnholm won 3-1" / "Alder won 2-0": two matches
            shared = _shared(pa.context(ia), pb.context(ib), "date" if _is_ordinal(qa) else qa.kind,
                             qa.kind == "date" and _days_of_a_month(qa, qb))
            if shared < needed and _one_toll(qa, qb) and pa.outcomes(ia) & pb.outcomes(ib):
                shared = needed
            if shared < needed and qa.unit == "time" and any(k.isupper() for k in pa.context(ia) & pb.context(ib)):
                shared = needed  # "a citizen of the United States for 85 years": a name says what is timed
            if shared >= needed:
                distance = 0.0 if qa.unit == SCORE or qa.unit.startswith(CLOCK) else _distance(qa, qb)
                if qa.kind == "date" or distance <= MAX_ORDERS:
                    candidates.append((-shared, distance, ia, ib))


def _other_events(pa: PassageProfile, ia: int, pb: PassageProfile, ib: int, thing_a: str) -> bool:
    """Whether of two dates, one of a thing and one plain (`thing_a`: A's thing, or "" where
    B's date has one), the plain one opens its clause and the clause names nothing of the
    thing's noun phrase (see _FRONTING)."""
    plain, i, dated, j = (pb, ib, pa, ia) if thing_a else (pa, ia, pb, ib)
    if not plain.opens_clause(i):
        return False
    return {k.lower() for k in plain.context(i)}.isdisjoint(dated.phrase_words(j))


def _needed(a: Quantity, b: Quantity) -> int | None:
    """Shared context needed to take two figures of one kind and unit for one fact, or None
    when they cannot be: dates with no field that both give and that differs ("2019" /
    "September": as for agreement, see _share_a_field), counts of two different roles of
    people ("children" / "soldiers"). A ceiling against a figure that is none needs more (see
    MIN_SHARED_BOUND)."""
    if a.kind == "date":
        # (a day told without its month, "on the 7th", only parts the periods of figures: the
        # month it is of may be another event's)
        return None if values_agree(a, b) or not _has_month_or_year(a) or not _has_month_or_year(b) else MIN_SHARED
    if a.share_of != b.share_of:
        if (a.share_of and b.share_of) or is_subgroup(a.share_of) or is_subgroup(b.share_of):
            return None  # "48% of the vote" / "52% of the seats"; "30% of those over 65" / "12%"
        return MIN_SHARED_WHOLE
    if a.people == b.people:
        if a.unit == "time":
            return MIN_SHARED_DURATION
        return MIN_SHARED_BOUND if _is_ceiling(a) != _is_ceiling(b) else MIN_SHARED
    if a.people in PEOPLE_ROLES and b.people in PEOPLE_ROLES:
        return None
    return MIN_SHARED_OTHER_PEOPLE


# Two scores are of one match only beside a name both passages give (a team, a player; not a
# day, which many matches share) and at least this many context keys in all: one name alone
# ("Tarnov") is as often the team's next match.
MIN_SHARED_SCORE = 2


def _one_match(common: frozenset[str]) -> bool:
    """Whether two scores' shared context tells one match (see MIN_SHARED_SCORE)."""
    return len(common) >= MIN_SHARED_SCORE and any(
        k.isupper() and k[2:].lower() not in WEEKDAYS and k[2:].lower() not in MONTHS for k in common)


def _other_motions(a: str, b: str) -> bool:
    """Whether two figures told as these motions (quantities.motion) are two facts: a change
    and a level, or a margin and anything but a margin."""
    return a != b and ({a, b} == {"change", "level"} or "margin" in (a, b))


def _has_month_or_year(q: Quantity) -> bool:
    return bool(q.date[0] or q.date[2])


def _a_day_apart(a: Quantity, b: Quantity) -> bool:
    """Whether two dates that give a month and a day are one day apart (a year one leaves out
    is the other's)."""
    ya, _, ma, da, _ = a.date
    yb, _, mb, db, _ = b.date
    if not (ma and mb and da and db):
        return False
    try:
        apart = datetime.date(ya or yb or 2001, ma, da) - datetime.date(yb or ya or 2001, mb, db)
    except ValueError:  # "February 30"
        return False
    return abs(apart.days) == 1


def _is_ordinal(q: Quantity) -> bool:
    """Whether a figure is an ordinal of a unit ("the 67th minute"): a point in a sequence of
    events, which like a date needs shared words that say what happened (see _shared)."""
    return q.unit.startswith(ORDINAL)


def _is_ceiling(q: Quantity) -> bool:
    """Whether a figure is a ceiling, open below: "less than 3%", "up to 30"."""
    return q.lo == 0 < q.hi


def _part_of_people(a: Quantity, b: Quantity) -> bool:
    """Whether one count is of some people (a role but civilians, whose toll is the people's:
    see _one_toll; or a group: "soldiers", "children", "Armenians") and the other of people of
    any kind, and the first may be part of the second: no more of them than of people ("12
    soldiers" / "14 people"; "12 soldiers" / "four people" disagree)."""
    if a.unit != "people" or (a.people == "") == (b.people == "") or "civilian" in (a.people, b.people):
        return False
    people, part = (a, b) if a.people == "" else (b, a)
    return part.lo <= people.hi


def _one_toll(a: Quantity, b: Quantity) -> bool:
    """Whether two counts are of people and of civilians, one each (see EVENT_WINDOW)."""
    return a.unit == "people" and {a.people, b.people} == {"", "civilian"}


def _distance(a: Quantity, b: Quantity) -> float:
    """How far apart two figures are (orders of magnitude), or two dates (years)."""
    if a.kind == "date":
        return abs(a.date[0] - b.date[0])
    mid_a, mid_b = _middle(a), _middle(b)
    return abs(math.log10(max(abs(mid_a), 1e-9)) - math.log10(max(abs(mid_b), 1e-9)))  # (a sign: "-3C" / "3C")


def _middle(q: Quantity) -> float:
    """Where a figure's interval lies, on the scale of orders of magnitude that _distance
    measures: "thousands" (2,000 to 99,999) is some 14,000, not 51,000."""
    if math.isinf(q.hi):
        return q.lo
    return math.sqrt(q.lo * q.hi) if q.lo > 0 else (q.lo + q.hi) / 2


def _unvouched(indices: tuple[int, ...], found: tuple[Quantity, ...], unit: tuple[str, str],
               other: PassageProfile) -> list[int]:
    """Those of `indices` (figures of one kind and `unit`, never bare, among `found`) that no
    figure of the `other` passage vouches for: none of the same kind and unit, nor a bare figure,
    nor the total of the sums one of its clauses lists, agrees with it (see _vouching). A vouched
    figure may well tell the same as the other side, whatever else it could be paired with.
    (All of one unit at once: this is asked of every unit two linked passages count; and loops,
    not any() over a generator.)"""
    out = []
    if unit[0] == "date":
        theirs = other.figures()
        same = other.units().get(unit, ())
        for i in indices:
            q = found[i]
            for j in same:
                if values_agree(q, theirs[j]) and _share_a_field(q, theirs[j]):
                    break
            else:
                out.append(i)
        return out
    spans = other.vouching(unit)
    falling = unit not in _READINGS  # (bare degrees and their readings: no fall is told in them)
    for i in indices:
        lo_i, hi_i, falls = found[i].lo, found[i].hi, falling and found[i].falls
        for lo, hi in spans:
            if lo <= hi_i and lo_i <= hi or falls and lo <= -lo_i and -hi_i <= hi:
                break
        else:
            out.append(i)
    return out


def _vouching(unit: tuple[str, str], units: dict[tuple[str, str], tuple[int, ...]], other: tuple[Quantity, ...],
              totals: dict[tuple[str, str], list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """The intervals of values that a passage's quantities (`other`, indexed by `units`) vouch
    for in a figure of `unit` (not a date) of another passage, as values_agree meets them: its
    figures of that unit and its bare figures, the totals of the sums its clauses list
    (`totals`), a fall as the negative figure of its size ("fell 12%" / "-12%"); for bare
    degrees, Celsius or Fahrenheit, their readings in one another (_read_as)."""
    if unit in _READINGS:
        return _read_as(unit, units, other)
    same = units.get(unit, ())
    spans = [(other[j].lo, other[j].hi) for j in (*same, *units.get(_BARE, ()))]  # as values_agree meets them
    spans += totals.get(unit, ())
    # a fall and a negative figure of its size tell one change: "fell 12%" / "-12%"
    spans += [(-other[j].hi, -other[j].lo) for j in same if other[j].falls]
    return spans


# A temperature told in bare degrees ("3 degrees") is in Celsius or in Fahrenheit, which the text
# does not say: it is compared with one told in either, and agrees with it when it agrees under
# either reading ("25 °C" / "77 degrees"); "−3 °C" / "3 degrees" disagree under both. (Each unit:
# the units its figures are also compared with.)
_DEGREES, _CELSIUS, _FAHRENHEIT = ("number", "°"), ("number", "°c"), ("number", "°f")
_READINGS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    _DEGREES: (_CELSIUS, _FAHRENHEIT), _CELSIUS: (_DEGREES,), _FAHRENHEIT: (_DEGREES,)}


def _to_fahrenheit(c: float) -> float:
    return c * 9 / 5 + 32


def _to_celsius(f: float) -> float:
    return (f - 32) * 5 / 9


def _read_as(unit: tuple[str, str], units: dict[tuple[str, str], tuple[int, ...]],
             other: tuple[Quantity, ...]) -> list[tuple[float, float]]:
    """The intervals, on the scale of `unit` (degrees, Celsius or Fahrenheit), that the other
    side's figures of it and of the units it may be read in stand for, and its bare figures."""
    spans = [(other[j].lo, other[j].hi) for j in (*units.get(unit, ()), *units.get(_BARE, ()))]
    for theirs in _READINGS[unit]:
        for j in units.get(theirs, ()):
            lo, hi = other[j].lo, other[j].hi
            spans.append((lo, hi))  # (degrees read in the unit they are compared with)
            if _FAHRENHEIT in (unit, theirs):  # degrees read as Celsius, against Fahrenheit
                convert = _to_fahrenheit if unit == _FAHRENHEIT else _to_celsius
            else:  # degrees read as Fahrenheit, against Celsius
                convert = _to_celsius if unit == _CELSIUS else _to_fahrenheit
            spans.append((convert(lo), convert(hi)))
    return spans


# Sums of money one clause lists are parts of what is paid or got ("£5,000 in costs and £2,000 in
# compensation"): the other side's sum that is their total ("must pay £7,000") agrees with them.
# (Not counts of people: a toll of the killed and one of the wounded add up to nothing; a part
# of a count of people is _part_of_people's.)
_ADDED_UNITS = frozenset({"$", "€", "£", "₹"})


def _totals(found: list[Quantity], units: dict[tuple[str, str], list[int]],
            tokens: Tokens) -> dict[tuple[str, str], list[tuple[float, float]]]:
    """For each unit of money, the total of the sums each clause lists, where it lists two or more."""
    out: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for unit, indices in units.items():
        if len(indices) < 2 or unit[1] not in _ADDED_UNITS:
            continue
        clauses: dict[int, list[Quantity]] = {}
        for i in indices:
            clauses.setdefault(tokens.clause_start(found[i].first), []).append(found[i])
        for listed in clauses.values():
            if len(listed) > 1:
                out.setdefault(unit, []).append((sum(q.lo for q in listed), sum(q.hi for q in listed)))
    return out


def _share_a_field(a: Quantity, b: Quantity) -> bool:
    """Whether two dates both give a year, a month or a day: "2012" says nothing of whether
    "December" is right."""
    return bool((a.date[0] and b.date[0]) or (a.date[2] and b.date[2]) or (a.date[3] and b.date[3]))


def _names(pa: PassageProfile, pb: PassageProfile, swap: bool, out: list[Difference],
           joined: Joined | None = None) -> None:
    """Add to `out` the names `pa` mentions and `pb` does not (`swap`: `pa` is side B); a name
    the aligner joined with one of `pb`'s (`joined`) is one `pb` mentions."""
    groups, lower = pb.groups, pb.lower
    english = pa.language == "en"
    forms, initials_there, spelling_ends = pb.short_forms, pb.initials, pb.spelling_ends.keys()
    capitalised = pb.capitalised
    written = pb.passage.text
    joined_heads = joined.heads if joined is not None else None
    for name in pa.names:
        if name[0] in groups:  # (half the names tried: nothing more of them is unpacked)
            continue
        key, heads, stems, span, text, initials, ends, city, short, clipped, demonym = name
        several = len(heads) > 1
        for head in heads:  # the other side says it as a name, if only opening a longer word ("Iran"
            # in "Iranian"): a capitalised word of it opens with it (its heads, in `capitalised`)
            if several:
                if " " + head in capitalised or ((at := lower.find(head)) >= 0
                                                 and _said_as_name(head, lower, written, True, at)):
                    break
            elif (at := lower.find(head)) >= 0 and ((not at or not lower[at - 1].isalnum()) and len(head) > MAX_SHORT_HEAD
                                                    or _said_as_name(head, lower, written, False, at)):
                break  # (its first place tried here: most often the one)
        else:
            for stem in stems:  # or the place a people or adjective is of ("Tarnovian": "Tarnovia")
                if stem in lower and _at_word_start(lower, stem):
                    break
            else:
                # or names it another way: abbreviated ("IAEA" / "International Atomic Energy
                # Agency", either way round) or spelt otherwise ("Kharkiv" / "Kharkov")
                if ((initials and forms and _abbreviated_there(initials, forms, city))
                        or (short and initials_there and _expanded_there(short, initials_there))
                        or (clipped and heads[0][:MIN_CLIPPED] in lower and _clipped_there(heads[0], pb))
                        or (not spelling_ends.isdisjoint(ends) and _spelt_otherwise(heads, capitalised))
                        or (joined_heads is not None and (heads_joined := joined_heads[heads])
                            and joined.there(heads_joined, capitalised))
                        or ((not english or not text.isascii()) and _inflected_there(heads, english, pb))
                        or (key[-1] == "." and _contracted_there(heads[0], capitalised))
                        or ("." in capitalised and _contraction_there(heads, capitalised))
                        or (demonym is not None and demonym in capitalised and _demonym_there(heads[0], capitalised))
                        or (several and _written_whole(text, lower))
                        or (not several and text[-1:] in "sz" and _sibilant_there(text, capitalised, lower))):
                    continue
                # (made as the tuple it is, without the named tuple's constructor: names one side
                # lacks are the most of all differences, over a hundred thousand between two long articles)
                out.append(_new_difference(Difference, ("name", None, span, None, text, "") if swap
                                           else ("name", span, None, text, None, "")))


def _written_whole(name: str, lower: str) -> bool:
    """Whether the other passage (`lower`, casefolded) writes a name of several words whole, if
    in lowercase ("the declaration of independence" for "Declaration of Independence"; not "the
    budget office" for "Varn Budget Office"), as words of their own."""
    at = lower.find(name.casefold())
    end = at + len(name)
    return at >= 0 and (at == 0 or not lower[at - 1].isalnum()) and not lower[end : end + 1].isalnum()


# A head of this many letters or fewer is said only as a word of its own ("AP", not "April")
MAX_SHORT_HEAD = 2


def _said_as_name(head: str, lower: str, text: str, several: bool, at: int) -> bool:
    """Whether a passage (`text`, and `lower` casefolded) says the name word `head` as a name:
    at the start of a word ("Iran" in "Iranian", "Kessler" in "anti-Kessler"; not "ben" in
    "benefits"), written with a capital if it is one of `several` words of a name (in a script
    that has them: not "budget" in "the budget office" for "Varn Budget Office"; "peoples" says
    the "Peoples" of "our Peoples"), as a whole word if it is a short one (MAX_SHORT_HEAD: "AP", "AP's", not in
    "April"; "Fed" is in "Federal"). `at`: where `lower` first holds `head`."""
    while at >= 0:
        end = at + len(head)
        if ((not several or not text[at].islower()) and (at == 0 or not text[at - 1].isalnum())
                and (len(head) > MAX_SHORT_HEAD or not text[end : end + 1].isalnum())):
            return True
        at = lower.find(head, at + 1)
    return False



# How a passage writes an abbreviation (see _short_forms): as it is, with a version's digit
# after it ("IE6"), with the "C" of "City" after it ("NYC").
_WRITTEN, _VERSIONED, _CITY = 1, 2, 4
_NO_FORMS: dict[str, int] = {}  # (a passage that writes no abbreviation: most; never written to)


def _short_forms(abbreviations: list[str]) -> dict[str, int]:
    """The abbreviations a passage writes, each with how (a sum of _WRITTEN, _VERSIONED, _CITY),
    and each less a last letter that may stand for what a name leaves out (see _left_out), with
    what that letter was: "IE6" gives "IE6" written and "IE" versioned; "NYC", "NY" with a "C".
    A dict of strings and ints, which the garbage collector need not track."""
    forms: dict[str, int] = {}
    for a in abbreviations:
        forms[a] = forms.get(a, 0) | _WRITTEN
        if a[-1].isdigit():
            forms[a[:-1]] = forms.get(a[:-1], 0) | _VERSIONED
        elif a[-1] == "C":
            forms[a[:-1]] = forms.get(a[:-1], 0) | _CITY
    return forms


def _abbreviated_there(initials: str, forms: dict[str, int], city: bool) -> bool:
    """Whether the other passage (its abbreviations: `forms`, see _short_forms) abbreviates a
    name of these initials ("IAEA"; with its joiners' too: "BE BOE"), perhaps with the letter
    of "City" the name leaves out ("New York": "NYC"; where `city`, see _left_out) or a version
    ("Internet Explorer": "IE6")."""
    wanted = _WRITTEN | _VERSIONED | (_CITY if city else 0)
    for each in initials.split():
        if forms.get(each, 0) & wanted:
            return True
    return False


def _left_out(char: str, city: bool) -> bool:
    """Whether the last character of an abbreviation may stand for what a name leaves out: a
    version's digit ("IE6"), or the "C" of "City" after a name that may be a city's (`city`)."""
    return char == "C" and city or char.isdigit()


def _may_be_a_city(name: str) -> bool:
    """Whether "City" may follow a name of several words ("New York": "NYC"): not when its last
    word is a plural ("United Nations", "United States", "Virgin Islands"), which names a union
    or a group, never one city ("UNC" is no "United Nations")."""
    last = name.rsplit(None, 1)[-1].casefold()
    return not (last.endswith("s") and not last.endswith("ss"))


@lru_cache(maxsize=65536)
def _city_and_short(name: str) -> tuple[bool, str]:
    """Whether "City" may follow a name (_may_be_a_city), and the abbreviation it is ("" for
    none): asked of every name of every passage read, and names recur ("Israel")."""
    return _may_be_a_city(name), abbreviation(name)


def _expanded_there(short: str, initials_there: dict[str, bool]) -> bool:
    """Whether a name that is an abbreviation (`short`: "IAEA", "BOE", "NYC", as
    mentions.abbreviation gives it) is spelt out in the other passage: a name there has its
    initials, perhaps without a last letter it leaves out ("New York" for "NYC")."""
    return (short in initials_there
            or len(short) > 2 and short[:-1] in initials_there and _left_out(short[-1], initials_there[short[:-1]]))


# A name's first word clipped ("the Fed" for "Federal Reserve"): MIN_CLIPPED to MAX_CLIPPED
# letters, at least two fewer than the word; longer, a clipping is another word or name
# ("Jackson" / "Jacksonville Jaguars", "South" / "Southern Kordofan").
MIN_CLIPPED = 3
MAX_CLIPPED = 4
# ... written after a lowercase word or an article ("the Fed", "The Fed"), as a name of its own
_CLIPPED_AFTER = re.compile(r"(?<![\w'’-])(?:[a-z]+|The|A|An)\s+$")


def _clipped_there(head: str, pb: PassageProfile) -> bool:
    """Whether the other passage writes the first word `head` of a name of several words
    clipped ("the Fed" for "Federal Reserve"): with a capital, as a word of its own, after a
    lowercase word or an article (not opening a sentence otherwise: "Act now"), no capitalised
    word after it ("Fed Chair Powell" names more: "Species Act" is another name)."""
    text, lower = pb.passage.text, pb.lower
    for length in range(MIN_CLIPPED, min(MAX_CLIPPED, len(head) - 2) + 1):
        clipped = head[:length]
        at = lower.find(clipped)
        while at >= 0:
            end = at + length
            if (text[at].isupper() and not text[end:end + 1].isalnum()
                    and _CLIPPED_AFTER.search(text[max(0, at - 30):at])
                    and not text[end:].lstrip(" ")[:1].isupper()):
                return True
            at = lower.find(clipped, at + 1)
    return False


def _demonym_there(head: str, capitalised: str) -> bool:
    """Whether the other passage (its capitalised words, joined by spaces) writes the people or
    an adjective of the place a one-word name `head` names: the place less its last letter or
    two (at least MIN_DEMONYM_STEM letters left), and a demonym ending or none ("Germany":
    "German", "China": "Chinese", "Turkey": "Turkish"). The other way round, a people said
    where the other side names the place, is a name's stems (mentions._demonym_stems)."""
    for cut in (1, 2):
        stem = head[:-cut]
        if len(stem) < MIN_DEMONYM_STEM or stem not in capitalised:
            continue
        for word in capitalised.split():
            # (the ending may be none only for a "-y" dropped: "Germany": "German", not "Palmer": "Palm")
            if word.startswith(stem) and (word[len(stem):] in DEMONYM_ENDINGS
                                          or len(word) == len(stem) and cut == 1 and head[-1] == "y"):
                return True
    return False


# A language that declines names writes one name with another ending in each sentence ("Игорь
# Ветров" / "губернатора Игоря Ветрова", "Νίκος Παππάς" / "τον Νίκο Παππά", "Işıklı'da" /
# "IŞIKLI köyü"): there a name word is said where the other passage has a word that starts
# with all of it but its last INFLECTION_LETTERS letters, and at least MIN_INFLECTED_STEM
# letters, once accents, case and a Turkic case ending after an apostrophe are folded away
# (text.fold). English names in English text keep the exact test: a miss is the safer mistake
# here, but English has no case endings to forgive.
INFLECTION_LETTERS = 2
MIN_INFLECTED_STEM = 4
# A name shorter than MIN_INFLECTED_STEM is there where the other passage has a word of its
# key (the aligner's stem: "Ким" / "Кимом") written with a capital, as a name is ("мире",
# peace, is no "Мир"), if the key has this many letters: a two-letter one ("Ли") is as likely
# a particle of the language ("ли").
MIN_KEYED_NAME = 3


def _inflected_there(heads: tuple[str, ...], english: bool, pb: PassageProfile) -> bool:
    """Whether the other passage says one of `heads` with another ending (see INFLECTION_LETTERS),
    or a capitalised word the aligner keys as it (a short name's case, "Ким" / "Кимом")."""
    for head in heads:
        if english and head.isascii():
            continue
        folded = fold(head)
        key = name_key(head)
        if len(key) - 2 >= MIN_KEYED_NAME and key in pb.capital_keys():
            return True
        if len(folded) < MIN_INFLECTED_STEM:
            continue
        stem = folded[: max(MIN_INFLECTED_STEM, len(folded) - INFLECTION_LETTERS)]
        if any(word.startswith(stem) for word in pb.folded_words()):
            return True
    return False


def _contracted_there(short: str, capitalised: str) -> bool:
    """Whether the other passage (its capitalised words) gives in full a name abbreviated with a
    full stop ("Ky.": "Kentucky", a word of its first letter that keeps its letters in order)."""
    return any(_contracts(short, word) for word in capitalised.split())


def _contraction_there(heads: tuple[str, ...], capitalised: str) -> bool:
    """Whether the other passage abbreviates with a full stop (as mentions reads "Ky.": "ky."
    among its capitalised words) a word of a name ("Kentucky")."""
    return any(_contracts(word[:-1], head) for word in capitalised.split() if word.endswith(".") for head in heads)


def _contracts(short: str, word: str) -> bool:
    """Whether `short` is a shortening of `word`: its beginning ("tenn", "tennessee"), or its first
    and last letters and some of those between in order ("ky", "kentucky"; "fla", "florida"; not
    "mo", "mcculloch"), or a state's abbreviation ("mo", "missouri": STATE_ABBREVIATIONS)."""
    if STATE_ABBREVIATIONS.get(short) == word:
        return True
    if not short or len(word) <= len(short) or word[0] != short[0]:
        return False
    if word.startswith(short):
        return True
    letters = iter(word[1:-1])
    return word[-1] == short[-1] and all(c in letters for c in short[1:-1])


def _spelt_otherwise(heads: tuple[str, ...], capitalised: str) -> bool:
    """Whether the other passage (its capitalised words, joined by spaces) writes one of
    `heads` another way ("Kharkov" for "kharkiv", aliases.same_name, which holds only of
    words with the same first and last letters, so only those are compared), also once the
    front vowels transliterations swap are one letter, the two are one word ("Kiev" / "Kyiv",
    "Mykolaiv" / "Mikolaiv": see _front_vowels_folded; nearly alike is not enough then, as
    "i" becomes too common a letter: "Pashinyan" / "Palestinian"), and a voiced last consonant
    as its voiceless one ("Stepanakerd" / "Stepanakert": DEVOICED)."""
    words = capitalised.split()
    for head in heads:
        first, last = head[:1], DEVOICED.get(head[-1:], head[-1:])
        for theirs in words:
            if (theirs[0] == first and DEVOICED.get(theirs[-1], theirs[-1]) == last
                    and (same_name(head, theirs) or _front_vowels_folded(head) == _front_vowels_folded(theirs))):
                return True
    return False


def _sibilant_there(written: str, capitalised: str, lower: str) -> bool:
    """Whether the other passage (its capitalised words, joined by spaces, and `lower`, its text
    casefolded) writes the one-word name `written` ("Araks", as written: its head has lost the
    "s" a plural would have) with its last sibilant otherwise ("Araz"; see _front_vowels_folded),
    the rest alike; a word of theirs may have lost its "s" so too ("arak", where it writes "araks")."""
    word = written.casefold()
    if not word.isalpha() or len(word) < NAME_MIN:
        return False
    folded = _front_vowels_folded(word)
    return any(theirs[0] == word[0] and (_front_vowels_folded(theirs) == folded
                                         or theirs[-1] == "k" and _front_vowels_folded(theirs + "s") == folded
                                         and theirs + "s" in lower)
               for theirs in capitalised.split())


class Joined:
    """The word keys the aligner joined into one for a pair of articles (Alignment.aliases: a
    spelling variant, "Stepanakerd" / "Stepanakert", or one side's name given as the other's,
    "Khankandi (Stepanakert)"): the evidence of their links shows such two words as a match,
    so neither is a name the other passage lacks."""

    def __init__(self, aliases: Mapping[str, str]) -> None:
        self.aliases = aliases
        self.keys = frozenset(aliases) | frozenset(aliases.values())
        # each name's heads asked about: the key of each head that was joined, and the key it
        # was joined into; () for none (most: a name's heads are asked about on every link of
        # its passage, so this is one look-up in C)
        self.heads = _JoinedHeads(self.aliases, self.keys)

    def there(self, joined: tuple[tuple[str, str], ...], capitalised: str) -> bool:
        """Whether `capitalised` (a passage's capitalised words) holds a word joined with one
        of a name's heads (`joined`: as self.heads gives them)."""
        for key, one in joined:
            if any(self.aliases.get(k, k) == one for theirs in capitalised.split()
                   if (k := name_key(theirs)) != key and k in self.keys):
                return True
        return False


class _JoinedHeads(dict):
    """A name's heads -> the (key, joined key) of those the aligner joined (`aliases`, whose
    words are `keys`), made on first use."""

    def __init__(self, aliases: Mapping[str, str], keys: frozenset[str]) -> None:
        super().__init__()
        self.aliases, self.keys = aliases, keys

    def __missing__(self, heads: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
        found = self[heads] = tuple([(key, self.aliases.get(key, key)) for key in map(name_key, heads) if key in self.keys])
        return found


_FRONT_VOWELS = str.maketrans("ye", "ii")
# A name's last sibilant, one letter in one transliteration and a cluster in another ("Araz" /
# "Araks", "Kolomyz" / "Kolomyts"): written "s" when two spellings are compared
_SIBILANT_END = re.compile(r"(?:ks|ts|tz|z)$")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def _front_vowels_folded(word: str) -> str:
    """A lower-case name word with "y" and "e" written "i", doubled letters once ("kyiv",
    "kiev": "kiv") and a voiced last consonant voiceless (DEVOICED: "stepanakerd":
    "stipanakirt"), a last sibilant cluster one "s" ("araks", "araz": "aras", _SIBILANT_END, in a
    word of NAME_MIN letters or more): the letters one language's name is written with in another's alphabet
    most often differ in ("Київ", "Киев"). Other vowels stay, so "Iran" / "Iron" and "Lviv" /
    "Lvov" remain apart, as under same_name itself. (Remembered: a name word is compared on
    every link of its passage, with every word of the other side that could be it.)"""
    folded = _DOUBLED.sub(r"\1", word.translate(_FRONT_VOWELS))
    if len(folded) >= NAME_MIN and folded[-1] in "sz":
        folded = _SIBILANT_END.sub("s", folded)
    return folded[:-1] + DEVOICED.get(folded[-1:], folded[-1:])


def _at_word_start(text: str, part: str) -> bool:
    """Whether `part` occurs in `text` at the start of a word ("oman" in "oman's", not in
    "woman")."""
    at = text.find(part)
    while at >= 0:
        if at == 0 or not text[at - 1].isalnum():
            return True
        at = text.find(part, at + 1)
    return False


def _framing(pa: PassageProfile, pb: PassageProfile, glossary: Glossary) -> list[Difference]:
    out: list[Difference] = []
    if not (pa.terms and pb.terms):
        return out
    a_terms, b_terms = pa.term_groups(), pb.term_groups()
    for key in [key for key in a_terms if key in b_terms]:  # in A's order: the same output on every run
        # a term one side never uses, against the other side's name for the thing: both
        # sides' own terms first ("Artsakh" / "separatist enclave"), else one side's extra
        # term ("Israel" / "Israel" and "Zionist regime")
        pairs = sorted(((ta in b_terms[key]) + (tb in a_terms[key]), n, ta, tb)
                       for n, (ta, tb) in enumerate((ta, tb) for ta in a_terms[key] for tb in b_terms[key])
                       if (ta not in b_terms[key] or tb not in a_terms[key])
                       and not _is_variant(ta, tb) and _labels_differ(glossary, ta, tb))
        if not pairs:
            continue
        _overlap, _n, ta, tb = pairs[0]
        ma, mb = a_terms[key][ta], b_terms[key][tb]
        a_span, a_text = pa.span(ma.lo, ma.hi)
        b_span, b_text = pb.span(mb.lo, mb.hi)
        note = "; ".join(sorted(f"{text}: {label}" for text, label in ((a_text, glossary.label(ta)),
                                                                      (b_text, glossary.label(tb))) if label))
        out.append(Difference("framing", a_span, b_span, a_text, b_text, note))
    return out


def _labels_differ(glossary: Glossary, ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """Whether two terms of one group carry different framing labels (no label is a label of
    its own: "Artsakh" against a plain "Nagorno-Karabakh" frames; two plain terms do not).
    Unlabelled groups never frame: on the seeds they mostly hold synonyms and metonyms
    ("soldiers" / "troops", "Azerbaijan" / "Baku"), which are not a side's choice of words."""
    return glossary.label(ta) != glossary.label(tb)


def compare(pa: PassageProfile, pb: PassageProfile, glossary: Glossary,
            joined: Joined | None = None) -> tuple[Difference, ...]:
    """Every difference between two passages, figures first, then names, then framing
    (`joined`: the words the aligner joined, see Joined)."""
    out = _figures(pa, pb) if pa.may_have_figures and pb.may_have_figures else []
    if pa.names:
        _names(pa, pb, False, out, joined)
    if pb.names:
        _names(pb, pa, True, out, joined)
    if pa.terms and pb.terms:
        out += _framing(pa, pb, glossary)
    return tuple(out)


# The language of two articles is told from this many characters of each: enough words for
# the word lists to tell the languages apart, and the same cost for any length of article.
LANGUAGE_SAMPLE = 20_000
_LETTERS = re.compile(r"[^\W\d_]+")


# Below this share of the articles' words known to the list that knows most of them, their
# language is one no list has (Armenian, Georgian: under 0.01 of their words; Azerbaijani
# shares 0.24 with Turkish, Chinese and Japanese, cut into runs here, 0.12 with theirs), and
# English rules (its thousands separator, its names' exact spelling) are not applied to it.
MIN_KNOWN_SHARE = 0.05


def _language(a: Article, b: Article) -> str | None:
    """The language of two articles, by the word list that knows most of their words; None
    for one no list knows."""
    words = {w for article in (a, b) for w in _LETTERS.findall(article.text[:LANGUAGE_SAMPLE].casefold())}
    language = language_of(words)
    known = word_list(language)
    if words and sum(1 for w in words if w in known) < MIN_KNOWN_SHARE * len(words):
        return None
    return language


class Differ:
    """Differences of the links between two articles' units; each unit is read once, on the
    first link that needs it, so a reader asking about one link pays for two passages."""

    def __init__(self, a: Article, b: Article, a_units: Sequence[Passage], b_units: Sequence[Passage],
                 glossary: Glossary, aliases: Mapping[str, str] | None = None) -> None:
        self.a, self.b, self.a_units, self.b_units, self.glossary = a, b, a_units, b_units, glossary
        # the words the aligner joined (Alignment.aliases): never a name one side lacks
        self._joined = Joined(aliases) if aliases else None
        self._a: dict[int, PassageProfile] = {}
        self._b: dict[int, PassageProfile] = {}
        language = _language(a, b)
        self._reader = Reader(glossary, language, capitalised_nouns([a.text, b.text], language), _WORD_CACHE,
                              institutions(a) | institutions(b))
        self._lowercase_words: dict[tuple[int, str], bool] = {}
        self._openers = OpenerEvidence((a.text, b.text), language)

    def _lowercase(self, article: Article, head: str) -> bool:
        """written_lowercase for one of the two articles, each word looked up once."""
        key = (id(article), head)
        found = self._lowercase_words.get(key)
        if found is None:
            found = self._lowercase_words[key] = written_lowercase(article.text, head)
        return found

    @classmethod
    def of(cls, alignment, glossary: Glossary) -> Differ:
        """The differ of an Alignment's two articles at its granularity, with the words its
        aligner joined."""
        return cls(alignment.a, alignment.b, alignment.a_units, alignment.b_units, glossary, alignment.aliases)

    def between(self, i: int, j: int) -> tuple[Difference, ...]:
        """Differences between unit i of A and unit j of B."""
        pa = self._a.get(i)
        if pa is None:
            pa = self._a[i] = PassageProfile(self.a, self.a_units[i], self._reader, self._lowercase, self._openers)
        pb = self._b.get(j)
        if pb is None:
            pb = self._b[j] = PassageProfile(self.b, self.b_units[j], self._reader, self._lowercase, self._openers)
        return compare(pa, pb, self.glossary, self._joined)
