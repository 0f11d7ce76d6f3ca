"""What one operation changed: cases, record kinds, sealed records, and who started it.

The op journal describes every commit as a :class:`ChangeSet` (Anki's ``OpChanges``
idea), so a screen refreshes only what concerns it instead of re-reading everything
after every edit.  Operations run on worker threads, several at once, so a commit does
not hand its change set to a shared "last change" slot: it publishes it to the
recorders active in the *current context* (:func:`recording`), and the caller that
started the operation collects exactly its own changes.

Plain data, Qt-free and free of store imports, so the UI may use it.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class ChangeSet:
    """What a committed operation touched.

    ``cases`` and ``kinds`` (entities such as "task" or "party") come from the ops
    written; ``settings`` names sealed records written.  ``all_cases``/``all_kinds``
    mean the scope is unknown (an older caller only said "something changed"), so
    every view must treat itself as concerned.  ``origin`` is an opaque token of who
    started the operation (usually the widget), so it can skip refreshing what it
    already shows; it never takes part in deciding *what* changed.
    """

    cases: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    settings: frozenset[str] = frozenset()
    all_cases: bool = False
    all_kinds: bool = False
    origin: object = field(default=None, compare=False)

    @classmethod
    def everything(cls, origin: object = None) -> ChangeSet:
        return cls(all_cases=True, all_kinds=True, origin=origin)

    @classmethod
    def of_cases(cls, case_ids: Iterable[str], origin: object = None) -> ChangeSet:
        """These cases changed in ways not described further (every kind)."""
        return cls(cases=frozenset(case_ids), all_kinds=True, origin=origin)

    @property
    def is_empty(self) -> bool:
        return not (self.cases or self.kinds or self.settings or self.all_cases or self.all_kinds)

    def concerns_case(self, case_id: str) -> bool:
        return self.all_cases or case_id in self.cases

    def concerns_kinds(self, kinds: Iterable[str] | None) -> bool:
        """Whether any of ``kinds`` changed (``None`` means "any kind at all")."""
        if self.all_kinds:
            return True
        if kinds is None:
            return bool(self.kinds)
        return not self.kinds.isdisjoint(kinds)

    def union(self, other: ChangeSet) -> ChangeSet:
        """Both changes together; the origin is kept only when both agree."""
        return ChangeSet(
            cases=self.cases | other.cases,
            kinds=self.kinds | other.kinds,
            settings=self.settings | other.settings,
            all_cases=self.all_cases or other.all_cases,
            all_kinds=self.all_kinds or other.all_kinds,
            origin=self.origin if self.origin is other.origin else None,
        )

    def started_by(self, origin: object) -> ChangeSet:
        return replace(self, origin=origin)


class ChangeRecorder:
    """Collects the change sets committed while it is active (see :func:`recording`)."""

    def __init__(self) -> None:
        self.changes = ChangeSet()

    def add(self, change: ChangeSet) -> None:
        self.changes = self.changes.union(change)


# A tuple, not a list: each context sees its own stack, and nobody mutates a shared one.
_recorders: contextvars.ContextVar[tuple[ChangeRecorder, ...]] = contextvars.ContextVar(
    "madoguchi_change_recorders", default=()
)


@contextlib.contextmanager
def recording() -> Iterator[ChangeRecorder]:
    """Collect what is committed inside the block (in this thread/context only)."""
    recorder = ChangeRecorder()
    token = _recorders.set((*_recorders.get(), recorder))
    try:
        yield recorder
    finally:
        _recorders.reset(token)


def publish(change: ChangeSet) -> None:
    """Tell the active recorders about a commit; without one, nobody is listening."""
    if change.is_empty:
        return
    for recorder in _recorders.get():
        recorder.add(change)
