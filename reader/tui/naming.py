"""How an article is told apart from the others when its metadata says little. No Textual.

Two reports of one story often share a title and carry no outlet or side; the file is then
the one thing that tells them apart, so it is shown, with its folder when another open file
has the same name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from reader.corpus import Article
from reader.corpus.sanitize import sanitize


def file_label(article: Article, others: Iterable[Article] = ()) -> str:
    """`fox.txt`, or `coverage/fox.txt` when another article's file is also `fox.txt`
    (display-safe: file names are untrusted)."""
    path = Path(article.path)
    clash = any(Path(o.path).name == path.name and Path(o.path) != path for o in others)
    name = f"{path.parent.name}/{path.name}" if clash and path.parent.name else path.name
    return sanitize(name).text


def details(article: Article, others: Iterable[Article] = ()) -> list[str]:
    """What to show under the title: outlet, author, date and side when known, and the file."""
    known = [x for x in (article.outlet, article.author, article.date, article.side) if x]
    return [*known, file_label(article, others)]
