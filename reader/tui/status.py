"""The compare screen's status line, formatted from plain facts (no screen, no widgets).

The screen gathers a `StatusFacts` and shows what `status_line` returns; keeping the wording
here lets it be read, tested and changed without the screen's actions in the way.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content

from reader.align.policy import shown
from reader.tui.finding import SEARCH_LIMIT
from reader.tui.links import PairSummary
from reader.tui.paint import VIEW_NAMES

PANE_LABELS = ("A", "B")
WIDE_SUMMARY = 130  # from this width the pair summary is spelled out
# What the status line says of an empty file, longest first: the shortest is the cursor's place
# the right part makes room for, a longer one shown where the line has room for it.
EMPTY_WORDS = ("no text: the file is empty", "no text")
QUERY_CUT = 12  # cells of a search query kept when the status line has no room for all of it
# Blank cells at least between the left part and the right, as between the right part's own
# pieces: one alone ran a cut left part into the summary ("0.49 strong … 1┃ 4│").
GAP = 2


@dataclass(frozen=True)
class StatusFacts:
    side: int  # the active pane
    number: int | None = None  # the cursor passage's number for people (Passage.number)
    total: int = 0  # units in the article
    granularity: str = "paragraph"  # what a unit is: "paragraph" | "sentence"
    kind: str = "body"
    link_number: int = 0  # which counterpart is shown (1-based); 0: none
    link_count: int = 0
    score: float = 0.0
    best_score: float = 0.0
    strength: str = ""  # of the counterpart shown
    covered: bool = False  # some link of the passage is strong (else it is marked ◌)
    terms: str = ""
    align_state: str = "aligning"  # aligning | ready | failed | alone (the same article twice)
    align_fraction: float = 0.0
    realigning: bool = False  # the aligning follows a change of the aligner's settings
    follow: bool = True
    view: str = "all"
    summary: PairSummary | None = None
    search: tuple[str, int, int] | None = None  # (query, hit number (0: the cursor is on none), hit count)
    decided: str = ""  # how the counterpart shown came about: "your link" | "confirmed" | "unconfirmed"
    settings: tuple[float, str, bool] | None = None  # the aligner's: (min score, granularity, glossaries on)
    empty: bool = False  # the active pane's article has no text (an empty or blank file)
    opening_keys: str = "o or O"  # the keys in effect that bring a second article


def unit_name(granularity: str) -> str:
    """What the reader calls the unit the cursor is on: a passage (a paragraph), or a sentence."""
    return "sentence" if granularity == "sentence" else "passage"


def settings_content(settings: tuple[float, str, bool], wide: bool) -> Content:
    """`min 0.20 · paragraphs · glossaries on` (`≥0.20 ¶ gl` when narrow)."""
    min_score, granularity, glossary = settings
    if wide:
        return Content(f"min {min_score:.2f} · {granularity}s · glossaries {'on' if glossary else 'off'}")
    unit = "¶" if granularity == "paragraph" else "sent"
    return Content(f"≥{min_score:.2f} {unit} {'gl' if glossary else 'no-gl'}")


def summary_content(summary: PairSummary, wide: bool) -> Content:
    """`12 strong · 30 weak · 8 only in A · 5 only in B` (`12┃ 30│ A◌8 B◌5` when narrow)."""
    if wide:
        return Content.assemble(
            Content.styled(f"{summary.strong} strong", "$text-success"), " · ",
            f"{summary.weak} weak · ",
            Content.styled(f"{summary.only_a} only in A · {summary.only_b} only in B", "$text-warning"))
    return Content.assemble(Content.styled(f"{summary.strong}┃", "$text-success"), f" {summary.weak}│ ",
                            Content.styled(f"A◌{summary.only_a} B◌{summary.only_b}", "$text-warning"))


def status_line(facts: StatusFacts, width: int) -> Content:
    """Left: where the cursor is and what it is linked to. Right: search, view, the pair
    summary (or alignment progress), the aligner's settings and follow. The left part is cut
    first, down to the pane and the cursor's place, which the right part makes room for."""
    label = Content.assemble(Content.styled(PANE_LABELS[facts.side], "bold $text-accent"), " ")
    pieces: list[Content] = []  # most telling first: on a narrow line the last ones go whole
    if facts.number is not None:
        where = "sentence" if facts.granularity == "sentence" else "¶"
        pieces.append(Content(f"{where} {facts.number}/{facts.total}"))
        if facts.link_count:
            pieces.append(Content(f"link {facts.link_number} of {facts.link_count}"))
            if facts.decided == "your link":  # the reader's own: no machine score to show
                pieces.append(Content.styled("+ your link", "bold $text-accent"))
            elif facts.decided == "confirmed":  # a counterpart by the reader's word, whatever its score:
                # that first, then the machine's score (no strength word, which the score would contradict)
                pieces.append(Content.styled("✓ confirmed", "bold $text-success"))
                pieces.append(Content(f"score {shown(facts.score)}"))
            else:
                pieces.append(Content(f"{shown(facts.score)} {facts.strength}"))  # as align's table writes it
                if facts.decided:
                    pieces.append(Content.styled("unconfirmed", "$text-muted"))
            if not facts.covered:
                pieces.append(Content.styled("◌ weak links only", "$text-warning"))
            if facts.link_number > 1 and facts.decided != "your link":
                pieces.append(Content(f"best {shown(facts.best_score)}"))
            if facts.terms:
                pieces.append(Content.styled(facts.terms, "$text-warning"))
        elif facts.kind != "body":
            pieces.append(Content(facts.kind))
        elif facts.align_state == "ready":
            pieces.append(Content.styled("◌ only in this article", "$text-warning"))
    elif facts.view != "all" and not facts.empty:
        pieces.append(Content.styled("nothing to show in this view", "$text-warning"))
    # An empty file's place: the longest words the right part, taking its short forms, leaves room for.
    firsts = [Content.styled(words, "$text-warning") for words in EMPTY_WORDS] if facts.empty else pieces[:1]
    for first in firsts or [None]:
        place = Content.assemble(label, first) if first is not None else label
        tail = _tail(facts, width, place.cell_length)
        if not width or width - tail.cell_length - GAP >= place.cell_length:
            break
    if width and width - tail.cell_length - GAP < place.cell_length:
        # (even its shortest form is too long: a search and a view under 80 columns) the right
        # part's last pieces go, "…" saying so, where the pane and the cursor's place would be
        tail = _cut_tail(tail, width - GAP - place.cell_length)
    if facts.empty:
        pieces = [first]
    room = max(0, width - tail.cell_length - GAP) if width else 200
    left = _fitted(label, pieces, room, cut_last=bool(facts.terms))
    return Content.assemble(left.pad_right(max(0, room - left.cell_length) + GAP), tail)


