"""A PDF document's text, as pdftotext would copy it: each page's lines in the order its content
stream sets them (so a two-column page reads a column at a time, as typesetters write it), the
pages parted by a form feed, a blank line where the page leaves a paragraph's space and a
paragraph's first line indented where the page sets it in. That text is then read as any text
copied out of a PDF is (`reader.corpus.segment`, `reader.corpus.loader`): wrapped lines joined into paragraphs, page
numbers and running headers kept out of the body, a paragraph a page break cuts read on
across it, a word a line's end hyphenates read whole. It is the article's text: every offset
points into it, as into a .docx's text.

Where each line stands tells a running header or footer from a heading: a short line in a
page's top or bottom margin, met again at the same height on another page (the same words, but
for a page number), is the page's furniture (`PdfText.running`) even where only two pages carry
it, which the text alone cannot tell from a heading the article repeats.

Its metadata (the /Info dictionary) gives a title when it is one (not a file name or a word
processor's "Microsoft Word - draft3.docx"), an author, and the date the PDF was made, which a
date line in the text comes before.

Reading is bounded: pages past MAX_PAGES, content streams that unpack past the article limit in
all, operations past MAX_OPERATIONS (a form drawn thousands of times), tokens parsed past
MAX_TOKENS (a page's or a form's operands that no operation uses), or text past the limit,
are refused; pypdf bounds each stream it unpacks itself. A PDF that is
encrypted (but for an empty password, which anyone can open), damaged or holds no text (a scan)
is refused in one line. A page pypdf cannot decode (a stream cut short, a filter it does not
know) is left out, and said to be (`PdfText.unread`): the other pages are the article; only a
file no page of which can be read is refused as damaged. So is a page whose text is mostly what
fonts with no map to Unicode give (a composite font's glyph numbers read as characters, control
characters, private-use ones, glyph names like "/g12"): nonsense, not the article; a file of
only such pages is refused, with what to do instead (OCR, or a copy of the text). On a page
mostly of readable text, the runs set in such fonts are left out of it, and said to be. A page whose
stream stops short of its end (a download cut off) is read as far as it goes, and said to be.
"""

from __future__ import annotations

import datetime
import functools
import io
import logging
import re
import warnings
import zlib
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from reader.corpus.documents import TITLE_MAX, unpacks_past
from reader.corpus.dates import iso_parts, real_parts
from reader.corpus.sanitize import one_line
from reader.corpus.segment import (END_PUNCT, PAGE_BREAK, RUNNING_MAX_WORDS, counts_parts, numbers_part,
                                    running_line)
from reader.errors import UserError

PDF_MAGIC = b"%PDF-"
# A PDF of more pages than this is a book or a data dump, not an article: refused, before any
# page is read (reading 2,000 pages of text takes some 15 s; BENCHMARKS.md).
MAX_PAGES = 2000
# A paragraph's space: two lines further apart than this many times the page's usual line
# spacing are two paragraphs' (or a heading's, a running header's and the text's), as a reader
# sees them, even where a paragraph's last line runs to the margin; found where a page has this
# many steps from line to line at least. The least space a word processor leaves after a
# paragraph, 3 points under 11-point type set 14 apart, is a fifth more than a line's; a line
# that holds a letter a point larger than the rest stands a tenth further down.
PARAGRAPH_GAP = 1.15
_MIN_STEPS = 3
# A line a larger word or a superscript pushes down stands no more than this many times the
# usual spacing below the one before (a word two points larger, or a superscript, pushes it a
# sixth to a third of a line further): within it, where the sentence runs on across the gap
# (`_runs_on`), the two lines are one paragraph's. A running header stands further apart.
PUSHED_GAP = 1.5
# A paragraph's first line set in: starting this far right of its column's margin, as many
# times the usual line spacing (an em is about as wide as a line is high; an indent is one to
# three); a margin is where at least MARGIN_SHARE of a page's lines start. Such a line is given
# INDENT, as a text copied with its indents has them.
PARAGRAPH_INDENT = (0.5, 4.0)
MARGIN_SHARE = 0.2
INDENT = "  "
# A running header or footer stands in the page's top or bottom margin: within this share of the
# page's height from its top or bottom edge. A header or a footer is set about half an inch from
# the edge (4.5% of an 11-inch page), the body's first and last lines an inch or more in (9% or
# more, as much on A4): 8% takes in the one and leaves out the other, so a heading that opens
# several pages ("Day 2 of 3") is no running line.
RUNNING_BAND = 0.08
# A template sets a running line at the same height on every page: this many points either way
# (a quarter of a line of 11-point type) allow for a driver's rounding or a page number's other size.
RUNNING_TOLERANCE = 3.0
# The operations all pages' content streams may run together: a page of text runs a few hundred
# (100 to 400 in the PDFs measured; a vector chart runs one per stroke), and pypdf takes some
# 15 µs for each, text or not, so this bounds reading to about 10 s (BENCHMARKS.md).
MAX_OPERATIONS = 500_000
# The tokens (operators and operands) all content streams may hold together, a form's counted
# each time a page draws it: pypdf parses a stream before it runs an operation of it, some 4 µs
# a token, and operands no operator takes are parsed but never run; a page of text holds about
# 1,000. Counted before pypdf parses them (`_tokens`), this bounds parsing to about 8 s.
MAX_TOKENS = 2_000_000
# What a content stream's tokens are, as many as pypdf reads or more: a string, a hex string, a
# dictionary's brackets, an array's, a name, a comment, a number or an operator, a stray delimiter.
_TOKEN = re.compile(rb"\((?:[^()\\]++|\\.)*+\)|<[0-9A-Fa-f\s]*+>|<<|>>|/[^\s/\[\]()<>{}%]*+|%[^\r\n]*+"
                    rb"|[^\s/\[\]()<>{}%]++|[\[\]{}()<>]", re.DOTALL)
