"""English month names, as news writes them in dates ("March 2, 2026", "2 Mar. 2026", "Sept. 26").

One table for every rule that reads a date: a text's own date line (reader.corpus.byline) and
the aligner's month keys (reader.align.text), so a spelling added here is read by both.
"""

from __future__ import annotations

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}
