"""Articles as people save them, round six: emphasis marks in threes, block tags with no space
between them, a web page's menus saved as text, word processors' exports, and the text forms
(feeds, JSON, soft hyphens, old code pages) they come in."""

from __future__ import annotations

import pytest

from reader.corpus import load_article
from reader.errors import UserError

BODY = ("The river council voted on Tuesday to reopen the Kelmet ferry, closed since the floods of last "
        "winter, after engineers said the landing stage had been repaired and had passed its inspection.")


@pytest.mark.parametrize("marked, shown", [
    ("***never again***", "never again"), ("___never again___", "never again"),
    ("**_never again_**", "never again"), ("__*never again*__", "never again"),
    ("***never** again*", "never again"), ("*never **again***", "never again"),
])
def test_emphasis_in_threes_leaves_no_mark_in_the_text_or_its_words(tmp_path, marked, shown):
    path = tmp_path / "ferry.md"
    path.write_text(f"# Ferry report\n\nThe council said {marked} after the vote, and {BODY[4:]}\n", encoding="utf-8")
    article = load_article(path)
    assert article.passages[1].text.startswith(f"The council said {shown} after the vote, and")
    assert not any(mark in p.text for p in article.passages for mark in "*_")


def test_marks_in_a_word_or_escaped_stay_beside_emphasis_in_threes(tmp_path):
    path = tmp_path / "code.md"
    path.write_text("The file snake_case_name holds 5*3*2 rows, \\***not bold**, and ***this one***.\n",
                    encoding="utf-8")
    assert load_article(path).passages[0].text == "The file snake_case_name holds 5*3*2 rows, *not bold, and this one."


LATER = ("Opponents on the council said the repair had cost twice the estimate and that the ferry company "
         "had not yet published the accounts it promised in the autumn.")
AFTER = "The first crossing will be free for everyone who lives on the river, the ferry company said on Wednesday."


def page_texts(tmp_path, body: str) -> list[str]:
    path = tmp_path / "ferry.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>Ferry reopens</title></head><body>{body}</body></html>",
                    encoding="utf-8")
    return [p.text for p in load_article(path).passages]


def test_a_pages_text_beside_a_block_in_its_container_is_a_paragraph_of_its_own(tmp_path):
    texts = page_texts(tmp_path, f"<div class='story'><p>{BODY}</p><div>{LATER}<div>{AFTER}</div>"
                                 f"Tickets go on sale at the landing stage from Monday morning at eight.</div></div>")
    assert texts == [BODY, LATER, AFTER, "Tickets go on sale at the landing stage from Monday morning at eight."]


def test_a_pages_text_after_a_heading_or_loose_in_a_section_is_kept(tmp_path):
    texts = page_texts(tmp_path, f"<main><article><h1>Ferry reopens</h1><p>{BODY}</p><h2>Costs</h2>{LATER}"
                                 f"<section>{AFTER}</section></article></main>")
    assert texts[-3:] == ["Costs", LATER, AFTER]


def test_inline_tags_in_a_page_do_not_split_a_word(tmp_path):
    texts = page_texts(tmp_path, f"<article><p>{BODY}</p><div>The ferry sails from <b>Kel</b><i>met</i> on "
                                 f"<a href='/days'>Mon</a><span>day</span> at nine.<div>{LATER}</div></div></article>")
    assert "The ferry sails from Kelmet on Monday at nine." in texts


def test_html_block_tags_in_markdown_end_a_paragraph_without_joining_words(tmp_path):
    path = tmp_path / "ferry.md"
    path.write_text(f"# Ferry reopens\n\n{BODY}</p><p>{LATER}\n\nOn the quay</div><div>tickets were sold, "
                    f"from <b>Kel</b><i>met</i> one<br>two.<br>\nThree.\n\n<div><h2>Costs</h2><p>{AFTER}</p></div>\n",
                    encoding="utf-8")
    article = load_article(path)
    assert [p.text for p in article.passages][1:] == [
        BODY, LATER, "On the quay", "tickets were sold, from Kelmet one", "two.\nThree.", "Costs", AFTER]
    assert [p.kind for p in article.passages][-2:] == ["heading", "body"]


