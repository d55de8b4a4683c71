"""What goes wrong on ordinary coverage of one event by two outlets, each case a test.

The texts are written here for the purpose, in the shape of two news reports of one story.
"""

import json

from reader.align import align, default_glossary
from reader.align.aliases import called_aliases, fuzzy_aliases
from reader.align.features import unit_features
from reader.align.glossary import Glossary, bundled_glossary
from reader.cli.main import main
from reader.corpus import load_paths, load_seeds

REPORT_A = """Party chairman faces calls to quit over war remarks

The chairman of the party told donors on Thursday that the war in the mountains was a conflict of the president's choosing.

Magazine editor Paul Whitcombe, whose journal first printed the remarks, wrote that the chairman should resign at once.
Several senators joined him within hours.

The chairman later said his words had been misunderstood.
"""

REPORT_B = """The chairman and the war

Paul Whitcombe, the editor of a weekly magazine, demanded the resignation of the chairman after his journal published a recording.
Senators followed him.

Speaking to donors, the chairman called the war in the mountains a conflict chosen by the president.

The chairman's office said the remarks were taken out of context.
"""


def _pair(tmp_path, a=REPORT_A, b=REPORT_B):
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    corpus = load_paths([tmp_path / "a.txt", tmp_path / "b.txt"])
    return corpus.articles[0], corpus.articles[1]


def _index(article, needle):
    return next(p.index for p in article.passages if needle in p.text)


def test_a_blank_line_block_of_one_sentence_per_line_is_one_paragraph(tmp_path):
    a, _ = _pair(tmp_path)
    texts = [p.text for p in a.passages]
    assert len(texts) == 4
    assert texts[2].startswith("Magazine editor") and texts[2].endswith("within hours.")


def test_the_passages_telling_one_claim_link_to_each_other_first(tmp_path):
    a, b = _pair(tmp_path)
    al = align(a, b, [a, b])
    resign_a, resign_b = _index(a, "should resign"), _index(b, "demanded the resignation")
    choice_a, choice_b = _index(a, "president's choosing"), _index(b, "chosen by the president")
    assert al.for_a(resign_a)[0].b == resign_b and al.for_a(resign_a)[0].tier == "strong"
    assert al.for_a(choice_a)[0].b == choice_b
    names = {e.a_text for link in al.for_a(resign_a) for e in link.evidence}
    assert "Whitcombe" in names


def test_a_headline_does_not_link_on_names_alone(write_article):
    a = write_article("Whitcombe Attacks Chairman Over Remarks\n\nA bakery opened on the corner of the square.\n\n"
                      "Rain is expected all week in the valley.\n")
    b = write_article("Sports results were mixed on Saturday.\n\nWhitcombe and Chairman Okafor watched the "
                      "match in Lisbon.\n\nThe remarks of the chairman were recorded.\n")
    al = align(a, b, min_score=0.0)
    assert a.passages[0].kind == "heading"
    # names in both (capitalised on both sides) do not carry a headline's link; a shared word
    # written in lower case does
    assert {link.b for link in al.for_a(0)} == {2}


def test_a_month_is_a_date_only_as_a_month():
    g = Glossary()
    assert not {k for k in unit_features("Governor Jan Brewer signed it; April Ryan asked.", g) if k.startswith("n:")}
    assert not {k for k in unit_features("It may pass, and they March on.", g) if k.startswith("n:")}
    spring_16 = set(unit_features("the fighting of April 2016", g))
    spring_23 = set(unit_features("the fighting of April 2023", g))
    assert not {k for k in spring_16 & spring_23 if k.startswith("n:")}


def test_a_word_plus_a_suffix_is_not_a_spelling_variant():
    assert fuzzy_aliases({"w:israel"}, {"w:israeli"}) == {}
    assert fuzzy_aliases({"w:weekly"}, {"w:weeklys"}) == {}
    assert fuzzy_aliases({"w:karabagh"}, {"w:karabakh"}) == {"w:karabakh": "w:karabagh"}


def test_a_short_name_spelt_two_ways_is_one_name_but_a_short_word_is_not():
    names = {"w:kesra", "w:kessra", "w:odesa", "w:odessa"}
    assert fuzzy_aliases({"w:kesra", "w:odesa"}, {"w:kessra", "w:odessa"}, names) == {
        "w:kessra": "w:kesra", "w:odessa": "w:odesa"}
    assert fuzzy_aliases({"w:kesra"}, {"w:kessra"}) == {}  # not written as names
    assert fuzzy_aliases({"w:kesra"}, {"w:kessra"}, {"w:kesra"}) == {}  # a name against a word
    assert fuzzy_aliases({"w:iran"}, {"w:iraq"}, {"w:iran", "w:iraq"}) == {}  # another letter: another name


def test_passages_naming_one_town_two_ways_link(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Shelling hit the market district of Kessra on Sunday, residents said.\n\n"
        "The health ministry counted the dead in Kessra late into the night.\n\n"
        "Exports of grain fell for a third month, traders in the capital said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Precision strikes destroyed command posts on the outskirts of Kesra, the army said.\n\n"
        "Officials in Kesra described the reports of a massacre as fabrications.\n\n"
        "A new bridge over the river opened to traffic in the north.\n", encoding="utf-8")
    a, b = load_paths([tmp_path / "a.txt", tmp_path / "b.txt"])
    alignment = align(a, b, None, glossary=Glossary(), min_score=0.05)  # one shared word: a weak score
    assert any(e.a_text == "Kessra" and e.b_text == "Kesra" for link in alignment.links for e in link.evidence)


