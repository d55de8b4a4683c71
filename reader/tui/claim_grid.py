"""The claim map as a grid for the reading room: which rows and columns, what each cell says,
and which passages a chosen cell opens. No Textual: the screen (reader.tui.claim_map) only
draws what this computes.

Columns are the articles grouped by side (sides in order of first appearance), or, folded,
one column per side counting how many of its articles tell the claim: a terminal too narrow
for a column per article beside a readable label starts folded. A cell is ✓ (tells it), ~
(touches on it: reader.claims.related) or ◌ (silent).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size

from reader.claims import Claim, ClaimMap, ClaimPassage
from reader.claims.builder import LABEL_CHARS
from reader.claims.model import RELATED, SILENT, TOLD
from reader.corpus import Article, Passage

STATES = {TOLD: "tells it", RELATED: "touches on it", SILENT: "silent"}  # the legend, in this order
SORT_NAMES = {"coverage": "coverage", "imbalance": "side imbalance", "first": "first appearance"}
ARTICLE_WIDTH = 3  # " ✓ ", and the header's column number with a space beside it, up to 99
NUMBER_WIDTH = 5  # the claim's id, right-aligned
# A label narrower than LABEL_MIN is unreadable; the widest holds a whole label (the builder
# cuts labels at LABEL_CHARS) after the space the grid draws before it.
LABEL_MIN, LABEL_MAX = 24, LABEL_CHARS + 1
SIDE_MIN, SIDE_MAX = 9, 20  # a folded side's column: "┌ name " and " ✓ 12/40 "
COUNT_MARGIN = 2  # a space either side of a folded side's counts ("✓ 1/1")
CUT_NAME_SPACED = 5  # a header this wide keeps the space after its corner ("┌ no…"); narrower, not ("┌no…")
SIDES_WIDTH = 7  # " 1/2 " sides telling the claim
CHROME = 2  # the table's vertical scrollbar


@dataclass(frozen=True)
class Column:
    """One grid column: an article (`article` is its position in the map) or, folded, a side
    (`article` is None). `group` is the side's position, for alternating group styles."""

    key: str
    side: str
    group: int
    width: int
    article: int | None = None
    number: int = 0  # the article's column number shown in the header (from 1)


def side_name(side: str) -> str:
    return side or "no side"


def article_width(claim_map: ClaimMap) -> int:
    """An article's column: ARTICLE_WIDTH, or one more than the digits of the last column's
    number, so three-digit numbers do not run together in the header ("99100101")."""
    return max(ARTICLE_WIDTH, len(str(len(claim_map.articles))) + 1)


def fits_unfolded(claim_map: ClaimMap, width: int) -> bool:
    """Whether a column per article fits beside a label of LABEL_MIN columns."""
    articles = article_width(claim_map) * len(claim_map.articles)
    return NUMBER_WIDTH + LABEL_MIN + articles + SIDES_WIDTH + CHROME <= width


def counts_width(articles: int) -> int:
    """The cells a folded side of `articles` articles needs for its widest counts (" ✓ 12/40 ")."""
    return cell_len(f"{TOLD} {articles}/{articles}") + COUNT_MARGIN


def side_widths(claim_map: ClaimMap, width: int | None = None) -> list[int]:
    """The folded sides' column widths: each as its name needs within SIDE_MIN..SIDE_MAX,
    the widest narrowed until all fit beside a LABEL_MIN label on a screen `width` wide (a
    cut name ends with …): down to SIDE_MIN, and past it to what the side's counts need
    (sides of one article each, " ✓ 1/1 ", fit an 80-column screen however many there are
    up to six; at SIDE_MIN five of them made the grid scroll sideways by a cell)."""
    least = [counts_width(len(members)) for members in claim_map.sides.values()]
    natural = [min(SIDE_MAX, max(SIDE_MIN, low, cell_len(side_name(side)) + 3))
               for low, side in zip(least, claim_map.sides)]
    if width is None:
        return natural
    room = width - NUMBER_WIDTH - LABEL_MIN - SIDES_WIDTH - CHROME

    def capped(cap: int) -> list[int]:
        return [max(low, min(w, cap)) for low, w in zip(least, natural)]

    cap = next((cap for cap in range(SIDE_MAX, 0, -1) if sum(capped(cap)) <= room), 0)
    return capped(cap)


