"""Text copied out of a PDF: hard-wrapped lines and no blank line anywhere, words broken by
hyphens at line ends, and the page's number and running header between the paragraphs."""

from __future__ import annotations

import pytest
from pdfmaker import wrap

from reader.corpus.kinds import classify
from reader.corpus.loader import load_article
from reader.corpus.segment import page_breaks, paragraph_spans

# Invented text, wrapped at ~70 characters as a PDF viewer's copy gives it.
REPORT = """\
The Harrow Dam Dispute: A Report on the Upper Velm Valley
Institute for Riverine Studies
1. Background
The Harrow Dam was completed in the spring of 2019 after nine years of
construction, and it has since become the single largest point of con-
tention between the provinces of Aldmere and Kestrel. Officials in Ald-
mere describe the reservoir as a modest water store that secures irri-
gation for forty thousand farms. Officials in Kestrel call it an occu-
pation of the river by other means.
The reservoir flooded eleven villages. According to the provincial
census, some 6,200 people were moved to new settlements on the eastern
ridge, and compensation was paid to fewer than half of them by the end
of 2021.
Harrow Dam Dispute                                                    3
Institute for Riverine Studies
2. Water flows
Downstream gauges recorded a fall of 38 percent in the summer flow of
the Velm in the first two years after the gates were closed. Kestrel's
water ministry attributes the entire fall to the dam; Aldmere's long-
term planners point to three dry summers and to the long-term rise in
wells drilled by Kestrel's own farmers.
The joint commission set up in 2020 has met four times. It has not
agreed on a single figure.
4
Harrow Dam Dispute
3. Prospects
Both governments say they want a settlement. Neither has proposed a
schedule for releases that the other could accept, and the talks plan-
ned for the autumn were postponed without a new date.
"""


def _load(tmp_path, text=REPORT):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def test_wrapped_lines_join_into_paragraphs_and_page_furniture_stays_out_of_the_body(tmp_path):
    article = _load(tmp_path)
    body = [p.text for p in article.passages if p.kind == "body"]
    assert [text.split()[:3] for text in body] == [
        ["The", "Harrow", "Dam"], ["The", "reservoir", "flooded"], ["Downstream", "gauges", "recorded"],
        ["The", "joint", "commission"], ["Both", "governments", "say"]]
    headings = [p.text for p in article.passages if p.kind == "heading"]
    assert {"1. Background", "2. Water flows", "3. Prospects"} <= set(headings)
    boilerplate = [" ".join(p.text.split()) for p in article.passages if p.kind == "boilerplate"]
    assert boilerplate == ["Harrow Dam Dispute 3", "Institute for Riverine Studies", "4", "Harrow Dam Dispute"]
    assert article.title == "The Harrow Dam Dispute: A Report on the Upper Velm Valley"


def test_a_word_broken_at_a_line_end_reads_whole_and_its_offsets_still_point_into_the_file(tmp_path):
    article = _load(tmp_path)
    first = next(p for p in article.passages if p.kind == "body")
    assert "point of contention between" in first.text and "an occupation of the river" in first.text
    assert "Aldmere describe" in first.text and "irrigation" in first.text
    assert article.text[first.start:first.end].startswith("The Harrow Dam was completed")
    assert article.text[first.start:first.end].endswith("by other means.")
    last = article.passages[-1]
    assert "the talks planned for the autumn" in last.text
    # a compound the text writes with its hyphen elsewhere keeps it
    flows = next(p for p in article.passages if p.text.startswith("Downstream"))
    assert "Aldmere's long-term planners" in " ".join(flows.text.split())


def test_a_paragraph_at_the_margin_ends_where_the_next_one_is_indented():
    lines = ["The commission said the gauges were read every week in the summer and",
             "that the readings were published in full on the first of each month.",
             "  Kestrel's delegation said the readings were taken in the wrong place",
             "and that a gauge below the dam would show a far steeper fall in flow.",
             "  A third paragraph is here and it is wrapped at the same width as the",
             "others, ending short."]
    text = "\n".join(lines)
    assert [text[s:e].split()[0] for s, e in paragraph_spans(text)] == ["The", "Kestrel's", "A"]


