"""A page's footnotes and endnotes (a word processor's "Save as web page", a Markdown blog's):
the reference a mark in brackets, not a digit run into the word; the note a passage at the end
opening with it (apparatus), not dropped nor run into the text."""

from __future__ import annotations

from reader.corpus import load_article

WORD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 15">
<title>Dam</title></head><body lang=EN-GB><div class=WordSection1>
<h1>Harrow Dam Inspection Delayed</h1>
<p class=MsoNormal>The inspection of the Harrow dam was put off for a second time on Thursday<a
style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span
style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span>
<![endif]></span></span></a>, the water board said.</p>
<p class=MsoNormal>Engineers had asked for four weeks to study the spillway<a style='mso-endnote-id:edn1'
href="#_edn1" name="_ednref1" title=""><span class=MsoEndnoteReference><span style='mso-special-character:footnote'>
<![if !supportFootnotes]><span class=MsoEndnoteReference>[i]</span><![endif]></span></span></a>, which cracked in March.</p>
<p class=MsoNormal>Residents downstream have been told to keep their sandbags in place until the work is done.</p>
</div><div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%">
<![endif]><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1'
href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'>
<![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span></span></a> The first delay was
in January.</p></div></div><div style='mso-element:endnote-list'><![if !supportEndnotes]><br clear=all><hr align=left
size=1 width="33%"><![endif]><div style='mso-element:endnote' id=edn1><p class=MsoEndnoteText><a
style='mso-endnote-id:edn1' href="#_ednref1" name="_edn1" title=""><span class=MsoEndnoteReference><span
style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoEndnoteReference>[i]</span><![endif]>
</span></span></a> Water board minutes, 2 April.</p></div></div></body></html>"""

LIBREOFFICE = """<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/>
<meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"/></head><body lang="en-GB">
<h1>Orchards Lose Apricot Crop</h1>
<p>Orchard growers in the Brenn valley lost most of their apricots to a late frost<a class="sdfootnoteanc"
name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a>, the cooperative said on Friday.</p>
<p>Its chairman put the loss at 1,200 tonnes<a class="sdendnoteanc" name="sdendnote1anc"
href="#sdendnote1sym"><sup>i</sup></a> and asked the region for an emergency fund for the growers.</p>
<p>The region's farm office said it would answer within a month, after its own survey of the orchards.</p>
<div id="sdfootnote1"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote1sym"
href="#sdfootnote1anc">1</a>Nights stayed below zero from 12 to 15 April.</p></div>
<div id="sdendnote1"><p class="sdendnote"><a class="sdendnotesym" name="sdendnote1sym"
href="#sdendnote1anc">i</a>Figures of the cooperative, not yet audited.</p></div></body></html>"""

BLOG = """<html><head><title>Ferry fares frozen</title></head><body><article><h1>Ferry fares frozen</h1>
<p>The ferry company at Kelmet said on Monday that fares would stay at their winter level<sup id="fnref:1"><a
href="#fn:1" class="footnote">1</a></sup> until the landing stage reopens in May, after the floods.</p>
<p>Its director said the freeze would cost the company about 40,000 crowns a month, and that passengers had
feared a rise of a third.</p>
<div class="footnotes"><ol><li id="fn:1"><p>The winter fare is 4 crowns a crossing.&nbsp;<a href="#fnref:1"
class="reversefootnote">&#8617;</a></p></li></ol></div></article></body></html>"""


def _passages(tmp_path, page: str, name: str = "page.htm") -> list[tuple[str, str]]:
    path = tmp_path / name
    path.write_text(page, encoding="cp1252" if "windows-1252" in page else "utf-8")
    return [(p.kind, p.text) for p in load_article(path).passages]


def test_a_word_pages_footnote_and_endnote_are_marked_and_set_at_the_end(tmp_path):
    assert _passages(tmp_path, WORD) == [
        ("heading", "Harrow Dam Inspection Delayed"),
        ("body", "The inspection of the Harrow dam was put off for a second time on Thursday[1], the water board said."),
        ("body", "Engineers had asked for four weeks to study the spillway[i], which cracked in March."),
        ("body", "Residents downstream have been told to keep their sandbags in place until the work is done."),
        ("boilerplate", "[1] The first delay was in January."),
        ("boilerplate", "[i] Water board minutes, 2 April.")]


def test_a_libreoffice_pages_note_numbers_are_not_run_into_words(tmp_path):
    passages = _passages(tmp_path, LIBREOFFICE, "orchards.html")
    assert passages[1:3] == [
        ("body", "Orchard growers in the Brenn valley lost most of their apricots to a late frost[1], "
                 "the cooperative said on Friday."),
        ("body", "Its chairman put the loss at 1,200 tonnes[i] and asked the region for an emergency fund for the growers.")]
    assert passages[-2:] == [("boilerplate", "[1] Nights stayed below zero from 12 to 15 April."),
                             ("boilerplate", "[i] Figures of the cooperative, not yet audited.")]


def test_a_markdown_blogs_footnote(tmp_path):
    passages = _passages(tmp_path, BLOG, "ferry.html")
    assert ("body", "The ferry company at Kelmet said on Monday that fares would stay at their winter level[1] "
                    "until the landing stage reopens in May, after the floods.") in passages
    assert passages[-1] == ("boilerplate", "[1] The winter fare is 4 crowns a crossing.")


def _notices_page(lines: int) -> str:
    """A page of `lines` "back to top" links to its own body, and one footnote among them."""
    notices = "".join(f"<p>Ferry timetable notice {n} for the Ostra crossing, posted by the harbour office "
                      f'<a href="#top">top</a></p>' for n in range(lines))
    return (f'<html><body id="top"><article><h1>Ostra Crossing Notices</h1>'
            f'<p>The crossing closes at dusk in winter<a href="#fn1" id="ref1">1</a>, the office said.</p>{notices}'
            f'<ol><li id="fn1">From the ferry company\'s winter notice. <a href="#ref1">back</a></li></ol>'
            f'</article></body></html>')


def test_a_page_of_thousands_of_links_to_one_place_is_read_at_once(tmp_path):
    """Thousands of "back to top" links to the page's own body: each is looked at once for a
    note's link back, not against every link the body holds (8,000 took 38 s, 20,000 four
    minutes, where now 20,000 take a fraction of a second); a footnote among them still reads
    as one. The notes are timed alone (reading the page's passages costs time in proportion to
    them, and a loaded machine may take long over that), with a bound that only a search of
    every link against every other could reach."""
    import time

    from trafilatura.utils import load_html

    from reader.corpus.html import _set_notes

    tree = load_html(_notices_page(20_000))
    started = time.perf_counter()
    _set_notes(tree)
    assert time.perf_counter() - started < 60
    path = tmp_path / "notices.html"
    path.write_text(_notices_page(200), encoding="utf-8")
    texts = [p.text for p in load_article(path).passages]
    assert texts[1] == "The crossing closes at dusk in winter[1], the office said."
    assert texts[-1] == "[1] From the ferry company's winter notice."
