"""`counterpoint align A B`: the linked passages of two articles, as a table, JSON or Markdown."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from reader import markdown as md
from reader.align import GRANULARITIES, Alignment
from reader.align.model import Link
from reader.align.policy import shown
from reader.cli.articles import resolve_all
from reader.cli.common import add_format_option, console, print_json, warn
from reader.cli.excerpt import excerpt
from reader.cli.glossaries import add_glossary_options, glossary_for
from reader.cli.settings import user_config
from reader.corpus import Article, Corpus, Passage, load_paths, manifest_corpus
from reader.corpus.model import holds_no_text, unit_label
from reader.differ.listing import described
from reader.errors import UserError
from reader.files import is_folder
from reader.paths import user_path

JSON_VERSION = 1
PASSAGE_WIDTH = 72  # columns a passage may take in a table that is not on a terminal
SHOWN_TERMS = 8  # matched words listed per link before "+N more"
# Names one side lacks listed per side in a link's cell before "+N more": a passage can name a
# dozen people and places; the JSON's "differences" has them all.
SHOWN_NAMES = 4
# A link's differences (reader.differ), or none: what the table and the Markdown list under
# its matched words.
Differences = Callable[[Link], tuple]


def _none(link: Link) -> tuple:
    return ()
STACK_BELOW = 100  # a terminal narrower than this gets A and B stacked, as the reading room does
_TIER_STYLE = {"strong": "green", "weak": "yellow"}


def add_parser(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("align", parents=[parent], help="link the passages of two articles",
                            description="Link the passages of article A and article B that discuss "
                                        "the same event or claim, with scores and evidence.",
                            epilog="From config.toml (as the reading room saves it with W) align takes "
                                   "granularity, min_score and glossary; --granularity, --min-score and "
                                   "--no-glossary override them for one run, and a --glossary file is used even "
                                   "with glossary = false. A problem in config.toml is "
                                   "a warning on stderr, and the default stands in.")
    parser.add_argument("a", metavar="A", help="first article: a file or an article id")
    parser.add_argument("b", metavar="B", help="second article: a file or an article id")
    add_format_option(parser, ("table", "json", "markdown"))
    parser.add_argument("--granularity", choices=GRANULARITIES, default=None,
                        help="align paragraphs or sentences (default: granularity in config.toml, else paragraph)")
    parser.add_argument("--min-score", type=_score, metavar="X", default=None,
                        help="keep links scoring at least X, 0..1 (default: min_score in config.toml, else "
                             "the engine's calibrated threshold)")
    parser.add_argument("--sort", choices=("passage", "score"), default="passage",
                        help="table and markdown order: passage by passage in A's order (default), "
                             "or every link best first")
    add_glossary_options(parser, "align without any glossary (the seeds' one applies to the seed articles only)")
    parser.add_argument("--ignore-decisions", action="store_true",
                        help="show the machine's links alone, without the links you added, confirmed "
                             "or rejected (see counterpoint links)")


def _score(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {text}")
    return value


def _load(path_a: str, path_b: str) -> tuple[Article, Article, Corpus]:
    """The two articles (paths or ids), plus the corpus their directory's manifest describes
    (for statistics)."""
    path_a, path_b = resolve_all([path_a, path_b])
    for raw in (path_a, path_b):
        if is_folder(user_path(raw)):
            raise UserError(f"{raw}: is a directory; expected an article file")
    files = [user_path(raw) for raw in (path_a, path_b)]
    if _same_file(*files):  # (one file by two names too: a link, a path and the article's id)
        raise UserError(f"{path_a}: the same article twice; an article set beside itself shows "
                        "nothing, give two different articles")
    if (corpus := manifest_corpus(files)) is not None:  # read once: the pair comes out of it when listed there
        by_path = {x.path.resolve(): x for x in corpus}
        found = [by_path.get(p.resolve()) for p in files]
        if None not in found:
            return _said_if_empty(found[0], found[1], corpus)
    pair = load_paths([path_a, path_b])
    a, b = pair.articles
    return _said_if_empty(a, b, pair)


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (a link, a path written two ways)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False  # one is not there (reading it says so), or not a path the system takes


def _said_if_empty(a: Article, b: Article, corpus: Corpus) -> tuple[Article, Article, Corpus]:
    """The pair as it is, with a warning for an article that holds no text: its side of any
    result is empty, which a script reading only the output would take for "no matches"; for
    two files of the same text (a copy), whose every passage links to itself; and for two
    articles in different languages, which share too few words to be linked."""
    warn([holds_no_text(str(x.path)) for x in dict.fromkeys((a, b)) if not x.passages])
    if a.passages and a.text == b.text:
        warn([f"{a.path} and {b.path} hold the same text (copies of one article): "
              "each passage is linked to itself, no word is one's more than the other's"])
    from reader.align.language import languages_notice

    if (notice := languages_notice(a, b)) is not None:
        warn([notice])
    return a, b, corpus


def passage_json(p: Passage) -> dict:
    return {"index": p.index, "start": p.start, "end": p.end, "kind": p.kind, "text": p.text}


def link_json(link: Link) -> dict:
    return {"a": link.a, "b": link.b, "score": link.score, "tier": link.tier, "origin": link.origin,
            "confirmed": link.confirmed,
            "evidence": [{"a_span": list(e.a_span), "b_span": list(e.b_span), "a_text": e.a_text,
                          "b_text": e.b_text, "kind": e.kind} for e in link.evidence]}


def as_json(al: Alignment, links: Iterable[dict] | None = None) -> dict:
    """The alignment as `align --format json` writes it; `links` (one dict per link, in
    `al.links` order) replaces the plain link_json of each, and may be an iterator that
    print_json writes item by item."""
    def side(article: Article, units: list[Passage]) -> dict:
        return {"path": str(article.path.resolve()), "title": article.title, "passages": [passage_json(p) for p in units]}

    return {
        "version": JSON_VERSION,
        "granularity": al.granularity,
        "a": side(al.a, al.a_units),
        "b": side(al.b, al.b_units),
        "links": [link_json(link) for link in al.links] if links is None else links,
        "unmatched": {"a": list(al.unmatched_a), "b": list(al.unmatched_b)},
        "alone": {"a": al.alone_a, "b": al.alone_b},  # body passages with no strong link
    }


def number(index: int, granularity: str = "paragraph") -> str:
    """How people see a unit's number: 1-based, "¶25" for a paragraph, "s25" for a sentence
    (JSON keeps the 0-based index)."""
    return unit_label(index + 1, granularity)


def _tier(link: Link) -> str | None:
    return getattr(link, "tier", None)


_DECIDED = {"reader": " · your link", "confirmed": " · confirmed by you", "": ""}


def _decided(link: Link) -> str:
    """What the reader decided about a link, for the table and Markdown (JSON has `origin` and
    `confirmed`): a link they made has no score of the engine's, only the 1.00 given it."""
    from reader.decisions.apply import link_state

    return _DECIDED[link_state(link)]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(al: Alignment) -> str:
    """One line: how many links (strong/weak when the engine says), what only each side has."""
    links = _plural(len(al.links), "link")
    tiers = Counter(t for link in al.links if (t := _tier(link)))
    if tiers:
        links += " (" + ", ".join(f"{tiers[t]} {t}" for t in ("strong", "weak") if tiers[t]) + ")"
    unit = "sentence" if al.granularity == "sentence" else "passage"
    return (f"{links} · {_plural(len(al.alone_a), unit)} only in A · "
            f"{_plural(len(al.alone_b), unit)} only in B")


