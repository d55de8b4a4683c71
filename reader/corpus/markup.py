"""Markdown's inline markup, left out of what a .md article shows, its offsets kept.

Articles saved as Markdown (by web clippers and notes apps) carry link targets, emphasis
marks, footnote references and escapes that a reader should not have to read past, and whose
words ("https", "example", "org") would otherwise count as words the two articles share.
Everything here is a removal, so every character shown is still the file's own and
passages, evidence and bookmarks keep pointing into the file (`CleanText.without`).

Front matter (a YAML block between "---" lines, or TOML between "+++", at the very top, as
static-site and notes tools write it) is metadata, not text: it goes, and its title, author,
date, outlet and address are read (`front_matter`). So is a header of "Title: …" lines up to
the first blank line (MultiMarkdown's metadata, and how people head the text files they keep:
`header_block`), in a Markdown file or a plain text one.

What goes: a link's brackets and target ("[the report](https://…)" reads "the report"), an
image whole, emphasis and strike marks, code backticks, footnote references and the markers
of their definitions, link reference definitions, a quote's ">" markers, backslash escapes,
autolink angle brackets, HTML comments, HTML tags (`<em>`, `<a href=…>`, `<div>`; their text
stays, and where a block's tag stood a paragraph ends: `Markdown.blocks`), character references ("&mdash;", "&#8217;": whole, as the character cannot be put in
their place), a code block's fence lines and a fenced div's (":::"), a table's separator
row, thematic breaks ("***", "- - -", "___"), an ATX heading's "#" marks (its closing "#"s
and attribute block too) and a setext heading's underline ("=====" or "-----" under a paragraph's lines): the lines of either
heading are `Markdown.headings`; a notes app's embeds whole, the brackets of its links to
notes (and the note's name, where the link shows other text) and a callout's "[!type]". What
stays: list markers (part of how a list reads) and the pipes between a table's cells.
Inline code is left as written inside its backticks. Which lines are breaks and underlines
follows CommonMark: "---" right under a paragraph's line underlines it, anywhere else it is a
break; a line of "=" anywhere but under a paragraph is text.

Every pass is linear in the text: marks are found by one regular expression each (bounded, so
that none reads far from where it starts) and paired in one walk, and a closing mark is looked
for within MAX_SPAN characters. Memory is bounded by reading markup only in texts no larger
and no denser in marks than an article (`too_marked`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from reader.corpus.byline import written_date
from reader.corpus.html import BLOCK_TAGS

Span = tuple[int, int]

# Emphasis, link text, a link's target and code are a word, a phrase, a sentence or an
# address: markup whose closing mark is further away than this, or on another line, is left
# as written.
MAX_SPAN = 1000

_FRONT_MATTER = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\n(?:([\s\S]{0,65536}?)\n)?\1[ \t]*(?:\n|\Z)")
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*([^\n]*)", re.MULTILINE)
_LIST_ITEM = re.compile(r"^[ \t]+-[ \t]+([^\n]+)", re.MULTILINE)
# What a front matter block may hold besides fields: list items, indented continuations,
# comments and blank lines. A block with any other line is no front matter but text that
# opens with a rule.
_MATTER_LINE = re.compile(r"[A-Za-z_][\w-]*[ \t]*[:=]|[ \t]|#|$")
_ADDRESS = re.compile(r"https?://\S", re.IGNORECASE)
# A sender's e-mail address after the name ("Dana Ilves <dana@council.example>"), and the marks a
# reply or a forward puts before a subject ("Re: ", "Fwd: ").
_MAIL_ADDRESS = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>")
_REPLY_MARKS = re.compile(r"(?:(?:re|fwd?|aw|wg|tr|sv)\s*:\s*)+", re.IGNORECASE)
# A date with its time ("2026-03-02T08:00:00+01:00"): the date is what a citation gives.
_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?")
FIELD_MAX = 300  # characters of a front matter value kept (a title, a name, a date, an address)
# A notes app's link to a note of that name: what a web clipper writes for an author.
_WIKI_LINK = re.compile(r"\[\[([^\[\]|]{1,%d})(?:\|([^\[\]]{1,%d}))?\]\]" % (FIELD_MAX, FIELD_MAX))
# Front matter keys, as tools spell them, for each field of an article's metadata.
# (An e-mail saved as text heads it with its own: its subject is the title, who sent it the
# author, "Date:" or Outlook's "Sent:" the date.)
_FIELDS = {"title": ("title", "subject"), "author": ("author", "authors", "byline", "creator", "from"),
           "date": ("date", "published", "pubdate", "publish_date", "created", "sent"),
           "outlet": ("outlet", "source", "site", "site_name", "publisher", "publication"),
           "url": ("url", "source_url", "link", "canonical", "original_url"), "side": ("side", "stance", "leaning")}
# HTML a Markdown writer uses for what Markdown lacks (inline, and the blocks a clipper leaves:
# <div>, <p>, <figure>, <details>, a table's tags): the tags go, their text stays.
_INLINE_TAG = re.compile(r"</?((?:a|abbr|address|article|aside|b|bdi|blockquote|br|caption|center|cite|code|dd|del|"
                         r"details|dfn|div|dl|dt|em|figcaption|figure|font|footer|h[1-6]|header|hr|i|img|ins|kbd|li|"
                         r"main|mark|nav|ol|p|picture|pre|q|s|samp|section|small|source|span|strong|sub|summary|"
                         r"sup|table|tbody|td|tfoot|th|thead|time|tr|u|ul|var))(?:[ \t]+[\w:-]{1,50}(?:[ \t]*=[ \t]*(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'|"
                         r"[^\s\"'<>=`]{1,500}))?){0,20}[ \t]*/?>", re.IGNORECASE)  # "a <b and c> d" stays
# Of those, the tags that bound a block: where one stands, a paragraph ends and the next begins
# ("end.</p><p>Next", "word</div><div>word"), though the text has no blank line there. A line
# break (<br>) only parts the words it would join ("one<br>two"); at a line's end it is one.
# They are a page's blocks (`html.BLOCK_TAGS`) and, in Markdown, where no table is laid out, a
# table's parts and a list's terms too.
_BLOCK_TAGS = BLOCK_TAGS | {"caption", "center", "dd", "dt", "summary", "tbody", "td", "tfoot", "th", "thead", "tr"}
# An HTML heading on one line ("<h2>Costs</h2>"): a heading, as an ATX heading is.
_HTML_HEADING = re.compile(r"<(h[1-6])\b[^<>\n]{0,500}>[^\n]{0,%d}?</\1[ \t]*>" % MAX_SPAN, re.IGNORECASE)
_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})[^\n`]*$", re.MULTILINE)
_BACKTICKS = re.compile(r"`+")
_IMAGE_OR_LINK = re.compile(r"(!?)\[([^\[\]\n]{1,%d})\]" % MAX_SPAN)
_FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^[^\[\]\s]{1,100}\]:[ \t]*", re.MULTILINE)
_FOOTNOTE_REFERENCE = re.compile(r"\[\^[^\[\]\s]{1,100}\](?!:)")
_REFERENCE_LABEL = re.compile(r"^ {0,3}\[(?!\^)([^\[\]\n]{1,%d})\]:[ \t]+\S" % MAX_SPAN, re.MULTILINE)
# A link's target: an address without spaces (or any in angle brackets), then an optional title.
_TARGET = re.compile(r"[ \t]*(?:<[^<>\n]*>|[^\s<>]*)(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[(?!\^)[^\[\]\n]{1,%d}\]:[ \t]+\S[^\n]*" % MAX_SPAN, re.MULTILINE)
_QUOTE_MARKERS = re.compile(r"^ {0,3}(?:> ?)+", re.MULTILINE)
_ESCAPE = re.compile(r"\\[\\`*_{}\[\]()#+\-.!|>~<]")  # the backslash goes, the character stays
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]{1,%d})>" % MAX_SPAN)
# (the row goes with its line break, so the header row and the body rows stay one block)
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?\|?[ \t]*(?:\n|$)",
                         re.MULTILINE)
# An ATX heading (CommonMark 4.2): its opening "#"s and the spaces after them, and at its end a
# closing run of "#"s and an attribute block ("{#costs}", "{#costs .wide}", as Pandoc, kramdown
# and static-site tools write it), each set off by a space. What is left is the heading's text.
_ATX_HEADING = re.compile(r"^( {0,3}#{1,6}(?:[ \t]+|(?=\n)|$))([^\n]*?)((?:[ \t]+#+)?(?:[ \t]*\{[#.][^{}\n]{0,200}\})?"
                          r"[ \t]*)$", re.MULTILINE)
# A character reference ("&mdash;", "&amp;", "&#8217;", "&#x2019;"): the character it stands for
# cannot be put in its place (what is shown is the file's own text), and its name or number is
# no word nor figure of the article ("mdash", "8217"), so it goes whole.
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# A notes app's (Obsidian's) own marks, as its web clipper writes them: a note or picture
# embedded ("![[ferry.jpg]]": whole, as an image), a link to a note ("[[Velm council]]",
# "[[velm-council|the council]]": the text it shows stays) and a callout's type at the head of
# a quote ("> [!note] Why I saved this").
_WIKI_EMBED = re.compile(r"!\[\[[^\[\]\n]{1,%d}\]\]" % MAX_SPAN)
_WIKI = re.compile(r"(\[\[(?:[^\[\]|\n]{1,%d}\|)?)[^\[\]|\n]{1,%d}(\]\])" % (MAX_SPAN, MAX_SPAN))
_CALLOUT = re.compile(r"^ {0,3}(?:> ?)+(\[![\w-]{1,30}\][+-]?[ \t]*)", re.MULTILINE)
# A fenced div's fence lines (Pandoc's and Quarto's "::: {.callout-note}" ... ":::"): the
# div's text stays, as a code block's does.
_DIV_FENCE = re.compile(r"^ {0,3}:{3,}(?:[ \t]*(?:\{[^{}\n]{0,200}\}|[\w-]{1,50}))?[ \t]*:*[ \t]*$", re.MULTILINE)
# Block structure, line by line (CommonMark 4.1, 4.3): a thematic break is three or more of one
# of "*", "-", "_" (spaces between them allowed); a setext underline a run of "=" or of "-",
# not one "-" alone (an empty list item), under a paragraph's lines.
_THEMATIC_BREAK = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})")
_UNDERLINE = re.compile(r" {0,3}(?:=+|-{2,})[ \t]*")
# A line that opens another block than a paragraph: an ATX heading, a fence, a table row (its
# separator row follows), a line of code (masked). After it, a paragraph starts afresh.
_OTHER_BLOCK = re.compile(r" {0,3}(?:#{1,6}(?:[ \t]|$)|`{3}|~{3}|\|)|\0")
_INDENTED_CODE = re.compile(r"(?: {4}| {0,3}\t)")  # code, where no paragraph is open to continue
# A block quote or list item: the lines after it continue it (lazily), so an underline under
# them is no heading but a break (or, "=", text).
_CONTAINER = re.compile(r" {0,3}(?:>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))")
# Emphasis marks: "**", "__" and "~~" (a mark opens when a non-space follows it and closes
# after a non-space), and a single "*" or "_" (alone, or left of "**" in a run of three) that
# also stands outside a word ("snake_case" and "5*3" stay), as in CommonMark's flanking rules.
# Candidates are found by a plain pattern (fast in C; such marks are rare in prose) and judged
# in Python.
_DOUBLE = re.compile(r"\*\*|__|~~")
_SINGLE = re.compile(r"\*+|_+")


# A header line: a key of one to three words, a colon, a value ("Title: …", "Published on: …").
_HEADER_LINE = re.compile(r"([A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,2})[ \t]*:[ \t]+(\S[^\n]*)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A header is read only when each of its lines is a field and either one of them is the title
# or at least HEADER_FIELDS are the article's metadata (author, date, outlet, address, side),
# so that a text whose first paragraph is one "Note: …" or "Source: …" line, or a dialogue
# ("Q: …" / "A: …"), keeps it. Past HEADER_LINES lines a block of fields is a list in the
# text, not a header.
HEADER_FIELDS = 2
HEADER_LINES = 20
_HEADER_KEY_MAX = 40  # characters of a header line's key and colon: three words


def header_block(text: str) -> tuple[Span | None, dict[str, str]]:
    """The span of a header of "Key: value" lines that opens `text` up to its first blank line
    (see HEADER_FIELDS), and the metadata it gives, read as `front_matter` reads its fields."""
    longest = HEADER_LINES * (FIELD_MAX + _HEADER_KEY_MAX)  # characters: a header is never longer
    blank = _BLANK_LINE.search(text, 0, longest)
    end = blank.start() if blank else len(text)
    lines = text[:end].split("\n") if end <= longest else []
    if len(lines) > HEADER_LINES or not lines:
        return None, {}
    matches = [_HEADER_LINE.fullmatch(line.strip()) for line in lines]
    if not all(matches):
        return None, {}
    found = header_fields((m.group(1), m.group(2)) for m in matches)
    if len(found) < HEADER_FIELDS and "title" not in found:
        return None, {}
    return (0, end), found


def header_fields(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The metadata of header lines given as (key, value): the first of each field's keys
    (`_FIELDS`), read as `front_matter` reads its fields."""
    found: dict[str, str] = {}
    for key, value in pairs:
        key = re.sub(r"[ -]", "_", key.lower())
        field = next((f for f, keys in _FIELDS.items() if key in keys), None)
        if field is not None and field not in found:
            _found(found, field, [value])
    return found