def header_needs(claim_map: ClaimMap) -> list[int]:
    """The cells each side's group of article columns lacks to show `┌ name ` whole."""
    article = article_width(claim_map)
    return [max(0, cell_len(f"┌ {side_name(side)} ") - article * len(members))
            for side, members in claim_map.sides.items()]


def widenings(claim_map: ClaimMap, width: int) -> list[int]:
    """The cells added to each side's group of article columns so that its header names it
    whole, from the room a whole claim label (LABEL_MAX) leaves on a screen `width` wide: the
    label comes first (it is what a row says; the legend names every side whole). The
    groups needing least are served first, so as many names as the room allows show whole; a
    group the room cannot serve whole is not widened (it would still be cut)."""
    needs = header_needs(claim_map)
    articles = article_width(claim_map) * len(claim_map.articles)
    room = width - NUMBER_WIDTH - LABEL_MAX - articles - SIDES_WIDTH - CHROME
    out = [0] * len(needs)
    for group in sorted(range(len(needs)), key=lambda g: needs[g]):
        if 0 < needs[group] <= room:
            out[group] = needs[group]
            room -= needs[group]
    return out


def columns(claim_map: ClaimMap, folded: bool, width: int | None = None) -> list[Column]:
    """The grid's columns; folded, narrowed to fit a screen `width` wide where they can;
    unfolded, a side's columns widened where the screen has room for its name whole."""
    out: list[Column] = []
    number = 0
    article = article_width(claim_map)
    folds = side_widths(claim_map, width) if folded else []
    wider = widenings(claim_map, width) if width is not None and not folded else [0] * len(claim_map.sides)
    for group, (side, members) in enumerate(claim_map.sides.items()):
        if folded:
            out.append(Column(f"side-{group}", side, group, folds[group]))
            continue
        extra, odd = divmod(wider[group], len(members))
        for k, n in enumerate(members):
            number += 1
            out.append(Column(f"article-{n}", side, group, article + extra + (k < odd), n, number))
    return out


def label_width(claim_map: ClaimMap, cols: list[Column], width: int) -> int:
    """What is left for the label beside the other columns, within LABEL_MIN..LABEL_MAX."""
    rest = NUMBER_WIDTH + sum(c.width for c in cols) + SIDES_WIDTH + CHROME
    return max(LABEL_MIN, min(LABEL_MAX, width - rest))


def group_headers(cols: list[Column], continued: bool = False) -> list[tuple[int, str]]:
    """Each side's header over its columns, as (its first column, text exactly as many cells
    wide as its columns): `┌ side ─────` (`continued`: the first group began before
    `cols`, which a sideways scroll cut, and is drawn `─ side ───`, so the side stays named).
    A group too narrow for its name cuts it with …, as narrow as one article's column: there
    the space after the corner goes, so the name keeps a letter (`┌n…`; the legend names it
    whole). Measured in cells: a name may be written in double-width characters."""
    out: list[tuple[int, str]] = []
    n = 0
    while n < len(cols):
        group = [c for c in cols[n:] if c.group == cols[n].group]
        total = sum(c.width for c in group)
        corner = "─" if continued and n == 0 else "┌"
        name = side_name(cols[n].side)
        line = f"{corner} {name} "
        if cell_len(line) > total:
            line = _cut_name(corner, name, total)
        out.append((n, set_cell_size(line + "─" * (total - cell_len(line)), total)))
        n += len(group)
    return out


def _cut_name(corner: str, name: str, total: int) -> str:
    """A group's header `total` cells wide for a name too long for `┌ name `: cut with …, and
    in a group narrower than CUT_NAME_SPACED without the space after the corner (the name
    whole when it then fits), so that it keeps at least a letter."""
    if total >= CUT_NAME_SPACED:
        return set_cell_size(f"{corner} {name}", total - 1) + "…"
    if cell_len(name) <= total - 1:
        return corner + name
    return set_cell_size(corner + name, total - 1) + "…"


