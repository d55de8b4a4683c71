"""Pages as people find them, fetched from a real local server: a story laid out with <br><br>
between a share bar and an advertisement in a legacy charset, a page that is only menus and a
cookie notice, a page saved as one file; then two imported tellings aligned."""

from __future__ import annotations

import json

from reader.corpus.kinds import classify

KESTREL = [
    "Kestrel's farmers say the Harrow Dam has stolen their river. Since the gates closed in 2019, the summer "
    "flow at the border has fallen by 38 percent, according to the water ministry's gauges.",
    "Eleven villages were drowned by the reservoir, and the 6,200 people moved to the eastern ridge are still "
    "waiting for most of the compensation they were promised.",
    "The joint commission has met four times without agreeing on a single figure. Kestrel's delegates walked "
    "out of the last meeting in November.",
    "Aldmere blames dry summers and new wells. Farmers in the valley call that excuse an insult to anyone who "
    "has watched the water disappear.",
]
SHARE = '<div class="share"><a>Share on Facebook</a> <a>Share on X</a> <a>Email</a></div>'
ADVERT = '<div class="ad"><p>Advertisement</p></div>'
BROKEN = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    "<title>Kestrel’s stolen river — Lowland Courier</title><meta name=\"author\" content=\"Mara Oduya\">"
    '<meta property="article:published_time" content="2026-03-05"><meta property="og:site_name" '
    'content="Lowland Courier"></head><body><nav><a>Home</a> <a>News</a></nav><div id="story">'
    f"<h1>Kestrel’s stolen river</h1>{SHARE}{'<br><br>'.join(KESTREL[:2])}{ADVERT}"
    f"{'<br><br>'.join(KESTREL[2:])}</div><footer>© 2026 Lowland Courier</footer></body></html>"
).encode("cp1252")
COOKIES = ("We use cookies to improve your experience on our site. By continuing to browse you agree to "
           "our use of cookies and our privacy policy.")
ALL_FURNITURE = (f'<html><head><meta charset="utf-8"><title>Lowland Courier</title></head><body><nav><ul>'
                 f"<li><a>News</a></li><li><a>Sport</a></li></ul></nav><div><p>{COOKIES}</p>"
                 "<button>Accept all</button></div></body></html>").encode("utf-8")
# The same events in a report's words, copied out of its PDF: wrapped, page number and header.
REPORT = """\
The Harrow Dam Dispute
The Harrow Dam was completed in the spring of 2019, and since the gates
were closed the summer flow of the Velm at the border has fallen by 38
percent, a fall that Kestrel's ministry attributes to the dam.
The reservoir flooded eleven villages. Some 6,200 people were moved to
new settlements on the eastern ridge, and compensation was paid to few-
er than half of them by the end of 2021.
7
The Harrow Dam Dispute
Aldmere's engineers point to three dry summers in a row and to the new
wells drilled by farmers in the valley, not to the dam, as the cause of
the fall in flow.
"""


def test_a_story_broken_by_line_breaks_around_a_share_bar_and_an_advert_keeps_every_paragraph(
        server, tmp_path, run_cli):
    handler, base = server
    handler.routes["/news/stolen-river"] = ("text/html", BROKEN)
    folder = tmp_path / "corpus"
    added = run_cli("add", "--to", str(folder), "--side", "Kestrel", f"{base}/news/stolen-river")
    assert added.returncode == 0, added.stderr
    assert "paywall" not in added.stdout  # the whole story arrived
    listed = json.loads(run_cli("list", str(folder), "--format", "json").stdout)["articles"]
    (article,) = listed
    assert (article["title"], article["author"], article["outlet"], article["date"]) == (
        "Kestrel’s stolen river", "Mara Oduya", "Lowland Courier", "2026-03-05")
    text = (folder / "kestrel-s-stolen-river.txt").read_text(encoding="utf-8")
    assert [p.strip() for p in text.split("\n\n") if p.strip() in KESTREL] == KESTREL
    assert "Share on" not in text


