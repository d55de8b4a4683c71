"""Who wrote an article, read from the byline a text file carries near its top.

A page copied to plain text or Markdown keeps its byline as a line of text ("By Ivo Marek |
Dovranian News Agency", "By ANNA LIND, Staff Writer") and loses the page's metadata. The line
is page furniture (reader.corpus.kinds), but the name on it is what the pane header and a
citation need, so the loader takes the author, and the outlet when the line names one, from
here when front matter and corpus.toml say nothing.

Only a line that reads as a byline through and through gives a name: "By" and then words that
look like names (capitalised, initials, name particles, "and" between two people), optionally a
role after a comma and the outlet or a date after a separator. "By the time the troops
arrived" names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.corpus.kinds import META_SEPARATOR, is_stamp

# The byline is among the first lines: the title, a standfirst, the byline, a date line, a
# share bar and an image credit come before the first paragraph.
OPENING_PASSAGES = 12
_LINE_MAX = 160  # characters: a byline with a role, an outlet and a date
_NAME_MAX_WORDS = 10  # three people with middle names and "and" between them

_LEAD = re.compile(r"\s*(?:by|written by|words by|story by|text by)\s*:?\s+(?P<rest>\S.*)", re.IGNORECASE)
_FOR = re.compile(r"\s+for\s+(?=\S)", re.IGNORECASE)
# Words of a name that are written in lower case ("Ursula von der Leyen"), and what joins two names.
_PARTICLES = frozenset({"de", "del", "della", "der", "den", "di", "da", "dos", "das", "du", "la", "le", "van",
                        "von", "ter", "ten", "al", "el", "bin", "ibn", "y", "e", "zu", "af"})
_JOINS = frozenset({"and", "&"})
# A name word: a capitalised word (hyphens, apostrophes, inner capitals: "Zaïm-Bashi",
# "O'Neil", "McDonald"), or initials ("J.", "J.R.").
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}")
_NAME_WORD = re.compile(rf"{_INITIALS.pattern}|[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*\.?")
# Words that say what the person is, not who: a part after a separator holding one is no outlet.
_ROLE = re.compile(
    r"\b(?:staff|writer|reporter|correspondent|editor|columnist|contributor|journalist|author|bureau|desk|chief"
    r"|senior|special|foreign|political|freelance|analyst|producer|intern|fellow|professor|researcher)s?\b",
    re.IGNORECASE,
)
# Cased names written in capitals that title case would spell wrong: "MCDONALD" is McDonald,
# "MACDONALD" MacDonald or Macdonald, "MACHADO" Machado. Such a name is left as written.
_AMBIGUOUS_CAPS = re.compile(r"\b(?:MC|MAC)\w", re.IGNORECASE)


def _is_name(text: str) -> bool:
    words = text.split()
    if not words or len(words) > _NAME_MAX_WORDS:
        return False
    if words[0].lower() in _JOINS or words[-1].lower() in _JOINS or words[0].lower() in _PARTICLES:
        return False
    for word in words:
        low = word.lower()
        if low in _JOINS or low in _PARTICLES:
            continue
        if not _NAME_WORD.fullmatch(word) or not word[0].isupper():
            return False
    return True


def _letters_title(match: re.Match[str]) -> str:
    run = match.group()
    return run[0].upper() + run[1:].lower()


def name_case(name: str) -> str:
    """A name written all in capitals ("ANNA LIND", "O'NEIL", "ZAÏM-BASHI") in title case
    ("Anna Lind", "O'Neil", "Zaïm-Bashi"): each run of letters gets a capital and lower case
    after it, so apostrophes, hyphens and initials come out right. A name title case cannot get
    right ("MCDONALD", "MACDONALD", "VAN DER BERG": which capitals inside it?) stays as written,
    as does any name already in mixed case."""
    cased = [c for c in name if c.isupper() or c.islower()]
    if not cased or not all(c.isupper() for c in cased):
        return name
    if _AMBIGUOUS_CAPS.search(name) or any(w.lower() in _PARTICLES for w in name.split()):
        return name
    title = re.sub(r"[^\W\d_]+", _letters_title, name)
    return re.sub(r"\bAnd\b", "and", title)


def read_byline(line: str) -> tuple[str, str] | None:
    """(author, outlet) from one byline ("" for an outlet it does not name), or None when the
    line is not a byline."""
    line = line.strip()
    lead = _LEAD.fullmatch(line) if len(line) <= _LINE_MAX else None
    if lead is None:
        return None
    parts = [p.strip(" ,;:") for p in META_SEPARATOR.split(lead.group("rest"))]
    named = _FOR.split(parts[0], maxsplit=1)  # "By Ivo Marek for The Ledger"
    parts[:1] = named
    # After a comma comes a role ("Staff Writer"), a place or an agency: which, the line does
    # not say, so none of them is taken for the outlet.
    name = re.sub(r"\s*&\s*", " & ", parts[0].split(",", 1)[0].strip())
    if name.endswith(".") and not _INITIALS.fullmatch(name.split()[-1]):
        name = name[:-1]  # the line's full stop, not an initial's
    if not _is_name(name):
        return None
    outlet = next((p for p in parts[1:] if p and not is_stamp(p) and not _ROLE.search(p) and len(p.split()) <= 8), "")
    return name_case(name), outlet


def byline(texts: Sequence[str]) -> tuple[str, str]:
    """(author, outlet) from the first byline among an article's opening passages; ("", "")
    when there is none."""
    for text in texts[:OPENING_PASSAGES]:
        if "\n" not in text.strip() and (found := read_byline(text)):
            return found
    return "", ""