def _cut_tail(tail: Content, room: int) -> Content:
    """`tail` in `room` cells: its pieces (parted by two blanks) kept whole from the first,
    then "…"; the first piece cut short only when not even it fits."""
    plain, mark = tail.plain, "…"
    end = plain.rfind("  ", 0, max(0, room - len(mark)) + 1)
    while end > 0 and plain[:end].rstrip() != plain[:end]:
        end -= 1
    if end > 0 and tail[:end].cell_length + 1 + len(mark) <= room:
        return Content.assemble(tail[:end], " ", mark)
    return tail.truncate(max(0, room), ellipsis=True)


def _tail(facts: StatusFacts, width: int, place: int) -> Content:
    """The right part: search, view, alignment state, the pair summary, the aligner's settings
    and the follow lock. When it leaves less than `place` cells (the pane and the cursor's
    place) on a narrow line, the settings and then the summary take their short forms, then
    go, and a long query is cut: where the cursor is always shows."""
    wide = width >= WIDE_SUMMARY
    forms = [(wide, wide, None), (wide, False, None), (False, False, None), (False, None, None),
             (None, None, None), (None, None, QUERY_CUT)]
    for summary, settings, cut in forms:
        tail = _tail_with(facts, summary, settings, cut)
        if not width or width - tail.cell_length - GAP >= place:
            break
    return tail


def _tail_with(facts: StatusFacts, summary: bool | None, settings: bool | None, cut: int | None) -> Content:
    """The right part with the summary and settings wide (True), short (False) or left out
    (None), and the query cut to `cut` cells (None: whole)."""
    right: list[Content | str] = []
    if facts.search is not None:
        query, number, count = facts.search
        more = "+" if count >= SEARCH_LIMIT else ""
        if not count:
            found = "no hits"
        elif number:
            found = f"{number}/{count}{more}"
        else:  # the panes changed under the search and the cursor is on none of its hits
            found = f"— {count}{more} hit{'s' if count != 1 or more else ''}"
        shown_query = Content(query) if cut is None else Content(query).truncate(cut, ellipsis=True)
        right.extend([Content.styled("search: ", "bold"), shown_query, f" {found}  "])
    if facts.view != "all":
        right.append(Content.styled(f"view: {VIEW_NAMES[facts.view]}  ", "bold $text-accent"))
    if facts.align_state == "aligning":
        right.append(f"{'realigning' if facts.realigning else 'aligning'} {facts.align_fraction:4.0%}  ")
    elif facts.align_state == "failed":
        right.append(Content.styled("alignment failed  ", "$text-error"))
    elif facts.align_state == "alone":
        right.append(Content.styled(f"one article: {facts.opening_keys} opens a second  ", "$text-warning"))
    elif facts.summary is not None and summary is not None:
        right.extend([summary_content(facts.summary, summary), "  "])
    if facts.settings is not None and settings is not None:
        right.extend([settings_content(facts.settings, settings), "  "])
    right.append(Content.styled("follow on" if facts.follow else "follow off",
                                "bold $text-success" if facts.follow else "$text-muted"))
    return Content.assemble(*right)


def _fitted(label: Content, pieces: list[Content], room: int, *, cut_last: bool) -> Content:
    """`label` and as many whole `pieces` as fit in `room` cells, joined by " · ", then "…"
    when some are left out: a figure is never cut in two ("score 0.4…"). The last piece, when
    `cut_last` (the matched terms, a list), may be cut short instead."""
    out = label
    for k, piece in enumerate(pieces):
        joined = Content.assemble(out, " · " if k else "", piece)
        if joined.cell_length <= room:
            out = joined
            continue
        if cut_last and k == len(pieces) - 1 and room - out.cell_length > 8:
            return Content.assemble(out, " · ", piece).truncate(room, ellipsis=True)
        # The mark that more is left out, as it fits: never in place of a piece's last cells
        # ("¶ 13/1…" would read as another number).
        mark = next((m for m in (" …" if k else "…", "…") if out.cell_length + len(m) <= room), "")
        return Content.assemble(out, mark).truncate(room)
    return out
