"""Read a TOML file, turning every failure into one line that names the file and position.

Only a regular file is read, and at most a cap of it (a FIFO or a device named as a
configuration file would otherwise hang or fill memory); arrays or tables nested beyond what
the parser can recurse through are a malformed file like any other.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from reader.errors import UserError
from reader.files import CONFIG_MAX_BYTES, read_regular

# A run of digits longer than Python turns into an int (its default limit is 4300).
_DIGITS = re.compile(r"\d[\d_]{4000,}")

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on old Pythons
    import tomli as tomllib


def describe_error(exc: tomllib.TOMLDecodeError, text: str) -> str:
    """'invalid TOML at line L, column C: what' from tomllib's message (3.11 has no lineno).

    An error at the end of the document (a truncated file) names the last line and column.
    """
    message = str(exc)
    found = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if found:
        return f"invalid TOML at line {found[1]}, column {found[2]}: {message[:found.start()]}"
    lines = text.split("\n")
    message = message.replace(" (at end of document)", "")
    return f"invalid TOML at line {len(lines)}, column {len(lines[-1]) + 1} (the end): {message}"


def load_toml(path: Path, limit: int = CONFIG_MAX_BYTES) -> dict[str, Any]:
    return parse_toml(read_toml_text(path, limit), path)


def read_toml_text(path: Path, limit: int = CONFIG_MAX_BYTES) -> str:
    """The text of a TOML file (UTF-8, a BOM allowed; at most `limit` bytes), or UserError
    naming the file."""
    raw = read_regular(path, limit, "TOML file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: byte {exc.start} is not UTF-8, as TOML requires") from None
    return text


def parse_toml(text: str, path: Path) -> dict[str, Any]:
    """The table in `text` (read from `path`), or UserError naming the file, line and column."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"{path}: {describe_error(exc, text)}") from None
    except RecursionError:
        raise UserError(f"{path}: invalid TOML: arrays or tables nested too deeply") from None
    except ValueError:  # an integer of more digits than Python converts (sys.get_int_max_str_digits)
        raise UserError(f"{path}: {_long_number(text)}") from None


def _long_number(text: str) -> str:
    """'invalid TOML at line L, column C: ...' for the number too long to read."""
    what = "a number of more digits than can be read"
    if (found := _DIGITS.search(text)) is None:
        return f"invalid TOML: {what}"
    start = found.start()
    line, column = text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start)
    return f"invalid TOML at line {line}, column {column}: {what}"