def test_lines_copied_one_paragraph_each_or_a_list_are_not_reflowed():
    web = "\n".join(["Officials met on Monday to discuss the dam and its effect on the river downstream. " * 2] * 4)
    assert len(paragraph_spans(web)) == 4
    items = "\n".join(["- the first demand of the farmers is a fixed schedule of releases",
                       "- the second demand is compensation for the harvests of 2020 and 2021",
                       "- the third demand is a seat on the commission that reads the gauges",
                       "- the fourth demand is that the ministry publishes its own figures"])
    assert len(paragraph_spans(items)) == 4
    verse = "\n".join(["The river ran beside the village every summer of my childhood.",
                       "The water was cold and clear and we swam in it every evening.",
                       "Now the bed is dry by June and the children play in the dust.",
                       "Nobody in the village remembers who first called it a theft."])
    assert len(paragraph_spans(verse)) == 4


def test_a_bare_year_is_not_taken_for_a_page_number():
    texts = ["Timeline", "2019", "The gates closed in the spring and the reservoir began to fill.", "7"]
    assert classify(texts) == ["heading", "heading", "body", "boilerplate"]


def test_a_run_of_letters_hundreds_of_thousands_long_beside_a_broken_word_loads(tmp_path):
    """Finding the compounds a text writes with their hyphen once took time quadratic in the
    length of a run of letters with no hyphen after it (minutes for this file)."""
    run = "a" * 200_000
    article = _load(tmp_path, f"{run} and more.\n\n{REPORT}")
    assert any("an occupation of the river" in p.text for p in article.passages)


# The same kind of copy with a blank line between its sections (but none between the paragraphs
# inside one, nor before the page number under the last), its first line the first page's header.
SECTIONED = """\
Kelmet Ferry Review                                                    1

1. Summary
The ferry carried 142,000 passengers in the year, a fall of twelve per
cent, because the service was suspended for eleven weeks after the
floods damaged the landing stage.
The stage passed its inspection in February and the ferry returns to
its full timetable in April, with two crossings an hour at the peak.

Kelmet Ferry Review                                                    2

2. Costs
The repair cost 4.2 million crowns, twice the first estimate, because
the piles under the stage had to be replaced rather than strengthened
once the damaged deck had been lifted and the rot could be seen.
Page 2 of 3
"""


def test_blank_lines_between_sections_of_a_pdf_copy_do_not_join_its_paragraphs_or_page_numbers(tmp_path):
    passages = [(p.kind, p.text.split("\n")[0][:30].strip()) for p in _load(tmp_path, SECTIONED).passages]
    assert passages == [("boilerplate", "Kelmet Ferry Review"), ("heading", "1. Summary"),
                        ("body", "The ferry carried 142,000 pass"), ("body", "The stage passed its inspectio"),
                        ("boilerplate", "Kelmet Ferry Review"), ("heading", "2. Costs"),
                        ("body", "The repair cost 4.2 million cr"), ("boilerplate", "Page 2 of 3")]


# The same report with its pages broken inside paragraphs, as most pages of a PDF end: the
# page's number and running header stand between the two halves of one sentence.
BROKEN_PAGES = REPORT.replace(
    "Officials in Kestrel call it an occu-\npation", "Officials in Kestrel call it an\n"
    "Harrow Dam Dispute                                                    2\noccupation").replace(
    "the Velm in the first two years after the gates were closed. Kestrel's\n",
    "the Velm in the first two years after the gates were closed. Kestrel's\n4\n")


