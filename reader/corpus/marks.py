"""Marks a text carries about itself, not words it says: reference markers and speaker turns.

An encyclopedia article or a report copied as text keeps its reference markers after words
and full stops ("…in 1987.[3] A survey…", "…ferry route.[citation needed]"), and a copied
page the "[edit]" link beside each heading. A transcript opens each turn with who speaks and,
often, when ("[00:04:40] TOMAS LINDQVIST: …", "Q: …", "A: …"). Both stay in the text a reader
sees, but they are no part of what the passage claims: a marker's number is no figure, "Q" no
word, a speaker's label on every turn no word the article uses more than the other.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Sequence

# A reference marker: a note's number or letter ("[12]", "[a]", "[note 3]"), an editor's flag
# ("[citation needed]", "[clarification needed]", "[who?]", "[dubious – discuss]", "[sic]") and
# a copied wiki page's "[edit]". An editor's insertion inside a quote ("[Yoav] Gallant") is text.
# ... of which a copied encyclopedia page's own: a note's number, "[edit]", "[citation needed]" (a
# story's quote has "[sic]" and "[a]" too).
ENCYCLOPEDIA_MARKER = r"\[(?:\d{1,3}|edit|citation needed)\]"
REFERENCE_MARKER = re.compile(
    rf"{ENCYCLOPEDIA_MARKER}|\[(?:[a-z]|(?:note|nb|n|fn|ref) ?\d{{1,3}}|sic|(?:[a-z]+ ){{0,3}}needed"
    r"|(?:who|whom|when|where|which|why|according to whom|by whom|original research|unreliable source)\?"
    r"|(?:dubious|disputed)(?: [–—-] discuss)?|failed verification|not in citation given)\]",
    re.IGNORECASE,
)
# A footnote's number as text copied out of a PDF sets a superscript: glued to the word it
# follows ("the record1 was set") or after the word's closing stop, comma or quote ("what
# remains.4", "on record,1"). A capital's number is a code ("Q1", "G7", "A4"), a letter or a
# figure straight after it makes a word or a number ("h2o", "1234"); a short word's number
# right after a figure is a unit's power ("40 km2", "300 m3"), and glued to a word of fewer than
# GLUED_WORD_MIN letters a name's or a unit's ("mp3", "v2", "per m2"): none of them a note's.
GLUED_WORD_MIN = 3  # a note glued to prose follows a word of it; "m2", "v2", "mp3" are no words of prose
# (Each pattern first looks for the digit it needs, so that the look-behinds are tried at digits
# alone: a long passage with few figures is read at once.)
_GLUED_NOTE = re.compile(rf"(?=\d)(?:(?<=[^\W\d_]{{{GLUED_WORD_MIN}}})(?<=[^\W\d_A-Z])"
                         rf"|(?<=[^\W\d_][.,;:!?'’\"”)]))(\d{{1,3}})(?!\w)")
UNIT_LETTERS_MAX = 3  # a unit's symbol: "m", "km", "ft", "cm"; a word of four letters is no unit's
_UNIT_POWER = re.compile(r"\d\s?[^\W\d_]{1,%d}$" % UNIT_LETTERS_MAX)


# ... or to a year that ends a sentence, the next opening on a capital of any alphabet ("of
# January 2026.2 The plotter", "в 2024.3 Москва"): no figure is written with four whole digits and
# a decimal before a capital. (Group 2, in the look-ahead, is the next letter.)
_AFTER_YEAR = re.compile(r"(?=\d)(?<=\b\d{4}\.)(\d{1,3})(?=\s+([^\W\d_]))")


# ... and a capital inside the word a number is glued to makes it a name's ("IPv6", "iOS17",
# "PlayStation5"): prose's words are in lower case or open on their one capital.
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
WORD_LOOK_BACK = 40  # characters looked back for the word a number is glued to: longer is no word


def _token(text: str, mark: re.Match[str]) -> str:
    """The word `mark` is glued to and its number, as the text writes them ("record.1", "Covid19")."""
    start = mark.start()
    while start > 0 and not text[start - 1].isspace() and mark.start() - start < WORD_LOOK_BACK:
        start -= 1
    return text[start:mark.end()].lstrip("([{\"'“‘«")


def _named(text: str, mark: re.Match[str]) -> bool:
    """Whether the word `mark`'s number is glued to has a capital past its first letter (a name's)."""
    word = _WORD_BEFORE.search(text, max(0, mark.start() - WORD_LOOK_BACK), mark.start())
    return word is not None and any(c.isupper() for c in word[0][1:])


def note_marks(text: str) -> list[re.Match[str]]:
    """The footnote marks glued to `text`'s words or years (see _GLUED_NOTE, _AFTER_YEAR), in
    order, each match's group 1 its number."""
    glued = [m for m in _GLUED_NOTE.finditer(text)
             if not _UNIT_POWER.search(text, max(0, m.start() - UNIT_LETTERS_MAX - 2), m.start())
             and not _named(text, m)]
    years = [m for m in _AFTER_YEAR.finditer(text) if m[2].isupper()]
    return sorted(glued + years, key=lambda m: m.start())


