"""Each side's own words: weighted log-odds with an informative Dirichlet prior (Monroe,
Colaresi & Quinn 2008), checked against figures worked out by hand."""

import math
from collections import Counter

import pytest

from reader.differ.lexicon import count_terms, distinctive_words, log_odds, rank


def test_log_odds_by_hand():
    # y_a=3 of n_a=4, y_b=0 of n_b=2, prior 3 of 6:
    # delta = log(6/4) - log(3/5) = 0.916291, var = 1/6 + 1/3 = 0.5
    delta, z = log_odds(3, 4, 0, 2, 3, 6)
    assert delta == pytest.approx(math.log(1.5) - math.log(0.6))
    assert delta == pytest.approx(0.916291, abs=1e-6)
    assert z == pytest.approx(0.916291 / math.sqrt(0.5), abs=1e-6)


def test_ranking_by_hand():
    """A = "drones drones drones attack", B = "attack peace", the prior their sum.

    Words (n_a=4, n_b=2, alpha_0=6):
      drone  y=(3,0) alpha=3: delta = log(6/4) - log(3/5)  =  0.916291, var 1/6+1/3 -> z =  1.295833
      peace  y=(0,1) alpha=1: delta = log(1/9) - log(2/6)  = -1.098612, var 1+1/2   -> z = -0.897013
      attack y=(1,1) alpha=2: delta = log(3/7) - log(3/5)  = -0.336472, var 1/3+1/3 -> z = -0.412090
    Two-word phrases (n_a=3, n_b=1, alpha_0=4):
      drone drone  y=(2,0) alpha=2: delta = log(4/3) - log(2/3) = 0.693147, var 1/4+1/2 -> z = 0.800377
      drone attack y=(1,0) alpha=1: delta = log(2/5) - log(1/4) = 0.470004, var 1/2+1   -> z = 0.383753
      attack peace y=(0,1) alpha=1: delta = log(1/6) - log(2/3) = -1.386294, var 1+1/2  -> z = -1.131906
    """
    ta, tb = count_terms(["drones drones drones attack"]), count_terms(["attack peace"])
    background = ta.counts + tb.counts
    side_a, side_b = rank(ta, tb, background, min_z=0.0, min_count=1, prior_size=None)
    assert [(t.term, t.a_count, t.b_count) for t in side_a] == [
        ("drones", 3, 0), ("drones drones", 2, 0), ("drones attack", 1, 0)]  # "drones" is more than the phrases
    assert [t.z for t in side_a] == pytest.approx([1.295833, 0.800377, 0.383753], abs=1e-5)
    # "peace" (z -0.897013) and B's one "attack" (-0.412090) occur only inside "attack peace",
    # so the phrase stands for both
    assert [(t.term, t.a_count, t.b_count) for t in side_b] == [("attack peace", 0, 1)]
    assert [t.z for t in side_b] == pytest.approx([-1.131906], abs=1e-5)
    assert log_odds(0, 4, 1, 2, 1, 6)[1] == pytest.approx(-0.897013, abs=1e-5)
    assert log_odds(1, 4, 1, 2, 2, 6)[1] == pytest.approx(-0.412090, abs=1e-5)
    assert side_a[0].delta == pytest.approx(0.916291, abs=1e-6)


def test_stop_words_numbers_and_shared_names_stay_out():
    a = count_terms(["Israel sold the drones to Azerbaijan in 2016. Israel sold drones, and the drones flew."] * 3)
    b = count_terms(["Israel and Azerbaijan, said the minister, signed a peace deal. The peace held."] * 3)
    side_a, side_b = rank(a, b, a.counts + b.counts, min_z=0.0, min_count=2)
    terms = {t.term.casefold() for t in side_a + side_b}
    assert not terms & {"the", "and", "to", "in", "said", "2016"}
    assert "israel" not in terms and "azerbaijan" not in terms  # the topic's shared names
    assert side_a[0].term.casefold().startswith("drones") and any(t.term == "peace" for t in side_b)


