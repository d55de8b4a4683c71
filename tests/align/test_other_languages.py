"""Articles in another language are weighed with that language's common words."""

from __future__ import annotations

import pytest

from reader.align import align
from reader.corpus import load_article

FRENCH_A = """Le sommet de Genève

Les ministres de la région ont signé une déclaration sur la sécurité des frontières et le commerce.

La délégation de la ville a quitté la salle avant la fin de la séance pour une raison de calendrier.

Les agriculteurs de la vallée demandent une aide pour la récolte de cette année après la sécheresse.
"""
FRENCH_B = """Un accord à Genève

Selon le texte, la déclaration signée par les ministres porte sur la sécurité des frontières.

Une partie de la population de la capitale a manifesté dans les rues pour une hausse des salaires.

Le club de la ville a gagné la finale de la coupe pour la première fois de son histoire.
"""


def test_french_function_words_are_common_not_rare(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FRENCH_B, encoding="utf-8")
    a, b = load_article(tmp_path / "a.txt"), load_article(tmp_path / "b.txt")
    links = align(a, b).links
    # the declaration on border security, told by both, is the one claim they share; with the
    # English list, "de", "la", "une" and "pour" looked rare and linked every paragraph (0.4-0.6)
    assert {(link.a, link.b) for link in links if link.tier == "strong"} == {(1, 1)}
    assert len(links) <= 2


def test_function_words_are_no_reason_shown_for_a_link(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FRENCH_B, encoding="utf-8")
    a, b = load_article(tmp_path / "a.txt"), load_article(tmp_path / "b.txt")
    (link,) = [link for link in align(a, b).links if (link.a, link.b) == (1, 1)]
    shown = {e.a_text.lower() for e in link.evidence}
    assert {"déclaration", "sécurité", "frontières", "ministres"} <= shown
    assert not shown & {"de", "la", "des", "les", "le", "sur", "une"}  # shared, common, not reasons


def test_the_list_is_the_language_of_the_words():
    from reader.align.background import language_of, word_list

    english = word_list(language_of({"the", "said", "minister", "border", "security", "agreement"}))
    french = word_list(language_of({"les", "ministres", "de", "la", "sécurité", "frontières", "une", "selon"}))
    assert "the" in english and "ministres" in french and french is not english


HINDI_A = """जिनेवा में शिखर सम्मेलन

क्षेत्र के मंत्रियों ने सीमा की सुरक्षा और व्यापार पर एक घोषणा पर हस्ताक्षर किए।

शहर के प्रतिनिधिमंडल ने कार्यक्रम के कारण बैठक के अंत से पहले कमरा छोड़ दिया।

घाटी के किसानों ने सूखे के बाद इस साल की फसल के लिए मदद की मांग की है।
"""
HINDI_B = """जिनेवा में समझौता

पाठ के अनुसार, मंत्रियों द्वारा हस्ताक्षरित घोषणा सीमा की सुरक्षा से संबंधित है।

राजधानी की जनता के एक हिस्से ने वेतन में वृद्धि के लिए सड़कों पर प्रदर्शन किया।

शहर के क्लब ने अपने इतिहास में पहली बार कप का फाइनल जीता।
"""


