"""A capitalised word of an article keyed by a Latin-script stemmer is a common word when the
same article also writes it in lower case ("Inondations" opening a sentence, "les inondations"
inside one): it is keyed as that word, and meets it in its own article and in others. A
capitalised word the article never writes in lower case is a name, keyed alike in any language.

Spanish news capitalises its institutions after the article ("el Gobierno", "del Congreso")
and never writes them in lower case: such a word is an ordinary noun of the language, not a
name. It keeps its key, but is no name's evidence for the aligner and no name one side lacks
for the differ. A word with no plural in the language's list ("el Líbano") and one the article
also writes without its article ("en India") stay names; English is read as before."""

from __future__ import annotations

import pytest

from reader.align import Glossary
from reader.align.features import article_features
from reader.align.language import institutions, keyed_language, lower_words
from reader.align.text import scan, word
from reader.claims.keys import passage_keys
from reader.corpus import load_article
from reader.differ import Differ

# An invented flood told twice in French: A opens its first paragraph with "Inondations" and
# its third with "Réparations", and writes both in lower case elsewhere; B only inside sentences.
FRENCH_A = [
    "Inondations : la vallée coupée du monde. Les pluies de la semaine ont gonflé la rivière "
    "jusqu'aux maisons du bourg.",
    "Les secours ont évacué deux cents habitants pendant la nuit, et les inondations ont emporté "
    "le pont de la route départementale.",
    "Réparations promises. Le préfet Fournier assure que l'État paiera les réparations des routes "
    "et des écoles avant l'hiver.",
    "Fournier a visité le bourg jeudi avec le maire, qui demande aussi des digues plus hautes.",
]
FRENCH_B = [
    "Dans le bourg, les inondations ont surpris les familles endormies; la rivière est sortie de "
    "son lit après une semaine de pluie.",
    "La préfecture estime les réparations à plusieurs millions d'euros, et les élus réclament des "
    "digues plus hautes le long du fleuve.",
    "Les agriculteurs de la vallée comptent leurs bêtes noyées et attendent les indemnités promises "
    "par le préfet.",
]
# The same kind of pair in Spanish, about a fire.
SPANISH_A = [
    "Incendios en la sierra. El fuego avanzó durante la noche hacia los pueblos del valle, empujado "
    "por un viento muy fuerte.",
    "Los vecinos dicen que los incendios de este verano son los peores de la década, y piden más "
    "aviones para la comarca.",
    "Evacuaciones masivas. Las evacuaciones de tres aldeas terminaron al amanecer sin heridos, según "
    "la guardia civil.",
    "Santos y vírgenes salieron en procesión el domingo: los santos del pueblo, dicen, pararon el fuego.",
]
SPANISH_B = [
    "Las llamas llegaron a las primeras casas del valle cuando los incendios cambiaron de dirección "
    "con el viento de la tarde.",
    "Las evacuaciones se hicieron de noche y con calma, contó una vecina que perdió su granja y sus "
    "animales en el monte.",
    "Santos, el alcalde, pidió ayuda al gobierno regional para reconstruir los caminos y las escuelas "
    "quemadas este año.",
]


def _article(tmp_path, name: str, paragraphs: list[str]):
    path = tmp_path / name
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return load_article(path)


def _keys(article, words: dict | None = None) -> list[set[str]]:
    return [set(f) for f in article_features(article, "paragraph", Glossary(), words)]


def test_a_french_word_opening_a_sentence_meets_itself_inside_one(tmp_path):
    a, b = _article(tmp_path, "a.txt", FRENCH_A), _article(tmp_path, "b.txt", FRENCH_B)
    assert keyed_language(a) == keyed_language(b) == "fr"
    ka, kb = _keys(a), _keys(b)
    floods, repairs = word("inondations", "fr").key, word("réparations", "fr").key
    assert floods in ka[0] & kb[0] and floods in ka[1]
    assert repairs in ka[2] & kb[1]
    assert word("Inondations").key not in ka[0]
    # the claim map keys the passage as the aligner does
    assert floods in passage_keys(FRENCH_A[0], Glossary(), {}, a)


