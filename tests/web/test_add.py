"""`counterpoint add`: pages into a corpus folder, whole or not at all, the manifest kept as written."""

from __future__ import annotations

import pytest
from web_pages import JSON_LD, META, NO_METADATA, PARAGRAPHS, page

from reader.corpus import load_article, load_paths
from reader.errors import UserError
from reader.tomlread import load_toml
from reader.web import add as add_module
from reader.web.add import add_page, describe, slug


def entries(folder):
    return load_toml(folder / "corpus.toml")["article"]


def test_a_url_becomes_a_text_file_and_a_manifest_entry(server, tmp_path):
    _, base = server
    folder = tmp_path / "corpus"
    added = add_page(f"{base}/page", folder, side="mediator", outlet="")
    assert not added.updated and added.file == folder / "talks-resume-in-geneva.txt"
    (entry,) = entries(folder)
    assert entry == {"file": "talks-resume-in-geneva.txt", "title": "Talks resume in Geneva", "author": "Jane Roe",
                     "outlet": "Example Gazette", "date": "2023-05-02", "side": "mediator",
                     "url": f"{base}/page", "retrieved": entry["retrieved"]}
    assert len(entry["retrieved"]) == 10 and entry["retrieved"][4] == "-"
    (article,) = load_paths([folder])
    assert (article.title, article.author, article.side) == ("Talks resume in Geneva", "Jane Roe", "mediator")
    assert [p.text for p in article.passages if p.kind == "body"] == PARAGRAPHS


def test_a_plain_text_page_is_added_as_the_article_it_is(server, tmp_path):
    handler, base = server
    text = "Talks resume in Geneva\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    handler.routes["/talks.txt"] = ("text/plain; charset=windows-1252", text.replace("Geneva", "Genève").encode("cp1252"))
    folder = tmp_path / "corpus"
    added = add_page(f"{base}/talks.txt", folder, side="", outlet="")
    assert added.file.read_text(encoding="utf-8").startswith("Talks resume in Genève\n\n")
    (article,) = load_paths([folder])
    assert article.title == "Talks resume in Genève"
    # `add` reports, and corpus.toml keeps, the title the reader gives the text
    assert describe(added) == f"added {added.file.name}: Talks resume in Genève"
    assert entries(folder)[0]["title"] == "Talks resume in Genève"
    assert [p.text for p in article.passages if p.kind == "body"] == [p.replace("Geneva", "Genève") for p in PARAGRAPHS]
    handler.routes["/short.txt"] = ("text/plain", b"Too short to be an article.")
    with pytest.raises(UserError, match="no article found"):
        add_page(f"{base}/short.txt", folder, side="", outlet="")


def test_a_page_naming_no_title_is_titled_as_the_reader_titles_its_text(server, tmp_path):
    handler, base = server
    # Page furniture above the headline is passed over, as in a text file the reader opens.
    text = "Share on Facebook, X or Email\n\nTalks resume in Geneva\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    handler.routes["/plain"] = ("text/plain", text.encode())
    folder = tmp_path / "corpus"
    added = add_page(f"{base}/plain", folder)
    (entry,) = entries(folder)
    (article,) = load_paths([folder])
    assert added.title == entry["title"] == article.title == load_article(added.file).title == "Talks resume in Geneva"
    (tmp_path / "bare.html").write_text(NO_METADATA, encoding="utf-8")  # no <title>, no metadata
    bare = add_page(str(tmp_path / "bare.html"), folder)
    assert bare.title == load_article(tmp_path / "bare.html").title != ""
    assert all(e["title"] for e in entries(folder))


def test_the_same_url_twice_updates_and_never_duplicates(server, tmp_path):
    handler, base = server
    folder = tmp_path / "corpus"
    add_page(f"{base}/page", folder, side="mediator")
    handler.routes["/page"] = ("text/html", META.replace("Tuesday", "Wednesday").encode())
    again = add_page(f"{base}/page", folder, outlet="Gazette (print)")
    through_redirect = add_page(f"{base}/hop/2", folder)  # lands on the same page
    assert again.updated and through_redirect.updated
    (entry,) = entries(folder)
    assert entry["side"] == "mediator"  # an update keeps what it was not given
    assert entry["outlet"] == "Example Gazette"  # the last add named no outlet: the page's
    assert "Wednesday" in (folder / entry["file"]).read_text(encoding="utf-8")
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == [
        "corpus.toml", "talks-resume-in-geneva.txt"]


