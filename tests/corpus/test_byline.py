"""The author and outlet a plain-text or Markdown article names in its own byline."""

from __future__ import annotations

import pytest

from reader.corpus import load_article, load_paths
from reader.corpus.byline import name_case, read_byline

BODY = ("The city council closed the old river bridge on Monday after engineers found cracks in two of its "
        "three piers, cutting the shortest route between the market and the northern suburbs.\n\n"
        "Residents said the detour through the ring road adds forty minutes to their commute.\n")


@pytest.mark.parametrize(("line", "expected"), [
    ("By Ivo Marek | Dovranian News Agency", ("Ivo Marek", "Dovranian News Agency")),
    ("By Lena Ostrova", ("Lena Ostrova", "")),
    ("By Lena Ostrova.", ("Lena Ostrova", "")),
    ("Written by Petar J. Vuk", ("Petar J. Vuk", "")),
    ("By ANNA LIND, Staff Writer", ("Anna Lind", "")),
    ("By: H. Zaïm-Bashi", ("H. Zaïm-Bashi", "")),
    ("By Ivo Marek and Lena Ostrova · March 15, 2026", ("Ivo Marek and Lena Ostrova", "")),
    ("By Ivo Marek | Staff Writer | Dovranian News Agency", ("Ivo Marek", "Dovranian News Agency")),
    ("By Ivo Marek for The Ledger", ("Ivo Marek", "The Ledger")),
    ("By Ursula von der Leyen", ("Ursula von der Leyen", "")),
    ("BY JEAN O'NEIL AND J.R. SMITH-JONES", ("Jean O'Neil and J.R. Smith-Jones", "")),
    ("By A. Marek", ("A. Marek", "")),
    ("By An Nguyen", ("An Nguyen", "")),
    # one name alone, when what follows it shows the line is a byline
    ("By Keren | The Ledger", ("Keren", "The Ledger")),
    ("By Keren, Staff Writer", ("Keren", "")),
    ("By Keren for The Ledger", ("Keren", "The Ledger")),
])
def test_a_byline_gives_the_author_and_the_outlet_it_names(line, expected):
    assert read_byline(line) == expected


@pytest.mark.parametrize("line", ["By the time the troops arrived", "by far the largest", "By 2030 the plan",
                                  "Bystanders said the shelling began at dawn."])
def test_a_sentence_that_opens_with_by_names_nobody(line):
    assert read_byline(line) is None


@pytest.mark.parametrize("line", ["By Land and Sea", "By Fire and Sword", "By Any Means Necessary",
                                  "By The Numbers", "By Design", "By Our Correspondent", "By Peace Alone",
                                  "BY LAND AND SEA", "By Land and Sea."])
def test_a_title_that_opens_with_by_names_nobody(line):
    """A person has a given name and a surname and no function words; a title's words do not."""
    assert read_byline(line) is None


@pytest.mark.parametrize(("name", "text"), [
    ("sea.txt", "By Land and Sea\n\nBy Ivo Marek | The Ledger\n\n"),
    ("sea.md", "# By Lena Ostrova\n\nBy Ivo Marek | The Ledger\n\n"),
])
def test_a_title_that_opens_with_by_stays_the_title(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text + BODY, encoding="utf-8")
    article = load_article(path)
    assert (article.title.lstrip("# "), article.author, article.outlet) == (
        text.split("\n")[0].lstrip("# "), "Ivo Marek", "The Ledger")


@pytest.mark.parametrize(("name", "cased"), [("ANNA LIND", "Anna Lind"), ("JEAN O'NEIL", "Jean O'Neil"),
                                             ("ZAÏM-BASHI", "Zaïm-Bashi"),
                                             # title case cannot tell where their capitals go: kept as written
                                             ("MARY MCDONALD", "MARY MCDONALD"), ("ANNA MACDONALD", "ANNA MACDONALD"),
                                             ("PIET VAN DER BERG", "PIET VAN DER BERG"),
                                             ("Anna LIND", "Anna LIND"), ("李明", "李明")])
def test_only_names_title_case_spells_right_leave_capitals(name, cased):
    assert name_case(name) == cased


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_text_articles_byline_fills_its_author_and_outlet(tmp_path, suffix):
    path = tmp_path / f"bridge{suffix}"
    path.write_text("Council closes the river bridge\n\nBy Ivo Marek | Dovranian News Agency\n\n" + BODY,
                    encoding="utf-8")
    article = load_article(path)
    assert (article.author, article.outlet) == ("Ivo Marek", "Dovranian News Agency")
    assert [p.kind for p in article.passages] == ["heading", "boilerplate", "body", "body"]


def test_a_byline_far_below_the_top_is_no_byline(tmp_path):
    path = tmp_path / "letters.txt"
    path.write_text("Letters\n\n" + "\n".join([BODY] * 8) + "\nBy Ivo Marek\n", encoding="utf-8")
    assert load_article(path).author == ""


