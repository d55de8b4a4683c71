"""Subtitles saved as text (SubRip's numbered cues, WebVTT's), read as what was said.

A subtitle file cuts speech into cues of a line or two, each with its number (SubRip) or
identifier and its timing ("00:00:04,200 --> 00:00:08,000"); a WebVTT file opens with a
"WEBVTT" line (a title may follow it on that line, or in "Key: value" lines under it or in a
NOTE block) and may hold NOTE, STYLE and REGION blocks. None of that is the text: it goes, and
the cues are joined into paragraphs as a transcript would set them. A cue that stops
mid-sentence goes on into the next (a sentence cut over two cues is one sentence); a pause of
LONG_GAP seconds or more after a sentence's end, or another speaker (a voice tag naming someone
else, a line opening with a dialogue dash, ">>" or a speaker's label in capitals), starts a new
paragraph, and so does a sentence's end once a paragraph has PARAGRAPH_CHARS characters. A
cue's formatting tags (<i>, <b>, <font …>, <c.yellow>, a karaoke time stamp, a SubRip "{\\an8}")
go too; a voice tag stays where a speaker's turn opens (reader.corpus.marks reads it as a
speaker's label), and goes where the same speaker goes on. A cue that only describes a sound
("[applause]", "(music)", "♪ ♪") is a paragraph of its own, and no part of what is said.

Everything here is a removal (`CleanText.without`): what is shown is the file's own text and
every passage still points into the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.corpus.marks import SPEAKER_LABEL, VOICE_TAG
from reader.corpus.markup import header_fields
from reader.corpus.segment import CUE_TIMING
from reader.corpus.sentences import CLOSERS

Span = tuple[int, int]

LONG_GAP = 2.0  # seconds of silence after a sentence's end that start a new paragraph
PARAGRAPH_CHARS = 700  # past this, a paragraph ends at the next sentence's end
_HEADER = re.compile(r"WEBVTT(?=[ \t]|$)[ \t\-–—:]*(.*)")
_SKIPPED_BLOCK = re.compile(r"(?:NOTE|STYLE|REGION)(?=[ \t]|$)")
_NOTE = re.compile(r"NOTE[ \t]*")
_TIME = re.compile(r"(?:(\d{1,2}):)?(\d{2}):(\d{2})[,.](\d{3})")
_FIELD_LINE = re.compile(r"([A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,2})[ \t]*:[ \t]+(\S[^\n]*)")
# A cue's formatting: SubRip's HTML-like tags and "{\an8}" positions, WebVTT's class, bold,
# italic, underline, ruby and language tags and karaoke time stamps ("<00:00:05.120>"); the
# closing tag of a voice. (A voice's opening tag is handled apart: it names the speaker.)
_FORMATTING = re.compile(r"</?(?:i|b|u|s|c(?:\.[\w.-]+)?|ruby|rt|lang(?:[ \t][^<>\n]{1,40})?|font(?:[ \t][^<>\n]{0,200})?)>"
                         r"|</v>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}>|\{\\[^{}\n]{1,60}\}", re.IGNORECASE)
_VOICE = re.compile(VOICE_TAG)
_VOICE_NAME = re.compile(r"<v(?:\.[\w-]+)*[ \t]+([^<>\n]{1,60})>")
# A line that opens another speaker's turn: a dialogue dash, a caption's ">>", a speaker's label.
_TURN = re.compile(r"[ \t]*(?:[-–—][ \t]*(?=\S)|>>)")
# A cue that only describes a sound: all in brackets or parentheses, or music notes.
_SOUND = re.compile(r"[ \t]*(?:\[[^\[\]\n]{1,80}\]|\([^()\n]{1,80}\)|[♪♫#][^\n]{0,80}?[♪♫#]?|[♪♫]+)[ \t]*")
_SENTENCE_END = tuple(".!?…")


@dataclass
class _Piece:
    """Text said in a row: a cue's lines, or those of one speaker's turn in it."""

    start: int
    end: int
    begins: float  # the cue's timing, in seconds
    ends: float
    turn: bool  # it opens a speaker's turn (a dash, ">>", a label, another voice)
    sound: bool  # it only describes a sound


@dataclass
class Subtitles:
    """What `read` finds: the paragraphs said (spans of the text, with whether each is only a
    sound's description, an aside), the spans that go, and the metadata the header gives."""

    paragraphs: list[Span]
    asides: list[bool]
    cut: list[Span]
    fields: dict[str, str] = field(default_factory=dict)


def _seconds(stamp: str) -> float:
    m = _TIME.match(stamp.strip())
    if m is None:
        return 0.0
    hours, minutes, seconds, millis = (int(g) if g else 0 for g in m.groups())
    return hours * 3600 + minutes * 60 + seconds + millis / 1000


def _blocks(text: str) -> list[list[Span]]:
    """The blank-line separated blocks of `text`, as lists of line spans (newline excluded)."""
    blocks: list[list[Span]] = [[]]
    pos = 0
    while pos <= len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop == -1 else stop
        if text[pos:stop].strip():
            blocks[-1].append((pos, stop))
        elif blocks[-1]:
            blocks.append([])
        pos = stop + 1
    return [b for b in blocks if b]


def _timing_at(text: str, block: list[Span]) -> int | None:
    """Which of a block's first two lines is a cue's timing, if either is."""
    for n, (s, e) in enumerate(block[:2]):
        if CUE_TIMING.fullmatch(text, s, e):
            return n
    return None


def is_subtitles(text: str) -> bool:
    """Whether `text` is a subtitle file: it opens with a "WEBVTT" line, or its first block is a
    cue (an optional number or identifier, then a timing line)."""
    blocks = _blocks(text[:4096])
    if not blocks:
        return False
    s, e = blocks[0][0]
    return _HEADER.fullmatch(text, s, e) is not None or _timing_at(text, blocks[0]) is not None


def _ends_sentence(text: str, piece: _Piece) -> bool:
    return text[piece.start:piece.end].rstrip().rstrip(CLOSERS).endswith(_SENTENCE_END)


def read(text: str) -> Subtitles:
    """The paragraphs, cuts and metadata of a subtitle file (see the module docstring)."""
    cut: list[Span] = []
    pieces: list[_Piece] = []
    fields: dict[str, str] = {}
    title = ""
    for number, block in enumerate(_blocks(text)):
        first_s, first_e = block[0]
        header = _HEADER.fullmatch(text, first_s, first_e) if number == 0 else None
        if header is not None or _SKIPPED_BLOCK.match(text, first_s, first_e):
            if header is not None:
                title = header.group(1).strip()
                lines = [text[s:e].strip() for s, e in block[1:]]
            else:
                note = _NOTE.match(text, first_s, first_e) if text.startswith("NOTE", first_s) else None
                lines = [text[note.end():first_e].strip()] + [text[s:e].strip() for s, e in block[1:]] if note else []
            pairs = [(m.group(1), m.group(2)) for line in lines if (m := _FIELD_LINE.fullmatch(line))]
            for key, value in header_fields(pairs).items():
                fields.setdefault(key, value)
            cut.append((first_s, _line_end(text, block[-1][1])))
            continue
        timing = _timing_at(text, block)
        if timing is None:  # no cue: text of its own, kept as written
            pieces.append(_Piece(first_s, block[-1][1], -1.0, -1.0, True, False))
            continue
        cut.append((first_s, _line_end(text, block[timing][1])))  # its number and timing
        stamp = text[block[timing][0]:block[timing][1]]
        begins, _, ends = stamp.partition("-->")
        lines = block[timing + 1:]
        if not lines:
            continue
        start = lines[0][0]
        for n, (s, e) in enumerate(lines):
            if n and (_TURN.match(text, s, e) or SPEAKER_LABEL.match(text[s:e]) or _VOICE.match(text, s, e)):
                pieces.append(_piece(text, start, lines[n - 1][1], begins, ends))
                start = s
        pieces.append(_piece(text, start, lines[-1][1], begins, ends))
    for piece in pieces:
        cut += [m.span() for m in _FORMATTING.finditer(text, piece.start, piece.end)]
    paragraphs, sounds = _paragraphs(text, pieces, cut)
    if title and "title" not in fields:
        fields["title"] = title
    return Subtitles(paragraphs, sounds, cut, fields)


def _line_end(text: str, end: int) -> int:
    """The end of a line with its line break."""
    return end + 1 if text.startswith("\n", end) else end


def _piece(text: str, start: int, end: int, begins: str, ends: str) -> _Piece:
    line = text[start:end]
    turn = bool(_TURN.match(line) or SPEAKER_LABEL.match(line) or _VOICE.match(line))
    sound = _SOUND.fullmatch(_FORMATTING.sub("", line).replace("\n", " ")) is not None
    return _Piece(start, end, _seconds(begins), _seconds(ends), turn, sound)


def _speaker(text: str, piece: _Piece) -> str | None:
    m = _VOICE_NAME.match(text, piece.start, piece.end)
    return " ".join(m.group(1).split()) if m else None


def _paragraphs(text: str, pieces: list[_Piece], cut: list[Span]) -> tuple[list[Span], list[bool]]:
    """Pieces joined into paragraphs (see the module docstring); the cuts that join them (what
    stands between two pieces of a paragraph, but one line break) are added to `cut`."""
    punctuated = any(_ends_sentence(text, p) for p in pieces)
    out: list[Span] = []
    sounds: list[bool] = []
    speaker: str | None = None
    previous: _Piece | None = None
    for piece in pieces:
        voice = _speaker(text, piece)
        same_voice = voice is not None and voice == speaker
        if previous is not None and not piece.sound and not previous.sound and (not piece.turn or same_voice):
            ended = _ends_sentence(text, previous) or not punctuated
            pause = piece.begins - previous.ends if piece.begins >= 0 <= previous.ends else LONG_GAP
            long = out[-1][1] - out[-1][0] >= PARAGRAPH_CHARS
            if not ended or not (pause >= LONG_GAP or long):
                cut.append((previous.end + 1, piece.start))  # the blank line, number and timing between
                if same_voice and (m := _VOICE.match(text, piece.start, piece.end)):
                    cut.append(m.span())  # the same speaker goes on
                out[-1] = (out[-1][0], piece.end)
                previous = piece
                continue
        speaker = voice if voice is not None else (None if piece.turn else speaker)
        out.append((piece.start, piece.end))
        sounds.append(piece.sound)
        previous = piece
    return out, sounds
