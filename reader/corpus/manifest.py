"""`corpus.toml`: metadata for the articles of a folder, kept beside the untouched texts.

    glossary = "glossary.toml"  # optional: equivalent terms for articles of this folder

    [[article]]
    file = "000_example.txt"   # required, relative to the manifest and inside its folder
    id = "example"             # optional; defaults to the file's stem
    title = "..."              # optional; defaults to the first heading or line
    author = "..."             # author, outlet, date, side: optional strings
    url = "https://..."        # where the text came from, and when (`counterpoint add` writes
    retrieved = "2026-01-31"   #   both); optional strings
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from reader.errors import UserError
from reader.files import DATA_TOML_MAX_BYTES, exists, resolved
from reader.tomlread import load_toml

MANIFEST_NAME = "corpus.toml"
_FIELDS = ("id", "title", "author", "outlet", "date", "side", "url", "retrieved")


@dataclass(frozen=True)
class Entry:
    file: Path
    id: str = ""
    title: str = ""
    author: str = ""
    outlet: str = ""
    date: str = ""
    side: str = ""
    url: str = ""
    retrieved: str = ""


def _inside(manifest: Path, name: str, what: str) -> Path:
    """`name` (a manifest's `file` or `glossary`) as a path in the manifest's folder, or
    UserError: a folder someone hands over describes its own files, so an absolute path or one
    that climbs out with `..` (`/home/me/.ssh/id_rsa`, `../../.bash_history`) is refused
    rather than read into the reader, its exports and its citations. Symbolic links in the
    folder are followed, as any program reading the folder follows them."""
    if "\0" in name:
        raise UserError(f"{what} contains a NUL character, which no file name can")
    plain = posixpath.normpath(name.replace("\\", "/"))  # a Windows separator counts as one
    if plain.startswith("/") or PureWindowsPath(name).drive or plain == ".." or plain.startswith("../"):
        raise UserError(f"{what} {name!r} is outside the folder of {manifest.name}; "
                        "only files in that folder or below it can be listed")
    return manifest.parent / name


def _toml(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _hint(key: str, value: object) -> str:
    """What to write instead of an unknown top-level `key`: the ways people naturally reach
    for (a `[sides]` table, `[[articles]]`, an article's field at the top) get the manifest's
    own way of saying it, with their first file when they gave one."""
    if key in ("side", "sides") and isinstance(value, dict) and value:
        side, files = next(iter(value.items()))
        # the user's own names, written as TOML strings (a JSON string is one)
        if isinstance(files, list) and files and isinstance(files[0], str):
            example = f"file = {_toml(files[0])}, side = {_toml(side)}"
        elif isinstance(files, str):
            example = f"file = {_toml(side)}, side = {_toml(files)}"
        else:
            example = 'file = "...", side = "..."'
        return f"sides are given per article, in its [[article]] entry: {example}"
    if key in ("side", "sides"):
        return 'sides are given per article, in its [[article]] entry: side = "..."'
    if key in ("articles", "file", "files"):
        return "each article is an [[article]] entry with its file"
    if key in _FIELDS:
        return f"{key!r} belongs in an [[article]] entry, beside that article's file"
    return "expected [[article]] entries and an optional glossary"


def read_manifest(path: Path) -> list[Entry]:
    """Entries of a manifest, or UserError naming the file, line or key that is wrong."""
    data = load_toml(path, DATA_TOML_MAX_BYTES)
    articles = data.get("article", [])
    unknown = set(data) - {"article", "glossary"}
    if unknown:
        key = sorted(unknown)[0]
        raise UserError(f"{path}: unknown table or key {key!r} ({_hint(key, data[key])})")
    if not isinstance(data.get("glossary", ""), str):
        raise UserError(f"{path}: 'glossary' must be a file name, a string")
    if not isinstance(articles, list):
        raise UserError(f"{path}: 'article' must be an array of tables ([[article]])")
    entries = []
    listed: dict[Path, int] = {}  # each file once: listed twice, it would be two articles
    for number, item in enumerate(articles, start=1):
        where = f"{path}: article {number}"
        if not isinstance(item, dict):
            raise UserError(f"{where}: must be a table")
        if not isinstance(item.get("file"), str) or not item["file"]:
            raise UserError(f"{where}: needs a 'file' string")
        for key, value in item.items():
            if key != "file" and key not in _FIELDS:
                raise UserError(f"{where}: unknown key {key!r}")
            if not isinstance(value, str):
                raise UserError(f"{where}: {key!r} must be a string")
        fields = {key: item.get(key, "") for key in _FIELDS}
        file = _inside(path, item["file"], f"{where}: 'file'")
        if (first := listed.setdefault(resolved(file), number)) != number:
            raise UserError(f"{where}: {item['file']!r} is listed already, as article {first}")
        entries.append(Entry(file=file, **fields))
    return entries


class ManifestCache:
    """The `corpus.toml` files already parsed, each with its entries indexed by resolved file.

    Articles named one at a time from a folder of hundreds (a command line, or bookmarks being
    placed) then parse its manifest once and find their entry without scanning it; a broken
    manifest is parsed once too and its error given to every file beside it.
    """

    def __init__(self) -> None:
        self._read: dict[Path, dict[Path, tuple[int, Entry]] | UserError] = {}

    def entry_for(self, path: Path) -> Entry:
        """`path`'s metadata from the manifest beside it (a bare Entry when none lists it);
        UserError when that manifest is broken."""
        return self._listed(path)[1]

    def position(self, path: Path) -> int | None:
        """Where the manifest beside `path` lists it (0 for its first article), None when it
        is not listed; UserError when that manifest is broken."""
        return self._listed(path)[0]

    def _listed(self, path: Path) -> tuple[int | None, Entry]:
        manifest = path.parent / MANIFEST_NAME
        if not exists(manifest):
            return None, Entry(file=path)
        if manifest not in self._read:
            try:
                entries = read_manifest(manifest)
            except UserError as exc:
                self._read[manifest] = exc
            else:
                index: dict[Path, tuple[int, Entry]] = {}
                for n, entry in enumerate(entries):
                    index.setdefault(resolved(entry.file), (n, entry))  # the first entry wins, as listed
                self._read[manifest] = index
        found = self._read[manifest]
        if isinstance(found, UserError):
            raise found.with_traceback(None)
        return found.get(resolved(path), (None, Entry(file=path)))


def folder_glossary(folder: Path) -> Path | None:
    """The glossary file a folder's corpus.toml names (`glossary = "..."`, relative to it), if
    any; UserError when that manifest is broken."""
    manifest = folder / MANIFEST_NAME
    if not exists(manifest):
        return None
    name = load_toml(manifest, DATA_TOML_MAX_BYTES).get("glossary")
    if not isinstance(name, str) or not name:
        return None
    return _inside(manifest, name, f"{manifest}: 'glossary'")
