"""A reference marker's number is no figure, "[citation needed]" no words, and a transcript's
speakers' labels are no words the article uses: none of them links passages or counts as a
side's own words, and a capital after "….[3]" opens a sentence, no name."""

from __future__ import annotations

from reader.align import Glossary
from reader.align.features import unit_features
from reader.corpus import load_article
from reader.differ import Differ
from reader.differ.lexicon import distinctive_words


def _keys(text):
    return set(unit_features(text, Glossary()))


def test_reference_markers_give_no_keys():
    keys = _keys("The quay opened in 1987.[3] Repairs were promised.[citation needed] [note 2] Nothing followed.[a]")
    assert "n:3" not in keys and "n:2" not in keys
    assert not {"w:citation", "w:need", "w:needed", "w:note"} & keys
    assert {"n:1987", "w:quay", "w:repair"} <= keys
    assert "n:2021" in _keys("the [2021] report")  # a figure in brackets is a figure


def test_a_transcripts_labels_give_no_keys():
    keys = _keys("[00:01:20] DIVER PAAL HOLM: The board had our report.\nQ: Did it act?\nA: It did not.")
    assert not {"w:diver", "w:paal", "w:holm", "w:q", "n:00:01:20"} & keys
    assert {"w:board", "w:report", "w:act"} <= keys
    assert "w:holm" in _keys("Paal Holm: the board had our report.")  # a name in ordinary case stays


def _article(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def test_speakers_labels_are_not_a_sides_own_words(tmp_path):
    turns = "\n\n".join(f"[00:0{n}:00] CHAIR ODA VESTERGAARD: Question {n} on the quay wall of Vellmar?\n\n"
                        f"[00:0{n}:30] DIVER PAAL HOLM: The wall moved {n} centimetres in the spring floods."
                        for n in range(1, 7))
    told = _article(tmp_path, "hearing.txt", "The hearing\n\n" + turns + "\n")
    retold = _article(tmp_path, "report.txt", "The report\n\n" + "\n\n".join(
        f"Engineers measured the quay wall of Vellmar for the {n}th time and found it sound." for n in range(1, 7)) + "\n")
    a_words, _ = distinctive_words(told, retold, limit=20)
    terms = {w.term.casefold() for w in a_words}
    assert not {"chair", "oda", "vestergaard", "diver", "paal", "holm"} & {t for term in terms for t in term.split()}


def test_a_capital_after_a_reference_marker_opens_a_sentence(tmp_path):
    a = _article(tmp_path, "a.txt", "The board met in May.[2] Additional divers were hired.[5][6] Further checks followed.\n")
    b = _article(tmp_path, "b.txt", "The board met in May and hired divers for further checks.\n")
    found = Differ(a, b, a.passages, b.passages, Glossary()).between(0, 0)
    assert [d.a_text for d in found if d.kind == "name"] == []



def test_names_in_ordinary_case_that_take_turns_give_no_keys(tmp_path):
    """A transcript that names its speakers in ordinary case before a colon, turn after turn: the
    names are labels (reader.corpus.marks.speakers), as the capitals' are, though one such line
    alone keeps its name (above)."""
    from reader.align.features import article_derived

    turns = "\n\n".join(f"Oda Vestergaard: Question {n} on the quay wall of Vellmar?\n\n"
                        f"Paal Holm: The wall moved {n} centimetres in the spring floods." for n in range(1, 4))
    told = _article(tmp_path, "hearing.txt", "The hearing\n\n" + turns + "\n")
    keys = article_derived(told, "paragraph", Glossary(), lambda units, feats: {k for f in feats if f for k in f})
    assert not {"w:oda", "w:vestergaard", "w:paal", "w:holm"} & keys
    assert {"w:wall", "w:flood"} <= keys
