"""Text laid out in two columns side by side, as `pdftotext -layout` copies a two-column page
(a newspaper's, a journal's): each line holds a line of the left column, a gutter of spaces,
and a line of the right one. Read line by line it runs the two columns' sentences into each
other; it is read as the page is, the left column and then the right, page by page (a form
feed parts pages).

The columns are told by their gutter: on most of the text's lines, the right column's text
starts at the same place after a run of spaces, and on both sides of it stand lines of prose
(a table's columns of figures or short labels line up too, but hold no prose). Where they are
told, the text read column by column is the article's text, and offsets point into it, as
into a web page's extracted text.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.corpus.word_lists import known

_SPACES = "   "  # the narrowest gutter, and indent of a line of the right column alone
_GUTTER = re.compile(r"\S {3,}(?=\S)")  # a left line's end and the spaces between the columns
_MIN_LINES = 6  # lines with the gutter: a column's paragraph or two at least
_MIN_SHARE = 0.5  # of the lines that hold text where both columns run (a short column ends early)
_MIN_SIDE_CHARS = 20  # the average line of each column: prose, not a table's figures or labels
_MAX_LINE = 400  # a line longer than a two-column page is wide: text with no layout
_SAMPLE_LINES = 5000  # lines the columns are found in: the first pages' (every page is then split by them)
_PAGE = "\f"
_ENDS = tuple(".!?:\"”’)»")  # a sentence's end, with its closing quote or bracket
# A word a line's end breaks with a hyphen (lower case on either side), as a column wraps it: the
# break is marked while the paragraph is joined, and mended once the whole text is known.
_BREAK = "\x00"
_WORD_MAX = 60  # letters of a broken word looked at on either side of its break
_PUNCTUATION = ".,;:!?\"'()[]“”‘’«»"  # around a word the text writes with its hyphen
# A word a line's end breaks with a hyphen that no other line writes whole or hyphenated is told
# by the word list (English, the language of the texts read most): joined when the joined form is
# a word ("negoti-" "ations", "mil-" "lion"), kept a compound when it is not and both halves are
# ("dry-" "season", "re-" "elected"): the halves a syllable break leaves ("envi", "ronmental",
# "facil", "ity") are no words of it (word_lists.known). Any text's break (other languages', a rare
# English word's) that the list does not decide is joined, as it was before the list was asked.
_LIST_LANGUAGE = "en"


def keeps_hyphen(left: str, right: str, compounds: set[str]) -> bool:
    """Whether the word a line's end breaks as `left`-`right` keeps its hyphen: the text writes
    it so elsewhere (`compounds`), or the word list knows both halves and not the word joined."""
    if f"{left}-{right}" in compounds:
        return True
    return not _a_word(left + right) and _a_word(left) and _a_word(right)


def _a_word(word: str) -> bool:
    return known(word, _LIST_LANGUAGE)


def _right_start(line: str) -> int | None:
    """Where a line's right-hand text starts after a gutter (a left-hand line, then spaces),
    or after its indent when it has only right-hand text; None for a line of one part."""
    if _SPACES not in line:  # (a quick test: most lines of most texts hold no such run)
        return None
    found = _GUTTER.search(line)
    if found is not None:
        return found.end()
    indent = len(line) - len(line.lstrip(" "))
    return indent if indent >= len(_SPACES) and line.strip() else None


def _column(lines: list[str]) -> int | None:
    """Where the right column starts, when `lines` are two columns of prose; else None."""
    if any(len(line) > _MAX_LINE for line in lines):
        return None
    at = [_right_start(line) for line in lines]
    starts = Counter(start for start in at if start is not None)
    if not starts:
        return None
    column, count = starts.most_common(1)[0]
    marked = [n for n, start in enumerate(at) if start == column]
    beside = lines[marked[0]:marked[-1] + 1]  # where both columns run
    if count < _MIN_LINES or count < _MIN_SHARE * sum(1 for line in beside if line.strip()):
        return None
    lefts = [line[:column].strip() for line in beside if line[:column].strip()]
    rights = [line[column:].strip() for line in beside if line[column:].strip()]
    if not lefts or not rights or min(sum(map(len, lefts)) / len(lefts), sum(map(len, rights)) / len(rights)) \
            < _MIN_SIDE_CHARS:
        return None
    return column


def _spanning(lines: list[str], column: int) -> int | None:
    """How many lines open a page across both columns (its headline, a byline over them):
    those before the first with the gutter; None when no line has it, or a line after those
    runs across where it should be (the page is not two columns)."""
    top = next((n for n, line in enumerate(lines) if _right_start(line) == column), None)
    if top is None or any(line[column - 1:column] not in ("", " ") for line in lines[top:]):
        return None
    return top


def read_columns(text: str) -> str | None:
    """`text` read a column at a time, a page at a time, when it is laid out in two columns of
    prose (see the module docstring); None when it is not."""
    if _SPACES not in text:
        return None
    column = _column(text.split("\n", _SAMPLE_LINES)[:_SAMPLE_LINES])
    if column is None:
        return None
    out = []
    found = False
    for page in text.split(_PAGE):
        lines = page.split("\n")
        top = _spanning(lines, column)
        if top is None:
            out.append(page)
            continue
        found = True
        paragraphs = _paragraphs([line[:column].strip() for line in lines[top:]])
        right = _paragraphs([line[column:].strip() for line in lines[top:]])
        if paragraphs and right and not paragraphs[-1].endswith(_ENDS) and right[0][:1].islower():
            right[0] = _joined(paragraphs.pop(), right[0])  # a sentence the left column's foot cuts
        out.append("".join(line + "\n" for line in lines[:top]) + "\n\n".join(paragraphs + right) + "\n")
    joined = f"\n{_PAGE}\n".join(out)  # a page break on a line of its own, between paragraphs
    return _unbroken(joined) if found else None


def _paragraphs(lines: list[str]) -> list[str]:
    """A column's lines, a paragraph each run of them between blank lines: its lines were wrapped
    by the column's width, not by the text."""
    out, run = [], []
    for line in [*lines, ""]:
        if line:
            run.append(line)
        elif run:
            out.append("".join(part + _between(part) for part in run[:-1]) + run[-1])
            run = []
    return out


