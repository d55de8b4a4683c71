"""Article text written into Markdown so that it renders as that text and nothing else.

Only what Markdown (CommonMark with GitHub's tables and strikethrough) would act on is escaped:
emphasis and code marks, link and HTML brackets, table pipes, tildes, entity references, and
list, heading or rule markers at the start of a line. A hyphen or a parenthesis mid-sentence
means nothing to Markdown, so "explain -- and (including...)" stays as it was written.
"""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])|&(?=#?\w+;)")
_SPACE = re.compile(r"\s+")
_LINE_START = re.compile(r"^(\d+)([.)])(?=\s|$)|^([-+=#])")


def escape(text: str) -> str:
    """A piece of one line of Markdown: each whitespace run (newlines too) becomes one space,
    kept at the ends, so pieces of a line can be escaped one by one and joined."""
    return _SPECIAL.sub(lambda m: "\\" + m[1] if m[1] else "&amp;", _SPACE.sub(" ", text))


def inline(text: str) -> str:
    """One whole line of Markdown: `escape`, without space at either end."""
    return escape(text).strip()


def line(text: str) -> str:
    """`inline`, and a line that would start a list item, heading or rule stays plain text."""
    return _LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", inline(text))