def rows(al: Alignment, sort: str) -> list[tuple[bool, bool, Link]]:
    """(first of its A passage, last of it, link) in reading order: each A passage in A's order
    with its counterparts best first; or, sorted by score, every link on its own."""
    if sort == "score":
        return [(True, True, link) for link in al.links]
    out = []
    for i in sorted({link.a for link in al.links}):
        group = al.for_a(i)
        out += [(n == 0, n == len(group) - 1, link) for n, link in enumerate(group)]
    return out


def terms(al: Alignment, link: Link) -> list[str]:
    """The matched words themselves, in A's order: "oil", or "Artsakh ≈ Nagorno-Karabakh"."""
    out: dict[str, str] = {}
    for e in sorted(link.evidence, key=lambda e: e.a_span):
        a, b = (" ".join(x.split()) for x in (al.a.display(*e.a_span), al.b.display(*e.b_span)))
        out.setdefault(f"{a.casefold()}\0{b.casefold()}", a if a.casefold() == b.casefold() else f"{a} ≈ {b}")
    return list(out.values())


def _runs(article: Article, p: Passage, spans) -> list[tuple[str, bool]]:
    return excerpt(p.text, [article.local_span(p, start, end) for start, end in spans])


def _a_spans(al: Alignment, link: Link, this_link_only: bool) -> list[tuple[int, int]]:
    """A's evidence to mark: this link's, or (passage order) that of every link of its passage."""
    links = [link] if this_link_only else al.for_a(link.a)
    return [e.a_span for x in links for e in x.evidence]


