"""Strip what must never reach a terminal, keeping a map back to the source offsets.

Rich and Textual drop only a handful of C0 controls; ESC-based CSI/OSC sequences, C1 bytes
and bidi overrides would pass straight through to the user's terminal (or reorder what they
read). Offsets everywhere in Counterpoint index the *decoded source* text, so the clean text
carries the positions of what was removed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

# A string sequence (OSC, DCS, SOS, PM, APC) nobody terminated ends at the line's end or after
# this many characters, so it removes itself and not the rest of the article.
STRING_MAX = 4096
_BODY = r"{0,%d}" % STRING_MAX
_UNSAFE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor movement, erase
    r"|\x1b\][^\x07\x1b\n]" + _BODY + r"(?:\x07|\x1b\\)?"  # OSC: titles, hyperlinks, clipboard writes
    + r"|\x1b[PX^_][^\x1b\n]" + _BODY + r"(?:\x1b\\)?"  # DCS / SOS / PM / APC strings
    + r"|\x1b[ -/]*[0-~]?"  # other ESC sequences, or a lone ESC
    + r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"  # C0 (but tab, newline) and C1 controls
    + r"|[\u202a-\u202e\u2066-\u2069]"  # bidi embeddings, overrides and isolates
)
# Every unsafe sequence starts with one of these; a plain character class scans fast.
_TRIGGER = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class CleanText:
    """`text` is safe to display; `to_source`/`to_clean` map offsets between it and the source."""

    text: str
    # For each removed run: its clean offset, its source offset, and the total removed so far.
    _marks: tuple[int, ...] = field(default=(), repr=False)
    _source_marks: tuple[int, ...] = field(default=(), repr=False)
    _removed: tuple[int, ...] = field(default=(), repr=False)

    @property
    def changed(self) -> bool:
        return bool(self._marks)

    def to_source(self, offset: int, *, end: bool = False) -> int:
        """Source offset of a clean offset; an `end` offset stays before removed text."""
        if not self._marks:
            return offset
        i = (bisect_left if end else bisect_right)(self._marks, offset) - 1
        return offset + (self._removed[i] if i >= 0 else 0)

    def to_clean(self, offset: int) -> int:
        """Clean offset of a source offset; one inside removed text maps to where it was."""
        if not self._marks:
            return offset
        i = bisect_right(self._source_marks, offset) - 1
        if i < 0:
            return offset
        run_end = self._marks[i] + self._removed[i]
        return self._marks[i] if offset < run_end else offset - self._removed[i]


def sanitize(source: str) -> CleanText:
    """Remove escape sequences, control characters and bidi controls from `source`."""
    if not _TRIGGER.search(source):
        return CleanText(source)
    pieces: list[str] = []
    marks: list[int] = []
    source_marks: list[int] = []
    removed: list[int] = []
    pos = clean_len = total = 0
    while (trigger := _TRIGGER.search(source, pos)) is not None:
        start, stop = _UNSAFE.match(source, trigger.start()).span()
        pieces.append(source[pos:start])
        clean_len += start - pos
        if not (marks and marks[-1] == clean_len):
            marks.append(clean_len)
            source_marks.append(start)
            removed.append(total)
        total += stop - start
        removed[-1] = total
        pos = stop
    pieces.append(source[pos:])
    return CleanText("".join(pieces), tuple(marks), tuple(source_marks), tuple(removed))


def is_clean(text: str) -> bool:
    return _TRIGGER.search(text) is None


# What `visible` spells out: every C0 control (newline and tab too: a name or message is one
# line), DEL, C1, bidi controls, and lone surrogates (bytes of a file name that were not text
# in the file system's encoding, carried by Python as U+DC80..U+DCFF).
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _spell(match: re.Match[str]) -> str:
    if match[0] in _NAMED:
        return _NAMED[match[0]]
    code = ord(match[0])
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # the original byte, as `ls --quoting-style=c` shows it
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: object) -> str:
    """`text` as one display-safe line, its escapes and stray bytes spelled out (`\\x1b`,
    `\\xe9`, `\\u202e`): for names, paths and messages, where the user must see what is
    there rather than have it removed. Every printer and notifier passes untrusted names
    through this; the result is always encodable as UTF-8."""
    return _INVISIBLE.sub(_spell, str(text))
