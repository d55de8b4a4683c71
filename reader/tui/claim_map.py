"""The claim map screen (M in the reading room): every claim of the open corpus as a row, the
articles as columns grouped by side, ✓ where an article tells the claim, ~ where it touches
on it and ◌ where it is silent. Enter on a cell dismisses with the passages to compare
(reader.tui.claim_grid.Choice).

The map is built (or read back from its cache) in a thread worker, with its progress shown,
so the screen answers keys while it builds; leaving the screen cancels the build. The reader's
link decisions (reader.decisions) are applied, as `counterpoint map` applies them. A map kept
from an earlier opening is shown at once while a worker checks the glossaries and decisions it
was built with: edited since (a file, a taught term, glossaries turned off, a link rejected),
the map is built again. Labels,
titles and side names come from articles: the grid (reader.tui.claim_table) draws them as
plain segments and the rest of the screen as Content, never as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from time import perf_counter
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import ProgressBar, Static
from textual.worker import Worker, WorkerState, get_current_worker

from reader.claims import Claim, ClaimMap
from reader.claims.decided import decisions_key
from reader.claims.model import SIDES_NEEDED, counted, one_side
from reader.corpus import Article, Corpus, Passage
from reader.corpus.model import holds_no_text
from reader.corpus.sanitize import file_name_shown
from reader.corpus.naming import file_label
from reader.tui.claim_grid import (RELATED, SORT_NAMES, STATES, TOLD, Choice, Column, choose, columns,
                                   fits_unfolded, label_width, shown_claims, side_legend, side_name)
from reader.tui.claim_table import ClaimTable
from reader.tui.footer import COMPACT_UP_TO, SteadyFooter
from reader.tui.keys import CLAIM_MAP_BINDINGS, FOOTER_FIRST, hint_key
from reader.tui.palette import ScreenBindingsProvider
from reader.tui.timing import timed

EXCERPT_CHARS = 400
LABEL = "label"  # MapState.column when the cursor is on the claim's label
STATE_STYLES = {TOLD: "bold $text-success", RELATED: "bold $cp-related"}  # as the grid draws them
LEGEND_LINES = 3  # the legend's max-height
LEGEND_NAME_MIN = 8  # a side's name in the legend is cut no shorter than this
# Each filter (claim_grid.shown_claims) in the title, and what the grid says when it keeps no claim.
FILTER_TITLES = {"omitted": "a side silent", "untold": "a side not telling"}
FILTER_NONE = {"omitted": "No claim is omitted by any side.", "untold": "Every side tells every claim."}
ARRIVALS_NAMED = 3  # files named in the notice of articles added since they were read; the rest counted
TITLE_ROOM_MIN = 8  # cells each title gets in the detail line when too narrow for all of them and their files
TITLE_KEPT_MIN = 3  # cells of a title cut beside its file in the detail line ("Th…"); fewer and the name is cut as one
ALSO_NAMED = 3  # an article's other passages in the claim named on the detail line; more are counted, so titles keep room
CLAIM_LABEL_MIN = 40  # the detail line keeps this much of a claim's label (the claim itself) before any of its terms


def _same_side(claim_map: ClaimMap, key: str | None, cols: list) -> int:
    """The grid column (1 is the first after the label) that stands for column `key` of the
    other layout: folding keeps the cursor on the article's side, unfolding on that side's
    first article. The first column when `key` says nothing."""
    sides = list(claim_map.sides)
    group = None
    if key and key.startswith("article-") and int(key.removeprefix("article-")) < len(claim_map.articles):
        group = sides.index(claim_map.side_of(int(key.removeprefix("article-"))))
    elif key and key.startswith("side-"):
        group = int(key.removeprefix("side-"))
    return 1 + next((n for n, c in enumerate(cols) if c.group == group), 0)


def touched(count: int) -> str:
    """What a folded side's line adds for its articles touching on a claim (", 2 touch on
    it"; nothing when none does)."""
    return f", {count} {'touches' if count == 1 else 'touch'} on it" if count else ""