def test_hindi_postpositions_are_common_not_rare(tmp_path):
    (tmp_path / "a.txt").write_text(HINDI_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(HINDI_B, encoding="utf-8")
    links = align(load_article(tmp_path / "a.txt"), load_article(tmp_path / "b.txt")).links
    # with no Hindi list, "के", "की", "ने" looked rare and linked unrelated paragraphs (strong, 0.3-0.46)
    assert {(link.a, link.b) for link in links if link.tier == "strong"} == {(1, 1)}
    (link,) = [link for link in links if (link.a, link.b) == (1, 1)]
    assert {e.a_text for e in link.evidence} == {"मंत्रियों", "घोषणा", "सीमा", "सुरक्षा"}


ARMENIAN_A = """Ջրային վեճ

Գյուղապետը ասաց, որ այգիները չորանում են, և որ ընկերությունը փակել է ջրանցքը։

Բնակիչները հավաքվել են մարզպետարանի մոտ, որ պահանջեն իրենց ջուրը։

Ընկերության տնօրենը ասում է, որ վթարը պատահական է եղել։
"""
ARMENIAN_B = """Ընկերությունը պատասխանում է

Տնօրենը պնդում է, որ ջրանցքը փակվել է վթարի պատճառով, և որ վերանորոգումը շուտով կավարտվի։

Մարզպետը կոչ է արել բոլորին, որ հանգիստ մնան, և խոստացել է օգնել։

Գյուղի դպրոցում նոր համակարգիչներ են տեղադրել, որ երեխաները սովորեն։
"""
AZERBAIJANI_A = """Gəncədə su böhranı

Sakinlər bildirir ki, su xətti şirkətin səhlənkarlığı üzündən partlayıb və üç gündür su yoxdur.

Direktor isə qəzanın köhnə borulardan qaynaqlandığını deyir və təmir üçün vəsait istəyir.

Şəhərdə yeni park açılıb və uşaqlar üçün oyun meydançası tikilib.
"""
AZERBAIJANI_B = """Şirkət qəzanı aradan qaldırır

Şirkətin məlumatına görə, su xəttində qəza baş verib və briqadalar gecə-gündüz işləyir.

Direktor bildirdi ki, köhnə borular dəyişdiriləcək və təmir üçün vəsait ayrılıb.

Futbol komandası çempionatda qələbə qazanıb və azarkeşlər üçün bayram təşkil edib.
"""


@pytest.mark.parametrize(("a", "b", "told", "function"), [
    (ARMENIAN_A, ARMENIAN_B, {(1, 1)}, {"որ", "է", "և", "են"}),
    (AZERBAIJANI_A, AZERBAIJANI_B, {(1, 1), (2, 2)}, {"və", "üçün", "ki"}),
])
def test_armenian_and_azerbaijani_function_words_are_no_reasons(tmp_path, a, b, told, function):
    # neither language has a word list: "որ", "և", "və", "üçün" looked rare and linked every
    # paragraph (Armenian's third paragraphs, a school's computers, by "որ" and "են")
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    links = align(load_article(tmp_path / "a.txt"), load_article(tmp_path / "b.txt")).links
    assert {(link.a, link.b) for link in links if link.tier == "strong"} <= told
    assert not {e.a_text.lower() for link in links for e in link.evidence} & function


# Two unrelated paragraphs (a water cut; a club's players) that share only function words
# rarer than the language's articles: a preposition, a postposition, an auxiliary.
UNRELATED_BY_FUNCTION_WORDS = {
    "fr": ("""Crise de l'eau à Valmont

Depuis le mois de mars, selon les habitants, les robinets du quartier nord restent secs pendant des journées entières.

Le maire a promis une nouvelle canalisation avant l'hiver et un camion-citerne chaque matin.

Les pêcheurs du lac réclament une indemnité pour les filets perdus lors de la tempête.
""", """La mairie de Valmont répond

Le maire assure que la canalisation sera posée avant l'hiver et que le camion-citerne passera chaque matin.

Depuis trois saisons, selon l'entraîneur, le club de basket perd ses meilleurs joueurs pendant la trêve.

La bibliothèque municipale ouvrira le dimanche à partir de septembre.
""", {"depuis", "selon", "pendant"}),
    "es": ("""Crisis del agua en Valmonte

Durante el mes de marzo, según los vecinos, el suministro del barrio norte fue cortado cada tarde.

El alcalde prometió una tubería nueva antes del invierno y un camión cisterna cada mañana.

Los pescadores del lago piden una indemnización por las redes perdidas en la tormenta.
""", """El ayuntamiento de Valmonte responde

El alcalde asegura que la tubería se instalará antes del invierno y que el camión cisterna pasará cada mañana.

Durante tres temporadas, según el entrenador, el equipo de baloncesto fue perdiendo a sus mejores jugadores.

La biblioteca municipal abrirá los domingos a partir de septiembre.
""", {"durante", "según", "fue"}),
    "de": ("""Wasserkrise in Waldberg

Seit Anfang März wurden die Leitungen im Nordviertel bis spät in die Nacht abgesperrt.

Der Bürgermeister versprach eine neue Leitung vor dem Winter und jeden Morgen einen Tankwagen.

Die Fischer am See verlangen eine Entschädigung für die im Sturm verlorenen Netze.
""", """Die Stadt Waldberg antwortet

Der Bürgermeister versichert, die neue Leitung werde vor dem Winter verlegt und der Tankwagen komme jeden Morgen.

Seit der Winterpause wurden dem Basketballverein bis heute seine besten Spieler abgeworben.

Die Stadtbibliothek öffnet ab September auch sonntags.
""", {"seit", "bis", "wurden"}),
    "tr": ("""Valmont'ta su krizi

Mahalle sakinlerine göre kuzey mahallesinin suyu belediye tarafından her öğleden sonra kesildi.

Belediye başkanı kıştan önce yeni bir boru hattı ve her sabah bir su tankeri sözü verdi.

Göldeki balıkçılar fırtınada kaybolan ağları için tazminat istiyor.
""", """Valmont belediyesi yanıt veriyor

Belediye başkanı boru hattının kıştan önce döşeneceğini ve su tankerinin her sabah geleceğini söylüyor.

Antrenöre göre basketbol kulübünün en iyi oyuncuları rakip kulüp tarafından transfer edildi.

Şehir kütüphanesi eylülden itibaren pazar günleri de açık olacak.
""", {"göre", "tarafından"}),
}


@pytest.mark.parametrize("language", sorted(UNRELATED_BY_FUNCTION_WORDS))
def test_rarer_function_words_link_nothing_and_are_no_reasons(tmp_path, language):
    # "depuis", "durante", "wurden", "göre" are rarer in their languages' lists than "de" or
    # "und": they weighed like names, linked the water cut to the club (strong) and were shown
    # as the reasons
    a, b, function = UNRELATED_BY_FUNCTION_WORDS[language]
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    links = align(load_article(tmp_path / "a.txt"), load_article(tmp_path / "b.txt")).links
    assert {(link.a, link.b) for link in links} == {(2, 1)}
    assert not {e.a_text.lower() for link in links for e in link.evidence} & function


def test_a_common_word_written_as_a_name_is_a_name():
    from reader.align.background import function_set, prior

    assert "estados" in function_set("es")  # on Spanish's stop list, among its commonest words ...
    written = {"w:estado": "estados", "w:segun": "según", "w:gobierno": "gobierno", "w:para": "para"}
    shares = prior(written, names={"w:estado"})
    assert shares["w:segun"] >= 0.1 and shares["w:estado"] < 0.1  # ... but a name where it is written as one
    assert shares["w:gobierno"] < 0.1  # a common noun is no function word


ENGLISH_BESIDE = """Drones over the valley

Residents of the northern district say the water pipe has been dry for a week and the tanker never came.

The mayor promised a new pipe before winter and a water tanker every morning.

The city's football club lost the final in the last minute of extra time.
"""


def test_a_corpus_in_several_languages_weighs_each_language_with_its_own_list(tmp_path):
    # The claim map weighs the words of all its articles at once; an English article among
    # Armenian ones made the whole corpus English, so "որ" and "են" were rare words and joined
    # Armenian passages that share nothing else into a claim (a village school's computers and
    # the canal's closing)
    from reader.align import Glossary
    from reader.claims import build
    from reader.corpus import load_paths

    for name, text in (("en.txt", ENGLISH_BESIDE), ("hy_a.txt", ARMENIAN_A), ("hy_b.txt", ARMENIAN_B)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    claim_map = build(load_paths([tmp_path]).articles, Glossary())
    told = [p.passage.text for claim in claim_map.claims for p in claim.passages]
    assert any(t.startswith("Գյուղապետը") for t in told)  # the canal's closing, told by both
    assert not any(t.startswith("Գյուղի դպրոցում") for t in told)  # the school


def test_an_english_article_beside_an_armenian_one_leaves_armenian_function_words_out(tmp_path):
    # the pair's words were judged English as a whole, so "որ" (that) was the Armenian side's own word
    from reader.differ.lexicon import distinctive_words

    (tmp_path / "en.txt").write_text(ENGLISH_BESIDE, encoding="utf-8")
    (tmp_path / "hy.txt").write_text(ARMENIAN_B, encoding="utf-8")
    english, armenian = distinctive_words(load_article(tmp_path / "en.txt"), load_article(tmp_path / "hy.txt"),
                                          min_z=0.5)
    assert not {t.term for t in armenian} & {"որ", "են", "է", "և"}
    assert {t.term.lower() for t in english} & {"pipe", "tanker", "water"}
