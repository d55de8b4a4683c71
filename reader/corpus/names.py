"""What a person's name on a byline looks like, for the byline reader and the passage kinds.

Titles open with "By" as bylines do ("By Land and Sea", "By Any Means", "By Design"), in the
same capitals, so a name must look like one: capitalised words, initials and name particles,
no function word ("Any", "The", "Our"), and each person a given name and a surname (or
initials and a surname), unless the line goes on to a role, an outlet or a date, which a
title does not ("By Keren | The Ledger").
"""

from __future__ import annotations

import re

# What a page prints between the parts of one line of metadata ("March 15, 2026 | 4 min read",
# "By Ivo Marek / The Ledger").
META_SEPARATOR = re.compile(r"\s+[|·•/]\s+|\s+[—–-]\s+")
_NAME_MAX_WORDS = 10  # three people with middle names and "and" between them
# "Posted by", "Published by": how a blog prints its byline.
LEAD = re.compile(r"\s*(?:by|written by|words by|story by|text by|posted by|published by)\s*:?\s+(?P<rest>\S.*)",
                  re.IGNORECASE)
# Words of a name that are written in lower case ("Ursula von der Leyen"), and what joins two names.
PARTICLES = frozenset({"de", "del", "della", "der", "den", "di", "da", "dos", "das", "du", "la", "le", "van",
                        "von", "ter", "ten", "al", "el", "bin", "ibn", "y", "e", "zu", "af"})
_JOINS = frozenset({"and", "&"})
# Words that open or fill titles but never a name: articles, determiners, pronouns, prepositions,
# conjunctions and a few adverbs, capitalised in a title's case ("An" is left out: a given name).
_NOT_NAMES = frozenset("""
a the any all some no every each other another this that these those such what which whose who
my our your his her its their one many more most few much of in on at to for from with without into
over under about after before through between against across along behind beyond or nor but not
now never ever only alone again far then so too very just also both half here there how when where
why if yet
""".split())
# A name word: a capitalised word (hyphens, apostrophes, inner capitals: "Zaïm-Bashi",
# "O'Neil", "McDonald"), or initials ("J.", "J.R.").
INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}")
_NAME_WORD = re.compile(rf"{INITIALS.pattern}|[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*\.?")


def is_name(text: str, confirmed: bool) -> bool:
    """Whether `text` names people; a single word for a person only when the line is `confirmed`
    a byline by what follows the name."""
    words = text.split()
    if not words or len(words) > _NAME_MAX_WORDS:
        return False
    if words[0].lower() in _JOINS or words[-1].lower() in _JOINS or words[0].lower() in PARTICLES:
        return False
    person = 0  # name words of the person being read
    for word in words:
        low = word.lower()
        if low in _JOINS:
            if person < 2 and not confirmed:
                return False
            person = 0
            continue
        if low in PARTICLES:
            continue
        if (low in _NOT_NAMES and not INITIALS.fullmatch(word)) or not _NAME_WORD.fullmatch(word) \
                or not word[0].isupper():
            return False
        person += 1
    return person >= 2 or confirmed


def titled_by(line: str) -> bool:
    """Whether `line` is a title that opens with "By" ("By Land and Sea"), not a byline: it goes
    on to no role, outlet or date, and what follows "By" names nobody."""
    lead = LEAD.fullmatch(line.strip())
    if lead is None or "," in lead.group("rest") or META_SEPARATOR.search(lead.group("rest")):
        return False
    return not is_name(lead.group("rest").rstrip("."), confirmed=False)
