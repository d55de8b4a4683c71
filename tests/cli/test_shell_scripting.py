"""What a person scripting the commands meets: tables on terminals of every width, empty
arguments from unset variables, a file named twice, a data folder that is not a folder."""

from __future__ import annotations

import re

import pytest

ARSON = ("Harbour Fire at Port Kessing Was Arson, Mayor Says\n\n"
         "The mayor of Port Kessing said on Tuesday that the fire which destroyed the grain terminal was set "
         "deliberately by members of the Dockers' Front.\n\n"
         "Police arrested six men near the terminal gates, and the mayor called the Dockers' Front a gang.\n")
NEGLECT = ("Port Kessing Blaze Blamed on Neglect, Workers Say\n\n"
           "Workers at the Port Kessing grain terminal said the fire on Tuesday started in faulty wiring that "
           "the port authority had refused to replace.\n\n"
           "Six union members who had rushed to help were detained by police at the terminal gates.\n")


@pytest.fixture
def pair(tmp_path):
    a, b = tmp_path / "arson.txt", tmp_path / "neglect.txt"
    a.write_text(ARSON, encoding="utf-8")
    b.write_text(NEGLECT, encoding="utf-8")
    return a, b


_BOX_START, _BOX_END = "┏┃┡│└", "┓┃┩│┘"


def _cropped_or_collapsed(screen: str) -> list[str]:
    """Table lines whose right edge is missing (the table was cropped to the terminal) or
    that hold a column squeezed to nothing (`┃┃`)."""
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen).replace("\r", "")
    return [line for line in plain.splitlines() if line[:1] in _BOX_START
            and (line.rstrip()[-1:] not in _BOX_END or re.search("┃┃|││|┏┳|┳┳", line))]


@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize("command", [["bookmarks", "list"], ["links", "list"], ["list", "{a}", "{b}"]])
def test_tables_fit_the_terminal_without_cropping_a_column(counterpoint, in_terminal, pair, columns, command):
    a, b = pair
    assert counterpoint("bookmarks", "add", a, "--quote", "grain terminal was set", "--note", "check the wiring",
                        "--tag", "fire").status == 0
    assert counterpoint("links", "add", a, b, "--quote-a", "Police arrested", "--quote-b", "Six union").status == 0
    status, screen = in_terminal(*(arg.format(a=a, b=b) for arg in command), "--no-pager",
                                 env={"NO_COLOR": "1", "COLUMNS": None}, columns=columns)
    assert status == 0, screen
    assert "┘" in screen and not _cropped_or_collapsed(screen), screen
    plain = re.sub(r"\s+|[│┃]", "", re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen))
    if columns >= 60 and command[0] != "list":  # then even the status column has room for its word
        assert "anchored" in plain


@pytest.mark.parametrize("args", [
    ["list", ""],
    ["list", " "],
    ["map", "{a}", ""],
    ["align", "", "{b}"],
    ["words", "{a}", ""],
    ["bookmarks", "add", "", "--quote", "mayor"],
    ["links", "list", "{a}", ""],
    [""],
    ["bookmarks", "import", ""],
    ["bookmarks", "export", "-o", ""],
    ["links", "export", "-o", ""],
    ["align", "--glossary", "", "{a}", "{b}"],
])
def test_an_empty_path_from_an_unset_variable_is_refused_not_the_current_folder(counterpoint, pair, args):
    a, b = pair  # the scratch folder the command runs in holds both articles: "" must not list them
    done = counterpoint(*(arg.format(a=a, b=b) for arg in args))
    assert "empty path" in done.one_line_error() and done.out == ""


def test_align_says_it_aligned_without_decisions_when_the_data_folder_is_a_file(counterpoint, pair, tmp_path):
    a, b = pair
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file where the data folder should be\n", encoding="utf-8")
    done = counterpoint("align", "--format", "json", "--data-dir", not_a_folder, a, b)
    assert done.json()["decisions"] == {"applied": [], "orphaned": []}
    assert done.err.count("\n") == 1 and "aligned without link decisions" in done.err, done.err
    quiet = counterpoint("align", "--format", "json", "--data-dir", tmp_path / "none-yet", a, b)
    assert quiet.status == 0 and quiet.err == "" and not (tmp_path / "none-yet").exists()


