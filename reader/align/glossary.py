"""Equivalence groups of terms: "Artsakh" = "Nagorno-Karabakh" = "separatist enclave".

Opposing authors name the same things differently, and no string measure can know that
"the Zionist regime" is Israel. A glossary says so, as data: TOML files of groups,

    [[group]]
    name = "Nagorno-Karabakh"
    terms = ["Nagorno-Karabakh", "Artsakh", "Karabagh", "separatist enclave"]

A folder's corpus.toml may name a glossary (`glossary = "glossary.toml"`), which applies when
both articles come from that folder: the bundled seeds name theirs so, and on other text its
equivalences are false ("Washington" is not always the United States). Users add files in
<config dir>/glossaries/ (applied to every pair) or pass --glossary PATH; --no-glossary, or
`glossary = false` in config.toml, turns them all off.

A group may label whose usage a term is, so the reader can say so when two passages name
one thing differently:

    framing = { "Artsakh" = "Armenian usage", "separatist enclave" = "Azerbaijani usage" }

Terms are matched after the same folding as article text (case, accents, inflection), so
"Azeris" matches a term "Azeri". Groups from
several files that share a term are merged into one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, KeysView, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reader.align.text import phrase_keys
from reader.errors import UserError
from reader.files import DATA_TOML_MAX_BYTES
from reader.paths import not_a_folder, toml_files
from reader.tomlread import parse_toml, read_toml_text

MAX_TERM_WORDS = 8
# The largest real groups (a country's names and epithets across languages) hold dozens of
# terms; a group of thousands is a generated or broken file, refused with a clear line.
MAX_GROUP_TERMS = 1000
# What could not be read, in one state: (its path, `state_stamp`, the problem in one line)
Skipped = tuple[str, object, str]


@dataclass(frozen=True)
class Glossary:
    """Groups of equivalent terms; immutable, so one instance can serve many threads."""

    groups: tuple[tuple[str, tuple[str, ...]], ...] = ()
    framing: tuple[tuple[str, str], ...] = ()  # (term, whose usage it is), for any group's terms
    # first key -> [(phrase keys, group id)], longest phrase first
    _index: dict[str, list[tuple[tuple[str, ...], int]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    _labels: dict[tuple[str, ...], str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for gid, (_name, terms) in enumerate(self.groups):
            for term in terms:
                keys = phrase_keys(term)
                if keys:
                    index.setdefault(keys[0], []).append((keys, gid))
        for entries in index.values():
            entries.sort(key=lambda e: (-len(e[0]), e[0]))
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_labels", {phrase_keys(term): label for term, label in self.framing})

    def __len__(self) -> int:
        return len(self.groups)

    @property
    def first_keys(self) -> KeysView[str]:
        """The keys terms begin with: testing a token against it is cheaper than `match`."""
        return self._index.keys()

    def label(self, keys: Sequence[str]) -> str | None:
        """The framing label of the term whose phrase keys are `keys`, if it has one."""
        return self._labels.get(tuple(keys))

    def match(self, keys: Sequence[str], i: int) -> tuple[int, int] | None:
        """(group id, length in tokens) of the longest term starting at keys[i], if any."""
        for phrase, gid in self._index.get(keys[i], ()):
            n = len(phrase)
            if tuple(keys[i : i + n]) == phrase:
                return gid, n
        return None


def merge(glossaries: Iterable[Glossary]) -> Glossary:
    """One glossary from many; groups that share a (folded) term become one group."""
    groups: list[tuple[str, list[str]]] = []
    framing: dict[str, str] = {}
    owner: dict[tuple[str, ...], int] = {}
    parent: list[int] = []

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for glossary in glossaries:
        framing.update(glossary.framing)  # a later file relabels a term
        for name, terms in glossary.groups:
            gid = len(groups)
            groups.append((name, list(terms)))
            parent.append(gid)
            for term in terms:
                keys = phrase_keys(term)
                if keys in owner:
                    root_a, root_b = find(owner[keys]), find(gid)
                    if root_a != root_b:
                        parent[max(root_a, root_b)] = min(root_a, root_b)
                else:
                    owner[keys] = gid
    out: dict[int, tuple[str, dict[str, None]]] = {}  # a dict keeps the terms' order, unique
    for gid, (name, terms) in enumerate(groups):
        root = find(gid)
        if root not in out:
            out[root] = (name, {})
        out[root][1].update(dict.fromkeys(terms))
    return Glossary(tuple((name, tuple(terms)) for name, terms in out.values()), tuple(framing.items()))


def _group_lines(raw: str) -> list[int]:
    """Line number of each [[group]] header, so errors can point at the right place."""
    return [n for n, line in enumerate(raw.splitlines(), 1) if re.match(r"\s*\[\[\s*group\s*\]\]", line)]


def load_glossary(path: Path) -> Glossary:
    """Read one glossary file; any mistake is a UserError naming the file and line."""
    path = Path(path)
    raw = read_toml_text(path, DATA_TOML_MAX_BYTES)
    data = parse_toml(raw, path)  # syntax errors already carry "(at line N, column M)"
    lines = _group_lines(raw)
    unknown = sorted(set(data) - {"group"})
    if unknown:
        raise UserError(f"{path}: unknown table or key {unknown[0]!r} (a glossary holds [[group]] tables)")
    groups = data.get("group", [])
    labels: list[tuple[str, str]] = []
    if not isinstance(groups, list):
        raise UserError(f"{path}: 'group' must be an array of tables, written [[group]]")
    out = []
    for n, group in enumerate(groups):
        where = f"{path}:{lines[n]}" if n < len(lines) else f"{path}: group {n + 1}"
        if not isinstance(group, dict):
            raise UserError(f"{where}: a group must be a table")
        extra = sorted(set(group) - {"name", "terms", "note", "framing"})
        if extra:
            raise UserError(f"{where}: unknown key {extra[0]!r} in group (expected name, terms, note, framing)")
        terms = group.get("terms")
        if not isinstance(terms, list) or len(terms) < 2:
            raise UserError(f"{where}: a group needs 'terms', a list of at least two equivalent terms")
        if len(terms) > MAX_GROUP_TERMS:
            raise UserError(f"{where}: a group of {len(terms)} terms; at most {MAX_GROUP_TERMS} are allowed "
                            f"(split it into groups of what truly means the same)")
        clean = []
        for term in terms:
            keys = phrase_keys(term) if isinstance(term, str) else ()
            if not keys:
                raise UserError(f"{where}: every term must be a non-empty string of words, not {term!r}")
            if len(keys) > MAX_TERM_WORDS:
                raise UserError(f"{where}: term {term!r} is longer than {MAX_TERM_WORDS} words")
            clean.append(term)
        name = group.get("name", clean[0])
        if not isinstance(name, str):
            raise UserError(f"{where}: 'name' must be a string")
        out.append((name, tuple(clean)))
        labels.extend(_framing(group.get("framing", {}), clean, where))
    return Glossary(tuple(out), tuple(labels))


def _framing(table: object, terms: list[str], where: str) -> list[tuple[str, str]]:
    """A group's `framing` labels: each names one of the group's own terms."""
    if not isinstance(table, dict):
        raise UserError(f"{where}: 'framing' must be a table of term = label, e.g. framing = {{ \"Artsakh\" = \"Armenian usage\" }}")
    known = {phrase_keys(t) for t in terms}
    out = []
    for term, label in table.items():
        if phrase_keys(term) not in known:
            raise UserError(f"{where}: framing names {term!r}, which is not one of the group's terms")
        if not isinstance(label, str) or not label.strip():
            raise UserError(f"{where}: the framing label of {term!r} must be a non-empty string")
        out.append((term, label.strip()))
    return out


@lru_cache(maxsize=1)
def bundled_glossary() -> Glossary:
    """The glossary shipped with the seeds; empty if it is missing."""
    from reader.paths import seeds_dir

    path = seeds_dir() / "glossary.toml"
    return load_glossary(path) if path.is_file() else Glossary()


def file_stamp(path: Path) -> tuple[int, int, int, int]:
    """What tells one state of a file from another without reading it: its size, its
    modification and change times (the change time moves on every write, even one that sets the
    modification time back) and its inode (an editor that saves by renaming makes a new one).
    OSError when it is not there."""
    info = path.stat()
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino


def state_stamp(path: Path) -> object:
    """`file_stamp` of `path`; when that cannot be taken (the file gone, or a folder above it
    that cannot be searched, e.g. chmod 000), the nearest folder above whose stamp can, with
    that stamp: a chmod, or a file made or removed there, moves it, so a file or folder mended
    and broken again is in another state, not the one it was first broken in. None when no
    stamp can be taken."""
    for place in (path, *path.parents):
        try:
            stamp = file_stamp(place)
        except OSError:
            continue
        return stamp if place == path else (str(place), stamp)
    return None


@lru_cache(maxsize=32)
def _parsed(path: Path, stamp: tuple[int, int, int, int]) -> Glossary:
    return load_glossary(path)


def _file_glossary(path: Path) -> Glossary:
    """`load_glossary`, parsed again only when the file changed: the reader asks for a pair's
    glossary at every alignment, and a user's glossaries rarely change between two."""
    return _parsed(path, file_stamp(path))


