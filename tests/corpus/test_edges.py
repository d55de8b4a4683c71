"""The edges around loading: hostile and undecodable file names, FIFOs and devices, symlink
loops, NULs, unreadable folders, oversized files, and bytes that are barely text."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.corpus import load_paths
from reader.corpus.decoding import decode
from reader.corpus.sanitize import MAX_MARKS, is_clean, sanitize, visible
from reader.errors import UserError

OSC_NAME = "z\x1b]52;c;cHduZWQ=\x07\x1b]0;TITLE\x07x.txt"  # writes "pwned" to the clipboard
STEERING = ("\x1b", "\x07", "\x9b", "\u202e")
ARTICLE = "A headline\n\nThe talks in Moscow ended without a deal on the corridor.\n"


def one_line_error(result, *fragments):
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("counterpoint: error: "), result.stderr
    for fragment in fragments:
        assert fragment.lower() in lines[0].lower(), lines[0]
    assert not any(c in result.stderr for c in STEERING)
    return lines[0]


# --- the one sanitiser for names -------------------------------------------------------------


def test_visible_spells_out_escapes_bytes_and_line_breaks():
    assert visible(OSC_NAME) == "z\\x1b]52;c;cHduZWQ=\\x07\\x1b]0;TITLE\\x07x.txt"
    assert visible(os.fsdecode(b"caf\xe9.txt")) == "caf\\xe9.txt"
    assert visible("a\nb\tc\u202ed\x9b") == "a\\nb\\tc\\u202ed\\x9b"
    assert visible("Нагорный Карабах, café, 🇦🇲") == "Нагорный Карабах, café, 🇦🇲"
    visible("\ud800" + os.fsdecode(bytes(range(128, 256)))).encode("utf-8")  # always encodable


def test_escape_sequences_in_a_file_name_reach_no_terminal(run_cli, tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / OSC_NAME).write_text(ARTICLE, encoding="utf-8")
    table = run_cli("list", str(folder), env={"COLUMNS": "200"})
    assert table.returncode == 0, table.stderr
    assert not any(c in table.stdout for c in STEERING)
    assert "z\\x1b]52;c;cHduZWQ=\\x07\\x1b]0;TITLE\\x07x.txt" in table.stdout
    missing = run_cli("bookmarks", "add", str(folder / OSC_NAME), "--quote", "not in the text")
    one_line_error(missing, "does not occur", "\\x1b]52")


def test_a_broken_manifest_warning_shows_its_path_escaped(run_cli, tmp_path):
    folder = tmp_path / "\x1b]0;T\x07dir"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "corpus.toml").write_text("x = ", encoding="utf-8")
    result = run_cli("bookmarks", "add", str(folder / "a.txt"), "--quote", "The talks")
    one_line_error(result, "\\x1b]0;T\\x07dir", "invalid TOML")


# --- names that are not UTF-8 ----------------------------------------------------------------


@pytest.fixture
def latin1_named(tmp_path) -> Path:
    path = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt"))
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", [None, "en_US.UTF-8"])
def test_a_name_that_is_not_utf8_lists_escaped(run_cli, latin1_named, lang):
    env = {"LC_ALL": lang} if lang else {}
    table = run_cli("list", str(latin1_named.parent), env={**env, "COLUMNS": "200"})
    assert table.returncode == 0, table.stderr
    assert "caf\\xe9.txt" in table.stdout
    listed = run_cli("list", str(latin1_named.parent), "--format", "json", env=env)
    assert listed.returncode == 0, listed.stderr
    [article] = json.loads(listed.stdout)["articles"]
    assert article["path"] == str(latin1_named)  # \udce9 in JSON: the same name, to a program
    other = latin1_named.with_name("b.txt")
    other.write_text(ARTICLE, encoding="utf-8")
    aligned = run_cli("align", str(latin1_named), str(other), "--format", "json", env=env)
    assert aligned.returncode == 0, aligned.stderr
    assert json.loads(aligned.stdout)["a"]["path"] == str(latin1_named)


def test_locate_prints_a_data_dir_that_is_not_utf8(run_cli, tmp_path):
    result = run_cli("locate", "data", "--data-dir", os.fsdecode(b"d\xff"), env={"LC_ALL": "en_US.UTF-8"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("/d\\xff") and result.stdout.startswith("/")  # (absolute: see paths.data_dir)


# --- files that are not regular files --------------------------------------------------------


def test_a_fifo_article_is_refused_not_waited_on(run_cli, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    one_line_error(run_cli("list", str(fifo), timeout=30), "pipe.txt", "FIFO", "refused")


def test_a_fifo_manifest_is_refused_not_waited_on(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "corpus.toml")
    one_line_error(run_cli("list", str(tmp_path), timeout=30), "corpus.toml", "FIFO")


def test_a_fifo_in_a_folder_is_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    assert [a.path.name for a in load_paths([tmp_path])] == ["a.txt"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_device_is_refused_not_read_forever(run_cli):
    one_line_error(run_cli("list", "/dev/zero", timeout=30), "/dev/zero", "character device")


def test_an_article_over_the_cap_is_refused(tmp_path, monkeypatch):
    import reader.corpus.loader as loader

    monkeypatch.setattr(loader, "ARTICLE_MAX_BYTES", 1024)
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    with pytest.raises(UserError, match="big.txt: larger than .* too large for a text article"):
        load_paths([path])


# --- paths that raised -----------------------------------------------------------------------


def test_a_symlink_loop_is_one_line(run_cli, tmp_path):
    os.symlink(tmp_path / "loop2.txt", tmp_path / "loop1.txt")
    os.symlink(tmp_path / "loop1.txt", tmp_path / "loop2.txt")
    one_line_error(run_cli("list", str(tmp_path / "loop1.txt")), "loop1.txt", "loop of symbolic links")


def test_a_symlink_loop_in_a_manifest_is_one_line(run_cli, tmp_path):
    os.symlink(tmp_path / "loop2.txt", tmp_path / "loop1.txt")
    os.symlink(tmp_path / "loop1.txt", tmp_path / "loop2.txt")
    (tmp_path / "corpus.toml").write_text('[[article]]\nfile = "loop1.txt"\n', encoding="utf-8")
    one_line_error(run_cli("list", str(tmp_path)), "loop of symbolic links")


def test_a_nul_in_a_manifest_file_name_is_one_line(run_cli, tmp_path):
    (tmp_path / "corpus.toml").write_text('[[article]]\nfile = "a\\u0000.txt"\n', encoding="utf-8")
    one_line_error(run_cli("list", str(tmp_path)), "corpus.toml", "NUL")


@pytest.mark.parametrize("written, said", [
    ('[sides]\n"pro-east" = ["a.txt", "b.txt"]\n', '[[article]] entry: file = "a.txt", side = "pro-east"'),
    ('[sides]\n"a.txt" = "pro-east"\n', '[[article]] entry: file = "a.txt", side = "pro-east"'),
    ('[sides]\n\'the "east"\' = ["a.txt"]\n', '[[article]] entry: file = "a.txt", side = "the \\"east\\""'),
    ('sides = ["pro-east"]\n', '[[article]] entry: side = "..."'),
    ('[[articles]]\nfile = "a.txt"\n', "each article is an [[article]] entry"),
    ('author = "A. Writer"\n', "'author' belongs in an [[article]] entry"),
])
def test_a_manifest_written_another_natural_way_points_to_its_own(run_cli, tmp_path, written, said):
    """`[sides]` and the like are not a second way to say what [[article]] entries say (two
    ways could disagree): the one line shows how to write it, with the user's own file."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "corpus.toml").write_text(written, encoding="utf-8")
    one_line_error(run_cli("list", str(tmp_path)), "corpus.toml", said)


