"""Every command's `--help` opens on what that command does: a description of its own, never
one it shares with another command (a reader comparing `links list` with `links export` learns
from it which one writes a file)."""

from __future__ import annotations

import argparse


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(words typed, parser) of every command and subcommand under `parser`."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield (*path, name), child
                yield from _commands(child, (*path, name))


def test_every_command_has_a_description_of_its_own():
    from reader.cli.main import _command_parser

    seen: dict[str, tuple[str, ...]] = {}
    for words, parser in _commands(_command_parser()):
        description = " ".join((parser.description or "").split())
        assert description, f"counterpoint {' '.join(words)} --help says nothing of what it does"
        assert description not in seen, (f"counterpoint {' '.join(words)} --help says what "
                                          f"counterpoint {' '.join(seen[description])} --help says: {description}")
        seen[description] = words


def test_links_export_says_it_exports_with_what_each_passage_says_now(counterpoint):
    out = " ".join(counterpoint("links", "export", "--help").out.split())
    assert "Export" in out and "says now" in out and "links import" in out
