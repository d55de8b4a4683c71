"""Each side's own words: the words and two-word phrases one article uses distinctively more
than the other, ranked by weighted log-odds with an informative Dirichlet prior.

This is Monroe, Colaresi & Quinn, "Fightin' Words" (Political Analysis 16(4), 2008), eq. 16-22,
the standard measure of partisan vocabulary. For a term w with counts y_a, y_b in articles
of n_a, n_b terms, and a prior of alpha_w pseudo-counts (alpha_0 in all) taken from the
corpus the two articles belong to:

    delta_w = log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
            - log((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w))
    var_w  ~= 1 / (y_a + alpha_w) + 1 / (y_b + alpha_w)
    z_w     = delta_w / sqrt(var_w)

A positive z is A's word, a negative one B's. The prior shrinks rare words towards the
corpus rate, so a word said twice by one side and never by the other does not top the list
as it would by raw odds. Stop words never count, and names both articles use (the topic's
shared names: "Azerbaijan", "Israel") are left out, so the list shows how each side talks;
so are contractions ("don't"), weekdays, the labels that open paragraphs ("Claim:", "Fact:"),
the parts of a longer name ("Regional" of "Regional Security Officer") and the words a
phrase holds ("Bank" of "West Bank").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.align.background import capital_names, function_words, language_of, word_list
from reader.align.features import article_speakers
from reader.align.language import keyed_language, lower_words
from reader.align.text import STOPWORDS, Word, ideograph_pair, scan, sentence_initial, unelided
from reader.corpus import Article
from reader.corpus.dates import WEEKDAYS
from reader.differ.quantities import COUNT_WORDS

# A term is listed from one standard error (|z| >= 1): articles are short, and at the 95%
# level (1.96) a pair of 900-word seed articles shows one or two words a side; from one
# standard error they show ten to fifteen, led by the same words ("Artsakh", "Karabagh" /
# "Zionist regime", "Tel Aviv"). The z of each term is shown, so a reader can weigh it.
MIN_Z = 1.0
# ... and used at least this often by its side: one use is chance, not a side's vocabulary.
MIN_COUNT = 2
# The prior's weight, in articles: its pseudo-counts add up to this many times the average
# length of the two. The raw corpus counts would weigh as much as the whole corpus, A and B
# included twice over, and on the five seed articles shrink every z below 1.96 (the seeds'
# strongest terms, "Zionist" 0:13 and "Artsakh" 5:0, came out at 1.9 and 1.3); one article's
# weight still pulls rare words to the corpus rate, as the method intends.
PRIOR_SIZE = 1.0


@dataclass(frozen=True, slots=True)
class DistinctiveTerm:
    """A word or two-word phrase and how much more one side uses it (z > 0: side A)."""

    term: str  # as the articles most often write it
    a_count: int
    b_count: int
    z: float
    delta: float  # the log-odds ratio itself, before dividing by its standard error


@dataclass
class TermCounts:
    """Counts of one text's terms: folded key -> count, and key -> written forms."""

    counts: Counter
    surfaces: dict[str, Counter]
    capital: Counter  # how often each key is written with capitals (a name)
    named: frozenset[str] = frozenset()  # words (folded as written) capitalised inside a sentence
    lowered: frozenset[str] = frozenset()  # ... and those written in lower case
    # how often each term is written on to a further word of a name: a part of a longer name
    # ("Regional" of "Regional Security Officer", "Fenn" of "Douglas Fenn")
    inside: Counter = field(default_factory=Counter)
    leading: Counter = field(default_factory=Counter)  # ... and of those, how often not its last word


_APOSTROPHES = re.compile("['’]")
# The negated auxiliaries the aligner's stop words lack, as written before "n't" ("haven" and
# "shan" alone are words: only inside a contraction are they function words)
_NEGATED = frozenset("aren hasn haven hadn mustn needn mightn shan ain".split())


def _contraction(surface: str) -> bool:
    """Whether `surface` is function words written together ("don't", "didn’t", "won't",
    "we're", "haven't"), which the aligner folds into one word ("dont") and so keeps ("O'Brien"
    is a name: "brien" is no stop word). The aligner keeps them: its figures fall without them."""
    parts = _APOSTROPHES.split(surface.casefold())
    return len(parts) > 1 and all(p in STOPWORDS or p in _NEGATED for p in parts)


