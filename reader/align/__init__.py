"""Passage alignment between two articles: links with scores and evidence. No UI imports."""

from reader.align.engine import GRANULARITIES, align
from reader.align.glossary import Glossary, default_glossary, load_glossary
from reader.align.model import EVIDENCE_KINDS, Alignment, Evidence, Link

__all__ = [
    "EVIDENCE_KINDS", "GRANULARITIES", "Alignment", "Evidence", "Glossary", "Link", "align",
    "default_glossary", "load_glossary",
]
