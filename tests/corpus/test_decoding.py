"""Decoding what users point at: UTF-8 (with or without BOM), UTF-16, legacy 8-bit, binaries."""

from __future__ import annotations

import pytest

from reader.corpus import load_paths
from reader.corpus.decoding import decode
from reader.errors import UserError

RUSSIAN = ("Нагорный Карабах — спорная территория между Арменией и Азербайджаном. "
           "Израиль продал Азербайджану беспилотники, а Армения выразила протест.\n")
FRENCH = ("Le cessez-le-feu a été négocié à Moscou. Les délégués ont évoqué "
          "la sécurité des villages frontaliers et l'accès humanitaire.\n")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (RUSSIAN.encode("utf-8"), RUSSIAN),
        (b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), FRENCH),
        (FRENCH.encode("utf-16"), FRENCH),  # with BOM, native order
        (b"\xfe\xff" + FRENCH.encode("utf-16-be"), FRENCH),
        (RUSSIAN.encode("cp1251"), RUSSIAN),
        (FRENCH.encode("latin-1"), FRENCH),
        (FRENCH.encode("cp1252"), FRENCH),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be", "cp1251", "latin1", "cp1252"],
)
def test_decodes_common_encodings(data, expected):
    assert decode(data).text == expected


def test_loaded_file_in_cp1251_has_correct_passages(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_bytes(("Заголовок статьи\n\n" + RUSSIAN).encode("cp1251"))
    article = load_paths([path]).articles[0]
    assert article.encoding == "cp1251"
    assert article.title == "Заголовок статьи"
    assert article.passages[1].text == RUSSIAN.strip()


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        bytes(range(32)) * 40,
        b"ELF\x7f\x02\x01\x01\x00" * 100,
    ],
)
def test_binary_data_is_refused(data):
    with pytest.raises(UserError, match="binary"):
        decode(data, name="blob.txt")


def test_newlines_are_universal():
    assert decode(b"a\r\nb\rc\n").text == "a\nb\nc\n"
    assert decode("a\r\nb".encode("utf-16")).text == "a\nb"


ARMENIAN = "Լեռնային Ղարաբաղի հակամարտությունը շարունակվում է, ասում են դիտորդները։\n"


@pytest.mark.parametrize("text", [FRENCH, RUSSIAN, ARMENIAN, "Velmar Dam\r\n\r\nThe breach on 3 March.\r\n"])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(text, encoding):
    decoded = decode(text.encode(encoding), name="notes.txt")
    assert (decoded.text, decoded.encoding) == (text.replace("\r\n", "\n"), encoding)


@pytest.mark.parametrize("data", [
    (1234567).to_bytes(4, "little") * 500,  # a table of 32-bit numbers: zeros at both parities
    b"A\x00" * 100 + b"\x00\xd8" + b"B\x00" * 100,  # a lone surrogate
    b"\x01\x00\x02\x00\x03\x00" * 300,  # UTF-16 of control characters
    ("Velmar " * 50).encode("utf-16-le")[:-1],  # an odd number of bytes
])
def test_zero_bytes_that_are_not_utf16_text_stay_binary(data):
    with pytest.raises(UserError, match="binary"):
        decode(data, name="blob.txt")


@pytest.mark.parametrize("text", [
    # A Mac's TextEdit saving an English story: curly quotes, accents, dashes and a dagger's note
    "\u201cThe pier is safe,\u201d said the caf\u00e9 owner \u2014 J\u00fcrgen M\u00fcller \u2014 on Tuesday.\u2020\r"
    "Na\u00efve plans, he added, \u2018cost us all\u2019; the council\u2019s reply is due in May.\r"
    "\u2020 Interview held at the harbour office.\r",
    # ... and a Swiss French one, its quotes in single guillemets
    "Le conseil de Velmora a ferm\u00e9 le pont \u2039pour six mois\u203a, a d\u00e9clar\u00e9 la mairesse.\r"
    "Les commer\u00e7ants de la rive est parlent d\u2019une \u2039d\u00e9cision pr\u00e9cipit\u00e9e\u203a "
    "et r\u00e9clament une r\u00e9union publique.\r",
], ids=["english", "french"])
def test_mac_roman_text_reads_as_written_and_is_named_mac_roman(text):
    decoded = decode(text.encode("mac_roman"))
    assert (decoded.text, decoded.encoding) == (text.replace("\r", "\n"), "mac_roman")


@pytest.mark.parametrize(("text", "encoding"), [
    ("\u00deau sag\u00f0i a\u00f0 fer\u00f0in me\u00f0 ferjunni hef\u00f0i teki\u00f0 \u00fer\u00edr daga \u00ed vetur.\n",
     "mac_iceland"),
    ("P\u0159\u00edli\u0161 \u017elu\u0165ou\u010dk\u00fd k\u016f\u0148 \u00fap\u011bl. Vl\u00e1da schv\u00e1lila "
     "rozpo\u010det na opravu mostu p\u0159es \u0159eku.\n", "mac_latin2"),
], ids=["icelandic", "czech"])
def test_other_languages_mac_text_stays_in_its_own_encoding(text, encoding):
    assert decode(text.encode(encoding)).text == text


@pytest.mark.parametrize("data", [
    # a stray zero byte in a story, as a bad copy leaves one
    "Harrow dam inspection delayed\n\nThe water board put off the inspection\x00 for a second time.\n".encode(),
    # a story whose tail a crash filled with zero bytes
    "Orchards lose apricot crop\n\nA late frost took most of the Brenn valley's apricots.\n".encode() + bytes(6000),
], ids=["stray", "zero-filled-tail"])
def test_a_text_with_a_few_zero_bytes_is_read_without_them(data):
    text = decode(data).text.replace("\x00", "")
    assert text == data.replace(b"\x00", b"").decode()


def test_many_zero_bytes_are_binary_still():
    with pytest.raises(UserError, match="binary"):
        decode(b"Header text " + b"\x00\x00\x01" * 40 + b" more words here")
