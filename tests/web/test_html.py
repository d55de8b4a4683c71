"""Saved pages open as articles: extracted text, page metadata, and clear refusals."""

from __future__ import annotations

import codecs
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from web_pages import (BROKEN, COMMENT, JSON_LD, META, NAV_WORDS, NESTED, NO_ARTICLE, NO_METADATA, OPEN_GRAPH,
                       PARAGRAPHS, POLISH, RELATED, RUSSIAN, article_html, page)

from reader.corpus import load_article, load_paths
from reader.corpus import html as html_module
from reader.corpus.html import MAX_PAGE_BYTES, extract_page
from reader.errors import UserError


def write(tmp_path, text: str | bytes, name: str = "page.html"):
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def body_texts(article) -> list[str]:
    return [p.text for p in article.passages if p.kind == "body"]


@pytest.mark.parametrize("source, title, author, date, site", [
    (META, "Talks resume in Geneva", "Jane Roe", "2023-05-02", "Example Gazette"),
    (JSON_LD, "Ceasefire talks restart after a long pause", "Ali Example", "2023-07-25", "Caspian Daily Example"),
    (OPEN_GRAPH, "Delegations meet in Geneva", "", "2023-04-15", "Open Graph Times"),
])
def test_metadata_from_meta_json_ld_and_open_graph(tmp_path, source, title, author, date, site):
    article = load_article(write(tmp_path, source))
    assert (article.title, article.author, article.date, article.outlet) == (title, author, date, site)
    assert body_texts(article) == PARAGRAPHS


_PUBLISHER = {"@type": "NewsMediaOrganization", "@id": "https://ledger.example/#org", "name": "The Daily Ledger"}


@pytest.mark.parametrize("json_ld, site", [
    ({"@context": "https://schema.org", "@type": "NewsArticle", "publisher": _PUBLISHER}, "The Daily Ledger"),
    ({"@context": "https://schema.org", "@graph": [  # the publisher named by reference, as CMS plugins write it
        {"@type": "NewsArticle", "publisher": {"@id": _PUBLISHER["@id"]}}, _PUBLISHER]}, "The Daily Ledger"),
    ({"@context": "https://schema.org", "@type": "NewsArticle"}, "www.dailyledger.example"),  # all it says
])
def test_an_outlet_named_by_its_host_gives_way_to_the_publisher_the_page_names(json_ld, site):
    source = page('<title>Talks resume in Geneva</title><meta property="og:site_name" content="www.dailyledger.example">'
                  f'<script type="application/ld+json">{json.dumps(json_ld)}</script>',
                  f"<article><h1>Talks resume in Geneva</h1>{article_html()}</article>")
    assert extract_page(source.encode(), "page.html").site == site


@pytest.mark.parametrize("byline, author", [
    ('<p class="byline">By Anna Lind, Staff Writer</p>', "Anna Lind"),
    ('<p class="byline">By Anna Lind | Senior Correspondent</p>', "Anna Lind"),
    ('<address class="author"><a rel="author" href="/a">Anna Lind</a>, Herald correspondent in Calden</address>',
     "Anna Lind"),
    ('<p class="byline">Reporting by Anna Lind; Editing by Piotr Nowak</p>', "Anna Lind"),
    ('<div class="author">Anna Lind and Piotr Nowak</div>', "Anna Lind; Piotr Nowak"),
    ('<span class="byline">Anna Lind, Reuters</span>', "Anna Lind; Reuters"),  # an agency is a source
    ('<div class="byline">Staff Reporter</div>', "Staff Reporter"),  # all the page says of its author
])
def test_a_bylines_job_titles_and_editors_are_not_authors(byline, author):
    source = page("<title>Talks resume in Geneva</title>", f"<article><h1>Talks resume</h1>{byline}{article_html()}</article>")
    assert extract_page(source.encode(), "page.html").author == author


