"""Text pasted out of Word or Google Docs and saved as a file, in the encodings and line ends
editors write: smart quotes, no-break spaces, soft hyphens, bullets, "1)" lists, manual line
breaks; UTF-8, Windows-1252, UTF-16 with a byte-order mark, CRLF and lone CR."""

from __future__ import annotations

import re

import pytest

from reader.corpus.loader import load_article

PASTED = ("Kestrel\u2019s Farmers Count the Cost\n\n"
          "By Mara Oduya\u00a0\u2014 The Lowland Courier\n\n"
          "The river that fed the valley now runs at half its old strength. \u201cThey built a wall across our "
          "water,\u201d said Tomas Brel, who grows barley near the old ford.\n\n"
          "What the farmers want:\n"
          "\u2022\tA fixed schedule of summer releases\n"
          "\u2022\tCompensation for the failed harvests\n\n"
          "1)\tSummer flow fell by 38\u00a0percent after the gates closed.\n"
          "2)\tThe number of wells in the valley doubled.\n\n"
          "Aldmere\u2019s engineers blame the wells.\x0bThe farmers call that an in\u00adsult to anyone who has "
          "watched the water go.\n")


@pytest.mark.parametrize("encoding, newline", [("utf-8", "\n"), ("utf-8-sig", "\r\n"), ("utf-16", "\r\n"),
                                               ("cp1252", "\r"), ("utf-8", "\r")])
def test_pasted_text_reads_the_same_whatever_the_encoding_and_line_ends(tmp_path, encoding, newline):
    path = tmp_path / "pasted.txt"
    text = PASTED.replace("\u2022", "*") if encoding == "cp1252" else PASTED
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    article = load_article(path)
    assert (article.title, article.author, article.outlet) == (
        "Kestrel\u2019s Farmers Count the Cost", "Mara Oduya", "The Lowland Courier")
    kinds = [(p.kind, p.text.split()[0]) for p in article.passages]
    assert kinds[1] == ("boilerplate", "By")
    assert [k for k, _ in kinds[2:]] == ["body", "heading", "body", "body", "body", "body", "body"]
    last = article.passages[-1].text
    # Word's manual line break (a vertical tab) is a line break, not glue; the soft hyphen goes
    assert "the wells.\nThe farmers" in last and "an insult" in last


# A page copied from a browser window whole, menu and all; its paragraphs short, as news runs.
WEB_COPY = """\
Skip to main content
Home | World | Politics | Business | Opinion
Ten Years On, the Harrow Dam Still Divides the Velm
By Ines Rakovic
March 2, 2026 · 6 min read
Share this article
The Harrow Dam was meant to end a century of floods on the Velm. It has instead become a quarrel.
ADVERTISEMENT
Engineers in Aldmere insist the reservoir takes only what the 1998 treaty allows.
Kestrel's water ministry reads the same gauges differently.
Most Read
1. Storm closes ferry to the islands
2. Budget vote delayed again
© 2026 Aldmere Review
"""


def test_a_page_copied_whole_gets_its_title_byline_and_date_and_its_menu_is_furniture(tmp_path):
    path = tmp_path / "copied.txt"
    path.write_text(WEB_COPY, encoding="utf-8")
    article = load_article(path)
    assert (article.title, article.author, article.date) == (
        "Ten Years On, the Harrow Dam Still Divides the Velm", "Ines Rakovic", "2026-03-02")
    kinds = {p.text: p.kind for p in article.passages}
    assert kinds["Home | World | Politics | Business | Opinion"] == "boilerplate"
    assert kinds["Ten Years On, the Harrow Dam Still Divides the Velm"] == "heading"
    assert [p.text.split()[0] for p in article.passages if p.kind == "body"] == ["The", "Engineers", "Kestrel's"]


def test_only_a_written_out_publication_date_is_read_from_a_date_line(tmp_path):
    from reader.corpus.byline import dateline

    assert dateline(["Title", "By Ines Rakovic | 2 March 2026", "Body."]) == "2026-03-02"
    assert dateline(["Title", "Updated March 3, 2026", "Published Mar. 2, 2026"]) == "2026-03-02"
    assert dateline(["Title", "02/03/2026", "Body."]) == ""  # day or month first: the line does not say
    assert dateline(["The talks of March 2, 2026 ended without a deal, officials said."]) == ""
    assert dateline(["Title", "By Ines Rakovic | 31 April 2026", "February 29, 2024"]) == "2024-02-29"  # no such day
    assert dateline(["Title", "2026-02-30", "Body."]) == ""


# A report copied out of a PDF: its notes under the page's footnote rule, numbered as the
# superscripts glued to the text's words ("on record.1") number them, a note's lines wrapped.
REPORT_BODY = (
    "The river authority approved the dredging plan in July on the strength of a survey that\n"
    "measured the channel in two of the wettest years on record.1 The survey leaves out the\n"
    "silt the new quay will trap.\n\n"
    "Boatmen on the lower reach say the channel is already a metre shallower than the plan\n"
    "assumes, and that the authority's figures were taken at high water.2\n\n"
)


