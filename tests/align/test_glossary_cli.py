"""Glossary files and the `counterpoint align` subcommand."""

import json

import pytest

from reader.align import default_glossary, load_glossary
from reader.cli.main import main
from reader.errors import UserError
from reader.paths import seeds_dir


def test_bundled_glossary_loads_and_folds_variants():
    g = load_glossary(seeds_dir() / "glossary.toml")
    assert len(g) > 5
    from reader.align.text import phrase_keys
    keys = phrase_keys("Azeris")
    assert g.match(list(keys), 0) is not None


def test_bad_glossary_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[group]]\nterms = ["a b", "c"]\n\n[[group]]\nterms = "oops"\n', encoding="utf-8")
    with pytest.raises(UserError, match=r"bad\.toml:4"):
        load_glossary(bad)
    broken = tmp_path / "broken.toml"
    broken.write_text("[[group]\nterms = [\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"broken\.toml.*line 1"):
        load_glossary(broken)


def test_default_glossary_merges_user_files_and_skips_broken(tmp_path):
    folder = tmp_path / "glossaries"
    folder.mkdir()
    (folder / "mine.toml").write_text('[[group]]\nterms = ["Artsakh", "the Republic of Mountainous Karabakh"]\n',
                                      encoding="utf-8")
    (folder / "broken.toml").write_text("not toml at all [", encoding="utf-8")
    g, problems = default_glossary(tmp_path)
    assert len(problems) == 1 and "broken.toml" in problems[0]
    from reader.align.text import phrase_keys
    a = g.match(list(phrase_keys("Artsakh")), 0)
    b = g.match(list(phrase_keys("the Republic of Mountainous Karabakh")), 0)
    assert a and b and a[0] == b[0]  # merged into the bundled Nagorno-Karabakh group


def _seed(n):
    return str(sorted(seeds_dir().glob("*.txt"))[n])


def test_a_file_in_place_of_the_glossaries_folder_is_said_not_passed_over(tmp_path):
    (tmp_path / "glossaries").write_text("not a folder", encoding="utf-8")
    glossary, problems = default_glossary(tmp_path)
    assert len(glossary) == len(default_glossary(None)[0])  # the seeds' own still apply
    [problem] = problems
    assert problem.startswith("glossaries skipped: ") and "is a file, not a folder" in problem


def test_cli_json_schema(capsys):
    assert main(["align", _seed(0), _seed(3), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == 1 and data["granularity"] == "paragraph"
    texts = {}
    for side in ("a", "b"):
        text = open(data[side]["path"], encoding="utf-8").read()
        texts[side] = text
        assert {"path", "title", "passages"} <= set(data[side])
        for n, p in enumerate(data[side]["passages"]):
            assert p["index"] == n and p["kind"] in ("body", "heading", "boilerplate")
            assert text[p["start"]:p["end"]] == p["text"]
    assert data["links"]
    for link in data["links"]:
        assert {"a", "b", "score", "tier", "evidence", "origin", "confirmed"} <= set(link) and 0 <= link["score"] <= 1
        assert link["tier"] in ("strong", "weak")  # fields may be added, never removed
        for e in link["evidence"]:
            assert texts["a"][e["a_span"][0]:e["a_span"][1]] == e["a_text"]
            assert texts["b"][e["b_span"][0]:e["b_span"][1]] == e["b_text"]
    linked = {l["a"] for l in data["links"]}
    body = {p["index"] for p in data["a"]["passages"] if p["kind"] == "body"}
    assert set(data["unmatched"]["a"]) == body - linked
    strong = {l["a"] for l in data["links"] if l["tier"] == "strong"}
    assert set(data["alone"]["a"]) == body - strong


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_cli_human_formats(capsys, fmt):
    assert main(["align", _seed(0), _seed(3), "--format", fmt, "--granularity", "sentence"]) == 0
    out = capsys.readouterr().out
    assert "Only in A" in out


def test_markdown_marks_overlapping_evidence_once(capsys, tmp_path):
    """A date's evidence ("January 27") overlaps its month's ("January"): one bold run, never
    a "****" that would break the markdown."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The ministry met on January 27 to discuss the drones shipment.\n", encoding="utf-8")
    b.write_text("On January 27 the ministry confirmed a shipment of drones.\n", encoding="utf-8")
    assert main(["align", str(a), str(b), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.count("**January 27**") == 2 and "****" not in out


def test_cli_errors(capsys, tmp_path):
    assert main(["align", _seed(0), _seed(1), "--min-score", "2"]) == 2
    bad = tmp_path / "g.toml"
    bad.write_text("[[group]]\nterms = []\n", encoding="utf-8")
    assert main(["align", _seed(0), _seed(1), "--glossary", str(bad)]) == 2
    assert "g.toml:1" in capsys.readouterr().err
    assert main(["align", _seed(0), str(tmp_path / "missing.txt")]) == 2
