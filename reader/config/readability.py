"""How readable a theme is: each colour pairing the reading room paints, its WCAG 2 contrast
ratio, and the minimum it should reach.

Text (body, boilerplate, headings, on the page and on every highlight): 4.5:1, WCAG AA.
Gutter marks: 3:1, WCAG's figure for non-text marks. A theme that declares itself
high-contrast (its name contains "high-contrast") is held to 7:1 and 4.5:1 (AAA).
Headings and boilerplate on the cursor are secondary pairings held to 3:1.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.config.colors import contrast_ratio
from reader.config.palette import TEXT_BACKGROUNDS

TERMINAL_DEFAULT = "ansi_default"  # the terminal's own foreground or background

if TYPE_CHECKING:
    from reader.config.themes import ThemeSpec


@dataclass(frozen=True)
class Check:
    what: str  # e.g. "body text on cp-cursor"
    ratio: float
    minimum: float

    @property
    def passes(self) -> bool:
        return self.ratio >= self.minimum


def checks(spec: ThemeSpec) -> list[Check]:
    high = "high-contrast" in spec.name
    text_min, mark_min = (7.0, 4.5) if high else (4.5, 3.0)
    fg, bg, var = spec.foreground, spec.background, spec.variable
    pairs = [("body text on background", fg, bg, text_min)]
    pairs += [(f"body text on {ground}", fg, var(ground), text_min) for ground in TEXT_BACKGROUNDS]
    pairs += [
        ("cp-boilerplate text on background", var("cp-boilerplate"), bg, text_min),
        ("cp-heading text on background", var("cp-heading"), bg, text_min),
        ("cp-unmatched mark on background", var("cp-unmatched"), bg, mark_min),
        ("cp-gutter-strong mark on background", var("cp-gutter-strong"), bg, mark_min),
        ("cp-gutter-weak mark on background", var("cp-gutter-weak"), bg, mark_min),
        ("cp-bookmark mark on background", var("cp-bookmark"), bg, mark_min),
        ("cp-related mark on background", var("cp-related"), bg, mark_min),
        ("cp-heading text on cp-cursor", var("cp-heading"), var("cp-cursor"), 3.0),
        ("cp-boilerplate text on cp-cursor", var("cp-boilerplate"), var("cp-cursor"), 3.0),
    ]
    return [Check(what, contrast_ratio(a, b), minimum) for what, a, b, minimum in pairs]


def weakest_text(spec: ThemeSpec) -> Check:
    """The lowest-contrast pairing among those held to the text minimum."""
    text_min = max(c.minimum for c in checks(spec))
    return min((c for c in checks(spec) if c.minimum == text_min), key=lambda c: c.ratio)


def contrast_problem(spec: ThemeSpec) -> str | None:
    """"hard to read: " and the pairing furthest below its minimum, or None when all pass (or
    when the text is in the terminal's own colours, which cannot be measured)."""
    if TERMINAL_DEFAULT in (spec.colors.get("foreground"), spec.colors.get("background")):
        return None
    failing = [c for c in checks(spec) if not c.passes]
    if not failing:
        return None
    worst = min(failing, key=lambda c: c.ratio / c.minimum)
    more = f" (and {len(failing) - 1} more pairing{'s' if len(failing) > 2 else ''})" if len(failing) > 1 else ""
    return f"hard to read: {worst.what} is {worst.ratio:.2f}:1, below {worst.minimum:g}:1{more}"


def contrast_warning(spec: ThemeSpec) -> str | None:
    """The same as one line naming the theme. A theme that fails is still offered (it is the
    user's to choose), but never without this line."""
    problem = contrast_problem(spec)
    return None if problem is None else f"theme {spec.name!r} is {problem}"
