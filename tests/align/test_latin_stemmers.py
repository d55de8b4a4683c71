"""Words of an article judged French, German, Spanish, Italian, Portuguese, Dutch or Turkish are
keyed by that language's Snowball stemmer, so two tellings that inflect one word differently
("négociations" / "négocier") share its key; names keep one key whatever the language, and an
English article keeps the keys it had."""

from __future__ import annotations

import pytest

from reader.align import Glossary
from reader.align.engine import prepare
from reader.align.features import article_features
from reader.align.language import keyed_language
from reader.align.text import STOPWORDS, fold, scan, stem, word
from reader.corpus import load_article


@pytest.mark.parametrize(("language", "forms"), [
    ("fr", ("négociations", "négocier", "négocié")),
    ("fr", ("frappé", "frappes", "frappés")),
    ("fr", ("accord", "accords", "l'accord")),
    ("tr", ("görüşmeler", "görüşme", "görüşmelerde")),
    ("tr", ("anlaşmanın", "anlaşma", "anlaşmaları")),
    ("tr", ("sınırda", "sınırlar", "sınır")),
    # a word ending in a vowel: its bare form's vowel is no case ending ("müzakere" / "müzakereler")
    ("tr", ("müzakere", "müzakereler", "müzakerelerde", "müzakereyi")),
    ("tr", ("mücadele", "mücadeleler", "mücadeleye")),
    ("tr", ("tehlike", "tehlikeler", "tehlikeyi")),
    ("tr", ("politika", "politikalar", "politikaya")),
    # the possessive "-sI" after a vowel: its buffer "s" is no stem's ("bölgesi" / "bölge")
    ("tr", ("bölge", "bölgesi", "bölgesinde", "bölgeler", "bölgeye")),
    ("tr", ("ülke", "ülkesi", "ülkesinin", "ülkeler")),
    ("tr", ("kasabası", "kasabasına", "kasabalar", "kasabaya")),
    ("tr", ("toplantısı", "toplantısında", "toplantıya", "toplantılarda")),
    # a stem's own final "t" before a case ending of one vowel is no locative's ("hükümete")
    ("tr", ("hükümet", "hükümete", "hükümeti", "hükümette", "hükümetler")),
    ("tr", ("şirket", "şirkete", "şirketi", "şirketler")),
    ("tr", ("pasaport", "pasaporta", "pasaportu")),
    # a "t" after a vowel is no locative's or past's ("-dA", "-dI" there), even where the word
    # list knows the stem without it too ("devle", "haya")
    ("tr", ("devlet", "devlete", "devleti", "devletler")),
    ("tr", ("hayat", "hayata", "hayatı", "hayatta")),
    # and before the genitive "-In" ("teröristin" / "terörist")
    ("tr", ("terörist", "teröristin", "teröriste", "teröristler")),
    ("tr", ("cemaat", "cemaatin", "cemaate")),
    # a noun whose last syllable reads as a suffix, cut from the bare word and its cases but kept
    # before the plural ("seçim", "seçimde" / "seçimler"; "oda" / "odalar")
    ("tr", ("seçim", "seçimler", "seçimde", "seçimi")),
    ("tr", ("deprem", "depremde", "depremler", "depreme")),
    ("tr", ("orman", "ormanda", "ormanlar", "ormanı")),
    ("tr", ("oda", "odalar", "odada", "odaya")),
    ("tr", ("kapı", "kapılar", "kapıda", "kapıyı")),
    ("tr", ("kasaba", "kasabalar", "kasabada")),
    # a stem's last consonant voiced before a case or possessive ending ("umut" / "umuda", "umudu")
    ("tr", ("umut", "umutlar", "umuda", "umudu")),
    ("tr", ("vücut", "vücudu", "vücuda", "vücudunda")),
    ("tr", ("kağıt", "kağıdı", "kağıtlar", "kağıda")),
    # a genitive two nouns write alike ("-nIn" after a vowel, "-In" after a consonant) is the
    # noun's the word list finds far commoner: the information's, the accident's
    ("tr", ("bilgi", "bilginin", "bilgiler", "bilgiye")),
    ("tr", ("kaza", "kazanın", "kazalar", "kazada")),
    # a word typed without the letters Turkish keys keep is the word written with them
    ("tr", ("seçim", "secim", "secimde", "seçimler")),
    ("tr", ("öldürüldü", "olduruldu")),
    ("tr", ("çok", "cok")),
    ("tr", ("hükümet", "hukumete", "hukumet")),
    ("tr", ("yaralandı", "yaralandi")),
    ("es", ("negociaciones", "negociación", "negociar")),
    ("de", ("Verhandlungen", "Verhandlung")),
    ("de", ("Angriffe", "Angriffen", "Angriff")),
    ("it", ("trattative", "trattativa")),
    # the capital of "L'évacuation" opening a sentence is the article's, not the word's
    ("fr", ("L'évacuation", "l'évacuation", "évacuations")),
    ("fr", ("D’après", "d'après", "après")),
    ("fr", ("L'indemnisation", "indemnisations")),
    ("it", ("Dell'accordo", "dell'accordo", "accordi")),
    ("it", ("L'occupazione", "occupazioni")),
])
def test_the_inflected_forms_of_a_word_share_one_key(language, forms):
    assert len({word(form, language).key for form in forms}) == 1, [word(f, language).key for f in forms]


