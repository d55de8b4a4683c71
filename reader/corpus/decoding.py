"""Bytes to text: BOMs, UTF-8, and a detector-backed fallback for legacy 8-bit encodings.

Articles in this field arrive as cp1251 (Russian/Armenian/Azerbaijani sites), latin-1/cp1252
and UTF-16 exports as often as UTF-8. Binary files are refused rather than shown as noise.
Newlines are normalised as Python's universal-newlines mode does, so offsets agree with
`open(path, encoding=...).read()`.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from reader.errors import UserError

# The detector samples this much; the whole file is then decoded with its verdict.
_SNIFF_BYTES = 256 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def normalise_newlines(text: str) -> str:
    """What universal-newlines reading does: CRLF and lone CR become LF."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    # Control bytes that no text encoding uses for letters (C0 except tab/newlines/FF/ESC).
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.05


# When the detector finds several encodings equally plausible (the same bytes often read as
# clean text in cp1250, cp1252 and cp1257), prefer the ones common for news in this field.
_PREFERRED = ("cp1252", "cp1251", "koi8_r", "cp1254", "cp1250", "iso8859_15", "cp1257")


def _legacy_encoding(sample: bytes) -> str:
    """Best single-byte guess for undecodable-as-UTF-8 bytes; cp1252 when unsure."""
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(sample, steps=5, chunk_size=512, threshold=0.3)
               if m.encoding not in {"utf_8", "ascii"}]
    if not matches:
        return "cp1252"
    best = matches[0]
    tied = {m.encoding for m in matches
            if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.02}
    return next((enc for enc in _PREFERRED if enc in tied), best.encoding)


def decode(data: bytes, name: str = "file", declared: str | None = None) -> Decoded:
    """Decode an article file's bytes, or raise UserError for binary data.

    `declared` is the codec the file names for itself (an HTML page's charset): it is trusted
    over the detector's guess, but not over a byte-order mark or bytes that are valid UTF-8
    (pages re-saved as UTF-8 often keep their old declaration; legacy text is almost never
    valid UTF-8 by accident)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(normalise_newlines(data[len(bom):].decode(encoding)), encoding)
            except UnicodeDecodeError as exc:
                raise UserError(f"{name}: not valid {encoding} despite its byte-order mark ({exc.reason})") from None
    if _looks_binary(data[:8192]):
        raise UserError(f"{name}: looks like a binary file, not a text article")
    try:
        return Decoded(normalise_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    encoding = declared or _legacy_encoding(data[:_SNIFF_BYTES])
    return Decoded(normalise_newlines(data.decode(encoding, errors="replace")), encoding)
