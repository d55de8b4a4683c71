"""The seeds rendered as simple HTML pages: extraction keeps every body paragraph, drops the
page's own navigation, and whatever furniture it keeps the passage kinds still recognise."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "web_pages.py"


@pytest.fixture(scope="module")
def web_pages():
    if not SCRIPT.is_file():
        pytest.skip("needs the source tree's benchmarks")
    spec = importlib.util.spec_from_file_location("web_pages_benchmark", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    saved = list(sys.path)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = saved  # the script puts the checkout first; the tests keep what they import
    return module


def test_seed_pages_keep_the_article_and_furniture_stays_recognised(web_pages, tmp_path):
    rows = web_pages.furniture(tmp_path)
    assert len(rows) == 5
    for row in rows:
        print(row)  # the figures BENCHMARKS.md records (pytest -s shows them)
        assert row.body_kept == row.body, row
        assert row.still_flagged == row.boilerplate - row.removed, row
    assert sum(row.boilerplate for row in rows) >= 10  # the seeds do carry furniture to measure


def test_the_page_around_the_article_is_dropped(web_pages, tmp_path):
    from reader.corpus import load_article, load_seeds

    seed = load_seeds().articles[0]
    path = tmp_path / "seed.html"
    path.write_text(web_pages.render(seed), encoding="utf-8")
    text = load_article(path).text
    assert "Privacy policy" not in text and "Opinion" not in text
