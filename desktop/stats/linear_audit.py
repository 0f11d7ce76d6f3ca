"""Exact check that a hidden figure cannot be worked out from published ones.

Every published figure is a count of a set of units (cases or consultations), so it
is a linear functional: the indicator vector of its set.  Units that fall in exactly
the same figures are merged into one *atom*, which keeps the vectors short.  A hidden
figure (or a sum of hidden figures) is recoverable by adding and subtracting published
figures exactly when its vector lies in the row space of the published vectors.

Row reduction is done modulo the prime 2**61 - 1 instead of over the rationals: the
vectors hold 0/1 entries, so a false "independent" answer needs the prime to divide a
minor of the matrix, which for tables this size does not happen in practice, and it
is ten times faster than :class:`fractions.Fraction`.  The tests cross-check with
exact rational arithmetic.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

__all__ = ["RowSpace", "atoms_of"]

_PRIME = (1 << 61) - 1

Vector = dict[int, int]


def atoms_of(memberships: Mapping[str, Iterable[int]]) -> dict[tuple[int, ...], int]:
    """Group units by the figures they fall in: each atom (its figures, sorted) and how
    many units it holds.

    ``memberships`` maps a unit id to the indexes of the figures containing it."""
    sizes: dict[tuple[int, ...], int] = {}
    for figures in memberships.values():
        atom = tuple(sorted(set(figures)))
        sizes[atom] = sizes.get(atom, 0) + 1
    return dict(sorted(sizes.items()))


class RowSpace:
    """The span of some 0/1 vectors, kept in fully reduced echelon form (mod p)."""

    def __init__(self, rows: Iterable[Vector] = ()) -> None:
        self._pivots: dict[int, Vector] = {}  # pivot column -> row with a 1 there
        for row in rows:
            self.add(row)

    @property
    def rank(self) -> int:
        """The dimension of the span."""
        return len(self._pivots)

    def _reduce(self, vector: Mapping[int, int]) -> Vector:
        out = {col: value % _PRIME for col, value in vector.items() if value % _PRIME}
        # Basis rows hold no other pivot column, so one pass over the pivots is enough.
        for col in [c for c in out if c in self._pivots]:
            factor = out.get(col, 0)
            if not factor:
                continue
            for c, v in self._pivots[col].items():
                new = (out.get(c, 0) - factor * v) % _PRIME
                if new:
                    out[c] = new
                else:
                    out.pop(c, None)
        return out

    def add(self, vector: Mapping[int, int]) -> bool:
        """Add a vector; False when it was already in the span."""
        rest = self._reduce(vector)
        if not rest:
            return False
        pivot = min(rest)
        inverse = pow(rest[pivot], _PRIME - 2, _PRIME)
        row = {c: v * inverse % _PRIME for c, v in rest.items()}
        for other in self._pivots.values():
            factor = other.get(pivot)
            if factor:
                for c, v in row.items():
                    new = (other.get(c, 0) - factor * v) % _PRIME
                    if new:
                        other[c] = new
                    else:
                        other.pop(c, None)
        self._pivots[pivot] = row
        return True

    def contains(self, vector: Mapping[int, int]) -> bool:
        """True when ``vector`` is a linear combination of the added vectors."""
        return not self._reduce(vector)


def figure_vectors(atoms: Sequence[tuple[int, ...]], figure_count: int) -> list[Vector]:
    """Each figure's vector over ``atoms``: 1 for every atom it contains."""
    vectors: list[Vector] = [{} for _ in range(figure_count)]
    for atom_index, figures in enumerate(atoms):
        for figure in figures:
            vectors[figure][atom_index] = 1
    return vectors