def test_front_matter_and_corpus_toml_win_over_the_byline(tmp_path):
    md = tmp_path / "bridge.md"
    md.write_text("---\nauthor: Petra Vuk\n---\n# Council closes the bridge\n\nBy ANNA LIND | The Ledger\n\n" + BODY,
                  encoding="utf-8")
    assert (load_article(md).author, load_article(md).outlet) == ("Petra Vuk", "The Ledger")
    txt = tmp_path / "other.txt"
    txt.write_text("Council closes the bridge\n\nBy ANNA LIND | The Ledger\n\n" + BODY, encoding="utf-8")
    (tmp_path / "corpus.toml").write_text('[[article]]\nfile = "other.txt"\nauthor = "Jonas Ferl"\n'
                                          'outlet = "Moravec Courier"\n', encoding="utf-8")
    other = next(a for a in load_paths([tmp_path]) if a.path.name == "other.txt")
    assert (other.author, other.outlet) == ("Jonas Ferl", "Moravec Courier")


def test_an_html_page_takes_no_name_from_its_text(tmp_path):
    page = tmp_path / "bridge.html"
    page.write_text("<html><body><article><h1>Council closes the bridge</h1><p>By Ivo Marek | The Ledger</p>"
                    + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</article></body></html>",
                    encoding="utf-8")
    assert load_article(page).outlet != "The Ledger"


@pytest.mark.parametrize(("line", "author"), [
    ("Par Marie Dupont", "Marie Dupont"),
    ("Par Marie Dupont | Le Courrier de Valmont", "Marie Dupont"),
    ("Por Juan Pérez Ortega", "Juan Pérez Ortega"),
    ("Escrito por Ana Ruiz, corresponsal", "Ana Ruiz"),
    ("Von Anna Schmidt und Jonas Ferl", "Anna Schmidt und Jonas Ferl"),
    ("Автор: Иван Петров", "Иван Петров"),
    ("Автор: Петров", "Петров"),
    ("Yazar: Ayşe Demir", "Ayşe Demir"),
    ("Müəllif: Elvin Məmmədov", "Elvin Məmmədov"),
])
def test_a_byline_in_another_language_gives_its_author(tmp_path, line, author):
    assert read_byline(line)[0] == author
    text = f"Le titre\n\n{line}\n\n" + "Le corps de l'article, assez long pour être un paragraphe. " * 5 + "\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    article = load_article(tmp_path / "a.txt")
    assert article.author == author
    assert [p.kind for p in article.passages][1] == "boilerplate"  # page furniture, not body text that links


@pytest.mark.parametrize("line", [
    "Par ailleurs, le maire a promis une nouvelle canalisation avant l'hiver",
    "Par Marie Dupont elle-même, le texte fut signé trop tard",
    "Por eso, el alcalde prometió una tubería nueva",
    "Von Anfang an war klar, dass die Leitung nicht hält",
    "Von Berlin aus fuhr der Zug weiter",
    "Автор заявления, Иван Петров, отказался от комментариев",
    "Yazar, kitabını Ankara'da imzaladı",
    "Հեղինակը հայտարարեց, որ գիրքը կհրատարակվի",
    "Հեղինակ լինելը հեշտ չէ",
])
def test_body_text_that_opens_like_a_byline_stays_body_text(tmp_path, line):
    assert read_byline(line) is None
    text = f"Le titre\n\n{line}\n\n" + "Le corps de l'article, assez long pour être un paragraphe. " * 5 + "\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert [p.kind for p in load_article(tmp_path / "a.txt").passages][1] != "boilerplate"


@pytest.mark.parametrize(("line", "iso"), [
    ("Publié le 14 mars 2023", "2023-03-14"),
    ("Publié le 14 mars 2023 à 10h30", "2023-03-14"),
    ("Publicado el 14 de marzo de 2023", "2023-03-14"),
    ("Veröffentlicht am 14. März 2023", "2023-03-14"),
    ("Опубликовано 14 марта 2023 года", "2023-03-14"),
    ("Yayınlanma tarihi: 14 Mart 2023", "2023-03-14"),
    ("Mis à jour le 15 mars 2023", ""),  # the last edit, not the publication
    ("نشر في ١٤ آذار ٢٠٢٣", "2023-03-14"),
    ("14 مارس 2023", "2023-03-14"),
    ("٢ كانون الثاني ٢٠٢٣", "2023-01-02"),
    ("Հրապարակվել է 14 մարտի 2023", "2023-03-14"),
    ("آخر تحديث: ١٥ آذار ٢٠٢٣", ""),
])
def test_a_date_line_in_another_language_is_furniture_and_gives_the_date(tmp_path, line, iso):
    # "Publié le 14 mars 2023" was body text, and linked strongly to "Publié le 15 mars 2023"
    text = f"Le titre\n\nPar Marie Dupont\n\n{line}\n\n" + "Le corps de l'article, assez long pour être un paragraphe. " * 5 + "\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    article = load_article(tmp_path / "a.txt")
    assert [p.kind for p in article.passages][2] == "boilerplate"
    assert article.date == iso


@pytest.mark.parametrize("line", ["Le 14 mars 2023, le barrage de Valmont a cédé", "14 марта 2023 года дамба прорвалась"])
def test_a_sentence_that_holds_a_date_stays_body_text(tmp_path, line):
    text = f"Le titre\n\n{line}\n\n" + "Le corps de l'article, assez long pour être un paragraphe. " * 5 + "\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert [p.kind for p in load_article(tmp_path / "a.txt").passages][1] != "boilerplate"


