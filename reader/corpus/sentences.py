"""Sentence boundaries with offsets, via syntok.

syntok is a rule-based segmenter that keeps abbreviations ("U.S.", "Sept. 26", "Mr.", "Dr."),
initials and decimals inside their sentence, reports token offsets, and runs in linear time
(pysbd, the other candidate, took seconds on a 100 kB paragraph of short sentences).
It knows Latin punctuation only; the full stops of other scripts are added here.
"""

from __future__ import annotations

import re

from reader.corpus.marks import REFERENCE_MARKER

# Sentence ends syntok does not know, named once for every rule that looks for a sentence's
# end (reader.corpus.segment, reader.corpus.kinds): the Armenian full stop, the Arabic question
# mark, the Urdu full stop, the Devanagari danda and double danda (Hindi, Marathi, Nepali,
# Sanskrit) and the Greek question mark (U+037E, which looks like a semicolon), before a space;
# the Chinese and Japanese full stop, exclamation and question marks anywhere (no space follows
# them). Closing quotes and brackets (CLOSERS) stay with the sentence.
SCRIPT_STOPS = "։؟۔।॥\u037e"
CJK_STOPS = "。！？"
CLOSERS = "\"'”’»)]」』）"
_CLOSER = f"[{re.escape(CLOSERS)}]"
# A Japanese quotation goes on when a particle follows it (「本当か？」と聞いた).
_SCRIPT_END = re.compile(rf"(?:[{SCRIPT_STOPS}](?={_CLOSER}*\s)|[{CJK_STOPS}](?![{CJK_STOPS}!?])){_CLOSER}*")


# German writes a day as an ordinal, with a full stop, before a month it capitalises ("Am 8.
# Juni trat der Fluss über die Ufer"): syntok takes the full stop for a sentence's end.
_DAY_BEFORE = re.compile(r"(?<![\d.])\d{1,2}\.\s+$")
_DAY_REACH = 8  # characters before the month looked at: "14." and the spaces after it
_GERMAN_MONTH = re.compile(r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
                           r"|November|Dezember)(?!\w)")


# Titles and abbreviations of other languages that syntok takes for a sentence's end when a
# name or a figure follows ("Dña. Carmen Ruiz", "pág. 12", "ул. Ленина", "Doç. Dr. Ali Kaya"):
# Spanish, French, German, Russian, Turkish and Azerbaijani. Each is written with its capital
# as it is written, so that "me." or "Op" as words still may end a sentence.
_TITLES = """
Dña Dra Sra Srta Sres Sras Dres Lic Ing Arq Avda Excmo Excma Ilmo Ilma Mons pág págs núm Uds Ud Vd Vds Cía
Mlle Mlles Mme Mmes Mgr av bd env
Str Hr vgl Abs
ул пр просп пер им кв тов акад проф св ген г-н г-жа тыс млн млрд руб
Doç Yrd Uzm Öğr Gör Alb Bnb Yzb Korg Tuğg Tümg Orgeneral Cad Sok Mah
Akad küç prof
""".split()
_TITLE_BEFORE = re.compile(r"(?<![\w.-])(?:" + "|".join(sorted(map(re.escape, _TITLES), key=len, reverse=True))
                           + r")\.\s+$")
_TITLE_REACH = max(map(len, _TITLES)) + 8
# Armenian typed on a keyboard without "։" ends its sentences with a colon, which looks the
# same: after an Armenian word, before another Armenian sentence (Latin text keeps its colons).
_ARMENIAN_COLON = re.compile(r"(?<=[\u0531-\u0587]):(?=\s+[«\"„]?[\u0531-\u0556])")
# A German quotation closes with "“" (its "„" opens it): a full stop inside it ends the
# sentence when the next one starts after it.
_CLOSING_LOW_QUOTE = re.compile(r"[.!?]“(?=\s+[A-ZÄÖÜ„])")


# A sentence's end with reference markers after it ("…in 1987.[3] A survey…"): syntok reads the
# markers as a word of the sentence and runs on into the next.
_MARKED_END = re.compile(rf"[.!?]{_CLOSER}*(?:{REFERENCE_MARKER.pattern})+\s+(?=[\"“‘(]?[^\W\d_])",
                         REFERENCE_MARKER.flags)


def _marked_starts(text: str) -> list[int]:
    """Where a sentence begins after a full stop and its reference markers (_MARKED_END), the
    next word a capital or a letter of a script without case."""
    return [m.end() for m in _MARKED_END.finditer(text) if not text[m.end():].lstrip("\"“‘(")[:1].islower()]


def _titled(text: str, start: int) -> bool:
    """Whether the sentence start `start` follows one of _TITLES."""
    return _TITLE_BEFORE.search(text, max(0, start - _TITLE_REACH), start) is not None


def _day_of_month(text: str, start: int) -> bool:
    """Whether the sentence start `start` is a month after a day written as an ordinal."""
    return (_GERMAN_MONTH.match(text, start) is not None
            and _DAY_BEFORE.search(text, max(0, start - _DAY_REACH), start) is not None)


def _script_starts(text: str) -> list[int]:
    """Where a sentence begins after one of _SCRIPT_END's full stops."""
    starts = []
    for pattern in (_ARMENIAN_COLON, _CLOSING_LOW_QUOTE):
        for m in pattern.finditer(text):
            pos = m.end()
            while pos < len(text) and text[pos].isspace():
                pos += 1
            starts.append(pos)
    for m in _SCRIPT_END.finditer(text):
        pos = m.end()
        if pos > m.start() + 1 and pos < len(text) and "\u3041" <= text[pos] <= "\u309f":
            continue
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos < len(text):
            starts.append(pos)
    return starts


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence of `text`, trimmed of surrounding whitespace."""
    if not text.strip():
        return []
    import syntok.segmenter as segmenter

    # Each sentence runs to where the next begins, so no character is ever dropped.
    starts = [s[0].offset for paragraph in segmenter.analyze(text) for s in paragraph if s]
    starts[:1] = [len(text) - len(text.lstrip())]
    starts[1:] = [start for start in starts[1:] if not _day_of_month(text, start) and not _titled(text, start)]
    if not text.isascii():
        starts = sorted({*starts, *_script_starts(text)})
    if "]" in text:
        starts = sorted({*starts, *_marked_starts(text)})
    spans = []
    for i, start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else len(text)
        end = stop
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
