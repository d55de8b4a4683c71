"""The reader's corrections to the aligner: link, confirm or reject a pair of passages.

Plain Python (no Textual): the CLI and the reading room share it. Decisions live in the
bookmarks database and are anchored like bookmarks, so they survive edits to either article.

    from reader.decisions import DecisionStore, apply_decisions

    with DecisionStore.open(data_dir) as store:
        did = store.add_passages("reject", a, passage_a, b, passage_b)
        did = store.add_quotes("link", a, "words of A", b, "words of B", occurrence_a=2)
        placed = store.for_pair(a, b)        # list[PlacedDecision], side a in article a
        store.delete(did); store.undo()      # undo reverses the newest add or delete
    decided = apply_decisions(alignment, placed)   # rejected links gone, reader links added,
                                                   # confirmed ones flagged; orphans ignored
    next_unreviewed(decided, after=cursor_unit)     # the next machine link not yet judged
    passage_decisions(corpus.articles, store.among(corpus.articles))   # for the claim map

Teaching a term lives with the glossaries: `reader.align.learned.teach(config_dir, "Artsakh",
"disputed territory", in_use=glossary)` (UserError with one line when refused), then realign.
"""

from reader.decisions.across import PassageDecision, passage_decisions
from reader.decisions.apply import apply_decisions, decided_units
from reader.decisions.model import KINDS, Decision, Kind, PlacedDecision
from reader.decisions.review import next_unreviewed, unreviewed
from reader.decisions.store import DecisionStore, NothingToUndo, Undone, place_decision, unique_quote

__all__ = [
    "KINDS", "Decision", "DecisionStore", "Kind", "NothingToUndo", "PassageDecision", "PlacedDecision", "Undone",
    "apply_decisions", "decided_units", "next_unreviewed", "passage_decisions", "place_decision", "unique_quote",
    "unreviewed",
]