def test_a_spanish_word_opening_a_sentence_meets_itself_inside_one(tmp_path):
    a, b = _article(tmp_path, "a.txt", SPANISH_A), _article(tmp_path, "b.txt", SPANISH_B)
    assert keyed_language(a) == keyed_language(b) == "es"
    ka, kb = _keys(a), _keys(b)
    fires, evacuations = word("incendios", "es").key, word("evacuaciones", "es").key
    assert fires in ka[0] & kb[0]
    assert evacuations in ka[2] & kb[1]
    assert passage_keys(SPANISH_A[2], Glossary(), {}, a).keys() >= {evacuations}


def test_a_name_never_written_in_lower_case_keeps_the_key_of_no_language(tmp_path):
    """"Fournier" opens a sentence of A and is never written in lower case: a name, keyed as in
    any language (the French stemmer would make it "fourni")."""
    a = _article(tmp_path, "a.txt", FRENCH_A)
    assert "fournier" not in lower_words(a)
    assert word("Fournier").key in _keys(a)[3]
    assert word("fournier", "fr").key != word("Fournier").key


def test_one_word_cache_serves_each_article_its_own_decision(tmp_path):
    """Spanish A writes "santos" (saints) in lower case, B only "Santos", a mayor's name: with
    the one word cache a claim map shares across its articles, each keeps its own reading."""
    a, b = _article(tmp_path, "a.txt", SPANISH_A), _article(tmp_path, "b.txt", SPANISH_B)
    shared: dict = {}
    ka, kb = _keys(a, shared), _keys(b, shared)
    saints, name = word("santos", "es").key, word("Santos").key
    assert saints != name
    assert saints in ka[3] and name not in ka[3]
    assert name in kb[2] and saints not in kb[2]
    words: dict = {}
    assert saints in passage_keys(SPANISH_A[3], Glossary(), words, a)
    assert name in passage_keys(SPANISH_B[2], Glossary(), words, b)


def test_an_english_article_has_no_common_words_to_look_up(tmp_path):
    english = ["The floods cut three roads in the valley this week, and rescuers moved two hundred "
               "people from the town overnight before the bridge on the county road was swept away. "
               "Repairs will be paid for by the state before winter, the prefect said on Thursday, "
               "and farmers are counting their drowned animals while they wait for promised help."]
    a = _article(tmp_path, "en.txt", english)
    assert keyed_language(a) is None and lower_words(a) is None


def test_a_turkish_word_opening_a_sentence_with_a_dotted_or_dotless_capital_i_meets_itself():
    """Turkish "İ" is the capital of "i" and "I" of "ı": "İddialar" opening a sentence is the
    "iddiaları" inside the next, "Ilımlı" the "ılımlı"."""
    text = ("İddialar yalanlandı. Bakanlık iddiaları reddetti ve ılımlı bir açıklama yaptı. "
            "Ilımlı sözler, iddialar ve tepkiler sürüyor. Işıklar gece yarısı söndü; köyde ışıklar "
            "ancak sabah yandı.")
    common = frozenset(m.group() for m in scan(text)[0] if m.group().islower())
    matches, words = scan(text, None, "tr", common)
    keys = {m.group(): w.key for m, w in zip(matches, words)}
    assert keys["İddialar"] == keys["iddiaları"] == keys["iddialar"] == word("iddialar", "tr").key
    assert keys["Ilımlı"] == keys["ılımlı"] == word("ılımlı", "tr").key
    # (a word its stemmer cuts: lower-cased as "işıklar", "Işıklar" would keep its whole key)
    assert keys["Işıklar"] == keys["ışıklar"] == word("ışıklar", "tr").key != word("Işıklar").key
    assert keys["Bakanlık"] == word("Bakanlık").key  # never written in lower case: a name's key


