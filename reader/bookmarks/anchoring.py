"""Anchor a quote in an article, and find it again after the article changed.

A bookmark remembers its passage the way the W3C Web Annotation model (and Hypothesis) does: the
exact quote, about 32 characters of text on either side, the offsets, and the article's content
hash. Quote and context are *display-safe* text (what the reader showed); offsets index the
source text, as everywhere in Counterpoint. Matching works in display-safe coordinates and maps
back to source offsets at the end.

Re-anchoring, in order:
1. the quote still stands at the stored offsets (and, for a short quote in a changed file, its
   context agrees) -> `anchored`;
2. otherwise every exact occurrence of the quote, then approximate ones (rapidfuzz), become
   candidates; a candidate is accepted only when the quote is nearly the same words
   (QUOTE_MIN) *and* its surroundings still look like the stored context (CONTEXT_ONE_SIDE /
   CONTEXT_SUM) — a look-alike sentence in another paragraph has unrelated context and is
   refused. A quote that stood on lines of its own (a paragraph, as the reading room bookmarks
   them) and is found on lines of its own needs no context: moving a paragraph replaces both
   its neighbours. The best accepted candidate wins, nearness to the old position breaking ties
   -> `moved`;
3. nothing accepted, or the file is gone -> `orphaned` (the stored quote is still shown).

Why these thresholds: on the bundled corpus two unrelated 32-character windows score a median of
34 and a 99.9th percentile of 69 with `fuzz.ratio`; requiring one side >= 70 and both sides
together >= 100 lets through an insertion right before the quote (one side intact) or a word
edited next to it (both sides ~85), and refuses unrelated surroundings. Two different paragraphs
of the bundled corpus (of 83 with 20 characters or more) score a median of 36 and at most 84
against each other, and at most 54 among those of OWN_LINES_MIN characters or more: a
paragraph that long found on its own lines at QUOTE_MIN is the same paragraph, moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from reader.corpus import Article
from reader.errors import UserError
from reader.paths import user_path

Status = Literal["anchored", "moved", "orphaned"]

CONTEXT = 32  # characters of prefix and suffix stored with each quote
QUOTE_MIN = 85.0  # fuzz.ratio a re-found quote must reach against the stored one
CONTEXT_ONE_SIDE = 70.0  # the better of prefix/suffix similarity must reach this
CONTEXT_SUM = 100.0  # and prefix + suffix similarity together this
FUZZY_MIN_LENGTH = 12  # shorter quotes are only ever matched exactly
SURE_LENGTH = 20  # a quote this long found verbatim at its old offsets needs no context check
LONG_QUOTE = 400  # longer quotes are searched for and refined by their two ends only
END_PIECE = 128  # characters of each end a long quote is searched for and refined by
OWN_LINES_MIN = 40  # a quote on lines of its own this long needs no context (see above)
# The partial_ratio a span must reach to be refined and judged: a word inserted into a short
# quote can leave the quote-long window at its place near 65 (a quote of n characters with k
# inserted: about 100 * (n - k) / n) while the whole span still reaches QUOTE_MIN; candidates
# are judged afterwards by QUOTE_MIN and their context, as every other candidate is.
SEED_MIN = 60.0


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a bookmark points: enough to find the passage again in a changed file."""

    path: str  # absolute path of the article file
    content_hash: str  # Article.content_hash when the anchor was made
    start: int  # source offsets at that time
    end: int
    quote: str  # display-safe text of the span
    prefix: str  # display-safe text just before and after it
    suffix: str
    title: str = ""  # article metadata at that time, shown when the file is gone
    outlet: str = ""
    date: str = ""
    author: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True)
class Placement:
    """An anchor re-found in the current article: its status and current source offsets."""

    anchor: Anchor
    status: Status
    start: int | None  # None when orphaned
    end: int | None
    article: Article | None = None  # the current article, when it could be loaded
    # False when the article was read without its metadata (its corpus.toml is broken): a
    # citation then keeps what was stored, not the file name and no author.
    metadata_read: bool = True

    # Metadata as the article says it now; the anchor's copy only when the file is gone (or its
    # metadata could not be read), so a renamed outlet or corrected date shows up without
    # re-bookmarking.
    @property
    def _source(self) -> Article | Anchor:
        return self.article if self.article is not None and self.metadata_read else self.anchor

    @property
    def title(self) -> str:
        return self._source.title

    @property
    def outlet(self) -> str:
        return self._source.outlet

    @property
    def date(self) -> str:
        return self._source.date

    @property
    def author(self) -> str:
        return self._source.author

    @property
    def url(self) -> str:
        return self._source.url

    @property
    def retrieved(self) -> str:
        """When the article was fetched, as its corpus.toml says; bookmarks do not store it."""
        return self.article.retrieved if self.article is not None and self.metadata_read else ""

    @property
    def text(self) -> str:
        """What the passage says now, or the stored quote when it cannot be found."""
        if self.article is None or self.start is None or self.end is None:
            return self.anchor.quote
        return self.article.display(self.start, self.end)


