"""The `[keys]` table checked before Textual applies it.

Textual's `App.set_keymap` takes any string. A key name it never produces ("zz", "shift+ctrl+x")
leaves the binding with no key that works, and a key another binding of the same screen holds
is taken from that binding silently: `"cursor.down" = "q"` made q move the cursor and nothing
quit. So a remap is kept only when every key in it is a name Textual produces and no other
binding live on the same screen holds it; otherwise the binding keeps its default keys and one
notice says why, naming both bindings and the key. Quit and help can then only move where the
user moves them. When two remaps take the same key, the one written first keeps it.
"""

from __future__ import annotations

from functools import lru_cache

from textual.binding import Binding
from textual.keys import REPLACED_KEYS, Keys, _character_to_key, _normalize_key_list, key_to_character

from reader.config.hints import capped, toml_value
from reader.tui.keys import (APP_BINDINGS, BOOKMARK_DIALOG_BINDINGS, BOOKMARKS_BINDINGS, CLAIM_MAP_BINDINGS,
                             COMPARE_BINDINGS, CONFIRM_BINDINGS, DECISION_BINDINGS, DEFAULT_KEYS, HELP_BINDINGS,
                             IN_DIALOGS, OPEN_BINDINGS, PICKER_BINDINGS, SEARCH_BINDINGS, TEACH_BINDINGS,
                             THEME_IN_DIALOGS, WORDS_BINDINGS, configurable_ids)

# The bindings live together on each screen. A full screen also runs the app's own bindings
# (help, theme, quit); a modal dialog runs only its own (Textual stops the chain at a modal) and
# help and the theme key (keys.IN_DIALOGS).
SCREENS: tuple[tuple[str, tuple[Binding, ...]], ...] = (
    ("the reading room", (*COMPARE_BINDINGS, *DECISION_BINDINGS, *APP_BINDINGS)),
    ("the claim map", (*CLAIM_MAP_BINDINGS, *APP_BINDINGS)),
    ("the bookmarks list", (*BOOKMARKS_BINDINGS, *APP_BINDINGS)),
    ("each side's words", (*WORDS_BINDINGS, *APP_BINDINGS)),
    ("the article picker", (*PICKER_BINDINGS, *IN_DIALOGS)),
    ("the search dialog", (*SEARCH_BINDINGS, *IN_DIALOGS)),
    ("the open dialog", (*OPEN_BINDINGS, *IN_DIALOGS)),
    ("the teach-a-term dialog", (*TEACH_BINDINGS, *IN_DIALOGS)),
    ("the bookmark dialog", (*BOOKMARK_DIALOG_BINDINGS, *IN_DIALOGS)),
    ("the confirm dialog", (*CONFIRM_BINDINGS, *IN_DIALOGS)),
    ("the help screen", (*HELP_BINDINGS, *THEME_IN_DIALOGS)),
)

# Unknown ids named in the one line about them; the rest are counted.
NAMED_UNKNOWN = 5

# Textual writes modifiers in this order (its parser sorts them), each once.
MODIFIERS = ("alt", "ctrl", "hyper", "meta", "shift", "super")


@lru_cache(1)
def _named_keys() -> frozenset[str]:
    """Keys with a name of their own: Textual's `Keys` (escape, f1, pagedown…) and the keys
    of the kitty keyboard protocol it reads (caps_lock, media_play…)."""
    names = {key.value.rsplit("+", 1)[-1] for key in Keys}
    try:
        from textual._keyboard_protocol import FUNCTIONAL_KEYS
    except ImportError:  # a private module: without it, those few names are refused
        pass
    else:
        names.update(FUNCTIONAL_KEYS.values())
    return frozenset(name for name in names if not name.startswith("<"))


def _character_name(name: str) -> str | None:
    """The name Textual gives the character `name` stands for ("solidus" → "slash"), or None."""
    character = key_to_character(REPLACED_KEYS.get(name, name))
    return None if character is None else _character_to_key(character)


@lru_cache(256)
def key_problem(key: str) -> str | None:
    """Why Textual would never report `key` ("ctrl+shift+x", "question_mark", "J"), or None."""
    *modifiers, name = key.split("+")
    unknown = [m for m in modifiers if m not in MODIFIERS]
    if unknown or not name:
        return (f"{key} has {unknown[0]!r}, which is no modifier (Textual's are {', '.join(MODIFIERS)})"
                if unknown else f"{key} names no key after its modifiers")
    if len(name) > 1 and name not in _named_keys():
        canonical = _character_name(name)
        if canonical is None:
            return f"{name} is no key name Textual knows (the help screen shows some: question_mark, pagedown, f1)"
        if canonical != name:
            return f"Textual calls {name} {canonical}"
    elif len(name) == 1 and modifiers and _character_to_key(name) != name:
        return f"Textual calls {name} {_character_to_key(name)} when a modifier is held"
    if modifiers != sorted(set(modifiers)):
        return f"Textual writes it {'+'.join([*sorted(set(modifiers)), name])} (modifiers once each, in that order)"
    return None