def front_matter(text: str) -> tuple[Span | None, dict[str, str]]:
    """The front matter's span, and the metadata it gives: title, author (every one of a list,
    "; "-separated), date (without its time), outlet, url (the first of a list; quotes and a
    wiki link's brackets taken off; an address under an outlet's key, as web clippers write
    `source:`, is the url). Only plain `key: value` lines are read; a nested value counts for
    nothing."""
    m = _FRONT_MATTER.match(text)
    if m is None:
        return None, {}
    found: dict[str, str] = {}
    block = m.group(2) or ""
    if not all(_MATTER_LINE.match(line) for line in block.split("\n")):
        return None, {}
    for key_match in _FIELD.finditer(block):
        key, value = key_match.group(1).lower(), key_match.group(2).strip()
        field = next((f for f, keys in _FIELDS.items() if key in keys), None)
        if field is None or field in found:
            continue
        if not value:  # a list below: "authors:\n  - Ines Rakovic"
            items, at = [], key_match.end() + 1
            while item := _LIST_ITEM.match(block, at):
                items.append(item.group(1))
                at = item.end() + 1
        elif value.startswith("[") and not value.startswith("[["):  # a list on its line: [a, b]
            items = value.strip("[]").split(",")
        else:
            items = [value]
        _found(found, field, items)
    return m.span(), found