def test_a_paragraph_a_page_break_cuts_reads_on_without_the_pages_furniture(tmp_path):
    article = _load(tmp_path, BROKEN_PAGES)
    body = [" ".join(p.text.split()) for p in article.passages if p.kind == "body"]
    assert [text.split()[:3] for text in body] == [
        ["The", "Harrow", "Dam"], ["The", "reservoir", "flooded"], ["Downstream", "gauges", "recorded"],
        ["The", "joint", "commission"], ["Both", "governments", "say"]]
    assert "call it an occupation of the river" in body[0] and "Dispute" not in body[0]
    assert "Kestrel's water ministry attributes" in body[2] and " 4 " not in body[2]
    first = article.passages[[p.kind for p in article.passages].index("body")]
    source = article.text[first.start:first.end]  # offsets still point into the file, furniture and all
    assert source.startswith("The Harrow Dam") and source.endswith("by other means.") and "Dispute    " in source


@pytest.mark.parametrize("after", ["Occupation of the river by other means.", "occupation of the river."])
def test_a_paragraph_that_ends_or_a_next_one_in_capitals_is_not_joined_across_a_page(tmp_path, after):
    ended = after[0].islower()  # the first part ends its sentence when the next one goes on in lower case
    first = "Officials in Kestrel call it a modest water store that secures irri-\ngation for forty thousand farms"
    text = REPORT.replace("Officials in Kestrel call it an occu-\npation of the river by other means.",
                          f"{first}{'.' if ended else ''}\nHarrow Dam Dispute                          2\n{after}")
    article = _load(tmp_path, text)
    assert any(p.text.startswith(after[:12]) for p in article.passages)


def test_only_short_lines_are_a_pages_furniture():
    """A paragraph the text repeats is no running header: a long one stays, and the paragraphs
    around it stay apart (and are not scanned again for each other, which made a file of one
    sentence repeated take minutes)."""
    wrapped = "The council voted to close the old bridge over the Velm after engineers found\ncracks in"
    repeated = "The council met. " * 20
    text = f"{wrapped}\n{repeated}\n{repeated}\nits piers, and it will stay closed."
    spans = paragraph_spans(text)
    joined, breaks = page_breaks(text, spans)
    assert (joined, breaks) == (spans, [])


def test_a_paragraph_whose_first_line_is_the_last_on_its_page_reads_on_across_the_break(tmp_path):
    text = REPORT.replace("The joint commission set up in 2020 has met four times. It has not\nagreed",
                          "The joint commission set up in 2020 has met four times. It has not\n"
                          "Harrow Dam Dispute                                                    3\nagreed")
    body = [" ".join(p.text.split()) for p in _load(tmp_path, text).passages if p.kind == "body"]
    assert "It has not agreed on a single figure." in body[3] and "Dispute" not in body[3]


def test_a_short_line_before_a_page_break_is_not_joined_to_the_next_page():
    text = ("The Harrow Dam was completed in the spring of 2019 after nine years of\n"
            "construction, and it has since become the single largest point of\n"
            "contention between the provinces of Aldmere and Kestrel.\n"
            "Water rights\n7\nmost of the year the river runs low.\n")
    spans = paragraph_spans(text)
    assert page_breaks(text, spans) == (spans, [])


# Invented texts a browser printed, as the PDF reader writes them (a form feed between pages,
# after a blank line where the page sets its footer apart): a dateline or a "1/2" atop, each
# page's footer the outlet and "page/pages", the last page's after the last paragraph.
FERRY_PRINT = """\
Tuesday, 4 March 2025

The harbour board voted on Friday to close the night ferry from the end
of the month, ending a service that has run since the first pier was
built and that many shift workers still rely on to get home.

Board members said the crossing lost money every winter and that the
old vessel would need a refit the port could not pay for, while a bus

Harbour Gazette 1/3

\flink around the bay would cost a third as much to run each year.

Residents who packed the hall said the bus would take an hour longer
and would not run after midnight, leaving nurses and dock workers with

Harbour Gazette 2/3

\fno way home after a late shift at the hospital or the container yard.

Harbour Gazette 3/3
"""
ORCHARD_PRINT = """\
1/2

Growers in the lower valley lost most of their apricot blossom to a
late frost last week, the second spring in three that a cold night in
April has cost them the better part of a year's harvest.

The cooperative has asked the province for the frost fans it refused
last year, saying a single fan protects about ten hectares and would

Valley Farmer 1/2

\fpay for itself within two seasons of the kind the valley has just had.

A short reply came from the ministry.

Valley Farmer 2/2
"""


