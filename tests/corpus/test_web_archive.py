"""A page Safari saved as a Web Archive (its default "Save As"): read as the page inside, with its
address; a damaged one, or one holding no page, refused in one line."""

from __future__ import annotations

import plistlib

import pytest

from reader.corpus import load_article, load_paths
from reader.errors import UserError


def _archive(path, html: str, url: str = "https://example.org/story", charset: str = "UTF-8", mime: str = "text/html"):
    main = {"WebResourceData": html.encode(charset), "WebResourceMIMEType": mime,
            "WebResourceTextEncodingName": charset, "WebResourceURL": url, "WebResourceFrameName": ""}
    pictures = [{"WebResourceData": b"\x89PNG\r\n\x1a\n" + bytes(40), "WebResourceMIMEType": "image/png",
                 "WebResourceURL": "https://example.org/a.png"}]
    path.write_bytes(plistlib.dumps({"WebMainResource": main, "WebSubresources": pictures}, fmt=plistlib.FMT_BINARY))
    return path


def _page(title: str, paragraphs: list[str]) -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")


def test_a_safari_web_archive_reads_as_its_page_and_address(tmp_path):
    path = _archive(tmp_path / "Harrow dam.webarchive", _page("Harrow Dam Inspection Put Off", [
        "The inspection of the Harrow dam was put off for a second time on Thursday, the water board said.",
        "Engineers had asked for four weeks to study the spillway, which cracked in March."]),
        url="https://news.example.org/harrow-dam")
    article = load_article(path)
    assert article.title == "Harrow Dam Inspection Put Off" and article.url == "https://news.example.org/harrow-dam"
    assert "Engineers had asked for four weeks to study the spillway, which cracked in March." in [
        p.text for p in article.passages]


def test_a_second_archive_in_its_own_charset_in_a_folder(tmp_path):
    _archive(tmp_path / "Orchards.webarchive", _page("Frost Takes the Apricots", [
        "Die Obstbauern im Brenntal haben den größten Teil ihrer Aprikosen an einen späten Frost verloren.",
        "Die Genossenschaft beziffert den Schaden auf 1.200 Tonnen und bittet die Region um Hilfe."]),
        charset="windows-1252")
    article = load_paths([tmp_path]).articles[0]
    assert "Die Genossenschaft beziffert den Schaden auf 1.200 Tonnen und bittet die Region um Hilfe." in [
        p.text for p in article.passages]


def test_an_archive_holding_no_page_is_refused_in_one_line(tmp_path):
    path = _archive(tmp_path / "picture.webarchive", "not a page", mime="image/png")
    with pytest.raises(UserError, match=r"picture\.webarchive: a Safari web archive, not a text article"):
        load_article(path)
