"""The claim map: every claim across the articles of a corpus, who tells it, who stays silent.

    from reader.claims import build, cached_build
    claim_map = cached_build(corpus.articles, glossary, data_dir=paths.data_dir())
    for claim in claim_map.claims:
        claim.label, claim.terms, claim.passages, claim.related, claim_map.side_coverage(claim)

Plain Python and numpy; no UI imports. How passages become claims: reader.claims.index
(links from one shared index), reader.claims.cluster (correlation clustering) and
reader.claims.related (articles that touch on a claim without telling it).
"""

from reader.claims.builder import Cancelled, build
from reader.claims.cache import cached_build
from reader.claims.model import Claim, ClaimMap, ClaimPassage, RelatedPassage

__all__ = ["Cancelled", "Claim", "ClaimMap", "ClaimPassage", "RelatedPassage", "build", "cached_build"]
