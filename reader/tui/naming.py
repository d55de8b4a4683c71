"""How an article is told apart from the others when its metadata says little. No Textual.

Two reports of one story often share a title and carry no outlet or side; the file is then
the one thing that tells them apart, so it is shown, with its folder when another open file
has the same name.
"""

from __future__ import annotations

from typing import Iterable

from reader.corpus import Article
from reader.corpus.naming import file_label


def details(article: Article, others: Iterable[Article] = ()) -> list[str]:
    """What to show under the title: outlet, author, date and side when known, and the file."""
    known = [x for x in (article.outlet, article.author, article.date, article.side) if x]
    return [*known, file_label(article, others)]