@pytest.mark.parametrize(("language", "a", "b"), [
    ("fr", "les ministres négocient depuis que l'armée a bombardé les villages et la population proteste",
     "la négociation des ministres suit le bombardement des villages et les populations protestaient"),
    ("tr", "bakanlar sınırdaki köylere yapılan saldırıdan sonra anlaşmayı görüştüler",
     "sınır köyüne saldırılar bakanların görüşmelerinde anlaşmaları gündeme getirdi"),
    ("es", "los ministros negociaron un acuerdo después de bombardear las aldeas y los campesinos protestan",
     "la negociación del acuerdo siguió al bombardeo de las aldeas y a las protestas campesinas"),
])
def test_a_sentence_and_its_inflected_telling_share_their_words(language, a, b):
    keys_a = {w.key for w in (word(x, language) for x in a.split()) if w.key}
    keys_b = {w.key for w in (word(x, language) for x in b.split()) if w.key}
    before_a = {w.key for w in map(word, a.split()) if w.key}
    before_b = {w.key for w in map(word, b.split()) if w.key}
    assert len(keys_a & keys_b) >= len(before_a & before_b) + 2, (keys_a & keys_b, before_a & before_b)


@pytest.mark.parametrize("language", ["fr", "es", "it", "pt", "nl", "tr", "az", "en", None])
@pytest.mark.parametrize("name", ["Macron", "Aliyev", "Marovec", "Kessra", "Halvorsen", "Lula", "Obama"])
def test_a_name_keeps_one_key_whatever_the_language(name, language):
    assert word(name, language).key == word(name).key == "w:" + stem(fold(name))


def test_german_stems_its_capitalised_words_names_too():
    """German writes every noun with a capital, so a capital tells no name there: its names are
    stemmed with its nouns, and meet their own genitive ("Halvorsens")."""
    assert word("Verhandlungen", "de").key == word("Verhandlung", "de").key
    assert word("Halvorsens", "de").key == word("Halvorsen", "de").key


@pytest.mark.parametrize(("surface", "name"), [
    ("Ermenistan'ın", "Ermenistan"), ("Paşinyan'a", "Paşinyan"), ("Valdoria'dan", "Valdoria"),
])
def test_a_turkish_names_case_ending_keys_to_the_name(surface, name):
    assert word(surface, "tr").key == word(name, "tr").key == word(name).key


