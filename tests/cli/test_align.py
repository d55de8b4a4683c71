"""`counterpoint align` for people (passage order, matched words, trimming) and for scripts."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.align import Alignment
from reader.align.model import Evidence, Link
from reader.align.policy import STRONG_THRESHOLD, shown, tier
from reader.cli import align as align_cli
from reader.cli.excerpt import ELLIPSIS, WHOLE, excerpt, merged


def _rows(markdown: str) -> list[list[str]]:
    lines = [line for line in markdown.splitlines() if line.startswith("| ") and not line.startswith("| A |")]
    return [[cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]] for line in lines]


def test_markdown_goes_passage_by_passage_in_a_order(counterpoint, seed_ids):
    data = counterpoint("align", seed_ids[0], seed_ids[3], "--format", "json").json()
    md = counterpoint("align", seed_ids[0], seed_ids[3], "--format", "markdown")
    assert md.status == 0, md.err
    rows = _rows(md.out)
    assert len(rows) == len(data["links"])  # one row per link, each A passage only once
    shown_a = [int(cell.split()[0][1:]) for cell, _, _ in rows if cell]
    assert shown_a == sorted(set(shown_a)) == sorted({link["a"] + 1 for link in data["links"]})
    by_pair = {(link["a"] + 1, link["b"] + 1): link for link in data["links"]}
    current = None
    for a_cell, middle, b_cell in rows:
        current = int(a_cell.split()[0][1:]) if a_cell else current
        link = by_pair[(current, int(b_cell.split()[0][1:]))]
        assert middle.startswith(f"{shown(link['score'])} {link['tier']} · ")
        for e in link["evidence"]:
            assert e["a_text"] in middle  # the matched words themselves ...
        assert not {"glossary", "exact", "fuzzy", "number", "entity"} & set(re.findall(r"\w+", middle)) - {
            w for e in link["evidence"] for w in re.findall(r"\w+", e["a_text"] + " " + e["b_text"])}
    summary = md.out.splitlines()[2]
    tiers = [link["tier"] for link in data["links"]]
    assert summary.startswith(f"{len(tiers)} links ({tiers.count('strong')} strong, {tiers.count('weak')} weak) · "
                              f"{len(data['alone']['a'])} passages only in A · ")
    for side in ("a", "b"):
        section = md.out.split(f"## Only in {side.upper()}")[1]
        for index in data["alone"][side]:
            assert f"- ¶{index + 1} " in section


def test_sort_score_keeps_every_link_best_first(counterpoint, seed_ids):
    md = counterpoint("align", seed_ids[0], seed_ids[3], "--format", "markdown", "--sort", "score")
    rows = _rows(md.out)
    assert all(a_cell for a_cell, _, _ in rows)
    scores = [float(middle.split()[0]) for _, middle, _ in rows]
    assert scores == sorted(scores, reverse=True) and len(scores) > 5


def test_long_passages_are_trimmed_around_the_evidence(counterpoint, seed_ids):
    data = counterpoint("align", seed_ids[0], seed_ids[3], "--format", "json").json()
    md = counterpoint("align", seed_ids[0], seed_ids[3], "--format", "markdown", "--sort", "score").out
    trimmed = 0
    for (a_cell, _, b_cell), link in zip(_rows(md), data["links"]):
        for cell, side, index in ((a_cell, "a", link["a"]), (b_cell, "b", link["b"])):
            text = data[side]["passages"][index]["text"]
            shown = re.sub(r"\*\*|\\", "", cell).split(" ", 1)[1]
            if len(text) <= WHOLE:
                assert shown == " ".join(text.split())
            else:
                trimmed += 1
                assert ELLIPSIS in shown and len(shown) < len(text)
                for piece in shown.split(ELLIPSIS):
                    assert " ".join(piece.split()) in " ".join(text.split())
            for e in link["evidence"]:
                assert f"**{e[side + '_text']}" in cell or e[side + "_text"] in cell
    assert trimmed > 3


def test_table_has_summary_and_unmatched_and_is_plain_when_piped(counterpoint, seed_ids):
    result = counterpoint("align", seed_ids[0], seed_ids[3], env={"COLUMNS": "80"})
    assert result.status == 0 and "\x1b" not in result.out
    lines = result.out.splitlines()
    assert " ⇄ " in lines[0] and re.match(r"\d+ links \(\d+ strong, \d+ weak\) · \d+ passages only in A · \d+ passages? only in B$",
                                           lines[1])
    assert "Only in A (" in result.out and "Only in B (" in result.out
    assert "glossary" not in result.out  # evidence terms, not their kinds


def test_markdown_escapes_only_what_markdown_needs(counterpoint, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Officials explain -- and (including the minister) -- that the pipeline ships crude oil "
                 "to Haifa; a*b and x|y and <tag> and [link] stay literal.\n", encoding="utf-8")
    b.write_text("The pipeline ships crude oil to Haifa, the minister said (including exports).\n",
                 encoding="utf-8")
    md = counterpoint("align", a, b, "--format", "markdown").out
    assert "explain -- and (including the minister) --" in md
    assert r"a\*b" in md and r"x\|y" in md and r"\<tag\>" in md and r"\[link\]" in md
    assert r"\-" not in md and r"\(" not in md


def test_json_keeps_its_shape(counterpoint, seed_ids):
    data = counterpoint("align", seed_ids[0], seed_ids[3], "--format", "json").json()
    assert {"version", "granularity", "a", "b", "links", "unmatched"} <= set(data)
    for link in data["links"]:
        assert {"a", "b", "score", "evidence"} <= set(link)


def _tiny_alignment(write) -> Alignment:
    from reader.corpus import load_article

    pa, pb = write("a.txt", "Oil flows to Haifa.\n\nNothing else here.\n"), write("b.txt", "Haifa gets oil.\n")
    a, b = load_article(pa), load_article(pb)
    oil_a, oil_b = a.text.index("Oil"), b.text.index("oil")
    haifa_a, haifa_b = a.text.index("Haifa"), b.text.index("Haifa")
    evidence = (Evidence((oil_a, oil_a + 3), (oil_b, oil_b + 3), "Oil", "oil", "exact"),
                Evidence((haifa_a, haifa_a + 5), (haifa_b, haifa_b + 5), "Haifa", "Haifa", "entity"))
    return Alignment(a, b, "paragraph", a.passages, b.passages, [Link(0, 0, 0.8, evidence, tier="strong")],
                     [1], [])


def test_tiers_and_matched_words_in_markdown(tmp_path):
    def write(name, text):
        (tmp_path / name).write_text(text, encoding="utf-8")
        return tmp_path / name

    al = _tiny_alignment(write)
    md = align_cli.markdown(al)
    assert "1 link (1 strong) · 1 passage only in A · 0 passages only in B" in md
    assert "| ¶1 **Oil** flows to **Haifa**. | 0.80 strong · Oil · Haifa | ¶1 **Haifa** gets **oil**. |" in md
    assert "- ¶2 Nothing else here." in md
    assert align_cli.as_json(al)["links"][0]["tier"] == "strong"


def test_excerpt_keeps_short_text_whole_and_marks_evidence():
    assert excerpt("Oil flows to Haifa.", [(0, 3)]) == [("Oil", True), (" flows to Haifa.", False)]
    long = " ".join(f"word{i}" for i in range(200))
    at = long.index("word100")
    runs = excerpt(long, [(at, at + 7)])
    text = "".join(t for t, _ in runs)
    assert text.startswith(ELLIPSIS + " ") and text.endswith(" " + ELLIPSIS) and len(text) < 200
    assert ("word100", True) in runs
    assert all(not t.startswith(" ") or t.startswith(" " + ELLIPSIS) or i for i, (t, _) in enumerate(runs))


def test_passage_numbers_are_one_based():
    assert align_cli.number(0) == "¶1" and align_cli.number(24) == "¶25"
    assert align_cli.number(24, "sentence") == "s25"


def test_a_narrow_terminal_stacks_a_and_b(in_terminal, seed_ids):
    args = ("align", seed_ids[0], seed_ids[3], "--no-pager")
    status, narrow = in_terminal(*args, env={"NO_COLOR": "1", "COLUMNS": None, "LINES": None}, columns=80)
    narrow = re.sub(r"\x1b\[[0-9;]*m", "", narrow).replace("\r\n", "\n")
    assert status == 0 and "┃ A" not in narrow
    assert re.search(r"^A ¶\d+ ", narrow, re.M) and re.search(r"^  ↳ B ¶\d+  0\.\d\d (strong|weak)  ", narrow, re.M)
    assert max(len(line) for line in narrow.splitlines()) <= 80
    status, wide = in_terminal(*args, env={"NO_COLOR": "1", "COLUMNS": None, "LINES": None}, columns=160)
    wide = re.sub(r"\x1b\[[0-9;]*m", "", wide)
    assert status == 0 and "┃ A" in wide and "↳ B" not in wide


@given(text=st.text(alphabet="ab \n.", max_size=900),
       spans=st.lists(st.tuples(st.integers(0, 900), st.integers(0, 900)), max_size=6))
def test_excerpt_keeps_every_mark_and_only_the_articles_words(text, spans):
    runs = excerpt(text, spans)
    collapse = lambda s: re.sub(r"\s+", " ", s)  # noqa: E731
    assert [t for t, marked in runs if marked] == [collapse(text[lo:hi]) for lo, hi in merged(spans, len(text))]
    shown = "".join(t for t, _ in runs)
    for piece in shown.split(ELLIPSIS):
        assert collapse(piece).strip() in collapse(text)
    assert len(shown) <= len(text) + 2 * len(runs) + 2


@pytest.mark.parametrize("command", ["align", "words"])
def test_an_empty_article_is_named_in_a_warning_and_the_output_stays_valid(counterpoint, tmp_path, seed_ids, command):
    blank = tmp_path / "blank.txt"
    blank.write_text("\n  \n\t\n", encoding="utf-8")
    done = counterpoint(command, blank, seed_ids[0], "--format", "json")
    assert done.status == 0, done.err
    assert json.loads(done.out)["a"]["title"] == "blank"
    assert done.err.strip().splitlines() == [f"counterpoint: warning: {blank}: holds no text (the file is empty or blank)"]
    assert counterpoint(command, seed_ids[1], seed_ids[0], "--format", "json").err == ""


@pytest.mark.parametrize("command", ["align", "words"])
def test_an_article_beside_itself_is_refused_in_one_line_and_a_copy_is_warned_of(counterpoint, tmp_path, command):
    article = tmp_path / "vote.txt"
    article.write_text("Harbour vote\n\nThe council voted to close the old ferry landing on Tuesday.\n\n"
                       "Fishers said the landing was the only one their boats could use at low tide.\n", encoding="utf-8")
    alias = tmp_path / "alias.txt"
    alias.symlink_to(article)
    for second in (article, alias):
        done = counterpoint(command, article, second, "--format", "json")
        assert done.status == 2 and done.out == "", done.err
        assert done.err.count("\n") == 1 and "the same article twice" in done.err and "Traceback" not in done.err
    copy = tmp_path / "copy.txt"
    copy.write_bytes(article.read_bytes())
    done = counterpoint(command, article, copy, "--format", "json")
    assert done.status == 0 and json.loads(done.out)
    assert done.err.strip().splitlines() == [
        f"counterpoint: warning: {article} and {copy} hold the same text (copies of one article): "
        "each passage is linked to itself, no word is one's more than the other's"]


@given(st.floats(min_value=0.0, max_value=1.0))
def test_a_shown_score_never_reaches_a_threshold_the_score_is_below(score):
    text = shown(score)
    assert float(text) <= score + 1e-9 and score - float(text) < 0.01 + 1e-9
    assert (float(text) >= STRONG_THRESHOLD) == (tier(score) == "strong")


@pytest.mark.parametrize("command", ["align", "words"])
def test_articles_in_two_languages_are_said_to_be_so_and_the_output_stays_valid(counterpoint, tmp_path, command):
    from tests.align.test_language import TEXTS

    (tmp_path / "greve.txt").write_text(TEXTS["fr"], encoding="utf-8")
    (tmp_path / "pozhar.txt").write_text(TEXTS["ru"], encoding="utf-8")
    (tmp_path / "blocage.txt").write_text(TEXTS["fr2"], encoding="utf-8")
    done = counterpoint(command, tmp_path / "greve.txt", tmp_path / "pozhar.txt", "--format", "json")
    assert done.status == 0, done.err
    assert json.loads(done.out)["a"]["path"].endswith("greve.txt")
    assert done.err.strip().splitlines() == [
        "counterpoint: warning: A (greve.txt) reads as French and B (pozhar.txt) as Russian: passages are linked "
        "by the words they share, so expect few or no links between articles in different languages"]
    assert counterpoint(command, tmp_path / "greve.txt", tmp_path / "blocage.txt", "--format", "json").err == ""
