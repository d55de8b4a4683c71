"""Bytes to text: BOMs, UTF-8, and a detector-backed fallback for legacy 8-bit encodings.

Articles in this field arrive as cp1251 (Russian/Armenian/Azerbaijani sites), latin-1/cp1252
and UTF-16 exports as often as UTF-8. Binary files are refused rather than shown as noise.
Newlines are normalised as Python's universal-newlines mode does, so offsets agree with
`open(path, encoding=...).read()` (a vertical tab or a Unicode line or paragraph separator
becomes a newline in its place, as `str.splitlines` reads them).

A UTF-8 file with a few damaged bytes (a bad copy, a truncated download) stays UTF-8, those
bytes shown as U+FFFD and counted. Otherwise the detector's candidates, plus the code pages
common in this field, are each judged by how many of their characters are unlikely in real
text (controls, stray symbols, a word switching script or case mid-way); the fewest wins,
ties going to the code page such text most likely uses. Short texts, where the detector alone
guesses "Привет" as Big5, are decided this way too. Bytes no candidate makes plausible are
refused as binary. UTF-16 without a byte-order mark is told from binary by where its zero
bytes fall (one side of each pair only) and by reading as plausible text.
"""

from __future__ import annotations

import codecs
import unicodedata
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
    replaced: int = 0  # undecodable byte sequences shown as U+FFFD


# Line breaks that are not CR or LF, each made a newline in its place (one character for one,
# so offsets still agree): a word processor's manual line break (Shift+Enter, which Word
# copies as a vertical tab) and Unicode's line and paragraph separators. Taken out as control
# characters instead, they would glue the words on either side together ("Monday.It").
_OTHER_BREAKS = str.maketrans({"\x0b": "\n", "\u2028": "\n", "\u2029": "\n"})


def normalise_newlines(text: str) -> str:
    """What universal-newlines reading does: CRLF and lone CR become LF; and so do the other
    line breaks text is written with (_OTHER_BREAKS)."""
    if "\x0b" in text or "\u2028" in text or "\u2029" in text:
        text = text.translate(_OTHER_BREAKS)
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


# A text may hold a stray zero byte (a bad copy, a tool's slip): this many, or one per
# _NUL_BYTES bytes; binary data holds one in 256 bytes or more, even compressed. (A file's tail
# of zero bytes, as a crash or a preallocating disk leaves it, is no text: it goes first.)
_STRAY_NULS = 2
_NUL_BYTES = 4096


