"""The help screen: every binding with its current key (after the user's keymap), and what
the gutter marks mean."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.tui.claim_grid import RELATED, SILENT, TOLD
from reader.tui.differences_view import DIFFERENCE_LEGEND
from reader.tui.keys import BINDING_GROUPS, HELP_BINDINGS, key_label
from reader.tui.palette import ScreenBindingsProvider

CLAIM_MAP_LEGEND = (
    (TOLD, "the article tells the claim"),
    (RELATED, "it does not, but one passage touches on it (linked to a telling); enter shows it"),
    (SILENT, "silent: no passage tells the claim or is linked to it"),
)
LEGEND = (
    ("┃", "strong link to a passage in the other article"),
    ("│", "weak link"),
    ("◌", "only in this article: no counterpart found"),
    ("●", "bookmarked passage"),
    ("▶", "the cursor (focused pane)"),
    ("◆", "the counterpart shown for the cursor ([ and ] cycle through them)"),
    ("▷", "the other pane's cursor: = links the cursor's passage to it"),
)


class HelpScreen(ModalScreen[None]):
    BINDINGS = HELP_BINDINGS
    COMMANDS = {ScreenBindingsProvider}
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen #dialog { width: 90%; max-width: 84; height: 90%; border: round $primary;
                         background: $surface; padding: 0 1; }
    HelpScreen #title { height: 1; text-style: bold; }
    HelpScreen VerticalScroll { height: 1fr; }
    HelpScreen #hint { height: auto; color: $text-muted; }
    """

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Content("Counterpoint — keys"), id="title")
            with VerticalScroll():
                yield Static(self._keys(), id="keys")
                yield Static(self._legend(), id="legend")
                yield Static(self._settings(), id="settings")
            yield Static(Content("ctrl+p: palette (every action, article and theme) · esc: close"), id="hint")

    def key_for(self, binding: Binding) -> str:
        return key_label(self.app, binding)

    def _keys(self) -> Content:
        rows: list[Content] = []
        for heading, bindings in BINDING_GROUPS:
            rows.append(Content.styled(("\n" if rows else "") + heading, "bold"))
            rows.extend(Content.assemble(Content.styled(f"{self.key_for(b):>16}", "bold $text-accent"), "  ",
                                         Content(f"{b.description:<24}"), Content.styled(f" {b.id}", "$text-muted"))
                        for b in bindings)
        rows.append(Content.styled("\nAlso", "bold"))
        rows.append(Content.assemble(Content.styled(f"{'ctrl+p':>16}", "bold $text-accent"), "  command palette"))
        rows.append(Content.assemble(Content.styled(f"{'mouse':>16}", "bold $text-accent"),
                                     "  click selects a passage; the wheel scrolls"))
        return Content("\n").join(rows)

    def _settings(self) -> Content:
        from reader.config import config_path

        path = str(config_path(getattr(self.app, "config_dir", None)))
        rows = [Content.styled("\nSettings", "bold"),
                Content.assemble("  ", Content(path), Content.styled("  (see `counterpoint locate`)", "$text-muted")),
                Content("  theme: t and the palette save your choice here, keeping the file's comments;"),
                Content("         --theme NAME chooses one for a single run without saving."),
                Content("  [keys]: binding id = \"keys\" (the ids listed above), e.g. \"app.quit\" = \"ctrl+q\"."),
                Content("  follow, show_boilerplate: how each session starts; f and x last for the session."),
                Content("  granularity (\"paragraph\" or \"sentence\"), min_score (0 to 1): the alignment."),
                Content("  A malformed file is reported and never rewritten: the reader uses defaults.")]
        return Content("\n").join(rows)

    def _legend(self) -> Content:
        rows = [Content.styled("\nGutter", "bold")]
        for mark, meaning in LEGEND:
            rows.append(Content.assemble(Content.styled(f"{mark:>16}", "bold"), "  ", meaning))
        rows.append(Content.styled("\nWhat differs in the current link (tinted, underlined, listed under the panes)", "bold"))
        for sample, style, meaning in DIFFERENCE_LEGEND:
            rows.append(Content.assemble(" " * (16 - len(sample)), Content.styled(sample, style), "  ", meaning))
        rows.append(Content.styled("\nThe claim map (M), an article's cell", "bold"))
        for mark, meaning in CLAIM_MAP_LEGEND:
            rows.append(Content.assemble(Content.styled(f"{mark:>16}", "bold"), "  ", meaning))
        return Content("\n").join(rows)
