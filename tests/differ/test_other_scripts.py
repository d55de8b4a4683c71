"""Differences between tellings written in other languages and scripts: names declined for case,
calendars written with capitals, figures in other digits and thousands separators. A wrong
disagreement or a name wrongly called missing is the mistake each test guards against; each
also shows the real difference of the same kind is still found, so it cannot pass by finding
nothing."""

import pytest

from reader.align import Glossary
from reader.differ import Differ
from reader.differ.quantities import Tokens, grouped_digits, quantities


@pytest.fixture
def found(write_article):
    """The differences of the first passages of two one-passage articles, as (kind, a, b)."""
    def run(a_text: str, b_text: str) -> list[tuple[str, str | None, str | None]]:
        a, b = write_article(a_text + "\n"), write_article(b_text + "\n")
        return [(d.kind, d.a_text, d.b_text) for d in Differ(a, b, a.passages, b.passages, Glossary()).between(0, 0)]

    return run


RU_A = "Губернатор Игорь Ветров заявил, что дамба на реке Сонной прорвалась из-за подрядчика."


@pytest.mark.parametrize(("a", "b"), [
    (RU_A, "Администрация губернатора Игоря Ветрова не выделяла денег, и дамба на реке Сонной прорвалась."),
    ("Ο υπουργός Νίκος Παππάς δήλωσε ότι ο δήμος δεν καθάρισε τις ζώνες στη Σάμο.",
     "Ο δήμαρχος κατηγόρησε τον υπουργό Νίκο Παππά ότι δεν καθάρισε τις ζώνες στη Σάμο."),
    ("Madenci köyü Işıklı'da göçük oldu ve dokuz işçi yaralandı, dedi yetkililer.",
     "IŞIKLI köyündeki madende göçük oldu, dokuz işçi yaralandı, dedi yetkililer."),
    # a name too short to cut an ending from: the same key ("Ким" / "Кимом")
    ("Лидер КНДР Ким встретился с президентом во Владивостоке и обсудил поставки зерна.",
     "Президент встретился во Владивостоке с Кимом и обсудил поставки зерна."),
    ("Посол Пак вручил ноту министру в Сеуле, сообщило агентство.",
     "Министр в Сеуле принял ноту от посла Пака, сообщило агентство."),
])
def test_a_name_declined_for_case_is_said_by_both(found, a, b):
    assert [d for d in found(a, b) if d[0] == "name"] == []


def test_a_short_name_the_other_side_lacks_is_still_missing(found):
    names = {d[1] or d[2] for d in found("Посол Пак вручил ноту министру в Сеуле.",
                                         "Министр в Сеуле принял ноту от посла Муна.") if d[0] == "name"}
    assert any("Пак" in name for name in names) and any("Мун" in name for name in names)


@pytest.mark.parametrize(("a", "b", "name"), [
    ("Министр Мир встретился с послом в Сеуле, сообщило агентство.",
     "Посол в Сеуле говорил о мире, сообщило агентство.", "Мир"),  # "мире": in peace
    ("Министр Сон прибыл в Пусан на переговоры, сообщили в порту.",
     "В Пусане переговоры шли всю ночь, и никто не думал про сон, сообщили в порту.", "Сон"),  # sleep
])
def test_a_short_name_is_not_there_as_a_common_word_of_its_key(found, a, b, name):
    names = {d[1] or d[2] for d in found(a, b) if d[0] == "name"}
    assert any(name in n for n in names), names


def test_a_name_only_one_side_declines_is_still_missing_from_the_other(found):
    b = "Мэр Олег Лаптев заявил, что дамба на реке Сонной прорвалась из-за подрядчика."
    names = {d[1] or d[2] for d in found(RU_A, b) if d[0] == "name"}
    assert "Мэр Олег Лаптев" in names and any("Ветров" in name for name in names)


@pytest.mark.parametrize(("a", "b"), [
    ("Στις 22 Ιουλίου ξέσπασε πυρκαγιά στο δάσος και κάηκαν πολλά στρέμματα.",
     "Ξέσπασε πυρκαγιά στο δάσος τον Ιούλιο και κάηκαν πολλά στρέμματα."),
    ("Göçük 11 Nisan'da oldu ve dokuz işçi yaralandı.", "Göçük oldu ve dokuz işçi yaralandı, kurtarma sürdü."),
])
def test_a_month_written_with_a_capital_is_no_name(found, a, b):
    assert [d for d in found(a, b) if d[0] == "name"] == []


def test_a_month_opening_a_run_of_capitals_is_no_part_of_the_name(found):
    a = "Göçük 11 Nisan'da Soma ilçesinde oldu ve dokuz işçi yaralandı."
    b = "Göçük oldu ve dokuz işçi yaralandı, kurtarma sürdü."
    assert [d[1] for d in found(a, b) if d[0] == "name"] == ["Soma"]