@pytest.mark.parametrize(("language", "x", "y"), [
    ("tr", "bakan", "bakmak"),  # minister / to look
    ("tr", "sınır", "sınıf"),  # border / class
    ("tr", "sahada", "şah"),  # on the field / shah: a stem of two syllables keeps its last vowel
    ("tr", "kafesi", "kafe"),  # its cage / café: "kafes" is a word, its "s" no possessive's buffer
    ("tr", "sesi", "se"),  # its voice
    ("tr", "vefasız", "vefa"),  # disloyal / loyalty: "-sız" is no possessive
    ("tr", "şirkete", "sirke"),  # to the company / vinegar
    # a "t" before a suffix that makes another word, no case ending: commander / command
    ("tr", "komutan", "komut"),
    # a bare noun whose last syllable the stemmer cut met a shorter word: town / butcher,
    # writing / summer, land / snow, door / container, person / short
    ("tr", "kasaba", "kasap"),
    ("tr", "yazı", "yaz"),
    ("tr", "kara", "kar"),
    ("tr", "kapı", "kap"),
    ("tr", "kişi", "kısa"),
    # the information's is not the scholar's ("bilginin", "bilgin"), the accident's not the
    # cauldrons' ("kazanın", "kazanlar"); the voter's, of a noun nearly as common as "seçme"
    # (choosing), stays the voter's
    ("tr", "bilginin", "bilgin"),
    ("tr", "kazanın", "kazanlar"),
    ("tr", "seçmenin", "seçme"),
    # words Turkish tells apart by its own letters alone: he died / it became, his living /
    # legislature, border / nerve, village / bay, short / winter
    ("tr", "öldü", "oldu"),
    ("tr", "yaşaması", "yasamanın"),
    ("tr", "sınırda", "sinirde"),
    ("tr", "köyde", "koyda"),
    ("tr", "kısa", "kış"),
    # typed without its letters, a word of its own is not taken for the word written with them:
    # nerve / border, mourning / age
    ("tr", "sinir", "sınır"),
    ("tr", "yas", "yaş"),
    ("tr", "asistan", "asist"),  # assistant / a pass that makes a goal
    ("fr", "frontière", "front"),
    ("fr", "paix", "pays"),
    ("es", "paz", "país"),
])
def test_different_words_keep_different_keys(language, x, y):
    assert word(x, language).key != word(y, language).key


@pytest.mark.parametrize(("language", "surface", "name"), [
    ("fr", "L'Élysée", "Élysée"), ("fr", "d'Orléans", "Orléans"), ("it", "dell'Aquila", "Aquila"),
])
def test_a_name_after_an_elided_article_keeps_its_key(language, surface, name):
    assert word(surface, language).key == word(name).key


# An invented event told twice in French: each paragraph of A names what happened, its partner
# in B tells it with verbs and shares none of its words as written; the next paragraph of B
# writes one of them as A does, in passing.
FRENCH_A = [
    "Les négociations ont repris mardi, selon les déclarations officielles.",
    "Les bombardements de la nuit ont provoqué l'évacuation de trois hameaux.",
    "Les manifestations des agriculteurs se multiplient contre l'occupation des terres.",
    "Le ministre promet l'indemnisation des familles et la réparation des maisons.",
    "Une enquête internationale doit établir les accusations de crimes.",
    "La mobilisation des réservistes inquiète les voisins.",
    "Les exportations de céréales ont chuté après la condamnation des quais.",
    "La vaccination des enfants déplacés a commencé, et les hospitalisations diminuent.",
]
FRENCH_B = [
    "Les deux capitales vont négocier encore, ont déclaré des responsables, pendant que la vaccination continue.",
    "L'aviation a bombardé avant l'aube, malgré les négociations; les habitants ont dû être évacués.",
    "Après les bombardements, des paysans ont manifesté parce que leurs champs restent occupés.",
    "Le gouvernement, après les manifestations, va indemniser les foyers et réparer les logements.",
    "Des experts étrangers vont enquêter sur ce dont l'armée est accusée, et sur l'indemnisation.",
    "L'état-major a mobilisé des soldats de réserve pendant l'enquête, de quoi inquiéter les pays limitrophes.",
    "Le pays ne peut plus exporter son blé, malgré la mobilisation, depuis qu'on a condamné le port fluvial.",
    "Les médecins vaccinent les petits réfugiés malgré la baisse des exportations; moins de malades sont hospitalisés.",
]


