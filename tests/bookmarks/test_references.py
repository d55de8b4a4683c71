"""`bookmarks export --format bibtex | csl-json | ris`: one entry per bookmarked article for a
reference manager, its bookmarks as notes, read back by a BibTeX parser or by each format's rules."""

from __future__ import annotations

import json
import re
import time

import bibtexparser
import pytest
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

from reader.bookmarks.references import date_parts, inverted

BODY = ("Opening line\n\nThe convoy reached the bridge at dawn and the checkpoint opened an hour later.\n\n"
        "Residents counted the trucks from their balconies, and nobody was turned back.\n")
AWKWARD_TITLE = 'Ağdam {after} 100% & $5_000 #1 ^~ \\ "the road"\nsecond line'
AWKWARD_NOTE = "first line\nER  - not a tag\n} a brace left open {"


CSL_NAME_PARTS = {"family", "given", "suffix", "non-dropping-particle", "dropping-particle"}


def _toml(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


@pytest.fixture
def corpus(tmp_path):
    """Four invented articles with awkward metadata: a title with every BibTeX special character,
    a quote and a newline; two authors; no author and an Armenian title; a date in words; and
    two articles whose citation keys would be the same."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("awkward.txt", "armenian.txt", "twin1.txt", "twin2.txt"):
        (folder / name).write_text(BODY, encoding="utf-8")
    (folder / "corpus.toml").write_text(f"""
[[article]]
file = "awkward.txt"
title = {_toml(AWKWARD_TITLE)}
author = "Nərmin Quliyeva and Piotr Łukasz"
outlet = "The Evening Ledger"
date = "2025-11-03"
url = "https://news.example/a?x=1&y=%20{{z}}"
retrieved = "2026-01-31"

[[article]]
file = "armenian.txt"
title = "Խանքենդի after the rain"
date = "7 February 2019"

[[article]]
file = "twin1.txt"
title = "Bridges of the valley"
author = "Mara Velt, Ion Drago"
date = "March 9, 2021"

[[article]]
file = "twin2.txt"
title = "Bridges reopened"
author = "Mara Velt"
date = "2021"
""", encoding="utf-8")
    return folder


def _bookmark(cli, folder, name, quote, *more):
    status, out, err = cli("bookmarks", "add", folder / name, "--quote", quote, *more)
    assert status == 0, err
    return int(out)


@pytest.fixture
def bookmarked(cli, corpus):
    _bookmark(cli, corpus, "awkward.txt", "the checkpoint opened", "--note", AWKWARD_NOTE,
              "--tag", "x_y", "--tag", "50%")
    _bookmark(cli, corpus, "armenian.txt", "counted the trucks", "--pair", corpus / "twin1.txt",
              "--pair-quote", "reached the bridge")
    _bookmark(cli, corpus, "twin2.txt", "nobody was turned back")
    _bookmark(cli, corpus, "awkward.txt", "reached the bridge")
    return corpus


def _export(cli, form):
    status, out, err = cli("bookmarks", "export", "--format", form)
    assert status == 0, err
    return out


# --- BibTeX --------------------------------------------------------------------------------------

def _latex_decoder() -> LatexNodes2Text:
    """LaTeX to text, knowing the text-mode commands the export spells braces and accents with."""
    db = get_default_latex_context_db()
    db.add_context_category("text-symbols", prepend=True, macros=[
        MacroTextSpec("textbraceleft", "{"), MacroTextSpec("textbraceright", "}"),
        MacroTextSpec("textasciicircum", "^"), MacroTextSpec("textasciitilde", "~"),
        MacroTextSpec("textbackslash", "\\")])
    return LatexNodes2Text(latex_context=db)


def _bibtex(cli) -> dict[str, dict[str, str]]:
    library = bibtexparser.parse_string(_export(cli, "bibtex"))
    assert library.failed_blocks == []
    decode = _latex_decoder().latex_to_text
    return {e.key: {"@": e.entry_type, **{k: (v.value if k == "url" else decode(v.value))
                                          for k, v in e.fields_dict.items()}}
            for e in library.entries}


def test_bibtex_parses_back_to_the_articles_and_their_bookmarks(cli, bookmarked):
    entries = _bibtex(cli)
    assert list(entries) == ["quliyeva2025agdam", "ref2019after", "velt2021bridges", "velt2021bridgesa"]
    awkward = entries["quliyeva2025agdam"]
    assert awkward["@"] == "article"
    assert awkward["title"] == " ".join(AWKWARD_TITLE.split())  # every special character kept, one line
    assert awkward["author"] == "Quliyeva, Nərmin and Łukasz, Piotr"  # no guessing left to the reader
    assert awkward["journal"] == "The Evening Ledger"
    assert (awkward["date"], awkward["year"], awkward["month"], awkward["urldate"]) == ("2025-11-03", "2025", "11",
                                                                                        "2026-01-31")
    assert awkward["url"] == "https://news.example/a?x=1&y=%20%7Bz%7D"  # verbatim; braces percent-encoded
    start, first = BODY.index("the checkpoint opened"), BODY.index("reached the bridge")
    assert [block.splitlines() for block in awkward["annote"].split("\n\n")] == [  # in the article's order
        [f"“reached the bridge” (characters {first}–{first + 18}; bookmark 4)"],
        [f"“the checkpoint opened” (characters {start}–{start + 21}; bookmark 1)",
         "Note — first line", "ER  - not a tag", "} a brace left open {", "Tags — x_y, 50%"]]

    armenian = entries["ref2019after"]  # no author; the Armenian word folds to nothing
    assert armenian["@"] == "misc" and "author" not in armenian and "journal" not in armenian
    assert armenian["title"] == "Խանքենդի after the rain" and armenian["date"] == "2019-02-07"
    assert "Paired with velt2021bridges — “reached the bridge”" in armenian["annote"]
    assert entries["velt2021bridges"]["author"] == "Velt, Mara and Drago, Ion"
    assert "url" not in entries["velt2021bridges"] and "urldate" not in entries["velt2021bridges"]
    assert "month" not in entries["velt2021bridgesa"]  # a year alone: no month or day made up


def test_no_text_of_an_entry_can_leave_its_field(cli, bookmarked):
    """Every brace in the file is one the export wrote: each field's braces balance."""
    for line in _export(cli, "bibtex").splitlines():
        if m := re.match(r"  \w+ = \{(.*)\},?$", line):
            depth = 0
            for ch in m.group(1):
                depth += {"{": 1, "}": -1}.get(ch, 0)
                assert depth >= 0, line
            assert depth == 0, line


def test_citation_keys_stay_when_more_articles_are_bookmarked(cli, bookmarked):
    before = set(_bibtex(cli))
    twin3 = bookmarked / "twin0.txt"  # sorts before the others, bookmarked last
    twin3.write_text(BODY, encoding="utf-8")
    with open(bookmarked / "corpus.toml", "a", encoding="utf-8") as manifest:
        manifest.write('\n[[article]]\nfile = "twin0.txt"\ntitle = "Bridges again"\nauthor = "M. Velt"\ndate = "2021"\n')
    _bookmark(cli, bookmarked, "twin0.txt", "the checkpoint opened")
    after = set(_bibtex(cli))
    assert before < after and after - before == {"velt2021bridgesb"}


# --- CSL JSON ------------------------------------------------------------------------------------

CSL_TYPES = {"article", "article-journal", "article-magazine", "article-newspaper", "webpage", "post", "post-weblog"}


def _check_date(value):
    assert set(value) <= {"date-parts", "literal"}
    if "date-parts" in value:
        (parts,) = value["date-parts"]
        assert 1 <= len(parts) <= 3 and all(isinstance(p, int) for p in parts)


def test_csl_json_follows_the_schema_rules(cli, bookmarked):
    items = json.loads(_export(cli, "csl-json"))
    assert [i["id"] for i in items] == ["quliyeva2025agdam", "ref2019after", "velt2021bridges", "velt2021bridgesa"]
    for item in items:
        assert item["type"] in CSL_TYPES
        assert all(v not in ("", [], {}, None) for v in item.values())  # nothing the article lacks
        for name in ("issued", "accessed"):
            if name in item:
                _check_date(item[name])
        assert all((set(a) == {"literal"} or {"family", "given"} <= set(a) <= CSL_NAME_PARTS) and all(a.values())
                   for a in item.get("author", []))
    awkward, armenian, twin1, twin2 = items
    assert awkward["title"] == " ".join(AWKWARD_TITLE.split())
    assert awkward["container-title"] == "The Evening Ledger" and awkward["type"] == "article-newspaper"
    assert awkward["issued"] == {"date-parts": [[2025, 11, 3]]}
    assert awkward["accessed"] == {"date-parts": [[2026, 1, 31]]}
    assert awkward["URL"] == "https://news.example/a?x=1&y=%20{z}"
    assert "\nER  - not a tag\n} a brace left open {\nTags — x_y, 50%" in awkward["note"]
    assert "author" not in armenian and armenian["issued"] == {"date-parts": [[2019, 2, 7]]}
    assert twin1["author"] == [{"family": "Velt", "given": "Mara"}, {"family": "Drago", "given": "Ion"}]
    assert awkward["author"] == [{"family": "Quliyeva", "given": "Nərmin"}, {"family": "Łukasz", "given": "Piotr"}]
    assert twin1["issued"] == {"date-parts": [[2021, 3, 9]]} and twin2["issued"] == {"date-parts": [[2021]]}


# --- RIS -----------------------------------------------------------------------------------------

RIS_LINE = re.compile(r"^([A-Z][A-Z0-9])  - (.*)$")


def _ris(cli) -> list[dict[str, list[str]]]:
    """The records by RIS's rules: every line `TAG  - value`, a record from TY to ER."""
    records, record = [], None
    text = _export(cli, "ris")
    assert "\r\n" in text
    for line in text.split("\r\n"):
        if not line:
            continue
        m = RIS_LINE.match(line)
        assert m, repr(line)
        tag, value = m.groups()
        if tag == "TY":
            assert record is None
            record = {}
        assert record is not None, line
        if tag == "ER":
            records.append(record)
            record = None
            continue
        record.setdefault(tag, []).append(value)
    assert record is None
    return records


def test_ris_keeps_each_note_on_its_line(cli, bookmarked):
    records = _ris(cli)
    assert [r["ID"] for r in records] == [["quliyeva2025agdam"], ["ref2019after"], ["velt2021bridges"],
                                          ["velt2021bridgesa"]]
    awkward = records[0]
    assert awkward["TY"] == ["NEWS"] and awkward["T2"] == ["The Evening Ledger"]
    assert awkward["AU"] == ["Quliyeva, Nərmin", "Łukasz, Piotr"]
    assert awkward["TI"] == [" ".join(AWKWARD_TITLE.split())]
    assert (awkward["PY"], awkward["DA"], awkward["Y2"]) == (["2025"], ["2025/11/03/"], ["2026/01/31/"])
    assert len(awkward["N1"]) == 2  # one note per bookmark, in the article's order
    assert awkward["N1"][1].endswith("Note — first line / ER  - not a tag / } a brace left open { / Tags — x_y, 50%")
    assert "AU" not in records[1] and records[1]["DA"] == ["2019/02/07/"]
    assert records[3]["DA"] == ["2021///"]


# --- the command ---------------------------------------------------------------------------------

@pytest.mark.parametrize("form", ["bibtex", "csl-json", "ris"])
def test_output_file_holds_what_stdout_shows(cli, bookmarked, form, tmp_path):
    shown = _export(cli, form)
    target = tmp_path / f"refs.{form}"
    status, out, err = cli("bookmarks", "export", "--format", form, "-o", target)
    assert status == 0 and out == ""
    assert f"exported 4 bookmarks to {target}" in err
    assert target.read_bytes() == shown.encode()


@pytest.mark.parametrize("form", ["bibtex", "csl-json", "ris"])
def test_links_become_notes_on_both_entries(cli, bookmarked, form):
    folder = bookmarked
    assert cli("links", "add", folder / "twin2.txt", folder / "awkward.txt", "--quote-a", "nobody was turned back",
               "--quote-b", "the checkpoint opened")[0] == 0
    status, out, err = cli("bookmarks", "export", "--format", form, "--links")
    assert status == 0, err
    assert out.count("Linked with ") == 2
    assert "Linked with velt2021bridgesa — “nobody was turned back”" in out
    assert "Linked with quliyeva2025agdam — “the checkpoint opened”" in out


def test_no_bookmarks_is_an_empty_file_of_each_format(cli, corpus):
    assert _export(cli, "bibtex") == "" and _export(cli, "ris") == ""
    assert json.loads(_export(cli, "csl-json")) == []


@pytest.mark.parametrize("text, parts", [
    ("2024-05-01T12:00:00Z", (2024, 5, 1)), ("1 May 2024", (2024, 5, 1)), ("Sept. 26, 2019", (2019, 9, 26)),
    ("14 de marzo de 2021", (2021, 3, 14)), ("March 2020", (2020, 3)), ("2024-02-30", (2024, 2)),
    ("0000-00-00", ()), ("1987-13-05", (1987,)), ("2023-02-29", (2023, 2)), ("31 June 2022", (2022, 6)),
    ("yesterday", ()), ("Oct 31", ()),
])
def test_dates_as_articles_write_them(text, parts):
    assert date_parts(text) == parts


@pytest.mark.parametrize("form", ["bibtex", "csl-json", "ris"])
def test_escape_sequences_of_a_note_go_through_the_sanitiser(cli, corpus, form):
    _bookmark(cli, corpus, "twin1.txt", "counted the trucks", "--note",
              "see \x1b]52;c;ZXZpbA==\x07here\u202e and \x1b[31mthere", "--tag", "red\x1b[0m")
    out = _export(cli, form)
    assert "\x1b" not in out and "\u202e" not in out and "\\u202e" not in out and "\\u001b" not in out
    assert "see here and there" in out.replace("\\n", "\n")


@pytest.mark.parametrize("author, title, date, key", [
    ("Søren Ødegård", "On the Grain Routes", "2022-01-05", "odegard2022grain"),
    ("Ольга Петрова", "Grain routes", "2022", "ref2022grain"),  # a name in Cyrillic folds to nothing
    ("", "Ünye’s harbour & the sea", "", "unyes"),
    ("", "", "", "ref"),
])
def test_citation_keys_are_ascii_from_any_script(author, title, date, key):
    from reader.bookmarks.references import Reference, authors, base_key

    assert base_key(Reference(key="", path="x", title=title, authors=authors(author),
                              issued=date_parts(date))) == key


@pytest.mark.parametrize("author, family", [
    ("Beatriz Gómez Quiroga", "gomez"),  # a compound family name: its first word
    ("Gabriel García Márquez", "garcia"),
    ("Mario Vargas Llosa", "vargas"),
    ("José Ortega y Gasset", "ortega"),
    ("Artur da Costa e Silva", "costa"),
    ("Pieter van der Berg", "berg"),  # a particle is left out
    ("Maria da Silva", "silva"),
    ("Ana de la Fuente García", "fuente"),
    ("Luiz Inácio Lula da Silva", "silva"),  # a Portuguese particle is the given names'
    ("Ludwig van Beethoven", "beethoven"),
    ("Valéry Giscard d'Estaing", "destaing"),  # as before: one word
    ("Deniz Kaya", "kaya"),
    ("SUN Wei", "sun"),
])
def test_a_key_takes_the_first_word_of_a_family_name_that_is_no_particle(author, family):
    """A particle left out as biblatex's label leaves it (`useprefix=false`), a compound family
    name by its first word."""
    from reader.bookmarks.references import Reference, authors, base_key

    assert base_key(Reference(key="", path="x", title="Un día", authors=authors(author),
                              issued=(2026,))) == f"{family}2026un"


def test_two_compound_family_names_sharing_a_first_word_get_suffixes():
    from reader.bookmarks.references import Reference, authors, give_keys

    refs = [Reference(key="", path=str(n), title="Un día", authors=authors(name), issued=(2026,))
            for n, name in enumerate(("Beatriz Gómez Quiroga", "Ana Gómez Ruiz", "Jorge Gómez"))]
    give_keys(refs)
    assert [ref.key for ref in refs] == ["gomez2026un", "gomez2026una", "gomez2026unb"]


def test_a_brace_with_its_partner_is_escaped_and_a_lone_one_is_a_command():
    from reader.bookmarks.references import bibtex_value

    assert bibtex_value("a {b} c") == r"a \{b\} c"
    assert bibtex_value("} x {") == r"\textbraceright{} x \textbraceleft{}"
    assert bibtex_value("{{y}") == r"\textbraceleft{}\{y\}"


def test_a_suffixed_key_never_takes_another_articles_key(cli, tmp_path):
    """Two articles keyed `kaya2020port` and one whose own key is `kaya2020porta`: three keys."""
    folder = tmp_path / "ports"
    folder.mkdir()
    entries = [("p1.txt", "Port of call"), ("p2.txt", "Porta Nigra reopens"), ("p3.txt", "Port of entry")]
    for name, title in entries:
        (folder / name).write_text(BODY, encoding="utf-8")
    (folder / "corpus.toml").write_text("".join(
        f'[[article]]\nfile = "{name}"\ntitle = "{title}"\nauthor = "Deniz Kaya"\ndate = "2020"\n\n'
        for name, title in entries), encoding="utf-8")
    for name, _ in entries:
        _bookmark(cli, folder, name, "counted the trucks")
    assert [item["id"] for item in json.loads(_export(cli, "csl-json"))] == [
        "kaya2020port", "kaya2020porta", "kaya2020portb"]


def test_many_articles_sharing_a_key_are_keyed_in_linear_time():
    """6,000 articles of one author, year and first title word (a feed's "Update"s; the key with
    no metadata at all, `ref`, alike): each takes the next suffix, not a search from "" again
    (before: 5 s for 4,000, growing with the square)."""
    from reader.bookmarks.references import Reference, authors, give_keys

    for author, title in (("Lena Brandt", "Update on the dam"), ("", "")):
        refs = [Reference(key="", path=str(n), title=title, authors=authors(author), issued=(2024,))
                for n in range(6000)]
        started = time.perf_counter()
        give_keys(refs)
        assert time.perf_counter() - started < 1
        keys = [ref.key for ref in refs]
        assert len(set(keys)) == len(keys) and keys[:3] == [keys[0], keys[0] + "a", keys[0] + "b"]
        assert keys[-1] == keys[0] + "hvs"  # the 5,999th suffix


def test_a_carriage_return_in_a_note_parts_its_lines_as_a_line_break_does():
    from reader.bookmarks.references import clean_text

    assert clean_text("line one\rER  - two\r\nthree") == "line one\nER  - two\nthree"


# --- what a reference manager reads into an entry --------------------------------------------------

# Zotero's reading of Extra (a CSL JSON note), as its source writes it: any line "key: value" whose
# key names a field is taken out of the note as that field; citeproc-js reads the first lines so
# written, and `{:key: value}`. The test holds both patterns, as wide as either reader.
ZOTERO_EXTRA_FIELD = re.compile(r"^([a-z][a-z -_]+):(.+)", re.IGNORECASE)
CITEPROC_NOTE_FIELD = re.compile(r"^([\-_a-z]+|[A-Z]+):\s*([^}]+)$")


def _read_as_fields(note: str) -> list[str]:
    return [line for line in note.splitlines()
            if ZOTERO_EXTRA_FIELD.match(line) or CITEPROC_NOTE_FIELD.match(line) or "{:" in line]


@pytest.mark.parametrize("note", [
    "Source: the ministry\nDOI: 10.1/xyz\npublisher: a rival paper",
    "Seen twice.\nPlace: the northern crossing\n{:original-date: 1999}",
    "Author: someone else\nURL: https://elsewhere.example/",
])
def test_a_note_written_as_key_value_lines_is_never_read_as_fields(cli, corpus, note):
    """"Source: the ministry" is what the user wrote, not a field of the entry: in every format,
    no line of the notes a reader takes as a field, and the user's words stay whole."""
    _bookmark(cli, corpus, "twin1.txt", "counted the trucks", "--note", note, "--tag", "Publisher: x")
    (item,) = json.loads(_export(cli, "csl-json"))
    assert _read_as_fields(item["note"]) == []
    for line in note.splitlines():
        assert line.replace("{:", "{ :") in item["note"]
    for form in ("bibtex", "ris"):
        out = _export(cli, form)
        assert "\nSource: " not in out and "\nPlace: " not in out and "\nAuthor: " not in out
        assert "{:" not in out


# --- names -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("byline, csl", [
    ("Martin Luther King Jr.", [{"family": "King", "given": "Martin Luther", "suffix": "Jr."}]),
    ("Oren Halloway, Jr.", [{"family": "Halloway", "given": "Oren", "suffix": "Jr."}]),
    ("Tomas Brandl III and Vera Ostrova", [{"family": "Brandl", "given": "Tomas", "suffix": "III"},
                                           {"family": "Ostrova", "given": "Vera"}]),
    # a particle before the family name in a part of its own, each style setting it as it says
    ("Lucía de la Cruz", [{"family": "Cruz", "given": "Lucía", "non-dropping-particle": "de la"}]),
    ("Pieter van der Berg", [{"family": "Berg", "given": "Pieter", "non-dropping-particle": "van der"}]),
    ("Simone de Beauvoir and Vasco da Gama", [{"family": "Beauvoir", "given": "Simone", "non-dropping-particle": "de"},
                                              {"family": "Gama", "given": "Vasco", "non-dropping-particle": "da"}]),
    ("de Beauvoir, Simone", [{"family": "Beauvoir", "given": "Simone", "non-dropping-particle": "de"}]),
    ("SUN Wei", [{"family": "SUN", "given": "Wei"}]),
    ("Kaito Ii", [{"family": "Ii", "given": "Kaito"}]),  # a family name that reads as a suffix
    ("Vera Iv and Tomas Brandl", [{"family": "Iv", "given": "Vera"}, {"family": "Brandl", "given": "Tomas"}]),
    ("Reuters", [{"literal": "Reuters"}]),
    ("Staff and agencies", [{"literal": "Staff and agencies"}]),
    ("The Editorial Board", [{"literal": "The Editorial Board"}]),
    ("Harbour Post staff and agencies", [{"literal": "Harbour Post staff and agencies"}]),
    # a body that signs a statement or a bulletin, in the languages bylines come in
    ("Verband Chemie Nord", [{"literal": "Verband Chemie Nord"}]),
    ("Halvorsen Chemie GmbH", [{"literal": "Halvorsen Chemie GmbH"}]),
    ("Chemical Industries Association", [{"literal": "Chemical Industries Association"}]),
    ("Associação Brasileira de Imprensa", [{"literal": "Associação Brasileira de Imprensa"}]),
    ("Valley Wire and Mira Holt", [{"literal": "Valley Wire"}, {"family": "Holt", "given": "Mira"}]),
    ("Ana Petrov, PhD", [{"family": "Petrov", "given": "Ana"}]),  # a degree is no second author
    ("Ivo Marek, M.D., and Lena Brusk", [{"family": "Marek", "given": "Ivo"}, {"family": "Brusk", "given": "Lena"}]),
    ("Ana María de la Fuente", [{"family": "Fuente", "given": "Ana María", "non-dropping-particle": "de la"}]),
    # a lower-case word that is no particle is a phrase's: an organisation's name, whole
    ("Plataforma en Defensa del Río Duero", [{"literal": "Plataforma en Defensa del Río Duero"}]),
    ("Ligue des droits de l'Homme", [{"literal": "Ligue des droits de l'Homme"}]),
    # ... while a particle elided or hyphened to the name after it is a person's
    ("Valéry Giscard d'Estaing", [{"family": "d'Estaing", "given": "Valéry Giscard"}]),
    ("Hassan al-Turabi", [{"family": "al-Turabi", "given": "Hassan"}]),
    ("Maria do Carmo Alves", [{"family": "Alves", "given": "Maria do Carmo"}]),
    # "y" (Catalan "i") joins two family names into one
    ("José Luis Ortega y Gasset", [{"family": "Ortega y Gasset", "given": "José Luis"}]),
    ("Josep Puig i Cadafalch", [{"family": "Puig i Cadafalch", "given": "Josep"}]),
    # initials in capitals are a given name, never a family name written first
    ("JR Smith", [{"family": "Smith", "given": "JR"}]),
    ("TK Varga and D.L. Ormond", [{"family": "Varga", "given": "TK"}, {"family": "Ormond", "given": "D.L."}]),
    ("J.-P. Morel", [{"family": "Morel", "given": "J.-P."}]),
    ("NAGY Orsolya", [{"family": "NAGY", "given": "Orsolya"}]),  # a family name in capitals, first
    # two capitals with a vowel: initials before a name of any other form, so Given Family
    ("AJ Rowe", [{"family": "Rowe", "given": "AJ"}]),
    ("EL Whitford and OA Brennan", [{"family": "Whitford", "given": "EL"}, {"family": "Brennan", "given": "OA"}]),
    ("LI Wei", [{"literal": "LI Wei"}]),  # before Chinese romanisation: initials, or a family name
    # a hyphened given name written last: the family name came first
    ("Seo Ha-eun", [{"family": "Seo", "given": "Ha-eun"}]),
    ("Ying-hua Lo", [{"family": "Lo", "given": "Ying-hua"}]),
    # Chinese romanisation: family first or last, the letters do not say; a family name at both
    # ends ("Wei", "Lin" are family names too) leaves it open, so the name stays whole
    ("Sun Wei", [{"literal": "Sun Wei"}]),
    ("Gao Lin and Wei Sun", [{"literal": "Gao Lin"}, {"literal": "Wei Sun"}]),
    ("Xi Jinping and Lü Wei", [{"literal": "Xi Jinping"}, {"literal": "Lü Wei"}]),  # neither end; both ("Lü" is one)
    ("Hugo Chen", [{"family": "Chen", "given": "Hugo"}]),
    # a family name at one end only tells the order: a given name first in an English byline
    ("Dan Chen and Mia Zhao", [{"family": "Chen", "given": "Dan"}, {"family": "Zhao", "given": "Mia"}]),
    ("Xiaoming Zhou and Jiaqi Lin", [{"family": "Zhou", "given": "Xiaoming"}, {"family": "Lin", "given": "Jiaqi"}]),
    # or the family name first, of one syllable or two ("Ouyang", "Zhuge")
    ("Zhou Xiaoming and Li Na", [{"family": "Zhou", "given": "Xiaoming"}, {"family": "Li", "given": "Na"}]),
    ("Ouyang Xiu and Zhuge Ming", [{"family": "Ouyang", "given": "Xiu"}, {"family": "Zhuge", "given": "Ming"}]),
    # an English given name of two syllables a Chinese one could spell: a byline in English, split
    ("Anna Li and Lena Zhao", [{"family": "Li", "given": "Anna"}, {"family": "Zhao", "given": "Lena"}]),
    ("Karen Wu and Susan Chen", [{"family": "Wu", "given": "Karen"}, {"family": "Chen", "given": "Susan"}]),
    ("Dena Shu", [{"family": "Shu", "given": "Dena"}]),
    # Vietnamese spelling: the family name first ("ng", "tr", "ph", a final "m"… only Vietnamese
    # spells); written abroad, given name first, it is split as usual; spelled so at both ends, whole
    ("Nguyen Van An", [{"family": "Nguyen", "given": "Van An"}]),
    ("Tran Thi Mai and Đặng Văn Long", [{"family": "Tran", "given": "Thi Mai"}, {"family": "Đặng", "given": "Văn Long"}]),
    ("Bao Van Nguyen", [{"family": "Nguyen", "given": "Bao Van"}]),
    ("Pham Minh Chinh", [{"literal": "Pham Minh Chinh"}]),
    ("Tom Lee Ho", [{"family": "Ho", "given": "Tom Lee"}]),
    # neither end spelled as only Vietnamese spells, but Vietnamese by a middle name ("Van", "Thi")
    # or a final ("Thanh"): a family name first at home ("Le Van An", "Ho Thi Lan") or a given
    # name first abroad ("Thanh Van Le"), the letters do not say, so whole
    ("Le Van An and Ho Thi Lan", [{"literal": "Le Van An"}, {"literal": "Ho Thi Lan"}]),
    ("Thanh Van Le and Dao Thi Hoa", [{"literal": "Thanh Van Le"}, {"literal": "Dao Thi Hoa"}]),
    # without either, words Vietnamese shares with English ("Pam", "Sam", "Kim"): split as usual
    ("Pam Sue Chan and Sam Li Chen", [{"family": "Chan", "given": "Pam Sue"}, {"family": "Chen", "given": "Sam Li"}]),
    ("Kim Mai Ho", [{"family": "Ho", "given": "Kim Mai"}]),
    ("Tam Mai Lam and Kim Le Ho", [{"family": "Lam", "given": "Tam Mai"}, {"family": "Ho", "given": "Kim Le"}]),
    ("Ngo Thi Lan", [{"family": "Ngo", "given": "Thi Lan"}]),
    # Hungarian's accents: family first at home, last abroad, told by a given name at one end
    ("Orbán Viktor and Viktor Orbán", [{"family": "Orbán", "given": "Viktor"}, {"family": "Orbán", "given": "Viktor"}]),
    ("Nagy Péter and Kovács Anna Mária", [{"family": "Nagy", "given": "Péter"}, {"family": "Kovács", "given": "Anna Mária"}]),
    ("Erzsébet Tóth and Ildikó Győri", [{"family": "Tóth", "given": "Erzsébet"}, {"family": "Győri", "given": "Ildikó"}]),
    ("SZABÓ ZSÓFIA", [{"family": "SZABÓ", "given": "ZSÓFIA"}]),
    # a given name at both ends or neither, in Hungarian spelling ("gy", "cs", "zs", "ő", "ű"): whole
    ("Balázs Béla and Győri Kovács", [{"literal": "Balázs Béla"}, {"literal": "Győri Kovács"}]),
    # accents without that spelling or such a given name tell nothing: split as usual; a given
    # name is Hungarian as Hungarian spells it ("Dávid"), not a French family name ("David")
    ("José Martín", [{"family": "Martín", "given": "José"}]),
    ("Hélène David and Jérôme Robert", [{"family": "David", "given": "Hélène"}, {"family": "Robert", "given": "Jérôme"}]),
    # nor one other languages write alike, ending a Spanish or French byline as its family name
    ("José Barbara and Renée Rita", [{"family": "Barbara", "given": "José"}, {"family": "Rita", "given": "Renée"}]),
    # those letters without Hungarian's accents are an English byline's: split as usual
    ("Peggy Marlow and Ivo McSorley", [{"family": "Marlow", "given": "Peggy"}, {"family": "McSorley", "given": "Ivo"}]),
    ("Tina Gyles and Peter Nagy", [{"family": "Gyles", "given": "Tina"}, {"family": "Nagy", "given": "Peter"}]),
    # Spanish two family names, filed under the first; Portuguese under the last, as written
    ("Lucía García Márquez and Javier Gómez de Liaño",
     [{"family": "García Márquez", "given": "Lucía"}, {"family": "Gómez de Liaño", "given": "Javier"}]),
    ("Luiz Inácio Lula da Silva", [{"family": "Silva", "given": "Luiz Inácio Lula", "dropping-particle": "da"}]),
    # written "Family, Given": one author in every format, its family name as the comma parts it
    ("Gómez Quiroga, Beatriz", [{"family": "Gómez Quiroga", "given": "Beatriz"}]),
    ("Smith, J. and Ochoa Ríos, Ana María", [{"family": "Smith", "given": "J."},
                                              {"family": "Ochoa Ríos", "given": "Ana María"}]),
    # a family name that is also a newsroom's word ("Associated Press"): whole, never split wrong
    ("Eyal Press", [{"literal": "Eyal Press"}]),
    ("Dana Desk and Mira Holt", [{"literal": "Dana Desk"}, {"family": "Holt", "given": "Mira"}]),
])
def test_names_a_reference_manager_reads_as_written(cli, corpus, byline, csl):
    """A suffix is no one's family name, a particle belongs to it, and an organisation is one
    literal name in every format: never "Board, The Editorial" nor two authors "Staff" and
    "agencies"."""
    manifest = corpus / "corpus.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('author = "Mara Velt, Ion Drago"',
                                                                     f"author = {_toml(byline)}"), encoding="utf-8")
    _bookmark(cli, corpus, "twin1.txt", "counted the trucks")
    (item,) = json.loads(_export(cli, "csl-json"))
    assert item["author"] == csl
    (entry,) = _bibtex(cli).values()
    people = [name for name in csl if "literal" not in name]
    for name in csl:
        if "literal" in name:  # braced whole, so BibTeX splits neither its words nor its "and"
            assert "{" + name["literal"] + "}" in _export(cli, "bibtex")
    for name in people:
        family, given = _whole_parts(name)
        assert ", ".join(p for p in (family, name.get("suffix"), given) if p) in entry["author"]
    (record,) = _ris(cli)
    assert record["AU"] == [n.get("literal") or ", ".join(p for p in (*_whole_parts(n), n.get("suffix")) if p)
                            for n in csl]


