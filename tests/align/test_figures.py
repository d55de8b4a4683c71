"""A figure one side counts ("4,150 ballots") and the other writes bare ("4,150 of them")."""

from __future__ import annotations

from reader.align import align
from reader.align.aliases import figure_aliases
from reader.corpus import load_article

A = """Harbour ballots reviewed

The harbour board met on Monday and set aside the postal votes of the northern wards for review.

The board ruled 4,150 of them invalid after a day of argument, mostly for missing signatures.

Fishermen on the quay said the review had taken too long and cost the season its first week.
"""
B = """Board throws out postal votes

Dock workers marched past the board offices on Monday, blowing whistles and carrying flags.

By the board's own tally, 4,150 ballots were thrown out as invalid, most of them from the northern wards.

The union said it would take the tally to the regional court before the season opens.
"""


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def test_a_bare_figure_meets_the_same_figure_counted_on_the_other_side(tmp_path):
    a, b = _write(tmp_path, "a.txt", A), _write(tmp_path, "b.txt", B)
    alignment = align(a, b)
    ia = next(p.index for p in a.passages if "4,150" in p.text)
    ib = next(p.index for p in b.passages if "4,150" in p.text)
    link = next((l for l in alignment.links if (l.a, l.b) == (ia, ib)), None)
    assert link is not None
    assert ("4,150", "4,150 ballots") in {(e.a_text, e.b_text) for e in link.evidence}


def test_a_figure_counted_in_two_things_or_short_stays_apart():
    # "200 killed" and "200 miles": which one a bare 200 counts, nothing says
    assert figure_aliases({"n:4150"}, {"n:4150|kill", "n:4150|mile"}) == {}
    assert figure_aliases({"n:4150"}, {"n:4150|ballot", "n:4150"}) == {}  # the other side writes it bare too
    assert figure_aliases({"n:12"}, {"n:12|ballot"}) == {}  # a short figure stands bare in many places
    assert figure_aliases({"n:4150"}, {"n:4150|ballot"}) == {"n:4150": "n:4150|ballot"}
    assert figure_aliases({"n:4150|ballot"}, {"n:4150"}) == {"n:4150": "n:4150|ballot"}