def test_a_folder_of_folders_names_those_that_hold_articles(run_cli, tmp_path):
    """Folders are not searched below the one named: the error says which to name instead."""
    for name in ("left", "right", "empty"):
        (tmp_path / "topic" / name).mkdir(parents=True)
    for name in ("left", "right"):
        (tmp_path / "topic" / name / "a.txt").write_text(ARTICLE, encoding="utf-8")
    line = one_line_error(run_cli("list", str(tmp_path / "topic")), "no articles here")
    assert line.endswith(f"folders inside are not searched: name them ({tmp_path / 'topic' / 'left'}, "
                         f"{tmp_path / 'topic' / 'right'})")
    (tmp_path / "topic" / "left" / "a.txt").unlink()
    (tmp_path / "topic" / "right" / "a.txt").unlink()
    line = one_line_error(run_cli("list", str(tmp_path / "topic")), "no articles here")
    assert line.endswith("files)")


def _as_nobody(*args: str) -> subprocess.CompletedProcess:
    """The CLI run by an unprivileged user (root reads every file, whatever its mode)."""
    setpriv = shutil.which("setpriv")
    if os.geteuid() == 0 and setpriv is None:
        pytest.skip("running as root without setpriv: cannot drop the override")
    import reader

    package_root = str(Path(reader.__file__).resolve().parent.parent)
    prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, sys.executable, "-m", "reader", *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": package_root}, cwd="/", timeout=60)


