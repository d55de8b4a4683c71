"""Find the words a person typed in the article they were copied from.

A quote typed at a shell rarely matches byte for byte: the article has a curly apostrophe
("Obama’s") where the keyboard gives a straight one, an en dash where one typed a hyphen, a
capital letter one did not bother with, an accent left off ("reunio" for "reunió"), a line break
where the quote has a space, an "é" where the article has "e" and a combining accent (or the
other way round). Matching therefore compares *folded* text: case and accents folded as search
folds them (`reader.corpus.accents`), every quote, apostrophe and dash style reduced to one,
every run of whitespace to one space; failing that, composed (NFC) as well. An exact
match (whitespace aside) is still preferred, so `--occurrence` counts what the person typed
when it is there verbatim; after it, a match with the quote's accents as typed ("é" typed finds
the "é", not an "e" before it); last, one typed in haste ("trawlers bow,not" for "trawler’s
bow, not"). The span found indexes the article, so what gets stored is the
article's own text, not the typing.

When nothing matches, the error names the stretch of the article closest to the quote, so a
typo is one glance away from being fixed.

A quote is looked for inside each paragraph, and the closest text too: words that run on from
a title into the paragraph after it are no passage of the article, and a bookmark on them would
mark two. Words typed across a paragraph break are refused, with the part in one paragraph to
use instead.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from itertools import takewhile

from rapidfuzz import fuzz

from reader.corpus import Article
from reader.corpus.accents import fold_accents
from reader.corpus.composed import Composed
from reader.corpus.sanitize import sanitize
from reader.errors import UserError

# Every character that folds to something other than its case-folded self.
_SINGLE_QUOTES = "'‘’‚‛′`´ʼ"
_DOUBLE_QUOTES = '"“”„‟″«»'
_DASHES = "-‐‑‒–—―−"
_FOLD = {
    **{c: "'" for c in _SINGLE_QUOTES},
    **{c: '"' for c in _DOUBLE_QUOTES},
    **{c: "-" for c in _DASHES},
}  # (Turkish and Azerbaijani dotless ı and dotted İ fold to "i" with the accents: "IŞIKLI" is
# "ışıklı" typed in capitals, "izmir" is "İzmir")


class _Folds(dict[int, str]):
    """`str.translate`'s table for folding: each character's folded form (_FOLD, else its case
    folded, and its accents too unless they are kept), worked out the first time the
    character is met."""

    def __init__(self, keep_accents: bool) -> None:
        super().__init__()
        self._fold_letter = str.casefold if keep_accents else fold_accents

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = self[code] = _FOLD.get(char) or self._fold_letter(char)
        return folded


_FOLDS = _Folds(keep_accents=False)
_FOLDS_KEEPING_ACCENTS = _Folds(keep_accents=True)
SHOWN_QUOTE = 60  # characters of a quote repeated back in an error
CLOSEST_SPAN = 100  # characters of the closest article text shown when nothing matches
# The similarity (rapidfuzz partial_ratio, folded text) the closest text must reach to be shown:
# below it, half the quote or more is unlike the text, and showing it would not help.
CLOSEST_MIN = 50.0
# Looking for the closest text costs about 0.7 s per MB (rapidfuzz partial_ratio); beyond this
# size the error goes without it rather than keep a person waiting.
CLOSEST_MAX_TEXT = 2_000_000


def fold(text: str, table: _Folds = _FOLDS) -> tuple[str, list[int]]:
    """`text` folded for matching (by `table`), and for each folded character the index it
    came from.

    Whitespace runs become one space; leading and trailing whitespace is kept as one space too,
    so offsets stay exact (callers strip the quote, not the article).
    """
    out: list[str] = []
    origin: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space:
                out.append(" ")
                origin.append(i)
            in_space = True
            continue
        in_space = False
        folded = table[ord(ch)]
        out.append(folded)
        origin.extend([i] * len(folded))
    return "".join(out), origin


def _folded_spans(pattern: str, text: str, origin: list[int]) -> list[tuple[int, int]]:
    """Non-overlapping places `pattern` occurs in folded `text`, in the original text's offsets.

    A place that begins or ends inside one character's folding ("ß" folds to "ss") is not the
    character, so it does not count.
    """
    out, i = [], text.find(pattern)
    while i >= 0:
        end = i + len(pattern)
        whole = _whole_characters(origin, i, end)
        if whole:
            out.append((origin[i], origin[end - 1] + 1))
        i = text.find(pattern, end if whole else i + 1)
    return out


def _whole_characters(origin: list[int], lo: int, hi: int) -> bool:
    """Whether folded text's [lo, hi) begins and ends on whole original characters (`origin`,
    as `fold` gives it): not inside one character's folding ("ß" folds to "ss")."""
    return (lo == 0 or origin[lo - 1] != origin[lo]) and (hi == len(origin) or origin[hi] != origin[hi - 1])