@lru_cache(maxsize=32)
def _named_in(manifest: Path, stamp: tuple[int, int, int, int]) -> Path | None:
    from reader.corpus.manifest import folder_glossary

    return folder_glossary(manifest.parent)


@lru_cache(maxsize=32)
def _merged(parts: tuple[Glossary, ...]) -> Glossary:
    return merge(parts)


def _folder_glossary_file(articles: Sequence, problems: list[Skipped]) -> Path | None:
    """The glossary file named by the corpus.toml of the one folder all `articles` come from
    (that corpus.toml read again only when it changed)."""
    from reader.corpus.manifest import MANIFEST_NAME, folder_glossary

    try:
        folders = {Path(a.path).resolve().parent for a in articles}
    except OSError:
        return None
    if len(folders) != 1:
        return None
    folder = folders.pop()
    try:
        try:
            stamp = file_stamp(folder / MANIFEST_NAME)
        except OSError:  # none there, or one that cannot be read: as the manifest's reader says
            return folder_glossary(folder)
        return _named_in(folder / MANIFEST_NAME, stamp)
    except (OSError, UserError) as exc:
        problems.append(_skipped_at(folder / MANIFEST_NAME, _skipped(exc, folder)))
    return None


def _skipped(exc: OSError | UserError, path: Path) -> str:
    """The one line that says why a glossary read from `path` is skipped."""
    if isinstance(exc, OSError):  # a file gone or unreadable: name it
        return f"glossary skipped: {exc.filename or path}: {exc.strerror or exc}"
    return f"glossary skipped: {exc}"


