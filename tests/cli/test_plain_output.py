"""What the commands write when their output is a pipe or a file, or a narrow terminal; and a
file name that reads as an option."""

from __future__ import annotations

import re

import pytest

from reader.corpus import load_seeds


def test_piped_tables_carry_no_trailing_spaces(counterpoint, seed_ids):
    seed = str(load_seeds().articles[0].path)
    added = counterpoint("bookmarks", "add", seed, "--quote", "Azerbaijan", "--occurrence", "1")
    assert added.status == 0, added.err
    for command in (["list"], ["themes"], ["bookmarks", "list"], ["words", seed_ids[0], seed_ids[3]],
                    ["align", seed_ids[0], seed_ids[3]]):
        result = counterpoint(*command)
        assert result.status == 0, result.err
        assert result.out.count("\n") > 3
        padded = [line for line in result.out.splitlines() if line.endswith(" ")]
        assert not padded, (command, padded[:3])


@pytest.fixture
def long_titles(tmp_path):
    paths = []
    for name, title, body in (
            ("a.txt", "The long and winding account of the convoy that crossed the river at dawn on Monday",
             "The convoy crossed the river at dawn. Officials praised the drivers and the escort."),
            ("b.txt", "Another long headline about the same convoy, told from the opposite bank of the river",
             "At dawn the convoy crossed. The escort fired on the opposite bank, residents said.")):
        (tmp_path / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        paths.append(tmp_path / name)
    return paths


def test_words_headings_stay_whole_at_80_columns(in_terminal, counterpoint, long_titles):
    status, screen = in_terminal("words", *long_titles, "--no-pager", env={"NO_COLOR": "1", "COLUMNS": None},
                                 columns=80)
    assert status == 0, screen
    lines = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen).replace("\r", "").splitlines()
    headings = [line for line in lines if "its own words" in line]
    assert len(headings) == 2
    for heading, side in zip(headings, "AB"):
        assert heading.startswith(f"{side}, its own words (") and heading.endswith("…") and len(heading) <= 80
    assert not any(line.startswith(("own words", "words (")) for line in lines)  # nothing broken mid-phrase
    piped = [line for line in counterpoint("words", *long_titles).out.splitlines() if "its own words" in line]
    assert [re.sub(r"\(\d+\)", "(N)", line) for line in piped] == [
        "A, its own words (N): The long and winding account of the convoy that crossed the river at dawn on Monday",
        "B, its own words (N): Another long headline about the same convoy, told from the opposite bank of the river"]


def test_a_file_named_like_an_option_is_named_with_a_way_out(counterpoint, tmp_path):
    (tmp_path / "-dash.txt").write_text("Convoy\n\nThe convoy crossed the river at dawn.\n", encoding="utf-8")
    (tmp_path / "my article.txt").write_text("Crossing\n\nAt dawn the convoy crossed the river.\n", encoding="utf-8")
    for args in (["-dash.txt", "my article.txt"], ["my article.txt", "-dash.txt"]):
        line = counterpoint("align", *args, cwd=tmp_path).one_line_error()
        assert "unrecognized arguments: -dash.txt;" in line and "./-dash.txt" in line and " -- " in line
    line = counterpoint("align", "-nothing.txt", "my article.txt", cwd=tmp_path).one_line_error()
    assert "unrecognized arguments: -nothing.txt (" in line and "./" not in line
    for args in (["./-dash.txt", "my article.txt"], ["--", "-dash.txt", "my article.txt"]):
        result = counterpoint("align", *args, cwd=tmp_path)
        assert result.status == 0 and "⇄" in result.out, result.err
    abbreviated = counterpoint("align", "--form", "json", "-dash.txt", cwd=tmp_path).one_line_error()
    assert "unrecognized arguments: -dash.txt" in abbreviated  # --form is --format, not the culprit
    for args in (["-dash.txt"], ["my article.txt", "-dash.txt"]):  # opening the reader on it
        line = counterpoint(*args, cwd=tmp_path).one_line_error()
        assert "unrecognized arguments: -dash.txt;" in line and "./-dash.txt" in line
        assert line.endswith("(see counterpoint --help)")


def test_glossaries_names_its_folder_whole_on_one_line(counterpoint, tmp_path):
    """The folder above the glossaries table is a path to copy: not wrapped at the table's
    width, piped or on a terminal wide enough for it."""
    config = tmp_path / "a config folder with a rather long name" / "for counterpoint"
    (config / "glossaries").mkdir(parents=True)
    (config / "glossaries" / "rivers.toml").write_text('[[group]]\nterms = ["Vela", "the Vela River"]\n',
                                                       encoding="utf-8")
    result = counterpoint("glossaries", "--config-dir", config)
    assert result.status == 0, result.err
    folder = str(config / "glossaries")
    assert result.out.splitlines()[0] == folder, result.out
    assert "rivers.toml" in result.out and "1 group · 2 terms" in result.out


def test_words_beside_a_one_sentence_article_say_it_is_too_short_to_rank(counterpoint, tmp_path):
    (tmp_path / "long.txt").write_text(
        "Night buses to Corrin stop in June, the transit board said.\n\n"
        "Riders of the night buses said the board gave them no warning.\n\n"
        "The board said the night buses ran half empty after the bridge closed.\n", encoding="utf-8")
    (tmp_path / "short.txt").write_text("Corrin loses its late service this summer.\n", encoding="utf-8")
    result = counterpoint("words", tmp_path / "long.txt", tmp_path / "short.txt")
    assert result.status == 0, result.err
    heading_b = result.out.index("B, its own words (0)")
    assert "(too little text to rank words: no word is used twice there)" in result.out[heading_b:]
    assert "too little text" not in result.out[:heading_b]
