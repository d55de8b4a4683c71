"""One article in a pane: a line-API view that wraps passages and draws only visible rows.

The pane paints one immutable `Paint` (cursor, linked passages, evidence spans, gutter marks,
search hits, view); the compare screen decides it and replaces it, and `watch_paint` repaints.
Every colour comes from a component class styled with a `cp-*` theme variable, so a theme
restyles everything. Article text is drawn as plain segments:
it is never parsed as markup.

The pane shows the article's units at the alignment's granularity: paragraphs, or sentences
(one after another, with a blank row only where a paragraph ends); every index the pane
takes or gives (cursor, links, marks) is an index into `units`.
"""

from __future__ import annotations

import textwrap
from bisect import bisect_right
from dataclasses import replace
from time import perf_counter
from typing import Iterable

from rich.segment import Segment
from rich.style import Style
from textual import events, work
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from reader.corpus import Article
from reader.corpus.composed import Composed
from reader.corpus.model import unit_index
from reader.tui.detached import Abandoned, units_cut
from reader.tui.difference_marks import DIFFERENCE_CLASSES, layered
from reader.tui.keys import hint_key
from reader.tui.layout import BLANK, Drawn, Layout, keep_last
from reader.corpus.naming import file_label
from reader.tui.paint import CURSOR_EDGE, DECIDED_GLYPHS, OTHER_COUNTERPART, VIEW_NAMES, Paint
from reader.tui.status import unit_name
from reader.tui.style_cache import StyleCache

GUTTER = 3  # bookmark mark, link bar, cursor/target mark
MARGIN = 1  # blank cells between the gutter and the text, and at the right edge
MAX_TEXT_WIDTH = 96  # readable line length on very wide panes
WRAP_WIDTHS_KEPT = 3  # with and without the scrollbar, and the width before a resize
LAYOUTS_KEPT = 8  # the three views at two widths, and two more (boilerplate hidden, a resize)
# Up to this many units are composed and wrapped at once on the UI thread (some 40 ms); more
# (sentences of a long article: 1.3 s for 3,000 + 2,500 paragraphs) in a thread worker.
AT_ONCE_UNITS = 1000

STYLE_CLASSES = (
    "pane--cursor",
    "pane--link-strong",
    "pane--link-weak",
    "pane--evidence",
    "pane--hit",
    "pane--gutter-strong",
    "pane--gutter-weak",
    "pane--gutter-reader",
    "pane--gutter-confirmed",
    "pane--unmatched",
    "pane--bookmark",
    "pane--boilerplate",
    "pane--heading",
    "pane--mark",
    "pane--mark-idle",
    "pane--diff-figure",
    "pane--diff-name",
    "pane--diff-framing",
)


def _text_width(cells: int) -> int:
    """The width text wraps at in a pane whose scrollable region is `cells` wide."""
    return max(8, min(MAX_TEXT_WIDTH, cells - GUTTER - 2 * MARGIN))


def unit_at(units: list, offset: int) -> int | None:
    """Position in `units` (paragraphs or sentences, in source order) of the unit holding
    source offset `offset`: the next unit when it falls in a gap, the last one past the end,
    None when there are no units."""
    if not units:
        return None
    return min(unit_index(units, offset), len(units) - 1)


class PaneHeader(Static):
    """Title, then outlet · date · side · file, built as Content (titles are untrusted)."""

    DEFAULT_CSS = """
    PaneHeader { height: 2; padding: 0 1 0 1; background: $panel; color: $foreground;
                 text-wrap: nowrap; text-overflow: ellipsis; }
    PaneHeader > .-title { text-style: bold; }
    """

    class Clicked(Message):
        """The header of pane `side` was clicked: the reader means that pane."""

        def __init__(self, side: int) -> None:
            super().__init__()
            self.side = side

    def on_click(self, event: events.Click) -> None:
        side = next((n for n in (0, 1) if self.id == f"header-{n}"), None)
        if side is not None:
            self.post_message(self.Clicked(side))

    def show_article(self, article: Article, label: str, others: Iterable[Article] = ()) -> None:
        line1 = Content.assemble(Content.styled(f" {label} ", "bold reverse"), " ",
                                 Content.styled(Composed(" ".join(article.title.split())).text, "bold"))
        self.update(Content("\n").join([line1, Content.assemble("    ", article_details(article, others))]))


