"""Month names, as news writes them in dates: English ("March 2, 2026", "2 Mar. 2026", "Sept.
26") and other languages' after a day ("14 mars 2023", "14 במרץ 2023").

One table for every rule that reads a date: a text's own date line (reader.corpus.byline,
reader.corpus.kinds), the aligner's month keys (reader.align.text) and the differences' dates
(reader.differ.quantities), so a spelling added here is read by all; and a date's parts cut
to a real date and written as ISO 8601 (a PDF's dates, the reference exports').
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}
# English weekdays: a date's too ("on Wednesday"), not a name
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# Month names of the European languages most often beside English (Spanish, French, German,
# Italian, Portuguese; with the spellings that drop an accent), and those below, read only right
# after a day number ("14 de marzo de 2021", "14 mars 2021", "14. März 2021", "14 marzo 2021",
# "14 de março de 2021"): alone, several are English words ("Mars", "Mayo"). Only month names:
# number words of other languages are not read.
FOREIGN_MONTHS: dict[str, int] = {
    **dict.fromkeys(("enero", "janvier", "januar", "jänner", "gennaio", "janeiro"), 1),
    **dict.fromkeys(("febrero", "février", "fevrier", "februar", "febbraio", "fevereiro"), 2),
    **dict.fromkeys(("marzo", "mars", "märz", "maerz", "março", "marco"), 3),
    **dict.fromkeys(("abril", "avril", "aprile"), 4),
    **dict.fromkeys(("mayo", "mai", "maggio", "maio"), 5),
    **dict.fromkeys(("junio", "juin", "juni", "giugno", "junho"), 6),
    **dict.fromkeys(("julio", "juillet", "juli", "luglio", "julho"), 7),
    **dict.fromkeys(("agosto", "août", "aout"), 8),
    **dict.fromkeys(("septiembre", "setiembre", "septembre", "settembre", "setembro"), 9),
    **dict.fromkeys(("octubre", "octobre", "oktober", "ottobre", "outubro"), 10),
    **dict.fromkeys(("noviembre", "novembre", "novembro"), 11),
    **dict.fromkeys(("diciembre", "décembre", "decembre", "dezember", "dicembre", "dezembro"), 12),
}
# Russian's and Ukrainian's, in the genitive a date writes them in ("14 марта 2023 года"),
# Turkish's and Azerbaijani's ("14 Mart 2023"; not Azerbaijani "may", an English word after
# a figure: "some 14 may still be missing").
_SLAVIC_AND_TURKIC = (
    ("января", "січня", "ocak", "yanvar"), ("февраля", "лютого", "şubat", "fevral"), ("марта", "березня", "mart"),
    ("апреля", "квітня", "nisan", "aprel"), ("мая", "травня", "mayıs"), ("июня", "червня", "haziran", "iyun"),
    ("июля", "липня", "temmuz", "iyul"), ("августа", "серпня", "ağustos", "avqust"),
    ("сентября", "вересня", "eylül", "sentyabr"), ("октября", "жовтня", "ekim", "oktyabr"),
    ("ноября", "листопада", "kasım", "noyabr"), ("декабря", "грудня", "aralık", "dekabr"),
)
FOREIGN_MONTHS.update({name: n for n, names in enumerate(_SLAVIC_AND_TURKIC, 1) for name in names})
# Hebrew's, which a date writes with the preposition "in" (or "to") joined on: "14 במרץ 2023".
_HEBREW = ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר",
           "דצמבר")
FOREIGN_MONTHS.update({prefix + name: n for n, name in enumerate(_HEBREW, 1) for prefix in ("", "ב", "ל")})
FOREIGN_MONTHS.update({prefix + "מרס": 3 for prefix in ("", "ב", "ל")})  # March's other spelling
# Arabic's two sets, both read across the Arab press: the Egyptian and Gulf names ("14 مارس
# 2023", from the European ones) and the Levantine and Iraqi ones ("14 آذار 2023"), four of them
# two words ("كانون الثاني", January); each also as typed without its hamza or madda ("ابريل",
# "اذار"). And Persian's names of the same (European) months ("۱۴ ژانویه ۲۰۲۳"); Iran's own
# calendar (فروردین, اسفند) counts months from another day and is not read.
_ARABIC = (
    ("يناير", "كانون الثاني", "ژانویه"), ("فبراير", "شباط", "فوریه"), ("مارس", "آذار", "اذار"),
    ("أبريل", "إبريل", "ابريل", "نيسان", "آوریل"), ("مايو", "أيار", "ايار", "مه"), ("يونيو", "يونيه", "حزيران", "ژوئن"),
    ("يوليو", "يوليه", "تموز", "ژوئیه"), ("أغسطس", "اغسطس", "آب", "اوت"), ("سبتمبر", "أيلول", "ايلول", "سپتامبر"),
    ("أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول", "اکتبر"), ("نوفمبر", "تشرين الثاني", "نوامبر"),
    ("ديسمبر", "كانون الأول", "كانون الاول", "دسامبر"),
)
FOREIGN_MONTHS.update({name: n for n, names in enumerate(_ARABIC, 1) for name in names})
# Armenian's, and in the genitive a date writes them in ("14 մարտի 2023").
_ARMENIAN = ("հունվար", "փետրվար", "մարտ", "ապրիլ", "մայիս", "հունիս", "հուլիս", "օգոստոս", "սեպտեմբեր",
             "հոկտեմբեր", "նոյեմբեր", "դեկտեմբեր")
FOREIGN_MONTHS.update({name + ending: n for n, name in enumerate(_ARMENIAN, 1) for ending in ("", "ի")})
# Any of them, longest first, as a regex alternation (lower case: match it ignoring case).
FOREIGN_MONTH_NAME = "|".join(re.escape(m) for m in sorted(FOREIGN_MONTHS, key=len, reverse=True))

# A date written in figures ("14.03.2023", "3/14/23"): a day (1-31) and a month (1-12) in
# either order, the way Europe and the United States write them, then the year. Figures out of
# those ranges are something else ("32.03.14" a race time, "10.0.19" a version).
_DAY_FIGURES = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_FIGURES = r"(?:0?[1-9]|1[0-2])"
NUMERIC_DATE = (rf"(?:{_DAY_FIGURES}[./]{_MONTH_FIGURES}|{_MONTH_FIGURES}[./]{_DAY_FIGURES})[./]\d{{2,4}}"
                r"(?!\d)")


def real_parts(parts: Sequence[int]) -> tuple[int, ...]:
    """(year, month, day), as far as known, cut to what names a real date: "2024-02-30" is
    February 2024's, "1987-13-05" 1987's, a year 0 none (). For a date whose day may be a typo."""
    parts = tuple(parts)
    while parts:
        try:
            datetime.date(*parts, *(1,) * (3 - len(parts)))
        except ValueError:
            parts = parts[:-1]
        else:
            break
    return parts


def iso_parts(parts: Sequence[int]) -> str:
    """(year, month, day), as far as known, as ISO 8601 writes them: "2024", "2024-02", "2024-02-03"."""
    return "-".join(f"{part:04d}" if n == 0 else f"{part:02d}" for n, part in enumerate(parts))
