"""Link the units of two articles that discuss the same event or claim.

How, in brief:
1. Each body unit becomes keys (reader.align.features): word stems, numbers and glossary
   groups, so "Artsakh" and "Nagorno-Karabakh" are one key when the glossary says so.
2. Spelling variants that only one side uses ("Karabagh"/"Karabakh") are joined by fuzzy
   matching of the two vocabularies with rapidfuzz, blocked by first letters.
3. Keys are weighted by inverse document frequency over the units of the corpus (or just the
   two articles), so what every passage mentions (the topic's names) counts for little, times
   a damped count of their mentions in the unit; each side carries the square root of the
   idf, so a shared key adds its idf to a pair once (scoring.idf_table).
4. Candidate pairs come from one sparse matrix product (only pairs sharing a key are ever
   touched). Sentence-sized pairs get scale-free features and a calibrated probability of
   reporting the same event (reader.align.scoring), or their near-duplication if higher;
   longer paragraphs get a saturating cosine that does not penalise length as much as plain
   cosine does (a paragraph of several claims more likely holds a given one). A link is
   kept when it clears the threshold and is among the few best for at least one of its two
   units.
5. At sentence granularity each paragraph link is narrowed to the sentences that carry it.
Boilerplate never enters the matrices; a heading links only through more than topic names.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

import numpy as np
from scipy import sparse

from reader.align.calibration import THRESHOLD
from reader.align.features import Occurrence, rename, unit_features
from reader.align.glossary import Glossary, bundled_glossary
from reader.align.model import Alignment, Evidence, Link
from reader.align.scoring import Candidates, candidates, idf_table, key_weight, probability
from reader.corpus import GRANULARITIES, Article, Passage



@dataclass(frozen=True)
class Tuning:
    """The engine's few constants, in one place so the benchmark can report them."""

    min_score: float = THRESHOLD  # calibrated with the model (benchmarks/fit_calibration.py)
    top_k: int = 3  # a link must be among the k best of A's unit or of B's unit
    sentence_words: int = 60  # units up to this long are scored by the event model
    # Longer units are scored by the pivoted cosine c (scoring._pivoted) as 1 - exp(-rate * c):
    # the cosine that marks a link meets the model's threshold, and strong pairs approach 1
    # without a cap, so they stay ordered. 0.16 gives the best link F1 on the seed paragraphs'
    # gold with no glossary at all, so it holds for articles no glossary was written for.
    long_cosine_at_threshold: float = 0.16
    # Short units that say nearly the same words link whatever the model says: from this
    # cosine up the score rises linearly to 1 for identical text.
    duplicate_cosine: float = 0.5
    fuzzy_cutoff: float = 86.0
    fuzzy_min_len: int = 6
    max_evidence: int = 8


TUNING = Tuning()
TOPIC_MIN_UNITS = 4


class _Cancelled(Exception):
    pass


_FEATURE_CACHE: OrderedDict[tuple, list] = OrderedDict()  # guarded by _FEATURE_LOCK
_FEATURE_LOCK = threading.Lock()
_FEATURE_CACHE_SIZE = 512


def _features(article: Article, granularity: str, glossary: Glossary, cache: dict) -> list[dict[str, Occurrence] | None]:
    """Keys of each unit (None for boilerplate), remembered per article text and glossary.

    The reader aligns the same few articles against each other over and over; the cache is
    bounded, locked, and holds values nothing mutates afterwards.
    """
    units = article.units(granularity)
    key = (article.content_hash, article.path, granularity, glossary, tuple(u.kind for u in units))
    with _FEATURE_LOCK:
        hit = _FEATURE_CACHE.get(key)
        if hit is not None:
            _FEATURE_CACHE.move_to_end(key)
            return hit
    feats = [unit_features(p.text, glossary, cache) if p.kind != "boilerplate" else None for p in units]
    with _FEATURE_LOCK:
        _FEATURE_CACHE[key] = feats
        while len(_FEATURE_CACHE) > _FEATURE_CACHE_SIZE:
            _FEATURE_CACHE.popitem(last=False)
    return feats


def clear_cache() -> None:
    with _FEATURE_LOCK:
        _FEATURE_CACHE.clear()


def _vocab(feats: list[dict[str, Occurrence] | None]) -> set[str]:
    out: set[str] = set()
    for f in feats:
        if f:
            out.update(k for k in f if k.startswith("w:"))
    return out