PAGE_DUMP = f"""Skip to content
Menu
News
Sport
Weather
Culture
Climate crisis | Middle East | Ukraine war | Global development
news  sport  weather  travel  culture

Ferry reopens after winter floods

Share this article

{BODY}

Tickets
Timetable
Fares

{LATER}

Nobody objected.

Get our morning briefing delivered straight to your inbox.
Enter your email address
Subscribe

Cookie settings
Accept all
Reject all
We and our partners store and access information on your device, such as cookies, for personalised ads.
Accept all cookies | Manage preferences

Most viewed
Climate crisis | Middle East | Ukraine war | Global development
News
Sport
Weather
Culture
"""


def test_a_web_page_saved_as_text_keeps_only_its_article_as_text(write_article):
    article = write_article(PAGE_DUMP)
    kept = [(p.kind, p.text) for p in article.passages if p.kind != "boilerplate"]
    # (the three labels inside the text may be its own, as lines of verse are: they stay)
    assert kept == [("heading", "Ferry reopens after winter floods"), ("body", BODY), ("heading", "Tickets"),
                    ("heading", "Timetable"), ("heading", "Fares"), ("body", LATER), ("body", "Nobody objected.")]
    assert (article.title, article.outlet) == ("Ferry reopens after winter floods", "")


SHORT_LINES = f"""The ferryman's song

{BODY}

The ferryman sang an old song as he worked:

Rain on the river
Wind on the reeds
Salt on the rope
Home before dark

The list he kept on the door was short:
Bread
Milk
Rope
Tar

Write to us at:
Kelmet Ferry Company
Landing Stage 4
Kelmet

Silence

Winter came
Rivers froze
Boats waited

{LATER}

Yes.

The vote

No.
"""


def test_short_lines_of_an_article_are_never_taken_for_a_menu(write_article):
    article = write_article(SHORT_LINES)
    assert "boilerplate" not in [p.kind for p in article.passages]


def google_docs_export(paragraphs: str) -> str:
    """A document as Google Docs' "Download as HTML" writes it: styles by class, the body's
    paragraphs with no frame around them, comments and footnotes linked both ways at its end."""
    return ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
            '.c0{font-weight:400}.c1{line-height:1.15}.title{font-size:26pt}</style></head>'
            f'<body class="c3 doc-content">{paragraphs}</body></html>')


GOOGLE_DOC = google_docs_export(
    '<p class="c1 title" id="h.t1"><span class="c0">Why the Kelmet ferry must sail again</span></p>'
    '<h1 class="c1" id="h.h1"><span class="c0">The case</span></h1>'
    f'<p class="c1"><span class="c0">{BODY[:-1]}</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>'
    '<span class="c0">.</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p>'
    f'<p class="c1"><span class="c0">{LATER[:-1]}</span><sup><a href="#cmnt2" id="cmnt_ref2">[b]</a></sup>'
    '<span class="c0">.</span></p>'
    '<h2 class="c1" id="h.h2"><span class="c0">What the valley gains</span></h2>'
    f'<p class="c1"><span class="c0">{AFTER}</span></p><hr class="c5">'
    '<div><p class="c1"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c0">&nbsp;Inspection report of the '
    'river engineers, 12 March 2026.</span></p></div>'
    '<div class="c6"><p class="c1"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c0">Can we cite the report '
    'itself here?</span></p></div>'
    '<div class="c6"><p class="c1"><a href="#cmnt_ref2" id="cmnt2">[b]</a><span class="c0">Check the figure with '
    'the treasurer.</span></p><p class="c1"><span class="c0">_Assigned to Ines Rakovic_</span></p></div>')


