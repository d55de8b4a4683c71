"""What a theme's colours look like on screen: resolving Textual's defaults, and the reader's own
`cp-*` variables, derived readably when a theme leaves them out.

Resolution mirrors Textual's ColorSystem: a missing background is #121212 (dark) or #efefef
(light), a missing foreground is the background's inverse; translucent colours are composited
onto what lies beneath them (the background; the background onto black or white).
"""

from __future__ import annotations

from typing import Callable, Iterable, Mapping

from reader.config.colors import RGBA, contrast_ratio, parse_color

# The reader's colours, painted by the reading room from `$cp-...` CSS variables.
READER_VARIABLES: dict[str, str] = {
    "cp-cursor": "background of the selected passage",
    "cp-link-strong": "background of strongly linked passages in the other pane",
    "cp-link-weak": "background of weakly linked passages in the other pane",
    "cp-evidence": "background of evidence terms",
    "cp-gutter-strong": "foreground of the gutter bar beside strongly linked passages",
    "cp-gutter-weak": "foreground of the gutter bar beside weakly linked passages",
    "cp-unmatched": "foreground of the 'only in this article' gutter mark",
    "cp-bookmark": "foreground of the bookmark mark",
    "cp-boilerplate": "foreground of dimmed boilerplate text",
    "cp-heading": "foreground of headings",
    "cp-diff-figure": "background of figures and dates a linked pair disagrees on",
    "cp-diff-name": "background of names only one passage of a linked pair mentions",
    "cp-diff-framing": "background of one thing called by each side's own term",
    "cp-related": "foreground of the claim map's ~ (an article touching on a claim it does not tell)",
}
# Backgrounds that body text (foreground) is read on.
TEXT_BACKGROUNDS = ("cp-cursor", "cp-link-strong", "cp-link-weak", "cp-evidence",
                    "cp-diff-figure", "cp-diff-name", "cp-diff-framing")

BODY_CONTRAST = 4.5  # WCAG AA for body text
MARK_CONTRAST = 3.0  # WCAG AA for large text and non-text marks

_BLACK, _WHITE = RGBA(0, 0, 0), RGBA(255, 255, 255)


def resolve_background(colors: Mapping[str, str], dark: bool) -> RGBA:
    written = colors.get("background")
    color = parse_color(written) if written else parse_color("#121212" if dark else "#efefef")
    return color.over(_BLACK if dark else _WHITE)


def resolve_foreground(colors: Mapping[str, str], dark: bool) -> RGBA:
    background = resolve_background(colors, dark)
    written = colors.get("foreground")
    if not written:
        return RGBA(255 - background.r, 255 - background.g, 255 - background.b)
    return parse_color(written).over(background)


def _role(colors: Mapping[str, str], *names: str) -> RGBA:
    """The first colour written among `names` (Textual's fallback chain), else primary."""
    for name in names:
        if colors.get(name):
            return parse_color(colors[name])
    return parse_color(colors["primary"])


def _first(candidates: Iterable[RGBA], good: Callable[[RGBA], bool], fallback: RGBA) -> RGBA:
    return next((c for c in candidates if good(c)), fallback)


def _tinted_background(base: RGBA, tint: RGBA, text: RGBA, strength: float,
                       secondary: tuple[RGBA, ...] = ()) -> RGBA:
    """`base` moved toward `tint`, eased back until `text` stays readable on it (and the
    `secondary` inks, such as headings on the cursor, legible at MARK_CONTRAST)."""
    steps = [strength * (1 - i / 10) for i in range(10)]
    return _first((base.blend(tint.over(base), f) for f in steps),
                  lambda c: contrast_ratio(text, c) >= BODY_CONTRAST
                  and all(contrast_ratio(ink, c) >= MARK_CONTRAST for ink in secondary), base)


def _readable_ink(ink: RGBA, text: RGBA, background: RGBA, minimum: float) -> RGBA:
    """`ink` moved toward the body text colour until it stands out from the background enough."""
    ink = ink.over(background)
    return _first((ink.blend(text, i / 10) for i in range(11)),
                  lambda c: contrast_ratio(c, background) >= minimum, text)


def derive_reader_variables(colors: Mapping[str, str], dark: bool) -> dict[str, str]:
    """Readable `cp-*` colours (#rrggbb) derived from a theme's Textual colours.

    `colors` must hold at least a parseable `primary`. Works for any Textual theme, so the
    reading room can also give built-in Textual themes the reader's colours.
    """
    background = resolve_background(colors, dark)
    text = resolve_foreground(colors, dark)
    primary = _role(colors, "primary")
    accent = _role(colors, "accent")
    warning = _role(colors, "warning")
    error = _role(colors, "error", "secondary")
    secondary = _role(colors, "secondary")
    success = _role(colors, "success", "secondary")
    dimmed = _first((text.blend(background, f / 100) for f in range(45, -1, -5)),
                    lambda c: contrast_ratio(c, background) >= BODY_CONTRAST, text)
    strong_bar = _readable_ink(accent, text, background, MARK_CONTRAST)
    # The weak bar: the strong one faded toward the background, as far as 3:1 allows (at most half).
    weak_bar = _first((strong_bar.blend(background, f / 100) for f in range(50, -1, -5)),
                      lambda c: contrast_ratio(c, background) >= MARK_CONTRAST, strong_bar)
    heading = _readable_ink(primary, text, background, BODY_CONTRAST)
    derived = {
        # headings and boilerplate are read on the cursor too
        "cp-cursor": _tinted_background(background, primary, text, 0.35, (dimmed, heading)),
        "cp-link-strong": _tinted_background(background, accent, text, 0.35),
        "cp-link-weak": _tinted_background(background, accent, text, 0.15),
        "cp-evidence": _tinted_background(background, warning, text, 0.5),
        "cp-gutter-strong": strong_bar,
        "cp-gutter-weak": weak_bar,
        "cp-unmatched": _readable_ink(error, text, background, MARK_CONTRAST),
        "cp-bookmark": _readable_ink(secondary, text, background, MARK_CONTRAST),
        "cp-boilerplate": dimmed,
        "cp-heading": heading,
        # what differs inside a linked pair: three more tints, each of its own hue
        "cp-diff-figure": _tinted_background(background, error, text, 0.45),
        "cp-diff-name": _tinted_background(background, secondary, text, 0.45),
        "cp-diff-framing": _tinted_background(background, success, text, 0.45),
        # the claim map's ~: a link to the claim, so the strong link's ink
        "cp-related": strong_bar,
    }
    return {name: color.hex for name, color in derived.items()}


def resolve_variable(value: str, colors: Mapping[str, str], dark: bool) -> RGBA:
    """An opaque colour for a `cp-*` value: translucent ones composited onto the background."""
    return parse_color(value).over(resolve_background(colors, dark))
