"""Sentence boundaries with offsets, via syntok.

syntok is a rule-based segmenter that keeps abbreviations ("U.S.", "Sept. 26", "Mr.", "Dr."),
initials and decimals inside their sentence, reports token offsets, and runs in linear time
(pysbd, the other candidate, took seconds on a 100 kB paragraph of short sentences).
"""

from __future__ import annotations


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence of `text`, trimmed of surrounding whitespace."""
    if not text.strip():
        return []
    import syntok.segmenter as segmenter

    # Each sentence runs to where the next begins, so no character is ever dropped.
    starts = [s[0].offset for paragraph in segmenter.analyze(text) for s in paragraph if s]
    starts[:1] = [len(text) - len(text.lstrip())]
    spans = []
    for i, start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else len(text)
        end = stop
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