def _whole_parts(name: dict) -> tuple[str, str]:
    """The family name with its particle before it, the given names with theirs after them: as
    BibTeX ("de Beauvoir, Simone": its von part) and RIS write them."""
    return (" ".join(p for p in (name.get("non-dropping-particle"), name["family"]) if p),
            " ".join(p for p in (name["given"], name.get("dropping-particle")) if p))


@pytest.mark.parametrize("name, expected", [
    # Spanish and Catalan: the leading given names, then both family names
    ("Lucía García Márquez", "García Márquez, Lucía"),
    ("Gabriel García Márquez", "García Márquez, Gabriel"),
    ("Javier Gómez de Liaño", "Gómez de Liaño, Javier"),
    ("José Luis Rodríguez Zapatero", "Rodríguez Zapatero, José Luis"),
    ("Ángela Núñez Ibarra", "Núñez Ibarra, Ángela"),
    ("Salvador Dalí i Domènech", "Dalí i Domènech, Salvador"),
    ("Jordi Puig i Cadafalch", "Puig i Cadafalch, Jordi"),
    ("Rocío Vela y Ortega", "Vela y Ortega, Rocío"),
    ("José de San Martín", "de San Martín, José"),
    ("María del Carmen Ruiz Peña", "Ruiz Peña, María del Carmen"),
    ("Carlos Pérez Toledo Jr.", "Pérez Toledo, Carlos, Jr."),
    # a family name that is a given name too counts as given only first ("Martín", "Cruz")
    ("Martín Ocampo Lería", "Ocampo Lería, Martín"),
    ("Inés Martín Ocaña", "Martín Ocaña, Inés"),
    ("Juan de la Cruz", "de la Cruz, Juan"),
    # unchanged where the split was right already
    ("María José de la Fuente", "de la Fuente, María José"),
    ("Ana de Armas", "de Armas, Ana"),
    ("José Martín", "Martín, José"),
    # Portuguese files under the last family name, particle and all
    ("Luiz Inácio Lula da Silva", "Silva, Luiz Inácio Lula da"),
    ("Luís de Sousa Lobo", "Lobo, Luís de Sousa"),
    ("Maria Costa e Silva", "Costa e Silva, Maria"),  # two family names a conjunction joins
    ("João Pedro Sousa Santos", "Santos, João Pedro Sousa"),
    ("Ana Paula dos Reis Moura", "Moura, Ana Paula dos Reis"),
    # without accents or particles: Spanish given names, their accents set aside, then a Spanish
    # family name by its patronymic's form ("-ez") or one of the commonest ("Ruiz", "Muñoz" among them)
    ("Mario Vargas Llosa", "Vargas Llosa, Mario"),
    ("Gabriel Garcia Marquez", "Garcia Marquez, Gabriel"),
    ("Jose Luis Rodriguez Zapatero", "Rodriguez Zapatero, Jose Luis"),
    ("Ana Ruiz Olmedo", "Ruiz Olmedo, Ana"),
    ("Camila Munoz Etxeberria", "Munoz Etxeberria, Camila"),
    # an English middle name is no Spanish family name; an English given name no Spanish one
    ("John Paul Jones", "Jones, John Paul"),
    ("David Foster Wallace", "Wallace, David Foster"),
    ("Laura Ingalls Wilder", "Wilder, Laura Ingalls"),
    ("Sara Lopez Whitfield", "Lopez Whitfield, Sara"),  # what no letter tells: read as Spanish
    ("Mario Luigi Rossi", "Rossi, Mario Luigi"),
    ("Fernando Henrique Cardoso", "Cardoso, Fernando Henrique"),  # Portuguese given names: no family name
    ("Peter Sanchez Lloyd", "Lloyd, Peter Sanchez"),  # no Spanish given name first
    # an Arabic, Urdu or Portuguese name ending as a few Spanish ones do ("-az", "-iz", "-oz")
    ("Daniel Riaz Khan", "Khan, Daniel Riaz"),
    ("Sara Nawaz Sharif", "Sharif, Sara Nawaz"),
    ("Fernanda Queiroz Lima", "Lima, Fernanda Queiroz"),
    ("Ana Diniz Costa", "Costa, Ana Diniz"),
    ("Luz Diaz", "Diaz, Luz"),
    # no given name first, or no mark of the languages: split as before
    ("Tomasz García Lindqvist", "Lindqvist, Tomasz García"),
    ("Daniel Craig Morton", "Morton, Daniel Craig"),
    ("Hélène David Roux", "Roux, Hélène David"),
    ("Erzsébet Tóth", "Tóth, Erzsébet"),
    ("Orbán Viktor", "Orbán, Viktor"),
    ("Gabriel Rosa", "Rosa, Gabriel"),
    # "da" is Italian's particle too, set with the family name ("Da Ponte", "da Vinci"): it goes
    # with the given names only where the name's marks or another particle tell Portuguese
    ("Leonardo da Vinci", "da Vinci, Leonardo"),
    ("Giuliano da Empoli", "da Empoli, Giuliano"),
    ("Niccolò da Uzzano", "da Uzzano, Niccolò"),
    ("Gonçalo da Costa", "Costa, Gonçalo da"),
    ("Ana Paula da Silva dos Santos", "Santos, Ana Paula da Silva dos"),
    # Hungarian typed without its accents: a given name Hungarian writes with none, last, tells the
    # order; one it writes with accents ("Peter") is other languages' too, and an English byline
    # ends on its family name ("Larry David", "Cliff Richard")
    ("Orban Viktor", "Orban, Viktor"),
    ("Kovacs Zsolt", "Kovacs, Zsolt"),
    ("Viktor Orban", "Orban, Viktor"),
    ("Peter Nagy", "Nagy, Peter"),
    ("Jozsef Antal", "Antal, Jozsef"),  # a given name first, its accent gone: "Antal" is a family name too
    ("Larry David", "David, Larry"),
    # a letter and its mark typed apart (NFD) are the letter: the names' rules read it
    ("L\u0075\u0308 Xiaoming", "L\u0075\u0308, Xiaoming"),
    ("Orba\u0301n Viktor", "Orba\u0301n, Viktor"),
    ("Luci\u0301a Garci\u0301a Ma\u0301rquez", "Garci\u0301a Ma\u0301rquez, Luci\u0301a"),
])
def test_spanish_names_filed_under_the_first_family_name(name, expected):
    assert inverted(name) == expected