def test_a_file_named_twice_is_one_article_of_the_corpus(counterpoint, pair, tmp_path):
    a, b = pair
    listed = counterpoint("list", "--format", "json", a, f"./{a.name}", tmp_path, b).json()["articles"]
    assert [x["path"] for x in listed] == [str(a), str(b)]  # in the order first named
    claims = counterpoint("map", "--format", "json", a, b, tmp_path).json()
    assert len(claims["articles"]) == 2
    assert all(s["articles"] == 2 for c in claims["claims"] for s in c["sides"].values())
    assert "two articles" in counterpoint("map", a, f"./{a.name}").one_line_error()
    # an article beside itself shows nothing: refused, as the map refuses it
    assert "the same article twice" in counterpoint("align", "--format", "json", a, f"./{a.name}").one_line_error()


def _run_with_stdout(args, stdout, cwd):
    import subprocess

    from .conftest import _entry_point

    return subprocess.run([_entry_point(), *map(str, args)], stdout=stdout, stderr=subprocess.PIPE, text=True,
                          cwd=cwd, timeout=120)


@pytest.mark.parametrize("args", [
    ["list", "{a}", "{b}"],
    ["align", "{a}", "{b}"],
    ["align", "--format", "json", "{a}", "{b}"],
    ["map", "--format", "csv", "{a}", "{b}"],
    ["bookmarks", "export"],
    ["locate"],
])
def test_output_to_a_full_disk_is_one_line_and_status_1(pair, tmp_path, args):
    a, b = pair
    with open("/dev/full", "w") as full:
        done = _run_with_stdout([arg.format(a=a, b=b) for arg in args], full, tmp_path)
    assert done.returncode == 1
    assert done.stderr == "counterpoint: error: cannot write the output (No space left on device)\n"


