"""Format 2 → 3: an index on ``ops(hlc)``.

Opening a vault reads the clock's high-water mark with ``SELECT MAX(hlc) FROM ops``;
without an index that scans the whole op log (0.13–0.18 s at 300k ops, at every
open).  With it, SQLite's min/max optimisation reads one index entry.

Frozen (see the package docstring).
"""

from __future__ import annotations

import sqlite3


def upgrade(conn: sqlite3.Connection) -> None:
    """Index the ops by HLC; runs inside the caller's transaction."""
    # No IF NOT EXISTS: a format-2 vault that already has an index of this name is not
    # one this code wrote, and the upgrade should stop (and roll back) rather than guess.
    conn.execute("CREATE INDEX ops_hlc ON ops(hlc)")
