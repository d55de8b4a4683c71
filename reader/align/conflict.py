"""Conflict evidence: two passages that each name someone or somewhere rare, and share no name,
are likely telling different occurrences of one kind of event.

Reports of two earthquakes, or of two celebrities entering rehab, share "earthquake",
"struck", "checked into"; what tells them apart is that each names a place or a person the
other does not. A candidate pair is in conflict when both units carry a rare name (a key of
idf at least policy.CONFLICT_NAME_IDF) and the two share no name at all, however common: a
pair that shares "Armenia" is not in conflict for naming "Artsakh" on one side and
"Nagorno-Karabakh" on the other. A name is a key written with a capital inside a sentence
somewhere in the two articles and never in lower case ("Rehab" in a title-case headline is
not one when the text says "rehab"). Spelling variants are already one key
(reader.align.aliases), glossary groups too, and names spelt alike count as shared
("Kharkiv" / "Kharkov", aliases.same_name). A pair in conflict keeps policy.CONFLICT_FACTOR
of its similarity: a discount, not a veto.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import chain

import numpy as np
from scipy import sparse

from reader.align import policy
from reader.align.aliases import same_name
from reader.align.features import Occurrence


def names(*sides: Sequence[Mapping[str, Occurrence] | None]) -> set[str]:
    """The keys of the units of `sides` written as names: capitalised inside a sentence in
    some unit, in lower case in none (numbers and dates are not names)."""
    named: set[str] = set()
    lower: set[str] = set()
    for f in chain(*sides):
        if f:
            for k, occ in f.items():
                if occ.name:
                    named.add(k)
                elif not occ.capital:
                    lower.add(k)
    return {k for k in named - lower if not k.startswith("n:")}


def _columns(w: sparse.csr_matrix, mask: np.ndarray) -> sparse.csr_matrix:
    """The rows of `w` restricted to the columns in `mask`, as 0/1."""
    m = w[:, np.flatnonzero(mask)].tocsr()
    m.data[:] = 1.0
    return m


def factors(fa: Sequence[Mapping[str, Occurrence] | None], fb: Sequence[Mapping[str, Occurrence] | None],
            keys: Sequence[str], wa: sparse.csr_matrix, wb: sparse.csr_matrix, idf: Mapping[str, float],
            rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """The similarity factor of each candidate pair (rows[t] of A, cols[t] of B):
    policy.CONFLICT_FACTOR for a pair in conflict, 1 otherwise. `keys` name the columns of the
    weight matrices `wa` and `wb` (one row per unit)."""
    out = np.ones(len(rows))
    if len(rows) == 0:
        return out
    named = names(fa, fb)
    is_name = np.fromiter((k in named for k in keys), dtype=bool, count=len(keys))
    if not is_name.any():
        return out
    rare = is_name & np.fromiter((idf.get(k, 0.0) >= policy.CONFLICT_NAME_IDF for k in keys), dtype=bool,
                                 count=len(keys))
    rare_a, rare_b = _columns(wa, rare), _columns(wb, rare)
    both = (np.diff(rare_a.indptr) > 0)[rows] & (np.diff(rare_b.indptr) > 0)[cols]
    if not both.any():
        return out
    t = np.flatnonzero(both)
    name_a, name_b = _columns(wa, is_name), _columns(wb, is_name)
    shared = np.asarray(name_a[rows[t]].multiply(name_b[cols[t]]).sum(axis=1)).ravel()
    name_keys = [keys[k] for k in np.flatnonzero(is_name).tolist()]
    names_a, names_b = _Names(name_a, name_keys), _Names(name_b, name_keys)
    for u in t[shared == 0].tolist():
        if not _spelt_alike(names_a[int(rows[u])], names_b[int(cols[u])]):
            out[u] = policy.CONFLICT_FACTOR
    return out


class _Names(dict):
    """The names of each unit (a row of a 0/1 name matrix), read as a list when first asked for:
    the pairs in conflict touch few units, and ask of the same ones again and again."""

    def __init__(self, matrix: sparse.csr_matrix, columns: Sequence[str]) -> None:
        super().__init__()
        self.indices, self.indptr, self.columns = matrix.indices, matrix.indptr, columns

    def __missing__(self, row: int) -> list[str]:
        names = self[row] = [self.columns[k] for k in self.indices[self.indptr[row] : self.indptr[row + 1]].tolist()]
        return names


def _spelt_alike(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether a name of one unit is a name of the other spelt another way ("Kharkiv" /
    "Kharkov", aliases.same_name): then the two share a name after all."""
    by_first: dict[str, list[str]] = {}  # same_name needs one first letter: compare only those
    for y in b:
        by_first.setdefault(y[2:3], []).append(y[2:])
    return any(same_name(x[2:], y) for x in a for y in by_first.get(x[2:3], ()))