@pytest.mark.parametrize("rule", ["__________________", "-----------"])
def test_numbered_notes_under_a_footnote_rule_are_apparatus(write_article, rule):
    article = write_article(
        f"Dredging the Kelmet\n\n{REPORT_BODY}{rule}\n"
        "1 River Authority, Kelmet Channel Survey and Sediment Study, July 2026, vol. 2, ch. 5,\n"
        "table 4.\n2 Boatmen's association, soundings taken on 13 October 2026 at four landing\n"
        "stages.\n")
    kinds = [(p.kind, p.text.split("\n")[0]) for p in article.passages]
    assert [k for k, t in kinds if t.startswith(("The river", "Boatmen on"))] == ["body", "body"]
    assert all(k == "boilerplate" for k, t in kinds[kinds.index(next(x for x in kinds if x[1] == rule)):]), kinds


def test_numbered_lines_under_a_rule_the_text_never_refers_to_stay_its_own(write_article):
    article = write_article(
        "Dredging the Kelmet\n\nThe river authority approved the dredging plan in July, and the boatmen\n"
        "say the channel is already a metre shallower than the plan assumes.\n\n__________________\n"
        "1 River Authority members voted for the plan at their meeting on Tuesday, after a long debate\n"
        "2 Boatmen's association members walked out before the vote and held a meeting of their own\n")
    assert [p.kind for p in article.passages][-1] == "body"


QUARTER = ("Quarterly report\n\nSales rose in Q1 and fell in Q2, the board said on Tuesday, and the outlook for\n"
           "the year is mixed.\n\nThe board will meet again in June to settle the budget for the coming year.\n\n-----\n\n")


@pytest.mark.parametrize("listed", [
    "1 Sales\n\nSales rose by four per cent in the first quarter, led by exports to the north.\n\n"
    "2 Costs\n\nCosts rose faster than sales, mostly fuel and wages, and the margin fell.\n",
    "1 Sales rose by four per cent in the first quarter, led by exports to the north.\n\n"
    "2 Costs rose faster than sales, mostly fuel and wages, and the margin fell.\n",
])
def test_a_numbered_list_under_a_rule_line_stays_the_texts_own(write_article, listed):
    """A report's sections or points numbered under a rule line are its body, even when the text
    above holds a code ending in their number ("Q1", "Q2"): no superscript glued to a word."""
    article = write_article(QUARTER + listed)
    assert [p.kind for p in article.passages if p.text.startswith(("Sales rose by", "1 Sales rose", "Costs", "2 Costs rose"))
            ] == ["body", "body"]


# The same report as a PDF's text copy mostly comes: the rule over the notes is a drawn line,
# which the copy leaves out, and the page's number stands under the notes.
UNRULED_NOTES = ("1 River Authority, Kelmet Channel Survey and Sediment Study, July 2026, vol. 2, ch. 5,\n"
                 "table 4.\n2 Boatmen's association, soundings taken on 13 October 2026 at four landing\n"
                 "stages.\n")


@pytest.mark.parametrize("foot", ["", "\n                                  Page 3 of 3\n"])
def test_numbered_notes_ending_a_pdf_copy_without_their_rule_are_apparatus(write_article, foot):
    article = write_article(f"Dredging the Kelmet\n\n{REPORT_BODY}{UNRULED_NOTES}{foot}")
    kinds = [(p.kind, p.text.split("\n")[0]) for p in article.passages]
    assert [k for k, t in kinds if t.startswith(("The river", "Boatmen on"))] == ["body", "body"]
    notes = kinds.index(next(x for x in kinds if x[1].startswith("1 River")))
    assert {k for k, _ in kinds[notes:]} == {"boilerplate"}, kinds
    body = " ".join(p.text for p in article.passages if p.kind == "body")
    assert "on record. The survey" in body and "high water." in body and "water.2" not in body


def test_a_note_mark_after_a_year_ending_a_sentence_is_taken_out_too(write_article):
    article = write_article(
        "Dredging the Kelmet\n\nThe river authority approved the dredging plan in July 2026.1 The survey leaves out\n"
        "the silt the new quay will trap.\n\nBoatmen say the channel is already a metre shallower, and that the\n"
        "authority's figures were taken at high water.2\n\n" + UNRULED_NOTES)
    [first, second] = [p.text for p in article.passages if p.kind == "body"]
    assert "in July 2026. The survey" in first and second.endswith("high water.")


def test_a_note_mark_after_a_year_before_a_capital_of_another_alphabet_is_taken_out(write_article):
    article = write_article(
        "Дноуглубление\n\nРечное управление одобрило план дноуглубления в июле 2026.1 Обследование не учитывает\n"
        "ил, который задержит новый причал.\n\nЛодочники говорят, что русло уже мельче на метр, а цифры\n"
        "управления сняты в большую воду.2\n\n"
        "1 Речное управление, обследование канала Кельмет, июль 2026, том 2.\n"
        "2 Ассоциация лодочников, промеры 13 октября 2026.\n")
    [first, second] = [p.text for p in article.passages if p.kind == "body"]
    assert "в июле 2026. Обследование" in first and second.endswith("в большую воду.")


