"""Who wrote an article, read from the byline a text file carries near its top.

A page copied to plain text or Markdown keeps its byline as a line of text ("By Ivo Marek |
Dovranian News Agency", "By ANNA LIND, Staff Writer") and loses the page's metadata. The line
is page furniture (reader.corpus.kinds), but the name on it is what the pane header and a
citation need, so the loader takes the author, and the outlet when the line names one, from
here when front matter and corpus.toml say nothing.

Only a line that reads as a byline through and through gives a name: "By" and then words that
look like names (capitalised, initials, name particles, "and" between two people), optionally a
role after a comma and the outlet or a date after a separator. "By the time the troops
arrived" names nobody, nor does a title such as "By Land and Sea" (see reader.corpus.names).
A Markdown heading is a title, never a byline.

The date line beside it ("March 2, 2026 · 6 min read", "By Ines Rakovic | 2 March 2026") gives
the article's date the same way (`dateline`): the publication date, written out or ISO, as
the date a page's metadata gives (YYYY-MM-DD); an "Updated" stamp is the last edit, not that,
and a date in digits only ("02/03/2026") could be either day or month first, so neither gives one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date

from reader.corpus.dates import FOREIGN_MONTH_NAME, FOREIGN_MONTHS, MONTHS
from reader.corpus.kinds import is_stamp
from reader.corpus.names import (FUNCTION_WORDS, LINE_MAX, META_SEPARATOR, MONTH_NAME, ON_DATE, PARTICLES, byline_parts,
                                 is_name)
from reader.corpus.segment import wire_dateline

# The byline is among the first lines: the title, a standfirst, the byline, a date line, a
# share bar and an image credit come before the first paragraph.
OPENING_PASSAGES = 12

# Words that say what the person is, not who: a part after a separator holding one is no outlet.
_ROLE = re.compile(
    r"\b(?:staff|writer|reporter|correspondent|editor|columnist|contributor|journalist|author|bureau|desk|chief"
    r"|senior|special|foreign|political|freelance|analyst|producer|intern|fellow|professor|researcher)s?\b",
    re.IGNORECASE,
)
_WRITTEN_DATE = re.compile(
    rf"\b(?:(?P<y1>\d{{4}})-(?P<m1>\d{{2}})-(?P<d1>\d{{2}})"
    rf"|(?P<mon2>{MONTH_NAME})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon3>{MONTH_NAME})\.?,?\s+(?P<y3>\d{{4}})"
    rf"|(?P<d4>\d{{1,2}})\.?\s+(?:de\s+)?(?P<mon4>{FOREIGN_MONTH_NAME})(?:\s+de)?,?\s+(?P<y4>\d{{4}}))\b",
    re.IGNORECASE)
_LAST_EDIT = re.compile(r"\s*(?:(?:last\s+)?(?:updated|modified)|mis à jour|actualizado|aktualisiert|обновлено"
                        r"|güncellendi|güncelleme|yenilənib|עודכן|آخر تحديث|թարմացվել)(?!\w)", re.IGNORECASE)
_POSTED = re.compile(r"\s*(?:posted|published)\s*", re.IGNORECASE)


# Cased names written in capitals that title case would spell wrong: "MCDONALD" is McDonald,
# "MACDONALD" MacDonald or Macdonald, "MACHADO" Machado. Such a name is left as written.
_AMBIGUOUS_CAPS = re.compile(r"\b(?:MC|MAC)\w", re.IGNORECASE)


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
    if _AMBIGUOUS_CAPS.search(name) or any(w.lower() in PARTICLES for w in name.split()):
        return name
    title = re.sub(r"[^\W\d_]+", _letters_title, name)
    return re.sub(r"\bAnd\b", "and", title)


def read_byline(line: str) -> tuple[str, str] | None:
    """(author, outlet) from one byline ("" for an outlet it does not name), or None when the
    line is not a byline."""
    if (found := byline_parts(line)) is None:
        return None
    name, parts = found
    outlet = next((p for p in parts if p and not is_stamp(p) and not _ROLE.search(p) and len(p.split()) <= 8), "")
    return name_case(name), outlet


def byline(texts: Sequence[str], headings: Collection[int] = ()) -> tuple[str, str]:
    """(author, outlet) from the first byline among an article's opening passages, those the
    markup marks as `headings` (indices) left out; ("", "") when there is none. Without one, a
    statement's signatory under its title (see _signatory), above its first paragraph."""
    for i, text in enumerate(texts[:OPENING_PASSAGES]):
        if i not in headings and "\n" not in text.strip() and (found := read_byline(text)):
            return found
    for i, text in enumerate(texts[1:OPENING_PASSAGES], 1):
        if "\n" in text.strip() or text.rstrip().endswith((".", "!", "?")):
            break  # the text has begun
        if i not in headings and (name := _signatory(text.strip())):
            return name, ""
    return "", ""