def article_details(article: Article, others: Iterable[Article] = ()) -> Content:
    """Outlet · author · date · side (in italics) · file name (muted), as far as known."""
    parts = [Content(Composed(x).text) for x in (article.outlet, article.author, article.date) if x]
    if article.side:
        parts.append(Content.styled(Composed(article.side).text, "italic $text-accent"))
    parts.append(Content.styled(file_label(article, others), "$text-muted"))
    return Content(" · ").join(parts)


class ArticlePane(ScrollView, can_focus=False, inherit_bindings=False):
    """An article's passages, wrapped to the pane width, with the alignment painted on.

    Never focused: the screen's bindings drive both panes and `Paint.active` says which one
    the keys move. (A focus change restyles the pane and its scrollbars and re-renders the
    whole screen: most of the time tab and enter took.)"""

    paint: var[Paint] = var(Paint, init=False)

    COMPONENT_CLASSES = set(STYLE_CLASSES)

    DEFAULT_CSS = """
    ArticlePane {
        background: $background;
        color: $foreground;
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size-vertical: 1;
        height: 1fr;
    }
    ArticlePane > .pane--cursor { background: $cp-cursor; }
    ArticlePane > .pane--link-strong { background: $cp-link-strong; }
    ArticlePane > .pane--link-weak { background: $cp-link-weak; }
    ArticlePane > .pane--evidence { background: $cp-evidence; text-style: bold; }
    ArticlePane > .pane--hit { text-style: reverse bold; }
    ArticlePane > .pane--gutter-strong { color: $cp-gutter-strong; }
    ArticlePane > .pane--gutter-weak { color: $cp-gutter-weak; }
    ArticlePane > .pane--gutter-reader { color: $text-accent; text-style: bold; }
    ArticlePane > .pane--gutter-confirmed { color: $cp-gutter-strong; text-style: bold; }
    ArticlePane > .pane--unmatched { color: $cp-unmatched; }
    ArticlePane > .pane--bookmark { color: $cp-bookmark; }
    ArticlePane > .pane--boilerplate { color: $cp-boilerplate; }
    ArticlePane > .pane--heading { color: $cp-heading; text-style: bold; }
    ArticlePane > .pane--mark { color: $foreground; text-style: bold; }
    ArticlePane > .pane--mark-idle { color: $text-muted; }
    ArticlePane > .pane--diff-figure { background: $cp-diff-figure; text-style: underline; }
    ArticlePane > .pane--diff-name { background: $cp-diff-name; text-style: underline; }
    /* framing in italics too: told from a figure without colour, or where red and green look alike */
    ArticlePane > .pane--diff-framing { background: $cp-diff-framing; text-style: underline italic; }
    """

    class Clicked(Message):
        """A passage was clicked."""

        def __init__(self, pane: ArticlePane, index: int) -> None:
            super().__init__()
            self.pane = pane
            self.index = index

    class Split(Message):
        """The article's units at a granularity, cut (sentences) and laid out in a thread, are
        ready to be the pane's units."""

        def __init__(self, pane: ArticlePane, article: Article, granularity: str, drawn: Drawn) -> None:
            super().__init__()
            self.pane = pane
            self.article = article
            self.granularity = granularity
            self.drawn = drawn

    class Painted(Message):
        """The pane drew its first screen of text."""

        def __init__(self, pane: ArticlePane, at: float) -> None:
            super().__init__()
            self.pane = pane
            self.at = at

    def __init__(self, side: int, article: Article, *, id: str | None = None,
                 hide_boilerplate: bool = False, granularity: str = "paragraph") -> None:
        super().__init__(id=id)
        self.side = side
        self.granularity = granularity
        self.wrapped: Layout | None = None
        self.set_reactive(ArticlePane.paint, Paint(hide_boilerplate=hide_boilerplate))
        self._styles = StyleCache(self)
        self._cache: dict[int, Strip] = {}
        self._painted = False
        self.splitting: str | None = None  # what the pane says while its units are being cut or laid out
        self._cursor_source: int | None = None  # where the cursor goes once they are
        # (source offset, unit) the cursor was last put at by offset: re-cut, it goes to the
        # unit holding that offset, not the one holding its unit's start (see `cursor_source`)
        self._aimed: tuple[int, int] | None = None
        self._held_rows = 0  # meanwhile, the rows of what it showed before (its scrollbar stays)
        self._drawn_height = 0  # the rows shown before a resize (0: none yet)
        self._drawn_top: int | None = None  # the first row shown before a resize (None: none yet)
        self._read_from: tuple[int, int] | None = None  # (unit, offset in its text) last kept at the top
        self._drawn: dict[str, Drawn] = {}  # the article's units as drawn, per granularity
        self._drawn_for: Article | None = None  # ... of this article
        self._unstarted = False  # units awaited whose worker waits for the pane's width
        self._rewrapped: Drawn | None = None  # ... or units drawn already, awaited at a new width
        self.set_article(article)

    # -- the paint, and read-only views of it ------------------------------------------------

    def watch_paint(self, old: Paint, new: Paint) -> None:
        """Re-wrap when the set of shown units changed, else repaint the rows."""
        if old.view != new.view or old.hide_boilerplate != new.hide_boilerplate or (
                new.view != "all" and old.layout_key() != new.layout_key()):
            self.relayout()
        else:
            self.invalidate()

    def repaint(self, **changes) -> None:
        """Replace the paint with a copy that has `changes`."""
        self.paint = replace(self.paint, **changes)

    @property
    def cursor(self) -> int | None:
        return self.paint.cursor

    @cursor.setter
    def cursor(self, index: int | None) -> None:
        self.repaint(cursor=index)

    @property
    def active(self) -> bool:
        return self.paint.active

    @property
    def target(self) -> int | None:
        return self.paint.target

    @property
    def linked(self):
        return self.paint.linked

    @property
    def evidence(self):
        return self.paint.evidence

    @property
    def best(self):
        """Linked passages and the strength of their strongest link (the gutter bars)."""
        return self.paint.marks

    @property
    def unmatched(self) -> frozenset[int]:
        return self.paint.unmatched

    @property
    def bookmarked(self) -> frozenset[int]:
        return self.paint.bookmarked

    @bookmarked.setter
    def bookmarked(self, marked) -> None:
        self.repaint(bookmarked=frozenset(marked))

    @property
    def hide_boilerplate(self) -> bool:
        return self.paint.hide_boilerplate

    # -- content ---------------------------------------------------------------------------

    def set_article(self, article: Article, *, in_background: bool = False) -> None:
        """Show `article` at the pane's granularity. Sentences not yet cut, and (`in_background`,
        as when the granularity changes) more units than AT_ONCE_UNITS not yet laid out, are
        cut and laid out in a thread worker: the pane says so meanwhile and posts Split when
        they can be its units, so a long article never freezes the reader. Units laid out once
        are kept (both granularities of the article)."""
        if article is not self._drawn_for:
            self._drawn, self._drawn_for = {}, article
        self.article = article
        self._cursor_source, self._aimed = None, None
        granularity = self.granularity
        drawn = self._drawn.get(granularity)
        ready = article.units_ready(granularity)
        if drawn is None and ready and (not in_background or len(article.units(granularity)) <= AT_ONCE_UNITS):
            drawn = self._drawn[granularity] = Drawn.of(article, granularity)
        self._rewrapped = None
        if drawn is not None and in_background and self._unwrapped(drawn):
            self._rewrapped, drawn = drawn, None  # drawn at other widths only: wrapped in the worker
        self.splitting = None
        if drawn is None:
            units = f"{len(article.units(granularity)):,} {unit_name(granularity)}s" if ready else ""
            self.splitting = f"Laying out the article's {units}…" if ready else "Splitting the article into sentences…"
            # What it showed keeps its rows meanwhile, so the scrollbar stays and the width the
            # worker wraps at is the one the pane has when the units arrive.
            self._held_rows = len(self.wrapped) if self.wrapped is not None else 0
            self._start_preparing()
        self._show_drawn(drawn or Drawn.empty())
        self.set_reactive(ArticlePane.paint, Paint(active=self.paint.active, view=self.paint.view,
                                                   hide_boilerplate=self.paint.hide_boilerplate))
        self.wrapped = None
        self.relayout()
        self.scroll_to(y=0, animate=False, immediate=True)
        if self.visible_order():
            self.cursor = self.visible_order()[0]

    def _unwrapped(self, drawn: Drawn) -> bool:
        """Whether `drawn` has more units than the UI thread wraps and no rows at the width
        it would be shown at (as after swapping panes of different widths)."""
        if len(drawn.units) <= AT_ONCE_UNITS or not self.is_mounted:
            return False
        width = self._arriving_width()
        return width is not None and width not in drawn.wraps

    def trade_drawn(self, other: ArticlePane) -> None:
        """Exchange the articles' units as drawn with `other` (the panes are about to swap
        articles): each then shows its new article from what was laid out already, re-wrapped
        only if the panes' widths differ."""
        self._drawn, other._drawn = other._drawn, self._drawn
        self._drawn_for, other._drawn_for = other._drawn_for, self._drawn_for

    def _show_drawn(self, drawn: Drawn) -> None:
        """Draw `drawn`'s units: the rows draw their texts composed, so the terminal counts the
        cells Textual does (paint spans index the units' text and are mapped onto it)."""
        self.units = drawn.units
        self._composed, self._texts, self._paragraphs = drawn.composed, drawn.texts, drawn.paragraphs
        # Each unit's rows, per text width: the width changes by one whenever a view shows so
        # few rows that the scrollbar goes, and re-wrapping 5,000 passages costs ~40 ms.
        self._wraps = drawn.wraps
        # Whole layouts by (width, what decides the shown units): cycling the views comes back
        # to one already built instead of joining 5,000 passages' rows again (~10 ms a pane).
        self._layouts = drawn.layouts

    def _arriving_width(self) -> int | None:
        """The text width the pane will have when units too many for the UI thread arrive:
        more units than rows, so with the scrollbar (None before the pane has a size)."""
        region = self.scrollable_content_region
        if region.width <= 0:
            return None
        bar = 0 if self.show_vertical_scrollbar else self.styles.scrollbar_size_vertical
        return _text_width(region.width - bar)

    def _start_preparing(self) -> None:
        """Start the worker that cuts and lays out the units the pane waits for, once it can
        know the width they are laid out at: before the pane is mounted and has a size (as on
        opening, with sentences in config.toml), on_mount or the first resize starts it, so
        the UI thread never wraps them itself when they arrive."""
        width = self._arriving_width() if self.is_mounted else None  # a worker needs the running app
        self._unstarted = width is None
        if width is not None:
            self._prepare(self.article, self.granularity, width, self._rewrapped)

    @work(thread=True, exclusive=True, exit_on_error=False, group="split", description="laying out")
    def _prepare(self, article: Article, granularity: str, width: int | None, base: Drawn | None = None) -> None:
        from textual.worker import get_current_worker

        worker = get_current_worker()
        try:  # the cut first, detached: a quit does not wait for a long article's sentences
            units_cut(article, granularity, lambda: worker.is_cancelled)
        except Abandoned:
            return
        paint = Paint(view=self.paint.view, hide_boilerplate=self.paint.hide_boilerplate)  # which units show
        drawn = Drawn.of(article, granularity, width, paint, cancelled=lambda: worker.is_cancelled, base=base)
        if drawn is not None and not worker.is_cancelled:
            self.post_message(self.Split(self, article, granularity, drawn))

    def on_article_pane_split(self, message: Split) -> None:
        """Take the units cut and laid out in the worker, if the pane still shows that article
        at that granularity; the message then bubbles up so the screen repaints links and
        marks onto them."""
        if (message.article is not self.article or message.granularity != self.granularity
                or self.splitting is None):
            message.stop()
            return
        self._drawn[message.granularity] = message.drawn
        source = self._cursor_source
        self.set_article(message.article)
        if source is not None:
            self.cursor = unit_at(self.units, source)
            self._aimed = None if self.cursor is None else (source, self.cursor)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "split" and event.state == WorkerState.ERROR:
            self.splitting = f"Could not lay out the article: {event.worker.error}"
            self.invalidate()

    def cursor_to_source(self, offset: int) -> int | None:
        """Put the cursor on the unit holding source offset `offset` and return its index; while
        the units are still being cut, the cursor goes there once they are (returns None)."""
        if self.splitting is not None:
            self._cursor_source = offset
            return None
        index = unit_at(self.units, offset)
        if index is not None:
            self.cursor, self._aimed = index, (offset, index)
        return index

    def cursor_source(self) -> int | None:
        """The source offset the cursor stands for, to put it on again in units cut anew: the
        offset it was put at (a bookmark's sentence inside a paragraph) while it stays on that
        unit, else its unit's start; while the units are being cut, where it goes once they
        are. None: no cursor."""
        if self.splitting is not None:
            return self._cursor_source
        if self.cursor is None or not self.units:
            return None
        if self._aimed is not None and self._aimed[1] == self.cursor:
            return self._aimed[0]
        return self.units[self.cursor].start

    def shows_any(self, view: str) -> bool:
        """Whether the pane would show any unit in `view` (its other settings as they are)."""
        paint = replace(self.paint, view=view)
        return any(paint.shows(i, unit.kind) for i, unit in enumerate(self.units))

    def visible_order(self) -> list[int]:
        if self.wrapped is not None:
            return self.wrapped.order
        return self._visible()

    def source_offset(self, paragraph: int, offset: int = 0) -> int:
        """Source offset of `offset` into a paragraph's text: for results given per paragraph,
        such as search hits."""
        passage = self.article.passages[paragraph]
        return self.article.source_span(passage, offset, offset)[0] if offset else passage.start

    def _visible(self) -> list[int]:
        paint = self.paint
        if paint.view == "all" and not paint.hide_boilerplate:
            return list(range(len(self.units)))
        return [i for i, p in enumerate(self.units) if paint.shows(i, p.kind)]

    def text_width(self) -> int:
        return _text_width(self.scrollable_content_region.width)

    def relayout(self) -> None:
        """Re-wrap for the current width and boilerplate setting, keeping the cursor in view."""
        if not self.is_mounted or self.scrollable_content_region.width <= 0:
            return
        anchor = self._kept_in_view()
        reading = self._reading_at(anchor)
        width = self.text_width()
        key = (width, self.paint.layout_key())
        layout = self._layouts.pop(key, None)
        if layout is None:
            layout = self._overflowing_layout()
        if layout is None:
            if width not in self._wraps:
                keep_last(self._wraps, WRAP_WIDTHS_KEPT - 1)
                self._wraps[width] = {}
            layout = Layout.build(self._texts, width, self._visible(), self._paragraphs, self._wraps[width])
        self._layouts[(layout.width, self.paint.layout_key())] = layout  # the most recently used last
        keep_last(self._layouts, LAYOUTS_KEPT)
        self.wrapped = layout
        rows = self._held_rows if self.splitting is not None else len(layout)
        self.virtual_size = Size(self.scrollable_content_region.width, rows)
        self.invalidate()
        if reading is not None and anchor is not None and anchor in layout.first_row:
            self._scroll_to_reading(anchor, reading)
        elif anchor is not None:
            self.scroll_to_passage(anchor, center=False)

    def _reading_at(self, index: int | None) -> int | None:
        """Where in unit `index` the reader is when it began above the top row (a passage
        taller than the pane, paged into): the offset into its text that the top row starts
        at, for a re-wrap to keep that line at the top, not go back to the passage's first."""
        rows = None if index is None else self.passage_rows(index)
        if rows is None or self.wrapped is None:
            return None
        top = int(self.scroll_offset.y) if self._drawn_top is None else self._drawn_top
        first, count = rows
        if not first < top < first + count:
            return None
        _, start, end = self.wrapped.rows[top]
        kept = self._read_from
        # the offset a re-wrap put at the top, while its line is still there: each re-wrap
        # from the line's own start would creep back a line at a time
        return kept[1] if kept is not None and kept[0] == index and start <= kept[1] < end else start

    def reading_within(self) -> int:
        """Where in the cursor's unit the line read at the top begins, when the reader paged
        into it (0 when its start is in view): kept with the reading place."""
        return self._reading_at(self.cursor) or 0

    def read_from(self, index: int, offset: int) -> None:
        """Show unit `index` from the line holding `offset` of its text, when the unit is taller
        than the pane (a reading place left inside it); else as it is."""
        rows = self.passage_rows(index)
        if rows is not None and rows[1] > self.scrollable_content_region.height:
            self._scroll_to_reading(index, offset)

    def _scroll_to_reading(self, index: int, offset: int) -> None:
        """Put the row of unit `index` holding text offset `offset` at the top."""
        self._read_from = (index, offset)
        first, count = self.wrapped.span(index)
        starts = [start for _, start, _ in self.wrapped.rows[first:first + count]]
        # forced: before the layout has shown the scrollbar, a plain scroll is refused
        self.scroll_to(y=first + max(0, bisect_right(starts, offset) - 1), animate=False, immediate=True, force=True)
        self._drawn_top = int(self.scroll_offset.y)  # what the next re-wrap keeps, whatever the size

    def _overflowing_layout(self) -> Layout | None:
        """With no scrollbar yet, the layout made already (in the worker, as units arrive) at
        the width the scrollbar leaves, when it has rows enough to bring the scrollbar: taken
        now, not wrapped again at the wider width only to be wrapped back once the bar shows."""
        if self.show_vertical_scrollbar:
            return None
        barred = self._arriving_width()
        layout = self._layouts.get((barred, self.paint.layout_key()))
        if layout is None or len(layout) <= self.scrollable_content_region.height:
            return None
        return self._layouts.pop((barred, self.paint.layout_key()))

    def _kept_in_view(self) -> int | None:
        """The unit a re-wrap keeps in view: in the pane the keys do not move, the counterpart
        it shows for the other pane's cursor while that is on screen (what the reader is
        reading there, not this pane's own cursor, which may be far away); else the cursor."""
        target = None if self.active else self.target
        if target is not None and self.wrapped is not None and self._was_on_screen(target):
            return target
        return self.cursor

    def _was_on_screen(self, index: int) -> bool:
        """Whether any row of unit `index` was on screen before the resize being handled (the
        region has its new height by then, and a taller one may have pulled the scroll offset
        back already, so the top and height are those last drawn; the layout is still the one
        that was drawn)."""
        rows = self.passage_rows(index)
        if rows is None:
            return False
        top = int(self.scroll_offset.y) if self._drawn_top is None else self._drawn_top
        height = self._drawn_height or self.scrollable_content_region.height
        return top < rows[0] + rows[1] and rows[0] < top + height

    def invalidate(self) -> None:
        self._cache.clear()
        self.refresh()

    def on_mount(self) -> None:
        if self.splitting is not None:
            self._start_preparing()
        self.relayout()

    def on_resize(self, event: events.Resize) -> None:
        if self.splitting is not None and self._unstarted:
            self._start_preparing()
        if self.wrapped is None or self.wrapped.width != self.text_width():
            self.relayout()
        else:  # only the height changed: nothing to wrap again, but what was read stays in view
            anchor = self._kept_in_view()
            self.virtual_size = Size(self.scrollable_content_region.width, len(self.wrapped))
            self.invalidate()
            if anchor is not None and self._was_on_screen(anchor) and not self.is_passage_visible(anchor):
                self.scroll_to_passage(anchor, center=False)
        self._drawn_height = self.scrollable_content_region.height
        self._drawn_top = int(self.scroll_offset.y)

    def watch_scroll_y(self, old: float, new: float) -> None:
        """Keep the top row the reader sees, but not where a resize moves it before the pane
        hears of it (a taller pane pulls the offset back from the end of the article)."""
        super().watch_scroll_y(old, new)
        if self.scrollable_content_region.height == self._drawn_height:
            self._drawn_top = int(new)

    def watch_show_vertical_scrollbar(self, shown: bool) -> None:
        """The scrollbar comes and goes with the rows a view shows, and takes a cell of width
        with it: wrap again once the layout that showed or hid it has settled."""
        self.call_after_refresh(self._rewrap_if_narrowed_or_widened)

    def _rewrap_if_narrowed_or_widened(self) -> None:
        if self.wrapped is not None and self.wrapped.width != self.text_width():
            self.relayout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    # -- scrolling and hit-testing -----------------------------------------------------------

    def passage_rows(self, index: int) -> tuple[int, int] | None:
        if self.wrapped is None or index not in self.wrapped.first_row:
            return None
        return self.wrapped.span(index)

    def is_passage_visible(self, index: int) -> bool:
        rows = self.passage_rows(index)
        if rows is None:
            return False
        top, height = int(self.scroll_offset.y), self.scrollable_content_region.height
        first, count = rows
        return first >= top and first + min(count, height) <= top + height

    def entry_on_screen(self, forward: bool) -> int | None:
        """When the cursor's passage is wholly off screen because the reader scrolled (the
        wheel, the map beside the scrollbar, the scrollbar), the first passage that starts on
        screen (the last, going back), for the keys that move the cursor to go on from what the
        reader sees, as vim's do; None while the cursor's passage shows."""
        rows = None if self.cursor is None else self.passage_rows(self.cursor)
        if rows is None or self.wrapped is None:
            return None
        top, height = int(self.scroll_offset.y), self.scrollable_content_region.height
        first, count = rows
        if top < first + count and first < top + height:
            return None
        starting = [index for row, (index, _, _) in enumerate(self.wrapped.rows[top:top + height], top)
                    if index != BLANK and self.wrapped.first_row.get(index) == row]
        if not starting:
            return None
        return starting[0] if forward else starting[-1]

    def scroll_to_passage(self, index: int, *, center: bool, keep_reading: bool = False) -> None:
        """Bring a passage into view: centred-ish (following) or minimally (cursor moves); with
        `keep_reading` (the panes showing other passages), a passage taller than the pane that
        the reader paged into stays as it is."""
        rows = self.passage_rows(index)
        if rows is None:
            return
        first, count = rows
        height = max(1, self.scrollable_content_region.height)
        if keep_reading and not center and count > height and first < int(self.scroll_offset.y) < first + count:
            return  # paged into a passage taller than the pane: the line read stays at the top
        if center:
            y = first - max(0, (height - count) // 3) if count < height else first
            self.scroll_to(y=max(0, y), animate=False, immediate=True, force=True)
        else:
            self.scroll_to_region(
                Region(0, first, 1, min(count, height)), animate=False, immediate=True, force=True
            )

    def on_click(self, event: events.Click) -> None:
        if self.wrapped is None:
            return
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self.wrapped.passage_at(int(self.scroll_offset.y) + offset.y)
        if index is not None:
            self.post_message(self.Clicked(self, index))

    # -- drawing ---------------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        return self._styles.get(name)

    @property
    def base_style(self) -> Style:
        """The pane's own style, read once per style update (a theme change repaints every row)."""
        return self._styles.base()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = int(self.scroll_offset.y) + y
        layout = self.wrapped
        if self.splitting is not None or not self.units or (layout is not None and not layout.rows):
            return self._placeholder(y, width, self.nothing_shown())
        if layout is None or row >= len(layout.rows):
            return Strip.blank(width, self.base_style)
        strip = self._cache.get(row)
        if strip is None or strip.cell_length != width:
            strip = self._cache[row] = self._render_row(row, width)
        self._note_painted()
        return strip

    def _note_painted(self) -> None:
        if not self._painted:
            self._painted = True
            self.post_message(self.Painted(self, perf_counter()))

    def nothing_shown(self) -> str:
        """Why the pane shows no passage: its sentences are being cut (or could not be), its
        article has no text (a file opened by mistake), or the view, or hidden boilerplate,
        leaves none."""
        if self.splitting is not None:
            return self.splitting
        if not self.units:
            return (f"No text to show: the article's file is empty or blank. "
                    f"{hint_key(self.app, 'picker.open', 'o')} chooses another article.")
        if self.paint.view != "all":
            return (f"Nothing to show in this view ({VIEW_NAMES[self.paint.view]}): "
                    f"{hint_key(self.app, 'view.cycle', 'v')} changes the view.")
        return f"Nothing to show: every passage is boilerplate, and {hint_key(self.app, 'boilerplate.toggle', 'x')} shows it."

    def _placeholder(self, y: int, width: int, message: str) -> Strip:
        """Row `y` of `message` (see nothing_shown), wrapped to the pane: why it shows no passage."""
        self._note_painted()
        lines = textwrap.wrap(message, max(8, width - GUTTER - 2 * MARGIN))
        if y >= len(lines):
            return Strip.blank(width, self.base_style)
        text = " " * (GUTTER + MARGIN) + lines[y]
        return Strip([Segment(text, self.base_style + self._style("pane--boilerplate"))]).crop_extend(
            0, width, self.base_style)

    def _render_row(self, row: int, width: int) -> Strip:
        base = self.base_style
        index, start, end = self.wrapped.rows[row]
        if index == BLANK:
            return Strip.blank(width, base)
        passage = self.units[index]
        first = self.wrapped.first_row[index] == row

        text_style = base
        if passage.kind == "heading":
            text_style += self._style("pane--heading")
        elif passage.kind == "boilerplate":
            text_style += self._style("pane--boilerplate")
        if self.active and index == self.cursor:
            text_style += self._style("pane--cursor")
        elif index in self.linked:
            text_style += self._style(f"pane--link-{self.linked[index]}")

        segments = self._gutter(index, first, base)
        segments.append(Segment(" " * MARGIN, text_style))
        segments.extend(self._text_segments(index, start, end, text_style))
        used = GUTTER + MARGIN + self._cells(index, start, end)
        if used < width:
            segments.append(Segment(" " * (width - used), text_style))
        return Strip(segments).crop(0, width)

    def _cells(self, index: int, start: int, end: int) -> int:
        from rich.cells import cell_len

        return cell_len(self._texts[index][start:end])

    def _gutter(self, index: int, first: bool, base: Style) -> list[Segment]:
        """Three cells: bookmark, link strength bar (or "only here" mark), cursor/target."""
        mark = Segment(" ", base)
        if first and index in self.bookmarked:
            mark = Segment("●", base + self._style("pane--bookmark"))
        kind = self.paint.marks.get(index)
        judged = self.paint.decided.get(index)
        if first and judged is not None:  # the reader's own link, or one they confirmed
            bar = Segment(DECIDED_GLYPHS[judged], base + self._style(f"pane--gutter-{judged}"))
        elif first and index in self.paint.unmatched:
            bar = Segment("◌", base + self._style("pane--unmatched"))
        elif kind is not None:
            bar = Segment("┃" if kind == "strong" else "│", base + self._style(f"pane--gutter-{kind}"))
        else:
            bar = Segment(" ", base)
        pointer = Segment(" ", base)
        if index == self.cursor and self.active:
            pointer = Segment("▶" if first else CURSOR_EDGE, base + self._style("pane--mark"))
        elif first and index == self.target:
            pointer = Segment("◆", base + self._style("pane--mark"))
        elif first and index == self.cursor:  # the other pane's cursor: what tab goes to and = links
            pointer = Segment("▷", base + self._style("pane--mark-idle"))
        elif first and index in self.linked:  # another counterpart: seen without colour too
            pointer = Segment(OTHER_COUNTERPART, base + self._style("pane--mark-idle"))
        return [mark, bar, pointer]

    def _text_segments(self, index: int, start: int, end: int, style: Style) -> list[Segment]:
        """The row's text, with evidence spans in bold, what differs in the current link
        tinted and underlined, and search hits reversed (later layers win where they meet)."""
        text = self._texts[index]
        shown = self._composed[index].shown_span
        marked = [(*shown(lo, hi), "pane--evidence") for lo, hi in self.paint.evidence.get(index, ())]
        marked += [(*shown(lo, hi), DIFFERENCE_CLASSES[kind]) for lo, hi, kind in self.paint.differences.get(index, ())]
        marked += [(*shown(lo, hi), "pane--hit") for lo, hi in self.paint.hits.get(index, ())]
        if not marked:
            return [Segment(text[start:end], style)]
        return [Segment(text[lo:hi], style + sum((self._style(n) for n in names), Style()))
                for lo, hi, names in layered(marked, start, end)]
