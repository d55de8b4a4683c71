"""Words and figures of other scripts fold to the keys their variants share."""

from __future__ import annotations

import pytest

from reader.align import align
from reader.align.text import fold, scan
from reader.corpus import load_article


def keys(text: str) -> list[str]:
    return [w.key for w in scan(text)[1] if w.key]


@pytest.mark.parametrize("written", ["٤٥٠", "۴۵۰", "450", "４５０"])
def test_figures_in_arabic_persian_and_fullwidth_digits_are_the_same_number(written):
    assert keys(written) == ["n:450"]


def test_arabic_decimal_and_thousands_separators_are_read():
    assert keys("٤٫٥ و١٢٬٥٠٠") == ["n:4.5", "n:12500"]


def test_the_arabic_percent_sign_is_the_percent_sign():
    assert keys("١٨٪") == keys("18%") == ["n:18%"]


@pytest.mark.parametrize("text", ["ב-14 במרץ", "ב־14 במרץ", "و14 مارس"])
def test_a_one_letter_prefix_leaves_the_figure_a_number(text):
    assert keys(text)[0] == "n:14"


def test_names_with_letters_and_digits_stay_whole():
    assert keys("F-16 and MH17") == ["w:f16", "w:mh17"]


def test_arabic_tatweel_is_no_letter():
    assert fold("الســلام") == fold("السلام")


ARABIC_A = """إيقاف قافلة المساعدات

أوقفت قافلة مؤلفة من ١٢ شاحنة عند نقطة التفتيش قرب جسر أكاري.

وقال السائقون إن الشاحنات كانت تحمل ٤٥٠ طنا من الطحين لسكان المدينة.

ولم تتدخل قوات حفظ السلام المتمركزة قرب الجسر.
"""
ARABIC_B = """إحباط محاولة تهريب

وفاز النادي بالكأس في المباراة النهائية أمام جمهور كبير.

وبحسب باكو، فإن معظم الطحين البالغ 450 طنا قد فحص وسمح بمروره.

وكانت قوات حفظ السلام حاضرة أثناء التفتيش.
"""


def test_a_figure_in_arabic_indic_digits_links_the_same_figure_in_western_digits(tmp_path):
    (tmp_path / "a.txt").write_text(ARABIC_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARABIC_B, encoding="utf-8")
    links = align(load_article(tmp_path / "a.txt"), load_article(tmp_path / "b.txt")).links
    (flour,) = [link for link in links if (link.a, link.b) == (2, 2)]
    assert any(e.a_text == "٤٥٠ طنا" and e.b_text == "450 طنا" for e in flour.evidence)


@pytest.mark.parametrize("written", ["KIZILHAÇ'A", "Kızılhaç", "kizilhac", "KIZILHAÇ"])
def test_turkish_dotless_i_and_capitals_fold_together(written):
    assert fold(written) == fold("Kızılhaç")


@pytest.mark.parametrize(("written", "name"), [
    ("Ankara'dan", "Ankara"), ("Bakü'ye", "Bakü"), ("Azərbaycan'ın", "Azərbaycan"), ("Erdoğan’ın", "Erdoğan"),
    ("İstanbul'daki", "ISTANBUL"),
])
def test_a_turkic_case_ending_after_the_apostrophe_is_no_part_of_the_name(written, name):
    assert fold(written) == fold(name)


@pytest.mark.parametrize(("written", "folded"), [("Sana'a", "sanaa"), ("Qur'an", "quran"), ("O'Neill", "oneill"),
                                                  ("Israel's", "israel"), ("don't", "dont")])
def test_english_apostrophes_are_folded_as_before(written, folded):
    assert fold(written) == folded


@pytest.mark.parametrize(("pointed", "plain"), [
    ("قَالَ السَّائِقُونَ", "قال السائقون"),  # Arabic vowel signs
    ("בְּרֵאשִׁית בָּרָא", "בראשית ברא"),  # Hebrew points
    ("в э́том го́роде", "в этом городе"),  # Russian stress marks
    ("Zoe\u0308 and na\u0308ive", "Zoë and naïve"),  # decomposed accents
])
def test_a_word_with_combining_marks_is_one_word_with_its_plain_key(pointed, plain):
    assert keys(pointed) == keys(plain)


