"""A news page's top: the section label over the headline and the dateline are furniture."""

from __future__ import annotations

from reader.corpus import load_article
from reader.corpus.kinds import classify

LEAD = ("<p>HARBOUR TOWN — The port authority on Tuesday approved a dredging contract for the north basin, "
        "saying the work would let larger grain ships berth there from next spring.</p>")
CLOSE = ("<p>Fishing crews said the dredging would stir up silt over the oyster beds and asked for the work "
         "to pause during the spawning season, which runs from May to July.</p>")
HEADLINE = "Port authority approves north basin dredging over fishers' objections"


def _page(tmp_path, top: str):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>{HEADLINE} | The Harbour Gazette</title></head><body><article>"
                    f"{top}{LEAD}{CLOSE}</article></body></html>", encoding="utf-8")
    return load_article(path)


def test_a_section_label_over_the_headline_is_furniture_and_the_headline_a_heading(tmp_path):
    top = (f'<p class="kicker">Business · Shipping</p><h1>{HEADLINE}</h1>'
           '<p class="dateline"><time datetime="2026-03-03T09:00:00Z">3 March 2026</time> · Updated 14:20</p>')
    kinds = {p.text: p.kind for p in _page(tmp_path, top).passages}
    assert kinds["Business · Shipping"] == "boilerplate"
    assert kinds[HEADLINE] == "heading"
    # the dateline whole, not the stray rest of it once its <time> is gone
    assert kinds.get("3 March 2026 · Updated 14:20") == "boilerplate"
    assert not any(text.startswith("·") for text in kinds)


def test_a_time_alone_in_its_block_leaves_nothing_and_the_date_is_kept(tmp_path):
    top = f'<h1>{HEADLINE}</h1><p><time datetime="2026-03-03T09:00:00Z">3 March 2026</time></p>'
    article = _page(tmp_path, top)
    assert [p.text for p in article.passages][0] == HEADLINE
    assert not any("3 March 2026" in p.text for p in article.passages)
    assert article.date == "2026-03-03"  # from the <time>'s attribute


BODY = ("The port authority on Tuesday approved a dredging contract for the north basin, saying the work "
        "would let larger grain ships berth there from next spring.")


def test_separated_categories_are_a_label_only_above_the_headline():
    for label in ("World | Africa", "News / Politics / Energy", "Science & Tech · Climate", "Économie · Énergie",
                  "Мир | Африка"):
        assert classify([label, HEADLINE, BODY], title=HEADLINE)[:2] == ["boilerplate", "heading"], label
    # not above the headline: the author's heading, as before
    kinds = classify([HEADLINE, BODY, "Costs · Benefits", BODY], title=HEADLINE)
    assert kinds[2] == "heading"
    # a phrase, not a row of section names, above the headline stays what it was
    kinds = classify(["The port votes today on a contract · and the fishers object", HEADLINE, BODY], title=HEADLINE)
    assert kinds[0] != "boilerplate"

