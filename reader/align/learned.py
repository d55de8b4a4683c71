"""Teach the aligner a term: write "X = Y" to the user's `<config dir>/glossaries/learned.toml`.

The learned glossary is an ordinary glossary file (see `reader.align.glossary`), loaded with the
user's others, so the reader can read and edit what they taught. Adding a pair edits it in
place with tomlkit (comments and layout kept) and replaces it atomically; a file that does not
parse, or is not a valid glossary, is never rewritten. Two processes teaching at once take
turns (an advisory lock), so neither pair is lost.

A pair is refused, with one line saying why, when the two terms fold to the same words, when
either is not a usable term, or when they already belong to two different groups of the
glossaries in use (teaching them equal would merge, say, "Armenia" with "Azerbaijan"; the
caller may insist with merge=True).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reader.align.glossary import MAX_TERM_WORDS, Glossary, default_glossary, load_glossary
from reader.align.glossary import merge as merge_glossaries
from reader.align.text import phrase_keys
from reader.corpus.sanitize import one_line
from reader.errors import UserError
from reader.files import exists, file_lock, is_regular

LEARNED_FILE = "learned.toml"
HEADER = """\
# Terms you taught Counterpoint: each [[group]] lists names the two sides use for one thing.
# Edit freely (see the bundled glossary for the format); Counterpoint keeps your comments and
# layout when it adds a pair.
"""


@dataclass(frozen=True, slots=True)
class Taught:
    """The outcome of `teach`: the file, the group now holding both terms, and what was added
    (nothing when the glossaries already had them as one)."""

    path: Path
    group: str
    added: tuple[str, ...]

    def describe(self) -> str:
        if not self.added:
            return f"already equivalent (glossary group {self.group!r}); nothing to teach"
        return f"taught {' = '.join(map(repr, self.added))}: now in glossary group {self.group!r} ({self.path})"


def learned_path(config_dir: str | Path | None = None) -> Path:
    from reader.paths import config_dir as default_config_dir

    return default_config_dir(config_dir) / "glossaries" / LEARNED_FILE


def clean_term(term: str) -> str:
    """A term as it will be stored: display-safe, whitespace collapsed; UserError if unusable."""
    text = one_line(term)
    keys = phrase_keys(text)
    if not keys:
        raise UserError(f"{term!r} is not a term: it has no words")
    if len(keys) > MAX_TERM_WORDS:
        raise UserError(f"{text!r} is longer than {MAX_TERM_WORDS} words; teach a shorter name")
    return text


def _groups_of(glossary: Glossary, keys: tuple[str, ...]) -> list[str]:
    return [name for name, terms in glossary.groups if any(phrase_keys(t) == keys for t in terms)]


def _updated(text: str, path: Path, first: str, second: str) -> tuple[str, str, tuple[str, ...]]:
    """The file's new text, the group's name and the terms added to it."""
    import tomlkit

    body = text.removeprefix("\ufeff")
    try:
        document = tomlkit.parse(body)
    except tomlkit.exceptions.ParseError as exc:  # load_glossary accepted it, so rarely reached
        raise UserError(f"{path}: cannot edit it safely ({exc}); not changing it") from None
    groups = document.get("group")
    if groups is None:
        groups = tomlkit.aot()
        document.append("group", groups)
    wanted = {phrase_keys(first): first, phrase_keys(second): second}
    for group in groups:
        have = {phrase_keys(t) for t in group["terms"]}
        if have & wanted.keys():
            added = tuple(term for keys, term in wanted.items() if keys not in have)
            for term in added:
                group["terms"].append(term)
            result, name = tomlkit.dumps(document), str(group.get("name", group["terms"][0]))
            break
    else:
        table = tomlkit.table()
        table["name"] = first
        table["terms"] = [first, second]
        groups.append(table)
        added, name = (first, second), first
        result = tomlkit.dumps(document)
    if not body.strip():
        result = HEADER + "\n" + result.lstrip("\n")
    if "\r\n" in body:
        result = re.sub(r"(?<!\r)\n", "\r\n", result)
    return text[: len(text) - len(body)] + result, name, added


def teach(config_dir: str | Path | None, term: str, other: str, *, merge: bool = False,
          in_use: Glossary | None = None) -> Taught:
    """Declare `term` and `other` equivalent in the learned glossary; see the module docstring.

    `in_use` is the glossary the reader aligns with, checked (with the learned file) for terms
    already equivalent or in two different groups; by default the user's own glossaries (every
    file in the config folder), the ones that apply to any article. The reading room passes the
    pair's glossary (a folder's corpus.toml may add one); with glossaries off, an empty one.
    """
    first, second = clean_term(term), clean_term(other)
    if phrase_keys(first) == phrase_keys(second):
        raise UserError(f"{first!r} and {second!r} are the same term once case and inflection are folded")
    path = learned_path(config_dir)
    if exists(path) and not is_regular(path):  # a FIFO or device would block the read
        raise UserError(f"{path}: not a regular file; nothing was taught")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with file_lock(path.with_name(path.name + ".lock")):
            return _teach_locked(path, first, second, merge, in_use)
    except OSError as exc:
        raise UserError(f"{path}: cannot save ({exc.strerror or exc}); nothing was taught") from None


def _teach_locked(path: Path, first: str, second: str, merge: bool, in_use: Glossary | None) -> Taught:
    """`teach`, once this process holds the file: read, check, edit, replace."""
    from reader.files import write_atomic

    text, learned = "", Glossary()
    if path.exists():
        learned = load_glossary(path)  # UserError naming file and line: never rewrite what we cannot read
        text = path.read_bytes().decode("utf-8")  # valid UTF-8 (just read), BOM and all
    glossary = (default_glossary(path.parent.parent, articles=())[0] if in_use is None
                else merge_glossaries([in_use, learned]))
    in_first, in_second = _groups_of(glossary, phrase_keys(first)), _groups_of(glossary, phrase_keys(second))
    shared = [g for g in in_first if g in in_second]
    if shared:
        return Taught(path, shared[0], ())
    if in_first and in_second and not merge:
        raise UserError(f"{first!r} is in glossary group {in_first[0]!r} and {second!r} in "
                        f"{in_second[0]!r}; teaching them as one would merge the two groups")
    updated, name, added = _updated(text, path, first, second)
    write_atomic(path, updated)
    return Taught(path, name, added)