def count_terms(texts: Iterable[str], language: str | None = None,
                common: frozenset[str] | None = None, speakers: frozenset[str] = frozenset()) -> TermCounts:
    """Words (folded keys of non-stop words, numbers in figures or words left out: how many a
    side counts is a figure, see reader.differ.quantities) and two-word phrases (two
    such words side by side, nothing between but space or a hyphen's join); the words keyed
    as the aligner keys those of an article in `language` (text.word_keys) that writes the
    words of `common` in lower case (language.lower_words) and labels a debate's turns with
    the names of `speakers` (reader.corpus.marks.speakers: a label's words no word of its side)."""
    counts: Counter = Counter()
    surfaces: dict[str, Counter] = {}
    capital: Counter = Counter()
    inside: Counter = Counter()
    leading: Counter = Counter()
    named: set[str] = set()
    lowered: set[str] = set()
    cache: dict = {}
    texts = list(texts)
    labels = _labels(texts)
    for text in texts:
        matches, words = scan(text, cache, language, common, speakers)
        label = _LABEL.match(text)
        if label and label.group(1).casefold() in labels:  # "Claim:", "Fact:" of a rebuttal: its layout
            matches, words = _after(label.end(), matches, words)
        name_word = [_name_word(text, m, w) for m, w in zip(matches, words)]
        if 2 * sum(m.group()[:1].isupper() for m in matches) > len(matches):
            name_word = [False] * len(matches)  # a heading in title case: no capital tells a name

        def glued(i: int, j: int) -> bool:
            """Whether token `j`, beside `i`, is a word of a name that runs on from `i`'s."""
            lo, hi = sorted((i, j))
            return (0 <= j < len(matches) and name_word[j] and matches[lo].end() <= matches[hi].start()
                    and text[matches[lo].end() : matches[hi].start()].strip() == "")

        prev_key = prev_surface = None
        prev_capital = False
        prev_end = -1
        for i, (m, w) in enumerate(zip(matches, words)):
            key = w.key
            # "2016", "two", "hundreds"; a date's month or weekday ("March", "Wednesday") says
            # when, not how a side tells it; "don't" is "do not"
            if (not key or key.startswith("n:") or m.group().lower() in COUNT_WORDS or key[2:] in WEEKDAYS
                    or _contraction(m.group())):
                prev_key = None
                continue
            key = key[2:]
            surface = m.group()
            if not w.capital:
                lowered.add(unelided(surface.casefold()))
            elif not sentence_initial(text, m.start()):
                named.add(unelided(surface.casefold()))
            # (term, as written, capitalised, part of a longer name: a capitalised end of it
            # written on to a further word of a name, "Regional" of "Regional Security Officer";
            # before it, not its last word: "Donald" of "Donald Trump", not "Fenn" of "Douglas Fenn")
            terms = [(key, surface, w.capital, w.capital and (glued(i, i - 1) or glued(i, i + 1)),
                      w.capital and glued(i, i + 1))]
            gap = text[prev_end : m.start()]
            # (two tokens that overlap, a run of ideographs' character pairs, are no phrase)
            if prev_key is not None and m.start() >= prev_end and gap.strip() == "":
                terms.append((f"{prev_key} {key}", f"{prev_surface} {surface}", w.capital and prev_capital,
                              (prev_capital and glued(i - 1, i - 2)) or (w.capital and glued(i, i + 1)),
                              w.capital and glued(i, i + 1)))
            for term, written, cap, part, first in terms:
                counts[term] += 1
                surfaces.setdefault(term, Counter())[written] += 1
                if cap:
                    capital[term] += 1
                if part:
                    inside[term] += 1
                if first:
                    leading[term] += 1
            prev_key, prev_surface, prev_capital, prev_end = key, surface, w.capital, m.end()
    return TermCounts(counts, surfaces, capital, frozenset(named), frozenset(lowered), inside, leading)


# A label that opens a paragraph: a word or two and a colon ("Claim:", "Q:", "Editor's note:")
_LABEL = re.compile(r"\s*([^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?):\s")


def _labels(texts: list[str]) -> set[str]:
    """The labels (folded) that open two paragraphs or more: how the article is set out."""
    seen = Counter(m.group(1).casefold() for text in texts if (m := _LABEL.match(text)))
    return {label for label, n in seen.items() if n >= 2}


def _after(offset: int, matches: list, words: list) -> tuple[list, list]:
    """The tokens (matches and their words) from `offset` on."""
    kept = [(m, w) for m, w in zip(matches, words) if m.start() >= offset]
    return [m for m, _ in kept], [w for _, w in kept]


def _name_word(text: str, m: re.Match, w: Word) -> bool:
    """Whether a token is a word of a name: written with a capital inside a sentence ("Gate
    Four" counts; "The" after a full stop, "I", a month or weekday do not)."""
    surface = m.group()
    return (surface[:1].isupper() and not w.key.startswith("n:") and surface.casefold() not in _NO_NAME
            and not sentence_initial(text, m.start()))


_NO_NAME = WEEKDAYS | {"i"}


def article_terms(article: Article) -> TermCounts:
    return count_terms((p.text for p in article.passages if p.kind != "boilerplate"), keyed_language(article),
                       lower_words(article), article_speakers(article))