def _articles(tmp_path, a: list[str], b: list[str]):
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text("\n\n".join(a) + "\n", encoding="utf-8")
    pb.write_text("\n\n".join(b) + "\n", encoding="utf-8")
    return load_article(pa), load_article(pb)


def _best_partners_right(a, b) -> int:
    """How many of A's paragraphs score best with the paragraph of B that tells the same."""
    prepared = prepare(a, b, None, "paragraph", Glossary())
    best: dict[int, tuple[float, int]] = {}
    c = prepared.candidates
    for i, j, s in zip(c.rows.tolist(), c.cols.tolist(), c.scores.tolist()):
        if s > best.get(i, (0.0, -1))[0]:
            best[i] = (s, j)
    return sum(1 for i, (_, j) in best.items() if i == j)


def test_two_french_tellings_find_their_partners(tmp_path):
    a, b = _articles(tmp_path, FRENCH_A, FRENCH_B)
    assert keyed_language(a) == keyed_language(b) == "fr"
    assert _best_partners_right(a, b) >= 7  # none of the 8 when French words were keyed as English ones


ENGLISH = [
    "Talks between Valdoria and Castelmar resumed on Monday in Lisiere after three months of silence.",
    "Last week's strikes on the border villages wounded eleven people, rescuers said, and burned two barns.",
    "The foreign minister demanded that troops stationed near the dam withdraw before the harvest begins.",
    "Delegates are discussing how to share the river's water, on which both countries' farmers depend.",
    "International observers reported heavy damage to fields and schools across the valley.",
]


def test_an_english_article_keeps_the_keys_of_no_language(tmp_path):
    a, _ = _articles(tmp_path, ENGLISH, ENGLISH)
    assert keyed_language(a) is None
    keys = {k for f in article_features(a, "paragraph", Glossary()) if f for k in f if k.startswith("w:")}
    folded = {fold(m.group()) for p in ENGLISH for m in scan(p)[0] if not m.group()[0].isdigit()}
    assert keys == {"w:" + stem(f) for f in folded if f not in STOPWORDS and len(f) > 1}


# Short English reports dense with the names of another language's people, places and bodies
# ("Partido Regionalista de Castilla"): their words are English, which the names outnumber.
ENGLISH_WITH_SPANISH_NAMES = [
    "Madrid — Ramón Ortega Velázquez of the Partido Regionalista de Castilla met Inés Carrasco Beltrán "
    "at the Palacio de San Telmo on Thursday.",
    "Ortega, whose Coalición por Extremadura holds seats in the Asamblea de Extremadura, told Carrasco "
    "that talks on the water transfer from the Tajo to the Segura must resume.",
    "The Confederación Hidrográfica del Guadalquivir and the Junta de Andalucía backed the plan; "
    "Alcalde Joaquín Ferrer Quintana of Écija called it overdue.",
]
ENGLISH_WITH_ITALIAN_NAMES = [
    "Rome — Giancarlo Bevilacqua of Fratelli della Libertà and Maria Grazia Lombardi of Movimento per "
    "le Autonomie met at Palazzo Chigi on Friday.",
    "Bevilacqua told Lombardi that the Regione Lombardia and the Provincia autonoma di Trento were "
    "ready to sign the accord with the Ministero dell'Ambiente.",
    "Sindaco Pierluigi Cattaneo of Bergamo and Assessore Rosalba Ferraris welcomed the talks, as did "
    "Confindustria and Coldiretti.",
]