def test_a_term_that_is_a_whole_vocabulary_is_weighed_against_nothing():
    """One side's only phrase, where the other side has none, has no odds to take a log of."""
    a = count_terms(["The spectators watched the launch. The spectators watched the launch."])
    b = count_terms(["Crowds."])
    side_a, side_b = rank(a, b, a.counts + b.counts, min_z=0.0, min_count=2)
    assert "spectators watched" not in {t.term.casefold() for t in side_a} and side_b == []


def test_numbers_written_as_words_stay_out_as_figures_do():
    a = count_terms(["Two delays, two months and two hundred spectators watched the launch."] * 3)
    b = count_terms(["The launch was watched by crowds after delays."] * 3)
    side_a, _side_b = rank(a, b, a.counts + b.counts, min_z=0.0, min_count=2)
    terms = {word for t in side_a for word in t.term.casefold().split()}
    assert not terms & {"two", "hundred"} and "spectators" in terms


def test_a_languages_function_words_stay_out_as_english_stop_words_do(write_article):
    a = write_article("La grève de la raffinerie continue depuis lundi.\n\n"
                      "Les salariés en grève et le syndicat demandent une hausse des salaires.\n\n"
                      "Pour les salariés de nuit, la grève est la seule réponse de la base.\n")
    b = write_article("Le blocage de la raffinerie est illégal selon la direction.\n\n"
                      "La direction et le préfet demandent la levée du blocage pour la sécurité.\n\n"
                      "Le blocage menace les habitants et la sécurité de la région.\n")
    side_a, side_b = distinctive_words(a, b, (), min_z=0.0, min_count=2)
    terms = {w.casefold() for t in side_a + side_b for w in t.term.split(" ")}
    assert not terms & {"la", "de", "le", "les", "et", "des", "pour", "une", "du", "est"}
    assert {"grève", "salariés"} <= {t.term.casefold() for t in side_a}
    assert "blocage" in {t.term.casefold() for t in side_b}


def test_pronouns_and_conjunctions_of_a_language_stay_out_too(write_article):
    """Spanish "sus" (their) and "pero" (but) are less common than "de" or "la", and no less
    function words: neither side owns them."""
    a = write_article("Los soldados cruzaron el puente con sus armas, pero el puente resistió.\n\n"
                      "Los soldados y sus oficiales cruzaron el puente de noche, pero sin armas pesadas.\n")
    b = write_article("Los aldeanos huyeron del pueblo con sus familias.\n\n"
                      "Los aldeanos volvieron al pueblo tras la retirada.\n")
    side_a, side_b = distinctive_words(a, b, (), min_z=0.0, min_count=2)
    terms = {w.casefold() for t in side_a + side_b for w in t.term.split(" ")}
    assert not terms & {"sus", "pero", "los", "el", "con"}
    assert {"soldados", "puente"} <= {t.term.casefold() for t in side_a}
    assert "aldeanos" in {t.term.casefold() for t in side_b}


def test_the_corpus_prior_shrinks_words_the_corpus_uses_everywhere(write_article):
    a = write_article("The offensive began. The offensive ended. The ceasefire held.\n")
    b = write_article("The ceasefire held. The ceasefire was signed.\n")
    chatter = [write_article("The offensive was long. The offensive was hard. The offensive was over.\n")
               for _ in range(5)]
    alone = distinctive_words(a, b, (), min_z=0.0, min_count=1)[0]
    in_corpus = distinctive_words(a, b, chatter, min_z=0.0, min_count=1)[0]
    z_alone = next(t.z for t in alone if t.term == "offensive")
    z_corpus = next(t.z for t in in_corpus if t.term == "offensive")
    assert 0 < z_corpus != z_alone


def test_min_z_keeps_only_clear_differences():
    ta, tb = count_terms(["drones drones drones attack"]), count_terms(["attack peace"])
    assert rank(ta, tb, Counter(ta.counts + tb.counts), min_z=1.96, prior_size=None) == ([], [])


def test_a_word_only_inside_a_listed_phrase_is_left_out():
    ta = count_terms(["Tel Aviv spoke. Tel Aviv agreed. Tel Aviv signed. Tel Aviv left."])
    tb = count_terms(["Jerusalem spoke and agreed and signed and left."])
    side_a, _ = rank(ta, tb, ta.counts + tb.counts, min_z=0.0, min_count=2)
    terms = [t.term for t in side_a]
    assert "Tel Aviv" in terms and "Tel" not in terms and "Aviv" not in terms