def _looks_binary(sample: bytes) -> bool:
    if sample.count(b"\x00") > max(_STRAY_NULS, len(sample) // _NUL_BYTES):
        return True
    if not sample:
        return False
    # Control bytes that no text encoding uses for letters (C0 except tab/newlines/FF/ESC).
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.05


# UTF-16 without a byte-order mark (`iconv -t UTF-16LE`, some exporters): every character of
# the Latin, Cyrillic, Armenian, ... blocks below U+0100 (spaces, digits, punctuation at least)
# has a zero byte on one side of each pair; text has this share of such pairs at least (spaces
# alone are one character in six), and zero bytes on the other side almost never (a NUL).
_UTF16_ZERO_SHARE = 0.1
_UTF16_STRAY_ZERO_SHARE = 0.01


def _bomless_utf16(data: bytes) -> Decoded | None:
    """The text of UTF-16 without a byte-order mark, or None when the bytes are not that:
    zero bytes at one parity only, a strict decoding, and text as plausible as a legacy
    encoding's must be."""
    sample = data[: min(len(data), 8192) // 2 * 2]
    pairs = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    major, minor, encoding = max((odd, even, "utf-16-le"), (even, odd, "utf-16-be"))
    if pairs < 8 or major < _UTF16_ZERO_SHARE * pairs or minor > _UTF16_STRAY_ZERO_SHARE * pairs:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:  # an odd length, a lone surrogate: not UTF-16
        return None
    judged = text[:_JUDGE_BYTES]
    controls = sum(1 for ch in judged if ch < " " and ch not in "\t\n\r\f\x1b")
    unlikely, total = unlikely_characters(judged)
    if controls > _UTF16_STRAY_ZERO_SHARE * len(judged) or (
            total >= _BINARY_MIN_CHARS and unlikely > _BINARY_SHARE * total):
        return None
    return Decoded(normalise_newlines(text), encoding)


# When several encodings read the bytes equally plausibly (the same bytes often read as clean
# text in cp1250, cp1252 and cp1257, or as Cyrillic in cp1251, mac-cyrillic and iso8859-5),
# prefer the ones common for news in this field, in this order; they are always candidates.
_PREFERRED = ("cp1252", "cp1251", "koi8_r", "cp1254", "cp1250", "iso8859_15", "cp1257")
# Mac OS Roman, as a Mac's TextEdit or Word saved text in Western languages, reads the same
# bytes as well as the Mac encodings of other languages the detector may name for it (Icelandic
# differs in six letters, Central European in most accents): it is tried first, so that where
# both read the bytes equally well the text is read, and named, as Mac Roman ("ï", not "ē";
# "†", "‹", "›", not Icelandic letters). A text in one of those reads better in its own.
_VARIANT_OF = dict.fromkeys(("mac_iceland", "mac_turkish", "mac_latin2", "mac_croatian", "mac_romanian"), "mac_roman")

# Each candidate is judged on this much of the file: thousands of characters, and fast.
_JUDGE_BYTES = 16 * 1024
# UTF-8 with at most one bad sequence per this many good multi-byte characters (and some of
# those) is UTF-8 with damage, not a legacy encoding: cp1251/cp1252 text almost never forms
# a valid multi-byte UTF-8 sequence by chance.
_UTF8_GOOD_PER_BAD = 20
# Refused as binary: at least this many non-ASCII characters, and more than this share of them
# unlikely in text, in the best reading. Real legacy text scores under 3%; random high bytes
# 18% or more (read as cp1251, the kindest reading of them).
_BINARY_MIN_CHARS = 32
_BINARY_SHARE = 0.12
# Symbols that do occur in articles; other symbols among non-ASCII characters are unlikely.
_COMMON_SYMBOLS = frozenset("€£¥°©®™№§¢")
_SCRIPT_ALIASES = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK"}
# Quotation marks that open or close a quote, never stand inside a word: between two letters
# ("ma›ur", Icelandic "maður" read as Mac Roman) they are a wrong decoding's.
_OUTSIDE_WORDS = frozenset("‹›«»")


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    return _SCRIPT_ALIASES.get(first, first)


def unlikely_characters(text: str) -> tuple[int, int]:
    """(unlikely, non-ASCII) character counts: what a wrong decoding produces and real text
    rarely holds — controls, unassigned or private code points, U+FFFD, uncommon symbols and
    superscripts, a letter of another script inside a word ("Cafй"), a guillemet inside one
    ("ma›ur"), a capital after a small letter ("ÄãºÃ"), or a third accented Latin letter in a
    row ("Ïðèâåò", "Привет" in cp1252)."""
    unlikely = total = 0
    prev = before = ""
    for ch in text:
        if prev in _OUTSIDE_WORDS and ch.isalpha() and before.isalpha():
            unlikely += 1
        if ch < "\x80":
            prev, before = ch, prev
            continue
        total += 1
        category = unicodedata.category(ch)
        if ch == "\ufffd" or category in ("Cc", "Co", "Cn", "Cs", "No"):
            unlikely += 1
        elif category[0] == "S":
            unlikely += ch not in _COMMON_SYMBOLS
        elif category[0] == "L" and prev.isalpha():
            script = _script(ch)
            if (script != _script(prev) or (ch.isupper() and prev.islower())
                    or (script == "LATIN" and prev >= "\x80" and before >= "\x80" and before.isalpha())):
                unlikely += 1
        prev, before = ch, prev
    return unlikely, total


def _lenient_utf8(data: bytes) -> Decoded | None:
    """Valid UTF-8 but for a few bad sequences: the text with them replaced, else None."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    good = sum(1 for ch in text if ch >= "\x80") - text.count("\ufffd")
    if bad and good >= bad * _UTF8_GOOD_PER_BAD:
        return Decoded(normalise_newlines(text), "utf-8", replaced=bad)
    return None


def _candidates(sample: bytes) -> list[str]:
    """The detector's guesses (ASCII-compatible ones) and the preferred code pages."""
    from charset_normalizer import from_bytes

    found = [m.encoding for m in from_bytes(sample, steps=5, chunk_size=512, threshold=0.3)]
    out = []
    for encoding in [*_PREFERRED, *(e for guess in found for e in (_VARIANT_OF.get(guess), guess) if e)]:
        if encoding in out or encoding in ("utf_8", "ascii"):
            continue
        try:
            if b"Az09 .,\n".decode(encoding) != "Az09 .,\n":  # EBCDIC, UTF-16 without a BOM
                continue
        except (UnicodeDecodeError, LookupError):
            continue
        out.append(encoding)
    return out


def _legacy_encoding(sample: bytes, name: str) -> str:
    """The likeliest legacy encoding of bytes that are not UTF-8; UserError when none reads
    them as text."""
    judged = sample[:_JUDGE_BYTES]
    best: tuple[int, int, str] | None = None
    for encoding in _candidates(sample):
        unlikely, total = unlikely_characters(judged.decode(encoding, errors="replace"))
        if best is None or unlikely < best[0]:
            best = (unlikely, total, encoding)
    assert best is not None  # cp1252 is always a candidate
    unlikely, total, encoding = best
    if total >= _BINARY_MIN_CHARS and unlikely > _BINARY_SHARE * total:
        raise UserError(f"{name}: looks like a binary file, not a text article "
                        f"({unlikely * 100 // total}% of its characters are unlikely in any text encoding)")
    return encoding


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
    if b"\x00" in data[:8192] and (utf16 := _bomless_utf16(data)) is not None:
        return utf16
    data = data.rstrip(b"\x00")
    if _looks_binary(data[:8192]):
        raise UserError(f"{name}: looks like a binary file, not a text article")
    try:
        return Decoded(normalise_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _lenient_utf8(data)
    if damaged is not None:
        return damaged
    encoding = declared or _legacy_encoding(data[:_SNIFF_BYTES], name)
    text = data.decode(encoding, errors="replace")
    return Decoded(normalise_newlines(text), encoding, replaced=text.count("\ufffd"))
