"""Which figures of a table to hide: primary, then complementary, then an exact audit.

1. **Primary.**  A figure (cell or margin) counting ``0 < n < k`` units is hidden.
   Zeros are published: "nobody" is not a group to protect.
2. **Lines** (cheap, like the Safety company report).  Every row and column of
   cells together with its margin is a line: in a table of single-valued fields the
   margin is the sum of the cells, so the hidden members of a line can be worked
   out *as a sum*.  So a line never holds a single hidden member, and its hidden
   members add up to at least k: the smallest non-zero published member is hidden
   until both hold (cells before margins).
3. **Audit** (exact).  Lines do not see everything: a field with several values per
   unit (topics), a second table of the same period, or a table published earlier can
   combine with this one.  Every figure is a count of a set of units, so each is a
   linear functional over units; a hidden figure, or the hidden part of a line, that
   is a linear combination of the published figures of this table *and of every
   overlapping earlier publication* is exposed (:mod:`desktop.stats.linear_audit`).
   While one is exposed, a further published figure is hidden (one that makes the
   exposed one unrecoverable if one of the smallest few does, else the smallest that
   shares a line with it, else the smallest anywhere).  The loop ends because each
   round hides one more figure; at worst everything is hidden.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from desktop.stats.linear_audit import RowSpace, Vector, atoms_of, figure_vectors

__all__ = ["COMPLEMENTARY", "PRIMARY", "Layout", "suppress"]

PRIMARY = "primary"
COMPLEMENTARY = "complementary"

Key = tuple[str, str]
_PROTECTED = "\x00earlier"  # key prefix of figures hidden in earlier tables
_TRIED_PER_ROUND = 6  # candidates tested for effect before falling back to the smallest


@dataclass(frozen=True)
class Layout:
    """A table's figures: their counts, the lines they form, and which are margins."""

    counts: Mapping[Key, int]
    lines: Sequence[Sequence[Key]]
    margins: frozenset[Key]


def _line_pass(layout: Layout, hidden: dict[Key, str], k: int) -> None:
    counts = layout.counts
    changed = True
    while changed:
        changed = False
        for line in layout.lines:
            members = [key for key in line if key in hidden]
            if not members:
                continue
            if len(members) >= 2 and sum(counts[key] for key in members) >= k:
                continue
            candidates = sorted(
                (key for key in line if key not in hidden and counts[key] > 0),
                key=lambda key: (key in layout.margins, counts[key], key),
            )
            if candidates:
                hidden[candidates[0]] = COMPLEMENTARY
                changed = True


def _queries(layout: Layout, hidden: Mapping[Key, str], k: int) -> list[tuple[Key, ...]]:
    """Hidden figures, and hidden parts of lines, small enough to identify someone."""
    counts = layout.counts
    out: list[tuple[Key, ...]] = [(key,) for key in hidden if 0 < counts[key] < k]
    for line in layout.lines:
        members = tuple(key for key in line if key in hidden)
        if len(members) > 1 and 0 < sum(counts[key] for key in members) < k:
            out.append(members)
    return out


