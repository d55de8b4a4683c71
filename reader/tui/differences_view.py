"""What differs inside the current link, in the reading room: marks in both passages, a detail
line that lists them, and the key that opens each side's words for the pair.

The compare screen mixes `DifferenceActions` in. A `Differ` for the pair on screen is built in
a thread worker once its alignment arrives (reading the pair's glossary takes a few tens of
milliseconds); after that each link's differences are computed when it is first shown (well
under a millisecond a link) and remembered. Swapping the panes keeps the differ: it is read
mirrored.
"""

from __future__ import annotations

from functools import partial
from typing import Any, Callable

from textual import work
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from reader.corpus.sanitize import one_line
from reader.differ.listing import KIND_LABELS, in_reading_order, missing_names, sign
from reader.tui.difference_marks import NO_DIFFERENCES, side_marks
from reader.tui.keys import opening_keys
from reader.tui.paint import EMPTY
from reader.tui.status import PANE_LABELS

KIND_STYLES = {
    "number": "underline on $cp-diff-figure",
    "date": "underline on $cp-diff-figure",
    "name": "underline on $cp-diff-name",
    "framing": "underline on $cp-diff-framing",
}
DIFFERENCE_LEGEND = (  # for the help screen: a sample in each mark's colours, and its meaning
    ("200 ≠ 300", KIND_STYLES["number"], "a figure or date the two passages state differently"),
    ("Hamas", KIND_STYLES["name"], "a name only this passage mentions"),
    ("Artsakh", KIND_STYLES["framing"], "one thing, called by each side's own term"),
)


class DifferReady(Message):
    """A differ for the pair `key` (article ids, A first) at `granularity` is ready."""

    def __init__(self, key: tuple[str, str], granularity: str, differ: Any) -> None:
        super().__init__()
        self.key = key
        self.granularity = granularity
        self.differ = differ


class DifferenceLine(Static):
    """One line under the panes: what differs in the current link, and the words key."""

    DEFAULT_CSS = """
    DifferenceLine { height: 1; padding: 0 1; background: $surface; color: $foreground;
                     text-wrap: nowrap; text-overflow: ellipsis; }
    """

    _shown: tuple = ((), False, "")

    def show(self, differences: tuple, linked: bool, hint: str) -> None:
        """List `differences` (of the current link, if `linked`), with the key `hint`."""
        if (differences, linked, hint) != self._shown:
            self._shown = (differences, linked, hint)
            self._fit()

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        # one row whatever it says: no layout pass for the screen on each key press
        self.update(difference_line(*self._shown, self.content_region.width), layout=False)


def difference_line(differences: tuple, linked: bool, hint: str, width: int) -> Content:
    """`date April 2016 ≠ April 2023 · framing Artsakh ↔ separatist enclave · only in A: Hamas`,
    with each item in its mark's colours; the key hint at the right."""
    tail = Content.styled(f"  {hint}: each side's words", "$text-muted") if hint else Content("")
    items: list[Content] = []
    if linked and not differences:
        items.append(Content.styled(NO_DIFFERENCES, "$text-muted"))
    for d in in_reading_order(d for d in differences if d.kind != "name"):
        style = KIND_STYLES[d.kind]
        items.append(Content.assemble(Content.styled(KIND_LABELS[d.kind], "bold"), " ",
                                      Content.styled(one_line(d.a_text or ""), style), f" {sign(d.kind)} ",
                                      Content.styled(one_line(d.b_text or ""), style)))
    for side in (0, 1):
        names = missing_names(differences, side)
        if names:
            styled = [Content.styled(name, KIND_STYLES["name"]) for name in names]
            items.append(Content.assemble(Content.styled(f"only in {PANE_LABELS[side]}:", "bold"), " ",
                                          Content(", ").join(styled)))
    left = Content(" · ").join(items)
    room = max(0, width - tail.cell_length) if width else 10_000
    if left.cell_length > room:
        left = left.truncate(room, ellipsis=True)
    return Content.assemble(left.pad_right(max(0, room - left.cell_length)), tail)