@pytest.mark.parametrize("ending", [
    # numbered points that end a text, which no mark glued to its words refers to
    "1 Sales rose by four per cent in the first quarter.\n\n2 Costs rose faster than sales.\n",
    # one numbered line: no run of notes
    "1 in 5 boats now land their catch at the new quay, the authority said.\n",
])
def test_numbered_lines_ending_a_text_without_marks_for_them_stay_its_own(write_article, ending):
    article = write_article(QUARTER.replace("-----\n\n", "") + ending)
    assert [p.kind for p in article.passages][-1] == "body"


def test_notes_at_each_pages_foot_are_apparatus_and_their_marks_leave_the_text(write_article):
    """A PDF sets its notes at the foot of the page that refers to them, above its number: those
    of the first page read as apparatus there, mid-text, and their marks leave the text."""
    first, second = REPORT_BODY.split("\n\n")[:2]
    article = write_article(
        f"Dredging the Kelmet\n\n{first}\n\n{UNRULED_NOTES.split(chr(10) + '2 ')[0]}\n\n"
        "                                   Page 1 of 2\n\n"
        f"{second}\n\n2 Boatmen's association, soundings taken on 13 October 2026.\n\n"
        "                                   Page 2 of 2\n")
    kinds = [(p.kind, p.text.split("\n")[0]) for p in article.passages]
    assert [k for k, t in kinds if t.startswith(("1 River", "2 Boatmen's association"))] == ["boilerplate"] * 2, kinds
    assert [t.split()[0] for k, t in kinds if k == "body"] == ["The", "Boatmen"]
    body = " ".join(p.text for p in article.passages if p.kind == "body")
    assert "on record. The survey" in body and body.endswith("high water.")


def test_a_long_reports_notes_at_every_pages_foot_are_read_at_once():
    """A report of hundreds of pages, a note at each page's foot: the marks are read once, not
    the text above each foot again (600 pages took a minute, 1,000 nearly three); timed alone,
    with a bound only reading the text again per page could reach on a loaded machine."""
    import time

    from reader.corpus.kinds import numbered_notes

    texts = ["Dredging the Kelmet"]
    for page in range(1, 601):
        texts += ["The river authority says the channel silts up faster each year, and that boats "
                  "of a deeper draught wait for high water at the mouth before they come in. " * 3] * 5
        texts += [f"Boatmen on the lower reach have counted the days they could not land at high water.{page}",
                  f"{page} Boatmen's association, soundings taken at four landing stages.", str(page)]
    started = time.perf_counter()
    notes = numbered_notes(texts)
    assert time.perf_counter() - started < 15
    assert [texts[i].split()[0] for i in notes] == [str(page) for page in range(1, 601)]


def _report_with_notes(names: str) -> str:
    """A report copied out of a PDF: twenty paragraphs, each with its note's mark glued to its
    last word, `names` in the third, and the twenty notes under the text."""
    words = ["harbour", "channel", "survey", "winter", "ladders", "moorings", "dredger", "tolls", "boatmen", "silt"]
    paragraphs = [f"The board heard on day {n} of the hearing what the {words[n % 10]} cost the town this year.{n}"
                  for n in range(1, 21)]
    paragraphs[2] = paragraphs[2][:-2] + f" {names} The clerk read the figures out.3"
    notes = "\n".join(f"{n} Minutes of the harbour board, sitting {n}, page {n * 3}." for n in range(1, 21))
    return "Harbour board hearing\n\n" + "\n\n".join(paragraphs) + "\n\n" + notes + "\n"


@pytest.mark.parametrize("names", [
    "Since Covid19 the quay has lost trade, and Covid19 cut the ferries too.",  # a name written twice
    "The harbour office moved its network to IPv6 in spring.",  # a capital inside the word
    "The ferries ran on Covid19 timetables all year.",  # once, but far past the last note's number
    "The G20 met at the quay, and an A380 flew over.",  # a capital's number
])
def test_a_names_number_where_a_note_has_that_number_is_no_note_mark(write_article, names):
    article = write_article(_report_with_notes(names))
    body = " ".join(p.text for p in article.passages if p.kind == "body")
    assert names in body
    assert body.count("this year.") == 19 and not re.search(r"year\.\d", body) and "figures out." in body
    assert "out.3" not in body  # the notes' own marks leave the text, the name's number stays


def test_the_notes_at_pages_feet_are_found_once_per_load(write_article, monkeypatch):
    """The notes a PDF's copy sets at its pages' feet are looked for once, the kinds and the marks
    taken out both reading them."""
    from reader.corpus import kinds, loader

    calls = []
    counted = kinds.numbered_notes

    def counting(texts):
        calls.append(len(texts))
        return counted(texts)

    monkeypatch.setattr(kinds, "numbered_notes", counting)
    monkeypatch.setattr(loader, "numbered_notes", counting)
    article = write_article(f"Dredging the Kelmet\n\n{REPORT_BODY}{UNRULED_NOTES}")
    assert len(calls) == 1
    assert "water.2" not in " ".join(p.text for p in article.passages)