def test_notes_at_a_texts_end_are_apparatus_only_when_the_text_refers_to_them(write_article):
    noted = write_article(f"Ferry reopens\n\n{BODY[:-1]}[1].\n\n{LATER}\n\n[1] Inspection report, 12 March 2026.\n")
    assert [p.kind for p in noted.passages][-1] == "boilerplate"
    listed = write_article(f"Ferry reopens\n\n{BODY}\n\n{LATER}\n\n[1] Inspection report, 12 March 2026.\n")
    assert [p.kind for p in listed.passages][-1] == "body"


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w_paragraph(text: str, style: str = "", extra: str = "") -> str:
    styled = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{styled}<w:r><w:t xml:space="preserve">{text}</w:t></w:r>{extra}</w:p>'


def write_docx(path, body: str, styles: str = "", footnotes: str = "") -> None:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                                                'package/2006/content-types"/>')
        archive.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{body}'
                                              '</w:body></w:document>')
        if styles:
            archive.writestr("word/styles.xml", f'<?xml version="1.0"?><w:styles xmlns:w="{W}">{styles}</w:styles>')
        if footnotes:
            archive.writestr("word/footnotes.xml", f'<?xml version="1.0"?><w:footnotes xmlns:w="{W}">{footnotes}'
                                                   '</w:footnotes>')


def test_a_word_document_is_read_with_its_title_headings_lists_tables_and_footnotes(tmp_path):
    path = tmp_path / "ferry.docx"
    # the styles' ids as a German edition of Word names them; their names say what they are
    styles = ('<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>')
    write_docx(path, w_paragraph("Why the Kelmet ferry must sail again", "Titel")
               + w_paragraph("The case", "berschrift1")
               + w_paragraph(BODY[:-1], extra='<w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:t>.</w:t></w:r>'
                             '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>')
               + '<w:p><w:r><w:t xml:space="preserve">Opponents said </w:t></w:r><w:del><w:r><w:delText>never'
                 '</w:delText></w:r></w:del><w:ins><w:r><w:t xml:space="preserve">twice </w:t></w:r></w:ins>'
                 '<w:r><w:t>the estimate was paid.</w:t></w:r></w:p>'
               + '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Tickets'
                 '</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                 '<w:r><w:t>Fares</w:t></w:r></w:p>'
               + '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Crossing</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Fare'
                 '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Kelmet</w:t></w:r></w:p></w:tc><w:tc>'
                 '<w:p><w:r><w:t>3 crowns</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
               + w_paragraph(LATER), styles=styles,
               footnotes='<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                         '<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
                         'Inspection report of the river engineers.</w:t></w:r></w:p></w:footnote>')
    article = load_article(path)
    assert article.title == "Why the Kelmet ferry must sail again"
    assert [(p.kind, p.text) for p in article.passages] == [
        ("heading", "Why the Kelmet ferry must sail again"), ("heading", "The case"), ("body", BODY[:-1] + "[1]."),
        ("body", "Opponents said twice the estimate was paid."), ("body", "- Tickets"), ("body", "- Fares"),
        ("body", "Crossing | Fare\nKelmet | 3 crowns"), ("body", LATER),
        ("boilerplate", "[1] Inspection report of the river engineers.")]


ODT = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0", "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0", "dc": "http://purl.org/dc/elements/1.1/"}


def write_odt(path, body: str, automatic: str = "") -> None:
    import zipfile

    names = " ".join(f'xmlns:{k}="{v}"' for k, v in ODT.items())
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", f'<?xml version="1.0"?><office:document-content {names}>'
                                        f'<office:automatic-styles>{automatic}</office:automatic-styles>'
                                        f'<office:body><office:text>{body}</office:text></office:body>'
                                        '</office:document-content>')
        archive.writestr("meta.xml", f'<?xml version="1.0"?><office:document-meta {names}><office:meta>'
                                     '<dc:title>Ferry notes</dc:title></office:meta></office:document-meta>')