@pytest.mark.parametrize("text, paragraphs, footer", [
    (FERRY_PRINT, ["The harbour board", "Board members said", "Residents who packed"], "Harbour Gazette"),
    (ORCHARD_PRINT, ["Growers in the", "The cooperative has", "A short reply"], "Valley Farmer"),
])
def test_a_printed_pages_footer_with_page_of_pages_is_furniture_and_no_paragraph_is_lost(
        tmp_path, text, paragraphs, footer):
    """A footer ending "1/3" is a running line whose page number is "1/3": a paragraph runs on
    across it, and the last page's, after the last paragraph, is furniture too; the line atop
    (a dateline, a "1/2") and the last paragraph, however short, stay what they were."""
    article = _load(tmp_path, text)
    body = [" ".join(p.text.split()) for p in article.passages if p.kind == "body"]
    assert [" ".join(p.split()[:3]) for p in body] == paragraphs
    assert " ".join(body) == " ".join(" ".join(line for line in text.splitlines()[1:]
                                               if not line.strip("\f").startswith(footer)).split())
    assert [p.kind for p in article.passages if p.text.startswith(footer)] == ["boilerplate"]
    assert article.passages[0].text == text.splitlines()[0]


# Invented texts of a few parts, a part a page, as text copied out of a PDF book gives them (wrapped
# where `_parts` sets them on their pages).
ALMANAC = [
    "The first frost came to the upper meadows a fortnight early this year, and the shepherds brought their\n"
    "flocks down from the summer grazing before the passes closed.",
    "In the valley the orchards were still heavy with late apples, and the pickers worked through the last\n"
    "warm week of October to bring the harvest in before the rain.",
    "By midwinter the river had frozen at the mill race for the first time in a decade, and the miller\n"
    "ground the spring's grain by hand in the barn behind the house.",
]
LEDGER = [
    "The harbour board kept its accounts in a single ledger until the new customs house opened, and the\n"
    "clerks wrote every cargo landed at the quay in the same brown ink.",
    "When the fishing fleet grew to forty boats the board hired a second clerk, who began a separate book\n"
    "for the catch and the duties paid on it at the fish market on the quay.",
    "The two books were bound together again after the fire of the following spring, which burned the\n"
    "customs house to its foundations but spared the board's strong room.",
]


def _parts(paragraphs: list[str], heading: str, *, every_page: bool = False) -> str:
    """A page for each paragraph, under its part's numbered heading (`heading` with the part's
    number; or, `every_page`, the same one atop every page, as a running header)."""
    return "\f".join(f"{heading.format(1 if every_page else n + 1)}\n\n" + "\n".join(wrap(paragraph)) + "\n"
                      for n, paragraph in enumerate(paragraphs))


@pytest.mark.parametrize(("paragraphs", "heading"), [(ALMANAC, "Chapter {}"), (LEDGER, "Part {}")])
def test_headings_that_number_their_parts_a_page_each_are_headings_not_a_running_header(tmp_path, paragraphs,
                                                                                        heading):
    article = _load(tmp_path, _parts(paragraphs, heading))
    headings = [heading.format(n + 1) for n in range(len(paragraphs))]
    assert [p.text for p in article.passages if p.kind == "heading"] == headings
    assert [" ".join(p.text.split()) for p in article.passages if p.kind == "body"] == [
        " ".join(paragraph.split()) for paragraph in paragraphs]


@pytest.mark.parametrize(("paragraphs", "heading"), [(ALMANAC, "Chapter {}"), (LEDGER, "Section {}")])
def test_the_same_part_numbered_atop_every_page_is_a_running_header(tmp_path, paragraphs, heading):
    article = _load(tmp_path, _parts(paragraphs, heading, every_page=True))
    assert [p.kind for p in article.passages if p.text == heading.format(1)][1:] == ["boilerplate"] * 2


