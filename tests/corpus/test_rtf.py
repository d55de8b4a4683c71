"""An RTF document (TextEdit's default, WordPad's) reads as its paragraphs: escapes in its code
page and in Unicode decoded, tables, metadata, fields' codes and pictures left out."""

from __future__ import annotations

from reader.corpus import load_article, load_paths

TEXTEDIT = r"""{\rtf1\ansi\ansicpg1252\cocoartf2761
\cocoatextscaling0\cocoaplatform0{\fonttbl\f0\fswiss\fcharset0 Helvetica;}
{\colortbl;\red255\green255\blue255;}
{\*\expandedcolortbl;;}
\paperw11900\paperh16840\margl1440\margr1440\vieww11520\viewh8400\viewkind0
\pard\tx566\tx1133\pardirnatural\partightenfactor0

\f0\b\fs24 \cf0 Harrow Dam Inspection Put Off\
\b0 \
\'93We will wait,\'94 said the water board\'92s engineer \'97 Ren\'e9 M\'fcller \'97 on Thursday.\
Engineers asked for four weeks to study the spillway, which cracked in March \uc0\u8212  and residents objected.\
}"""

WORDPAD = r"""{\rtf1\ansi\ansicpg1250\deff0\nouicompat\deflang1029{\fonttbl{\f0\fnil\fcharset238 Calibri;}}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
\pard\sa200\sl276\slmult1\f0\fs22\lang5 Mr\'e1z zni\'e8il \'farodu merun\'eck\par
Ovocn\'e1\'f8i v \'fadol\'ed Brenn p\'f8i\'9ali o v\'ect\'9ainu merun\'eck, \u8222?\'f8ekl\u8220? p\'f8edseda.\par
Dru\'9estvo odhaduje \'9akodu na 1\~200 tun.\line Region odpov\'ed do m\'ecs\'edce.\par
{\field{\*\fldinst{HYPERLINK "https://brenn.example/zprava"}}{\fldrslt{Zpr\'e1va dru\'9estva}}}\par
{\pict\pngblip 89504e470d0a1a0a0000000d49484452}
}"""


def _texts(tmp_path, name: str, rtf: str) -> list[str]:
    path = tmp_path / name
    path.write_text(rtf, encoding="ascii")
    return [p.text for p in load_article(path).passages]


def test_a_textedit_document_reads_as_its_paragraphs(tmp_path):
    assert _texts(tmp_path, "dam.rtf", TEXTEDIT) == [
        "Harrow Dam Inspection Put Off",
        "\u201cWe will wait,\u201d said the water board\u2019s engineer \u2014 Ren\u00e9 M\u00fcller \u2014 on Thursday.",
        "Engineers asked for four weeks to study the spillway, which cracked in March \u2014 and residents objected."]


def test_a_wordpad_document_in_a_central_european_code_page(tmp_path):
    (tmp_path / "mraz.rtf").write_text(WORDPAD, encoding="ascii")
    article = load_paths([tmp_path]).articles[0]  # a folder's RTF is one of its articles
    assert [p.text for p in article.passages] == [
        "Mráz zničil úrodu meruněk",
        "Ovocnáři v údolí Brenn přišli o většinu meruněk, \u201eřekl\u201c předseda.",
        "Družstvo odhaduje škodu na 1 200 tun.\nRegion odpoví do měsíce.",
        "Zpráva družstva"]


def test_a_character_past_the_basic_plane_reads_whole(tmp_path):
    """RTF writes an emoji or a rare ideograph as two \\u escapes (a surrogate pair): they read
    as the one character, and a surrogate with no partner as the replacement character, so
    that no text the reader prints or saves holds a lone surrogate."""
    rtf = (r"{\rtf1\ansi\uc1 The lighthouse keeper waved \u-10179?\u-9141? from the gallery.\par "
           r"An old sign read \u-10174?\u-8289? beside the gate, and \u-10179? alone.\par}")
    texts = _texts(tmp_path, "keeper.rtf", rtf)
    assert texts == ["The lighthouse keeper waved \U0001F44B from the gallery.",
                     "An old sign read \U00020B9F beside the gate, and \ufffd alone."]
    assert all(text.encode("utf-8") for text in texts)


def test_a_file_of_opening_braces_is_read_in_little_memory(tmp_path):
    """Each group open keeps its state as one small shared number: a megabyte of "{" (a
    damaged or hostile file) holds megabytes while read, not a tuple per brace."""
    import tracemalloc

    from reader.corpus.rtf import rtf_paragraphs

    data = b"{\\rtf1 The quay wall held. " + b"{" * 1_000_000
    tracemalloc.start()
    try:
        paragraphs = rtf_paragraphs(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert paragraphs == ["The quay wall held. "]
    assert peak < 24 * 1024 * 1024


def test_a_pictures_raw_bytes_are_skipped_whatever_braces_they_hold(tmp_path):
    """"\\binN" is followed by N raw bytes (a picture's, an object's): they are skipped as a
    count, so a brace among them neither ends the picture's group early, letting its bytes
    read as text, nor opens one that swallows the text after it."""
    rtf = ("{\\rtf1\\ansi The lock gates at Ostra were replaced in May.\\par "
           "{\\pict\\wmetafile8\\bin7 }}x{{A}}{\\*\\blipuid\\bin4 {{{{}"
           "The canal reopened to barges a week later.\\par}")
    assert _texts(tmp_path, "gates.rtf", rtf) == ["The lock gates at Ostra were replaced in May.",
                                                   "The canal reopened to barges a week later."]