def _text(runs: list[tuple[str, bool]], label: str):
    from rich.text import Text

    text = Text(label + " " if label else "", style="cyan")
    for piece, matched in runs:
        text.append(piece, style="bold reverse" if matched else None)
    return text


def _plain(runs: list[tuple[str, bool]], label: str) -> str:
    """What `_text(runs, label).plain` holds, without building the styled Text (a plain
    table's cells are only their text: see print_table)."""
    return (label + " " if label else "") + "".join(piece for piece, _ in runs)


def _link_parts(al: Alignment, link: Link, differences: tuple = ()) -> list[tuple[str, str]]:
    """The link's cell as (text, style) pieces: score, tier, decision, matched words, and what
    differs inside the pair."""
    parts = [(shown(link.score), "bold")]
    if (tier := _tier(link)) is not None:
        parts.append((f" {tier}", _TIER_STYLE.get(tier, "")))
    parts.append((_decided(link), "italic"))
    words = terms(al, link)
    listed = words[:SHOWN_TERMS] + ([f"+{len(words) - SHOWN_TERMS} more"] if len(words) > SHOWN_TERMS else [])
    if listed:
        parts.append(("\n" + "\n".join(listed), "dim"))
    if described_ := described(differences, names_shown=SHOWN_NAMES):
        parts.append(("\n" + "\n".join(described_), "yellow"))
    return parts


def _link_cell(al: Alignment, link: Link, differences: tuple = ()):
    from rich.text import Text

    (score, style), *rest = _link_parts(al, link, differences)
    cell = Text(score, style=style)
    for piece, style in rest:
        cell.append(piece, style=style)
    return cell


def _unmatched(units: list[Passage], indices: list[int], granularity: str) -> list[tuple[str, list]]:
    """Each passage only one side tells (no strong link; a weak one is context): its number
    and opening words."""
    return [(number(i, granularity), excerpt(units[i].text, [])) for i in indices]


def _print_stacked(out, al: Alignment, sort: str, differences: Differences) -> None:
    """The same rows for a narrow terminal: each A passage full width, its counterparts below."""
    from rich.padding import Padding
    from rich.text import Text

    for first, last, link in rows(al, sort):
        if first:
            a_runs = _runs(al.a, al.a_units[link.a], _a_spans(al, link, sort == "score"))
            out.print(Text("A ", style="bold") + _text(a_runs, number(link.a, al.granularity)))
        head = Text("  ↳ B ", style="bold") + Text(number(link.b, al.granularity), style="cyan")
        cell = _link_cell(al, link)
        head.append("  ").append_text(cell.split("\n")[0])
        listed = cell.plain.split("\n")[1:]
        if listed:
            head.append("  " + ", ".join(listed), style="dim")
        out.print(head)
        if differs := described(differences(link), names_shown=SHOWN_NAMES):
            out.print(Padding(Text(" · ".join(differs), style="yellow"), (0, 0, 0, 4)))
        out.print(Padding(_text(_runs(al.b, al.b_units[link.b], [e.b_span for e in link.evidence]), ""), (0, 0, 0, 4)))
        if last:
            out.print()