def test_escape_sequences_in_a_page_leave_nothing_behind():
    # The parser drops a bare ESC; what followed it ("[31m", "]0;") must go with it.
    source = page('<title>Talks \x1b]0;owned\x07resume</title><meta name="author" content="Jane \x1b[2JRoe">'
                  '<meta property="og:site_name" content="Example\x1b[5m Gazette">',
                  "<article><h1>Talks resume</h1>" + article_html([PARAGRAPHS[0].replace("Geneva", "\x1b[31mGeneva\x1b[0m"),
                                                                   *PARAGRAPHS[1:]]) + "</article>")
    extracted = extract_page(source.encode(), "page.html")
    assert extracted.text.strip().split("\n\n")[-3:] == PARAGRAPHS
    assert (extracted.title, extracted.author, extracted.site) == ("Talks resume", "Jane Roe", "Example Gazette")


@pytest.mark.parametrize("between", ["<br><br>", "<br>\n<br>\n", "<br/> <br/><br/>"])
def test_paragraphs_laid_out_with_line_breaks_stay_paragraphs(tmp_path, between):
    # The lead in a <p> of its own, then short paragraphs in one <p> broken by <br>s, as
    # some sites lay out their stories.
    short = ["The board met on Thursday.", "It voted to suspend the work.", "A study will follow."]
    for story in (f"<p>{PARAGRAPHS[0]}</p><p>{between.join(short)}</p>", f"{PARAGRAPHS[0]}{between}{between.join(short)}"):
        source = page("<title>Talks resume in Geneva</title>", f'<div class="story">{story}</div>')
        extracted = extract_page(source.encode(), "page.html")
        assert extracted.text.strip().split("\n\n") == [PARAGRAPHS[0], *short]


def test_paragraphs_between_line_breaks_keep_their_links_and_emphasis():
    """Loose text broken by <br><br> with inline markup in it (a link, bold) was once refused
    as a page with no text: the markup taken into the new paragraphs was removed again."""
    short = ["The board met on Thursday in <b>Geneva</b> and talked for hours about the dam.",
             'It voted to suspend the work on the <a href="/dam">dam</a> until a study is done.',
             "A study will follow, the chair said, and the <em>commission</em> will publish it."]
    source = page("<title>Talks resume in Geneva</title>", f'<div class="story">{PARAGRAPHS[0]}<br><br>'
                  + "<br><br>".join(short) + "</div>")
    extracted = extract_page(source.encode(), "page.html")
    assert extracted.text.strip().split("\n\n") == [
        PARAGRAPHS[0], "The board met on Thursday in Geneva and talked for hours about the dam.",
        "It voted to suspend the work on the dam until a study is done.",
        "A study will follow, the chair said, and the commission will publish it."]


def test_a_long_page_of_paragraphs_broken_by_line_breaks_is_split_in_one_pass():
    """Each <p> split at its <br><br> is put back in its place; finding that place in the
    parent's children once cost their number for each paragraph (minutes for this page)."""
    from lxml import etree

    count = 60_000
    article = etree.fromstring("<article>" + "".join(f"<p>First {i}<br/><br/>second {i}</p> " for i in range(count))
                               + "</article>")
    for element in [e for e in article.iter("*") if html_module._double_break(e)]:
        html_module._break_paragraphs(element)
    texts = [p.text for p in article]
    assert len(texts) == 2 * count and texts[-2:] == [f"First {count - 1}", f"second {count - 1}"]
    assert texts[:4] == ["First 0", "second 0", "First 1", "second 1"] and article[1].tail == " "


def test_one_line_break_inside_a_paragraph_is_a_line_not_a_paragraph():
    source = page("<title>Talks resume in Geneva</title>", "<article>" + article_html(
        [*PARAGRAPHS[:2], "Office of the Mediator<br>\n12 Quay Street, Geneva", PARAGRAPHS[2]]) + "</article>")
    blocks = extract_page(source.encode(), "page.html").text.strip().split("\n\n")
    assert blocks[-3:] == [PARAGRAPHS[1], "Office of the Mediator\n12 Quay Street, Geneva", PARAGRAPHS[2]]


def test_paragraphs_stay_paragraphs_and_offsets_index_the_extracted_text(tmp_path):
    article = load_article(write(tmp_path, META))
    assert article.text.count("\n\n") >= len(PARAGRAPHS)
    for passage in article.passages:
        assert article.text[passage.start:passage.end] == passage.text
    assert "<p>" not in article.text and "charset" not in article.text