# Numbers in a running line (a page's, "Page 3 of 12", a section's) count alike where lines are
# matched; but for a heading's that counts parts atop a page ("Day 2 of 3": `counts_parts`; at a
# page's foot such a count is the pages', "Review 2 of 3") or numbers one ("Chapter 2": `numbers_part`).
_DIGITS = re.compile(r"\d+")
# A page whose visible characters are more than this share nonsense (see _NONSENSE, _unmapped)
# holds no readable text: a page of real text in any script has next to none (a stray symbol of
# a private-use font), a page set in a font with no map to Unicode is nothing else.
NONSENSE_SHARE = 0.5
# What a font with no map to Unicode gives as text: control characters (a glyph's number read as
# a character), private-use ones and U+FFFD, a run of glyph names ("/g12/g13", "/glyph7") or
# pdfminer's "(cid:12)". A run starts after no letter or digit: a date's or a fraction's numbers
# ("12/05/2024", "3/4") are text.
_NONSENSE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]"
                       r"|(?<!\w)(?:/[A-Za-z]{0,5}\d+)+|\(cid:\d+\)")
# How much of a content stream is unpacked at a time to tell whether it stops short (bytes).
_INFLATE_PIECE = 1 << 20
# The unread pages a notice names by number; past them it says how many more.
_UNREAD_NAMED = 5
# What a word processor or a print driver writes as a title that is no title: a file name
# ("draft3.docx", "C:\\Reports\\dam.pdf"), an application's prefix to it ("Microsoft Word -
# draft3.docx"), or a blank document's name ("Untitled", "Document1").
_FILE_TITLE = re.compile(r".*\.(?:docx?|odt|rtf|txt|pdf|pages|indd|qxd|tex|dvi|ps|html?|pptx?|xlsx?|pub|wpd)"
                         r"|[a-z]:\\.*|/.*|.*\\.*"
                         r"|(?:untitled|document|doc|unbenannt|sans titre)[\s\d-]*(?:document)?[\s\d]*", re.IGNORECASE)
_APP_PREFIX = re.compile(r"(?:Microsoft\s+\w+(?:\s+\w+)?|Word|PowerPoint|Excel)\s+-\s+", re.IGNORECASE)
# An author that is a login, not a person: one token of ASCII with no capital letter, or with
# digits, an at sign or an underscore ("jsmith", "user01", "admin@host"; a name in a script
# without capitals, "王小明", is a name).
_LOGIN = re.compile(r"[!-@\[-~]+|[!-~]*[\d@_][!-~]*")
# What an office program or a print driver writes as the author when the computer's owner never
# gave a name: an account's, not a person's.
_NO_AUTHOR = frozenset({"administrator", "admin", "user", "owner", "windows user", "author", "unknown", "default"})
# A PDF date, "D:YYYYMMDDHHmmSS" and a time zone, of which only the year is required.
_PDF_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?")