# A text's notes are numbered as its marks come, each mark written once: a number glued to a
# word that comes again glued alike ("Covid19" twice) is a name's, and one far past the last
# mark's ("Covid19" after note 4) too. A mark may come MARK_STEP_MAX past the last, the patterns
# blind to one or two (after a figure or a capital's code: "in the G7.3"), or start the count
# again at most that high (a report numbers each chapter's notes from 1).
MARK_STEP_MAX = 3


def footnote_marks(texts: Sequence[str]) -> list[list[re.Match[str]]]:
    """Each of `texts`' footnote marks (note_marks), passage by passage, that number notes in
    their order (see MARK_STEP_MAX): the marks of a text read as its passages."""
    found = [note_marks(text) for text in texts]
    written = Counter(_token(text, m) for text, marks in zip(texts, found) for m in marks)
    last = 0
    kept: list[list[re.Match[str]]] = []
    for text, marks in zip(texts, found):
        kept.append([])
        for m in marks:
            number = int(m[1])
            if written[_token(text, m)] == 1 and (last < number <= last + MARK_STEP_MAX or number <= MARK_STEP_MAX):
                kept[-1].append(m)
                last = number
    return kept


# A transcript's time stamp, in brackets or parentheses: "[00:12:31]", "[12:31]", "(00:12:31.250)".
_CLOCK_READ = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
TIME_STAMP = rf"(?:\[{_CLOCK_READ}\]|\({_CLOCK_READ}\))"
# Subtitles' voice tag, who speaks a WebVTT cue ("<v Dana Ilves>", "<v.loud Dana Ilves>").
VOICE_TAG = r"<v(?:\.[\w-]+)*[ \t]+[^<>\n]{1,60}>"
# A turn's opening, at the start of a line: a time stamp, who speaks (an interview's "Q" and
# "A", or a name in capitals of one to four words, as transcripts set it), a colon; or the time
# stamp alone, or a subtitle's voice tag. A name in ordinary case ("Status: closed") is too like a field to tell, and a
# name of two capitals too like a headline's country ("US: …", "EU: …").
SPEAKER_LABEL = re.compile(
    rf"^[ \t]*(?:(?:{TIME_STAMP}[ \t]*)?(?:Q|A|[A-Z][A-Z.'’-]{{2,}}|[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){{1,3}})[ \t]*:(?=[ \t])"
    rf"|{TIME_STAMP}|{VOICE_TAG})",
    re.MULTILINE,
)