def _skipped_at(path: Path, problem: str) -> Skipped:
    """A skipped entry (see GlossaryReading) for a problem of `path` in the state it is in now:
    a file standing where the glossaries folder should be, a folder that cannot be listed, a
    corpus.toml that cannot be read. Mended and broken again, it is another state, told again."""
    return str(path), state_stamp(path), problem


def _user_glossary_files(config_dir: Path | None, problems: list[Skipped]) -> list[Path]:
    """The user's glossary files, <config_dir>/glossaries/*.toml."""
    # a file in place of the config folder itself is said once, by the settings that read it
    if config_dir is None or not_a_folder(Path(config_dir)):
        return []
    folder = Path(config_dir) / "glossaries"
    try:
        return toml_files(folder)
    except UserError as exc:
        problems.append(_skipped_at(folder, f"glossaries skipped: {exc}"))
        return []


def _glossary_files(config_dir: Path | None, articles: Sequence, problems: list[Skipped]) -> list[Path]:
    """The files a pair's glossary is read from: its folder's own, then the user's."""
    named = _folder_glossary_file(articles, problems)
    return ([named] if named is not None else []) + _user_glossary_files(config_dir, problems)


def glossary_stamps(config_dir: Path | None, articles: Sequence) -> tuple[tuple[str, object], ...]:
    """(path, `state_stamp`) of each file the glossary for aligning
    `articles` is read from (see `default_glossary`), as they are now: what an alignment made
    with that glossary is filed under, so that one made before a file was edited is not taken
    for one made after. Reads only a folder's corpus.toml, when it changed, and the files'
    metadata. A folder that cannot be listed (or a corpus.toml that cannot be read) is there too,
    in the state it is in: broken again after it was mended, the glossary is read again, and so
    the problem told again."""
    problems: list[Skipped] = []
    stamps: list[tuple[str, object]] = []
    for path in _glossary_files(config_dir, articles, problems):
        stamps.append((str(path), state_stamp(path)))
    return tuple(stamps) + tuple((where, stamp) for where, stamp, _ in problems)


