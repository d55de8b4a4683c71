"""Article files that arrived beside the open articles after they were read.

The reader reads a folder once, when it is opened; a person who saves another article into it
meanwhile expects the claim map of "every open article" to hold it. Rather than take files in
unasked (a half-written download, a file meant for later), the reader says which arrived, and
`O` opens them. A file counts as arrived when it is an article file of a folder an open article
is in, is not open, and was written or moved there after `since`: the files left out when a
few were opened by name from a full folder are older, and stay unsaid.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reader.corpus.loader import directory_entries
from reader.corpus.model import Article
from reader.errors import UserError
from reader.files import resolved


def arrived_since(articles: Iterable[Article], since: float) -> list[Path]:
    """The article files in the folders of `articles`, not among them, that were written or
    moved in after `since` (seconds since the epoch), in folder order. A folder that cannot be
    listed (gone, no permission, a corpus.toml naming a missing file) is passed over."""
    articles = list(articles)
    opened = {resolved(article.path) for article in articles}
    folders = list(dict.fromkeys(article.path.parent for article in articles))
    found: list[Path] = []
    for folder in folders:
        try:
            if folder.stat().st_mtime < since:  # no file added to (or moved into) it since
                continue
            entries = directory_entries(folder)
        except (OSError, UserError):
            continue
        for entry in entries:
            if resolved(entry.file) in opened:
                continue
            try:
                stat = entry.file.stat()
            except OSError:
                continue
            if max(stat.st_mtime, stat.st_ctime) >= since:
                found.append(entry.file)
    return found