class DifferenceActions:
    """The compare screen's differences: built per pair, read per link, painted and listed."""

    _differ: Any = None
    _differ_key: tuple[str, str] | None = None
    _differ_granularity: str | None = None  # a differ reads units: paragraphs or sentences, not both
    _differences: dict[tuple[int, int], tuple] | None = None
    _words: dict  # each side's words, by pair and corpus size (the words screen fills it)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._words = {}

    def start_differences(self, alignment: Any) -> None:
        """Build the differ of `alignment`'s pair (unless the one we have is of these two)."""
        key = (alignment.a.id, alignment.b.id)
        if self._differ_key in (key, key[::-1]) and self._differ_granularity == alignment.granularity:
            return
        self._differ, self._differ_key, self._differ_granularity, self._differences = None, None, None, {}
        self._build_differ(alignment)

    # Described: by default Textual describes a worker by repr() of its arguments, on the UI
    # thread, and an alignment's repr works out every link's evidence (seconds on long articles).
    @work(thread=True, exclusive=True, exit_on_error=False, group="differ", description="differences")
    def _build_differ(self, alignment: Any) -> None:
        from reader.align.glossary import Glossary
        from reader.differ import Differ

        glossary = self.app.pair_glossary(alignment.a, alignment.b, done="finding differences") or Glossary()
        self.post_message(DifferReady((alignment.a.id, alignment.b.id), alignment.granularity,
                                      Differ.of(alignment, glossary)))

    def on_differ_ready(self, message: DifferReady) -> None:
        if message.key in (self.pair_key, self.pair_key[::-1]) and message.granularity == self.granularity:
            self._differ, self._differ_key, self._differences = message.differ, message.key, {}
            self._differ_granularity = message.granularity
            self.refresh_view(scroll=False)

    def link_differences(self, link: Any) -> tuple:
        """The differences of the current link, side A the left/top pane (empty until known)."""
        pane = self.panes[self.active]
        if link is None or pane.cursor is None or self._differ is None or self._differ_granularity != self.granularity:
            return ()  # none yet, or the one we have reads the other granularity's units
        i, j = (pane.cursor, link.other) if self.active == 0 else (link.other, pane.cursor)
        mirrored = self._differ_key != self.pair_key
        if mirrored:
            i, j = j, i
        found = self._differences.get((i, j))
        if found is None:
            found = self._differences[(i, j)] = self._differ.between(i, j)
        return tuple(d.swapped() for d in found) if mirrored else found

    def difference_paint(self, link: Any, local_spans: Callable) -> list:
        """Each pane's difference marks for `link` (the current link), and the detail line.
        `local_spans(pane, index, spans)` makes source spans offsets into a unit's text."""
        from reader.tui.keys import binding_by_id, key_label

        differences = self.link_differences(link)
        marks: list = [EMPTY, EMPTY]
        if differences:
            pane, other = self.panes[self.active], self.panes[1 - self.active]
            for each, index in ((pane, pane.cursor), (other, link.other)):
                found = side_marks(differences, each.side, partial(local_spans, each, index))
                if found:
                    marks[each.side] = {index: found}
        line = self.query_one(DifferenceLine)
        hint = key_label(self.app, binding_by_id("words.open")) if self.align_state == "ready" else ""
        line.show(differences, link is not None and self._differ is not None, hint)
        return marks

    def action_words(self) -> None:
        """Each side's own words for the pair on screen."""
        from reader.tui.words_screen import WordsScreen

        a, b = self.articles
        if a is b:
            self.app.notify(f"Each side's words compare two articles: open a second one ({opening_keys(self.app)}).",
                            markup=False, timeout=4)
            return
        link, pane = self.current_link(), self.panes[self.active]
        shown = None
        if link is not None and self._differ is not None:
            labels = [pane.units[pane.cursor].label, self.panes[1 - self.active].units[link.other].label]
            if self.active:
                labels.reverse()
            left, right = labels
            shown = (f"(A {left} ↔ B {right})", self.link_differences(link))
        self.app.push_screen(WordsScreen(a, b, self.corpus, self._words, link=shown))