# Paragraphs whose last line runs to the margin as their others do, each ending a sentence
# (invented): where pdftotext sets a form feed before the next page's first line with no blank
# line, that line reads on from them unless it stands apart.
FULL_LINES = {
    "quarry": ["The quarry at Dunlow closed in the autumn after the county refused to renew its",
               "licence, and the forty men who worked the face were laid off within a fortnight.",
               "The parish council asked the county to reopen the case, citing the lost wages of",
               "the village and the cost of hauling stone for the new bridge from farther away."],
    "orchard": ["The orchard cooperative sold its apples to the cider mill at a fixed price that",
                "had not changed in six seasons, and the growers voted to hold back the harvest.",
                "The mill answered by buying fruit from the next valley, where the growers had no",
                "cooperative and took what price the buyer offered them at the farm gate itself."],
}


@pytest.mark.parametrize("story", sorted(FULL_LINES))
@pytest.mark.parametrize("headings", [("Chapter 1", "Chapter 2"), ("What was lost", "The appeal")])
def test_a_heading_atop_a_page_stands_apart_from_a_paragraph_that_ends_at_the_margin(tmp_path, story, headings):
    lines = FULL_LINES[story]
    paragraphs = ["\n".join(lines[:2]), "\n".join(lines[2:])]
    text = "".join(f"{'' if n == 0 else chr(12)}{heading}\n\n{paragraph}\n"
                   for n, (heading, paragraph) in enumerate(zip(headings, paragraphs)))
    assert "\n\f" in text  # (the form feed opens the page's first line, no blank line before it)
    article = _load(tmp_path, text)
    assert [(p.kind, " ".join(p.text.split())) for p in article.passages] == [
        ("heading", headings[0]), ("body", " ".join(paragraphs[0].split())),
        ("heading", headings[1]), ("body", " ".join(paragraphs[1].split()))]


def test_a_page_that_goes_on_in_lower_case_or_a_paragraph_atop_it_reads_as_before(tmp_path):
    """Only a line standing alone atop the page is parted: a page going on in lower case, or a
    paragraph of several lines, keeps today's reading."""
    first = "\n".join(FULL_LINES["quarry"][:2])
    on = _load(tmp_path, f"Dunlow\n\n{first}\n\fwhich the county had done before.\n\nThe end came in spring.\n")
    assert "which the county had done before." in on.passages[1].text
    lines = "\n".join(FULL_LINES["orchard"][2:])
    many = _load(tmp_path, f"Dunlow\n\n{first}\n\f{lines}\n\nThe end came in spring.\n")
    assert not any(p.text.startswith("The mill answered") for p in many.passages)


# Invented texts whose pages each open with a header that numbers the page after "p." and then
# names the part or the document ("p. 3: Part 4", "p.3: …"), a paragraph running on across them.
QUARRY = [
    "The quarry at Dunlow closed in the autumn after the county refused to renew its licence, and the forty "
    "men who worked the face were laid off within a fortnight of the ruling.",
    "The parish council asked the county to reopen the case, citing the lost wages of the village and the "
    "cost of hauling stone for the new bridge from a quarry two valleys away, which doubles the price.",
    "A hearing is set for March.",
]
ORCHARD = [
    "The orchard cooperative sold its apples to the cider mill at a fixed price that had not changed in six "
    "seasons, and the growers voted to hold back the harvest until the mill agreed to talk.",
    "The mill answered by buying fruit from the next valley, where the growers have no cooperative and take "
    "what price the buyer offers them at the farm gate, and the talks broke down within the week.",
    "Both sides meet again in May.",
]


@pytest.mark.parametrize(("paragraphs", "header"), [(QUARRY, "p. {}: The Dunlow Quarry Inquiry"),
                                                    (ORCHARD, "p. {}: The Orchard Dispute"), (QUARRY, "P. {}: Part Four")])
