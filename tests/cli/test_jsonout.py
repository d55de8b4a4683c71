"""The commands' JSON writer gives exactly json.dumps(indent=2), streamed lists included."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli.common import json_text
from reader.cli.jsonout import JSON_ESCAPES, chunks, dumps

_TEXT = st.text(st.characters(codec="utf-8") | st.sampled_from("\x7f\x85\u202e\u2066\ud800\"\\\n"), max_size=12)
_SCALAR = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | _TEXT
_VALUE = st.recursive(_SCALAR, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                      | st.dictionaries(_TEXT, inner, max_size=4)
                      | st.dictionaries(st.integers() | st.booleans(), inner, max_size=2), max_leaves=20)


@settings(max_examples=300)
@given(_VALUE, st.booleans())
def test_dumps_is_json_dumps(value, ascii_only):
    assert dumps(value, ascii_only=ascii_only) == json.dumps(value, ensure_ascii=ascii_only, indent=2)


@settings(max_examples=200)
@given(st.dictionaries(_TEXT, _VALUE, max_size=5), st.lists(_VALUE, max_size=4), st.booleans())
def test_an_iterator_is_written_as_the_list_it_yields(data, items, ascii_only):
    whole = json.dumps({**data, "links": items}, ensure_ascii=ascii_only, indent=2).translate(JSON_ESCAPES)
    assert "".join(chunks({**data, "links": iter(items)}, ascii_only=ascii_only)) == whole
    assert json_text({**data, "links": items}, ascii_only=ascii_only) == whole + "\n"


def test_controls_a_terminal_would_act_on_are_escaped():
    text = json_text({"title": "a\x9b[31mb\u202e"})
    assert "\x9b" not in text and "\u202e" not in text and json.loads(text) == {"title": "a\x9b[31mb\u202e"}
