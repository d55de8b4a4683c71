"""What a link shows as its reason: the shared keys of two units, heaviest first, with spans."""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from reader.align.features import Occurrence
from reader.align.model import Evidence
from reader.align.scoring import key_weight
from reader.corpus import Article, Passage


def kind(key: str, a_occ: Occurrence, b_occ: Occurrence) -> str:
    prefix = key[:2]
    if prefix == "g:":
        return "glossary"
    if prefix == "n:":
        return "number"
    if a_occ.key != b_occ.key:
        return "fuzzy"
    if a_occ.name and b_occ.name:
        return "entity"
    return "exact"


def evidence(a: Article, pa: Passage, fa: Mapping[str, Occurrence], b: Article, pb: Passage,
             fb: Mapping[str, Occurrence], idf: Mapping[str, float], limit: int,
             hidden: AbstractSet[str] = frozenset()) -> tuple[Evidence, ...]:
    """The `limit` heaviest shared keys of two units as Evidence, with source offsets; keys of
    `hidden` (function words of the articles' language) are no reason to show, and neither is a
    key inside another one's spans on both sides: a date's year and month ("2026", "March") are
    its parts, shown once as the date ("14 March 2026")."""
    shared = fa.keys() & fb.keys()
    ranked = sorted((-key_weight(k, fa[k], idf) * key_weight(k, fb[k], idf), k)
                    for k in (shared - hidden if hidden else shared))
    # Only numbers and dates hold one another ("2026" in "14 March 2026"); offsets within the
    # units order as the source's do.
    figures = [(fa[k].lo, fa[k].hi, fb[k].lo, fb[k].hi) for _, k in ranked if k[:2] == "n:"]
    out = []
    quote_a, quote_b = a.quoter(pa), b.quoter(pb)
    for _, key in ranked:
        oa, ob = fa[key], fb[key]
        if len(figures) > 1 and key[:2] == "n:" and any(
                lo_a <= oa.lo and oa.hi <= hi_a and lo_b <= ob.lo and ob.hi <= hi_b
                and (oa.lo, oa.hi, ob.lo, ob.hi) != (lo_a, hi_a, lo_b, hi_b)
                for lo_a, hi_a, lo_b, hi_b in figures):
            continue
        a_span, a_text = quote_a(oa.lo, oa.hi)
        b_span, b_text = quote_b(ob.lo, ob.hi)
        out.append(Evidence(a_span, b_span, a_text, b_text, kind(key, oa, ob)))
        if len(out) == limit:
            break
    return tuple(out)
