"""Indented JSON as the commands print it, fast, and streamed where a list is long.

json.dumps(indent=2) is the contract (every command's JSON reads exactly as it always has),
but with an indent Python leaves its C encoder for a pure-Python one that yields each token
and joins a list of them: for `align` on long articles (24,000 links, 115 MB of JSON) that is
4 s and 700 MB on top of the alignment. Here the same text comes from one recursive writer
over the shapes the commands produce (about 3.5 times faster), a top-level value that is an
iterator is written item by item as a JSON list (so its items never sit in memory together),
and anything the writer does not cover (a non-string key, another type) is left to json.dumps.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from json.encoder import encode_basestring, encode_basestring_ascii
from typing import Any

INDENT = "  "

# JSON escapes C0 controls itself; these it would write raw, and a terminal would act on them.
# Lone surrogates (a file name's undecodable bytes) cannot be written as UTF-8 at all; as
# escapes they read back as the same name.
JSON_ESCAPES = {c: f"\\u{c:04x}" for c in [*range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A),
                                           *range(0xD800, 0xE000)]}


class _Unhandled(Exception):
    """A value this writer leaves to json.dumps."""


def _write(value: Any, out: list[str], indent: str, string) -> None:
    if isinstance(value, str):
        out.append(string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float) and math.isfinite(value):
        out.append(float.__repr__(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = indent + INDENT
        separator = "{\n" + inner
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unhandled
            out += (separator, string(key), ": ")
            _write(item, out, inner, string)
            separator = ",\n" + inner
        out.append("\n" + indent + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = indent + INDENT
        separator = "[\n" + inner
        for item in value:
            out.append(separator)
            _write(item, out, inner, string)
            separator = ",\n" + inner
        out.append("\n" + indent + "]")
    else:
        raise _Unhandled


def dumps(value: Any, *, ascii_only: bool = False, level: int = 0) -> str:
    """json.dumps(value, ensure_ascii=ascii_only, indent=2), its lines indented `level` deeper."""
    out: list[str] = []
    try:
        _write(value, out, INDENT * level, encode_basestring_ascii if ascii_only else encode_basestring)
        return "".join(out)
    except _Unhandled:
        text = json.dumps(value, ensure_ascii=ascii_only, indent=len(INDENT))
        return text.replace("\n", "\n" + INDENT * level) if level else text


def chunks(data: Any, *, ascii_only: bool = False) -> Iterator[str]:
    """json.dumps(data, indent=2) in pieces, with the escapes of JSON_ESCAPES; a value of a
    top-level dict that is an iterator is written as a list, one item at a time."""
    if not isinstance(data, dict) or not data or not all(isinstance(key, str) for key in data):
        yield dumps(data, ascii_only=ascii_only).translate(JSON_ESCAPES)
        return
    separator = "{\n" + INDENT
    for key, value in data.items():
        yield f"{separator}{dumps(key, ascii_only=ascii_only)}: ".translate(JSON_ESCAPES)
        separator = ",\n" + INDENT
        if isinstance(value, Iterator):
            opening = "[\n" + INDENT * 2
            for item in value:
                yield opening + dumps(item, ascii_only=ascii_only, level=2).translate(JSON_ESCAPES)
                opening = ",\n" + INDENT * 2
            yield "[]" if opening.startswith("[") else "\n" + INDENT + "]"
        else:
            yield dumps(value, ascii_only=ascii_only, level=1).translate(JSON_ESCAPES)
    yield "\n}"
