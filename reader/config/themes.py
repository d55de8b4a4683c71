"""One theme file → a `ThemeSpec`: validated at load so a bad theme is reported, never selected.

A theme TOML holds the fields of Textual's `Theme` dataclass plus a `[variables]` table; Textual
accepts unknown variables and unparsable colours silently and crashes later, so every key and
colour is checked here, and each problem is named with its file and key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.config.colors import RGBA, ColorParseError, parse_color
from reader.config.hints import did_you_mean, toml_value
from reader.config.palette import (
    READER_VARIABLES,
    derive_reader_variables,
    resolve_background,
    resolve_foreground,
    resolve_variable,
)
from reader.errors import UserError
from reader.tomlread import load_toml

SHIPPED = "shipped"
COLOR_FIELDS = ("primary", "secondary", "accent", "foreground", "background", "surface", "panel",
                "warning", "error", "success", "boost")
NUMBER_FIELDS = ("luminosity_spread", "text_alpha")
METADATA_FIELDS = ("author", "description")
FLAG_FIELDS = ("dark", "ansi")  # ansi: colours are the terminal's own (Textual's textual-ansi)
KNOWN_KEYS = ("name", *FLAG_FIELDS, "variables", *COLOR_FIELDS, *NUMBER_FIELDS, *METADATA_FIELDS)
# Words Textual's `text-style` accepts (textual.css.constants.VALID_STYLE_FLAGS).
STYLE_WORDS = frozenset({"b", "blink", "bold", "dim", "i", "italic", "none", "not", "o", "overline",
                         "reverse", "strike", "u", "underline", "uu"})
_ALPHA = re.compile(r"(.*\S)\s+-?\d+\.?\d*%$")
# Names appear in the palette, whose matcher parses markup: no brackets, no control characters.
_NAME = re.compile(r"[^\W_][\w.+ -]{0,63}")
_PERCENT = re.compile(r"-?\d+\.?\d*%$")
# Textual's own variables number about a hundred and the reader's a dozen; thousands would
# only slow every restyle (300k delay the first screen by half a minute).
MAX_VARIABLES = 500


@dataclass(frozen=True)
class ThemeSpec:
    """A theme as read from its file; `valid` False means it must not be offered or selected."""

    name: str
    source: str  # "shipped", or the user file's path
    path: Path
    dark: bool = True
    ansi: bool = False
    valid: bool = True
    error: str | None = None
    colors: dict[str, str] = field(default_factory=dict)  # Textual colour fields, as written
    variables: dict[str, str] = field(default_factory=dict)  # written, plus derived cp-* ones
    numbers: dict[str, float] = field(default_factory=dict)  # luminosity_spread, text_alpha
    author: str | None = None
    description: str | None = None

    def theme_kwargs(self) -> dict[str, Any]:
        """Exactly the arguments of `textual.theme.Theme(**kwargs)` (metadata left out)."""
        if not self.valid:
            raise ValueError(f"theme {self.name!r} is invalid: {self.error}")
        return {"name": self.name, **self.colors, "dark": self.dark, "ansi": self.ansi, **self.numbers,
                "variables": dict(self.variables)}

    @property
    def background(self) -> RGBA:
        return resolve_background(self.colors, self.dark)

    @property
    def foreground(self) -> RGBA:
        return resolve_foreground(self.colors, self.dark)

    def variable(self, name: str) -> RGBA:
        """The opaque colour a `cp-*` variable paints (composited onto the background)."""
        return resolve_variable(self.variables[name], self.colors, self.dark)


def _color_problem(value: Any) -> str | None:
    try:
        parse_color(value)
    except ColorParseError as exc:
        return str(exc)
    return None


def _variable_problem(name: str, value: str) -> str | None:
    """Why this variable's value is unusable, or None. The reader's own cp-* variables must be
    plain colours (the reader composites them itself). Textual's variables must be what its CSS
    accepts, or selecting the theme crashes: style words for styles; otherwise a colour, `auto`
    or a bare opacity, optionally followed by an opacity such as `50%`."""
    if name in READER_VARIABLES:
        return _color_problem(value)
    if name.endswith("style"):
        words = value.split()
        if words and all(w in STYLE_WORDS for w in words):
            return None
        return f"expected text style words such as 'bold' or 'not underline', found {toml_value(value)}"
    matched = _ALPHA.match(value)
    color = matched[1] if matched else value
    if color == "auto" or _PERCENT.match(color):
        return None
    return _color_problem(color)


def _check_variables(table: Any, problems: list[str]) -> dict[str, str]:
    if not isinstance(table, dict):
        problems.append("key 'variables': expected a [variables] table")
        return {}
    if len(table) > MAX_VARIABLES:
        problems.append(f"[variables] has {len(table)} entries; at most {MAX_VARIABLES} are allowed")
        return {}
    variables = {}
    for name, value in table.items():
        if not isinstance(value, str):
            problems.append(f"[variables] {name!r}: expected a string, found {toml_value(value)}")
        elif name.startswith("cp-") and name not in READER_VARIABLES:
            problems.append(f"[variables] unknown reader variable {name!r}{did_you_mean(name, READER_VARIABLES)}")
        else:
            problem = _variable_problem(name, value)
            if problem:
                problems.append(f"[variables] {name!r}: {problem}")
            else:
                variables[name] = value
    return variables


def _check(data: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    """The fields of a spec from a parsed file, appending one line per problem found."""
    fields: dict[str, Any] = {"colors": {}, "numbers": {}, "variables": {}}
    for key, value in data.items():
        if key not in KNOWN_KEYS:
            problems.append(f"unknown key {key!r}{did_you_mean(key, KNOWN_KEYS)}")
        elif key in COLOR_FIELDS:
            problem = _color_problem(value)
            if problem:
                problems.append(f"key {key!r}: {problem}")
            else:
                fields["colors"][key] = value
        elif key in NUMBER_FIELDS:
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                problems.append(f"key {key!r}: expected a number from 0 to 1, found {toml_value(value)}")
            else:
                fields["numbers"][key] = float(value)
        elif key in FLAG_FIELDS:
            if not isinstance(value, bool):
                problems.append(f"key {key!r}: expected true or false, found {toml_value(value)}")
            else:
                fields[key] = value
        elif key == "variables":
            fields["variables"] = _check_variables(value, problems)
        elif key == "name" and not (isinstance(value, str) and _NAME.fullmatch(value)):
            problems.append(f"key 'name': expected letters, digits and - _ . + (at most 64), "
                            f"found {toml_value(value)}")
        elif not isinstance(value, str) or not value.isprintable():
            problems.append(f"key {key!r}: expected one line of printable text, found {toml_value(value)}")
        else:
            fields[key] = value
    if "primary" not in data:
        problems.append("key 'primary' is missing (Textual requires it)")
    return fields


def _ansi_variables(dark: bool) -> dict[str, str]:
    """Variables Textual's CSS uses that its colour system leaves out for an `ansi` theme (its
    own ansi-dark/ansi-light write them): without them, selecting the theme ends the app."""
    ink, paper = ("ansi_white", "ansi_black") if dark else ("ansi_black", "ansi_white")
    return {"ansi-background": paper, "ansi-foreground": ink, "foreground-disabled": "ansi_bright_black",
            "surface-active": "ansi_default"}


def load_theme_file(path: Path, source: str) -> ThemeSpec:
    """Read and validate one theme file; problems make an invalid spec, never an exception."""
    try:
        data = load_toml(path)
    except UserError as exc:
        return ThemeSpec(name=path.stem, source=source, path=path, valid=False, error=str(exc))
    problems: list[str] = []
    fields = _check(data, problems)
    fields.setdefault("name", path.stem)
    if "name" not in data and not _NAME.fullmatch(path.stem):
        # The file name stands in for the name; it is no more trusted than a written one.
        problems.append(f"the file name {path.stem!r} is not a theme name (letters, digits and "
                        f"- _ . +, at most 64); rename the file or set 'name'")
    if problems:
        return ThemeSpec(name=fields["name"], source=source, path=path, valid=False,
                         error=f"{path}: " + "; ".join(problems))
    derived = derive_reader_variables(fields["colors"], fields.get("dark", True))
    if fields.get("ansi"):
        derived.update(_ansi_variables(fields.get("dark", True)))
    fields["variables"] = {**derived, **fields["variables"]}
    return ThemeSpec(source=source, path=path, **fields)
