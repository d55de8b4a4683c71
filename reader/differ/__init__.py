"""What differs inside a linked pair, and each side's own words. No UI imports.

`Differ` answers, for any link of an alignment, which figures and dates disagree, which
names one passage has and the other lacks, and where the two call one thing by different
glossary terms; `distinctive_words` ranks the words and two-word phrases each article uses
more than the other. Both depend only on the corpus and on alignment's public values.
"""

from reader.differ.differences import DIFFERENCE_KINDS, Difference, Differ
from reader.differ.lexicon import DistinctiveTerm, distinctive_words

__all__ = ["DIFFERENCE_KINDS", "Difference", "Differ", "DistinctiveTerm", "distinctive_words"]
