"""Where the reader left off in each pair of articles, so reopening a pair resumes there.

A person following a long story reads a pair over several sittings; like less, vim's viminfo or
an e-reader, the reading room reopens a pair where it was left. For each pair this keeps each
pane's cursor (the passage's index, and an anchor of its opening words made and re-found by
`reader.bookmarks.anchoring`, so an edited article still resumes on the same passage) and which
pane was active; the pairs, most recently read first, double as the "recent pairs" list.

Pairs are keyed by the two articles' absolute paths (never by anything of their text), in
either order: B beside A is the same pair as A beside B, and each cursor follows its article.

Stored as one JSON file, `<data dir>/reading-places.json`, not as a table of
bookmarks.sqlite3: it is small (at most KEPT pairs, well under a megabyte), rewritten whole on
the rare save (leaving a pair, quitting), and convenience data whose loss costs a scroll; a
table would tie it to the bookmarks' schema version (a newer reader's migration makes an older
one open the bookmarks read-only) and to their damage handling, for nothing SQLite adds here.
The rules of user data hold all the same:
- a save takes an advisory lock, re-reads the file, puts its one pair in and replaces the file
  atomically (`reader.files`), so two readers saving at once lose nothing (without locks, on
  Windows, at worst the one update the other wrote over);
- a file that cannot be read (a FIFO, a device, larger than MAX_BYTES, no permission) or parsed
  (not JSON, another shape, a newer format) is reported as one line and never overwritten:
  the reader goes on without resuming, and saves nothing, for that session;
- fields this reader does not know (a newer reader's, on the whole file, a pair, a pane's
  place or its anchor) are written back as they were read, each where it was, so using an
  older reader in between loses none of them; never so as to make the file one this reader
  cannot read (written compact where indenting them would pass MAX_BYTES, and not written at
  all, the file left as it is, where even so they leave no room).
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Literal

from reader.bookmarks.anchoring import Anchor, anchor_span, article_key, place
from reader.corpus import Article
from reader.corpus.model import GRANULARITIES, unit_label
from reader.errors import UserError
from reader.files import SAVE_LOCK_WAIT_SECONDS, exists, file_lock, os_error, out_of_sight, read_regular, write_atomic
from reader.paths import not_a_folder

FILE_NAME = "reading-places.json"
FORMAT = 1
RECENT = 20  # pairs the "recent pairs" list offers
KEPT = 200  # pairs whose places are kept; the least recently read are forgotten past this
# The opening of the cursor's passage stored to find it again: enough for anchoring to tell it
# from a look-alike (its own SURE_LENGTH is 20), small enough that KEPT pairs stay ~300 KB.
QUOTE_CHARS = 160
# A file the reader wrote holds at most KEPT pairs of ~1.5 KB; anything much larger is not one.
MAX_BYTES = 4 * 1024 * 1024
MAX_VIEW_NAME = 40  # a view's or granularity's name ("linked"); longer is none this reader or a newer wrote

# The fields this reader writes, object by object: each names None (a value), the fields of
# the object it holds, or a list of one such (a list of objects, by position). Any other field
# was a newer reader's: kept as read, where it was (see `unknown_fields`).
Fields = dict[str, Any]
ANCHOR_FIELDS: Fields = dict.fromkeys(("path", "content_hash", "start", "end", "quote", "prefix", "suffix"))
PLACE_FIELDS: Fields = {**dict.fromkeys(("index", "granularity", "within")), "anchor": ANCHOR_FIELDS}
PAIR_FIELDS: Fields = {**dict.fromkeys(("paths", "active", "last_read", "titles", "view", "hide_boilerplate",
                                        "granularity", "min_score", "glossary")), "places": [PLACE_FIELDS]}
FILE_FIELDS: Fields = dict.fromkeys(("format", "pairs"))  # each pair keeps its own (PairPlaces.unknown)

How = Literal["same", "moved", "near"]  # found as left, found after the article changed, or by index alone


@dataclass(frozen=True, slots=True)
class Place:
    """One pane's cursor: the unit's index at its granularity, and an anchor of its opening."""

    index: int
    granularity: str
    anchor: Anchor | None  # None when the unit had no text to anchor
    # In a unit taller than the pane, paged into: where in its shown text the line read at the
    # top begins (0: its start was in view). Stored as "within" only when not 0.
    within: int = 0

    @property
    def label(self) -> str:
        return unit_label(self.index + 1, self.granularity)


@dataclass(frozen=True, slots=True)
class PairPlaces:
    """Where a pair was left: its articles' paths as last shown (pane A's, pane B's), each
    pane's cursor, the active pane, when it was last read (seconds since the epoch: saved as it
    was left) and the titles it had then (for the recent list; the file is read again on reopening);
    and how it was shown: the view (`v`: "all" passages, only "unmatched" or only "linked" ones;
    a name this reader does not know shows all), whether boilerplate was hidden (`x`) and
    the units the panes showed (`S`: "paragraph" or "sentence"), and how it was aligned: the
    link threshold (`+`/`-`) and whether glossaries were on (`ctrl+g`). All but the view are
    None in a file written before they were kept, and a granularity this reader does not know
    is ignored: as the settings say. The units, threshold and glossaries are None, too, where
    the pair was left at the default (config.toml's): it follows the default, whatever it is then."""

    paths: tuple[str, str]
    places: tuple[Place | None, Place | None]
    active: int = 0
    last_read: float = 0.0
    titles: tuple[str, str] = ("", "")
    view: str = "all"
    hide_boilerplate: bool | None = None
    granularity: str | None = None
    min_score: float | None = None
    glossary: bool | None = None
    # The fields a newer reader wrote, on the pair or inside it, that this one does not know
    # (`unknown_fields` of PAIR_FIELDS): written back as read.
    unknown: dict[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def key(self) -> tuple[str, str]:
        return pair_key(*self.paths)

    def place_of(self, path: str) -> Place | None:
        """The cursor stored for the article at `path` (whichever pane it was in)."""
        return next((p for mine, p in zip(self.paths, self.places) if mine == path), None)

    @property
    def active_path(self) -> str:
        return self.paths[self.active]


@dataclass(frozen=True, slots=True)
class Found:
    """A stored cursor found in the article as it is now: the source offset to put it on."""

    offset: int
    how: How


def pair_key(path_a: str, path_b: str) -> tuple[str, str]:
    return (path_a, path_b) if path_a <= path_b else (path_b, path_a)


def places_path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def place_at(article: Article, index: int, granularity: str, within: int = 0) -> Place:
    """The place of unit `index` of `article` at `granularity` (its units must be cut), read
    from `within` its text on."""
    unit = article.units(granularity)[index]
    end = min(unit.end, unit.start + QUOTE_CHARS)
    try:
        anchor = anchor_span(article, unit.start, end)
    except UserError:  # a unit of blanks: the index alone
        anchor = None
    else:  # metadata is looked up again on reopening: keep only what finds the passage
        anchor = replace(anchor, title="", outlet="", date="")
    return Place(index, granularity, anchor, within)


def find(stored: Place, article: Article) -> Found | None:
    """Where `stored` is in `article` now: re-anchored by its words when they are still there
    (nearest the old place), else the unit at the same index (an article rewritten round it),
    else None. Cuts sentences if the place was a sentence's: call from a thread."""
    if stored.anchor is not None:
        placement = place(stored.anchor, article)
        if placement.start is not None:
            return Found(placement.start, "same" if placement.status == "anchored" else "moved")
    units = article.units(stored.granularity)
    if 0 <= stored.index < len(units):
        return Found(units[stored.index].start, "same" if stored.anchor is None else "near")
    return None


# -- the file ------------------------------------------------------------------------------

class Unusable(Exception):
    """The places file is there but cannot be read or parsed; the message is one line."""


def _anchor_json(anchor: Anchor | None) -> dict | None:
    if anchor is None:
        return None
    return {"path": anchor.path, "content_hash": anchor.content_hash, "start": anchor.start, "end": anchor.end,
            "quote": anchor.quote, "prefix": anchor.prefix, "suffix": anchor.suffix}


def _place_json(place: Place) -> dict:
    within = {"within": place.within} if place.within else {}
    return {"index": place.index, "granularity": place.granularity, "anchor": _anchor_json(place.anchor), **within}


def _shown_json(entry: PairPlaces) -> dict:
    """How the pair was shown and aligned, as optional fields (absent: all passages, and
    boilerplate and granularity as set, threshold and glossaries as the default)."""
    view = {"view": entry.view} if entry.view != "all" else {}
    kept = {"hide_boilerplate": entry.hide_boilerplate, "granularity": entry.granularity,
            "min_score": entry.min_score, "glossary": entry.glossary}
    return {**view, **{key: value for key, value in kept.items() if value is not None}}


def unknown_fields(raw: Any, known: Fields) -> dict[str, Any]:
    """Of a JSON object read, the fields `known` does not name, as read, and, under a field it
    names as an object (or a list of them), the unknown fields found inside: {} for none."""
    if not isinstance(raw, dict):
        return {}
    found = {key: value for key, value in raw.items() if key not in known}
    for key, inner in known.items():
        value = raw.get(key)
        if isinstance(inner, list):
            nested: Any = [unknown_fields(item, inner[0]) for item in value] if isinstance(value, list) else []
        else:
            nested = unknown_fields(value, inner) if inner is not None else {}
        if any(nested):
            found[key] = nested
    return found


def with_unknown(written: Any, unknown: Any, known: Fields) -> Any:
    """`written` (a JSON object this reader made) with the `unknown` fields read before (see
    `unknown_fields`) put back where they were; a value written as no object takes none."""
    if not isinstance(written, dict) or not isinstance(unknown, dict) or not unknown:
        return written
    joined = {**{key: value for key, value in unknown.items() if key not in known}, **written}
    for key, inner in known.items():
        if inner is None or key not in unknown or key not in written:
            continue
        if isinstance(inner, list):
            if isinstance(written[key], list):
                extras = [*(unknown[key] if isinstance(unknown[key], list) else []), *[{}] * len(written[key])]
                joined[key] = [with_unknown(item, extra, inner[0]) for item, extra in zip(written[key], extras)]
        else:
            joined[key] = with_unknown(written[key], unknown[key], inner)
    return joined


def _to_json(entries: list[PairPlaces], unknown: dict[str, Any]) -> bytes:
    """The file of `entries`, with the fields of the file (`unknown`) and of each pair, inside
    it included, that this reader does not know, as they were read; written so that it reads
    back: a text UTF-8 cannot hold (a lone surrogate, read from its escape) escaped again, and
    compact where indenting a newer reader's large fields would take it past MAX_BYTES."""
    pairs = [with_unknown({"paths": list(e.paths), "active": e.active, "last_read": e.last_read,
                           "titles": list(e.titles),
                           "places": [None if p is None else _place_json(p) for p in e.places],
                           **_shown_json(e)}, e.unknown, PAIR_FIELDS) for e in entries]
    document = with_unknown({"format": FORMAT, "pairs": pairs}, unknown, FILE_FIELDS)
    for layout in ({"indent": 1}, {"separators": (",", ":")}):
        text = json.dumps(document, ensure_ascii=False, **layout) + "\n"
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            data = (json.dumps(document, **layout) + "\n").encode("ascii")
        if len(data) <= MAX_BYTES:
            break
    return data


def _check(ok: bool, what: str) -> None:
    if not ok:
        raise ValueError(what)


def _strings(value: Any, n: int, what: str) -> tuple[str, ...]:
    _check(isinstance(value, list) and len(value) == n and all(isinstance(v, str) for v in value),
           f"{what} is not {n} strings")
    return tuple(value)


def _number(value: Any, what: str, *, whole: bool = False) -> Any:
    kinds = int if whole else (int, float)
    _check(isinstance(value, kinds) and not isinstance(value, bool) and value >= 0, f"{what} is not a number")
    return value


def _anchor(raw: Any) -> Anchor | None:
    if raw is None:
        return None
    _check(isinstance(raw, dict), "an anchor is not an object")
    texts = {k: raw.get(k) for k in ("path", "content_hash", "quote", "prefix", "suffix")}
    _check(all(isinstance(v, str) for v in texts.values()), "an anchor lacks its text")
    start, end = _number(raw.get("start"), "start", whole=True), _number(raw.get("end"), "end", whole=True)
    _check(start < end, "an anchor's span is empty")
    return Anchor(start=start, end=end, **texts)


def _place(raw: Any) -> Place | None:
    if raw is None:
        return None
    _check(isinstance(raw, dict) and raw.get("granularity") in GRANULARITIES, "a place lacks its granularity")
    return Place(_number(raw.get("index"), "index", whole=True), raw["granularity"], _anchor(raw.get("anchor")),
                 _number(raw.get("within", 0), "within", whole=True))


def _entry(raw: Any) -> PairPlaces:
    _check(isinstance(raw, dict), "a pair is not an object")
    places = raw.get("places")
    _check(isinstance(places, list) and len(places) == 2, "a pair lacks its two places")
    active = raw.get("active")
    _check(active in (0, 1) and not isinstance(active, bool), "a pair's active pane is not 0 or 1")
    view, hidden = raw.get("view", "all"), raw.get("hide_boilerplate")
    _check(isinstance(view, str) and 0 < len(view) <= MAX_VIEW_NAME, "a pair's view is not a name")
    _check(hidden is None or isinstance(hidden, bool), "a pair's hide_boilerplate is not true or false")
    units = raw.get("granularity")
    _check(units is None or isinstance(units, str) and 0 < len(units) <= MAX_VIEW_NAME,
           "a pair's granularity is not a name")
    threshold, glossary = raw.get("min_score"), raw.get("glossary")
    _check(threshold is None or _number(threshold, "a pair's min_score") <= 1, "a pair's min_score is over 1")
    _check(glossary is None or isinstance(glossary, bool), "a pair's glossary is not true or false")
    return PairPlaces(_strings(raw.get("paths"), 2, "a pair's paths"), (_place(places[0]), _place(places[1])),
                      active, float(_number(raw.get("last_read"), "last_read")), _strings(raw.get("titles"), 2, "titles"),
                      view, hidden, units, None if threshold is None else float(threshold), glossary,
                      unknown_fields(raw, PAIR_FIELDS))


def _parse(data: bytes) -> tuple[list[PairPlaces], dict[str, Any]]:
    """The file's pairs and its fields this reader does not know; ValueError (one line) for
    anything this module did not write."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"not JSON ({exc})") from None
    _check(isinstance(document, dict) and isinstance(document.get("pairs"), list), "not a reading-places file")
    version = document.get("format")
    _check(version == FORMAT, f"format {json.dumps(version)[:20]}, this reader writes format {FORMAT}")
    return [_entry(raw) for raw in document["pairs"]], unknown_fields(document, FILE_FIELDS)


def read_places(path: Path) -> list[PairPlaces]:
    """Every pair stored at `path`, most recently read first; [] when there is no file;
    Unusable when there is one that cannot be read or parsed, or when whether there is one
    cannot be told (a data folder the user may not look into)."""
    return read_file(path)[0]


def read_file(path: Path) -> tuple[list[PairPlaces], dict[str, Any]]:
    """`read_places`, and the file's own fields this reader does not know (written back as read)."""
    if hidden := out_of_sight(path):
        raise Unusable(f"{path}: {hidden}")
    if not exists(path):
        return [], {}
    try:
        data = read_regular(path, MAX_BYTES, "reading-places file")
    except UserError as exc:
        raise Unusable(str(exc)) from None
    try:
        entries, unknown = _parse(data)
    except ValueError as exc:
        raise Unusable(f"{path}: cannot read it ({exc})") from None
    return sorted(entries, key=lambda e: -e.last_read), unknown


def merged(entries: list[PairPlaces], entry: PairPlaces) -> list[PairPlaces]:
    """`entries` with `entry` in place of the same pair's, most recently read first, KEPT at most.
    A pane with no cursor to store (its view showed nothing) keeps the place stored before, and
    the pair the fields stored before that this reader does not know (those of each place with
    its article's, whichever pane it is in now)."""
    old = next((e for e in entries if e.key == entry.key), None)
    if old is not None:
        kept = tuple(p if p is not None else old.place_of(path) for path, p in zip(entry.paths, entry.places))
        unknown = dict(old.unknown)
        if isinstance(unknown.get("places"), list):
            by_path = dict(zip(old.paths, unknown["places"]))
            unknown["places"] = [by_path.get(path, {}) for path in entry.paths]
        entry = replace(entry, places=kept, unknown={**unknown, **entry.unknown})
    rest = [e for e in entries if e.key != entry.key]
    return sorted([entry, *rest], key=lambda e: -e.last_read)[:KEPT]


def last_pair(entries: list[PairPlaces], paths: Iterable[str]) -> PairPlaces | None:
    """The most recently read of `entries` whose two articles are both among `paths` (the
    article keys of a folder, or of the files, opened): the reader reopens a folder on the pair
    it was left on rather than on its first, as an e-reader reopens a shelf on the last book.
    Each folder, or set of files, has its own: a pair of another folder is never among them."""
    opened = set(paths)
    return next((e for e in entries if e.paths[0] != e.paths[1] and set(e.paths) <= opened), None)


class ReadingPlaces:
    """The places file of one data dir, read once; safe to use from several threads.

    `problem` is set when the file cannot be used: then `get` and `recent` find nothing and
    `save` writes nothing (the file is left for the person to look at)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # Guards what this process holds (`_entries`, `problem`, `_pending`, `_writing`,
        # `_refused`), never a wait on disk: a lookup of a place answers at once while a save
        # waits for the file's lock.
        self._lock = threading.Lock()
        # Saved here, not yet written, in the order asked for: seen by lookups meanwhile. One
        # save at a time writes (`_writing`); one asked for meanwhile is left to it, so a lock
        # kept by another process keeps one thread waiting, not one for each pair left.
        self._pending: list[PairPlaces] = []
        self._writing = False
        self._refused: list[PairPlaces] = []  # saved here, refused by the file: still found this session
        self.problem: str | None = None
        try:
            self._entries = read_places(path)
        except Unusable as exc:
            self._entries = []
            self.problem = f"{exc}; it is left as it is, and pairs open at their start this time"

    @classmethod
    def open(cls, data_dir: Path) -> ReadingPlaces:
        return cls(places_path(data_dir))

    def get(self, path_a: str, path_b: str) -> PairPlaces | None:
        key = pair_key(path_a, path_b)
        with self._lock:
            return next((e for e in self._entries if e.key == key), None)

    def last_pair(self, paths: Iterable[str]) -> PairPlaces | None:
        """The pair read last of the articles at `paths` (see `last_pair`)."""
        with self._lock:
            return last_pair(self._entries, paths)

    def recent(self, limit: int = RECENT) -> list[PairPlaces]:
        with self._lock:
            return self._entries[:limit]

    def save(self, entry: PairPlaces) -> bool:
        """Store `entry` (this process's view of one pair) with what the file holds now.
        False when nothing is saved because the file is unusable (told already: `problem`);
        UserError when the save fails (the file is left whole). While another save of this
        process is writing, `entry` is left for it to write next (and to say if that fails),
        and this returns at once."""
        with self._lock:
            if self.problem is not None:
                return False
            self._entries = merged(self._entries, entry)  # this session sees it even if the disk refuses
            self._pending.append(entry)
            if self._writing:
                return True
            self._writing = True
        failure: UserError | None = None  # the first, said by this save once those left to it are written
        while True:
            with self._lock:
                batch = list(self._pending)
                if not batch or self.problem is not None:
                    self._refuse(batch)
                    self._writing = False
                    if failure is not None:
                        raise failure
                    return True
            try:
                self._write(batch)
            except UserError as exc:
                failure = failure or exc
                with self._lock:  # not kept; those left to this save since are tried in their turn
                    self._refuse(batch)
                continue
            except BaseException:
                with self._lock:
                    self._refuse(list(self._pending))
                    self._writing = False
                raise
            with self._lock:
                del self._pending[:len(batch)]

    def _refuse(self, batch: list[PairPlaces]) -> None:
        """`batch`, the first of `_pending`, is not written: found this session all the same
        (call with `_lock` held)."""
        del self._pending[:len(batch)]
        refused = {entry.key for entry in batch}
        self._refused = [entry for entry in self._refused if entry.key not in refused] + batch

    def _write(self, batch: list[PairPlaces]) -> None:
        """Put the entries of `batch` in the file, in their order, under its lock, with what the
        file holds now."""
        if (no_folder := not_a_folder(self.path.parent)) is not None:
            raise UserError(f"{no_folder}; where you left off is not kept")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with file_lock(self.path.with_name(self.path.name + ".lock"), wait=SAVE_LOCK_WAIT_SECONDS):
                try:
                    on_disk, unknown = read_file(self.path)
                except Unusable as exc:  # damaged since it was read: leave it
                    with self._lock:
                        self.problem = f"{exc}; it is left as it is, and places are not saved this time"
                    raise UserError(self.problem) from None
                entries = on_disk
                for entry in batch:
                    entries = merged(entries, entry)
                with self._lock:  # with what the file refused before, and what was saved here since
                    held = on_disk
                    for entry in (*self._refused, *batch, *self._pending[len(batch):]):
                        held = merged(held, entry)
                    self._entries = held
                data = _to_json(entries, unknown)
                if len(data) > MAX_BYTES:  # written, it could not be read again
                    raise UserError(f"{self.path}: the fields a newer reader wrote in it leave no room under "
                                    f"{MAX_BYTES // 2**20} MB; it is left as it is, and where you left off is not kept")
                write_atomic(self.path, data)
                with self._lock:  # those pairs' places are on disk now
                    written = {entry.key for entry in batch}
                    self._refused = [entry for entry in self._refused if entry.key not in written]
        except OSError as exc:
            raise UserError(f"{os_error(self.path, exc, 'write')}; where you left off is not kept") from None


def pair_places(articles: tuple[Article, Article], cursors: tuple[int | None, int | None],
                granularities: tuple[str, str], active: int, last_read: float | None = None,
                withins: tuple[int, int] = (0, 0), view: str = "all",
                hide_boilerplate: bool | None = None, granularity: str | None = None,
                min_score: float | None = None, glossary: bool | None = None) -> PairPlaces:
    """What to store for two articles shown side by side with these cursors (unit indexes at
    each pane's granularity; None where a pane has none), each read from `withins` its unit's
    text on (see Place.within), shown in `view` with boilerplate hidden or not, cut into
    `granularity`'s units, aligned at `min_score` with glossaries on or off."""
    places = tuple(None if cursor is None else place_at(article, cursor, granularity, within)
                   for article, cursor, granularity, within in zip(articles, cursors, granularities, withins))
    return PairPlaces((article_key(articles[0].path), article_key(articles[1].path)), places, active,
                      time.time() if last_read is None else last_read, (articles[0].title, articles[1].title),
                      view, hide_boilerplate, granularity, min_score, glossary)
