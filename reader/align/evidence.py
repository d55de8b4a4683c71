"""What a link shows as its reason: the shared keys of two units, heaviest first, with spans."""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from reader.align.features import Occurrence
from reader.align.model import Evidence
from reader.align.scoring import key_weight
from reader.corpus import Article, Passage


def kind(key: str, a_occ: Occurrence, b_occ: Occurrence) -> str:
    if key.startswith("g:"):
        return "glossary"
    if key.startswith("n:"):
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
    ranked = sorted((-key_weight(k, fa[k], idf) * key_weight(k, fb[k], idf), k)
                    for k in fa if k in fb and k not in hidden)
    # Only numbers and dates hold one another ("2026" in "14 March 2026"); offsets within the
    # units order as the source's do.
    figures = [(fa[k].lo, fa[k].hi, fb[k].lo, fb[k].hi) for _, k in ranked if k.startswith("n:")]
    out = []
    for _, key in ranked:
        oa, ob = fa[key], fb[key]
        if key.startswith("n:") and len(figures) > 1 and any(
                lo_a <= oa.lo and oa.hi <= hi_a and lo_b <= ob.lo and ob.hi <= hi_b
                and (oa.lo, oa.hi, ob.lo, ob.hi) != (lo_a, hi_a, lo_b, hi_b)
                for lo_a, hi_a, lo_b, hi_b in figures):
            continue
        a_span = a.source_span(pa, oa.lo, oa.hi)
        b_span = b.source_span(pb, ob.lo, ob.hi)
        out.append(Evidence(a_span, b_span, a.display(*a_span), b.display(*b_span), kind(key, oa, ob)))
        if len(out) == limit:
            break
    return tuple(out)
