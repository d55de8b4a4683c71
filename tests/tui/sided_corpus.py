"""A corpus of two sides where one side's two retellings of a claim link most strongly to
each other, for the claim map's partners (tests/claims, tests/tui)."""

from __future__ import annotations

from pathlib import Path

HOSPITAL = ("Shells struck the hospital in Mirnohrad on March 15, killing four nurses, said Mayor Ivana "
            "Lesk, who blamed separatist artillery on the eastern ridge.")
ARTICLES = {  # file: (side, text)
    "ours-1.md": ("Ours", f"# Hospital shelled\n\n{HOSPITAL}\n\nVolunteers baked bread for the shelters of the old town.\n"),
    "ours-2.md": ("Ours", "# Hospital hit again\n\n" + HOSPITAL.replace("four nurses", "four of its nurses")
                  + "\n\nThe choir sang at the cathedral on Sunday evening.\n"),
    "ours-3.md": ("Ours", "# Harvest\n\nFarmers in the north brought in barley before the storms came.\n"),
    "theirs.md": ("Theirs", "# Shelling staged\n\nThe claim that artillery struck the hospital in Mirnohrad on "
                  "March 15 is a lie, said spokeswoman Marina Kolt; no nurses were killed and the ridge holds "
                  "no guns.\n\nTraders sold melons at the river market all week.\n"),
}


def write_files(folder: Path, texts: dict[str, str]) -> Path:
    """Each of `texts` (file name: text) written in `folder`, made if need be."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def write_sides(folder: Path) -> Path:
    """Two near-identical articles of one side and a rebuttal from the other: the same side's
    retelling is each one's strongest link."""
    manifest = "".join(f'[[article]]\nfile = "{f}"\nside = "{side}"\n\n' for f, (side, _) in ARTICLES.items())
    return write_files(folder, {"corpus.toml": manifest, **{name: text for name, (_, text) in ARTICLES.items()}})