def _found(found: dict[str, str], field: str, items: list[str]) -> None:
    """Record a field's value from its items (quoted, wiki links, empty ones; callers skip a
    field found already): every author, "; "-separated; the first of anything else; a date
    without its time; an address under an outlet's key ("source:", as web clippers write it)
    as the url, unless the url is known."""
    items = [item for item in map(_plain_value, items) if item]
    if field == "author":  # a sender: the name, not the address beside it
        items = [_MAIL_ADDRESS.sub("", item).strip() or item for item in items]
    elif field == "title":
        items = [item[marks.end():] if (marks := _REPLY_MARKS.match(item)) else item for item in items]
    items = [item for item in items if item]
    if not items:
        return
    if field == "outlet" and _ADDRESS.match(items[0]):
        field = "url"
        if field in found:
            return
    value = "; ".join(items) if field == "author" else items[0]
    if field == "date" and (stamp := _TIMESTAMP.fullmatch(value)):
        value = stamp.group(1)
    elif field == "date" and (written := _date_alone(value)):
        value = written
    found[field] = value[:FIELD_MAX]


# What may stand around a date written out in a header ("Tuesday, 10 February 2026, 14:05 CET",
# an e-mail's "Tue, 3 Mar 2026 09:15:00 +0100").
_WEEKDAY = re.compile(r"\s*(?:(?:\w+day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s*)?", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"[\s,]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2})?)?\s*",
                          re.IGNORECASE)


