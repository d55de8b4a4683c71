"""`bookmarks export --links` adds the confirmed links to the Markdown and JSON exports; CSV has
one row per bookmark and no place for them, so asking for them there is refused, not ignored."""

from __future__ import annotations

import json


def test_links_with_csv_is_refused_in_one_line(cli, write_article, sample, data_dir):
    article = write_article()
    other = write_article(name="other.txt")
    for bookmarked in (article, other):  # the links between bookmarked articles are exported
        assert cli("bookmarks", "add", bookmarked.path, "--quote", sample.QUOTE)[0] == 0
    assert cli("links", "add", article.path, other.path, "--quote-a", sample.QUOTE, "--quote-b", sample.QUOTE)[0] == 0
    target = data_dir.parent / "export.csv"

    status, out, err = cli("bookmarks", "export", "--format", "csv", "--links", "-o", target)
    assert status == 2 and out == "" and not target.exists()
    assert err.splitlines() == ["counterpoint: error: --links goes with every --format but csv; for the links "
                                "as CSV, counterpoint links export --format csv"]

    status, out, _ = cli("bookmarks", "export", "--format", "json", "--links")
    assert status == 0 and len(json.loads(out)["confirmed_links"]) == 1
    status, out, _ = cli("bookmarks", "export", "--links")
    assert status == 0 and "# Confirmed links" in out
