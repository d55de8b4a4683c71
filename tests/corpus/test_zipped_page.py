"""A page downloaded zipped with its pictures (Google Docs' "Web page (.html, zipped)") reads as
the page inside; any other zip is refused in one line, and so is one that unpacks too far."""

from __future__ import annotations

import zipfile

import pytest

from reader.corpus import load_article
from reader.errors import UserError


def _export(title: str, paragraphs: list[str]) -> str:
    """A Google Docs HTML export: its title paragraph, paragraphs of spans, a picture."""
    body = "".join(f'<p class="c1"><span class="c2">{p}</span></p>' for p in paragraphs)
    return ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
            '<style type="text/css">.c1{margin:0}</style></head><body class="c3 doc-content">'
            f'<p class="c4 title"><span>{title}</span></p>{body}'
            '<p class="c1"><span><img src="images/image1.png"></span></p></body></html>')


def _zip(path, files: dict[str, str | bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def test_a_zipped_google_docs_page_reads_as_its_page(tmp_path):
    path = _zip(tmp_path / "Harrow dam.zip", {
        "Harrowdam.html": _export("Harrow Dam Inspection Delayed", [
            "The inspection of the Harrow dam was put off for a second time on Thursday, the water board said.",
            "Engineers had asked for four weeks to study the spillway, which cracked in March."]),
        "images/image1.png": PNG})
    article = load_article(path)
    assert article.title == "Harrow Dam Inspection Delayed"
    assert [p.text for p in article.passages if p.kind == "body"] == [
        "The inspection of the Harrow dam was put off for a second time on Thursday, the water board said.",
        "Engineers had asked for four weeks to study the spillway, which cracked in March."]


def test_a_page_zipped_on_a_mac_reads_too(tmp_path):
    path = _zip(tmp_path / "orchards.zip", {
        "Orchards/Orchards.html": _export("Orchards Lose Apricot Crop", [
            "Orchard growers in the Brenn valley lost most of their apricots to a late frost, the cooperative said.",
            "Its chairman put the loss at 1,200 tonnes and asked the region for an emergency fund."]),
        "Orchards/images/image1.jpg": b"\xff\xd8\xff" + bytes(32),
        "__MACOSX/Orchards/._Orchards.html": b"\x00\x05\x16\x07" + bytes(60)})
    assert load_article(path).title == "Orchards Lose Apricot Crop"


def test_other_zips_are_refused_in_one_line(tmp_path):
    two = _zip(tmp_path / "two.zip", {"a.html": _export("A", ["One."]), "b.html": _export("B", ["Two."])})
    with pytest.raises(UserError, match=r"two\.zip: a zip archive, not a text article or web page; unpack it"):
        load_article(two)
    bomb = _zip(tmp_path / "bomb.zip", {"page.html": "<html><body>" + " " * (11 * 1024 * 1024) + "</body></html>"})
    with pytest.raises(UserError, match=r"bomb\.zip: a zipped web page: its text unpacks to more than 10 MB"):
        load_article(bomb)