def test_an_opendocument_text_is_read_with_its_headings_spaces_notes_and_without_its_comments(tmp_path):
    path = tmp_path / "ferry.odt"
    write_odt(path, '<text:h text:outline-level="1">The case</text:h>'
                    f'<text:p text:style-name="P1">{BODY[:-1]}<text:note text:note-class="footnote"><text:note-citation>1'
                    '</text:note-citation><text:note-body><text:p>Inspection report of the river engineers.</text:p>'
                    '</text:note-body></text:note>.<office:annotation><dc:creator>Ines</dc:creator><text:p>Cite it?'
                    '</text:p></office:annotation></text:p>'
                    '<text:p>Fares rose<text:s text:c="2"/>by <text:span>three</text:span> crowns.</text:p>'
                    '<text:list><text:list-item><text:p>Tickets</text:p></text:list-item><text:list-item><text:p>'
                    'Fares</text:p></text:list-item></text:list>'
                    f'<text:p>{LATER}</text:p>',
              automatic='<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body"/>')
    article = load_article(path)
    assert article.title == "Ferry notes"
    assert [(p.kind, p.text) for p in article.passages] == [
        ("heading", "The case"), ("body", BODY[:-1] + "[1]."), ("body", "Fares rose by three crowns."),
        ("body", "- Tickets"), ("body", "- Fares"), ("body", LATER),
        ("boilerplate", "[1] Inspection report of the river engineers.")]


