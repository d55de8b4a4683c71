"""Correcting the aligner from the reading room: link, confirm, unlink, undo, review, teach.

The compare screen mixes in `DecisionActions`. It keeps the machine's alignment of the pair
(`machine`) and shows it with the reader's decisions applied. A decision key paints its effect
at once (a `Provisional` alignment: the one shown, with that pair of passages changed), then a
thread worker records it in the bookmark store, places the pair's decisions again and applies
them to the machine's alignment (~25 ms at 5,000 paragraphs, off the UI thread); the result
replaces the provisional one. A failed write is one notice, and the store's view is shown again.
Each write is registered with the app's `PendingWrites` when its key is pressed, so quitting
before the timer fires still stores it.
"""

from __future__ import annotations

import itertools
import threading
from functools import partial
from time import perf_counter
from typing import TYPE_CHECKING, Any, Callable, Sequence

from reader.align.model import Link
from reader.bookmarks.anchoring import article_key
from reader.decisions import DecisionStore, NothingToUndo, Undone, apply_decisions, unreviewed
from reader.decisions.store import decided_pair
from reader.decisions.apply import confirmed_link, link_state, reader_link
from reader.errors import UserError
from reader.tui.bookmark_dialog import in_quotes, one_line
from reader.tui.links import PairSummary
from reader.tui.resuming import pair_name
from reader.tui.status import PANE_LABELS
from reader.tui.store_writes import FLUSHED, can_write

if TYPE_CHECKING:
    from reader.corpus import Article

TITLE_CHARS = 40  # an article's title in a notice naming a pair not shown

DECIDED_WORDS = {"reader": "your link", "confirmed": "confirmed", "": "unconfirmed"}

# A decision is stored (and the store's answer applied) this long after its key: by then the
# screen has repainted with the decision painted on (40-120 ms at 5,000 paragraphs a side on a
# busy 2-core machine); a thread started sooner takes the interpreter from that repaint.
STORE_AFTER = 0.15

# One decision worker at a time, so each places the decisions after every write before it.
_DECIDE_LOCK = threading.Lock()
_TICKETS = itertools.count(1)


def decided_marks(alignment: Any, side: int) -> dict[int, str]:
    """Per passage of pane `side` with a judged link: "reader" if it has one the reader made,
    else "confirmed"."""
    marks: dict[int, str] = {}
    if alignment is None:
        return marks
    for link in alignment.links:
        state = link_state(link)
        if state:
            index = link.a if side == 0 else link.b
            if marks.get(index) != "reader":
                marks[index] = state
    return marks


def find_link(alignment: Any, side: int, index: int, other: int) -> Link | None:
    """The link between passage `index` of pane `side` and passage `other` of the other pane."""
    if alignment is None:
        return None
    for link in (alignment.for_a(index) if side == 0 else alignment.for_b(index)):
        if (link.b if side == 0 else link.a) == other:
            return link
    return None


def alone_now(before, unit, links: list[Link]) -> set[int]:
    """The ◌ passages `before`, with `unit` in or out as its `links` now say: a body passage
    with no strong link is told by one side only."""
    now = set(before) - {unit.index}
    if unit.is_body and not any(link.tier == "strong" for link in links):
        now.add(unit.index)
    return now


def summary_after(summary: PairSummary, before: list[Link], after: list[Link], only) -> PairSummary:
    """The pair's summary once one passage's links went from `before` to `after` (its other
    links unchanged), with `only` the ◌ passages of each side now."""
    def strong(links: list[Link]) -> int:
        return sum(1 for link in links if link.tier == "strong")

    gained, gained_strong = len(after) - len(before), strong(after) - strong(before)
    return PairSummary(summary.strong + gained_strong, summary.weak + gained - gained_strong,
                       len(only[0]), len(only[1]))