Span = tuple[int, int]


def paragraph_bounds(article: Article) -> list[Span]:
    """Where each of the article's paragraphs lies in its display-safe text (`article.clean`)."""
    clean = article.clean
    return [(clean.to_clean(p.start), clean.to_clean(p.end)) for p in article.passages]


def _each(bounds: list[Span] | None, text: str, find) -> list[Span]:
    """`find(piece)` run on each stretch of `text` in `bounds` (the whole text when None), its
    spans given back in `text`'s offsets."""
    if bounds is None:
        return find(text)
    return [(lo + a, hi + a) for a, b in bounds for lo, hi in find(text[a:b])]


def quote_spans(text: str, quote: str, bounds: list[Span] | None = None) -> list[Span]:
    """Every place `quote` occurs in `text` (offsets into `text`), forgiving as the module says;
    with `bounds` (paragraph_bounds), only the places that lie inside one of those stretches.

    Occurrences typed exactly (whitespace runs aside) win; only when there are none do the
    folded ones count, those with the quote's accents before those without.
    """
    words = quote.split()
    if not words:
        return []
    pattern = r"\s+".join(map(re.escape, words))
    exact = _each(bounds, text, lambda piece: [(m.start(), _past_marks(piece, m.end()))
                                               for m in re.finditer(pattern, piece)])
    if exact:
        return exact
    for table in (_FOLDS_KEEPING_ACCENTS, _FOLDS):
        found = _each(bounds, text, _folded_places(words, table))
        if found:
            return found
    found = _each(bounds, text, _loose_places(words))
    if found:
        return found
    # "é" typed, "e" + U+0301 in the article (or the other way round): compare composed text
    typed = Composed(quote).text

    def composed_places(piece: str) -> list[Span]:
        composed = Composed(piece)
        if not (composed.changed or typed != quote):
            return []
        return [composed.original_span(lo, hi) for lo, hi in quote_spans(composed.text, typed)]

    return _each(bounds, text, composed_places)


def _folded_places(words: list[str], table: _Folds) -> Callable[[str], list[Span]]:
    """What finds where the `words` folded by `table` occur in a text folded by it, in that
    text's offsets: the quote folded once, however many paragraphs it is looked for in."""
    folded = fold(" ".join(words), table)[0]
    pattern = re.compile(r"\s+".join(map(re.escape, folded.split(" "))))

    def places(text: str) -> list[Span]:
        same_length = text.translate(table)
        if len(same_length) == len(text):  # no character folds to several: offsets are shared
            spans = [m.span() for m in pattern.finditer(same_length)]
        else:
            folded_text, origin = fold(text, table)
            spans = _folded_spans(folded, folded_text, origin)
        return [(lo, _past_marks(text, hi)) for lo, hi in spans]

    return places


# In a quote typed in haste, quote marks count for nothing but their place: a shell's argument
# in double quotes holds single ones ("called the payment 'an insult'"), a plural's possessive
# loses its apostrophe ("the residents group"). Between two words, any quote marks and spaces
# (some space or a mark: words run together are other words) or a hyphen ("fire-engines" for
# "fire engines", "fence line" for "fence-line").
_MARKS = "'\""
_SKIPPED = r"(?:\s*['\"])*\s*"
_WORD_GAP = r"(?=[\s'\"-])(?:" + _SKIPPED + r"|\s*-\s*)"


