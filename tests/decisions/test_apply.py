"""Decisions applied to an alignment: a pure function checked on hand-made machine links."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.align import Alignment, Evidence, Link
from reader.bookmarks.anchoring import Placement, anchor_span
from reader.decisions import Decision, PlacedDecision, apply_decisions
from reader.decisions.apply import READER_SCORE

EVIDENCE = (Evidence((0, 4), (0, 4), "oil", "oil", "exact"),)


def machine(a, b, pairs, granularity="paragraph") -> Alignment:
    links = [Link(i, j, 0.5 - 0.01 * n, EVIDENCE) for n, (i, j) in enumerate(pairs)]
    a_units, b_units = a.units(granularity), b.units(granularity)
    return Alignment(a, b, granularity, a_units, b_units, links,  # unmatched as the engine reports it
                     [p.index for p in a_units if p.is_body and p.index not in {i for i, _ in pairs}],
                     [p.index for p in b_units if p.is_body and p.index not in {j for _, j in pairs}])


def decision(n, kind, a, a_unit, b, b_unit, granularity="paragraph", orphan=False) -> PlacedDecision:
    pa, pb = a.units(granularity)[a_unit], b.units(granularity)[b_unit]
    anchors = anchor_span(a, pa.start, pa.end), anchor_span(b, pb.start, pb.end)
    placed_a = (Placement(anchors[0], "orphaned", None, None, a) if orphan
                else Placement(anchors[0], "anchored", pa.start, pa.end, a))
    return PlacedDecision(Decision(n, kind, *anchors, "2026-01-01T00:00:00Z"), placed_a,
                          Placement(anchors[1], "anchored", pb.start, pb.end, b))


def pairs_of(al: Alignment) -> dict[tuple[int, int], tuple[str, bool]]:
    return {(link.a, link.b): (link.origin, link.confirmed) for link in al.links}


def test_reject_confirm_and_link(pair):
    a, b = pair
    al = machine(a, b, [(1, 1), (2, 2), (3, 3)])
    decided = apply_decisions(al, [
        decision(1, "reject", a, 1, b, 1),
        decision(2, "confirm", a, 2, b, 2),
        decision(3, "link", a, 4, b, 4),
        decision(4, "link", a, 3, b, 3),  # the machine links these too: the reader's link all the same
    ])
    assert pairs_of(decided) == {(2, 2): ("machine", True), (3, 3): ("reader", True), (4, 4): ("reader", True)}
    [added] = decided.for_a(4)
    assert added.score == READER_SCORE and added.evidence == ()
    [linked] = decided.for_a(3)  # strong and the reader's whatever the engine scored, its words kept
    assert (linked.score, linked.tier, linked.evidence) == (READER_SCORE, "strong", EVIDENCE)
    assert decided.for_a(2)[0].evidence == EVIDENCE  # the machine's evidence is kept
    assert decided.unmatched_a == [1] and decided.unmatched_b == [1]
    assert pairs_of(al) == {(1, 1): ("machine", False), (2, 2): ("machine", False), (3, 3): ("machine", False)}


def test_confirming_a_link_the_machine_no_longer_makes_keeps_it(pair):
    a, b = pair
    decided = apply_decisions(machine(a, b, []), [decision(1, "confirm", a, 2, b, 2)])
    assert pairs_of(decided) == {(2, 2): ("reader", True)}


def test_a_confirmed_weak_link_is_a_counterpart(pair):
    """Confirming says the two passages tell the same thing: the link is strong whatever its
    score, so the passage is no longer told by one side only, and it keeps the machine's
    score and words; a threshold that drops the guess keeps it strong (the reader's link)."""
    a, b = pair
    al = machine(a, b, [(1, 1)])
    al = Alignment(a, b, "paragraph", al.a_units, al.b_units, [Link(2, 2, 0.21, EVIDENCE)],
                   al.unmatched_a, al.unmatched_b)
    assert al.for_a(2)[0].tier == "weak" and 2 in al.alone_a
    confirmed = apply_decisions(al, [decision(1, "confirm", a, 2, b, 2)]).for_a(2)[0]
    assert (confirmed.tier, confirmed.score, confirmed.evidence, confirmed.confirmed) == ("strong", 0.21, EVIDENCE, True)
    assert 2 not in apply_decisions(al, [decision(1, "confirm", a, 2, b, 2)]).alone_a
    dropped = apply_decisions(machine(a, b, []), [decision(1, "confirm", a, 2, b, 2)]).for_a(2)[0]
    assert dropped.tier == "strong"


def test_the_newest_decision_has_the_last_word(pair):
    a, b = pair
    al = machine(a, b, [(2, 2)])
    assert pairs_of(apply_decisions(al, [decision(2, "reject", a, 2, b, 2), decision(1, "confirm", a, 2, b, 2)])) == {}
    # linked after being rejected: the reader's link (with the machine's evidence)
    assert pairs_of(apply_decisions(al, [decision(1, "reject", a, 2, b, 2), decision(2, "link", a, 2, b, 2)])) == {
        (2, 2): ("reader", True)}
    # confirmed after being linked: the machine's link, confirmed
    assert pairs_of(apply_decisions(al, [decision(1, "link", a, 2, b, 2), decision(2, "confirm", a, 2, b, 2)])) == {
        (2, 2): ("machine", True)}
    made = apply_decisions(al, [decision(1, "link", a, 3, b, 4), decision(2, "reject", a, 3, b, 4)])
    assert pairs_of(made) == {(2, 2): ("machine", False)}  # a reader's link can be rejected too


def test_orphans_and_other_articles_change_nothing(pair, write, paragraphs):
    a, b = pair
    c = write(paragraphs[1], "c.txt")
    al = machine(a, b, [(1, 1), (2, 2)])
    decided = apply_decisions(al, [decision(1, "reject", a, 1, b, 1, orphan=True),
                                   decision(2, "reject", a, 2, c, 2)])
    assert decided is al


def test_decisions_made_on_paragraphs_reach_sentences_and_back(pair):
    a, b = pair
    sa, sb = a.units("sentence"), b.units("sentence")
    in_3 = [s.index for s in sa if a.passage_at(s.start).index == 3]
    in_b3 = [s.index for s in sb if b.passage_at(s.start).index == 3]
    assert len(in_3) == 2 and len(in_b3) == 2
    sentences = machine(a, b, [(in_3[0], in_b3[0]), (in_3[1], in_b3[1]), (in_3[0] - 1, in_b3[0] - 1)], "sentence")
    decided = apply_decisions(sentences, [decision(1, "reject", a, 3, b, 3)])
    assert set(pairs_of(decided)) == {(in_3[0] - 1, in_b3[0] - 1)}
    # a link made between two sentences shows as the link of the paragraphs that hold them
    made = decision(2, "link", a, in_3[1], b, in_b3[0], "sentence")
    assert pairs_of(apply_decisions(machine(a, b, []), [made])) == {(3, 3): ("reader", True)}


def test_the_swapped_alignment_gets_the_same_decisions(pair):
    a, b = pair
    al = machine(a, b, [(1, 1), (2, 3)])
    decisions = [decision(1, "reject", a, 1, b, 1), decision(2, "link", a, 4, b, 2)]
    forward = pairs_of(apply_decisions(al, decisions))
    backward = pairs_of(apply_decisions(al.swapped(), decisions))
    assert backward == {(j, i): v for (i, j), v in forward.items()}


UNITS = st.integers(1, 4)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])  # read only
@given(machine_pairs=st.sets(st.tuples(UNITS, UNITS), max_size=8),
       made=st.lists(st.tuples(st.sampled_from(["link", "confirm", "reject"]), UNITS, UNITS), max_size=8))
