"""Strip what must never reach a terminal, keeping a map back to the source offsets.

Rich and Textual drop only a handful of C0 controls; ESC-based CSI/OSC sequences, C1 bytes
and bidi controls would pass straight through to the user's terminal (or reorder what they
read). Bidi controls are every character of Unicode's Bidi_Control property: embeddings,
overrides and isolates, and the invisible left-to-right, right-to-left and Arabic letter marks,
which a terminal that orders text by direction reads as letters of that direction, and which
would split a word for search and matching ("שא\u200fינה" is one word). Offsets everywhere in
Counterpoint index the *decoded source* text, so the clean text carries the positions of what
was removed.

Widths are evened out the same way, by removal: Textual and the terminal count floods of
combining marks and zero-width joiners differently, which shifts text and the pane divider.
A base character keeps at most `MAX_MARKS` combining marks (Vietnamese stacks two), and a
zero-width joiner stays only after a letter or mark, where scripts such as Devanagari and
Arabic use it to shape; between emoji it is dropped, so a family emoji shows as its members,
each as wide as both sides count it, and an emoji presentation selector after a narrow symbol
goes (see `_EMOJI_STYLE`). What a pane draws is composed further, without touching passage
text: see `reader.corpus.composed`.

Invisible characters that split a word without showing it go too, so that "Naf\u200btali" is
the word "Naftali" for the reader and its matcher alike: the zero-width space, word joiner and
zero-width no-break space (a stray byte-order mark), the soft hyphen (web pages' `&shy;`, a
hyphen in one terminal and nothing in another), and a zero-width joiner or non-joiner inside a
word of an alphabet that does not shape with them (Latin, Greek, Cyrillic, Armenian, Georgian).
After the letters of Arabic, Hebrew, Indic and other shaping scripts they stay: Persian writes
its half-spaces with the non-joiner.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

# A string sequence (OSC, DCS, SOS, PM, APC) nobody terminated ends at the line's end or after
# this many characters, so it removes itself and not the rest of the article.
STRING_MAX = 4096
_BODY = r"{0,%d}" % STRING_MAX
# Unicode's Bidi_Control characters (see the module docstring): embeddings, overrides,
# isolates, and the left-to-right, right-to-left and Arabic letter marks.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
_UNSAFE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor movement, erase
    r"|\x1b\][^\x07\x1b\n]" + _BODY + r"(?:\x07|\x1b\\)?"  # OSC: titles, hyperlinks, clipboard writes
    + r"|\x1b[PX^_][^\x1b\n]" + _BODY + r"(?:\x1b\\)?"  # DCS / SOS / PM / APC strings
    + r"|\x1b[ -/]*[0-~]?"  # other ESC sequences, or a lone ESC
    + r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"  # C0 (but tab, newline) and C1 controls
    + f"|[{_BIDI_CONTROLS}]"
)
# The blocks of generic combining marks (what "Zalgo" floods are made of).
_MARK_CHARS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_IS_MARK = re.compile(f"[{_MARK_CHARS}]")
_MARK_RUN = re.compile(f"[{_MARK_CHARS}]+")
MAX_MARKS = 3
_JOINERS = "\u200c\u200d"  # zero-width non-joiner and joiner: kept where a script shapes with them
# The emoji presentation selector: after a character one cell wide ("❤", "🌪", "☺", a keycap's
# "1") Textual counts the pair two cells and a terminal that draws each character at its own
# width one, so it goes there (the symbol shows in its text style, the row stays aligned);
# after a wide emoji it changes no width and stays.
_EMOJI_STYLE = "\ufe0f"
_INVISIBLE_SPLITS = "\u00ad\u200b\u2060\ufeff"  # soft hyphen, zero-width space, word joiner, ZWNBSP
# Alphabets whose letters a joiner or non-joiner changes nothing in (Latin, IPA, Greek,
# Cyrillic, Armenian, Georgian, and their extensions and fullwidth forms).
_UNSHAPED = re.compile("[\u0000-\u058f\u10a0-\u10ff\u1c80-\u1cbf\u1d00-\u1fff\u2c00-\u2c7f\u2d00-\u2d2f"
                       "\u2de0-\u2dff\ua640-\ua69f\ua720-\ua7ff\uab30-\uab6f\ufb00-\ufb17\uff00-\uffef]")
# Every unsafe sequence, combining mark, joiner and invisible split starts with one of these; a
# plain character class scans fast.
_TRIGGER = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI_CONTROLS
                      + _JOINERS + _EMOJI_STYLE + _INVISIBLE_SPLITS + _MARK_CHARS + "]")


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

    def without(self, source: str, spans: Iterable[tuple[int, int]]) -> CleanText:
        """This text, made from `source`, with `spans` of it (clean offsets, in any order,
        touching or overlapping alike) removed as well; the map still leads to `source`. A
        later removal (Markdown markup: reader.corpus.markup) composes with this boundary
        rather than making a second map to keep in step."""
        if self._marks:
            added = [(self.to_source(lo), self.to_source(hi, end=True)) for lo, hi in spans if lo < hi]
        else:
            added = [(lo, hi) for lo, hi in spans if lo < hi]
        if not added:
            return self
        before = 0
        for source_mark, total in zip(self._source_marks, self._removed):
            added.append((source_mark, source_mark + total - before))
            before = total
        added.sort()
        pieces: list[str] = []
        marks: list[int] = []
        source_marks: list[int] = []
        removed: list[int] = []
        pos = total = 0
        run_lo, run_hi = added[0]
        end = len(source) + 1  # a last run past the end flushes the one before it
        for lo, hi in (*added, (end, end)):  # merged into disjoint runs, each cut out of `source`
            if lo <= run_hi:
                run_hi = max(run_hi, hi)
                continue
            pieces.append(source[pos:run_lo])
            marks.append(run_lo - total)
            source_marks.append(run_lo)
            total += run_hi - run_lo
            removed.append(total)
            pos, run_lo, run_hi = run_hi, lo, hi
        pieces.append(source[pos:])
        return CleanText("".join(pieces), tuple(marks), tuple(source_marks), tuple(removed))

    def to_clean(self, offset: int) -> int:
        """Clean offset of a source offset; one inside removed text maps to where it was."""
        if not self._marks:
            return offset
        i = bisect_right(self._source_marks, offset) - 1
        if i < 0:
            return offset
        run_end = self._marks[i] + self._removed[i]
        return self._marks[i] if offset < run_end else offset - self._removed[i]


def _trailing_marks(text: str) -> int:
    n = len(text)
    while n and _IS_MARK.match(text[n - 1]):
        n -= 1
    return len(text) - n


def _shapes(previous: str) -> bool:
    """Whether a joiner after `previous` (the clean text's last character) shapes a script."""
    if previous == "" or _UNSHAPED.match(previous):
        return False
    return previous.isalpha() or unicodedata.category(previous)[0] == "M"


def sanitize(source: str) -> CleanText:
    """Remove escape sequences, control characters and bidi controls from `source`, the
    combining marks and joiners that would make widths disagree, and invisible word splits."""
    if not _TRIGGER.search(source):
        return CleanText(source)
    pieces: list[str] = []
    marks: list[int] = []
    source_marks: list[int] = []
    removed: list[int] = []
    pos = scan = clean_len = total = 0
    last, tail = "", 0  # the clean text's last character, and the combining marks ending it
    while (trigger := _TRIGGER.search(source, scan)) is not None:
        start = trigger.start()
        kept = source[pos:start]  # clean text not yet added to `pieces`
        if source[start] in _JOINERS:
            if _shapes(kept[-1] if kept else last):
                scan = start + 1
                continue
            stop = start + 1
        elif source[start] == _EMOJI_STYLE:
            if unicodedata.east_asian_width(kept[-1] if kept else last or " ") in "WF":
                scan = start + 1
                continue
            stop = start + 1
        elif source[start] in _INVISIBLE_SPLITS:
            stop = start + 1
        elif _IS_MARK.match(source, start):
            stop = _MARK_RUN.match(source, start).end()
            trailing = _trailing_marks(kept)
            before = trailing if trailing < len(kept) else tail + trailing
            allowed = max(0, MAX_MARKS - before)
            if stop - start <= allowed:
                scan = stop
                continue
            start += allowed
            kept = source[pos:start]
        else:
            stop = _UNSAFE.match(source, start).end()
        pieces.append(kept)
        if kept:
            trailing = _trailing_marks(kept)
            last, tail = kept[-1], (trailing if trailing < len(kept) else tail + trailing)
        clean_len += len(kept)
        if not (marks and marks[-1] == clean_len):
            marks.append(clean_len)
            source_marks.append(start)
            removed.append(total)
        total += stop - start
        removed[-1] = total
        pos = scan = stop
    pieces.append(source[pos:])
    return CleanText("".join(pieces), tuple(marks), tuple(source_marks), tuple(removed))


def one_line(text: str) -> str:
    """`text` sanitised, its whitespace (line breaks included) collapsed to single spaces: a
    name, a title or a term that must keep to one line wherever it is shown."""
    return " ".join(sanitize(text).text.split())


def is_clean(text: str) -> bool:
    """Whether `sanitize` would leave `text` as it is."""
    return _TRIGGER.search(text) is None or not sanitize(text).changed


# What `visible` spells out: every C0 control (newline and tab too: a name or message is one
# line), DEL, C1, bidi controls, and lone surrogates (bytes of a file name that were not text
# in the file system's encoding, carried by Python as U+DC80..U+DCFF); and marks past the
# `MAX_MARKS`th on one character, as `sanitize` removes them, so a flood in a name widens
# nothing.
_INVISIBLE = re.compile(rf"[\x00-\x1f\x7f-\x9f{_BIDI_CONTROLS}\ud800-\udfff]")
_MARK_FLOOD = re.compile(f"[{_MARK_CHARS}]{{{MAX_MARKS + 1},}}")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _spell(match: re.Match[str]) -> str:
    if match[0] in _NAMED:
        return _NAMED[match[0]]
    code = ord(match[0])
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # the original byte, as `ls --quoting-style=c` shows it
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _spell_flood(match: re.Match[str]) -> str:
    """A run of combining marks: the first `MAX_MARKS` kept, the rest spelled out."""
    return match[0][:MAX_MARKS] + "".join(f"\\u{ord(c):04x}" for c in match[0][MAX_MARKS:])


def visible(text: object) -> str:
    """`text` as one display-safe line, its escapes, stray bytes and floods of combining marks
    spelled out (`\\x1b`, `\\xe9`, `\\u202e`, `\\u0301`): for names, paths and messages, where
    the user must see what is there rather than have it removed. Every printer and notifier
    passes untrusted names through this; the result is always encodable as UTF-8."""
    return _MARK_FLOOD.sub(_spell_flood, _INVISIBLE.sub(_spell, str(text)))


# What `pictured` draws in place of a character `visible` would spell out: a C0 control as its
# Control Pictures symbol (ESC as ␛), DEL as ␡, anything else (C1, bidi controls, a stray byte)
# as the replacement character; each one cell wide, as a text field counts one per character.
_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)} | {0x7F: "\u2421"}


def pictured(text: str) -> str:
    """`text` as a text field being edited draws it: each control character, bidi control or
    stray byte (everything `visible` spells out but a tab) one visible cell in its place, so
    the field's characters and cells stay one to one and nothing reaches the terminal."""
    return _INVISIBLE.sub(lambda m: m[0] if m[0] == "\t" else _PICTURES.get(ord(m[0]), "\ufffd"), text)


def file_name_shown(name: str) -> str:
    """A file's name as a pane or a list shows it, on one line: escape sequences removed as
    from article text, and what would still break or hide part of the line (a line break, a
    byte that is not text) spelled out as `ls` shows it (`line\\nbreak.txt`, `caf\\xe9`)."""
    return visible(sanitize(name).text)