def _written_words(*sides: TermCounts) -> set[str]:
    return {unelided(word.casefold()) for side in sides for forms in side.surfaces.values() for form in forms
            for word in form.split(" ")}


# Chinese and Japanese are keyed as overlapping pairs of ideographs (reader.align.text), and
# most pairs straddle two words ("县政" of "县政府", "浜工" of "白浜工場"): listed as a side's
# words they would be fragments. Only the pairs the language's word list knows as words are
# listed; a name it does not know ("张明") is lost, as no segmenter is at hand to find it.
_PAIRED_LANGUAGES = frozenset({"zh", "ja"})


def _straddling_pairs(written: set[str], language: str) -> frozenset[str]:
    """The ideograph pairs of `written` that are no word of `language` (Chinese or Japanese)."""
    if language not in _PAIRED_LANGUAGES:
        return frozenset()
    known = word_list(language)
    return frozenset(w for w in written if ideograph_pair(w) and w not in known)


def _without(side: TermCounts, common: frozenset[str]) -> TermCounts:
    """`side` without the terms that are, or hold, one of the `common` words."""
    if not common:
        return side
    drop = {term for term, forms in side.surfaces.items()
            if any(unelided(word.casefold()) in common for form in forms for word in form.split(" "))}
    return TermCounts(Counter({t: c for t, c in side.counts.items() if t not in drop}),
                      {t: f for t, f in side.surfaces.items() if t not in drop},
                      Counter({t: c for t, c in side.capital.items() if t not in drop}), side.named, side.lowered,
                      Counter({t: c for t, c in side.inside.items() if t not in drop}),
                      Counter({t: c for t, c in side.leading.items() if t not in drop}))


def log_odds(y_a: float, n_a: float, y_b: float, n_b: float, alpha_w: float, alpha_0: float) -> tuple[float, float]:
    """(delta, z) of one term: Monroe et al. 2008, eq. 16 (delta) and 18-19 (its variance)."""
    delta = (math.log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
             - math.log((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w)))
    return delta, delta / math.sqrt(1 / (y_a + alpha_w) + 1 / (y_b + alpha_w))


def _is_bigram(term: str) -> bool:
    return " " in term


def distinctive_words(a: Article, b: Article, corpus: Iterable[Article] = (), *, limit: int = 20,
                      min_z: float = MIN_Z, min_count: int = MIN_COUNT,
                      prior_size: float | None = PRIOR_SIZE) -> tuple[list[DistinctiveTerm], list[DistinctiveTerm]]:
    """(A's words, B's words), each best first, at most `limit` each.

    The prior is the corpus's own term counts (A and B always included), so a word common
    across the corpus needs a larger gap to stand out than one the corpus rarely uses.
    Words and two-word phrases are weighed within their own vocabularies (each has its
    own totals), then ranked together.
    """
    return rank(*term_tables(a, b, corpus), limit=limit, min_z=min_z, min_count=min_count, prior_size=prior_size)


def too_little_text(counts: TermCounts, min_count: int = MIN_COUNT) -> bool:
    """Whether a text is too short to rank its words: none is used `min_count` times (a
    one-sentence article), so no term of it can be listed, whatever the other side says."""
    return all(count < min_count for count in counts.counts.values())


def too_short_reason(min_count: int = MIN_COUNT) -> str:
    """Why a side too short to rank lists nothing, as a clause: "no word is used twice there"."""
    return f"no word is used {'twice' if min_count == 2 else f'{min_count} times'} there"


def term_tables(a: Article, b: Article, corpus: Iterable[Article] = ()) -> tuple[TermCounts, TermCounts, Counter]:
    """A's and B's term counts and the prior's (the corpus's, A and B included): what `rank`
    ranks, counted once for any number of rankings."""
    ta, tb = article_terms(a), article_terms(b)
    # the function words of the articles' language, and phrases holding one, are left out, as
    # English stop words are ("de", "la", "et" would fill a French pair's lists)
    written = _written_words(ta, tb)
    language = language_of(written)
    # (a word the articles write as a name and never in lower case, "Türkiye" among Turkish's
    # commonest words, is none; "Le" after a Markdown heading's "#" is still "le")
    names = (ta.named | tb.named) - ta.lowered - tb.lowered if capital_names(language) else frozenset()
    # (each script's words by their own language: an Armenian article beside an English one)
    common = (function_words(written) - names) | _straddling_pairs(written, language)
    ta, tb = _without(ta, common), _without(tb, common)
    background = Counter()
    seen = {id(a), id(b)}
    background.update(ta.counts)
    background.update(tb.counts)
    for other in corpus:
        if id(other) not in seen and other.path != a.path and other.path != b.path:
            seen.add(id(other))
            background.update(_without(article_terms(other), common).counts)
    return ta, tb, background


