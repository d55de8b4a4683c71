"""Notes apps and mail programs save a text typed line by line a <div> per line, a blank line as
<div><br></div>: its paragraphs are read as paragraphs, not one passage per line."""

from __future__ import annotations

from reader.corpus import load_article


def _notes(tmp_path, lines: list[str], name: str = "note.html") -> list[tuple[str, str]]:
    """(kind, text) of each passage of a page saved a line per <div> ("" a blank line)."""
    body = "".join("<div><br></div>" if not line else f"<div>{line}</div>" for line in lines)
    path = tmp_path / name
    path.write_text(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>", encoding="utf-8")
    return [(p.kind, p.text) for p in load_article(path).passages]


def test_a_notes_apps_lines_between_blank_lines_are_one_paragraph(tmp_path):
    passages = _notes(tmp_path, [
        "<b>Ferry Fares Frozen at Kelmet</b>", "",
        "The ferry company at Kelmet said on Monday that fares would stay", "at their winter level until the",
        "landing stage reopens in May.", "",
        "Its director, Dana Ilves, said the freeze would cost the company", "about 40,000 crowns a month.", "",
        "Passengers had feared a rise of a third after the floods damaged the pier."])
    assert passages == [
        ("heading", "Ferry Fares Frozen at Kelmet"),
        ("body", "The ferry company at Kelmet said on Monday that fares would stay\nat their winter level until the\n"
                 "landing stage reopens in May."),
        ("body", "Its director, Dana Ilves, said the freeze would cost the company\nabout 40,000 crowns a month."),
        ("body", "Passengers had feared a rise of a third after the floods damaged the pier.")]


def test_a_mail_written_a_sentence_a_line_reads_in_its_paragraphs(tmp_path):
    passages = _notes(tmp_path, [
        "Orchard growers in the Brenn valley lost most of their apricots to a late frost.",
        "The cooperative puts the loss at 1,200 tonnes.", "",
        "Its chairman, Ivo Marek, said insurers had refused half of the claims.",
        "He asked the region for an emergency fund.", "",
        "- the frost came on 14 April", "- nights stayed below zero for four days", "",
        "The region's farm office said it would answer within a month."], name="mail.htm")
    assert passages == [
        ("body", "Orchard growers in the Brenn valley lost most of their apricots to a late frost.\n"
                 "The cooperative puts the loss at 1,200 tonnes."),
        ("body", "Its chairman, Ivo Marek, said insurers had refused half of the claims.\n"
                 "He asked the region for an emergency fund."),
        ("body", "- the frost came on 14 April"), ("body", "- nights stayed below zero for four days"),
        ("body", "The region's farm office said it would answer within a month.")]


def test_a_pages_paragraph_divs_with_a_spacer_stay_paragraphs(tmp_path):
    """A page that sets each paragraph in a <div>, a spacer between two of them, is no text
    written a line per <div>: its paragraphs stay apart."""
    paragraphs = [f"Paragraph {n} of the report on the harbour tells of the work done on the bridge's "
                  f"pillars in week {n}, and of what it cost the city of Velmora in crowns and in traffic."
                  for n in range(1, 7)]
    passages = _notes(tmp_path, [*paragraphs[:3], "", *paragraphs[3:]], name="page.html")
    assert passages == [("body", text) for text in paragraphs]
