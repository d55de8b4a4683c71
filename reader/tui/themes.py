"""The theme catalog as Textual themes: built, checked once more by Textual itself, registered.

The config core validates every theme file without Textual; here each usable spec becomes a
`Theme` and is asked for its colour system, because a colour Textual cannot parse registers
silently and crashes only when selected. A theme that still fails is marked invalid in the
catalog, so choosing, cycling and the palette all skip it alike.

Only Counterpoint's themes (shipped and the user's) are offered: Textual's built-in themes are
unregistered, so `t`, the command palette, `--theme` and `counterpoint themes` name the same
list, and every theme on offer is one whose reader colours were written or derived and checked
by the config core (a built-in can be copied into `<config dir>/themes/` as a TOML file).
"""

from __future__ import annotations

from dataclasses import replace

from textual.app import App
from textual.theme import Theme

from reader.config import ThemeCatalog


def build_themes(catalog: ThemeCatalog) -> tuple[ThemeCatalog, list[Theme]]:
    """The catalog with any theme Textual rejects marked invalid (its `problems` then name the
    file), and a Textual theme for each usable spec, in the catalog's order."""
    themes: list[Theme] = []
    specs = []
    for spec in catalog.themes:
        if spec.valid:
            try:
                theme = Theme(**spec.theme_kwargs())
                theme.to_color_system().generate()
            except Exception as exc:  # Textual's colour/CSS errors have no common base class
                error = f"{spec.path}: Textual cannot use this theme ({type(exc).__name__}: {exc})"
                spec = replace(spec, valid=False, error=error)
            else:
                themes.append(theme)
        specs.append(spec)
    return ThemeCatalog(specs), themes


def install(app: App, themes: list[Theme], current: str) -> None:
    """Register `themes`, select `current` (one of them), and drop Textual's built-ins."""
    names = {theme.name for theme in themes}
    for theme in themes:
        app.register_theme(theme)
    app.theme = current
    for name in list(app.available_themes):
        if name not in names:
            app.unregister_theme(name)


def readability_notice(catalog: ThemeCatalog, name: str) -> str | None:
    """The line to show when `name` is chosen and reads poorly by the reader's contrast rules."""
    from reader.config.readability import contrast_warning

    spec = catalog.get(name)
    return None if spec is None else contrast_warning(spec)
