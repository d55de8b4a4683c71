"""The "differences" list each link carries in `counterpoint align --format json`.

A list per link of {"kind", "a_span", "b_span", "a_text", "b_text", "note"}: kind is one of
"number", "date", "name", "framing"; spans are source offsets like the evidence spans; a
side is null when only the other passage has it (a name one side lacks); note says whose
usage each framing term is when the glossary labels it, else "".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from reader.align import Alignment, Glossary
from reader.align.model import Link
from reader.differ import Differ, Difference


def difference_json(d: Difference) -> dict:
    return {"kind": d.kind, "a_span": list(d.a_span) if d.a_span else None,
            "b_span": list(d.b_span) if d.b_span else None,
            "a_text": d.a_text, "b_text": d.b_text, "note": d.note}


def with_differences(al: Alignment, glossary: Glossary, link_json: Callable[[Link], dict]) -> Iterator[dict]:
    """Each link's JSON (link_json(link), in `al.links` order) with its differences, one at a
    time, so a long alignment's links are never all in memory at once."""
    differ = Differ.of(al, glossary)
    for link in al.links:
        yield link_json(link) | {"differences": [difference_json(d) for d in differ.between(link.a, link.b)]}
