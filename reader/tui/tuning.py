"""The aligner's settings, changed live from the reading room: link threshold, granularity,
glossaries on/off; saved to config.toml on request (W), like the theme.

The compare screen mixes in `TuningActions`. A change applies at once: to this session, or to
the pair shown alone where it kept that setting of its own; the pair is realigned in the background (the panes stay
readable, each cursor on the text it was on) and the status line shows the new values.
"""

from __future__ import annotations

from typing import Any, Iterable

from reader.align.policy import LINK_THRESHOLD
from reader.tui.keys import hint_key

THRESHOLD_STEP = 0.05  # one key press: coarse enough to see links come and go, fine enough to tune
THRESHOLD_RANGE = (0.04, 0.95)  # 0 would link everything to everything; 1 nothing to anything
# Digits a threshold is told by: one stepped there (0.19 + 2 × 0.05 is 0.29000000000000004)
# or read from a file is the same threshold as one written out, and alignments are kept by it.
THRESHOLD_DIGITS = 6


def stepped(current: float, direction: int) -> float:
    """The threshold one step up or down from `current`, within the range, on a grid of steps
    through the shipped threshold, so that stepping back always returns to it; `current` itself
    where a step that way would leave it (at an end, or past one: config.toml's 0.97 is not
    raised by lowering it to the range's top)."""
    lo, hi = THRESHOLD_RANGE
    grid = LINK_THRESHOLD + round((current - LINK_THRESHOLD) / THRESHOLD_STEP) * THRESHOLD_STEP
    if same_threshold(grid, current) or (grid - current) * direction < 0:  # off the grid: the first step lands on it
        grid += direction * THRESHOLD_STEP
    new = round(min(hi, max(lo, grid)), 2)
    return current if (new - current) * direction < 0 else new


def settings_said(changes: dict[str, Any]) -> list[str]:
    """How a notice names a threshold and glossaries among `changes`: "link threshold 0.20",
    "glossaries off"."""
    said = [f"link threshold {changes['min_score']:.2f}"] if "min_score" in changes else []
    if "glossary" in changes:
        said.append(f"glossaries {'on' if changes['glossary'] else 'off'}")
    return said


def threshold_key(score: float) -> float:
    """What tells a threshold from another (see THRESHOLD_DIGITS): alignments are kept by it."""
    return round(float(score), THRESHOLD_DIGITS)


def same_threshold(one: float, other: float) -> bool:
    """Whether two thresholds are one (the only judge: the alignments kept judge by the same key)."""
    return threshold_key(one) == threshold_key(other)


def threshold(min_score: float | None) -> float:
    """The link threshold a setting stands for (None: the aligner's own, LINK_THRESHOLD)."""
    return LINK_THRESHOLD if min_score is None else min_score