@dataclass(frozen=True)
class PdfText:
    """A PDF's text (its pages parted by PAGE_BREAK) and what its /Info dictionary says of it
    ("" for what it leaves out or gives as no real title, author or date)."""

    text: str
    title: str = ""
    author: str = ""
    date: str = ""
    unread: str = ""  # the pages that could not be read and are left out, said as a clause ("" for none)
    running: frozenset[str] = frozenset()  # its running headers and footers found by place (`running_line`s)


def is_pdf(data: bytes) -> bool:
    return data.startswith(PDF_MAGIC)


@functools.cache
def _quiet_pypdf_logs() -> None:
    """pypdf logs what it mends in a damaged file; with no logging set up Python would print
    those records on stderr, under the one line the reader reports instead. (Once: a handler
    added per file would pile up.)"""
    logging.getLogger("pypdf").addHandler(logging.NullHandler())


def read_pdf(data: bytes, name: str, limit: int) -> PdfText:
    """The text of a PDF document and its metadata; UserError for an encrypted, damaged or
    scanned one (no text), or one past the limits (MAX_PAGES; `limit` bytes of content
    unpacked, or of text)."""
    what = f"{name}: a PDF document"
    _quiet_pypdf_logs()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return _read(data, what, limit, name)
        except UserError:
            raise
        except Exception:  # pypdf fails on a damaged file in many ways (its own errors, value, key, type, recursion)
            raise _damaged(what) from None


def _damaged(what: str) -> UserError:
    return UserError(f"{what}, damaged; open it in a PDF viewer and copy its text into a .txt file")


def _read(data: bytes, what: str, limit: int, name: str) -> PdfText:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        instead = "open it in a PDF viewer and copy its text into a .txt file"
        try:
            opened = reader.decrypt("")  # encrypted only against changes: opens without a password
        except Exception:  # an encryption pypdf does not know (a handler of a vendor's own)
            raise UserError(f"{what}, encrypted in a way this reader cannot open; {instead}") from None
        if not opened:
            raise UserError(f"{what}, encrypted with a password; {instead}")
    count = _pages_held(reader, MAX_PAGES)
    if count <= MAX_PAGES:
        count = len(reader.pages)  # (pypdf's own count, of the pages it can read)
    if count > MAX_PAGES:
        raise UserError(f"{what} of more than {MAX_PAGES:,} pages, more than an article has; refused")
    pages: list[list[Line]] = []
    bands: list[tuple[float, float] | None] = []  # each page's bottom and top edge as viewed, where pypdf says
    unread: list[int] = []  # the pages (from 1) that could not be read
    unmapped: list[int] = []  # ... and those whose fonts give no readable text
    partly: list[int] = []  # ... and those of readable text some of which such fonts set, left out
    cut: list[int] = []  # ... and those whose content stops short, read as far as it goes
    work = _Work(what, limit)
    for number in range(count):
        try:
            page = reader.pages[number]
            work.page(page)
            lines, readable, dropped, frame = _page_lines(page, work)
            if _cut_short(page):
                cut.append(number + 1)
        except UserError:
            raise
        except Exception:  # a page pypdf cannot decode (see read_pdf): the others are read
            unread.append(number + 1)
            lines, readable, dropped, frame = [], True, False, None
        if not readable:
            unmapped.append(number + 1)
        elif dropped:
            partly.append(number + 1)
        pages.append(lines if readable else [])
        bands.append(frame.edges() if frame is not None else None)
    usual = _usual_step(pages)
    texts = ["\n".join(_spaced(lines, usual)).strip("\n") for lines in pages]
    running = _running(pages, bands)
    text = "".join(_page_break(page, after, running) for page, after in zip(texts, texts[1:] + [""]))
    if not text.strip() and unmapped:
        raise UserError(f"{name}: its fonts carry no readable text (try OCR, e.g. `ocrmypdf`, or copy the text "
                        "from the source)")
    if not text.strip() and unread:
        raise _damaged(what)
    if not text.strip():
        raise UserError(f"{what} with no text in it (a scan?); run it through OCR (e.g. `ocrmypdf`) first, or copy "
                        "its text into a .txt file")
    left_out = [_pages_said(unread, "could not be read and is left out", "could not be read and are left out"),
                _pages_said(unmapped, "holds only what its fonts map to no text and is left out",
                            "hold only what their fonts map to no text and are left out"),
                _pages_said(partly, "", "", ": some text in fonts with no readable text is left out"),
                _pages_said(cut, "stops short of its end and is read as far as it goes",
                            "stop short of their end and are read as far as they go")]
    return PdfText(text, *_metadata(reader), unread="; ".join(filter(None, left_out)), running=running)