@pytest.mark.parametrize("paragraphs", [ENGLISH_WITH_SPANISH_NAMES, ENGLISH_WITH_ITALIAN_NAMES])
def test_an_english_article_full_of_foreign_names_keeps_the_keys_of_no_language(tmp_path, paragraphs):
    """The words a stemmer would key are those without a capital: the names, keyed alike in
    every language, do not choose it ("talks" stays "talk", as in any English article)."""
    a, _ = _articles(tmp_path, paragraphs, paragraphs)
    assert keyed_language(a) is None
    keys = {k for f in article_features(a, "paragraph", Glossary()) if f for k in f if k.startswith("w:")}
    assert "w:talk" in keys and "w:talks" not in keys
    folded = {fold(m.group()) for p in paragraphs for m in scan(p)[0] if not m.group()[0].isdigit()}
    assert keys == {"w:" + stem(f) for f in folded if f not in STOPWORDS and len(f) > 1}


def test_two_turkish_tellings_meet_on_a_word_ending_in_a_vowel(tmp_path):
    """One report writes "müzakere" and "mücadele" bare, the other only their plural and cases:
    the aligner, the claim map and each side's words count one word each."""
    from reader.claims.keys import passage_keys
    from reader.differ.lexicon import article_terms

    a = ["Başkent ile isyancılar arasındaki müzakere dün gece yarısı kesildi ve heyetler otellerine döndü.",
         "Arabulucular, mücadele sürerken ateşkesin korunması için iki tarafı da yeniden masaya çağırdı.",
         "Köylerde halk sabaha kadar bekledi; pazar yerleri kapalı kaldı ve okullar bugün de açılmadı.",
         "Bölgedeki hastaneler ilaç sıkıntısı çekiyor ve yaralılar şehir dışındaki kliniklere taşınıyor."]
    b = ["Dün gece yarısı müzakereler çöktü: isyancıların heyeti salonu terk etti ve başkente dönmedi.",
         "Komutanlar mücadeleye devam edeceklerini söyledi ve ateşkesin bir hafta daha süreceğini açıkladı.",
         "Kasabada dükkânlar kapandı, halk ekmek ve su almak için uzun kuyruklarda sabaha kadar bekledi.",
         "Hastanelerde ilaç azaldı; doktorlar yaralıları tedavi etmek için yardım kuruluşlarından destek istedi."]
    article_a, article_b = _articles(tmp_path, a, b)
    assert keyed_language(article_a) == keyed_language(article_b) == "tr"
    ka, kb = ([set(f) for f in article_features(x, "paragraph", Glossary())] for x in (article_a, article_b))
    talks, struggle = word("müzakere", "tr").key, word("mücadele", "tr").key
    assert talks in ka[0] & kb[0] and struggle in ka[1] & kb[1]
    assert talks in passage_keys(b[0], Glossary(), {}, article_b)
    assert article_terms(article_a).counts[talks[2:]] == article_terms(article_b).counts[talks[2:]] == 1


# Invented Turkish reports: one writes a place or a body bare or in the plural, the other its
# possessive ("bölgesi", "ülkesi", "kasabası"), the form news writes most.
TURKISH_POSSESSIVES = [
    (["Sınır bölgesi dün gece başlayan çatışmalarla sarsıldı; köylüler sabaha kadar evlerini terk etti.",
      "Saldırının kaynağı komşu ülkesi, dedi vali; ordu tepelere asker gönderdi ve sözcü saldırıyı kınadı.",
      "Şehirde dükkânlar kapalı kaldı, okullar tatil edildi ve halk ekmek kuyruğunda bekledi.",
      "Yaralılar helikopterle başkentteki hastanelere taşındı, doktorlar gece boyunca çalıştı."],
     ["Dün gece sınırdaki bölgede çatışmalar başladı ve köylerin halkı sabah erkenden yollara düştü.",
      "Komşu ülke askerlerini tepelere yığdı; bakanlık yaptığı açıklamada saldırıyı kınadı.",
      "Pazar yerleri boş kaldı, çocuklar okula gitmedi ve fırınların önünde uzun kuyruklar oluştu.",
      "Ağır yaralılar başkente götürüldü; hastanelerde doktorlar sabaha kadar ameliyat yaptı."],
     ("bölgeler", "ülkeler")),
    (["Kıyı kasabası dün öğleden sonra dev dalgalarla boğuştu; limandaki tekneler parçalandı, su evlere girdi.",
      "Akşamki belediye toplantısı gergin geçti: balıkçılar dalgakıran istedi, başkan bütçenin yetmediğini söyledi.",
      "Gece boyunca elektrik kesik kaldı; yaşlılar komşularının evlerinde sabahı bekledi.",
      "Sahil yolu kapandı, ve kamyonlar yiyecek taşımak için dağ yolunu kullanmak zorunda kaldı."],
     ["Dalgalar dün öğleden sonra kıyıdaki kasabayı vurdu, limanda bağlı tekneler parçalandı.",
      "Balıkçılar belediyedeki toplantıya katıldı ve dalgakıran için para istedi; başkan bütçeyi gösterdi.",
      "Elektrikler gece boyunca gelmedi, yaşlılar sabaha kadar komşularında kaldı.",
      "Sahil yolu trafiğe kapandı; yiyecek kamyonları dağ yolundan kasabaya ulaşmaya çalıştı."],
     ("kasabaya", "toplantıya")),
]