def test_a_saved_page_is_added_and_re_adding_it_updates(tmp_path):
    saved = tmp_path / "saved.html"
    saved.write_text(JSON_LD, encoding="utf-8")
    folder = tmp_path / "corpus"
    first = add_page(str(saved), folder)
    second = add_page(str(saved), folder, side="Azerbaijani analyst")
    assert not first.updated and second.updated and first.file == second.file
    (entry,) = entries(folder)
    assert entry["title"] == "Ceasefire talks restart after a long pause"
    assert (entry["side"], entry["url"]) == ("Azerbaijani analyst", "")


def test_two_pages_with_one_title_get_two_files(tmp_path):
    (tmp_path / "a.html").write_text(NO_METADATA, encoding="utf-8")
    (tmp_path / "b.html").write_text(NO_METADATA.replace("Tuesday", "Friday"), encoding="utf-8")
    folder = tmp_path / "corpus"
    one, two = add_page(str(tmp_path / "a.html"), folder), add_page(str(tmp_path / "b.html"), folder)
    assert one.file != two.file and one.file.stem == "a" and two.file.stem == "b"
    assert len(entries(folder)) == 2


def test_comments_and_layout_of_corpus_toml_are_kept(server, tmp_path):
    _, base = server
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "mine.txt").write_text("My own article, typed by hand.\n", encoding="utf-8")
    written = ('# My corpus: the Geneva talks.\r\n\r\n[[article]]\r\nfile = "mine.txt"   # typed by hand\r\n'
               'title = "Mine"\r\nside  =  "me"\r\n')
    (folder / "corpus.toml").write_bytes(written.encode())
    add_page(f"{base}/page", folder)
    after = (folder / "corpus.toml").read_bytes().decode()
    assert after.startswith(written)
    assert "\n" not in after.replace("\r\n", "")  # the file's CRLF newlines throughout
    assert [e["file"] for e in entries(folder)] == ["mine.txt", "talks-resume-in-geneva.txt"]


def test_a_manifest_as_large_as_the_reader_reads_is_added_to(tmp_path):
    """A corpus.toml of thousands of entries, past the 1 MB a hand-written settings file may
    be: the reader lists the folder (glossaries and manifests up to 16 MB), so `add` adds to
    it as well, and keeps every entry."""
    from reader.files import CONFIG_MAX_BYTES, DATA_TOML_MAX_BYTES

    folder = tmp_path / "corpus"
    folder.mkdir()
    entry = ('\n[[article]]\nfile = "harbour-{n}.txt"\ntitle = "Harbour board, part {n}"\noutlet = "Coast Weekly"\n'
             'url = "https://coast.example/harbour/{n}"\n')
    count = CONFIG_MAX_BYTES // len(entry.format(n=0)) + 1000
    (folder / "corpus.toml").write_text("".join(entry.format(n=n) for n in range(count)), encoding="utf-8")
    assert (folder / "corpus.toml").stat().st_size > CONFIG_MAX_BYTES
    saved = tmp_path / "saved.html"
    saved.write_text(JSON_LD, encoding="utf-8")
    added = add_page(str(saved), folder)
    listed = load_toml(folder / "corpus.toml", DATA_TOML_MAX_BYTES)["article"]
    assert len(listed) == count + 1 and listed[-1]["title"] == added.title


@pytest.mark.parametrize("manifest", [
    '[[article]\nfile = "x.txt"\n',  # does not parse
    '[[article]]\nfile = "x.txt"\npublisher = "unknown key"\n',  # parses, but the reader refuses it
])
def test_a_manifest_the_reader_cannot_read_is_never_rewritten(server, tmp_path, manifest):
    _, base = server
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "x.txt").write_text("text\n", encoding="utf-8")
    (folder / "corpus.toml").write_text(manifest, encoding="utf-8")
    with pytest.raises(UserError, match=r"corpus.toml: .*; not adding to it until it is fixed"):
        add_page(f"{base}/page", folder)
    assert (folder / "corpus.toml").read_text(encoding="utf-8") == manifest
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == ["corpus.toml", "x.txt"]


