"""How an article's file tells it apart from the others when its title does not. Plain Python.

Two reports of one story often share a title; the file is then the one thing that tells them
apart, so it is shown, with its folder when another article's file has the same name. The
reading room's pane header (reader.tui.naming) and the claim map's columns
(reader.claims.model) name articles by it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reader.corpus.model import Article
from reader.corpus.sanitize import file_name_shown, visible


def file_label(article: Article, others: Iterable[Article] = ()) -> str:
    """`fox.txt`, or `coverage/fox.txt` when another article's file is also `fox.txt`
    (display-safe and one line, as the loader's titles are: file names are untrusted, and a
    line break in one would cut a pane's header short; spelt out as `ls` shows it)."""
    path = Path(article.path)
    clash = any(Path(o.path).name == path.name and Path(o.path) != path for o in others)
    name = f"{path.parent.name}/{path.name}" if clash and path.parent.name else path.name
    return file_name_shown(name)


def short_paths(paths: Iterable[str | Path]) -> dict[Path, str]:
    """Each of `paths` (as a Path) shown by its file name, with as many of the folders above it
    as tell it from the others that end the same way (`fox.txt`, `monday/fox.txt`,
    `a/desk/fox.txt` beside `b/desk/fox.txt`, where `file_label` stops at the folder); one
    display-safe line with its escapes spelled out (`x\\x1b[31m.txt`), as messages and tables
    name files."""
    named: dict[str, list[Path]] = {}
    for path in dict.fromkeys(map(Path, paths)):
        named.setdefault(path.name, []).append(path)
    out: dict[Path, str] = {}
    for alike in named.values():
        for path in alike:
            n = 1
            while n < len(path.parts) and any(o.parts[-n:] == path.parts[-n:] for o in alike if o != path):
                n += 1
            out[path] = visible(str(Path(*path.parts[-n:])))
    return out