def test_a_page_of_menus_and_a_cookie_notice_is_no_article(server, tmp_path, run_cli):
    handler, base = server
    handler.routes["/consent"] = ("text/html; charset=utf-8", ALL_FURNITURE)
    result = run_cli("add", "--to", str(tmp_path / "corpus"), f"{base}/consent")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "no article found" in result.stderr and "cookie notice" in result.stderr
    assert not (tmp_path / "corpus" / "corpus.toml").exists()


def test_a_cookie_notice_is_furniture_but_an_article_about_cookies_is_not():
    about = ("Regulators said the site uses cookies to follow readers across the web, and that the "
             "company must now ask for consent before it does so, under rules agreed last year.")
    assert classify(["Title", COOKIES, about]) == ["heading", "boilerplate", "body"]


def test_two_imported_tellings_align_paragraph_to_paragraph(server, tmp_path, run_cli):
    handler, base = server
    handler.routes["/news/stolen-river"] = ("text/html", BROKEN)
    folder = tmp_path / "corpus"
    assert run_cli("add", "--to", str(folder), f"{base}/news/stolen-river").returncode == 0
    report = folder / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = run_cli("align", str(report), str(folder / "kestrel-s-stolen-river.txt"), "--format", "json")
    assert result.returncode == 0, result.stderr
    aligned = json.loads(result.stdout)
    a, b = aligned["a"]["passages"], aligned["b"]["passages"]
    strong = {(a[link["a"]]["text"].split()[1], b[link["b"]]["text"].split()[0])
              for link in aligned["links"] if link["tier"] == "strong"}
    # the report's flow, villages and wells paragraphs each meet the story's own
    assert {("Harrow", "Kestrel's"), ("reservoir", "Eleven"), ("engineers", "Aldmere")} <= strong
    linked = [a[link["a"]]["text"] for link in aligned["links"]]
    assert all(not text.strip().isdigit() and "Dispute" not in text for text in linked)
    assert any("fewer than half" in text for text in linked)  # the broken word reads whole


def test_a_page_its_scripts_would_fill_in_keeps_the_paragraphs_of_its_json_ld_article_body():
    from reader.corpus.html import extract_page

    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Kestrel’s stolen river",
                     "author": [{"@type": "Person", "name": "Mara Oduya"}], "datePublished": "2026-03-05T08:00:00Z",
                     "articleBody": "\n\n".join(KESTREL)})
    page = (f'<!doctype html><html><head><meta charset="utf-8"><title>Kestrel’s stolen river</title>'
            f'<script type="application/ld+json">{ld}</script></head><body><div id="root"></div>'
            "<noscript>You need to enable JavaScript to run this app.</noscript></body></html>")
    extracted = extract_page(page.encode("utf-8"), "app.html")
    assert extracted.text.strip().split("\n\n") == KESTREL
    assert (extracted.title, extracted.author, extracted.date) == ("Kestrel’s stolen river", "Mara Oduya", "2026-03-05")


