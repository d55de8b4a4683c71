"""The reader's own Markdown exports (`bookmarks export`, `links export`), told by their lines:
`-o` may replace an earlier one, and one saved beside the articles is no article to open."""

from __future__ import annotations

import re

# Lines only a Markdown export writes: a bookmark's footer, and that there is none yet.
_BOOKMARK_FOOTER = r"\*Bookmark \d+, "
_NONE_YET = r"No [\w ]+ yet\."
# What a Markdown export holds under its title line ("# Bookmarks", which a reader's own list
# may open with too): a bookmark's footer, a link decision's heading, or, right under the title,
# that there is none of what it names ("No bookmarks yet."; a notes file's "No reply yet." is no mark).
MARKDOWN_SIGNATURE = re.compile(rf"^(?:{_BOOKMARK_FOOTER}|#{{2,}} .*\(decision \d+, "
                                r"|\ufeff?# (?P<title>.+)\r?\n[ \t]*\r?\nNo (?i:(?P=title)) yet\.\r?$)", re.MULTILINE)
# How each block (the lines between blank lines) of a Markdown export opens: a heading, that
# there is none yet, a quote, a citation line, a table row, a status note, a side's label, a
# bookmark's footer (its note's lines, tags, id); or an article's file name in code, under the
# line of its author, outlet and date. A side's label had its outlet and date after it in
# earlier versions' pairs ("**Harbour Vote says:** (The Coast Times · 2024-03-02)").
_MARKDOWN_BLOCK = re.compile(rf"#{{1,6}} |{_NONE_YET}$|>|— |\||\*\(|\*\*Note:\*\* |\*\*Tags:\*\* |{_BOOKMARK_FOOTER}"
                             r"|\*\*.*says:\*\*(?: \(.*\))?$|`")


def _markdown_block_ours(lines: list[str]) -> bool:
    """Whether a block of a Markdown file is one an export writes (see _MARKDOWN_BLOCK); a quote
    or a table is so to its last line."""
    if lines[0][:1] in (">", "|"):
        return all(line[:1] == lines[0][:1] for line in lines)
    return bool(_MARKDOWN_BLOCK.match(lines[0])) or (len(lines) == 2 and lines[1].startswith("`"))


def markdown_export_blocks(text: str) -> bool:
    """Whether every block of a Markdown text is one an export writes."""
    blocks = re.split(r"\n[ \t]*\n", text.lstrip("\ufeff").replace("\r\n", "\n").strip("\n"))
    return all(_markdown_block_ours(block.split("\n")) for block in blocks if block.strip())


def markdown_export(text: str) -> bool:
    """Whether `text` is an export the reader wrote: an entry's mark in it (MARKDOWN_SIGNATURE)
    and every block one an export writes, so notes of one's own with an export pasted in are not."""
    return MARKDOWN_SIGNATURE.search(text) is not None and markdown_export_blocks(text)