# Invented Turkish reports: one writes a noun in "t" with a case ending of one vowel
# ("hükümete", "şirkete", "cinayete"), the other bare or in another case.
TURKISH_STEMS_IN_T = [
    (["Muhalefet hükümete çağrı yaptı ve seçimlerin erkene alınmasını istedi; meclis bu sabah toplanıyor.",
      "İşçiler şirkete karşı dava açtı, çünkü maaşları üç aydır ödenmiyor ve fabrika kapanmak üzere.",
      "Kentte yağmur sürdü; yollar göle döndü ve belediye ekipleri gece boyunca su boşalttı.",
      "Çiftçiler ürünlerini satamadıklarını, pazarlarda fiyatların çok düştüğünü söyledi.",
      "Öğretmenler de okulların ısınmadığını, çocukların sınıflarda mont giydiğini anlattı."],
     ["Meclisteki tartışmada muhalefet hükümet aleyhine konuştu ve erken seçim talep etti.",
      "Fabrikada çalışanlar maaşlarını alamadıkları için şirket yönetimini mahkemeye verdi.",
      "Sağanak yağış şehrin sokaklarını sular altında bıraktı, ekipler sabaha kadar çalıştı.",
      "Pazarlarda ürünler elde kaldı; çiftçiler düşük fiyatlardan şikâyet etti.",
      "Hastanelerde doktor sayısı yetmiyor, hastalar sabahın erken saatlerinden beri sırada bekliyor."],
     ("hükümet", "şirket")),
    (["Polis cinayete karışan iki kişiyi dün akşam limanda yakaladı ve karakola götürdü.",
      "Şüpheliler, sahte pasaporta sahip oldukları için yurt dışına kaçmayı planlıyordu.",
      "Mahallede esnaf kepenk kapattı; sokaklarda geç saate kadar kimse görünmedi.",
      "Savcılık soruşturmanın gizli yürütüleceğini ve tanıkların korunacağını açıkladı.",
      "Öldürülen adamın ailesi, adaletin yerini bulması için mahkemenin önünde bekleyecek."],
     ["Limanda yakalanan iki şüphelinin cinayet gecesi kasabada olduğu ortaya çıktı.",
      "Üzerlerinden çıkan pasaport sahteydi; ikisi de ülkeden kaçmaya hazırlanıyordu.",
      "Esnaf dükkânlarını erkenden kapattı ve mahalle sokakları boş kaldı.",
      "Savcılık tanıkları koruma altına aldı, soruşturma dosyasına gizlilik getirildi.",
      "Kurbanın kardeşi gazetecilere konuştu ve suçluların en ağır cezayı almasını istedi."],
     ("cinayet", "pasaport")),
    (["Bakan, çiftçilerin devlete olan borçlarının bir yıl ertelendiğini ve faizlerin silineceğini açıkladı.",
      "Muhalefet lideri dün akşam millete seslendi ve tarım politikasını sert bir dille eleştirdi.",
      "Köylerde sulama kanalları kurudu; buğday tarlaları bu yıl yarı yarıya ürün verdi.",
      "Kooperatifler gübre fiyatlarının iki katına çıktığını, mazotun da pahalandığını söyledi.",
      "Belediyeler pazar yerlerinde üreticilere ücretsiz tezgâh verileceğini duyurdu."],
     ["Çiftçilerin devlet bankalarına olan borçları ertelendi, faizler de silinecek.",
      "Muhalefetin lideri millet adına konuştu ve tarım politikasını başarısız buldu.",
      "Kuraklık yüzünden kanallarda su kalmadı, tarlalardan alınan buğday yarıya düştü.",
      "Gübre ve mazot pahalandı; kooperatifler maliyetlerin karşılanamadığını anlattı.",
      "Pazar yerlerinde üreticilere bedava tezgâh verilecek, belediyeler başvuruları topluyor."],
     ("devlet", "millet")),
]


