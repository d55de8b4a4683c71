"""Whether an export may replace the file `-o` names.

Exporting again to the same file (a `refs.bib` Pandoc reads, a spreadsheet's CSV) is the
usual thing and needs no flag. Any other file that is there is the user's: an article named by
a slip of the tab key, notes in Markdown, a library of references kept by hand. Replacing it
would lose it for good, so it is refused unless `--force` says so. A file is taken as an earlier
export when it opens as this export opens (its CSV header, its JSON's first field, its
Markdown title line with an entry's mark under it), or, for a reference manager's formats, when
it carries the notes only an export writes. A CSV or JSON export must then read back whole as
`import` reads one (every column an export of its kind has at least, every row or entry): a
reader's own spreadsheet whose first columns happen to be "id" and "quote", or an export cut
short or edited out of shape, is the user's too, since a file that cannot be read cannot be
known for ours. A reference manager's file is an export only when every entry carries an
export's note: a library kept by hand with one entry pasted from an export is the user's; a
Markdown file only when each of its blocks is one an export writes: notes of one's own with an
export pasted into them are the user's.
An empty file is nobody's work.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

from reader.bookmarks import export as bookmarks_export
from reader.bookmarks.csv_import import first_line, header_columns, readable
from reader.bookmarks.importing import IMPORT_MAX_BYTES, read_export
from reader.bookmarks.references import NOTE_SIGNATURE, REFERENCE_FORMATS
from reader.corpus.own_exports import MARKDOWN_SIGNATURE, markdown_export_blocks
from reader.decisions import export as decisions_export
from reader.decisions.importing import read_decisions
from reader.errors import UserError
from reader.files import read_regular

# How much of an existing file is read to tell whether it is an export: its opening lines, and
# a reference file's first entry with its note.
EXPORT_HEAD_BYTES = 256 * 1024
# How large a file is read back whole to know it for an earlier export: as large as `import`
# reads one. A larger one cannot be known for ours (reading it would take seconds and a
# gigabyte of memory for that), and is refused as the user's.
READ_BACK_MAX_BYTES = IMPORT_MAX_BYTES
# A JSON export's first field: its key, and its value when a string ("format":
# "counterpoint-bookmarks"), which tells an export from any file whose first key is "format".
_JSON_FIRST_FIELD = re.compile(r'^\{\s*"([^"]+)"\s*:\s*("(?:[^"\\]|\\.)*")?')
# How each reference format's file opens, whatever its entries.
_REFERENCE_OPENING = {"bibtex": "@", "csl-json": "[", "ris": "TY  - "}
# What a CSL JSON export of no bookmarks is (BibTeX's and RIS's is empty).
_EMPTY_LIST = re.compile(r"\[\s*\]")
_MARKDOWN_FORMS = ("md", "markdown")
# The line that ends a RIS entry.
_RIS_END = re.compile(r"^ER  -.*$", re.MULTILINE)
# The import that reads an export back, by what the export is: a JSON one's "format", a CSV
# one's columns.
_IMPORTS: dict[object, Callable[[bytes, str], object]] = {
    bookmarks_export.EXPORT_FORMAT: read_export, bookmarks_export.CSV_COLUMNS: read_export,
    decisions_export.EXPORT_FORMAT: read_decisions, decisions_export.CSV_COLUMNS: read_decisions}


def _contents(path: Path) -> bytes | None:
    """The first EXPORT_HEAD_BYTES of the regular file at `path`, or None when there is none to
    keep (no file, a device or a pipe, which an export writes to as it is, or a path the write
    itself will refuse). UserError for a file that is there and cannot be read (a file one may
    write but not read): what cannot be read cannot be known for an earlier export."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
    except (OSError, ValueError):
        return None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        try:
            chunks, left = [], EXPORT_HEAD_BYTES
            while left > 0 and (chunk := os.read(fd, left)):
                chunks.append(chunk)
                left -= len(chunk)
            return b"".join(chunks)
        finally:
            os.close(fd)
    except OSError as e:
        raise UserError(f"{path}: is there and cannot be read ({e.strerror or e}) to know it for an earlier "
                        "export; replace it with --force, or export to another file") from None


def _import_of(new: str, form: str) -> Callable[[bytes, str], object] | None:
    """The import that reads back what `new` (this export, in `form`) is an export of; None
    for a format no import reads (Markdown, a reference manager's)."""
    if form == "csv":
        return _IMPORTS.get(tuple(header_columns(first_line(new))))
    if form == "json" and (found := _JSON_FIRST_FIELD.match(new)) and found[2]:
        return _IMPORTS.get(json.loads(found[2]))
    return None


def _bibtex_entries(text: str) -> list[str]:
    """Each "@kind{...}" of a BibTeX file, through the brace that closes it (an export's braces
    are balanced: its lone ones are written as commands)."""
    out, depth, start = [], 0, None
    for at, ch in enumerate(text):
        if ch == "@" and depth == 0:
            start = at
        elif ch == "{":
            depth += 1
        elif ch == "}" and depth:
            depth -= 1
            if depth == 0 and start is not None:
                out.append(text[start:at + 1])
                start = None
    return out + ([text[start:]] if start is not None else [])


def _reference_entries(text: str, form: str) -> list[str] | None:
    """The entries of a reference manager's file in `form`, each as text; None when it is not
    one that can be read (CSL JSON that is not a list of items)."""
    if form == "bibtex":
        return _bibtex_entries(text)
    if form == "ris":
        return [entry for entry in _RIS_END.split(text) if entry.strip("\ufeff \r\n")]
    try:
        items = json.loads(text.lstrip("\ufeff"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        return None
    return [item["note"] if isinstance(item.get("note"), str) else "" for item in items]


def reads_back(path: Path, new: str, form: str) -> bool:
    """Whether the file at `path` reads back whole as an export of what `new` is: by the
    import that reads one, or for a reference manager's format, every entry with an export's
    note, for Markdown every block one an export writes. UserError for a file larger than
    READ_BACK_MAX_BYTES (told before a byte of it is read), or no longer a regular file."""
    read = _import_of(new, form)  # None for Markdown and a reference manager's formats, which no import reads
    data = read_regular(path, READ_BACK_MAX_BYTES, f"file read back to know an earlier {form} export (replace it "
                        "with --force, or export to another file)")
    if not data.strip(b"\xef\xbb\xbf \r\n\t"):
        return True
    if form in _MARKDOWN_FORMS:
        return markdown_export_blocks(data.decode("utf-8", "replace"))
    if read is None:  # a reference manager's
        entries = _reference_entries(data.decode("utf-8", "replace"), form)
        return entries is not None and all(NOTE_SIGNATURE.search(entry) for entry in entries)
    try:
        read(data, str(path))
    except UserError:
        return False
    return True


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
    return bool(old_line) and old_line == new_line and bool(MARKDOWN_SIGNATURE.search(old))  # Markdown


def check_replace(target: Path, new: str, form: str, force: bool) -> None:
    """UserError when writing the export to `target` would replace a file that is not an
    earlier export of `form` and `force` is not given."""
    if force or (head := _contents(target)) is None:
        return
    if is_earlier_export(readable(head) if form == "csv" else head.decode("utf-8", "replace"), new, form) and reads_back(target, new, form):
        return
    raise UserError(f"{target}: is there and is not an earlier {form} export; "
                    "replace it with --force, or export to another file")