# Invented Turkish reports typed without Turkish letters, whose paragraphs open with a word in
# "I" (the capital of "i" there, not of "ı") that they also write in lower case further on.
TURKISH_TYPED_BARE = [
    ("Isciler", "isciler", [
        "Isciler sabah fabrikanin onunde toplandi ve sendika baskani grevin suresini acikladi.",
        "Sendika baskani, isciler maaslarini alana kadar grevin devam edecegini soyledi; sirket ise "
        "yeni bir teklif yapmadi.",
        "Isciler aksam saatlerinde de kapida bekledi, belediye de onlara sicak yemek dagitti.",
        "Yerel gazeteler grevin ikinci haftaya girebilecegini yazdi ve isciler cadirlarini kurdu.",
    ]),
    ("Ilce", "ilce", [
        "Ilce merkezinde sel sulari gece yarisi evlere girdi ve yollar sabaha kadar kapali kaldi.",
        "Valilik, ilce genelinde okullarin bu hafta kapali kalacagini acikladi; koylerde elektrik "
        "de kesildi.",
        "Ilce halki sabah erken saatlerde camurlu sokaklari temizlemeye basladi.",
        "Yetkililer zararin buyuk oldugunu ve ilce icin yardim istendigini belirtti.",
    ]),
]


@pytest.mark.parametrize("capitalised, written, paragraphs", TURKISH_TYPED_BARE)
def test_a_word_opening_a_sentence_with_i_in_a_turkish_text_typed_without_its_letters_meets_itself(
        tmp_path, capitalised, written, paragraphs):
    """Typed without Turkish letters, a text's "I" is the capital of "i": "Isciler" opening a
    sentence is the "isciler" inside one (lowered as Turkish, "ısciler", it was keyed as a name)."""
    article = _article(tmp_path, "tr.md", paragraphs)
    assert keyed_language(article) == "tr"
    common = lower_words(article)
    assert written in common
    matches, words = scan(paragraphs[0], None, "tr", common)
    assert words[0].key == word(written, "tr").key != word(capitalised).key
    keys = _keys(article)
    assert word(written, "tr").key in keys[0] and word(written, "tr").key in keys[2]


# Invented Turkish reports whose first paragraph opens with a function word written with the
# dotted capital "İ" ("İçin", "İşte"), which they also write in lower case further on.
TURKISH_FUNCTION_FIRST = [
    ("için", ["İçin yapılan görüşmeler sabaha kadar sürdü ve bakanlar yeni bir anlaşma için masaya oturdu.",
              "Köylüler barajın yıkılması için valiliğe dilekçe verdi, ama yanıt gelmedi ve su yükselmeye devam etti.",
              "Belediye başkanı yolların onarımı için para istediğini söyledi; okullar da bu hafta kapalı kalacak.",
              "Çiftçiler hayvanlarını kurtarmak için gece boyunca çalıştı ve sabah köprünün yıkıldığını gördüler."]),
    ("işte", ["İşte bu yüzden liman işçileri dün sabah greve başladı ve gemiler açıkta bekledi.",
              "Sendika başkanı, işte asıl sorunun düşük ücretler olduğunu söyledi; şirket ise teklifini geri çekti.",
              "Kasabada dükkânlar erken kapandı, çünkü işte herkes limanın önünde toplanmıştı.",
              "Akşam olunca işçiler çadırlarını kurdu ve grevin haftalarca sürebileceğini anlattılar."]),
]


@pytest.mark.parametrize("function_word, paragraphs", TURKISH_FUNCTION_FIRST)
def test_a_turkish_function_word_first_written_with_a_dotted_capital_is_still_a_function_word(
        tmp_path, function_word, paragraphs):
    """"İçin" opening an article that writes "için" is keyed as "için" and written as it, so the
    aligner still knows the function word (not "i" and a combining dot, which no word list holds)."""
    from reader.align.scoring import corpus_statistics

    article = _article(tmp_path, "tr.md", paragraphs)
    assert keyed_language(article) == "tr"
    units = article.units("paragraph")
    feats = article_features(article, "paragraph", Glossary())
    _, common = corpus_statistics([(units, feats)])
    assert word(function_word, "tr").key in common


