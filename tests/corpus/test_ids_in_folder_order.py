"""Articles added to a corpus later (opened inside the reader) get the ids loading them all at
once gives: of two sharing an id, the one first in folder order keeps it, whichever came
first (real files)."""

from __future__ import annotations

from reader.corpus import load_paths


def write(path, words: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{words.title()}\n\nA paragraph about {words}, and nothing else.\n", encoding="utf-8")
    return path


def ids(corpus) -> dict[str, str]:
    return {str(a.path.resolve()): a.id for a in corpus}


def test_an_article_added_later_takes_the_id_its_folder_order_gives(tmp_path):
    late = write(tmp_path / "zeta" / "oped.txt", "the dam at Varna")
    other = write(tmp_path / "zeta" / "notes.txt", "the harbour master")
    early = write(tmp_path / "alpha" / "oped.txt", "the flood gates")
    corpus = load_paths([late, other])
    assert [a.id for a in corpus] == ["oped", "notes"]
    added = corpus.add(load_paths([early]).articles)
    assert ids(corpus) == ids(load_paths([early, late, other])) == ids(load_paths([tmp_path / "zeta", early]))
    assert added[0].id == "oped" and corpus.get("oped-2").path == late and corpus.get("oped") is added[0]


def test_a_folder_added_later_keeps_its_manifest_order_and_the_ids_of_the_rest(tmp_path):
    folder = tmp_path / "desk"
    write(folder / "b.txt", "the second story")
    write(folder / "a.txt", "the first story")
    (folder / "corpus.toml").write_text('[[article]]\nfile = "b.txt"\nid = "story"\n'
                                        '[[article]]\nfile = "a.txt"\nid = "story"\n', encoding="utf-8")
    elsewhere = write(tmp_path / "zz" / "story.md", "a third story")
    corpus = load_paths([elsewhere])
    corpus.add(load_paths([folder]).articles)
    assert ids(corpus) == ids(load_paths([folder, elsewhere]))
    assert corpus.get("story").path.name == "b.txt" and corpus.get("story-3").path == elsewhere
    corpus.add(load_paths([folder / "a.txt"]).articles)  # open already: nothing changes
    assert ids(corpus) == ids(load_paths([folder, elsewhere])) and len(corpus) == 3


def test_a_file_named_alone_and_its_folder_give_the_same_ids(tmp_path):
    folder = tmp_path / "desk"
    marked = write(folder / "report.md", "the marked up report")
    text = write(folder / "report.txt", "the plain report")
    by_folder = ids(load_paths([folder]))
    assert by_folder[str(marked.resolve())] == "report"
    assert ids(load_paths([text, marked])) == ids(load_paths([marked, folder], distinct=True)) == by_folder