def _date_alone(value: str) -> str:
    """A date written out in words ("10 February 2026", "Feb. 10, 2026"), as YYYY-MM-DD, as a
    page's metadata gives it; "" when the value is more than that date (a weekday before it
    and a time after it aside) or no such date."""
    found = written_date(value)
    if found is None:
        return ""
    iso, start, end = found
    return iso if _WEEKDAY.fullmatch(value, 0, start) and _CLOCK_AFTER.fullmatch(value, end) else ""


def _plain_value(value: str) -> str:
    """A front matter value without its quotes, and a notes app's wiki link ("[[Ines Rakovic]]",
    "[[people/Ines Rakovic|Ines Rakovic]]") as the name it shows."""
    value = value.strip().strip("\"'").strip()
    if link := _WIKI_LINK.fullmatch(value):
        value = (link.group(2) or link.group(1)).strip()
    return value


# Every removal costs memory until the article is built, so markup is taken out only of a
# text where it is as rare as in prose: up to MAX_CHARS characters (an article, not a book)
# and, past DENSE_FROM characters, where at most MAX_MARK_SHARE of them are characters markup
# is made of. A larger or denser file (a hostile one, a data dump) is shown as written. The
# densest Markdown article measured (benchmarks/load_speed.py, eight marked spans a
# paragraph) has 0.12.
MAX_CHARS = 4_000_000
DENSE_FROM = 100_000  # below this, whatever its marks, the removals are few enough
MAX_MARK_SHARE = 0.25
_MARK_CHARS = "*_`[]()<>\\~|!^-"


