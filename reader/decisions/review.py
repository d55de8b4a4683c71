"""Reviewing a pair from top to bottom, as alignment editors do ("next unconfirmed").

On an alignment with the decisions applied, a machine link the reader has not confirmed is
still a guess; rejected ones are gone already. These give the reading room its review order.
"""

from __future__ import annotations

from bisect import bisect_right

from reader.align.model import Alignment, Link


def unreviewed(alignment: Alignment) -> list[Link]:
    """The machine's links not yet confirmed, top to bottom of article A (then of B)."""
    return sorted((link for link in alignment.links if link.origin == "machine" and not link.confirmed),
                  key=lambda link: (link.a, link.b))


def next_unreviewed(alignment: Alignment, after: int = -1, *, wrap: bool = True) -> Link | None:
    """The first unreviewed link whose A unit comes after unit `after`; from the top again
    when there is none below (unless `wrap` is False); None once every link is judged."""
    pending = unreviewed(alignment)
    i = bisect_right([link.a for link in pending], after)
    if i < len(pending):
        return pending[i]
    return pending[0] if wrap and pending else None