@pytest.mark.parametrize("path", ["/missing", "/report.pdf", "/loop/a"])
def test_a_failed_fetch_writes_nothing(server, tmp_path, path):
    _, base = server
    folder = tmp_path / "corpus"
    with pytest.raises(UserError):
        add_page(base + path, folder)
    assert not folder.exists()


def test_a_manifest_that_cannot_be_written_takes_the_text_back(server, tmp_path, monkeypatch):
    handler, base = server
    folder = tmp_path / "corpus"
    add_page(f"{base}/page", folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    real = add_module.write_atomic

    def failing(path, data):
        if path.name == "corpus.toml":
            raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr(add_module, "write_atomic", failing)
    handler.routes["/other"] = ("text/html", JSON_LD.encode())
    handler.routes["/page"] = ("text/html", META.replace("Tuesday", "Thursday").encode())
    for url in (f"{base}/other", f"{base}/page"):  # a new page, then an update
        with pytest.raises(UserError, match=r"No space left on device\); nothing added"):
            add_page(url, folder)
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


@pytest.mark.parametrize("listed, refused", [("saved.html", "already listed"),
                                              ("../outside.txt", "is outside the folder")])
def test_an_update_never_writes_over_a_saved_page_or_outside_the_folder(server, tmp_path, listed, refused):
    _, base = server
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "saved.html").write_text(META, encoding="utf-8")
    manifest = f'[[article]]\nfile = "{listed}"\nurl = "{base}/page"\n'
    (folder / "corpus.toml").write_text(manifest, encoding="utf-8")
    with pytest.raises(UserError, match=refused):
        add_page(f"{base}/page", folder)
    assert (folder / "saved.html").read_text(encoding="utf-8") == META
    assert (folder / "corpus.toml").read_text(encoding="utf-8") == manifest
    assert not (tmp_path / "outside.txt").exists()


def test_a_folder_that_cannot_be_written_is_one_line(server, tmp_path):
    _, base = server
    folder = tmp_path / "corpus"
    (folder / ".corpus.toml.lock").mkdir(parents=True)  # the lock cannot be opened (as root too)
    with pytest.raises(UserError, match="cannot write"):
        add_page(f"{base}/page", folder)
    assert [p.name for p in folder.iterdir()] == [".corpus.toml.lock"]


def test_slugs():
    assert slug("Israel’s Azerbaijan Problem") == "israel-s-azerbaijan-problem"
    assert slug("Переговоры в Женеве") == "переговоры-в-женеве"
    assert slug("???") == ""
    long = slug("word " * 40)
    assert len(long) <= 60 and not long.endswith("-")


def test_cli_add_reports_each_source_on_one_line(server, tmp_path, run_cli):
    _, base = server
    folder = tmp_path / "corpus"
    result = run_cli("add", f"{base}/page", f"{base}/missing", str(tmp_path / "nope.html"), "ftp://x/y",
                     "--to", str(folder), "--side", "mediator")
    assert result.returncode == 2
    assert result.stdout.splitlines()[0] == "added talks-resume-in-geneva.txt: Talks resume in Geneva"
    errors = result.stderr.splitlines()
    assert len(errors) == 3 and all(line.startswith("counterpoint: error: ") for line in errors)
    assert "404" in errors[0] and "nope.html" in errors[1] and "only http and https" in errors[2]
    assert "Traceback" not in result.stderr
    listed = run_cli("list", str(folder), "--format", "json")
    assert listed.returncode == 0 and '"side": "mediator"' in listed.stdout


def test_cli_add_defaults_to_the_corpus_folder_that_locate_prints(server, tmp_path, run_cli):
    _, base = server
    env = {"COUNTERPOINT_DATA_DIR": str(tmp_path / "data")}
    located = run_cli("locate", "corpus", env=env).stdout.strip()
    assert located == str(tmp_path / "data" / "corpus")
    result = run_cli("add", f"{base}/page", env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "corpus" / "talks-resume-in-geneva.txt").is_file()


def test_adds_running_at_once_each_keep_their_entry(tmp_path):
    import threading

    folder = tmp_path / "corpus"
    sources = []
    for n in range(8):
        saved = tmp_path / f"saved{n}.html"
        saved.write_text(JSON_LD.replace("Ali Example", f"Author {n}").replace("Tuesday", f"day {n}"), encoding="utf-8")
        sources.append(saved)
    errors: list[BaseException] = []

    def run(path):
        try:
            add_page(str(path), folder)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(path,)) for path in sources]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert sorted(e["author"] for e in entries(folder)) == [f"Author {n}" for n in range(8)]
    assert len({e["file"] for e in entries(folder)}) == 8


