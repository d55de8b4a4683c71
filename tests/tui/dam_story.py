"""Three invented reports of one story, for reading-room tests: a dam upstream, told by the
upstream country's paper, by the downstream country's, and by a wire service between them.
Every name and figure is made up."""

from __future__ import annotations

from pathlib import Path

UPSTREAM = """\
The Kessel Dam Will Bring Light to a Forgotten Valley

By Irena Vossberg, Highland Courier

The reservoir behind the Kessel Dam began filling on Monday, and with it came the promise of electricity for forty thousand households in the upper Marrow valley that have never had a steady supply.

Engineers from the state power company said the first turbine would turn by spring. "For the first time, the valley will sell power instead of buying diesel," said chief engineer Tomas Ardal.

Critics downstream claim the river will run dry. The ministry's hydrology office says the flow at the border will fall by no more than eight percent in an average year, and that the release schedule was shared with the lowland government in March.

The lowland government has refused three invitations to inspect the spillway. Officials here call the refusal a political stunt aimed at voters ahead of the autumn election.

Farmers in the upper valley, who lost two harvests to floods in the last decade, welcomed the dam. "The river took our fields twice. Now it will be tamed," said Mara Lindqvist, who grows barley near the village of Osterbrook.

Fishermen on the reservoir's edge have been offered new boats and a guaranteed price for their catch for five years.

The World Bank loan that financed the project requires an independent review of the river's flow every year, and the first review is due next summer.

The dam is a sovereign project on sovereign land, Ardal said. No treaty gives the lowlands a veto over a river that rises in the highlands.
"""

LOWLAND = """\
Highland Dam Threatens to Starve the Delta

By Paolo Brandt, Delta Herald

The highland regime began choking the Marrow river on Monday, closing the gates of its Kessel Dam without warning and without the consent of the millions who live downstream.

Farmers in the delta, who depend on the river for their rice, say the water in the irrigation channels dropped within hours. "My channel was half empty by evening," said Joris Tal, whose family has farmed near the town of Saltmere for six generations.

The highland ministry claims the flow will fall by only eight percent. Independent hydrologists at Saltmere University estimate the loss at a quarter of the dry-season flow, enough to let sea water creep twenty kilometres up the delta.

Our government was never shown the release schedule, a foreign ministry spokeswoman said, and was offered a tour of the spillway only after the gates had closed. She called the invitations a public relations exercise.

The 1961 river treaty obliges both countries to consult before any work that changes the flow. The highlands say the treaty does not apply to a dam on their own territory.

Fishermen in the delta lagoon report that the spring run of eels has already thinned. The highland government has offered nothing to them.

The World Bank, which lent the money for the dam, has been asked to suspend its payments until an independent review of the river's flow is done.

"They call it taming the river," said Tal. "For us it is starving the delta."
"""

WIRE = """\
Marrow Dam Begins Filling as Neighbours Trade Accusations

By staff, Continental Wire

The Kessel Dam on the Marrow river began filling its reservoir on Monday, the highland power company said, in a project that has strained relations with the lowland government downstream.

The highland ministry says the river's flow at the border will fall by about eight percent in an average year. Hydrologists at Saltmere University put the dry-season loss closer to a quarter.

The two governments disagree over whether the 1961 river treaty requires consultation before the dam is operated. The highlands say it does not cover works on their territory; the lowlands say it covers any work that changes the flow.

The World Bank, which financed the project, said its loan requires a yearly independent review of the flow and that the first review is due next summer.

Farmers on both sides of the border told reporters they feared for their harvests, for opposite reasons: floods upstream, drought downstream.
"""


def write_dam_story(folder: Path) -> Path:
    """The three reports as files in `folder` (made if missing); returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (("upstream", UPSTREAM), ("lowland", LOWLAND), ("wire", WIRE)):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder
