"""Saved articles in the formats browsers and word processors write: a page saved as one file
(.mhtml), a page left gzip-compressed, and documents the reader does not read, each refused
with one line that names the format."""

from __future__ import annotations

import gzip
import json
import quopri
import zipfile

import pytest

from reader.corpus.loader import load_article, load_paths
from reader.errors import UserError

PARAGRAPHS = [
    "The Harrow Dam was meant to end a century of floods on the Velm. Ten years after the first stone "
    "was laid, it has instead become the symbol of a quarrel that neither province seems able to end.",
    "Engineers in Aldmere insist the reservoir takes only what the treaty allows, and they publish the "
    "gauge readings every week; Kestrel's ministry reads the same gauges very differently.",
]
LD = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "The dam that divides",
                 "author": {"@type": "Person", "name": "Ines Rakovic"}, "datePublished": "2026-03-02",
                 "publisher": {"@type": "Organization", "name": "Aldmere Review"}})
PAGE = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The dam that divides</title>'
        f'<script type="application/ld+json">{LD}</script></head><body><nav><a>Home</a> <a>World</a></nav>'
        f"<article><h1>The dam that divides</h1>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</article></body></html>")


def mhtml(html: str, charset: str = "utf-8") -> bytes:
    """A page saved as one file, as Chromium writes it: MIME headers, the page quoted-printable,
    then the page's image in base64."""
    body = quopri.encodestring(html.encode(charset)).decode("ascii")
    return (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://aldmere.example/news/dam\r\n"
        "Subject: The dam that divides\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
        '\ttype="text/html";\r\n\tboundary="----MultipartBoundary--x1----"\r\n\r\n'
        "------MultipartBoundary--x1----\r\n"
        f"Content-Type: text/html; charset={charset}\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://aldmere.example/news/dam\r\n\r\n"
        f"{body}\r\n------MultipartBoundary--x1----\r\nContent-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\nContent-Location: https://aldmere.example/logo.png\r\n\r\n"
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\r\n"
        "------MultipartBoundary--x1------\r\n").encode("ascii")


def _bodies(article):
    return [p.text for p in article.passages if p.kind == "body"]


@pytest.mark.parametrize("name", ["dam.mhtml", "dam.mht"])
def test_a_page_saved_as_one_file_reads_as_its_article(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(mhtml(PAGE))
    article = load_article(path)
    assert (article.title, article.author, article.outlet, article.date) == (
        "The dam that divides", "Ines Rakovic", "Aldmere Review", "2026-03-02")
    assert _bodies(article) == PARAGRAPHS
    assert article.url == "https://aldmere.example/news/dam"


def test_a_single_file_page_in_a_legacy_charset_reads_in_the_charset_its_part_declares(tmp_path):
    path = tmp_path / "dam.mhtml"
    page = PAGE.replace('<meta charset="utf-8">', "").replace("Engineers in", "Naïve engineers in")
    path.write_bytes(mhtml(page, charset="windows-1252"))
    assert "Naïve engineers" in load_article(path).passages[2].text


def test_a_folder_lists_single_file_and_gzip_pages(tmp_path):
    (tmp_path / "saved.mhtml").write_bytes(mhtml(PAGE))
    (tmp_path / "fetched.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    corpus = load_paths([tmp_path])
    assert sorted(a.id for a in corpus.articles) == ["fetched", "saved"]
    assert all(_bodies(a) == PARAGRAPHS for a in corpus.articles)


def test_a_page_saved_compressed_under_an_html_name_is_unpacked(tmp_path):
    """`curl URL > page.html` without --compressed leaves the gzip the server sent."""
    path = tmp_path / "page.html"
    path.write_bytes(gzip.compress(PAGE.encode("utf-8")))
    assert _bodies(load_article(path)) == PARAGRAPHS
    notes = tmp_path / "notes.txt.gz"
    notes.write_bytes(gzip.compress("Notes on the dam\n\nThe gates closed in 2019.\n".encode("utf-8")))
    assert load_article(notes).title == "Notes on the dam"


def test_a_damaged_or_cut_gzip_file_is_one_line(tmp_path):
    packed = gzip.compress(PAGE.encode("utf-8"))
    (tmp_path / "cut.html.gz").write_bytes(packed[: len(packed) // 2])
    with pytest.raises(UserError, match="gzip file cut short"):
        load_article(tmp_path / "cut.html.gz")
    (tmp_path / "bad.html.gz").write_bytes(packed[:10] + b"\xff" * 40)
    with pytest.raises(UserError, match="damaged gzip file"):
        load_article(tmp_path / "bad.html.gz")


def _docx(path, document="<w:document/>"):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)


DOCUMENTS = {
    "report.pdf": (lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"),
                   "a PDF document, damaged"),
    "letter.docx": (_docx, "a Word document: a damaged document"),
    "blank.docx": (lambda p: _docx(p, "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/"
                                      "main'><w:body><w:p/></w:body></w:document>"), "a Word document with no text"),
    "old.doc": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 200), "Word 97-2003"),
    "essay.rtf": (lambda p: p.write_text("{\\rtf1\\ansi{\\fonttbl\\f0 Times;}{\\info{\\title Dam}}}", encoding="ascii"),
                  "an RTF document with no text in it"),
    "page.webarchive": (lambda p: p.write_bytes(b"bplist00\xd4\x01\x02" + b"x" * 50), "Safari web archive"),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_a_document_is_refused_in_one_line_naming_its_format(tmp_path, run_cli, name):
    write, what = DOCUMENTS[name]
    write(tmp_path / name)
    result = run_cli("list", str(tmp_path / name))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and what in result.stderr and "Traceback" not in result.stderr


def test_a_folder_of_documents_says_they_cannot_be_read_and_what_to_do(tmp_path, run_cli):
    (tmp_path / "notes.pages").write_bytes(b"PK\x03\x04" + b"\0" * 100)  # Apple Pages: a zip of its own
    DOCUMENTS["old.doc"][0](tmp_path / "old.doc")
    result = run_cli("list", str(tmp_path))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "no articles here" in result.stderr and "2 documents (notes.pages, old.doc)" in result.stderr
    assert ".txt" in result.stderr and ".mhtml" in result.stderr


@pytest.mark.parametrize(("header", "url"), [
    ("https://aldmere.example/news/\r\n dam", "https://aldmere.example/news/dam"),  # folded, as mail writers fold
    ("https://aldmere.example/news/dam\x1b]8;;https://evil.example\x07", ""),  # an escape sequence is no address
])
def test_a_single_file_pages_address_is_one_line_and_nothing_but_an_address(tmp_path, header, url):
    path = tmp_path / "dam.mhtml"
    saved = mhtml(PAGE).replace(b"https://aldmere.example/news/dam", header.encode("latin-1"))
    path.write_bytes(saved)
    assert load_article(path).url == url


def test_a_single_file_page_with_odd_headers_is_read_not_a_traceback(tmp_path):
    """A header with a byte that is not ASCII, and the start part named in RFC 2231's form."""
    saved = (mhtml(PAGE).replace(b"Snapshot-Content-Location: https://aldmere.example/news/dam",
                                 b"Snapshot-Content-Location: https://aldmere.example/news/d\xe4m")
             .replace(b"multipart/related;\r\n", b"multipart/related; start*=utf-8''%3Cframe-1%40mhtml.blink%3E;\r\n")
             .replace(b"Content-ID: <frame-1@mhtml.blink>", b"Content-ID: <frame-1@mhtml.blink>\r\nX-Note: \xff"))
    path = tmp_path / "odd.mhtml"
    path.write_bytes(saved)
    assert _bodies(load_article(path)) == PARAGRAPHS