def test_a_header_that_opens_with_its_page_number_after_p_is_a_running_header(tmp_path, paragraphs, header):
    lines = [line for paragraph in paragraphs for line in wrap(paragraph)]
    pages = [lines[n:n + 3] for n in range(0, len(lines), 3)]
    text = "\f".join(f"{header.format(n + 2)}\n" + "\n".join(page) + "\n" for n, page in enumerate(pages))
    article = _load(tmp_path, text)
    assert [" ".join(p.text.split()) for p in article.passages if p.kind == "body"] == paragraphs
    assert [p.kind for p in article.passages if p.text.startswith(header[:2])] == ["boilerplate"] * len(pages)


@pytest.mark.parametrize("story", sorted(FULL_LINES))
@pytest.mark.parametrize("header", ["p.{}: Part 4", "p.{} Dunlow and the valley"])
def test_a_header_after_p_is_not_read_into_the_paragraph_that_ends_at_the_margin_above_it(tmp_path, story, header):
    lines = FULL_LINES[story]
    paragraphs = [" ".join(lines[:2]), " ".join(lines[2:])]
    text = "\f".join(f"{header.format(n + 2)}\n" + "\n".join(lines[n * 2:n * 2 + 2]) + "\n" for n in range(2))
    article = _load(tmp_path, text)
    assert [(p.kind, " ".join(p.text.split())) for p in article.passages] == [
        ("boilerplate", header.format(2)), ("body", paragraphs[0]), ("boilerplate", header.format(3)),
        ("body", paragraphs[1])]


# A report whose compounds a line's end breaks only once each: nothing else in it tells them from a
# word broken between syllables, but the word list does.
ONCE_BROKEN = """\
The wetlands below the ridge are the herders' dry-
season grazing ground, and the council was re-
elected on a promise to protect them. After years
of slow and tangled talks and of negoti-
ations the ministry has agreed to a study of the
ground water, which a drought of the long-
term kind would leave to the mine and no one else.
"""


def test_a_compound_broken_once_keeps_its_hyphen_and_a_word_broken_between_syllables_reads_whole(tmp_path):
    article = _load(tmp_path, ONCE_BROKEN)
    text = " ".join(" ".join(p.text for p in article.passages).split())
    assert "herders' dry-season grazing" in text and "was re-elected on" in text and "of the long-term kind" in text
    assert "of negotiations the ministry" in text
    whole = article.text[article.passages[0].start:article.passages[-1].end]  # offsets into the file
    assert whole.startswith("The wetlands") and whole.endswith("no one else.")


# A briefing copied out of a PDF: its footnote marks stuck to the words they follow, its notes
# under a rule line at the end.
NOTED = """\
The board approved the licence on the strength of a study that counts only the water the
plant itself will use and leaves out the roads, the camp and the tailings pond entirely.1
The river fell to half its average flow in the drought five years ago, and a mine that takes
its full share in such a year would take nearly a quarter of what remains.2 The board has
not said how the shortfall would be met, or who would go without when it comes.3

__________________
1 Regional Water Board, licence file, vol. 2, ch. 5.
2 Lowland gauge records, 2015-2024.
3 Minutes of the board's meeting of 4 May.
"""


def test_footnote_marks_stuck_to_words_are_not_read_but_the_offsets_still_lead_to_them(tmp_path):
    article = _load(tmp_path, NOTED)
    body = next(p for p in article.passages if p.kind == "body")
    words = " ".join(body.text.split())
    assert "the tailings pond entirely. The river" in words and "of what remains. The board" in words
    assert words.endswith("when it comes.")
    assert article.text[body.start:body.end].startswith("The board approved")
    assert "what remains.2 The board" in article.text[body.start:body.end]  # the file's text, mark and all
    assert [p.kind for p in article.passages if p.text.startswith(("1 ", "2 ", "3 "))] == ["boilerplate"] * 3


def test_a_figure_after_a_stop_with_no_note_carrying_it_stays(tmp_path):
    text = NOTED.replace("entirely.1", "entirely.7").replace("remains.2", "remains.8").replace("comes.3", "comes.9")
    body = next(p for p in _load(tmp_path, text).passages if p.kind == "body")
    assert "entirely.7" in body.text and "remains.8" in body.text


