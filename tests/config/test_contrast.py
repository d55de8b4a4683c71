"""Every shipped theme is readable, measured with WCAG 2 contrast ratios.

Body text, and body text on every highlight the reading room paints behind it, and dimmed
boilerplate: ≥ 4.5:1 (≥ 7:1 in the high-contrast theme). Headings ≥ 4.5:1 too; the gutter marks
≥ 3:1 (WCAG's figure for non-text marks; ≥ 4.5:1 in the high-contrast theme).
"""

from __future__ import annotations

import tomllib

import pytest

from reader.config import DEFAULT_THEME, READER_VARIABLES, contrast_ratio, load_themes
from reader.config.colors import RGBA
from reader.config.readability import checks, weakest_text
from reader.paths import themes_dir

HIGH_CONTRAST = "counterpoint-high-contrast"
SHIPPED = load_themes(themes_dir(), None)
REQUIRED = {  # pairing -> minimum (normal theme, high-contrast theme)
    "body text on background": (4.5, 7.0),
    "body text on cp-cursor": (4.5, 7.0),
    "body text on cp-link-strong": (4.5, 7.0),
    "body text on cp-link-weak": (4.5, 7.0),
    "body text on cp-evidence": (4.5, 7.0),
    "body text on cp-diff-figure": (4.5, 7.0),
    "body text on cp-diff-name": (4.5, 7.0),
    "body text on cp-diff-framing": (4.5, 7.0),
    "cp-boilerplate text on background": (4.5, 7.0),
    "cp-heading text on background": (4.5, 7.0),
    "cp-unmatched mark on background": (3.0, 4.5),
    "cp-related mark on background": (3.0, 4.5),
    "cp-bookmark mark on background": (3.0, 4.5),
}


def test_the_shipped_set():
    names = SHIPPED.names()
    assert SHIPPED.problems == []
    assert len(names) >= 5 and len(set(names)) == len(names)
    assert names[0] == DEFAULT_THEME
    assert {"counterpoint-light", HIGH_CONTRAST} <= set(names)
    assert {True, False} == {t.dark for t in SHIPPED.available()}


@pytest.mark.parametrize("spec", SHIPPED.available(), ids=lambda t: t.name)
def test_shipped_theme_declares_every_reader_colour(spec):
    written = tomllib.loads(spec.path.read_text(encoding="utf-8"))
    assert set(READER_VARIABLES) <= set(written["variables"])
    assert {"foreground", "background", "primary", "accent"} <= set(written)


@pytest.mark.parametrize("spec", SHIPPED.available(), ids=lambda t: t.name)
def test_shipped_theme_contrast(spec):
    found = {c.what: c for c in checks(spec)}
    column = 1 if spec.name == HIGH_CONTRAST else 0
    for what, minimums in REQUIRED.items():
        assert found[what].minimum >= minimums[column], what
    failures = [f"{c.what}: {c.ratio:.2f} < {c.minimum}" for c in found.values() if not c.passes]
    assert not failures, f"{spec.name}: " + "; ".join(failures)
    assert weakest_text(spec).ratio >= REQUIRED["body text on background"][column]


def test_checks_catch_an_unreadable_theme(write_theme, user_dir):
    write_theme("murky", 'primary = "#777"\nforeground = "#777777"\nbackground = "#666666"\n'
                         '[variables]\ncp-cursor = "#777777"\n')
    spec = load_themes(themes_dir(), user_dir).get("murky")
    failing = {c.what for c in checks(spec) if not c.passes}
    assert {"body text on background", "body text on cp-cursor"} <= failing
    assert weakest_text(spec).ratio == pytest.approx(1.0)


@pytest.mark.parametrize("spec", SHIPPED.available(), ids=lambda t: t.name)
def test_highlights_are_distinguishable(spec):
    """The cursor, the two link strengths and evidence must look different from each other
    and from the page, or the alignment cannot be seen."""
    grounds = [spec.background] + [spec.variable(v) for v in
                                   ("cp-cursor", "cp-link-strong", "cp-link-weak", "cp-evidence")]
    assert len(set(grounds)) == len(grounds)
    # The strong link stands further from the page than the weak one.
    page = spec.background
    strong, weak = spec.variable("cp-link-strong"), spec.variable("cp-link-weak")
    assert contrast_ratio(strong, page) > contrast_ratio(weak, page)


@pytest.mark.parametrize("spec", SHIPPED.available(), ids=lambda t: t.name)
def test_difference_tints_are_distinguishable(spec):
    """Figures, names and framing are tinted apart from each other and from the page (the
    underline also sets them apart from the cursor and link highlights they sit on)."""
    tints = [spec.variable(v) for v in ("cp-diff-figure", "cp-diff-name", "cp-diff-framing")]
    assert len(set(tints)) == 3 and spec.background not in tints
    assert all(contrast_ratio(tint, spec.background) > 1.2 for tint in tints)


def test_white_on_black_is_the_ceiling():
    assert contrast_ratio(RGBA(255, 255, 255), RGBA(0, 0, 0)) == pytest.approx(21.0)
