"""Read access to the decrypted projection, handed out only while the store's lock is held.

``Vault.reading()`` yields a ``ProjectionReader``: services query through it, and since
the reader exists only inside that ``with`` block, no read can race a commit on another
thread.  Query helpers take any ``Queryable`` (the reader, or a projection connection
inside ``desktop/store``).
"""

from __future__ import annotations

import sqlite3
from typing import Any, Protocol

from desktop.store.projection import Deriver, Projection, Record


class Queryable(Protocol):
    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor: ...


class ProjectionReader:
    """SQL reads and record lookups on the projection; valid inside ``Vault.reading()``."""

    def __init__(self, projection: Projection) -> None:
        self._projection = projection

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        return self._projection.conn.execute(sql, parameters)

    def get(self, entity: str, entity_id: str) -> Record | None:
        return self._projection.get(entity, entity_id)

    @property
    def deriver(self) -> Deriver:
        """The vault's derived-table maker (its keyed hashes serve duplicate search)."""
        return self._projection.deriver
