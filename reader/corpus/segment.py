"""Cut article text into paragraph spans.

What the seeds and typical saved web articles show: paragraphs come separated by blank lines,
or one per line with no blank line between (copied from a web page), with list items and
short headings on lines of their own. Hard-wrapped text (e-mail, Markdown, Gutenberg) instead
breaks one paragraph over many short lines. So: a blank line always ends a paragraph; inside a
block of lines, each line is its own paragraph unless the block looks hard-wrapped, in which
case lines join until a list item or heading starts.
"""

from __future__ import annotations

import re

LIST_ITEM = re.compile(r"\s*(?:[-*•▪◦‣–]\s|\(?\d{1,3}[.)]\s|\(?[a-zA-Z][.)]\s|#{1,6}\s)")
# A date stamp glued to the front of a paragraph by a scraper: "date 2023-07-25 Israel ...".
DATELINE_PREFIX = re.compile(
    r"\s*(?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+",
    re.IGNORECASE,
)
_WRAP_WIDTH = 100
_END_PUNCT = tuple(".!?:;\"”’)»。！？")


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line in text[start:end], newline excluded."""
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        out.append((pos, stop))
        pos = stop + 1
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _is_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    if len(lines) < 2:
        return False
    widest = max(e - s for s, e in lines)
    if widest > _WRAP_WIDTH:
        return False
    inner = lines[:-1]
    # Wrapped lines fill the width: none but the last falls far short of the widest.
    if any((e - s) < max(40, 0.6 * widest) for s, e in inner):
        return False
    open_ended = sum(1 for s, e in inner if not text[s:e].rstrip().endswith(_END_PUNCT))
    return open_ended * 2 >= len(inner)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Non-overlapping, ordered, whitespace-trimmed spans covering all non-blank text."""
    spans: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []

    def flush() -> None:
        if not block:
            return
        if _is_wrapped(text, block):
            run_start = block[0][0]
            for (s, e), (next_s, _) in zip(block, block[1:] + [(None, None)]):
                if next_s is None or LIST_ITEM.match(text, next_s):
                    _emit(run_start, e)
                    run_start = next_s
        else:
            for s, e in block:
                _emit(s, e)
        block.clear()

    def _emit(s: int, e: int) -> None:
        trimmed = _trim(text, s, e)
        if trimmed is None:
            return
        s, e = trimmed
        prefix = DATELINE_PREFIX.match(text, s, e)
        if prefix and prefix.end() < e:
            spans.append((s, len(text[s : prefix.end()].rstrip()) + s))
            s = prefix.end()
        spans.append((s, e))

    for s, e in _lines(text, 0, len(text)):
        if text[s:e].strip():
            block.append((s, e))
        else:
            flush()
    flush()
    return spans
