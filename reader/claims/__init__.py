"""The claim map: every claim across the articles of a corpus, who tells it, who stays silent.

    from reader.claims import build, cached_build
    claim_map = cached_build(corpus.articles, glossary, data_dir=paths.data_dir())
    for claim in claim_map.claims:
        claim.label, claim.terms, claim.passages, claim_map.side_coverage(claim)

Plain Python and numpy; no UI imports. How passages become claims: reader.claims.index
(links from one shared index) and reader.claims.cluster (correlation clustering).
"""

from reader.claims.builder import Cancelled, build
from reader.claims.cache import cached_build
from reader.claims.model import Claim, ClaimMap, ClaimPassage

__all__ = ["Cancelled", "Claim", "ClaimMap", "ClaimPassage", "build", "cached_build"]