class Provisional:
    """An alignment with one decision about units (a, b) painted on, until the worker's
    answer (the store's decisions applied to the machine's alignment) replaces it.

    Looks up links per passage in O(links of that passage); `links` (wanted only when the
    panes are swapped or re-cut meanwhile) is built on demand.
    """

    def __init__(self, base: Any, a: int, b: int, kind: str) -> None:
        self.base, self.a_unit, self.b_unit, self.kind = base, a, b, kind

    def __getattr__(self, name: str) -> Any:
        return getattr(self.base, name)

    def _patched(self, links: list[Link]) -> list[Link]:
        pair = (self.a_unit, self.b_unit)
        kept = [link for link in links if (link.a, link.b) != pair]
        if self.kind == "reject":
            return kept
        old = next((link for link in links if (link.a, link.b) == pair), None)
        if old is not None and self.kind == "confirm":
            new = confirmed_link(old)
        else:  # a link, or a confirmation the engine no longer backs: the reader's own link
            new = reader_link(*pair, old if self.kind == "link" else None)
        return [new, *kept]

    def for_a(self, i: int) -> list[Link]:
        links = self.base.for_a(i)
        return self._patched(links) if i == self.a_unit else links

    def for_b(self, j: int) -> list[Link]:
        links = self.base.for_b(j)
        return self._patched(links) if j == self.b_unit else links

    @property
    def links(self) -> list[Link]:
        touched = self.base.for_a(self.a_unit)
        return [link for link in self.base.links if link.a != self.a_unit] + self._patched(touched)

    @property
    def alone_a(self) -> list[int]:
        return sorted(alone_now(self.base.alone_a, self.a_units[self.a_unit], self.for_a(self.a_unit)))

    @property
    def alone_b(self) -> list[int]:
        return sorted(alone_now(self.base.alone_b, self.b_units[self.b_unit], self.for_b(self.b_unit)))

    def swapped(self) -> Provisional:
        return Provisional(self.base.swapped(), self.b_unit, self.a_unit, self.kind)


def _write_decision(app: Any, write: Callable[[DecisionStore], Any]) -> Any:
    """`write` made to the app's store (open already: `can_write` opened it, and told its
    problems, before the decision was accepted)."""
    return write(DecisionStore(app.open_bookmark_store(_told_already)))


def _told_already(*_args: Any, **_kwargs: Any) -> None:
    pass


def _said(words: str, mine: str, theirs: str, _result: object) -> str:
    return f"{words}: {in_quotes(mine, 50)} ⇄ {in_quotes(theirs, 50)}"


def _sentence(message: str) -> str:
    """A store's message, which it words as the CLI's errors are ("nothing to undo: …"), opened
    as a notice's sentence is."""
    return message[:1].upper() + message[1:]