class _Audit:
    """The published figures of this table and of earlier overlapping publications."""

    def __init__(
        self,
        keys: Sequence[Key],
        members: Mapping[Key, frozenset[str]],
        earlier: Iterable[frozenset[str]],
        protected: Sequence[frozenset[str]],
    ) -> None:
        # Figures hidden in earlier tables are queried like this table's own: they get
        # keys of their own after this table's figures.
        self.protected = [(_PROTECTED, str(i)) for i in range(len(protected))]
        self.index = {key: i for i, key in enumerate([*keys, *self.protected])}
        earlier_sets = list(earlier)
        memberships: dict[str, list[int]] = {}
        for key, units in [*members.items(), *zip(self.protected, protected, strict=True)]:
            for unit in units:
                memberships.setdefault(unit, []).append(self.index[key])
        first = len(self.index)
        for offset, units in enumerate(earlier_sets, start=first):
            for unit in units:
                memberships.setdefault(unit, []).append(offset)
        sizes = atoms_of(memberships)
        self.atoms = list(sizes)
        self.sizes = list(sizes.values())
        self.vectors = figure_vectors(self.atoms, first + len(earlier_sets))
        self.earlier = range(first, first + len(earlier_sets))

    def space(self, published: Iterable[Key]) -> RowSpace:
        rows = [self.vectors[self.index[key]] for key in published]
        rows += [self.vectors[i] for i in self.earlier]
        return RowSpace(rows)

    def small_groups(self, published: Iterable[Key], k: int) -> list[Vector]:
        """Groups of fewer than k units that the published figures tell apart.

        Units falling in exactly the same published figures form a group; if a group's
        indicator is a combination of published figures, its size is known.  This is
        what catches differencing: (Jan-Mar) - (Jan-Feb) = March."""
        shown = {self.index[key] for key in published} | set(self.earlier)
        groups: dict[tuple[int, ...], tuple[Vector, int]] = {}
        for atom_index, (atom, size) in enumerate(zip(self.atoms, self.sizes, strict=True)):
            signature = tuple(i for i in atom if i in shown)
            if not signature:
                continue  # in no published figure: nothing tells it apart
            vector, total = groups.get(signature, ({}, 0))
            vector[atom_index] = 1
            groups[signature] = (vector, total + size)
        return [vector for vector, total in groups.values() if 0 < total < k]

    def vector(self, query: tuple[Key, ...]) -> Vector:
        out: Vector = {}
        for key in query:
            for atom, value in self.vectors[self.index[key]].items():
                out[atom] = out.get(atom, 0) + value
        return out


def suppress(
    layout: Layout,
    members: Mapping[Key, frozenset[str]],
    k: int,
    earlier: Iterable[frozenset[str]] = (),
    protected: Sequence[frozenset[str]] = (),
) -> dict[Key, str]:
    """The hidden figures of a table and why (``primary`` or ``complementary``).

    ``members`` gives each figure's units; ``earlier`` the unit sets of every figure
    published before in an overlapping table, ``protected`` of every small figure those
    tables hid (see :mod:`desktop.stats.ledger`): neither this table's small figures nor
    those may become recoverable."""
    counts = layout.counts
    hidden: dict[Key, str] = {key: PRIMARY for key, n in counts.items() if 0 < n < k}
    _line_pass(layout, hidden, k)
    keys = list(counts)
    audit = _Audit(keys, members, earlier, protected)
    while True:
        published = [key for key in keys if key not in hidden]
        space = audit.space(published)
        queries = [
            audit.vector(q) for q in _queries(layout, hidden, k) + [(p,) for p in audit.protected]
        ]
        queries += audit.small_groups(published, k)
        exposed = next((q for q in queries if space.contains(q)), None)
        if exposed is None:
            return hidden
        choice = _complement(layout, audit, published, exposed)
        if choice is None:
            # Nothing non-zero left to hide: publishing zeros alone is still safe, but
            # say so by hiding the whole table.
            return {key: hidden.get(key, COMPLEMENTARY) for key in keys}
        hidden[choice] = COMPLEMENTARY


def _complement(
    layout: Layout, audit: _Audit, published: Sequence[Key], target: Vector
) -> Key | None:
    counts = layout.counts
    # Figures touching the exposed group first: hiding one of them is what can help.
    near = {key for key in published if not set(audit.vector((key,))).isdisjoint(target)}
    candidates = sorted(
        (key for key in published if counts[key] > 0),
        key=lambda key: (key not in near, key in layout.margins, counts[key], key),
    )
    if not candidates:
        return None
    for candidate in candidates[:_TRIED_PER_ROUND]:
        if not audit.space(key for key in published if key != candidate).contains(target):
            return candidate
    return candidates[0]
