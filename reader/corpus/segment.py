"""Cut article text into paragraph spans.

What the seeds and typical saved web articles show: paragraphs come separated by blank lines,
or one per line with no blank line between (copied from a web page), with list items and
short headings on lines of their own. Hard-wrapped text (e-mail, Markdown, Gutenberg) instead
breaks one paragraph over many short lines, and many corpora write one sentence per line inside
blank-line separated paragraphs. So: a blank line always ends a paragraph. When the file is
made of blank-line blocks (see `_blank_separated`), a block is one paragraph whatever its line
breaks, except that list items and heading-like lines stay paragraphs of their own; otherwise
each line is its own paragraph unless its block looks hard-wrapped, in which case lines join
until a list item starts. Text copied out of a PDF is hard-wrapped too, but with no blank line
anywhere and its headings, page numbers and running headers on lines of their own between the
wrapped lines: there a block that is mostly full, open-ended lines of a narrow width is
reflowed, a line joining the next while it fills the width (`_reflowed`). A paragraph longer
than `MAX_PARAGRAPH_CHARS` (a dump with no line breaks, megabytes on one line) is cut at
sentence ends into paragraphs of at most that length.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from reader.corpus.dates import MONTHS, WEEKDAYS
from reader.corpus.marks import SPEAKER_LABEL, debate_label, unmarked_end
from reader.corpus.names import byline_parts
from reader.corpus.sentences import CJK_STOPS, CLOSERS, SCRIPT_STOPS

LIST_ITEM = re.compile(r"\s*(?:[-*•▪◦‣–]\s|\(?\d{1,3}[.)]\s|\(?[a-zA-Z][.)]\s|#{1,6}\s)")
# A date stamp glued to the front of a paragraph by a scraper: "date 2023-07-25 Israel ...".
DATELINE_PREFIX = re.compile(
    r"\s*(?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+",
    re.IGNORECASE,
)
# A wire story's or a press release's dateline at the head of a paragraph: the place in
# capitals, and the date or the agency (in brackets or between slashes) or both, then a dash
# ("YEREVAN, Sept 20 (Reuters) -", "KELMET, March 4, 2026 /PRNewswire/ --", "PORT ALDER (AP) —").
# Where and from whom the copy came, not what it says: a passage of its own, so that two stories
# filed from one place on one day by one agency are not linked by it.
_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
_WIRE_DATE = (rf"(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?(?:(?:{_MONTH_WORD})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
              rf"|\d{{1,2}}\s+(?:{_MONTH_WORD})\.?(?:,?\s+\d{{4}})?)")
# (the letters of a word of the place's name, its hyphens each between letters, so that the words of a long
# line in capitals split in one way only and reading it takes no longer than the line)
_PLACE_LETTER = r"(?:[A-Z'’.]|-(?=[A-Z'’.]))"
WIRE_DATELINE = re.compile(
    rf"\s*[A-Z]{_PLACE_LETTER}+(?: [A-Z]{_PLACE_LETTER}*){{0,3}}"
    r"(?:,[ \t]*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})??"
    rf"(?:,[ \t]*(?P<date>(?i:{_WIRE_DATE})))?"
    r"[ \t]*(?P<agency>\([A-Z][\w.&'’ -]{0,30}\)|/[A-Z][\w.&'’ -]{0,30}/)?"
    r"[ \t]*(?:--|[-–—])[ \t]+"
)


# ... or its place in ordinary case, as a company's release sets it ("Brennmoor, 5 March 2026 – ",
# "London, March 4, 2026 /PRNewswire/ --"): then only a full date, its year with it, or a newswire's
# name between slashes says it is one ("Kelmet, March 4 - the day …", "Ana Berg (Lab) - I …" are text),
# and only where a dateline stands: before the story's text (under the title, the byline, the date,
# a standfirst and a picture's caption, or a release's two subheads: at most DATELINE_PROSE_BEFORE
# paragraphs of prose above it, a list's items, a release's highlights, being none) or right under
# a heading (a live blog's entry); further into the story, after its first paragraphs, "Paris,
# 5 March 2026 - the day the strike began …" is a sentence that opens on a place.
# The same holds for a dateline in capitals ("KYIV, March 3 —", "LONDON (Reuters) -").
_TITLED_DATELINE = re.compile(
    r"\s*[A-Z][^\W\d_]*(?:[ -][A-Z][^\W\d_]*){0,2}"
    r"(?:,[ \t]*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})??"
    rf"(?:,[ \t]*(?P<date>(?i:{_WIRE_DATE})))?"
    r"[ \t]*(?P<agency>/[A-Z][\w.&'’ -]{0,30}/)?"
    r"[ \t]*(?:--|[-–—])[ \t]+"
)
_YEAR = re.compile(r"\d{4}")
DATELINE_PROSE_BEFORE = 2


def wire_dateline(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The wire dateline at `start` in `text` (see WIRE_DATELINE, _TITLED_DATELINE), or None.
    The segmenter asks only where a dateline stands (see DATELINE_PROSE_BEFORE); the kinds'
    furniture test (any passage) and the date reader (reader.corpus.byline.dateline, among the
    opening passages) ask of a short line alone, with a space after it, whether all of it is one."""
    end = len(text) if end is None else end
    m = WIRE_DATELINE.match(text, start, end)
    if m is None or not (m["date"] or m["agency"]):
        m = _TITLED_DATELINE.match(text, start, end)
        if m is None or not (m["date"] and _YEAR.search(m["date"]) or m["agency"]):
            return None
    if text[m.end():m.end() + 1].islower():
        return None  # (the story's first sentence follows a dateline: "UN (United Nations) — the …" is one)
    return m