def _loose_places(words: list[str]) -> Callable[[str], list[Span]]:
    """What finds, when nothing else did, where the `words` occur as typed in a hurry: an
    apostrophe left out ("trawlers bow" for "trawler’s bow", "residents group" for "residents’
    group") or put in, quote marks of another kind or none ("'an insult'" for "“an insult”"), a
    hyphen for a space or a space for a hyphen, and a space left out or put in beside a
    punctuation mark ("shots,not two", "shots , not two"); folded as `_FOLDS` folds. Tried last,
    so a quote typed with its apostrophes and spaces counts its occurrences as typed. A quote
    typed inside quote marks takes the article's marks with it, when it has them there."""
    typed = fold(" ".join(words))[0]
    tokens = re.findall(r"[^\W_]+|[^\w\s'\"]", typed.replace("'", "").replace('"', ""))
    if not tokens:
        return lambda text: []
    word = re.compile(r"[^\W_]")
    joined = [i for i in range(1, len(tokens) - 1)  # a hyphen typed between two words
              if tokens[i] == "-" and word.match(tokens[i - 1]) and word.match(tokens[i + 1])]
    kept = [t for i, t in enumerate(tokens) if i not in joined]
    pieces = ["'?".join(map(re.escape, token)) if word.match(token) else re.escape(token) for token in kept]
    gaps = [_WORD_GAP if word.match(a) and word.match(b) else _SKIPPED for a, b in zip(kept, kept[1:])]
    opening = r"(?:['\"]\s*)?" if typed.strip()[:1] in _MARKS else ""
    closing = r"(?:\s*['\"])?" if typed.strip()[-1:] in _MARKS else ""
    pattern = re.compile(opening + "".join(p + g for p, g in zip(pieces, gaps + [""])) + closing)

    def places(text: str) -> list[Span]:
        folded_text, origin = fold(text)
        spans = []
        for m in pattern.finditer(folded_text):
            lo, hi = m.span()
            if hi > lo and _whole_characters(origin, lo, hi):
                spans.append((origin[lo], _past_marks(text, origin[hi - 1] + 1)))
        return spans

    return places


def _past_marks(text: str, end: int) -> int:
    """`end` moved past the combining marks that follow it: "reunio" typed, the article's
    "reunio" + U+0301 is marked whole, its accent with it."""
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return end


def closest(text: str, quote: str, bounds: list[Span] | None = None) -> Span | None:
    """The stretch of `text` most like `quote` (offsets into `text`), widened to whole words;
    None when nothing is even loosely alike. With `bounds` (paragraph_bounds), the stretch lies
    inside one of them: the first of those where the quote is most alike.

    Only the quote's first CLOSEST_SPAN characters are looked for, as many as are shown of the
    text found: comparing a quote of hundreds of characters with each paragraph in turn would
    take seconds (rapidfuzz is quick with short ones).
    """
    folded_quote = fold(" ".join(quote.split()))[0][:CLOSEST_SPAN]
    if not folded_quote:
        return None
    best: tuple[float, int, int] | None = None
    for a, b in [(0, len(text))] if bounds is None else bounds:
        found = _closest_in(text[a:b], folded_quote, CLOSEST_MIN if best is None else best[0])
        if found is not None and (best is None or found[0] > best[0]):
            best = (found[0], a + found[1], a + found[2])
    return None if best is None else best[1:]


def _closest_in(text: str, folded_quote: str, least: float) -> tuple[float, int, int] | None:
    """The score and span of the stretch of `text` most like `folded_quote`, widened to whole
    words within `text`; None below the score `least`. A text shorter than the quote is
    compared whole (fuzz.ratio): the words of the quote it lacks count against it, where
    partial_ratio would find all of a short title inside a longer quote, a perfect match."""
    folded_text, origin = fold(text)
    if not folded_text.strip():
        return None
    if len(folded_text) < len(folded_quote):
        score = fuzz.ratio(folded_quote, folded_text, score_cutoff=least)
        if score < least:  # rapidfuzz gives 0 below the cutoff
            return None
        return score, len(text) - len(text.lstrip()), len(text.rstrip())
    found = fuzz.partial_ratio_alignment(folded_quote, folded_text, score_cutoff=least)
    if found is None or found.dest_end <= found.dest_start:
        return None
    lo, hi = origin[found.dest_start], origin[found.dest_end - 1] + 1
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return found.score, lo, hi


