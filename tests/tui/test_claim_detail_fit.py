"""The claim map's detail line at 80 columns: a claim's terms are shown whole or not at all,
never cut to a stub ("Kes…"), and the label keeps room to be read."""

from __future__ import annotations

from dam_story import write_dam_story
from tui_helpers import reading_room, workers_done

from reader.corpus import load_paths


async def test_the_claim_line_keeps_whole_terms_at_80_columns(make_app, tmp_path):
    from reader.tui.claim_map import CLAIM_LABEL_MIN, ClaimMapScreen

    app = make_app(load_paths([write_dam_story(tmp_path / "dam")]))
    for size in ((80, 24), (160, 48)):
        async with reading_room(app if size == (80, 24) else make_app(load_paths([tmp_path / "dam"])), size) as (
                pilot, _):
            await pilot.press("M")
            await workers_done(pilot)
            screen = pilot.app.screen
            assert isinstance(screen, ClaimMapScreen) and screen.claim_map is not None
            for _ in screen.query_one("ClaimTable").claims:
                claim, _column = screen._under_cursor()
                line = str(screen.query_one("#detail").render()).split("\n")[0]
                assert line.startswith(f"Claim {claim.id}: ")
                shown_terms = line.split("  ")[-1] if "  " in line else ""
                listed: list[str] = []
                if shown_terms:
                    listed = shown_terms.split(", ")
                    assert listed == list(claim.terms[:len(listed)]), (line, claim.terms)
                label = line[len(f"Claim {claim.id}: "):len(line) - (len(shown_terms) + 2 if shown_terms else 0)]
                assert len(label) >= min(len(claim.label), CLAIM_LABEL_MIN)
                if size == (160, 48):  # room for everything
                    assert label == claim.label and listed == list(claim.terms)
                await pilot.press("j")