class _Frame(NamedTuple):
    """A page as a viewer shows it: turned `turn` degrees clockwise (its /Rotate), from its
    visible box (x0, y0)–(x1, y1) in the frame its content draws in."""

    turn: int
    x0: float
    y0: float
    x1: float
    y1: float

    def upright(self, x: float, y: float) -> tuple[float, float]:
        """Where a point the content draws at (x, y) stands as the page is viewed: its height
        above the page's foot and its distance from its left edge."""
        turn, x0, y0, x1, y1 = self
        if turn == 90:
            return x1 - x, y - y0
        if turn == 180:
            return y1 - y, x1 - x
        if turn == 270:
            return x - x0, y1 - y
        return y - y0, x - x0

    def edges(self) -> tuple[float, float]:
        """The bottom and top edge of the page as it is viewed."""
        return 0.0, (self.x1 - self.x0 if self.turn in (90, 270) else self.y1 - self.y0)


def _frame(page) -> _Frame | None:
    """The page as a viewer shows it (see _Frame); None where its box cannot be read. A turn that
    is no multiple of 90 degrees, which viewers refuse, counts as none."""
    try:
        box = page.cropbox
        x0, x1 = sorted((float(box.left), float(box.right)))
        y0, y1 = sorted((float(box.bottom), float(box.top)))
        turn = int(page.rotation) % 360
    except Exception:  # a damaged box or turn
        return None
    return _Frame(turn if turn in (90, 180, 270) else 0, x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


def _running(pages: list[list[Line]], edges: list[tuple[float, float] | None]) -> frozenset[str]:
    """The running headers and footers (their `running_line`s): short lines in a page's top or
    bottom margin (RUNNING_BAND) that another page sets with the same words (a page number
    aside: digits count alike) at the same height (within RUNNING_TOLERANCE)."""
    placed: dict[str, list[tuple[float, int, str]]] = {}  # lines in a margin, by their words
    for number, (lines, edge) in enumerate(zip(pages, edges)):
        if edge is None:
            continue
        bottom, top = edge
        band = RUNNING_BAND * (top - bottom)
        for line in lines:
            key = running_line(line.text)
            if (line.height is None or not key or len(key.split()) > RUNNING_MAX_WORDS
                    or band < line.height - bottom < top - bottom - band):
                continue
            # (atop a page a count of parts is a heading's; at its foot, a page count. A part's
            # number, "Chapter 2", is its own wherever it stands)
            heading = counts_parts(key) and line.height - bottom > band or numbers_part(key)
            placed.setdefault(key if heading else _DIGITS.sub("0", key), []).append((line.height, number, key))
    found: set[str] = set()
    for seen in placed.values():
        seen.sort()
        for (low, page, key), (high, other, other_key) in zip(seen, seen[1:]):
            if page != other and high - low <= RUNNING_TOLERANCE:
                found.update((key, other_key))
    return frozenset(found)


def _pages_said(pages: list[int], one: str, many: str, after: str = "") -> str:
    """What a notice says of `pages`: "page 7 " and `one` ("could not be read and is left out"),
    or "pages 3, 7 and 9 " (the first _UNREAD_NAMED of many and how many more) and `many`; or
    the pages named and `after` ("page 7: some text … is left out") where the same words say
    it of one page or many; "" for none."""
    if not pages:
        return ""
    if len(pages) == 1:
        return f"page {pages[0]}{after or ' ' + one}"
    named = [str(n) for n in pages[:_UNREAD_NAMED]]
    rest = len(pages) - len(named)
    listed = ", ".join(named) + f" and {rest:,} more" if rest else ", ".join(named[:-1]) + f" and {named[-1]}"
    return f"pages {listed}{after or ' ' + many}"


def _cut_short(page) -> bool:
    """Whether a content stream of the page, deflated, stops before its end: pypdf reads what
    it can of it and says nothing. (Read as raw deflate, so a stream that lacks only the
    checksum after its last block, as some writers leave it, is whole; unpacked a piece at a
    time, kept no further than read.)"""
    for stream in _streams(page):
        raw = getattr(stream, "_data", b"")  # (the stream as stored: pypdf keeps what it decodes apart)
        if stream.get("/Filter") not in ("/FlateDecode", ["/FlateDecode"]) or len(raw) < 2 or raw[0] & 0x0F != 8:
            continue
        inflate, rest = zlib.decompressobj(-zlib.MAX_WBITS), raw[2:]
        try:
            while rest and not inflate.eof:
                inflate.decompress(rest, _INFLATE_PIECE)
                rest = inflate.unconsumed_tail
        except zlib.error:
            return True
        if not inflate.eof:
            return True
    return False


def _pages_held(reader, most: int) -> int:
    """The pages the page tree holds, counted no further than `most` + 1 (a node named twice
    counted once): pypdf's count would first gather every page of the tree, as long for a
    file of 100,000 blank pages as reading 2,000 of text; and the tree's own /Count may lie."""
    from pypdf.generic import IndirectObject

    pending = [reader.trailer["/Root"].get_object()["/Pages"]]
    seen: set[int] = set()
    pages = 0
    while pending and pages <= most:
        node = pending.pop()
        if isinstance(node, IndirectObject):
            if node.idnum in seen:
                continue
            seen.add(node.idnum)
        node = node.get_object()
        kids = node.get("/Kids") if hasattr(node, "get") else None
        if kids is None:
            pages += 1
        else:
            pending.extend(reversed(kids.get_object()))
    return pages


def _page_break(page: str, after: str, running: frozenset[str]) -> str:
    """A page's text and the break after it (a line break and PAGE_BREAK), and a blank line
    between where the page's last line or the next page's first is one of its `running` lines
    (a footer, a header, found by their place: no paragraph's end or start). Elsewhere, where a
    footer or a header stands apart from the paragraph a page break cuts is the pasted-text
    mending's to tell (`reader.corpus.segment`: `page_heads` for a heading atop a page), as for
    text copied out of a PDF."""
    if not page.strip():
        return PAGE_BREAK if after else ""
    apart = running_line(page.rsplit("\n", 1)[-1]) in running or running_line(after.split("\n", 1)[0]) in running
    return page + "\n" + ("\n" if apart and after else "") + (PAGE_BREAK if after else "")


class Line(NamedTuple):
    """A line of a page: its text, and the height on the page it stands at and where it
    starts (None where pypdf does not say)."""

    text: str
    height: float | None = None
    left: float | None = None


class _Work:
    """What reading a PDF's pages has cost so far: the operations their content streams ran
    (a form's, each time a page draws it, too), the tokens pypdf parsed to run them and the
    characters of text they set. Past MAX_OPERATIONS, MAX_TOKENS or `limit` characters,
    reading stops (UserError): a file of a few kB can draw one form thousands of times on every
    page."""

    def __init__(self, what: str, limit: int) -> None:
        self.what, self.limit = what, limit
        self.operations = self.chars = self.tokens = self.unpacked = 0
        self.refusal: UserError | None = None
        self.forms: dict[str, list[tuple[int, object]]] = {}  # the forms the page may draw, by name
        self.form_tokens: dict[int, int] = {}  # each form's tokens, counted at its first draw

    def operation(self, operator=b"", operands=(), *_) -> None:
        self.operations += 1
        if self.operations > MAX_OPERATIONS and self.refusal is None:
            self.refusal = UserError(f"{self.what}: its pages run more than {MAX_OPERATIONS:,} operations; refused")
        if operator == b"Do" and operands:  # pypdf parses the form's stream again at each draw
            self.parse(self._drawn(str(operands[0])))
        self.stop()

    def parse(self, tokens: int) -> None:
        self.tokens += tokens
        if self.tokens > MAX_TOKENS and self.refusal is None:
            self.refusal = UserError(f"{self.what}: its pages hold more than {MAX_TOKENS:,} tokens; refused")
        self.stop()

    def unpack(self, size: int) -> None:
        """Count `size` bytes more of content streams unpacked (a page's, a form's)."""
        self.unpacked += size
        if self.unpacked > self.limit and self.refusal is None:
            self.refusal = unpacks_past(f"{self.what}: its pages", self.limit)
        self.stop()

    def page(self, page) -> None:
        """Count a page's content streams, and find the forms it may draw (and those they
        draw) by name, each entry of their resources a token's work (a dictionary of thousands
        that every page names is work too); no form is unpacked before it is drawn."""
        streams = _contents(page)
        self.unpack(sum(len(data) for data in streams))
        self.forms = {}
        if not page.get("/Resources"):
            return  # (pypdf reads no text, and parses nothing, where no font can be)
        self.parse(sum(_tokens(data) for data in streams))
        seen: set[int] = set()  # the resources and forms met on this page, by object number
        pending = [page.get("/Resources")]
        while pending:
            resources = _resolved(pending.pop(), seen)
            xobjects = _resolved(resources.get("/XObject"), seen) if hasattr(resources, "get") else None
            for name, ref in xobjects.items() if hasattr(xobjects, "items") else ():
                self.parse(1)
                form = ref.get_object() if ref is not None else None
                if hasattr(form, "get_data") and form.get("/Subtype") == "/Form" and form.get("/Resources"):
                    key = getattr(ref, "idnum", None) or id(form)
                    self.forms.setdefault(str(name), []).append((key, form))
                    if key not in seen:
                        seen.add(key)
                        pending.append(form.get("/Resources"))

    def _drawn(self, name: str) -> int:
        """The tokens a draw of the form `name` parses (of the page's forms of that name, the most)."""
        most = 0
        for key, form in self.forms.get(name, ()):
            if key not in self.form_tokens:
                try:
                    data = form.get_data()
                except Exception:  # a damaged form: pypdf skips it
                    data = b""
                self.unpack(len(data))
                self.form_tokens[key] = _tokens(data)
            most = max(most, self.form_tokens[key])
        return most

    def text(self, text: str) -> None:
        self.chars += len(text)
        if self.chars > self.limit and self.refusal is None:
            self.refusal = unpacks_past(f"{self.what}: its text", self.limit)
        self.stop()

    def stop(self) -> None:
        """Raise the refusal, once there is one: again at every operation after it, since pypdf
        goes on past an error inside a form."""
        if self.refusal is not None:
            raise self.refusal


class _PageText(NamedTuple):
    """A page's lines, whether its text is readable (no more than NONSENSE_SHARE of its visible
    characters nonsense: see _NONSENSE, _unmapped), whether text set in fonts with no map
    to Unicode was left out of its lines, and the page's frame its lines are placed in."""

    lines: list[Line]
    readable: bool
    dropped: bool
    frame: _Frame | None  # the page as its lines were placed in (see _Frame)


def _page_lines(page, work: _Work) -> _PageText:
    """A page's lines as pypdf sets them, each with its place on the page as it is viewed
    (turned by its /Rotate, where its text is drawn turned back so as to read upright; else as
    it is drawn) where pypdf says where its text is set, but for the runs set in fonts with no map to Unicode (their glyphs'
    numbers, nonsense beside the page's readable text)."""
    pieces: list[tuple[str, float, float, bool]] = []  # the text pypdf sets, piece by piece, where, and if unmapped
    fonts: dict[int, bool] = {}  # whether each font met (by its dictionary's id) has no map to Unicode
    counts = [0, 0]  # the page's visible characters, and those of them that are nonsense
    turns: dict[int, int] = {}  # the page's visible characters by the quarter turn their lines run at

    def seen(text: str, cm, tm, font, size) -> None:
        work.text(text)
        unmapped = fonts.get(id(font))
        if unmapped is None:
            unmapped = fonts[id(font)] = _unmapped(font)
        pieces.append((text, tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5], unmapped))
        visible = len(text) - sum(map(text.count, " \n"))
        counts[1] += visible if unmapped else sum(len(found) for found in _NONSENSE.findall(text))
        counts[0] += visible
        turn = _quarter_turn(tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3])
        turns[turn] = turns.get(turn, 0) + visible

    # (the lines are made of the pieces: pypdf reports each piece of text to `seen` as it adds
    # it to the page's text, a newline or a space it puts between two included)
    page.extract_text(visitor_text=seen, visitor_operand_before=work.operation)
    work.stop()  # (an error inside a form, the last thing the page drew, is not raised by pypdf)
    readable = counts[1] <= NONSENSE_SHARE * counts[0]
    dropped = any(unmapped and piece.strip() for piece, _, _, unmapped in pieces)
    frame = _frame(page)
    if frame is not None and frame.turn and max(turns, key=turns.__getitem__, default=0) != frame.turn:
        frame = frame._replace(turn=0)  # (its text is not drawn turned back: read in the frame it is drawn in)
    upright = (frame or _Frame(0, 0.0, 0.0, 1.0, 1.0)).upright  # (a box unread: the content's own frame)
    lines: list[Line] = []
    line, at, lost = "", (None, None), False  # (lost: the line held text left out)
    for piece, height, left, unmapped in ((piece, *upright(x, y), unmapped) for piece, x, y, unmapped in pieces):
        for n, part in enumerate(piece.split("\n")):
            if n:
                if line.strip() or not lost:
                    lines.append(Line(line, *at))
                line, at, lost = "", (None, None), False
            if unmapped:
                lost = lost or bool(part.strip())
                continue
            if part.strip() and not line.strip() and n == 0:
                # (a line that starts inside a piece, but for spaces, has no place of its own)
                at = (height, left)
            line += part
    if line.strip() or not lost:
        lines.append(Line(line, *at))
    return _PageText(lines, readable, dropped, frame)