# Invented pairs in which one article names a person with a surname that is also a common word
# of its language, which it writes in lower case too, and another article (in another language)
# names the same person. A capital inside a sentence is a name's: the article's every
# "Santos" is the minister, and meets the other article's.
NAME_ALSO_A_WORD = [
    ("es", "Santos", "santos", [
        "El ministro Santos llegó a la frontera el lunes para hablar con los alcaldes de los pueblos "
        "afectados por la sequía.",
        "Santos prometió dinero para los pozos y dijo que el gobierno pagará los camiones de agua "
        "durante todo el verano.",
        "En la plaza, los vecinos sacaron a los santos en procesión para pedir lluvia, como hacían "
        "sus abuelos hace cien años.",
    ], "pt", [
        "O ministro Santos chegou à fronteira na segunda-feira para falar com os prefeitos das "
        "cidades atingidas pela seca.",
        "Os moradores disseram ao ministro que os poços secaram e que os caminhões de água não "
        "chegam há semanas às aldeias.",
        "Na praça da cidade, as famílias fizeram fila durante horas para encher baldes e garrafas "
        "no único poço que ainda tem água.",
    ]),
    ("fr", "Chevalier", "chevalier", [
        "La députée Chevalier a visité mardi le port de pêche, où les marins attendent depuis des "
        "semaines les aides promises par l'État.",
        "Chevalier a promis de défendre les quotas à Bruxelles et de revenir avant la fin de la "
        "saison avec une réponse claire.",
        "Sur le quai, une statue du chevalier qui fonda la ville regarde la mer, et les enfants "
        "grimpent sur son cheval de pierre.",
    ], "es", [
        "La diputada Chevalier visitó el martes el puerto pesquero, donde los marineros esperan "
        "desde hace semanas las ayudas prometidas.",
        "Los pescadores le pidieron que defienda las cuotas en Bruselas antes de que termine la "
        "temporada de pesca.",
        "En el muelle, las familias de los pescadores vendían el poco pescado del día y contaban "
        "las deudas que crecen cada mes.",
    ]),
    ("tr", "Yıldırım", "yıldırım", [
        "Vali Yıldırım salı günü selden zarar gören köyleri ziyaret etti ve muhtarlarla uzun bir "
        "toplantı yaptı.",
        "Yıldırım, yıkılan köprülerin yaz gelmeden yeniden yapılacağını ve çiftçilere yardım "
        "gönderileceğini söyledi.",
        "Köylüler, gece düşen bir yıldırım yüzünden elektriklerin iki gün boyunca kesildiğini ve "
        "suyun evlere girdiğini anlattı.",
        "Okullar bu hafta kapalı kalacak; öğretmenler çocukların kitaplarını kurutmak için "
        "belediye salonunda çalışıyor.",
    ], "es", [
        "El gobernador Yıldırım visitó el martes las aldeas dañadas por la inundación y habló con "
        "los jefes de los pueblos.",
        "Prometió reconstruir los puentes antes del verano y enviar ayuda a los campesinos que "
        "perdieron sus cosechas.",
        "Las escuelas seguirán cerradas esta semana, y los maestros secan los libros de los niños "
        "en el salón del ayuntamiento.",
    ]),
]


@pytest.mark.parametrize("language_a, name, common, a, language_b, b", NAME_ALSO_A_WORD,
                         ids=[case[1] for case in NAME_ALSO_A_WORD])
def test_a_name_the_article_also_writes_as_a_common_word_stays_a_name(
        tmp_path, language_a, name, common, a, language_b, b):
    article_a, article_b = _article(tmp_path, "a.txt", a), _article(tmp_path, "b.txt", b)
    assert (keyed_language(article_a), keyed_language(article_b)) == (language_a, language_b)
    assert word(common, language_a).key != word(name).key  # the stemmer cuts the common word
    ka, kb = _keys(article_a), _keys(article_b)
    named = word(name).key
    # inside a sentence and opening one, the article's name meets the other article's
    assert named in ka[0] & kb[0] and named in ka[1]
    assert word(common, language_a).key in ka[2] and named not in ka[2]
    # the claim map and each side's words key the name as the aligner does
    assert named in passage_keys(a[1], Glossary(), {}, article_a)
    from reader.differ.lexicon import article_terms
    assert article_terms(article_a).counts[named[2:]] == 2


def test_a_capital_in_a_heading_in_title_case_tells_no_name(tmp_path):
    """A heading that capitalises every word ("Los Incendios Del Verano") is no sentence: a
    capital in it does not make its word a name, and "Incendios" opening a sentence of the
    same article is still its "incendios"."""
    article = _article(tmp_path, "a.txt", ["Los Incendios Del Verano Arrasan La Sierra", *SPANISH_A])
    assert "incendios" in lower_words(article)
    assert word("incendios", "es").key in _keys(article)[1]


