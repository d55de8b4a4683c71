"""Where Counterpoint's files live: bundled data in the package, user data per platformdirs.

Precedence for the user directories: an explicit argument (the `--config-dir` / `--data-dir`
flags), then `COUNTERPOINT_CONFIG_DIR` / `COUNTERPOINT_DATA_DIR`, then the platform default.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader.errors import UserError
from reader.files import too_long

APP_NAME = "counterpoint"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    """A folder shipped with the reader: inside the wheel, or at the top of a source checkout."""
    installed = _PACKAGE_DIR / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


def user_path(raw: str | os.PathLike[str]) -> Path:
    """A path as a person typed it, `~` and `~name` expanded as the shell does; left as
    written where there is no such user or home (as the shell leaves it), so it ends as "no
    such file" where Path.expanduser would end the program with a RuntimeError. UserError
    for a path no file system holds (reader.files.too_long)."""
    path = Path(os.path.expanduser(raw))
    if problem := too_long(str(path)):
        raise UserError(f"{raw}: {problem}")
    return path


def seeds_dir() -> Path:
    return _bundled("seeds")


def themes_dir() -> Path:
    return _bundled("themes")


def config_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The configuration folder; a relative one given is taken from where the reader was
    started, and said as the absolute path it is (in messages and `locate`)."""
    if override:
        return user_path(override).absolute()
    env = os.environ.get("COUNTERPOINT_CONFIG_DIR")
    if env:
        return user_path(env).absolute()
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder (bookmarks, decisions, reading places, saved pages); relative as
    `config_dir`'s."""
    if override:
        return user_path(override).absolute()
    env = os.environ.get("COUNTERPOINT_DATA_DIR")
    if env:
        return user_path(env).absolute()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def corpus_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where `counterpoint add` puts articles when not told otherwise (`override` is a data
    directory, as for `data_dir`)."""
    return data_dir(override) / "corpus"


def not_a_folder(directory: Path) -> str | None:
    """What is wrong when a file stands where `directory` (or a folder above it) should be,
    in one line naming that file; None when the folder is there or can be made."""
    for place in (directory, *directory.parents):
        try:
            if place.is_dir():
                return None
            if not os.path.lexists(place):
                continue
        except (OSError, ValueError):
            return None  # unreadable or unusable: opening it says why
        if place == directory:
            return f"{directory} is a file, not a folder"
        return f"{place} is a file, not a folder (so {directory} cannot be made inside it)"
    return None


def toml_files(folder: Path) -> list[Path]:
    """The *.toml files of one of the user's folders (glossaries), sorted; none when the folder
    is not there. A file standing in its place, or a folder that cannot be read, is a UserError
    naming it: glob finds nothing there, and the user's files would be left out without a word."""
    if blocked := not_a_folder(folder):
        raise UserError(f"{blocked}; nothing can be kept there")
    try:
        return sorted(p for p in folder.iterdir() if p.name.endswith(".toml") and not p.name.startswith("."))
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise UserError(f"{folder}: cannot read the folder ({exc.strerror or exc})") from None
