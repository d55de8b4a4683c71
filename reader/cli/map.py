"""`counterpoint map [PATH...]`: every claim across a corpus and which articles tell it.

Rows are claims, columns the articles grouped by side; a cell is ✓ where the article tells the
claim, ~ where it does not but one of its passages touches on it (reader.claims.related), and
◌ where it is silent. JSON and CSV are for scripts and spreadsheets. Passage
numbers shown to people are 1-based; JSON's "index" is the 0-based passage index, as
`counterpoint align` writes it. The reader's link decisions are applied as `align` applies them
(reader.claims.decided), unless given --ignore-decisions.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Sequence
from dataclasses import replace

from reader import markdown, paths
from reader.bookmarks.export import csv_cell
from reader.claims import Claim, ClaimMap, cached_build
from reader.claims.model import RELATED, SIDES_NEEDED, SILENT, SORTS, TOLD, counted, one_side, same_texts
from reader.corpus import Article
from reader.corpus.model import holds_no_text
from reader.cli.common import add_excel_option, add_format_option, console, excel_mark, print_json, warn, write_stdout
from reader.cli.glossaries import add_glossary_options, glossary_for
from reader.cli.settings import user_config
from reader.cli.listing import load
from reader.errors import UserError

JSON_VERSION = 1
NO_CLAIMS = "No passage is told by more than one article."
_STATE_STYLES = {TOLD: "bold", SILENT: "dim"}
NONE_OMITTED = "No claim is omitted by any side."
# What a cell says, under the table: the glyphs are not self-explaining.
LEGEND = (f"{TOLD} tells it · {RELATED} does not, but touches on it · {SILENT} silent · "
          "sides: how many sides have an article telling it")
_LABEL_MIN = 24  # the claim column's width at least: a narrower label is unreadable
_SIDE_MAX = 16  # a folded side's column at most; its name wraps at words within it


def add_parser(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("map", parents=[parent], help="map the claims across a corpus",
                            description="Group the passages of all the articles into claims and show "
                                        "which articles (and sides) tell each claim and which stay "
                                        "silent (the bundled seeds when no path is given).")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files, directories or article ids")
    add_format_option(parser, ("table", "json", "markdown", "csv"))
    add_excel_option(parser)
    add_glossary_options(parser, "map without any glossary")
    parser.add_argument("--sort", choices=SORTS, default="coverage",
                        help="claims told by most articles first (coverage, the default), the most "
                             "one-sided first (imbalance), or in order of first appearance (first)")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--omitted", action="store_true",
                      help="only the claims some side omits: none of its articles tells it or touches on it")
    only.add_argument("--untold", action="store_true",
                      help="only the claims some side does not tell (an article that only touches on a "
                           "claim counts as not telling it)")
    parser.add_argument("--ignore-decisions", action="store_true",
                        help="map the machine's links alone, without the links you added, confirmed "
                             "or rejected (see counterpoint links)")


def column_order(claim_map: ClaimMap) -> list[int]:
    """Articles grouped by side, sides in order of first appearance."""
    return [i for members in claim_map.sides.values() for i in members]


def _side_name(side: str) -> str:
    return side or "no side"


def _cell(claim: Claim, article: int) -> str:
    passages = claim.in_article(article)
    if passages:
        return TOLD + " " + ", ".join(f"¶{p.index + 1}" for p in passages)
    related = claim.related_in(article)
    return f"{RELATED} ¶{related.passage.index + 1}" if related is not None else SILENT


def _side_cell(claim_map: ClaimMap, claim: Claim, side: str, told: int) -> tuple[str, str]:
    """A folded side's (text, style): how many of its articles tell the claim, ~ before it when
    none does but one of them touches on it."""
    members = claim_map.sides[side]
    if claim.state(members) == RELATED:
        return f"{RELATED} 0/{len(members)}", ""
    return f"{told}/{len(members)}", "bold" if told else "dim"


def as_json(claim_map: ClaimMap) -> dict:
    arts = claim_map.articles
    return {
        "version": JSON_VERSION,
        "articles": [{"id": a.id, "path": str(a.path.resolve()), "title": a.title, "side": claim_map.side_of(i),
                      "claims": n, "name": name, "author": a.author, "outlet": a.outlet, "date": a.date,
                      "url": a.url}
                     for i, (a, n, name) in enumerate(zip(arts, claim_map.article_counts(), claim_map.names))],
        "claims": [
            {"id": c.id, "label": c.label, "terms": list(c.terms),
             "passages": [{"article": arts[p.article].id, "index": p.passage.index, "start": p.passage.start,
                           "end": p.passage.end} for p in c.passages],
             "related": [{"article": arts[p.article].id, "index": p.passage.index, "start": p.passage.start,
                          "end": p.passage.end, "weight": p.weight} for p in c.related],
             "sides": {side: {"told": told, "articles": len(claim_map.sides[side])}
                       for side, told in claim_map.side_coverage(c).items()}}
            for c in claim_map.claims
        ],
    }


def _legend(claim_map: ClaimMap) -> list[tuple[str, list[tuple[int, str]]]]:
    """(side, [(column number, article name)]) in column order; columns are numbered from 1."""
    out, n = [], 0
    for side, members in claim_map.sides.items():
        rows = []
        for i in members:
            n += 1
            rows.append((n, claim_map.names[i]))
        out.append((_side_name(side), rows))
    return out


def _sides_told(claim_map: ClaimMap, claim: Claim) -> str:
    return f"{claim_map.sides_told(claim)}/{len(claim_map.sides)}"


def _per_article_width(claim_map: ClaimMap) -> int:
    """The table's width with a column per article: each column is its header (the article's
    number, wider than a cell's glyph) and its padding and border, "│ 12 ", as are the claim
    number, a label of _LABEL_MIN, and "sides"; then the last border."""
    ids = len(str(max((c.id for c in claim_map.claims), default=1)))
    numbers = sum(len(str(n)) + 3 for n in range(1, len(claim_map.articles) + 1))
    return (ids + 3) + (_LABEL_MIN + 3) + numbers + (len("sides") + 3) + 1


def _side_widths(claim_map: ClaimMap, width: int) -> list[int]:
    """A folded table's side columns: each as wide as its counts ("~ 0/12") and, where the
    label keeps _LABEL_MIN beside them, its name's longest word (up to _SIDE_MAX); narrower
    down to its counts when it does not (the legend above names every side in full). Only
    the label then wraps to fit the terminal, not the counts."""
    ids = len(str(max((c.id for c in claim_map.claims), default=1)))
    sides = claim_map.sides
    counts = [max(len(f"{RELATED} 0/{len(members)}"), 2 * len(str(len(members))) + 1) for members in sides.values()]
    words = [max(c, min(_SIDE_MAX, max((len(w) for w in _side_name(s).split()), default=0)))
             for s, c in zip(sides, counts)]
    # every column's padding and border, "│ 12 ", and the last border
    room = width - (ids + 3) - (_LABEL_MIN + 3) - (len("sides") + 3) - 1 - 3 * len(sides)
    cap = max(words, default=0)
    while cap > 0 and sum(max(c, min(w, cap)) for c, w in zip(counts, words)) > room:
        cap -= 1
    return [max(c, min(w, cap)) for c, w in zip(counts, words)]


def print_table(claim_map: ClaimMap, out=None, empty: str = NO_CLAIMS) -> None:
    """The matrix on `out` (default: the CLI's console, as wide as the terminal, or of natural
    width when piped); `empty` when it has no claims."""
    from rich.table import Table
    from rich.text import Text

    out = console() if out is None else out
    order = column_order(claim_map)
    claims, articles = counted(len(claim_map.claims), "claim"), counted(len(claim_map.articles), "article")
    out.print(Text(f"{claims} across {articles} ({counted(len(claim_map.sides), 'side')})", style="bold"))
    for side, rows in _legend(claim_map):
        line = Text.assemble((f"{side}: ", "bold"), "; ".join(f"{n} {title}" for n, title in rows))
        out.print(line)
    if not claim_map.claims:
        out.print(Text(empty))
        return
    # A column per article while they fit beside a readable label; else one per side.
    per_article = _per_article_width(claim_map) <= out.width
    table = Table(show_lines=False, expand=False, title_justify="left")
    table.add_column("#", justify="right", no_wrap=True)
    # folded, the label gives way too, so that even a terminal too narrow for a column per
    # side wraps every column rather than cropping the sides away
    table.add_column("claim", min_width=_LABEL_MIN if per_article else None, max_width=48)
    if per_article:
        for n in range(1, len(order) + 1):
            table.add_column(str(n), justify="center", no_wrap=True)
    else:
        for side, width in zip(claim_map.sides, _side_widths(claim_map, out.width)):
            table.add_column(Text(_side_name(side)), justify="right", width=width)
    table.add_column("sides", justify="right", no_wrap=True)
    for claim in claim_map.claims:
        if per_article:
            cells = [Text(state, style=_STATE_STYLES.get(state, "")) for state in (claim.state([i]) for i in order)]
        else:
            cells = [Text(*_side_cell(claim_map, claim, side, told))
                     for side, told in claim_map.side_coverage(claim).items()]
        table.add_row(Text(str(claim.id)), Text(claim.label), *cells, Text(_sides_told(claim_map, claim)))
    out.print(table)
    if per_article:
        out.print(Text(LEGEND, style="dim"))
    else:
        out.print(Text(f"Too many articles for {out.width} columns: articles telling each claim, per side, "
                       f"{RELATED} where none does but one touches on it "
                       "(--format csv or markdown has a column per article).", style="dim"))


def markdown_text(claim_map: ClaimMap, empty: str = NO_CLAIMS) -> str:
    order = column_order(claim_map)
    claims, articles = counted(len(claim_map.claims), "claim"), counted(len(claim_map.articles), "article")
    lines = [f"# Claim map: {claims} across {articles}", ""]
    for side, rows in _legend(claim_map):
        lines.append(f"- **{markdown.inline(side)}**: " + "; ".join(f"{n} {markdown.inline(t)}" for n, t in rows))
    lines.append("")
    if not claim_map.claims:
        return "\n".join([*lines, empty, ""])
    lines.append("| # | claim | " + " | ".join(str(n) for n in range(1, len(order) + 1)) + " | sides |")
    lines.append("|---:|---|" + "---|" * len(order) + "---:|")
    for claim in claim_map.claims:
        cells = " | ".join(_cell(claim, i) for i in order)
        lines.append(f"| {claim.id} | {markdown.inline(claim.label)} | {cells} | {_sides_told(claim_map, claim)} |")
    lines += ["", markdown.inline(LEGEND.replace("tells it", "tells it (in passages ¶)")), ""]
    return "\n".join(lines)


def _passages_cell(claim: Claim, article: int) -> str:
    told = claim.in_article(article)
    related = None if told else claim.related_in(article)
    return f"{RELATED} {related.passage.index + 1}" if related else " ".join(str(p.index + 1) for p in told)


def csv_text(claim_map: ClaimMap) -> str:
    """One row per claim: id, label, terms, then per article (grouped by side) its passage
    numbers (1-based; "~ n" where it only touches on the claim, in passage n; empty where
    silent), then per side how many of its articles tell it."""
    order = column_order(claim_map)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # as the other CSV exports, RFC 4180
    writer.writerow(["id", "label", "terms",
                     *(csv_cell(f"{_side_name(claim_map.side_of(i))} | {claim_map.names[i]}") for i in order),
                     *(csv_cell(f"side: {_side_name(s)}") for s in claim_map.sides)])
    for claim in claim_map.claims:
        writer.writerow([claim.id, csv_cell(claim.label), csv_cell("; ".join(claim.terms)),
                         *(_passages_cell(claim, i) for i in order),
                         *claim_map.side_coverage(claim).values()])
    return buffer.getvalue()


class _Progress:
    """A one-line percentage on stderr while the map is built, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.shown = -1
        self.live = sys.stderr.isatty()

    def __call__(self, fraction: float) -> None:
        percent = int(fraction * 100)
        if self.live and percent != self.shown:
            self.shown = percent
            sys.stderr.write(f"\rmapping claims… {percent:3d}%")
            sys.stderr.flush()

    def done(self) -> None:
        if self.live and self.shown >= 0:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _same_texts(articles: Sequence[Article]) -> list[str]:
    """A line for each text that several articles hold (reader.claims.model.same_texts)."""
    return [f"{', '.join(str(articles[i].path) for i in copies)}: the same text as {articles[first].path}; "
            "the map counts each" for first, *copies in same_texts(articles)]


