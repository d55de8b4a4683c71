"""What differs inside the current link, as marks a pane paints and items a detail line lists.

The differences come from `reader.differ` with side A the left/top pane; these helpers turn
them into per-pane marks (offsets into a unit's display text) and order them for reading.
Layering lets marks overlap (a framing term is often evidence too): where they meet, each
layer adds its style over the ones below. No Textual here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

# Difference kind -> the pane's component class (figures and dates share one colour: both are
# facts the two tellings state differently; the detail line says which).
DIFFERENCE_CLASSES = {
    "number": "pane--diff-figure",
    "date": "pane--diff-figure",
    "name": "pane--diff-name",
    "framing": "pane--diff-framing",
}
# What the detail line and the words screen say of a link in which no difference was found
# (found: the differ says nothing when in doubt, so "nothing differs" would claim too much).
NO_DIFFERENCES = "No differing figure, date, name or framing found."

Span = tuple[int, int]


def layered(marked: Sequence[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, tuple[str, ...]]]:
    """Cut [start, end) into runs, each with the names of the marks covering it, in the order
    `marked` lists them (so later marks are drawn over earlier ones). Runs are contiguous and
    cover the whole range; unmarked runs have no names."""
    cuts = {start, end}
    for lo, hi, _name in marked:
        cuts.update(x for x in (lo, hi) if start < x < end)
    edges = sorted(cuts)
    runs: list[tuple[int, int, tuple[str, ...]]] = []
    for lo, hi in zip(edges, edges[1:]):
        names = tuple(name for a, b, name in marked if a <= lo and hi <= b)
        if runs and runs[-1][2] == names:
            runs[-1] = (runs[-1][0], hi, names)
        else:
            runs.append((lo, hi, names))
    return runs


def side_marks(differences: Iterable, side: int, local: Callable[[tuple[Span, ...]], list[Span]]
               ) -> tuple[tuple[int, int, str], ...]:
    """Marks of pane `side` (0: A) for `differences`: each difference's span on that side,
    made local to the unit shown by `local`, with its kind."""
    out = []
    for d in differences:
        span = d.a_span if side == 0 else d.b_span
        if span is not None:
            out.extend((lo, hi, d.kind) for lo, hi in local((span,)))
    return tuple(out)
