from reader.align import Alignment, align


def test_seed_pair_has_links_and_consistent_index(seeds):
    a, b = seeds.articles[0], seeds.articles[1]
    al = align(a, b, seeds)
    assert isinstance(al, Alignment)
    assert al.links
    for link in al.links:
        assert link in al.for_a(link.a) and link in al.for_b(link.b)
        assert 0.0 <= link.score <= 1.0
    assert [link.score for link in al.links] == sorted((l.score for l in al.links), reverse=True)