def _fuzzy_alias(va: set[str], vb: set[str], tuning: Tuning) -> dict[str, str]:
    """Join spelling variants across the two vocabularies: key -> canonical key."""
    from rapidfuzz import fuzz, process

    def eligible(keys: Iterable[str]) -> dict[str, list[str]]:
        blocks: dict[str, list[str]] = {}
        for k in sorted(keys):
            word = k[2:]
            if len(word) >= tuning.fuzzy_min_len and word.isalpha():
                blocks.setdefault(word[:2], []).append(k)
        return blocks

    pairs: list[tuple[str, str]] = []
    for left, right in ((va - vb, vb), (vb - va, va)):
        lb, rb = eligible(left), eligible(right)
        for prefix, lkeys in lb.items():
            rkeys = rb.get(prefix)
            if not rkeys:
                continue
            scores = process.cdist([k[2:] for k in lkeys], [k[2:] for k in rkeys], scorer=fuzz.ratio,
                                   score_cutoff=tuning.fuzzy_cutoff, dtype=np.uint8)
            for i, j in zip(*np.nonzero(scores)):
                pairs.append((lkeys[i], rkeys[j]))
    if not pairs:
        return {}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, y in sorted(pairs):
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
    return {k: find(k) for k in sorted(parent) if find(k) != k}


def _kind(key: str, a_occ: Occurrence, b_occ: Occurrence) -> str:
    if key.startswith("g:"):
        return "glossary"
    if key.startswith("n:"):
        return "number"
    if a_occ.key != b_occ.key:
        return "fuzzy"
    if a_occ.name and b_occ.name:
        return "entity"
    return "exact"


def _evidence(a: Article, pa: Passage, fa: dict[str, Occurrence], b: Article, pb: Passage,
              fb: dict[str, Occurrence], idf: dict[str, float], limit: int) -> tuple[Evidence, ...]:
    ranked = sorted((-key_weight(k, fa[k], idf) * key_weight(k, fb[k], idf), k) for k in fa if k in fb)
    shared = [k for _, k in ranked]
    out = []
    for key in shared[:limit]:
        oa, ob = fa[key], fb[key]
        a_span = a.source_span(pa, oa.lo, oa.hi)
        b_span = b.source_span(pb, ob.lo, ob.hi)
        a_text, b_text = a.display(*a_span), b.display(*b_span)
        out.append(Evidence(a_span, b_span, a_text, b_text, _kind(key, oa, ob)))
    return tuple(out)


@dataclass
class Prepared:
    """What scoring needs: each side's keys (None for boilerplate), the idf table, candidates."""

    fa: list[dict[str, Occurrence] | None]
    fb: list[dict[str, Occurrence] | None]
    idf: dict[str, float]
    candidates: Candidates
    alias: dict[str, str]


def prepare(a: Article, b: Article, corpus: Iterable[Article] | None, granularity: str,
            glossary: Glossary, tuning: Tuning = TUNING,
            step: Callable[[float], None] = lambda fraction: None) -> Prepared:
    """Keys, statistics and candidate pairs with their features (also what calibration fits on)."""
    step(0.0)
    cache: dict = {}  # word -> keys, for this call only (no shared state between threads)
    fa = _features(a, granularity, glossary, cache)
    step(0.25)
    fb = fa if b is a else _features(b, granularity, glossary, cache)
    step(0.5)
    others = []
    if corpus is not None:
        for art in corpus:
            if not _same_article(art, a) and not _same_article(art, b):
                others.append(_features(art, granularity, glossary, cache))
    alias = _fuzzy_alias(_vocab(fa), _vocab(fb), tuning)
    fa = [rename(f, alias) if f else f for f in fa]
    fb = [rename(f, alias) if f else f for f in fb]
    df: dict[str, int] = {}
    n_units = 0
    for feats in (fa, fb, *others) if b is not a else (fa, *others):
        for f in feats:
            if f is None:
                continue
            n_units += 1
            for k in f:
                k = alias.get(k, k)
                df[k] = df.get(k, 0) + 1
    idf = idf_table(df, n_units)
    step(0.6)
    heads_a = [u.kind == "heading" for u in a.units(granularity)]
    heads_b = [u.kind == "heading" for u in b.units(granularity)]
    return Prepared(fa, fb, idf, candidates(fa, fb, heads_a, heads_b, idf), alias)


def _same_article(x: Article, y: Article) -> bool:
    return x is y or (x.id == y.id and x.path == y.path)