def test_a_link_to_a_pdf_adds_its_text_and_a_damaged_one_is_refused_in_one_line(server, tmp_path, run_cli):
    from pdfmaker import Page, make_pdf, wrap

    from reader.corpus.loader import load_paths

    handler, base = server
    lines = [line for paragraph in KESTREL for line in [*wrap(paragraph), ""]]
    pdf = make_pdf([Page(lines=lines[n:n + 6], header="Kestrel Water Bulletin", footer=str(n // 6 + 1))
                    for n in range(0, len(lines), 6)], info={"Title": "Kestrel's stolen river", "Author": "Mara Oduya"})
    handler.routes["/bulletin.pdf"] = ("application/pdf", pdf)
    folder = tmp_path / "corpus"
    added = run_cli("add", "--to", str(folder), f"{base}/bulletin.pdf")
    assert added.returncode == 0, added.stderr
    (article,) = load_paths([folder])
    assert (article.title, article.author) == ("Kestrel's stolen river", "Mara Oduya")
    assert [" ".join(p.text.split()) for p in article.passages if p.kind == "body"] == KESTREL
    result = run_cli("add", "--to", str(folder), f"{base}/report.pdf")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "report.pdf: a PDF document, damaged" in result.stderr


def test_a_page_served_gzip_packed_without_saying_so_is_unpacked_and_a_document_served_as_html_refused(
        server, tmp_path, run_cli):
    """A server that sends a stored `page.html.gz` as text/html with no Content-Encoding, and
    one that sends a PDF as text/html."""
    import gzip

    handler, base = server
    handler.routes["/packed"] = ("text/html", gzip.compress(BROKEN))
    handler.routes["/mislabelled"] = ("text/html", b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
    folder = tmp_path / "corpus"
    added = run_cli("add", "--to", str(folder), f"{base}/packed")
    assert added.returncode == 0, added.stderr
    assert KESTREL[2] in (folder / "kestrel-s-stolen-river.txt").read_text(encoding="utf-8")
    refused = run_cli("add", "--to", str(folder), f"{base}/mislabelled")
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and "a PDF document" in refused.stderr


def test_a_page_saved_by_a_browser_keeps_the_address_it_was_saved_from(tmp_path, run_cli):
    """"Save Page As…" marks the page with where it came from; the page names no address itself."""
    saved = tmp_path / "Kestrel’s stolen river.html"
    saved.write_bytes(b"<!DOCTYPE html>\r\n<!-- saved from url=(0039)https://lowland.example/news/stolen-river -->\r\n"
                      + BROKEN)
    folder = tmp_path / "corpus"
    added = run_cli("add", "--to", str(folder), str(saved))
    assert added.returncode == 0, added.stderr
    assert 'url = "https://lowland.example/news/stolen-river"' in (folder / "corpus.toml").read_text(encoding="utf-8")
    listed = json.loads(run_cli("list", str(saved), "--format", "json").stdout)["articles"]
    assert listed[0]["url"] == "https://lowland.example/news/stolen-river"


def test_a_gzip_page_without_a_title_is_named_after_its_file_not_its_html_gz(tmp_path, run_cli):
    import gzip

    body = "".join(f"<p>{p}</p>" for p in KESTREL)
    saved = tmp_path / "Harrow report.html.gz"
    saved.write_bytes(gzip.compress(f'<html><head><meta charset="utf-8"></head><body><article>{body}</article>'
                                    "</body></html>".encode("utf-8")))
    folder = tmp_path / "corpus"
    added = run_cli("add", "--to", str(folder), str(saved))
    assert added.returncode == 0, added.stderr
    assert sorted(p.name for p in folder.glob("*.txt")) == ["harrow-report.txt"]


def test_a_saved_word_document_is_added_as_its_text_with_its_title(tmp_path, run_cli):
    """`add` of a .docx takes the document's paragraphs and the title its first heading gives, as
    opening the file does, not the empty page its unpacked bytes would be."""
    import zipfile

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    heading = '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Harrow levee report</w:t></w:r></w:p>'
    body = heading + "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in KESTREL)
    saved = tmp_path / "levee.docx"
    with zipfile.ZipFile(saved, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{body}'
                                              "</w:body></w:document>")
    folder = tmp_path / "corpus"
    added = run_cli("add", "--to", str(folder), str(saved))
    assert added.returncode == 0, added.stderr
    text = (folder / "levee.txt").read_text(encoding="utf-8")
    assert all(p in text for p in KESTREL)
    assert 'title = "Harrow levee report"' in (folder / "corpus.toml").read_text(encoding="utf-8")


def test_a_pdf_added_with_a_page_that_cannot_be_read_says_which_page_is_left_out(tmp_path, run_cli):
    from pdfmaker import Page, make_pdf, wrap

    lines = [line for paragraph in KESTREL for line in [*wrap(paragraph), ""]]
    pdf = make_pdf([Page(lines=lines[n:n + 6]) for n in range(0, len(lines), 6)])
    at = pdf.index(b"/FlateDecode", pdf.index(b"/FlateDecode") + 1)  # page 2's stream, under no known filter
    (tmp_path / "bulletin.pdf").write_bytes(pdf[:at] + b"/FlateDekode" + pdf[at + len(b"/FlateDecode"):])
    added = run_cli("add", "--to", str(tmp_path / "corpus"), str(tmp_path / "bulletin.pdf"))
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines()[0].endswith("  (page 2 could not be read and is left out)"), added.stdout