def _quarter_turn(dx: float, dy: float) -> int:
    """The quarter turn (degrees anticlockwise) nearest the direction (dx, dy) a line of text runs in."""
    if abs(dx) >= abs(dy):
        return 0 if dx >= 0 else 180
    return 90 if dy > 0 else 270


def _unmapped(font) -> bool:
    """Whether a font gives its glyphs' numbers, not characters: a composite one (Type0) of the
    Identity encoding with no /ToUnicode map (the numbers are the font program's own; pypdf
    reads each as the character of that code)."""
    try:
        encoding = font.get("/Encoding")
        encoding = encoding.get_object() if encoding is not None else None
        return (font.get("/Subtype") == "/Type0" and "/ToUnicode" not in font
                and encoding in ("/Identity-H", "/Identity-V"))
    except Exception:  # no font, or a damaged one: its text is read as it is
        return False


def _steps(lines: list[Line]) -> list[float]:
    """How far each line stands below the one before it (where both heights are known)."""
    return [round(above.height - below.height, 1) for above, below in zip(lines, lines[1:])
            if above.height is not None and below.height is not None and above.height > below.height]


def _usual_step(pages: list[list[Line]]) -> float | None:
    """The document's usual line spacing: its commonest step from a line to the next (the
    smaller of two as common); None where it has fewer than _MIN_STEPS."""
    steps = Counter(step for lines in pages for step in _steps(lines))
    if steps.total() < _MIN_STEPS:
        return None
    return min(steps, key=lambda step: (-steps[step], step))


