"""`counterpoint align --format json` differences, and `counterpoint words`."""

import json

from reader.paths import seeds_dir

SEEDS = seeds_dir()
A, B = str(SEEDS / "000_717389ecb0dc4e94.txt"), str(SEEDS / "001_c164a2009160c68c.txt")


def test_align_json_links_carry_differences_and_keep_their_fields(run_cli):
    out = run_cli("align", A, B, "--format", "json", "--min-score", "0.15")  # weaker links too: more pairs to compare
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    texts = {side: open(path, encoding="utf-8").read() for side, path in (("a", A), ("b", B))}
    kinds = set()
    for link in data["links"]:
        assert {"a", "b", "score", "evidence", "differences"} <= set(link)
        for d in link["differences"]:
            assert set(d) == {"kind", "a_span", "b_span", "a_text", "b_text", "note"}
            kinds.add(d["kind"])
            for side in "ab":
                span = d[f"{side}_span"]
                if span is None:
                    assert d[f"{side}_text"] is None
                else:
                    assert texts[side][span[0] : span[1]] == d[f"{side}_text"]
    assert {"name", "framing"} <= kinds
    framing = [d for link in data["links"] for d in link["differences"] if d["kind"] == "framing"]
    assert any(d["a_text"] == "Artsakh" and "Azerbaijani usage" in d["note"] for d in framing)


def test_align_table_and_markdown_list_each_links_differences(run_cli, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Harbour clash\n\nPolice said 200 protesters were detained at the Vellmar port on "
                 "Monday after the clash, and the mayor Ilse Brandt blamed the union.\n", encoding="utf-8")
    b.write_text("Port arrests\n\nPolice said 350 protesters were detained at the Vellmar port on "
                 "Monday after the clash with riot officers.\n", encoding="utf-8")
    table = run_cli("align", str(a), str(b), "--no-pager")
    markdown = run_cli("align", str(a), str(b), "--format", "markdown")
    assert table.returncode == 0 and markdown.returncode == 0, table.stderr + markdown.stderr
    for out in (table.stdout, markdown.stdout):
        flat = " ".join(out.replace("│", " ").split())  # the table wraps its cells
        assert "figure 200 protesters ≠ 350 protesters" in flat, out
        assert "only in A: Ilse Brandt" in flat, out
    row = next(line for line in markdown.stdout.splitlines() if "350 protesters" in line)
    assert row.count(" | ") == 2  # still three cells: the differences sit in the middle one


def test_words_json(run_cli):
    out = run_cli("words", str(SEEDS / "000_717389ecb0dc4e94.txt"), str(SEEDS / "004_f78903c0c38de6a5.txt"),
                  "--format", "json", "--limit", "30")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    a_terms = {t["term"] for t in data["a_words"]}
    b_terms = {t["term"] for t in data["b_words"]}
    assert {"Artsakh", "Nagorno Karabagh"} <= a_terms and "Zionist regime" in b_terms
    assert "Karabagh" not in a_terms and "regime" not in b_terms  # words their phrase covers (5:0 in 4:0, 2:8 in 0:8)
    assert all(t["z"] > 0 for t in data["a_words"]) and all(t["z"] < 0 for t in data["b_words"])
    assert not (a_terms | b_terms) & {"the", "of", "Israel", "Azerbaijan"}  # stop words, shared names


def test_words_table_and_mistakes(run_cli, tmp_path):
    out = run_cli("words", A, B)
    assert out.returncode == 0 and "its own words" in out.stdout
    bad = run_cli("words", A, B, "--limit", "0")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "counts from 1" in bad.stderr
    missing = run_cli("words", A, str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