def also(claim: Claim, article: int, shown: Passage) -> str:
    """The article's other passages in `claim` after the one shown (" (also ¶3, ¶11)"): an
    article telling a claim twice, or repeating a paragraph, says so, as Markdown and CSV do."""
    others = [p.label for p in sorted(claim.in_article(article), key=lambda p: p.index) if p.index != shown.index]
    if not others:
        return ""
    more = len(others) - ALSO_NAMED
    return f" (also {', '.join(others[:ALSO_NAMED])}{f' and {more} more' if more > 0 else ''})"


@dataclass
class MapState:
    """What the reading room keeps between openings of the map: the view, where the cursor
    was, and the map itself while the corpus is the one it was built for."""

    sort: str = "coverage"
    only: str | None = None  # the filter, "omitted" or "untold" (claim_grid.shown_claims), or every claim
    folded: bool | None = None  # None: as the terminal's width allows
    claim: int | None = None  # the claim id and column key under the cursor
    column: str | None = None
    claim_map: ClaimMap | None = None
    glossary: Any = None  # the reader.align.Glossary the map was built with
    decided: tuple = ()  # and the link decisions (reader.claims.decided.decisions_key)


class MapProgress(Message):
    def __init__(self, fraction: float) -> None:
        super().__init__()
        self.fraction = fraction


class MapBuilt(Message):
    def __init__(self, claim_map: ClaimMap, glossary: Any, decided: tuple, languages: str | None = None) -> None:
        super().__init__()
        self.claim_map = claim_map
        self.glossary = glossary
        self.decided = decided  # the decisions applied (reader.claims.decided.decisions_key)
        self.languages = languages  # the line saying the articles are in several languages, if they are


class MapStale(Message):
    """The kept map was built with other glossaries or decisions than those stored now: it is rebuilt."""