@dataclass(frozen=True)
class GlossaryReading:
    """A pair's glossary with what went into it: the files read (`used`) and those skipped,
    each as (path, `state_stamp`, the problem in one line; the path of the user's
    glossaries folder that could not be listed, or of the pair's folder's corpus.toml that could
    not be read, for a problem of no one glossary file), so a reader open for hours can tell a
    file broken since it started, once for each state of that file."""

    glossary: Glossary
    used: tuple[Path, ...] = ()
    skipped: tuple[Skipped, ...] = ()


def _read_files(files: Sequence[Path], parts: list[Glossary], used: list[Path], skipped: list[Skipped]) -> None:
    """Parse each of `files` into `parts` (and `used`); one that cannot be read goes to `skipped`."""
    for path in files:
        try:
            parts.append(_file_glossary(path))
            used.append(path)
            continue
        except (OSError, UserError) as exc:
            skipped.append(_skipped_at(path, _skipped(exc, path)))


def read_pair_glossary(config_dir: Path | None, articles: Sequence, *, enabled: bool = True) -> GlossaryReading:
    """`default_glossary` for `articles`, with the files it was read from and those skipped."""
    if not enabled:
        return GlossaryReading(Glossary())
    parts, used, skipped = _read_parts(config_dir, articles)
    return GlossaryReading(_merged(tuple(parts)), tuple(used), tuple(skipped))


def _read_parts(config_dir: Path | None, articles: Sequence | None) -> tuple[
        list[Glossary], list[Path], list[Skipped]]:
    """The glossaries read for `articles` (the seeds' own with none named, then the user's),
    the files read and those skipped (as GlossaryReading says)."""
    skipped: list[Skipped] = []
    if articles is None:
        parts, files = [bundled_glossary()], _user_glossary_files(config_dir, skipped)
    else:
        parts, files = [], _glossary_files(config_dir, articles, skipped)
    used: list[Path] = []
    _read_files(files, parts, used, skipped)
    return parts, used, skipped


def default_glossary(config_dir: Path | None = None, extra: Sequence[Path] = (), *,
                     articles: Sequence | None = None, enabled: bool = True) -> tuple[Glossary, list[str]]:
    """The glossary for aligning `articles`: the one their folder's corpus.toml names when
    they all come from one folder (with no articles named: the seeds' own), +
    <config_dir>/glossaries/*.toml + `extra` paths, merged; empty when `enabled` is false.

    A broken file in the config folder is skipped and reported as one line, so the reader
    still opens; a broken `extra` file was named by the user on purpose, so its UserError
    propagates.
    """
    if not enabled:
        return Glossary(), []
    parts, _, skipped = _read_parts(config_dir, articles)
    parts.extend(load_glossary(Path(p)) for p in extra)
    return _merged(tuple(parts)), [problem for _, _, problem in skipped]