def too_marked(text: str) -> bool:
    """Whether `text` is shown as written (see MAX_CHARS, MAX_MARK_SHARE)."""
    if len(text) > MAX_CHARS:
        return True
    return len(text) > DENSE_FROM and sum(map(text.count, _MARK_CHARS)) > MAX_MARK_SHARE * len(text)


class Markdown(NamedTuple):
    """What `markdown` reads in a text: the `spans` that are markup (sorted; they may touch or
    overlap), the front matter's `fields`, and the lines of headings (`headings`, in order),
    whose marks (a setext underline, an ATX heading's "#"s) are among the spans: the passages
    there are headings, though nothing left in their text says so; the lines that
    define footnotes (`notes`: "[^1]: Minutes of …", their markers among the spans), which are
    apparatus; and the HTML tags that bound a block (`blocks`, among the spans), where one
    paragraph ends and another begins."""

    spans: list[Span]
    fields: dict[str, str]
    headings: list[Span]
    notes: tuple[Span, ...] = ()
    blocks: tuple[Span, ...] = ()


def markup_spans(text: str) -> list[Span]:
    """Spans of `text` that are Markdown markup, sorted (they may touch or overlap); none in a
    text `too_marked` to be prose, apart from its front matter."""
    return markdown(text).spans


def markdown(text: str) -> Markdown:
    """markup_spans, the front matter's fields and the setext headings, the front matter read
    once for all."""
    matter, fields = front_matter(text)
    if matter is None:
        matter, fields = header_block(text)
    if too_marked(text):
        return Markdown([matter] if matter is not None else [], fields, [])
    if matter is None:
        spans, headings, notes, blocks = _body_spans(text)
        return Markdown(spans, fields, headings, tuple(notes), tuple(blocks))
    # the rest is read as if the file began after it (and once: a second block is text)
    at = matter[1]

    def moved(spans: list[Span]) -> list[Span]:
        return [(lo + at, hi + at) for lo, hi in spans]

    spans, headings, notes, blocks = _body_spans(text[at:])
    return Markdown(sorted([matter, *moved(spans)]), fields, moved(headings), tuple(moved(notes)),
                    tuple(moved(blocks)))


