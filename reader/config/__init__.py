"""Configuration and themes, loaded and validated without Textual (the TUI only consumes them).

Themes::

    catalog = load_themes(shipped_dir=None, user_dir=user_themes_dir(config_dir))  # ThemeCatalog
    catalog.themes       # list[ThemeSpec]: every file, usable or not, in offer order
    catalog.available()  # the usable ones, in the order `t` cycles through them
    catalog.problems     # list[str]: one line per skipped file, naming the file and the key
    catalog.get(name)    # ThemeSpec | None
    spec, notice = catalog.select(config.theme)   # unknown/invalid → DEFAULT_THEME + a notice
    catalog.cycle(current_name, step=1)           # next theme for `t`
    spec.theme_kwargs()  # exactly `textual.theme.Theme(**kwargs)`, metadata removed
    spec.name, spec.source ("shipped" | user file path), spec.dark, spec.valid, spec.error,
    spec.colors (Textual colour fields as written), spec.variables (with every cp-* filled in),
    spec.foreground / spec.background / spec.variable("cp-cursor")  → RGBA (opaque; .hex)

User themes in `<config dir>/themes/*.toml` replace shipped themes of the same name.
`spec.variables` always holds all of READER_VARIABLES (derived readably from the theme's
colours when the file leaves some out); `derive_reader_variables(colors, dark)` does the same
for a built-in Textual theme's colours.

Configuration (`<config dir>/config.toml`)::

    config, problems = load_config(config_dir)   # Config, list[str]; defaults when missing
    config.theme, config.keys (binding id → keys), config.granularity ("paragraph"|"sentence"),
    config.min_score (float in [0, 1] | None), config.follow, config.show_boilerplate
    save_setting(config_dir, "theme", "counterpoint-light")   # atomic, keeps comments
    save_setting(config_dir, ("keys", "quit"), "ctrl+q")      # one binding
    save_setting(config_dir, "min_score", None)               # None removes the setting

A malformed config.toml yields defaults and one problem naming line and column; saving then
raises ConfigError and leaves the file untouched.
"""

from reader.config.catalog import DEFAULT_THEME, ThemeCatalog, load_themes, user_themes_dir
from reader.config.colors import RGBA, ColorParseError, contrast_ratio, parse_color
from reader.config.palette import READER_VARIABLES, derive_reader_variables
from reader.config.settings import Config, ConfigError, config_path, load_config, save_setting
from reader.config.themes import ThemeSpec, load_theme_file

__all__ = [
    "DEFAULT_THEME", "ThemeCatalog", "load_themes", "user_themes_dir",
    "RGBA", "ColorParseError", "contrast_ratio", "parse_color",
    "READER_VARIABLES", "derive_reader_variables",
    "Config", "ConfigError", "config_path", "load_config", "save_setting",
    "ThemeSpec", "load_theme_file",
]