def _refuse_one_side(articles: Sequence[Article], flag: str) -> None:
    """With every article on one side no side can omit a claim that two articles tell: the
    filter would print "no claim is omitted", as if the sides had been compared."""
    if where := one_side(articles):
        raise UserError(f"{flag} {SIDES_NEEDED.format(where=where)}")


def run(args: argparse.Namespace) -> int:
    mark = excel_mark(args)
    corpus = load(args.paths)
    if len(corpus) < 2:
        raise UserError("a claim map needs at least two articles")
    if args.omitted or args.untold:
        _refuse_one_side(corpus.articles, "--omitted" if args.omitted else "--untold")
    warn(corpus.problems)
    if args.sort == "imbalance" and (where := one_side(corpus.articles)):  # (the order is then coverage's)
        warn([f"--sort imbalance {SIDES_NEEDED.format(where=where)}; the claims are in order of coverage"])
    warn([holds_no_text(str(x.path)) for x in corpus if not x.passages])
    warn(_same_texts(corpus.articles))
    from reader.align.language import corpus_languages_notice

    warn([notice] if (notice := corpus_languages_notice(corpus.articles)) is not None else [])
    glossary = glossary_for(args, corpus.articles, user_config(args))  # as `counterpoint align` chooses it
    # what the JSON says about the reader's decisions: none applied when they are ignored (as align)
    decided, decisions = [], {"decisions": {"applied": [], "orphaned": []}}
    if not args.ignore_decisions:
        from reader.cli.links import corpus_decisions

        decided, decisions = corpus_decisions(corpus.articles, getattr(args, "data_dir", None))
    progress = _Progress()
    try:
        claim_map = cached_build(corpus.articles, glossary, data_dir=paths.data_dir(getattr(args, "data_dir", None)),
                                 decisions=decided, progress=progress)
    finally:
        progress.done()
    shown = claim_map.sorted_claims(args.sort)
    if args.omitted or args.untold:
        omitted = {c.id for c in claim_map.omitted(strict=args.untold)}
        shown = [c for c in shown if c.id in omitted]
    empty = NONE_OMITTED if claim_map.claims and (args.omitted or args.untold) else NO_CLAIMS
    claim_map = replace(claim_map, claims=tuple(shown))  # ids stay those of the whole map
    if args.format == "json":
        print_json(as_json(claim_map) | decisions)
    elif args.format == "markdown":
        sys.stdout.write(markdown_text(claim_map, empty))
    elif args.format == "csv":
        write_stdout(mark + csv_text(claim_map))
    else:
        print_table(claim_map, empty=empty)
    return 0
