"""Untrusted text (article text, titles, notes, file names) as Markdown that renders literally.

Every Markdown writer (the alignment report, the bookmarks export) builds its documents from
these, so a file named with a newline, a `# heading` or three backticks stays inside its line,
span or table cell instead of becoming structure. Only what Markdown (CommonMark with GitHub's
tables and strikethrough) would act on is escaped: emphasis and code marks, link and HTML
brackets, table pipes, tildes, entity references, and list, heading or rule markers at the
start of a line. A hyphen or a parenthesis mid-sentence means nothing to Markdown, so
"explain -- and (including...)" stays as it was written. Escapes and control characters are
spelled out (reader.corpus.sanitize.visible) on the way.
"""

from __future__ import annotations

import re

from reader.corpus.sanitize import visible

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])|&(?=#?\w+;)")
_SPACE = re.compile(r"\s+")
_LINE_START = re.compile(r"^(\d+)([.)])(?=\s|$)|^([-+=#])")
_BACKTICKS = re.compile(r"`+")


def escape(text: str) -> str:
    """A piece of one line of Markdown: each whitespace run (newlines too) becomes one space,
    kept at the ends, so pieces of a line can be escaped one by one and joined."""
    return _SPECIAL.sub(lambda m: "\\" + m[1] if m[1] else "&amp;", visible(_SPACE.sub(" ", str(text))))


def inline(text: str) -> str:
    """One whole line of Markdown: `escape`, without space at either end."""
    return escape(text).strip()


def line(text: str) -> str:
    """`inline`, and a line that would start a list item, heading or rule stays plain text."""
    return _LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", inline(text))


def code(text: str) -> str:
    """A code span showing `text` exactly (a path, a tag) on one line, whatever backticks it
    holds."""
    body = visible(text)  # line breaks spelled out: a path is shown as it is
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(body)), default=0) + 1)
    pad = " " if body.startswith("`") or body.endswith("`") else ""
    return f"{fence}{pad}{body}{pad}{fence}"