def quote_line(text: str, limit: int) -> str:
    """A quote on one line, cut to `limit` characters with an ellipsis (messages and tables)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def find_quote(article: Article, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Source span of the `occurrence`-th place `quote` occurs in the article's display text.

    Raises UserError when the quote is not there that many times; when it is not there at all,
    the message shows the article's closest text.
    """
    # cleaned as the article's text was: a quote pasted from a web page keeps its soft hyphens
    # and zero-width spaces, which the article's text no longer has
    quote = sanitize(quote).text
    if not quote.split():
        raise UserError("the quote is empty")
    if occurrence < 1:
        raise UserError("--occurrence counts from 1")
    clean = article.clean
    bounds = paragraph_bounds(article)
    spans = quote_spans(clean.text, quote, bounds)
    if len(spans) >= occurrence:
        lo, hi = spans[occurrence - 1]
        return clean.to_source(lo), clean.to_source(hi, end=True)
    where = str(article.path)  # made visible where the message is printed (cli.common.say)
    shown = quote_line(quote, SHOWN_QUOTE)
    across = [span for span in quote_spans(clean.text, quote) if len(_touched(bounds, *span)) > 1]
    if spans:
        inside = " within a paragraph" if across else ""
        raise UserError(f"{where}: the quote {shown!r} occurs only {len(spans)} time(s){inside}, not {occurrence}")
    if across:
        raise UserError(f"{where}: the quote {shown!r} {_across(clean.text, bounds, *across[0])}")
    near = closest(clean.text, quote, bounds) if len(clean.text) <= CLOSEST_MAX_TEXT else None
    hint = ""
    if near is not None:
        passage = article.passage_at(clean.to_source(near[0]))
        number = f" (paragraph {passage.index + 1})" if passage is not None else ""
        hint = f"; closest{number}: “{quote_line(clean.text[near[0]:near[1]], CLOSEST_SPAN)}”"
    raise UserError(f"{where}: the quote {shown!r} does not occur in the article{hint}")


def unique_quote(article: Article, quote: str, occurrence: int | None = None, *,
                 flag: str = "--occurrence") -> tuple[int, int]:
    """Source span of `quote` in `article`: the `occurrence`-th one, or, when no occurrence is
    given, the only one (UserError when the quote occurs more than once, naming `flag`)."""
    span = find_quote(article, quote, occurrence or 1)
    if occurrence is None:
        try:
            find_quote(article, quote, 2)
        except UserError:
            return span
        shown = quote_line(sanitize(quote).text, SHOWN_QUOTE)  # as find_quote repeats it
        raise UserError(f"{article.path}: the quote {shown!r} occurs more than once; "
                        f"say which with {flag} N")
    return span


def _touched(bounds: list[Span], lo: int, hi: int) -> list[int]:
    """The indices of the stretches in `bounds` (in order) that [lo, hi) has text of."""
    first = bisect_right([b for _, b in bounds], lo)
    return list(takewhile(lambda i: bounds[i][0] < hi, range(first, len(bounds))))


def _across(text: str, bounds: list[Span], lo: int, hi: int) -> str:
    """What to tell of a quote found at [lo, hi) of `text`, across paragraphs: which ones, and
    the longest part inside one of them, to quote instead."""
    touched = _touched(bounds, lo, hi)
    parts = [text[max(lo, bounds[i][0]):min(hi, bounds[i][1])].strip() for i in touched]
    numbers = [i + 1 for i in touched]
    which = (f"{numbers[0]} and {numbers[1]}" if len(numbers) == 2
             else f"{numbers[0]} to {numbers[-1]}")
    return (f"runs across paragraphs {which} (a quote must lie within one paragraph); quote the "
            f"words of one of them, e.g. “{quote_line(max(parts, key=len), CLOSEST_SPAN)}”")