def test_a_word_document_in_a_folder_is_an_article_and_a_damaged_one_is_one_line(tmp_path, run_cli):
    write_docx(tmp_path / "ferry.docx", w_paragraph("Ferry reopens", "Title") + w_paragraph(BODY))
    (tmp_path / "later.txt").write_text(f"Ferry costs\n\n{LATER}\n", encoding="utf-8")
    listed = run_cli("list", str(tmp_path))
    assert listed.returncode == 0 and "ferry.docx" in listed.stdout
    (tmp_path / "cut.docx").write_bytes((tmp_path / "ferry.docx").read_bytes()[:120])
    result = run_cli("list", str(tmp_path / "cut.docx"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_markdown_shortcut_reference_link_reads_as_its_text(tmp_path):
    path = tmp_path / "refs.md"
    path.write_text("The council [voted][1] on Tuesday, as the [minutes] say and ![map] shows, to reopen the "
                    "ferry.[2] The [ferry] stays.<!-- check the figures -->\n\n[1]: https://council.example/vote\n"
                    "[2]: https://council.example/note\n[minutes]: https://council.example/minutes\n"
                    "[map]: https://council.example/map.png\n", encoding="utf-8")
    assert [p.text for p in load_article(path).passages] == [
        "The council voted on Tuesday, as the minutes say and  shows, to reopen the ferry.[2] The [ferry] stays."]


RSS_ITEM = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Valley Courier</title>
<item><title>Ferry reopens</title><link>https://courier.example/ferry</link>
<author>anna@courier.example (Anna Lind)</author><pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate>
<description><![CDATA[<p>{BODY}</p><p>{LATER}</p>]]></description></item></channel></rss>
"""
ATOM_ENTRY = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Courier</title><entry><title>Ferry reopens</title>
<link rel="alternate" href="https://courier.example/ferry"/><author><name>Anna Lind</name></author>
<published>2026-03-03T09:00:00Z</published><content type="html">&lt;p&gt;{BODY}&lt;/p&gt;&lt;p&gt;{LATER}&lt;/p&gt;</content>
</entry></feed>
"""


@pytest.mark.parametrize("name, saved", [("item.xml", RSS_ITEM), ("entry.atom", ATOM_ENTRY), ("feed.txt", RSS_ITEM)])
def test_a_feeds_item_saved_as_xml_is_read_as_its_article(tmp_path, name, saved):
    path = tmp_path / name
    path.write_text(saved, encoding="utf-8")
    article = load_article(path)
    assert (article.title, article.author, article.date, article.url) == (
        "Ferry reopens", "Anna Lind", "2026-03-03", "https://courier.example/ferry")
    assert [p.text for p in article.passages if p.kind == "body"] == [BODY, LATER]


@pytest.mark.parametrize("exported", [
    {"title": "Ferry reopens", "author": "Anna Lind", "date": "2026-03-03", "body": f"{BODY}\n\n{LATER}"},
    {"article": {"headline": "Ferry reopens", "authors": [{"name": "Anna Lind"}], "datePublished": "2026-03-03",
                 "content": f"<p>{BODY}</p><p>{LATER}</p>"}},
])
def test_an_article_exported_as_json_is_read_as_its_article(tmp_path, exported):
    import json

    path = tmp_path / "ferry.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    article = load_article(path)
    assert (article.title, article.author, article.date) == ("Ferry reopens", "Anna Lind", "2026-03-03")
    assert [p.text for p in article.passages if p.kind == "body"] == [BODY, LATER]


def test_an_article_json_giving_its_start_and_end_times_is_read_as_its_article(tmp_path):
    """An event's or a live blog's article may give "start" and "end" (seconds): offsets beside
    a body are no span of another article unless they carry what the reader writes with one."""
    import json

    path = tmp_path / "vote.json"
    path.write_text(json.dumps({"title": "Ferry vote", "body": f"{BODY}\n\n{LATER}", "start": 1772530200,
                                "end": 1772541000}), encoding="utf-8")
    assert [p.text for p in load_article(path).passages if p.kind == "body"] == [BODY, LATER]


def test_json_that_holds_no_article_is_one_line(tmp_path, run_cli):
    (tmp_path / "package.json").write_text('{"name": "ferry", "version": "1.0.0"}', encoding="utf-8")
    result = run_cli("list", str(tmp_path / "package.json"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "no article text" in result.stderr


WORD_PAGE = ('<html><head><meta name=Generator content="Microsoft Word 15 (filtered)"><title>Ferry</title></head>'
             '<body lang=EN-GB><div class=WordSection1><p class=MsoTitle>Why the Kelmet ferry must sail again</p>'
             f'<h1>The case</h1><p class=MsoNormal>{BODY}</p><p class=MsoNormal>{LATER[:-1]}<a class=msocomanchor '
             'id="_anchor_1" href="#_msocom_1" name="_msoanchor_1">[AL1]</a>.</p>'
             f'<h1>What the valley gains</h1><p class=MsoNormal>{AFTER}</p></div>'
             "<div style='mso-element:comment-list'><div style='mso-element:comment'><div id=\"_com_1\" "
             'class=msocomtxt><p class=MsoCommentText><a name="_msocom_1"></a>Check this figure.</p></div></div></div>'
             '</body></html>')


@pytest.mark.parametrize("name, exported, passages", [
    ("Ferry.html", GOOGLE_DOC, [  # Google Docs' "Download as HTML": footnotes kept, as apparatus
        ("heading", "Why the Kelmet ferry must sail again"), ("heading", "The case"), ("body", BODY[:-1] + "[1]."),
        ("body", LATER), ("heading", "What the valley gains"), ("body", AFTER),
        ("boilerplate", "[1] Inspection report of the river engineers, 12 March 2026.")]),
    ("Ferry.htm", WORD_PAGE, [  # Word's "Web Page, Filtered"
        ("heading", "Why the Kelmet ferry must sail again"), ("heading", "The case"), ("body", BODY),
        ("body", LATER), ("heading", "What the valley gains"), ("body", AFTER)]),
])
def test_a_word_processors_html_export_reads_its_title_and_headings_without_its_comments(tmp_path, name, exported,
                                                                                        passages):
    path = tmp_path / name
    path.write_text(exported, encoding="utf-8")
    article = load_article(path)
    assert article.title == "Why the Kelmet ferry must sail again"
    assert [(p.kind, p.text) for p in article.passages] == passages


def test_an_evernote_export_is_read_as_its_note(tmp_path):
    path = tmp_path / "ferry.enex"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/'
                    'evernote-export3.dtd">\n<en-export application="Evernote"><note><title>Ferry reopens</title>'
                    '<created>20260303T090000Z</created><note-attributes><author>Anna Lind</author><source-url>'
                    'https://courier.example/ferry</source-url></note-attributes><content><![CDATA[<?xml version="1.0"?>'
                    '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">'
                    f'<en-note><div>{BODY}</div><div><br/></div><div>{LATER}</div></en-note>]]></content></note>'
                    '</en-export>\n', encoding="utf-8")
    article = load_article(path)
    assert (article.title, article.author, article.date, article.url) == (
        "Ferry reopens", "Anna Lind", "2026-03-03", "https://courier.example/ferry")
    assert [p.text for p in article.passages if p.kind == "body"] == [BODY, LATER]


def test_an_odd_opendocument_is_read_and_a_damaged_word_document_is_one_line(tmp_path):
    import zipfile

    path = tmp_path / "spaces.odt"  # a count of spaces that is no number: one space
    write_odt(path, f'<text:p>{BODY}<text:s text:c="many"/>{LATER}</text:p>')
    assert " ".join(p.text for p in load_article(path).passages if p.kind == "body") == f"{BODY} {LATER}"
    path = tmp_path / "cut.docx"  # its text's compressed stream broken (an invalid block type)
    write_docx(path, w_paragraph(BODY))
    with zipfile.ZipFile(path) as archive:
        start = archive.getinfo("word/document.xml").header_offset
    data = bytearray(path.read_bytes())
    data[start + 30 + len("word/document.xml")] = 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(UserError):
        load_article(path)


def test_a_feed_items_long_author_is_read_in_linear_time(tmp_path):
    import time

    path = tmp_path / "item.xml"
    path.write_text(RSS_ITEM.replace("anna@courier.example (Anna Lind)", "a@" * 20_000), encoding="utf-8")
    started = time.process_time()
    article = load_article(path)
    assert article.author.startswith("a@a@") and time.process_time() - started < 2


def _noted_docx(path, body_notes: list[tuple[str, str]], footnotes: list[str], endnotes: list[str]) -> None:
    """A .docx of paragraphs each ending in a reference ((text, "footnote:1" or "endnote:1")),
    its footnotes and endnotes in their own parts, each numbered from 1 as Word numbers them."""
    import zipfile

    def notes(kind: str, texts: list[str]) -> str:
        return (f'<?xml version="1.0"?><w:{kind}s xmlns:w="{W}"><w:{kind} w:type="separator" w:id="0"><w:p/></w:{kind}>'
                + "".join(f'<w:{kind} w:id="{n}"><w:p><w:r><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:{kind}>'
                          for n, t in enumerate(texts, 1)) + f"</w:{kind}s>")

    body = "".join(w_paragraph(text, extra=f'<w:r><w:{ref.split(":")[0]}Reference w:id="{ref.split(":")[1]}"/></w:r>')
                   for text, ref in body_notes)
    write_docx(path, body)
    with zipfile.ZipFile(path, "a") as archive:
        if footnotes:
            archive.writestr("word/footnotes.xml", notes("footnote", footnotes))
        if endnotes:
            archive.writestr("word/endnotes.xml", notes("endnote", endnotes))


def test_a_word_documents_endnotes_are_its_own_not_the_footnotes_of_their_number(tmp_path):
    path = tmp_path / "dam.docx"
    _noted_docx(path, [("The inspection of the Harrow dam was put off again", "footnote:1"),
                       ("Engineers asked for four weeks to study the spillway", "endnote:1")],
                ["The first delay was in January."], ["Water board minutes, 2 April."])
    assert [p.text for p in load_article(path).passages] == [
        "The inspection of the Harrow dam was put off again[1]", "Engineers asked for four weeks to study the spillway[2]",
        "[1] The first delay was in January.", "[2] Water board minutes, 2 April."]


def test_a_word_document_with_endnotes_only_keeps_them(tmp_path):
    path = tmp_path / "orchards.docx"
    _noted_docx(path, [("Growers in the Brenn valley lost most of their apricots", "endnote:1"),
                       ("The cooperative puts the loss at 1,200 tonnes", "endnote:2")],
                [], ["Nights stayed below zero for four days.", "Figures not yet audited."])
    assert [p.text for p in load_article(path).passages][-2:] == [
        "[1] Nights stayed below zero for four days.", "[2] Figures not yet audited."]


def test_the_readers_own_json_beside_the_articles_is_no_article(tmp_path, run_cli):
    """`align --format json > pair.json` or a bookmark export saved in the articles' folder holds
    passages and quotes, each with its offsets: pieces of other articles, never one of its own."""
    (tmp_path / "ferry.txt").write_text(f"Ferry reopens\n\n{BODY}\n\n{LATER}\n", encoding="utf-8")
    (tmp_path / "council.txt").write_text(f"Council split on ferry\n\n{LATER}\n\n{AFTER}\n", encoding="utf-8")
    aligned = run_cli("align", "ferry.txt", "council.txt", "--format", "json")
    assert run_cli("bookmarks", "add", "ferry.txt", "--quote", "landing stage").returncode == 0
    exported = run_cli("bookmarks", "export", "--format", "json")
    assert aligned.returncode == exported.returncode == 0
    (tmp_path / "pair.json").write_text(aligned.stdout, encoding="utf-8")
    (tmp_path / "marks.json").write_text(exported.stdout, encoding="utf-8")
    listed = run_cli("list", str(tmp_path), "--format", "json")
    assert listed.returncode == 0
    import json

    assert sorted(a["path"].rsplit("/", 1)[1] for a in json.loads(listed.stdout)["articles"]) == [
        "council.txt", "ferry.txt"]
    for name in ("pair.json", "marks.json"):
        alone = run_cli("list", name)
        assert alone.returncode == 2 and alone.stderr.count("\n") == 1 and "no article text" in alone.stderr


def test_the_readers_own_markdown_export_beside_the_articles_is_no_article(tmp_path, run_cli):
    """`bookmarks export` or `links export` (Markdown, their default) saved as a .md in the
    articles' folder is what the reader wrote about them, not an article to open beside them."""
    (tmp_path / "ferry.txt").write_text(f"Ferry reopens\n\n{BODY}\n\n{LATER}\n", encoding="utf-8")
    (tmp_path / "council.txt").write_text(f"Council split on ferry\n\n{LATER}\n\n{AFTER}\n", encoding="utf-8")
    assert run_cli("bookmarks", "add", "ferry.txt", "--quote", "landing stage", "--note", "repaired?").returncode == 0
    assert run_cli("links", "add", "ferry.txt", "council.txt", "--quote-a", "The river council voted",
                   "--quote-b", "Opponents on the council", "--occurrence-a", "1").returncode == 0
    for command, name in (("bookmarks", "marks.md"), ("links", "links.md")):
        exported = run_cli(command, "export", "-o", name)
        assert exported.returncode == 0, exported.stderr
    (tmp_path / "notes.md").write_text(
        "# Bookmarks\n\nMy own list of what to read on the ferry, not an export.\n", encoding="utf-8")
    listed = run_cli("list", str(tmp_path), "--format", "json")
    assert listed.returncode == 0
    import json

    assert sorted(a["path"].rsplit("/", 1)[1] for a in json.loads(listed.stdout)["articles"]) == [
        "council.txt", "ferry.txt", "notes.md"]
    alone = run_cli("list", "marks.md")
    assert alone.returncode == 2 and alone.stderr.count("\n") == 1 and "export" in alone.stderr


@pytest.mark.parametrize("notes", [
    "# Reading list\n\n> The ferry will sail again by June.\n\n— Anna Lind, The Coast Times\n\nNo reply yet.\n",
    "# Bookmarks\n\n> The ferry will sail again by June.\n\nNo answer from the council yet.\n",
])
def test_notes_of_quotes_with_a_line_of_nothing_yet_are_an_article(tmp_path, notes):
    """Only "No bookmarks yet." under "# Bookmarks" (what an empty export writes) marks an
    export; a reader's notes of quotes saying "No reply yet." are their own text."""
    path = tmp_path / "notes.md"
    path.write_text(notes, encoding="utf-8")
    assert any("yet." in p.text for p in load_article(path).passages)
    path.write_text("\ufeff# Bookmarks\r\n\r\nNo bookmarks yet.\r\n", encoding="utf-8")
    with pytest.raises(UserError, match="export"):
        load_article(path)