class ClaimMapScreen(Screen[Choice | None]):
    BINDINGS = [*FOOTER_FIRST, *CLAIM_MAP_BINDINGS]
    COMMANDS = {ScreenBindingsProvider}
    DEFAULT_CSS = """
    ClaimMapScreen { layout: vertical; }
    ClaimMapScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; text-wrap: nowrap;
                            text-overflow: ellipsis; }
    ClaimMapScreen #legend { height: auto; max-height: 3; padding: 0 1; color: $text-muted; }
    ClaimMapScreen #building { height: auto; padding: 1 2; }
    ClaimMapScreen #building ProgressBar { margin-top: 1; }
    ClaimMapScreen #detail { height: 4; padding: 0 1; border-top: hkey $panel-lighten-2;
                             border-title-align: right; border-title-color: $text-muted; }
    """

    def __init__(self, corpus: Corpus, state: MapState | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.articles: tuple[Article, ...] = tuple(corpus.articles)
        self.state = state if state is not None else MapState()
        if self.state.claim_map is not None and self.state.claim_map.articles != self.articles:
            self.state.claim_map = None  # built for a corpus since grown
        self._filled_width = 0
        self._orders: dict[tuple[str, str | None], list[Claim]] = {}  # the current map's rows per view
        self._opened_at = perf_counter()

    @property
    def claim_map(self) -> ClaimMap | None:
        return self.state.claim_map

    def compose(self) -> ComposeResult:
        yield Static(id="title", markup=False)
        yield Static(id="legend", markup=False)
        with Vertical(id="building"):
            yield Static(id="building-label", markup=False)
            yield ProgressBar(total=100, show_eta=False, id="progress")
        table = ClaimTable(id="grid")
        table.display = False
        yield table
        yield Static(id="detail", markup=False)
        yield SteadyFooter(compact_up_to=COMPACT_UP_TO)

    def on_mount(self) -> None:
        self._look_for_arrivals(self.articles)
        if len(self.articles) < 2:
            self._tell(f"A claim map needs at least two articles: press {hint_key(self.app, 'open.path', 'O')} "
                       "in the reading room to open more.")
            self.query_one(ProgressBar).display = False  # nothing is being built
            self._show_title()
            return
        if self.claim_map is not None:
            self._show_map()
            self._build(self.articles, kept=(self.state.glossary, self.state.decided))
            return
        self._tell(f"Building the claim map of {len(self.articles)} articles…")
        self._show_title()
        self._build(self.articles)

    @work(thread=True, exclusive=True, exit_on_error=False, group="arrivals", description="new files")
    def _look_for_arrivals(self, articles: tuple[Article, ...]) -> None:
        """Say which article files arrived beside the open ones since the reader read them: the
        map is of the open articles, and a file saved into their folder meanwhile is not one."""
        from reader.corpus.arrivals import arrived_since

        arrived = arrived_since(articles, self.app.opened_at)
        if arrived:
            self.app.call_from_thread(self._tell_arrivals, arrived)

    def _tell_arrivals(self, arrived: list) -> None:
        names = ", ".join(file_name_shown(path.name) for path in arrived[:ARRIVALS_NAMED])
        more = f" and {len(arrived) - ARRIVALS_NAMED} more" if len(arrived) > ARRIVALS_NAMED else ""
        files = "file was" if len(arrived) == 1 else "files were"
        self.app.notify(f"{len(arrived)} article {files} added beside the open articles since they were read, "
                        f"and {'is' if len(arrived) == 1 else 'are'} not in the map: {names}{more} "
                        f"({hint_key(self.app, 'open.path', 'O')} in the reading room opens "
                        f"{'it' if len(arrived) == 1 else 'them'}).", markup=False, timeout=10,
                        title="Claim map")

    def _tell(self, message: str) -> None:
        self.query_one("#building-label", Static).update(Content(message))

    # -- building --------------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="claim-map", description="claim map")
    def _build(self, articles: tuple[Article, ...], kept: Any = None) -> None:
        """Build the map; with the glossary and decisions a kept map was built with (`kept`),
        only when they are not those any more. A glossary file skipped is told, as the reading
        room tells it: once for each state of the file, whichever screen read it first."""
        from reader.align.glossary import read_pair_glossary
        from reader.claims import Cancelled, cached_build

        worker = get_current_worker()
        app: Any = self.app
        # The glossary and decisions `counterpoint map` uses, so both share one cached map.
        reading = read_pair_glossary(app.config_dir, articles, enabled=bool(app.config.glossary))
        app.tell_glossary_problems(reading, done="mapping claims", prefix="Claim map: ")
        glossary = reading.glossary
        decisions = self._decisions(articles)
        decided = decisions_key(decisions)
        if kept is not None:
            if (glossary, decided) == kept:
                return
            self.post_message(MapStale())
        last = [-1.0]

        def progress(fraction: float) -> None:
            if fraction - last[0] >= 0.02 or fraction >= 1.0:
                last[0] = fraction
                self.post_message(MapProgress(fraction))

        try:
            claim_map = cached_build(articles, glossary, data_dir=app.data_dir, decisions=decisions,
                                     progress=progress, cancelled=lambda: worker.is_cancelled)
        except Cancelled:
            return
        if not worker.is_cancelled:
            from reader.align.language import corpus_languages_notice

            self.post_message(MapBuilt(claim_map, glossary, decided, corpus_languages_notice(articles)))

    def _decisions(self, articles: tuple[Article, ...]) -> list:
        """The reader's link decisions between two of `articles` (reader.decisions.PassageDecision),
        from the app's store (in the worker's thread); none, said once, when it cannot be read."""
        from functools import partial

        from reader.decisions import DecisionStore, passage_decisions
        from reader.errors import UserError

        app: Any = self.app
        notify = partial(app.call_from_thread, app.notify)
        try:
            placed = DecisionStore(app.open_bookmark_store(notify)).among(articles)
        except UserError as exc:
            notify(f"Claim map: {exc}; built without link decisions", severity="warning", markup=False)
            return []
        return passage_decisions(articles, placed)

    def on_map_progress(self, message: MapProgress) -> None:
        self.query_one(ProgressBar).update(progress=round(100 * message.fraction))

    def on_map_stale(self) -> None:
        self._tell("The glossaries or link decisions changed since this map was built: building it again…")
        self.query_one(ProgressBar).update(progress=0)
        self.query_one("#building").display = True
        self.query_one(ClaimTable).display = False

    def on_map_built(self, message: MapBuilt) -> None:
        self.state.claim_map, self.state.glossary = message.claim_map, message.glossary
        self.state.decided = message.decided
        self._orders.clear()  # the rows of the map shown before
        self._show_map()
        if message.languages is not None:  # as `counterpoint map` warns of it
            self.app.notify(f"Claim map: {message.languages}", severity="warning", markup=False, timeout=10)
        claim_map = message.claim_map
        for article in claim_map.articles:  # as `counterpoint map` warns of them: a column of ◌ alone
            if not article.passages:
                self.app.notify(f"Claim map: {holds_no_text(file_label(article, claim_map.articles))}", severity="warning",
                                markup=False, timeout=8)
        for first, *copies in claim_map.same_texts():  # as `counterpoint map` warns of them
            names = ", ".join(f"“{claim_map.names[i]}”" for i in copies)
            self.app.notify(f"Claim map: {names} {'holds' if len(copies) == 1 else 'hold'} the same text as "
                            f"“{claim_map.names[first]}”; the map counts each, so their claims look told "
                            f"{len(copies) + 1} times.", severity="warning", markup=False, timeout=8)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "claim-map" and event.state == WorkerState.ERROR:
            message = f"The claim map could not be built: {event.worker.error}"
            self._tell(message)
            self.query_one(ProgressBar).display = False
            self.app.notify(message, severity="error", markup=False, timeout=8)

    # -- the grid --------------------------------------------------------------------------

    @property
    def folded(self) -> bool:
        if self.state.folded is not None:
            return self.state.folded
        return self.claim_map is not None and not fits_unfolded(self.claim_map, self.size.width)

    def _show_map(self) -> None:
        self.query_one("#building").display = False
        table = self.query_one(ClaimTable)
        table.display = True
        self._fill()
        table.focus()
        app: Any = self.app
        self.call_after_refresh(lambda: app.record_latency("map-shown", perf_counter() - self._opened_at))

    def on_resize(self) -> None:
        if self.claim_map is not None and self.size.width != self._filled_width:
            self._fill()

    def _fill(self) -> None:
        """(Re)build the grid from the state, keeping the cursor on its claim and column."""
        claim_map = self.claim_map
        if claim_map is None:
            return
        self._filled_width = self.size.width
        cols = columns(claim_map, self.folded, self.size.width)
        self._show_legend(cols)
        view = (self.state.sort, self.state.only)
        if view not in self._orders:  # sorting by imbalance visits every claim's articles
            self._orders[view] = shown_claims(claim_map, *view)
        shown = self._orders[view]
        row = next((n for n, c in enumerate(shown) if c.id == self.state.claim), 0)
        keys = [LABEL] + [c.key for c in cols]
        column = (keys.index(self.state.column) if self.state.column in keys
                  else _same_side(claim_map, self.state.column, cols))
        self.query_one(ClaimTable).show(claim_map, shown, cols, label_width(claim_map, cols, self.size.width),
                                        (row, column))
        self._show_title()
        self._show_detail()

    def _under_cursor(self) -> tuple[Claim, Column | None] | None:
        table = self.query_one(ClaimTable)
        return None if table.claim is None else (table.claim, table.column)

    @on(SteadyFooter.KeysHidden)
    def _name_hidden_keys(self, message: SteadyFooter.KeysHidden) -> None:
        """The map's keys its footer has no room for (as at 80 columns) are named on the line
        over the detail, so that every key of the map is on screen without opening help."""
        said = Content("  ").join(Content.assemble((keys, "bold"), f" {description}") for keys, description in message.keys)
        self.query_one("#detail", Static).border_title = said if message.keys else None

    @on(ClaimTable.Chosen)
    def _cell_chosen(self) -> None:
        self.action_compare()

    @on(ClaimTable.Moved)
    def _moved(self) -> None:
        table = self.query_one(ClaimTable)
        if table.claim is not None:
            self.state.claim = table.claim.id
            self.state.column = LABEL if table.column is None else table.column.key
        self._show_detail()

    def _show_legend(self, cols: list[Column]) -> None:
        """What the cells mean, then which columns are which side (folded, the headers name
        them). Side names too long for the legend's lines are shortened, the longest first,
        so that every side keeps its place in it."""
        legend = self.query_one("#legend", Static)
        states = Content("  ").join(Content.assemble(Content.styled(glyph, STATE_STYLES.get(glyph, "$text-muted")),
                                                     " ", meaning) for glyph, meaning in STATES.items())
        if self.folded:
            legend.update(states)
            return
        sides = side_legend(cols)
        width = max(1, self.size.width - 2)  # inside its padding

        def drawn(cap: int) -> Content:
            parts = [Content.assemble(Content.styled(span, "bold"), " ", Content(side).truncate(cap, ellipsis=True))
                     for span, side in sides]
            return Content.assemble(states, " · Sides: ", Content(" · ").join(parts))

        longest = max(Content(side).cell_length for _, side in sides)
        for cap in range(longest, min(longest, LEGEND_NAME_MIN) - 1, -1):
            content = drawn(cap)
            if len(content.wrap(width)) <= LEGEND_LINES:
                break
        legend.update(content)

    def _show_title(self) -> None:
        n_articles = len(self.articles)
        parts = ["Claim map"]
        claim_map = self.claim_map
        if claim_map is not None:
            shown, total = len(self.query_one(ClaimTable).claims), len(claim_map.claims)
            parts.append(f"{shown} of {counted(total, 'claim')} ({FILTER_TITLES[self.state.only]})"
                         if self.state.only else counted(total, "claim"))
            parts.append(f"by {SORT_NAMES[self.state.sort]}")
            if self.folded:
                parts.append("sides folded")
            parts.append(f"{counted(n_articles, 'article')}, {counted(len(claim_map.sides), 'side')}")
        else:
            parts.append(counted(n_articles, "article"))
        self.query_one("#title", Static).update(Content(" · ".join(parts)))

    def _show_detail(self) -> None:
        detail = self.query_one("#detail", Static)
        claim_map = self.claim_map
        if claim_map is None:
            detail.update(Content(""))
            return
        here = self._under_cursor()
        if here is None:
            detail.update(Content(
                FILTER_NONE[self.state.only] if self.state.only and claim_map.claims
                else "No passage here is told by more than one article."))
            return
        claim, column = here
        width = max(10, detail.size.width or self.size.width - 2)
        lines = [claim_line(claim, width)]
        choice = choose(claim_map, claim, column)
        lines.append(self._whose(claim_map, claim, column, choice, width))
        if choice.passage is not None:
            excerpt = " ".join(choice.passage.text.split())[:EXCERPT_CHARS]
            lines.append(Content.styled(f"{choice.passage.label} “{excerpt}”", "italic"))
        detail.update(Content("\n").join(line.truncate(width, ellipsis=True) for line in lines))

    def _whose(self, claim_map: ClaimMap, claim: Claim, column: Column | None, choice: Choice,
               width: int) -> Content:
        """Whose cell this is and what enter opens, the titles (the name pieces: a title and
        what tells it from a twin) cut so the line fits `width`, a twin's file kept."""
        pieces: list[Content | tuple[str, str]]
        if column is not None and column.article is None:
            members = claim_map.sides[column.side]
            told = claim_map.side_coverage(claim)[column.side]
            touching = sum(i in claim.related_articles for i in members)
            pieces = [Content.styled(side_name(column.side), "bold"),
                      Content(f": {told} of {len(members)} articles tell it"
                              f"{touched(touching)} · {hint_key(self.app, 'claims.compare', 'enter')}: "),
                      claim_map.name_in_parts(choice.article)]
        else:
            if choice.silent:
                where = "is silent on it"
            elif choice.related:
                where = f"only touches on it, in {choice.passage.label}"
            else:
                where = f"tells it in {choice.passage.label}{also(claim, claim_map.position(choice.article), choice.passage)}"
            side = claim_map.side_of(claim_map.position(choice.article))
            pieces = [claim_map.name_in_parts(choice.article),
                      Content.assemble(" (", Content(side_name(side)), f") {where}")]
            if choice.partner is not None:  # named with its passage: the article may tell it in several
                pieces += [Content(f" · {hint_key(self.app, 'claims.compare', 'enter')}: beside "),
                           claim_map.name_in_parts(choice.partner)]
                if choice.partner_passage is not None:
                    pieces.append(Content(f" {choice.partner_passage.label}"))
        titles = [p for p in pieces if isinstance(p, tuple)]
        fixed = sum(p.cell_length for p in pieces if isinstance(p, Content))
        # Each title first gets its file (what tells twins apart) and a word's start; what is
        # left is shared evenly. Too narrow for that, each gets an even share.
        least = [Content(told).cell_length + TITLE_KEPT_MIN for _, told in titles]
        spare = width - fixed - sum(least)
        rooms = iter([need + spare // len(titles) for need in least] if spare >= 0
                     else [max(TITLE_ROOM_MIN, (width - fixed) // len(titles))] * len(titles))

        def cut(title: str, told: str) -> Content:
            told_content = Content(told)
            room = next(rooms)
            keep = room - told_content.cell_length
            if keep < TITLE_KEPT_MIN:  # too narrow for a word of the title and its file: the name as far as it goes
                return Content(title + told).truncate(room, ellipsis=True)
            return Content.assemble(Content(title).truncate(keep, ellipsis=True), told_content)

        return Content.assemble(*(cut(*p) if isinstance(p, tuple) else p for p in pieces))

    # -- actions ---------------------------------------------------------------------------

    def action_sort(self, by: str) -> None:
        """Order the claims; the side-imbalance order on articles all of one side (no sides to
        compare) is said to need sides, as the side filters are, and the order stays."""
        timed(self, "map-sort")
        if by == "imbalance" and (where := one_side(self.articles)):
            self.app.notify(f"The imbalance order {SIDES_NEEDED.format(where=where)}.", markup=False, timeout=8)
            return
        self.state.sort = by
        self._fill()

    def action_only(self, which: str) -> None:
        """Keep only the claims the filter `which` keeps ("omitted", "untold"); the same filter
        again shows every claim, the other one takes its place. Articles all on one side have
        no side to omit a claim: said, as `counterpoint map` refuses them, and every claim stays."""
        timed(self, "map-filter")
        if self.state.only is None and (where := one_side(self.articles)):
            self.app.notify(f"The {which} filter {SIDES_NEEDED.format(where=where)}.", markup=False, timeout=8)
            return
        self.state.only = None if self.state.only == which else which
        self._fill()

    def action_toggle_fold(self) -> None:
        timed(self, "map-fold")
        self.state.folded = not self.folded
        self._fill()

    def action_move(self, rows: int, cols: int) -> None:
        timed(self, "map-move")
        self.query_one(ClaimTable).move(rows, cols)

    def action_page(self, direction: int) -> None:
        timed(self, "map-move")
        table = self.query_one(ClaimTable)
        table.move(direction * table.page_rows, 0)

    def action_edge(self, bottom: bool) -> None:
        timed(self, "map-move")
        table = self.query_one(ClaimTable)
        table.move_to(len(table.claims) - 1 if bottom else 0, table.cursor[1])

    def action_compare(self) -> None:
        here = self._under_cursor() if self.claim_map is not None else None
        if here is None:
            self.app.notify("No claim to compare yet." if self.claim_map is None else "No claim here.",
                            markup=False, timeout=3)
            return
        claim, column = here
        self.dismiss(choose(self.claim_map, claim, column))

    def action_close(self) -> None:
        timed(self.app, "map-close")  # back in the reading room, even while the map builds
        self.dismiss(None)


def claim_line(claim: Claim, width: int) -> Content:
    """"Claim 3: <label>  <terms>" in `width` cells, each term whole (a term cut to "Kes…"
    says nothing). Where they do not all fit, the label gives way to them down to
    CLAIM_LABEL_MIN cells; below that the last terms go, one by one, and then all of them."""
    head = Content.styled(f"Claim {claim.id}: ", "bold")
    label = Content(claim.label)
    terms = list(claim.terms)
    while terms:
        tail = Content.styled(f"  {', '.join(terms)}", "$text-muted")
        room = width - head.cell_length - tail.cell_length
        if room >= min(label.cell_length, CLAIM_LABEL_MIN):
            return Content.assemble(head, label.truncate(room, ellipsis=True), tail)
        terms.pop()
    return Content.assemble(head, label).truncate(width, ellipsis=True)
