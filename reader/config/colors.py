"""Colour strings as Textual reads them, and the WCAG contrast arithmetic used to vet themes.

`parse_color` accepts exactly what `textual.color.Color.parse` (Textual 8.2.8) accepts — hex
(#rgb, #rgba, #rrggbb, #rrggbbaa), rgb()/rgba(), hsl()/hsla(), CSS and `ansi_*` names — and
yields the same channels, so a theme that passes here will not crash Textual when selected.
It lives here, not in Textual, because the config core must not import Textual.
"""

from __future__ import annotations

import math
import re
from colorsys import hls_to_rgb
from typing import NamedTuple

from reader.config.color_names import COLOR_NAME_TO_RGB
from reader.config.hints import did_you_mean, shortened, toml_value

# The same grammar as textual.css.tokenize / textual.color.RE_COLOR (note `$` also matches
# before a final newline, as it does there).
_PERCENT = r"-?\d+\.?\d*%"
_DECIMAL = r"-?\d+\.?\d*"
_COMMA = r"\s*,\s*"
_OPEN = r"\(\s*"
_CLOSE = r"\s*\)"
_RE_COLOR = re.compile(
    rf"""^
\#([0-9a-fA-F]{{3}})$|
\#([0-9a-fA-F]{{4}})$|
\#([0-9a-fA-F]{{6}})$|
\#([0-9a-fA-F]{{8}})$|
rgb{_OPEN}({_DECIMAL}{_COMMA}{_DECIMAL}{_COMMA}{_DECIMAL}){_CLOSE}$|
rgba{_OPEN}({_DECIMAL}{_COMMA}{_DECIMAL}{_COMMA}{_DECIMAL}{_COMMA}{_DECIMAL}){_CLOSE}$|
hsl{_OPEN}({_DECIMAL}{_COMMA}{_PERCENT}{_COMMA}{_PERCENT}){_CLOSE}$|
hsla{_OPEN}({_DECIMAL}{_COMMA}{_PERCENT}{_COMMA}{_PERCENT}{_COMMA}{_DECIMAL}){_CLOSE}$
""",
    re.VERBOSE,
)


class ColorParseError(ValueError):
    """A string that is not a colour Textual would accept; the message says why in one line."""


class RGBA(NamedTuple):
    """Channels 0-255 and alpha 0.0-1.0, as `textual.color.Color` holds them."""

    r: int
    g: int
    b: int
    a: float = 1.0

    @property
    def hex(self) -> str:
        """`#rrggbb`, ignoring alpha (composite with `over` first if alpha matters)."""
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"

    def over(self, base: RGBA) -> RGBA:
        """This colour painted on an opaque `base`: what the eye sees when alpha < 1."""
        if self.a >= 1.0:
            return RGBA(self.r, self.g, self.b)
        mix = lambda top, bottom: round(bottom + (top - bottom) * self.a)  # noqa: E731
        return RGBA(mix(self.r, base.r), mix(self.g, base.g), mix(self.b, base.b))

    def blend(self, other: RGBA, factor: float) -> RGBA:
        """Move `factor` (0..1) of the way from this colour to `other` (both taken as opaque)."""
        mix = lambda a, b: round(a + (b - a) * factor)  # noqa: E731
        return RGBA(mix(self.r, other.r), mix(self.g, other.g), mix(self.b, other.b))


def _clamp(value, low, high):
    return low if value < low else high if value > high else value


def _percent(text: str) -> float:
    return _clamp(float(text.strip()[:-1]) / 100.0, 0.0, 1.0)


def _from_hsl(h: str, s: str, l: str) -> RGBA:  # noqa: E741 - the usual name
    r, g, b = hls_to_rgb(float(h) % 360 / 360, _percent(l), _percent(s))
    return RGBA(int(r * 255 + 0.5), int(g * 255 + 0.5), int(b * 255 + 0.5))


def _named(text: str) -> RGBA | None:
    if text == "ansi_default":
        return RGBA(0, 0, 0)
    rgb = COLOR_NAME_TO_RGB.get(text)
    return None if rgb is None else RGBA(*rgb)


def _not_a_color(text: str) -> ColorParseError:
    message = f"cannot parse {shortened(text)!r} as a colour"
    if not text.startswith(("#", "rgb", "hsl")):
        message += did_you_mean(text, COLOR_NAME_TO_RGB)
    return ColorParseError(message + "; use #rrggbb, rgb(), hsl() or a CSS colour name")


def parse_color(text: str) -> RGBA:
    """Parse a colour as Textual does; raise ColorParseError (one line) otherwise."""
    if not isinstance(text, str):
        raise ColorParseError(f"expected a colour string, found {toml_value(text)}")
    named = _named(text)
    if named is not None:
        return named
    match = _RE_COLOR.match(text)
    if match is None:
        raise _not_a_color(text)
    hex3, hex4, hex6, hex8, rgb, rgba, hsl, hsla = match.groups()
    numbers = rgb or rgba or hsl or hsla
    if numbers and not all(math.isfinite(float(v.strip().rstrip("%"))) for v in numbers.split(",")):
        # Textual's own parser would overflow converting it, crashing when the theme is used.
        raise ColorParseError(f"a number in {text[:24] + '…' if len(text) > 24 else text!r} is too large "
                              f"to be a colour channel")
    if hex3 or hex4:
        digits = [int(c * 2, 16) for c in (hex3 or hex4)]
        return RGBA(*digits[:3], digits[3] / 255.0 if hex4 else 1.0)
    if hex6 or hex8:
        digits = [int((hex6 or hex8)[i:i + 2], 16) for i in range(0, len(hex6 or hex8), 2)]
        return RGBA(*digits[:3], digits[3] / 255.0 if hex8 else 1.0)
    if rgb or rgba:
        values = [float(v) for v in (rgb or rgba).split(",")]
        channels = [_clamp(int(v), 0, 255) for v in values[:3]]
        return RGBA(*channels, _clamp(values[3], 0.0, 1.0) if rgba else 1.0)
    parts = (hsl or hsla).split(",")
    color = _from_hsl(*parts[:3])
    return color._replace(a=_clamp(float(parts[3]), 0.0, 1.0)) if hsla else color


def relative_luminance(color: RGBA) -> float:
    """WCAG 2.x relative luminance of an opaque sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255.0
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b)


def contrast_ratio(first: RGBA, second: RGBA) -> float:
    """WCAG contrast ratio, 1.0 to 21.0, of two opaque colours (order does not matter)."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
