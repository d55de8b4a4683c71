"""Text copied from a two-column page (`pdftotext -layout`): the left column read, then the
right, page by page; a table or an indented quote is no pair of columns."""

from __future__ import annotations

import textwrap

from reader.corpus import load_article


def _layout(columns: list[list[str]], width: int = 36, gutter: int = 5) -> str:
    """A page of two columns side by side, each of `columns`' paragraphs wrapped at `width`
    (a word broken with a hyphen where it is given one: "occu-pation")."""
    wrapped = []
    for paragraphs in columns:
        lines: list[str] = []
        for paragraph in paragraphs:
            lines += textwrap.wrap(paragraph, width, break_on_hyphens=True) + [""]
        wrapped.append(lines[:-1])
    left, right = wrapped
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return "\n".join(f"{a:<{width + gutter}}{b}".rstrip() for a, b in zip(left, right)) + "\n"


def _passages(tmp_path, text: str, name: str = "copied.txt") -> list[tuple[str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article = load_article(path)
    assert all(article.text[p.start:p.end] == p.text for p in article.passages)
    return [(p.kind, p.text) for p in article.passages]


def test_two_columns_read_left_then_right_and_a_sentence_runs_across(tmp_path):
    page = _layout([
        ["The inspection of the Harrow dam was put off for a second time on Thursday, the water board said.",
         "Engineers had asked for four weeks to study the spillway, which cracked in March, and the"],
        ["board agreed to give them six. Residents downstream have been told to keep their sandbags in place.",
         "A public meeting will be held in the village hall on the first Monday of May."]])
    passages = _passages(tmp_path, "               HARROW DAM INSPECTION PUT OFF AGAIN\n\n" + page)
    assert passages == [
        ("heading", "HARROW DAM INSPECTION PUT OFF AGAIN"),
        ("body", "The inspection of the Harrow dam was put off for a second time on Thursday, the water board said."),
        ("body", "Engineers had asked for four weeks to study the spillway, which cracked in March, and the board "
                 "agreed to give them six. Residents downstream have been told to keep their sandbags in place."),
        ("body", "A public meeting will be held in the village hall on the first Monday of May.")]


def test_two_pages_of_columns_in_another_story(tmp_path):
    first = _layout([
        ["Orchard growers in the Brenn valley lost most of their apricots to a late frost, their cooperative said.",
         "Nights stayed below zero for four days in the middle of April."],
        ["Its chairman put the loss at 1,200 tonnes and asked the region for an emergency fund.",
         "Insurers have so far refused half of the claims the growers made."]])
    second = _layout([
        ["The region's farm office said it would answer within a month, after a survey of the orchards."],
        ["Growers in the next valley, spared by the frost, expect their best harvest in ten years."]])
    assert [text for _, text in _passages(tmp_path, first + "\f" + second, "orchards.txt")] == [
        "Orchard growers in the Brenn valley lost most of their apricots to a late frost, their cooperative said.",
        "Nights stayed below zero for four days in the middle of April.",
        "Its chairman put the loss at 1,200 tonnes and asked the region for an emergency fund.",
        "Insurers have so far refused half of the claims the growers made.",
        "The region's farm office said it would answer within a month, after a survey of the orchards.",
        "Growers in the next valley, spared by the frost, expect their best harvest in ten years."]


def test_a_table_set_with_spaces_is_no_pair_of_columns(tmp_path):
    rows = "\n".join(f"{item:<30}{cost}" for item, cost in [
        ("Spillway repair", "4.1m"), ("Sandbags", "0.2m"), ("Survey", "0.3m"), ("Pumps", "0.9m"),
        ("Road works", "1.2m"), ("Ferry service", "0.6m"), ("Signs", "0.1m")])
    text = "Costs of the dam works\n\nThe water board set out its costs on Thursday.\n\n" + rows + "\n"
    passages = _passages(tmp_path, text, "costs.txt")
    assert ("body", "The water board set out its costs on Thursday.") in passages
    assert any("Spillway repair" in t and "4.1m" in t for _, t in passages)


def test_a_compound_a_column_breaks_once_keeps_its_hyphen():
    """The word list tells "dry-" "season" (two words, "dryseason" none) from "negoti-" "ations"."""
    from reader.corpus.columns import _BREAK, _unbroken

    broken = f"the dry-{_BREAK}season grazing after long negoti-{_BREAK}ations"
    assert _unbroken(broken) == "the dry-season grazing after long negotiations"