# A statement's signatory set under its title with no "By": a person's name (after a title such
# as "Dr."), a comma and the office held, nothing else ("Dr. Katrin Vossberg, Chief Operating
# Officer", "Ana Petrova, Minister of Transport"). The office's words say a person signs, not a
# place or a date ("Neuwerder, 16 March 2026").
_OFFICE = re.compile(r"\b(?:officer|director|president|chair(?:man|woman|person)?|minister|secretary|spokes(?:person"
                     r"|man|woman)|manager|head|executive|ceo|coo|cfo|mayor|governor|commissioner|ambassador"
                     r"|counsel|founder|chief)\b", re.IGNORECASE)
_OFFICE_WORDS = 8  # "Deputy Minister of Transport and Infrastructure" at most
_HONORIFIC = re.compile(r"(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?\s+", re.IGNORECASE)


def _signatory(line: str) -> str:
    """The name of a signatory's line (see _OFFICE), as written without its title; "" for none."""
    name, comma, office = line.partition(",")
    if not comma or len(line) > LINE_MAX or len(office.split()) > _OFFICE_WORDS or not _OFFICE.search(office):
        return ""
    if any(c.isdigit() for c in line) or not all(w[:1].isupper() or w in FUNCTION_WORDS for w in office.split()):
        return ""
    name = name.strip()
    if (title := _HONORIFIC.match(name)) and name[title.end():]:
        name = name[title.end():]
    return name if is_name(name, confirmed=False) else ""


def iso_date(stamp: str) -> str:
    """The date a publication stamp gives, as YYYY-MM-DD; "" for a stamp of the last edit or
    one whose date is not written out (or is no date)."""
    if _LAST_EDIT.match(stamp):
        return ""
    found = written_date(stamp)
    return found[0] if found else ""


def written_date(text: str) -> tuple[str, int, int] | None:
    """The first date written out (or ISO) in `text`, as YYYY-MM-DD with where it stands; None
    when there is none (or it is no date: "February 30")."""
    if not (m := _WRITTEN_DATE.search(text)):
        return None
    if m["y1"]:
        year, month, day = int(m["y1"]), int(m["m1"]), int(m["d1"])
    else:
        year, day = int(m["y2"] or m["y3"] or m["y4"]), int(m["d2"] or m["d3"] or m["d4"])
        month = MONTHS[(m["mon2"] or m["mon3"]).lower()] if not m["mon4"] else FOREIGN_MONTHS[m["mon4"].lower()]
    try:
        return date(year, month, day).isoformat(), m.start(), m.end()
    except ValueError:  # "February 30": a typo, or no date at all
        return None


def dateline(texts: Sequence[str], headings: Collection[int] = ()) -> str:
    """The publication date (YYYY-MM-DD) from the first date line among an article's opening
    passages, alone or beside its byline or reading time; "" when there is none."""
    for i, text in enumerate(texts[:OPENING_PASSAGES]):
        line = text.strip()
        if i in headings or "\n" in line or len(line) > LINE_MAX:
            continue
        wired = wire_dateline(line + " ")  # a wire story's ("KELMET, March 4, 2026 /PRNewswire/ --")
        if wired is not None and wired.end() > len(line) and wired["date"] and (found := iso_date(wired["date"])):
            return found
        for part in (line, *META_SEPARATOR.split(line), *_byline_tail(line)):
            part = part.strip(" ,;:|·•—–-")
            if (on := ON_DATE.search(part)) and (_POSTED.fullmatch(part[:on.start()]) or read_byline(part[:on.start()])):
                part = part[on.end():]  # "Posted by Ruth Okafor on 9 February 2026"
            if is_stamp(part) and (found := iso_date(part)):
                return found
    return ""


def _byline_tail(line: str) -> tuple[str, ...]:
    """A byline's last fields after its commas ("By Ana Lind, The Courier, 3 March 2026"), where
    a date often ends it: the last two joined first, for a date with a comma of its own ("By
    Ana Lind, March 3, 2026"), then the last alone; () for a line that is no byline."""
    fields = line.split(",")
    if len(fields) < 2 or read_byline(line) is None:
        return ()
    return (",".join(fields[-2:]), fields[-1]) if len(fields) > 2 else (fields[-1],)