# A debate's record sets who speaks before each turn with the seat and the party in brackets,
# before a colon ("Ivo Marek (Vellmar North) (Lab): …") or on a line of its own above the speech
# ("The Minister for Transport (Ms Sigrun Dahl)"): a name of capitalised words (and the small
# words of an office, LABEL_NAME_PARTICLES) of at most DEBATE_NAME_WORDS words, no figure.
# On its own line it needs two notes, or one that names someone by a title (HONORIFICS): one
# note alone is as often a title's ("Kessa Dam (Safety)").
DEBATE_NAME_WORDS = 6
LABEL_NAME_PARTICLES = ("for", "of", "the", "and", "de", "van", "von", "der", "la", "le")
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness", "Madam", "Rev", "Hon",
              "Councillor", "Cllr", "Senator")
_HONORIFIC = rf"(?:{'|'.join(HONORIFICS)})\.?"
_LABEL_WORD = rf"(?:[A-Z][^\W\d_]*(?:[.'’-][^\W\d_]*)*\.?|{'|'.join(LABEL_NAME_PARTICLES)})"
_LABEL_NAME = rf"[A-Z][^\W\d_]*(?:[.'’-][^\W\d_]*)*\.?(?:[ \t]+{_LABEL_WORD}){{0,{DEBATE_NAME_WORDS - 1}}}"
_LABEL_NOTE = r"[ \t]*\([^()\n\d]{1,40}\)"
_OWN_LINE_NOTES = rf"(?:{_LABEL_NOTE}){{2}}|[ \t]*\({_HONORIFIC}[ \t]+[^()\n\d]{{1,36}}\)"
DEBATE_LABEL = re.compile(
    rf"^[ \t]*(?P<name>{_LABEL_NAME})(?:(?:{_LABEL_NOTE}){{1,2}}[ \t]*:(?=[ \t]|$)|(?:{_OWN_LINE_NOTES})[ \t]*$)",
    re.MULTILINE,
)


def debate_label(line: str) -> re.Match[str] | None:
    """The debate's speaker label `line` is, whole (see DEBATE_LABEL), or None."""
    return DEBATE_LABEL.fullmatch(line.strip())


# What a turn after a label and its colon ends on: a sentence's stop, a quote's or a bracket's
# close after it (kept here, as reader.corpus.sentences reads this module); a transcriber's aside
# in brackets after the stop aside ("… nobody asked the crews. [inaudible]").
_SAID_ENDS = tuple(".!?…\"”’»)")
_ASIDE_AT_END = re.compile(r"\s*\[[^\[\]\n]{1,30}\]$")


def _above_speech(text: str, label: re.Match[str]) -> bool:
    """Whether `label`, alone on its line, stands above a speech: the next line is no label (a
    story's list of members, "Anna Berg (Vellmar North) (Lab)" line after line, is its text)."""
    return text[label.end():label.end() + 1] == "\n" and DEBATE_LABEL.match(text, label.end() + 1) is None


def opens_turn(text: str, label: re.Match[str]) -> bool:
    """Whether `label`, DEBATE_LABEL's match before a colon, opens a member's turn: what follows
    on its line is said, a sentence ("Ivo Marek (Lab): Will the Minister give way?"), where a
    title's rest is not ("North Quay (Closure): The Timeline")."""
    end = text.find("\n", label.end())
    said = text[label.end():end if end >= 0 else len(text)].rstrip()
    if said.endswith("]"):
        said = _ASIDE_AT_END.sub("", unmarked_end(said))
    return label.group().endswith(":") and unmarked_end(said).endswith(_SAID_ENDS)


def turn_label(text: str) -> re.Match[str] | None:
    """The member's label that opens a turn at `text`'s start (see opens_turn), or None."""
    label = DEBATE_LABEL.match(text) if "(" in text else None
    return label if label is not None and opens_turn(text, label) else None