def rank(ta: TermCounts, tb: TermCounts, background: Counter, *, limit: int = 20, min_z: float = MIN_Z,
         min_count: int = MIN_COUNT, prior_size: float | None = PRIOR_SIZE) -> tuple[list[DistinctiveTerm], list[DistinctiveTerm]]:
    """The ranking itself, on counts. `background` gives the prior's shape; `prior_size`
    its weight, in articles (None: the background counts themselves are the pseudo-counts)."""
    totals = {}
    for bigram in (False, True):
        totals[bigram] = (
            sum(c for t, c in ta.counts.items() if _is_bigram(t) == bigram),
            sum(c for t, c in tb.counts.items() if _is_bigram(t) == bigram),
            sum(c for t, c in background.items() if _is_bigram(t) == bigram),
        )
    scored: list[tuple[str, DistinctiveTerm]] = []  # (folded key, term)
    for term in ta.counts.keys() | tb.counts.keys():
        y_a, y_b = ta.counts[term], tb.counts[term]
        if max(y_a, y_b) < min_count:
            continue
        if y_a and y_b and _is_name(term, ta, tb):
            continue  # a name both sides use is the topic, not a side's vocabulary
        n_a, n_b, n_bg = totals[_is_bigram(term)]
        # the prior's pseudo-counts: the background's own, or scaled to weigh `prior_size`
        # times an average of the two articles
        scale = 1.0 if prior_size is None else prior_size * (n_a + n_b) / 2 / max(n_bg, 1)
        alpha_w = (background[term] or 1) * scale  # a term the prior never saw: one count
        alpha_0 = n_bg * scale
        if min(n_a - y_a, n_b - y_b) + alpha_0 - alpha_w <= 0:
            continue  # the whole of a side's and the prior's vocabulary: nothing to weigh it against
        delta, z = log_odds(y_a, n_a, y_b, n_b, alpha_w, alpha_0)
        if abs(z) < min_z or (z > 0 and y_a < min_count) or (z < 0 and y_b < min_count):
            continue
        if _fragment(ta if z > 0 else tb, term, min_count):
            continue
        written = (ta.surfaces.get(term, Counter()) + tb.surfaces.get(term, Counter())).most_common(1)[0][0]
        scored.append((term, DistinctiveTerm(written, y_a, y_b, z, delta)))
    scored.sort(key=lambda kt: (-abs(kt[1].z), kt[1].term))
    return (_without_parts([kt for kt in scored if kt[1].z > 0], 0, limit, min_count),
            _without_parts([kt for kt in scored if kt[1].z < 0], 1, limit, min_count))


def _fragment(side: TermCounts, term: str, min_count: int) -> bool:
    """Whether `side` writes `term` mostly as part of a longer name: "Regional" of "Regional
    Security Officer", "Donald" of "Donald Trump", "President Vicente" of "President Vicente
    Fox", "Aviv" of "Tel Aviv". What is left must still make a term (`min_count` uses, as for a
    word inside a listed phrase), unless it is the name's last word said alone too, as news
    names a person in full and then by the last name ("Douglas Fenn" ... "Fenn said")."""
    alone = side.counts[term] - side.inside[term]
    return alone < min_count and (alone == 0 or side.leading[term] > 0)


def _without_parts(terms: list[tuple[str, DistinctiveTerm]], side: int, limit: int,
                   min_count: int) -> list[DistinctiveTerm]:
    """The first `limit` of one side's terms (folded key, term; best first), without the words
    that are mostly one of its phrases': "West" and "Bank" beside "West Bank" (0:7 and 0:6, the
    phrase 0:6) say nothing the phrase does not. A word stays when its side uses it outside
    that phrase at least `min_count` times (the rule that lists a term at all): "Zionist"
    (0:13) beside "Zionist regime" (0:8) is five times more than the phrase. It is measured
    against each phrase alone, never their sum: "peace" (0:6) beside "peace deal" and "peace
    held" (0:3 each) is what the two have in common, and a word inside two phrases at once
    ("West" in "occupied West" and "West Bank") would be counted twice.
    Every phrase of the side counts, listed within `limit` or not: phrases are weighed in their
    own vocabulary, so "law enforcement" (0:3) may rank just below "law" and "enforcement" (0:3
    each); a list cut off between them would show the two words apart, and a longer list
    different words in the same places."""
    def uses(term: DistinctiveTerm) -> int:
        return term.b_count if side else term.a_count

    inside: Counter = Counter()
    for key, term in terms:
        if " " in key:
            for word in key.split(" "):
                inside[word] = max(inside[word], uses(term))
    return [term for key, term in terms
            if " " in key or key not in inside or uses(term) - inside[key] >= min_count][:limit]


def _is_name(term: str, ta: TermCounts, tb: TermCounts) -> bool:
    """Written with capitals most of the time on both sides."""
    return all(2 * counts.capital[term] > counts.counts[term] for counts in (ta, tb))