def article_key(path) -> str:
    """The key bookmarks use for an article file: its absolute, resolved path."""
    return str(user_path(path).resolve())


def anchor_span(article: Article, start: int, end: int) -> Anchor:
    """An anchor for the source span [start, end) of `article`."""
    if not 0 <= start < end <= len(article.text):
        raise UserError(f"bookmark span {start}..{end} is outside the article ({len(article.text)} characters)")
    clean = article.clean
    lo, hi = clean.to_clean(start), clean.to_clean(end)
    text = clean.text
    quote = text[lo:hi]
    if not quote.strip():
        raise UserError("cannot bookmark an empty passage")
    return Anchor(
        path=article_key(article.path),
        content_hash=article.content_hash,
        start=start,
        end=end,
        quote=quote,
        prefix=text[max(0, lo - CONTEXT) : lo],
        suffix=text[hi : hi + CONTEXT],
        title=article.title,
        outlet=article.outlet,
        date=article.date,
        author=article.author,
        url=article.url,
    )


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 100.0
    return fuzz.ratio(a, b)


def _context_scores(anchor: Anchor, text: str, lo: int, hi: int) -> tuple[float, float]:
    before = text[max(0, lo - len(anchor.prefix)) : lo] if anchor.prefix else text[max(0, lo - CONTEXT) : lo]
    after = text[hi : hi + len(anchor.suffix)] if anchor.suffix else text[hi : hi + CONTEXT]
    return _similarity(anchor.prefix, before), _similarity(anchor.suffix, after)


def _context_agrees(prefix_score: float, suffix_score: float) -> bool:
    return max(prefix_score, suffix_score) >= CONTEXT_ONE_SIDE and prefix_score + suffix_score >= CONTEXT_SUM


def _line_edge(before: str, after: str) -> bool:
    """Whether the text between `before` and `after` starts a line and ends one: `before`
    ends with a line break and blanks, or is all blanks when the text starts there; and
    `after` likewise."""
    return not before[before.rfind("\n") + 1:].strip(" \t") and not after.split("\n", 1)[0].strip(" \t")


def _paragraph_found_whole(anchor: Anchor, text: str, lo: int, hi: int) -> bool:
    """The anchor's quote stood on lines of its own, and so does the span found."""
    prefix, suffix = anchor.prefix, anchor.suffix
    seen_edges = ("\n" in prefix or len(prefix) < CONTEXT) and ("\n" in suffix or len(suffix) < CONTEXT)
    line_start = text.rfind("\n", 0, lo) + 1
    line_end = text.find("\n", hi)
    return (len(anchor.quote) >= OWN_LINES_MIN and seen_edges and _line_edge(prefix, suffix)
            and _line_edge(text[line_start:lo], text[hi:line_end if line_end >= 0 else len(text)]))


def _exact(quote: str, text: str) -> list[tuple[int, int]]:
    out, i = [], text.find(quote)
    while i >= 0:
        out.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    return out


