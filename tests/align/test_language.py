"""Two articles in different languages are told apart, so the reader can be told why they do
not link; two in one language never are."""

from __future__ import annotations

import pytest

from reader.align.language import different_languages, language
from reader.corpus import load_article

TEXTS = {
    "fr": """La grève de Valbonne

Le 12 mars, près de mille deux cents ouvriers de l'usine Ferlac ont cessé le travail. Selon le syndicat, la direction avait annoncé la veille la suppression de trois cents postes.

Le maire de la ville s'est rendu sur le piquet le lendemain. Il a promis d'écrire au ministre de l'Industrie et a qualifié la décision d'inacceptable devant les journalistes.

Une nouvelle assemblée générale est prévue la semaine prochaine. D'ici là, la production reste à l'arrêt, et les grévistes se relaient jour et nuit autour des braseros.
""",
    "fr2": """Un blocage qui menace le site

Depuis le 12 mars, environ neuf cents salariés bloquent l'usine Ferlac. La direction parle d'un mouvement minoritaire mené par quelques meneurs venus de l'extérieur.

Le plan présenté prévoit des départs volontaires et non des licenciements secs, insiste l'entreprise, qui rappelle que les commandes ont chuté depuis deux ans.

Le maire a appelé au calme et souhaité une médiation de l'État. Les clients pourraient se tourner vers des fournisseurs étrangers, avertit encore la direction.
""",
    "ru": """Пожар на заводе в Кировске

Второго октября на заводе в Кировске вспыхнул пожар. По данным профсоюза, пострадали четырнадцать рабочих, а площадь возгорания оказалась намного больше, чем сообщали власти.

Сварщик рассказал, что никто не предупредил людей об эвакуации. По его словам, сигнализация не работала уже несколько месяцев, и начальство об этом знало.

Экологи зафиксировали превышение концентрации вредных веществ в воздухе. Власти эти данные не подтвердили, а журналистов на территорию завода не пустили.
""",
    "hy": """Ջրային վեճ Արենիում

Հուլիսի երրորդին Արենի գյուղի բնակիչները մնացին առանց ոռոգման ջրի։ Գյուղացիների խոսքով՝ ջրանցքը փակել է մի ընկերություն, որը վերահսկում է ամբողջ հովիտը։

Գյուղապետը ասաց, որ խաղողի այգիները չորանում են, և վնասը շատ մեծ է։ Ընկերության տնօրենը մերժում է մեղադրանքները և խոսում է վթարի մասին։

Բնակիչները բողոքի ակցիա են անցկացրել մարզպետարանի մոտ։ Մարզպետը խոստացել է ստեղծել հանձնաժողով, բայց գյուղացիները պահանջում են ջուրը վերադարձնել անմիջապես։
""",
    "az": """Gəncədə su böhranı

Üç gündür ki, Kəpəz rayonunun sakinləri içməli su tapmır. Sakinlərin sözlərinə görə, su xətti şirkətin səhlənkarlığı üzündən partlayıb və heç kim məsuliyyət daşımır.

Şirkətin direktoru isə qəzanın köhnə borulardan qaynaqlandığını deyir. Onun sözlərinə görə, təmir üçün böyük vəsait lazımdır və işlər həftənin sonuna qədər davam edəcək.

Könüllülər məscidin həyətində su paylayır, uşaqlar və qocalar üçün növbə yaradılıb. Ekspertlər bildirir ki, şəhərin su şəbəkəsi çox köhnədir.
""",
    "tr": """İzmir'de grev sürüyor

Egemet fabrikasında işçiler üç gündür iş bırakmış durumda. Sendikaya göre yönetim, yüzlerce kişinin işten çıkarılacağını önceden hiç kimseye danışmadan duyurdu.

Fabrika müdürü ise müzakereye kapalı olduğunu söylüyor. Onun açıklamasına göre siparişler son iki yılda ciddi biçimde düştü ve şirket zarar ediyor.

Belediye başkanı grev çadırını ziyaret etti ve kararın kabul edilemez olduğunu söyledi. İşçiler genel kurula kadar fabrikanın önünde beklemeye devam edecek.
""",
}


@pytest.fixture
def article(tmp_path):
    def load(key: str):
        path = tmp_path / f"{key}.txt"
        path.write_text(TEXTS[key], encoding="utf-8")
        return load_article(path)

    return load


def test_an_article_is_in_its_language(article):
    assert [language(article(k)) for k in ("fr", "fr2", "ru", "hy")] == ["fr", "fr", "ru", "Armenian"]


def test_two_languages_are_named(article):
    assert different_languages(article("fr"), article("ru")) == ("French", "Russian")
    assert different_languages(article("hy"), article("fr")) == ("Armenian", "French")
    # Azerbaijani has no word list of its own but its function words over Turkish's
    assert different_languages(article("az"), article("tr")) == ("Azerbaijani", "Turkish")


def test_one_language_is_never_two(article):
    assert different_languages(article("fr"), article("fr2")) is None


def test_a_heading_alone_is_too_little_to_tell(tmp_path, article):
    short = tmp_path / "short.txt"
    short.write_text("Пожар в Кировске\n", encoding="utf-8")
    assert different_languages(load_article(short), article("fr")) is None
