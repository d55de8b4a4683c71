"""Three invented reports of one flood, for the claim map's tests of the reader's decisions.

The breach is told by all three, the compensation by two; the scouts, the volunteers and the
rail services are told once each. Passage 0 of each is its title.
"""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "ours.txt": """Velka dam gives way

The Velka dam on the Morana river burst before dawn on Sunday and floodwater swept through the village of Ostrov, drowning eleven residents.

The water ministry promised compensation of forty million crowns to the farmers whose fields lay under the flood.

Scouts from the Lipno troop filled sandbags along the promenade until the small hours.
""",
    "theirs.txt": """Ostrov mourns its dead

Eleven residents of Ostrov drowned when the Velka dam on the Morana burst early on Sunday and floodwater swept through the village.

Farmers whose fields were flooded will receive forty million crowns in compensation, the water ministry said.

The opposition blamed the governor for cutting the budget for dam inspections.
""",
    "wire.txt": """Dam failure floods village

Floodwater from the burst Velka dam on the Morana river swept through Ostrov on Sunday, and eleven residents drowned.

Volunteers stacked barriers by the embankment through the night.

Rail services to the region were suspended until Wednesday.
""",
}


def write_flood(folder: Path) -> Path:
    """The three articles written into a new `folder`."""
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
