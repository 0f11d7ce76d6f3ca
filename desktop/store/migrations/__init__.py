"""The vault-format steps, frozen: each step owns the exact DDL it ran when it was released.

**Rule: a step, once released, is never edited.**  A vault upgraded by it last year
must end up with the same schema as one upgraded by it today, so a step imports
nothing from live modules (only ``sqlite3``) and keeps its DDL as text.  A change to
the schema is a new format: a new ``vN_to_vN+1`` module here, a new entry in
``STEPS``, ``FORMAT_VERSION`` raised in ``desktop/store/format.py``, the change made
in ``desktop/store/schema.py`` too (new vaults are built there directly), and a
fixture vault of the old format committed under ``tests/fixtures/``.
``tests/test_upgrade.py`` fails if the migrated and the directly built schemas differ.

Each step runs inside the caller's transaction (``format.migrate`` runs the whole
chain in one), so a failed step leaves the vault as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from desktop.store.migrations import v1_to_v2, v2_to_v3

Step = Callable[[sqlite3.Connection], None]

# from_version -> the step that upgrades a vault of that version by one
STEPS: dict[int, Step] = {
    1: v1_to_v2.upgrade,  # sync cursor, quarantine, read-only cases, pushed grants
    2: v2_to_v3.upgrade,  # index on ops(hlc): the clock's high-water mark at open
}
