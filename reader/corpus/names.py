"""What a person's name on a byline looks like, for the byline reader and the passage kinds.

Titles open with "By" as bylines do ("By Land and Sea", "By Any Means", "By Design"), in the
same capitals, so a name must look like one: capitalised words, initials and name particles,
no function word ("Any", "The", "Our"), and each person a given name and a surname (or
initials and a surname), unless the line goes on to a role, an outlet or a date, which a
title does not ("By Keren | The Ledger").
"""

from __future__ import annotations

import re
import unicodedata

from reader.corpus.dates import MONTHS

# What a page prints between the parts of one line of metadata ("March 15, 2026 | 4 min read",
# "By Ivo Marek / The Ledger").
META_SEPARATOR = re.compile(r"\s+[|·•/]\s+|\s+[—–-]\s+")
_NAME_MAX_WORDS = 10  # three people with middle names and "and" between them
# "Posted by", "Published by": how a blog prints its byline; and how the languages of the news
# read beside English print theirs: "Par", "Por", "Von" before the name, or a label and a colon
# ("Автор: Иван Петров", "Yazar: Ayşe Demir", "Müəllif: …", Armenian "Հեղինակ՝ …" with its own
# colon-like mark), which says a byline as a role does.
LEAD = re.compile(r"\s*(?:(?:by|written by|words by|story by|text by|posted by|published by"
                  r"|par|écrit par|por|escrito por|von)\s*:?"
                  r"|(?P<label>author|auteur|autor|автор|автор текста|текст|yazar|yazan|müəllif|հեղինակ)\s*[:՝])"
                  r"\s+(?P<rest>\S.*)",
                  re.IGNORECASE)
# Words of a name that are written in lower case ("Ursula von der Leyen"), and what joins two names.
PARTICLES = frozenset({"de", "del", "della", "der", "den", "di", "da", "dos", "das", "du", "la", "le", "van",
                        "von", "ter", "ten", "al", "el", "bin", "ibn", "y", "e", "zu", "af"})
_JOINS = frozenset({"and", "&", "et", "und", "и", "ve", "və"})
# Words that open or fill titles but never a name: articles, determiners, pronouns, prepositions,
# conjunctions and a few adverbs, capitalised in a title's case ("An" is left out: a given name).
FUNCTION_WORDS = frozenset("""
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
        if (low in FUNCTION_WORDS and not INITIALS.fullmatch(word)) or not _NAME_WORD.fullmatch(word) \
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


LINE_MAX = 160  # characters: a byline with a role, an outlet and a date
_FOR = re.compile(r"\s+for\s+(?=\S)", re.IGNORECASE)
MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
# Where a byline goes on to its date ("Posted by Ruth Okafor on 9 February 2026"): " on " and a
# date (a weekday, a day or a month first).
ON_DATE = re.compile(rf"\s+on\s+(?=(?:\w+day,?\s+)?(?:\d|(?:{MONTH_NAME})\b))", re.IGNORECASE)


def byline_parts(line: str) -> tuple[str, list[str]] | None:
    """The name a byline gives (as written) and the parts of the line after it (a role, an
    outlet, a date), or None when `line` is no byline: its lead must be followed by a name
    ("Par ailleurs, …" names nobody)."""
    line = line.strip()
    lead = LEAD.fullmatch(line) if len(line) <= LINE_MAX else None
    if lead is None:
        return _caseless_byline(line)
    parts = [p.strip(" ,;:") for p in META_SEPARATOR.split(lead.group("rest"))]
    named = _FOR.split(parts[0], maxsplit=1)  # "By Ivo Marek for The Ledger"
    named[:1] = ON_DATE.split(named[0], maxsplit=1)  # "By Ivo Marek on March 2, 2026"
    parts[:1] = named
    # After a comma comes a role ("Staff Writer"), a place or an agency: which, the line does
    # not say, so none of them is taken for the outlet.
    name, _, after = parts[0].partition(",")
    name = re.sub(r"\s*&\s*", " & ", name.strip())
    if name.endswith(".") and not INITIALS.fullmatch(name.split()[-1]):
        name = name[:-1]  # the line's full stop, not an initial's
    if not is_name(name, confirmed=bool(after.strip()) or any(parts[1:]) or lead.group("label") is not None):
        return None
    return name, parts[1:]


# A byline in a script without capitals, where no name can be told by its case: a label that
# says so, with a colon ("作者：张明", "كتب: أحمد علي", Persian "نویسنده: علی رضایی"), or the word
# for "by" that only a byline opens with ("بقلم أحمد علي", "به قلم علی رضایی", "מאת דנה לוי"),
# then a name of at most _CASELESS_NAME_WORDS words of such a script, nothing else on the line.
_CASELESS_LEAD = re.compile(r"\s*(?:(?:作者|记者|記者|撰文|文|كتب|الكاتب|الكاتبة|نویسنده|خبرنگار|כתב|כתבה)\s*[:：]"
                            r"|(?:بقلم|به قلم)\s*[:：]?|מאת)\s*(?P<rest>\S.*)")
_CASELESS_NAME_WORDS = 4


def _caseless_byline(line: str) -> tuple[str, list[str]] | None:
    lead = _CASELESS_LEAD.fullmatch(line) if len(line) <= LINE_MAX else None
    if lead is None:
        return None
    parts = [p.strip(" ,;:") for p in META_SEPARATOR.split(lead.group("rest"))]
    name = parts[0]
    words = name.split()
    if not words or len(words) > _CASELESS_NAME_WORDS or not all(_caseless_word(w) for w in words):
        return None
    return name, parts[1:]


def _caseless_word(word: str) -> bool:
    """Letters (and marks) of a script without capitals, and nothing else."""
    return all(c.isalpha() and c.upper() == c.lower() or unicodedata.category(c)[0] == "M" for c in word)