def _refine(quote: str, text: str, lo: int, hi: int) -> tuple[int, int]:
    """Nudge both ends of an approximate match to where it best matches the quote.

    A short quote is compared whole at every nudge; a long one only by its first and last
    END_PIECE characters against the text at each end, so the cost does not grow with the quote.
    """
    reach = max(3, min(20, len(quote) // 8), min(40, _slack(len(quote))))
    if len(quote) <= LONG_QUOTE:
        def score_lo(a: int) -> float:
            return fuzz.ratio(quote, text[a:hi]) if a < hi else -1.0

        def score_hi(b: int) -> float:
            return fuzz.ratio(quote, text[lo:b]) if lo < b else -1.0
    else:
        head, tail = quote[:END_PIECE], quote[-END_PIECE:]

        def score_lo(a: int) -> float:
            return fuzz.ratio(head, text[a : a + END_PIECE])

        def score_hi(b: int) -> float:
            return fuzz.ratio(tail, text[max(0, b - END_PIECE) : b])

    lo = max(range(max(0, lo - reach), min(hi, lo + reach + 1)), key=lambda a: (score_lo(a), -abs(a - lo)))
    hi = max(range(max(lo + 1, hi - reach), min(len(text), hi + reach) + 1), key=lambda b: (score_hi(b), -abs(b - hi)))
    return _trimmed(quote, text, lo, hi)


def _trimmed(quote: str, text: str, lo: int, hi: int) -> tuple[int, int]:
    """[lo, hi) less the spaces and punctuation at either end where the quote has a letter or
    digit: a span the length of "1,200 people were evacuated" found after an edit to "200
    people" takes in the ", " before it, and scores as well, but a citation must not quote it.
    Kept as it was if the trimmed span no longer reaches QUOTE_MIN."""
    a, b = lo, hi
    if quote[:1].isalnum():
        while a < b and not text[a].isalnum():
            a += 1
    if quote[-1:].isalnum():
        while b > a and not text[b - 1].isalnum():
            b -= 1
    if (a, b) != (lo, hi) and a < b and _similarity(quote, text[a:b]) >= QUOTE_MIN:
        return a, b
    return lo, hi


def _slack(n: int) -> int:
    """How many characters a span may be longer or shorter than a quote of `n` and still
    reach QUOTE_MIN against it (fuzz.ratio)."""
    return int(2 * n * (100 / QUOTE_MIN - 1)) + 1


def _approximate(quote: str, text: str) -> list[tuple[int, int]]:
    """Spans that match the quote with small edits, at most one per overlapping window."""
    n = len(quote)
    if n < FUZZY_MIN_LENGTH or not text:
        return []
    if n > LONG_QUOTE:
        return _approximate_long(quote, text)
    window = 2 * n + 64
    step = window - n - 16  # consecutive windows overlap by more than a quote's length
    out: list[tuple[int, int]] = []
    base = 0
    while True:
        chunk = text[base : base + window]
        if len(chunk) <= n:  # the whole text is shorter than the quote
            if fuzz.ratio(quote, chunk) >= QUOTE_MIN:
                out.append((base, base + len(chunk)))
            break
        found = fuzz.partial_ratio_alignment(quote, chunk, score_cutoff=SEED_MIN)
        if found is not None:
            span = _refine(quote, text, base + found.dest_start, base + found.dest_end)
            if not out or out[-1] != span:
                out.append(span)
        if base + window >= len(text):
            break
        base += step
    return out


def _approximate_long(quote: str, text: str) -> list[tuple[int, int]]:
    """Spans for a long quote, found by its two ends: each place its head matches, paired with
    the place its tail matches about a quote's length later (or alone, when the other end was
    edited beyond recognition). Comparing the whole quote along the text would take seconds."""
    n = len(quote)
    slack = _slack(n)
    heads = [lo for lo, _ in _approximate(quote[:END_PIECE], text)]
    tails = [hi for _, hi in _approximate(quote[-END_PIECE:], text)]
    out: list[tuple[int, int]] = []
    paired: set[int] = set()
    for lo in heads:
        near = [hi for hi in tails if lo < hi and abs(hi - lo - n) <= slack]
        if near:
            hi = min(near, key=lambda hi: abs(hi - lo - n))
            paired.add(hi)
        else:
            hi = min(len(text), lo + n)
        out.append(_refine(quote, text, lo, hi))
    out += [_refine(quote, text, max(0, hi - n), hi) for hi in tails if hi not in paired]
    return sorted(set(out))


def _best(anchor: Anchor, text: str, spans: list[tuple[int, int]], near: int) -> tuple[int, int] | None:
    best, best_score = None, -1.0
    for lo, hi in spans:
        quote_score = _similarity(anchor.quote, text[lo:hi])
        if quote_score < QUOTE_MIN:
            continue
        prefix_score, suffix_score = _context_scores(anchor, text, lo, hi)
        if not (_context_agrees(prefix_score, suffix_score) or _paragraph_found_whole(anchor, text, lo, hi)):
            continue
        nearness = 1.0 - abs(lo - near) / max(1, len(text))
        score = 50 * quote_score + 20 * (prefix_score + suffix_score) + 200 * nearness
        if score > best_score:
            best, best_score = (lo, hi), score
    return best


def place(anchor: Anchor, article: Article | None) -> Placement:
    """Find `anchor` in the current `article` (None when the file is gone or unreadable)."""
    if article is None:
        return Placement(anchor, "orphaned", None, None, None)
    clean = article.clean
    text = clean.text
    lo, hi = clean.to_clean(anchor.start), clean.to_clean(anchor.end)
    if text[lo:hi] == anchor.quote:
        if (article.content_hash == anchor.content_hash or len(anchor.quote) >= SURE_LENGTH
                or _context_agrees(*_context_scores(anchor, text, lo, hi))):
            return Placement(anchor, "anchored", clean.to_source(lo), clean.to_source(hi, end=True), article)
    found = _best(anchor, text, _exact(anchor.quote, text), lo)
    if found is None:
        found = _best(anchor, text, _approximate(anchor.quote, text), lo)
    if found is None:
        return Placement(anchor, "orphaned", None, None, article)
    status: Status = "anchored" if found == (lo, hi) and text[lo:hi] == anchor.quote else "moved"
    return Placement(anchor, status, clean.to_source(found[0]), clean.to_source(found[1], end=True), article)
