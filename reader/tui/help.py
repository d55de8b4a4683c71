"""The help screen: every binding with its current key (after the user's keymap), and what
the gutter marks mean."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.tui.claim_grid import RELATED, SILENT, TOLD
from reader.tui.differences_view import DIFFERENCE_LEGEND
from reader.tui.help_rows import KeyRows, Row, heading
from reader.tui.keys import BINDING_GROUPS, HELP_BINDINGS, THEME_IN_DIALOGS, WHERE, first_key, hint_key, key_label
from reader.tui.paint import CURSOR_EDGE, DECIDED_GLYPHS, OTHER_COUNTERPART
from reader.tui.palette import ScreenBindingsProvider

CLAIM_MAP_LEGEND = (
    (TOLD, "the article tells the claim"),
    (RELATED, "it does not, but one passage touches on it (linked to a telling); {compare} shows it"),
    (SILENT, "silent: no passage tells the claim or is linked to it"),
)
LEGEND = (
    ("┃", "strong link to a passage in the other article"),
    ("│", "weak link"),
    ("◌", "only in this article: no strong counterpart (a │ under it: weak links only)"),
    (DECIDED_GLYPHS["confirmed"], "a link you confirmed (c), in place of its bar: strong at any threshold"),
    (DECIDED_GLYPHS["reader"], "a link you made (=), in place of its bar"),
    ("●", "bookmarked passage"),
    ("▶", "the cursor (focused pane)"),
    (CURSOR_EDGE, "the rest of the cursor's passage, down its edge"),
    ("◆", "the counterpart shown for the cursor ([ and ] cycle through them)"),
    (OTHER_COUNTERPART, "another counterpart of the cursor (] or [ shows it)"),
    ("▷", "the other pane's cursor: = links the cursor's passage to it"),
)


def groups_first(screen_bindings: Iterable[Binding]) -> list[tuple[str, list[Binding]]]:
    """BINDING_GROUPS with the group of the screen help was opened from first (the one holding
    most of its bindings; in their usual order when none does): on the claim map, its keys
    lead, not the reading room's."""
    ids = {b.id for b in screen_bindings if isinstance(b, Binding) and b.id}
    overlap = [sum(b.id in ids for b in bindings) for _, bindings in BINDING_GROUPS]
    groups = list(BINDING_GROUPS)
    if max(overlap, default=0) > 0:
        groups.insert(0, groups.pop(overlap.index(max(overlap))))
    return groups


class HelpScreen(ModalScreen[None]):
    BINDINGS = [*HELP_BINDINGS, *THEME_IN_DIALOGS]
    COMMANDS = {ScreenBindingsProvider}
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen #dialog { width: 90%; max-width: 84; height: 90%; border: round $primary;
                         background: $surface; padding: 0 1; }
    HelpScreen #title { height: 1; text-style: bold; }
    HelpScreen VerticalScroll { height: 1fr; }
    HelpScreen #hint { height: auto; color: $text-muted; }
    """

    def __init__(self, screen_bindings: Iterable[Binding] = ()) -> None:
        super().__init__()
        self._groups = groups_first(screen_bindings)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Content("Counterpoint — keys"), id="title")
            with VerticalScroll():
                keys = self._keys()
                yield Static(keys, id="keys")
                yield Static(self._legend(keys.lead_width), id="legend")
                yield Static(self._settings(), id="settings")
            yield Static(Content(f"ctrl+p: palette (every action, article and theme) · "
                                 f"{first_key(self.app, 'help.close')}: close"), id="hint")

    def key_for(self, binding: Binding) -> str:
        return key_label(self.app, binding)

    def _keys(self) -> KeyRows:
        rows: list[Row | None] = []
        for title, bindings in self._groups:
            rows.extend([*([None] if rows else []), heading(title)])
            rows.extend(Row(Content.styled(self.key_for(b), "bold $text-accent"), self._description(b),
                            Content.styled(b.id, "$text-muted")) for b in bindings)
        rows.extend([None, heading("Also"),
                     Row(Content.styled("ctrl+p", "bold $text-accent"), Content("command palette")),
                     Row(Content.styled("mouse", "bold $text-accent"),
                         Content("click selects a passage, a claim map cell or a bookmark (a "
                                 "double-click opens the cell or the bookmark, as enter does), on a "
                                 "pane's header goes to that pane as h/l do; the wheel scrolls"))])
        return KeyRows(rows)

    def _description(self, binding: Binding) -> Content:
        """What `binding` does, and where, for a key its screen shares with another binding."""
        where = WHERE.get(binding.id or "")
        if where is None:
            return Content(binding.description)
        where = where.format(search=hint_key(self.app, "search.open", "/"))
        return Content.assemble(binding.description, Content.styled(f", {where}", "$text-muted"))

    def _settings(self) -> KeyRows:
        from reader.config import config_path

        path = str(config_path(getattr(self.app, "config_dir", None)))
        app = self.app
        lines = [Content.assemble(Content(path), Content.styled("  (see `counterpoint locate`)", "$text-muted")),
                 Content(f"theme: {hint_key(app, 'theme.cycle', 't')} and the palette save your choice here, "
                         "keeping the file's comments; --theme NAME chooses one for a single run without saving."),
                 Content("[keys]: binding id = \"keys\" (the ids listed above), e.g. \"app.quit\" = \"ctrl+q\"."),
                 Content(f"follow, show_boilerplate: how each session starts; {hint_key(app, 'follow.toggle', 'f')} "
                         f"and {hint_key(app, 'boilerplate.toggle', 'x')} last for the session."),
                 Content("granularity (\"paragraph\" or \"sentence\"), min_score (0 to 1), glossary (true or "
                         "false): the alignment; changed in the room, they last for the session (one a pair kept of its "
                         "own: for that pair alone) and are kept with the pair, which reopens so; saved (Save aligner settings), the default every pair opens with."),
                 Content("resume (true or false): whether a pair reopens where you left it."),
                 Content("A malformed file is reported and never rewritten: the reader uses defaults.")]
        return KeyRows([None, heading("Settings"), *(Row(Content(""), line) for line in lines)], lead_width=0)

    def _legend(self, lead_width: int) -> KeyRows:
        rows: list[Row | None] = [None, heading("Gutter")]
        rows.extend(Row(Content.styled(mark, "bold"), Content(meaning)) for mark, meaning in LEGEND)
        rows.extend([None, heading("What differs in the current link (tinted, underlined, listed under the panes)")])
        rows.extend(Row(Content.styled(sample, style), Content(meaning)) for sample, style, meaning in DIFFERENCE_LEGEND)
        rows.extend([None, heading(f"The claim map ({hint_key(self.app, 'claims.open', 'M')}), an article's cell")])
        compare = hint_key(self.app, "claims.compare", "enter")
        rows.extend(Row(Content.styled(mark, "bold"), Content(meaning.format(compare=compare)))
                    for mark, meaning in CLAIM_MAP_LEGEND)
        return KeyRows(rows, lead_width=lead_width)  # marks under the keys