def test_the_character_pairs_of_a_run_of_ideographs_make_no_phrases():
    counts = count_terms(["边防人员扣留了三名司机。"]).counts
    assert "边防" in counts and "司机" in counts
    assert not [term for term in counts if " " in term]  # not "边防 防人", which the text never says


def test_a_word_mostly_inside_one_listed_phrase_gives_way_to_it():
    """"West Bank" 0:6 lists "Bank" (0:6) and "West" (0:7, once alone) as nothing more; a word
    its side uses on its own too ("settlers": 4 times alone) or in several phrases ("occupied":
    "occupied West", "occupied Jerusalem") stays beside them."""
    a = count_terms(["The talks resumed in Geneva on Monday. Diplomats praised the talks in Geneva."] * 3)
    b = count_terms(["Raids in the occupied West Bank went on, and settlers in the West Bank were armed."] * 3
                    + ["Armed settlers crossed into occupied Jerusalem. West Bank settlers marched."] * 2
                    + ["settlers again, and the West wind in occupied Jerusalem."])
    side_a, side_b = rank(a, b, a.counts + b.counts, min_z=0.0, min_count=2, limit=40)
    listed = [t.term for t in side_b]
    assert "West Bank" in listed and "Bank" not in listed and "West" not in listed
    assert {"settlers", "occupied"} <= set(listed)
    assert "occupied Jerusalem" in listed


def test_a_word_dropped_for_a_phrase_frees_a_place_in_a_short_list():
    """The limit counts what is listed: a word that gives way to its phrase lets the next term in."""
    b = count_terms(["the West Bank and the Gaza Strip, the West Bank again, the West Bank, the Gaza Strip"] * 2)
    a = count_terms(["ceasefire talks and ceasefire terms"] * 2)
    everything = rank(a, b, a.counts + b.counts, min_z=0.0, min_count=2, limit=40)[1]
    short = rank(a, b, a.counts + b.counts, min_z=0.0, min_count=2, limit=3)[1]
    assert [t.term for t in short] == [t.term for t in everything][:3]
    assert not {"West", "Bank", "Gaza", "Strip"} & {t.term for t in everything}


CHINESE_A = """水库溃坝

省里派出的调查组已经到达。村民希望调查组公开结果。

调查组表示，将在一周内完成调查。

村民说，大坝的裂缝早就出现了。
"""
CHINESE_B = """水库险情

县政府组织群众转移，县政府表示无人伤亡。

县政府工作人员耐心接待了群众。

大坝通过了安全检查。
"""