# Invented Turkish reports: one writes a noun whose last syllable reads as a suffix bare or in a
# case ("deprem", "depremde"; "okulun bahçesindeki çadır"), the other in the plural or with a
# voiced consonant ("depremler", "umudu"). The stemmer cut the first to "depre" and kept the second.
TURKISH_OWN_LAST_SYLLABLE = [
    (["Dün sabah kıyıda deprem oldu; evlerin çoğu yıkıldı ve halk geceyi sokakta geçirdi.",
      "Kurtarma ekipleri umut kaybolmadan enkazda yaşayan arıyor, köpekler de çalışıyor.",
      "Belediye okul bahçelerine çadır kurdu, yiyecek ve battaniye dağıtıldı.",
      "Uzmanlar, artçı sarsıntıların günlerce sürebileceğini ve eski binalardan uzak durulması gerektiğini söyledi."],
     ["Kıyı kasabalarını son yüzyılın en büyük depremleri vurdu, binalar dakikalar içinde çöktü.",
      "Enkaz altında kalanların ailelerinin umudu tükenmedi; ekipler gece boyunca kazdı.",
      "Okulların bahçesine kurulan çadırlarda ailelere sıcak yemek ve battaniye verildi.",
      "Bilim insanları sarsıntıların süreceğini, hasarlı yapılara girilmemesi gerektiğini açıkladı."],
     ("deprem", "umut")),
]


@pytest.mark.parametrize(("a", "b", "shared"), TURKISH_POSSESSIVES + TURKISH_STEMS_IN_T + TURKISH_OWN_LAST_SYLLABLE,
                         ids=["region", "town", "government", "murder", "state", "earthquake"])
def test_two_turkish_tellings_meet_on_a_word_and_its_possessive_or_cases(tmp_path, a, b, shared):
    """One report writes "bölgesi" and "ülkesi" or "hükümete" and "şirkete", the other "bölgede"
    and "ülke" or "hükümet" and "şirket": the aligner, the claim map and each side's words count
    one word each."""
    from reader.claims.keys import passage_keys
    from reader.differ.lexicon import article_terms

    article_a, article_b = _articles(tmp_path, a, b)
    assert keyed_language(article_a) == keyed_language(article_b) == "tr"
    ka, kb = ([set(f) for f in article_features(x, "paragraph", Glossary())] for x in (article_a, article_b))
    first, second = (word(w, "tr").key for w in shared)
    assert first in ka[0] & kb[0] and second in ka[1] & kb[1]
    assert first in passage_keys(a[0], Glossary(), {}, article_a)
    assert article_terms(article_a).counts[first[2:]] >= 1 and article_terms(article_b).counts[first[2:]] >= 1


