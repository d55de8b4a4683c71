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

import threading
from dataclasses import replace
from typing import Any

from textual.app import App
from textual.theme import Theme

from reader.config import ConfigError, ThemeCatalog, save_setting


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


class ThemeSaver:
    """Saves the theme the reader chooses as config.toml's default, in a thread.

    Saving re-reads the file, edits one line and replaces the file atomically, with an fsync:
    on the UI thread that held up every `t`, and cycling through the themes saved each one
    on the way. Here each choice asks for a save and a thread makes it with the latest choice
    (saves are made one at a time, so an older choice never lands after a newer one; one that
    finds the latest saved already writes nothing). Each goes through the app's
    `PendingWrites`, so a theme chosen just before quitting is saved as the app closes.
    A failure is told once a session; the theme stays for this session.
    """

    def __init__(self, app: Any, saved: str) -> None:
        self.app = app
        self._wanted_lock = threading.Lock()  # held only to set or read the latest choice
        self._saving = threading.Lock()  # held through a save; the UI thread never takes it
        self._wanted = self._saved = saved
        self._failed = False

    def save_soon(self, name: str) -> None:
        with self._wanted_lock:
            self._wanted = name
        pending = self.app.pending_writes
        ticket = pending.add(self._save)

        def run() -> None:
            try:
                pending.run(ticket)
            except ConfigError as exc:
                if not pending.closing:
                    self.app.call_from_thread(self._tell, str(exc))

        self.app.run_worker(run, thread=True, group="theme-save")

    def _save(self) -> None:
        with self._saving:
            with self._wanted_lock:
                name = self._wanted
            if name == self._saved or self._failed:
                return
            try:
                save_setting(self.app.config_dir, "theme", name)
            except ConfigError as exc:
                self._failed = True
                raise ConfigError(f"Theme {name!r} is for this session only: {exc}") from None
            self._saved = name

    def _tell(self, message: str) -> None:
        self.app.notify(message, severity="warning", markup=False, timeout=10)
