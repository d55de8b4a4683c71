"""The "differences" list each link carries in `counterpoint align --format json`.

A list per link of {"kind", "a_span", "b_span", "a_text", "b_text", "note"}: kind is one of
"number", "date", "name", "framing"; spans are source offsets like the evidence spans; a
side is null when only the other passage has it (a name one side lacks); note says whose
usage each framing term is when the glossary labels it, else "".
"""

from __future__ import annotations

from reader.align import Alignment, Glossary
from reader.differ import Differ, Difference


def difference_json(d: Difference) -> dict:
    return {"kind": d.kind, "a_span": list(d.a_span) if d.a_span else None,
            "b_span": list(d.b_span) if d.b_span else None,
            "a_text": d.a_text, "b_text": d.b_text, "note": d.note}


def add_differences(data: dict, al: Alignment, glossary: Glossary) -> dict:
    """`data` (the align JSON, links in `al.links` order) with each link's differences."""
    differ = Differ.of(al, glossary)
    for entry, link in zip(data["links"], al.links, strict=True):
        entry["differences"] = [difference_json(d) for d in differ.between(link.a, link.b)]
    return data