# The same briefing with its marks glued to the words themselves, no stop before them, as a
# superscript in the middle of a sentence comes out of a PDF; and a unit's power that is no mark.
GLUED = """\
The board approved the licence on the strength of a study that counts only the water1 the
plant itself will use, on 40 km2 of ground, and leaves out the roads, the camp and the pond.
The river fell to half its average flow in the drought five years ago, and the record2 was set
in a year when a mine taking its full share would have taken nearly a quarter of what remained.

__________________
1 Regional Water Board, licence file, vol. 2, ch. 5.
2 Lowland gauge records, 2015-2024.
"""


def test_footnote_marks_glued_to_words_with_no_stop_before_them_are_not_read(tmp_path):
    article = _load(tmp_path, GLUED)
    body = [p for p in article.passages if p.kind == "body"]
    words = " ".join(" ".join(p.text for p in body).split())
    assert "only the water the plant" in words and "and the record was set" in words
    assert "on 40 km2 of ground" in words  # a unit's power, no note's mark
    assert "the record2 was set" in article.text[body[0].start:body[-1].end]
    assert [p.kind for p in article.passages if p.text.startswith(("1 ", "2 "))] == ["boilerplate"] * 2


def test_a_capitals_code_and_a_word_with_a_figure_inside_are_no_marks(tmp_path):
    text = GLUED.replace("the water1 the", "the Q1 figures of the").replace("the record2 was", "the h2o record2 was")
    words = " ".join(" ".join(p.text for p in _load(tmp_path, text).passages if p.kind == "body").split())
    assert "the Q1 figures" in words and "the h2o record2 was" in words  # one mark left: fewer than a text's two


def test_a_short_words_number_is_no_mark_even_where_a_note_has_it(tmp_path):
    """"per m2" where note 2 exists: glued to a word of fewer than GLUED_WORD_MIN letters, a
    figure names a unit or a thing ("m2", "v2", "mp3"), not a note."""
    text = GLUED.replace("on 40 km2 of ground", "at 90 euros per m2 of ground, with v2 of the plan")
    words = " ".join(" ".join(p.text for p in _load(tmp_path, text).passages if p.kind == "body").split())
    assert "per m2 of ground, with v2 of the plan" in words
    assert "only the water the plant" in words and "and the record was set" in words


# A word processor's two pages as pdftotext copies them: a paragraph running on past the first
# page's foot, the page's number set apart under a blank line, a form feed, the page after.
QUAY = ("Quay repairs delayed\n\n"
        "The harbour board met on Tuesday to weigh the plan for the northern quay. Members heard\n"
        "that the old timber piles have rotted faster than the last survey expected.\n\n"
        "The chair said the board would seek a second opinion before any work begins. The\n"
        "engineers will report again in the autumn, when the\n\n{foot}\n\ftides are lower and the piles\n"
        "can be seen.\n\nFishermen who use the quay asked for a date. None was given.\n\n{last}\n\f")


@pytest.mark.parametrize("foot, last", [("Page 1 of 2", "Page 2 of 2"), ("1/2", "2/2"), ("- 1 -", "- 2 -"),
                                        ("                          Page 1 of 2", "                          Page 2 of 2")])
def test_a_pages_number_at_its_foot_does_not_open_the_next_pages_paragraph(tmp_path, foot, last):
    article = _load(tmp_path, QUAY.format(foot=foot, last=last))
    body = [p.text for p in article.passages if p.kind == "body"]
    assert [text.split()[0] for text in body] == ["The", "The", "Fishermen"]
    assert " ".join(body[1].split()).endswith("when the tides are lower and the piles can be seen.")
    assert all(foot not in p.text or p.kind == "boilerplate" for p in article.passages)


def test_a_pages_number_atop_the_first_page_is_no_title(tmp_path):
    article = _load(tmp_path, "Page 1 of 2\n" + QUAY.format(foot="", last="Page 2 of 2").replace("\n\n\n\f", "\n\f"))
    assert article.title == "Quay repairs delayed"
