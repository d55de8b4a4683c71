"""Passage alignment between two articles: links with scores and evidence. No UI imports.

The engine (numpy, scipy) is imported when `align` is first used, so loading a glossary or
reading the link model does not pay for it: the reader's first screen and the CLI commands
that never align start faster.
"""

from reader.align.glossary import Glossary, default_glossary, load_glossary
from reader.align.model import EVIDENCE_KINDS, Alignment, Evidence, Link
from reader.corpus import GRANULARITIES

__all__ = [
    "EVIDENCE_KINDS", "GRANULARITIES", "Alignment", "Evidence", "Glossary", "Link", "align",
    "default_glossary", "load_glossary",
]


def __getattr__(name: str):
    if name == "align":
        from reader.align.engine import align

        return align
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