@pytest.mark.parametrize("byline, names", [
    # a name written "Family, Given": one author, its comma telling the family name from the given
    ("Gómez Quiroga, Beatriz", ["Gómez Quiroga, Beatriz"]),
    ("Gomez Quiroga, Beatriz", ["Gomez Quiroga, Beatriz"]),
    ("Kovács, Eszter; Nagy, Péter", ["Kovács, Eszter", "Nagy, Péter"]),
    ("Smith, J. and Jones, K. L.", ["Smith, J.", "Jones, K. L."]),
    ("Smith, J., Jones, K. and Brown, L.", ["Smith, J.", "Jones, K.", "Brown, L."]),
    ("Smith, John A.", ["Smith, John A."]),  # a whole name never ends on an initial
    ("van der Berg, Pieter", ["van der Berg, Pieter"]),  # nor opens on a particle
    ("Ó Briain, Siobhán and Nic Aoidh, Róisín", ["Ó Briain, Siobhán", "Nic Aoidh, Róisín"]),
    ("Van Morrison, Ana Ruiz", ["Van Morrison", "Ana Ruiz"]),  # ("Van", "Ben", "Al" are given names too)
    ("Zhang, Wei and Ouyang, Xiu", ["Zhang, Wei", "Ouyang, Xiu"]),
    ("King, Martin L., Jr.", ["King, Martin L. Jr."]),
    # a list of authors: whole names, or lone family names, between the commas
    ("Ana Pérez, Luis Gómez and Eva Ruiz", ["Ana Pérez", "Luis Gómez", "Eva Ruiz"]),
    ("Smith, Jones and Brown", ["Smith", "Jones", "Brown"]),
    ("Mara Velt, Ion Drago", ["Mara Velt", "Ion Drago"]),
    ("Jane Smith, Reuters", ["Jane Smith", "Reuters"]),
    ("The Editorial Board, Ana", ["The Editorial Board", "Ana"]),
    # a given name after a comma beside whole names is a list's, not a name written in reverse
    ("Ana Pérez, Beatriz and Luis Gómez", ["Ana Pérez", "Beatriz", "Luis Gómez"]),
    # what no list here tells: split as a list ("Reuters, Bloomberg" reads alike)
    ("Smith, John", ["Smith", "John"]),
])
def test_a_name_written_family_first_with_a_comma_is_one_author(byline, names):
    from reader.bookmarks.references import authors

    assert list(authors(byline)) == names