def side_legend(cols: list[Column]) -> list[tuple[str, str]]:
    """(column numbers, side name) per side of an unfolded grid: ("1", "news"), ("2–4", "op-ed")."""
    out: list[tuple[str, str]] = []
    for group in dict.fromkeys(c.group for c in cols):
        numbers = [c.number for c in cols if c.group == group]
        side = next(c.side for c in cols if c.group == group)
        span = str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"
        out.append((span, side_name(side)))
    return out


def shown_claims(claim_map: ClaimMap, sort: str, only: str | None = None) -> list[Claim]:
    """The claims in `sort` order; with a filter, as `counterpoint map` names them, only those
    it keeps: `only="omitted"` the claims some side omits (none of its articles tells it or
    touches on it), `"untold"` those some side does not tell (touching on it is not telling)."""
    claims = claim_map.sorted_claims(sort)
    if only is not None:
        kept = {c.id for c in claim_map.omitted(strict=only == "untold")}
        claims = [c for c in claims if c.id in kept]
    return claims


def cell(claim_map: ClaimMap, claim: Claim, column: Column) -> tuple[str, str]:
    """(text, state) of a cell, the state TOLD, RELATED or SILENT: the state's glyph for an
    article, with `told/articles` after it for a folded side."""
    if column.article is not None:
        glyph = claim.state([column.article])
        return glyph, glyph
    members = claim_map.sides[column.side]
    glyph = claim.state(members)
    return f"{glyph} {claim_map.side_coverage(claim)[column.side]}/{len(members)}", glyph


def sides_cell(claim_map: ClaimMap, claim: Claim) -> str:
    return f"{claim_map.sides_told(claim)}/{len(claim_map.sides)}"


@dataclass(frozen=True)
class Choice:
    """What `enter` on a cell opens: `article` at `passage` (None: the article is silent on
    the claim) beside `partner`'s passage (None: no other article tells it). `related`: the
    article does not tell the claim and `passage` only touches on it."""

    article: Article
    passage: Passage | None
    partner: Article | None
    partner_passage: Passage | None
    related: bool = False

    @property
    def silent(self) -> bool:
        return self.passage is None


def choose(claim_map: ClaimMap, claim: Claim, column: Column | None) -> Choice:
    """The passages a cell opens. An article that tells the claim: its passage most linked inside
    the claim (the central telling in its own article) beside its best partner of another side
    (ClaimMap.partner). An article that touches on it: its related
    passage beside the telling it is most strongly linked to. A silent article: the article
    beside the claim's central telling, or another side's strongest one when the central
    telling is its own side's. A folded side: its first article telling the claim, else its first
    touching on it, else its first article. No column (the label): the central telling beside
    its partner."""
    articles = claim_map.articles
    central = claim.passages[claim.central]
    if column is None:
        article = central.article
    elif column.article is not None:
        article = column.article
    else:
        members = claim_map.sides[column.side]
        article = next((i for i in members if i in claim.articles),
                       next((i for i in members if i in claim.related_articles), members[0]))
    mine = claim.in_article(article)
    related = claim.related_in(article)
    if related is not None:
        telling = claim.passages[related.telling]
        return Choice(articles[article], related.passage, articles[telling.article], telling.passage, related=True)
    if not mine:
        beside = claim_map.partner(claim, article) or central
        return Choice(articles[article], None, articles[beside.article], beside.passage)
    # (of several tellings in the article, the one most linked inside the claim, as the central
    # telling is the claim's: a weak link puts an opening paragraph first in the article)
    passage = central.passage if central.article == article else max(
        (p for p in claim.passages if p.article == article),
        key=lambda p: claim.strength[claim.passages.index(p)]).passage
    partner: ClaimPassage | None = claim_map.partner(claim, article, passage.index)
    if partner is None:
        return Choice(articles[article], passage, None, None)
    return Choice(articles[article], passage, articles[partner.article], partner.passage)