def _key_set(keys: str) -> set[str]:
    """`keys` as Textual compares them: "?" is question_mark, spaces around commas go."""
    return {key for key in _normalize_key_list(keys).split(",") if key}


def _action(binding: Binding) -> str:
    return binding.action.removeprefix("app.")


@lru_cache(1)
def _textual_priority_bindings() -> tuple[Binding, ...]:
    """Textual's own keys that run before any screen's: ctrl+q (quit) and ctrl+p (palette). A
    remap onto one would never run, or (on an app binding) would take the key from Textual."""
    from textual.app import App

    own = [*App.BINDINGS, Binding(App.COMMAND_PALETTE_BINDING, "command_palette", priority=True)]
    return tuple(b for b in own if isinstance(b, Binding) and b.priority)


def _name(binding: Binding) -> str:
    return binding.id or f"Textual's own {_action(binding).replace('_', ' ')}"


def _clash(keymap: dict[str, str]) -> tuple[str, Binding, str, str] | None:
    """The last-written remap that shares a key with another binding of a screen:
    (its id, the other binding, the key, the screen). Bindings that share a key by default
    (n: next search hit or next linked passage, whichever applies) may go on sharing keys, and
    two bindings running the same action (q and Textual's ctrl+q) never clash."""
    for binding_id in reversed(keymap):
        mine = _key_set(keymap[binding_id])
        for screen, bindings in SCREENS:
            holders = [b for b in bindings if b.id == binding_id]
            if not holders:
                continue
            binding = holders[0]
            for other in (*bindings, *_textual_priority_bindings()):
                if other.id == binding_id or _action(other) == _action(binding):
                    continue
                if _key_set(binding.key) & _key_set(other.key):
                    continue  # partners by design
                taken = mine & _key_set(keymap.get(other.id, other.key) if other.id else other.key)
                if taken:
                    return binding_id, other, sorted(taken)[0], screen
    return None


def _pinned(keymap: dict[str, str]) -> dict[str, str]:
    """`keymap` plus the default keys of every binding that shares a key with a remapped one:
    Textual drops a whole key when it moves a binding off it, partners included (moving the next
    search hit off n would take n from next linked passage)."""
    pinned = dict(keymap)
    for _, bindings in SCREENS:
        for moved in (b for b in bindings if b.id in keymap):
            for other in bindings:
                if (other.id and other.id not in pinned and other.id != moved.id
                        and _key_set(other.key) & _key_set(moved.key)):
                    pinned[other.id] = other.key
    return pinned


def _refused(binding_id: str, keys: str) -> str:
    return f"{toml_value(binding_id)} = {toml_value(keys)} refused"


def _kept(binding_id: str) -> str:
    return f"{binding_id} keeps {toml_value(DEFAULT_KEYS[binding_id])}"


def checked_keymap(keymap: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The keymap to give `App.set_keymap`, and one line per remap refused (plain text: ids
    and keys are the user's, shown as written)."""
    known, where = configurable_ids(), "config.toml [keys]"
    problems: list[str] = []
    unknown = sorted(set(keymap) - known)
    if unknown:
        named = ", ".join(map(repr, unknown[:NAMED_UNKNOWN]))
        more = f" and {len(unknown) - NAMED_UNKNOWN} more" if len(unknown) > NAMED_UNKNOWN else ""
        problems.append(f"{where}: no binding with id {named}{more}; ignored "
                        f"(the help screen, ?, lists every binding id)")
    usable: dict[str, str] = {}
    for binding_id, keys in keymap.items():
        if binding_id not in known or _key_set(keys) == _key_set(DEFAULT_KEYS[binding_id]):
            continue  # unknown (said above), or its default written out
        bad = next(filter(None, map(key_problem, (k.strip() for k in keys.split(",") if k.strip()))), None)
        if bad:
            problems.append(f"{where}: {_refused(binding_id, keys)}: {bad}; {_kept(binding_id)}")
        else:
            usable[binding_id] = keys
    while (clash := _clash(usable)) is not None:
        binding_id, other, key, screen = clash
        problems.append(f"{where}: {_refused(binding_id, usable.pop(binding_id))}: {key} already runs "
                        f"{_name(other)} on {screen}; {_kept(binding_id)}")
    return (_pinned(usable) if usable else {}), capped(problems, where)