def test_a_page_without_metadata_falls_back_to_corpus_toml(tmp_path):
    write(tmp_path, NO_METADATA, "bare.html")
    write(tmp_path, META, "meta.html")
    (tmp_path / "corpus.toml").write_text(
        '[[article]]\nfile = "bare.html"\ntitle = "Title from the manifest"\nauthor = "A. Manifest"\n'
        'date = "2024-01-02"\noutlet = "Manifest Weekly"\nside = "left"\n\n'
        '[[article]]\nfile = "meta.html"\nauthor = "Corrected Byline"\nside = "right"\n', encoding="utf-8")
    bare, meta = load_paths([tmp_path])
    assert (bare.title, bare.author, bare.date, bare.outlet, bare.side) == (
        "Title from the manifest", "A. Manifest", "2024-01-02", "Manifest Weekly", "left")
    assert body_texts(bare) == PARAGRAPHS
    # The page's metadata comes first; the manifest fills only what the page says nothing about.
    assert (meta.title, meta.author, meta.date, meta.outlet, meta.side) == (
        "Talks resume in Geneva", "Jane Roe", "2023-05-02", "Example Gazette", "right")


def test_without_metadata_or_manifest_the_title_is_the_first_line(tmp_path):
    article = load_article(write(tmp_path, NO_METADATA))
    assert article.title == PARAGRAPHS[0][:100].rsplit(" ", 1)[0] + "…"
    assert (article.author, article.date, article.outlet) == ("", "", "")


def test_nested_layout_keeps_the_article_and_drops_navigation_sidebar_and_comments(tmp_path):
    article = load_article(write(tmp_path, NESTED))
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    for word in [*NAV_WORDS, COMMENT, RELATED, "reader1", "All rights reserved"]:
        assert word not in article.text


def test_broken_markup_is_repaired_not_fatal(tmp_path):
    article = load_article(write(tmp_path, BROKEN))
    text = " ".join(article.text.split())
    assert PARAGRAPHS[0] in text
    assert PARAGRAPHS[1] + " bold never closes and italic overlaps here" in text


