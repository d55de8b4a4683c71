"""The one way a typed word is matched with an article's: casefolded, accents taken off.

Each side of a story may spell a name its own way ("Réka" / "Reka"), and a reader types what
the keyboard has, so search (`reader.tui.finding`) and bookmark quotes
(`reader.bookmarks.quotes`) both compare words folded here: `reka` finds both, `reunio` is
"reunió".
"""

from __future__ import annotations

import unicodedata

# Letters with no accent to take off that a reader types as plain Latin ones ("Lodz", "Orsted").
_PLAIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe"})
_MARKED = "\u0530"  # accents are taken off Latin, Greek and Cyrillic letters only (below Armenian):
# elsewhere a mark makes another letter (Japanese か/が) or a vowel.


def fold_accents(word: str) -> str:
    """The form a word is looked up by: casefolded, without accents (`ordog` is "Ördög")."""
    folded = word.casefold()
    if folded.isascii():
        return folded
    kept: list[str] = []
    for char in unicodedata.normalize("NFD", folded):
        if unicodedata.combining(char) and kept and kept[-1] < _MARKED:
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept)).translate(_PLAIN)