def test_a_name_given_as_the_other_sides_name_joins_the_two(write_article):
    """One side writes "Norashen", the other "Yenikend", and once "Yenikend (Norashen)": the
    articles themselves say the two are one place, so the passages naming it each side's way
    meet on it."""
    a = write_article("Shells hit the hospital in Norashen on Monday, doctors said.\n\n"
                      "Exports of grain fell for a third month, traders said.\n")
    b = write_article("Strikes hit the hospital near Yenikend, the ministry said.\n\n"
                      "Officials in Yenikend (Norashen) denied any shortage of power.\n\n"
                      "A new bridge over the river opened to traffic in the north.\n")
    alignment = align(a, b, None, glossary=Glossary(), min_score=0.05)
    (link,) = [link for link in alignment.links if (link.a, link.b) == (0, 0)]
    assert ("Norashen", "Yenikend") in {(e.a_text, e.b_text) for e in link.evidence}


def test_a_name_in_brackets_joins_nothing_when_both_sides_write_it():
    """"Jordan (Washington)": a player and his team, both written on their own by both reports,
    are no one thing named two ways; "which Baku now calls Khankendi" is."""
    def sides(a: list[str], b: list[str]):
        return [(texts, [unit_features(t, Glossary()) for t in texts]) for texts in (a, b)]

    assert called_aliases(sides(["Jordan (Washington) scored 30 points.", "Washington lost."],
                                ["Washington won the game.", "Jordan scored late."]), {}) == {}
    assert called_aliases(sides(["Shelling hit Stepanakert, which Baku now calls Khankendi, at dawn.",
                                 "Stepanakert had no power."], ["Officials in Khankendi denied it."]), {}) == {
        "w:stepanakert": "w:khankendi"}


def test_a_name_opening_its_paragraph_is_a_name_when_written_so_later_in_it():
    # A dateline puts the town first, in capitals; the same paragraph names it again mid-sentence.
    text = "KESSRA \u2014 Three soldiers were killed near the border town of Kessra, officials said."
    assert unit_features(text, Glossary())["w:kessra"].name
    assert not unit_features("Kessra was quiet on Sunday.", Glossary())["w:kessra"].name


def test_the_seed_glossary_stays_with_the_seed_articles(tmp_path):
    seeds = load_seeds().articles
    with_seeds, _ = default_glossary(articles=seeds[:2])
    assert len(with_seeds) == len(bundled_glossary()) > 0
    a, b = _pair(tmp_path)
    elsewhere, _ = default_glossary(articles=(a, b))
    assert len(elsewhere) == 0
    off, _ = default_glossary(articles=seeds[:2], enabled=False)
    assert len(off) == 0


def test_a_folder_names_its_own_glossary_for_its_articles(tmp_path):
    folder = tmp_path / "coverage"
    folder.mkdir()
    (folder / "terms.toml").write_text('[[group]]\nterms = ["the chairman", "Mr. Okafor"]\n', encoding="utf-8")
    (folder / "corpus.toml").write_text('glossary = "terms.toml"\n', encoding="utf-8")
    a, b = _pair(folder)
    inside, problems = default_glossary(articles=(a, b))
    assert len(inside) == 1 and problems == []
    elsewhere = load_seeds().articles[0]
    assert len(default_glossary(articles=(a, elsewhere))[0]) == 0
    (folder / "terms.toml").write_text("[[group]\n", encoding="utf-8")
    broken, problems = default_glossary(articles=(a, b))
    assert len(broken) == 0 and len(problems) == 1 and "terms.toml" in problems[0]


def test_align_cli_uses_no_seed_glossary_on_other_articles(tmp_path, capsys):
    text_a = "The United States sent aid on Monday.\n\nBlame fell on the ministry.\n"
    text_b = "Washington sent nothing, officials said on Monday.\n\nConcern grew at the ministry.\n"
    (tmp_path / "a.txt").write_text(text_a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text_b, encoding="utf-8")
    assert main(["align", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "json",
                 "--min-score", "0"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert all(e["kind"] != "glossary" for link in data["links"] for e in link["evidence"])


def test_no_glossary_turns_the_seed_glossary_off(capsys):
    seeds = load_seeds().articles
    args = ["align", str(seeds[0].path), str(seeds[3].path), "--format", "json"]
    assert main(args) == 0
    on = json.loads(capsys.readouterr().out)
    assert any(e["kind"] == "glossary" for link in on["links"] for e in link["evidence"])
    assert main([*args, "--no-glossary"]) == 0
    off = json.loads(capsys.readouterr().out)
    assert all(e["kind"] != "glossary" for link in off["links"] for e in link["evidence"])


def test_config_can_turn_glossaries_off(tmp_path, capsys, monkeypatch):
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text("glossary = false\n", encoding="utf-8")
    seeds = load_seeds().articles
    assert main(["align", str(seeds[0].path), str(seeds[3].path), "--format", "json",
                 "--config-dir", str(config)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert all(e["kind"] != "glossary" for link in data["links"] for e in link["evidence"])