def test_properties(pair, machine_pairs, made):
    a, b = pair
    al = machine(a, b, sorted(machine_pairs))
    decisions = [decision(n, kind, a, i, b, j) for n, (kind, i, j) in enumerate(made, 1)]
    decided = apply_decisions(al, decisions)
    got = pairs_of(decided)
    last = {(i, j): kind for kind, i, j in made}  # whole paragraphs: each decision covers one pair
    for key, kind in last.items():
        if kind == "reject":
            assert key not in got
        else:
            assert got[key][1] is True
    for key, (origin, confirmed) in got.items():
        # the reader's link: made, or confirmed where the engine makes none
        assert (origin == "reader") == (key not in machine_pairs or last.get(key) == "link")
        if origin == "reader":
            assert [link.tier for link in decided.for_a(key[0]) if link.b == key[1]] == ["strong"]
        assert confirmed == (key in last)
    assert pairs_of(apply_decisions(decided, decisions)) == got  # applying twice changes nothing
    assert pairs_of(apply_decisions(al.swapped(), decisions)) == {(j, i): v for (i, j), v in got.items()}
    linked_a, linked_b = {i for i, _ in got}, {j for _, j in got}
    assert decided.unmatched_a == [p.index for p in a.passages if p.is_body and p.index not in linked_a]
    assert decided.unmatched_b == [p.index for p in b.passages if p.is_body and p.index not in linked_b]
    assert decided.links == sorted(decided.links, key=lambda link: (-link.score, link.a, link.b))


def test_review_walks_the_unjudged_machine_links_top_to_bottom(pair):
    from reader.decisions import next_unreviewed, unreviewed

    a, b = pair
    al = apply_decisions(machine(a, b, [(3, 1), (1, 2), (2, 2), (4, 4)]),
                         [decision(1, "confirm", a, 2, b, 2), decision(2, "link", a, 4, b, 1),
                          decision(3, "reject", a, 4, b, 4)])
    assert [(link.a, link.b) for link in unreviewed(al)] == [(1, 2), (3, 1)]
    assert (next_unreviewed(al).a, next_unreviewed(al, 1).a) == (1, 3)
    assert next_unreviewed(al, 3).a == 1 and next_unreviewed(al, 3, wrap=False) is None
    everything = apply_decisions(al, [decision(4, "confirm", a, 1, b, 2), decision(5, "reject", a, 3, b, 1)])
    assert next_unreviewed(everything) is None