def test_a_german_noun_in_a_plural_case_is_no_name(found):
    a = "Er warf der Ministerin vor, von eigenen Versäumnissen abzulenken."
    b = "Die Ministerin sagte, der Bürgermeister lenke ab."
    assert [d for d in found(a, b) if d[0] == "name"] == []


HY_PAD = "Շաբաթ օրը Երևանում {} մարդ ցույց անցկացրեց նոր օրենքի դեմ։"
RU_PAD = "Вечером дамба прорвалась, и вода затопила {} домов в посёлке Заречье."
AR_PAD = "وتضرر نحو {} ساكن من انقطاع المياه في مدينة الواحة."


@pytest.mark.parametrize(("telling", "written", "same", "other"), [
    (HY_PAD, "1 200", "1200", "3500"),  # Armenian, which no word list knows, groups with a space
    (RU_PAD, "1'200", "1200", "3500"),  # an apostrophe groups thousands in any language
    (RU_PAD, "1’200", "1 200", "3500"),
    (AR_PAD, "٤٥٬٠٠٠", "45,000", "30,000"),  # Arabic-Indic digits and separator
    (AR_PAD, "45,000", "٤٥٬٠٠٠", "٣٠٬٠٠٠"),
])
def test_a_figure_written_another_way_agrees_and_another_figure_does_not(found, telling, written, same, other):
    assert [d for d in found(telling.format(written), telling.format(same)) if d[0] == "number"] == []
    (difference,) = [d for d in found(telling.format(written), telling.format(other)) if d[0] == "number"]
    assert written in difference[1] and other in difference[2]


def test_a_counted_noun_in_another_language_is_the_word_after_the_figure(found):
    a = "Am Samstag demonstrierten 1200 Menschen in Zürich gegen das neue Gesetz."
    b = "In Zürich demonstrierten am Samstag 3500 Menschen gegen das neue Gesetz."
    assert [d for d in found(a, b) if d[0] == "number"] == [("number", "1200 Menschen", "3500 Menschen")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("1'200 Menschen und 1’000’000 Franken", "de", "1,200 Menschen und 1,000,000 Franken"),
    ("1'200 people", "en", "1,200 people"),
    ("1 200 մարդ", None, "1,200 մարդ"),
    ("1 250 000 lira", "tr", "1,250,000 lira"),
    ("1.200 άνθρωποι", "el", "1,200 άνθρωποι"),
    ("٤٥٬٠٠٠ و٢٫٥ و१२०० و۴۵۰ و١٨٪", None, "45,000 و2.5 و1200 و450 و18%"),
    ("on March 14 200 people fled", "en", "on March 14 200 people fled"),
    ("3'4 feet", "en", "3'4 feet"),
])
def test_digits_are_read_as_every_language_and_script_writes_them(text, language, expected):
    out = grouped_digits(text, language)
    assert out == expected and len(out) == len(text)  # offsets stay the text's


def test_a_word_with_combining_marks_is_one_token_and_a_danda_ends_its_clause():
    tokens = Tokens("पुलिस के अनुसार 1200 लोगों ने प्रदर्शन किया। अगले दिन 300 लोग लौटे।", {}, "hi")
    assert "लोगों" in tokens.surfaces and "प्रदर्शन" in tokens.surfaces
    first, second = quantities(tokens)
    assert tokens.boundary(first.last) <= second.first  # the two sentences' figures are apart


ZH_PAD = "周六，约{}人在滨江广场集会，反对新的水价方案。"
JA_PAD = "土曜日、約{}人が浜江広場に集まり、新しい水道料金に抗議した。"
ZH_MONEY = "市政府宣布投入{}元修复大坝。"
JA_MONEY = "市は堤防の修復に{}円を投じると発表した。"


@pytest.mark.parametrize(("telling", "written", "same", "other"), [
    (ZH_PAD, "3万", "30000", "5万"),  # 万, ten thousand
    (ZH_PAD, "3萬", "3万", "8000"),
    (JA_PAD, "3万", "30,000", "5万"),
    (ZH_MONEY, "1.2亿", "120000000", "3亿"),  # 亿, a hundred million
    (JA_MONEY, "1.2億", "1億2000万", "3億"),
], ids=["zh-people", "zh-traditional", "ja-people", "zh-yuan", "ja-yen"])
def test_chinese_and_japanese_myriads_are_the_numbers_they_are(found, telling, written, same, other):
    # "3万人" was one token with the words around it and no figure; "1.2亿元" was read as 2
    assert [d for d in found(telling.format(written), telling.format(same)) if d[0] == "number"] == []
    read = [[(q.lo, q.hi) for q in quantities(Tokens(telling.format(w), {}, None))] for w in (written, same, other)]
    (lo, hi), (same_lo, same_hi), (other_lo, other_hi) = (figures[0] for figures in read)
    assert lo <= same_hi and same_lo <= hi  # the same number
    assert other_lo > hi or other_hi < lo  # another
    (difference,) = [d for d in found(telling.format(written), telling.format(other)) if d[0] == "number"]
    assert written in difference[1] and other in difference[2]  # what is counted ("人", "元") is a word


