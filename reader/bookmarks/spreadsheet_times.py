"""Times of a CSV export's `created` column as a spreadsheet writes them back in its locale.

A spreadsheet that reads the export's "2025-03-14T09:26:00Z" as a date writes it back in the
form its locale shows dates in: "2025-03-14 09:26", "14.03.2025 09:26", "14/03/2025 09:26",
"3/14/2025 9:26 AM", mostly without the seconds, and in a short date form with the year in two
digits ("14.03.25 09:26", "3/14/25 9:26 AM"). Dots are written day first by every locale
that writes them; a slash or a hyphen between day and month is written either way, and one
value does not tell which when both numbers are 12 or less. The other slash and hyphen dates
of the column do: a number over 12 in one place in any of them is a day. A row in the ISO form
or with dots tells only its own date, not how another row's slashes are ordered. When no row
tells, or rows tell both, the file is refused (one line naming the ambiguity and the rows that
hold it): a guess could move every note by months. A short date with hyphens may also be
written year first, like the ISO form ("25-03-14" for 14 March 2025): it is read only when a
row of the column shows its year last (a last number no day can be, over 31), else refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.errors import UserError

# The export's own form, and a spreadsheet's ISO form (a space for the T, no seconds, no Z).
_ISO = re.compile(r"(\d{4})-(\d\d)-(\d\d)[T ](\d{1,2}):(\d\d)(?::(\d\d))?Z?")
# A locale's form: day and month in either order, a year in four digits or two, a 24- or
# 12-hour clock.
_LOCALE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d\d),?\s+(\d{1,2}):(\d\d)(?::(\d\d))?(?:\s*([AaPp])\.?[Mm]\.?)?")
_DAY_FIRST_ALWAYS = "."  # the separator no locale writes month first with
MONTHS_IN_YEAR = 12  # a number above this in a day-or-month place is the day
DAYS_IN_MONTH = 31  # a two-digit number above this in a short date is its year
_YEAR_FIRST_TOO = "-"  # the separator a short date may be written year first with (ISO-like)
_EXAMPLE_SHOWN = 40  # characters of an ambiguous value named in the refusal
_ROWS_NAMED = 5  # rows of ambiguous dates named in the refusal; past this, a count
# A year written in two digits below this is of this century, from it of the last: a bookmark's
# time is when Counterpoint made it, so recent, and "25" is 2025; "70" to "99" are kept in the
# past (1970-1999) rather than read as decades to come, when no bookmark can have been made.
TWO_DIGIT_YEAR_PIVOT = 70


def _ordered(first: int, second: int) -> str:
    """Which order a day-or-month pair tells: "day" (day first), "month", or "" (either)."""
    if first > MONTHS_IN_YEAR >= second:
        return "day"
    if second > MONTHS_IN_YEAR >= first:
        return "month"
    return ""


def _rows_named(rows: list[int]) -> str:
    """"row 3", "rows 3 and 9", "rows 3, 4, 5, 6, 7 and 12 more"."""
    shown = [str(n) for n in rows[:_ROWS_NAMED]]
    if len(rows) > _ROWS_NAMED:
        return f"rows {', '.join(shown)} and {len(rows) - _ROWS_NAMED} more"
    return f"row {shown[0]}" if len(shown) == 1 else f"rows {', '.join(shown[:-1])} and {shown[-1]}"


def date_order(values: Iterable[tuple[int, str]], name: str) -> str:
    """The order the column's slash or hyphen dates are written in, "day" or "month" first
    ("" when it has none), told by those whose numbers show it (`values`: each row's number in
    the file and its `created`); UserError naming the rows when no row tells, or rows tell both."""
    told: dict[str, list[int]] = {}
    untold: list[int] = []
    example = ""
    year_where: list[int] = []  # rows of short hyphen dates, whose year may be first or last
    year_last, year_example = False, ""
    for row, value in values:
        found = _LOCALE.fullmatch(value.strip())
        if found and found[2] == _YEAR_FIRST_TOO and len(found[4]) == 2:
            year_where.append(row)
            year_last = year_last or int(found[4]) > DAYS_IN_MONTH
            year_example = year_example or value.strip()
        if not found or found[2] == _DAY_FIRST_ALWAYS:
            continue
        if order := _ordered(int(found[1]), int(found[3])):
            told.setdefault(order, []).append(row)
        else:
            untold.append(row)
            example = example or value.strip()
    if year_where and not year_last:
        raise UserError(f"{name}: the 'created' dates of {_rows_named(year_where)}, such as "
                        f"{year_example[:_EXAMPLE_SHOWN]!r}, may be written year first or year last, and no row "
                        "tells which (a last number over 31); write them as yyyy-mm-dd hh:mm and import again; "
                        "nothing imported")
    if len(told) == 2:
        raise UserError(f"{name}: the 'created' column holds dates written day first and others month first "
                        f"(day first: {_rows_named(told['day'])}; month first: {_rows_named(told['month'])}); save it "
                        "as yyyy-mm-dd hh:mm and import again; nothing imported")
    if untold and not told:
        raise UserError(f"{name}: the 'created' dates of {_rows_named(untold)}, such as {example[:_EXAMPLE_SHOWN]!r}, "
                        "may be day/month or month/day, and no row tells which (a number over 12 in another date "
                        "written with a slash or a hyphen); write them as yyyy-mm-dd hh:mm and import again; "
                        "nothing imported")
    return next(iter(told), "")


def _hour(hour: int, half: str | None) -> int | None:
    """The 24-hour clock's hour of `hour` read with its AM/PM mark (`half`), None when the pair
    is no time ("13 PM", "0 AM")."""
    if not half:
        return hour
    if not 1 <= hour <= 12:
        return None
    return hour % 12 + (12 if half in "Pp" else 0)


def _full_year(year: str) -> int:
    """A locale's year in four digits, one written in two read by TWO_DIGIT_YEAR_PIVOT."""
    if len(year) != 2:
        return int(year)
    return int(year) + (2000 if int(year) < TWO_DIGIT_YEAR_PIVOT else 1900)


def store_time(written: str, order: str) -> str | None:
    """`written` as the store writes a time ("2025-03-14T09:26:00Z", or without seconds
    "2025-03-14T09:26Z", a minute), its day and month read in `order` (date_order's); None when
    it is none of the forms read (the calendar is checked by the caller)."""
    written = written.strip()
    if found := _ISO.fullmatch(written):
        year, month, day, hour, minute, second = found.groups()
        return f"{year}-{month}-{day}T{int(hour):02}:{minute}{f':{second}' if second else ''}Z"
    found = _LOCALE.fullmatch(written)
    if not found:
        return None
    first, mark, second_part, year, hour, minute, second, half = found.groups()
    if mark != _DAY_FIRST_ALWAYS and not order:
        return None  # date_order has told none: never guessed
    day_first = mark == _DAY_FIRST_ALWAYS or order == "day"
    day, month = (first, second_part) if day_first else (second_part, first)
    clock = _hour(int(hour), half)
    if clock is None:
        return None
    return f"{_full_year(year):04}-{int(month):02}-{int(day):02}T{clock:02}:{minute}{f':{second}' if second else ''}Z"
