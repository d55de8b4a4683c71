"""`counterpoint themes`: every theme, shipped and the user's, with what is wrong with the bad ones."""

from __future__ import annotations

import argparse

from reader.cli.common import add_format_option, add_theme_option, console, print_json, say
from reader.cli.settings import user_config
from reader.config import ThemeCatalog, load_themes, user_themes_dir
from reader.config.readability import contrast_problem, contrast_warning
from reader.corpus.sanitize import visible
from reader.paths import config_dir


def add_parser(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("themes", parents=[parent], help="list the colour themes",
                            description="List the shipped themes and those in <config dir>/themes/, "
                                        "marking the selected one and explaining invalid ones.")
    add_format_option(parser)
    add_theme_option(parser, nested=True)


def as_json(catalog: ThemeCatalog) -> dict:
    return {
        "themes": [
            {
                "name": t.name,
                "source": t.source,
                "dark": t.dark,
                "valid": t.valid,
                "error": t.error,
                "foreground": t.foreground.hex if t.valid else None,
                "background": t.background.hex if t.valid else None,
                "contrast_warning": contrast_warning(t) if t.valid else None,
            }
            for t in catalog.themes
        ]
    }


def print_table(catalog: ThemeCatalog, selected: str | None) -> None:
    from rich.style import Style
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(f"{len(catalog.available())} themes"), title_justify="left")
    table.add_column("", width=1, no_wrap=True)
    table.add_column("theme", no_wrap=True)
    table.add_column("sample", no_wrap=True)
    table.add_column("source", ratio=1, overflow="fold")
    for t in catalog.themes:
        mark = Text("*" if t.valid and t.name == selected else "")
        name = Text(visible(t.name), style="bold" if t.valid else "strike")
        if t.valid:
            ground = t.background.hex
            sample = Text(" Aa ", style=Style(color=t.foreground.hex, bgcolor=ground))
            for variable in ("cp-cursor", "cp-link-strong", "cp-evidence"):
                sample.append(" Aa ", Style(color=t.foreground.hex, bgcolor=t.variable(variable).hex))
            detail = Text(("dark" if t.dark else "light") + " · " + visible(t.source))
            problem = contrast_problem(t)
            if problem:
                detail.append(" · " + problem, style="yellow")
        else:
            sample = Text("invalid", style="bold red")
            detail = Text(visible(t.error or ""), style="red")
        table.add_row(mark, name, sample, detail)
    console().print(table)


def run(args: argparse.Namespace) -> int:
    directory = config_dir(getattr(args, "config_dir", None))
    catalog = load_themes(user_dir=user_themes_dir(directory))
    if args.format == "json":
        print_json(as_json(catalog))
    else:
        spec, notice = catalog.select(getattr(args, "theme", None) or user_config(args).theme)
        if notice:
            say(notice, "notice")
        print_table(catalog, spec.name if spec else None)
    return 0