def test_chinese_words_are_words_not_pairs_of_characters_straddling_two(tmp_path):
    from reader.corpus import load_article

    (tmp_path / "a.txt").write_text(CHINESE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(CHINESE_B, encoding="utf-8")
    a_words, b_words = distinctive_words(load_article(tmp_path / "a.txt"), load_article(tmp_path / "b.txt"),
                                         min_z=0.0)
    listed = {t.term for t in a_words + b_words}
    # "调查组" and "县政府" are keyed 调查 + 查组 and 县政 + 政府: the second pair of the one
    # and the first of the other straddle two words
    assert {"调查", "政府", "村民"} <= listed
    assert not {"查组", "县政"} & listed


def test_a_french_function_word_after_an_elided_one_is_no_sides_word(tmp_path):
    from reader.corpus import load_article

    (tmp_path / "a.txt").write_text(
        "Les ouvriers tiennent bon\n\nC'est la grève depuis lundi, et c'est la colère qui domine : "
        "qu'il pleuve ou qu'il vente, les ouvriers restent devant l'usine.\n\n"
        "C'est la fin d'une époque, dit le délégué syndical, et c'est aux ouvriers de décider.\n\n"
        "Les ouvriers demandent que l'usine reste ouverte jusqu'à la fin de l'année.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Un blocage qui inquiète\n\nLe blocage du site inquiète la direction, qui parle de pertes.\n\n"
        "Les clients attendent la reprise du travail depuis lundi et menacent de partir.\n\n"
        "La direction propose une prime de départ aux salariés volontaires.\n", encoding="utf-8")
    a_words, _ = distinctive_words(load_article(tmp_path / "a.txt"), load_article(tmp_path / "b.txt"), min_z=0.0)
    listed = {t.term.lower() for t in a_words}
    assert "ouvriers" in listed
    assert not {word for term in listed for word in term.split()} & {"c'est", "est", "qu'il", "il", "la"}


@pytest.mark.parametrize(("a_text", "b_text", "function", "own_a", "own_b"), [
    ("Depuis lundi, selon le syndicat, la raffinerie est en grève.\n\n"
     "Selon les salariés, la grève durera depuis la nuit jusqu'au vote.\n\n"
     "Depuis le vote, selon la base, la grève est la seule réponse.\n",
     "La direction juge le blocage illégal.\n\nLe préfet demande la levée du blocage.\n",
     {"depuis", "selon"}, {"grève"}, {"blocage"}),
    ("Türkiye'nin doğusunda grev, sendikaya göre, rafineri yönetimi tarafından yasaklandı.\n\n"
     "İşçilere göre grev, yönetim tarafından bastırıldı ve Türkiye'nin gündemine girdi.\n\n"
     "Sendikaya göre grev, valilik tarafından da yasaklanabilir.\n",
     "Yönetim işgali yasadışı buluyor.\n\nVali işgalin sona ermesini istedi.\n",
     {"göre", "tarafından"}, {"grev", "türkiye'nin"}, set()),
], ids=["fr", "tr"])
def test_rarer_function_words_of_a_language_are_no_sides_words(write_article, a_text, b_text, function, own_a, own_b):
    """French "depuis" and "selon", Turkish "göre" and "tarafından" are rarer in their lists than
    "de" or "ve", and no less function words; a common word written as a name ("Türkiye") is
    still a side's word."""
    side_a, side_b = distinctive_words(write_article(a_text), write_article(b_text), (), min_z=0.0, min_count=2)
    terms = {w.casefold() for t in side_a + side_b for w in t.term.split(" ")}
    assert not terms & function
    assert own_a <= {t.term.casefold() for t in side_a}
    assert own_b <= {t.term.casefold() for t in side_b}


def test_a_function_word_that_opens_a_markdown_heading_is_no_name(tmp_path):
    from reader.corpus import load_article

    (tmp_path / "a.md").write_text("# Depuis lundi, la grève\n\nLa grève continue depuis lundi, selon le syndicat.\n\n"
                                   "Depuis mardi, selon les salariés, la grève s'étend à la raffinerie.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Le blocage\n\nLa direction juge le blocage illégal.\n\n"
                                   "Le préfet demande la levée du blocage.\n", encoding="utf-8")
    side_a, side_b = distinctive_words(load_article(tmp_path / "a.md"), load_article(tmp_path / "b.md"), (),
                                       min_z=0.0, min_count=2)
    terms = {w.casefold() for t in side_a + side_b for w in t.term.split(" ")}
    assert "grève" in terms and not terms & {"depuis", "le", "selon"}


def _listed_words(side_a, side_b) -> set[str]:
    return {w.casefold() for t in side_a + side_b for w in t.term.split(" ")}


def test_contractions_of_function_words_are_function_words():
    """"don't", "didn't", "doesn’t" are "do not", "did not", "does not": no side's words, in
    either apostrophe."""
    a = count_terms(["The dockers don't trust the bosses. They didn't sign, and it doesn’t end here. "
                     "We don't forget, they didn't listen, it doesn’t matter, we won't go back to the bosses."] * 2)
    b = count_terms(["The company praised its employees and its customers. Employees returned, customers waited."] * 2)
    side_a, side_b = rank(a, b, a.counts + b.counts, min_z=0.0, min_count=2)
    words = _listed_words(side_a, side_b)
    assert not words & {"don't", "didn't", "doesn’t", "won't"}
    assert "bosses" in words and "employees" in words


def test_weekdays_are_dates_as_months_are():
    """A report filed on Wednesday says "Wednesday" where the other says "March": when, not how."""
    a = count_terms(["The strike began on Wednesday. On Wednesday the pickets held, and by Wednesday night "
                     "the strikers had won Wednesday's vote."] * 2)
    b = count_terms(["The walkout began in March. In March the company held firm, and the walkout ended."] * 2)
    side_a, side_b = rank(a, b, a.counts + b.counts, min_z=0.0, min_count=2)
    words = _listed_words(side_a, side_b)
    assert "wednesday" not in words and "march" not in words
    assert "strike" in words and "walkout" in words


def test_a_phrase_ranked_below_its_own_words_still_stands_for_them():
    """"law" and "enforcement" (0:4 each, only ever as "law enforcement") rank above the phrase,
    whose vocabulary has other totals: a list cut off before the phrase must not show the two
    words apart, but what a longer list shows in the same order."""
    a = count_terms(["The mayor praised the marchers. Marchers sang, marchers prayed, and the mayor walked."] * 2)
    b = count_terms(["Police said law enforcement officers held the line. Officers arrested rioters; "
                     "law enforcement said rioters threw stones at officers."] * 2)
    everything = rank(a, b, a.counts + b.counts, min_z=0.0, min_count=2, limit=40)[1]
    short = rank(a, b, a.counts + b.counts, min_z=0.0, min_count=2, limit=3)[1]
    assert not {"law", "enforcement"} & {t.term for t in short + everything}
    assert [t.term for t in short] == [t.term for t in everything][:3]
    assert "law enforcement" in [t.term for t in short]


def test_the_parts_of_a_longer_name_are_no_words_of_their_own():
    """"Port", "Safety", "Officer" of "the Port Safety Officer", "Alma" and "Governor" of "Governor
    Alma Reyes" (the other side's "Reyes": a shared name) are parts of names, listed apart or
    cut in two-word pieces; "Fenn", named in full once and then alone, is a side's name."""
    a = count_terms(["Dockers met the Port Safety Officer on the quay, and the Port Safety Officer said the "
                     "cranes were unsafe. The cranes failed, said organiser Douglas Fenn; Fenn said it twice. "
                     "Later Governor Alma Reyes visited the cranes."] * 2)
    b = count_terms(["Reyes praised the company. The company thanked Reyes and its customers, and customers "
                     "thanked the company."] * 2)
    side_a, _side_b = rank(a, b, a.counts + b.counts, min_z=0.0, min_count=2, limit=40)
    listed = {t.term for t in side_a}
    assert not listed & {"Port", "Safety", "Officer", "Douglas", "Alma", "Governor", "Port Safety", "Safety Officer",
                         "Governor Alma", "Alma Reyes"}
    assert {"Fenn", "cranes"} <= listed


def test_a_heading_in_title_case_is_no_run_of_names():
    """Every word of "Mosque Should Be Built Someplace Else" has a capital: none of it is a name."""
    a = count_terms(["Mosque Should Be Built Someplace Else",
                     "The senator said the mosque should be built someplace else, far from the site."])
    b = count_terms(["The developers said the centre would open next year near the site."] * 2)
    side_a, _side_b = rank(a, b, a.counts + b.counts, min_z=0.0, min_count=2, limit=40)
    assert "built someplace" in {t.term.casefold() for t in side_a}


def test_labels_that_open_paragraphs_are_furniture():
    """A rebuttal's "Claim:" and "Fact:", an interview's "Q:", opening paragraph after paragraph,
    are how it is set out, not words it uses; "claim" inside a sentence is still a word."""
    a = count_terms(["Claim: the dam will flood the valley.", "Fact: the dam holds back the floods.",
                     "Claim: the villagers were never asked.", "Fact: the villagers voted for the dam.",
                     "Claim: the river will dry up.", "Fact: the river flows as before."])
    b = count_terms(["The villagers fear the dam will drown their fields.",
                     "Campaigners say the valley will flood and the fields will drown.",
                     "The campaign claims the river will dry up."])
    side_a, side_b = rank(a, b, a.counts + b.counts, min_z=0.0, min_count=2, limit=40)
    words = _listed_words(side_a, side_b)
    assert not words & {"claim", "fact"}
    assert "dam" in {t.term for t in side_a}


# (A, B, the start of a word of A's side, how often A writes it)
_INFLECTED = [
    # An article judged French keys its words by the French stemmer, as the aligner does:
    # "négociations", "négocier" and "négocié" are one word of its side, written three times.
    ("Les négociations sur le barrage ont repris mardi à Lisière entre les deux pays voisins.\n\n"
     "Les ministres veulent négocier un partage de l'eau avant la saison sèche, disent leurs conseillers.\n\n"
     "Un accord a été négocié en secret pendant l'hiver, selon un diplomate qui demande l'anonymat.\n\n"
     "Les agriculteurs de la vallée attendent depuis longtemps une solution pour irriguer leurs champs.\n",
     "Le barrage de Lisière inquiète les pêcheurs du fleuve depuis sa construction.\n\n"
     "Les poissons disparaissent, et les villages de la rive comptent leurs pertes chaque printemps.\n\n"
     "Une association de pêcheurs réclame une étude indépendante sur la qualité de l'eau.\n\n"
     "Les autorités promettent des aides aux familles touchées, sans donner de calendrier.\n",
     "négoci", 3),
    # An Italian article opens two sentences with "Elezioni" and writes "elezioni" inside two
    # more: one word of its side, written four times, as the aligner keys it (the capital of a
    # word the article also writes in lower case opens a sentence, it tells no name).
    ("Elezioni anticipate in vista per la regione. Il presidente ha sciolto il consiglio ieri sera.\n\n"
     "I partiti chiedono che le elezioni si tengano prima dell'estate, per non bloccare il bilancio.\n\n"
     "Elezioni o no, i sindaci dei comuni di montagna aspettano ancora i fondi promessi per le strade.\n\n"
     "Secondo i sondaggi, le elezioni premierebbero l'opposizione, che da mesi attacca la giunta.\n",
     "La giunta regionale difende il suo lavoro sulle strade e sugli ospedali della provincia.\n\n"
     "L'assessore al bilancio dice che i fondi per i comuni di montagna arriveranno entro l'autunno.\n\n"
     "I sindacati dei medici chiedono nuove assunzioni negli ospedali delle valli più isolate.\n\n"
     "Il presidente ha incontrato i sindaci per discutere dei trasporti e delle scuole rurali.\n",
     "elezion", 4),
]


@pytest.mark.parametrize(("a_text", "b_text", "start", "count"), _INFLECTED, ids=["fr-inflections", "it-capital"])
def test_a_sides_word_counts_all_its_forms(write_article, a_text, b_text, start, count):
    """A side's word counts all the forms its article's language keys alike, the capitalised
    one opening a sentence among them."""
    a, b = write_article(a_text), write_article(b_text)
    side_a, _ = distinctive_words(a, b, (), min_z=0.0, min_count=3)
    assert [t.a_count for t in side_a if t.term.casefold().startswith(start)] == [count]


def test_a_debates_speakers_labels_are_no_words_of_its_side(tmp_path):
    """The names that label a debate's later turns alone before a colon, as the aligner reads
    them, are how the record is set out, not words its side uses, however each turn writes the
    name ("Ana Rusu:", "Ms Rusu:"); said in a turn, a name is."""
    from reader.corpus import load_article
    from reader.differ.lexicon import article_terms

    turns = [("Ana Rusu", "Why were the school buses cut?"), ("Ms Rusu", "Will the council restore them?"),
             ("Councillor Rusu", "When will they run again?")]
    record = "School Buses\n\nCouncillor Ana Rusu (Westbank) (Ind): Why were the buses cut from the villages?\n\n" \
             "The Leader of the Council (Councillor Omar Feld): Because the contract ran out.\n\n" + "".join(
                 f"{name}: {turn}\n\nCouncillor Omar Feld: Soon, as Kessa asked.\n\n" for name, turn in turns)
    report = "School buses\n\n" + "".join(f"{turn}\n\nSoon, the council said.\n\n" for _, turn in turns)
    (tmp_path / "a.txt").write_text(record, encoding="utf-8")
    (tmp_path / "b.txt").write_text(report, encoding="utf-8")
    a, b = article_terms(load_article(tmp_path / "a.txt")), article_terms(load_article(tmp_path / "b.txt"))
    side_a, side_b = rank(a, b, a.counts + b.counts, min_z=0.0, min_count=2, limit=40)
    words = _listed_words(side_a, side_b)
    assert not words & {"ana", "rusu", "omar", "feld", "councillor"}
    assert "kessa" in words