class TuningActions:
    """The compare screen's live aligner settings (mixed into `CompareScreen`)."""

    def min_score(self) -> float:
        return threshold(self.app.config.min_score)

    def settings_label(self) -> tuple[float, str, bool]:
        """What the status line shows: (min score, granularity, glossaries on)."""
        config = self.app.config
        return self.min_score(), config.granularity, config.glossary

    def _realign(self, notice: str | None, *, own: bool = False, **changes: Any) -> None:
        """Realign with `changes` (see CounterpointApp.change_settings for `own`), saying so in
        `notice` (None: silently, as the pair shown is a new one)."""
        self.app.change_settings(own=own, **changes)
        self.machine = None
        self.start_alignment()
        self.realigning = notice is not None and self.align_state == "aligning"
        self.refresh_view(scroll=False)
        if notice is None:
            return
        saves = hint_key(self.app, "settings.save", "W")
        self.app.notify(f"{notice} ({saves} saves it as the default)", markup=False, timeout=3,
                        topic=f"setting {' '.join(changes)}")

    def default_settings(self) -> dict[str, Any]:
        """The threshold and glossaries config.toml holds (as loaded, or as `W` last saved
        them): a setting a pair has at these is not kept as its own."""
        saved = self.app.defaults
        return {"min_score": threshold(saved.min_score),
                "glossary": saved.glossary}

    def settings_of_its_own(self, tuned: Iterable[str]) -> dict[str, Any]:
        """The threshold and glossaries in use, of those `tuned` on the pair shown, that differ
        from the default: what the pair keeps when it is left (a setting at the default, or one
        never tuned on this pair, is not kept, so that the pair follows the default a later `W`
        saves)."""
        default, own = self.default_settings(), {}
        if "min_score" in tuned and not same_threshold(self.min_score(), default["min_score"]):
            own["min_score"] = self.min_score()
        if "glossary" in tuned and self.app.config.glossary != default["glossary"]:
            own["glossary"] = self.app.config.glossary
        return own

    @staticmethod
    def settings_kept(entry: Any) -> list[str]:
        """The threshold and glossaries a pair (a reader.reading_places.PairPlaces) kept of its
        own: a threshold outside THRESHOLD_RANGE (told by `threshold_key`, as every threshold) is none."""
        lo, hi = THRESHOLD_RANGE
        return (["min_score"] * (entry.min_score is not None and lo <= threshold_key(entry.min_score) <= hi)
                + ["glossary"] * (entry.glossary is not None))

    def settings_as_left(self, entry: Any) -> dict[str, Any]:
        """The aligner settings a pair was left at (a reader.reading_places.PairPlaces) that differ
        from those in use: its threshold and glossaries where it kept its own (see
        `settings_kept`); where it kept none, the pair was never tuned away from those in use."""
        kept, changes = self.settings_kept(entry), {}
        if "min_score" in kept and not same_threshold(entry.min_score, self.min_score()):
            changes["min_score"] = entry.min_score
        if "glossary" in kept and entry.glossary != self.app.config.glossary:
            changes["glossary"] = entry.glossary
        return changes

    def follow_the_chosen(self) -> bool:
        """Another pair is shown: what the pair left had of its own gives way, silently, to the
        settings chosen for the session (see CounterpointApp.chosen). True if any did."""
        chosen = self.app.chosen
        changes: dict[str, Any] = {}
        if not same_threshold(self.min_score(), threshold(chosen.min_score)):
            changes["min_score"] = chosen.min_score
        if chosen.glossary != self.app.config.glossary:
            changes["glossary"] = chosen.glossary
        recut = chosen.granularity != self.granularity  # asked before cut_into changes it
        if recut:
            self.cut_into(chosen.granularity, None, **changes)
        elif changes:
            self._realign(None, **changes)
        return bool(changes) or recut

    def action_threshold(self, direction: int) -> None:
        self._timed("threshold")
        self._view_chosen = True  # over the threshold the pair was left at, should its places come after
        self._tuned |= {"min_score"}
        now = self.min_score()
        new = stepped(now, direction)
        if same_threshold(new, now):  # at an end already (or past it, or but for digits past THRESHOLD_DIGITS)
            lo, hi = THRESHOLD_RANGE
            past = (f", past the {hi:.2f} these keys reach" if direction > 0 and threshold_key(now) > hi
                    else f", past the {lo:.2f} these keys reach" if direction < 0 and threshold_key(now) < lo else "")
            self.app.notify(f"The link threshold is already at its {'highest' if direction > 0 else 'lowest'}"
                            f" ({now:.2f}{past}).", markup=False, timeout=3, topic="setting min_score")
            return
        more = "fewer, surer links" if new > now else "more links, some looser"
        self._realign(f"Link threshold {new:.2f}: {more}", own="min_score" in self._own_kept, min_score=new)

    def action_toggle_granularity(self) -> None:
        """Paragraphs <-> sentences: each pane is re-cut, its cursor kept on the text it was on
        (a long article is cut and laid out in a thread: the cursor goes there once it is)."""
        self._timed("granularity")
        self._view_chosen = True  # over the units the pair was left in, should its places come after
        self._tuned |= {"granularity"}
        new = "sentence" if self.granularity == "paragraph" else "paragraph"
        self.cut_into(new, f"Aligning by {new}s", own="granularity" in self._own_kept)

    def cut_into(self, new: str, notice: str | None, *, own: bool = False, **settings: Any) -> None:
        """Show and align `new` units ("paragraph" or "sentence"), each cursor on its text
        (with other aligner `settings` changed too, if any; see `_realign`)."""
        self.granularity = new
        for pane in self.panes:
            offset = pane.cursor_source()
            pane.granularity = new
            pane.set_article(pane.article, in_background=True)
            if offset is not None:
                pane.cursor_to_source(offset)
                if pane.cursor is not None and pane.splitting is None:
                    pane.scroll_to_passage(pane.cursor, center=True)
        if self.held is not None:  # the other passage of a pair just opened: in the new units
            side, pane = self.held[0], self.panes[self.held[0]]
            self.held = (side, pane.cursor) if pane.splitting is None and pane.cursor is not None else None
        self.choice = 0
        self.refresh_marks()
        self._realign(notice, own=own, granularity=new, **settings)

    def action_toggle_glossary(self) -> None:
        self._timed("glossary")
        self._view_chosen = True  # as the threshold
        self._tuned |= {"glossary"}
        on = not self.app.config.glossary
        self._realign("Glossaries on: equivalent terms count as the same" if on
                      else "Glossaries off: only the words themselves are matched",
                      own="glossary" in self._own_kept, glossary=on)

    def action_save_settings(self) -> None:
        """Write the three settings to config.toml (comments kept; a malformed file is never
        rewritten: the notice says why nothing was saved)."""
        from reader.config import ConfigError, save_setting

        config = self.app.config
        try:
            for key, value in (("min_score", config.min_score), ("granularity", config.granularity),
                               ("glossary", config.glossary)):
                save_setting(self.app.config_dir, key, value)
        except ConfigError as exc:
            self.app.notify(f"Settings not saved: {exc}", severity="error", markup=False, timeout=8)
            return
        self.app.defaults = self.app.chosen = config  # what pairs not tuned away from it follow from now on
        self.app.notify(f"Saved as the default: link threshold {self.min_score():.2f}, "
                        f"{config.granularity}s, glossaries {'on' if config.glossary else 'off'}.",
                        markup=False, timeout=4)
