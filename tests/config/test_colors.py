"""The colour parser agrees with Textual's, channel for channel, on valid and invalid input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textual.color import Color, ColorParseError as TextualColorParseError

from reader.config.color_names import COLOR_NAME_TO_RGB
from reader.config.colors import RGBA, ColorParseError, contrast_ratio, parse_color

SAMPLES = [
    "#fff", "#FfF", "#ffff", "#0008", "#123456", "#12345678", "#abcdeg", "#12345", "#", "fff",
    "rgb(1,2,3)", "rgb( 1 , 2 , 3 )", "rgb(300,-5,2.7)", "rgb(1,2)", "rgb(1,2,3,4)", "RGB(1,2,3)",
    "rgba(1,2,3,0.5)", "rgba(1,2,3,7)", "rgba(1,2,3,-1)", "rgba(1,2,3)",
    "hsl(120,50%,50%)", "hsl(-30,150%,20%)", "hsl(400,10%,90%)", "hsl(120,50,50)", "hsl(0.5,1.%,2.5%)",
    "hsla(200,40%,40%,0.25)", "hsla(200,40%,40%)",
    "red", "Red", "rebeccapurple", "transparent", "ansi_red", "ansi_bright_white", "ansi_default",
    "ansi_purple", "blu", "", " ", " red", "red ", "#fff\n", "#fff ", "rgb(1,2,3) ", "$primary",
    "red 50%", "auto", "none", "rgb(\u0661,2,3)", "#\uff11\uff12\uff13",
]


def textual_parse(text: str):
    try:
        c = Color.parse(text)
    except TextualColorParseError:
        return None
    return (c.r, c.g, c.b, c.a)


def ours(text: str):
    try:
        return tuple(parse_color(text))
    except ColorParseError:
        return None


@pytest.mark.parametrize("text", SAMPLES + list(COLOR_NAME_TO_RGB))
def test_parser_matches_textual(text):
    assert ours(text) == textual_parse(text)


_number = st.one_of(st.integers(-400, 400).map(str),
                    st.floats(-400, 400, allow_nan=False).map(lambda f: f"{f:.3f}"),
                    st.sampled_from(["1.", "-0", "00", "1e3", ".5", ""]))
_space = st.sampled_from(["", " ", "  ", "\t"])


@st.composite
def colorish(draw):
    kind = draw(st.sampled_from(["hex", "rgb", "rgba", "hsl", "hsla", "junk"]))
    if kind == "hex":
        return "#" + draw(st.text("0123456789abcdefABCDEFgx", min_size=0, max_size=9))
    if kind == "junk":
        return draw(st.text(max_size=12))
    count = 4 if kind.endswith("a") else 3
    parts = [draw(_number) + (draw(st.sampled_from(["%", ""])) if kind.startswith("hsl") and i in (1, 2) else "")
             for i in range(draw(st.sampled_from([count - 1, count, count])))]
    sep = draw(_space) + "," + draw(_space)
    return f"{kind}({draw(_space)}{sep.join(parts)}{draw(_space)})"


@settings(max_examples=400)
@given(colorish())
def test_parser_matches_textual_on_generated_strings(text):
    assert ours(text) == textual_parse(text)


def test_errors_suggest_a_name_and_say_what_is_accepted():
    with pytest.raises(ColorParseError, match=r"'blu'.*did you mean 'blue'.*#rrggbb"):
        parse_color("blu")
    with pytest.raises(ColorParseError, match="expected a colour string"):
        parse_color(12)


def test_contrast_ratio_known_values():
    black, white = RGBA(0, 0, 0), RGBA(255, 255, 255)
    assert contrast_ratio(black, white) == pytest.approx(21.0)
    assert contrast_ratio(white, black) == pytest.approx(21.0)
    assert contrast_ratio(white, white) == pytest.approx(1.0)
    # #767676 is the classic lightest grey that passes AA on white.
    assert contrast_ratio(parse_color("#767676"), white) == pytest.approx(4.54, abs=0.01)


def test_translucent_colours_are_composited():
    half_white = parse_color("#ffffff80")
    assert half_white.over(RGBA(0, 0, 0)) == RGBA(128, 128, 128)
    assert parse_color("#123456").over(RGBA(0, 0, 0)).hex == "#123456"
