"""Article ids wherever a path is accepted: `000_717389ecb0dc4e94`, `000_7`, `notes/oped`.

`counterpoint list` prints ids; a person then types one (or, as with git commits, enough of its
start to be unique) instead of a path. An argument that names an existing file or folder is
always that file or folder. Otherwise it is looked up among the ids of a folder's articles,
those `counterpoint list FOLDER` shows: for a bare name, the current folder's and the bundled
seeds'; for `FOLDER/NAME`, FOLDER's. An id is the manifest's `id`, or the file's stem when it
gives none, made unique in the folder's order (`oped`, `oped-2`), as the loader names articles;
a folder without a `corpus.toml` has ids too. Two articles that fit are an error that names
both.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from reader.corpus.loader import ARTICLE_SUFFIXES, assign_ids, directory_entries
from reader.corpus.manifest import MANIFEST_NAME, read_manifest
from reader.corpus.sanitize import visible
from reader.errors import UserError
from reader.files import exists, is_folder, is_regular
from reader.paths import user_path

SHOWN_CANDIDATES = 4  # ids named in an "ambiguous" error before "and N more"


@dataclass(frozen=True)
class Candidate:
    id: str
    file: Path
    where: str  # "the bundled seeds", "./corpus.toml", "./"


def _ids(folder: Path, shown: str | None = None) -> list[Candidate]:
    """The ids of `folder`'s articles as opening the folder gives them (its manifest's entries,
    then its other article files); none when it is no folder or cannot be listed. A manifest
    that lists a missing file still gives its entries' ids; one that does not parse raises.
    Each says where it was found: `shown` names the folder (`visible(folder)` when None),
    followed by `/corpus.toml` when a manifest describes it, else by `/`."""
    manifest = folder / MANIFEST_NAME
    described = is_regular(manifest)
    if not is_folder(folder):
        return []
    try:
        entries = directory_entries(folder)
    except UserError:
        if not described:
            return []  # an unlisted folder holds no ids; the loader names the path instead
        entries = read_manifest(manifest)
    where = (visible(folder) if shown is None else shown) + (f"/{MANIFEST_NAME}" if described else "/")
    # ids as the loader gives them, a repeated one with its -2
    return [Candidate(aid, e.file, where) for aid, e in zip(assign_ids(entries, set()), entries)]


def _places(raw: str) -> list[Candidate]:
    path = user_path(raw)
    if path.name != raw:  # FOLDER/NAME: that folder's ids only
        return _ids(path.parent)
    from reader.paths import seeds_dir

    here, seeds = Path.cwd(), seeds_dir()
    found = [] if here.resolve() == seeds.resolve() else _ids(here, ".")
    return found + [replace(c, where="the bundled seeds") for c in _ids(seeds)]


def _describe(candidates: list[Candidate]) -> str:
    names = [f"{c.id} ({c.where})" for c in candidates[:SHOWN_CANDIDATES]]
    more = len(candidates) - SHOWN_CANDIDATES
    return ", ".join(names) + (f" and {more} more" if more > 0 else "")


def resolve(raw: str) -> str:
    """The path `raw` means: itself when it exists or looks like a file name, else the file of
    the article whose id it is (or uniquely begins). UserError when several ids fit."""
    if not raw.strip():  # `counterpoint list "$UNSET"` must not mean the current folder
        raise UserError("an empty path names no article (is a shell variable unset?)")
    path = user_path(raw)
    if raw == "-" and not exists(path):
        raise UserError("-: articles are read from files, not standard input; save it to a file first "
                        "(an article's offsets and bookmarks refer to its file)")
    if exists(path) or path.name.lower().endswith(ARTICLE_SUFFIXES):
        return raw
    key = path.name
    candidates = _places(raw)
    for fits in ([c for c in candidates if c.id == key], [c for c in candidates if c.id.startswith(key)]):
        if len(fits) == 1:
            return str(fits[0].file)
        if fits:
            raise UserError(f"{raw!r} could be any of {_describe(fits)}; give more of the id or a path")
    return raw  # not an id either: the loader says there is no such file


def resolve_all(raws: list[str]) -> list[str]:
    return [resolve(raw) for raw in raws]


def load_one(raw: str):
    """The one article a path or an id names (a folder is refused: these commands take a file)."""
    from reader.corpus import load_paths

    path = resolve(raw)
    if is_folder(user_path(path)):
        raise UserError(f"{path}: is a directory, expected an article file")
    return load_paths([path]).articles[0]
