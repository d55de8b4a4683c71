"""A long passage cut down to the stretches around its matched words, joined with `…`.

`align` shows each passage next to its counterparts; a 500-character paragraph printed whole
for every link buries the few words that made the link. An excerpt keeps the whole passage when
it is short, otherwise CONTEXT characters either side of each matched span (cut at word
boundaries), and returns runs of text flagged as matched or not, for any renderer to style.
"""

from __future__ import annotations

import re

WHOLE = 320  # a passage up to this long is shown whole
CONTEXT = 70  # characters kept either side of a matched span in a longer passage
JOIN_GAP = 24  # windows closer than this are joined rather than separated by …
OPENING = 160  # characters shown of a passage with no matched words (an unmatched one)
ELLIPSIS = "…"
_SPACE = re.compile(r"\s+")


def merged(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Spans clipped to [0, length], sorted, with overlapping or touching ones made one."""
    out: list[list[int]] = []
    for lo, hi in sorted((max(0, lo), min(length, hi)) for lo, hi in spans):
        if hi <= lo:
            continue
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def _word_start(text: str, i: int) -> int:
    """`i` moved forward to the start of a word (so a window does not open mid-word)."""
    if i <= 0:
        return 0
    if text[i - 1].isspace():
        return i
    nxt = _SPACE.search(text, i)
    return nxt.end() if nxt else i


def _word_end(text: str, i: int) -> int:
    """`i` moved back to the end of a word."""
    if i >= len(text):
        return len(text)
    j = i
    while j > 0 and not text[j].isspace():
        j -= 1
    return j if j > 0 else i


def windows(text: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of `text` to show around `marks` (already merged); without marks, its
    opening words."""
    if not marks:
        return [(0, len(text) if len(text) <= OPENING else _word_end(text, OPENING))]
    if len(text) <= WHOLE:
        return [(0, len(text))]
    out: list[list[int]] = []
    for lo, hi in marks:
        start = min(lo, _word_start(text, lo - CONTEXT))
        end = max(hi, _word_end(text, hi + CONTEXT))
        if out and start - out[-1][1] <= JOIN_GAP:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(lo, hi) for lo, hi in out]


def excerpt(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Runs (text, matched) of `text` around `spans` (offsets into `text`), with `…` where
    something was left out and each whitespace run (line breaks too) as one space."""
    marks = merged(spans, len(text))
    runs: list[tuple[str, bool]] = []
    pos = 0
    for lo, hi in windows(text, marks):
        if lo > pos or (lo > 0 and not runs):
            runs.append((ELLIPSIS + " " if not runs else " " + ELLIPSIS + " ", False))
        cursor = lo
        for m_lo, m_hi in marks:
            if m_hi <= lo or m_lo >= hi:
                continue
            if m_lo > cursor:
                runs.append((text[cursor:m_lo], False))
            runs.append((text[max(m_lo, lo):min(m_hi, hi)], True))
            cursor = min(m_hi, hi)
        if cursor < hi:
            runs.append((text[cursor:hi], False))
        pos = hi
    if pos < len(text):
        runs.append((" " + ELLIPSIS, False))
    return [(_SPACE.sub(" ", t), matched) for t, matched in runs if t]