_WRAP_WIDTH = 100
# What a sentence ends with, as the last character of a line: its end may be a paragraph's.
END_PUNCT = tuple(".!?:;\"”’)»" + CJK_STOPS + SCRIPT_STOPS)


def _line_ends(line: str) -> bool:
    """Whether a line ends a sentence (see END_PUNCT), its reference marks aside ("….[3]",
    "….[citation needed]": the sentence ends where its stop is)."""
    return unmarked_end(line.rstrip()).endswith(END_PUNCT)


# A file is written in blank-line paragraphs when it has at least this many blocks, of at most
# this many lines each on average: one-sentence-per-line paragraphs run one to five sentences,
# while a page copied with one paragraph per line has a blank line only after its title or
# between a few sections of many lines.
_MIN_BLOCKS = 3
_MAX_MEAN_LINES = 4
_HEADING_LINE_WORDS = 12  # a line this short without closing punctuation reads as a heading
# The longest paragraph kept whole. The longest in the bundled seeds and the benchmarks'
# articles is under 1,000 characters and a long printed paragraph runs to 2,000-3,000; ten
# thousand cuts only text that has no paragraphs (a data dump, a book on one line), whose
# one "paragraph" would otherwise be one passage of megabytes: one line to read, one unit to
# align, and the aligner's scan of it holds every word at once (2.9 GB for 50 MB).
MAX_PARAGRAPH_CHARS = 10_000
# Where a long paragraph may be cut, best first: after a sentence's end, else at a space.
# (Chinese and Japanese write no space after a full stop, so theirs needs none.)
_SENTENCE_END = re.compile(rf"[.!?{SCRIPT_STOPS}][{re.escape(CLOSERS)}]*\s+|[{CJK_STOPS}][”’」』）]*\s*")
# What belongs to the character before it (a combining accent, a variation selector) or joins
# it to the next (a zero-width joiner): a cut at the limit steps back past these.
_ATTACHED_AFTER = frozenset("\u200d") | frozenset(map(chr, range(0xFE00, 0xFE10)))
_SPACE = re.compile(r"\s+")
# A page's number on a line of its own, as text copied out of a PDF keeps it between the
# paragraphs: "4", "- 4 -", "Page 4", "Page 4 of 12", "4/12".
PAGE_NUMBER = re.compile(r"\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
                         r"|\d{1,3}(?:\s*(?:of|/)\s*\d{1,4})?)\s*", re.IGNORECASE)  # a bare four digits is a year
