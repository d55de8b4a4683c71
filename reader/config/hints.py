"""The " (did you mean 'x'?)" hint that follows a misspelt name in a config or theme message,
how a value is quoted in one, and the cap on how many such messages one file may produce.

One place so every message words the suggestion, and picks the close match, the same way.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """` (did you mean 'x'?)` for the candidate closest to `word`, or "" when none is close."""
    close = difflib.get_close_matches(word, list(candidates), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


# Each problem is a toast in the reading room and a line on stderr: past this many, a generated
# or mangled file would bury the screen, so the rest are counted in one line.
MAX_PROBLEMS = 8


def capped(problems: list[str], where: str) -> list[str]:
    """`problems`, or the first few and one line counting the rest."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = len(problems) - MAX_PROBLEMS + 1
    return [*problems[: MAX_PROBLEMS - 1], f"{where}: and {rest} more problems like these; ignored"]


# Messages quote values as config.toml spells them, never as Python does (True, 'word', None);
# a long value is cut, so one bad setting stays one line.
QUOTED_MAX = 60


def toml_value(value: Any) -> str:
    """`value` written as in config.toml: true, "word", 0.5, [1, "a"], {a = 1}."""
    import tomlkit

    if isinstance(value, dict):
        text = "{" + ", ".join(f"{tomlkit.key(str(k)).as_string()} = {toml_value(v)}" for k, v in value.items()) + "}"
    elif isinstance(value, list):
        text = "[" + ", ".join(map(toml_value, value)) + "]"
    else:
        text = tomlkit.item(value).as_string()
    return shortened(text)


def shortened(text: str) -> str:
    """`text` cut to QUOTED_MAX characters, the last one an ellipsis when any were cut."""
    return text if len(text) <= QUOTED_MAX else text[: QUOTED_MAX - 1] + "…"