@pytest.mark.parametrize("name, expected", [
    ("Gómez Quiroga, Beatriz", "Gómez Quiroga, Beatriz"),
    ("Vargas Llosa, Mario", "Vargas Llosa, Mario"),
    ("Smith, John A.", "Smith, John A."),
    ("King, Martin L. Jr.", "King, Martin L., Jr."),
])
def test_a_name_written_family_first_keeps_its_parts(name, expected):
    assert inverted(name) == expected


@pytest.mark.parametrize("name, expected, key", [
    # a particle written with a capital is the family name's, filed under it
    ("Maria Grazia De Luca", "De Luca, Maria Grazia", "deluca"),
    ("Pádraig Ó Súilleabháin", "Ó Súilleabháin, Pádraig", "osuilleabhain"),
    ("Aoife Nic Dhonnchadha", "Nic Dhonnchadha, Aoife", "nicdhonnchadha"),
    ("Mohammed Abdel Rahman", "Abdel Rahman, Mohammed", "abdelrahman"),
    ("Tahar Ben Jelloun", "Ben Jelloun, Tahar", "benjelloun"),
    ("Dick Van Dyke", "Van Dyke, Dick", "vandyke"),
    ("Ursula Von Der Leyen", "Von Der Leyen, Ursula", "vonderleyen"),
    ("Jean de La Fontaine", "de La Fontaine, Jean", "lafontaine"),  # "de" left out of the key, as biblatex
    ("Eva St. Clair", "St. Clair, Eva", "stclair"),
    # the first word is a given name whatever it is; "Van" among Vietnamese syllables is Văn
    ("Ben Smith", "Smith, Ben", "smith"),
    ("Bao Van Nguyen", "Nguyen, Bao Van", "nguyen"),
    ("Anh Van Tran", "Tran, Anh Van", "tran"),
])
def test_a_particle_with_a_capital_goes_with_the_family_name(name, expected, key):
    from reader.bookmarks.references import Reference, base_key

    assert inverted(name) == expected
    assert base_key(Reference(key="", path="x", title="Un día", authors=(name,), issued=(2026,))) == f"{key}2026un"