# ... and by the name alone after, before a colon ("Ivo Marek: Will she give way?", "Ms Dahl: No."):
# once DEBATE_LABELS_MIN turns are labelled with the seat and the party, a name before a colon
# that opens a turn is a label too when its last word is the last word of a name labelled ("Ivo
# Marek", "Ms Dahl" after "The Minister (Ms Sigrun Dahl)") or it opens on a title (HONORIFICS:
# "Mr Speaker"), however few turns it takes.
DEBATE_LABELS_MIN = 2
_BARE_LABEL = re.compile(rf"^[ \t]*(?:{TIME_STAMP}[ \t]*)?(?P<name>{_LABEL_NAME})[ \t]*:(?=[ \t])", re.MULTILINE)


def titled(text: str) -> bool:
    """Whether `text` opens with a title a name follows ("Ms", "Dr.": HONORIFICS); a note of
    spaces alone ("( )") opens with nothing."""
    words = text.split(maxsplit=1)
    return bool(words) and words[0].rstrip(".") in HONORIFICS


_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """`text` as names and lines are compared: NFKC, case-folded, its words' letters alone."""
    if not text.isascii():  # NFKC leaves ASCII as it is
        text = unicodedata.normalize("NFKC", text)
    return " ".join(_WORD.findall(text.casefold()))


def debate_labels(texts: Sequence[str]) -> tuple[set[int], set[int], set[str]]:
    """The passages a debate's speaker label opens, those that are the label alone, and the
    last words (fold) of the names the labels give."""
    opened: set[int] = set()
    alone: set[int] = set()
    surnames: set[str] = set()
    for i, text in enumerate(texts):
        first = text.split("\n", 1)[0]
        m = turn_label(first) or (DEBATE_LABEL.match(first) if debate_label(first) else None)
        if m is None:
            continue
        opened.add(i)
        if "\n" not in text and debate_label(text):
            alone.add(i)
        named = [note for note in re.findall(r"\(([^()]+)\)", m.group()) if titled(note)]
        for name in named or [m.group("name")]:  # (a seat's, a party's or an office's last word is no name)
            surnames.add(fold(name.split()[-1]))
    return opened, alone, surnames


def debate_record(texts: Sequence[str]) -> tuple[frozenset[int], frozenset[str]] | None:
    """Where a debate's record labels DEBATE_LABELS_MIN turns or more with the seat and the party:
    the passages that are a label alone, and the last words (fold) of the names the labels give;
    None for any other text."""
    opened, alone, surnames = debate_labels(texts)
    return (frozenset(alone), frozenset(surnames)) if len(opened) >= DEBATE_LABELS_MIN else None


# A transcript that names who speaks in ordinary case before a colon ("Ana Lind: We will be at
# the harbour at nine."), as a transcribing service or a podcast's page sets it: names of
# NAMED_TURN_WORDS capitalised words at most, each opening NAMED_TURNS_MIN turns or more (a
# sentence after the colon, opens_turn), two names or more taking turns. A name of one word
# is as often a field's ("Update: …", "Correction: …"), and a field again and again takes no turns.
# A name whose first word the text also writes in lower case is a place's, as a round-up sets
# them port by port or state by state ("North Quay: …", "New York: …"), no speaker's; a person's
# first word is a given name (a surname that is a word, "Young", "Baker", leaves it a name).
NAMED_TURNS_MIN = 2
NAMED_TURN_WORDS = 3


def _named_turns(texts: Sequence[str]) -> frozenset[str]:
    """The last words (fold) of the names in ordinary case that label a transcript's turns (see
    NAMED_TURNS_MIN); none in any other text."""
    sequence = []
    for text in texts:
        label = _BARE_LABEL.match(text) if ":" in text[:80] else None
        words = label["name"].split() if label else []
        if 1 < len(words) <= NAMED_TURN_WORDS and all(w[:1].isupper() for w in words) and opens_turn(text, label):
            sequence.append(fold(label["name"]))
    counts = Counter(sequence)
    takers = {name for name, n in counts.items() if n >= NAMED_TURNS_MIN}
    if len(takers) > 1:
        common = {w.casefold() for text in texts for w in _WORD.findall(text) if w.islower() and len(w) > 1}
        takers = {name for name in takers if name.split()[0] not in common}
    taken = [name for name in sequence if name in takers]
    changes = sum(a != b for a, b in zip(taken, taken[1:]))
    if len(takers) < 2 or changes * 2 < len(taken) - 1:
        return frozenset()
    return frozenset(name.split()[-1] for name in takers)