def test_what_add_prints_is_display_safe(tmp_path):
    from pathlib import Path

    from reader.web.add import Added, describe

    line = describe(Added(file=Path("x.txt"), title="\x1b]0;owned\x07Title \u202eevil\x1b[31m", url="", updated=False,
                       words=400))
    assert line == "added x.txt: Title evil"


def test_a_page_that_is_only_a_teaser_is_added_with_a_note(server, tmp_path, run_cli):
    handler, base = server
    teaser = page("<title>Talks resume in Geneva</title>", f"<article><p>{PARAGRAPHS[0]}</p>"
                  '<div class="paywall"><p>This article is for subscribers only. Subscribe now for full access, '
                  "from just 1 euro for the first month. Already a subscriber? Log in.</p></div></article>")
    handler.routes["/teaser"] = ("text/html", teaser.encode())
    result = run_cli("add", "--to", str(tmp_path / "corpus"), f"{base}/teaser", f"{base}/page")
    assert result.returncode == 0, result.stderr
    teased, whole = result.stdout.splitlines()[:2]
    assert teased.startswith("added talks-resume-in-geneva.txt: Talks resume in Geneva  (only ")
    assert teased.endswith(" words: a paywall or sign-in may hide the rest)")
    assert whole == "added talks-resume-in-geneva-2.txt: Talks resume in Geneva"


def test_the_same_page_by_another_address_updates_its_entry(server, tmp_path):
    # A shared link (tracking tags, a fragment, https or a trailing slash) and the AMP copy
    # that names the article as its canonical address are the article already added.
    handler, base = server
    folder = tmp_path / "corpus"
    amp = META.replace("<head>", f'<head><link rel="canonical" href="{base}/page">').replace("<html", "<html amp")
    handler.routes["/amp/page"] = ("text/html", amp.encode())
    first = add_page(f"{base}/amp/page", folder)
    assert entries(folder)[0]["url"] == f"{base}/page"  # the address to cite, not the AMP copy's
    for again in ("/page", "/page?utm_source=newsletter&fbclid=abc#comments", "/page/"):
        handler.routes[again.split("#")[0]] = ("text/html", META.encode())
        assert add_page(base + again, folder).updated
    (entry,) = entries(folder)
    assert entry["file"] == first.file.name and entry["url"] == f"{base}/page"
    handler.routes["/page?id=7&utm_medium=email"] = ("text/html", META.replace("Tuesday", "Friday").encode())
    other = add_page(f"{base}/page?id=7&utm_medium=email", folder)  # a query that names a page is kept
    assert not other.updated and entries(folder)[1]["url"] == f"{base}/page?id=7"


def test_articles_that_all_name_one_listing_as_their_own_address_stay_apart(server, tmp_path):
    handler, base = server
    listing = f'<head><link rel="canonical" href="{base}/news/">'
    handler.routes["/news/1"] = ("text/html", META.replace("<head>", listing).encode())
    handler.routes["/news/2"] = ("text/html", JSON_LD.replace("<head>", listing).encode())
    folder = tmp_path / "corpus"
    first, second = add_page(f"{base}/news/1", folder), add_page(f"{base}/news/2", folder)
    assert not second.updated and first.file != second.file
    assert [e["url"] for e in entries(folder)] == [f"{base}/news/", f"{base}/news/2"]
    assert add_page(f"{base}/news/2", folder).updated and len(entries(folder)) == 2


def test_a_canonical_address_that_is_only_the_site_root_is_not_cited(server, tmp_path):
    handler, base = server
    homepage = META.replace("<head>", f'<head><link rel="canonical" href="{base}/">')
    handler.routes["/story-1"] = ("text/html", homepage.encode())
    handler.routes["/story-2"] = ("text/html", homepage.replace("Tuesday", "Friday").encode())
    folder = tmp_path / "corpus"
    add_page(f"{base}/story-1", folder)
    assert not add_page(f"{base}/story-2", folder).updated
    assert [e["url"] for e in entries(folder)] == [f"{base}/story-1", f"{base}/story-2"]