def print_table(al: Alignment, sort: str = "passage", differences: Differences = _none) -> None:
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    from reader.cli.common import is_terminal
    from reader.cli.plaintable import Column, table_lines, write_lines

    out = console()
    terminal = is_terminal()
    out.print(Text(f"{al.a.title}  ⇄  {al.b.title}", style="bold"))
    out.print(Text(summary(al)))
    if terminal and out.width < STACK_BELOW:
        out.print()
        _print_stacked(out, al, sort, differences)
    elif al.links:
        width = None if terminal else PASSAGE_WIDTH
        columns = [Column("A", width), Column("score · matched", 28), Column("B", width)]

        def cells(plain: bool) -> list[tuple[tuple, bool]]:
            """Each row's cells: styled Text, or (plain) only their text, made without the
            styling that a table without colour drops anyway (a third of its time)."""
            text = _plain if plain else _text
            out = []
            for first, last, link in rows(al, sort):
                left = text(_runs(al.a, al.a_units[link.a], _a_spans(al, link, sort == "score")),
                            number(link.a, al.granularity)) if first else (Text("") if not plain else "")
                right = text(_runs(al.b, al.b_units[link.b], [e.b_span for e in link.evidence]),
                             number(link.b, al.granularity))
                found = differences(link)
                middle = ("".join(piece for piece, _ in _link_parts(al, link, found)) if plain
                          else _link_cell(al, link, found))
                out.append(((left, middle, right), last))
            return out

        plain = None if terminal else table_lines(out, columns, cells(plain=True))
        if plain is not None:
            write_lines(out, plain)
        else:
            table = Table(show_lines=False, expand=terminal)
            for column, ratio in zip(columns, (1, None, 1)):
                table.add_column(column.header, ratio=ratio, max_width=column.max_width)
            for row, last in cells(plain=False):
                table.add_row(*row, end_section=last)
            out.print(table)
    for side, units, indices in (("A", al.a_units, al.alone_a), ("B", al.b_units, al.alone_b)):
        out.print(Text(f"\nOnly in {side} ({len(indices)})" + (":" if indices else ""), style="bold"))
        for label, runs in _unmatched(units, indices, al.granularity):
            out.print(Padding(_text(runs, label), (0, 0, 0, 2)) if terminal else Text("  ") + _text(runs, label))


def _md_runs(runs: list[tuple[str, bool]]) -> str:
    return "".join(f"**{md.escape(piece).strip()}**" if matched else md.escape(piece) for piece, matched in runs).strip()


def markdown(al: Alignment, sort: str = "passage", differences: Differences = _none) -> str:
    lines = [f"# {md.inline(al.a.title)} ⇄ {md.inline(al.b.title)}", "",
             f"{summary(al)}, at {al.granularity} granularity."]
    if al.links:
        lines += ["", "| A | score · matched | B |", "|---|---|---|"]
    for first, _, link in rows(al, sort):
        left = f"{number(link.a, al.granularity)} " + _md_runs(_runs(al.a, al.a_units[link.a], _a_spans(al, link, sort == "score"))) \
            if first else ""
        tier = f" {_tier(link)}" if _tier(link) else ""
        middle = f"{shown(link.score)}{tier}{_decided(link)}" + "".join(f" · {md.inline(t)}" for t in terms(al, link))
        if differs := described(differences(link), names_shown=SHOWN_NAMES):
            middle += " — " + "; ".join(md.inline(item) for item in differs)
        right = f"{number(link.b, al.granularity)} " + _md_runs(_runs(al.b, al.b_units[link.b], [e.b_span for e in link.evidence]))
        lines.append(f"| {left} | {middle} | {right} |")
    for side, units, indices in (("A", al.a_units, al.alone_a), ("B", al.b_units, al.alone_b)):
        lines += ["", f"## Only in {side} ({len(indices)})", ""]
        lines += [f"- {label} {_md_runs(runs)}" for label, runs in _unmatched(units, indices, al.granularity)] or ["None."]
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    from reader.align import align  # the engine, imported only by the command that needs it

    a, b, corpus = _load(args.a, args.b)
    warn(corpus.problems)
    config = user_config(args)
    glossary = glossary_for(args, (a, b), config)
    al = align(a, b, corpus, granularity=args.granularity or config.granularity,
               min_score=config.min_score if args.min_score is None else args.min_score, glossary=glossary)
    # what the JSON says about the reader's decisions: none applied when they are ignored (the
    # key stays, so a script reads one shape whatever the flags)
    decisions = {"decisions": {"applied": [], "orphaned": []}}
    if not args.ignore_decisions:
        from reader.cli.links import with_decisions

        al, decisions = with_decisions(al, getattr(args, "data_dir", None))
    if args.format == "json":
        from reader.cli.differences import with_differences

        print_json(as_json(al, with_differences(al, glossary, link_json)) | decisions)
    else:
        from reader.differ import Differ

        differ = Differ.of(al, glossary)

        def differences(link: Link) -> tuple:
            return differ.between(link.a, link.b)

        if args.format == "markdown":
            sys.stdout.write(markdown(al, args.sort, differences))
        else:
            print_table(al, args.sort, differences)
    return 0
