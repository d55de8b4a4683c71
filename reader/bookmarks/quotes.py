"""Find the words a person typed in the article they were copied from.

A quote typed at a shell rarely matches byte for byte: the article has a curly apostrophe
("Obama’s") where the keyboard gives a straight one, an en dash where one typed a hyphen, a
capital letter one did not bother with, a line break where the quote has a space, an "é"
where the article has "e" and a combining accent (or the other way round). Matching
therefore compares *folded* text: case-folded, every quote, apostrophe and dash style reduced
to one, every run of whitespace to one space; failing that, composed (NFC) as well. An exact
match (whitespace aside) is still preferred, so `--occurrence` counts what the person typed
when it is there verbatim. The span found indexes the article, so what gets stored is the
article's own text, not the typing.

When nothing matches, the error names the stretch of the article closest to the quote, so a
typo is one glance away from being fixed.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from reader.corpus import Article
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
    # Turkish and Azerbaijani dotless ı and dotted İ: "IŞIKLI" is "ışıklı" typed in capitals,
    # and "izmir" is "İzmir" typed in lower case (str.casefold makes "I" an "i", "İ" two
    # characters)
    "ı": "i", "İ": "i",
}
_FOLD_TABLE = str.maketrans(_FOLD)
SHOWN_QUOTE = 60  # characters of a quote repeated back in an error
CLOSEST_SPAN = 100  # characters of the closest article text shown when nothing matches
# Looking for the closest text costs about 0.7 s per MB (rapidfuzz partial_ratio); beyond this
# size the error goes without it rather than keep a person waiting.
CLOSEST_MAX_TEXT = 2_000_000


def fold(text: str) -> tuple[str, list[int]]:
    """`text` folded for matching, and for each folded character the index it came from.

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
        folded = _FOLD.get(ch) or ch.casefold()
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
        whole = (i == 0 or origin[i - 1] != origin[i]) and (end == len(text) or origin[end] != origin[end - 1])
        if whole:
            out.append((origin[i], origin[end - 1] + 1))
        i = text.find(pattern, end if whole else i + 1)
    return out


def quote_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Every place `quote` occurs in `text` (offsets into `text`), forgiving as the module says.

    Occurrences typed exactly (whitespace runs aside) win; only when there are none do the
    folded ones count.
    """
    words = quote.split()
    if not words:
        return []
    exact = [m.span() for m in re.finditer(r"\s+".join(map(re.escape, words)), text)]
    if exact:
        return exact
    folded_words = fold(" ".join(words))[0].split(" ")
    same_length = text.translate(_FOLD_TABLE).casefold()
    if len(same_length) == len(text):  # no character folds to several: offsets are shared
        found = [m.span() for m in re.finditer(r"\s+".join(map(re.escape, folded_words)), same_length)]
    else:
        folded_text, origin = fold(text)
        found = _folded_spans(" ".join(folded_words), folded_text, origin)
    if found:
        return found
    # "é" typed, "e" + U+0301 in the article (or the other way round): compare composed text
    composed, typed = Composed(text), Composed(quote).text
    if composed.changed or typed != quote:
        return [composed.original_span(lo, hi) for lo, hi in quote_spans(composed.text, typed)]
    return []


def closest(text: str, quote: str) -> tuple[int, int] | None:
    """The stretch of `text` most like `quote` (offsets into `text`), widened to whole words;
    None when nothing is even loosely alike."""
    folded_text, origin = fold(text)
    folded_quote = fold(" ".join(quote.split()))[0]
    if not folded_quote or not folded_text:
        return None
    found = fuzz.partial_ratio_alignment(folded_quote, folded_text, score_cutoff=50)
    if found is None or found.dest_end <= found.dest_start:
        return None
    lo, hi = origin[found.dest_start], origin[found.dest_end - 1] + 1
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return lo, hi


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
    spans = quote_spans(clean.text, quote)
    if len(spans) >= occurrence:
        lo, hi = spans[occurrence - 1]
        return clean.to_source(lo), clean.to_source(hi, end=True)
    where = str(article.path)  # made visible where the message is printed (cli.common.say)
    shown = quote_line(quote, SHOWN_QUOTE)
    if spans:
        raise UserError(f"{where}: the quote {shown!r} occurs only {len(spans)} time(s), not {occurrence}")
    near = closest(clean.text, quote) if len(clean.text) <= CLOSEST_MAX_TEXT else None
    hint = ""
    if near is not None:
        passage = article.passage_at(clean.to_source(near[0]))
        number = f" (paragraph {passage.index + 1})" if passage is not None else ""
        hint = f"; closest{number}: “{quote_line(clean.text[near[0]:near[1]], CLOSEST_SPAN)}”"
    raise UserError(f"{where}: the quote {shown!r} does not occur in the article{hint}")
