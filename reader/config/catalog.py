"""Every theme the reader knows: the shipped files, then the user's, which replace shipped ones
by name. Choosing a theme never fails: an unknown or invalid name falls back to the default
with one line saying why.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reader.config.hints import capped, did_you_mean
from reader.config.themes import SHIPPED, ThemeSpec, load_theme_file

DEFAULT_THEME = "counterpoint-dark"


def _folder_themes(folder: Path | None, source: str | None = None) -> list[ThemeSpec]:
    """The folder's theme files, read (`source` None: each file's own path); anything named
    *.toml that is not a regular file is kept, so that reading it reports it (a FIFO is refused,
    not waited on). A folder that cannot be listed is one invalid entry saying so: glob would
    call it empty, and its themes would be missing without a word."""
    if folder is None:
        return []
    try:
        names = os.listdir(folder) if folder.is_dir() else []
    except OSError as exc:
        return [ThemeSpec(name=folder.name, source=source or str(folder.absolute()), path=folder, valid=False,
                          error=f"{folder}: cannot read the folder ({exc.strerror or exc}); its themes are left out")]
    files = sorted(folder / name for name in names if name.endswith(".toml"))
    return [load_theme_file(p, source or str(p.absolute())) for p in files]


@dataclass(frozen=True)
class ThemeCatalog:
    """`themes`: every theme file in offer order — the usable ones, and the invalid or
    duplicate ones (valid False, with `error`), which are listed but never selected."""

    themes: list[ThemeSpec]

    @property
    def problems(self) -> list[str]:
        """One line per skipped theme file, naming the file and the key (past a few, the rest
        counted in one line naming their folder)."""
        broken = [t for t in self.themes if not t.valid and t.error]
        return capped([t.error for t in broken], str(broken[-1].path.parent) if broken else "")

    def available(self) -> list[ThemeSpec]:
        """The themes that can be selected, in the order `t` cycles through them."""
        return [t for t in self.themes if t.valid]

    def names(self) -> list[str]:
        return [t.name for t in self.available()]

    def get(self, name: str) -> ThemeSpec | None:
        return next((t for t in self.available() if t.name == name), None)

    def select(self, name: str | None) -> tuple[ThemeSpec | None, str | None]:
        """The theme to use for `name` (None: the default), and a notice when falling back.

        The spec is None only when no theme at all is usable (a broken install)."""
        wanted = name or DEFAULT_THEME
        found = self.get(wanted)
        if found is not None:
            return found, None
        fallback = self.get(DEFAULT_THEME) or next(iter(self.available()), None)
        broken = next((t for t in self.themes if t.name == wanted), None)
        if broken is not None:
            reason = f"theme {wanted!r} is invalid ({broken.error})"
        else:
            reason = f"no theme named {wanted!r}{did_you_mean(wanted, self.names())}"
        if fallback is None:
            return None, f"{reason}, and no other theme is usable"
        return fallback, f"{reason}; using {fallback.name!r}"

    def cycle(self, current: str | None, step: int = 1) -> ThemeSpec | None:
        """The theme `step` places after `current` (wrapping), for the `t` key."""
        names = self.names()
        if not names:
            return None
        index = names.index(current) + step if current in names else 0
        return self.get(names[index % len(names)])


def _merge(shipped: list[ThemeSpec], user: list[ThemeSpec]) -> list[ThemeSpec]:
    """Shipped then user themes; a valid user theme takes its shipped namesake's place, and a
    second valid theme of the same name within one group is marked as a duplicate."""
    themes: list[ThemeSpec] = []
    for group in (shipped, user):
        seen: dict[str, ThemeSpec] = {}
        for spec in group:
            first = seen.get(spec.name)
            if spec.valid and first is not None:
                spec = ThemeSpec(name=spec.name, source=spec.source, path=spec.path, dark=spec.dark,
                                 valid=False, error=f"{spec.path}: key 'name': {spec.name!r} is "
                                                    f"already defined by {first.path}; ignored")
            elif spec.valid:
                seen[spec.name] = spec
                replaced = next((i for i, t in enumerate(themes) if t.valid and t.name == spec.name), None)
                if replaced is not None:
                    themes[replaced] = spec
                    continue
            themes.append(spec)
    return themes


def user_themes_dir(config_dir: Path) -> Path:
    return Path(config_dir) / "themes"


def load_themes(shipped_dir: Path | None = None, user_dir: Path | None = None) -> ThemeCatalog:
    """Load `shipped_dir/*.toml` (default: the bundled themes) and `user_dir/*.toml` (the
    user's `<config dir>/themes`; missing is fine), validating every file."""
    if shipped_dir is None:
        from reader.paths import themes_dir

        shipped_dir = themes_dir()
    shipped = _folder_themes(Path(shipped_dir), SHIPPED)
    user = _folder_themes(Path(user_dir) if user_dir else None)
    return ThemeCatalog(_merge(shipped, user))
