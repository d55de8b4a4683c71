"""Bookmarks and link decisions back from a CSV export, as written or as a spreadsheet saved it again.

A CSV export (`bookmarks export --format csv`, `links export --format csv`) is made for a
spreadsheet, and a reader who edits one there (a note corrected, a tag added) or keeps one as a
backup wants it back. A spreadsheet saves it again with its own separator (a semicolon where the
decimal mark is a comma, a tab in a "Text" format), so the header row tells both that the file is
ours and what separates its columns. The rows hold what a citation needs but not the text around
each quote or the article's content hash: the text around is taken from the article when the
quote is still at its offsets there (`with_context`), so the import places the passages as the
JSON import would; a side whose file is not here keeps the quote and offsets only, and gets its
context when an import with `--corpus` finds the file.

Like a JSON export, the file is untrusted: every row is checked before anything is written, and
one bad row refuses the whole file, naming the row and the column.
"""

from __future__ import annotations

import calendar
import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import MINYEAR, datetime
from typing import TypeVar

from rapidfuzz import fuzz

from reader.bookmarks.anchoring import CONTEXT, QUOTE_MIN, Anchor
from reader.bookmarks.export import formula_like
from reader.bookmarks.spreadsheet_times import date_order, store_time
from reader.bookmarks.store import SQLITE_INT_MAX, ArticleShelf
from reader.corpus.decoding import decode
from reader.corpus.sanitize import sanitize, visible
from reader.errors import UserError
from reader.files import stored_path_problem

T = TypeVar("T")

# What a spreadsheet may separate the columns with when it saves the file again (Excel: a
# semicolon where the decimal mark is a comma, a tab in its "Text" format).
CSV_SEPARATORS = ",;\t"
_LINE_END = re.compile(r"\r\n?|\n")


def on_the_calendar(made: str) -> bool:
    """Whether a time written as the store writes one ("2024-05-01T12:00:00Z"), or to the
    minute as one a spreadsheet wrote back is read ("2024-05-01T12:00Z"), is one the calendar
    has: the patterns take any digits, "2024-13-45T99:99:99Z" among them."""
    try:
        datetime.fromisoformat(made.removesuffix("Z"))
    except ValueError:
        return False
    return True


# A time as the store writes it, its fields taken apart (seconds optional: a spreadsheet's minute).
_STORE_TIME = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d))?Z")
_CLOCK_LIMITS = (24, 60, 60)  # hours, minutes, seconds: each field below its limit


def not_a_time(written: str, made: str | None = None) -> str:
    """What is wrong with a `created` that is not a time as the store writes one (`made`: as it
    was read, when it was). A month, day and clock each in their range but a day the month has not
    ("2023-02-29 10:00", "31.04.2024 09:26") is a date that cannot be, a slip a reader mends by its
    month's days; anything else ("32.03.14", a version, a score; a month 13) is no time at all."""
    shown = f"'created' {visible(written)[:40]!r}"
    if (found := _STORE_TIME.fullmatch(made or "")) and (cannot := _no_such_day(found)):
        return f"{shown} names a day the calendar has not: {cannot}"
    return f"{shown} is not a time such as 2024-05-01T12:00:00Z"


def _no_such_day(found: re.Match[str]) -> str:
    """"April has 30 days" (or "February 2023 has 28 days") for a time whose year, month, day and
    clock are in their ranges but whose day is not in its month; "" otherwise."""
    year, month, day, *clock = (int(part or 0) for part in found.groups())
    if not (year >= MINYEAR and 1 <= month <= 12 and 1 <= day <= 31  # a year 0 is on no calendar
            and all(v < limit for v, limit in zip(clock, _CLOCK_LIMITS))):
        return ""
    days = calendar.monthrange(year, month)[1]
    if day <= days:
        return ""
    named = calendar.month_name[month] + (f" {year}" if month == 2 else "")  # February's days tell the year's
    return f"{named} has {days} days"


def separator(line: str) -> str:
    """Which of CSV_SEPARATORS a CSV header line is written with (the most frequent)."""
    return max(CSV_SEPARATORS, key=line.count)


def header_columns(line: str) -> list[str]:
    """The names of a CSV header's columns, whichever of CSV_SEPARATORS it is written with;
    none for a line no CSV opens with (a field past the csv module's limit)."""
    try:
        return [name.strip() for name in next(csv.reader([line], delimiter=separator(line)), [])]
    except csv.Error:
        return []


def first_line(text: str) -> str:
    """The first line of `text` (the start of a file), without a byte order mark or line end:
    a line ends at LF, CRLF or a lone CR (a spreadsheet's "CSV (Macintosh)")."""
    return _LINE_END.split(text.lstrip("\ufeff"), maxsplit=1)[0]


def is_csv_of(text: str, columns: Sequence[str], required: int) -> bool:
    """Whether `text` opens with the header of a CSV export of `columns`: its first `required`
    at least, in order (columns an export added later come last, so an older one has fewer)."""
    found = header_columns(first_line(text))
    shared = min(len(found), len(columns))
    return shared >= required and found[:shared] == list(columns[:shared])


def looks_like_csv(text: str) -> bool:
    """Whether `text` opens as a table would: a first line of two named columns at least
    (not a BibTeX entry's "@misc{key,", nor JSON)."""
    line = first_line(text)
    return not line.lstrip().startswith(("{", "[")) and sum(1 for name in header_columns(line) if name) >= 2


class BadCell(Exception):
    """What is wrong with one row (the caller names the row)."""