def _margins(lines: list[Line], usual: float) -> list[float]:
    """Where the page's columns start: each place at least MARGIN_SHARE of its lines start at,
    from the left, but for one a paragraph's indent right of a margin (its first lines')."""
    starts = Counter(round(line.left) for line in lines if line.left is not None and line.text.strip())
    margins: list[float] = []
    for x in sorted(x for x, n in starts.items() if n >= MARGIN_SHARE * starts.total()):
        if not margins or not _set_in(x, margins, usual):
            margins.append(x)
    return margins


def _set_in(left: float, margins: list[float], usual: float) -> bool:
    """Whether a line starting at `left` starts a little right of the column it stands in (see
    PARAGRAPH_INDENT)."""
    margin = max((x for x in margins if x <= left + 1), default=None)
    return margin is not None and PARAGRAPH_INDENT[0] * usual <= left - margin <= PARAGRAPH_INDENT[1] * usual


def _spaced(lines: list[Line], usual: float | None) -> list[str]:
    """The lines, with a blank one between two that stand more than PARAGRAPH_GAP times the
    `usual` line spacing apart (but for a line pushed down inside a sentence: PUSHED_GAP), and a
    paragraph's indented first line indented: the space between paragraphs and the indent a
    reader sees, which a text copied out of the page loses (and text copied with its indents is
    read by: `reader.corpus.segment`)."""
    margins = _margins(lines, usual) if usual is not None else []
    out: list[str] = []
    for n, line in enumerate(lines):
        before = lines[n - 1] if n else Line("")
        if (usual is not None and before.height is not None and line.height is not None
                and before.height - line.height > PARAGRAPH_GAP * usual
                and out and out[-1].strip() and line.text.strip()
                and not (before.height - line.height <= PUSHED_GAP * usual and _runs_on(before.text, line.text))):
            out.append("")
        # set in after a sentence's end, on a line that is not (a quote set in is one paragraph,
        # and a list item's second line set in under its text goes on with it)
        first = (usual is not None and line.left is not None and _set_in(line.left, margins, usual)
                 and (n == 0 or before.text.rstrip().endswith(END_PUNCT))
                 and (before.left is None or not _set_in(before.left, margins, usual)))
        out.append(INDENT + line.text.lstrip() if first else line.text)
    return out


