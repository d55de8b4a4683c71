"""The reading room aligns a pair with the same word statistics as `counterpoint align`."""

from __future__ import annotations

from tui_helpers import reading_room

from reader.align import align, default_glossary
from reader.corpus import load_paths, load_seeds, manifest_corpus
from reader.paths import seeds_dir


def _links(alignment):
    return [(link.a, link.b, link.score) for link in alignment.links]


async def test_two_seeds_opened_alone_align_as_the_cli_aligns_them(make_app, tmp_path):
    first, second = sorted(seeds_dir().glob("00[01]_*.txt"))
    opened = load_paths([first, second])  # just the two files, as `counterpoint A B` opens them
    app = make_app(opened)
    async with reading_room(app, size=(120, 36)) as (_pilot, screen):
        shown = screen.alignment
    corpus = manifest_corpus([first, second])  # what `counterpoint align A B` uses
    assert corpus is not None and len(corpus) == len(load_seeds())
    a, b = (next(x for x in corpus if x.path.resolve() == p.resolve()) for p in (first, second))
    glossary = default_glossary(tmp_path / "config", articles=(a, b))[0]
    assert _links(shown) == _links(align(a, b, corpus, glossary=glossary))
    assert _links(shown) != _links(align(a, b, opened, glossary=glossary))  # two articles' statistics differ


def test_a_folder_without_a_manifest_gives_the_pair_alone(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Title\n\nSome words here.\n", encoding="utf-8")
    assert manifest_corpus([tmp_path / "a.txt", tmp_path / "b.txt"]) is None
