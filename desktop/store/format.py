"""Vault format versions and the migrations between them.

``FORMAT_VERSION`` is written into every vault.  A new vault is built directly at
this format (``desktop/store/schema.py``); opening an older vault runs the frozen
steps of ``desktop/store/migrations`` in order, in one transaction, before anything
else touches it; a vault from a newer version is refused with a clear message rather
than guessed at.  ``tests/test_upgrade.py`` opens a stored vault of every earlier
format.
"""

from __future__ import annotations

import sqlite3

from desktop.errors import VaultFormatError
from desktop.store.database import Transaction, get_meta, set_meta
from desktop.store.migrations import KEYED_MARKER, KEYED_STEPS, STEPS, Step

FORMAT_VERSION = 4

# from_version -> the step that upgrades a vault of that version by one (frozen steps)
MIGRATIONS: dict[int, Step] = dict(STEPS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the vault to FORMAT_VERSION; returns the version it had."""
    found = int(get_meta(conn, "format_version", 0))
    if found > FORMAT_VERSION:
        raise VaultFormatError(
            f"This vault was written by a newer Madoguchi (format {found}; this version reads "
            f"up to {FORMAT_VERSION}). Update Madoguchi to open it.",
            code="vault.format.too_new",
            found=found,
            format_version=FORMAT_VERSION,
        )
    if found < 1:
        raise VaultFormatError(
            "This folder does not hold a Madoguchi vault of any known format.",
            code="vault.format.unknown",
        )
    if found == FORMAT_VERSION:
        return found
    try:
        with Transaction(conn):
            version = found
            while version < FORMAT_VERSION:
                step = MIGRATIONS.get(version)
                if step is None:
                    raise VaultFormatError(
                        f"No upgrade path from vault format {version}.",
                        code="vault.format.no_upgrade_path",
                        version=version,
                    )
                step(conn)
                version += 1
            set_meta(conn, "format_version", version)
    except VaultFormatError:
        raise
    except Exception as exc:
        raise VaultFormatError(
            f"Upgrading the vault from format {found} to {FORMAT_VERSION} failed "
            f"({type(exc).__name__}: {exc}); the vault was left unchanged.",
            code="vault.format.upgrade_failed",
            found=found,
            format_version=FORMAT_VERSION,
            exc_type=type(exc).__name__,
            reason=str(exc),
        ) from exc
    return found


def finish_keyed_upgrade(conn: sqlite3.Connection, vmk: bytes) -> None:
    """Run the keyed part of an upgrade that ``migrate`` began (at the first unlock, before
    anything else is written); a failure leaves the vault as it was before this unlock."""
    pending = get_meta(conn, KEYED_MARKER)
    if pending is None:
        return
    step = KEYED_STEPS.get(int(pending)) if isinstance(pending, int) else None
    try:
        with Transaction(conn):
            if step is None:
                raise VaultFormatError(
                    f"No upgrade path to vault format {pending}.",
                    code="vault.format.no_upgrade_path",
                    version=pending,
                )
            step(conn, vmk)
            conn.execute("DELETE FROM meta WHERE key=?", (KEYED_MARKER,))
    except VaultFormatError:
        raise
    except Exception as exc:
        raise VaultFormatError(
            f"Completing the upgrade to vault format {pending} failed "
            f"({type(exc).__name__}: {exc}); the vault was left unchanged.",
            code="vault.format.upgrade_failed",
            found=pending,
            format_version=FORMAT_VERSION,
            exc_type=type(exc).__name__,
            reason=str(exc),
        ) from exc
