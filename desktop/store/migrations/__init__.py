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

A step that needs the vault master key has a second, *keyed* part in ``KEYED_STEPS``
(by the format it completes): the structural part runs at open like any step and sets
``meta.keyed_upgrade_pending``; the keyed part runs at the first unlock, in its own
transaction, before anything else is written (``format.finish_keyed_upgrade``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from desktop.store.migrations import v1_to_v2, v2_to_v3, v3_to_v4

Step = Callable[[sqlite3.Connection], None]
KeyedStep = Callable[[sqlite3.Connection, bytes], None]
KEYED_MARKER = v3_to_v4.PENDING_MARKER

# from_version -> the step that upgrades a vault of that version by one
STEPS: dict[int, Step] = {
    1: v1_to_v2.upgrade,  # sync cursor, quarantine, read-only cases, pushed grants
    2: v2_to_v3.upgrade,  # index on ops(hlc): the clock's high-water mark at open
    3: v3_to_v4.upgrade,  # audit_pending, key-slot checksums (keyed part below)
}

# format -> the keyed part that completes the step to that format, run at unlock
KEYED_STEPS: dict[int, KeyedStep] = {
    4: v3_to_v4.seal,  # audit details sealed, the audit head, the key-slot MAC
}
