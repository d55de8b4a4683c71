"""Completing a typed path, as a shell does: the one entry of its folder it can only mean. No Textual.

Only names the reader can open are offered (folders, and files with an article suffix), and
hidden ones only when the typed name starts with a dot. Listing a folder that cannot be read
completes nothing rather than failing.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader.corpus.loader import ARTICLE_SUFFIXES
from reader.corpus.sanitize import visible
from reader.files import irregular, is_folder, is_regular, out_of_sight, too_long
from reader.web.add import is_url

MAX_LISTED = 5000  # entries read from one folder: a huge folder never stalls typing


def complete_path(typed: str) -> str | None:
    """`typed` extended to the longest name all matching entries share (a folder gets a
    trailing separator once it is the only match), or None when nothing matches or nothing
    would be added."""
    if not typed or is_url(typed):
        return None
    expanded = os.path.expanduser(typed)
    folder, stem = os.path.split(expanded)
    try:
        with os.scandir(folder or ".") as entries:
            names = []
            for n, entry in enumerate(entries):
                if n >= MAX_LISTED:
                    break
                if not entry.name.startswith(stem) or (entry.name.startswith(".") and not stem.startswith(".")):
                    continue
                is_dir = entry.is_dir()
                if is_dir or entry.name.lower().endswith(ARTICLE_SUFFIXES):
                    names.append(entry.name + (os.sep if is_dir else ""))
    except OSError:
        return None
    if not names:
        return None
    common = os.path.commonprefix(names)
    if len(common) <= len(stem):
        return None
    return typed[: len(typed) - len(stem)] + common


def describe(typed: str) -> str:
    """What the typed path is, for the line under the prompt."""
    if not typed.strip():
        return "Type a path to an article file or a folder of articles (→ completes), or a web address."
    if is_url(typed.strip()):
        return "A web page: it is fetched, added to your corpus folder and shown."
    path = Path(os.path.expanduser(typed.strip()))
    if problem := too_long(str(path)):  # stat would raise "File name too long"
        return f"No such file or folder: {problem}."
    if is_folder(path):  # (Path.is_dir would raise inside a folder that may not be searched)
        return "A folder: every article in it is added."
    if is_regular(path):
        return "A file: it is added and shown in the other pane."
    if odd := irregular(path):  # a FIFO, a device, a socket: there, but no article
        return f"Not an article: it {odd}."
    if hidden := out_of_sight(path):
        return f"Cannot tell what is there: {visible(hidden)}."
    return "No such file or folder yet."
