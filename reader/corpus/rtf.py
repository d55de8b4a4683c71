"""The text of an RTF document (TextEdit's default, WordPad's, Word's "Rich Text Format").

RTF is text with control words ("\\par", "\\b", "\\'e9", "\\u8220?") in groups of braces. What
is read: the body's characters, a paragraph ending at each "\\par" (or a backslash ending the
line, as TextEdit writes it), a "\\line" a line break, the characters written as escapes in
the document's code page ("\\ansicpg1252", a Mac's "\\mac") or as Unicode ("\\uN" and the
fallback after it skipped), and the typographic quotes and dashes RTF names. What is not: the
groups that are no text (font, colour and style tables, the document's information, pictures,
fields' instructions, headers and footers, any group marked "\\*" as one a reader may skip),
and the raw bytes "\\binN" puts in them, which may hold any brace.

One pass over the tokens, with a stack of the groups' states (no recursion): linear in the
document's length, however deep its groups nest.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(\r\n|[\s\S])|([{}])|\r\n|[\r\n]|[^\\{}\r\n]+")
# Groups that hold no text of the document's (tables, metadata, pictures, fields' codes, page
# furniture and the like): skipped whole.
_SKIPPED = frozenset({
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "headerl", "headerr", "headerf", "footer",
    "footerl", "footerr", "footerf", "fldinst", "themedata", "colorschememapping", "latentstyles", "datastore",
    "xmlnstbl", "rsidtbl", "generator", "listtable", "listoverridetable", "expandedcolortbl", "object", "shp",
    "nonshppict", "filetbl", "revtbl", "pgdsctbl", "listtext", "footnote", "annotation", "atnid", "atnauthor",
    "bkmkstart", "bkmkend", "xe", "tc", "private", "userprops", "mmathpr", "wgrffmtfilter"})
# Control words that stand for a character.
_PARAGRAPH_END = "\u2029"  # Unicode's paragraph separator: what the paragraphs are cut at
_CHARACTERS = {"par": _PARAGRAPH_END, "sect": _PARAGRAPH_END, "page": _PARAGRAPH_END, "line": "\n", "tab": "\t",
               "emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
               "rdblquote": "\u201d", "bullet": "\u2022", "emspace": " ", "enspace": " ", "qmspace": " "}
# Escaped symbols: a non-breaking space, an optional hyphen (none), a non-breaking hyphen, and a
# backslash ending the line, which is a paragraph's end (as "\\par").
_SYMBOLS = {"~": "\u00a0", "-": "", "_": "-", "\n": _PARAGRAPH_END, "\r": _PARAGRAPH_END, "\r\n": _PARAGRAPH_END}
_CODE_PAGES = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}
_DEFAULT_CODE_PAGE = "cp1252"


def _codec(number: int) -> str:
    name = "mac_roman" if number == 10000 else f"cp{number}"
    try:
        "".encode(name)
    except LookupError:
        return _DEFAULT_CODE_PAGE
    return name


def rtf_paragraphs(data: bytes) -> list[str]:
    """The document's paragraphs, in order (a line break inside one a "\\n")."""
    source = data.decode("latin-1")  # RTF is 7-bit; a stray 8-bit byte is read as itself
    out: list[str] = []
    codec = _DEFAULT_CODE_PAGE
    skip, uc = False, 1  # the group's state: skipped, and the fallback characters after "\u"
    # The enclosing groups' states, each one small int (uc * 2 + skip), which Python keeps one
    # copy of: a file of ten million "{" holds a list of ten million references, not of tuples.
    stack: list[int] = []
    pending = 0  # fallback characters still to skip after a "\u"
    escaped: list[int] = []  # bytes of "\'hh" escapes in a row, decoded together (a code page's pairs)
    starred = False  # the last token opened a group with "\*"

    def flush() -> None:
        if escaped:
            out.append(bytes(escaped).decode(codec, errors="replace"))
            escaped.clear()

    at = 0
    while (token := _TOKEN.match(source, at)) is not None:  # every character is some token's
        at = token.end()
        word, number, hexa, symbol, brace = token.groups()
        if hexa is not None:
            if pending:
                pending -= 1
            elif not skip:
                escaped.append(int(hexa, 16))
            continue
        flush()
        if brace == "{":
            stack.append(uc * 2 + skip)
            starred = True
            continue
        if brace == "}":
            if stack:
                state = stack.pop()
                skip, uc = bool(state & 1), state >> 1
            pending, starred = 0, False
            continue
        opening, starred = starred, False
        if word is not None:
            word = word.lower()
            if word == "bin" and number is not None:  # raw bytes (a picture's): none is text or a brace
                at += max(0, int(number))
                continue
            if word in _SKIPPED and opening or skip:
                skip = True
                continue
            if word == "u" and number is not None:
                out.append(chr(int(number) % 65536))
                pending = uc
            elif word == "uc" and number is not None:
                uc = max(0, min(int(number), 10))
            elif word == "ansicpg" and number is not None:
                codec = _codec(int(number))
            elif word in _CODE_PAGES:
                codec = _CODE_PAGES[word]
            elif word in _CHARACTERS:
                out.append(_CHARACTERS[word])
            continue
        if symbol is not None:
            if symbol == "*" and opening:
                skip = True  # an ignorable destination
            elif not skip and symbol in _SYMBOLS:
                out.append(_SYMBOLS[symbol])
            elif not skip and symbol in "\\{}":
                out.append(symbol)
            continue
        text = token.group()
        if text[0] in "\r\n" or skip:
            continue  # a line break in RTF's source is none of the text's
        if pending:
            cut = min(pending, len(text))
            text, pending = text[cut:], pending - cut
        out.append(text)
    flush()
    return _paired("".join(out)).split(_PARAGRAPH_END)


def _paired(text: str) -> str:
    """`text` with the surrogate pairs RTF writes a character past U+FFFF as ("\\u-10179?\\u-8704?"
    for an emoji) made that character, and a surrogate left alone the replacement character:
    no lone surrogate, which no file or terminal can take, is left in the text."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
