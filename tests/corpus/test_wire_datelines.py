"""A wire story's or a press release's dateline ("KELMET, Sept 20 (Reuters) -") is where and from
whom the copy came: a passage of its own, boilerplate, giving the date when it has a year, and
never a link between two stories that share nothing else."""

from __future__ import annotations

import pytest

from reader.align import align
from reader.corpus import load_article

GRAIN = """Grain exports rise as harbour reopens

KELMET, Sept 20 (Reuters) - Grain exports from the southern harbour rose by a fifth in August after dredging reopened the deep channel to bulk carriers, the agriculture ministry said on Wednesday.

Farmers in the valley had stored much of the spring harvest in sheds while the channel was closed.
"""
DETAINED = """Opposition leader detained after rally

KELMET, Sept 20 (Reuters) - Police detained the leader of the opposition on Wednesday after a rally outside parliament, his lawyer said, in a move critics called an attack on free speech.

Hundreds of supporters gathered outside the police headquarters demanding his release.
"""
FUND = """Waterways ministry opens river fund

PORT ALDER, March 4, 2026 /PRNewswire/ -- The Ministry of Waterways today announced a fund of 40 million crowns to clean the river below the closed copper mine, to be spent over five years.

The fund will pay for dredging the riverbed and for testing wells in eleven villages.
"""
FESTIVAL = """Lantern festival draws record crowds

PORT ALDER, March 4, 2026 /PRNewswire/ -- Organisers of the spring lantern festival said today that more than ninety thousand visitors walked the harbour front on its opening night, a record.

Tickets for the closing parade sold out within an hour.
"""


