"""A reading device's clippings file ("My Clippings.txt"): each highlight a passage, the lines
about it (the book's title, where and when it was clipped, the separator) none."""

from __future__ import annotations

from reader.corpus import load_article

SEPARATOR = "=========="


def _clippings(tmp_path, title: str, entries: list[tuple[str, str]], name: str = "My Clippings.txt"):
    """A clippings file of `entries` ((line of where and when, text clipped)), as the device
    writes it: a BOM, CRLF line ends."""
    text = "".join(f"{title}\r\n{where}\r\n\r\n{clipped}\r\n{SEPARATOR}\r\n" for where, clipped in entries)
    path = tmp_path / name
    path.write_bytes(("\ufeff" + text).encode("utf-8"))
    return load_article(path)


def test_each_highlight_is_a_passage_and_the_lines_about_it_are_none(tmp_path):
    article = _clippings(tmp_path, "Ferry Fares Frozen at Kelmet (Dana Ilves)", [
        ("- Your Highlight on page 3 | Location 40-42 | Added on Monday, 3 March 2026 10:10:05",
         "The ferry company at Kelmet said on Monday that fares would stay at their winter level."),
        ("- Your Bookmark on page 4 | Location 51 | Added on Monday, 3 March 2026 10:12:40", ""),
        ("- Your Highlight on page 4 | Location 52-53 | Added on Monday, 3 March 2026 10:13:05",
         "Its director said the freeze would cost the company about 40,000 crowns a month."),
        ("- Your Note on page 4 | Location 53 | Added on Monday, 3 March 2026 10:13:30", "check this figure")])
    assert [(p.kind, p.text) for p in article.passages] == [
        ("body", "The ferry company at Kelmet said on Monday that fares would stay at their winter level."),
        ("body", "Its director said the freeze would cost the company about 40,000 crowns a month."),
        ("boilerplate", "check this figure")]
    assert (article.title, article.author) == ("Ferry Fares Frozen at Kelmet", "Dana Ilves")
    for p in article.passages:  # offsets still index the file
        assert article.text[p.start:p.end] == p.text


def test_a_devices_other_language_and_several_books(tmp_path):
    article = _clippings(tmp_path, "Frost im Brenntal", [
        ("- Ihre Markierung bei Position 120-122 | Hinzugefügt am Dienstag, 4. März 2026 08:01:12",
         "Die Obstbauern im Brenntal haben den größten Teil ihrer Aprikosen verloren."),
        ("- Ihre Markierung auf Seite 9 | Position 130-131 | Hinzugefügt am Dienstag, 4. März 2026 08:03:40",
         "Die Genossenschaft beziffert den Schaden auf 1.200 Tonnen.")], name="clips.txt")
    assert [p.text for p in article.passages] == [
        "Die Obstbauern im Brenntal haben den größten Teil ihrer Aprikosen verloren.",
        "Die Genossenschaft beziffert den Schaden auf 1.200 Tonnen."]
    assert article.title == "Frost im Brenntal" and article.author == ""
    books = tmp_path / "books.txt"  # highlights of two books: each read, the title the file's
    books.write_text(f"Orchard Notes (Ivo Marek)\n- Your Highlight on page 2 | Location 10-11 | Added on Friday\n\n"
                     f"Late frost took the apricots.\n{SEPARATOR}\nRiver Ledger (Anna Lind)\n"
                     f"- Your Highlight on page 7 | Location 90-92 | Added on Friday\n\nThe ferry ran twice.\n{SEPARATOR}\n",
                     encoding="utf-8")
    both = load_article(books)
    assert [p.text for p in both.passages] == ["Late frost took the apricots.", "The ferry ran twice."]
    assert both.title == "books"


def test_a_text_with_a_title_underlined_by_equals_signs_is_no_clippings_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(f"Harbour bridge\n{SEPARATOR}\n\nThe council of Velmora voted on Tuesday to close the bridge.\n\n"
                    "- the survey | found cracks in 3 pillars\n", encoding="utf-8")
    assert "Harbour bridge" in [p.text for p in load_article(path).passages]


def test_a_long_line_where_the_line_of_where_and_when_stands_reads_at_once(tmp_path):
    """A line of 300,000 figures with no bar, where an entry's line of where and when
    would stand, is told in one pass over it (no regex trying every split of the line)."""
    import time

    first = ("Harbour Notes (Per Lund)\n- Your Highlight on page 2 | Location 20-21 | Added on Friday\n\n"
             "The pilots met the council on Friday.\n" + SEPARATOR + "\n")
    path = tmp_path / "My Clippings.txt"
    path.write_text(first + "Harbour Notes (Per Lund)\n- " + "7" * 300_000 + "\n\nA line of its own.\n", encoding="utf-8")
    started = time.perf_counter()
    article = load_article(path)
    assert time.perf_counter() - started < 20
    assert article.passages[0].text == "The pilots met the council on Friday."