def speakers(texts: Sequence[str]) -> frozenset[str]:
    """The last words (fold) of the names a debate's record labels its turns with (debate_record),
    or a transcript in ordinary case (_named_turns); none in any other text."""
    record = debate_record(texts)
    return record[1] if record else _named_turns(texts)


def _bare_labels(text: str, surnames: Collection[str]) -> list[tuple[int, int]]:
    """The spans of the names alone before a colon that open a later turn (see DEBATE_LABELS_MIN)."""
    found = []
    for m in _BARE_LABEL.finditer(text):
        words = m["name"].split()
        if (fold(words[-1]) in surnames or len(words) > 1 and titled(m["name"])) and opens_turn(text, m):
            found.append((m.start("name"), m.end()))  # (a time stamp before it is a mark of its own)
    return found


def opens_later_turn(text: str, surnames: Collection[str]) -> bool:
    """Whether `text` opens with a name alone before a colon that labels a later turn of a
    debate's record whose names end on `surnames` (see DEBATE_LABELS_MIN)."""
    return bool(surnames) and ":" in text and bool(_bare_labels(text.split("\n", 1)[0], surnames))


def marks(text: str, surnames: Collection[str] = ()) -> list[tuple[int, int]]:
    """The spans of `text`'s reference markers and speakers' labels, in order; `surnames`: the
    last words of the names a debate's record labels its turns with (speakers), whose turns
    later open on the name alone."""
    spans = []
    if "[" in text:
        spans += [m.span() for m in REFERENCE_MARKER.finditer(text)]
    if ":" in text or "[" in text or "<v" in text:
        spans += [m.span() for m in SPEAKER_LABEL.finditer(text) if m.end() > m.start()]
    if "(" in text:
        labels = [m for m in DEBATE_LABEL.finditer(text) if opens_turn(text, m) or _above_speech(text, m)]
        spans += [m.span() for m in labels if not any(s <= m.start() < e for s, e in spans)]
    if surnames and ":" in text:
        spans += [span for span in _bare_labels(text, surnames) if not any(s <= span[0] < e for s, e in spans)]
    return sorted(spans)


def after_markers(text: str, end: int) -> int:
    """Where the text before `end` ends once reference markers at its end are set aside
    ("ferry route.[5][6]" ends after "route."): the offset past the last character that is no
    marker's, spaces between markers skipped."""
    while True:
        k = end
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if k == 0 or text[k - 1] != "]":
            return end
        start = text.rfind("[", max(0, k - 40), k)
        if start < 0 or REFERENCE_MARKER.fullmatch(text, start, k) is None:
            return end
        end = start


# A footnote's number after a sentence's stop at a line's end, as a PDF's copy sets a superscript
# ("…taken at high water.2"): after a word of GLUED_WORD_MIN letters or more, so "Annex B.2" stays.
_ENDING_NOTE = re.compile(rf"[^\W\d_]{{{GLUED_WORD_MIN}}}[.!?…][\"”’»)]?(\d{{1,3}})$")


def unmarked_end(text: str) -> str:
    """`text` without the reference markers or the footnote mark at its end ("…in 1911.[3]" ends
    "…in 1911.", "…at high water.2" ends "…at high water."), as a rule that asks how a line ends
    reads it."""
    if text[-1:].isdigit():
        note = _ENDING_NOTE.search(text)
        return text[:note.start(1)] if note is not None else text
    if not text.endswith("]"):
        return text
    return text[:after_markers(text, len(text))].rstrip()