def load(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_article(path)


@pytest.mark.parametrize("first, second", [(GRAIN, DETAINED), (FUND, FESTIVAL)])
def test_two_unrelated_stories_under_one_dateline_are_not_linked(tmp_path, first, second):
    a, b = load(tmp_path, "a.txt", first), load(tmp_path, "b.txt", second)
    assert a.passages[1].kind == b.passages[1].kind == "boilerplate"
    assert not align(a, b).links


@pytest.mark.parametrize("text, dateline, opening", [
    (GRAIN, "KELMET, Sept 20 (Reuters) -", "Grain exports"),
    (FUND, "PORT ALDER, March 4, 2026 /PRNewswire/ --", "The Ministry"),
    ("A title\n\nVARN (AP) — The mine stayed shut on Monday, a week after the dam failed its inspection.\n",
     "VARN (AP) —", "The mine"),
    ("A title\n\nKELMET, Tuesday, 4 March — The council met behind closed doors on Tuesday night.\n",
     "KELMET, Tuesday, 4 March —", "The council")])
def test_the_dateline_is_a_passage_of_its_own_and_the_paragraph_begins_after_it(tmp_path, text, dateline, opening):
    article = load(tmp_path, "a.txt", text)
    stamp, body = article.passages[1], article.passages[2]
    assert (stamp.kind, stamp.text, text[stamp.start:stamp.end]) == ("boilerplate", dateline, dateline)
    assert body.kind == "body" and body.text.startswith(opening) and text[body.start:].startswith(opening)


@pytest.mark.parametrize("text, date", [(FUND, "2026-03-04"), (GRAIN, ""),
                                        ("A title\n\nBRENNMOOR, 14 May 2025 (AFP) - Ferries stopped after the storm.\n",
                                         "2025-05-14")])
def test_a_datelines_date_with_its_year_is_the_articles_date(tmp_path, text, date):
    assert load(tmp_path, "a.txt", text).date == date


@pytest.mark.parametrize("paragraph", [
    "WASHINGTON — The committee met again on Monday, and again it adjourned without a vote.",
    "NATO - the alliance, that is - has said nothing about the exercise since it began.",
    "The council (AP) - an odd name for a body of farmers - met on Monday to set the water rates.",
    "Kelmet, March 4 - the day the dam failed its inspection - is a date the valley remembers."])
def test_a_paragraph_without_a_datelines_place_in_capitals_and_its_date_or_agency_is_whole(tmp_path, paragraph):
    article = load(tmp_path, "a.txt", f"A title\n\n{paragraph}\n")
    assert [(p.kind, p.text) for p in article.passages[1:]] == [("body", paragraph)]


RELEASE_TAIL = """Waterways ministry opens river fund

PORT ALDER, March 4, 2026 /PRNewswire/ -- The Ministry of Waterways today announced a fund of 40 million crowns to clean the river below the closed copper mine.

Forward-Looking Statements

This release contains statements about the future, which involve risks and uncertainties, and actual results may differ from those expressed.

The ministry takes no duty to update them.

Media Relations
Lena Ostrova
press@waterways.example

View original content: https://www.newswire.example/news/river-fund-301.html

SOURCE Ministry of Waterways
"""

COMPANY_TAIL = """Ferry line orders two new vessels

KELMET, May 14, 2025 /Harbour Wire/ -- Alder Ferries said today it had ordered two hybrid vessels for the island crossings, to enter service in 2027.

Safe Harbor Statement: Statements in this release about future events are forecasts, which may prove wrong for reasons beyond the company's control.

Photo - https://media.harbourwire.example/ferries/vessel.jpg

Investor Relations
+44 20 7946 0999

SOURCE Alder Ferries
"""


@pytest.mark.parametrize("text", [RELEASE_TAIL, COMPANY_TAIL])
def test_a_releases_legal_notice_links_contacts_and_source_line_are_furniture(tmp_path, text):
    passages = load(tmp_path, "a.txt", text).passages
    assert [p.kind for p in passages[:3]] == ["heading", "boilerplate", "body"]
    assert [p.text for p in passages[3:] if p.kind != "boilerplate"] == []


@pytest.mark.parametrize("line", ["Source of the trouble", "Watch the river", "Contact with the rebels was lost",
                                  "Forward-looking statements from the board worried investors"])
def test_headings_like_a_releases_furniture_stay_headings(line):
    from reader.corpus.kinds import classify
    long = FUND.split("\n\n")[1]
    assert classify(["A title", long, line, long])[2] == "heading"


@pytest.mark.parametrize("paragraph", [
    "UN (United Nations) — the observers said the road to the pass stayed open through the night.",
    "OSCE (Vienna) - monitors counted forty trucks at the northern gate before noon.",
    "RIVERTON, May 2 — and then the second dam gave way, as the engineers had feared it would."])
def test_a_paragraph_whose_opening_in_capitals_runs_on_in_lower_case_is_whole(tmp_path, paragraph):
    passages = load(tmp_path, "a.txt", f"A title\n\n{paragraph}\n").passages
    assert [(p.kind, p.text) for p in passages[1:]] == [("body", paragraph)]


@pytest.mark.parametrize("line", ["Public relations", "PUBLIC RELATIONS"])
def test_a_heading_about_public_relations_stays_a_heading(line):
    from reader.corpus.kinds import classify
    long = FUND.split("\n\n")[1]
    assert classify(["A title", long, line, long])[2] == "heading"


@pytest.mark.parametrize("opening", ["A-" * 3000, "KELMET-" * 800 + "PORT ", "AB " * 3000, "ST.-" * 1500])
def test_a_long_opening_in_capitals_is_read_at_once(tmp_path, opening):
    import time
    from reader.corpus.segment import paragraph_spans
    text = f"A title\n\n{opening}x ran on.\n"
    began = time.perf_counter()
    paragraph_spans(text)
    assert time.perf_counter() - began < 2.0


@pytest.mark.parametrize("section", [
    ["Forward-looking statements",
     "Analysts said the ministry's forward-looking statements on growth were too hopeful by half.",
     "They expect the economy to shrink next year, as exports of grain fall."],
    ["Safe harbor statement",
     "The regulator will ask whether the airline's safe harbor statement covered the strike it saw coming.",
     "Three shareholders have already gone to court over it."]])
def test_an_articles_section_under_a_legal_notices_name_is_text(section):
    from reader.corpus.kinds import classify
    long = FUND.split("\n\n")[1]
    assert classify(["A title", long, *section])[2:] == ["heading", "body", "body"]


def test_a_legal_notice_that_speaks_of_the_release_herein_is_furniture():
    from reader.corpus.kinds import classify
    long = FUND.split("\n\n")[1]
    notice = ["Cautionary Note Regarding Forward-Looking Statements",
              "Certain statements herein are forward-looking and involve risks the company cannot foresee.",
              "The company undertakes no duty to revise them."]
    assert classify(["A title", long, *notice])[2:] == ["boilerplate"] * 3


STRIKE = """Dockers walk out over night shifts

{first}

{second}

{third}

{line}

The union said the walkout would last until the port agreed to talks.
"""
STRIKE_PROSE = ("Dock workers at the northern terminal stopped work at dawn on Thursday after the port authority "
                "posted a new rota of night shifts without consulting their union.",
                "Cranes stood still along the quay and a queue of lorries stretched back to the ring road by noon.",
                "The port authority said the rota had been agreed with the workers' council in January.")


@pytest.mark.parametrize("line", ["Paris, 5 March 2026 - The day the strike began was cold.",
                                  "Lowmere, 12 June 2025 – The last time the docks shut, the men say, the strike lasted a month."])
def test_a_place_and_a_date_in_ordinary_case_opening_a_paragraph_deep_in_the_story_is_its_text(tmp_path, line):
    first, second, third = STRIKE_PROSE
    article = load(tmp_path, "a.txt", STRIKE.format(first=first, second=second, third=third, line=line))
    assert [(p.kind, p.text) for p in article.passages if p.text.startswith(line[:6])] == [("body", line)]


@pytest.mark.parametrize("line", ["KYIV, March 3 — The day the sirens stopped was the first day the ferry sailed again.",
                                  "LOWMERE (Reuters) - The last time the docks shut, the men say, the strike lasted a month."])
def test_a_place_in_capitals_and_a_date_or_an_agency_opening_a_paragraph_deep_in_the_story_is_its_text(tmp_path, line):
    """A dateline in capitals stands where one in ordinary case does: before the story's text or
    right under a heading; further in, the paragraph keeps its opening words."""
    first, second, third = STRIKE_PROSE
    article = load(tmp_path, "a.txt", STRIKE.format(first=first, second=second, third=third, line=line))
    assert [(p.kind, p.text) for p in article.passages if p.text.startswith(line[:4])] == [("body", line)]
    under = load(tmp_path, "b.txt", f"A title\n\n{first}\n\n{second}\n\n{third}\n\nLatest\n\n{line}\n")
    stamp = line[:line.index(" The")]
    assert [(p.kind, p.text) for p in under.passages if p.text.startswith(line[:4])] == [("boilerplate", stamp)]


@pytest.mark.parametrize("stamp, opening", [("Lowmere, 12 June 2025 –", "The dockers"),
                                           ("Brennmoor, 5 March 2026 -", "The dockers")])
def test_a_dateline_in_ordinary_case_at_the_storys_head_or_under_a_heading_is_still_its_own(tmp_path, stamp, opening):
    first, second, third = STRIKE_PROSE
    paragraph = f"{stamp} The dockers voted to return on Monday."
    head = load(tmp_path, "a.txt", f"A title\n\n{paragraph}\n\n{first}\n\n{second}\n")
    under = load(tmp_path, "b.txt", f"A title\n\n{first}\n\n{second}\n\n{third}\n\nLatest\n\n{paragraph}\n")
    for article in (head, under):
        texts = [p.text for p in article.passages]
        assert stamp in texts and texts[texts.index(stamp) + 1].startswith(opening)


@pytest.mark.parametrize("marks", [["• "] * 3, ["1. ", "2. ", "3. "]])
def test_a_releases_dateline_under_its_highlights_is_still_its_own(tmp_path, marks):
    """A list's items over the dateline (a release's highlights) are no story text above it."""
    highlights = ["Four electric buses will join the valley line by the summer, replacing the oldest diesel ones.",
                  "The order, worth twelve million crowns, was placed with a maker in the county town.",
                  "Chargers will be built at the depot and at both ends of the line before the first bus arrives."]
    stamp = "Aldermoor, 9 April 2026 –"
    text = ("Valley Transit orders electric buses\n\n" + "\n\n".join(m + h for m, h in zip(marks, highlights))
            + f"\n\n{stamp} Valley Transit said on Thursday it had ordered four buses.\n\n"
            "The company will train its drivers on the new buses over the spring.\n")
    texts = [(p.kind, p.text) for p in load(tmp_path, "a.txt", text).passages]
    assert ("boilerplate", stamp) in texts


@pytest.mark.parametrize("above", [
    ["Four electric buses will join the valley line by the summer, replacing the oldest diesel ones on it.",
     "The order, worth twelve million crowns, is the largest the company has placed in its history."],
    ["Drivers say the new rota leaves them no time to eat between the first and the last run of the day.",
     "A bus waits at the depot gate in Aldermoor on Wednesday morning, its windows covered in posters."]])
def test_a_dateline_under_two_subheads_or_a_standfirst_and_a_caption_is_still_its_own(tmp_path, above):
    stamp = "Aldermoor, 9 April 2026 –"
    text = ("Valley Transit and its drivers\n\n" + "\n\n".join(above)
            + f"\n\n{stamp} Valley Transit said on Thursday it would meet the drivers' union next week.\n\n"
            "The union said its members would keep working until then.\n")
    texts = [(p.kind, p.text) for p in load(tmp_path, "a.txt", text).passages]
    assert ("boilerplate", stamp) in texts