def test_an_article_quoting_ideographs_still_finds_its_words(tmp_path):
    """A French article that quotes a Chinese slogan ("新时代", cut into pairs of ideographs)
    finds the words it writes in lower case and its names as any other."""
    article = _article(tmp_path, "a.txt", [
        *FRENCH_A[:2], "Sur la banderole du consul Fournier, on lisait « 新时代 » en lettres rouges, et "
        "les inondations du bourg ont fait la une des journaux de Pékin jeudi."])
    assert keyed_language(article) == "fr"
    assert "inondations" in lower_words(article) and "fournier" not in lower_words(article)


# Invented reports in which an article capitalises an institution now and then ("el Gobierno")
# but writes it in lower case more often ("el gobierno"), and another article (same language)
# writes it in lower case only: the capital inside a sentence is the institution's, a common
# word, and meets the other article's.
INSTITUTION_CAPITALISED_AT_TIMES = [
    ("es", "Gobierno", "gobierno", [
        "El Gobierno aprobó el martes un plan de ayudas para los agricultores que perdieron la cosecha "
        "por la sequía del verano.",
        "Según los sindicatos, el gobierno llega tarde: muchas granjas ya vendieron sus animales para "
        "pagar las deudas con los bancos.",
        "Los alcaldes de la comarca pidieron al gobierno que las ayudas lleguen antes del invierno y "
        "sin tanto papeleo.",
        "Las cooperativas calculan que la mitad de los pozos del valle están secos desde junio.",
    ], [
        "El gobierno regional anunció ayudas para el campo después de un verano sin lluvias que arruinó "
        "la cosecha de trigo.",
        "Los pastores dicen que vendieron el ganado a precios bajos porque no tenían agua ni pasto para "
        "los animales.",
        "Las cooperativas del valle esperan el dinero antes de que empiece el invierno y llegue el frío.",
    ]),
    ("it", "Governo", "governo", [
        "Il Governo ha approvato giovedì un decreto per i pescatori rimasti senza lavoro dopo la "
        "chiusura del porto.",
        "I pescatori dicono che il governo ha promesso gli aiuti già due volte, ma i soldi non sono mai "
        "arrivati sulle banchine.",
        "Il sindaco ha chiesto al governo di riaprire il porto prima dell'estate, quando arrivano i "
        "turisti e i traghetti.",
        "Sulle barche ferme al molo le reti si seccano al sole, e i giovani partono per il nord.",
    ], [
        "Secondo il governo il decreto aiuterà mille famiglie di pescatori della costa, ferme da mesi "
        "nel porto chiuso.",
        "Le cooperative della pesca giudicano gli aiuti troppo bassi e chiedono un incontro con il "
        "ministro entro la fine del mese.",
        "I ristoranti del lungomare comprano ormai il pesce da altri porti, più lontani e più cari.",
    ]),
]


@pytest.mark.parametrize("language, capital, common, a, b", INSTITUTION_CAPITALISED_AT_TIMES,
                         ids=[case[1] for case in INSTITUTION_CAPITALISED_AT_TIMES])
def test_a_word_written_in_lower_case_more_often_than_capitalised_inside_a_sentence_is_common(
        tmp_path, language, capital, common, a, b):
    article_a, article_b = _article(tmp_path, "a.txt", a), _article(tmp_path, "b.txt", b)
    assert keyed_language(article_a) == keyed_language(article_b) == language
    assert common in lower_words(article_a)
    ka, kb = _keys(article_a), _keys(article_b)
    key = word(common, language).key
    assert key != word(capital).key
    # "el Gobierno" opening A and "el gobierno" inside it meet each other and B's
    assert key in ka[0] & ka[1] & ka[2] & kb[0]
    assert word(capital).key not in ka[0]
    assert key in passage_keys(a[0], Glossary(), {}, article_a)


