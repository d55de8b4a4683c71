"""Text as a pane draws it: composed (NFC) and without joiners, with a map back to the text.

Passage text keeps the article's own characters, since `align --format json` and bookmark quotes
give them as written, so only what reaches the screen is composed. Two reasons. A decomposed
"e" + U+0301, or a Korean syllable spelled in jamo, is one cell (two) only where the terminal
and its font join them; the composed "é" (or "한") is the same everywhere. And Rich counts the
character after any zero-width joiner as no cells while terminals draw it, so each joiner the
sanitiser keeps for shaping (after a letter) would push the rest of the row, and the divider
beside it, a cell or two right of where Textual put them; without joiners both count alike.

Composing joins several characters into one (e + U+0301 -> é, three jamo -> 한) and, rarely,
splits one into several (U+0344 -> U+0308 U+0301), so the map is kept per changed cluster (a
character and the marks or jamo that may join it): an offset inside a cluster maps to the
cluster's start, or to its end for the end of a span, so a highlight covers the whole of what
is drawn.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import cached_property, lru_cache

_ZWJ = "\u200d"
# A run of non-ASCII text with the ASCII character before it (which a mark may compose with).
# No composition crosses its edges: an ASCII character never joins the one before it.
_CHUNK = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")


def _joins(ch: str) -> bool:
    """Whether `ch` belongs to the cluster of the character before it: marks (every second
    half of a canonical composition is one), Hangul vowel and final jamo, and joiners."""
    return ch == _ZWJ or unicodedata.category(ch)[0] == "M" or "\u1160" <= ch <= "\u11ff"


class Composed:
    """`text`: the original in NFC without zero-width joiners, as a pane draws it. `shown` and
    `original` map offsets between the two; the map is worked out on first use, which for most
    texts (those with no marks or joiners highlighted) is never."""

    def __init__(self, original: str) -> None:
        self._original = original
        self.changed = _ZWJ in original or not unicodedata.is_normalized("NFC", original)
        self.text = unicodedata.normalize("NFC", original.replace(_ZWJ, "")) if self.changed else original

    @cached_property
    def _clusters(self) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
        """For each changed cluster: its start and end in the original, and in `text`."""
        if not self.changed:
            return (), (), (), ()
        text = self._original
        starts: list[int] = []
        ends: list[int] = []
        shown_starts: list[int] = []
        shown_ends: list[int] = []
        shift = 0  # how much longer `text` is than the original up to here
        for chunk in _CHUNK.finditer(text):
            if _ZWJ not in chunk[0] and unicodedata.is_normalized("NFC", chunk[0]):
                continue
            base = chunk.start()
            for lo, hi, composed in _changes(chunk[0]):
                starts.append(base + lo)
                ends.append(base + hi)
                shown_starts.append(base + lo + shift)
                shift += len(composed) - (hi - lo)
                shown_ends.append(base + hi + shift)
        return tuple(starts), tuple(ends), tuple(shown_starts), tuple(shown_ends)

    def shown(self, offset: int, *, end: bool = False) -> int:
        """Offset in `text` of an original offset; inside a cluster, its start (its end, for `end`)."""
        if not self.changed:
            return offset
        starts, ends, shown_starts, shown_ends = self._clusters
        return _map(offset, end, starts, ends, shown_starts, shown_ends)

    def original(self, offset: int, *, end: bool = False) -> int:
        """Original offset of an offset in `text`; inside a cluster, its start (its end, for `end`)."""
        if not self.changed:
            return offset
        starts, ends, shown_starts, shown_ends = self._clusters
        return _map(offset, end, shown_starts, shown_ends, starts, ends)

    def shown_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of `text` drawing the original [start, end)."""
        return self.shown(start), self.shown(end, end=True)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span drawn as `text[start:end]`."""
        return self.original(start), self.original(end, end=True)


def _map(offset: int, end: bool, starts, ends, to_starts, to_ends) -> int:
    """Map `offset` across the runs [starts, ends) -> [to_starts, to_ends). A run that begins
    at `offset` comes after a start there; after an end there too, unless it is empty on this
    side (a dropped joiner), which an end takes in."""
    if end:
        i = bisect_right(starts, offset) - 1
        if i >= 0 and starts[i] == offset < ends[i]:
            i -= 1
    else:
        i = bisect_left(starts, offset) - 1
    if i < 0:
        return offset
    if offset < ends[i]:  # inside the run
        return to_ends[i] if end else to_starts[i]
    return offset + to_ends[i] - ends[i]


@lru_cache(maxsize=4096)
def _changes(chunk: str) -> tuple[tuple[int, int, str], ...]:
    """The clusters of `chunk` that composing changes: (start, end, composed). Words repeat, so
    each is worked out once."""
    out = []
    cluster = 0
    for i in range(1, len(chunk) + 1):
        if i < len(chunk) and _joins(chunk[i]):
            continue
        original = chunk[cluster:i]
        composed = unicodedata.normalize("NFC", original.replace(_ZWJ, ""))
        if composed != original:
            out.append((cluster, i, composed))
        cluster = i
    return tuple(out)
