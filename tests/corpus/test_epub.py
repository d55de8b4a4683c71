"""An EPUB (a long article saved as an e-book): its chapters read in the order its spine gives,
its title the package's; a protected or damaged one refused in one line."""

from __future__ import annotations

import zipfile

import pytest

from reader.corpus import load_article, load_paths
from reader.errors import UserError

CONTAINER = ('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
             '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
             '</rootfiles></container>')


def _epub(path, title: str, chapters: dict[str, str], spine: list[str], extra: dict[str, str] | None = None):
    """An EPUB of `chapters` (file name: body), read in the `spine` order of their names."""
    items = "".join(f'<item id="{n}" href="text/{n}" media-type="application/xhtml+xml"/>' for n in chapters)
    items += '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
    refs = "".join(f'<itemref idref="{n}"/>' for n in spine)
    opf = (f'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">'
           f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title>'
           f'<dc:identifier id="id">urn:x</dc:identifier></metadata><manifest>{items}</manifest>'
           f'<spine><itemref idref="nav"/>{refs}</spine></package>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", CONTAINER)
        archive.writestr("OEBPS/content.opf", opf)
        archive.writestr("OEBPS/nav.xhtml", _page('<nav><ol><li><a href="text/a.xhtml">Contents</a></li></ol></nav>'))
        for name, body in chapters.items():
            archive.writestr(f"OEBPS/text/{name}", _page(body))
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def _page(body: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
            f'<head><title>x</title><style>p {{margin: 0}}</style></head><body>{body}</body></html>')


def test_an_epub_article_reads_in_spine_order(tmp_path):
    path = _epub(tmp_path / "dam.epub", "The Long Wait at Harrow Dam", {
        "a.xhtml": "<h2>The spillway</h2><p>Engineers asked for four weeks to study the spillway, "
                   "which cracked in March.</p>",
        "b.xhtml": "<section><h2>The village</h2><p>Residents downstream keep their sandbags in place.</p>"
                   "<blockquote><p>We have waited since January.</p></blockquote></section>"},
        spine=["b.xhtml", "a.xhtml"])
    article = load_article(path)
    assert article.title == "The Long Wait at Harrow Dam"
    assert [(p.kind, p.text) for p in article.passages] == [
        ("heading", "The village"), ("body", "Residents downstream keep their sandbags in place."),
        ("body", "We have waited since January."),
        ("heading", "The spillway"), ("body", "Engineers asked for four weeks to study the spillway, which cracked in March.")]


def test_a_second_epub_its_lines_and_loose_text(tmp_path):
    path = _epub(tmp_path / "orchards.epub", "Frost in the Brenn Valley", {
        "c1.xhtml": "<div>Orchard growers lost most of their apricots to a late frost, the cooperative said."
                    "<p>Its chairman put the loss at 1,200 tonnes.</p></div>"
                    "<p>Brenn Fruit Cooperative<br/>Market Street 9</p>"}, spine=["c1.xhtml"])
    folder = load_paths([tmp_path])  # a folder's EPUB is one of its articles
    assert [p.text for p in folder.articles[0].passages] == [
        "Orchard growers lost most of their apricots to a late frost, the cooperative said.",
        "Its chairman put the loss at 1,200 tonnes.", "Brenn Fruit Cooperative\nMarket Street 9"]
    assert load_article(path).title == "Frost in the Brenn Valley"


def test_a_protected_or_damaged_epub_is_refused_in_one_line(tmp_path):
    locked = _epub(tmp_path / "locked.epub", "Locked", {"a.xhtml": "<p>Text.</p>"}, spine=["a.xhtml"], extra={
        "META-INF/encryption.xml": '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                                   'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData>'
                                   '<enc:CipherReference URI="OEBPS/text/a.xhtml"/></enc:CipherData></enc:EncryptedData>'
                                   '</encryption>'})
    with pytest.raises(UserError, match=r"locked\.epub: an EPUB book whose text is encrypted \(DRM\)"):
        load_article(locked)
    broken = _epub(tmp_path / "broken.epub", "Broken", {"a.xhtml": "<p>Unclosed"}, spine=["a.xhtml"])
    with pytest.raises(UserError, match=r"broken\.epub: an EPUB book: a damaged document"):
        load_article(broken)


def test_a_chapter_the_spine_names_again_is_read_once(tmp_path):
    """A spine that names one chapter many times (a damaged or hostile package) reads it once,
    in its first place, instead of its text over and over until the size limit."""
    path = _epub(tmp_path / "locks.epub", "Lock Keepers", {
        "a.xhtml": "<p>The lock keepers at Ostra asked for a second shift in the summer.</p>",
        "b.xhtml": "<p>The canal board said it would answer them within a month.</p>"},
        ["a.xhtml", "b.xhtml", "a.xhtml"] + ["b.xhtml"] * 5000)
    assert [p.text for p in load_article(path).passages] == [
        "The lock keepers at Ostra asked for a second shift in the summer.",
        "The canal board said it would answer them within a month."]