class DecisionActions:
    """The compare screen's decision actions (mixed into `CompareScreen`)."""

    machine: Any = None  # the engine's alignment of the pair, as it arrived (either orientation)
    decided: Sequence[dict[int, str]] = ({}, {})  # per side: passages with judged links (gutter)
    _decide_shown = 0  # the newest result shown (results show in the order workers read the store)
    _orphans_told: tuple[str, str] | None = None  # the pair whose orphaned decisions were told

    # -- the machine's alignment, then the reader's decisions applied to it ---------------------

    def machine_arrived(self, alignment: Any) -> None:
        """Show the engine's alignment of the panes' articles and apply the decisions to it."""
        self.machine = alignment
        self._apply_alignment(alignment)
        self.redecide()

    def _machine_for_panes(self) -> Any:
        machine = self.machine
        if machine is None:
            return None
        ids = (machine.a.id, machine.b.id)
        if ids == self.pair_key:
            return machine
        return machine.swapped() if ids[::-1] == self.pair_key else None

    def write_decision(self, write: Callable[[DecisionStore], Any], *, after: float = 0.0,
                       started: float | None = None, said: Callable[[Any], str] | None = None) -> None:
        """Make `write(store)` in `after` seconds (see redecide): registered now, so it is made
        even if the reader quits before then."""
        ticket = self.app.pending_writes.add(partial(_write_decision, self.app, write), ordered="decisions")
        shown = partial(self.redecide, ticket, started=started, said=said)
        if after:
            self.set_timer(after, shown)
        else:
            shown()

    def redecide(self, ticket: int | None = None, *, started: float | None = None,
                 said: Callable[[Any], str] | None = None) -> None:
        """Make the pending write `ticket` (if any), then place the pair's decisions and apply
        them to the machine's alignment, in a thread; show the result when it comes back."""
        machine = self._machine_for_panes()
        if machine is None and ticket is None:
            return
        app, a, b = self.app, self.articles[0], self.articles[1]
        # Described: Textual would describe it by repr() of its arguments, the whole alignment.
        self.app.run_worker(partial(self._decide, app, machine, a, b, ticket, started, said),
                            name="decide", description="decide", thread=True, group="decisions",
                            exit_on_error=False)

    def _decide(self, app, machine, a: Article, b: Article, ticket, started, said) -> None:
        # The app's one bookmark store (decisions share its database and connection).
        store = DecisionStore(app.open_bookmark_store(partial(app.call_from_thread, app.notify)))
        pending = app.pending_writes
        with _DECIDE_LOCK:
            seq = next(_TICKETS)
            result: Any = None
            try:
                if ticket is not None:
                    result = pending.run(ticket)
                if result is FLUSHED or pending.closing:  # the app is closing: nothing to show
                    return
                placed = store.for_pair(a, b)
            except NothingToUndo as exc:
                if not pending.closing:
                    app.call_from_thread(app.notify, _sentence(str(exc)) + ".", markup=False, timeout=3)
                return
            except UserError as exc:
                if not pending.closing:
                    app.call_from_thread(self._decision_failed, str(exc))
                return
            decided = apply_decisions(machine, placed) if machine is not None else None
            if decided is not None:
                decided.swapped()  # built here, once: the right pane reads it (remembered both ways)
            again = (decided_pair(result.decision, a, b, decided.a_units, decided.b_units)
                     if isinstance(result, Undone) and decided is not None else None)
        app.call_from_thread(self._decided, seq, (a.id, b.id), decided, placed,
                             said(result) if said else "", started, again)

    def _decision_failed(self, message: str) -> None:
        self.app.notify(_sentence(message), severity="error", markup=False, timeout=8)
        self.redecide()  # show what the store holds, not what the key painted

    def _decided(self, seq: int, key: tuple[str, str], decided: Any, placed: list, message: str,
                 started: float | None, again: tuple[int, int] | None = None) -> None:
        """Show the store's answer; `again`: the pair of passages an undone decision was about
        (side a in `key`'s first article), shown as the counterpart when the cursor is on it."""
        if message:
            self.app.notify(message, markup=False, timeout=4)
        if seq < self._decide_shown or decided is None:
            return
        self._decide_shown = seq
        if key == self.pair_key:
            shown = decided
        elif key[::-1] == self.pair_key:
            shown = decided.swapped()
        else:
            return
        orphans = [d for d in placed if d.orphaned]
        if orphans and self._orphans_told != key:
            self._orphans_told = key
            n = len(orphans)
            self.app.notify(f"{n} link decision{'s' if n != 1 else ''} about these articles "
                            f"{'are' if n != 1 else 'is'} orphaned (the passage is gone) and not "
                            f"applied; `counterpoint links list` shows {'them' if n != 1 else 'it'}.",
                            severity="warning", markup=False, timeout=8)
        if shown is not self.alignment:
            self._apply_alignment(shown)
        if again is not None:
            self._show_counterpart(again if key == self.pair_key else again[::-1])
        if started is not None:
            app = self.app
            self.call_after_refresh(lambda: app.record_latency("decision-stored", perf_counter() - started))

    def _show_counterpart(self, pair: tuple[int, int]) -> None:
        """With the cursor on one passage of `pair` (left, right), show the other as its
        counterpart: undoing an unlink shows the link it brings back, not the one shown meanwhile."""
        side = self.active
        if self.panes[side].cursor != pair[side]:
            return
        others = [c.other for c in self.current_links()]
        if pair[1 - side] in others and others.index(pair[1 - side]) != self.choice:
            self.choice = others.index(pair[1 - side])
            self.refresh_view()

    # -- the keys ----------------------------------------------------------------------------

    def _judge(self, kind: str) -> None:
        self._timed("decision")
        started = perf_counter()
        pane, other = self.panes[self.active], self.panes[1 - self.active]
        if self.no_passage():
            return
        if kind == "link":
            if other.cursor is None:  # the other pane shows no passage (no text, or the view)
                self.app.notify(f"Nothing to link to in pane {PANE_LABELS[1 - self.active]}: {other.nothing_shown()}",
                                markup=False, timeout=4)
                return
            theirs = other.cursor
        else:
            link = self.current_link()
            if link is None:
                self.app.notify("This passage has no link to " + ("confirm." if kind == "confirm" else "unlink."),
                                markup=False, timeout=4)
                return
            theirs = link.other
        if self.alignment_of_panes() is None:
            self.app.notify(self.not_aligned_reason("Still aligning: decide once the links are shown."),
                            markup=False, timeout=4)
            return
        if not can_write(self.app):
            return
        side = self.active
        units = (pane.cursor, theirs) if side == 0 else (theirs, pane.cursor)
        articles, passages = self.articles, (self.panes[0].units[units[0]], self.panes[1].units[units[1]])
        self._paint_at_once(kind, *units)

        def write(store) -> int:
            return store.add_passages(kind, articles[0], passages[0], articles[1], passages[1])

        words = {"link": "Linked", "confirm": "Confirmed the link", "reject": "Unlinked"}[kind]
        said = partial(_said, words, passages[side].text, passages[1 - side].text)
        # Stored once the decision is on screen: a thread applying decisions holds the
        # interpreter for long stretches, and the key's own repaint must not wait for it.
        self.write_decision(write, after=STORE_AFTER, started=started, said=said)

    def _paint_at_once(self, kind: str, a: int, b: int) -> None:
        """Show the decision before the store has it: the pair's link, gutter and status."""
        base = self.alignment
        self.alignment = Provisional(base, a, b, kind)
        self.decided = list(self.decided)  # replaced, never changed in place: paints hold them
        for side, unit in ((0, a), (1, b)):
            links = self.alignment.for_a(a) if side == 0 else self.alignment.for_b(b)
            self.only[side] = frozenset(alone_now(self.only[side], self.panes[side].units[unit], links))
            marks = dict(self.marks[side])
            marks.pop(unit, None)
            if links:
                marks[unit] = "strong" if any(link.tier == "strong" for link in links) else "weak"
            self.marks[side] = marks
            judged = dict(self.decided[side])
            judged.pop(unit, None)
            states = {link_state(link) for link in links} - {""}
            if states:
                judged[unit] = "reader" if "reader" in states else "confirmed"
            self.decided[side] = judged
        if self.summary is not None:  # the status line's counts change with the gutter, not after the store
            self.summary = summary_after(self.summary, base.for_a(a), self.alignment.for_a(a), self.only)
        theirs = b if self.active == 0 else a
        others = [c.other for c in self.current_links()]
        self.choice = others.index(theirs) if kind != "reject" and theirs in others else 0
        self.refresh_view()
        if self.view != "all":  # the decision changes what the view shows: a cursor may be hidden now
            self._keep_cursors_shown()
            self.refresh_view(scroll=False)

    def action_link_here(self) -> None:
        """Link the cursor's passage to the passage under the other pane's cursor."""
        self._judge("link")

    def action_confirm_link(self) -> None:
        self._judge("confirm")

    def action_reject_link(self) -> None:
        self._judge("reject")

    def action_undo_decision(self) -> None:
        if not can_write(self.app):
            return

        shown = {article_key(article.path) for article in self.articles}

        def said(undone: Undone) -> str:
            decision = undone.decision
            verb = {"link": "link", "confirm": "confirmation", "reject": "unlinking"}[decision.kind]
            what = f"your {verb} of {in_quotes(decision.a.quote, 50)}"
            if {decision.a.path, decision.b.path} != shown:  # the history is every pair's: say whose
                anchors = (decision.a, decision.b)
                pair = pair_name([one_line(x.title, TITLE_CHARS) for x in anchors], [x.path for x in anchors])
                what += f" ⇄ {in_quotes(decision.b.quote, 50)}, in {pair}, not the pair shown"
            return f"Undone: {what}" if undone.action == "add" else f"Restored {what}"

        self.write_decision(lambda store: store.undo(), started=perf_counter(), said=said)

    def action_next_unreviewed(self) -> None:
        """The next machine link (below the cursor, then from the top) not yet confirmed or
        rejected, as InterText's "next unconfirmed": the cursor goes to its passage and the
        other pane shows the link's counterpart."""
        self._timed("review")
        alignment = self.alignment_of_panes()
        if alignment is None:
            self.app.notify(self.not_aligned_reason(), markup=False, timeout=3)
            return
        side, pane = self.active, self.panes[self.active]
        order = sorted(((link.a, link.b) if side == 0 else (link.b, link.a)) for link in unreviewed(alignment))
        shown = set(pane.visible_order())
        order = [pair for pair in order if pair[0] in shown]
        if not order:
            self.app.notify("Every link here is reviewed: none is left unconfirmed.", markup=False, timeout=4)
            return
        here = -1 if pane.cursor is None else pane.cursor
        after = [pair for pair in order if pair[0] > here]
        if not after:
            self.app.notify("Reviewed to the bottom, continuing at the top.", markup=False, timeout=3)
        mine, theirs = (after or order)[0]
        self._move_to(mine, center=False)
        others = [c.other for c in self.current_links()]
        if theirs in others and others.index(theirs) != self.choice:
            self.choice = others.index(theirs)
            self.refresh_view()

    def decision_facts(self, other: int) -> dict[str, str]:
        """For the status line: how the counterpart shown came about."""
        pane = self.panes[self.active]
        link = find_link(self.alignment_of_panes(), self.active, pane.cursor, other) if pane.cursor is not None else None
        return {"decided": DECIDED_WORDS[link_state(link)] if link is not None else ""}