def test_a_name_whose_capital_dominates_stays_a_name(tmp_path):
    """"Santos" written with a capital inside sentences three times and "los santos" once: the
    capital dominates, the word is the minister's name."""
    a = ["El ministro Santos visitó el hospital del pueblo y habló con los médicos durante una hora.",
         "Los vecinos dicen que el ministro Santos prometió más camas, y que el alcalde le pidió una "
         "ambulancia nueva para la comarca.",
         "Antes de irse, el ministro Santos entró en la iglesia, donde los santos del pueblo esperan "
         "la fiesta de agosto.",
         "En la plaza, las familias contaron que el centro de salud cierra los fines de semana y que "
         "los enfermos viajan dos horas por caminos de tierra hasta la ciudad."]
    article = _article(tmp_path, "a.txt", a)
    assert keyed_language(article) == "es" and "santos" not in lower_words(article)
    assert word("Santos").key in _keys(article)[2]


# An invented Turkish report near the share of words with Turkish letters that tells a text typed
# without them: most of its words are typed bare, but ten it writes in lower case hold the
# letters, each capitalised inside sentences more often (a shop's or a street's name), so they
# are not among its common words. On all the words it writes in lower case it is typed with its
# letters; on its common words alone it would read as typed bare.
TURKISH_NEAR_BARE = [
    "Isciler sabah fabrikanin onunde toplandi ve sendika baskani grevin suresini acikladi.",
    "Sendika baskani, isciler maaslarini alana kadar grevin devam edecegini soyledi ve yeni teklif bekledi.",
    "Yerel gazeteler grevin ikinci haftaya girebilecegini yazdi, belediye de onlara sicak yemek dagitti.",
    "Dun aksam valilik binasinin onunde uzun bir toplanti yapildi ama kimse bir karar vermedi.",
    "Grev suruyor, isciler kapida bekliyor ve aileleri de her gun onlara katiliyor.",
    "Fabrika yonetimi ise Şirket adina yazdigi mektupta Çarşı ve Işık mahallelerindeki Gümüş subeyi ile "
    "Güneş, Köprü, Söğüt, Yıldız ve Düğün salonlarini kapatacagini duyurdu.",
    "Yonetim bu kararin Şirket ile Çarşı esnafi, Işık sakinleri ve Gümüş calisanlari ile Güneş, Köprü, "
    "Söğüt, Yıldız ve Düğün musterileri icin gecici oldugunu yazdi.",
    "Mektupta şirket, çarşı, ışık, güneş, köprü, söğüt, yıldız, düğün ve gümüş kelimeleri bir kez gecti.",
]


def test_a_turkish_text_is_judged_typed_bare_or_not_once_for_its_names_and_its_words(tmp_path):
    """Whether a text is typed without Turkish letters is decided once, on every word it writes
    in lower case: the "I" opening a sentence is read as the capital of the same letter when its
    names are counted and when its words are keyed."""
    article = _article(tmp_path, "tr.md", TURKISH_NEAR_BARE)
    assert keyed_language(article) == "tr"
    common = lower_words(article)
    assert "isciler" in common and "şirket" not in common
    matches, words = scan(TURKISH_NEAR_BARE[0], None, "tr", common)
    # typed with its letters, "Isciler" is "ısciler", a word the text never writes in lower case
    assert words[0].key == word("Isciler").key != word("isciler", "tr").key


# An invented dock strike told twice in Spanish.
STRIKE_A = [
    "Huelga en los puertos del norte",
    "El Gobierno anunció el martes un plan de ayudas para los estibadores del puerto de Varela, "
    "después de tres semanas de huelga que han dejado miles de contenedores parados en los muelles.",
    "El sindicato de estibadores pide que el Gobierno garantice los empleos antes de negociar la "
    "nueva ley de puertos, y las pérdidas ya superan los cuarenta millones de euros.",
    "El Congreso debatirá la ley en marzo. La ministra Ortal dijo que el Ejecutivo no cederá ante "
    "las amenazas de los sindicatos y que la reforma es necesaria para competir con otros puertos.",
]
STRIKE_B = [
    "Los estibadores resisten",
    "Los estibadores de Varela cumplen tres semanas de huelga contra la reforma de los puertos, y "
    "el Gobierno sigue sin ofrecerles una garantía para sus empleos.",
    "La ministra Ortal insiste en que la reforma irá al Congreso en marzo. Los diputados de la "
    "oposición, con su portavoz Ibarne, anuncian que votarán en contra si el Gobierno no negocia "
    "con los sindicatos.",
]
# Another kind of story, about a minimum wage, one side saying "el Ejecutivo", the other "el Gobierno".
WAGE_A = [
    "Sube el salario mínimo",
    "La subida llega después de un año de precios altos en los mercados y de alquileres que no "
    "dejan de crecer en las ciudades del país.",
    "Tras meses de reuniones, el Ejecutivo aprobó ayer el decreto que sube el salario mínimo un "
    "ocho por ciento, una cifra que los sindicatos consideran insuficiente.",
]
WAGE_B = [
    "Un ocho por ciento más",
    "Los trabajadores con el sueldo más bajo cobrarán un ocho por ciento más desde enero: el "
    "Gobierno aprobó ayer el decreto del salario mínimo, que los sindicatos ven corto.",
    "En los pueblos del interior, los agricultores temen que la subida cierre granjas que ya apenas "
    "ganan dinero con la leche y el trigo.",
]


