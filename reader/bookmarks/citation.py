"""How a passage is cited: one line naming the article, and the passage with that line under it.

Shared by the reading room (`Y` copies a passage with its citation) and the bookmark exports, so
a quote reads the same wherever it was taken from. Metadata an article does not give is left
out rather than shown as a blank; an article without a title is named by its file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reader.corpus.sanitize import sanitize


@dataclass(frozen=True, slots=True)
class Source:
    """What a citation names; every field display-safe text, possibly empty."""

    title: str = ""
    author: str = ""
    outlet: str = ""
    date: str = ""
    file: str = ""  # the article's path, for when there is no title
    url: str = ""  # where the article came from, last: the reader can check the quote there


def source_of(article) -> Source:
    """The citation fields of a loaded `reader.corpus.Article`."""
    return Source(title=article.title, author=article.author, outlet=article.outlet,
                  date=article.date, file=str(article.path), url=article.url)


_DOUBLE = re.compile(r'[“”"„]')


def nested(text: str) -> str:
    """Text to be put inside “…”: its own double quotes become single ones, as a quotation
    inside a quotation is written (“Dovrania rejects ‘staged’ fire claims”). A straight quote
    opens at the start or after a space or bracket and closes elsewhere. German, Polish and
    Czech quotes open low and close high („…“, „…”): the low mark becomes the low single one
    and the mark that closes it its language's single closing one (‚…‘, ‚…’), not an opening."""
    low_open = False  # a „ is open: the next high mark closes it

    def single(match: re.Match) -> str:
        nonlocal low_open
        mark, at = match.group(), match.start()
        if mark == "„":
            low_open = True
            return "‚"
        if low_open:
            low_open = False
            return "‘" if mark == "“" else "’"
        if mark == '"':
            mark = "“" if at == 0 or text[at - 1] in " \t\n([{—–-/" else "”"
        return "‘" if mark == "“" else "’"

    return _DOUBLE.sub(single, text)


def citation_line(source: Source) -> str:
    """`“Title”, Author, Outlet, Date, URL` with the empty parts left out."""
    name = nested(" ".join(source.title.split()))
    if not name and source.file:
        name = sanitize(Path(source.file).name).text
    parts = [f"“{name}”" if name else ""]
    parts += [" ".join(x.split()) for x in (source.author, source.outlet, source.date, source.url)]
    return ", ".join(p for p in parts if p)


def cited(text: str, source: Source) -> str:
    """The passage in quotation marks with its citation line under it, ready to paste."""
    body = nested(" ".join(text.split()))
    line = citation_line(source)
    return f"“{body}”\n— {line}" if line else f"“{body}”"