@pytest.mark.parametrize(("text", "value"), [
    ("约有3万人参加了集会。", 30_000), ("投资1.2亿元。", 1.2e8), ("観客は3万人だった。", 30_000),
    ("予算は1億2000万円だった。", 1.2e8), ("损失2.5万亿元。", 2.5e12),
], ids=["zh-wan", "zh-yi", "ja-man", "ja-oku-man", "zh-wan-yi"])
def test_a_myriad_scales_its_figure(text, value):
    (q,) = quantities(Tokens(text, {}, None))
    assert q.lo <= value <= q.hi and q.hi - q.lo <= value


HE_PAD = "ביום {} נפתח הגשר החדש מעל נחל הירקון, ובטקס השתתפו 300 איש."
AR_PAD = "في {} افتتح الجسر الجديد فوق النهر، وحضر الحفل 300 شخص."


@pytest.mark.parametrize(("pad", "written", "fields"), [
    (HE_PAD, "14 במרץ 2023", (2023, 2023, 3, 14, 14)), (HE_PAD, "2 באפריל 2023", (2023, 2023, 4, 2, 2)),
    (HE_PAD, "14 מרס 2023", (2023, 2023, 3, 14, 14)), (HE_PAD, "3 בדצמבר", (0, 0, 12, 0, 0)),
    (HE_PAD, "ב-14 במרץ 2023", (2023, 2023, 3, 14, 14)), (HE_PAD, "ה-2 באפריל 2023", (2023, 2023, 4, 2, 2)),
    (HE_PAD, "מ-3 בדצמבר", (0, 0, 12, 3, 3)), (HE_PAD, "ל־14 במרץ 2023", (2023, 2023, 3, 14, 14)),
    (AR_PAD, "14 مارس 2023", (2023, 2023, 3, 14, 14)), (AR_PAD, "١٤ آذار ٢٠٢٣", (2023, 2023, 3, 14, 14)),
    (AR_PAD, "2 أبريل 2023", (2023, 2023, 4, 2, 2)), (AR_PAD, "٢ نيسان", (0, 0, 4, 2, 2)),
    (AR_PAD, "14 كانون الثاني 2023", (2023, 2023, 1, 14, 14)), (AR_PAD, "٣ تشرين الأول ٢٠٢٣", (2023, 2023, 10, 3, 3)),
    (AR_PAD, "14 ابريل 2023", (2023, 2023, 4, 14, 14)), (AR_PAD, "۱۴ ژانویه ۲۰۲۳", (2023, 2023, 1, 14, 14)),
], ids=["march", "april", "march-other-spelling", "no-year", "in-the", "the", "from", "to-maqaf",
        "ar-egyptian", "ar-levantine-arabic-digits", "ar-egyptian-april", "ar-levantine-no-year",
        "ar-levantine-two-words", "ar-levantine-two-words-arabic-digits", "ar-april-without-hamza",
        "fa-persian-digits"])
def test_a_hebrew_arabic_or_persian_date_is_a_date_not_a_count(pad, written, fields):
    # "14 במרץ 2023" was the count 14 of "במרץ" and the year 2023: 14 of one thing against 15
    # of it in the other telling was a disagreement of numbers, not of dates; "ב-14" (on the
    # 14th) was one word, so "במרץ 2023" was only a year and the day was lost; "16 مارس" was
    # the count 16 of "مارس" (of March), and "١٤ آذار ٢٠٢٣" no figure at all
    language = "he" if pad == HE_PAD else "ar"
    (date, count) = quantities(Tokens(grouped_digits(pad.format(written), language), {}, language))
    assert date.kind == "date" and date.date[2] == fields[2] and count.kind == "number" and count.lo <= 300 <= count.hi
    if fields[0]:
        assert date.date == fields


ARMENIAN_PAD = "Ամբարտակը փլվեց {} 2023-ին, և տարհանվեց 300 բնակիչ։"


