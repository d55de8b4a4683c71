"""`counterpoint [PATH...]`: open articles in the reader (the bundled seeds by default).

The corpus is loaded before Textual starts, so a bad path still ends in one line and exit 2;
so does starting it without a terminal (input from a file or /dev/null, output to a pipe).
An unknown or invalid `--theme` is not an error: the reader starts in the default theme and
says why in a notification.
"""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import say
from reader.cli.listing import load
from reader.errors import UserError


def has_terminal() -> bool:
    """Whether keys can come in and the screen go out: both ends are a terminal."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def run(args: argparse.Namespace) -> int:
    corpus = load(args.paths)
    if not len(corpus):
        raise UserError("no articles to open")
    if not has_terminal():
        # Textual would wait for keys that never come (and spin on a closed input)
        raise UserError("the reader needs a terminal for its input and output; "
                        "for text, use `counterpoint align A B` or `counterpoint list`")
    from reader.tui.app import build_app

    app = build_app(corpus, config_dir=getattr(args, "config_dir", None),
                    data_dir=getattr(args, "data_dir", None), theme=getattr(args, "theme", None))
    app.startup_notices.extend(corpus.problems)  # bytes that were not text, shown as notices
    app.startup_notices.extend(f"{article.path}: no text to show (the file is empty or blank)"
                               for article in corpus if not article.passages)
    app.run()
    for problem in app.unsaved:  # writes the reader could not make as it closed (paths: made visible)
        say(problem, "error")
    return app.return_code or (1 if app.unsaved else 0)
