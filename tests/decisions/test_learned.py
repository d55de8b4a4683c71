"""Teaching terms: learned.toml written atomically with the user's layout kept, refused when
it cannot be parsed, conflicts named, and the taught pair used by the next alignment."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader.align import default_glossary
from reader.align.learned import learned_path, teach
from reader.cli.main import main
from reader.errors import UserError


@pytest.fixture
def config_dir(isolated_user_dirs) -> Path:
    return Path(os.environ["COUNTERPOINT_CONFIG_DIR"])


def test_a_new_file_is_created_with_a_header_and_read_back(config_dir):
    taught = teach(config_dir, "offensive actions", "started  the war")
    assert taught.added == ("offensive actions", "started the war")
    text = learned_path(config_dir).read_text(encoding="utf-8")
    assert text.startswith("# Terms you taught Counterpoint")
    glossary, problems = default_glossary(config_dir)
    assert problems == []
    assert any({"offensive actions", "started the war"} <= set(terms) for _, terms in glossary.groups)


def test_comments_and_layout_survive_and_a_known_term_grows_its_group(config_dir):
    path = learned_path(config_dir)
    path.parent.mkdir(parents=True)
    original = ("# my own notes, keep me\r\n\r\n[[group]]\r\nname = \"war\"   # the fighting\r\n"
                "terms = [\"offensive actions\", \"hostilities\"]\r\nnote = \"mine\"\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + original.encode())
    taught = teach(config_dir, "started the war", "Hostilities")
    assert (taught.group, taught.added) == ("war", ("started the war",))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf# my own notes, keep me\r\n")
    text = raw.decode("utf-8-sig")
    assert 'name = "war"   # the fighting\r\n' in text and 'note = "mine"' in text
    assert "\n" not in text.replace("\r\n", "")  # line endings stay the user's
    assert text.count("[[group]]") == 1 and '"started the war"' in text
    assert {p.name for p in path.parent.iterdir()} <= {path.name, path.name + ".lock"}  # no temporary file left


def test_teaching_twice_changes_nothing(config_dir):
    teach(config_dir, "offensive actions", "started the war")
    before = learned_path(config_dir).read_bytes()
    again = teach(config_dir, "Started the war", "offensive action")
    assert again.added == () and "already equivalent" in again.describe()
    assert learned_path(config_dir).read_bytes() == before


@pytest.mark.parametrize("content", [
    "[[group]\nterms = [\n",                       # not TOML
    "[[group]]\nterms = \"oops\"\n",               # TOML, but not a glossary
    "[[group]]\nterms = [\"a\", \"b\"]\ncolour = 1\n",
])
def test_a_file_that_cannot_be_read_as_a_glossary_is_never_rewritten(config_dir, content):
    path = learned_path(config_dir)
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError, match=r"learned\.toml"):
        teach(config_dir, "offensive actions", "started the war")
    assert path.read_text(encoding="utf-8") == content


PLACES = """# the user's own glossary
[[group]]
terms = ["Armenia", "Yerevan"]

