"""A bookmark is cited in full (author and address too) wherever its article is: moved away,
or on a second machine after an import where the corpus lives elsewhere, and every export
names the address in a field of its own, not only inside the citation line."""

from __future__ import annotations

import csv
import io
import json

import pytest

URL = "https://courier.example/2026/03/17/pipelines"
FRONT = f"---\ntitle: Pipelines and Promises\nauthor: Lea Marsh\noutlet: The Courier\ndate: 2026-03-17\nurl: {URL}\n---\n\n"


@pytest.fixture
def cited(run_cli, write_article, sample, tmp_path):
    """A bookmark on an article with full metadata, exported as JSON; the article then moved
    away. Returns (export file, a second data folder's environment)."""
    article = write_article(FRONT + sample.TEXT, "pipelines.md")
    assert run_cli("bookmarks", "add", str(article.path), "--quote", sample.QUOTE, "--note", "n").returncode == 0
    out = tmp_path / "bookmarks.json"
    assert run_cli("bookmarks", "export", "--format", "json", "-o", str(out)).returncode == 0
    article.path.rename(tmp_path / "moved-away.md")
    return out, {"COUNTERPOINT_DATA_DIR": str(tmp_path / "second-machine")}


def _exports(run_cli, env=None) -> dict[str, str]:
    out = {}
    for fmt in ("md", "json", "csv"):
        done = run_cli("bookmarks", "export", "--format", fmt, env=env)
        assert done.returncode == 0, done.stderr
        out[fmt] = done.stdout
    return out


def _check_full(exports: dict[str, str]) -> None:
    assert "orphaned" in exports["md"]
    assert f"“Pipelines and Promises”, Lea Marsh, The Courier, 2026-03-17, {URL}" in exports["md"]
    item = json.loads(exports["json"])["bookmarks"][0]
    assert (item["status"], item["author"], item["url"]) == ("orphaned", "Lea Marsh", URL)
    assert URL in item["citation"] and item["stored"]["url"] == URL
    row = next(csv.DictReader(io.StringIO(exports["csv"])))
    assert (row["author"], row["url"], row["pair_url"]) == ("Lea Marsh", URL, "")


def test_a_moved_articles_bookmark_is_still_cited_in_full(run_cli, cited):
    _check_full(_exports(run_cli))


def test_an_import_where_the_files_are_not_is_cited_in_full(run_cli, cited):
    out, second = cited
    assert run_cli("bookmarks", "import", str(out), env=second).returncode == 0
    _check_full(_exports(run_cli, second))


def test_an_export_from_before_author_and_address_were_stored_still_imports(run_cli, cited):
    out, second = cited
    document = json.loads(out.read_text(encoding="utf-8"))
    for key in ("author", "url"):
        del document["bookmarks"][0]["stored"][key]
    out.write_text(json.dumps(document), encoding="utf-8")
    assert run_cli("bookmarks", "import", str(out), env=second).returncode == 0
    item = json.loads(_exports(run_cli, second)["json"])["bookmarks"][0]
    assert (item["title"], item["author"], item["url"]) == ("Pipelines and Promises", "", "")


def test_a_found_bookmark_gives_its_address_in_every_export(run_cli, write_article, sample):
    article = write_article(FRONT + sample.TEXT, "pipelines.md")
    assert run_cli("bookmarks", "add", str(article.path), "--quote", sample.QUOTE).returncode == 0
    exports = _exports(run_cli)
    assert json.loads(exports["json"])["bookmarks"][0]["url"] == URL
    assert next(csv.DictReader(io.StringIO(exports["csv"])))["url"] == URL


def test_a_notes_lines_stay_lines_in_markdown_and_whole_in_json_and_csv(run_cli, write_article, sample):
    article = write_article()
    note = "Compare the Karsk toll:\n- 19 civilians\n# not a heading\n\n12 fighters"
    assert run_cli("bookmarks", "add", str(article.path), "--quote", sample.QUOTE, "--note", note).returncode == 0
    exports = _exports(run_cli)
    assert ("**Note:** Compare the Karsk toll:  \n\\- 19 civilians  \n\\# not a heading  \n12 fighters  \n"
            in exports["md"])
    assert json.loads(exports["json"])["bookmarks"][0]["note"] == note
    assert next(csv.DictReader(io.StringIO(exports["csv"])))["note"] == note
