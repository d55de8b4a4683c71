"""A reading device's clippings file (a Kindle's "My Clippings.txt"), read as its highlights.

The device appends each highlight, note or bookmark to one text file as an entry: the book's
title line ("The Harbour Bridge (Ilse Danner)"), a line of where and when ("- Your Highlight on
page 3 | Location 40-42 | Added on Monday, 3 March 2026 10:10:05", in the device's language),
a blank line, the text clipped, and a line of ten "=". The highlights are what was read: each is
a passage. The title line, the line of where and when, the separator and a bookmark's empty
entry go; a note the reader typed is shown but is no part of the text (an aside). The title and
author are the title line's, where every entry names the same book.

Everything here is a removal (`CleanText.without`): what is shown is the file's own text and
every passage still points into the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

Span = tuple[int, int]

_SEPARATOR = re.compile(r"[ \t]*={10}[ \t]*")
# The line of where and when: a dash, then fields parted by bars, one of them a page's or a
# location's number (told by `_is_where`, in one pass over the line however long it is).
_DASH = re.compile(r"-[ \t]+")
_DIGIT = re.compile(r"\d")
# A note the reader typed, as the device names it in English, German, French, Spanish, Italian.
_NOTE = re.compile(r"-[ \t]+(?:your|ihre|votre|tu|la[ \t]+tua)?[ \t]*(?:note|notiz|nota)\b", re.IGNORECASE)
# "Title (Author)": the author in the brackets that end the title line.
_BY = re.compile(r"(.*\S)[ \t]*\(([^()\n]{1,200})\)[ \t]*")
_SNIFF_CHARS = 8192  # the first entry, looked for this far into a file


@dataclass
class Clippings:
    """What `read` finds: the passages (spans of the text, with whether each is a note of the
    reader's rather than the book's text), the spans that go, and the title and author."""

    paragraphs: list[Span]
    asides: list[bool]
    cut: list[Span]
    fields: dict[str, str] = field(default_factory=dict)


def _lines(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Spans of the lines of text[start:end], line break excluded."""
    end = len(text) if end is None else end
    out, pos = [], start
    while pos <= end:
        stop = text.find("\n", pos, end)
        stop = end if stop == -1 else stop
        out.append((pos, stop))
        pos = stop + 1
    return out


def _entries(text: str, end: int | None = None) -> list[list[Span]]:
    """The entries of text[:end], each a list of line spans: the lines up to and with its
    separator (the last entry's may have none)."""
    entries: list[list[Span]] = [[]]
    for s, e in _lines(text, 0, end):
        entries[-1].append((s, e))
        if _SEPARATOR.fullmatch(text, s, e):
            entries.append([])
    return [entry for entry in entries if any(text[s:e].strip() for s, e in entry)]


def _filled(text: str, entry: list[Span]) -> list[Span]:
    return [(s, e) for s, e in entry if text[s:e].strip()]


def _is_entry(text: str, entry: list[Span]) -> bool:
    """A title line, then the line of where and when."""
    lines = _filled(text, entry)
    return len(lines) >= 2 and _is_where(text[lines[1][0]:lines[1][1]].strip())


def _is_where(line: str) -> bool:
    """Whether `line` is an entry's line of where and when (see _DASH)."""
    dash = _DASH.match(line)
    return dash is not None and "|" in line and _DIGIT.search(line, dash.end()) is not None


def is_clippings(text: str) -> bool:
    """Whether `text` opens with a clippings file's entry ended by its separator."""
    entries = _entries(text, min(len(text), _SNIFF_CHARS))
    return bool(entries) and _is_entry(text, entries[0]) and any(
        _SEPARATOR.fullmatch(text, s, e) for s, e in entries[0])


def read(text: str) -> Clippings:
    """The highlights and notes of a clippings file, what goes, and its book's title and author."""
    paragraphs: list[Span] = []
    asides: list[bool] = []
    cut: list[Span] = []
    titles: set[str] = set()
    for entry in _entries(text):
        lines = _filled(text, entry)
        if not _is_entry(text, entry):  # not an entry: text of its own, kept but for a separator
            kept = [(s, e) for s, e in lines if not _SEPARATOR.fullmatch(text, s, e)]
            if kept:
                paragraphs.append((kept[0][0], kept[-1][1]))
                asides.append(False)
            cut += [(s, min(e + 1, len(text))) for s, e in lines if _SEPARATOR.fullmatch(text, s, e)]
            continue
        titles.add(text[lines[0][0]:lines[0][1]].strip().lstrip("\ufeff").strip())
        body = [(s, e) for s, e in lines[2:] if not _SEPARATOR.fullmatch(text, s, e)]
        where = text[lines[1][0]:lines[1][1]].strip()
        if body:
            cut.append((entry[0][0], body[0][0]))  # the title line, the line of where and when
            paragraphs.append((body[0][0], body[-1][1]))
            asides.append(_NOTE.match(where) is not None)
            cut.append((body[-1][1], min(entry[-1][1] + 1, len(text))))  # the separator
        else:  # a bookmark: nothing clipped
            cut.append((entry[0][0], min(entry[-1][1] + 1, len(text))))
    fields: dict[str, str] = {}
    if len(titles) == 1:
        title = titles.pop()
        by = _BY.fullmatch(title)
        fields = {"title": by.group(1), "author": by.group(2).strip()} if by else {"title": title}
    return Clippings(paragraphs, asides, [c for c in cut if c[0] < c[1]], fields)