[[group]]
terms = ["Azerbaijan", "Baku"]
"""


def test_malformed_and_conflicting_pairs_are_refused(config_dir):
    (config_dir / "glossaries").mkdir(parents=True)
    (config_dir / "glossaries" / "places.toml").write_text(PLACES, encoding="utf-8")
    with pytest.raises(UserError, match="same term"):
        teach(config_dir, "Attacks", "attack")
    with pytest.raises(UserError, match="no words"):
        teach(config_dir, "  ", "attack")
    with pytest.raises(UserError, match="longer than"):
        teach(config_dir, "one two three four five six seven eight nine", "attack")
    with pytest.raises(UserError, match="'Armenia' is in glossary group 'Armenia' and 'Azerbaijan' in 'Azerbaijan'"):
        teach(config_dir, "Armenia", "Azerbaijan")
    assert not learned_path(config_dir).exists()
    assert teach(config_dir, "Armenia", "Azerbaijan", merge=True).added == ("Armenia", "Azerbaijan")


def test_the_cli_teaches_and_the_next_alignment_uses_it(config_dir, tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Intro.\n\nThe quartermaster signed the grain contract on Tuesday.\n", encoding="utf-8")
    b.write_text("Intro.\n\nThe logistics chief approved the wheat deal that week.\n", encoding="utf-8")

    def linked() -> set:
        assert main(["align", str(a), str(b), "--format", "json", "--min-score", "0.01"]) == 0
        return {(link["a"], link["b"]) for link in json.loads(capsys.readouterr().out)["links"]}

    assert (1, 1) not in linked()
    for pair in (("quartermaster", "logistics chief"), ("grain contract", "wheat deal")):
        assert main(["links", "teach", *pair]) == 0
        assert capsys.readouterr().out.startswith("taught ")
    assert (1, 1) in linked()
    (config_dir / "glossaries" / "places.toml").write_text(PLACES, encoding="utf-8")
    assert main(["links", "teach", "Armenia", "Azerbaijan"]) == 2
    assert "would merge the two groups" in capsys.readouterr().err


def test_the_glossary_in_use_decides_what_is_already_known(config_dir):
    from reader.align import Glossary
    from reader.align.glossary import bundled_glossary

    # aligning the seeds, whose glossary has the pair: nothing to teach
    assert teach(config_dir, "Artsakh", "Karabakh", in_use=bundled_glossary()).added == ()
    assert not learned_path(config_dir).exists()
    # with glossaries off it is taught
    assert teach(config_dir, "Artsakh", "Karabakh", in_use=Glossary()).added == ("Artsakh", "Karabakh")
    assert teach(config_dir, "Karabakh", "disputed territory", in_use=Glossary()).added == ("disputed territory",)
    assert teach(config_dir, "disputed territory", "Artsakh", in_use=Glossary()).added == ()
    assert learned_path(config_dir).read_text(encoding="utf-8").count("\n[[group]]") == 1


def test_a_learned_toml_that_is_not_a_file_is_refused_without_blocking(config_dir):
    path = learned_path(config_dir)
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    with pytest.raises(UserError, match="not a regular file"):
        teach(config_dir, "offensive actions", "started the war")


def test_an_unwritable_config_dir_is_one_clear_error(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(UserError, match="cannot save"):
        teach(blocker, "offensive actions", "started the war")


TEACHER = """
import sys
from reader.align.learned import teach
config_dir, worker = sys.argv[1], int(sys.argv[2])
for n in range(5):
    teach(config_dir, f"codename w{worker}x{n}", f"operation w{worker}y{n}")
"""


def test_processes_teaching_at_once_lose_no_pair(config_dir):
    import subprocess
    import sys

    import reader
    from reader.align import load_glossary

    root = Path(reader.__file__).resolve().parent.parent
    workers = [subprocess.Popen([sys.executable, "-c", TEACHER, str(config_dir), str(w)], cwd=root,
                                env={**os.environ, "PYTHONPATH": str(root)}) for w in range(4)]
    assert [w.wait(timeout=120) for w in workers] == [0] * 4
    groups = load_glossary(learned_path(config_dir)).groups
    assert sorted(terms for _, terms in groups) == sorted(
        (f"codename w{w}x{n}", f"operation w{w}y{n}") for w in range(4) for n in range(5))


def test_teaching_gives_up_on_a_lock_another_process_keeps(config_dir, while_locked_elsewhere):
    """`counterpoint links teach` while another process is stopped in its turn on learned.toml's
    lock used to wait for ever; it now says who keeps it, in one line, and teaches nothing."""
    path = learned_path(config_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    said = while_locked_elsewhere(path.with_name(path.name + ".lock"),
                                  lambda: teach(config_dir, "offensive actions", "started the war"))
    assert "held by another process" in said and "nothing was taught" in said
    assert not path.exists()
