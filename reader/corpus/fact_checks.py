"""A fact check's labels: its rating, its rating scale and the heads of its blocks.

A fact check quotes the claim it checks ("Claim: The council has banned Sunday ferries.") and
rates it ("Rating: False", "Verdict: Misleading", "Our ruling" over its reasons), often with
the site's whole scale on a line ("True, Mostly True, Half True, Mostly False, False, Pants on
Fire"). The claim quoted is what the article is about: text. The rating and the heads are the
site's labels, the same in every check it publishes: read as text or headings, "Our ruling" or
"Rating: False" would link two checks of unrelated claims.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The words of the scales fact checkers rate claims on.
_RATING = (r"(?:(?:mostly|partly|partially|half|largely) (?:true|false|accurate|correct)|half[- ]true|true|false"
           r"|pants on fire|misleading|mixture|mixed|unproven|unsupported|unsubstantiated|unverified|inaccurate"
           r"|accurate|correct|incorrect|exaggerated|(?:missing|lacks|needs|out of) context|no evidence|altered"
           r"|fake|fabricated|satire|miscaptioned|outdated|baseless|wrong|(?:one|two|three|four) pinocchios"
           r"|full flop|half flip|no flip)")
# A rating on its line: a label, a colon or a dash, and a rating ("Rating: False", "Verdict —
# Misleading", "Our ruling: Pants on Fire!").
_LABEL = r"(?:(?:our|the|final|claim) )?(?:rating|verdict|ruling|conclusion|assessment|truth-o-meter)"
_RATING_LINE = re.compile(rf"{_LABEL}\s*[:—–-]\s*{_RATING}[.!]*", re.IGNORECASE)
# The scale itself, SCALE_MIN_RATINGS of its ratings or more between commas, bars or slashes,
# after a label or not ("Our rating scale: True, Mostly True, …"), a list with no stop after it
# unless its label names it: three words of the scale with a full stop ("False, misleading,
# baseless.") are a sentence a story says of a claim.
SCALE_MIN_RATINGS = 4
_SCALE = re.compile(rf"(?P<label>(?:our |the )?(?:rating scale|ratings?|scale|truth-o-meter)\s*:\s*)?{_RATING}"
                    rf"(?:\s*[,|/·•>]\s*{_RATING}){{{SCALE_MIN_RATINGS - 1},}}", re.IGNORECASE)
# The heads of a fact check's blocks, and a rating alone under one ("Our verdict" over "False").
_HEAD = re.compile(rf"{_LABEL}|what (?:was|is|were) claimed|what we found|(?:the )?claims?(?: checked)?"
                   r"|fact[- ]check(?:ed)?", re.IGNORECASE)
_RATING_ALONE = re.compile(rf"{_RATING}[.!]*", re.IGNORECASE)
_LABEL_ALONE = re.compile(_LABEL, re.IGNORECASE)
_MARKS = " \t:.!|•·-–—*_#"
_LINE_MAX = 120  # characters: a label and a rating, or a scale of a dozen ratings


def _line(text: str) -> str:
    return text.strip(_MARKS) if len(text) <= _LINE_MAX and "\n" not in text.strip() else ""


def rated(text: str) -> bool:
    """Whether `text` is a rating on its line or a rating scale (see _RATING_LINE, _SCALE)."""
    line = _line(text)
    scale = _SCALE.fullmatch(line) if line else None
    return bool(line) and bool(_RATING_LINE.fullmatch(line) or scale and (
        scale["label"] or not text.rstrip(_MARKS.replace(".", "")).endswith(".")))


def labels(texts: Sequence[str]) -> set[int]:
    """The passages of a fact check that are its labels: ratings and scales wherever they stand
    and, where the text holds one (or a label over a rating alone: "OUR RATING:" over "FALSE"),
    the heads of its blocks and a rating alone under a head. A text that rates nothing keeps its
    headings ("The claim", "Verdict")."""
    found = {i for i, text in enumerate(texts) if rated(text)}
    heads = [i for i, text in enumerate(texts) if (line := _line(text)) and _HEAD.fullmatch(line)]
    under = {i + 1 for i in heads if i + 1 < len(texts) and _RATING_ALONE.fullmatch(_line(texts[i + 1]))}
    if found or any(_LABEL_ALONE.fullmatch(_line(texts[i - 1])) for i in under):  # ("OUR RATING:" over "FALSE")
        found.update(heads, under)
    return found