@pytest.mark.parametrize("declaration, encoding", [
    ('<meta charset="windows-1250">', "cp1250"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">', "iso8859_2"),
])
def test_a_charset_declared_in_meta_decodes_the_page(tmp_path, declaration, encoding):
    source = ("<!DOCTYPE html><html><head>" + declaration + "<title>Genewa, wtorek</title></head><body>"
              "<article>" + "".join(f"<p>{p}</p>" for p in POLISH) + "</article></body></html>")
    article = load_article(write(tmp_path, source.encode(encoding)))
    assert codecs.lookup(article.encoding).name == codecs.lookup(encoding).name
    assert body_texts(article) == POLISH
    assert article.title == "Genewa, wtorek"


HEBREW = ["משלחות משני הצדדים נפגשו ביום שלישי בז'נבה לשיחות ישירות ראשונות מאז קריסת הפסקת האש באביב.",
          "השיחות התמקדו בשיבת משפחות עקורות לכפרים לאורך קו המגע, שאלה שעיכבה כל סבב תיווך קודם.",
          "משקיפים אמרו שהאווירה הייתה מתוחה אך עניינית, ושני הצדדים הסכימו להיפגש שוב בתוך חודש."]


@pytest.mark.parametrize("lang, paragraphs, code_page", [("he", HEBREW, "cp1255"), ("ru", RUSSIAN, "cp1251")])
def test_a_page_declaring_no_charset_is_read_in_its_languages_code_page(tmp_path, lang, paragraphs, code_page):
    source = (f'<html lang="{lang}"><head><title>{paragraphs[0][:20]}</title></head><body><article>'
              + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")
    article = load_article(write(tmp_path, source.encode(code_page)))
    assert article.encoding == code_page
    assert body_texts(article) == paragraphs


def test_valid_utf8_wins_over_a_stale_declaration(tmp_path):
    source = page("", f"<article>{article_html(RUSSIAN)}</article>", charset="windows-1251")
    article = load_article(write(tmp_path, source))
    assert body_texts(article) == RUSSIAN


@pytest.mark.parametrize("source", [NO_ARTICLE, page("<title>Empty</title>", ""), ""])
def test_a_page_with_no_article_is_one_clear_error(tmp_path, source):
    with pytest.raises(UserError, match="no article found") as caught:
        load_article(write(tmp_path, source))
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(("body", "said"), [("", "(no text)"), ("<p>Hi</p>", "(only 1 word of text)"),
                                            ("<p>Hi there</p>", "(only 2 words of text)")])
def test_a_page_too_short_says_how_many_words_in_english(tmp_path, body, said):
    with pytest.raises(UserError, match="no article found") as caught:
        load_article(write(tmp_path, f"<html><body>{body}</body></html>"))
    assert str(caught.value).endswith(said)


def test_a_binary_file_named_html_is_refused(tmp_path):
    with pytest.raises(UserError, match="binary"):
        load_article(write(tmp_path, b"%PDF-1.4\n\x00\x01\x02binary"))


def test_scripts_do_not_run_and_nothing_referenced_is_fetched(tmp_path):
    requests: list[str] = []

    class Recorder(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_port}"
    marker = tmp_path / "script-ran"
    try:
        source = page(
            f'<link rel="stylesheet" href="{base}/style.css"><script src="{base}/app.js"></script>'
            f'<script>document.write("SCRIPTTEXT"); require("fs").writeFileSync("{marker}", "x")</script>'
            f'<meta http-equiv="refresh" content="0; url={base}/refresh">',
            f'<article>{article_html()}<img src="{base}/photo.jpg"><iframe src="{base}/frame.html"></iframe>'
            f'<object data="{base}/movie.swf"></object><noscript>NOSCRIPTTEXT</noscript></article>',
        )
        article = load_article(write(tmp_path, source))
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert body_texts(article) == PARAGRAPHS
    assert requests == []
    assert "SCRIPTTEXT" not in article.text and not marker.exists()


def test_a_10_mb_page_extracts_and_a_larger_one_is_refused_before_parsing(tmp_path):
    filler = "<script>var data = '" + "z" * 1000 + "';</script>\n"
    head = page("<title>Heavy page</title>", "")
    body = f"<article>{article_html()}</article>"
    padding = filler * ((MAX_PAGE_BYTES - len(head) - len(body) - 100) // len(filler))
    huge = head.replace("<body>", "<body>" + padding + body)
    assert MAX_PAGE_BYTES - 2000 < len(huge.encode()) <= MAX_PAGE_BYTES
    article = load_article(write(tmp_path, huge))
    assert body_texts(article) == PARAGRAPHS
    with pytest.raises(UserError, match="larger than 10 MB"):
        load_article(write(tmp_path, huge + " " * 2000, "too-big.html"))


def test_the_extracted_text_is_stored_and_reused_while_the_page_is_unchanged(tmp_path, monkeypatch):
    path = write(tmp_path, META)
    first = load_article(path)
    stored = list(html_module._store_path("0" * 64).parent.parent.glob("*/*.json"))
    assert len(stored) == 1

    import trafilatura

    def refuse(*args, **kwargs):
        raise AssertionError("extracted again although the page did not change")

    monkeypatch.setattr(trafilatura, "bare_extraction", refuse)
    again = load_article(path)
    assert again.text == first.text and again.content_hash == first.content_hash
    assert [(p.start, p.end) for p in again.passages] == [(p.start, p.end) for p in first.passages]
    monkeypatch.undo()

    # A changed page is extracted afresh; a damaged store entry is replaced, never trusted.
    path.write_text(META.replace("Tuesday", "Wednesday"), encoding="utf-8")
    assert "Wednesday" in load_article(path).text
    entry = html_module._store_path(html_module.hashlib.sha256(path.read_bytes()).hexdigest())
    entry.write_text(json.dumps({"format": 1, "text": 5}), encoding="utf-8")
    assert "Wednesday" in load_article(path).text


def test_a_stored_record_of_another_format_is_left_as_it_is(tmp_path):
    """A newer Counterpoint's record (its format, its extraction) is what its bookmarks point
    into: this reader extracts the page for itself and never overwrites that record."""
    path = write(tmp_path, META)
    entry = html_module._store_path(html_module.hashlib.sha256(path.read_bytes()).hexdigest())
    entry.parent.mkdir(parents=True)
    newer = json.dumps({"format": html_module._STORE_FORMAT + 1, "text": "cut another way", "blocks": []})
    entry.write_text(newer, encoding="utf-8")
    assert body_texts(load_article(path)) == PARAGRAPHS
    assert entry.read_text(encoding="utf-8") == newer


@pytest.mark.parametrize("there", ["fifo", "device", "folder", "too large"])
def test_what_is_no_record_in_the_store_is_never_waited_on_nor_replaced(tmp_path, monkeypatch, there):
    """A FIFO (or a link to /dev/zero) where the page's record goes would keep the reader
    waiting (or reading) for ever: it is left as it is, and the page extracted afresh."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    path = write(tmp_path, META)
    monkeypatch.setenv("COUNTERPOINT_DATA_DIR", str(tmp_path / "data"))  # the store's place, the child's too
    entry = html_module._store_path(html_module.hashlib.sha256(path.read_bytes()).hexdigest())
    entry.parent.mkdir(parents=True)
    if there == "fifo":
        os.mkfifo(entry)
    elif there == "device":
        entry.symlink_to("/dev/zero")
    elif there == "folder":
        entry.mkdir()
    else:
        entry.write_bytes(b" " * (html_module._RECORD_GROWTH * len(path.read_bytes()) + 2**20))
    before = os.lstat(entry)
    try:
        done = subprocess.run([sys.executable, "-m", "reader", "list", str(path), "--format", "json"],
                              capture_output=True, text=True, timeout=60, cwd=Path(html_module.__file__).parents[2])
    except subprocess.TimeoutExpired:
        raise AssertionError(f"`counterpoint list` still waiting on a {there} in the page store after 60 s") from None
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["articles"][0]["passages"]["body"] > 0
    after = os.lstat(entry)
    assert (after.st_ino, after.st_mode, after.st_size) == (before.st_ino, before.st_mode, before.st_size)


def test_an_unwritable_store_costs_speed_not_correctness(tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data directory should be", encoding="utf-8")
    monkeypatch.setenv("COUNTERPOINT_DATA_DIR", str(blocked))
    assert body_texts(load_article(write(tmp_path, META))) == PARAGRAPHS


def test_directories_pick_up_html_files(tmp_path):
    write(tmp_path, META, "one.html")
    write(tmp_path, OPEN_GRAPH, "two.htm")
    (tmp_path / "three.txt").write_text("A plain text article.\n", encoding="utf-8")
    assert [a.path.name for a in load_paths([tmp_path])] == ["one.html", "three.txt", "two.htm"]


def test_extract_page_reports_words_found(tmp_path):
    with pytest.raises(UserError, match=r"only \d+ words"):
        extract_page(NO_ARTICLE.encode(), "login.html")


def test_utf16_with_bom_and_xhtml_with_an_xml_declaration(tmp_path):
    utf16 = load_article(write(tmp_path, META.encode("utf-16"), "utf16.html"))
    assert utf16.encoding.startswith("utf-16") and body_texts(utf16) == PARAGRAPHS
    xhtml = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
             '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
             "<title>Café talks</title></head><body><div>" + article_html([*PARAGRAPHS, "Café crème for all."])
             + "</div></body></html>")
    article = load_article(write(tmp_path, xhtml.encode("latin-1"), "page.xhtml.html"))
    assert article.title == "Café talks" and body_texts(article)[-1] == "Café crème for all."


def test_furniture_inside_the_article_survives_extraction_and_is_still_boilerplate(tmp_path):
    furniture = ["Share this article", "Sign up for our newsletter and get the best stories every morning.",
                 "Related: Five things to know about the talks", "Add comment",
                 "Learn the benefits of becoming a Valuetainment Member"]
    source = page("<title>Talks</title>", "<article>" + article_html(PARAGRAPHS[:2])
                  + "".join(f"<p>{f}</p>" for f in furniture) + article_html(PARAGRAPHS[2:])
                  + "<p>Related stories</p><ul><li>Ceasefire holds for a second week</li>"
                  "<li>Prisoner exchange agreed in principle</li></ul><p>Closing words of the article "
                  "come after the list and are body text again, as any reader would expect.</p></article>")
    article = load_article(write(tmp_path, source))
    kinds = {p.text.removeprefix("- "): p.kind for p in article.passages}
    for line in [*furniture, "Related stories", "Ceasefire holds for a second week",
                 "Prisoner exchange agreed in principle"]:
        assert kinds[line] == "boilerplate", line
    body = body_texts(article)
    assert body[:3] == PARAGRAPHS and len(body) == 4 and body[3].startswith("Closing words")
