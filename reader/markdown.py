"""Untrusted text (article text, titles, notes, file names) as Markdown that renders literally.

Every Markdown writer (the alignment report, the bookmarks export) builds its documents from
these, so a file named with a newline, a `# heading` or three backticks stays inside its line,
span or table cell instead of becoming structure.
"""

from __future__ import annotations

import re

from reader.corpus.sanitize import visible

# What CommonMark/GFM give meaning to inside a line: escapes, code, emphasis, links and images,
# autolinks and HTML, headings, table cells, strikethrough, entities.
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
# What makes a line a list item, a numbered item or a setext underline.
_LINE_START = re.compile(r"^(\d+)([.)])(?=\s|$)|^([-+=])(?=\s|$)")
_BACKTICKS = re.compile(r"`+")


_SPACES = re.compile(r"\s+")


def _one_line(text: str) -> str:
    return visible(_SPACES.sub(" ", str(text)))


def inline(text: str) -> str:
    """A piece of one Markdown line that renders as `text` (each run of whitespace, line
    breaks included, becomes one space; the ends are kept, for text between other pieces)."""
    return _SPECIAL.sub(r"\\\1", _one_line(text))


def line(text: str) -> str:
    """`inline`, for text that starts a line: it never starts a list, item or rule either."""
    return _LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", inline(text))


def code(text: str) -> str:
    """A code span showing `text` exactly (a path, a tag) on one line, whatever backticks it
    holds."""
    body = visible(text)  # line breaks spelled out: a path is shown as it is
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(body)), default=0) + 1)
    pad = " " if body.startswith("`") or body.endswith("`") else ""
    return f"{fence}{pad}{body}{pad}{fence}"
