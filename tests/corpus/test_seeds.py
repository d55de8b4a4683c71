"""The bundled corpus: shipped unchanged, described by its manifest, furniture recognised."""

from __future__ import annotations

import hashlib

import pytest

from reader.corpus import load_seeds
from reader.paths import seeds_dir

# The five seed articles exactly as received; their text must never be edited.
SEED_SHA256 = {
    "000_717389ecb0dc4e94.txt": "5fbbae90d05fc3d832747b5b228644e3e53ecbe8c67871f113db782984b6d413",
    "001_c164a2009160c68c.txt": "1f2e7c705166cff888565d4c1e2f161a98f50fde913ee75bb22345f044684a27",
    "002_deafa6e445968873.txt": "b21ded0d0ef15bd1a5a38503a86208a4e559e398a3476145283b4d0ada2302e6",
    "003_b39cc0ec0f850a6b.txt": "4332a2cdc6b731befa15f2fefdc47a82232dfb2bc72e6a639bd2799b0b37cf8c",
    "004_f78903c0c38de6a5.txt": "481496765067287df725dbe47e239caa6aae86d30236c6ef138ba21eda325072",
}


@pytest.fixture(scope="module")
def seeds():
    return {a.path.name: a for a in load_seeds()}


def test_seed_files_are_byte_for_byte_the_originals():
    found = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in seeds_dir().glob("*.txt")}
    assert found == SEED_SHA256


def test_manifest_metadata(seeds):
    assert list(seeds) == sorted(SEED_SHA256)
    a = seeds["000_717389ecb0dc4e94.txt"]
    assert (a.title, a.side) == ("Israel’s Azerbaijan Problem", "pro-Armenian op-ed")
    b = seeds["001_c164a2009160c68c.txt"]
    assert (b.author, b.date, b.side) == ("Rabbi Zamir Isayev", "2023-07-25", "pro-Azerbaijani rebuttal")
    c = seeds["002_deafa6e445968873.txt"]
    assert (c.outlet, c.side, c.author) == ("Valuetainment", "news report", "")
    d = seeds["003_b39cc0ec0f850a6b.txt"]
    assert d.author == "Ali Hajizade" and d.title.startswith("Strategic partnership between Israel")
    e = seeds["004_f78903c0c38de6a5.txt"]
    assert (e.author, e.date, e.side) == ("H. Zaïm-Bashi", "2023-04-15", "Iranian state view")
    # Articles without a title in their text show their first sentence, never a blank.
    assert b.title == "Israel definitely should develop a balanced diplomatic approach towards the Caucasus."
    assert all(article.title for article in seeds.values())


def _kinds(article):
    return {p.text: p.kind for p in article.passages}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("002_deafa6e445968873.txt", "Learn the benefits of becoming a Valuetainment Member and subscribe today!"),
        ("002_deafa6e445968873.txt", "Add comment"),
        ("002_deafa6e445968873.txt", "— Patrick Bet-David (@patrickbetdavid) September 26, 2023"),
        ("003_b39cc0ec0f850a6b.txt", "About the Author"),
        ("003_b39cc0ec0f850a6b.txt", "Related Topics"),
        ("003_b39cc0ec0f850a6b.txt", "Related Posts"),
        ("003_b39cc0ec0f850a6b.txt", "is az kollaj"),
        ("004_f78903c0c38de6a5.txt", "By: H. Zaïm-Bashi"),
        ("004_f78903c0c38de6a5.txt", "Apr 15, 2023\xa0-\xa020:53"),
        ("000_717389ecb0dc4e94.txt", "Source: Wikipedia"),
        ("001_c164a2009160c68c.txt", "date 2023-07-25"),
        ("001_c164a2009160c68c.txt", "Rabbi Zamir Isayev, chairman of the Georgian Sephardic community in Azerbaijan"),
    ],
)
def test_known_furniture_is_boilerplate(seeds, name, text):
    assert _kinds(seeds[name])[text] == "boilerplate"


def test_embedded_tweet_author_box_and_repeated_titles(seeds):
    news = seeds["002_deafa6e445968873.txt"]
    tweet = next(p for p in news.passages if "pic.twitter.com" in p.text)
    assert tweet.kind == "boilerplate"
    analyst = seeds["003_b39cc0ec0f850a6b.txt"]
    bio = next(p for p in analyst.passages if p.text.startswith("Ali Hajizade Founder"))
    assert bio.kind == "boilerplate"
    iranian = seeds["004_f78903c0c38de6a5.txt"]
    titles = [p.kind for p in iranian.passages if p.text == "Is Baku a deceptive ally of the Israel?"]
    assert titles == ["heading", "boilerplate"]


def test_headings_and_body(seeds):
    op_ed = _kinds(seeds["000_717389ecb0dc4e94.txt"])
    assert op_ed["Israel’s Azerbaijan Problem"] == "heading"
    assert op_ed["Relevant Parallels:"] == "heading"
    assert op_ed["1. This Technology will be in Shiite hands."] == "body"  # a list item, not a heading
    assert _kinds(seeds["001_c164a2009160c68c.txt"])["In focus: Relationship between Armenia and Iran"] == "heading"
    for article in seeds.values():
        assert article.counts()["body"] >= 5
        assert all(p.kind == "body" for p in article.passages if len(p.text) > 300)


def test_dateline_glued_to_first_paragraph_is_split_off(seeds):
    rebuttal = seeds["001_c164a2009160c68c.txt"]
    first, second = rebuttal.passages[:2]
    assert (first.text, first.kind) == ("date 2023-07-25", "boilerplate")
    assert second.text.startswith("Israel definitely should develop") and second.kind == "body"