def align(a: Article, b: Article, corpus: Iterable[Article] | None = None, *,
          granularity: str = "paragraph", min_score: float | None = None,
          glossary: Glossary | None = None,
          progress: Callable[[float], None] | None = None,
          cancelled: Callable[[], bool] | None = None,
          tuning: Tuning = TUNING) -> Alignment:
    """Align article `a` with article `b`; see the module docstring for how.

    `corpus` supplies word statistics (the two articles are always included); `glossary`
    defaults to the bundled one. `progress` gets 0..1; when `cancelled()` turns true the work
    stops and the links found so far (possibly none) are returned. Paragraphs are aligned
    first; at sentence granularity each paragraph link becomes a link between the two
    sentences that carry its evidence.
    """
    if granularity not in GRANULARITIES:
        raise ValueError(f"granularity must be one of {GRANULARITIES}, not {granularity!r}")
    if (b.id, str(b.path)) < (a.id, str(a.path)):
        # One orientation computes, the other mirrors it: swapping A and B mirrors exactly.
        return align(b, a, corpus, granularity=granularity, min_score=min_score, glossary=glossary,
                     progress=progress, cancelled=cancelled, tuning=tuning).swapped()
    glossary = bundled_glossary() if glossary is None else glossary
    threshold = tuning.min_score if min_score is None else float(min_score)

    def step(fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise _Cancelled
        if progress is not None:
            progress(fraction)

    links: list[Link] = []
    try:
        prepared = prepare(a, b, corpus, "paragraph", glossary, tuning, step)
        links = _paragraph_links(a, b, prepared, threshold, tuning, step)
        if granularity == "sentence":
            links = _sentence_links(a, b, links, prepared, glossary, tuning)
        step(1.0)
    except _Cancelled:
        pass
    a_units, b_units = a.units(granularity), b.units(granularity)
    linked_a = {link.a for link in links}
    linked_b = {link.b for link in links}
    return Alignment(
        a=a, b=b, granularity=granularity, a_units=a_units, b_units=b_units, links=links,
        unmatched_a=[p.index for p in a_units if p.is_body and p.index not in linked_a],
        unmatched_b=[p.index for p in b_units if p.is_body and p.index not in linked_b],
    )


def _paragraph_links(a: Article, b: Article, prepared: Prepared, threshold: float, tuning: Tuning,
                     step: Callable[[float], None]) -> list[Link]:
    fa, fb, idf, cands = prepared.fa, prepared.fb, prepared.idf, prepared.candidates
    a_units, b_units = a.passages, b.passages
    scores = _scores(cands, a_units, b_units, tuning)
    step(0.8)
    chosen = _top_k(cands.rows, cands.cols, scores, tuning.top_k, threshold)
    topical = _topical(fa) | _topical(fb)
    links = []
    for n, t in enumerate(chosen):
        if n % 512 == 0:
            step(0.8 + 0.15 * n / max(1, len(chosen)))
        i, j, s = int(cands.rows[t]), int(cands.cols[t]), float(scores[t])
        heading = a_units[i].kind == "heading" or b_units[j].kind == "heading"
        if not _substantive(fa[i], fb[j], topical, strict=heading):
            continue
        links.append(Link(i, j, s, partial(_evidence, a, a_units[i], fa[i], b, b_units[j], fb[j], idf,
                                           tuning.max_evidence)))
    return links


def _sentences_of(article: Article) -> list[list[int]]:
    """For each paragraph, the indices of its sentences."""
    out: list[list[int]] = [[] for _ in article.passages]
    for sentence, paragraph in enumerate(article.sentence_paragraphs):
        out[paragraph].append(sentence)
    return out


def _unit_rows(feats: list[dict[str, Occurrence] | None], columns: dict[str, int],
               idf: dict[str, float]) -> sparse.csr_matrix:
    """One row per unit: its keys' idf weights, scaled to unit length (row products are cosines)."""
    rows, cols, vals = [], [], []
    for i, f in enumerate(feats):
        if not f:
            continue
        weights = {columns[k]: idf.get(k, 0.0) for k in f}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        if norm == 0:
            continue
        for c, w in weights.items():
            if w:
                rows.append(i)
                cols.append(c)
                vals.append(w / norm)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(feats), len(columns)))


_SENTENCE_BLOCK = 1024  # sentences of A compared at a time: bounds memory for huge paragraphs
_BULK_PAIRS = 256  # links with up to this many sentence pairs are narrowed together, in bulk