def test_an_unsearchable_folder_is_one_line():
    outer = Path(tempfile.mkdtemp(prefix="counterpoint-unsearchable-"))
    try:
        outer.chmod(0o755)
        folder = outer / "locked"
        folder.mkdir()
        (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
        (folder / "corpus.toml").write_text('[[article]]\nfile = "a.txt"\n', encoding="utf-8")
        folder.chmod(0o000)
        probe = _as_nobody("--version")
        if probe.returncode != 0:
            pytest.skip(f"the unprivileged user cannot run the reader here: {probe.stderr.strip()[:200]}")
        result = _as_nobody("list", str(folder))
        folder.chmod(0o755)
    finally:
        (outer / "locked").chmod(0o755)
        shutil.rmtree(outer)
    one_line_error(result, "locked", "permission denied")


# --- decoding ---------------------------------------------------------------------------------

RUSSIAN = ("Президент заявил, что переговоры о Нагорном Карабахе продолжатся в Москве. "
           "Армения и Азербайджан обменялись пленными.\n") * 5


def test_utf8_with_a_stray_byte_stays_utf8_and_counts_it():
    data = RUSSIAN.encode("utf-8")
    damaged = data[:200] + b"\xff" + data[200:]
    decoded = decode(damaged)
    assert decoded.encoding == "utf-8" and decoded.replaced == 1
    assert decoded.text.replace("\ufffd", "") == RUSSIAN


def test_the_user_is_told_how_many_bytes_were_replaced(run_cli, tmp_path):
    path = tmp_path / "ru.txt"
    data = RUSSIAN.encode("utf-8")
    path.write_bytes(data[:200] + b"\xff\xfe" + data[200:])
    result = run_cli("list", str(path))
    assert result.returncode == 0, result.stderr
    assert "2 byte sequences not valid utf-8" in result.stderr
    other = tmp_path / "other.txt"
    other.write_text(RUSSIAN, encoding="utf-8")
    aligned = run_cli("align", str(path), str(other), "--format", "json")
    assert aligned.returncode == 0 and "ru.txt: 2 byte sequences not valid utf-8" in aligned.stderr


@pytest.mark.parametrize(("text", "encoding"), [
    ("Привет", "cp1251"),
    ("Заголовок", "cp1251"),
    ("Café", "latin-1"),
    ("Łódź i Kraków są piękne", "cp1250"),
    ("Informação sobre negociações", "cp1252"),
    ("Ереван и Баку", "koi8_r"),
])
def test_short_legacy_texts_read_as_written(text, encoding):
    assert decode(text.encode(encoding)).text == text


def test_random_high_bytes_are_refused_as_binary():
    import random

    rng = random.Random(7)
    noise = bytes(rng.randrange(128, 256) for _ in range(20_000))
    with pytest.raises(UserError, match="binary"):
        decode(noise, name="noise.txt")


def test_long_legacy_articles_still_decode():
    assert decode(RUSSIAN.encode("cp1251")).encoding == "cp1251"
    french = "Le cessez-le-feu a été négocié à Moscou; les délégués ont évoqué la sécurité. " * 40
    assert decode(french.encode("cp1252")).text == french


# --- widths: combining marks and joiners ------------------------------------------------------------

_WIDTH_PIECES = st.lists(st.sampled_from(["a", "é", "Ж", " ", "\n", "\u0301", "\u0300", "\u20d7", "\u200d",
                                          "👩", "क", "्", "\x1b[31m", "\u202e", "\x9b", "Z"]), max_size=40)


def test_a_flood_of_combining_marks_is_capped(tmp_path):
    path = tmp_path / "zalgo.txt"
    path.write_text("Title\n\nZ" + "\u0301\u0300" * 200 + "algo text and e\u0301\u0302 stays.\n", encoding="utf-8")
    article = load_paths([path]).articles[0]
    body = article.passages[1]
    assert body.text == "Z\u0301\u0300\u0301algo text and e\u0301\u0302 stays."
    assert article.text[body.start:body.end].endswith("e\u0301\u0302 stays.")  # offsets index the source


def test_joiners_between_emoji_and_in_floods_go_but_shaping_ones_stay():
    assert sanitize("👨\u200d👩\u200d👧 family").text == "👨👩👧 family"
    assert sanitize("a" + "\u200d" * 500 + "b").text == "ab"  # nothing in Latin shapes with it
    assert sanitize("क" + "\u200d" * 500 + "ष").text == "क\u200dष"
    assert sanitize("क्\u200dष").text == "क्\u200dष"  # Devanagari half form
    assert sanitize("ی\u200dی").text == "ی\u200dی"
    assert sanitize("می\u200cخواهم").text == "می\u200cخواهم"  # a Persian half-space


@pytest.mark.parametrize("split", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_a_name_split_by_an_invisible_character_is_the_name(write_article, split):
    """Text copied from the web carries zero-width characters and soft hyphens inside words:
    the reader shows and matches the word, while offsets still index the file."""
    from reader.align.text import scan

    article = write_article(f"Coalition talks\n\nNaf{split}tali Bennett met Ж{split}Ж in Jerusalem.\n")
    body = article.passages[1]
    assert body.text == "Naftali Bennett met ЖЖ in Jerusalem."
    assert article.text[body.start:body.end] == f"Naf{split}tali Bennett met Ж{split}Ж in Jerusalem."
    _, words = scan(body.text)
    assert [w.key for w in words[:2]] == [w.key for w in scan("Naftali Bennett")[1]]


@given(_WIDTH_PIECES)
def test_width_normalising_keeps_offsets_and_is_stable(parts):
    source = "".join(parts)
    cleaned = sanitize(source)
    assert is_clean(cleaned.text) and sanitize(cleaned.text).text == cleaned.text
    run = 0
    for i, ch in enumerate(cleaned.text):
        run = run + 1 if ch in "\u0301\u0300\u20d7" else 0
        assert run <= MAX_MARKS
        if ch == "\u200d":
            assert i and (cleaned.text[i - 1].isalpha() or cleaned.text[i - 1] in "\u0301\u0300\u20d7्")
        assert source[cleaned.to_source(i)] == ch
    for i in range(len(cleaned.text) + 1):
        assert cleaned.to_clean(cleaned.to_source(i)) == i


def test_metadata_written_on_several_lines_reads_as_one_line(tmp_path):
    """A multi-line TOML string in corpus.toml is still one title, author, outlet or side:
    every table, legend and column that shows it has one line for it."""
    (tmp_path / "a.txt").write_text("The river rose in the night.\n\nThe town slept.\n", encoding="utf-8")
    (tmp_path / "corpus.toml").write_text(
        '[[article]]\nfile = "a.txt"\ntitle = """The dam\nand the river"""\nauthor = "Ana\\n Lind"\n'
        'outlet = "The\\tCourier\\n"\nside = """east\n"""\ndate = "2026-03-01\\n"\n', encoding="utf-8")
    (article,) = load_paths([tmp_path])
    assert (article.title, article.author, article.outlet, article.side, article.date) == (
        "The dam and the river", "Ana Lind", "The Courier", "east", "2026-03-01")