@pytest.mark.parametrize(("line", "author", "outlet"), [
    ("作者：张明", "张明", ""),
    ("记者：李华 | 新华社", "李华", "新华社"),
    ("بقلم أحمد علي", "أحمد علي", ""),
    ("كتب: أحمد علي", "أحمد علي", ""),
    ("מאת דנה לוי", "דנה לוי", ""),
    ("نویسنده: علی رضایی", "علی رضایی", ""),
    ("به قلم علی رضایی", "علی رضایی", ""),
    ("الكاتب: سامر خليل", "سامر خليل", ""),
])
def test_a_byline_in_a_script_without_capitals_gives_its_author(line, author, outlet):
    assert read_byline(line) == (author, outlet)


@pytest.mark.parametrize("line", [
    "作者认为这个问题很重要。",
    "מאת הכתב שלנו בירושלים, 14 במרץ",
    "كتب الرئيس رسالة طويلة إلى البرلمان اليوم",
    "نویسنده این کتاب در تهران زندگی می‌کند",
    "به قلم او نامه‌ای نوشته شد که به دست وزیر رسید",
    "作者：张明认为，这个问题在2019年就已出现，县政府一直没有处理。",
])
def test_a_sentence_in_a_script_without_capitals_names_nobody(line):
    assert read_byline(line) is None


@pytest.mark.parametrize(("line", "author"), [
    ("Հեղինակ՝ Արամ Պետրոսյան", "Արամ Պետրոսյան"),
    ("Հեղինակ: Անի Սարգսյան", "Անի Սարգսյան"),
    ("Հեղինակ՝ Պետրոսյան", "Պետրոսյան"),
])
def test_an_armenian_byline_gives_its_author_and_is_furniture(tmp_path, line, author):
    # "Հեղինակ՝" (author) was body text, the name read as a passage of the article
    assert read_byline(line)[0] == author
    body = "Գյուղապետը ասաց, որ այգիները չորանում են, և որ ընկերությունը փակել է ջրանցքը։ " * 4
    (tmp_path / "a.txt").write_text(f"Ջրային վեճ\n\n{line}\n\n{body}\n", encoding="utf-8")
    article = load_article(tmp_path / "a.txt")
    assert article.author == author and [p.kind for p in article.passages][1] == "boilerplate"



@pytest.mark.parametrize(("line", "iso"), [
    ("By Ana Lind, The Moravec Courier, 3 March 2026", "2026-03-03"),
    ("*By Ana Lind, Staff Writer, March 3, 2026*", "2026-03-03"),
    ("By Ana Lind, Kelmet, 2026-03-03", "2026-03-03"),
    ("By Ana Lind, Staff Writer, Updated March 3, 2026", ""),  # the last edit, not the publication
    ("By Ana Lind, who covered the 3 March 2026 vote", ""),  # no byline: a sentence about her
])
def test_a_date_ending_a_byline_after_a_comma_is_the_articles_date(tmp_path, line, iso):
    (tmp_path / "a.md").write_text(f"# Bridge closed\n\n{line}\n\n{BODY}\n", encoding="utf-8")
    assert load_article(tmp_path / "a.md").date == iso


@pytest.mark.parametrize(("byline_line", "author", "outlet", "date"), [
    ("By Ilse Varga · The Lakeside Courier · 15 March 2026", "Ilse Varga", "The Lakeside Courier", "2026-03-15"),
    ("Por Beatriz Gómez Quiroga · El Faro del Norte · 15 de marzo de 2026", "Beatriz Gómez Quiroga",
     "El Faro del Norte", "2026-03-15"),
    ("By Ilse Varga", "Ilse Varga", "", ""),
])
def test_a_byline_right_under_the_title_is_its_own_line_not_the_titles(tmp_path, byline_line, author, outlet, date):
    """A copied article's title and byline often stand on two lines with no blank one between:
    they are not one paragraph wrapped, so the title is a heading and the byline gives the
    author, outlet and date."""
    path = tmp_path / "bridge.txt"
    path.write_text(f"Council closes the old river bridge after cracks are found in two piers\n{byline_line}\n\n{BODY}",
                    encoding="utf-8")
    article = load_article(path)
    assert [(p.kind, p.text) for p in article.passages[:2]] == [
        ("heading", "Council closes the old river bridge after cracks are found in two piers"),
        ("boilerplate", byline_line)]
    assert (article.author, article.outlet, article.date) == (author, outlet, date)


def test_a_first_paragraph_whose_wrapped_line_opens_with_by_stays_whole(tmp_path):
    path = tmp_path / "bridge.txt"
    text = ("The council closed the old river bridge on Monday after engineers found cracks in two of its\n"
            "By-law officers said the detour through the ring road adds forty minutes to a commute.\n\n" + BODY)
    path.write_text(text, encoding="utf-8")
    assert load_article(path).passages[0].text == text.split("\n\n")[0]