def _sentence_links(a: Article, b: Article, paragraph_links: list[Link], prepared: Prepared,
                    glossary: Glossary, tuning: Tuning) -> list[Link]:
    """Each paragraph link, narrowed to the sentences that carry it: the pair of its sentences
    most alike, and every other pair that is each other's best match and at least half as
    alike (so at most one link per sentence, however long the paragraphs)."""
    idf, alias = prepared.idf, prepared.alias
    fa = [rename(f, alias) if f else f for f in _features(a, "sentence", glossary, {})]
    fb = [rename(f, alias) if f else f for f in _features(b, "sentence", glossary, {})]
    columns = {k: c for c, k in enumerate(sorted({k for f in (*fa, *fb) if f for k in f}))}
    ma, mb = _unit_rows(fa, columns, idf), _unit_rows(fb, columns, idf)
    owners_a, owners_b = _sentences_of(a), _sentences_of(b)
    bulk, large = [], []
    for link in paragraph_links:
        xs, ys = owners_a[link.a], owners_b[link.b]
        if xs and ys:
            (bulk if len(xs) * len(ys) <= _BULK_PAIRS else large).append((link, xs, ys))
    chosen = _narrow_in_bulk(ma, mb, bulk)
    chosen += [(x, y, link.score) for link, xs, ys in large for x, y in _narrow_by_blocks(ma, mb, xs, ys)]
    sa, sb = a.sentences, b.sentences
    return [Link(x, y, s, partial(_evidence, a, sa[x], fa[x], b, sb[y], fb[y], idf, tuning.max_evidence))
            for x, y, s in chosen]


def _narrow_in_bulk(ma: sparse.csr_matrix, mb: sparse.csr_matrix,
                    links: list[tuple[Link, list[int], list[int]]]) -> list[tuple[int, int, float]]:
    """_sentence_links' rule for many small links at once: every sentence pair of every link
    is scored in one pass, and the best of each row and column found by sorting, so a long
    document's tens of thousands of links cost a few array operations, not a loop each."""
    if not links:
        return []
    x0 = np.array([xs[0] for _, xs, _ in links])
    y0 = np.array([ys[0] for _, _, ys in links])
    ny = np.array([len(ys) for _, _, ys in links])
    counts = np.array([len(xs) for _, xs, _ in links]) * ny
    owner = np.repeat(np.arange(len(links)), counts)
    k = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    xs = x0[owner] + k // ny[owner]  # a paragraph's sentences are consecutive
    ys = y0[owner] + k % ny[owner]
    vals = np.empty(len(owner))
    for lo in range(0, len(owner), 65536):
        hi = lo + 65536
        vals[lo:hi] = np.asarray(ma[xs[lo:hi]].multiply(mb[ys[lo:hi]]).sum(axis=1)).ravel()

    def firsts(group: np.ndarray, other: np.ndarray) -> np.ndarray:
        """Position of the best pair of each (link, group) run: highest value, then lowest
        other index (as argmax picks), in (link, group) order."""
        order = np.lexsort((other, -vals, group, owner))
        o, g = owner[order], group[order]
        return order[np.r_[True, (o[1:] != o[:-1]) | (g[1:] != g[:-1])]]

    rows = firsts(xs, ys)  # each sentence of A in each link, with its best partner in B
    cols = firsts(ys, xs)  # each sentence of B in each link, with its best partner in A
    link_of, val = owner[rows], vals[rows]
    top = np.zeros(len(links))
    np.maximum.at(top, link_of, val)
    link_top = top[link_of]
    width = int(ys.max()) + 1
    at = np.searchsorted(owner[cols] * width + ys[cols], link_of * width + ys[rows])
    mutual = xs[cols][at] == xs[rows]
    # The first sentence (lowest x) that reaches its link's top, as the block rule's argmax picks.
    reaching = np.flatnonzero((val == link_top) & (link_top > 0))
    keep = np.zeros(len(rows), dtype=bool)
    keep[reaching[np.r_[True, link_of[reaching][1:] != link_of[reaching][:-1]]]] = True
    keep |= mutual & (val >= link_top / 2) & (link_top > 0)
    picked = rows[keep]
    scores = np.array([link.score for link, _, _ in links])
    return list(zip(xs[picked].tolist(), ys[picked].tolist(), scores[owner[picked]].tolist()))