def _runs_on(line: str, after: str) -> bool:
    """Whether `after` goes on with the sentence `line` leaves open (no sentence's end, and a
    small letter next): a line a larger letter or a superscript pushes down, no paragraph's space."""
    return not line.rstrip().endswith(END_PUNCT) and after.lstrip()[:1].islower()


def _contents(page) -> list[bytes]:
    """A page's content streams, unpacked (each once; its text is then read from that)."""
    return [stream.get_data() for stream in _streams(page)]


def _streams(page) -> list:
    """A page's content streams (its one, or its array's), but for a null entry or an object
    the file lacks, which pypdf passes over as it reads the page."""
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if contents is None:
        return []
    found = (stream.get_object() if stream is not None else None
             for stream in (contents if isinstance(contents, list) else [contents]))
    return [stream for stream in found if hasattr(stream, "get_data")]


def _resolved(ref, seen: set[int]):
    """The object `ref` names, or None when its number is in `seen` (then added)."""
    number = getattr(ref, "idnum", None)
    if number is not None:
        if number in seen:
            return None
        seen.add(number)
    return ref.get_object() if ref is not None else None


def _tokens(data: bytes) -> int:
    """How many tokens a content stream holds (see _TOKEN), counted at the regex engine's speed."""
    return _TOKEN.subn(b"", data)[1]