@pytest.mark.parametrize(("pad", "a", "b"), [
    (HE_PAD, "14 במרץ 2023", "15 במרץ 2023"), (HE_PAD, "ב-14 במרץ 2023", "ב-16 במרץ 2023"),
    (AR_PAD, "١٤ آذار ٢٠٢٣", "16 مارس 2023"), (ARMENIAN_PAD, "14 մարտի", "16 մարտի"),
], ids=["hebrew", "hebrew-prefixed-day", "arabic-two-sets-of-names", "armenian"])
def test_two_dates_of_another_script_disagree_as_dates(found, pad, a, b):
    kinds = [d[0] for d in found(pad.format(a), pad.format(b))]
    assert "number" not in kinds and "date" in kinds


def test_the_levantine_and_egyptian_names_of_a_month_are_one_month(found):
    assert found(AR_PAD.format("١٤ آذار ٢٠٢٣"), AR_PAD.format("14 مارس 2023")) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Дамба прорвалась 14 марта 2023 года, эвакуированы 300 жителей.", "ru"),
    ("Дамба прорвалась 14 березня 2023 року, евакуйовано 300 мешканців.", "uk"),
    ("Baraj 14 Mart 2023 gecesi çöktü ve 300 kişi tahliye edildi.", "tr"),
    ("Bənd 14 mart 2023-cü ildə çöküb və 300 nəfər köçürülüb.", "az"),
    (ARMENIAN_PAD.format("14 մարտի"), "hy"),
], ids=["ru", "uk", "tr", "az", "hy"])
def test_a_date_in_another_language_is_a_date_not_a_count(text, language):
    # "14 марта" was the count 14 of "марта" (of March), "14 մարտի" of "մարտի"
    (date, count) = quantities(Tokens(text, {}, language))
    assert date.kind == "date" and date.date[2:4] == (3, 14) and count.kind == "number" and count.lo <= 300 <= count.hi


@pytest.mark.parametrize(("telling", "language", "scale"), [
    ("La transacción costó {} millones de dólares, según el ministerio de Valmonte.", "es", 1e6),
    ("La transaction a coûté {} milliard de dollars, selon le ministère de Valmont.", "fr", 1e9),
    ("Das Geschäft kostete {} Milliarden Dollar, teilte das Ministerium in Waldberg mit.", "de", 1e9),
    ("Сделка стоила {} миллиарда долларов, сообщило министерство Вальмонта.", "ru", 1),
    ("Գործարքի արժեքը կազմել է {} միլիարդ դոլար, հայտնում է նախարարությունը։", "hy", 1),
], ids=["es", "fr", "de", "ru", "hy"])
def test_a_figure_with_a_decimal_comma_is_a_figure(found, telling, language, scale):
    # "1,2 millones" was no figure at all: 1.2 billion against 1.5 was no difference (a scale
    # word of the languages of quantities._FOREIGN_SCALES is part of the figure)
    (q,) = quantities(Tokens(grouped_digits(telling.format("1,2"), language), {}, language))
    assert q.lo <= 1.2 * scale <= q.hi and q.hi < 1.5 * scale
    assert [d[0] for d in found(telling.format("1,2"), telling.format("1,5"))] == ["number"]
    assert found(telling.format("1,2"), telling.format("1,2")) == []


@pytest.mark.parametrize(("telling", "language", "space"), [
    ("Según la Plataforma, el embalse de Valcorto está al {} de su capacidad desde el lunes.", "es", " "),
    ("Selon la préfecture, le barrage de Valcourt est rempli à {} de sa capacité depuis lundi.", "fr", "\u202f"),
    ("Selon la préfecture, le barrage de Valcourt est rempli à {} de sa capacité depuis lundi.", "fr", "\u00a0"),
], ids=["es", "fr-narrow", "fr-no-break"])
def test_a_percentage_written_with_a_space_before_its_sign_is_a_percentage(found, telling, language, space):
    # "71 %" (as French and Spanish write it) was the count 71 of "de": 71 % against 48 % was
    # told as "71 % de ≠ 48 % de", and "caerá un 15 %" against "un 4 %" not at all
    a, b = telling.format(f"71{space}%"), telling.format(f"48{space}%")
    (q,) = quantities(Tokens(grouped_digits(a, language), {}, language))
    assert q.unit == "%" and q.lo <= 71 <= q.hi
    assert found(a, b) == [("number", f"71{space}%", f"48{space}%")]
    assert found(a, telling.format("71%")) == []
    assert found("El caudal del río caerá un 15 % en el tramo bajo, según los técnicos.",
                 "El caudal del río caerá un 4 % en el tramo bajo, según el informe.") == [("number", "15 %", "4 %")]


def test_a_percent_sign_after_a_space_keeps_the_text_s_offsets():
    text = "al 71 % de su capacidad, y 12\u202f% más"
    out = grouped_digits(text, "fr")
    assert len(out) == len(text) and "71%" in out and "12%" in out