def _narrow_by_blocks(ma: sparse.csr_matrix, mb: sparse.csr_matrix, xs: list[int], ys: list[int]) -> set[tuple[int, int]]:
    """_sentence_links' rule for one link between long paragraphs, a block of A's sentences at
    a time so memory stays bounded."""
    right = mb[ys[0] : ys[-1] + 1].T.tocsr()
    row_arg = np.zeros(len(xs), dtype=np.int64)
    row_val = np.zeros(len(xs))
    col_arg = np.zeros(len(ys), dtype=np.int64)
    col_val = np.full(len(ys), -1.0)
    for lo in range(0, len(xs), _SENTENCE_BLOCK):
        block = (ma[xs[0] + lo : xs[0] + min(lo + _SENTENCE_BLOCK, len(xs))] @ right).toarray()
        row_arg[lo : lo + len(block)] = block.argmax(axis=1)
        row_val[lo : lo + len(block)] = block.max(axis=1)
        block_arg = block.argmax(axis=0)
        block_val = block[block_arg, np.arange(len(ys))]
        better = block_val > col_val
        col_val[better] = block_val[better]
        col_arg[better] = block_arg[better] + lo
    top = row_val.max()
    if top <= 0:
        return set()
    first = int(row_val.argmax())
    chosen = {(first, int(row_arg[first]))}
    for x in np.flatnonzero(row_val >= top / 2).tolist():
        y = int(row_arg[x])
        if col_arg[y] == x:
            chosen.add((x, y))
    return {(xs[x], ys[y]) for x, y in chosen}


def _topical(feats: list[dict[str, Occurrence] | None]) -> set[str]:
    """Keys in at least half of an article's units: the topic's names, not a claim. An
    article of a few paragraphs has no such background to tell a topic from a claim."""
    units = [f for f in feats if f]
    if len(units) < TOPIC_MIN_UNITS:
        return set()
    counts: dict[str, int] = {}
    for f in units:
        for k in f:
            counts[k] = counts.get(k, 0) + 1
    return {k for k, c in counts.items() if c * 2 >= len(units)}


def _substantive(fa: dict[str, Occurrence], fb: dict[str, Occurrence], topical: set[str], strict: bool) -> bool:
    """A link needs a shared key beyond the topic's words (those in half of an article's
    units); a heading's link needs one beyond glossary names too."""
    return any(k in fb and k not in topical and not (strict and k.startswith("g:")) for k in fa)


def _scores(cands: Candidates, a_units: list[Passage], b_units: list[Passage], tuning: Tuning) -> np.ndarray:
    """The event model's probability for sentence-sized pairs (or their near-duplication, if
    higher), a saturating pivoted cosine for longer ones.

    The model was fitted on sentence pairs; on multi-sentence paragraphs its position and
    reach features mean something else, so there the idf cosine of the keys ranks better,
    once it stops penalising long paragraphs for making more than one claim.
    """
    def short(units: list[Passage]) -> np.ndarray:
        return np.array([len(u.text.split()) <= tuning.sentence_words for u in units] or [True])

    if len(cands.rows) == 0:
        return np.zeros(0)
    both_short = short(a_units)[cands.rows] & short(b_units)[cands.cols]
    cosine = cands.features[:, 0]
    duplicate = np.clip((cosine - tuning.duplicate_cosine) / (1.0 - tuning.duplicate_cosine), 0.0, 1.0)
    short_score = np.maximum(probability(cands.features), duplicate)
    rate = -math.log(1.0 - tuning.min_score) / tuning.long_cosine_at_threshold
    long_score = -np.expm1(-rate * cands.pivoted)
    return np.round(np.where(both_short, short_score, long_score), 6)


def _top_k(rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, k: int, threshold: float) -> list[int]:
    """Positions of the pairs scoring >= threshold that are among the k best of their row or
    their column; ties are broken by position, so the result is deterministic."""
    if len(vals) == 0:
        return []
    order = np.lexsort((cols, rows, -vals))
    seen_r: dict[int, int] = {}
    seen_c: dict[int, int] = {}
    out = []
    for t in order.tolist():
        if vals[t] < threshold:
            break
        r, c = int(rows[t]), int(cols[t])
        nr, nc = seen_r.get(r, 0), seen_c.get(c, 0)
        if nr < k or nc < k:
            out.append(t)
        seen_r[r] = nr + 1
        seen_c[c] = nc + 1
    return out