@pytest.mark.parametrize(("text", "word"), [
    ("Բեռները ստուգվել են։ Մաքսանենգություն չի եղել։", "Մաքսանենգություն"),  # after the Armenian full stop
    ("Представитель сказал: «Грузы проверены заранее».", "Грузы"),  # opening « »
    ("Dijo: ¿Dónde está el convoy?", "Dónde"),
])
def test_a_capital_opening_a_sentence_or_quote_is_no_name(text, word):
    from reader.align.features import unit_features
    from reader.align.glossary import Glossary

    (occurrence,) = [o for o in unit_features(text, Glossary()).values() if text[o.lo:o.hi] == word]
    assert occurrence.capital and not occurrence.name


@pytest.mark.parametrize(("one", "other"), [
    ("کامیون", "كاميون"),  # Persian kaf and yeh / Arabic kaf and yeh
    ("مصطفى", "مصطفي"),  # alef maqsura / yeh
])
def test_arabic_script_letters_typed_two_ways_fold_together(one, other):
    assert fold(one) == fold(other)


@pytest.mark.parametrize("written", ["1'200", "1’200", "1,200"])
def test_thousands_grouped_by_an_apostrophe_are_one_number(written):
    assert keys(f"{written} Menschen") == ["n:1200", "w:menschen"]


THAI_A = """น้ำท่วมที่เชียงใหม่

ผู้ว่าราชการจังหวัดกล่าวว่าเทศบาลไม่ได้ขุดลอกคูคลองตามแผน

ชาวบ้านชื่อสมศรีเล่าว่าน้ำขึ้นเร็วมากภายในหนึ่งชั่วโมง
"""
THAI_B = """น้ำท่วมเชียงใหม่ เทศบาลโต้ผู้ว่าฯ

ทีมฟุตบอลของจังหวัดชนะการแข่งขันนัดชิงชนะเลิศเมื่อคืนนี้

สมศรีชาวบ้านในพื้นที่เล่าว่าน้ำขึ้นเร็วมากภายในหนึ่งชั่วโมง
"""


def test_thai_tellings_of_one_sentence_link_though_thai_writes_no_spaces(tmp_path):
    (tmp_path / "a.txt").write_text(THAI_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(THAI_B, encoding="utf-8")
    links = align(load_article(tmp_path / "a.txt"), load_article(tmp_path / "b.txt")).links
    # a whole clause between two spaces was one word, shared by nothing: no link at all
    assert (2, 2) in {(link.a, link.b) for link in links if link.tier == "strong"}
    assert (1, 1) not in {(link.a, link.b) for link in links}


def test_a_thai_run_is_keyed_by_overlapping_trigrams():
    # (none starts at a vowel or tone mark: "ี" and "่" belong to the letters before them)
    assert keys("สมศรีเล่า 12") == ["w:สมศ", "w:มศร", "w:ศรี", "w:รีเ", "w:เล่", "w:ล่า", "n:12"]


def test_a_persian_word_written_with_a_non_joiner_is_one_word_whose_key_is_its_stem(tmp_path):
    """Persian sets a word's affixes off with a zero-width non-joiner ("کتاب‌ها", books): the
    file keeps it (a bidi mark around the line goes), and the word is one token, not "کتاب"
    and a word "ها", keyed as the word without the affix."""
    path = tmp_path / "شورا.txt"
    path.write_text("\u200fشورای شهر\u200f\n\n\u200fشورای شهر کتاب\u200cها را به کتابخانه\u200cی تازه می\u200cبرد.\u200f\n",
                    encoding="utf-8")
    body = load_article(path).passages[-1]
    assert body.text == "شورای شهر کتاب\u200cها را به کتابخانه\u200cی تازه می\u200cبرد."
    matches, words = scan(body.text)
    assert [m.group() for m in matches] == ["شورای", "شهر", "کتاب\u200cها", "را", "به", "کتابخانه\u200cی", "تازه",
                                            "می\u200cبرد"]
    assert [w.key for w in words[2:3] + words[-1:]] == [w.key for w in scan("کتاب برد")[1]]
    assert fold("کتاب\u200cها") == fold("کتاب") and fold("بزرگ\u200cترین") == fold("بزرگ")
