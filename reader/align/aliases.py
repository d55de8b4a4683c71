"""Spelling variants that only one side uses ("Karabagh"/"Karabakh"), joined into one key.

The two vocabularies are compared with rapidfuzz, blocked by first letters so the work stays
near linear; pairs that clear policy.FUZZY_CUTOFF become one key (connected components, so a
chain of variants becomes one). A word that is another plus a suffix ("Weekly"/"Week",
"Israeli"/"Israel") is a different word, not a misspelling, and is never joined. Words need
policy.FUZZY_MIN_LEN letters; two names need only policy.NAME_MIN, as names are transliterated
more freely than words are spelt ("Kesra"/"Kessra", "Odesa"/"Odessa"), while short words one
letter apart are as often two words ("shot"/"short").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from reader.align import policy
from reader.align.text import name_key


def _eligible(keys: Iterable[str], names: Collection[str]) -> dict[str, list[str]]:
    blocks: dict[str, list[str]] = {}
    for k in sorted(keys):
        word = k[2:]
        if word.isalpha() and (len(word) >= policy.FUZZY_MIN_LEN or (len(word) >= policy.NAME_MIN and k in names)):
            blocks.setdefault(word[:2], []).append(k)
    return blocks


def _look_alike(x: str, y: str) -> bool:
    """One word is the other with something added at its end: a derived word, not a variant."""
    short, long_ = sorted((x[2:], y[2:]), key=len)
    return long_.startswith(short)


def fuzzy_aliases(va: set[str], vb: set[str], names: Collection[str] = frozenset()) -> dict[str, str]:
    """key -> canonical key (the smallest of its group) for the word keys of the two
    vocabularies that are spelling variants of each other; keys in `names` are written as
    names (reader.align.conflict.names), and two of those may be shorter."""
    from rapidfuzz import fuzz, process

    pairs: list[tuple[str, str]] = []
    for left, right in ((va - vb, vb), (vb - va, va)):
        lb, rb = _eligible(left, names), _eligible(right, names)
        for prefix, lkeys in lb.items():
            rkeys = rb.get(prefix)
            if not rkeys:
                continue
            scores = process.cdist([k[2:] for k in lkeys], [k[2:] for k in rkeys], scorer=fuzz.ratio,
                                   score_cutoff=policy.FUZZY_CUTOFF, dtype=np.uint8)
            for i, j in zip(*np.nonzero(scores)):
                x, y = lkeys[i], rkeys[j]
                short = min(len(x), len(y)) - 2 < policy.FUZZY_MIN_LEN  # (keys carry "w:")
                if not _look_alike(x, y) and not (short and (x not in names or y not in names)):
                    pairs.append((x, y))
    if not pairs:
        return {}
    names = sorted({k for pair in pairs for k in pair})
    index = {k: n for n, k in enumerate(names)}
    rows = [index[x] for x, _ in pairs]
    cols = [index[y] for _, y in pairs]
    graph = sparse.coo_matrix((np.ones(len(pairs)), (rows, cols)), shape=(len(names), len(names)))
    _, labels = connected_components(graph, directed=False)
    canonical: dict[int, str] = {}
    for name, label in zip(names, labels):  # names are sorted: the first of a group is its smallest
        canonical.setdefault(int(label), name)
    return {k: canonical[int(label)] for k, label in zip(names, labels) if canonical[int(label)] != k}


# Hebrew and Arabic write "and", "the", "in", "to", "from", "that", "as" onto the next word
# ("בישראל", "מישראל", "הממשלה"; "والحكومة", "لإسرائيل", "بالحكومة"), so that one name or noun is
# several words: a word that is such letters and a word the articles also write alone is that
# word. Two such letters at most (or Arabic's article, after one), and _CLITIC_REST letters
# left at least, so that "מלך" (a king) is never "לך" (go).
_CLITIC_LETTERS = "ובהלמשכ" "وفبلك"
_CLITIC_HEADS = tuple(sorted({*_CLITIC_LETTERS, *(x + y for x in _CLITIC_LETTERS for y in _CLITIC_LETTERS),
                              "ال", "لل", *(x + "ال" for x in "وفبك")}, key=len))
_CLITIC_REST = 3
_CLITIC_SHARED = 4


def clitic_aliases(va: set[str], vb: set[str]) -> dict[str, str]:
    """word key -> the key of the word it is with a Hebrew or Arabic preposition, conjunction or
    article written onto it, where the articles (either) also write that word alone, or write
    it with other such letters ("בישראל", "לישראל": _CLITIC_SHARED letters left at least)."""
    words = va | vb
    rests: dict[str, list[str]] = {}
    for k in words:
        word = k[2:]
        if (word[:1] in _CLITIC_LETTERS or word.startswith("ال")) and len(word) > _CLITIC_REST:
            rests[k] = [f"w:{word[len(h):]}" for h in _CLITIC_HEADS
                        if word.startswith(h) and len(word) - len(h) >= _CLITIC_REST]
    shared: dict[str, int] = {}
    for found in rests.values():
        for rest in found:
            if len(rest) - 2 >= _CLITIC_SHARED:
                shared[rest] = shared.get(rest, 0) + 1
    out = {k: next(r for r in found if r in words or shared.get(r, 0) > 1)
           for k, found in rests.items() if any(r in words or shared.get(r, 0) > 1 for r in found)}
    for k, target in out.items():  # "והממשלה" -> "ממשלה", never to a word that is itself another's
        while target in out and out[target] != target:
            target = out[target]
        out[k] = target
    return out


def _figures(keys: Iterable[str]) -> tuple[set[str], dict[str, set[str]]]:
    """The bare figures ("n:9200") of a vocabulary, and the things each figure counts where
    one is written beside it ("n:9200|ballot" -> {"ballot"})."""
    bare: set[str] = set()
    counted: dict[str, set[str]] = {}
    for k in keys:
        if not k.startswith("n:") or k.startswith("n:month"):
            continue
        figure, bar, unit = k.partition("|")
        if bar:
            counted.setdefault(figure, set()).add(unit)
        else:
            bare.add(figure)
    return bare, counted


def figure_aliases(va: set[str], vb: set[str]) -> dict[str, str]:
    """bare figure -> that figure with its unit, where one side writes a figure of at least
    policy.FIGURE_MIN_DIGITS digits without the thing it counts ("ruled 9,200 of them
    invalid") and the other only beside one thing ("9,200 ballots"): the same figure, told
    with its noun on one side only. A figure either side counts in two things ("200 killed",
    "200 miles"), or that the other side also writes bare, is left as it is."""
    out: dict[str, str] = {}
    (bare_a, counted_a), (bare_b, counted_b) = _figures(va), _figures(vb)
    for bare, own, other_bare, other in ((bare_a, counted_a, bare_b, counted_b), (bare_b, counted_b, bare_a, counted_a)):
        for figure in bare - other_bare:
            units = other.get(figure, set()) | own.get(figure, set())
            digits = sum(c.isdigit() for c in figure)
            if len(units) == 1 and figure in other and digits >= policy.FIGURE_MIN_DIGITS:
                out[figure] = f"{figure}|{next(iter(units))}"
    return out


_VOWELS = frozenset("aeiouy")


def same_name(x: str, y: str) -> bool:
    """Whether two lower-case name words are one name spelt or transliterated two ways
    (policy.NAME_CUTOFF: "kharkiv"/"kharkov", "zelenskyy"/"zelensky"; a final vowel dropped
    from a long name, policy.NAME_VOWEL_MIN: "tskhinvali"/"tskhinval"), not two names."""
    if x == y:
        return True
    if x[:1] != y[:1]:  # every rule below needs one first letter: most pairs end here
        return False
    step = len(x) - len(y)
    if step == 1 or step == -1:
        short, long_ = (y, x) if step == 1 else (x, y)
        if len(short) >= policy.NAME_VOWEL_MIN and long_[-1] in _VOWELS and long_.startswith(short):
            return True
    if min(len(x), len(y)) < policy.NAME_MIN or x[-1] != y[-1]:
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(x, y) >= policy.NAME_CUTOFF


# A name and the other side's name for it, given together: "Khankandi (Stepanakert)",
# "Stepanakerd, which Baku now calls Khankendi", "Gizilbulag, which the Armenians call Drmbon".
_NAME = r"([A-Z][a-z]+(?:[-’'][A-Za-z]+)?)"
CALLED = re.compile(r"(?<![\w-])" + _NAME + r"(?:\s+\(" + _NAME + r"\)|,\s+(?:which|what)\s+(?:[\w’']+\s+){0,5}?"
                     r"(?:calls?|called|names?|named)\s+(?:it\s+)?(?:the\s+)?" + _NAME + r"\b)")


def called_aliases(sides: Sequence[tuple[Sequence[str], Sequence[Mapping[str, object] | None]]],
                   alias: dict[str, str]) -> dict[str, str]:
    """`alias` (key -> canonical key) with two names joined where a passage gives one as the
    other's name (CALLED) and each side names the thing its own way: outside such phrases
    only one article writes the one name (or a spelling of it that `alias` joins) and only
    the other article the other. `sides`: each article's unit texts and their keys. A report
    that names a player and his team, "Jordan (Washington)", joins nothing when both reports
    write "Washington" on its own."""
    found: list[tuple[int, str, str]] = []
    for side, (texts, _) in enumerate(sides):
        for text in texts:
            if "(" in text or "call" in text or "name" in text:  # most passages: no look further
                for m in CALLED.finditer(text):
                    found.append((side, _key(m.group(1), alias), _key(m.group(2) or m.group(3), alias)))
    if not found or len(sides) != 2:
        return alias
    wanted = {k for _, x, y in found for k in (x, y)}
    used = []  # per side: how often each wanted name is written, outside the phrases too
    for side, (_, feats) in enumerate(sides):
        counts = dict.fromkeys(wanted, 0)
        for f in feats:
            for key, occ in (f or {}).items():
                if (k := alias.get(key, key)) in counts:
                    counts[k] += occ.count
        for s, x, y in found:
            if s == side:
                counts[x] -= 1
                counts[y] -= 1
        used.append(counts)
    out = dict(alias)
    for _, x, y in found:
        x, y = out.get(x, x), out.get(y, y)
        if x == y or "w:" in (x, y):
            continue
        xa, xb = (used[side].get(x, 0) > 0 for side in (0, 1))
        ya, yb = (used[side].get(y, 0) > 0 for side in (0, 1))
        if (xa and not xb and yb and not ya) or (xb and not xa and ya and not yb):
            keep, drop = sorted((x, y))
            for k, v in list(out.items()):
                if v == drop:
                    out[k] = keep
            out[drop] = keep
    return out


def _key(name: str, alias: dict[str, str]) -> str:
    key = name_key(name)
    return alias.get(key, key)
