"""The compare screen: two articles side by side (stacked when narrow), following the links.

The screen owns the reading state (which pane is active, the cursor's current counterpart,
follow on/off) and paints it onto the two panes; alignment arrives from a thread worker as a
message, so the panes are readable before it finishes.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from time import perf_counter
from typing import Any

from textual import on, work
from textual.binding import Binding
from textual.app import ComposeResult
from textual.containers import Container, Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState, get_current_worker

from reader.corpus import Article, Corpus
from reader.tui.active_search import ActiveSearch
from reader.tui.bookmarking import BookmarkActions
from reader.tui.deciding import DecisionActions, decided_marks
from reader.tui.detached import Abandoned, detached, for_this_worker
from reader.tui.differences_view import DifferenceActions, DifferenceLine
from reader.tui.claim_opening import ClaimMapActions
from reader.tui.footer import COMPACT_UP_TO, SteadyFooter
from reader.tui.hand_linking import LinkKeyChecks
from reader.tui.keys import COMPARE_BINDINGS, DECISION_BINDINGS, FOOTER_FIRST, LINK_KEYS, hint_key, opening_keys
from reader.tui.links import (Counterpart, PairSummary, counterparts, link_marks, next_in, pair_summary, step,
                              term_label, unmatched)
from reader.tui.paint import EMPTY, VIEW_NAMES, VIEWS
from reader.tui.overview import LinkOverview, Ribbon
from reader.tui.pane import ArticlePane, PaneHeader
from reader.tui.pane_history import PaneHistory
from reader.tui.resuming import ResumeActions
from reader.tui.status import PANE_LABELS, StatusFacts, status_line, unit_name
from reader.tui.teaching import TeachingActions
from reader.tui.timing import timed
from reader.tui.tuning import TuningActions
from reader.tui.web_opening import WebOpening


class AlignProgress(Message):
    def __init__(self, key: tuple[str, str], fraction: float) -> None:
        super().__init__()
        self.key = key
        self.fraction = fraction


class AlignDone(Message):
    def __init__(self, key: tuple[str, str], alignment: Any, generation: int = 0, settings: Any = None) -> None:
        super().__init__()
        self.key = key
        self.alignment = alignment
        self.generation = generation  # the app's settings_generation when it started
        self.settings = settings  # what it was made with (an AlignmentSettings; None: those in use)


class CompareScreen(LinkKeyChecks, DecisionActions, TeachingActions, TuningActions, BookmarkActions, DifferenceActions,
                    ClaimMapActions, WebOpening, ResumeActions, PaneHistory, Screen):
    """Two panes, a status line and the footer."""

    BINDINGS = [*FOOTER_FIRST, *COMPARE_BINDINGS, *DECISION_BINDINGS]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # too_small covers it below its minimum

    DEFAULT_CSS = """
    CompareScreen { layout: vertical; }
    CompareScreen #panes { layout: horizontal; height: 1fr; }
    CompareScreen .pane-box { width: 1fr; height: 1fr; }
    CompareScreen .pane-row { height: 1fr; }
    CompareScreen.-narrow #panes { layout: vertical; }
    CompareScreen.-narrow #ribbon { display: none; }
    CompareScreen.-narrow #box-1 { border-top: hkey $panel-lighten-2; }
    CompareScreen PaneHeader.-active { background: $primary-muted; }
    CompareScreen #status { height: 1; padding: 0 1; background: $panel; color: $foreground; }
    CompareScreen ToastRack { margin-bottom: 2; }  /* above the status line, not over it */
    """

    def __init__(self, corpus: Corpus, pair: tuple[Article, Article], *, follow: bool = True,
                 show_boilerplate: bool = True, granularity: str = "paragraph") -> None:
        super().__init__()
        self.corpus = corpus
        self.articles = list(pair)
        self.alignment: Any = None
        self.align_state = "aligning"  # aligning | ready | failed | alone (one article in both panes)
        self.align_fraction = 0.0
        self.active = 0
        self.choice = 0  # which counterpart of the cursor passage is shown
        self.follow = follow
        self.hide_boilerplate = not show_boilerplate
        self.granularity = granularity  # the panes show units at the alignment's granularity
        self.view = "all"  # all | unmatched | linked (VIEWS)
        self.search: ActiveSearch | None = None
        self.search_history: list[str] = []
        self.marks: list[dict[int, str]] = [{}, {}]  # per side: linked passages by strength
        self.only: list[frozenset[int]] = [frozenset(), frozenset()]  # per side: ◌ passages
        self.summary: PairSummary | None = None
        self._marked: Any = None  # the alignment the marks, ◌ passages and summary are of
        self._painted: set[int] = set()
        self._aligning: tuple[str, str] | None = None  # the pair the align worker is working on
        self._parked: list[int | None] = [None, None]  # per side: the cursor of a pane its view empties
        self.realigning = False  # the aligning is of the pair shown, after a settings change
        self.alignment_put_off = False  # asked for while the pair was changing: made once it has
        # When another article was last put in a pane: the time until its pair's links are shown
        # is recorded as the latency "pair-aligned".
        self._pair_shown_at: float | None = None
        self._footer_had_links = False  # whether the footer's link keys were last shown (footer_leaves_out)

    def compose(self) -> ComposeResult:
        with Container(id="panes"):
            for side, article in enumerate(self.articles):
                if side:
                    yield Ribbon(id="ribbon")
                with Vertical(classes="pane-box", id=f"box-{side}"):
                    yield PaneHeader(id=f"header-{side}")
                    with Horizontal(classes="pane-row"):
                        pane = ArticlePane(side, article, id=f"pane-{side}", hide_boilerplate=self.hide_boilerplate,
                                           granularity=self.granularity)
                        yield pane
                        yield LinkOverview(pane, id=f"overview-{side}")
        yield DifferenceLine(id="differences", markup=False)
        yield Static(id="status", markup=False)
        yield SteadyFooter(compact_up_to=COMPACT_UP_TO)

    @property
    def panes(self) -> tuple[ArticlePane, ArticlePane]:
        return self.query_one("#pane-0", ArticlePane), self.query_one("#pane-1", ArticlePane)

    def on_mount(self) -> None:
        self._show_headers()
        self.refresh_view(scroll=False)
        for pane in self.panes:
            self.watch(pane, "scroll_y", self.update_ribbon, init=False)
        # The workers start once the first screen is drawn: a thread holding the interpreter
        # meanwhile (aligning, opening the bookmark store) would hold back the first paint.
        self.call_after_refresh(self._start_workers)

    def _start_workers(self) -> None:
        # Where the pair was left is looked up first: a pair with settings of its own is then
        # aligned once, at those, not first at the session's too (see align_when_placed).
        self.resume_pair()
        if self._awaiting_places:
            self.alignment_put_off = True
        else:
            self.start_alignment()
        self.refresh_marks()
        if self.align_state == "alone":
            self.ask_for_a_second_article()

    def on_resize(self, event) -> None:
        self.call_after_refresh(self.update_status)  # the status line is fitted to its width

    def _show_headers(self) -> None:
        for side, article in enumerate(self.articles):
            self.query_one(f"#header-{side}", PaneHeader).show_article(article, PANE_LABELS[side],
                                                                       [*self.corpus, *self.articles])

    # -- alignment -----------------------------------------------------------------------------

    @property
    def pair_key(self) -> tuple[str, str]:
        return self.articles[0].id, self.articles[1].id

    def start_alignment(self) -> None:
        self.realigning = self.alignment_put_off = False
        if self.articles[0] is self.articles[1]:
            # One article against itself would link every passage to itself at score 1.00.
            self.alignment, self.align_state = None, "alone"
            self.marks, self.only, self.summary = [{}, {}], [frozenset(), frozenset()], None
            return
        # A change of pair under way (a pane at a time, see ResumeActions) aligns once, when the
        # pair is shown, at the settings it is shown at: not the pair half changed, nor the pair
        # shown at the settings of the one left.
        settings = self.app.alignment_settings(*self.articles)  # with the pair's glossary files as they are now
        cached = None if self._changing else self.app.cached_alignment(*self.pair_key, settings)
        if cached is not None:
            self.machine_arrived(cached)
            return
        self.alignment = None
        self.align_state, self.align_fraction = "aligning", 0.0
        self.marks, self.only, self.summary = [{}, {}], [frozenset(), frozenset()], None
        if self._changing:
            self.alignment_put_off = True
            return
        self._aligning = self.pair_key
        self._align(self.articles[0], self.articles[1], self.app.settings_generation, settings)

    # Described: Textual would describe the worker by repr() of its arguments, on this thread.
    @work(thread=True, exclusive=True, exit_on_error=False, group="align", description="alignment")
    def _align(self, a: Article, b: Article, generation: int, settings: Any) -> None:
        worker = get_current_worker()
        key = (a.id, b.id)
        progress = self._progress_poster(key)
        try:  # detached: a quit does not wait for a stretch of the aligner without a checkpoint
            alignment = detached(lambda: self.app.compute_alignment(a, b, progress=progress,
                                                                   cancelled=lambda: worker.is_cancelled,
                                                                   settings=settings),
                                 lambda: worker.is_cancelled)
        except Abandoned:
            return
        if not worker.is_cancelled:
            self.post_message(AlignDone(key, alignment, generation, settings))
            self._tell_if_two_languages(a, b)

    def _tell_if_two_languages(self, a: Article, b: Article) -> None:
        """A notice, from the align worker, when the pair is in two languages: its few links
        are no finding about the articles."""
        from reader.align.language import languages_notice

        if (message := languages_notice(a, b)) is not None:
            self.app.call_from_thread(self.app.notify, message, severity="warning", markup=False, timeout=10)

    def _progress_poster(self, key: tuple[str, str]):
        last = [-1.0]

        def progress(fraction: float) -> None:
            if fraction - last[0] >= 0.02 or fraction >= 1.0:
                last[0] = fraction
                self.post_message(AlignProgress(key, fraction))

        return progress

    def on_align_progress(self, message: AlignProgress) -> None:
        if message.key in (self.pair_key, self.pair_key[::-1]) and self.align_state == "aligning":
            self.align_fraction = message.fraction
            self.update_status()

    def on_align_done(self, message: AlignDone) -> None:
        """Store the alignment; show it if it is of the panes' articles (mirrored if they were
        swapped while it ran). One started before a settings change is dropped: a newer one runs."""
        if message.generation != self.app.settings_generation:
            return
        shown = message.alignment.a, message.alignment.b  # not by id: an id may change meanwhile
        # filed under the ids of now, and what it was made with (its glossary files as they were read)
        self.app.store_alignment((shown[0].id, shown[1].id), message.alignment, message.settings)
        if message.key == self._aligning:
            self._aligning = None
        if shown[0] is self.articles[0] and shown[1] is self.articles[1]:
            self.machine_arrived(message.alignment)
        elif shown[1] is self.articles[0] and shown[0] is self.articles[1]:
            self.machine_arrived(message.alignment.swapped())

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "bookmark-marks" and event.state == WorkerState.ERROR:
            self.marks_failed(event.worker.error)
        if event.worker.group == "resume" and event.state == WorkerState.ERROR:
            self._awaiting_places = False  # where it was left is not to be had: aligned as it is
            self.align_when_placed()
        if event.worker.group == "align" and event.state == WorkerState.ERROR:
            self._aligning = None
            self._pair_shown_at = None  # that wait ended in no links: a later alignment is not timed from it
            self.align_state = "failed"
            message = f"Alignment failed: {event.worker.error}"
            self.app.notify(message, severity="error", markup=False, timeout=8)
            self.update_status()

    def _apply_alignment(self, alignment: Any, *, mirrored: bool = False) -> None:
        """Show `alignment`: its gutter marks, ◌ passages and summary are worked out (a second
        per 10,000 links) unless they are those shown already, or (`mirrored`: the panes were
        swapped) those shown seen from the other side."""
        # The counterpart shown stays shown where the new alignment of the same units still links
        # it (links are kept by score, and a decision painted at once puts its link first).
        before = self.alignment
        same_units = (before is not None and not mirrored and before.a is alignment.a and before.b is alignment.b
                      and before.granularity == alignment.granularity)
        shown = self.current_link() if same_units else None
        if mirrored:
            self.marks, self.decided, self.only = (list(reversed(x)) for x in (self.marks, self.decided, self.only))
            if self.summary is not None:
                self.summary = replace(self.summary, only_a=self.summary.only_b, only_b=self.summary.only_a)
        elif alignment is not self.alignment or self._marked is not alignment:
            self.marks = [link_marks(alignment, side) for side in (0, 1)]
            self.decided = [decided_marks(alignment, side) for side in (0, 1)]
            self.only = [frozenset(unmatched(alignment, side)) for side in (0, 1)]
            self.summary = pair_summary(alignment)
        self.alignment = self._marked = alignment
        if shown is not None:
            others = [c.other for c in self.current_links()]
            self.choice = others.index(shown.other) if shown.other in others else 0
        self.align_state = "ready"
        if self._pair_shown_at is not None:
            shown_at, self._pair_shown_at, app = self._pair_shown_at, None, self.app
            self.call_after_refresh(lambda: app.record_latency("pair-aligned", perf_counter() - shown_at))
        self.start_differences(alignment)
        self.refresh_view(scroll=True)
        self.show_view_awaiting_links()
        if self.view != "all":  # new links change what the view shows: a cursor may be hidden now
            self._keep_cursors_shown()
            self.refresh_view(scroll=False)
        self.keep_held_in_view()

    # -- painting the state onto the panes -------------------------------------------------

    def current_links(self) -> list[Counterpart]:
        """The cursor's counterparts, best first; none while either pane is still cutting or
        laying out its units (the alignment may have come first: it indexes units the pane
        does not have yet, and the pane's Split shows it again), nor while the alignment is still
        of the other units (paragraphs laid out before come back at once, their alignment later)."""
        pane = self.panes[self.active]
        if pane.cursor is None or any(each.splitting is not None for each in self.panes):
            return []
        return counterparts(self.alignment_of_panes(), self.active, pane.cursor)

    def alignment_of_panes(self):
        """The alignment in hand when it is of the units the panes show; None while it is still
        of the others (paragraphs laid out before come back at once, their alignment later):
        its indices would name the wrong passages."""
        alignment = self.alignment
        if alignment is not None and any(each.granularity != alignment.granularity for each in self.panes):
            return None
        return alignment

    def current_link(self) -> Counterpart | None:
        links = self.current_links()
        return links[self.choice % len(links)] if links else None

    def refresh_view(self, *, scroll: bool = True) -> None:
        """Give each pane a new Paint from the reading state (its watcher repaints), then
        follow the current link in the other pane."""
        pane, other = self.panes[self.active], self.panes[1 - self.active]
        self._keep_search_current()
        self.query_one(f"#header-{self.active}", PaneHeader).set_class(True, "-active")
        self.query_one(f"#header-{1 - self.active}", PaneHeader).set_class(False, "-active")
        links = self.current_links()
        link = links[self.choice % len(links)] if links else None
        evidence: list[dict] = [{}, {}]
        if link is not None and pane.cursor is not None:
            evidence[self.active] = {pane.cursor: _local_spans(pane, pane.cursor, link.mine)}
            evidence[1 - self.active] = {link.other: _local_spans(other, link.other, link.theirs)}
        linked = {c.other: c.strength for c in links}
        differences = self.difference_paint(link, _local_spans)
        for side, each in enumerate(self.panes):
            mine = side == self.active
            each.repaint(active=mine, target=None if mine else (link.other if link else None),
                         linked=EMPTY if mine else linked, evidence=evidence[side] or EMPTY,
                         marks=self.marks[side], unmatched=self.only[side], hits=self._hits_for(side),
                         view=self.view, hide_boilerplate=self.hide_boilerplate, differences=differences[side],
                         decided=self.decided[side] if self.alignment is not None else EMPTY)
        if link is not None and scroll and self.follow and not other.is_passage_visible(link.other):
            other.scroll_to_passage(link.other, center=True)
        self.update_status()
        self.update_ribbon()

    def update_ribbon(self) -> None:
        """Join the cursor's passage to the counterpart shown for it, in the divider."""
        spans: list[tuple[int, int] | None] = [None, None]
        pane, other = self.panes[self.active], self.panes[1 - self.active]
        link = self.current_link()
        if link is not None and pane.cursor is not None:
            spans[self.active] = _screen_rows(pane, pane.cursor)
            spans[1 - self.active] = _screen_rows(other, link.other)
        self.query_one(Ribbon).spans = tuple(spans)

    def _hits_for(self, side: int):
        if self.search is None:
            return EMPTY
        hits: dict[int, tuple] = {}
        for hit_side, index, spans in self.search.hits:
            if hit_side == side:
                hits[index] = spans
        return hits

    def has_links(self) -> bool:
        """Whether the pair shown has any link (none while aligning, or at a threshold above them all)."""
        return bool(self.marks[0] or self.marks[1])

    def footer_leaves_out(self) -> frozenset[str]:
        """The footer's link keys, while there is no link for them to act on (see footer.py)."""
        return frozenset() if self.has_links() else LINK_KEYS

    def update_status(self) -> None:
        if self.has_links() != self._footer_had_links:  # links arrived or went: the footer's link keys with them
            self._footer_had_links = not self._footer_had_links
            self.refresh_bindings()
        pane = self.panes[self.active]
        facts: dict[str, Any] = dict(side=self.active, align_state=self.align_state,
                                     align_fraction=self.align_fraction, follow=self.follow, view=self.view,
                                     summary=self.summary, realigning=self.realigning,
                                     opening_keys=opening_keys(self.app))
        if pane.cursor is not None and pane.units:
            passage = pane.units[pane.cursor]
            facts.update(number=passage.number, total=len(pane.units), kind=passage.kind,
                         granularity=pane.granularity)
            links = self.current_links()
            if links:
                link = links[self.choice % len(links)]
                facts.update(link_number=self.choice % len(links) + 1, link_count=len(links), score=link.score,
                             best_score=links[0].score, strength=link.strength, terms=term_label(link.terms),
                             covered=any(c.strength == "strong" for c in links))
                facts.update(self.decision_facts(link.other))
        facts["settings"] = self.settings_label()
        facts["empty"] = not pane.units and pane.splitting is None
        if self.search is not None:
            facts["search"] = (self.search.query, self.search.position + 1 if self.search.hits else 0,
                               len(self.search.hits))
        status = self.query_one("#status", Static)
        status.update(status_line(StatusFacts(**facts), status.size.width))

    # -- messages from the panes -----------------------------------------------------------

    @on(PaneHeader.Clicked)
    def _header_clicked(self, message: PaneHeader.Clicked) -> None:
        self.action_focus_pane(message.side)

    @on(ArticlePane.Clicked)
    def _pane_clicked(self, message: ArticlePane.Clicked) -> None:
        self._timed("click")
        self.active = message.pane.side
        self._move_to(message.index, center=False)

    @on(ArticlePane.Split)
    def _pane_split(self, message: ArticlePane.Split) -> None:
        """A pane's sentences arrived: paint the alignment and marks onto them, and bring the
        cursor (perhaps placed there by a bookmark or search meanwhile) into view."""
        pane = message.pane
        if pane.cursor is not None:
            # Which units a view hides is known once their alignment is in; until then (S while
            # it realigns) the view stays, and the alignment's arrival keeps the cursors shown.
            if self.align_state == "ready":
                self.reveal(pane, pane.cursor)
            pane.scroll_to_passage(pane.cursor, center=True)
        self.refresh_marks()
        if self.alignment is not None:
            self._apply_alignment(self.alignment)
        else:
            self.refresh_view()
            self.keep_held_in_view()

    @on(ArticlePane.Painted)
    def _pane_painted(self, message: ArticlePane.Painted) -> None:
        self._painted.add(message.pane.side)
        if len(self._painted) == 2:
            self.app.mark_first_paint(message.at)

    # -- actions ---------------------------------------------------------------------------

    def _timed(self, name: str) -> None:
        timed(self, name)

    def _move_to(self, index: int | None, *, center: bool) -> None:
        if index is None:
            return
        pane = self.panes[self.active]
        pane.cursor = index
        self.choice = 0
        pane.scroll_to_passage(index, center=center)
        self.refresh_view()

    def action_cursor(self, delta: int) -> None:
        self._timed("cursor")
        if self.no_passage():
            return
        pane = self.panes[self.active]
        entry = pane.entry_on_screen(delta > 0)  # scrolled away: onto the screen, not back
        self._move_to(step(pane.visible_order(), pane.cursor, delta) if entry is None else entry, center=False)

    def action_edge(self, bottom: bool) -> None:
        self._timed("edge")
        if self.no_passage():
            return
        order = self.panes[self.active].visible_order()
        if order:
            self._move_to(order[-1] if bottom else order[0], center=False)

    def action_page(self, direction: int, fraction: float = 1.0) -> None:
        """A page (less's space/b, vim's ctrl+f/ctrl+b) or half a page (ctrl+d/ctrl+u)."""
        self._timed("page")
        pane = self.panes[self.active]
        if self.no_passage() or pane.wrapped is None:
            return
        entry = pane.entry_on_screen(direction > 0)
        if entry is not None:  # scrolled away: page on from the screen
            pane.cursor = entry
        height = max(1, int((pane.scrollable_content_region.height - 2) * fraction))
        first, count = pane.wrapped.span(pane.cursor)
        top, shown = int(pane.scroll_offset.y), pane.scrollable_content_region.height
        if (top + shown < first + count) if direction > 0 else (first < top):
            # A passage taller than the pane, not yet shown to its end (its start, going back):
            # page on inside it, as less does, never past its start
            y = top + height if direction > 0 else max(first, top - height)
            pane.scroll_to(y=y, animate=False, immediate=True)
            self.refresh_view(scroll=False)
            return
        index = pane.wrapped.passage_at(first + direction * height)
        if index == pane.cursor:
            index = step(pane.visible_order(), pane.cursor, direction)
        pane.scroll_to(y=max(0, pane.scroll_offset.y + direction * height), animate=False, immediate=True)
        self._move_to(index, center=False)

    def action_switch_pane(self) -> None:
        self._timed("pane")
        self.action_focus_pane(1 - self.active)

    def action_focus_pane(self, side: int) -> None:
        """Go to the other pane as meld and vimdiff do: onto the counterpart shown for the
        cursor when there is one (scrolling only if it is off screen); else onto that pane's
        own cursor, leaving both panes where they are."""
        if side == self.active:
            return
        link = self.current_link()
        came_from = self.panes[self.active].cursor
        pane = self.panes[side]
        self.active, self.choice = side, 0
        if link is not None and link.other in pane.visible_order():
            pane.cursor = link.other
            if not pane.is_passage_visible(link.other):
                pane.scroll_to_passage(link.other, center=True)
            # Show the passage we came from as the counterpart, so the pane left behind stays.
            back = [c.other for c in self.current_links()]
            self.choice = back.index(came_from) if came_from in back else 0
            self.refresh_view()
        else:
            if pane.cursor is not None and not pane.is_passage_visible(pane.cursor):
                pane.scroll_to_passage(pane.cursor, center=True)
            self.refresh_view(scroll=False)

    def action_jump(self) -> None:
        self._timed("jump")
        link = self.current_link()
        if link is None:
            self._no_counterpart("This passage has no counterpart to jump to.")
            return
        other = 1 - self.active
        self.active = other
        self._move_to(link.other, center=not self.panes[other].is_passage_visible(link.other))

    def action_cycle_link(self, delta: int) -> None:
        self._timed("cycle")
        links = self.current_links()
        if not links:
            self._no_counterpart()
            return
        if len(links) == 1:
            self.app.notify("This passage has one counterpart only.", markup=False, timeout=3)
        self.choice = (self.choice + delta) % len(links)
        self.refresh_view()
        link = links[self.choice]
        other = self.panes[1 - self.active]
        if not other.is_passage_visible(link.other):
            other.scroll_to_passage(link.other, center=True)

    def _no_counterpart(self, otherwise: str = "This passage has no counterpart.") -> None:
        """Say why a key about the cursor's counterparts has none to act on."""
        if self.no_passage():
            return
        if self.align_state != "ready":
            message = self.not_aligned_reason()
        elif not self.has_links():
            message = "This pair has no links."
        else:
            message = otherwise
        self.app.notify(message, markup=False, timeout=3)

    def not_aligned_reason(self, aligning: str = "Still aligning.") -> str:
        """Why the pair shown has no alignment (yet) to act on."""
        return {"alone": f"One article in both panes: {opening_keys(self.app)} opens a second to compare it with.",
                "failed": "The alignment of these articles failed: no links to act on."}.get(
                    self.align_state, aligning)

    def no_passage(self) -> bool:
        """Whether the active pane has no passage under its cursor for a key to act on; if
        so, says why (an article with no text, or a view that shows none of its passages)."""
        pane = self.panes[self.active]
        if pane.cursor is not None:
            return False
        self.app.notify(f"Pane {PANE_LABELS[self.active]}: {pane.nothing_shown()}", markup=False, timeout=4)
        return True

    def action_next_linked(self, forward: bool) -> None:
        self._timed("linked")
        if self.align_state != "ready":
            self.app.notify(self.not_aligned_reason("No linked passages yet: still aligning."), markup=False, timeout=3)
            return
        self._next_of(set(self.panes[self.active].best), forward, "linked")

    def action_next_unmatched(self, forward: bool) -> None:
        self._timed("unmatched")
        if self.align_state != "ready":
            self.app.notify(self.not_aligned_reason(), markup=False, timeout=3)
            return
        self._next_of(self.panes[self.active].unmatched, forward, "◌ unmatched")

    def _next_of(self, wanted, forward: bool, what: str) -> None:
        """The cursor to the next (previous) shown passage in `wanted`, saying when it wraps
        round the article (as search does), when the view hides them all, or when there are none."""
        if self.no_passage():
            return
        pane = self.panes[self.active]
        target = next_in(pane.visible_order(), wanted, pane.cursor, forward)
        if target is None:
            if wanted:
                message = f"The view ({VIEW_NAMES[self.view]}) hides every {what} passage: v changes the view."
            else:
                message = {"linked": "No passage here has a counterpart.",
                           "◌ unmatched": "Every passage here has a counterpart."}[what]
            self.app.notify(message, markup=False, timeout=3)
            return
        if target == pane.cursor:
            self.app.notify(f"This is the only {what} passage shown here.", markup=False, timeout=3)
        elif pane.cursor is not None and (target < pane.cursor) == forward:
            self.app.notify(f"No more {what} passages below: continuing at the top." if forward
                            else f"No more {what} passages above: continuing at the bottom.",
                            markup=False, timeout=3, topic="wrapped")
        self._move_to(target, center=False)

    def action_toggle_follow(self) -> None:
        self._timed("follow")
        self.follow = not self.follow
        self.app.notify("Follow on: the other pane follows the cursor." if self.follow
                        else "Follow off: the panes scroll independently.", markup=False, timeout=3,
                        topic="follow")
        self.refresh_view()

    def action_toggle_boilerplate(self) -> None:
        self._timed("boilerplate")
        self._view_chosen = True  # over the one the pair was left in, should its places come after
        self.hide_boilerplate = not self.hide_boilerplate
        self._reshow()
        self.app.notify("Boilerplate hidden." if self.hide_boilerplate else "Boilerplate shown.",
                        markup=False, timeout=3, topic="boilerplate")

    def action_cycle_view(self) -> None:
        """All passages -> only ◌ unmatched -> only linked -> all (vimdiff's folding). A view
        that would show neither pane anything is passed over, saying so."""
        self._timed("view")
        self._view_awaiting_links, self._view_chosen = None, True  # the person's choice wins
        view = VIEWS[(VIEWS.index(self.view) + 1) % len(VIEWS)]
        skipped = []
        while view != "all" and not any(pane.shows_any(view) for pane in self.panes):
            skipped.append(view)
            view = VIEWS[(VIEWS.index(view) + 1) % len(VIEWS)]
        self.view = view
        self._reshow()
        if skipped:
            what = " or ".join(EMPTY_VIEW_WORDS[v] for v in skipped)
            self.app.notify(f"No {what} passages: showing {VIEW_NAMES[view]}.", markup=False, timeout=4)

    def _reshow(self) -> None:
        """Repaint after the set of shown passages changed: each cursor stays on its passage
        if it is still shown, else moves to the next shown one (the previous at the end)."""
        self.refresh_view(scroll=False)
        self._keep_cursors_shown()
        for pane in self.panes:
            if pane.cursor is not None:
                pane.scroll_to_passage(pane.cursor, center=False, keep_reading=True)
        self.refresh_view()

    def _keep_cursors_shown(self) -> None:
        """Move a cursor the view hides onto the next shown passage. A pane that shows none has
        no cursor (so no key acts on a hidden passage); it is parked and comes back with them."""
        for side, pane in enumerate(self.panes):
            if pane.wrapped is None:
                continue
            shown = pane.wrapped.first_row
            if pane.cursor is not None and pane.cursor not in shown:
                order = pane.visible_order()
                if not order:
                    self._parked[side] = pane.cursor
                pane.cursor = step(order, pane.cursor, 1) if order else None
            elif pane.cursor is None and shown:
                parked, self._parked[side] = self._parked[side], None
                pane.cursor = parked if parked in shown else step(pane.visible_order(), parked, 1)

    def reveal(self, pane: ArticlePane, index: int) -> None:
        """Show unit `index` of `pane`, to go to it: the view goes back to all passages if it
        hides the unit, and boilerplate is shown if the unit is hidden boilerplate; each says so."""
        if index in pane.visible_order() or not 0 <= index < len(pane.units):
            return
        said = []
        if self.hide_boilerplate and pane.units[index].kind == "boilerplate":
            self.hide_boilerplate = False
            said.append("Boilerplate shown.")
        if self.view != "all" and not replace(pane.paint, hide_boilerplate=False).shows(index, "body"):
            said.append(f"The view ({VIEW_NAMES[self.view]}) hid that passage: showing all passages.")
            self.view = "all"
        self._reshow()
        for message in said:
            self.app.notify(message, markup=False, timeout=4)

    def action_swap(self) -> None:
        """Show each pane's article in the other. The text and its units are the same, so each
        pane takes the other's layouts; panes of different widths (an odd terminal width) wrap
        a long article again, in a thread as when it was first laid out."""
        self._timed("swap")
        panes = self.panes
        cursors = [p.cursor for p in panes]
        offsets = [p.cursor_source() for p in panes]
        scrolls = [p.scroll_offset.y for p in panes]
        self.articles.reverse()
        self._parked.reverse()
        panes[0].trade_drawn(panes[1])
        for side, pane in enumerate(panes):
            pane.set_article(self.articles[side], in_background=True)
            if pane.splitting is not None:  # the cursor goes there once the units are laid out
                if offsets[1 - side] is not None:
                    pane.cursor_to_source(offsets[1 - side])
                continue
            pane.cursor = cursors[1 - side]
            pane.scroll_to(y=scrolls[1 - side], animate=False, immediate=True)
            if pane.cursor is not None:  # the panes may wrap differently: keep each cursor in view
                pane.scroll_to_passage(pane.cursor, center=False)
        if self.held is not None:
            side, index = self.held
            self.held = (1 - side, index)
        self._show_headers()
        self.refresh_marks()
        # The cursor's pane moved to the other side: make it active before following links,
        # so following scrolls the other pane, never the one holding the cursor.
        self.active, self.choice = 1 - self.active, 0
        if self.alignment is not None:
            self._apply_alignment(self.alignment.swapped(), mirrored=True)
        elif self._aligning not in (self.pair_key, self.pair_key[::-1]) and not self.alignment_put_off:
            self.start_alignment()
            self.refresh_view()
        else:  # the running alignment is of the same two articles, mirrored when done, or one put off
            # waits for where the pair was left (see align_when_placed)
            self.refresh_view()

    def set_pane_article(self, side: int, article: Article) -> None:
        if self.articles[side] is article:
            return
        if self.articles[1 - side] is article:  # the other pane's: swap, as the picker does, rather
            self.remember_shown()
            self.action_swap()                   # than compare the article with itself
            return
        self.remember_shown()
        self.leave_pair()
        self._pair_shown_at = perf_counter()
        self.articles[side] = article
        pane = self.panes[side]
        pane.set_article(article)
        self.choice, self._parked[side] = 0, None
        self.held = None  # a new article: the opened pair is no longer shown together
        self._show_headers()
        self.start_alignment()
        self.refresh_marks()
        self.refresh_view()
        self.resume_pair()

    def show_article(self, side: int, article: Article) -> None:
        """`set_pane_article` for an article the reader asked for by name (O, the palette): one
        the pane shows already is said to be there, not passed over in silence."""
        if self.articles[side] is article:
            from reader.tui.pane_history import article_name

            self.app.notify(f"Pane {PANE_LABELS[side]} already shows {article_name(article)}.", markup=False,
                            timeout=4)
            return
        self.set_pane_article(side, article)

    def action_copy(self, cited: bool = False) -> None:
        from reader.bookmarks.citation import cited as with_citation, source_of
        from reader.tui.clipboard import copy_out

        pane = self.panes[self.active]
        if self.no_passage():
            return
        passage = pane.units[pane.cursor]
        # One paragraph, as the pane shows it: not the short lines of a page copied as text.
        copied = with_citation(passage.text, source_of(pane.article)) if cited else passage.text.replace("\n", " ")
        what = "with its citation " if cited else ""
        copy_out(self.app, copied, f"{unit_name(pane.granularity)} {passage.number} of {len(pane.units)} {what}"
                                   f"({len(copied)} characters)")

    # -- search: `/`, then n/N through the hits until esc (less, vim) ----------------------

    def action_search(self) -> None:
        from reader.tui.search import SearchScreen

        units = [pane.units for pane in self.panes]
        self.app.push_screen(SearchScreen(units, PANE_LABELS, self.search_history), self._search_done)

    def _search_done(self, result: tuple | None) -> None:
        if result is None:
            return
        query, hits, chosen = result
        query = " ".join(query.split())
        if query:
            self.search_history = [q for q in self.search_history if q != query][-49:] + [query]
        # n/N walk the hits in reading order: pane A's, then pane B's.
        ordered = sorted(hits, key=lambda h: (h.side, h.index))
        position = ordered.index(hits[chosen]) if hits else 0
        self.search = ActiveSearch(query, tuple((h.side, h.index, h.spans) for h in ordered), position,
                                   tuple(pane.units for pane in self.panes))
        self.refresh_bindings()
        if hits:
            self._go_to_hit()
        else:
            self.refresh_view()

    def _go_to_hit(self) -> None:
        side, index, _ = self.search.hits[self.search.position]
        pane = self.panes[side]
        self.active = side
        self.reveal(pane, index)
        self._move_to(index, center=not pane.is_passage_visible(index))

    def action_search_hit(self, delta: int) -> None:
        """The next (1) or previous (-1) hit of the active search, saying when it wraps."""
        self._timed("search")
        search = self._keep_search_current()
        if search is None or not search.hits:
            self.app.notify(f"No hits for “{search.query if search else ''}”.", markup=False, timeout=3)
            return
        self.search, wrapped = search.stepped(delta, (self.active, self.panes[self.active].cursor))
        if wrapped:
            self.app.notify("Search hit the bottom, continuing at the top." if delta > 0
                            else "Search hit the top, continuing at the bottom.", markup=False, timeout=3,
                            topic="wrapped")
        self._go_to_hit()

    def _keep_search_current(self) -> ActiveSearch | None:
        """The active search, its query found again if the panes show other units than its
        hits were found in (swapped, another article, sentences): see reader.tui.active_search."""
        units = [pane.units for pane in self.panes]
        if self.search is not None and not self.search.reads(units):
            self.search = self.search.found_again(units, (self.active, self.panes[self.active].cursor))
        return self.search

    def action_leave_search(self) -> None:
        self.search = None
        self.refresh_bindings()
        self.refresh_view(scroll=False)

    def palette_bindings(self) -> list[Binding]:
        """The screen's bindings the palette offers: those whose action can run now (no "Next
        hit" without a search, no "Next linked" while n steps through one) and that have something
        to act on (no link keys while the pair has no links: footer_leaves_out)."""
        from reader.tui.palette import runs_now

        left_out = self.footer_leaves_out()
        return [b for b in [*COMPARE_BINDINGS, *DECISION_BINDINGS] if runs_now(self, b) and b.id not in left_out]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """n/N and esc belong to the search while one is active, else n/N to linked passages."""
        if action in ("search_hit", "leave_search"):
            return self.search is not None
        if action == "next_linked":
            return self.search is None
        return True

    # -- a second article, and articles from disk ------------------------------------------

    def ask_for_a_second_article(self) -> None:
        """One article open: say that a second is needed, and offer the articles beside it."""
        self.app.notify("Counterpoint compares two articles: choose the second one.", markup=False, timeout=6)
        self._load_beside(self.articles[0].path, list(self.corpus))

    @work(thread=True, exclusive=True, exit_on_error=False, group="open", description="opening beside")
    def _load_beside(self, path: Path, open_already: list) -> None:
        """Read the articles beside `path` (a thread: a folder can be large; what is read is
        bounded, see reader.corpus.loader.BESIDE_MAX_BYTES), then offer them in the picker."""
        from reader.corpus import load_beside
        from reader.errors import UserError

        try:
            corpus, left = for_this_worker(lambda: load_beside(path, open_already))
        except Abandoned:
            return
        except UserError:
            self.app.call_from_thread(self._nothing_beside)
            return
        if left:
            from reader.corpus.loader import BESIDE_LIMIT, BESIDE_MAX_BYTES

            self.app.call_from_thread(
                self.app.notify, f"{len(left)} file{'s' if len(left) != 1 else ''} beside it not listed (over "
                f"{BESIDE_MAX_BYTES // 2**20} MB, past the first {BESIDE_LIMIT}, or not readable as an article): "
                f"press {hint_key(self.app, 'open.path', 'O')} to open one by name.", markup=False, timeout=8)
        self.app.call_from_thread(self._loaded, True, corpus.articles, 1, True)

    def action_open_path(self, side: int | None = None, *, from_picker: bool = False) -> None:
        """Ask for a file, folder or web address to show in pane `side` (the other pane). Asked
        from the picker, closing the dialog goes back to the picker, on that pane."""
        from reader.tui.open_dialog import OpenDialog

        start = str(Path(self.articles[self.active].path).parent) + os.sep
        side = 1 - self.active if side is None else side
        self.app.push_screen(OpenDialog(start), lambda typed: self._path_chosen(typed, side, from_picker))

    def _path_chosen(self, chosen, side: int, from_picker: bool = False) -> None:
        """Fetch a web address; show a file in pane `side`, or a folder's articles in the picker."""
        if chosen is None and from_picker:
            self._show_picker(side)
        elif isinstance(chosen, str):
            self.open_url(chosen, side)
        elif chosen is not None:
            for problem in chosen.problems:  # a file of the folder left out, or bytes not text
                self.app.notify(problem, severity="warning", markup=False, timeout=8)
            self._loaded(chosen.folder, chosen.articles, side, False)

    def _nothing_beside(self) -> None:
        self.app.notify(f"No other article beside this one: press {hint_key(self.app, 'open.path', 'O')} "
                        "to open one from disk.",
                        markup=False, timeout=8)

    def _loaded(self, folder: bool, loaded: list, side: int, beside: bool) -> None:
        before = len(self.corpus)
        articles = self.app.take_articles(loaded)
        added = len(self.corpus) - before
        if beside and not [a for a in articles if a is not self.articles[0]]:
            self._nothing_beside()
            return
        read_again = self._read_again(articles)
        if not folder and articles:
            if articles[0] in read_again:  # opened again to see it as it reads now: it stays where it is
                return
            self.show_article(side, articles[0])
            return
        if not beside:
            self.app.notify(f"Added {added} article{'s' if added != 1 else ''} to the open corpus"
                            f" ({len(articles) - added} already open).", markup=False, timeout=4)
        from reader.tui.picker import PickerScreen

        fresh = None if beside else next((a for a in articles if all(a is not x for x in self.articles)), None)
        self.app.push_screen(PickerScreen(self.corpus, self.articles, side, PANE_LABELS, fresh), self._picked)

    def _read_again(self, articles: list[Article]) -> list[Article]:
        """The panes whose article's file was read again with other text (it was edited since
        it was opened) take the article as it reads now, realigned, each cursor on the unit at
        its place in the file, and a notice says so. Returns the articles read again."""
        from reader.tui.pane_history import article_name

        fresh = {article.path.resolve(): article for article in articles}
        self.history_reads(fresh)
        sides = [side for side, shown in enumerate(self.articles)
                 if all(shown is not article for article in self.corpus) and shown.path.resolve() in fresh]
        if not sides:
            return []
        places = [pane.cursor_source() for pane in self.panes]
        counts = {}
        self.leave_pair()
        for side in sides:
            old, new = self.articles[side], fresh[self.articles[side].path.resolve()]
            counts[new.path] = (article_name(new), len(old.passages), len(new.passages))
            self.articles[side] = new
            self.panes[side].set_article(new)
            self._parked[side] = None
        self.choice, self.held = 0, None
        self._show_headers()
        self.start_alignment()
        self.refresh_marks()
        self.refresh_view()
        self.resume_pair()
        for side in sides:
            pane = self.panes[side]
            index = pane.cursor_to_source(places[side]) if places[side] is not None else None
            if index is not None:
                pane.scroll_to_passage(index, center=True)
        self.cursors_placed()  # where they were, not where the pair was last left
        self.refresh_view(scroll=False)
        for name, was, now in counts.values():
            self.app.notify(f"{name} changed on disk since it was opened: shown as it reads now ({was} → {now} "
                            f"paragraph{'s' if now != 1 else ''}).", markup=False, timeout=6)
        return [self.articles[side] for side in sides]

    def action_open_picker(self) -> None:
        self._show_picker(self.active)

    def _show_picker(self, side: int) -> None:
        from reader.tui.picker import PickerScreen

        self.app.push_screen(PickerScreen(self.corpus, self.articles, side, PANE_LABELS), self._picked)

    def _picked(self, result: tuple | None) -> None:
        if not result:
            return
        if result[0] == "swap":
            self.action_swap()
        elif result[0] == "open":
            self.action_open_path(result[1], from_picker=True)
        else:
            _, side, article_id = result
            article = self.corpus.get(article_id)
            if article is not None:
                self.set_pane_article(side, article)


EMPTY_VIEW_WORDS = {"unmatched": "◌ unmatched", "linked": "linked"}  # "No linked passages: …"


def _screen_rows(pane: ArticlePane, index: int) -> tuple[int, int] | None:
    """(first, last) row of unit `index` relative to the top of the pane's view."""
    rows = pane.passage_rows(index)
    if rows is None:
        return None
    first, count = rows
    top = int(pane.scroll_offset.y)
    return first - top, first + count - 1 - top


def _local_spans(pane: ArticlePane, index: int, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """Evidence source spans inside unit `index` of a pane, as offsets into its display text."""
    article, passage = pane.article, pane.units[index]
    out = []
    for start, end in spans:
        start, end = max(start, passage.start), min(end, passage.end)
        if start < end:
            lo, hi = article.local_span(passage, start, end)
            if lo < hi:
                out.append((lo, hi))
    return out