def _body_spans(text: str) -> tuple[list[Span], list[Span], list[Span], list[Span]]:
    code = list(_code_spans(text))
    spans = [s for lo, hi, inner_lo, inner_hi in code for s in ((lo, inner_lo), (inner_hi, hi))]
    # inside code, inline or fenced, nothing is markup: its text is hidden from everything
    # below (same length, so every offset holds)
    fences = [m.span() for m in _FENCE.finditer(text)]
    blocks = [(opening[1] + 1, closing[0] - 1) for opening, closing in zip(fences[::2], fences[1::2])
              if closing[0] - 1 > opening[1] + 1]  # the lines between, not the line breaks that end the fences
    masked = _masked(text, sorted([*((inner_lo, inner_hi) for _, _, inner_lo, inner_hi in code
                                     if not any(lo <= inner_lo < hi for lo, hi in blocks)), *blocks]))
    spans += _comments(masked)
    spans += _links(masked)
    markers = [m.span() for m in _FOOTNOTE_DEFINITION.finditer(masked)]
    spans += markers
    notes = [(lo, len(masked) if (end := masked.find("\n", hi)) < 0 else end) for lo, hi in markers]
    for pattern in (_FOOTNOTE_REFERENCE, _REFERENCE_DEFINITION, _TABLE_RULE,
                    _QUOTE_MARKERS, _FENCE, _DIV_FENCE):
        spans += [m.span() for m in pattern.finditer(masked)]
    tags = list(_INLINE_TAG.finditer(masked))
    spans += [m.span() for m in tags]
    blocks = [m.span() for m in tags if _bounds_block(masked, m)]
    spans += [(m.start(), m.start() + 1) for m in _ESCAPE.finditer(masked)]
    spans += [s for m in _AUTOLINK.finditer(masked) for s in ((m.start(), m.start(1)), (m.end(1), m.end()))]
    spans += _doubles(masked)
    spans += _singles(masked)
    spans += [m.span() for m in _ENTITY.finditer(masked)]
    spans += [m.span() for m in _WIKI_EMBED.finditer(masked)]
    spans += [s for m in _WIKI.finditer(masked) for s in (m.span(1), m.span(2))]
    spans += [m.span(1) for m in _CALLOUT.finditer(masked)]
    rules, headings = _breaks_and_underlines(masked)
    for m in _ATX_HEADING.finditer(masked):
        spans.append(m.span(1))
        if m.group(3):
            spans.append(m.span(3))
        headings.append((m.start(), m.end()))
    headings += [m.span() for m in _HTML_HEADING.finditer(masked)]
    return sorted(s for s in spans + rules if s[0] < s[1]), sorted(headings), notes, blocks


def _bounds_block(text: str, tag: re.Match[str]) -> bool:
    """Whether an HTML tag of `text` ends a paragraph where it stands (see _BLOCK_TAGS)."""
    name = tag.group(1).lower()
    if name != "br":
        return name in _BLOCK_TAGS
    lo, hi = tag.span()
    return lo > 0 and hi < len(text) and not text[lo - 1].isspace() and not text[hi].isspace()


def _breaks_and_underlines(text: str) -> tuple[list[Span], list[Span]]:
    """The thematic breaks and setext underlines of `text` (code masked), and the lines each
    underline makes a heading of, in one walk over its lines."""
    rules: list[Span] = []
    headings: list[Span] = []
    paragraph: list[Span] | None = []  # the open paragraph's lines; None: a quote or list goes on
    pos, end = 0, len(text)
    while pos <= end:
        stop = text.find("\n", pos)
        stop = end if stop == -1 else stop
        line = text[pos:stop]
        if not line.strip():
            paragraph = []
        elif paragraph and _UNDERLINE.fullmatch(line):
            rules.append((pos, stop))
            headings += paragraph
            paragraph = []
        elif _THEMATIC_BREAK.fullmatch(line):
            rules.append((pos, stop))
            paragraph = []
        elif _CONTAINER.match(line):
            paragraph = None
        elif _OTHER_BLOCK.match(line) or (paragraph == [] and _INDENTED_CODE.match(line)):
            paragraph = []
        elif paragraph is not None:
            paragraph.append((pos, stop))
        pos = stop + 1
    return rules, headings


def _masked(text: str, spans: list[Span]) -> str:
    if not spans:
        return text
    pieces, pos = [], 0
    for lo, hi in spans:
        pieces += [text[pos:lo], "\0" * (hi - lo)]
        pos = hi
    return "".join(pieces) + text[pos:]


def _code_spans(text: str) -> Iterator[tuple[int, int, int, int]]:
    """(start, end, inner start, inner end) of each code span: a run of backticks closed by
    the next run of the same length on its line (runs of other lengths inside are its text)."""
    runs = [m.span() for m in _BACKTICKS.finditer(text)]
    for (lo, lo_end), (hi, hi_end) in _first_closers(text, runs, [e - s for s, e in runs], [True] * len(runs),
                                                     [True] * len(runs)):
        yield lo, hi_end, lo_end, hi


