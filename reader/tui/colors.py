"""Default values of the reader's own theme variables, derived from the current theme.

A TOML theme may set any `cp-*` variable in its `[variables]`; what it leaves out is computed
here from the theme's own colours, so every theme (built-in or user) gets readable highlights.
"""

from __future__ import annotations

from textual.color import Color
from textual.theme import Theme

THEME_VARIABLES = (
    "cp-cursor",
    "cp-link-strong",
    "cp-link-weak",
    "cp-evidence",
    "cp-unmatched",
    "cp-bookmark",
    "cp-boilerplate",
    "cp-heading",
)


def theme_defaults(theme: Theme) -> dict[str, str]:
    system = theme.to_color_system().generate()

    def colour(name: str, fallback: str) -> Color:
        try:
            return Color.parse(system.get(name) or fallback)
        except Exception:
            return Color.parse(fallback)

    background = colour("background", "#121212")
    foreground = colour("foreground", "#e0e0e0")
    primary = colour("primary", "#0178d4")
    accent = colour("accent", "#fea62b")
    success = colour("success", "#4ebf71")
    warning = colour("warning", "#ffa62b")

    def mix(color: Color, amount: float) -> str:
        return background.blend(color, amount).hex

    return {
        "cp-cursor": mix(primary, 0.45),
        "cp-link-strong": mix(success, 0.45),
        "cp-link-weak": mix(success, 0.18),
        "cp-evidence": mix(accent, 0.55),
        "cp-unmatched": system.get("text-warning") or warning.hex,
        "cp-bookmark": system.get("text-secondary") or system.get("text-accent") or accent.hex,
        "cp-boilerplate": mix(foreground, 0.5),
        "cp-heading": system.get("text-primary") or primary.hex,
    }
