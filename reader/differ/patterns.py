"""Regular expressions built from word lists."""

from __future__ import annotations

import re


def trie_pattern(words: list[str]) -> str:
    """A pattern matching any of `words`, written as a trie ("a(?:liyev|rtsakh)" rather than
    "aliyev|artsakh"), which the regex engine tries a letter at a time instead of a word at a
    time: the same matches, several times faster over a passage."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"

    return pattern(root)