# A page's number at a line's edge that says it is one: after "Page" or "p." ("Orvet v Harl,
# page 3"), or counted against the pages ("3 of 12", "3/12"); a bare number may be a title's own.
_PAGE_NAMED = r"(?:page|p\.)\s*\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?"  # "page 3", "p. 3", "Page 3 of 12"
_PAGE_COUNTED = r"\d{1,4}\s*(?:/|of)\s*\d{1,4}"  # "3 of 12", "3/12"
# A running header or footer: the document's or a chapter's name, often with the page number
# at its edge ("Harrow Dam Dispute        3"; a browser's printed page ends its footer with
# "2/5", a word processor's with "Page 2 of 5"; or opening it, "Page 2: Harrow Dam Dispute",
# "p. 3: Part 4", "p.3 Harrow Dam Dispute"), on a line the page layout repeats.
_EDGE_NUMBER = re.compile(rf"^\s*(?:{_PAGE_NAMED}:?|\d{{1,4}}(?:\s*(?:/|of)\s*\d{{1,4}})?)\s+"
                          r"|\s+(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)
_NAMED_PAGE_NUMBER = re.compile(rf"^\s*(?:{_PAGE_NAMED}:?|{_PAGE_COUNTED})\s+|\s+(?:{_PAGE_NAMED}|{_PAGE_COUNTED})\s*$",
                                re.IGNORECASE)
# A part's number and how many parts there are, after the one word it numbers ("Day 1 of 3",
# "Part 2/4", "Episode 3 of 8"): a heading's, not a page's (a page's count follows "Page", or a
# title's or an address's words).
_PART_COUNT = re.compile(r"[^\W\d_]+\s+\d{1,4}\s*(?:/|of)\s*\d{1,4}", re.IGNORECASE)
# A heading that numbers the part it heads ("Chapter 2", "Part 3", "Section 12", or after the
# title of the whole and a comma, a colon or a dash: "The inquiry, part 2"): the word for a
# division of a text, then its number. Its number is its own: each such heading is another
# part's, and only the same number again on page after page makes it a running header. A title
# before it holds no number: "Page 3 — Section 2", "3 — Chapter 3" number their pages.
_PART_NUMBER = re.compile(r"(?:[^\n\d,:;—–]{1,80}?(?:[,:;]|\s[—–-])\s*)?"
                          r"(?:chapter|part|section|book|volume|act|scene|canto|episode|lesson|unit|appendix|annex"
                          r"|chapitre|partie|kapitel|teil|abschnitt|cap[ií]tulo|capitolo|parte|secci[oó]n|hoofdstuk|deel)"
                          r"\s+\d{1,4}\.?", re.IGNORECASE)
# A running line is short: a title, a name, a date (with its page number: no more words than this).
RUNNING_MAX_WORDS = 12
# Reflowing a block takes this many full lines at least, most of them (_REFLOW_OPEN_SHARE)
# ending mid-sentence: a list of short items, or sentences one per line, has few such lines.
_REFLOW_MIN_FULL = 3
_REFLOW_OPEN_SHARE = 0.5
# The dash that opens a quotation's attribution line (an em dash or a quotation dash; an en
# dash or a hyphen opens a list item).
_ATTRIBUTION = ("—", "―")
# A subtitle cue's timing ("00:00:04,200 --> 00:00:08,000", WebVTT's with a dot and settings
# after it): the cue's words follow it on lines of their own, and do not go on from it.
CUE_TIMING = re.compile(r"[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}"
                        r"(?:[ \t]+\S[^\n]*)?[ \t]*")
_QUOTED = re.compile(r"[ \t]*>")  # a line an e-mail quotes from another message, or a quote it sets off
_INDENT = re.compile(r"[ \t]{2,}|\t")  # a first line's indent, where the other lines have none


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
    if any(not _full(e - s, widest) for s, e in inner):
        return False
    open_ended = sum(1 for s, e in inner if not _line_ends(text[s:e]))
    return open_ended * 2 >= len(inner)


def _full(length: int, widest: int) -> bool:
    """Whether a line of `length` fills a wrapped block whose lines run to `widest`."""
    return length >= max(40, 0.6 * widest)


def _wrap_width(lengths: list[int]) -> int:
    """The width lines of these `lengths` are wrapped at: the length nine in ten of them do not
    pass, so that the longest few (a running header padded out to the margin) do not set it."""
    return sorted(lengths)[(len(lengths) - 1) * 9 // 10]


def running_line(line: str) -> str:
    """A line's words without a page number at either edge: what repeats on every page of a
    running header or footer."""
    line = line.strip()
    if ((line[:1].isdigit() or line[-1:].isdigit() or line[:5].casefold() == "page " or line[:2].casefold() == "p.")
            and not counts_parts(line) and not numbers_part(line)):
        line = _EDGE_NUMBER.sub("", line)
    return " ".join(line.split())


def names_page_number(line: str) -> bool:
    """Whether `line` carries at its edge a number that says it is the page's ("…, page 3",
    "Page 3 of 12 …", "… 3/12"), not a count of the parts a heading heads."""
    return not counts_parts(line) and bool(_NAMED_PAGE_NUMBER.search(line.strip()))


def counts_parts(line: str) -> bool:
    """Whether `line` is a heading that counts the parts of what it heads ("Day 2 of 3",
    "Part 2/4"): its numbers are its own, no page's."""
    line = line.strip()
    return bool(_PART_COUNT.fullmatch(line)) and not line.casefold().startswith("page")


def numbers_part(line: str) -> bool:
    """Whether `line` is a heading that numbers the part it heads ("Chapter 2", "Section 3"):
    its number is its own, no page's."""
    return bool(_PART_NUMBER.fullmatch(line.strip()))


def _reflowed(text: str, block: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The paragraphs of a block of PDF-like text (see the module docstring): a line joins the
    next while it fills the width (`wrapped`) and the next line neither starts a list item nor
    is a page number, a running header (a short line the block repeats) or, after a sentence's
    end, indented where the lines are not (a new paragraph's first line); None when the block is
    not such text."""
    if _wrap_width([e - s for s, e in block]) > 2 * _WRAP_WIDTH:
        return None  # lines of whole paragraphs (trailing spaces cannot make them narrow)
    lengths = [len(text[s:e].rstrip()) for s, e in block]
    widest = _wrap_width(lengths)
    if widest > _WRAP_WIDTH:
        return None
    full = [i for i, n in enumerate(lengths) if _full(n, widest)]
    open_ended = sum(1 for i in full if not _line_ends(text[block[i][0]:block[i][1]]))
    if len(full) < _REFLOW_MIN_FULL or open_ended < _REFLOW_OPEN_SHARE * len(full):
        return None
    keys = [running_line(text[s:e]) for s, e in block]
    # a running header repeats, and (its padding and page number aside) does not fill the width
    repeated = {key for key, n in Counter(keys).items() if n > 1 and not _full(len(key), widest)}
    indented = sum(1 for s, e in block if _INDENT.match(text, s)) * 2 < len(block)

    def apart(i: int, ended: bool) -> bool:
        s, e = block[i]
        return bool(LIST_ITEM.match(text, s, e) or PAGE_NUMBER.fullmatch(text, s, e) or keys[i] in repeated
                    or (indented and ended and _INDENT.match(text, s, e)))

    def wrapped(i: int, ended: bool) -> bool:
        """Whether line i was broken by the width, not by its paragraph's end: it fills the
        width and does not end a sentence, or the next line's first word would not have fit
        on it (a sentence can end at the margin, a paragraph's last line seldom reaches it)."""
        if not ended:
            return _full(lengths[i], widest)
        s, e = block[i + 1]
        return lengths[i] + 1 + len(text[s:e].split(None, 1)[0]) > widest

    out: list[tuple[int, int]] = []
    start = None
    for i, (s, e) in enumerate(block):
        start = s if start is None else start
        ended = _line_ends(text[s:e])
        if i + 1 < len(block) and wrapped(i, ended) and not apart(i + 1, ended) and keys[i] not in repeated:
            continue
        out.append((start, e))
        start = None
    return out


def _paged(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the text carries the page furniture of a PDF it was copied out of: page numbers
    on lines of their own, or a running header with the page's number at its edge, on two pages
    or more. Its blocks are then reflowed (`_reflowed`) even when blank lines part them: such a
    copy often keeps a blank line between sections, but still none between the paragraphs
    inside one, nor before the page number under the last of them."""
    numbers = 0
    headers: Counter[str] = Counter()
    for s, e in lines:
        if e - s > 2 * _WRAP_WIDTH or not (text[s:e].strip()[:1].isdigit() or text[s:e].rstrip()[-1:].isdigit()):
            continue
        if PAGE_NUMBER.fullmatch(text, s, e):
            numbers += 1
        elif (key := running_line(text[s:e])) and key != " ".join(text[s:e].split()):
            headers[key] += 1
        if numbers > 1 or headers and max(headers.values()) > 1:
            return True
    return False


def _blank_separated(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the file's paragraphs are its blank-line blocks (see the module docstring)."""
    blocks = filled = 0
    previous_blank = True
    for s, e in lines:
        blank = not text[s:e].strip()
        if not blank:
            filled += 1
            blocks += previous_blank
        previous_blank = blank
    return blocks >= _MIN_BLOCKS and filled <= _MAX_MEAN_LINES * blocks


def _stands_alone(line: str) -> bool:
    """A list item or a heading-like line: its own paragraph even inside a block. A table's
    row ("| Lenka | 2.5 km |") is not: the rows of a table are read as one passage."""
    if LIST_ITEM.match(line):
        return True
    stripped = line.strip()
    if stripped.startswith(_ATTRIBUTION):
        return False  # "— a resident, last year": who said the quote on the line above
    if SPEAKER_LABEL.match(stripped):
        return False  # an interview's question, or a turn of a transcript: the answer goes with it
    if len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|") or "\t" in stripped:
        return False  # a table's row, its cells between bars or, pasted from a page, tabs
    words = stripped.split()
    if len(words) > _HEADING_LINE_WORDS:
        return False
    stripped = unmarked_end(stripped)  # "…in 1911.[3]" ends a sentence
    if stripped.endswith("?"):
        return True  # a short question alone on its line is a (sub)title
    return not stripped.endswith((*END_PUNCT, ","))


# A Markdown table's row, which Markdown writes between outer bars ("| Orm | 37% |", "|Orm|37%|"),
# has a cell between each two bars (a bar after a backslash is a cell's text), and its separator
# row under the header ("|---|:--:|", "--- | ---", "---|---") a cell for each run of dashes: the
# header, the separator and the rows count alike, as a table's rows without outer bars do. Its
# rows may hold fewer cells than its header (GFM 4.10): a line between outer bars is a row beside
# another such line, however many cells each has.
_UNESCAPED_BAR = re.compile(r"(?<!\\)\|")
_TABLE_SEPARATOR = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?|\|[ \t]*:?-+:?[ \t]*\|")


def _cells(text: str, s: int, e: int) -> int:
    """How many cells a line of a table has: a Markdown table's (between its outer bars, or its
    separator row), or one pasted from a page (its cells between tabs, or between bars set off
    by spaces, as a page's table comes out of its markup: "Repair cost | €62m"); 0 for a line
    with none of those, or a list item (a bullet and its tab)."""
    line = text[s:e].rstrip()  # (a leading tab stands for the empty cell above a table's first column)
    bare = line.strip()
    if "|" in bare and _TABLE_SEPARATOR.fullmatch(bare):
        return bare.strip("|").count("|") + 1
    if LIST_ITEM.match(line):
        return 0
    if "\t" in bare:
        return line.count("\t") + 1
    if _barred(bare):
        return len(_UNESCAPED_BAR.findall(bare)) - 1
    return line.count(" | ") + 1 if " | " in line else 0


def _barred(line: str) -> bool:
    """Whether `line` (stripped) stands between a Markdown table's outer bars (see _UNESCAPED_BAR)."""
    return len(line) > 1 and line[0] == "|" and line[-1] == "|" and line[-2] != "\\"


def table_rows(text: str, block: list[tuple[int, int]]) -> set[int]:
    """The lines of `block` that are rows of a table: a line of cells (_cells: a Markdown table's
    header and separator as its rows) beside another line of as many, or a line between outer
    bars beside another (_UNESCAPED_BAR)."""
    cells = [_cells(text, s, e) for s, e in block]
    barred = [bool(n) and _barred(text[s:e].strip()) for n, (s, e) in zip(cells, block)]
    return {i for i, n in enumerate(cells)
            if n and any(0 <= j < len(cells) and (cells[j] == n or barred[i] and barred[j]) for j in (i - 1, i + 1))}


def _attribution(text: str, previous: tuple[int, int], s: int, e: int) -> bool:
    """Whether line s:e names who said the quote or sentence ending on the line before it
    ("— Dana Ilves, union secretary"): a dash, a few words, no sentence of its own (a line of
    dialogue, as Russian or Spanish news sets a quote, ends as a sentence does)."""
    line = text[s:e].strip()
    return (line.startswith(_ATTRIBUTION) and len(line.split()) <= _HEADING_LINE_WORDS
            and not line.endswith(END_PUNCT) and text[previous[0]:previous[1]].rstrip().endswith(END_PUNCT))


def _lines_as_paragraphs(text: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each line of a block its own paragraph, but for the rows of a table pasted from a page
    (lines of as many tab-separated cells) and a quote's attribution line, which go with the
    lines before them."""
    out: list[tuple[int, int]] = []
    previous_cells = 0
    for s, e in block:
        cells = _cells(text, s, e)
        if out and ((cells and cells == previous_cells) or _attribution(text, out[-1], s, e)):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
        previous_cells = cells
    return out


def _page_paragraphs(text: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs of a block of a web page's text (see `paragraph_spans`): its lines are
    the page's <br>-broken lines of one paragraph, an address or a verse, and stay one; but a
    list's items are their own, and so is a first line set as the heading of the lines after it
    ("Background<br>The ferry has crossed…": a line that stands alone over lines that do not)."""
    alone = [_stands_alone(text[s:e]) for s, e in block]
    out: list[tuple[int, int]] = []
    run: tuple[int, int] | None = None
    for n, (s, e) in enumerate(block):
        item = bool(LIST_ITEM.match(text, s, e))
        if item or (n == 0 and alone[0] and not all(alone) and not text[block[1][0]:block[1][1]].lstrip()[:1].islower()
                    and not table_rows(text, block)):
            if run:
                out.append(run)
            out.append((s, e))
            run = None
        else:
            run = (run[0] if run else s, e)
    if run:
        out.append(run)
    return out


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] (trimmed) in pieces of at most MAX_PARAGRAPH_CHARS, each cut after the
    last sentence end of its second half, else at its last space there, else at the limit.
    Linear: each character is searched at most twice."""
    out = []
    half = MAX_PARAGRAPH_CHARS // 2
    while end - start > MAX_PARAGRAPH_CHARS:
        limit = start + MAX_PARAGRAPH_CHARS
        cut = None
        for pattern in (_SENTENCE_END, _SPACE):
            last = None
            for last in pattern.finditer(text, start + half, limit + 1):
                pass
            if last is not None:
                cut, after = last.start() + len(last.group().rstrip()), last.end()
                break
        if cut is None or cut <= start:
            cut = after = _whole_character_edge(text, start, limit)
        while text[cut - 1].isspace():  # a run of spaces from before the second half
            cut -= 1
        out.append((start, cut))
        start = after
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))
    return out


def _whole_character_edge(text: str, start: int, limit: int) -> int:
    """`limit`, moved back so the piece before it ends on a whole character: never before a
    combining mark or a variation selector, nor after a zero-width joiner (`limit` itself when
    the whole piece is such marks)."""
    cut = limit
    while cut > start + 1 and (text[cut] in _ATTACHED_AFTER or text[cut - 1] == "\u200d"
                               or unicodedata.category(text[cut]).startswith("M")):
        cut -= 1
    return cut if cut > start + 1 else limit


def paragraph_spans(text: str, page: bool = False, pages: bool = False) -> list[tuple[int, int]]:
    """Non-overlapping, ordered, whitespace-trimmed spans covering all non-blank text. `page`:
    the text a web page's markup gave (reader.corpus.html), its blank-line blocks the page's
    paragraphs, headings, quotes and lists, a line break inside one a <br>: no rule about lines
    need guess where its paragraphs end (`_page_paragraphs`). `pages`: the file parted its text
    into pages by PAGE_BREAK (a PDF's pages, a form feed in any text), taken out of `text`: read
    as a copy with its page furniture is (`_paged`): the blank line a running header or a heading sets apart does not
    make its blocks paragraphs, whose first lines' indents still part them (`_reflowed`)."""
    spans: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []
    prose = 0  # paragraphs of prose so far (see DATELINE_PROSE_BEFORE)
    all_lines = _lines(text, 0, len(text))
    by_blocks = _blank_separated(text, all_lines)
    paged = by_blocks and not page and (pages or _paged(text, all_lines))

    def flush() -> None:
        if not spans and by_blocks and not page and (byline_at := _byline_under_title(text, block)):
            _emit(block[0][0], block[byline_at - 1][1])  # the title, its lines one passage
            _emit(*block[byline_at])
            del block[:byline_at + 1]
        if not block:
            return
        reflowed = not page and (paged or not by_blocks) and len(block) > 2 and _reflowed(text, block)
        if page:
            for s, e in _page_paragraphs(text, block):
                _emit(s, e)
        elif reflowed:
            for s, e in reflowed:
                _emit(s, e)
        elif _is_wrapped(text, block):
            run_start = block[0][0]
            for (s, e), (next_s, _) in zip(block, block[1:] + [(None, None)]):
                if next_s is None or LIST_ITEM.match(text, next_s):
                    _emit(run_start, e)
                    run_start = next_s
        elif by_blocks and len(block) > 1:
            run: tuple[int, int] | None = None
            rows = table_rows(text, block)
            carried = False  # the line before goes on into this one
            for n, ((s, e), (next_s, _)) in enumerate(zip(block, block[1:] + [(None, None)])):
                # a line goes on into the next when that is in lower case (the rest of a wrapped
                # heading), or when both are quoted ("> "): a quote and who said it are one passage
                wraps_on = next_s is not None and (text[next_s : next_s + 1].islower() or (
                    _QUOTED.match(text, s, e) is not None and _QUOTED.match(text, next_s) is not None)
                ) and not CUE_TIMING.fullmatch(text, s, e)
                alone = _stands_alone(text[s:e]) and not wraps_on and not carried and n not in rows
                carried = wraps_on or debate_label(text[s:e]) is not None  # a debate's turn goes with its speaker
                if alone:
                    if run:
                        _emit(*run)
                    _emit(s, e)
                    run = None
                else:
                    run = (run[0] if run else s, e)
            if run:
                _emit(*run)
        else:
            for s, e in _lines_as_paragraphs(text, block):
                _emit(s, e)
        block.clear()

    def _emit(s: int, e: int) -> None:
        nonlocal prose
        trimmed = _trim(text, s, e)
        if trimmed is None:
            return
        s, e = trimmed
        before = text[spans[-1][0]:spans[-1][1]] if spans else ""
        under_heading = bool(before) and "\n" not in before and not _line_ends(before)
        # (a dateline in capitals stands where one in ordinary case does: "KYIV, March 3 — The day …"
        # further into the story is a sentence that opens on a place)
        placed = prose <= DATELINE_PROSE_BEFORE or under_heading
        prefix = DATELINE_PREFIX.match(text, s, e) or (wire_dateline(text, s, e) if placed else None)
        if prefix and prefix.end() < e:
            spans.append((s, len(text[s : prefix.end()].rstrip()) + s))
            s = prefix.end()
        prose += len(text[s:e].split()) > RUNNING_MAX_WORDS and _line_ends(text[s:e]) and not LIST_ITEM.match(text, s, e)
        spans.extend(_cut_long(text, s, e))

    for s, e in all_lines:
        if text[s:e].strip():
            block.append((s, e))
        else:
            flush()
    flush()
    return spans


# The lines a title runs to, wrapped, above a byline set right under it (_byline_under_title):
# a headline seldom takes three; more lines above a byline are a page's menu and title, copied
# a line each.
TITLE_LINES_MAX = 2


def _byline_under_title(text: str, block: list[tuple[int, int]]) -> int | None:
    """Which line of the first block of a text in blank-line blocks is a byline set right under
    the title, no blank line between ("By Ana Ruiz · The Beacon · 15 March 2026", "Por Ana
    Ruiz"), the lines above it ending no sentence: the title and the byline are passages of their
    own, not one paragraph wrapped. None when no line is."""
    for n in range(1, min(len(block), TITLE_LINES_MAX + 1)):
        if _line_ends(text[slice(*block[n - 1])]):
            return None
        if byline_parts(text[slice(*block[n])]) is not None:
            return n
    return None


_BLANK_LINE_ENDS = re.compile(r"\n[ \t]*\n$")  # a blank line right before
PAGE_BREAK = "\f"  # a form feed: where a page of a PDF copy ends (pdftotext's, the reader's own)


def page_heads(text: str, starts: list[int]) -> list[int]:
    """Of `starts`, where pages of `text` begin (after a form feed, which pdftotext sets with no
    blank line before it, so a page's first line reads as the last paragraph's next line), the
    offsets whose first line stands apart from the text before: that ends a sentence, and the
    line is a block of one line not going on in lower case (a heading atop the page, "Part 3"),
    not a paragraph going on; or whatever follows a page's number set apart at the foot of the
    page before ("Page 1 of 2" under a blank line: its own block, no line of the next page's
    paragraph; one right under the text is a paragraph's furniture, page_breaks')."""
    heads = []
    for start in starts:
        line_start = text.rfind("\n", 0, max(0, start - 1)) + 1
        if PAGE_NUMBER.fullmatch(text, line_start, start) and text[line_start:start].strip() and (
                line_start == 0 or _BLANK_LINE_ENDS.search(text, max(0, line_start - _LOOK_BACK), line_start)):
            heads.append(start)
            continue
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        next_end = text.find("\n", line_end + 1)
        first = text[start:line_end].strip()
        alone = line_end == len(text) or not text[line_end + 1:len(text) if next_end < 0 else next_end].strip()
        before = text[max(0, start - _LOOK_BACK):start].rstrip()
        if before.endswith(END_PUNCT) and first and not first[0].islower() and alone:
            heads.append(start)
    return heads


# How far before a page's start the end of the text before it is looked for (characters): past
# the spaces and line breaks between, never the whole text again for each page.
_LOOK_BACK = 200


def cut_furniture(text: str, spans: list[tuple[int, int]], breaks: list[tuple[int, int]]) -> set[str]:
    """The running lines (`running_line`) of the page furniture `breaks` (page_breaks') take
    out of `text`: a footer or header met again where no paragraph runs across it (the last
    page's) is furniture there too."""
    found: set[str] = set()
    n = 0
    for s, e in spans:
        while n < len(breaks) and breaks[n][1] <= s:
            n += 1
        if n < len(breaks) and breaks[n][0] <= s and e <= breaks[n][1]:
            found.add(running_line(text[s:e]))
    return found - {""}


def page_breaks(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A PDF copy's paragraphs that a page break cuts in two, joined: a paragraph of wrapped
    lines (or one line as wide as they are: its first, the last on its page) that stops
    mid-sentence, then nothing but the page's furniture (its number, or a running header or
    footer the copy repeats, each a short line of its own), then a paragraph going on in lower
    case. Returns the spans with each such pair made one, and the breaks to
    take out of the text (from the first part's end to the line break before the second), so
    the paragraph reads on."""
    short = [e - s <= 2 * _WRAP_WIDTH and "\n" not in text[s:e] for s, e in spans]
    keys = [running_line(text[s:e]) if is_short else "" for (s, e), is_short in zip(spans, short)]
    counts = Counter(keys)
    furniture = [is_short and bool(PAGE_NUMBER.fullmatch(text, s, e) or counts[key] > 1)
                 for (s, e), is_short, key in zip(spans, short, keys)]
    out: list[tuple[int, int]] = []
    breaks: list[tuple[int, int]] = []
    width: int | None = None  # the width the text's paragraphs are wrapped at, found when needed

    def wrapped(s: int, e: int) -> bool:
        """Whether s:e is wrapped text: lines broken by the width, or one line that fills it (a
        paragraph's first line, the last on its page)."""
        nonlocal width
        if text.find("\n", s, e) != -1:
            return True
        if width is None:
            lines = [len(text[a:b].rstrip()) for lo, hi in spans if text.find("\n", lo, hi) != -1
                     for a, b in _lines(text, lo, hi)]
            width = _wrap_width(lines) if lines else 0
        return bool(width) and _full(e - s, width) and e - s <= 1.2 * width  # not a line of a whole paragraph

    i = 0
    while i < len(spans):
        s, e = spans[i]
        j = i + 1
        # the paragraph may go on across several pages
        while j < len(spans) and furniture[j] and not text.endswith(END_PUNCT, s, e) and wrapped(s, e):
            k = j
            while k < len(spans) and furniture[k]:
                k += 1
            if k == len(spans) or not text[spans[k][0]:spans[k][0] + 1].islower():
                break
            breaks.append((e, spans[k][0] - 1))  # the line break before the second part stays
            e, j = spans[k][1], k + 1
        out.append((s, e))
        i = j
    return out, breaks