def _first_closers(text: str, marks: list[Span], kinds: list, can_open: list[bool],
                   can_close: list[bool]) -> Iterator[tuple[Span, Span]]:
    """Pairs of marks, left to right: an opening mark with the first closing mark of its kind
    after it, on its line and within MAX_SPAN; a mark inside a pair is that pair's text. The
    first closer of each mark is found in one pass from the right, so this is linear."""
    following: list[int | None] = [None] * len(marks)
    nearest: dict = {}
    for i in range(len(marks) - 1, -1, -1):
        following[i] = nearest.get(kinds[i])
        if can_close[i]:
            nearest[kinds[i]] = i
    i = 0
    while i < len(marks):
        j = following[i]
        if can_open[i] and j is not None:
            opened, closing = marks[i][1], marks[j][0]  # the text between the two marks
            if opened < closing <= opened + MAX_SPAN and text.find("\n", opened, closing) == -1:
                yield marks[i], marks[j]
                i = j + 1
                continue
        i += 1


def _comments(text: str) -> list[Span]:
    out: list[Span] = []
    pos, close = 0, -1
    while (start := text.find("<!--", pos)) != -1:
        if close < start + 4:  # the next "-->" is found once, however many "<!--" come before it
            close = text.find("-->", start + 4)
            if close == -1:
                break  # none closes any more
        if close - start > MAX_SPAN + 4:
            pos = start + 4
            continue
        out.append((start, close + 3))
        pos = close + 3
    return out


def _links(text: str) -> list[Span]:
    """A link's "[" and "](target)", or "][label]" (or "]" alone: "[label]") when the label is
    defined in the text; an image whole. A bracket's text holds no bracket, so each scan stops at the next one:
    linear. A target is an address (no space) or one in angle brackets, with an optional
    quoted title: "[Editor's note](updated on Monday)" is text, not a link."""
    labels = {m.group(1).casefold() for m in _REFERENCE_LABEL.finditer(text)}
    out = []
    for m in _IMAGE_OR_LINK.finditer(text):
        after = m.end()
        closer = {"(": ")", "[": "]"}.get(text[after : after + 1])
        if text.startswith("^", m.start(2)):
            continue  # a footnote reference
        if closer is None:  # a bracket alone: a link only when its text is a label defined ("[minutes]"),
            # and no number: "rose[1]" over "[1]: https://…" is a citation's mark, and reads as one
            if m.group(2).casefold() in labels and not text.startswith(":", after) and not m.group(2).isdigit():
                out += [m.span()] if m.group(1) else [(m.start(), m.start(2)), (m.end(2), after)]
            continue
        end = text.find(closer, after + 1, after + 1 + MAX_SPAN + 1)
        if end == -1 or text.find("\n", after, end) != -1:
            continue
        inside = text[after + 1 : end]
        if closer == ")" and not _TARGET.fullmatch(inside):
            continue
        if closer == "]" and (inside or m.group(2)).casefold() not in labels:
            continue  # "rose[1][2]": no reference of that name, so no link
        if m.group(1):
            out.append((m.start(), end + 1))
        else:
            out += [(m.start(), m.start(2)), (m.end(2), end + 1)]
    return out


def _doubles(text: str) -> list[Span]:
    found = [m.span() for m in _DOUBLE.finditer(text)]
    kinds = [text[lo:hi] for lo, hi in found]
    can_open = [hi < len(text) and not text[hi].isspace() for lo, hi in found]
    can_close = [lo > 0 and not text[lo - 1].isspace() for lo, hi in found]
    return [span for pair in _first_closers(text, found, kinds, can_open, can_close) for span in pair]


def _singles(text: str) -> list[Span]:
    """Single emphasis marks: a run of one "*" or "_", or the one left of a run of three
    ("***both***", "___both___": "**" is paired by `_doubles`), judged by what stands on either
    side of the whole run, so the other mark of "**_x_**" or "__*x*__" is no word beside it."""
    found: list[Span] = []
    kinds: list[str] = []
    can_open: list[bool] = []
    can_close: list[bool] = []
    end = len(text)
    for m in _SINGLE.finditer(text):
        lo, hi = m.span()
        if lo and text[lo - 1] == "\\":
            lo += 1  # the escaped first mark is text (its backslash goes)
        if hi - lo not in (1, 3):
            continue  # a double mark, or a run that is no emphasis
        mark = text[lo]
        before = text[lo - 1] if lo else " "
        after = text[hi] if hi < end else " "
        found.append((hi - 1, hi))
        kinds.append(mark)
        can_open.append(not after.isspace() and not before.isalnum())
        can_close.append(not before.isspace() and not after.isalnum())
    return [span for pair in _first_closers(text, found, kinds, can_open, can_close) for span in pair]