def test_a_closed_standard_output_is_said_before_anything_is_done(pair, tmp_path):
    import subprocess

    from .conftest import _entry_point

    a, _ = pair
    data = tmp_path / "data"
    done = subprocess.run(["sh", "-c", 'exec "$0" "$@" >&-', _entry_point(), "--data-dir", str(data),
                           "bookmarks", "add", str(a), "--quote", "grain terminal"],
                          stderr=subprocess.PIPE, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr == ("counterpoint: error: standard output is closed; to discard the output, "
                           "send it to /dev/null\n")
    assert not data.exists()  # refused before the bookmark was made


@pytest.mark.parametrize("flags", [[], ["--ignore-decisions"], ["--granularity", "sentence"], ["--min-score", "1"]])
def test_align_json_has_one_shape_whatever_the_flags(counterpoint, pair, tmp_path, flags):
    a, b = pair
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    for first, second in ((a, b), (empty, b)):
        data = counterpoint("align", "--format", "json", *flags, first, second).json()
        assert list(data) == ["version", "granularity", "a", "b", "links", "unmatched", "alone", "decisions"]
        assert set(data["decisions"]) == {"applied", "orphaned"}
        assert set(data["unmatched"]) == set(data["alone"]) == {"a", "b"}
        assert all(isinstance(v, list) for part in ("unmatched", "alone", "decisions")
                   for v in data[part].values())


@pytest.mark.parametrize("command", [["words"], ["map"], ["links", "add"], ["links", "list"]])
def test_help_says_an_article_id_goes_where_a_path_does(counterpoint, command):
    done = counterpoint(*command, "--help")
    assert done.status == 0 and "article id" in done.out


def test_an_article_id_works_for_words_map_and_links(counterpoint, pair, tmp_path):
    (tmp_path / "corpus.toml").write_text('[[article]]\nfile = "arson.txt"\nid = "mayor"\nside = "city"\n\n'
                                          '[[article]]\nfile = "neglect.txt"\nid = "union"\nside = "workers"\n',
                                          encoding="utf-8")
    assert counterpoint("words", "--format", "json", "mayor", "union").json()["a"]["path"].endswith("arson.txt")
    assert len(counterpoint("map", "--format", "json", "mayor", "union").json()["articles"]) == 2
    assert counterpoint("links", "add", "mayor", "union", "--quote-a", "Police arrested",
                        "--quote-b", "Six union").status == 0
    assert len(counterpoint("links", "list", "--format", "json", "mayor", "union").json()["decisions"]) == 1


def test_a_claim_map_folded_by_side_still_fits_a_narrow_terminal(in_terminal, pair, tmp_path):
    (tmp_path / "explainer.txt").write_text(
        "What We Know About the Port Kessing Fire\n\n"
        "The fire at the Port Kessing grain terminal on Tuesday: the mayor blames the Dockers' Front.\n\n"
        "Six men were detained by police at the terminal gates.\n", encoding="utf-8")
    (tmp_path / "corpus.toml").write_text(
        '[[article]]\nfile = "arson.txt"\nside = "city hall"\n\n[[article]]\nfile = "neglect.txt"\n'
        'side = "dock workers"\n\n[[article]]\nfile = "explainer.txt"\nside = "neutral press"\n', encoding="utf-8")
    status, screen = in_terminal("map", tmp_path, "--no-pager", env={"NO_COLOR": "1", "COLUMNS": None}, columns=40)
    assert status == 0, screen
    assert "┘" in screen and not _cropped_or_collapsed(screen), screen


@pytest.mark.parametrize("args", [["align", "-", "{b}"], ["list", "-"], ["words", "{a}", "-"],
                                  ["bookmarks", "add", "-", "--quote", "fire"]])
def test_a_dash_for_an_article_says_articles_come_from_files(counterpoint, pair, args):
    a, b = pair
    assert "not standard input" in counterpoint(*(arg.format(a=a, b=b) for arg in args)).one_line_error()


def test_a_file_named_dash_is_still_that_file(counterpoint, pair, tmp_path):
    (tmp_path / "-").write_text(ARSON, encoding="utf-8")
    assert counterpoint("list", "--format", "json", "-").json()["articles"][0]["title"].startswith("Harbour")


def test_help_as_a_word_prints_the_help(counterpoint):
    main, align = counterpoint("help"), counterpoint("help", "align")
    assert main.status == 0 and main.out.startswith("usage: counterpoint ") and "Subcommands" in main.out
    assert align.status == 0 and align.out.startswith("usage: counterpoint align ")
    assert "did you mean 'list'" in counterpoint("help", "lst").one_line_error()


@pytest.mark.parametrize("words", [["bookmarks", "add"], ["links", "teach"], ["bookmarks", "export"]])
def test_help_on_a_command_with_an_action_says_what_its_help_says(counterpoint, words):
    asked = counterpoint("help", *words)
    assert asked.status == 0, asked.err
    assert asked.out == counterpoint(*words, "--help").out
    assert asked.out.startswith(f"usage: counterpoint {' '.join(words)} ")


def test_help_on_a_mistyped_action_is_one_line(counterpoint):
    assert "did you mean 'list'" in counterpoint("help", "bookmarks", "lst").one_line_error()


def test_a_file_named_help_is_still_opened_as_that_file(counterpoint, tmp_path):
    (tmp_path / "help").write_text(ARSON, encoding="utf-8")
    assert "needs a terminal" in counterpoint("help").one_line_error()  # the reader, on that file


@pytest.mark.parametrize("args", [["links", "list", "--format", "md"], ["bookmarks", "export", "--format", "markdown"],
                                  ["align", "--format", "md", "{a}", "{b}"]])
def test_markdown_is_md_and_md_is_markdown_for_every_command(counterpoint, pair, args):
    a, b = pair
    done = counterpoint(*(arg.format(a=a, b=b) for arg in args))
    assert done.status == 0 and done.out.startswith("# "), done.err


def test_align_markdown_without_links_has_no_run_of_blank_lines(counterpoint, pair, tmp_path):
    a, _ = pair
    other = tmp_path / "other.txt"
    other.write_text("Weather\n\nSunny skies are expected over the northern coast all week.\n", encoding="utf-8")
    for first, second in ((a, other), pair):
        done = counterpoint("align", "--format", "markdown", first, second)
        assert done.status == 0 and "\n\n\n" not in done.out, done.out
