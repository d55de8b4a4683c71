"""`<config dir>/config.toml`: the user's settings, read forgivingly and written carefully.

Reading never fails: a missing file means defaults, a malformed one means defaults plus one
line naming where it broke, and a bad value means that setting's default plus a line naming
it. Writing changes one setting in place (tomlkit keeps the user's comments and layout),
atomically, and refuses outright while the file is malformed, so a broken file is never
rewritten.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Callable, Iterator

from reader.config.catalog import DEFAULT_THEME
from reader.config.hints import capped, did_you_mean, toml_value
from reader.corpus.model import GRANULARITIES
from reader.errors import UserError
from reader.files import (CONFIG_MAX_BYTES, SAVE_LOCK_WAIT_SECONDS, exists, file_lock, out_of_sight, read_regular,
                          write_atomic)
from reader.paths import not_a_folder
from reader.tomlread import parse_toml

CONFIG_FILE = "config.toml"


class ConfigError(UserError):
    """The configuration cannot be read or saved; the message is one line naming the file."""


@dataclass(frozen=True)
class Config:
    theme: str = DEFAULT_THEME
    keys: dict[str, str] = field(default_factory=dict)  # binding id -> keys, for App.set_keymap
    granularity: str = "paragraph"
    min_score: float | None = None
    follow: bool = True
    show_boilerplate: bool = True
    glossary: bool = True  # false: align without any glossary of equivalent terms
    resume: bool = True  # false: pairs open at their start, and where they were left is not saved


def _theme(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"expected a theme name, found {toml_value(value)}")
    return value


def _granularity(value: Any) -> str:
    if value not in GRANULARITIES:
        raise ValueError(f"expected {' or '.join(map(toml_value, GRANULARITIES))}, found {toml_value(value)}")
    return value


def _min_score(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ValueError(f"expected a number from 0 to 1, found {toml_value(value)}")
    return float(value)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, found {toml_value(value)}")
    return value


# One Textual key name: "j", "ctrl+n", "f1", "question_mark", "left_square_bracket", "shift+tab".
_KEY_NAME = re.compile(r"[A-Za-z0-9_+-]+")


def _keys(value: Any) -> str:
    """Comma-separated key names, or an array of key names (kept as the same comma-separated
    string); anything else (markup such as "[/]", spaces inside a name, punctuation) would
    reach the command palette and the footer, so it is refused."""
    names = value if isinstance(value, list) and value else [value]
    if (not all(isinstance(name, str) and name.strip() for name in names)
            or not all(_KEY_NAME.fullmatch(key.strip()) for name in names for key in name.split(","))
            or (isinstance(value, list) and any("," in name for name in names))):
        raise ValueError(f"expected keys such as \"ctrl+q\", \"j,down\" or [\"j\", \"down\"] (key names "
                         f"separated by commas), found {toml_value(value)}")
    return ",".join(names)


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "theme": _theme, "granularity": _granularity, "min_score": _min_score,
    "follow": _flag, "show_boilerplate": _flag, "glossary": _flag, "resume": _flag,
}
_DEFAULTS = Config()


def config_path(config_dir: str | os.PathLike[str] | None = None) -> Path:
    from reader.paths import config_dir as default_dir

    return default_dir(config_dir) / CONFIG_FILE


def _read(path: Path) -> tuple[str, dict[str, Any]] | None:
    """The file's text and table; None if it does not exist; ConfigError if unusable."""
    if hidden := out_of_sight(path):
        raise ConfigError(f"{path}: {hidden}")
    if not exists(path):
        return None
    try:
        raw = read_regular(path, CONFIG_MAX_BYTES, "configuration file")
    except UserError as exc:
        raise ConfigError(str(exc)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: byte {exc.start} is not UTF-8, as TOML requires") from None
    try:
        body = text.removeprefix("\ufeff")
        return text, parse_toml(body, path)
    except UserError as exc:
        raise ConfigError(str(exc)) from None


def _keys_table(value: Any, where: str, problems: list[str]) -> dict[str, str]:
    if not isinstance(value, dict):
        problems.append(f"{where}: setting 'keys': expected a [keys] table, found {toml_value(value)}; ignored")
        return {}
    keys: dict[str, str] = {}
    for binding, keys_value in _binding_entries(value):
        if binding in _CHECKS:  # no binding id is a setting's name
            problems.append(f"{where}: setting {binding!r} is written under [keys], so it is read as a "
                            f"key binding; settings go above the first [table]; ignored")
            continue
        if binding in keys:
            problems.append(f"{where}: setting 'keys.{binding}' is written twice (quoted and dotted); "
                            f"the first, {toml_value(keys[binding])}, is used")
            continue
        try:
            keys[binding] = _keys(keys_value)
        except ValueError as exc:
            problems.append(f"{where}: setting 'keys.{binding}': {exc}; ignored")
    return keys


def _binding_entries(table: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """(binding id, value) for each entry of [keys]. Unquoted, `cursor.down = "j"` is TOML for a
    table `cursor` holding `down`: the id is the dotted path all the same."""
    for name, value in table.items():
        if isinstance(value, dict):
            yield from _binding_entries(value, f"{prefix}{name}.")
        else:
            yield f"{prefix}{name}", value


def load_config(config_dir: str | os.PathLike[str] | None = None, *,
                aligner_min_score: float | None = None) -> tuple[Config, list[str]]:
    """The settings in `<config dir>/config.toml` and one line per problem found in it.

    `aligner_min_score` is the threshold the aligner uses when `min_score` is not set (its
    default lives in reader.align, which this package does not import): a bad `min_score` is
    reported as falling back to it."""
    path = config_path(config_dir)
    blocked = not_a_folder(path.parent)
    if blocked:  # said now, not at the first change that cannot be saved
        return _DEFAULTS, [f"{blocked}: settings cannot be read or saved; using the defaults"]
    try:
        read = _read(path)
    except ConfigError as exc:
        return _DEFAULTS, [f"{exc}; using the default settings (the file is left as it is)"]
    if read is None:
        return _DEFAULTS, []
    problems: list[str] = []
    values: dict[str, Any] = {}
    names = [f.name for f in fields(Config)]
    for name, value in read[1].items():
        if name == "keys":
            values["keys"] = _keys_table(value, str(path), problems)
        elif name not in _CHECKS:
            problems.append(f"{path}: unknown setting {name!r}{did_you_mean(name, names)}; ignored")
        else:
            try:
                values[name] = _CHECKS[name](value)
            except ValueError as exc:
                problems.append(f"{path}: setting {name!r}: {exc}; using {_fallback(name, aligner_min_score)}")
    return replace(_DEFAULTS, **values), capped(problems, str(path))


def _fallback(name: str, aligner_min_score: float | None) -> str:
    """What a setting with a bad value falls back to, as a person would write it."""
    if name == "min_score":  # unset by default: the aligner's own threshold
        return "the aligner's default" + (f", {toml_value(aligner_min_score)}" if aligner_min_score is not None else "")
    return toml_value(getattr(_DEFAULTS, name))


def _updated(text: str, key: str | tuple[str, str], value: Any) -> str:
    import tomlkit

    body = text.removeprefix("\ufeff")
    try:
        document = tomlkit.parse(body)
    except tomlkit.exceptions.ParseError as exc:
        raise ConfigError(f"cannot edit it safely ({exc})") from None
    if isinstance(key, tuple):
        table = document.get("keys")
        if not isinstance(table, dict):
            document["keys"] = table = tomlkit.table()
        container, name = _binding_home(table, key[1])
    else:
        container, name = document, key
    if value is None:
        container.pop(name, None)
    else:
        container[name] = value
    result = tomlkit.dumps(document)
    if "\r\n" in body:
        result = re.sub(r"(?<!\r)\n", "\r\n", result)
    return text[: len(text) - len(body)] + result


def _binding_home(table: Any, binding_id: str) -> tuple[Any, str]:
    """Where the entry for `binding_id` lives in [keys]: under its quoted id, or where the
    user wrote it as dotted keys (`cursor.down = "j"`), so a save changes that one entry."""
    if binding_id in table:
        return table, binding_id
    *parents, leaf = binding_id.split(".")
    container = table
    for part in parents:
        container = container.get(part) if isinstance(container, dict) else None
    if isinstance(container, dict) and leaf in container:
        return container, leaf
    return table, binding_id


def _check_setting(key: str | tuple[str, str], value: Any) -> Any:
    if isinstance(key, tuple):
        if len(key) != 2 or key[0] != "keys" or not isinstance(key[1], str) or not key[1]:
            raise ConfigError(f"cannot save {key!r}: a binding is saved as ('keys', binding_id)")
        if key[1] in _CHECKS:
            raise ConfigError(f"cannot save {key[1]!r} under [keys]: it is a setting, not a binding id")
        check: Callable[[Any], Any] = _keys
    elif key not in _CHECKS:
        raise ConfigError(f"cannot save unknown setting {key!r}")
    else:
        check = _CHECKS[key]
    if value is None:
        return None
    try:
        return check(value)
    except ValueError as exc:
        raise ConfigError(f"cannot save setting {key!r}: {exc}") from None


def save_setting(config_dir: str | os.PathLike[str] | None, key: str | tuple[str, str], value: Any) -> None:
    """Set one setting (`("keys", binding_id)` for a key binding; None removes it), keeping
    the rest of the file as the user wrote it. Raises ConfigError, and writes nothing, if the
    value is invalid or the existing file cannot be read or is malformed."""
    value = _check_setting(key, value)
    path = config_path(config_dir)
    blocked = not_a_folder(path.parent)
    if blocked:
        raise ConfigError(f"{blocked}: settings cannot be saved")
    _text_to_edit(path)  # a file that cannot be read or parsed is refused before anything is made
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Two readers saving at once (a theme in one, the threshold in the other) take turns:
        # each edits the file as the other left it, so neither setting is lost.
        with file_lock(path.with_name(path.name + ".lock"), wait=SAVE_LOCK_WAIT_SECONDS):
            text = _text_to_edit(path)  # as another process may have left it meanwhile
            try:
                updated = _updated(text, key, value)
            except ConfigError as exc:
                raise ConfigError(f"{path}: {exc}; not saving") from None
            write_atomic(path, updated)  # refuses a file made read-only to keep it
    except OSError as exc:
        raise ConfigError(f"{path}: cannot save ({exc.strerror or exc})") from None


def _text_to_edit(path: Path) -> str:
    """The text of the settings file to change ("" when there is none), or ConfigError when it
    cannot be read or does not parse: such a file is never rewritten."""
    try:
        read = _read(path)
    except ConfigError as exc:
        raise ConfigError(f"{exc}; not saving until it is fixed") from None
    return read[0] if read else ""
