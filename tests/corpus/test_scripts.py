"""Sentence ends and headings in scripts with their own punctuation, or without capitals."""

from __future__ import annotations

import pytest

from reader.corpus.kinds import classify
from reader.corpus.sentences import split_sentences

BODY = ("Ստեփանակերտի բնակիչներն արդեն երրորդ ամիսն է՝ ապրում են առանց կանոնավոր պարենային "
        "մատակարարման, և հացի գինը բարձրացել է չորս անգամ, ասում են տեղացիները։")


@pytest.mark.parametrize("short", [
    "Կամրջի մոտ տեղակայված ռուս խաղաղապահները չեն միջամտել։",  # Armenian full stop
    "روسی امن فوج نے پل کے پاس مداخلت نہیں کی۔",  # Urdu full stop, in a script without capitals
    "पुल के पास तैनात शांति सैनिकों ने दखल नहीं दिया।",  # Devanagari danda
    "Ποιος ευθύνεται για την καθυστέρηση\u037e",  # Greek question mark
])
def test_a_short_sentence_ending_in_its_scripts_full_stop_is_body(short):
    assert classify(["Title", BODY, short, BODY], "", "") == ["heading", "body", "body", "body"]


@pytest.mark.parametrize("subtitle", ["ردود الفعل الدولية", "התגובות בעולם", "国际反应"])
def test_a_short_line_in_a_script_without_capitals_is_a_heading(subtitle):
    body = "وقال السائقون إن الشاحنات كانت تحمل الطحين والأدوية وأغذية الأطفال لسكان المدينة المحاصرة."
    assert classify(["Title", body, subtitle, body], "", "")[2] == "heading"


def test_an_arabic_question_alone_on_its_line_is_a_heading():
    body = "وقال السائقون إن الشاحنات كانت تحمل الطحين والأدوية وأغذية الأطفال لسكان المدينة المحاصرة."
    assert classify(["Title", body, "هل كانت هناك أي مخالفة؟", body], "", "")[2] == "heading"



@pytest.mark.parametrize(("text", "sentences"), [
    ("Բեռները ստուգվել են։ Մաքսանենգություն չի եղել։", ["Բեռները ստուգվել են։", "Մաքսանենգություն չի եղել։"]),
    ("هل كانت هناك أي مخالفة؟ قال المتحدث إنه لم يكن هناك تهريب.",
     ["هل كانت هناك أي مخالفة؟", "قال المتحدث إنه لم يكن هناك تهريب."]),
    ("卡车上装有450吨面粉。边防人员扣留了三名司机！这是真的吗？是的。",
     ["卡车上装有450吨面粉。", "边防人员扣留了三名司机！", "这是真的吗？", "是的。"]),
    ("他说：“我们走。”然后离开了。", ["他说：“我们走。”", "然后离开了。"]),
    ("घायलों को अस्पताल ले जाया गया। दो की हालत गंभीर है। क्या इसे रोका जा सकता था? जांच जारी है॥ अंत।",
     ["घायलों को अस्पताल ले जाया गया।", "दो की हालत गंभीर है।", "क्या इसे रोका जा सकता था?", "जांच जारी है॥",
      "अंत।"]),
    ("Τι έγινε\u037e Η φωτιά έσβησε.", ["Τι έγινε\u037e", "Η φωτιά έσβησε."]),
    ("「本当か？」と彼は聞いた。本当？！はい。", ["「本当か？」と彼は聞いた。", "本当？！", "はい。"]),
])
def test_sentences_end_at_their_scripts_full_stops(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


def test_lines_ending_in_a_danda_inside_a_block_are_one_paragraph():
    from reader.corpus.segment import paragraph_spans

    block = "पुल गिर गया।\nचौदह लोग घायल हुए।"
    text = f"रामपुर में पुल गिरा\n\n{block}\n\nजांच जारी है।\n\nमंत्री ने बयान दिया।\n"
    assert [text[s:e] for s, e in paragraph_spans(text)][1] == block


@pytest.mark.parametrize(("text", "sentences"), [
    ("Am 8. Juni trat die Weißach über die Ufer. Dr. Maaß sprach.",
     ["Am 8. Juni trat die Weißach über die Ufer.", "Dr. Maaß sprach."]),
    ("Seit dem 14. März 2021 gilt das Gesetz. Am 1. Mai nicht.",
     ["Seit dem 14. März 2021 gilt das Gesetz.", "Am 1. Mai nicht."]),
    ("Sie zählten 1200. Juni kam trotzdem.", ["Sie zählten 1200.", "Juni kam trotzdem."]),  # no day of a month
])
def test_a_german_day_before_its_month_ends_no_sentence(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


@pytest.mark.parametrize(("text", "sentences"), [
    ("Lo denunció Dña. Carmen Ruiz ayer. Nadie respondió.",
     ["Lo denunció Dña. Carmen Ruiz ayer.", "Nadie respondió."]),
    ("Según la Dra. Ruiz, ver pág. 12 del informe. Fin.", ["Según la Dra. Ruiz, ver pág. 12 del informe.", "Fin."]),
    ("Он живёт на ул. Ленина, как и проф. Орлов. Конец.", ["Он живёт на ул. Ленина, как и проф. Орлов.", "Конец."]),
    ("Doç. Dr. Ali Kaya konuştu. Toplantı bitti.", ["Doç. Dr. Ali Kaya konuştu.", "Toplantı bitti."]),
    ("Akad. Rəşad Əliyev danışdı. Görüş bitdi.", ["Akad. Rəşad Əliyev danışdı.", "Görüş bitdi."]),
])
def test_a_title_or_abbreviation_of_another_language_ends_no_sentence(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


@pytest.mark.parametrize(("text", "sentences"), [
    # Armenian typed on a Latin keyboard ends its sentences with a colon, as "։" looks
    ("Ջուրը փակվել է: Գյուղացիները բողոքում են: Ավարտ:",
     ["Ջուրը փակվել է:", "Գյուղացիները բողոքում են:", "Ավարտ:"]),
    ("„Wir haben gewarnt.“ Dann kam die Flut.", ["„Wir haben gewarnt.“", "Dann kam die Flut."]),
])
def test_a_sentence_ends_where_its_writers_end_it(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


def test_a_colon_in_latin_text_ends_no_sentence():
    text = "He said: Nothing. Then: Silence."
    assert [text[s:e] for s, e in split_sentences(text)] == ["He said: Nothing.", "Then: Silence."]