def _names(a, b, i: int, j: int) -> list[tuple[str | None, str | None]]:
    found = Differ(a, b, a.passages, b.passages, Glossary()).between(i, j)
    return [(d.a_text, d.b_text) for d in found if d.kind == "name"]


def test_a_spanish_institution_after_its_article_keeps_its_key_but_is_no_name(tmp_path):
    a = _article(tmp_path, "a.txt", STRIKE_A)
    assert keyed_language(a) == "es"
    assert {"gobierno", "congreso", "ejecutivo"} <= institutions(a)
    feats = article_features(a, "paragraph", Glossary())
    government, port = feats[1]["w:gobierno"], feats[1]["w:varela"]
    assert not government.name and government.capital  # the key a name has, in any language
    assert port.name  # the port's name stays one
    assert not feats[3]["w:ejecutivo"].name and feats[3]["w:ortal"].name


def test_the_differ_reports_no_institution_as_a_name_one_side_lacks(tmp_path):
    a, b = _article(tmp_path, "a.txt", STRIKE_A), _article(tmp_path, "b.txt", STRIKE_B)
    # "el Ejecutivo" and "el Gobierno" are the same government; the spokesman is a name B alone gives
    assert _names(a, b, 3, 2) == [(None, "Ibarne")]
    wage_a, wage_b = _article(tmp_path, "wa.txt", WAGE_A), _article(tmp_path, "wb.txt", WAGE_B)
    assert _names(wage_a, wage_b, 2, 1) == []


def test_a_name_without_a_plural_or_written_without_its_article_stays_a_name(tmp_path):
    text = [
        "La guerra en el Líbano y el comercio con la India",
        "Los barcos que llegan desde el Líbano traen menos trigo este año, dicen los comerciantes del "
        "mercado central, y los precios del pan ya han subido en todos los barrios de la ciudad.",
        "El Gobierno busca ahora trigo en la India, aunque el viaje es largo y caro; en India la "
        "cosecha fue buena, y el ministro Sorel viajará a El Salvador para cerrar otro contrato.",
    ]
    a = _article(tmp_path, "a.txt", text)
    assert keyed_language(a) == "es"
    feats = article_features(a, "paragraph", Glossary())
    assert feats[1]["w:libano"].name  # "líbanos" is no word: a name
    assert feats[2]["w:india"].name  # written without its article too
    assert feats[2]["w:salvador"].name  # "El" capitalised inside a sentence is the name's own
    assert not feats[2]["w:gobierno"].name
    assert institutions(a) == {"gobierno"}


def test_an_english_article_reads_its_capitals_as_before(tmp_path):
    a = _article(tmp_path, "a.txt", [
        "The Government announced on Tuesday a package of aid for the dockers of the port of Varela, after "
        "three weeks of a strike that has left thousands of containers idle on the quays of the north.",
    ])
    assert institutions(a) == frozenset()
    assert article_features(a, "paragraph", Glossary())[0]["w:government"].name  # as it was: a name


def test_an_institution_opening_a_sentence_with_its_article_is_no_name_either(tmp_path):
    a, b = _article(tmp_path, "a.txt", STRIKE_A), _article(tmp_path, "b.txt", WAGE_B)
    assert _names(a, b, 1, 2) == [("Varela", None)]  # "El Gobierno anunció …": the port alone
