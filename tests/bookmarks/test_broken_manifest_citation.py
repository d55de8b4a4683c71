"""A corpus.toml broken while it is being edited must not strip the citations of the bookmarks
and link decisions in its folder: they are cited with the metadata stored when they were made
(and, once the manifest is mended, with what it says then)."""

from __future__ import annotations

import csv
import io
import json

MANIFEST = ('[[article]]\nfile = "article.txt"\ntitle = "Oil for drones"\nauthor = "Nadia Ferro"\n'
            'outlet = "The Harbour Courier"\ndate = "2026-02-11"\n\n'
            '[[article]]\nfile = "other.txt"\ntitle = "A quiet alliance"\noutlet = "Ridge Post"\n')


def _broken(manifest) -> None:
    manifest.write_text(MANIFEST + 'title = "half-typed', encoding="utf-8")


def test_bookmarks_keep_their_citation_while_the_manifest_is_broken(cli, write_article, sample):
    article = write_article()
    other = write_article(name="other.txt")
    manifest = article.path.parent / "corpus.toml"
    manifest.write_text(MANIFEST, encoding="utf-8")
    assert cli("bookmarks", "add", article.path, "--quote", sample.QUOTE, "--pair", other.path,
               "--pair-quote", sample.QUOTE)[0] == 0
    _broken(manifest)

    status, out, err = cli("bookmarks", "export", "--format", "csv")
    assert status == 0
    [row] = csv.DictReader(io.StringIO(out, newline=""))
    assert (row["title"], row["author"], row["outlet"], row["date"]) == (
        "Oil for drones", "Nadia Ferro", "The Harbour Courier", "2026-02-11")
    assert (row["pair_title"], row["pair_outlet"]) == ("A quiet alliance", "Ridge Post")
    assert row["status"] == "anchored"
    assert "corpus.toml" in err and err.count("\n") == 1

    status, out, _ = cli("bookmarks", "export", "--format", "md")
    assert "“Oil for drones”, Nadia Ferro, The Harbour Courier, 2026-02-11" in out

    manifest.write_text(MANIFEST.replace("Nadia Ferro", "Nadia Ferro-Lind"), encoding="utf-8")
    [item] = json.loads(cli("bookmarks", "export", "--format", "json")[1])["bookmarks"]
    assert item["author"] == "Nadia Ferro-Lind"  # mended: the manifest speaks again


def test_link_decisions_keep_their_citation_while_the_manifest_is_broken(cli, write_article, sample):
    article = write_article()
    other = write_article(name="other.txt")
    manifest = article.path.parent / "corpus.toml"
    manifest.write_text(MANIFEST, encoding="utf-8")
    assert cli("links", "add", article.path, other.path, "--quote-a", sample.QUOTE, "--quote-b", sample.QUOTE)[0] == 0
    _broken(manifest)

    status, out, err = cli("links", "export", "--format", "csv")
    assert status == 0, err
    [row] = csv.DictReader(io.StringIO(out, newline=""))
    assert (row["a_title"], row["a_author"], row["b_title"]) == ("Oil for drones", "Nadia Ferro", "A quiet alliance")