def _metadata(reader) -> tuple[str, str, str]:
    """The title, author and date the PDF's /Info gives, where they are real (see _FILE_TITLE,
    _LOGIN), a title and an author no longer than a heading's TITLE_MAX; a damaged /Info gives
    none."""
    try:
        info = reader.metadata or {}
        title, author, made = (_text(info.get(key)) for key in ("/Title", "/Author", "/CreationDate"))
    except Exception:
        return "", "", ""
    title = _APP_PREFIX.sub("", title, count=1) if _APP_PREFIX.match(title) else title
    title = "" if _FILE_TITLE.fullmatch(title) else title[:TITLE_MAX]
    author = "" if _LOGIN.fullmatch(author) or author.casefold() in _NO_AUTHOR else author[:TITLE_MAX]
    return title, author, _date(made)


def _text(value) -> str:
    """A metadata string as one line, its escape sequences and controls gone (as an article's
    text loses them) before a title or a file's name is made of it."""
    return one_line(str(value)) if value is not None else ""


def _date(value: str) -> str:
    """A PDF date as ISO 8601 ("D:20250304120000Z": "2025-03-04"), as precise as it is; "" for
    one that is not a date, or a day that is not yet (a clock set wrong, "D:99999999")."""
    found = _PDF_DATE.match(value)
    if found is None:
        return ""
    parts = real_parts(int(part) for part in found.groups() if part is not None)  # "2024-02-30": February's
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)  # (a time zone ahead is no clock set wrong)
    if not parts or datetime.date(*parts, *(1,) * (3 - len(parts))) > tomorrow:
        return ""
    return iso_parts(parts)
