"""`counterpoint map` through the installed entry point, in every format."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from claims_fixture import EXPECTED


def test_json_shape(counterpoint, three):
    out = counterpoint("map", str(three), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [a["id"] for a in data["articles"]] == ["a", "b", "c"]
    assert [a["side"] for a in data["articles"]] == ["city hall", "opposition", "opposition"]
    # what a citation needs, as `counterpoint list` gives it ("" when the article does not say)
    assert all({"author", "outlet", "date", "url"} <= set(a) for a in data["articles"])
    assert len(data["claims"]) == len(EXPECTED)
    first = data["claims"][0]
    assert set(first) >= {"id", "label", "passages", "sides"} and first["id"] == 1
    assert first["sides"] == {"city hall": {"told": 1, "articles": 1}, "opposition": {"told": 2, "articles": 2}}
    texts = {a["id"]: Path(a["path"]).read_text(encoding="utf-8") for a in data["articles"]}
    for p in first["passages"]:
        assert set(p) == {"article", "index", "start", "end"}
        assert p["index"] >= 1  # 0-based, and passage 0 of each is its title
        assert texts[p["article"]][p["start"] : p["end"]].split()[0] in {"The", "A", "Four"}


def test_table_markdown_and_csv(counterpoint, three):
    table = counterpoint("map", str(three))
    assert table.returncode == 0, table.stderr
    assert "4 claims across 3 articles (2 sides)" in table.stdout
    assert "city hall: 1 Harbour Bridge falls after ship strike" in table.stdout
    assert "✓" in table.stdout and "◌" in table.stdout

    md = counterpoint("map", str(three), "--format", "markdown").stdout
    rows = [line for line in md.splitlines() if line.startswith("| ")]
    assert rows[0] == "| # | claim | 1 | 2 | 3 | sides |"
    assert len(rows) == 1 + len(EXPECTED)
    assert rows[1].endswith("| ✓ ¶2 | ✓ ¶2 | ✓ ¶2 | 2/2 |")  # 1-based: the first paragraph after the title

    sheet = list(csv.reader(io.StringIO(counterpoint("map", str(three), "--format", "csv").stdout)))
    assert sheet[0][:3] == ["id", "label", "terms"]
    assert sheet[0][3:] == ["city hall | Harbour Bridge falls after ship strike",
                            "opposition | Freighter brings down Harbour Bridge",
                            "opposition | Four dead as bridge collapses", "side: city hall", "side: opposition"]
    assert len(sheet) == 1 + len(EXPECTED)
    assert sheet[1][3:] == ["2", "2", "2", "1", "2"]


def test_articles_sharing_a_title_are_told_apart_by_file_name(counterpoint, tmp_path):
    from claims_fixture import ARTICLES, MANIFEST, write_corpus

    b_title = ARTICLES["b.txt"].split("\n", 1)[0]
    same = {**ARTICLES, "c.txt": ARTICLES["c.txt"].replace("Four dead as bridge collapses", b_title, 1)}
    folder = write_corpus(tmp_path / "story", same, MANIFEST)
    names = [f"{b_title} (b.txt)", f"{b_title} (c.txt)"]

    table = counterpoint("map", str(folder)).stdout
    assert f"opposition: 2 {names[0]}; 3 {names[1]}" in table
    md = counterpoint("map", str(folder), "--format", "markdown").stdout
    assert f"- **opposition**: 2 {names[0]}; 3 {names[1]}" in md
    sheet = list(csv.reader(io.StringIO(counterpoint("map", str(folder), "--format", "csv").stdout)))
    assert sheet[0][4:6] == [f"opposition | {name}" for name in names]
    articles = json.loads(counterpoint("map", str(folder), "--format", "json").stdout)["articles"]
    assert [a["title"] for a in articles[1:]] == [b_title, b_title]  # the field keeps the title itself
    assert [a["name"] for a in articles] == ["Harbour Bridge falls after ship strike", *names]


def test_second_run_reads_the_stored_map(counterpoint, three):
    first = counterpoint("map", str(three), "--format", "json")
    second = counterpoint("map", str(three), "--format", "json")
    assert first.stdout == second.stdout
    assert list((Path(os.environ["COUNTERPOINT_DATA_DIR"]) / "claims").glob("*.json"))


def test_user_mistakes_are_one_line_and_status_2(counterpoint, three, tmp_path):
    for args in (("map", str(three / "a.txt")), ("map", str(tmp_path / "missing")),
                 ("map", str(three), "--format", "yaml")):
        out = counterpoint(*args)
        assert out.returncode == 2 and out.stdout == ""
        assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_hostile_text_never_reaches_the_terminal(counterpoint, tmp_path):
    told = "The \x1b[31mharbour\x1b]0;pwn\x07 bridge \u202ecollapsed after the freighter Meridian struck it."
    (tmp_path / "x.txt").write_text(told + "\n\nUnrelated gardens bloom.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("The harbour bridge collapsed after the freighter Meridian struck it.\n", encoding="utf-8")
    for fmt in ("table", "markdown", "csv", "json"):
        out = counterpoint("map", str(tmp_path), "--format", fmt)
        assert out.returncode == 0, out.stderr
        assert "\x1b" not in out.stdout and "\u202e" not in out.stdout and "\x07" not in out.stdout
    claims = json.loads(counterpoint("map", str(tmp_path), "--format", "json").stdout)["claims"]
    assert [sorted(p["article"] for p in c["passages"]) for c in claims] == [["x", "y"]]


def test_a_narrow_table_folds_articles_into_sides(tmp_path):
    from claims_fixture import ARTICLES
    from rich.console import Console

    from reader.align import Glossary
    from reader.claims import build
    from reader.cli.map import print_table
    from reader.corpus import load_paths

    for copy in range(5):
        for name, text in ARTICLES.items():
            (tmp_path / f"{copy}{name}").write_text(text, encoding="utf-8")
    claim_map = build(load_paths([tmp_path]).articles, Glossary())

    def shown(width: int) -> str:
        buffer = io.StringIO()
        print_table(claim_map, Console(file=buffer, width=width, markup=False, highlight=False))
        return buffer.getvalue()

    wide = shown(200)
    assert "│ ✓ │" in wide and "Too many articles" not in wide
    narrow = shown(60)
    assert "Too many articles for 60 columns" in narrow
    assert "15/15" in narrow and "✓" not in narrow
    assert max(len(line) for line in narrow.splitlines()) <= 60


def test_sort_and_omitted_keep_the_maps_ids(counterpoint, three):
    def claims(*flags):
        out = counterpoint("map", str(three), "--format", "json", *flags)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)["claims"]

    everything = claims()
    assert [c["id"] for c in everything] == [1, 2, 3, 4]
    firsts = claims("--sort", "first")
    assert sorted(c["id"] for c in firsts) == [1, 2, 3, 4]
    starts = [(p["article"], p["index"]) for c in firsts for p in c["passages"][:1]]
    assert starts == sorted(starts)
    (only,) = claims("--omitted")  # city hall says nothing of the insurers
    assert only["sides"]["city hall"]["told"] == 0 and only["label"].startswith("Shipping insurers")
    assert claims("--sort", "imbalance", "--omitted") == [only]


def test_a_table_of_a_hundred_articles_is_per_article_only_where_it_fits(tmp_path):
    """Column numbers of two and three digits make the table wider than one of single digits:
    the table chooses a column per article only when all of them fit beside a readable label;
    it never squeezes the label column away or cuts the numbers."""
    from claims_fixture import ARTICLES
    from rich.console import Console

    from reader.align import Glossary
    from reader.claims import build
    from reader.cli.map import print_table
    from reader.corpus import load_paths

    for copy in range(40):
        for name, text in ARTICLES.items():
            (tmp_path / f"{copy:02d}{name}").write_text(text, encoding="utf-8")
    claim_map = build(load_paths([tmp_path]).articles, Glossary())
    assert len(claim_map.articles) == 120 and claim_map.claims
    for width in range(400, 801, 40):
        buffer = io.StringIO()
        print_table(claim_map, Console(file=buffer, width=width, markup=False, highlight=False))
        lines = buffer.getvalue().splitlines()
        assert max(len(line) for line in lines) <= width
        header = next(line for line in lines if line.startswith("┃"))
        cells = [cell.strip() for cell in header.strip("┃").split("┃")]
        label = header.split("┃")[2]
        assert len(label) >= 24 + 2, (width, header[:80])  # the label column keeps its minimum
        if "Too many articles" not in buffer.getvalue():
            assert cells[2:-1] == [str(n) for n in range(1, 121)], (width, header[:80])


def test_one_claim_is_not_claims(tmp_path):
    from rich.console import Console

    from reader.claims import build
    from reader.cli.map import markdown_text, print_table
    from reader.corpus import load_paths

    for name, other in (("a.txt", "Farmers counted their losses."), ("b.txt", "A match drew a record crowd.")):
        (tmp_path / name).write_text("The harbour bridge collapsed on Tuesday after the freighter Meridian struck "
                                     f"its northern pier.\n\n{other}\n", encoding="utf-8")
    claim_map = build(load_paths([tmp_path]).articles)
    assert len(claim_map.claims) == 1
    assert markdown_text(claim_map).startswith("# Claim map: 1 claim across 2 articles\n")
    buffer = io.StringIO()
    print_table(claim_map, Console(file=buffer, width=100, markup=False, highlight=False))
    assert buffer.getvalue().startswith("1 claim across 2 articles (1 side)\n")


def test_an_empty_article_is_named_not_passed_over(counterpoint, three, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n", encoding="utf-8")
    out = counterpoint("map", *sorted(str(p) for p in three.glob("*.txt")), str(empty), "--format", "json")
    assert out.returncode == 0, out.stderr
    assert "empty.txt: holds no text" in out.stderr


def test_json_articles_carry_what_a_citation_needs(counterpoint, tmp_path):
    from claims_fixture import ARTICLES, MANIFEST, write_corpus

    manifest = MANIFEST.replace('file = "a.txt"\n', 'file = "a.txt"\nauthor = "R. Writer"\noutlet = "The Courier"\n'
                                'date = "2026-03-14"\nurl = "https://courier.example/bridge"\n', 1)
    folder = write_corpus(tmp_path / "story", ARTICLES, manifest)
    first = json.loads(counterpoint("map", str(folder), "--format", "json").stdout)["articles"][0]
    assert (first["author"], first["outlet"], first["date"], first["url"]) == (
        "R. Writer", "The Courier", "2026-03-14", "https://courier.example/bridge")


def test_the_legend_sets_the_side_in_bold_not_its_articles(three):
    """A legend line is "side: 1 title; 2 title": the side stands out, the titles read as text."""
    from rich.console import Console
    from rich.text import Text

    from reader.claims import build
    from reader.cli.map import print_table
    from reader.corpus import load_paths

    buffer = io.StringIO()
    print_table(build(load_paths([three]).articles),
                Console(file=buffer, width=200, force_terminal=True, color_system="standard", highlight=False))
    legend = [line for line in buffer.getvalue().splitlines() if "city hall:" in line or "opposition:" in line]
    assert len(legend) == 2
    for line in legend:
        text = Text.from_ansi(line)
        side = text.plain.index(": ") + 2  # "city hall: "
        bold = [(span.start, span.end) for span in text.spans if "bold" in str(span.style)]
        assert bold == [(0, side)], repr(line)


def test_the_same_text_twice_is_counted_twice_and_said(counterpoint, three):
    """A copied file makes every claim of its text look told twice: the map still counts each
    copy (a republished story may be meant) but says so, one line naming the files."""
    for copy in ("copy.txt", "copy2.txt"):
        (three / copy).write_text((three / "b.txt").read_text(encoding="utf-8"), encoding="utf-8")
    out = counterpoint("map", str(three), "--format", "csv")
    assert out.returncode == 0, out.stderr
    (line,) = out.stderr.splitlines()  # one line for the three copies of one text
    assert line.startswith("counterpoint: warning: ") and "b.txt" in line
    assert "copy.txt" in line and "copy2.txt" in line
    assert counterpoint("map", str(three / "a.txt"), str(three / "b.txt")).stderr == ""


@pytest.mark.parametrize("width, label", [(60, 10), (80, 24), (100, 24)])
def test_folded_the_label_keeps_a_readable_width_beside_the_sides(tmp_path, width, label):
    """Folded into one column per side, the table gives each side's column what its counts
    need and its name's words, at most, so the claim's label keeps as much room as with a
    column per article where the counts leave it (at 60 columns four sides' counts leave the
    label 10); the legend above names the sides in full."""
    from claims_fixture import ARTICLES
    from rich.console import Console

    from reader.align import Glossary
    from reader.claims import build
    from reader.cli.map import print_table
    from reader.corpus import load_paths

    sides = ["Orleshi government", "Dunmarki government", "independent monitors", "regional press"]
    manifest = []
    for copy in range(8):
        for name, text in ARTICLES.items():
            (tmp_path / f"{copy}{name}").write_text(text, encoding="utf-8")
            manifest.append(f'[[article]]\nfile = "{copy}{name}"\nside = "{sides[copy % 4]}"\n')
    (tmp_path / "corpus.toml").write_text("\n".join(manifest), encoding="utf-8")
    claim_map = build(load_paths([tmp_path]).articles, Glossary())
    buffer = io.StringIO()
    print_table(claim_map, Console(file=buffer, width=width, markup=False, highlight=False))
    text = buffer.getvalue()
    lines = text.splitlines()
    assert "Too many articles" in text and max(len(line) for line in lines) <= width
    header = next(line for line in lines if line.startswith("┃"))
    assert len(header.split("┃")[2]) >= label + 2, header  # the label column, inside its padding
    first = next(line for line in lines if line.startswith("│ 1 "))
    assert first.count("6/6") == 4, first  # every side's count whole
    for side in sides:
        assert f"{side}: " in text  # named in full in the legend


def test_articles_in_two_languages_are_said_to_be_so_once(counterpoint, tmp_path):
    """As `align` and `words` warn of a pair in two languages, `map` warns of a folder whose
    articles are: one line, each language with the articles that read as it; the output stays
    what it is. A folder in one language is not warned of."""
    from tests.align.test_language import TEXTS

    folder = tmp_path / "mixed"
    folder.mkdir()
    for name, key in (("greve.txt", "fr"), ("pozhar.txt", "ru"), ("blocage.txt", "fr2")):
        (folder / name).write_text(TEXTS[key], encoding="utf-8")
    done = counterpoint("map", str(folder), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["articles"]) == 3
    assert done.stderr.strip().splitlines() == [
        "counterpoint: warning: the articles read as French (blocage.txt, greve.txt) and Russian (pozhar.txt): "
        "passages are linked by the words they share, so expect few or no links between articles in different "
        "languages"]
    (folder / "pozhar.txt").unlink()
    assert counterpoint("map", str(folder), "--format", "json").stderr == ""


SCRIPT = Path(sys.executable).parent / "counterpoint"  # as the `counterpoint` fixture runs it, for its bytes


def test_excel_begins_the_csv_with_utf8s_mark_and_nothing_else_changes(counterpoint, three):
    """`--excel` for a spreadsheet: the same CSV after UTF-8's byte-order mark, as UTF-8 bytes
    even where the locale's encoding is another; without it, no mark for Unix tools."""
    plain = subprocess.run([str(SCRIPT), "map", str(three), "--format", "csv"], capture_output=True, timeout=120,
                           env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    excel = subprocess.run([str(SCRIPT), "map", str(three), "--format", "csv", "--excel"], capture_output=True,
                           timeout=120, env={**os.environ, "PYTHONIOENCODING": "latin-1"})
    assert plain.returncode == excel.returncode == 0, excel.stderr
    assert not plain.stdout.startswith(b"\xef\xbb\xbf") and excel.stdout == b"\xef\xbb\xbf" + plain.stdout
    assert list(csv.reader(io.StringIO(excel.stdout.decode("utf-8-sig"))))[0][:3] == ["id", "label", "terms"]


def test_csv_rows_end_as_the_other_exports_do(tmp_path):
    """RFC 4180's CRLF after every row, as the bookmark and link CSVs end theirs."""
    from claims_fixture import ARTICLES

    from reader.align import Glossary
    from reader.claims import build
    from reader.cli.map import csv_text
    from reader.corpus import load_paths

    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    claim_map = build(load_paths([tmp_path]).articles, Glossary())
    out = csv_text(claim_map)
    assert out.endswith("\r\n") and out.count("\r\n") == out.count("\n") == len(claim_map.claims) + 1
