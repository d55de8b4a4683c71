"""Every key binding of the reader, each with a stable id.

The config's `[keys]` table maps these ids to keys (`App.set_keymap`), so an id, once
published, never changes meaning. `BINDING_IDS` is the list the config loader checks against.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual.binding import Binding

if TYPE_CHECKING:
    from textual.app import App

# The compare screen: moving through passages and between the panes.
COMPARE_BINDINGS: list[Binding] = [
    Binding("j,down", "cursor(1)", "Next passage", key_display="j/↓", id="cursor.down"),
    Binding("k,up", "cursor(-1)", "Previous passage", key_display="k/↑", show=False, id="cursor.up"),
    Binding("tab", "switch_pane", "Other pane", id="pane.switch", priority=True, show=False),
    Binding("h", "focus_pane(0)", "Left/top pane", show=False, id="pane.left"),
    Binding("l", "focus_pane(1)", "Right/bottom pane", show=False, id="pane.right"),
    Binding("enter", "jump", "Jump to counterpart", id="link.jump"),
    Binding("right_square_bracket", "cycle_link(1)", "Next counterpart", show=False, id="link.next"),
    Binding("left_square_bracket", "cycle_link(-1)", "Previous counterpart", show=False, id="link.prev"),
    # While a search is active (after `/`), n/N step through its hits and esc leaves it;
    # otherwise n/N go to the next linked passage (CompareScreen.check_action decides).
    Binding("n", "search_hit(1)", "Next hit", id="search.next"),
    Binding("N", "search_hit(-1)", "Previous hit", show=False, id="search.prev"),
    Binding("escape", "leave_search", "Leave search", id="search.leave"),
    Binding("n", "next_linked(True)", "Next linked", id="passage.next-linked"),
    Binding("N", "next_linked(False)", "Previous linked", show=False, id="passage.prev-linked"),
    Binding("u", "next_unmatched(True)", "Next unmatched", id="passage.next-unmatched"),
    Binding("U", "next_unmatched(False)", "Previous unmatched", show=False, id="passage.prev-unmatched"),
    Binding("f", "toggle_follow", "Follow", id="follow.toggle"),
    Binding("x", "toggle_boilerplate", "Boilerplate", show=False, id="boilerplate.toggle"),
    Binding("v", "cycle_view", "View", id="view.cycle"),
    Binding("o", "open_picker", "Articles", id="picker.open"),
    Binding("O", "open_path", "Open file, folder or web page", show=False, id="open.path"),
    Binding("s", "swap", "Swap", show=False, id="panes.swap"),
    Binding("slash", "search", "Search", id="search.open"),
    Binding("y", "copy", "Copy passage", show=False, id="passage.copy"),
    Binding("Y", "copy(True)", "Copy with citation", show=False, id="passage.copy-cited"),
    Binding("b", "bookmark", "Bookmark", show=False, id="bookmark.add"),
    Binding("B", "bookmark_pair", "Bookmark pair", show=False, id="bookmark.add-pair"),
    Binding("m", "bookmarks", "Bookmarks", show=False, id="bookmarks.open"),
    Binding("w", "words", "Each side's words", show=False, id="words.open"),
    Binding("g,home", "edge(False)", "First passage", show=False, id="cursor.top"),
    Binding("G,end", "edge(True)", "Last passage", show=False, id="cursor.bottom"),
    Binding("pagedown,space,ctrl+f", "page(1)", "Page down", show=False, id="page.down"),
    Binding("pageup,ctrl+b", "page(-1)", "Page up", show=False, id="page.up"),
    Binding("ctrl+d", "page(1, 0.5)", "Half page down", show=False, id="page.half-down"),
    Binding("ctrl+u", "page(-1, 0.5)", "Half page up", show=False, id="page.half-up"),
    Binding("M", "claim_map", "Claim map", show=False, id="claims.open"),
    Binding("backspace", "pane_back", "Back to the articles before", show=False, id="pane.back"),
]

# The reading room's footer keys that act on the pair's links: the footer offers them only while
# the pair has links (a threshold may leave none); pressed anyway, each says why it does nothing.
LINK_KEYS: frozenset[str] = frozenset({"link.jump", "passage.next-linked"})

# The compare screen: correcting the aligner (links the reader makes, confirms or rejects, and
# the aligner's settings, changed live).
DECISION_BINDINGS: list[Binding] = [
    Binding("equals_sign", "link_here", "Link to other cursor", key_display="=", show=False, id="link.make"),
    Binding("c", "confirm_link", "Confirm link", show=False, id="link.confirm"),
    Binding("X", "reject_link", "Unlink", show=False, id="link.reject"),
    Binding("z", "undo_decision", "Undo link decision", show=False, id="link.undo"),
    Binding("r", "next_unreviewed", "Next unconfirmed link", show=False, id="link.next-unconfirmed"),
    Binding("T", "teach_term", "Teach a term", show=False, id="term.teach"),
    Binding("plus", "threshold(1)", "Raise link threshold", key_display="+", show=False, id="threshold.raise"),
    Binding("minus", "threshold(-1)", "Lower link threshold", key_display="-", show=False, id="threshold.lower"),
    Binding("S", "toggle_granularity", "Paragraphs/sentences", show=False, id="granularity.toggle"),
    Binding("ctrl+g", "toggle_glossary", "Glossaries on/off", show=False, id="glossary.toggle"),
    Binding("W", "save_settings", "Save aligner settings", show=False, id="settings.save"),
]

# The teach-a-term dialog (T): a term of each passage, picked from its list or typed.
TEACH_BINDINGS: list[Binding] = [
    Binding("ctrl+s", "teach", "Teach", id="teach.save"),
    Binding("escape", "cancel", "Cancel", id="teach.cancel"),
]

# The note-and-tags dialog (adding or editing a bookmark). Enter in a text field saves too.
BOOKMARK_DIALOG_BINDINGS: list[Binding] = [
    Binding("enter", "save", "Save", id="bookmark-dialog.save"),
    Binding("escape", "cancel", "Cancel", id="bookmark-dialog.cancel"),
]

# The bookmarks screen.
BOOKMARKS_BINDINGS: list[Binding] = [
    Binding("enter", "open_bookmark", "Open", id="bookmarks.jump"),
    Binding("j", "move(1)", "Next bookmark", show=False, id="bookmarks.down"),
    Binding("k", "move(-1)", "Previous bookmark", show=False, id="bookmarks.up"),
    Binding("slash", "filter", "Filter", id="bookmarks.filter"),
    Binding("e", "edit", "Edit note/tags", id="bookmarks.edit"),
    Binding("d,delete", "delete", "Delete", key_display="d", id="bookmarks.delete"),
    Binding("u", "undo", "Undo delete", show=False, id="bookmarks.undo"),  # the delete notice names it
    Binding("escape", "close", "Back", id="bookmarks.close"),
]

# Asking before something is deleted.
CONFIRM_BINDINGS: list[Binding] = [
    Binding("y,enter", "answer(True)", "Yes", key_display="y", id="confirm.yes"),
    Binding("n,escape", "answer(False)", "No", key_display="n", id="confirm.no"),
]

# The article picker (o). Tab has priority so it changes the target pane, not the focus.
PICKER_BINDINGS: list[Binding] = [
    Binding("escape", "dismiss", "Close", id="picker.close"),
    Binding("tab", "other_pane", "Other pane", priority=True, id="picker.other-pane"),
    Binding("s", "swap", "Swap panes", id="picker.swap"),
    Binding("O", "open_path", "Open file, folder or web page", id="picker.open-path"),
    Binding("j", "move(1)", "Next article", show=False, id="picker.down"),
    Binding("k", "move(-1)", "Previous article", show=False, id="picker.up"),
]

# The search dialog (/). Typing goes to the query; the arrows choose a hit.
SEARCH_BINDINGS: list[Binding] = [
    Binding("escape", "dismiss", "Close", id="search.close"),
    Binding("down", "move(1)", "Next hit", show=False, id="search.down"),
    Binding("up", "move(-1)", "Previous hit", show=False, id="search.up"),
    Binding("ctrl+up", "recall(-1)", "Earlier query", show=False, id="search.history-back"),
    Binding("ctrl+down", "recall(1)", "Later query", show=False, id="search.history-forward"),
]

# The open dialog (O): a path prompt. Tab has priority so it completes, not moves the focus.
OPEN_BINDINGS: list[Binding] = [
    Binding("escape", "close", "Close", id="open.close"),
    Binding("tab", "complete", "Complete the path", priority=True, id="open.complete"),
]

# Each side's words (w). Tab moves between the two tables.
WORDS_BINDINGS: list[Binding] = [
    Binding("escape,w", "close", "Back", key_display="esc", id="words.close"),
    Binding("j", "move(1)", "Next row", show=False, id="words.down"),
    Binding("k", "move(-1)", "Previous row", show=False, id="words.up"),
]

# The claim map (M): claims as rows, the open articles as columns. c/i/f sort by coverage, side
# imbalance or first appearance; o keeps the claims a side omits (none of its articles tells it
# or touches on it), u those a side does not tell (as `counterpoint map --omitted` / `--untold`);
# z folds articles into sides.
# The grid has no keys of its own: these move its cursor.
CLAIM_MAP_BINDINGS: list[Binding] = [
    Binding("escape", "close", "Back", id="claims.close"),  # first: an 80-column footer cuts its tail
    Binding("enter", "compare", "Compare", show=False, id="claims.compare"),  # the line under the grid says it
    Binding("c", "sort('coverage')", "Coverage", id="claims.sort-coverage"),
    Binding("i", "sort('imbalance')", "Imbalance", id="claims.sort-imbalance"),
    Binding("f", "sort('first')", "First", id="claims.sort-first"),
    Binding("o", "only('omitted')", "Omitted", id="claims.omitted"),
    Binding("u", "only('untold')", "Untold", id="claims.untold"),
    Binding("z", "toggle_fold", "Fold", id="claims.fold"),
    Binding("j,down", "move(1, 0)", "Next claim", key_display="j/↓", show=False, id="claims.down"),
    Binding("k,up", "move(-1, 0)", "Previous claim", key_display="k/↑", show=False, id="claims.up"),
    Binding("h,left", "move(0, -1)", "Previous column", key_display="h/←", show=False, id="claims.left"),
    Binding("l,right", "move(0, 1)", "Next column", key_display="l/→", show=False, id="claims.right"),
    Binding("pagedown,ctrl+f", "page(1)", "Page down", show=False, id="claims.page-down"),
    Binding("pageup,ctrl+b", "page(-1)", "Page up", show=False, id="claims.page-up"),
    Binding("g,home", "edge(False)", "First claim", show=False, id="claims.top"),
    Binding("G,end", "edge(True)", "Last claim", show=False, id="claims.bottom"),
]

# The help screen (?).
HELP_BINDINGS: list[Binding] = [
    Binding("escape,question_mark,q", "dismiss", "Close", id="help.close"),
]

# Everywhere in the app.
APP_BINDINGS: list[Binding] = [
    Binding("question_mark", "help", "Help", key_display="?", id="help.open"),
    Binding("t", "cycle_theme", "Next theme", show=False, id="theme.cycle"),
    Binding("q", "quit", "Quit", id="app.quit"),
]

# The reading room repeats Help and Quit (same ids, so a keymap moves both) at the front of its
# own bindings: the footer lists keys in binding order and cuts the tail when narrow, and these
# two must never be cut.
FOOTER_FIRST: list[Binding] = [replace(b, action=f"app.{b.action}") for b in APP_BINDINGS
                               if b.id in ("help.open", "app.quit")]

# A dialog (a modal screen) stops the app's bindings; help and the theme key work in it too
# (both are the whole app's), unless a text field takes the key first: there `?` and `t` are
# typed. Quit is left out: a dialog is answered or closed first. The help screen takes only
# the theme key (there `?` closes it).
IN_DIALOGS: list[Binding] = [replace(b, action=f"app.{b.action}") for b in APP_BINDINGS
                             if b.id in ("help.open", "theme.cycle")]
THEME_IN_DIALOGS: list[Binding] = [b for b in IN_DIALOGS if b.id == "theme.cycle"]

# Where a key that another binding of its screen shares applies (n is the next search hit while
# a search is on, else the next linked passage): the help screen lists every binding, so it says
# where each one applies; the footer and the palette show only the one that applies now.
# `{search}` is the key that starts a search.
WHERE: dict[str, str] = {
    "search.next": "in a search ({search})",
    "search.prev": "in a search ({search})",
    "passage.next-linked": "outside a search",
    "passage.prev-linked": "outside a search",
}

# How the help screen groups them.
BINDING_GROUPS: tuple[tuple[str, list[Binding]], ...] = (
    ("Reading room", COMPARE_BINDINGS),
    ("Correcting links", DECISION_BINDINGS),
    ("Teaching a term", TEACH_BINDINGS),
    ("Article picker", PICKER_BINDINGS),
    ("Search", SEARCH_BINDINGS),
    ("Open a file, folder or web page", OPEN_BINDINGS),
    ("Bookmarks list", BOOKMARKS_BINDINGS),
    ("Each side's words", WORDS_BINDINGS),
    ("Claim map", CLAIM_MAP_BINDINGS),
    ("Bookmark dialog", BOOKMARK_DIALOG_BINDINGS),
    ("Confirming", CONFIRM_BINDINGS),
    ("Help", HELP_BINDINGS),
    ("Everywhere", APP_BINDINGS),
)
ALL_BINDINGS: list[Binding] = [b for _, group in BINDING_GROUPS for b in group]
BINDING_IDS: tuple[str, ...] = tuple(b.id for b in ALL_BINDINGS if b.id)
DEFAULT_KEYS: dict[str, str] = {b.id: b.key for b in ALL_BINDINGS if b.id}


def configurable_ids() -> set[str]:
    """Every binding id a `[keys]` table may remap (every screen's bindings are listed here)."""
    return set(BINDING_IDS)


def keymap_of(app: App) -> dict[str, str]:
    """The app's keymap (from `[keys]`). Textual keeps it in the private `App._keymap`; this is
    the one place that reads it."""
    return getattr(app, "_keymap", None) or {}


def bound_keys(app: App, binding: Binding) -> list[str]:
    """The keys that run `binding` now: the app's keymap (from `[keys]`) wins over the default."""
    keymap = keymap_of(app)
    keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
    return [key.strip() for key in keys.split(",") if key.strip()]


def key_label(app: App, binding: Binding) -> str:
    """How to show `binding`'s keys to a person ("j/↓", "ctrl+n"): its own `key_display`
    unless the keymap changed its keys. Plain text: never parse it as markup."""
    if binding.key_display and binding.id not in keymap_of(app):
        return binding.key_display
    return "/".join(app.get_key_display(Binding(key, "")) for key in bound_keys(app, binding))


def binding_by_id(binding_id: str) -> Binding:
    return next(b for b in ALL_BINDINGS if b.id == binding_id)


def first_key(app: App, binding_id: str) -> str:
    """The first key that runs binding `binding_id` now, as a hint line names it ("esc", or
    what [keys] moved it to)."""
    return app.get_key_display(Binding(bound_keys(app, binding_by_id(binding_id))[0], ""))


def hint_key(app: App, binding_id: str, written: str) -> str:
    """A key as a dialog's hint line names it: as the line writes it (`written`: "tab",
    "ctrl+s") while [keys] leaves the binding alone, else the first key it runs on now."""
    return first_key(app, binding_id) if binding_id in keymap_of(app) else written


def opening_keys(app: App) -> str:
    """The keys that bring a second article ("o or O"), as the room's hints name them."""
    return f"{hint_key(app, 'picker.open', 'o')} or {hint_key(app, 'open.path', 'O')}"


def hint_keys(app: App, first: str, second: str, written: str) -> str:
    """Two bindings named as one pair of keys ("ctrl+↑/↓"): `written` while [keys] leaves
    both alone, else each one's first key ("^o/^↓")."""
    keymap = keymap_of(app)
    if first not in keymap and second not in keymap:
        return written
    return f"{first_key(app, first)}/{first_key(app, second)}"