# Invented Turkish reports of one event, the second typed without the letters Turkish keys keep
# ("yangin", "isci", "cok"), as many type it.
TURKISH_TYPED_WITHOUT_LETTERS = [
    (["Türkiye'nin batısındaki İzmir'de dün gece bir fabrikada çıkan yangında üç işçi öldü, on iki kişi yaralandı.",
      "İtfaiye ekipleri yangını sabaha kadar söndürmeye çalıştı; çevredeki evler boşaltıldı ve yollar trafiğe kapatıldı.",
      "Vali yaptığı açıklamada yaralıların hastanelerde tedavi altında olduğunu, ikisinin durumunun ağır olduğunu söyledi.",
      "Fabrikanın sahibi gözaltına alındı. Savcılık, binada yangın çıkışlarının kilitli olduğu iddiasıyla soruşturma başlattı.",
      "Sendika, işçilerin güvenlik konusundaki şikâyetlerinin aylardır görmezden gelindiğini belirterek yarın için grev çağrısı yaptı.",
      "Çalışma Bakanlığı, bölgedeki bütün fabrikalarda denetim yapılacağını duyurdu."],
     ["Izmir'de bir fabrikada dun gece yangin cikti: uc isci hayatini kaybetti, on iki kisi yaralandi.",
      "Itfaiye sabaha kadar yanginla mucadele etti, cevredeki evlerde oturanlar tahliye edildi ve yollar kapatildi.",
      "Valinin aciklamasina gore yaralilar hastanelerde tedavi goruyor, iki yaralinin durumu agir.",
      "Savcilik fabrikanin sahibini gozaltina aldi; binadaki yangin cikislarinin kilitli oldugu iddia ediliyor ve sorusturma suruyor.",
      "Isciler aylardir guvenlik sikayetlerini dile getirdiklerini soyledi, sendika yarin icin grev cagrisi yapti.",
      "Calisma Bakanligi bolgedeki tum fabrikalarin denetlenecegini acikladi."],
     "yangın"),
    (["Karadeniz kıyısındaki ilçede iki gündür süren şiddetli yağışların ardından dere taştı, çok sayıda ev ve iş yeri su altında kaldı.",
      "Köprülerden biri çöktü; köylere ulaşım sağlanamıyor ve elektrik kesintisi devam ediyor.",
      "Kaymakam, kayıp iki kişinin aranmasının sürdüğünü, yaşlıların okullara yerleştirildiğini açıkladı.",
      "Meteoroloji, yağışların hafta sonuna kadar devam edeceği uyarısında bulundu.",
      "Çiftçiler fındık bahçelerinin zarar gördüğünü, hükümetin yardım etmesi gerektiğini söyledi."],
     ["Iki gun boyunca yagan yagmur yuzunden ilcedeki dere tasti; cok sayida ev ve dukkan sular altinda.",
      "Bir kopru coktu, koylere ulasim yok ve elektrik hala kesik.",
      "Kaymakamin aciklamasina gore kayip iki kisi araniyor, yaslilar okullarda kaliyor.",
      "Meteoroloji yagislarin hafta sonuna kadar surecegini bildirdi.",
      "Ciftciler findik bahcelerinin zarar gordugunu soyledi ve hukumetten yardim istedi."],
     "fındık"),
]


@pytest.mark.parametrize(("a", "b", "shared"), TURKISH_TYPED_WITHOUT_LETTERS, ids=["fire", "flood"])
def test_a_turkish_report_typed_without_its_letters_meets_one_written_with_them(tmp_path, a, b, shared):
    """A report written with Turkish letters and one typed without them: each passage is linked,
    strongly, to the one that tells the same, and the claim map and each side's words key the
    letterless word as the lettered one."""
    from reader.align import align
    from reader.claims.keys import passage_keys
    from reader.differ.lexicon import article_terms

    article_a, article_b = _articles(tmp_path, a, b)
    assert keyed_language(article_a) == keyed_language(article_b) == "tr"
    links = align(article_a, article_b, granularity="paragraph").links
    assert sorted((link.a, link.b, link.tier) for link in links) == [(i, i, "strong") for i in range(len(a))]
    key = word(shared, "tr").key
    assert any(key in passage_keys(text, Glossary(), {}, article_b) for text in b)
    assert article_terms(article_b).counts[key[2:]] >= 1