class Row:
    """One row of a CSV export, by column name; each cell as the export wrote its text."""

    def __init__(self, names: Sequence[str], cells: Sequence[str], order: str = "") -> None:
        self._cells = dict(zip(names, cells))
        self._order = order  # the file's day/month order (spreadsheet_times.date_order)

    def text(self, column: str) -> str:
        value = self._cells.get(column, "")
        if value[:1] == "'" and formula_like(value[1:]):
            value = value[1:]  # the ' export.csv_cell put before what a spreadsheet takes for a formula
        return sanitize(value).text

    def position(self, column: str) -> int:
        value = self._cells.get(column, "").strip()
        if not value.isascii() or not value.isdigit() or int(value) > SQLITE_INT_MAX:
            raise BadCell(f"'{column}' {visible(value)[:20]!r} is not a position (a whole number from 0)")
        return int(value)

    def created(self) -> str:
        made = store_time(self._cells.get("created", ""), self._order)  # without seconds: a minute (store.minute_only)
        if not (made and on_the_calendar(made)):
            raise BadCell(not_a_time(self._cells.get("created", ""), made))
        return made

    def anchor(self, prefix: str, url_column: str) -> Anchor | None:
        """The side whose columns start with `prefix` ("pair_", "a_"), None when they are all
        empty; its context and content hash are left empty (`with_context` fills them)."""
        path = self._cells.get(f"{prefix}file", "")  # the export wrote it visible; a key is never sanitised
        if not path and not self.text(f"{prefix}quote"):
            return None
        if problem := stored_path_problem(path):
            raise BadCell(f"'{prefix}file' {visible(path)[:60]!r} {problem}")
        start, end = self.position(f"{prefix}start"), self.position(f"{prefix}end")
        if start >= end:
            raise BadCell(f"'{prefix}start' is not before '{prefix}end'")
        quote = self.text(f"{prefix}quote")
        if not quote.strip():
            raise BadCell(f"'{prefix}quote' is empty")
        return Anchor(path=path, content_hash="", start=start, end=end, quote=quote, prefix="", suffix="",
                      title=self.text(f"{prefix}title"), outlet=self.text(f"{prefix}outlet"),
                      date=self.text(f"{prefix}date"), author=self.text(f"{prefix}author"), url=self.text(url_column))


# A character as UTF-8 writes it past ASCII: in bytes that are not UTF-8 throughout, the mark
# of a file edited in two encodings (a legacy code page reads it as two or three other letters).
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_WIDE = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")  # encodings whose bytes may look like that by chance


def csv_text(data: bytes, name: str) -> str:
    """The text of a CSV's bytes: UTF-8 as the export writes it, or what a spreadsheet saved it
    as (Windows-1252 and the like, UTF-16 as Excel's "Unicode text"), decoded as an article file
    is (reader.corpus.decoding); UserError, saying the encoding is why, when it cannot be told."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        decoded = decode(data, name)
    except UserError:
        decoded = None
    if decoded is None or decoded.replaced or (decoded.encoding not in _WIDE and _UTF8_SEQUENCE.search(data)):
        raise UserError(f"{name}: its encoding cannot be told (it is not UTF-8, nor text in another encoding "
                        "throughout); save the CSV as UTF-8 (a spreadsheet's \"CSV UTF-8\") and import it again")
    return decoded.text


def readable(data: bytes) -> str:
    """The text of a CSV's bytes, or of its start, to know it by its header: as csv_text reads
    them, or as UTF-8 with what is not shown as U+FFFD when their encoding cannot be told."""
    try:
        return csv_text(data, "")
    except UserError:
        return data.decode("utf-8", "replace")


def csv_rows(data: bytes, name: str, read: Callable[[Row], T], what: str) -> list[T]:
    """`read` of each row of a CSV export's bytes (its header checked by the caller), or
    UserError naming the first broken row (`what`: "bookmark") and that nothing was imported."""
    text = csv_text(data, name)
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=separator(first_line(text)))
    try:
        names = [column.strip() for column in next(reader)]
        table = [(n, cells) for n, cells in enumerate(reader, 1)
                 if any(cell.strip() for cell in cells)]  # not the empty rows a spreadsheet leaves at the end
    except csv.Error as exc:
        raise UserError(f"{name}: not a CSV the export writes (line {reader.line_num}: {exc}); "
                        "nothing imported") from None
    order = date_order(((n + 1, Row(names, cells).text("created")) for n, cells in table), name)
    out = []
    for n, cells in table:
        row = Row(names, cells, order)
        try:
            out.append(read(row))
        except BadCell as exc:
            said = row.text("id").strip()
            which = f"{what} in row {n + 1}" + (f" (id {said})" if said.isascii() and said.isdigit() else "")
            raise UserError(f"{name}: {which}: {exc}; nothing imported") from None
    return out


def with_context(anchor: Anchor, shelf: ArticleShelf) -> Anchor:
    """`anchor` (read from a CSV export: no context, no content hash) with the text around it,
    taken from its article where the passage stands at its offsets now (its quote to QUOTE_MIN:
    a reworded passage was exported at its new words' offsets); as it is otherwise (the file not
    here, or the passage no longer there). The content hash stays empty, the mark of a side read
    from a CSV, which the store knows by its time, offsets, quote and file name (`store.Twins`)."""
    if anchor.content_hash or anchor.prefix or anchor.suffix:
        return anchor
    article = shelf.get(anchor.path)
    if article is None or not anchor.end <= len(article.text):
        return anchor
    clean = article.clean
    lo, hi = clean.to_clean(anchor.start), clean.to_clean(anchor.end)
    if fuzz.ratio(clean.text[lo:hi], anchor.quote) < QUOTE_MIN:
        return anchor
    return replace(anchor, prefix=clean.text[max(0, lo - CONTEXT):lo], suffix=clean.text[hi:hi + CONTEXT])