def _between(line: str) -> str:
    """What joins a line of a paragraph to the next: a space, or, after a word the line breaks
    with a hyphen ("occu-" "pation"), a mark for `_unbroken` to mend once the text is known."""
    return _BREAK if line.endswith("-") else " "


def _joined(line: str, more: str) -> str:
    return line + _between(line) + more


def _unbroken(text: str) -> str:
    """`text` with the words its columns broke whole: "occupation", or "long-term" where the
    text writes it with its hyphen elsewhere; a break between other than letters keeps its
    hyphen ("2-" "3"), and loses its mark."""
    mark = "-" + _BREAK
    if mark not in text:
        return text.replace(_BREAK, "")
    # (the compounds written whole on a line: a broken word read with its break would keep every hyphen)
    compounds = {word.strip(_PUNCTUATION) for word in text.split() if "-" in word and _BREAK not in word}
    out, done = [], 0
    at = text.find(mark)
    while at != -1:
        first = at
        while first > max(done, at - _WORD_MAX) and text[first - 1].isalpha():
            first -= 1
        last = at + 2
        while last < min(len(text), at + 2 + _WORD_MAX) and text[last].isalpha():
            last += 1
        left, right = text[first:at], text[at + 2:last]
        whole = left and right and not keeps_hyphen(left, right, compounds)
        out.append(text[done:at] + ("" if whole else "-"))
        done = at + 2
        at = text.find(mark, done)
    out.append(text[done:])
    return "".join(out).replace(_BREAK, "")
