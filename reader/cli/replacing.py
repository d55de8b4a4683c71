"""Whether an export may replace the file `-o` names.

Exporting again to the same file (a `refs.bib` Pandoc reads, a spreadsheet's CSV) is the
usual thing and needs no flag. Any other file that is there is the user's: an article named by
a slip of the tab key, notes in Markdown, a library of references kept by hand. Replacing it
would lose it for good, so it is refused unless `--force` says so. A file is taken as an earlier
export when it opens as this export opens (its CSV header, its JSON's first field, its
Markdown title line with an entry's mark under it), or, for a reference manager's formats, when
it carries the notes only an export writes.
An empty file is nobody's work.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from reader.bookmarks.csv_import import first_line, header_columns
from reader.bookmarks.references import NOTE_SIGNATURE, REFERENCE_FORMATS
from reader.errors import UserError

# How much of an existing file is read to tell whether it is an export: its opening lines, and
# a reference file's first entry with its note.
EXPORT_HEAD_BYTES = 256 * 1024
# A JSON export's first field: its key, and its value when a string ("format":
# "counterpoint-bookmarks"), which tells an export from any file whose first key is "format".
_JSON_FIRST_FIELD = re.compile(r'^\{\s*"([^"]+)"\s*:\s*("(?:[^"\\]|\\.)*")?')
# How each reference format's file opens, whatever its entries.
_REFERENCE_OPENING = {"bibtex": "@", "csl-json": "[", "ris": "TY  - "}
# What a Markdown export holds under its title line ("# Bookmarks", which a reader's own list
# may open with too): a bookmark's footer, a link decision's heading, or that there is none.
_MARKDOWN_SIGNATURE = re.compile(r"^(?:\*Bookmark \d+, |#{2,} .*\(decision \d+, |No [\w ]+ yet\.\r?$)", re.MULTILINE)
# What a CSL JSON export of no bookmarks is (BibTeX's and RIS's is empty).
_EMPTY_LIST = re.compile(r"\[\s*\]")


def _head(path: Path) -> str | None:
    """The start of the regular file at `path` as text, or None when there is none to keep (no
    file, a device or a pipe, which an export writes to as it is) or it cannot be read (the
    write then says why)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except (OSError, ValueError):
        return None
    try:
        return os.read(fd, EXPORT_HEAD_BYTES).decode("utf-8", "replace")
    except OSError:
        return None
    finally:
        os.close(fd)


def is_earlier_export(old: str, new: str, form: str) -> bool:
    """Whether `old` (the start of a file) is an export of the kind `new` (this export, in
    `form`) is: what opens `new` whatever its data opens `old` too."""
    if not old.strip():
        return True
    if form in REFERENCE_FORMATS:
        body = old.strip("\ufeff \r\n")
        return body.startswith(_REFERENCE_OPENING[form]) and bool(NOTE_SIGNATURE.search(old)) or (
            form == "csl-json" and _EMPTY_LIST.fullmatch(body) is not None)  # an export of no bookmarks
    if form == "json":
        found, wanted = _JSON_FIRST_FIELD.match(old.lstrip("\ufeff")), _JSON_FIRST_FIELD.match(new)
        return bool(found and wanted and found.groups() == wanted.groups())
    old_line, new_line = first_line(old), first_line(new)
    if form == "csv":  # columns added by a later version come last
        old_columns, new_columns = header_columns(old_line), header_columns(new_line)
        shorter = min(len(old_columns), len(new_columns))
        return shorter > 0 and old_columns[:shorter] == new_columns[:shorter]
    return bool(old_line) and old_line == new_line and bool(_MARKDOWN_SIGNATURE.search(old))  # Markdown


def check_replace(target: Path, new: str, form: str, force: bool) -> None:
    """UserError when writing the export to `target` would replace a file that is not an
    earlier export of `form` and `force` is not given."""
    if force or (old := _head(target)) is None or is_earlier_export(old, new, form):
        return
    raise UserError(f"{target}: is there and is not an earlier {form} export; "
                    "replace it with --force, or export to another file")
